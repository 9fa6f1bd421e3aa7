# factum default lexicon: person first names (type firstname).
# One entry per name across languages: the Ukrainian and Russian forms of the same
# name and its Latin spellings share one id, so a person gets the same key in every
# language. uk/ru names are nominative; the loader declines them (gender= drives the
# declension of names like Любов/Любовь). Flags: {x} indeclinable (foreign names
# ending in a vowel, female names ending in a consonant), {ctx} the name is also a
# common word, a place or an organization (Віра, Роман, Слава, Рада, Лев): it counts
# only with context (a following surname, a role).
# Latin spellings: the curated ones first, then the Ukrainian national (KMU 2010)
# and a BGN-style Russian transliteration of the Cyrillic forms.

# --- East Slavic names (Ukrainian / Russian forms)
fn:oleksandr	firstname	uk=Олександр|Александер	ru=Александр|Александер	en=Oleksandr|Alexander|Aleksandr|Alexandr	gender=m
fn:oleksii	firstname	uk=Олексій	ru=Алексей	en=Oleksii|Oleksiy|Alexei|Aleksei|Aleksey|Alexey	gender=m
fn:volodymyr	firstname	uk=Володимир{ctx}	ru=Владимир{ctx}	en=Volodymyr|Vladimir	gender=m
fn:dmytro	firstname	uk=Дмитро|Димитрій	ru=Дмитрий|Димитрий	en=Dmytro|Dmitry|Dmitri|Dmitriy|Dymytrii|Dimitriy	gender=m
fn:vitalii	firstname	uk=Віталій	ru=Виталий	en=Vitalii|Vitaliy|Vitaly|Vitali	gender=m
fn:andrii	firstname	uk=Андрій	ru=Андрей	en=Andrii|Andriy|Andrei|Andrey	gender=m
fn:serhii	firstname	uk=Сергій	ru=Сергей	en=Serhii|Serhiy|Sergei|Sergey	gender=m
fn:mykola	firstname	uk=Микола{m}	ru=Николай	en=Mykola|Nikolai|Nikolay	gender=m
fn:mykhailo	firstname	uk=Михайло	ru=Михаил	en=Mykhailo|Mykhaylo|Mikhail	gender=m
fn:hryhorii	firstname	uk=Григорій	ru=Григорий	en=Hryhorii|Hryhoriy|Grigory|Grigoriy	gender=m
fn:yurii	firstname	uk=Юрій	ru=Юрий	en=Yurii|Yuriy|Yury|Yuri	gender=m
fn:heorhii	firstname	uk=Георгій	ru=Георгий	en=Heorhii|Heorhiy|Georgy|Georgiy|Georgii	gender=m
fn:pavlo	firstname	uk=Павло|Павел	ru=Павел	en=Pavlo|Pavel|Pawel|Paweł	gender=m
fn:petro	firstname	uk=Петро|Пйотр|Пьотр|Петр	ru=Пётр|Петр	en=Petro|Pyotr|Petr|Piotr	gender=m
fn:ivan	firstname	uk=Іван|Іоанн|Іоан	ru=Иван|Иоанн	en=Ivan|Ioann|Ioan	gender=m
fn:vasyl	firstname	uk=Василь	ru=Василий	en=Vasyl|Vasily|Vasiliy|Vasili	gender=m
fn:bohdan	firstname	uk=Богдан	ru=Богдан	en=Bohdan|Bogdan	gender=m
fn:borys	firstname	uk=Борис	ru=Борис	en=Borys|Boris	gender=m
fn:vadym	firstname	uk=Вадим	ru=Вадим	en=Vadym|Vadim	gender=m
fn:valentyn	firstname	uk=Валентин	ru=Валентин	en=Valentyn|Valentin	gender=m
fn:valerii	firstname	uk=Валерій|Валері{x}	ru=Валерий|Валери{x}	en=Valerii|Valeriy|Valery|Valéry	gender=m
fn:viktor	firstname	uk=Віктор	ru=Виктор	en=Viktor|Victor	gender=m
fn:vladyslav	firstname	uk=Владислав	ru=Владислав	en=Vladyslav|Vladislav|Wladyslaw|Władysław	gender=m
fn:vlad	firstname	uk=Влад	ru=Влад	en=Vlad	gender=m
fn:vsevolod	firstname	uk=Всеволод	ru=Всеволод	en=Vsevolod	gender=m
fn:viacheslav	firstname	uk=В'ячеслав	ru=Вячеслав	en=Viacheslav|Vyacheslav	gender=m
fn:hennadii	firstname	uk=Геннадій|Генадій	ru=Геннадий	en=Hennadii|Hennadiy|Gennady|Gennadiy|Henadii	gender=m
fn:hlib	firstname	uk=Гліб	ru=Глеб	en=Hlib|Gleb	gender=m
fn:danylo	firstname	uk=Данило|Даниїл|Даніїл	ru=Даниил|Данила{m}	en=Danylo|Daniil|Danila|Danyil	gender=m
fn:denys	firstname	uk=Денис	ru=Денис	en=Denys|Denis	gender=m
fn:yevhen	firstname	uk=Євген|Євгеній	ru=Евгений	en=Yevhen|Yevgeny|Evgeny|Yevgeniy|Evgeniy|Yevhenii	gender=m
fn:yehor	firstname	uk=Єгор	ru=Егор	en=Yehor|Yegor|Egor	gender=m
fn:zakhar	firstname	uk=Захар	ru=Захар	en=Zakhar	gender=m
fn:ihor	firstname	uk=Ігор	ru=Игорь	en=Ihor|Igor	gender=m
fn:illia	firstname	uk=Ілля{m}|Ілія{m}	ru=Илья{m}	en=Illia|Ilya|Illya|Iliia	gender=m
fn:kyrylo	firstname	uk=Кирило	ru=Кирилл	en=Kyrylo|Kirill	gender=m
fn:kostiantyn	firstname	uk=Костянтин	ru=Константин	en=Kostiantyn|Kostyantyn|Konstantin	gender=m
fn:leonid	firstname	uk=Леонід	ru=Леонид	en=Leonid	gender=m
fn:lev	firstname	uk=Лев{ctx}	ru=Лев{ctx}	en=Lev{ctx}	gender=m
fn:maksym	firstname	uk=Максим	ru=Максим	en=Maksym|Maxim|Maksim	gender=m
fn:myroslav	firstname	uk=Мирослав	ru=Мирослав	en=Myroslav|Miroslav|Mirosław	gender=m
fn:nazar	firstname	uk=Назар	ru=Назар	en=Nazar	gender=m
fn:nykyta	firstname	uk=Никита{m}|Микита{m}	ru=Никита{m}	en=Nykyta|Nikita|Mykyta	gender=m
fn:oleh	firstname	uk=Олег	ru=Олег	en=Oleh|Oleg	gender=m
fn:ostap	firstname	uk=Остап	ru=Остап	en=Ostap	gender=m
fn:roman	firstname	uk=Роман{ctx}	ru=Роман{ctx}	en=Roman{ctx}	gender=m
fn:rostyslav	firstname	uk=Ростислав	ru=Ростислав	en=Rostyslav|Rostislav	gender=m
fn:ruslan	firstname	uk=Руслан	ru=Руслан	en=Ruslan	gender=m
fn:sviatoslav	firstname	uk=Святослав	ru=Святослав	en=Sviatoslav|Svyatoslav	gender=m
fn:stanislav	firstname	uk=Станіслав	ru=Станислав	en=Stanislav|Stanislaw|Stanisław	gender=m
fn:stepan	firstname	uk=Степан	ru=Степан	en=Stepan	gender=m
fn:taras	firstname	uk=Тарас	ru=Тарас	en=Taras	gender=m
fn:tymofii	firstname	uk=Тимофій	ru=Тимофей	en=Tymofii|Timofey	gender=m
fn:tymur	firstname	uk=Тимур	ru=Тимур	en=Tymur|Timur	gender=m
fn:fedir	firstname	uk=Федір|Феодор	ru=Фёдор|Федор	en=Fedir|Fyodor|Fedor|Feodor	gender=m
fn:yaroslav	firstname	uk=Ярослав	ru=Ярослав	en=Yaroslav|Jaroslaw|Jarosław	gender=m
fn:yulian	firstname	uk=Юліан	ru=Юлиан	en=Yulian	gender=m
fn:anatolii	firstname	uk=Анатолій	ru=Анатолий	en=Anatolii|Anatoliy|Anatoly	gender=m
fn:arkadii	firstname	uk=Аркадій	ru=Аркадий	en=Arkadii|Arkadiy|Arkady	gender=m
fn:arsenii	firstname	uk=Арсеній	ru=Арсений	en=Arsenii|Arseniy|Arseny	gender=m
fn:artem	firstname	uk=Артем	ru=Артём|Артем	en=Artem|Artyom	gender=m
fn:artur	firstname	uk=Артур	ru=Артур	en=Artur|Arthur	gender=m
fn:anton	firstname	uk=Антон|Антін	ru=Антон	en=Anton|Antin	gender=m
fn:albert	firstname	uk=Альберт|Альбер	ru=Альберт|Альбер	en=Albert	gender=m
fn:vikentii	firstname	uk=Вікентій	ru=Викентий	en=Vikentii|Vikenty|Vikentiy	gender=m
fn:veniamin	firstname	uk=Веніамін	ru=Вениамин	en=Veniamin	gender=m
fn:vilen	firstname	uk=Вілен	ru=Вилен	en=Vilen	gender=m
fn:herman	firstname	uk=Герман	ru=Герман	en=Herman	gender=m
fn:havrylo	firstname	uk=Гаврило|Гавриїл	ru=Гавриил|Гаврила{m}	en=Havrylo|Gavriil|Gavrila|Havryil	gender=m
fn:davyd	firstname	uk=Давид|Девід	ru=Давид|Дэвид	en=Davyd|David	gender=m
fn:demian	firstname	uk=Дем'ян	ru=Демьян	en=Demian|Demyan	gender=m
fn:emil	firstname	uk=Еміль	ru=Эмиль	en=Emil	gender=m
fn:eduard	firstname	uk=Едуард	ru=Эдуард	en=Eduard	gender=m
fn:eldar	firstname	uk=Ельдар	ru=Эльдар	en=Eldar	gender=m
fn:ernest	firstname	uk=Ернест	ru=Эрнест	en=Ernest	gender=m
fn:yelysei	firstname	uk=Єлисей	ru=Елисей	en=Yelysei|Yelisey	gender=m
fn:zinovii	firstname	uk=Зіновій	ru=Зиновий	en=Zinovii|Zinovy|Zinoviy	gender=m
fn:ilarion	firstname	uk=Іларіон|Ілларіон	ru=Илларион|Иларион	en=Ilarion|Illarion	gender=m
fn:inokentii	firstname	uk=Інокентій	ru=Иннокентий	en=Inokentii|Innokenty|Innokentiy	gender=m
fn:yosyp	firstname	uk=Йосип|Йосиф	ru=Иосиф	en=Yosyp|Iosif|Yosyf	gender=m
fn:karen	firstname	uk=Карен	ru=Карен	en=Karen	gender=m
fn:kuzma	firstname	uk=Кузьма{m}	ru=Кузьма{m}	en=Kuzma	gender=m
fn:lavrentii	firstname	uk=Лаврентій	ru=Лаврентий	en=Lavrentii|Lavrenty|Lavrentiy	gender=m
fn:levko	firstname	uk=Левко	en=Levko	gender=m
fn:leon	firstname	uk=Леон	ru=Леон	en=Leon	gender=m
fn:luka	firstname	uk=Лука{m}{ctx}	ru=Лука{m}	en=Luka{ctx}	gender=m
fn:liubomyr	firstname	uk=Любомир	ru=Любомир	en=Liubomyr|Lubomyr|Lyubomir	gender=m
fn:mark	firstname	uk=Марк	ru=Марк	en=Mark{ctx}	gender=m
fn:marko	firstname	uk=Марко	ru=Марко{x}	en=Marko|Marco	gender=m
fn:matvii	firstname	uk=Матвій	ru=Матвей	en=Matvii|Matvey	gender=m
fn:myron	firstname	uk=Мирон	ru=Мирон	en=Myron|Miron	gender=m
fn:mstyslav	firstname	uk=Мстислав	ru=Мстислав	en=Mstyslav|Mstislav	gender=m
fn:nazarii	firstname	uk=Назарій	en=Nazarii	gender=m
fn:nestor	firstname	uk=Нестор	ru=Нестор	en=Nestor	gender=m
fn:oles	firstname	uk=Олесь	ru=Олесь	en=Oles	gender=m
fn:orest	firstname	uk=Орест	ru=Орест	en=Orest	gender=m
fn:pylyp	firstname	uk=Пилип|Філіп|Філіпп	ru=Филипп|Филип	en=Pylyp|Filipp|Philip|Phillip|Philippe	gender=m
fn:platon	firstname	uk=Платон	ru=Платон	en=Platon	gender=m
fn:prokhor	firstname	uk=Прохор	ru=Прохор	en=Prokhor	gender=m
fn:radym	firstname	uk=Радим	ru=Радим	en=Radym|Radim	gender=m
fn:renat	firstname	uk=Ренат	ru=Ренат	en=Renat	gender=m
fn:rodion	firstname	uk=Родіон	ru=Родион	en=Rodion	gender=m
fn:savva	firstname	uk=Савва{m}	ru=Савва{m}	en=Savva	gender=m
fn:sava	firstname	uk=Сава{m}	en=Sava	gender=m
fn:samuil	firstname	uk=Самуїл|Самійло	ru=Самуил	en=Samuil|Samiilo	gender=m
fn:semen	firstname	uk=Семен	ru=Семён|Семен	en=Semen|Semyon	gender=m
fn:serafym	firstname	uk=Серафим	ru=Серафим	en=Serafym|Serafim	gender=m
fn:sylvestr	firstname	uk=Силвестр|Сильвестр	ru=Сильвестр	en=Sylvestr|Silvestr	gender=m
fn:spartak	firstname	uk=Спартак{ctx}	ru=Спартак{ctx}	en=Spartak{ctx}	gender=m
fn:tymish	firstname	uk=Тиміш	en=Tymish	gender=m
fn:trokhym	firstname	uk=Трохим	ru=Трофим	en=Trokhym|Trofim	gender=m
fn:ulas	firstname	uk=Улас|Влас	ru=Влас	en=Ulas|Vlas	gender=m
fn:ustym	firstname	uk=Устим	ru=Устин	en=Ustym|Ustin	gender=m
fn:feliks	firstname	uk=Фелікс	ru=Феликс	en=Feliks|Felix	gender=m
fn:feodosii	firstname	uk=Феодосій|Теодосій	ru=Феодосий	en=Feodosii|Feodosy|Feodosiy|Teodosii	gender=m
fn:filaret	firstname	uk=Філарет	ru=Филарет	en=Filaret	gender=m
fn:khoma	firstname	uk=Хома{m}	ru=Фома{m}	en=Khoma|Foma	gender=m
fn:khrystofor	firstname	uk=Христофор	ru=Христофор	en=Khrystofor|Khristofor	gender=m
fn:yuvenalii	firstname	uk=Ювеналій	ru=Ювеналий	en=Yuvenalii|Yuvenaliy|Yuvenaly	gender=m
fn:yukhym	firstname	uk=Юхим	ru=Ефим	en=Yukhym|Yefim|Efim	gender=m
fn:yakiv	firstname	uk=Яків	ru=Яков	en=Yakiv|Yakov	gender=m
fn:yan	firstname	uk=Ян	ru=Ян	en=Yan|Jan{ctx}	gender=m
fn:yarema	firstname	uk=Ярема{m}	ru=Ерёма{m}|Еремей	en=Yarema|Yeremey|Yeryoma	gender=m
fn:arnold	firstname	uk=Арнольд	ru=Арнольд	en=Arnold	gender=m
fn:askold	firstname	uk=Аскольд	ru=Аскольд	en=Askold	gender=m
fn:bohuslav	firstname	uk=Богуслав	ru=Богуслав	en=Bohuslav|Boguslav	gender=m
fn:boleslav	firstname	uk=Болеслав	ru=Болеслав	en=Boleslav	gender=m
fn:bronyslav	firstname	uk=Броніслав	ru=Бронислав	en=Bronyslav|Bronislav|Bronislaw|Bronisław	gender=m
fn:vatslav	firstname	uk=Вацлав	ru=Вацлав	en=Vatslav|Vaclav|Václav	gender=m
fn:venedykt	firstname	uk=Венедикт	ru=Венедикт	en=Venedykt|Venedikt	gender=m
fn:vissarion	firstname	uk=Віссаріон	ru=Виссарион	en=Vissarion	gender=m
fn:voldemar	firstname	uk=Вольдемар	ru=Вольдемар	en=Voldemar	gender=m
fn:vseslav	firstname	uk=Всеслав	ru=Всеслав	en=Vseslav	gender=m
fn:hordii	firstname	uk=Гордій	ru=Гордей	en=Hordii|Gordey	gender=m
fn:horyslav	firstname	uk=Горислав	ru=Горислав	en=Horyslav|Gorislav	gender=m
fn:dementii	firstname	uk=Дементій	ru=Дементий	en=Dementii|Dementy|Dementiy	gender=m
fn:dobromyr	firstname	uk=Добромир	ru=Добромир	en=Dobromyr|Dobromir	gender=m
fn:dobroslav	firstname	uk=Доброслав	ru=Доброслав	en=Dobroslav	gender=m
fn:emilii	firstname	uk=Емілій	ru=Эмилий	en=Emilii|Emiliy|Emily	gender=m
fn:yevstakhii	firstname	uk=Євстахій|Євстафій	ru=Евстафий	en=Yevstakhii|Yevstafy|Yevstafiy|Yevstafii	gender=m
fn:zhorzh	firstname	uk=Жорж	ru=Жорж	en=Zhorzh	gender=m
fn:zenovii	firstname	uk=Зеновій	en=Zenovii	gender=m
fn:ihnat	firstname	uk=Ігнат|Гнат	ru=Игнат	en=Ihnat|Ignat|Hnat	gender=m
fn:ihnatii	firstname	uk=Ігнатій	ru=Игнатий	en=Ihnatii|Ignaty|Ignatiy	gender=m
fn:iziaslav	firstname	uk=Ізяслав{ctx}	ru=Изяслав	en=Iziaslav|Izyaslav	gender=m
fn:yordan	firstname	uk=Йордан	ru=Иордан	en=Yordan|Iordan	gender=m
fn:kazymyr	firstname	uk=Казимир	ru=Казимир	en=Kazymyr|Kazimir	gender=m
fn:kim	firstname	uk=Кім	ru=Ким	en=Kim	gender=m
fn:klym	firstname	uk=Клим	ru=Клим	en=Klym|Klim	gender=m
fn:klyment	firstname	uk=Климент	ru=Климент	en=Klyment|Kliment	gender=m
fn:kornii	firstname	uk=Корній	ru=Корней	en=Kornii|Korney	gender=m
fn:larion	firstname	uk=Ларіон	en=Larion	gender=m
fn:les	firstname	uk=Лесь	en=Les	gender=m
fn:lukian	firstname	uk=Лук'ян	ru=Лукьян	en=Lukian|Lukyan	gender=m
fn:markiian	firstname	uk=Маркіян	ru=Маркиян	en=Markiian|Markiyan	gender=m
fn:marian	firstname	uk=Мар'ян	ru=Марьян	en=Marian|Maryan	gender=m
fn:mefodii	firstname	uk=Мефодій	ru=Мефодий	en=Mefodii|Mefody|Mefodiy	gender=m
fn:modest	firstname	uk=Модест	ru=Модест	en=Modest	gender=m
fn:nykyfor	firstname	uk=Никифор|Ничипір	ru=Никифор	en=Nykyfor|Nikifor|Nychypir	gender=m
fn:ovsii	firstname	uk=Овсій	ru=Евсей	en=Ovsii|Yevsey	gender=m
fn:onysym	firstname	uk=Онисим	ru=Онисим	en=Onysym|Onisim	gender=m
fn:opanas	firstname	uk=Опанас|Афанасій	ru=Афанасий	en=Opanas|Afanasy|Afanasiy|Afanasii	gender=m
fn:panas	firstname	uk=Панас	en=Panas	gender=m
fn:pankrat	firstname	uk=Панкрат	ru=Панкрат	en=Pankrat	gender=m
fn:panteleimon	firstname	uk=Пантелеймон	ru=Пантелеймон	en=Panteleimon|Panteleymon	gender=m
fn:petrus	firstname	uk=Петрусь	en=Petrus	gender=m
fn:porfyrii	firstname	uk=Порфирій	ru=Порфирий	en=Porfyrii|Porfiry|Porfiriy	gender=m
fn:potap	firstname	uk=Потап	ru=Потап	en=Potap	gender=m
fn:ratmyr	firstname	uk=Ратмир	ru=Ратмир	en=Ratmyr|Ratmir	gender=m
fn:rudolf	firstname	uk=Рудольф	ru=Рудольф	en=Rudolf	gender=m
fn:severyn	firstname	uk=Северин	ru=Северин	en=Severyn|Severin	gender=m
fn:svitozar	firstname	uk=Світозар	ru=Светозар	en=Svitozar|Svetozar	gender=m
fn:sviatopolk	firstname	uk=Святополк	ru=Святополк	en=Sviatopolk|Svyatopolk	gender=m
fn:sozont	firstname	uk=Созонт	ru=Созонт	en=Sozont	gender=m
fn:sofron	firstname	uk=Софрон	ru=Софрон	en=Sofron	gender=m
fn:tykhon	firstname	uk=Тихон|Тихін	ru=Тихон	en=Tykhon|Tikhon|Tykhin	gender=m
fn:feofan	firstname	uk=Феофан	ru=Феофан	en=Feofan	gender=m
fn:florian	firstname	uk=Флоріан	ru=Флориан	en=Florian{ctx}	gender=m
fn:kharyton	firstname	uk=Харитон	ru=Харитон	en=Kharyton|Khariton	gender=m
fn:yustyn	firstname	uk=Юстин	ru=Юстин	en=Yustyn|Yustin	gender=m
fn:yakub	firstname	uk=Якуб	ru=Якуб	en=Yakub|Jakub	gender=m
fn:yaropolk	firstname	uk=Ярополк	ru=Ярополк	en=Yaropolk	gender=m
fn:arsen	firstname	uk=Арсен	ru=Арсен	en=Arsen	gender=m
fn:adam	firstname	uk=Адам	ru=Адам	en=Adam	gender=m
fn:alim	firstname	uk=Алім	ru=Алим	en=Alim	gender=m
fn:amvrosii	firstname	uk=Амвросій	ru=Амвросий	en=Amvrosii|Amvrosy|Amvrosiy	gender=m
fn:andriian	firstname	uk=Андріан	ru=Андриан	en=Andriian|Andrian	gender=m
fn:antyp	firstname	uk=Антип	ru=Антип	en=Antyp|Antip	gender=m
fn:arystarkh	firstname	uk=Аристарх	ru=Аристарх	en=Arystarkh|Aristarkh	gender=m
fn:varfolomii	firstname	uk=Варфоломій	ru=Варфоломей	en=Varfolomii|Varfolomey	gender=m
fn:velymyr	firstname	uk=Велимир	ru=Велимир	en=Velymyr|Velimir	gender=m
fn:vitold	firstname	uk=Вітольд	ru=Витольд	en=Vitold	gender=m
fn:volodyslav	firstname	uk=Володислав	en=Volodyslav	gender=m
fn:harik	firstname	uk=Гарік	ru=Гарик	en=Harik|Garik	gender=m
fn:henrykh	firstname	uk=Генрих|Генріх	ru=Генрих	en=Henrykh|Genrikh|Henrikh	gender=m
fn:hustav	firstname	uk=Густав	ru=Густав	en=Hustav|Gustav	gender=m
fn:evald	firstname	uk=Евальд	ru=Эвальд	en=Evald	gender=m
fn:erikh	firstname	uk=Еріх	ru=Эрих	en=Erikh|Erich	gender=m
fn:zhan	firstname	uk=Жан	ru=Жан	en=Zhan|Jean	gender=m
fn:kindrat	firstname	uk=Кіндрат|Кондратій	ru=Кондрат|Кондратий	en=Kindrat|Kondrat|Kondratii|Kondratiy	gender=m
fn:lazar	firstname	uk=Лазар	ru=Лазарь	en=Lazar	gender=m
fn:makar	firstname	uk=Макар	ru=Макар	en=Makar	gender=m
fn:martyn	firstname	uk=Мартин|Мартін	ru=Мартин	en=Martyn|Martin	gender=m
fn:mechyslav	firstname	uk=Мечислав	ru=Мечислав	en=Mechyslav|Mechislav	gender=m
fn:moisei	firstname	uk=Мойсей|Мусій	ru=Моисей	en=Moisei|Moisey|Musii	gender=m
fn:naum	firstname	uk=Наум	ru=Наум	en=Naum	gender=m
fn:nykon	firstname	uk=Никон	ru=Никон	en=Nykon|Nikon	gender=m
fn:ostromyr	firstname	uk=Остромир	ru=Остромир	en=Ostromyr|Ostromir	gender=m
fn:parfen	firstname	uk=Парфен	ru=Парфён	en=Parfen|Parfyon	gender=m
fn:rafail	firstname	uk=Рафаїл	ru=Рафаил	en=Rafail	gender=m
fn:rem	firstname	uk=Рем	ru=Рэм	en=Rem	gender=m
fn:rinat	firstname	uk=Рінат|Ринат	ru=Ринат	en=Rinat|Rynat	gender=m
fn:rustam	firstname	uk=Рустам	ru=Рустам	en=Rustam	gender=m
fn:tyt	firstname	uk=Тит	ru=Тит	en=Tyt|Tit	gender=m
fn:ulian	firstname	uk=Ульян	ru=Ульян	en=Ulian|Ulyan	gender=m
fn:frol	firstname	uk=Фрол	ru=Фрол	en=Frol	gender=m
fn:khrysanf	firstname	uk=Хрисанф	ru=Хрисанф	en=Khrysanf|Khrisanf	gender=m
fn:tsezar	firstname	uk=Цезар	ru=Цезарь	en=Tsezar|Cesar	gender=m
fn:shamil	firstname	uk=Шаміль	ru=Шамиль	en=Shamil	gender=m
fn:yulius	firstname	uk=Юліуш	en=Yulius|Yuliush	gender=m
fn:olena	firstname	uk=Олена|Елена	ru=Елена|Элена	en=Olena|Elena|Yelena	gender=f
fn:yuliia	firstname	uk=Юлія	ru=Юлия	en=Yuliia|Yulia|Yuliya	gender=f
fn:iryna	firstname	uk=Ірина	ru=Ирина	en=Iryna|Irina	gender=f
fn:nataliia	firstname	uk=Наталія|Наталя	ru=Наталья|Наталия	en=Nataliia|Natalia|Natalya|Nataliya	gender=f
fn:olha	firstname	uk=Ольга	ru=Ольга	en=Olha|Olga	gender=f
fn:tetiana	firstname	uk=Тетяна	ru=Татьяна	en=Tetiana|Tetyana|Tatiana|Tatyana	gender=f
fn:svitlana	firstname	uk=Світлана	ru=Светлана	en=Svitlana|Svetlana	gender=f
fn:liudmyla	firstname	uk=Людмила	ru=Людмила	en=Liudmyla|Lyudmila|Ludmila	gender=f
fn:halyna	firstname	uk=Галина	ru=Галина	en=Halyna|Galina	gender=f
fn:mariia	firstname	uk=Марія	ru=Мария	en=Mariia|Maria|Mariya	gender=f
fn:anna	firstname	uk=Анна|Ганна	ru=Анна	en=Anna|Hanna	gender=f
fn:kateryna	firstname	uk=Катерина	ru=Екатерина	en=Kateryna|Ekaterina|Yekaterina|Katerina	gender=f
fn:oksana	firstname	uk=Оксана	ru=Оксана	en=Oksana	gender=f
fn:viktoriia	firstname	uk=Вікторія{ctx}	ru=Виктория	en=Viktoriia|Viktoria|Victoria{ctx}|Viktoriya	gender=f
fn:anastasiia	firstname	uk=Анастасія	ru=Анастасия	en=Anastasiia|Anastasia|Anastasiya	gender=f
fn:valentyna	firstname	uk=Валентина	ru=Валентина	en=Valentyna|Valentina	gender=f
fn:vira	firstname	uk=Віра{ctx}	ru=Вера{ctx}	en=Vira|Vera	gender=f
fn:nadiia	firstname	uk=Надія{ctx}	ru=Надежда{ctx}	en=Nadiia|Nadiya|Nadezhda	gender=f
fn:liubov	firstname	uk=Любов{f}{ctx}	ru=Любовь{f}{ctx}	en=Liubov|Lyubov	gender=f
fn:larysa	firstname	uk=Лариса	ru=Лариса	en=Larysa|Larisa	gender=f
fn:nina	firstname	uk=Ніна	ru=Нина	en=Nina	gender=f
fn:tamara	firstname	uk=Тамара	ru=Тамара	en=Tamara	gender=f
fn:alla	firstname	uk=Алла	ru=Алла	en=Alla	gender=f
fn:inna	firstname	uk=Інна	ru=Инна	en=Inna	gender=f
fn:zhanna	firstname	uk=Жанна	ru=Жанна	en=Zhanna	gender=f
fn:zoia	firstname	uk=Зоя	ru=Зоя	en=Zoia|Zoya	gender=f
fn:raisa	firstname	uk=Раїса	ru=Раиса	en=Raisa	gender=f
fn:lidiia	firstname	uk=Лідія	ru=Лидия	en=Lidiia|Lidia|Lidiya	gender=f
fn:antonina	firstname	uk=Антоніна	ru=Антонина	en=Antonina	gender=f
fn:yevheniia	firstname	uk=Євгенія	ru=Евгения	en=Yevheniia|Yevgenia|Evgenia|Eugenia|Yevgeniya	gender=f
fn:yana	firstname	uk=Яна	ru=Яна	en=Yana	gender=f
fn:daryna	firstname	uk=Дарина|Дарія	ru=Дарья|Дария	en=Daryna|Dariia|Darya|Daria|Dariya	gender=f
fn:sofiia	firstname	uk=Софія{ctx}	ru=София{ctx}|Софья	en=Sofiia|Sofia{ctx}|Sofya|Sophia|Sofiya	gender=f
fn:alina	firstname	uk=Аліна	ru=Алина	en=Alina	gender=f
fn:alona	firstname	uk=Альона	ru=Алёна|Алена	en=Alona|Alyona|Alena	gender=f
fn:khrystyna	firstname	uk=Христина|Крістіна	ru=Кристина	en=Khrystyna|Kristina|Christina|Cristina	gender=f
fn:uliana	firstname	uk=Уляна|Ульяна	ru=Ульяна	en=Uliana|Ulyana	gender=f
fn:solomiia	firstname	uk=Соломія	ru=Соломия	en=Solomiia|Solomiya	gender=f
fn:myroslava	firstname	uk=Мирослава|Мірослава	ru=Мирослава	en=Myroslava|Miroslava	gender=f
fn:yaroslava	firstname	uk=Ярослава	ru=Ярослава	en=Yaroslava	gender=f
fn:bohdana	firstname	uk=Богдана	ru=Богдана	en=Bohdana|Bogdana	gender=f
fn:zoriana	firstname	uk=Зоряна	en=Zoriana|Zoryana	gender=f
fn:lesia	firstname	uk=Леся	ru=Леся	en=Lesia|Lesya	gender=f
fn:olesia	firstname	uk=Олеся	ru=Олеся	en=Olesia|Olesya	gender=f
fn:lina	firstname	uk=Ліна{ctx}	ru=Лина	en=Lina	gender=f
fn:ilona	firstname	uk=Ілона	ru=Илона	en=Ilona	gender=f
fn:diana	firstname	uk=Діана	ru=Диана	en=Diana	gender=f
fn:veronika	firstname	uk=Вероніка	ru=Вероника	en=Veronika|Veronica|Veronique	gender=f
fn:marharyta	firstname	uk=Маргарита	ru=Маргарита	en=Marharyta|Margarita	gender=f
fn:polina	firstname	uk=Поліна	ru=Полина	en=Polina	gender=f
fn:kseniia	firstname	uk=Ксенія	ru=Ксения	en=Kseniia|Ksenia|Kseniya	gender=f
fn:yelyzaveta	firstname	uk=Єлизавета	ru=Елизавета	en=Yelyzaveta|Elizaveta|Yelizaveta	gender=f
fn:maryna	firstname	uk=Марина	ru=Марина	en=Maryna|Marina	gender=f
fn:violetta	firstname	uk=Віолетта|Віолета	ru=Виолетта	en=Violetta|Violeta	gender=f
fn:vlada	firstname	uk=Влада{ctx}	ru=Влада	en=Vlada{ctx}	gender=f
fn:vladyslava	firstname	uk=Владислава	ru=Владислава	en=Vladyslava|Vladislava	gender=f
fn:alisa	firstname	uk=Аліса|Еліс{x}	ru=Алиса|Элис{x}	en=Alisa|Alice	gender=f
fn:anhelina	firstname	uk=Ангеліна|Анджеліна	ru=Ангелина|Анджелина	en=Anhelina|Angelina	gender=f
fn:karyna	firstname	uk=Карина	ru=Карина	en=Karyna|Karina	gender=f
fn:kira	firstname	uk=Кіра	ru=Кира	en=Kira	gender=f
fn:liliia	firstname	uk=Лілія{ctx}|Ліля	ru=Лилия{ctx}|Лиля	en=Liliia|Lilia{ctx}|Liliya{ctx}|Lilya	gender=f
fn:milana	firstname	uk=Мілана{ctx}	ru=Милана{ctx}	en=Milana	gender=f
fn:nika	firstname	uk=Ніка{ctx}	ru=Ника{ctx}	en=Nika{ctx}	gender=f
fn:rehina	firstname	uk=Регіна{ctx}	ru=Регина{ctx}	en=Rehina|Regina{ctx}	gender=f
fn:emiliia	firstname	uk=Емілія	ru=Эмилия	en=Emiliia|Emilia|Emiliya	gender=f
fn:yeva	firstname	uk=Єва|Ева	ru=Ева	en=Yeva|Eva|Eve	gender=f
fn:zlata	firstname	uk=Злата	ru=Злата	en=Zlata	gender=f
fn:maiia	firstname	uk=Майя|Мая	ru=Майя|Мая	en=Maiia|Maya|Maia|Mayya	gender=f
fn:stefaniia	firstname	uk=Стефанія	ru=Стефания	en=Stefaniia|Stefania|Stefaniya	gender=f
fn:taisiia	firstname	uk=Таїсія	ru=Таисия|Таисья	en=Taisiia|Taisia|Taisiya|Taisya	gender=f
fn:vasylyna	firstname	uk=Василина|Василиса	ru=Василиса	en=Vasylyna|Vasilisa|Vasylysa	gender=f
fn:varvara	firstname	uk=Варвара	ru=Варвара	en=Varvara	gender=f
fn:ustyna	firstname	uk=Устина	ru=Устинья	en=Ustyna|Ustinya	gender=f
fn:alevtyna	firstname	uk=Алевтина	ru=Алевтина	en=Alevtyna|Alevtina	gender=f
fn:anita	firstname	uk=Аніта	ru=Анита	en=Anita	gender=f
fn:bozhena	firstname	uk=Божена	ru=Божена	en=Bozhena	gender=f
fn:bronyslava	firstname	uk=Броніслава	ru=Бронислава	en=Bronyslava|Bronislava	gender=f
fn:vitalina	firstname	uk=Віталіна	ru=Виталина	en=Vitalina	gender=f
fn:halia	firstname	uk=Галя	ru=Галя	en=Halia|Galya	gender=f
fn:helena	firstname	uk=Гелена	ru=Хелена	en=Helena|Khelena	gender=f
fn:dana	firstname	uk=Дана{ctx}	ru=Дана	en=Dana{ctx}	gender=f
fn:dominika	firstname	uk=Домініка	ru=Доминика	en=Dominika	gender=f
fn:zhanetta	firstname	uk=Жанетта	ru=Жанетта	en=Zhanetta	gender=f
fn:zinaida	firstname	uk=Зінаїда	ru=Зинаида	en=Zinaida	gender=f
fn:izabela	firstname	uk=Ізабела|Ізабелла	ru=Изабелла	en=Izabela|Isabella|Izabella	gender=f
fn:ivanna	firstname	uk=Іванна	ru=Иванна	en=Ivanna	gender=f
fn:iia	firstname	uk=Ія	ru=Ия	en=Iia|Iya	gender=f
fn:kalyna	firstname	uk=Калина{ctx}	en=Kalyna	gender=f
fn:kamila	firstname	uk=Каміла|Камілла	ru=Камила|Камилла	en=Kamila|Camilla|Kamilla	gender=f
fn:klavdiia	firstname	uk=Клавдія	ru=Клавдия	en=Klavdiia|Klavdia|Klavdiya	gender=f
fn:lada	firstname	uk=Лада{ctx}	ru=Лада{ctx}	en=Lada{ctx}	gender=f
fn:lana	firstname	uk=Лана	ru=Лана	en=Lana{ctx}	gender=f
fn:liubomyra	firstname	uk=Любомира	en=Liubomyra	gender=f
fn:mariana	firstname	uk=Мар'яна|Маріана	ru=Марьяна|Мариана	en=Mariana|Maryana	gender=f
fn:natalka	firstname	uk=Наталка	en=Natalka	gender=f
fn:nelia	firstname	uk=Неля	ru=Нелли{x}	en=Nelia|Nelli	gender=f
fn:nonna	firstname	uk=Нонна	ru=Нонна	en=Nonna	gender=f
fn:orysia	firstname	uk=Орися	en=Orysia	gender=f
fn:paraska	firstname	uk=Параска	ru=Прасковья	en=Paraska|Praskovya	gender=f
fn:pelaheia	firstname	uk=Пелагея	ru=Пелагея	en=Pelaheia|Pelageya	gender=f
fn:renata	firstname	uk=Рената	ru=Рената	en=Renata	gender=f
fn:roksolana	firstname	uk=Роксолана	ru=Роксолана	en=Roksolana	gender=f
fn:roksana	firstname	uk=Роксана	ru=Роксана	en=Roksana|Roxana	gender=f
fn:ruslana	firstname	uk=Руслана	ru=Руслана	en=Ruslana	gender=f
fn:sabina	firstname	uk=Сабіна	ru=Сабина	en=Sabina	gender=f
fn:serafyma	firstname	uk=Серафима	ru=Серафима	en=Serafyma|Serafima	gender=f
fn:snizhana	firstname	uk=Снєжана|Сніжана	ru=Снежана	en=Snizhana|Snezhana|Sniezhana	gender=f
fn:stanislava	firstname	uk=Станіслава	ru=Станислава	en=Stanislava	gender=f
fn:stella	firstname	uk=Стелла	ru=Стелла	en=Stella	gender=f
fn:tereza	firstname	uk=Тереза	ru=Тереза	en=Tereza|Teresa|Theresa	gender=f
fn:faina	firstname	uk=Фаїна	ru=Фаина	en=Faina	gender=f
fn:yuliana	firstname	uk=Юліана	ru=Юлиана	en=Yuliana	gender=f
fn:yustyna	firstname	uk=Юстина	ru=Юстина	en=Yustyna|Justyna|Yustina	gender=f
fn:yaryna	firstname	uk=Ярина	ru=Ярина	en=Yaryna|Yarina	gender=f
fn:ahata	firstname	uk=Агата	ru=Агата	en=Ahata|Agata	gender=f
fn:adelina	firstname	uk=Аделіна	ru=Аделина	en=Adelina	gender=f
fn:amaliia	firstname	uk=Амалія	ru=Амалия	en=Amaliia|Amalia|Amaliya	gender=f
fn:aryna	firstname	uk=Арина|Аріна	ru=Арина	en=Aryna|Arina	gender=f
fn:bella	firstname	uk=Белла	ru=Белла	en=Bella{ctx}	gender=f
fn:berta	firstname	uk=Берта	ru=Берта	en=Berta	gender=f
fn:vitaliia	firstname	uk=Віталія	ru=Виталия	en=Vitaliia|Vitaliya	gender=f
fn:vlasta	firstname	uk=Власта	ru=Власта	en=Vlasta	gender=f
fn:hlafira	firstname	uk=Глафіра	ru=Глафира	en=Hlafira|Glafira	gender=f
fn:hulia	firstname	uk=Гуля	ru=Гуля	en=Hulia|Gulya	gender=f
fn:evelina	firstname	uk=Евеліна	ru=Эвелина	en=Evelina	gender=f
fn:elvira	firstname	uk=Ельвіра	ru=Эльвира	en=Elvira	gender=f
fn:elza	firstname	uk=Ельза	ru=Эльза	en=Elza|Elsa	gender=f
fn:elina	firstname	uk=Еліна	ru=Элина	en=Elina	gender=f
fn:emma	firstname	uk=Емма|Ема	ru=Эмма	en=Emma	gender=f
fn:yefrosyniia	firstname	uk=Єфросинія	ru=Ефросинья	en=Yefrosyniia|Yefrosinya	gender=f
fn:zhozefina	firstname	uk=Жозефіна	ru=Жозефина	en=Zhozefina|Josephine	gender=f
fn:zaryna	firstname	uk=Зарина	ru=Зарина	en=Zaryna|Zarina	gender=f
fn:irma	firstname	uk=Ірма	ru=Ирма	en=Irma	gender=f
fn:iraida	firstname	uk=Іраїда	ru=Ираида	en=Iraida	gender=f
fn:karolina	firstname	uk=Кароліна	ru=Каролина	en=Karolina|Carolina{ctx}	gender=f
fn:katria	firstname	uk=Катря	en=Katria	gender=f
fn:klara	firstname	uk=Клара	ru=Клара	en=Klara|Clara	gender=f
fn:leokadiia	firstname	uk=Леокадія	ru=Леокадия	en=Leokadiia|Leokadiya	gender=f
fn:lena	firstname	uk=Лєна	ru=Лена	en=Lena{ctx}|Liena	gender=f
fn:liana	firstname	uk=Ліана	ru=Лиана	en=Liana	gender=f
fn:liza	firstname	uk=Ліза	ru=Лиза	en=Liza|Lisa	gender=f
fn:luiza	firstname	uk=Луїза	ru=Луиза	en=Luiza|Louisa|Louise	gender=f
fn:liubava	firstname	uk=Любава	ru=Любава	en=Liubava|Lyubava	gender=f
fn:mahdalyna	firstname	uk=Магдалина	ru=Магдалина	en=Mahdalyna|Magdalina	gender=f
fn:malvina	firstname	uk=Мальвіна	ru=Мальвина	en=Malvina	gender=f
fn:marta	firstname	uk=Марта	ru=Марта{ctx}	en=Marta|Martha	gender=f
fn:melaniia	firstname	uk=Мелані{x}|Меланія	ru=Мелания|Мелани{x}	en=Melaniia|Melania|Melanie|Melani|Melaniya	gender=f
fn:mila	firstname	uk=Міла	ru=Мила{ctx}	en=Mila	gender=f
fn:myrra	firstname	uk=Мирра	ru=Мирра	en=Myrra|Mirra	gender=f
fn:ninel	firstname	uk=Нінель{f}	ru=Нинель{f}	en=Ninel	gender=f
fn:oleksandra	firstname	uk=Олександра	ru=Александра	en=Oleksandra|Alexandra|Aleksandra	gender=f
fn:pavlyna	firstname	uk=Павлина	ru=Павлина	en=Pavlyna|Pavlina	gender=f
fn:rada	firstname	uk=Рада{ctx}	ru=Рада{ctx}	en=Rada{ctx}	gender=f
fn:rymma	firstname	uk=Римма	ru=Римма	en=Rymma|Rimma	gender=f
fn:rozaliia	firstname	uk=Розалія	ru=Розалия	en=Rozaliia|Rozaliya	gender=f
fn:roza	firstname	uk=Роза{ctx}	ru=Роза{ctx}	en=Roza|Rosa	gender=f
fn:rufina	firstname	uk=Руфіна	ru=Руфина	en=Rufina	gender=f
fn:sviatoslava	firstname	uk=Святослава	ru=Святослава	en=Sviatoslava|Svyatoslava	gender=f
fn:susanna	firstname	uk=Сусанна	ru=Сусанна	en=Susanna	gender=f
fn:tamila	firstname	uk=Таміла	ru=Тамила	en=Tamila	gender=f
fn:teodora	firstname	uk=Теодора	ru=Теодора	en=Teodora	gender=f
fn:khrystia	firstname	uk=Христя	en=Khrystia	gender=f
fn:yuna	firstname	uk=Юна{ctx}	ru=Юна	en=Yuna	gender=f
fn:yadviha	firstname	uk=Ядвіга	ru=Ядвига	en=Yadviha|Jadwiga|Yadviga	gender=f
fn:vesna	firstname	uk=Весна{ctx}	ru=Весна{ctx}	en=Vesna{ctx}	gender=f
fn:marianna	firstname	uk=Маріанна	ru=Марианна	en=Marianna	gender=f
fn:edita	firstname	uk=Едіта	ru=Эдита	en=Edita|Edyta	gender=f
fn:inha	firstname	uk=Інга	ru=Инга	en=Inha|Inga	gender=f
fn:ivetta	firstname	uk=Іветта	ru=Иветта	en=Ivetta	gender=f
fn:liliana	firstname	uk=Ліліана	ru=Лилиана	en=Liliana	gender=f
fn:natella	firstname	uk=Нателла	ru=Нателла	en=Natella	gender=f
fn:olimpiada	firstname	uk=Олімпіада	ru=Олимпиада	en=Olimpiada	gender=f
fn:patrytsiia	firstname	uk=Патриція	ru=Патриция	en=Patrytsiia|Patricia|Patritsiya	gender=f
fn:siuzanna	firstname	uk=Сюзанна	ru=Сюзанна	en=Siuzanna|Suzanna|Syuzanna	gender=f
fn:frida	firstname	uk=Фріда	ru=Фрида	en=Frida	gender=f
fn:kharytyna	firstname	uk=Харитина	en=Kharytyna	gender=f
fn:tsetsiliia	firstname	uk=Цецилія	ru=Цецилия	en=Tsetsiliia|Tsetsyliia|Tsetsiliya	gender=f
fn:elmira	firstname	uk=Ельміра	ru=Эльмира	en=Elmira	gender=f
fn:aza	firstname	uk=Аза	ru=Аза	en=Aza	gender=f
fn:alisiia	firstname	uk=Алісія	ru=Алисия	en=Alisiia|Alicia|Alisiya	gender=f
fn:ada	firstname	uk=Ада	ru=Ада{ctx}	en=Ada{ctx}	gender=f
fn:avhusta	firstname	uk=Августа	ru=Августа{ctx}	en=Avhusta|Augusta|Avgusta	gender=f
fn:avhust	firstname	uk=Август	ru=Август{ctx}	en=Avhust|August|Avgust	gender=m
fn:avrora	firstname	uk=Аврора{ctx}	ru=Аврора{ctx}	en=Avrora|Aurora{ctx}	gender=f
fn:anzhela	firstname	uk=Анжела	ru=Анжела	en=Anzhela	gender=f
fn:anzhelika	firstname	uk=Анжеліка	ru=Анжелика	en=Anzhelika|Angelika	gender=f
fn:assol	firstname	uk=Ассоль{x}	ru=Ассоль{x}	en=Assol	gender=f
fn:valeriia	firstname	uk=Валерія	ru=Валерия	en=Valeriia|Valeria|Valeriya	gender=f
fn:esfir	firstname	uk=Есфір{f}|Естер{f}	ru=Эсфирь{f}|Эстер{f}	en=Esfir|Ester	gender=f
fn:zhaklin	firstname	uk=Жаклін{x}	ru=Жаклин{x}	en=Zhaklin|Jacqueline	gender=f
fn:irena	firstname	uk=Ірена|Ірен{x}	ru=Ирена|Ирен{x}	en=Irena|Iren	gender=f
fn:ksana	firstname	uk=Ксана	en=Ksana	gender=f
fn:leia	firstname	uk=Лея	ru=Лея	en=Leia|Leya	gender=f
fn:marfa	firstname	uk=Марфа	ru=Марфа	en=Marfa	gender=f
fn:fekla	firstname	uk=Фекла|Текля	ru=Фёкла	en=Fekla|Fyokla|Teklia	gender=f
fn:slava	firstname	uk=Слава{m}{ctx}	ru=Слава{m}{ctx}	en=Slava{ctx}	gender=m
fn:milan	firstname	uk=Мілан{ctx}	ru=Милан{ctx}	en=Milan{ctx}	gender=m
fn:yurko	firstname	uk=Юрко	en=Yurko	gender=m
fn:sashko	firstname	uk=Сашко	en=Sashko	gender=m
fn:pantelii	firstname	uk=Пантелій	ru=Пантелей	en=Pantelii|Panteley	gender=m
fn:ravil	firstname	uk=Равіль	ru=Равиль	en=Ravil	gender=m
fn:dima	firstname	uk=Діма{m}	ru=Дима{m}	en=Dima	gender=m
fn:mykhailyna	firstname	uk=Михайлина	en=Mykhailyna	gender=f
fn:mariika	firstname	uk=Марійка	en=Mariika	gender=f
fn:vika	firstname	uk=Віка	ru=Вика	en=Vika	gender=f
fn:nastia	firstname	uk=Настя	ru=Настя	en=Nastia|Nastya	gender=f
fn:nastasia	firstname	uk=Настасья	ru=Настасья	en=Nastasia|Nastasya	gender=f
fn:alenka	firstname	uk=Аленка	ru=Алёнка	en=Alenka|Alyonka	gender=f
fn:katia	firstname	uk=Катя	ru=Катя	en=Katia|Katya	gender=f
fn:olia	firstname	uk=Оля	ru=Оля	en=Olia|Olya	gender=f
fn:masha	firstname	uk=Маша	ru=Маша	en=Masha	gender=f

# --- more Ukrainian / Russian given names: church and folk forms (Охрім, Ничипір,
# Горпина, Явдоха), Western Ukrainian ones (Зенон, Ореста), old Slavic ones
fn:avdii	firstname	uk=Авдій	ru=Авдей	en=Avdii|Avdey	gender=m
fn:avram	firstname	uk=Аврам|Авраам	ru=Авраам|Аврам	en=Avram|Avraam	gender=m
fn:avrelii	firstname	uk=Аврелій	ru=Аврелий	en=Avrelii|Avreliy	gender=m
fn:ahapii	firstname	uk=Агапій|Агап	ru=Агапий	en=Ahapii|Ahap|Agapiy	gender=m
fn:ahafon	firstname	uk=Агафон	ru=Агафон	en=Ahafon|Agafon	gender=m
fn:yakym	firstname	uk=Яким	ru=Аким	en=Yakym|Akim	gender=m
fn:oleksa	firstname	uk=Олекса{m}	ru=Алекса{m}	en=Oleksa|Aleksa	gender=m
fn:amos	firstname	uk=Амос	ru=Амос	en=Amos	gender=m
fn:ananii	firstname	uk=Ананій	ru=Анания{m}	en=Ananii|Ananiya	gender=m
fn:andron	firstname	uk=Андрон	ru=Андрон	en=Andron	gender=m
fn:anikii	firstname	uk=Анікій	ru=Аникей	en=Anikii|Anikey	gender=m
fn:antonii	firstname	uk=Антоній	ru=Антоний	en=Antonii|Antoniy	gender=m
fn:apollon	firstname	uk=Аполлон{ctx}	ru=Аполлон{ctx}	en=Apollon{ctx}	gender=m
fn:arefa	firstname	uk=Арефа{m}	ru=Арефа{m}	en=Arefa	gender=m
fn:artemii	firstname	uk=Артемій	ru=Артемий	en=Artemii|Artemiy	gender=m
fn:arkhyp	firstname	uk=Архип	ru=Архип	en=Arkhyp|Arkhip	gender=m
fn:boholiub	firstname	uk=Боголюб	ru=Боголюб	en=Boholiub|Bogolyub	gender=m
fn:bohumila	firstname	uk=Богуміла	ru=Богумила	en=Bohumila|Bogumila	gender=f
fn:bohumyl	firstname	uk=Богумил	ru=Богумил	en=Bohumyl|Bogumil	gender=m
fn:budymyr	firstname	uk=Будимир	ru=Будимир	en=Budymyr|Budimir	gender=m
fn:vavyla	firstname	uk=Вавила{m}	ru=Вавила{m}	en=Vavyla|Vavila	gender=m
fn:valerian	firstname	uk=Валеріан	ru=Валериан	en=Valerian	gender=m
fn:varlaam	firstname	uk=Варлаам	ru=Варлаам	en=Varlaam	gender=m
fn:varnava	firstname	uk=Варнава{m}	ru=Варнава{m}	en=Varnava	gender=m
fn:halaktion	firstname	uk=Галактіон	ru=Галактион	en=Halaktion|Galaktion	gender=m
fn:hedeon	firstname	uk=Гедеон	ru=Гедеон	en=Hedeon|Gedeon	gender=m
fn:herasym	firstname	uk=Герасим	ru=Герасим	en=Herasym|Gerasim	gender=m
fn:hurii	firstname	uk=Гурій	ru=Гурий	en=Hurii|Guriy	gender=m
fn:demyd	firstname	uk=Демид	ru=Демид	en=Demyd|Demid	gender=m
fn:dorofii	firstname	uk=Дорофій	ru=Дорофей	en=Dorofii|Dorofey	gender=m
fn:yevdokym	firstname	uk=Євдоким	ru=Евдоким	en=Yevdokym|Yevdokim	gender=m
fn:yevhraf	firstname	uk=Євграф	ru=Евграф	en=Yevhraf|Yevgraf	gender=m
fn:yevmen	firstname	uk=Євмен	ru=Евмений	en=Yevmen|Yevmeniy	gender=m
fn:omelian	firstname	uk=Омелян|Ємельян	ru=Емельян	en=Omelian|Yemelian|Yemelyan	gender=m
fn:yeremiia	firstname	uk=Єремія{m}	ru=Иеремия{m}	en=Yeremiia|Iyeremiya	gender=m
fn:okhrim	firstname	uk=Охрім|Єфрем	ru=Ефрем	en=Okhrim|Yefrem	gender=m
fn:zakharii	firstname	uk=Захарій|Захарія{m}	ru=Захария{m}	en=Zakharii|Zakhariia|Zakhariya	gender=m
fn:zenon	firstname	uk=Зенон	ru=Зенон	en=Zenon	gender=m
fn:zosym	firstname	uk=Зосим|Зосима{m}	ru=Зосима{m}	en=Zosym|Zosyma|Zosima	gender=m
fn:izydor	firstname	uk=Ізидор|Ісидор	ru=Исидор	en=Izydor|Isydor|Isidor	gender=m
fn:ipolyt	firstname	uk=Іполит	ru=Ипполит	en=Ipolyt|Ippolit	gender=m
fn:isaia	firstname	uk=Ісая{m}|Ісайя{m}	ru=Исайя{m}	en=Isaia|Isaiia|Isayya	gender=m
fn:yona	firstname	uk=Йона{m}|Іона{m}	ru=Иона{m}	en=Yona|Iona	gender=m
fn:kalenyk	firstname	uk=Каленик	ru=Калинник	en=Kalenyk|Kalinnik	gender=m
fn:karpo	firstname	uk=Карпо	ru=Карп{ctx}	en=Karpo|Karp{ctx}	gender=m
fn:kasiian	firstname	uk=Касіян	ru=Касьян	en=Kasiian|Kasyan	gender=m
fn:kyryk	firstname	uk=Кирик	ru=Кирик	en=Kyryk|Kirik	gender=m
fn:kornylo	firstname	uk=Корнило|Корнилій	ru=Корнилий	en=Kornylo|Kornylii|Korniliy	gender=m
fn:lavrin	firstname	uk=Лаврін	en=Lavrin	gender=m
fn:lonhyn	firstname	uk=Лонгин	ru=Лонгин	en=Lonhyn|Longin	gender=m
fn:meletii	firstname	uk=Мелетій	ru=Мелетий	en=Meletii|Meletiy	gender=m
fn:myna	firstname	uk=Мина{m}{ctx}	ru=Мина{m}{ctx}	en=Myna{ctx}|Mina{ctx}	gender=m
fn:mytrofan	firstname	uk=Митрофан	ru=Митрофан	en=Mytrofan|Mitrofan	gender=m
fn:nykodym	firstname	uk=Никодим|Нікодим	ru=Никодим	en=Nykodym|Nikodym|Nikodim	gender=m
fn:onufrii	firstname	uk=Онуфрій	ru=Онуфрий	en=Onufrii|Onufriy	gender=m
fn:onykii	firstname	uk=Оникій	ru=Оникий	en=Onykii|Onikiy	gender=m
fn:osyp	firstname	uk=Осип	ru=Осип	en=Osyp|Osip	gender=m
fn:paramon	firstname	uk=Парамон	ru=Парамон	en=Paramon	gender=m
fn:polikarp	firstname	uk=Полікарп	ru=Поликарп	en=Polikarp	gender=m
fn:prokip	firstname	uk=Прокіп|Прокопій	ru=Прокопий|Прокоп	en=Prokip|Prokopii|Prokopiy|Prokop	gender=m
fn:samson	firstname	uk=Самсон	ru=Самсон	en=Samson	gender=m
fn:spyrydon	firstname	uk=Спиридон|Свирид	ru=Спиридон	en=Spyrydon|Svyryd|Spiridon	gender=m
fn:sydir	firstname	uk=Сидір	ru=Сидор	en=Sydir|Sidor	gender=m
fn:symon	firstname	uk=Симон	ru=Симон	en=Symon|Simon	gender=m
fn:terentii	firstname	uk=Терентій	ru=Терентий	en=Terentii|Terentiy	gender=m
fn:tadei	firstname	uk=Тадей|Фаддей	ru=Фаддей	en=Tadei|Faddei|Faddey	gender=m
fn:fedot	firstname	uk=Федот	ru=Федот	en=Fedot	gender=m
fn:foka	firstname	uk=Фока{m}	ru=Фока{m}	en=Foka	gender=m
fn:fotii	firstname	uk=Фотій	ru=Фотий	en=Fotii|Fotiy	gender=m
fn:ahei	firstname	uk=Агей	ru=Агей	en=Ahei|Agey	gender=m
fn:akakii	firstname	uk=Акакій	ru=Акакий	en=Akakii|Akakiy	gender=m
fn:anisym	firstname	uk=Анісим	ru=Анисим	en=Anisym|Anisim	gender=m
fn:varsonofii	firstname	uk=Варсонофій	ru=Варсонофий	en=Varsonofii|Varsonofiy	gender=m
fn:hervasii	firstname	uk=Гервасій	ru=Гервасий	en=Hervasii|Gervasiy	gender=m
fn:yezekiil	firstname	uk=Єзекіїль	ru=Иезекииль	en=Yezekiil|Iyezekiil	gender=m
fn:iov	firstname	uk=Іов|Йов	ru=Иов	en=Iov|Yov	gender=m
fn:mardarii	firstname	uk=Мардарій	ru=Мардарий	en=Mardarii|Mardariy	gender=m
fn:markel	firstname	uk=Маркел	ru=Маркел	en=Markel	gender=m
fn:melentii	firstname	uk=Мелентій	ru=Мелентий	en=Melentii|Melentiy	gender=m
fn:pakhom	firstname	uk=Пахом	ru=Пахом	en=Pakhom	gender=m
fn:pymen	firstname	uk=Пимен	ru=Пимен	en=Pymen|Pimen	gender=m
fn:ruf	firstname	uk=Руф	ru=Руф	en=Ruf	gender=m
fn:savatii	firstname	uk=Саватій	ru=Савватий	en=Savatii|Savvatiy	gender=m
fn:solomon	firstname	uk=Соломон	ru=Соломон	en=Solomon	gender=m
fn:tovii	firstname	uk=Товій|Товія{m}	ru=Товия{m}	en=Tovii|Toviia|Toviya	gender=m
fn:tryfon	firstname	uk=Трифон	ru=Трифон	en=Tryfon|Trifon	gender=m
fn:feohnost	firstname	uk=Феогност	ru=Феогност	en=Feohnost|Feognost	gender=m
fn:feoktyst	firstname	uk=Феоктист	ru=Феоктист	en=Feoktyst|Feoktist	gender=m
fn:filymon	firstname	uk=Філимон	ru=Филимон	en=Filymon|Filimon	gender=m
fn:kharlampii	firstname	uk=Харлампій	ru=Харлампий	en=Kharlampii|Kharlampiy	gender=m
fn:anastasii	firstname	uk=Анастасій	ru=Анастасий	en=Anastasii|Anastasiy	gender=m
fn:ladyslav	firstname	uk=Ладислав	ru=Ладислав	en=Ladyslav|Ladislav	gender=m
fn:myloslava	firstname	uk=Милослава	ru=Милослава	en=Myloslava|Miloslava	gender=f
fn:myloslav	firstname	uk=Милослав	ru=Милослав	en=Myloslav|Miloslav	gender=m
fn:svitoslav	firstname	uk=Світослав	en=Svitoslav	gender=m
fn:stanymyr	firstname	uk=Станимир	ru=Станимир	en=Stanymyr|Stanimir	gender=m
fn:tykhomyr	firstname	uk=Тихомир	ru=Тихомир	en=Tykhomyr|Tikhomir	gender=m
fn:yaromyr	firstname	uk=Яромир	ru=Яромир	en=Yaromyr|Yaromir	gender=m
fn:volodar	firstname	uk=Володар	ru=Володарь	en=Volodar	gender=m
fn:drahomyr	firstname	uk=Драгомир	ru=Драгомир	en=Drahomyr|Dragomir	gender=m
fn:dobrynia	firstname	uk=Добриня{m}	ru=Добрыня{m}	en=Dobrynia|Dobrynya	gender=m
fn:olelko	firstname	uk=Олелько	en=Olelko	gender=m
fn:tymko	firstname	uk=Тимко	en=Tymko	gender=m
fn:ahafiia	firstname	uk=Агафія|Гафія	ru=Агафья|Агафия	en=Ahafiia|Hafiia|Agafya|Agafiya	gender=f
fn:ahnesa	firstname	uk=Агнеса|Агнесса	ru=Агнесса|Агнеса	en=Ahnesa|Ahnessa|Agnessa|Agnesa	gender=f
fn:ahniia	firstname	uk=Агнія	ru=Агния	en=Ahniia|Agniya	gender=f
fn:ahrypyna	firstname	uk=Агрипина	ru=Агриппина|Агрипина	en=Ahrypyna|Agrippina|Agripina	gender=f
fn:adelia	firstname	uk=Аделя	ru=Аделя	en=Adelia|Adelya	gender=f
fn:adriana	firstname	uk=Адріана	ru=Адриана	en=Adriana	gender=f
fn:akylyna	firstname	uk=Акилина|Килина	ru=Акулина	en=Akylyna|Kylyna|Akulina	gender=f
fn:aksyniia	firstname	uk=Аксинія	ru=Аксинья	en=Aksyniia|Aksinya	gender=f
fn:albina	firstname	uk=Альбіна	ru=Альбина	en=Albina	gender=f
fn:anfisa	firstname	uk=Анфіса	ru=Анфиса	en=Anfisa	gender=f
fn:apollinariia	firstname	uk=Аполлінарія	ru=Аполлинария	en=Apollinariia|Apollinariya	gender=f
fn:vanda	firstname	uk=Ванда	ru=Ванда	en=Vanda	gender=f
fn:venera	firstname	uk=Венера{ctx}	ru=Венера{ctx}	en=Venera{ctx}	gender=f
fn:vilena	firstname	uk=Вілена	ru=Вилена	en=Vilena	gender=f
fn:vladlena	firstname	uk=Владлена	ru=Владлена	en=Vladlena	gender=f
fn:habriela	firstname	uk=Габріела|Габріеля	ru=Габриэла|Габриела	en=Habriela|Habrielia|Gabriela|Gabriyela	gender=f
fn:henriieta	firstname	uk=Генрієта|Генрієтта	ru=Генриетта	en=Henriieta|Henriietta|Genriyetta	gender=f
fn:hertruda	firstname	uk=Гертруда	ru=Гертруда	en=Hertruda|Gertruda	gender=f
fn:horpyna	firstname	uk=Горпина	en=Horpyna	gender=f
fn:dzvenyslava	firstname	uk=Дзвенислава	en=Dzvenyslava	gender=f
fn:dokiia	firstname	uk=Докія|Євдокія|Явдокія	ru=Евдокия	en=Dokiia|Yevdokiia|Yavdokiia|Yevdokiya	gender=f
fn:yavdokha	firstname	uk=Явдоха	en=Yavdokha	gender=f
fn:domna	firstname	uk=Домна	ru=Домна	en=Domna	gender=f
fn:domakha	firstname	uk=Домаха	en=Domakha	gender=f
fn:dora	firstname	uk=Дора	ru=Дора	en=Dora	gender=f
fn:doroteia	firstname	uk=Доротея	ru=Доротея	en=Doroteia|Doroteya	gender=f
fn:yevpraksiia	firstname	uk=Євпраксія	ru=Евпраксия	en=Yevpraksiia|Yevpraksiya	gender=f
fn:yeseniia	firstname	uk=Єсенія|Есенія	ru=Есения	en=Yeseniia|Eseniia|Yeseniya	gender=f
fn:zynoviia	firstname	uk=Зиновія|Зеновія	ru=Зиновия	en=Zynoviia|Zenoviia|Zinoviya	gender=f
fn:zoreslava	firstname	uk=Зореслава	ru=Зореслава	en=Zoreslava	gender=f
fn:izolda	firstname	uk=Ізольда	ru=Изольда	en=Izolda	gender=f
fn:illariia	firstname	uk=Ілларія	ru=Иллария	en=Illariia|Illariya	gender=f
fn:yolanta	firstname	uk=Йоланта	ru=Иоланта	en=Yolanta|Iolanta	gender=f
fn:kapitolina	firstname	uk=Капітоліна	ru=Капитолина	en=Kapitolina	gender=f
fn:klementyna	firstname	uk=Клементина	ru=Клементина	en=Klementyna|Klementina	gender=f
fn:korneliia	firstname	uk=Корнелія	ru=Корнелия	en=Korneliia|Korneliya	gender=f
fn:leonida	firstname	uk=Леоніда	ru=Леонида	en=Leonida	gender=f
fn:leonila	firstname	uk=Леоніла	ru=Леонила	en=Leonila	gender=f
fn:lukeriia	firstname	uk=Лукерія|Лукія	ru=Лукерья|Лукия	en=Lukeriia|Lukiia|Lukerya|Lukiya	gender=f
fn:mavra	firstname	uk=Мавра	ru=Мавра	en=Mavra	gender=f
fn:malaniia	firstname	uk=Маланія	ru=Маланья	en=Malaniia|Malanya	gender=f
fn:matylda	firstname	uk=Матильда	ru=Матильда	en=Matylda|Matilda	gender=f
fn:matrona	firstname	uk=Матрона	ru=Матрёна|Матрена	en=Matrona|Matryona|Matrena	gender=f
fn:motria	firstname	uk=Мотря	en=Motria	gender=f
fn:melityna	firstname	uk=Мелітина	ru=Мелитина	en=Melityna|Melitina	gender=f
fn:milena	firstname	uk=Мілена	ru=Милена	en=Milena	gender=f
fn:milytsia	firstname	uk=Мілиця|Міліца	ru=Милица	en=Milytsia|Militsa	gender=f
fn:mira	firstname	uk=Міра{ctx}	ru=Мира{ctx}	en=Mira{ctx}	gender=f
fn:neonila	firstname	uk=Неоніла	ru=Неонила	en=Neonila	gender=f
fn:nila	firstname	uk=Ніла	ru=Нила	en=Nila	gender=f
fn:odarka	firstname	uk=Одарка	en=Odarka	gender=f
fn:oryna	firstname	uk=Орина	en=Oryna	gender=f
fn:oresta	firstname	uk=Ореста	ru=Ореста	en=Oresta	gender=f
fn:palazhka	firstname	uk=Палажка|Палагна	en=Palazhka|Palahna	gender=f
fn:paraskoviia	firstname	uk=Парасковія|Парасковья	ru=Параскева	en=Paraskoviia|Paraskovia|Paraskeva	gender=f
fn:priska	firstname	uk=Пріська	en=Priska	gender=f
fn:rakhil	firstname	uk=Рахіль{f}	ru=Рахиль{f}	en=Rakhil	gender=f
fn:reveka	firstname	uk=Ревека|Ревекка	ru=Ревекка	en=Reveka|Revekka	gender=f
fn:rostyslava	firstname	uk=Ростислава	ru=Ростислава	en=Rostyslava|Rostislava	gender=f
fn:sevastiiana	firstname	uk=Севастіяна	ru=Севастьяна	en=Sevastiiana|Sevastyana	gender=f
fn:fedora	firstname	uk=Федора	ru=Федора	en=Fedora	gender=f
fn:frosyna	firstname	uk=Фросина|Фросиня	en=Frosyna|Frosynia	gender=f
fn:khyma	firstname	uk=Хима	en=Khyma	gender=f
fn:yivha	firstname	uk=Ївга	en=Yivha	gender=f
fn:hapka	firstname	uk=Гапка	en=Hapka	gender=f
fn:oryshka	firstname	uk=Оришка	en=Oryshka	gender=f
fn:yaroslavna	firstname	uk=Ярославна	ru=Ярославна	en=Yaroslavna	gender=f
fn:vseslava	firstname	uk=Всеслава	ru=Всеслава	en=Vseslava	gender=f
fn:dzvinka	firstname	uk=Дзвінка{ctx}	en=Dzvinka{ctx}	gender=f
fn:liubomyla	firstname	uk=Любомила	en=Liubomyla	gender=f
fn:yepifanii	firstname	uk=Єпіфаній|Епіфаній	ru=Епифаний	en=Yepifanii|Epifanii|Yepifaniy	gender=m
fn:yevstratii	firstname	uk=Євстратій	ru=Евстратий	en=Yevstratii|Yevstratiy	gender=m
fn:makarii	firstname	uk=Макарій	ru=Макарий	en=Makarii|Makariy	gender=m
fn:symeon	firstname	uk=Симеон	ru=Симеон	en=Symeon|Simeon	gender=m
fn:ahapit	firstname	uk=Агапіт	ru=Агапит	en=Ahapit|Agapit	gender=m
fn:ahafanhel	firstname	uk=Агафангел	ru=Агафангел	en=Ahafanhel|Agafangel	gender=m
fn:azarii	firstname	uk=Азарій	ru=Азарий	en=Azarii|Azariy	gender=m
fn:andronik	firstname	uk=Андронік	ru=Андроник	en=Andronik	gender=m
fn:apollinarii	firstname	uk=Аполлінарій	ru=Аполлинарий	en=Apollinarii|Apollinariy	gender=m
fn:afynohen	firstname	uk=Афиноген	ru=Афиноген	en=Afynohen|Afinogen	gender=m
fn:vakula	firstname	uk=Вакула{m}	ru=Вакула{m}	en=Vakula	gender=m
fn:vlasii	firstname	uk=Власій	ru=Власий	en=Vlasii|Vlasiy	gender=m
fn:hermohen	firstname	uk=Гермоген	ru=Гермоген	en=Hermohen|Germogen	gender=m
fn:dionisii	firstname	uk=Діонісій	ru=Дионисий	en=Dionisii|Dionisiy	gender=m
fn:dometii	firstname	uk=Дометій	ru=Дометий	en=Dometii|Dometiy	gender=m
fn:yevlampii	firstname	uk=Євлампій	ru=Евлампий	en=Yevlampii|Yevlampiy	gender=m
fn:yevlohii	firstname	uk=Євлогій	ru=Евлогий	en=Yevlohii|Yevlogiy	gender=m
fn:yoasaf	firstname	uk=Йоасаф	ru=Иоасаф	en=Yoasaf|Ioasaf	gender=m
fn:kyprian	firstname	uk=Кипріан	ru=Киприан	en=Kyprian|Kiprian	gender=m
fn:paisii	firstname	uk=Паїсій	ru=Паисий	en=Paisii|Paisiy	gender=m
fn:sofronii	firstname	uk=Софроній	ru=Софроний	en=Sofronii|Sofroniy	gender=m
fn:tarasii	firstname	uk=Тарасій	ru=Тарасий	en=Tarasii|Tarasiy	gender=m
fn:flavian	firstname	uk=Флавіан	ru=Флавиан	en=Flavian	gender=m
fn:yermolai	firstname	uk=Єрмолай	ru=Ермолай	en=Yermolai|Yermolay	gender=m
fn:yerofii	firstname	uk=Єрофій	ru=Ерофей	en=Yerofii|Yerofey	gender=m
fn:zot	firstname	uk=Зот	ru=Зот	en=Zot	gender=m
fn:izot	firstname	uk=Ізот	ru=Изот	en=Izot	gender=m
fn:ipat	firstname	uk=Іпат	ru=Ипат	en=Ipat	gender=m
fn:nikandr	firstname	uk=Нікандр	ru=Никандр	en=Nikandr	gender=m
fn:firs	firstname	uk=Фірс	ru=Фирс	en=Firs	gender=m
fn:leontii	firstname	uk=Леонтій	ru=Леонтий	en=Leontii|Leontiy	gender=m
fn:savelii	firstname	uk=Савелій	ru=Савелий	en=Savelii|Saveliy	gender=m
fn:yelyzar	firstname	uk=Єлизар	ru=Елизар	en=Yelyzar|Yelizar	gender=m
fn:ruvym	firstname	uk=Рувим	ru=Рувим	en=Ruvym|Ruvim	gender=m
fn:avksentii	firstname	uk=Авксентій	ru=Авксентий	en=Avksentii|Avksentiy	gender=m
fn:dalibor	firstname	uk=Далібор	ru=Далибор	en=Dalibor	gender=m
fn:radomyr	firstname	uk=Радомир	ru=Радомир	en=Radomyr|Radomir	gender=m
fn:liubodar	firstname	uk=Любодар	en=Liubodar	gender=m
fn:zvenyslav	firstname	uk=Звенислав	en=Zvenyslav	gender=m
fn:vysheslav	firstname	uk=Вишеслав	ru=Вышеслав	en=Vysheslav	gender=m
fn:bohodar	firstname	uk=Богодар	en=Bohodar	gender=m
fn:ahrafena	firstname	uk=Аграфена	ru=Аграфена	en=Ahrafena|Agrafena	gender=f
fn:anisiia	firstname	uk=Анісія	ru=Анисья|Анисия	en=Anisiia|Anisya|Anisiya	gender=f
fn:vassa	firstname	uk=Васса	ru=Васса	en=Vassa	gender=f
fn:kaleriia	firstname	uk=Калерія	ru=Калерия	en=Kaleriia|Kaleriya	gender=f
fn:naina	firstname	uk=Наїна	ru=Наина	en=Naina	gender=f
fn:solomoniia	firstname	uk=Соломонія	ru=Соломония	en=Solomoniia|Solomoniya	gender=f
fn:fevroniia	firstname	uk=Февронія	ru=Феврония	en=Fevroniia|Fevroniya	gender=f
fn:fotyna	firstname	uk=Фотина	ru=Фотина	en=Fotyna|Fotina	gender=f
fn:stefanyda	firstname	uk=Стефанида	ru=Стефанида	en=Stefanyda|Stefanida	gender=f
fn:dina	firstname	uk=Діна	ru=Дина	en=Dina	gender=f
fn:lolita	firstname	uk=Лоліта	ru=Лолита	en=Lolita	gender=f
fn:muza	firstname	uk=Муза{ctx}	ru=Муза{ctx}	en=Muza{ctx}	gender=f
fn:pulkheriia	firstname	uk=Пульхерія	ru=Пульхерия	en=Pulkheriia|Pulkheriya	gender=f
fn:yevlaliia	firstname	uk=Євлалія	ru=Евлалия	en=Yevlaliia|Yevlaliya	gender=f
fn:radoslava	firstname	uk=Радослава	ru=Радослава	en=Radoslava	gender=f
fn:bohuslava	firstname	uk=Богуслава	ru=Богуслава	en=Bohuslava|Boguslava	gender=f
fn:oryslava	firstname	uk=Орислава	en=Oryslava	gender=f
fn:ariadna	firstname	uk=Аріадна	ru=Ариадна	en=Ariadna	gender=f
fn:ahlaia	firstname	uk=Аглая	ru=Аглая	en=Ahlaia|Aglaya	gender=f
fn:oleksandryna	firstname	uk=Олександрина	ru=Александрина	en=Oleksandryna|Aleksandrina	gender=f
fn:inessa	firstname	uk=Інесса|Інеса	ru=Инесса	en=Inessa|Inesa	gender=f

# --- diminutives and hypocoristics used as names in prose and news: Ukrainian
# (Івась, Славко, Марічка, Ганнуся, Стефця), Russian (Серёжа, Лёша, Наташа) and their
# Ukrainian spellings (Сєрьожа, Льоша). Names in -ьо/-цьо (Зеньо: Зеня, Зеньові)
# and -ьок (Саньок: Санька) decline by code like the others;
# Люда is {x} in Ukrainian so that its genitive "Люди" (people) is not matched.
fn:petrusha	firstname	uk=Петруша{m}	ru=Петруша{m}	en=Petrusha	gender=m
fn:aloshka	firstname	uk=Альошка{m}	en=Aloshka	gender=m
fn:vanechka	firstname	uk=Ванечка{m}	ru=Ванечка{m}	en=Vanechka	gender=m
fn:vovochka	firstname	uk=Вовочка{m}	ru=Вовочка{m}	en=Vovochka	gender=m
fn:yurochka	firstname	uk=Юрочка{m}	ru=Юрочка{m}	en=Yurochka	gender=m
fn:myshania	firstname	uk=Мишаня{m}	ru=Мишаня{m}	en=Myshania|Mishanya	gender=m
fn:tolian	firstname	uk=Толян	ru=Толян	en=Tolian|Tolyan	gender=m
fn:vovan	firstname	uk=Вован	ru=Вован	en=Vovan	gender=m
fn:mykytka	firstname	uk=Микитка{m}	ru=Никитка{m}	en=Mykytka|Nikitka	gender=m
fn:danik	firstname	uk=Данік|Даник	ru=Даник	en=Danik|Danyk	gender=m
fn:tymosha	firstname	uk=Тимоша{m}	ru=Тимоша{m}	en=Tymosha|Timosha	gender=m
fn:filia	firstname	uk=Філя{m}	ru=Филя{m}	en=Filia|Filya	gender=m
fn:pavlusha	firstname	uk=Павлуша{m}	ru=Павлуша{m}	en=Pavlusha	gender=m
fn:sashka	firstname	uk=Сашка	ru=Сашка	en=Sashka	gender=f
fn:sashok	firstname	uk=Сашок	ru=Сашок	en=Sashok	gender=m
fn:kostian	firstname	uk=Костян	ru=Костян	en=Kostian|Kostyan	gender=m
fn:olezhka	firstname	uk=Олежка{m}	ru=Олежка{m}	en=Olezhka	gender=m
fn:olezhko	firstname	uk=Олежко	en=Olezhko	gender=m
fn:slavchyk	firstname	uk=Славчик	ru=Славчик	en=Slavchyk|Slavchik	gender=m
fn:vitasyk	firstname	uk=Вітасик	ru=Витасик	en=Vitasyk|Vitasik	gender=m
fn:tanechka	firstname	uk=Танечка	ru=Танечка	en=Tanechka	gender=f
fn:svietochka	firstname	uk=Свєточка	ru=Светочка	en=Svietochka|Svetochka	gender=f
fn:tamarochka	firstname	uk=Тамарочка	ru=Тамарочка	en=Tamarochka	gender=f
fn:ritochka	firstname	uk=Ріточка	ru=Риточка	en=Ritochka	gender=f
fn:marynochka	firstname	uk=Мариночка	ru=Мариночка	en=Marynochka|Marinochka	gender=f
fn:tomochka	firstname	uk=Томочка	ru=Томочка	en=Tomochka	gender=f
fn:kristinka	firstname	uk=Крістінка	ru=Кристинка	en=Kristinka	gender=f
fn:lenka	firstname	uk=Ленка	ru=Ленка	en=Lenka	gender=f
fn:manka	firstname	uk=Манька	ru=Манька	en=Manka	gender=f
fn:niurka	firstname	uk=Нюрка	ru=Нюрка	en=Niurka|Nyurka	gender=f
fn:dunka	firstname	uk=Дунька	ru=Дунька	en=Dunka	gender=f
fn:zoika	firstname	uk=Зойка	ru=Зойка	en=Zoika|Zoyka	gender=f
fn:virka	firstname	uk=Вірка	ru=Верка	en=Virka|Verka	gender=f
fn:valka	firstname	uk=Валька	ru=Валька	en=Valka	gender=f
fn:shurochka	firstname	uk=Шурочка	ru=Шурочка	en=Shurochka	gender=f
fn:nastiusha	firstname	uk=Настюша	ru=Настюша	en=Nastiusha|Nastyusha	gender=f
fn:liuska	firstname	uk=Люська	ru=Люська	en=Liuska|Lyuska	gender=f
fn:maruska	firstname	uk=Маруська	ru=Маруська	en=Maruska	gender=f
fn:varenka	firstname	uk=Варенька	ru=Варенька	en=Varenka	gender=f
fn:iryshka	firstname	uk=Іришка	ru=Иришка	en=Iryshka|Irishka	gender=f
fn:taniusia	firstname	uk=Танюся	en=Taniusia	gender=f
fn:ulianka	firstname	uk=Улянка	en=Ulianka	gender=f
fn:marianka	firstname	uk=Мар'янка	ru=Марьянка	en=Marianka|Maryanka	gender=f
fn:lidka	firstname	uk=Лідка	ru=Лидка	en=Lidka	gender=f
fn:yultsia	firstname	uk=Юльця	en=Yultsia	gender=f
fn:nastunia	firstname	uk=Настуня	en=Nastunia	gender=f
fn:marusenka	firstname	uk=Марусенька	en=Marusenka	gender=f
fn:hannusenka	firstname	uk=Ганнусенька	en=Hannusenka	gender=f
fn:oksanusia	firstname	uk=Оксануся	en=Oksanusia	gender=f
fn:lesechka	firstname	uk=Лесечка	en=Lesechka	gender=f
fn:olesenka	firstname	uk=Олесенька	en=Olesenka	gender=f
fn:sofiika	firstname	uk=Софійка	en=Sofiika	gender=f
fn:ivannochka	firstname	uk=Іванночка	en=Ivannochka	gender=f
fn:tetianka	firstname	uk=Тетянка	en=Tetianka	gender=f
fn:ksenka	firstname	uk=Ксенька	ru=Ксенька	en=Ksenka	gender=f
fn:lilechka	firstname	uk=Лілечка	ru=Лилечка	en=Lilechka	gender=f
fn:slavtso	firstname	uk=Славцьо	en=Slavtso	gender=m
fn:slavtsia	firstname	uk=Славця	en=Slavtsia	gender=f
fn:sashunia	firstname	uk=Сашуня	en=Sashunia	gender=f
fn:shurka	firstname	uk=Шурка	ru=Шурка	en=Shurka	gender=f
fn:sasha	firstname	uk=Саша{m}	ru=Саша{m}	en=Sasha	gender=m
fn:sania	firstname	uk=Саня{m}	ru=Саня{m}	en=Sania|Sanya	gender=m
fn:shura	firstname	uk=Шура{m}	ru=Шура{m}	en=Shura	gender=m
fn:shuryk	firstname	uk=Шурик	ru=Шурик	en=Shuryk|Shurik	gender=m
fn:sanok	firstname	uk=Саньок	ru=Санёк|Санек	en=Sanok|Sanyok|Sanek	gender=m
fn:sanko	firstname	uk=Санько	en=Sanko	gender=m
fn:oleksiiko	firstname	uk=Олексійко	en=Oleksiiko	gender=m
fn:losha	firstname	uk=Льоша{m}	ru=Лёша{m}|Леша{m}	en=Losha|Lyosha|Lesha	gender=m
fn:alosha	firstname	uk=Альоша{m}	ru=Алёша{m}|Алеша{m}	en=Alosha|Alyosha|Alesha	gender=m
fn:lokha	firstname	uk=Льоха{m}	ru=Лёха{m}|Леха{m}	en=Lokha|Lyokha|Lekha	gender=m
fn:andriiko	firstname	uk=Андрійко	en=Andriiko	gender=m
fn:andriichyk	firstname	uk=Андрійчик	en=Andriichyk	gender=m
fn:andrus	firstname	uk=Андрусь	en=Andrus	gender=m
fn:andriusha	firstname	uk=Андрюша{m}	ru=Андрюша{m}	en=Andriusha|Andryusha	gender=m
fn:andriukha	firstname	uk=Андрюха{m}	ru=Андрюха{m}	en=Andriukha|Andryukha	gender=m
fn:antos	firstname	uk=Антось	en=Antos	gender=m
fn:antosko	firstname	uk=Антосько	en=Antosko	gender=m
fn:antosha	firstname	uk=Антоша{m}	ru=Антоша{m}	en=Antosha	gender=m
fn:tosha	firstname	uk=Тоша{m}	ru=Тоша{m}	en=Tosha	gender=m
fn:tolia	firstname	uk=Толя{m}	ru=Толя{m}	en=Tolia|Tolya	gender=m
fn:tolik	firstname	uk=Толік	ru=Толик	en=Tolik	gender=m
fn:arkasha	firstname	uk=Аркаша{m}	ru=Аркаша{m}	en=Arkasha	gender=m
fn:toma	firstname	uk=Тьома{m}	ru=Тёма{m}{ctx}|Тема{m}{ctx}	en=Toma|Tyoma{ctx}|Tema{ctx}	gender=m
fn:artemko	firstname	uk=Артемко	en=Artemko	gender=m
fn:bohdanchyk	firstname	uk=Богданчик	en=Bohdanchyk	gender=m
fn:bodo	firstname	uk=Бодьо	en=Bodo	gender=m
fn:bodia	firstname	uk=Бодя{m}	ru=Бодя{m}	en=Bodia|Bodya	gender=m
fn:boria	firstname	uk=Боря{m}	ru=Боря{m}	en=Boria|Borya	gender=m
fn:borka	firstname	uk=Борька{m}	ru=Борька{m}	en=Borka	gender=m
fn:vadyk	firstname	uk=Вадик|Вадік	ru=Вадик	en=Vadyk|Vadik	gender=m
fn:vadia	firstname	uk=Вадя{m}	ru=Вадя{m}	en=Vadia|Vadya	gender=m
fn:valik	firstname	uk=Валік	ru=Валик	en=Valik	gender=m
fn:valera	firstname	uk=Валера{m}|Валєра{m}	ru=Валера{m}	en=Valera|Valiera	gender=m
fn:vasylko	firstname	uk=Василько	en=Vasylko	gender=m
fn:vaska	firstname	uk=Васька{m}	ru=Васька{m}	en=Vaska	gender=m
fn:vasko	firstname	uk=Васько	en=Vasko	gender=m
fn:vasia	firstname	uk=Вася{m}	ru=Вася{m}	en=Vasia|Vasya	gender=m
fn:vitia	firstname	uk=Вітя{m}	ru=Витя{m}	en=Vitia|Vitya	gender=m
fn:vitok	firstname	uk=Вітьок	ru=Витёк|Витек	en=Vitok|Vityok|Vitek	gender=m
fn:vitko	firstname	uk=Вітько	en=Vitko	gender=m
fn:vitalik	firstname	uk=Віталік	ru=Виталик	en=Vitalik	gender=m
fn:volodia	firstname	uk=Володя{m}	ru=Володя{m}	en=Volodia|Volodya	gender=m
fn:vova	firstname	uk=Вова{m}	ru=Вова{m}	en=Vova	gender=m
fn:vovchyk	firstname	uk=Вовчик	ru=Вовчик	en=Vovchyk|Vovchik	gender=m
fn:volodko	firstname	uk=Володько	en=Volodko	gender=m
fn:vlodko	firstname	uk=Влодко	en=Vlodko	gender=m
fn:vlodzo	firstname	uk=Влодзьо	en=Vlodzo	gender=m
fn:slavko	firstname	uk=Славко	en=Slavko	gender=m
fn:slavik	firstname	uk=Славік|Славик	ru=Славик	en=Slavik|Slavyk	gender=m
fn:vladyk	firstname	uk=Владик|Владік	ru=Владик	en=Vladyk|Vladik	gender=m
fn:hena	firstname	uk=Гена{m}	ru=Гена{m}	en=Hena|Gena	gender=m
fn:henka	firstname	uk=Генка{m}	ru=Генка{m}	en=Henka|Genka	gender=m
fn:zhora	firstname	uk=Жора{m}	ru=Жора{m}	en=Zhora	gender=m
fn:zhoryk	firstname	uk=Жорик	ru=Жорик	en=Zhoryk|Zhorik	gender=m
fn:hosha	firstname	uk=Гоша{m}	ru=Гоша{m}	en=Hosha|Gosha	gender=m
fn:hryts	firstname	uk=Гриць	en=Hryts	gender=m
fn:hrytsko	firstname	uk=Грицько	en=Hrytsko	gender=m
fn:hrysha	firstname	uk=Гриша{m}	ru=Гриша{m}	en=Hrysha|Grisha	gender=m
fn:grishka	firstname	ru=Гришка{m}	en=Grishka	gender=m
fn:danko2	firstname	uk=Данько	en=Danko	gender=m
fn:dania	firstname	uk=Даня{m}	ru=Даня{m}	en=Dania|Danya	gender=m
fn:danko	firstname	uk=Данко	en=Danko	gender=m
fn:dmytryk	firstname	uk=Дмитрик	en=Dmytryk	gender=m
fn:dmytrus	firstname	uk=Дмитрусь	en=Dmytrus	gender=m
fn:mytia	firstname	uk=Митя{m}	ru=Митя{m}	en=Mytia|Mitya	gender=m
fn:mytko	firstname	uk=Митько	ru=Митька{m}	en=Mytko|Mitka	gender=m
fn:mytro	firstname	uk=Митро	en=Mytro	gender=m
fn:dimka	firstname	uk=Дімка{m}	ru=Димка{m}	en=Dimka	gender=m
fn:dimon	firstname	uk=Дімон	ru=Димон	en=Dimon	gender=m
fn:denysko	firstname	uk=Дениско	ru=Дениска{m}	en=Denysko|Deniska	gender=m
fn:zhenia	firstname	uk=Женя{m}	ru=Женя{m}	en=Zhenia|Zhenya	gender=m
fn:zhenka	firstname	uk=Женька{m}	ru=Женька{m}	en=Zhenka	gender=m
fn:yehorka	firstname	uk=Єгорка{m}	ru=Егорка{m}	en=Yehorka|Yegorka	gender=m
fn:zakharko	firstname	uk=Захарко	en=Zakharko	gender=m
fn:ivas	firstname	uk=Івась	en=Ivas	gender=m
fn:ivasyk	firstname	uk=Івасик	en=Ivasyk	gender=m
fn:ivanka	firstname	uk=Іванка	en=Ivanka	gender=f
fn:ivanko	firstname	uk=Іванко	en=Ivanko	gender=m
fn:ivasko	firstname	uk=Івасько	en=Ivasko	gender=m
fn:ivantso	firstname	uk=Іванцьо	en=Ivantso	gender=m
fn:ivanchyk	firstname	uk=Іванчик	en=Ivanchyk	gender=m
fn:vania	firstname	uk=Ваня{m}	ru=Ваня{m}	en=Vania|Vanya	gender=m
fn:vanka	firstname	uk=Ванька{m}	ru=Ванька{m}	en=Vanka	gender=m
fn:vanko	firstname	uk=Ванько	en=Vanko	gender=m
fn:vaniusha	firstname	uk=Ванюша{m}	ru=Ванюша{m}	en=Vaniusha|Vanyusha	gender=m
fn:ihorko	firstname	uk=Ігорко	en=Ihorko	gender=m
fn:ihorok	firstname	uk=Ігорьок	ru=Игорёк|Игорек	en=Ihorok|Igoryok|Igorek	gender=m
fn:ilko	firstname	uk=Ілько	en=Ilko	gender=m
fn:iliusha	firstname	uk=Ілюша{m}|Іллюша{m}	ru=Илюша{m}	en=Iliusha|Illiusha|Ilyusha	gender=m
fn:iliukha	firstname	uk=Ілюха{m}	ru=Илюха{m}	en=Iliukha|Ilyukha	gender=m
fn:yosko	firstname	uk=Йосько	en=Yosko	gender=m
fn:yoso	firstname	uk=Йосьо	en=Yoso	gender=m
fn:osia	firstname	uk=Ося{m}	ru=Ося{m}	en=Osia|Osya	gender=m
fn:kyrylko	firstname	uk=Кирилко	en=Kyrylko	gender=m
fn:kyriusha	firstname	uk=Кирюша{m}	ru=Кирюша{m}	en=Kyriusha|Kiryusha	gender=m
fn:kyriukha	firstname	uk=Кирюха{m}	ru=Кирюха{m}	en=Kyriukha|Kiryukha	gender=m
fn:kosto	firstname	uk=Костьо	en=Kosto	gender=m
fn:kostia	firstname	uk=Костя{m}	ru=Костя{m}	en=Kostia|Kostya	gender=m
fn:kostyk	firstname	uk=Костик	ru=Костик	en=Kostyk|Kostik	gender=m
fn:kost	firstname	uk=Кость{ctx}	en=Kost{ctx}	gender=m
fn:lova	firstname	uk=Льова{m}	ru=Лёва{m}{ctx}|Лева{m}{ctx}	en=Lova|Lyova{ctx}|Leva{ctx}	gender=m
fn:lonia	firstname	uk=Льоня{m}	ru=Лёня{m}|Леня{m}	en=Lonia|Lyonya|Lenya	gender=m
fn:lonka	firstname	uk=Льонька{m}	ru=Лёнька{m}|Ленька{m}	en=Lonka|Lyonka|Lenka	gender=m
fn:maksymko	firstname	uk=Максимко	ru=Максимка{m}	en=Maksymko|Maksimka	gender=m
fn:maksyk	firstname	uk=Максик	en=Maksyk	gender=m
fn:mykhas	firstname	uk=Михась	en=Mykhas	gender=m
fn:mykhailyk	firstname	uk=Михайлик	en=Mykhailyk	gender=m
fn:misha	firstname	uk=Міша{m}	ru=Миша{m}	en=Misha	gender=m
fn:myshko	firstname	uk=Мишко	ru=Мишка{m}{ctx}	en=Myshko|Mishka{ctx}	gender=m
fn:mykhasyk	firstname	uk=Михасик	en=Mykhasyk	gender=m
fn:mykolka	firstname	uk=Миколка{m}	en=Mykolka	gender=m
fn:mykolaiko	firstname	uk=Миколайко	en=Mykolaiko	gender=m
fn:kolia	firstname	uk=Коля{m}	ru=Коля{m}	en=Kolia|Kolya	gender=m
fn:kolka	firstname	uk=Колька{m}	ru=Колька{m}	en=Kolka	gender=m
fn:nazarko	firstname	uk=Назарко	en=Nazarko	gender=m
fn:olezhyk	firstname	uk=Олежик	ru=Олежек	en=Olezhyk|Olezhek	gender=m
fn:ostapko	firstname	uk=Остапко	en=Ostapko	gender=m
fn:pavlyk	firstname	uk=Павлик	ru=Павлик	en=Pavlyk|Pavlik	gender=m
fn:pavlus	firstname	uk=Павлусь	en=Pavlus	gender=m
fn:pasha	firstname	uk=Паша{m}	ru=Паша{m}	en=Pasha	gender=m
fn:pashka	firstname	uk=Пашка{m}	ru=Пашка{m}	en=Pashka	gender=m
fn:pavko	firstname	uk=Павко	en=Pavko	gender=m
fn:petryk	firstname	uk=Петрик	en=Petryk	gender=m
fn:petia	firstname	uk=Петя{m}	ru=Петя{m}	en=Petia|Petya	gender=m
fn:petko	firstname	uk=Петько	ru=Петька{m}	en=Petko|Petka	gender=m
fn:petrusyk	firstname	uk=Петрусик	en=Petrusyk	gender=m
fn:romko	firstname	uk=Ромко	en=Romko	gender=m
fn:romtso	firstname	uk=Ромцьо	en=Romtso	gender=m
fn:roma	firstname	uk=Рома{m}{ctx}	ru=Рома{m}{ctx}	en=Roma{ctx}	gender=m
fn:romchyk	firstname	uk=Ромчик	ru=Ромчик	en=Romchyk|Romchik	gender=m
fn:rostyk	firstname	uk=Ростик	ru=Ростик	en=Rostyk|Rostik	gender=m
fn:senko	firstname	uk=Сенько	en=Senko	gender=m
fn:senia	firstname	uk=Сеня{m}	ru=Сеня{m}	en=Senia|Senya	gender=m
fn:soma	firstname	uk=Сьома{m}	ru=Сёма{m}|Сема{m}	en=Soma|Syoma|Sema	gender=m
fn:serhiiko	firstname	uk=Сергійко	en=Serhiiko	gender=m
fn:sierozha	firstname	uk=Сєрьожа{m}|Серьожа{m}	ru=Серёжа{m}|Сережа{m}	en=Sierozha|Serozha|Seryozha|Serezha	gender=m
fn:sieroha	firstname	uk=Сєрьога{m}|Серьога{m}	ru=Серёга{m}|Серега{m}	en=Sieroha|Seroha|Seryoga|Serega	gender=m
fn:stopa	firstname	uk=Стьопа{m}	ru=Стёпа{m}|Степа{m}	en=Stopa|Styopa|Stepa	gender=m
fn:stepanko	firstname	uk=Степанко	en=Stepanko	gender=m
fn:stefka	firstname	uk=Стефка	ru=Стефка	en=Stefka	gender=f
fn:stefko	firstname	uk=Стефко	en=Stefko	gender=m
fn:steftso	firstname	uk=Стефцьо	en=Steftso	gender=m
fn:stas	firstname	uk=Стас	ru=Стас	en=Stas	gender=m
fn:stasyk	firstname	uk=Стасик	ru=Стасик	en=Stasyk|Stasik	gender=m
fn:tarasyk	firstname	uk=Тарасик	en=Tarasyk	gender=m
fn:tyma	firstname	uk=Тима{m}	ru=Тима{m}	en=Tyma|Tima	gender=m
fn:tymokha	firstname	uk=Тимоха{m}	ru=Тимоха{m}	en=Tymokha|Timokha	gender=m
fn:fedko	firstname	uk=Федько	ru=Федька{m}	en=Fedko|Fedka	gender=m
fn:fedia	firstname	uk=Федя{m}	ru=Федя{m}	en=Fedia|Fedya	gender=m
fn:fedus	firstname	uk=Федусь	en=Fedus	gender=m
fn:fedorko	firstname	uk=Федорко	en=Fedorko	gender=m
fn:yuras	firstname	uk=Юрась	en=Yuras	gender=m
fn:yura	firstname	uk=Юра{m}	ru=Юра{m}	en=Yura	gender=m
fn:yurchyk	firstname	uk=Юрчик	en=Yurchyk	gender=m
fn:yurtso	firstname	uk=Юрцьо	en=Yurtso	gender=m
fn:yurasyk	firstname	uk=Юрасик	en=Yurasyk	gender=m
fn:yurka	firstname	uk=Юрка{m}	ru=Юрка{m}	en=Yurka	gender=m
fn:yasha	firstname	uk=Яша{m}	ru=Яша{m}	en=Yasha	gender=m
fn:yatsko	firstname	uk=Яцько	en=Yatsko	gender=m
fn:yarka	firstname	uk=Ярка	en=Yarka	gender=f
fn:yarko	firstname	uk=Ярко	en=Yarko	gender=m
fn:yaryk	firstname	uk=Ярик	ru=Ярик	en=Yaryk|Yarik	gender=m
fn:yarchyk	firstname	uk=Ярчик	en=Yarchyk	gender=m
fn:zeno	firstname	uk=Зеньо	en=Zeno	gender=m
fn:dziunio	firstname	uk=Дзюньо	en=Dziunio	gender=m
fn:zenko	firstname	uk=Зенко	en=Zenko	gender=m
fn:zenyk	firstname	uk=Зеник	en=Zenyk	gender=m
fn:omelko	firstname	uk=Омелько	en=Omelko	gender=m
fn:ustymko	firstname	uk=Устимко	en=Ustymko	gender=m
fn:hnatko	firstname	uk=Гнатко	en=Hnatko	gender=m
fn:kuzia	firstname	uk=Кузя{m}	ru=Кузя{m}	en=Kuzia|Kuzya	gender=m
fn:myrosia	firstname	uk=Мирося	en=Myrosia	gender=f
fn:myros	firstname	uk=Мирось	en=Myros	gender=m
fn:myrosko	firstname	uk=Миросько	en=Myrosko	gender=m
fn:yasko	firstname	uk=Ясько	en=Yasko	gender=m
fn:yasia	firstname	uk=Яся	ru=Яся	en=Yasia|Yasya	gender=f
fn:yas	firstname	uk=Ясь	en=Yas	gender=m
fn:yasyk	firstname	uk=Ясик	en=Yasyk	gender=m
fn:yuzo	firstname	uk=Юзьо	en=Yuzo	gender=m
fn:yuzyk	firstname	uk=Юзик	ru=Юзик	en=Yuzyk|Yuzik	gender=m
fn:olesyk	firstname	uk=Олесик	en=Olesyk	gender=m
fn:venia	firstname	uk=Веня{m}	ru=Веня{m}	en=Venia|Venya	gender=m
fn:seva	firstname	uk=Сева{m}	ru=Сева{m}	en=Seva	gender=m
fn:edik	firstname	uk=Едік|Едик	ru=Эдик	en=Edik|Edyk	gender=m
fn:alik	firstname	uk=Алік|Алик	ru=Алик	en=Alik|Alyk	gender=m
fn:fima	firstname	uk=Фіма{m}	ru=Фима{m}	en=Fima	gender=m
fn:kesha	firstname	uk=Кеша{m}	ru=Кеша{m}	en=Kesha	gender=m
fn:lesyk	firstname	uk=Лесик	en=Lesyk	gender=m
fn:bohdanka	firstname	uk=Богданка	en=Bohdanka	gender=f
fn:bohdanko	firstname	uk=Богданко	en=Bohdanko	gender=m
fn:bodik	firstname	uk=Бодік	en=Bodik	gender=m
fn:rusyk	firstname	uk=Русик	ru=Русик	en=Rusyk|Rusik	gender=m
fn:romas	firstname	uk=Ромась	en=Romas	gender=m
fn:filko	firstname	uk=Філько	en=Filko	gender=m
fn:klymko	firstname	uk=Климко	en=Klymko	gender=m
fn:tymofiiko	firstname	uk=Тимофійко	en=Tymofiiko	gender=m
fn:havrylko	firstname	uk=Гаврилко	en=Havrylko	gender=m
fn:yakymko	firstname	uk=Якимко	en=Yakymko	gender=m
fn:matviiko	firstname	uk=Матвійко	en=Matviiko	gender=m
fn:savka	firstname	uk=Савка{m}	en=Savka	gender=m
fn:hannusia	firstname	uk=Ганнуся	en=Hannusia	gender=f
fn:hania	firstname	uk=Ганя	ru=Ганя	en=Hania|Ganya	gender=f
fn:hanka	firstname	uk=Ганка	ru=Ганка	en=Hanka|Ganka	gender=f
fn:hannochka	firstname	uk=Ганночка	en=Hannochka	gender=f
fn:hantsia	firstname	uk=Ганця	en=Hantsia	gender=f
fn:ania	firstname	uk=Аня	ru=Аня	en=Ania|Anya	gender=f
fn:aniuta	firstname	uk=Анюта	ru=Анюта	en=Aniuta|Anyuta	gender=f
fn:niura	firstname	uk=Нюра	ru=Нюра	en=Niura|Nyura	gender=f
fn:niusia	firstname	uk=Нюся	ru=Нюся	en=Niusia|Nyusya	gender=f
fn:anka	firstname	uk=Анька	ru=Анька	en=Anka	gender=f
fn:anechka	firstname	uk=Анечка	ru=Анечка	en=Anechka	gender=f
fn:niusha	firstname	uk=Нюша	ru=Нюша	en=Niusha|Nyusha	gender=f
fn:nastusia	firstname	uk=Настуся	en=Nastusia	gender=f
fn:nastka	firstname	uk=Настка	ru=Настька	en=Nastka	gender=f
fn:nastenka	firstname	uk=Настенька	ru=Настенька	en=Nastenka	gender=f
fn:stasia	firstname	uk=Стася	ru=Стася	en=Stasia|Stasya	gender=f
fn:oliusia	firstname	uk=Олюся	en=Oliusia	gender=f
fn:olechka	firstname	uk=Олечка	ru=Олечка	en=Olechka	gender=f
fn:olenka2	firstname	uk=Оленька	ru=Оленька	en=Olenka	gender=f
fn:olka	firstname	uk=Олька	ru=Олька	en=Olka	gender=f
fn:oltsia	firstname	uk=Ольця	en=Oltsia	gender=f
fn:olhusia	firstname	uk=Ольгуся	en=Olhusia	gender=f
fn:olenka	firstname	uk=Оленка	en=Olenka	gender=f
fn:olenochka	firstname	uk=Оленочка	en=Olenochka	gender=f
fn:lenochka	firstname	uk=Леночка|Лєночка	ru=Леночка	en=Lenochka|Lienochka	gender=f
fn:alonka	firstname	uk=Альонка	en=Alonka	gender=f
fn:alonushka	firstname	uk=Альонушка	ru=Алёнушка|Аленушка	en=Alonushka|Alyonushka|Alenushka	gender=f
fn:allochka	firstname	uk=Аллочка	ru=Аллочка	en=Allochka	gender=f
fn:valia	firstname	uk=Валя	ru=Валя	en=Valia|Valya	gender=f
fn:valiusha	firstname	uk=Валюша	ru=Валюша	en=Valiusha|Valyusha	gender=f
fn:valechka	firstname	uk=Валечка	ru=Валечка	en=Valechka	gender=f
fn:halynka	firstname	uk=Галинка	en=Halynka	gender=f
fn:halochka	firstname	uk=Галочка{ctx}	ru=Галочка{ctx}	en=Halochka{ctx}|Galochka{ctx}	gender=f
fn:haliunia	firstname	uk=Галюня	en=Haliunia	gender=f
fn:haliusia	firstname	uk=Галюся	en=Haliusia	gender=f
fn:virunia	firstname	uk=Віруня	en=Virunia	gender=f
fn:virusia	firstname	uk=Віруся	en=Virusia	gender=f
fn:virochka	firstname	uk=Вірочка	ru=Верочка	en=Virochka|Verochka	gender=f
fn:darynka	firstname	uk=Даринка	en=Darynka	gender=f
fn:darka	firstname	uk=Дарка	en=Darka	gender=f
fn:dartsia	firstname	uk=Дарця	en=Dartsia	gender=f
fn:dasha	firstname	uk=Даша	ru=Даша	en=Dasha	gender=f
fn:dashka	firstname	uk=Дашка	ru=Дашка	en=Dashka	gender=f
fn:dashenka	firstname	uk=Дашенька	ru=Дашенька	en=Dashenka	gender=f
fn:ira	firstname	uk=Іра	ru=Ира	en=Ira	gender=f
fn:irka	firstname	uk=Ірка	ru=Ирка	en=Irka	gender=f
fn:irynka	firstname	uk=Іринка	ru=Иринка	en=Irynka|Irinka	gender=f
fn:irochka	firstname	uk=Ірочка	ru=Ирочка	en=Irochka	gender=f
fn:irtsia	firstname	uk=Ірця	en=Irtsia	gender=f
fn:irysia	firstname	uk=Ірися	en=Irysia	gender=f
fn:katrusia	firstname	uk=Катруся	en=Katrusia	gender=f
fn:katruska	firstname	uk=Катруська	en=Katruska	gender=f
fn:katerynka	firstname	uk=Катеринка	en=Katerynka	gender=f
fn:katiusha	firstname	uk=Катюша{ctx}	ru=Катюша{ctx}	en=Katiusha{ctx}|Katyusha{ctx}	gender=f
fn:katenka	firstname	uk=Катенька	ru=Катенька	en=Katenka	gender=f
fn:katka	firstname	uk=Катька	ru=Катька	en=Katka	gender=f
fn:ksiusha	firstname	uk=Ксюша	ru=Ксюша	en=Ksiusha|Ksyusha	gender=f
fn:ksenia	firstname	uk=Ксеня	ru=Ксеня	en=Ksenia|Ksenya	gender=f
fn:oksanka	firstname	uk=Оксанка	ru=Оксанка	en=Oksanka	gender=f
fn:oksanochka	firstname	uk=Оксаночка	ru=Оксаночка	en=Oksanochka	gender=f
fn:lara	firstname	uk=Лара	ru=Лара	en=Lara	gender=f
fn:lida	firstname	uk=Ліда	ru=Лида	en=Lida	gender=f
fn:lidochka	firstname	uk=Лідочка	ru=Лидочка	en=Lidochka	gender=f
fn:liuba	firstname	uk=Люба{ctx}	ru=Люба{ctx}	en=Liuba{ctx}|Lyuba{ctx}	gender=f
fn:liubtsia	firstname	uk=Любця	en=Liubtsia	gender=f
fn:liubka	firstname	uk=Любка	ru=Любка	en=Liubka|Lyubka	gender=f
fn:liubochka	firstname	uk=Любочка	ru=Любочка	en=Liubochka|Lyubochka	gender=f
fn:liubasha	firstname	uk=Любаша	ru=Любаша	en=Liubasha|Lyubasha	gender=f
fn:liuda	firstname	uk=Люда{x}|Люду{x}|Людою{x}|Люді{x}	ru=Люда	en=Liuda|Lyuda	gender=f
fn:liusia	firstname	uk=Люся	ru=Люся	en=Liusia|Lyusya	gender=f
fn:liudochka	firstname	uk=Людочка	ru=Людочка	en=Liudochka|Lyudochka	gender=f
fn:marichka	firstname	uk=Марічка	en=Marichka	gender=f
fn:marusia	firstname	uk=Маруся	ru=Маруся	en=Marusia|Marusya	gender=f
fn:marysia	firstname	uk=Марися	en=Marysia	gender=f
fn:mania	firstname	uk=Маня	ru=Маня	en=Manya	gender=f
fn:musia	firstname	uk=Муся	ru=Муся	en=Musia|Musya	gender=f
fn:marynka	firstname	uk=Маринка	ru=Маринка	en=Marynka|Marinka	gender=f
fn:mashenka	firstname	uk=Машенька	ru=Машенька	en=Mashenka	gender=f
fn:marysha	firstname	uk=Мариша	ru=Мариша	en=Marysha|Marisha	gender=f
fn:nadia	firstname	uk=Надя	ru=Надя	en=Nadia|Nadya	gender=f
fn:nadiika	firstname	uk=Надійка	en=Nadiika	gender=f
fn:nadiusha	firstname	uk=Надюша	ru=Надюша	en=Nadiusha|Nadyusha	gender=f
fn:nadenka	firstname	uk=Наденька	ru=Наденька	en=Nadenka	gender=f
fn:nadka	firstname	uk=Надька	ru=Надька	en=Nadka	gender=f
fn:natalochka	firstname	uk=Наталочка	en=Natalochka	gender=f
fn:natasha	firstname	uk=Наташа	ru=Наташа	en=Natasha	gender=f
fn:natashka	firstname	uk=Наташка	ru=Наташка	en=Natashka	gender=f
fn:nata	firstname	uk=Ната{x}|Нати{x}|Наті{x}|Нату{x}|Натою{x}	ru=Ната	en=Nata|Naty|Nati|Natu|Natoiu	gender=f
fn:natusia	firstname	uk=Натуся	en=Natusia	gender=f
fn:natka	firstname	uk=Натка	ru=Натка	en=Natka	gender=f
fn:ninochka	firstname	uk=Ніночка	ru=Ниночка	en=Ninochka	gender=f
fn:polia	firstname	uk=Поля{ctx}	ru=Поля{ctx}	en=Polia{ctx}|Polya{ctx}	gender=f
fn:polinka	firstname	uk=Полінка	ru=Полинка	en=Polinka	gender=f
fn:raia	firstname	uk=Рая	ru=Рая	en=Raia|Raya	gender=f
fn:sonechka	firstname	uk=Сонечка	ru=Сонечка	en=Sonechka	gender=f
fn:sofa	firstname	uk=Софа	ru=Софа	gender=f
fn:zosia	firstname	uk=Зося	ru=Зося	en=Zosia|Zosya	gender=f
fn:svitlanka	firstname	uk=Світланка	en=Svitlanka	gender=f
fn:svieta	firstname	uk=Свєта	ru=Света{ctx}	en=Svieta|Sveta{ctx}	gender=f
fn:svietka	firstname	uk=Свєтка	ru=Светка	en=Svietka|Svetka	gender=f
fn:tania	firstname	uk=Таня	ru=Таня	en=Tania|Tanya	gender=f
fn:taniusha	firstname	uk=Танюша	ru=Танюша	en=Taniusha|Tanyusha	gender=f
fn:tanka	firstname	uk=Танька	ru=Танька	en=Tanka	gender=f
fn:ulia	firstname	uk=Уля	ru=Уля	en=Ulia|Ulya	gender=f
fn:khrystynka	firstname	uk=Христинка	en=Khrystynka	gender=f
fn:yulia	firstname	uk=Юля	ru=Юля	en=Yulia|Yulya	gender=f
fn:yulka	firstname	uk=Юлька	ru=Юлька	en=Yulka	gender=f
fn:yulechka	firstname	uk=Юлечка	ru=Юлечка	en=Yulechka	gender=f
fn:yuliusia	firstname	uk=Юлюся	en=Yuliusia	gender=f
fn:yarosia	firstname	uk=Ярося	en=Yarosia	gender=f
fn:stefa	firstname	uk=Стефа	ru=Стефа	en=Stefa	gender=f
fn:steftsia	firstname	uk=Стефця	en=Steftsia	gender=f
fn:zenia	firstname	uk=Зеня	en=Zenia	gender=f
fn:zina	firstname	uk=Зіна	ru=Зина	en=Zina	gender=f
fn:zinka	firstname	uk=Зінка	ru=Зинка	en=Zinka	gender=f
fn:zinochka	firstname	uk=Зіночка	ru=Зиночка	en=Zinochka	gender=f
fn:taia	firstname	uk=Тая	ru=Тая	en=Taia|Taya	gender=f
fn:tasia	firstname	uk=Тася	ru=Тася	en=Tasia|Tasya	gender=f
fn:tonia	firstname	uk=Тоня	ru=Тоня	en=Tonia|Tonya	gender=f
fn:tosia	firstname	uk=Тося	ru=Тося	en=Tosia|Tosya	gender=f
fn:lizonka	firstname	uk=Лізонька	ru=Лизонька	en=Lizonka	gender=f
fn:klava	firstname	uk=Клава	ru=Клава	en=Klava	gender=f
fn:faia	firstname	uk=Фая	ru=Фая	en=Faia|Faya	gender=f
fn:dunia	firstname	uk=Дуня	ru=Дуня	en=Dunia	gender=f
fn:dusia	firstname	uk=Дуся	ru=Дуся	en=Dusia|Dusya	gender=f
fn:frosia	firstname	uk=Фрося	ru=Фрося	en=Frosia|Frosya	gender=f
fn:hlasha	firstname	uk=Глаша	ru=Глаша	en=Hlasha|Glasha	gender=f
fn:stesha	firstname	uk=Стеша	ru=Стеша	en=Stesha	gender=f
fn:fenia	firstname	uk=Феня	ru=Феня	en=Fenia|Fenya	gender=f
fn:varia	firstname	uk=Варя	ru=Варя	en=Varia|Varya	gender=f
fn:asia	firstname	uk=Ася	ru=Ася	en=Asya	gender=f
fn:sima	firstname	uk=Сіма	ru=Сима	en=Sima	gender=f
fn:liera	firstname	uk=Лєра|Лера	ru=Лера	en=Liera|Lera	gender=f
fn:vita	firstname	uk=Віта	ru=Вита	en=Vita	gender=f
fn:vikusia	firstname	uk=Вікуся	en=Vikusia	gender=f
fn:marharytka	firstname	uk=Маргаритка{ctx}	en=Marharytka{ctx}	gender=f
fn:alinka	firstname	uk=Алінка	ru=Алинка	en=Alinka	gender=f
fn:solomiika	firstname	uk=Соломійка	en=Solomiika	gender=f
fn:martusia	firstname	uk=Мартуся	en=Martusia	gender=f
fn:malanka	firstname	uk=Маланка{ctx}	en=Malanka{ctx}	gender=f
fn:horpynka	firstname	uk=Горпинка	en=Horpynka	gender=f
fn:oryska	firstname	uk=Ориська	en=Oryska	gender=f
fn:halka	firstname	uk=Галька{ctx}	ru=Галька{ctx}	en=Halka{ctx}|Galka{ctx}	gender=f
fn:yarynka	firstname	uk=Яринка	en=Yarynka	gender=f
fn:zlatka	firstname	uk=Златка	en=Zlatka	gender=f
fn:zhenechka	firstname	uk=Женечка	ru=Женечка	en=Zhenechka	gender=f
fn:lialia	firstname	uk=Ляля{ctx}	ru=Ляля{ctx}	en=Lialia{ctx}|Lyalya{ctx}	gender=f
fn:lialka	firstname	uk=Лялька{ctx}	en=Lialka{ctx}	gender=f
fn:aniusia	firstname	uk=Анюся	en=Aniusia	gender=f
fn:nazarchyk	firstname	uk=Назарчик	en=Nazarchyk	gender=m
fn:serhiichyk	firstname	uk=Сергійчик	en=Serhiichyk	gender=m
fn:yehorchyk	firstname	uk=Єгорчик	en=Yehorchyk	gender=m
fn:artemchyk	firstname	uk=Артемчик	en=Artemchyk	gender=m
fn:denysyk	firstname	uk=Денисик	en=Denysyk	gender=m
fn:andrusyk	firstname	uk=Андрусик	en=Andrusyk	gender=m
fn:vitiusha	firstname	uk=Вітюша{m}	ru=Витюша{m}	en=Vitiusha|Vityusha	gender=m
fn:dimochka	firstname	uk=Дімочка{m}	ru=Димочка{m}	en=Dimochka	gender=m
fn:sashenka	firstname	uk=Сашенька{m}	ru=Сашенька{m}	en=Sashenka	gender=m
fn:oleksyk	firstname	uk=Олексик	en=Oleksyk	gender=m
fn:ivanus	firstname	uk=Іванусь	en=Ivanus	gender=m
fn:mykhailus	firstname	uk=Михайлусь	en=Mykhailus	gender=m
fn:darusia	firstname	uk=Даруся	en=Darusia	gender=f
fn:olesechka	firstname	uk=Олесечка	en=Olesechka	gender=f
fn:lizka	firstname	uk=Лізка	ru=Лизка	en=Lizka	gender=f
fn:veronichka	firstname	uk=Веронічка	en=Veronichka	gender=f
fn:nastechka	firstname	uk=Настечка	en=Nastechka	gender=f
fn:marusechka	firstname	uk=Марусечка	en=Marusechka	gender=f
fn:katrusenka	firstname	uk=Катрусенька	en=Katrusenka	gender=f
fn:hannuska	firstname	uk=Ганнуська	en=Hannuska	gender=f
fn:irusia	firstname	uk=Іруся	en=Irusia	gender=f
fn:natalonka	firstname	uk=Наталонька	en=Natalonka	gender=f
fn:liubonka	firstname	uk=Любонька	en=Liubonka	gender=f
fn:haliunka	firstname	uk=Галюнька	en=Haliunka	gender=f
fn:svitlanochka	firstname	uk=Світланочка	ru=Светланочка	en=Svitlanochka|Svetlanochka	gender=f
fn:taniushka	firstname	uk=Танюшка	ru=Танюшка	en=Taniushka|Tanyushka	gender=f
fn:ksenechka	firstname	uk=Ксенечка	en=Ksenechka	gender=f
fn:milochka	firstname	uk=Мілочка	ru=Милочка	en=Milochka	gender=f
fn:kirochka	firstname	uk=Кірочка	ru=Кирочка	en=Kirochka	gender=f
fn:dashunia	firstname	uk=Дашуня	en=Dashunia	gender=f
fn:mashunia	firstname	uk=Машуня	ru=Машуня	en=Mashunia|Mashunya	gender=f
fn:lidusia	firstname	uk=Лідуся	en=Lidusia	gender=f
fn:zorianochka	firstname	uk=Зоряночка	en=Zorianochka	gender=f
fn:liudmylka	firstname	uk=Людмилка	en=Liudmylka	gender=f
fn:myroslavka	firstname	uk=Мирославка	en=Myroslavka	gender=f
fn:marianka_f	firstname	uk=Маріанка	en=Marianka	gender=f
fn:valiusia	firstname	uk=Валюся	en=Valiusia	gender=f
fn:tamarka	firstname	uk=Тамарка	ru=Тамарка	en=Tamarka	gender=f
fn:niurochka	firstname	uk=Нюрочка	ru=Нюрочка	en=Niurochka|Nyurochka	gender=f
fn:duniasha	firstname	uk=Дуняша	ru=Дуняша	en=Duniasha|Dunyasha	gender=f
fn:ustia	firstname	uk=Устя	ru=Устя	en=Ustia|Ustya	gender=f
fn:ustynka	firstname	uk=Устинка	en=Ustynka	gender=f

# --- names of the Caucasus, Central Asia, Volga, Crimea, Baltic states, Moldova, Belarus
fn:ramzan	firstname	uk=Рамзан	ru=Рамзан	en=Ramzan	gender=m
fn:akhmat	firstname	uk=Ахмат{ctx}	ru=Ахмат{ctx}	en=Akhmat|Ahmat	gender=m
fn:akhmed	firstname	uk=Ахмед	ru=Ахмед	en=Akhmed|Ahmed	gender=m
fn:magomed	firstname	uk=Магомед	ru=Магомед	en=Magomed|Mahomed	gender=m
fn:muhammad	firstname	uk=Мухаммед|Мухаммад|Мохаммед	ru=Мухаммед|Мухаммад|Мохаммед	en=Muhammad|Mohammed|Muhammed|Mohammad|Mohamed	gender=m
fn:nursultan	firstname	uk=Нурсултан	ru=Нурсултан	en=Nursultan	gender=m
fn:kassym_jomart	firstname	uk=Касим-Жомарт	ru=Касым-Жомарт	en=Kassym-Jomart|Kasym-Zhomart	gender=m
fn:ilham	firstname	uk=Ільхам	ru=Ильхам	en=Ilham	gender=m
fn:heydar	firstname	uk=Гейдар	ru=Гейдар	en=Heydar|Geydar	gender=m
fn:shavkat	firstname	uk=Шавкат	ru=Шавкат	en=Shavkat	gender=m
fn:islam	firstname	uk=Іслам{ctx}	ru=Ислам{ctx}	en=Islam{ctx}	gender=m
fn:gurbanguly	firstname	uk=Гурбангули{x}	ru=Гурбангулы	en=Gurbanguly	gender=m
fn:serdar	firstname	uk=Сердар	ru=Сердар	en=Serdar	gender=m
fn:emomali	firstname	uk=Емомалі{x}	ru=Эмомали{x}	en=Emomali	gender=m
fn:sadyr	firstname	uk=Садир	ru=Садыр	en=Sadyr	gender=m
fn:almazbek	firstname	uk=Алмазбек	ru=Алмазбек	en=Almazbek	gender=m
fn:sooronbay	firstname	uk=Сооронбай	ru=Сооронбай	en=Sooronbay	gender=m
fn:kurmanbek	firstname	uk=Курманбек	ru=Курманбек	en=Kurmanbek	gender=m
fn:askar	firstname	uk=Аскар	ru=Аскар	en=Askar	gender=m
fn:akylbek	firstname	uk=Акилбек	ru=Акылбек	en=Akylbek	gender=m
fn:nikol	firstname	uk=Нікол	ru=Никол	en=Nikol	gender=m
fn:serzh	firstname	uk=Серж	ru=Серж	en=Serzh	gender=m
fn:robert	firstname	uk=Роберт	ru=Роберт	en=Robert	gender=m
fn:levon	firstname	uk=Левон	ru=Левон	en=Levon	gender=m
fn:vahe	firstname	uk=Ваге{x}	ru=Ваге{x}	en=Vahe	gender=m
fn:vazgen	firstname	uk=Вазген	ru=Вазген	en=Vazgen	gender=m
fn:ashot	firstname	uk=Ашот	ru=Ашот	en=Ashot	gender=m
fn:ararat	firstname	uk=Арарат{ctx}	ru=Арарат{ctx}	en=Ararat{ctx}	gender=m
fn:aram	firstname	uk=Арам	ru=Арам	en=Aram	gender=m
fn:armen	firstname	uk=Армен	ru=Армен	en=Armen	gender=m
fn:artashes	firstname	uk=Арташес	ru=Арташес	en=Artashes	gender=m
fn:gagik	firstname	uk=Гагік	ru=Гагик	en=Gagik	gender=m
fn:hrant	firstname	uk=Грант{ctx}	ru=Грант{ctx}	en=Hrant|Grant{ctx}	gender=m
fn:mher	firstname	uk=Мгер	ru=Мгер	en=Mher	gender=m
fn:ruben	firstname	uk=Рубен	ru=Рубен	en=Ruben	gender=m
fn:samvel	firstname	uk=Самвел	ru=Самвел	en=Samvel	gender=m
fn:tigran	firstname	uk=Тігран|Тигран	ru=Тигран	en=Tigran	gender=m
fn:hovhannes	firstname	uk=Ованес	ru=Ованес	en=Hovhannes|Ovanes	gender=m
fn:irakli	firstname	uk=Іраклій	ru=Ираклий	en=Irakli|Irakliy	gender=m
fn:zurab	firstname	uk=Зураб	ru=Зураб	en=Zurab	gender=m
fn:mikheil	firstname	uk=Міхеіл|Міхаіл	ru=Михеил	en=Mikheil	gender=m
fn:giorgi	firstname	uk=Гіоргі{x}	ru=Гиорги{x}	en=Giorgi	gender=m
fn:bidzina	firstname	uk=Бідзіна{m}	ru=Бидзина{m}	en=Bidzina	gender=m
fn:levan	firstname	uk=Леван	ru=Леван	en=Levan	gender=m
fn:vakhtang	firstname	uk=Вахтанг	ru=Вахтанг	en=Vakhtang	gender=m
fn:gela	firstname	uk=Гела{m}	ru=Гела{m}	en=Gela	gender=m
fn:mamuka	firstname	uk=Мамука{m}	ru=Мамука{m}	en=Mamuka	gender=m
fn:tengiz	firstname	uk=Тенгіз	ru=Тенгиз	en=Tengiz	gender=m
fn:shota	firstname	uk=Шота{m}	ru=Шота{m}	en=Shota	gender=m
fn:avtandil	firstname	uk=Автанділ	ru=Автандил	en=Avtandil	gender=m
fn:badri	firstname	uk=Бадрі{x}	ru=Бадри{x}	en=Badri	gender=m
fn:gocha	firstname	uk=Гоча{m}	ru=Гоча{m}	en=Gocha	gender=m
fn:otar	firstname	uk=Отар	ru=Отар	en=Otar	gender=m
fn:rezo	firstname	uk=Резо{x}	ru=Резо{x}	en=Rezo	gender=m
fn:elchin	firstname	uk=Ельчин	ru=Эльчин	en=Elchin	gender=m
fn:jeyhun	firstname	uk=Джейхун	ru=Джейхун	en=Jeyhun|Dzheykhun	gender=m
fn:mamed	firstname	uk=Мамед	ru=Мамед	en=Mamed	gender=m
fn:ali	firstname	uk=Алі{x}	ru=Али{x}	en=Ali	gender=m
fn:ilgar	firstname	uk=Ілгар	ru=Ильгар	en=Ilgar	gender=m
fn:tofik	firstname	uk=Тофік	ru=Тофик	en=Tofik	gender=m
fn:fuad	firstname	uk=Фуад	ru=Фуад	en=Fuad	gender=m
fn:hikmet	firstname	uk=Хікмет	ru=Хикмет	en=Hikmet	gender=m
fn:aslan	firstname	uk=Аслан	ru=Аслан	en=Aslan	gender=m
fn:azamat	firstname	uk=Азамат	ru=Азамат	en=Azamat	gender=m
fn:alibek	firstname	uk=Алібек	ru=Алибек	en=Alibek	gender=m
fn:bauyrzhan	firstname	uk=Бауиржан	ru=Бауыржан	en=Bauyrzhan	gender=m
fn:dauren	firstname	uk=Даурен	ru=Даурен	en=Dauren	gender=m
fn:yerlan	firstname	uk=Ерлан	ru=Ерлан	en=Yerlan|Erlan	gender=m
fn:yerzhan	firstname	uk=Єржан	ru=Ержан	en=Yerzhan|Erzhan	gender=m
fn:kairat	firstname	uk=Кайрат	ru=Кайрат	en=Kairat	gender=m
fn:maulen	firstname	uk=Маулен	ru=Маулен	en=Maulen	gender=m
fn:nurlan	firstname	uk=Нурлан	ru=Нурлан	en=Nurlan	gender=m
fn:olzhas	firstname	uk=Олжас	ru=Олжас	en=Olzhas	gender=m
fn:serik	firstname	uk=Серік	ru=Серик	en=Serik	gender=m
fn:bakhtiyar	firstname	uk=Бахтияр	ru=Бахтияр	en=Bakhtiyar	gender=m
fn:darkhan	firstname	uk=Дархан	ru=Дархан	en=Darkhan	gender=m
fn:zhaslan	firstname	uk=Жаслан	ru=Жаслан	en=Zhaslan	gender=m
fn:karim	firstname	uk=Карім	ru=Карим	en=Karim	gender=m
fn:abdulla	firstname	uk=Абдулла{m}	ru=Абдулла{m}	en=Abdulla|Abdullah	gender=m
fn:abdulaziz	firstname	uk=Абдулазіз	ru=Абдулазиз	en=Abdulaziz	gender=m
fn:ulugbek	firstname	uk=Улугбек	ru=Улугбек	en=Ulugbek	gender=m
fn:shukhrat	firstname	uk=Шухрат	ru=Шухрат	en=Shukhrat	gender=m
fn:jamshid	firstname	uk=Джамшид	ru=Джамшид	en=Jamshid|Dzhamshid	gender=m
fn:farkhod	firstname	uk=Фарход	ru=Фарход	en=Farkhod|Farhod	gender=m
fn:rakhmon	firstname	uk=Рахмон	ru=Рахмон	en=Rakhmon|Rahmon	gender=m
fn:sherzod	firstname	uk=Шерзод	ru=Шерзод	en=Sherzod	gender=m
fn:bekzod	firstname	uk=Бекзод	ru=Бекзод	en=Bekzod	gender=m
fn:eldor	firstname	uk=Ельдор	ru=Эльдор	en=Eldor	gender=m
fn:rashid	firstname	uk=Рашид	ru=Рашид	en=Rashid	gender=m
fn:mintimer	firstname	uk=Мінтімер	ru=Минтимер	en=Mintimer	gender=m
fn:rustem	firstname	uk=Рустем	ru=Рустем	en=Rustem	gender=m
fn:radiy	firstname	uk=Радій	ru=Радий	en=Radiy	gender=m
fn:marat	firstname	uk=Марат	ru=Марат	en=Marat	gender=m
fn:ildar	firstname	uk=Ільдар	ru=Ильдар	en=Ildar	gender=m
fn:ilsur	firstname	uk=Ільсур	ru=Ильсур	en=Ilsur	gender=m
fn:ilnur	firstname	uk=Ільнур	ru=Ильнур	en=Ilnur	gender=m
fn:aidar	firstname	uk=Айдар{ctx}	ru=Айдар{ctx}	en=Aidar{ctx}|Aydar{ctx}	gender=m
fn:rafael	firstname	uk=Рафаель	ru=Рафаэль	en=Rafael	gender=m
fn:ramil	firstname	uk=Раміль	ru=Рамиль	en=Ramil	gender=m
fn:rifat	firstname	uk=Ріфат	ru=Рифат	en=Rifat	gender=m
fn:farid	firstname	uk=Фарид	ru=Фарид	en=Farid	gender=m
fn:farit	firstname	uk=Фаріт	ru=Фарит	en=Farit	gender=m
fn:azat	firstname	uk=Азат	ru=Азат	en=Azat	gender=m
fn:salavat	firstname	uk=Салават{ctx}	ru=Салават{ctx}	en=Salavat{ctx}	gender=m
fn:mustafa	firstname	uk=Мустафа{m}	ru=Мустафа{m}	en=Mustafa	gender=m
fn:refat	firstname	uk=Рефат	ru=Рефат	en=Refat	gender=m
fn:akhtem	firstname	uk=Ахтем	ru=Ахтем	en=Akhtem	gender=m
fn:nariman	firstname	uk=Нариман	ru=Нариман	en=Nariman	gender=m
fn:elmar	firstname	uk=Ельмар	ru=Эльмар	en=Elmar	gender=m
fn:eskender	firstname	uk=Ескендер	ru=Эскендер	en=Eskender	gender=m
fn:enver	firstname	uk=Енвер	ru=Энвер	en=Enver	gender=m
fn:ismail	firstname	uk=Ісмаїл	ru=Исмаил	en=Ismail	gender=m
fn:ibragim	firstname	uk=Ібрагім	ru=Ибрагим	en=Ibragim|Ibrahim	gender=m
fn:yunus_bek	firstname	uk=Юнус-Бек	ru=Юнус-Бек	en=Yunus-Bek	gender=m
fn:khamzat	firstname	uk=Хамзат	ru=Хамзат	en=Khamzat	gender=m
fn:musa	firstname	uk=Муса{m}	ru=Муса{m}	en=Musa	gender=m
fn:isa	firstname	uk=Іса{m}	ru=Иса{m}	en=Isa	gender=m
fn:umar	firstname	uk=Умар	ru=Умар	en=Umar	gender=m
fn:usman	firstname	uk=Усман	ru=Усман	en=Usman	gender=m
fn:akhmat_khadzhi	firstname	uk=Ахмат-Хаджі{x}	ru=Ахмат-Хаджи{x}	en=Akhmat-Khadzhi	gender=m
fn:abdul	firstname	uk=Абдул	ru=Абдул	en=Abdul	gender=m
fn:gadzhi	firstname	uk=Гаджі{x}	ru=Гаджи{x}	en=Gadzhi	gender=m
fn:said	firstname	uk=Саїд	ru=Саид	en=Said{ctx}|Saeed	gender=m
fn:kazbek	firstname	uk=Казбек{ctx}	ru=Казбек{ctx}	en=Kazbek{ctx}	gender=m
fn:murat	firstname	uk=Мурат	ru=Мурат	en=Murat	gender=m
fn:batraz	firstname	uk=Батраз	ru=Батраз	en=Batraz	gender=m
fn:soslan	firstname	uk=Сослан	ru=Сослан	en=Soslan	gender=m
fn:taimuraz	firstname	uk=Таймураз	ru=Таймураз	en=Taimuraz	gender=m
fn:khasan	firstname	uk=Хасан	ru=Хасан	en=Khasan|Hassan|Hasan	gender=m
fn:khusein	firstname	uk=Хусейн	ru=Хусейн	en=Khusein|Hussein|Hussain	gender=m
fn:yusuf	firstname	uk=Юсуф	ru=Юсуф	en=Yusuf	gender=m
fn:ahmad	firstname	uk=Ахмад	ru=Ахмад	en=Ahmad	gender=m
fn:aisen	firstname	uk=Айсен	ru=Айсен	en=Aisen|Aysen	gender=m
fn:bair	firstname	uk=Баїр	ru=Баир	en=Bair	gender=m
fn:bato	firstname	uk=Бато{x}	ru=Бато{x}	en=Bato	gender=m
fn:aldar	firstname	uk=Алдар	ru=Алдар	en=Aldar	gender=m
fn:chingiz	firstname	uk=Чингіз	ru=Чингиз	en=Chingiz	gender=m
fn:aman	firstname	uk=Аман	ru=Аман	en=Aman	gender=m
fn:batyr	firstname	uk=Батир	ru=Батыр	en=Batyr	gender=m
fn:berdimuhamed	firstname	uk=Бердимухамед	ru=Бердымухамед	en=Berdimuhamed	gender=m
fn:gurban	firstname	uk=Гурбан	ru=Гурбан	en=Gurban	gender=m
fn:meylis	firstname	uk=Мейлис	ru=Мейлис	en=Meylis	gender=m
fn:almambet	firstname	uk=Алмамбет	ru=Алмамбет	en=Almambet	gender=m
fn:zhapar	firstname	uk=Жапар	ru=Жапар	en=Zhapar	gender=m
fn:omurbek	firstname	uk=Омурбек	ru=Омурбек	en=Omurbek	gender=m
fn:temir	firstname	uk=Темір	ru=Темир	en=Temir	gender=m
fn:esen	firstname	uk=Есен	ru=Есен	en=Esen|Yesen	gender=m
fn:zhomart	firstname	uk=Жомарт	ru=Жомарт	en=Zhomart	gender=m
fn:mirzo	firstname	uk=Мирзо{x}	ru=Мирзо{x}	en=Mirzo	gender=m
fn:daler	firstname	uk=Далер	ru=Далер	en=Daler	gender=m
fn:valdemar	firstname	uk=Вальдемар	ru=Вальдемар	en=Valdemar|Waldemar	gender=m
fn:gitanas	firstname	uk=Гітанас	ru=Гитанас	en=Gitanas	gender=m
fn:gabrielius	firstname	uk=Габріелюс	ru=Габриэлюс	en=Gabrielius	gender=m
fn:vytautas	firstname	uk=Вітаутас	ru=Витаутас	en=Vytautas	gender=m
fn:algirdas	firstname	uk=Альгірдас	ru=Альгирдас	en=Algirdas	gender=m
fn:edgars	firstname	uk=Едгарс	ru=Эдгарс	en=Edgars	gender=m
fn:egils	firstname	uk=Егілс	ru=Эгилс	en=Egils	gender=m
fn:krisjanis	firstname	uk=Кріш'яніс	ru=Кришьянис	en=Krisjanis|Krišjānis	gender=m
fn:arvydas	firstname	uk=Арвідас	ru=Арвидас	en=Arvydas	gender=m
fn:andrius	firstname	uk=Андрюс	ru=Андрюс	en=Andrius	gender=m
fn:kestutis	firstname	uk=Кестутіс	ru=Кястутис	en=Kestutis	gender=m
fn:alar	firstname	uk=Алар	ru=Алар	en=Alar	gender=m
fn:urmas	firstname	uk=Урмас	ru=Урмас	en=Urmas	gender=m
fn:toomas	firstname	uk=Тоомас	ru=Тоомас	en=Toomas	gender=m
fn:juri	firstname	uk=Юрі{x}	ru=Юри{x}	en=Juri|Jüri	gender=m
fn:nicolae	firstname	uk=Ніколае{x}	ru=Николае{x}	en=Nicolae	gender=m
fn:dorin	firstname	uk=Дорін	ru=Дорин	en=Dorin	gender=m
fn:ion	firstname	uk=Іон	ru=Ион	en=Ion	gender=m
fn:stefan	firstname	uk=Штефан	ru=Штефан	en=Stefan|Ștefan	gender=m
fn:ilan	firstname	uk=Ілан	ru=Илан	en=Ilan	gender=m
fn:aliaksandr	firstname	uk=Аляксандр	ru=Аляксандр	en=Aliaksandr	gender=m
fn:siarhei	firstname	uk=Сяргей	ru=Сяргей	en=Siarhei	gender=m
fn:viktar	firstname	uk=Віктар	ru=Виктар	en=Viktar	gender=m
fn:uladzimir	firstname	uk=Уладзімір	ru=Уладзимир	en=Uladzimir	gender=m
fn:gulnara	firstname	uk=Гульнара	ru=Гульнара	en=Gulnara	gender=f
fn:gulshat	firstname	uk=Гульшат{x}	ru=Гульшат{x}	en=Gulshat	gender=f
fn:aigul	firstname	uk=Айгуль{x}	ru=Айгуль{x}	en=Aigul|Aygul	gender=f
fn:alsu	firstname	uk=Алсу{x}	ru=Алсу{x}	en=Alsu	gender=f
fn:assel	firstname	uk=Асель{x}	ru=Асель{x}	en=Assel|Asel	gender=f
fn:aigerim	firstname	uk=Айгерім{x}	ru=Айгерим{x}	en=Aigerim	gender=f
fn:dinara	firstname	uk=Дінара	ru=Динара	en=Dinara	gender=f
fn:gulmira	firstname	uk=Гульмира	ru=Гульмира	en=Gulmira	gender=f
fn:zhanar	firstname	uk=Жанар{x}	ru=Жанар{x}	en=Zhanar	gender=f
fn:leila	firstname	uk=Лейла	ru=Лейла	en=Leila|Leyla	gender=f
fn:mehriban	firstname	uk=Мехрибан{x}	ru=Мехрибан{x}	en=Mehriban	gender=f
fn:sevil	firstname	uk=Севіль{x}	ru=Севиль{x}	en=Sevil	gender=f
fn:ainur	firstname	uk=Айнур{x}	ru=Айнур{x}	en=Ainur	gender=f
fn:salome	firstname	uk=Саломе{x}	ru=Саломе{x}	en=Salome	gender=f
fn:tamar	firstname	uk=Тамар{x}	ru=Тамар{x}	en=Tamar	gender=f
fn:nana	firstname	uk=Нана	ru=Нана	en=Nana	gender=f
fn:nino	firstname	uk=Нино{x}	ru=Нино{x}	en=Nino	gender=f
fn:ketevan	firstname	uk=Кетеван{x}	ru=Кетеван{x}	en=Ketevan	gender=f
fn:manana	firstname	uk=Манана	ru=Манана	en=Manana	gender=f
fn:anahit	firstname	uk=Анаїт{x}	ru=Анаит{x}	en=Anahit|Anait	gender=f
fn:gayane	firstname	uk=Гаяне{x}	ru=Гаяне{x}	en=Gayane	gender=f
fn:lilit	firstname	uk=Ліліт{x}	ru=Лилит{x}	en=Lilit	gender=f
fn:ruzanna	firstname	uk=Рузанна	ru=Рузанна	en=Ruzanna	gender=f
fn:zarema	firstname	uk=Зарема	ru=Зарема	en=Zarema	gender=f
fn:aishat	firstname	uk=Айшат{x}	ru=Айшат{x}	en=Aishat	gender=f
fn:kheda	firstname	uk=Хеда	ru=Хеда	en=Kheda	gender=f
fn:fatima	firstname	uk=Фатіма	ru=Фатима	en=Fatima|Fatma	gender=f
fn:amina	firstname	uk=Аміна	ru=Амина	en=Amina	gender=f
fn:madina	firstname	uk=Мадіна	ru=Мадина	en=Madina	gender=f
fn:malika	firstname	uk=Малика	ru=Малика	en=Malika	gender=f
fn:shakhlo	firstname	uk=Шахло{x}	ru=Шахло{x}	en=Shakhlo	gender=f
fn:dilnoza	firstname	uk=Ділноза	ru=Дилноза	en=Dilnoza	gender=f
fn:gulbakhor	firstname	uk=Гульбахор{x}	ru=Гульбахор{x}	en=Gulbakhor	gender=f
fn:saiora	firstname	uk=Сайора	ru=Сайора	en=Saiora	gender=f
fn:ozoda	firstname	uk=Озода	ru=Озода	en=Ozoda	gender=f
fn:ingrida	firstname	uk=Інгріда	ru=Ингрида	en=Ingrida	gender=f
fn:dalia	firstname	uk=Даля	ru=Даля	en=Dalia	gender=f
fn:kaja	firstname	uk=Кая	ru=Кая	en=Kaja	gender=f
fn:kersti	firstname	uk=Керсті{x}	ru=Керсти{x}	en=Kersti	gender=f
fn:kadri	firstname	uk=Кадрі{x}	ru=Кадри{x}	en=Kadri	gender=f
fn:laimdota	firstname	uk=Лаймдота	ru=Лаймдота	en=Laimdota	gender=f
fn:vaira	firstname	uk=Вайра	ru=Вайра	en=Vaira	gender=f
fn:zulfiia	firstname	uk=Зульфія	ru=Зульфия	en=Zulfiia|Zulfiya	gender=f
fn:guzel	firstname	uk=Гузель{x}	ru=Гузель{x}	en=Guzel	gender=f
fn:alfiia	firstname	uk=Альфія	ru=Альфия	en=Alfiia|Alfiya	gender=f
fn:rezeda	firstname	uk=Резеда	ru=Резеда	en=Rezeda	gender=f
fn:lyaisan	firstname	uk=Ляйсан{x}	ru=Ляйсан{x}	en=Lyaisan	gender=f
fn:emine	firstname	uk=Еміне{x}	ru=Эмине{x}	en=Emine	gender=f
fn:jamala	firstname	uk=Джамала	ru=Джамала	en=Jamala|Dzhamala	gender=f
fn:teimuraz	firstname	uk=Теймураз	ru=Теймураз	en=Teimuraz	gender=m
fn:hayk	firstname	uk=Гайк	ru=Айк|Гайк	en=Hayk|Haik	gender=m
fn:alisher	firstname	uk=Алішер	ru=Алишер	en=Alisher	gender=m
fn:airat	firstname	uk=Айрат	ru=Айрат	en=Airat|Ayrat	gender=m
fn:dzhokhar	firstname	uk=Джохар	ru=Джохар	en=Dzhokhar|Jokhar	gender=m
fn:fazil	firstname	uk=Фазіль	ru=Фазиль	en=Fazil	gender=m
fn:babur	firstname	uk=Бабур	ru=Бабур	en=Babur	gender=m
fn:tamerlan	firstname	uk=Тамерлан	ru=Тамерлан	en=Tamerlan	gender=m
fn:murtaza	firstname	uk=Муртаза{m}	ru=Муртаза{m}	en=Murtaza	gender=m
fn:chulpan	firstname	uk=Чулпан{x}	ru=Чулпан{x}	en=Chulpan	gender=f
fn:nilufar	firstname	uk=Нілуфар{x}	ru=Нилуфар{x}	en=Nilufar	gender=f
fn:eteri	firstname	uk=Етері{x}	ru=Этери{x}	en=Eteri	gender=f
fn:taavi	firstname	uk=Таави{x}	ru=Таави{x}	en=Taavi	gender=m

# --- international names with their Ukrainian / Russian transcriptions
fn:joe	firstname	uk=Джо{x}	ru=Джо{x}	en=Joe	gender=m
fn:joseph	firstname	uk=Джозеф	ru=Джозеф	en=Joseph	gender=m
fn:donald	firstname	uk=Дональд	ru=Дональд	en=Donald	gender=m
fn:john	firstname	uk=Джон	ru=Джон	en=John	gender=m
fn:james	firstname	uk=Джеймс	ru=Джеймс	en=James	gender=m
fn:george	firstname	uk=Джордж	ru=Джордж	en=George	gender=m
fn:william	firstname	uk=Вільям	ru=Уильям|Вильям	en=William	gender=m
fn:bill	firstname	uk=Білл	ru=Билл	en=Bill{ctx}	gender=m
fn:barack	firstname	uk=Барак	ru=Барак	en=Barack	gender=m
fn:brian	firstname	uk=Браян|Брайан	ru=Брайан	en=Brian|Bryan	gender=m
fn:bernard	firstname	uk=Бернард|Бернар	ru=Бернард|Бернар	en=Bernard	gender=m
fn:bernie	firstname	uk=Берні{x}	ru=Берни{x}	en=Bernie	gender=m
fn:bob	firstname	uk=Боб	ru=Боб	en=Bob{ctx}	gender=m
fn:richard	firstname	uk=Річард|Ріхард	ru=Ричард|Рихард	en=Richard|Rikhard	gender=m
fn:ronald	firstname	uk=Рональд	ru=Рональд	en=Ronald	gender=m
fn:charles	firstname	uk=Чарльз|Шарль	ru=Чарльз|Шарль|Чарлз	en=Charles	gender=m
fn:thomas	firstname	uk=Томас	ru=Томас	en=Thomas	gender=m
fn:tom	firstname	uk=Том{ctx}	ru=Том{ctx}	en=Tom	gender=m
fn:tony	firstname	uk=Тоні{x}	ru=Тони{x}	en=Tony	gender=m
fn:anthony	firstname	uk=Ентоні{x}	ru=Энтони{x}	en=Anthony|Antony	gender=m
fn:andrew	firstname	uk=Ендрю{x}	ru=Эндрю{x}	en=Andrew	gender=m
fn:michael	firstname	uk=Майкл|Міхаель	ru=Майкл|Михаэль	en=Michael	gender=m
fn:mike	firstname	uk=Майк	ru=Майк	en=Mike	gender=m
fn:mitch	firstname	uk=Мітч	ru=Митч	en=Mitch	gender=m
fn:kevin	firstname	uk=Кевін	ru=Кевин	en=Kevin	gender=m
fn:chris	firstname	uk=Кріс	ru=Крис	en=Chris	gender=m
fn:christopher	firstname	uk=Крістофер	ru=Кристофер	en=Christopher	gender=m
fn:daniel	firstname	uk=Деніел|Даніель	ru=Дэниел|Даниэль	en=Daniel	gender=m
fn:dave	firstname	uk=Дейв	ru=Дэйв	en=Dave	gender=m
fn:paul	firstname	uk=Пол|Поль	ru=Пол|Поль	en=Paul	gender=m
fn:peter	firstname	uk=Пітер|Петер	ru=Питер|Петер	en=Peter	gender=m
fn:steven	firstname	uk=Стівен	ru=Стивен	en=Steven|Stephen	gender=m
fn:steve	firstname	uk=Стів	ru=Стив	en=Steve	gender=m
fn:keir	firstname	uk=Кір	ru=Кир	en=Keir	gender=m
fn:rishi	firstname	uk=Ріші{x}	ru=Риши{x}	en=Rishi	gender=m
fn:edward	firstname	uk=Едвард	ru=Эдвард	en=Edward	gender=m
fn:ed	firstname	uk=Ед	ru=Эд	en=Ed	gender=m
fn:harry	firstname	uk=Гаррі{x}|Гері{x}	ru=Гарри{x}	en=Harry	gender=m
fn:henry	firstname	uk=Генрі{x}	ru=Генри{x}	en=Henry	gender=m
fn:jack	firstname	uk=Джек	ru=Джек	en=Jack	gender=m
fn:jake	firstname	uk=Джейк	ru=Джейк	en=Jake	gender=m
fn:jason	firstname	uk=Джейсон	ru=Джейсон	en=Jason	gender=m
fn:jeremy	firstname	uk=Джеремі{x}	ru=Джереми{x}	en=Jeremy	gender=m
fn:jeff	firstname	uk=Джефф	ru=Джефф	en=Jeff	gender=m
fn:jeffrey	firstname	uk=Джеффрі{x}	ru=Джеффри{x}	en=Jeffrey|Geoffrey	gender=m
fn:gerald	firstname	uk=Джеральд|Жеральд	ru=Джеральд|Жеральд	en=Gerald|Gérald	gender=m
fn:jimmy	firstname	uk=Джиммі{x}	ru=Джимми{x}	en=Jimmy	gender=m
fn:jim	firstname	uk=Джим	ru=Джим	en=Jim	gender=m
fn:jonathan	firstname	uk=Джонатан	ru=Джонатан	en=Jonathan	gender=m
fn:josh	firstname	uk=Джош	ru=Джош	en=Josh	gender=m
fn:joshua	firstname	uk=Джошуа{x}	ru=Джошуа{x}	en=Joshua	gender=m
fn:justin	firstname	uk=Джастін	ru=Джастин	en=Justin	gender=m
fn:dan	firstname	uk=Ден|Дан	ru=Дэн|Дан	en=Dan	gender=m
fn:danny	firstname	uk=Денні{x}	ru=Дэнни{x}	en=Danny	gender=m
fn:dean	firstname	uk=Дін	ru=Дин	en=Dean{ctx}	gender=m
fn:derek	firstname	uk=Дерек	ru=Дерек	en=Derek	gender=m
fn:douglas	firstname	uk=Дуглас	ru=Дуглас	en=Douglas	gender=m
fn:dwight	firstname	uk=Дуайт	ru=Дуайт	en=Dwight	gender=m
fn:elon	firstname	uk=Елон|Ілон	ru=Илон	en=Elon	gender=m
fn:eric	firstname	uk=Ерік	ru=Эрик	en=Eric|Erik	gender=m
fn:frank	firstname	uk=Френк|Франк	ru=Фрэнк	en=Frank	gender=m
fn:gareth	firstname	uk=Гарет	ru=Гарет	en=Gareth	gender=m
fn:gavin	firstname	uk=Гевін	ru=Гэвин	en=Gavin	gender=m
fn:gregory	firstname	uk=Грегорі{x}	ru=Грегори{x}	en=Gregory	gender=m
fn:greg	firstname	uk=Грег	ru=Грег	en=Greg	gender=m
fn:gordon	firstname	uk=Гордон	ru=Гордон	en=Gordon	gender=m
fn:hugh	firstname	uk=Г'ю{x}	ru=Хью{x}	en=Hugh	gender=m
fn:ian	firstname	uk=Ієн	ru=Иэн	en=Ian|Iain	gender=m
fn:jared	firstname	uk=Джаред	ru=Джаред	en=Jared	gender=m
fn:jerry	firstname	uk=Джеррі{x}	ru=Джерри{x}	en=Jerry	gender=m
fn:kenneth	firstname	uk=Кеннет	ru=Кеннет	en=Kenneth	gender=m
fn:keith	firstname	uk=Кіт{ctx}	ru=Кит{ctx}	en=Keith	gender=m
fn:larry	firstname	uk=Ларрі{x}	ru=Ларри{x}	en=Larry	gender=m
fn:lloyd	firstname	uk=Ллойд	ru=Ллойд	en=Lloyd	gender=m
fn:matthew	firstname	uk=Меттью{x}|Метью{x}	ru=Мэттью{x}|Мэтью{x}	en=Matthew	gender=m
fn:matt	firstname	uk=Метт	ru=Мэтт	en=Matt	gender=m
fn:nathan	firstname	uk=Натан	ru=Натан	en=Nathan	gender=m
fn:neil	firstname	uk=Ніл	ru=Нил	en=Neil	gender=m
fn:nick	firstname	uk=Нік	ru=Ник	en=Nick	gender=m
fn:nicholas	firstname	uk=Ніколас|Ніколя{x}	ru=Николас|Николя{x}	en=Nicholas|Nicolas	gender=m
fn:nigel	firstname	uk=Найджел	ru=Найджел	en=Nigel	gender=m
fn:oliver	firstname	uk=Олівер	ru=Оливер	en=Oliver	gender=m
fn:patrick	firstname	uk=Патрік	ru=Патрик	en=Patrick	gender=m
fn:ralph	firstname	uk=Ральф	ru=Ральф	en=Ralph	gender=m
fn:randall	firstname	uk=Рендалл|Ренд	ru=Рэндалл	en=Randall	gender=m
fn:ray	firstname	uk=Рей{ctx}	ru=Рэй{ctx}	en=Ray{ctx}	gender=m
fn:rex	firstname	uk=Рекс	ru=Рекс	en=Rex{ctx}	gender=m
fn:rick	firstname	uk=Рік	ru=Рик	en=Rick	gender=m
fn:roy	firstname	uk=Рой	ru=Рой	en=Roy	gender=m
fn:russell	firstname	uk=Рассел	ru=Рассел	en=Russell	gender=m
fn:ron	firstname	uk=Рон	ru=Рон	en=Ron	gender=m
fn:ryan	firstname	uk=Раян|Райан	ru=Райан	en=Ryan	gender=m
fn:sam	firstname	uk=Сем	ru=Сэм	en=Sam	gender=m
fn:samuel	firstname	uk=Семюел	ru=Сэмюэл	en=Samuel	gender=m
fn:scott	firstname	uk=Скотт	ru=Скотт	en=Scott	gender=m
fn:sean	firstname	uk=Шон	ru=Шон	en=Sean|Shawn	gender=m
fn:simon	firstname	uk=Саймон	ru=Саймон	en=Simon	gender=m
fn:ted	firstname	uk=Тед	ru=Тед	en=Ted	gender=m
fn:terence	firstname	uk=Теренс	ru=Теренс	en=Terence	gender=m
fn:tim	firstname	uk=Тім	ru=Тим	en=Tim	gender=m
fn:timothy	firstname	uk=Тімоті{x}	ru=Тимоти{x}	en=Timothy	gender=m
fn:todd	firstname	uk=Тодд	ru=Тодд	en=Todd	gender=m
fn:troy	firstname	uk=Трой	ru=Трой	en=Troy	gender=m
fn:tyler	firstname	uk=Тайлер	ru=Тайлер	en=Tyler{ctx}	gender=m
fn:wayne	firstname	uk=Вейн	ru=Уэйн	en=Wayne	gender=m
fn:walter	firstname	uk=Волтер|Вальтер	ru=Уолтер|Вальтер	en=Walter	gender=m
fn:warren	firstname	uk=Воррен	ru=Уоррен	en=Warren	gender=m
fn:winston	firstname	uk=Вінстон	ru=Уинстон	en=Winston	gender=m
fn:zach	firstname	uk=Зак	ru=Зак	en=Zach|Zack	gender=m
fn:aaron	firstname	uk=Аарон	ru=Аарон	en=Aaron	gender=m
fn:alan	firstname	uk=Алан	ru=Алан	en=Alan|Allan|Allen	gender=m
fn:alex	firstname	uk=Алекс	ru=Алекс	en=Alex	gender=m
fn:alfred	firstname	uk=Альфред	ru=Альфред	en=Alfred	gender=m
fn:archie	firstname	uk=Арчі{x}	ru=Арчи{x}	en=Archie	gender=m
fn:ben	firstname	uk=Бен	ru=Бен	en=Ben	gender=m
fn:benjamin	firstname	uk=Бенджамін|Біньямін	ru=Бенджамин|Биньямин	en=Benjamin	gender=m
fn:brett	firstname	uk=Бретт	ru=Бретт	en=Brett	gender=m
fn:brad	firstname	uk=Бред	ru=Брэд	en=Brad	gender=m
fn:bruce	firstname	uk=Брюс	ru=Брюс	en=Bruce	gender=m
fn:carl	firstname	uk=Карл	ru=Карл	en=Carl|Karl	gender=m
fn:clarence	firstname	uk=Кларенс	ru=Кларенс	en=Clarence	gender=m
fn:clint	firstname	uk=Клінт	ru=Клинт	en=Clint	gender=m
fn:colin	firstname	uk=Колін	ru=Колин	en=Colin	gender=m
fn:craig	firstname	uk=Крейг	ru=Крейг	en=Craig	gender=m
fn:curtis	firstname	uk=Кертіс	ru=Кертис	en=Curtis	gender=m
fn:darren	firstname	uk=Дарен	ru=Дэррен	en=Darren	gender=m
fn:dennis	firstname	uk=Деннис	ru=Деннис	en=Dennis	gender=m
fn:dylan	firstname	uk=Ділан	ru=Дилан	en=Dylan	gender=m
fn:adrian	firstname	uk=Едріан|Адріан	ru=Эдриан|Адриан	en=Adrian	gender=m
fn:eugene	firstname	uk=Юджин	ru=Юджин	en=Eugene	gender=m
fn:fred	firstname	uk=Фред	ru=Фред	en=Fred	gender=m
fn:glenn	firstname	uk=Гленн	ru=Гленн	en=Glenn	gender=m
fn:howard	firstname	uk=Говард	ru=Говард	en=Howard	gender=m
fn:hunter	firstname	uk=Гантер	ru=Хантер	en=Hunter{ctx}	gender=m
fn:jackson	firstname	uk=Джексон	ru=Джексон	en=Jackson{ctx}	gender=m
fn:jamie	firstname	uk=Джеймі{x}	ru=Джейми{x}	en=Jamie	gender=m
fn:jordan	firstname	uk=Джордан	ru=Джордан	en=Jordan{ctx}	gender=m
fn:kyle	firstname	uk=Кайл	ru=Кайл	en=Kyle	gender=m
fn:liam	firstname	uk=Ліам	ru=Лиам	en=Liam	gender=m
fn:lincoln	firstname	uk=Лінкольн	ru=Линкольн	en=Lincoln{ctx}	gender=m
fn:lewis	firstname	uk=Льюїс	ru=Льюис	en=Lewis	gender=m
fn:lawrence	firstname	uk=Лоуренс	ru=Лоуренс	en=Lawrence	gender=m
fn:luke	firstname	uk=Люк	ru=Люк	en=Luke	gender=m
fn:marvin	firstname	uk=Марвін	ru=Марвин	en=Marvin	gender=m
fn:maurice	firstname	uk=Моріс	ru=Морис	en=Maurice	gender=m
fn:norman	firstname	uk=Норман	ru=Норман	en=Norman	gender=m
fn:oscar	firstname	uk=Оскар	ru=Оскар	en=Oscar	gender=m
fn:owen	firstname	uk=Оуен	ru=Оуэн	en=Owen	gender=m
fn:piers	firstname	uk=Пірс	ru=Пирс	en=Piers	gender=m
fn:randy	firstname	uk=Ренді{x}	ru=Рэнди{x}	en=Randy	gender=m
fn:reginald	firstname	uk=Реджинальд	ru=Реджинальд	en=Reginald	gender=m
fn:randolph	firstname	uk=Рендольф	ru=Рэндольф	en=Randolph	gender=m
fn:rodney	firstname	uk=Родні{x}	ru=Родни{x}	en=Rodney	gender=m
fn:roger	firstname	uk=Роджер	ru=Роджер	en=Roger	gender=m
fn:rudy	firstname	uk=Руді{x}	ru=Руди{x}	en=Rudy	gender=m
fn:stuart	firstname	uk=Стюарт	ru=Стюарт	en=Stuart|Stewart	gender=m
fn:theodore	firstname	uk=Теодор	ru=Теодор	en=Theodore|Teodor	gender=m
fn:vince	firstname	uk=Вінс	ru=Винс	en=Vince	gender=m
fn:xavier	firstname	uk=Ксав'єр	ru=Ксавье{x}	en=Xavier	gender=m
fn:jay	firstname	uk=Джей	ru=Джей	en=Jay	gender=m
fn:lindsey	firstname	uk=Ліндсі{x}	ru=Линдси{x}	en=Lindsey	gender=m
fn:mitt	firstname	uk=Мітт	ru=Митт	en=Mitt	gender=m
fn:kemal	firstname	uk=Кемал	ru=Кемаль	en=Kemal	gender=m
fn:recep	firstname	uk=Реджеп	ru=Реджеп	en=Recep	gender=m
fn:tayyip	firstname	uk=Таїп	ru=Тайип	en=Tayyip	gender=m
fn:ekrem	firstname	uk=Екрем	ru=Экрем	en=Ekrem	gender=m
fn:mevlut	firstname	uk=Мевлют	ru=Мевлют	en=Mevlut|Mevlüt	gender=m
fn:hakan	firstname	uk=Хакан	ru=Хакан	en=Hakan	gender=m
fn:ahmet	firstname	uk=Ахмет	ru=Ахмет	en=Ahmet	gender=m
fn:mehmet	firstname	uk=Мехмет	ru=Мехмет	en=Mehmet	gender=m
fn:binali	firstname	uk=Бінали{x}	ru=Бинали{x}	en=Binali	gender=m
fn:cevdet	firstname	uk=Джевдет	ru=Джевдет	en=Cevdet	gender=m
fn:omer	firstname	uk=Омер	ru=Омер	en=Omer|Ömer	gender=m
fn:suleiman	firstname	uk=Сулейман	ru=Сулейман	en=Suleiman|Süleyman	gender=m
fn:fahrettin	firstname	uk=Фахреттін	ru=Фахреттин	en=Fahrettin	gender=m
fn:mansur	firstname	uk=Мансур	ru=Мансур	en=Mansur|Mansour	gender=m
fn:naftali	firstname	uk=Нафталі{x}	ru=Нафтали{x}	en=Naftali	gender=m
fn:yair	firstname	uk=Яїр	ru=Яир	en=Yair	gender=m
fn:yitzhak	firstname	uk=Іцхак|Ісаак|Ісак	ru=Ицхак|Исаак	en=Yitzhak|Isaac|Isak	gender=m
fn:shimon	firstname	uk=Шимон	ru=Шимон	en=Shimon|Szymon	gender=m
fn:moshe	firstname	uk=Моше{x}	ru=Моше{x}	en=Moshe	gender=m
fn:avigdor	firstname	uk=Авігдор	ru=Авигдор	en=Avigdor	gender=m
fn:benny	firstname	uk=Бені{x}	ru=Бени{x}	en=Benny	gender=m
fn:yoav	firstname	uk=Йоав	ru=Йоав	en=Yoav	gender=m
fn:ehud	firstname	uk=Ехуд	ru=Эхуд	en=Ehud	gender=m
fn:ariel	firstname	uk=Арієль	ru=Ариэль	en=Ariel	gender=m
fn:abdel	firstname	uk=Абдель	ru=Абдель	en=Abdel	gender=m
fn:bashar	firstname	uk=Башар	ru=Башар	en=Bashar	gender=m
fn:mahmoud	firstname	uk=Махмуд	ru=Махмуд	en=Mahmoud|Mahmud	gender=m
fn:hamad	firstname	uk=Хамад	ru=Хамад	en=Hamad	gender=m
fn:tamim	firstname	uk=Тамім	ru=Тамим	en=Tamim	gender=m
fn:salman	firstname	uk=Салман	ru=Салман	en=Salman	gender=m
fn:faisal	firstname	uk=Фейсал	ru=Фейсал	en=Faisal|Feisal	gender=m
fn:masoud	firstname	uk=Масуд	ru=Масуд	en=Masoud|Masud	gender=m
fn:abbas	firstname	uk=Аббас	ru=Аббас	en=Abbas	gender=m
fn:javad	firstname	uk=Джавад	ru=Джавад	en=Javad	gender=m
fn:hossein	firstname	uk=Хоссейн	ru=Хоссейн	en=Hossein	gender=m
fn:ebrahim	firstname	uk=Ебрагім	ru=Эбрахим	en=Ebrahim	gender=m
fn:narendra	firstname	uk=Нарендра{m}	ru=Нарендра{m}	en=Narendra	gender=m
fn:rajnath	firstname	uk=Раджнатх	ru=Раджнатх	en=Rajnath	gender=m
fn:subrahmanyam	firstname	uk=Субрахманьям	ru=Субраманьям	en=Subrahmanyam	gender=m
fn:rahul	firstname	uk=Рахул	ru=Рахул	en=Rahul	gender=m
fn:imran	firstname	uk=Імран	ru=Имран	en=Imran	gender=m
fn:shehbaz	firstname	uk=Шехбаз	ru=Шехбаз	en=Shehbaz	gender=m
fn:fumio	firstname	uk=Фуміо{x}	ru=Фумио{x}	en=Fumio	gender=m
fn:shigeru	firstname	uk=Сіґеру{x}|Сігеру{x}	ru=Сигэру{x}	en=Shigeru	gender=m
fn:shinzo	firstname	uk=Сіндзо{x}	ru=Синдзо{x}	en=Shinzo	gender=m
fn:yoshihide	firstname	uk=Йосіхіде{x}	ru=Ёсихидэ{x}	en=Yoshihide	gender=m
fn:malcolm	firstname	uk=Малкольм	ru=Малкольм	en=Malcolm	gender=m
fn:jair	firstname	uk=Жаїр	ru=Жаир	en=Jair	gender=m
fn:luis	firstname	uk=Луїс	ru=Луис	en=Luis|Luís	gender=m
fn:javier	firstname	uk=Хав'єр	ru=Хавьер	en=Javier	gender=m
fn:gabriel	firstname	uk=Габріель|Ґабріель	ru=Габриэль	en=Gabriel	gender=m
fn:juan	firstname	uk=Хуан	ru=Хуан	en=Juan	gender=m
fn:mauricio	firstname	uk=Мауріціо{x}	ru=Маурисио{x}	en=Mauricio	gender=m
fn:hugo	firstname	uk=Уго{x}|Гуго{x}	ru=Уго{x}|Гуго{x}	en=Hugo|Huho|Gugo	gender=m
fn:fidel	firstname	uk=Фідель	ru=Фидель	en=Fidel	gender=m
fn:raul	firstname	uk=Рауль	ru=Рауль	en=Raul|Raúl	gender=m
fn:miguel	firstname	uk=Мігель	ru=Мигель	en=Miguel	gender=m
fn:andres	firstname	uk=Андрес	ru=Андрес	en=Andres|Andrés	gender=m
fn:manuel	firstname	uk=Мануель	ru=Мануэль	en=Manuel	gender=m
fn:gustavo	firstname	uk=Густаво{x}	ru=Густаво{x}	en=Gustavo	gender=m
fn:sergio	firstname	uk=Серхіо{x}|Серджо{x}	ru=Серхио{x}|Серджо{x}	en=Sergio	gender=m
fn:pedro	firstname	uk=Педро{x}	ru=Педро{x}	en=Pedro	gender=m
fn:pablo	firstname	uk=Пабло{x}	ru=Пабло{x}	en=Pablo	gender=m
fn:jose	firstname	uk=Хосе{x}|Жузе{x}	ru=Хосе{x}|Жозе{x}	en=Jose|José	gender=m
fn:jorge	firstname	uk=Хорхе{x}	ru=Хорхе{x}	en=Jorge	gender=m
fn:carlos	firstname	uk=Карлос	ru=Карлос	en=Carlos	gender=m
fn:fernando	firstname	uk=Фернандо{x}	ru=Фернандо{x}	en=Fernando	gender=m
fn:francisco	firstname	uk=Франсіско{x}	ru=Франсиско{x}	en=Francisco	gender=m
fn:antonio	firstname	uk=Антоніо{x}|Антоніу{x}	ru=Антонио{x}|Антониу{x}	en=Antonio|António	gender=m
fn:alberto	firstname	uk=Альберто{x}	ru=Альберто{x}	en=Alberto	gender=m
fn:alejandro	firstname	uk=Алехандро{x}	ru=Алехандро{x}	en=Alejandro	gender=m
fn:ricardo	firstname	uk=Рікардо{x}	ru=Рикардо{x}	en=Ricardo|Riccardo	gender=m
fn:roberto	firstname	uk=Роберто{x}	ru=Роберто{x}	en=Roberto	gender=m
fn:mariano	firstname	uk=Маріано{x}	ru=Мариано{x}	en=Mariano	gender=m
fn:felipe	firstname	uk=Феліпе{x}	ru=Фелипе{x}	en=Felipe	gender=m
fn:santiago	firstname	uk=Сантьяго{x}{ctx}	ru=Сантьяго{x}{ctx}	en=Santiago{ctx}	gender=m
fn:joaquin	firstname	uk=Хоакін	ru=Хоакин	en=Joaquin|Joaquín	gender=m
fn:emiliano	firstname	uk=Еміліано{x}	ru=Эмилиано{x}	en=Emiliano	gender=m
fn:enrique	firstname	uk=Енріке{x}	ru=Энрике{x}	en=Enrique	gender=m
fn:ramon	firstname	uk=Рамон	ru=Рамон	en=Ramon|Ramón	gender=m
fn:joao	firstname	uk=Жоао{x}|Жуан	ru=Жуан	en=Joao|João	gender=m
fn:marcelo	firstname	uk=Марсело{x}	ru=Марселу{x}	en=Marcelo	gender=m
fn:paulo	firstname	uk=Паулу{x}	ru=Паулу{x}	en=Paulo	gender=m
fn:matteo	firstname	uk=Маттео{x}	ru=Маттео{x}	en=Matteo	gender=m
fn:mario	firstname	uk=Маріо{x}	ru=Марио{x}	en=Mario	gender=m
fn:silvio	firstname	uk=Сільвіо{x}	ru=Сильвио{x}	en=Silvio	gender=m
fn:giuseppe	firstname	uk=Джузеппе{x}	ru=Джузеппе{x}	en=Giuseppe	gender=m
fn:giovanni	firstname	uk=Джованні{x}	ru=Джованни{x}	en=Giovanni	gender=m
fn:paolo	firstname	uk=Паоло{x}	ru=Паоло{x}	en=Paolo	gender=m
fn:francesco	firstname	uk=Франческо{x}	ru=Франческо{x}	en=Francesco	gender=m
fn:enrico	firstname	uk=Енріко{x}	ru=Энрико{x}	en=Enrico	gender=m
fn:romano	firstname	uk=Романо{x}	ru=Романо{x}	en=Romano	gender=m
fn:gianni	firstname	uk=Джанні{x}	ru=Джанни{x}	en=Gianni	gender=m
fn:alessandro	firstname	uk=Алессандро{x}	ru=Алессандро{x}	en=Alessandro	gender=m
fn:massimo	firstname	uk=Массімо{x}	ru=Массимо{x}	en=Massimo	gender=m
fn:lorenzo	firstname	uk=Лоренцо{x}	ru=Лоренцо{x}	en=Lorenzo	gender=m
fn:fabio	firstname	uk=Фабіо{x}	ru=Фабио{x}	en=Fabio	gender=m
fn:luigi	firstname	uk=Луїджі{x}	ru=Луиджи{x}	en=Luigi	gender=m
fn:carlo	firstname	uk=Карло{x}	ru=Карло{x}	en=Carlo	gender=m
fn:stefano	firstname	uk=Стефано{x}	ru=Стефано{x}	en=Stefano	gender=m
fn:andrea	firstname	uk=Андреа{x}	ru=Андреа{x}	en=Andrea	gender=m
fn:emmanuel	firstname	uk=Емманюель	ru=Эммануэль	en=Emmanuel	gender=m
fn:francois	firstname	uk=Франсуа{x}	ru=Франсуа{x}	en=Francois|François	gender=m
fn:jacques	firstname	uk=Жак	ru=Жак	en=Jacques	gender=m
fn:jean_yves	firstname	uk=Жан-Ів	ru=Жан-Ив	en=Jean-Yves	gender=m
fn:jean_luc	firstname	uk=Жан-Люк	ru=Жан-Люк	en=Jean-Luc	gender=m
fn:jean_claude	firstname	uk=Жан-Клод	ru=Жан-Клод	en=Jean-Claude	gender=m
fn:jean_marie	firstname	uk=Жан-Марі{x}	ru=Жан-Мари{x}	en=Jean-Marie	gender=m
fn:jean_noel	firstname	uk=Жан-Ноель	ru=Жан-Ноэль	en=Jean-Noel|Jean-Noël	gender=m
fn:jean_pierre	firstname	uk=Жан-П'єр	ru=Жан-Пьер	en=Jean-Pierre	gender=m
fn:jean_baptiste	firstname	uk=Жан-Батіст	ru=Жан-Батист	en=Jean-Baptiste	gender=m
fn:pierre	firstname	uk=П'єр	ru=Пьер	en=Pierre	gender=m
fn:michel	firstname	uk=Мішель	ru=Мишель	en=Michel	gender=m
fn:edouard	firstname	uk=Едуар	ru=Эдуар	en=Edouard|Édouard	gender=m
fn:bruno	firstname	uk=Бруно{x}	ru=Бруно{x}	en=Bruno	gender=m
fn:gerard	firstname	uk=Жерар	ru=Жерар	en=Gerard|Gérard	gender=m
fn:louis	firstname	uk=Луї{x}	ru=Луи{x}	en=Louis	gender=m
fn:alain	firstname	uk=Ален	ru=Ален	en=Alain	gender=m
fn:yves	firstname	uk=Ів	ru=Ив	en=Yves	gender=m
fn:sebastien	firstname	uk=Себастьєн	ru=Себастьен	en=Sebastien|Sébastien	gender=m
fn:stephane	firstname	uk=Стефан	ru=Стефан	en=Stephane|Stéphane	gender=m
fn:thierry	firstname	uk=Тьєррі{x}	ru=Тьерри{x}	en=Thierry	gender=m
fn:olivier	firstname	uk=Олів'є{x}	ru=Оливье{x}	en=Olivier	gender=m
fn:henri	firstname	uk=Анрі{x}	ru=Анри{x}	en=Henri	gender=m
fn:rene	firstname	uk=Рене{x}	ru=Рене{x}	en=Rene|René	gender=m
fn:andre	firstname	uk=Андре{x}	ru=Андре{x}	en=Andre|André	gender=m
fn:jerome	firstname	uk=Жером	ru=Жером	en=Jerome|Jérôme	gender=m
fn:claude	firstname	uk=Клод	ru=Клод	en=Claude	gender=m
fn:dominique	firstname	uk=Домінік	ru=Доминик	en=Dominique|Dominic	gender=m
fn:didier	firstname	uk=Дідьє{x}	ru=Дидье{x}	en=Didier	gender=m
fn:julien	firstname	uk=Жульєн	ru=Жюльен	en=Julien	gender=m
fn:laurent	firstname	uk=Лоран	ru=Лоран	en=Laurent	gender=m
fn:mathieu	firstname	uk=Матьє{x}	ru=Матье{x}	en=Mathieu	gender=m
fn:guillaume	firstname	uk=Гійом	ru=Гийом	en=Guillaume	gender=m
fn:herve	firstname	uk=Ерве{x}	ru=Эрве{x}	en=Herve|Hervé	gender=m
fn:gilles	firstname	uk=Жиль	ru=Жиль	en=Gilles	gender=m
fn:olaf	firstname	uk=Олаф	ru=Олаф	en=Olaf	gender=m
fn:friedrich	firstname	uk=Фрідріх	ru=Фридрих	en=Friedrich	gender=m
fn:frank_walter	firstname	uk=Франк-Вальтер	ru=Франк-Вальтер	en=Frank-Walter	gender=m
fn:gerhard	firstname	uk=Герхард	ru=Герхард	en=Gerhard	gender=m
fn:helmut	firstname	uk=Гельмут	ru=Гельмут	en=Helmut	gender=m
fn:hans	firstname	uk=Ганс	ru=Ханс|Ганс	en=Hans	gender=m
fn:hans_dietrich	firstname	uk=Ганс-Дітріх	ru=Ханс-Дитрих	en=Hans-Dietrich	gender=m
fn:johann	firstname	uk=Йоганн	ru=Иоганн	en=Johann	gender=m
fn:johannes	firstname	uk=Йоганнес	ru=Йоханнес	en=Johannes	gender=m
fn:christian	firstname	uk=Крістіан	ru=Кристиан	en=Christian{ctx}	gender=m
fn:markus	firstname	uk=Маркус	ru=Маркус	en=Markus|Marcus	gender=m
fn:wolfgang	firstname	uk=Вольфганг	ru=Вольфганг	en=Wolfgang	gender=m
fn:jurgen	firstname	uk=Юрген	ru=Юрген	en=Jurgen|Jürgen	gender=m
fn:klaus	firstname	uk=Клаус	ru=Клаус	en=Klaus|Claus	gender=m
fn:dieter	firstname	uk=Дітер	ru=Дитер	en=Dieter	gender=m
fn:gunther	firstname	uk=Гюнтер	ru=Гюнтер	en=Gunther|Günther|Günter	gender=m
fn:ulrich	firstname	uk=Ульріх	ru=Ульрих	en=Ulrich	gender=m
fn:thorsten	firstname	uk=Торстен	ru=Торстен	en=Thorsten|Torsten	gender=m
fn:sigmar	firstname	uk=Зігмар	ru=Зигмар	en=Sigmar	gender=m
fn:joschka	firstname	uk=Йошка{m}	ru=Йошка{m}	en=Joschka	gender=m
fn:matthias	firstname	uk=Маттіас	ru=Маттиас	en=Matthias	gender=m
fn:steffen	firstname	uk=Штеффен	ru=Штеффен	en=Steffen	gender=m
fn:sebastian	firstname	uk=Себастьян	ru=Себастьян	en=Sebastian	gender=m
fn:andreas	firstname	uk=Андреас	ru=Андреас	en=Andreas	gender=m
fn:karl_theodor	firstname	uk=Карл-Теодор	ru=Карл-Теодор	en=Karl-Theodor	gender=m
fn:luther	firstname	uk=Лютер	ru=Лютер	en=Luther	gender=m
fn:franz	firstname	uk=Франц	ru=Франц	en=Franz	gender=m
fn:heinz	firstname	uk=Хайнц	ru=Хайнц	en=Heinz	gender=m
fn:uwe	firstname	uk=Уве{x}	ru=Уве{x}	en=Uwe	gender=m
fn:rolf	firstname	uk=Рольф	ru=Рольф	en=Rolf	gender=m
fn:norbert	firstname	uk=Норберт	ru=Норберт	en=Norbert	gender=m
fn:kai	firstname	uk=Кай	ru=Кай	en=Kai	gender=m
fn:lars	firstname	uk=Ларс	ru=Ларс	en=Lars	gender=m
fn:karl_heinz	firstname	uk=Карл-Гайнц	ru=Карл-Хайнц	en=Karl-Heinz	gender=m
fn:ludwig	firstname	uk=Людвіг	ru=Людвиг	en=Ludwig	gender=m
fn:otto	firstname	uk=Отто{x}	ru=Отто{x}	en=Otto	gender=m
fn:ferdinand	firstname	uk=Фердинанд	ru=Фердинанд	en=Ferdinand	gender=m
fn:hubert	firstname	uk=Губерт	ru=Хуберт	en=Hubert	gender=m
fn:herbert	firstname	uk=Герберт	ru=Герберт	en=Herbert	gender=m
fn:bernd	firstname	uk=Бернд	ru=Бернд	en=Bernd	gender=m
fn:jorg	firstname	uk=Йорг	ru=Йорг	en=Jorg|Jörg	gender=m
fn:eugen	firstname	uk=Ойген	ru=Ойген	en=Eugen	gender=m
fn:harald	firstname	uk=Гаральд	ru=Харальд	en=Harald	gender=m
fn:heiko	firstname	uk=Гайко{x}	ru=Хайко{x}	en=Heiko	gender=m
fn:andrzej	firstname	uk=Анджей	ru=Анджей	en=Andrzej	gender=m
fn:rafal	firstname	uk=Рафал	ru=Рафал	en=Rafal|Rafał	gender=m
fn:jacek	firstname	uk=Яцек	ru=Яцек	en=Jacek	gender=m
fn:mateusz	firstname	uk=Матеуш	ru=Матеуш	en=Mateusz	gender=m
fn:zbigniew	firstname	uk=Збігнев	ru=Збигнев	en=Zbigniew	gender=m
fn:radoslaw	firstname	uk=Радослав	ru=Радослав	en=Radoslaw|Radosław	gender=m
fn:lech	firstname	uk=Лех	ru=Лех	en=Lech	gender=m
fn:krzysztof	firstname	uk=Кшиштоф	ru=Кшиштоф	en=Krzysztof	gender=m
fn:tomasz	firstname	uk=Томаш	ru=Томаш	en=Tomasz|Tomáš	gender=m
fn:maciej	firstname	uk=Мацей	ru=Мацей	en=Maciej	gender=m
fn:wojciech	firstname	uk=Войцех	ru=Войцех	en=Wojciech	gender=m
fn:marek	firstname	uk=Марек	ru=Марек	en=Marek	gender=m
fn:michal	firstname	uk=Міхал	ru=Михал	en=Michal|Michał	gender=m
fn:jerzy	firstname	uk=Єжи{x}	ru=Ежи{x}	en=Jerzy	gender=m
fn:karol	firstname	uk=Кароль	ru=Кароль	en=Karol	gender=m
fn:lukasz	firstname	uk=Лукаш|Лукас	ru=Лукаш|Лукас	en=Lukasz|Łukasz|Lukas|Lucas	gender=m
fn:grzegorz	firstname	uk=Гжегож	ru=Гжегож	en=Grzegorz	gender=m
fn:dariusz	firstname	uk=Даріуш	ru=Дариуш	en=Dariusz	gender=m
fn:wlodzimierz	firstname	uk=Влодзімеж	ru=Влодзимеж	en=Wlodzimierz|Włodzimierz	gender=m
fn:slawomir	firstname	uk=Славомир	ru=Славомир	en=Slawomir|Sławomir	gender=m
fn:ryszard	firstname	uk=Ришард	ru=Ришард	en=Ryszard	gender=m
fn:milos	firstname	uk=Мілош	ru=Милош	en=Milos|Miloš	gender=m
fn:jiri	firstname	uk=Їржі{x}	ru=Иржи{x}	en=Jiri|Jiří	gender=m
fn:zdenek	firstname	uk=Зденек	ru=Зденек	en=Zdenek|Zdeněk	gender=m
fn:zoltan	firstname	uk=Золтан	ru=Золтан	en=Zoltan|Zoltán	gender=m
fn:laszlo	firstname	uk=Ласло{x}	ru=Ласло{x}	en=Laszlo|László	gender=m
fn:gabor	firstname	uk=Габор	ru=Габор	en=Gabor|Gábor	gender=m
fn:janos	firstname	uk=Янош	ru=Янош	en=Janos|János	gender=m
fn:gyorgy	firstname	uk=Дьордь	ru=Дьёрдь	en=Gyorgy|György	gender=m
fn:sandor	firstname	uk=Шандор	ru=Шандор	en=Sandor|Sándor	gender=m
fn:viorel	firstname	uk=Віорел	ru=Виорел	en=Viorel	gender=m
fn:marcel	firstname	uk=Марчел|Марсель	ru=Марчел|Марсель	en=Marcel	gender=m
fn:traian	firstname	uk=Траян	ru=Траян	en=Traian	gender=m
fn:iohannis	firstname	uk=Йоганніс	ru=Йоханнис	en=Iohannis	gender=m
fn:mihai	firstname	uk=Міхай	ru=Михай	en=Mihai	gender=m
fn:dragos	firstname	uk=Драгош	ru=Драгош	en=Dragos|Dragoș	gender=m
fn:rumen	firstname	uk=Румен	ru=Румен	en=Rumen	gender=m
fn:boyko	firstname	uk=Бойко{x}	ru=Бойко{x}	en=Boyko	gender=m
fn:kiril	firstname	uk=Кирил	ru=Кирил	en=Kiril	gender=m
fn:aleksandar	firstname	uk=Александар	ru=Александар	en=Aleksandar	gender=m
fn:zoran	firstname	uk=Зоран	ru=Зоран	en=Zoran	gender=m
fn:dragan	firstname	uk=Драган	ru=Драган	en=Dragan	gender=m
fn:milo	firstname	uk=Мило{x}	ru=Мило{x}	en=Milo	gender=m
fn:goran	firstname	uk=Горан	ru=Горан	en=Goran	gender=m
fn:branko	firstname	uk=Бранко{x}	ru=Бранко{x}	en=Branko	gender=m
fn:nenad	firstname	uk=Ненад	ru=Ненад	en=Nenad	gender=m
fn:milorad	firstname	uk=Мілорад	ru=Милорад	en=Milorad	gender=m
fn:slobodan	firstname	uk=Слободан	ru=Слободан	en=Slobodan	gender=m
fn:edi	firstname	uk=Едді{x}	ru=Эди{x}	en=Edi	gender=m
fn:ilir	firstname	uk=Ілір	ru=Илир	en=Ilir	gender=m
fn:hashim	firstname	uk=Хашим	ru=Хашим	en=Hashim	gender=m
fn:albin	firstname	uk=Альбін	ru=Альбин	en=Albin	gender=m
fn:kyriakos	firstname	uk=Кіріакос	ru=Кириакос	en=Kyriakos	gender=m
fn:alexis	firstname	uk=Алексіс	ru=Алексис	en=Alexis	gender=m
fn:nikos	firstname	uk=Нікос	ru=Никос	en=Nikos	gender=m
fn:kostas	firstname	uk=Костас	ru=Костас	en=Kostas	gender=m
fn:yanis	firstname	uk=Яніс	ru=Янис	en=Yanis|Yannis|Janis	gender=m
fn:georgios	firstname	uk=Георгіос	ru=Георгиос	en=Georgios	gender=m
fn:sauli	firstname	uk=Саулі{x}	ru=Саули{x}	en=Sauli	gender=m
fn:petteri	firstname	uk=Петтері{x}	ru=Петтери{x}	en=Petteri	gender=m
fn:antti	firstname	uk=Антті{x}	ru=Антти{x}	en=Antti	gender=m
fn:juha	firstname	uk=Юха{m}	ru=Юха{m}	en=Juha	gender=m
fn:mikko	firstname	uk=Мікко{x}	ru=Микко{x}	en=Mikko	gender=m
fn:matti	firstname	uk=Матті{x}	ru=Матти{x}	en=Matti	gender=m
fn:pekka	firstname	uk=Пекка{m}	ru=Пекка{m}	en=Pekka	gender=m
fn:ulf	firstname	uk=Ульф	ru=Ульф	en=Ulf	gender=m
fn:magnus	firstname	uk=Магнус	ru=Магнус	en=Magnus	gender=m
fn:jonas	firstname	uk=Йонас	ru=Йонас	en=Jonas	gender=m
fn:jens	firstname	uk=Єнс|Йенс	ru=Йенс	en=Jens|Yens	gender=m
fn:ole	firstname	uk=Уле{x}|Оле{x}	ru=Уле{x}|Оле{x}	en=Ole	gender=m
fn:rasmus	firstname	uk=Расмус	ru=Расмус	en=Rasmus	gender=m
fn:anders	firstname	uk=Андерс	ru=Андерс	en=Anders	gender=m
fn:frederik	firstname	uk=Фредерік	ru=Фредерик	en=Frederik|Frederick	gender=m
fn:dick	firstname	uk=Дік	ru=Дик	en=Dick	gender=m
fn:willem	firstname	uk=Віллем	ru=Виллем	en=Willem	gender=m
fn:wim	firstname	uk=Вім	ru=Вим	en=Wim	gender=m
fn:geert	firstname	uk=Гірт	ru=Герт	en=Geert	gender=m
fn:guy	firstname	uk=Гі{x}|Гай	ru=Ги{x}|Гай	en=Guy{ctx}	gender=m
fn:ignacio	firstname	uk=Ігнаціо{x}	ru=Игнасио{x}	en=Ignacio	gender=m
fn:inigo	firstname	uk=Іньїго{x}	ru=Иньиго{x}	en=Inigo|Íñigo	gender=m
fn:josep	firstname	uk=Хосеп	ru=Жузеп|Хосеп	en=Josep	gender=m
fn:leo	firstname	uk=Лео{x}	ru=Лео{x}	en=Leo	gender=m
fn:leonardo	firstname	uk=Леонардо{x}	ru=Леонардо{x}	en=Leonardo	gender=m
fn:valdis	firstname	uk=Валдіс	ru=Валдис	en=Valdis	gender=m
fn:artis	firstname	uk=Артіс	ru=Артис	en=Artis	gender=m
fn:christos	firstname	uk=Христос	ru=Христос	en=Christos	gender=m
fn:gunnar	firstname	uk=Гуннар	ru=Гуннар	en=Gunnar	gender=m
fn:abiy	firstname	uk=Абій	ru=Абий	en=Abiy	gender=m
fn:cyril	firstname	uk=Сиріл	ru=Сирил	en=Cyril	gender=m
fn:jacob	firstname	uk=Джейкоб	ru=Джейкоб	en=Jacob	gender=m
fn:nelson	firstname	uk=Нельсон	ru=Нельсон	en=Nelson{ctx}	gender=m
fn:muhammadu	firstname	uk=Мухаммаду{x}	ru=Мухаммаду{x}	en=Muhammadu	gender=m
fn:bola	firstname	uk=Бола{m}	ru=Бола{m}	en=Bola	gender=m
fn:macky	firstname	uk=Макі{x}	ru=Маки{x}	en=Macky	gender=m
fn:assimi	firstname	uk=Ассімі{x}	ru=Ассими{x}	en=Assimi	gender=m
fn:akira	firstname	uk=Акіра{m}	ru=Акира{m}	en=Akira	gender=m
fn:taro	firstname	uk=Таро{x}	ru=Таро{x}	en=Taro	gender=m
fn:giorgio	firstname	uk=Джорджо{x}	ru=Джорджо{x}	en=Giorgio	gender=m
fn:claudio	firstname	uk=Клаудіо{x}	ru=Клаудио{x}	en=Claudio	gender=m
fn:guido	firstname	uk=Ґвідо{x}|Гвідо{x}	ru=Гвидо{x}	en=Guido	gender=m
fn:billy	firstname	uk=Біллі{x}	ru=Билли{x}	en=Billy	gender=m
fn:bobby	firstname	uk=Бобі{x}	ru=Бобби{x}	en=Bobby	gender=m
fn:johnny	firstname	uk=Джонні{x}	ru=Джонни{x}	en=Johnny	gender=m
fn:chuck	firstname	uk=Чак	ru=Чак	en=Chuck	gender=m
fn:pete	firstname	uk=Піт	ru=Пит	en=Pete	gender=m
fn:kash	firstname	uk=Кеш	ru=Кэш	en=Kash	gender=m
fn:vivek	firstname	uk=Вівек	ru=Вивек	en=Vivek	gender=m
fn:earl	firstname	uk=Ерл	ru=Эрл	en=Earl{ctx}	gender=m
fn:elliot	firstname	uk=Елліот	ru=Эллиот	en=Elliot|Elliott	gender=m
fn:josef	firstname	uk=Йозеф	ru=Йозеф	en=Josef	gender=m
fn:alois	firstname	uk=Алоїз	ru=Алоиз	en=Alois	gender=m
fn:werner	firstname	uk=Вернер	ru=Вернер	en=Werner	gender=m
fn:ignazio	firstname	uk=Іньяціо{x}	ru=Иньяцио{x}	en=Ignazio	gender=m
fn:ursula	firstname	uk=Урсула	ru=Урсула	en=Ursula	gender=f
fn:annalena	firstname	uk=Анналена	ru=Анналена	en=Annalena	gender=f
fn:angela	firstname	uk=Ангела|Анджела	ru=Ангела|Анджела	en=Angela	gender=f
fn:kamala	firstname	uk=Камала	ru=Камала	en=Kamala	gender=f
fn:hillary	firstname	uk=Гілларі{x}	ru=Хиллари{x}	en=Hillary|Hilary	gender=f
fn:nancy	firstname	uk=Ненсі{x}	ru=Нэнси{x}	en=Nancy	gender=f
fn:catherine	firstname	uk=Кетрін{x}|Катрін{x}	ru=Кэтрин{x}|Катрин{x}	en=Catherine|Katherine|Kathryn|Katrin	gender=f
fn:kate	firstname	uk=Кейт{x}	ru=Кейт{x}	en=Kate	gender=f
fn:elizabeth	firstname	uk=Елізабет{x}	ru=Элизабет{x}	en=Elizabeth	gender=f
fn:liz	firstname	uk=Ліз{x}	ru=Лиз{x}	en=Liz	gender=f
fn:marine	firstname	uk=Марін{x}	ru=Марин{x}	en=Marine	gender=f
fn:giorgia	firstname	uk=Джорджа	ru=Джорджа	en=Giorgia	gender=f
fn:jessica	firstname	uk=Джессіка	ru=Джессика	en=Jessica	gender=f
fn:jennifer	firstname	uk=Дженніфер{x}	ru=Дженнифер{x}	en=Jennifer	gender=f
fn:sarah	firstname	uk=Сара	ru=Сара	en=Sarah|Sara	gender=f
fn:mary	firstname	uk=Мері{x}	ru=Мэри{x}	en=Mary	gender=f
fn:margaret	firstname	uk=Маргарет{x}	ru=Маргарет{x}	en=Margaret	gender=f
fn:anne	firstname	uk=Анне{x}|Енн{x}|Анн{x}	ru=Анне{x}|Энн{x}|Анн{x}	en=Anne|Ann	gender=f
fn:amy	firstname	uk=Еймі{x}	ru=Эми{x}	en=Amy	gender=f
fn:amanda	firstname	uk=Аманда	ru=Аманда	en=Amanda	gender=f
fn:barbara	firstname	uk=Барбара	ru=Барбара	en=Barbara	gender=f
fn:betty	firstname	uk=Бетті{x}	ru=Бетти{x}	en=Betty	gender=f
fn:brigitte	firstname	uk=Бріджит{x}	ru=Бриджит{x}	en=Brigitte|Bridget	gender=f
fn:brenda	firstname	uk=Бренда	ru=Бренда	en=Brenda	gender=f
fn:carol	firstname	uk=Керол{x}	ru=Кэрол{x}	en=Carol	gender=f
fn:charlotte	firstname	uk=Шарлотта	ru=Шарлотта	en=Charlotte	gender=f
fn:sharon	firstname	uk=Шерон{x}	ru=Шэрон{x}	en=Sharon{ctx}	gender=f
fn:cynthia	firstname	uk=Синтія	ru=Синтия	en=Cynthia	gender=f
fn:deborah	firstname	uk=Дебора	ru=Дебора	en=Deborah|Debra	gender=f
fn:donna	firstname	uk=Донна	ru=Донна	en=Donna	gender=f
fn:dorothy	firstname	uk=Дороті{x}	ru=Дороти{x}	en=Dorothy	gender=f
fn:eleanor	firstname	uk=Елеонора	ru=Элеонора	en=Eleanor|Eleonora	gender=f
fn:emily	firstname	uk=Емілі{x}	ru=Эмили{x}	en=Emily	gender=f
fn:ellen	firstname	uk=Елен{x}|Гелен{x}|Еллен{x}	ru=Элен{x}|Хелен{x}|Эллен{x}	en=Ellen|Helen	gender=f
fn:gisela	firstname	uk=Гізела	ru=Гизела	en=Gisela	gender=f
fn:grace	firstname	uk=Грейс{x}	ru=Грейс{x}	en=Grace{ctx}	gender=f
fn:gretchen	firstname	uk=Гретхен{x}	ru=Гретхен{x}	en=Gretchen	gender=f
fn:greta	firstname	uk=Грета	ru=Грета	en=Greta	gender=f
fn:jane	firstname	uk=Джейн{x}	ru=Джейн{x}	en=Jane	gender=f
fn:janet	firstname	uk=Джанет{x}	ru=Джанет{x}	en=Janet	gender=f
fn:jill	firstname	uk=Джилл{x}	ru=Джилл{x}	en=Jill	gender=f
fn:joan	firstname	uk=Джоан{x}	ru=Джоан{x}	en=Joan	gender=f
fn:julia	firstname	uk=Джулія	ru=Джулия	en=Julia|Giulia	gender=f
fn:julie	firstname	uk=Джулі{x}|Жюлі{x}	ru=Джули{x}|Жюли{x}	en=Julie|Zhiuli|Zhyuli	gender=f
fn:karen_f	firstname	uk=Карен{x}	ru=Карен{x}	en=Karen	gender=f
fn:kimberly	firstname	uk=Кімберлі{x}	ru=Кимберли{x}	en=Kimberly	gender=f
fn:christine	firstname	uk=Крістін{x}|Крістіне{x}	ru=Кристин{x}|Кристине{x}	en=Christine|Kristin	gender=f
fn:laura	firstname	uk=Лаура|Лора	ru=Лаура|Лора	en=Laura|Lora	gender=f
fn:linda	firstname	uk=Лінда	ru=Линда	en=Linda	gender=f
fn:megan	firstname	uk=Меган{x}	ru=Меган{x}	en=Megan|Meghan	gender=f
fn:michelle	firstname	uk=Мішель{x}	ru=Мишель{x}	en=Michelle	gender=f
fn:monica	firstname	uk=Моніка	ru=Моника	en=Monica|Monika	gender=f
fn:nikki	firstname	uk=Ніккі{x}	ru=Никки{x}	en=Nikki	gender=f
fn:olivia	firstname	uk=Олівія	ru=Оливия	en=Olivia	gender=f
fn:pamela	firstname	uk=Памела	ru=Памела	en=Pamela	gender=f
fn:penny	firstname	uk=Пенні{x}	ru=Пенни{x}	en=Penny	gender=f
fn:rachel	firstname	uk=Рейчел{x}	ru=Рэйчел{x}	en=Rachel	gender=f
fn:rebecca	firstname	uk=Ребекка	ru=Ребекка	en=Rebecca	gender=f
fn:ruth	firstname	uk=Рут{x}	ru=Рут{x}|Руфь{f}	en=Ruth{ctx}|Ruf	gender=f
fn:sandra	firstname	uk=Сандра	ru=Сандра	en=Sandra	gender=f
fn:samantha	firstname	uk=Саманта	ru=Саманта	en=Samantha	gender=f
fn:stephanie	firstname	uk=Стефані{x}	ru=Стефани{x}	en=Stephanie	gender=f
fn:susan	firstname	uk=Сюзан{x}	ru=Сьюзан{x}	en=Susan	gender=f
fn:tina	firstname	uk=Тіна	ru=Тина	en=Tina	gender=f
fn:tulsi	firstname	uk=Тулсі{x}	ru=Тулси{x}	en=Tulsi	gender=f
fn:wendy	firstname	uk=Венді{x}	ru=Венди{x}	en=Wendy	gender=f
fn:katie	firstname	uk=Кеті{x}	ru=Кэти{x}	en=Katie|Kathy	gender=f
fn:kristi	firstname	uk=Кристі{x}	ru=Кристи{x}	en=Kristi|Kristy	gender=f
fn:kirsten	firstname	uk=Кірстен{x}	ru=Кирстен{x}	en=Kirsten	gender=f
fn:jacinda	firstname	uk=Джасінда	ru=Джасинда	en=Jacinda	gender=f
fn:margrethe	firstname	uk=Маргрете{x}	ru=Маргрете{x}	en=Margrethe	gender=f
fn:mette	firstname	uk=Метте{x}	ru=Метте{x}	en=Mette	gender=f
fn:sanna	firstname	uk=Санна	ru=Санна	en=Sanna	gender=f
fn:magdalena	firstname	uk=Магдалена	ru=Магдалена	en=Magdalena	gender=f
fn:ebba	firstname	uk=Ебба	ru=Эбба	en=Ebba	gender=f
fn:erna	firstname	uk=Ерна	ru=Эрна	en=Erna	gender=f
fn:tarja	firstname	uk=Тарья	ru=Тарья	en=Tarja	gender=f
fn:ingrid	firstname	uk=Інгрід{x}	ru=Ингрид{x}	en=Ingrid	gender=f
fn:katarina	firstname	uk=Катарина	ru=Катарина	en=Katarina|Katharina	gender=f
fn:kristalina	firstname	uk=Кристалина	ru=Кристалина	en=Kristalina	gender=f
fn:elzbieta	firstname	uk=Ельжбета	ru=Эльжбета	en=Elzbieta|Elżbieta	gender=f
fn:beata	firstname	uk=Беата	ru=Беата	en=Beata	gender=f
fn:agnieszka	firstname	uk=Агнешка|Аґнешка	ru=Агнешка	en=Agnieszka|Agneshka	gender=f
fn:malgorzata	firstname	uk=Малгожата	ru=Малгожата	en=Malgorzata|Małgorzata	gender=f
fn:joanna	firstname	uk=Йоанна	ru=Йоанна|Иоанна	en=Joanna|Ioanna	gender=f
fn:katarzyna	firstname	uk=Катажина	ru=Катажина	en=Katarzyna	gender=f
fn:zuzana	firstname	uk=Зузана	ru=Зузана	en=Zuzana	gender=f
fn:roberta	firstname	uk=Роберта	ru=Роберта	en=Roberta	gender=f
fn:franziska	firstname	uk=Франциска	ru=Франциска	en=Franziska	gender=f
fn:sahra	firstname	uk=Сахра	ru=Сахра	en=Sahra	gender=f
fn:saskia	firstname	uk=Саскія	ru=Саския	en=Saskia	gender=f
fn:svenja	firstname	uk=Свенья	ru=Свенья	en=Svenja	gender=f
fn:elke	firstname	uk=Ельке{x}	ru=Эльке{x}	en=Elke	gender=f
fn:heike	firstname	uk=Гайке{x}	ru=Хайке{x}	en=Heike	gender=f
fn:susanne	firstname	uk=Сюзанне{x}	ru=Сюзанне{x}	en=Susanne	gender=f
fn:iris	firstname	uk=Ірис{x}{ctx}	ru=Ирис{x}{ctx}	en=Iris{ctx}	gender=f
fn:carmen	firstname	uk=Кармен{x}	ru=Кармен{x}	en=Carmen	gender=f
fn:dolores	firstname	uk=Долорес{x}	ru=Долорес{x}	en=Dolores{ctx}	gender=f
fn:mercedes	firstname	uk=Мерседес{x}{ctx}	ru=Мерседес{x}{ctx}	en=Mercedes{ctx}	gender=f
fn:isabel	firstname	uk=Ізабель{x}	ru=Изабель{x}	en=Isabel|Isabelle	gender=f
fn:beatriz	firstname	uk=Беатріс{x}	ru=Беатрис{x}	en=Beatriz|Beatrice	gender=f
fn:letizia	firstname	uk=Летиція	ru=Летиция	en=Letizia|Leticia	gender=f
fn:lucia	firstname	uk=Лусія|Люція|Луція	ru=Лусия|Люция	en=Lucia|Lucía|Liutsiia|Lutsiia|Lyutsiya	gender=f
fn:dilma	firstname	uk=Ділма	ru=Дилма	en=Dilma	gender=f
fn:claudia	firstname	uk=Клаудія	ru=Клаудия	en=Claudia	gender=f
fn:shirley	firstname	uk=Ширлі{x}	ru=Ширли{x}	en=Shirley	gender=f
fn:ella	firstname	uk=Елла	ru=Элла	en=Ella	gender=f
fn:ava	firstname	uk=Ава	ru=Ава	en=Ava	gender=f
fn:mia	firstname	uk=Мія	ru=Мия	en=Mia	gender=f
fn:sophie	firstname	uk=Софі{x}	ru=Софи{x}	en=Sophie	gender=f
fn:claire	firstname	uk=Клер{x}	ru=Клэр{x}	en=Claire|Clare	gender=f
fn:natalie	firstname	uk=Наталі{x}	ru=Натали{x}	en=Natalie|Nathalie	gender=f
fn:segolene	firstname	uk=Сеголен{x}	ru=Сеголен{x}	en=Segolene|Ségolène	gender=f
fn:francoise	firstname	uk=Франсуаза	ru=Франсуаза	en=Francoise|Françoise	gender=f
fn:sylvie	firstname	uk=Сільві{x}	ru=Сильви{x}	en=Sylvie	gender=f
fn:valerie	firstname	uk=Валері{x}	ru=Валери{x}	en=Valerie|Valérie	gender=f
fn:martine	firstname	uk=Мартін{x}	ru=Мартин{x}	en=Martine	gender=f
fn:marie	firstname	uk=Марі{x}	ru=Мари{x}	en=Marie	gender=f
fn:amelie	firstname	uk=Амелі{x}	ru=Амели{x}	en=Amelie|Amélie	gender=f
fn:aurelie	firstname	uk=Орелі{x}	ru=Орели{x}	en=Aurelie|Aurélie	gender=f
fn:rachida	firstname	uk=Рашида	ru=Рашида	en=Rachida	gender=f
fn:rita	firstname	uk=Ріта|Рита	ru=Рита	en=Rita|Ryta	gender=f
fn:paola	firstname	uk=Паола	ru=Паола	en=Paola	gender=f
fn:francesca	firstname	uk=Франческа	ru=Франческа	en=Francesca	gender=f
fn:chiara	firstname	uk=Кьяра	ru=Кьяра	en=Chiara	gender=f
fn:silvia	firstname	uk=Сільвія	ru=Сильвия	en=Silvia|Sylvia	gender=f
fn:mara	firstname	uk=Мара	ru=Мара	en=Mara	gender=f
fn:ana	firstname	uk=Ана	ru=Ана	en=Ana	gender=f
fn:johanna	firstname	uk=Йоханна	ru=Йоханна	en=Johanna	gender=f
fn:simonetta	firstname	uk=Сімонетта	ru=Симонетта	en=Simonetta	gender=f
fn:viola	firstname	uk=Віола{ctx}	ru=Виола{ctx}	en=Viola{ctx}	gender=f
fn:helle	firstname	uk=Гелле{x}	ru=Хелле{x}	en=Helle	gender=f
fn:inger	firstname	uk=Інгер{x}	ru=Ингер{x}	en=Inger	gender=f
fn:ayse	firstname	uk=Айше{x}	ru=Айше{x}	en=Ayse|Ayşe	gender=f
fn:meral	firstname	uk=Мерал{x}	ru=Мерал{x}	en=Meral	gender=f
fn:zeynep	firstname	uk=Зейнеп{x}	ru=Зейнеп{x}	en=Zeynep	gender=f
fn:golda	firstname	uk=Голда	ru=Голда	en=Golda	gender=f
fn:tzipi	firstname	uk=Ципі{x}	ru=Ципи{x}	en=Tzipi	gender=f
fn:ayelet	firstname	uk=Айелет{x}	ru=Айелет{x}	en=Ayelet	gender=f
fn:rania	firstname	uk=Ранія	ru=Рания	en=Rania	gender=f
fn:benazir	firstname	uk=Беназір{x}	ru=Беназир{x}	en=Benazir	gender=f
fn:indira	firstname	uk=Індіра	ru=Индира	en=Indira	gender=f
fn:sonia	firstname	uk=Соня	ru=Соня	en=Sonia|Sonya	gender=f
fn:yuko	firstname	uk=Юко{x}	ru=Юко{x}	en=Yuko	gender=f
fn:sanae	firstname	uk=Санае{x}	ru=Санаэ{x}	en=Sanae	gender=f
fn:madeleine	firstname	uk=Мадлен{x}|Мадлена	ru=Мадлен{x}	en=Madeleine|Madeline|Madlena	gender=f
fn:condoleezza	firstname	uk=Кондоліза	ru=Кондолиза	en=Condoleezza	gender=f
fn:gina	firstname	uk=Джина	ru=Джина	en=Gina	gender=f
fn:kemi	firstname	uk=Кемі{x}	ru=Кеми{x}	en=Kemi	gender=f
fn:priti	firstname	uk=Прітті{x}	ru=Прити{x}	en=Priti	gender=f
fn:suella	firstname	uk=Суелла	ru=Суэлла	en=Suella	gender=f
fn:nicola	firstname	uk=Нікола	ru=Никола	en=Nicola	gender=f
fn:yvette	firstname	uk=Івет{x}	ru=Иветт{x}	en=Yvette	gender=f
fn:ilhan	firstname	uk=Ілхан{x}	ru=Ильхан{x}	en=Ilhan	gender=f
fn:alexandria	firstname	uk=Александрія	ru=Александрия	en=Alexandria	gender=f
fn:maureen	firstname	uk=Морін{x}	ru=Морин{x}	en=Maureen	gender=f
fn:marilyn	firstname	uk=Мерилін{x}|Мерлін{x}	ru=Мэрилин{x}	en=Marilyn	gender=f
fn:sheila	firstname	uk=Шейла	ru=Шейла	en=Sheila	gender=f
fn:kerry	firstname	uk=Керрі{x}	ru=Керри{x}	en=Kerry{ctx}|Carrie	gender=f
fn:heather	firstname	uk=Хізер{x}	ru=Хизер{x}	en=Heather	gender=f
fn:ashley	firstname	uk=Ешлі{x}	ru=Эшли{x}	en=Ashley	gender=f
fn:brittany	firstname	uk=Бріттані{x}	ru=Бритни{x}	en=Brittany|Britney	gender=f
fn:taylor	firstname	uk=Тейлор{x}	ru=Тейлор{x}	en=Taylor{ctx}	gender=f
fn:courtney	firstname	uk=Кортні{x}	ru=Кортни{x}	en=Courtney	gender=f
fn:daisy	firstname	uk=Дейзі{x}	ru=Дейзи{x}	en=Daisy	gender=f
fn:benedict	firstname	uk=Бенедикт	ru=Бенедикт	en=Benedict|Benedikt	gender=m
fn:abu	firstname	uk=Абу{x}	ru=Абу{x}	en=Abu	gender=m
fn:ratko	firstname	uk=Ратко{x}	ru=Ратко{x}	en=Ratko	gender=m
fn:radovan	firstname	uk=Радован	ru=Радован	en=Radovan	gender=m
fn:harvey	firstname	uk=Гарві{x}	ru=Харви{x}	en=Harvey	gender=m
fn:julio	firstname	uk=Хуліо{x}	ru=Хулио{x}	en=Julio	gender=m
fn:cristiano	firstname	uk=Кріштіану{x}	ru=Криштиану{x}	en=Cristiano	gender=m
fn:demis	firstname	uk=Деміс	ru=Демис	en=Demis	gender=m
fn:charlie	firstname	uk=Чарлі{x}	ru=Чарли{x}	en=Charlie	gender=m
fn:edgar	firstname	uk=Едгар	ru=Эдгар	en=Edgar	gender=m
fn:salvador	firstname	uk=Сальвадор	ru=Сальвадор	en=Salvador	gender=m
fn:lionel	firstname	uk=Ліонель	ru=Лионель	en=Lionel	gender=m
fn:lino	firstname	uk=Ліно{x}	ru=Лино{x}	en=Lino	gender=m
fn:leonard	firstname	uk=Леонард	ru=Леонард	en=Leonard	gender=m
fn:kobe	firstname	uk=Кобі{x}	ru=Коби{x}	en=Kobe|Kobi	gender=m
fn:dario	firstname	uk=Даріо{x}	ru=Дарио{x}	en=Dario	gender=m
fn:andy	firstname	uk=Енді{x}	ru=Энди{x}	en=Andy	gender=m
fn:elton	firstname	uk=Елтон	ru=Элтон	en=Elton	gender=m
fn:harper	firstname	uk=Гарпер	ru=Харпер	en=Harper	gender=m
fn:frankie	firstname	uk=Френкі{x}	ru=Фрэнки{x}	en=Frankie	gender=m
fn:mick	firstname	uk=Мік	ru=Мик	en=Mick	gender=m
fn:quentin	firstname	uk=Квентін	ru=Квентин	en=Quentin	gender=m
fn:karel	firstname	uk=Карел	ru=Карел	en=Karel	gender=m
fn:imre	firstname	uk=Імре{x}	ru=Имре{x}	en=Imre	gender=m
fn:ashton	firstname	uk=Ештон	ru=Эштон	en=Ashton	gender=m
fn:emmerson	firstname	uk=Еммерсон	ru=Эммерсон	en=Emmerson	gender=m
fn:chester	firstname	uk=Честер	ru=Честер	en=Chester	gender=m
fn:tyson	firstname	uk=Тайсон	ru=Тайсон	en=Tyson	gender=m
fn:stanley	firstname	uk=Стенлі{x}	ru=Стэнли{x}	en=Stanley	gender=m
fn:rami	firstname	uk=Рамі{x}	ru=Рами{x}	en=Rami	gender=m
fn:carson	firstname	uk=Карсон	ru=Карсон	en=Carson	gender=m
fn:thaksin	firstname	uk=Таксін	ru=Таксин	en=Thaksin	gender=m
fn:yasser	firstname	uk=Ясір	ru=Ясир	en=Yasser|Yasir	gender=m
fn:franciszek	firstname	uk=Францішек	ru=Францишек	en=Franciszek	gender=m
fn:tadeusz	firstname	uk=Тадеуш	ru=Тадеуш	en=Tadeusz	gender=m
fn:fryderyk	firstname	uk=Фридерик	ru=Фридерик	en=Fryderyk	gender=m
fn:leszek	firstname	uk=Лешек	ru=Лешек	en=Leszek	gender=m
fn:thibault	firstname	uk=Тібо{x}	ru=Тибо{x}	en=Thibault|Thibaut	gender=m
fn:soren	firstname	uk=Сорен	ru=Сёрен	en=Soren|Søren	gender=m
fn:onur	firstname	uk=Онур	ru=Онур	en=Onur	gender=m
fn:ofer	firstname	uk=Офер	ru=Офер	en=Ofer	gender=m
fn:prakash	firstname	uk=Пракаш	ru=Пракаш	en=Prakash	gender=m
fn:hiroshi	firstname	uk=Хіроші{x}|Хіросі{x}	ru=Хироси{x}	en=Hiroshi	gender=m
fn:takeshi	firstname	uk=Такеші{x}|Такесі{x}	ru=Такеси{x}	en=Takeshi	gender=m
fn:yukiya	firstname	uk=Юкія{m}	ru=Юкия{m}	en=Yukiya	gender=m
fn:kenji	firstname	uk=Кендзі{x}	ru=Кэндзи{x}	en=Kenji	gender=m
fn:ichiro	firstname	uk=Ічіро{x}|Ітіро{x}	ru=Итиро{x}	en=Ichiro	gender=m
fn:julian	firstname	uk=Джуліан	ru=Джулиан	en=Julian	gender=m
fn:denzel	firstname	uk=Дензел	ru=Дензел	en=Denzel	gender=m
fn:max	firstname	uk=Макс	ru=Макс	en=Max	gender=m
fn:moritz	firstname	uk=Моріц	ru=Мориц	en=Moritz	gender=m
fn:fabian	firstname	uk=Фабіан	ru=Фабиан	en=Fabian	gender=m
fn:tobias	firstname	uk=Тобіас	ru=Тобиас	en=Tobias	gender=m
fn:niklas	firstname	uk=Ніклас	ru=Никлас	en=Niklas	gender=m
fn:wolf	firstname	uk=Вольф	ru=Вольф	en=Wolf	gender=m
fn:omar	firstname	uk=Омар	ru=Омар	en=Omar	gender=m
fn:khaled	firstname	uk=Халед	ru=Халед	en=Khaled|Khalid	gender=m
fn:walid	firstname	uk=Валід	ru=Валид	en=Walid	gender=m
fn:youssef	firstname	uk=Юсеф	ru=Юсеф	en=Youssef|Yousef	gender=m
fn:nabil	firstname	uk=Набіль	ru=Набиль	en=Nabil	gender=m
fn:sami	firstname	uk=Самі{x}	ru=Сами{x}	en=Sami	gender=m
fn:zeev	firstname	uk=Зеєв	ru=Зеэв	en=Zeev	gender=m
fn:serena	firstname	uk=Серена	ru=Серена	en=Serena	gender=f
fn:whitney	firstname	uk=Вітні{x}	ru=Уитни{x}	en=Whitney	gender=f
fn:peggy	firstname	uk=Пеггі{x}	ru=Пегги{x}	en=Peggy	gender=f
fn:corazon	firstname	uk=Корасон{x}	ru=Корасон{x}	en=Corazon	gender=f
fn:erin	firstname	uk=Ерін{x}	ru=Эрин{x}	en=Erin	gender=f
fn:marissa	firstname	uk=Марісса	ru=Марисса	en=Marissa	gender=f
fn:eliana	firstname	uk=Еліана	ru=Элиана	en=Eliana	gender=f
fn:chelsea	firstname	uk=Челсі{x}	ru=Челси{x}	en=Chelsea	gender=f
fn:karin	firstname	uk=Карін{x}	ru=Карин{x}	en=Karin	gender=f
fn:yingluck	firstname	uk=Йінглак{x}	ru=Йинглак{x}	en=Yingluck	gender=f
fn:anelia	firstname	uk=Анелія	ru=Анелия	en=Anelia	gender=f
fn:maeve	firstname	uk=Мейв{x}	ru=Мейв{x}	en=Maeve	gender=f
fn:scarlett	firstname	uk=Скарлетт{x}	ru=Скарлетт{x}	en=Scarlett	gender=f
fn:beyonce	firstname	uk=Бейонсе{x}	ru=Бейонсе{x}	en=Beyonce|Beyoncé	gender=f
fn:madonna	firstname	uk=Мадонна	ru=Мадонна	en=Madonna	gender=f
fn:oprah	firstname	uk=Опра	ru=Опра	en=Oprah	gender=f
fn:naomi	firstname	uk=Наомі{x}	ru=Наоми{x}	en=Naomi	gender=f
fn:hannah	firstname	uk=Ханна	ru=Ханна	en=Hannah	gender=f
fn:yasmin	firstname	uk=Ясмін{x}	ru=Ясмин{x}	en=Yasmin|Yasmine	gender=f
fn:nour	firstname	uk=Нур{x}	ru=Нур{x}	en=Nour|Nur	gender=f

# --- more international names: Polish, German, French, Italian, Scandinavian,
# Hungarian, Balkan, Biblical and Latin church names
fn:jozef	firstname	uk=Юзеф	ru=Юзеф	en=Józef|Jozef|Yuzef	gender=m
fn:zdzislaw	firstname	uk=Здзіслав	ru=Здзислав	en=Zdzisław|Zdzislaw	gender=m
fn:zygmunt	firstname	uk=Зигмунд|Зиґмунд	ru=Зигмунд	en=Zygmunt|Sigmund|Zyhmund	gender=m
fn:sigismund	firstname	uk=Сигізмунд	ru=Сигизмунд	en=Sigismund|Zygmunt|Syhizmund	gender=m
fn:leopold	firstname	uk=Леопольд	ru=Леопольд	en=Leopold	gender=m
fn:wilhelm	firstname	uk=Вільгельм	ru=Вильгельм	en=Wilhelm|Vilhelm	gender=m
fn:ludwik	firstname	uk=Людвік	ru=Людвик	en=Ludwik|Liudvik	gender=m
fn:kornel	firstname	uk=Корнель	ru=Корнель	en=Kornel|Kornél|Cornel	gender=m
fn:christoph	firstname	uk=Христоф	ru=Христоф	en=Christoph|Khrystof	gender=m
fn:krystof	firstname	uk=Кристоф	ru=Кристоф	en=Krystof|Kryštof|Christophe	gender=m
fn:ignacy	firstname	uk=Ігнацій	ru=Игнаций	en=Ignacy|Ihnatsii	gender=m
fn:kazimierz	firstname	uk=Казимеж	ru=Казимеж	en=Kazimierz|Kazymezh	gender=m
fn:adolf	firstname	uk=Адольф	ru=Адольф	en=Adolf|Adolph	gender=m
fn:alfons	firstname	uk=Альфонс	ru=Альфонс	en=Alfons|Alphonse|Alfonso	gender=m
fn:berthold	firstname	uk=Бертольд	ru=Бертольд	en=Berthold|Bertold	gender=m
fn:edmund	firstname	uk=Едмунд	ru=Эдмунд	en=Edmund	gender=m
fn:erasmus	firstname	uk=Еразм	ru=Эразм	en=Erasmus|Erazm	gender=m
fn:ernst	firstname	uk=Ернст	ru=Эрнст	en=Ernst	gender=m
fn:eugeniusz	firstname	uk=Євгеніуш	ru=Евгениуш	en=Eugeniusz|Yevheniush	gender=m
fn:konrad	firstname	uk=Конрад	ru=Конрад	en=Konrad|Conrad	gender=m
fn:matej	firstname	uk=Матей	ru=Матей	en=Matej|Matei|Matěj	gender=m
fn:przemyslaw	firstname	uk=Пшемислав	ru=Пшемыслав	en=Przemysław|Przemyslaw|Pshemyslav	gender=m
fn:tymoteusz	firstname	uk=Тимотеуш	ru=Тимотеуш	en=Tymoteusz|Tymoteush	gender=m
fn:henryk	firstname	uk=Хенрик	ru=Хенрик	en=Henryk|Khenryk	gender=m
fn:wincenty	firstname	uk=Вінцент	ru=Винцент	en=Wincenty|Vincent|Vintsent	gender=m
fn:mariusz	firstname	uk=Маріуш	ru=Мариуш	en=Mariusz|Mariush	gender=m
fn:bartosz	firstname	uk=Бартош	ru=Бартош	en=Bartosz|Bartosh	gender=m
fn:zbyszek	firstname	uk=Збишек	ru=Збышек	en=Zbyszek|Zbyshek	gender=m
fn:anatol	firstname	uk=Анатоль	ru=Анатоль	en=Anatol|Anatole	gender=m
fn:mircea	firstname	uk=Мирча{m}	ru=Мирча{m}	en=Mircea|Myrcha	gender=m
fn:bela	firstname	uk=Бела{m}{ctx}	ru=Бела{m}{ctx}	en=Béla|Bela{ctx}	gender=m
fn:istvan	firstname	uk=Іштван	ru=Иштван	en=István|Istvan	gender=m
fn:ferenc	firstname	uk=Ференц	ru=Ференц	en=Ferenc	gender=m
fn:arpad	firstname	uk=Арпад	ru=Арпад	en=Árpád|Arpad	gender=m
fn:zlatko	firstname	uk=Златко	ru=Златко{x}	en=Zlatko	gender=m
fn:zdravko	firstname	uk=Здравко	ru=Здравко{x}	en=Zdravko	gender=m
fn:hristo	firstname	uk=Христо	ru=Христо{x}	en=Hristo|Khristo|Khrysto	gender=m
fn:todor	firstname	uk=Тодор	ru=Тодор	en=Todor	gender=m
fn:georgi	firstname	uk=Георгі	ru=Георги{x}	en=Georgi|Heorhi	gender=m
fn:petar	firstname	uk=Петар	ru=Петар	en=Petar	gender=m
fn:vuk	firstname	uk=Вук	ru=Вук	en=Vuk	gender=m
fn:vojislav	firstname	uk=Воїслав	ru=Воислав	en=Vojislav|Voislav	gender=m
fn:oswald	firstname	uk=Освальд	ru=Освальд	en=Oswald|Osvald	gender=m
fn:siegfried	firstname	uk=Зіґфрід|Зігфрід	ru=Зигфрид	en=Siegfried|Zigfrid	gender=m
fn:gottfried	firstname	uk=Готфрід	ru=Готфрид	en=Gottfried|Hotfrid	gender=m
fn:hieronymus	firstname	uk=Ієронім	ru=Иероним	en=Hieronymus|Jerome|Iieronim	gender=m
fn:augustina	firstname	uk=Августина	ru=Августина	en=Augustina|Avhustyna	gender=f
fn:augustine	firstname	uk=Августин	ru=Августин	en=Augustine|Augustin|Avhustyn	gender=m
fn:amadeus	firstname	uk=Амадей	ru=Амадей	en=Amadeus|Amadei	gender=m
fn:ambrose	firstname	uk=Амброзій	ru=Амброзий	en=Ambrose|Ambroży|Ambrozii	gender=m
fn:boniface	firstname	uk=Боніфацій	ru=Бонифаций	en=Boniface|Bonifatius|Bonifatsii	gender=m
fn:desiderius	firstname	uk=Дезидерій	ru=Дезидерий	en=Desiderius|Dezyderii	gender=m
fn:yevsevii	firstname	uk=Євсевій	ru=Евсевий	en=Yevsevii|Yevseviy|Eusebius	gender=m
fn:lukiian	firstname	uk=Лукіан	ru=Лукиан	en=Lukiian|Lucian	gender=m
fn:maximilian	firstname	uk=Максиміліан	ru=Максимилиан	en=Maximilian|Maksymilian	gender=m
fn:nikanor	firstname	uk=Ніканор	ru=Никанор	en=Nikanor	gender=m
fn:pafnutii	firstname	uk=Пафнутій	ru=Пафнутий	en=Pafnutii|Pafnutiy	gender=m
fn:romuald	firstname	uk=Ромуальд	ru=Ромуальд	en=Romuald	gender=m
fn:teofil	firstname	uk=Теофіл	ru=Теофил	en=Teofil|Theophil	gender=m
fn:feofil	firstname	uk=Феофіл	ru=Феофил	en=Feofil	gender=m
fn:tiberius	firstname	uk=Тиберій	ru=Тиберий	en=Tiberius|Tyberii	gender=m
fn:justinian	firstname	uk=Юстиніан	ru=Юстиниан	en=Justinian|Yustynian	gender=m
fn:danuta	firstname	uk=Данута	ru=Данута	en=Danuta	gender=f
fn:zofia	firstname	uk=Зофія	ru=Зофья	en=Zofia|Zofiia	gender=f
fn:urszula	firstname	uk=Уршуля	ru=Уршуля	en=Urszula|Urshulia	gender=f
fn:magda	firstname	uk=Магда	ru=Магда	en=Magda	gender=f
fn:gerda	firstname	uk=Герда	ru=Герда	en=Gerda|Herda	gender=f
fn:ilse	firstname	uk=Ільза	ru=Ильза	en=Ilse|Ilza	gender=f
fn:hilda	firstname	uk=Гільда|Хільда	ru=Хильда	en=Hilda	gender=f
fn:kunigunde	firstname	uk=Кунігунда	ru=Кунигунда	en=Kunigunde|Kunihunda	gender=f
fn:brunhilde	firstname	uk=Брунгільда	ru=Брунгильда	en=Brunhilde|Brunhild	gender=f
fn:rosalind	firstname	uk=Розалінда	ru=Розалинда	en=Rosalind|Rosalinda	gender=f
fn:wilhelmina	firstname	uk=Вільгельміна	ru=Вильгельмина	en=Wilhelmina|Vilhelmina	gender=f
fn:amelia	firstname	uk=Амелія	ru=Амелия	en=Amelia|Ameliia	gender=f
fn:miriam	firstname	uk=Міріам{f}	ru=Мириам{f}	en=Miriam	gender=f
fn:leah	firstname	uk=Лія	ru=Лия	en=Leah|Liia|Liya	gender=f
fn:judith	firstname	uk=Юдит{f}|Юдиф{f}	ru=Юдифь{f}	en=Judith|Yudyt	gender=f
fn:noemi	firstname	uk=Ноемі{x}	ru=Ноеми{x}	en=Noemi|Naomi	gender=f
fn:hlikeriia	firstname	uk=Глікерія	ru=Гликерия	en=Hlikeriia|Glikeriya|Glykeria	gender=f
fn:yevfymiia	firstname	uk=Євфимія	ru=Евфимия	en=Yevfymiia|Yevfimiya|Euphemia	gender=f
fn:daniela	firstname	uk=Данієла|Даніела	ru=Даниэла	en=Daniela|Daniiela	gender=f
fn:eliza	firstname	uk=Еліза	ru=Элиза	en=Eliza	gender=f
fn:esmeralda	firstname	uk=Есмеральда	ru=Эсмеральда	en=Esmeralda	gender=f
fn:jasmine	firstname	uk=Жасмін{f}{ctx}	ru=Жасмин{f}{ctx}	en=Jasmine{ctx}|Zhasmin{ctx}	gender=f
fn:odile	firstname	uk=Оділія	ru=Одилия	en=Odile|Odilia	gender=f
fn:ophelia	firstname	uk=Офелія	ru=Офелия	en=Ophelia|Ofeliia	gender=f
fn:penelope	firstname	uk=Пенелопа	ru=Пенелопа	en=Penelope|Penelopa	gender=f
fn:severyna	firstname	uk=Северина	ru=Северина	en=Severyna|Severina|Seweryna	gender=f
fn:taisa	firstname	uk=Таїса	ru=Таиса	en=Taisa	gender=f
fn:flora	firstname	uk=Флора{ctx}	ru=Флора{ctx}	en=Flora{ctx}	gender=f
fn:celina	firstname	uk=Целіна	ru=Целина	en=Celina|Tselina	gender=f
fn:jozefa	firstname	uk=Юзефа	ru=Юзефа	en=Józefa|Jozefa|Yuzefa	gender=f
fn:genowefa	firstname	uk=Геновефа	ru=Геновефа	en=Genowefa|Genevieve|Henovefa	gender=f
fn:franciszka	firstname	uk=Францішка	ru=Францишка	en=Franciszka|Frantsishka	gender=f
fn:zuzanna	firstname	uk=Зузанна	ru=Зузанна	en=Zuzanna	gender=f
fn:andriana	firstname	uk=Андріана	ru=Андриана	en=Andriana	gender=f
fn:astrid	firstname	uk=Астрід{f}	ru=Астрид{f}	en=Astrid	gender=f
fn:erika	firstname	uk=Еріка	ru=Эрика	en=Erika|Erica	gender=f
fn:marcelina	firstname	uk=Марцеліна	ru=Марцелина	en=Marcelina|Martselina	gender=f
fn:melissa	firstname	uk=Мелісса|Меліса	ru=Мелисса	en=Melissa	gender=f
fn:paula	firstname	uk=Паула	ru=Паула	en=Paula	gender=f
fn:adele	firstname	uk=Адель{f}	ru=Адель{f}	en=Adele|Adèle|Adel	gender=f
fn:annette	firstname	uk=Аннета|Аннет{x}	ru=Аннета	en=Annette|Anneta	gender=f
fn:anetta	firstname	uk=Анетта	ru=Анетта	en=Anetta	gender=f
fn:nicole	firstname	uk=Ніколь{x}	ru=Николь{x}	en=Nicole	gender=f
fn:colette	firstname	uk=Колетт{x}	ru=Колетт{x}	en=Colette	gender=f
fn:lucy	firstname	uk=Люсі{x}	ru=Люси{x}	en=Lucy|Lucie	gender=f
fn:sally	firstname	uk=Саллі{x}	ru=Салли{x}	en=Sally	gender=f
fn:margot	firstname	uk=Марго{x}	ru=Марго{x}	en=Margot|Margo	gender=f
fn:cecile	firstname	uk=Сесіль{x}	ru=Сесиль{x}	en=Cécile|Cecile	gender=f
fn:giselle	firstname	uk=Жизель{x}	ru=Жизель{x}	en=Giselle|Gisèle	gender=f
fn:simona	firstname	uk=Сімона	ru=Симона	en=Simona|Simone	gender=f
fn:hannelore	firstname	uk=Ганнелора	ru=Ханнелоре{x}	en=Hannelore	gender=f
fn:bettina	firstname	uk=Беттіна	ru=Беттина	en=Bettina	gender=f
fn:corinna	firstname	uk=Корінна	ru=Коринна	en=Corinna|Korinna	gender=f
fn:liselotte	firstname	uk=Лізелотта	ru=Лизелотта	en=Liselotte	gender=f
fn:antoine	firstname	uk=Антуан	ru=Антуан	en=Antoine	gender=m
fn:jules	firstname	uk=Жюль	ru=Жюль	en=Jules	gender=m
fn:gaston	firstname	uk=Гастон	ru=Гастон	en=Gaston	gender=m
fn:auguste	firstname	uk=Огюст	ru=Огюст	en=Auguste	gender=m
fn:etienne	firstname	uk=Етьєн	ru=Этьен	en=Étienne|Etienne	gender=m
fn:lucien	firstname	uk=Люсьєн	ru=Люсьен	en=Lucien	gender=m
fn:remi	firstname	uk=Ремі{x}	ru=Реми{x}	en=Rémi|Remi|Remy	gender=m
fn:fritz	firstname	uk=Фріц	ru=Фриц	en=Fritz	gender=m
fn:kurt	firstname	uk=Курт	ru=Курт	en=Kurt	gender=m
fn:joachim	firstname	uk=Йоахім	ru=Иоахим	en=Joachim	gender=m
fn:hannes	firstname	uk=Ганнес	ru=Ханнес	en=Hannes	gender=m
fn:adalbert	firstname	uk=Адальберт	ru=Адальберт	en=Adalbert	gender=m
fn:anselm	firstname	uk=Ансельм	ru=Ансельм	en=Anselm	gender=m
fn:willi	firstname	uk=Віллі{x}	ru=Вилли{x}	en=Willi|Willy	gender=m
fn:emanuel	firstname	uk=Емануель	ru=Эмануэль	en=Emanuel	gender=m
fn:diogo	firstname	uk=Діого{x}	ru=Диогу{x}	en=Diogo	gender=m
fn:tommaso	firstname	uk=Томмазо{x}	ru=Томмазо{x}	en=Tommaso	gender=m
fn:giacomo	firstname	uk=Джакомо{x}	ru=Джакомо{x}	en=Giacomo	gender=m
fn:vittorio	firstname	uk=Вітторіо{x}	ru=Витторио{x}	en=Vittorio	gender=m
fn:umberto	firstname	uk=Умберто{x}	ru=Умберто{x}	en=Umberto	gender=m
fn:federico	firstname	uk=Федеріко{x}	ru=Федерико{x}	en=Federico	gender=m
fn:niccolo	firstname	uk=Ніколо{x}	ru=Никколо{x}	en=Niccolò|Niccolo	gender=m
fn:dante	firstname	uk=Данте{x}	ru=Данте{x}	en=Dante	gender=m
fn:ernesto	firstname	uk=Ернесто{x}	ru=Эрнесто{x}	en=Ernesto	gender=m
fn:sven	firstname	uk=Свен	ru=Свен	en=Sven	gender=m
fn:nils	firstname	uk=Нільс	ru=Нильс	en=Nils	gender=m
fn:knut	firstname	uk=Кнут{ctx}	ru=Кнут{ctx}	en=Knut{ctx}	gender=m
fn:bjorn	firstname	uk=Бьорн	ru=Бьёрн	en=Bjørn|Björn|Bjorn	gender=m
fn:sverre	firstname	uk=Сверре{x}	ru=Сверре{x}	en=Sverre	gender=m
fn:einar	firstname	uk=Ейнар	ru=Эйнар	en=Einar	gender=m

# --- more international given names met in Ukrainian and Russian news and books
fn:sanjeev	firstname	uk=Санджив|Санджів	ru=Санджив	en=Sanjeev|Sanjiv	gender=m
fn:ayn	firstname	uk=Айн{x}	ru=Айн{x}	en=Ayn	gender=f

# --- Latin-script given names met in English-language news (English, Irish, Scottish,
# Welsh, German, French, Italian, Spanish, Portuguese, Polish, Czech, Slovak, Nordic,
# Finnish, Dutch, Hungarian, Romanian, Balkan, Greek, Baltic, Japanese, Turkish, Indian,
# Hebrew). Lines with an existing id add Latin spellings to that name. {ctx}: also a
# common surname, counts alone only with context.
fn:eric	firstname	en=Éric
fn:adrian	firstname	en=Adrián
fn:nicholas	firstname	en=Nicolás
fn:martyn	firstname	en=Martín
fn:sebastian	firstname	en=Sebastián
fn:oscar	firstname	en=Óscar
fn:ruben	firstname	en=Rubén
fn:ivan	firstname	en=Iván
fn:myroslav	firstname	en=Miroslaw
fn:tomasz	firstname	en=Tomas
fn:lukasz	firstname	en=Lukáš
fn:volodymyr	firstname	en=Vladimír
fn:marian	firstname	en=Marián
fn:robert	firstname	en=Róbert
fn:stefan	firstname	en=Štefan
fn:yan	firstname	en=Ján
fn:symon	firstname	en=Šimon
fn:goran	firstname	en=Göran
fn:hakan	firstname	en=Håkan
fn:peter	firstname	en=Péter
fn:daniel	firstname	en=Dániel
fn:adam	firstname	en=Ádám
fn:yanis	firstname	en=Jānis
fn:kestutis	firstname	en=Kęstutis
fn:stephanie	firstname	en=Stéphanie
fn:mariia	firstname	en=María|Mária
fn:veronika	firstname	en=Verónica
fn:bohumila	firstname	en=Bogumiła
fn:kateryna	firstname	en=Kateřina
fn:vira	firstname	en=Věra
fn:klara	firstname	en=Klára
fn:katarina	firstname	en=Katarína
fn:yeva	firstname	en=Éva
fn:noemi	firstname	en=Noémi
fn:dora	firstname	en=Dóra
fn:viktoriia	firstname	en=Viktória
fn:raymond	firstname	en=Raymond	gender=m
fn:zachary	firstname	en=Zachary	gender=m
fn:ethan	firstname	en=Ethan	gender=m
fn:noah	firstname	en=Noah	gender=m
fn:harold	firstname	en=Harold	gender=m
fn:jesse	firstname	en=Jesse	gender=m
fn:willie	firstname	en=Willie	gender=m
fn:elijah	firstname	en=Elijah	gender=m
fn:alfie	firstname	en=Alfie	gender=m
fn:freddie	firstname	en=Freddie	gender=m
fn:theo	firstname	en=Theo|Théo	gender=m
fn:toby	firstname	en=Toby	gender=m
fn:rory	firstname	en=Rory	gender=m
fn:callum	firstname	en=Callum	gender=m
fn:connor	firstname	en=Connor	gender=m
fn:aidan	firstname	en=Aidan	gender=m
fn:declan	firstname	en=Declan	gender=m
fn:ciaran	firstname	en=Ciaran	gender=m
fn:niall	firstname	en=Niall	gender=m
fn:eoin	firstname	en=Eoin	gender=m
fn:seamus	firstname	en=Seamus	gender=m
fn:cormac	firstname	en=Cormac	gender=m
fn:fergus	firstname	en=Fergus	gender=m
fn:hamish	firstname	en=Hamish	gender=m
fn:alasdair	firstname	en=Alasdair	gender=m
fn:alistair	firstname	en=Alistair	gender=m
fn:trevor	firstname	en=Trevor	gender=m
fn:sadiq	firstname	en=Sadiq	gender=m
fn:rupert	firstname	en=Rupert	gender=m
fn:crispin	firstname	en=Crispin	gender=m
fn:kieran	firstname	en=Kieran	gender=m
fn:cody	firstname	en=Cody	gender=m
fn:derrick	firstname	en=Derrick	gender=m
fn:ricky	firstname	en=Ricky	gender=m
fn:phil	firstname	en=Phil	gender=m
fn:jon	firstname	en=Jon	gender=m
fn:doug	firstname	en=Doug	gender=m
fn:ken	firstname	en=Ken	gender=m
fn:kenny	firstname	en=Kenny	gender=m
fn:evan	firstname	en=Evan	gender=m
fn:ewan	firstname	en=Ewan	gender=m
fn:rhys	firstname	en=Rhys	gender=m
fn:dafydd	firstname	en=Dafydd	gender=m
fn:huw	firstname	en=Huw	gender=m
fn:emrys	firstname	en=Emrys	gender=m
fn:gary	firstname	en=Gary	gender=m
fn:brandon	firstname	en=Brandon	gender=m
fn:shane	firstname	en=Shane	gender=m
fn:horst	firstname	en=Horst	gender=m
fn:manfred	firstname	en=Manfred	gender=m
fn:rainer	firstname	en=Rainer	gender=m
fn:armin	firstname	en=Armin	gender=m
fn:hubertus	firstname	en=Hubertus	gender=m
fn:reinhard	firstname	en=Reinhard	gender=m
fn:detlef	firstname	en=Detlef	gender=m
fn:winfried	firstname	en=Winfried	gender=m
fn:cem	firstname	en=Cem	gender=m
fn:volker	firstname	en=Volker	gender=m
fn:gregor	firstname	en=Gregor	gender=m
fn:hendrik	firstname	en=Hendrik	gender=m
fn:henrik	firstname	en=Henrik	gender=m
fn:dirk	firstname	en=Dirk	gender=m
fn:holger	firstname	en=Holger	gender=m
fn:ralf	firstname	en=Ralf	gender=m
fn:mathias	firstname	en=Mathias	gender=m
fn:hartmut	firstname	en=Hartmut	gender=m
fn:burkhard	firstname	en=Burkhard	gender=m
fn:eckhard	firstname	en=Eckhard	gender=m
fn:lothar	firstname	en=Lothar	gender=m
fn:rudiger	firstname	en=Rüdiger	gender=m
fn:malte	firstname	en=Malte	gender=m
fn:wolfram	firstname	en=Wolfram	gender=m
fn:frederic	firstname	en=Frédéric	gender=m
fn:pascal	firstname	en=Pascal	gender=m
fn:jean_marc	firstname	en=Jean-Marc	gender=m
fn:jean_paul	firstname	en=Jean-Paul	gender=m
fn:jean_louis	firstname	en=Jean-Louis	gender=m
fn:jean_michel	firstname	en=Jean-Michel	gender=m
fn:benoit	firstname	en=Benoît|Benoit	gender=m
fn:matthieu	firstname	en=Matthieu	gender=m
fn:raphael	firstname	en=Raphaël|Raphael	gender=m
fn:arnaud	firstname	en=Arnaud	gender=m
fn:cedric	firstname	en=Cédric|Cedric	gender=m
fn:fabien	firstname	en=Fabien	gender=m
fn:yannick	firstname	en=Yannick	gender=m
fn:loic	firstname	en=Loïc|Loic	gender=m
fn:gael	firstname	en=Gaël	gender=m
fn:clement	firstname	en=Clément|Clement	gender=m
fn:maxime	firstname	en=Maxime	gender=m
fn:romain	firstname	en=Romain	gender=m
fn:aurelien	firstname	en=Aurélien|Aurelien	gender=m
fn:bertrand	firstname	en=Bertrand	gender=m
fn:georges	firstname	en=Georges	gender=m
fn:angelo	firstname	en=Angelo	gender=m
fn:vincenzo	firstname	en=Vincenzo	gender=m
fn:pietro	firstname	en=Pietro	gender=m
fn:salvatore	firstname	en=Salvatore	gender=m
fn:franco	firstname	en=Franco	gender=m
fn:domenico	firstname	en=Domenico	gender=m
fn:michele	firstname	en=Michele	gender=m
fn:aldo	firstname	en=Aldo	gender=m
fn:luciano	firstname	en=Luciano	gender=m
fn:davide	firstname	en=Davide	gender=m
fn:gianluca	firstname	en=Gianluca	gender=m
fn:fabrizio	firstname	en=Fabrizio	gender=m
fn:maurizio	firstname	en=Maurizio	gender=m
fn:emanuele	firstname	en=Emanuele	gender=m
fn:giancarlo	firstname	en=Giancarlo	gender=m
fn:sandro	firstname	en=Sandro	gender=m
fn:renato	firstname	en=Renato	gender=m
fn:luca	firstname	en=Luca	gender=m
fn:enzo	firstname	en=Enzo	gender=m
fn:piero	firstname	en=Piero	gender=m
fn:raffaele	firstname	en=Raffaele	gender=m
fn:filippo	firstname	en=Filippo	gender=m
fn:jesus	firstname	en=Jesús|Jesus	gender=m
fn:alvaro	firstname	en=Álvaro|Alvaro	gender=m
fn:diego	firstname	en=Diego	gender=m
fn:vicente	firstname	en=Vicente	gender=m
fn:emilio	firstname	en=Emilio	gender=m
fn:eduardo	firstname	en=Eduardo	gender=m
fn:gonzalo	firstname	en=Gonzalo	gender=m
fn:esteban	firstname	en=Esteban	gender=m
fn:hernan	firstname	en=Hernán|Hernan	gender=m
fn:hector	firstname	en=Héctor|Hector	gender=m
fn:rodrigo	firstname	en=Rodrigo	gender=m
fn:mateo	firstname	en=Mateo	gender=m
fn:alfredo	firstname	en=Alfredo	gender=m
fn:gerardo	firstname	en=Gerardo	gender=m
fn:arturo	firstname	en=Arturo	gender=m
fn:guillermo	firstname	en=Guillermo	gender=m
fn:jaime	firstname	en=Jaime	gender=m
fn:agustin	firstname	en=Agustín|Agustin	gender=m
fn:facundo	firstname	en=Facundo	gender=m
fn:cristian	firstname	en=Cristian	gender=m
fn:rui	firstname	en=Rui	gender=m
fn:nuno	firstname	en=Nuno	gender=m
fn:tiago	firstname	en=Tiago	gender=m
fn:goncalo	firstname	en=Gonçalo|Goncalo	gender=m
fn:duarte	firstname	en=Duarte	gender=m
fn:vasco	firstname	en=Vasco	gender=m
fn:afonso	firstname	en=Afonso	gender=m
fn:marcin	firstname	en=Marcin	gender=m
fn:kamil	firstname	en=Kamil	gender=m
fn:janusz	firstname	en=Janusz	gender=m
fn:bartlomiej	firstname	en=Bartłomiej|Bartlomiej	gender=m
fn:wieslaw	firstname	en=Wiesław|Wieslaw	gender=m
fn:czeslaw	firstname	en=Czesław|Czeslaw	gender=m
fn:witold	firstname	en=Witold	gender=m
fn:filip	firstname	en=Filip	gender=m
fn:wiktor	firstname	en=Wiktor	gender=m
fn:dominik	firstname	en=Dominik	gender=m
fn:damian	firstname	en=Damian	gender=m
fn:patryk	firstname	en=Patryk	gender=m
fn:dawid	firstname	en=Dawid	gender=m
fn:kacper	firstname	en=Kacper	gender=m
fn:oskar	firstname	en=Oskar	gender=m
fn:jedrzej	firstname	en=Jędrzej|Jedrzej	gender=m
fn:frantisek	firstname	en=František|Frantisek	gender=m
fn:radek	firstname	en=Radek	gender=m
fn:ondrej	firstname	en=Ondřej|Ondrej	gender=m
fn:vojtech	firstname	en=Vojtěch|Vojtech	gender=m
fn:antonin	firstname	en=Antonín|Antonin	gender=m
fn:ales	firstname	en=Aleš|Ales	gender=m
fn:vit	firstname	en=Vít	gender=m
fn:bohumil	firstname	en=Bohumil	gender=m
fn:lubos	firstname	en=Luboš|Lubos	gender=m
fn:libor	firstname	en=Libor	gender=m
fn:dusan	firstname	en=Dušan|Dusan	gender=m
fn:juraj	firstname	en=Juraj	gender=m
fn:lubomir	firstname	en=Ľubomír|Lubomir	gender=m
fn:mikulas	firstname	en=Mikuláš|Mikulas	gender=m
fn:johan	firstname	en=Johan	gender=m
fn:lennart	firstname	en=Lennart	gender=m
fn:olof	firstname	en=Olof	gender=m
fn:mikael	firstname	en=Mikael	gender=m
fn:fredrik	firstname	en=Fredrik	gender=m
fn:mats	firstname	en=Mats	gender=m
fn:stig	firstname	en=Stig	gender=m
fn:bengt	firstname	en=Bengt	gender=m
fn:kjell	firstname	en=Kjell	gender=m
fn:leif	firstname	en=Leif	gender=m
fn:ola	firstname	en=Ola	gender=m
fn:niels	firstname	en=Niels	gender=m
fn:mads	firstname	en=Mads	gender=m
fn:morten	firstname	en=Morten	gender=m
fn:jesper	firstname	en=Jesper	gender=m
fn:kasper	firstname	en=Kasper	gender=m
fn:poul	firstname	en=Poul	gender=m
fn:svend	firstname	en=Svend	gender=m
fn:torben	firstname	en=Torben	gender=m
fn:lasse	firstname	en=Lasse	gender=m
fn:geir	firstname	en=Geir	gender=m
fn:trond	firstname	en=Trond	gender=m
fn:terje	firstname	en=Terje	gender=m
fn:arne	firstname	en=Arne	gender=m
fn:espen	firstname	en=Espen	gender=m
fn:eirik	firstname	en=Eirik	gender=m
fn:sigurd	firstname	en=Sigurd	gender=m
fn:olav	firstname	en=Olav	gender=m
fn:jussi	firstname	en=Jussi	gender=m
fn:jukka	firstname	en=Jukka	gender=m
fn:timo	firstname	en=Timo	gender=m
fn:heikki	firstname	en=Heikki	gender=m
fn:markku	firstname	en=Markku	gender=m
fn:ari	firstname	en=Ari	gender=m
fn:seppo	firstname	en=Seppo	gender=m
fn:esa	firstname	en=Esa	gender=m
fn:risto	firstname	en=Risto	gender=m
fn:petri	firstname	en=Petri	gender=m
fn:tapio	firstname	en=Tapio	gender=m
fn:kimmo	firstname	en=Kimmo	gender=m
fn:jari	firstname	en=Jari	gender=m
fn:janne	firstname	en=Janne	gender=m
fn:ville	firstname	en=Ville	gender=m
fn:teemu	firstname	en=Teemu	gender=m
fn:tuomas	firstname	en=Tuomas	gender=m
fn:jarmo	firstname	en=Jarmo	gender=m
fn:jyrki	firstname	en=Jyrki	gender=m
fn:paavo	firstname	en=Paavo	gender=m
fn:aki	firstname	en=Aki	gender=m
fn:harri	firstname	en=Harri	gender=m
fn:keijo	firstname	en=Keijo	gender=m
fn:vesa	firstname	en=Vesa	gender=m
fn:olli	firstname	en=Olli	gender=m
fn:ilkka	firstname	en=Ilkka	gender=m
fn:lauri	firstname	en=Lauri	gender=m
fn:eero	firstname	en=Eero	gender=m
fn:oskari	firstname	en=Oskari	gender=m
fn:eino	firstname	en=Eino	gender=m
fn:vaino	firstname	en=Väinö|Vaino	gender=m
fn:urho	firstname	en=Urho	gender=m
fn:kalle	firstname	en=Kalle	gender=m
fn:tuomo	firstname	en=Tuomo	gender=m
fn:hannu	firstname	en=Hannu	gender=m
fn:raimo	firstname	en=Raimo	gender=m
fn:erkki	firstname	en=Erkki	gender=m
fn:veikko	firstname	en=Veikko	gender=m
fn:jouko	firstname	en=Jouko	gender=m
fn:simo	firstname	en=Simo	gender=m
fn:pentti	firstname	en=Pentti	gender=m
fn:reijo	firstname	en=Reijo	gender=m
fn:kristian	firstname	en=Kristian	gender=m
fn:ragnar	firstname	en=Ragnar	gender=m
fn:halvor	firstname	en=Halvor	gender=m
fn:jostein	firstname	en=Jostein	gender=m
fn:vidar	firstname	en=Vidar	gender=m
fn:oystein	firstname	en=Øystein|Oystein	gender=m
fn:stale	firstname	en=Ståle|Stale	gender=m
fn:bjarne	firstname	en=Bjarne	gender=m
fn:aksel	firstname	en=Aksel	gender=m
fn:axel	firstname	en=Axel	gender=m
fn:elias	firstname	en=Elias	gender=m
fn:kristoffer	firstname	en=Kristoffer	gender=m
fn:sindre	firstname	en=Sindre	gender=m
fn:pieter	firstname	en=Pieter	gender=m
fn:cornelis	firstname	en=Cornelis	gender=m
fn:gerrit	firstname	en=Gerrit	gender=m
fn:jeroen	firstname	en=Jeroen	gender=m
fn:ruud	firstname	en=Ruud	gender=m
fn:frans	firstname	en=Frans	gender=m
fn:kees	firstname	en=Kees	gender=m
fn:joost	firstname	en=Joost	gender=m
fn:sander	firstname	en=Sander	gender=m
fn:thijs	firstname	en=Thijs	gender=m
fn:bram	firstname	en=Bram	gender=m
fn:daan	firstname	en=Daan	gender=m
fn:sjoerd	firstname	en=Sjoerd	gender=m
fn:maarten	firstname	en=Maarten	gender=m
fn:wouter	firstname	en=Wouter	gender=m
fn:stijn	firstname	en=Stijn	gender=m
fn:koen	firstname	en=Koen	gender=m
fn:luuk	firstname	en=Luuk	gender=m
fn:rutger	firstname	en=Rutger	gender=m
fn:teun	firstname	en=Teun	gender=m
fn:arjen	firstname	en=Arjen	gender=m
fn:wopke	firstname	en=Wopke	gender=m
fn:jozsef	firstname	en=József|Jozsef	gender=m
fn:attila	firstname	en=Attila	gender=m
fn:tamas	firstname	en=Tamás|Tamas	gender=m
fn:zsolt	firstname	en=Zsolt	gender=m
fn:csaba	firstname	en=Csaba	gender=m
fn:tibor	firstname	en=Tibor	gender=m
fn:gergely	firstname	en=Gergely	gender=m
fn:balazs	firstname	en=Balázs|Balazs	gender=m
fn:levente	firstname	en=Levente	gender=m
fn:bence	firstname	en=Bence	gender=m
fn:gheorghe	firstname	en=Gheorghe	gender=m
fn:vasile	firstname	en=Vasile	gender=m
fn:constantin	firstname	en=Constantin	gender=m
fn:dumitru	firstname	en=Dumitru	gender=m
fn:florin	firstname	en=Florin	gender=m
fn:marius	firstname	en=Marius	gender=m
fn:ionut	firstname	en=Ionuț|Ionut	gender=m
fn:alexandru	firstname	en=Alexandru	gender=m
fn:razvan	firstname	en=Răzvan|Razvan	gender=m
fn:sorin	firstname	en=Sorin	gender=m
fn:radu	firstname	en=Radu	gender=m
fn:catalin	firstname	en=Cătălin|Catalin	gender=m
fn:liviu	firstname	en=Liviu	gender=m
fn:dacian	firstname	en=Dacian	gender=m
fn:nicusor	firstname	en=Nicușor|Nicusor	gender=m
fn:ciprian	firstname	en=Ciprian	gender=m
fn:ovidiu	firstname	en=Ovidiu	gender=m
fn:dejan	firstname	en=Dejan	gender=m
fn:ivica	firstname	en=Ivica	gender=m
fn:nikola	firstname	en=Nikola	gender=m
fn:andrej	firstname	en=Andrej	gender=m
fn:tomislav	firstname	en=Tomislav	gender=m
fn:davor	firstname	en=Davor	gender=m
fn:damir	firstname	en=Damir	gender=m
fn:mirko	firstname	en=Mirko	gender=m
fn:dimitar	firstname	en=Dimitar	gender=m
fn:krasimir	firstname	en=Krasimir	gender=m
fn:plamen	firstname	en=Plamen	gender=m
fn:giorgos	firstname	en=Giorgos	gender=m
fn:dimitris	firstname	en=Dimitris	gender=m
fn:konstantinos	firstname	en=Konstantinos	gender=m
fn:panagiotis	firstname	en=Panagiotis	gender=m
fn:vasilis	firstname	en=Vasilis	gender=m
fn:antonis	firstname	en=Antonis	gender=m
fn:stavros	firstname	en=Stavros	gender=m
fn:evangelos	firstname	en=Evangelos	gender=m
fn:raimonds	firstname	en=Raimonds	gender=m
fn:aivars	firstname	en=Aivars	gender=m
fn:andris	firstname	en=Andris	gender=m
fn:valdas	firstname	en=Valdas	gender=m
fn:dalius	firstname	en=Dalius	gender=m
fn:rimantas	firstname	en=Rimantas	gender=m
fn:saulius	firstname	en=Saulius	gender=m
fn:gediminas	firstname	en=Gediminas	gender=m
fn:arunas	firstname	en=Arūnas|Arunas	gender=m
fn:mindaugas	firstname	en=Mindaugas	gender=m
fn:remigijus	firstname	en=Remigijus	gender=m
fn:linas	firstname	en=Linas	gender=m
fn:jaak	firstname	en=Jaak	gender=m
fn:tonis	firstname	en=Tõnis|Tonis	gender=m
fn:margus	firstname	en=Margus	gender=m
fn:priit	firstname	en=Priit	gender=m
fn:indrek	firstname	en=Indrek	gender=m
fn:tymofiy	firstname	en=Tymofiy	gender=m
fn:oleksander	firstname	en=Oleksander	gender=m
fn:takashi	firstname	en=Takashi	gender=m
fn:junichiro	firstname	en=Junichiro	gender=m
fn:yoshihiko	firstname	en=Yoshihiko	gender=m
fn:naoto	firstname	en=Naoto	gender=m
fn:toshimitsu	firstname	en=Toshimitsu	gender=m
fn:tetsuya	firstname	en=Tetsuya	gender=m
fn:kazuo	firstname	en=Kazuo	gender=m
fn:masahiro	firstname	en=Masahiro	gender=m
fn:koji	firstname	en=Koji	gender=m
fn:hideki	firstname	en=Hideki	gender=m
fn:haruki	firstname	en=Haruki	gender=m
fn:yoshimasa	firstname	en=Yoshimasa	gender=m
fn:hirokazu	firstname	en=Hirokazu	gender=m
fn:makoto	firstname	en=Makoto	gender=m
fn:yoshiro	firstname	en=Yoshiro	gender=m
fn:kenta	firstname	en=Kenta	gender=m
fn:daisuke	firstname	en=Daisuke	gender=m
fn:ryota	firstname	en=Ryota	gender=m
fn:shohei	firstname	en=Shohei	gender=m
fn:naoki	firstname	en=Naoki	gender=m
fn:emre	firstname	en=Emre	gender=m
fn:burak	firstname	en=Burak	gender=m
fn:amit	firstname	en=Amit	gender=m
fn:sanjay	firstname	en=Sanjay	gender=m
fn:vijay	firstname	en=Vijay	gender=m
fn:anil	firstname	en=Anil	gender=m
fn:rajesh	firstname	en=Rajesh	gender=m
fn:suresh	firstname	en=Suresh	gender=m
fn:ravi	firstname	en=Ravi	gender=m
fn:arjun	firstname	en=Arjun	gender=m
fn:kofi	firstname	en=Kofi	gender=m
fn:thabo	firstname	en=Thabo	gender=m
fn:avi	firstname	en=Avi	gender=m
fn:itamar	firstname	en=Itamar	gender=m
fn:bezalel	firstname	en=Bezalel	gender=m
fn:gideon	firstname	en=Gideon	gender=m
fn:graham	firstname	en=Graham{ctx}	gender=m
fn:duncan	firstname	en=Duncan{ctx}	gender=m
fn:mitchell	firstname	en=Mitchell{ctx}	gender=m
fn:spencer	firstname	en=Spencer{ctx}	gender=m
fn:travis	firstname	en=Travis{ctx}	gender=m
fn:barry	firstname	en=Barry{ctx}	gender=m
fn:terry	firstname	en=Terry{ctx}	gender=m
fn:wesley	firstname	en=Wesley{ctx}	gender=m
fn:nolan	firstname	en=Nolan{ctx}	gender=m
fn:garrett	firstname	en=Garrett{ctx}	gender=m
fn:lee	firstname	en=Lee{ctx}	gender=m
fn:giles	firstname	en=Giles{ctx}	gender=m
fn:clive	firstname	en=Clive{ctx}	gender=m
fn:ivo	firstname	en=Ivo{ctx}	gender=m
fn:mart	firstname	en=Mart{ctx}	gender=m
fn:jos	firstname	en=Jos{ctx}	gender=m
fn:bart	firstname	en=Bart{ctx}	gender=m
fn:darius	firstname	en=Darius{ctx}	gender=m
fn:fiona	firstname	en=Fiona	gender=f
fn:siobhan	firstname	en=Siobhan	gender=f
fn:aoife	firstname	en=Aoife	gender=f
fn:niamh	firstname	en=Niamh	gender=f
fn:ciara	firstname	en=Ciara	gender=f
fn:orla	firstname	en=Orla	gender=f
fn:sinead	firstname	en=Sinead|Sinéad	gender=f
fn:saoirse	firstname	en=Saoirse	gender=f
fn:mairead	firstname	en=Mairead	gender=f
fn:eilidh	firstname	en=Eilidh	gender=f
fn:kirsty	firstname	en=Kirsty	gender=f
fn:morag	firstname	en=Morag	gender=f
fn:isla	firstname	en=Isla	gender=f
fn:ailsa	firstname	en=Ailsa	gender=f
fn:shona	firstname	en=Shona	gender=f
fn:moira	firstname	en=Moira	gender=f
fn:gillian	firstname	en=Gillian	gender=f
fn:lorna	firstname	en=Lorna	gender=f
fn:rhona	firstname	en=Rhona	gender=f
fn:harriet	firstname	en=Harriet	gender=f
fn:imogen	firstname	en=Imogen	gender=f
fn:chloe	firstname	en=Chloe|Chloé	gender=f
fn:zoe	firstname	en=Zoe	gender=f
fn:ellie	firstname	en=Ellie	gender=f
fn:millie	firstname	en=Millie	gender=f
fn:freya	firstname	en=Freya	gender=f
fn:phoebe	firstname	en=Phoebe	gender=f
fn:esther	firstname	en=Esther	gender=f
fn:edith	firstname	en=Edith	gender=f
fn:mabel	firstname	en=Mabel	gender=f
fn:yvonne	firstname	en=Yvonne	gender=f
fn:tracey	firstname	en=Tracey	gender=f
fn:tracy	firstname	en=Tracy	gender=f
fn:gail	firstname	en=Gail{ctx}	gender=f
fn:joanne	firstname	en=Joanne	gender=f
fn:leanne	firstname	en=Leanne	gender=f
fn:becky	firstname	en=Becky	gender=f
fn:jenny	firstname	en=Jenny	gender=f
fn:maggie	firstname	en=Maggie	gender=f
fn:meg	firstname	en=Meg{ctx}	gender=f
fn:beth	firstname	en=Beth	gender=f
fn:bethany	firstname	en=Bethany	gender=f
fn:abby	firstname	en=Abby	gender=f
fn:tessa	firstname	en=Tessa	gender=f
fn:tess	firstname	en=Tess	gender=f
fn:rosie	firstname	en=Rosie	gender=f
fn:molly	firstname	en=Molly	gender=f
fn:jenna	firstname	en=Jenna	gender=f
fn:caroline	firstname	en=Caroline	gender=f
fn:alison	firstname	en=Alison	gender=f
fn:allison	firstname	en=Allison	gender=f
fn:caitlin	firstname	en=Caitlin	gender=f
fn:gwen	firstname	en=Gwen	gender=f
fn:gwyneth	firstname	en=Gwyneth	gender=f
fn:bronwen	firstname	en=Bronwen	gender=f
fn:cerys	firstname	en=Cerys	gender=f
fn:carys	firstname	en=Carys	gender=f
fn:rhian	firstname	en=Rhian	gender=f
fn:sian	firstname	en=Sian|Siân	gender=f
fn:nia	firstname	en=Nia	gender=f
fn:ffion	firstname	en=Ffion	gender=f
fn:kathleen	firstname	en=Kathleen	gender=f
fn:carolyn	firstname	en=Carolyn	gender=f
fn:diane	firstname	en=Diane	gender=f
fn:joyce	firstname	en=Joyce{ctx}	gender=f
fn:kelly	firstname	en=Kelly{ctx}	gender=f
fn:lauren	firstname	en=Lauren	gender=f
fn:evelyn	firstname	en=Evelyn	gender=f
fn:cheryl	firstname	en=Cheryl	gender=f
fn:frances	firstname	en=Frances{ctx}	gender=f
fn:gloria	firstname	en=Gloria	gender=f
fn:janice	firstname	en=Janice	gender=f
fn:doris	firstname	en=Doris	gender=f
fn:abigail	firstname	en=Abigail	gender=f
fn:judy	firstname	en=Judy	gender=f
fn:denise	firstname	en=Denise	gender=f
fn:danielle	firstname	en=Danielle	gender=f
fn:kayla	firstname	en=Kayla	gender=f
fn:manuela	firstname	en=Manuela	gender=f
fn:anke	firstname	en=Anke	gender=f
fn:birgit	firstname	en=Birgit	gender=f
fn:sabine	firstname	en=Sabine	gender=f
fn:petra	firstname	en=Petra	gender=f
fn:gabriele	firstname	en=Gabriele	gender=f
fn:renate	firstname	en=Renate	gender=f
fn:kerstin	firstname	en=Kerstin	gender=f
fn:silke	firstname	en=Silke	gender=f
fn:ute	firstname	en=Ute	gender=f
fn:leonie	firstname	en=Leonie	gender=f
fn:marlene	firstname	en=Marlene	gender=f
fn:lea	firstname	en=Lea|Léa	gender=f
fn:frauke	firstname	en=Frauke	gender=f
fn:malu	firstname	en=Malu	gender=f
fn:christiane	firstname	en=Christiane	gender=f
fn:hildegard	firstname	en=Hildegard	gender=f
fn:dagmar	firstname	en=Dagmar	gender=f
fn:jutta	firstname	en=Jutta	gender=f
fn:sigrid	firstname	en=Sigrid	gender=f
fn:antje	firstname	en=Antje	gender=f
fn:beate	firstname	en=Beate	gender=f
fn:tanja	firstname	en=Tanja	gender=f
fn:nadine	firstname	en=Nadine	gender=f
fn:anja	firstname	en=Anja	gender=f
fn:steffi	firstname	en=Steffi	gender=f
fn:monique	firstname	en=Monique	gender=f
fn:sandrine	firstname	en=Sandrine	gender=f
fn:celine	firstname	en=Céline|Celine	gender=f
fn:camille	firstname	en=Camille	gender=f
fn:manon	firstname	en=Manon	gender=f
fn:ines	firstname	en=Inès|Ines|Inés	gender=f
fn:juliette	firstname	en=Juliette	gender=f
fn:mathilde	firstname	en=Mathilde	gender=f
fn:margaux	firstname	en=Margaux	gender=f
fn:oceane	firstname	en=Océane	gender=f
fn:elisabeth	firstname	en=Élisabeth|Elisabeth	gender=f
fn:helene	firstname	en=Hélène|Helene	gender=f
fn:agnes	firstname	en=Agnès|Agnes|Ágnes	gender=f
fn:delphine	firstname	en=Delphine	gender=f
fn:virginie	firstname	en=Virginie	gender=f
fn:geraldine	firstname	en=Géraldine|Geraldine	gender=f
fn:elodie	firstname	en=Élodie|Elodie	gender=f
fn:laure	firstname	en=Laure	gender=f
fn:elise	firstname	en=Elise|Élise	gender=f
fn:anne_marie	firstname	en=Anne-Marie	gender=f
fn:marie_claire	firstname	en=Marie-Claire	gender=f
fn:marion	firstname	en=Marion	gender=f
fn:pauline	firstname	en=Pauline	gender=f
fn:mireille	firstname	en=Mireille	gender=f
fn:josiane	firstname	en=Josiane	gender=f
fn:sylviane	firstname	en=Sylviane	gender=f
fn:ghislaine	firstname	en=Ghislaine	gender=f
fn:roselyne	firstname	en=Roselyne	gender=f
fn:najat	firstname	en=Najat	gender=f
fn:myriam	firstname	en=Myriam	gender=f
fn:yael	firstname	en=Yaël	gender=f
fn:alessandra	firstname	en=Alessandra	gender=f
fn:federica	firstname	en=Federica	gender=f
fn:elisa	firstname	en=Elisa	gender=f
fn:martina	firstname	en=Martina	gender=f
fn:giuseppina	firstname	en=Giuseppina	gender=f
fn:antonella	firstname	en=Antonella	gender=f
fn:ilaria	firstname	en=Ilaria	gender=f
fn:alessia	firstname	en=Alessia	gender=f
fn:ginevra	firstname	en=Ginevra	gender=f
fn:matilde	firstname	en=Matilde	gender=f
fn:raffaella	firstname	en=Raffaella	gender=f
fn:gabriella	firstname	en=Gabriella	gender=f
fn:carla	firstname	en=Carla	gender=f
fn:patrizia	firstname	en=Patrizia	gender=f
fn:donatella	firstname	en=Donatella	gender=f
fn:loredana	firstname	en=Loredana	gender=f
fn:luisa	firstname	en=Luisa	gender=f
fn:nicoletta	firstname	en=Nicoletta	gender=f
fn:caterina	firstname	en=Caterina	gender=f
fn:lorenza	firstname	en=Lorenza	gender=f
fn:raquel	firstname	en=Raquel	gender=f
fn:irene	firstname	en=Irene	gender=f
fn:nuria	firstname	en=Nuria	gender=f
fn:rocio	firstname	en=Rocío|Rocio	gender=f
fn:montserrat	firstname	en=Montserrat	gender=f
fn:yolanda	firstname	en=Yolanda	gender=f
fn:susana	firstname	en=Susana	gender=f
fn:camila	firstname	en=Camila	gender=f
fn:florencia	firstname	en=Florencia	gender=f
fn:ximena	firstname	en=Ximena	gender=f
fn:guadalupe	firstname	en=Guadalupe	gender=f
fn:soledad	firstname	en=Soledad	gender=f
fn:inmaculada	firstname	en=Inmaculada	gender=f
fn:begona	firstname	en=Begoña|Begona	gender=f
fn:ainhoa	firstname	en=Ainhoa	gender=f
fn:itziar	firstname	en=Itziar	gender=f
fn:nerea	firstname	en=Nerea	gender=f
fn:ewa	firstname	en=Ewa	gender=f
fn:krystyna	firstname	en=Krystyna	gender=f
fn:janina	firstname	en=Janina	gender=f
fn:halina	firstname	en=Halina	gender=f
fn:dorota	firstname	en=Dorota	gender=f
fn:paulina	firstname	en=Paulina	gender=f
fn:weronika	firstname	en=Weronika	gender=f
fn:wiktoria	firstname	en=Wiktoria	gender=f
fn:iwona	firstname	en=Iwona	gender=f
fn:jolanta	firstname	en=Jolanta	gender=f
fn:grazyna	firstname	en=Grażyna|Grazyna	gender=f
fn:bozena	firstname	en=Bożena|Bozena	gender=f
fn:wanda	firstname	en=Wanda	gender=f
fn:alicja	firstname	en=Alicja	gender=f
fn:sylwia	firstname	en=Sylwia	gender=f
fn:kinga	firstname	en=Kinga	gender=f
fn:patrycja	firstname	en=Patrycja	gender=f
fn:klaudia	firstname	en=Klaudia	gender=f
fn:oliwia	firstname	en=Oliwia	gender=f
fn:maja	firstname	en=Maja	gender=f
fn:ewelina	firstname	en=Ewelina	gender=f
fn:marzena	firstname	en=Marzena	gender=f
fn:miroslawa	firstname	en=Mirosława	gender=f
fn:stanislawa	firstname	en=Stanisława	gender=f
fn:wieslawa	firstname	en=Wiesława	gender=f
fn:henryka	firstname	en=Henryka	gender=f
fn:aldona	firstname	en=Aldona	gender=f
fn:lucyna	firstname	en=Lucyna	gender=f
fn:jana	firstname	en=Jana	gender=f
fn:hana	firstname	en=Hana	gender=f
fn:jaroslava	firstname	en=Jaroslava	gender=f
fn:michaela	firstname	en=Michaela	gender=f
fn:jitka	firstname	en=Jitka	gender=f
fn:zdenka	firstname	en=Zdeňka|Zdenka	gender=f
fn:ivana	firstname	en=Ivana	gender=f
fn:marketa	firstname	en=Markéta|Marketa	gender=f
fn:barbora	firstname	en=Barbora	gender=f
fn:kristyna	firstname	en=Kristýna|Kristyna	gender=f
fn:adela	firstname	en=Adéla|Adela	gender=f
fn:sarka	firstname	en=Šárka|Sarka	gender=f
fn:radka	firstname	en=Radka	gender=f
fn:iveta	firstname	en=Iveta	gender=f
fn:blanka	firstname	en=Blanka	gender=f
fn:jarmila	firstname	en=Jarmila	gender=f
fn:milada	firstname	en=Milada	gender=f
fn:margareta	firstname	en=Margareta	gender=f
fn:birgitta	firstname	en=Birgitta	gender=f
fn:annika	firstname	en=Annika	gender=f
fn:malin	firstname	en=Malin	gender=f
fn:ida	firstname	en=Ida{ctx}	gender=f
fn:linnea	firstname	en=Linnea	gender=f
fn:elin	firstname	en=Elin	gender=f
fn:lene	firstname	en=Lene	gender=f
fn:hanne	firstname	en=Hanne	gender=f
fn:pia	firstname	en=Pia{ctx}	gender=f
fn:dorte	firstname	en=Dorte	gender=f
fn:sofie	firstname	en=Sofie	gender=f
fn:signe	firstname	en=Signe	gender=f
fn:freja	firstname	en=Freja	gender=f
fn:kirsi	firstname	en=Kirsi	gender=f
fn:sirpa	firstname	en=Sirpa	gender=f
fn:riitta	firstname	en=Riitta	gender=f
fn:paivi	firstname	en=Päivi|Paivi	gender=f
fn:pirjo	firstname	en=Pirjo	gender=f
fn:marja	firstname	en=Marja	gender=f
fn:leena	firstname	en=Leena	gender=f
fn:tuula	firstname	en=Tuula	gender=f
fn:satu	firstname	en=Satu	gender=f
fn:minna	firstname	en=Minna	gender=f
fn:heidi	firstname	en=Heidi	gender=f
fn:jaana	firstname	en=Jaana	gender=f
fn:katja	firstname	en=Katja	gender=f
fn:maarit	firstname	en=Maarit	gender=f
fn:eija	firstname	en=Eija	gender=f
fn:aino	firstname	en=Aino	gender=f
fn:kaisa	firstname	en=Kaisa	gender=f
fn:henna	firstname	en=Henna	gender=f
fn:saara	firstname	en=Saara	gender=f
fn:tiina	firstname	en=Tiina	gender=f
fn:outi	firstname	en=Outi	gender=f
fn:kristiina	firstname	en=Kristiina	gender=f
fn:siv	firstname	en=Siv	gender=f
fn:solveig	firstname	en=Solveig	gender=f
fn:gro	firstname	en=Gro	gender=f
fn:ingvild	firstname	en=Ingvild	gender=f
fn:marit	firstname	en=Marit	gender=f
fn:guri	firstname	en=Guri	gender=f
fn:randi	firstname	en=Randi	gender=f
fn:hilde	firstname	en=Hilde	gender=f
fn:trine	firstname	en=Trine	gender=f
fn:siri	firstname	en=Siri	gender=f
fn:ragnhild	firstname	en=Ragnhild	gender=f
fn:gunhild	firstname	en=Gunhild	gender=f
fn:turid	firstname	en=Turid	gender=f
fn:ase	firstname	en=Åse	gender=f
fn:jorunn	firstname	en=Jorunn	gender=f
fn:unni	firstname	en=Unni	gender=f
fn:britt	firstname	en=Britt	gender=f
fn:katrine	firstname	en=Katrine	gender=f
fn:ulla	firstname	en=Ulla{ctx}	gender=f
fn:lotta	firstname	en=Lotta	gender=f
fn:femke	firstname	en=Femke	gender=f
fn:sanne	firstname	en=Sanne	gender=f
fn:lotte	firstname	en=Lotte	gender=f
fn:lieke	firstname	en=Lieke	gender=f
fn:fleur	firstname	en=Fleur	gender=f
fn:anouk	firstname	en=Anouk	gender=f
fn:marloes	firstname	en=Marloes	gender=f
fn:mirjam	firstname	en=Mirjam	gender=f
fn:kajsa	firstname	en=Kajsa	gender=f
fn:ineke	firstname	en=Ineke	gender=f
fn:marieke	firstname	en=Marieke	gender=f
fn:annemieke	firstname	en=Annemieke	gender=f
fn:carola	firstname	en=Carola	gender=f
fn:dilan	firstname	en=Dilan	gender=f
fn:katalin	firstname	en=Katalin	gender=f
fn:erzsebet	firstname	en=Erzsébet|Erzsebet	gender=f
fn:zsuzsanna	firstname	en=Zsuzsanna	gender=f
fn:zsuzsa	firstname	en=Zsuzsa	gender=f
fn:aniko	firstname	en=Anikó|Aniko	gender=f
fn:judit	firstname	en=Judit	gender=f
fn:krisztina	firstname	en=Krisztina	gender=f
fn:edit	firstname	en=Edit	gender=f
fn:eszter	firstname	en=Eszter	gender=f
fn:reka	firstname	en=Réka|Reka	gender=f
fn:orsolya	firstname	en=Orsolya	gender=f
fn:ioana	firstname	en=Ioana	gender=f
fn:andreea	firstname	en=Andreea	gender=f
fn:mihaela	firstname	en=Mihaela	gender=f
fn:raluca	firstname	en=Raluca	gender=f
fn:georgiana	firstname	en=Georgiana	gender=f
fn:ramona	firstname	en=Ramona	gender=f
fn:corina	firstname	en=Corina	gender=f
fn:oana	firstname	en=Oana	gender=f
fn:viorica	firstname	en=Viorica	gender=f
fn:ecaterina	firstname	en=Ecaterina	gender=f
fn:ileana	firstname	en=Ileana	gender=f
fn:luminita	firstname	en=Luminița|Luminita	gender=f
fn:rodica	firstname	en=Rodica	gender=f
fn:jelena	firstname	en=Jelena	gender=f
fn:marija	firstname	en=Marija	gender=f
fn:milica	firstname	en=Milica	gender=f
fn:dragana	firstname	en=Dragana	gender=f
fn:snezana	firstname	en=Snežana|Snezana	gender=f
fn:tatjana	firstname	en=Tatjana	gender=f
fn:gordana	firstname	en=Gordana	gender=f
fn:mirjana	firstname	en=Mirjana	gender=f
fn:biljana	firstname	en=Biljana	gender=f
fn:ljiljana	firstname	en=Ljiljana	gender=f
fn:natasa	firstname	en=Nataša|Natasa	gender=f
fn:sanja	firstname	en=Sanja	gender=f
fn:jovana	firstname	en=Jovana	gender=f
fn:kolinda	firstname	en=Kolinda	gender=f
fn:zorana	firstname	en=Zorana	gender=f
fn:desislava	firstname	en=Desislava	gender=f
fn:yordanka	firstname	en=Yordanka	gender=f
fn:eleni	firstname	en=Eleni	gender=f
fn:aikaterini	firstname	en=Aikaterini	gender=f
fn:dimitra	firstname	en=Dimitra	gender=f
fn:theodora	firstname	en=Theodora	gender=f
fn:vasiliki	firstname	en=Vasiliki	gender=f
fn:despina	firstname	en=Despina	gender=f
fn:laima	firstname	en=Laima	gender=f
fn:triin	firstname	en=Triin	gender=f
fn:liina	firstname	en=Liina	gender=f
fn:marju	firstname	en=Marju	gender=f
fn:inara	firstname	en=Ināra|Inara	gender=f
fn:ieva	firstname	en=Ieva	gender=f
fn:evika	firstname	en=Evika	gender=f
fn:ilze	firstname	en=Ilze	gender=f
fn:agne	firstname	en=Agnė|Agne	gender=f
fn:ruta	firstname	en=Rūta|Ruta	gender=f
fn:vilija	firstname	en=Vilija	gender=f
fn:asta	firstname	en=Asta	gender=f
fn:neringa	firstname	en=Neringa	gender=f
fn:ganna	firstname	en=Ganna	gender=f
fn:keiko	firstname	en=Keiko	gender=f
fn:yoko	firstname	en=Yoko	gender=f
fn:sachiko	firstname	en=Sachiko	gender=f
fn:akiko	firstname	en=Akiko	gender=f
fn:tomoko	firstname	en=Tomoko	gender=f
fn:yumiko	firstname	en=Yumiko	gender=f
fn:mariko	firstname	en=Mariko	gender=f
fn:haruka	firstname	en=Haruka	gender=f
fn:aiko	firstname	en=Aiko	gender=f
fn:seiko	firstname	en=Seiko	gender=f
fn:yuriko	firstname	en=Yuriko	gender=f
fn:aisha	firstname	en=Aisha	gender=f
fn:layla	firstname	en=Layla	gender=f
fn:elif	firstname	en=Elif	gender=f
fn:priya	firstname	en=Priya	gender=f
fn:sunita	firstname	en=Sunita	gender=f
fn:nirmala	firstname	en=Nirmala	gender=f
