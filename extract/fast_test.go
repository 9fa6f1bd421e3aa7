package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factum-nlp/factum/internal/text"
)

// The filters must agree with the plain tests they stand for.
func TestFilters(t *testing.T) {
	keys := []string{"", "a", "фо", "форум", "форума", "forum", "expo", "exp", "тов", "компанія", "він", "міста", "fair", "fairs", "фестивалі"}
	for _, src := range seedArticles(t) {
		for _, tok := range text.Tokenize(string(src)) {
			keys = append(keys, tok.Key)
		}
	}
	for _, k := range keys {
		if got, want := eventHeadPrefixes().has(k), hasPrefixAny(k, eventHeads); got != want {
			t.Errorf("eventHeadPrefixes().has(%q) = %v, want %v", k, got, want)
		}
		inQuote := legalForms[k] != "" || companyHeads[k] || orgHeads[k]
		if inQuote && !quoteHeadKeys().mayHave(k) {
			t.Errorf("quoteHeadKeys misses %q", k)
		}
		inRef := pronouns[k] || pairWords[k] != "" || pluralCityWords[k] || sidesWords[k] || cityRefs[k]
		if inRef && !refKeys().mayHave(k) {
			t.Errorf("refKeys misses %q", k)
		}
	}
	for _, p := range eventHeads {
		if !eventHeadPrefixes().has(p) {
			t.Errorf("eventHeadPrefixes misses %q", p)
		}
	}
	for _, m := range []map[string]bool{companyHeads, orgHeads} {
		for k := range m {
			if !quoteHeadKeys().mayHave(k) {
				t.Errorf("quoteHeadKeys misses %q", k)
			}
		}
	}
	for k := range legalForms {
		if !quoteHeadKeys().mayHave(k) {
			t.Errorf("quoteHeadKeys misses %q", k)
		}
	}
	for _, m := range []map[string]bool{pronouns, pluralCityWords, sidesWords, cityRefs} {
		for k := range m {
			if !refKeys().mayHave(k) {
				t.Errorf("refKeys misses %q", k)
			}
		}
	}
	for k := range pairWords {
		if !refKeys().mayHave(k) {
			t.Errorf("refKeys misses %q", k)
		}
	}
}

func TestLatinTables(t *testing.T) {
	for lang, m := range map[string]map[rune]string{"uk": ukLatin, "ru": ruLatin} {
		for r := rune(-1); r < 0x2100; r++ {
			want, wok := m[r]
			if got, ok := latinOf(lang, m, r); got != want || ok != wok {
				t.Errorf("latinOf(%s, %q) = %q %v, want %q %v", lang, r, got, ok, want, wok)
			}
		}
	}
}

// appendLower must be strings.ToLower, invalid UTF-8 included.
func TestAppendLower(t *testing.T) {
	for _, w := range []string{"", "a", "ABC", "Київської", "МОСКОВСКОЙ", "Ёлкин", "İstanbul", "ȺB", "Kyiv's", "\xd0", "А\xd0\xd0Б", "x\xe2\x82", "ΣΟΦΙΑ", "Straße"} {
		if got, want := string(appendLower(nil, w)), strings.ToLower(w); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", w, got, want)
		}
	}
	for r := rune(0); r < 0x600; r++ {
		w := "Ж" + string(r) + "ї"
		if got, want := string(appendLower(nil, w)), strings.ToLower(w); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", w, got, want)
		}
	}
}

// The shortcuts must agree with the plain tests they stand for.
func TestWordShortcuts(t *testing.T) {
	words := []string{"", "a", "ab", "Ї", "Їж", "\xd0", "\xd0\xd0", "Ж\xd0", "€", "€1", "Київський", "Київського", "Ка", "Ока", "Московская",
		"велика", "НОВИЙ", "Північно-Київського", "Дніпропетровського", "Дніпропетровськ"}
	for _, src := range seedArticles(t) {
		for _, tok := range text.Tokenize(string(src)) {
			words = append(words, tok.Text)
		}
	}
	for _, w := range words {
		if got, want := moreThanOneRune(w), utf8.RuneCountInString(w) > 1; got != want {
			t.Errorf("moreThanOneRune(%q) = %v, want %v", w, got, want)
		}
		if got, want := isAdjectiveWord(w), isAdjectiveWordPlain(w); got != want {
			t.Errorf("isAdjectiveWord(%q) = %v, want %v", w, got, want)
		}
		for _, v := range []string{w, w + "ка", "к" + w, w + "\xd0", w + "ӧк", "Кa" + w + "ab"} {
			if got, want := mayBePlaceAdjective(v), mayBePlaceAdjectivePlain(v); got != want {
				t.Errorf("mayBePlaceAdjective(%q) = %v, want %v", v, got, want)
			}
		}
	}
	for _, b := range []string{"", "abc", "Київ", "\x00", "a\x01b", "\xd0\xd0\xd0", "ї\xd0", "\xc2\x80", "\xc1\x81\xc1\x81", "€\xe2\x82", "\x1f\x1f\x1fabcdefghijklmnopqrstuvwxyz"} {
		for _, v := range []string{b, strings.Repeat(b, 5000), "Київ " + b, b + strings.Repeat("ж", 5000)} {
			if got, want := looksBinary([]byte(v)), looksBinaryPlain([]byte(v)); got != want {
				t.Errorf("looksBinary(%.30q) = %v, want %v", v, got, want)
			}
		}
	}
}

// mayBePlaceAdjectivePlain is mayBePlaceAdjective by runes.
func mayBePlaceAdjectivePlain(w string) bool {
	for _, r := range w {
		if r >= utf8.RuneSelf && (r < 0x400 || r > 0x4FF) {
			return true
		}
	}
	for n, i := 0, len(w); n < 4 && i > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(w[:i])
		if r == 'к' || r == 'К' {
			return true
		}
		i -= size
	}
	return false
}

// looksBinaryPlain is looksBinary decoding every rune past ASCII.
func looksBinaryPlain(b []byte) bool {
	if len(b) > 8192 {
		b = b[:8192]
	}
	if len(b) == 0 {
		return false
	}
	bad := 0
	for i := 0; i < len(b); {
		if c := b[i]; c < utf8.RuneSelf && c >= 0x20 {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == 0 {
			return true
		}
		if (r == utf8.RuneError && n == 1) || (r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f') {
			bad++
		}
		i += n
	}
	return bad*10 > len(b)
}

// isAdjectiveWordPlain is isAdjectiveWord testing every ending.
func isAdjectiveWordPlain(w string) bool {
	lw := strings.ToLower(w)
	n := utf8.RuneCountInString(w)
	for i, e := range adjWordEnds {
		if n > adjWordEndRunes[i]+2 && strings.HasSuffix(lw, e) {
			return true
		}
	}
	return false
}
