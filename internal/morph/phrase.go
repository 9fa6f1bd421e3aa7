package morph

import "strings"

// maxPhrase bounds the length of a phrase that is declined; longer input
// is returned unchanged.
const maxPhrase = 512

// hyphenPreps are the lower-case particles inside hyphenated toponyms
// after which only the first part declines (Ростов-на-Дону,
// Франкфурт-на-Майні, Комсомольск-на-Амуре).
var hyphenPreps = map[string]bool{
	"на": true, "де": true, "ла": true, "ле": true, "сюр": true, "ам": true,
	"дель": true, "ди": true, "ді": true, "да": true, "ду": true, "дос": true,
	"над": true, "под": true, "під": true, "ан": true, "он": true, "об": true,
}

// wordPara fills p with the paradigm of one word (possibly hyphenated) of
// a place/organization name used as a noun. It returns false when the word
// does not decline.
func wordPara(p *para, lang, w string, g Gender, k nounKind) bool {
	if strings.IndexByte(w, '-') >= 0 {
		return hyphenPara(p, lang, w, g, k)
	}
	if !isCyrWord(w) {
		return false
	}
	lw := lower(w)
	if len(lw) != len(w) {
		return false
	}
	up := capsOf(w) == capsUpper
	if up && k == kindPlace && runeCount(w) <= 6 {
		return false // abbreviation: КМДА, ООН, ТАСС
	}
	p.up = up
	if k == kindPlace {
		if a, ok := singleAdj(lang, lw); ok {
			adjPara(p, lang, w, a)
			return true
		}
	}
	if lang == "uk" {
		return ukNoun(p, w, lw, g, k)
	}
	return ruNoun(p, w, lw, g, k)
}

// singleAdj reports whether a one-word toponym is an adjective (Рівне,
// Грозный, Раменское).
func singleAdj(lang, lw string) (adjInfo, bool) {
	if lang == "uk" {
		return ukAdj(lw, true)
	}
	a, ok := ruAdj(lw)
	if ok && a.g == Plural {
		return a, false
	}
	return a, ok
}

// hyphenPara declines a hyphenated place name.
func hyphenPara(p *para, lang, w string, g Gender, k nounKind) bool {
	first := strings.IndexByte(w, '-')
	lastDash := strings.LastIndexByte(w, '-')
	if first == 0 || lastDash == len(w)-1 {
		return false
	}
	// Ростов-на-Дону: decline the first part only.
	if first != lastDash {
		rest := w[first+1:]
		for rest != "" {
			i := strings.IndexByte(rest, '-')
			part := rest
			if i >= 0 {
				part = rest[:i]
				rest = rest[i+1:]
			} else {
				rest = ""
			}
			if hyphenPreps[part] {
				if !wordPara(p, lang, w[:first], g, k) {
					return false
				}
				p.withTail(w[first:])
				return true
			}
		}
	}
	head, tail := w[:lastDash], w[lastDash+1:]
	lt := lower(tail)
	var a adjInfo
	var isAdj bool
	if isCyrWord(tail) && len(lt) == len(tail) {
		if lang == "uk" {
			a, isAdj = ukAdj(lt, true)
		} else {
			a, isAdj = ruAdj(lt)
		}
	}
	if isAdj && strings.IndexByte(head, '-') < 0 {
		// Кам'янець-Подільський, Гусь-Хрустальный: both parts decline.
		var ph, pt para
		if !wordPara(&ph, lang, head, a.g, k) {
			ph.indecl(head)
		}
		pt.up = capsOf(tail) == capsUpper
		adjPara(&pt, lang, tail, a)
		ps := []para{ph, pt}
		agreeAcc(ps, []bool{false, true})
		*p = joinParas(ps, []string{"-"})
		return true
	}
	// Нью-Йорк, Санкт-Петербург: decline the last part.
	if !wordPara(p, lang, tail, g, k) {
		return false
	}
	p.withPrefix(w[:lastDash+1])
	return true
}

// agreeAcc makes the accusative of the adjectives in ps (marked in adj)
// agree with the animacy of the noun: nominative for things, genitive for
// persons (заступник, голова).
func agreeAcc(ps []para, adj []bool) {
	noun := -1
	for i := range ps {
		if !adj[i] {
			noun = i
			break
		}
	}
	if noun < 0 {
		return
	}
	h := &ps[noun]
	inanim := h.render(Acc, 0) == h.render(Nom, 0)
	for i := range ps {
		if !adj[i] || ps[i].n[Acc] < 2 {
			continue
		}
		if inanim {
			ps[i].n[Acc] = 1
		} else {
			ps[i].f[Acc][0] = ps[i].f[Acc][1]
			ps[i].n[Acc] = 1
		}
	}
}

// ukAgreeAdj reports whether the Ukrainian word lw, followed by next,
// is an adjective agreeing with it.
func ukAgreeAdj(lw, next string) (adjInfo, bool) {
	a, ok := ukAdj(lw, false)
	if !ok {
		return a, false
	}
	nl, _ := lastRune(next)
	switch a.g {
	case Masc:
		return a, true
	case Fem:
		return a, nl == 'а' || nl == 'я' || nl == 'ь'
	case Neut:
		return a, nl == 'о' || nl == 'е' || nl == 'я' || nl == 'є'
	case Plural:
		return a, nl == 'и' || nl == 'і'
	}
	return a, false
}

// PhraseForms returns the distinct singular case forms (nominative first)
// of a place, organization or post name given in the nominative, for lang
// "uk" or "ru"; other languages get the phrase alone. g is a gender hint:
// Unknown guesses from the ending, Masc/Fem force the gender of nouns in
// -ь, Plural declines pluralia tantum (Черкаси, Набережные Челны).
//
// Leading adjectives and the first noun decline, the rest of the phrase is
// kept ("Київська міська рада" → "Київської міської ради"; "Центр
// стратегических разработок" → "Центра стратегических разработок").
// Indeclinable words (foreign names in vowels, abbreviations, words with
// digits or Latin letters) give a single form.
func PhraseForms(lang, phrase string, g Gender) []string {
	if phrase == "" {
		return nil
	}
	if (lang != "uk" && lang != "ru") || len(phrase) > maxPhrase {
		return []string{phrase}
	}
	sp := strings.IndexByte(phrase, ' ')
	if sp < 0 {
		var p para
		if !wordPara(&p, lang, phrase, g, kindPlace) {
			return []string{phrase}
		}
		return p.forms(make([]string, 0, 8), casesFor(lang))
	}
	return multiForms(lang, phrase, g)
}

// multiForms declines a phrase of several words.
func multiForms(lang, phrase string, g Gender) []string {
	var paras [6]para
	var seps [6]string
	var adjs [6]bool
	n := 0
	rest := phrase
	plural := g == Plural
	for {
		sp := strings.IndexByte(rest, ' ')
		w := rest
		if sp >= 0 {
			w = rest[:sp]
		}
		next := ""
		if sp >= 0 {
			next = rest[sp+1:]
			if j := strings.IndexByte(next, ' '); j >= 0 {
				next = next[:j]
			}
		}
		lw := lower(w)
		var a adjInfo
		isAdj := false
		prefix := ""
		if next != "" && isCyrWord(w) && len(lw) == len(w) {
			if lang == "uk" {
				a, isAdj = ukAgreeAdj(lw, lower(next))
			} else {
				a, isAdj = ruAdj(lw)
			}
		} else if d := strings.LastIndexByte(w, '-'); next != "" && d > 0 && d < len(w)-1 && isCyrWord(w[d+1:]) && len(lw) == len(w) {
			// "Івано-Франківська область", "Северо-Казахстанская
			// область": the part after the last hyphen is an adjective
			// agreeing with the noun; the parts before it stay.
			tail := lw[d+1:]
			if lang == "uk" {
				a, isAdj = ukAgreeAdj(tail, lower(next))
			} else {
				a, isAdj = ruAdj(tail)
			}
			if isAdj {
				prefix, w = w[:d+1], w[d+1:]
			}
		}
		p := &paras[n]
		if isAdj {
			p.up = capsOf(w) == capsUpper
			adjPara(p, lang, w, a)
			if prefix != "" {
				p.withPrefix(prefix)
			}
			adjs[n] = true
			if a.g == Plural {
				plural = true
			}
		} else {
			gg := g
			if plural {
				gg = Plural
			}
			if !wordPara(p, lang, w, gg, kindPlace) {
				if n == 0 {
					return []string{phrase}
				}
				p.indecl(w)
			}
		}
		n++
		if !isAdj || sp < 0 {
			if sp >= 0 {
				seps[n-1] = rest[sp:]
			}
			break
		}
		seps[n-1] = " "
		rest = rest[sp+1:]
		if n == len(paras) {
			seps[n-1] = " " + rest
			break
		}
	}
	if !adjs[n-1] {
		agreeAcc(paras[:n], adjs[:n])
	}
	out := make([]string, 0, 10)
	nc := casesFor(lang)
	var b strings.Builder
	for c := Case(0); int(c) < nc; c++ {
		// All combinations of the variants of the words (at most 3^6).
		var idx [6]int
		for {
			b.Reset()
			for i := 0; i < n; i++ {
				b.WriteString(paras[i].render(c, idx[i]))
				b.WriteString(seps[i])
			}
			s := b.String()
			dup := false
			for _, d := range out {
				if d == s {
					dup = true
					break
				}
			}
			if !dup {
				out = append(out, s)
			}
			i := 0
			for ; i < n; i++ {
				idx[i]++
				if idx[i] < int(paras[i].n[c]) {
					break
				}
				idx[i] = 0
			}
			if i == n {
				break
			}
		}
	}
	return out
}
