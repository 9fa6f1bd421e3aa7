# factum default lexicon: state bodies not in orgs.lex — courts, law
# enforcement, agencies and services, armed forces, foreign and defence
# ministries of other countries. Same format as orgs.lex.

# == Ukraine: courts and judicial bodies ==
org:vgsu	org	en=High Commercial Court of Ukraine	uk=Вищий господарський суд України|Вищий господарський суд|Вищий госпсуд|ВГСУ{x}	ru=Высший хозяйственный суд Украины|Высший хозяйственный суд|ВХСУ{x}	country=UA	hq=Kyiv	kind=court	note=abolished in 2017
org:vasu	org	en=High Administrative Court of Ukraine	uk=Вищий адміністративний суд України|Вищий адміністративний суд|ВАСУ{x}	ru=Высший административный суд Украины|Высший административный суд|ВАСУ{x}	country=UA	hq=Kyiv	kind=court	note=abolished in 2017
org:vssu	org	en=High Specialized Court of Ukraine for Civil and Criminal Cases	uk=Вищий спеціалізований суд України з розгляду цивільних і кримінальних справ|Вищий спеціалізований суд|ВССУ{x}	ru=Высший специализированный суд Украины по рассмотрению гражданских и уголовных дел|Высший специализированный суд	country=UA	hq=Kyiv	kind=court	note=abolished in 2017
org:kgs_vs	org	en=Commercial Court of Cassation	uk=Касаційний господарський суд|Касаційний господарський суд у складі Верховного Суду	ru=Кассационный хозяйственный суд	country=UA	hq=Kyiv	kind=court	parent=org:vsu_court
org:kas_vs	org	en=Administrative Court of Cassation	uk=Касаційний адміністративний суд|Касаційний адміністративний суд у складі Верховного Суду	ru=Кассационный административный суд	country=UA	hq=Kyiv	kind=court	parent=org:vsu_court
org:kks_vs	org	en=Criminal Court of Cassation	uk=Касаційний кримінальний суд|Касаційний кримінальний суд у складі Верховного Суду	ru=Кассационный уголовный суд	country=UA	hq=Kyiv	kind=court	parent=org:vsu_court
org:kcs_vs	org	en=Civil Court of Cassation	uk=Касаційний цивільний суд|Касаційний цивільний суд у складі Верховного Суду	ru=Кассационный гражданский суд	country=UA	hq=Kyiv	kind=court	parent=org:vsu_court
org:vp_vs	org	en=Grand Chamber of the Supreme Court of Ukraine	uk=Велика палата Верховного Суду|Велика Палата Верховного Суду	ru=Большая палата Верховного суда	country=UA	hq=Kyiv	kind=court	parent=org:vsu_court
org:vaks_ap	org	en=Appeals Chamber of the High Anti-Corruption Court	uk=Апеляційна палата Вищого антикорупційного суду|Апеляційна палата ВАКС	ru=Апелляционная палата Высшего антикоррупционного суда|Апелляционная палата ВАКС	country=UA	hq=Kyiv	kind=court	parent=org:vaks
org:kyiv_appeal_court	org	en=Kyiv Court of Appeal	uk=Київський апеляційний суд|Апеляційний суд міста Києва|Апеляційний суд м. Києва|Апеляційний суд Києва	ru=Киевский апелляционный суд|Апелляционный суд Киева|Апелляционный суд города Киева	country=UA	hq=Kyiv	kind=court
org:oask	org	en=District Administrative Court of Kyiv	uk=Окружний адміністративний суд міста Києва|Окружний адміністративний суд Києва|Окружний адмінсуд Києва|ОАСК{x}	ru=Окружной административный суд Киева|Окружной административный суд города Киева|ОАСК{x}	country=UA	hq=Kyiv	kind=court	note=liquidated in 2022
org:gs_kyiv	org	en=Commercial Court of Kyiv	uk=Господарський суд міста Києва|Господарський суд м. Києва|Господарський суд Києва	ru=Хозяйственный суд Киева|Хозяйственный суд города Киева	country=UA	hq=Kyiv	kind=court
org:pechersk_court	org	en=Pechersk District Court of Kyiv	uk=Печерський районний суд міста Києва|Печерський районний суд м. Києва|Печерський районний суд Києва|Печерський районний суд|Печерський райсуд м. Києва|Печерський райсуд Києва|Печерський райсуд|Печерський суд Києва|Печерський суд	ru=Печерский районный суд Киева|Печерский районный суд города Киева|Печерский районный суд|Печерский райсуд|Печерский суд Киева|Печерский суд	country=UA	hq=Kyiv	kind=court
org:shevchenkivskyi_court	org	en=Shevchenkivskyi District Court of Kyiv	uk=Шевченківський районний суд міста Києва|Шевченківський районний суд м. Києва|Шевченківський районний суд Києва|Шевченківський райсуд Києва|Шевченківський суд Києва	ru=Шевченковский районный суд Киева|Шевченковский районный суд города Киева|Шевченковский райсуд Киева|Шевченковский суд Киева	country=UA	hq=Kyiv	kind=court
org:solomianskyi_court	org	en=Solomianskyi District Court of Kyiv	uk=Солом'янський районний суд міста Києва|Солом’янський районний суд міста Києва|Солом'янський районний суд Києва|Солом’янський районний суд Києва|Солом'янський райсуд Києва|Солом’янський райсуд Києва	ru=Соломенский районный суд Киева|Соломенский районный суд города Киева	country=UA	hq=Kyiv	kind=court
org:obolonskyi_court	org	en=Obolonskyi District Court of Kyiv	uk=Оболонський районний суд міста Києва|Оболонський районний суд Києва|Оболонський райсуд Києва	ru=Оболонский районный суд Киева|Оболонский районный суд города Киева	country=UA	hq=Kyiv	kind=court
org:vrp	org	en=High Council of Justice	uk=Вища рада правосуддя|ВРП{x}|Вища рада юстиції|ВРЮ{x}	ru=Высший совет правосудия|Высший совет юстиции	country=UA	hq=Kyiv	kind=judicial_body
org:vkks	org	en=High Qualification Commission of Judges of Ukraine	uk=Вища кваліфікаційна комісія суддів України|Вища кваліфікаційна комісія суддів|ВККС{x}	ru=Высшая квалификационная комиссия судей Украины|Высшая квалификационная комиссия судей|ВККС{x}	any=HQCJ	country=UA	hq=Kyiv	kind=judicial_body
org:rsu	org	en=Council of Judges of Ukraine	uk=Рада суддів України	ru=Совет судей Украины	country=UA	hq=Kyiv	kind=judicial_body
org:grd_ua	org	en=Public Integrity Council	uk=Громадська рада доброчесності|ГРД{x}	ru=Общественный совет добропорядочности	country=UA	hq=Kyiv	kind=judicial_body

# == Ukraine: agencies, services, funds ==
org:dus_ua	org	en=State Management of Affairs	uk=Державне управління справами|ДУС{x}	ru=Государственное управление делами	country=UA	hq=Kyiv	kind=agency
org:dfs_ua	org	en=State Fiscal Service of Ukraine	uk=Державна фіскальна служба України|Державна фіскальна служба|ДФС{x}|ДФС України	ru=Государственная фискальная служба Украины|Государственная фискальная служба|ГФС{x}|ГФС Украины	country=UA	hq=Kyiv	kind=agency	note=split in 2019
org:mindokhodiv	org	en=Ministry of Revenues and Duties of Ukraine	uk=Міністерство доходів і зборів України|Міністерство доходів і зборів|Міндоходів	ru=Миндоходов	country=UA	hq=Kyiv	kind=ministry	note=2012-2014
org:dsfm	org	en=State Financial Monitoring Service of Ukraine	uk=Державна служба фінансового моніторингу України|Державна служба фінансового моніторингу|Держфінмоніторинг	ru=Госфинмониторинг	country=UA	hq=Kyiv	kind=agency
org:dasu	org	en=State Audit Service of Ukraine	uk=Державна аудиторська служба України|Державна аудиторська служба|Держаудитслужба|ДАСУ{x}	ru=Госаудитслужба	country=UA	hq=Kyiv	kind=agency
org:dfi_ua	org	en=State Financial Inspection of Ukraine	uk=Державна фінансова інспекція України|Державна фінансова інспекція|Держфінінспекція	ru=Госфининспекция	country=UA	hq=Kyiv	kind=agency	note=renamed State Audit Service in 2015
org:dabi	org	en=State Architectural and Construction Inspection	uk=Державна архітектурно-будівельна інспекція України|Державна архітектурно-будівельна інспекція|ДАБІ{x}	ru=Государственная архитектурно-строительная инспекция	country=UA	hq=Kyiv	kind=agency
org:dei_ua	org	en=State Environmental Inspection of Ukraine	uk=Державна екологічна інспекція України|Державна екологічна інспекція|Держекоінспекція|ДЕІ{x}	ru=Госэкоинспекция	country=UA	hq=Kyiv	kind=agency
org:dzk	org	en=State Service of Ukraine for Geodesy, Cartography and Cadastre	uk=Державна служба України з питань геодезії, картографії та кадастру|Держгеокадастр	ru=Государственная служба Украины по вопросам геодезии, картографии и кадастра|Госгеокадастр	country=UA	hq=Kyiv	kind=agency
org:dsgn	org	en=State Service of Geology and Subsoil of Ukraine	uk=Держгеонадра	ru=Госгеонедра	country=UA	hq=Kyiv	kind=agency
org:dlau	org	en=State Forest Resources Agency of Ukraine	uk=Державне агентство лісових ресурсів України|Держлісагентство|Державне агентство лісових ресурсів	ru=Гослесагентство	country=UA	hq=Kyiv	kind=agency
org:dlz	org	en=State Service of Ukraine on Medicines and Drugs Control	uk=Державна служба України з лікарських засобів та контролю за наркотиками|Держлікслужба	ru=Государственная служба Украины по лекарственным средствам и контролю за наркотиками|Гослекслужба	country=UA	hq=Kyiv	kind=agency
org:dms_ua	org	en=State Migration Service of Ukraine	uk=Державна міграційна служба України|Державна міграційна служба|ДМС{x}|ДМС України	ru=ГМС Украины	country=UA	hq=Kyiv	kind=agency
org:dksu	org	en=State Treasury Service of Ukraine	uk=Державна казначейська служба України|Державна казначейська служба|Держказначейство|Казначейство{ctx}|ДКСУ{x}	ru=Госказначейство Украины|Госказначейство	country=UA	hq=Kyiv	kind=agency
org:dcz	org	en=State Employment Service of Ukraine	uk=Державна служба зайнятості України|Державна служба зайнятості|Державний центр зайнятості	ru=Государственный центр занятости	country=UA	hq=Kyiv	kind=agency
org:dpts_ua	org	en=State Penitentiary Service of Ukraine	uk=Державна пенітенціарна служба України|Державна пенітенціарна служба|ДПтС{x}	country=UA	hq=Kyiv	kind=agency
org:fgvfo	org	en=Deposit Guarantee Fund	uk=Фонд гарантування вкладів фізичних осіб|Фонд гарантування вкладів|ФГВФО{x}|ФГВ{x}	ru=Фонд гарантирования вкладов физических лиц|Фонд гарантирования вкладов|ФГВФЛ{x}	any=DGF	country=UA	hq=Kyiv	kind=agency
org:natskomfinposluh	org	en=National Commission for Regulation of Financial Services Markets	uk=Національна комісія, що здійснює державне регулювання у сфері ринків фінансових послуг|Нацкомфінпослуг	ru=Национальная комиссия, осуществляющая государственное регулирование в сфере рынков финансовых услуг|Нацкомфинуслуг	country=UA	hq=Kyiv	kind=regulator	note=abolished in 2020
org:natsrada	org	en=National Council of Television and Radio Broadcasting of Ukraine	uk=Національна рада України з питань телебачення і радіомовлення|Національна рада з питань телебачення і радіомовлення|Нацрада з питань телебачення і радіомовлення|Нацрада{ctx}	ru=Национальный совет Украины по вопросам телевидения и радиовещания|Нацсовет	country=UA	hq=Kyiv	kind=regulator
org:ucoyo	org	en=Ukrainian Center for Educational Quality Assessment	uk=Український центр оцінювання якості освіти|УЦОЯО{x}	ru=Украинский центр оценивания качества образования|УЦОКО{x}	country=UA	hq=Kyiv	kind=agency
org:nszu	org	en=National Health Service of Ukraine	uk=НСЗУ{x}	ru=НСЗУ{x}	any=NHSU	country=UA	hq=Kyiv	kind=agency
org:dkau	org	en=State Space Agency of Ukraine	uk=Державне космічне агентство України|ДКАУ{x}	ru=ГКАУ{x}	any=SSAU	country=UA	hq=Kyiv	kind=agency
org:fss_ua	org	en=Social Insurance Fund of Ukraine	uk=Фонд соціального страхування України|Фонд соціального страхування|ФСС{x}	country=UA	hq=Kyiv	kind=agency
org:nads_ua	org	en=National Civil Service Agency of Ukraine	uk=Національне агентство України з питань державної служби|НАДС{x}	ru=Национальное агентство Украины по вопросам государственной службы	country=UA	hq=Kyiv	kind=agency
org:arma	org	en=Asset Recovery and Management Agency	uk=Національне агентство з питань виявлення, розшуку та управління активами|АРМА{x}	ru=Национальное агентство по вопросам выявления, розыска и управления активами|АРМА{x}	any=ARMA	country=UA	hq=Kyiv	kind=agency
org:beb_ua	org	en=Bureau of Economic Security of Ukraine	uk=Бюро економічної безпеки України|Бюро економічної безпеки|БЕБ{x}	ru=БЭБ{x}	any=BES	country=UA	hq=Kyiv	kind=law_enforcement
org:patrol_police	org	en=Patrol Police of Ukraine	uk=Патрульна поліція|Патрульна поліція України|Департамент патрульної поліції	ru=Патрульная полиция|Патрульная полиция Украины	country=UA	hq=Kyiv	kind=law_enforcement	parent=org:npu
org:cyberpolice	org	en=Cyber Police of Ukraine	uk=Кіберполіція|Департамент кіберполіції|Кіберполіція України	ru=Киберполиция|Киберполиция Украины	country=UA	hq=Kyiv	kind=law_enforcement	parent=org:npu
org:dai	org	en=State Automobile Inspection (Ukraine)	uk=ДАІ{x}|Державтоінспекція	ru=ГАИ Украины{x}	country=UA	hq=Kyiv	kind=law_enforcement	note=abolished in 2015
org:militsiya_ua	org	en=Militsiya of Ukraine	uk=Міліція України	ru=Милиция Украины	country=UA	hq=Kyiv	kind=law_enforcement	note=replaced by the National Police in 2015
org:apparat_vru	org	en=Verkhovna Rada Secretariat	uk=Апарат Верховної Ради України|Апарат Верховної Ради	ru=Аппарат Верховной Рады Украины|Аппарат Верховной Рады	country=UA	hq=Kyiv	kind=parliament	parent=org:verkhovna_rada_ua
org:ap_ua	org	en=Presidential Administration of Ukraine	uk=Адміністрація Президента України|Адміністрація президента України|Адміністрація Президента|АПУ{x}	ru=Администрация президента Украины|Администрация Президента Украины	country=UA	hq=Kyiv	kind=executive	note=renamed Office of the President in 2019
org:sekretariat_kmu	org	en=Secretariat of the Cabinet of Ministers of Ukraine	uk=Секретаріат Кабінету Міністрів України|Секретаріат Кабміну	ru=Секретариат Кабинета министров Украины|Секретариат Кабмина	country=UA	hq=Kyiv	kind=government	parent=org:cabinet_ua
org:vr_krym	org	en=Verkhovna Rada of Crimea	uk=Верховна Рада Автономної Республіки Крим|Верховна Рада АРК|Верховна Рада Криму	ru=Верховный Совет Автономной Республики Крым|Верховная Рада Крыма|Верховный Совет Крыма|Госсовет Крыма|Государственный совет Республики Крым	country=UA	hq=Simferopol	kind=regional_parliament
org:mejlis	org	en=Mejlis of the Crimean Tatar People	uk=Меджліс кримськотатарського народу|Меджліс	ru=Меджлис крымскотатарского народа|Меджлис	any=Mejlis	country=UA	hq=Simferopol	kind=representative_body
org:ukrzaliznytsia_pzz	org	en=South-Western Railway	uk=Південно-Західна залізниця|ПЗЗ{x}	ru=Юго-Западная железная дорога	country=UA	hq=Kyiv	kind=railway	parent=company:ukrzaliznytsia
org:ukrzaliznytsia_lviv	org	en=Lviv Railway	uk=Львівська залізниця	ru=Львовская железная дорога	country=UA	hq=Lviv	kind=railway	parent=company:ukrzaliznytsia
org:ukrzaliznytsia_odesa	org	en=Odesa Railway	uk=Одеська залізниця	ru=Одесская железная дорога	country=UA	hq=Odesa	kind=railway	parent=company:ukrzaliznytsia
org:ukrzaliznytsia_pdz	org	en=Prydniprovska Railway	uk=Придніпровська залізниця	ru=Приднепровская железная дорога	country=UA	hq=Dnipro	kind=railway	parent=company:ukrzaliznytsia
org:ukrzaliznytsia_dz	org	en=Donetsk Railway	uk=Донецька залізниця	ru=Донецкая железная дорога	country=UA	hq=Lyman	kind=railway	parent=company:ukrzaliznytsia
org:ukrzaliznytsia_pivd	org	en=Southern Railway (Ukraine)	uk=Південна залізниця	ru=Южная железная дорога	country=UA	hq=Kharkiv	kind=railway	parent=company:ukrzaliznytsia

# == Ukraine: armed forces and units ==
org:dshv	org	en=Air Assault Forces of Ukraine	uk=Десантно-штурмові війська|Десантно-штурмові війська ЗСУ|ДШВ{x}|Високомобільні десантні війська	ru=Десантно-штурмовые войска Украины|Десантно-штурмовые войска ВСУ|ДШВ{x}	country=UA	hq=Zhytomyr	kind=military	parent=org:zsu
org:sv_zsu	org	en=Ukrainian Ground Forces	uk=Сухопутні війська ЗСУ|Сухопутні війська Збройних сил України|Сухопутні війська України	ru=Сухопутные войска ВСУ|Сухопутные войска Украины	country=UA	hq=Kyiv	kind=military	parent=org:zsu
org:mp_zsu	org	en=Ukrainian Marine Corps	uk=Морська піхота України|Корпус морської піхоти|Морська піхота ЗСУ	ru=Морская пехота Украины|Морская пехота ВСУ	country=UA	hq=Mykolaiv	kind=military	parent=org:zsu
org:ooss	org	en=Joint Forces Operation HQ	uk=Операція об'єднаних сил|Операція об’єднаних сил|ООС{x}|штаб ООС{x}	ru=Операция объединенных сил|Операция объединённых сил|ООС{x}|штаб ООС{x}	any=JFO	country=UA	kind=military
org:ato_hq	org	en=Anti-Terrorist Operation HQ	uk=Антитерористичний центр|штаб АТО{x}	ru=Антитеррористический центр|штаб АТО{x}	country=UA	kind=military
org:vsp_ua	org	en=Military Law Enforcement Service	uk=Військова служба правопорядку|ВСП{x}|Військова служба правопорядку у Збройних Силах України	ru=Военная служба правопорядка Украины	country=UA	hq=Kyiv	kind=military	parent=org:zsu

# == Russia: courts ==
org:mosgorsud	org	en=Moscow City Court	uk=Московський міський суд|Мосміськсуд	ru=Московский городской суд|Мосгорсуд	country=RU	hq=Moscow	kind=court
org:mosoblsud	org	en=Moscow Regional Court	uk=Московський обласний суд|Мособлсуд	ru=Московский областной суд|Мособлсуд	country=RU	hq=Krasnogorsk	kind=court
org:spb_gorsud	org	en=Saint Petersburg City Court	uk=Санкт-Петербурзький міський суд	ru=Санкт-Петербургский городской суд|Петербургский горсуд|Горсуд Петербурга	country=RU	hq=Saint Petersburg	kind=court
org:basmanny_court	org	en=Basmanny District Court of Moscow	uk=Басманний районний суд Москви|Басманний суд Москви|Басманний суд	ru=Басманный районный суд Москвы|Басманный районный суд|Басманный суд Москвы|Басманный суд	country=RU	hq=Moscow	kind=court
org:tverskoy_court	org	en=Tverskoy District Court of Moscow	uk=Тверський районний суд Москви|Тверський суд Москви	ru=Тверской районный суд Москвы|Тверской районный суд|Тверской суд Москвы|Тверской суд	country=RU	hq=Moscow	kind=court
org:meshchansky_court	org	en=Meshchansky District Court of Moscow	uk=Мещанський районний суд Москви|Мещанський суд Москви	ru=Мещанский районный суд Москвы|Мещанский районный суд|Мещанский суд Москвы|Мещанский суд	country=RU	hq=Moscow	kind=court
org:presnensky_court	org	en=Presnensky District Court of Moscow	uk=Пресненський районний суд Москви|Пресненський суд Москви	ru=Пресненский районный суд Москвы|Пресненский районный суд|Пресненский суд Москвы|Пресненский суд	country=RU	hq=Moscow	kind=court
org:khamovnichesky_court	org	en=Khamovnichesky District Court of Moscow	uk=Хамовницький районний суд Москви|Хамовницький суд Москви	ru=Хамовнический районный суд Москвы|Хамовнический районный суд|Хамовнический суд Москвы|Хамовнический суд	country=RU	hq=Moscow	kind=court
org:zamoskvoretsky_court	org	en=Zamoskvoretsky District Court of Moscow	ru=Замоскворецкий районный суд Москвы|Замоскворецкий районный суд|Замоскворецкий суд Москвы|Замоскворецкий суд	country=RU	hq=Moscow	kind=court
org:simonovsky_court	org	en=Simonovsky District Court of Moscow	ru=Симоновский районный суд Москвы|Симоновский районный суд|Симоновский суд Москвы|Симоновский суд	country=RU	hq=Moscow	kind=court
org:arbitr_moscow	org	en=Moscow Arbitration Court	uk=Арбітражний суд Москви|Арбітражний суд міста Москви	ru=Арбитражный суд Москвы|Арбитражный суд города Москвы|Московский арбитражный суд	country=RU	hq=Moscow	kind=court
org:vas_rf	org	en=Supreme Arbitration Court of Russia	ru=Высший арбитражный суд РФ|Высший арбитражный суд России|Высший арбитражный суд Российской Федерации|Высший арбитражный суд|ВАС РФ{x}	country=RU	hq=Moscow	kind=court	note=abolished in 2014
org:south_military_court_rf	org	en=Southern District Military Court	uk=Південний окружний військовий суд	ru=Южный окружной военный суд	country=RU	hq=Rostov-on-Don	kind=court
org:moscow_military_court	org	en=Moscow District Military Court	uk=Московський окружний військовий суд	ru=Московский окружной военный суд	country=RU	hq=Moscow	kind=court

# == Russia: agencies, services, funds, armed forces ==
org:gibdd	org	en=State Traffic Safety Inspectorate of Russia	uk=ДІБДР{x}|ДАІ Росії	ru=ГИБДД{x}|Госавтоинспекция|ГАИ{x}|Государственная инспекция безопасности дорожного движения	any=GIBDD	country=RU	hq=Moscow	kind=law_enforcement	parent=org:mvd_rf
org:prokuratura_moscow	org	en=Moscow Prosecutor's Office	ru=Мосгорпрокуратура	country=RU	hq=Moscow	kind=prosecution
org:gsk_moscow	org	en=Main Investigative Directorate of the Investigative Committee for Moscow	ru=ГСУ СК по Москве|ГСУ СКР по Москве|Главное следственное управление СК по Москве|ГСУ СК России по Москве	country=RU	hq=Moscow	kind=law_enforcement	parent=org:sk_rf
org:fskn	org	en=Federal Drug Control Service of Russia	uk=Федеральна служба Росії з контролю за обігом наркотиків|ФСКН{x}	ru=Федеральная служба по контролю за оборотом наркотиков|ФСКН{x}|ФСКН России|Госнаркоконтроль	country=RU	hq=Moscow	kind=law_enforcement	note=abolished in 2016
org:fms_rf	org	en=Federal Migration Service of Russia	uk=ФМС Росії	ru=Федеральная миграционная служба|ФМС{x}|ФМС России	country=RU	hq=Moscow	kind=agency	note=abolished in 2016
org:pfr	org	en=Pension Fund of Russia|Social Fund of Russia	uk=Пенсійний фонд Росії|Пенсійний фонд РФ|Соцфонд Росії	ru=Пенсионный фонд России|Пенсионный фонд РФ|Пенсионный фонд Российской Федерации|ПФР{x}|Социальный фонд России|Соцфонд России|Соцфонд	country=RU	hq=Moscow	kind=agency
org:fss_rf	org	en=Social Insurance Fund of Russia	ru=ФСС России	uk=Фонд соціального страхування Росії	country=RU	hq=Moscow	kind=agency
org:foms	org	en=Federal Compulsory Medical Insurance Fund	ru=Федеральный фонд обязательного медицинского страхования|ФОМС{x}	country=RU	hq=Moscow	kind=agency
org:asv	org	en=Deposit Insurance Agency (Russia)	ru=Агентство по страхованию вкладов|АСВ{x}	country=RU	hq=Moscow	kind=agency
org:rosstandart	org	en=Rosstandart	uk=Росстандарт	ru=Росстандарт|Федеральное агентство по техническому регулированию и метрологии	any=Rosstandart	country=RU	hq=Moscow	kind=agency
org:rostrud	org	en=Rostrud	uk=Роспраця	ru=Роструд|Федеральная служба по труду и занятости	any=Rostrud	country=RU	hq=Moscow	kind=agency
org:roskachestvo	org	en=Roskachestvo	ru=Роскачество	country=RU	hq=Moscow	kind=agency
org:rosleskhoz	org	en=Rosleskhoz	uk=Рослісгосп	ru=Рослесхоз|Федеральное агентство лесного хозяйства	any=Rosleskhoz	country=RU	hq=Moscow	kind=agency
org:rosvodresursy	org	en=Rosvodresursy	ru=Росводресурсы{pl}	country=RU	hq=Moscow	kind=agency
org:rosgranitsa	org	en=Rosgranitsa	ru=Росграница	country=RU	hq=Moscow	kind=agency
org:roszheldor	org	en=Roszheldor	ru=Росжелдор	country=RU	hq=Moscow	kind=agency
org:rosalkogol	org	en=Rosalkogolregulirovanie	ru=Росалкогольрегулирование|Росалкогольтабакконтроль	country=RU	hq=Moscow	kind=regulator
org:rospatent	org	en=Rospatent	uk=Роспатент	ru=Роспатент|Федеральная служба по интеллектуальной собственности	any=Rospatent	country=RU	hq=Moscow	kind=agency
org:rosokhrankultura	org	en=Rosokhrankultura	ru=Росохранкультура	country=RU	hq=Moscow	kind=agency
org:rosoboronzakaz	org	en=Federal Service for Defence Contracts	ru=Рособоронзаказ	country=RU	hq=Moscow	kind=agency
org:fstek	org	en=FSTEC of Russia	ru=ФСТЭК{x}|ФСТЭК России|Федеральная служба по техническому и экспортному контролю	any=FSTEC	country=RU	hq=Moscow	kind=agency
org:fsvts	org	en=Federal Service for Military-Technical Cooperation	uk=Федеральна служба з військово-технічного співробітництва	ru=Федеральная служба по военно-техническому сотрудничеству|ФСВТС{x}	country=RU	hq=Moscow	kind=agency
org:fst_rf	org	en=Federal Tariff Service of Russia	ru=Федеральная служба по тарифам|ФСТ{x}	country=RU	hq=Moscow	kind=regulator	note=abolished in 2015
org:fsfr	org	en=Federal Financial Markets Service of Russia	ru=Федеральная служба по финансовым рынкам|ФСФР{x}	country=RU	hq=Moscow	kind=regulator	note=merged into the Bank of Russia in 2013
org:goskomstat	org	en=Goskomstat	uk=Держкомстат	ru=Госкомстат	country=RU	hq=Moscow	kind=agency
org:gossovet_rf	org	en=State Council of Russia	uk=Держрада РФ	ru=Государственный совет Российской Федерации|Госсовет РФ|Госсовет России	country=RU	hq=Moscow	kind=advisory
org:spch_rf	org	en=Presidential Council for Civil Society and Human Rights	uk=Рада при президентові РФ з розвитку громадянського суспільства та прав людини|Рада з прав людини при президентові Росії	ru=Совет при президенте РФ по развитию гражданского общества и правам человека|Совет при президенте по правам человека|Совет по правам человека при президенте РФ|Совет по правам человека при президенте России|СПЧ{x}	country=RU	hq=Moscow	kind=advisory
org:ombudsman_rf	org	en=High Commissioner for Human Rights in Russia	uk=Уповноважений з прав людини в РФ	ru=Уполномоченный по правам человека в Российской Федерации|Уполномоченный по правам человека в РФ|Уполномоченный по правам человека в России	country=RU	hq=Moscow	kind=ombudsman
org:vks_rf	org	en=Russian Aerospace Forces	uk=Повітряно-космічні сили Росії|ПКС РФ{x}|ВКС РФ{x}|ВКС Росії	ru=Воздушно-космические силы России|Воздушно-космические силы РФ|ВКС России|ВКС РФ{x}|ВКС{x}|ВВС России|ВВС РФ{x}	country=RU	hq=Moscow	kind=military	parent=org:vs_rf_army
org:vmf_rf	org	en=Russian Navy	uk=ВМФ Росії|ВМФ РФ{x}|Військово-морський флот Росії	ru=Военно-морской флот России|Военно-морской флот РФ|ВМФ России|ВМФ РФ{x}|ВМФ{x}	country=RU	hq=Saint Petersburg	kind=military	parent=org:vs_rf_army
org:chf_rf	org	en=Black Sea Fleet	uk=Чорноморський флот РФ|Чорноморський флот Росії|Чорноморський флот|ЧФ РФ{x}	ru=Черноморский флот России|Черноморский флот РФ|Черноморский флот|ЧФ РФ{x}	country=RU	hq=Sevastopol	kind=military	parent=org:vmf_rf
org:bf_rf	org	en=Baltic Fleet	uk=Балтійський флот	ru=Балтийский флот	country=RU	hq=Kaliningrad	kind=military	parent=org:vmf_rf
org:sf_rf	org	en=Northern Fleet	uk=Північний флот	ru=Северный флот	country=RU	hq=Severomorsk	kind=military	parent=org:vmf_rf
org:tof_rf	org	en=Pacific Fleet (Russia)	uk=Тихоокеанський флот	ru=Тихоокеанский флот	country=RU	hq=Vladivostok	kind=military	parent=org:vmf_rf
org:vdv	org	en=Russian Airborne Forces	uk=Повітряно-десантні війська Росії|ПДВ РФ{x}|ВДВ РФ{x}|ВДВ Росії	ru=Воздушно-десантные войска|Воздушно-десантные войска России|ВДВ{x}|ВДВ России|ВДВ РФ{x}	country=RU	hq=Moscow	kind=military	parent=org:vs_rf_army
org:rvsn	org	en=Strategic Rocket Forces	uk=Ракетні війська стратегічного призначення|РВСП{x}	ru=Ракетные войска стратегического назначения|РВСН{x}	country=RU	hq=Vlasikha	kind=military	parent=org:vs_rf_army
org:rosgvardia_omon	org	en=OMON	uk=ОМОН{x}	ru=ОМОН{x}|отряд мобильный особого назначения	any=OMON	country=RU	kind=law_enforcement	parent=org:rosgvardia
org:akhmat_spn	org	en=Akhmat special forces	uk=спецпідрозділ «Ахмат»|батальйон «Ахмат»	ru=спецназ «Ахмат»|батальон «Ахмат»|спецподразделение «Ахмат»	country=RU	kind=military

# == Other countries: courts ==
org:bverfg	org	en=Federal Constitutional Court of Germany	uk=Конституційний суд Німеччини|Конституційний суд ФРН	ru=Конституционный суд Германии|Конституционный суд ФРГ	any=Bundesverfassungsgericht	country=DE	hq=Karlsruhe	kind=court
org:uksc	org	en=Supreme Court of the United Kingdom	uk=Верховний суд Великої Британії|Верховний суд Британії	any=UK Supreme Court	ru=Верховный суд Великобритании|Верховный суд Британии	country=GB	hq=London	kind=court
org:high_court_ew	org	en=High Court of Justice	uk=Високий суд Лондона|Високий суд Англії|Високий суд Англії та Уельсу|Високий суд правосуддя	ru=Высокий суд Лондона|Высокий суд Англии|Высокий суд Англии и Уэльса|Высокий суд правосудия	any=High Court of Justice	country=GB	hq=London	kind=court
org:conseil_constitutionnel	org	en=Constitutional Council of France	any=Conseil constitutionnel	country=FR	hq=Paris	kind=court
org:ks_by	org	en=Supreme Court of Belarus	uk=Верховний суд Білорусі	ru=Верховный суд Беларуси|Верховный суд Белоруссии	country=BY	hq=Minsk	kind=court
org:sc_pk	org	en=Supreme Court of Pakistan	uk=Верховний суд Пакистану	ru=Верховный суд Пакистана	country=PK	hq=Islamabad	kind=court
org:sc_in	org	en=Supreme Court of India	uk=Верховний суд Індії	ru=Верховный суд Индии	country=IN	hq=New Delhi	kind=court
org:sc_il	org	en=Supreme Court of Israel	uk=Верховний суд Ізраїлю	ru=Верховный суд Израиля|БАГАЦ{x}	country=IL	hq=Jerusalem	kind=court
org:cc_md	org	en=Constitutional Court of Moldova	uk=Конституційний суд Молдови	ru=Конституционный суд Молдавии|Конституционный суд Молдовы	country=MD	hq=Chișinău	kind=court
org:sc_br	org	en=Supreme Federal Court of Brazil	uk=Верховний суд Бразилії	ru=Верховный суд Бразилии	country=BR	hq=Brasília	kind=court
org:pca	org	en=Permanent Court of Arbitration	uk=Постійна палата третейського суду|Постійна палата третейського суду в Гаазі	ru=Постоянная палата третейского суда|Постоянная палата третейского суда в Гааге	any=Permanent Court of Arbitration	hq=The Hague	kind=court
org:scc_stockholm	org	en=Arbitration Institute of the Stockholm Chamber of Commerce	uk=Арбітражний інститут Торгової палати Стокгольма|Стокгольмський арбітраж|Стокгольмський арбітражний суд	ru=Арбитражный институт Торговой палаты Стокгольма|Стокгольмский арбитраж|Стокгольмский арбитражный суд	any=Stockholm Chamber of Commerce	country=SE	hq=Stockholm	kind=court
org:icty	org	en=International Criminal Tribunal for the former Yugoslavia	uk=Міжнародний трибунал щодо колишньої Югославії|Гаазький трибунал|МТКЮ{x}	ru=Международный трибунал по бывшей Югославии|Гаагский трибунал|МТБЮ{x}	any=ICTY	hq=The Hague	kind=court
org:itlos	org	en=International Tribunal for the Law of the Sea	uk=Міжнародний трибунал з морського права	ru=Международный трибунал по морскому праву	any=ITLOS	hq=Hamburg	kind=court
org:eaeu_court	org	en=Court of Justice of the Eurasian Economic Union	uk=Суд Євразійського економічного союзу|Суд ЄАЕС	ru=Суд Евразийского экономического союза|Суд ЕАЭС	hq=Minsk	kind=court	parent=org:eaeu

# == United States: agencies, armed forces ==
org:cdc	org	en=Centers for Disease Control and Prevention	ru=Центры по контролю и профилактике заболеваний США|Центр по контролю и профилактике заболеваний США|Центры по контролю и профилактике заболеваний	any=CDC	country=US	hq=Atlanta	kind=agency
org:fda	org	en=Food and Drug Administration	uk=Управління з санітарного нагляду за якістю харчових продуктів та медикаментів США	ru=Управление по санитарному надзору за качеством пищевых продуктов и медикаментов США	any=FDA	country=US	hq=Silver Spring	kind=regulator
org:nih	org	en=National Institutes of Health	any=NIH	country=US	hq=Bethesda	kind=agency
org:hhs	org	en=United States Department of Health and Human Services	ru=Министерство здравоохранения и социальных служб США|Минздрав США	any=HHS	uk=Міністерство охорони здоров'я і соціальних служб США|Міністерство охорони здоров’я США	country=US	hq=Washington	kind=ministry
org:usda	org	en=United States Department of Agriculture	uk=Мінсільгосп США	ru=Минсельхоз США	any=USDA	country=US	hq=Washington	kind=ministry
org:us_dot	org	en=United States Department of Transportation	ru=Минтранс США	country=US	hq=Washington	kind=ministry
org:us_dol	org	en=United States Department of Labor	ru=Минтруда США	country=US	hq=Washington	kind=ministry
org:us_interior	org	en=United States Department of the Interior	uk=Міністерство внутрішніх справ США	ru=Министерство внутренних дел США	country=US	hq=Washington	kind=ministry
org:dea	org	en=Drug Enforcement Administration	any=DEA	country=US	hq=Arlington	kind=law_enforcement
org:secret_service	org	en=United States Secret Service	uk=Секретна служба США	ru=Секретная служба США	any=Secret Service|US Secret Service	country=US	hq=Washington	kind=law_enforcement
org:us_ice	org	en=U.S. Immigration and Customs Enforcement	uk=Імміграційна та митна поліція США	ru=Иммиграционная и таможенная полиция США	country=US	hq=Washington	kind=law_enforcement
org:faa	org	en=Federal Aviation Administration	any=FAA	country=US	hq=Washington	kind=regulator
org:ntsb	org	en=National Transportation Safety Board	any=NTSB	country=US	hq=Washington	kind=agency
org:fcc	org	en=Federal Communications Commission	any=FCC	country=US	hq=Washington	kind=regulator
org:ftc	org	en=Federal Trade Commission	any=FTC	country=US	hq=Washington	kind=regulator
org:epa	org	en=Environmental Protection Agency	any=EPA	country=US	hq=Washington	kind=agency
org:fema	org	en=Federal Emergency Management Agency	any=FEMA	country=US	hq=Washington	kind=agency
org:fec	org	en=Federal Election Commission	any=FEC	country=US	hq=Washington	kind=election
org:dni	org	en=Office of the Director of National Intelligence	uk=Офіс директора національної розвідки США	ru=Офис директора национальной разведки США|Управление директора национальной разведки США	any=ODNI	country=US	hq=Washington	kind=intelligence
org:us_electoral_college	org	en=United States Electoral College|Electoral College	uk=Колегія виборців|колегія виборців|Колегія виборників|колегія виборників|Колегія вибірників|колегія вибірників	ru=Коллегия выборщиков|коллегия выборщиков|Коллегия выборщиков США	any=Electoral College	country=US	hq=Washington	kind=election
org:us_army	org	en=United States Army	uk=Армія США|Сухопутні війська США	ru=Армия США|Сухопутные войска США	any=US Army|U.S. Army	country=US	hq=Arlington	kind=military
org:us_navy	org	en=United States Navy	uk=ВМС США{x}|Військово-морські сили США	ru=ВМС США{x}|Военно-морские силы США	any=US Navy|U.S. Navy	country=US	hq=Arlington	kind=military
org:usaf	org	en=United States Air Force	uk=ВПС США{x}|Військово-повітряні сили США	ru=ВВС США{x}|Военно-воздушные силы США	any=USAF|US Air Force|U.S. Air Force	country=US	hq=Arlington	kind=military
org:usmc	org	en=United States Marine Corps	uk=Корпус морської піхоти США	ru=Корпус морской пехоты США	any=USMC|US Marine Corps	country=US	hq=Arlington	kind=military
org:us_ng	org	en=United States National Guard	uk=Нацгвардія США	ru=Нацгвардия США	any=National Guard{ctx}	country=US	hq=Arlington	kind=military
org:centcom	org	en=United States Central Command	uk=Центральне командування ЗС США	ru=Центральное командование ВС США	any=CENTCOM	country=US	hq=Tampa	kind=military
org:eucom	org	en=United States European Command	uk=Європейське командування ЗС США|Європейське командування США	ru=Европейское командование ВС США|Европейское командование США	any=EUCOM	country=US	hq=Stuttgart	kind=military
org:us_armed_forces	org	en=United States Armed Forces	uk=Збройні сили США|ЗС США{x}	ru=Вооруженные силы США|Вооружённые силы США|ВС США{x}	country=US	hq=Arlington	kind=military
org:nypd	org	en=New York City Police Department	any=NYPD	country=US	hq=New York	kind=law_enforcement
org:lapd	org	en=Los Angeles Police Department	any=LAPD	country=US	hq=Los Angeles	kind=law_enforcement

# == United Kingdom, Europe, others: agencies and armed forces ==
org:home_office	org	en=Home Office	uk=Міністерство внутрішніх справ Великої Британії|МВС Великої Британії|Хоум-офіс	ru=Министерство внутренних дел Великобритании|МВД Великобритании|Хоум-офис	any=Home Office	country=GB	hq=London	kind=ministry
org:hm_treasury	org	en=HM Treasury	uk=Мінфін Великої Британії|Казначейство Великої Британії	ru=Минфин Великобритании|Казначейство Великобритании	any=HM Treasury	country=GB	hq=London	kind=ministry
org:mi5	org	en=MI5|Security Service (UK)	uk=МІ-5{x}	ru=МИ-5{x}|МИ5{x}	any=MI5	country=GB	hq=London	kind=security
org:gchq	org	en=Government Communications Headquarters	any=GCHQ	country=GB	hq=Cheltenham	kind=intelligence
org:scotland_yard	org	en=Scotland Yard|Metropolitan Police Service	uk=Скотленд-Ярд{x}|Столична поліція Лондона|Лондонська поліція	ru=Скотленд-Ярд{x}|Столичная полиция Лондона|Лондонская полиция	any=Scotland Yard|Metropolitan Police	country=GB	hq=London	kind=law_enforcement
org:nhs	org	en=National Health Service	ru=Национальная служба здравоохранения Великобритании|Национальная служба здравоохранения|НСЗ{x}	any=NHS	country=GB	hq=London	kind=agency
org:royal_navy	org	en=Royal Navy	uk=Королівський військово-морський флот Великої Британії|ВМС Великої Британії|Королівський флот	ru=Королевский военно-морской флот Великобритании|ВМС Великобритании|Королевский флот	any=Royal Navy	country=GB	hq=Portsmouth	kind=military
org:british_army	org	en=British Army	uk=Британська армія|армія Великої Британії	ru=Британская армия|армия Великобритании	any=British Army	country=GB	hq=Andover	kind=military
org:raf	org	en=Royal Air Force	uk=Королівські ВПС Великої Британії{pl}|ВПС Великої Британії	ru=Королевские ВВС Великобритании{pl}|ВВС Великобритании	any=Royal Air Force	country=GB	hq=High Wycombe	kind=military
org:bfv	org	en=Federal Office for the Protection of the Constitution	uk=Федеральне відомство із захисту конституції|Федеральне відомство з охорони конституції	ru=Федеральное ведомство по защите конституции|Федеральное ведомство по охране конституции	any=BfV|Verfassungsschutz	country=DE	hq=Cologne	kind=security
org:bka	org	en=Federal Criminal Police Office (Germany)	any=BKA|Bundeskriminalamt	country=DE	hq=Wiesbaden	kind=law_enforcement
org:rki	org	en=Robert Koch Institute	uk=Інститут Роберта Коха	ru=Институт Роберта Коха	any=Robert Koch Institute|Robert Koch-Institut|RKI	country=DE	hq=Berlin	kind=agency
org:dgse	org	en=Directorate-General for External Security	any=DGSE	country=FR	hq=Paris	kind=intelligence
org:mossad	org	en=Mossad	uk=Моссад	ru=Моссад	any=Mossad	country=IL	hq=Tel Aviv	kind=intelligence
org:shin_bet	org	en=Shin Bet	uk=Шин Бет{x}|ШАБАК{x}	ru=Шин Бет{x}|ШАБАК{x}	any=Shin Bet|Shabak	country=IL	hq=Jerusalem	kind=security
org:isi_pk	org	en=Inter-Services Intelligence	uk=Міжвідомча розвідка Пакистану	ru=Межведомственная разведка Пакистана	any=ISI{ctx}	country=PK	hq=Islamabad	kind=intelligence
org:mvd_by	org	en=Ministry of Internal Affairs of Belarus	uk=Міністерство внутрішніх справ Білорусі|МВС Білорусі	ru=Министерство внутренних дел Беларуси|Министерство внутренних дел Белоруссии|МВД Белоруссии|МВД Беларуси	country=BY	hq=Minsk	kind=ministry
org:knb_kz	org	en=National Security Committee of Kazakhstan	uk=КНБ Казахстану	ru=Комитет национальной безопасности Казахстана|КНБ Казахстана|КНБ РК{x}	country=KZ	hq=Astana	kind=security
org:cik_by	org	en=Central Election Commission of Belarus	uk=ЦВК Білорусі	ru=ЦИК Белоруссии|ЦИК Беларуси	country=BY	hq=Minsk	kind=election
org:sejm_lt	org	en=Seimas of Lithuania	uk=Сейм Литви	ru=Сейм Литвы	any=Seimas	country=LT	hq=Vilnius	kind=parliament
org:saeima	org	en=Saeima	uk=Сейм Латвії|Саейма	ru=Сейм Латвии|Саэйма	any=Saeima	country=LV	hq=Riga	kind=parliament
org:riigikogu	org	en=Riigikogu	uk=Рійгікогу{x}	ru=Рийгикогу{x}	any=Riigikogu	country=EE	hq=Tallinn	kind=parliament
org:national_assembly_kr	org	en=National Assembly of South Korea	uk=Національні збори Південної Кореї	ru=Национальное собрание Южной Кореи|Национальное собрание Республики Корея	country=KR	hq=Seoul	kind=parliament
org:majlis_ir	org	en=Islamic Consultative Assembly (Iran)	uk=Меджліс Ірану	ru=Меджлис Ирана	country=IR	hq=Tehran	kind=parliament
org:national_assembly_by	org	en=National Assembly of Belarus	uk=Палата представників Національних зборів Білорусі	ru=Палата представителей Национального собрания Белоруссии|Палата представителей Национального собрания Беларуси	country=BY	hq=Minsk	kind=parliament
org:supreme_soviet_ussr	org	en=Supreme Soviet of the USSR	uk=Верховна Рада СРСР	ru=Верховный Совет СССР|Верховный совет СССР	kind=parliament	note=USSR
# == Foreign ministries and defence ministries of other countries ==
# Mostly the short forms (МЗС Італії, Минобороны Израиля) are listed: the full
# forms (Міністерство закордонних справ Італії) are found by the org-of-place
# pattern, which also keeps the country as a mention of its own. Міністерство
# оборони X is listed because uk "Міністерство оборони" alone names the
# Ukrainian ministry and would stop the pattern.
org:mfa_it	org	en=Ministry of Foreign Affairs of Italy	uk=МЗС Італії	ru=МИД Италии	country=IT	hq=Rome	kind=ministry
org:mfa_es	org	en=Ministry of Foreign Affairs of Spain	uk=МЗС Іспанії	ru=МИД Испании	country=ES	hq=Madrid	kind=ministry
org:mfa_jp	org	en=Ministry of Foreign Affairs of Japan	uk=МЗС Японії	ru=МИД Японии	country=JP	hq=Tokyo	kind=ministry
org:mfa_il	org	en=Ministry of Foreign Affairs of Israel	uk=МЗС Ізраїлю	ru=МИД Израиля	country=IL	hq=Jerusalem	kind=ministry
org:mfa_ir	org	en=Ministry of Foreign Affairs of Iran	uk=МЗС Ірану	ru=МИД Ирана	country=IR	hq=Tehran	kind=ministry
org:mfa_hu	org	en=Ministry of Foreign Affairs of Hungary	uk=МЗС Угорщини	ru=МИД Венгрии	country=HU	hq=Budapest	kind=ministry
org:mfa_cz	org	en=Ministry of Foreign Affairs of Czech Republic	uk=МЗС Чехії	ru=МИД Чехии	country=CZ	hq=Prague	kind=ministry
org:mfa_lt	org	en=Ministry of Foreign Affairs of Lithuania	uk=МЗС Литви	ru=МИД Литвы	country=LT	hq=Vilnius	kind=ministry
org:mfa_lv	org	en=Ministry of Foreign Affairs of Latvia	uk=МЗС Латвії	ru=МИД Латвии	country=LV	hq=Riga	kind=ministry
org:mfa_ee	org	en=Ministry of Foreign Affairs of Estonia	uk=МЗС Естонії	ru=МИД Эстонии	country=EE	hq=Tallinn	kind=ministry
org:mfa_ro	org	en=Ministry of Foreign Affairs of Romania	uk=МЗС Румунії	ru=МИД Румынии	country=RO	hq=Bucharest	kind=ministry
org:mfa_md	org	en=Ministry of Foreign Affairs of Moldova	uk=МЗС Молдови	ru=МИД Молдавии|МИД Молдовы	country=MD	hq=Chișinău	kind=ministry
org:mfa_ge	org	en=Ministry of Foreign Affairs of Georgia	uk=МЗС Грузії	ru=МИД Грузии	country=GE	hq=Tbilisi	kind=ministry
org:mfa_am	org	en=Ministry of Foreign Affairs of Armenia	uk=МЗС Вірменії	ru=МИД Армении	country=AM	hq=Yerevan	kind=ministry
org:mfa_az	org	en=Ministry of Foreign Affairs of Azerbaijan	uk=МЗС Азербайджану	ru=МИД Азербайджана	country=AZ	hq=Baku	kind=ministry
org:mfa_ca	org	en=Ministry of Foreign Affairs of Canada	uk=МЗС Канади	ru=МИД Канады	country=CA	hq=Ottawa	kind=ministry
org:mfa_at	org	en=Ministry of Foreign Affairs of Austria	uk=МЗС Австрії	ru=МИД Австрии	country=AT	hq=Vienna	kind=ministry
org:mfa_nl	org	en=Ministry of Foreign Affairs of the Netherlands	uk=МЗС Нідерландів	ru=МИД Нидерландов	country=NL	hq=The Hague	kind=ministry
org:mfa_se	org	en=Ministry of Foreign Affairs of Sweden	uk=МЗС Швеції	ru=МИД Швеции	country=SE	hq=Stockholm	kind=ministry
org:mfa_fi	org	en=Ministry of Foreign Affairs of Finland	uk=МЗС Фінляндії	ru=МИД Финляндии	country=FI	hq=Helsinki	kind=ministry
org:mfa_no	org	en=Ministry of Foreign Affairs of Norway	uk=МЗС Норвегії	ru=МИД Норвегии	country=NO	hq=Oslo	kind=ministry
org:mfa_dk	org	en=Ministry of Foreign Affairs of Denmark	uk=МЗС Данії	ru=МИД Дании	country=DK	hq=Copenhagen	kind=ministry
org:mfa_be	org	en=Ministry of Foreign Affairs of Belgium	uk=МЗС Бельгії	ru=МИД Бельгии	country=BE	hq=Brussels	kind=ministry
org:mfa_ch	org	en=Ministry of Foreign Affairs of Switzerland	uk=МЗС Швейцарії	ru=МИД Швейцарии	country=CH	hq=Bern	kind=ministry
org:mfa_gr	org	en=Ministry of Foreign Affairs of Greece	uk=МЗС Греції	ru=МИД Греции	country=GR	hq=Athens	kind=ministry
org:mfa_bg	org	en=Ministry of Foreign Affairs of Bulgaria	uk=МЗС Болгарії	ru=МИД Болгарии	country=BG	hq=Sofia	kind=ministry
org:mfa_sk	org	en=Ministry of Foreign Affairs of Slovakia	uk=МЗС Словаччини	ru=МИД Словакии	country=SK	hq=Bratislava	kind=ministry
org:mfa_rs	org	en=Ministry of Foreign Affairs of Serbia	uk=МЗС Сербії	ru=МИД Сербии	country=RS	hq=Belgrade	kind=ministry
org:mfa_in	org	en=Ministry of Foreign Affairs of India	uk=МЗС Індії	ru=МИД Индии	country=IN	hq=New Delhi	kind=ministry
org:mfa_pk	org	en=Ministry of Foreign Affairs of Pakistan	uk=МЗС Пакистану	ru=МИД Пакистана	country=PK	hq=Islamabad	kind=ministry
org:mfa_sa	org	en=Ministry of Foreign Affairs of Saudi Arabia	uk=МЗС Саудівської Аравії	ru=МИД Саудовской Аравии	country=SA	hq=Riyadh	kind=ministry
org:mfa_ae	org	en=Ministry of Foreign Affairs of the United Arab Emirates	uk=МЗС ОАЕ	ru=МИД ОАЭ	country=AE	hq=Abu Dhabi	kind=ministry
org:mfa_qa	org	en=Ministry of Foreign Affairs of Qatar	uk=МЗС Катару	ru=МИД Катара	country=QA	hq=Doha	kind=ministry
org:mfa_eg	org	en=Ministry of Foreign Affairs of Egypt	uk=МЗС Єгипту	ru=МИД Египта	country=EG	hq=Cairo	kind=ministry
org:mfa_sy	org	en=Ministry of Foreign Affairs of Syria	uk=МЗС Сирії	ru=МИД Сирии	country=SY	hq=Damascus	kind=ministry
org:mfa_kr	org	en=Ministry of Foreign Affairs of South Korea	uk=МЗС Південної Кореї	ru=МИД Южной Кореи	country=KR	hq=Seoul	kind=ministry
org:mfa_kp	org	en=Ministry of Foreign Affairs of North Korea	uk=МЗС КНДР	ru=МИД КНДР	country=KP	hq=Pyongyang	kind=ministry
org:mfa_br	org	en=Ministry of Foreign Affairs of Brazil	uk=МЗС Бразилії	ru=МИД Бразилии	country=BR	hq=Brasília	kind=ministry
org:mfa_mx	org	en=Ministry of Foreign Affairs of Mexico	uk=МЗС Мексики	ru=МИД Мексики	country=MX	hq=Mexico City	kind=ministry
org:mfa_ve	org	en=Ministry of Foreign Affairs of Venezuela	uk=МЗС Венесуели	ru=МИД Венесуэлы	country=VE	hq=Caracas	kind=ministry
org:mfa_au	org	en=Ministry of Foreign Affairs of Australia	uk=МЗС Австралії	ru=МИД Австралии	country=AU	hq=Canberra	kind=ministry
org:mfa_uz	org	en=Ministry of Foreign Affairs of Uzbekistan	uk=МЗС Узбекистану	ru=МИД Узбекистана	country=UZ	hq=Tashkent	kind=ministry
org:mod_am	org	en=Ministry of Defence of Armenia	uk=Міністерство оборони Вірменії|Міноборони Вірменії	ru=Минобороны Армении	country=AM	hq=Yerevan	kind=ministry
org:mod_au	org	en=Ministry of Defence of Australia	uk=Міністерство оборони Австралії|Міноборони Австралії	ru=Минобороны Австралии	country=AU	hq=Canberra	kind=ministry
org:mod_az	org	en=Ministry of Defence of Azerbaijan	uk=Міністерство оборони Азербайджану|Міноборони Азербайджану	ru=Минобороны Азербайджана	country=AZ	hq=Baku	kind=ministry
org:mod_by	org	en=Ministry of Defence of Belarus	uk=Міністерство оборони Білорусі|Міноборони Білорусі	ru=Минобороны Белоруссии|Минобороны Беларуси	country=BY	hq=Minsk	kind=ministry
org:mod_ca	org	en=Ministry of Defence of Canada	uk=Міністерство оборони Канади|Міноборони Канади	ru=Минобороны Канады	country=CA	hq=Ottawa	kind=ministry
org:mod_de	org	en=Ministry of Defence of Germany	uk=Міністерство оборони Німеччини|Міноборони Німеччини	ru=Минобороны Германии|Минобороны ФРГ	country=DE	hq=Berlin	kind=ministry
org:mod_dk	org	en=Ministry of Defence of Denmark	uk=Міністерство оборони Данії|Міноборони Данії	ru=Минобороны Дании	country=DK	hq=Copenhagen	kind=ministry
org:mod_ee	org	en=Ministry of Defence of Estonia	uk=Міністерство оборони Естонії|Міноборони Естонії	ru=Минобороны Эстонии	country=EE	hq=Tallinn	kind=ministry
org:mod_fi	org	en=Ministry of Defence of Finland	uk=Міністерство оборони Фінляндії|Міноборони Фінляндії	ru=Минобороны Финляндии	country=FI	hq=Helsinki	kind=ministry
org:mod_fr	org	en=Ministry of Defence of France	uk=Міністерство оборони Франції|Міноборони Франції	ru=Минобороны Франции	country=FR	hq=Paris	kind=ministry
org:mod_ge	org	en=Ministry of Defence of Georgia	uk=Міністерство оборони Грузії|Міноборони Грузії	ru=Минобороны Грузии	country=GE	hq=Tbilisi	kind=ministry
org:mod_il	org	en=Ministry of Defence of Israel	uk=Міністерство оборони Ізраїлю|Міноборони Ізраїлю	ru=Минобороны Израиля	country=IL	hq=Jerusalem	kind=ministry
org:mod_in	org	en=Ministry of Defence of India	uk=Міністерство оборони Індії|Міноборони Індії	ru=Минобороны Индии	country=IN	hq=New Delhi	kind=ministry
org:mod_ir	org	en=Ministry of Defence of Iran	uk=Міністерство оборони Ірану|Міноборони Ірану	ru=Минобороны Ирана	country=IR	hq=Tehran	kind=ministry
org:mod_it	org	en=Ministry of Defence of Italy	uk=Міністерство оборони Італії|Міноборони Італії	ru=Минобороны Италии	country=IT	hq=Rome	kind=ministry
org:mod_jp	org	en=Ministry of Defence of Japan	uk=Міністерство оборони Японії|Міноборони Японії	ru=Минобороны Японии	country=JP	hq=Tokyo	kind=ministry
org:mod_kp	org	en=Ministry of Defence of North Korea	uk=Міністерство оборони КНДР|Міноборони КНДР	ru=Минобороны КНДР	country=KP	hq=Pyongyang	kind=ministry
org:mod_kr	org	en=Ministry of Defence of South Korea	uk=Міністерство оборони Південної Кореї|Міноборони Південної Кореї	ru=Минобороны Южной Кореи	country=KR	hq=Seoul	kind=ministry
org:mod_kz	org	en=Ministry of Defence of Kazakhstan	uk=Міністерство оборони Казахстану|Міноборони Казахстану	ru=Минобороны Казахстана	country=KZ	hq=Astana	kind=ministry
org:mod_lt	org	en=Ministry of Defence of Lithuania	uk=Міністерство оборони Литви|Міноборони Литви	ru=Минобороны Литвы	country=LT	hq=Vilnius	kind=ministry
org:mod_lv	org	en=Ministry of Defence of Latvia	uk=Міністерство оборони Латвії|Міноборони Латвії	ru=Минобороны Латвии	country=LV	hq=Riga	kind=ministry
org:mod_nl	org	en=Ministry of Defence of the Netherlands	uk=Міністерство оборони Нідерландів|Міноборони Нідерландів	ru=Минобороны Нидерландов	country=NL	hq=The Hague	kind=ministry
org:mod_no	org	en=Ministry of Defence of Norway	uk=Міністерство оборони Норвегії|Міноборони Норвегії	ru=Минобороны Норвегии	country=NO	hq=Oslo	kind=ministry
org:mod_pk	org	en=Ministry of Defence of Pakistan	uk=Міністерство оборони Пакистану|Міноборони Пакистану	ru=Минобороны Пакистана	country=PK	hq=Islamabad	kind=ministry
org:mod_pl	org	en=Ministry of Defence of Poland	uk=Міністерство оборони Польщі|Міноборони Польщі	ru=Минобороны Польши	country=PL	hq=Warsaw	kind=ministry
org:mod_se	org	en=Ministry of Defence of Sweden	uk=Міністерство оборони Швеції|Міноборони Швеції	ru=Минобороны Швеции	country=SE	hq=Stockholm	kind=ministry
org:mod_tr	org	en=Ministry of Defence of Turkey	uk=Міністерство оборони Туреччини|Міноборони Туреччини	ru=Минобороны Турции	country=TR	hq=Ankara	kind=ministry
org:national_assembly_by	org	en=National Assembly of Belarus	uk=Національні збори Білорусі|Національні збори Республіки Білорусь	ru=Национальное собрание Беларуси|Национальное собрание Республики Беларусь|Национальное собрание Белоруссии	country=BY	hq=Minsk	kind=parliament
org:council_of_republic_by	org	en=Council of the Republic of Belarus	uk=Рада Республіки Національних зборів Білорусі|Рада Республіки	ru=Совет Республики Национального собрания Беларуси|Совет Республики Национального собрания Республики Беларусь|Совет Республики	country=BY	hq=Minsk	kind=parliament
org:house_of_representatives_by	org	en=House of Representatives of Belarus	uk=Палата представників Національних зборів Білорусі|Палата представників Білорусі	ru=Палата представителей Национального собрания Беларуси|Палата представителей Национального собрания Республики Беларусь|Палата представителей Беларуси	country=BY	hq=Minsk	kind=parliament
