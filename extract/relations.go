package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/factum-nlp/factum/internal/morph"
	"github.com/factum-nlp/factum/internal/rules"
	"github.com/factum-nlp/factum/internal/text"
	"github.com/factum-nlp/factum/lexicon"
)

// argRoles lists the argument roles of each relation type (SPEC.md); other
// keys of a rule's emit clause become relation attributes.
var argRoles = map[string][]string{
	"twin_city":      {"city", "twin"},
	"agreement":      {"party", "counterparty"},
	"partner_of":     {"partner", "host"},
	"holds_position": {"person", "org"},
	"located_in":     {"subject", "place"},
	"held_in":        {"event", "place"},
	"organizer_of":   {"organizer", "event"},
	"met_with":       {"party", "counterparty"},
	"quote":          {"speaker"},
}

// symmetric relation types: the order of their two arguments carries no meaning.
var symmetric = map[string]bool{"twin_city": true, "agreement": true, "met_with": true}

func isArg(typ, key string) bool {
	for _, r := range argRoles[typ] {
		if r == key {
			return true
		}
	}
	return false
}

// municipal heads: "администрация города X", "мэрия X", "X City Council".
type muniHead struct {
	keys  []string
	kind  string // "council" or "admin"
	lemma string
}

var (
	muniOnce  sync.Once
	muniHeads map[string][]muniHead // first key → heads
)

func loadMuni() {
	muniHeads = map[string][]muniHead{}
	add := func(lang, phrase, kind string) {
		forms := []string{phrase}
		if lang != "en" {
			forms = morph.PhraseForms(lang, phrase, morph.Unknown)
		}
		for _, f := range forms {
			toks := text.Tokenize(f)
			if len(toks) == 0 {
				continue
			}
			keys := make([]string, len(toks))
			for i, t := range toks {
				keys[i] = t.Key
			}
			muniHeads[keys[0]] = append(muniHeads[keys[0]], muniHead{keys: keys, kind: kind, lemma: phrase})
		}
	}
	for _, h := range [][3]string{
		{"uk", "міська рада", "council"}, {"uk", "рада", "council"}, {"uk", "адміністрація", "admin"},
		{"uk", "міська державна адміністрація", "admin"}, {"uk", "міська військова адміністрація", "admin"},
		{"uk", "мерія", "admin"}, {"uk", "виконавчий комітет", "admin"}, {"uk", "міськвиконком", "admin"},
		{"ru", "администрация", "admin"}, {"ru", "мэрия", "admin"}, {"ru", "городская дума", "council"},
		{"ru", "дума", "council"}, {"ru", "городской совет", "council"}, {"ru", "горсовет", "council"},
		{"ru", "гордума", "council"}, {"ru", "правительство", "admin"},
	} {
		add(h[0], h[1], h[2])
	}
}

var enMuni = map[string]string{"city council": "council", "city hall": "admin", "city administration": "admin", "municipality": "admin", "mayor's office": "admin", "city government": "admin", "council": "council"}

var cityWords = map[string]bool{"міста": true, "города": true, "м.": true, "г.": true}

// findMunicipal turns "администрация города Екатеринбурга", "мерія Києва"
// and "Kyiv City Council" into organizations of the city. Their ids are the
// city's id with "/admin" or "/council", so that lexicon entries written
// that way (КМДА, Київрада) are the same entities.
func (d *doc) findMunicipal() {
	muniOnce.Do(loadMuni)
	n := len(d.spans)
	for si := 0; si < n; si++ {
		s := d.spans[si]
		if s.typ == Org && s.part < 0 && bodyCityID(s.ent) != "" {
			d.cityInBody(s)
			continue
		}
		if s.typ != City || s.part >= 0 || s.ent == nil {
			continue
		}
		// City before the head: "Kyiv City Council".
		if d.lang == "en" && s.tok1+1 < len(d.toks) {
			two := d.toks[s.tok1].Key + " " + d.toks[s.tok1+1].Key
			if kind, ok := enMuni[two]; ok && d.free(s.tok1, s.tok1+2) {
				d.addMuni(s, s.tok0, s.tok1+2, kind, "")
				continue
			}
		}
		j := s.tok0
		if j > 0 && d.adj[j-1] != nil {
			j-- // "мэрия латвийского Даугавпилса"
		}
		if j > 0 && cityWords[d.toks[j-1].Key] {
			j--
		}
		for _, h := range d.headsEndingAt(j) {
			d.addMuni(s, j-len(h.keys), s.tok1, h.kind, h.lemma)
			break
		}
	}
}

func (d *doc) headsEndingAt(j int) []muniHead {
	var out []muniHead
	for l := 3; l >= 1; l-- {
		i := j - l
		if i < 0 || !d.free(i, j) {
			continue
		}
		for _, h := range muniHeads[d.toks[i].Key] {
			if len(h.keys) != l {
				continue
			}
			ok := true
			for k := 1; k < l; k++ {
				if d.toks[i+k].Key != h.keys[k] {
					ok = false
					break
				}
			}
			if ok {
				out = append(out, h)
			}
		}
	}
	return out
}

func (d *doc) addMuni(city span, a, b int, kind, headLemma string) {
	lemma := d.w[d.toks[a].Start:d.toks[b-1].End]
	if headLemma != "" {
		hl := len(text.Tokenize(headLemma))
		if a+hl < b {
			lemma = upperFirst(headLemma) + " " + d.w[d.toks[a+hl].Start:d.toks[b-1].End]
		}
	}
	d.addMuniOf(city.ent, a, b, kind, lemma)
}

// addMuniOf adds the council or administration (kind) of city named by
// tokens [a, b), with lemma as the name's nominative.
func (d *doc) addMuniOf(city *entity, a, b int, kind, lemma string) {
	id := city.ID + "/" + kind
	var e *entity
	if le := d.x.lex.Entry(id); le != nil {
		e = d.lexEntity(le)
	} else {
		e = d.entityFor(id, func() *entity {
			e := &entity{}
			e.Type = Org
			if kind == "council" {
				e.Name = city.Name + " City Council"
			} else {
				e.Name = city.Name + " City Administration"
			}
			e.Lemma = lemma
			e.Attrs = map[string]string{"city": city.ID}
			if c := city.Attrs["country"]; c != "" {
				e.Attrs["country"] = c
			}
			return e
		})
	}
	d.addSpan(span{start: d.toks[a].Start, end: d.toks[b-1].End, tok0: a, tok1: b, part: -1, typ: Org, ent: e})
}

// cityInBody adds the city that a council's or administration's name from
// the lexicon starts with ("Kyiv City Council", "Київська міська рада" has
// none) as a mention of the city nested in the body's.
func (d *doc) cityInBody(body span) {
	id := bodyCityID(body.ent)
	for _, f := range d.lookup(body.tok0) {
		if f.Entry.ID == id && f.Kind == lexicon.KindName && body.tok0+len(f.Keys) < body.tok1 {
			e := d.lexEntity(f.Entry)
			t0, t1 := body.tok0, body.tok0+len(f.Keys)
			d.addSpan(span{start: d.toks[t0].Start, end: d.toks[t1-1].End, tok0: t0, tok1: t1, part: -1, typ: City, ent: e})
			return
		}
	}
}

// bodyCityID is the id of the city whose council or administration e is
// (its city= attribute), or "".
func bodyCityID(e *entity) string {
	switch {
	case e == nil || e.Type != Org:
		return ""
	case e.Attrs["city"] != "":
		return e.Attrs["city"]
	case e.entry != nil:
		return e.entry.Attrs["city"]
	}
	return ""
}

// cityOfBody returns the city whose council or administration e is, if
// the city is named in the document (a council's id is its city's id with
// "/council" or "/admin").
func (d *doc) cityOfBody(e *entity) *entity {
	if bodyCityID(e) == "" {
		return nil
	}
	id, kind, ok := strings.Cut(e.ID, "/")
	if !ok || kind != "council" && kind != "admin" {
		return nil
	}
	if c := d.byID[id]; c != nil && c.Type == City && len(c.Mentions) > 0 {
		return c
	}
	return nil
}

// findMunicipalAdj recognizes a city's council or administration named by
// the city's adjective: "Львівська міська рада", "Житомирської міськради",
// "Екатеринбургская городская дума", "Новосибирский горсовет". The body
// gets the same id as "мэрия Екатеринбурга" or "Kyiv City Council".
func (d *doc) findMunicipalAdj() {
	if d.lang != "uk" && d.lang != "ru" {
		return
	}
	for i := 0; i+1 < len(d.toks); i++ {
		t := d.toks[i]
		if t.Kind != text.Word || t.Flags&text.Cap == 0 || d.skip[i] {
			continue
		}
		n, kind, head := muniAdjHead(d.toks, i+1)
		if n == 0 || !d.free(i, i+1+n) {
			continue
		}
		city := d.cityOfAdj(t.Key)
		if city == nil {
			continue
		}
		lemma := ""
		if head != nil {
			lemma = d.bodyLemma(i, i+1, i+2, head)
		} else {
			lemma = d.institutionLemma(i, i+1+n)
		}
		d.addMuniOf(city, i, i+1+n, kind, lemma)
		// The adjective names the city too, as "Екатеринбурга" in "мэрия
		// Екатеринбурга" does.
		d.addSpan(span{start: t.Start, end: t.End, tok0: i, tok1: i + 1, part: -1, typ: City, ent: city, lemma: city.Lemma})
		i += n
	}
}

// muniAdjHead returns how many tokens from j name a city's council or
// administration after the city's adjective ("міська рада", "міськради",
// "городская администрация", "горсовета"), and which kind it is.
// A one-word noun comes with its nominative (nil for the others).
func muniAdjHead(toks []text.Token, j int) (int, string, *genericEvent) {
	k := toks[j].Key
	for i, h := range muniOneWord {
		if strings.HasPrefix(k, h.prefix) {
			return 1, h.kind, &muniOneWord[i].head
		}
	}
	if !strings.HasPrefix(k, "міськ") && !strings.HasPrefix(k, "городск") || j+1 >= len(toks) {
		return 0, "", nil
	}
	k = toks[j+1].Key
	switch {
	case hasPrefixAny(k, councilStems):
		return 2, "council", nil
	case hasPrefixAny(k, adminStems):
		return 2, "admin", nil
	case hasPrefixAny(k, adminKindStems) && j+2 < len(toks) && hasPrefixAny(toks[j+2].Key, adminStems):
		return 3, "admin", nil
	}
	return 0, "", nil
}

// Stems of the nouns after "міська"/"городская" that name a council or an
// administration, and of the words between ("міська державна адміністрація").
var (
	councilStems   = []string{"рад", "дум", "совет"}
	adminStems     = []string{"адміністрац", "администрац"}
	adminKindStems = []string{"державн", "військов", "государствен"}
)

// muniOneWord are one-word council and administration nouns.
var muniOneWord = []struct {
	prefix, kind string
	head         genericEvent // the noun's nominative and gender
}{
	{"міськрад", "council", genericEvent{nom: "міськрада", fem: true}}, {"міськвиконком", "admin", genericEvent{nom: "міськвиконком"}},
	{"горсовет", "council", genericEvent{nom: "горсовет"}}, {"гордум", "council", genericEvent{nom: "гордума", fem: true}},
	{"горисполком", "admin", genericEvent{nom: "горисполком"}}, {"горадминистрац", "admin", genericEvent{nom: "горадминистрация", fem: true}},
	{"дум", "council", genericEvent{nom: "дума", fem: true}}, // "Рижская дума"
}

// cityOfAdj returns the city whose adjective has the key k ("львівська" →
// Львів, "вінницької" → Вінниця, "луцьку" → Луцьк, "новосибирский" →
// Новосибирск), or nil. The adjective's stem is tried with the endings a
// city name may have lost; the most populous city found wins.
func (d *doc) cityOfAdj(k string) *entity {
	var stem, suf string
	for _, s := range []string{"ськ", "цьк", "зьк", "ск", "цк"} {
		if i := strings.LastIndex(k, s); i > 1 && (slices.Contains(adjEndings, k[i+len(s):]) || k[i+len(s):] == "оі") { // "ої" as a key
			stem, suf = k[:i], s
			break
		}
	}
	if stem == "" {
		return nil
	}
	cands := []string{stem, stem + "ь", stem + "а", stem + "я", stem + "и", stem + "ы", stem + "е", stem + "о", stem + suf, stem + suf + "ий"}
	switch {
	case suf == "ськ" || suf == "ск":
		cands = append(cands, stem+"с", stem+"са", stem+"си", stem+"се") // Черкаська → Черкаси
	case suf == "цьк" || suf == "цк":
		cands = append(cands, stem+"ця", stem+"ца", stem+"к", stem+"ц")
	}
	switch {
	case strings.HasSuffix(stem, "ж"):
		cands = append(cands, strings.TrimSuffix(stem, "ж")+"га") // Рижская → Рига
	case strings.HasSuffix(stem, "ов"):
		cands = append(cands, strings.TrimSuffix(stem, "ов")+"ва") // Московский → Москва
	case strings.HasSuffix(stem, "ів"):
		b := strings.TrimSuffix(stem, "ів")
		cands = append(cands, b+"ево", b+"ове", b+"ів")
	case strings.HasSuffix(stem, "в"):
		cands = append(cands, strings.TrimSuffix(stem, "в")) // Дніпровська → Дніпро
	case strings.HasSuffix(stem, "н"):
		cands = append(cands, strings.TrimSuffix(stem, "н")) // Рівненська → Рівне
	case suf == "цьк" && strings.HasSuffix(stem, "е") && !strings.HasSuffix(k, "ий"):
		// Чернівецька (міська рада) → Чернівці; "Чернівецький" alone is
		// also a surname.
		cands = append(cands, strings.TrimSuffix(stem, "е")+"ці")
	}
	var best *lexicon.Entry
	bestPop := -1
	for _, c := range cands {
		tok := text.Token{Key: c, Kind: text.Word, Flags: text.Cap}
		for _, f := range d.x.lex.LookupKeys(nil, -1, &tok) {
			if f.Entry.Type != City || len(f.Keys) != 1 || derivedName(f) {
				continue
			}
			if l := f.Entry.Names[f.Name].Lang; l != d.lang && l != "any" {
				continue
			}
			if p, _ := strconv.Atoi(f.Entry.Attrs["pop"]); p > bestPop {
				best, bestPop = f.Entry, p
			}
		}
	}
	if best == nil {
		return nil
	}
	return d.lexEntity(best)
}

func upperFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// unitInfo ties a rule unit back to the text.
type unitInfo struct {
	span       int // index into d.spans, or -1 for a plain word
	start, end int // absolute byte offsets
	quote      bool
}

var negations = map[string]bool{"не": true, "ні": true, "нет": true, "ни": true, "not": true, "never": true, "n't": true, "no": true, "ніколи": true, "никогда": true}

// negation exceptions: "не лише", "не только", "not only".
var notNegation = map[string]bool{"лише": true, "тільки": true, "только": true, "only": true, "менш": true, "менее": true, "раз": true, "без": true}

// units builds the rule units of tokens [a, b) of the window; a quote
// between token indices qa and qb (inclusive marks) becomes one unit.
func (d *doc) units(a, b, qa, qb int) ([]rules.Unit, []unitInfo) {
	us := d.unitBuf[:0]
	info := d.infoBuf[:0]
	defer func() { d.unitBuf, d.infoBuf = us[:0], info[:0] }()
	for t := a; t < b; t++ {
		tok := d.toks[t]
		if t == qa {
			us = append(us, rules.Unit{Key: `"…"`, Type: "quote"})
			info = append(info, unitInfo{span: -1, start: d.toks[qa].End + d.base, end: d.toks[qb].Start + d.base, quote: true})
			t = qb
			continue
		}
		if c := d.cover[t]; c != 0 {
			s := &d.spans[c-1]
			if s.tok0 == t && s.tok1 <= b {
				key := tok.Key
				if s.typ == "role" && s.tok1-s.tok0 > 1 {
					key = text.Key(d.src[s.start:s.end]) // posts also match words
				}
				typ := s.typ
				if s.pair {
					typ = "pair"
				}
				u := rules.Unit{Key: key, Type: typ, Cap: tok.Flags&text.Cap != 0}
				if d.cityOfBody(s.ent) != nil {
					u.Also = City // "Мэрия Даугавпилса приостановила побратимство"
				}
				us = append(us, u)
				info = append(info, unitInfo{span: int(c - 1), start: s.start, end: s.end})
				t = s.tok1 - 1
				continue
			}
		}
		if ps := d.partOf[t]; len(ps) > 0 {
			parts := tok.Parts()
			for pi, p := range parts {
				u, in := rules.Unit{Key: p.Key, Cap: p.Flags&text.Cap != 0}, unitInfo{span: -1, start: p.Start + d.base, end: p.End + d.base}
				for _, si := range ps {
					if d.spans[si].part == pi {
						u.Type = d.spans[si].typ
						in.span = si
					}
				}
				us = append(us, u)
				info = append(info, in)
			}
			continue
		}
		if n := d.placeApposition(t, b); n > 0 {
			// "і американським містом Y", "and the Czech city of Y": the
			// rules see the city alone.
			t += n - 1
			continue
		}
		if d.adj[t] != nil && t+1 < b {
			if c := d.cover[t+1]; c != 0 && d.spans[c-1].tok0 == t+1 {
				switch d.spans[c-1].typ {
				case City, Region:
					// "польський Люблін": the rules see the city alone.
					continue
				}
			}
		}
		u := rules.Unit{Key: tok.Key, Cap: tok.Flags&text.Cap != 0}
		if tok.Flags&text.Compound != 0 {
			for _, p := range tok.Parts() {
				u.Parts = append(u.Parts, p.Key)
			}
		}
		us = append(us, u)
		info = append(info, unitInfo{span: -1, start: tok.Start + d.base, end: tok.End + d.base})
	}
	return us, info
}

// applyRules runs the rules over every sentence of the window that is not
// page furniture, and the quote rules over every direct quote.
func (d *doc) applyRules() {
	for _, s := range d.sents {
		if s.Zone == text.Furniture || s.First >= s.Last {
			continue
		}
		us, info := d.units(s.First, s.Last, -1, -1)
		ev := d.evidence(s.Start+d.base, s.End+d.base)
		d.x.main.Match(d.lang, us, func(m rules.Match) { d.emit(m, us, info, ev) })
		d.traceSentence(d.x.main, us, info, ev)
	}
	if len(d.x.quotes.Rules()) == 0 {
		return
	}
	for _, q := range text.Quotes(d.w, d.toks) {
		if q.Open+3 >= q.Close || d.skip[q.Open] || d.cover[q.Open+1] != 0 && d.spans[d.cover[q.Open+1]-1].typ != "role" && d.spans[d.cover[q.Open+1]-1].tok1 == q.Close {
			continue
		}
		a, b := d.sentenceOf(q.Open).First, d.sentenceOf(q.Close).Last
		us, info := d.units(a, b, q.Open, q.Close)
		ev := d.evidence(d.toks[a].Start+d.base, d.toks[b-1].End+d.base)
		d.x.quotes.Match(d.lang, us, func(m rules.Match) { d.emit(m, us, info, ev) })
		d.traceSentence(d.x.quotes, us, info, ev)
	}
}

func (d *doc) sentenceOf(t int) text.Sentence {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].Last > t })
	if i < len(d.sents) {
		return d.sents[i]
	}
	return text.Sentence{First: t, Last: t + 1}
}

// evidence returns the text span [start, end), trimmed of spaces.
func (d *doc) evidence(start, end int) Span {
	for start < end && strings.IndexByte(" \t\r\n", d.src[start]) >= 0 {
		start++
	}
	for end > start && strings.IndexByte(" \t\r\n", d.src[end-1]) >= 0 {
		end--
	}
	return Span{Start: start, End: end, Text: d.src[start:end]}
}

// emit turns a rule match into relations.
func (d *doc) emit(m rules.Match, us []rules.Unit, info []unitInfo, ev Span) {
	r := m.Rule
	if !r.NegationOK && d.negated(us, m.Start, m.End) {
		return
	}
	// Candidate entities of every slot (by slot index); list slots expand
	// over coordination.
	var entsBuf [8][]*entity
	var pairBuf [8]bool
	var slotEnts [][]*entity
	var pairSlots []bool
	if len(r.Slots) > len(entsBuf) {
		slotEnts, pairSlots = make([][]*entity, len(r.Slots)), make([]bool, len(r.Slots))
	} else {
		slotEnts, pairSlots = entsBuf[:len(r.Slots)], pairBuf[:len(r.Slots)]
	}
	for si, sl := range r.Slots {
		ui := -1
		if si < len(m.Caps) {
			ui = m.Caps[si]
		}
		if ui < 0 {
			continue
		}
		if in := info[ui]; in.span >= 0 && d.spans[in.span].pair {
			if p := d.resolvePair(in.span); p != nil && !namesTwoAfter(us, ui) {
				slotEnts[si] = p
				pairSlots[si] = true
			}
			continue
		}
		e := d.unitEntity(info[ui])
		if c := d.cityOfBody(e); c != nil && !slices.Contains(sl.Types, Org) && !slices.Contains(sl.Types, "entity") {
			e = c // a city's council stands for the city in a slot for cities
		}
		if e == nil {
			continue
		}
		ents := []*entity{e}
		if sl.List {
			ents = append(ents, d.listMates(us, info, ui, sl.Types)...)
		}
		slotEnts[si] = ents
	}
	for _, em := range r.Emits {
		d.emitOne(m, em, us, info, ev, slotEnts, pairSlots)
	}
}

// namesTwoAfter reports whether the sentence names two places or bodies
// after unit ui: "Сторони домовилися підписати угоду між Львівською
// областю та Підкарпатським воєводством" names the sides itself.
func namesTwoAfter(us []rules.Unit, ui int) bool {
	n := 0
	for _, u := range us[ui+1:] {
		switch u.Type {
		case City, Country, Region, Org, Company:
			n++
		}
	}
	return n >= 2
}

// unitEntity is the entity a unit stands for (nil for words, posts, dates).
func (d *doc) unitEntity(in unitInfo) *entity {
	if in.span < 0 {
		return nil
	}
	return d.resolve(in.span)
}

// refusals negate what follows them: "відмовилися підписувати угоду".
var refusals = map[string]bool{"відмовилися": true, "відмовились": true, "відмовився": true, "відмовилася": true, "відмовилась": true, "відмовляються": true,
	"отказались": true, "отказался": true, "отказалась": true, "отказываются": true, "refused": true, "refuse": true, "refuses": true, "declined": true, "rejected": true}

func (d *doc) negated(us []rules.Unit, a, b int) bool {
	for i := max(a-4, 0); i < b && i < len(us); i++ {
		if us[i].Type == "" && refusals[us[i].Key] {
			return true
		}
	}
	if a > 0 {
		a--
	}
	for i := a; i < b && i < len(us); i++ {
		if us[i].Type == "" && negations[us[i].Key] {
			if i+1 < len(us) && notNegation[us[i+1].Key] {
				continue
			}
			return true
		}
	}
	return false
}

var coordinators = map[string]bool{",": true, "і": true, "й": true, "та": true, "и": true, "and": true, "&": true, "а": true, "також": true, "также": true, "as": true, "well": true}

// listMates returns the entities coordinated with unit ui ("Краків і фінське
// Тампере", "Умань, Ченстохова та Хмельницький"): same-type entities joined
// by commas and conjunctions, with up to three lower-case words (adjectives,
// "місто") after the joiner.
//
// A mate may be of any type the slot accepts ("organised by Eurocities and
// the city of Ghent").
// clauseConj are the conjunctions that open a new clause after a comma.
var clauseConj = map[string]bool{"а": true, "але": true, "проте": true, "однак": true, "но": true, "однако": true, "тогда": true, "тоді": true, "while": true, "but": true, "whereas": true}

// skipLocator steps over the country or region that locates the city at
// unit i, in direction dir, so that list mates continue after it: "Dresden
// in Germany and Kyiv", "Валенсією (Іспанія) та Краковом".
func skipLocator(us []rules.Unit, i, dir int) int {
	place := func(j int) bool {
		return j >= 0 && j < len(us) && (us[j].Type == Country || us[j].Type == Region)
	}
	key := func(j int) string {
		if j < 0 || j >= len(us) || us[j].Type != "" {
			return ""
		}
		return us[j].Key
	}
	if dir > 0 {
		switch {
		case locatorPreps[key(i+1)] && place(i+2):
			return i + 2
		case key(i+1) == "(" && place(i+2) && key(i+3) == ")":
			return i + 3
		}
		return i
	}
	switch {
	case place(i-1) && locatorPreps[key(i-2)] && i-3 >= 0 && us[i-3].Type == City:
		return i - 2
	case key(i-1) == ")" && place(i-2) && key(i-3) == "(":
		return i - 3
	}
	return i
}

// cityLocator reports whether the country or region at unit i only
// locates the city before it: "Katowice (Poland)", "Katowice, in southern
// Poland,".
func cityLocator(us []rules.Unit, i int) bool {
	if us[i].Type != Country && us[i].Type != Region {
		return false
	}
	if i >= 2 && i+1 < len(us) && us[i-1].Key == "(" && us[i+1].Key == ")" && us[i-2].Type == City {
		return true
	}
	for k := i - 1; k >= 2 && k >= i-5 && us[k].Type == ""; k-- {
		if locatorPreps[us[k].Key] || us[k].Key == "near" {
			return us[k-1].Key == "," && us[k-2].Type == City && i+1 < len(us) && us[i+1].Key == ","
		}
	}
	return false
}

// locatorPreps put a city in its country: "Dresden in Germany".
var locatorPreps = map[string]bool{"in": true, "в": true, "у": true, "во": true}

func (d *doc) listMates(us []rules.Unit, info []unitInfo, ui int, types []string) []*entity {
	typ := us[ui].Type
	accepts := func(t string) bool {
		if t == typ {
			return true
		}
		for _, s := range types {
			if s == t || s == "place" && (t == City || t == Country || t == Region) {
				return true
			}
		}
		return false
	}
	var out []*entity
	for dir := -1; dir <= 1; dir += 2 {
		i := ui
		for {
			// A mate of another type needs a conjunction: "Eurocities
			// and the city of Ghent", not "АСИ, генеральным партнером
			// выступил ВТБ".
			if us[i].Type == City {
				i = skipLocator(us, i, dir)
			}
			j, sep, conj, words := i+dir, false, false, 0
			for j >= 0 && j < len(us) && us[j].Type == "" {
				k := us[j].Key
				switch {
				case coordinators[k]:
					sep = true
					conj = conj || k != ","
				case k == `"` && (j-dir < 0 || j-dir >= len(us) || us[j-dir].Type != "" || j+dir >= 0 && j+dir < len(us) && us[j+dir].Type != ""):
					// quotation marks around a name: "ВТБ, «Ростелеком» и «Аэрофлот»"
				case sep && !us[j].Cap && words < 3 && k != "." && k != ";" && k != ":" && k != `"` &&
					k != "by" && k != "with" && !(len(k) > 3 && strings.HasSuffix(k, "ed")):
					// "and the city of Ghent" continues a list; "and
					// sponsored by USAID" starts another relation.
					words++
				default:
					j = -2
				}
				if j < 0 {
					break
				}
				j += dir
			}
			if dir > 0 && j > 0 && j+1 < len(us) && us[j+1].Type != "" && d.possessive(info[j]) && accepts(us[j+1].Type) {
				j++ // "DTEK and Denmark's Vestas": the mate is Vestas
			}
			if j < 0 || j >= len(us) || !sep || !accepts(us[j].Type) || us[j].Type != typ && !conj {
				break
			}
			if e := d.unitEntity(info[j]); e != nil {
				out = append(out, e)
			}
			i = j
		}
	}
	return out
}

// possessive reports whether the unit's text ends in the English
// possessive 's ("Denmark's").
func (d *doc) possessive(u unitInfo) bool {
	t := d.src[u.start:u.end]
	return strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s")
}

func (d *doc) emitOne(m rules.Match, em rules.Emit, us []rules.Unit, info []unitInfo, ev Span, slotEnts [][]*entity, pairSlots []bool) {
	// rel.Args and rel.Attrs are made for each relation kept (in
	// addRelationVals); until then the attributes are in attrs.
	rel := Relation{Type: em.Type, Status: m.Rule.Status, Evidence: ev, Rule: m.Rule.ID}
	var attrBuf [6]relAttr
	attrs := relAttrs(attrBuf[:0])
	if rel.Status == rules.StatusTense {
		// "Japan will be the partner of the X exhibition in Poznań": a
		// relation read from a bare "X in Poznań" takes the sentence's tense.
		rel.Status = Established
		if futureSentence(us) {
			rel.Status = Planned
		}
	}
	if rel.Status == "" {
		rel.Status = Established
	}
	var argBuf [4]argSlot
	args := argBuf[:0]
	hasDate := false
	var when text.Date // the date the relation gets
	for _, a := range em.Args {
		if a.Slot == "" {
			if typ, ok := strings.CutPrefix(a.Const, "@"); ok && isArg(em.Type, a.Key) {
				// "Організаторами виступили ...": the event the
				// sentence leaves unsaid is the one named before it.
				e := d.contextArg(typ, info[m.Start].start)
				if e == nil {
					return
				}
				args = append(args, argSlot{a.Key, []*entity{e}})
				continue
			}
			attrs = attrs.set(a.Key, a.Const)
			continue
		}
		ui := m.Cap(a.Slot)
		if ui < 0 {
			if isArg(em.Type, a.Key) {
				return // a required argument was not captured
			}
			continue
		}
		in := info[ui]
		switch {
		case in.quote:
			rel.Evidence = d.evidence(in.start, in.end)
		case in.span >= 0 && d.spans[in.span].typ == "role":
			s := d.spans[in.span]
			attrs = attrs.set(a.Key, s.role)
			if s.former && em.Type == "holds_position" {
				rel.Status = Ended
			}
		case in.span >= 0 && d.spans[in.span].typ == "date":
			rel.Date, when = d.spans[in.span].date.ISO(d.year), d.spans[in.span].date
			hasDate = true
		case isArg(em.Type, a.Key):
			var ents []*entity
			if si := m.Rule.SlotIndex(a.Slot); si >= 0 && si < len(slotEnts) {
				ents = slotEnts[si]
			}
			if len(ents) == 0 {
				return
			}
			if em.Type != "located_in" && ofCityNoun(us, ui) {
				return // "стал город Китая": the party is a city of China, not China
			}
			if em.Type != "located_in" && cityLocator(us, ui) {
				return // "Katowice, in southern Poland, signed": the party is Katowice
			}
			if len(ents) == 1 && ents[0].generic && em.Type != "held_in" {
				// "Организаторами церемонии ...": a ceremony named by a
				// common noun is not a forum with partners and organizers.
				return
			}
			args = append(args, argSlot{a.Key, ents})
		default:
			if e := d.unitEntity(in); e != nil {
				attrs = attrs.set(a.Key, e.ID)
			} else {
				attrs = attrs.set(a.Key, d.src[in.start:in.end])
			}
		}
	}
	// A pair reference ("обидва міста") fills both arguments of a
	// symmetric relation, or one argument per member.
	if len(args) == 1 && len(argRoles[em.Type]) == 2 && symmetric[em.Type] {
		for _, a := range em.Args {
			if si := m.Rule.SlotIndex(a.Slot); a.Slot != "" && si >= 0 && si < len(slotEnts) && pairSlots[si] && len(slotEnts[si]) == 2 {
				ents := slotEnts[si]
				roles := argRoles[em.Type]
				args = []argSlot{{roles[0], ents[:1]}, {roles[1], ents[1:]}}
				break
			}
		}
	}
	if len(args) == 2 && args[0].role != args[1].role && len(args[0].ents) == 2 && len(args[1].ents) == 2 && args[0].ents[0] == args[1].ents[0] {
		// both roles taken from the same pair
		args[0].ents, args[1].ents = args[0].ents[:1], args[1].ents[1:]
	}
	if len(args) != len(argRoles[em.Type]) {
		return
	}
	if !hasDate && (em.Type == "held_in" || em.Type == "agreement" || em.Type == "twin_city" || em.Type == "met_with") {
		// The date of the sentence: in or after the match, else before it
		// ("У 2016 році Херсон підписав...").
		found := false
		for i := m.Start; i < len(us) && !found; i++ {
			if i >= m.End && us[i].Type == "" && (us[i].Key == ";" || us[i].Key == "," && i+1 < len(us) && clauseConj[us[i+1].Key]) {
				break // "..., а у 2022 році ...": the next clause's date
			}
			if in := info[i]; in.span >= 0 && d.spans[in.span].typ == "date" && in.start >= d.dlEnd && !d.periodDate(in.span) {
				rel.Date, when, found = d.spans[in.span].date.ISO(d.year), d.spans[in.span].date, true
			}
		}
		for i := m.Start - 1; i >= 0 && !found; i-- {
			if k := us[i].Key; us[i].Type == "" && (k == "," || k == ";" || k == ":") {
				break // another clause: its date is not this fact's
			}
			if in := info[i]; in.span >= 0 && d.spans[in.span].typ == "date" && in.start >= d.dlEnd && !d.periodDate(in.span) {
				rel.Date, when, found = d.spans[in.span].date.ISO(d.year), d.spans[in.span].date, true
			}
		}
	}
	if (rel.Status == Established || rel.Status == "") && d.afterDateline(when) {
		// "TARTU, May 2 - ... the festival, which takes place in Tartu on
		// 20-23 June": what is dated after the article's own date has not
		// happened yet.
		rel.Status = Planned
	}
	// One relation per combination of list members.
	var valBuf [4]string
	vals := valBuf[:0]
	if len(args) > len(valBuf) {
		vals = make([]string, len(args))
	} else {
		vals = valBuf[:len(args)]
	}
	var rec func(k int)
	rec = func(k int) {
		if k == len(args) {
			for i := range vals {
				for j := 0; j < i; j++ {
					if vals[j] == vals[i] {
						return
					}
				}
			}
			d.addRelationVals(rel, args, vals, attrs)
			return
		}
		for _, e := range args[k].ents {
			vals[k] = e.ID
			rec(k + 1)
		}
	}
	rec(0)
}

// cityNouns are nouns after which a country or region in the genitive only
// says where something is ("город Китая", "місто Польщі").
var cityNouns = map[string]bool{"город": true, "города": true, "городом": true, "городу": true, "місто": true, "міста": true, "містом": true, "місту": true, "city": true, "town": true}

func ofCityNoun(us []rules.Unit, ui int) bool {
	t := us[ui].Type
	return (t == Country || t == Region) && ui > 0 && us[ui-1].Type == "" && cityNouns[us[ui-1].Key]
}

// addRelation keeps the first of equal relations (same type, arguments and
// status; the order of a symmetric pair does not count).
func (d *doc) addRelation(r Relation) {
	roles := argRoles[r.Type]
	var valBuf [4]string
	vals := append(valBuf[:0], make([]string, len(roles))...)
	for i, ro := range roles {
		vals[i] = r.Args[ro]
	}
	var kb [160]byte
	key := appendRelKey(kb[:0], r.Type, vals, r.Evidence.Text, r.Attrs["role"])
	if d.keepRelation(key, r) {
		d.rels = append(d.rels, r)
	}
}

// addRelationVals is addRelation for the relation r whose arguments are
// args[i].role = vals[i] and whose attributes are attrs: the maps of
// r.Args and r.Attrs are only made when the relation is kept.
func (d *doc) addRelationVals(r Relation, args []argSlot, vals []string, attrs relAttrs) {
	roles := argRoles[r.Type]
	var valBuf [4]string
	kv := append(valBuf[:0], make([]string, len(roles))...)
	for i, ro := range roles {
		for j := range args {
			if args[j].role == ro {
				kv[i] = vals[j]
			}
		}
	}
	var kb [160]byte
	key := appendRelKey(kb[:0], r.Type, kv, r.Evidence.Text, attrs.get("role"))
	if !d.keepRelation(key, r) {
		return
	}
	r.Args = make(map[string]string, len(args))
	for i, a := range args {
		r.Args[a.role] = vals[i]
	}
	r.Attrs = make(map[string]string, len(attrs))
	for _, a := range attrs {
		r.Attrs[a.k] = a.v
	}
	d.rels = append(d.rels, r)
}

// keepRelation reports whether the relation r with key (appendRelKey) is
// new; if it is, it records it as the next of d.rels, which the caller
// appends. Of equal relations the first is kept.
func (d *doc) keepRelation(key []byte, r Relation) bool {
	// Of two rules that read the same pair in one sentence the first wins,
	// whatever their statuses; in another sentence a new status is a new
	// fact ("В 2022 году Йоэнсуу приостановил побратимские отношения с
	// Петрозаводском" after the two were named twins).
	ev, seen := d.relSeen[string(key)]
	if seen && (ev == r.Evidence.Start || r.Type == "quote" || r.Type == "holds_position") {
		return false
	}
	n := len(key)
	keySt := append(append(key, 0), r.Status...)
	if i, ok := d.relAt[string(keySt)]; ok {
		// The same fact again: a later sentence may give the date the
		// first one left out ("X will host Y." ... "Y will run from 8 to 11
		// July in X.").
		if p := &d.rels[i]; p.Date == "" {
			p.Date = r.Date
		}
		return false
	}
	if !seen {
		d.relSeen[string(keySt[:n])] = r.Evidence.Start
	}
	d.relAt[string(keySt)] = len(d.rels)
	return true
}

// cityHeads reads the city of a city's head whose post names no city:
// "мэр Лужков", "міський голова Андрій Садовий", "the mayor, John Tory"
// in an article about that city. The city is the only one named before
// the post in its sentence and the two before it, else the city the
// article's first sentence (its headline or dateline) names; with two
// cities in sight nothing is guessed. A person with a post already read by
// a rule is left alone.
func (d *doc) cityHeads() {
	for si := range d.spans {
		s := &d.spans[si]
		if s.typ != "role" || !s.cityScope || s.part >= 0 || d.skip[s.tok0] {
			continue
		}
		pi := d.personAt(s.tok1)
		if pi < 0 && s.tok1 < len(d.toks) && d.toks[s.tok1].Key == "," {
			pi = d.personAt(s.tok1 + 1) // "the mayor, John Tory"
		}
		if pi < 0 {
			continue
		}
		p := d.spans[pi].ent
		if p == nil || d.hasPost(p.ID) {
			continue
		}
		var city *entity
		if s.tok0 > 0 && d.toks[s.tok0-1].Flags&text.Cap != 0 && d.cover[s.tok0-1] == 0 && (d.lang == "uk" || d.lang == "ru") {
			// "Львівський міський голова": the adjective names the city.
			if city = d.cityOfAdj(d.toks[s.tok0-1].Key); city != nil {
				t := d.toks[s.tok0-1]
				d.addSpan(span{start: t.Start, end: t.End, tok0: s.tok0 - 1, tok1: s.tok0, part: -1, typ: City, ent: city, lemma: city.Lemma})
			}
		}
		if city == nil && s.council {
			city = d.councilCity(si)
		}
		if city == nil {
			city = d.contextCity(si)
		}
		if city == nil {
			continue
		}
		st := Established
		if s.former {
			st = Ended
		}
		org := city.ID
		if c := d.byID[city.ID+"/council"]; s.council && c != nil {
			org = c.ID // "секретар міськради" after "Полтавська міська рада"
		}
		a, b := d.toks[s.tok0].Start, d.toks[d.spans[pi].tok1-1].End
		d.addRelation(Relation{Type: "holds_position", Args: map[string]string{"person": p.ID, "org": org},
			Status: st, Attrs: map[string]string{"role": s.role}, Evidence: d.evidence(d.base+a, d.base+b), Rule: "ctx.city_head"})
	}
}

// personAt returns the index of the person span that starts at token t, or
// -1.
func (d *doc) personAt(t int) int {
	if t >= len(d.toks) || d.cover[t] == 0 {
		return -1
	}
	i := int(d.cover[t] - 1)
	if s := d.spans[i]; s.tok0 != t || s.typ != Person || s.ref || s.ent == nil {
		return -1
	}
	return i
}

// hasPost reports whether a holds_position relation names the person.
func (d *doc) hasPost(id string) bool {
	for _, r := range d.rels {
		if r.Type == "holds_position" && r.Args["person"] == id {
			return true
		}
	}
	return false
}

// contextCity is the city a post at span si belongs to when it names none:
// the only city named before it in its sentence and the two before (none
// when they name two), else the one the document's first sentence names.
func (d *doc) contextCity(si int) *entity {
	cur := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].Last > d.spans[si].tok0 })
	first := 0
	if cur-2 > 0 {
		first = d.sents[cur-2].First
	}
	// The only city named before the post in its own sentence ("Документ
	// у Вінниці підписали міський голова P та ..."), else in the two
	// before it.
	if c, _ := d.onlyCityBefore(si, d.sentenceOf(d.spans[si].tok0).First); c != nil {
		return c
	}
	c, two := d.onlyCityBefore(si, first)
	if two {
		// Two cities: "Делегация из Казани прибыла в Минск. Мэр ..." says
		// nothing of whose mayor; but the party that acts in the post's
		// sentence ("Szczecin has suspended its twinning with Rostov,
		// Mayor P said") is his.
		return d.actingCity(d.spans[si].start)
	}
	if c != nil {
		return c
	}
	if d.base == 0 && len(d.sents) > 0 {
		for j := range d.spans {
			o := d.spans[j]
			if o.tok0 >= d.sents[0].Last || o.tok0 > d.spans[si].tok0 {
				break // not a city named after the post in its own sentence
			}
			if cityMention(o) {
				return o.ent
			}
		}
	}
	return nil
}

// councilCity returns the city of the only city council named in the
// sentence of a council post and the two before it: "секретар міської
// ради" after "Депутати Житомирської міської ради ... з Гданськом".
func (d *doc) councilCity(si int) *entity {
	cur := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].Last > d.spans[si].tok0 })
	first := 0
	if cur-2 > 0 {
		first = d.sents[cur-2].First
	}
	var c *entity
	for j := si - 1; j >= 0 && d.spans[j].tok0 >= first; j-- {
		if e := d.spans[j].ent; e != nil && strings.HasSuffix(e.ID, "/council") {
			if b := d.cityOfBody(e); b != nil && c != nil && b != c {
				return nil
			} else if b != nil {
				c = b
			}
		}
	}
	return c
}

// cityMention reports whether span o names a city itself (not a
// reference, a part or a generic place).
func cityMention(o span) bool {
	return !o.ref && o.part < 0 && o.ent != nil && o.ent.Type == City && !o.ent.generic
}

// onlyCityBefore returns the city named between token first and span si
// when it is the only one there; two reports that there are several.
func (d *doc) onlyCityBefore(si, first int) (c *entity, two bool) {
	for j := si - 1; j >= 0 && d.spans[j].tok0 >= first; j-- {
		if o := d.spans[j]; cityMention(o) {
			if c != nil && c != o.ent {
				return nil, true
			}
			c = o.ent
		}
	}
	return c, false
}

// actingCity returns the city that is the first party of the last twinning
// or agreement stated in the sentence around byte offset at or in the one
// before it, or nil.
func (d *doc) actingCity(at int) *entity {
	// The post's sentence, else the one before it ("Oulu ended its
	// twinning with Arkhangelsk. The decision was backed by Mayor P.").
	from := at
	if i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > at }); i > 0 && i <= len(d.sents) {
		from = d.sents[i-1].Start
	}
	at += d.base
	from += d.base
	for i := len(d.rels) - 1; i >= 0; i-- {
		r := d.rels[i]
		if r.Evidence.Start > at || r.Evidence.End < from || r.Type != "twin_city" && r.Type != "agreement" {
			continue
		}
		id := r.Args["city"]
		if r.Type == "agreement" {
			id = r.Args["party"]
		}
		if e := d.byID[id]; e != nil && e.Type == City {
			return e
		}
	}
	return nil
}

// placeApposition returns how many tokens from t (before b) describe the
// city that follows them by its country and kind, or 0: "американським
// містом", "the Czech city of", "the Ukrainian port of".
func (d *doc) placeApposition(t, b int) int {
	i := t
	if d.toks[i].Key == "the" {
		i++
	}
	if i >= b || d.adj[i] == nil || d.cover[i] != 0 {
		return 0
	}
	i++
	if i >= b || !appositionNouns[d.toks[i].Key] || d.cover[i] != 0 {
		return 0
	}
	i++
	if i < b && d.toks[i].Key == "of" {
		i++
	}
	if i >= b || d.cover[i] == 0 {
		return 0
	}
	if s := d.spans[d.cover[i]-1]; s.tok0 != i || s.typ != City {
		return 0
	}
	return i - t
}

// appositionNouns name the kind of a place in an apposition before its
// name.
var appositionNouns = map[string]bool{
	"місто": true, "міста": true, "місту": true, "містом": true, "місті": true,
	"город": true, "города": true, "городу": true, "городом": true, "городе": true,
	"city": true, "town": true, "port": true, "capital": true,
}

// futureSentence reports whether a sentence speaks of the future: a future
// auxiliary or a future form of "take place".
func futureSentence(us []rules.Unit) bool {
	for _, u := range us {
		if futureWords[u.Key] {
			return true
		}
	}
	return false
}

var futureWords = map[string]bool{
	"will": true, "shall": true,
	"відбудеться": true, "відбудуться": true, "пройде": true, "пройдуть": true, "буде": true, "будуть": true, "стане": true, "планується": true,
	"відкриється": true, "відкриються": true, "стартує": true, "стартують": true, "проведе": true, "проведуть": true, "розпочнеться": true, "розпочнуться": true,
	"состоится": true, "состоятся": true, "пройдет": true, "пройдут": true, "будет": true, "будут": true, "станет": true, "планируется": true,
	"откроется": true, "откроются": true, "стартует": true, "стартуют": true, "проведет": true, "проведут": true, "начнется": true, "начнутся": true,
}

// periodDate reports whether the date span si is a period the fact is
// for, not the date it happened: a year or a range of years after "на" or
// "for" ("дорожная карта на 2024-2026 годы", "програма на 2025 рік").
func (d *doc) periodDate(si int) bool {
	s := d.spans[si]
	if s.date.Year == 0 || s.date.Month != 0 || s.date.Day != 0 || s.tok0 == 0 {
		return false
	}
	switch d.toks[s.tok0-1].Key {
	case "на", "for":
		return true
	}
	return false
}

// afterDateline reports whether the date t, with its month, is later than
// the article's dateline date (which must give a day).
func (d *doc) afterDateline(t text.Date) bool {
	if d.dlDay == 0 || d.dlMonth == 0 || t.Month == 0 {
		return false
	}
	y := t.Year
	if y == 0 {
		y = d.year
	}
	day := t.Day
	if y != d.year {
		return y > d.year
	}
	if t.Month != d.dlMonth {
		return t.Month > d.dlMonth
	}
	return day > d.dlDay
}
