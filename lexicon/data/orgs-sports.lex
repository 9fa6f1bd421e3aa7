# factum default lexicon: sports — clubs, leagues, federations. Same format
# as orgs.lex. A club named after its city (Дніпро, Ростов, Барселона) is
# listed only in forms that cannot be the city (ФК «Дніпро», Дніпро-1);
# one-word club names that are ordinary words carry {ctx}.

# == Ukraine: football clubs ==
org:dynamo_kyiv	org	en=FC Dynamo Kyiv	uk=Динамо Київ{x}|Динамо (Київ){x}|ФК «Динамо» Київ{x}|ФК «Динамо» (Київ){x}|ФК Динамо Київ{x}|київське Динамо|Динамо{x}{ctx}	ru=Динамо Киев{x}|Динамо (Киев){x}|киевское Динамо|ФК «Динамо» Киев{x}|Динамо{x}{ctx}	any=Dynamo Kyiv|Dynamo Kiev	country=UA	hq=Kyiv	kind=football_club
org:shakhtar	org	en=FC Shakhtar Donetsk	uk=Шахтар Донецьк|Шахтар (Донецьк)|ФК «Шахтар»|ФК Шахтар|донецький Шахтар|Шахтар{ctx}	ru=Шахтер Донецк|Шахтёр Донецк|Шахтер (Донецк)|ФК «Шахтер»|донецкий Шахтер|донецкий Шахтёр|Шахтер{ctx}|Шахтёр{ctx}	any=Shakhtar Donetsk|Shakhtar	country=UA	hq=Donetsk	kind=football_club
org:dnipro1	org	en=SC Dnipro-1	uk=Дніпро-1{x}|СК «Дніпро-1»{x}	ru=Днепр-1{x}|СК «Днепр-1»{x}	any=Dnipro-1	country=UA	hq=Dnipro	kind=football_club
org:fc_dnipro	org	en=FC Dnipro	uk=ФК «Дніпро»|ФК Дніпро|ФК «Дніпро» Дніпропетровськ	ru=ФК «Днепр»|ФК Днепр|ФК «Днепр» Днепропетровск	any=FC Dnipro	country=UA	hq=Dnipro	kind=football_club
org:metalist_kharkiv	org	en=FC Metalist Kharkiv	uk=Металіст Харків|ФК «Металіст»|харківський Металіст|Металіст 1925{x}|Металіст{ctx}	ru=Металлист Харьков|ФК «Металлист»|харьковский Металлист|Металлист{ctx}	any=Metalist Kharkiv	country=UA	hq=Kharkiv	kind=football_club
org:zorya	org	en=FC Zorya Luhansk	uk=Зоря Луганськ{x}|Зоря (Луганськ){x}|ФК «Зоря»|луганська Зоря	ru=Заря Луганск{x}|Заря (Луганск){x}|ФК «Заря»|луганская Заря	any=Zorya Luhansk	country=UA	hq=Luhansk	kind=football_club
org:vorskla	org	en=FC Vorskla Poltava	uk=Ворскла Полтава{x}|Ворскла (Полтава){x}|ФК «Ворскла»|полтавська Ворскла	ru=Ворскла Полтава{x}|ФК «Ворскла»|полтавская Ворскла	any=Vorskla Poltava	country=UA	hq=Poltava	kind=football_club
org:karpaty_lviv	org	en=FC Karpaty Lviv	uk=Карпати Львів{x}|Карпати (Львів){x}|ФК «Карпати»|львівські Карпати{pl}	ru=Карпаты Львов{x}|ФК «Карпаты»|львовские Карпаты{pl}	any=Karpaty Lviv	country=UA	hq=Lviv	kind=football_club
org:chornomorets	org	en=FC Chornomorets Odesa	uk=Чорноморець Одеса{x}|Чорноморець (Одеса){x}|ФК «Чорноморець»|одеський Чорноморець|Чорноморець{ctx}	ru=Черноморец Одесса{x}|ФК «Черноморец»|одесский Черноморец|Черноморец{ctx}	any=Chornomorets Odesa	country=UA	hq=Odesa	kind=football_club
org:desna_chernihiv	org	en=FC Desna Chernihiv	uk=Десна Чернігів{x}|Десна (Чернігів){x}|ФК «Десна»	ru=Десна Чернигов{x}|ФК «Десна»	any=Desna Chernihiv	country=UA	hq=Chernihiv	kind=football_club
org:kolos_kovalivka	org	en=FC Kolos Kovalivka	uk=Колос Ковалівка{x}|Колос (Ковалівка){x}|ФК «Колос»	ru=Колос Ковалевка{x}|ФК «Колос»	any=Kolos Kovalivka	country=UA	hq=Kovalivka	kind=football_club
org:olimpik_donetsk	org	en=FC Olimpik Donetsk	uk=Олімпік Донецьк{x}|ФК «Олімпік»	ru=Олимпик Донецк{x}|ФК «Олимпик»	any=Olimpik Donetsk	country=UA	hq=Donetsk	kind=football_club
org:rukh_lviv	org	en=FC Rukh Lviv	uk=Рух Львів{x}|Рух (Львів){x}|ФК «Рух»	ru=Рух Львов{x}|ФК «Рух»	any=Rukh Lviv	country=UA	hq=Lviv	kind=football_club
org:veres_rivne	org	en=NK Veres Rivne	uk=Верес Рівне{x}|Верес (Рівне){x}|НК «Верес»	ru=Верес Ровно{x}|НК «Верес»	any=Veres Rivne	country=UA	hq=Rivne	kind=football_club
org:polissya	org	en=FC Polissya Zhytomyr	uk=Полісся Житомир{x}|Полісся (Житомир){x}|ФК «Полісся»	ru=Полесье Житомир{x}|ФК «Полесье»	any=Polissya Zhytomyr	country=UA	hq=Zhytomyr	kind=football_club
org:kryvbas_fc	org	en=FC Kryvbas Kryvyi Rih	uk=Кривбас Кривий Ріг{x}|ФК «Кривбас»	ru=Кривбасс Кривой Рог{x}|ФК «Кривбасс»	any=Kryvbas Kryvyi Rih	country=UA	hq=Kryvyi Rih	kind=football_club
org:oleksandriya	org	en=FC Oleksandriya	uk=ФК «Олександрія»|ФК Олександрія	ru=ФК «Александрия»|ФК Александрия	any=FC Oleksandriya	country=UA	hq=Oleksandriia	kind=football_club
org:inhulets_fc	org	en=FC Inhulets Petrove	uk=Інгулець Петрове{x}|ФК «Інгулець»	ru=Ингулец Петрово{x}|ФК «Ингулец»	any=Inhulets Petrove	country=UA	hq=Petrove	kind=football_club
org:mynai	org	en=FC Mynai	uk=ФК «Минай»|ФК Минай	ru=ФК «Минай»	any=FC Mynai	country=UA	hq=Mynai	kind=football_club
org:obolon_fc	org	en=FC Obolon Kyiv	uk=Оболонь Київ{x}|ФК «Оболонь»|Оболонь-Бровар{x}	ru=Оболонь Киев{x}|ФК «Оболонь»	any=Obolon Kyiv	country=UA	hq=Kyiv	kind=football_club
org:arsenal_kyiv	org	en=FC Arsenal Kyiv	uk=Арсенал Київ{x}|Арсенал-Київ{x}|ФК «Арсенал-Київ»{x}	ru=Арсенал Киев{x}|Арсенал-Киев{x}	any=Arsenal Kyiv	country=UA	hq=Kyiv	kind=football_club
org:tavriya	org	en=SC Tavriya Simferopol	uk=Таврія Сімферополь{x}|СК «Таврія»	ru=Таврия Симферополь{x}|СК «Таврия»	any=Tavriya Simferopol	country=UA	hq=Simferopol	kind=football_club
org:volyn_fc	org	en=FC Volyn Lutsk	uk=Волинь Луцьк{x}|ФК «Волинь»	ru=Волынь Луцк{x}|ФК «Волынь»	any=Volyn Lutsk	country=UA	hq=Lutsk	kind=football_club
org:metalurh_z	org	en=FC Metalurh Zaporizhzhia	uk=Металург Запоріжжя{x}|Металург (Запоріжжя){x}	ru=Металлург Запорожье{x}	any=Metalurh Zaporizhzhia	country=UA	hq=Zaporizhzhia	kind=football_club
org:metalurh_d	org	en=FC Metalurh Donetsk	uk=Металург Донецьк{x}	ru=Металлург Донецк{x}	any=Metalurh Donetsk	country=UA	hq=Donetsk	kind=football_club
org:zirka_fc	org	en=FC Zirka Kropyvnytskyi	uk=Зірка Кропивницький{x}|ФК «Зірка»	ru=Звезда Кропивницкий{x}	any=Zirka Kropyvnytskyi	country=UA	hq=Kropyvnytskyi	kind=football_club
org:budivelnyk_bc	org	en=BC Budivelnyk	uk=БК «Будівельник»|Будівельник Київ{x}	ru=БК «Будивельник»|Будивельник Киев{x}	any=Budivelnyk Kyiv	country=UA	hq=Kyiv	kind=basketball_club
org:sokil_kyiv	org	en=HC Sokil Kyiv	uk=ХК «Сокіл»|Сокіл Київ{x}	ru=ХК «Сокол» Киев|Сокол Киев{x}	any=Sokil Kyiv	country=UA	hq=Kyiv	kind=hockey_club
org:donbas_hc	org	en=HC Donbas	uk=ХК «Донбас»|ХК Донбас	ru=ХК «Донбасс»|ХК Донбасс	any=HC Donbass	country=UA	hq=Donetsk	kind=hockey_club

# == Ukraine: leagues, federations, national sports bodies ==
org:upl	org	en=Ukrainian Premier League	uk=Українська Прем'єр-ліга|Українська прем'єр-ліга|Українська Прем’єр-ліга|УПЛ{x}|Прем'єр-ліга України	ru=Украинская Премьер-лига|Украинская премьер-лига|УПЛ{x}|Премьер-лига Украины	any=Ukrainian Premier League|UPL	country=UA	hq=Kyiv	kind=league
org:pfl_ua	org	en=Professional Football League of Ukraine	uk=Професіональна футбольна ліга України|ПФЛ{x}	ru=Профессиональная футбольная лига Украины|ПФЛ{x}	country=UA	hq=Kyiv	kind=league
org:fla_ua	org	en=Ukrainian Athletic Association	uk=ФЛАУ{x}	country=UA	hq=Kyiv	kind=sport
org:fhu	org	en=Ice Hockey Federation of Ukraine	uk=ФХУ{x}	country=UA	hq=Kyiv	kind=sport
org:npc_ua	org	en=National Paralympic Committee of Ukraine	uk=НКСІУ{x}	country=UA	hq=Kyiv	kind=sport

# == Russia: clubs, leagues, federations ==
org:spartak_moscow	org	en=FC Spartak Moscow	uk=Спартак Москва{x}|Спартак (Москва){x}|московський Спартак|ФК «Спартак»	ru=Спартак Москва{x}|Спартак (Москва){x}|московский Спартак|ФК «Спартак»|ФК «Спартак» Москва{x}|Спартак{ctx}	any=Spartak Moscow	country=RU	hq=Moscow	kind=football_club
org:zenit_spb	org	en=FC Zenit Saint Petersburg	uk=Зеніт Санкт-Петербург{x}|Зеніт (Санкт-Петербург){x}|петербурзький Зеніт|ФК «Зеніт»|Зеніт{ctx}	ru=Зенит Санкт-Петербург{x}|Зенит (Санкт-Петербург){x}|петербургский Зенит|ФК «Зенит»|Зенит{ctx}	any=Zenit Saint Petersburg|Zenit St. Petersburg	country=RU	hq=Saint Petersburg	kind=football_club
org:cska	org	en=PFC CSKA Moscow	uk=ЦСКА{x}|ЦСКА Москва{x}|ПФК ЦСКА{x}	ru=ЦСКА{x}|ЦСКА Москва{x}|ПФК ЦСКА{x}	any=CSKA Moscow|CSKA	country=RU	hq=Moscow	kind=football_club
org:lokomotiv_moscow	org	en=FC Lokomotiv Moscow	uk=Локомотив Москва{x}|Локомотив (Москва){x}|московський Локомотив	ru=Локомотив Москва{x}|Локомотив (Москва){x}|московский Локомотив|ФК «Локомотив»|Локомотив{ctx}	any=Lokomotiv Moscow	country=RU	hq=Moscow	kind=football_club
org:dynamo_moscow	org	en=FC Dynamo Moscow	uk=Динамо Москва{x}|Динамо (Москва){x}|московське Динамо	ru=Динамо Москва{x}|Динамо (Москва){x}|московское Динамо	any=Dynamo Moscow	country=RU	hq=Moscow	kind=football_club
org:rubin_kazan	org	en=FC Rubin Kazan	uk=Рубін Казань{x}|казанський Рубін	ru=Рубин Казань{x}|Рубин (Казань){x}|казанский Рубин|ФК «Рубин»	any=Rubin Kazan	country=RU	hq=Kazan	kind=football_club
org:fc_krasnodar	org	en=FC Krasnodar	uk=ФК «Краснодар»|ФК Краснодар	ru=ФК «Краснодар»|ФК Краснодар	any=FC Krasnodar	country=RU	hq=Krasnodar	kind=football_club
org:fc_rostov	org	en=FC Rostov	uk=ФК «Ростов»|ФК Ростов	ru=ФК «Ростов»|ФК Ростов	any=FC Rostov	country=RU	hq=Rostov-on-Don	kind=football_club
org:akhmat_fc	org	en=FC Akhmat Grozny	uk=Ахмат Грозний{x}|ФК «Ахмат»	ru=Ахмат Грозный{x}|ФК «Ахмат»|Терек Грозный{x}	any=Akhmat Grozny	country=RU	hq=Grozny	kind=football_club
org:anzhi	org	en=FC Anzhi Makhachkala	uk=Анжи Махачкала{x}|Анжі{x}	ru=Анжи Махачкала{x}|Анжи{x}{ctx}	any=Anzhi Makhachkala|Anzhi	country=RU	hq=Makhachkala	kind=football_club
org:krylya	org	en=PFC Krylia Sovetov Samara	uk=Крила Рад{pl}	ru=Крылья Советов{pl}|Крыльев Советов{x}	any=Krylia Sovetov	country=RU	hq=Samara	kind=football_club
org:torpedo_moscow	org	en=FC Torpedo Moscow	uk=Торпедо Москва{x}	ru=Торпедо Москва{x}|Торпедо (Москва){x}	any=Torpedo Moscow	country=RU	hq=Moscow	kind=football_club
org:ska	org	en=SKA Saint Petersburg	uk=СКА{x}{ctx}|СКА Санкт-Петербург{x}	ru=СКА{x}{ctx}|СКА Санкт-Петербург{x}|ХК СКА{x}	any=SKA Saint Petersburg	country=RU	hq=Saint Petersburg	kind=hockey_club
org:ak_bars	org	en=Ak Bars Kazan	uk=Ак Барс{x}	ru=Ак Барс{x}	any=Ak Bars	country=RU	hq=Kazan	kind=hockey_club
org:avangard_omsk	org	en=Avangard Omsk	uk=Авангард Омськ{x}	ru=Авангард Омск{x}|омский Авангард	any=Avangard Omsk	country=RU	hq=Omsk	kind=hockey_club
org:metallurg_mg	org	en=Metallurg Magnitogorsk	uk=Металург Магнітогорськ{x}	ru=Металлург Магнитогорск{x}|Металлург (Магнитогорск){x}	any=Metallurg Magnitogorsk	country=RU	hq=Magnitogorsk	kind=hockey_club
org:khl	org	en=Kontinental Hockey League	uk=Континентальна хокейна ліга|КХЛ{x}	ru=Континентальная хоккейная лига|КХЛ{x}	any=KHL	country=RU	hq=Moscow	kind=league
org:rpl	org	en=Russian Premier League	uk=Російська прем'єр-ліга	ru=Российская премьер-лига|Российская Премьер-лига|РПЛ{x}|Премьер-лига России	any=RPL	country=RU	hq=Moscow	kind=league
org:fhr	org	en=Ice Hockey Federation of Russia	uk=ФХР{x}	ru=ФХР{x}	country=RU	hq=Moscow	kind=sport
org:vfla	org	en=All-Russian Athletic Federation	uk=Всеросійська федерація легкої атлетики|ВФЛА{x}	ru=Всероссийская федерация легкой атлетики|ВФЛА{x}	any=RusAF	country=RU	hq=Moscow	kind=sport
org:rusada	org	en=Russian Anti-Doping Agency	uk=Російське антидопінгове агентство|РУСАДА{x}	ru=Российское антидопинговое агентство|РУСАДА{x}	any=RUSADA	country=RU	hq=Moscow	kind=sport
org:paralympic_ru	org	en=Russian Paralympic Committee	uk=Паралімпійський комітет Росії	ru=Паралимпийский комитет России	country=RU	hq=Moscow	kind=sport
org:fbr	org	en=Russian Biathlon Union	uk=Союз біатлоністів Росії	ru=Союз биатлонистов России|СБР{x}	country=RU	hq=Moscow	kind=sport
org:ffkr	org	en=Figure Skating Federation of Russia	ru=ФФККР{x}	country=RU	hq=Moscow	kind=sport
org:ftr	org	en=Russian Tennis Federation	ru=ФТР{x}	country=RU	hq=Moscow	kind=sport
org:ffr_chess	org	en=Chess Federation of Russia	ru=Шахматная федерация России|ШФР{x}	country=RU	hq=Moscow	kind=sport
org:minsport_by	org	en=BATE Borisov	uk=БАТЕ{x}|БАТЕ Борисов{x}	ru=БАТЭ{x}|БАТЭ Борисов{x}	any=BATE Borisov|BATE	country=BY	hq=Barysaw	kind=football_club

# == Europe and the world: football clubs ==
org:real_madrid	org	en=Real Madrid CF	uk=Реал Мадрид{x}|мадридський Реал|Реал{ctx}	ru=Реал Мадрид{x}|мадридский Реал|Реал{ctx}	any=Real Madrid	country=ES	hq=Madrid	kind=football_club
org:fc_barcelona	org	en=FC Barcelona	uk=ФК «Барселона»|ФК Барселона|Барса{x}	ru=ФК «Барселона»|ФК Барселона|Барса{x}	any=FC Barcelona|Barça|Barca	country=ES	hq=Barcelona	kind=football_club
org:atletico	org	en=Atlético Madrid	uk=Атлетіко Мадрид{x}|Атлетіко{x}	ru=Атлетико Мадрид{x}|Атлетико{x}	any=Atlético Madrid|Atletico Madrid|Atlético	country=ES	hq=Madrid	kind=football_club
org:sevilla_fc	org	en=Sevilla FC	uk=ФК «Севілья»	ru=ФК «Севилья»	any=Sevilla FC	country=ES	hq=Seville	kind=football_club
org:man_utd	org	en=Manchester United	uk=Манчестер Юнайтед{x}	ru=Манчестер Юнайтед{x}	any=Manchester United|Man United|Man Utd	country=GB	hq=Manchester	kind=football_club
org:man_city	org	en=Manchester City	uk=Манчестер Сіті{x}	ru=Манчестер Сити{x}	any=Manchester City|Man City	country=GB	hq=Manchester	kind=football_club
org:liverpool_fc	org	en=Liverpool FC	uk=ФК «Ліверпуль»|ФК Ліверпуль	ru=ФК «Ливерпуль»|ФК Ливерпуль	any=Liverpool FC	country=GB	hq=Liverpool	kind=football_club
org:chelsea_fc	org	en=Chelsea FC	uk=ФК «Челсі»|ФК Челсі|Челсі{x}{ctx}	ru=ФК «Челси»|ФК Челси|Челси{x}{ctx}	any=Chelsea FC	country=GB	hq=London	kind=football_club
org:arsenal_fc	org	en=Arsenal FC	uk=Арсенал Лондон{x}|лондонський Арсенал|ФК «Арсенал» Лондон{x}	ru=Арсенал Лондон{x}|лондонский Арсенал	any=Arsenal FC	country=GB	hq=London	kind=football_club
org:tottenham	org	en=Tottenham Hotspur	uk=Тоттенгем{x}|Тоттенгем Хотспур{x}|Тоттенхем{x}	ru=Тоттенхэм{x}|Тоттенхэм Хотспур{x}|Тоттенхем{x}	any=Tottenham Hotspur|Tottenham	country=GB	hq=London	kind=football_club
org:everton	org	en=Everton FC	uk=Евертон{x}	ru=Эвертон{x}	any=Everton	country=GB	hq=Liverpool	kind=football_club
org:bayern	org	en=FC Bayern Munich	uk=Баварія Мюнхен{x}|мюнхенська Баварія|ФК «Баварія»	ru=Бавария Мюнхен{x}|мюнхенская Бавария|ФК «Бавария»	any=Bayern Munich|Bayern München|FC Bayern	country=DE	hq=Munich	kind=football_club
org:bvb	org	en=Borussia Dortmund	uk=Боруссія Дортмунд{x}|Боруссія (Дортмунд){x}	ru=Боруссия Дортмунд{x}|Боруссия (Дортмунд){x}	any=Borussia Dortmund|BVB	country=DE	hq=Dortmund	kind=football_club
org:juventus	org	en=Juventus FC	uk=Ювентус	ru=Ювентус	any=Juventus	country=IT	hq=Turin	kind=football_club
org:ac_milan	org	en=AC Milan	uk=ФК «Мілан»|ФК Мілан	ru=ФК «Милан»|ФК Милан	any=AC Milan	country=IT	hq=Milan	kind=football_club
org:inter_milan	org	en=Inter Milan	uk=Інтер Мілан{x}|міланський Інтер	ru=Интер Милан{x}|миланский Интер	any=Inter Milan|Internazionale	country=IT	hq=Milan	kind=football_club
org:psg	org	en=Paris Saint-Germain	uk=Парі Сен-Жермен{x}|ПСЖ{x}	ru=Пари Сен-Жермен{x}|ПСЖ{x}	any=Paris Saint-Germain|PSG	country=FR	hq=Paris	kind=football_club
org:ajax	org	en=AFC Ajax	uk=Аякс Амстердам{x}|амстердамський Аякс	ru=Аякс Амстердам{x}|амстердамский Аякс	any=Ajax Amsterdam|AFC Ajax	country=NL	hq=Amsterdam	kind=football_club
org:benfica	org	en=SL Benfica	uk=Бенфіка	ru=Бенфика	any=Benfica	country=PT	hq=Lisbon	kind=football_club
org:fc_porto	org	en=FC Porto	uk=ФК «Порту»	ru=ФК «Порту»	any=FC Porto	country=PT	hq=Porto	kind=football_club
org:galatasaray	org	en=Galatasaray SK	uk=Галатасарай{x}	ru=Галатасарай{x}	any=Galatasaray	country=TR	hq=Istanbul	kind=football_club
org:fenerbahce	org	en=Fenerbahçe SK	uk=Фенербахче{x}	ru=Фенербахче{x}	any=Fenerbahçe|Fenerbahce	country=TR	hq=Istanbul	kind=football_club
org:celtic	org	en=Celtic FC	uk=Селтік{x}	ru=Селтик{x}	any=Celtic FC	country=GB	hq=Glasgow	kind=football_club
org:la_lakers	org	en=Los Angeles Lakers	uk=Лос-Анджелес Лейкерс{x}	ru=Лос-Анджелес Лейкерс{x}	any=Los Angeles Lakers|Lakers	country=US	hq=Los Angeles	kind=basketball_club

# == International and national leagues and federations ==
org:nfl	org	en=National Football League	uk=Національна футбольна ліга|НФЛ{x}	ru=Национальная футбольная лига|НФЛ{x}	any=NFL	country=US	hq=New York	kind=league
org:nba	org	en=National Basketball Association	uk=Національна баскетбольна асоціація|НБА{x}	ru=Национальная баскетбольная ассоциация|НБА{x}	any=NBA	country=US	hq=New York	kind=league
org:nhl	org	en=National Hockey League	uk=Національна хокейна ліга|НХЛ{x}	ru=Национальная хоккейная лига|НХЛ{x}	any=NHL	country=US	hq=New York	kind=league
org:mlb	org	en=Major League Baseball	uk=Головна ліга бейсболу	ru=Главная лига бейсбола	any=MLB	country=US	hq=New York	kind=league
org:epl	org	en=Premier League	uk=Англійська Прем'єр-ліга|Англійська прем'єр-ліга|АПЛ{x}	ru=Английская Премьер-лига|Английская премьер-лига|АПЛ{x}	any=Premier League{ctx}|English Premier League|EPL	country=GB	hq=London	kind=league
org:la_liga	org	en=La Liga	uk=Ла Ліга{x}	ru=Ла Лига{x}	any=La Liga|LaLiga	country=ES	hq=Madrid	kind=league
org:bundesliga	org	en=Bundesliga	uk=Бундесліга	ru=Бундеслига	any=Bundesliga	country=DE	hq=Frankfurt	kind=league
org:serie_a	org	en=Serie A	uk=Серія А{x}	ru=Серия А{x}	any=Serie A	country=IT	hq=Milan	kind=league
org:uefa_cl	org	en=UEFA Champions League	uk=Ліга чемпіонів УЄФА|Ліга чемпіонів	ru=Лига чемпионов УЕФА|Лига чемпионов	any=UEFA Champions League|Champions League	kind=competition
org:wbc	org	en=World Boxing Council	uk=Всесвітня боксерська рада|WBC{x}	ru=Всемирный боксерский совет|Всемирный боксёрский совет|WBC{x}	any=WBC	hq=Mexico City	kind=sport
org:wba	org	en=World Boxing Association	uk=Всесвітня боксерська асоціація	ru=Всемирная боксерская ассоциация|Всемирная боксёрская ассоциация	any=WBA	hq=Panama City	kind=sport
org:ibf	org	en=International Boxing Federation	uk=Міжнародна боксерська федерація	ru=Международная боксерская федерация|Международная боксёрская федерация	any=IBF	country=US	hq=Springfield	kind=sport
org:wbo	org	en=World Boxing Organization	uk=Всесвітня боксерська організація	ru=Всемирная боксерская организация|Всемирная боксёрская организация	any=WBO	hq=San Juan	kind=sport
org:iba	org	en=International Boxing Association	uk=Міжнародна асоціація боксу	ru=Международная ассоциация бокса|АИБА{x}	any=AIBA	hq=Lausanne	kind=sport
org:ufc	org	en=UFC|Ultimate Fighting Championship	any=UFC	country=US	hq=Las Vegas	kind=sport
org:fia	org	en=Fédération Internationale de l'Automobile	uk=Міжнародна автомобільна федерація|ФІА{x}	ru=Международная автомобильная федерация|ФИА{x}	any=FIA	hq=Paris	kind=sport
org:fiba	org	en=FIBA	uk=ФІБА{x}|Міжнародна федерація баскетболу	ru=ФИБА{x}|Международная федерация баскетбола	any=FIBA	hq=Mies	kind=sport
org:iihf	org	en=International Ice Hockey Federation	uk=Міжнародна федерація хокею|ІІХФ{x}	ru=Международная федерация хоккея|ИИХФ{x}	any=IIHF	hq=Zurich	kind=sport
org:isu_skating	org	en=International Skating Union	uk=Міжнародний союз ковзанярів	ru=Международный союз конькобежцев	any=ISU	hq=Lausanne	kind=sport
org:fis	org	en=International Ski and Snowboard Federation	uk=Міжнародна федерація лижного спорту|ФІС{x}	ru=Международная федерация лыжного спорта|ФИС{x}	any=FIS	hq=Oberhofen am Thunersee	kind=sport
org:ibu	org	en=International Biathlon Union	uk=Міжнародний союз біатлоністів|IBU{x}	ru=Международный союз биатлонистов|IBU{x}	any=IBU	hq=Salzburg	kind=sport
org:fina	org	en=World Aquatics	uk=Міжнародна федерація плавання|ФІНА{x}	ru=Международная федерация плавания|ФИНА{x}	any=FINA|World Aquatics	hq=Lausanne	kind=sport
org:fivb	org	en=FIVB	uk=Міжнародна федерація волейболу	ru=Международная федерация волейбола	any=FIVB	hq=Lausanne	kind=sport
org:fig_gym	org	en=International Gymnastics Federation	uk=Міжнародна федерація гімнастики	ru=Международная федерация гимнастики	any=FIG{ctx}	hq=Lausanne	kind=sport
org:itf	org	en=International Tennis Federation	uk=Міжнародна федерація тенісу	ru=Международная федерация тенниса	any=ITF	hq=London	kind=sport
org:atp_tennis	org	en=ATP	uk=Асоціація тенісистів-професіоналів|ATP{x}	ru=Ассоциация теннисистов-профессионалов|ATP{x}	any=ATP	hq=London	kind=sport
org:wta	org	en=WTA	uk=Жіноча тенісна асоціація|WTA{x}	ru=Женская теннисная ассоциация|WTA{x}	any=WTA	hq=St. Petersburg	kind=sport
org:uci	org	en=Union Cycliste Internationale	uk=Міжнародний союз велосипедистів	ru=Международный союз велосипедистов	any=UCI	hq=Aigle	kind=sport
org:ipc	org	en=International Paralympic Committee	uk=Міжнародний паралімпійський комітет|МПК{x}	ru=Международный паралимпийский комитет|МПК{x}	any=IPC{ctx}	hq=Bonn	kind=sport
org:eoc	org	en=European Olympic Committees	uk=Європейські олімпійські комітети{pl}	ru=Европейские олимпийские комитеты{pl}	any=EOC	hq=Rome	kind=sport
org:ittf	org	en=International Table Tennis Federation	uk=Міжнародна федерація настільного тенісу	ru=Международная федерация настольного тенниса	any=ITTF	hq=Lausanne	kind=sport
org:fei	org	en=International Federation for Equestrian Sports	uk=Міжнародна федерація кінного спорту	ru=Международная федерация конного спорта	any=FEI	hq=Lausanne	kind=sport
org:uww	org	en=United World Wrestling	uk=Об'єднаний світ боротьби	ru=Объединенный мир борьбы	any=United World Wrestling|UWW	hq=Corsier-sur-Vevey	kind=sport
org:ijf	org	en=International Judo Federation	uk=Міжнародна федерація дзюдо	ru=Международная федерация дзюдо	any=IJF	hq=Budapest	kind=sport
org:iwf	org	en=International Weightlifting Federation	uk=Міжнародна федерація важкої атлетики	ru=Международная федерация тяжелой атлетики|Международная федерация тяжёлой атлетики	any=IWF	hq=Lausanne	kind=sport
org:iaaf_old	org	en=International Association of Athletics Federations	uk=Міжнародна асоціація легкоатлетичних федерацій|ІААФ{x}	ru=Международная ассоциация легкоатлетических федераций|ИААФ{x}	any=IAAF	hq=Monaco	kind=sport	note=renamed World Athletics in 2019
org:concacaf	org	en=CONCACAF	any=CONCACAF	hq=Miami	kind=sport
org:conmebol	org	en=CONMEBOL	uk=КОНМЕБОЛ{x}	ru=КОНМЕБОЛ{x}	any=CONMEBOL	hq=Luque	kind=sport
org:the_fa	org	en=The Football Association	uk=Футбольна асоціація Англії	ru=Футбольная ассоциация Англии	any=The Football Association	country=GB	hq=London	kind=sport
org:dfb	org	en=German Football Association	uk=Німецький футбольний союз	ru=Немецкий футбольный союз	any=DFB	country=DE	hq=Frankfurt	kind=sport
org:nascar	org	en=NASCAR	any=NASCAR	country=US	hq=Daytona Beach	kind=sport
org:formula1	org	en=Formula One Group	uk=Формула-1{x}	ru=Формула-1{x}|Формула 1{x}	any=Formula One|Formula 1|F1{ctx}	hq=London	kind=sport
org:red_bull_racing	org	en=Red Bull Racing	any=Red Bull Racing	country=GB	hq=Milton Keynes	kind=racing_team
org:scuderia_ferrari	org	en=Scuderia Ferrari	uk=Скудерія Феррарі{x}	ru=Скудерия Феррари{x}	any=Scuderia Ferrari	country=IT	hq=Maranello	kind=racing_team
org:mercedes_f1	org	en=Mercedes-AMG Petronas F1 Team	any=Mercedes-AMG Petronas	country=GB	hq=Brackley	kind=racing_team
