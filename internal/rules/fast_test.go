package rules

import (
	"os"
	"path/filepath"
	"testing"
)

// keyBits must let every key of the index through, for the project's
// rules and for a small set.
func TestKeyBits(t *testing.T) {
	sets := []*Set{mustSet(t, "rule r\n  emit x a=$a\n  pattern побратим* (міста | city) $a:city\n")}
	files, _ := filepath.Glob("../../extract/rules/*.rules")
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sets = append(sets, mustSet(t, string(src)))
	}
	for _, s := range sets {
		for k := range s.keyIDs {
			if !s.mayBeKey(k) {
				t.Errorf("mayBeKey(%q) = false", k)
			}
		}
	}
}

// The unit filters must accept a unit exactly when one of their preds
// does, for the project's rules and units built from their words.
func TestUnitFilters(t *testing.T) {
	files, _ := filepath.Glob("../../extract/rules/*.rules")
	src := "rule r\n  emit x a=$a\n  pattern (побратим* | міста-побратими | !мер) (міста | city) $a:city\n"
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src += "\n" + string(b)
	}
	s := mustSet(t, src)
	var units []Unit
	words := []string{"", "x", "побратими", "міста"}
	for k := range s.keyIDs {
		words = append(words, k, k+"ів")
	}
	for i, w := range words {
		units = append(units, Unit{Key: w}, Unit{Key: w, Type: "role"}, Unit{Key: w, Type: Types[i%len(Types)]},
			Unit{Key: w + "-" + words[(i*7)%len(words)], Parts: []string{w, words[(i*7)%len(words)]}})
	}
	for _, ty := range Types {
		units = append(units, Unit{Type: ty}, Unit{Type: "org", Also: ty}, Unit{Type: "other"})
	}
	n := 0
	for _, p := range s.progs {
		for _, c := range []struct {
			f     *unitFilter
			preds []int32
		}{{p.firstF, p.first}, {p.secondF, p.second}} {
			if (c.f == nil) != (c.preds == nil) {
				t.Fatalf("rule %s: filter and preds disagree on nil", p.rule.ID)
			}
			if c.f == nil {
				continue
			}
			for i := range units {
				u := &units[i]
				tb := u.bits()
				want := false
				for _, pi := range c.preds {
					want = want || testPred(&p.preds[pi], u, tb)
				}
				if got := c.f.test(p, u, tb, s.unitKeyID(u, tb)); got != want {
					t.Errorf("rule %s: filter(%+v) = %v, want %v", p.rule.ID, *u, got, want)
					if n++; n > 10 {
						t.FailNow()
					}
				}
			}
		}
	}
}
