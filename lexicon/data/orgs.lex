# factum default lexicon: organizations (government bodies, international
# organizations, news agencies and media, parties, associations of cities,
# universities, think tanks, NGOs).
# Format: ID<TAB>TYPE<TAB>key=value... (see lexicon package docs).
# Names: en= canonical English name (first en is the output name); any= names
# matched as written in every language (abbreviations, Latin brand names);
# uk=/ru= nominative forms declined by the loader. Flags: {x} indeclinable,
# {ctx} ambiguous with a common word/place/person (needs context), {pl} plural.
# Attributes: country= ISO 3166-1 alpha-2 (absent for international bodies);
# hq= seat city (English name); kind= short tag; parent= id of the parent
# body; note= free text.
# IDs: Wikidata QID only where certain, else org:<slug>.
# More organizations, by topic: orgs-parties.lex (parties, movements),
# orgs-state.lex (courts, agencies, armed forces, other countries' ministries),
# orgs-intl.lex (international bodies, NGOs, think tanks, unions, churches,
# militant groups), orgs-media.lex, orgs-culture.lex, orgs-sports.lex.
# An org:<slug> equal to the transliteration of a common abbreviation (org:atp
# for АТП) would be joined to every unknown АТП: such ids get a suffix.


# == Universities and academies: Ukraine ==
org:knu	org	en=Taras Shevchenko National University of Kyiv	uk=Київський національний університет імені Тараса Шевченка|КНУ імені Тараса Шевченка|КНУ ім. Шевченка|КНУ{x}	ru=Киевский национальный университет имени Тараса Шевченко|КНУ имени Шевченко	any=KNU	country=UA	hq=Kyiv	kind=university
org:kpi	org	en=Igor Sikorsky Kyiv Polytechnic Institute	uk=Київський політехнічний інститут імені Ігоря Сікорського|КПІ ім. Ігоря Сікорського|КПІ{x}|Київська політехніка	ru=Киевский политехнический институт имени Игоря Сикорского|КПИ{x}	any=KPI{ctx}|Kyiv Polytechnic Institute	country=UA	hq=Kyiv	kind=university
org:kma	org	en=National University of Kyiv-Mohyla Academy|Kyiv-Mohyla Academy	uk=Національний університет Києво-Могилянська академія|Києво-Могилянська академія|НаУКМА|Могилянка	ru=Национальный университет Киево-Могилянская академия|Киево-Могилянская академия	any=NaUKMA	country=UA	hq=Kyiv	kind=university
org:lnu	org	en=Ivan Franko National University of Lviv	uk=Львівський національний університет імені Івана Франка|ЛНУ імені Івана Франка|ЛНУ ім. Франка	ru=Львовский национальный университет имени Ивана Франко	country=UA	hq=Lviv	kind=university
org:lpnu	org	en=Lviv Polytechnic National University|Lviv Polytechnic	uk=Національний університет Львівська політехніка|Львівська політехніка	ru=Национальный университет Львовская политехника|Львовская политехника	country=UA	hq=Lviv	kind=university
org:ucu	org	en=Ukrainian Catholic University	uk=Український католицький університет|УКУ{x}	ru=Украинский католический университет	any=UCU	country=UA	hq=Lviv	kind=university
org:karazin	org	en=V. N. Karazin Kharkiv National University	uk=Харківський національний університет імені В. Н. Каразіна|Каразінський університет|ХНУ імені Каразіна|ХНУ ім. Каразіна	ru=Харьковский национальный университет имени Каразина	country=UA	hq=Kharkiv	kind=university
org:khpi	org	en=National Technical University Kharkiv Polytechnic Institute	uk=Харківський політехнічний інститут|ХПІ{x}|НТУ ХПІ{x}	ru=Харьковский политехнический институт|ХПИ{x}	any=KhPI	country=UA	hq=Kharkiv	kind=university
org:onu	org	en=Odesa I. I. Mechnikov National University	uk=Одеський національний університет імені І. І. Мечникова|ОНУ ім. Мечникова	ru=Одесский национальный университет имени Мечникова	country=UA	hq=Odesa	kind=university
org:dnu	org	en=Oles Honchar Dnipro National University	uk=Дніпровський національний університет імені Олеся Гончара|ДНУ ім. Гончара	ru=Днепровский национальный университет имени Олеся Гончара	country=UA	hq=Dnipro	kind=university
org:bogomolets	org	en=Bogomolets National Medical University	uk=Національний медичний університет імені О. О. Богомольця|НМУ ім. Богомольця|медуніверситет імені Богомольця	ru=Национальный медицинский университет имени Богомольца	country=UA	hq=Kyiv	kind=university
org:kneu	org	en=Kyiv National Economic University	uk=Київський національний економічний університет імені Вадима Гетьмана|КНЕУ{x}	ru=Киевский национальный экономический университет|КНЭУ{x}	any=KNEU	country=UA	hq=Kyiv	kind=university
org:nau	org	en=National Aviation University	uk=Національний авіаційний університет|НАУ{x}	ru=Национальный авиационный университет|НАУ{x}	country=UA	hq=Kyiv	kind=university
org:knuba	org	en=Kyiv National University of Construction and Architecture	uk=Київський національний університет будівництва і архітектури|КНУБА{x}	ru=Киевский национальный университет строительства и архитектуры	country=UA	hq=Kyiv	kind=university
org:drahomanov	org	en=Ukrainian State Dragomanov University	uk=Український державний університет імені Михайла Драгоманова|НПУ імені Драгоманова|Драгоманівський університет	ru=Национальный педагогический университет имени Драгоманова	country=UA	hq=Kyiv	kind=university
org:kse	org	en=Kyiv School of Economics	uk=Київська школа економіки|КШЕ{x}	ru=Киевская школа экономики	any=KSE	country=UA	hq=Kyiv	kind=university
org:nanu	org	en=National Academy of Sciences of Ukraine	uk=Національна академія наук України|НАН України|НАНУ{x}	ru=Национальная академия наук Украины|НАН Украины	any=NASU	country=UA	hq=Kyiv	kind=academy

# == Universities and academies: Russia ==
org:msu	org	en=Lomonosov Moscow State University|Moscow State University	uk=Московський державний університет імені М. В. Ломоносова|Московський державний університет|МДУ{x}	ru=Московский государственный университет имени М. В. Ломоносова|Московский государственный университет|МГУ{x}|МГУ имени Ломоносова	any=MSU	country=RU	hq=Moscow	kind=university
org:spbu	org	en=Saint Petersburg State University	uk=Санкт-Петербурзький державний університет|СПбДУ	ru=Санкт-Петербургский государственный университет|СПбГУ	any=SPbU	country=RU	hq=Saint Petersburg	kind=university
org:mgimo	org	en=MGIMO|Moscow State Institute of International Relations	uk=МДІМВ{x}|Московський державний інститут міжнародних відносин	ru=МГИМО{x}|Московский государственный институт международных отношений	any=MGIMO	country=RU	hq=Moscow	kind=university
org:hse	org	en=HSE University|Higher School of Economics	uk=Вища школа економіки|ВШЕ{x}	ru=Высшая школа экономики|НИУ ВШЭ{x}|ВШЭ{x}	any=HSE	country=RU	hq=Moscow	kind=university
org:mipt	org	en=Moscow Institute of Physics and Technology	uk=Московський фізико-технічний інститут|МФТІ{x}	ru=Московский физико-технический институт|МФТИ{x}|Физтех	any=MIPT	country=RU	hq=Dolgoprudny	kind=university
org:bmstu	org	en=Bauman Moscow State Technical University	uk=МДТУ імені Баумана	ru=МГТУ имени Баумана|МГТУ им. Баумана|Бауманка	any=BMSTU	country=RU	hq=Moscow	kind=university
org:mephi	org	en=National Research Nuclear University MEPhI	uk=МІФІ{x}	ru=МИФИ{x}|НИЯУ МИФИ{x}	any=MEPhI	country=RU	hq=Moscow	kind=university
org:itmo	org	en=ITMO University	uk=Університет ІТМО	ru=Университет ИТМО|ИТМО{x}	any=ITMO	country=RU	hq=Saint Petersburg	kind=university
org:nsu	org	en=Novosibirsk State University	uk=Новосибірський державний університет|НДУ{x}	ru=Новосибирский государственный университет|НГУ{x}	any=NSU	country=RU	hq=Novosibirsk	kind=university
org:urfu	org	en=Ural Federal University	uk=Уральський федеральний університет|УрФУ	ru=Уральский федеральный университет|УрФУ	any=UrFU	country=RU	hq=Yekaterinburg	kind=university
org:kfu	org	en=Kazan Federal University	uk=Казанський федеральний університет	ru=Казанский федеральный университет|КФУ{x}	any=KFU	country=RU	hq=Kazan	kind=university
org:tsu	org	en=Tomsk State University	uk=Томський державний університет	ru=Томский государственный университет|ТГУ{x}	any=TSU	country=RU	hq=Tomsk	kind=university
org:ranepa	org	en=Russian Presidential Academy of National Economy and Public Administration	uk=РАНГоСП	ru=РАНХиГС|Российская академия народного хозяйства и государственной службы	any=RANEPA	country=RU	hq=Moscow	kind=university
org:fin_univ	org	en=Financial University under the Government of the Russian Federation	uk=Фінансовий університет при уряді РФ	ru=Финансовый университет при правительстве РФ|Финансовый университет при Правительстве Российской Федерации|Финуниверситет	country=RU	hq=Moscow	kind=university
org:skolkovo	org	en=Skolkovo Foundation|Skolkovo	uk=Сколково{x}|фонд Сколково	ru=Сколково{x}|фонд Сколково	any=Skolkovo	country=RU	hq=Moscow	kind=innovation_center

# == Universities: world ==
org:harvard	org	en=Harvard University	uk=Гарвард|Гарвардський університет	ru=Гарвард|Гарвардский университет	any=Harvard|Harvard University	country=US	hq=geonames:4931972	kind=university
org:mit	org	en=Massachusetts Institute of Technology	uk=Массачусетський технологічний інститут	ru=Массачусетский технологический институт	any=MIT|Massachusetts Institute of Technology	country=US	hq=geonames:4931972	kind=university
org:stanford	org	en=Stanford University	uk=Стенфордський університет|Стенфорд	ru=Стэнфордский университет|Стэнфорд	any=Stanford|Stanford University	country=US	hq=Stanford	kind=university
org:yale	org	en=Yale University	uk=Єльський університет	ru=Йельский университет	any=Yale|Yale University	country=US	hq=New Haven	kind=university
org:princeton	org	en=Princeton University	uk=Принстонський університет	ru=Принстонский университет	any=Princeton University	country=US	hq=Princeton	kind=university
org:columbia	org	en=Columbia University	uk=Колумбійський університет	ru=Колумбийский университет	any=Columbia University	country=US	hq=New York	kind=university
org:berkeley	org	en=University of California, Berkeley|UC Berkeley	uk=Каліфорнійський університет у Берклі	ru=Калифорнийский университет в Беркли	any=UC Berkeley	country=US	hq=Berkeley	kind=university
org:chicago_u	org	en=University of Chicago	uk=Чиказький університет	ru=Чикагский университет	any=University of Chicago	country=US	hq=Chicago	kind=university
org:johns_hopkins	org	en=Johns Hopkins University	uk=Університет Джонса Гопкінса	ru=Университет Джонса Хопкинса	any=Johns Hopkins University	country=US	hq=Baltimore	kind=university
org:oxford	org	en=University of Oxford|Oxford University	uk=Оксфордський університет|Оксфорд{ctx}	ru=Оксфордский университет|Оксфорд{ctx}	any=Oxford University|University of Oxford	country=GB	hq=Oxford	kind=university
org:cambridge	org	en=University of Cambridge|Cambridge University	uk=Кембриджський університет	ru=Кембриджский университет	any=Cambridge University|University of Cambridge	country=GB	hq=Cambridge	kind=university
org:lse	org	en=London School of Economics	uk=Лондонська школа економіки	ru=Лондонская школа экономики	any=London School of Economics|LSE	country=GB	hq=London	kind=university
org:imperial	org	en=Imperial College London	uk=Імперський коледж Лондона	ru=Имперский колледж Лондона	any=Imperial College London|Imperial College	country=GB	hq=London	kind=university
org:sorbonne	org	en=Sorbonne University|Sorbonne	uk=Сорбонна	ru=Сорбонна	any=Sorbonne|Sorbonne Université	country=FR	hq=Paris	kind=university
org:sciences_po	org	en=Sciences Po	any=Sciences Po	country=FR	hq=Paris	kind=university
org:eth	org	en=ETH Zurich	uk=Швейцарська вища технічна школа Цюриха	ru=Швейцарская высшая техническая школа Цюриха	any=ETH Zurich|ETH Zürich	country=CH	hq=Zurich	kind=university
org:humboldt	org	en=Humboldt University of Berlin	uk=Берлінський університет імені Гумбольдта	ru=Берлинский университет имени Гумбольдта	any=Humboldt University|Humboldt-Universität	country=DE	hq=Berlin	kind=university
org:tsinghua	org	en=Tsinghua University	uk=Університет Цінхуа{x}|Цінхуа{x}	ru=Университет Цинхуа{x}|Цинхуа{x}	any=Tsinghua University|Tsinghua	country=CN	hq=Beijing	kind=university
org:pku	org	en=Peking University	uk=Пекінський університет	ru=Пекинский университет	any=Peking University|PKU	country=CN	hq=Beijing	kind=university
org:fudan	org	en=Fudan University	uk=Університет Фудань	ru=Университет Фудань|Фуданьский университет	any=Fudan University	country=CN	hq=Shanghai	kind=university
org:zju	org	en=Zhejiang University	uk=Чжецзянський університет	ru=Чжэцзянский университет	any=Zhejiang University	country=CN	hq=Hangzhou	kind=university
org:jagiellonian	org	en=Jagiellonian University	uk=Ягеллонський університет	ru=Ягеллонский университет	any=Jagiellonian University|Uniwersytet Jagielloński	country=PL	hq=Kraków	kind=university
org:uw_pl	org	en=University of Warsaw	uk=Варшавський університет	ru=Варшавский университет	any=University of Warsaw|Uniwersytet Warszawski	country=PL	hq=Warsaw	kind=university
org:tampere_u	org	en=Tampere University	uk=Університет Тампере	ru=Университет Тампере	any=Tampere University	country=FI	hq=Tampere	kind=university
org:helsinki_u	org	en=University of Helsinki	uk=Гельсінський університет	ru=Хельсинкский университет	any=University of Helsinki	country=FI	hq=Helsinki	kind=university
org:tokyo_u	org	en=University of Tokyo	uk=Токійський університет	ru=Токийский университет	any=University of Tokyo	country=JP	hq=Tokyo	kind=university
org:nus	org	en=National University of Singapore	uk=Національний університет Сінгапуру	ru=Национальный университет Сингапура	any=National University of Singapore|NUS	country=SG	hq=Singapore	kind=university

# == Think tanks, pollsters, NGOs ==
org:brookings	org	en=Brookings Institution	uk=Інститут Брукінгса	ru=Институт Брукингса	any=Brookings Institution|Brookings	country=US	hq=Washington	kind=think_tank
org:carnegie	org	en=Carnegie Endowment for International Peace	uk=Фонд Карнегі	ru=Фонд Карнеги|Московский центр Карнеги	any=Carnegie Endowment|Carnegie Endowment for International Peace	country=US	hq=Washington	kind=think_tank
org:rand	org	en=RAND Corporation	uk=корпорація RAND{x}|РЕНД{x}	ru=корпорация RAND{x}|РЭНД{x}	any=RAND{ctx}|RAND Corporation	country=US	hq=Santa Monica	kind=think_tank
org:chatham_house	org	en=Chatham House	uk=Чатем-Хаус{x}	ru=Чатем-хаус{x}	any=Chatham House	country=GB	hq=London	kind=think_tank
org:atlantic_council	org	en=Atlantic Council	uk=Атлантична рада	ru=Атлантический совет	any=Atlantic Council	country=US	hq=Washington	kind=think_tank
org:csis	org	en=Center for Strategic and International Studies	uk=Центр стратегічних і міжнародних досліджень	ru=Центр стратегических и международных исследований	any=CSIS	country=US	hq=Washington	kind=think_tank
org:isw	org	en=Institute for the Study of War	uk=Інститут вивчення війни	ru=Институт изучения войны	any=ISW|Institute for the Study of War	country=US	hq=Washington	kind=think_tank
org:cfr	org	en=Council on Foreign Relations	uk=Рада з міжнародних відносин	ru=Совет по международным отношениям	any=CFR	country=US	hq=New York	kind=think_tank
org:iiss	org	en=International Institute for Strategic Studies	uk=Міжнародний інститут стратегічних досліджень	ru=Международный институт стратегических исследований	any=IISS	country=GB	hq=London	kind=think_tank
org:sipri	org	en=Stockholm International Peace Research Institute	uk=Стокгольмський міжнародний інститут досліджень проблем миру	ru=Стокгольмский институт исследования проблем мира|СИПРИ{x}	any=SIPRI	country=SE	hq=Stockholm	kind=think_tank
org:razumkov	org	en=Razumkov Centre	uk=Центр Разумкова	ru=Центр Разумкова	any=Razumkov Centre	country=UA	hq=Kyiv	kind=think_tank
org:kiis	org	en=Kyiv International Institute of Sociology	uk=Київський міжнародний інститут соціології|КМІС{x}	ru=Киевский международный институт социологии|КМИС{x}	any=KIIS	country=UA	hq=Kyiv	kind=pollster
org:rating_group	org	en=Rating Sociological Group	uk=соціологічна група Рейтинг	ru=социологическая группа Рейтинг	any=Rating Group	country=UA	hq=Kyiv	kind=pollster
org:dif	org	en=Ilko Kucheriv Democratic Initiatives Foundation	uk=Фонд Демократичні ініціативи|Фонд Демократичні ініціативи імені Ілька Кучеріва	ru=Фонд Демократические инициативы	country=UA	hq=Kyiv	kind=think_tank
org:gallup	org	en=Gallup	uk=Геллап	ru=Гэллап	any=Gallup	country=US	hq=Washington	kind=pollster
org:pew	org	en=Pew Research Center	any=Pew Research Center	country=US	hq=Washington	kind=think_tank
org:transparency	org	en=Transparency International	uk=Трансперенсі Інтернешнл{x}	ru=Трансперенси Интернешнл{x}	any=Transparency International	country=DE	hq=Berlin	kind=ngo
org:ti_ua	org	en=Transparency International Ukraine	any=Transparency International Ukraine	country=UA	hq=Kyiv	kind=ngo
org:amnesty	org	en=Amnesty International	uk=Амністі Інтернешнл{x}|Міжнародна амністія	ru=Международная амнистия	any=Amnesty International|Amnesty{ctx}	country=GB	hq=London	kind=ngo
org:hrw	org	en=Human Rights Watch	uk=Х'юман Райтс Вотч{x}|Г'юман Райтс Вотч{x}	ru=Хьюман Райтс Вотч{x}	any=Human Rights Watch|HRW	country=US	hq=New York	kind=ngo
org:greenpeace	org	en=Greenpeace	uk=Грінпіс	ru=Гринпис	any=Greenpeace	country=NL	hq=Amsterdam	kind=ngo
org:wwf	org	en=World Wide Fund for Nature	uk=Всесвітній фонд природи	ru=Всемирный фонд дикой природы	any=WWF	country=CH	hq=Gland	kind=ngo
org:msf	org	en=Médecins Sans Frontières|Doctors Without Borders	uk=Лікарі без кордонів	ru=Врачи без границ	any=MSF|Doctors Without Borders	country=CH	hq=Geneva	kind=ngo
org:rsf	org	en=Reporters Without Borders	uk=Репортери без кордонів	ru=Репортеры без границ	any=RSF|Reporters Without Borders	country=FR	hq=Paris	kind=ngo
org:memorial	org	en=Memorial (society)	uk=товариство Меморіал	ru=общество «Мемориал»|Мемориал{ctx}	country=RU	hq=Moscow	kind=ngo
org:bellingcat	org	en=Bellingcat	uk=Беллінгкет	ru=Беллингкэт	any=Bellingcat	country=NL	hq=Amsterdam	kind=ngo
org:come_back_alive	org	en=Come Back Alive Foundation	uk=фонд Повернись живим|Повернись живим	ru=фонд Вернись живым	any=Come Back Alive	country=UA	hq=Kyiv	kind=charity
org:prytula	org	en=Serhiy Prytula Charity Foundation	uk=Благодійний фонд Сергія Притули|фонд Притули	ru=фонд Притулы	country=UA	hq=Kyiv	kind=charity
org:united24	org	en=United24	any=UNITED24|United24	country=UA	hq=Kyiv	kind=charity	note=state fundraising platform
org:gates_foundation	org	en=Bill & Melinda Gates Foundation|Gates Foundation	uk=Фонд Білла і Мелінди Гейтс|Фонд Гейтсів	ru=Фонд Билла и Мелинды Гейтс	any=Gates Foundation	country=US	hq=Seattle	kind=charity

# == Religious organizations ==
org:ocu	org	en=Orthodox Church of Ukraine	uk=Православна церква України|ПЦУ{x}	ru=Православная церковь Украины|ПЦУ{x}	any=OCU	country=UA	hq=Kyiv	kind=religious
org:uoc_mp	org	en=Ukrainian Orthodox Church (Moscow Patriarchate)	uk=Українська православна церква Московського патріархату|УПЦ МП{x}|УПЦ{x}	ru=Украинская православная церковь Московского патриархата|УПЦ МП{x}|УПЦ{x}	any=UOC-MP	country=UA	hq=Kyiv	kind=religious
org:ugcc	org	en=Ukrainian Greek Catholic Church	uk=Українська греко-католицька церква|УГКЦ{x}	ru=Украинская греко-католическая церковь|УГКЦ{x}	any=UGCC	country=UA	hq=Kyiv	kind=religious

# == United States: government ==
org:white_house	org	en=White House	uk=Білий дім	ru=Белый дом{ctx}	any=White House	country=US	hq=Washington	kind=executive	note=ru Белый дом also names the Russian government building
org:state_dept	org	en=United States Department of State|US State Department|State Department	uk=Державний департамент США|Держдепартамент США|Держдеп США|Держдеп	ru=Государственный департамент США|Госдепартамент США|Госдеп США|Госдеп	country=US	hq=Washington	kind=ministry
org:pentagon	org	en=Pentagon|United States Department of Defense|US Department of Defense	uk=Пентагон|Міністерство оборони США|Міноборони США	ru=Пентагон|Министерство обороны США|Минобороны США	any=DoD	country=US	hq=Arlington	kind=ministry
org:us_treasury	org	en=United States Department of the Treasury|US Treasury	uk=Міністерство фінансів США|Мінфін США	ru=Министерство финансов США|Минфин США	country=US	hq=Washington	kind=ministry
org:us_commerce	org	en=United States Department of Commerce|US Commerce Department	uk=Міністерство торгівлі США|Мінторгівлі США	ru=Министерство торговли США|Минторг США	country=US	hq=Washington	kind=ministry
org:us_energy	org	en=United States Department of Energy	uk=Міністерство енергетики США|Міненерго США	ru=Министерство энергетики США|Минэнерго США	country=US	hq=Washington	kind=ministry
org:us_justice	org	en=United States Department of Justice|US Justice Department	uk=Міністерство юстиції США|Мін'юст США|Мін’юст США	ru=Министерство юстиции США|Минюст США	any=DOJ	country=US	hq=Washington	kind=ministry
org:us_dhs	org	en=Department of Homeland Security	uk=Міністерство внутрішньої безпеки США	ru=Министерство внутренней безопасности США	any=DHS	country=US	hq=Washington	kind=ministry
org:us_congress	org	en=United States Congress|US Congress|Congress{ctx}	uk=Конгрес США|Конгрес{ctx}	ru=Конгресс США|Конгресс{ctx}	country=US	hq=Washington	kind=parliament
org:us_senate	org	en=United States Senate|US Senate	uk=Сенат США|Сенат{ctx}	ru=Сенат США|Сенат{ctx}	country=US	hq=Washington	kind=parliament	parent=org:us_congress
org:us_house	org	en=United States House of Representatives|US House of Representatives|House of Representatives	uk=Палата представників США|Палата представників Конгресу США|Палата представників	ru=Палата представителей США|Палата представителей Конгресса США|Палата представителей|Палата представителей Конгресса|палата представителей|палата представителей Конгресса	country=US	hq=Washington	kind=parliament	parent=org:us_congress
org:scotus	org	en=Supreme Court of the United States|US Supreme Court	uk=Верховний суд США|Верховний суд	ru=Верховный суд США|Верховный суд	any=SCOTUS	country=US	hq=Washington	kind=court
org:fed	org	en=Federal Reserve|Federal Reserve System|US Federal Reserve	uk=Федеральна резервна система|ФРС{x}|ФРС США{x}	ru=Федеральная резервная система|ФРС{x}|ФРС США{x}	any=Fed{ctx}	country=US	hq=Washington	kind=central_bank
org:cia	org	en=Central Intelligence Agency	uk=Центральне розвідувальне управління|ЦРУ{x}	ru=Центральное разведывательное управление|ЦРУ{x}	any=CIA	country=US	kind=intelligence
org:fbi	org	en=Federal Bureau of Investigation	uk=Федеральне бюро розслідувань|ФБР{x}	ru=Федеральное бюро расследований|ФБР{x}	any=FBI	country=US	hq=Washington	kind=law_enforcement
org:nsa	org	en=National Security Agency	uk=Агентство національної безпеки США|АНБ{x}	ru=Агентство национальной безопасности США|АНБ{x}	any=NSA	country=US	hq=Fort Meade	kind=intelligence
org:nasa	org	en=NASA	uk=НАСА{x}|Національне управління з аеронавтики і дослідження космічного простору	ru=НАСА{x}|Национальное управление по аэронавтике и исследованию космического пространства	any=NASA	country=US	hq=Washington	kind=agency
org:usaid	org	en=USAID|United States Agency for International Development	uk=Агентство США з міжнародного розвитку	ru=Агентство США по международному развитию	any=USAID	country=US	hq=Washington	kind=agency
org:sec	org	en=Securities and Exchange Commission|US Securities and Exchange Commission	uk=Комісія з цінних паперів і бірж США	ru=Комиссия по ценным бумагам и биржам США	any=SEC{ctx}	country=US	hq=Washington	kind=regulator
org:ustr	org	en=Office of the United States Trade Representative	uk=Торговий представник США	ru=Торговое представительство США	any=USTR	country=US	hq=Washington	kind=agency
org:nsc_us	org	en=United States National Security Council	uk=Рада національної безпеки США	ru=Совет национальной безопасности США	country=US	hq=Washington	kind=security
org:democratic_party	org	en=Democratic Party	uk=Демократична партія США|Демократична партія|Демпартія|Демократична партія Сполучених Штатів	ru=Демократическая партия США|Демократическая партия|Демпартия|Демократическая партия Соединенных Штатов	any=Democratic Party	country=US	hq=Washington	kind=party
org:republican_party	org	en=Republican Party	uk=Республіканська партія США|Республіканська партія|Республіканська партія Сполучених Штатів	ru=Республиканская партия США|Республиканская партия|Республиканская партия Соединенных Штатов	any=Republican Party|GOP	country=US	hq=Washington	kind=party

# == United Kingdom ==
org:uk_govt	org	en=Government of the United Kingdom|UK government|British government	uk=уряд Великої Британії|британський уряд	ru=правительство Великобритании|британское правительство	country=GB	hq=London	kind=government
org:downing_street	org	en=Downing Street	uk=Даунінг-стріт{x}	ru=Даунинг-стрит{x}	any=Downing Street|Number 10	country=GB	hq=London	kind=executive
org:fcdo	org	en=Foreign, Commonwealth and Development Office|Foreign Office	uk=Міністерство закордонних справ Великої Британії|МЗС Великої Британії|Форін-офіс|МЗС Британії|Міністерство закордонних справ Британії	ru=МИД Великобритании|Форин-офис|Министерство иностранных дел Великобритании|МИД Британии|Министерство иностранных дел Британии	any=FCDO	country=GB	hq=London	kind=ministry
org:uk_mod	org	en=Ministry of Defence (UK)|UK Ministry of Defence	uk=Міністерство оборони Великої Британії|Міноборони Великої Британії|Міноборони Британії	ru=Министерство обороны Великобритании|Минобороны Великобритании	country=GB	hq=London	kind=ministry
org:uk_parliament	org	en=Parliament of the United Kingdom|UK Parliament|British Parliament	uk=парламент Великої Британії|британський парламент	ru=парламент Великобритании|британский парламент	country=GB	hq=London	kind=parliament
org:house_of_commons	org	en=House of Commons	uk=Палата громад	ru=Палата общин	any=House of Commons	country=GB	hq=London	kind=parliament	parent=org:uk_parliament
org:house_of_lords	org	en=House of Lords	uk=Палата лордів	ru=Палата лордов	any=House of Lords	country=GB	hq=London	kind=parliament	parent=org:uk_parliament
org:mi6	org	en=Secret Intelligence Service|MI6	uk=Секретна служба розвідки Великої Британії	ru=Секретная разведывательная служба Великобритании|МИ-6{x}	any=MI6	country=GB	hq=London	kind=intelligence
org:boe	org	en=Bank of England	uk=Банк Англії	ru=Банк Англии	any=Bank of England	country=GB	hq=London	kind=central_bank
org:conservative_uk	org	en=Conservative Party (UK)|Conservative Party	uk=Консервативна партія Великої Британії|Консервативна партія|Консервативна партія Британії	ru=Консервативная партия Великобритании|Консервативная партия|Консервативная партия Британии	any=Tories{ctx}	country=GB	hq=London	kind=party
org:labour_uk	org	en=Labour Party (UK)|Labour Party	uk=Лейбористська партія|Лейбористська партія Великої Британії	ru=Лейбористская партия|Лейбористская партия Великобритании	any=Labour{ctx}	country=GB	hq=London	kind=party

# == Germany ==
org:bundestag	org	en=Bundestag	uk=Бундестаг	ru=Бундестаг	any=Bundestag	country=DE	hq=Berlin	kind=parliament
org:bundesrat	org	en=Bundesrat	uk=Бундесрат	ru=Бундесрат	any=Bundesrat	country=DE	hq=Berlin	kind=parliament
org:bundesregierung	org	en=Federal Government of Germany|German government	uk=уряд Німеччини|німецький уряд|федеральний уряд Німеччини	ru=правительство Германии|федеральное правительство Германии	country=DE	hq=Berlin	kind=government
org:kanzleramt	org	en=German Chancellery|Federal Chancellery	uk=Федеральна канцелярія Німеччини|Відомство федерального канцлера	ru=Ведомство федерального канцлера|Федеральная канцелярия Германии	country=DE	hq=Berlin	kind=executive
org:auswaertiges_amt	org	en=Federal Foreign Office|German Foreign Ministry	uk=МЗС Німеччини|Міністерство закордонних справ Німеччини|МЗС ФРН|Міністерство закордонних справ ФРН	ru=МИД Германии|Министерство иностранных дел Германии|МИД ФРГ|Министерство иностранных дел ФРГ	any=Auswärtiges Amt	country=DE	hq=Berlin	kind=ministry
org:bundeswehr	org	en=Bundeswehr	uk=Бундесвер	ru=Бундесвер	any=Bundeswehr	country=DE	hq=Berlin	kind=military
org:bundesbank	org	en=Deutsche Bundesbank|Bundesbank	uk=Бундесбанк	ru=Бундесбанк	any=Bundesbank	country=DE	hq=Frankfurt	kind=central_bank
org:bnd	org	en=Federal Intelligence Service (Germany)	uk=Федеральна розвідувальна служба Німеччини|БНД{x}	ru=Федеральная разведывательная служба Германии|БНД{x}	any=BND	country=DE	hq=Berlin	kind=intelligence
org:cdu	org	en=Christian Democratic Union of Germany	uk=ХДС{x}|Християнсько-демократичний союз	ru=ХДС{x}|Христианско-демократический союз	any=CDU	country=DE	hq=Berlin	kind=party
org:csu	org	en=Christian Social Union in Bavaria	uk=ХСС{x}|Християнсько-соціальний союз	ru=ХСС{x}|Христианско-социальный союз	any=CSU	country=DE	hq=Munich	kind=party
org:spd	org	en=Social Democratic Party of Germany	uk=СДПН{x}|Соціал-демократична партія Німеччини	ru=СДПГ{x}|Социал-демократическая партия Германии	any=SPD	country=DE	hq=Berlin	kind=party
org:greens_de	org	en=Alliance 90/The Greens	uk=партія Союз 90/Зелені	ru=партия Союз 90/Зеленые	any=Bündnis 90/Die Grünen	country=DE	hq=Berlin	kind=party
org:fdp	org	en=Free Democratic Party (Germany)	uk=ВДП{x}|Вільна демократична партія	ru=СвДП|Свободная демократическая партия	any=FDP	country=DE	hq=Berlin	kind=party
org:afd	org	en=Alternative for Germany	uk=Альтернатива для Німеччини|АдН	ru=Альтернатива для Германии|АдГ	any=AfD	country=DE	hq=Berlin	kind=party

# == France ==
org:elysee	org	en=Élysée Palace	uk=Єлисейський палац	ru=Елисейский дворец	any=Élysée|Elysee|Élysée Palace	country=FR	hq=Paris	kind=executive
org:quai_dorsay	org	en=Ministry for Europe and Foreign Affairs (France)|French Foreign Ministry	uk=МЗС Франції|Міністерство закордонних справ Франції	ru=МИД Франции|Министерство иностранных дел Франции|Кэ д'Орсе{x}	any=Quai d'Orsay	country=FR	hq=Paris	kind=ministry
org:assemblee_nationale	org	en=National Assembly of France|French National Assembly	uk=Національні збори Франції	ru=Национальное собрание Франции	any=Assemblée nationale	country=FR	hq=Paris	kind=parliament
org:senat_fr	org	en=French Senate	uk=Сенат Франції|Сенат{ctx}	ru=Сенат Франции|Сенат{ctx}	country=FR	hq=Paris	kind=parliament
org:rn_fr	org	en=National Rally	uk=Національне об'єднання|Національне об’єднання|Національний фронт Франції|Національний фронт{ctx}	ru=Национальное объединение|Национальный фронт|Национальный фронт Франции	any=Rassemblement National|Rassemblement national|Front National|Front national	country=FR	hq=Paris	kind=party
org:renaissance_fr	org	en=Renaissance (French party)	uk=партія Відродження	ru=партия Возрождение	country=FR	hq=Paris	kind=party

# == China ==
org:state_council_cn	org	en=State Council of the People's Republic of China|State Council of China	uk=Державна рада КНР|Держрада КНР|Державна рада Китаю	ru=Государственный совет КНР|Госсовет КНР|Госсовет Китая	country=CN	hq=Beijing	kind=government
org:mfa_cn	org	en=Ministry of Foreign Affairs of China|Chinese Foreign Ministry	uk=МЗС Китаю|МЗС КНР{x}|Міністерство закордонних справ КНР|Міністерство закордонних справ Китаю	ru=МИД Китая|МИД КНР{x}|Министерство иностранных дел КНР|Министерство иностранных дел Китая	country=CN	hq=Beijing	kind=ministry
org:mofcom	org	en=Ministry of Commerce of China	uk=Міністерство комерції КНР|Мінкомерції КНР	ru=Министерство коммерции КНР|Минкоммерции КНР|Минкоммерции Китая	any=MOFCOM	country=CN	hq=Beijing	kind=ministry
org:mnd_cn	org	en=Ministry of National Defense of China	uk=Міністерство оборони КНР|Міноборони КНР|Міноборони Китаю	ru=Министерство обороны КНР|Минобороны КНР|Минобороны Китая	country=CN	hq=Beijing	kind=ministry
org:npc	org	en=National People's Congress	uk=Всекитайські збори народних представників|ВЗНП{x}	ru=Всекитайское собрание народных представителей|ВСНП{x}	any=NPC	country=CN	hq=Beijing	kind=parliament
org:cpc	org	en=Communist Party of China|Chinese Communist Party	uk=Комуністична партія Китаю|КПК{x}	ru=Коммунистическая партия Китая|КПК{x}	any=CPC|CCP	country=CN	hq=Beijing	kind=party
org:pboc	org	en=People's Bank of China	uk=Народний банк Китаю	ru=Народный банк Китая	any=PBOC|PBoC	country=CN	hq=Beijing	kind=central_bank
org:ndrc	org	en=National Development and Reform Commission	uk=Державний комітет з розвитку та реформ КНР	ru=Государственный комитет по делам развития и реформ КНР|Госкомитет по делам развития и реформ КНР	any=NDRC	country=CN	hq=Beijing	kind=agency
org:pla	org	en=People's Liberation Army	uk=Народно-визвольна армія Китаю|НВАК{x}	ru=Народно-освободительная армия Китая|НОАК{x}	any=PLA	country=CN	hq=Beijing	kind=military

# == Poland, Turkey, other European governments ==
org:sejm	org	en=Sejm	uk=Сейм Польщі|Сейм{ctx}	ru=Сейм Польши|Сейм{ctx}	any=Sejm	country=PL	hq=Warsaw	kind=parliament
org:msz_pl	org	en=Ministry of Foreign Affairs of Poland	uk=МЗС Польщі|Міністерство закордонних справ Польщі	ru=МИД Польши|Министерство иностранных дел Польши	any=MSZ	country=PL	hq=Warsaw	kind=ministry
org:pis	org	en=Law and Justice	uk=партія Право і справедливість	ru=партия Право и справедливость	any=PiS|Prawo i Sprawiedliwość	country=PL	hq=Warsaw	kind=party
org:ko_pl	org	en=Civic Coalition	uk=Громадянська платформа|Громадянська коаліція	ru=Гражданская платформа|Гражданская коалиция	any=Koalicja Obywatelska|Platforma Obywatelska	country=PL	hq=Warsaw	kind=party
org:tbmm	org	en=Grand National Assembly of Turkey	uk=Велике національне зібрання Туреччини|парламент Туреччини	ru=Великое национальное собрание Турции|парламент Турции	any=TBMM	country=TR	hq=Ankara	kind=parliament
org:mfa_tr	org	en=Ministry of Foreign Affairs of Turkey	uk=МЗС Туреччини|Міністерство закордонних справ Туреччини	ru=МИД Турции|Министерство иностранных дел Турции	country=TR	hq=Ankara	kind=ministry
org:akp	org	en=Justice and Development Party	uk=Партія справедливості та розвитку	ru=Партия справедливости и развития|ПСР{x}	any=AKP|AK Party	country=TR	hq=Ankara	kind=party
org:mfa_kz	org	en=Ministry of Foreign Affairs of Kazakhstan	uk=МЗС Казахстану	ru=МИД Казахстана	country=KZ	hq=Astana	kind=ministry
org:mfa_by	org	en=Ministry of Foreign Affairs of Belarus	uk=МЗС Білорусі	ru=МИД Беларуси|МИД Белоруссии	country=BY	hq=Minsk	kind=ministry
org:knesset	org	en=Knesset	uk=Кнесет	ru=Кнессет	any=Knesset	country=IL	hq=Jerusalem	kind=parliament
org:idf	org	en=Israel Defense Forces	uk=Армія оборони Ізраїлю|ЦАХАЛ{x}	ru=Армия обороны Израиля|ЦАХАЛ{x}	any=IDF	country=IL	hq=Tel Aviv	kind=military
org:hamas	org	en=Hamas	uk=ХАМАС{x}	ru=ХАМАС{x}	any=Hamas	country=PS	hq=Gaza	kind=militant_group
org:hezbollah	org	en=Hezbollah	uk=Хезболла	ru=Хезболла|Хизбалла	any=Hezbollah	country=LB	hq=Beirut	kind=militant_group
org:irgc	org	en=Islamic Revolutionary Guard Corps	uk=Корпус вартових ісламської революції|КВІР{x}	ru=Корпус стражей исламской революции|КСИР{x}	any=IRGC	country=IR	hq=Tehran	kind=military
org:taliban	org	en=Taliban	uk=Талібан	ru=Талибан	any=Taliban	country=AF	hq=Kabul	kind=militant_group
org:isis	org	en=Islamic State|ISIS|ISIL	uk=Ісламська держава|ІДІЛ{x}	ru=Исламское государство|ИГИЛ{x}	any=ISIS|ISIL	kind=militant_group

# == Ukraine: parties ==
org:sluha_narodu	org	en=Servant of the People	uk=Слуга народу|партія Слуга народу	ru=Слуга народа|партия Слуга народа	country=UA	hq=Kyiv	kind=party
org:yes_party	org	en=European Solidarity	uk=Європейська солідарність|Європейської солідарності{x}|Європейській солідарності{x}|Євросолідарність{x}|Євросолідарності{x}|Євросолідарністю{x}	ru=Европейская солидарность|Евросолидарность	country=UA	hq=Kyiv	kind=party
org:batkivshchyna	org	en=Batkivshchyna	uk=Батьківщина{ctx}|ВО Батьківщина	ru=Батькивщина	any=Batkivshchyna	country=UA	hq=Kyiv	kind=party
org:holos	org	en=Holos	uk=партія Голос	ru=партия Голос	country=UA	hq=Kyiv	kind=party
org:opzzh	org	en=Opposition Platform — For Life	uk=Опозиційна платформа — За життя|ОПЗЖ{x}	ru=Оппозиционная платформа — За жизнь|ОПЗЖ{x}	country=UA	hq=Kyiv	kind=party	note=banned in 2022
org:svoboda	org	en=Svoboda	uk=ВО Свобода|Всеукраїнське об'єднання Свобода|Всеукраїнське об’єднання Свобода	ru=ВО Свобода	country=UA	hq=Kyiv	kind=party
org:za_maybutnie	org	en=For the Future	uk=партія За майбутнє|За майбутнє{ctx}	country=UA	hq=Kyiv	kind=party

# == International organizations ==
Q458	org	en=European Union	uk=Європейський Союз|Європейський союз|Євросоюз|ЄС{x}	ru=Европейский союз|Евросоюз|ЕС{x}	any=EU	hq=Brussels	kind=international
Q1065	org	en=United Nations	uk=Організація Об'єднаних Націй|Організація Об’єднаних Націй|ООН{x}	ru=Организация Объединенных Наций|Организация Объединённых Наций|ООН{x}	any=UN|U.N.	hq=New York	kind=international
org:unsc	org	en=United Nations Security Council|UN Security Council	uk=Рада Безпеки ООН|Радбез ООН|РБ ООН{x}|Рада безпеки|Рада Безпеки	ru=Совет Безопасности ООН|Совбез ООН|СБ ООН{x}|Совет безопасности|Совет Безопасности	any=UNSC	hq=New York	kind=international	parent=Q1065
org:unga	org	en=United Nations General Assembly|UN General Assembly	uk=Генеральна Асамблея ООН|Генасамблея ООН	ru=Генеральная Ассамблея ООН|Генассамблея ООН	any=UNGA	hq=New York	kind=international	parent=Q1065
Q7184	org	en=NATO|North Atlantic Treaty Organization	uk=Організація Північноатлантичного договору|Північноатлантичний альянс|НАТО{x}	ru=Организация Североатлантического договора|Североатлантический альянс|НАТО{x}	any=NATO|OTAN	hq=Brussels	kind=military_alliance
Q7809	org	en=UNESCO	uk=ЮНЕСКО{x}	ru=ЮНЕСКО{x}	any=UNESCO	hq=Paris	kind=international	parent=Q1065
org:unicef	org	en=UNICEF	uk=ЮНІСЕФ{x}|Дитячий фонд ООН	ru=ЮНИСЕФ{x}|Детский фонд ООН	any=UNICEF	hq=New York	kind=international	parent=Q1065
org:undp	org	en=United Nations Development Programme|UN Development Programme	uk=Програма розвитку ООН|ПРООН{x}	ru=Программа развития ООН|ПРООН{x}	any=UNDP	hq=New York	kind=international	parent=Q1065
org:unhcr	org	en=UNHCR|UN Refugee Agency	uk=Управління ООН у справах біженців|УВКБ ООН{x}	ru=Управление ООН по делам беженцев|УВКБ ООН{x}	any=UNHCR	hq=Geneva	kind=international	parent=Q1065
org:wfp	org	en=World Food Programme	uk=Всесвітня продовольча програма|ВПП ООН{x}	ru=Всемирная продовольственная программа|ВПП ООН{x}	any=WFP	hq=Rome	kind=international	parent=Q1065
org:fao	org	en=Food and Agriculture Organization	uk=Продовольча та сільськогосподарська організація ООН|ФАО{x}	ru=Продовольственная и сельскохозяйственная организация ООН|ФАО{x}	any=FAO	hq=Rome	kind=international	parent=Q1065
org:ohchr	org	en=UN Human Rights Office|Office of the United Nations High Commissioner for Human Rights	uk=Управління Верховного комісара ООН з прав людини|УВКПЛ ООН{x}	ru=Управление верховного комиссара ООН по правам человека|УВКПЧ ООН{x}	any=OHCHR	hq=Geneva	kind=international	parent=Q1065
org:unep	org	en=United Nations Environment Programme	uk=Програма ООН з навколишнього середовища|ЮНЕП{x}	ru=Программа ООН по окружающей среде|ЮНЕП{x}	any=UNEP	hq=Nairobi	kind=international	parent=Q1065
org:un_habitat	org	en=UN-Habitat	uk=ООН-Хабітат	ru=ООН-Хабитат	any=UN-Habitat	hq=Nairobi	kind=international	parent=Q1065
org:unido	org	en=United Nations Industrial Development Organization	uk=ЮНІДО{x}	ru=ЮНИДО{x}	any=UNIDO	hq=Vienna	kind=international	parent=Q1065
org:ocha	org	en=UN Office for the Coordination of Humanitarian Affairs	uk=Управління ООН з координації гуманітарних справ|УКГС ООН{x}	ru=Управление ООН по координации гуманитарных вопросов|УКГВ ООН{x}	any=OCHA	hq=New York	kind=international	parent=Q1065
org:unwto	org	en=UN Tourism|World Tourism Organization	uk=Всесвітня туристична організація|ЮНВТО{x}	ru=Всемирная туристская организация|ЮНВТО{x}	any=UNWTO	hq=Madrid	kind=international
org:ilo	org	en=International Labour Organization	uk=Міжнародна організація праці|МОП{x}	ru=Международная организация труда|МОТ{x}	any=ILO	hq=Geneva	kind=international
Q7817	org	en=World Health Organization	uk=Всесвітня організація охорони здоров'я|Всесвітня організація охорони здоров’я|ВООЗ{x}	ru=Всемирная организация здравоохранения|ВОЗ{x}	any=WHO{ctx}	hq=Geneva	kind=international
Q7825	org	en=World Trade Organization	uk=Світова організація торгівлі|СОТ{x}	ru=Всемирная торговая организация|ВТО{x}	any=WTO	hq=Geneva	kind=international
Q7804	org	en=International Monetary Fund	uk=Міжнародний валютний фонд|МВФ{x}	ru=Международный валютный фонд|МВФ{x}	any=IMF	hq=Washington	kind=international
Q7164	org	en=World Bank|World Bank Group	uk=Світовий банк|Група Світового банку	ru=Всемирный банк|Группа Всемирного банка	hq=Washington	kind=international
org:ifc	org	en=International Finance Corporation	uk=Міжнародна фінансова корпорація|МФК{x}	ru=Международная финансовая корпорация|МФК{x}	any=IFC	hq=Washington	kind=international	parent=Q7164
org:ebrd	org	en=European Bank for Reconstruction and Development	uk=Європейський банк реконструкції та розвитку|ЄБРР{x}	ru=Европейский банк реконструкции и развития|ЕБРР{x}	any=EBRD	hq=London	kind=international
org:eib	org	en=European Investment Bank	uk=Європейський інвестиційний банк|ЄІБ{x}	ru=Европейский инвестиционный банк|ЕИБ{x}	any=EIB	hq=Luxembourg	kind=international	parent=Q458
org:aiib	org	en=Asian Infrastructure Investment Bank	uk=Азійський банк інфраструктурних інвестицій|АБІІ{x}	ru=Азиатский банк инфраструктурных инвестиций|АБИИ{x}	any=AIIB	hq=Beijing	kind=international
org:adb	org	en=Asian Development Bank	uk=Азійський банк розвитку|АБР{x}	ru=Азиатский банк развития|АБР{x}	any=ADB	hq=Manila	kind=international
org:ndb	org	en=New Development Bank|BRICS Bank	uk=Новий банк розвитку|Банк БРІКС	ru=Новый банк развития|Банк БРИКС	any=NDB	hq=Shanghai	kind=international
org:eabr	org	en=Eurasian Development Bank	uk=Євразійський банк розвитку	ru=Евразийский банк развития|ЕАБР{x}	hq=Almaty	kind=international
org:bis	org	en=Bank for International Settlements	uk=Банк міжнародних розрахунків	ru=Банк международных расчетов|Банк международных расчётов|БМР{x}	any=BIS	hq=Basel	kind=international
org:oecd	org	en=Organisation for Economic Co-operation and Development|OECD	uk=Організація економічного співробітництва та розвитку|ОЕСР{x}	ru=Организация экономического сотрудничества и развития|ОЭСР{x}	any=OECD	hq=Paris	kind=international
Q81299	org	en=Organization for Security and Co-operation in Europe|OSCE	uk=Організація з безпеки та співробітництва в Європі|ОБСЄ{x}	ru=Организация по безопасности и сотрудничеству в Европе|ОБСЕ{x}	any=OSCE	hq=Vienna	kind=international
Q8908	org	en=Council of Europe	uk=Рада Європи	ru=Совет Европы	any=CoE	hq=Strasbourg	kind=international
org:pace	org	en=Parliamentary Assembly of the Council of Europe	uk=Парламентська асамблея Ради Європи|ПАРЄ{x}	ru=Парламентская ассамблея Совета Европы|ПАСЕ{x}	any=PACE	hq=Strasbourg	kind=international	parent=Q8908
org:congress_lra	org	en=Congress of Local and Regional Authorities of the Council of Europe	uk=Конгрес місцевих і регіональних влад Ради Європи|Конгрес місцевих та регіональних влад Ради Європи	ru=Конгресс местных и региональных властей Совета Европы	hq=Strasbourg	kind=municipal_association	parent=Q8908
org:echr	org	en=European Court of Human Rights	uk=Європейський суд з прав людини|ЄСПЛ{x}	ru=Европейский суд по правам человека|ЕСПЧ{x}	any=ECHR|ECtHR	hq=Strasbourg	kind=court	parent=Q8908
org:icc	org	en=International Criminal Court	uk=Міжнародний кримінальний суд	ru=Международный уголовный суд|МУС{x}	any=ICC	hq=The Hague	kind=court
org:icj	org	en=International Court of Justice	uk=Міжнародний суд ООН	ru=Международный суд ООН	any=ICJ	hq=The Hague	kind=court	parent=Q1065
org:iaea	org	en=International Atomic Energy Agency	uk=Міжнародне агентство з атомної енергії|МАГАТЕ{x}	ru=Международное агентство по атомной энергии|МАГАТЭ{x}	any=IAEA	hq=Vienna	kind=international
org:opec	org	en=OPEC|Organization of the Petroleum Exporting Countries	uk=ОПЕК{x}|ОПЕК+{x}|Організація країн-експортерів нафти	ru=ОПЕК{x}|ОПЕК+{x}|Организация стран-экспортеров нефти	any=OPEC|OPEC+	hq=Vienna	kind=international
org:iea	org	en=International Energy Agency	uk=Міжнародне енергетичне агентство|МЕА{x}	ru=Международное энергетическое агентство|МЭА{x}	any=IEA	hq=Paris	kind=international
org:irena	org	en=International Renewable Energy Agency	uk=Міжнародне агентство з відновлюваної енергетики	ru=Международное агентство по возобновляемым источникам энергии	any=IRENA	hq=Abu Dhabi	kind=international
org:interpol	org	en=Interpol	uk=Інтерпол	ru=Интерпол	any=Interpol|INTERPOL	hq=Lyon	kind=international
org:icao	org	en=International Civil Aviation Organization	uk=Міжнародна організація цивільної авіації|ІКАО{x}	ru=Международная организация гражданской авиации|ИКАО{x}	any=ICAO	hq=Montreal	kind=international
org:imo	org	en=International Maritime Organization	uk=Міжнародна морська організація|ІМО{x}	ru=Международная морская организация|ИМО{x}	any=IMO{ctx}	hq=London	kind=international
org:itu	org	en=International Telecommunication Union	uk=Міжнародний союз електрозв'язку|МСЕ{x}	ru=Международный союз электросвязи|МСЭ{x}	any=ITU	hq=Geneva	kind=international
org:wipo	org	en=World Intellectual Property Organization	uk=Всесвітня організація інтелектуальної власності|ВОІВ{x}	ru=Всемирная организация интеллектуальной собственности|ВОИС{x}	any=WIPO	hq=Geneva	kind=international
org:wmo	org	en=World Meteorological Organization	uk=Всесвітня метеорологічна організація|ВМО{x}	ru=Всемирная метеорологическая организация|ВМО{x}	any=WMO	hq=Geneva	kind=international
org:upu	org	en=Universal Postal Union	uk=Всесвітній поштовий союз	ru=Всемирный почтовый союз	any=UPU	hq=Bern	kind=international
org:iom	org	en=International Organization for Migration	uk=Міжнародна організація з міграції|МОМ{x}	ru=Международная организация по миграции|МОМ{x}	any=IOM	hq=Geneva	kind=international
org:icrc	org	en=International Committee of the Red Cross	uk=Міжнародний комітет Червоного Хреста|МКЧХ{x}|Червоний Хрест	ru=Международный комитет Красного Креста|МККК{x}|Красный Крест	any=ICRC	hq=Geneva	kind=humanitarian
org:ifrc	org	en=International Federation of Red Cross and Red Crescent Societies	uk=Міжнародна федерація товариств Червоного Хреста і Червоного Півмісяця	ru=Международная федерация обществ Красного Креста и Красного Полумесяца	any=IFRC	hq=Geneva	kind=humanitarian
org:urcs	org	en=Ukrainian Red Cross Society	uk=Товариство Червоного Хреста України|Український Червоний Хрест	ru=Общество Красного Креста Украины	country=UA	hq=Kyiv	kind=humanitarian
org:rkk	org	en=Russian Red Cross	uk=Російський Червоний Хрест	ru=Российский Красный Крест|РКК{x}	country=RU	hq=Moscow	kind=humanitarian
org:g7	org	en=G7|Group of Seven	uk=Велика сімка|Група семи	ru=Большая семерка|Большая семёрка|Группа семи	any=G7	kind=international_forum
org:g20	org	en=G20|Group of Twenty	uk=Велика двадцятка|Група двадцяти	ru=Большая двадцатка|Группа двадцати	any=G20	kind=international_forum
org:brics	org	en=BRICS	uk=БРІКС{x}	ru=БРИКС{x}	any=BRICS	kind=international
org:sco	org	en=Shanghai Cooperation Organisation	uk=Шанхайська організація співробітництва|ШОС{x}	ru=Шанхайская организация сотрудничества|ШОС{x}	any=SCO	hq=Beijing	kind=international
org:cis	org	en=Commonwealth of Independent States	uk=Співдружність Незалежних Держав|Співдружність незалежних держав|СНД{x}	ru=Содружество Независимых Государств|Содружество независимых государств|СНГ{x}	any=CIS	hq=Minsk	kind=international
org:eaeu	org	en=Eurasian Economic Union	uk=Євразійський економічний союз|ЄАЕС{x}	ru=Евразийский экономический союз|ЕАЭС{x}	any=EAEU	hq=Moscow	kind=international
org:eec	org	en=Eurasian Economic Commission	uk=Євразійська економічна комісія|ЄЕК{x}	ru=Евразийская экономическая комиссия|ЕЭК{x}	hq=Moscow	kind=international	parent=org:eaeu
org:csto	org	en=Collective Security Treaty Organization	uk=Організація Договору про колективну безпеку|ОДКБ{x}	ru=Организация Договора о коллективной безопасности|ОДКБ{x}	any=CSTO	hq=Moscow	kind=military_alliance
org:union_state	org	en=Union State of Russia and Belarus	uk=Союзна держава	ru=Союзное государство	hq=Moscow	kind=international
org:asean	org	en=ASEAN|Association of Southeast Asian Nations	uk=АСЕАН{x}|Асоціація держав Південно-Східної Азії	ru=АСЕАН{x}|Ассоциация государств Юго-Восточной Азии	any=ASEAN	hq=Jakarta	kind=international
org:apec	org	en=Asia-Pacific Economic Cooperation|APEC	uk=АТЕС{x}|Азійсько-Тихоокеанське економічне співробітництво	ru=АТЭС{x}|Азиатско-Тихоокеанское экономическое сотрудничество	any=APEC	hq=Singapore	kind=international_forum
org:african_union	org	en=African Union	uk=Африканський союз	ru=Африканский союз	hq=Addis Ababa	kind=international
org:arab_league	org	en=Arab League|League of Arab States	uk=Ліга арабських держав|ЛАД{x}	ru=Лига арабских государств|ЛАГ{x}	hq=Cairo	kind=international
org:oic	org	en=Organisation of Islamic Cooperation	uk=Організація ісламського співробітництва	ru=Организация исламского сотрудничества|ОИС{x}	any=OIC	hq=Jeddah	kind=international
org:gcc	org	en=Gulf Cooperation Council	uk=Рада співробітництва арабських держав Перської затоки	ru=Совет сотрудничества арабских государств Персидского залива|ССАГПЗ{x}	any=GCC	hq=Riyadh	kind=international
org:oas	org	en=Organization of American States	uk=Організація американських держав	ru=Организация американских государств|ОАГ{x}	any=OAS	hq=Washington	kind=international
org:mercosur	org	en=Mercosur	uk=МЕРКОСУР{x}	ru=МЕРКОСУР{x}	any=Mercosur|MERCOSUR	hq=Montevideo	kind=international
org:guam	org	en=GUAM Organization for Democracy and Economic Development	uk=ГУАМ{ctx}{x}|Організація за демократію та економічний розвиток – ГУАМ	ru=ГУАМ{ctx}{x}|Организация за демократию и экономическое развитие – ГУАМ	any=GUAM{ctx}	hq=Kyiv	kind=international
org:bsec	org	en=Organization of the Black Sea Economic Cooperation	uk=Організація чорноморського економічного співробітництва|ОЧЕС{x}	ru=Организация черноморского экономического сотрудничества|ОЧЭС{x}	any=BSEC	hq=Istanbul	kind=international
org:nordic_council	org	en=Nordic Council	uk=Північна рада	ru=Северный совет	hq=Copenhagen	kind=international
org:visegrad	org	en=Visegrád Group	uk=Вишеградська група|Вишеградська четвірка	ru=Вишеградская группа|Вишеградская четверка	any=V4|Visegrad Group	kind=international
org:three_seas	org	en=Three Seas Initiative	uk=Ініціатива трьох морів|Тримор'я	ru=Инициатива трех морей|Триморье	kind=international
org:wef	org	en=World Economic Forum	uk=Всесвітній економічний форум	ru=Всемирный экономический форум	any=WEF	hq=Cologny	kind=international_forum
org:fatf	org	en=Financial Action Task Force	uk=Група з розробки фінансових заходів боротьби з відмиванням грошей|ФАТФ{x}	ru=Группа разработки финансовых мер борьбы с отмыванием денег|ФАТФ{x}	any=FATF	hq=Paris	kind=international
org:wada	org	en=World Anti-Doping Agency	uk=Всесвітнє антидопінгове агентство|ВАДА{x}	ru=Всемирное антидопинговое агентство|ВАДА{x}	any=WADA	hq=Montreal	kind=sport
org:ioc	org	en=International Olympic Committee	uk=Міжнародний олімпійський комітет|МОК{x}	ru=Международный олимпийский комитет|МОК{x}	any=IOC	hq=Lausanne	kind=sport
org:fifa	org	en=FIFA	uk=ФІФА{x}	ru=ФИФА{x}	any=FIFA	hq=Zurich	kind=sport
org:uefa	org	en=UEFA	uk=УЄФА{x}	ru=УЕФА{x}	any=UEFA	hq=Nyon	kind=sport
org:cas	org	en=Court of Arbitration for Sport	uk=Спортивний арбітражний суд	ru=Спортивный арбитражный суд	any=CAS{ctx}	hq=Lausanne	kind=court
org:world_athletics	org	en=World Athletics	any=World Athletics	hq=Monaco	kind=sport
org:fide	org	en=FIDE|International Chess Federation	uk=ФІДЕ{x}	ru=ФИДЕ{x}	any=FIDE	hq=Lausanne	kind=sport
org:uaf	org	en=Ukrainian Association of Football	uk=Українська асоціація футболу|УАФ{x}|Федерація футболу України|ФФУ{x}	ru=Украинская ассоциация футбола|УАФ{x}	any=UAF	country=UA	hq=Kyiv	kind=sport
org:noc_ua	org	en=National Olympic Committee of Ukraine	uk=Національний олімпійський комітет України|НОК України	ru=Национальный олимпийский комитет Украины|НОК Украины	country=UA	hq=Kyiv	kind=sport
org:rfs	org	en=Russian Football Union	uk=Російський футбольний союз|РФС{x}	ru=Российский футбольный союз|РФС{x}	any=RFU	country=RU	hq=Moscow	kind=sport
org:okr	org	en=Russian Olympic Committee	uk=Олімпійський комітет Росії|ОКР{x}	ru=Олимпийский комитет России|ОКР{x}	country=RU	hq=Moscow	kind=sport

# == European Union institutions ==
org:european_commission	org	en=European Commission	uk=Європейська комісія|Єврокомісія|ЄК{x}	ru=Европейская комиссия|Еврокомиссия|ЕК{x}	hq=Brussels	kind=eu_institution	parent=Q458
org:european_parliament	org	en=European Parliament	uk=Європейський парламент|Європарламент|ЄП{x}	ru=Европейский парламент|Европарламент	any=EP	hq=Strasbourg	kind=eu_institution	parent=Q458
org:european_council	org	en=European Council	uk=Європейська рада	ru=Европейский совет|Евросовет	hq=Brussels	kind=eu_institution	parent=Q458
org:council_eu	org	en=Council of the European Union|Council of the EU	uk=Рада ЄС|Рада Європейського Союзу	ru=Совет ЕС|Совет Европейского союза	hq=Brussels	kind=eu_institution	parent=Q458
org:ecb	org	en=European Central Bank	uk=Європейський центральний банк|ЄЦБ{x}	ru=Европейский центральный банк|ЕЦБ{x}	any=ECB	hq=Frankfurt	kind=central_bank	parent=Q458
org:cjeu	org	en=Court of Justice of the European Union	uk=Суд Європейського Союзу|Суд ЄС	ru=Суд Европейского союза|Суд ЕС	any=CJEU	hq=Luxembourg	kind=court	parent=Q458
org:cor	org	en=European Committee of the Regions	uk=Європейський комітет регіонів	ru=Европейский комитет регионов	any=CoR	hq=Brussels	kind=eu_institution	parent=Q458
org:eeas	org	en=European External Action Service	uk=Європейська служба зовнішніх справ|ЄСЗД{x}	ru=Европейская служба внешних связей|ЕСВД{x}	any=EEAS	hq=Brussels	kind=eu_institution	parent=Q458
org:frontex	org	en=Frontex	uk=Фронтекс	ru=Фронтекс	any=Frontex	hq=Warsaw	kind=eu_institution	parent=Q458
org:europol	org	en=Europol	uk=Європол	ru=Европол	any=Europol	hq=The Hague	kind=eu_institution	parent=Q458
org:eurostat	org	en=Eurostat	uk=Євростат	ru=Евростат	any=Eurostat	hq=Luxembourg	kind=eu_institution	parent=Q458
org:euam	org	en=EU Advisory Mission Ukraine	uk=Консультативна місія ЄС в Україні|КМЄС{x}	ru=Консультативная миссия ЕС в Украине	any=EUAM	country=UA	hq=Kyiv	kind=eu_institution	parent=Q458
org:energy_community	org	en=Energy Community	uk=Енергетичне співтовариство	ru=Энергетическое сообщество	hq=Vienna	kind=international

# == City diplomacy, municipal associations ==
org:eurocities	org	en=Eurocities	any=Eurocities|EUROCITIES	hq=Brussels	kind=municipal_association
org:sister_cities_intl	org	en=Sister Cities International	any=Sister Cities International	country=US	hq=Washington	kind=municipal_association
org:uclg	org	en=United Cities and Local Governments	uk=Всесвітня організація Об'єднані міста та місцеві уряди|Об'єднані міста і місцеві уряди	ru=Всемирная организация «Объединенные города и местные власти»|Объединенные города и местные власти	any=UCLG	hq=Barcelona	kind=municipal_association
org:cemr	org	en=Council of European Municipalities and Regions	uk=Рада європейських муніципалітетів і регіонів	ru=Совет европейских муниципалитетов и регионов	any=CEMR	hq=Brussels	kind=municipal_association
org:iclei	org	en=ICLEI – Local Governments for Sustainability	any=ICLEI	hq=Bonn	kind=municipal_association
org:c40	org	en=C40 Cities	any=C40|C40 Cities	hq=London	kind=municipal_association
org:covenant_of_mayors	org	en=Covenant of Mayors	uk=Угода мерів	ru=Соглашение мэров	any=Covenant of Mayors|Global Covenant of Mayors	hq=Brussels	kind=municipal_association
org:energy_cities	org	en=Energy Cities	any=Energy Cities	hq=Besançon	kind=municipal_association
org:ubc	org	en=Union of the Baltic Cities	uk=Союз балтійських міст	ru=Союз балтийских городов	hq=Gdańsk	kind=municipal_association
org:metropolis	org	en=Metropolis|World Association of the Major Metropolises	uk=Метрополіс{ctx}	ru=Метрополис{ctx}	hq=Barcelona	kind=municipal_association
org:mayors_for_peace	org	en=Mayors for Peace	uk=Мери за мир	ru=Мэры за мир	any=Mayors for Peace	hq=Hiroshima	kind=municipal_association
org:strong_cities	org	en=Strong Cities Network	any=Strong Cities Network	hq=London	kind=municipal_association
org:cpaffc	org	en=Chinese People's Association for Friendship with Foreign Countries	uk=Китайське народне товариство дружби з зарубіжними країнами	ru=Китайское народное общество дружбы с зарубежными странами|Всекитайское общество дружбы с зарубежными странами	any=CPAFFC	country=CN	hq=Beijing	kind=friendship_society
org:amu	org	en=Association of Ukrainian Cities	uk=Асоціація міст України|АМУ{x}	ru=Ассоциация городов Украины	country=UA	hq=Kyiv	kind=municipal_association
org:uarc	org	en=Ukrainian Association of District and Regional Councils	uk=Українська асоціація районних та обласних рад|УАРОР{x}	ru=Украинская ассоциация районных и областных советов	any=UADRC	country=UA	hq=Kyiv	kind=municipal_association
org:aotg	org	en=All-Ukrainian Association of Communities	uk=Всеукраїнська асоціація громад|Асоціація ОТГ|Всеукраїнська асоціація ОТГ	ru=Всеукраинская ассоциация громад|Ассоциация ОТГ	country=UA	hq=Kyiv	kind=municipal_association
org:congress_lra_ua	org	en=Congress of Local and Regional Authorities (Ukraine)	uk=Конгрес місцевих та регіональних влад при Президентові України	country=UA	hq=Kyiv	kind=municipal_association
org:u_lead	org	en=U-LEAD with Europe	any=U-LEAD|U-LEAD with Europe	country=UA	hq=Kyiv	kind=programme

# == News agencies and media: Ukraine ==
org:ukrinform	org	en=Ukrinform	uk=Укрінформ	ru=Укринформ	any=Ukrinform	country=UA	hq=Kyiv	kind=news_agency
org:unian	org	en=UNIAN	uk=УНІАН{x}	ru=УНИАН{x}	any=UNIAN	country=UA	hq=Kyiv	kind=news_agency
org:interfax_ua	org	en=Interfax-Ukraine	uk=Інтерфакс-Україна	ru=Интерфакс-Украина	any=Interfax-Ukraine	country=UA	hq=Kyiv	kind=news_agency
org:suspilne	org	en=Suspilne|Public Broadcasting Company of Ukraine	uk=Суспільне{n}|Суспільне мовлення|Національна суспільна телерадіокомпанія України|НСТУ{x}	ru=Суспильное|Общественное вещание Украины|НОТУ{x}	any=Suspilne	country=UA	hq=Kyiv	kind=broadcaster
org:up	org	en=Ukrainska Pravda	uk=Українська правда	ru=Украинская правда	any=Ukrainska Pravda	country=UA	hq=Kyiv	kind=online_media
org:ekonomichna_pravda	org	en=Ekonomichna Pravda	uk=Економічна правда	ru=Экономическая правда	any=Ekonomichna Pravda	country=UA	hq=Kyiv	kind=online_media
org:evropeiska_pravda	org	en=European Pravda	uk=Європейська правда	ru=Европейская правда	any=Yevropeiska Pravda	country=UA	hq=Kyiv	kind=online_media
org:rbc_ua	org	en=RBC-Ukraine	uk=РБК-Україна	ru=РБК-Украина	any=RBC-Ukraine	country=UA	hq=Kyiv	kind=online_media
org:lb_ua	org	en=LB.ua	any=LB.ua	country=UA	hq=Kyiv	kind=online_media
org:liga	org	en=LIGA.net	uk=ЛІГА.нет	any=LIGA.net|Liga.net	country=UA	hq=Kyiv	kind=online_media
org:nv	org	en=NV|Novoye Vremya	uk=Новое время{x}	ru=Новое время	any=NV.ua	country=UA	hq=Kyiv	kind=online_media
org:zn_ua	org	en=Dzerkalo Tyzhnia|ZN.UA	uk=Дзеркало тижня	ru=Зеркало недели	any=ZN.UA|ZN.ua	country=UA	hq=Kyiv	kind=online_media
org:hromadske	org	en=Hromadske	uk=Громадське{n}|Громадське телебачення	ru=Громадское|Громадское телевидение	any=Hromadske	country=UA	hq=Kyiv	kind=online_media
org:censor	org	en=Censor.net	uk=Цензор.нет	ru=Цензор.нет	any=Censor.net|Censor.NET	country=UA	hq=Kyiv	kind=online_media
org:kyiv_independent	org	en=The Kyiv Independent|Kyiv Independent	any=Kyiv Independent|The Kyiv Independent	country=UA	hq=Kyiv	kind=online_media
org:kyiv_post	org	en=Kyiv Post	uk=Київ Пост{x}	ru=Киев Пост{x}	any=Kyiv Post	country=UA	hq=Kyiv	kind=online_media
org:forbes_ua	org	en=Forbes Ukraine	uk=Форбс Україна	any=Forbes Ukraine|Forbes Україна	country=UA	hq=Kyiv	kind=online_media
org:radio_svoboda	org	en=Radio Liberty|Radio Free Europe/Radio Liberty	uk=Радіо Свобода|Радіо Вільна Європа	ru=Радио Свобода|Радио Свободная Европа	any=RFE/RL|Radio Free Europe|Radio Liberty	country=CZ	hq=Prague	kind=broadcaster
org:channel_1plus1	org	en=1+1	uk=телеканал 1+1	ru=телеканал 1+1	any=1+1	country=UA	hq=Kyiv	kind=broadcaster
org:ictv	org	en=ICTV	any=ICTV	country=UA	hq=Kyiv	kind=broadcaster
org:stb	org	en=STB (TV channel)	uk=телеканал СТБ|СТБ{x}	ru=телеканал СТБ	country=UA	hq=Kyiv	kind=broadcaster
org:inter_tv	org	en=Inter (TV channel)	uk=телеканал Інтер|Інтер{ctx}	ru=телеканал Интер	country=UA	hq=Kyiv	kind=broadcaster
org:channel5_ua	org	en=5 Kanal	uk=5 канал|П'ятий канал|П’ятий канал	ru=5 канал|Пятый канал (Украина)	country=UA	hq=Kyiv	kind=broadcaster
org:espreso	org	en=Espreso TV	uk=Еспресо{x}|Еспресо TV{x}	ru=Эспрессо{x}	any=Espreso TV|Espreso.TV	country=UA	hq=Kyiv	kind=broadcaster
org:rada_tv	org	en=Rada TV	uk=телеканал Рада	ru=телеканал Рада	country=UA	hq=Kyiv	kind=broadcaster

# == News agencies and media: Russia ==
org:tass	org	en=TASS	uk=ТАСС{x}	ru=ТАСС{x}|Информационное агентство России ТАСС	any=TASS	country=RU	hq=Moscow	kind=news_agency
org:ria	org	en=RIA Novosti	uk=РІА Новини|РІА Новости{x}	ru=РИА Новости|РИА{ctx}{x}	any=RIA Novosti	country=RU	hq=Moscow	kind=news_agency
org:rossiya_segodnya	org	en=Rossiya Segodnya	uk=МІА Росія сьогодні	ru=МИА «Россия сегодня»|МИА Россия сегодня	any=Rossiya Segodnya	country=RU	hq=Moscow	kind=news_agency
org:interfax	org	en=Interfax	uk=Інтерфакс	ru=Интерфакс	any=Interfax	country=RU	hq=Moscow	kind=news_agency
org:regnum	org	en=Regnum	uk=Регнум	ru=Регнум|ИА Регнум	any=Regnum|REGNUM	country=RU	hq=Moscow	kind=news_agency
org:rbc	org	en=RBC	uk=РБК{x}	ru=РБК{x}|РосБизнесКонсалтинг	any=RBC	country=RU	hq=Moscow	kind=media
org:kommersant	org	en=Kommersant	uk=Коммерсант	ru=Коммерсантъ|Коммерсант	any=Kommersant	country=RU	hq=Moscow	kind=newspaper
org:vedomosti	org	en=Vedomosti	uk=Ведомості|Ведомости{x}	ru=Ведомости{pl}	any=Vedomosti	country=RU	hq=Moscow	kind=newspaper
org:izvestia	org	en=Izvestia	uk=Известия{x}	ru=Известия{pl}	any=Izvestia|Izvestiya	country=RU	hq=Moscow	kind=newspaper
org:rg	org	en=Rossiyskaya Gazeta	uk=Російська газета	ru=Российская газета|РГ{x}	any=Rossiyskaya Gazeta	country=RU	hq=Moscow	kind=newspaper
org:kp	org	en=Komsomolskaya Pravda	uk=Комсомольська правда	ru=Комсомольская правда|КП{ctx}{x}	any=Komsomolskaya Pravda	country=RU	hq=Moscow	kind=newspaper
org:mk	org	en=Moskovsky Komsomolets	uk=Московський комсомолець	ru=Московский комсомолец|МК{ctx}{x}	any=Moskovsky Komsomolets	country=RU	hq=Moscow	kind=newspaper
org:ng	org	en=Nezavisimaya Gazeta	uk=Незалежна газета	ru=Независимая газета	any=Nezavisimaya Gazeta	country=RU	hq=Moscow	kind=newspaper
org:novaya_gazeta	org	en=Novaya Gazeta	uk=Нова газета	ru=Новая газета	any=Novaya Gazeta	country=RU	hq=Moscow	kind=newspaper
org:fontanka	org	en=Fontanka.ru	uk=Фонтанка{ctx}	ru=Фонтанка.ру|Фонтанка{ctx}	any=Fontanka.ru|Fontanka	country=RU	hq=Saint Petersburg	kind=online_media
org:lenta_ru	org	en=Lenta.ru	uk=Лента.ру	ru=Лента.ру	any=Lenta.ru	country=RU	hq=Moscow	kind=online_media
org:gazeta_ru	org	en=Gazeta.ru	uk=Газета.ру	ru=Газета.ру	any=Gazeta.ru	country=RU	hq=Moscow	kind=online_media
org:meduza	org	en=Meduza	uk=Медуза{ctx}	ru=Медуза{ctx}	any=Meduza	country=LV	hq=Riga	kind=online_media
org:rt	org	en=RT|Russia Today	any=RT|Russia Today	country=RU	hq=Moscow	kind=broadcaster
org:channel_one_ru	org	en=Channel One Russia	uk=Перший канал (Росія)|російський Перший канал	ru=Первый канал	any=Channel One Russia	country=RU	hq=Moscow	kind=broadcaster
org:vgtrk	org	en=VGTRK|All-Russia State Television and Radio Broadcasting Company	uk=ВДТРК{x}	ru=ВГТРК{x}|телеканал Россия-1|Россия-1	any=VGTRK	country=RU	hq=Moscow	kind=broadcaster
org:ntv	org	en=NTV (Russia)	uk=НТВ{x}	ru=НТВ{x}	country=RU	hq=Moscow	kind=broadcaster
org:zvezda	org	en=Zvezda (TV channel)	uk=телеканал Зірка	ru=телеканал Звезда	country=RU	hq=Moscow	kind=broadcaster
org:echo_moskvy	org	en=Echo of Moscow	uk=Ехо Москви	ru=Эхо Москвы	country=RU	hq=Moscow	kind=broadcaster
org:dozhd	org	en=TV Rain	uk=телеканал Дощ	ru=телеканал Дождь	any=TV Rain	country=LV	hq=Riga	kind=broadcaster
org:sputnik	org	en=Sputnik (news agency)	uk=агентство Sputnik{x}	ru=агентство Sputnik{x}|агентство Спутник	country=RU	hq=Moscow	kind=news_agency

# == News agencies and media: international ==
org:reuters	org	en=Reuters	uk=Рейтер|Ройтерс	ru=Рейтер|Рейтерс	any=Reuters	country=GB	hq=London	kind=news_agency
org:ap	org	en=Associated Press	uk=Ассошіейтед Прес{x}	ru=Ассошиэйтед Пресс{x}	any=AP|Associated Press	country=US	hq=New York	kind=news_agency
org:afp	org	en=Agence France-Presse	uk=Франс Прес{x}|Франс-Прес{x}	ru=Франс Пресс{x}|Франс-Пресс{x}	any=AFP|Agence France-Presse|France-Presse|France Presse	country=FR	hq=Paris	kind=news_agency
org:bloomberg	org	en=Bloomberg	uk=Блумберг	ru=Блумберг	any=Bloomberg|Bloomberg News|Bloomberg L.P.	country=US	hq=New York	kind=media
org:dpa	org	en=Deutsche Presse-Agentur	any=dpa|DPA|Deutsche Presse-Agentur	country=DE	hq=Hamburg	kind=news_agency
org:xinhua	org	en=Xinhua News Agency|Xinhua	uk=Сіньхуа{x}|Синьхуа{x}	ru=Синьхуа{x}	any=Xinhua	country=CN	hq=Beijing	kind=news_agency
org:cgtn	org	en=CGTN|China Global Television Network	any=CGTN	country=CN	hq=Beijing	kind=broadcaster
org:cctv	org	en=China Central Television|CCTV	uk=Центральне телебачення Китаю	ru=Центральное телевидение Китая	any=CCTV	country=CN	hq=Beijing	kind=broadcaster
org:peoples_daily	org	en=People's Daily	uk=Женьмінь жибао{x}	ru=Жэньминь жибао{x}	any=People's Daily|Renmin Ribao	country=CN	hq=Beijing	kind=newspaper
org:global_times	org	en=Global Times	uk=Глобал Таймс{x}	ru=Глобал Таймс{x}|Хуаньцю шибао{x}	any=Global Times	country=CN	hq=Beijing	kind=newspaper
org:china_daily	org	en=China Daily	any=China Daily	country=CN	hq=Beijing	kind=newspaper
org:anadolu	org	en=Anadolu Agency	uk=Анадолу{x}	ru=Анадолу{x}	any=Anadolu Agency|Anadolu Ajansı	country=TR	hq=Ankara	kind=news_agency
org:kyodo	org	en=Kyodo News	uk=Кіодо{x}	ru=Киодо{x}	any=Kyodo|Kyodo News	country=JP	hq=Tokyo	kind=news_agency
org:yonhap	org	en=Yonhap News Agency	uk=Йонхап	ru=Йонхап	any=Yonhap	country=KR	hq=Seoul	kind=news_agency
org:efe	org	en=EFE	any=EFE	country=ES	hq=Madrid	kind=news_agency
org:ansa	org	en=ANSA	any=ANSA	country=IT	hq=Rome	kind=news_agency
org:pap	org	en=Polish Press Agency	any=PAP{ctx}	country=PL	hq=Warsaw	kind=news_agency
org:belta	org	en=BelTA	uk=БелТА	ru=БелТА	any=BelTA	country=BY	hq=Minsk	kind=news_agency
org:kazinform	org	en=Kazinform	uk=Казінформ	ru=Казинформ	any=Kazinform	country=KZ	hq=Astana	kind=news_agency
org:bbc	org	en=BBC	uk=Бі-Бі-Сі{x}	ru=Би-би-си{x}|Би-Би-Си{x}	any=BBC|British Broadcasting Corporation	country=GB	hq=London	kind=broadcaster
org:cnn	org	en=CNN	uk=Сі-Ен-Ен{x}	ru=Си-эн-эн{x}	any=CNN	country=US	hq=Atlanta	kind=broadcaster
org:fox_news	org	en=Fox News	uk=Фокс Ньюз{x}	ru=Фокс Ньюс{x}	any=Fox News	country=US	hq=New York	kind=broadcaster
org:nbc	org	en=NBC News	any=NBC|NBC News	country=US	hq=New York	kind=broadcaster
org:cbs	org	en=CBS News	any=CBS|CBS News	country=US	hq=New York	kind=broadcaster
org:abc_news	org	en=ABC News	any=ABC News	country=US	hq=New York	kind=broadcaster
org:dw	org	en=Deutsche Welle	uk=Дойче Велле{x}	ru=Немецкая волна|Дойче Велле{x}	any=Deutsche Welle|DW	country=DE	hq=Bonn	kind=broadcaster
org:euronews	org	en=Euronews	uk=Євроньюз	ru=Евроньюс	any=Euronews	country=FR	hq=Lyon	kind=broadcaster
org:al_jazeera	org	en=Al Jazeera	uk=Аль-Джазіра	ru=Аль-Джазира	any=Al Jazeera	country=QA	hq=Doha	kind=broadcaster
org:voa	org	en=Voice of America	uk=Голос Америки	ru=Голос Америки	any=Voice of America|VOA	country=US	hq=Washington	kind=broadcaster
org:nyt	org	en=The New York Times	uk=Нью-Йорк Таймс{x}	ru=Нью-Йорк Таймс{x}	any=New York Times|The New York Times|NYT	country=US	hq=New York	kind=newspaper
org:wsj	org	en=The Wall Street Journal	uk=Волл-стріт джорнел{x}	ru=Уолл-стрит джорнэл{x}	any=Wall Street Journal|The Wall Street Journal|WSJ	country=US	hq=New York	kind=newspaper
org:wapo	org	en=The Washington Post	uk=Вашингтон Пост{x}	ru=Вашингтон пост{x}	any=Washington Post|The Washington Post	country=US	hq=Washington	kind=newspaper
org:politico	org	en=Politico	uk=Політико{x}	ru=Политико{x}	any=Politico|POLITICO	country=US	hq=Arlington	kind=online_media
org:axios	org	en=Axios	any=Axios	country=US	hq=Arlington	kind=online_media
org:ft	org	en=Financial Times	uk=Файненшл таймс{x}	ru=Файнэншл таймс{x}	any=Financial Times|FT	country=GB	hq=London	kind=newspaper
org:guardian	org	en=The Guardian	uk=Гардіан{x}	ru=Гардиан{x}	any=The Guardian	country=GB	hq=London	kind=newspaper
org:economist	org	en=The Economist	uk=Економіст{ctx}	ru=Экономист{ctx}	any=The Economist	country=GB	hq=London	kind=newspaper
org:times_uk	org	en=The Times	any=The Times	country=GB	hq=London	kind=newspaper
org:telegraph	org	en=The Telegraph	any=The Telegraph|The Daily Telegraph	country=GB	hq=London	kind=newspaper
org:spiegel	org	en=Der Spiegel	uk=Шпігель	ru=Шпигель	any=Der Spiegel|Spiegel	country=DE	hq=Hamburg	kind=newspaper
org:bild	org	en=Bild	any=Bild|Bild-Zeitung	country=DE	hq=Berlin	kind=newspaper
org:faz	org	en=Frankfurter Allgemeine Zeitung	any=Frankfurter Allgemeine Zeitung|FAZ	country=DE	hq=Frankfurt	kind=newspaper
org:le_monde	org	en=Le Monde	uk=Монд{x}	ru=Монд{x}	any=Le Monde	country=FR	hq=Paris	kind=newspaper
org:le_figaro	org	en=Le Figaro	uk=Фігаро{x}	ru=Фигаро{x}	any=Le Figaro	country=FR	hq=Paris	kind=newspaper
org:forbes	org	en=Forbes	uk=Форбс	ru=Форбс	any=Forbes	country=US	hq=Jersey City	kind=media
org:time_mag	org	en=Time (magazine)	uk=журнал Time{x}	ru=журнал Time{x}	any=Time magazine	country=US	hq=New York	kind=media
org:nikkei	org	en=Nikkei	any=Nikkei|Nikkei Asia	country=JP	hq=Tokyo	kind=newspaper
org:scmp	org	en=South China Morning Post	any=South China Morning Post|SCMP	country=HK	hq=Hong Kong	kind=newspaper

# == Russia: state authorities ==
org:kremlin	org	en=Kremlin	uk=Кремль	ru=Кремль	any=Kremlin	country=RU	hq=Moscow	kind=executive	note=metonym for the Russian presidency
org:ap_rf	org	en=Presidential Administration of Russia	uk=Адміністрація президента Росії|Адміністрація президента РФ|Адміністрація Путіна	ru=Администрация президента России|Администрация Президента России|Администрация президента РФ|Администрация Президента РФ|Администрация Президента Российской Федерации|АП РФ{x}	country=RU	hq=Moscow	kind=executive
org:govt_rf	org	en=Government of Russia|Russian government	uk=Уряд Росії|Уряд РФ|російський уряд	ru=Правительство России|Правительство РФ|Правительство Российской Федерации|российское правительство	country=RU	hq=Moscow	kind=government
org:duma	org	en=State Duma|State Duma of Russia	uk=Державна дума|Держдума|Державна дума РФ|Державна Дума Росії|Дума{ctx}	ru=Государственная дума|Государственная Дума|Госдума|Государственная дума РФ|Государственная Дума Федерального Собрания Российской Федерации|Дума{ctx}	country=RU	hq=Moscow	kind=parliament
org:sovfed	org	en=Federation Council of Russia|Federation Council	uk=Рада Федерації|Радфед	ru=Совет Федерации|Совфед|Совет Федерации Федерального Собрания Российской Федерации|СФ РФ{x}	country=RU	hq=Moscow	kind=parliament
org:fed_assembly_rf	org	en=Federal Assembly of Russia	uk=Федеральні збори РФ	ru=Федеральное собрание|Федеральное Собрание Российской Федерации	country=RU	hq=Moscow	kind=parliament
org:sovbez_rf	org	en=Security Council of Russia	uk=Рада безпеки РФ|Радбез РФ	ru=Совет безопасности России|Совет безопасности РФ|Совбез РФ|Совбез России|Совет безопасности|Совет Безопасности|Совбез{ctx}	country=RU	hq=Moscow	kind=security
org:mid_rf	org	en=Ministry of Foreign Affairs of Russia|Russian Foreign Ministry	uk=МЗС Росії|МЗС РФ{x}|Міністерство закордонних справ Росії|Міністерство закордонних справ РФ	ru=МИД России|МИД РФ{x}|Министерство иностранных дел России|Министерство иностранных дел РФ|Министерство иностранных дел Российской Федерации|МИД{ctx}{x}	country=RU	hq=Moscow	kind=ministry
org:minek_rf	org	en=Ministry of Economic Development of Russia	uk=Мінекономрозвитку Росії|Мінекономрозвитку РФ|Міністерство економічного розвитку Росії	ru=Минэкономразвития России|Минэкономразвития РФ|Минэкономразвития|Министерство экономического развития России|Министерство экономического развития РФ|Министерство экономического развития Российской Федерации	country=RU	hq=Moscow	kind=ministry
org:minfin_rf	org	en=Ministry of Finance of Russia	uk=Мінфін Росії|Мінфін РФ|Міністерство фінансів Росії	ru=Минфин России|Минфин РФ|Минфин{ctx}|Министерство финансов России|Министерство финансов РФ|Министерство финансов Российской Федерации	country=RU	hq=Moscow	kind=ministry
org:mod_rf	org	en=Ministry of Defence of Russia|Russian Defence Ministry	uk=Міноборони Росії|Міноборони РФ|Міністерство оборони Росії|Міністерство оборони РФ	ru=Минобороны России|Минобороны РФ|Министерство обороны России|Министерство обороны РФ|Министерство обороны Российской Федерации|Минобороны{ctx}	country=RU	hq=Moscow	kind=ministry
org:mvd_rf	org	en=Ministry of Internal Affairs of Russia	uk=МВС Росії|МВС РФ{x}	ru=МВД России|МВД РФ{x}|Министерство внутренних дел России|Министерство внутренних дел Российской Федерации|МВД{ctx}{x}	country=RU	hq=Moscow	kind=ministry
org:mchs_rf	org	en=Ministry of Emergency Situations of Russia	uk=МНС Росії|МНС РФ{x}	ru=МЧС России|МЧС РФ{x}|МЧС{ctx}{x}|Министерство по чрезвычайным ситуациям	any=EMERCOM	country=RU	hq=Moscow	kind=ministry
org:minjust_rf	org	en=Ministry of Justice of Russia	uk=Мін'юст Росії|Мін’юст РФ|Мінюст РФ	ru=Минюст России|Минюст РФ|Министерство юстиции России|Министерство юстиции РФ	country=RU	hq=Moscow	kind=ministry
org:minzdrav_rf	org	en=Ministry of Health of Russia	uk=МОЗ Росії|Міністерство охорони здоров'я Росії	ru=Минздрав России|Минздрав РФ|Министерство здравоохранения России|Министерство здравоохранения РФ|Минздрав{ctx}	country=RU	hq=Moscow	kind=ministry
org:minobrnauki_rf	org	en=Ministry of Science and Higher Education of Russia	uk=Міністерство науки і вищої освіти Росії	ru=Минобрнауки России|Минобрнауки РФ|Министерство науки и высшего образования России|Министерство науки и высшего образования РФ|Минобрнауки	country=RU	hq=Moscow	kind=ministry
org:minprosv_rf	org	en=Ministry of Education of Russia	uk=Міністерство освіти Росії	ru=Минпросвещения России|Минпросвещения РФ|Министерство просвещения России|Министерство просвещения РФ	country=RU	hq=Moscow	kind=ministry
org:minpromtorg_rf	org	en=Ministry of Industry and Trade of Russia	uk=Мінпромторг Росії|Мінпромторг РФ	ru=Минпромторг России|Минпромторг РФ|Министерство промышленности и торговли России|Министерство промышленности и торговли РФ	country=RU	hq=Moscow	kind=ministry
org:minenergo_rf	org	en=Ministry of Energy of Russia	uk=Міненерго Росії|Міненерго РФ	ru=Минэнерго России|Минэнерго РФ|Министерство энергетики России|Министерство энергетики РФ	country=RU	hq=Moscow	kind=ministry
org:mintrans_rf	org	en=Ministry of Transport of Russia	uk=Мінтранс Росії|Мінтранс РФ	ru=Минтранс России|Минтранс РФ|Министерство транспорта России|Министерство транспорта РФ	country=RU	hq=Moscow	kind=ministry
org:minselkhoz_rf	org	en=Ministry of Agriculture of Russia	uk=Мінсільгосп Росії|Мінсільгосп РФ	ru=Минсельхоз России|Минсельхоз РФ|Министерство сельского хозяйства России|Министерство сельского хозяйства РФ	country=RU	hq=Moscow	kind=ministry
org:minprirody_rf	org	en=Ministry of Natural Resources and Environment of Russia	uk=Мінприроди Росії	ru=Минприроды России|Минприроды РФ|Министерство природных ресурсов и экологии РФ	country=RU	hq=Moscow	kind=ministry
org:minstroy_rf	org	en=Ministry of Construction of Russia	uk=Мінбуд Росії	ru=Минстрой России|Минстрой РФ|Министерство строительства и жилищно-коммунального хозяйства РФ	country=RU	hq=Moscow	kind=ministry
org:mintrud_rf	org	en=Ministry of Labour of Russia	uk=Мінпраці Росії	ru=Минтруд России|Минтруд РФ|Министерство труда и социальной защиты РФ	country=RU	hq=Moscow	kind=ministry
org:mintsifry_rf	org	en=Ministry of Digital Development of Russia	uk=Мінцифри Росії	ru=Минцифры России|Минцифры РФ|Министерство цифрового развития, связи и массовых коммуникаций РФ	country=RU	hq=Moscow	kind=ministry
org:minkult_rf	org	en=Ministry of Culture of Russia	uk=Мінкульт Росії|Міністерство культури Росії	ru=Минкультуры России|Минкультуры РФ|Министерство культуры России|Министерство культуры РФ|Минкульт России	country=RU	hq=Moscow	kind=ministry
org:minsport_rf	org	en=Ministry of Sport of Russia	uk=Мінспорту Росії	ru=Минспорт России|Минспорт РФ|Министерство спорта России|Министерство спорта РФ	country=RU	hq=Moscow	kind=ministry
org:minvostok_rf	org	en=Ministry for the Development of the Russian Far East and Arctic	uk=Мінсхідрозвитку Росії	ru=Минвостокразвития России|Минвостокразвития РФ|Министерство РФ по развитию Дальнего Востока и Арктики	country=RU	hq=Moscow	kind=ministry
org:fsb	org	en=Federal Security Service of Russia	uk=Федеральна служба безпеки Росії|ФСБ{x}|ФСБ Росії|ФСБ РФ{x}	ru=Федеральная служба безопасности|ФСБ{x}|ФСБ России|ФСБ РФ{x}	any=FSB	country=RU	hq=Moscow	kind=security
org:svr	org	en=Foreign Intelligence Service of Russia	uk=Служба зовнішньої розвідки Росії|СЗР Росії|СЗР РФ{x}	ru=Служба внешней разведки России|Служба внешней разведки РФ|СВР{x}|СВР России	any=SVR	country=RU	hq=Moscow	kind=intelligence
org:fso	org	en=Federal Protective Service of Russia	uk=ФСО Росії	ru=Федеральная служба охраны|ФСО{x}|ФСО России	any=FSO	country=RU	hq=Moscow	kind=security
org:gru_rf	org	en=GRU|Main Directorate of the General Staff of Russia	uk=ГРУ{x}|ГРУ Генштабу РФ	ru=ГРУ{x}|Главное разведывательное управление|ГУ Генштаба	any=GRU	country=RU	hq=Moscow	kind=intelligence
org:rosgvardia	org	en=Rosgvardia|National Guard of Russia	uk=Росгвардія|Нацгвардія Росії	ru=Росгвардия|Федеральная служба войск национальной гвардии	any=Rosgvardia	country=RU	hq=Moscow	kind=security
org:sk_rf	org	en=Investigative Committee of Russia	uk=Слідчий комітет Росії|Слідчий комітет РФ|СК РФ{x}|Слідчий комітет	ru=Следственный комитет России|Следственный комитет РФ|Следственный комитет Российской Федерации|СК России|СК РФ{x}|СКР{x}|Следственный комитет	country=RU	hq=Moscow	kind=law_enforcement
org:genprok_rf	org	en=Prosecutor General's Office of Russia	uk=Генпрокуратура Росії|Генпрокуратура РФ|Генеральна прокуратура РФ	ru=Генпрокуратура России|Генпрокуратура РФ|Генеральная прокуратура России|Генеральная прокуратура РФ|Генеральная прокуратура Российской Федерации|Генпрокуратура{ctx}	country=RU	hq=Moscow	kind=prosecution
org:vs_rf	org	en=Supreme Court of Russia	uk=Верховний суд Росії|Верховний суд РФ	ru=Верховный суд России|Верховный суд РФ|Верховный суд Российской Федерации|Верховный суд|Верховный Суд	country=RU	hq=Moscow	kind=court
org:ks_rf	org	en=Constitutional Court of Russia	uk=Конституційний суд Росії|Конституційний суд РФ	ru=Конституционный суд России|Конституционный суд РФ|Конституционный суд Российской Федерации|КС РФ{x}	country=RU	hq=Saint Petersburg	kind=court
org:cik_rf	org	en=Central Election Commission of Russia	uk=ЦВК Росії|ЦВК РФ{x}	ru=Центральная избирательная комиссия РФ|Центральная избирательная комиссия России|ЦИК России|ЦИК РФ{x}|ЦИК{x}	country=RU	hq=Moscow	kind=election
org:sp_rf	org	en=Accounts Chamber of Russia	uk=Рахункова палата Росії|Рахункова палата РФ	ru=Счетная палата России|Счетная палата РФ|Счётная палата России|Счётная палата РФ	country=RU	hq=Moscow	kind=audit
org:cbr	org	en=Bank of Russia|Central Bank of Russia	uk=Центробанк Росії|Центральний банк Росії|Центробанк РФ|ЦБ РФ{x}|Банк Росії	ru=Банк России|Центральный банк Российской Федерации|Центральный банк России|Центробанк России|Центробанк РФ|Центробанк|ЦБ РФ{x}|ЦБ России|ЦБ{ctx}{x}	country=RU	hq=Moscow	kind=central_bank
org:fns_rf	org	en=Federal Tax Service of Russia	uk=Федеральна податкова служба Росії	ru=Федеральная налоговая служба|ФНС России|ФНС РФ{x}|ФНС{x}	country=RU	hq=Moscow	kind=agency
org:fts_rf	org	en=Federal Customs Service of Russia	uk=Федеральна митна служба Росії	ru=Федеральная таможенная служба|ФТС России|ФТС РФ{x}|ФТС{x}	country=RU	hq=Moscow	kind=agency
org:fas_rf	org	en=Federal Antimonopoly Service of Russia	uk=ФАС Росії|ФАС РФ{x}	ru=Федеральная антимонопольная служба|ФАС России|ФАС РФ{x}|ФАС{x}	country=RU	hq=Moscow	kind=regulator
org:rkn	org	en=Roskomnadzor	uk=Роскомнагляд|Роскомнадзор	ru=Роскомнадзор|РКН{x}|Федеральная служба по надзору в сфере связи, информационных технологий и массовых коммуникаций	any=Roskomnadzor	country=RU	hq=Moscow	kind=regulator
org:rosstat	org	en=Rosstat	uk=Росстат	ru=Росстат|Федеральная служба государственной статистики	any=Rosstat	country=RU	hq=Moscow	kind=agency
org:rospotreb	org	en=Rospotrebnadzor	uk=Роспоживнагляд|Роспотребнадзор	ru=Роспотребнадзор	any=Rospotrebnadzor	country=RU	hq=Moscow	kind=regulator
org:rosselkhoznadzor	org	en=Rosselkhoznadzor	uk=Россільгоспнагляд|Россельхознадзор	ru=Россельхознадзор	any=Rosselkhoznadzor	country=RU	hq=Moscow	kind=regulator
org:rostekhnadzor	org	en=Rostekhnadzor	uk=Ростехнагляд	ru=Ростехнадзор	any=Rostekhnadzor	country=RU	hq=Moscow	kind=regulator
org:rosaviatsia	org	en=Rosaviatsia|Federal Air Transport Agency	uk=Росавіація	ru=Росавиация|Федеральное агентство воздушного транспорта	any=Rosaviatsia	country=RU	hq=Moscow	kind=agency
org:rosturizm	org	en=Rosturizm|Federal Agency for Tourism	uk=Ростуризм	ru=Ростуризм|Федеральное агентство по туризму	country=RU	hq=Moscow	kind=agency
org:rosmolodezh	org	en=Rosmolodezh|Federal Agency for Youth Affairs	uk=Росмолодь	ru=Росмолодежь|Росмолодёжь	country=RU	hq=Moscow	kind=agency
org:rossotr	org	en=Rossotrudnichestvo	uk=Россотрудництво	ru=Россотрудничество	any=Rossotrudnichestvo	country=RU	hq=Moscow	kind=agency
org:rosreestr	org	en=Rosreestr	uk=Росреєстр	ru=Росреестр	any=Rosreestr	country=RU	hq=Moscow	kind=agency
org:rosimushchestvo	org	en=Rosimushchestvo|Federal Agency for State Property Management	uk=Росмайно	ru=Росимущество	country=RU	hq=Moscow	kind=agency
org:rosfinmon	org	en=Rosfinmonitoring	uk=Росфінмоніторинг	ru=Росфинмониторинг	any=Rosfinmonitoring	country=RU	hq=Moscow	kind=agency
org:rosavtodor	org	en=Rosavtodor	uk=Росавтодор	ru=Росавтодор	any=Rosavtodor	country=RU	hq=Moscow	kind=agency
org:rosmorrechflot	org	en=Rosmorrechflot	uk=Росморрічфлот	ru=Росморречфлот	any=Rosmorrechflot	country=RU	hq=Moscow	kind=agency
org:rosrybolovstvo	org	en=Rosrybolovstvo	uk=Росрибальство	ru=Росрыболовство	any=Rosrybolovstvo	country=RU	hq=Moscow	kind=agency
org:rosobrnadzor	org	en=Rosobrnadzor	uk=Рособрнагляд	ru=Рособрнадзор	any=Rosobrnadzor	country=RU	hq=Moscow	kind=regulator
org:roszdravnadzor	org	en=Roszdravnadzor	uk=Росздравнагляд	ru=Росздравнадзор	any=Roszdravnadzor	country=RU	hq=Moscow	kind=regulator
org:rosprirodnadzor	org	en=Rosprirodnadzor	uk=Росприроднагляд	ru=Росприроднадзор	any=Rosprirodnadzor	country=RU	hq=Moscow	kind=regulator
org:rosnedra	org	en=Rosnedra	uk=Роснадра	ru=Роснедра	any=Rosnedra	country=RU	hq=Moscow	kind=agency
org:rosgidromet	org	en=Roshydromet	uk=Росгідромет	ru=Росгидромет	any=Roshydromet	country=RU	hq=Moscow	kind=agency
org:rosarkhiv	org	en=Rosarkhiv	uk=Росархів	ru=Росархив	any=Rosarkhiv	country=RU	hq=Moscow	kind=agency
org:fsin	org	en=Federal Penitentiary Service of Russia	ru=ФСИН{x}|ФСИН России|Федеральная служба исполнения наказаний	any=FSIN	country=RU	hq=Moscow	kind=agency
org:fssp	org	en=Federal Bailiff Service of Russia	uk=ФССП Росії	ru=ФССП{x}|ФССП России|Федеральная служба судебных приставов	country=RU	hq=Moscow	kind=agency
org:fmba	org	en=Federal Medical-Biological Agency	uk=ФМБА Росії	ru=ФМБА{x}|ФМБА России	any=FMBA	country=RU	hq=Moscow	kind=agency
org:gosuslugi	org	en=Gosuslugi	ru=Госуслуги{pl}	any=Gosuslugi	country=RU	hq=Moscow	kind=eservice	note=state e-services portal
org:vs_rf_army	org	en=Armed Forces of Russia|Russian Armed Forces|Russian army	uk=Збройні сили Росії|Збройні сили РФ|ЗС РФ{x}|російська армія	ru=Вооруженные силы России|Вооруженные силы РФ|Вооружённые силы РФ|Вооруженные силы Российской Федерации|ВС России|ВС РФ{x}|российская армия	country=RU	hq=Moscow	kind=military
org:genshtab_rf	org	en=General Staff of the Russian Armed Forces	uk=Генштаб ЗС РФ|Генштаб Росії|Генеральний штаб ЗС РФ	ru=Генштаб ВС РФ|Генеральный штаб Вооруженных сил РФ|Генштаб России|Генеральный штаб ВС РФ	country=RU	hq=Moscow	kind=military
org:wagner	org	en=Wagner Group	uk=ПВК Вагнер|ПВК Вагнера|група Вагнера	ru=ЧВК Вагнер|ЧВК Вагнера|группа Вагнера	any=Wagner Group|PMC Wagner	country=RU	kind=military	note=private military company

# == Russia: regional bodies ==
org:spb_govt	org	en=Government of Saint Petersburg	uk=Уряд Санкт-Петербурга|Смольний{ctx}	ru=Правительство Санкт-Петербурга|Смольный{ctx}	country=RU	hq=Saint Petersburg	kind=regional_admin
org:zaks_spb	org	en=Legislative Assembly of Saint Petersburg	uk=Законодавчі збори Санкт-Петербурга	ru=Законодательное собрание Санкт-Петербурга|ЗакС Петербурга	country=RU	hq=Saint Petersburg	kind=regional_parliament

# == Russia: associations, chambers, think tanks, development institutions ==
org:csr_ru	org	en=Center for Strategic Research	uk=Центр стратегічних розробок	ru=Центр стратегических разработок|ЦСР{x}	country=RU	hq=Moscow	kind=think_tank
org:srg	org	en=Union of Russian Cities	uk=Союз російських міст	ru=Союз российских городов|СРГ{x}	country=RU	hq=Moscow	kind=municipal_association
org:kmo_rf	org	en=Congress of Municipalities of the Russian Federation	uk=Конгрес муніципальних утворень РФ	ru=Конгресс муниципальных образований|Конгресс муниципальных образований Российской Федерации|Конгресс муниципальных образований РФ|КМО РФ{x}|КМО{x}	country=RU	hq=Moscow	kind=municipal_association
org:varmsu	org	en=All-Russian Association for the Development of Local Self-Government	uk=Всеросійська асоціація розвитку місцевого самоврядування	ru=Всероссийская ассоциация развития местного самоуправления|ВАРМСУ{x}	country=RU	hq=Moscow	kind=municipal_association
org:mag	org	en=International Assembly of Capitals and Large Cities	uk=Міжнародна асамблея столиць і великих міст	ru=Международная ассамблея столиц и крупных городов	country=RU	hq=Moscow	kind=municipal_association
org:tpp_rf	org	en=Chamber of Commerce and Industry of Russia	uk=Торгово-промислова палата Росії|ТПП РФ{x}	ru=Торгово-промышленная палата России|Торгово-промышленная палата Российской Федерации|Торгово-промышленная палата РФ|ТПП РФ{x}|ТПП России	country=RU	hq=Moscow	kind=chamber
org:rspp	org	en=Russian Union of Industrialists and Entrepreneurs	uk=Російський союз промисловців і підприємців|РСПП{x}	ru=Российский союз промышленников и предпринимателей|РСПП{x}	any=RSPP	country=RU	hq=Moscow	kind=business_association
org:delovaya_rossiya	org	en=Delovaya Rossiya	uk=Ділова Росія	ru=Деловая Россия	country=RU	hq=Moscow	kind=business_association
org:opora_rossii	org	en=OPORA Russia	uk=Опора Росії	ru=Опора России|ОПОРА России	country=RU	hq=Moscow	kind=business_association
org:asi	org	en=Agency for Strategic Initiatives	uk=Агентство стратегічних ініціатив	ru=Агентство стратегических инициатив|АСИ{x}	country=RU	hq=Moscow	kind=agency
org:roscongress	org	en=Roscongress Foundation	uk=Фонд Росконгрес|Росконгрес	ru=Фонд Росконгресс|Фонд «Росконгресс»|Росконгресс	any=Roscongress	country=RU	hq=Moscow	kind=event_organizer
org:public_chamber_rf	org	en=Civic Chamber of the Russian Federation	uk=Громадська палата РФ	ru=Общественная палата РФ|Общественная палата России|Общественная палата Российской Федерации	country=RU	hq=Moscow	kind=civic
org:ran	org	en=Russian Academy of Sciences	uk=Російська академія наук|РАН{x}	ru=Российская академия наук|РАН{x}	country=RU	hq=Moscow	kind=academy
org:valdai	org	en=Valdai Discussion Club	uk=клуб Валдай|Міжнародний дискусійний клуб Валдай	ru=Международный дискуссионный клуб «Валдай»|клуб «Валдай»|клуб Валдай	any=Valdai Club	country=RU	hq=Moscow	kind=think_tank
org:riac	org	en=Russian International Affairs Council	uk=Російська рада з міжнародних справ|РРМС{x}	ru=Российский совет по международным делам|РСМД{x}	any=RIAC	country=RU	hq=Moscow	kind=think_tank
org:vciom	org	en=VTsIOM|Russian Public Opinion Research Center	uk=ВЦИОМ{x}	ru=ВЦИОМ{x}|Всероссийский центр изучения общественного мнения	any=VTsIOM|WCIOM	country=RU	hq=Moscow	kind=pollster
org:levada	org	en=Levada Center	uk=Левада-центр|Левада-Центр	ru=Левада-центр|Левада-Центр	any=Levada Center|Levada-Center	country=RU	hq=Moscow	kind=pollster
org:fom	org	en=Public Opinion Foundation	uk=Фонд Громадська думка	ru=Фонд «Общественное мнение»|Фонд Общественное мнение|ФОМ{x}	country=RU	hq=Moscow	kind=pollster
org:rpc	org	en=Russian Orthodox Church	uk=Російська православна церква|РПЦ{x}|Московський патріархат	ru=Русская православная церковь|РПЦ{x}|Московский патриархат|Московская патриархия	country=RU	hq=Moscow	kind=religious

# == Russia: political parties ==
org:edro	org	en=United Russia	uk=Єдина Росія	ru=Единая Россия	any=United Russia	country=RU	hq=Moscow	kind=party
org:kprf	org	en=Communist Party of the Russian Federation	uk=КПРФ{x}|Комуністична партія РФ	ru=КПРФ{x}|Коммунистическая партия Российской Федерации	any=CPRF	country=RU	hq=Moscow	kind=party
org:ldpr	org	en=Liberal Democratic Party of Russia	uk=ЛДПР{x}	ru=ЛДПР{x}|Либерально-демократическая партия России	any=LDPR	country=RU	hq=Moscow	kind=party
org:sr	org	en=A Just Russia – For Truth	uk=Справедлива Росія	ru=Справедливая Россия|Справедливая Россия — За правду	any=A Just Russia	country=RU	hq=Moscow	kind=party
org:new_people	org	en=New People	uk=партія Нові люди	ru=партия «Новые люди»|партия Новые люди	country=RU	hq=Moscow	kind=party
org:yabloko	org	en=Yabloko	uk=партія Яблуко|Яблуко{ctx}	ru=партия «Яблоко»|партия Яблоко|Яблоко{ctx}	any=Yabloko	country=RU	hq=Moscow	kind=party

# == Ukraine: state authorities ==
org:verkhovna_rada_ua	org	en=Verkhovna Rada of Ukraine|Verkhovna Rada|Ukrainian parliament|parliament of Ukraine	uk=Верховна Рада України|Верховна Рада|ВРУ{x}|Верховна рада|Рада{ctx}|український парламент|парламент України	ru=Верховная Рада Украины|Верховная Рада|Верховная рада|Рада{ctx}|украинский парламент|парламент Украины	country=UA	hq=Kyiv	kind=parliament
org:cabinet_ua	org	en=Cabinet of Ministers of Ukraine|Ukrainian government|government of Ukraine	uk=Кабінет Міністрів України|Кабінет міністрів України|Кабмін|КМУ{x}|уряд України|український уряд|Кабінет Міністрів|Кабінет міністрів	ru=Кабинет министров Украины|Кабинет Министров Украины|Кабмин|правительство Украины|украинское правительство|Кабинет министров|Кабинет Министров	country=UA	hq=Kyiv	kind=government
org:president_office_ua	org	en=Office of the President of Ukraine|President's Office	uk=Офіс Президента України|Офіс президента України|Офіс Президента|Офіс президента|ОП{ctx}{x}|Банкова{ctx}	ru=Офис президента Украины|Офис Президента Украины|Офис президента|Офис Президента|Банковая{ctx}	country=UA	hq=Kyiv	kind=executive	note=formerly Presidential Administration (АП)
org:nsdc_ua	org	en=National Security and Defense Council of Ukraine	uk=Рада національної безпеки і оборони України|Рада національної безпеки і оборони|РНБО{x}|РНБОУ{x}	ru=Совет национальной безопасности и обороны Украины|СНБО{x}|СНБОУ{x}	any=NSDC	country=UA	hq=Kyiv	kind=security
org:mfa_ua	org	en=Ministry of Foreign Affairs of Ukraine|Ukrainian Foreign Ministry|Foreign Ministry of Ukraine	uk=Міністерство закордонних справ України|МЗС України|МЗС{x}|Мінзакордонсправ	ru=Министерство иностранных дел Украины|МИД Украины	country=UA	hq=Kyiv	kind=ministry
org:mineconomy_ua	org	en=Ministry of Economy of Ukraine	uk=Міністерство економіки України|Міністерство економіки, довкілля та сільського господарства України|Мінекономіки|Мінекономіки України|Мінекономрозвитку	ru=Министерство экономики Украины|Минэкономики Украины	country=UA	hq=Kyiv	kind=ministry
org:minfin_ua	org	en=Ministry of Finance of Ukraine	uk=Міністерство фінансів України|Мінфін|Мінфін України	ru=Министерство финансов Украины|Минфин Украины	country=UA	hq=Kyiv	kind=ministry
org:mvs_ua	org	en=Ministry of Internal Affairs of Ukraine	uk=Міністерство внутрішніх справ України|МВС України|МВС{x}	ru=Министерство внутренних дел Украины|МВД Украины|МВД{ctx}{x}	country=UA	hq=Kyiv	kind=ministry
org:mod_ua	org	en=Ministry of Defence of Ukraine	uk=Міністерство оборони України|Міноборони України|Міноборони|Міністерство оборони	ru=Министерство обороны Украины|Минобороны Украины	country=UA	hq=Kyiv	kind=ministry
org:moz_ua	org	en=Ministry of Health of Ukraine	uk=Міністерство охорони здоров'я України|Міністерство охорони здоров’я України|МОЗ України|МОЗ{x}	ru=Министерство здравоохранения Украины|Минздрав Украины|МОЗ Украины|Минздрав{ctx}	country=UA	hq=Kyiv	kind=ministry
org:mon_ua	org	en=Ministry of Education and Science of Ukraine	uk=Міністерство освіти і науки України|МОН України|МОН{x}|Міносвіти	ru=Министерство образования и науки Украины|МОН Украины	country=UA	hq=Kyiv	kind=ministry
org:minjust_ua	org	en=Ministry of Justice of Ukraine	uk=Міністерство юстиції України|Мін'юст|Мін’юст|Мінюст	ru=Министерство юстиции Украины|Минюст Украины	country=UA	hq=Kyiv	kind=ministry
org:minenergo_ua	org	en=Ministry of Energy of Ukraine	uk=Міністерство енергетики України|Міненерго|Міненерго України	ru=Министерство энергетики Украины|Минэнерго Украины	country=UA	hq=Kyiv	kind=ministry
org:mindev_ua	org	en=Ministry for Development of Communities and Territories of Ukraine	uk=Міністерство розвитку громад та територій України|Міністерство розвитку громад, територій та інфраструктури України|Мінрозвитку|Мінрегіон|Мінінфраструктури|Міністерство інфраструктури України	ru=Министерство развития общин и территорий Украины|Минрегион Украины|Мининфраструктуры Украины|Министерство инфраструктуры Украины	country=UA	hq=Kyiv	kind=ministry	note=merged with the Ministry of Infrastructure in 2022
org:minculture_ua	org	en=Ministry of Culture of Ukraine	uk=Міністерство культури України|Міністерство культури та стратегічних комунікацій України|Мінкульт|Мінкультури	ru=Министерство культуры Украины|Минкульт Украины	country=UA	hq=Kyiv	kind=ministry
org:minsoc_ua	org	en=Ministry of Social Policy of Ukraine	uk=Міністерство соціальної політики України|Мінсоцполітики	ru=Министерство социальной политики Украины|Минсоцполитики Украины	country=UA	hq=Kyiv	kind=ministry
org:mintsyfra_ua	org	en=Ministry of Digital Transformation of Ukraine	uk=Міністерство цифрової трансформації України|Мінцифри|Мінцифра	ru=Министерство цифровой трансформации Украины|Минцифры Украины	country=UA	hq=Kyiv	kind=ministry
org:minagro_ua	org	en=Ministry of Agrarian Policy and Food of Ukraine	uk=Міністерство аграрної політики та продовольства України|Мінагрополітики|Мінагро	ru=Министерство аграрной политики и продовольствия Украины|Минагрополитики Украины	country=UA	hq=Kyiv	kind=ministry
org:minstrategprom_ua	org	en=Ministry of Strategic Industries of Ukraine	uk=Міністерство з питань стратегічних галузей промисловості України|Мінстратегпром	ru=Министерство по вопросам стратегических отраслей промышленности Украины|Минстратегпром Украины	country=UA	hq=Kyiv	kind=ministry
org:minveteran_ua	org	en=Ministry of Veterans Affairs of Ukraine	uk=Міністерство у справах ветеранів України|Мінветеранів	ru=Министерство по делам ветеранов Украины|Минветеранов Украины	country=UA	hq=Kyiv	kind=ministry
org:minreintegration_ua	org	en=Ministry of Reintegration of Temporarily Occupied Territories of Ukraine	uk=Міністерство з питань реінтеграції тимчасово окупованих територій України|Мінреінтеграції	ru=Министерство по вопросам реинтеграции временно оккупированных территорий Украины|Минреинтеграции Украины	country=UA	hq=Kyiv	kind=ministry
org:mindovkillia_ua	org	en=Ministry of Environmental Protection and Natural Resources of Ukraine	uk=Міністерство захисту довкілля та природних ресурсів України|Міндовкілля	ru=Министерство защиты окружающей среды и природных ресурсов Украины|Миндовкилля{x}	country=UA	hq=Kyiv	kind=ministry
org:minmolodsport_ua	org	en=Ministry of Youth and Sports of Ukraine	uk=Міністерство молоді та спорту України|Мінмолодьспорту|Мінспорту	ru=Министерство молодежи и спорта Украины|Минмолодежьспорта Украины	country=UA	hq=Kyiv	kind=ministry
org:nbu	org	en=National Bank of Ukraine	uk=Національний банк України|Нацбанк|НБУ{x}	ru=Национальный банк Украины|Нацбанк Украины|НБУ{x}	any=NBU	country=UA	hq=Kyiv	kind=central_bank
org:sbu	org	en=Security Service of Ukraine	uk=Служба безпеки України|СБУ{x}|СБ України	ru=Служба безопасности Украины|СБУ{x}	any=SBU	country=UA	hq=Kyiv	kind=security
org:hur_ua	org	en=Defence Intelligence of Ukraine|Main Directorate of Intelligence of the Ministry of Defence of Ukraine	uk=Головне управління розвідки Міністерства оборони України|Головне управління розвідки|ГУР МО України|ГУР Міноборони|ГУР МО{x}|ГУР{x}|Воєнна розвідка	ru=Главное управление разведки Министерства обороны Украины|Главное управление разведки|ГУР Минобороны Украины|ГУР МО Украины|ГУР{x}	any=HUR|GUR	country=UA	hq=Kyiv	kind=intelligence
org:szr_ua	org	en=Foreign Intelligence Service of Ukraine	uk=Служба зовнішньої розвідки України|СЗР{x}|СЗРУ{x}	ru=Служба внешней разведки Украины|СЗР Украины	country=UA	hq=Kyiv	kind=intelligence
org:nabu	org	en=National Anti-Corruption Bureau of Ukraine	uk=Національне антикорупційне бюро України|Національне антикорупційне бюро|НАБУ{x}	ru=Национальное антикоррупционное бюро Украины|Национальное антикоррупционное бюро|НАБУ{x}	any=NABU	country=UA	hq=Kyiv	kind=law_enforcement
org:sap_ua	org	en=Specialized Anti-Corruption Prosecutor's Office	uk=Спеціалізована антикорупційна прокуратура|САП{x}	ru=Специализированная антикоррупционная прокуратура|САП{x}	any=SAPO	country=UA	hq=Kyiv	kind=prosecution
org:nazk	org	en=National Agency on Corruption Prevention	uk=Національне агентство з питань запобігання корупції|НАЗК{x}	ru=Национальное агентство по вопросам предотвращения коррупции|НАПК{x}	any=NACP	country=UA	hq=Kyiv	kind=agency
org:dbr	org	en=State Bureau of Investigation	uk=Державне бюро розслідувань|ДБР{x}	ru=Государственное бюро расследований|ГБР{x}	country=UA	hq=Kyiv	kind=law_enforcement
org:ogp_ua	org	en=Office of the Prosecutor General of Ukraine|Prosecutor General's Office of Ukraine	uk=Офіс Генерального прокурора|Офіс генпрокурора|Генеральна прокуратура України|Генпрокуратура України|ОГП{x}|Генпрокуратура|Генеральна прокуратура	ru=Офис Генерального прокурора Украины|Офис генпрокурора|Генеральная прокуратура Украины|Генпрокуратура Украины|Генпрокуратура{ctx}	country=UA	hq=Kyiv	kind=prosecution
org:npu	org	en=National Police of Ukraine	uk=Національна поліція України|Національна поліція|Нацполіція	ru=Национальная полиция Украины|Нацполиция Украины|Нацполиция	country=UA	hq=Kyiv	kind=law_enforcement
org:dsns	org	en=State Emergency Service of Ukraine	uk=Державна служба України з надзвичайних ситуацій|ДСНС{x}|ДСНС України	ru=Государственная служба Украины по чрезвычайным ситуациям|ГСЧС{x}|ГСЧС Украины	any=SESU	country=UA	hq=Kyiv	kind=agency
org:dpsu	org	en=State Border Guard Service of Ukraine	uk=Державна прикордонна служба України|Держприкордонслужба|ДПСУ{x}	ru=Государственная пограничная служба Украины|Госпогранслужба Украины|ГПСУ{x}	country=UA	hq=Kyiv	kind=agency
org:dps_ua	org	en=State Tax Service of Ukraine	uk=Державна податкова служба України|ДПС{x}|ДПС України|Податкова служба	ru=Государственная налоговая служба Украины|ГНС Украины	country=UA	hq=Kyiv	kind=agency
org:customs_ua	org	en=State Customs Service of Ukraine	uk=Державна митна служба України|Держмитслужба|Митна служба України	ru=Государственная таможенная служба Украины|Гостаможслужба Украины	country=UA	hq=Kyiv	kind=agency
org:amku	org	en=Antimonopoly Committee of Ukraine	uk=Антимонопольний комітет України|АМКУ{x}|Антимонопольний комітет	ru=Антимонопольный комитет Украины|АМКУ{x}	any=AMCU	country=UA	hq=Kyiv	kind=regulator
org:nkrekp	org	en=National Energy and Utilities Regulatory Commission	uk=Національна комісія, що здійснює державне регулювання у сферах енергетики та комунальних послуг|НКРЕКП{x}	ru=Национальная комиссия, осуществляющая государственное регулирование в сферах энергетики и коммунальных услуг|НКРЭКУ{x}	any=NEURC	country=UA	hq=Kyiv	kind=regulator
org:nkcpfr	org	en=National Securities and Stock Market Commission	uk=Національна комісія з цінних паперів та фондового ринку|НКЦПФР{x}	ru=Национальная комиссия по ценным бумагам и фондовому рынку|НКЦБФР{x}	any=NSSMC	country=UA	hq=Kyiv	kind=regulator
org:fdmu	org	en=State Property Fund of Ukraine	uk=Фонд державного майна України|Фонд держмайна|ФДМУ{x}	ru=Фонд государственного имущества Украины|Фонд госимущества|ФГИУ{x}	any=SPFU	country=UA	hq=Kyiv	kind=agency
org:pfu	org	en=Pension Fund of Ukraine	uk=Пенсійний фонд України|Пенсійний фонд|ПФУ{x}	ru=Пенсионный фонд Украины|ПФУ{x}	country=UA	hq=Kyiv	kind=agency
org:cvk_ua	org	en=Central Election Commission of Ukraine	uk=Центральна виборча комісія|Центральна виборча комісія України|ЦВК{x}	ru=Центральная избирательная комиссия Украины|ЦИК Украины|ЦИК{x}	country=UA	hq=Kyiv	kind=election
org:ksu	org	en=Constitutional Court of Ukraine	uk=Конституційний Суд України|Конституційний суд України|КСУ{x}|Конституційний суд|Конституційний Суд	ru=Конституционный суд Украины|КСУ{x}	country=UA	hq=Kyiv	kind=court
org:vsu_court	org	en=Supreme Court of Ukraine	uk=Верховний Суд|Верховний суд України|Верховний Суд України	ru=Верховный суд Украины|Верховный суд|Верховный Суд	country=UA	hq=Kyiv	kind=court
org:vaks	org	en=High Anti-Corruption Court of Ukraine	uk=Вищий антикорупційний суд|ВАКС{x}	ru=Высший антикоррупционный суд Украины|ВАКС{x}	any=HACC	country=UA	hq=Kyiv	kind=court
org:rp_ua	org	en=Accounting Chamber of Ukraine	uk=Рахункова палата України|Рахункова палата	ru=Счетная палата Украины	country=UA	hq=Kyiv	kind=audit
org:ombudsman_ua	org	en=Ukrainian Parliament Commissioner for Human Rights	uk=Уповноважений Верховної Ради України з прав людини|Офіс Омбудсмана|Офіс Уповноваженого Верховної Ради з прав людини	ru=Уполномоченный Верховной Рады Украины по правам человека	country=UA	hq=Kyiv	kind=ombudsman
org:ukravtodor	org	en=Ukravtodor|State Agency for Restoration and Development of Infrastructure of Ukraine	uk=Укравтодор|Державне агентство автомобільних доріг України|Агентство відновлення|Державне агентство відновлення та розвитку інфраструктури України	ru=Укравтодор|Государственное агентство автомобильных дорог Украины	any=Ukravtodor	country=UA	hq=Kyiv	kind=agency
org:ukrtransbezpeka	org	en=State Service of Ukraine for Transport Safety	uk=Укртрансбезпека|Державна служба України з безпеки на транспорті	ru=Укртрансбезопасность	country=UA	hq=Kyiv	kind=agency
org:derzhkino	org	en=State Film Agency of Ukraine	uk=Держкіно{n}|Державне агентство України з питань кіно	ru=Госкино Украины	country=UA	hq=Kyiv	kind=agency
org:ukrstat	org	en=State Statistics Service of Ukraine	uk=Державна служба статистики України|Держстат|Держстат України	ru=Государственная служба статистики Украины|Госстат Украины	any=Ukrstat	country=UA	hq=Kyiv	kind=agency
org:derzhprodspozhyvsluzhba	org	en=State Service of Ukraine on Food Safety and Consumer Protection	uk=Держпродспоживслужба|Державна служба України з питань безпечності харчових продуктів та захисту споживачів	ru=Госпродпотребслужба|Государственная служба Украины по вопросам безопасности пищевых продуктов и защиты потребителей	country=UA	hq=Kyiv	kind=agency
org:dsa_ua	org	en=State Judicial Administration of Ukraine	uk=Державна судова адміністрація України|ДСА{x}	ru=Государственная судебная администрация Украины	country=UA	hq=Kyiv	kind=agency
org:sspzzi	org	en=State Service of Special Communications and Information Protection of Ukraine	uk=Державна служба спеціального зв'язку та захисту інформації України|Держспецзв'язку|Держспецзв’язку	ru=Госспецсвязи Украины|Государственная служба специальной связи и защиты информации Украины	any=SSSCIP	country=UA	hq=Kyiv	kind=agency
org:uinp	org	en=Ukrainian Institute of National Memory	uk=Український інститут національної пам'яті|Український інститут національної пам’яті|УІНП{x}	ru=Украинский институт национальной памяти	country=UA	hq=Kyiv	kind=agency
org:ukrainian_institute	org	en=Ukrainian Institute	uk=Український інститут	ru=Украинский институт	country=UA	hq=Kyiv	kind=agency
org:ukraineinvest	org	en=UkraineInvest	uk=Офіс з просування інвестицій	any=UkraineInvest	country=UA	hq=Kyiv	kind=agency
org:diia	org	en=Diia	uk=Дія{ctx}|застосунок Дія|портал Дія	any=Diia	country=UA	hq=Kyiv	kind=eservice	note=state e-services portal and app
org:prozorro	org	en=Prozorro	uk=Прозорро	any=Prozorro|ProZorro	country=UA	hq=Kyiv	kind=eservice	note=public procurement system

# == Ukraine: armed forces ==
org:zsu	org	en=Armed Forces of Ukraine|Ukrainian Armed Forces	uk=Збройні сили України|Збройні Сили України|ЗСУ{x}|ЗС України|Збройні Сили|Збройні сили	ru=Вооруженные силы Украины|Вооружённые силы Украины|ВСУ{x}|ВС Украины	any=AFU	country=UA	hq=Kyiv	kind=military
org:genstab_ua	org	en=General Staff of the Armed Forces of Ukraine	uk=Генеральний штаб Збройних сил України|Генштаб ЗСУ|Генштаб|Генеральний штаб ЗСУ	ru=Генеральный штаб Вооруженных сил Украины|Генштаб ВСУ	country=UA	hq=Kyiv	kind=military
org:ngu	org	en=National Guard of Ukraine	uk=Національна гвардія України|Нацгвардія|НГУ{x}	ru=Национальная гвардия Украины|Нацгвардия Украины	any=NGU	country=UA	hq=Kyiv	kind=military
org:ps_zsu	org	en=Ukrainian Air Force	uk=Повітряні сили ЗСУ|Повітряні сили України|Повітряні сили Збройних сил України	ru=Воздушные силы ВСУ|Воздушные силы Украины	country=UA	hq=Vinnytsia	kind=military
org:vms_zsu	org	en=Ukrainian Navy	uk=Військово-морські сили ЗСУ|Військово-морські сили України|ВМС ЗСУ{x}|ВМС України	ru=Военно-морские силы Украины|ВМС Украины	country=UA	hq=Odesa	kind=military
org:sso_ua	org	en=Special Operations Forces of Ukraine	uk=Сили спеціальних операцій|ССО{x}|ССО ЗСУ{x}	ru=Силы специальных операций Украины|ССО Украины	country=UA	hq=Kyiv	kind=military
org:tro_ua	org	en=Territorial Defense Forces of Ukraine	uk=Сили територіальної оборони|Сили ТрО|ТрО|Територіальна оборона	ru=Силы территориальной обороны Украины|ТрО	country=UA	hq=Kyiv	kind=military
org:usf_ua	org	en=Unmanned Systems Forces	uk=Сили безпілотних систем|СБС{x}	ru=Силы беспилотных систем	country=UA	hq=Kyiv	kind=military
