package lexicon

import (
	"io/fs"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/factum-nlp/factum/internal/morph"
	"github.com/factum-nlp/factum/internal/text"
)

// Kind tells what a lexicon form stands for.
type Kind uint8

// Kinds of forms in the index.
const (
	KindName      Kind = iota // a name of the entry (an entity, a first name or a post)
	KindAdjective             // an adjective of a country ("польське", "китайского")
)

// Form is one surface form of a lexicon name, as stored in the index.
type Form struct {
	Entry *Entry
	// Name is the index of the name in Entry.Names this form was made from.
	Name int
	// Keys are the match keys of the form's tokens.
	Keys []string
	Kind Kind
	// Lower is true when the name is written in lower case (an epithet or
	// a post): it then matches regardless of case. Otherwise the first
	// token in the text must start with an upper-case letter.
	Lower bool
	// Case is the grammatical case of a person's first name form
	// (morph.Nom for other kinds and for indeclinable names).
	Case morph.Case
}

// Lexicon is a loaded gazetteer: entries by id and an index from token keys
// to the forms of their names. A Lexicon is immutable after loading and safe
// for concurrent use.
type Lexicon struct {
	entries []*Entry
	byID    map[string]*Entry
	index   map[string][]*Form // first token key → forms
	maxLen  int                // longest form in tokens
	byEn    map[string][]*Entry
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
	defaultErr  error
)

// Default returns the embedded default lexicon, loading it on first use.
func Default() (*Lexicon, error) {
	defaultOnce.Do(func() {
		var es []*Entry
		es, defaultErr = DefaultFiles()
		if defaultErr == nil {
			defaultLex = New(es)
		}
	})
	return defaultLex, defaultErr
}

// Load returns the default lexicon extended by the given user files, in
// order (later files add to and override earlier ones; see the format in
// the package documentation). With noDefault the embedded entries are left
// out.
func Load(noDefault bool, files ...string) (*Lexicon, error) {
	var lists [][]*Entry
	if !noDefault {
		es, err := DefaultFiles()
		if err != nil {
			return nil, err
		}
		lists = append(lists, es)
	}
	user, err := ParseFiles(osFiles{}, files...)
	if err != nil {
		return nil, err
	}
	lists = append(lists, user)
	return New(Merge(lists...)), nil
}

// osFiles opens files by their operating-system paths, as given by a user.
type osFiles struct{}

func (osFiles) Open(name string) (fs.File, error) { return os.Open(name) }

// New builds a lexicon from merged entries.
func New(entries []*Entry) *Lexicon {
	l := &Lexicon{
		byID:  make(map[string]*Entry, len(entries)),
		index: make(map[string][]*Form, len(entries)*8),
		byEn:  make(map[string][]*Entry, len(entries)),
	}
	for _, e := range entries {
		if e.Type == "epithet" {
			continue
		}
		l.entries = append(l.entries, e)
		l.byID[e.ID] = e
		for _, n := range e.Names {
			if n.Lang == "en" || n.Lang == "" {
				k := text.Key(n.Text)
				l.byEn[k] = append(l.byEn[k], e)
			}
		}
	}
	// Entries that name another entry by its English name ("of=Kyiv"):
	// epithets and similar aliases join the entry they stand for.
	for _, e := range entries {
		of := e.Attrs["of"]
		if of == "" {
			continue
		}
		target := l.resolve(of, e.Type)
		if target == nil || target == e {
			continue
		}
		target.Names = append(target.Names, e.Names...)
		if e.Type != "epithet" {
			delete(l.byID, e.ID)
			l.entries = removeEntry(l.entries, e)
		}
	}
	// Case forms are generated in parallel, then indexed in entry order so
	// that the index does not depend on scheduling.
	perEntry := make([][]*Form, len(l.entries))
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < len(l.entries); i += workers {
				perEntry[i] = entryForms(l.entries[i])
			}
		}(w)
	}
	wg.Wait()
	for _, fs := range perEntry {
		for _, f := range fs {
			l.index[f.Keys[0]] = append(l.index[f.Keys[0]], f)
			if len(f.Keys) > l.maxLen {
				l.maxLen = len(f.Keys)
			}
		}
	}
	return l
}

func removeEntry(es []*Entry, e *Entry) []*Entry {
	for i, x := range es {
		if x == e {
			return append(es[:i], es[i+1:]...)
		}
	}
	return es
}

// resolve finds the entry whose English (or any-language) name is name,
// preferring the given type and then the largest population.
func (l *Lexicon) resolve(name, typ string) *Entry {
	var best *Entry
	bestScore := -1
	for _, e := range l.byEn[text.Key(name)] {
		score := 0
		if e.Type == typ {
			score += 1 << 40
		}
		if p, err := strconv.Atoi(e.Attrs["pop"]); err == nil {
			score += p
		}
		if score > bestScore {
			best, bestScore = e, score
		}
	}
	return best
}

// Resolve finds an entry by id, or by English name when no entry has that
// id (an attribute such as hq=Hangzhou may name a city either way).
func (l *Lexicon) Resolve(ref, typ string) *Entry {
	if e := l.byID[ref]; e != nil {
		return e
	}
	return l.resolve(strings.TrimPrefix(ref, "city:"), typ)
}

// Entry returns the entry with the given id, or nil.
func (l *Lexicon) Entry(id string) *Entry { return l.byID[id] }

// Entries returns all entries in load order.
func (l *Lexicon) Entries() []*Entry { return l.entries }

// Len returns the number of forms in the index.
func (l *Lexicon) Len() int {
	n := 0
	for _, fs := range l.index {
		n += len(fs)
	}
	return n
}

// entryForms returns the index forms of one entry: every surface form of
// each of its names and adjectives.
func entryForms(e *Entry) []*Form {
	type sig struct {
		keys string
		name int
		kind Kind
		c    morph.Case
	}
	seen := make(map[sig]bool, 16)
	var out []*Form
	add := func(f *Form, s string) {
		keys := formKeys(s)
		if len(keys) == 0 {
			return
		}
		k := sig{keys[0], f.Name, f.Kind, f.Case}
		if len(keys) > 1 {
			k.keys = strings.Join(keys, "\x00")
		}
		if seen[k] {
			return
		}
		seen[k] = true
		f.Keys = keys
		out = append(out, f)
	}
	for i, n := range e.Names {
		lower := isLower(n.Text)
		for _, f := range nameForms(e, n) {
			add(&Form{Entry: e, Name: i, Kind: KindName, Lower: lower, Case: f.c}, f.s)
		}
	}
	for _, lang := range [...]string{"uk", "ru", "en"} {
		adj := e.Attrs["adj-"+lang]
		if adj == "" {
			continue
		}
		for _, a := range strings.Split(adj, "|") {
			forms := []string{a}
			if lang != "en" {
				forms = morph.AdjectiveForms(lang, a)
			}
			for _, s := range forms {
				add(&Form{Entry: e, Name: -1, Kind: KindAdjective, Lower: true}, s)
			}
		}
	}
	return out
}

// formKeys returns the match keys of the tokens of a name form. Plain words
// separated by spaces (the common case) are keyed directly; anything with
// other punctuation goes through the tokenizer, so that names and text are
// always cut the same way.
func formKeys(s string) []string {
	simple := true
	words := 1
	for i := 0; i < len(s) && simple; i++ {
		c := s[i]
		switch {
		case c == ' ':
			words++
		case c >= 0x80:
			// Multi-byte letters (Cyrillic, accented Latin) are word
			// characters; general punctuation (E2 ..) and « » (C2 ..) are not.
			simple = c != 0xE2 && c != 0xC2
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '\'':
		default:
			simple = false
		}
	}
	if simple && !strings.HasPrefix(s, "-") && !strings.HasSuffix(s, "-") && !strings.Contains(s, "  ") && !strings.Contains(s, "--") && !strings.Contains(s, " -") && !strings.Contains(s, "- ") {
		if words == 1 {
			return []string{text.Key(s)}
		}
		ws := strings.Split(s, " ")
		keys := make([]string, len(ws))
		for i, w := range ws {
			keys[i] = text.Key(w)
		}
		return keys
	}
	toks := text.Tokenize(s)
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = t.Key
	}
	return keys
}

type caseForm struct {
	s string
	c morph.Case
}

// nameForms returns the surface forms of a name: all case forms for
// declinable Ukrainian and Russian names, the name itself otherwise.
func nameForms(e *Entry, n Name) []caseForm {
	typ := e.Type
	if n.Indecl || (n.Lang != "uk" && n.Lang != "ru") || !declinable(n.Text) {
		out := []caseForm{{s: n.Text}}
		if n.Lang == "en" && typ != "role" && typ != "firstname" {
			out = append(out, caseForm{s: n.Text + "'s"}, caseForm{s: n.Text + "’s"})
		}
		return out
	}
	g := genderOf(n.Gender)
	switch typ {
	case "firstname":
		if g == morph.Unknown {
			g = morph.FirstNameGender(n.Lang, n.Text)
		}
		var out []caseForm
		for c := morph.Nom; c <= morph.Voc; c++ {
			out = append(out, caseForm{s: morph.DeclineName(n.Lang, morph.First, n.Text, g, c), c: c})
		}
		return out
	case "person":
		if g == morph.Unknown {
			switch e.Attrs["gender"] {
			case "f":
				g = morph.Fem
			case "m":
				g = morph.Masc
			}
		}
		return personForms(n, g)
	}
	fs := morph.PhraseForms(n.Lang, n.Text, g)
	if (g == morph.Masc || g == morph.Fem) && strings.HasSuffix(n.Text, "нь") {
		// Chinese and other foreign names in -нь are used with both
		// genders (Ухань: Уханя and Ухани): match both.
		other := morph.Fem
		if g == morph.Fem {
			other = morph.Masc
		}
		fs = append(fs, morph.PhraseForms(n.Lang, n.Text, other)...)
	}
	out := make([]caseForm, 0, len(fs))
	for _, s := range fs {
		out = append(out, caseForm{s: s})
	}
	return out
}

// personForms declines a full name "First [Middle] Last" part by part.
func personForms(n Name, g morph.Gender) []caseForm {
	parts := strings.Fields(n.Text)
	if len(parts) == 1 {
		// A surname alone ("Зеленський"): declined as a last name.
		if g == morph.Unknown {
			g = morph.LastNameGender(n.Lang, n.Text)
		}
		var out []caseForm
		for _, f := range morph.NameForms(n.Lang, morph.Last, n.Text, g) {
			out = append(out, caseForm{s: f})
		}
		return out
	}
	if g == morph.Unknown {
		g = morph.FirstNameGender(n.Lang, parts[0])
	}
	var out []caseForm
	for c := morph.Nom; c <= morph.Ins+1; c++ {
		ws := make([]string, len(parts))
		for i, p := range parts {
			part := morph.Middle
			switch i {
			case 0:
				part = morph.First
			case len(parts) - 1:
				part = morph.Last
			}
			ws[i] = morph.DeclineName(n.Lang, part, p, g, c)
		}
		out = append(out, caseForm{s: strings.Join(ws, " "), c: c})
	}
	return out
}

func genderOf(b byte) morph.Gender {
	switch b {
	case 'm':
		return morph.Masc
	case 'f':
		return morph.Fem
	case 'n':
		return morph.Neut
	case 'p':
		return morph.Plural
	}
	return morph.Unknown
}

// declinable reports whether a name is written in Cyrillic letters and is
// not an abbreviation in capitals.
func declinable(s string) bool {
	letters, upper, latin := 0, 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
			if r < 0x400 {
				latin++
			}
		}
		if unicode.IsDigit(r) {
			return false
		}
	}
	if latin > 0 || letters == 0 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if upper >= 2 && upper*2 >= letters && unicode.IsUpper(first) && !strings.ContainsRune(s, ' ') {
		return false // КМДА, ООН
	}
	return true
}

func isLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return !unicode.IsUpper(r)
}

// Lookup returns the forms that match the tokens starting at toks[i],
// longest first. Only forms whose case requirement the text meets are
// returned: names written with a capital must start with a capital letter
// in the text.
func (l *Lexicon) Lookup(toks []text.Token, i int) []*Form {
	return l.LookupKeys(toks, i, nil)
}

// LookupKeys is Lookup with the first token's key given by key (used for
// the parts of a hyphenated compound); key "" means toks[i].Key.
func (l *Lexicon) LookupKeys(toks []text.Token, i int, first *text.Token) []*Form {
	t := toks[i]
	if first != nil {
		t = *first
	}
	cands := l.index[t.Key]
	if len(cands) == 0 {
		return nil
	}
	var out []*Form
	for _, f := range cands {
		if !f.Lower && t.Flags&(text.Cap|text.Upper) == 0 {
			continue
		}
		if len(f.Keys) > 1 {
			if first != nil || i+len(f.Keys) > len(toks) {
				continue
			}
			ok := true
			for j := 1; j < len(f.Keys); j++ {
				if toks[i+j].Key != f.Keys[j] || toks[i+j].Flags&text.ParaBefore != 0 {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
		}
		out = append(out, f)
	}
	sort.SliceStable(out, func(a, b int) bool { return len(out[a].Keys) > len(out[b].Keys) })
	return out
}

// MaxLen returns the number of tokens of the longest form.
func (l *Lexicon) MaxLen() int { return l.maxLen }
