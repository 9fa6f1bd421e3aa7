# factum default lexicon: news media, broadcasters, publishers, online
# platforms run as media (additions to the media sections of orgs.lex).
# Same format as orgs.lex. One-word titles that are ordinary words (Вести,
# Правда, Труд) carry {ctx} or are listed only with "газета", "телеканал".

# == Ukraine: TV, radio, agencies, newspapers, online ==
org:ua_pershyi	org	en=UA:Pershyi	uk=UA:Перший{x}|Перший національний|телеканал «UA:Перший»	ru=Первый национальный	any=UA:Pershyi	country=UA	hq=Kyiv	kind=broadcaster	parent=org:suspilne
org:kanal_ukraina	org	en=Ukraina (TV channel)	uk=телеканал «Україна»|телеканал Україна|канал «Україна»	ru=телеканал «Украина»|телеканал Украина|канал «Украина»	country=UA	hq=Kyiv	kind=broadcaster
org:ukraina24	org	en=Ukraina 24	uk=Україна 24	ru=Украина 24	country=UA	hq=Kyiv	kind=broadcaster
org:novyi_kanal	org	en=Novyi Kanal	uk=Новий канал	ru=Новый канал	country=UA	hq=Kyiv	kind=broadcaster
org:kanal24	org	en=Channel 24 (Ukraine)	uk=24 канал|Телеканал 24|24 Канал	ru=24 канал|Телеканал 24	country=UA	hq=Lviv	kind=broadcaster
org:pryamyi	org	en=Pryamyi	uk=телеканал «Прямий»|телеканал Прямий|канал «Прямий»	ru=телеканал «Прямой»|телеканал Прямой	country=UA	hq=Kyiv	kind=broadcaster
org:tv112	org	en=112 Ukraine	uk=112 Україна|112 канал|телеканал 112	ru=112 Украина|112 канал|телеканал 112	any=112 Ukraine	country=UA	hq=Kyiv	kind=broadcaster	note=closed in 2021
org:newsone	org	en=NewsOne	uk=телеканал NewsOne{x}	ru=телеканал NewsOne{x}	any=NewsOne	country=UA	hq=Kyiv	kind=broadcaster	note=closed in 2021
org:zik	org	en=ZIK	uk=телеканал ZIK{x}|ЗІК{x}	ru=телеканал ZIK{x}	any=ZIK	country=UA	hq=Kyiv	kind=broadcaster	note=closed in 2021
org:tet	org	en=TET (TV channel)	uk=телеканал ТЕТ|ТЕТ{x}	ru=телеканал ТЕТ	country=UA	hq=Kyiv	kind=broadcaster
org:m1_ua	org	en=M1 (Ukraine)	uk=телеканал М1	ru=телеканал М1	country=UA	hq=Kyiv	kind=broadcaster
org:kyiv_tv	org	en=Kyiv TV	uk=телеканал «Київ»|телеканал Київ	ru=телеканал «Киев»|телеканал Киев	country=UA	hq=Kyiv	kind=broadcaster
org:tsn	org	en=TSN	uk=ТСН{x}|ТСН.ua{x}	ru=ТСН{x}	any=TSN.ua|TSN	country=UA	hq=Kyiv	kind=news_programme	parent=org:channel_1plus1
org:fakty_ictv	org	en=Fakty ICTV	uk=Факти ICTV{x}|Факти{ctx}	ru=Факты ICTV{x}	country=UA	hq=Kyiv	kind=news_programme	parent=org:ictv
org:unn	org	en=Ukrainian National News	uk=УНН{x}|Українські національні новини{pl}	ru=УНН{x}|Украинские национальные новости{pl}	any=UNN	country=UA	hq=Kyiv	kind=news_agency
org:ukr_novyny	org	en=Ukrainski Novyny	uk=Українські новини{pl}|агентство «Українські новини»	ru=Украинские новости{pl}|агентство «Украинские новости»	country=UA	hq=Kyiv	kind=news_agency
org:glavcom	org	en=Glavcom	uk=Главком{ctx}	ru=Главком{ctx}	any=Glavcom	country=UA	hq=Kyiv	kind=online_media
org:apostrophe	org	en=Apostrophe (Ukraine)	uk=Апостроф{ctx}	ru=Апостроф{ctx}	country=UA	hq=Kyiv	kind=online_media
org:obozrevatel	org	en=Obozrevatel	uk=Обозреватель{ctx}	ru=Обозреватель{ctx}	any=Obozrevatel	country=UA	hq=Kyiv	kind=online_media
org:strana	org	en=Strana.ua	uk=Страна.ua|Страна.юа	ru=Страна.ua	any=Strana.ua	country=UA	hq=Kyiv	kind=online_media
org:korrespondent	org	en=Korrespondent	uk=Кореспондент.net|Корреспондент.net	ru=Корреспондент.net|Корреспондент{ctx}	any=Korrespondent.net|Korrespondent	country=UA	hq=Kyiv	kind=online_media
org:segodnya_ua	org	en=Segodnya	uk=газета «Сегодня»|газета «Сьогодні»|Сегодня.ua	ru=газета «Сегодня»|Сегодня.ua	any=Segodnya.ua	country=UA	hq=Kyiv	kind=newspaper
org:den_ua	org	en=Den (newspaper)	uk=газета «День»|газета День	ru=газета «День»|газета День	country=UA	hq=Kyiv	kind=newspaper
org:fakty_ua	org	en=Fakty i Kommentarii	uk=Факты и комментарии{pl}|газета «Факты»	ru=Факты и комментарии{pl}|газета «Факты»	country=UA	hq=Kyiv	kind=newspaper
org:holos_ukrainy	org	en=Holos Ukrainy	uk=Голос України|газета «Голос України»	ru=Голос Украины|газета «Голос Украины»	country=UA	hq=Kyiv	kind=newspaper
org:uriadovyi_kurier	org	en=Uryadovy Kurier	uk=Урядовий кур'єр|Урядовий кур’єр	ru=Урядовый курьер|Правительственный курьер	country=UA	hq=Kyiv	kind=newspaper
org:detector_media	org	en=Detector Media	uk=Детектор медіа|Детектор Медіа	ru=Детектор медиа	any=Detector Media	country=UA	hq=Kyiv	kind=online_media
org:telekrytyka	org	en=Telekritika	uk=Телекритика	ru=Телекритика	country=UA	hq=Kyiv	kind=online_media
org:babel	org	en=Babel (Ukrainian media)	uk=видання «Бабель»|Бабель.ua	any=Babel.ua	country=UA	hq=Kyiv	kind=online_media
org:zaxid	org	en=Zaxid.net	uk=Захід.нет	any=Zaxid.net|ZAXID.NET	country=UA	hq=Lviv	kind=online_media
org:slovo_i_dilo	org	en=Slovo i Dilo	uk=Слово і діло	ru=Слово и дело	country=UA	hq=Kyiv	kind=online_media
org:bihus	org	en=Bihus.Info	uk=Бігус.Інфо	any=Bihus.Info|Bihus.info	country=UA	hq=Kyiv	kind=online_media
org:schemes	org	en=Schemes (investigative programme)	uk=програма «Схеми»|Схеми: корупція в деталях	ru=программа «Схемы»	country=UA	hq=Kyiv	kind=news_programme	parent=org:radio_svoboda
org:mind_ua	org	en=Mind.ua	any=Mind.ua	country=UA	hq=Kyiv	kind=online_media
org:delo_ua	org	en=Delo.ua	any=Delo.ua	country=UA	hq=Kyiv	kind=online_media
org:texty	org	en=Texty.org.ua	uk=Тексти.org.ua	any=Texty.org.ua	country=UA	hq=Kyiv	kind=online_media
org:vesti_ua	org	en=Vesti (Ukraine)	uk=Вести.ua	ru=Вести.ua	any=Vesti.ua	country=UA	hq=Kyiv	kind=newspaper
org:telegraf_ua	org	en=Telegraf (Ukraine)	any=Telegraf.com.ua	country=UA	hq=Kyiv	kind=online_media
org:focus_ua	org	en=Focus (Ukraine)	uk=Фокус.ua	any=Focus.ua	country=UA	hq=Kyiv	kind=online_media
org:radio_nv	org	en=Radio NV	uk=Радіо НВ	ru=Радио НВ	country=UA	hq=Kyiv	kind=broadcaster
org:ukrainian_radio	org	en=Ukrainian Radio	uk=Українське радіо	ru=Украинское радио	country=UA	hq=Kyiv	kind=broadcaster	parent=org:suspilne
org:hromadske_radio	org	en=Hromadske Radio	uk=Громадське радіо	ru=Громадское радио	any=Hromadske Radio	country=UA	hq=Kyiv	kind=broadcaster
org:armyinform	org	en=ArmyInform	uk=АрміяInform{x}	any=ArmyInform	country=UA	hq=Kyiv	kind=news_agency

# == Russia: TV, radio, agencies, newspapers, online ==
org:ren_tv	org	en=REN TV	uk=РЕН ТВ{x}|РЕН-ТВ{x}	ru=РЕН ТВ{x}|РЕН-ТВ{x}|Рен-ТВ{x}	any=REN TV	country=RU	hq=Moscow	kind=broadcaster
org:tvc	org	en=TV Centre	uk=ТВ Центр{x}	ru=ТВ Центр{x}|ТВЦ{x}	any=TV Centre	country=RU	hq=Moscow	kind=broadcaster
org:channel5_ru	org	en=Channel 5 (Russia)	uk=П'ятий канал (Росія)	ru=Пятый канал	country=RU	hq=Saint Petersburg	kind=broadcaster
org:sts	org	en=STS (TV channel)	uk=телеканал СТС	ru=телеканал СТС|СТС{x}	country=RU	hq=Moscow	kind=broadcaster
org:tnt	org	en=TNT (TV channel)	uk=телеканал ТНТ	ru=телеканал ТНТ|ТНТ{x}	country=RU	hq=Moscow	kind=broadcaster
org:russia24	org	en=Russia-24	uk=Росія 24|Росія-24	ru=Россия 24|Россия-24	country=RU	hq=Moscow	kind=broadcaster	parent=org:vgtrk
org:russia_kultura	org	en=Russia-K	ru=Россия-Культура|телеканал «Россия К»	country=RU	hq=Moscow	kind=broadcaster	parent=org:vgtrk
org:match_tv	org	en=Match TV	uk=Матч ТВ{x}	ru=Матч ТВ{x}|Матч-ТВ{x}	any=Match TV	country=RU	hq=Moscow	kind=broadcaster
org:vesti	org	en=Vesti (news programme)	uk=Вісті{ctx}	ru=Вести{ctx}|Вести.ру|Вести ФМ|Вести FM	any=Vesti.ru	country=RU	hq=Moscow	kind=news_programme	parent=org:vgtrk
org:govorit_moskva	org	en=Govorit Moskva	uk=радіостанція «Говорит Москва»	ru=Говорит Москва|радиостанция «Говорит Москва»	country=RU	hq=Moscow	kind=broadcaster
org:business_fm	org	en=Business FM	ru=Бизнес FM{x}|Бизнес ФМ{x}	any=Business FM	country=RU	hq=Moscow	kind=broadcaster
org:kommersant_fm	org	en=Kommersant FM	ru=Коммерсантъ FM{x}|Коммерсант FM{x}	any=Kommersant FM	country=RU	hq=Moscow	kind=broadcaster
org:russkaya_sluzhba_novostey	org	en=Russkaya Sluzhba Novostey	ru=Русская служба новостей|РСН{x}	country=RU	hq=Moscow	kind=broadcaster
org:mayak_radio	org	en=Radio Mayak	ru=радио «Маяк»|радиостанция «Маяк»	uk=радіо «Маяк»	country=RU	hq=Moscow	kind=broadcaster
org:silver_rain	org	en=Serebryany Dozhd	ru=Серебряный дождь|радио «Серебряный дождь»	country=RU	hq=Moscow	kind=broadcaster
org:rbc_tv	org	en=RBC TV	ru=РБК-ТВ{x}|РБК ТВ{x}	country=RU	hq=Moscow	kind=broadcaster	parent=org:rbc
org:itar_tass	org	en=ITAR-TASS	uk=ІТАР-ТАРС{x}	ru=ИТАР-ТАСС{x}	any=ITAR-TASS	country=RU	hq=Moscow	kind=news_agency	note=name of TASS in 1992-2014
org:prime	org	en=PRIME (news agency)	ru=агентство «Прайм»|агентство ПРАЙМ|ПРАЙМ{x}{ctx}|Прайм-ТАСС	country=RU	hq=Moscow	kind=news_agency
org:rosbalt	org	en=Rosbalt	uk=Росбалт	ru=Росбалт	any=Rosbalt	country=RU	hq=Saint Petersburg	kind=news_agency
org:bashinform	org	en=Bashinform	ru=Башинформ|ИА «Башинформ»	any=Bashinform	country=RU	hq=Ufa	kind=news_agency
org:tatar_inform	org	en=Tatar-inform	ru=Татар-информ|ИА «Татар-информ»	any=Tatar-inform	country=RU	hq=Kazan	kind=news_agency
org:kavkaz_uzel	org	en=Caucasian Knot	uk=Кавказький вузол	ru=Кавказский узел	any=Caucasian Knot	country=RU	hq=Moscow	kind=online_media
org:newsru	org	en=NEWSru.com	ru=НЬЮСру.ком	any=NEWSru.com|NEWSru|Newsru.com	country=RU	hq=Moscow	kind=online_media
org:chaskor	org	en=Chastny Korrespondent	ru=Частный корреспондент|Частный Корреспондент|Часкор	any=Chaskor.ru	country=RU	hq=Moscow	kind=online_media
org:aif	org	en=Argumenty i Fakty	uk=Аргументи і факти{pl}|Аргументы и факты{x}	ru=Аргументы и факты{pl}|АиФ{x}	any=AiF	country=RU	hq=Moscow	kind=newspaper
org:sobesednik	org	en=Sobesednik	ru=Собеседник{ctx}	any=Sobesednik	country=RU	hq=Moscow	kind=newspaper
org:trud	org	en=Trud (newspaper)	uk=газета «Труд»	ru=газета «Труд»|газета Труд|Труд{ctx}	country=RU	hq=Moscow	kind=newspaper
org:pravda_ru	org	en=Pravda	uk=газета «Правда»	ru=газета «Правда»|газета Правда|Правда{ctx}	country=RU	hq=Moscow	kind=newspaper
org:novye_izvestia	org	en=Novye Izvestia	ru=Новые известия{pl}|Новые Известия{pl}	country=RU	hq=Moscow	kind=newspaper
org:moskovskie_novosti	org	en=Moscow News	ru=Московские новости{pl}	country=RU	hq=Moscow	kind=newspaper
org:vechernyaya_moskva	org	en=Vechernyaya Moskva	ru=Вечерняя Москва	country=RU	hq=Moscow	kind=newspaper
org:sovetsky_sport	org	en=Sovetsky Sport	ru=Советский спорт	any=Sovetsky Sport	country=RU	hq=Moscow	kind=newspaper
org:sport_express	org	en=Sport-Express	ru=Спорт-Экспресс	any=Sport-Express	country=RU	hq=Moscow	kind=newspaper
org:ekspert	org	en=Expert (magazine)	ru=журнал «Эксперт»|журнал Эксперт	country=RU	hq=Moscow	kind=magazine
org:ogonyok	org	en=Ogoniok	ru=журнал «Огонёк»|журнал «Огонек»|Огонёк{ctx}	country=RU	hq=Moscow	kind=magazine
org:kommersant_vlast	org	en=Kommersant-Vlast	ru=Коммерсантъ-Власть|Коммерсант-Власть	country=RU	hq=Moscow	kind=magazine	parent=org:kommersant
org:the_insider	org	en=The Insider	any=The Insider	country=LV	hq=Riga	kind=online_media
org:mediazona	org	en=Mediazona	uk=Медіазона	ru=Медиазона	any=Mediazona	country=RU	hq=Moscow	kind=online_media
org:istories	org	en=iStories|Important Stories	uk=Важливі історії{pl}	ru=Важные истории{pl}	any=iStories	country=LV	hq=Riga	kind=online_media
org:proekt_media	org	en=Proekt (media)	ru=издание «Проект»	any=Proekt	country=RU	hq=Moscow	kind=online_media
org:znak	org	en=Znak.com	ru=Znak.com{x}|Знак.ком	any=Znak.com	country=RU	hq=Yekaterinburg	kind=online_media
org:ura_ru	org	en=URA.RU	ru=Ура.ру	any=URA.RU|Ura.ru	country=RU	hq=Yekaterinburg	kind=online_media
org:lifenews	org	en=Life (LifeNews)	ru=LifeNews{x}|Life.ru{x}|Лайф{ctx}	any=LifeNews|Life.ru	country=RU	hq=Moscow	kind=online_media
org:tsargrad	org	en=Tsargrad TV	ru=телеканал «Царьград»|Царьград ТВ{x}	country=RU	hq=Moscow	kind=broadcaster
org:baza_telegram	org	en=Baza (Telegram channel)	ru=Telegram-канал Baza{x}	country=RU	hq=Moscow	kind=online_media
org:mash_telegram	org	en=Mash (Telegram channel)	ru=Telegram-канал Mash{x}	any=Mash{ctx}	country=RU	hq=Moscow	kind=online_media
org:rambler_news	org	en=Rambler News Service	ru=Rambler News Service{x}	any=Rambler News Service|RNS	country=RU	hq=Moscow	kind=news_agency
org:the_bell	org	en=The Bell	any=The Bell	country=RU	hq=Moscow	kind=online_media
org:novaya_gazeta_europe	org	en=Novaya Gazeta Europe	ru=Новая газета Европа	any=Novaya Gazeta Europe	country=LV	hq=Riga	kind=online_media
org:sobaka	org	en=Sobaka.ru	any=Sobaka.ru	country=RU	hq=Saint Petersburg	kind=magazine
org:afisha	org	en=Afisha	ru=Афиша{ctx}|журнал «Афиша»	any=Afisha	country=RU	hq=Moscow	kind=magazine
org:bbc_russian	org	en=BBC News Russian	uk=Російська служба Бі-бі-сі|Російська служба BBC	ru=Русская служба Би-би-си|Русская служба BBC|Би-би-си Русская служба	any=BBC Russian	country=GB	hq=London	kind=broadcaster	parent=org:bbc
org:bbc_ukrainian	org	en=BBC News Ukrainian	uk=Українська служба Бі-бі-сі|Бі-бі-сі Україна|BBC Україна{x}	ru=Украинская служба Би-би-си	any=BBC Ukrainian	country=GB	hq=London	kind=broadcaster	parent=org:bbc
org:current_time	org	en=Current Time TV	uk=Настоящее время{x}|телеканал «Настоящее время»	ru=Настоящее время|телеканал «Настоящее время»	any=Current Time	country=CZ	hq=Prague	kind=broadcaster	parent=org:radio_svoboda
org:belsat	org	en=Belsat TV	uk=Білсат|Белсат	ru=Белсат	any=Belsat	country=PL	hq=Warsaw	kind=broadcaster
org:nexta	org	en=NEXTA	uk=NEXTA{x}|Нехта	ru=NEXTA{x}|Нехта	any=NEXTA|Nexta	country=PL	hq=Warsaw	kind=online_media
org:tut_by	org	en=TUT.BY	any=TUT.BY|Tut.by	country=BY	hq=Minsk	kind=online_media
org:onliner	org	en=Onliner	any=Onliner|Onliner.by	country=BY	hq=Minsk	kind=online_media
org:tengri	org	en=Tengrinews	any=Tengrinews	ru=Тенгриньюс	country=KZ	hq=Almaty	kind=online_media
org:armenpress	org	en=Armenpress	uk=Арменпрес	ru=Арменпресс	any=Armenpress	country=AM	hq=Yerevan	kind=news_agency
org:apa_az	org	en=APA (Azerbaijan)	ru=агентство APA{x}	any=APA{ctx}	country=AZ	hq=Baku	kind=news_agency
org:trend	org	en=Trend News Agency	ru=агентство Trend{x}	any=Trend News Agency	country=AZ	hq=Baku	kind=news_agency
org:interpressnews	org	en=Interpressnews	ru=Интерпрессньюс	any=Interpressnews	country=GE	hq=Tbilisi	kind=news_agency

# == International: agencies, TV, newspapers, magazines, online ==
org:msnbc	org	en=MSNBC	any=MSNBC	country=US	hq=New York	kind=broadcaster
org:cnbc	org	en=CNBC	uk=Сі-Ен-Бі-Сі{x}	ru=Си-эн-би-си{x}	any=CNBC	country=US	hq=Englewood Cliffs	kind=broadcaster
org:pbs	org	en=PBS	any=PBS	country=US	hq=Arlington	kind=broadcaster
org:npr	org	en=NPR	any=NPR|National Public Radio	country=US	hq=Washington	kind=broadcaster
org:hbo	org	en=HBO	any=HBO	country=US	hq=New York	kind=broadcaster
org:sky_news	org	en=Sky News	uk=Скай Ньюз{x}	ru=Скай Ньюс{x}	any=Sky News	country=GB	hq=London	kind=broadcaster
org:itv_uk	org	en=ITV	any=ITV	country=GB	hq=London	kind=broadcaster
org:channel4	org	en=Channel 4	any=Channel 4	country=GB	hq=London	kind=broadcaster
org:france24	org	en=France 24	uk=Франс 24{x}	ru=Франс 24{x}	any=France 24	country=FR	hq=Paris	kind=broadcaster
org:rfi	org	en=Radio France Internationale	uk=Радіо Франс Інтернасьональ{x}	ru=Радио Франс Интернасьональ{x}|Международное французское радио	any=RFI|Radio France Internationale	country=FR	hq=Paris	kind=broadcaster
org:tf1	org	en=TF1	any=TF1	country=FR	hq=Paris	kind=broadcaster
org:ard	org	en=ARD	any=ARD	country=DE	hq=Berlin	kind=broadcaster
org:zdf	org	en=ZDF	any=ZDF	country=DE	hq=Mainz	kind=broadcaster
org:rtl	org	en=RTL	any=RTL	country=DE	hq=Cologne	kind=broadcaster
org:al_arabiya	org	en=Al Arabiya	uk=Аль-Арабія	ru=Аль-Арабия	any=Al Arabiya	country=AE	hq=Dubai	kind=broadcaster
org:trt	org	en=TRT	any=TRT|TRT World	country=TR	hq=Ankara	kind=broadcaster
org:nhk	org	en=NHK	uk=Ен-Ейч-Кей{x}	ru=Эн-эйч-кей{x}	any=NHK	country=JP	hq=Tokyo	kind=broadcaster
org:kcna	org	en=Korean Central News Agency	uk=ЦТАК{x}|Центральне телеграфне агентство Кореї	ru=ЦТАК{x}|Центральное телеграфное агентство Кореи	any=KCNA	country=KP	hq=Pyongyang	kind=news_agency
org:irna	org	en=IRNA	uk=ІРНА{x}	ru=ИРНА{x}	any=IRNA	country=IR	hq=Tehran	kind=news_agency
org:tasnim	org	en=Tasnim News Agency	uk=Тасним{x}	ru=Тасним{x}	any=Tasnim	country=IR	hq=Tehran	kind=news_agency
org:fars	org	en=Fars News Agency	ru=агентство Fars{x}|агентство «Фарс»	any=Fars News|Fars News Agency	country=IR	hq=Tehran	kind=news_agency
org:wafa	org	en=WAFA	any=WAFA	country=PS	hq=Ramallah	kind=news_agency
org:sana	org	en=Syrian Arab News Agency	uk=Сирійське арабське інформаційне агентство|агентство САНА{x}	ru=Сирийское арабское информационное агентство|агентство САНА{x}	any=Syrian Arab News Agency	country=SY	hq=Damascus	kind=news_agency
org:pti_news	org	en=Press Trust of India	uk=Прес Траст оф Індія{x}	ru=Пресс Траст оф Индиа{x}	any=Press Trust of India	country=IN	hq=New Delhi	kind=news_agency
org:jiji	org	en=Jiji Press	uk=Дзідзі{x}	ru=Дзидзи{x}	any=Jiji Press|Jiji	country=JP	hq=Tokyo	kind=news_agency
org:tanjug	org	en=Tanjug	uk=Танюг	ru=Танюг	any=Tanjug	country=RS	hq=Belgrade	kind=news_agency
org:ctk	org	en=Czech News Agency	any=ČTK	country=CZ	hq=Prague	kind=news_agency
org:elta	org	en=ELTA	any=ELTA	country=LT	hq=Vilnius	kind=news_agency
org:leta	org	en=LETA	any=LETA	country=LV	hq=Riga	kind=news_agency
org:wyborcza	org	en=Gazeta Wyborcza	uk=Газета Виборча{x}	ru=Газета Выборча{x}	any=Gazeta Wyborcza	country=PL	hq=Warsaw	kind=newspaper
org:rzeczpospolita	org	en=Rzeczpospolita	uk=Жечпосполита{x}	ru=Жечпосполита{x}	any=Rzeczpospolita	country=PL	hq=Warsaw	kind=newspaper
org:onet	org	en=Onet	any=Onet|Onet.pl	country=PL	hq=Kraków	kind=online_media
org:independent_uk	org	en=The Independent	uk=Індепендент{x}	ru=Индепендент{x}	any=The Independent	country=GB	hq=London	kind=newspaper
org:daily_mail	org	en=Daily Mail	uk=Дейлі Мейл{x}	ru=Дейли мейл{x}	any=Daily Mail|Mail Online	country=GB	hq=London	kind=newspaper
org:the_sun	org	en=The Sun	any=The Sun	country=GB	hq=London	kind=newspaper
org:mirror	org	en=Daily Mirror	any=Daily Mirror|The Mirror	country=GB	hq=London	kind=newspaper
org:observer	org	en=The Observer	any=The Observer	country=GB	hq=London	kind=newspaper
org:evening_standard	org	en=Evening Standard	any=Evening Standard	country=GB	hq=London	kind=newspaper
org:sunday_times	org	en=The Sunday Times	any=The Sunday Times|Sunday Times	country=GB	hq=London	kind=newspaper
org:usa_today	org	en=USA Today	any=USA Today	country=US	hq=McLean	kind=newspaper
org:la_times	org	en=Los Angeles Times	uk=Лос-Анджелес таймс{x}	ru=Лос-Анджелес таймс{x}	any=Los Angeles Times|LA Times	country=US	hq=Los Angeles	kind=newspaper
org:chicago_tribune	org	en=Chicago Tribune	any=Chicago Tribune	country=US	hq=Chicago	kind=newspaper
org:boston_globe	org	en=The Boston Globe	any=Boston Globe|The Boston Globe	country=US	hq=Boston	kind=newspaper
org:ny_post	org	en=New York Post	any=New York Post	country=US	hq=New York	kind=newspaper
org:newsweek	org	en=Newsweek	uk=Ньюсвік	ru=Ньюсуик	any=Newsweek	country=US	hq=New York	kind=magazine
org:the_atlantic	org	en=The Atlantic	any=The Atlantic	country=US	hq=Washington	kind=magazine
org:new_yorker	org	en=The New Yorker	any=The New Yorker	country=US	hq=New York	kind=magazine
org:foreign_policy	org	en=Foreign Policy	uk=Форин Полісі{x}	ru=Форин полиси{x}	any=Foreign Policy	country=US	hq=Washington	kind=magazine
org:foreign_affairs	org	en=Foreign Affairs	any=Foreign Affairs	country=US	hq=New York	kind=magazine
org:the_hill	org	en=The Hill	any=The Hill	country=US	hq=Washington	kind=newspaper
org:buzzfeed	org	en=BuzzFeed	any=BuzzFeed|BuzzFeed News	country=US	hq=New York	kind=online_media
org:huffpost	org	en=HuffPost	any=HuffPost|Huffington Post|The Huffington Post	country=US	hq=New York	kind=online_media
org:vice	org	en=Vice Media	any=Vice News|Vice Media	country=US	hq=New York	kind=online_media
org:business_insider	org	en=Business Insider	any=Business Insider	country=US	hq=New York	kind=online_media
org:fortune	org	en=Fortune (magazine)	any=Fortune{ctx}	country=US	hq=New York	kind=magazine
org:wired	org	en=Wired (magazine)	any=Wired{ctx}	country=US	hq=San Francisco	kind=magazine
org:techcrunch	org	en=TechCrunch	any=TechCrunch	country=US	hq=San Francisco	kind=online_media
org:the_verge	org	en=The Verge	any=The Verge	country=US	hq=New York	kind=online_media
org:rolling_stone	org	en=Rolling Stone	any=Rolling Stone	country=US	hq=New York	kind=magazine
org:vogue	org	en=Vogue	uk=Вог{x}	ru=Вог{x}	any=Vogue	country=US	hq=New York	kind=magazine
org:national_geographic	org	en=National Geographic	any=National Geographic	country=US	hq=Washington	kind=magazine
org:barrons	org	en=Barron's	any=Barron's	country=US	hq=New York	kind=magazine
org:die_welt	org	en=Die Welt	uk=Ді Вельт{x}	ru=Ди Вельт{x}	any=Die Welt|Welt am Sonntag	country=DE	hq=Berlin	kind=newspaper
org:sz	org	en=Süddeutsche Zeitung	any=Süddeutsche Zeitung|Sueddeutsche Zeitung	country=DE	hq=Munich	kind=newspaper
org:die_zeit	org	en=Die Zeit	uk=Ді Цайт{x}	ru=Ди Цайт{x}	any=Die Zeit|Zeit Online	country=DE	hq=Hamburg	kind=newspaper
org:handelsblatt	org	en=Handelsblatt	uk=Гандельсблатт	ru=Хандельсблатт	any=Handelsblatt	country=DE	hq=Düsseldorf	kind=newspaper
org:focus_de	org	en=Focus (German magazine)	any=Focus Online	country=DE	hq=Munich	kind=magazine
org:stern	org	en=Stern (magazine)	any=Stern{ctx}	country=DE	hq=Hamburg	kind=magazine
org:tagesschau	org	en=Tagesschau	any=Tagesschau	country=DE	hq=Hamburg	kind=news_programme	parent=org:ard
org:liberation	org	en=Libération	uk=Ліберасьйон{x}	ru=Либерасьон{x}	any=Libération|Liberation{ctx}	country=FR	hq=Paris	kind=newspaper
org:le_parisien	org	en=Le Parisien	any=Le Parisien	country=FR	hq=Paris	kind=newspaper
org:les_echos	org	en=Les Echos	any=Les Echos	country=FR	hq=Paris	kind=newspaper
org:corriere	org	en=Corriere della Sera	uk=Корр'єре делла Сера{x}	ru=Коррьере делла Сера{x}	any=Corriere della Sera	country=IT	hq=Milan	kind=newspaper
org:repubblica	org	en=La Repubblica	uk=Ла Репубблика{x}	ru=Ла Репубблика{x}	any=La Repubblica	country=IT	hq=Rome	kind=newspaper
org:la_stampa	org	en=La Stampa	any=La Stampa	country=IT	hq=Turin	kind=newspaper
org:el_pais	org	en=El País	uk=Ель Паїс{x}	ru=Эль Паис{x}	any=El País|El Pais	country=ES	hq=Madrid	kind=newspaper
org:el_mundo	org	en=El Mundo	any=El Mundo	country=ES	hq=Madrid	kind=newspaper
org:nzz	org	en=Neue Zürcher Zeitung	any=Neue Zürcher Zeitung|NZZ	country=CH	hq=Zurich	kind=newspaper
org:der_standard	org	en=Der Standard	any=Der Standard	country=AT	hq=Vienna	kind=newspaper
org:haaretz	org	en=Haaretz	uk=Гаарец{x}	ru=Гаарец{x}|Хаарец{x}	any=Haaretz	country=IL	hq=Tel Aviv	kind=newspaper
org:times_of_israel	org	en=The Times of Israel	any=Times of Israel|The Times of Israel	country=IL	hq=Jerusalem	kind=online_media
org:jpost	org	en=The Jerusalem Post	any=Jerusalem Post|The Jerusalem Post	country=IL	hq=Jerusalem	kind=newspaper
org:hurriyet	org	en=Hürriyet	uk=Гюр'єт{x}	ru=Хюрриет{x}	any=Hürriyet|Hurriyet	country=TR	hq=Istanbul	kind=newspaper
org:asahi_shimbun	org	en=Asahi Shimbun	uk=Асахі сімбун{x}	ru=Асахи симбун{x}|Асахи Симбун{x}	any=Asahi Shimbun	country=JP	hq=Tokyo	kind=newspaper
org:yomiuri	org	en=Yomiuri Shimbun	uk=Йоміурі{x}	ru=Иомиури{x}|Йомиури{x}	any=Yomiuri Shimbun|Yomiuri	country=JP	hq=Tokyo	kind=newspaper
org:mainichi	org	en=Mainichi Shimbun	ru=Майнити{x}	any=Mainichi Shimbun|Mainichi	country=JP	hq=Tokyo	kind=newspaper
org:times_of_india	org	en=The Times of India	any=Times of India|The Times of India	country=IN	hq=Mumbai	kind=newspaper
org:smh	org	en=Sydney Morning Herald	any=Sydney Morning Herald	country=AU	hq=Sydney	kind=newspaper
org:globe_mail	org	en=The Globe and Mail	any=Globe and Mail|The Globe and Mail	country=CA	hq=Toronto	kind=newspaper
org:cbc	org	en=Canadian Broadcasting Corporation	any=CBC	country=CA	hq=Ottawa	kind=broadcaster
org:abc_au	org	en=Australian Broadcasting Corporation	any=ABC News Australia	country=AU	hq=Sydney	kind=broadcaster
org:businessweek	org	en=Bloomberg Businessweek	any=Businessweek|Bloomberg Businessweek	country=US	hq=New York	kind=magazine
