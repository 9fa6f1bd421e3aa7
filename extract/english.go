package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factum-nlp/factum/internal/text"
	"github.com/factum-nlp/factum/lexicon"
)

// English names the lexicon does not list: organizations, companies and
// events named by a capitalized phrase around a head word ("the Union of
// Polish Metropolises", "Lviv Chamber of Commerce", "the Tartu Hanseatic
// Days"), and people whose names have a shape of their own ("Park Sung-ho")
// or follow a courtesy title ("Ms Aino-Kaisa Pekonen").

// enHeadKind is what an English head word names.
type enHeadKind uint8

const (
	enOrgHead enHeadKind = iota + 1
	enCompanyHead
	enEventHead
)

// enHeads are the head words of English names, by key.
var enHeads = func() map[string]enHeadKind {
	m := map[string]enHeadKind{}
	for _, w := range strings.Fields(`union unions association associations council ministry agency bank foundation university chamber
		committee commission federation institute fund authority office department party organization organisation alliance league
		society academy college service administration directorate inspectorate bureau centre center network movement coalition assembly museum
		theatre theater hospital tribunal court parliament secretariat mission guild confederation consortium`) {
		m[w] = enOrgHead
	}
	for _, w := range strings.Fields(`group inc corp co corporation ltd limited llc plc gmbh ag holdings holding airlines airways motors
		industries technologies pharmaceuticals company`) {
		m[w] = enCompanyHead
	}
	for _, w := range strings.Fields(`forum conference summit festival days fair expo week congress exhibition games championship
		championships olympics olympiad biennale biennial marathon carnival symposium cup tournament fest`) {
		m[w] = enEventHead
	}
	return m
}()

// enGeneric are capitalized words that do not by themselves make a name
// specific: "the City Council", "the National Bank", "the Foreign Ministry"
// name a body only with context.
var enGeneric = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`city town village municipal regional region district oblast county state national federal
		central general supreme high higher executive joint permanent foreign public international world global local
		new annual first second third fourth fifth main grand royal city's state's interior defence defense justice
		economic economy finance health education culture social military civil special european
		west east north south left right`) {
		m[w] = true
	}
	return m
}()

// enConnectors join the words of a name: "Union of Polish Metropolises",
// "Agency for Reconstruction", "Committee on Foreign Affairs".
var enConnectors = map[string]bool{"of": true, "for": true, "on": true}

// enMunicipalHeads are heads that the municipal recognizers read with the
// city before them ("Lviv City Council", "Odesa Regional Administration").
var enMunicipalHeads = map[string]bool{"council": true, "administration": true, "assembly": true, "office": true, "hall": true}

// enStateHeads name a state's bodies: a country in their name is where
// they are ("the Ukrainian Ministry of Defence", "the Ministry of Foreign
// Affairs of Ukraine").
var enStateHeads = map[string]bool{"ministry": true, "department": true, "agency": true, "office": true, "service": true,
	"directorate": true, "inspectorate": true, "bureau": true, "committee": true, "commission": true, "parliament": true}

// enGroupOrgWords make an "X Group" a body rather than a company: "the
// Ukraine Defense Contact Group", "the Visegrad Group".
var enGroupOrgWords = map[string]bool{"contact": true, "working": true, "defense": true, "defence": true, "advisory": true,
	"parliamentary": true, "friendship": true, "visegrad": true, "support": true, "coordination": true, "monitoring": true,
	"wagner": true, "ramstein": true, "weimar": true, "normandy": true, "trilateral": true}

// enCapWord reports whether token i is a capitalized word that may be part
// of a name: a word with a capital, not an article or a pronoun ("The",
// "Its"). Common words may be inside a name ("Regional Development
// Agency"), not begin it; see enNameBounds.
func (d *doc) enCapWord(i int) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	t := d.toks[i]
	return t.Kind == text.Word && t.Flags&text.Cap != 0 && !enNonName[t.Key] && !d.skip[i]
}

// enNonName are capitalized words that are never inside a name.
var enNonName = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an this that these those its his her their our my your it he she we they i
		and or but if when while as at by in on to from with after before during since until than then so also
		mr mrs ms dr sir dame prof`) {
		m[w] = true
	}
	return m
}()

// enRoleAt reports whether a post from the lexicon begins at token i.
func (d *doc) enRoleAt(i int) bool {
	for _, f := range d.lookup(i) {
		if f.Kind == lexicon.KindName && f.Entry.Type == "role" {
			return true
		}
	}
	return false
}

// findEnglishBodies recognizes English names of organizations, companies
// and events that the lexicon does not list: capitalized words around a
// head word ("Union", "Ministry", "Group", "Forum", "Days"), with
// complements after "of", "for", "on" ("the Union of Polish
// Metropolises", "the Ministry of Foreign Affairs of Ukraine"). A name the
// lexicon knows is left to the gazetteer.
func (d *doc) findEnglishBodies() {
	if d.lang != "en" {
		return
	}
	d.findEnRegionalPosts()
	toks := d.toks
	for h := 0; h < len(toks); h++ {
		kind := enHeads[strings.TrimSuffix(toks[h].Key, ".")]
		if kind == 0 || toks[h].Flags&text.Cap == 0 || toks[h].Flags&text.Upper != 0 && utf8.RuneCountInString(toks[h].Text) > 3 || !d.free(h, h+1) {
			continue
		}
		a, b := d.enNameBounds(h, kind)
		if a < 0 {
			continue
		}
		if d.enTitleCase(h) {
			continue // a headline in title case
		}
		if p, f := d.enKnownInside(a, b, h); f != nil {
			// The lexicon's name: taken here, before a first name in it
			// makes it a person ("German Association of Cities").
			if (f.Entry.Type == Org || f.Entry.Type == Company || f.Entry.Type == Event) && d.free(p, p+len(f.Keys)) {
				n := len(f.Keys)
				e := d.lexEntity(f.Entry)
				lemma := f.Entry.Names[f.Name].Text
				if e.matched == "" {
					e.matched = lemma
				}
				d.addSpan(span{start: toks[p].Start, end: toks[p+n-1].End, tok0: p, tok1: p + n, part: -1, typ: f.Entry.Type, ent: e, lemma: lemma})
				h = p + n - 1
			}
			continue
		}
		if !d.enSpecific(a, b, h) {
			continue
		}
		head := toks[h].Key
		if kind == enOrgHead && enMunicipalHeads[head] && b == h+1 && d.enMunicipal(a, h) {
			continue // "Lviv City Council": the municipal recognizer's
		}
		typ := Org
		switch kind {
		case enCompanyHead:
			typ = Company
			if head == "group" && d.enGroupBody(a, b) {
				typ = Org
			}
		case enEventHead:
			typ = Event
		case enOrgHead:
			if head == "bank" && !d.enPublicBank(a, b) {
				typ = Company
			}
		}
		end := b
		if typ == Event && end < len(toks) && toks[end].Flags&text.Cap == 0 && enHeads[toks[end].Key] == enEventHead && toks[end].Key != "days" && toks[end].Key != "week" && d.free(end, end+1) {
			end++ // "the Tartu Hanseatic Days festival": the kind of event is not part of its name
		}
		name := strings.TrimSuffix(d.w[toks[a].Start:toks[b-1].End], ".") // "Acme Inc.": the name without the period
		e := d.entityFor(typ+":"+slug(name), func() *entity {
			e := &entity{}
			e.Type, e.Lemma, e.Name = typ, name, name
			return e
		})
		d.addSpan(span{start: toks[a].Start, end: toks[end-1].End, tok0: a, tok1: end, part: -1, typ: typ, ent: e, lemma: name})
		if typ == Org || typ == Company {
			d.enPlacesInside(e, a, b, h)
		}
		h = end - 1
	}
	d.findEnDescribedCompanies()
	d.findEnCompaniesBeforePosts()
}

// enCompanyNouns describe a company before its name: "energy company
// DTEK", "software firm Comarch", "drone maker Skyeton".
var enCompanyNouns = map[string]bool{"company": true, "firm": true, "maker": true, "manufacturer": true, "producer": true,
	"operator": true, "carrier": true, "airline": true, "retailer": true, "lender": true, "insurer": true, "conglomerate": true,
	"startup": true, "start-up": true, "supplier": true, "provider": true, "developer": true, "giant": true, "exporter": true,
	"importer": true, "shipbuilder": true, "automaker": true, "carmaker": true, "chipmaker": true, "brewer": true}

// enDeterminers stand before a noun that is not described further.
var enDeterminers = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "its": true, "his": true,
	"her": true, "their": true, "our": true, "which": true, "whose": true, "every": true, "each": true, "any": true, "no": true}

// findEnDescribedCompanies recognizes a company the lexicon does not list
// by the description before its name: a noun such as "company", "firm" or
// "maker" with a modifier ("Ukrainian energy company DTEK", "Kraków-based
// software firm Comarch"), then one to three capitalized words.
func (d *doc) findEnDescribedCompanies() {
	toks := d.toks
	for j := 1; j+1 < len(toks); j++ {
		if !enCompanyNouns[toks[j].Key] || toks[j].Flags&text.Cap != 0 || toks[j-1].Kind != text.Word || enDeterminers[toks[j-1].Key] || d.enRoleEnds(j) {
			continue // not "software developer Ivan Petrenko": a post
		}
		a := j + 1
		b := a
		for b < len(toks) && b-a < 3 && toks[b].Kind == text.Word && toks[b].Flags&(text.Cap|text.Upper) != 0 && d.free(b, b+1) &&
			toks[b].Flags&text.NewlineBefore == 0 && !stopwords()[toks[b].Key] && !enNonName[toks[b].Key] && !courtesyTitles[toks[b].Key] && !d.enRoleAt(b) {
			if d.enAnyName(b) {
				break
			}
			b++
		}
		if b == a || b < len(toks) && toks[b].Kind == text.Word && toks[b].Flags&text.Cap != 0 {
			continue
		}
		name := d.w[toks[a].Start:toks[b-1].End]
		e := d.entityFor(Company+":"+slug(name), func() *entity {
			e := &entity{}
			e.Type, e.Lemma, e.Name = Company, name, name
			return e
		})
		d.addSpan(span{start: toks[a].Start, end: toks[b-1].End, tok0: a, tok1: b, part: -1, typ: Company, ent: e, lemma: name})
		j = b - 1
	}
}

// enCompanyPosts are the posts that only a company has.
var enCompanyPosts = map[string]bool{"role:ceo": true, "role:cfo": true, "role:coo": true, "role:cto": true,
	"role:commercial_director": true, "role:founder": true, "role:president_company": true, "role:deputy_director": true}

// findEnCompaniesBeforePosts recognizes a company the lexicon does not list
// by a company's post between it and a person's name: "Bolt CEO Markus
// Villig", "Skyeton co-founder Oleg Plokhotnyuk".
func (d *doc) findEnCompaniesBeforePosts() {
	toks := d.toks
	for r := 1; r+1 < len(toks); r++ {
		var role *lexicon.Form
		for _, f := range d.lookup(r) {
			if f.Kind == lexicon.KindName && f.Entry.Type == "role" && enCompanyPosts[f.Entry.ID] {
				role = f
				break
			}
		}
		if role == nil {
			continue
		}
		after := r + len(role.Keys)
		if after >= len(toks) || !isNameWord(toks[after]) || toks[r].Flags&text.NewlineBefore != 0 {
			continue
		}
		if d.enKnownBodyBefore(r) {
			r = after
			continue
		}
		a := r
		for a > 0 && r-a < 3 && toks[a-1].Kind == text.Word && toks[a-1].Flags&(text.Cap|text.Upper) != 0 && d.free(a-1, a) &&
			toks[a].Flags&text.NewlineBefore == 0 && !stopwords()[toks[a-1].Key] && !enNonName[toks[a-1].Key] && !courtesyTitles[toks[a-1].Key] &&
			!d.enRoleAt(a-1) && !d.enAnyName(a-1) && enHeads[toks[a-1].Key] == 0 && !enGeneric[toks[a-1].Key] {
			a--
		}
		if a == r || a > 0 && toks[a-1].Kind == text.Word && toks[a-1].Flags&text.Cap != 0 && !d.sentStart(a-1) && !enNonName[toks[a-1].Key] {
			continue // no name, or part of a longer one the lexicon knows
		}
		name := d.w[toks[a].Start:toks[r-1].End]
		e := d.entityFor(Company+":"+slug(name), func() *entity {
			e := &entity{}
			e.Type, e.Lemma, e.Name = Company, name, name
			return e
		})
		d.addSpan(span{start: toks[a].Start, end: toks[r-1].End, tok0: a, tok1: r, part: -1, typ: Company, ent: e, lemma: name})
		r = after
	}
}

// enKnownBodyBefore adds the lexicon's company or organization whose name
// ends right before token r, even one that needs context ("Bolt" before
// "CEO"), and reports whether there was one.
func (d *doc) enKnownBodyBefore(r int) bool {
	for s := r - 1; s >= 0 && s >= r-4; s-- {
		for _, f := range d.lookup(s) {
			if f.Kind != lexicon.KindName || f.Entry.Type != Company && f.Entry.Type != Org || s+len(f.Keys) != r || !d.free(s, r) {
				continue
			}
			e := d.lexEntity(f.Entry)
			lemma := f.Entry.Names[f.Name].Text
			if e.matched == "" {
				e.matched = lemma
			}
			d.addSpan(span{start: d.toks[s].Start, end: d.toks[r-1].End, tok0: s, tok1: r, part: -1, typ: f.Entry.Type, ent: e, lemma: lemma})
			return true
		}
	}
	return false
}

// enAnyName reports whether token i begins a name the lexicon knows (of any
// kind, first names included) or an adjective of a country.
func (d *doc) enAnyName(i int) bool {
	for _, f := range d.lookup(i) {
		if f.Kind == lexicon.KindName || f.Kind == lexicon.KindAdjective {
			return true
		}
	}
	return false
}

// findEnRegionalPosts reads a city's name before "regional" and a post as
// the name of its region: "Lviv regional governor Maksym Kozytskyi" is the
// governor of the Lviv region, not of the city.
func (d *doc) findEnRegionalPosts() {
	toks := d.toks
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Flags&text.Cap == 0 || !d.free(i, i+1) {
			continue
		}
		var city *lexicon.Form
		for _, f := range d.lookup(i) {
			if f.Kind == lexicon.KindName && f.Entry.Type == City && !f.Entry.Names[f.Name].Ctx && (city == nil || len(f.Keys) > len(city.Keys)) {
				city = f
			}
		}
		if city == nil {
			continue
		}
		j := i + len(city.Keys)
		if j+1 >= len(toks) || toks[j].Key != "regional" || !d.free(i, j) || !(d.enRoleAt(j) || d.enRoleAt(j+1)) {
			continue
		}
		region := d.x.lex.Resolve(d.w[toks[i].Start:toks[j-1].End]+" region", Region)
		if region == nil || region.Type != Region {
			continue
		}
		d.addSpan(span{start: toks[i].Start, end: toks[j-1].End, tok0: i, tok1: j, part: -1, typ: Region, ent: d.lexEntity(region)})
		i = j
	}
}

// enTitleCase reports whether the sentence of token i is a headline in
// title case, where capitals do not mark names: a function word inside it
// is capitalized ("... Praise Budget For Regional Agency"), or nearly
// every word is.
func (d *doc) enTitleCase(i int) bool {
	s := d.sentenceOf(i)
	words, lowerWords := 0, 0
	for k := s.First; k < s.Last && k < len(d.toks); k++ {
		t := d.toks[k]
		if t.Kind != text.Word {
			continue
		}
		words++
		if t.Flags&text.Cap == 0 {
			lowerWords++
			continue
		}
		if k > s.First && !d.sentStart(k) && enFunctionWords[t.Key] {
			return true
		}
	}
	return words >= 5 && lowerWords <= 1
}

// enFunctionWords are written in lower case inside an English sentence,
// except in titles.
var enFunctionWords = map[string]bool{"for": true, "and": true, "in": true, "to": true, "with": true, "from": true, "by": true,
	"at": true, "is": true, "are": true, "was": true, "will": true, "after": true, "over": true, "into": true, "as": true}

// enNameBounds returns the tokens [a, b) of the name around the head at h,
// or a < 0 when there is none: capitalized words before the head, and
// complements after "of", "for", "on" made of capitalized words (joined by
// "and" or "&" when no other name begins there).
func (d *doc) enNameBounds(h int, kind enHeadKind) (int, int) {
	toks := d.toks
	a := h
	joined := false
	for a > 0 && h-a < 5 && d.free(a-1, a) && toks[a].Flags&text.NewlineBefore == 0 {
		p := a - 1
		if toks[p].Text == "&" && p > 0 && d.enCapWord(p-1) && d.free(p-1, p) {
			a = p - 1
			continue
		}
		if toks[p].Key == "and" && !joined && toks[p].Flags&text.Cap == 0 && h-p <= 3 && d.enPlainCap(p-1) && d.enPlainCap(p+1) && d.free(p-1, p) {
			// "Polish Investment and Trade Agency", "Research and
			// Development Centre": two common words joined before the head.
			a, joined = p-1, true
			continue
		}
		if enConnectors[toks[p].Key] && toks[p].Flags&text.Cap == 0 && kind == enEventHead && a < h && p > 0 && d.enCapWord(p-1) &&
			!d.enRoleAt(p-1) && d.free(p-1, p) && !d.sentStart(p-1) {
			// "the Mayors for Ukraine Summit", "the Cities of Tomorrow
			// Forum": a phrase with "for" or "of" before an event's head.
			a = p - 1
			continue
		}
		if !d.enCapWord(p) || d.enRoleAt(p) || toks[p].Kind != text.Word {
			break
		}
		if toks[p].Flags&text.Upper != 0 && d.enRoleAt(p) {
			break
		}
		a = p
	}
	// A name does not begin with a post ("President Biden Foundation") or
	// a common word ("Yesterday").
	for a < h && (d.enRoleAt(a) || stopwords()[d.toks[a].Key]) {
		a++
	}
	b := h + 1
	if kind != enCompanyHead {
		for b+1 < len(toks) && enConnectors[toks[b].Key] && toks[b].Flags&text.NewlineBefore == 0 {
			k := b + 1
			if toks[k].Key == "the" && toks[k].Flags&text.Cap == 0 {
				k++
			}
			e := d.enCapRun(k)
			if e == k {
				break
			}
			b = e
		}
	}
	if a == h && b == h+1 {
		return -1, -1 // a head word alone
	}
	return a, b
}

// enPlainCap reports whether token i is a capitalized common word that
// the lexicon does not know as a name (a place, a body, a person, a first
// name): "Investment", "Trade", "Research".
func (d *doc) enPlainCap(i int) bool {
	if !d.enCapWord(i) || d.toks[i].Kind != text.Word || d.toks[i].Flags&text.Upper != 0 && len(d.toks[i].Text) > 1 {
		return false
	}
	for _, f := range d.lookup(i) {
		if f.Kind == lexicon.KindName || f.Kind == lexicon.KindAdjective {
			return false
		}
	}
	return true
}

// enCapRun returns the end of a run of capitalized words from token k,
// joined by "and" or "&" when what follows is not a name of its own.
func (d *doc) enCapRun(k int) int {
	toks := d.toks
	e := k
	for e < len(toks) && e-k < 8 && d.free(e, e+1) && toks[e].Flags&text.NewlineBefore == 0 {
		if d.enCapWord(e) && toks[e].Kind == text.Word {
			e++
			continue
		}
		if (toks[e].Key == "and" || toks[e].Text == "&") && e > k && e+1 < len(toks) && d.enCapWord(e+1) {
			// "Chamber of Commerce and Industry", not "the Union of
			// Polish Metropolises and the Association ...", nor "... and
			// Eurocities Forum".
			f := e + 1
			for f < len(toks) && d.enCapWord(f) && d.free(f, f+1) {
				f++
			}
			second := false
			for g := e + 1; g < f; g++ {
				if enHeads[toks[g].Key] != 0 {
					second = true
				}
			}
			if second || f < len(toks) && enConnectors[toks[f].Key] {
				break
			}
			e = f
			continue
		}
		break
	}
	return e
}

// enKnownInside returns the lexicon name of an entity that begins at a
// token p in [a, h] and reaches b or beyond, in more than one word or from
// the name's first word, nil if there is none. ("University" and "Summit"
// alone are also towns somewhere; a name inside a complement, "Foreign
// Affairs" in "Ministry of Foreign Affairs", is only part of it.)
func (d *doc) enKnownInside(a, b, h int) (int, *lexicon.Form) {
	for p := a; p <= h && p < b; p++ {
		var best *lexicon.Form
		for _, f := range d.lookup(p) {
			if f.Kind != lexicon.KindName || !outputType(f.Entry.Type) || f.Entry.Type == Person {
				continue
			}
			if p+len(f.Keys) >= b && (p == a || len(f.Keys) > 1) && (best == nil || len(f.Keys) > len(best.Keys)) {
				best = f
			}
		}
		if best != nil {
			return p, best
		}
	}
	return -1, nil
}

// enSpecific reports whether the words [a, b) other than the head at h
// hold one that makes the name specific: not a generic word, not a head.
func (d *doc) enSpecific(a, b, h int) bool {
	for k := a; k < b; k++ {
		t := d.toks[k]
		if k == h || t.Kind != text.Word || t.Flags&text.Cap == 0 || enConnectors[t.Key] {
			continue
		}
		if !enGeneric[t.Key] && enHeads[t.Key] == 0 {
			return true
		}
	}
	return false
}

// enMunicipal reports whether the words [a, h) before a council's head are
// a place and generic words with "City" or "Town" among them ("Lviv City
// Council", "Brighton Town Hall").
func (d *doc) enMunicipal(a, h int) bool {
	city := false
	for k := a; k < h; k++ {
		switch d.toks[k].Key {
		case "city", "town", "village", "municipal":
			city = true
		}
	}
	if !city {
		return false
	}
	for k := a; k < h; k++ {
		if enGeneric[d.toks[k].Key] {
			continue
		}
		place := false
		for _, f := range d.lookup(k) {
			if f.Kind == lexicon.KindName && (f.Entry.Type == City || f.Entry.Type == Region) {
				place = true
			}
		}
		if !place {
			return false
		}
	}
	return true
}

// enGroupBody reports whether an "X Group" is a body of states or a
// working group rather than a company.
func (d *doc) enGroupBody(a, b int) bool {
	for k := a; k < b; k++ {
		if enGroupOrgWords[d.toks[k].Key] {
			return true
		}
		for _, f := range d.lookup(k) {
			if f.Kind == lexicon.KindName && (f.Entry.Type == Country || f.Entry.Type == Region) || f.Kind == lexicon.KindAdjective {
				return true
			}
		}
	}
	return false
}

// enPublicBank reports whether a bank's name marks a public or
// international bank ("European Investment Bank", "National Bank of
// Ukraine") rather than a commercial one.
func (d *doc) enPublicBank(a, b int) bool {
	for k := a; k < b; k++ {
		switch d.toks[k].Key {
		case "national", "central", "investment", "development", "reconstruction", "world", "european", "asian", "international", "reserve", "federal", "state", "people's":
			return true
		}
	}
	return false
}

// enPlacesInside adds the mentions of the places a body's name holds by
// their own names ("Lviv Chamber of Commerce", "Ministry of Foreign
// Affairs of Ukraine"), and, for a state's body, that it is in the
// country named in it, by name or adjective.
func (d *doc) enPlacesInside(e *entity, a, b, h int) {
	toks := d.toks
	for k := a; k < b; k++ {
		if k == h || toks[k].Kind != text.Word || toks[k].Flags&text.Cap == 0 {
			continue
		}
		forms := d.lookup(k)
		var place *lexicon.Entry
		adj := false
		n := 1
		for _, f := range forms {
			if f.Kind == lexicon.KindName && (f.Entry.Type == City || f.Entry.Type == Country || f.Entry.Type == Region && k > h) && k+len(f.Keys) <= b && !f.Entry.Names[f.Name].Ctx {
				if place == nil || len(f.Keys) > n {
					place, n = f.Entry, len(f.Keys)
				}
			}
		}
		if place == nil {
			for _, f := range forms {
				if f.Kind == lexicon.KindAdjective && f.Entry.Type == Country && len(f.Keys) == 1 {
					place, adj = f.Entry, true
					break
				}
			}
		}
		if place == nil {
			continue
		}
		pe := d.lexEntity(place)
		if c := place.Attrs["iso2"]; c != "" && e.Attrs["country"] == "" {
			e.Attrs["country"] = c
		} else if c := place.Attrs["country"]; c != "" && e.Attrs["country"] == "" {
			e.Attrs["country"] = c
		}
		if !adj {
			d.addSpan(span{start: toks[k].Start, end: toks[k+n-1].End, tok0: k, tok1: k + n, part: -1, typ: place.Type, ent: pe})
		}
		if place.Type == Country && enStateHeads[toks[h].Key] && (adj && k == a && d.enNamedAnywhere(place) || !adj && k+n == b) {
			d.addRelation(Relation{Type: "located_in", Args: map[string]string{"subject": e.ID, "place": pe.ID},
				Status: Established, Attrs: map[string]string{}, Evidence: d.evidence(d.base+toks[a].Start, d.base+toks[b-1].End), Rule: "en.name.body_of_country"})
		}
		k += n - 1
	}
}

// enNamedAnywhere reports whether the text names the place by one of its
// names somewhere (not only by an adjective), so that a relation to it has
// a mention to point to.
func (d *doc) enNamedAnywhere(place *lexicon.Entry) bool {
	for k := range d.toks {
		if d.skip[k] || d.toks[k].Flags&text.Cap == 0 {
			continue
		}
		for _, f := range d.lookup(k) {
			if f.Kind == lexicon.KindName && f.Entry == place {
				return true
			}
		}
	}
	return false
}

// koreanSurnames are the common Korean family names as romanized in news.
var koreanSurnames = map[string]bool{"kim": true, "lee": true, "park": true, "choi": true, "jung": true, "jeong": true, "kang": true,
	"cho": true, "yoon": true, "yun": true, "jang": true, "lim": true, "han": true, "oh": true, "seo": true, "shin": true, "kwon": true,
	"hwang": true, "ahn": true, "song": true, "yoo": true, "hong": true, "moon": true, "ko": true, "bae": true, "baek": true, "heo": true,
	"nam": true, "ryu": true, "roh": true, "ban": true, "chung": true, "choo": true, "yang": true, "jeon": true, "chun": true, "won": true}

// chineseSurnames are common Chinese family names in pinyin.
var chineseSurnames = map[string]bool{"wang": true, "li": true, "zhang": true, "liu": true, "chen": true, "yang": true, "huang": true,
	"zhao": true, "wu": true, "zhou": true, "xu": true, "sun": true, "ma": true, "zhu": true, "hu": true, "guo": true, "he": true,
	"gao": true, "lin": true, "luo": true, "zheng": true, "liang": true, "xie": true, "song": true, "tang": true, "han": true,
	"feng": true, "deng": true, "cao": true, "peng": true, "zeng": true, "xiao": true, "tian": true, "dong": true, "pan": true,
	"yuan": true, "cai": true, "jiang": true, "yu": true, "du": true, "ye": true, "cheng": true, "wei": true, "su": true, "lu": true,
	"ding": true, "ren": true, "shen": true, "yao": true, "qin": true, "fu": true, "xi": true, "bo": true, "qian": true, "fan": true}

// courtesyTitles precede a person's name in English news.
var courtesyTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true, "dame": true, "prof": true, "madam": true, "mx": true}

// findEnglishPersons recognizes English-text names of shapes the
// first-name list cannot cover: Korean "Surname Given-name" ("Park
// Sung-ho", "Moon Jae-in"); Chinese "Surname Givenname" after a post or a
// courtesy title ("Premier Li Qiang", "Mr Wang Yi"); and two or three
// capitalized words whose first word the first-name list does not know, in
// a person's place: after a courtesy title ("Ms Aino-Kaisa Pekonen"), after
// a post ("Izmir Mayor Cemil Tugay", "Ambassador of Japan to Ukraine
// Masashi Nakagome"), before an apposition with a post ("Kwame Boateng,
// the mayor of Accra") or as the subject or object of a verb of speaking
// ("said Cemil Tugay", "Cemil Tugay told reporters").
func (d *doc) findEnglishPersons() {
	if d.lang != "en" {
		return
	}
	toks := d.toks
	for i := 0; i+1 < len(toks); i++ {
		if n := d.enEnvoyTo(i); n > 0 {
			i += n - 1
			continue
		}
		if !isNameWord(toks[i]) || !d.free(i, i+2) || toks[i+1].Flags&text.SpaceBefore == 0 || toks[i+1].Flags&text.NewlineBefore != 0 {
			continue
		}
		k := toks[i].Key
		if d.enKnownPerson(i) {
			continue // "Moon Jae-in", "Xi Jinping": the lexicon's
		}
		titled := d.enTitleBefore(i)
		switch {
		case koreanSurnames[k] && koreanGiven(toks[i+1].Text):
			d.enAddPerson(i, i+2)
			i++
		case chineseSurnames[k] && titled && pinyinGiven(toks[i+1].Text) && !d.enLexiconWord(i+1):
			d.enAddPerson(i, i+2)
			i++
		case firstNameForm(d.lookup(i)) == nil:
			n := d.enNameRun(i)
			if n < 2 || i+n < len(toks) && isNameWord(toks[i+n]) && toks[i+n].Flags&text.SpaceBefore != 0 {
				continue
			}
			if titled && d.enTitleEnds(i) || d.enPostBefore(i) || d.enSpeakerAround(i, i+n) {
				d.enAddPerson(i, i+n)
				i += n - 1
			}
		}
	}
}

// enNameRun returns how many words from token i (up to 3) may be the words
// of a person's name: capitalized, free, not common words, not heads or
// generic words of bodies' names, not posts, not the lexicon's places or
// bodies.
func (d *doc) enNameRun(i int) int {
	toks := d.toks
	n := 0
	for n < 3 && i+n < len(toks) {
		j := i + n
		t := toks[j]
		if !isNameWord(t) || !d.free(j, j+1) || stopwords()[t.Key] || enHeads[t.Key] != 0 || enGeneric[t.Key] || enNonName[t.Key] ||
			courtesyTitles[t.Key] || d.enLexiconWord(j) || d.enRoleAt(j) || d.enRegionWord(j) {
			break
		}
		if n > 0 && (t.Flags&text.SpaceBefore == 0 || t.Flags&text.NewlineBefore != 0) {
			break
		}
		n++
	}
	return n
}

// enRegionWord reports whether token i begins the lexicon name of a region
// or a country.
func (d *doc) enRegionWord(i int) bool {
	for _, f := range d.lookup(i) {
		if f.Kind == lexicon.KindName && (f.Entry.Type == Region || f.Entry.Type == Country) {
			return true
		}
	}
	return false
}

// enPostBefore reports whether a post from the lexicon ends right before
// token i, or before the countries or cities it is held in or accredited
// to ("Ambassador of Japan to Ukraine", "Mayor of Accra").
func (d *doc) enPostBefore(i int) bool {
	p := i - 1
	for hops := 0; hops < 3 && p > 1; hops++ {
		if d.enRoleEnds(p) {
			return true
		}
		// a place name of one to three words, after "of", "to" or "in"
		found := false
		for s := p; s >= 1 && s > p-3; s-- {
			switch d.toks[s-1].Key {
			case "of", "to", "in":
			default:
				continue
			}
			for _, f := range d.lookup(s) {
				if f.Kind == lexicon.KindName && s+len(f.Keys) == p+1 && (f.Entry.Type == Country || f.Entry.Type == City || f.Entry.Type == Region) {
					found = true
				}
			}
			if found {
				p = s - 2
				if p >= 0 && d.toks[p].Key == "the" {
					p--
				}
				break
			}
		}
		if !found {
			return false
		}
	}
	return p >= 0 && d.enRoleEnds(p)
}

// enRoleEnds reports whether a post from the lexicon ends at token p.
func (d *doc) enRoleEnds(p int) bool {
	for s := p; s >= 0 && s > p-4; s-- {
		for _, f := range d.lookup(s) {
			if f.Kind == lexicon.KindName && f.Entry.Type == "role" && s+len(f.Keys) == p+1 {
				return true
			}
		}
	}
	return false
}

// enSpeechVerbs report speech after a speaker's name ("Cemil Tugay told
// reporters") or before it ("said Cemil Tugay"; not "told": the listener
// follows it).
var enSpeechVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "stressed": true, "noted": true,
	"explained": true, "stated": true, "emphasised": true, "emphasized": true, "announced": true, "tells": true, "adds": true}

// enNotNameWords are capitalized words that name bodies, media or groups,
// not people: "Human Rights Watch said", "Emergency Services said".
var enNotNameWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`rights watch news times post press media radio television tv journal herald daily weekly gazette
		tribune observer guardian telegraph express mail review services authorities forces officials ministries agencies
		police army navy guard border customs railways airport station channel online today reports insider monitor`) {
		m[w] = true
	}
	return m
}()

// enSpeakerAround reports whether the words [i, j) stand where a speaker's
// name does: after a verb of speaking ("..., said Cemil Tugay"); right
// after a quote, before a verb of speaking ("\"...,\" Cemil Tugay told
// reporters"); or before an apposition with a post ("Cemil Tugay, the
// mayor of Izmir").
func (d *doc) enSpeakerAround(i, j int) bool {
	toks := d.toks
	for k := i; k < j; k++ {
		if enNotNameWords[toks[k].Key] {
			return false
		}
	}
	if i > 0 && enSpeechVerbs[toks[i-1].Key] && toks[i-1].Key != "told" && toks[i-1].Key != "tells" {
		return true
	}
	p := i - 1
	if p >= 0 && toks[p].Key == "," {
		p--
	}
	if p >= 0 && toks[p].Key == "\"" && j < len(toks) && enSpeechVerbs[toks[j].Key] {
		return true
	}
	if j+1 < len(toks) && toks[j].Key == "," {
		k := j + 1
		if toks[k].Key == "the" || toks[k].Key == "a" {
			k++
		}
		for k < len(toks) && k < j+5 && d.cover[k] != 0 && d.spans[d.cover[k]-1].typ != "role" {
			k++ // "Cemil Tugay, Izmir's mayor": the place before the post
		}
		return k < len(toks) && d.enRoleAt(k)
	}
	return false
}

// enKnownPerson reports whether the lexicon knows a person by a name of
// two or more words beginning at token i.
func (d *doc) enKnownPerson(i int) bool {
	for _, f := range d.lookup(i) {
		if f.Kind == lexicon.KindName && f.Entry.Type == Person && len(f.Keys) >= 2 {
			return true
		}
	}
	return false
}

// enEnvoyTo reads "Ambassador to Denmark" at token i as one post, so
// that the country the envoy serves stands before it as the post's
// organization: "Ukrainian Ambassador to Denmark Olha Kovalenko". The
// host country stays a mention of its own. It returns the number of
// tokens used.
func (d *doc) enEnvoyTo(i int) int {
	toks := d.toks
	var role *lexicon.Form
	for _, f := range d.lookup(i) {
		if f.Kind == lexicon.KindName && f.Entry.Type == "role" && (f.Entry.ID == "role:ambassador" || f.Entry.ID == "role:consul" || f.Entry.ID == "role:consul_general") {
			role = f
			break
		}
	}
	if role == nil {
		return 0
	}
	j := i + len(role.Keys)
	if j+1 >= len(toks) || toks[j].Key != "to" || !d.free(i, j+1) {
		return 0
	}
	var host *lexicon.Form
	for _, f := range d.lookup(j + 1) {
		if f.Kind == lexicon.KindName && f.Entry.Type == Country && (host == nil || len(f.Keys) > len(host.Keys)) {
			host = f
		}
	}
	if host == nil {
		return 0
	}
	end := j + 1 + len(host.Keys)
	if !d.free(j+1, end) || end >= len(toks) || !isNameWord(toks[end]) {
		return 0 // only right before the envoy's name
	}
	d.addSpan(span{start: toks[i].Start, end: toks[end-1].End, tok0: i, tok1: end, part: -1, typ: "role", role: d.roleLemma(role),
		former: i > 0 && formerWords[toks[i-1].Key]})
	d.addSpan(span{start: toks[j+1].Start, end: toks[end-1].End, tok0: j + 1, tok1: end, part: -1, typ: Country, ent: d.lexEntity(host.Entry)})
	return end - i
}

// enTitleBefore reports whether a courtesy title or a post from the
// lexicon ends right before token i.
func (d *doc) enTitleBefore(i int) bool {
	if i == 0 {
		return false
	}
	p := i - 1
	if d.toks[p].Text == "." && p > 0 {
		p-- // "Mr." and "Dr."
	}
	if courtesyTitles[d.toks[p].Key] {
		return true
	}
	for s := p; s >= 0 && s > p-4; s-- {
		for _, f := range d.lookup(s) {
			if f.Kind == lexicon.KindName && f.Entry.Type == "role" && s+len(f.Keys) == p+1 {
				return true
			}
		}
	}
	return false
}

// enTitleEnds reports whether the title before token i is a courtesy
// title ("Mr", "Ms"), not a post: after a post, names are the other
// recognizers'.
func (d *doc) enTitleEnds(i int) bool {
	p := i - 1
	if d.toks[p].Text == "." && p > 0 {
		p--
	}
	return courtesyTitles[d.toks[p].Key]
}

// enLexiconWord reports whether token i begins a lexicon name other than a
// person's, a first name's or a small place's.
func (d *doc) enLexiconWord(i int) bool {
	for _, f := range d.lookup(i) {
		if f.Kind != lexicon.KindName {
			continue
		}
		switch f.Entry.Type {
		case Person, "firstname":
		case City, Region:
			if len(f.Entry.Attrs["pop"]) > 5 {
				return true // a place of 100,000 people or more
			}
		default:
			return true
		}
	}
	return false
}

// enAddPerson adds the person named by tokens [i, j) as written.
func (d *doc) enAddPerson(i, j int) {
	toks := d.toks
	name := d.w[toks[i].Start:toks[j-1].End]
	e := d.entityFor("person:"+looseKey(name), func() *entity {
		e := &entity{surname: toks[j-1].Text}
		e.Type, e.Lemma, e.Name = Person, name, name
		return e
	})
	si := d.addSpan(span{start: toks[i].Start, end: toks[j-1].End, tok0: i, tok1: j, part: -1, typ: Person, ent: e, lemma: name})
	d.persons = append(d.persons, si)
}

// koreanGiven reports whether w has the shape of a romanized Korean given
// name: two syllables joined by a hyphen, the second in lower case
// ("Sung-ho", "Jae-in", "Geun-hye").
func koreanGiven(w string) bool {
	first, second, ok := strings.Cut(w, "-")
	if !ok || strings.Contains(second, "-") {
		return false
	}
	return latinSyllable(first, true) && latinSyllable(second, false)
}

// latinSyllable reports whether s is 1-6 ASCII letters, the first a
// capital when cap is set, the rest in lower case.
func latinSyllable(s string, cap bool) bool {
	if len(s) < 1 || len(s) > 6 {
		return false
	}
	for k, r := range s {
		if r > unicode.MaxASCII || !unicode.IsLetter(r) {
			return false
		}
		if unicode.IsUpper(r) != (k == 0 && cap) {
			return false
		}
	}
	return true
}

// pinyinGiven reports whether w has the shape of a Chinese given name in
// pinyin: a capitalized ASCII word of 2-9 letters that ends like a pinyin
// syllable ("Qiang", "Jinping", "Yi").
func pinyinGiven(w string) bool {
	if len(w) < 2 || len(w) > 9 || !latinSyllable(w[:1], true) {
		return false
	}
	for _, r := range w[1:] {
		if r > unicode.MaxASCII || !unicode.IsLower(r) {
			return false
		}
	}
	lw := strings.ToLower(w)
	return hasSuffixAny(lw, []string{"a", "e", "i", "o", "u", "n", "ng", "r"})
}

// enPlaceElsewhere reports whether the word at token i, a small place's
// English name at the start of a sentence, is read as that place elsewhere
// in the window: after a place cue and not followed by a name ("... in
// Hostomel"). Then the sentence's first word is the place too.
func (d *doc) enPlaceElsewhere(i int) bool {
	k := d.toks[i].Key
	for j, t := range d.toks {
		if j != i && t.Key == k && t.Flags&text.Cap != 0 && !d.sentStart(j) && d.context(j, 1) {
			return true
		}
	}
	return false
}
