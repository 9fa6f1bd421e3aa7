package extract

import "testing"

// Passages written the way news agencies and city council sites report
// twin cities, cooperation agreements, forums and officials: datelines,
// titles before and after names, quotes, lists, passive voice, oblique case
// forms. The cities, people and bodies differ from those of sentences_test.go
// and of the seed articles. About a third of the passages must yield no
// relation, or fewer than a naive reader would expect (negation, refusal,
// merely co-mentioned cities, officials quoted on another topic, indirect
// speech). The expectations are what an annotator reading SPEC.md would list,
// not what the rules happen to output; a case the rules miss carries a short
// diagnosis in skip.

func TestSentencesNews(t *testing.T) {
	for _, l := range []struct {
		lang  string
		cases []sentenceCase
	}{{"uk", ukNews}, {"ru", ruNews}, {"en", enNews}} {
		runSentences(t, l.lang, l.cases)
	}
}

var ukNews = []sentenceCase{
	// 000: dateline, twinning signed, two officials with titles before names.
	{text: "КОВЕЛЬ, 14 березня /Укрінформ/. Ковель і польський Хелм підписали угоду про побратимство. Документ скріпили підписами міський голова Ковеля Олег Ярошук та президент Хелма Якуб Банашек.",
		want: []string{
			"twin_city(city=Kovel, twin=Chełm) established",
			"agreement(party=Kovel, counterparty=Chełm) established kind=twinning",
			"holds_position(person=Олег Ярошук, org=Kovel) established role=міський голова",
			"holds_position(person=Якуб Банашек, org=Chełm) established role=президент",
			"located_in(subject=Chełm, place=Poland) established",
		}},
	// 001: nominal twinning in the dative, quote with the speaker's post after it.
	{text: "Побратимству Кременчука з литовським Шяуляєм виповнилося 20 років. «За ці роки наші міста реалізували десятки спільних проєктів у сфері освіти та культури», – зазначив секретар Кременчуцької міської ради Дмитро Коваленко.",
		want: []string{
			"twin_city(city=Kremenchuk, twin=Šiauliai) established",
			"quote(speaker=Дмитро Коваленко) established",
			"holds_position(person=Дмитро Коваленко, org=Кременчуцька міська рада) established role=секретар",
			"located_in(subject=Šiauliai, place=Lithuania) established",
		}},
	// 002: twinning discussed; a visit is not a meeting; post in the instrumental.
	{text: "Мукачево та угорська Ньїредьгаза обговорюють можливість побратимства. Делегація Ньїредьгази на чолі з мером Ференцом Ковачем відвідає Мукачево наступного місяця.",
		want: []string{
			"twin_city(city=Mukacheve, twin=Nyíregyháza) possible",
			"holds_position(person=Ференц Ковач, org=Nyíregyháza) established role=мер",
			"located_in(subject=Nyíregyháza, place=Hungary) established",
		}},
	// 003: ties with a Russian city broken, date before the clause.
	{text: "24 березня 2022 року Біла Церква розірвала побратимські відносини з російським Єльцем. Рішення підтримали 38 депутатів міської ради.",
		want: []string{
			"twin_city(city=Bila Tserkva, twin=Yelets) ended 2022-03-24",
			"located_in(subject=Yelets, place=Russia) established",
		}},
	// 004: memorandum planned; officials in the nominative and instrumental; a working meeting.
	{text: "Дрогобич і Перемишль планують підписати меморандум про співпрацю в галузі туризму. Про це повідомив міський голова Дрогобича Роман Гнатів під час робочої зустрічі з віцепрезидентом Перемишля Богданом Ващишиним.",
		want: []string{
			"agreement(party=Drohobych, counterparty=Przemyśl) planned kind=cooperation",
			"holds_position(person=Роман Гнатів, org=Drohobych) established role=міський голова",
			"holds_position(person=Богдан Ващишин, org=Przemyśl) established role=віцепрезидент",
			"met_with(party=Роман Гнатів, counterparty=Богдан Ващишин) established",
		}},
	// 005: forum with dates in a city with an apostrophe, organizers in the next sentence.
	{text: "У Кам’янці-Подільському 18–19 травня відбудеться Міжнародний форум «Туристичні магніти Поділля». Організаторами заходу виступають Кам’янець-Подільська міська рада та Асоціація міст України.",
		want: []string{
			"held_in(event=Туристичні магніти Поділля, place=Kamyianets-Podilskyy) planned --05-18/--05-19",
			"organizer_of(organizer=Кам’янець-Подільська міська рада, event=Туристичні магніти Поділля) established",
			"organizer_of(organizer=Асоціація міст України, event=Туристичні магніти Поділля) established",
		}},
	// 006: "не планує" – no agreement; only the mayor's post remains.
	{text: "Бердичів не планує підписувати угоду про співпрацю з білоруським Гомелем. Про це заявив міський голова Бердичева Олександр Бойчук.",
		want: []string{
			"holds_position(person=Олександр Бойчук, org=Berdychiv) established role=міський голова",
			"located_in(subject=Gomel, place=Belarus) established",
		}},
	// 007: cities merely co-mentioned on a train route.
	{text: "З 1 червня Укрзалізниця запускає новий поїзд сполученням Запоріжжя – Перемишль через Вінницю та Тернопіль.",
		want: nil},
	// 008: mayor quoted about repairs; a Romanian city co-mentioned as a donor.
	{text: "«Ремонт набережної Дунаю завершимо до осені», – повідомив міський голова Ізмаїла Валерій Кузьменко. Він також нагадав, що місто досі отримує гуманітарну допомогу від румунського Галаца.",
		want: []string{
			"quote(speaker=Валерій Кузьменко) established",
			"holds_position(person=Валерій Кузьменко, org=Izmail) established role=міський голова",
			"located_in(subject=Galati, place=Romania) established",
		}},
	// 009: list of twin cities with adjectives of country, genitive plural host.
	{text: "Серед міст-побратимів Броварів – польське Ополе, латвійська Єлгава та естонський Пярну.",
		want: []string{
			"twin_city(city=Brovary, twin=Opole) established",
			"twin_city(city=Brovary, twin=Jelgava) established",
			"twin_city(city=Brovary, twin=Pärnu) established",
			"located_in(subject=Jelgava, place=Latvia) established",
			"located_in(subject=Opole, place=Poland) established",
			"located_in(subject=Pärnu, place=Estonia) established",
		}},
	// 010: memorandum of understanding, passive, plural city name in the instrumental.
	{text: "Меморандум про взаєморозуміння між Павлоградом та словацьким Кошице було підписано 3 жовтня 2023 року.",
		want: []string{
			"agreement(party=Pavlohrad, counterparty=Košice) established 2023-10-03 kind=cooperation",
			"located_in(subject=Košice, place=Slovakia) established",
		}},
	// 011: a foreign region as the partner of a forum, the forum in the next sentence.
	{text: "Партнером Міжнародного форуму «Карпатський діалог» цього року стане Підкарпатське воєводство. Форум пройде у Трускавці 6–7 червня.",
		want: []string{
			"partner_of(partner=Subcarpathian Voivodeship, host=Карпатський діалог) planned",
			"held_in(event=Карпатський діалог, place=Truskavets) planned --06-06/--06-07",
		}},
	// 012: female mayor, ambassador in the instrumental, a meeting.
	{text: "Міська голова Миргорода Тетяна Левченко провела зустріч з Послом Литви в Україні Вайдотасом Юркусом. Сторони обговорили відновлення закладів освіти.",
		want: []string{
			"holds_position(person=Тетяна Левченко, org=Myrhorod) established role=міська голова",
			"holds_position(person=Вайдотас Юркус, org=Lithuania) established role=посол",
			"met_with(party=Тетяна Левченко, counterparty=Вайдотас Юркус) established",
		}},
	// 013: "має намір стати побратимом", quote about the same plan.
	{text: "Конотоп має намір стати побратимом литовського Паневежиса. «Ми вже направили офіційного листа до мерії Паневежиса», – сказав міський голова Конотопа Артем Сидоренко.",
		want: []string{
			"twin_city(city=Konotop, twin=Panevezys) planned",
			"quote(speaker=Артем Сидоренко) established",
			"holds_position(person=Артем Сидоренко, org=Konotop) established role=міський голова",
			"located_in(subject=Panevezys, place=Lithuania) established",
		}},
	// 014: denial of a twinning.
	{text: "Всупереч повідомленням деяких ЗМІ, Прилуки та грузинське Горі не є містами-побратимами, уточнили в міській раді.",
		want: nil},
	// 015: conference held with a full date, organizer in the nominative after the verb.
	{text: "Конференція «Громади Полісся» відбулася у Коростені 26 вересня 2023 року. Її організувала Коростенська міська рада.",
		want: []string{
			"held_in(event=Громади Полісся, place=Korosten) established 2023-09-26",
			"organizer_of(organizer=Коростенська міська рада, event=Громади Полісся) established",
		}},
	// 016: cooperation agreement with a Belarusian city suspended.
	{text: "Шостка призупинила дію угоди про співробітництво з білоруським Бобруйськом. Рішення ухвалили на позачерговій сесії міської ради.",
		want: []string{
			"agreement(party=Shostka, counterparty=Babruysk) ended kind=cooperation",
			"located_in(subject=Babruysk, place=Belarus) established",
		}},
	// 017: ties "встановлено" with a year; a deputy mayor quoted.
	{text: "Побратимські зв’язки між Олександрією та болгарським Габровом встановлено ще у 1998 році. «Габрово першим надіслало нам генератори взимку 2022-го», – розповів заступник міського голови Олександрії Віталій Стеценко.",
		want: []string{
			"twin_city(city=Oleksandriia, twin=Gabrovo) established 1998",
			"quote(speaker=Віталій Стеценко) established",
			"holds_position(person=Віталій Стеценко, org=Oleksandriia) established role=заступник міського голови",
			"located_in(subject=Gabrovo, place=Bulgaria) established",
		}},
	// 018: "так і не підписали" – nothing.
	{text: "Угоду про партнерство між Бердянськом і турецьким Мерсіном так і не підписали через початок повномасштабного вторгнення.",
		want: nil},
	// 019: agreement with "містом Ельк (Польща)", a plant of a company in the city.
	{text: "Стрий підписав угоду про співпрацю з містом Елк (Польща). У Стрию розташований завод компанії Leoni.",
		want: []string{
			"agreement(party=Stryi, counterparty=Ełk) established kind=cooperation",
			"located_in(subject=Ełk, place=Poland) established",
			"located_in(subject=Leoni, place=Stryi) established",
		}},
	// 020: memorandum, then the signatories: the mayor's city is the one named in his sentence.
	{text: "Вінниця та литовський Каунас підписали меморандум про партнерство. Документ у Вінниці підписали міський голова Сергій Моргунов та мер Каунаса Вісвалдас Матійошайтіс.",
		want: []string{
			"agreement(party=Vinnytsia, counterparty=Kaunas) established kind=cooperation",
			"holds_position(person=Сергій Моргунов, org=Vinnytsia) established role=міський голова",
			"holds_position(person=Вісвалдас Матійошайтіс, org=Kaunas) established role=мер",
			"located_in(subject=Kaunas, place=Lithuania) established",
		}},
	// 021: a council named by the city's adjective decides to end a twinning.
	{text: "Житомирська міська рада вирішила розірвати побратимські зв'язки з російським Курськом.",
		want: []string{
			"twin_city(city=Zhytomyr, twin=Kursk) ended",
			"located_in(subject=Kursk, place=Russia) established",
		}},
	// 022: the city's adjective before the post.
	{text: "Львівський міський голова Андрій Садовий відвідав Вроцлав.",
		want: []string{
			"holds_position(person=Андрій Садовий, org=Lviv) established role=міський голова",
		}},
	// 023: a forum opens in a city; the event's name follows its description.
	{text: "Сьогодні в Ужгороді відкрився IV Міжнародний економічний форум «Закарпаття – ворота Європи». Участь у заході взяли представники 12 країн.",
		want: []string{
			"held_in(event=Закарпаття – ворота Європи, place=Uzhhorod) established",
		}},
	// 0xx: a partner city with an ordinal; ties of the article's city set up earlier, in the passive.
	{text: "Ніжин і литовський Алітус підписали угоду про партнерство. Алітус став уже шостим містом-партнером Ніжина. Раніше партнерські зв'язки були встановлені з польським Гнезно та німецьким Ерфуртом.",
		want: []string{
			"agreement(party=Nizhyn, counterparty=Alytus) established kind=cooperation",
			"twin_city(city=Alytus, twin=Nizhyn) established",
			"twin_city(city=Nizhyn, twin=Gniezno) established",
			"twin_city(city=Nizhyn, twin=Erfurt) established",
			"located_in(subject=Alytus, place=Lithuania) established",
			"located_in(subject=Erfurt, place=Germany) established",
			"located_in(subject=Gniezno, place=Poland) established",
		}},
	// 0xx: partnership relations discussed; an agreement signed earlier, the party unsaid.
	{text: "Луцьк відвідала делегація з Любліна. Сторони обговорили можливість встановлення партнерських відносин між Луцьком та польським Замостям. Торік угоду про співпрацю було підписано з Хелмом.",
		want: []string{
			"twin_city(city=Lutsk, twin=Zamość) possible",
			"agreement(party=Lutsk, counterparty=Chełm) established kind=cooperation",
			"located_in(subject=Zamość, place=Poland) established",
		}},
	// 0xx: a council post after the council is named; the date of a later clause is not this fact's; relations broken off.
	{text: "Рівненська міська рада ухвалила звернення. Як повідомив секретар міськради Віктор Шакирзян, торік Рівне стало побратимом польської Піли, а у 2022 році місто розірвало відносини з російським Курськом.",
		want: []string{
			"holds_position(person=Віктор Шакирзян, org=Рівненська міська рада) established role=секретар міськради",
			"twin_city(city=Rivne, twin=Piła) established",
			"twin_city(city=Rivne, twin=Kursk) ended 2022",
			"located_in(subject=Kursk, place=Russia) established",
			"located_in(subject=Piła, place=Poland) established",
		}},
	// 0xx: an appointment in the impersonal passive; a post held before, in the imperfective past.
	{text: "Олександра Прокудіна призначено головою Херсонської обласної військової адміністрації. До цього він очолював Головне управління ДСНС у Херсонській області.",
		want: []string{
			"holds_position(person=Олександр Прокудін, org=Херсонська обласна військова адміністрація) established role=голова",
			"holds_position(person=Олександр Прокудін, org=Головне управління ДСНС у Херсонській області) ended role=голова",
			"located_in(subject=ДСНС у Херсонській області, place=Kherson Oblast) established",
			"located_in(subject=Херсонська обласна військова адміністрація, place=Kherson Oblast) established",
		}},
	// 0xx: a forum named by its head and a genitive complement; its organizer in the next sentence.
	{text: "Форум місцевого самоврядування триває 10–12 травня у Любліні. Його організатором є Асоціація польських міст. Житомир і Люблін – партнери з 2019 року.",
		want: []string{
			"held_in(event=Форум місцевого самоврядування, place=Lublin) established --05-10/--05-12",
			"organizer_of(organizer=Асоціація польських міст, event=Форум місцевого самоврядування) established",
			"twin_city(city=Lublin, twin=Zhytomyr) established 2019",
		}},
	// 0xx: both cities plan a twinning agreement after signing a memorandum.
	{text: "Міський голова Сум Олександр Лисенко та мер Ополя Арркадіуш Вішнєвський підписали меморандум про співпрацю. Найближчим часом міста планують укласти угоду про побратимство.",
		want: []string{
			"holds_position(person=Олександр Лисенко, org=Sumy) established role=міський голова",
			"holds_position(person=Арркадіуш Вішнєвський, org=Opole) established role=мер",
			"agreement(party=Sumy, counterparty=Opole) established kind=cooperation",
			"twin_city(city=Sumy, twin=Opole) planned",
			"agreement(party=Sumy, counterparty=Opole) planned kind=twinning",
		}},
}

var ruNews = []sentenceCase{
	// 000: TASS dateline, twinning signed, head of a city executive committee.
	{text: "ВОРОНЕЖ, 12 апреля. /ТАСС/. Воронеж и белорусский Гомель подписали соглашение о побратимстве. Документ подписали глава Воронежа Андрей Кудрявцев и председатель Гомельского горисполкома Павел Шевчук, сообщили в пресс-службе мэрии.",
		want: []string{
			"twin_city(city=Voronezh, twin=Gomel) established",
			"agreement(party=Voronezh, counterparty=Gomel) established kind=twinning",
			"holds_position(person=Андрей Кудрявцев, org=Voronezh) established role=глава",
			"holds_position(person=Павел Шевчук, org=Гомельский горисполком) established role=председатель",
			"located_in(subject=Gomel, place=Belarus) established",
		}},
	// 001: twinning agreement "планируется подписать", speaker's post at the end.
	{text: "ЯРОСЛАВЛЬ, 3 июля. /ТАСС/. Соглашение о побратимстве между Ярославлем и китайским городом Сиань планируется подписать в сентябре во время визита делегации Сианя в Россию, сообщил журналистам мэр Ярославля Артем Зубков.",
		want: []string{
			"twin_city(city=Yaroslavl, twin=Xi'an) planned",
			"agreement(party=Yaroslavl, counterparty=Xi'an) planned kind=twinning",
			"holds_position(person=Артем Зубков, org=Yaroslavl) established role=мэр",
			"located_in(subject=Xi'an, place=China) established",
		}},
	// 002: partner country of an unquoted forum, dates, organizer after a pronoun.
	{text: "КРАСНОЯРСК, 20 февраля. /ТАСС/. Страной-партнером Красноярского экономического форума в этом году станет Монголия. Форум пройдет в Красноярске 18-20 апреля, его организатором выступает правительство Красноярского края.",
		want: []string{
			"partner_of(partner=Mongolia, host=Красноярский экономический форум) planned",
			"held_in(event=Красноярский экономический форум, place=Krasnoyarsk) planned --04-18/--04-20",
			"organizer_of(organizer=Правительство Красноярского края, event=Красноярский экономический форум) established",
			"located_in(subject=Правительство Красноярского края, place=Krasnoyarsk Krai) established",
		}},
	// 003: memorandum with a full date; an akim in the instrumental.
	{text: "Тюмень и казахстанский Петропавловск 15 марта 2024 года подписали меморандум о торгово-экономическом сотрудничестве. Церемония прошла в рамках визита делегации во главе с акимом Северо-Казахстанской области Ерланом Сапаровым.",
		want: []string{
			"agreement(party=Tyumen, counterparty=Petropavl) established 2024-03-15 kind=cooperation",
			"holds_position(person=Ерлан Сапаров, org=North Kazakhstan Region) established role=аким",
			"located_in(subject=Petropavl, place=Kazakhstan) established",
		}},
	// 004: a foreign city's administration suspends twinning; month and year.
	{text: "Мэрия латвийского Даугавпилса приостановила побратимские связи с Псковом в марте 2022 года. В Пскове это решение назвали политическим.",
		want: []string{
			"twin_city(city=Daugavpils, twin=Pskov) ended 2022-03",
			"located_in(subject=Daugavpils, place=Latvia) established",
		}},
	// 005: deputy head quoted first, earlier agreement in the next sentence.
	{text: "«Мы рассчитываем, что уже осенью студенты наших вузов смогут пройти стажировку в Циндао», — сказал заместитель главы Вологды Игорь Мартынов. Ранее Вологда и китайский Циндао заключили соглашение о сотрудничестве в сфере образования.",
		want: []string{
			"quote(speaker=Игорь Мартынов) established",
			"holds_position(person=Игорь Мартынов, org=Vologda) established role=заместитель главы",
			"agreement(party=Vologda, counterparty=Qingdao) established kind=cooperation",
			"located_in(subject=Qingdao, place=China) established",
		}},
	// 006: a twinning proposal rejected.
	{text: "Власти Липецка отклонили предложение о побратимстве с турецкой Бурсой, сообщает РИА Новости.",
		want: []string{"located_in(subject=Bursa, place=Turkey) established"}},
	// 007: cities co-mentioned on a flight route.
	{text: "«Аэрофлот» с 1 июня возобновит рейсы из Сочи в Наманган и Фергану.",
		want: nil},
	// 008: planned meeting of two officials; twinning to be discussed.
	{text: "На следующей неделе мэр Астрахани Дмитрий Белов встретится с акимом Актау Нурлыбеком Рахметовым. Стороны обсудят подписание соглашения о побратимстве между Астраханью и Актау.",
		want: []string{
			"holds_position(person=Дмитрий Белов, org=Astrakhan) established role=мэр",
			"holds_position(person=Нурлыбек Рахметов, org=Aktau) established role=аким",
			"met_with(party=Дмитрий Белов, counterparty=Нурлыбек Рахметов) planned",
			"twin_city(city=Astrakhan, twin=Aktau) possible",
		}},
	// 009: forum with a full date, organizer in the instrumental, general partner.
	{text: "В Калуге 5 октября 2023 года прошел IV форум малых городов «Территория роста». Форум организован Агентством стратегических инициатив, генеральным партнером выступил ВТБ.",
		want: []string{
			"held_in(event=Территория роста, place=Kaluga) established 2023-10-05",
			"organizer_of(organizer=Агентство стратегических инициатив, event=Территория роста) established",
			"partner_of(partner=ВТБ, host=Территория роста) established",
		}},
	// 010: list of twin cities, then one suspends the ties.
	{text: "Среди побратимов Петрозаводска – финский Йоэнсуу, шведский Умео и немецкий Дуйсбург. В 2022 году Йоэнсуу приостановил побратимские отношения с Петрозаводском.",
		want: []string{
			"twin_city(city=Petrozavodsk, twin=Joensuu) established",
			"twin_city(city=Petrozavodsk, twin=Umeå) established",
			"twin_city(city=Petrozavodsk, twin=Duisburg) established",
			"twin_city(city=Joensuu, twin=Petrozavodsk) ended 2022",
			"located_in(subject=Duisburg, place=Germany) established",
			"located_in(subject=Joensuu, place=Finland) established",
			"located_in(subject=Umeå, place=Sweden) established",
		}},
	// 011: indirect speech ("по словам" without quotation marks) is not a quote.
	{text: "По словам главы Магнитогорска Олега Кравцова, соглашение о сотрудничестве с узбекским Алмалыком будет подписано до конца года.",
		want: []string{
			"holds_position(person=Олег Кравцов, org=Magnitogorsk) established role=глава",
			"agreement(party=Magnitogorsk, counterparty=Olmaliq) planned kind=cooperation",
			"located_in(subject=Olmaliq, place=Uzbekistan) established",
		}},
	// 012: mayor quoted about courtyards; tourists from other cities.
	{text: "«Весной мы отремонтируем 40 дворов», — рассказал мэр Кемерова Максим Гусев. Он также отметил, что летом в город приедут туристы из Новосибирска и Томска.",
		want: []string{
			"quote(speaker=Максим Гусев) established",
			"holds_position(person=Максим Гусев, org=Kemerovo) established role=мэр",
		}},
	// 013: "рассматривает возможность установления побратимских связей".
	{text: "Оренбург рассматривает возможность установления побратимских связей с казахстанским Актобе, сообщил РИА Новости источник в администрации города.",
		want: []string{
			"twin_city(city=Orenburg, twin=Aktobe) possible",
			"located_in(subject=Aktobe, place=Kazakhstan) established",
		}},
	// 014: talks with an ambassador; discussed cooperation is not an agreement.
	{text: "Глава Сургута Андрей Филатов провел переговоры с послом Венгрии в России Иштваном Варгой. Стороны обсудили сотрудничество Сургута с венгерским Дебреценом.",
		want: []string{
			"holds_position(person=Андрей Филатов, org=Surgut) established role=глава",
			"holds_position(person=Иштван Варга, org=Hungary) established role=посол",
			"met_with(party=Андрей Филатов, counterparty=Иштван Варга) established",
			"located_in(subject=Debrecen, place=Hungary) established",
		}},
	// 015: twinning agreement prolonged; a second memorandum.
	{text: "Благовещенск и Хэйхэ продлили соглашение о побратимстве еще на пять лет. Кроме того, Благовещенск подписал меморандум о сотрудничестве с китайским городом Цзямусы.",
		want: []string{
			"twin_city(city=Blagoveshchensk, twin=Heihe) established",
			"agreement(party=Blagoveshchensk, counterparty=Heihe) established kind=twinning",
			"agreement(party=Blagoveshchensk, counterparty=Jiamusi) established kind=cooperation",
			"located_in(subject=Jiamusi, place=China) established",
		}},
	// 016: "пока не планирует" – nothing.
	{text: "Саратов пока не планирует заключать соглашение о побратимстве с венгерским Печем, сообщили в пресс-службе городской администрации.",
		want: []string{"located_in(subject=Pécs, place=Hungary) established"}},
	// 017: forum across two months, event name with a colon, two organizers.
	{text: "ВЛАДИКАВКАЗ, 30 сентября. /ТАСС/. Международный форум «Кавказ: время возможностей» пройдет во Владикавказе 30 октября - 1 ноября. Организаторами выступают правительство Северной Осетии и Российский союз промышленников и предпринимателей.",
		want: []string{
			"held_in(event=Кавказ: время возможностей, place=Vladikavkaz) planned --10-30/--11-01",
			"organizer_of(organizer=Правительство Северной Осетии, event=Кавказ: время возможностей) established",
			"organizer_of(organizer=Российский союз промышленников и предпринимателей, event=Кавказ: время возможностей) established",
			"located_in(subject=Правительство Северной Осетии, place=North Ossetia) established",
			"located_in(subject=Российский союз промышленников и предпринимателей, place=Russia) established",
		}},
	// 018: "договор о побратимстве ... был подписан" with a year.
	{text: "Договор о побратимстве между Ижевском и американским городом Бруклин-Парк был подписан в 1992 году.",
		want: []string{
			"twin_city(city=Izhevsk, twin=Brooklyn Park) established 1992",
			"agreement(party=Izhevsk, counterparty=Brooklyn Park) established 1992 kind=twinning",
			"located_in(subject=Brooklyn Park, place=United States) established",
		}},
	// 019: participants of a meeting listed – no relation.
	{text: "В совещании приняли участие представители Курска, Белгорода, Орла и белорусского Гомеля.",
		want: []string{"located_in(subject=Gomel, place=Belarus) established"}},
	// 020: a city's duma decides to end a twinning.
	{text: "Депутаты Рижской думы решили разорвать побратимские связи с Москвой.",
		want: []string{
			"twin_city(city=Riga, twin=Moscow) ended",
		}},
	// 021: a mayor's office suspends twinning ties.
	{text: "Мэрия Даугавпилса приостановила побратимские связи с Псковом.",
		want: []string{
			"twin_city(city=Daugavpils, twin=Pskov) ended",
		}},
	// 0xx: the party of an agreement left unsaid, in the passive, after a visit of the twin's delegation.
	{text: "Липецк и китайский Аньшань стали городами-партнерами. Делегация Аньшаня находится в Липецке с визитом. Ранее соглашение о сотрудничестве было подписано с белорусским Гомелем.",
		want: []string{
			"twin_city(city=Lipetsk, twin=Anshan) established",
			"agreement(party=Lipetsk, counterparty=Gomel) established kind=cooperation",
			"located_in(subject=Anshan, place=China) established",
			"located_in(subject=Gomel, place=Belarus) established",
		}},
	// 0xx: a region and a city with its kind noun sign; a twin's mayor named after a genitive city.
	{text: "В 2019 году Ярославская область и провинция Хэнань подписали соглашение о сотрудничестве. Кроме того, у Ярославля есть побратимские связи с Эксетером и Кайзерслаутерном.",
		want: []string{
			"agreement(party=Yaroslavl Oblast, counterparty=Henan) established 2019 kind=cooperation",
			"twin_city(city=Yaroslavl, twin=Exeter) established",
			"twin_city(city=Yaroslavl, twin=Kaiserslautern) established",
		}},
	// 0xx: an exhibition in quotes repeated in the genitive; organizers, a future general partner, dates in a later sentence.
	{text: "В Казани пройдет выставка «Агрокомплекс». Выставка «Агрокомплекс» пройдет в Казани с 12 по 15 марта. Организаторами «Агрокомплекса» выступают Министерство сельского хозяйства РФ и правительство Татарстана. Генеральным партнером станет Россельхозбанк.",
		want: []string{
			"held_in(event=Агрокомплекс, place=Kazan) planned --03-12/--03-15",
			"organizer_of(organizer=Минсельхоз России, event=Агрокомплекс) established",
			"organizer_of(organizer=Правительство Татарстана, event=Агрокомплекс) established",
			"partner_of(partner=Россельхозбанк, host=Агрокомплекс) planned",
			"located_in(subject=Правительство Татарстана, place=Tatarstan) established",
		}},
}

var enNews = []sentenceCase{
	// 000: Reuters dateline, twinning suspended, mayor named after the title.
	{text: "WARSAW, March 3 (Reuters) - The Polish port city of Szczecin has suspended its twinning agreement with Rostov-on-Don, Mayor Marek Kowalczyk said on Thursday.",
		want: []string{
			"twin_city(city=Szczecin, twin=Rostov-on-Don) ended",
			"agreement(party=Szczecin, counterparty=Rostov-on-Don) ended kind=twinning",
			"holds_position(person=Marek Kowalczyk, org=Szczecin) established role=mayor",
		}},
	// 001: memorandum of understanding with a date, signatories in the next sentence.
	{text: "Kamianske and the Czech city of Ostrava signed a memorandum of understanding on reconstruction cooperation on 12 April 2024. The document was signed by Kamianske Mayor Dmytro Reshetniak and Ostrava Deputy Mayor Tomáš Kratochvíl.",
		want: []string{
			"agreement(party=Kamianske, counterparty=Ostrava) established 2024-04-12 kind=cooperation",
			"holds_position(person=Dmytro Reshetniak, org=Kamianske) established role=mayor",
			"holds_position(person=Tomáš Kratochvíl, org=Ostrava) established role=deputy mayor",
			"located_in(subject=Ostrava, place=Czech Republic) established",
		}},
	// 002: forum in single quotes with a full date range, organizers and a partner.
	{text: "The third 'Resilient Cities Forum' will take place in Gdynia on 15-16 May 2025. The event is organized by the Union of Polish Metropolises and the Association of Ukrainian Cities, with the European Investment Bank as its main partner.",
		want: []string{
			"held_in(event=Resilient Cities Forum, place=Gdynia) planned 2025-05-15/2025-05-16",
			"organizer_of(organizer=Union of Polish Metropolises, event=Resilient Cities Forum) established",
			"organizer_of(organizer=Association of Ukrainian Cities, event=Resilient Cities Forum) established",
			"partner_of(partner=European Investment Bank, host=Resilient Cities Forum) established",
		}},
	// 003: "twinned with ... since", then a list introduced by "Its".
	{text: "Leeds has been twinned with Dortmund since 1969. Its other sister cities include Lille, Siegen and Durban.",
		want: []string{
			"twin_city(city=Leeds, twin=Dortmund) established 1969",
			"twin_city(city=Leeds, twin=Lille) established",
			"twin_city(city=Leeds, twin=Siegen) established",
			"twin_city(city=Leeds, twin=Durban) established",
		}},
	// 004: a council rejects a twinning proposal.
	{text: "Galway City Council rejected a proposal to twin the city with the Ukrainian town of Lubny.",
		want: []string{"located_in(subject=Lubny, place=Ukraine) established"}},
	// 005: mayor quoted about trams; cities she visited are not twins here.
	{text: "'We expect the new tram line to open by December,' Bristol Mayor Emma Clarke told reporters. Clarke spoke after a visit to Hanover and Porto.",
		want: []string{
			"quote(speaker=Emma Clarke) established",
			"holds_position(person=Emma Clarke, org=Bristol) established role=mayor",
		}, skip: "quote: single quotes '...' not taken as quote marks; a title before the speaker ('Bristol Mayor P told') blocks said_after"},
	// 006: twinning suspended with a year.
	{text: "In 2022 Coventry suspended its twinning with Volgograd, citing the invasion of Ukraine.",
		want: []string{
			"twin_city(city=Coventry, twin=Volgograd) ended 2022",
		}},
	// 007: "could become sister cities", reported speech without quotation marks.
	{text: "Tucson and the Ukrainian city of Kryvyi Rih could become sister cities, Tucson Mayor Laura Benitez said.",
		want: []string{
			"twin_city(city=Tucson, twin=Kryvyi Rih) possible",
			"holds_position(person=Laura Benitez, org=Tucson) established role=mayor",
			"located_in(subject=Kryvyi Rih, place=Ukraine) established",
		}},
	// 008: dateline with a year, partner city of an unquoted festival.
	{text: "TARTU, May 2, 2024 - The Ukrainian city of Bila Tserkva will be the partner city of this year's Tartu Hanseatic Days festival, which takes place in Tartu on 20-23 June.",
		want: []string{
			"partner_of(partner=Bila Tserkva, host=Tartu Hanseatic Days) planned",
			"held_in(event=Tartu Hanseatic Days, place=Tartu) planned 2024-06-20/2024-06-23",
			"located_in(subject=Bila Tserkva, place=Ukraine) established",
		}},
	// 009: meeting with an ambassador named with a nationality adjective.
	{text: "Aarhus Mayor Mette Lund met with Ukrainian Ambassador to Denmark Olha Kovalenko to discuss the reconstruction of Ochakiv.",
		want: []string{
			"holds_position(person=Mette Lund, org=Aarhus) established role=mayor",
			"holds_position(person=Olha Kovalenko, org=Ukraine) established role=ambassador",
			"met_with(party=Mette Lund, counterparty=Olha Kovalenko) established",
		}},
	// 010: anniversary of a twinning, a partial quote in single quotes.
	{text: "Glasgow marked the 20th anniversary of its twinning with Turin on Saturday. Glasgow's Lord Provost Fiona Reid said the link had brought 'real benefits to both cities'.",
		want: []string{
			"twin_city(city=Glasgow, twin=Turin) established",
			"quote(speaker=Fiona Reid) established",
			"holds_position(person=Fiona Reid, org=Glasgow) established role=lord provost",
		}, skip: "rule gap: 'its twinning with Y' (marked the anniversary of); single-quoted partial quote; 'both cities' resolved to one city"},
	// 011: never signed – nothing.
	{text: "Despite frequent cultural exchanges, Cardiff and Lyon have never signed a twinning agreement.",
		want: nil},
	// 012: "are set to sign" a memorandum; Korean name, surname first.
	{text: "Busan and the Ukrainian port of Chornomorsk are set to sign a memorandum of cooperation on port logistics next month. \"Our ports face similar challenges,\" Busan Deputy Mayor Park Sung-ho said.",
		want: []string{
			"agreement(party=Busan, counterparty=Chornomorsk) planned kind=cooperation",
			"quote(speaker=Park Sung-ho) established",
			"holds_position(person=Park Sung-ho, org=Busan) established role=deputy mayor",
			"located_in(subject=Chornomorsk, place=Ukraine) established",
		}},
	// 013: a city "in southern Poland", agreement with a year, offices of companies.
	{text: "Katowice, in southern Poland, signed a cooperation agreement with Kramatorsk in 2023. Ericsson and Fujitsu have offices in Katowice.",
		want: []string{
			"located_in(subject=Katowice, place=Poland) established",
			"agreement(party=Katowice, counterparty=Kramatorsk) established 2023 kind=cooperation",
			"located_in(subject=Ericsson, place=Katowice) established",
			"located_in(subject=Fujitsu, place=Katowice) established",
		}},
	// 014: "hosted" with a date range; organized by a network and "the city of".
	{text: "Ghent hosted the conference \"Cities Against Poverty\" on 8-9 November 2023. The event was organised by Eurocities and the city of Ghent.",
		want: []string{
			"held_in(event=Cities Against Poverty, place=Ghent) established 2023-11-08/2023-11-09",
			"organizer_of(organizer=Eurocities, event=Cities Against Poverty) established",
			"organizer_of(organizer=Ghent, event=Cities Against Poverty) established",
		}},
	// 015: "has no plans to sign" – nothing.
	{text: "Porto has no plans to sign a cooperation agreement with Macau, a spokesperson for the city hall said on Friday.",
		want: nil},
	// 016: twinning ended on a date; the mayor named without his city.
	{text: "On 7 March 2022 the Finnish city of Oulu ended its twinning with Arkhangelsk. The decision was backed by Mayor Seppo Järvinen.",
		want: []string{
			"twin_city(city=Oulu, twin=Arkhangelsk) ended 2022-03-07",
			"holds_position(person=Seppo Järvinen, org=Oulu) established role=mayor",
			"located_in(subject=Oulu, place=Finland) established",
		}},
	// 017: partner country of an exhibition held in a city, day range without a year.
	{text: "Japan will be the partner country of the \"Rebuild Ukraine\" exhibition in Poznań on 14-15 November.",
		want: []string{
			"partner_of(partner=Japan, host=Rebuild Ukraine) planned",
			"held_in(event=Rebuild Ukraine, place=Poznań) planned --11-14/--11-15",
		}},
	// 018: planned meeting of two mayors about a possible sister-city partnership.
	{text: "Albuquerque Mayor Richard Vega will meet with Fastiv Mayor Oleh Savchuk next week to discuss a possible sister-city partnership.",
		want: []string{
			"holds_position(person=Richard Vega, org=Albuquerque) established role=mayor",
			"holds_position(person=Oleh Savchuk, org=Fastiv) established role=mayor",
			"met_with(party=Richard Vega, counterparty=Oleh Savchuk) planned",
			"twin_city(city=Albuquerque, twin=Fastiv) possible",
		}},
	// 019: football fixtures co-mention cities and clubs.
	{text: "Ferencváros will face Sporting in Lisbon on Wednesday, while Celtic host Feyenoord in Glasgow.",
		want: nil},
	// 020: a city council votes to end a twinning.
	{text: "Kyiv City Council voted to sever twinning ties with Moscow.",
		want: []string{
			"twin_city(city=Kyiv, twin=Moscow) ended",
		}},
	// 021: a mayor meets an ambassador named with the country and the post before the name.
	{text: "Kharkiv Mayor Ihor Terekhov met with the US Ambassador to Ukraine Bridget Brink on Tuesday.",
		want: []string{
			"holds_position(person=Ihor Terekhov, org=Kharkiv) established role=mayor",
			"holds_position(person=Bridget Brink, org=United States) established role=ambassador",
			"met_with(party=Ihor Terekhov, counterparty=Bridget Brink) established",
		}},
	// 022: a delegation from a city is not the mayor's city.
	{text: "Mayor Petro Ivanenko met with a delegation from Wrocław.",
		want: []string{
			"met_with(party=Petro Ivanenko, counterparty=Wrocław) established",
		}},
	// 0xx: adverbs before "twinned", twins located by their country, "making the two cities sister cities".
	{text: "Leicester is also twinned with Krefeld in Germany and Strasbourg. The mayor of Leicester, Peter Soulsby, and Chemnitz Mayor Sven Schulze signed a memorandum on Friday, making the two cities sister cities.",
		want: []string{
			"twin_city(city=Leicester, twin=Krefeld) established",
			"twin_city(city=Leicester, twin=Strasbourg) established",
			"holds_position(person=Peter Soulsby, org=Leicester) established role=mayor",
			"holds_position(person=Sven Schulze, org=Chemnitz) established role=mayor",
			"agreement(party=Leicester, counterparty=Chemnitz) established kind=cooperation",
			"twin_city(city=Leicester, twin=Chemnitz) established",
		}},
	// 0xx: a council keeps its twinning link; an agreement with the party unsaid.
	{text: "Exeter City Council has voted to keep its twinning link with the French city of Rennes. A cooperation agreement was signed with Bad Homburg in 2019.",
		want: []string{
			"twin_city(city=Exeter, twin=Rennes) established",
			"agreement(party=Exeter, counterparty=Bad Homburg) established 2019 kind=cooperation",
			"located_in(subject=Rennes, place=France) established",
		}},
}
