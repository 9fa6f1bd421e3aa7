# cities-curated.lex: hand-curated city data for factum's embedded lexicon.
#
# The generator (lexicon/gen) merges these entries into cities.lex: an entry
# with geonames=N takes over the GeoNames row N (its ID replaces geonames:N,
# its names come first and so are canonical, its attributes override). An
# entry without a matching row is written as is. This file is embedded too,
# so an edit here counts at once; rerun `go generate ./lexicon` to fold it
# into cities.lex.
#
# What belongs here: Wikidata QIDs we are sure of (never guessed: when in
# doubt the ID stays geonames:N), renamings since 2013, variant spellings
# and transcriptions, declension hints ({m} {f} for names in -ь) and {ctx}
# for names that are also common words or first names.
# Facts only (names, codes); GeoNames ids are CC BY 4.0 GeoNames.

# --- Ukraine: capital and oblast centres -----------------------------------
Q1899	city	en=Kyiv|Kiev	uk=Київ|українська столиця|столиця України	ru=Киев|украинская столица|столица Украины	country=UA	geonames=703448
Q42308	city	en=Kharkiv|Kharkov	uk=Харків	ru=Харьков	country=UA	geonames=706483
Q1874	city	en=Odesa|Odessa	uk=Одеса	ru=Одесса|Одеса	country=UA	geonames=698740
Q36036	city	en=Lviv|Lvov|Lwow	uk=Львів	ru=Львов	country=UA	geonames=702550
geonames:709930	city	en=Dnipro|Dnipropetrovsk|Dnepropetrovsk|Dnepr	uk=Дніпро{m}|Дніпропетровськ	ru=Днепр|Днипро{x}|Днепропетровск	country=UA	geonames=709930
geonames:705812	city	en=Kropyvnytskyi|Kropyvnytskyy|Kirovohrad|Kirovograd	uk=Кропивницький|Кіровоград	ru=Кропивницкий|Кировоград	country=UA	geonames=705812
geonames:687700	city	en=Zaporizhzhia|Zaporizhia|Zaporozhye|Zaporizhzhya	uk=Запоріжжя{n}	ru=Запорожье{n}	country=UA	geonames=687700
geonames:689558	city	en=Vinnytsia|Vinnytsya|Vinnitsa	uk=Вінниця	ru=Винница	country=UA	geonames=689558
geonames:702569	city	en=Lutsk	uk=Луцьк	ru=Луцк	country=UA	geonames=702569
geonames:709717	city	en=Donetsk	uk=Донецьк	ru=Донецк	country=UA	geonames=709717
geonames:686967	city	en=Zhytomyr|Zhitomir	uk=Житомир	ru=Житомир	country=UA	geonames=686967
geonames:690548	city	en=Uzhhorod|Uzhgorod	uk=Ужгород	ru=Ужгород	country=UA	geonames=690548
geonames:707471	city	en=Ivano-Frankivsk|Ivano-Frankovsk	uk=Івано-Франківськ	ru=Ивано-Франковск	country=UA	geonames=707471
geonames:702658	city	en=Luhansk|Lugansk	uk=Луганськ	ru=Луганск	country=UA	geonames=702658
geonames:700569	city	en=Mykolaiv|Mykolayiv|Nikolaev|Nikolayev	uk=Миколаїв	ru=Николаев	country=UA	geonames=700569
geonames:696643	city	en=Poltava	uk=Полтава	ru=Полтава	country=UA	geonames=696643
geonames:695594	city	en=Rivne|Rovno	uk=Рівне{n}	ru=Ровно{n,x,ctx}|Ровне{n,x}	country=UA	geonames=695594
geonames:692194	city	en=Sumy	uk=Суми{pl}	ru=Сумы{pl}	country=UA	geonames=692194
geonames:691650	city	en=Ternopil|Ternopol	uk=Тернопіль{m}	ru=Тернополь{m}	country=UA	geonames=691650
geonames:706448	city	en=Kherson	uk=Херсон	ru=Херсон	country=UA	geonames=706448
geonames:706369	city	en=Khmelnytskyi|Khmelnytskyy|Khmelnitsky	uk=Хмельницький	ru=Хмельницкий	country=UA	geonames=706369
geonames:710791	city	en=Cherkasy|Cherkassy	uk=Черкаси{pl}	ru=Черкассы{pl}	country=UA	geonames=710791
geonames:710719	city	en=Chernivtsi|Chernovtsy	uk=Чернівці{pl}	ru=Черновцы{pl}	country=UA	geonames=710719
geonames:710735	city	en=Chernihiv|Chernigov	uk=Чернігів	ru=Чернигов	country=UA	geonames=710735
geonames:693805	city	en=Simferopol	uk=Сімферополь{m}	ru=Симферополь{m}	country=UA	geonames=693805
geonames:694423	city	en=Sevastopol	uk=Севастополь{m}	ru=Севастополь{m}	country=UA	geonames=694423
# other large Ukrainian cities, renamings
geonames:703845	city	en=Kryvyi Rih|Kryvyy Rih|Krivoy Rog	uk=Кривий Ріг	ru=Кривой Рог	country=UA	geonames=703845
geonames:701822	city	en=Mariupol	uk=Маріуполь{m}	ru=Мариуполь{m}	country=UA	geonames=701822
geonames:713174	city	en=Bakhmut|Artemivsk|Artyomovsk	uk=Бахмут|Артемівськ	ru=Бахмут|Артёмовск|Артемовск	country=UA	geonames=713174
geonames:704508	city	en=Kramatorsk	uk=Краматорськ	ru=Краматорск	country=UA	geonames=704508
geonames:693468	city	en=Sloviansk|Slovyansk|Slavyansk	uk=Слов'янськ	ru=Славянск	country=UA	geonames=693468
geonames:707753	city	en=Horlivka|Gorlovka	uk=Горлівка	ru=Горловка	country=UA	geonames=707753
geonames:702320	city	en=Makiivka|Makiyivka|Makeevka	uk=Макіївка	ru=Макеевка	country=UA	geonames=702320
geonames:701404	city	en=Melitopol	uk=Мелітополь{m}	ru=Мелитополь{m}	country=UA	geonames=701404
geonames:700051	city	en=Nikopol	uk=Нікополь{m}	ru=Никополь{m}	country=UA	geonames=700051
geonames:704147	city	en=Kremenchuk|Kremenchug	uk=Кременчук	ru=Кременчуг	country=UA	geonames=704147
geonames:712451	city	en=Berdiansk|Berdyansk	uk=Бердянськ	ru=Бердянск	country=UA	geonames=712451
geonames:712165	city	en=Bila Tserkva|Belaya Tserkov	uk=Біла Церква	ru=Белая Церковь	country=UA	geonames=712165
geonames:711390	city	en=Brovary	uk=Бровари{pl}	ru=Бровары{pl}	country=UA	geonames=711390
geonames:707565	city	en=Irpin	uk=Ірпінь{m}	ru=Ирпень{m}	country=UA	geonames=707565
geonames:711350	city	en=Bucha	uk=Буча	ru=Буча	country=UA	geonames=711350
geonames:690688	city	en=Uman	uk=Умань{f}	ru=Умань{f}	country=UA	geonames=690688

# --- Russia: capital and cities over 500,000 --------------------------------
Q649	city	en=Moscow	uk=Москва	ru=Москва	country=RU	geonames=524901
Q656	city	en=Saint Petersburg|St. Petersburg|St Petersburg	uk=Санкт-Петербург|Петербург	ru=Санкт-Петербург|Петербург|Питер	country=RU	geonames=498817
Q887	city	en=Yekaterinburg|Ekaterinburg	uk=Єкатеринбург	ru=Екатеринбург|Свердловск	country=RU	geonames=1486209
Q883	city	en=Novosibirsk	uk=Новосибірськ	ru=Новосибирск	country=RU	geonames=1496747
Q900	city	en=Kazan	uk=Казань{f}	ru=Казань{f}	country=RU	geonames=551487
geonames:520555	city	en=Nizhny Novgorod	uk=Нижній Новгород	ru=Нижний Новгород	country=RU	geonames=520555
geonames:1508291	city	en=Chelyabinsk	uk=Челябінськ	ru=Челябинск	country=RU	geonames=1508291
geonames:1496153	city	en=Omsk	uk=Омськ	ru=Омск	country=RU	geonames=1496153
geonames:499099	city	en=Samara	uk=Самара	ru=Самара	country=RU	geonames=499099
geonames:501175	city	en=Rostov-on-Don|Rostov-na-Donu	uk=Ростов-на-Дону	ru=Ростов-на-Дону|Ростов	country=RU	geonames=501175
geonames:479561	city	en=Ufa	uk=Уфа	ru=Уфа	country=RU	geonames=479561
geonames:1502026	city	en=Krasnoyarsk	uk=Красноярськ	ru=Красноярск	country=RU	geonames=1502026
geonames:511196	city	en=Perm	uk=Перм{f}	ru=Пермь{f}	country=RU	geonames=511196
geonames:472045	city	en=Voronezh	uk=Воронеж	ru=Воронеж	country=RU	geonames=472045
geonames:472757	city	en=Volgograd	uk=Волгоград	ru=Волгоград	country=RU	geonames=472757
geonames:542420	city	en=Krasnodar	uk=Краснодар	ru=Краснодар	country=RU	geonames=542420
geonames:498677	city	en=Saratov	uk=Саратов	ru=Саратов	country=RU	geonames=498677
geonames:1488754	city	en=Tyumen	uk=Тюмень{f}	ru=Тюмень{f}	country=RU	geonames=1488754
geonames:482283	city	en=Tolyatti|Togliatti	uk=Тольятті{x}	ru=Тольятти{x}	country=RU	geonames=482283
geonames:554840	city	en=Izhevsk	uk=Іжевськ	ru=Ижевск	country=RU	geonames=554840
geonames:1510853	city	en=Barnaul	uk=Барнаул	ru=Барнаул	country=RU	geonames=1510853
geonames:479123	city	en=Ulyanovsk	uk=Ульяновськ	ru=Ульяновск	country=RU	geonames=479123
geonames:2023469	city	en=Irkutsk	uk=Іркутськ	ru=Иркутск	country=RU	geonames=2023469
geonames:2022890	city	en=Khabarovsk	uk=Хабаровськ	ru=Хабаровск	country=RU	geonames=2022890
geonames:468902	city	en=Yaroslavl	uk=Ярославль{m}	ru=Ярославль{m}	country=RU	geonames=468902
geonames:2013348	city	en=Vladivostok	uk=Владивосток	ru=Владивосток	country=RU	geonames=2013348
geonames:535121	city	en=Lipetsk	uk=Липецьк	ru=Липецк	country=RU	geonames=535121
geonames:511565	city	en=Penza	uk=Пенза	ru=Пенза	country=RU	geonames=511565
geonames:515003	city	en=Orenburg	uk=Оренбург	ru=Оренбург	country=RU	geonames=515003
geonames:1496990	city	en=Novokuznetsk	uk=Новокузнецьк	ru=Новокузнецк	country=RU	geonames=1496990
geonames:500096	city	en=Ryazan	uk=Рязань{f}	ru=Рязань{f}	country=RU	geonames=500096
geonames:523750	city	en=Naberezhnye Chelny	uk=Набережні Челни{pl}	ru=Набережные Челны{pl}	country=RU	geonames=523750
geonames:580497	city	en=Astrakhan	uk=Астрахань{f}	ru=Астрахань{f}	country=RU	geonames=580497
geonames:554234	city	en=Kaliningrad	uk=Калінінград	ru=Калининград	country=RU	geonames=554234
geonames:491422	city	en=Sochi	uk=Сочі{x}	ru=Сочи{x}	country=RU	geonames=491422
geonames:515012	city	en=Oryol|Orel	uk=Орел{ctx}	ru=Орёл{ctx}|Орел{ctx}	country=RU	geonames=515012
geonames:520494	city	en=Nizhny Tagil	uk=Нижній Тагіл	ru=Нижний Тагил	country=RU	geonames=520494
geonames:524305	city	en=Murmansk	uk=Мурманськ	ru=Мурманск	country=RU	geonames=524305

# --- Belarus, Moldova, Caucasus, Central Asia -------------------------------
Q2280	city	en=Minsk	uk=Мінськ	ru=Минск	country=BY	geonames=625144
geonames:627907	city	en=Gomel|Homel	uk=Гомель{m}	ru=Гомель{m}	country=BY	geonames=627907
geonames:629634	city	en=Brest	uk=Брест	ru=Брест	country=BY	geonames=629634
geonames:627904	city	en=Grodno|Hrodna	uk=Гродно{n,x}	ru=Гродно{n,x}	country=BY	geonames=627904
geonames:620127	city	en=Vitebsk|Viciebsk	uk=Вітебськ	ru=Витебск	country=BY	geonames=620127
geonames:625665	city	en=Mogilev|Mahilyow	uk=Могильов	ru=Могилёв|Могилев	country=BY	geonames=625665
Q21197	city	en=Chisinau|Kishinev	uk=Кишинів	ru=Кишинёв|Кишинев	any=Chișinău|Chişinău	country=MD	geonames=618426
geonames:617239	city	en=Tiraspol	uk=Тирасполь{m}	ru=Тирасполь{m}	country=MD	geonames=617239
geonames:618605	city	en=Balti	uk=Бєльці{pl}	ru=Бельцы{pl}	any=Bălți|Bălţi	country=MD	geonames=618605
Q994	city	en=Tbilisi	uk=Тбілісі{x}	ru=Тбилиси{x}	country=GE	geonames=611717
geonames:615532	city	en=Batumi	uk=Батумі{x}	ru=Батуми{x}	country=GE	geonames=615532
Q1953	city	en=Yerevan	uk=Єреван	ru=Ереван	country=AM	geonames=616052
Q9248	city	en=Baku	uk=Баку{x}	ru=Баку{x}	country=AZ	geonames=587084
Q35493	city	en=Almaty|Alma-Ata	uk=Алмати{x}|Алма-Ата	ru=Алматы{x}|Алма-Ата	country=KZ	geonames=1526384
Q1520	city	en=Astana|Nur-Sultan|Akmola	uk=Астана|Нур-Султан	ru=Астана|Нур-Султан	country=KZ	geonames=1526273
geonames:609655	city	en=Karaganda|Karagandy	uk=Караганда	ru=Караганда	country=KZ	geonames=609655
Q269	city	en=Tashkent	uk=Ташкент	ru=Ташкент	country=UZ	geonames=1512569

# --- EU capitals ------------------------------------------------------------
Q1741	city	en=Vienna	uk=Відень{m}	ru=Вена	any=Wien	country=AT	geonames=2761369
geonames:2800866	city	en=Brussels	uk=Брюссель{m}	ru=Брюссель{m}	any=Bruxelles|Brussel	country=BE	geonames=2800866
Q472	city	en=Sofia	uk=Софія	ru=София	country=BG	geonames=727011
Q1435	city	en=Zagreb	uk=Загреб	ru=Загреб	country=HR	geonames=3186886
Q3856	city	en=Nicosia	uk=Нікосія	ru=Никосия	country=CY	geonames=146268
Q1085	city	en=Prague	uk=Прага	ru=Прага	any=Praha	country=CZ	geonames=3067696
Q1748	city	en=Copenhagen	uk=Копенгаген	ru=Копенгаген	any=København	country=DK	geonames=2618425
Q1770	city	en=Tallinn	uk=Таллінн|Таллін	ru=Таллин|Таллинн	country=EE	geonames=588409
Q1757	city	en=Helsinki	uk=Гельсінкі{x}	ru=Хельсинки{x}|Гельсинки{x}	country=FI	geonames=658225
Q90	city	en=Paris	uk=Париж	ru=Париж	country=FR	geonames=2988507
Q64	city	en=Berlin	uk=Берлін	ru=Берлин	country=DE	geonames=2950159
Q1524	city	en=Athens	uk=Афіни{pl}	ru=Афины{pl}	country=GR	geonames=264371
Q1781	city	en=Budapest	uk=Будапешт	ru=Будапешт	country=HU	geonames=3054643
Q1761	city	en=Dublin	uk=Дублін	ru=Дублин	country=IE	geonames=2964574
Q220	city	en=Rome	uk=Рим	ru=Рим	any=Roma	country=IT	geonames=3169070
Q1773	city	en=Riga	uk=Рига	ru=Рига	country=LV	geonames=456172
Q216	city	en=Vilnius	uk=Вільнюс	ru=Вильнюс	country=LT	geonames=593116
Q1842	city	en=Luxembourg	uk=Люксембург	ru=Люксембург	country=LU	geonames=2960316
Q23800	city	en=Valletta	uk=Валлетта	ru=Валлетта	country=MT	geonames=2562305
Q727	city	en=Amsterdam	uk=Амстердам	ru=Амстердам	country=NL	geonames=2759794
Q270	city	en=Warsaw	uk=Варшава	ru=Варшава	any=Warszawa	country=PL	geonames=756135
Q597	city	en=Lisbon	uk=Лісабон	ru=Лиссабон	any=Lisboa	country=PT	geonames=2267057
Q19660	city	en=Bucharest	uk=Бухарест	ru=Бухарест	any=București	country=RO	geonames=683506
Q1780	city	en=Bratislava	uk=Братислава	ru=Братислава	country=SK	geonames=3060972
Q437	city	en=Ljubljana	uk=Любляна	ru=Любляна	country=SI	geonames=3196359
Q2807	city	en=Madrid	uk=Мадрид	ru=Мадрид	country=ES	geonames=3117735
Q1754	city	en=Stockholm	uk=Стокгольм	ru=Стокгольм	country=SE	geonames=2673730

# --- other capitals and major world cities ----------------------------------
Q84	city	en=London	uk=Лондон	ru=Лондон	country=GB	geonames=2643743
Q585	city	en=Oslo	uk=Осло{x}	ru=Осло{x}	country=NO	geonames=3143244
Q70	city	en=Bern|Berne	uk=Берн	ru=Берн	country=CH	geonames=2661552
Q3711	city	en=Belgrade	uk=Белград	ru=Белград	any=Beograd	country=RS	geonames=792680
Q3640	city	en=Ankara	uk=Анкара	ru=Анкара	country=TR	geonames=323786
Q406	city	en=Istanbul	uk=Стамбул	ru=Стамбул	any=İstanbul	country=TR	geonames=745044
Q61	city	en=Washington|Washington, D.C.	uk=Вашингтон	ru=Вашингтон	country=US	geonames=4140963
Q60	city	en=New York|New York City|NYC	uk=Нью-Йорк	ru=Нью-Йорк	country=US	geonames=5128581
Q65	city	en=Los Angeles	uk=Лос-Анджелес	ru=Лос-Анджелес	country=US	geonames=5368361
Q1297	city	en=Chicago	uk=Чикаго{x}	ru=Чикаго{x}	country=US	geonames=4887398
Q62	city	en=San Francisco	uk=Сан-Франциско{x}	ru=Сан-Франциско{x}	country=US	geonames=5391959
Q100	city	en=Boston	uk=Бостон	ru=Бостон	country=US	geonames=4930956
Q1345	city	en=Philadelphia	uk=Філадельфія	ru=Филадельфия	country=US	geonames=4560349
Q172	city	en=Toronto	uk=Торонто{x}	ru=Торонто{x}	country=CA	geonames=6167865
Q340	city	en=Montreal	uk=Монреаль{m}	ru=Монреаль{m}	any=Montréal	country=CA	geonames=6077243
Q3130	city	en=Sydney	uk=Сідней	ru=Сидней	country=AU	geonames=2147714
Q3141	city	en=Melbourne	uk=Мельбурн	ru=Мельбурн	country=AU	geonames=2158177
Q1490	city	en=Tokyo	uk=Токіо{x}	ru=Токио{x}	country=JP	geonames=1850147
Q8684	city	en=Seoul	uk=Сеул	ru=Сеул	country=KR	geonames=1835848
Q1156	city	en=Mumbai|Bombay	uk=Мумбаї{x}	ru=Мумбаи{x}	country=IN	geonames=1275339
Q174	city	en=São Paulo|Sao Paulo	uk=Сан-Паулу{x}	ru=Сан-Паулу{x}	country=BR	geonames=3448439
Q8678	city	en=Rio de Janeiro	uk=Ріо-де-Жанейро{x}	ru=Рио-де-Жанейро{x}	country=BR	geonames=3451190
Q85	city	en=Cairo	uk=Каїр	ru=Каир	country=EG	geonames=360630
Q3616	city	en=Tehran	uk=Тегеран	ru=Тегеран	country=IR	geonames=112931
Q1530	city	en=Baghdad	uk=Багдад	ru=Багдад	country=IQ	geonames=98182
Q1218	city	en=Jerusalem	uk=Єрусалим	ru=Иерусалим	country=IL	geonames=281184
Q33935	city	en=Tel Aviv	uk=Тель-Авів	ru=Тель-Авив	country=IL	geonames=293397
# Europe
Q31487	city	en=Kraków|Krakow|Cracow	uk=Краків	ru=Краков	country=PL	geonames=3094802
geonames:3099434	city	en=Gdańsk|Gdansk	uk=Гданськ	ru=Гданьск	country=PL	geonames=3099434
geonames:3081368	city	en=Wrocław|Wroclaw	uk=Вроцлав	ru=Вроцлав	country=PL	geonames=3081368
geonames:3088171	city	en=Poznań|Poznan	uk=Познань{f}	ru=Познань{f}	country=PL	geonames=3088171
geonames:765876	city	en=Lublin	uk=Люблін	ru=Люблин	country=PL	geonames=765876
Q40840	city	en=Tampere	uk=Тампере{x}	ru=Тампере{x}	country=FI	geonames=634963
Q1726	city	en=Munich	uk=Мюнхен	ru=Мюнхен	any=München	country=DE	geonames=2867714
Q1055	city	en=Hamburg	uk=Гамбург	ru=Гамбург	country=DE	geonames=2911298
Q365	city	en=Cologne	uk=Кельн	ru=Кёльн|Кельн	any=Köln	country=DE	geonames=2886242
Q1794	city	en=Frankfurt|Frankfurt am Main	uk=Франкфурт-на-Майні|Франкфурт	ru=Франкфурт-на-Майне|Франкфурт	country=DE	geonames=2925533
geonames:2879139	city	en=Leipzig	uk=Лейпциг	ru=Лейпциг	country=DE	geonames=2879139
geonames:2935022	city	en=Dresden	uk=Дрезден	ru=Дрезден	country=DE	geonames=2935022
geonames:2825297	city	en=Stuttgart	uk=Штутгарт	ru=Штутгарт	country=DE	geonames=2825297
Q456	city	en=Lyon|Lyons	uk=Ліон	ru=Лион	country=FR	geonames=2996944
Q23482	city	en=Marseille|Marseilles	uk=Марсель{m}	ru=Марсель{m}	country=FR	geonames=2995469
Q490	city	en=Milan	uk=Мілан	ru=Милан	any=Milano	country=IT	geonames=3173435
Q2634	city	en=Naples	uk=Неаполь{m}	ru=Неаполь{m}	any=Napoli	country=IT	geonames=3172394
Q495	city	en=Turin	uk=Турин	ru=Турин	any=Torino	country=IT	geonames=3165524
Q2044	city	en=Florence	uk=Флоренція	ru=Флоренция	any=Firenze	country=IT	geonames=3176959
Q641	city	en=Venice	uk=Венеція	ru=Венеция	any=Venezia	country=IT	geonames=3164603
Q1492	city	en=Barcelona	uk=Барселона	ru=Барселона	country=ES	geonames=3128760
geonames:2510911	city	en=Seville	uk=Севілья	ru=Севилья	any=Sevilla	country=ES	geonames=2510911
geonames:2509954	city	en=Valencia	uk=Валенсія	ru=Валенсия	country=ES	geonames=2509954
Q72	city	en=Zurich	uk=Цюрих	ru=Цюрих	any=Zürich	country=CH	geonames=2657896
Q71	city	en=Geneva	uk=Женева	ru=Женева	any=Genève	country=CH	geonames=2660646
Q34370	city	en=Rotterdam	uk=Роттердам	ru=Роттердам	country=NL	geonames=2747891
Q12892	city	en=Antwerp	uk=Антверпен	ru=Антверпен	any=Antwerpen	country=BE	geonames=2803138

# --- China: the largest cities, with the common alternative transcriptions ----
Q956	city	en=Beijing|Peking	uk=Пекін	ru=Пекин	country=CN	geonames=1816670
Q8686	city	en=Shanghai	uk=Шанхай	ru=Шанхай	country=CN	geonames=1796236
Q4970	city	en=Hangzhou	uk=Ханчжоу{x}|Ханджоу{x}	ru=Ханчжоу{x}|Ханджоу{x}	country=CN	geonames=1808926
Q15174	city	en=Shenzhen	uk=Шеньчжень{m}|Шеньчжэнь{m}|Шэньчжэнь{m}	ru=Шэньчжэнь{m}|Шеньчжень{m}	country=CN	geonames=1795565
Q16572	city	en=Guangzhou|Canton	uk=Гуанчжоу{x}|Кантон	ru=Гуанчжоу{x}|Кантон	country=CN	geonames=1809858
Q11725	city	en=Chongqing	uk=Чунцін	ru=Чунцин	country=CN	geonames=1814906
Q11736	city	en=Tianjin	uk=Тяньцзінь{m}	ru=Тяньцзинь{m}	country=CN	geonames=1792947
Q11746	city	en=Wuhan	uk=Ухань{m}	ru=Ухань{m}	country=CN	geonames=1791247
Q30340	city	en=Chengdu	uk=Ченду{x}	ru=Чэнду{x}|Ченду{x}	country=CN	geonames=1815286
Q5826	city	en=Xi'an|Xian	uk=Сіань{m}|Сиань{m}	ru=Сиань{m}	country=CN	geonames=1790630
Q16666	city	en=Nanjing|Nanking	uk=Нанкін	ru=Нанкин	country=CN	geonames=1799962
geonames:1814087	city	en=Dalian	uk=Далянь{m}	ru=Далянь{m}	country=CN	geonames=1814087
geonames:1784658	city	en=Zhengzhou	uk=Чженчжоу{x}	ru=Чжэнчжоу{x}|Чженчжоу{x}	country=CN	geonames=1784658
geonames:2034937	city	en=Shenyang	uk=Шеньян	ru=Шэньян|Шеньян	country=CN	geonames=2034937
geonames:2037013	city	en=Harbin	uk=Харбін	ru=Харбин	country=CN	geonames=2037013
geonames:1804430	city	en=Lanzhou	uk=Ланьчжоу{x}	ru=Ланьчжоу{x}	country=CN	geonames=1804430
geonames:1793511	city	en=Taiyuan	uk=Тайюань{m}	ru=Тайюань{m}	country=CN	geonames=1793511
geonames:2038180	city	en=Changchun	uk=Чанчунь{m}	ru=Чанчунь{m}	country=CN	geonames=2038180
geonames:1815577	city	en=Changsha	uk=Чанша	ru=Чанша	country=CN	geonames=1815577
geonames:1805753	city	en=Jinan	uk=Цзінань{m}	ru=Цзинань{m}	country=CN	geonames=1805753
geonames:1795270	city	en=Shijiazhuang	uk=Шицзячжуан	ru=Шицзячжуан	country=CN	geonames=1795270
geonames:2036502	city	en=Jilin|Jilin City	uk=Гірін|Цзілінь{m}	ru=Гирин|Цзилинь{m}	country=CN	geonames=2036502
geonames:1800163	city	en=Nanchang	uk=Наньчан	ru=Наньчан	country=CN	geonames=1800163
geonames:1797929	city	en=Qingdao|Tsingtao	uk=Ціндао{x}|Циндао{x}	ru=Циндао{x}	country=CN	geonames=1797929
geonames:1793346	city	en=Tangshan	uk=Таншань{m}	ru=Таншань{m}	country=CN	geonames=1793346
geonames:1529102	city	en=Urumqi|Ürümqi	uk=Урумчі{x}	ru=Урумчи{x}	country=CN	geonames=1529102
geonames:2037355	city	en=Fushun	uk=Фушунь{m}	ru=Фушунь{m}	country=CN	geonames=2037355
geonames:1801792	city	en=Luoyang	uk=Лоян	ru=Лоян	country=CN	geonames=1801792
geonames:1808722	city	en=Hefei	uk=Хефей	ru=Хэфэй|Хефей	country=CN	geonames=1808722
geonames:1808963	city	en=Handan	uk=Ханьдань{m}	ru=Ханьдань{m}	country=CN	geonames=1808963
geonames:1886760	city	en=Suzhou	uk=Сучжоу{x}	ru=Сучжоу{x}	country=CN	geonames=1886760
geonames:1795940	city	en=Shantou	uk=Шаньтоу{x}	ru=Шаньтоу{x}	country=CN	geonames=1795940
geonames:2038432	city	en=Baotou	uk=Баотоу{x}	ru=Баотоу{x}	country=CN	geonames=2038432
geonames:2038632	city	en=Anshan	uk=Аньшань{m}	ru=Аньшань{m}	country=CN	geonames=2038632
geonames:1787824	city	en=Xuzhou	uk=Сюйчжоу{x}	ru=Сюйчжоу{x}	country=CN	geonames=1787824
geonames:1810821	city	en=Fuzhou	uk=Фучжоу{x}	ru=Фучжоу{x}	country=CN	geonames=1810821
geonames:1809461	city	en=Guiyang	uk=Гуйян	ru=Гуйян	country=CN	geonames=1809461
geonames:1790923	city	en=Wuxi	uk=Усі{x}	ru=Уси{x}	country=CN	geonames=1790923
geonames:2037799	city	en=Datong	uk=Датун	ru=Датун	country=CN	geonames=2037799
geonames:1790353	city	en=Xianyang	uk=Сяньян	ru=Сяньян	country=CN	geonames=1790353
geonames:1807681	city	en=Huainan	uk=Хуайнань{m}	ru=Хуайнань{m}	country=CN	geonames=1807681
geonames:1783873	city	en=Zhumadian	uk=Чжумадянь{m}	ru=Чжумадянь{m}	country=CN	geonames=1783873
geonames:1800146	city	en=Nanchong	uk=Наньчун	ru=Наньчун	country=CN	geonames=1800146
geonames:1793724	city	en=Tai'an|Taian	uk=Тайань{m}	ru=Тайань{m}	country=CN	geonames=1793724
geonames:1927639	city	en=Yueyang	uk=Юеян	ru=Юэян	country=CN	geonames=1927639
geonames:1804879	city	en=Kaifeng	uk=Кайфин	ru=Кайфын|Кайфэн	country=CN	geonames=1804879
geonames:1798425	city	en=Puyang	uk=Пуян	ru=Пуян	country=CN	geonames=1798425
geonames:1794903	city	en=Shiyan	uk=Шиянь{m}	ru=Шиянь{m}	country=CN	geonames=1794903
geonames:1785725	city	en=Yunfu	uk=Юньфу{x}	ru=Юньфу{x}	country=CN	geonames=1785725
geonames:1915223	city	en=Zhongshan	uk=Чжуншань{m}	ru=Чжуншань{m}	country=CN	geonames=1915223
geonames:8347664	city	en=Ordos	uk=Ордос	ru=Ордос	country=CN	geonames=8347664
geonames:1788534	city	en=Xinyang	uk=Сіньян	ru=Синьян	country=CN	geonames=1788534
geonames:1802875	city	en=Liuyang	uk=Люян	ru=Люян	country=CN	geonames=1802875
geonames:1813253	city	en=Lijiang	uk=Ліцзян	ru=Лицзян	country=CN	geonames=1813253
geonames:7283386	city	en=Changshu	uk=Чаншу{x}	ru=Чаншу{x}	country=CN	geonames=7283386
Q8646	city	en=Hong Kong	uk=Гонконг	ru=Гонконг	country=HK	geonames=1819729

# --- names that are also common words or first names ------------------------
# (the generator adds {ctx} to generated names found in its lists; these are
# the ones that need a hand-written entry)
# --- case forms the declension rules miss, and Ukrainian spellings ---------
geonames:692372	city	en=Stryi	uk=Стрий|Стрия{x}|Стрию{x}|Стриєм{x}	ru=Стрый	country=UA	geonames=692372
geonames:459279	city	en=Jelgava	uk=Єлгава|Елгава	ru=Елгава	country=LV	geonames=459279
# --- smaller partner cities below the generator's population cut ----------
geonames:2031964	city	en=Darkhan|Darhan	uk=Дархан	ru=Дархан	country=MN	geonames=2031964	pop=74300
# --- short names of cities whose official name is long ----------------------
geonames:2925177	city	en=Freiburg im Breisgau|Freiburg	uk=Фрайбург-ім-Брайсгау|Фрайбург	ru=Фрайбург-им-Брайсгау|Фрайбург	country=DE	geonames=2925177
geonames:2875376	city	en=Ludwigshafen am Rhein|Ludwigshafen	uk=Людвіґсгафен-на-Рейні|Людвігсгафен|Людвіґсгафен	ru=Людвигсхафен-на-Рейне|Людвигсхафен	country=DE	geonames=2875376
