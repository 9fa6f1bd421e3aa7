package text

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Key returns the match key of a word: the form under which lexicon names,
// rule words and text tokens are compared. It is NFC-normalized and
// case-folded; soft hyphens and stress marks are dropped; the apostrophes
// ’ ʼ ' ` ‘ become '; ё becomes е, ї becomes і and ґ becomes г (common
// spelling variants and typos in news text); all dashes become "-" and all
// double quotation marks become `"`.
//
// Key never fails: invalid UTF-8 bytes become U+FFFD. When s already is its
// own key (lower-case ASCII or lower-case Cyrillic without special letters)
// Key returns s itself without allocating.
func Key(s string) string {
	if keyIsIdentity(s) {
		return s
	}
	if b, ok := appendKeyFast(make([]byte, 0, len(s)), s); ok {
		return string(b)
	}
	return string(appendKeySlow(make([]byte, 0, len(s)+4), s))
}

// appendKeyFast folds ASCII and two-byte Cyrillic letters without decoding
// runes; it reports false (and the caller takes the slow path) on any other
// character.
func appendKeyFast(dst []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == '`':
				c = '\''
			}
			dst = append(dst, c)
			continue
		}
		if i+1 >= len(s) {
			return dst, false
		}
		c2 := s[i+1]
		i++
		switch {
		case c == 0xD0 && c2 >= 0x90 && c2 <= 0x9F: // А..П
			dst = append(dst, 0xD0, c2+0x20)
		case c == 0xD0 && c2 >= 0xA0 && c2 <= 0xAF: // Р..Я
			dst = append(dst, 0xD1, c2-0x20)
		case c == 0xD0 && c2 >= 0xB0 && c2 <= 0xBF, c == 0xD1 && c2 >= 0x80 && c2 <= 0x8F:
			dst = append(dst, c, c2)
		case c == 0xD0 && c2 == 0x81, c == 0xD1 && c2 == 0x91: // Ё ё → е
			dst = append(dst, 0xD0, 0xB5)
		case c == 0xD0 && (c2 == 0x86 || c2 == 0x87), c == 0xD1 && (c2 == 0x96 || c2 == 0x97): // І Ї і ї → і
			dst = append(dst, 0xD1, 0x96)
		case c == 0xD0 && c2 == 0x84, c == 0xD1 && c2 == 0x94: // Є є
			dst = append(dst, 0xD1, 0x94)
		case c == 0xD2 && (c2 == 0x90 || c2 == 0x91): // Ґ ґ → г
			dst = append(dst, 0xD0, 0xB3)
		default:
			return dst, false
		}
	}
	return dst, true
}

// AppendKey appends Key(s) to dst and returns the extended slice. It lets
// callers build keys without allocating a string for each.
func AppendKey(dst []byte, s string) []byte {
	if keyIsIdentity(s) {
		return append(dst, s...)
	}
	return appendKeyNotIdentity(dst, s)
}

// appendKeyNotIdentity appends Key(s) to dst by the fast path when it
// applies, else by the slow one.
func appendKeyNotIdentity(dst []byte, s string) []byte {
	n := len(dst)
	if b, ok := appendKeyFast(dst, s); ok {
		return b
	}
	return appendKeySlow(dst[:n], s)
}

// keyIsIdentity reports whether Key(s) == s: s holds only lower-case ASCII
// (other than '`') and the lower-case Cyrillic letters that Key keeps.
func keyIsIdentity(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if ('A' <= c && c <= 'Z') || c == '`' {
				return false
			}
			i++
			continue
		}
		// Two-byte Cyrillic: а..я is D0 B0..D0 BF and D1 80..D1 8F;
		// є is D1 94, і is D1 96, ў is D1 9E.
		if i+1 >= len(s) {
			return false
		}
		c2 := s[i+1]
		switch {
		case c == 0xD0 && c2 >= 0xB0 && c2 <= 0xBF:
		case c == 0xD1 && ((c2 >= 0x80 && c2 <= 0x8F) || c2 == 0x94 || c2 == 0x96 || c2 == 0x9E):
		default:
			return false
		}
		i += 2
	}
	return true
}

func appendKeySlow(dst []byte, s string) []byte {
	if !nfcSafe(s) && !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	for _, r := range s {
		if r2, ok := foldRune(r); ok {
			if r2 >= 0 {
				dst = utf8.AppendRune(dst, r2)
			}
			continue
		}
		dst = utf8.AppendRune(dst, lowerRune(r))
	}
	return dst
}

// foldRune maps the runes that Key treats specially. It returns ok=false
// for runes that only need lower-casing, and r2 < 0 for runes to drop.
func foldRune(r rune) (r2 rune, ok bool) {
	switch r {
	case '\u00AD', '\u0301', '\u0300', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return -1, true
	case '’', 'ʼ', '`', '‘', '′', 'ʹ':
		return '\'', true
	case 'ё', 'Ё':
		return 'е', true
	case 'ї', 'Ї':
		return 'і', true
	case 'ґ', 'Ґ':
		return 'г', true
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return '-', true
	case '«', '»', '„', '“', '”', '‟', '〝', '〞':
		return '"', true
	case utf8.RuneError:
		return utf8.RuneError, true
	}
	return 0, false
}

// IsApostrophe reports whether r is one of the apostrophes used inside
// Ukrainian words (’ ʼ ' ` ‘).
func IsApostrophe(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '`', '‘':
		return true
	}
	return false
}

// nfcSafe reports whether s is trivially in NFC: valid UTF-8 made only of
// runes below U+0300, Cyrillic letters (no combining marks) and general
// punctuation, none of which compose with each other.
func nfcSafe(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !(r < 0x300 || (r >= 0x400 && r < 0x483) || (r >= 0x48A && r < 0x530) || (r >= 0x2010 && r < 0x2060)) {
			return false
		}
		if r == utf8.RuneError && n == 1 {
			return false
		}
		i += n
	}
	return true
}

// lowerRune is unicode.ToLower with fast paths for ASCII and basic Cyrillic.
func lowerRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	case r >= 0x410 && r <= 0x42F:
		return r + 0x20
	case r >= 0x430 && r <= 0x45F:
		return r
	case r >= 0x400 && r <= 0x40F:
		return r + 0x50
	}
	return unicode.ToLower(r)
}
