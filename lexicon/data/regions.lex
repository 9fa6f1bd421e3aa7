# factum default lexicon: regions (type region): Ukraine's oblasts, Crimea and
# historical regions; Moldova, Georgia, Azerbaijan and Belarus regions; Russia's
# federal subjects (oblasts, krais, republics, autonomous okrugs; the federal
# cities are in cities.lex) and macro-regions; China's provinces, autonomous
# regions and macro-regions; the US states; German Länder; Polish voivodeships;
# other regions often in the news; continents and world regions.
# id: a Wikidata QID only where certain, else region:<cc>:<slug> (region:<slug>
# for regions spanning several countries). country= ISO alpha-2 (omitted for
# multi-country regions); capital= the English name of the administrative
# centre (the lead resolves it to a city id). uk/ru names are nominative; the
# loader declines them ("Київська область" -> "Київської області"); names in
# which only the first noun declines are given with their generic word
# ("провінція Чжецзян", "штат Каліфорнія", "земля Баварія").

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
Q5428	region	en=Siberia	uk=Сибір{f}	ru=Сибирь{f}	country=RU
region:ru:western_siberia	region	en=Western Siberia|West Siberia	uk=Західний Сибір|Західна Сибір	ru=Западная Сибирь	country=RU
region:ru:eastern_siberia	region	en=Eastern Siberia|East Siberia	uk=Східний Сибір|Східна Сибір	ru=Восточная Сибирь	country=RU
region:ru:urals	region	en=Urals|Ural|Ural region	uk=Урал{ctx}	ru=Урал{ctx}	country=RU
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
