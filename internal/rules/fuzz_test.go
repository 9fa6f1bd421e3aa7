package rules

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

func TestNearMisses(t *testing.T) {
	s := mustSet(t, `
rule uk.twin
  lang uk
  emit twin_city city=$a twin=$b
  pattern $a:city (може | можуть) стати ~2 побратим* ~4 $b:city
rule uk.hit
  emit x
  pattern $a:city може
rule ru.only
  lang ru
  emit x
  pattern $a:city может стать
rule one
  emit x
  pattern absent
rule anchored
  emit x
  pattern ^ $a:city стати $
`)
	tests := []struct{ units, want string }{
		{"Київ/city може стати партнером Ханчжоу/city", "uk.twin 0-5 6/7 побратим*"},
		{"Київ/city стати побратимом Ханчжоу/city", "uk.twin 0-4 6/7 (може | можуть); uk.hit 0-1 1/2 може"},
		{"Київ/city може стати побратимом", "uk.twin 0-4 6/7 $b:city"},
		{"Київ/city може стати побратимом Ханчжоу/city", ""},
		{"Київ/city стане", "uk.hit 0-1 1/2 може; anchored 0-2 1/2 стати"},
		{"Київ/city може стать", ""},
		{"x y z", ""},
	}
	for _, tc := range tests {
		var parts []string
		for _, nm := range s.NearMisses("uk", us(tc.units)) {
			parts = append(parts, fmt.Sprintf("%s %d-%d %d/%d %s", nm.Rule.ID, nm.Start, nm.End, nm.Matched, nm.Total, nm.Expected))
		}
		if got := strings.Join(parts, "; "); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.units, got, tc.want)
		}
	}
}

// fuzzUnits maps bytes to units from a small vocabulary.
var fuzzVocab = us("a b c a-b b-c , « Київ/city Китай/country Орлов/person КМДА/org x/quote y/widget ab abc")

func unitsFromBytes(b []byte) []Unit {
	if len(b) > 40 {
		b = b[:40]
	}
	out := make([]Unit, len(b))
	for i, c := range b {
		out[i] = fuzzVocab[int(c)%len(fuzzVocab)]
	}
	return out
}

// refCost estimates the number of paths the reference matcher explores.
func refCost(n *node) float64 {
	switch n.kind {
	case nGap:
		return float64(n.n + 1)
	case nOpt:
		return refCost(n.subs[0]) + 1
	case nAlt:
		c := 0.0
		for _, s := range n.subs {
			c += refCost(s)
		}
		return c
	case nSeq:
		c := 1.0
		for _, s := range n.subs {
			c *= refCost(s)
		}
		return c
	}
	return 1
}

// checkAgainstRef compares Match with and without prefilter and the
// reference backtracking matcher.
func checkAgainstRef(t *testing.T, s *Set, units []Unit) {
	for _, lang := range []string{"", "uk"} {
		a := fmtMatches(collect(s, lang, units, true))
		b := fmtMatches(collect(s, lang, units, false))
		if a != b {
			t.Fatalf("prefilter changes result: %q vs %q", a, b)
		}
		small := true
		for _, r := range s.rules {
			if refCost(r.pat) > 1e4 {
				small = false
			}
		}
		if small && len(units) <= 12 {
			if c := fmtMatches(refAll(s, lang, units)); a != c {
				t.Fatalf("VM %q, reference %q", a, c)
			}
		}
	}
	s.NearMisses("uk", units)
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("rule r\n  emit x a=$a\n  pattern $a:city (може | можуть) стати ~2 побратим* ~4 $b:city+\n"), []byte{7, 1, 2, 0, 8})
	f.Add([]byte("rule r\n  lang uk ru\n  status planned\n  emit x k=\"v\"\n  pattern ^ !(a | :city) [b c] _ $\n  negation ok\n"), []byte{0, 1, 2})
	f.Add([]byte("rule r\n  emit x\n  pattern a\n      (b | \"»\" | , | :person)\nrule s\n  emit y\n  pattern $p:place|org"), []byte{0, 1, 5, 9})
	f.Add([]byte("rule r\n\temit x\n\tpattern \"unterminated\n"), []byte{})
	f.Add([]byte("rule\n  pattern (((\n foo"), []byte{1})
	f.Fuzz(func(t *testing.T, src, sentence []byte) {
		rs, err := Parse("fuzz.rules", src)
		if err != nil {
			var l ErrorList
			for _, e := range asList(err) {
				if e.Msg == "" {
					t.Fatalf("empty error message")
				}
				l = append(l, e)
			}
			_ = l.Details()
		}
		s, err := Compile(rs)
		if err != nil {
			t.Fatalf("Compile of parsed rules failed: %v", err)
		}
		for _, r := range rs {
			// the source reparses to the same pattern
			rs2, err := Parse("again", []byte("rule r\n  emit x\n  pattern "+r.pat.String()+"\n"))
			if err != nil || rs2[0].pat.String() != r.pat.String() {
				t.Fatalf("formatted pattern %q does not reparse: %v", r.pat.String(), err)
			}
		}
		checkAgainstRef(t, s, unitsFromBytes(sentence))
	})
}

func FuzzMatch(f *testing.F) {
	f.Add("$a:city ~3 $b:city", []byte{7, 0, 7})
	f.Add("a (b | b c) [c] !a", []byte{0, 1, 2, 3, 4})
	f.Add("^ (a | :entity) ~2 b* $", []byte{0, 1, 1})
	f.Add("($x:city a | a $x:city) ~1 :person", []byte{7, 0, 9})
	f.Add("[a [b [c]]] ~4 a-b", []byte{0, 3, 1, 2})
	f.Fuzz(func(t *testing.T, pattern string, sentence []byte) {
		if strings.ContainsAny(pattern, "\n\r") {
			return
		}
		rs, err := Parse("fuzz.rules", []byte("rule r\n  emit x\n  pattern "+pattern+"\nrule s\n  lang uk\n  emit y\n  pattern a "+pattern+"\n"))
		if err != nil {
			return
		}
		s, err := Compile(rs)
		if err != nil {
			t.Fatal(err)
		}
		checkAgainstRef(t, s, unitsFromBytes(sentence))
	})
}

// TestRandomAgainstReference compares the VM and the reference matcher on
// random patterns and sentences.
func TestRandomAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	atoms := []string{"a", "b", "c", "a*", "ab*", `","`, "_", ":city", "$x:city", "$y:person|org", "$z:entity+", "!a", "!(a | :city)", "~2", "~1"}
	var gen func(depth int) string
	gen = func(depth int) string {
		n := 1 + rng.Intn(4)
		var parts []string
		for i := 0; i < n; i++ {
			switch k := rng.Intn(10); {
			case k < 7 || depth > 2:
				parts = append(parts, atoms[rng.Intn(len(atoms))])
			case k < 9:
				parts = append(parts, "("+gen(depth+1)+" | "+gen(depth+1)+")")
			default:
				parts = append(parts, "["+gen(depth+1)+"]")
			}
		}
		return strings.Join(parts, " ")
	}
	tried := 0
	for i := 0; i < 3000; i++ {
		pat := gen(0)
		if rng.Intn(5) == 0 {
			pat = "^ " + pat
		}
		if rng.Intn(5) == 0 {
			pat += " $"
		}
		rs, err := Parse("r", []byte("rule r\n  emit x\n  pattern "+pat+"\n"))
		if err != nil {
			continue
		}
		s, err := Compile(rs)
		if err != nil {
			t.Fatal(err)
		}
		tried++
		for j := 0; j < 5; j++ {
			b := make([]byte, rng.Intn(10))
			rng.Read(b)
			checkAgainstRef(t, s, unitsFromBytes(b))
		}
	}
	if tried < 500 {
		t.Errorf("only %d random patterns parsed", tried)
	}
}
