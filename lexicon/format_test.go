package lexicon

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestParseEntries(t *testing.T) {
	src := "# comment\n\n" +
		"Q1899\tcity\ten=Kyiv|Kiev\tuk=Київ|українська столиця\tru=Киев\tcountry=UA\tgeonames=703448\tpop=2797553\n" +
		"geonames:1814087\t\tcity\t uk=Далянь{m} \tru=Далянь{m,ctx}\n" +
		"  Q1899/council\torg\tany=KMR\tcity=Q1899\r\n" +
		"Q1 city en=New York uk=Нью-Йорк{x}{ctx} country=US\n" +
		"-Q1\n" +
		"Q212\tcountry\tuk=Україна\tadj-uk=український\n"
	got, err := Parse("t.lex", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []*Entry{
		{ID: "Q1899", Type: "city", File: "t.lex", Line: 3,
			Names: []Name{{Lang: "en", Text: "Kyiv"}, {Lang: "en", Text: "Kiev"}, {Lang: "uk", Text: "Київ"}, {Lang: "uk", Text: "українська столиця"}, {Lang: "ru", Text: "Киев"}},
			Attrs: map[string]string{"country": "UA", "geonames": "703448", "pop": "2797553"}},
		{ID: "geonames:1814087", Type: "city", File: "t.lex", Line: 4,
			Names: []Name{{Lang: "uk", Text: "Далянь", Gender: 'm'}, {Lang: "ru", Text: "Далянь", Gender: 'm', Ctx: true}}},
		{ID: "Q1899/council", Type: "org", File: "t.lex", Line: 5,
			Names: []Name{{Lang: "", Text: "KMR"}}, Attrs: map[string]string{"city": "Q1899"}},
		{ID: "Q1", Type: "city", File: "t.lex", Line: 6,
			Names: []Name{{Lang: "en", Text: "New York"}, {Lang: "uk", Text: "Нью-Йорк", Indecl: true, Ctx: true}},
			Attrs: map[string]string{"country": "US"}},
		{ID: "Q1", File: "t.lex", Line: 7, Delete: true},
		{ID: "Q212", Type: "country", File: "t.lex", Line: 8,
			Names: []Name{{Lang: "uk", Text: "Україна"}}, Attrs: map[string]string{"adj-uk": "український"}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d entries, want %d", len(got), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("entry %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"unknown type", "Q1\tcitty\ten=X", "f.lex:1:4: unknown type \"citty\""},
		{"missing type", "Q1", "f.lex:1:3: missing TYPE"},
		{"missing type field", "Q1\ten=X", "f.lex:1:4: missing TYPE"},
		{"missing id", "en=X\tcity", "f.lex:1:1: missing ID"},
		{"space in id", "Q 1\tcity", "f.lex:1:1: invalid ID \"Q 1\""},
		{"field without =", "Q1\tcity\tKyiv", "f.lex:1:9: field without '=': \"Kyiv\""},
		{"empty key", "Q1\tcity\t=Kyiv", "f.lex:1:9: field without key"},
		{"empty name", "Q1\tcity\ten=Kyiv||Kiev", "f.lex:1:17: empty name"},
		{"empty name only", "Q1\tcity\ten=", "f.lex:1:12: empty name"},
		{"unbalanced {", "Q1\tcity\tuk=Київ{m", "f.lex:1:20: unbalanced '{'"},
		{"unbalanced }", "Q1\tcity\tuk=Київm}", "f.lex:1:21: unbalanced '}'"},
		{"brace inside", "Q1\tcity\tuk=Ки{m}їв", "f.lex:1:16: unbalanced '{'"},
		{"unknown flag", "Q1\tcity\tuk=Київ{q}", "f.lex:1:20: unknown flag {q}"},
		{"conflicting gender", "Q1\tcity\tuk=Київ{m}{f}", "conflicting gender flags"},
		{"invalid utf8", "Q1\tcity\tuk=Ки\xffїв", "f.lex:1:16: invalid UTF-8"},
		{"bad country", "Q1\tcity\tcountry=Ukraine", "f.lex:1:17: country=\"Ukraine\": want an ISO 3166 alpha-2 code"},
		{"bad pop", "Q1\tcity\tpop=12k", "f.lex:1:13: pop=\"12k\": want a whole number"},
		{"bad gender", "fn:x\tfirstname\tgender=x", "gender=\"x\": want m or f"},
		{"empty attr", "Q1\tcity\tnote=", "empty value for \"note\""},
		{"empty adjective", "Q1\tcountry\tadj-uk=a||b", "empty adjective in adj-uk="},
		{"duplicate attr", "Q1\tcity\tpop=1\tpop=2", "f.lex:1:15: duplicate attribute \"pop\""},
		{"empty deletion", "-", "f.lex:1:2: missing ID after '-'"},
		{"bad deletion", "-Q1\tcity", "deletion line holds only"},
		{"line number", "# c\n\nQ1\tcity\nQ2\tcitty", "f.lex:4:4: unknown type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("f.lex", []byte(tt.src))
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			var el ErrorList
			if !errors.As(err, &el) || len(el) != 1 {
				t.Fatalf("got %v, want one error in an ErrorList", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %q, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestParseCollectsErrors(t *testing.T) {
	src := strings.Repeat("Q1\tcitty\n", 25) + "Q2\tcity\ten=Good\n"
	es, err := Parse("f.lex", []byte(src))
	var el ErrorList
	if !errors.As(err, &el) {
		t.Fatalf("got %v, want an ErrorList", err)
	}
	if len(el) != MaxErrors {
		t.Errorf("got %d errors, want %d", len(el), MaxErrors)
	}
	if !strings.Contains(el[len(el)-1].Msg, "too many errors") {
		t.Errorf("last error %q does not say it stopped", el[len(el)-1].Msg)
	}
	if len(es) != 0 {
		t.Errorf("got %d entries, want 0", len(es))
	}
	// Good lines around bad ones are kept.
	es, err = Parse("f.lex", []byte("Q1\tcity\ten=A\nQ2\tcitty\nQ3\tcity\ten=C\n"))
	if err == nil || len(es) != 2 || es[1].ID != "Q3" {
		t.Errorf("got %v, %v; want Q1 and Q3 and one error", es, err)
	}
	if got := err.Error(); !strings.HasPrefix(got, "f.lex:2:4: ") {
		t.Errorf("error %q", got)
	}
}

func TestErrorListError(t *testing.T) {
	l := ErrorList{{File: "a", Line: 1, Col: 2, Msg: "x"}, {File: "a", Line: 3, Col: 4, Msg: "y"}}
	if got, want := l.Error(), "a:1:2: x (and 1 more errors)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if ErrorList(nil).Err() != nil {
		t.Error("empty list is not nil")
	}
}

func TestMerge(t *testing.T) {
	a, err := Parse("a.lex", []byte("Q1\tcity\ten=Kyiv\tuk=Київ\tpop=1\nQ2\tcity\ten=Lviv\nQ3\tcity\ten=Odesa\n"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse("b.lex", []byte("Q1\tcity\ten=Kiev|Kyiv\tuk=Київ{m}\tpop=2\tcountry=UA\n-Q2\nQ4\tcity\ten=Dnipro\n-Q9\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := Merge(a, b)
	var ids []string
	for _, e := range got {
		ids = append(ids, e.ID)
	}
	if want := []string{"Q1", "Q3", "Q4"}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("ids %v, want %v", ids, want)
	}
	k := got[0]
	wantNames := []Name{{Lang: "en", Text: "Kyiv"}, {Lang: "uk", Text: "Київ", Gender: 'm'}, {Lang: "en", Text: "Kiev"}}
	if !reflect.DeepEqual(k.Names, wantNames) {
		t.Errorf("names %+v, want %+v", k.Names, wantNames)
	}
	if k.Attrs["pop"] != "2" || k.Attrs["country"] != "UA" {
		t.Errorf("attrs %v", k.Attrs)
	}
	if k.File != "a.lex" || k.Line != 1 {
		t.Errorf("location %s:%d, want a.lex:1", k.File, k.Line)
	}
	// Inputs are untouched.
	if len(a[0].Names) != 2 || a[0].Attrs["pop"] != "1" || a[0].Names[1].Gender != 0 {
		t.Errorf("Merge modified its input: %+v", a[0])
	}
	// Re-definition after deletion.
	c, _ := Parse("c.lex", []byte("Q2\tcity\ten=Lwów\n"))
	got = Merge(a, b, c)
	if len(got) != 4 || got[3].ID != "Q2" || got[3].Canonical("en") != "Lwów" {
		t.Errorf("re-defined entry: %+v", got[len(got)-1])
	}
}

func TestCanonical(t *testing.T) {
	es, err := Parse("t", []byte("Q1\tcompany\tany=Alibaba\tuk=Алібаба|Алібаба Груп\nQ2\tcity\tuk=Київ\ten=Kyiv\tany=K"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		e          *Entry
		lang, want string
	}{
		{es[0], "en", "Alibaba"},
		{es[0], "uk", "Алібаба"},
		{es[0], "ru", ""},
		{es[0], "", "Alibaba"},
		{es[1], "en", "Kyiv"},
	}
	for _, tt := range tests {
		if got := tt.e.Canonical(tt.lang); got != tt.want {
			t.Errorf("%s.Canonical(%q) = %q, want %q", tt.e.ID, tt.lang, got, tt.want)
		}
	}
}

func TestNameCaseFreeAndString(t *testing.T) {
	tests := []struct {
		n        Name
		caseFree bool
		str      string
	}{
		{Name{Text: "українська столиця"}, true, "українська столиця"},
		{Name{Text: "Київ"}, false, "Київ"},
		{Name{Text: "КМДА"}, false, "КМДА"},
		{Name{Text: "Далянь", Gender: 'm'}, false, "Далянь{m}"},
		{Name{Text: "Суми", Gender: 'p', Indecl: true, Ctx: true}, false, "Суми{pl}{x}{ctx}"},
		{Name{Text: "123"}, false, "123"},
	}
	for _, tt := range tests {
		if got := tt.n.CaseFree(); got != tt.caseFree {
			t.Errorf("%q.CaseFree() = %v", tt.n.Text, got)
		}
		if got := tt.n.String(); got != tt.str {
			t.Errorf("String() = %q, want %q", got, tt.str)
		}
		// String round-trips through the parser.
		es, err := Parse("t", []byte("Q1\tcity\tuk="+tt.n.String()))
		if err != nil || es[0].Names[0].Text != tt.n.Text || es[0].Names[0].Gender != tt.n.Gender || es[0].Names[0].Ctx != tt.n.Ctx {
			t.Errorf("round trip of %q: %v %v", tt.n.String(), es, err)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("Q1899\tcity\ten=Kyiv|Kiev\tuk=Київ|українська столиця\tcountry=UA\n"))
	f.Add([]byte("geonames:1\tcity\tuk=Далянь{m}{ctx}\n-geonames:1\n"))
	f.Add([]byte("Q1 city en=New York\tuk={\n"))
	f.Add([]byte("\ufeff# c\r\nQ1\tcitty\t=\t{}|\xff\n"))
	f.Add([]byte("-\n-x y\n\t\t\nq\tcountry\tadj-uk=|\tpop=x"))
	f.Fuzz(func(t *testing.T, src []byte) {
		es, err := Parse("fuzz.lex", src)
		if err != nil {
			var el ErrorList
			if !errors.As(err, &el) || len(el) == 0 || len(el) > MaxErrors {
				t.Fatalf("bad error %v", err)
			}
			for _, e := range el {
				if e.Line < 1 || e.Col < 1 {
					t.Fatalf("bad position in %v", e)
				}
			}
		}
		for _, e := range es {
			if e.ID == "" || (!e.Delete && !validType(e.Type)) {
				t.Fatalf("bad entry %+v", e)
			}
			for _, n := range e.Names {
				if n.Text == "" {
					t.Fatalf("empty name in %+v", e)
				}
			}
		}
		Merge(es, es)
	})
}
