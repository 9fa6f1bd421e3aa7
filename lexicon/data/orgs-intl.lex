# factum default lexicon: international bodies, NGOs and foundations, think
# tanks, trade unions, religious bodies, militant and criminal groups that
# orgs.lex does not list. Same format as orgs.lex.

# == International organizations and bodies ==
org:opcw	org	en=Organisation for the Prohibition of Chemical Weapons	uk=Організація із заборони хімічної зброї|ОЗХЗ{x}	ru=Организация по запрещению химического оружия|ОЗХО{x}	any=OPCW	hq=The Hague	kind=international
org:unrwa	org	en=UNRWA	uk=Агенція ООН для допомоги палестинським біженцям|БАПОР{x}	ru=Ближневосточное агентство ООН для помощи палестинским беженцам|БАПОР{x}	any=UNRWA	hq=Amman	kind=international	parent=Q1065
org:unaids	org	en=UNAIDS	uk=ЮНЕЙДС{x}|Об'єднана програма ООН з ВІЛ/СНІДу	ru=ЮНЭЙДС{x}|Объединенная программа ООН по ВИЧ/СПИДу	any=UNAIDS	hq=Geneva	kind=international	parent=Q1065
org:unfpa	org	en=United Nations Population Fund	uk=Фонд ООН у галузі народонаселення|ЮНФПА{x}	ru=Фонд ООН в области народонаселения|ЮНФПА{x}	any=UNFPA	hq=New York	kind=international	parent=Q1065
org:unhrc	org	en=United Nations Human Rights Council	uk=Рада ООН з прав людини|Рада ООН з питань прав людини	ru=Совет ООН по правам человека|СПЧ ООН{x}	any=UNHRC	hq=Geneva	kind=international	parent=Q1065
org:un_secretariat	org	en=United Nations Secretariat	uk=Секретаріат ООН	ru=Секретариат ООН	hq=New York	kind=international	parent=Q1065
org:ecosoc	org	en=United Nations Economic and Social Council	uk=Економічна і соціальна рада ООН|ЕКОСОР{x}	ru=Экономический и социальный совет ООН|ЭКОСОС{x}	any=ECOSOC	hq=New York	kind=international	parent=Q1065
org:unctad	org	en=UNCTAD	uk=Конференція ООН з торгівлі та розвитку|ЮНКТАД{x}	ru=Конференция ООН по торговле и развитию|ЮНКТАД{x}	any=UNCTAD	hq=Geneva	kind=international	parent=Q1065
org:unodc	org	en=United Nations Office on Drugs and Crime	uk=Управління ООН з наркотиків і злочинності	ru=Управление ООН по наркотикам и преступности|УНП ООН{x}	any=UNODC	hq=Vienna	kind=international	parent=Q1065
org:hrmmu	org	en=UN Human Rights Monitoring Mission in Ukraine	uk=Моніторингова місія ООН з прав людини в Україні|Моніторингова місія ООН з прав людини	ru=Мониторинговая миссия ООН по правам человека в Украине|Мониторинговая миссия ООН по правам человека	any=HRMMU	country=UA	hq=Kyiv	kind=international	parent=Q1065
org:ipcc	org	en=Intergovernmental Panel on Climate Change	uk=Міжурядова група експертів з питань зміни клімату|МГЕЗК{x}	ru=Межправительственная группа экспертов по изменению климата|МГЭИК{x}	any=IPCC	hq=Geneva	kind=international
org:osce_smm	org	en=OSCE Special Monitoring Mission to Ukraine	uk=Спеціальна моніторингова місія ОБСЄ|Спеціальна моніторингова місія ОБСЄ в Україні|СММ ОБСЄ{x}|Місія ОБСЄ	ru=Специальная мониторинговая миссия ОБСЕ|Специальная мониторинговая миссия ОБСЕ на Украине|Специальная мониторинговая миссия ОБСЕ в Украине|СММ ОБСЕ{x}|Миссия ОБСЕ	any=OSCE SMM	country=UA	hq=Kyiv	kind=international	parent=Q81299
org:odihr	org	en=OSCE Office for Democratic Institutions and Human Rights	uk=Бюро демократичних інститутів і прав людини ОБСЄ|БДІПЛ ОБСЄ{x}|БДІПЛ{x}	ru=Бюро по демократическим институтам и правам человека ОБСЕ|БДИПЧ ОБСЕ{x}|БДИПЧ{x}	any=ODIHR	hq=Warsaw	kind=international	parent=Q81299
org:osce_pa	org	en=OSCE Parliamentary Assembly	uk=Парламентська асамблея ОБСЄ|ПА ОБСЄ{x}	ru=Парламентская ассамблея ОБСЕ|ПА ОБСЕ{x}	hq=Copenhagen	kind=international	parent=Q81299
org:minsk_group	org	en=OSCE Minsk Group	uk=Мінська група ОБСЄ	ru=Минская группа ОБСЕ	hq=Vienna	kind=international	parent=Q81299
org:tkg	org	en=Trilateral Contact Group on Ukraine	uk=Тристороння контактна група|ТКГ{x}	ru=Трехсторонняя контактная группа|Трёхсторонняя контактная группа|ТКГ{x}	kind=international
org:venice_commission	org	en=Venice Commission	uk=Венеціанська комісія|Європейська комісія «За демократію через право»	ru=Венецианская комиссия|Европейская комиссия за демократию через право	any=Venice Commission	hq=Strasbourg	kind=international	parent=Q8908
org:greco	org	en=Group of States against Corruption	uk=Група держав проти корупції	ru=Группа государств против коррупции	any=GRECO	hq=Strasbourg	kind=international	parent=Q8908
org:coe_cm	org	en=Council of Europe Committee of Ministers	uk=Комітет міністрів Ради Європи	ru=Комитет министров Совета Европы	hq=Strasbourg	kind=international	parent=Q8908
org:nato_pa	org	en=NATO Parliamentary Assembly	uk=Парламентська асамблея НАТО|ПА НАТО{x}	ru=Парламентская ассамблея НАТО|ПА НАТО{x}	hq=Brussels	kind=international	parent=Q7184
org:nato_ukraine_council	org	en=NATO-Ukraine Council	uk=Рада Україна — НАТО|Рада Україна-НАТО|Комісія Україна — НАТО|Комісія Україна-НАТО	ru=Совет Украина — НАТО|Комиссия Украина — НАТО	hq=Brussels	kind=international	parent=Q7184
org:nato_russia_council	org	en=NATO-Russia Council	uk=Рада Росія — НАТО|Рада Росія-НАТО	ru=Совет Россия — НАТО|Совет Россия-НАТО	hq=Brussels	kind=international	parent=Q7184
org:shape	org	en=Supreme Headquarters Allied Powers Europe	uk=Верховне головнокомандування ОЗС НАТО в Європі	ru=Верховное главнокомандование ОВС НАТО в Европе	any=SHAPE	hq=Mons	kind=military_alliance	parent=Q7184
org:eurogroup	org	en=Eurogroup	uk=Єврогрупа	ru=Еврогруппа	any=Eurogroup	hq=Brussels	kind=eu_institution	parent=Q458
org:ema_eu	org	en=European Medicines Agency	uk=Європейське агентство з лікарських засобів	ru=Европейское агентство лекарственных средств|Европейское агентство по лекарственным средствам	hq=Amsterdam	kind=eu_institution	parent=Q458
org:eurojust	org	en=Eurojust	uk=Євроюст	ru=Евроюст	any=Eurojust	hq=The Hague	kind=eu_institution	parent=Q458
org:olaf	org	en=European Anti-Fraud Office	uk=Європейське бюро з боротьби з шахрайством	ru=Европейское бюро по борьбе с мошенничеством	hq=Brussels	kind=eu_institution	parent=Q458
org:eppo	org	en=European Public Prosecutor's Office	uk=Європейська прокуратура	ru=Европейская прокуратура	any=EPPO	hq=Luxembourg	kind=eu_institution	parent=Q458
org:eca_eu	org	en=European Court of Auditors	uk=Європейська рахункова палата	ru=Европейская счетная палата|Европейская счётная палата	hq=Luxembourg	kind=eu_institution	parent=Q458
org:esa	org	en=European Space Agency	uk=Європейське космічне агентство|ЄКА{x}	ru=Европейское космическое агентство|ЕКА{x}	any=ESA	hq=Paris	kind=agency
org:cern	org	en=CERN	uk=ЦЕРН{x}|Європейська організація з ядерних досліджень	ru=ЦЕРН{x}|Европейская организация по ядерным исследованиям	any=CERN	hq=Geneva	kind=research
org:efta	org	en=European Free Trade Association	uk=Європейська асоціація вільної торгівлі|ЄАВТ{x}	ru=Европейская ассоциация свободной торговли|ЕАСТ{x}	any=EFTA	hq=Geneva	kind=international
org:commonwealth	org	en=Commonwealth of Nations	uk=Співдружність націй	ru=Содружество наций	any=Commonwealth of Nations	hq=London	kind=international
org:ecowas	org	en=ECOWAS	uk=Економічне співтовариство країн Західної Африки|ЕКОВАС{x}	ru=Экономическое сообщество стран Западной Африки|ЭКОВАС{x}	any=ECOWAS	hq=Abuja	kind=international
org:turkic_states	org	en=Organization of Turkic States	uk=Організація тюркських держав|Тюркська рада	ru=Организация тюркских государств|Тюркский совет	hq=Istanbul	kind=international
org:eurasec	org	en=Eurasian Economic Community	uk=Євразійське економічне співтовариство|ЄврАзЕС{x}	ru=Евразийское экономическое сообщество|ЕврАзЭС{x}	hq=Moscow	kind=international	note=dissolved in 2014
org:ipa_cis	org	en=Interparliamentary Assembly of the CIS	uk=Міжпарламентська асамблея СНД|МПА СНД{x}	ru=Межпарламентская ассамблея СНГ|МПА СНГ{x}	hq=Saint Petersburg	kind=international	parent=org:cis
org:paris_club	org	en=Paris Club	uk=Паризький клуб	ru=Парижский клуб	any=Paris Club	hq=Paris	kind=international
org:aukus	org	en=AUKUS	uk=АУКУС{x}	ru=АУКУС{x}	any=AUKUS	kind=military_alliance
org:quad	org	en=Quadrilateral Security Dialogue	uk=Чотиристоронній діалог з безпеки	ru=Четырехсторонний диалог по безопасности	any=Quad{ctx}	kind=international
org:warsaw_pact	org	en=Warsaw Pact	uk=Організація Варшавського договору	ru=Организация Варшавского договора	kind=military_alliance	note=dissolved in 1991
org:comecon	org	en=Comecon	uk=Рада економічної взаємодопомоги	ru=Совет экономической взаимопомощи|СЭВ{x}	any=Comecon	hq=Moscow	kind=international	note=dissolved in 1991
org:league_of_nations	org	en=League of Nations	uk=Ліга Націй|Ліга націй	ru=Лига Наций|Лига наций	any=League of Nations	hq=Geneva	kind=international	note=dissolved in 1946
org:gavi	org	en=Gavi, the Vaccine Alliance	uk=Глобальний альянс з вакцин та імунізації	ru=Глобальный альянс по вакцинам и иммунизации	any=Gavi|GAVI	hq=Geneva	kind=international
org:covax	org	en=COVAX	uk=КОВАКС{x}	ru=КОВАКС{x}	any=COVAX	hq=Geneva	kind=international
org:global_fund	org	en=The Global Fund to Fight AIDS, Tuberculosis and Malaria	uk=Глобальний фонд для боротьби зі СНІДом, туберкульозом і малярією|Глобальний фонд	ru=Глобальный фонд для борьбы со СПИДом, туберкулезом и малярией|Глобальный фонд	any=Global Fund	hq=Geneva	kind=international
org:ebu	org	en=European Broadcasting Union	uk=Європейська мовна спілка|ЄМС{x}	ru=Европейский вещательный союз|ЕВС{x}	any=EBU	hq=Geneva	kind=international
org:wco	org	en=World Customs Organization	uk=Всесвітня митна організація	ru=Всемирная таможенная организация	any=WCO	hq=Brussels	kind=international
org:iata	org	en=International Air Transport Association	uk=Міжнародна асоціація повітряного транспорту	ru=Международная ассоциация воздушного транспорта|ИАТА{x}	any=IATA	hq=Montreal	kind=international
org:isa_seabed	org	en=International Seabed Authority	uk=Міжнародний орган з морського дна	ru=Международный орган по морскому дну	hq=Kingston	kind=international
org:ctbto	org	en=Comprehensive Nuclear-Test-Ban Treaty Organization	uk=Організація Договору про всеосяжну заборону ядерних випробувань	ru=Организация по Договору о всеобъемлющем запрещении ядерных испытаний	any=CTBTO	hq=Vienna	kind=international

# == Humanitarian NGOs, rights groups, foundations ==
org:cpj	org	en=Committee to Protect Journalists	uk=Комітет захисту журналістів	ru=Комитет защиты журналистов	any=Committee to Protect Journalists|CPJ	country=US	hq=New York	kind=ngo
org:freedom_house	org	en=Freedom House	uk=Фрідом Хаус{x}	ru=Фридом Хаус{x}	any=Freedom House	country=US	hq=Washington	kind=ngo
org:ned_us	org	en=National Endowment for Democracy	uk=Національний фонд на підтримку демократії|Національний фонд підтримки демократії	ru=Национальный фонд в поддержку демократии|Национальный фонд демократии	any=National Endowment for Democracy	country=US	hq=Washington	kind=ngo
org:osf	org	en=Open Society Foundations	uk=Фонди Відкритого суспільства|Фонд Сороса	ru=Фонды «Открытое общество»|Фонд «Открытое общество»|Фонд Сороса|Институт «Открытое общество»	any=Open Society Foundations	country=US	hq=New York	kind=charity
org:irf_ua	org	en=International Renaissance Foundation	uk=Міжнародний фонд «Відродження»|Міжнародний фонд Відродження|МФВ{x}	ru=Международный фонд «Возрождение»|Международный фонд Возрождение	any=International Renaissance Foundation	country=UA	hq=Kyiv	kind=charity	parent=org:osf
org:wikileaks	org	en=WikiLeaks	uk=Вікілікс|ВікіЛікс	ru=Викиликс|ВикиЛикс	any=WikiLeaks|Wikileaks	kind=online_media
org:wikimedia	org	en=Wikimedia Foundation	uk=Фонд Вікімедіа|Вікімедіа{x}	ru=Фонд Викимедиа|Викимедиа{x}	any=Wikimedia Foundation|Wikimedia	country=US	hq=San Francisco	kind=charity
org:caritas	org	en=Caritas Internationalis	uk=Карітас{x}|Карітас України{x}	ru=Каритас{x}	any=Caritas	hq=Vatican City	kind=charity
org:oxfam	org	en=Oxfam	uk=Оксфам	ru=Оксфам	any=Oxfam	country=GB	hq=Nairobi	kind=charity
org:save_children	org	en=Save the Children	uk=Save the Children{x}|Врятуймо дітей	ru=Спасем детей|Спасём детей	any=Save the Children	country=GB	hq=London	kind=charity
org:irc_rescue	org	en=International Rescue Committee	uk=Міжнародний комітет порятунку	ru=Международный комитет спасения	any=International Rescue Committee	country=US	hq=New York	kind=charity
org:hrw_ru	org	en=Moscow Helsinki Group	uk=Московська Гельсінська група|МГГ{x}	ru=Московская Хельсинкская группа|МХГ{x}	country=RU	hq=Moscow	kind=ngo
org:memorial_hrc	org	en=Memorial Human Rights Centre	uk=Правозахисний центр «Меморіал»|ПЦ «Меморіал»	ru=Правозащитный центр «Мемориал»|ПЦ «Мемориал»	country=RU	hq=Moscow	kind=ngo
org:soldiers_mothers	org	en=Committee of Soldiers' Mothers of Russia	uk=Комітет солдатських матерів	ru=Комитет солдатских матерей|Союз комитетов солдатских матерей России	country=RU	hq=Moscow	kind=ngo
org:ovd_info	org	en=OVD-Info	uk=ОВД-Інфо	ru=ОВД-Инфо	any=OVD-Info	country=RU	hq=Moscow	kind=ngo
org:rusfond	org	en=Rusfond	ru=Русфонд	any=Rusfond	country=RU	hq=Moscow	kind=charity
org:podari_zhizn	org	en=Podari Zhizn Foundation	uk=фонд «Подаруй життя»	ru=фонд «Подари жизнь»|Фонд «Подари жизнь»	country=RU	hq=Moscow	kind=charity
org:rvio	org	en=Russian Military Historical Society	uk=Російське військово-історичне товариство	ru=Российское военно-историческое общество|РВИО{x}	country=RU	hq=Moscow	kind=society
org:rgo	org	en=Russian Geographical Society	uk=Російське географічне товариство	ru=Русское географическое общество|РГО{x}	country=RU	hq=Saint Petersburg	kind=society
org:arkhnadzor	org	en=Arkhnadzor	ru=Архнадзор	country=RU	hq=Moscow	kind=ngo
org:antac	org	en=Anti-Corruption Action Centre	uk=Центр протидії корупції|ЦПК{x}	ru=Центр противодействия коррупции	any=AntAC	country=UA	hq=Kyiv	kind=ngo
org:rpr	org	en=Reanimation Package of Reforms	uk=Реанімаційний пакет реформ|РПР{x}	ru=Реанимационный пакет реформ	any=RPR	country=UA	hq=Kyiv	kind=ngo
org:ccl_ua	org	en=Center for Civil Liberties	uk=Центр громадянських свобод|ЦГС{x}	ru=Центр гражданских свобод	any=Center for Civil Liberties	country=UA	hq=Kyiv	kind=ngo
org:khpg	org	en=Kharkiv Human Rights Protection Group	uk=Харківська правозахисна група|ХПГ{x}	ru=Харьковская правозащитная группа|ХПГ{x}	any=KHPG	country=UA	hq=Kharkiv	kind=ngo
org:uhhru	org	en=Ukrainian Helsinki Human Rights Union	uk=Українська Гельсінська спілка з прав людини|Українська гельсінська спілка з прав людини|УГСПЛ{x}	ru=Украинский Хельсинкский союз по правам человека|УХСПЧ{x}	any=UHHRU	country=UA	hq=Kyiv	kind=ngo
org:opora_ua	org	en=Civil Network OPORA	uk=Громадянська мережа ОПОРА|Громадянська мережа «Опора»|ОПОРА{x}	ru=Гражданская сеть ОПОРА|Гражданская сеть «Опора»	any=OPORA	country=UA	hq=Kyiv	kind=ngo
org:kvu	org	en=Committee of Voters of Ukraine	uk=КВУ{x}	ru=Комитет избирателей Украины|КИУ{x}	any=CVU	country=UA	hq=Kyiv	kind=ngo
org:chesno	org	en=Chesno Movement	uk=Рух Чесно|Рух «Чесно»|рух «Чесно»	ru=Движение «Честно»|движение Чесно	any=CHESNO|Chesno	country=UA	hq=Kyiv	kind=ngo
org:stopfake	org	en=StopFake	uk=СтопФейк	ru=СтопФейк	any=StopFake	country=UA	hq=Kyiv	kind=ngo
org:imi	org	en=Institute of Mass Information	uk=Інститут масової інформації|ІМІ{x}	ru=Институт массовой информации	any=IMI{ctx}	country=UA	hq=Kyiv	kind=ngo
org:nsju	org	en=National Union of Journalists of Ukraine	uk=НСЖУ{x}	ru=НСЖУ{x}	any=NUJU	country=UA	hq=Kyiv	kind=union
org:nmpu	org	en=Independent Media Trade Union of Ukraine	uk=Незалежна медійна профспілка України|НМПУ{x}	ru=Независимый медиа-профсоюз Украины	country=UA	hq=Kyiv	kind=union
org:sj_rf	org	en=Union of Journalists of Russia	ru=Союз журналистов России|СЖР{x}	country=RU	hq=Moscow	kind=union
org:uwc	org	en=Ukrainian World Congress	uk=Світовий конгрес українців|СКУ{x}	ru=Всемирный конгресс украинцев	any=Ukrainian World Congress|UWC	country=CA	hq=Toronto	kind=diaspora
org:ucc_ca	org	en=Ukrainian Canadian Congress	any=Ukrainian Canadian Congress	country=CA	hq=Winnipeg	kind=diaspora
org:plast	org	en=Plast (scouting organization)	uk=Пласт{ctx}|Національна скаутська організація України «Пласт»	ru=Пласт{ctx}	country=UA	hq=Kyiv	kind=youth
org:akhmetov_foundation	org	en=Rinat Akhmetov Foundation	uk=Фонд Ріната Ахметова|Фундація Ріната Ахметова|Гуманітарний штаб Ріната Ахметова	ru=Фонд Рината Ахметова|Гуманитарный штаб Рината Ахметова	country=UA	hq=Kyiv	kind=charity
org:pinchuk_foundation	org	en=Victor Pinchuk Foundation	uk=Фонд Віктора Пінчука	ru=Фонд Виктора Пинчука	any=Victor Pinchuk Foundation	country=UA	hq=Kyiv	kind=charity
org:yes_forum	org	en=Yalta European Strategy	uk=Ялтинська європейська стратегія|ЯЄС{x}	ru=Ялтинская европейская стратегия	any=Yalta European Strategy	country=UA	hq=Kyiv	kind=forum
org:serhiy_sternenko	org	en=Razom for Ukraine	any=Razom for Ukraine	country=US	hq=New York	kind=charity
org:world_jewish_congress	org	en=World Jewish Congress	uk=Всесвітній єврейський конгрес	ru=Всемирный еврейский конгресс	any=World Jewish Congress	country=US	hq=New York	kind=ngo
org:sokhnut	org	en=Jewish Agency for Israel	uk=Єврейське агентство «Сохнут»|Сохнут	ru=Еврейское агентство «Сохнут»|Сохнут	any=Jewish Agency|Sochnut	country=IL	hq=Jerusalem	kind=ngo
org:feor	org	en=Federation of Jewish Communities of Russia	ru=ФЕОР{x}	country=RU	hq=Moscow	kind=religious
org:nobel_committee	org	en=Norwegian Nobel Committee	uk=Нобелівський комітет|Норвезький Нобелівський комітет	ru=Нобелевский комитет|Норвежский Нобелевский комитет	any=Nobel Committee	country=NO	hq=Oslo	kind=committee
org:nobel_foundation	org	en=Nobel Foundation	uk=Нобелівський фонд	ru=Нобелевский фонд	any=Nobel Foundation	country=SE	hq=Stockholm	kind=foundation
org:swedish_academy	org	en=Swedish Academy	uk=Шведська академія	ru=Шведская академия	any=Swedish Academy	country=SE	hq=Stockholm	kind=academy
org:ampas	org	en=Academy of Motion Picture Arts and Sciences	uk=Американська академія кінематографічних мистецтв і наук|Американська кіноакадемія|Кіноакадемія США	ru=Американская академия кинематографических искусств и наук|Американская киноакадемия|Киноакадемия США	any=Academy of Motion Picture Arts and Sciences|AMPAS	country=US	hq=Beverly Hills	kind=academy
org:max_planck	org	en=Max Planck Society	uk=Товариство Макса Планка	ru=Общество Макса Планка	any=Max Planck Society|Max-Planck-Gesellschaft	country=DE	hq=Munich	kind=research
org:pasteur	org	en=Pasteur Institute	uk=Інститут Пастера	ru=Институт Пастера	any=Institut Pasteur|Pasteur Institute	country=FR	hq=Paris	kind=research
org:karolinska	org	en=Karolinska Institute	uk=Каролінський інститут	ru=Каролинский институт	any=Karolinska Institutet	country=SE	hq=Stockholm	kind=university
org:red_crescent_tr	org	en=Turkish Red Crescent	uk=Турецький Червоний Півмісяць	ru=Турецкий Красный Полумесяц	any=Kızılay	country=TR	hq=Ankara	kind=humanitarian
org:american_red_cross	org	en=American Red Cross	uk=Американський Червоний Хрест	ru=Американский Красный Крест	any=American Red Cross	country=US	hq=Washington	kind=humanitarian

# == Think tanks and pollsters ==
org:heritage	org	en=Heritage Foundation	uk=Фонд «Спадщина»|Фонд Спадщина	ru=Фонд «Наследие»|Фонд Наследие	any=Heritage Foundation	country=US	hq=Washington	kind=think_tank
org:wilson_center	org	en=Wilson Center	uk=Центр Вудро Вільсона|Центр Вільсона	ru=Центр Вудро Вильсона|Центр Вильсона	any=Wilson Center|Woodrow Wilson Center	country=US	hq=Washington	kind=think_tank
org:kennan	org	en=Kennan Institute	uk=Інститут Кеннана	ru=Институт Кеннана	any=Kennan Institute	country=US	hq=Washington	kind=think_tank
org:hudson	org	en=Hudson Institute	uk=Гудзонський інститут|Інститут Гудзона	ru=Гудзоновский институт|Институт Хадсона	any=Hudson Institute	country=US	hq=Washington	kind=think_tank
org:aei	org	en=American Enterprise Institute	uk=Американський інститут підприємництва	ru=Американский институт предпринимательства	any=American Enterprise Institute|AEI	country=US	hq=Washington	kind=think_tank
org:cato	org	en=Cato Institute	uk=Інститут Катона	ru=Институт Катона	any=Cato Institute	country=US	hq=Washington	kind=think_tank
org:jamestown	org	en=Jamestown Foundation	uk=Фонд Джеймстаун	ru=Фонд Джеймстаун	any=Jamestown Foundation	country=US	hq=Washington	kind=think_tank
org:stratfor	org	en=Stratfor	uk=Стратфор	ru=Стратфор	any=Stratfor	country=US	hq=Austin	kind=think_tank
org:eurasia_group	org	en=Eurasia Group	uk=Eurasia Group{x}	any=Eurasia Group	country=US	hq=New York	kind=think_tank
org:ecfr	org	en=European Council on Foreign Relations	uk=Європейська рада з міжнародних відносин	ru=Европейский совет по международным отношениям	any=ECFR	country=DE	hq=Berlin	kind=think_tank
org:rusi	org	en=Royal United Services Institute	uk=Королівський об'єднаний інститут оборонних досліджень|Королівський інститут оборонних досліджень	ru=Королевский объединенный институт оборонных исследований|Королевский институт оборонных исследований	any=RUSI	country=GB	hq=London	kind=think_tank
org:kiel_institute	org	en=Kiel Institute for the World Economy	uk=Кільський інститут світової економіки	ru=Кильский институт мировой экономики	any=Kiel Institute	country=DE	hq=Kiel	kind=think_tank
org:kas_foundation	org	en=Konrad Adenauer Foundation	uk=Фонд Конрада Аденауера	ru=Фонд Конрада Аденауэра	any=Konrad-Adenauer-Stiftung	country=DE	hq=Berlin	kind=foundation
org:fes_foundation	org	en=Friedrich Ebert Foundation	uk=Фонд Фрідріха Еберта	ru=Фонд Фридриха Эберта	any=Friedrich-Ebert-Stiftung	country=DE	hq=Bonn	kind=foundation
org:boell	org	en=Heinrich Böll Foundation	uk=Фонд Гайнріха Бьолля|Фонд Генріха Бьолля	ru=Фонд Генриха Бёлля|Фонд Генриха Белля	any=Heinrich-Böll-Stiftung	country=DE	hq=Berlin	kind=foundation
org:fnf_foundation	org	en=Friedrich Naumann Foundation	uk=Фонд Фрідріха Науманна	ru=Фонд Фридриха Науманна	any=Friedrich-Naumann-Stiftung	country=DE	hq=Potsdam	kind=foundation
org:ost_ausschuss	org	en=German Eastern Business Association	uk=Східний комітет німецької економіки	ru=Восточный комитет германской экономики|Восточный комитет немецкой экономики	any=Ost-Ausschuss der Deutschen Wirtschaft|Ost-Ausschuss	country=DE	hq=Berlin	kind=business_association
org:yougov	org	en=YouGov	any=YouGov	country=GB	hq=London	kind=pollster
org:ipsos	org	en=Ipsos	uk=Іпсос	ru=Ипсос	any=Ipsos	country=FR	hq=Paris	kind=pollster
org:socis	org	en=SOCIS	uk=СОЦИС{x}|Центр соціальних та маркетингових досліджень «СОЦИС»	ru=СОЦИС{x}	any=SOCIS	country=UA	hq=Kyiv	kind=pollster
org:info_sapiens	org	en=Info Sapiens	uk=Info Sapiens{x}|Інфо Сапієнс	any=Info Sapiens	country=UA	hq=Kyiv	kind=pollster
org:niss_ua	org	en=National Institute for Strategic Studies	uk=Національний інститут стратегічних досліджень|НІСД{x}	ru=Национальный институт стратегических исследований|НИСИ{x}	country=UA	hq=Kyiv	kind=think_tank
org:ces_ua	org	en=Centre for Economic Strategy	uk=Центр економічної стратегії|ЦЕС{x}	ru=Центр экономической стратегии	any=CES{ctx}	country=UA	hq=Kyiv	kind=think_tank
org:ier_ua	org	en=Institute for Economic Research and Policy Consulting	uk=Інститут економічних досліджень та політичних консультацій|ІЕД{x}	ru=Институт экономических исследований и политических консультаций	country=UA	hq=Kyiv	kind=think_tank
org:uifuture	org	en=Ukrainian Institute for the Future	uk=Український інститут майбутнього|УІМ{x}	ru=Украинский институт будущего	any=UIF	country=UA	hq=Kyiv	kind=think_tank
org:gorshenin	org	en=Gorshenin Institute	uk=Інститут Горшеніна	ru=Институт Горшенина	country=UA	hq=Kyiv	kind=think_tank
org:penta	org	en=Penta Center for Applied Political Studies	uk=Центр прикладних політичних досліджень «Пента»|Центр «Пента»	ru=Центр прикладных политических исследований «Пента»|Центр «Пента»	country=UA	hq=Kyiv	kind=think_tank
org:imemo	org	en=Primakov Institute of World Economy and International Relations	uk=Інститут світової економіки і міжнародних відносин РАН|ІСЕМВ РАН{x}	ru=Институт мировой экономики и международных отношений РАН|Институт мировой экономики и международных отношений|ИМЭМО РАН{x}|ИМЭМО{x}	any=IMEMO	country=RU	hq=Moscow	kind=think_tank	parent=org:ran
org:iskran	org	en=Institute for US and Canadian Studies	uk=Інститут США і Канади РАН	ru=Институт США и Канады РАН|Институт США и Канады|ИСКРАН{x}	country=RU	hq=Moscow	kind=think_tank	parent=org:ran
org:gaidar_institute	org	en=Gaidar Institute for Economic Policy	uk=Інститут Гайдара	ru=Институт экономической политики имени Гайдара|Институт Гайдара	any=Gaidar Institute	country=RU	hq=Moscow	kind=think_tank
org:cmakp	org	en=Centre for Macroeconomic Analysis and Short-Term Forecasting	ru=Центр макроэкономического анализа и краткосрочного прогнозирования|ЦМАКП{x}	country=RU	hq=Moscow	kind=think_tank
org:ran_institute_rus	org	en=Vinogradov Russian Language Institute	ru=Институт русского языка имени Виноградова|Институт русского языка РАН|Институт русского языка им. Виноградова	uk=Інститут російської мови імені Виноградова	country=RU	hq=Moscow	kind=research	parent=org:ran
org:pushkin_institute	org	en=Pushkin State Russian Language Institute	uk=Інститут російської мови імені Пушкіна|Інститут Пушкіна	ru=Государственный институт русского языка имени Пушкина|Государственный институт русского языка им. А. С. Пушкина|Институт русского языка имени Пушкина|Институт Пушкина	country=RU	hq=Moscow	kind=university
org:pushkin_house	org	en=Institute of Russian Literature (Pushkin House)	uk=Пушкінський Дім|Пушкінський дім	ru=Институт русской литературы РАН|Пушкинский Дом|Пушкинский дом|ИРЛИ РАН{x}	country=RU	hq=Saint Petersburg	kind=research	parent=org:ran
org:gamaleya	org	en=Gamaleya Research Institute of Epidemiology and Microbiology	uk=Центр імені Гамалеї|Центр Гамалеї|Інститут Гамалеї|Національний дослідницький центр епідеміології та мікробіології імені Гамалеї	ru=Национальный исследовательский центр эпидемиологии и микробиологии имени Гамалеи|НИЦЭМ имени Гамалеи|НИЦЭМ им. Гамалеи|Центр имени Гамалеи|Центр Гамалеи|Институт Гамалеи	any=Gamaleya Center|Gamaleya Institute	country=RU	hq=Moscow	kind=research
org:vector_center	org	en=State Research Center of Virology and Biotechnology VECTOR	uk=центр «Вектор»|Державний науковий центр вірусології та біотехнології «Вектор»	ru=ГНЦ «Вектор»|центр «Вектор»|Государственный научный центр вирусологии и биотехнологии «Вектор»|ГНЦ ВБ «Вектор»	country=RU	hq=Koltsovo	kind=research
org:sklif	org	en=Sklifosovsky Research Institute for Emergency Medicine	uk=Інститут Скліфосовського	ru=НИИ скорой помощи имени Склифосовского|НИИ скорой помощи им. Склифосовского|Институт Склифосовского|НИИ Склифосовского|Склиф	country=RU	hq=Moscow	kind=hospital
org:serbsky	org	en=Serbsky Center	uk=Інститут Сербського|Центр Сербського	ru=Центр имени Сербского|Институт Сербского|Центр Сербского|НМИЦ психиатрии и наркологии имени Сербского	country=RU	hq=Moscow	kind=research
org:kurchatov	org	en=Kurchatov Institute	uk=Курчатовський інститут	ru=Курчатовский институт|НИЦ «Курчатовский институт»	any=Kurchatov Institute	country=RU	hq=Moscow	kind=research
org:jinr	org	en=Joint Institute for Nuclear Research	uk=Об'єднаний інститут ядерних досліджень|Об’єднаний інститут ядерних досліджень	ru=Объединенный институт ядерных исследований|Объединённый институт ядерных исследований|ОИЯИ{x}	any=JINR	country=RU	hq=Dubna	kind=research
org:skoltech	org	en=Skoltech	uk=Сколтех	ru=Сколтех|Сколковский институт науки и технологий	any=Skoltech	country=RU	hq=Moscow	kind=university
org:rudn	org	en=Peoples' Friendship University of Russia	uk=Російський університет дружби народів|РУДН{x}	ru=Российский университет дружбы народов|РУДН{x}|Университет дружбы народов	any=RUDN	country=RU	hq=Moscow	kind=university
org:rggu	org	en=Russian State University for the Humanities	uk=Російський державний гуманітарний університет|РДГУ{x}	ru=Российский государственный гуманитарный университет|РГГУ{x}	any=RSUH	country=RU	hq=Moscow	kind=university
org:nes	org	en=New Economic School	uk=Російська економічна школа	ru=Российская экономическая школа|РЭШ{x}	any=NES{ctx}	country=RU	hq=Moscow	kind=university
org:eusp	org	en=European University at Saint Petersburg	uk=Європейський університет у Санкт-Петербурзі	ru=Европейский университет в Санкт-Петербурге|ЕУСПб{x}	any=EUSP	country=RU	hq=Saint Petersburg	kind=university
org:mgyua	org	en=Kutafin Moscow State Law University	uk=Московський державний юридичний університет імені Кутафіна	ru=Московский государственный юридический университет имени Кутафина|МГЮА{x}	country=RU	hq=Moscow	kind=university
org:rea	org	en=Plekhanov Russian University of Economics	uk=Російський економічний університет імені Плеханова	ru=Российский экономический университет имени Плеханова|РЭУ имени Плеханова|РЭУ им. Плеханова|Плешка	country=RU	hq=Moscow	kind=university
org:spbpu	org	en=Peter the Great St. Petersburg Polytechnic University	uk=Санкт-Петербурзький політехнічний університет Петра Великого	ru=Санкт-Петербургский политехнический университет Петра Великого|Политех Петра Великого|СПбПУ{x}	country=RU	hq=Saint Petersburg	kind=university
org:rgb	org	en=Russian State Library	uk=Російська державна бібліотека	ru=Российская государственная библиотека|РГБ{x}|Ленинская библиотека|Ленинка	country=RU	hq=Moscow	kind=library
org:rnb	org	en=National Library of Russia	uk=Російська національна бібліотека	ru=Российская национальная библиотека|РНБ{x}	country=RU	hq=Saint Petersburg	kind=library
org:nbuv	org	en=Vernadsky National Library of Ukraine	uk=Національна бібліотека України імені В. І. Вернадського|Національна бібліотека України імені Вернадського|НБУВ{x}	ru=Национальная библиотека Украины имени Вернадского	country=UA	hq=Kyiv	kind=library
org:loc_us	org	en=Library of Congress	uk=Бібліотека Конгресу США|Бібліотека Конгресу	ru=Библиотека Конгресса США|Библиотека Конгресса	any=Library of Congress	country=US	hq=Washington	kind=library
org:british_library	org	en=British Library	uk=Британська бібліотека	ru=Британская библиотека	any=British Library	country=GB	hq=London	kind=library

# == Universities (additions) ==
org:nlu_yaroslav	org	en=Yaroslav Mudryi National Law University	uk=Національний юридичний університет імені Ярослава Мудрого|НЮУ імені Ярослава Мудрого|Юракадемія	ru=Национальный юридический университет имени Ярослава Мудрого	country=UA	hq=Kharkiv	kind=university
org:navs	org	en=National Academy of Internal Affairs	uk=Національна академія внутрішніх справ|НАВС{x}	country=UA	hq=Kyiv	kind=university
org:znu	org	en=Zaporizhzhia National University	uk=Запорізький національний університет|ЗНУ{x}	ru=Запорожский национальный университет	country=UA	hq=Zaporizhzhia	kind=university
org:chnu	org	en=Yuriy Fedkovych Chernivtsi National University	uk=Чернівецький національний університет імені Юрія Федьковича|Чернівецький національний університет|ЧНУ{x}	ru=Черновицкий национальный университет имени Юрия Федьковича|Черновицкий национальный университет	country=UA	hq=Chernivtsi	kind=university
org:sumdu	org	en=Sumy State University	uk=Сумський державний університет|СумДУ	ru=Сумский государственный университет|СумГУ	country=UA	hq=Sumy	kind=university
org:uzhnu	org	en=Uzhhorod National University	uk=Ужгородський національний університет|УжНУ	ru=Ужгородский национальный университет	country=UA	hq=Uzhhorod	kind=university
org:vnu	org	en=Lesya Ukrainka Volyn National University	uk=Волинський національний університет імені Лесі Українки|Східноєвропейський національний університет імені Лесі Українки	ru=Волынский национальный университет имени Леси Украинки	country=UA	hq=Lutsk	kind=university
org:pnu	org	en=Vasyl Stefanyk Precarpathian National University	uk=Прикарпатський національний університет імені Василя Стефаника|Прикарпатський національний університет	ru=Прикарпатский национальный университет имени Василия Стефаника	country=UA	hq=Ivano-Frankivsk	kind=university
org:ostroh	org	en=National University of Ostroh Academy	uk=Національний університет «Острозька академія»|Острозька академія	ru=Национальный университет «Острожская академия»|Острожская академия	country=UA	hq=Ostroh	kind=university
org:nubip	org	en=National University of Life and Environmental Sciences of Ukraine	uk=НУБіП{x}	country=UA	hq=Kyiv	kind=university
org:grinchenko	org	en=Borys Grinchenko Kyiv University	uk=Київський університет імені Бориса Грінченка|Київський столичний університет імені Бориса Грінченка|Університет Грінченка	ru=Киевский университет имени Бориса Гринченко	country=UA	hq=Kyiv	kind=university
org:nuou	org	en=National Defence University of Ukraine	uk=Національний університет оборони України імені Івана Черняховського	country=UA	hq=Kyiv	kind=university
org:knmau	org	en=Kyiv National Conservatory|Tchaikovsky National Music Academy of Ukraine	uk=Національна музична академія України імені Петра Чайковського|Київська консерваторія	ru=Национальная музыкальная академия Украины имени Чайковского|Киевская консерватория	country=UA	hq=Kyiv	kind=university
org:nure	org	en=Kharkiv National University of Radio Electronics	uk=Харківський національний університет радіоелектроніки|ХНУРЕ{x}	ru=Харьковский национальный университет радиоэлектроники	country=UA	hq=Kharkiv	kind=university
org:onua	org	en=National University Odesa Law Academy	uk=Національний університет «Одеська юридична академія»|Одеська юридична академія	ru=Национальный университет «Одесская юридическая академия»|Одесская юридическая академия	country=UA	hq=Odesa	kind=university
org:moscow_conservatory	org	en=Moscow Conservatory	uk=Московська консерваторія	ru=Московская консерватория|Московская государственная консерватория имени Чайковского	country=RU	hq=Moscow	kind=university
org:caltech	org	en=California Institute of Technology	uk=Каліфорнійський технологічний інститут	ru=Калифорнийский технологический институт	any=Caltech	country=US	hq=Pasadena	kind=university
org:nyu	org	en=New York University	uk=Нью-Йоркський університет	ru=Нью-Йоркский университет	any=New York University|NYU	country=US	hq=New York	kind=university
org:ucla	org	en=University of California, Los Angeles	uk=Каліфорнійський університет у Лос-Анджелесі	ru=Калифорнийский университет в Лос-Анджелесе	any=UCLA	country=US	hq=Los Angeles	kind=university
org:georgetown	org	en=Georgetown University	uk=Джорджтаунський університет	ru=Джорджтаунский университет	any=Georgetown University	country=US	hq=Washington	kind=university
org:cornell	org	en=Cornell University	uk=Корнельський університет	ru=Корнеллский университет	any=Cornell University	country=US	hq=Ithaca	kind=university
org:upenn	org	en=University of Pennsylvania	uk=Пенсильванський університет	ru=Пенсильванский университет	any=University of Pennsylvania	country=US	hq=Philadelphia	kind=university
org:toronto_u	org	en=University of Toronto	uk=Торонтський університет	ru=Университет Торонто	any=University of Toronto	country=CA	hq=Toronto	kind=university
org:ucl	org	en=University College London	uk=Університетський коледж Лондона	ru=Университетский колледж Лондона	any=University College London|UCL	country=GB	hq=London	kind=university
org:kcl	org	en=King's College London	uk=Королівський коледж Лондона	ru=Королевский колледж Лондона	any=King's College London	country=GB	hq=London	kind=university
org:heidelberg_u	org	en=Heidelberg University	uk=Гайдельберзький університет	ru=Гейдельбергский университет	any=Heidelberg University	country=DE	hq=Heidelberg	kind=university
org:cal_state	org	en=California State University	uk=Університет штату Каліфорнія	ru=Университет штата Калифорния	any=California State University	country=US	hq=Long Beach	kind=university

# == Trade unions and business associations ==
org:fpu	org	en=Federation of Trade Unions of Ukraine	uk=ФПУ{x}	ru=ФПУ{x}	country=UA	hq=Kyiv	kind=trade_union
org:fnpr	org	en=Federation of Independent Trade Unions of Russia	uk=ФНПР{x}	ru=ФНПР{x}	country=RU	hq=Moscow	kind=trade_union
org:uspp	org	en=Ukrainian Union of Industrialists and Entrepreneurs	uk=Український союз промисловців і підприємців|УСПП{x}	ru=Украинский союз промышленников и предпринимателей|УСПП{x}	country=UA	hq=Kyiv	kind=business_association
org:tpp_ua	org	en=Ukrainian Chamber of Commerce and Industry	uk=ТПП України	ru=Торгово-промышленная палата Украины|ТПП Украины	country=UA	hq=Kyiv	kind=chamber
org:amcham_ua	org	en=American Chamber of Commerce in Ukraine	uk=Американська торговельна палата в Україні|Американська торговельна палата	ru=Американская торговая палата в Украине|Американская торговая палата	any=AmCham|AmCham Ukraine	country=UA	hq=Kyiv	kind=chamber
org:eba	org	en=European Business Association	uk=Європейська бізнес асоціація|Європейська Бізнес Асоціація|ЄБА{x}	ru=Европейская бизнес ассоциация|ЕБА{x}	any=EBA{ctx}	country=UA	hq=Kyiv	kind=business_association
org:afl_cio	org	en=AFL–CIO	uk=Американська федерація праці — Конгрес виробничих профспілок	ru=Американская федерация труда — Конгресс производственных профсоюзов|АФТ-КПП{x}	any=AFL-CIO	country=US	hq=Washington	kind=trade_union
org:uaw	org	en=United Auto Workers	uk=Об'єднана профспілка працівників автомобільної промисловості	ru=Профсоюз работников автомобильной промышленности США	any=UAW	country=US	hq=Detroit	kind=trade_union
org:teamsters	org	en=International Brotherhood of Teamsters	any=Teamsters	country=US	hq=Washington	kind=trade_union
org:tuc	org	en=Trades Union Congress	uk=Британський конгрес тред-юніонів	ru=Британский конгресс тред-юнионов	any=TUC	country=GB	hq=London	kind=trade_union
org:cgt_fr	org	en=General Confederation of Labour (France)	uk=Загальна конфедерація праці	ru=Всеобщая конфедерация труда	any=CGT{ctx}	country=FR	hq=Montreuil	kind=trade_union
org:verdi	org	en=ver.di	any=Verdi{ctx}|ver.di	country=DE	hq=Berlin	kind=trade_union
org:ig_metall	org	en=IG Metall	any=IG Metall	country=DE	hq=Frankfurt	kind=trade_union
org:vereinigung_cockpit	org	en=Vereinigung Cockpit	uk=профспілка пілотів Vereinigung Cockpit	ru=профсоюз пилотов Vereinigung Cockpit	any=Vereinigung Cockpit|Cockpit{ctx}	country=DE	hq=Frankfurt	kind=trade_union
org:bdi	org	en=Federation of German Industries	uk=Федеральний союз німецької промисловості	ru=Федеральный союз немецкой промышленности|Союз немецкой промышленности	any=BDI	country=DE	hq=Berlin	kind=business_association
org:us_chamber	org	en=U.S. Chamber of Commerce	uk=Торгова палата США	ru=Торговая палата США	any=U.S. Chamber of Commerce|US Chamber of Commerce	country=US	hq=Washington	kind=chamber
org:nra	org	en=National Rifle Association	uk=Національна стрілецька асоціація США|Національна стрілецька асоціація	ru=Национальная стрелковая ассоциация США|Национальная стрелковая ассоциация	any=NRA	country=US	hq=Fairfax	kind=association
org:aclu	org	en=American Civil Liberties Union	uk=Американський союз захисту громадянських свобод	ru=Американский союз защиты гражданских свобод	any=ACLU	country=US	hq=New York	kind=ngo

# == Religious bodies ==
org:uoc_kp	org	en=Ukrainian Orthodox Church – Kyiv Patriarchate	uk=Українська православна церква Київського патріархату|УПЦ КП{x}|Київський патріархат	ru=Украинская православная церковь Киевского патриархата|УПЦ КП{x}|Киевский патриархат	any=UOC-KP	country=UA	hq=Kyiv	kind=religious
org:uaoc	org	en=Ukrainian Autocephalous Orthodox Church	uk=Українська автокефальна православна церква|УАПЦ{x}	ru=Украинская автокефальная православная церковь|УАПЦ{x}	any=UAOC	country=UA	hq=Kyiv	kind=religious
org:ecumenical_patriarchate	org	en=Ecumenical Patriarchate of Constantinople	uk=Вселенський патріархат|Константинопольський патріархат|Вселенський патріархат Константинополя	ru=Вселенский патриархат|Константинопольский патриархат|Константинопольская православная церковь	any=Ecumenical Patriarchate	country=TR	hq=Istanbul	kind=religious
org:catholic_church	org	en=Catholic Church	uk=Католицька церква|Римо-католицька церква|Римсько-католицька церква|РКЦ{x}	ru=Католическая церковь|Римско-католическая церковь|РКЦ{x}	any=Catholic Church|Roman Catholic Church	hq=Vatican City	kind=religious
org:georgian_orthodox	org	en=Georgian Orthodox Church	uk=Грузинська православна церква	ru=Грузинская православная церковь	country=GE	hq=Tbilisi	kind=religious
org:serbian_orthodox	org	en=Serbian Orthodox Church	uk=Сербська православна церква	ru=Сербская православная церковь	country=RS	hq=Belgrade	kind=religious
org:romanian_orthodox	org	en=Romanian Orthodox Church	uk=Румунська православна церква	ru=Румынская православная церковь	country=RO	hq=Bucharest	kind=religious
org:church_of_greece	org	en=Church of Greece	uk=Елладська православна церква|Грецька православна церква	ru=Элладская православная церковь|Греческая православная церковь	country=GR	hq=Athens	kind=religious
org:armenian_apostolic	org	en=Armenian Apostolic Church	uk=Вірменська апостольська церква	ru=Армянская апостольская церковь	country=AM	hq=Vagharshapat	kind=religious
org:church_of_england	org	en=Church of England	uk=Церква Англії|Англіканська церква	ru=Церковь Англии|Англиканская церковь	any=Church of England	country=GB	hq=London	kind=religious
org:roc_ooc	org	en=Russian Orthodox Church Outside Russia	uk=Російська православна церква закордоном|РПЦЗ{x}	ru=Русская православная церковь заграницей|РПЦЗ{x}	any=ROCOR	country=US	hq=New York	kind=religious
org:jehovah	org	en=Jehovah's Witnesses	uk=Свідки Єгови{pl}	ru=Свидетели Иеговы{pl}	any=Jehovah's Witnesses	country=US	hq=Warwick	kind=religious
org:scientology	org	en=Church of Scientology	uk=Церква саєнтології	ru=Церковь саентологии	any=Church of Scientology	country=US	hq=Los Angeles	kind=religious
org:dum_rf	org	en=Spiritual Administration of Muslims of the Russian Federation	uk=Духовне управління мусульман Росії	ru=Духовное управление мусульман Российской Федерации|Духовное управление мусульман России|ДУМ РФ{x}|ДУМ России	country=RU	hq=Moscow	kind=religious
org:dumu	org	en=Spiritual Administration of Muslims of Ukraine	uk=Духовне управління мусульман України	ru=Духовное управление мусульман Украины	country=UA	hq=Kyiv	kind=religious
org:dum_crimea	org	en=Spiritual Administration of Muslims of Crimea	uk=Духовне управління мусульман Криму|ДУМК{x}	ru=Духовное управление мусульман Крыма|ДУМК{x}	country=UA	hq=Simferopol	kind=religious
org:vrc_ua	org	en=All-Ukrainian Council of Churches and Religious Organizations	uk=Всеукраїнська рада церков і релігійних організацій|ВРЦіРО{x}	ru=Всеукраинский совет церквей и религиозных организаций	country=UA	hq=Kyiv	kind=religious
org:kiev_pechersk_lavra	org	en=Kyiv Pechersk Lavra	uk=Києво-Печерська лавра|Києво-Печерська Лавра	ru=Киево-Печерская лавра|Киево-Печерская Лавра	any=Kyiv Pechersk Lavra	country=UA	hq=Kyiv	kind=monastery
org:holy_synod_rpc	org	en=Holy Synod of the Russian Orthodox Church	uk=Священний синод РПЦ|Синод РПЦ{x}	ru=Священный синод РПЦ|Синод РПЦ{x}|Священный синод Русской православной церкви	country=RU	hq=Moscow	kind=religious	parent=org:rpc
org:opus_dei	org	en=Opus Dei	uk=Опус Деї{x}	ru=Опус Деи{x}	any=Opus Dei	hq=Rome	kind=religious
org:jesuits	org	en=Society of Jesus	uk=Товариство Ісуса|Орден єзуїтів	ru=Общество Иисуса|Орден иезуитов	any=Society of Jesus	hq=Rome	kind=religious

# == Militant, terrorist and criminal groups ==
org:al_qaeda	org	en=al-Qaeda	uk=Аль-Каїда|Аль-Каіда|аль-Каїда	ru=Аль-Каида|аль-Каида|Аль-Кайда	any=al-Qaeda|Al-Qaeda|al-Qaida|Al Qaeda	kind=militant_group
org:aqap	org	en=Al-Qaeda in the Arabian Peninsula	uk=Аль-Каїда на Аравійському півострові	ru=Аль-Каида на Аравийском полуострове	any=AQAP	country=YE	kind=militant_group	parent=org:al_qaeda
org:nusra	org	en=al-Nusra Front	uk=Джабгат ан-Нусра|Фронт ан-Нусра	ru=Джабхат ан-Нусра|Фронт ан-Нусра|Джебхат ан-Нусра	any=al-Nusra Front|Jabhat al-Nusra	country=SY	kind=militant_group
org:hts	org	en=Hayat Tahrir al-Sham	uk=Хаят Тахрір аш-Шам|Хайят Тахрір аш-Шам|ХТШ{x}	ru=Хайят Тахрир аш-Шам|Хайат Тахрир аш-Шам|ХТШ{x}	any=Hayat Tahrir al-Sham|HTS	country=SY	kind=militant_group
org:boko_haram	org	en=Boko Haram	uk=Боко Харам{x}	ru=Боко Харам{x}	any=Boko Haram	country=NG	kind=militant_group
org:al_shabaab	org	en=al-Shabaab	uk=Аш-Шабаб{x}|Аль-Шабаб{x}	ru=Аш-Шабааб{x}|Аль-Шабаб{x}	any=al-Shabaab|Al-Shabaab	country=SO	kind=militant_group
org:houthis	org	en=Houthis|Ansar Allah	uk=Ансар Аллах{x}|рух хуситів	ru=Ансар Аллах{x}|движение хуситов	any=Ansar Allah	country=YE	hq=Sanaa	kind=militant_group
org:pkk	org	en=Kurdistan Workers' Party	uk=Робітнича партія Курдистану	ru=Рабочая партия Курдистана	any=PKK	country=TR	kind=militant_group
org:ypg	org	en=People's Protection Units	uk=Загони народної самооборони	ru=Отряды народной самообороны	any=YPG	country=SY	kind=militant_group
org:sdf_syria	org	en=Syrian Democratic Forces	uk=Сирійські демократичні сили{pl}	ru=Сирийские демократические силы{pl}	any=SDF	country=SY	kind=militant_group
org:fsa_syria	org	en=Free Syrian Army	uk=Вільна сирійська армія|ВСА{x}	ru=Свободная сирийская армия|ССА{x}	any=Free Syrian Army|FSA{ctx}	country=SY	kind=militant_group
org:eta_basque	org	en=ETA	any=ETA{ctx}	country=ES	kind=militant_group	note=dissolved in 2018
org:ira_ireland	org	en=Irish Republican Army	uk=Ірландська республіканська армія	ru=Ирландская республиканская армия	country=GB	kind=militant_group
org:farc	org	en=FARC	uk=ФАРК{x}|Революційні збройні сили Колумбії	ru=ФАРК{x}|Революционные вооруженные силы Колумбии	any=FARC	country=CO	kind=militant_group
org:pij	org	en=Palestinian Islamic Jihad	uk=Ісламський джихад|Палестинський ісламський джихад	ru=Исламский джихад|Палестинский исламский джихад	any=Islamic Jihad	country=PS	hq=Gaza	kind=militant_group
org:fatah	org	en=Fatah	uk=ФАТХ{x}	ru=ФАТХ{x}	any=Fatah	country=PS	hq=Ramallah	kind=party
org:plo	org	en=Palestine Liberation Organization	uk=Організація визволення Палестини|ОВП{x}	ru=Организация освобождения Палестины|ООП{x}	any=PLO	country=PS	hq=Ramallah	kind=party
org:pna	org	en=Palestinian National Authority	uk=Палестинська національна адміністрація|ПНА{x}	ru=Палестинская национальная администрация|ПНА{x}	any=Palestinian Authority	country=PS	hq=Ramallah	kind=government
org:hizb_ut_tahrir	org	en=Hizb ut-Tahrir	uk=Хізб ут-Тахрір{x}	ru=Хизб ут-Тахрир{x}	any=Hizb ut-Tahrir	kind=movement
org:caucasus_emirate	org	en=Caucasus Emirate	uk=Імарат Кавказ{x}	ru=Имарат Кавказ{x}	any=Caucasus Emirate	country=RU	kind=militant_group
org:aum_shinrikyo	org	en=Aum Shinrikyo	uk=Аум Сінрікьо{x}	ru=Аум Синрикё{x}|Аум Синрике{x}	any=Aum Shinrikyo	country=JP	kind=religious
org:cosa_nostra	org	en=Cosa Nostra	uk=Коза Ностра|Коза Ностри{x}	ru=Коза Ностра|Коза Ностры{x}|Коза Нострой{x}	any=Cosa Nostra	country=IT	hq=Palermo	kind=criminal_group
org:camorra	org	en=Camorra	uk=Каморра	ru=Каморра	any=Camorra	country=IT	hq=Naples	kind=criminal_group
org:ndrangheta	org	en='Ndrangheta	uk=Ндрангета	ru=Ндрангета	any='Ndrangheta|Ndrangheta	country=IT	kind=criminal_group
org:sinaloa	org	en=Sinaloa Cartel	uk=картель Сіналоа{x}|наркокартель Сіналоа{x}	ru=картель Синалоа{x}|наркокартель Синалоа{x}	any=Sinaloa Cartel	country=MX	kind=criminal_group
org:medellin	org	en=Medellín Cartel	uk=Медельїнський картель	ru=Медельинский картель	any=Medellín Cartel	country=CO	kind=criminal_group
org:gambino	org	en=Gambino crime family	uk=клан Гамбіно{x}|родина Гамбіно{x}	ru=клан Гамбино{x}|семья Гамбино{x}	any=Gambino family	country=US	hq=New York	kind=criminal_group
org:ms13	org	en=MS-13	any=MS-13|Mara Salvatrucha	country=US	kind=criminal_group
org:red_brigades	org	en=Red Brigades	uk=Червоні бригади{pl}	ru=Красные бригады{pl}	any=Brigate Rosse	country=IT	kind=militant_group
org:raf_de	org	en=Red Army Faction	uk=Фракція Червоної армії	ru=Фракция Красной армии	any=Rote Armee Fraktion	country=DE	kind=militant_group
org:anonymous	org	en=Anonymous (hacker group)	uk=хакерське угруповання Anonymous{x}	ru=хакерская группировка Anonymous{x}	kind=hacker_group
org:fancy_bear	org	en=Fancy Bear|APT28	any=Fancy Bear|APT28	country=RU	kind=hacker_group
org:sandworm	org	en=Sandworm (hacker group)	any=Sandworm{ctx}	country=RU	kind=hacker_group
