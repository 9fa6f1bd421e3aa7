package morph

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// nomEndings are the nominative endings tried when a stem is proposed.
var nomEndings = [...]string{"", "а", "я", "о", "й", "ь", "ий", "ій", "ой", "ый", "ая", "ей", "е", "ьо"}

// maxStrip is the largest number of letters stripped from a form.
const maxStrip = 4

// candidates calls fn with the nominative candidates for a name form:
// stems obtained by stripping up to maxStrip letters plus a nominative
// ending, and stems with a restored fleeting vowel (Павла → Павел, Льва →
// Лев, Кравця → Кравець) or alternating і (Федора → Федір).
//
// The candidate strings are built in a reused buffer: one is valid only
// during the call of fn that receives it, and fn must copy it
// (strings.Clone) to keep it.
func candidates(form string, fn func(cand string)) {
	up := capsOf(form) == capsUpper
	cb := candPool.Get().(*candBuf)
	defer func() {
		clear(cb.seen)
		if cap(cb.arena) > 1<<16 {
			cb.arena = nil
		}
		cb.arena = cb.arena[:0]
		candPool.Put(cb)
	}()
	runes := cb.runes[:0]
	for _, r := range form {
		runes = append(runes, r)
	}
	cb.runes = runes
	if len(runes) < 2 || len(runes) > 64 {
		if len(runes) >= 1 && len(runes) <= 64 {
			fn(form)
		}
		return
	}
	// emit calls fn with arena[start:], unless it was emitted before.
	emit := func(start int) {
		c := cb.arena[start:]
		s := ""
		if len(c) > 0 {
			s = unsafe.String(unsafe.SliceData(c), len(c))
		}
		if cb.seen[s] {
			cb.arena = cb.arena[:start]
			return
		}
		cb.seen[s] = true
		fn(s)
	}
	appendRunes := func(rs []rune) {
		for _, r := range rs {
			cb.arena = utf8.AppendRune(cb.arena, r)
		}
	}
	for k := 0; k <= maxStrip && k <= len(runes)-2; k++ {
		stemStart := len(cb.arena)
		appendRunes(runes[:len(runes)-k])
		stemEnd := len(cb.arena)
		for _, e := range nomEndings {
			start := len(cb.arena)
			cb.arena = append(cb.arena, cb.arena[stemStart:stemEnd]...)
			cb.arena = append(cb.arena, caseEnd(e, up)...)
			emit(start)
		}
		sr := runes[:len(runes)-k]
		if len(sr) < 3 {
			continue
		}
		// Palatalized velar before -і (Ользі → Ольга, Америці → Америка).
		if v := lowerRune(sr[len(sr)-1]); k == 1 && (v == 'з' || v == 'ц' || v == 'с') {
			start := len(cb.arena)
			appendRunes(sr[:len(sr)-1])
			cb.arena = append(cb.arena, caseEnd(velarOf(v), up)...)
			cb.arena = append(cb.arena, caseEnd("а", up)...)
			emit(start)
		}
		// Fleeting vowel between the last two consonants.
		c2 := sr[len(sr)-1]
		x := sr[:len(sr)-1]
		if !isConsonant(lowerRune(c2)) {
			continue
		}
		xl := lowerRune(x[len(x)-1])
		if xl == 'ь' {
			// Санька → Саньок, Ігорька → Ігорьок
			start := len(cb.arena)
			appendRunes(x)
			cb.arena = append(cb.arena, caseEnd("о", up)...)
			cb.arena = utf8.AppendRune(cb.arena, c2)
			emit(start)
		}
		if xl == 'ь' || xl == 'й' {
			x = x[:len(x)-1]
		}
		if len(x) == 0 {
			continue
		}
		for _, v := range [...]string{"е", "ё", "о", "є"} {
			for _, e := range [...]string{"", "ь"} {
				start := len(cb.arena)
				appendRunes(x)
				cb.arena = append(cb.arena, caseEnd(v, up)...)
				cb.arena = utf8.AppendRune(cb.arena, c2)
				cb.arena = append(cb.arena, caseEnd(e, up)...)
				emit(start)
			}
		}
		// Alternating і in the last syllable (Федора → Федір).
		if len(sr) >= 3 {
			v := lowerRune(sr[len(sr)-2])
			if v == 'о' || v == 'е' {
				start := len(cb.arena)
				appendRunes(sr[:len(sr)-2])
				i := 'і'
				if up {
					i = 'І'
				}
				cb.arena = utf8.AppendRune(cb.arena, i)
				cb.arena = utf8.AppendRune(cb.arena, sr[len(sr)-1])
				emit(start)
			}
		}
	}
}

// candBuf is the working memory of candidates: the set of the candidates
// emitted, the buffer they are built in and the form's runes.
type candBuf struct {
	seen  map[string]bool
	arena []byte
	runes []rune
}

// candPool holds candBufs for reuse.
var candPool = sync.Pool{New: func() any { return &candBuf{seen: make(map[string]bool, 64), arena: make([]byte, 0, 4096)} }}

// velarOf returns the velar that alternates with the palatalized z, ts or
// s before -і (з → г, ц → к, с → х).
func velarOf(r rune) string {
	switch r {
	case 'з':
		return "г"
	case 'ц':
		return "к"
	case 'с':
		return "х"
	}
	return ""
}

// NominativeName returns candidate nominative forms of a person-name part
// seen in text in case c, for a person of gender g, best first:
// ("Давтяна", Last, Masc, Gen) → ["Давтян"]; ("Петровой", Last, Fem, Gen)
// → ["Петрова", …]. It works by analysis by synthesis: candidates are
// proposed by replacing endings and kept when DeclineName (or one of the
// accepted variants) maps them back to form. The result is empty when no
// candidate fits.
func NominativeName(lang string, p Part, form string, g Gender, c Case) []string {
	if form == "" || int(c) >= NumCases || len(form) > maxPhrase {
		return nil
	}
	if c == Voc && lang != "uk" {
		c = Nom
	}
	if strings.IndexByte(form, '-') >= 0 && (lang == "uk" || lang == "ru") {
		return nominativeCompound(lang, p, form, g, c)
	}
	return nominativeNameCases(lang, p, form, g, []Case{c})[0]
}

// nominativeNameCases returns NominativeName(lang, p, form, g, c) for each
// c of cs (already checked: valid cases, Voc only in Ukrainian, form
// without a hyphen), building the candidates and their paradigms once.
func nominativeNameCases(lang string, p Part, form string, g Gender, cs []Case) [][]string {
	type scored struct {
		s     string
		score int
	}
	res := make([][]scored, len(cs))
	candidates(form, func(cand string) {
		var pa para
		if !namePara(&pa, lang, p, cand, g) {
			if cand == form {
				for i := range cs {
					res[i] = append(res[i], scored{form, 3})
				}
			}
			return
		}
		kept := "" // cand, copied out of the candidates' buffer once
		// The scores that do not depend on the case, computed once.
		base, baseDone := 0, false
		for i, c := range cs {
			found, primary := pa.has(c, form)
			if !found {
				continue
			}
			if !baseDone {
				if p == Last && g != Unknown {
					if lg := LastNameGender(lang, cand); lg != Unknown && lg != g {
						base += 4
					}
				}
				base += implausible(lang, cand)
				if p == First && g != Unknown {
					if fg := FirstNameGender(lang, cand); fg != Unknown && fg != g {
						base += 4
					}
				}
				baseDone = true
			}
			score := 0
			if !primary {
				score++
			}
			if c != Nom && foldEq(cand, form) {
				score += 2
			}
			if kept == "" {
				kept = strings.Clone(cand)
			}
			res[i] = append(res[i], scored{kept, score + base})
		}
	})
	out := make([][]string, len(cs))
	for i := range res {
		r := res[i]
		sort.SliceStable(r, func(i, j int) bool { return r[i].score < r[j].score })
		o := make([]string, 0, len(r))
		for _, x := range r {
			o = append(o, x.s)
		}
		out[i] = o
	}
	return out
}

// nominativeNameAll is NominativeName for each case of cs, sharing the
// work between the cases where it can.
func nominativeNameAll(lang string, p Part, form string, g Gender, cs []Case) [][]string {
	simple := form != "" && len(form) <= maxPhrase && !(strings.IndexByte(form, '-') >= 0 && (lang == "uk" || lang == "ru"))
	for _, c := range cs {
		if int(c) >= NumCases || c == Voc && lang != "uk" {
			simple = false
		}
	}
	if !simple {
		out := make([][]string, len(cs))
		for i, c := range cs {
			out[i] = NominativeName(lang, p, form, g, c)
		}
		return out
	}
	return nominativeNameCases(lang, p, form, g, cs)
}

// implausible returns a penalty for nominative candidates with endings
// that names rarely have (Дмитр, Павл, Шевченк, Зеленськой, Кравць,
// Орловый), so that the likely reading comes first.
func implausible(lang, cand string) int {
	lw := lower(cand)
	pen := 0
	switch {
	case hasAnySuf(lw, "тр", "вл", "нк", "йл", "кл", "гл", "бр"):
		pen += 2
	case hasAnySuf(lw, "оя", "ея", "ыя", "ия") && runeCount(lw) > 5 && !hasAnySuf(lw, "ськоя", "цкоя", "овоя", "ская", "ской") && hasAnySuf(lw, "коя", "воя", "ноя"):
		pen += 2
	case hasAnySuf(lw, "цькоя", "ськоя", "зькоя", "овоя", "евоя", "іноя"):
		pen += 3
	case hasAnySuf(lw, "овый", "евый", "иный", "ыный", "ёвый"):
		pen += 3
	case hasSuf(lw, "ць") && isConsonant(runeBefore(lw, "ць")), hasAnySuf(lw, "кь", "гь", "хь", "жь", "шь", "чь"):
		pen += 3
	case hasAnySuf(lw, "ьо", "йо"):
		pen += 2
	}
	if lang == "uk" && hasAnySuf(lw, "ой", "ый", "ей") {
		pen += 2
	}
	// "Мельником" is Мельник, not Мельнико: -ко surnames have another
	// consonant before к (Шевченко, Бойко, Кличко, Франко).
	if hasAnySuf(lw, "ико", "ыко", "ако", "яко", "уко", "юко") {
		pen += 2
	}
	// "Ващишиним", "Пушкіним" are -ин/-ін surnames in the instrumental,
	// not adjectives Ващишиний, Пушкіний.
	if lang == "uk" && hasAnySuf(lw, "иний", "іний", "иная", "іная") && !hasSuf(lw, "ений") {
		pen += 2
	}
	// Adjectival surnames are far more often -ский/-ський/-ый/-ий than
	// nouns in -ском or -ой: "Зеленскому" → Зеленский, "Навального" →
	// Навальный, not Зеленском, Навальной.
	if hasAnySuf(lw, "ском", "цком", "ськом", "цьком") {
		pen += 3
	}
	if lang == "ru" && (hasAnySuf(lw, "ской", "цкой") || hasSuf(lw, "ной") && runeCount(lw) > 5) {
		pen += 2
	}
	if lang == "ru" && hasAnySuf(lw, "ій", "ія", "є") {
		pen += 3
	}
	return pen
}

// nominativeCompound analyzes a hyphenated name part by part.
func nominativeCompound(lang string, p Part, form string, g Gender, c Case) []string {
	parts := strings.Split(form, "-")
	if len(parts) > 4 {
		return nil
	}
	var b strings.Builder
	for i, s := range parts {
		if i > 0 {
			b.WriteByte('-')
		}
		if s == "" {
			continue
		}
		n := NominativeName(lang, p, s, g, c)
		if len(n) == 0 {
			b.WriteString(s)
			continue
		}
		b.WriteString(n[0])
	}
	return []string{b.String()}
}

// FirstNameAnalysis is one reading of a first-name form: the nominative,
// the gender and the cases the form can be in.
type FirstNameAnalysis struct {
	Nom    string
	Gender Gender
	Cases  []Case
}

// AnalyzeFirstName returns the readings of a first-name form seen in text,
// given known, which says whether a nominative first name exists (in the
// lexicon's first-name list) and its gender: "Дмитра" → {Дмитро, Masc,
// [Gen, Acc]}. Readings whose nominative is the form itself come first.
func AnalyzeFirstName(lang, form string, known func(nom string) (Gender, bool)) []FirstNameAnalysis {
	if form == "" || known == nil || len(form) > maxPhrase {
		return nil
	}
	var out []FirstNameAnalysis
	nc := casesFor(lang)
	candidates(form, func(cand string) {
		cand = strings.Clone(cand) // known and out may keep it
		kg, ok := known(cand)
		if !ok {
			return
		}
		genders := []Gender{kg}
		if kg != Masc && kg != Fem {
			genders = []Gender{Masc, Fem}
		}
		for _, g := range genders {
			var pa para
			var cases []Case
			if !namePara(&pa, lang, First, cand, g) {
				if foldEq(cand, form) {
					for c := Case(0); int(c) < nc; c++ {
						cases = append(cases, c)
					}
				}
			} else {
				for c := Case(0); int(c) < nc; c++ {
					if found, _ := pa.has(c, form); found {
						cases = append(cases, c)
					}
				}
			}
			if len(cases) > 0 {
				out = append(out, FirstNameAnalysis{Nom: cand, Gender: g, Cases: cases})
			}
		}
	})
	sort.SliceStable(out, func(i, j int) bool {
		return out[i].Cases[0] < out[j].Cases[0]
	})
	return out
}

// Name is a person's name brought to the nominative, with the gender and
// the case it was found in.
type Name struct {
	First, Middle, Last string
	Gender              Gender
	Case                Case
}

// PersonLemma brings a full name as written in text (first, optional
// middle and last; missing parts are "") to the nominative. It analyzes
// the first name with known, picks the case consistent with the surname
// and patronymic, and finds their nominative with NominativeName. ok is
// false when the first name is unknown.
func PersonLemma(lang, first, middle, last string, known func(nom string) (Gender, bool)) (Name, bool) {
	an := AnalyzeFirstName(lang, first, known)
	if len(an) == 0 {
		return Name{}, false
	}
	best, bestScore := Name{}, 1<<30
	for ai, a := range an {
		var middles, lasts [][]string
		if middle != "" {
			middles = nominativeNameAll(lang, Middle, middle, a.Gender, a.Cases)
		}
		if last != "" {
			lasts = nominativeNameAll(lang, Last, last, a.Gender, a.Cases)
		}
		for ci, c := range a.Cases {
			score := ai
			n := Name{First: a.Nom, Middle: middle, Last: last, Gender: a.Gender, Case: c}
			if middle != "" {
				m := middles[ci]
				if len(m) == 0 {
					score += 100
				} else {
					n.Middle = m[0]
					if c != Nom && foldEq(m[0], middle) {
						score += 5
					}
				}
			}
			if last != "" {
				l := lasts[ci]
				if len(l) == 0 {
					score += 100
				} else {
					n.Last = l[0]
					if c != Nom && foldEq(l[0], last) {
						score += 5
					}
					if lg := LastNameGender(lang, l[0]); lg != Unknown && lg != a.Gender {
						score += 50
					}
				}
			}
			if score < bestScore {
				best, bestScore = n, score
			}
		}
	}
	return best, true
}

// obliqueEnds are endings that a nominative name rarely has and an oblique
// case form often does: "Харрисом", "Антонеллой", "Мирославою".
var obliqueEnds = map[string][]string{
	"ru": {"ом", "ем", "ым", "ой", "ому", "ему", "ии", "ию", "ией"},
	"uk": {"ом", "ем", "им", "ою", "ею", "ові", "еві", "ому", "ої", "ії", "ію", "ією"},
}

// UnknownNameLemma brings a name whose first name is not known (a foreign
// or rare name: "Гаррета Рейсмана", "Хулианой Авада", "Івану Ішманову") to
// the nominative. words are the name's words as written, the surname last.
// It picks the gender and case in which all the words have a nominative
// (indeclinable words are kept as they are), preferring the form as
// written unless it has an oblique ending or every word has a true
// oblique reading in one case.
func UnknownNameLemma(lang string, words []string) Name {
	n := len(words)
	if n == 0 {
		return Name{}
	}
	written := Name{Last: words[n-1], Gender: Unknown, Case: Nom}
	if n > 1 {
		written.First = words[0]
		written.Middle = strings.Join(words[1:n-1], " ")
	}
	if lang != "uk" && lang != "ru" {
		return written
	}
	// Costs, lower is better: the form as written costs 2, plus 6 for
	// each word with an oblique ending; a reading in an oblique case costs
	// per word 0 for a true oblique form, 1 for a word kept as written
	// that looks indeclinable (Биби, Ризви), 4 for any other word kept.
	penalty := 2
	for _, w := range words {
		if hasObliqueEnd(lang, w) {
			penalty += 6
		}
	}
	best, bestScore := written, penalty
	genders := []Gender{Masc, Fem}
	if n > 1 && hasSuffixAny(strings.ToLower(words[0]), "ии", "ию", "ией", "ії", "ію", "ією") {
		genders = []Gender{Fem, Masc} // "Асии": Асия rather than a rare Асий
	}
	// The nominatives of every word in every gender and case, computed
	// per word and gender at once.
	cases := []Case{Gen, Dat, Ins, Acc, Loc}
	noms := make([][][][]string, len(genders))
	for gi, g := range genders {
		noms[gi] = make([][][]string, n)
		for k, w := range words {
			p := First
			if k == n-1 {
				p = Last
			}
			noms[gi][k] = nominativeNameAll(lang, p, w, g, cases)
		}
	}
	for gi, g := range genders {
		for ci, c := range cases {
			score, nm, changed, kept := 0, Name{Gender: g, Case: c}, false, 0
			parts := make([]string, n)
			for k, w := range words {
				p := First
				if k == n-1 {
					p = Last
				}
				keep := 4 // kept as written: indeclinable here
				if looksIndeclinable(w) {
					keep = 1
				}
				if hasObliqueEnd(lang, w) {
					keep += 6
				}
				real, cost := "", keep
				for _, cand := range preferPlain(noms[gi][k][ci]) {
					if foldEq(cand, w) {
						continue
					}
					cc := 0
					if rs := []rune(cand); p == Last && len(rs) > 2 && rs[len(rs)-1] == 'я' && !strings.ContainsRune("аеєиіїоуюяыэйл", rs[len(rs)-2]) {
						cc = 4 // "Дедя", "Сондя": foreign surnames in -и/-і do not decline
					}
					if p == First && implausibleNom(cand) {
						cc = 2 // "Мирославоь"
					}
					real, cost = cand, cc
					break
				}
				if p == First && cost == 0 && hasSuffixAny(strings.ToLower(w), "и", "і") && !hasSuffixAny(strings.ToLower(w), "ии", "ії") {
					cost = 2 // "Кейли", "Исси": foreign names in -и keep it
				}
				if real == "" || cost >= keep {
					score += keep
					kept++
					parts[k] = w
					continue
				}
				score += cost
				parts[k], changed = real, true
			}
			if !changed {
				continue // nothing changes: not a reading of its own
			}
			if (c == Gen || c == Acc) && g == Masc && kept > 0 {
				// "Коффи Коджа", "Ивонна Мальдонадо", "Фабио Панетта": a
				// word in -а next to an indeclinable one is as likely a
				// nominative as a man's genitive.
				score += 2
			}
			if n > 1 && genderShape(parts[0]) != g && genderShape(parts[0]) != Unknown {
				score += 2 // "Коффя", "Тора" for a man
			}
			if score < bestScore {
				nm.Last = parts[n-1]
				if n > 1 {
					nm.First = parts[0]
					nm.Middle = strings.Join(parts[1:n-1], " ")
				}
				best, bestScore = nm, score
			}
		}
	}
	return best
}

// looksIndeclinable reports whether a name word ends in a vowel that
// foreign names keep in every case: Биби, Ризви, Гонгадзе, Рокуццо.
func looksIndeclinable(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.ToLower(w))
	return strings.ContainsRune("иіеоуюэ", r)
}

// hasObliqueEnd reports whether w ends like an oblique case form.
func hasObliqueEnd(lang, w string) bool {
	lw := strings.ToLower(w)
	for _, e := range obliqueEnds[lang] {
		if strings.HasSuffix(lw, e) && utf8.RuneCountInString(lw) >= utf8.RuneCountInString(e)+2 {
			return true
		}
	}
	return false
}

// genderShape guesses the gender of a nominative first name from its
// ending: -а/-я feminine, a consonant masculine, else Unknown.
func genderShape(nom string) Gender {
	r, _ := utf8.DecodeLastRuneInString(strings.ToLower(nom))
	switch {
	case r == 'а' || r == 'я':
		return Fem
	case strings.ContainsRune("бвгґджзйклмнпрстфхцчшщь", r):
		return Masc
	}
	return Unknown
}

// implausibleNom reports whether a first-name nominative ends in a vowel
// followed by a soft sign, which no name does.
func implausibleNom(nom string) bool {
	rs := []rune(strings.ToLower(nom))
	return len(rs) > 2 && rs[len(rs)-1] == 'ь' && strings.ContainsRune("аеєиіїоуюяыэ", rs[len(rs)-2])
}

func hasSuffixAny(s string, ends ...string) bool {
	for _, e := range ends {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// preferPlain moves plain readings before rarer ones among the nominatives
// of an unknown name's word: a consonant stem before one in -о
// ("Ференцом" → Ференц, not Ференцо), a surname in -ин/-ін before an
// adjectival one in -иний/-іний ("Ващишиним" → Ващишин).
func preferPlain(cands []string) []string {
	if len(cands) < 2 {
		return cands
	}
	for i, c := range cands {
		lc := strings.ToLower(c)
		var plain string
		switch {
		case strings.HasSuffix(lc, "о"):
			plain = c[:len(c)-len("о")]
		case strings.HasSuffix(lc, "иний") || strings.HasSuffix(lc, "іний"):
			plain = c[:len(c)-len("ий")]
		default:
			continue
		}
		for j := i + 1; j < len(cands); j++ {
			if cands[j] == plain {
				out := make([]string, 0, len(cands))
				out = append(out, plain)
				for k, o := range cands {
					if k != j {
						out = append(out, o)
					}
				}
				return out
			}
		}
	}
	return cands
}
