package text

import (
	"unicode"
	"unicode/utf8"
)

// langWindow is how much of a text DetectLang looks at.
const langWindow = 8 << 10

// DetectLang returns the language of s: "uk", "ru" or "en". Texts with
// (almost) no Cyrillic are "en"; Cyrillic texts are told apart by the
// letters only one of the languages has (і ї є ґ and the apostrophe in
// Ukrainian; ы э ё ъ in Russian) and by frequent function words. Only the
// first 8 KB are examined.
func DetectLang(s string) string {
	if len(s) > langWindow {
		e := langWindow
		for e > langWindow-utf8.UTFMax && !utf8.RuneStart(s[e]) {
			e--
		}
		s = s[:e]
	}
	var latin, cyr, uk, ru int
	var wb [24]byte
	word := wb[:0]
	wordOK := true
	prevCyr := false
	flush := func() {
		if wordOK && len(word) > 1 && langWordShapes[len(word)]&(1<<(word[1]&63)) != 0 {
			switch w := langWords[string(word)]; {
			case w > 0:
				uk += int(w)
			case w < 0:
				ru -= int(w)
			}
		}
		word, wordOK = word[:0], true
	}
	// The loop reads bytes: ASCII and the two-byte Cyrillic block
	// (U+0400..U+04FF, lead bytes 0xD0..0xD3) without decoding; any other
	// rune is decoded as range would.
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		switch {
		case c < utf8.RuneSelf:
			i++
			switch {
			case c == '\'':
				if prevCyr {
					uk++
					wordOK = false
				}
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				latin++
			}
			prevCyr = false
			if len(word) > 0 || !wordOK {
				flush()
			}
			continue
		case c >= 0xD0 && c <= 0xD3 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			r = rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			i += 2
		default:
			var size int
			r, size = utf8.DecodeRuneInString(s[i:])
			i += size
		}
		switch {
		case r >= 0x400 && r < 0x500:
			cyr++
			lr := lowerRune(r)
			switch lr {
			case 'і', 'ї', 'є', 'ґ':
				uk += 2
			case 'ы', 'э', 'ё', 'ъ':
				ru += 2
			}
			switch {
			case lr < 0x800 && len(word)+2 <= len(wb):
				word = append(word, byte(0xC0|lr>>6), byte(0x80|lr&0x3F))
			case lr >= 0x800 && len(word)+utf8.RuneLen(lr) <= len(wb):
				word = utf8.AppendRune(word, lr)
			default:
				wordOK = false
			}
			prevCyr = true
			continue
		case r == '’' || r == 'ʼ':
			if prevCyr {
				uk++
				wordOK = false
			}
		case unicode.IsLetter(r):
			latin++
		}
		prevCyr = false
		if len(word) > 0 || !wordOK {
			flush()
		}
	}
	flush()
	if cyr == 0 || cyr*2 < latin {
		return "en"
	}
	if uk > ru {
		return "uk"
	}
	return "ru"
}

// langWordShapes has, for each byte length of a key of langWords, a bit
// for the low six bits of the key's second byte: a word whose bit is unset
// is not looked up. (Every key is Cyrillic, two bytes a letter.)
var langWordShapes = func() (m [25]uint64) {
	for w := range langWords {
		m[len(w)] |= 1 << (w[1] & 63)
	}
	return m
}()

// langWords scores frequent function words: > 0 Ukrainian, < 0 Russian.
var langWords = map[string]int8{
	"що": 3, "та": 2, "й": 2, "це": 2, "від": 2, "як": 1, "він": 2, "вона": 2, "вони": 2,
	"його": 2, "але": 2, "або": 2, "буде": 2, "був": 2, "була": 2, "було": 2, "були": 2,
	"цей": 2, "ця": 2, "які": 2, "який": 2, "яка": 2, "також": 2, "вже": 2, "ще": 2, "після": 2,
	"року": 1, "році": 2, "між": 2, "з": 1, "із": 2, "зі": 2, "при": 0, "щодо": 3, "має": 2,
	"чи": 2, "своє": 2, "під": 2, "над": 0, "ми": 1, "ви": 1, "їх": 2, "цього": 2, "тому": 1,
	"что": -3, "и": -2, "это": -2, "от": -2, "как": -2, "он": -2, "она": -2, "они": -2,
	"его": -2, "но": -2, "или": -2, "будет": -2, "был": -2, "была": -2, "было": -2, "были": -2,
	"этот": -2, "эта": -2, "которые": -2, "который": -2, "которая": -2, "также": -2, "уже": -2,
	"еще": -2, "после": -2, "году": -2, "года": -1, "между": -2, "с": -1, "из": -2, "со": -2,
	"к": -1, "по": 0, "мы": -1, "вы": -1, "их": -1, "того": -1, "чтобы": -3, "если": -2,
}
