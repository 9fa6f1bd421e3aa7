package text

import (
	"strings"
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
// Key never fails: invalid UTF-8 bytes become U+FFFD.
func Key(s string) string {
	// Fast path: ASCII without upper case letters or special characters.
	simple := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') || c == '`' {
			simple = false
			break
		}
	}
	if simple {
		return s
	}
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r2, ok := foldRune(r); ok {
			if r2 >= 0 {
				b.WriteRune(r2)
			}
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
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
