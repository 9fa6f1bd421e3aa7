package text

import "testing"

// TestKeyFastMatchesSlow checks that the byte-level fast path of Key agrees
// with the rune-level slow path on Ukrainian, Russian and mixed words.
func TestKeyFastMatchesSlow(t *testing.T) {
	for _, s := range []string{
		"Київ", "КИЇВ", "Ёлка", "ЁЛКА", "Ґанок", "ҐАНОК", "Єнакієве", "ЄНАКІЄВЕ", "Іванівна",
		"Екатеринбург", "ЕКАТЕРИНБУРГ", "Нью-Йорк", "B2B-переговоры", "Далянь", "Щедрість", "ЯЩІРКА",
		"Abc`d", "zwölf", "Пам'ять",
	} {
		fast, ok := appendKeyFast(nil, s)
		slow := string(appendKeySlow(nil, s))
		if ok && string(fast) != slow {
			t.Errorf("%q: fast %q, slow %q", s, fast, slow)
		}
	}
}
