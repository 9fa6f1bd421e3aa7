package lexicon

import (
	"bytes"
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/factum-nlp/factum/internal/text"
)

func defaultEntries(t *testing.T) []*Entry {
	t.Helper()
	es, err := DefaultFiles()
	if err != nil {
		t.Fatalf("DefaultFiles: %v", err)
	}
	return es
}

func TestDefaultFilesParse(t *testing.T) {
	names, err := fs.Glob(DataFS(), "data/*.lex")
	if err != nil || len(names) == 0 {
		t.Fatalf("no embedded files: %v", err)
	}
	for _, name := range names {
		src, _ := fs.ReadFile(DataFS(), name)
		if _, err := Parse(name, src); err != nil {
			t.Errorf("%v", err)
		}
	}
	es := defaultEntries(t)
	seen := map[string]bool{}
	for _, e := range es {
		if seen[e.ID] {
			t.Errorf("duplicate ID %s after Merge", e.ID)
		}
		seen[e.ID] = true
	}
}

// place is what the embedded lexicon must say about a city: its GeoNames
// id and its canonical names.
type place struct{ geonames, en, uk, ru string }

// Every Ukrainian oblast centre (and Kyiv, Sevastopol).
var uaCentres = []place{
	{"703448", "Kyiv", "Київ", "Киев"},
	{"689558", "Vinnytsia", "Вінниця", "Винница"},
	{"702569", "Lutsk", "Луцьк", "Луцк"},
	{"709930", "Dnipro", "Дніпро", "Днепр"},
	{"709717", "Donetsk", "Донецьк", "Донецк"},
	{"686967", "Zhytomyr", "Житомир", "Житомир"},
	{"690548", "Uzhhorod", "Ужгород", "Ужгород"},
	{"687700", "Zaporizhzhia", "Запоріжжя", "Запорожье"},
	{"707471", "Ivano-Frankivsk", "Івано-Франківськ", "Ивано-Франковск"},
	{"705812", "Kropyvnytskyi", "Кропивницький", "Кропивницкий"},
	{"702658", "Luhansk", "Луганськ", "Луганск"},
	{"702550", "Lviv", "Львів", "Львов"},
	{"700569", "Mykolaiv", "Миколаїв", "Николаев"},
	{"698740", "Odesa", "Одеса", "Одесса"},
	{"696643", "Poltava", "Полтава", "Полтава"},
	{"695594", "Rivne", "Рівне", "Ровно"},
	{"692194", "Sumy", "Суми", "Сумы"},
	{"691650", "Ternopil", "Тернопіль", "Тернополь"},
	{"706483", "Kharkiv", "Харків", "Харьков"},
	{"706448", "Kherson", "Херсон", "Херсон"},
	{"706369", "Khmelnytskyi", "Хмельницький", "Хмельницкий"},
	{"710791", "Cherkasy", "Черкаси", "Черкассы"},
	{"710719", "Chernivtsi", "Чернівці", "Черновцы"},
	{"710735", "Chernihiv", "Чернігів", "Чернигов"},
	{"693805", "Simferopol", "Сімферополь", "Симферополь"},
	{"694423", "Sevastopol", "Севастополь", "Севастополь"},
}

// Every Russian city over 500,000 people.
var ruLarge = []place{
	{"524901", "Moscow", "Москва", "Москва"},
	{"498817", "Saint Petersburg", "Санкт-Петербург", "Санкт-Петербург"},
	{"1496747", "Novosibirsk", "Новосибірськ", "Новосибирск"},
	{"1486209", "Yekaterinburg", "Єкатеринбург", "Екатеринбург"},
	{"520555", "Nizhny Novgorod", "Нижній Новгород", "Нижний Новгород"},
	{"551487", "Kazan", "Казань", "Казань"},
	{"1508291", "Chelyabinsk", "Челябінськ", "Челябинск"},
	{"1496153", "Omsk", "Омськ", "Омск"},
	{"499099", "Samara", "Самара", "Самара"},
	{"501175", "Rostov-on-Don", "Ростов-на-Дону", "Ростов-на-Дону"},
	{"479561", "Ufa", "Уфа", "Уфа"},
	{"1502026", "Krasnoyarsk", "Красноярськ", "Красноярск"},
	{"511196", "Perm", "Перм", "Пермь"},
	{"472045", "Voronezh", "Воронеж", "Воронеж"},
	{"472757", "Volgograd", "Волгоград", "Волгоград"},
	{"542420", "Krasnodar", "Краснодар", "Краснодар"},
	{"498677", "Saratov", "Саратов", "Саратов"},
	{"1488754", "Tyumen", "Тюмень", "Тюмень"},
	{"482283", "Tolyatti", "Тольятті", "Тольятти"},
	{"554840", "Izhevsk", "Іжевськ", "Ижевск"},
	{"1510853", "Barnaul", "Барнаул", "Барнаул"},
	{"479123", "Ulyanovsk", "Ульяновськ", "Ульяновск"},
	{"2023469", "Irkutsk", "Іркутськ", "Иркутск"},
	{"2022890", "Khabarovsk", "Хабаровськ", "Хабаровск"},
	{"468902", "Yaroslavl", "Ярославль", "Ярославль"},
	{"2013348", "Vladivostok", "Владивосток", "Владивосток"},
	{"535121", "Lipetsk", "Липецьк", "Липецк"},
	{"511565", "Penza", "Пенза", "Пенза"},
	{"515003", "Orenburg", "Оренбург", "Оренбург"},
	{"1496990", "Novokuznetsk", "Новокузнецьк", "Новокузнецк"},
	{"500096", "Ryazan", "Рязань", "Рязань"},
	{"523750", "Naberezhnye Chelny", "Набережні Челни", "Набережные Челны"},
	{"580497", "Astrakhan", "Астрахань", "Астрахань"},
}

// The 50 largest Chinese cities (by the GeoNames population figures).
var cnLarge = []place{
	{"1796236", "Shanghai", "Шанхай", "Шанхай"}, {"1816670", "Beijing", "Пекін", "Пекин"},
	{"1783873", "Zhumadian", "Чжумадянь", "Чжумадянь"}, {"1800146", "Nanchong", "Наньчун", "Наньчун"},
	{"1793724", "Tai'an", "Тайань", "Тайань"}, {"1927639", "Yueyang", "Юеян", "Юэян"},
	{"1804879", "Kaifeng", "Кайфин", "Кайфын"}, {"1791247", "Wuhan", "Ухань", "Ухань"},
	{"1814906", "Chongqing", "Чунцін", "Чунцин"}, {"1815286", "Chengdu", "Ченду", "Чэнду"},
	{"1792947", "Tianjin", "Тяньцзінь", "Тяньцзинь"}, {"1798425", "Puyang", "Пуян", "Пуян"},
	{"2034937", "Shenyang", "Шеньян", "Шэньян"}, {"1794903", "Shiyan", "Шиянь", "Шиянь"},
	{"2037013", "Harbin", "Харбін", "Харбин"}, {"1790630", "Xi'an", "Сіань", "Сиань"},
	{"1804430", "Lanzhou", "Ланьчжоу", "Ланьчжоу"}, {"1809858", "Guangzhou", "Гуанчжоу", "Гуанчжоу"},
	{"1799962", "Nanjing", "Нанкін", "Нанкин"}, {"1795565", "Shenzhen", "Шеньчжень", "Шэньчжэнь"},
	{"1793511", "Taiyuan", "Тайюань", "Тайюань"}, {"1785725", "Yunfu", "Юньфу", "Юньфу"},
	{"2038180", "Changchun", "Чанчунь", "Чанчунь"}, {"1915223", "Zhongshan", "Чжуншань", "Чжуншань"},
	{"1815577", "Changsha", "Чанша", "Чанша"}, {"1805753", "Jinan", "Цзінань", "Цзинань"},
	{"1814087", "Dalian", "Далянь", "Далянь"}, {"1784658", "Zhengzhou", "Чженчжоу", "Чжэнчжоу"},
	{"1795270", "Shijiazhuang", "Шицзячжуан", "Шицзячжуан"}, {"8347664", "Ordos", "Ордос", "Ордос"},
	{"2036502", "Jilin", "Гірін", "Гирин"}, {"1808926", "Hangzhou", "Ханчжоу", "Ханчжоу"},
	{"1800163", "Nanchang", "Наньчан", "Наньчан"}, {"1797929", "Qingdao", "Ціндао", "Циндао"},
	{"1793346", "Tangshan", "Таншань", "Таншань"}, {"1788534", "Xinyang", "Сіньян", "Синьян"},
	{"1529102", "Urumqi", "Урумчі", "Урумчи"}, {"2037355", "Fushun", "Фушунь", "Фушунь"},
	{"1801792", "Luoyang", "Лоян", "Лоян"}, {"1808722", "Hefei", "Хефей", "Хэфэй"},
	{"1802875", "Liuyang", "Люян", "Люян"}, {"1808963", "Handan", "Ханьдань", "Ханьдань"},
	{"1886760", "Suzhou", "Сучжоу", "Сучжоу"}, {"1795940", "Shantou", "Шаньтоу", "Шаньтоу"},
	{"2038432", "Baotou", "Баотоу", "Баотоу"}, {"2038632", "Anshan", "Аньшань", "Аньшань"},
	{"1787824", "Xuzhou", "Сюйчжоу", "Сюйчжоу"}, {"1810821", "Fuzhou", "Фучжоу", "Фучжоу"},
	{"1809461", "Guiyang", "Гуйян", "Гуйян"}, {"1790923", "Wuxi", "Усі", "Уси"},
}

// The capitals of the EU member states.
var euCapitals = []place{
	{"2761369", "Vienna", "Відень", "Вена"}, {"2800866", "Brussels", "Брюссель", "Брюссель"},
	{"727011", "Sofia", "Софія", "София"}, {"3186886", "Zagreb", "Загреб", "Загреб"},
	{"146268", "Nicosia", "Нікосія", "Никосия"}, {"3067696", "Prague", "Прага", "Прага"},
	{"2618425", "Copenhagen", "Копенгаген", "Копенгаген"}, {"588409", "Tallinn", "Таллінн", "Таллин"},
	{"658225", "Helsinki", "Гельсінкі", "Хельсинки"}, {"2988507", "Paris", "Париж", "Париж"},
	{"2950159", "Berlin", "Берлін", "Берлин"}, {"264371", "Athens", "Афіни", "Афины"},
	{"3054643", "Budapest", "Будапешт", "Будапешт"}, {"2964574", "Dublin", "Дублін", "Дублин"},
	{"3169070", "Rome", "Рим", "Рим"}, {"456172", "Riga", "Рига", "Рига"},
	{"593116", "Vilnius", "Вільнюс", "Вильнюс"}, {"2960316", "Luxembourg", "Люксембург", "Люксембург"},
	{"2562305", "Valletta", "Валлетта", "Валлетта"}, {"2759794", "Amsterdam", "Амстердам", "Амстердам"},
	{"756135", "Warsaw", "Варшава", "Варшава"}, {"2267057", "Lisbon", "Лісабон", "Лиссабон"},
	{"683506", "Bucharest", "Бухарест", "Бухарест"}, {"3060972", "Bratislava", "Братислава", "Братислава"},
	{"3196359", "Ljubljana", "Любляна", "Любляна"}, {"3117735", "Madrid", "Мадрид", "Мадрид"},
	{"2673730", "Stockholm", "Стокгольм", "Стокгольм"},
}

func TestCoverage(t *testing.T) {
	es := defaultEntries(t)
	byGeo := map[string]*Entry{}
	for _, e := range es {
		if e.Type == "city" && e.Attrs["geonames"] != "" {
			byGeo[e.Attrs["geonames"]] = e
		}
	}
	for _, set := range []struct {
		name   string
		places []place
		min    int
	}{{"ua", uaCentres, 26}, {"ru", ruLarge, 33}, {"cn", cnLarge, 50}, {"eu", euCapitals, 27}} {
		if len(set.places) < set.min {
			t.Errorf("%s: list has %d places, want %d", set.name, len(set.places), set.min)
		}
		for _, p := range set.places {
			e := byGeo[p.geonames]
			if e == nil {
				t.Errorf("%s: geonames:%s (%s) missing", set.name, p.geonames, p.en)
				continue
			}
			for _, c := range []struct{ lang, want string }{{"en", p.en}, {"uk", p.uk}, {"ru", p.ru}} {
				if got := e.Canonical(c.lang); got != c.want {
					t.Errorf("%s: %s Canonical(%q) = %q, want %q", set.name, e.ID, c.lang, got, c.want)
				}
			}
		}
	}
}

func TestKnownVariants(t *testing.T) {
	es := defaultEntries(t)
	byID := map[string]*Entry{}
	for _, e := range es {
		byID[e.ID] = e
	}
	tests := []struct {
		id, lang, name string
	}{
		{"Q1899", "en", "Kiev"}, {"Q1899", "uk", "українська столиця"},
		{"Q4970", "uk", "Ханджоу"}, {"Q42308", "en", "Kharkov"}, {"Q1874", "en", "Odessa"},
		{"geonames:709930", "ru", "Днепропетровск"}, {"geonames:705812", "ru", "Кировоград"},
		{"Q887", "ru", "Екатеринбург"}, {"Q35493", "ru", "Алма-Ата"}, {"Q1520", "ru", "Нур-Султан"},
		{"Q21197", "ru", "Кишинёв"}, {"Q1770", "ru", "Таллин"}, {"geonames:713174", "uk", "Артемівськ"},
		{"Q16572", "ru", "Кантон"}, {"Q15174", "uk", "Шеньчжень"},
		{"Q159", "", "РФ"}, {"Q159", "uk", "Росія"}, {"Q148", "", "КНР"}, {"Q30", "en", "USA"},
		{"Q30", "uk", "США"}, {"Q145", "uk", "Британія"}, {"Q183", "", "ФРН"}, {"Q183", "", "ФРГ"},
		{"Q217", "ru", "Молдавия"}, {"Q184", "ru", "Белоруссия"}, {"Q184", "uk", "Білорусь"},
		{"Q213", "en", "Czechia"}, {"Q43", "en", "Türkiye"}, {"Q43", "uk", "Туреччина"},
		{"Q884", "ru", "Южная Корея"},
	}
	for _, tt := range tests {
		e := byID[tt.id]
		if e == nil {
			t.Errorf("%s missing", tt.id)
			continue
		}
		found := false
		for _, n := range e.Names {
			if n.Lang == tt.lang && n.Text == tt.name {
				found = true
			}
		}
		if !found {
			t.Errorf("%s has no %s name %q: %v", tt.id, tt.lang, tt.name, e.Names)
		}
	}
	// Flags.
	flag := func(id, lang, text string) Name {
		for _, n := range byID[id].Names {
			if n.Lang == lang && n.Text == text {
				return n
			}
		}
		return Name{}
	}
	if n := flag("geonames:1814087", "ru", "Далянь"); n.Gender != 'm' {
		t.Errorf("Далянь gender %q, want m", n.Gender)
	}
	if n := flag("Q900", "ru", "Казань"); n.Gender != 'f' {
		t.Errorf("Казань gender %q, want f", n.Gender)
	}
	// Countries: adjectives for the main ones and the capital link.
	adj := 0
	for _, e := range es {
		if e.Type == "country" && e.Attrs["adj-uk"] != "" && e.Attrs["adj-ru"] != "" && e.Attrs["adj-en"] != "" {
			adj++
		}
	}
	if adj < 120 {
		t.Errorf("%d countries with adjectives, want >= 120", adj)
	}
	if ua := byID["Q212"]; ua == nil || ua.Attrs["capital"] != "Q1899" || ua.Attrs["adj-uk"] != "український" {
		t.Errorf("Ukraine: %+v", ua)
	}
}

// TestCtxFlags checks that names which are common words or first names are
// flagged, and that capitals are not.
func TestCtxFlags(t *testing.T) {
	es := defaultEntries(t)
	ctx := map[string]bool{}
	for _, e := range es {
		if e.Type != "city" {
			continue
		}
		for _, n := range e.Names {
			if n.Ctx {
				ctx[n.Lang+":"+n.Text] = true
			}
		}
	}
	for _, want := range []string{"en:Reading", "en:Bath", "en:Split", "ru:Орёл", "uk:Володимир"} {
		if !ctx[want] {
			t.Errorf("%s is not flagged {ctx}", want)
		}
	}
	for _, not := range []string{"en:Kyiv", "uk:Київ", "en:Sofia", "ru:Москва"} {
		if ctx[not] {
			t.Errorf("%s is flagged {ctx}", not)
		}
	}
}

func TestParseFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"a.lex": {Data: []byte("Q1\tcity\ten=A\nQ2\tcity\ten=B\n")},
		"b.lex": {Data: []byte("-Q1\nQ2\tcity\tuk=Б\n")},
		"c.lex": {Data: []byte("Q3\tcitty\n")},
	}
	es, err := ParseFiles(fsys, "a.lex", "b.lex")
	if err != nil || len(es) != 1 || es[0].ID != "Q2" || len(es[0].Names) != 2 {
		t.Errorf("got %v, %v", es, err)
	}
	_, err = ParseFiles(fsys, "a.lex", "c.lex", "missing.lex")
	var el ErrorList
	if !errors.As(err, &el) || len(el) != 2 || !strings.HasPrefix(el[0].Error(), "c.lex:1:4:") || el[1].File != "missing.lex" {
		t.Errorf("got %v", err)
	}
}

// TestGeneratedHeaders checks the credits and that generated files say so.
func TestGeneratedHeaders(t *testing.T) {
	for name, want := range map[string][]string{
		"data/cities.lex":    {"GENERATED", "go run ./gen", "GeoNames", "CC BY 4.0"},
		"data/countries.lex": {"GENERATED", "go run ./gen", "i18n-iso-countries", "MIT"},
	} {
		src, err := fs.ReadFile(DataFS(), name)
		if err != nil {
			t.Fatal(err)
		}
		head := src[:min(len(src), 1000)]
		for _, w := range want {
			if !bytes.Contains(head, []byte(w)) {
				t.Errorf("%s header lacks %q", name, w)
			}
		}
	}
}

func BenchmarkDefaultFiles(b *testing.B) {
	for b.Loop() {
		if _, err := DefaultFiles(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDefaultCaseForms looks up oblique case forms in the default lexicon:
// forms the declension rules build and forms the data lists as written
// (fleeting vowels, stressed plurals, historical states).
func TestDefaultCaseForms(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"в Египте", "Q79"},
		{"президент Египта", "Q79"},
		{"до Єгипту", "Q79"},
		{"на Маврикии", "Q1027"},
		{"Аландских островов", "iso:AX"},
		{"народный артист СССР", "Q15180"},
		{"часів СРСР", "Q15180"},
		{"распада Советского Союза", "Q15180"},
		{"в Югославии", "Q36704"},
		{"у Чехословаччині", "Q33946"},
		{"Київської Русі", "Q2305208"},
		{"в Орле", "geonames:515012"},
		{"до Тернополя", "geonames:691650"},
		// Towns below 15,000 people (cities-ua-towns.lex) and current
		// names of renamed towns of cities.lex.
		{"у Тисмениці", "town:ua:tysmenytsia"},
		{"з Бурштина", "town:ua:burshtyn"},
		{"біля Ходорова", "town:ua:khodoriv"},
		{"у Великих Мостах", "town:ua:velyki-mosty"},
		{"в Шахтарську", "geonames:694382"},
		{"під Покровськом", "geonames:704422"},
	}
	for _, tt := range tests {
		toks := text.Tokenize(tt.text)
		var got []string
		for i := range toks {
			for _, f := range l.Lookup(toks, i) {
				got = append(got, f.Entry.ID)
			}
		}
		ok := false
		for _, id := range got {
			ok = ok || id == tt.want
		}
		if !ok {
			t.Errorf("%q: found %v, want %s", tt.text, got, tt.want)
		}
	}
}
