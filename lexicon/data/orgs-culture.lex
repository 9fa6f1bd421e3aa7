# factum default lexicon: culture — theatres, opera houses, museums,
# galleries, orchestras and ensembles, film studios, music groups. Same
# format as orgs.lex. Names that are ordinary words (Кино, Аквариум,
# Ленинград) are listed only with "гурт", "группа", "театр".

# == Theatres and opera houses ==
org:bolshoi	org	en=Bolshoi Theatre	uk=Большой театр{x}|Великий театр|Великий театр у Москві	ru=Большой театр|Государственный академический Большой театр|ГАБТ{x}	any=Bolshoi Theatre|Bolshoi	country=RU	hq=Moscow	kind=theatre
org:mariinsky	org	en=Mariinsky Theatre	uk=Маріїнський театр|Маріїнка	ru=Мариинский театр|Мариинка	any=Mariinsky Theatre|Mariinsky	country=RU	hq=Saint Petersburg	kind=theatre
org:mkhat	org	en=Moscow Art Theatre	uk=МХАТ{x}|МХТ імені Чехова{x}|Московський Художній театр|Московський художній театр	ru=МХАТ{x}|МХТ имени Чехова{x}|МХТ им. Чехова{x}|Московский Художественный театр|Московский художественный театр|МХАТ имени Горького{x}	any=Moscow Art Theatre	country=RU	hq=Moscow	kind=theatre
org:maly_theatre	org	en=Maly Theatre	uk=Малий театр	ru=Малый театр	any=Maly Theatre	country=RU	hq=Moscow	kind=theatre
org:taganka	org	en=Taganka Theatre	uk=Театр на Таганці	ru=Театр на Таганке	any=Taganka Theatre	country=RU	hq=Moscow	kind=theatre
org:sovremennik	org	en=Sovremennik Theatre	uk=театр «Современник»|театр Современник	ru=театр «Современник»|театр Современник	country=RU	hq=Moscow	kind=theatre
org:lenkom	org	en=Lenkom Theatre	uk=Ленком	ru=Ленком|театр «Ленком»	any=Lenkom	country=RU	hq=Moscow	kind=theatre
org:vakhtangov	org	en=Vakhtangov Theatre	uk=Театр імені Вахтангова|театр Вахтангова	ru=Театр имени Вахтангова|Театр им. Вахтангова|театр Вахтангова|Вахтанговский театр	country=RU	hq=Moscow	kind=theatre
org:gogol_center	org	en=Gogol Center	uk=Гоголь-центр	ru=Гоголь-центр|Гоголь-Центр	any=Gogol Center	country=RU	hq=Moscow	kind=theatre
org:alexandrinsky	org	en=Alexandrinsky Theatre	uk=Александринський театр	ru=Александринский театр|Александринка	country=RU	hq=Saint Petersburg	kind=theatre
org:mikhailovsky	org	en=Mikhailovsky Theatre	uk=Михайлівський театр	ru=Михайловский театр	country=RU	hq=Saint Petersburg	kind=theatre
org:bdt	org	en=Tovstonogov Bolshoi Drama Theater	uk=Великий драматичний театр імені Товстоногова|БДТ{x}	ru=Большой драматический театр имени Товстоногова|БДТ{x}|БДТ имени Товстоногова{x}	country=RU	hq=Saint Petersburg	kind=theatre
org:satire_theatre	org	en=Moscow Satire Theatre	uk=Московський театр сатири	ru=Московский академический театр сатиры|Московский театр сатиры	country=RU	hq=Moscow	kind=theatre
org:helikon_opera	org	en=Helikon Opera	ru=Геликон-опера	any=Helikon Opera	country=RU	hq=Moscow	kind=theatre
org:novaya_opera	org	en=Novaya Opera Theatre	ru=театр «Новая опера»|Новая опера	country=RU	hq=Moscow	kind=theatre
org:kyiv_opera	org	en=National Opera of Ukraine	uk=Національний академічний театр опери та балету України імені Тараса Шевченка|Київська опера	ru=Киевская опера	any=National Opera of Ukraine	country=UA	hq=Kyiv	kind=theatre
org:franko_theatre	org	en=Ivan Franko National Academic Drama Theater	uk=Національний академічний драматичний театр імені Івана Франка|Театр імені Івана Франка|театр імені Франка|театр Франка	ru=Национальный академический драматический театр имени Ивана Франко|театр имени Франко	country=UA	hq=Kyiv	kind=theatre
org:lesya_theatre	org	en=Lesya Ukrainka National Academic Theater	uk=Національний академічний театр імені Лесі Українки|Театр імені Лесі Українки|театр Лесі Українки	ru=Национальный академический театр имени Леси Украинки|Театр имени Леси Украинки|Театр русской драмы имени Леси Украинки	country=UA	hq=Kyiv	kind=theatre
org:molodyi_theatre	org	en=Kyiv Academic Molodyy Theatre	uk=Молодий театр|Київський академічний Молодий театр	ru=Молодой театр|Киевский академический Молодой театр	country=UA	hq=Kyiv	kind=theatre
org:lviv_opera	org	en=Lviv National Opera	uk=Львівська національна опера|Львівська опера|Львівський національний академічний театр опери та балету імені Соломії Крушельницької	ru=Львовская национальная опера|Львовская опера|Львовский оперный театр	any=Lviv National Opera	country=UA	hq=Lviv	kind=theatre
org:odesa_opera	org	en=Odesa National Academic Theater of Opera and Ballet	uk=Одеський національний академічний театр опери та балету|Одеський оперний театр|Одеська опера	ru=Одесский национальный академический театр оперы и балета|Одесский оперный театр|Одесская опера	any=Odesa Opera	country=UA	hq=Odesa	kind=theatre
org:kharkiv_opera	org	en=Kharkiv National Opera and Ballet Theatre	uk=Харківський національний академічний театр опери та балету|Харківський оперний театр|ХАТОБ{x}	ru=Харьковский национальный академический театр оперы и балета|Харьковский оперный театр	country=UA	hq=Kharkiv	kind=theatre
org:berezil	org	en=Kharkiv Shevchenko Theatre|Berezil	uk=театр «Березіль»|Харківський театр імені Шевченка	ru=театр «Березиль»|Харьковский театр имени Шевченко	country=UA	hq=Kharkiv	kind=theatre
org:dakh	org	en=Dakh Theatre	uk=театр «Дах»|Центр сучасного мистецтва «Дах»	ru=театр «ДАХ»|театр «Дах»	country=UA	hq=Kyiv	kind=theatre
org:met_opera	org	en=Metropolitan Opera	uk=Метрополітен-опера|Метрополітен Опера	ru=Метрополитен-опера|Метрополитен Опера	any=Metropolitan Opera|Met Opera	country=US	hq=New York	kind=theatre
org:la_scala	org	en=La Scala	uk=Ла Скала{x}|театр «Ла Скала»	ru=Ла Скала{x}|театр «Ла Скала»	any=La Scala|Teatro alla Scala	country=IT	hq=Milan	kind=theatre
org:covent_garden	org	en=Royal Opera House	uk=Королівський оперний театр|Ковент-Гарден{x}{ctx}	ru=Королевский оперный театр|Ковент-Гарден{x}{ctx}	any=Royal Opera House	country=GB	hq=London	kind=theatre
org:vienna_opera	org	en=Vienna State Opera	uk=Віденська державна опера|Віденська опера	ru=Венская государственная опера|Венская опера	any=Vienna State Opera|Wiener Staatsoper	country=AT	hq=Vienna	kind=theatre
org:paris_opera	org	en=Paris Opera	uk=Паризька опера|Гранд-опера{x}	ru=Парижская опера|Гранд-опера{x}|Гранд Опера{x}	any=Opéra de Paris|Paris Opera	country=FR	hq=Paris	kind=theatre
org:comedie_francaise	org	en=Comédie-Française	uk=Комеді Франсез{x}	ru=Комеди Франсез{x}	any=Comédie-Française	country=FR	hq=Paris	kind=theatre
org:old_vic	org	en=Royal Shakespeare Company	uk=Королівська шекспірівська компанія	ru=Королевская шекспировская компания	any=Royal Shakespeare Company	country=GB	hq=Stratford-upon-Avon	kind=theatre
org:cirque_du_soleil	org	en=Cirque du Soleil	uk=Цирк дю Солей{x}	ru=Цирк дю Солей{x}|Cirque du Soleil{x}	any=Cirque du Soleil	country=CA	hq=Montreal	kind=circus
org:nikulin_circus	org	en=Nikulin Circus	uk=Цирк Нікуліна	ru=Цирк Никулина|Цирк на Цветном бульваре|Московский цирк Никулина на Цветном бульваре	country=RU	hq=Moscow	kind=circus
org:bolshoi_circus	org	en=Great Moscow State Circus	ru=Большой Московский государственный цирк|Большой московский цирк	country=RU	hq=Moscow	kind=circus

# == Museums, galleries, libraries ==
org:hermitage	org	en=State Hermitage Museum	uk=Ермітаж|Державний Ермітаж	ru=Эрмитаж|Государственный Эрмитаж	any=Hermitage Museum|State Hermitage	country=RU	hq=Saint Petersburg	kind=museum
org:tretyakov	org	en=Tretyakov Gallery	uk=Третьяковська галерея|Третьяковка|Державна Третьяковська галерея	ru=Третьяковская галерея|Государственная Третьяковская галерея|Третьяковка|ГТГ{x}	any=Tretyakov Gallery	country=RU	hq=Moscow	kind=museum
org:russian_museum	org	en=State Russian Museum	uk=Російський музей|Державний Російський музей	ru=Русский музей|Государственный Русский музей|ГРМ{x}	any=Russian Museum	country=RU	hq=Saint Petersburg	kind=museum
org:pushkin_museum	org	en=Pushkin Museum	uk=Пушкінський музей|ДМОМ імені Пушкіна{x}|Державний музей образотворчих мистецтв імені Пушкіна	ru=Пушкинский музей|ГМИИ имени Пушкина{x}|ГМИИ им. Пушкина{x}|ГМИИ им. А. С. Пушкина{x}|ГМИИ{x}|Государственный музей изобразительных искусств имени Пушкина|Музей изобразительных искусств имени Пушкина	any=Pushkin Museum	country=RU	hq=Moscow	kind=museum
org:gim	org	en=State Historical Museum	uk=Державний історичний музей	ru=Государственный исторический музей|ГИМ{x}	any=State Historical Museum	country=RU	hq=Moscow	kind=museum
org:kremlin_museums	org	en=Moscow Kremlin Museums	uk=Музеї Московського Кремля{pl}	ru=Музеи Московского Кремля{pl}	any=Moscow Kremlin Museums	country=RU	hq=Moscow	kind=museum
org:garage_museum	org	en=Garage Museum of Contemporary Art	uk=музей «Гараж»|Музей сучасного мистецтва «Гараж»	ru=музей «Гараж»|Музей современного искусства «Гараж»	any=Garage Museum	country=RU	hq=Moscow	kind=museum
org:mmoma	org	en=Moscow Museum of Modern Art	ru=Московский музей современного искусства|ММСИ{x}	any=MMOMA	country=RU	hq=Moscow	kind=museum
org:peterhof	org	en=Peterhof State Museum Reserve	ru=ГМЗ «Петергоф»|музей-заповедник «Петергоф»	country=RU	hq=Saint Petersburg	kind=museum
org:yasnaya	org	en=Yasnaya Polyana Museum	ru=музей-усадьба «Ясная Поляна»|музей-усадьба Ясная Поляна	country=RU	hq=Tula	kind=museum
org:nkhmu	org	en=National Art Museum of Ukraine	uk=НХМУ{x}	any=NAMU	country=UA	hq=Kyiv	kind=museum
org:ww2_museum_ua	org	en=National Museum of the History of Ukraine in the Second World War	uk=Національний музей історії України у Другій світовій війні|Музей Другої світової війни	ru=Национальный музей истории Украины во Второй мировой войне	country=UA	hq=Kyiv	kind=museum
org:holodomor_museum	org	en=Holodomor Museum	uk=Національний музей «Меморіал жертв Голодомору»|Музей Голодомору|Меморіал жертв Голодомору	ru=Национальный музей «Мемориал жертв Голодомора»|Музей Голодомора	any=Holodomor Museum	country=UA	hq=Kyiv	kind=museum
org:khanenko	org	en=Khanenko Museum	uk=Музей Ханенків|Національний музей мистецтв імені Богдана та Варвари Ханенків	ru=Музей Ханенко|Музей Ханенков	any=Khanenko Museum	country=UA	hq=Kyiv	kind=museum
org:mystetskyi_arsenal	org	en=Mystetskyi Arsenal	uk=Мистецький арсенал|Мистецький Арсенал	ru=Мистецкий Арсенал|Мистецкий арсенал	any=Mystetskyi Arsenal|Art Arsenal	country=UA	hq=Kyiv	kind=museum
org:pinchuk_art	org	en=PinchukArtCentre	uk=ПінчукАртЦентр|Пінчук Арт Центр	ru=ПинчукАртЦентр	any=PinchukArtCentre	country=UA	hq=Kyiv	kind=museum
org:chernobyl_museum	org	en=Chernobyl National Museum	uk=Національний музей «Чорнобиль»|музей «Чорнобиль»	ru=Национальный музей «Чернобыль»|музей «Чернобыль»	country=UA	hq=Kyiv	kind=museum
org:louvre	org	en=Louvre	uk=Лувр	ru=Лувр	any=Louvre|Musée du Louvre	country=FR	hq=Paris	kind=museum
org:orsay	org	en=Musée d'Orsay	uk=Музей Орсе{x}	ru=Музей Орсе{x}|музей д'Орсе{x}	any=Musée d'Orsay	country=FR	hq=Paris	kind=museum
org:pompidou	org	en=Centre Pompidou	uk=Центр Помпіду{x}	ru=Центр Помпиду{x}	any=Centre Pompidou	country=FR	hq=Paris	kind=museum
org:british_museum	org	en=British Museum	uk=Британський музей	ru=Британский музей	any=British Museum	country=GB	hq=London	kind=museum
org:tate	org	en=Tate Modern	uk=Тейт Модерн{x}|галерея Тейт{x}	ru=Тейт Модерн{x}|галерея Тейт{x}	any=Tate Modern|Tate Britain|Tate Gallery	country=GB	hq=London	kind=museum
org:national_gallery	org	en=National Gallery (London)	uk=Лондонська національна галерея	ru=Лондонская национальная галерея	any=National Gallery	country=GB	hq=London	kind=museum
org:v_and_a	org	en=Victoria and Albert Museum	uk=Музей Вікторії та Альберта	ru=Музей Виктории и Альберта	any=Victoria and Albert Museum	country=GB	hq=London	kind=museum
org:madame_tussauds	org	en=Madame Tussauds	uk=Музей мадам Тюссо{x}	ru=Музей мадам Тюссо{x}	any=Madame Tussauds	country=GB	hq=London	kind=museum
org:met_museum	org	en=Metropolitan Museum of Art	uk=Метрополітен-музей|Музей мистецтва Метрополітен	ru=Метрополитен-музей|Музей Метрополитен	any=Metropolitan Museum of Art|the Met Museum	country=US	hq=New York	kind=museum
org:moma	org	en=Museum of Modern Art	uk=Музей сучасного мистецтва в Нью-Йорку	ru=Музей современного искусства в Нью-Йорке	any=MoMA|Museum of Modern Art	country=US	hq=New York	kind=museum
org:guggenheim	org	en=Solomon R. Guggenheim Museum	uk=Музей Гуггенгайма|Музей Соломона Гуггенгайма	ru=Музей Гуггенхайма|Музей Соломона Гуггенхайма	any=Guggenheim Museum	country=US	hq=New York	kind=museum
org:smithsonian	org	en=Smithsonian Institution	uk=Смітсонівський інститут	ru=Смитсоновский институт	any=Smithsonian Institution|Smithsonian	country=US	hq=Washington	kind=museum
org:prado	org	en=Museo del Prado	uk=Музей Прадо|музей Прадо	ru=Музей Прадо|музей Прадо	any=Museo del Prado|Prado Museum	country=ES	hq=Madrid	kind=museum
org:uffizi	org	en=Uffizi Gallery	uk=Галерея Уффіці|Уффіці{x}	ru=Галерея Уффици|Уффици{x}	any=Uffizi	country=IT	hq=Florence	kind=museum
org:vatican_museums	org	en=Vatican Museums	uk=Музеї Ватикану{pl}	ru=Музеи Ватикана{pl}	any=Vatican Museums	hq=Vatican City	kind=museum
org:rijksmuseum	org	en=Rijksmuseum	uk=Рейксмузеум	ru=Рейксмузеум	any=Rijksmuseum	country=NL	hq=Amsterdam	kind=museum
org:van_gogh_museum	org	en=Van Gogh Museum	uk=Музей Ван Гога{x}	ru=Музей Ван Гога{x}	any=Van Gogh Museum	country=NL	hq=Amsterdam	kind=museum
org:yad_vashem	org	en=Yad Vashem	uk=Яд Вашем{x}	ru=Яд ва-Шем{x}|Яд Вашем{x}	any=Yad Vashem	country=IL	hq=Jerusalem	kind=museum
org:auschwitz_museum	org	en=Auschwitz-Birkenau State Museum	uk=Державний музей Аушвіц-Біркенау|Музей Аушвіц-Біркенау	ru=Государственный музей Аушвиц-Биркенау|Музей Аушвиц-Биркенау|Музей Освенцим	any=Auschwitz Memorial	country=PL	hq=Oświęcim	kind=museum

# == Orchestras, ensembles, film studios, academies of arts ==
org:berlin_phil	org	en=Berlin Philharmonic	uk=Берлінський філармонічний оркестр|Берлінська філармонія	ru=Берлинский филармонический оркестр|Берлинская филармония	any=Berlin Philharmonic|Berliner Philharmoniker	country=DE	hq=Berlin	kind=orchestra
org:vienna_phil	org	en=Vienna Philharmonic	uk=Віденський філармонічний оркестр	ru=Венский филармонический оркестр	any=Vienna Philharmonic|Wiener Philharmoniker	country=AT	hq=Vienna	kind=orchestra
org:lso	org	en=London Symphony Orchestra	uk=Лондонський симфонічний оркестр	ru=Лондонский симфонический оркестр	any=London Symphony Orchestra	country=GB	hq=London	kind=orchestra
org:moscow_phil	org	en=Moscow Philharmonic	uk=Московська філармонія	ru=Московская филармония|Московская государственная академическая филармония	country=RU	hq=Moscow	kind=orchestra
org:spb_phil	org	en=Saint Petersburg Philharmonia	uk=Санкт-Петербурзька філармонія	ru=Санкт-Петербургская филармония|Петербургская филармония	country=RU	hq=Saint Petersburg	kind=orchestra
org:alexandrov_ensemble	org	en=Alexandrov Ensemble	uk=Ансамбль Александрова|Ансамбль пісні і танцю імені Александрова	ru=Ансамбль Александрова|Ансамбль имени Александрова|Академический ансамбль песни и пляски Российской армии имени Александрова	any=Alexandrov Ensemble	country=RU	hq=Moscow	kind=ensemble
org:veryovka	org	en=Veryovka Ukrainian Folk Choir	uk=Хор імені Верьовки|хор імені Григорія Верьовки|хор Верьовки|Національний заслужений академічний український народний хор України імені Григорія Верьовки	ru=Хор имени Веревки|хор имени Григория Веревки	country=UA	hq=Kyiv	kind=ensemble
org:virsky	org	en=Virsky Ukrainian National Folk Dance Ensemble	uk=Ансамбль імені Павла Вірського|ансамбль Вірського|ансамбль імені Вірського	ru=Ансамбль имени Павла Вирского|ансамбль Вирского	country=UA	hq=Kyiv	kind=ensemble
org:mosfilm	org	en=Mosfilm	uk=Мосфільм	ru=Мосфильм	any=Mosfilm	country=RU	hq=Moscow	kind=film_studio
org:lenfilm	org	en=Lenfilm	uk=Ленфільм	ru=Ленфильм	any=Lenfilm	country=RU	hq=Saint Petersburg	kind=film_studio
org:soyuzmultfilm	org	en=Soyuzmultfilm	uk=Союзмультфільм	ru=Союзмультфильм	any=Soyuzmultfilm	country=RU	hq=Moscow	kind=film_studio
org:dovzhenko_studio	org	en=Dovzhenko Film Studios	uk=Кіностудія імені Довженка|Кіностудія імені Олександра Довженка|кіностудія Довженка|Національна кіностудія художніх фільмів імені Олександра Довженка	ru=Киностудия имени Довженко|Киностудия им. Довженко	any=Dovzhenko Film Studios	country=UA	hq=Kyiv	kind=film_studio
org:dovzhenko_centre	org	en=Oleksandr Dovzhenko National Centre	uk=Довженко-Центр|Національний центр Олександра Довженка	ru=Довженко-Центр	any=Dovzhenko Centre	country=UA	hq=Kyiv	kind=film_archive
org:odesa_film_studio	org	en=Odesa Film Studio	uk=Одеська кіностудія|Одеська кіностудія художніх фільмів	ru=Одесская киностудия	any=Odesa Film Studio	country=UA	hq=Odesa	kind=film_studio
org:kit_studio	org	en=KIT Film Studio	ru=Киностудия «КИТ»|киностудия КИТ	country=RU	hq=Moscow	kind=film_studio
org:universal_pictures	org	en=Universal Pictures	uk=Юніверсал Пікчерз{x}	ru=Юниверсал Пикчерс{x}	any=Universal Pictures|Universal Studios	country=US	hq=Universal City	kind=film_studio
org:fox_studios	org	en=20th Century Studios	uk=20th Century Fox{x}|Двадцяте століття Фокс{x}	ru=20th Century Fox{x}|Двадцатый век Фокс{x}	any=20th Century Fox|20th Century Studios	country=US	hq=Los Angeles	kind=film_studio
org:columbia_pictures	org	en=Columbia Pictures	uk=Коламбія Пікчерз{x}	ru=Коламбия Пикчерз{x}	any=Columbia Pictures	country=US	hq=Culver City	kind=film_studio
org:pixar	org	en=Pixar	uk=Піксар	ru=Пиксар	any=Pixar	country=US	hq=Emeryville	kind=film_studio
org:dreamworks	org	en=DreamWorks	uk=ДрімВоркс	ru=ДримВоркс	any=DreamWorks|DreamWorks Pictures	country=US	hq=Universal City	kind=film_studio
org:lucasfilm	org	en=Lucasfilm	any=Lucasfilm	country=US	hq=San Francisco	kind=film_studio
org:marvel	org	en=Marvel Studios	uk=Марвел{x}	ru=Марвел{x}	any=Marvel Studios|Marvel Entertainment|Marvel{ctx}	country=US	hq=Burbank	kind=film_studio
org:mgm	org	en=Metro-Goldwyn-Mayer	uk=Метро-Голдвін-Маєр{x}	ru=Метро-Голдвин-Майер{x}	any=Metro-Goldwyn-Mayer|MGM	country=US	hq=Beverly Hills	kind=film_studio
org:lionsgate	org	en=Lionsgate	any=Lionsgate	country=US	hq=Santa Monica	kind=film_studio
org:sony_pictures	org	en=Sony Pictures	uk=Соні Пікчерз{x}	ru=Сони Пикчерз{x}	any=Sony Pictures	country=US	hq=Culver City	kind=film_studio
org:a24	org	en=A24	any=A24	country=US	hq=New York	kind=film_studio
org:sony_music	org	en=Sony Music	any=Sony Music|Sony Music Entertainment	country=US	hq=New York	kind=record_label
org:universal_music	org	en=Universal Music Group	uk=Юніверсал Мьюзік{x}	ru=Юниверсал Мьюзик{x}	any=Universal Music Group|Universal Music	country=NL	hq=Hilversum	kind=record_label
org:warner_music	org	en=Warner Music Group	any=Warner Music Group|Warner Music	country=US	hq=New York	kind=record_label
org:emi_label	org	en=EMI	any=EMI|EMI Records	country=GB	hq=London	kind=record_label
org:rca	org	en=RCA Records	any=RCA Records|RCA	country=US	hq=New York	kind=record_label
org:rosconcert	org	en=Rosconcert	ru=Росконцерт	country=RU	hq=Moscow	kind=agency
org:rah	org	en=Russian Academy of Arts	uk=Російська академія мистецтв	ru=Российская академия художеств|РАХ{x}	country=RU	hq=Moscow	kind=academy
org:moskino	org	en=Moskino	ru=Москино	any=Moskino	country=RU	hq=Moscow	kind=cinema_network
org:kinopoisk	org	en=Kinopoisk	uk=Кінопошук	ru=Кинопоиск	any=KinoPoisk|Kinopoisk	country=RU	hq=Moscow	kind=online_media

# == Music groups ==
org:beatles	org	en=The Beatles	uk=Бітлз{x}|Бітлс{x}|гурт «Бітлз»	ru=Битлз{x}|Битлс{x}|группа «Битлз»	any=The Beatles|Beatles	country=GB	hq=Liverpool	kind=band
org:rolling_stones	org	en=The Rolling Stones	uk=Роллінг Стоунз{x}|Ролінг Стоунз{x}	ru=Роллинг Стоунз{x}|Роллинг Стоунс{x}	any=The Rolling Stones|Rolling Stones	country=GB	hq=London	kind=band
org:queen_band	org	en=Queen (band)	uk=гурт Queen{x}|гурт «Квін»	ru=группа Queen{x}|группа «Квин»	kind=band	country=GB	hq=London
org:pink_floyd	org	en=Pink Floyd	uk=Пінк Флойд{x}	ru=Пинк Флойд{x}	any=Pink Floyd	country=GB	hq=London	kind=band
org:led_zeppelin	org	en=Led Zeppelin	uk=Лед Зеппелін{x}	ru=Лед Зеппелин{x}	any=Led Zeppelin	country=GB	hq=London	kind=band
org:deep_purple	org	en=Deep Purple	uk=Діп Перпл{x}	ru=Дип Пёрпл{x}|Дип Перпл{x}	any=Deep Purple	country=GB	hq=London	kind=band
org:depeche_mode	org	en=Depeche Mode	uk=Депеш Мод{x}	ru=Депеш Мод{x}	any=Depeche Mode	country=GB	hq=Basildon	kind=band
org:prodigy	org	en=The Prodigy	uk=гурт The Prodigy{x}	ru=группа The Prodigy{x}	any=The Prodigy	country=GB	hq=Braintree	kind=band
org:coldplay	org	en=Coldplay	any=Coldplay	country=GB	hq=London	kind=band
org:radiohead	org	en=Radiohead	any=Radiohead	country=GB	hq=Abingdon	kind=band
org:metallica	org	en=Metallica	uk=Металіка	ru=Металлика	any=Metallica	country=US	hq=San Rafael	kind=band
org:rammstein	org	en=Rammstein	uk=Раммштайн	ru=Раммштайн	any=Rammstein	country=DE	hq=Berlin	kind=band
org:scorpions	org	en=Scorpions	uk=Скорпіонс{x}	ru=Скорпионс{x}	any=Scorpions{ctx}	country=DE	hq=Hanover	kind=band
org:u2	org	en=U2	any=U2	country=IE	hq=Dublin	kind=band
org:abba	org	en=ABBA	uk=АББА{x}	ru=АББА{x}	any=ABBA	country=SE	hq=Stockholm	kind=band
org:acdc	org	en=AC/DC	any=AC/DC	country=AU	hq=Sydney	kind=band
org:aerosmith	org	en=Aerosmith	any=Aerosmith	country=US	hq=Boston	kind=band
org:rhcp	org	en=Red Hot Chili Peppers	any=Red Hot Chili Peppers	country=US	hq=Los Angeles	kind=band
org:linkin_park	org	en=Linkin Park	uk=Лінкін Парк{x}	ru=Линкин Парк{x}	any=Linkin Park	country=US	hq=Agoura Hills	kind=band
org:guns_n_roses	org	en=Guns N' Roses	any=Guns N' Roses|Guns N’ Roses	country=US	hq=Los Angeles	kind=band
org:nirvana	org	en=Nirvana (band)	uk=гурт Nirvana{x}	ru=группа Nirvana{x}	kind=band	country=US	hq=Aberdeen
org:bts	org	en=BTS	uk=гурт BTS{x}	ru=группа BTS{x}	kind=band	country=KR	hq=Seoul
org:okean_elzy	org	en=Okean Elzy	uk=Океан Ельзи{x}	ru=Океан Эльзы{x}	any=Okean Elzy	country=UA	hq=Kyiv	kind=band
org:boombox	org	en=Boombox (band)	uk=Бумбокс	ru=Бумбокс	any=Boombox{ctx}	country=UA	hq=Kyiv	kind=band
org:antytila	org	en=Antytila	uk=Антитіла{pl}{ctx}|гурт «Антитіла»	ru=Антитела{pl}{ctx}|группа «Антитела»	any=Antytila	country=UA	hq=Kyiv	kind=band
org:skryabin	org	en=Skryabin (band)	uk=гурт «Скрябін»|гурт Скрябін	ru=группа «Скрябин»	country=UA	hq=Novoiavorivsk	kind=band
org:vopli_vidopliassova	org	en=Vopli Vidopliassova	uk=Воплі Відоплясова{x}	ru=Вопли Видоплясова{x}	any=Vopli Vidopliassova	country=UA	hq=Kyiv	kind=band
org:tartak	org	en=Tartak	uk=гурт «Тартак»|гурт Тартак	ru=группа «Тартак»	country=UA	hq=Lutsk	kind=band
org:kalush	org	en=Kalush Orchestra	uk=Kalush Orchestra{x}|Калуш Оркестра{x}	ru=Kalush Orchestra{x}	any=Kalush Orchestra	country=UA	hq=Kalush	kind=band
org:go_a	org	en=Go_A	any=Go_A|Go A	country=UA	hq=Nizhyn	kind=band
org:dakhabrakha	org	en=DakhaBrakha	uk=ДахаБраха	ru=ДахаБраха	any=DakhaBrakha	country=UA	hq=Kyiv	kind=band
org:pikkardiyska	org	en=Pikkardiyska Tertsiya	uk=Піккардійська терція	ru=Пиккардийская терция	country=UA	hq=Lviv	kind=band
org:hardkiss	org	en=The Hardkiss	any=The Hardkiss	country=UA	hq=Kyiv	kind=band
org:zhadan_sobaky	org	en=Zhadan i Sobaky	uk=Жадан і Собаки{pl}	ru=Жадан и Собаки{pl}	country=UA	hq=Kharkiv	kind=band
org:kazka	org	en=Kazka	uk=гурт KAZKA{x}|гурт «Казка»	any=KAZKA	country=UA	hq=Kyiv	kind=band
org:mandry	org	en=Mandry	uk=гурт «Мандри»	ru=группа «Мандры»	country=UA	hq=Kyiv	kind=band
org:kino_band	org	en=Kino (band)	uk=гурт «Кіно»	ru=группа «Кино»|группа Кино	country=RU	hq=Saint Petersburg	kind=band
org:ddt	org	en=DDT (band)	uk=гурт ДДТ{x}|ДДТ{x}	ru=группа ДДТ{x}|ДДТ{x}	any=DDT{ctx}	country=RU	hq=Saint Petersburg	kind=band
org:aquarium	org	en=Aquarium (band)	uk=гурт «Акваріум»	ru=группа «Аквариум»|группа Аквариум	country=RU	hq=Saint Petersburg	kind=band
org:mashina_vremeni	org	en=Mashina Vremeni	uk=Машина часу	ru=Машина времени|группа «Машина времени»	any=Mashina Vremeni	country=RU	hq=Moscow	kind=band
org:leningrad_band	org	en=Leningrad (band)	uk=гурт «Ленінград»	ru=группа «Ленинград»|группа Ленинград	country=RU	hq=Saint Petersburg	kind=band
org:nautilus	org	en=Nautilus Pompilius	uk=Наутілус Помпіліус{x}	ru=Наутилус Помпилиус{x}|Наутилус{ctx}	any=Nautilus Pompilius	country=RU	hq=Yekaterinburg	kind=band
org:splin	org	en=Splean	uk=гурт «Сплін»	ru=группа «Сплин»|группа Сплин	any=Splean	country=RU	hq=Saint Petersburg	kind=band
org:bi2	org	en=Bi-2	uk=Бі-2{x}	ru=Би-2{x}	any=Bi-2	country=RU	hq=Moscow	kind=band
org:mumiy_troll	org	en=Mumiy Troll	uk=Мумій Троль{x}	ru=Мумий Тролль{x}	any=Mumiy Troll	country=RU	hq=Vladivostok	kind=band
org:chaif	org	en=Chaif	ru=Чайф{x}|группа «Чайф»	country=RU	hq=Yekaterinburg	kind=band
org:ruki_vverh	org	en=Ruki Vverh!	ru=Руки Вверх{x}|Руки вверх!{x}|группа «Руки Вверх»	country=RU	hq=Moscow	kind=band
org:pussy_riot	org	en=Pussy Riot	uk=Пуссі Райот{x}|Pussy Riot{x}	ru=Пусси Райот{x}|Pussy Riot{x}	any=Pussy Riot	country=RU	hq=Moscow	kind=band
org:tatu	org	en=t.A.T.u.	uk=Тату{ctx}|гурт «Тату»	ru=группа «Тату»|группа t.A.T.u.{x}	any=t.A.T.u.	country=RU	hq=Moscow	kind=band
org:lube	org	en=Lyube	uk=Любе{x}|гурт «Любе»	ru=Любэ{x}|группа «Любэ»	any=Lyube	country=RU	hq=Moscow	kind=band
org:aria	org	en=Aria (band)	uk=гурт «Арія»	ru=группа «Ария»	country=RU	hq=Moscow	kind=band
org:korol_i_shut	org	en=Korol i Shut	uk=Король і Шут	ru=Король и Шут	country=RU	hq=Saint Petersburg	kind=band
org:sektor_gaza	org	en=Sektor Gaza	uk=гурт «Сектор Газа»	ru=группа «Сектор Газа»	country=RU	hq=Voronezh	kind=band
org:laskovy_mai	org	en=Laskovy May	uk=Ласковий травень	ru=Ласковый май	country=RU	hq=Orenburg	kind=band
org:zveri_band	org	en=Zveri	ru=группа «Звери»	country=RU	hq=Moscow	kind=band
