package text

import (
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// detectLangRef is the rune-by-rune DetectLang that the byte-level one
// replaced; TestDetectLangSame checks that both agree.
func detectLangRef(s string) string {
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
	for _, r := range s {
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
			if len(word)+utf8.RuneLen(lr) <= len(wb) {
				word = utf8.AppendRune(word, lr)
			} else {
				wordOK = false
			}
			prevCyr = true
			continue
		case r == '’' || r == 'ʼ' || r == '\'':
			if prevCyr {
				uk++
				wordOK = false
			}
		case unicode.IsLetter(r):
			latin++
		}
		prevCyr = false
		flush()
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

// langSamples returns invented texts, their prefixes cut at every byte
// (invalid UTF-8 included) and, when the development corpora are present
// (../../../shared/corpora or $FACTUM_CORPORA), their *.txt files.
func langSamples(t *testing.T) []string {
	base := []string{
		"", "a", "ї", "Це наш новий парк, і він уже працює.", "Это наш новый парк, и он уже работает.",
		"The new park opened on Monday.", "Пам'ять і м’ята, об'єкт", "ЩОДО ЦЬОГО РОКУ", "ЧТО ЭТО ЕЩЁ",
		"Ӏ Ҷ ѣ Ѳ ӧ ÀÉ ß ΩΣ 中文 \xff\xfe Київ\xd0", "mixed Київ and Kyiv, Москва и Moscow",
		strings.Repeat("дуже довгий текст про місто і село ", 400),
		strings.Repeat("очень длинный текст про город и село ", 400),
	}
	var out []string
	for _, s := range base {
		for i := 0; i <= len(s) && i < 200; i++ {
			out = append(out, s[:i], s[i:])
		}
		out = append(out, s)
	}
	dir := os.Getenv("FACTUM_CORPORA")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "corpora")
	}
	_ = filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(p, ".txt") {
			if b, err := os.ReadFile(p); err == nil {
				out = append(out, string(b))
			}
		}
		return nil
	})
	rnd := rand.New(rand.NewSource(1))
	alphabet := []rune("aZ'’ʼіїєґыэёъІЇЄҐЫЭЁЪабвгдежзийклмнопрстуфхцчшщьюяАБВЯщщЀЏѐџѠӿ ,.-\n1À")
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		for j := rnd.Intn(40); j > 0; j-- {
			if rnd.Intn(20) == 0 {
				b.WriteByte(byte(rnd.Intn(256)))
			} else {
				b.WriteRune(alphabet[rnd.Intn(len(alphabet))])
			}
		}
		out = append(out, b.String())
	}
	return out
}

func TestDetectLangSame(t *testing.T) {
	n := 0
	for _, s := range langSamples(t) {
		if got, want := DetectLang(s), detectLangRef(s); got != want {
			t.Errorf("DetectLang(%.40q) = %q, reference %q", s, got, want)
			if n++; n > 10 {
				t.FailNow()
			}
		}
	}
}
