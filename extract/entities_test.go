package extract

import (
	"sort"
	"testing"
)

// entityCase is a sentence and the people (or other entities) that must,
// and must not, be found in it, written as "type:lemma".
type entityCase struct {
	lang, text string
	want       []string // must be among the entities
	not        []string // lemmas that must not be a person
}

func TestEntities(t *testing.T) {
	cases := []entityCase{
		// Names the first-name list does not know.
		{"ru", "Об этом сообщил представитель компании Эдвин Хардман.", []string{"person:Эдвин Хардман"}, nil},
		{"ru", "Соглашение подписали в присутствии Гаррета Рейсмана и журналистов.", []string{"person:Гаррет Рейсман"}, nil},
		{"ru", "Награду вручили Деуэйну Джонсону на церемонии в Лондоне.", []string{"person:Деуэйн Джонсон"}, nil},
		{"ru", "Интервью с Антонеллой Рокуццо вышло в субботу.", []string{"person:Антонелла Рокуццо"}, nil},
		{"ru", "По словам эксперта Рокко Санто Филиппоне, сделка выгодна.", []string{"person:Рокко Санто Филиппоне"}, nil},
		{"uk", "Про це розповіла журналістка Мирославою Гонгадзе.", []string{"person:Мирослава Гонгадзе"}, nil},
		{"uk", "Нагороду вручили Івану Ішманову в Києві.", []string{"person:Іван Ішманов"}, nil},
		// A name at the start of a line counts.
		{"uk", "Було по обіді.\nПетро недаремно вибрав це місце.", []string{"person:Петро"}, nil},
		// Capitals that do not mark names.
		{"ru", "Штурм Капитолия начался днём. Сторонники Трампа прорвали оцепление.", nil, []string{"Штурм Капитолия"}},
		{"ru", "Материалы Иносми Читать Далее Комментарии Правила", nil, []string{"Материалы Иносми"}},
		{"ru", "Он прочёл «Анна Каренина» за неделю.", nil, []string{"Анна Каренина"}},
	}
	runEntityCases(t, cases)
}

func runEntityCases(t *testing.T, cases []entityCase) {
	t.Helper()
	for _, c := range cases {
		checkEntities(t, c.lang, c.text, c.want, c.not, typeLemma, func(e *Entity, _ *Mention) string {
			if e.Type == Person {
				return e.Lemma
			}
			return ""
		})
	}
}

// entityKey names an entity's mention for checkEntities ("" leaves it out).
type entityKey func(e *Entity, m *Mention) string

// typeLemma keys a mention by its entity's "type:lemma".
func typeLemma(e *Entity, _ *Mention) string { return e.Type + ":" + e.Lemma }

// checkEntities extracts text and reports every want that no mention's
// wantKey gives and every not that some mention's notKey gives.
func checkEntities(t *testing.T, lang, text string, want, not []string, wantKey, notKey entityKey) {
	t.Helper()
	doc, err := langExtractor(t, lang).Extract("", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got, bad := map[string]bool{}, map[string]bool{}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		for j := range e.Mentions {
			if k := wantKey(e, &e.Mentions[j]); k != "" {
				got[k] = true
			}
			if k := notKey(e, &e.Mentions[j]); k != "" {
				bad[k] = true
			}
		}
	}
	all := make([]string, 0, len(got))
	for k := range got {
		all = append(all, k)
	}
	sort.Strings(all)
	for _, w := range want {
		if !got[w] {
			t.Errorf("%s: want %q, got %q", text, w, all)
		}
	}
	for _, n := range not {
		if bad[n] {
			t.Errorf("%s: %q must not be found, got %q", text, n, all)
		}
	}
}

// A small town's name next to a name nobody knows is part of the name.
func TestEntitiesWeakTowns(t *testing.T) {
	cases := []entityCase{
		{"ru", "Шахматист Вишванатан Ананд выиграл партию.", []string{"person:Вишванатан Ананд"}, nil},
		{"ru", "Суд оправдал Асию Биби в среду.", []string{"person:Асия Биби"}, nil},
		{"ru", "Тренер сборной Йоахим Лёв доволен игрой.", []string{"person:Йоахим Лёв"}, nil},
		{"ru", "Словак Любош Михел судил финал.", []string{"person:Любош Михел"}, nil},
	}
	runEntityCases(t, cases)
}

// Latin-script company names after a company noun in Cyrillic text.
func TestEntitiesLatinCompanies(t *testing.T) {
	cases := []entityCase{
		{"uk", "Завод компанії Fujikura працює у Львові.", []string{"company:Fujikura", "city:Львів"}, nil},
		{"ru", "Концерн Kongsberg Maritime построит завод.", []string{"company:Kongsberg Maritime"}, nil},
		{"uk", "Він приїхав до Berlin Brandenburg.", nil, []string{"company:Berlin Brandenburg"}},
	}
	runEntityCases(t, cases)
}

// Events named by a capitalized head and a genitive complement.
func TestEntitiesEventComplements(t *testing.T) {
	cases := []entityCase{
		{"ru", "В Казани прошел Форум регионов России и Беларуси.", []string{"event:Форум регионов России и Беларуси", "country:Россия", "city:Казань"}, nil},
		{"ru", "Участники Форума регионов России и Беларуси подписали соглашения.", []string{"event:Форум регионов России и Беларуси"}, nil},
		{"ru", "В Москве открылся Фестиваль китайской культуры.", []string{"event:Фестиваль китайской культуры"}, nil},
		{"uk", "У Львові відбувся Форум міст-побратимів.", []string{"event:Форум міст-побратимів"}, nil},
		{"uk", "У Києві відбувся Форум регіонів України та Польщі.", []string{"event:Форум регіонів України та Польщі", "country:Польща"}, nil},
		// A complement that starts with a name makes a body, not an event.
		{"ru", "Законопроект внесли в Конгресс США.", []string{"org:Конгресс США"}, []string{"event:Конгресс США"}},
		{"ru", "Делегация Форума сегодня прибыла в Минск.", nil, []string{"event:Форум сегодня"}},
	}
	runEntityCases(t, cases)
}

// Organizations named by description, not listed in the lexicon.
func TestEntitiesDescribedBodies(t *testing.T) {
	cases := []entityCase{
		{"uk", "Рішення ухвалив Обласний комітет ветеранів минулого тижня.", []string{"org:Обласний комітет ветеранів"}, nil},
		{"uk", "Про це повідомили у Державному агентстві резерву.", []string{"org:Державне агентство резерву"}, nil},
		{"uk", "Лист надіслали до Міністерства охорони здоров'я.", []string{"org:Міністерство охорони здоров'я"}, nil},
		{"ru", "Об этом сообщили в пресс-службе Областного комитета ветеранов.", []string{"org:Областной комитет ветеранов"}, nil},
		{"ru", "Доклад опубликовал Комитет защиты журналистов.", []string{"org:Комитет защиты журналистов"}, nil},
		{"ru", "Премьера прошла на сцене Большого театра.", []string{"org:Большой театр"}, nil},
		{"ru", "Дело расследуют сотрудники Следственного комитета Армении.", []string{"org:Следственный комитет Армении", "country:Армения"}, nil},
		// Public bodies written in lower case: with their place or after
		// its adjective.
		{"ru", "Об этом заявили в правительстве Мали.", []string{"org:Правительство Мали", "country:Мали"}, nil},
		{"ru", "Запрос направили в министерство культуры Польши.", []string{"org:Министерство культуры Польши"}, nil},
		{"ru", "Решение поддержало японское правительство.", []string{"org:Японское правительство"}, nil},
		{"ru", "Источник в российском министерстве финансов это подтвердил.", []string{"org:Российское министерство финансов"}, nil},
		{"ru", "Задержанного передали полиции Сан-Диего.", []string{"org:Полиция Сан-Диего"}, nil},
		{"uk", "Звернення надіслали до мерії Львова.", []string{"org:Мерія Львова"}, nil},
		{"uk", "Такі дані наводить міністерство охорони здоров'я Ізраїлю.", []string{"org:Міністерство охорони здоров'я Ізраїлю"}, nil},
	}
	runEntityCases(t, cases)
	for _, c := range []struct{ lang, text string }{
		{"uk", "Американська компанія оголосила про звільнення."},
		{"ru", "Ученые института провели опыт."},
		{"ru", "Федеральные агентства получили указания."},
		{"ru", "Правительство обсудило бюджет, а полиция усилила патрули."},
	} {
		doc, err := langExtractor(t, c.lang).Extract("", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range doc.Entities {
			if e.Type == Org {
				t.Errorf("%s: no organization expected, got %s", c.text, e.Lemma)
			}
		}
	}
}

// Adjectival surnames after a name nobody knows; a name right after a post
// and its place.
func TestEntitiesAdjectivalSurnames(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"uk", "Бартош Ціхоцький привітав підписання.", []string{"person:Бартош Ціхоцький"}, nil},
		{"uk", "Посол Польщі в Україні Бартош Ціхоцький привітав підписання.", []string{"person:Бартош Ціхоцький"}, nil},
		{"uk", "Зустріч із Бартошем Ціхоцьким відбулася у вівторок.", []string{"person:Бартош Ціхоцький"}, nil},
	})
}
