package main

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/factum-nlp/factum/internal/text"
	"github.com/factum-nlp/factum/lexicon"
)

// exUSSR are the countries whose city names are usually Russian or
// Ukrainian in origin, where BGN soft-sign apostrophes are dropped from
// Latin names and initial Е becomes Є in Ukrainian.
var exUSSR = map[string]bool{
	"RU": true, "UA": true, "BY": true, "KZ": true, "UZ": true, "KG": true, "TJ": true,
	"TM": true, "AZ": true, "AM": true, "GE": true, "MD": true,
}

// eastAsia are the countries whose names in -нь/-ль are transcriptions
// declined as masculine nouns (Далянь, Даляня).
var eastAsia = map[string]bool{
	"CN": true, "TW": true, "HK": true, "MO": true, "KR": true, "KP": true, "VN": true,
	"JP": true, "MN": true, "TH": true, "LA": true, "KH": true, "MM": true, "SG": true,
}

// ctxEn are English city names that are also common English words or first
// names; they only count with context.
var ctxEn = set("Reading", "Bath", "Mobile", "Split", "Nice", "Of", "Bar", "Van", "Ede", "Orange",
	"Hope", "Sale", "Mesa", "March", "Most", "Deal", "Gap", "Best", "Bury", "Wells", "Troy",
	"Independence", "Normal", "Concord", "Liberty", "Victoria", "Marion", "Eugene", "Charlotte",
	"Jackson", "Lincoln", "Austin", "Madison", "Tyler", "Lawrence", "Warren", "Columbus",
	"Cleveland", "Houston", "Kent", "Regina", "Mercedes", "Temple", "Union", "Aurora", "Paradise",
	"Spring", "Obama", "Batman", "Hamilton", "Wellington", "Kingston", "Salt", "Irving", "Garland",
	"Mission", "Lafayette", "Pueblo", "Bend", "Carmel", "Sandy", "Logan", "Murray", "Douglas",
	"Grant", "Franklin", "Clinton", "Monroe", "Metro", "Post", "Derby", "Nancy", "Marathon", "Goes",
	"Lens", "Pau", "Ham", "Ware", "Rugby", "Street", "Sunrise", "Fort", "University", "Centre",
	"Commerce", "Industry", "Moody", "Dale", "Glen", "Canton", "Mentor", "Man", "Adam", "Alba",
	"Florida", "Colon", "Cardinal", "Hollywood", "Jesus", "Trinidad", "Providence", "Nelson",
	"Preston", "Stanley", "Morgan", "Harrison", "Taylor", "Carson", "Brooklyn", "Dudley")

// ctxSlav are uk/ru city names that are also common words, surnames or first
// names.
var ctxSlav = set("Таня", "Володимир", "Владимир", "Мир", "Орел", "Орёл", "Орлов", "Поле", "Буде", "Пушкин",
	"Пушкін", "Чехов", "Королёв", "Королев", "Корольов", "Жуковский", "Жуковський", "Гагарин",
	"Гагарін", "Энгельс", "Енгельс", "Киров", "Кіров", "Бор", "Шахты", "Шахти", "Ковров", "Мирный",
	"Мирний", "Свободный", "Вільний", "Заречный", "Видное", "Городок", "Ізюм", "Изюм", "Бар",
	"Сарни", "Марганець", "Марганец", "Антрацит", "Українка", "Украинка", "Покров", "Южне",
	"Южный", "Щастя", "Счастье", "Лозова", "Лозовая", "Сміла", "Смела", "Ізмаїл", "Измаил",
	"Олександрія", "Александрия", "Александров", "Олександрів", "Королів", "Ломоносов", "Чайковский",
	"Чайковський", "Лермонтов", "Ленин", "Кропоткин", "Кропоткін", "Ван", "Полиция", "Кали", "Калі", "Пулли", "Флинт", "Флінт",
	"Мура", "Клинтон", "Клінтон", "Болтон", "Асия", "Асія",
	"Бат", "Сплит", "Спліт", "Мобил", "Ридинг", "Рединг", "Виктория", "Вікторія",
	"Шарлотт", "Юджин", "Линкольн", "Лінкольн", "Остин", "Остін",
	"Мэдисон", "Медісон", "Джексон", "Кливленд", "Клівленд", "Гамильтон",
	"Гамільтон", "Веллингтон", "Веллінгтон", "Кингстон", "Кінгстон", "Обама", "Батман",
	"Мерседес", "Аврора", "Регина", "Регіна", "Надежда", "Надія", "Вера",
	"Віра", "Любовь", "Любов", "Майский", "Майський", "Октябрьский",
	"Жовтневе", "Советский", "Радянський", "Дружба", "Прогресс", "Прогрес", "Победа", "Перемога",
	"Слава", "Звезда", "Зірка", "Волна", "Хвиля", "Рассвет", "Світанок", "Заря", "Зоря", "Труд",
	"Праця", "Новый", "Новий", "Старый", "Старий", "Ровно", "Ровне",
	"Белая", "Біла", "Сокол", "Сокіл", "Лебедь", "Лебідь", "Вишневе", "Вишнёвое",
	"Гай", "Ясный", "Ясний",
	"Светлый", "Світлий", "Горки", "Гірки", "Анна", "Ганна", "Маркс",
	"Лиски",
	"Жуков", "Дзержинский",
	"Чехів", "Пушкіно", "Пушкино", "Стаханов")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func buildCities(rows []row, names map[string]map[string]string, curated []*lexicon.Entry) []*out {
	byGeo := map[string]*lexicon.Entry{}
	for _, e := range curated {
		g := e.Attrs["geonames"]
		if g == "" {
			g = strings.TrimPrefix(e.ID, "geonames:")
		}
		byGeo[g] = e
	}
	used := map[*lexicon.Entry]bool{}
	var res []*out
	for _, r := range rows {
		o := &out{id: "geonames:" + r.id, typ: "city", attrs: map[string]string{}, country: r.country, pop: r.pop}
		cur := byGeo[r.id]
		curLang := map[string]bool{}
		if cur != nil {
			used[cur] = true
			o.id = cur.ID
			for _, n := range cur.Names {
				if p := o.add(n.Lang, n.Text); p != nil {
					*p = n
				}
				curLang[n.Lang] = true
			}
		}
		ussr := exUSSR[r.country]
		// Latin names.
		en := names["en"][r.id]
		if en == "" {
			en = r.name
		}
		if !curLang["en"] {
			addLatin(o, en, ussr)
			addLatin(o, r.name, ussr)
			addLatin(o, r.ascii, ussr)
			for _, a := range diacriticVariants(r.alt, en, r.ascii) {
				addLatin(o, a, ussr)
			}
			if ussr && r.pop >= 50000 {
				latinVariants(o, r, en, ussr)
			}
		}
		latin := o.firstName("en")
		if latin == "" {
			latin = en
		}
		var derived []string
		// Russian.
		ru := names["ru"][r.id]
		if ru != "" && !cyrillic(ru) {
			ru = ""
		}
		if ru == "" {
			ru = pickRussian(r.alt)
		}
		if !curLang["ru"] {
			if ru == "" {
				ru = latinToRu(latin)
				if ru != "" {
					derived = append(derived, "ru")
				}
			}
			o.add("ru", ru)
		} else if ru == "" {
			ru = o.firstName("ru")
		}
		// Ukrainian.
		if !curLang["uk"] {
			uk := names["uk"][r.id]
			if uk != "" && !cyrillic(uk) {
				uk = ""
			}
			if uk != "" && strings.ContainsAny(uk, "ыэёъЫЭЁЪ") {
				uk = ruToUk(uk, ussr) // a Russian spelling in the source
			}
			if uk != "" && ussr && r.country != "UA" && uk == ru && strings.HasPrefix(uk, "Е") {
				uk = "Є" + strings.TrimPrefix(uk, "Е") // Екатеринбург → Єкатеринбург
			}
			if uk == "" && ru != "" {
				uk = ruToUk(ru, ussr)
				if uk != "" {
					derived = append(derived, "uk")
				}
			}
			o.add("uk", uk)
		}
		// Flags.
		for i := range o.names {
			n := &o.names[i]
			switch n.Lang {
			case "en":
				if ctxEn[n.Text] {
					n.Ctx = true
				}
			case "uk", "ru":
				if ctxSlav[n.Text] {
					n.Ctx = true
				}
				if n.Gender == 0 && !n.Indecl {
					n.Gender = genderHint(n.Text, r.country)
				}
			}
		}
		ukFeminineLikeRu(o.names)
		o.attrs["country"] = r.country
		if r.admin1 != "" && r.admin1 != "00" {
			o.attrs["admin1"] = r.country + "." + r.admin1
		}
		o.attrs["geonames"] = r.id
		if r.pop > 0 {
			o.attrs["pop"] = strconv.Itoa(r.pop)
		}
		if len(derived) > 0 {
			sort.Strings(derived)
			o.attrs["derived"] = strings.Join(derived, ",")
		}
		if cur != nil {
			for k, v := range cur.Attrs {
				if k != "geonames" {
					o.attrs[k] = v
				}
			}
		}
		res = append(res, o)
	}
	// Curated cities missing from the GeoNames snapshot.
	for _, e := range curated {
		if used[e] {
			continue
		}
		o := &out{id: e.ID, typ: e.Type, attrs: map[string]string{}, country: e.Attrs["country"]}
		o.names = append(o.names, e.Names...)
		for k, v := range e.Attrs {
			o.attrs[k] = v
		}
		o.pop, _ = strconv.Atoi(e.Attrs["pop"])
		res = append(res, o)
	}
	sort.SliceStable(res, func(i, j int) bool {
		a, b := res[i], res[j]
		if a.country != b.country {
			return a.country < b.country
		}
		if a.pop != b.pop {
			return a.pop > b.pop
		}
		return a.id < b.id
	})
	// Two GeoNames rows may share a curated ID only by mistake; keep the
	// first (the larger) so IDs stay unique.
	seen := map[string]bool{}
	j := 0
	for _, o := range res {
		if seen[o.id] {
			continue
		}
		seen[o.id] = true
		res[j] = o
		j++
	}
	return res[:j]
}

func (o *out) firstName(lang string) string {
	for _, n := range o.names {
		if n.Lang == lang {
			return n.Text
		}
	}
	return ""
}

// addLatin adds a Latin name, without the BGN soft-sign apostrophes in
// ex-USSR names (L'viv → Lviv).
func addLatin(o *out, s string, ussr bool) {
	if ussr {
		s = strings.NewReplacer("’", "", "'", "", "ʹ", "", "ʼ", "").Replace(s)
	}
	if s == "" || !latinName(s) {
		return
	}
	o.add("en", s)
}

// latinName reports whether s is a plausible name in Latin script: letters
// (any Latin letter), spaces, hyphens, apostrophes, dots; starting with an
// upper-case letter.
func latinName(s string) bool {
	first := true
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Latin, r):
			if first && !unicode.IsUpper(r) {
				return false
			}
		case r == ' ' || r == '-' || r == '\'' || r == '’' || r == '.' || r == ',':
			if first {
				return false
			}
		case unicode.Is(unicode.Mn, r):
		default:
			return false
		}
		first = false
	}
	return !first
}

// latinVariants adds (for ex-USSR cities, where romanizations vary most)
// up to three alternate Latin names that are close
// spelling variants of the English name (Kharkov for Kharkiv, Odessa for
// Odesa), skipping codes and names in other languages.
func latinVariants(o *out, r row, en string, ussr bool) {
	n := 0
	for _, a := range r.alt {
		if n == 3 {
			return
		}
		if ussr {
			a = strings.NewReplacer("’", "", "'", "").Replace(a)
		}
		if len(a) < 4 || !asciiName(a) || a[0] != en[0] {
			continue
		}
		d := levenshtein(strings.ToLower(a), strings.ToLower(en))
		limit := 2
		if len(en) < 6 {
			limit = 1
		}
		if d == 0 || d > limit {
			continue
		}
		before := len(o.names)
		o.add("en", a)
		if len(o.names) > before {
			n++
		}
	}
}

// diacriticVariants returns the alternate names that are the English or
// ASCII name written with its diacritics (Elbląg for Elblag, Košice for
// Kosice): GeoNames often gives the plain spelling as the name, while news
// in English keeps the local letters.
func diacriticVariants(alt []string, names ...string) []string {
	var out []string
	for _, a := range alt {
		f, ok := text.FoldLatin(a)
		if !ok || f == a {
			continue
		}
		for _, n := range names {
			if n != "" && f == n && !slices.Contains(out, a) {
				out = append(out, a)
				break
			}
		}
	}
	return out
}

// asciiName: ASCII letters, single spaces and hyphens, every word
// capitalized, not all capitals.
func asciiName(s string) bool {
	lower := false
	start := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			start = false
		case 'a' <= c && c <= 'z':
			if start {
				return false
			}
			lower = true
		case c == ' ' || c == '-':
			if start {
				return false
			}
			start = true
		default:
			return false
		}
	}
	return lower && !start
}

func levenshtein(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		return 99
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1)
			cur[j] = c
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// cyrillic reports whether s is written in Cyrillic letters (with spaces,
// hyphens, apostrophes, dots).
func cyrillic(s string) bool {
	has := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			has = true
		case r == ' ' || r == '-' || r == '\'' || r == '’' || r == '.' || r == ',' || r == 'ʼ':
		default:
			return false
		}
	}
	return has
}

// pickRussian chooses, among the Cyrillic alternate names of a GeoNames row,
// the one that looks most Russian: no letters foreign to Russian, ъ only
// before е ё ю я, and preferably ы, э or ё.
func pickRussian(alt []string) string {
	best, bestScore := "", -1
	for _, a := range alt {
		if !cyrillic(a) || !unicode.IsUpper([]rune(a)[0]) {
			continue
		}
		score := 0
		ok := true
		rs := []rune(a)
		for i, r := range rs {
			switch r {
			case 'і', 'ї', 'є', 'ґ', 'ў', 'ђ', 'ј', 'љ', 'њ', 'ћ', 'џ', 'ѓ', 'ќ', 'ѕ', 'І', 'Ї', 'Є', 'Ґ', 'Ў', 'Ј', 'Љ', 'Њ', 'Ћ', 'Џ', 'Ѓ', 'Ќ', 'Ѕ', 'ә', 'ө', 'ү', 'ұ', 'қ', 'ғ', 'ң', 'һ', 'Ә', 'Ө', 'Ү', 'Ұ', 'Қ', 'Ғ', 'Ң', 'Һ':
				ok = false
			case 'ъ':
				if i+1 >= len(rs) || !strings.ContainsRune("еёюя", rs[i+1]) {
					ok = false
				}
			case 'ы', 'э', 'ё', 'Э':
				score = 2
			}
		}
		if ok && score > bestScore {
			best, bestScore = a, score
		}
	}
	return best
}

// genderHint guesses the declension gender of a uk/ru city name ending in
// a soft sign, where the ending alone does not tell.
func genderHint(s, country string) byte {
	if !strings.HasSuffix(s, "ь") {
		return 0
	}
	switch {
	case strings.HasSuffix(s, "поль"), strings.HasSuffix(s, "піль"), strings.HasSuffix(s, "славль"):
		return 'm'
	case eastAsia[country]:
		return 'm'
	case country == "RU" || country == "KZ" || country == "BY" || country == "UA":
		for _, suf := range []string{"ань", "янь", "ерь", "мь", "мень", "чь"} {
			if strings.HasSuffix(s, suf) {
				return 'f'
			}
		}
		for _, suf := range []string{"інь", "ень", "ель"} {
			if strings.HasSuffix(s, suf) {
				return 'm'
			}
		}
	}
	return 0
}

// ukFeminineLikeRu marks a Ukrainian name feminine when it is the
// Russian feminine soft-sign name without its soft sign (Тверь → Твер,
// Пермь → Перм, Керчь → Керч): Ukrainian writes them without ь but keeps
// the gender and the third declension (Твері, Твер'ю).
func ukFeminineLikeRu(names []lexicon.Name) {
	for _, ru := range names {
		if ru.Lang != "ru" || ru.Gender != 'f' || !strings.HasSuffix(ru.Text, "ь") {
			continue
		}
		stem := strings.TrimSuffix(ru.Text, "ь")
		for i := range names {
			if uk := &names[i]; uk.Lang == "uk" && uk.Gender == 0 && !uk.Indecl && uk.Text == stem {
				uk.Gender = 'f'
			}
		}
	}
}

// capitalIDs maps each country code to the ID of its capital (feature code
// PPLC) in the generated cities.
func capitalIDs(rows []row, cities []*out) map[string]string {
	byGeo := map[string]string{}
	for _, c := range cities {
		byGeo[c.attrs["geonames"]] = c.id
	}
	caps := map[string]string{}
	pops := map[string]int{}
	for _, r := range rows {
		if r.fcode == "PPLC" && r.pop >= pops[r.country] {
			if id := byGeo[r.id]; id != "" {
				caps[r.country] = id
				pops[r.country] = r.pop
			}
		}
	}
	return caps
}
