package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/factum-nlp/factum/internal/text"
	"github.com/factum-nlp/factum/lexicon"
)

// placeHead is a word form that introduces the name of a place inside a
// city or a natural feature: "вул.", "вулиці", "проспекту", "площадь",
// "річки", "озеро", "Street".
type placeHead struct {
	nom    string // the head's nominative: "вулиця", "река"
	gender byte   // 'm', 'f' or 'n': the gender adjectives in the name agree with
	cas    byte   // the form's case: 'n', 'g', 'd', 'a', 'i', 'l'; 0 if several
	abbrev bool   // "вул.", "ул.", "пр-т": never a plural
	plural bool   // the form is also a plural ("вулиці", "улицы"): not before a city's name
	water  bool   // a river or a lake: the mention is the name alone ("річка Стрипа" → "Стрипа")
	nature bool   // a natural feature (sea, forest, island), not a street or a square
	after  bool   // the head may follow an adjective: "Поштова площа", "Балтийское море"
	before bool   // the head may precede the name: "вулиця Франка"
}

// placeHeadDefs lists the heads: a nominative, flags, then form:case pairs.
// Flags: m/f/n gender, W water (the name alone is the mention), N a
// natural feature, A may follow an adjective, B may precede the name.
var placeHeadDefs = map[string][]string{
	"uk": {
		"вулиця fAB вулиця:n вулиці:g вулицю:a вулицею:i вул.:. вул:.",
		"проспект mAB проспект:n проспекту:g проспекті:l проспектом:i просп.:. пр-т:. пр.:.",
		"провулок mAB провулок:n провулку:g провулка:g провулком:i пров.:.",
		"площа fAB площа:n площі:g площу:a площею:i пл.:.",
		"бульвар mAB бульвар:n бульвару:g бульварі:l бульваром:i бул.:. б-р:.",
		"набережна fAB набережна:n набережної:g набережній:l набережну:a набережною:i наб.:.",
		"узвіз mAB узвіз:n узвозу:g узвозі:l узвозом:i",
		"шосе nAB шосе:.",
		"алея fAB алея:n алеї:g алею:a алеєю:i",
		"майдан mB майдан:n майдану:g майдані:l майданом:i",
		"сквер mAB сквер:n скверу:g сквері:l сквером:i",
		"парк mAB парк:n парку:g парком:i",
		"проїзд mAB проїзд:n проїзду:g проїзді:l",
		"міст mAB міст:n мосту:g мості:l мостом:i",
		"річка fWB річка:n річки:g річці:l річку:a річкою:i р.:.",
		"озеро nWAB озеро:n озера:g озері:l озером:i",
		"море nAN море:n моря:g морі:l морю:d морем:i",
		"водосховище nAN водосховище:n водосховища:g водосховищі:l водосховищем:i",
		"затока fAN затока:n затоки:g затоці:l затоку:a затокою:i",
		"протока fAN протока:n протоки:g протоці:l протоку:a протокою:i",
		"острів mAN острів:n острова:g острові:l островом:i",
		"півострів mAN півострів:n півострова:g півострові:l півостровом:i",
		"ліс mAN ліс:n лісу:g лісі:l лісом:i",
		"яр mAN яр:n яру:g ярі:l яром:i",
		"гай mAN гай:n гаю:g гаї:l гаєм:i",
	},
	"ru": {
		"улица fAB улица:n улицы:g улице:l улицу:a улицей:i ул.:.",
		"проспект mAB проспект:n проспекта:g проспекту:d проспекте:l проспектом:i просп.:. пр-т:.",
		"переулок mAB переулок:n переулка:g переулку:d переулке:l переулком:i пер.:.",
		"площадь fAB площадь:n площади:g площадью:i пл.:.",
		"бульвар mAB бульвар:n бульвара:g бульвару:d бульваре:l бульваром:i б-р:.",
		"набережная fAB набережная:n набережной:g набережную:a наб.:.",
		"шоссе nAB шоссе:.",
		"аллея fAB аллея:n аллеи:g аллее:l аллею:a аллеей:i",
		"сквер mAB сквер:n сквера:g скверу:d сквере:l",
		"парк mAB парк:n парка:g парку:d парке:l парком:i",
		"проезд mAB проезд:n проезда:g проезде:l",
		"мост mAB мост:n моста:g мосту:d мостом:i",
		"река fWB река:n реки:g реке:l реку:a рекой:i р.:.",
		"озеро nWAB озеро:n озера:g озере:l озером:i",
		"море nAN море:n моря:g морю:d морем:i",
		"водохранилище nAN водохранилище:n водохранилища:g водохранилище:l",
		"залив mAN залив:n залива:g заливе:l заливом:i",
		"пролив mAN пролив:n пролива:g проливе:l",
		"остров mAN остров:n острова:g острове:l островом:i",
		"полуостров mAN полуостров:n полуострова:g полуострове:l",
		"лес mAN лес:n леса:g лесу:l лесом:i",
	},
}

// pluralForms are head forms that are also plurals: "вулиці Києва" may be
// "the streets of Kyiv".
var pluralHeadForms = map[string]bool{"вулиці": true, "площі": true, "улицы": true, "площади": true, "набережні": true, "набережные": true}

// enPlaceHeads follow a name in English: "Khreshchatyk Street".
var enPlaceHeads = map[string]string{"street": "Street", "avenue": "Avenue", "square": "Square", "boulevard": "Boulevard", "lane": "Lane", "embankment": "Embankment"}

// nameTitles are lower-case words a street's name may start with:
// "вулиця генерала Григоренка", "улица маршала Жукова".
var nameTitles = map[string]bool{"генерала": true, "маршала": true, "академіка": true, "академика": true, "професора": true, "профессора": true,
	"гетьмана": true, "героїв": true, "героев": true, "героя": true, "адмірала": true, "адмирала": true, "космонавта": true, "митрополита": true,
	"князя": true, "княгині": true, "княгини": true, "святого": true, "святої": true, "полковника": true, "сержанта": true, "лейтенанта": true, "капітана": true, "капитана": true}

// genericAdjectives describe rather than name a place: "Національний парк",
// "Центральна площа" are not read as names by shape alone.
var genericAdjectives = []string{"національн", "национальн", "державн", "государствен", "міськ", "городск", "обласн", "областн", "районн", "регіональн", "региональн",
	"ландшафтн", "природн", "ботанічн", "ботаническ", "зоологічн", "зоологическ", "головн", "главн", "центральн", "нов", "стар", "велик", "мал", "бол", "широк", "довг", "длинн",
	"сусідн", "соседн", "найближч", "ближайш", "цей", "інш", "друг", "перш", "перв", "сам", "кожн", "кажд", "весь", "вся", "ціл", "цел", "той", "наш", "ваш", "їхн", "их", "свій", "свой",
	"тих", "північн", "південн", "східн", "західн", "северн", "южн", "восточн", "западн", "морськ", "морск", "річков", "речн", "лісов", "лесн", "міжнародн", "международн"}

// genericAdjective reports whether the adjective w is one of
// genericAdjectives with an ending of at most four letters.
func genericAdjective(w string) bool {
	for _, g := range genericAdjectives {
		if strings.HasPrefix(w, g) && utf8.RuneCountInString(w[len(g):]) <= 4 {
			return true
		}
	}
	return false
}

var placeHeads = sync.OnceValue(func() map[string]map[string]placeHead {
	m := map[string]map[string]placeHead{}
	for lang, defs := range placeHeadDefs {
		m[lang] = map[string]placeHead{}
		for _, def := range defs {
			f := strings.Fields(def)
			h := placeHead{nom: f[0], gender: f[1][0]}
			h.water = strings.Contains(f[1], "W")
			h.nature = h.water || strings.Contains(f[1], "N")
			h.after = strings.Contains(f[1], "A")
			h.before = strings.Contains(f[1], "B")
			for _, fc := range f[2:] {
				i := strings.LastIndexByte(fc, ':')
				form, c := fc[:i], fc[i+1]
				x := h
				x.abbrev = strings.HasSuffix(form, ".") || strings.Contains(form, "-") || form == "вул"
				if c != '.' {
					x.cas = c
				}
				x.plural = pluralHeadForms[form]
				if form == "міст" {
					x.before = false // also "of the cities": "Асоціація міст України"
				}
				m[lang][text.Key(form)] = x
			}
		}
	}
	return m
})

// findPlaces recognizes places named with a head word: streets, squares,
// avenues and parks ("вул. Межигірській, 14", "Поштовій площі", "улица
// Лесная", "Khreshchatyk Street"), rivers and lakes ("річки Стрипи" →
// "Стрипи"), seas, forests and islands after an adjective ("Балтійське
// море", "Чорний ліс"), and the West and the East in the geopolitical
// sense ("на Заході", "Запад"). A house number after a street is part of
// its mention ("вул. Хрещатик, 30").
func (d *doc) findPlaces() {
	if d.lang == "en" {
		d.findEnPlaces()
		return
	}
	heads := placeHeads()[d.lang]
	if heads == nil {
		return
	}
	toks := d.toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind != text.Word || !d.free(i, i+1) {
			continue
		}
		if n := d.compassPlace(i); n > 0 {
			continue
		}
		if n := d.blockedPlace(i); n > 0 {
			i += n - 1
			continue
		}
		if n := d.unionArea(i); n > 0 {
			continue
		}
		if n := d.settlementPlace(i); n > 0 {
			i += n - 1
			continue
		}
		if t.Flags&text.Cap != 0 {
			if n := d.regionList(i); n > 0 {
				i += n - 1
				continue
			}
			if n := d.placeAfterAdjective(i, heads); n > 0 {
				i += n - 1
			}
			continue
		}
		h, ok := heads[t.Key]
		dot := 0
		if i+1 < len(toks) && toks[i+1].Key == "." && toks[i+1].Flags&text.NewlineBefore == 0 {
			// "вул . Франка": the abbreviation's period as a token
			if hd, okd := heads[t.Key+"."]; okd {
				h, ok, dot = hd, true, 1
			}
		}
		if !ok || !h.before || dot == 1 && !d.free(i+1, i+2) {
			continue
		}
		if n := d.placeBeforeName(i+dot, i, h); n > 0 {
			i += n - 1 + dot
		}
	}
}

// placeBeforeName reads the name after the head at i ("вулиці Івана
// Франка, 5", "річки Стрипи"); a street's mention starts at from (the head,
// or an abbreviation before its detached period). It returns the tokens
// used from i.
func (d *doc) placeBeforeName(i, from int, h placeHead) int {
	toks := d.toks
	j := i + 1
	if h.water && (j < len(toks) && toks[j].Flags&text.NewlineBefore != 0 || i > 0 && toks[i-1].Kind == text.Number) {
		return 0 // "2008 р.", a river's name on the next line
	}
	// the name: titles, initials, an ordinal, capitalized words
	a, words := j, 0
	for j < len(toks) && j-a < 6 && d.free(j, j+1) {
		t := toks[j]
		if j > a && t.Flags&text.NewlineBefore != 0 {
			break
		}
		switch {
		case t.Flags&text.Initial != 0, t.Flags&text.Cap != 0 && utf8.RuneCountInString(t.Text) == 1 && j+1 < len(toks) && d.placeNameWord(toks[j+1]):
		case nameTitles[t.Key] && words == 0:
		case j == a && startsWithDigit(t.Text) && t.Flags&text.Compound != 0:
		case d.placeNameWord(t):
			words++
		case j == a && t.Kind == text.Word && t.Flags&text.Cap != 0 && t.Flags&(text.Initial|text.Upper) == 0 && isCyrillicWord(t.Text) &&
			utf8.RuneCountInString(t.Text) >= 4 && !d.sentStart(j):
			// a common noun written with a capital after the head names
			// the place: "сквері Пам'яті", "площі Свободи", "вулиці Миру"
			words++
		default:
			goto done
		}
		j++
	}
done:
	// trailing initials or titles are not part of the name
	for j > a+1 && !d.placeNameWord(toks[j-1]) || j == a+1 && words == 0 {
		j--
	}
	if words == 0 || j <= a {
		return 0
	}
	if h.water {
		if j-a > 2 {
			return 0
		}
		d.addWaterPlace(a, j, h)
		return j - i
	}
	if h.plural && j-a == 1 {
		// "вулиці Києва", "улицы Москвы": the streets of a city
		if le := d.lookupWhole(a, j); le != nil && (le.Type == City || le.Type == Country || le.Type == Region) {
			return 0
		}
	}
	b := d.houseNumber(j)
	name := d.w[toks[a].Start:toks[j-1].End]
	if j-a == 1 {
		name = placeAdjNominative(name, h.gender, d.lang)
	}
	var e *entity
	if le := d.featureEntry(a, j); le != nil {
		e = d.lexEntity(le)
	} else if le := d.placeEntry(i, j); le != nil {
		e = d.lexEntity(le)
	} else {
		e = d.newPlace(h.nom + " " + name)
	}
	d.addSpan(span{start: toks[from].Start, end: toks[b-1].End, tok0: from, tok1: b, part: -1, typ: "street", ent: e, lemma: e.Lemma})
	return b - i
}

// placeAfterAdjective reads an adjective name before its head at i
// ("Поштовій площі", "Кутузовский проспект", "Балтийское море", "42-й
// улице"); it returns the tokens used.
func (d *doc) placeAfterAdjective(i int, heads map[string]placeHead) int {
	toks := d.toks
	j := i
	for j < len(toks) && j-i < 2 && d.free(j, j+1) && toks[j].Flags&text.Cap != 0 && toks[j].Flags&text.Upper == 0 && namingAdjective(toks[j].Text) && isCyrillicWord(toks[j].Text) {
		j++
	}
	if j == i || j >= len(toks) || !d.free(j, j+1) || toks[j].Flags&text.Cap != 0 || toks[j].Flags&text.NewlineBefore != 0 {
		return 0
	}
	h, ok := heads[toks[j].Key]
	if !ok || !h.after || h.abbrev {
		return 0
	}
	adj := toks[j-1].Key
	if genericAdjective(adj) || stopwords()[adj] {
		return 0
	}
	if d.sentStart(i) && !strings.Contains(adj, "ськ") && !strings.Contains(adj, "цьк") && !strings.Contains(adj, "зьк") && !strings.Contains(adj, "ск") && !strings.Contains(adj, "цк") {
		return 0 // "Головна вулиця" opening a sentence
	}
	if d.quoted(i, j+1) {
		return 0
	}
	b := j + 1
	if !h.water {
		b = d.houseNumber(b)
	}
	var e *entity
	if le := d.placeEntry(i, j+1); le != nil {
		e = d.lexEntity(le)
	} else {
		ws := make([]string, 0, 3)
		for k := i; k < j; k++ {
			ws = append(ws, placeAdjNominative(toks[k].Text, h.gender, d.lang))
		}
		e = d.newPlace(strings.Join(ws, " ") + " " + h.nom)
	}
	typ := "street"
	if h.nature {
		typ = Region
	}
	d.addSpan(span{start: toks[i].Start, end: toks[b-1].End, tok0: i, tok1: b, part: -1, typ: typ, ent: e, lemma: e.Lemma})
	return b - i
}

// addWaterPlace adds the river or lake named at [a, b) after its head.
func (d *doc) addWaterPlace(a, b int, h placeHead) {
	toks := d.toks
	var e *entity
	if le := d.featureEntry(a, b); le != nil {
		e = d.lexEntity(le)
	} else {
		name := d.w[toks[a].Start:toks[b-1].End]
		if b-a == 1 && h.gender == 'f' {
			name = feminineNominative(name, h.cas, d.lang)
		}
		e = d.newPlace(name)
	}
	d.addSpan(span{start: toks[a].Start, end: toks[b-1].End, tok0: a, tok1: b, part: -1, typ: Region, ent: e, lemma: e.Lemma})
}

// feminineNominative guesses the nominative of a feminine name in -а that
// agrees in case with its head ("річки Стрипи" → "Стрипа", "реку Неву" →
// "Нева"); other names are kept as written ("річки Дністер").
func feminineNominative(w string, cas byte, lang string) string {
	r, n := utf8.DecodeLastRuneInString(w)
	stem := w[:len(w)-n]
	if utf8.RuneCountInString(stem) < 2 {
		return w
	}
	switch cas {
	case 'g':
		if r == 'и' || r == 'ы' {
			return stem + "а"
		}
		if lang == "uk" && strings.HasSuffix(w, "ці") {
			return stem + "я" // "річки Бистриці" → "Бистриця"
		}
	case 'a':
		if r == 'у' {
			return stem + "а"
		}
	case 'i':
		if strings.HasSuffix(w, "ою") {
			return strings.TrimSuffix(w, "ою") + "а"
		}
		if lang == "ru" && strings.HasSuffix(w, "ой") {
			return strings.TrimSuffix(w, "ой") + "а"
		}
	case 'l', 'd':
		if lang == "uk" && strings.HasSuffix(w, "ці") {
			return stem + "я"
		}
		if lang == "ru" && r == 'е' || lang == "uk" && r == 'і' {
			return stem + "а"
		}
	}
	return w
}

// placeEntry returns the lexicon place whose name covers exactly [a, b).
func (d *doc) placeEntry(a, b int) *lexicon.Entry {
	if le := d.lookupWhole(a, b); le != nil && (le.Type == Region || le.Type == City) {
		return le
	}
	return nil
}

// featureEntry returns the lexicon's geographic feature (an entry of
// geo-features.lex, which has a kind) whose name covers exactly [a, b): the
// name after a head is not read as a city or a first name ("просп. Миру").
func (d *doc) featureEntry(a, b int) *lexicon.Entry {
	if le := d.lookupWhole(a, b); le != nil && le.Type == Region && le.Attrs["kind"] != "" {
		return le
	}
	return nil
}

// placeAdjEndings are the endings of an adjective that names a place before
// its head ("Садовій вулиці", "Ленинградском шоссе").
var placeAdjEndings = []string{"ий", "ій", "ый", "ого", "ому", "им", "ім", "ым", "ом", "ем", "а", "ої", "у", "ою", "ая", "ой", "ую", "ей", "е", "ое", "ее", "і", "ые", "ие", "их", "ых"}

// namingAdjective reports whether w has an adjective ending.
func namingAdjective(w string) bool {
	if isAdjectiveWord(w) {
		return true
	}
	var buf [32]byte
	lw := string(appendLower(buf[:0], w))
	for _, e := range placeAdjEndings {
		if len(e) > 2 && strings.HasSuffix(lw, e) && utf8.RuneCountInString(lw) > utf8.RuneCountInString(e)+3 {
			return strings.HasSuffix(strings.TrimSuffix(lw, e), "ск") || strings.HasSuffix(strings.TrimSuffix(lw, e), "цк") ||
				strings.HasSuffix(strings.TrimSuffix(lw, e), "ськ") || strings.HasSuffix(strings.TrimSuffix(lw, e), "ов") || strings.HasSuffix(strings.TrimSuffix(lw, e), "ев") ||
				strings.HasSuffix(strings.TrimSuffix(lw, e), "н") || strings.HasSuffix(strings.TrimSuffix(lw, e), "ів")
		}
	}
	return false
}

// placeAdjNominative puts an adjective that agrees with a head of the given
// gender ('m', 'f', 'n') into the nominative ("Садовій" → "Садова",
// "Ленинградском" → "Ленинградское" for шоссе). A word whose ending does not
// agree with the head, such as a surname in the genitive ("вулиці
// Коцюбинського"), is kept as written.
func placeAdjNominative(w string, gender byte, lang string) string {
	type rule struct{ end, nom string }
	var rules []rule
	switch lang + string(gender) {
	case "ukf":
		rules = []rule{{"ьої", "я"}, {"ьою", "я"}, {"ої", "а"}, {"ою", "а"}, {"ій", "а"}, {"у", "а"}, {"а", "а"}}
	case "ukm":
		rules = []rule{{"ого", "ий"}, {"ому", "ий"}, {"им", "ий"}, {"ім", "ий"}, {"ий", "ий"}}
	case "ukn":
		rules = []rule{{"ого", "е"}, {"ому", "е"}, {"им", "е"}, {"ім", "е"}, {"е", "е"}}
	case "ruf":
		rules = []rule{{"ой", "ая"}, {"ую", "ая"}, {"ая", "ая"}}
	case "rum":
		rules = []rule{{"ого", "ый"}, {"ому", "ый"}, {"ым", "ый"}, {"ом", "ый"}, {"им", "ий"}, {"ий", "ий"}, {"ый", "ый"}}
	case "run":
		rules = []rule{{"ого", "ое"}, {"ому", "ое"}, {"ым", "ое"}, {"ом", "ое"}, {"им", "ое"}, {"ое", "ое"}}
	}
	for _, r := range rules {
		stem, ok := strings.CutSuffix(w, r.end)
		if !ok || utf8.RuneCountInString(stem) < 3 {
			continue
		}
		nom := r.nom
		if lang == "ru" && nom == "ый" && strings.ContainsAny(lastRune(stem), "кгхжшчщ") {
			nom = "ий" // "Кутузовского" → "Кутузовский"
		}
		return stem + nom
	}
	return w
}

func lastRune(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// newPlace returns the document entity of a place found by its shape.
func (d *doc) newPlace(lemma string) *entity {
	return d.entityFor("geo:"+slug(Translit(d.lang, lemma)), func() *entity {
		e := &entity{}
		e.Type, e.Lemma, e.Name = Region, lemma, Translit(d.lang, lemma)
		return e
	})
}

// houseNumber returns the end of a house number after a street name ending
// at j (", 14", ", 30-А", " 46 / 11", ", буд. 29"), or j when none follows.
func (d *doc) houseNumber(j int) int {
	toks := d.toks
	k := j
	if k < len(toks) && toks[k].Key == "," {
		k++
	}
	if k < len(toks) && (toks[k].Key == "буд." || toks[k].Key == "б." || toks[k].Key == "д.") {
		k++
	}
	if k >= len(toks) || !houseNumberTok(toks[k]) || !d.free(k, k+1) || toks[k].Flags&text.NewlineBefore != 0 {
		return j
	}
	end := k + 1
	if end+1 < len(toks) && toks[end].Key == "/" && houseNumberTok(toks[end+1]) && d.free(end, end+2) {
		end += 2
	}
	if end < len(toks) && notHouse[toks[end].Key] {
		return j // "вулиці Франка, 5 років тому"
	}
	return end
}

// notHouse are words after a number that make it something else than a
// house number.
var notHouse = map[string]bool{"року": true, "рік": true, "роки": true, "років": true, "р.": true, "году": true, "год": true, "года": true, "лет": true, "г.": true,
	"%": true, "тис.": true, "тыс.": true, "млн": true, "грн": true, "рублей": true, "гривень": true, "км": true, "м": true, "метрів": true, "метров": true, "людей": true, "человек": true, "осіб": true}

func houseNumberTok(t text.Token) bool {
	// 1 to 4 digits, then nothing, a letter, or a hyphen and a letter or
	// digits: "14", "60А", "30-А", "12-14"
	w := t.Text
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || n > 4 {
		return false
	}
	rest := strings.TrimPrefix(w[n:], "-")
	if rest == "" {
		return true
	}
	if r, size := utf8.DecodeRuneInString(rest); size == len(rest) && unicode.IsLetter(r) {
		return true
	}
	for _, r := range rest {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w[n] == '-' && len(rest) <= 4
}

func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= '0' && r <= '9'
}

// placeNameWord reports whether t may be a word of a street's or a river's
// name: a capitalized word in the document's script.
func (d *doc) placeNameWord(t text.Token) bool {
	return t.Kind == text.Word && t.Flags&text.Cap != 0 && t.Flags&(text.Initial|text.Upper) == 0 && isCyrillicWord(t.Text) && !stopwords()[t.Key]
}

// compass names the West and the East in the geopolitical sense.
var compass = map[string]map[string]string{
	"uk": {"захід": "west", "заходу": "west", "заході": "west", "заходом": "west", "схід": "east", "сходу": "east", "сході": "east", "сходом": "east"},
	"ru": {"запад": "west", "запада": "west", "западу": "west", "западе": "west", "западом": "west", "восток": "east", "востока": "east", "востоку": "east", "востоке": "east", "востоком": "east"},
}

// compassPlace adds "Захід", "Запада", "Сході" written with a capital
// inside a sentence, outside names ("Близький Схід" is in the lexicon):
// the West, the East. It returns the tokens used.
func (d *doc) compassPlace(i int) int {
	t := d.toks[i]
	dir := compass[d.lang][t.Key]
	if dir == "" || t.Flags&text.Cap == 0 || t.Flags&(text.Upper|text.Compound) != 0 || d.sentStart(i) {
		return 0
	}
	if i > 0 && (d.toks[i-1].Flags&text.Cap != 0 || d.toks[i-1].Key == "-") || d.quoted(i, i+1) {
		return 0
	}
	if n := i + 1; n < len(d.toks) && (d.toks[n].Flags&text.Cap != 0 && d.toks[n].Flags&text.SpaceBefore != 0 || d.toks[n].Key == "-") {
		return 0
	}
	lemma := map[string]string{"ukwest": "Захід", "ukeast": "Схід", "ruwest": "Запад", "rueast": "Восток"}[d.lang+dir]
	e := d.entityFor("region:the_"+dir, func() *entity {
		e := &entity{}
		e.Type, e.Lemma, e.Name = Region, lemma, "the "+strings.ToUpper(dir[:1])+dir[1:]
		return e
	})
	d.addSpan(span{start: t.Start, end: t.End, tok0: i, tok1: i + 1, part: -1, typ: Region, ent: e, lemma: lemma})
	return 1
}

// blockedPlace covers "всея Руси", "всієї Русі" in a patriarch's title,
// which names no place of the text; it returns the tokens used.
func (d *doc) blockedPlace(i int) int {
	k := d.toks[i].Key
	if (k == "всея" || k == "всієї") && i+1 < len(d.toks) && d.free(i+1, i+2) {
		if n := d.toks[i+1].Key; n == "руси" || n == "русі" {
			d.addSpan(span{start: d.toks[i].Start, end: d.toks[i+1].End, tok0: i, tok1: i + 2, part: -1, typ: "title"})
			return 2
		}
	}
	return 0
}

// findEnPlaces recognizes English street and square names before their
// head: "Khreshchatyk Street", "Tahrir Square".
func (d *doc) findEnPlaces() {
	toks := d.toks
	for j := 1; j < len(toks); j++ {
		head := enPlaceHeads[toks[j].Key]
		if head == "" || toks[j].Flags&text.Cap == 0 || !d.free(j, j+1) {
			continue
		}
		a := j
		for a > 0 && j-a < 3 && d.free(a-1, a) && toks[a-1].Kind == text.Word && toks[a-1].Flags&text.Cap != 0 && toks[a-1].Flags&text.NewlineBefore == 0 && !stopwords()[toks[a-1].Key] {
			a--
		}
		if a == j || a == j-1 && d.sentStart(a) && stopwords()[toks[a].Key] {
			continue
		}
		var e *entity
		if le := d.placeEntry(a, j+1); le != nil {
			e = d.lexEntity(le)
		} else {
			e = d.newPlace(d.w[toks[a].Start:toks[j].End])
		}
		d.addSpan(span{start: toks[a].Start, end: toks[j].End, tok0: a, tok1: j + 1, part: -1, typ: "street", ent: e, lemma: e.Lemma})
	}
}

// settlementHead is a word form that introduces the name of a settlement:
// "села", "у селі", "смт", "місті", "деревни", "г.".
type settlementHead struct {
	cas  byte // the form's case: 'n', 'g', 'd', 'a', 'i', 'l'; 0 if several
	town bool // a town or a city ("місто", "город"), not a village
}

// settlementHeadDefs lists the heads by language: form:case, case '.' for
// an abbreviation or a form of several cases; a trailing "!" marks a town.
var settlementHeadDefs = map[string]string{
	"uk": "село:. села:g селі:l селу:d селом:i с.:. селище:. селища:g селищі:l селищем:i смт:. смт.:. хутір:. хутора:g хуторі:l хутором:i " +
		"містечко:.! містечка:g! містечку:l! місто:.! міста:g! місті:l! містом:i! місту:d! м.:.!",
	"ru": "село:. села:g селе:l селом:i с.:. деревня:n деревни:g деревне:l деревню:a деревней:i поселок:. посёлок:. поселка:g посёлка:g " +
		"поселке:l посёлке:l поселком:i посёлком:i пос.:. пгт:. станица:n станицы:g станице:l станицу:a станицей:i хутор:. хутора:g хуторе:l " +
		"город:.! города:g! городе:l! городом:i! городу:d! г.:.!",
}

var settlementHeads = sync.OnceValue(func() map[string]map[string]settlementHead {
	m := map[string]map[string]settlementHead{}
	for lang, defs := range settlementHeadDefs {
		m[lang] = map[string]settlementHead{}
		for _, fc := range strings.Fields(defs) {
			h := settlementHead{}
			if strings.HasSuffix(fc, "!") {
				h.town, fc = true, strings.TrimSuffix(fc, "!")
			}
			i := strings.LastIndexByte(fc, ':')
			if c := fc[i+1]; c != '.' {
				h.cas = c
			}
			m[lang][text.Key(fc[:i])] = h
		}
	}
	return m
})

// settlementPlace reads the name of a settlement after the head word at i
// ("села Мала Костромка", "у селі Терновій", "с. Михалкове", "смт
// Іршанськ", "в місті Жовкві", "деревни Березовки"): the name is a place
// even when the lexicon does not know it. A name the lexicon has as a
// city is that city; a country or a region after a town head ("міста
// України") is left to the gazetteer. It returns the tokens used from i.
func (d *doc) settlementPlace(i int) int {
	toks := d.toks
	hs := settlementHeads()[d.lang]
	if hs == nil {
		return 0
	}
	k, dot := toks[i].Key, 0
	if i+1 < len(toks) && toks[i+1].Key == "." && toks[i+1].Flags&(text.SpaceBefore|text.NewlineBefore) != 0 && !strings.HasSuffix(k, ".") {
		if _, ok := hs[k+"."]; ok {
			k, dot = k+".", 1 // "с . Ісаківці": the abbreviation's period as a token
		}
	}
	h, ok := hs[k]
	if !ok || dot == 1 && !d.free(i+1, i+2) || strings.HasSuffix(k, ".") && toks[i].Flags&text.Cap != 0 {
		return 0 // "М. Грушевський": an initial
	}
	a := i + 1 + dot
	if a >= len(toks) || !d.free(a, a+1) || !d.settlementWord(toks[a]) {
		return 0
	}
	if toks[a].Flags&text.NewlineBefore != 0 && !strings.HasSuffix(k, ".") {
		return 0
	}
	if strings.HasSuffix(k, ".") && i > 0 && (toks[i-1].Kind == text.Number || toks[i-1].Key == "кв." || toks[i-1].Key == "куб.") {
		return 0 // "2015 г.", "25 с.", "100 кв. м."
	}
	if d.insideName(i) {
		return 0 // "Печерський районний суд м. Києва" is a name of the gazetteer
	}
	b := a + 1
	// "Мала Костромка", "Нові Петрівці", "Старому Самборі": an adjective and
	// a second capitalized word.
	if b < len(toks) && d.free(b, b+1) && d.settlementWord(toks[b]) && toks[b].Flags&text.NewlineBefore == 0 && settlementAdjective(toks[a].Key) {
		b++
	} else if stopwords()[toks[a].Key] {
		return 0
	}
	// A country, a region or an organization is left to the gazetteer
	// ("міста України"), and so is a first name after a town's head ("мер
	// міста Віталій Кличко"); a city of the gazetteer is that city, even
	// when its name is also a surname ("у місті Жовкві").
	var cities []*lexicon.Form
	for _, f := range d.lookup(a) {
		if f.Kind != lexicon.KindName {
			continue
		}
		switch f.Entry.Type {
		case Country, Region, Org, Company:
			if len(f.Keys) >= b-a {
				return 0
			}
		case "firstname":
			if h.town {
				return 0
			}
		case City:
			if len(f.Keys) >= b-a {
				cities = append(cities, f)
			}
		}
	}
	if best := d.choose(a, cities); best != nil {
		b = a + len(best.Keys)
		e := d.lexEntity(best.Entry)
		d.addSpan(span{start: toks[a].Start, end: toks[b-1].End, tok0: a, tok1: b, part: -1, typ: City, ent: e})
		return b - i
	}
	if h.town && i > 0 {
		for _, f := range d.lookup(i - 1) {
			if f.Kind == lexicon.KindName && f.Entry.Type == "role" && len(f.Keys) == 1 {
				return 0 // "мэр города Лужков": the holder of the post
			}
		}
	}
	ws := make([]string, 0, 2)
	for j := a; j < b; j++ {
		ws = append(ws, toks[j].Text)
	}
	name := settlementNominative(ws, h.cas, d.lang)
	e := d.entityFor("city:"+slug(Translit(d.lang, name)), func() *entity {
		e := &entity{}
		e.Type, e.Lemma, e.Name = City, name, Translit(d.lang, name)
		return e
	})
	d.addSpan(span{start: toks[a].Start, end: toks[b-1].End, tok0: a, tok1: b, part: -1, typ: City, ent: e})
	return b - i
}

// settlementWord reports whether t may be a word of a settlement's name:
// a capitalized word in the document's script, not all capitals; a
// hyphenated compound counts ("Більче-Золоте").
func (d *doc) settlementWord(t text.Token) bool {
	return t.Kind == text.Word && t.Flags&text.Cap != 0 && t.Flags&(text.Initial|text.Upper) == 0 &&
		isCyrillicWord(t.Text) && utf8.RuneCountInString(t.Text) > 1
}

// settlementAdjectiveEnds are the endings of the adjective that opens a
// two-word settlement name, in any case form ("Мала", "Нові", "Старому",
// "Великої", "Новой", "Старый").
var settlementAdjectiveEnds = []string{"ий", "ій", "а", "е", "і", "ого", "ому", "ім", "им", "ої", "ою", "у",
	"ый", "ая", "ое", "ые", "ие", "ой", "ую", "ом", "ым", "ых", "их"}

// settlementAdjective reports whether the key k is an adjective that may
// open a two-word settlement name: a descriptive adjective ("Мала", "Нові",
// "Старий", "Велика", "Верхні", "Червоний") or one in -ський ("Кам'янська
// Слобода"). Nouns in -ка are not ("Пісківка Київської області").
func settlementAdjective(k string) bool {
	for _, e := range settlementAdjectiveEnds {
		if stem, ok := strings.CutSuffix(k, e); ok && utf8.RuneCountInString(stem) >= 3 &&
			(strings.HasSuffix(stem, "ськ") || strings.HasSuffix(stem, "цьк") || strings.HasSuffix(stem, "ск") || strings.HasSuffix(stem, "цк")) {
			return true // "Кам'янська Слобода", "Русская Поляна"
		}
	}
	for _, st := range []string{"мал", "нов", "стар", "велик", "верхн", "нижн", "червон", "біл", "бел", "чорн", "черн", "кам'ян", "камен", "зелен", "солон", "сух", "глибок", "глубок", "висок", "высок", "крив", "руськ", "русск", "польськ", "польск", "золот", "добр", "ясн", "гарн", "ліс", "лес"} {
		if rest, ok := strings.CutPrefix(k, st); ok {
			for _, e := range settlementAdjectiveEnds {
				if rest == e {
					return true
				}
			}
		}
	}
	return false
}

// settlementNominative guesses the nominative of a settlement's name that
// agrees in case with its head ("у селі Терновій" → "Тернова", "села
// Коблевого" → "Коблеве", "в місті Жовкві" → "Жовква", "села Вербівців" →
// "Вербівці", "деревни Березовки" → "Березовка"); a form it cannot read for
// sure is kept as written (a nominative after "с.", "у селі Вербівці").
func settlementNominative(ws []string, cas byte, lang string) string {
	if cas == 0 || cas == 'n' {
		return strings.Join(ws, " ")
	}
	out := make([]string, len(ws))
	n := len(ws) - 1
	out[n] = settlementWordNominative(ws[n], cas, lang)
	for j := 0; j < n; j++ {
		// the adjective agrees with the noun: "Малій Костромці" →
		// "Мала Костромка", "Нових Петрівцях" → "Нові Петрівці"
		switch r := lastRune(out[n]); {
		case out[n] == ws[n]:
			out[j] = ws[j]
		case r == "а" || r == "я":
			out[j] = placeAdjNominative(ws[j], 'f', lang)
		case r == "е":
			out[j] = placeAdjNominative(ws[j], 'n', lang)
		case r == "і" && lang == "uk":
			out[j] = ws[j]
			if stem, ok := strings.CutSuffix(ws[j], "их"); ok {
				out[j] = stem + "і"
			}
		default:
			out[j] = ws[j]
		}
	}
	return strings.Join(out, " ")
}

// settlementWordNominative is settlementNominative for the name's noun (or
// its only word).
func settlementWordNominative(w string, cas byte, lang string) string {
	if utf8.RuneCountInString(w) < 4 {
		return w
	}
	type rule struct {
		cases, end, nom string
	}
	var rules []rule
	switch lang {
	case "uk":
		rules = []rule{
			{"g", "ської", "ська"}, {"l", "ській", "ська"}, {"i", "ською", "ська"}, {"a", "ську", "ська"},
			{"g", "цької", "цька"}, {"l", "цькій", "цька"}, {"i", "цькою", "цька"},
			{"g", "ньої", "ня"}, {"l", "ній", "на"}, {"g", "ної", "на"}, {"i", "ною", "на"},
			{"g", "вої", "ва"}, {"l", "вій", "ва"}, {"i", "вою", "ва"},
			{"g", "ового", "ове"}, {"l", "овому", "ове"}, {"i", "овим", "ове"}, {"g", "евого", "еве"}, {"l", "евому", "еве"},
			{"g", "иного", "ине"}, {"l", "иному", "ине"}, {"g", "ського", "ське"}, {"l", "ському", "ське"},
			{"g", "івців", "івці"}, {"l", "івцях", "івці"}, {"i", "івцями", "івці"}, {"g", "инців", "инці"}, {"l", "инцях", "инці"},
			{"g", "ївців", "ївці"}, {"l", "ївцях", "ївці"},
			{"g", "ївки", "ївка"}, {"l", "ївці", "ївка"}, {"i", "ївкою", "ївка"}, {"a", "ївку", "ївка"},
			{"g", "івки", "івка"}, {"l", "івці", "івка"}, {"i", "івкою", "івка"}, {"a", "івку", "івка"},
			{"g", "анки", "анка"}, {"l", "анці", "анка"}, {"g", "инки", "инка"}, {"l", "инці", "инка"},
			{"g", "ромки", "ромка"}, {"l", "ромці", "ромка"},
			{"g", "кви", "ква"}, {"l", "кві", "ква"}, {"i", "квою", "ква"},
		}
	case "ru":
		rules = []rule{
			{"g", "ской", "ская"}, {"l", "ской", "ская"}, {"i", "ской", "ская"}, {"a", "скую", "ская"},
			{"g", "овки", "овка"}, {"l", "овке", "овка"}, {"i", "овкой", "овка"}, {"a", "овку", "овка"},
			{"g", "евки", "евка"}, {"l", "евке", "евка"}, {"i", "евкой", "евка"}, {"a", "евку", "евка"},
			{"g", "инки", "инка"}, {"l", "инке", "инка"}, {"g", "ановки", "ановка"},
			{"g", "ной", "ная"}, {"l", "ной", "ная"},
		}
	}
	for _, r := range rules {
		if strings.Contains(r.cases, string(cas)) {
			if stem, ok := strings.CutSuffix(w, r.end); ok && utf8.RuneCountInString(stem) >= 2 {
				return stem + r.nom
			}
		}
	}
	return w
}

// insideName reports whether a name of the gazetteer that starts before
// token i goes on past it.
func (d *doc) insideName(i int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		for _, f := range d.lookup(j) {
			if f.Kind == lexicon.KindName && j+len(f.Keys) > i && outputType(f.Entry.Type) {
				return true
			}
		}
	}
	return false
}

// regionListHeads are the heads of a list of regions named by adjectives
// ("Донецькій та Луганській областях", "Львівська, Одеська й Харківська
// області", "Фастівського та Васильківського районів", "Архангельской и
// Рязанской областях"), and of one region named with an abbreviated head
// ("Донецька обл."): the head's nominative, whether it is a plural form
// only, and whether the form is an abbreviation.
var regionListHeads = map[string]map[string]struct {
	nom            string
	plural, abbrev bool
}{
	"uk": {"області": {"область", false, false}, "областях": {"область", true, false}, "областей": {"область", true, false}, "областям": {"область", true, false},
		"областями": {"область", true, false}, "обл.": {"область", false, true}, "обл": {"область", false, true},
		"районах": {"район", true, false}, "районів": {"район", true, false}, "районам": {"район", true, false}, "районами": {"район", true, false}},
	"ru": {"области": {"область", false, false}, "областях": {"область", true, false}, "областей": {"область", true, false}, "областям": {"область", true, false},
		"областями": {"область", true, false}, "обл.": {"область", false, true}, "обл": {"область", false, true},
		"районах": {"район", true, false}, "районов": {"район", true, false}, "районам": {"район", true, false}, "районами": {"район", true, false}},
}

// listJoiners join the adjectives of a list of regions.
var listJoiners = map[string]bool{",": true, "та": true, "і": true, "й": true, "и": true}

// regionList reads a list of regions named by adjectives before one plural
// head, or one region before an abbreviated head, starting at token i.
// Every adjective is a mention of its region; the last one takes the head
// with it ("Донецькій" and "Луганській областях"). It returns the tokens
// used.
func (d *doc) regionList(i int) int {
	heads := regionListHeads[d.lang]
	toks := d.toks
	var adjs []int
	j := i
	for j < len(toks) && len(adjs) < 12 && d.free(j, j+1) {
		t := toks[j]
		if t.Kind != text.Word || t.Flags&text.Cap == 0 || t.Flags&text.Upper != 0 {
			break
		}
		if _, ok := placeAdjective(t.Text); !ok {
			break
		}
		adjs = append(adjs, j)
		j++
		if j < len(toks) && d.free(j, j+1) && listJoiners[toks[j].Key] && toks[j].Flags&text.NewlineBefore == 0 {
			j++
			if j < len(toks) && (toks[j].Key == "та" || toks[j].Key == "і" || toks[j].Key == "и") && toks[j-1].Key == "," {
				j++ // ", та"
			}
		}
	}
	if len(adjs) == 0 || j != adjs[len(adjs)-1]+1 || j >= len(toks) || !d.free(j, j+1) || toks[j].Flags&text.NewlineBefore != 0 {
		return 0
	}
	hk := toks[j].Key
	if hk == "обл" && j+1 < len(toks) && toks[j+1].Key == "." && toks[j+1].Start == toks[j].End {
		hk += "." // "обл" + "."
	}
	h, ok := heads[hk]
	if !ok || !h.abbrev && len(adjs) < 2 {
		return 0 // one region before a full head is the gazetteer's
	}
	if h.abbrev && len(adjs) > 1 && !h.plural {
		adjs = adjs[len(adjs)-1:] // "Львівська, Хмельницька ... обл.": only the last is sure
	}
	for n, k := range adjs {
		t := toks[k]
		stem, _ := placeAdjective(t.Text)
		var lemma string
		if h.nom == "область" {
			lemma = placeAdjNominative(t.Text, 'f', d.lang)
			if lemma == t.Text && !strings.HasSuffix(lemma, "а") && !strings.HasSuffix(lemma, "я") {
				lemma = stem + "а"
				if d.lang == "ru" {
					lemma = stem + "ая"
				}
			}
		} else {
			lemma = stem + "ий"
			if d.lang == "ru" && !strings.HasSuffix(strings.ToLower(stem), "к") {
				lemma = stem + "ый"
			}
		}
		lemma += " " + h.nom
		e := d.regionByLemma(lemma)
		end, tok1 := t.End, k+1
		if n == len(adjs)-1 {
			end, tok1 = toks[j].End, j+1
			if h.abbrev {
				end = toks[j].End
				if strings.HasSuffix(toks[j].Text, ".") {
					end-- // the period is not part of the name
				}
			}
		}
		d.addSpan(span{start: t.Start, end: end, tok0: k, tok1: tok1, part: -1, typ: Region, ent: e, lemma: e.Lemma})
	}
	return j + 1 - i
}

// regionByLemma returns the entity of the region whose nominative is
// lemma ("Донецька область"): the gazetteer's region when it has one,
// else a region of the document.
func (d *doc) regionByLemma(lemma string) *entity {
	ws := strings.Fields(lemma)
	toks := make([]text.Token, len(ws))
	for k, w := range ws {
		toks[k] = text.Token{Text: w, Key: text.Key(w), Kind: text.Word}
		if k == 0 {
			toks[k].Flags = text.Cap
		}
	}
	for _, f := range d.x.lex.Lookup(toks, 0) {
		if f.Kind == lexicon.KindName && len(f.Keys) == len(ws) && f.Entry.Type == Region {
			return d.lexEntity(f.Entry)
		}
	}
	return d.entityFor("region:"+slug(Translit(d.lang, lemma)), func() *entity {
		e := &entity{}
		e.Type, e.Lemma, e.Name = Region, lemma, Translit(d.lang, lemma)
		return e
	})
}

// unionAreaCues are the words after which Ukrainian news names the
// European Union as an area, not as an organization: prepositions of place
// ("в ЄС", "з ЄС", "до Євросоюзу") and nouns of territory and membership
// ("країни ЄС", "кордони ЄС", "до складу ЄС").
var unionAreaCues = keySet(map[string]bool{"в": true, "у": true, "до": true, "з": true, "із": true, "зі": true, "поза": true, "по": true, "усього": true, "всього": true,
	"країни": true, "країн": true, "країнах": true, "країнам": true, "країнами": true, "країна": true, "країною": true, "держав": true, "держави": true, "державах": true,
	"держав-членів": true, "членів": true, "членами": true, "членом": true, "член": true, "складу": true, "складі": true,
	"межі": true, "межах": true, "кордон": true, "кордони": true, "кордонів": true, "кордонах": true, "території": true, "територію": true, "ринку": true, "ринок": true, "ринки": true})

// keySet returns the set m with its words as token keys (text.Key folds
// "ї" to "і", as tokens do).
func keySet(m map[string]bool) map[string]bool {
	out := make(map[string]bool, len(m))
	for w := range m {
		out[text.Key(w)] = true
	}
	return out
}

// unionArea adds "ЄС", "Євросоюзу" after a cue of place in Ukrainian as
// the European Union's area (a region; the corpora of Ukrainian news mark
// the EU so there), and returns the tokens used.
func (d *doc) unionArea(i int) int {
	t := d.toks[i]
	if d.lang != "uk" || i == 0 || !unionAreaCues[d.toks[i-1].Key] || d.toks[i].Flags&text.NewlineBefore != 0 {
		return 0
	}
	switch {
	case t.Key == "єс" && t.Flags&text.Upper != 0:
	case strings.HasPrefix(t.Key, "євросоюз") && t.Key != "євросоюз" && t.Flags&text.Cap != 0:
	default:
		return 0
	}
	if n := i + 1; n < len(d.toks) && d.toks[n].Key == "-" || d.insideName(i) {
		return 0
	}
	e := d.entityFor("region:eu", func() *entity {
		e := &entity{}
		e.Type, e.Lemma, e.Name = Region, "Європейський Союз", "European Union (area)"
		return e
	})
	d.addSpan(span{start: t.Start, end: t.End, tok0: i, tok1: i + 1, part: -1, typ: Region, ent: e, lemma: e.Lemma})
	return 1
}

// placeKindStems begin the nouns that name the kind of a place between a
// country's adjective and the place's name: "китайской провинции Хунань",
// "польське місто Краків", "the Chinese city of Dalian".
var placeKindStems = map[string][]string{
	"ru": {"город", "провинци", "штат", "префектур", "област", "регион", "земл", "республик", "курорт", "порт", "столиц", "деревн", "сел", "поселк", "посёлк", "округ", "остров", "воеводств", "департамент", "кантон", "граф"},
	"uk": {"міст", "провінці", "штат", "префектур", "област", "регіон", "земл", "республік", "курорт", "порт", "столиц", "сел", "селищ", "округ", "остров", "воєводств", "департамент", "кантон", "граф"},
	"en": {"city", "town", "province", "state", "prefecture", "region", "village", "port", "capital", "island", "county", "district"},
}

// orgKindStems begin the nouns that name the kind of an organization
// between a country's adjective and its name: "немецкий концерн Bayer",
// "британської групи The Prodigy", "the German carmaker BMW".
var orgKindStems = map[string][]string{
	"ru": {"компани", "авиакомпани", "концерн", "корпораци", "банк", "групп", "газет", "издани", "клуб", "университет", "фирм", "производител", "агентств", "телеканал", "организаци", "группировк", "автоконцерн", "холдинг", "оператор", "ритейлер", "автопроизводител"},
	"uk": {"компані", "авіакомпані", "концерн", "корпораці", "банк", "гурт", "груп", "газет", "видання", "клуб", "університет", "фірм", "виробник", "агентств", "телеканал", "організаці", "угрупован", "автоконцерн", "холдинг", "оператор", "ритейлер", "автовиробник"},
	"en": {"company", "firm", "group", "bank", "newspaper", "club", "university", "carrier", "airline", "agency", "broadcaster", "band", "carmaker", "automaker", "conglomerate", "giant", "lender", "insurer", "retailer", "operator"},
}

// countryAdjPlaces reads a country's adjective directly before a place's
// kind and name, or before a city's name ("итальянский город Павия",
// "фінське Тампере", "the Chinese city of Dalian"): the adjective becomes a
// mention of the country, and the place is located in it. A free-standing
// adjective ("российские власти", "польські туристи") names no place.
func (d *doc) countryAdjPlaces() {
	kinds, orgKinds := placeKindStems[d.lang], orgKindStems[d.lang]
	for t := 0; t+1 < len(d.toks); t++ {
		country := d.adj[t]
		if d.cover[t] != 0 {
			// inside an organization's name: "Полиция итальянского города Павия"
			if o := d.spans[d.cover[t]-1]; o.tok0 >= t || o.typ != Org && o.typ != Company || d.toks[t].Flags&text.Cap != 0 {
				continue
			}
			country = d.countryAdjAt(t)
		}
		if country == nil || country.Type != Country || d.skip[t] {
			continue
		}
		i := t + 1
		kind := d.toks[i].Kind == text.Word && d.toks[i].Flags&text.Cap == 0 && hasPrefixAny(d.toks[i].Key, kinds)
		s := d.placeSpanFrom(i)
		if s == nil && !kind && d.toks[i].Kind == text.Word && d.toks[i].Flags&text.Cap == 0 && hasPrefixAny(d.toks[i].Key, orgKinds) {
			// "немецкий концерн Bayer": the organization is in the country
			if o := d.orgSpanFrom(i + 1); o != nil && d.cover[t] == 0 && (o.ent.Attrs["country"] == "" || o.ent.Attrs["country"] == country.Attrs["iso2"]) {
				ce := d.lexEntity(country)
				d.mention(ce, d.base+d.toks[t].Start, d.base+d.toks[t].End, d.adjectiveLemma(t))
				d.addRelation(Relation{Type: "located_in", Args: map[string]string{"subject": o.ent.ID, "place": ce.ID},
					Status: Established, Attrs: map[string]string{}, Evidence: d.evidence(d.base+d.toks[t].Start, o.end), Rule: "name.org_of_country_adjective"})
			}
			continue
		}
		if s == nil && kind {
			i++
			if d.lang == "en" && i < len(d.toks) && d.toks[i].Key == "of" {
				i++
			}
			s = d.placeSpanFrom(i)
		}
		if s == nil || s.ent.ID == country.ID || d.toks[s.tok0].Flags&text.NewlineBefore != 0 {
			continue
		}
		if s.typ != City && !kind {
			continue // "польская Силезия" is left to the rules of regions
		}
		if c := s.ent.Attrs["country"]; c != "" && c != country.Attrs["iso2"] {
			continue // "российский Крым": the text's view, not the lexicon's
		}
		ce := d.lexEntity(country)
		d.mention(ce, d.base+d.toks[t].Start, d.base+d.toks[t].End, d.adjectiveLemma(t))
		d.addRelation(Relation{Type: "located_in", Args: map[string]string{"subject": s.ent.ID, "place": ce.ID},
			Status: Established, Attrs: map[string]string{}, Evidence: d.evidence(d.base+d.toks[t].Start, s.end), Rule: "name.place_of_country_adjective"})
	}
}

// countryAdjAt returns the country whose adjective is the word at token t,
// or nil.
func (d *doc) countryAdjAt(t int) *lexicon.Entry {
	for _, f := range d.lookup(t) {
		if f.Kind == lexicon.KindAdjective && f.Entry.Type == Country && len(f.Keys) == 1 {
			return f.Entry
		}
	}
	return nil
}

// placeSpanFrom returns the span of a city or region that starts at token
// i, nested or not, or nil.
func (d *doc) placeSpanFrom(i int) *span {
	if i >= len(d.toks) || d.cover[i] == 0 {
		return nil
	}
	for k := int(d.cover[i]) - 1; k < len(d.spans) && d.spans[k].tok0 <= i; k++ {
		s := &d.spans[k]
		if s.tok0 == i && s.part < 0 && s.ent != nil && (s.typ == City || s.typ == Region) {
			return s
		}
	}
	return nil
}

// adjectiveLemma is the masculine nominative of the adjective at token t
// ("китайской" → "китайский"), the lemma of its mention.
func (d *doc) adjectiveLemma(t int) string {
	w := strings.ToLower(d.toks[t].Text)
	if d.lang == "en" {
		return d.toks[t].Text
	}
	return adjNominative(w, false, d.lang)
}

// orgSpanFrom returns the outermost span of an organization or company
// that starts at token i, quotation marks skipped, or nil.
func (d *doc) orgSpanFrom(i int) *span {
	if i < len(d.toks) && isQuoteTok(d.toks[i]) {
		i++
	}
	if i >= len(d.toks) || d.cover[i] == 0 || d.toks[i].Flags&text.NewlineBefore != 0 {
		return nil
	}
	s := &d.spans[d.cover[i]-1]
	if s.tok0 != i || s.part >= 0 || s.ent == nil || s.typ != Org && s.typ != Company {
		return nil
	}
	return s
}
