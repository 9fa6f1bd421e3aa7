package morph

import (
	"testing"
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
