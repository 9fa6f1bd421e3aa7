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
