package text

import (
	"os"
	"testing"
)

var fuzzSeeds = []string{
	"",
	"Київ може стати побратимом міста-лідера Ханчжоу. «Для Києва важливо», – вважає В. Кличко.",
	"ЕКАТЕРИНБУРГ, 6 ноября. /ТАСС/. Форум \"Города России\" пройдет 27-28 ноября.",
	"KYIV, Sept 14 (Reuters) - Mr. Smith met Dr. Jones in the U.S. on 14 September 2023.",
	"a\xff\xfe\xc0b «\"„“”»\"\n\n  • x\r\n-A A +A\n\nЧитайте також\n• Про",
	"т.д.т.п.А.М.U.S.e.g.. ... ?! …—–-‐‑ 2024–2026 04.11.2021 2,5 ʼ’'`",
	"\u200b\ufeff\u00ad\u0301\u2028\u2029\x00\x1a\x7f😀👍🏽",
	"«««»»» \"\"\" “„", "---a--b- -", "1.\n2.\n3. A", "ЁЛКА ёлка Ґ ґ Ї ї",
}

func addSeeds(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, p := range []string{"../../testdata/articles/000_e8c6c51e7ccd04a3.txt", "../../testdata/articles/003_4ef99b143ba0b074.txt"} {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
}

func FuzzTokenize(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		checkOffsets(t, s, toks)
		sameAsSegmenter(t, s, toks)
		for _, tk := range toks {
			for _, p := range tk.Parts() {
				if p.Start < tk.Start || p.End > tk.End || p.Start >= p.End || p.Text != s[p.Start:p.End] {
					t.Fatalf("bad part %+v of %+v", p, tk)
				}
			}
		}
		// Appending to a non-empty slice gives the same tokens.
		more := AppendTokens([]Token{{Text: "x"}}, s)
		if len(more) != len(toks)+1 {
			t.Fatalf("AppendTokens: %d tokens, Tokenize: %d", len(more)-1, len(toks))
		}
		for _, d := range Dates(toks) {
			if d.First < 0 || d.Last > len(toks) || d.First >= d.Last {
				t.Fatalf("bad date %+v", d)
			}
			_ = d.ISO(2024)
		}
		if dl, ok := ParseDateline(s, toks); ok && (dl.End <= 0 || dl.End > len(s)) {
			t.Fatalf("bad dateline %+v", dl)
		}
		switch DetectLang(s) {
		case "uk", "ru", "en":
		default:
			t.Fatal("bad language")
		}
	})
}

func FuzzSentences(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		for _, lang := range []string{"uk", "en"} {
			checkSentences(t, s, toks, Sentences(s, toks, lang))
		}
		prev := -1
		for _, q := range Quotes(s, toks) {
			if q.Open < prev || q.Open >= q.Close || q.Close >= len(toks) || q.Start != toks[q.Open].Start || q.End != toks[q.Close].End {
				t.Fatalf("bad quote %+v", q)
			}
			prev = q.Open
		}
	})
}

// sameAsSegmenter checks that the fast scanner gives the same tokens as
// the UAX#29 segmenter alone.
func sameAsSegmenter(t *testing.T, s string, toks []Token) {
	t.Helper()
	forceSegmenter = true
	slow := Tokenize(s)
	forceSegmenter = false
	if len(slow) != len(toks) {
		t.Fatalf("fast scanner: %d tokens %q, segmenter: %d %q", len(toks), texts(toks), len(slow), texts(slow))
	}
	for i := range toks {
		if toks[i] != slow[i] {
			t.Fatalf("token %d: fast %+v, segmenter %+v", i, toks[i], slow[i])
		}
	}
}
