package lexicon

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/factum-nlp/factum/internal/text"
)

// TestFormTableCurrent checks that forms.bin is what go generate would
// write now: run `go generate ./lexicon/...` (or `go run ./gen -forms` in
// lexicon/) after changing the data files or the morphology.
func TestFormTableCurrent(t *testing.T) {
	got := FormTable(defaultEntries(t))
	if !bytes.Equal(got, []byte(formsBin)) {
		t.Fatalf("forms.bin is stale (%d bytes, regenerated %d): run go generate ./lexicon/...", len(formsBin), len(got))
	}
	if len(got) > 20<<20 {
		t.Errorf("forms.bin is %d MB, keep it under 20 MB", len(got)>>20)
	}
}

func formString(f *Form) string {
	return fmt.Sprintf("%s/%d/%d/%v/%d/%s", f.Entry.ID, f.Name, f.Kind, f.Lower, f.Case, strings.Join(f.Keys, " "))
}

// TestTableMatchesMorphology checks that the index read from the form
// table is the one the morphology builds: same forms in the same order,
// same lookups.
func TestTableMatchesMorphology(t *testing.T) {
	fast := New(defaultEntries(t))
	slow := newLexicon(defaultEntries(t), nil)
	if fast.Len() != slow.Len() || fast.MaxLen() != slow.MaxLen() {
		t.Fatalf("table: %d forms, max %d; morphology: %d forms, max %d", fast.Len(), fast.MaxLen(), slow.Len(), slow.MaxLen())
	}
	for i := range fast.idx.forms {
		if a, b := formString(&fast.idx.forms[i]), formString(&slow.idx.forms[i]); a != b {
			t.Fatalf("form %d: table %s, morphology %s", i, a, b)
		}
	}
	// Lookups of a sample of keys, capitalized and not.
	for i, k := range slow.idx.keys.strs {
		if i%97 != 0 {
			continue
		}
		for _, fl := range []text.Flags{0, text.Cap} {
			toks := []text.Token{{Key: k, Flags: fl}}
			a, b := fast.Lookup(toks, 0), slow.Lookup(toks, 0)
			if len(a) != len(b) {
				t.Fatalf("Lookup(%q, %v): %d forms from the table, %d from the morphology", k, fl, len(a), len(b))
			}
			for j := range a {
				if formString(a[j]) != formString(b[j]) {
					t.Fatalf("Lookup(%q, %v)[%d]: %s vs %s", k, fl, j, formString(a[j]), formString(b[j]))
				}
			}
		}
	}
}

const testLex = `
c:kyiv	city	en=Kyiv	uk=Київ	ru=Киев
c:ny	city	en=New York	uk=Нью-Йорк|Нью Йорк{x}	ru=Нью-Йорк
c:york	city	en=York	uk=Йорк{x}
e:capital	city	uk=українська столиця	of=Kyiv
r:mayor	role	uk=мер	ru=мэр
`

func testLexicon(t *testing.T) *Lexicon {
	t.Helper()
	es, err := Parse("t.lex", []byte(testLex))
	if err != nil {
		t.Fatal(err)
	}
	return newLexicon(Merge(es), nil)
}

// toks tokenizes s the way the extractor does.
func toks(s string) []text.Token { return text.Tokenize(s) }

func TestLookup(t *testing.T) {
	l := testLexicon(t)
	tests := []struct {
		name string
		text string
		i    int
		want []string // entry id and number of keys of each form, in order
	}{
		{"capitalized name", "у Києві", 1, []string{"c:kyiv/1"}},
		{"lower case does not match a name", "києві", 0, nil},
		{"all capitals", "КИЄВІ", 0, []string{"c:kyiv/1"}},
		{"lower-case epithet in lower case", "українська столиця", 0, []string{"c:kyiv/2"}},
		{"lower-case epithet capitalized", "Українська столиця", 0, []string{"c:kyiv/2"}},
		{"epithet cut short", "українська мова", 0, nil},
		{"longest first", "Нью Йорк", 0, []string{"c:ny/2"}},
		{"second word alone", "Нью Йорк", 1, []string{"c:york/1"}},
		{"multi-token name at the end", "в Нью", 1, nil},
		{"role", "мер міста", 0, []string{"r:mayor/1"}},
		{"unknown", "Львів", 0, nil},
		{"out of range", "Київ", 5, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range l.Lookup(toks(tt.text), tt.i) {
				got = append(got, fmt.Sprintf("%s/%d", f.Entry.ID, len(f.Keys)))
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("Lookup(%q, %d) = %v, want %v", tt.text, tt.i, got, tt.want)
			}
		})
	}
}

func TestLookupParagraphBreak(t *testing.T) {
	l := testLexicon(t)
	ts := toks("українська столиця")
	if len(ts) != 2 {
		t.Fatalf("tokens: %v", ts)
	}
	ts[1].Flags |= text.ParaBefore
	if got := l.Lookup(ts, 0); len(got) != 0 {
		t.Errorf("a form across a paragraph break matched: %v", got)
	}
}

func TestLookupKeysFirst(t *testing.T) {
	l := testLexicon(t)
	ts := toks("Нью Йорк")
	first := ts[0]
	// With first given, only forms of one token count.
	for _, f := range l.LookupKeys(ts, 0, &first) {
		if len(f.Keys) != 1 {
			t.Errorf("LookupKeys with first returned a %d-token form", len(f.Keys))
		}
	}
	kyiv := toks("Київ")[0]
	got := l.LookupKeys(ts, 0, &kyiv)
	if len(got) != 1 || got[0].Entry.ID != "c:kyiv" {
		t.Errorf("LookupKeys(first=Київ) = %v", got)
	}
}

func TestLookupDoesNotAllocate(t *testing.T) {
	l := New(defaultEntries(t))
	ts := toks("Делегація з Києва прибула до Екатеринбурга та Нью-Йорка, українська столиця")
	allocs := testing.AllocsPerRun(100, func() {
		for i := range ts {
			l.Lookup(ts, i)
		}
	})
	if allocs != 0 {
		t.Errorf("Lookup allocates %.1f times per pass", allocs)
	}
}

// TestUserChanges checks that entries changed, added or deleted by user
// files get their forms generated, while the others come from the table.
func TestUserChanges(t *testing.T) {
	def := defaultEntries(t)
	var city, other *Entry
	for _, e := range def {
		if e.Type == "city" && e.Canonical("uk") != "" && e.Attrs["of"] == "" && e.ID != "Q1899" {
			if city == nil {
				city = e
			} else {
				other = e
				break
			}
		}
	}
	if other == nil {
		t.Fatal("no city in the default lexicon")
	}
	user := fmt.Sprintf("%s\tcity\tuk=Тестоград\n-%s\nx:new\tcity\tuk=Новоград\n", city.ID, "Q1899")
	ue, err := Parse("user.lex", []byte(user))
	if err != nil {
		t.Fatal(err)
	}
	l := New(Merge(def, ue))
	found := func(word, id string) bool {
		for _, f := range l.Lookup(toks(word), 0) {
			if f.Entry.ID == id {
				return true
			}
		}
		return false
	}
	if !found("Тестограда", city.ID) {
		t.Errorf("added name Тестоград of %s not declined", city.ID)
	}
	if !found(city.Canonical("uk"), city.ID) {
		t.Errorf("old name %s of %s lost", city.Canonical("uk"), city.ID)
	}
	if !found("Новограду", "x:new") {
		t.Error("new entry not declined")
	}
	if l.Entry("Q1899") != nil || found("Києва", "Q1899") {
		t.Error("deleted entry Q1899 still there")
	}
	if !found(other.Canonical("uk"), other.ID) {
		t.Errorf("unchanged entry %s lost its forms", other.ID)
	}
}

// TestNewKeepsEntries checks that New does not change the entries it is
// given, so that it can be called twice on them.
func TestNewKeepsEntries(t *testing.T) {
	es := defaultEntries(t)
	names := 0
	for _, e := range es {
		names += len(e.Names)
	}
	a := New(es)
	after := 0
	for _, e := range es {
		after += len(e.Names)
	}
	if after != names {
		t.Fatalf("New changed the names of its entries: %d → %d", names, after)
	}
	if b := New(es); a.Len() != b.Len() {
		t.Errorf("second New: %d forms, first %d", b.Len(), a.Len())
	}
}

// TestBrokenTable checks that a truncated or damaged form table never
// panics and, when unreadable, falls back to the morphology.
func TestBrokenTable(t *testing.T) {
	parse := func() []*Entry {
		es, err := Parse("t.lex", []byte(testLex))
		if err != nil {
			t.Fatal(err)
		}
		return Merge(es)
	}
	tab := FormTable(parse())
	want := newLexicon(parse(), nil).Len()
	if got := newLexicon(parse(), readTable(string(tab))).Len(); got != want {
		t.Fatalf("from the table: %d forms, want %d", got, want)
	}
	for n := 0; n < len(tab); n++ {
		l := newLexicon(parse(), readTable(string(tab[:n])))
		if l.Len() < want {
			t.Errorf("table cut at %d: %d forms, want at least %d", n, l.Len(), want)
		}
	}
	for i := range tab {
		b := bytes.Clone(tab)
		b[i] ^= 0x5a
		newLexicon(parse(), readTable(string(b))) // must not panic
	}
}
