package morph

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Case is a grammatical case.
type Case uint8

// The cases, in the traditional order. Voc (vocative) exists in Ukrainian
// only; for Russian it is the nominative.
const (
	Nom Case = iota // nominative
	Gen             // genitive
	Dat             // dative
	Acc             // accusative
	Ins             // instrumental
	Loc             // locative (prepositional)
	Voc             // vocative (uk only)
)

// NumCases is the number of cases.
const NumCases = 7

var caseNames = [NumCases]string{"nom", "gen", "dat", "acc", "ins", "loc", "voc"}

// String returns the short name of the case ("nom", "gen", ...).
func (c Case) String() string {
	if int(c) < len(caseNames) {
		return caseNames[c]
	}
	return "case?"
}

// Gender is a grammatical gender (or plural number for pluralia tantum).
type Gender uint8

// The genders. Unknown means "guess from the word".
const (
	Unknown Gender = iota
	Masc
	Fem
	Neut
	Plural
)

var genderNames = [...]string{"unknown", "masc", "fem", "neut", "plural"}

// String returns the short name of the gender ("masc", "fem", ...).
func (g Gender) String() string {
	if int(g) < len(genderNames) {
		return genderNames[g]
	}
	return "gender?"
}

// Part is a part of a person's name.
type Part uint8

// The parts of a person's name.
const (
	First  Part = iota // first (given) name
	Middle             // patronymic
	Last               // surname
)

// casesFor returns the number of cases used for lang (Voc only for uk).
func casesFor(lang string) int {
	if lang == "uk" {
		return NumCases
	}
	return NumCases - 1
}

// capsKind describes the capitalization pattern of a word.
type capsKind uint8

const (
	capsLower capsKind = iota // no upper-case letters or mixed
	capsUpper                 // all letters upper case, at least two letters
)

func capsOf(s string) capsKind {
	if k, ok := cyrCaps(s); ok {
		return k
	}
	letters, upper := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters >= 2 && upper == letters {
		return capsUpper
	}
	return capsLower
}

// isCyrWord reports whether s is a word of Cyrillic letters, possibly with
// apostrophes inside, and at least two letters long. Only such words are
// declined.
func isCyrWord(s string) bool {
	n := 0
	for i, r := range s {
		switch {
		case r >= 0x0400 && r <= 0x045F, r == 'ґ', r == 'Ґ':
			n++
		case isApos(r):
			if i == 0 {
				return false
			}
		default:
			return false
		}
	}
	return n >= 2
}

func isApos(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ' || r == '`' || r == '‘'
}

// lower returns the lower-case form of s. For Cyrillic words it has the
// same byte length as s, so byte offsets carry over.
func lower(s string) string {
	if l, ok := lowerCyr(s); ok {
		return l
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

func upper(s string) string { return strings.ToUpper(s) }

// lastRune returns the last rune of s and its size.
func lastRune(s string) (rune, int) { return utf8.DecodeLastRuneInString(s) }

// lastRunes returns the last two runes of s (0 when missing).
func last2(s string) (prev, last rune) {
	last, n := utf8.DecodeLastRuneInString(s)
	if n == 0 {
		return 0, 0
	}
	prev, _ = utf8.DecodeLastRuneInString(s[:len(s)-n])
	if prev == utf8.RuneError {
		prev = 0
	}
	return prev, last
}

// runeBefore returns the rune just before the suffix suf of s (0 if none).
func runeBefore(s, suf string) rune {
	if len(s) <= len(suf) {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s[:len(s)-len(suf)])
	return r
}

func isVowel(r rune) bool {
	switch r {
	case 'а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'і', 'ї', 'є':
		return true
	}
	return false
}

func isVelar(r rune) bool { return r == 'к' || r == 'г' || r == 'х' || r == 'ґ' }

func isHush(r rune) bool { return r == 'ж' || r == 'ш' || r == 'ч' || r == 'щ' }

func isConsonant(r rune) bool {
	return r >= 'а' && r <= 'я' && !isVowel(r) && r != 'ь' && r != 'ъ' && r != 'й' || r == 'ґ'
}

// hasSuf is strings.HasSuffix.
func hasSuf(s, suf string) bool {
	return len(s) >= len(suf) && s[len(s)-len(suf):] == suf
}

// hasAnySuf reports whether s ends with one of sufs.
func hasAnySuf(s string, sufs ...string) bool {
	for _, x := range sufs {
		if hasSuf(s, x) {
			return true
		}
	}
	return false
}

// matchCase returns repl (lower case) in the case of orig (one letter).
func matchCase(orig, repl string) string {
	r, _ := utf8.DecodeRuneInString(orig)
	if unicode.IsUpper(r) {
		return upper(repl)
	}
	return repl
}

// runeCount is utf8.RuneCountInString.
func runeCount(s string) int { return utf8.RuneCountInString(s) }

// foldEq compares two words ignoring case, ё/е and apostrophe variants.
func foldEq(a, b string) bool {
	if a == b {
		return true
	}
	for a != "" && b != "" {
		ra, na := decodeFast(a)
		rb, nb := decodeFast(b)
		a, b = a[na:], b[nb:]
		if ra == rb {
			continue
		}
		if foldRuneFast(ra) != foldRuneFast(rb) {
			return false
		}
	}
	return a == "" && b == ""
}

// decodeFast is utf8.DecodeRuneInString with the one- and two-byte
// sequences (ASCII, Cyrillic) decoded inline.
func decodeFast(s string) (rune, int) {
	c := s[0]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xC2 && c <= 0xDF && len(s) >= 2 && s[1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s)
}

// foldRuneFast is foldRune with ASCII and the basic Cyrillic block
// (U+0400–U+045F) folded without the Unicode tables.
func foldRuneFast(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A'
		case r == '`':
			return '\''
		}
		return r
	case r >= 0x410 && r <= 0x42F: // А-Я
		return r + 0x20
	case r == 0x401 || r == 0x451: // Ё, ё
		return 'е'
	case r >= 0x400 && r <= 0x40F: // Ѐ-Џ
		return r + 0x50
	case r >= 0x430 && r <= 0x45F:
		return r
	}
	return foldRune(r)
}

func foldRune(r rune) rune {
	r = unicode.ToLower(r)
	switch {
	case r == 'ё':
		return 'е'
	case isApos(r):
		return '\''
	}
	return r
}

// cyrCaps is capsOf for words of Russian/Ukrainian letters and
// apostrophes, without Unicode tables; ok is false for other input.
func cyrCaps(s string) (capsKind, bool) {
	letters, up := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '\'' || c == '-' || c == ' ' || c == '`' {
				continue
			}
			return 0, false
		}
		if i+1 >= len(s) {
			return 0, false
		}
		d := s[i+1]
		switch {
		case c == 0xD0 && d >= 0x80 && d <= 0xAF, c == 0xD2 && d == 0x90:
			up++
		case c == 0xD0 && d >= 0xB0, c == 0xD1 && d <= 0x9F, c == 0xD2 && d == 0x91:
		default:
			return 0, false
		}
		letters++
		i++
	}
	if letters >= 2 && up == letters {
		return capsUpper, true
	}
	return capsLower, true
}

// lowerCyr lower-cases a string of Russian/Ukrainian letters (plus ASCII
// punctuation) byte-wise; ok is false for other input.
func lowerCyr(s string) (string, bool) {
	var buf [64]byte // the copy, when s needs one and fits: one allocation (the result) instead of two
	b, changed, ok := appendLowerCyr(buf[:0], s)
	if !ok {
		return "", false
	}
	if !changed {
		return s, true
	}
	return string(b), true
}

// appendLowerCyr appends lowerCyr(s) to dst; changed is false when s is
// already in lower case (dst is then returned as it was).
func appendLowerCyr(dst []byte, s string) (b []byte, changed, ok bool) {
	n := len(dst)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return dst[:n], false, false
			}
			continue
		}
		if i+1 >= len(s) {
			return dst[:n], false, false
		}
		d := s[i+1]
		var c2, d2 byte
		switch {
		case c == 0xD0 && d >= 0x90 && d <= 0x9F: // А-П
			c2, d2 = 0xD0, d+0x20
		case c == 0xD0 && d >= 0xA0 && d <= 0xAF: // Р-Я
			c2, d2 = 0xD1, d-0x20
		case c == 0xD0 && d >= 0x80 && d <= 0x8F: // Ѐ-Џ (Ё, Є, І, Ї)
			c2, d2 = 0xD1, d+0x10
		case c == 0xD2 && d == 0x90: // Ґ
			c2, d2 = 0xD2, 0x91
		case c == 0xD0 && d >= 0xB0, c == 0xD1 && d <= 0x9F, c == 0xD2 && d == 0x91:
			i++
			continue
		default:
			return dst[:n], false, false
		}
		if !changed {
			dst = append(dst, s...)
			changed = true
		}
		dst[n+i], dst[n+i+1] = c2, d2
		i++
	}
	return dst, changed, true
}

// lowerTmp is lower(s), built in buf when it can be: the result is only
// valid while buf is.
func lowerTmp(buf []byte, s string) string {
	b, changed, ok := appendLowerCyr(buf[:0], s)
	switch {
	case !ok:
		return lower(s)
	case !changed:
		return s
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}
