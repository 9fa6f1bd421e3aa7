# factum default lexicon: political parties, blocs and movements (Ukraine,
# Russia and the USSR, Europe, the rest of the world). Same format as
# orgs.lex; uk=/ru= names are nominative and declined by the loader.

# == Ukraine: parties and blocs, past and present ==
org:party_of_regions	org	en=Party of Regions	uk=Партія регіонів	ru=Партия регионов	any=Party of Regions	country=UA	hq=Kyiv	kind=party	note=banned in 2023
org:samopomich	org	en=Self Reliance|Samopomich	uk=Об'єднання «Самопоміч»|Об’єднання «Самопоміч»|Самопоміч|Самопомочі{x}|Самопоміччю{x}	ru=Объединение «Самопомощь»|Самопомощь	any=Samopomich	country=UA	hq=Lviv	kind=party
org:udar	org	en=UDAR	uk=УДАР{x}{ctx}|УДАРу{x}|УДАРі{x}|УДАРом{x}|УДАР Віталія Кличка{x}|Український демократичний альянс за реформи	ru=УДАР{x}{ctx}|УДАР Виталия Кличко{x}|Украинский демократический альянс за реформы	any=UDAR	country=UA	hq=Kyiv	kind=party
org:narodnyi_front	org	en=People's Front (Ukraine)	uk=Народний фронт	ru=Народный фронт Украины	country=UA	hq=Kyiv	kind=party
org:bpp	org	en=Petro Poroshenko Bloc	uk=Блок Петра Порошенка|БПП{x}|Блок Петра Порошенка «Солідарність»|БПП «Солідарність»{x}|партія «Блок Петра Порошенка «Солідарність»	ru=Блок Петра Порошенко|БПП{x}|БПП «Солидарность»{x}|Блок Петра Порошенко «Солидарность»	country=UA	hq=Kyiv	kind=party	note=renamed European Solidarity in 2019
org:radical_party	org	en=Radical Party of Oleh Liashko	uk=Радикальна партія Олега Ляшка|Радикальна партія|РПЛ{x}	ru=Радикальная партия Олега Ляшко|Радикальная партия	country=UA	hq=Kyiv	kind=party
org:kpu	org	en=Communist Party of Ukraine	uk=Комуністична партія України|КПУ{x}	ru=Коммунистическая партия Украины|КПУ{x}	country=UA	hq=Kyiv	kind=party	note=banned in 2015
org:spu	org	en=Socialist Party of Ukraine	uk=Соціалістична партія України|СПУ{x}	ru=Социалистическая партия Украины|СПУ{x}	country=UA	hq=Kyiv	kind=party
org:nasha_ukraina	org	en=Our Ukraine	uk=Наша Україна|блок «Наша Україна»|Наша Україна — Народна самооборона|НУНС{x}	ru=Наша Украина|блок «Наша Украина»	country=UA	hq=Kyiv	kind=party
org:byut	org	en=Yulia Tymoshenko Bloc	uk=Блок Юлії Тимошенко|БЮТ{x}	ru=Блок Юлии Тимошенко|БЮТ{x}	any=BYuT	country=UA	hq=Kyiv	kind=party
org:opoblok	org	en=Opposition Bloc	uk=Опозиційний блок|Опоблок	ru=Оппозиционный блок|Оппоблок	country=UA	hq=Kyiv	kind=party
org:party_shariy	org	en=Party of Shariy	uk=Партія Шарія	ru=Партия Шария	country=UA	hq=Kyiv	kind=party	note=banned in 2022
org:civic_position	org	en=Civil Position	uk=Громадянська позиція	ru=Гражданская позиция	country=UA	hq=Kyiv	kind=party
org:syla_i_chest	org	en=Strength and Honor	uk=Сила і честь	ru=Сила и честь	country=UA	hq=Kyiv	kind=party
org:ukr_strategy	org	en=Groysman's Ukrainian Strategy	uk=Українська стратегія Гройсмана	ru=Украинская стратегия Гройсмана	country=UA	hq=Kyiv	kind=party
org:agrarian_ua	org	en=Agrarian Party of Ukraine	uk=Аграрна партія України	ru=Аграрная партия Украины	country=UA	hq=Kyiv	kind=party
org:pravyi_sektor	org	en=Right Sector	uk=Правий сектор	ru=Правый сектор	any=Pravyi Sektor	country=UA	hq=Kyiv	kind=party
org:natskorpus	org	en=National Corps	uk=Національний корпус|Нацкорпус	ru=Национальный корпус|Нацкорпус	country=UA	hq=Kyiv	kind=party
org:rukh_party	org	en=People's Movement of Ukraine	uk=Народний рух України|НРУ{x}	ru=Народное движение Украины|Народный рух Украины	country=UA	hq=Kyiv	kind=party
org:una_unso	org	en=UNA-UNSO	uk=УНА-УНСО{x}	ru=УНА-УНСО{x}	any=UNA-UNSO	country=UA	hq=Kyiv	kind=party
org:ukrop	org	en=UKROP	uk=УКРОП{x}{ctx}|Українське об'єднання патріотів|Українське об’єднання патріотів	ru=УКРОП{x}{ctx}	country=UA	hq=Kyiv	kind=party
org:strong_ukraine	org	en=Strong Ukraine	uk=Сильна Україна	ru=Сильная Украина	country=UA	hq=Kyiv	kind=party
org:front_zmin	org	en=Front for Change	uk=Фронт змін	ru=Фронт перемен	country=UA	hq=Kyiv	kind=party
org:ugp	org	en=Ukrainian Galician Party	uk=Українська Галицька партія|Українська галицька партія|УГП{x}	ru=Украинская Галицкая партия	country=UA	hq=Lviv	kind=party
org:nash_krai	org	en=Nash Krai	uk=партія «Наш край»|партія Наш край	ru=партия «Наш край»|партия Наш край	country=UA	hq=Kyiv	kind=party
org:nashi_ua	org	en=Nashi (Ukrainian party)	uk=партія «Наші»|партія Наші	ru=партия «Наши» Мураева	country=UA	hq=Kyiv	kind=party
org:narodna_partiya	org	en=People's Party (Ukraine)	uk=Народна партія України|Блок Литвина|Народний блок Литвина	ru=Народная партия Украины|Блок Литвина	country=UA	hq=Kyiv	kind=party
org:edinyi_tsentr	org	en=United Centre	uk=Єдиний центр	ru=Единый центр	country=UA	hq=Kyiv	kind=party
org:osnova_party	org	en=Osnova (party)	uk=партія «Основа»|партія Основа	ru=партия «Основа»|партия Основа	country=UA	hq=Kyiv	kind=party
org:ruh_novyh_syl	org	en=Movement of New Forces	uk=Рух нових сил	ru=Движение новых сил	country=UA	hq=Kyiv	kind=party
org:demalyans	org	en=Democratic Alliance (Ukraine)	uk=партія «Демократичний альянс»|Демальянс	ru=Демократический альянс Украины|Демальянс	country=UA	hq=Kyiv	kind=party
org:vidrodzhennia_ua	org	en=Revival (Ukraine)	uk=партія «Відродження» (Україна)|група «Відродження»	country=UA	hq=Kyiv	kind=party
org:ppsu	org	en=Progressive Socialist Party of Ukraine	uk=Прогресивна соціалістична партія України|ПСПУ{x}	ru=Прогрессивная социалистическая партия Украины|ПСПУ{x}	country=UA	hq=Kyiv	kind=party
org:azov_brigade	org	en=Azov Brigade|Azov Regiment	uk=полк «Азов»|полк Азов|бригада «Азов»|батальйон «Азов»|окремий загін спеціального призначення «Азов»	ru=полк «Азов»|полк Азов|батальон «Азов»|бригада «Азов»	any=Azov Regiment|Azov Brigade|Azov Battalion	country=UA	hq=Mariupol	kind=military
org:aidar_battalion	org	en=Aidar Battalion	uk=батальйон «Айдар»|батальйон Айдар	ru=батальон «Айдар»|батальон Айдар	country=UA	kind=military
org:berkut_police	org	en=Berkut (special police)	uk=Беркут{ctx}|спецпідрозділ «Беркут»|спецпідрозділ Беркут	ru=Беркут{ctx}|спецподразделение «Беркут»	any=Berkut{ctx}	country=UA	hq=Kyiv	kind=law_enforcement	note=disbanded in 2014
org:duk	org	en=Ukrainian Volunteer Corps	uk=Добровольчий український корпус|ДУК{x}	ru=Добровольческий украинский корпус	country=UA	kind=military
org:georgian_legion	org	en=Georgian Legion	uk=Грузинський легіон	ru=Грузинский легион	country=UA	kind=military
org:freedom_russia_legion	org	en=Freedom of Russia Legion	uk=Легіон «Свобода Росії»|легіон «Свобода Росії»	ru=Легион «Свобода России»|легион «Свобода России»	country=UA	kind=military
org:rdk	org	en=Russian Volunteer Corps	uk=Російський добровольчий корпус|РДК{x}	ru=Русский добровольческий корпус|РДК{x}	country=UA	kind=military
org:third_assault	org	en=3rd Assault Brigade	uk=Третя окрема штурмова бригада|Третя штурмова бригада|3-тя окрема штурмова бригада|3 ОШБр{x}	ru=Третья отдельная штурмовая бригада|Третья штурмовая бригада	country=UA	kind=military
org:sdpuo	org	en=Social Democratic Party of Ukraine (united)	uk=Соціал-демократична партія України (об'єднана)|Соціал-демократична партія України (об’єднана)|СДПУ(о){x}|СДПУ (о){x}	ru=Социал-демократическая партия Украины (объединенная)|Социал-демократическая партия Украины (объединённая)|СДПУ(о){x}|СДПУ (о){x}	country=UA	hq=Kyiv	kind=party
org:trudova_ukraina	org	en=Labour Ukraine	uk=Трудова Україна	ru=Трудовая Украина	country=UA	hq=Kyiv	kind=party
org:ndp_ua	org	en=People's Democratic Party (Ukraine)	uk=Народно-демократична партія|НДП{x}	ru=Народно-демократическая партия Украины	country=UA	hq=Kyiv	kind=party
org:za_yedu	org	en=For United Ukraine!	uk=За єдину Україну|блок «За єдину Україну!»|ЗаЄдУ	ru=За единую Украину|блок «За единую Украину!»	country=UA	hq=Kyiv	kind=party
org:reformy_i_poryadok	org	en=Reforms and Order Party	uk=Партія «Реформи і порядок»|партія «Реформи і порядок»	ru=Партия «Реформы и порядок»	country=UA	hq=Kyiv	kind=party
org:unp	org	en=Ukrainian People's Party	uk=Українська народна партія|УНП{x}	ru=Украинская народная партия	country=UA	hq=Kyiv	kind=party
org:kun	org	en=Congress of Ukrainian Nationalists	uk=Конгрес українських націоналістів	ru=Конгресс украинских националистов	country=UA	hq=Kyiv	kind=party
org:oun	org	en=Organization of Ukrainian Nationalists	uk=Організація українських націоналістів|ОУН{x}|ОУН-УПА{x}|ОУН(б){x}	ru=Организация украинских националистов|ОУН{x}	any=OUN	country=UA	kind=party	note=historic (1929-)
org:upa	org	en=Ukrainian Insurgent Army	uk=Українська повстанська армія|УПА{x}	ru=Украинская повстанческая армия|УПА{x}	any=UPA	country=UA	kind=military	note=historic (1942-1956)
org:pora_campaign	org	en=Pora!	uk=громадянська кампанія «Пора!»|партія «Пора!»	ru=гражданская кампания «Пора!»	country=UA	hq=Kyiv	kind=movement

# == Russia and the USSR: parties and movements ==
org:onf	org	en=All-Russia People's Front	uk=Загальноросійський народний фронт|ОНФ{x}	ru=Общероссийский народный фронт|Народный фронт «За Россию»|Народный фронт|ОНФ{x}	any=ONF	country=RU	hq=Moscow	kind=movement
org:partiya_rosta	org	en=Party of Growth	uk=Партія зростання	ru=Партия роста	country=RU	hq=Moscow	kind=party
org:rodina_ru	org	en=Rodina (party)	uk=партія «Батьківщина» (Росія)	ru=партия «Родина»|партия Родина	country=RU	hq=Moscow	kind=party
org:parnas	org	en=People's Freedom Party|PARNAS	uk=ПАРНАС{x}{ctx}|Партія народної свободи	ru=ПАРНАС{x}{ctx}|Партия народной свободы|РПР-ПАРНАС{x}	any=PARNAS	country=RU	hq=Moscow	kind=party
org:sps	org	en=Union of Right Forces	uk=Союз правих сил	ru=Союз правых сил|СПС{x}	country=RU	hq=Moscow	kind=party
org:pravoe_delo	org	en=Right Cause	uk=Права справа	ru=Правое дело	country=RU	hq=Moscow	kind=party
org:fbk	org	en=Anti-Corruption Foundation	uk=Фонд боротьби з корупцією|ФБК{x}	ru=Фонд борьбы с коррупцией|ФБК{x}	any=FBK|Anti-Corruption Foundation	country=RU	hq=Moscow	kind=ngo
org:open_russia	org	en=Open Russia	uk=Відкрита Росія	ru=Открытая Россия	any=Open Russia	country=RU	hq=Moscow	kind=movement
org:golos_ru	org	en=Golos (election watchdog)	uk=рух «Голос»|рух Голос	ru=движение «Голос»|движение Голос|Ассоциация «Голос»	country=RU	hq=Moscow	kind=ngo
org:solidarnost_ru	org	en=Solidarnost (Russian movement)	ru=движение «Солидарность»|движение Солидарность	uk=рух «Солідарність»	country=RU	hq=Moscow	kind=movement
org:other_russia	org	en=The Other Russia	uk=Інша Росія	ru=Другая Россия	any=The Other Russia	country=RU	hq=Moscow	kind=party
org:nbp	org	en=National Bolshevik Party	uk=Націонал-більшовицька партія|НБП{x}	ru=Национал-большевистская партия|НБП{x}	country=RU	hq=Moscow	kind=party
org:left_front	org	en=Left Front	uk=Лівий фронт	ru=Левый фронт	country=RU	hq=Moscow	kind=movement
org:nashi_ru	org	en=Nashi (youth movement)	uk=рух «Наші»|рух Наші	ru=движение «Наши»|движение Наши	country=RU	hq=Moscow	kind=movement
org:mger	org	en=Young Guard of United Russia	uk=Молода гвардія Єдиної Росії	ru=Молодая гвардия Единой России|Молодая гвардия «Единой России»	country=RU	hq=Moscow	kind=movement
org:yunarmiya	org	en=Yunarmiya	uk=Юнармія	ru=Юнармия	any=Yunarmiya	country=RU	hq=Moscow	kind=movement
org:night_wolves	org	en=Night Wolves	uk=Нічні вовки{pl}	ru=Ночные волки{pl}	any=Night Wolves	country=RU	hq=Moscow	kind=club
org:pensioners_ru	org	en=Russian Party of Pensioners for Social Justice	uk=Партія пенсіонерів	ru=Российская партия пенсионеров за справедливость|Партия пенсионеров	country=RU	hq=Moscow	kind=party
org:communists_russia	org	en=Communists of Russia	uk=Комуністи Росії{pl}	ru=Коммунисты России{pl}	country=RU	hq=Moscow	kind=party
org:cpsu	org	en=Communist Party of the Soviet Union	uk=Комуністична партія Радянського Союзу|КПРС{x}|ЦК КПРС{x}	ru=Коммунистическая партия Советского Союза|КПСС{x}|ЦК КПСС{x}|ВКП(б){x}	any=CPSU	note=USSR	hq=Moscow	kind=party
org:komsomol	org	en=Komsomol	uk=Комсомол|ВЛКСМ{x}|ЛКСМУ{x}	ru=Комсомол|ВЛКСМ{x}	any=Komsomol	note=USSR	hq=Moscow	kind=movement
org:nkvd	org	en=NKVD	uk=НКВС{x}|НКВД{x}|Народний комісаріат внутрішніх справ	ru=НКВД{x}|Народный комиссариат внутренних дел	any=NKVD	note=USSR	hq=Moscow	kind=security
org:kgb	org	en=KGB	uk=КДБ{x}|Комітет державної безпеки	ru=КГБ{x}|Комитет государственной безопасности	any=KGB	note=USSR	hq=Moscow	kind=security
org:kgb_by	org	en=KGB of Belarus	uk=КДБ Білорусі{x}|КДБ Республіки Білорусь{x}	ru=КГБ Белоруссии{x}|КГБ Беларуси{x}|КГБ Республики Беларусь{x}	country=BY	hq=Minsk	kind=security
org:cheka	org	en=Cheka	uk=ВЧК{x}|ЧК{x}	ru=ВЧК{x}	any=Cheka	note=USSR	hq=Moscow	kind=security
org:gulag	org	en=Gulag	uk=ГУЛАГ{x}	ru=ГУЛАГ{x}	any=Gulag|GULAG	note=USSR	hq=Moscow	kind=agency
org:politburo	org	en=Politburo of the CPSU	uk=Політбюро ЦК КПРС|Політбюро{ctx}	ru=Политбюро ЦК КПСС|Политбюро{ctx}	any=Politburo	note=USSR	hq=Moscow	kind=party
org:party_progress_ru	org	en=Progress Party (Russia)	uk=Партія прогресу	ru=Партия прогресса	country=RU	hq=Moscow	kind=party
org:russia_future	org	en=Russia of the Future	uk=Росія майбутнього	ru=Россия будущего	country=RU	hq=Moscow	kind=party

# == Europe: parties ==
org:libdems_uk	org	en=Liberal Democrats (UK)	uk=Ліберальні демократи Великої Британії|Ліберально-демократична партія Великої Британії	ru=Либеральные демократы Великобритании|Либерально-демократическая партия Великобритании	any=Liberal Democrats|Lib Dems	country=GB	hq=London	kind=party
org:snp_scotland	org	en=Scottish National Party	uk=Шотландська національна партія|ШНП{x}	ru=Шотландская национальная партия|ШНП{x}	any=SNP	country=GB	hq=Edinburgh	kind=party
org:brexit_party	org	en=Brexit Party|Reform UK	uk=Партія Брекзиту|Партія Brexit	ru=Партия Брексита|Партия брексита|Партия Brexit	any=Brexit Party|Reform UK	country=GB	hq=London	kind=party
org:ukip	org	en=UK Independence Party	uk=Партія незалежності Сполученого Королівства	ru=Партия независимости Соединенного Королевства|Партия независимости Соединённого Королевства	any=UKIP	country=GB	hq=London	kind=party
org:dup	org	en=Democratic Unionist Party	uk=Демократична юніоністська партія	ru=Демократическая юнионистская партия|ДЮП{x}	any=DUP	country=GB	hq=Belfast	kind=party
org:sinn_fein	org	en=Sinn Féin	uk=Шинн Фейн{x}	ru=Шинн Фейн{x}|Шин Фейн{x}	any=Sinn Féin|Sinn Fein	country=IE	hq=Dublin	kind=party
org:die_linke	org	en=The Left (Germany)	uk=Ліва партія Німеччини|партія «Ліві»	ru=Левая партия Германии|партия «Левые»	any=Die Linke	country=DE	hq=Berlin	kind=party
org:bsw	org	en=Sahra Wagenknecht Alliance	uk=Союз Сари Вагенкнехт	ru=Союз Сары Вагенкнехт	any=BSW	country=DE	hq=Berlin	kind=party
org:les_republicains	org	en=The Republicans (France)	uk=партія «Республіканці»	ru=партия «Республиканцы»	any=Les Républicains	country=FR	hq=Paris	kind=party
org:ps_fr	org	en=Socialist Party (France)	uk=Соціалістична партія Франції	ru=Социалистическая партия Франции	any=Parti socialiste	country=FR	hq=Paris	kind=party
org:lfi	org	en=La France Insoumise	uk=Нескорена Франція	ru=Непокоренная Франция|Непокорённая Франция	any=La France insoumise|La France Insoumise	country=FR	hq=Paris	kind=party
org:en_marche	org	en=La République En Marche!	uk=«Вперед, Республіко!»|Вперед, Республіко	ru=«Вперед, Республика!»|«Вперёд, Республика!»|Вперед, Республика|Вперёд, Республика	any=En Marche|La République En Marche|LREM	country=FR	hq=Paris	kind=party
org:forza_italia	org	en=Forza Italia	uk=Вперед, Італія	ru=Вперед, Италия|Вперёд, Италия	any=Forza Italia	country=IT	hq=Rome	kind=party
org:lega	org	en=Lega	uk=Ліга Півночі	ru=Лига Севера	any=Lega Nord|Lega	country=IT	hq=Milan	kind=party
org:fdi	org	en=Brothers of Italy	uk=Брати Італії{pl}	ru=Братья Италии{pl}	any=Fratelli d'Italia	country=IT	hq=Rome	kind=party
org:m5s	org	en=Five Star Movement	uk=Рух п'яти зірок|Рух п’яти зірок	ru=Движение пяти звезд|Движение пяти звёзд	any=Movimento 5 Stelle|M5S	country=IT	hq=Rome	kind=party
org:pd_it	org	en=Democratic Party (Italy)	uk=Демократична партія Італії	ru=Демократическая партия Италии	any=Partito Democratico	country=IT	hq=Rome	kind=party
org:psoe	org	en=Spanish Socialist Workers' Party	uk=Іспанська соціалістична робітнича партія|ІСРП{x}	ru=Испанская социалистическая рабочая партия|ИСРП{x}	any=PSOE	country=ES	hq=Madrid	kind=party
org:pp_es	org	en=People's Party (Spain)	uk=Народна партія Іспанії	ru=Народная партия Испании	any=Partido Popular	country=ES	hq=Madrid	kind=party
org:podemos	org	en=Podemos	uk=Подемос	ru=Подемос	any=Podemos	country=ES	hq=Madrid	kind=party
org:vox_es	org	en=Vox (Spanish party)	uk=партія Vox{x}	ru=партия Vox{x}	country=ES	hq=Madrid	kind=party
org:fidesz	org	en=Fidesz	uk=Фідес	ru=Фидес	any=Fidesz	country=HU	hq=Budapest	kind=party
org:ovp	org	en=Austrian People's Party	uk=Австрійська народна партія	ru=Австрийская народная партия	any=ÖVP|OVP	country=AT	hq=Vienna	kind=party
org:fpo	org	en=Freedom Party of Austria	uk=Австрійська партія свободи	ru=Австрийская партия свободы	any=FPÖ|FPO	country=AT	hq=Vienna	kind=party
org:pvv	org	en=Party for Freedom (Netherlands)	uk=Партія свободи Нідерландів	ru=Партия свободы Нидерландов	any=PVV	country=NL	hq=The Hague	kind=party
org:sd_se	org	en=Sweden Democrats	uk=Шведські демократи{pl}	ru=Шведские демократы{pl}	any=Sverigedemokraterna	country=SE	hq=Stockholm	kind=party
org:konfederacja	org	en=Confederation Liberty and Independence	uk=Конфедерація «Свобода і незалежність»	ru=Конфедерация «Свобода и независимость»	any=Konfederacja	country=PL	hq=Warsaw	kind=party
org:solidarnosc	org	en=Solidarity (Polish trade union)	uk=профспілка «Солідарність»	ru=профсоюз «Солидарность»	any=Solidarność|Solidarnosc	country=PL	hq=Gdańsk	kind=trade_union
org:georgian_dream	org	en=Georgian Dream	uk=Грузинська мрія	ru=Грузинская мечта	any=Georgian Dream	country=GE	hq=Tbilisi	kind=party
org:unm_ge	org	en=United National Movement (Georgia)	uk=Єдиний національний рух	ru=Единое национальное движение	any=UNM	country=GE	hq=Tbilisi	kind=party
org:pas_md	org	en=Party of Action and Solidarity	uk=Партія «Дія і солідарність»|партія «Дія і Солідарність»	ru=Партия «Действие и солидарность»|партия «Действие и Солидарность»	country=MD	hq=Chișinău	kind=party
org:psrm	org	en=Party of Socialists of the Republic of Moldova	uk=Партія соціалістів Республіки Молдова|ПСРМ{x}	ru=Партия социалистов Республики Молдова|ПСРМ{x}	country=MD	hq=Chișinău	kind=party
org:shor_party	org	en=Șor Party	uk=партія «Шор»|партія Шора	ru=партия «Шор»|партия Шора	country=MD	hq=Chișinău	kind=party
org:civil_contract	org	en=Civil Contract (Armenia)	uk=Громадянський договір	ru=Гражданский договор	country=AM	hq=Yerevan	kind=party
org:rpa	org	en=Republican Party of Armenia	uk=Республіканська партія Вірменії|РПВ{x}	ru=Республиканская партия Армении|РПА{x}	country=AM	hq=Yerevan	kind=party
org:nur_otan	org	en=Amanat|Nur Otan	uk=Нур Отан{x}|Аманат{x}	ru=Нур Отан{x}|Аманат{x}	any=Nur Otan|Amanat	country=KZ	hq=Astana	kind=party
org:epp	org	en=European People's Party	uk=Європейська народна партія|ЄНП{x}	ru=Европейская народная партия|ЕНП{x}	any=EPP	hq=Brussels	kind=party
org:pes	org	en=Party of European Socialists	uk=Партія європейських соціалістів	ru=Партия европейских социалистов	any=PES	hq=Brussels	kind=party

# == Americas, Asia, Africa, Middle East: parties ==
org:dnc	org	en=Democratic National Committee	uk=Національний комітет Демократичної партії|Національний комітет Демократичної партії США	ru=Национальный комитет Демократической партии|Национальный комитет Демократической партии США	any=DNC	country=US	hq=Washington	kind=party
org:rnc	org	en=Republican National Committee	uk=Національний комітет Республіканської партії	ru=Национальный комитет Республиканской партии	any=RNC	country=US	hq=Washington	kind=party
org:ldp_jp	org	en=Liberal Democratic Party (Japan)	uk=Ліберально-демократична партія Японії|ЛДПЯ{x}	ru=Либерально-демократическая партия Японии|ЛДПЯ{x}	country=JP	hq=Tokyo	kind=party
org:bjp	org	en=Bharatiya Janata Party	uk=Бхаратія джаната парті{x}|Індійська народна партія	ru=Бхаратия джаната парти{x}|Индийская народная партия	any=BJP|Bharatiya Janata Party	country=IN	hq=New Delhi	kind=party
org:inc_india	org	en=Indian National Congress	uk=Індійський національний конгрес	ru=Индийский национальный конгресс	any=Indian National Congress	country=IN	hq=New Delhi	kind=party
org:pti	org	en=Pakistan Tehreek-e-Insaf	uk=Пакистанський рух за справедливість	ru=Движение за справедливость Пакистана|Пакистанское движение за справедливость	any=PTI|Pakistan Tehreek-e-Insaf	country=PK	hq=Islamabad	kind=party
org:pmln	org	en=Pakistan Muslim League (N)	uk=Пакистанська мусульманська ліга (Наваз)|Пакистанська мусульманська ліга	ru=Пакистанская мусульманская лига (Наваз)|Пакистанская мусульманская лига	any=PML-N	country=PK	hq=Lahore	kind=party
org:tlp	org	en=Tehreek-e-Labbaik Pakistan	uk=Техрік-е-Лаббайк Пакистан	ru=Техрик-е-Лаббайк Пакистан|Техрик-и-Лаббайк Пакистан	any=Tehreek-e-Labbaik Pakistan|Tehreek-e-Labbaik|TLP{ctx}	country=PK	hq=Lahore	kind=party
org:anc	org	en=African National Congress	uk=Африканський національний конгрес|АНК{x}	ru=Африканский национальный конгресс|АНК{x}	any=ANC	country=ZA	hq=Johannesburg	kind=party
org:zanu_pf	org	en=ZANU–PF	uk=ЗАНУ-ПФ{x}|Африканський національний союз Зімбабве — Патріотичний фронт	ru=ЗАНУ-ПФ{x}|Африканский национальный союз Зимбабве — Патриотический фронт	any=ZANU-PF|ZANU–PF|Zanu-PF	country=ZW	hq=Harare	kind=party
org:mdc_zw	org	en=Movement for Democratic Change	uk=Рух за демократичні зміни	ru=Движение за демократические перемены	any=MDC{ctx}	country=ZW	hq=Harare	kind=party
org:psuv	org	en=United Socialist Party of Venezuela	uk=Єдина соціалістична партія Венесуели	ru=Единая социалистическая партия Венесуэлы|ЕСПВ{x}	any=PSUV	country=VE	hq=Caracas	kind=party
org:likud	org	en=Likud	uk=Лікуд	ru=Ликуд	any=Likud	country=IL	hq=Tel Aviv	kind=party
org:yesh_atid	org	en=Yesh Atid	uk=Єш Атід{x}	ru=Еш Атид{x}|Йеш Атид{x}	any=Yesh Atid	country=IL	hq=Tel Aviv	kind=party
org:chp	org	en=Republican People's Party (Turkey)	uk=Республіканська народна партія	ru=Республиканская народная партия	any=CHP	country=TR	hq=Ankara	kind=party
org:mhp	org	en=Nationalist Movement Party	uk=Партія націоналістичного руху	ru=Партия националистического движения	country=TR	hq=Ankara	kind=party
org:hdp	org	en=Peoples' Democratic Party (Turkey)	uk=Демократична партія народів	ru=Демократическая партия народов	any=HDP	country=TR	hq=Ankara	kind=party
org:wpk	org	en=Workers' Party of Korea	uk=Трудова партія Кореї|ТПК{x}	ru=Трудовая партия Кореи|ТПК{x}	any=WPK	country=KP	hq=Pyongyang	kind=party
org:pcc_cuba	org	en=Communist Party of Cuba	uk=Комуністична партія Куби	ru=Коммунистическая партия Кубы	country=CU	hq=Havana	kind=party
org:cpv	org	en=Communist Party of Vietnam	uk=Комуністична партія В'єтнаму|Комуністична партія В’єтнаму	ru=Коммунистическая партия Вьетнама	country=VN	hq=Hanoi	kind=party
org:kmt	org	en=Kuomintang	uk=Гоміндан	ru=Гоминьдан	any=Kuomintang|KMT	country=TW	hq=Taipei	kind=party
org:dpp_tw	org	en=Democratic Progressive Party (Taiwan)	uk=Демократична прогресивна партія Тайваню	ru=Демократическая прогрессивная партия Тайваня	country=TW	hq=Taipei	kind=party
org:baath	org	en=Ba'ath Party	uk=Баас{x}|партія Баас{x}	ru=Баас{x}|партия Баас{x}	any=Ba'ath|Baath	country=SY	hq=Damascus	kind=party
org:muslim_brotherhood	org	en=Muslim Brotherhood	uk=Брати-мусульмани{pl}	ru=Братья-мусульмане{pl}	any=Muslim Brotherhood	country=EG	hq=Cairo	kind=movement
