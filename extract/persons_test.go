package extract

import "testing"

// personCase is a text and the person mentions that must, and must not,
// be found in it, written as "text=lemma of the entity" (want) or as the
// mention's text (not).
type personCase struct {
	lang, text string
	want       []string
	not        []string
}

func TestPersons(t *testing.T) {
	cases := []personCase{
		// Initials apart from their period, as pre-tokenized text writes them.
		{"uk", "Словник уклали Т . К . Пуздирєвої та інші.", []string{"Т . К . Пуздирєвої=Т. К. Пуздирєва"}, nil},
		{"uk", "Навесні 1655 р . Б . Хмельницький вирушив на захід.", []string{"Б . Хмельницький=Б. Хмельницький"}, nil},
		{"uk", "Доповідь зробила В. І. Критської у залі.", []string{"В. І. Критської=В. І. Критська"}, nil},
		// A letter ending a sentence is no initial.
		{"uk", "Це пункт Б . Далі буде інше.", nil, []string{"Б . Далі"}},
		// A surname followed by initials.
		{"uk", "Доручити редактору газети Павлову Г . Л . підготувати звіт.", []string{"Павлову Г . Л .=Павлов Г. Л."}, nil},
		{"uk", "Контроль покласти на заступника Шевчука Я. М.", []string{"Шевчука Я. М.=Шевчук Я. М."}, nil},
		// Surname first, as registers write it.
		{"uk", "Директором фірми є Гайдученко Сергій Миколайович.", []string{"Гайдученко Сергій Миколайович=Сергій Миколайович Гайдученко"}, nil},
		{"uk", "Справу розглядає суддя Мельничук Олена Петрівна.", []string{"Мельничук Олена Петрівна=Олена Петрівна Мельничук"}, nil},
		// A common word that is also an oblique first-name form.
		{"uk", "Але Петренко з цим не погодився.", []string{"Петренко=Петренко"}, []string{"Але Петренко"}},
		// Streets named after people are not mentions of them.
		{"uk", "Офіс розташований на вул. Івана Франка, 12.", nil, []string{"Івана Франка", "Франка"}},
		{"uk", "Ремонт триває на вул . Грушевського та на площі Ярослава Мудрого.", nil, []string{"Грушевського", "Ярослава Мудрого"}},
		{"uk", "Склади на вул. І. Федорова здали в оренду.", nil, []string{"І. Федорова"}},
		{"ru", "Протест прошёл на улице Ленина, а потом на ул. Гагарина.", nil, []string{"Ленина", "Гагарина"}},
		// Names in -ьо and -ьок decline by code.
		{"uk", "Ми поїхали до Зеня Мартинюка на весілля.", []string{"Зеня Мартинюка=Зеньо Мартинюк"}, nil},
		{"uk", "Вона подзвонила Ігорькові Гребенюку вночі.", []string{"Ігорькові Гребенюку=Ігорьок Гребенюк"}, nil},
		// After a post in an oblique case the name is not a nominative.
		{"ru", "Он встретился с помощником мэра Тулы Александра Морозова.", []string{"Александра Морозова=Александр Морозов"}, nil},
		{"ru", "Мэр Тулы Александра Морозова открыла выставку.", []string{"Александра Морозова=Александра Морозова"}, nil},
		// An oblique first name takes the entry's main name of the language.
		{"uk", "Лист підписав заступника директора Петра Гнатюка.", []string{"Петра Гнатюка=Петро Гнатюк"}, nil},
		// A form that is one name's nominative and another's genitive.
		{"uk", "На концерті виступила Олеся Бондар.", []string{"Олеся Бондар=Олеся Бондар"}, nil},
		// A surname alone with a verb of its gender, a title or another
		// person beside it; its other case forms follow.
		{"uk", "Минулого року Тимошков очолив комісію. Потім на Тимошкова подали скаргу.", []string{"Тимошков=Тимошков", "Тимошкова=Тимошков"}, nil},
		{"uk", "За тиждень Гордієнкова поскаржилася до суду.", []string{"Гордієнкова=Гордієнкова"}, nil},
		{"uk", "До зали зайшов пан Залеський зі своїми помічниками.", []string{"Залеський=Залеський"}, nil},
		{"ru", "Как сообщил Карпухин, работы начнутся весной.", []string{"Карпухин=Карпухин"}, nil},
		{"ru", "Договор подписали Илья Котов и Бережнов.", []string{"Бережнов=Бережнов"}, nil},
		{"ru", "Потом Тимошкова школа закрылась.", nil, []string{"Тимошкова"}},
		{"uk", "Ремонт вулиць: Івана Франка, Садова, Вишнева, Смілянська, Крилова.", nil, []string{"Смілянська", "Крилова"}},
		{"uk", "Вантаж привезли у Старокостянтинов був підписаний договір.", nil, []string{"Старокостянтинов"}},
		{"ru", "Северянин признал поражение на выборах.", nil, []string{"Северянин"}},
		// A person named after a post and then by the surname alone.
		{"uk", "Вчора міністр Кулешов прибув до Львова. Кулешов провів зустріч з мером.", []string{"Кулешов=Кулешов"}, nil},
		// A first name and a surname that is also a city.
		{"uk", "Фірму зареєстровано на Дмитра Іванова.", []string{"Дмитра Іванова=Дмитро Іванов"}, nil},
		// Initials glued to the surname, two-letter ones too.
		{"ru", "Сенат утвердит кандидатуру Дж.Смитсона на этот пост.", []string{"Дж.Смитсона=Дж.Смитсон"}, nil},
		// Chinese names: a common surname and a given name of one or two
		// syllables, the given name declined.
		{"ru", "Сделку одобрил Ван Цзюнь, бывший глава фонда.", []string{"Ван Цзюнь=Ван Цзюнь"}, nil},
		{"ru", "Дочь Ван Цзюня училась в Лондоне.", []string{"Ван Цзюня=Ван Цзюнь"}, nil},
		{"uk", "Виставку відкрив Лі Цзіньпен разом із колегами.", []string{"Лі Цзіньпен=Лі Цзіньпен"}, nil},
		// A first name that is also a common word counts alone with a
		// verb or a title, and after that in any case form.
		{"uk", "Увечері Роман знайшов стару валізу. Ця знахідка нагадала Романові дитинство.", []string{"Роман=Роман", "Романові=Роман"}, nil},
		{"uk", "Він читав роман, а потім заснув.", nil, []string{"роман"}},
	}
	for _, c := range cases {
		checkEntities(t, c.lang, c.text, c.want, c.not, func(e *Entity, m *Mention) string {
			if e.Type == Person {
				return m.Text + "=" + e.Lemma
			}
			return ""
		}, func(e *Entity, m *Mention) string {
			if e.Type == Person {
				return m.Text
			}
			return ""
		})
	}
}

// TestSurnameSharedByTwo checks that a surname two people of the text
// share goes to the one named last before it.
func TestSurnameSharedByTwo(t *testing.T) {
	x := langExtractor(t, "ru")
	text := "Отец, Владимир Горобчук, приехал утром. Его сын Владислав Горобчук служил на границе. Горобчука наградили медалью."
	doc, err := x.Extract("", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			if m.Text == "Горобчука" {
				if e.Lemma != "Владислав Горобчук" {
					t.Errorf("Горобчука goes to %s, want Владислав Горобчук", e.Lemma)
				}
				return
			}
		}
	}
	t.Errorf("Горобчука not found as a person")
}
