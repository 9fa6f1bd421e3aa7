package main

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// stripMarks removes combining marks after NFD decomposition (Kraków →
// Krakow).
func stripMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// latinRu is the Latin → Russian transcription table, longest keys first.
var latinRu = []struct{ from, to string }{
	{"shch", "щ"}, {"sch", "ш"}, {"tsch", "ч"}, {"zh", "ж"}, {"kh", "х"}, {"ch", "ч"}, {"sh", "ш"},
	{"ts", "ц"}, {"tz", "ц"}, {"ya", "я"}, {"yu", "ю"}, {"yo", "йо"}, {"ye", "е"}, {"ph", "ф"},
	{"th", "т"}, {"ck", "к"}, {"ee", "и"}, {"oo", "у"}, {"ou", "у"}, {"qu", "кв"}, {"ai", "ай"},
	{"ei", "ей"}, {"oi", "ой"}, {"au", "ау"}, {"ui", "уй"}, {"gue", "ге"}, {"gui", "ги"},
	{"a", "а"}, {"b", "б"}, {"d", "д"}, {"e", "е"}, {"f", "ф"}, {"g", "г"}, {"h", "х"},
	{"i", "и"}, {"j", "дж"}, {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"},
	{"p", "п"}, {"q", "к"}, {"r", "р"}, {"s", "с"}, {"t", "т"}, {"u", "у"}, {"v", "в"},
	{"w", "в"}, {"x", "кс"}, {"z", "з"},
}

// latinToRu transcribes a Latin name into Russian Cyrillic, roughly
// (English/international reading). It returns "" for names it cannot
// handle.
func latinToRu(s string) string {
	s = stripMarks(s)
	var b strings.Builder
	for _, word := range splitKeep(s) {
		if len(word) == 1 && !isASCIILetter(word[0]) {
			if word == "'" || word == "’" {
				continue
			}
			b.WriteString(word)
			continue
		}
		w := strings.ToLower(word)
		var wb strings.Builder
		for i := 0; i < len(w); {
			c := w[i]
			if !isASCIILetter(c) {
				return ""
			}
			switch {
			case c == 'c':
				if i+1 < len(w) && strings.IndexByte("eiy", w[i+1]) >= 0 {
					wb.WriteString("с")
				} else {
					wb.WriteString("к")
				}
				i++
				continue
			case c == 'y':
				if i == 0 || strings.IndexByte("aeiou", w[i-1]) >= 0 {
					if i+1 < len(w) && strings.IndexByte("aeiou", w[i+1]) >= 0 {
						// handled by the table (ya, ye, yo, yu) or й + vowel
						break
					}
					wb.WriteString("й")
				} else {
					wb.WriteString("и")
				}
				i++
				continue
			case c == 'e' && i == 0:
				wb.WriteString("э")
				i++
				continue
			}
			matched := false
			for _, t := range latinRu {
				if strings.HasPrefix(w[i:], t.from) {
					wb.WriteString(t.to)
					i += len(t.from)
					matched = true
					break
				}
			}
			if !matched {
				if c == 'y' {
					wb.WriteString("й")
					i++
					continue
				}
				return ""
			}
		}
		b.WriteString(capitalize(wb.String()))
	}
	return b.String()
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// splitKeep splits s into runs of letters and single other characters.
func splitKeep(s string) []string {
	var out []string
	start := -1
	for i := 0; i < len(s); i++ {
		if isASCIILetter(s[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
		// one (possibly multi-byte) non-letter character
		j := i + 1
		for j < len(s) && s[j]&0xC0 == 0x80 {
			j++
		}
		out = append(out, s[i:j])
		i = j - 1
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func capitalize(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// ruToUk respells a Russian (or Russian-spelled) name the Ukrainian way: ы →
// и, э → е, ё → ьо/йо, ъ → ', и → і except after д т з с ц ж ч ш р (the
// "rule of nine" for foreign names), initial Е → Є in Russian names, final
// -ск/-цк → -ськ/-цьк and the adjective endings -ый -ая -ое -ые. It is a
// transcription, not a translation; the result is marked derived.
func ruToUk(s string, ussr bool) string {
	words := strings.Split(s, " ")
	for wi, w := range words {
		rs := []rune(w)
		var b strings.Builder
		for i, r := range rs {
			lower := unicode.ToLower(r)
			upper := r != lower
			var prev rune
			if i > 0 {
				prev = unicode.ToLower(rs[i-1])
			}
			out := string(lower)
			switch lower {
			case 'ы':
				out = "и"
			case 'э':
				out = "е"
			case 'ъ':
				out = "'"
			case 'ё':
				if i == 0 || strings.ContainsRune("аеиоуыэюяьъ-", prev) {
					out = "йо"
				} else {
					out = "ьо"
				}
			case 'и':
				if i > 0 && strings.ContainsRune("дтзсцжчшр", prev) && !(i+1 < len(rs) && rs[i+1] == 'я') {
					out = "и"
				} else {
					out = "і"
				}
			case 'е':
				if ussr && (i == 0 || strings.ContainsRune("аеиоуюяі-", prev)) {
					out = "є"
				}
			}
			if upper {
				out = capitalize(out)
			}
			b.WriteString(out)
		}
		u := b.String()
		if ussr {
			switch {
			case strings.HasSuffix(u, "цк"):
				u = strings.TrimSuffix(u, "цк") + "цьк"
			case strings.HasSuffix(u, "ск"):
				u = strings.TrimSuffix(u, "ск") + "ськ"
			}
		}
		switch {
		case strings.HasSuffix(u, "ий") && len(rs) > 3 && strings.HasSuffix(w, "ый"):
		case strings.HasSuffix(u, "ая"):
			u = strings.TrimSuffix(u, "ая") + "а"
		case strings.HasSuffix(u, "ое"), strings.HasSuffix(u, "оє"):
			u = u[:len(u)-len("оє")] + "е"
		case strings.HasSuffix(u, "ие"), strings.HasSuffix(u, "иє"), strings.HasSuffix(u, "іє"):
			u = u[:len(u)-len("іє")] + "і"
		}
		words[wi] = u
	}
	return strings.Join(words, " ")
}
