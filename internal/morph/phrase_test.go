package morph

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// phraseCase lists forms that PhraseForms must produce (want, separated
// by "|") and must not produce (not).
type phraseCase struct {
	lang   string
	phrase string
	g      Gender
	want   string
	not    string
}

var phraseTable = []phraseCase{
	{"uk", "Київ", Unknown, "Києва|Києву|Києві|Києвом", "Київа|Київі"},
	{"uk", "Львів", Unknown, "Львова|Львову|Львові|Львовом", "Львіва"},
	{"uk", "Харків", Unknown, "Харкова|Харкові|Харковом", ""},
	{"uk", "Краків", Unknown, "Кракова|Кракові", ""},
	{"uk", "Дніпро", Unknown, "Дніпра|Дніпру|Дніпрі|Дніпром", ""},
	{"uk", "Одеса", Unknown, "Одеси|Одесі|Одесу|Одесою", ""},
	{"uk", "Полтава", Unknown, "Полтави|Полтаві|Полтаву|Полтавою", ""},
	{"uk", "Рівне", Unknown, "Рівного|Рівному|Рівним", ""},
	{"uk", "Луцьк", Unknown, "Луцька|Луцьку|Луцьком", ""},
	{"uk", "Ужгород", Unknown, "Ужгорода|Ужгороді|Ужгородом", ""},
	{"uk", "Черкаси", Plural, "Черкас|Черкасам|Черкасах|Черкасами", ""},
	{"uk", "Суми", Unknown, "Сум|Сумам|Сумах", ""},
	{"uk", "Чернівці", Unknown, "Чернівців|Чернівцям|Чернівцях", ""},
	{"uk", "Запоріжжя", Unknown, "Запоріжжю|Запоріжжям|Запоріжжі", ""},
	{"uk", "Замостя", Unknown, "Замостю|Замостям|Замості", ""},
	{"uk", "Твер", Fem, "Твері|Твер'ю", ""},
	{"uk", "Перм", Fem, "Пермі|Перм'ю", ""},
	{"uk", "Керч", Fem, "Керчі|Керчю", ""},
	{"uk", "Івано-Франківська область", Fem, "Івано-Франківської області|Івано-Франківській області|Івано-Франківською областю", ""},
	{"ru", "Северо-Казахстанская область", Fem, "Северо-Казахстанской области|Северо-Казахстанскую область", ""},
	{"uk", "Тернопіль", Unknown, "Тернополя|Тернополі|Тернополем", ""},
	{"uk", "Ірпінь", Unknown, "Ірпеня|Ірпені", ""},
	{"uk", "Чернігів", Unknown, "Чернігова|Чернігові", ""},
	{"uk", "Буча", Unknown, "Бучі|Бучу|Бучею", ""},
	{"uk", "Вінниця", Unknown, "Вінниці|Вінницю|Вінницею", ""},
	{"uk", "Біла Церква", Unknown, "Білої Церкви|Білій Церкві|Білу Церкву|Білою Церквою", ""},
	{"uk", "Кривий Ріг", Unknown, "Кривого Рогу|Кривому Розі|Кривим Рогом", "Кривого Ріг"},
	{"uk", "Кам'янець-Подільський", Unknown, "Кам'янця-Подільського|Кам'янці-Подільському|Кам'янцем-Подільським", ""},
	{"uk", "Київська міська рада", Unknown, "Київської міської ради|Київській міській раді|Київську міську раду|Київською міською радою", ""},
	{"uk", "заступник міського голови", Unknown, "заступника міського голови|заступнику міського голови|заступником міського голови", ""},
	{"uk", "Верховна Рада України", Unknown, "Верховної Ради України|Верховній Раді України", ""},
	{"uk", "Київська область", Unknown, "Київської області|Київській області|Київською областю", ""},
	{"uk", "Нью-Йорк", Unknown, "Нью-Йорка|Нью-Йорку", ""},
	{"uk", "Франкфурт-на-Майні", Unknown, "Франкфурта-на-Майні|Франкфурті-на-Майні", ""},
	{"uk", "Мюнхен", Unknown, "Мюнхена|Мюнхені", ""},
	{"uk", "Далянь", Unknown, "Даляня|Даляні|Далянем", ""},
	{"uk", "Китай", Unknown, "Китаю|Китаї|Китаєм", ""},
	{"uk", "Італія", Unknown, "Італії|Італію|Італією", ""},
	{"uk", "Польща", Unknown, "Польщі|Польщу|Польщею", ""},
	{"uk", "Прага", Unknown, "Праги|Празі|Прагу", ""},
	{"uk", "Відень", Unknown, "Відня|Відні|Віднем", ""},
	{"uk", "Бердичів", Unknown, "Бердичева|Бердичеві", ""},
	{"uk", "Тампере", Unknown, "", "Тампера|Тампері"},
	{"uk", "Ханчжоу", Unknown, "", ""},
	{"uk", "КМДА", Unknown, "", "КМДИ"},
	{"uk", "Київрада", Unknown, "Київради|Київраді|Київраду", ""},
	{"uk", "Гамбург", Unknown, "Гамбурга|Гамбургу|Гамбурзі", ""},
	{"uk", "Нижній Новгород", Unknown, "Нижнього Новгорода|Нижньому Новгороді", ""},
	{"ru", "Екатеринбург", Unknown, "Екатеринбурга|Екатеринбургу|Екатеринбургом|Екатеринбурге", ""},
	{"ru", "ЕКАТЕРИНБУРГ", Unknown, "ЕКАТЕРИНБУРГА|ЕКАТЕРИНБУРГЕ", ""},
	{"ru", "Москва", Unknown, "Москвы|Москве|Москву|Москвой", ""},
	{"ru", "Далянь", Unknown, "Даляня|Даляню|Далянем|Даляне", "Даляни"},
	{"ru", "Тула", Unknown, "Тулы|Туле|Тулу|Тулой", ""},
	{"ru", "Пермь", Unknown, "Перми|Пермью", "Пермя"},
	{"ru", "Казань", Unknown, "Казани|Казанью", "Казаня"},
	{"ru", "Рязань", Unknown, "Рязани", ""},
	{"ru", "Тверь", Unknown, "Твери|Тверью", ""},
	{"ru", "Тюмень", Unknown, "Тюмени", ""},
	{"ru", "Кемь", Unknown, "Кеми", ""},
	{"ru", "Ярославль", Unknown, "Ярославля|Ярославле|Ярославлем", ""},
	{"ru", "Далянь", Fem, "Даляни", ""},
	{"ru", "Казань", Masc, "Казаня", ""},
	{"ru", "Орёл", Unknown, "Орла|Орле|Орлом", ""},
	{"ru", "Киев", Unknown, "Киева|Киеве", ""},
	{"ru", "Псков", Unknown, "Пскова|Пскове", ""},
	{"ru", "Новосибирск", Unknown, "Новосибирска|Новосибирске", ""},
	{"ru", "Центр стратегических разработок", Unknown, "Центра стратегических разработок|Центре стратегических разработок", ""},
	{"ru", "Нижний Новгород", Unknown, "Нижнего Новгорода|Нижнем Новгороде|Нижним Новгородом", "Нижнего Новгород"},
	{"ru", "Северный Китай", Unknown, "Северного Китая|Северном Китае", ""},
	{"ru", "Нью-Йорк", Unknown, "Нью-Йорка|Нью-Йорке", ""},
	{"ru", "Ростов-на-Дону", Unknown, "Ростова-на-Дону|Ростове-на-Дону", ""},
	{"ru", "Санкт-Петербург", Unknown, "Санкт-Петербурга|Санкт-Петербурге", ""},
	{"ru", "Мытищи", Plural, "Мытищ|Мытищах|Мытищам", ""},
	{"ru", "Набережные Челны", Plural, "Набережных Челнов|Набережных Челнах|Набережным Челнам", ""},
	{"ru", "Аландские острова", Unknown, "Аландских островов|Аландским островам|Аландских островах", "Аландских острова"},
	{"ru", "Великие Луки", Unknown, "Великих Лук|Великих Луках|Великими Луками", ""},
	{"ru", "Сочи", Unknown, "", ""},
	{"ru", "Токио", Unknown, "", ""},
	{"ru", "Осло", Unknown, "", "Осла"},
	{"ru", "Баку", Unknown, "", ""},
	{"ru", "Чикаго", Unknown, "", ""},
	{"ru", "Тампере", Unknown, "", ""},
	{"ru", "Ханчжоу", Unknown, "", ""},
	{"ru", "Гонолулу", Unknown, "", ""},
	{"ru", "Мюнхен", Unknown, "Мюнхена|Мюнхене", ""},
	{"ru", "ООН", Unknown, "", ""},
	{"ru", "Россия", Unknown, "России|Россию|Россией", ""},
	{"ru", "Китай", Unknown, "Китая|Китае|Китаем", ""},
	{"ru", "Подмосковье", Unknown, "Подмосковья|Подмосковьем", ""},
	{"ru", "Раменское", Unknown, "Раменского|Раменском", ""},
	{"ru", "Грозный", Unknown, "Грозного|Грозном", ""},
	{"ru", "Администрация города Екатеринбурга", Unknown, "Администрации города Екатеринбурга|Администрацией города Екатеринбурга", ""},
	{"ru", "Союз российских городов", Unknown, "Союза российских городов|Союзе российских городов", ""},
	{"ru", "Химки", Unknown, "Химок|Химках", ""},
	{"ru", "Люберцы", Unknown, "Люберец|Люберцах", ""},
	{"ru", "Владивосток", Unknown, "Владивостока|Владивостоке", "Владивостка"},
	{"ru", "Ухань", Unknown, "Уханя|Ухане", ""},
	{"ru", "Алма-Ата", Unknown, "Алма-Аты|Алма-Ате", ""},
	{"ru", "Иваново", Unknown, "Иванова|Иванове", ""},
	{"ru", "Минск", Unknown, "Минска|Минске", ""},
	{"ru", "Пекин", Unknown, "Пекина|Пекине", ""},
	{"ru", "Шанхай", Unknown, "Шанхая|Шанхае", ""},
	{"ru", "Гуанчжоу", Unknown, "", ""},
	{"ru", "Варшава", Unknown, "Варшавы|Варшаве", ""},
	{"ru", "Германия", Unknown, "Германии|Германию", ""},
	{"ru", "Европейский союз", Unknown, "Европейского союза|Европейском союзе", ""},
	{"ru", "Государственная дума", Unknown, "Государственной думы|Государственной думе|Государственную думу", ""},
	{"en", "Kyiv", Unknown, "", ""},
	{"uk", "Kyiv 2", Unknown, "", ""},
}

func TestPhraseForms(t *testing.T) {
	pairs := map[string]int{}
	for _, tc := range phraseTable {
		got := PhraseForms(tc.lang, tc.phrase, tc.g)
		if len(got) == 0 || got[0] != tc.phrase {
			t.Errorf("PhraseForms(%s, %q): nominative not first: %v", tc.lang, tc.phrase, got)
			continue
		}
		if tc.want == "" && tc.not == "" && len(got) != 1 {
			t.Errorf("PhraseForms(%s, %q) = %v, want indeclinable", tc.lang, tc.phrase, got)
		}
		pairs[tc.lang]++
		set := map[string]bool{}
		for _, f := range got {
			if set[f] {
				t.Errorf("PhraseForms(%s, %q): duplicate %q", tc.lang, tc.phrase, f)
			}
			set[f] = true
		}
		for _, w := range splitBar(tc.want) {
			pairs[tc.lang]++
			if !set[w] {
				t.Errorf("PhraseForms(%s, %q, %v) = %v, missing %q", tc.lang, tc.phrase, tc.g, got, w)
			}
		}
		for _, w := range splitBar(tc.not) {
			if set[w] {
				t.Errorf("PhraseForms(%s, %q, %v) = %v, must not contain %q", tc.lang, tc.phrase, tc.g, got, w)
			}
		}
	}
	for _, lang := range []string{"uk", "ru"} {
		if pairs[lang] < 60 {
			t.Errorf("%s: only %d phrase pairs", lang, pairs[lang])
		}
	}
}

func splitBar(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

func TestAdjectiveForms(t *testing.T) {
	tests := []struct {
		lang, masc string
		want       string
	}{
		{"uk", "польський", "польський|польська|польське|польського|польської|польському|польській|польським|польською|польську|польські|польських|польськими"},
		{"uk", "нижній", "нижнього|нижня|нижньої|нижню|нижнє|нижні|нижніх"},
		{"ru", "китайский", "китайский|китайская|китайское|китайского|китайской|китайскому|китайским|китайском|китайскую|китайские|китайских|китайскими"},
		{"ru", "новый", "новая|новое|нового|новой|новым|новую|новые|новых|новыми"},
		{"ru", "синий", "синяя|синее|синего|синей|синим|синюю|синие|синих"},
		{"ru", "большой", "большая|большое|большого|большой|большим|большую|большие|больших"},
		{"ru", "Российский", "Российская|Российского|Российских"},
	}
	for _, tt := range tests {
		got := AdjectiveForms(tt.lang, tt.masc)
		set := map[string]bool{}
		for _, f := range got {
			set[f] = true
		}
		for _, w := range splitBar(tt.want) {
			if !set[w] {
				t.Errorf("AdjectiveForms(%s, %q) = %v, missing %q", tt.lang, tt.masc, got, w)
			}
		}
	}
	if got := AdjectiveForms("ru", "Москва"); len(got) != 1 {
		t.Errorf("AdjectiveForms(noun) = %v", got)
	}
}

func TestNoPanicOddInput(t *testing.T) {
	long := strings.Repeat("й", 1000)
	inputs := []string{"", " ", "-", "--", "a-", "-б", "'", "’я", "ь", "й", "Й", "1", "Київ2", "\xff\xfe", long, long + " " + long,
		"Ростов-на-", "-на-Дону", "а а а а а а а а а а", "ий ий ий", "Ёё", "ЁЛ", "ь-ь-ь-ь-ь"}
	for _, lang := range []string{"uk", "ru", "en", ""} {
		for _, s := range inputs {
			for g := Unknown; g <= Plural; g++ {
				PhraseForms(lang, s, g)
				AdjectiveForms(lang, s)
				FirstNameGender(lang, s)
				LastNameGender(lang, s)
				for p := First; p <= Last; p++ {
					NameForms(lang, p, s, g)
					for c := Nom; c <= Voc+1; c++ {
						DeclineName(lang, p, s, g, c)
						NominativeName(lang, p, s, g, c)
					}
				}
			}
			AnalyzeFirstName(lang, s, knownTest)
			PersonLemma(lang, s, s, s, knownTest)
		}
	}
}

func FuzzPhraseForms(f *testing.F) {
	for _, tc := range phraseTable {
		f.Add(tc.lang, tc.phrase, uint8(tc.g))
	}
	f.Add("uk", "\xff", uint8(9))
	f.Fuzz(func(t *testing.T, lang, phrase string, g uint8) {
		got := PhraseForms(lang, phrase, Gender(g))
		if phrase == "" {
			return
		}
		if len(got) == 0 || got[0] != phrase {
			t.Fatalf("PhraseForms(%q, %q) = %v: nominative not first", lang, phrase, got)
		}
		for _, s := range got {
			if utf8.ValidString(phrase) && !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 form %q of %q", s, phrase)
			}
			if len(s) > 2*len(phrase)+64 {
				t.Fatalf("form %q too long for %q", s, phrase)
			}
		}
	})
}

func FuzzNominativeName(f *testing.F) {
	for _, tc := range nameTable {
		for _, form := range strings.Fields(tc.forms) {
			f.Add(tc.lang, uint8(tc.part), form, uint8(tc.g), uint8(Gen))
		}
	}
	f.Add("uk", uint8(7), "\xff", uint8(9), uint8(99))
	f.Fuzz(func(t *testing.T, lang string, p uint8, form string, g, c uint8) {
		for _, n := range NominativeName(lang, Part(p), form, Gender(g), Case(c)) {
			if n == "" && form != "" {
				t.Fatalf("empty candidate for %q", form)
			}
		}
		DeclineName(lang, Part(p), form, Gender(g), Case(c))
	})
}

func BenchmarkPhraseForms(b *testing.B) {
	words := []string{"Київ", "Екатеринбург", "Київська міська рада", "Тампере", "Далянь", "Москва", "Нижний Новгород", "Ханчжоу", "Черкаси", "Запоріжжя"}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		w := words[i%len(words)]
		lang := "uk"
		if i%2 == 1 {
			lang = "ru"
		}
		PhraseForms(lang, w, Unknown)
	}
}

func BenchmarkPersonLemma(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		PersonLemma("uk", "Дмитра", "", "Давтяна", knownTest)
	}
}
