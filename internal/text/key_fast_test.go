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

// appendKeyNotIdentity must append what the slow path appends, also when
// the fast path gives up half-way.
func TestAppendKeyNotIdentity(t *testing.T) {
	for _, s := range []string{"Київ", "Пам’ять", "ПАМ'ЯТЬ", "Zürich", "Ёж\u0301", "Straße", "Abc\xd0", "Мо\xd0сква", "Kyiv-Сity"} {
		prefix := []byte("ключ|")
		got := string(appendKeyNotIdentity(append([]byte(nil), prefix...), s))
		want := string(appendKeySlow(append([]byte(nil), prefix...), s))
		if got != want {
			t.Errorf("%q: got %q, want %q", s, got, want)
		}
	}
}

// Every function word of DetectLang must pass its shape filter.
func TestLangWordShapes(t *testing.T) {
	for w := range langWords {
		if len(w) < 2 || len(w) >= len(langWordShapes) || langWordShapes[len(w)]&(1<<(w[1]&63)) == 0 {
			t.Errorf("langWordShapes misses %q", w)
		}
	}
	for _, c := range []struct{ s, want string }{
		{"Він сказав, що це було вже після того.", "uk"},
		{"Он сказал, что это было уже после того.", "ru"},
		{"He said it was over.", "en"},
	} {
		if got := DetectLang(c.s); got != c.want {
			t.Errorf("DetectLang(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

// Every month name must pass the shape filter of monthOf.
func TestMonthShapes(t *testing.T) {
	for k, v := range months {
		if len(k) >= len(monthShapes) || monthShapes[len(k)]&(1<<(k[len(k)-1]&63)) == 0 {
			t.Errorf("monthShapes misses %q", k)
		}
		m := monthOf(Token{Kind: Word, Key: k, Flags: Cap})
		if v > 0 && m != v {
			t.Errorf("monthOf(%q) = %d, want %d", k, m, v)
		}
	}
}
