package extract

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// The fuzz targets run their seed corpus in plain `go test`; run
//
//	go test -fuzz=FuzzExtract -fuzztime=60s ./extract/
//	go test -fuzz=FuzzNewUserFiles -fuzztime=60s ./extract/
//
// to search for new failures.

var (
	fuzzXOnce sync.Once
	fuzzX     *Extractor
	fuzzXErr  error
)

// sharedExtractor returns one default Extractor for the whole test binary:
// loading the lexicon for every fuzz input would dominate the run.
func sharedExtractor(t testing.TB) *Extractor {
	t.Helper()
	fuzzXOnce.Do(func() { fuzzX, fuzzXErr = New(Options{}) })
	if fuzzXErr != nil {
		t.Fatal(fuzzXErr)
	}
	return fuzzX
}

// seedArticles returns the texts of ../testdata/articles/*.txt by file name.
func seedArticles(t testing.TB) map[string][]byte {
	t.Helper()
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	out := make(map[string][]byte, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(f)] = b
	}
	return out
}

// nastyInputs are small inputs at the edges of the tokenizer, sentence
// splitter, quote finder and rule engine.
var nastyInputs = []string{
	"",
	" ",
	"\n",
	"\n\n\n",
	"\xff",
	"\xff\xfe\xfd",
	"Київ\xff",
	"\xe2\x80",         // truncated 3-byte rune
	"Ки\xd0",           // truncated Cyrillic rune
	"\xd0\x9a\xd0",     // К + half a rune
	"\xed\xa0\x80",     // UTF-16 surrogate encoded in UTF-8
	"\xef\xbb\xbfКиїв", // BOM
	"«",
	"»",
	"«Київ",
	"„Київ“ »",
	"\"\"\"",
	"'’ʼ'",
	"Київ — місто-побратим Кракова.",
	"Kyiv and Kraków became sister cities.",
	"Екатеринбург и Далянь подпишут соглашение.",
	"Київ Kyiv Киев 基辅 كييف",
	"...",
	"!?!?!?",
	"— – - ‒ ―",
	"Дмитро Давтян: «",
	"«Київ може стати побратимом Ханчжоу», — сказав він.",
	"ЕКАТЕРИНБУРГ, 27 ноября. /ТАСС/.",
	"27-28 ноября",
	"1961-",
	"А. Б. В. Г.",
	"U.S. U.K. e.g. i.e. т.д. т.п.",
	"мер мер мер мер мер",
	"Київ\u0301",               // combining accent
	"К\u0438\u0306ї\u0308в",    // decomposed й and ї
	"Kyiv\u200bKraków\u200dHi", // zero-width characters
	"\u202eКиїв\u202c",         // bidi override
	"\t\f\r\n\r\r\n",
	"a\x00b", // NUL: binary
	"Київ-Київ-Київ-Київ-Київ-Київ",
	"міста-побратими-",
	"-",
	"'",
	"«»«»«»«»",
	"(((((((((((",
	")))))))))))",
	strings.Repeat("«", 1000),
	strings.Repeat("Київ ", 200),
	strings.Repeat("і ", 500),
	strings.Repeat("Я", 10000),
	strings.Repeat("Київ, ", 300) + "стали побратимами.",
}

// checkDocument verifies the invariants every result must hold for src:
// offsets within the input, span text equal to the input bytes, and JSON
// marshaling.
func checkDocument(t *testing.T, src []byte, d *Document) {
	t.Helper()
	if d == nil {
		t.Fatal("nil document with nil error")
	}
	checkSpan := func(what string, s Span) {
		if s.Start < 0 || s.Start > s.End || s.End > len(src) {
			t.Fatalf("%s: span [%d,%d) out of range for %d bytes", what, s.Start, s.End, len(src))
		}
		if s.Text != string(src[s.Start:s.End]) {
			t.Fatalf("%s: span [%d,%d) text %q != input %q", what, s.Start, s.End, s.Text, src[s.Start:s.End])
		}
	}
	for _, e := range d.Entities {
		if e.ID == "" {
			t.Errorf("entity %+v has no id", e)
		}
		if !validType[e.Type] {
			t.Errorf("entity %q has type %q", e.ID, e.Type)
		}
		for _, m := range e.Mentions {
			checkSpan("mention of "+e.ID, Span{Start: m.Start, End: m.End, Text: m.Text})
		}
	}
	for _, r := range d.Relations {
		checkSpan("evidence of "+r.Rule, r.Evidence)
	}
	if _, err := json.Marshal(d); err != nil {
		t.Fatalf("json.Marshal: %v", err)
	}
}

var validType = map[string]bool{City: true, Country: true, Region: true, Person: true, Org: true, Company: true, Event: true}

// FuzzExtract checks that Extract never panics, returns only the documented
// errors, and that every mention and evidence has valid offsets and the
// exact input text.
func FuzzExtract(f *testing.F) {
	for _, b := range seedArticles(f) {
		f.Add(b)
	}
	for _, s := range nastyInputs {
		f.Add([]byte(s))
	}
	x := sharedExtractor(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		defer watchdog(src)()
		d, err := x.Extract("fuzz", src)
		if err != nil {
			if errors.Is(err, ErrBinary) || errors.Is(err, ErrTooLarge) {
				return
			}
			t.Fatalf("Extract: unexpected error %v", err)
		}
		checkDocument(t, src, d)
	})
}

// watchdog crashes the process when one fuzz input runs for longer than
// hangLimit while fuzzing (-test.fuzz set), so that the fuzzing engine
// records the input as a crasher: without it a hang only shows as
// "0 execs/sec". It returns the function that disarms it.
func watchdog(src []byte) func() {
	if fl := flag.Lookup("test.fuzz"); fl == nil || fl.Value.String() == "" {
		return func() {}
	}
	tm := time.AfterFunc(hangLimit, func() {
		panic(fmt.Sprintf("hang: input of %d bytes ran for more than %v: %q", len(src), hangLimit, src))
	})
	return func() { tm.Stop() }
}

// hangLimit is how long one fuzz input may run; the largest seed takes a
// few milliseconds.
const hangLimit = 10 * time.Second

// FuzzNewUserFiles feeds arbitrary user lexicon and rule files to New: it
// must either fail with an error naming the file or return an Extractor
// that works.
func FuzzNewUserFiles(f *testing.F) {
	f.Add("user:testville\tcity\ten=Testville\tuk=Тествіль\tru=Тествиль\tcountry=UA\n",
		"rule user.twin.test\n  lang en\n  emit twin_city city=$a twin=$b\n  pattern $a:city befriends $b:city\n")
	f.Add("", "")
	f.Add("# only a comment\n", "# only a comment\n")
	f.Add("-Q1899\n", "")
	f.Add("x\tcity\n", "rule a\n")
	f.Add("x\tcty\ten=X\n", "rule a.b\n  pattern $a:cty\n  emit x a=$a\n")
	f.Add("x\tcity\ten=X{zz}\n", "rule a.b\n  pattern ( $a:city\n  emit x a=$a\n")
	f.Add("x\tcity\ten=\tuk=|||\n", "rule a.b\n  pattern ~3\n  emit x\n")
	f.Add("\xff\tcity\ten=\xff\n", "rule \xff\n  pattern \xff\n")
	f.Add("company:zz\tcompany\tany=ZZ Corp|ZZ\thq=Nowhere\n",
		"rule a.b\n  lang en\n  emit located_in subject=$c place=$p\n  pattern $c:company ~20 $p:city\n")
	f.Add("p\tperson\tuk=Іван Тест{m}\n", "rule x.y\n  pattern [ [ [ $a:city ] ] ]\n  emit held_in event=$a place=$a\n")
	f.Add("a\tcity\ten=A\nb\tcity\ten=A\n", "rule r\n  pattern \"\n  emit x a=\"\n")
	f.Add("", "rule r\n  pattern (a|(b|(c|(d|(e|(f))))))\n  emit twin_city city=$x\n")

	probe := []byte("Testville and Kyiv became sister cities. ZZ Corp is based in Testville. Тествіль і Київ стали побратимами.")
	f.Fuzz(func(t *testing.T, lex, rul string) {
		dir := t.TempDir()
		lf := filepath.Join(dir, "user.lex")
		rf := filepath.Join(dir, "user.rules")
		if err := os.WriteFile(lf, []byte(lex), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(rf, []byte(rul), 0o644); err != nil {
			t.Fatal(err)
		}
		// Without the default data: the point is the user files, and
		// loading the full lexicon per input would make fuzzing crawl.
		defer watchdog([]byte(lex + "\x00" + rul))()
		x, err := New(Options{LexiconFiles: []string{lf}, RuleFiles: []string{rf}, NoDefaultLexicon: true, NoDefaultRules: true})
		if err != nil {
			msg := err.Error()
			if !strings.Contains(msg, "user.lex") && !strings.Contains(msg, "user.rules") && !strings.Contains(msg, "extract:") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		d, err := x.Extract("probe", probe)
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		checkDocument(t, probe, d)
		if _, err := x.Explain(string(probe)); err != nil {
			t.Fatalf("Explain: %v", err)
		}
	})
}
