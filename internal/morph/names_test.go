package morph

import (
	"strings"
	"testing"
)

// nameCase is a table row: a name part in the nominative and its forms in
// Gen, Dat, Acc, Ins, Loc (and Voc for uk), separated by spaces; "-"
// skips a case.
type nameCase struct {
	lang  string
	part  Part
	g     Gender
	nom   string
	forms string
}

var nameTable = []nameCase{
	// Ukrainian first names, masculine.
	{"uk", First, Masc, "Дмитро", "Дмитра Дмитрові Дмитра Дмитром Дмитрові Дмитре"},
	{"uk", First, Masc, "Олександр", "Олександра Олександрові Олександра Олександром Олександрові Олександре"},
	{"uk", First, Masc, "Володимир", "Володимира Володимиру Володимира Володимиром Володимирові Володимире"},
	{"uk", First, Masc, "Андрій", "Андрія Андрію Андрія Андрієм Андрієві Андрію"},
	{"uk", First, Masc, "Віталій", "Віталія Віталієві Віталія Віталієм Віталію Віталію"},
	{"uk", First, Masc, "Ігор", "Ігоря Ігореві Ігоря Ігорем Ігореві Ігорю"},
	{"uk", First, Masc, "Микола", "Миколи Миколі Миколу Миколою Миколі Миколо"},
	{"uk", First, Masc, "Петро", "Петра Петрові Петра Петром Петрові Петре"},
	{"uk", First, Masc, "Павло", "Павла Павлу Павла Павлом Павлові Павле"},
	{"uk", First, Masc, "Василь", "Василя Василеві Василя Василем Василеві Василю"},
	{"uk", First, Masc, "В’ячеслав", "В’ячеслава В’ячеславу В’ячеслава В’ячеславом В’ячеславові В’ячеславе"},
	{"uk", First, Masc, "Яків", "Якова Якову Якова Яковом Якові Якове"},
	{"uk", First, Masc, "Ілля", "Іллі Іллі Іллю Іллею Іллі Ілле"},
	{"uk", First, Masc, "Сергій", "Сергія Сергію Сергія Сергієм Сергієві Сергію"},
	{"uk", First, Masc, "Богдан", "Богдана Богданові Богдана Богданом Богданові Богдане"},
	// Hypocoristics in -ьо (soft stem) and -ьок (fleeting о).
	{"uk", First, Masc, "Зеньо", "Зеня Зеньові Зеня Зеньом Зеньові Зеньо"},
	{"uk", First, Masc, "Дзюньо", "Дзюня Дзюню Дзюня Дзюньом Дзюню Дзюню"},
	{"uk", First, Masc, "Ромцьо", "Ромця Ромцьові Ромця Ромцьом Ромцю Ромцьо"},
	{"uk", First, Masc, "Саньок", "Санька Санькові Санька Саньком Саньку Саньку"},
	{"uk", First, Masc, "Ігорьок", "Ігорька Ігорьку Ігорька Ігорьком Ігорькові Ігорьку"},
	// Ukrainian first names, feminine.
	{"uk", First, Fem, "Олена", "Олени Олені Олену Оленою Олені Олено"},
	{"uk", First, Fem, "Ольга", "Ольги Ользі Ольгу Ольгою Ользі Ольго"},
	{"uk", First, Fem, "Юлія", "Юлії Юлії Юлію Юлією Юлії Юліє"},
	{"uk", First, Fem, "Марія", "Марії Марії Марію Марією Марії Маріє"},
	{"uk", First, Fem, "Наталя", "Наталі Наталі Наталю Наталею Наталі Натале"},
	{"uk", First, Fem, "Мар'яна", "Мар'яни Мар'яні Мар'яну Мар'яною Мар'яні Мар'яно"},
	{"uk", First, Fem, "Любов", "Любові Любові Любов Любов'ю Любові Любове"},
	{"uk", First, Fem, "Ірина", "Ірини Ірині Ірину Іриною Ірині Ірино"},
	// Ukrainian patronymics.
	{"uk", Middle, Masc, "Олександрович", "Олександровича Олександровичу Олександровича Олександровичем Олександровичеві Олександровичу"},
	{"uk", Middle, Masc, "Сергійович", "Сергійовича Сергійовичеві Сергійовича Сергійовичем Сергійовичу -"},
	{"uk", Middle, Fem, "Іванівна", "Іванівни Іванівні Іванівну Іванівною Іванівні Іванівно"},
	{"uk", Middle, Fem, "Андріївна", "Андріївни Андріївні Андріївну Андріївною Андріївні Андріївно"},
	// Ukrainian surnames.
	{"uk", Last, Masc, "Давтян", "Давтяна Давтянові Давтяна Давтяном Давтяну Давтяне"},
	{"uk", Last, Masc, "Прокопів", "Прокопіва Прокопіву Прокопіва Прокопівим Прокопівові -"},
	{"uk", Last, Masc, "Шевченко", "Шевченка Шевченкові Шевченка Шевченком Шевченку Шевченку"},
	{"uk", Last, Fem, "Шевченко", "Шевченко Шевченко Шевченко Шевченко Шевченко Шевченко"},
	{"uk", Last, Masc, "Кличко", "Кличка Кличкові Кличка Кличком Кличку Кличку"},
	{"uk", Last, Masc, "Коваль", "Коваля Ковалю Коваля Ковалем Ковалеві Ковалю"},
	{"uk", Last, Masc, "Мельник", "Мельника Мельникові Мельника Мельником Мельнику Мельнику"},
	{"uk", Last, Masc, "Бойко", "Бойка Бойку Бойка Бойком Бойкові Бойку"},
	{"uk", Last, Masc, "Кравчук", "Кравчука Кравчуку Кравчука Кравчуком Кравчукові Кравчуку"},
	{"uk", Last, Masc, "Ткачук", "Ткачука Ткачукові Ткачука Ткачуком Ткачуку -"},
	{"uk", Last, Masc, "Зеленський", "Зеленського Зеленському Зеленського Зеленським Зеленському Зеленський"},
	{"uk", Last, Fem, "Зеленська", "Зеленської Зеленській Зеленську Зеленською Зеленській Зеленська"},
	{"uk", Last, Masc, "Петренко", "Петренка Петренкові Петренка Петренком Петренку -"},
	{"uk", Last, Fem, "Шуляк", "Шуляк Шуляк Шуляк Шуляк Шуляк Шуляк"},
	{"uk", Last, Masc, "Шуляк", "Шуляка Шуляку Шуляка Шуляком Шулякові -"},
	{"uk", Last, Masc, "Петров", "Петрова Петрову Петрова Петровим Петрові -"},
	{"uk", Last, Fem, "Петрова", "Петрової Петровій Петрову Петровою Петровій -"},
	{"uk", Last, Masc, "Кравець", "Кравця Кравцеві Кравця Кравцем Кравцю Кравцю"},
	{"uk", Last, Masc, "Береза", "Берези Березі Березу Березою Березі Березо"},
	{"uk", Last, Fem, "Скорик-Шкарівська", "Скорик-Шкарівської Скорик-Шкарівській Скорик-Шкарівську Скорик-Шкарівською Скорик-Шкарівській -"},
	{"uk", Last, Masc, "Франко", "Франка Франкові Франка Франком Франкові Франку"},
	{"uk", Last, Masc, "Ткач", "Ткача Ткачеві Ткача Ткачем Ткачу Ткачу"},
	{"uk", Last, Masc, "Черних", "Черних Черних Черних Черних Черних Черних"},
	{"uk", Last, Fem, "Кузьміна", "Кузьміної Кузьміній Кузьміну Кузьміною Кузьміній -"},
	{"uk", Last, Masc, "Кузьмін", "Кузьміна Кузьміну Кузьміна Кузьміним Кузьміні -"},
	// Russian first names.
	{"ru", First, Masc, "Алексей", "Алексея Алексею Алексея Алексеем Алексее"},
	{"ru", First, Masc, "Павел", "Павла Павлу Павла Павлом Павле"},
	{"ru", First, Masc, "Лев", "Льва Льву Льва Львом Льве"},
	{"ru", First, Masc, "Пётр", "Петра Петру Петра Петром Петре"},
	{"ru", First, Masc, "Илья", "Ильи Илье Илью Ильёй Илье"},
	{"ru", First, Masc, "Никита", "Никиты Никите Никиту Никитой Никите"},
	{"ru", First, Masc, "Игорь", "Игоря Игорю Игоря Игорем Игоре"},
	{"ru", First, Masc, "Дмитрий", "Дмитрия Дмитрию Дмитрия Дмитрием Дмитрии"},
	{"ru", First, Masc, "Сергей", "Сергея Сергею Сергея Сергеем Сергее"},
	{"ru", First, Masc, "Владимир", "Владимира Владимиру Владимира Владимиром Владимире"},
	{"ru", First, Fem, "Ирина", "Ирины Ирине Ирину Ириной Ирине"},
	{"ru", First, Fem, "Алёна", "Алёны Алёне Алёну Алёной Алёне"},
	{"ru", First, Fem, "Мария", "Марии Марии Марию Марией Марии"},
	{"ru", First, Fem, "Любовь", "Любови Любови Любовь Любовью Любови"},
	{"ru", First, Fem, "Ольга", "Ольги Ольге Ольгу Ольгой Ольге"},
	{"ru", First, Fem, "Наталья", "Натальи Наталье Наталью Натальей Наталье"},
	// Russian patronymics.
	{"ru", Middle, Masc, "Сергеевич", "Сергеевича Сергеевичу Сергеевича Сергеевичем Сергеевиче"},
	{"ru", Middle, Fem, "Сергеевна", "Сергеевны Сергеевне Сергеевну Сергеевной Сергеевне"},
	{"ru", Middle, Masc, "Ильич", "Ильича Ильичу Ильича Ильичом Ильиче"},
	// Russian surnames.
	{"ru", Last, Masc, "Орлов", "Орлова Орлову Орлова Орловым Орлове"},
	{"ru", Last, Fem, "Орлова", "Орловой Орловой Орлову Орловой Орловой"},
	{"ru", Last, Fem, "Петрова", "Петровой Петровой Петрову Петровой Петровой"},
	{"ru", Last, Masc, "Пушкин", "Пушкина Пушкину Пушкина Пушкиным Пушкине"},
	{"ru", Last, Masc, "Толстой", "Толстого Толстому Толстого Толстым Толстом"},
	{"ru", Last, Fem, "Толстая", "Толстой Толстой Толстую Толстой Толстой"},
	{"ru", Last, Masc, "Достоевский", "Достоевского Достоевскому Достоевского Достоевским Достоевском"},
	{"ru", Last, Fem, "Достоевская", "Достоевской Достоевской Достоевскую Достоевской Достоевской"},
	{"ru", Last, Masc, "Шевченко", "Шевченко Шевченко Шевченко Шевченко Шевченко"},
	{"ru", Last, Masc, "Мельник", "Мельника Мельнику Мельника Мельником Мельнике"},
	{"ru", Last, Fem, "Мельник", "Мельник Мельник Мельник Мельник Мельник"},
	{"ru", Last, Masc, "Черных", "Черных Черных Черных Черных Черных"},
	{"ru", Last, Masc, "Бонч-Бруевич", "Бонч-Бруевича Бонч-Бруевичу Бонч-Бруевича Бонч-Бруевичем Бонч-Бруевиче"},
	{"ru", Last, Masc, "Гусь", "Гусь Гусь Гусь Гусь Гусь"},
	{"ru", Last, Masc, "Цой", "Цоя Цою Цоя Цоем Цое"},
	{"ru", Last, Masc, "Дюма", "Дюма Дюма Дюма Дюма Дюма"},
	{"ru", Last, Masc, "Кузнецов", "Кузнецова Кузнецову Кузнецова Кузнецовым Кузнецове"},
	{"ru", Last, Fem, "Кузнецова", "Кузнецовой Кузнецовой Кузнецову Кузнецовой Кузнецовой"},
	{"ru", Last, Masc, "Собянин", "Собянина Собянину Собянина Собяниным Собянине"},
	{"ru", Last, Masc, "Галицкий", "Галицкого Галицкому Галицкого Галицким Галицком"},
	{"ru", Last, Masc, "Гайдай", "Гайдая Гайдаю Гайдая Гайдаем Гайдае"},
}

func TestDeclineNameTable(t *testing.T) {
	pairs := map[string]int{}
	for _, tc := range nameTable {
		var p para
		ok := namePara(&p, tc.lang, tc.part, tc.nom, tc.g)
		forms := strings.Fields(tc.forms)
		for i, f := range forms {
			c := Case(i + 1)
			if f == "-" {
				continue
			}
			pairs[tc.lang]++
			if !ok {
				if f != tc.nom {
					t.Errorf("%s %q (%v): not declined, want %v %q", tc.lang, tc.nom, tc.g, c, f)
				}
				continue
			}
			if found, _ := p.has(c, f); !found {
				t.Errorf("%s %q (%v) %v: got %q (all %v), want %q", tc.lang, tc.nom, tc.g, c,
					DeclineName(tc.lang, tc.part, tc.nom, tc.g, c), NameForms(tc.lang, tc.part, tc.nom, tc.g), f)
			}
		}
	}
	for _, lang := range []string{"uk", "ru"} {
		if pairs[lang] < 100 {
			t.Errorf("%s: only %d (name, case, form) pairs", lang, pairs[lang])
		}
	}
}

func TestDeclineNamePrimary(t *testing.T) {
	tests := []struct {
		lang string
		part Part
		g    Gender
		nom  string
		c    Case
		want string
	}{
		{"uk", First, Masc, "Дмитро", Gen, "Дмитра"},
		{"uk", Last, Masc, "Давтян", Gen, "Давтяна"},
		{"uk", First, Masc, "Володимир", Gen, "Володимира"},
		{"uk", Last, Masc, "Прокопів", Gen, "Прокопіва"},
		{"uk", Last, Masc, "Шевченко", Gen, "Шевченка"},
		{"uk", Last, Fem, "Шевченко", Gen, "Шевченко"},
		{"uk", First, Fem, "Олена", Gen, "Олени"},
		{"uk", Last, Fem, "Шуляк", Gen, "Шуляк"},
		{"uk", First, Masc, "Ігор", Gen, "Ігоря"},
		{"uk", Last, Fem, "Скорик-Шкарівська", Gen, "Скорик-Шкарівської"},
		{"uk", First, Masc, "В’ячеслав", Gen, "В’ячеслава"},
		{"uk", First, Unknown, "Олена", Ins, "Оленою"},
		{"uk", Last, Unknown, "Зеленська", Gen, "Зеленської"},
		{"uk", First, Masc, "ДМИТРО", Gen, "ДМИТРА"},
		{"uk", First, Masc, "Дмитро", Nom, "Дмитро"},
		{"ru", First, Masc, "Алексей", Gen, "Алексея"},
		{"ru", Last, Masc, "Орлов", Gen, "Орлова"},
		{"ru", First, Fem, "Ирина", Gen, "Ирины"},
		{"ru", Last, Fem, "Петрова", Gen, "Петровой"},
		{"ru", Last, Masc, "ОРЛОВ", Ins, "ОРЛОВЫМ"},
		{"ru", First, Unknown, "Ирина", Dat, "Ирине"},
		{"ru", First, Masc, "Алексей", Voc, "Алексей"},
		{"en", First, Masc, "John", Gen, "John"},
		{"uk", First, Masc, "John", Gen, "John"},
		{"uk", Last, Masc, "", Gen, ""},
	}
	for _, tt := range tests {
		if got := DeclineName(tt.lang, tt.part, tt.nom, tt.g, tt.c); got != tt.want {
			t.Errorf("DeclineName(%s, %v, %q, %v, %v) = %q, want %q", tt.lang, tt.part, tt.nom, tt.g, tt.c, got, tt.want)
		}
	}
}

func TestNominativeNameRoundTrip(t *testing.T) {
	for _, tc := range nameTable {
		for c := Case(1); int(c) < casesFor(tc.lang); c++ {
			var p para
			if !namePara(&p, tc.lang, tc.part, tc.nom, tc.g) {
				continue
			}
			for v := 0; v < int(p.n[c]); v++ {
				form := p.render(c, v)
				got := NominativeName(tc.lang, tc.part, form, tc.g, c)
				if !containsFold(got, tc.nom) {
					t.Errorf("NominativeName(%s, %v, %q, %v, %v) = %v, want it to contain %q", tc.lang, tc.part, form, tc.g, c, got, tc.nom)
				}
			}
		}
	}
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if foldEq(x, s) {
			return true
		}
	}
	return false
}

func TestNominativeNameBest(t *testing.T) {
	tests := []struct {
		lang string
		part Part
		form string
		g    Gender
		c    Case
		want string
	}{
		{"uk", Last, "Давтяна", Masc, Gen, "Давтян"},
		{"uk", Last, "Прокопіва", Masc, Gen, "Прокопів"},
		{"uk", First, "Дмитра", Masc, Gen, "Дмитро"},
		{"uk", First, "Володимира", Masc, Gen, "Володимир"},
		{"uk", First, "Олени", Fem, Gen, "Олена"},
		{"uk", Last, "Шуляк", Fem, Gen, "Шуляк"},
		{"uk", Last, "Зеленського", Masc, Gen, "Зеленський"},
		{"uk", Last, "Зеленської", Fem, Gen, "Зеленська"},
		{"uk", Last, "Шевченком", Masc, Ins, "Шевченко"},
		{"uk", Last, "Мельником", Masc, Ins, "Мельник"},
		{"uk", Last, "Бойком", Masc, Ins, "Бойко"},
		{"ru", Last, "Ткачуком", Masc, Ins, "Ткачук"},
		{"uk", Last, "Коваля", Masc, Gen, "Коваль"},
		{"uk", Last, "Кравцем", Masc, Ins, "Кравець"},
		{"uk", First, "Ігоря", Masc, Gen, "Ігор"},
		{"ru", Last, "Орлова", Masc, Gen, "Орлов"},
		{"ru", First, "Алексея", Masc, Gen, "Алексей"},
		{"ru", Last, "Петровой", Fem, Gen, "Петрова"},
		{"ru", First, "Ирины", Fem, Gen, "Ирина"},
		{"ru", First, "Павла", Masc, Gen, "Павел"},
		{"ru", Last, "Орлов", Masc, Nom, "Орлов"},
	}
	for _, tt := range tests {
		got := NominativeName(tt.lang, tt.part, tt.form, tt.g, tt.c)
		if len(got) == 0 || got[0] != tt.want {
			t.Errorf("NominativeName(%s, %v, %q, %v, %v) = %v, want %q first", tt.lang, tt.part, tt.form, tt.g, tt.c, got, tt.want)
		}
	}
}

var testFirstNames = map[string]Gender{
	"Дмитро": Masc, "Володимир": Masc, "Олена": Fem, "Ірина": Fem, "Андрій": Masc, "Олександр": Masc,
	"Алексей": Masc, "Ирина": Fem, "Павел": Masc, "Саша": Unknown, "Ігор": Masc, "Юлія": Fem,
	"Зеньо": Masc, "Саньок": Masc,
}

func knownTest(nom string) (Gender, bool) {
	g, ok := testFirstNames[nom]
	return g, ok
}

func TestPersonLemma(t *testing.T) {
	tests := []struct {
		lang                string
		first, middle, last string
		want                Name
		ok                  bool
	}{
		{"uk", "Дмитра", "", "Давтяна", Name{First: "Дмитро", Last: "Давтян", Gender: Masc, Case: Gen}, true},
		{"uk", "Володимира", "", "Прокопіва", Name{First: "Володимир", Last: "Прокопів", Gender: Masc, Case: Gen}, true},
		{"uk", "Олени", "", "Шуляк", Name{First: "Олена", Last: "Шуляк", Gender: Fem, Case: Gen}, true},
		{"uk", "Олена", "", "Шуляк", Name{First: "Олена", Last: "Шуляк", Gender: Fem, Case: Nom}, true},
		{"uk", "Андрієм", "", "Кравцем", Name{First: "Андрій", Last: "Кравець", Gender: Masc, Case: Ins}, true},
		{"uk", "Юлії", "", "Зеленської", Name{First: "Юлія", Last: "Зеленська", Gender: Fem, Case: Gen}, true},
		{"uk", "Олександра", "Олександровича", "Шевченка", Name{First: "Олександр", Middle: "Олександрович", Last: "Шевченко", Gender: Masc, Case: Gen}, true},
		{"ru", "Алексея", "", "Орлова", Name{First: "Алексей", Last: "Орлов", Gender: Masc, Case: Gen}, true},
		{"ru", "Ирины", "", "Петровой", Name{First: "Ирина", Last: "Петрова", Gender: Fem, Case: Gen}, true},
		{"ru", "Павлом", "", "Орловым", Name{First: "Павел", Last: "Орлов", Gender: Masc, Case: Ins}, true},
		{"ru", "Алексей", "", "", Name{First: "Алексей", Gender: Masc, Case: Nom}, true},
		{"uk", "Зеня", "", "Мартинюка", Name{First: "Зеньо", Last: "Мартинюк", Gender: Masc, Case: Gen}, true},
		{"uk", "Зеньом", "", "", Name{First: "Зеньо", Gender: Masc, Case: Ins}, true},
		{"uk", "Санька", "", "Гребенюка", Name{First: "Саньок", Last: "Гребенюк", Gender: Masc, Case: Gen}, true},
		{"ru", "Джона", "", "Смита", Name{}, false},
	}
	for _, tt := range tests {
		got, ok := PersonLemma(tt.lang, tt.first, tt.middle, tt.last, knownTest)
		if ok != tt.ok || got != tt.want {
			t.Errorf("PersonLemma(%s, %q, %q, %q) = %+v, %v; want %+v, %v", tt.lang, tt.first, tt.middle, tt.last, got, ok, tt.want, tt.ok)
		}
	}
}

func TestAnalyzeFirstName(t *testing.T) {
	an := AnalyzeFirstName("uk", "Дмитра", knownTest)
	if len(an) != 1 || an[0].Nom != "Дмитро" || an[0].Gender != Masc || len(an[0].Cases) != 2 || an[0].Cases[0] != Gen || an[0].Cases[1] != Acc {
		t.Errorf("AnalyzeFirstName(Дмитра) = %+v", an)
	}
	an = AnalyzeFirstName("ru", "Саше", knownTest)
	if len(an) == 0 || an[0].Nom != "Саша" {
		t.Errorf("AnalyzeFirstName(Саше) = %+v", an)
	}
	if an := AnalyzeFirstName("uk", "Невідомого", knownTest); len(an) != 0 {
		t.Errorf("AnalyzeFirstName(unknown) = %+v", an)
	}
}

func TestGender(t *testing.T) {
	tests := []struct {
		lang, name string
		last       bool
		want       Gender
	}{
		{"uk", "Дмитро", false, Masc},
		{"uk", "Олена", false, Fem},
		{"uk", "Микола", false, Masc},
		{"uk", "Любов", false, Fem},
		{"uk", "Андрій", false, Masc},
		{"ru", "Алексей", false, Masc},
		{"ru", "Ирина", false, Fem},
		{"ru", "Никита", false, Masc},
		{"ru", "Петрова", true, Fem},
		{"ru", "Орлов", true, Masc},
		{"ru", "Шевченко", true, Unknown},
		{"uk", "Шевченко", true, Unknown},
		{"uk", "Зеленський", true, Masc},
		{"uk", "Зеленська", true, Fem},
		{"uk", "Давтян", true, Unknown},
		{"uk", "Петрова", true, Fem},
		{"uk", "Скорик-Шкарівська", true, Fem},
		{"uk", "Smith", true, Unknown},
	}
	for _, tt := range tests {
		var got Gender
		if tt.last {
			got = LastNameGender(tt.lang, tt.name)
		} else {
			got = FirstNameGender(tt.lang, tt.name)
		}
		if got != tt.want {
			t.Errorf("gender(%s, %q, last=%v) = %v, want %v", tt.lang, tt.name, tt.last, got, tt.want)
		}
	}
}

func TestPetrovichLoads(t *testing.T) {
	if err := PetrovichError(); err != nil {
		t.Fatal(err)
	}
}
