package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/factum-nlp/factum/extract"
)

// The tests call run directly, with in-memory stdin, stdout and stderr.

const (
	ukText = "Київ і Краків стали містами-побратимами у 1993 році.\n"
	enText = "Kyiv and Kraków became sister cities in 1993, the mayor said.\n"
	ruText = "Екатеринбург и Далянь планируют подписать соглашение о сотрудничестве.\n"
)

type result struct {
	code           int
	stdout, stderr string
}

func runCLI(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return result{code, out.String(), errb.String()}
}

// docs decodes the JSON objects of an extract run's stdout, one per line or
// indented.
func docs(t *testing.T, s string) []extract.Document {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(s))
	var out []extract.Document
	for {
		var d extract.Document
		err := dec.Decode(&d)
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("stdout is not a JSON stream: %v\n%s", err, s)
		}
		out = append(out, d)
	}
}

func hasEntity(d extract.Document, typ, name string) bool {
	for _, e := range d.Entities {
		if e.Type == typ && e.Name == name {
			return true
		}
	}
	return false
}

func hasRelation(d extract.Document, typ string) bool {
	for _, r := range d.Relations {
		if r.Type == typ {
			return true
		}
	}
	return false
}

func writeFile(t *testing.T, path, content string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestExtractFile(t *testing.T) {
	f := writeFile(t, filepath.Join(t.TempDir(), "kyiv.txt"), ukText)
	r := runCLI(t, "", "extract", f)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if n := strings.Count(r.stdout, "\n"); n != 1 {
		t.Errorf("want one JSON line, got %d:\n%s", n, r.stdout)
	}
	ds := docs(t, r.stdout)
	if len(ds) != 1 {
		t.Fatalf("got %d documents", len(ds))
	}
	d := ds[0]
	if d.Doc != f || d.Lang != "uk" {
		t.Errorf("doc %q lang %q", d.Doc, d.Lang)
	}
	if !hasEntity(d, "city", "Kyiv") || !hasEntity(d, "city", "Kraków") || !hasRelation(d, "twin_city") {
		t.Errorf("missing Kyiv, Kraków or twin_city:\n%s", r.stdout)
	}
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if ukText[m.Start:m.End] != m.Text {
				t.Errorf("mention %+v: offsets do not match the file", m)
			}
		}
	}
}

func TestExtractSeedArticles(t *testing.T) {
	r := runCLI(t, "", "extract", "../../testdata/articles")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	ds := docs(t, r.stdout)
	if len(ds) != 2 {
		t.Fatalf("got %d documents, want 2", len(ds))
	}
	if ds[0].Lang != "uk" || ds[1].Lang != "ru" {
		t.Errorf("langs %q %q, want uk ru (sorted by file name)", ds[0].Lang, ds[1].Lang)
	}
}

func TestExtractDir(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "b.txt"), enText)
	writeFile(t, filepath.Join(dir, "a.txt"), ukText)
	writeFile(t, filepath.Join(dir, "sub", "c.txt"), ruText)
	writeFile(t, filepath.Join(dir, "notes.md"), enText) // not *.txt: ignored
	r := runCLI(t, "", "extract", "-j", "3", dir)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	ds := docs(t, r.stdout)
	var got []string
	for _, d := range ds {
		got = append(got, filepath.Base(d.Doc)+":"+d.Lang)
	}
	want := "a.txt:uk b.txt:en c.txt:ru"
	if strings.Join(got, " ") != want {
		t.Errorf("documents %v, want %s", got, want)
	}
}

// TestExtractOrder checks that output follows input order whatever the
// number of workers.
func TestExtractOrder(t *testing.T) {
	dir := t.TempDir()
	var args []string
	for i := 0; i < 40; i++ {
		text := []string{ukText, enText, ruText}[i%3]
		if i%7 == 0 {
			text = strings.Repeat(text, 50) // uneven sizes
		}
		args = append(args, writeFile(t, filepath.Join(dir, fmt.Sprintf("d%02d.txt", i)), text))
	}
	for _, j := range []string{"1", "4", "16"} {
		r := runCLI(t, "", append([]string{"extract", "-j", j}, args...)...)
		if r.code != 0 {
			t.Fatalf("-j %s: exit %d: %s", j, r.code, r.stderr)
		}
		ds := docs(t, r.stdout)
		if len(ds) != len(args) {
			t.Fatalf("-j %s: %d documents, want %d", j, len(ds), len(args))
		}
		for i, d := range ds {
			if d.Doc != args[i] {
				t.Fatalf("-j %s: document %d is %s, want %s", j, i, d.Doc, args[i])
			}
		}
	}
}

func TestExtractStdin(t *testing.T) {
	r := runCLI(t, enText, "extract")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	ds := docs(t, r.stdout)
	if len(ds) != 1 || ds[0].Doc != "stdin" || ds[0].Lang != "en" {
		t.Fatalf("got %+v", ds)
	}
	if !hasRelation(ds[0], "twin_city") {
		t.Errorf("no twin_city:\n%s", r.stdout)
	}
}

func TestExtractEmptyStdin(t *testing.T) {
	r := runCLI(t, "", "extract")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	ds := docs(t, r.stdout)
	if len(ds) != 1 || len(ds[0].Entities) != 0 {
		t.Errorf("got %+v", ds)
	}
	if !strings.Contains(r.stdout, `"entities":[]`) || !strings.Contains(r.stdout, `"relations":[]`) {
		t.Errorf("empty lists must be [] not null: %s", r.stdout)
	}
}

func TestExtractJSONL(t *testing.T) {
	lines := []string{
		mustJSON(t, map[string]string{"doc": "one", "text": ukText}),
		"",
		mustJSON(t, map[string]string{"id": "two", "text": enText}),
		mustJSON(t, map[string]string{"text": ruText}),
	}
	r := runCLI(t, strings.Join(lines, "\n")+"\n", "extract", "--jsonl")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	ds := docs(t, r.stdout)
	var got []string
	for _, d := range ds {
		got = append(got, d.Doc+":"+d.Lang)
	}
	if want := "one:uk two:en stdin:4:ru"; strings.Join(got, " ") != want {
		t.Errorf("documents %v, want %s", got, want)
	}
	if !hasRelation(ds[0], "twin_city") || !hasRelation(ds[2], "agreement") {
		t.Errorf("missing relations:\n%s", r.stdout)
	}
}

func TestExtractJSONLFile(t *testing.T) {
	dir := t.TempDir()
	f := writeFile(t, filepath.Join(dir, "in.jsonl"),
		mustJSON(t, map[string]string{"doc": "x", "text": enText})+"\n")
	r := runCLI(t, "", "extract", "--jsonl", f)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if ds := docs(t, r.stdout); len(ds) != 1 || ds[0].Doc != "x" {
		t.Errorf("got %+v", ds)
	}
}

func TestExtractJSONLBadLine(t *testing.T) {
	in := mustJSON(t, map[string]string{"doc": "ok", "text": enText}) + "\n{not json\n" +
		mustJSON(t, map[string]string{"doc": "ok2", "text": ukText}) + "\n"
	r := runCLI(t, in, "extract", "--jsonl")
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	if !strings.Contains(r.stderr, "stdin:2:") {
		t.Errorf("stderr does not name stdin:2: %s", r.stderr)
	}
	if ds := docs(t, r.stdout); len(ds) != 2 {
		t.Errorf("the good lines must still be processed: got %d documents", len(ds))
	}
}

func TestExtractPretty(t *testing.T) {
	r := runCLI(t, enText, "extract", "--pretty")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "\n  \"entities\": [") {
		t.Errorf("not indented:\n%s", r.stdout)
	}
	ds := docs(t, r.stdout)
	if len(ds) != 1 || !hasEntity(ds[0], "city", "Kyiv") {
		t.Errorf("got %+v", ds)
	}
}

func TestExtractBinaryFile(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin.txt")
	if err := os.WriteFile(bin, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	good := writeFile(t, filepath.Join(dir, "good.txt"), enText)
	r := runCLI(t, "", "extract", bin, good)
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	if !strings.Contains(r.stderr, bin) || !strings.Contains(r.stderr, "binary") {
		t.Errorf("stderr should name the file and say binary: %s", r.stderr)
	}
	if ds := docs(t, r.stdout); len(ds) != 1 || ds[0].Doc != good {
		t.Errorf("the good file must still be processed: %+v", ds)
	}
}

func TestExtractUserFiles(t *testing.T) {
	dir := t.TempDir()
	lex := writeFile(t, filepath.Join(dir, "my.lex"), "user:zorgrad\tcity\ten=Zorgrad\tuk=Зорград\tcountry=UA\tpop=250000\n")
	rules := writeFile(t, filepath.Join(dir, "my.rules"),
		"rule user.twin_city.shook_hands\n  lang en\n  emit twin_city city=$a twin=$b\n  pattern $a:city shook hands with $b:city\n")
	r := runCLI(t, "Zorgrad shook hands with Lviv.", "extract", "--lexicon", lex, "--rules", rules)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	ds := docs(t, r.stdout)
	if len(ds) != 1 || !hasEntity(ds[0], "city", "Zorgrad") {
		t.Fatalf("user city not found:\n%s", r.stdout)
	}
	found := false
	for _, rel := range ds[0].Relations {
		found = found || rel.Rule == "user.twin_city.shook_hands"
	}
	if !found {
		t.Errorf("user rule did not fire:\n%s", r.stdout)
	}
}

func TestExplain(t *testing.T) {
	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
	}{
		{"argument", "", []string{"explain", "Kyiv and Kraków became sister cities."}},
		{"several arguments", "", []string{"explain", "Kyiv", "and", "Kraków", "became", "sister", "cities."}},
		{"stdin", "Kyiv and Kraków became sister cities.", []string{"explain"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runCLI(t, tc.stdin, tc.args...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			for _, want := range []string{"language: en", "tokens:", "Kraków", "rules fired:", "en.twin_city.pair_became", "relations:"} {
				if !strings.Contains(r.stdout, want) {
					t.Errorf("output lacks %q:\n%s", want, r.stdout)
				}
			}
		})
	}
}

// posRE matches "file:line:col:" in an error message.
var posRE = regexp.MustCompile(`\.(lex|rules):\d+:\d+: `)

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	badLex := writeFile(t, filepath.Join(dir, "bad.lex"), "# comment\nuser:x\tcty\ten=X\n")
	badRules := writeFile(t, filepath.Join(dir, "bad.rules"), "rule user.bad\n  emit twin_city city=$a twin=$b\n  pattern $a:city ( $b:city\n")
	good := writeFile(t, filepath.Join(dir, "good.txt"), enText)
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr []string // substrings of stderr
		pos    bool     // stderr has file:line:col
	}{
		{"no command", nil, 2, []string{"usage: factum"}, false},
		{"unknown command", []string{"frobnicate"}, 2, []string{`unknown command "frobnicate"`}, false},
		{"help", []string{"help"}, 0, nil, false},
		{"extract -h", []string{"extract", "-h"}, 0, []string{"usage: factum extract"}, false},
		{"bad flag", []string{"extract", "--bogus", good}, 1, []string{"-bogus"}, false},
		{"bad flag value", []string{"extract", "-j", "many", good}, 1, []string{"-j"}, false},
		{"bad language", []string{"extract", "--lang", "xx", good}, 1, []string{`"xx"`}, false},
		{"missing file", []string{"extract", filepath.Join(dir, "nope.txt")}, 1, []string{"nope.txt"}, false},
		{"missing lexicon file", []string{"extract", "--lexicon", filepath.Join(dir, "nope.lex"), good}, 1, []string{"nope.lex"}, false},
		{"broken lexicon", []string{"extract", "--lexicon", badLex, good}, 1, []string{badLex + ":2:", `"cty"`}, true},
		{"broken rules", []string{"extract", "--rules", badRules, good}, 1, []string{badRules + ":3:"}, true},
		{"explain broken rules", []string{"explain", "--rules", badRules, "Kyiv."}, 1, []string{badRules + ":3:"}, true},
		{"explain broken lexicon", []string{"explain", "--lexicon", badLex, "Kyiv."}, 1, []string{badLex + ":2:"}, true},
		{"eval without a directory", []string{"eval", "--format", "nerel"}, 1, []string{"usage: factum eval"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runCLI(t, "", tc.args...)
			if r.code != tc.code {
				t.Errorf("exit %d, want %d; stderr: %s", r.code, tc.code, r.stderr)
			}
			for _, s := range tc.stderr {
				if !strings.Contains(r.stderr, s) && !strings.Contains(r.stdout, s) {
					t.Errorf("output lacks %q; stderr: %s", s, r.stderr)
				}
			}
			if tc.pos && !posRE.MatchString(r.stderr) {
				t.Errorf("stderr lacks file:line:col: %s", r.stderr)
			}
			if tc.code != 0 && r.stdout != "" && tc.name != "help" {
				t.Errorf("failed run printed to stdout: %s", r.stdout)
			}
		})
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
