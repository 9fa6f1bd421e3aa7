package extract

import "testing"

// TestOrgSpans checks the exact text of organization and company mentions
// in invented sentences: legal forms and quotes, descriptions, and the
// places and bodies a body's name runs over.
func TestOrgSpans(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []string // org or company mentions, as written
		not        []string // texts that must not be such a mention
	}{
		// Ukrainian: an abbreviation before quotes is the legal form and
		// belongs to the name; a common noun before quotes does not.
		{"uk", "Тендер виграло ПФ «Зоряна Нива», а фірма «Сонячний Берег» програла.",
			[]string{"ПФ «Зоряна Нива»", "Сонячний Берег"}, []string{"ПФ", "фірма «Сонячний Берег»"}},
		// A nested name closed by one mark, and a later mention in quotes alone.
		{"uk", "Позов подало ТОВ «Будівельна компанія «Гранітбуд». Засновником «Гранітбуду» є киянин.",
			[]string{"ТОВ «Будівельна компанія «Гранітбуд»", "Гранітбуду"}, []string{"Гранітбуд"}},
		// Two legal forms, and a capitalized description before the noun.
		{"uk", "Договір уклали ТОВ НВП «Ранок Плюс» та Юридична фірма «Право і Честь».",
			[]string{"ТОВ НВП «Ранок Плюс»", "Юридична фірма «Право і Честь»"}, nil},
		// A country's adjective is a description, not a part of the name.
		{"uk", "Латвійська компанія «Балтік Трейд» відкрила офіс.",
			[]string{"Балтік Трейд"}, []string{"Латвійська компанія «Балтік Трейд»"}},
		// A city's name in quotes after a company noun names the company.
		{"uk", "Суд стягнув борг з ТОВ «Полтава».", []string{"ТОВ «Полтава»"}, []string{"Суд стягнув з ТОВ «Полтава»"}},
		// A preposition ends a body's name; genitives after an institution
		// noun belong to it.
		{"ru", "Выставку провела Сибирская торгово-промышленная палата при поддержке мэрии.",
			[]string{"Сибирская торгово-промышленная палата"}, []string{"Сибирская торгово-промышленная палата при"}},
		{"ru", "Кредит выдал Северный банк развития и сотрудничества.", []string{"Северный банк развития и сотрудничества"}, []string{"Северный банк"}},
		// A bank or a plant named in quotes after an event noun is a company.
		{"ru", "Партнером выставки стал банк «Северное сияние».", []string{"Северное сияние"}, nil},
		{"uk", "Спонсором фестивалю виступив завод «Зоряний метал».", []string{"Зоряний метал"}, nil},
		// Russian keeps the legal form out of the name.
		{"ru", "Акции ООО «Северный Ветер» купила газета «Вечерний Звон».",
			[]string{"Северный Ветер", "Вечерний Звон"}, []string{"ООО «Северный Ветер»"}},
		// A closing mark opens no name.
		{"ru", "Он снял «Зимний марафон» и «Я иду по Казани».", nil, []string{"и «Я иду по Казани"}},
		// Bodies with the region, city or body they belong to.
		{"uk", "Рішення Господарського суду Полтавської області оскаржили.",
			[]string{"Господарського суду Полтавської області"}, nil},
		{"uk", "Справу розглянув Орджонікідзевський районний суд м. Запоріжжя Запорізької області.",
			[]string{"Орджонікідзевський районний суд м. Запоріжжя Запорізької області"}, nil},
		{"uk", "Про це повідомило Управління СБУ.", []string{"Управління СБУ"}, nil},
		{"uk", "Документи перевірила Держслужба геології та розвідки.", []string{"Держслужба геології та розвідки"}, nil},
		{"uk", "Закупівлю провів Кременчуцький НПЗ.", []string{"Кременчуцький НПЗ"}, nil},
		{"uk", "Заяву підписав голова ОДА.", []string{"ОДА"}, nil},
		{"ru", "Вакцину создали в Центре имени Николая Гамалеи.", []string{"Центре имени Николая Гамалеи"}, nil},
		// A company in apposition or abroad keeps its own name.
		{"ru", "Об этом сообщило агентство Reuters.", []string{"Reuters"}, []string{"агентство Reuters"}},
		{"ru", "Рейсы Ryanair в Германии отменены.", []string{"Ryanair"}, []string{"Ryanair в Германии"}},
	}
	orgText := func(e *Entity, m *Mention) string {
		if e.Type == Org || e.Type == Company {
			return m.Text
		}
		return ""
	}
	for _, c := range cases {
		checkEntities(t, c.lang, c.text, c.want, c.not, orgText, orgText)
	}
}

func TestSameStem(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"гранітбуд", "гранітбуду", true},
		{"кримбетон", "кримбетоном", true},
		{"профіт", "профітом", true},
		{"нива", "ніва", false},
		{"барс", "барсук", false},
		{"альфа", "альфабанк", false},
	} {
		if got := sameStem(c.a, c.b); got != c.want {
			t.Errorf("sameStem(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestGenericBodySpans checks bodies named by common nouns: one-word
// local councils and courts after their adjective, lower-case courts and
// offices with the place they belong to, and the words that continue or
// end such a name. A court or an office without its place stays a word.
func TestGenericBodySpans(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []string // org mentions, as written
		not        []string // texts that must not be such a mention
	}{
		{"uk", "Позов розглянув господарський суд Житомирської області.",
			[]string{"господарський суд Житомирської області"}, nil},
		{"uk", "Рішення Вишневої сільради скасували депутати.", []string{"Вишневої сільради"}, nil},
		{"uk", "Справу передали до Шевченківського райсуду м. Києва.", []string{"Шевченківського райсуду м. Києва"}, nil},
		{"uk", "Минулого тижня Міністерство внутрішніх справ оголосило тендер.", []string{"Міністерство внутрішніх справ"}, nil},
		{"uk", "Наказ видало Державне управління справами.", []string{"Державне управління справами"}, nil},
		{"uk", "Того ж дня Окружний адмінсуд ухвалою заборонив реєстрацію.", []string{"Окружний адмінсуд"},
			[]string{"Окружний адмінсуд ухвалою"}},
		{"uk", "Позов до суду подала прокуратура Вінницької області.", []string{"прокуратура Вінницької області"}, []string{"суду"}},
		{"uk", "Після цього суд визнав договір недійсним, а апеляційний суд залишив рішення без змін.", nil,
			[]string{"суд", "апеляційний суд"}},
		{"uk", "Міськрада жодних рішень не ухвалювала.", nil, []string{"Міськрада жодних рішень"}},
		{"ru", "Иск рассмотрел окружной суд Амстердама.", []string{"окружной суд Амстердама"}, nil},
		{"ru", "Вчера Басманный райсуд арестовал бизнесмена.", []string{"Басманный райсуд"}, nil},
		{"ru", "Министерство иностранных дел выразило протест.", []string{"Министерство иностранных дел"}, nil},
		{"ru", "Суд вынес решение, и районный суд его утвердил.", nil, []string{"Суд", "районный суд"}},
		// A field after "по"/"з" belongs to a capitalized name only.
		{"ru", "Доклад опубликовало Международное агентство по изучению рака.", []string{"Международное агентство по изучению рака"}, nil},
		{"ru", "Он раскритиковал план американского правительства по стимулированию экономики.", []string{"американского правительства"},
			[]string{"американского правительства по стимулированию экономики"}},
		{"uk", "Висновок надала Обласна комісія з розслідування злочинів.", []string{"Обласна комісія з розслідування злочинів"}, nil},
	}
	orgText := func(e *Entity, m *Mention) string {
		if e.Type == Org || e.Type == Company {
			return m.Text
		}
		return ""
	}
	for _, c := range cases {
		checkEntities(t, c.lang, c.text, c.want, c.not, orgText, orgText)
	}
}
