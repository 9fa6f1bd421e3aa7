# factum default lexicon: geographic features and places inside cities (type
# region, the output type SPEC.md gives to places that are not a city or a
# country): rivers, seas, oceans, straits, lakes, mountains, islands and
# peninsulas often in the news; historical lands; the best-known districts,
# squares and landmarks of the largest Ukrainian and Russian cities and of a
# few capitals.
# Curated by hand from general geographic knowledge (the names as Ukrainian
# and Russian style guides and encyclopedias write them); ids are lexicon
# keys geo:<kind>:<slug> (no Wikidata QIDs assigned here). kind= is river,
# sea, ocean, strait, lake, mountain, island, peninsula, historical,
# district, square, street, park, landmark; country= is the ISO alpha-2 code
# where the place lies in one country, city= the English name of its city.
# Names are nominative and declined by code; forms the code cannot build
# (fleeting vowels, the Ukrainian neuter "море", possessive adjectives such
# as "Бабин Яр", pluralia in -ї) are listed as written with {x}. Names that
# are also common words or first names carry {ctx}.

# Rivers
geo:river:dnister	region	kind=river	en=Dniester|Dnister	uk=Дністер|Дністра{x}|Дністру{x}|Дністрові{x}|Дністром{x}|Дністрі{x}	ru=Днестр	country=UA
geo:river:danube	region	kind=river	en=Danube	uk=Дунай	ru=Дунай
geo:river:southern_buh	region	kind=river	en=Southern Bug|Southern Buh	uk=Південний Буг	ru=Южный Буг	country=UA
geo:river:western_bug	region	kind=river	en=Western Bug	uk=Західний Буг	ru=Западный Буг
geo:river:siverskyi_donets	region	kind=river	en=Seversky Donets|Siverskyi Donets	uk=Сіверський Донець	ru=Северский Донец
geo:river:desna	region	kind=river	en=Desna	uk=Десна	ru=Десна
geo:river:tysa	region	kind=river	en=Tisza|Tysa	uk=Тиса	ru=Тиса
geo:river:prut	region	kind=river	en=Prut	uk=Прут	ru=Прут
geo:river:cheremosh	region	kind=river	en=Cheremosh	uk=Черемош	ru=Черемош	country=UA
geo:river:zbruch	region	kind=river	en=Zbruch	uk=Збруч	ru=Збруч	country=UA
geo:river:san	region	kind=river	en=San River	uk=Сян{ctx}	ru=Сан{ctx}
geo:river:ros	region	kind=river	en=Ros River	uk=Рось{f}	ru=Рось{f}	country=UA
geo:river:vorskla	region	kind=river	en=Vorskla	uk=Ворскла	ru=Ворскла
geo:river:psel	region	kind=river	en=Psel	uk=Псел|Псла{x}|Пслу{x}|Пслом{x}|Пслі{x}	ru=Псёл|Псла{x}|Пслу{x}|Пслом{x}|Псле{x}
geo:river:sula	region	kind=river	en=Sula River	uk=Сула	ru=Сула	country=UA
geo:river:horyn	region	kind=river	en=Horyn	uk=Горинь{f}	ru=Горынь{f}
geo:river:sluch	region	kind=river	en=Sluch	uk=Случ{f}	ru=Случь{f}	country=UA
geo:river:inhulets	region	kind=river	en=Inhulets	uk=Інгулець	ru=Ингулец	country=UA
geo:river:poltva	region	kind=river	en=Poltva	uk=Полтва	ru=Полтва	country=UA
geo:river:strypa	region	kind=river	en=Strypa	uk=Стрипа	ru=Стрыпа	country=UA
geo:river:volga	region	kind=river	en=Volga	uk=Волга	ru=Волга	country=RU
geo:river:neva	region	kind=river	en=Neva	uk=Нева	ru=Нева	country=RU
geo:river:yenisei	region	kind=river	en=Yenisei	uk=Єнісей	ru=Енисей	country=RU
geo:river:irtysh	region	kind=river	en=Irtysh	uk=Іртиш	ru=Иртыш
geo:river:amur	region	kind=river	en=Amur River	uk=Амур{ctx}	ru=Амур{ctx}
geo:river:rhine	region	kind=river	en=Rhine	uk=Рейн	ru=Рейн
geo:river:elbe	region	kind=river	en=Elbe	uk=Ельба	ru=Эльба
geo:river:oder	region	kind=river	en=Oder	uk=Одер|Одра	ru=Одер|Одра
geo:river:vistula	region	kind=river	en=Vistula	uk=Вісла	ru=Висла
geo:river:thames	region	kind=river	en=Thames	uk=Темза	ru=Темза	country=GB
geo:river:seine	region	kind=river	en=Seine	uk=Сена	ru=Сена	country=FR
geo:river:nile	region	kind=river	en=Nile	uk=Ніл{ctx}	ru=Нил{ctx}
geo:river:potomac	region	kind=river	en=Potomac	uk=Потомак	ru=Потомак	country=US
geo:river:hudson	region	kind=river	en=Hudson River	uk=Гудзон	ru=Гудзон	country=US
geo:river:amazon	region	kind=river	en=Amazon River	uk=Амазонка	ru=Амазонка
geo:river:yangtze	region	kind=river	en=Yangtze	uk=Янцзи{x}|Янцзи́{x}	ru=Янцзы{x}	country=CN
geo:river:euphrates	region	kind=river	en=Euphrates	uk=Євфрат	ru=Евфрат

# Seas, oceans, gulfs and straits
geo:sea:black_sea	region	kind=sea	en=Black Sea	uk=Чорне море|Чорного моря{x}|Чорному морю{x}|Чорним морем{x}|Чорному морі{x}|Чорнім морі{x}	ru=Черное море
geo:sea:azov_sea	region	kind=sea	en=Sea of Azov|Azov Sea	uk=Азовське море|Азовського моря{x}|Азовському морю{x}|Азовським морем{x}|Азовському морі{x}|Азовськім морі{x}	ru=Азовское море
geo:sea:baltic_sea	region	kind=sea	en=Baltic Sea	uk=Балтійське море|Балтійського моря{x}|Балтійському морю{x}|Балтійським морем{x}|Балтійському морі{x}|Балтійськім морі{x}|Балтика	ru=Балтийское море|Балтика
geo:sea:north_sea	region	kind=sea	en=North Sea	uk=Північне море|Північного моря{x}|Північному морю{x}|Північним морем{x}|Північному морі{x}|Північнім морі{x}	ru=Северное море
geo:sea:mediterranean_sea	region	kind=sea	en=Mediterranean Sea	uk=Середземне море|Середземного моря{x}|Середземному морю{x}|Середземним морем{x}|Середземному морі{x}|Середземнім морі{x}	ru=Средиземное море
geo:sea:caspian_sea	region	kind=sea	en=Caspian Sea	uk=Каспійське море|Каспійського моря{x}|Каспійському морю{x}|Каспійським морем{x}|Каспійському морі{x}|Каспійськім морі{x}|Каспій	ru=Каспийское море|Каспий
geo:sea:red_sea	region	kind=sea	en=Red Sea	uk=Червоне море|Червоного моря{x}|Червоному морю{x}|Червоним морем{x}|Червоному морі{x}|Червонім морі{x}	ru=Красное море
geo:sea:white_sea	region	kind=sea	en=White Sea	uk=Біле море|Білого моря{x}|Білому морю{x}|Білим морем{x}|Білому морі{x}|Білім морі{x}	ru=Белое море
geo:sea:barents_sea	region	kind=sea	en=Barents Sea	uk=Баренцове море|Баренцового моря{x}|Баренцовому морю{x}|Баренцовим морем{x}|Баренцовому морі{x}	ru=Баренцево море
geo:sea:aegean_sea	region	kind=sea	en=Aegean Sea	uk=Егейське море|Егейського моря{x}|Егейському морю{x}|Егейським морем{x}|Егейському морі{x}	ru=Эгейское море
geo:sea:adriatic_sea	region	kind=sea	en=Adriatic Sea	uk=Адріатичне море|Адріатичного моря{x}|Адріатичному морю{x}|Адріатичним морем{x}|Адріатичному морі{x}|Адріатика	ru=Адриатическое море|Адриатика
geo:sea:japan_sea	region	kind=sea	en=Sea of Japan	uk=Японське море|Японського моря{x}|Японському морю{x}|Японським морем{x}|Японському морі{x}	ru=Японское море
geo:sea:okhotsk_sea	region	kind=sea	en=Sea of Okhotsk	uk=Охотське море|Охотського моря{x}|Охотському морю{x}|Охотським морем{x}|Охотському морі{x}	ru=Охотское море
geo:sea:south_china_sea	region	kind=sea	en=South China Sea	uk=Південнокитайське море|Південнокитайського моря{x}|Південнокитайському морю{x}|Південнокитайським морем{x}|Південнокитайському морі{x}|Південно-Китайське море|Південно-Китайського моря{x}|Південно-Китайському морі{x}	ru=Южно-Китайское море
geo:sea:caribbean_sea	region	kind=sea	en=Caribbean Sea	uk=Карибське море|Карибського моря{x}|Карибському морю{x}|Карибським морем{x}|Карибському морі{x}	ru=Карибское море
geo:sea:arabian_sea	region	kind=sea	en=Arabian Sea	uk=Аравійське море|Аравійського моря{x}|Аравійському морю{x}|Аравійським морем{x}|Аравійському морі{x}	ru=Аравийское море
geo:ocean:atlantic	region	kind=ocean	en=Atlantic Ocean|Atlantic	uk=Атлантичний океан|Атлантика	ru=Атлантический океан|Атлантика
geo:ocean:pacific	region	kind=ocean	en=Pacific Ocean|Pacific	uk=Тихий океан	ru=Тихий океан
geo:ocean:indian	region	kind=ocean	en=Indian Ocean	uk=Індійський океан	ru=Индийский океан
geo:ocean:arctic	region	kind=ocean	en=Arctic Ocean	uk=Північний Льодовитий океан	ru=Северный Ледовитый океан
geo:strait:english_channel	region	kind=strait	en=English Channel	uk=Ла-Манш	ru=Ла-Манш
geo:strait:bosphorus	region	kind=strait	en=Bosphorus|Bosporus	uk=Босфор	ru=Босфор	country=TR
geo:strait:dardanelles	region	kind=strait	en=Dardanelles	uk=Дарданелли{pl}	ru=Дарданеллы{pl}	country=TR
geo:strait:kerch	region	kind=strait	en=Kerch Strait	uk=Керченська протока	ru=Керченский пролив
geo:strait:hormuz	region	kind=strait	en=Strait of Hormuz	uk=Ормузька протока	ru=Ормузский пролив
geo:strait:taiwan	region	kind=strait	en=Taiwan Strait	uk=Тайванська протока	ru=Тайваньский пролив
geo:gulf:finland	region	kind=gulf	en=Gulf of Finland	uk=Фінська затока	ru=Финский залив
geo:gulf:mexico	region	kind=gulf	en=Gulf of Mexico	uk=Мексиканська затока	ru=Мексиканский залив
geo:gulf:aden	region	kind=gulf	en=Gulf of Aden	uk=Аденська затока	ru=Аденский залив
geo:gulf:chesapeake	region	kind=gulf	en=Chesapeake Bay	uk=Чесапікська затока	ru=Чесапикский залив	country=US
geo:canal:suez	region	kind=canal	en=Suez Canal	uk=Суецький канал	ru=Суэцкий канал	country=EG
geo:canal:panama	region	kind=canal	en=Panama Canal	uk=Панамський канал	ru=Панамский канал	country=PA

# Lakes and reservoirs
geo:lake:baikal	region	kind=lake	en=Lake Baikal|Baikal	uk=Байкал|озеро Байкал	ru=Байкал|озеро Байкал	country=RU
geo:lake:ladoga	region	kind=lake	en=Lake Ladoga	uk=Ладозьке озеро	ru=Ладожское озеро	country=RU
geo:lake:onega	region	kind=lake	en=Lake Onega	uk=Онезьке озеро	ru=Онежское озеро	country=RU
geo:lake:geneva	region	kind=lake	en=Lake Geneva	uk=Женевське озеро	ru=Женевское озеро
geo:lake:constance	region	kind=lake	en=Lake Constance	uk=Боденське озеро	ru=Боденское озеро
geo:lake:svitiaz	region	kind=lake	en=Lake Svitiaz	uk=Світязь{m}|озеро Світязь	ru=Свитязь{f}|озеро Свитязь	country=UA
geo:lake:synevyr	region	kind=lake	en=Lake Synevyr	uk=Синевир|озеро Синевир	ru=Синевир|озеро Синевир	country=UA
geo:lake:balaton	region	kind=lake	en=Lake Balaton	uk=Балатон	ru=Балатон	country=HU
geo:reservoir:kakhovka	region	kind=lake	en=Kakhovka Reservoir	uk=Каховське водосховище	ru=Каховское водохранилище	country=UA
geo:reservoir:kyiv	region	kind=lake	en=Kyiv Reservoir	uk=Київське водосховище	ru=Киевское водохранилище	country=UA

# Mountains
geo:mountain:carpathians	region	kind=mountain	en=Carpathians|Carpathian Mountains	uk=Карпати{pl}|Карпатські гори{pl}|Українські Карпати{pl}	ru=Карпаты{pl}|Карпатские горы{pl}
geo:mountain:alps	region	kind=mountain	en=Alps	uk=Альпи{pl}	ru=Альпы{pl}
geo:mountain:himalayas	region	kind=mountain	en=Himalayas	uk=Гімалаї{x}|Гімалаїв{x}|Гімалаям{x}|Гімалаях{x}|Гімалаями{x}	ru=Гималаи{x}|Гималаев{x}|Гималаям{x}|Гималаях{x}|Гималаями{x}
geo:mountain:andes	region	kind=mountain	en=Andes	uk=Анди{pl}	ru=Анды{pl}
geo:mountain:pyrenees	region	kind=mountain	en=Pyrenees	uk=Піренеї{x}|Піренеїв{x}|Піренеям{x}|Піренеях{x}	ru=Пиренеи{x}|Пиренеев{x}|Пиренеям{x}|Пиренеях{x}
geo:mountain:apennines	region	kind=mountain	en=Apennines	uk=Апенніни{pl}	ru=Апеннины{pl}
geo:mountain:urals	region	kind=mountain	en=Ural Mountains	uk=Уральські гори{pl}	ru=Уральские горы{pl}	country=RU
geo:mountain:crimean	region	kind=mountain	en=Crimean Mountains	uk=Кримські гори{pl}	ru=Крымские горы{pl}	country=UA
geo:mountain:hoverla	region	kind=mountain	en=Hoverla	uk=Говерла	ru=Говерла	country=UA
geo:mountain:elbrus	region	kind=mountain	en=Elbrus	uk=Ельбрус	ru=Эльбрус	country=RU
geo:mountain:everest	region	kind=mountain	en=Everest|Mount Everest	uk=Еверест	ru=Эверест
geo:mountain:tian_shan	region	kind=mountain	en=Tian Shan	uk=Тянь-Шань{m}	ru=Тянь-Шань{m}
geo:mountain:pamir	region	kind=mountain	en=Pamir|Pamirs	uk=Памір	ru=Памир

# Islands and peninsulas
geo:island:khortytsia	region	kind=island	en=Khortytsia	uk=Хортиця	ru=Хортица	country=UA	city=Zaporizhzhia
geo:island:snake_island	region	kind=island	en=Snake Island|Zmiinyi Island	uk=Зміїний острів|острів Зміїний|Зміїного острова{x}|Зміїному острові{x}|Зміїним островом{x}	ru=Змеиный остров|остров Змеиный|Змеиного острова{x}|Змеином острове{x}	country=UA
geo:island:crete	region	kind=island	en=Crete	uk=Крит	ru=Крит	country=GR
geo:island:honshu	region	kind=island	en=Honshu	uk=Хонсю{x}	ru=Хонсю{x}	country=JP
geo:island:british_isles	region	kind=island	en=British Isles	uk=Британські острови{pl}	ru=Британские острова{pl}
geo:island:virgin_islands	region	kind=island	en=Virgin Islands	uk=Віргінські острови{pl}|Віргінські Острови{pl}	ru=Виргинские острова{pl}|Виргинские Острова{pl}
geo:island:antilles	region	kind=island	en=Antilles	uk=Антильські острови{pl}|Антильські Острови{pl}|Антили{pl}	ru=Антильские острова{pl}|Антильские Острова{pl}|Антилы{pl}
geo:island:canary_islands	region	kind=island	en=Canary Islands	uk=Канарські острови{pl}|Канари{pl}	ru=Канарские острова{pl}|Канары{pl}	country=ES
geo:peninsula:korean	region	kind=peninsula	en=Korean Peninsula	uk=Корейський півострів	ru=Корейский полуостров
geo:peninsula:arabian	region	kind=peninsula	en=Arabian Peninsula	uk=Аравійський півострів	ru=Аравийский полуостров
geo:peninsula:sinai	region	kind=peninsula	en=Sinai|Sinai Peninsula	uk=Синай|Синайський півострів	ru=Синай|Синайский полуостров	country=EG
geo:peninsula:kola	region	kind=peninsula	en=Kola Peninsula	uk=Кольський півострів	ru=Кольский полуостров	country=RU
geo:peninsula:scandinavian	region	kind=peninsula	en=Scandinavian Peninsula	uk=Скандинавський півострів	ru=Скандинавский полуостров

# Historical lands and states without an entry elsewhere
geo:historical:rus	region	kind=historical	en=Rus'|Rus	uk=Русь{f}	ru=Русь{f}
geo:historical:commonwealth	region	kind=historical	en=Polish-Lithuanian Commonwealth|Rzeczpospolita	uk=Річ Посполита|Речі Посполитої{x}|Речі Посполитій{x}|Річчю Посполитою{x}|Річ Посполиту{x}	ru=Речь Посполитая|Речи Посполитой{x}|Речью Посполитой{x}|Речь Посполитую{x}
geo:historical:hetmanate	region	kind=historical	en=Cossack Hetmanate|Hetmanate	uk=Гетьманщина	ru=Гетманщина	country=UA
geo:historical:zaporozhian_sich	region	kind=historical	en=Zaporozhian Sich	uk=Запорозька Січ|Запорізька Січ	ru=Запорожская Сечь|Запорожской Сечи{x}|Запорожскую Сечь{x}	country=UA
geo:historical:sivershchyna	region	kind=historical	en=Siveria|Severia	uk=Сіверщина	ru=Северщина|Северская земля	country=UA
geo:historical:lemkivshchyna	region	kind=historical	en=Lemko Region	uk=Лемківщина	ru=Лемковщина
geo:historical:boikivshchyna	region	kind=historical	en=Boyko Region	uk=Бойківщина	ru=Бойковщина	country=UA
geo:historical:kholm	region	kind=historical	en=Chełm Land|Kholm Land	uk=Холмщина	ru=Холмщина
geo:historical:galicia_volhynia	region	kind=historical	en=Kingdom of Galicia-Volhynia	uk=Галицько-Волинське князівство|Галицько-Волинська держава|Руське королівство	ru=Галицко-Волынское княжество	country=UA
geo:historical:muscovy	region	kind=historical	en=Tsardom of Muscovy|Grand Duchy of Moscow	uk=Московське царство|Московське князівство	ru=Московское царство|Московское княжество
geo:historical:grand_duchy_lithuania	region	kind=historical	en=Grand Duchy of Lithuania	uk=Велике князівство Литовське	ru=Великое княжество Литовское

# Kyiv: districts, squares, streets and landmarks
geo:kyiv:maidan	region	kind=square	en=Maidan Nezalezhnosti|Maidan|Independence Square	uk=Майдан Незалежності|Майдан	ru=Майдан Независимости|Майдан Незалежности{x}|Майдан	country=UA	city=Kyiv
geo:kyiv:khreshchatyk	region	kind=street	en=Khreshchatyk	uk=Хрещатик	ru=Крещатик	country=UA	city=Kyiv
geo:kyiv:andriivskyi_uzviz	region	kind=street	en=Andriyivskyy Descent	uk=Андріївський узвіз	ru=Андреевский спуск	country=UA	city=Kyiv
geo:kyiv:european_square	region	kind=square	en=European Square	uk=Європейська площа	ru=Европейская площадь	country=UA	city=Kyiv
geo:kyiv:kontraktova	region	kind=square	en=Kontraktova Square	uk=Контрактова площа	ru=Контрактовая площадь	country=UA	city=Kyiv
geo:kyiv:poshtova	region	kind=square	en=Poshtova Square	uk=Поштова площа	ru=Почтовая площадь	country=UA	city=Kyiv
geo:kyiv:sofiiska	region	kind=square	en=Sofiyska Square	uk=Софійська площа	ru=Софийская площадь	country=UA	city=Kyiv
geo:kyiv:mykhailivska	region	kind=square	en=Mykhailivska Square	uk=Михайлівська площа	ru=Михайловская площадь	country=UA	city=Kyiv
geo:kyiv:lvivska	region	kind=square	en=Lvivska Square	uk=Львівська площа	ru=Львовская площадь	country=UA	city=Kyiv
geo:kyiv:pechersk	region	kind=district	en=Pechersk	uk=Печерськ	ru=Печерск	country=UA	city=Kyiv
geo:kyiv:podil	region	kind=district	en=Podil	uk=Поділ	ru=Подол	country=UA	city=Kyiv
geo:kyiv:obolon	region	kind=district	en=Obolon	uk=Оболонь{f}	ru=Оболонь{f}	country=UA	city=Kyiv
geo:kyiv:troieshchyna	region	kind=district	en=Troieshchyna	uk=Троєщина	ru=Троещина	country=UA	city=Kyiv
geo:kyiv:lukianivka	region	kind=district	en=Lukianivka	uk=Лук'янівка	ru=Лукьяновка	country=UA	city=Kyiv
geo:kyiv:solomianka	region	kind=district	en=Solomianka	uk=Солом'янка	ru=Соломенка	country=UA	city=Kyiv
geo:kyiv:sviatoshyn	region	kind=district	en=Sviatoshyn	uk=Святошин	ru=Святошин	country=UA	city=Kyiv
geo:kyiv:rusanivka	region	kind=district	en=Rusanivka	uk=Русанівка	ru=Русановка	country=UA	city=Kyiv
geo:kyiv:teremky	region	kind=district	en=Teremky	uk=Теремки{pl}	ru=Теремки{pl}	country=UA	city=Kyiv
geo:kyiv:pozniaky	region	kind=district	en=Pozniaky	uk=Позняки{pl}	ru=Позняки{pl}	country=UA	city=Kyiv
geo:kyiv:osokorky	region	kind=district	en=Osokorky	uk=Осокорки{pl}	ru=Осокорки{pl}	country=UA	city=Kyiv
geo:kyiv:holosiiv	region	kind=district	en=Holosiiv	uk=Голосіїв	ru=Голосеево{x}	country=UA	city=Kyiv
geo:kyiv:vynohradar	region	kind=district	en=Vynohradar	uk=Виноградар{ctx}	ru=Виноградарь{ctx}	country=UA	city=Kyiv
geo:kyiv:babyn_yar	region	kind=landmark	en=Babyn Yar|Babi Yar	uk=Бабин Яр|Бабиного Яру{x}|Бабиному Яру{x}|Бабинім Яру{x}|Бабиним Яром{x}	ru=Бабий Яр|Бабьего Яра{x}|Бабьем Яру{x}|Бабьим Яром{x}	country=UA	city=Kyiv
geo:kyiv:trukhaniv	region	kind=island	en=Trukhaniv Island	uk=Труханів острів|Труханового острова{x}|Трухановому острові{x}|Трухановим островом{x}	ru=Труханов остров|Труханова острова{x}|Трухановом острове{x}	country=UA	city=Kyiv
geo:kyiv:hydropark	region	kind=park	en=Hydropark	uk=Гідропарк	ru=Гидропарк	country=UA	city=Kyiv
geo:kyiv:volodymyrska_hirka	region	kind=park	en=Volodymyrska Hill	uk=Володимирська гірка	ru=Владимирская горка	country=UA	city=Kyiv
geo:kyiv:hostynnyi_dvir	region	kind=landmark	en=Hostynnyi Dvir|Gostiny Dvor (Kyiv)	uk=Гостинний двір|Гостинного двору{x}|Гостинному двору{x}|Гостинним двором{x}|Гостинному дворі{x}	ru=Гостиный двор	country=UA	city=Kyiv
geo:kyiv:mezhyhirya	region	kind=landmark	en=Mezhyhirya	uk=Межигір'я{n}	ru=Межигорье{n}	country=UA
geo:kyiv:zhukiv_island	region	kind=island	en=Zhukiv Island	uk=Жуків острів|Острів Жуків|Жукового острова{x}|Жуковому острові{x}	ru=Жуков остров|Остров Жуков	country=UA	city=Kyiv

# Lviv
geo:lviv:high_castle	region	kind=park	en=High Castle	uk=Високий Замок|Високий замок	ru=Высокий Замок|Высокий замок	country=UA	city=Lviv
geo:lviv:stryiskyi_park	region	kind=park	en=Stryiskyi Park	uk=Стрийський парк	ru=Стрыйский парк	country=UA	city=Lviv
geo:lviv:sykhiv	region	kind=district	en=Sykhiv	uk=Сихів|Сихова{x}|Сихові{x}|Сиховом{x}	ru=Сыхов	country=UA	city=Lviv
geo:lviv:lychakiv	region	kind=district	en=Lychakiv	uk=Личаків|Личакова{x}|Личакові{x}|Личаковом{x}	ru=Лычаков	country=UA	city=Lviv
geo:lviv:zamarstyniv	region	kind=district	en=Zamarstyniv	uk=Замарстинів|Замарстинова{x}|Замарстинові{x}	ru=Замарстынов	country=UA	city=Lviv
geo:lviv:levandivka	region	kind=district	en=Levandivka	uk=Левандівка	ru=Левандовка	country=UA	city=Lviv
geo:lviv:zboishcha	region	kind=district	en=Zboishcha	uk=Збоїща{x}	ru=Збоища{x}	country=UA	city=Lviv
geo:lviv:znesinnia	region	kind=park	en=Znesinnia	uk=Знесіння{n}	ru=Знесенье{n}	country=UA	city=Lviv
geo:lviv:pohulianka	region	kind=park	en=Pohulianka	uk=Погулянка	ru=Погулянка	country=UA	city=Lviv

# Odesa and Kharkiv
geo:odesa:deribasivska	region	kind=street	en=Derybasivska Street	uk=Дерибасівська|Дерибасівська вулиця	ru=Дерибасовская|Дерибасовская улица	country=UA	city=Odesa
geo:odesa:pryvoz	region	kind=landmark	en=Pryvoz	uk=Привоз	ru=Привоз	country=UA	city=Odesa
geo:odesa:lanzheron	region	kind=landmark	en=Langeron Beach|Lanzheron	uk=Ланжерон	ru=Ланжерон	country=UA	city=Odesa
geo:odesa:moldavanka	region	kind=district	en=Moldavanka	uk=Молдаванка	ru=Молдаванка	country=UA	city=Odesa
geo:odesa:potemkin_stairs	region	kind=landmark	en=Potemkin Stairs	uk=Потьомкінські сходи{pl}	ru=Потёмкинская лестница	country=UA	city=Odesa
geo:kharkiv:saltivka	region	kind=district	en=Saltivka	uk=Салтівка	ru=Салтовка	country=UA	city=Kharkiv
geo:kharkiv:kholodna_hora	region	kind=district	en=Kholodna Hora	uk=Холодна Гора	ru=Холодная Гора	country=UA	city=Kharkiv
geo:kharkiv:freedom_square	region	kind=square	en=Freedom Square	uk=майдан Свободи|площа Свободи	ru=площадь Свободы	country=UA	city=Kharkiv

# Moscow and Saint Petersburg
geo:moscow:red_square	region	kind=square	en=Red Square	uk=Червона площа	ru=Красная площадь	country=RU	city=Moscow
geo:moscow:manezhnaya	region	kind=square	en=Manezhnaya Square	uk=Манежна площа	ru=Манежная площадь	country=RU	city=Moscow
geo:moscow:arbat	region	kind=street	en=Arbat	uk=Арбат	ru=Арбат	country=RU	city=Moscow
geo:moscow:lubyanka	region	kind=square	en=Lubyanka	uk=Луб'янка	ru=Лубянка	country=RU	city=Moscow
geo:moscow:kutuzovsky	region	kind=street	en=Kutuzovsky Prospekt	uk=Кутузовський проспект	ru=Кутузовский проспект	country=RU	city=Moscow
geo:moscow:garden_ring	region	kind=street	en=Garden Ring	uk=Садове кільце	ru=Садовое кольцо	country=RU	city=Moscow
geo:moscow:luzhniki	region	kind=district	en=Luzhniki	uk=Лужники{pl}	ru=Лужники{pl}	country=RU	city=Moscow
geo:moscow:tsaritsyno	region	kind=park	en=Tsaritsyno	uk=Царицино{x}	ru=Царицыно{x}	country=RU	city=Moscow
geo:moscow:sparrow_hills	region	kind=park	en=Sparrow Hills	uk=Воробйові гори{pl}	ru=Воробьёвы горы{pl}|Воробьевых гор{x}|Воробьёвых гор{x}|Воробьевы горы{pl}	country=RU	city=Moscow
geo:moscow:poklonnaya	region	kind=park	en=Poklonnaya Hill	uk=Поклонна гора	ru=Поклонная гора	country=RU	city=Moscow
geo:spb:nevsky	region	kind=street	en=Nevsky Prospekt	uk=Невський проспект	ru=Невский проспект	country=RU	city=Saint Petersburg
geo:spb:palace_square	region	kind=square	en=Palace Square	uk=Палацова площа	ru=Дворцовая площадь	country=RU	city=Saint Petersburg
geo:spb:vasilyevsky	region	kind=island	en=Vasilyevsky Island	uk=Васильєвський острів	ru=Васильевский остров	country=RU	city=Saint Petersburg

# Other capitals
geo:washington:capitol	region	kind=landmark	en=Capitol|United States Capitol|Capitol Hill	uk=Капітолій|Капітолійський пагорб	ru=Капитолий|Капитолия{x}|Капитолию{x}|Капитолием{x}|Капитолии{x}|Капитолийский холм	country=US	city=Washington
geo:london:downing_street	region	kind=street	en=Downing Street	uk=Даунінг-стрит{x}	ru=Даунинг-стрит{x}|Даунинг-Стрит{x}	country=GB	city=London
geo:nyc:manhattan	region	kind=district	en=Manhattan	uk=Мангеттен|Манхеттен	ru=Манхэттен|Манхеттен	country=US	city=New York
geo:nyc:brooklyn	region	kind=district	en=Brooklyn	uk=Бруклін	ru=Бруклин	country=US	city=New York
geo:nyc:fifth_avenue	region	kind=street	en=Fifth Avenue	uk=П'ята авеню{x}|П'ятої авеню{x}|П'ятій авеню{x}	ru=Пятая авеню{x}|Пятой авеню{x}	country=US	city=New York
geo:nyc:central_park	region	kind=park	en=Central Park	uk=Центральний парк{ctx}	ru=Центральный парк{ctx}	country=US	city=New York
geo:istanbul:taksim	region	kind=square	en=Taksim Square	uk=площа Таксим	ru=площадь Таксим	country=TR	city=Istanbul
geo:cairo:tahrir	region	kind=square	en=Tahrir Square	uk=майдан Тахрір|площа Тахрір	ru=площадь Тахрир	country=EG	city=Cairo
geo:beijing:tiananmen	region	kind=square	en=Tiananmen Square	uk=площа Тяньаньмень|Тяньаньмень{x}	ru=площадь Тяньаньмэнь|Тяньаньмэнь{x}|площадь Тяньаньмынь|Тяньаньмынь{x}	country=CN	city=Beijing
geo:cuba:guantanamo	region	kind=landmark	en=Guantanamo Bay|Guantanamo	uk=Гуантанамо{x}	ru=Гуантанамо{x}	country=CU

# Celestial bodies named as places
geo:moon	region	kind=celestial	en=Moon|the Moon	ru=Луна
