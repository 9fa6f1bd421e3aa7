# factum default lexicon: regions (type region): Ukraine's oblasts, Crimea and
# historical regions; Moldova, Georgia, Azerbaijan and Belarus regions; Russia's
# federal subjects (oblasts, krais, republics, autonomous okrugs; the federal
# cities are in cities.lex) and macro-regions; China's provinces, autonomous
# regions and macro-regions; the US states; German Länder; Polish voivodeships;
# other regions often in the news; continents and world regions; then the
# first-level regions of Central Asia, the Caucasus, the Baltics, Central and
# South-East Europe, Turkey, Italy, France, Spain, Japan, South Korea, India,
# Canada, Brazil, Mexico, Australia and Vietnam.
# id: a Wikidata QID only where certain, else region:<cc>:<slug> (region:<slug>
# for regions spanning several countries). country= ISO alpha-2 (omitted for
# multi-country regions); capital= the English name of the administrative
# centre (the lead resolves it to a city id; a city id where the name is
# ambiguous: capital=geonames:2510409 for Toledo). A region that shares its
# name with a smaller town elsewhere has pop= so that it wins (Онтаріо,
# Орегон). uk/ru names are nominative; the loader declines them ("Київська
# область" -> "Київської області"); names in which only the first noun
# declines are given with their generic word
# ("провінція Чжецзян", "штат Каліфорнія", "земля Баварія"). In the newer
# sections the generic word is given only where the bare name cannot stand
# alone: it is also the capital city's (провинция Анталья, префектура Осака,
# жудец Сучава) or a word (штат Пара); elsewhere the name alone is the
# mention, as news corpora mark it ("Керала", not "штату Керала").

region:ua:vinnytsia_oblast	region	en=Vinnytsia Oblast|Vinnytsia region|Vinnitsa region	uk=Вінницька область|Вінниччина|Вінничина	ru=Винницкая область|Винничина|Винниччина	country=UA	capital=Vinnytsia
region:ua:volyn_oblast	region	en=Volyn Oblast|Volyn region|Volhynia	uk=Волинська область|Волинь{f}	ru=Волынская область|Волынь{f}	country=UA	capital=Lutsk
region:ua:dnipropetrovsk_oblast	region	en=Dnipropetrovsk Oblast|Dnipropetrovsk region|Dnepropetrovsk region	uk=Дніпропетровська область|Дніпропетровщина|Дніпровщина	ru=Днепропетровская область|Днепропетровщина	country=UA	capital=Dnipro
region:ua:donetsk_oblast	region	en=Donetsk Oblast|Donetsk region	uk=Донецька область|Донеччина	ru=Донецкая область|Донетчина	country=UA	capital=Donetsk
region:ua:zhytomyr_oblast	region	en=Zhytomyr Oblast|Zhytomyr region|Zhitomir region	uk=Житомирська область|Житомирщина	ru=Житомирская область|Житомирщина	country=UA	capital=Zhytomyr
region:ua:zakarpattia_oblast	region	en=Zakarpattia Oblast|Zakarpattia region|Transcarpathia|Transcarpathian region|Zakarpattia	uk=Закарпатська область|Закарпаття{n}	ru=Закарпатская область|Закарпатье{n}	country=UA	capital=Uzhhorod
region:ua:zaporizhzhia_oblast	region	en=Zaporizhzhia Oblast|Zaporizhzhia region|Zaporozhye region	uk=Запорізька область|Запоріжчина	ru=Запорожская область|Запорожчина	country=UA	capital=Zaporizhzhia
region:ua:ivano_frankivsk_oblast	region	en=Ivano-Frankivsk Oblast|Ivano-Frankivsk region|Prykarpattia|Carpathian region	uk=Івано-Франківська область|Івано-Франківщина|Прикарпаття{n}	ru=Ивано-Франковская область|Ивано-Франковщина|Прикарпатье{n}	country=UA	capital=Ivano-Frankivsk
region:ua:kyiv_oblast	region	en=Kyiv Oblast|Kyiv region|Kiev region|Kiev Oblast	uk=Київська область|Київщина	ru=Киевская область|Киевщина	country=UA	capital=Kyiv
region:ua:kirovohrad_oblast	region	en=Kirovohrad Oblast|Kirovohrad region|Kirovograd region	uk=Кіровоградська область|Кіровоградщина	ru=Кировоградская область|Кировоградщина	country=UA	capital=Kropyvnytskyi
region:ua:luhansk_oblast	region	en=Luhansk Oblast|Luhansk region|Lugansk region	uk=Луганська область|Луганщина	ru=Луганская область|Луганщина	country=UA	capital=Luhansk
region:ua:lviv_oblast	region	en=Lviv Oblast|Lviv region|Lvov region	uk=Львівська область|Львівщина	ru=Львовская область|Львовщина	country=UA	capital=Lviv
region:ua:mykolaiv_oblast	region	en=Mykolaiv Oblast|Mykolaiv region|Nikolaev region|Nikolayev region	uk=Миколаївська область|Миколаївщина	ru=Николаевская область|Николаевщина	country=UA	capital=Mykolaiv
region:ua:odesa_oblast	region	en=Odesa Oblast|Odesa region|Odessa region|Odessa Oblast	uk=Одеська область|Одещина	ru=Одесская область|Одесщина	country=UA	capital=Odesa
region:ua:poltava_oblast	region	en=Poltava Oblast|Poltava region	uk=Полтавська область|Полтавщина	ru=Полтавская область|Полтавщина	country=UA	capital=Poltava
region:ua:rivne_oblast	region	en=Rivne Oblast|Rivne region|Rovno region	uk=Рівненська область|Рівненщина	ru=Ровенская область|Ровенщина|Ривненская область	country=UA	capital=Rivne
region:ua:sumy_oblast	region	en=Sumy Oblast|Sumy region	uk=Сумська область|Сумщина	ru=Сумская область|Сумщина	country=UA	capital=Sumy
region:ua:ternopil_oblast	region	en=Ternopil Oblast|Ternopil region	uk=Тернопільська область|Тернопільщина	ru=Тернопольская область|Тернопольщина	country=UA	capital=Ternopil
region:ua:kharkiv_oblast	region	en=Kharkiv Oblast|Kharkiv region|Kharkov region	uk=Харківська область|Харківщина	ru=Харьковская область|Харьковщина	country=UA	capital=Kharkiv
region:ua:kherson_oblast	region	en=Kherson Oblast|Kherson region	uk=Херсонська область|Херсонщина	ru=Херсонская область|Херсонщина	country=UA	capital=Kherson
region:ua:khmelnytskyi_oblast	region	en=Khmelnytskyi Oblast|Khmelnytskyi region|Khmelnytsky region|Khmelnitsky region	uk=Хмельницька область|Хмельниччина	ru=Хмельницкая область|Хмельнитчина	country=UA	capital=Khmelnytskyi
region:ua:cherkasy_oblast	region	en=Cherkasy Oblast|Cherkasy region|Cherkassy region	uk=Черкаська область|Черкащина	ru=Черкасская область|Черкасщина	country=UA	capital=Cherkasy
region:ua:chernivtsi_oblast	region	en=Chernivtsi Oblast|Chernivtsi region|Chernovtsy region	uk=Чернівецька область|Чернівеччина	ru=Черновицкая область|Черновичина	country=UA	capital=Chernivtsi
region:ua:chernihiv_oblast	region	en=Chernihiv Oblast|Chernihiv region|Chernigov region	uk=Чернігівська область|Чернігівщина	ru=Черниговская область|Черниговщина	country=UA	capital=Chernihiv
Q7835	region	en=Autonomous Republic of Crimea|Crimea|Crimean Peninsula|Republic of Crimea	uk=Автономна Республіка Крим|АР Крим|АРК{x}|Крим|Кримський півострів|Республіка Крим	ru=Автономная Республика Крым|АР Крым|АРК{x}|Крым|Крымский полуостров|Республика Крым	country=UA	capital=Simferopol
region:ua:donbas	region	en=Donbas|Donbass|Donets Basin	uk=Донбас|Донецький басейн	ru=Донбасс|Донецкий бассейн	country=UA
region:ua:dpr	region	en=Donetsk People's Republic|DPR|DNR	uk=Донецька народна республіка|Донецька Народна Республіка|ДНР{x}	ru=Донецкая народная республика|Донецкая Народная Республика|ДНР{x}	country=UA	note=Russian-controlled entity in occupied Donetsk Oblast, unrecognized
region:ua:lpr	region	en=Luhansk People's Republic|LPR|LNR	uk=Луганська народна республіка|Луганська Народна Республіка|ЛНР{x}	ru=Луганская народная республика|Луганская Народная Республика|ЛНР{x}	country=UA	note=Russian-controlled entity in occupied Luhansk Oblast, unrecognized
region:ua:ordlo	region	en=ORDLO|certain areas of Donetsk and Luhansk oblasts	uk=ОРДЛО{x}|ОРДО{x}|ОРЛО{x}	ru=ОРДЛО{x}|ОРДО{x}|ОРЛО{x}	country=UA	note=occupied areas of Donetsk and Luhansk oblasts
region:ua:galicia	region	en=Halychyna|Eastern Galicia	uk=Галичина|Східна Галичина	ru=Галичина|Галиция|Восточная Галиция	country=UA
region:ua:slobozhanshchyna	region	en=Slobozhanshchyna|Sloboda Ukraine|Slobozhanshchina	uk=Слобожанщина|Слобідська Україна	ru=Слобожанщина|Слободская Украина	country=UA
region:ua:podillia	region	en=Podillia|Podolia	uk=Поділля{n}	ru=Подолье{n}|Подолия	country=UA
region:ua:bukovyna	region	en=Bukovyna|Bukovina|Northern Bukovina	uk=Буковина|Північна Буковина	ru=Буковина|Северная Буковина	country=UA
region:ua:polissia	region	en=Polissia|Polesia|Polesie	uk=Полісся{n}	ru=Полесье{n}	country=UA
region:ua:tavria	region	en=Tavria|Taurida	uk=Таврія	ru=Таврия	country=UA
region:ua:pryazovia	region	en=Pryazovia|Azov region|Azov coast	uk=Приазов'я{n}	ru=Приазовье{n}	country=UA
region:ua:prychornomoria	region	en=Black Sea coast of Ukraine|Prychornomoria	uk=Причорномор'я{n}	ru=Причерноморье{n}	country=UA
region:ua:prydniprovia	region	en=Prydniprovia|Dnieper region	uk=Придніпров'я{n}	ru=Приднепровье{n}	country=UA
region:ua:hutsulshchyna	region	en=Hutsulshchyna|Hutsul region	uk=Гуцульщина	ru=Гуцульщина	country=UA
region:ua:central_ukraine	region	en=Central Ukraine	uk=Центральна Україна|центр України	ru=Центральная Украина|центр Украины	country=UA
region:ua:western_ukraine	region	en=Western Ukraine	uk=Західна Україна|захід України	ru=Западная Украина|запад Украины	country=UA
region:ua:eastern_ukraine	region	en=Eastern Ukraine	uk=Східна Україна|схід України	ru=Восточная Украина|восток Украины	country=UA
region:ua:southern_ukraine	region	en=Southern Ukraine	uk=Південна Україна|південь України	ru=Южная Украина|юг Украины	country=UA
region:ua:northern_ukraine	region	en=Northern Ukraine	uk=Північна Україна|північ України	ru=Северная Украина|север Украины	country=UA
region:md:transnistria	region	en=Transnistria|Transdniestria|Pridnestrovie	uk=Придністров'я{n}|Придністровський регіон|Придністровська Молдавська Республіка	ru=Приднестровье{n}|Приднестровский регион|Приднестровская Молдавская Республика|ПМР{x}	country=MD	capital=Tiraspol
region:md:gagauzia	region	en=Gagauzia	uk=Гагаузія|АТО Гагаузія	ru=Гагаузия|АТО Гагаузия	country=MD	capital=Comrat
region:md:bessarabia	region	en=Bessarabia	uk=Бессарабія	ru=Бессарабия	country=MD
region:ge:abkhazia	region	en=Abkhazia	uk=Абхазія	ru=Абхазия	country=GE	capital=Sukhumi
region:ge:south_ossetia	region	en=South Ossetia|Tskhinvali region	uk=Південна Осетія|Цхінвальський регіон	ru=Южная Осетия|Цхинвальский регион	country=GE	capital=Tskhinvali
region:ge:adjara	region	en=Adjara|Ajara	uk=Аджарія	ru=Аджария	country=GE	capital=Batumi
region:az:nagorno_karabakh	region	en=Nagorno-Karabakh|Karabakh|Artsakh	uk=Нагірний Карабах|Карабах	ru=Нагорный Карабах|Карабах	country=AZ	capital=Khankendi
region:az:nakhchivan	region	en=Nakhchivan|Nakhchivan Autonomous Republic	uk=Нахічевань{f}|Нахічеванська Автономна Республіка	ru=Нахичевань{f}|Нахичеванская Автономная Республика	country=AZ	capital=Nakhchivan
region:by:brest_region	region	en=Brest Region|Brest Oblast	uk=Брестська область|Берестейщина	ru=Брестская область|Брестчина	country=BY	capital=Brest
region:by:vitebsk_region	region	en=Vitebsk Region|Vitebsk Oblast	uk=Вітебська область	ru=Витебская область	country=BY	capital=Vitebsk
region:by:gomel_region	region	en=Gomel Region|Gomel Oblast|Homel region	uk=Гомельська область|Гомельщина	ru=Гомельская область|Гомельщина	country=BY	capital=Gomel
region:by:grodno_region	region	en=Grodno Region|Grodno Oblast|Hrodna region	uk=Гродненська область|Гродненщина	ru=Гродненская область|Гродненщина	country=BY	capital=Grodno
region:by:minsk_region	region	en=Minsk Region|Minsk Oblast	uk=Мінська область	ru=Минская область	country=BY	capital=Minsk
region:by:mogilev_region	region	en=Mogilev Region|Mogilev Oblast|Mahilyow region	uk=Могильовська область	ru=Могилёвская область|Могилевская область	country=BY	capital=Mogilev
region:ru:amur_oblast	region	en=Amur Oblast|Amur region	uk=Амурська область|Приамур'я{n}	ru=Амурская область|Приамурье{n}	country=RU	capital=Blagoveshchensk
region:ru:arkhangelsk_oblast	region	en=Arkhangelsk Oblast|Arkhangelsk region	uk=Архангельська область|Архангельщина	ru=Архангельская область|Архангельщина|Поморье{n}	country=RU	capital=Arkhangelsk
region:ru:astrakhan_oblast	region	en=Astrakhan Oblast|Astrakhan region	uk=Астраханська область	ru=Астраханская область|Астраханщина	country=RU	capital=Astrakhan
region:ru:belgorod_oblast	region	en=Belgorod Oblast|Belgorod region	uk=Бєлгородська область|Бєлгородщина	ru=Белгородская область|Белгородчина|Белгородщина	country=RU	capital=Belgorod
region:ru:bryansk_oblast	region	en=Bryansk Oblast|Bryansk region	uk=Брянська область|Брянщина	ru=Брянская область|Брянщина	country=RU	capital=Bryansk
region:ru:chelyabinsk_oblast	region	en=Chelyabinsk Oblast|Chelyabinsk region|South Urals	uk=Челябінська область	ru=Челябинская область|Южный Урал|Челябинщина	country=RU	capital=Chelyabinsk
region:ru:irkutsk_oblast	region	en=Irkutsk Oblast|Irkutsk region	uk=Іркутська область	ru=Иркутская область|Приангарье{n}	country=RU	capital=Irkutsk
region:ru:ivanovo_oblast	region	en=Ivanovo Oblast|Ivanovo region	uk=Іванівська область	ru=Ивановская область	country=RU	capital=Ivanovo
region:ru:kaliningrad_oblast	region	en=Kaliningrad Oblast|Kaliningrad region	uk=Калінінградська область	ru=Калининградская область	country=RU	capital=Kaliningrad
region:ru:kaluga_oblast	region	en=Kaluga Oblast|Kaluga region	uk=Калузька область	ru=Калужская область	country=RU	capital=Kaluga
region:ru:kemerovo_oblast	region	en=Kemerovo Oblast|Kemerovo region|Kuzbass|Kuzbas	uk=Кемеровська область|Кузбас	ru=Кемеровская область|Кузбасс|Кемеровская область — Кузбасс	country=RU	capital=Kemerovo
region:ru:kirov_oblast	region	en=Kirov Oblast|Kirov region	uk=Кіровська область	ru=Кировская область	country=RU	capital=Kirov
region:ru:kostroma_oblast	region	en=Kostroma Oblast|Kostroma region	uk=Костромська область	ru=Костромская область	country=RU	capital=Kostroma
region:ru:kurgan_oblast	region	en=Kurgan Oblast|Kurgan region	uk=Курганська область	ru=Курганская область|Зауралье{n}	country=RU	capital=Kurgan
region:ru:kursk_oblast	region	en=Kursk Oblast|Kursk region	uk=Курська область|Курщина	ru=Курская область|Курщина	country=RU	capital=Kursk
region:ru:leningrad_oblast	region	en=Leningrad Oblast|Leningrad region	uk=Ленінградська область|Ленобласть{f}	ru=Ленинградская область|Ленобласть{f}	country=RU
region:ru:lipetsk_oblast	region	en=Lipetsk Oblast|Lipetsk region	uk=Липецька область	ru=Липецкая область	country=RU	capital=Lipetsk
region:ru:magadan_oblast	region	en=Magadan Oblast|Magadan region|Kolyma	uk=Магаданська область|Колима	ru=Магаданская область|Колыма	country=RU	capital=Magadan
region:ru:moscow_oblast	region	en=Moscow Oblast|Moscow region	uk=Московська область|Підмосков'я{n}	ru=Московская область|Подмосковье{n}	country=RU
region:ru:murmansk_oblast	region	en=Murmansk Oblast|Murmansk region	uk=Мурманська область	ru=Мурманская область	country=RU	capital=Murmansk
region:ru:nizhny_novgorod_oblast	region	en=Nizhny Novgorod Oblast|Nizhny Novgorod region	uk=Нижньогородська область	ru=Нижегородская область	country=RU	capital=Nizhny Novgorod
region:ru:novgorod_oblast	region	en=Novgorod Oblast|Novgorod region	uk=Новгородська область|Новгородщина	ru=Новгородская область|Новгородчина	country=RU	capital=Veliky Novgorod
region:ru:novosibirsk_oblast	region	en=Novosibirsk Oblast|Novosibirsk region	uk=Новосибірська область	ru=Новосибирская область	country=RU	capital=Novosibirsk
region:ru:omsk_oblast	region	en=Omsk Oblast|Omsk region	uk=Омська область	ru=Омская область	country=RU	capital=Omsk
region:ru:orenburg_oblast	region	en=Orenburg Oblast|Orenburg region	uk=Оренбурзька область|Оренбуржжя{n}	ru=Оренбургская область|Оренбуржье{n}	country=RU	capital=Orenburg
region:ru:oryol_oblast	region	en=Oryol Oblast|Oryol region|Orel region	uk=Орловська область|Орловщина	ru=Орловская область|Орловщина	country=RU	capital=Oryol
region:ru:penza_oblast	region	en=Penza Oblast|Penza region	uk=Пензенська область	ru=Пензенская область	country=RU	capital=Penza
region:ru:pskov_oblast	region	en=Pskov Oblast|Pskov region	uk=Псковська область|Псковщина	ru=Псковская область|Псковщина	country=RU	capital=Pskov
region:ru:rostov_oblast	region	en=Rostov Oblast|Rostov region	uk=Ростовська область	ru=Ростовская область	country=RU	capital=Rostov-on-Don
region:ru:ryazan_oblast	region	en=Ryazan Oblast|Ryazan region	uk=Рязанська область|Рязанщина	ru=Рязанская область|Рязанщина	country=RU	capital=Ryazan
region:ru:sakhalin_oblast	region	en=Sakhalin Oblast|Sakhalin region|Sakhalin	uk=Сахалінська область|Сахалін	ru=Сахалинская область|Сахалин	country=RU	capital=Yuzhno-Sakhalinsk
region:ru:samara_oblast	region	en=Samara Oblast|Samara region	uk=Самарська область	ru=Самарская область	country=RU	capital=Samara
region:ru:saratov_oblast	region	en=Saratov Oblast|Saratov region	uk=Саратовська область	ru=Саратовская область	country=RU	capital=Saratov
region:ru:smolensk_oblast	region	en=Smolensk Oblast|Smolensk region	uk=Смоленська область|Смоленщина	ru=Смоленская область|Смоленщина	country=RU	capital=Smolensk
region:ru:sverdlovsk_oblast	region	en=Sverdlovsk Oblast|Sverdlovsk region|Middle Urals	uk=Свердловська область|Свердловщина|Середній Урал	ru=Свердловская область|Свердловщина|Средний Урал	country=RU	capital=Yekaterinburg
region:ru:tambov_oblast	region	en=Tambov Oblast|Tambov region	uk=Тамбовська область|Тамбовщина	ru=Тамбовская область|Тамбовщина	country=RU	capital=Tambov
region:ru:tomsk_oblast	region	en=Tomsk Oblast|Tomsk region	uk=Томська область	ru=Томская область	country=RU	capital=Tomsk
region:ru:tula_oblast	region	en=Tula Oblast|Tula region	uk=Тульська область	ru=Тульская область	country=RU	capital=Tula
region:ru:tver_oblast	region	en=Tver Oblast|Tver region	uk=Тверська область	ru=Тверская область	country=RU	capital=Tver
region:ru:tyumen_oblast	region	en=Tyumen Oblast|Tyumen region	uk=Тюменська область	ru=Тюменская область	country=RU	capital=Tyumen
region:ru:ulyanovsk_oblast	region	en=Ulyanovsk Oblast|Ulyanovsk region	uk=Ульяновська область	ru=Ульяновская область	country=RU	capital=Ulyanovsk
region:ru:vladimir_oblast	region	en=Vladimir Oblast|Vladimir region	uk=Владимирська область	ru=Владимирская область	country=RU	capital=Vladimir
region:ru:volgograd_oblast	region	en=Volgograd Oblast|Volgograd region	uk=Волгоградська область	ru=Волгоградская область	country=RU	capital=Volgograd
region:ru:vologda_oblast	region	en=Vologda Oblast|Vologda region	uk=Вологодська область|Вологодчина	ru=Вологодская область|Вологодчина	country=RU	capital=Vologda
region:ru:voronezh_oblast	region	en=Voronezh Oblast|Voronezh region	uk=Воронезька область	ru=Воронежская область	country=RU	capital=Voronezh
region:ru:yaroslavl_oblast	region	en=Yaroslavl Oblast|Yaroslavl region	uk=Ярославська область	ru=Ярославская область	country=RU	capital=Yaroslavl
region:ru:altai_krai	region	en=Altai Krai|Altai region|Altai Territory	uk=Алтайський край	ru=Алтайский край	country=RU	capital=Barnaul
region:ru:kamchatka_krai	region	en=Kamchatka Krai|Kamchatka region|Kamchatka Territory|Kamchatka	uk=Камчатський край|Камчатка	ru=Камчатский край|Камчатка	country=RU	capital=Petropavlovsk-Kamchatskiy
region:ru:khabarovsk_krai	region	en=Khabarovsk Krai|Khabarovsk region|Khabarovsk Territory	uk=Хабаровський край	ru=Хабаровский край	country=RU	capital=Khabarovsk
region:ru:krasnodar_krai	region	en=Krasnodar Krai|Krasnodar region|Krasnodar Territory|Kuban{ctx}	uk=Краснодарський край|Кубань{f}{ctx}	ru=Краснодарский край|Кубань{f}{ctx}	country=RU	capital=Krasnodar
region:ru:krasnoyarsk_krai	region	en=Krasnoyarsk Krai|Krasnoyarsk region|Krasnoyarsk Territory	uk=Красноярський край	ru=Красноярский край	country=RU	capital=Krasnoyarsk
region:ru:perm_krai	region	en=Perm Krai|Perm region|Perm Territory	uk=Пермський край|Прикам'я{n}	ru=Пермский край|Прикамье{n}	country=RU	capital=Perm
region:ru:primorsky_krai	region	en=Primorsky Krai|Primorsky region|Primorsky Territory|Primorye	uk=Приморський край|Примор'я{n}	ru=Приморский край|Приморье{n}	country=RU	capital=Vladivostok
region:ru:stavropol_krai	region	en=Stavropol Krai|Stavropol region|Stavropol Territory	uk=Ставропольський край|Ставропілля{n}	ru=Ставропольский край|Ставрополье{n}	country=RU	capital=Stavropol
region:ru:zabaykalsky_krai	region	en=Zabaykalsky Krai|Zabaykalsky region|Zabaykalsky Territory|Transbaikalia|Trans-Baikal	uk=Забайкальський край|Забайкалля{n}	ru=Забайкальский край|Забайкалье{n}	country=RU	capital=Chita
region:ru:adygea	region	en=Adygea|Adygeya|Republic of Adygea	uk=Адигея|Республіка Адигея	ru=Адыгея|Республика Адыгея	country=RU	capital=Maykop
region:ru:altai_republic	region	en=Altai Republic|Republic of Altai|Gorno-Altai	uk=Республіка Алтай|Гірський Алтай	ru=Республика Алтай|Горный Алтай	country=RU	capital=Gorno-Altaysk
region:ru:bashkortostan	region	en=Bashkortostan|Bashkiria|Republic of Bashkortostan	uk=Башкортостан|Башкирія|Республіка Башкортостан	ru=Башкортостан|Башкирия|Республика Башкортостан	country=RU	capital=Ufa
region:ru:buryatia	region	en=Buryatia|Republic of Buryatia	uk=Бурятія|Республіка Бурятія	ru=Бурятия|Республика Бурятия	country=RU	capital=Ulan-Ude
region:ru:chechnya	region	en=Chechnya|Chechen Republic|Ichkeria	uk=Чечня|Чеченська Республіка|Ічкерія|Чеченська Республіка Ічкерія	ru=Чечня|Чеченская Республика|Ичкерия|Чеченская Республика Ичкерия	country=RU	capital=Grozny
region:ru:chuvashia	region	en=Chuvashia|Chuvash Republic	uk=Чувашія|Чуваська Республіка	ru=Чувашия|Чувашская Республика	country=RU	capital=Cheboksary
region:ru:dagestan	region	en=Dagestan|Daghestan|Republic of Dagestan	uk=Дагестан|Республіка Дагестан	ru=Дагестан|Республика Дагестан	country=RU	capital=Makhachkala
region:ru:ingushetia	region	en=Ingushetia|Republic of Ingushetia	uk=Інгушетія|Республіка Інгушетія	ru=Ингушетия|Республика Ингушетия	country=RU	capital=Magas
region:ru:kabardino_balkaria	region	en=Kabardino-Balkaria|Kabardino-Balkar Republic	uk=Кабардино-Балкарія|Кабардино-Балкарська Республіка	ru=Кабардино-Балкария|Кабардино-Балкарская Республика|КБР{x}	country=RU	capital=Nalchik
region:ru:kalmykia	region	en=Kalmykia|Republic of Kalmykia	uk=Калмикія|Республіка Калмикія	ru=Калмыкия|Республика Калмыкия	country=RU	capital=Elista
region:ru:karachay_cherkessia	region	en=Karachay-Cherkessia|Karachay-Cherkess Republic	uk=Карачаєво-Черкесія|Карачаєво-Черкеська Республіка	ru=Карачаево-Черкесия|Карачаево-Черкесская Республика|КЧР{x}	country=RU	capital=Cherkessk
region:ru:karelia	region	en=Karelia|Republic of Karelia	uk=Карелія|Республіка Карелія	ru=Карелия|Республика Карелия	country=RU	capital=Petrozavodsk
region:ru:khakassia	region	en=Khakassia|Khakasia|Republic of Khakassia	uk=Хакасія|Республіка Хакасія	ru=Хакасия|Республика Хакасия	country=RU	capital=Abakan
region:ru:komi	region	en=Komi Republic|Komi	uk=Республіка Комі|Комі{x}	ru=Республика Коми|Коми{x}	country=RU	capital=Syktyvkar
region:ru:mari_el	region	en=Mari El|Mari El Republic	uk=Марій Ел{x}|Республіка Марій Ел	ru=Марий Эл{x}|Республика Марий Эл	country=RU	capital=Yoshkar-Ola
region:ru:mordovia	region	en=Mordovia|Republic of Mordovia	uk=Мордовія|Республіка Мордовія	ru=Мордовия|Республика Мордовия	country=RU	capital=Saransk
region:ru:north_ossetia	region	en=North Ossetia|North Ossetia–Alania|North Ossetia-Alania	uk=Північна Осетія|Північна Осетія — Аланія|Північна Осетія-Аланія	ru=Северная Осетия|Северная Осетия — Алания|Северная Осетия-Алания	country=RU	capital=Vladikavkaz
region:ru:sakha	region	en=Yakutia|Sakha Republic|Sakha	uk=Якутія|Республіка Саха|Республіка Саха (Якутія)	ru=Якутия|Республика Саха|Республика Саха (Якутия)	country=RU	capital=Yakutsk
region:ru:tatarstan	region	en=Tatarstan|Republic of Tatarstan	uk=Татарстан|Республіка Татарстан	ru=Татарстан|Республика Татарстан	country=RU	capital=Kazan
region:ru:tuva	region	en=Tuva|Tyva|Republic of Tuva	uk=Тива|Тува|Республіка Тива	ru=Тыва|Тува|Республика Тыва	country=RU	capital=Kyzyl
region:ru:udmurtia	region	en=Udmurtia|Udmurt Republic	uk=Удмуртія|Удмуртська Республіка	ru=Удмуртия|Удмуртская Республика	country=RU	capital=Izhevsk
region:ru:chukotka	region	en=Chukotka Autonomous Okrug|Chukotka	uk=Чукотський автономний округ|Чукотка	ru=Чукотский автономный округ|Чукотка|ЧАО{x}	country=RU	capital=Anadyr
region:ru:khanty_mansi	region	en=Khanty-Mansi Autonomous Okrug|Yugra|Khanty-Mansiysk Autonomous Okrug	uk=Ханти-Мансійський автономний округ|Югра|ХМАО{x}	ru=Ханты-Мансийский автономный округ|Ханты-Мансийский автономный округ — Югра|Югра|ХМАО{x}	country=RU	capital=Khanty-Mansiysk
region:ru:nenets	region	en=Nenets Autonomous Okrug	uk=Ненецький автономний округ	ru=Ненецкий автономный округ|НАО{x}	country=RU	capital=Naryan-Mar
region:ru:yamalo_nenets	region	en=Yamalo-Nenets Autonomous Okrug|Yamal	uk=Ямало-Ненецький автономний округ|Ямал	ru=Ямало-Ненецкий автономный округ|Ямал|ЯНАО{x}	country=RU	capital=Salekhard
region:ru:jewish_ao	region	en=Jewish Autonomous Oblast	uk=Єврейська автономна область	ru=Еврейская автономная область|ЕАО{x}	country=RU	capital=Birobidzhan
Q5428	region	en=Siberia	uk=Сибір{m}	ru=Сибирь{f}	country=RU
region:ru:western_siberia	region	en=Western Siberia|West Siberia	uk=Західний Сибір|Західна Сибір	ru=Западная Сибирь	country=RU
region:ru:eastern_siberia	region	en=Eastern Siberia|East Siberia	uk=Східний Сибір|Східна Сибір	ru=Восточная Сибирь	country=RU
region:ru:urals	region	en=Urals|Ural|Ural region	uk=Урал{ctx}	ru=Урал{ctx}	country=RU
# Russia's federal districts (the presidential envoys' districts).
region:ru:central_federal_district	region	en=Central Federal District	uk=Центральний федеральний округ|ЦФО	ru=Центральный федеральный округ|ЦФО	country=RU
region:ru:northwestern_federal_district	region	en=Northwestern Federal District	uk=Північно-Західний федеральний округ	ru=Северо-Западный федеральный округ|СЗФО	country=RU
region:ru:southern_federal_district	region	en=Southern Federal District	uk=Південний федеральний округ	ru=Южный федеральный округ|ЮФО	country=RU
region:ru:north_caucasian_federal_district	region	en=North Caucasian Federal District	uk=Північнокавказький федеральний округ	ru=Северо-Кавказский федеральный округ|СКФО	country=RU
region:ru:volga_federal_district	region	en=Volga Federal District	uk=Приволзький федеральний округ|ПФО	ru=Приволжский федеральный округ|ПФО	country=RU
region:ru:ural_federal_district	region	en=Ural Federal District	uk=Уральський федеральний округ|УрФО	ru=Уральский федеральный округ|УрФО	country=RU
region:ru:siberian_federal_district	region	en=Siberian Federal District	uk=Сибірський федеральний округ|СФО	ru=Сибирский федеральный округ|СФО	country=RU
region:ru:far_eastern_federal_district	region	en=Far Eastern Federal District	uk=Далекосхідний федеральний округ|ДФО	ru=Дальневосточный федеральный округ|ДФО	country=RU
region:ru:russian_far_east	region	en=Russian Far East|Far East	uk=Далекий Схід Росії|Далекий Схід	ru=Дальний Восток|Дальний Восток России	country=RU
region:ru:volga_region	region	en=Volga region|Povolzhye	uk=Поволжя{n}	ru=Поволжье{n}	country=RU
region:ru:north_caucasus	region	en=North Caucasus|Northern Caucasus	uk=Північний Кавказ	ru=Северный Кавказ	country=RU
region:ru:central_russia	region	en=Central Russia	uk=Центральна Росія	ru=Центральная Россия|центр России	country=RU
region:ru:chernozemye	region	en=Chernozem region|Black Earth region	uk=Чорнозем'я{n}	ru=Черноземье{n}	country=RU
region:ru:russian_north	region	en=Russian North|Far North	uk=Російська Північ|Крайня Північ	ru=Русский Север|Крайний Север	country=RU
region:ru:kuril_islands	region	en=Kuril Islands|Kurils|Kuriles	uk=Курильські острови|Курили{pl}	ru=Курильские острова|Курилы{pl}	country=RU
region:cn:anhui	region	en=Anhui|Anhui Province	uk=Аньхой|Аньхуей|провінція Аньхой	ru=Аньхой|Аньхуэй|провинция Аньхой	country=CN	capital=Hefei
region:cn:fujian	region	en=Fujian|Fujian Province	uk=Фуцзянь{f}|провінція Фуцзянь	ru=Фуцзянь{f}|провинция Фуцзянь	country=CN	capital=Fuzhou
region:cn:gansu	region	en=Gansu|Gansu Province	uk=Ганьсу{x}|провінція Ганьсу	ru=Ганьсу{x}|провинция Ганьсу	country=CN	capital=Lanzhou
region:cn:guangdong	region	en=Guangdong|Canton province|Guangdong Province	uk=Гуандун|провінція Гуандун	ru=Гуандун|провинция Гуандун	country=CN	capital=Guangzhou
region:cn:guizhou	region	en=Guizhou|Guizhou Province	uk=Гуйчжоу{x}|провінція Гуйчжоу	ru=Гуйчжоу{x}|провинция Гуйчжоу	country=CN	capital=Guiyang
region:cn:hainan	region	en=Hainan|Hainan Province	uk=Хайнань{m}|провінція Хайнань	ru=Хайнань{m}|провинция Хайнань	country=CN	capital=Haikou
region:cn:hebei	region	en=Hebei|Hebei Province	uk=Хебей|провінція Хебей	ru=Хэбэй|провинция Хэбэй	country=CN	capital=Shijiazhuang
region:cn:heilongjiang	region	en=Heilongjiang|Heilongjiang Province	uk=Хейлунцзян|провінція Хейлунцзян	ru=Хэйлунцзян|провинция Хэйлунцзян	country=CN	capital=Harbin
region:cn:henan	region	en=Henan|Henan Province	uk=Хенань{f}|провінція Хенань	ru=Хэнань{f}|провинция Хэнань	country=CN	capital=Zhengzhou
region:cn:hubei	region	en=Hubei|Hubei Province	uk=Хубей|провінція Хубей	ru=Хубэй|провинция Хубэй	country=CN	capital=Wuhan
region:cn:hunan	region	en=Hunan|Hunan Province	uk=Хунань{f}|провінція Хунань	ru=Хунань{f}|провинция Хунань	country=CN	capital=Changsha
region:cn:jiangsu	region	en=Jiangsu|Jiangsu Province	uk=Цзянсу{x}|провінція Цзянсу	ru=Цзянсу{x}|провинция Цзянсу	country=CN	capital=Nanjing
region:cn:jiangxi	region	en=Jiangxi|Jiangxi Province	uk=Цзянсі{x}|провінція Цзянсі	ru=Цзянси{x}|провинция Цзянси	country=CN	capital=Nanchang
region:cn:jilin	region	en=Jilin|Jilin Province	uk=Цзілінь{x}|провінція Цзілінь	ru=Цзилинь{x}|провинция Цзилинь	country=CN	capital=Changchun
region:cn:liaoning	region	en=Liaoning|Liaoning Province	uk=Ляонін|провінція Ляонін	ru=Ляонин|провинция Ляонин	country=CN	capital=Shenyang
region:cn:qinghai	region	en=Qinghai|Qinghai Province	uk=Цінхай|провінція Цінхай	ru=Цинхай|провинция Цинхай	country=CN	capital=Xining
region:cn:shaanxi	region	en=Shaanxi|Shaanxi Province	uk=Шеньсі{x}|провінція Шеньсі	ru=Шэньси{x}|провинция Шэньси	country=CN	capital=Xi'an
region:cn:shandong	region	en=Shandong|Shandong Province	uk=Шаньдун|провінція Шаньдун	ru=Шаньдун|провинция Шаньдун	country=CN	capital=Jinan
region:cn:shanxi	region	en=Shanxi|Shanxi Province	uk=Шаньсі{x}|провінція Шаньсі	ru=Шаньси{x}|провинция Шаньси	country=CN	capital=Taiyuan
region:cn:sichuan	region	en=Sichuan|Szechuan|Sichuan Province	uk=Сичуань{f}|провінція Сичуань	ru=Сычуань{f}|провинция Сычуань	country=CN	capital=Chengdu
region:cn:yunnan	region	en=Yunnan|Yunnan Province	uk=Юньнань{f}|провінція Юньнань	ru=Юньнань{f}|провинция Юньнань	country=CN	capital=Kunming
region:cn:zhejiang	region	en=Zhejiang|Zhejiang Province	uk=Чжецзян|Чжеджян|провінція Чжецзян	ru=Чжэцзян|Чжецзян|провинция Чжэцзян	country=CN	capital=Hangzhou
region:cn:guangxi	region	en=Guangxi|Guangxi Zhuang Autonomous Region	uk=Гуансі{x}|Гуансі-Чжуанський автономний район	ru=Гуанси{x}|Гуанси-Чжуанский автономный район	country=CN	capital=Nanning
region:cn:inner_mongolia	region	en=Inner Mongolia|Inner Mongolia Autonomous Region	uk=Внутрішня Монголія|автономний район Внутрішня Монголія	ru=Внутренняя Монголия|автономный район Внутренняя Монголия	country=CN	capital=Hohhot
region:cn:ningxia	region	en=Ningxia|Ningxia Hui Autonomous Region	uk=Нінся{x}|Нінся-Хуейський автономний район	ru=Нинся{x}|Нинся-Хуэйский автономный район	country=CN	capital=Yinchuan
region:cn:xinjiang	region	en=Xinjiang|Xinjiang Uyghur Autonomous Region|East Turkestan	uk=Сіньцзян|Синьцзян|Сіньцзян-Уйгурський автономний район|СУАР{x}	ru=Синьцзян|Синьцзян-Уйгурский автономный район|СУАР{x}	country=CN	capital=Urumqi
region:cn:tibet	region	en=Tibet|Tibet Autonomous Region|Xizang	uk=Тибет|Тибетський автономний район	ru=Тибет|Тибетский автономный район	country=CN	capital=Lhasa
region:cn:north_china	region	en=North China|Northern China	uk=Північний Китай	ru=Северный Китай	country=CN
region:cn:northeast_china	region	en=Northeast China|Northeastern China|Manchuria|Dongbei	uk=Північно-Східний Китай|Північно-Східний регіон Китаю|Маньчжурія	ru=Северо-Восточный Китай|Маньчжурия|Дунбэй	country=CN
region:cn:south_china	region	en=South China|Southern China	uk=Південний Китай	ru=Южный Китай	country=CN
region:cn:east_china	region	en=East China|Eastern China	uk=Східний Китай	ru=Восточный Китай	country=CN
region:cn:west_china	region	en=Western China|West China	uk=Західний Китай	ru=Западный Китай	country=CN
region:cn:central_china	region	en=Central China	uk=Центральний Китай	ru=Центральный Китай	country=CN
region:cn:pearl_river_delta	region	en=Pearl River Delta|Greater Bay Area	uk=дельта Перлинної річки|Велика затока	ru=дельта Жемчужной реки|Большой залив	country=CN
region:cn:yangtze_delta	region	en=Yangtze River Delta|Yangtze Delta	uk=дельта Янцзи|дельта річки Янцзи	ru=дельта Янцзы|дельта реки Янцзы	country=CN
region:us:alabama	region	en=Alabama|State of Alabama	uk=Алабама|штат Алабама	ru=Алабама|штат Алабама	country=US	capital=Montgomery
Q797	region	en=Alaska|State of Alaska	uk=Аляска|штат Аляска	ru=Аляска|штат Аляска	country=US	capital=Juneau
region:us:arizona	region	en=Arizona|State of Arizona	uk=Аризона|штат Аризона	ru=Аризона|штат Аризона	country=US	capital=Phoenix
region:us:arkansas	region	en=Arkansas|State of Arkansas	uk=Арканзас|штат Арканзас	ru=Арканзас|штат Арканзас	country=US	capital=Little Rock
Q99	region	en=California|State of California	uk=Каліфорнія|штат Каліфорнія	ru=Калифорния|штат Калифорния	country=US	capital=Sacramento
region:us:colorado	region	en=Colorado|State of Colorado	uk=Колорадо{x}|штат Колорадо	ru=Колорадо{x}|штат Колорадо	country=US	capital=Denver
region:us:connecticut	region	en=Connecticut|State of Connecticut	uk=Коннектикут|штат Коннектикут	ru=Коннектикут|штат Коннектикут	country=US	capital=Hartford
region:us:delaware	region	en=Delaware|State of Delaware	uk=Делавер|штат Делавер	ru=Делавэр|штат Делавэр	country=US	capital=Dover
Q812	region	en=Florida|State of Florida	uk=Флорида|штат Флорида	ru=Флорида|штат Флорида	country=US	capital=Tallahassee
region:us:georgia_us	region	en=Georgia{ctx}|Georgia state|State of Georgia	uk=Джорджія|штат Джорджія	ru=Джорджия|штат Джорджия	country=US	capital=Atlanta
Q782	region	en=Hawaii|State of Hawaii	uk=Гаваї{pl}|Гавайї{pl}|Гавайські острови|штат Гаваї	ru=Гавайи{pl}|Гавайские острова|штат Гавайи	country=US	capital=Honolulu
region:us:idaho	region	en=Idaho|State of Idaho	uk=Айдахо{x}|штат Айдахо	ru=Айдахо{x}|штат Айдахо	country=US	capital=Boise
region:us:illinois	region	en=Illinois|State of Illinois	uk=Іллінойс|штат Іллінойс	ru=Иллинойс|штат Иллинойс	country=US	capital=Springfield
region:us:indiana	region	en=Indiana|State of Indiana	uk=Індіана|штат Індіана	ru=Индиана|штат Индиана	country=US	capital=Indianapolis
region:us:iowa	region	en=Iowa|State of Iowa	uk=Айова|штат Айова	ru=Айова|штат Айова	country=US	capital=Des Moines
region:us:kansas	region	en=Kansas|State of Kansas	uk=Канзас|штат Канзас	ru=Канзас|штат Канзас	country=US	capital=Topeka
region:us:kentucky	region	en=Kentucky|State of Kentucky	uk=Кентуккі{x}|штат Кентуккі	ru=Кентукки{x}|штат Кентукки	country=US	capital=Frankfort
region:us:louisiana	region	en=Louisiana|State of Louisiana	uk=Луїзіана|штат Луїзіана	ru=Луизиана|штат Луизиана	country=US	capital=Baton Rouge
region:us:maine	region	en=Maine|State of Maine	uk=Мен{x}{ctx}|Мейн{x}|штат Мен	ru=Мэн{x}|штат Мэн	country=US	capital=Augusta
region:us:maryland	region	en=Maryland|State of Maryland	uk=Меріленд|Мериленд|штат Меріленд	ru=Мэриленд|штат Мэриленд	country=US	capital=Annapolis
region:us:massachusetts	region	en=Massachusetts|State of Massachusetts	uk=Массачусетс|штат Массачусетс	ru=Массачусетс|штат Массачусетс	country=US	capital=Boston
region:us:michigan	region	en=Michigan|State of Michigan	uk=Мічиган|штат Мічиган	ru=Мичиган|штат Мичиган	country=US	capital=Lansing
region:us:minnesota	region	en=Minnesota|State of Minnesota	uk=Міннесота|штат Міннесота	ru=Миннесота|штат Миннесота	country=US	capital=Saint Paul
region:us:mississippi	region	en=Mississippi|State of Mississippi	uk=Міссісіпі{x}|штат Міссісіпі	ru=Миссисипи{x}|штат Миссисипи	country=US	capital=Jackson
region:us:missouri	region	en=Missouri|State of Missouri	uk=Міссурі{x}|штат Міссурі	ru=Миссури{x}|штат Миссури	country=US	capital=Jefferson City
region:us:montana	region	en=Montana|State of Montana	uk=Монтана|штат Монтана	ru=Монтана|штат Монтана	country=US	capital=Helena
region:us:nebraska	region	en=Nebraska|State of Nebraska	uk=Небраска|штат Небраска	ru=Небраска|штат Небраска	country=US	capital=Lincoln
region:us:nevada	region	en=Nevada|State of Nevada	uk=Невада|штат Невада	ru=Невада|штат Невада	country=US	capital=Carson City
region:us:new_hampshire	region	en=New Hampshire|State of New Hampshire	uk=Нью-Гемпшир|штат Нью-Гемпшир	ru=Нью-Гэмпшир|штат Нью-Гэмпшир	country=US	capital=Concord
region:us:new_jersey	region	en=New Jersey|State of New Jersey	uk=Нью-Джерсі{x}|штат Нью-Джерсі	ru=Нью-Джерси{x}|штат Нью-Джерси	country=US	capital=Trenton
region:us:new_mexico	region	en=New Mexico|State of New Mexico	uk=Нью-Мексико{x}|штат Нью-Мексико	ru=Нью-Мексико{x}|штат Нью-Мексико	country=US	capital=Santa Fe
Q1384	region	en=New York State	uk=штат Нью-Йорк	ru=штат Нью-Йорк	country=US	capital=Albany
region:us:north_carolina	region	en=North Carolina|State of North Carolina	uk=Північна Кароліна|штат Північна Кароліна	ru=Северная Каролина|штат Северная Каролина	country=US	capital=Raleigh
region:us:north_dakota	region	en=North Dakota|State of North Dakota	uk=Північна Дакота|штат Північна Дакота	ru=Северная Дакота|штат Северная Дакота	country=US	capital=Bismarck
region:us:ohio	region	en=Ohio|State of Ohio	uk=Огайо{x}|штат Огайо	ru=Огайо{x}|штат Огайо	country=US	capital=Columbus
region:us:oklahoma	region	en=Oklahoma|State of Oklahoma	uk=Оклахома|штат Оклахома	ru=Оклахома|штат Оклахома	country=US	capital=Oklahoma City
region:us:oregon	region	en=Oregon|State of Oregon	uk=Орегон|штат Орегон	ru=Орегон|штат Орегон	country=US	capital=Salem
region:us:pennsylvania	region	en=Pennsylvania|State of Pennsylvania	uk=Пенсильванія|Пенсільванія|штат Пенсильванія|штат Пенсільванія	ru=Пенсильвания|штат Пенсильвания	country=US	capital=Harrisburg
region:us:rhode_island	region	en=Rhode Island|State of Rhode Island	uk=Род-Айленд|штат Род-Айленд	ru=Род-Айленд|штат Род-Айленд	country=US	capital=Providence
region:us:south_carolina	region	en=South Carolina|State of South Carolina	uk=Південна Кароліна|штат Південна Кароліна	ru=Южная Каролина|штат Южная Каролина	country=US	capital=Columbia
region:us:south_dakota	region	en=South Dakota|State of South Dakota	uk=Південна Дакота|штат Південна Дакота	ru=Южная Дакота|штат Южная Дакота	country=US	capital=Pierre
region:us:tennessee	region	en=Tennessee|State of Tennessee	uk=Теннессі{x}|штат Теннессі	ru=Теннесси{x}|штат Теннесси	country=US	capital=Nashville
Q1439	region	en=Texas|State of Texas	uk=Техас|штат Техас	ru=Техас|штат Техас	country=US	capital=Austin
region:us:utah	region	en=Utah|State of Utah	uk=Юта|штат Юта	ru=Юта|штат Юта	country=US	capital=Salt Lake City
region:us:vermont	region	en=Vermont|State of Vermont	uk=Вермонт|штат Вермонт	ru=Вермонт|штат Вермонт	country=US	capital=Montpelier
region:us:virginia	region	en=Virginia|State of Virginia	uk=Вірджинія|Вірґінія|штат Вірджинія	ru=Вирджиния|Виргиния|штат Вирджиния	country=US	capital=Richmond
region:us:washington_state	region	en=Washington State	uk=штат Вашингтон	ru=штат Вашингтон	country=US	capital=Olympia
region:us:west_virginia	region	en=West Virginia|State of West Virginia	uk=Західна Вірджинія|штат Західна Вірджинія	ru=Западная Виргиния|Западная Вирджиния|штат Западная Виргиния	country=US	capital=Charleston
region:us:wisconsin	region	en=Wisconsin|State of Wisconsin	uk=Вісконсин|штат Вісконсин	ru=Висконсин|штат Висконсин	country=US	capital=Madison
region:us:wyoming	region	en=Wyoming|State of Wyoming	uk=Вайомінг|штат Вайомінг	ru=Вайоминг|штат Вайоминг	country=US	capital=Cheyenne
region:us:midwest	region	en=Midwest|American Midwest	uk=Середній Захід	ru=Средний Запад	country=US
region:us:new_england	region	en=New England	uk=Нова Англія	ru=Новая Англия	country=US
region:us:silicon_valley	region	en=Silicon Valley	uk=Кремнієва долина|Силіконова долина	ru=Кремниевая долина|Силиконовая долина	country=US
region:ca:ontario	region	en=Ontario	uk=Онтаріо{x}	ru=Онтарио{x}	country=CA	capital=Toronto
region:ca:quebec	region	en=Quebec{ctx}|Québec	uk=Квебек{ctx}	ru=Квебек{ctx}	country=CA	capital=Québec
region:ca:british_columbia	region	en=British Columbia	uk=Британська Колумбія	ru=Британская Колумбия	country=CA	capital=Victoria
region:ca:alberta	region	en=Alberta	uk=Альберта{ctx}	ru=Альберта{ctx}	country=CA	capital=Edmonton
region:ca:manitoba	region	en=Manitoba	uk=Манітоба	ru=Манитоба	country=CA	capital=Winnipeg
region:ca:saskatchewan	region	en=Saskatchewan	uk=Саскачеван	ru=Саскачеван	country=CA	capital=Regina
region:ca:nova_scotia	region	en=Nova Scotia	uk=Нова Шотландія	ru=Новая Шотландия	country=CA	capital=Halifax
region:de:baden_wurttemberg	region	en=Baden-Württemberg|Baden-Wurttemberg|Baden-Wuerttemberg|state of Baden-Württemberg	uk=Баден-Вюртемберг|земля Баден-Вюртемберг|федеральна земля Баден-Вюртемберг	ru=Баден-Вюртемберг|земля Баден-Вюртемберг|федеральная земля Баден-Вюртемберг	country=DE	capital=Stuttgart
Q980	region	en=Bavaria|Bayern|Free State of Bavaria|state of Bavaria	uk=Баварія|земля Баварія|федеральна земля Баварія	ru=Бавария|земля Бавария|федеральная земля Бавария	country=DE	capital=Munich
region:de:brandenburg	region	en=Brandenburg{ctx}|state of Brandenburg	uk=Бранденбург{ctx}|земля Бранденбург|федеральна земля Бранденбург	ru=Бранденбург{ctx}|земля Бранденбург|федеральная земля Бранденбург	country=DE	capital=Potsdam
region:de:hesse	region	en=Hesse|Hessen|state of Hesse	uk=Гессен|земля Гессен|федеральна земля Гессен	ru=Гессен|земля Гессен|федеральная земля Гессен	country=DE	capital=Wiesbaden
region:de:lower_saxony	region	en=Lower Saxony|Niedersachsen|state of Lower Saxony	uk=Нижня Саксонія|земля Нижня Саксонія|федеральна земля Нижня Саксонія	ru=Нижняя Саксония|земля Нижняя Саксония|федеральная земля Нижняя Саксония	country=DE	capital=Hanover
region:de:mecklenburg_vorpommern	region	en=Mecklenburg-Vorpommern|Mecklenburg-Western Pomerania|state of Mecklenburg-Vorpommern	uk=Мекленбург-Передня Померанія|Мекленбург — Передня Померанія|земля Мекленбург-Передня Померанія|федеральна земля Мекленбург-Передня Померанія	ru=Мекленбург — Передняя Померания|Мекленбург-Передняя Померания|земля Мекленбург — Передняя Померания|федеральная земля Мекленбург — Передняя Померания	country=DE	capital=Schwerin
region:de:north_rhine_westphalia	region	en=North Rhine-Westphalia|Nordrhein-Westfalen|NRW|state of North Rhine-Westphalia	uk=Північний Рейн — Вестфалія|Північний Рейн-Вестфалія|земля Північний Рейн — Вестфалія|федеральна земля Північний Рейн — Вестфалія	ru=Северный Рейн — Вестфалия|Северный Рейн-Вестфалия|земля Северный Рейн — Вестфалия|федеральная земля Северный Рейн — Вестфалия	country=DE	capital=Düsseldorf
region:de:rhineland_palatinate	region	en=Rhineland-Palatinate|Rheinland-Pfalz|state of Rhineland-Palatinate	uk=Рейнланд-Пфальц|земля Рейнланд-Пфальц|федеральна земля Рейнланд-Пфальц	ru=Рейнланд-Пфальц|земля Рейнланд-Пфальц|федеральная земля Рейнланд-Пфальц	country=DE	capital=Mainz
region:de:saarland	region	en=Saarland|state of Saarland	uk=Саар|Саарланд|земля Саар|федеральна земля Саар	ru=Саар|Саарланд|земля Саар|федеральная земля Саар	country=DE	capital=Saarbrücken
region:de:saxony	region	en=Saxony|Sachsen|state of Saxony	uk=Саксонія|земля Саксонія|федеральна земля Саксонія	ru=Саксония|земля Саксония|федеральная земля Саксония	country=DE	capital=Dresden
region:de:saxony_anhalt	region	en=Saxony-Anhalt|Sachsen-Anhalt|state of Saxony-Anhalt	uk=Саксонія-Ангальт|земля Саксонія-Ангальт|федеральна земля Саксонія-Ангальт	ru=Саксония-Анхальт|земля Саксония-Анхальт|федеральная земля Саксония-Анхальт	country=DE	capital=Magdeburg
region:de:schleswig_holstein	region	en=Schleswig-Holstein|state of Schleswig-Holstein	uk=Шлезвіг-Гольштейн|земля Шлезвіг-Гольштейн|федеральна земля Шлезвіг-Гольштейн	ru=Шлезвиг-Гольштейн|земля Шлезвиг-Гольштейн|федеральная земля Шлезвиг-Гольштейн	country=DE	capital=Kiel
region:de:thuringia	region	en=Thuringia|Thüringen|state of Thuringia	uk=Тюрингія|земля Тюрингія|федеральна земля Тюрингія	ru=Тюрингия|земля Тюрингия|федеральная земля Тюрингия	country=DE	capital=Erfurt
region:pl:masovian	region	en=Masovian Voivodeship|Masovian Province|Mazowieckie|Mazovia	uk=Мазовецьке воєводство|Мазовія	ru=Мазовецкое воеводство|Мазовия	country=PL	capital=Warsaw
region:pl:lesser_poland	region	en=Lesser Poland Voivodeship|Lesser Poland Province|Małopolska|Malopolska	uk=Малопольське воєводство|Малопольща	ru=Малопольское воеводство|Малопольша	country=PL	capital=Kraków
region:pl:silesian	region	en=Silesian Voivodeship|Silesian Province|Śląskie	uk=Сілезьке воєводство	ru=Силезское воеводство	country=PL	capital=Katowice
region:pl:greater_poland	region	en=Greater Poland Voivodeship|Greater Poland Province|Wielkopolska	uk=Великопольське воєводство|Великопольща	ru=Великопольское воеводство|Великопольша	country=PL	capital=Poznań
region:pl:lower_silesian	region	en=Lower Silesian Voivodeship|Lower Silesian Province|Lower Silesia|Dolnośląskie	uk=Нижньосілезьке воєводство|Нижня Сілезія	ru=Нижнесилезское воеводство|Нижняя Силезия	country=PL	capital=Wrocław
region:pl:lodz	region	en=Łódź Voivodeship|Łódź Province|Lodz	uk=Лодзинське воєводство	ru=Лодзинское воеводство	country=PL	capital=Łódź
region:pl:pomeranian	region	en=Pomeranian Voivodeship|Pomeranian Province|Pomorskie	uk=Поморське воєводство	ru=Поморское воеводство	country=PL	capital=Gdańsk
region:pl:west_pomeranian	region	en=West Pomeranian Voivodeship|West Pomeranian Province|Zachodniopomorskie	uk=Західнопоморське воєводство	ru=Западно-Поморское воеводство	country=PL	capital=Szczecin
region:pl:kuyavian_pomeranian	region	en=Kuyavian-Pomeranian Voivodeship|Kuyavian-Pomeranian Province|Kujawsko-Pomorskie	uk=Куявсько-Поморське воєводство	ru=Куявско-Поморское воеводство	country=PL	capital=Bydgoszcz
region:pl:lublin	region	en=Lublin Voivodeship|Lublin Province|Lubelskie	uk=Люблінське воєводство|Люблінщина	ru=Люблинское воеводство	country=PL	capital=Lublin
region:pl:subcarpathian	region	en=Subcarpathian Voivodeship|Subcarpathian Province|Podkarpackie	uk=Підкарпатське воєводство|Підкарпаття{n}	ru=Подкарпатское воеводство|Подкарпатье{n}	country=PL	capital=Rzeszów
region:pl:podlaskie	region	en=Podlaskie Voivodeship|Podlaskie Province|Podlasie	uk=Підляське воєводство|Підляшшя{n}	ru=Подляское воеводство|Подляшье{n}	country=PL	capital=Białystok
region:pl:swietokrzyskie	region	en=Świętokrzyskie Voivodeship|Świętokrzyskie Province|Swietokrzyskie|Holy Cross	uk=Свентокшиське воєводство	ru=Свентокшиское воеводство	country=PL	capital=Kielce
region:pl:warmian_masurian	region	en=Warmian-Masurian Voivodeship|Warmian-Masurian Province|Warmińsko-Mazurskie	uk=Вармінсько-Мазурське воєводство	ru=Варминско-Мазурское воеводство	country=PL	capital=Olsztyn
region:pl:opole	region	en=Opole Voivodeship|Opole Province|Opolskie	uk=Опольське воєводство	ru=Опольское воеводство	country=PL	capital=Opole
region:pl:lubusz	region	en=Lubusz Voivodeship|Lubusz Province|Lubuskie	uk=Любуське воєводство	ru=Любушское воеводство	country=PL	capital=Gorzów Wielkopolski
region:pl:silesia	region	en=Silesia	uk=Сілезія	ru=Силезия	country=PL
region:gb:england	region	en=England	uk=Англія	ru=Англия	country=GB	capital=London
region:gb:scotland	region	en=Scotland	uk=Шотландія	ru=Шотландия	country=GB	capital=Edinburgh
region:gb:wales	region	en=Wales	uk=Уельс	ru=Уэльс	country=GB	capital=Cardiff
region:gb:northern_ireland	region	en=Northern Ireland|Ulster	uk=Північна Ірландія	ru=Северная Ирландия	country=GB	capital=Belfast
region:es:catalonia	region	en=Catalonia|Catalunya	uk=Каталонія	ru=Каталония	country=ES	capital=Barcelona
region:es:basque_country	region	en=Basque Country	uk=Країна Басків|Баскія	ru=Страна Басков	country=ES	capital=Vitoria-Gasteiz
region:es:andalusia	region	en=Andalusia	uk=Андалусія	ru=Андалусия|Андалузия	country=ES	capital=Seville
region:es:galicia_es	region	en=Galicia{ctx}	uk=Галісія	ru=Галисия	country=ES	capital=Santiago de Compostela
region:fr:ile_de_france	region	en=Île-de-France|Ile-de-France	uk=Іль-де-Франс{x}	ru=Иль-де-Франс{x}	country=FR	capital=Paris
region:fr:provence	region	en=Provence|Provence-Alpes-Côte d'Azur	uk=Прованс	ru=Прованс	country=FR	capital=Marseille
region:fr:normandy	region	en=Normandy	uk=Нормандія	ru=Нормандия	country=FR	capital=Rouen
region:fr:brittany	region	en=Brittany	uk=Бретань{f}	ru=Бретань{f}	country=FR	capital=Rennes
region:fr:alsace	region	en=Alsace	uk=Ельзас	ru=Эльзас	country=FR	capital=Strasbourg
region:fr:corsica	region	en=Corsica	uk=Корсика	ru=Корсика	country=FR	capital=Ajaccio
region:fr:cote_d_azur	region	en=Côte d'Azur|French Riviera	uk=Лазурний берег	ru=Лазурный берег	country=FR
region:it:lombardy	region	en=Lombardy|Lombardia	uk=Ломбардія	ru=Ломбардия	country=IT	capital=Milan
region:it:sicily	region	en=Sicily	uk=Сицилія	ru=Сицилия	country=IT	capital=Palermo
region:it:tuscany	region	en=Tuscany	uk=Тоскана	ru=Тоскана	country=IT	capital=Florence
region:it:sardinia	region	en=Sardinia	uk=Сардинія	ru=Сардиния	country=IT	capital=Cagliari
region:it:veneto	region	en=Veneto	uk=Венето{x}	ru=Венето{x}	country=IT	capital=Venice
region:it:piedmont	region	en=Piedmont	uk=П'ємонт	ru=Пьемонт	country=IT	capital=Turin
region:it:lazio	region	en=Lazio	uk=Лаціо{x}{ctx}	ru=Лацио{x}{ctx}	country=IT	capital=Rome
region:it:campania	region	en=Campania	uk=Кампанія{ctx}	ru=Кампания{ctx}	country=IT	capital=Naples
region:be:flanders	region	en=Flanders	uk=Фландрія	ru=Фландрия	country=BE	capital=Brussels
region:be:wallonia	region	en=Wallonia	uk=Валлонія	ru=Валлония	country=BE	capital=Namur
region:at:tyrol	region	en=Tyrol|Tirol	uk=Тіроль|Тироль	ru=Тироль	country=AT	capital=Innsbruck
region:cz:bohemia	region	en=Bohemia	uk=Богемія	ru=Богемия	country=CZ
region:cz:moravia	region	en=Moravia	uk=Моравія	ru=Моравия	country=CZ
region:ro:transylvania	region	en=Transylvania	uk=Трансільванія	ru=Трансильвания	country=RO
region:hr:dalmatia	region	en=Dalmatia	uk=Далмація	ru=Далмация	country=HR
region:rs:vojvodina	region	en=Vojvodina	uk=Воєводина	ru=Воеводина	country=RS	capital=Novi Sad
region:in:kashmir	region	en=Kashmir	uk=Кашмір	ru=Кашмир	country=IN
region:pk:punjab	region	en=Punjab|Punjab Province	uk=Пенджаб|Панджаб	ru=Пенджаб|Панджаб	country=PK	capital=Lahore
region:iq:iraqi_kurdistan	region	en=Iraqi Kurdistan|Kurdistan Region	uk=Іракський Курдистан	ru=Иракский Курдистан	country=IQ	capital=Erbil
region:ps:gaza_strip	region	en=Gaza Strip|Gaza	uk=Сектор Гази|сектор Газа|Газа	ru=Сектор Газа|Газа{ctx}	country=PS	capital=Gaza
region:ps:west_bank	region	en=West Bank	uk=Західний берег річки Йордан|Західний берег	ru=Западный берег реки Иордан|Западный берег	country=PS
region:jp:hokkaido	region	en=Hokkaido	uk=Хоккайдо{x}	ru=Хоккайдо{x}	country=JP	capital=Sapporo
region:jp:okinawa	region	en=Okinawa	uk=Окінава	ru=Окинава	country=JP	capital=Naha
region:kr:gyeonggi	region	en=Gyeonggi|Gyeonggi Province	uk=Кьонгі{x}|провінція Кьонгі	ru=Кёнгидо{x}|провинция Кёнгидо	country=KR	capital=Suwon-si
Q46	region	en=Europe	uk=Європа	ru=Европа
region:western_europe	region	en=Western Europe	uk=Західна Європа	ru=Западная Европа
region:eastern_europe	region	en=Eastern Europe	uk=Східна Європа	ru=Восточная Европа
region:central_europe	region	en=Central Europe|Central and Eastern Europe	uk=Центральна Європа|Центрально-Східна Європа	ru=Центральная Европа|Центрально-Восточная Европа
region:southern_europe	region	en=Southern Europe	uk=Південна Європа	ru=Южная Европа
region:northern_europe	region	en=Northern Europe	uk=Північна Європа	ru=Северная Европа
region:southeast_europe	region	en=Southeast Europe|South-Eastern Europe	uk=Південно-Східна Європа	ru=Юго-Восточная Европа
Q48	region	en=Asia	uk=Азія	ru=Азия
region:central_asia	region	en=Central Asia	uk=Центральна Азія|Середня Азія	ru=Центральная Азия|Средняя Азия
region:east_asia	region	en=East Asia	uk=Східна Азія	ru=Восточная Азия
region:southeast_asia	region	en=Southeast Asia|South-East Asia	uk=Південно-Східна Азія	ru=Юго-Восточная Азия
region:south_asia	region	en=South Asia	uk=Південна Азія	ru=Южная Азия
region:asia_pacific	region	en=Asia-Pacific|Asia Pacific|APAC	uk=Азійсько-Тихоокеанський регіон|АТР{x}	ru=Азиатско-Тихоокеанский регион|АТР{x}
region:indo_pacific	region	en=Indo-Pacific	uk=Індо-Тихоокеанський регіон	ru=Индо-Тихоокеанский регион
region:middle_east	region	en=Middle East|Near East	uk=Близький Схід	ru=Ближний Восток
region:persian_gulf	region	en=Persian Gulf|Gulf states|the Gulf	uk=Перська затока|країни Перської затоки	ru=Персидский залив|страны Персидского залива
region:levant	region	en=Levant	uk=Левант	ru=Левант
region:maghreb	region	en=Maghreb	uk=Магриб	ru=Магриб
Q15	region	en=Africa	uk=Африка	ru=Африка
region:north_africa	region	en=North Africa|Northern Africa	uk=Північна Африка	ru=Северная Африка
region:sub_saharan_africa	region	en=Sub-Saharan Africa	uk=Африка на південь від Сахари|Тропічна Африка	ru=Африка южнее Сахары|Тропическая Африка
region:sahel	region	en=Sahel	uk=Сахель	ru=Сахель
region:horn_of_africa	region	en=Horn of Africa	uk=Африканський Ріг	ru=Африканский Рог
region:west_africa	region	en=West Africa	uk=Західна Африка	ru=Западная Африка
region:east_africa	region	en=East Africa	uk=Східна Африка	ru=Восточная Африка
region:southern_africa	region	en=Southern Africa	uk=Південна Африка{ctx}	ru=Южная Африка{ctx}
region:americas	region	en=Americas|the Americas	uk=Америка{ctx}|обидві Америки|Американський континент	ru=Америка{ctx}|обе Америки|Американский континент
Q49	region	en=North America	uk=Північна Америка	ru=Северная Америка
Q18	region	en=South America	uk=Південна Америка	ru=Южная Америка
region:latin_america	region	en=Latin America	uk=Латинська Америка	ru=Латинская Америка
region:central_america	region	en=Central America	uk=Центральна Америка	ru=Центральная Америка
region:caribbean	region	en=Caribbean|the Caribbean	uk=Карибський басейн|Кариби{pl}|Карибський регіон	ru=Карибский бассейн|Карибы{pl}|Карибский регион
region:oceania	region	en=Oceania	uk=Океанія	ru=Океания
Q51	region	en=Antarctica|Antarctic	uk=Антарктида|Антарктика	ru=Антарктида|Антарктика
region:arctic	region	en=Arctic|the Arctic	uk=Арктика	ru=Арктика
region:eurasia	region	en=Eurasia	uk=Євразія	ru=Евразия
region:caucasus	region	en=Caucasus|the Caucasus	uk=Кавказ	ru=Кавказ
region:south_caucasus	region	en=South Caucasus|Transcaucasia	uk=Південний Кавказ|Закавказзя{n}	ru=Южный Кавказ|Закавказье{n}
region:balkans	region	en=Balkans|the Balkans|Balkan Peninsula	uk=Балкани{pl}|Балканський півострів	ru=Балканы{pl}|Балканский полуостров
region:western_balkans	region	en=Western Balkans	uk=Західні Балкани{pl}	ru=Западные Балканы{pl}
region:baltics	region	en=Baltics|Baltic states|the Baltics	uk=Прибалтика|Балтія|країни Балтії	ru=Прибалтика|страны Балтии
region:baltic_region	region	en=Baltic region|Baltic Sea region	uk=Балтійський регіон	ru=Балтийский регион
region:scandinavia	region	en=Scandinavia	uk=Скандинавія	ru=Скандинавия
region:nordic_countries	region	en=Nordic countries|Nordics	uk=Північні країни|Нордичні країни	ru=Северные страны|Скандинавские страны
region:mediterranean	region	en=Mediterranean|the Mediterranean	uk=Середземномор'я{n}|Середземноморський регіон	ru=Средиземноморье{n}|Средиземноморский регион
region:black_sea_region	region	en=Black Sea region	uk=Чорноморський регіон	ru=Черноморский регион
region:benelux	region	en=Benelux	uk=Бенілюкс	ru=Бенилюкс
region:lapland	region	en=Lapland	uk=Лапландія	ru=Лапландия
region:kurdistan	region	en=Kurdistan	uk=Курдистан	ru=Курдистан
region:karelia_hist	region	en=Karelian Isthmus	uk=Карельський перешийок	ru=Карельский перешеек
region:global_south	region	en=Global South	uk=Глобальний Південь	ru=Глобальный Юг
region:post_soviet_space	region	en=post-Soviet space|former Soviet Union	uk=пострадянський простір	ru=постсоветское пространство

# Kazakhstan: oblasts (the cities of republican significance Astana, Almaty and Shymkent are in cities.lex). The regions of 2022 are named 'область Абай'.
region:kz:abai_region	region	en=Abai Region|Abay Region	uk=область Абай|Абайська область	ru=область Абай|Абайская область	country=KZ	capital=Semey
region:kz:akmola_region	region	en=Akmola Region|Aqmola Region	uk=Акмолинська область	ru=Акмолинская область	country=KZ	capital=Kokshetau
region:kz:aktobe_region	region	en=Aktobe Region|Aqtobe Region	uk=Актюбинська область	ru=Актюбинская область	country=KZ	capital=Aktobe
region:kz:almaty_region	region	en=Almaty Region	uk=Алматинська область	ru=Алматинская область	country=KZ
region:kz:atyrau_region	region	en=Atyrau Region	uk=Атирауська область	ru=Атырауская область	country=KZ	capital=Atyrau
region:kz:east_kazakhstan_region	region	en=East Kazakhstan Region|East Kazakhstan	uk=Східноказахстанська область|Східно-Казахстанська область	ru=Восточно-Казахстанская область	country=KZ	capital=Ust-Kamenogorsk
region:kz:jambyl_region	region	en=Jambyl Region|Zhambyl Region	uk=Жамбилська область|Жамбильська область	ru=Жамбылская область	country=KZ	capital=Taraz
region:kz:jetisu_region	region	en=Jetisu Region|Zhetysu Region	uk=область Жетісу|область Жетису	ru=область Жетысу	country=KZ	capital=Taldykorgan
region:kz:karaganda_region	region	en=Karaganda Region|Karagandy Region|Qaraghandy Region	uk=Карагандинська область	ru=Карагандинская область	country=KZ	capital=Karaganda
region:kz:kostanay_region	region	en=Kostanay Region|Qostanay Region	uk=Костанайська область	ru=Костанайская область	country=KZ	capital=Kostanay
region:kz:kyzylorda_region	region	en=Kyzylorda Region|Qyzylorda Region	uk=Кизилординська область	ru=Кызылординская область	country=KZ	capital=Kyzylorda
region:kz:mangystau_region	region	en=Mangystau Region|Mangistau Region	uk=Мангістауська область	ru=Мангистауская область	country=KZ	capital=Aktau
region:kz:north_kazakhstan_region	region	en=North Kazakhstan Region|North Kazakhstan	uk=Північноказахстанська область|Північно-Казахстанська область	ru=Северо-Казахстанская область	country=KZ	capital=Petropavl
region:kz:pavlodar_region	region	en=Pavlodar Region	uk=Павлодарська область	ru=Павлодарская область	country=KZ	capital=Pavlodar
region:kz:turkistan_region	region	en=Turkistan Region|Turkestan Region|South Kazakhstan Region	uk=Туркестанська область|Південноказахстанська область|Південно-Казахстанська область	ru=Туркестанская область|Южно-Казахстанская область	country=KZ	capital=Turkistan
region:kz:ulytau_region	region	en=Ulytau Region	uk=область Улитау|область Улутау	ru=область Улытау	country=KZ	capital=Zhezkazgan
region:kz:west_kazakhstan_region	region	en=West Kazakhstan Region|West Kazakhstan	uk=Західноказахстанська область|Західно-Казахстанська область	ru=Западно-Казахстанская область	country=KZ	capital=Oral

# Uzbekistan: viloyats (regions) and Karakalpakstan; Tashkent city is in cities.lex
region:uz:andijan_region	region	en=Andijan Region|Andijan Province	uk=Андижанська область	ru=Андижанская область	country=UZ	capital=Andijan
region:uz:bukhara_region	region	en=Bukhara Region|Bukhara Province	uk=Бухарська область	ru=Бухарская область	country=UZ	capital=Bukhara
region:uz:fergana_region	region	en=Fergana Region|Fergana Province|Farg'ona Region	uk=Ферганська область	ru=Ферганская область	country=UZ	capital=Fergana
region:uz:jizzakh_region	region	en=Jizzakh Region|Jizzakh Province	uk=Джизацька область|Джизакська область	ru=Джизакская область	country=UZ	capital=Jizzakh
region:uz:kashkadarya_region	region	en=Kashkadarya Region|Qashqadaryo Region	uk=Кашкадар'їнська область	ru=Кашкадарьинская область	country=UZ	capital=Qarshi
region:uz:khorezm_region	region	en=Khorezm Region|Xorazm Region	uk=Хорезмська область	ru=Хорезмская область	country=UZ	capital=Urgench
region:uz:namangan_region	region	en=Namangan Region	uk=Наманганська область	ru=Наманганская область	country=UZ	capital=Namangan
region:uz:navoiy_region	region	en=Navoiy Region|Navoi Region	uk=Навоїйська область|Навоїнська область	ru=Навоийская область	country=UZ	capital=Navoiy
region:uz:samarkand_region	region	en=Samarkand Region|Samarqand Region	uk=Самаркандська область	ru=Самаркандская область	country=UZ	capital=Samarkand
region:uz:surkhandarya_region	region	en=Surkhandarya Region|Surxondaryo Region	uk=Сурхандар'їнська область	ru=Сурхандарьинская область	country=UZ	capital=Termez
region:uz:syrdarya_region	region	en=Syrdarya Region|Sirdaryo Region	uk=Сирдар'їнська область	ru=Сырдарьинская область	country=UZ	capital=Guliston
region:uz:tashkent_region	region	en=Tashkent Region	uk=Ташкентська область	ru=Ташкентская область	country=UZ
region:uz:karakalpakstan	region	en=Karakalpakstan|Republic of Karakalpakstan	uk=Каракалпакстан|Республіка Каракалпакстан|Каракалпакія	ru=Каракалпакстан|Республика Каракалпакстан|Каракалпакия	country=UZ	capital=Nukus

# Kyrgyzstan: oblasts (Bishkek and Osh cities are in cities.lex)
region:kg:batken_region	region	en=Batken Region	uk=Баткенська область	ru=Баткенская область	country=KG
region:kg:chuy_region	region	en=Chuy Region|Chüy Region	uk=Чуйська область	ru=Чуйская область	country=KG	capital=Bishkek
region:kg:jalal_abad_region	region	en=Jalal-Abad Region	uk=Джалал-Абадська область	ru=Джалал-Абадская область	country=KG	capital=Jalal-Abad
region:kg:naryn_region	region	en=Naryn Region	uk=Наринська область	ru=Нарынская область	country=KG	capital=Naryn
region:kg:osh_region	region	en=Osh Region	uk=Ошська область	ru=Ошская область	country=KG	capital=Osh
region:kg:talas_region	region	en=Talas Region	uk=Таласька область	ru=Таласская область	country=KG	capital=geonames:1527299
region:kg:issyk_kul_region	region	en=Issyk-Kul Region|Issyk Kul Region	uk=Іссик-Кульська область	ru=Иссык-Кульская область	country=KG	capital=Karakol

# Tajikistan: regions
region:tj:sughd_region	region	en=Sughd Region|Sughd Province|Sogd Region	uk=Согдійська область	ru=Согдийская область	country=TJ	capital=Khujand
region:tj:khatlon_region	region	en=Khatlon Region|Khatlon Province	uk=Хатлонська область	ru=Хатлонская область	country=TJ
region:tj:gorno_badakhshan	region	en=Gorno-Badakhshan Autonomous Region|Gorno-Badakhshan|GBAO	uk=Гірсько-Бадахшанська автономна область|Горно-Бадахшанська автономна область|ГБАО{x}	ru=Горно-Бадахшанская автономная область|ГБАО{x}|Горный Бадахшан	country=TJ	capital=Khorugh
region:tj:republican_subordination	region	en=Districts of Republican Subordination	uk=Райони республіканського підпорядкування{pl}	ru=Районы республиканского подчинения{pl}	country=TJ	capital=Dushanbe

# Turkmenistan: welayats
region:tm:ahal_region	region	en=Ahal Province|Ahal Welayat|Ahal Region	uk=Ахалський велаят|Ахальський велаят	ru=Ахалский велаят	country=TM
region:tm:balkan_region	region	en=Balkan Province|Balkan Welayat	uk=Балканський велаят	ru=Балканский велаят	country=TM	capital=Balkanabat
region:tm:dashoguz_region	region	en=Dashoguz Province|Daşoguz Province|Dashoguz Welayat|Dashoguz Region	uk=Дашогузький велаят	ru=Дашогузский велаят	country=TM	capital=Dashoguz
region:tm:lebap_region	region	en=Lebap Province|Lebap Welayat|Lebap Region	uk=Лебапський велаят	ru=Лебапский велаят	country=TM	capital=Turkmenabat
region:tm:mary_region	region	en=Mary Province|Mary Welayat	uk=Марийський велаят	ru=Марыйский велаят	country=TM	capital=Mary

# Armenia: marzer (provinces); Yerevan is in cities.lex
region:am:aragatsotn	region	en=Aragatsotn Province|Aragatsotn	uk=Арагацотнська область|марз Арагацотн|Арагацотн	ru=Арагацотнская область|марз Арагацотн|Арагацотн	country=AM	capital=Ashtarak
region:am:ararat_province	region	en=Ararat Province	uk=Араратська область|марз Арарат	ru=Араратская область|марз Арарат	country=AM	capital=Artashat
region:am:armavir_province	region	en=Armavir Province	uk=Армавірська область|марз Армавір	ru=Армавирская область|марз Армавир	country=AM
region:am:gegharkunik	region	en=Gegharkunik Province|Gegharkunik	uk=Гегаркунікська область|марз Гегаркунік|Гегаркунік	ru=Гегаркуникская область|марз Гегаркуник|Гегаркуник	country=AM	capital=Gavarr
region:am:kotayk	region	en=Kotayk Province|Kotayk	uk=Котайкська область|марз Котайк|Котайк	ru=Котайкская область|марз Котайк|Котайк	country=AM	capital=Hrazdan
region:am:lori	region	en=Lori Province	uk=Лорійська область|марз Лорі	ru=Лорийская область|марз Лори	country=AM	capital=Vanadzor
region:am:shirak	region	en=Shirak Province|Shirak	uk=Ширакська область|марз Ширак|Ширак	ru=Ширакская область|марз Ширак|Ширак	country=AM	capital=Gyumri
region:am:syunik	region	en=Syunik Province|Syunik	uk=Сюнікська область|марз Сюнік|Сюнік	ru=Сюникская область|марз Сюник|Сюник	country=AM	capital=Kapan
region:am:tavush	region	en=Tavush Province|Tavush	uk=Тавушська область|марз Тавуш|Тавуш	ru=Тавушская область|марз Тавуш|Тавуш	country=AM
region:am:vayots_dzor	region	en=Vayots Dzor Province|Vayots Dzor	uk=Вайоцдзорська область|марз Вайоц-Дзор|Вайоц-Дзор{x}	ru=Вайоцдзорская область|марз Вайоц-Дзор|Вайоц-Дзор{x}	country=AM

# Georgia: mkhare (regions); Abkhazia, South Ossetia and Adjara are above
region:ge:guria	region	en=Guria	uk=Гурія	ru=Гурия	country=GE
region:ge:imereti	region	en=Imereti|Imeretia	uk=Імереті{x}|Імеретія	ru=Имерети{x}|Имеретия	country=GE	capital=Kutaisi
region:ge:kakheti	region	en=Kakheti	uk=Кахеті{x}|Кахетія	ru=Кахети{x}|Кахетия	country=GE	capital=Telavi
region:ge:kvemo_kartli	region	en=Kvemo Kartli	uk=Квемо-Картлі{x}|Квемо Картлі{x}	ru=Квемо-Картли{x}|Квемо Картли{x}	country=GE	capital=Rustavi
region:ge:mtskheta_mtianeti	region	en=Mtskheta-Mtianeti	uk=Мцхета-Мтіанеті{x}	ru=Мцхета-Мтианети{x}	country=GE
region:ge:racha_lechkhumi	region	en=Racha-Lechkhumi and Kvemo Svaneti|Racha-Lechkhumi	uk=Рача-Лечхумі та Квемо Сванеті{x}|Рача-Лечхумі{x}	ru=Рача-Лечхуми и Квемо Сванети{x}|Рача-Лечхуми{x}	country=GE
region:ge:samegrelo	region	en=Samegrelo-Zemo Svaneti|Samegrelo|Mingrelia	uk=Самегрело-Земо Сванеті{x}|Самегрело-Земо-Сванеті{x}|Самегрело{x}|Мегрелія	ru=Самегрело-Земо Сванети{x}|Самегрело-Земо-Сванети{x}|Самегрело{x}|Мегрелия	country=GE	capital=Zugdidi
region:ge:samtskhe_javakheti	region	en=Samtskhe-Javakheti|Javakheti	uk=Самцхе-Джавахеті{x}|Самцхе-Джавахетія|Джавахеті{x}|Джавахетія	ru=Самцхе-Джавахети{x}|Самцхе-Джавахетия|Джавахети{x}|Джавахетия	country=GE	capital=Akhaltsikhe
region:ge:shida_kartli	region	en=Shida Kartli	uk=Шида-Картлі{x}|Шида Картлі{x}	ru=Шида-Картли{x}|Шида Картли{x}	country=GE	capital=Gori
region:ge:svaneti	region	en=Svaneti|Svanetia	uk=Сванеті{x}|Сванетія	ru=Сванети{x}|Сванетия	country=GE

# Lithuania: counties (apskritys)
region:lt:alytus_county	region	en=Alytus County	uk=Алітуський повіт	ru=Алитусский уезд	country=LT	capital=Alytus
region:lt:kaunas_county	region	en=Kaunas County	uk=Каунаський повіт	ru=Каунасский уезд	country=LT	capital=Kaunas
region:lt:klaipeda_county	region	en=Klaipėda County|Klaipeda County	uk=Клайпедський повіт	ru=Клайпедский уезд	country=LT	capital=Klaipėda
region:lt:marijampole_county	region	en=Marijampolė County|Marijampole County	uk=Маріямпольський повіт	ru=Мариямпольский уезд	country=LT	capital=Marijampolė
region:lt:panevezys_county	region	en=Panevėžys County|Panevezys County	uk=Паневежиський повіт|Паневезький повіт	ru=Паневежский уезд	country=LT	capital=Panevėžys
region:lt:siauliai_county	region	en=Šiauliai County|Siauliai County	uk=Шяуляйський повіт	ru=Шяуляйский уезд	country=LT	capital=Šiauliai
region:lt:taurage_county	region	en=Tauragė County|Taurage County	uk=Таурагський повіт	ru=Таурагский уезд	country=LT	capital=Tauragė
region:lt:telsiai_county	region	en=Telšiai County|Telsiai County	uk=Тельшяйський повіт	ru=Тельшяйский уезд	country=LT	capital=Telšiai
region:lt:utena_county	region	en=Utena County	uk=Утенський повіт	ru=Утенский уезд	country=LT	capital=Utena
region:lt:vilnius_county	region	en=Vilnius County	uk=Вільнюський повіт	ru=Вильнюсский уезд	country=LT	capital=Vilnius

# Estonia: counties (maakonnad); the names in -маа do not decline
region:ee:harju_county	region	en=Harju County|Harjumaa	uk=Гар'юмаа{x}|Харьюмаа{x}	ru=Харьюмаа{x}	country=EE	capital=Tallinn
region:ee:hiiu_county	region	en=Hiiu County|Hiiumaa	uk=Гіюмаа{x}|Хійумаа{x}	ru=Хийумаа{x}	country=EE
region:ee:ida_viru_county	region	en=Ida-Viru County|Ida-Virumaa	uk=Іда-Вірумаа{x}	ru=Ида-Вирумаа{x}	country=EE
region:ee:jogeva_county	region	en=Jõgeva County|Jogeva County|Jõgevamaa	uk=Йигевамаа{x}	ru=Йыгевамаа{x}	country=EE
region:ee:jarva_county	region	en=Järva County|Jarva County|Järvamaa	uk=Ярвамаа{x}	ru=Ярвамаа{x}	country=EE
region:ee:laane_county	region	en=Lääne County|Laane County|Läänemaa	uk=Ляенемаа{x}	ru=Ляэнемаа{x}	country=EE
region:ee:laane_viru_county	region	en=Lääne-Viru County|Laane-Viru County|Lääne-Virumaa	uk=Ляене-Вірумаа{x}	ru=Ляэне-Вирумаа{x}	country=EE	capital=Rakvere
region:ee:polva_county	region	en=Põlva County|Polva County|Põlvamaa	uk=Пилвамаа{x}	ru=Пылвамаа{x}|Пыльвамаа{x}	country=EE
region:ee:parnu_county	region	en=Pärnu County|Parnu County|Pärnumaa	uk=Пярнумаа{x}	ru=Пярнумаа{x}	country=EE	capital=Pärnu
region:ee:rapla_county	region	en=Rapla County|Raplamaa	uk=Рапламаа{x}	ru=Рапламаа{x}	country=EE
region:ee:saare_county	region	en=Saare County|Saaremaa	uk=Сааремаа{x}	ru=Сааремаа{x}	country=EE
region:ee:tartu_county	region	en=Tartu County|Tartumaa	uk=Тартумаа{x}	ru=Тартумаа{x}	country=EE	capital=Tartu
region:ee:valga_county	region	en=Valga County|Valgamaa	uk=Валгамаа{x}	ru=Валгамаа{x}	country=EE
region:ee:viljandi_county	region	en=Viljandi County|Viljandimaa	uk=Вільяндімаа{x}	ru=Вильяндимаа{x}	country=EE	capital=Viljandi
region:ee:voru_county	region	en=Võru County|Voru County|Võrumaa	uk=Вирумаа{x}	ru=Вырумаа{x}	country=EE

# Slovakia: self-governing regions (kraje)
region:sk:bratislava_region	region	en=Bratislava Region	uk=Братиславський край|область Братислава	ru=Братиславский край	country=SK	capital=Bratislava
region:sk:trnava_region	region	en=Trnava Region	uk=Трнавський край|область Трнава	ru=Трнавский край	country=SK	capital=Trnava
region:sk:trencin_region	region	en=Trenčín Region|Trencin Region	uk=Тренчинський край|область Тренчин	ru=Тренчинский край	country=SK	capital=Trenčín
region:sk:nitra_region	region	en=Nitra Region	uk=Нітранський край|область Нітра|край Нітра	ru=Нитранский край|край Нитра	country=SK	capital=Nitra
region:sk:zilina_region	region	en=Žilina Region|Zilina Region	uk=Жилінський край|область Жиліна	ru=Жилинский край	country=SK	capital=Žilina
region:sk:banska_bystrica_region	region	en=Banská Bystrica Region|Banska Bystrica Region	uk=Банськобистрицький край|область Банська Бистриця	ru=Банскобистрицкий край	country=SK	capital=Banská Bystrica
region:sk:presov_region	region	en=Prešov Region|Presov Region	uk=Пряшівський край|Прешовський край|область Пряшів|область Прешов	ru=Прешовский край	country=SK	capital=Prešov
region:sk:kosice_region	region	en=Košice Region|Kosice Region	uk=Кошицький край|Кошицький самоврядний край|область Кошиці	ru=Кошицкий край	country=SK	capital=Košice

# Czechia: regions (kraje); Prague is in cities.lex
region:cz:central_bohemian_region	region	en=Central Bohemian Region	uk=Середньочеський край	ru=Среднечешский край	country=CZ
region:cz:south_bohemian_region	region	en=South Bohemian Region	uk=Південночеський край	ru=Южночешский край	country=CZ	capital=České Budějovice
region:cz:plzen_region	region	en=Plzeň Region|Plzen Region|Pilsen Region	uk=Пльзенський край	ru=Пльзенский край	country=CZ	capital=Plzeň
region:cz:karlovy_vary_region	region	en=Karlovy Vary Region	uk=Карловарський край	ru=Карловарский край	country=CZ	capital=Karlovy Vary
region:cz:usti_region	region	en=Ústí nad Labem Region|Usti nad Labem Region	uk=Устецький край	ru=Устецкий край	country=CZ	capital=Ústí nad Labem
region:cz:liberec_region	region	en=Liberec Region	uk=Ліберецький край	ru=Либерецкий край	country=CZ	capital=Liberec
region:cz:hradec_kralove_region	region	en=Hradec Králové Region|Hradec Kralove Region	uk=Краловоградецький край|Краловеградецький край	ru=Краловеградецкий край	country=CZ	capital=Hradec Králové
region:cz:pardubice_region	region	en=Pardubice Region	uk=Пардубицький край	ru=Пардубицкий край	country=CZ	capital=Pardubice
region:cz:vysocina_region	region	en=Vysočina Region|Vysocina Region|Vysočina	uk=Височина|край Височина	ru=Высочина|край Высочина	country=CZ	capital=Jihlava
region:cz:south_moravian_region	region	en=South Moravian Region	uk=Південноморавський край	ru=Южноморавский край	country=CZ	capital=Brno
region:cz:olomouc_region	region	en=Olomouc Region	uk=Оломоуцький край	ru=Оломоуцкий край	country=CZ	capital=Olomouc
region:cz:zlin_region	region	en=Zlín Region|Zlin Region	uk=Злінський край	ru=Злинский край	country=CZ	capital=Zlín
region:cz:moravian_silesian_region	region	en=Moravian-Silesian Region	uk=Моравсько-Сілезький край	ru=Моравскосилезский край|Моравско-Силезский край	country=CZ	capital=Ostrava

# Hungary: counties (megyék); names that are also towns or words only after the generic word; Budapest is in cities.lex
region:hu:bacs_kiskun	region	en=Bács-Kiskun|Bacs-Kiskun|Bács-Kiskun County|Bacs-Kiskun County	uk=Бач-Кішкун	ru=Бач-Кишкун	country=HU	capital=Kecskemét
region:hu:baranya	region	en=Baranya|Baranya County	uk=Бараня	ru=Баранья	country=HU	capital=Pécs
region:hu:bekes	region	en=Békés County	uk=медьє Бекеш	ru=медье Бекеш	country=HU	capital=Békéscsaba
region:hu:borsod_abauj_zemplen	region	en=Borsod-Abaúj-Zemplén|Borsod-Abauj-Zemplen|Borsod-Abaúj-Zemplén County|Borsod-Abauj-Zemplen County	uk=Боршод-Абауй-Земплен	ru=Боршод-Абауй-Земплен	country=HU	capital=Miskolc
region:hu:csongrad_csanad	region	en=Csongrád-Csanád|Csongrad-Csanad|Csongrád-Csanád County|Csongrad-Csanad County|Csongrád County	uk=Чонград-Чанад|медьє Чонград	ru=Чонград-Чанад|медье Чонград	country=HU	capital=Szeged
region:hu:fejer	region	en=Fejér County	uk=медьє Феєр	ru=медье Фейер	country=HU	capital=Székesfehérvár
region:hu:gyor_moson_sopron	region	en=Győr-Moson-Sopron|Gyor-Moson-Sopron|Győr-Moson-Sopron County|Gyor-Moson-Sopron County	uk=Дьєр-Мошон-Шопрон|Дьйор-Мошон-Шопрон	ru=Дьёр-Мошон-Шопрон	country=HU	capital=Győr
region:hu:hajdu_bihar	region	en=Hajdú-Bihar|Hajdu-Bihar|Hajdú-Bihar County|Hajdu-Bihar County	uk=Гайду-Біхар	ru=Хайду-Бихар	country=HU	capital=Debrecen
region:hu:heves	region	en=Heves County	uk=медьє Гевеш|медьє Хевеш	ru=медье Хевеш	country=HU	capital=Eger
region:hu:jasz_nagykun_szolnok	region	en=Jász-Nagykun-Szolnok|Jasz-Nagykun-Szolnok|Jász-Nagykun-Szolnok County|Jasz-Nagykun-Szolnok County	uk=Яс-Надькун-Сольнок	ru=Яс-Надькун-Сольнок	country=HU	capital=Szolnok
region:hu:komarom_esztergom	region	en=Komárom-Esztergom|Komarom-Esztergom|Komárom-Esztergom County|Komarom-Esztergom County	uk=Комаром-Естергом	ru=Комаром-Эстергом	country=HU	capital=Tatabánya
region:hu:nograd	region	en=Nógrád County|Nograd County	uk=медьє Ноград	ru=медье Ноград	country=HU	capital=Salgótarján
region:hu:pest_county	region	en=Pest County	uk=медьє Пешт	ru=медье Пешт	country=HU	capital=Budapest
region:hu:somogy	region	en=Somogy County	uk=медьє Шомодь	ru=медье Шомодь	country=HU	capital=Kaposvár
region:hu:szabolcs_szatmar_bereg	region	en=Szabolcs-Szatmár-Bereg|Szabolcs-Szatmar-Bereg|Szabolcs-Szatmár-Bereg County|Szabolcs-Szatmar-Bereg County	uk=Саболч-Сатмар-Берег|Саболч-Сатмар-Березька область	ru=Саболч-Сатмар-Берег	country=HU	capital=Nyíregyháza
region:hu:tolna	region	en=Tolna County	uk=медьє Толна	ru=медье Толна	country=HU	capital=Szekszárd
region:hu:vas_county	region	en=Vas County	uk=медьє Ваш	ru=медье Ваш	country=HU	capital=Szombathely
region:hu:veszprem_county	region	en=Veszprém County|Veszprem County	uk=медьє Веспрем	ru=медье Веспрем	country=HU	capital=Veszprém
region:hu:zala	region	en=Zala County	uk=медьє Зала	ru=медье Зала	country=HU	capital=Zalaegerszeg

# Romania: counties (județe); names that are also towns or rivers only after the generic word; Bucharest is in cities.lex
region:ro:alba_county	region	en=Alba County	uk=повіт Алба|жудець Алба	ru=жудец Алба|уезд Алба	country=RO	capital=Alba Iulia
region:ro:arad_county	region	en=Arad County	uk=повіт Арад|жудець Арад	ru=жудец Арад|уезд Арад	country=RO	capital=Arad
region:ro:arges_county	region	en=Argeș County|Arges County	uk=повіт Арджеш|жудець Арджеш	ru=жудец Арджеш|уезд Арджеш	country=RO
region:ro:bacau_county	region	en=Bacău County|Bacau County	uk=повіт Бакеу|жудець Бакеу	ru=жудец Бакэу|уезд Бакэу	country=RO	capital=Bacău
region:ro:bihor_county	region	en=Bihor|Bihor County	uk=Біхор	ru=Бихор	country=RO	capital=Oradea
region:ro:bistrita_nasaud_county	region	en=Bistrița-Năsăud|Bistrita-Nasaud|Bistrița-Năsăud County|Bistrita-Nasaud County	uk=Бистриця-Несеуд	ru=Бистрица-Нэсэуд	country=RO
region:ro:botosani_county	region	en=Botoșani County|Botosani County	uk=повіт Ботошані|жудець Ботошані|повіт Ботошани|жудець Ботошани	ru=жудец Ботошани|уезд Ботошани	country=RO	capital=geonames:684039
region:ro:brasov_county	region	en=Brașov County|Brasov County	uk=повіт Брашов|жудець Брашов	ru=жудец Брашов|уезд Брашов	country=RO	capital=geonames:683844
region:ro:braila_county	region	en=Brăila County|Braila County	uk=повіт Бреїла|жудець Бреїла|повіт Браїла|жудець Браїла	ru=жудец Брэила|уезд Брэила|жудец Браила|уезд Браила	country=RO	capital=Brăila
region:ro:buzau_county	region	en=Buzău County|Buzau County	uk=повіт Бузеу|жудець Бузеу	ru=жудец Бузэу|уезд Бузэу	country=RO	capital=Buzău
region:ro:caras_severin_county	region	en=Caraș-Severin|Caras-Severin|Caraș-Severin County|Caras-Severin County	uk=Караш-Северин	ru=Караш-Северин	country=RO
region:ro:calarasi_county	region	en=Călărași County|Calarasi County	uk=повіт Келераш|жудець Келераш|повіт Келераші|жудець Келераші	ru=жудец Кэлэраши|уезд Кэлэраши	country=RO
region:ro:cluj_county	region	en=Cluj County	uk=повіт Клуж|жудець Клуж	ru=жудец Клуж|уезд Клуж	country=RO	capital=Cluj-Napoca
region:ro:constanta_county	region	en=Constanța County|Constanta County	uk=повіт Констанца|жудець Констанца	ru=жудец Констанца|уезд Констанца	country=RO	capital=Constanța
region:ro:covasna_county	region	en=Covasna County	uk=повіт Ковасна|жудець Ковасна	ru=жудец Ковасна|уезд Ковасна	country=RO	capital=Sfântu Gheorghe
region:ro:dambovita_county	region	en=Dâmbovița County|Dambovita County	uk=повіт Димбовіца|жудець Димбовіца|повіт Димбовиця|жудець Димбовиця	ru=жудец Дымбовица|уезд Дымбовица	country=RO
region:ro:dolj_county	region	en=Dolj|Dolj County	uk=Долж	ru=Долж	country=RO	capital=Craiova
region:ro:galati_county	region	en=Galați County|Galati County	uk=повіт Галац|жудець Галац	ru=жудец Галац|уезд Галац	country=RO	capital=geonames:677697
region:ro:giurgiu_county	region	en=Giurgiu County	uk=повіт Джурджу|жудець Джурджу	ru=жудец Джурджу|уезд Джурджу	country=RO	capital=Giurgiu
region:ro:gorj_county	region	en=Gorj|Gorj County	uk=Горж	ru=Горж	country=RO	capital=Târgu Jiu
region:ro:harghita_county	region	en=Harghita|Harghita County	uk=Харгіта	ru=Харгита	country=RO
region:ro:hunedoara_county	region	en=Hunedoara County	uk=повіт Хунедоара|жудець Хунедоара	ru=жудец Хунедоара|уезд Хунедоара	country=RO	capital=Deva
region:ro:ialomita_county	region	en=Ialomița County|Ialomita County	uk=повіт Яломіца|жудець Яломіца|повіт Яломиця|жудець Яломиця	ru=жудец Яломица|уезд Яломица	country=RO
region:ro:iasi_county	region	en=Iași County|Iasi County	uk=повіт Ясси|жудець Ясси	ru=жудец Яссы|уезд Яссы	country=RO	capital=geonames:675810
region:ro:ilfov_county	region	en=Ilfov|Ilfov County	uk=Ілфов	ru=Илфов	country=RO
region:ro:maramures_county	region	en=Maramureș|Maramures|Maramureș County|Maramures County	uk=Марамуреш	ru=Марамуреш	country=RO	capital=Baia Mare
region:ro:mehedinti_county	region	en=Mehedinți|Mehedinti|Mehedinți County|Mehedinti County	uk=Мехедінць|Мехединци	ru=Мехединци	country=RO	capital=Drobeta-Turnu Severin
region:ro:mures_county	region	en=Mureș County|Mures County	uk=повіт Муреш|жудець Муреш	ru=жудец Муреш|уезд Муреш	country=RO
region:ro:neamt_county	region	en=Neamț|Neamt|Neamț County|Neamt County	uk=Нямц	ru=Нямц	country=RO
region:ro:olt_county	region	en=Olt County	uk=повіт Олт|жудець Олт	ru=жудец Олт|уезд Олт	country=RO
region:ro:prahova_county	region	en=Prahova County	uk=повіт Прахова|жудець Прахова	ru=жудец Прахова|уезд Прахова	country=RO
region:ro:satu_mare_county	region	en=Satu Mare County	uk=повіт Сату-Маре|жудець Сату-Маре	ru=жудец Сату-Маре|уезд Сату-Маре	country=RO	capital=Satu Mare
region:ro:salaj_county	region	en=Sălaj|Salaj|Sălaj County|Salaj County	uk=Селаж	ru=Сэлаж	country=RO	capital=Zalău
region:ro:sibiu_county	region	en=Sibiu County	uk=повіт Сібіу|жудець Сібіу	ru=жудец Сибиу|уезд Сибиу	country=RO	capital=Sibiu
region:ro:suceava_county	region	en=Suceava County	uk=повіт Сучава|жудець Сучава	ru=жудец Сучава|уезд Сучава	country=RO	capital=Suceava
region:ro:teleorman_county	region	en=Teleorman|Teleorman County	uk=Телеорман	ru=Телеорман	country=RO
region:ro:timis_county	region	en=Timiș County|Timis County	uk=повіт Тіміш|жудець Тіміш	ru=жудец Тимиш|уезд Тимиш	country=RO
region:ro:tulcea_county	region	en=Tulcea County	uk=повіт Тулча|жудець Тулча|повіт Тульча|жудець Тульча	ru=жудец Тулча|уезд Тулча	country=RO	capital=Tulcea
region:ro:vaslui_county	region	en=Vaslui County	uk=повіт Васлуй|жудець Васлуй	ru=жудец Васлуй|уезд Васлуй	country=RO	capital=Vaslui
region:ro:valcea_county	region	en=Vâlcea|Valcea|Vâlcea County|Valcea County	uk=Вилча	ru=Вылча	country=RO	capital=Râmnicu Vâlcea
region:ro:vrancea_county	region	en=Vrancea|Vrancea County	uk=Вранча	ru=Вранча	country=RO

# Bulgaria: provinces (oblasti), named after their centres
region:bg:blagoevgrad_province	region	en=Blagoevgrad Province	uk=Благоєвградська область|область Благоєвград	ru=Благоевградская область|область Благоевград	country=BG	capital=Blagoevgrad
region:bg:burgas_province	region	en=Burgas Province	uk=Бургаська область|область Бургас	ru=Бургасская область|область Бургас	country=BG	capital=Burgas
region:bg:varna_province	region	en=Varna Province	uk=Варненська область|область Варна	ru=Варненская область|область Варна	country=BG	capital=Varna
region:bg:veliko_tarnovo_province	region	en=Veliko Tarnovo Province	uk=Великотирновська область|область Велико-Тирново	ru=Великотырновская область|область Велико-Тырново	country=BG	capital=Veliko Tarnovo
region:bg:vidin_province	region	en=Vidin Province	uk=Видинська область|область Видин	ru=Видинская область|область Видин	country=BG	capital=Vidin
region:bg:vratsa_province	region	en=Vratsa Province	uk=Врачанська область|область Враца	ru=Врачанская область|область Враца	country=BG	capital=Vratsa
region:bg:gabrovo_province	region	en=Gabrovo Province	uk=Габровська область|область Габрово	ru=Габровская область|область Габрово	country=BG	capital=Gabrovo
region:bg:dobrich_province	region	en=Dobrich Province	uk=Добрицька область|Добрічська область|область Добрич	ru=Добричская область|область Добрич	country=BG	capital=Dobrich
region:bg:kardzhali_province	region	en=Kardzhali Province	uk=Кирджалійська область|область Кирджалі	ru=Кырджалийская область|область Кырджали	country=BG	capital=Kardzhali
region:bg:kyustendil_province	region	en=Kyustendil Province	uk=Кюстендильська область|область Кюстендил	ru=Кюстендилская область|область Кюстендил	country=BG	capital=Kyustendil
region:bg:lovech_province	region	en=Lovech Province	uk=Ловецька область|Ловечська область|область Ловеч	ru=Ловечская область|область Ловеч	country=BG	capital=Lovech
region:bg:montana_province	region	en=Montana Province	uk=Монтанська область	ru=Монтанская область	country=BG
region:bg:pazardzhik_province	region	en=Pazardzhik Province	uk=Пазарджицька область|область Пазарджик	ru=Пазарджикская область|область Пазарджик	country=BG	capital=Pazardzhik
region:bg:pernik_province	region	en=Pernik Province	uk=Перницька область|область Перник	ru=Перникская область|область Перник	country=BG	capital=Pernik
region:bg:pleven_province	region	en=Pleven Province	uk=Плевенська область|область Плевен	ru=Плевенская область|область Плевен	country=BG	capital=Pleven
region:bg:plovdiv_province	region	en=Plovdiv Province	uk=Пловдивська область|область Пловдив	ru=Пловдивская область|область Пловдив	country=BG	capital=Plovdiv
region:bg:razgrad_province	region	en=Razgrad Province	uk=Разградська область|область Разград	ru=Разградская область|область Разград	country=BG	capital=Razgrad
region:bg:ruse_province	region	en=Ruse Province	uk=Русенська область|область Русе	ru=Русенская область|область Русе	country=BG	capital=Ruse
region:bg:silistra_province	region	en=Silistra Province	uk=Силістренська область|область Силістра	ru=Силистренская область|область Силистра	country=BG	capital=Silistra
region:bg:sliven_province	region	en=Sliven Province	uk=Сливенська область|область Сливен	ru=Сливенская область|область Сливен	country=BG	capital=Sliven
region:bg:smolyan_province	region	en=Smolyan Province	uk=Смолянська область|область Смолян	ru=Смолянская область|область Смолян	country=BG	capital=Smolyan
region:bg:sofia_city_province	region	en=Sofia City Province	uk=область Софія-місто|Софійська міська область	ru=область София-град|Софийская городская область	country=BG	capital=Sofia
region:bg:sofia_province	region	en=Sofia Province	uk=Софійська область	ru=Софийская область	country=BG	capital=Sofia
region:bg:stara_zagora_province	region	en=Stara Zagora Province	uk=Старозагорська область|область Стара Загора	ru=Старозагорская область|область Стара-Загора|область Стара Загора	country=BG	capital=Stara Zagora
region:bg:targovishte_province	region	en=Targovishte Province	uk=Тирговиштська область|область Тирговиште	ru=Тырговиштская область|область Тырговиште	country=BG	capital=Targovishte
region:bg:haskovo_province	region	en=Haskovo Province	uk=Хасковська область|область Хасково	ru=Хасковская область|область Хасково	country=BG	capital=Haskovo
region:bg:shumen_province	region	en=Shumen Province	uk=Шуменська область|область Шумен	ru=Шуменская область|область Шумен	country=BG	capital=Shumen
region:bg:yambol_province	region	en=Yambol Province	uk=Ямбольська область|область Ямбол	ru=Ямболская область|область Ямбол	country=BG	capital=Yambol

# Turkey: the 81 provinces (iller). Most are named like their centre: the bare name is the city's, so only 'провінція X' / 'провинция X' / 'X Province' name the province; Hatay, Kocaeli and Sakarya have centres of other names (Antakya, İzmit, Adapazarı)
region:tr:adana	region	en=Adana Province	uk=провінція Адана	ru=провинция Адана	country=TR	capital=Adana
region:tr:adiyaman	region	en=Adıyaman Province|Adiyaman Province	uk=провінція Адіяман	ru=провинция Адыяман	country=TR	capital=Adıyaman
region:tr:afyonkarahisar	region	en=Afyonkarahisar Province|Afyon Province	uk=провінція Афьонкарахісар|провінція Афьон	ru=провинция Афьонкарахисар|провинция Афьон	country=TR	capital=Afyonkarahisar
region:tr:agri	region	en=Ağrı Province|Agri Province	uk=провінція Агри	ru=провинция Агры	country=TR	capital=Ağrı
region:tr:amasya	region	en=Amasya Province	uk=провінція Амасья|провінція Амасія	ru=провинция Амасья	country=TR	capital=Amasya
region:tr:ankara_province	region	en=Ankara Province	uk=провінція Анкара	ru=провинция Анкара	country=TR	capital=Ankara
region:tr:antalya	region	en=Antalya Province	uk=провінція Анталія|провінція Анталья	ru=провинция Анталья|провинция Анталия	country=TR	capital=Antalya
region:tr:artvin	region	en=Artvin Province	uk=провінція Артвін	ru=провинция Артвин	country=TR	capital=Artvin
region:tr:aydin	region	en=Aydın Province|Aydin Province	uk=провінція Айдин	ru=провинция Айдын	country=TR	capital=Aydın
region:tr:balikesir	region	en=Balıkesir Province|Balikesir Province	uk=провінція Баликесір	ru=провинция Балыкесир	country=TR	capital=Balıkesir
region:tr:bilecik	region	en=Bilecik Province	uk=провінція Біледжик	ru=провинция Биледжик	country=TR	capital=Bilecik
region:tr:bingol	region	en=Bingöl Province|Bingol Province	uk=провінція Бінгель|провінція Бінгьоль	ru=провинция Бингёль|провинция Бингель	country=TR	capital=Bingöl
region:tr:bitlis	region	en=Bitlis Province	uk=провінція Бітліс	ru=провинция Битлис	country=TR
region:tr:bolu	region	en=Bolu Province	uk=провінція Болу	ru=провинция Болу	country=TR	capital=Bolu
region:tr:burdur	region	en=Burdur Province	uk=провінція Бурдур	ru=провинция Бурдур	country=TR	capital=Burdur
region:tr:bursa	region	en=Bursa Province	uk=провінція Бурса	ru=провинция Бурса	country=TR	capital=Bursa
region:tr:canakkale	region	en=Çanakkale Province|Canakkale Province	uk=провінція Чанаккале	ru=провинция Чанаккале	country=TR	capital=Çanakkale
region:tr:cankiri	region	en=Çankırı Province|Cankiri Province	uk=провінція Чанкири	ru=провинция Чанкыры	country=TR	capital=Çankırı
region:tr:corum	region	en=Çorum Province|Corum Province	uk=провінція Чорум	ru=провинция Чорум	country=TR	capital=Çorum
region:tr:denizli	region	en=Denizli Province	uk=провінція Денізлі	ru=провинция Денизли	country=TR	capital=Denizli
region:tr:diyarbakir	region	en=Diyarbakır Province|Diyarbakir Province	uk=провінція Діярбакир	ru=провинция Диярбакыр|провинция Диярбакир	country=TR	capital=Diyarbakır
region:tr:edirne	region	en=Edirne Province	uk=провінція Едірне	ru=провинция Эдирне	country=TR	capital=Edirne
region:tr:elazig	region	en=Elazığ Province|Elazig Province	uk=провінція Елязиг	ru=провинция Элязыг	country=TR	capital=Elazığ
region:tr:erzincan	region	en=Erzincan Province	uk=провінція Ерзінджан	ru=провинция Эрзинджан	country=TR	capital=Erzincan
region:tr:erzurum	region	en=Erzurum Province	uk=провінція Ерзурум	ru=провинция Эрзурум	country=TR	capital=Erzurum
region:tr:eskisehir	region	en=Eskişehir Province|Eskisehir Province	uk=провінція Ескішехір	ru=провинция Эскишехир	country=TR	capital=Eskişehir
region:tr:gaziantep	region	en=Gaziantep Province	uk=провінція Газіантеп	ru=провинция Газиантеп	country=TR	capital=Gaziantep
region:tr:giresun	region	en=Giresun Province	uk=провінція Гіресун	ru=провинция Гиресун	country=TR	capital=Giresun
region:tr:gumushane	region	en=Gümüşhane Province|Gumushane Province	uk=провінція Гюмюшхане	ru=провинция Гюмюшхане	country=TR	capital=Gümüşhane
region:tr:hakkari	region	en=Hakkâri Province|Hakkari Province	uk=провінція Хаккярі	ru=провинция Хаккяри	country=TR	capital=Hakkâri
region:tr:hatay	region	en=Hatay|Hatay Province	uk=Хатай	ru=Хатай	country=TR	capital=Antakya
region:tr:isparta	region	en=Isparta Province	uk=провінція Іспарта	ru=провинция Ыспарта|провинция Испарта	country=TR	capital=Isparta
region:tr:mersin	region	en=Mersin Province	uk=провінція Мерсін	ru=провинция Мерсин	country=TR	capital=Mersin
region:tr:istanbul_province	region	en=Istanbul Province|İstanbul Province	uk=провінція Стамбул	ru=провинция Стамбул	country=TR	capital=Istanbul
region:tr:izmir	region	en=İzmir Province|Izmir Province	uk=провінція Ізмір	ru=провинция Измир	country=TR	capital=İzmir
region:tr:kars	region	en=Kars Province	uk=провінція Карс	ru=провинция Карс	country=TR	capital=Kars
region:tr:kastamonu	region	en=Kastamonu Province	uk=провінція Кастамону	ru=провинция Кастамону	country=TR	capital=Kastamonu
region:tr:kayseri	region	en=Kayseri Province	uk=провінція Кайсері	ru=провинция Кайсери	country=TR	capital=Kayseri
region:tr:kirklareli	region	en=Kırklareli Province|Kirklareli Province	uk=провінція Киркларелі	ru=провинция Кыркларели	country=TR	capital=Kırklareli
region:tr:kirsehir	region	en=Kırşehir Province|Kirsehir Province	uk=провінція Киршехір	ru=провинция Кыршехир	country=TR	capital=Kırşehir
region:tr:kocaeli	region	en=Kocaeli|Kocaeli Province	uk=Коджаелі	ru=Коджаэли	country=TR	capital=İzmit
region:tr:konya	region	en=Konya Province	uk=провінція Конья	ru=провинция Конья	country=TR	capital=Konya
region:tr:kutahya	region	en=Kütahya Province|Kutahya Province	uk=провінція Кютах'я|провінція Кютахья	ru=провинция Кютахья	country=TR	capital=Kütahya
region:tr:malatya	region	en=Malatya Province	uk=провінція Малатья|провінція Малатія	ru=провинция Малатья|провинция Малатия	country=TR	capital=Malatya
region:tr:manisa	region	en=Manisa Province	uk=провінція Маніса	ru=провинция Маниса	country=TR	capital=Manisa
region:tr:kahramanmaras	region	en=Kahramanmaraş Province|Kahramanmaras Province	uk=провінція Кахраманмараш	ru=провинция Кахраманмараш	country=TR	capital=Kahramanmaraş
region:tr:mardin	region	en=Mardin Province	uk=провінція Мардін	ru=провинция Мардин	country=TR	capital=Mardin
region:tr:mugla	region	en=Muğla Province|Mugla Province	uk=провінція Мугла	ru=провинция Мугла	country=TR	capital=Muğla
region:tr:mus	region	en=Muş Province|Mus Province	uk=провінція Муш	ru=провинция Муш	country=TR	capital=Muş
region:tr:nevsehir	region	en=Nevşehir Province|Nevsehir Province	uk=провінція Невшехір	ru=провинция Невшехир	country=TR	capital=Nevşehir
region:tr:nigde	region	en=Niğde Province|Nigde Province	uk=провінція Нігде	ru=провинция Нигде	country=TR	capital=Niğde
region:tr:ordu	region	en=Ordu Province	uk=провінція Орду	ru=провинция Орду	country=TR	capital=Ordu
region:tr:rize	region	en=Rize Province	uk=провінція Різе	ru=провинция Ризе	country=TR	capital=Rize
region:tr:sakarya	region	en=Sakarya|Sakarya Province	uk=Сакар'я|Сакарья	ru=Сакарья|Сакария	country=TR	capital=Adapazarı
region:tr:samsun	region	en=Samsun Province	uk=провінція Самсун	ru=провинция Самсун	country=TR	capital=Samsun
region:tr:siirt	region	en=Siirt Province	uk=провінція Сіїрт	ru=провинция Сиирт	country=TR	capital=Siirt
region:tr:sinop	region	en=Sinop Province	uk=провінція Сіноп	ru=провинция Синоп	country=TR	capital=geonames:739600
region:tr:sivas	region	en=Sivas Province	uk=провінція Сівас	ru=провинция Сивас	country=TR	capital=Sivas
region:tr:tekirdag	region	en=Tekirdağ Province|Tekirdag Province	uk=провінція Текірдаг	ru=провинция Текирдаг	country=TR	capital=Tekirdağ
region:tr:tokat	region	en=Tokat Province	uk=провінція Токат	ru=провинция Токат	country=TR	capital=Tokat
region:tr:trabzon	region	en=Trabzon Province	uk=провінція Трабзон	ru=провинция Трабзон	country=TR	capital=Trabzon
region:tr:tunceli	region	en=Tunceli Province	uk=провінція Тунджелі	ru=провинция Тунджели	country=TR	capital=Tunceli
region:tr:sanliurfa	region	en=Şanlıurfa Province|Sanliurfa Province	uk=провінція Шанлиурфа	ru=провинция Шанлыурфа	country=TR	capital=Şanlıurfa
region:tr:usak	region	en=Uşak Province|Usak Province	uk=провінція Ушак	ru=провинция Ушак	country=TR	capital=Uşak
region:tr:van_province	region	en=Van Province	uk=провінція Ван	ru=провинция Ван	country=TR	capital=Van
region:tr:yozgat	region	en=Yozgat Province	uk=провінція Йозгат	ru=провинция Йозгат	country=TR	capital=Yozgat
region:tr:zonguldak	region	en=Zonguldak Province	uk=провінція Зонгулдак	ru=провинция Зонгулдак	country=TR	capital=Zonguldak
region:tr:aksaray	region	en=Aksaray Province	uk=провінція Аксарай	ru=провинция Аксарай	country=TR	capital=Aksaray
region:tr:bayburt	region	en=Bayburt Province	uk=провінція Байбурт	ru=провинция Байбурт	country=TR	capital=Bayburt
region:tr:karaman	region	en=Karaman Province	uk=провінція Караман	ru=провинция Караман	country=TR	capital=Karaman
region:tr:kirikkale	region	en=Kırıkkale Province|Kirikkale Province	uk=провінція Кириккале	ru=провинция Кырыккале	country=TR	capital=Kırıkkale
region:tr:batman	region	en=Batman Province	uk=провінція Батман	ru=провинция Батман	country=TR	capital=Batman
region:tr:sirnak	region	en=Şırnak Province|Sirnak Province	uk=провінція Ширнак	ru=провинция Шырнак	country=TR	capital=Şırnak
region:tr:bartin	region	en=Bartın Province|Bartin Province	uk=провінція Бартин	ru=провинция Бартын	country=TR	capital=Bartın
region:tr:ardahan	region	en=Ardahan Province	uk=провінція Ардахан	ru=провинция Ардахан	country=TR	capital=Ardahan
region:tr:igdir	region	en=Iğdır Province|Igdir Province	uk=провінція Ігдир	ru=провинция Ыгдыр|провинция Игдыр	country=TR	capital=Iğdır
region:tr:yalova	region	en=Yalova Province	uk=провінція Ялова	ru=провинция Ялова	country=TR	capital=Yalova
region:tr:karabuk	region	en=Karabük Province|Karabuk Province	uk=провінція Карабюк	ru=провинция Карабюк	country=TR	capital=Karabük
region:tr:kilis	region	en=Kilis Province	uk=провінція Кіліс	ru=провинция Килис	country=TR	capital=Kilis
region:tr:osmaniye	region	en=Osmaniye Province	uk=провінція Османіє	ru=провинция Османие	country=TR	capital=Osmaniye
region:tr:duzce	region	en=Düzce Province|Duzce Province	uk=провінція Дюздже	ru=провинция Дюздже	country=TR	capital=Düzce

# Italy: the regions not listed above; 'регіон X' / 'регион X' forms of all twenty follow
region:it:abruzzo	region	en=Abruzzo|Abruzzi	uk=Абруццо{x}	ru=Абруццо{x}	country=IT	capital=L'Aquila
region:it:aosta_valley	region	en=Aosta Valley|Valle d'Aosta	uk=Валле-д'Аоста{x}|Долина Аости	ru=Валле-д'Аоста{x}|Долина Аосты	country=IT	capital=Aosta
region:it:apulia	region	en=Apulia|Puglia	uk=Апулія	ru=Апулия	country=IT	capital=Bari
region:it:basilicata	region	en=Basilicata	uk=Базиліката	ru=Базиликата	country=IT	capital=Potenza
region:it:calabria	region	en=Calabria	uk=Калабрія	ru=Калабрия	country=IT	capital=Catanzaro
region:it:emilia_romagna	region	en=Emilia-Romagna	uk=Емілія-Романья	ru=Эмилия-Романья	country=IT	capital=Bologna
region:it:friuli_venezia_giulia	region	en=Friuli-Venezia Giulia|Friuli Venezia Giulia|Friuli	uk=Фріулі-Венеція-Джулія|Фріулі — Венеція-Джулія|Фріулі{x}	ru=Фриули-Венеция-Джулия|Фриули — Венеция-Джулия|Фриули{x}	country=IT	capital=Trieste
region:it:liguria	region	en=Liguria	uk=Лігурія	ru=Лигурия	country=IT	capital=Genoa
region:it:marche	region	en=Marche{ctx}|the Marches	uk=Марке{x}{ctx}|регіон Марке	ru=Марке{x}{ctx}|регион Марке	country=IT	capital=Ancona
region:it:molise	region	en=Molise	uk=Молізе{x}	ru=Молизе{x}	country=IT	capital=Campobasso
region:it:trentino_alto_adige	region	en=Trentino-Alto Adige|Trentino-South Tyrol|Trentino	uk=Трентіно-Альто-Адідже{x}|Трентіно{x}	ru=Трентино-Альто-Адидже{x}|Трентино{x}	country=IT	capital=Trento
region:it:south_tyrol	region	en=South Tyrol|Alto Adige|Südtirol	uk=Південний Тіроль|Альто-Адідже{x}	ru=Южный Тироль|Альто-Адидже{x}	country=IT	capital=Bolzano
region:it:umbria	region	en=Umbria	uk=Умбрія	ru=Умбрия	country=IT	capital=Perugia

# France: the regions not listed above (the overseas regions are in countries.lex)
region:fr:auvergne_rhone_alpes	region	en=Auvergne-Rhône-Alpes|Auvergne-Rhone-Alpes	uk=Овернь — Рона — Альпи{x}|Овернь-Рона-Альпи{x}	ru=Овернь — Рона — Альпы{x}|Овернь-Рона-Альпы{x}	country=FR	capital=Lyon
region:fr:bourgogne_franche_comte	region	en=Bourgogne-Franche-Comté|Burgundy-Franche-Comté|Bourgogne-Franche-Comte	uk=Бургундія — Франш-Конте{x}|Бургундія-Франш-Конте{x}	ru=Бургундия — Франш-Конте{x}|Бургундия-Франш-Конте{x}	country=FR	capital=Dijon
region:fr:centre_val_de_loire	region	en=Centre-Val de Loire	uk=Центр — Долина Луари{x}|Центр-Долина Луари{x}	ru=Центр — Долина Луары{x}|Центр-Долина Луары{x}	country=FR	capital=Orléans
region:fr:grand_est	region	en=Grand Est	uk=Гранд-Ест{x}|Великий Схід{ctx}|регіон Великий Схід	ru=Гранд-Эст{x}	country=FR	capital=Strasbourg
region:fr:hauts_de_france	region	en=Hauts-de-France	uk=О-де-Франс{x}	ru=О-де-Франс{x}	country=FR	capital=Lille
region:fr:nouvelle_aquitaine	region	en=Nouvelle-Aquitaine|New Aquitaine	uk=Нова Аквітанія	ru=Новая Аквитания	country=FR	capital=Bordeaux
region:fr:occitanie	region	en=Occitanie|Occitania	uk=Окситанія	ru=Окситания	country=FR	capital=Toulouse
region:fr:pays_de_la_loire	region	en=Pays de la Loire	uk=Пеї-де-ла-Луар{x}|Країна Луари	ru=Пеи-де-ла-Луар{x}|Земли Луары{pl}	country=FR	capital=Nantes

# Spain: the autonomous communities not listed above (the Canary Islands are in geo-features.lex; Ceuta and Melilla are cities)
region:es:aragon	region	en=Aragon|Aragón	uk=Арагон	ru=Арагон	country=ES	capital=Zaragoza
region:es:asturias	region	en=Asturias|Principality of Asturias	uk=Астурія	ru=Астурия	country=ES	capital=Oviedo
region:es:balearic_islands	region	en=Balearic Islands|Balearics	uk=Балеарські острови{pl}	ru=Балеарские острова{pl}	country=ES	capital=Palma
region:es:cantabria	region	en=Cantabria	uk=Кантабрія	ru=Кантабрия	country=ES	capital=Santander
region:es:castile_and_leon	region	en=Castile and León|Castile and Leon|Castilla y León	uk=Кастилія і Леон|Кастилія-і-Леон{x}	ru=Кастилия и Леон|Кастилия-и-Леон{x}	country=ES	capital=Valladolid
region:es:castilla_la_mancha	region	en=Castilla–La Mancha|Castilla-La Mancha|Castile-La Mancha	uk=Кастилія — Ла-Манча|Кастилія-Ла-Манча	ru=Кастилия — Ла-Манча|Кастилия-Ла-Манча	country=ES	capital=geonames:2510409
region:es:extremadura	region	en=Extremadura	uk=Естремадура	ru=Эстремадура	country=ES	capital=geonames:2513917
region:es:la_rioja	region	en=La Rioja	uk=Ла-Ріоха	ru=Ла-Риоха	country=ES	capital=Logroño	pop=320000
region:es:madrid_community	region	en=Community of Madrid	uk=Мадридська автономна спільнота|автономна спільнота Мадрид	ru=Сообщество Мадрид|автономное сообщество Мадрид	country=ES	capital=Madrid
region:es:murcia_region	region	en=Region of Murcia	uk=регіон Мурсія|автономна спільнота Мурсія	ru=регион Мурсия|автономное сообщество Мурсия	country=ES	capital=Murcia
region:es:navarre	region	en=Navarre|Navarra|Chartered Community of Navarre	uk=Наварра	ru=Наварра	country=ES	capital=Pamplona	pop=660000
region:es:valencian_community	region	en=Valencian Community|Comunitat Valenciana	uk=Валенсійська спільнота|Валенсійська автономна спільнота|автономна спільнота Валенсія	ru=Валенсийское сообщество|автономное сообщество Валенсия	country=ES	capital=geonames:2509954

# Japan: prefectures (Hokkaido and Okinawa are above). Names shared with the prefecture's capital city (Osaka, Kyoto, Hiroshima, ...) or with surnames count only after 'префектура'
region:jp:aomori	region	en=Aomori Prefecture	uk=префектура Аоморі	ru=префектура Аомори	country=JP	capital=Aomori
region:jp:iwate	region	en=Iwate|Iwate Prefecture	uk=Івате{x}	ru=Иватэ{x}	country=JP	capital=Morioka
region:jp:miyagi	region	en=Miyagi|Miyagi Prefecture	uk=Міягі{x}	ru=Мияги{x}	country=JP	capital=Sendai
region:jp:akita	region	en=Akita Prefecture	uk=префектура Акіта	ru=префектура Акита	country=JP	capital=Akita
region:jp:yamagata	region	en=Yamagata Prefecture	uk=префектура Ямагата	ru=префектура Ямагата	country=JP	capital=Yamagata
region:jp:fukushima	region	en=Fukushima Prefecture	uk=префектура Фукусіма	ru=префектура Фукусима	country=JP	capital=Fukushima
region:jp:ibaraki	region	en=Ibaraki Prefecture	uk=префектура Ібаракі	ru=префектура Ибараки	country=JP	capital=Mito
region:jp:tochigi	region	en=Tochigi Prefecture	uk=префектура Тотігі	ru=префектура Тотиги	country=JP	capital=Utsunomiya
region:jp:gunma	region	en=Gunma|Gunma Prefecture	uk=Гумма|Гунма	ru=Гумма|Гунма	country=JP	capital=Maebashi
region:jp:saitama	region	en=Saitama Prefecture	uk=префектура Сайтама	ru=префектура Сайтама	country=JP	capital=Saitama
region:jp:chiba	region	en=Chiba Prefecture	uk=префектура Тіба|префектура Чіба	ru=префектура Тиба	country=JP	capital=Chiba
region:jp:tokyo_metropolis	region	en=Tokyo Metropolis|Tokyo Prefecture	uk=столичний округ Токіо|префектура Токіо	ru=столичный округ Токио|префектура Токио	country=JP	capital=Tokyo
region:jp:kanagawa	region	en=Kanagawa|Kanagawa Prefecture	uk=Канагава	ru=Канагава	country=JP	capital=Yokohama
region:jp:niigata	region	en=Niigata Prefecture	uk=префектура Ніїгата	ru=префектура Ниигата	country=JP	capital=Niigata
region:jp:toyama	region	en=Toyama Prefecture	uk=префектура Тояма	ru=префектура Тояма	country=JP	capital=Toyama
region:jp:ishikawa	region	en=Ishikawa Prefecture	uk=префектура Ісікава	ru=префектура Исикава	country=JP	capital=Kanazawa
region:jp:fukui	region	en=Fukui Prefecture	uk=префектура Фукуї	ru=префектура Фукуи	country=JP	capital=geonames:1863985
region:jp:yamanashi	region	en=Yamanashi|Yamanashi Prefecture	uk=Яманасі{x}	ru=Яманаси{x}	country=JP	capital=Kofu
region:jp:nagano	region	en=Nagano Prefecture	uk=префектура Нагано	ru=префектура Нагано	country=JP	capital=Nagano
region:jp:gifu	region	en=Gifu Prefecture	uk=префектура Гіфу	ru=префектура Гифу	country=JP	capital=geonames:1863641
region:jp:shizuoka	region	en=Shizuoka Prefecture	uk=префектура Сідзуока	ru=префектура Сидзуока	country=JP	capital=Shizuoka
region:jp:aichi	region	en=Aichi Prefecture	uk=префектура Айті|префектура Айчі	ru=префектура Айти|префектура Аити	country=JP	capital=Nagoya
region:jp:mie	region	en=Mie Prefecture	uk=префектура Міє	ru=префектура Миэ|префектура Мие	country=JP	capital=Tsu
region:jp:shiga	region	en=Shiga Prefecture	uk=префектура Сіга	ru=префектура Сига	country=JP	capital=Ōtsu
region:jp:kyoto_prefecture	region	en=Kyoto Prefecture	uk=префектура Кіото	ru=префектура Киото	country=JP	capital=Kyoto
region:jp:osaka_prefecture	region	en=Osaka Prefecture	uk=префектура Осака	ru=префектура Осака	country=JP	capital=Osaka
region:jp:hyogo	region	en=Hyogo|Hyōgo|Hyogo Prefecture|Hyōgo Prefecture	uk=Хього{x}|Хіого{x}	ru=Хиого{x}|Хёго{x}	country=JP	capital=Kobe
region:jp:nara_prefecture	region	en=Nara Prefecture	uk=префектура Нара	ru=префектура Нара	country=JP	capital=Nara
region:jp:wakayama	region	en=Wakayama Prefecture	uk=префектура Вакаяма	ru=префектура Вакаяма	country=JP	capital=Wakayama
region:jp:tottori	region	en=Tottori Prefecture	uk=префектура Тотторі	ru=префектура Тоттори	country=JP	capital=Tottori
region:jp:shimane	region	en=Shimane|Shimane Prefecture	uk=Сімане{x}	ru=Симанэ{x}|Симане{x}	country=JP	capital=Matsue
region:jp:okayama	region	en=Okayama Prefecture	uk=префектура Окаяма	ru=префектура Окаяма	country=JP	capital=Okayama
region:jp:hiroshima_prefecture	region	en=Hiroshima Prefecture	uk=префектура Хіросіма	ru=префектура Хиросима	country=JP	capital=Hiroshima
region:jp:yamaguchi	region	en=Yamaguchi Prefecture	uk=префектура Ямагуті|префектура Ямагучі	ru=префектура Ямагути|префектура Ямагучи	country=JP	capital=Yamaguchi
region:jp:tokushima	region	en=Tokushima Prefecture	uk=префектура Токусіма	ru=префектура Токусима	country=JP	capital=Tokushima
region:jp:kagawa	region	en=Kagawa Prefecture	uk=префектура Кагава	ru=префектура Кагава	country=JP	capital=Takamatsu
region:jp:ehime	region	en=Ehime|Ehime Prefecture	uk=Ехіме{x}	ru=Эхимэ{x}|Эхиме{x}	country=JP	capital=Matsuyama
region:jp:kochi	region	en=Kochi Prefecture|Kōchi Prefecture	uk=префектура Коті|префектура Кочі	ru=префектура Коти|префектура Кочи	country=JP	capital=geonames:1859146
region:jp:fukuoka	region	en=Fukuoka Prefecture	uk=префектура Фукуока	ru=префектура Фукуока	country=JP	capital=Fukuoka
region:jp:saga	region	en=Saga Prefecture	uk=префектура Сага	ru=префектура Сага	country=JP	capital=Saga
region:jp:nagasaki	region	en=Nagasaki Prefecture	uk=префектура Нагасакі	ru=префектура Нагасаки	country=JP	capital=Nagasaki
region:jp:kumamoto	region	en=Kumamoto Prefecture	uk=префектура Кумамото	ru=префектура Кумамото	country=JP	capital=Kumamoto
region:jp:oita	region	en=Oita Prefecture|Ōita Prefecture	uk=префектура Ойта|префектура Оіта	ru=префектура Оита	country=JP	capital=geonames:1854487
region:jp:miyazaki	region	en=Miyazaki Prefecture	uk=префектура Міядзакі	ru=префектура Миядзаки	country=JP	capital=Miyazaki
region:jp:kagoshima	region	en=Kagoshima Prefecture	uk=префектура Кагосіма	ru=префектура Кагосима	country=JP	capital=Kagoshima

# South Korea: provinces (Gyeonggi is above; Seoul, Busan and the other metropolitan cities are in cities.lex)
region:kr:gangwon	region	en=Gangwon|Gangwon Province|Gangwon-do	uk=Канвондо{x}|провінція Канвондо|провінція Канвон	ru=Канвондо{x}|провинция Канвондо|провинция Канвон	country=KR	capital=Chuncheon
region:kr:north_chungcheong	region	en=North Chungcheong Province|North Chungcheong|Chungcheongbuk-do	uk=Чхунчхон-Пукто{x}|провінція Північна Чхунчхон	ru=Чхунчхон-Пукто{x}|провинция Северная Чхунчхон	country=KR	capital=Cheongju
region:kr:south_chungcheong	region	en=South Chungcheong Province|South Chungcheong|Chungcheongnam-do	uk=Чхунчхон-Намдо{x}|провінція Південна Чхунчхон	ru=Чхунчхон-Намдо{x}|провинция Южная Чхунчхон	country=KR
region:kr:north_jeolla	region	en=North Jeolla Province|North Jeolla|Jeollabuk-do	uk=Чолла-Пукто{x}|провінція Північна Чолла	ru=Чолла-Пукто{x}|провинция Северная Чолла	country=KR	capital=Jeonju
region:kr:south_jeolla	region	en=South Jeolla Province|South Jeolla|Jeollanam-do	uk=Чолла-Намдо{x}|провінція Південна Чолла	ru=Чолла-Намдо{x}|провинция Южная Чолла	country=KR
region:kr:north_gyeongsang	region	en=North Gyeongsang Province|North Gyeongsang|Gyeongsangbuk-do	uk=Кьонсан-Пукто{x}|Кенсан-Пукто{x}|провінція Північна Кьонсан	ru=Кёнсан-Пукто{x}|провинция Северная Кёнсан	country=KR	capital=Andong
region:kr:south_gyeongsang	region	en=South Gyeongsang Province|South Gyeongsang|Gyeongsangnam-do	uk=Кьонсан-Намдо{x}|Кенсан-Намдо{x}|провінція Південна Кьонсан	ru=Кёнсан-Намдо{x}|провинция Южная Кёнсан	country=KR	capital=Changwon
region:kr:jeju_province	region	en=Jeju Province|Jeju-do|Jeju Island	uk=Чеджудо{x}|провінція Чеджу|острів Чеджу	ru=Чеджудо{x}|провинция Чеджу|остров Чеджу	country=KR	capital=Jeju City

# India: states and union territories (Delhi, Chandigarh and Puducherry are cities; Kashmir and Pakistan's Punjab are above: news calls that one 'штат Пенджаб' too, so India's Punjab has no entry of its own)
region:in:andhra_pradesh	region	en=Andhra Pradesh	uk=Андхра-Прадеш{x}	ru=Андхра-Прадеш{x}	country=IN
region:in:arunachal_pradesh	region	en=Arunachal Pradesh	uk=Аруначал-Прадеш{x}	ru=Аруначал-Прадеш{x}	country=IN	capital=Itanagar
region:in:assam	region	en=Assam	uk=Ассам	ru=Ассам	country=IN
region:in:bihar	region	en=Bihar	uk=Біхар	ru=Бихар	country=IN	capital=Patna
region:in:chhattisgarh	region	en=Chhattisgarh	uk=Чхаттісгарх	ru=Чхаттисгарх	country=IN	capital=Raipur
region:in:goa	region	en=Goa	uk=Гоа{x}	ru=Гоа{x}	country=IN	capital=Panaji	pop=1500000
region:in:gujarat	region	en=Gujarat	uk=Гуджарат	ru=Гуджарат	country=IN	capital=Gandhinagar	pop=60000000
region:in:haryana	region	en=Haryana	uk=Хар'яна|Харьяна	ru=Харьяна	country=IN	capital=Chandigarh
region:in:himachal_pradesh	region	en=Himachal Pradesh	uk=Гімачал-Прадеш{x}|Хімачал-Прадеш{x}	ru=Химачал-Прадеш{x}	country=IN	capital=Shimla
region:in:jharkhand	region	en=Jharkhand	uk=Джаркханд	ru=Джаркханд	country=IN	capital=Ranchi
region:in:karnataka	region	en=Karnataka	uk=Карнатака	ru=Карнатака	country=IN	capital=Bengaluru
region:in:kerala	region	en=Kerala	uk=Керала	ru=Керала	country=IN	capital=Thiruvananthapuram
region:in:madhya_pradesh	region	en=Madhya Pradesh	uk=Мадх'я-Прадеш{x}|Мадхья-Прадеш{x}	ru=Мадхья-Прадеш{x}	country=IN	capital=Bhopal
region:in:maharashtra	region	en=Maharashtra	uk=Махараштра	ru=Махараштра	country=IN	capital=Mumbai
region:in:manipur	region	en=Manipur	uk=Маніпур	ru=Манипур	country=IN	capital=Imphal
region:in:meghalaya	region	en=Meghalaya	uk=Мегхалая|Мегалая	ru=Мегхалая	country=IN	capital=Shillong
region:in:mizoram	region	en=Mizoram	uk=Мізорам	ru=Мизорам	country=IN	capital=Aizawl
region:in:nagaland	region	en=Nagaland	uk=Нагаленд	ru=Нагаленд	country=IN	capital=Kohima
region:in:odisha	region	en=Odisha|Orissa	uk=Одіша|Орісса	ru=Одиша|Орисса	country=IN	capital=Bhubaneswar
region:in:rajasthan	region	en=Rajasthan	uk=Раджастхан	ru=Раджастхан	country=IN	capital=Jaipur
region:in:sikkim	region	en=Sikkim	uk=Сіккім	ru=Сикким	country=IN	capital=Gangtok
region:in:tamil_nadu	region	en=Tamil Nadu	uk=Тамілнад|Тамілнаду{x}|Таміл-Наду{x}	ru=Тамилнад|Тамил-Наду{x}	country=IN	capital=Chennai
region:in:telangana	region	en=Telangana	uk=Телангана	ru=Телангана	country=IN	capital=Hyderabad
region:in:tripura	region	en=Tripura	uk=Тріпура	ru=Трипура	country=IN	capital=Agartala
region:in:uttar_pradesh	region	en=Uttar Pradesh	uk=Уттар-Прадеш{x}	ru=Уттар-Прадеш{x}	country=IN	capital=Lucknow
region:in:uttarakhand	region	en=Uttarakhand|Uttaranchal	uk=Уттаракханд|Уттаранчал	ru=Уттаракханд|Уттаранчал	country=IN	capital=geonames:1273313
region:in:west_bengal	region	en=West Bengal	uk=Західний Бенгал|Західна Бенгалія	ru=Западная Бенгалия	country=IN	capital=Kolkata
region:in:jammu_and_kashmir	region	en=Jammu and Kashmir	uk=Джамму і Кашмір{x}|Джамму та Кашмір{x}	ru=Джамму и Кашмир{x}	country=IN	capital=Srinagar
region:in:ladakh	region	en=Ladakh	uk=Ладакх	ru=Ладакх	country=IN	capital=Leh
region:in:andaman_nicobar	region	en=Andaman and Nicobar Islands	uk=Андаманські та Нікобарські острови{pl}|Андаманські і Нікобарські острови{pl}	ru=Андаманские и Никобарские острова{pl}	country=IN	capital=Port Blair

# Canada: the provinces and territories not listed above
region:ca:new_brunswick	region	en=New Brunswick	uk=Нью-Брансвік	ru=Нью-Брансуик	country=CA	capital=Fredericton	pop=800000
region:ca:newfoundland_labrador	region	en=Newfoundland and Labrador|Newfoundland	uk=Ньюфаундленд і Лабрадор{x}|Ньюфаундленд	ru=Ньюфаундленд и Лабрадор{x}|Ньюфаундленд	country=CA	capital=St. John's
region:ca:prince_edward_island	region	en=Prince Edward Island	uk=Острів Принца Едуарда|острів Принца Едуарда	ru=Остров Принца Эдуарда|остров Принца Эдуарда	country=CA	capital=Charlottetown
region:ca:yukon	region	en=Yukon|Yukon Territory	uk=Юкон	ru=Юкон	country=CA	capital=Whitehorse	pop=44000
region:ca:northwest_territories	region	en=Northwest Territories	uk=Північно-Західні території{pl}	ru=Северо-Западные территории{pl}	country=CA	capital=Yellowknife
region:ca:nunavut	region	en=Nunavut	uk=Нунавут	ru=Нунавут	country=CA

# Brazil: states (the Federal District is Brasília). Names that are also cities, rivers or words count only after 'штат'
region:br:acre	region	en=Acre state|state of Acre	uk=штат Акрі	ru=штат Акри	country=BR	capital=Rio Branco
region:br:alagoas	region	en=Alagoas|Alagoas state|state of Alagoas	uk=Алагоас	ru=Алагоас	country=BR	capital=Maceió
region:br:amapa	region	en=Amapá|Amapa|Amapá state|state of Amapá|Amapa state|state of Amapa	uk=Амапа	ru=Амапа	country=BR	capital=Macapá
region:br:amazonas_br	region	en=Amazonas|Amazonas state|state of Amazonas	uk=Амазонас	ru=Амазонас	country=BR	capital=Manaus
region:br:bahia	region	en=Bahia|Bahia state|state of Bahia	uk=Баїя	ru=Баия	country=BR	capital=Salvador
region:br:ceara	region	en=Ceará|Ceara|Ceará state|state of Ceará|Ceara state|state of Ceara	uk=Сеара	ru=Сеара	country=BR	capital=Fortaleza
region:br:espirito_santo	region	en=Espírito Santo|Espirito Santo|Espírito Santo state|state of Espírito Santo|Espirito Santo state|state of Espirito Santo	uk=Еспіріту-Санту{x}	ru=Эспириту-Санту{x}	country=BR	capital=Vitória
region:br:goias	region	en=Goiás|Goias|Goiás state|state of Goiás|Goias state|state of Goias	uk=Гояс	ru=Гояс	country=BR	capital=Goiânia	pop=7000000
region:br:maranhao	region	en=Maranhão|Maranhao|Maranhão state|state of Maranhão|Maranhao state|state of Maranhao	uk=Мараньян	ru=Мараньян	country=BR	capital=São Luís
region:br:mato_grosso	region	en=Mato Grosso|Mato Grosso state|state of Mato Grosso	uk=Мату-Гросу{x}|Мато-Гроссо{x}	ru=Мату-Гросу{x}|Мато-Гроссо{x}	country=BR	capital=Cuiabá
region:br:mato_grosso_do_sul	region	en=Mato Grosso do Sul|Mato Grosso do Sul state|state of Mato Grosso do Sul	uk=Мату-Гросу-ду-Сул{x}|Мато-Гроссо-ду-Сул{x}	ru=Мату-Гросу-ду-Сул{x}	country=BR	capital=Campo Grande
region:br:minas_gerais	region	en=Minas Gerais|Minas Gerais state|state of Minas Gerais	uk=Мінас-Жерайс{x}	ru=Минас-Жерайс{x}	country=BR	capital=Belo Horizonte
region:br:para	region	en=Pará state|state of Pará	uk=штат Пара	ru=штат Пара	country=BR	capital=Belém
region:br:paraiba	region	en=Paraíba|Paraiba|Paraíba state|state of Paraíba|Paraiba state|state of Paraiba	uk=Параїба	ru=Параиба	country=BR	capital=João Pessoa
region:br:parana	region	en=Paraná state|state of Paraná	uk=штат Парана	ru=штат Парана	country=BR	capital=Curitiba
region:br:pernambuco	region	en=Pernambuco|Pernambuco state|state of Pernambuco	uk=Пернамбуку{x}	ru=Пернамбуку{x}	country=BR	capital=Recife
region:br:piaui	region	en=Piauí|Piaui|Piauí state|state of Piauí|Piaui state|state of Piaui	uk=Піауї{x}	ru=Пиауи{x}	country=BR	capital=Teresina
region:br:rio_de_janeiro_state	region	en=Rio de Janeiro state|state of Rio de Janeiro	uk=штат Ріо-де-Жанейро	ru=штат Рио-де-Жанейро	country=BR	capital=Rio de Janeiro
region:br:rio_grande_do_norte	region	en=Rio Grande do Norte|Rio Grande do Norte state|state of Rio Grande do Norte	uk=Ріу-Гранді-ду-Норті{x}|Ріо-Гранде-ду-Норте{x}	ru=Риу-Гранди-ду-Норти{x}|Рио-Гранде-ду-Норте{x}	country=BR	capital=Natal
region:br:rio_grande_do_sul	region	en=Rio Grande do Sul|Rio Grande do Sul state|state of Rio Grande do Sul	uk=Ріу-Гранді-ду-Сул{x}|Ріо-Гранде-ду-Сул{x}	ru=Риу-Гранди-ду-Сул{x}|Рио-Гранде-ду-Сул{x}	country=BR	capital=Porto Alegre
region:br:rondonia	region	en=Rondônia|Rondonia|Rondônia state|state of Rondônia|Rondonia state|state of Rondonia	uk=Рондонія	ru=Рондония	country=BR	capital=Porto Velho
region:br:roraima	region	en=Roraima|Roraima state|state of Roraima	uk=Рорайма	ru=Рорайма	country=BR	capital=Boa Vista
region:br:santa_catarina	region	en=Santa Catarina state|state of Santa Catarina	uk=штат Санта-Катаріна|штат Санта-Катарина	ru=штат Санта-Катарина	country=BR	capital=Florianópolis
region:br:sao_paulo_state	region	en=São Paulo state|state of São Paulo|Sao Paulo state|state of Sao Paulo	uk=штат Сан-Паулу	ru=штат Сан-Паулу	country=BR	capital=São Paulo
region:br:sergipe	region	en=Sergipe|Sergipe state|state of Sergipe	uk=Сержипі{x}	ru=Сержипи{x}	country=BR	capital=Aracaju
region:br:tocantins	region	en=Tocantins|Tocantins state|state of Tocantins	uk=Токантінс	ru=Токантинс	country=BR	capital=Palmas

# Mexico: states (Mexico City is in cities.lex). Names shared with the state's capital or with surnames count only after 'штат'
region:mx:aguascalientes	region	en=Aguascalientes state|state of Aguascalientes	uk=штат Агуаскальєнтес	ru=штат Агуаскальентес	country=MX	capital=Aguascalientes
region:mx:baja_california	region	en=Baja California|Baja California state|state of Baja California	uk=Нижня Каліфорнія	ru=Нижняя Калифорния	country=MX	capital=Mexicali
region:mx:baja_california_sur	region	en=Baja California Sur|Baja California Sur state|state of Baja California Sur	uk=Південна Нижня Каліфорнія	ru=Южная Нижняя Калифорния	country=MX	capital=geonames:4000900
region:mx:campeche	region	en=Campeche state|state of Campeche	uk=штат Кампече	ru=штат Кампече	country=MX	capital=Campeche
region:mx:chiapas	region	en=Chiapas|Chiapas state|state of Chiapas	uk=Чьяпас|Чіапас	ru=Чьяпас|Чиапас	country=MX	capital=Tuxtla Gutiérrez
region:mx:chihuahua	region	en=Chihuahua state|state of Chihuahua	uk=штат Чіуауа|штат Чихуахуа	ru=штат Чиуауа|штат Чихуахуа	country=MX	capital=Chihuahua
region:mx:coahuila	region	en=Coahuila|Coahuila state|state of Coahuila	uk=Коауїла	ru=Коауила	country=MX	capital=Saltillo
region:mx:colima	region	en=Colima state|state of Colima	uk=штат Коліма	ru=штат Колима	country=MX	capital=Colima
region:mx:durango	region	en=Durango state|state of Durango	uk=штат Дуранго	ru=штат Дуранго	country=MX	capital=Durango
region:mx:guanajuato	region	en=Guanajuato state|state of Guanajuato	uk=штат Гуанахуато	ru=штат Гуанахуато	country=MX	capital=Guanajuato
region:mx:guerrero	region	en=Guerrero{ctx}|Guerrero state|state of Guerrero	uk=Герреро{ctx}|штат Герреро	ru=Герреро{ctx}|штат Герреро	country=MX	capital=Chilpancingo
region:mx:hidalgo	region	en=Hidalgo{ctx}|Hidalgo state|state of Hidalgo	uk=Ідальго{ctx}|штат Ідальго	ru=Идальго{ctx}|штат Идальго	country=MX	capital=Pachuca
region:mx:jalisco	region	en=Jalisco|Jalisco state|state of Jalisco	uk=Халіско{x}	ru=Халиско{x}	country=MX	capital=Guadalajara
region:mx:mexico_state	region	en=State of Mexico|Estado de México|Mexico state|state of Mexico	uk=штат Мехіко	ru=штат Мехико	country=MX	capital=Toluca
region:mx:michoacan	region	en=Michoacán|Michoacan|Michoacán state|state of Michoacán|Michoacan state|state of Michoacan	uk=Мічоакан	ru=Мичоакан	country=MX	capital=Morelia
region:mx:morelos	region	en=Morelos{ctx}|Morelos state|state of Morelos	uk=Морелос{ctx}|штат Морелос	ru=Морелос{ctx}|штат Морелос	country=MX	capital=Cuernavaca
region:mx:nayarit	region	en=Nayarit|Nayarit state|state of Nayarit	uk=Наярит	ru=Наярит	country=MX	capital=Tepic
region:mx:nuevo_leon	region	en=Nuevo León|Nuevo Leon|Nuevo León state|state of Nuevo León|Nuevo Leon state|state of Nuevo Leon	uk=Нуево-Леон	ru=Нуэво-Леон	country=MX	capital=Monterrey
region:mx:oaxaca	region	en=Oaxaca state|state of Oaxaca	uk=штат Оахака	ru=штат Оахака	country=MX	capital=geonames:3522507
region:mx:puebla	region	en=Puebla state|state of Puebla	uk=штат Пуебла	ru=штат Пуэбла	country=MX	capital=geonames:3521081
region:mx:queretaro	region	en=Querétaro state|state of Querétaro|Queretaro state|state of Queretaro	uk=штат Керетаро	ru=штат Керетаро	country=MX	capital=geonames:3991164
region:mx:quintana_roo	region	en=Quintana Roo|Quintana Roo state|state of Quintana Roo	uk=Кінтана-Роо{x}	ru=Кинтана-Роо{x}	country=MX	capital=Chetumal
region:mx:san_luis_potosi	region	en=San Luis Potosí state|state of San Luis Potosí|San Luis Potosi state|state of San Luis Potosi	uk=штат Сан-Луїс-Потосі	ru=штат Сан-Луис-Потоси	country=MX	capital=San Luis Potosí
region:mx:sinaloa	region	en=Sinaloa|Sinaloa state|state of Sinaloa	uk=Сіналоа{x}	ru=Синалоа{x}	country=MX	capital=Culiacán
region:mx:sonora	region	en=Sonora|Sonora state|state of Sonora	uk=Сонора	ru=Сонора	country=MX	capital=Hermosillo
region:mx:tabasco	region	en=Tabasco{ctx}|Tabasco state|state of Tabasco	uk=Табаско{x}	ru=Табаско{x}	country=MX	capital=Villahermosa
region:mx:tamaulipas	region	en=Tamaulipas|Tamaulipas state|state of Tamaulipas	uk=Тамауліпас	ru=Тамаулипас	country=MX	capital=Ciudad Victoria
region:mx:tlaxcala	region	en=Tlaxcala state|state of Tlaxcala	uk=штат Тласкала	ru=штат Тласкала	country=MX	capital=Tlaxcala
region:mx:veracruz	region	en=Veracruz state|state of Veracruz	uk=штат Веракрус	ru=штат Веракрус	country=MX	capital=Xalapa
region:mx:yucatan	region	en=Yucatán|Yucatan|Yucatán state|state of Yucatán|Yucatan state|state of Yucatan	uk=Юкатан	ru=Юкатан	country=MX	capital=Mérida
region:mx:zacatecas	region	en=Zacatecas state|state of Zacatecas	uk=штат Сакатекас	ru=штат Сакатекас	country=MX	capital=Zacatecas

# Australia: states and territories
region:au:new_south_wales	region	en=New South Wales|NSW	uk=Новий Південний Уельс	ru=Новый Южный Уэльс	country=AU	capital=Sydney
region:au:queensland	region	en=Queensland	uk=Квінсленд	ru=Квинсленд	country=AU	capital=Brisbane
region:au:south_australia	region	en=South Australia	uk=Південна Австралія	ru=Южная Австралия	country=AU	capital=Adelaide
region:au:tasmania	region	en=Tasmania	uk=Тасманія	ru=Тасмания	country=AU	capital=Hobart
region:au:victoria_au	region	en=Victoria state	uk=штат Вікторія	ru=штат Виктория	country=AU	capital=Melbourne
region:au:western_australia	region	en=Western Australia	uk=Західна Австралія	ru=Западная Австралия	country=AU	capital=Perth
region:au:australian_capital_territory	region	en=Australian Capital Territory	uk=Австралійська столична територія	ru=Австралийская столичная территория	country=AU	capital=Canberra
region:au:northern_territory	region	en=Northern Territory	uk=Північна територія	ru=Северная территория	country=AU	capital=Darwin

# Vietnam: the provinces most in the news (the five municipalities Hanoi, Ho Chi Minh City, Haiphong, Da Nang and Can Tho are in cities.lex); the provinces as before the 2025 merger
region:vn:quang_ninh	region	en=Quảng Ninh|Quang Ninh|Quảng Ninh Province|Quang Ninh Province	uk=Куангнінь{m}	ru=Куангнинь{m}	country=VN	capital=Hạ Long
region:vn:khanh_hoa	region	en=Khánh Hòa|Khanh Hoa|Khánh Hòa Province|Khanh Hoa Province	uk=Кханьхоа{x}|Кханьхва{x}	ru=Кханьхоа{x}	country=VN	capital=Nha Trang
region:vn:lam_dong	region	en=Lâm Đồng|Lam Dong|Lâm Đồng Province|Lam Dong Province	uk=Ламдонг	ru=Ламдонг	country=VN	capital=Da Lat
region:vn:binh_duong	region	en=Bình Dương|Binh Duong|Bình Dương Province|Binh Duong Province	uk=Біньзионг	ru=Биньзыонг	country=VN	capital=Thủ Dầu Một
region:vn:dong_nai	region	en=Đồng Nai|Dong Nai|Đồng Nai Province|Dong Nai Province	uk=Донгнай	ru=Донгнай	country=VN	capital=Biên Hòa
region:vn:thua_thien_hue	region	en=Thừa Thiên Huế|Thua Thien Hue|Thừa Thiên Huế Province|Thua Thien Hue Province	uk=Тхиатх'єн-Хюе{x}	ru=Тхыатхьен-Хюэ{x}	country=VN	capital=Huế
region:vn:quang_nam	region	en=Quảng Nam|Quang Nam|Quảng Nam Province|Quang Nam Province	uk=Куангнам	ru=Куангнам	country=VN	capital=Tam Kỳ
region:vn:ba_ria_vung_tau	region	en=Bà Rịa–Vũng Tàu|Ba Ria-Vung Tau|Ba Ria–Vung Tau|Bà Rịa–Vũng Tàu Province|Ba Ria-Vung Tau Province|Ba Ria–Vung Tau Province	uk=Бар'я-Вунгтау{x}|Барія-Вунгтау{x}	ru=Бариа-Вунгтау{x}	country=VN
region:vn:kien_giang	region	en=Kiên Giang|Kien Giang|Kiên Giang Province|Kien Giang Province	uk=К'єнзянг|Кьензянг	ru=Кьензянг|Киензянг	country=VN	capital=Rạch Giá
region:vn:nghe_an	region	en=Nghệ An|Nghe An|Nghệ An Province|Nghe An Province	uk=Нгеан	ru=Нгеан	country=VN	capital=Vinh

# More names of regions listed above: the lines merge into the entries of the same id.
# A generic word only where the bare name needs context ('регион Лацио', 'провинция Квебек').
region:it:lazio	region	uk=регіон Лаціо	ru=регион Лацио
region:it:campania	region	uk=регіон Кампанія	ru=регион Кампания
region:fr:provence	region	uk=Прованс — Альпи — Лазурний Берег{x}|Прованс-Альпи-Лазурний Берег{x}	ru=Прованс — Альпы — Лазурный Берег{x}|Прованс-Альпы-Лазурный Берег{x}
region:ca:ontario	region	en=Province of Ontario	pop=14000000
region:ca:quebec	region	en=Province of Quebec	uk=провінція Квебек	ru=провинция Квебек
region:jp:hokkaido	region	en=Hokkaido Prefecture	uk=губернаторство Хоккайдо	ru=губернаторство Хоккайдо
region:jp:okinawa	region	en=Okinawa Prefecture
region:rs:vojvodina	region	en=Autonomous Province of Vojvodina	uk=автономний край Воєводина|АК Воєводина	ru=автономный край Воеводина|АК Воеводина

# Populations (rounded) of regions that share their name with a smaller town
# elsewhere (Колорадо, Орегон): the region is the usual sense of the bare name.
region:us:colorado	region	pop=5800000
region:us:oregon	region	pop=4200000
region:us:montana	region	pop=1100000
region:us:virginia	region	pop=8600000
region:us:wyoming	region	pop=580000
region:us:delaware	region	pop=1000000
region:jp:okinawa	region	pop=1470000
