package rules

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// synthetic builds n rules and m sentences of about 30 units from a
// vocabulary of nv words, shaped like news rules: slots, a few literal
// words with alternatives, gaps, optional groups.
func synthetic(n, m, nv int) (string, [][]Unit) {
	rng := rand.New(rand.NewSource(42))
	vocab := make([]string, nv)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%dслово", i)
	}
	types := []string{"city", "country", "person", "org", "company", "event", "role", "place", "org|company"}
	w := func() string { return vocab[rng.Intn(len(vocab))] }
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "rule r%d\n  lang %s\n  emit rel a=$a b=$b\n  pattern $a:%s ", i, []string{"uk", "ru", "en"}[i%3], types[rng.Intn(len(types))])
		switch i % 4 {
		case 0:
			fmt.Fprintf(&b, "(%s | %s | %s) %s ~3 $b:%s\n", w(), w(), w(), w(), types[rng.Intn(len(types))])
		case 1:
			fmt.Fprintf(&b, "[%s] %s* ~2 %s ~4 $b:%s+\n", w(), string([]rune(w())[:5]), w(), types[rng.Intn(len(types))])
		case 2:
			fmt.Fprintf(&b, "~2 %s \",\" $b:%s\n", w(), types[rng.Intn(len(types))])
		default:
			fmt.Fprintf(&b, "%s !%s ~5 $b:%s\n", w(), w(), types[rng.Intn(len(types))])
		}
	}
	ents := us("Київ/city Китай/country Орлов/person КМДА/org Alibaba/company форум/event мер/role")
	var sents [][]Unit
	for i := 0; i < m; i++ {
		var s []Unit
		for j := 0; j < 30; j++ {
			switch r := rng.Intn(10); {
			case r < 2:
				s = append(s, ents[rng.Intn(len(ents))])
			case r < 3:
				s = append(s, Unit{Key: ","})
			default:
				s = append(s, Unit{Key: w()})
			}
		}
		sents = append(sents, s)
	}
	return b.String(), sents
}

func benchMatch(b *testing.B, prefilter bool) {
	src, sents := synthetic(300, 256, 3000)
	s := mustSet(b, src)
	n := 0
	fn := func(Match) { n++ }
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.match("uk", sents[i%len(sents)], fn, prefilter)
	}
	b.ReportMetric(float64(n)/float64(b.N), "matches/op")
}

// BenchmarkMatch runs 300 rules over 30-unit sentences (ns/op is per
// sentence).
func BenchmarkMatch(b *testing.B) { benchMatch(b, true) }

// BenchmarkMatchNoPrefilter is the same without the prefilter.
func BenchmarkMatchNoPrefilter(b *testing.B) { benchMatch(b, false) }

// BenchmarkMatchParallel checks that the scratch pool scales.
func BenchmarkMatchParallel(b *testing.B) {
	src, sents := synthetic(300, 256, 3000)
	s := mustSet(b, src)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			s.Match("uk", sents[i%len(sents)], func(Match) {})
			i++
		}
	})
}

func BenchmarkParse(b *testing.B) {
	src, _ := synthetic(300, 0, 3000)
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if _, err := Parse("b.rules", []byte(src)); err != nil {
			b.Fatal(err)
		}
	}
}

func TestSyntheticPrefilter(t *testing.T) {
	src, sents := synthetic(300, 64, 300)
	s := mustSet(t, src)
	total := 0
	for _, u := range sents {
		for _, lang := range []string{"uk", "ru", ""} {
			a := fmtMatches(collect(s, lang, u, true))
			if b := fmtMatches(collect(s, lang, u, false)); a != b {
				t.Fatalf("prefilter changes result:\n%s\n%s", a, b)
			}
			total += len(collect(s, lang, u, true))
		}
	}
	if total == 0 {
		t.Error("synthetic sentences produce no matches; the test is vacuous")
	}
}
