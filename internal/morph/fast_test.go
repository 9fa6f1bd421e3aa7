package morph

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// petFindLinear is petFind without the byLast index.
func petFindLinear(set *pSet, lw string, g Gender, firstWord bool) *pRule {
	for i := range set.exceptions {
		r := &set.exceptions[i]
		if (r.gender != Unknown && r.gender != g) || (r.firstWord && !firstWord) {
			continue
		}
		for _, t := range r.tests {
			if t == lw {
				return r
			}
		}
	}
	for i := range set.suffixes {
		if r := petSuffix(set, i, lw, g, firstWord); r != nil {
			return r
		}
	}
	return nil
}

// The suffix index of the Petrovich rules must pick the rule the plain
// scan picks, for every part, gender and word.
func TestPetFindIndex(t *testing.T) {
	petrovichLoad()
	words := []string{"", "а", "я", "й", "ь", "о", "ко", "иван", "илья", "петр", "анна", "мария", "ольга", "любовь", "шевченко", "петров", "петрова", "толстой", "толстая", "гоголь", "дарвин", "кравец", "жук", "бондарь", "гюго", "дюма", "ли", "ким", "никита", "фома", "сергеевич", "сергеевна", "ильич", "гринь", "мороз", "чайка", "скрипка", "грицько", "шоу"}
	for part := range pet.rules {
		set := &pet.rules[part]
		ws := append([]string(nil), words...)
		for _, r := range set.suffixes {
			for _, tst := range r.tests {
				ws = append(ws, tst, "к"+tst)
				if tst != "" {
					ws = append(ws, tst[1:])
				}
			}
		}
		for _, w := range ws {
			for _, g := range []Gender{Masc, Fem} {
				for _, fw := range []bool{false, true} {
					if got, want := petFind(set, w, g, fw), petFindLinear(set, w, g, fw); got != want {
						t.Errorf("part %d: petFind(%q, %v, %v) differs from the plain scan", part, w, g, fw)
					}
				}
			}
		}
	}
}

// has must read the forms the way render writes them.
func TestParaHas(t *testing.T) {
	var p para
	p.set(Gen, "Петр", "а", "у")
	p.f[Gen][1].tail = "-Иванович"
	p.set(Dat, "Петр", "")
	for _, up := range []bool{false, true} {
		p.up = up
		for _, c := range []Case{Gen, Dat, Ins} {
			for _, form := range []string{"Петра", "петра", "ПЕТРА", "Петру-Иванович", "Петр", "Петро"} {
				found, primary := p.has(c, form)
				wf, wp := false, false
				for v := 0; v < int(p.n[c]); v++ {
					if foldEq(p.render(c, v), form) {
						wf, wp = true, v == 0
						break
					}
				}
				if found != wf || primary != wp {
					t.Errorf("up=%v has(%v, %q) = %v, %v; want %v, %v", up, c, form, found, primary, wf, wp)
				}
			}
		}
	}
}

// foldEqSlow is foldEq decoding and folding every rune through the
// Unicode tables.
func foldEqSlow(a, b string) bool {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		a, b = a[na:], b[nb:]
		if ra != rb && foldRune(ra) != foldRune(rb) {
			return false
		}
	}
	return a == "" && b == ""
}

// The inline decoding and folding of foldEq must agree with the Unicode
// tables on every rune of the first three planes' start and on broken
// UTF-8.
func TestFoldEqFast(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if got, want := foldRuneFast(r), foldRune(r); got != want {
			t.Fatalf("foldRuneFast(%U) = %U, want %U", r, got, want)
		}
	}
	words := []string{"", "а", "Петра", "ПЕТРА", "петра", "Пётр", "Петр", "ЁЖ", "еж", "О'Нил", "О’Нил", "Оʼнил", "о`нил",
		"Ірина", "ІРИНА", "Їжак", "ЄВА", "Ґанок", "ґанок", "Ѐ", "ѐ", "Ѹ", "ѹ", "Ab", "aB", "\xd0", "\xd0\x9f", "\xff\xfe", "\xc2\x80", "Ωmega", "ωMEGA"}
	for _, a := range words {
		for _, b := range words {
			if got, want := foldEq(a, b), foldEqSlow(a, b); got != want {
				t.Errorf("foldEq(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// candidatesRef is candidates building every candidate as a new string.
func candidatesRef(form string, fn func(cand string)) {
	up := capsOf(form) == capsUpper
	runes := []rune(form)
	if len(runes) < 2 || len(runes) > 64 {
		if len(runes) >= 1 && len(runes) <= 64 {
			fn(form)
		}
		return
	}
	seen := map[string]bool{}
	emit := func(s string) {
		if !seen[s] {
			seen[s] = true
			fn(s)
		}
	}
	var b strings.Builder
	for k := 0; k <= maxStrip && k <= len(runes)-2; k++ {
		stem := string(runes[:len(runes)-k])
		for _, e := range nomEndings {
			emit(stem + caseEnd(e, up))
		}
		sr := runes[:len(runes)-k]
		if len(sr) < 3 {
			continue
		}
		// Palatalized velar before -і (Ользі → Ольга, Америці → Америка).
		if v := lowerRune(sr[len(sr)-1]); k == 1 && (v == 'з' || v == 'ц' || v == 'с') {
			b.Reset()
			b.WriteString(string(sr[:len(sr)-1]))
			b.WriteString(caseEnd(velarOf(v), up))
			b.WriteString(caseEnd("а", up))
			emit(b.String())
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
			b.Reset()
			b.WriteString(string(x))
			b.WriteString(caseEnd("о", up))
			b.WriteRune(c2)
			emit(b.String())
		}
		if xl == 'ь' || xl == 'й' {
			x = x[:len(x)-1]
		}
		if len(x) == 0 {
			continue
		}
		for _, v := range [...]string{"е", "ё", "о", "є"} {
			for _, e := range [...]string{"", "ь"} {
				b.Reset()
				b.WriteString(string(x))
				b.WriteString(caseEnd(v, up))
				b.WriteRune(c2)
				b.WriteString(caseEnd(e, up))
				emit(b.String())
			}
		}
		// Alternating і in the last syllable (Федора → Федір).
		if len(sr) >= 3 {
			v := lowerRune(sr[len(sr)-2])
			if v == 'о' || v == 'е' {
				alt := append([]rune(nil), sr...)
				alt[len(alt)-2] = []rune(caseEnd("і", up))[0]
				emit(string(alt))
			}
		}
	}
}

// candidates must propose the candidates of the plain implementation, in
// the same order.
func TestCandidatesBuffer(t *testing.T) {
	forms := []string{"", "а", "Ли", "Павла", "ПАВЛА", "Льва", "Кравця", "Федора", "ФЕДОРА", "Ользі", "Америці", "Санька", "Ігорька",
		"Шевченкові", "Зеленського", "Петровой", "Давтяна", "О'Нілом", "Smith", "Пе\xffтра", "\xd0", strings.Repeat("я", 70), strings.Repeat("Щ", 64)}
	for _, f := range forms {
		var got, want []string
		candidates(f, func(c string) { got = append(got, strings.Clone(c)) })
		candidatesRef(f, func(c string) { want = append(want, c) })
		if !slices.Equal(got, want) {
			t.Errorf("candidates(%q) = %q, want %q", f, got, want)
		}
	}
}
