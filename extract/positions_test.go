package extract

import "testing"

// Posts and the organizations or countries they belong to (holds_position):
// posts that name their body, country adjectives, state posts of known
// people, verbs of working and appointing. Invented sentences.
var positionCasesRU = []sentenceCase{
	// A post that names its body: the body is the org.
	{text: "Глава МВД Владимир Колокольцев провел совещание.", want: []string{"holds_position(person=Владимир Колокольцев, org=МВД России) established role=глава"}},
	{text: "Бывший председатель Госдумы Иван Рыбкин выступил на конференции.", want: []string{"holds_position(person=Иван Рыбкин, org=Государственная дума) ended role=председатель"}},
	{text: "Член Совета Федерации Петр Смирнов внес законопроект.", want: []string{"holds_position(person=Петр Смирнов, org=Совет Федерации) established role=член"}},
	// Legal forms before a company name, asides after a name.
	{text: "Гендиректор ООО «Металлоинвест» Андрей Варичев открыл новый цех.", want: []string{"holds_position(person=Андрей Варичев, org=Металлоинвест) established role=гендиректор"}},
	{text: "Иван Сидоров (на фото), бывший директор «Газпрома», дал интервью.", want: []string{"holds_position(person=Иван Сидоров, org=Газпром) ended role=директор"}},
	// A country adjective counts only before a post of a state.
	{text: "Британский премьер Борис Джонсон посетил Эдинбург.", want: []string{"holds_position(person=Борис Джонсон, org=United Kingdom) established role=премьер"}},
	{text: "Аргентинский футболист Лионель Месси забил гол."},
	{text: "Польский композитор Кшиштоф Пендерецкий написал симфонию."},
	// A state post of a well-known person takes the country the lexicon
	// gives for the post, if the text names it.
	{text: "Россия выиграла чемпионат. Президент Владимир Путин поздравил сборную.", want: []string{"holds_position(person=Владимир Путин, org=Russia) established role=президент"}},
	{text: "Президент Владимир Путин поздравил сборную."},
	// The country named before a post of an unknown person, or "страны".
	{text: "В Эстонии прошли выборы. Премьер-министр Карл Сепп признал итоги.", want: []string{"held_in(event=выборы, place=Estonia) established", "holds_position(person=Карл Сепп, org=Estonia) established role=премьер-министр"}},
	{text: "Выборы в Эстонии прошли спокойно. Президент страны Карл Сепп признал итоги.", want: []string{"held_in(event=Выборы, place=Estonia) established", "holds_position(person=Карл Сепп, org=Estonia) established role=президент"}},
	// A kinship word: the name is the relative's.
	{text: "В Словакии дочь президента Ивона Новакова открыла выставку."},
	// Verbs with a pronoun subject, working in, leading, appointing.
	{text: "Петр Сергеев родился в Туле. В 2010 году он возглавил компанию «Газпром».", want: []string{"holds_position(person=Петр Сергеев, org=Газпром) established role=глава"}},
	{text: "Анна Волкова работала в Минфине и Минздраве.", want: []string{"holds_position(person=Анна Волкова, org=Минфин России) established role=сотрудник", "holds_position(person=Анна Волкова, org=Минздрав России) established role=сотрудник"}},
	{text: "Оркестр Мариинского театра под руководством Сергея Семенова исполнил оперу.", want: []string{"holds_position(person=Сергей Семенов, org=Мариинский театр) established role=руководитель"}},
	{text: "Президент назначил главой Рособрнадзора Сергея Кравцова.", want: []string{"holds_position(person=Сергей Кравцов, org=Рособрнадзор) established role=глава"}},
	// A name after the org is the subject of an inverted sentence.
	{text: "Вместо уволенного Ивана Орехова стал директор «Газпрома» Петр Лебедев.", want: []string{"holds_position(person=Петр Лебедев, org=Газпром) established role=директор"}},
	{text: "Иван Орехов стал директором «Газпрома».", want: []string{"holds_position(person=Иван Орехов, org=Газпром) established role=директор"}},
	// Origin is not a workplace: "из", "от".
	{text: "Сын миллиардера из Макао Марио Хо женился."},
}

var positionCasesUK = []sentenceCase{
	{text: "Голова СБУ Василь Малюк провів нараду.", want: []string{"holds_position(person=Василь Малюк, org=Служба безпеки України) established role=голова"}},
	{text: "Польський посол Бартош Ціхоцький привітав угоду.", want: []string{"holds_position(person=Бартош Ціхоцький, org=Poland) established role=посол"}},
	{text: "Польський композитор Кшиштоф Пендерецький написав симфонію."},
	{text: "Олена Петренко, колишня заступниця директора ТОВ «Альфа», дала інтерв'ю.", want: []string{"holds_position(person=Олена Петренко, org=Альфа) ended role=заступниця директора"}},
	{text: "Президент призначив головою СБУ Василя Малюка.", want: []string{"holds_position(person=Василь Малюк, org=Служба безпеки України) established role=голова"}},
}

func TestPositionsRU(t *testing.T) { runSentences(t, "ru", positionCasesRU) }

func TestPositionsUK(t *testing.T) { runSentences(t, "uk", positionCasesUK) }
