package extract

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/factum-nlp/factum/internal/morph"
	"github.com/factum-nlp/factum/internal/text"
	"github.com/factum-nlp/factum/lexicon"
)

// Recognizers for names the lexicon cannot list: regional and municipal
// bodies named by an adjective ("Чернігівської міської ради"), unknown
// abbreviations of organizations (ОДА, НТШ), people named by a first name
// alone or by a post and a surname ("міністр Кулеба").

// bodyHead is the noun phrase of a council or administration that follows
// a place adjective: "міська рада", "облдержадміністрація", "городская дума".
type bodyHead struct {
	keys  []string
	lemma string
	fem   bool
}

var (
	bodyOnce  sync.Once
	bodyHeads map[string][]bodyHead
)

func loadBodies() {
	bodyHeads = map[string][]bodyHead{}
	for _, h := range []struct {
		lang, phrase string
		fem          bool
	}{
		{"uk", "міська рада", true}, {"uk", "обласна рада", true}, {"uk", "районна рада", true},
		{"uk", "селищна рада", true}, {"uk", "сільська рада", true}, {"uk", "міськрада", true},
		{"uk", "облрада", true}, {"uk", "райрада", true}, {"uk", "міська державна адміністрація", true},
		{"uk", "обласна державна адміністрація", true}, {"uk", "районна державна адміністрація", true},
		{"uk", "обласна військова адміністрація", true}, {"uk", "міська військова адміністрація", true},
		{"uk", "районна військова адміністрація", true}, {"uk", "облдержадміністрація", true},
		{"uk", "райдержадміністрація", true}, {"uk", "ОДА", true}, {"uk", "РДА", true}, {"uk", "ОВА", true},
		{"uk", "МВА", true}, {"uk", "міськвиконком", false}, {"uk", "міська адміністрація", true},
		{"uk", "територіальна громада", true}, {"uk", "районний суд", false}, {"uk", "міськрайонний суд", false},
		{"uk", "окружний адміністративний суд", false}, {"uk", "апеляційний суд", false}, {"uk", "обласна прокуратура", true},
		{"uk", "національний університет", false}, {"uk", "державний університет", false}, {"uk", "університет", false},
		{"ru", "городская дума", true}, {"ru", "областная дума", true}, {"ru", "городской совет", false},
		{"ru", "областной совет", false}, {"ru", "районный совет", false}, {"ru", "областная администрация", true},
		{"ru", "районная администрация", true}, {"ru", "городская администрация", true}, {"ru", "горсовет", false},
		{"ru", "облсовет", false}, {"ru", "райсовет", false}, {"ru", "облдума", true}, {"ru", "гордума", true},
		{"ru", "законодательное собрание", false}, {"ru", "районный суд", false}, {"ru", "городской суд", false},
		{"ru", "областной суд", false}, {"ru", "государственный университет", false}, {"ru", "университет", false},
		{"ru", "горисполком", false}, {"ru", "облисполком", false}, {"ru", "райисполком", false},
		{"ru", "городской исполнительный комитет", false}, {"ru", "областной исполнительный комитет", false},
		{"uk", "міськвиконком", false}, {"uk", "облвиконком", false}, {"uk", "райвиконком", false},
	} {
		forms := []string{h.phrase}
		if !isAbbrev(h.phrase) {
			forms = morph.PhraseForms(h.lang, h.phrase, morph.Unknown)
		}
		for _, f := range forms {
			keys := strings.Fields(text.Key(f))
			bodyHeads[keys[0]] = append(bodyHeads[keys[0]], bodyHead{keys: keys, lemma: h.phrase, fem: h.fem})
		}
	}
}

// adjEndings are the case endings of Ukrainian and Russian adjectives,
// longest first.
var adjEndings = []string{"ого", "ому", "ими", "ою", "ої", "ій", "ий", "ім", "им", "а", "у", "е", "і",
	"ая", "ой", "ую", "ее", "ые", "ым", "ом", "ых", "ый", "ей"}

// placeAdjective reports whether w looks like an adjective made from a
// place name ("Чернігівської", "Свердловской", "Кировского") and returns
// its stem without the case ending.
func placeAdjective(w string) (string, bool) {
	if !mayBePlaceAdjective(w) {
		return "", false
	}
	var buf, sbuf [32]byte
	lw := string(appendLower(buf[:0], w))
	for _, e := range adjEndings {
		if !strings.HasSuffix(lw, e) {
			continue
		}
		stem := w[:len(w)-len(e)]
		ls := string(appendLower(sbuf[:0], stem))
		if strings.HasSuffix(ls, "ськ") || strings.HasSuffix(ls, "цьк") || strings.HasSuffix(ls, "зьк") ||
			strings.HasSuffix(ls, "ск") || strings.HasSuffix(ls, "цк") || strings.HasSuffix(ls, "зк") || strings.HasSuffix(ls, "ськ") {
			return stem, utf8.RuneCountInString(stem) >= 4
		}
	}
	return "", false
}

// findBodies recognizes "<Place-adjective> <council|administration|court>"
// in any case form and names it in nominative: "Запорізької обласної ради"
// → org "Запорізька обласна рада".
func (d *doc) findBodies() {
	if d.lang != "uk" && d.lang != "ru" {
		return
	}
	bodyOnce.Do(loadBodies)
	toks := d.toks
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		if t.Kind != text.Word || t.Flags&text.Cap == 0 || t.Flags&text.Upper != 0 {
			continue
		}
		stem, ok := placeAdjective(t.Text)
		if !ok || d.lexiconNameAt(i) {
			continue
		}
		if d.institution(i, stem) {
			continue
		}
		for _, h := range bodyHeads[toks[i+1].Key] {
			n := len(h.keys)
			if i+1+n > len(toks) || !d.free(i, i+1+n) {
				continue
			}
			match := true
			for k := 1; k < n; k++ {
				if toks[i+1+k].Key != h.keys[k] {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			end := "ий"
			if h.fem {
				end = "а"
				if d.lang == "ru" {
					end = "ая"
				}
			} else if d.lang == "ru" && !strings.HasSuffix(strings.ToLower(stem), "к") {
				end = "ый"
			}
			lemma := stem + end + " " + h.lemma
			last := i + n
			// "Печерського районного суду м. Києва": the city belongs to the name.
			if k := last + 1; k+1 < len(toks) && cityWords[toks[k].Key] && d.free(k, k+2) {
				for _, f := range d.lookup(k + 1) {
					if f.Kind == lexicon.KindName && f.Entry.Type == City && len(f.Keys) == 1 {
						last = k + 1
						lemma += " " + d.w[toks[k].Start:toks[last].End]
						break
					}
				}
			}
			e := d.entityFor("org:"+slug(Translit(d.lang, lemma)), func() *entity {
				e := &entity{}
				e.Type, e.Lemma, e.Name = Org, lemma, Translit(d.lang, lemma)
				return e
			})
			d.addSpan(span{start: t.Start, end: toks[last].End, tok0: i, tok1: last + 1, part: -1, typ: Org, ent: e})
			i = last
			break
		}
	}
}

// abbrevOrg recognizes an unknown abbreviation in capitals (НТШ, ВГСУ,
// ОСББ) as an organization, unless it is a common abbreviation that names
// no organization (ЗМІ, ДТП) or the text around it is in capitals too.
func (d *doc) abbrevOrg(i int) bool {
	t := d.toks[i]
	if t.Kind != text.Word || t.Flags&text.Upper == 0 || !d.free(i, i+1) {
		return false
	}
	n, cyr := 0, true
	for _, r := range t.Text {
		n++
		if !unicode.Is(unicode.Cyrillic, r) {
			cyr = false
		}
	}
	if n < 2 || n > 6 || !cyr || romanNumeral(t.Text) || stopwords()[t.Key] {
		return false
	}
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(d.toks) && d.toks[j].Kind == text.Word && d.toks[j].Flags&text.Upper != 0 && utf8.RuneCountInString(d.toks[j].Text) > 3 {
			return false // a headline or a shout in capitals
		}
	}
	e := d.entityFor("org:"+slug(Translit(d.lang, t.Text)), func() *entity {
		e := &entity{}
		e.Type, e.Lemma, e.Name = Org, t.Text, strings.ToUpper(Translit(d.lang, t.Text))
		return e
	})
	d.addSpan(span{start: t.Start, end: t.End, tok0: i, tok1: i + 1, part: -1, typ: Org, ent: e})
	return true
}

func romanNumeral(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune("IVXLCDMІХ", r) {
			return false
		}
	}
	return true
}

// firstNameForm returns the first-name form among forms, if any. A form
// that is one name's nominative and another's oblique case ("Олеся" is
// Олеся, and Олесь in the genitive) is read as the nominative.
func firstNameForm(forms []*lexicon.Form) *lexicon.Form {
	var first *lexicon.Form
	for _, f := range forms {
		if f.Kind == lexicon.KindName && f.Entry.Type == "firstname" && len(f.Keys) == 1 {
			if f.Case == morph.Nom {
				return f
			}
			if first == nil {
				first = f
			}
		}
	}
	return first
}

// findFirstNamesAlone adds people named by a first name alone ("Марина",
// "сказав Віталій"): the person of the document with that first name when
// there is exactly one, else a person known by the first name only.
func (d *doc) findFirstNamesAlone() {
	byFirst := map[string][]*entity{}
	for _, e := range d.ents {
		if e.Type == Person && e.firstID != "" {
			byFirst[e.firstID] = append(byFirst[e.firstID], e)
		}
	}
	for i, t := range d.toks {
		if !isNameWord(t) || !d.free(i, i+1) || stopwords()[t.Key] || d.afterStreetWord(i) {
			continue
		}
		f := firstNameForm(d.lookup(i))
		if f == nil || f.Entry.Names[f.Name].Ctx && !d.ctxFirstName(i, f) {
			continue
		}
		var e *entity
		if ps := byFirst[f.Entry.ID]; len(ps) == 1 {
			e = ps[0]
		} else {
			nom := f.Entry.Names[f.Name].Text
			e = d.entityFor("person:"+strings.TrimPrefix(f.Entry.ID, "fn:"), func() *entity {
				e := &entity{firstID: f.Entry.ID}
				e.Type, e.Lemma, e.Name = Person, nom, Translit(d.lang, nom)
				if f.Entry.Attrs["gender"] == "f" {
					e.gender = morph.Fem
				}
				return e
			})
		}
		si := d.addSpan(span{start: t.Start, end: t.End, tok0: i, tok1: i + 1, part: -1, typ: Person, ent: e, lemma: f.Entry.Names[f.Name].Text})
		d.persons = append(d.persons, si)
	}
}

// findRoleSurnames adds people named after a post, with or without the
// post's organization, by a surname or by a name the first-name list does
// not know: "міністр Кулеба", "мэра Собянина", "Mayor Klitschko",
// "председатель КНР Ху Цзиньтао", "губернатор Калифорнии Гэвин Ньюсом".
func (d *doc) findRoleSurnames() {
	for si := 0; si < len(d.spans); si++ {
		s := d.spans[si]
		if s.typ != "role" || s.part >= 0 {
			continue
		}
		i := s.tok1
		withOrg := false
		if i < len(d.toks) {
			if c := d.cover[i]; c != 0 {
				switch o := d.spans[c-1]; o.typ {
				case Org, Company, City, Country, Region:
					if o.tok0 == i {
						i, withOrg = o.tok1, true
					}
				}
			}
		}
		// "посол Китаю в Україні Ма Шенкунь": the post's place.
		if withOrg && i+1 < len(d.toks) {
			switch d.toks[i].Key {
			case "в", "у", "во", "in", "to":
				if c := d.cover[i+1]; c != 0 {
					if o := d.spans[c-1]; o.tok0 == i+1 && (o.typ == City || o.typ == Country || o.typ == Region) {
						i = o.tok1
					}
				}
			}
		}
		if i < len(d.toks) && d.sentStart(i) {
			continue // "... за президента \n\nГолосование": a new sentence, not the name
		}
		j := i
		for j < len(d.toks) && j < i+3 && isNameWord(d.toks[j]) && d.free(j, j+1) && !stopwords()[d.toks[j].Key] &&
			(j == i || d.toks[j].Flags&text.SpaceBefore != 0) {
			if _, adj := placeAdjective(d.toks[j].Text); adj || looksAdjective(d.toks[j].Text) {
				break // "голова Державного комітету": an adjective, not a name
			}
			j++
		}
		n := j - i
		if n == 0 || (n > 1 && !withOrg) {
			continue // two capitalized words right after a bare post: not sure it is a name
		}
		words := make([]string, n)
		for k := range words {
			words[k] = d.toks[i+k].Text
		}
		if (d.lang == "uk" || d.lang == "ru") && text.Key(d.src[s.start:s.end]) != text.Key(s.role) {
			// The post is inflected, so is the name: bring the surname back.
			last := words[n-1]
			if n == 1 {
				for _, c := range []morph.Case{morph.Gen, morph.Dat, morph.Ins, morph.Loc, morph.Acc} {
					if cs := d.x.nominativeName(d.lang, morph.Last, last, morph.Masc, c); len(cs) > 0 && cs[0] != last {
						last = cs[0]
						break
					}
				}
			} else if morph.LastNameGender(d.lang, last) != morph.Fem {
				last = mascSurnameNominative(d.lang, last)
			}
			words[n-1] = last
		}
		nom := strings.Join(words, " ")
		id := "person:" + looseKey(Translit(d.lang, nom))
		e := d.entityFor(id, func() *entity {
			e := &entity{surname: words[n-1], gender: morph.Masc}
			e.Type, e.Lemma, e.Name = Person, nom, Translit(d.lang, nom)
			return e
		})
		pi := d.addSpan(span{start: d.toks[i].Start, end: d.toks[j-1].End, tok0: i, tok1: j, part: -1, typ: Person, ent: e, lemma: nom})
		d.persons = append(d.persons, pi)
	}
}

// orgHeadStems begin the names of institutions: "Міністерство ... України",
// "Державна служба ... України", "Вищий господарський суд України",
// "Головне управління ... в Київській області".
var orgHeadStems = []string{
	"міністерств", "служб", "управлінн", "департамент", "комітет", "агентств", "інспекці", "фонд", "суд", "прокуратур",
	"академі", "університет", "інститут", "асоціаці", "федераці", "спілк", "парті", "банк", "комісі", "центр", "адміністраці",
	"кабінет", "рад", "палат", "бюро", "торгово-промислов", "конгрес", "організаці", "посольств", "консульств", "представництв",
	"министерств", "управлени", "агентств", "инспекци", "академи", "ассоциаци", "федераци", "парти", "комисси", "администраци",
	"правительств", "совет", "дум", "палат", "организаци", "посольств", "консульств", "представительств", "генштаб", "штаб",
	"державн", "національн", "головн", "вищ", "верховн", "центральн", "генеральн", "конституційн", "федеральн", "государственн",
	"национальн", "главн", "высш", "верховн", "центральн", "генеральн", "конституционн",
}

// findInstitutions recognizes institution names that run from a
// capitalized head word through lower-case words to a country, region or
// city in the genitive: "Державної служби з надзвичайних ситуацій України",
// "Министерства иностранных дел России". The span covers the whole name,
// and the place inside it stays a mention of its own.
func (d *doc) findInstitutions() {
	toks := d.toks
	for si := 0; si < len(d.spans); si++ {
		s := d.spans[si]
		if s.part >= 0 || s.ent == nil || (s.typ != Country && s.typ != Region && s.typ != City) {
			continue
		}
		// Walk back over lower-case words (and "з", "у", "та", commas not).
		j := s.tok0 - 1
		lower := 0
		for j >= 0 && lower < 8 && toks[j].Kind == text.Word && toks[j].Flags&text.Cap == 0 && d.cover[j] == 0 && !d.skip[j] && toks[j+1].Flags&text.NewlineBefore == 0 {
			j--
			lower++
		}
		// Capitalized head word(s): "Державної", "Вищий", "Міністерства".
		h := j
		for h >= 0 && toks[h].Kind == text.Word && toks[h].Flags&text.Cap != 0 && toks[h].Flags&text.Upper == 0 && d.cover[h] == 0 && !d.skip[h] && hasPrefixAny(toks[h].Key, orgHeadStems) && h > j-3 {
			h--
		}
		h++
		if h > j || lower == 0 && h == j {
			// no capitalized head, or the head is directly before the
			// place ("Ради України" is handled by the lexicon)
			if !(h <= j && lower == 0) {
				continue
			}
		}
		if h > j {
			continue
		}
		a, b := toks[h].Start, toks[s.tok1-1].End
		if d.base+a < 0 || !d.allFree(h, s.tok0) {
			continue
		}
		name := d.institutionLemma(h, s.tok1)
		e := d.entityFor("org:"+slug(Translit(d.lang, name)), func() *entity {
			e := &entity{}
			e.Type, e.Lemma, e.Name = Org, name, Translit(d.lang, name)
			if c := s.ent.Attrs["country"]; c != "" {
				e.Attrs = map[string]string{"country": c}
			}
			return e
		})
		d.addSpan(span{start: a, end: b, tok0: h, tok1: s.tok1, part: -1, typ: Org, ent: e})
		d.bodyOfPlace(e, s.ent, h, s.tok1)
	}
}

// institutionLemma is the nominative of the institution name at tokens
// [a, b) when one of its first words is a body noun (see bodyLemma), else
// the name as written.
func (d *doc) institutionLemma(a, b int) string {
	written := d.w[d.toks[a].Start:d.toks[b-1].End]
	if d.lang != "uk" && d.lang != "ru" {
		return written
	}
	bodyNounOnce.Do(loadBodyNouns)
	heads := bodyNounForm[d.lang]
	for j := a; j < b && j < a+3; j++ {
		head := heads[d.toks[j].Key]
		if head == nil {
			continue
		}
		return d.bodyLemma(a, j, b, head)
	}
	return written
}

// bodyOfPlace records that the body e, named by tokens [t0, t1) that end
// in place, is located in it: "Министерства иностранных дел России". An
// embassy or a mission ("Генерального консульства Польши") is not where
// its country is.
func (d *doc) bodyOfPlace(e, place *entity, t0, t1 int) {
	for k := t0; k < t1; k++ {
		if hasPrefixAny(d.toks[k].Key, missionStems) {
			return
		}
	}
	a, b := d.toks[t0].Start, d.toks[t1-1].End
	d.addRelation(Relation{Type: "located_in", Args: map[string]string{"subject": e.ID, "place": place.ID},
		Status: Established, Attrs: map[string]string{}, Evidence: d.evidence(d.base+a, d.base+b), Rule: "name.org_of_place"})
}

// missionStems begin the names of bodies that act abroad for their place.
var missionStems = []string{"посольств", "консульств", "представництв", "представительств", "місі", "мисси"}

// allFree is free without the requirement on the last token.
func (d *doc) allFree(a, b int) bool {
	for i := a; i < b; i++ {
		if d.skip[i] || d.cover[i] != 0 {
			return false
		}
	}
	return true
}

// looksAdjective reports whether a capitalized word has the ending of an
// adjective that is not a surname ending: "Державного", "Вищої".
func looksAdjective(w string) bool {
	var buf [32]byte
	lw := string(appendLower(buf[:0], w))
	for _, e := range []string{"ного", "ної", "ному", "ній", "ним", "ною", "ных", "ной", "ная", "ное", "ний", "ный", "вого", "вої", "вий", "вый", "щого", "щої", "щий", "щий"} {
		if strings.HasSuffix(lw, e) {
			return true
		}
	}
	return false
}

// eventHead is a noun that ends the name of an event: "Міжнародний
// економічний форум", "Петербургский международный экономический форум",
// "Kyiv Security Forum".
type eventHead struct {
	nom string
	fem bool
}

var (
	eventHeadOnce  sync.Once
	eventHeadForms map[string]eventHead
)

func loadEventHeads() {
	eventHeadForms = map[string]eventHead{}
	for _, h := range []struct {
		lang, nom string
		fem       bool
	}{
		{"uk", "форум", false}, {"uk", "саміт", false}, {"uk", "фестиваль", false}, {"uk", "конгрес", false},
		{"uk", "ярмарок", false}, {"uk", "чемпіонат", false}, {"uk", "турнір", false}, {"uk", "конкурс", false},
		{"uk", "конференція", true}, {"uk", "виставка", true}, {"uk", "олімпіада", true}, {"uk", "асамблея", true},
		{"ru", "форум", false}, {"ru", "саммит", false}, {"ru", "фестиваль", false}, {"ru", "конгресс", false},
		{"ru", "чемпионат", false}, {"ru", "турнир", false}, {"ru", "конкурс", false}, {"ru", "конференция", true},
		{"ru", "выставка", true}, {"ru", "олимпиада", true}, {"ru", "ассамблея", true}, {"ru", "ярмарка", true},
	} {
		for _, f := range morph.PhraseForms(h.lang, h.nom, morph.Unknown) {
			eventHeadForms[text.Key(f)] = eventHead{nom: h.nom, fem: h.fem}
		}
	}
	for _, w := range []string{"forum", "summit", "festival", "congress", "conference", "fair", "expo", "exhibition", "championship", "assembly", "week", "games"} {
		eventHeadForms[w] = eventHead{nom: w}
	}
}

// findEventNames recognizes events named by adjectives and a head noun,
// the first word capitalized: "Міжнародного економічного форуму" → event
// "Міжнародний економічний форум".
func (d *doc) findEventNames() {
	eventHeadOnce.Do(loadEventHeads)
	toks := d.toks
	for h := 0; h < len(toks); h++ {
		head, ok := eventHeadForms[toks[h].Key]
		if !ok || !d.free(h, h+1) || d.quotedNameAfter(h) {
			continue
		}
		// Words before the head: adjectives (uk/ru) or capitalized words
		// (en), the first of them capitalized.
		a := h
		for a > 0 && h-a < 5 && d.free(a-1, a) && toks[a-1].Kind == text.Word && toks[a].Flags&text.NewlineBefore == 0 {
			w := toks[a-1]
			if d.lang == "en" {
				if w.Flags&text.Cap == 0 {
					break
				}
			} else if !isAdjectiveWord(w.Text) {
				break
			}
			a--
		}
		for a < h && (toks[a].Flags&text.Cap == 0 || stopwords()[toks[a].Key]) {
			a++ // "the", "this": not part of the name
		}
		// A genitive complement: "Форум регионов России и Беларуси",
		// "Форум міст-побратимів".
		tail := h + 1
		if d.lang != "en" && (a < h || toks[h].Flags&text.Cap != 0) && !bodyLikeEventHead[head.nom] {
			tail = d.eventTail(h)
			if a == h && d.sentStart(h) && tail < h+3 {
				tail = h + 1 // at a sentence start the capital says little: two words of complement are needed
			}
			if a == h && tail > h+1 && toks[h+1].Flags&text.Cap != 0 {
				tail = h + 1 // "Конгресс США", "Форум Украины": a body or a bare head
			}
		}
		if a == h && tail == h+1 || (a > 0 && a < h && d.lang != "en" && d.sentStart(a) && h-a < 2) {
			continue
		}
		if d.lang == "en" && toks[h].Flags&text.Cap == 0 {
			continue
		}
		// IX Общероссийский форум: an ordinal in Roman numerals belongs to it.
		if a > 0 && romanNumeral(toks[a-1].Text) && toks[a-1].Kind == text.Word && d.free(a-1, a) {
			a--
		}
		words := make([]string, 0, h-a+1)
		for k := a; k < h; k++ {
			w := toks[k].Text
			if d.lang != "en" && !romanNumeral(w) {
				w = adjNominative(w, head.fem, d.lang)
			}
			words = append(words, w)
		}
		if d.lang == "en" {
			words = append(words, toks[h].Text)
		} else {
			words = append(words, head.nom)
			if a == h {
				words[len(words)-1] = upperFirst(head.nom)
			}
		}
		for k := h + 1; k < tail; k++ {
			if toks[k].Flags&text.SpaceBefore == 0 && len(words) > 0 {
				words[len(words)-1] += toks[k].Text
				continue
			}
			words = append(words, toks[k].Text)
		}
		lemma := strings.Join(words, " ")
		e := d.entityFor("event:"+slug(Translit(d.lang, lemma)), func() *entity {
			e := &entity{}
			e.Type, e.Lemma, e.Name = Event, lemma, Translit(d.lang, lemma)
			return e
		})
		d.addSpan(span{start: toks[a].Start, end: toks[tail-1].End, tok0: a, tok1: tail, part: -1, typ: Event, ent: e, lemma: lemma})
		// The places the name holds stay mentions of their own.
		for k := h + 1; k < tail; k++ {
			if f := d.placeAt(k); f != nil && k+len(f.Keys) <= tail {
				t1 := k + len(f.Keys)
				d.addSpan(span{start: toks[k].Start, end: toks[t1-1].End, tok0: k, tok1: t1, part: -1, typ: f.Entry.Type, ent: d.lexEntity(f.Entry)})
				k = t1 - 1
			}
		}
	}
}

// placeAt returns the longest lexicon name of a city, country or region
// that starts at token k, or nil.
func (d *doc) placeAt(k int) *lexicon.Form {
	var best *lexicon.Form
	for _, f := range d.lookup(k) {
		if f.Kind == lexicon.KindName && (f.Entry.Type == City || f.Entry.Type == Country || f.Entry.Type == Region) && (best == nil || len(f.Keys) > len(best.Keys)) {
			best = f
		}
	}
	return best
}

// eventTail returns the end of the genitive complement after an event's
// head noun at h: lower-case nouns in a genitive ending ("регионов",
// "міст-побратимів", "культуры") and the places they name, joined by "и",
// "і", "та" ("России и Беларуси"). It returns h+1 when there is none.
func (d *doc) eventTail(h int) int {
	toks := d.toks
	end := h + 1
	for k := h + 1; k < len(toks) && k <= h+6; k++ {
		t := toks[k]
		if t.Flags&text.NewlineBefore != 0 {
			break
		}
		if c := d.cover[k]; c != 0 {
			s := d.spans[c-1]
			if s.typ != City && s.typ != Country && s.typ != Region || s.tok0 != k {
				break
			}
			k = s.tok1 - 1
			end = s.tok1
			continue
		}
		if t.Key == "имени" || t.Key == "імені" {
			break // "Конкурс имени Чайковского" is read elsewhere
		}
		if t.Flags&text.Cap != 0 {
			// A place the lexicon knows: "России", "Західної України".
			f := d.placeAt(k)
			if f == nil {
				break
			}
			k += len(f.Keys) - 1
			end = k + 1
			continue
		}
		if andWords[t.Key] && end > h+1 && k+1 < len(toks) && (d.cover[k+1] != 0 || toks[k+1].Flags&text.Cap != 0) {
			continue
		}
		if t.Kind != text.Word || eventTailStop[t.Key] || !genitiveWord(t.Key, d.lang) {
			break
		}
		end = k + 1
	}
	return end
}

// bodyLikeEventHead are event heads that with a complement usually name a
// body: "Конгресс США", "Конгрес місцевих влад", "Ассамблея регионов".
var bodyLikeEventHead = map[string]bool{"конгресс": true, "конгрес": true, "ассамблея": true, "асамблея": true}

// eventTailStop are words with a genitive-looking ending that never
// continue an event's name.
var eventTailStop = map[string]bool{
	"сегодня": true, "завтра": true, "вчера": true, "сейчас": true, "также": true, "тоже": true, "уже": true, "года": true, "году": true,
	"сьогодні": true, "вчора": true,
	"этого": true, "того": true, "которых": true, "которого": true, "своих": true, "других": true, "всех": true, "этих": true, "тех": true, "нашей": true, "нашего": true,
	"цього": true, "яких": true, "якого": true, "інших": true, "усіх": true, "всіх": true, "своєї": true, "свого": true, "наших": true, "нашої": true, "зараз": true, "також": true, "вже": true, "року": true, "роки": true, "було": true, "были": true, "была": true,
}

// andWords are the conjunctions that join two names: "России и
// Беларуси", "Олександрією та Габровом".
var andWords = map[string]bool{"и": true, "і": true, "та": true, "й": true, "and": true}

// genitiveWord reports whether the lower-case word key ends like a noun or
// adjective in the genitive (and not like a verb).
func genitiveWord(k, lang string) bool {
	if utf8.RuneCountInString(k) < 4 || hasSuffixAny(k, verbLikeEnds) {
		return false
	}
	if lang == "uk" {
		return hasSuffixAny(k, complementEnds["uk"])
	}
	return hasSuffixAny(k, complementEnds["ru"])
}

// verbLikeEnds are endings of verbs (and reflexives) that end an event's
// complement; complementEnds are the genitive endings that continue it.
var (
	verbLikeEnds   = []string{"ся", "сь", "ть", "ти", "ють", "ать", "ить", "ет", "ит", "ут", "ют", "ал", "ил", "ел", "ла", "ли", "ло", "ав", "ив", "ув"}
	complementEnds = map[string][]string{
		"uk": {"ів", "їв", "ей", "их", "ої", "ого", "ри", "ки", "ти", "ні", "ді", "ці", "ії", "ру", "су", "ду", "ту", "ку", "ння", "ття", "ства", "цтва"},
		"ru": {"ов", "ев", "ёв", "ей", "ых", "их", "ой", "ого", "ры", "ки", "ты", "ни", "ди", "жи", "ии", "са", "на", "та", "ра", "ла", "да", "ка", "ния", "тия", "ства"},
	}
)

// quotedNameAfter reports whether the event head at h introduces a quoted
// name that findQuotedNames took (форум "Города России: ...").
func (d *doc) quotedNameAfter(h int) bool {
	for k := h + 1; k < len(d.toks) && k <= h+8; k++ {
		if c := d.cover[k]; c != 0 && d.spans[c-1].typ == Event {
			return true
		}
		if d.toks[k].Key == "." {
			break
		}
	}
	return false
}

// isAdjectiveWord reports whether w has an adjective ending.
func isAdjectiveWord(w string) bool {
	// Only the word's tail can hold an ending: lower-case at most the last
	// 16 bytes instead of the whole word.
	tail := w
	if len(tail) > 16 {
		e := len(tail) - 16
		for e < len(tail) && !utf8.RuneStart(tail[e]) {
			e++
		}
		tail = tail[e:]
	}
	var buf [32]byte
	lw := string(appendLower(buf[:0], tail))
	if lw == "" {
		return false
	}
	n := -1
	for _, i := range adjWordEndsByLast[lw[len(lw)-1]] {
		if strings.HasSuffix(lw, adjWordEnds[i]) {
			if n < 0 {
				n = utf8.RuneCountInString(w)
			}
			if n > adjWordEndRunes[i]+2 {
				return true
			}
		}
	}
	return false
}

// adjWordEnds are the endings isAdjectiveWord tests, adjWordEndRunes their
// lengths in runes.
var (
	adjWordEnds     = []string{"ний", "кий", "ній", "ього", "ного", "кого", "ному", "кому", "ним", "ким", "ньому", "нім", "на", "ка", "ня", "ної", "кої", "ньої", "ною", "кою", "ньою", "ну", "ку", "ню", "ные", "кие", "ный", "кой", "ной", "ная", "кая", "ную", "кую", "ным", "ким", "ных", "ких", "ней", "ние", "нее", "ское", "ського", "ская", "ский", "ської", "ській", "ському", "ським", "ською", "ську", "ские", "ского", "ской", "скому", "ским", "скую"}
	adjWordEndRunes = func() []int {
		n := make([]int, len(adjWordEnds))
		for i, e := range adjWordEnds {
			n[i] = utf8.RuneCountInString(e)
		}
		return n
	}()
)

// adjNominative puts an adjective agreeing with a head noun into the
// nominative singular of the head's gender (see adjAgree).
func adjNominative(w string, fem bool, lang string) string {
	return adjAgree(lang, w, &genericEvent{fem: fem})
}

// Portmanteau names of Ukrainian and Russian state bodies and companies:
// Держгеокадастр, Укрзалізниця, Мінекономіки, Роснефть, Чорноморнафтогаз.
var (
	orgWordPrefixes = []string{"укр", "держ", "мін", "рос", "гос", "мос", "нац", "обл", "мис", "міськ", "гор"}
	orgWordStems    = []string{"газ", "буд", "пром", "торг", "сервіс", "енерго", "энерго", "нафт", "нефт", "банк", "трейд", "інвест", "инвест", "транс", "холдинг", "агро", "хім", "хим", "реставрац", "кадастр", "зв'яз", "связ", "телеком", "постач", "комун", "водоканал", "тепло"}
)

// orgWord recognizes a capitalized portmanteau that names an organization
// by its shape: a state-body prefix (Укр-, Держ-, Мін-, Рос-) or an
// industry stem (-газ, -буд, -пром, -енерго) in a word the lexicon does not
// know.
func (d *doc) orgWord(i int) bool {
	t := d.toks[i]
	if t.Kind != text.Word || t.Flags&text.Cap == 0 || t.Flags&text.Upper != 0 || !d.free(i, i+1) || stopwords()[t.Key] {
		return false
	}
	if d.lang != "uk" && d.lang != "ru" || utf8.RuneCountInString(t.Key) < 7 || d.sentStart(i) && false {
		return false
	}
	k := t.Key
	ok := false
	for _, p := range orgWordPrefixes {
		if strings.HasPrefix(k, p) && hasAnyInside(k[len(p):], orgWordStems) {
			ok = true
		}
	}
	if !ok && (strings.HasPrefix(k, "укр") || strings.HasPrefix(k, "держ")) && utf8.RuneCountInString(k) >= 8 {
		ok = true
	}
	if !ok {
		for _, st := range orgWordStems {
			if j := strings.Index(k, st); j >= 4 {
				ok = true
				break
			}
		}
	}
	if !ok || looksAdjective(t.Text) || isAdjectiveWord(t.Text) {
		return false
	}
	e := d.entityFor("org:"+slug(Translit(d.lang, t.Text)), func() *entity {
		e := &entity{}
		e.Type, e.Lemma, e.Name = Org, t.Text, Translit(d.lang, t.Text)
		return e
	})
	d.addSpan(span{start: t.Start, end: t.End, tok0: i, tok1: i + 1, part: -1, typ: Org, ent: e})
	return true
}

func hasAnyInside(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// settlementWords introduce the name of a village or town in English
// ("the village of Hostomel"); Ukrainian and Russian settlement heads are
// read by settlementPlace.
var settlementWords = map[string]bool{"village": true, "town": true, "township": true, "hamlet": true}

// districtWords follow a place adjective to name a district:
// "Знам'янському районі", "Криничанський р-н", "Одинцовского района".
var districtWords = map[string]bool{"район": true, "району": true, "районі": true, "районом": true, "р-н": true, "р-ні": true,
	"района": true, "районе": true, "районах": true, "округ": true, "округу": true, "окрузі": true, "округа": true, "округе": true, "громада": true, "громади": true, "громаді": true}

// findSettlements recognizes villages and towns after a settlement word
// and districts named by a place adjective.
func (d *doc) findSettlements() {
	toks := d.toks
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		if d.lang == "en" && settlementWords[t.Key] && toks[i+1].Key == "of" && i+2 < len(toks) && isNameWord(toks[i+2]) && d.free(i+2, i+3) && !stopwords()[toks[i+2].Key] {
			i++
			j := i + 2
			// "the village of Velyka Dymerka": a second capitalized word.
			if j < len(toks) && isNameWord(toks[j]) && toks[j].Flags&text.SpaceBefore != 0 && d.free(j, j+1) && toks[j].Flags&text.NewlineBefore == 0 {
				j++
			}
			name := d.w[toks[i+1].Start:toks[j-1].End]
			e := d.entityFor("city:"+slug(Translit(d.lang, name)), func() *entity {
				e := &entity{}
				e.Type, e.Lemma, e.Name = City, name, Translit(d.lang, name)
				return e
			})
			d.addSpan(span{start: toks[i+1].Start, end: toks[j-1].End, tok0: i + 1, tok1: j, part: -1, typ: City, ent: e})
			i = j - 1
			continue
		}
		if d.lang != "uk" && d.lang != "ru" || t.Kind != text.Word || t.Flags&text.Cap == 0 || !districtWords[toks[i+1].Key] || !d.free(i, i+2) {
			continue
		}
		stem, ok := placeAdjective(t.Text)
		if !ok {
			continue
		}
		end := "ий"
		if d.lang == "ru" {
			end = "ий"
			if !strings.HasSuffix(strings.ToLower(stem), "к") {
				end = "ый"
			}
		}
		head := "район"
		switch k := toks[i+1].Key; {
		case strings.HasPrefix(k, "округ"):
			head = "округ"
		case strings.HasPrefix(k, "громад"):
			head, end = "громада", "а"
		}
		lemma := stem + end + " " + head
		e := d.entityFor("region:"+slug(Translit(d.lang, lemma)), func() *entity {
			e := &entity{}
			e.Type, e.Lemma, e.Name = Region, lemma, Translit(d.lang, lemma)
			return e
		})
		d.addSpan(span{start: t.Start, end: toks[i+1].End, tok0: i, tok1: i + 2, part: -1, typ: Region, ent: e, lemma: lemma})
		i++
	}
}

// surnameEndings are endings that only Slavic, Georgian and Armenian
// surnames have (in any case form): a capitalized word the lexicon does not
// know that ends so is a person (Глущенко, Кравчуку, Мельничука, Петровича,
// Чавчавадзе, Давтяном).
var surnameEndings = []string{
	"енко", "енка", "енку", "енком", "енкові",
	"чук", "чука", "чуку", "чуком", "чукові", "чуці", "юк", "юка", "юку", "юком", "юкові",
	"ович", "овича", "овичу", "овичем", "евич", "евича", "евичу", "евичем",
	"швілі", "швили", "дзе",
	"янц", "янца", "ян", "яна", "яну", "яном",
}

// findShapeSurnames adds people named by a capitalized surname of a
// telling shape that no other recognizer took.
func (d *doc) findShapeSurnames() {
	if d.lang != "uk" && d.lang != "ru" {
		return
	}
	for i, t := range d.toks {
		if !isNameWord(t) || !d.free(i, i+1) || stopwords()[t.Key] || utf8.RuneCountInString(t.Key) < 5 || d.sentStart(i) || d.afterStreetWord(i) {
			continue
		}
		k := t.Key
		ok := false
		for _, e := range surnameEndings {
			if strings.HasSuffix(k, e) {
				ok = true
				break
			}
		}
		if !ok || len(d.lookup(i)) > 0 {
			continue
		}
		nom := t.Text
		if !strings.HasSuffix(k, "енко") && !strings.HasSuffix(k, "швілі") && !strings.HasSuffix(k, "швили") && !strings.HasSuffix(k, "дзе") {
			nom = mascSurnameNominative(d.lang, t.Text)
		} else if strings.HasSuffix(k, "енка") || strings.HasSuffix(k, "енку") || strings.HasSuffix(k, "енком") || strings.HasSuffix(k, "енкові") {
			nom = t.Text[:strings.LastIndex(t.Text, "енк")] + "енко"
		}
		e := d.entityFor("person:"+looseKey(Translit(d.lang, nom)), func() *entity {
			e := &entity{surname: nom, gender: morph.Masc}
			e.Type, e.Lemma, e.Name = Person, nom, Translit(d.lang, nom)
			return e
		})
		si := d.addSpan(span{start: t.Start, end: t.End, tok0: i, tok1: i + 1, part: -1, typ: Person, ent: e, lemma: nom})
		d.persons = append(d.persons, si)
	}
}

// instNouns are nouns that head the name of an institution after a place
// adjective and other adjectives: "Київський політехнічний інститут",
// "Львівського національного медичного університету", "Одеського театру".
var (
	instOnce  sync.Once
	instNouns map[string]eventHead // form key → nominative and gender
)

func loadInstNouns() {
	instNouns = map[string]eventHead{}
	for _, h := range []struct {
		lang, nom string
		fem       bool
	}{
		{"uk", "інститут", false}, {"uk", "університет", false}, {"uk", "коледж", false}, {"uk", "ліцей", false},
		{"uk", "театр", false}, {"uk", "музей", false}, {"uk", "комбінат", false}, {"uk", "завод", false},
		{"uk", "банк", false}, {"uk", "фонд", false}, {"uk", "суд", false}, {"uk", "департамент", false},
		{"uk", "академія", true}, {"uk", "гімназія", true}, {"uk", "школа", true}, {"uk", "лікарня", true},
		{"uk", "консерваторія", true}, {"uk", "філармонія", true}, {"uk", "прокуратура", true}, {"uk", "поліція", true},
		{"ru", "институт", false}, {"ru", "университет", false}, {"ru", "колледж", false}, {"ru", "лицей", false},
		{"ru", "театр", false}, {"ru", "музей", false}, {"ru", "комбинат", false}, {"ru", "завод", false},
		{"ru", "банк", false}, {"ru", "фонд", false}, {"ru", "суд", false}, {"ru", "департамент", false},
		{"ru", "академия", true}, {"ru", "гимназия", true}, {"ru", "школа", true}, {"ru", "больница", true},
		{"ru", "консерватория", true}, {"ru", "филармония", true}, {"ru", "прокуратура", true}, {"ru", "полиция", true},
	} {
		for _, f := range morph.PhraseForms(h.lang, h.nom, morph.Unknown) {
			instNouns[text.Key(f)] = eventHead{nom: h.nom, fem: h.fem}
		}
	}
}

// institution recognizes "<Place-adjective> [adjectives] <institution
// noun>" at token i and names it in nominative.
func (d *doc) institution(i int, stem string) bool {
	instOnce.Do(loadInstNouns)
	toks := d.toks
	j := i + 1
	for j < len(toks) && j < i+4 && toks[j].Kind == text.Word && toks[j].Flags&text.Cap == 0 && isAdjectiveWord(toks[j].Text) && instNouns[toks[j].Key].nom == "" {
		j++
	}
	if j >= len(toks) || !d.free(i, j+1) {
		return false
	}
	head, ok := instNouns[toks[j].Key]
	if !ok {
		return false
	}
	words := []string{adjNominative(toks[i].Text, head.fem, d.lang)}
	for k := i + 1; k < j; k++ {
		words = append(words, adjNominative(toks[k].Text, head.fem, d.lang))
	}
	words = append(words, head.nom)
	// Genitive words after the noun: "Уральский банк реконструкции и
	// развития", "Сибирский институт физиологии".
	for k := j + 1; k < len(toks) && k < j+6; {
		if d.genitiveWord(k) {
			k++
		} else if k > j+1 && (toks[k].Key == "і" || toks[k].Key == "и" || toks[k].Key == "та") && d.genitiveWord(k+1) {
			k += 2
		} else {
			if k > j+1 {
				words = append(words, d.w[toks[j+1].Start:toks[k-1].End])
				j = k - 1
			}
			break
		}
	}
	lemma := strings.Join(words, " ")
	e := d.entityFor("org:"+slug(Translit(d.lang, lemma)), func() *entity {
		e := &entity{}
		e.Type, e.Lemma, e.Name = Org, lemma, Translit(d.lang, lemma)
		return e
	})
	d.addSpan(span{start: toks[i].Start, end: toks[j].End, tok0: i, tok1: j + 1, part: -1, typ: Org, ent: e})
	return true
}

// lexiconNameAt reports whether a lexicon name of two or more words starts
// at token i ("Российская академия наук"): the lexicon knows it better than
// the shape-based recognizers.
func (d *doc) lexiconNameAt(i int) bool {
	for _, f := range d.lookup(i) {
		if f.Kind == lexicon.KindName && len(f.Keys) > 1 && outputType(f.Entry.Type) {
			return true
		}
	}
	return false
}

// findUnknownNames adds people named by two or three capitalized words
// that no lexicon entry and no other recognizer explains, in Ukrainian and
// Russian text, where capitals inside a sentence mark names: "Эдвин
// Хардман", "Ван Цзюнь", "Рокко Санто Филиппоне". Each word must be a
// name-shaped word that is neither a common word nor an adjective, and the
// words must not stand between quotes (a title) or run on into further
// capitalized words (a longer name of something else).
func (d *doc) findUnknownNames() {
	if d.lang != "uk" && d.lang != "ru" {
		return
	}
	toks := d.toks
	lower := d.lowerWords() // words the document writes in lower case
	for _, t := range toks {
		if t.Kind == text.Word && t.Flags&text.Cap == 0 {
			lower[t.Key] = true
		}
	}
	type cand struct{ i, n int }
	var atStart []cand
	seen := map[string]bool{}
	for i := 0; i+1 < len(toks); i++ {
		lastAt1 := i+2 >= len(toks) || !isNameWord(toks[i+2]) || toks[i+2].Flags&text.SpaceBefore == 0
		if !d.unknownNameWord(i, lower, false) || !d.unknownNameWord(i+1, lower, lastAt1) || toks[i+1].Flags&text.SpaceBefore == 0 {
			continue
		}
		if i > 0 && isNameWord(toks[i-1]) && d.free(i-1, i) && !d.sentStart(i) {
			continue // the tail of a longer capitalized run
		}
		n := 2
		if i+2 < len(toks) && toks[i+2].Flags&text.SpaceBefore != 0 && isNameWord(toks[i+2]) {
			if !d.unknownNameWord(i+2, lower, true) {
				continue
			}
			n = 3
			if i+3 < len(toks) && isNameWord(toks[i+3]) {
				continue
			}
		}
		if d.quoted(i, i+n) || d.afterStreetWord(i) {
			continue
		}
		if d.titleCase(i, lower) {
			continue
		}
		if _, adj := placeAdjective(toks[i+n-1].Text); d.sentStart(i) && !adj && !hasSuffixAny(toks[i+n-1].Key, surnameEndings) {
			// "Штурм Капитолия", "Возглавляет Сенат": at the start of a
			// sentence a capital says nothing; wait for the name to be
			// seen inside a sentence.
			atStart = append(atStart, cand{i, n})
			i += n - 1
			continue
		}
		seen[d.addUnknownName(i, n)] = true
		i += n - 1
	}
	for _, c := range atStart {
		switch {
		case seen[writtenName(toks, c.i, c.n)]:
			d.addUnknownName(c.i, c.n)
		case c.n == 3:
			// "Словак Любош Михел": a capitalized common word, then the
			// name, whose capitals inside the sentence do count.
			d.addUnknownName(c.i+1, 2)
		}
	}
}

// writtenName is the n words from token i joined by single spaces.
func writtenName(toks []text.Token, i, n int) string {
	words := make([]string, n)
	for k := range words {
		words[k] = toks[i+k].Text
	}
	return strings.Join(words, " ")
}

// addUnknownName adds the person named by tokens i..i+n and returns the
// name as written.
func (d *doc) addUnknownName(i, n int) string {
	toks := d.toks
	written := writtenName(toks, i, n)
	nm := d.x.unknownNameLemma(d.lang, strings.Fields(written))
	lemma := strings.Join(strings.Fields(nm.First+" "+nm.Middle+" "+nm.Last), " ")
	e := d.entityFor("person:"+looseKey(Translit(d.lang, lemma)), func() *entity {
		g := nm.Gender
		if g == morph.Unknown {
			g = morph.LastNameGender(d.lang, nm.Last)
		}
		e := &entity{surname: nm.Last, gender: g}
		e.Type, e.Lemma, e.Name = Person, lemma, Translit(d.lang, lemma)
		return e
	})
	si := d.addSpan(span{start: toks[i].Start, end: toks[i+n-1].End, tok0: i, tok1: i + n, part: -1, typ: Person, ent: e, lemma: lemma})
	d.persons = append(d.persons, si)
	return written
}

// titleCase reports whether the sentence holding token i writes common
// words with a capital (a headline in title case, a menu): capitals there
// do not mark names. lower holds the words the document writes in lower
// case.
func (d *doc) titleCase(i int, lower map[string]bool) bool {
	s := d.sentenceOf(i)
	common := 0
	for k := s.First + 1; k < s.Last && k < len(d.toks); k++ {
		t := d.toks[k]
		if t.Kind == text.Word && t.Flags&text.Cap != 0 && t.Flags&text.Upper == 0 && (stopwords()[t.Key] || lower[t.Key]) && !d.sentStart(k) {
			common++
		}
	}
	return common >= 2
}

// commonNounEnds are endings of abstract and institutional nouns that do
// not end names: "Голосование", "Революція", "Держава".
var commonNounEnds = []string{"ция", "ние", "ство", "ость", "ація", "ення", "ання", "іння", "ість", "изм", "ізм", "ика", "логия", "логія", "тель", "тет", "ура", "ети", "ьство"}

// unknownNameWord reports whether token i may be part of a name that the
// lexicon does not know: a free, capitalized Cyrillic word that is not a
// common word, not an adjective and not a lexicon entry. A surname (the
// last word) may have the shape of an adjective in -ський/-цький/-ский
// ("Бартош Ціхоцький", "Ежи Бузека").
func (d *doc) unknownNameWord(i int, lower map[string]bool, surname bool) bool {
	t := d.toks[i]
	if !isNameWord(t) || !d.free(i, i+1) || stopwords()[t.Key] || lower[t.Key] || !isCyrillicWord(t.Text) || hasSuffixAny(t.Key, commonNounEnds) {
		return false
	}
	if _, adj := placeAdjective(t.Text); adj && !surname || looksAdjective(t.Text) {
		return false
	}
	for _, f := range d.lookup(i) {
		switch f.Entry.Type {
		case Person, "firstname", City, Region:
			// a place here was already judged weak ("Лёв", "Ван")
		default:
			return false // an organization, a country, a post ...
		}
	}
	return true
}

// bareNameWord reports whether token i is a capitalized word that could
// only be part of a person's name: not a common word, not an adjective,
// and unknown to the lexicon. weakPlace uses it to read "Барри
// Лоуенкрон", "Асия Биби" as names, not the towns Barrie and Ashiya.
func (d *doc) bareNameWord(i int) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	t := d.toks[i]
	if !isNameWord(t) || stopwords()[t.Key] || hasSuffixAny(t.Key, commonNounEnds) {
		return false
	}
	if _, adj := placeAdjective(t.Text); adj || looksAdjective(t.Text) {
		return false
	}
	return len(d.lookup(i)) == 0
}

// quoted reports whether tokens i..j stand alone between quotation marks:
// «Анна Каренина» is a title.
func (d *doc) quoted(i, j int) bool {
	return i > 0 && j < len(d.toks) && isQuoteTok(d.toks[i-1]) && isQuoteTok(d.toks[j]) && d.toks[j].Flags&text.SpaceBefore == 0
}

// isQuoteTok reports whether t is a quotation mark.
func isQuoteTok(t text.Token) bool {
	switch t.Text {
	case "«", "»", "\"", "“", "”", "„", "'":
		return true
	}
	return false
}

// isCyrillicWord reports whether w starts with a Cyrillic letter.
func isCyrillicWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.Is(unicode.Cyrillic, r)
}

// findAdjectivePosts reads a country adjective right before a post as the
// post's country: "Ukrainian Foreign Minister", "польський посол",
// "британский премьер". The adjective becomes a mention of the country.
func (d *doc) findAdjectivePosts() {
	n := len(d.spans)
	for si := 0; si < n; si++ {
		s := d.spans[si]
		if s.typ != "role" || s.part >= 0 || s.tok0 == 0 {
			continue
		}
		t := s.tok0 - 1
		le := d.adj[t]
		if le == nil || le.Type != Country || !d.free(t, t+1) {
			continue
		}
		e := d.lexEntity(le)
		tok := d.toks[t]
		// The mention's own lemma is the adjective in the nominative of
		// its gender: "американской" → "американская".
		fem := hasSuffixAny(tok.Key, femAdjEnds[d.lang])
		d.addSpan(span{start: tok.Start, end: tok.End, tok0: t, tok1: t + 1, part: -1, typ: Country, ent: e, lemma: adjNominative(tok.Text, fem, d.lang)})
	}
}

// femAdjEnds are the endings of feminine singular adjective forms.
var femAdjEnds = map[string][]string{
	"uk": {"ська", "цька", "ської", "цької", "ській", "цькій", "ську", "цьку", "ською", "цькою"},
	"ru": {"ая", "ой", "ую", "ей"},
}

// surnameForm is a case ending of a Slavic surname of the possessive
// (Попов, Ільїн) or the adjectival (Каньовський, Трубецкой) type, after
// the surname's stem suffix.
type surnameEnd struct {
	end string
	g   morph.Gender // Unknown: either gender (Попова is a woman, or a man's genitive)
	nom bool         // the nominative singular of its gender
}

// surnameForm is what surnameShape reads from a word.
type surnameForm struct {
	surnameEnd
	adj bool // of the adjectival type
}

var (
	// possessive surname suffixes and the endings after them, by language
	possStems = map[string][]string{"uk": {"ов", "ев", "єв", "ін", "їн", "ин"}, "ru": {"ов", "ев", "ёв", "ин", "ын"}}
	possEnds  = map[string][]surnameEnd{
		"uk": {{"", morph.Masc, true}, {"а", morph.Unknown, true}, {"ові", morph.Masc, false}, {"им", morph.Masc, false},
			{"ої", morph.Fem, false}, {"ій", morph.Fem, false}, {"ою", morph.Fem, false}, {"у", morph.Unknown, false}},
		"ru": {{"", morph.Masc, true}, {"а", morph.Unknown, true}, {"ым", morph.Masc, false}, {"ом", morph.Masc, false}, {"е", morph.Masc, false},
			{"ой", morph.Fem, false}, {"у", morph.Unknown, false}},
	}
	// adjectival surname suffixes and the endings after them
	adjStems       = map[string][]string{"uk": {"ськ", "цьк", "зьк"}, "ru": {"ск", "цк"}}
	adjSurnameEnds = map[string][]surnameEnd{
		"uk": {{"ий", morph.Masc, true}, {"ого", morph.Masc, false}, {"ому", morph.Masc, false}, {"им", morph.Masc, false}, {"ім", morph.Masc, false},
			{"а", morph.Fem, true}, {"ої", morph.Fem, false}, {"ій", morph.Fem, false}, {"ою", morph.Fem, false}},
		"ru": {{"ий", morph.Masc, true}, {"ого", morph.Masc, false}, {"ому", morph.Masc, false}, {"им", morph.Masc, false}, {"ом", morph.Masc, false},
			{"ая", morph.Fem, true}, {"ой", morph.Unknown, false}, {"ую", morph.Fem, false}},
	}
)

// notSurnameEnds end common nouns and adjectives that have the shape of a
// surname: "Северянин", "громадянин", "Политологический".
var notSurnameEnds = []string{"анин", "янин", "ческий", "ческая", "ческого", "ческой", "ческому", "ческим", "ческом"}

// surnameShape reads the ending of a word's key as that of a Slavic
// surname of the possessive (-ов, -ев, -ін, -ин) or adjectival (-ський,
// -ский) type: "попов" is a man's nominative, "попова" a woman's
// nominative or a man's genitive, "каньовського" a man's genitive.
func surnameShape(lang, k string) (surnameForm, bool) {
	if len(k) < 8 { // four Cyrillic letters at least
		return surnameForm{}, false
	}
	for _, set := range [2]struct {
		stems []string
		ends  []surnameEnd
		adj   bool
	}{{possStems[lang], possEnds[lang], false}, {adjStems[lang], adjSurnameEnds[lang], true}} {
		for _, f := range set.ends {
			if !strings.HasSuffix(k, f.end) {
				continue
			}
			stem := k[:len(k)-len(f.end)]
			for _, s := range set.stems {
				if strings.HasSuffix(stem, s) && len(stem) > len(s)+2 {
					return surnameForm{f, set.adj}, true
				}
			}
		}
	}
	return surnameForm{}, false
}

// personTitles are words of address and rank that put a surname after
// them: "пан Мацієвський", "господин Алексеев", "доктор Кістяковський".
var personTitles = map[string]bool{
	"пан": true, "пана": true, "пану": true, "панові": true, "паном": true, "пані": true,
	"доктор": true, "доктора": true, "доктору": true, "докторові": true, "професор": true, "професора": true,
	"професорові": true, "граф": true, "графа": true, "графові": true, "князь": true, "князя": true, "отець": true, "отця": true,
	"генерал": true, "генерала": true, "полковник": true, "полковника": true, "майор": true, "майора": true, "капітан": true,
	"капітана": true, "лейтенант": true, "лейтенанта": true, "академік": true, "академіка": true, "товариш": true, "товариша": true,
	"господин": true, "господина": true, "господину": true, "господином": true, "госпожа": true, "госпожи": true, "госпоже": true,
	"г-н": true, "г-жа": true, "профессор": true, "профессора": true, "отец": true, "капитан": true, "капитана": true,
	"академик": true, "академика": true, "товарищ": true, "товарища": true,
	"містер": true, "місіс": true, "мистер": true, "миссис": true,
}

// femTitles are the titles of women among personTitles.
var femTitles = map[string]bool{"пані": true, "госпожа": true, "госпожи": true, "госпоже": true, "г-жа": true, "місіс": true, "миссис": true}

// notVerbs are lower-case words with the ending of a past-tense verb that
// are nouns or adjectives.
var notVerbs = map[string]bool{"сила": true, "могила": true, "зала": true, "жила": true, "дела": true, "тела": true, "села": true,
	"начала": true, "стола": true, "мала": true, "ціла": true, "біла": true, "тепла": true, "світла": true, "мил": true,
	"зал": true, "стол": true, "пол": true, "орел": true, "посол": true, "вол": true, "угол": true, "котел": true,
	"рів": true, "лев": true, "гнів": true, "спів": true, "улов": true, "слів": true, "днів": true, "років": true, "віків": true,
	"портал": true, "канал": true, "финал": true, "фінал": true, "журнал": true, "материал": true, "матеріал": true, "скандал": true,
	"сигнал": true, "капитал": true, "капітал": true, "персонал": true, "генерал": true, "адмирал": true, "адмірал": true,
	"вокзал": true, "сериал": true, "серіал": true, "идеал": true, "ідеал": true, "арсенал": true, "трибунал": true,
	"потенциал": true, "потенціал": true, "архів": true, "мотив": true, "актив": true, "колектив": true, "масив": true,
	"позитив": true, "негатив": true, "облаздрав": true, "держав": true}

// prepositions are the prepositions that may stand before a surname in
// an oblique case but never before a subject in the nominative.
var prepositions = map[string]bool{"в": true, "у": true, "во": true, "на": true, "до": true, "з": true, "із": true, "зі": true,
	"від": true, "під": true, "за": true, "про": true, "через": true, "по": true, "при": true, "для": true, "без": true, "над": true,
	"між": true, "перед": true, "о": true, "об": true, "к": true, "ко": true, "с": true, "со": true, "из": true, "от": true,
	"под": true, "после": true, "після": true, "біля": true, "около": true, "возле": true, "проти": true, "против": true}

// pastVerb reports whether a lower-case word is a past-tense or present
// third-person verb whose gender fits g: "переносив", "сказал",
// "поскаржилася", "прогнозирует". Unknown accepts either gender.
func pastVerb(lang, k string, g morph.Gender) bool {
	if len(k) < 6 || notVerbs[k] {
		return false
	}
	k = strings.TrimSuffix(strings.TrimSuffix(k, "ся"), "сь")
	if len(k) < 4 {
		return false
	}
	last, n := utf8.DecodeLastRuneInString(k)
	prev, _ := utf8.DecodeLastRuneInString(k[:len(k)-n])
	vowel := strings.ContainsRune("аеєиіїоуюяыё", prev)
	masc := false
	switch {
	case lang == "uk" && last == 'в' && vowel, lang == "ru" && last == 'л' && vowel && prev != 'о': // not "стол", "посол"
		masc = true
	case lang == "uk" && hasSuffixAny(k, []string{"ає", "яє", "ує", "ює", "ить", "іть", "їть"}),
		lang == "ru" && hasSuffixAny(k, []string{"ает", "яет", "еет", "ует", "ует", "ит", "ёт"}):
		return true // present tense: either gender
	}
	if masc {
		return g != morph.Fem
	}
	if strings.HasSuffix(k, "ла") && !strings.HasSuffix(k, "ола") { // not "школа"
		return g != morph.Masc
	}
	return false
}

// findContextSurnames adds people named by a surname alone that no other
// recognizer took: a capitalized word with the ending of a Slavic surname
// (surnameShape) that the lexicon does not know, with words around it
// that say it is a person: a title before it ("пан Мацієвський"), a verb
// of its gender right after it ("Виноградов був", "Попова поскаржилася")
// or, for a nominative, right before it at the end of a clause
// ("реготнув Михайлов."), or a person beside it in a list ("Соколов і
// Арутюнов"). Then every person's surname found late (after a post, by
// its shape or here) is looked for in its other case forms.
func (d *doc) findContextSurnames() {
	if d.lang != "uk" && d.lang != "ru" {
		return
	}
	toks := d.toks
	lower := d.lower // the window's lower-case words (findUnknownNames)
	for pass := 0; pass < 3; pass++ {
		added := false
		for i, t := range toks {
			if !isNameWord(t) || t.Flags&text.Compound != 0 || !isCyrillicWord(t.Text) || lower[t.Key] {
				continue
			}
			f, ok := surnameShape(d.lang, t.Key)
			if !ok || !d.free(i, i+1) || stopwords()[t.Key] || !d.onlySmallTown(i) || d.afterStreetWord(i) {
				continue
			}
			if hasSuffixAny(t.Key, notSurnameEnds) {
				continue
			}
			g, how := d.surnameContext(i, f)
			if how == "" || f.adj && d.cityOfAdj(t.Key) != nil {
				continue
			}
			nom := t.Text
			switch {
			case g == morph.Fem && !f.nom:
				if n := femSurnameNominative(d.lang, t.Text); n != "" {
					nom = n
				}
			case g == morph.Fem:
			case !f.nom || f.g == morph.Unknown && g != morph.Masc:
				nom = mascSurnameNominative(d.lang, t.Text)
				g = morph.Masc
			}
			if g == morph.Unknown {
				g = morph.Masc
			}
			e := d.entityFor("person:"+looseKey(Translit(d.lang, nom)), func() *entity {
				e := &entity{surname: nom, gender: g}
				e.Type, e.Lemma, e.Name = Person, nom, Translit(d.lang, nom)
				return e
			})
			si := d.addSpan(span{start: t.Start, end: t.End, tok0: i, tok1: i + 1, part: -1, typ: Person, ent: e, lemma: nom})
			d.persons = append(d.persons, si)
			added = true
		}
		if !added {
			break
		}
	}
	d.findLateSurnames()
}

// surnameContext returns the gender the words around the surname-shaped
// word at token i give it and what says it is a person ("" if nothing).
func (d *doc) surnameContext(i int, f surnameForm) (morph.Gender, string) {
	toks := d.toks
	if i > 0 && personTitles[toks[i-1].Key] && toks[i].Flags&text.SpaceBefore != 0 {
		if femTitles[toks[i-1].Key] {
			return morph.Fem, "title"
		}
		return f.g, "title"
	}
	if i > 0 && prepositions[toks[i-1].Key] {
		return morph.Unknown, "" // "у Старокостянтинов був підписаний": not a subject
	}
	if f.nom && !d.sentStart(i) || f.nom && f.g != morph.Unknown {
		// a verb after the subject, possibly after an adverb in -о
		for j, k := i+1, 0; j < len(toks) && k < 2; j, k = j+1, k+1 {
			n := toks[j]
			if n.Kind != text.Word || n.Flags&text.Cap != 0 || n.Flags&text.SpaceBefore == 0 {
				break
			}
			if pastVerb(d.lang, n.Key, f.g) {
				g := f.g
				if g == morph.Unknown {
					// "Попова поскаржилася" is a woman; "Попова сказав" does not happen
					g = morph.Fem
					if !strings.HasSuffix(strings.TrimSuffix(strings.TrimSuffix(n.Key, "ся"), "сь"), "ла") {
						g = morph.Unknown
					}
				}
				return g, "verb after"
			}
			if !strings.HasSuffix(n.Key, "о") || stopwords()[n.Key] {
				break
			}
		}
	}
	if f.nom && f.g != morph.Unknown && i > 0 && !d.sentStart(i) {
		// "— реготнув Михайлов.", "написал Медведев в своём ..."
		p := toks[i-1]
		if p.Kind == text.Word && p.Flags&text.Cap == 0 && pastVerb(d.lang, p.Key, f.g) {
			if j := i + 1; j >= len(toks) || toks[j].Kind == text.Punct || prepositions[toks[j].Key] {
				return f.g, "verb before"
			}
		}
	}
	// "Соколов і Арутюнов", "Челишевим, Герасимовим, Смірновим"
	for _, dir := range [2]int{-1, 1} {
		c, p := i+dir, i+2*dir
		if p < 0 || p >= len(toks) {
			continue
		}
		switch toks[c].Key {
		case "і", "й", "та", "и", ",":
		default:
			continue
		}
		if sp := d.cover[p]; sp != 0 && d.spans[sp-1].typ == Person && d.spans[sp-1].part < 0 && !d.streetList(i) {
			if dir > 0 && !f.nom && f.g == morph.Unknown {
				continue
			}
			return f.g, "list"
		}
	}
	return morph.Unknown, ""
}

// findLateSurnames adds the other mentions of people whose surname was
// found after findSurnames ran (after a post, by its shape, by its
// context), in any case form. It reads only Cyrillic surnames that the
// window does not write in lower case and that have no ending of a common
// noun, and no word right after an opening quote («Різдвяної історії»).
func (d *doc) findLateSurnames() {
	lower := d.lower
	forms := map[string][]*entity{}
	for _, e := range d.ents {
		if e.Type != Person || e.surname == "" || !isCyrillicWord(e.surname) || strings.ContainsAny(e.surname, " -") ||
			utf8.RuneCountInString(e.surname) < 4 || hasSuffixAny(strings.ToLower(e.surname), commonNounEnds) {
			continue
		}
		for _, f := range d.x.surnameForms(d.lang, e.surname, e.gender) {
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
		if !isNameWord(t) || lower[t.Key] {
			continue
		}
		es := forms[t.Key]
		if len(es) == 0 || !d.free(i, i+1) || d.afterStreetWord(i) || i > 0 && isQuoteTok(d.toks[i-1]) {
			continue
		}
		e := es[0]
		if len(es) > 1 {
			if e = lastNamedBefore(es, d.base+t.Start); e == nil {
				continue
			}
		}
		si := d.addSpan(span{start: t.Start, end: t.End, tok0: i, tok1: i + 1, part: -1, typ: Person, ent: e, lemma: e.surname})
		d.persons = append(d.persons, si)
	}
}

// streetList reports whether the sentence of token i names a street
// before it: "вул. Завокзальна, Броварська, Головатого" lists streets,
// not people.
func (d *doc) streetList(i int) bool {
	for k := d.sentenceOf(i).First; k < i; k++ {
		if k := d.toks[k].Key; streetWords[strings.TrimSuffix(k, ".")] || strings.HasPrefix(k, "вулиц") || strings.HasPrefix(k, "улиц") {
			return true
		}
	}
	return false
}

// cyrChineseSurnames are the commonest Chinese surnames as Russian
// (Palladius) and Ukrainian transcription write them.
var cyrChineseSurnames = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Fields(`ван ли лі чжан лю чэнь чень ян хуан чжао чжоу сюй сунь ма чжу ху го хэ хе гао линь лінь
		ло чжэн чжен лян се сун тан хань фэн фен дэн ден цао пэн пен цзэн цзен сяо тянь дун пань юань цай цзян юй ду е є
		чэн чен вэй вей су дин дін жэнь жень шэнь шень яо лу цуй чжун тань фань цзинь цзінь ши ші ляо цзя ся фу фан бай
		мэн мен сюн цинь цінь цю инь інь сюэ сюе янь дуань лэй лей хоу лун тао гу мао хао гун шао цянь дай кун сян мо`) {
		m[s] = true
	}
	return m
}()

// chineseSyllables matches a Chinese given name of one or two syllables in
// Russian or Ukrainian transcription: "Цзюнь", "Чжэнь", "Цзинцзин",
// "Сяоин", "Цзіньпін".
var chineseSyllables = regexp.MustCompile(`^(?:(?:` +
	`(?:цз|чж|ч|ш|ж|ц|с|б|п|м|ф|д|т|н|л|г|к|х|в)?(?:уай|уань|уан|уа|уо|уй|унь|ун|ай|ань|ан|ао|оу|а|о|у|эй|ей|энь|ень|эн|ен|эр|э|е|инь|ин|и|інь|ін|і|ы|ї)|` +
	`(?:цз|ц|с|н|л|м|б|п|д|т)?(?:яо|янь|ян|юань|юэ|юе|юй|юнь|юн|ю)|` +
	`(?:цз|ц|с)?я)ъ?){1,2}$`)

// notChineseGiven are given-name-shaped words that follow a Chinese
// surname's homonym in other names: "Ван Гог".
var notChineseGiven = map[string]bool{"гог": true, "гога": true, "гогу": true, "гоге": true, "гогом": true, "гогові": true}

// chineseGiven returns the nominative of a Chinese given name in any case
// form ("Цзюня" → Цзюнь), or "" if the word is not one.
func chineseGiven(k, written string) string {
	if notChineseGiven[k] {
		return ""
	}
	for _, e := range [...]string{"ня", "ню", "нем"} {
		// a syllable in -нь declined: "Цзюня" is Цзюнь's (a syllable in я
		// without an initial would follow н only after ъ)
		if strings.HasSuffix(k, e) && chineseSyllables.MatchString(k[:len(k)-len(e)]+"нь") {
			return written[:len(written)-len(e)] + "нь"
		}
	}
	if chineseSyllables.MatchString(k) {
		return written
	}
	for _, e := range [...]struct{ end, add string }{{"я", "ь"}, {"ю", "ь"}, {"ем", "ь"}, {"е", "ь"}, {"і", "ь"}, {"а", ""}, {"у", ""}, {"ом", ""}, {"е", ""}, {"і", ""}} {
		if strings.HasSuffix(k, e.end) {
			stem := k[:len(k)-len(e.end)] + e.add
			if utf8.RuneCountInString(stem) > 1 && chineseSyllables.MatchString(stem) {
				return written[:len(written)-len(e.end)] + e.add
			}
		}
	}
	return ""
}

// chineseName recognizes a Chinese name at token i, a common surname and
// a given name of one or two syllables: "Ван Цзюнь", "Ван Цзюня" (→ Ван
// Цзюнь), "Ли Мин". It returns the number of tokens used.
func (d *doc) chineseName(i int) int {
	toks := d.toks
	t := toks[i]
	if len(t.Key) > 8 || t.Kind != text.Word || t.Flags&text.Cap == 0 || !cyrChineseSurnames[t.Key] || i+1 >= len(toks) ||
		d.lang != "uk" && d.lang != "ru" || t.Flags&text.Upper != 0 && len(t.Key) > 2 {
		return 0
	}
	g := toks[i+1]
	if !isNameWord(g) || g.Flags&text.SpaceBefore == 0 || g.Flags&text.NewlineBefore != 0 || !d.free(i, i+2) ||
		utf8.RuneCountInString(t.Key) == 1 && d.sentStart(i) || i+2 < len(toks) && isNameWord(toks[i+2]) && toks[i+2].Flags&text.SpaceBefore != 0 ||
		i > 0 && isNameWord(toks[i-1]) && t.Flags&text.SpaceBefore != 0 && !d.sentStart(i) && !d.sentStart(i-1) { // "Аун Сан Су Чжи"
		return 0
	}
	given := chineseGiven(g.Key, g.Text)
	if given == "" {
		return 0
	}
	for _, f := range d.lookup(i) {
		if f.Kind == lexicon.KindName && f.Entry.Type == Person && len(f.Keys) >= 2 {
			return 0 // a known person: "Сі Цзіньпін"
		}
	}
	for _, f := range d.lookup(i + 1) {
		if f.Kind == lexicon.KindName && f.Entry.Type != City && f.Entry.Type != Region && f.Entry.Type != "firstname" {
			return 0
		}
	}
	lemma := t.Text + " " + given
	e := d.entityFor("person:"+looseKey(Translit(d.lang, lemma)), func() *entity {
		e := &entity{}
		e.Type, e.Lemma, e.Name = Person, lemma, Translit(d.lang, lemma)
		return e
	})
	si := d.addSpan(span{start: t.Start, end: g.End, tok0: i, tok1: i + 2, part: -1, typ: Person, ent: e, lemma: lemma})
	d.persons = append(d.persons, si)
	return 2
}

// ctxFirstName reports whether a first name that is also a common word or
// a place ("Роман", "Віра", "Люба") names a person alone at token i: inside
// a sentence, not in quotes, not before another capitalized word, and
// after a title ("пан Роман"), before a verb of its gender ("Роман
// знайшов"), after a verb ("нагадали Романові"), or once the document has
// named the person so ("Романові" after "Роман знайшов").
func (d *doc) ctxFirstName(i int, f *lexicon.Form) bool {
	toks := d.toks
	if d.lang != "uk" && d.lang != "ru" || d.sentStart(i) || d.quoted(i, i+1) ||
		i+1 < len(toks) && toks[i+1].Kind == text.Word && toks[i+1].Flags&text.Cap != 0 {
		return false
	}
	if d.byID["person:"+strings.TrimPrefix(f.Entry.ID, "fn:")] != nil {
		return true
	}
	p := toks[i-1]
	if personTitles[p.Key] {
		return true
	}
	g := morph.Masc
	if f.Entry.Attrs["gender"] == "f" {
		g = morph.Fem
	}
	if p.Kind == text.Word && p.Flags&text.Cap == 0 && pastVerb(d.lang, p.Key, morph.Unknown) {
		return true
	}
	if f.Case != morph.Nom {
		return false
	}
	for j := i + 1; j < len(toks) && j < i+3; j++ {
		n := toks[j]
		if n.Kind != text.Word || n.Flags&text.Cap != 0 || n.Flags&text.SpaceBefore == 0 {
			break
		}
		if pastVerb(d.lang, n.Key, g) {
			return true
		}
		if !strings.HasSuffix(n.Key, "о") || stopwords()[n.Key] {
			break
		}
	}
	return false
}

// surnameSubject reports whether the word at token i has the shape of a
// man's surname in the nominative and a verb of his gender follows it
// inside a sentence: "Виноградов був прописаний", "Сомов сказал".
func (d *doc) surnameSubject(i int) bool {
	t := d.toks[i]
	if !isNameWord(t) || i+1 >= len(d.toks) || i > 0 && prepositions[d.toks[i-1].Key] {
		return false
	}
	f, ok := surnameShape(d.lang, t.Key)
	if !ok || !f.nom || f.g != morph.Masc || f.adj {
		return false
	}
	n := d.toks[i+1]
	return n.Kind == text.Word && n.Flags&text.Cap == 0 && n.Flags&text.SpaceBefore != 0 && pastVerb(d.lang, n.Key, morph.Masc)
}

// onlySmallTown reports whether the lexicon knows the word at token i at
// most as the name of a small town (Виноградов, Сомов), which a surname
// may share.
func (d *doc) onlySmallTown(i int) bool {
	for _, f := range d.lookup(i) {
		if f.Kind != lexicon.KindName || f.Entry.Type != City || len(f.Keys) != 1 {
			return false
		}
		if p, _ := strconv.Atoi(f.Entry.Attrs["pop"]); p >= 100000 {
			return false
		}
	}
	return true
}
