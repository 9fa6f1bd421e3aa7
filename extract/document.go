package extract

import (
	_ "embed"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/factum-nlp/factum/internal/morph"
	"github.com/factum-nlp/factum/internal/rules"
	"github.com/factum-nlp/factum/internal/text"
	"github.com/factum-nlp/factum/lexicon"
)

// entity is an Entity under construction.
type entity struct {
	Entity
	first int            // byte offset of the first mention
	entry *lexicon.Entry // nil for entities found by rules alone
	// matched is the lexicon name (nominative) of the first mention
	matched string
	// persons
	surname string
	gender  morph.Gender
	firstID string // the first-name entry, for joining "Володимир" to "Володимир Прокопів"
	generic bool   // an event named by a common noun ("выборы"): not what "форум" refers to
}

// span is a stretch of a window's tokens that the rules see as one unit: an
// entity mention, a post, a date, a pronoun or a reference to an event.
type span struct {
	start, end int // absolute byte offsets
	tok0, tok1 int // token range in the window, [tok0, tok1)
	part       int // index of a compound token's part, or -1
	typ        string
	ent        *entity
	role       string // posts: the post in nominative
	former     bool   // posts: "колишній", "бывший", "former"
	cityScope  bool   // posts: the head of a city ("мер", "мэр города")
	council    bool   // posts: a post of the city council ("секретар міськради")
	date       text.Date
	lemma      string // the mention's own nominative, when known
	ref        bool   // a reference (pronoun, "форум") resolved when used
	pair       bool   // a reference to two entities ("обидва міста", "сторони")
}

// doc holds the state of one Extract call.
type doc struct {
	x       *Extractor
	src     string
	lang    string
	ents    []*entity
	byID    map[string]*entity
	rels    []Relation
	relSeen map[string]int // relation key → evidence start of the first one
	relAt   map[string]int // relation key and status → index in rels
	year    int            // the dateline's year, 0 if none
	dlEnd   int            // the byte offset where the dateline ends, 0 if none
	dlMonth int            // the dateline's month and day, 0 if not stated
	dlDay   int

	// the current window
	base    int
	w       string
	toks    []text.Token
	sents   []text.Sentence
	skip    []bool  // tokens in page furniture
	cover   []int32 // token → 1+index of the span covering it whole, 0 if none
	partOf  map[int][]int
	spans   []span
	persons []int                  // indices of person spans, in text order
	adj     map[int]*lexicon.Entry // tokens that are country adjectives ("польський") → the country

	trace *Explanation // set by Explain

	mentioned map[mentionKey]bool

	unitBuf []rules.Unit // reused by units()
	infoBuf []unitInfo
	lk      []lookupResult  // lexicon lookups at the window's tokens
	lower   map[string]bool // reused by findUnknownNames
}

func newDoc(x *Extractor, src, lang string) *doc {
	return &doc{x: x, src: src, lang: lang, byID: map[string]*entity{}, relSeen: map[string]int{}, relAt: map[string]int{}, mentioned: map[mentionKey]bool{}}
}

// window processes s[start:end]: tokens → gazetteer and name matches →
// rule matches → relations.
func (d *doc) window(start, end int) {
	d.base, d.w = start, d.src[start:end]
	if c := len(d.w)/6 + 4; cap(d.toks) < c {
		d.toks = make([]text.Token, 0, c)
	}
	d.toks = text.AppendTokens(d.toks[:0], d.w)
	d.sents = text.Sentences(d.w, d.toks, d.lang)
	if start == 0 {
		d.dlEnd, d.dlMonth, d.dlDay = 0, 0, 0
		if dl, ok := text.ParseDateline(d.w, d.toks); ok {
			d.year, d.dlEnd, d.dlMonth, d.dlDay = dl.Year, dl.End, dl.Month, dl.Day
		}
	}
	n := len(d.toks)
	d.skip = resized(d.skip, n)
	for _, s := range d.sents {
		if s.Zone == text.Furniture {
			for i := s.First; i < s.Last && i < n; i++ {
				d.skip[i] = true
			}
		}
	}
	d.cover = resized(d.cover, n)
	d.lk = resized(d.lk, n)
	d.partOf = map[int][]int{}
	d.adj = map[int]*lexicon.Entry{}
	if cap(d.spans) == 0 {
		d.spans = make([]span, 0, n/4+8)
	}
	d.spans = d.spans[:0]
	d.persons = d.persons[:0]

	d.findDates()
	d.findQuotedNames()
	d.findEnglishBodies()
	d.findEventNames()
	d.findMunicipalAdj()
	d.findBodies()
	d.findPlaces()
	d.findEnglishPersons()
	d.findNames()
	d.findSettlements()
	d.findMunicipal()
	d.findInstitutions()
	d.findDescribedBodies()
	d.findUnknownNames()
	d.findLatinCompanies()
	d.findSurnames()
	d.findRoleSurnames()
	d.findFirstNamesAlone()
	d.findShapeSurnames()
	d.findContextSurnames()
	d.findAdjectivePosts()
	d.findGenericEvents()
	d.findRefs()
	// In text order; of two spans that start together the longer comes
	// first, so that it is the unit the rules see ("Lviv City Council",
	// not "Lviv").
	sort.SliceStable(d.spans, func(i, j int) bool {
		if d.spans[i].start != d.spans[j].start {
			return d.spans[i].start < d.spans[j].start
		}
		return d.spans[i].end > d.spans[j].end
	})
	d.reindex()
	d.nestedNames()
	d.countryAdjPlaces()
	d.applyRules()
	d.cityHeads()
	d.statePosts()
}

// reindex rebuilds cover and partOf after spans were added or sorted.
func (d *doc) reindex() {
	for i := range d.cover {
		d.cover[i] = 0
	}
	for k := range d.partOf {
		delete(d.partOf, k)
	}
	for i, s := range d.spans {
		if s.part >= 0 {
			d.partOf[s.tok0] = append(d.partOf[s.tok0], i)
			continue
		}
		for t := s.tok0; t < s.tok1; t++ {
			if d.cover[t] == 0 {
				d.cover[t] = int32(i + 1)
			}
		}
	}
}

// free reports whether tokens [a, b) are inside the window, not furniture
// and not yet covered by a span.
func (d *doc) free(a, b int) bool {
	if a < 0 || b > len(d.toks) || a >= b {
		return false
	}
	for i := a; i < b; i++ {
		if d.skip[i] || d.cover[i] != 0 {
			return false
		}
	}
	return true
}

func (d *doc) addSpan(s span) int {
	s.start += d.base
	s.end += d.base
	d.spans = append(d.spans, s)
	i := len(d.spans) - 1
	if s.part < 0 {
		for t := s.tok0; t < s.tok1; t++ {
			if d.cover[t] == 0 {
				d.cover[t] = int32(i + 1)
			}
		}
	} else {
		d.partOf[s.tok0] = append(d.partOf[s.tok0], i)
	}
	if s.ent != nil {
		d.mention(s.ent, s.start, s.end, s.lemma)
	}
	return i
}

// mention records a mention of e at absolute offsets [start, end).
func (d *doc) mention(e *entity, start, end int, lemma string) {
	k := mentionKey{e, start, end}
	if d.mentioned[k] {
		return
	}
	d.mentioned[k] = true
	if lemma == "" {
		lemma = e.Lemma
	}
	e.Mentions = append(e.Mentions, Mention{Start: start, End: end, Text: d.src[start:end], Lemma: lemma})
	if start < e.first {
		e.first = start
	}
}

// mentionKey identifies a mention of an entity, to record it once.
type mentionKey struct {
	e          *entity
	start, end int
}

// entityFor returns the document entity with the given id, creating it with
// mk when it is new.
func (d *doc) entityFor(id string, mk func() *entity) *entity {
	if e := d.byID[id]; e != nil {
		return e
	}
	e := mk()
	e.ID = id
	e.first = 1 << 62
	if e.Attrs == nil {
		e.Attrs = map[string]string{}
	}
	d.byID[id] = e
	d.ents = append(d.ents, e)
	return e
}

// lexEntity returns the document entity of a lexicon entry.
func (d *doc) lexEntity(le *lexicon.Entry) *entity {
	return d.entityFor(le.ID, func() *entity {
		e := &entity{entry: le}
		e.Type = le.Type
		e.Name = canonical(le, "en")
		e.Lemma = canonical(le, d.lang)
		if e.Lemma == "" {
			e.Lemma = e.matched
		}
		if e.Name == "" {
			for _, l := range []string{"uk", "ru"} {
				if c := canonical(le, l); c != "" {
					e.Name = Translit(l, c)
					break
				}
			}
		}
		e.Attrs = map[string]string{}
		if c := le.Attrs["country"]; c != "" {
			e.Attrs["country"] = c
		}
		if le.Type == Person {
			// Known people are found by surname alone once named.
			if ws := strings.Fields(e.Lemma); len(ws) > 1 {
				e.surname = ws[len(ws)-1]
			}
			e.gender = morph.Masc
			if le.Attrs["gender"] == "f" {
				e.gender = morph.Fem
			}
		}
		return e
	})
}

// canonical returns the first name of le in lang ("en" falls back to the
// language-neutral names).
func canonical(le *lexicon.Entry, lang string) string {
	for _, n := range le.Names {
		if n.Lang == lang {
			return n.Text
		}
	}
	if lang == "en" {
		for _, n := range le.Names {
			if n.Lang == "" && !isAbbrev(n.Text) {
				return n.Text
			}
		}
	}
	for _, n := range le.Names {
		if n.Lang == "" {
			return n.Text
		}
	}
	return ""
}

func isAbbrev(s string) bool {
	up := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			up++
		}
	}
	return up > 1
}

// findDates marks dates ("27-28 ноября", "у 1961 році").
func (d *doc) findDates() {
	for _, dt := range text.Dates(d.toks) {
		if !d.free(dt.First, dt.Last) {
			continue
		}
		d.addSpan(span{start: d.toks[dt.First].Start, end: d.toks[dt.Last-1].End, tok0: dt.First, tok1: dt.Last, part: -1, typ: "date", date: dt})
	}
}

// Head words that introduce the quoted name of an event, a company or an
// organization: форум «...», ТОВ «...», the festival "...".
var (
	eventHeads = []string{"форум", "фестивал", "фестиваль", "конференц", "саміт", "самміт", "саммит", "виставк", "выставк", "ярмарк", "ярмар", "конгрес", "олімпіад", "олимпиад", "чемпіонат", "чемпионат", "турнір", "турнир", "конкурс", "марафон", "forum", "festival", "summit", "conference", "expo", "exhibition", "fair", "congress", "championship", "tournament", "marathon"}
	// legalForms are part of the name they precede: ТОВ «Ромашка», ООО "Вектор".
	legalForms = map[string]string{"тов": Company, "ооо": Company, "ат": Company, "пат": Company, "прат": Company, "оао": Company, "зао": Company, "пао": Company, "ао": Company, "тзов": Company, "пп": Company,
		"дп": Company, "кп": Org, "ват": Company, "зат": Company, "сп": Company, "фг": Company, "нао": Company, "фгуп": Company, "муп": Org, "гуп": Org, "ано": Org, "ип": Company,
		"осбб": Org, "го": Org, "бф": Org, "гу": Org, "ку": Org, "кнп": Org, "дю": Org, "днз": Org, "лбк": Company, "llc": Company, "ltd": Company, "inc": Company}
	companyHeads = map[string]bool{
		"компанія": true, "компанії": true, "компанію": true, "компанією": true, "компания": true, "компании": true, "компанию": true, "компанией": true,
		"корпорація": true, "корпорации": true, "корпорація́": true, "корпорация": true, "концерн": true, "концерну": true, "концерна": true, "холдинг": true, "холдингу": true, "холдинга": true,
		"банк": true, "банку": true, "банка": true, "банком": true, "банке": true, "банкові": true,
		"завод": true, "заводу": true, "завода": true, "заводом": true, "заводе": true, "заводі": true,
		"комбінат": true, "комбинат": true, "комбінату": true, "комбината": true, "фабрика": true, "фабрики": true, "фабрику": true, "фабрикой": true, "фабрикою": true,
		"company": true, "corporation": true, "firm": true, "bank": true}
	orgHeads = map[string]bool{"фонд": true, "фонду": true, "фонда": true, "асоціація": true, "асоціації": true, "ассоциация": true, "ассоциации": true,
		"партія": true, "партії": true, "партия": true, "партии": true, "організація": true, "організації": true, "организация": true, "организации": true,
		"го": true, "союз": true, "союзу": true, "союза": true, "рух": true, "движение": true, "движения": true, "party": true, "foundation": true, "association": true}
)

func hasPrefixAny(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func hasSuffixAny(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// findQuotedNames finds events, companies and organizations named in quotes
// after a head word: форум "Города России: технологии лидерства", ТОВ «Ромашка».
func (d *doc) findQuotedNames() {
	toks := d.toks
	for i := 0; i < len(toks); i++ {
		k := toks[i].Key
		if d.lang == "en" && k == `"` {
			// the "Rebuild Ukraine" exhibition: the name before its head
			if cl := closingQuote(toks, i); cl > i+1 && cl+1 < len(toks) && hasPrefixAny(toks[cl+1].Key, eventHeads) && d.free(i+1, cl) {
				a, b := toks[i+1].Start, toks[cl-1].End
				name := d.w[a:b]
				e := d.entityFor(Event+":"+slug(name), func() *entity {
					e := &entity{}
					e.Type, e.Lemma, e.Name = Event, name, name
					return e
				})
				d.addSpan(span{start: a, end: b, tok0: i + 1, tok1: cl, part: -1, typ: Event, ent: e})
				i = cl
				continue
			}
		}
		if !quoteHeadKeys().mayHave(k) && !eventHeadPrefixes().has(k) && toks[i].Flags&text.Upper == 0 {
			continue // none of the cases below
		}
		typ := ""
		window := 1
		legal := legalForms[k]
		switch {
		case legal != "":
			typ = legal
		case companyHeads[k]:
			typ = Company
		case orgHeads[k]:
			typ = Org
		case quotedNameHeads[k] != "":
			typ = quotedNameHeads[k]
		case d.abbrevLegalForm(i):
			typ, legal = Org, Org
		case eventHeadPrefixes().has(k):
			typ, window = Event, 6
		default:
			continue
		}
		// The opening quote, within a few words of the head.
		open := -1
		for j := i + 1; j <= i+window && j < len(toks); j++ {
			if toks[j].Key == `"` {
				open = j
				break
			}
			if toks[j].Kind == text.Punct || toks[j].Flags&text.NewlineBefore != 0 {
				break
			}
			if kj := toks[j].Key; companyHeads[kj] || orgHeads[kj] || legalForms[kj] != "" {
				break // "партнером форума стал банк «...»": the bank's name
			}
		}
		if open < 0 {
			continue
		}
		cl := closingNameQuote(toks, open)
		if cl < 0 || cl == open+1 || !d.free(open+1, cl) {
			continue
		}
		a, b := toks[open+1].Start, toks[cl-1].End
		name := d.w[a:b]
		lang := d.lang
		var e *entity
		if le := d.lookupWhole(open+1, cl); le != nil && (le.Type == typ || typ != Event && (le.Type == Org || le.Type == Company)) {
			e = d.lexEntity(le)
		} else {
			id := typ + ":" + slug(Translit(lang, name))
			e = d.entityFor(id, func() *entity {
				e := &entity{}
				e.Type, e.Lemma, e.Name = typ, name, Translit(lang, name)
				return e
			})
		}
		start := i
		if legal != "" && i > 0 && legalForms[toks[i-1].Key] != "" && d.free(i-1, i) {
			start = i - 1 // ТОВ НПП «...»
		} else if legal == "" && typ != Event {
			start = d.describedNameStart(i)
		}
		if (legal != "" || start < i) && d.lang != "ru" {
			// The legal form, the description and the quotes belong to
			// the name (in Russian news the name is the quoted words:
			// ООО «Вектор»).
			d.addSpan(span{start: toks[start].Start, end: toks[cl].End, tok0: start, tok1: cl + 1, part: -1, typ: e.Type, ent: e})
		} else {
			d.addSpan(span{start: a, end: b, tok0: open + 1, tok1: cl, part: -1, typ: e.Type, ent: e})
		}
		i = cl
	}
	d.findQuotedRepeats()
}

// lookupWhole returns the lexicon entry whose name covers exactly [a, b).
func (d *doc) lookupWhole(a, b int) *lexicon.Entry {
	for _, f := range d.lookup(a) {
		if len(f.Keys) == b-a && f.Kind == lexicon.KindName && outputType(f.Entry.Type) {
			return f.Entry
		}
	}
	return nil
}

// closingQuote returns the index of the quote mark closing the one at
// open, skipping nested «» pairs, within one paragraph and 40 tokens.
func closingQuote(toks []text.Token, open int) int { return scanQuote(toks, open, false) }

// scanQuote finds the mark closing the quote at open. With oneMark, a
// nested name may be closed by a single mark (see closingNameQuote): a
// closing mark inside a nested quote ends the outer one too unless another
// closing mark follows it at once.
func scanQuote(toks []text.Token, open int, oneMark bool) int {
	depth := 0
	for j := open + 1; j < len(toks) && j < open+40; j++ {
		t := toks[j]
		if t.Flags&text.ParaBefore != 0 {
			return -1
		}
		if t.Key != `"` {
			continue
		}
		switch t.Text {
		case "«", "„":
			depth++
			continue
		case "»", "“":
			if depth > 0 {
				if oneMark && !(j+1 < len(toks) && toks[j+1].Key == `"` && toks[j+1].Text != "«" && toks[j+1].Text != "„" && toks[j+1].Start == t.End) {
					return j
				}
				depth--
				continue
			}
		}
		return j
	}
	return -1
}

func outputType(t string) bool {
	switch t {
	case City, Country, Region, Person, Org, Company, Event:
		return true
	}
	return false
}

// findNames runs the gazetteer and the person-name recognizer over the
// window's free tokens.
func (d *doc) findNames() {
	toks := d.toks
	for i := 0; i < len(toks); i++ {
		if !d.free(i, i+1) {
			continue
		}
		t := toks[i]
		forms := d.lookup(i)
		street := t.Flags&text.Cap != 0 && d.afterStreetWord(i)
		if street {
			// "вул. Івана Франка": a street's name, not the person
			if best := d.choose(i, forms); best != nil && best.Entry.Type == Person {
				i += len(best.Keys) - 1
				continue
			}
		} else {
			if n := d.chineseName(i); n > 0 {
				i += n - 1
				continue
			}
			if n := d.person(i, forms); n > 0 {
				i += n - 1
				continue
			}
			if d.initialAt(i) > 0 {
				if n := d.initialsPerson(i); n > 0 {
					i += n - 1
					continue
				}
			}
			if n := d.surnameInitials(i); n > 0 {
				i += n - 1
				continue
			}
		}
		if len(forms) == 0 && t.Flags&text.Compound != 0 {
			d.compoundParts(i)
			continue
		}
		if len(forms) == 0 && (d.abbrevOrg(i) || d.orgWord(i)) {
			continue
		}
		if n := d.gazetteer(i, forms); n > 0 {
			i += n - 1
			continue
		}
		for _, f := range forms {
			if f.Kind == lexicon.KindAdjective {
				d.adj[i] = f.Entry
				break
			}
		}
	}
}

// gazetteer picks the best lexicon match among forms at token i and adds
// its span; it returns the number of tokens used.
func (d *doc) gazetteer(i int, forms []*lexicon.Form) int {
	best := d.choose(i, forms)
	if best == nil {
		return 0
	}
	n := len(best.Keys)
	if !d.free(i, i+n) {
		return 0
	}
	toks := d.toks
	s := span{start: toks[i].Start, end: toks[i+n-1].End, tok0: i, tok1: i + n, part: -1}
	switch best.Entry.Type {
	case "role":
		if best.Entry.Attrs["kind"] == "modifier" {
			return 0 // "колишній", "acting": read with the post that follows
		}
		if i > 0 && toks[i-1].Key == "во" && toks[i].Key == "главе" && i+1 < len(toks) && (toks[i+1].Key == "с" || toks[i+1].Key == "со") {
			return 0 // "делегация во главе с акимом": an idiom, not a post
		}
		s.typ = "role"
		s.role = d.roleLemma(best)
		s.former = i > 0 && (formerWords[toks[i-1].Key] || d.modifier(i-1) == "role:mod:former" || d.modifier(i-1) == "role:mod:outgoing")
		for _, pre := range exPrefixes { // "екс-мер": a former mayor
			if rest, ok := strings.CutPrefix(s.role, pre); ok && slices.ContainsFunc(best.Entry.Names, func(n lexicon.Name) bool { return n.Text == rest }) {
				s.role, s.former = rest, true
				break
			}
		}
		s.cityScope = best.Entry.Attrs["scope"] == "city"
		s.council = strings.HasPrefix(best.Entry.ID, "role:city_council")
	default:
		if d.otherPlaceBody(i, n, best) {
			return 0
		}
		s.typ = best.Entry.Type
		s.ent = d.lexEntity(best.Entry)
		s.lemma = best.Entry.Names[best.Name].Text
		if s.ent.matched == "" {
			s.ent.matched = s.lemma
		}
	}
	d.addSpan(s)
	return n
}

// otherPlaceBody reports whether the organization matched at tokens
// [i, i+n) is followed by another country's or city's name, so that the
// words name that place's body: "Следственного комитета Армении" is not
// Russia's committee. The match is then left to findInstitutions, which
// reads the whole name.
func (d *doc) otherPlaceBody(i, n int, best *lexicon.Form) bool {
	if (best.Entry.Type != Org && best.Entry.Type != Company) || n < 2 || d.toks[i].Flags&text.Upper != 0 || i+n >= len(d.toks) {
		return false
	}
	next := d.toks[i+n]
	if next.Flags&text.Cap == 0 {
		return false
	}
	own := best.Entry.Attrs["country"]
	if own == "" {
		return false // an international body: "ООН", "Червоний Хрест"
	}
	for _, f := range d.lookup(i + n) {
		if f.Kind != lexicon.KindName || len(f.Keys) != 1 || f.Entry.Names[f.Name].Ctx {
			continue
		}
		switch f.Entry.Type {
		case Country:
			if iso := f.Entry.Attrs["iso2"]; iso != "" && iso != own {
				return true
			}
		case City:
			if c := f.Entry.Attrs["country"]; c != "" && c != own {
				return true
			}
		}
	}
	return false
}

// modifier returns the id of the post modifier ("колишній", "former",
// "acting") at token i, or "".
func (d *doc) modifier(i int) string {
	if i < 0 {
		return ""
	}
	for _, f := range d.lookup(i) {
		if f.Entry.Type == "role" && f.Entry.Attrs["kind"] == "modifier" && len(f.Keys) == 1 {
			return f.Entry.ID
		}
	}
	return ""
}

// roleLemma is the nominative of a matched post in the document's language.
func (d *doc) roleLemma(f *lexicon.Form) string {
	if l := f.Entry.Attrs["lemma"]; l != "" {
		return l // forms listed as written: "послом" → "посол"
	}
	if f.Name >= 0 && f.Name < len(f.Entry.Names) {
		return f.Entry.Names[f.Name].Text
	}
	return canonical(f.Entry, d.lang)
}

// exPrefixes start the names of former holders of a post in roles.lex
// ("екс-мер", "ексміністр", "экс-мэр", "ex-mayor").
var exPrefixes = []string{"екс-", "екс", "экс-", "экс", "ex-"}

var formerWords = map[string]bool{"колишній": true, "колишня": true, "колишнього": true, "колишньої": true, "колишньому": true, "колишнім": true,
	"бывший": true, "бывшая": true, "бывшего": true, "бывшей": true, "бывшему": true, "бывшим": true, "former": true, "екс": true, "экс": true, "ex": true}

// choose picks the form to use among the lexicon matches at token i: the
// longest one that is an entity or a post, preferring names of the
// document's language, entries whose country the document has already
// mentioned, and larger places.
func (d *doc) choose(i int, forms []*lexicon.Form) *lexicon.Form {
	var best *lexicon.Form
	bestScore := -1 << 62
	for _, f := range forms {
		if f.Kind != lexicon.KindName || (f.Entry.Type != "role" && !outputType(f.Entry.Type)) {
			continue
		}
		if best != nil && len(f.Keys) < len(best.Keys) {
			break // forms are sorted longest first
		}
		if len(f.Keys) == 1 && (f.Entry.Type == City || f.Entry.Type == Region) && d.weakPlace(i, f, forms) {
			continue
		}
		nm := f.Entry.Names[f.Name]
		if nm.Ctx {
			switch f.Entry.Type {
			case Org, Company:
				// "Белый дом", "МИД", "Shell": names of organizations that
				// are also common words count unless they open a sentence.
				if d.sentStart(i) && len(f.Keys) == 1 {
					continue
				}
			default:
				if !d.context(i, len(f.Keys)) && !d.ownCountryAdj(i, len(f.Keys), f.Entry) {
					continue
				}
			}
		}
		if t := d.toks[i]; len(f.Keys) == 1 && t.Flags&text.Upper == 0 && stopwords()[t.Key] {
			continue // "Такого" at the start of a sentence is not the city Такой
		}
		if t := d.toks[i]; len(f.Keys) == 1 && t.Flags&text.Upper != 0 && utf8.RuneCountInString(t.Text) <= 3 && !isAbbrev(nm.Text) {
			continue // "ИИ" is an abbreviation, not the city Ие
		}
		score := 0
		if nm.Lang == d.lang || nm.Lang == "" {
			score += 1 << 40
		}
		p, perr := strconv.Atoi(f.Entry.Attrs["pop"])
		if c := f.Entry.Attrs["country"]; c != "" {
			// The country named in the text decides; a city of the same
			// country named before only when the place is not dwarfed by
			// a namesake ("St. Petersburg" after Baltimore is still the
			// Russian city, sixteen times larger than the Florida one).
			if seen := d.countrySeen(c); seen == 2 || seen == 1 && (perr != nil || p*10 >= maxPop(forms)) {
				score += 1 << 38
			}
		}
		if perr == nil {
			score += p
		} else if f.Entry.Type == Country {
			score += 1 << 36
		} else if f.Entry.Type == Org || f.Entry.Type == Company || f.Entry.Type == Person {
			score += 200000 // a known company or person outweighs a small town of its name (Nokia)
		}
		if score > bestScore {
			best, bestScore = f, score
		}
	}
	return best
}

//go:embed data/stopwords.txt
var stopwordsTxt string

// stopwords returns the set of common words that are never a name on their
// own (data/stopwords.txt).
var stopwords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(stopwordsTxt, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			m[text.Key(w)] = true
		}
	}
	return m
})

// weakPlace reports whether a one-word match of a small place should be
// dropped: a known first name ("Роман", "Марина") or the first word of a
// sentence ("Тоді", "Далі" are also villages somewhere) is read as a place
// only with a place cue before it ("місто", "у", "in") or when the place is
// large.
func (d *doc) weakPlace(i int, f *lexicon.Form, forms []*lexicon.Form) bool {
	pop, _ := strconv.Atoi(f.Entry.Attrs["pop"])
	if f.Entry.Type == City && pop == 0 {
		if !strings.HasPrefix(f.Entry.File, "data/") {
			return false // a user's own entry is trusted
		}
		pop = 1 // an embedded city without population data is taken as small
	}
	if d.context(i, 1) || d.ownCountryAdj(i, 1, f.Entry) {
		return false
	}
	if pop > 0 && pop < 300000 {
		for _, g := range forms {
			if g.Entry.Type == "firstname" {
				return true
			}
		}
	}
	if d.sentStart(i) && ((pop > 0 && pop < 20000) || f.Entry.Attrs["derived"] != "" && (derivedName(f) || d.lang != "en" && pop < 100000)) {
		// In English a small town's own name counts at a sentence start
		// when the text names the town elsewhere ("... in Hostomel").
		return !(d.lang == "en" && !derivedName(f) && d.enPlaceElsewhere(i))
	}
	if (d.lang == "uk" || d.lang == "ru") && pop > 0 && pop < 100000 && len(f.Keys) == 1 && d.surnameSubject(i) {
		return true // "Виноградов був прописаний": a man, not the town
	}
	if (d.lang == "uk" || d.lang == "ru") && pop > 0 && pop < 300000 && len(f.Keys) == 1 &&
		(i+1 < len(d.toks) && d.toks[i+1].Flags&text.SpaceBefore != 0 && d.bareNameWord(i+1) && !(d.twoNameWordsAt(i+1) && obliqueApart(d.toks[i], d.toks[i+1], f)) ||
			i > 0 && d.toks[i].Flags&text.SpaceBefore != 0 && !d.sentStart(i-1) && d.bareNameWord(i-1)) {
		return true // "Барри Лоуенкрон", "Асия Биби", "Йоахим Лёв": part of a name
	}
	return false
}

// obliqueApart reports whether the place word t is an oblique form of the
// place f whose ending does not agree with the next word u: "думи Єлгави
// Андріс Рубінс" is a city in the genitive and a name in the nominative,
// while in "Хадима Хуссейна" the endings agree as a name's parts do.
func obliqueApart(t, u text.Token, f *lexicon.Form) bool {
	if t.Key == text.Key(f.Entry.Canonical("uk")) || t.Key == text.Key(f.Entry.Canonical("ru")) {
		return false
	}
	a, _ := utf8.DecodeLastRuneInString(t.Key)
	b, _ := utf8.DecodeLastRuneInString(u.Key)
	return a != b
}

// twoNameWordsAt reports whether tokens i and i+1 are both capitalized
// name words: after "думи Єлгави" they are the person's first name and
// surname, and the place before them stays a place.
func (d *doc) twoNameWordsAt(i int) bool {
	return i+1 < len(d.toks) && isNameWord(d.toks[i]) && isNameWord(d.toks[i+1]) && d.toks[i+1].Flags&text.SpaceBefore != 0 &&
		(i+2 >= len(d.toks) || !isNameWord(d.toks[i+2]))
}

// sentStart reports whether token i begins a sentence (possibly after
// opening quotes, dashes or bullets).
func (d *doc) sentStart(i int) bool {
	j := i - 1
	for j >= 0 && (d.toks[j].Kind == text.Punct || d.toks[j].Kind == text.Symbol) && d.toks[j].Key != "." && d.toks[j].Key != "," {
		j--
	}
	if j < 0 {
		return true
	}
	k := d.toks[j].Key
	if k == "." || k == "!" || k == "?" || k == "…" || d.toks[j+1].Flags&text.NewlineBefore != 0 {
		return true
	}
	if j+1 < len(d.toks) && d.toks[i].Flags&text.NewlineBefore != 0 {
		return true
	}
	return false
}

// placeCues are words after which an ambiguous name ({ctx} in the lexicon)
// is read as a place.
var placeCues = map[string]bool{"місто": true, "міста": true, "місті": true, "містом": true, "місту": true, "м.": true,
	"город": true, "города": true, "городе": true, "городом": true, "городу": true, "г.": true,
	"city": true, "town": true, "в": true, "у": true, "во": true, "із": true, "з": true, "до": true, "из": true,
	"in": true, "from": true, "to": true, "near": true, "під": true, "под": true, "біля": true, "около": true}

// context reports whether the ambiguous name at [i, i+n) has a place cue
// before it and is not followed by a capitalized word (a surname).
func (d *doc) context(i, n int) bool {
	if i > 0 && d.cover[i-1] != 0 {
		// right after a city's head: "міський голова Ізмаїла Валерій ..."
		if s := d.spans[d.cover[i-1]-1]; s.typ == "role" && s.cityScope && s.tok1 == i {
			return true
		}
		if s := d.spans[d.cover[i-1]-1]; s.typ == "role" && s.tok1 == i && n == 1 && d.twoNameWordsAt(i+1) && !isPatronymic(d.toks[i+2].Key) && !d.cityNominative(i) {
			// "Глава Кирова Елена Ковалева": a post, a place in the
			// genitive and the holder's full name.
			return true
		}
	}
	if d.coordinatedCity(i, n) {
		return true
	}
	if i == 0 || !placeCues[d.toks[i-1].Key] {
		return false
	}
	if j := i + n; j < len(d.toks) && d.toks[j].Kind == text.Word && d.toks[j].Flags&text.Cap != 0 && d.toks[j].Flags&text.SpaceBefore != 0 {
		return false
	}
	return true
}

// cityNominative reports whether the word at token i is the nominative
// name of a place the lexicon knows (Киров), not an oblique form (Кирова).
func (d *doc) cityNominative(i int) bool {
	for _, f := range d.lookup(i) {
		if f.Kind == lexicon.KindName && (f.Entry.Type == City || f.Entry.Type == Region) && len(f.Keys) == 1 && text.Key(f.Entry.Names[f.Name].Text) == d.toks[i].Key {
			return true
		}
	}
	return false
}

// ownCountryAdj reports whether the place e named at tokens [i, i+n)
// follows the adjective of its own country and no surname follows it:
// "монгольский Дархан", "американский Юджин" are towns, not first names.
func (d *doc) ownCountryAdj(i, n int, e *lexicon.Entry) bool {
	c := e.Attrs["country"]
	if i == 0 || c == "" || e.Type != City && e.Type != Region || d.toks[i-1].Flags&text.Cap != 0 && !d.sentStart(i-1) {
		return false
	}
	if j := i + n; j < len(d.toks) && isNameWord(d.toks[j]) && d.toks[j].Flags&text.SpaceBefore != 0 {
		return false // "американский Юджин Смит": a name
	}
	ce := d.countryAdjAt(i - 1)
	return ce != nil && ce.Attrs["iso2"] == c
}

// coordinatedCity reports whether the name at tokens i..i+n is joined by a
// conjunction to a city the lexicon knows for sure: "між Олександрією та
// болгарським Габровом", "Габрово и Александрия".
func (d *doc) coordinatedCity(i, n int) bool {
	toks := d.toks
	sure := func(k int) bool {
		if k < 0 || k >= len(toks) {
			return false
		}
		if c := d.cover[k]; c != 0 {
			return cityMention(d.spans[c-1])
		}
		city := false
		for _, f := range d.lookup(k) {
			switch {
			case f.Entry.Type == "firstname" || f.Entry.Type == Person:
				return false // "Тіна і Женя": two names
			case f.Kind == lexicon.KindName && f.Entry.Type == City && !f.Entry.Names[f.Name].Ctx:
				city = true
			}
		}
		return city
	}
	conj := func(k int) bool { return k >= 0 && k < len(toks) && andWords[toks[k].Key] }
	if j := i + n; j < len(toks) && isNameWord(toks[j]) && toks[j].Flags&text.SpaceBefore != 0 {
		return false // "і Борислав Савчук": a first name and a surname
	}
	if j := i + n; conj(j) {
		k := j + 1
		if k < len(toks) && toks[k].Flags&text.Cap == 0 && isAdjectiveWord(toks[k].Text) {
			k++ // "та болгарським Габровом"
		}
		if sure(k) {
			return true
		}
	}
	return conj(i-1) && sure(i-2)
}

// countrySeen tells how the document so far points to the country with
// ISO code c: 2 when the country or one of its regions is named, 1 when
// only another place or body of that country is, 0 otherwise.
func (d *doc) countrySeen(c string) int {
	seen := 0
	for _, e := range d.ents {
		switch {
		case e.Type == Country && e.entry != nil && e.entry.Attrs["iso2"] == c, e.Type == Region && e.Attrs["country"] == c:
			return 2
		case e.Attrs["country"] == c:
			seen = 1
		}
	}
	return seen
}

// maxPop is the largest population among the places in forms.
func maxPop(forms []*lexicon.Form) int {
	m := 0
	for _, f := range forms {
		if p, err := strconv.Atoi(f.Entry.Attrs["pop"]); err == nil && p > m {
			m = p
		}
	}
	return m
}

// compoundParts looks the parts of an unmatched hyphenated compound up on
// their own ("голови-секретар" → the post "секретар", "екс-мер").
func (d *doc) compoundParts(i int) {
	parts := d.toks[i].Parts()
	for pi := range parts {
		p := parts[pi]
		forms := d.x.lex.LookupKeys(d.toks, i, &p)
		best := d.choose(i, forms)
		if best == nil || len(best.Keys) != 1 {
			continue
		}
		s := span{start: p.Start, end: p.End, tok0: i, tok1: i + 1, part: pi}
		if best.Entry.Type == "role" {
			s.typ, s.role = "role", d.roleLemma(best)
			s.former = pi > 0 && formerWords[parts[pi-1].Key]
		} else {
			s.typ, s.ent = best.Entry.Type, d.lexEntity(best.Entry)
		}
		d.addSpan(s)
	}
}

// isNameWord reports whether t can be a surname or patronymic: a
// capitalized word on the same line, not all capitals.
func isNameWord(t text.Token) bool {
	return t.Kind == text.Word && t.Flags&text.Cap != 0 && t.Flags&text.Upper == 0 &&
		moreThanOneRune(t.Text)
}

var patronymicEnds = []string{"ович", "евич", "івна", "ївна", "овна", "евна", "ич", "ична", "ичем", "овича", "евича", "івни", "овны", "евны", "овичу", "евичу", "івну", "овну", "евну", "овичем", "евичем", "івною", "овной", "евной", "ичу", "ича"}

func isPatronymic(k string) bool {
	for _, e := range patronymicEnds {
		if strings.HasSuffix(k, e) && len(k) > len(e)+4 {
			return true
		}
	}
	return false
}

// person recognizes "First [Patronymic] Last" at token i when the first
// name is in the lexicon, and brings it to nominative. It returns the
// number of tokens used, 0 if there is no name here.
func (d *doc) person(i int, forms []*lexicon.Form) int {
	fn := firstNameForm(forms)
	toks := d.toks
	if fn == nil || i+1 >= len(toks) || !isNameWord(toks[i]) || !isNameWord(toks[i+1]) || !d.free(i+1, i+2) {
		return 0
	}
	// A person the lexicon knows by full name ("Володимир Зеленський",
	// "Tim Cook") is left to the gazetteer, which gives its curated id.
	for _, f := range forms {
		if f.Kind == lexicon.KindName && f.Entry.Type == Person && len(f.Keys) >= 2 {
			return 0
		}
	}
	// The next word must not itself be a known place or organization
	// ("Олександр Київ" is not a name), unless it is also a first name.
	for _, f := range d.lookup(i + 1) {
		if f.Kind == lexicon.KindName && f.Entry.Type == Person && !strings.Contains(f.Entry.Canonical(d.lang), " ") {
			return 0 // "Слава Богу": a one-word person of its own
		}
		if f.Kind != lexicon.KindName || f.Entry.Type == "firstname" || f.Entry.Type == Person || f.Entry.Names[f.Name].Ctx || f.Entry.Type == "role" {
			continue
		}
		if p, _ := strconv.Atoi(f.Entry.Attrs["pop"]); (f.Entry.Type == City || f.Entry.Type == Region) && p < 300000 {
			continue // "Олександр Марков", "Тарас Мельник": a surname, not the town
		}
		if _, ok := surnameShape(d.lang, toks[i+1].Key); ok && f.Entry.Type == City && len(f.Keys) == 1 {
			continue // "Дмитра Іванова", "Дмитрия Иванова": a surname, not Ivanovo
		}
		return 0
	}
	if stopwords()[toks[i].Key] && fn.Case != morph.Nom {
		// "Але Петренко", "Коли Адамек": a common word, not Аля or Коля
		// in an oblique case; the next word is a surname of its own.
		if d.quoted(i+1, i+2) || !(d.lang == "uk" || d.lang == "ru") {
			return 0
		}
		for _, f := range d.lookup(i + 1) {
			if f.Entry.Type != Person {
				return 0 // a first name, a place: "Власти Англии"
			}
		}
		nom := surnameNominative(d.lang, toks[i+1].Text)
		e := d.entityFor("person:"+looseKey(Translit(d.lang, nom)), func() *entity {
			e := &entity{surname: nom, gender: morph.LastNameGender(d.lang, nom)}
			e.Type, e.Lemma, e.Name = Person, nom, Translit(d.lang, nom)
			return e
		})
		si := d.addSpan(span{start: toks[i+1].Start, end: toks[i+1].End, tok0: i + 1, tok1: i + 2, part: -1, typ: Person, ent: e, lemma: nom})
		d.persons = append(d.persons, si)
		return 2
	}
	n, middle, last := 2, "", toks[i+1].Text
	if i+2 < len(toks) && isNameWord(toks[i+2]) && isPatronymic(toks[i+1].Key) && d.free(i+2, i+3) {
		n, middle, last = 3, toks[i+1].Text, toks[i+2].Text
	}
	start := i // the first token of the name
	if n == 2 && isPatronymic(toks[i+1].Key) && d.surnameBefore(i) {
		// "Смик Сергій Миколайович": the surname first, as registers
		// and court papers write it.
		start, middle, last = i-1, toks[i+1].Text, toks[i-1].Text
	}
	if d.quoted(start, i+n) {
		return 0 // «Анна Каренина»: a title
	}
	first := toks[i].Text
	lemma, fem := first+" "+middle+" "+last, false
	firstNom, lastNom := first, last
	if d.lang == "uk" || d.lang == "ru" {
		known := func(nom string) (morph.Gender, bool) {
			fi, ok := d.x.firstName[d.lang+"\x00"+text.Key(nom)]
			if !ok {
				return morph.Unknown, false
			}
			if fi.fem {
				return morph.Fem, true
			}
			return morph.Masc, true
		}
		if nm, ok := d.x.personLemma(d.lang, first, middle, last, known); ok {
			firstNom, lastNom = nm.First, nm.Last
			middle = nm.Middle
			fem = nm.Gender == morph.Fem
			if fem && nm.Case == morph.Nom && !femaleSurname(last) {
				// "Олександра Новака", "Роберта Мюллера": a woman's name in
				// nominative or a man's in genitive; the surname decides.
				for _, a := range d.x.analyzeFirstName(d.lang, first, known) {
					if a.Gender == morph.Masc && hasCase(a.Cases, morph.Gen) {
						firstNom, fem = a.Nom, false
						lastNom = mascSurnameNominative(d.lang, last)
						break
					}
				}
			}
			if fem && nm.Case == morph.Nom && femaleSurname(last) && d.obliqueGovernor(start) {
				// "главы Читы Александра Сапожникова": after a post in an
				// oblique case the name is not a nominative; a man's
				// genitive or accusative reads the same.
				for _, a := range d.x.analyzeFirstName(d.lang, first, known) {
					if a.Gender == morph.Masc && hasCase(a.Cases, morph.Gen) {
						if ln := mascSurnameNominative(d.lang, last); ln != last {
							firstNom, fem, lastNom = a.Nom, false, ln
						}
						break
					}
				}
			}
			if nm.Case != morph.Nom {
				firstNom = d.mainFirstName(first, firstNom, fem)
			}
			if nm.Case == morph.Nom && !fem && middle == "" && morph.DeclineName(d.lang, morph.First, firstNom, nm.Gender, morph.Gen) == firstNom {
				// An indeclinable first name ("Джо Байдена") says nothing
				// of the case; the surname's ending does.
				lastNom = mascSurnameNominative(d.lang, last)
			}
		}
	} else {
		fem = fn.Entry.Attrs["gender"] == "f"
	}
	lemma = strings.Join(strings.Fields(firstNom+" "+middle+" "+lastNom), " ")
	if fi, ok := d.x.firstName[d.lang+"\x00"+text.Key(firstNom)]; ok {
		fn = &lexicon.Form{Entry: fi.entry} // "Теодора Маккаррика" is Теодор's, not Теодора's
	}
	firstID := strings.TrimPrefix(fn.Entry.ID, "fn:")
	id := "person:" + firstID + "-" + looseKey(Translit(d.lang, lastNom))
	e := d.entityFor(id, func() *entity {
		e := &entity{surname: lastNom, firstID: fn.Entry.ID}
		e.Type, e.Lemma, e.Name = Person, lemma, Translit(d.lang, lemma)
		if fem {
			e.gender = morph.Fem
		} else {
			e.gender = morph.Masc
		}
		return e
	})
	if start < i {
		lemma = lastNom + " " + firstNom + " " + middle // as written
	}
	si := d.addSpan(span{start: toks[start].Start, end: toks[i+n-1].End, tok0: start, tok1: i + n, part: -1, typ: Person, ent: e, lemma: lemma})
	d.persons = append(d.persons, si)
	return n
}

// obliqueGovernor reports whether the name starting at token i follows a
// one-word post in an oblique case, possibly through the name of a place
// or body already found ("главы Читы", "губернатора области", "мэра"): the
// name then agrees with it and is not a nominative.
func (d *doc) obliqueGovernor(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		for _, f := range d.lookup(j) {
			if f.Entry.Type != "role" || len(f.Keys) != 1 || f.Entry.Attrs["kind"] == "modifier" {
				continue
			}
			l := d.roleLemma(f)
			if strings.Contains(l, " ") || text.Key(l) == d.toks[j].Key {
				return false
			}
			k, lk := d.toks[j].Key, text.Key(l)
			// "главы" of глава, "мэра" of мэр: the post's oblique form.
			return strings.HasPrefix(k, lk) || len(k) > 4 && len(lk) > 4 && k[:len(k)-2] == lk[:len(lk)-2]
		}
		if d.free(j, j+1) {
			return false
		}
	}
	return false
}

// mainFirstName returns the first name's main name in the document's
// language when the name written as first is in an oblique case that
// the main name also gives: uk "Петра" is Петро's, not Петр's.
func (d *doc) mainFirstName(first, nom string, fem bool) string {
	fi, ok := d.x.firstName[d.lang+"\x00"+text.Key(nom)]
	if !ok {
		return nom
	}
	var main string
	for _, n := range fi.entry.Names {
		if n.Lang == d.lang {
			main = n.Text
			break
		}
	}
	if main == "" || main == nom {
		return nom
	}
	g := morph.Masc
	if fem {
		g = morph.Fem
	}
	for c := morph.Gen; c < morph.NumCases; c++ {
		if text.Key(morph.DeclineName(d.lang, morph.First, main, g, c)) == text.Key(first) {
			return main
		}
	}
	return nom
}

// surnameBefore reports whether the word before token i, the first name
// of a "First Patronymic" pair, is the person's surname: a free
// capitalized word on the same line that is neither a common word nor
// another kind of name.
func (d *doc) surnameBefore(i int) bool {
	if i == 0 || d.toks[i].Flags&text.SpaceBefore == 0 || d.toks[i].Flags&text.NewlineBefore != 0 {
		return false
	}
	p := d.toks[i-1]
	if !isNameWord(p) || !d.free(i-1, i) || stopwords()[p.Key] || isPatronymic(p.Key) || d.otherName(i-1) || looksAdjective(p.Text) || d.lowerWordAt(i-1) {
		return false
	}
	// At the start of a sentence a capital says nothing ("Похороны
	// Людмилы Марковны"): the word must look like a surname.
	return !d.sentStart(i-1) || hasSuffixAny(p.Key, surnameEndings) || morph.LastNameGender(d.lang, surnameNominative(d.lang, p.Text)) != morph.Unknown
}

func hasCase(cs []morph.Case, c morph.Case) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

// femaleSurname reports whether a surname can be a woman's in nominative:
// it does not end in -а/-я, or ends like Петрова, Шевчук's -ська, Ковальова.
func femaleSurname(s string) bool {
	lw := strings.ToLower(s)
	if !strings.HasSuffix(lw, "а") && !strings.HasSuffix(lw, "я") {
		return true
	}
	for _, e := range []string{"ова", "ева", "єва", "ёва", "ина", "іна", "ына", "їна", "ська", "цька", "зька", "ская", "цкая", "ая", "яя", "ня"} {
		if strings.HasSuffix(lw, e) {
			return true
		}
	}
	return false
}

// mascSurnameNominative brings a man's surname seen without a declinable
// first name to nominative, reading the case from its ending: "Байдена" →
// Байден, "Сандерсу" → Сандерс, "Зеленського" → Зеленський.
func mascSurnameNominative(lang, form string) string {
	lw := strings.ToLower(form)
	var cases []morph.Case
	switch {
	case strings.HasSuffix(lw, "ого") || strings.HasSuffix(lw, "а") || strings.HasSuffix(lw, "я"):
		cases = []morph.Case{morph.Gen}
	case strings.HasSuffix(lw, "ому") || strings.HasSuffix(lw, "у") || strings.HasSuffix(lw, "ю") || strings.HasSuffix(lw, "ові") || strings.HasSuffix(lw, "еві"):
		cases = []morph.Case{morph.Dat}
	case strings.HasSuffix(lw, "ом") || strings.HasSuffix(lw, "ем") || strings.HasSuffix(lw, "ым") || strings.HasSuffix(lw, "им") || strings.HasSuffix(lw, "ем"):
		cases = []morph.Case{morph.Ins}
	case strings.HasSuffix(lw, "е") || strings.HasSuffix(lw, "і"):
		cases = []morph.Case{morph.Loc}
	}
	for _, c := range cases {
		if cs := morph.NominativeName(lang, morph.Last, form, morph.Masc, c); len(cs) > 0 {
			return cs[0]
		}
	}
	return form
}

// initialAt returns the number of tokens of an initial at token i: 1 for
// "А." or "А.М.", 2 for a capital letter and a period apart ("Т . К ." in
// pre-tokenized text) or for a two-letter initial glued to its period and
// the surname ("Дж.Коми"), 0 if there is none.
func (d *doc) initialAt(i int) int {
	if i < 0 || i >= len(d.toks) {
		return 0
	}
	t := d.toks[i]
	if t.Flags&text.Initial != 0 {
		return 1
	}
	if t.Kind != text.Word || t.Flags&text.Cap == 0 || i+1 >= len(d.toks) || d.toks[i+1].Text != "." {
		return 0
	}
	if n := utf8.RuneCountInString(t.Text); n != 1 && (n != 2 || !twoLetterInitials[t.Key] || !d.gluedInitial(i)) {
		return 0
	}
	return 2
}

// twoLetterInitials are initials of two letters: "Дж." for Джон, Джеймс.
var twoLetterInitials = map[string]bool{"дж": true}

// gluedInitial reports whether the initial at token i, its period and the
// next word are written together: "Дж.Коми", "А.Колчака".
func (d *doc) gluedInitial(i int) bool {
	return i+2 < len(d.toks) && d.toks[i+1].Flags&text.SpaceBefore == 0 && d.toks[i+2].Flags&text.SpaceBefore == 0 && d.toks[i+2].Kind == text.Word
}

// initialsText writes the initials in tokens [i, j) as "Т. К." or, when
// written together, as in the text ("А.М.").
func (d *doc) initialsText(i, j int) string {
	var b strings.Builder
	for k := i; k < j; {
		n := d.initialAt(k)
		if n == 0 {
			break
		}
		if b.Len() > 0 && d.toks[k].Flags&text.SpaceBefore != 0 {
			b.WriteByte(' ')
		}
		if n == 1 {
			b.WriteString(d.toks[k].Text)
		} else {
			b.WriteString(d.toks[k].Text + ".")
		}
		k += n
	}
	return b.String()
}

// initialsEnd returns the token after up to three initials starting at i
// and how many initials there are.
func (d *doc) initialsEnd(i int) (int, int) {
	j, count := i, 0
	for count < 3 {
		n := d.initialAt(j)
		if n == 0 {
			break
		}
		j += n
		count++
	}
	return j, count
}

// initialsPerson recognizes "В. Кличко", "А.М. Порайко" and "Т . К .
// Пуздирєвої": initials followed by a capitalized surname.
func (d *doc) initialsPerson(i int) int {
	toks := d.toks
	j, count := d.initialsEnd(i)
	if count == 0 || j >= len(toks) || !isNameWord(toks[j]) || stopwords()[toks[j].Key] || !d.free(i, j+1) {
		return 0
	}
	if toks[i].Flags&text.Initial == 0 && !(count == 1 && d.gluedInitial(i)) && !d.namedAfterInitials(j) {
		return 0 // "пункт Б . Далі": a letter ending a sentence
	}
	last := surnameNominative(d.lang, toks[j].Text)
	initials := d.initialsText(i, j)
	sep := ""
	if toks[j].Flags&text.SpaceBefore != 0 {
		sep = " "
	}
	lemma := initials + sep + last
	return d.addInitialsPerson(i, j+1, initials, last, lemma)
}

// namedAfterInitials reports whether the capitalized word at token j,
// after spaced initials, reads as a surname rather than the first word of
// a new sentence: it is not a known word of another kind.
func (d *doc) namedAfterInitials(j int) bool {
	if d.lowerWordAt(j) {
		return false
	}
	if !d.otherName(j) {
		return true
	}
	// "Б . Хмельницького": a surname's shape after initials outweighs a
	// city of the name.
	for _, f := range d.lookup(j) {
		if f.Kind == lexicon.KindName && f.Entry.Type != City && f.Entry.Type != Region && f.Entry.Type != Person && f.Entry.Type != "firstname" {
			return false
		}
	}
	return (d.lang == "uk" || d.lang == "ru") && morph.LastNameGender(d.lang, surnameNominative(d.lang, d.toks[j].Text)) != morph.Unknown
}

// otherName reports whether the word at token j is a lexicon name of
// something other than a person: an organization, a country, a large
// place. Small places are often surnames as well (Павлово, Марков).
func (d *doc) otherName(j int) bool {
	for _, f := range d.lookup(j) {
		if f.Kind != lexicon.KindName || f.Entry.Type == Person || f.Entry.Type == "firstname" || f.Entry.Names[f.Name].Ctx {
			continue
		}
		if p, _ := strconv.Atoi(f.Entry.Attrs["pop"]); (f.Entry.Type == City || f.Entry.Type == Region && f.Entry.Attrs["pop"] != "") && p < 300000 {
			continue
		}
		return true
	}
	return false
}

// lowerWordAt reports whether the document also writes the word at token
// j in lower case (a common word).
func (d *doc) lowerWordAt(j int) bool {
	k := d.toks[j].Key
	for _, t := range d.toks {
		if t.Kind == text.Word && t.Flags&text.Cap == 0 && t.Key == k {
			return true
		}
	}
	return false
}

// surnameInitials recognizes a surname followed by initials, as official
// texts write it: "Лагуту Я. М.", "Павлову Г . Л .". The surname must be
// no known name of another kind and the initials must not begin the next
// person's name.
func (d *doc) surnameInitials(i int) int {
	toks := d.toks
	if d.lang != "uk" && d.lang != "ru" || !isNameWord(toks[i]) || !isCyrillicWord(toks[i].Text) || stopwords()[toks[i].Key] || toks[i].Flags&text.Compound != 0 {
		return 0
	}
	j, count := d.initialsEnd(i + 1)
	if count < 2 || !d.free(i, j) {
		return 0
	}
	if j < len(toks) && toks[j].Kind == text.Word && toks[j].Flags&text.Cap != 0 && toks[j].Flags&text.NewlineBefore == 0 {
		return 0 // "України Н . Ф . Клименко": the initials are the next name's
	}
	if d.otherName(i) {
		return 0 // "Укрзалізниці О. М."
	}
	last := surnameNominative(d.lang, toks[i].Text)
	initials := d.initialsText(i+1, j)
	return d.addInitialsPerson(i, j, initials, last, last+" "+initials)
}

// addInitialsPerson adds the person named by tokens [i, j) with initials
// and a surname in nominative, and returns the number of tokens used.
func (d *doc) addInitialsPerson(i, j int, initials, last, lemma string) int {
	id := "person:" + slug(Translit(d.lang, strings.ReplaceAll(initials, " ", ""))) + "-" + looseKey(Translit(d.lang, last))
	e := d.entityFor(id, func() *entity {
		e := &entity{surname: last, gender: morph.LastNameGender(d.lang, last)}
		e.Type, e.Lemma, e.Name = Person, lemma, Translit(d.lang, lemma)
		return e
	})
	si := d.addSpan(span{start: d.toks[i].Start, end: d.toks[j-1].End, tok0: i, tok1: j, part: -1, typ: Person, ent: e, lemma: lemma})
	d.persons = append(d.persons, si)
	return j - i
}

// surnameNominative brings a surname seen without a first name to the
// nominative: a woman's adjectival surname from its oblique ending
// ("Критської" → Критська, "Орловой" → Орлова), else a man's
// (mascSurnameNominative).
func surnameNominative(lang, form string) string {
	if lang != "uk" && lang != "ru" {
		return form
	}
	if nom := femSurnameNominative(lang, form); nom != "" {
		return nom
	}
	if morph.LastNameGender(lang, form) == morph.Fem {
		return form
	}
	return mascSurnameNominative(lang, form)
}

// femSurnameNominative returns the nominative of a woman's adjectival
// surname in an oblique case, "" if form is not one.
func femSurnameNominative(lang, form string) string {
	lw := strings.ToLower(form)
	var stems []string
	var ends []string
	switch lang {
	case "uk":
		stems = []string{"ськ", "цьк", "зьк", "ов", "ев", "єв", "ін", "їн"}
		ends = []string{"ої", "ій", "ою", "у"}
	case "ru":
		stems = []string{"ск", "цк", "ов", "ев", "ёв", "ин", "ын"}
		ends = []string{"ой", "ую"}
	}
	for _, e := range ends {
		if !strings.HasSuffix(lw, e) {
			continue
		}
		stem := lw[:len(lw)-len(e)]
		if utf8.RuneCountInString(stem) < 4 || !hasSuffixAny(stem, stems) {
			continue
		}
		if lang == "ru" && e == "ой" && (strings.HasSuffix(stem, "ск") || strings.HasSuffix(stem, "цк")) {
			continue // "Трубецкой" is a man's nominative
		}
		if lang == "uk" && (e == "у" || e == "ій") {
			continue // "Петрову" and "Орловій" may be a man's dative as well
		}
		end := "а"
		if lang == "ru" && (strings.HasSuffix(stem, "ск") || strings.HasSuffix(stem, "цк")) {
			end = "ая"
		}
		return form[:len(form)-len(e)] + end
	}
	return ""
}

// streetWords are the words that name a street, a square or an
// institution after a person: the name that follows ("вул. Івана Франка",
// "площа Корятовича", "ім. Л. Погорілого") is part of a place's or a
// body's name, not a mention of the person.
var streetWords = map[string]bool{
	"вул": true, "вулиця": true, "вулиці": true, "вулицю": true, "вулицею": true, "провулок": true, "провулку": true, "пров": true,
	"проспект": true, "проспекті": true, "проспекту": true, "проспектом": true, "просп": true, "площа": true, "площі": true, "площу": true,
	"площею": true, "пл": true, "бульвар": true, "бульварі": true, "бульвару": true, "бульв": true, "бул": true, "узвіз": true, "узвозі": true,
	"ім": true,
	"ул": true, "улица": true, "улице": true, "улицу": true, "улицы": true, "улицей": true, "переулок": true, "переулке": true, "пер": true,
	"проспекте": true, "проспекта": true, "пр-т": true, "площадь": true, "площади": true, "бульваре": true, "бульвара": true,
}

// streetAbbrevs are the abbreviations among streetWords.
var streetAbbrevs = map[string]bool{"вул": true, "пров": true, "просп": true, "пл": true, "бульв": true, "бул": true, "ім": true, "ул": true, "пер": true}

// afterStreetWord reports whether the name word at token i follows a
// street word, possibly after initials or the name's first word: "вул.
// І. Федорова", "вул . Франка", "вулиці Богдана Хмельницького".
func (d *doc) afterStreetWord(i int) bool {
	for words := 0; ; words++ {
		if d.toks[i].Flags&text.NewlineBefore != 0 {
			return false // a street's name does not run on over a line break
		}
		j := i - 1
		for j >= 0 {
			if d.toks[j].Flags&text.Initial != 0 {
				j--
			} else if j >= 1 && d.toks[j].Text == "." && d.initialAt(j-1) == 2 {
				j -= 2
			} else {
				break
			}
		}
		dot := j >= 0 && d.toks[j].Text == "."
		if dot {
			j-- // "вул . Франка" in pre-tokenized text
		}
		if j < 0 {
			return false
		}
		if k := strings.TrimSuffix(d.toks[j].Key, "."); streetWords[k] && (!dot || streetAbbrevs[k]) {
			return true // not "вышли на улицы. Команда Байдена"
		}
		if words > 0 || j != i-1 || !isNameWord(d.toks[j]) {
			return false
		}
		i = j
	}
}

// findSurnames adds the mentions of a person by surname alone ("Орлов",
// "добавил Орлов"), in any case form, once the full name was seen. When
// two people of the document share the surname ("Владислав Челах" and
// "Владимир Челах"), the mention goes to the one named last before it.
func (d *doc) findSurnames() {
	forms := map[string][]*entity{}
	for _, e := range d.ents {
		if e.Type != Person || e.surname == "" {
			continue
		}
		fs := []string{e.surname}
		if d.lang == "uk" || d.lang == "ru" {
			fs = d.x.surnameForms(d.lang, e.surname, e.gender)
		}
		for _, f := range fs {
			k := text.Key(f)
			if prev := forms[k]; len(prev) == 0 || prev[len(prev)-1] != e {
				forms[k] = append(prev, e)
			}
		}
	}
	if len(forms) == 0 {
		return
	}
	for i, t := range d.toks {
		if !isNameWord(t) && !(t.Kind == text.Word && t.Flags&text.Cap != 0) {
			continue
		}
		es := forms[t.Key]
		if len(es) == 0 || !d.free(i, i+1) || d.afterStreetWord(i) {
			continue
		}
		e := es[0]
		if len(es) > 1 {
			e = lastNamedBefore(es, d.base+t.Start)
			if e == nil {
				continue
			}
		}
		si := d.addSpan(span{start: t.Start, end: t.End, tok0: i, tok1: i + 1, part: -1, typ: Person, ent: e, lemma: e.surname})
		d.persons = append(d.persons, si)
	}
}

// lastNamedBefore returns the entity among es with the latest mention
// before the absolute offset at, nil if none is mentioned before it.
func lastNamedBefore(es []*entity, at int) *entity {
	var best *entity
	bestAt := -1
	for _, e := range es {
		for _, m := range e.Mentions {
			if m.Start < at && m.Start > bestAt {
				best, bestAt = e, m.Start
			}
		}
	}
	return best
}

// pronouns that may stand for the last person named ("сказал он").
var pronouns = map[string]bool{"він": true, "вона": true, "он": true, "она": true, "he": true, "she": true}

// findRefs marks pronouns and bare event nouns ("форума", "the forum") that
// the rules may use as references to an entity named elsewhere.
func (d *doc) findRefs() {
	for i, t := range d.toks {
		if !d.free(i, i+1) || !refKeys().mayHave(t.Key) && !eventHeadPrefixes().has(t.Key) {
			continue
		}
		switch {
		case pronouns[t.Key]:
			d.addSpan(span{start: t.Start, end: t.End, tok0: i, tok1: i + 1, part: -1, typ: "pron", ref: true})
		case t.Kind == text.Word && (eventHeadPrefixes().has(t.Key) || eventRefWord(d.toks, i)) && (t.Flags&text.Cap == 0 || d.sentStart(i) && t.Flags&text.Upper == 0 && !d.namedNext(i)):
			// "форуму", "Форум пройде ..." (a sentence's first word),
			// "мероприятия", "the event", "організаторами заходу"
			d.addSpan(span{start: t.Start, end: t.End, tok0: i, tok1: i + 1, part: -1, typ: Event, ref: true})
		case pairWords[t.Key] != "" && i+1 < len(d.toks) && pairNouns[d.toks[i+1].Key] != "" && d.free(i+1, i+2):
			// "обидва міста", "оба города", "the two cities", "both sides"
			d.addSpan(span{start: t.Start, end: d.toks[i+1].End, tok0: i, tok1: i + 2, part: -1, typ: pairNouns[d.toks[i+1].Key], ref: true, pair: true})
		case t.Kind == text.Word && (t.Flags&text.Cap == 0 || d.sentStart(i) && t.Flags&text.Upper == 0) && pluralCityWords[t.Key] && (i+1 < len(d.toks) && pluralVerbs[d.toks[i+1].Key] || d.afterBetween(i)) && (t.Key != "cities" || i > 0 && d.toks[i-1].Key == "the"):
			// "Сьогодні міста підписали угоду", "угода між містами": the
			// two cities named before.
			d.addSpan(span{start: t.Start, end: t.End, tok0: i, tok1: i + 1, part: -1, typ: City, ref: true, pair: true})
		case t.Kind == text.Word && t.Flags&text.Upper == 0 && sidesWords[t.Key]:
			d.addSpan(span{start: t.Start, end: t.End, tok0: i, tok1: i + 1, part: -1, typ: "sides", ref: true, pair: true})
		case t.Kind == text.Word && (t.Flags&text.Cap == 0 || d.sentStart(i) && t.Flags&text.Upper == 0) && cityRefs[t.Key] && !d.namedNext(i) && (t.Key != "city" || i > 0 && d.toks[i-1].Key == "the"):
			// "столиця", "місто", "the city" standing for a city named before
			d.addSpan(span{start: t.Start, end: t.End, tok0: i, tok1: i + 1, part: -1, typ: City, ref: true})
		}
	}
}

// afterBetween reports whether the plural city noun at token i follows
// "між", "между" or "between (the)": "угода між містами", "between the
// cities" are the two cities named before.
func (d *doc) afterBetween(i int) bool {
	j := i - 1
	if j >= 0 && d.toks[j].Key == "the" {
		j--
	}
	if j < 0 {
		return false
	}
	switch d.toks[j].Key {
	case "між", "между", "between":
		return true
	}
	return false
}

// eventRefWord reports whether token i is a general word for an event that
// stands for one named before: "мероприятие", "the event", and Ukrainian
// "захід" after a word of taking part ("організаторами заходу"), since
// alone it is as often "the west".
func eventRefWord(toks []text.Token, i int) bool {
	k := toks[i].Key
	switch {
	case eventRefWords[k]:
		return true
	case afterTheEventRefs[k]:
		return i > 0 && (toks[i-1].Key == "the" || toks[i-1].Key == "this")
	case ukEventRefs[k]:
		return i > 0 && hasPrefixAny(toks[i-1].Key, ukEventRefCues)
	}
	return false
}

// Words for an event named before (see eventRefWord).
var (
	eventRefWords     = map[string]bool{"мероприятие": true, "мероприятия": true, "мероприятию": true, "мероприятии": true, "мероприятием": true}
	afterTheEventRefs = map[string]bool{"event": true, "events": true}
	ukEventRefs       = map[string]bool{"захід": true, "заходу": true, "заході": true, "заходом": true}
	ukEventRefCues    = []string{"організатор", "учасник", "партнер", "рамках", "відкритт", "проведенн", "цього", "цей", "цьому"}
)

// namedNext reports whether token i is followed by a capitalized name
// ("місто Краків"): then it is an apposition, not a reference.
func (d *doc) namedNext(i int) bool {
	if i+1 >= len(d.toks) {
		return false
	}
	n := d.toks[i+1]
	return n.Flags&text.Cap != 0 || d.cover[i+1] != 0
}

// Words of references to entities named elsewhere in the document.
var (
	cityRefs = map[string]bool{"столиця": true, "столиці": true, "столицю": true, "столицею": true,
		"місто": true, "місту": true, "містом": true, "місті": true,
		"столица": true, "столицы": true, "столице": true, "столицу": true, "столицей": true,
		"город": true, "городу": true, "городом": true, "городе": true, "city": true}
	pairWords = map[string]string{"обидва": "x", "обидві": "x", "два": "x", "дві": "x", "оба": "x", "обе": "x", "двух": "x", "обох": "x", "обоих": "x", "двох": "x", "двома": "x", "обома": "x", "двумя": "x", "обоими": "x", "обеими": "x", "two": "x", "both": "x"}
	pairNouns = map[string]string{"міста": City, "міст": City, "містами": City, "столиці": City, "столиць": City,
		"города": City, "городов": City, "городами": City, "столицы": City, "столиц": City, "cities": City, "capitals": City, "towns": City,
		"сторони": "sides", "сторін": "sides", "сторонами": "sides", "стороны": "sides", "сторон": "sides", "sides": "sides", "parties": "sides",
		"країни": Country, "країн": Country, "страны": Country, "стран": Country, "countries": Country}
	pluralCityWords = map[string]bool{"міста": true, "города": true, "cities": true, "столиці": true, "столицы": true,
		"містами": true, "городами": true, "столицями": true, "столицами": true}
	pluralVerbs = map[string]bool{"підписали": true, "підпишуть": true, "уклали": true, "укладуть": true, "стали": true, "стануть": true, "можуть": true, "планують": true, "мають": true, "домовилися": true, "домовились": true,
		"подписали": true, "подпишут": true, "заключили": true, "заключат": true, "станут": true, "могут": true, "планируют": true, "намерены": true, "договорились": true,
		"signed": true, "will": true, "became": true, "become": true, "may": true, "could": true, "plan": true, "agreed": true, "have": true}
	sidesWords = map[string]bool{"сторони": true, "сторонами": true, "стороны": true, "sides": true}
)

// resolve returns the entity a span stands for; references are resolved
// to the nearest entity of their kind named before them (or, failing that,
// after them).
func (d *doc) resolve(si int) *entity {
	s := &d.spans[si]
	if !s.ref {
		return s.ent
	}
	if s.pair {
		if p := d.resolvePair(si); len(p) > 0 {
			return p[0]
		}
		return nil
	}
	want := s.typ
	if want == "pron" {
		want = Person
	}
	return d.resolveBefore(want, si)
}

// contextArg returns the entity of type typ that a sentence leaves
// implicit at byte offset start (a rule's emit value "@event"): it is
// found like a reference to that type standing there.
func (d *doc) contextArg(typ string, start int) *entity {
	si := sort.Search(len(d.spans), func(i int) bool { return d.spans[i].start >= start })
	return d.resolveBefore(typ, si)
}

// resolveBefore returns the entity of type want a reference at span index
// si stands for: the nearest one named before it (for an event, failing
// that, after it or in an earlier window).
func (d *doc) resolveBefore(want string, si int) *entity {
	for j := si - 1; j >= 0; j-- {
		if o := d.spans[j]; !o.ref && o.ent != nil && o.ent.Type == want && !o.ent.generic {
			if want == City {
				// "Kharkiv has ties with Kaunas and Nuremberg. The city
				// plans ...": the city a sentence is about comes first in
				// it, so take the first city of that sentence.
				// When the sentence names several cities, the one the
				// article is about (named most often so far) wins: "Y
				// became the ninth partner city of X. Ties were set up
				// earlier with A and B" is about X.
				first := d.sentenceOf(o.tok0).First
				best, bestN := o.ent, -1
				for k := j; k >= 0 && d.spans[k].tok0 >= first; k-- {
					if p := d.spans[k]; cityMention(p) {
						// Ties go to the city the article named first.
						if n := d.mentionsBefore(p.ent, si); n > bestN || n == bestN && d.firstSpan(p.ent) < d.firstSpan(best) {
							best, bestN = p.ent, n
						}
					}
				}
				return best
			}
			return o.ent
		}
	}
	if want == Event {
		for j := si; j < len(d.spans); j++ {
			if o := d.spans[j]; !o.ref && o.ent != nil && o.ent.Type == want && !o.ent.generic {
				return o.ent
			}
		}
		// An event named in an earlier window.
		for i := len(d.ents) - 1; i >= 0; i-- {
			if d.ents[i].Type == Event && !d.ents[i].generic {
				return d.ents[i]
			}
		}
	}
	return nil
}

// firstSpan returns the index of e's first span.
func (d *doc) firstSpan(e *entity) int {
	for j := range d.spans {
		if d.spans[j].ent == e {
			return j
		}
	}
	return len(d.spans)
}

// mentionsBefore counts the mentions of e among the spans before index si.
func (d *doc) mentionsBefore(e *entity, si int) int {
	n := 0
	for j := 0; j < si && j < len(d.spans); j++ {
		if d.spans[j].ent == e {
			n++
		}
	}
	return n
}

func allLatin(ms []Mention) bool {
	for _, m := range ms {
		if hasCyrillic(m.Text) {
			return false
		}
	}
	return true
}

// hasCyrillic reports whether s has a letter of the Cyrillic blocks.
func hasCyrillic(s string) bool {
	for _, r := range s {
		if r >= 0x400 && r < 0x530 {
			return true
		}
	}
	return false
}

// resolvePair returns the two entities a pair reference stands for: the
// last two distinct entities of its kind named before it ("sides" are
// places, organizations and companies).
func (d *doc) resolvePair(si int) []*entity {
	s := &d.spans[si]
	ok := func(e *entity) bool {
		if s.typ == "sides" {
			switch e.Type {
			case City, Country, Region, Org, Company:
				return true
			}
			return false
		}
		return e.Type == s.typ
	}
	var out []*entity
	for j := si - 1; j >= 0 && len(out) < 2; j-- {
		o := d.spans[j]
		if o.ref || o.ent == nil || !ok(o.ent) || (len(out) == 1 && out[0] == o.ent) {
			continue
		}
		out = append(out, o.ent)
	}
	if len(out) < 2 {
		return nil
	}
	return []*entity{out[1], out[0]}
}

// result assembles the Document.
func (d *doc) result(name string) *Document {
	out := &Document{Doc: name, Lang: d.lang, Entities: []Entity{}, Relations: d.rels}
	if out.Relations == nil {
		out.Relations = []Relation{}
	}
	sort.SliceStable(d.ents, func(i, j int) bool { return d.ents[i].first < d.ents[j].first })
	for _, e := range d.ents {
		if len(e.Mentions) == 0 {
			continue
		}
		if (e.Type == Company || e.Type == Org) && e.entry != nil && allLatin(e.Mentions) {
			// A brand written in Latin letters in a Cyrillic text keeps
			// its Latin form: "Alibaba", not "Алібаба".
			e.Lemma = e.matched
		}
		sort.Slice(e.Mentions, func(i, j int) bool { return e.Mentions[i].Start < e.Mentions[j].Start })
		out.Entities = append(out.Entities, e.Entity)
	}
	sort.SliceStable(out.Relations, func(i, j int) bool { return out.Relations[i].Evidence.Start < out.Relations[j].Evidence.Start })
	return out
}

// derivedName reports whether the matched name is a machine transliteration
// (the entry's derived= lists its language): "Орхус" is derived, "Aarhus"
// is not. In Ukrainian and Russian text any derived entry stays weak at a
// sentence start: such entries are foreign towns whose names there are
// often common words ("Море", "Таку").
func derivedName(f *lexicon.Form) bool {
	der := f.Entry.Attrs["derived"]
	if der == "" || f.Name < 0 || f.Name >= len(f.Entry.Names) {
		return der != ""
	}
	lang := f.Entry.Names[f.Name].Lang
	for _, l := range strings.Split(der, ",") {
		if l == lang {
			return true
		}
	}
	return false
}
