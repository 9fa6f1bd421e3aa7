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
