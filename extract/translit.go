package extract

import (
	"strings"
	"unicode"

	"github.com/factum-nlp/factum/internal/text"
)

// Transliteration of Ukrainian (the official 2010 national system) and
// Russian (a BGN/PCGN-style system without diacritics) into Latin script,
// used for the Latin "name" of entities the lexicon does not know.

var ukLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "h", 'ґ': "g", 'д': "d", 'е': "e", 'є': "ie",
	'ж': "zh", 'з': "z", 'и': "y", 'і': "i", 'ї': "i", 'й': "i", 'к': "k", 'л': "l",
	'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u",
	'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ь': "", 'ю': "iu",
	'я': "ia", '\'': "", '’': "", 'ʼ': "",
	// Russian letters that appear in Ukrainian texts by mistake.
	'ы': "y", 'э': "e", 'ё': "io", 'ъ': "",
}

// Word-initial forms in the Ukrainian system.
var ukInitial = map[rune]string{'є': "ye", 'ї': "yi", 'й': "y", 'ю': "yu", 'я': "ya"}

var ruLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu",
	'я': "ya",
	// Ukrainian letters that appear in Russian texts in names.
	'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g",
}

// Translit writes s in Latin letters following the conventions of lang
// ("uk" or "ru"; anything else is returned unchanged). Capitalization is
// kept: "Дмитро Давтян" → "Dmytro Davtian", "Алексей Орлов" → "Aleksey Orlov".
func Translit(lang, s string) string {
	var table map[rune]string
	switch lang {
	case "uk":
		table = ukLatin
	case "ru":
		table = ruLatin
	default:
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	rs := []rune(s)
	for i, r := range rs {
		lr := unicode.ToLower(r)
		lat, ok := latinOf(lang, table, lr)
		if !ok {
			b.WriteRune(r)
			continue
		}
		initial := i == 0 || !unicode.IsLetter(rs[i-1])
		if lang == "uk" {
			if initial {
				if v, ok := ukInitial[lr]; ok {
					lat = v
				}
			}
			if lr == 'г' && i > 0 && unicode.ToLower(rs[i-1]) == 'з' {
				lat = "gh"
			}
		} else if lr == 'е' && (initial || strings.ContainsRune("аеёиоуыэюяъь", unicode.ToLower(rs[i-1]))) {
			lat = "ye"
		}
		if lat == "" {
			continue
		}
		if unicode.IsUpper(r) {
			upperWord := (i+1 < len(rs) && unicode.IsUpper(rs[i+1])) || (i > 0 && unicode.IsUpper(rs[i-1]) && (i+1 >= len(rs) || !unicode.IsLetter(rs[i+1])))
			if upperWord {
				lat = strings.ToUpper(lat)
			} else {
				lat = strings.ToUpper(lat[:1]) + lat[1:]
			}
		}
		b.WriteString(lat)
	}
	return b.String()
}

// slug makes an id fragment from a Latin name: lower case, ASCII letters
// and digits, words joined by '-'.
func slug(s string) string {
	var b strings.Builder
	dash := false
	s, _ = text.FoldLatin(s) // Jäger → jager
	for _, r := range strings.ToLower(s) {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			// Non-ASCII letters that survived transliteration (other
			// scripts): keep them so distinct names stay distinct.
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return b.String()
}

// looseKey is a spelling-tolerant key for a Latin-script surname, so that
// the same person transliterated from Ukrainian and from Russian (Orlov /
// Orlov, Prokopiv / Prokopiv, Hryhorenko / Grigorenko) gets the same key.
func looseKey(s string) string {
	return looseReplacer.Replace(slug(s))
}

var looseReplacer = strings.NewReplacer("kh", "h", "g", "h", "y", "i", "j", "i", "ie", "e", "ye", "e", "ii", "i", "yi", "i", "ts", "c", "w", "v", "ks", "x")
