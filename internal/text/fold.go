package text

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// FoldLatin strips the diacritics of the Latin letters in s (Łódź →
// Lodz, Jäger → Jager, Đà Nẵng → Da Nang) and keeps every other rune as
// it is. latinOnly reports whether s had no letters outside the Latin
// script.
func FoldLatin(s string) (folded string, latinOnly bool) {
	latinOnly = true
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s, true
	}
	var b strings.Builder
	b.Grow(len(s))
	base := false // the last letter written is an ASCII letter
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			if !base {
				b.WriteRune(r) // й, ё keep their marks
			}
			continue
		case r < 0x80:
			b.WriteRune(r)
			base = unicode.IsLetter(r)
		default:
			f, ok := latinLetters[r]
			if !ok {
				if unicode.IsLetter(r) {
					latinOnly = false
				}
				b.WriteRune(r)
				base = false
				continue
			}
			b.WriteString(f)
			base = true
		}
	}
	return norm.NFC.String(b.String()), latinOnly
}

// latinLetters maps the Latin letters that NFD does not decompose.
var latinLetters = map[rune]string{
	'ł': "l", 'Ł': "L", 'đ': "d", 'Đ': "D", 'ø': "o", 'Ø': "O", 'ı': "i",
	'ß': "ss", 'æ': "ae", 'Æ': "Ae", 'œ': "oe", 'Œ': "Oe", 'ð': "d", 'Ð': "D",
}
