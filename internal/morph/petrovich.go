package morph

import (
	_ "embed"
	"encoding/json"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed petrovich/rules.json
var petrovichRules []byte

//go:embed petrovich/gender.json
var petrovichGender []byte

// pRule is one Petrovich declension rule.
type pRule struct {
	gender    Gender // Unknown = androgynous
	tests     []string
	mods      [5]string // gen, dat, acc, ins, prep
	firstWord bool      // applies to the first part of a compound name only
}

type pSet struct {
	exceptions, suffixes []pRule
	// byLast lists, for each byte, the indices in suffixes (in order) of
	// the rules with a test that a word ending in that byte can end with.
	byLast [256][]int32
}

// index fills s.byLast.
func (s *pSet) index() {
	for i, r := range s.suffixes {
		var ends [256]bool
		for _, t := range r.tests {
			if t == "" {
				for b := range ends {
					ends[b] = true
				}
				break
			}
			ends[t[len(t)-1]] = true
		}
		for b, ok := range ends {
			if ok {
				s.byLast[b] = append(s.byLast[b], int32(i))
			}
		}
	}
}

type gSet struct {
	exceptions map[string]Gender
	suffixes   []gSuffix
}

type gSuffix struct {
	suf string
	g   Gender
}

var pet struct {
	once   sync.Once
	rules  [3]pSet // by Part
	gender [3]gSet // by Part
	err    error
}

// petrovichLoad parses the embedded rules once. A parse error leaves the
// tables empty (names are then left undeclined); it is reported by
// PetrovichError.
func petrovichLoad() {
	pet.once.Do(func() {
		type jrule struct {
			Gender string   `json:"gender"`
			Test   []string `json:"test"`
			Mods   []string `json:"mods"`
			Tags   []string `json:"tags"`
		}
		type jset struct {
			Exceptions []jrule `json:"exceptions"`
			Suffixes   []jrule `json:"suffixes"`
		}
		var rules map[string]jset
		if err := json.Unmarshal(petrovichRules, &rules); err != nil {
			pet.err = err
			return
		}
		conv := func(in []jrule) []pRule {
			out := make([]pRule, 0, len(in))
			for _, r := range in {
				pr := pRule{gender: petGender(r.Gender)}
				for _, t := range r.Test {
					pr.tests = append(pr.tests, strings.ReplaceAll(t, "ё", "е"))
				}
				for i := 0; i < len(pr.mods) && i < len(r.Mods); i++ {
					pr.mods[i] = r.Mods[i]
				}
				for _, t := range r.Tags {
					if t == "first_word" {
						pr.firstWord = true
					}
				}
				out = append(out, pr)
			}
			return out
		}
		for i, name := range [3]string{"firstname", "middlename", "lastname"} {
			pet.rules[i] = pSet{exceptions: conv(rules[name].Exceptions), suffixes: conv(rules[name].Suffixes)}
			pet.rules[i].index()
		}
		var gj struct {
			Gender map[string]struct {
				Exceptions map[string][]string `json:"exceptions"`
				Suffixes   map[string][]string `json:"suffixes"`
			} `json:"gender"`
		}
		if err := json.Unmarshal(petrovichGender, &gj); err != nil {
			pet.err = err
			return
		}
		for i, name := range [3]string{"firstname", "middlename", "lastname"} {
			s := gSet{exceptions: map[string]Gender{}}
			for g, list := range gj.Gender[name].Exceptions {
				for _, w := range list {
					s.exceptions[strings.ReplaceAll(w, "ё", "е")] = petGender(g)
				}
			}
			for g, list := range gj.Gender[name].Suffixes {
				for _, w := range list {
					s.suffixes = append(s.suffixes, gSuffix{strings.ReplaceAll(w, "ё", "е"), petGender(g)})
				}
			}
			pet.gender[i] = s
		}
	})
}

// PetrovichError returns the error met while parsing the embedded
// Petrovich rules, or nil. It exists for tests and diagnostics.
func PetrovichError() error {
	petrovichLoad()
	return pet.err
}

func petGender(s string) Gender {
	switch s {
	case "male":
		return Masc
	case "female":
		return Fem
	}
	return Unknown
}

// yoToE replaces ё by е (same byte length).
func yoToE(s string) string {
	if strings.Contains(s, "ё") {
		return strings.ReplaceAll(s, "ё", "е")
	}
	return s
}

// petFind returns the rule for lw (lower case, ё→е).
func petFind(set *pSet, lw string, g Gender, firstWord bool) *pRule {
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
	if lw == "" {
		for i := range set.suffixes {
			if r := petSuffix(set, i, lw, g, firstWord); r != nil {
				return r
			}
		}
		return nil
	}
	for _, i := range set.byLast[lw[len(lw)-1]] {
		if r := petSuffix(set, int(i), lw, g, firstWord); r != nil {
			return r
		}
	}
	return nil
}

// petSuffix returns suffix rule i of set if it applies to lw.
func petSuffix(set *pSet, i int, lw string, g Gender, firstWord bool) *pRule {
	r := &set.suffixes[i]
	if (r.gender != Unknown && r.gender != g) || (r.firstWord && !firstWord) {
		return nil
	}
	for _, t := range r.tests {
		if hasSuf(lw, t) {
			return r
		}
	}
	return nil
}

// ruPersonPara fills p with the paradigm of one part (no hyphen) of a
// Russian person name.
func ruPersonPara(p *para, part Part, w string, g Gender, firstWord bool) bool {
	petrovichLoad()
	if int(part) >= len(pet.rules) || !isCyrWord(w) {
		return false
	}
	var lb [64]byte
	lw := lowerTmp(lb[:], w) // not kept
	if len(lw) != len(w) {
		return false
	}
	if g != Masc && g != Fem {
		g = Masc
	}
	r := petFind(&pet.rules[part], yoToE(lw), g, firstWord)
	if r == nil {
		return false
	}
	p.up = capsOf(w) == capsUpper
	p.set(Nom, w, "")
	p.set(Voc, w, "")
	for i, m := range r.mods {
		c := Case(i + 1)
		if m == "." || m == "" {
			p.set(c, w, "")
			continue
		}
		k := 0
		for k < len(m) && m[k] == '-' {
			k++
		}
		s := w
		for j := 0; j < k && s != ""; j++ {
			_, n := utf8.DecodeLastRuneInString(s)
			s = s[:len(s)-n]
		}
		p.set(c, s, m[k:])
	}
	if part == First && lw == "илья" {
		p.add(Ins, cut(w, 2), "ей")
	}
	return true
}

// ruGender guesses the gender of a Russian name part with gender.json.
func ruGender(part Part, name string) Gender {
	petrovichLoad()
	if int(part) >= len(pet.gender) {
		return Unknown
	}
	lw := yoToE(lower(name))
	s := &pet.gender[part]
	if g, ok := s.exceptions[lw]; ok {
		return g
	}
	best, bg := 0, Unknown
	for _, x := range s.suffixes {
		if len(x.suf) > best && hasSuf(lw, x.suf) {
			best, bg = len(x.suf), x.g
		}
	}
	return bg
}
