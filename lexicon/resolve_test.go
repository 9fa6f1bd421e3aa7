package lexicon

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

const resolveLex = `
c:kyiv	city	en=Kyiv|Kiev	uk=Київ	pop=2900000
c:kyiv-ok	city	en=Kyiv	pop=1000
o:kyiv	org	en=Kyiv
c:lviv	city	en=Lviv	any=LWO	pop=700000
e:capital	city	uk=українська столиця	of=Kyiv
x:alias	city	uk=Лемберг	of=Lviv
`

// TestResolve checks Resolve by ID, by English or any-language name (type
// first, then population) and after aliases joined their entries.
func TestResolve(t *testing.T) {
	es, err := Parse("r.lex", []byte(resolveLex))
	if err != nil {
		t.Fatal(err)
	}
	l := newLexicon(Merge(es), nil)
	tests := []struct {
		ref, typ, want string
	}{
		{"c:lviv", "org", "c:lviv"},
		{"Kyiv", "city", "c:kyiv"},
		{"kyiv", "city", "c:kyiv"},
		{"Kiev", "org", "c:kyiv"},
		{"Kyiv", "org", "o:kyiv"},
		{"city:Kyiv", "city", "c:kyiv"},
		{"LWO", "city", "c:lviv"},
		{"Odesa", "city", ""},
	}
	// Concurrent first calls share the index built on first use.
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for _, tt := range tests {
				got := ""
				if e := l.Resolve(tt.ref, tt.typ); e != nil {
					got = e.ID
				}
				if got != tt.want {
					t.Errorf("Resolve(%q, %q) = %q, want %q", tt.ref, tt.typ, got, tt.want)
				}
			}
		})
	}
	wg.Wait()
	// An alias that is not an epithet joins its entry and disappears.
	if l.Entry("x:alias") != nil {
		t.Error("alias x:alias still an entry")
	}
	lviv := l.Entry("c:lviv")
	if lviv == nil || lviv.Canonical("uk") != "Лемберг" {
		t.Errorf("c:lviv did not get the alias's name: %+v", lviv)
	}
	if got := lookupIDs(l, "Лемберга"); got != "c:lviv" {
		t.Errorf("Лемберга: %q", got)
	}
	if got := lookupIDs(l, "української столиці"); got != "c:kyiv" {
		t.Errorf("української столиці: %q", got)
	}
}

func lookupIDs(l *Lexicon, s string) string {
	var ids []string
	for _, f := range l.Lookup(toks(s), 0) {
		ids = append(ids, f.Entry.ID)
	}
	return strings.Join(ids, ",")
}

// TestParseFilesInParallel checks that ParseFiles, which parses files and
// chunks of large files at once, returns what parsing them one by one
// returns, errors in file order included.
func TestParseFilesInParallel(t *testing.T) {
	var big strings.Builder
	for i := 0; big.Len() < 3*parallelMin; i++ {
		fmt.Fprintf(&big, "x:%d\tcity\ten=Town %d\tuk=Місто%d\tpop=%d\n", i, i, i, i)
	}
	good := big.String()
	bad := good[:2*parallelMin] + "\n\tcity\n" + good[2*parallelMin:]
	fsys := fstest.MapFS{
		"a.lex":   {Data: []byte("x:1\tcity\ten=A\n-x:2\n")},
		"big.lex": {Data: []byte(good)},
		"bad.lex": {Data: []byte(bad)},
		"c.lex":   {Data: []byte("Q3\tcitty\nQ4\tcity\ten=D\n")},
		"d.lex":   {Data: []byte("x:7\tcity\tuk=Сім\n")},
	}
	oneByOne := func(names ...string) ([]*Entry, error) {
		var lists [][]*Entry
		var errs ErrorList
		for _, n := range names {
			f, ok := fsys[n]
			if !ok {
				_, err := fsys.Open(n)
				errs = append(errs, &Error{File: n, Msg: err.Error()})
				continue
			}
			es, err := Parse(n, f.Data)
			if err != nil {
				errs = append(errs, err.(ErrorList)...)
			}
			lists = append(lists, es)
		}
		if len(errs) > 0 {
			return nil, errs
		}
		return Merge(lists...), nil
	}
	for _, names := range [][]string{
		{"a.lex", "big.lex", "d.lex"},
		{"big.lex", "c.lex", "bad.lex", "missing.lex", "a.lex"},
		{"bad.lex"},
	} {
		got, gotErr := ParseFiles(fsys, names...)
		want, wantErr := oneByOne(names...)
		if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) || !reflect.DeepEqual(gotErr, wantErr) {
			t.Errorf("%v: error %v, want %v", names, gotErr, wantErr)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%v: %d entries, want %d (or they differ)", names, len(got), len(want))
		}
	}
}
