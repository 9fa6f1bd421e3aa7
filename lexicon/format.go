package lexicon

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Types lists the entry types a lexicon file may use: first the entity
// types of the output (city … person), then the internal types that only
// help the matcher and the rules (firstname, role).
var Types = []string{
	"city", "country", "region", "org", "company", "event", "person",
	"firstname", "role",
}

// Name is one name of an entry, as written in a lexicon file.
type Name struct {
	// Lang is "uk", "ru" or "en", or "" for names given with any= (matched
	// as written in every language and never declined).
	Lang string
	// Text is the name without its flags, e.g. "Далянь" for "Далянь{m}".
	Text string
	// Gender is the gender/number hint for declension: 0 (none), 'm', 'f',
	// 'n' or 'p' (plural), from the flags {m} {f} {n} {pl}.
	Gender byte
	// Indecl is set by {x}: the name is indeclinable, match it only as
	// written.
	Indecl bool
	// Ctx is set by {ctx}: the name is ambiguous with a common word or a
	// person's name and only counts when the context supports it.
	Ctx bool
}

// CaseFree reports whether the name is written all in lower case (an
// epithet such as "українська столиця"), which means it matches regardless
// of case. Other names must match with an upper-case first letter (or in all
// capitals).
func (n Name) CaseFree() bool {
	hasLetter := false
	for _, r := range n.Text {
		if unicode.IsUpper(r) {
			return false
		}
		if unicode.IsLower(r) {
			hasLetter = true
		}
	}
	return hasLetter
}

// String returns the name as it is written in a lexicon file, with its
// flags, e.g. "Далянь{m}" or "Мир{ctx}".
func (n Name) String() string {
	var b strings.Builder
	b.WriteString(n.Text)
	switch n.Gender {
	case 'm', 'f', 'n':
		b.WriteByte('{')
		b.WriteByte(n.Gender)
		b.WriteByte('}')
	case 'p':
		b.WriteString("{pl}")
	}
	if n.Indecl {
		b.WriteString("{x}")
	}
	if n.Ctx {
		b.WriteString("{ctx}")
	}
	return b.String()
}

// Entry is one entry of a lexicon: an entity (city, country, …) or an
// internal item (first name, role) with its names in several languages and
// its attributes.
type Entry struct {
	// ID is the stable identifier: a Wikidata QID ("Q1899"), "geonames:N",
	// or a key without spaces ("org:tass", "Q1899/council").
	ID string
	// Type is one of Types.
	Type string
	// Names holds the names in file order; the first name of a language is
	// its canonical name (see Canonical).
	Names []Name
	// Attrs holds every key=value field that is not a name (country, pop,
	// geonames, adj-uk, …).
	Attrs map[string]string
	// File and Line locate the (first) definition of the entry.
	File string
	Line int
	// Delete is true for a line "-ID": the entry removes an entry of the
	// same ID defined earlier (see Merge). Such an entry has no Type.
	Delete bool
}

// Canonical returns the first name of the entry in lang ("uk", "ru", "en"
// or "" for any=). For "en" it falls back to the first any= name. It
// returns "" when the entry has no such name; transliterating another name
// is left to the caller.
func (e *Entry) Canonical(lang string) string {
	for _, n := range e.Names {
		if n.Lang == lang {
			return n.Text
		}
	}
	if lang == "en" {
		for _, n := range e.Names {
			if n.Lang == "" {
				return n.Text
			}
		}
	}
	return ""
}

// Error is a problem in a lexicon file, located by file, line and column
// (1-based; the column counts bytes, as in go/scanner).
type Error struct {
	File      string
	Line, Col int
	Msg       string
}

// Error returns "file:line:col: msg".
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

// ErrorList is the list of problems found in one or more lexicon files. Parse
// returns at most MaxErrors of them per file.
type ErrorList []*Error

// MaxErrors is the number of errors after which Parse stops reading a file.
const MaxErrors = 10

// Error returns the first error and how many more there are, like
// go/scanner.ErrorList.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns l as an error, or nil when l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// nameLang returns the language of the names given by key (en=, uk=, ru=,
// or "" for any=) and whether key gives names at all.
func nameLang(key string) (string, bool) {
	switch key {
	case "en":
		return "en", true
	case "uk":
		return "uk", true
	case "ru":
		return "ru", true
	case "any":
		return "", true
	}
	return "", false
}

// internKey returns the common attribute keys as constants, so that the
// many maps of a lexicon hold no pointers into its text for them.
func internKey(key string) string {
	switch key {
	case "country":
		return "country"
	case "geonames":
		return "geonames"
	case "pop":
		return "pop"
	case "admin1":
		return "admin1"
	case "derived":
		return "derived"
	case "gender":
		return "gender"
	case "hq":
		return "hq"
	}
	return key
}

// Parse reads a lexicon file. filename is only used in errors and in
// Entry.File. When the file has problems, Parse returns the entries of the
// good lines together with an ErrorList of up to MaxErrors errors.
func Parse(filename string, src []byte) ([]*Entry, error) {
	// One conversion for the whole file: names and values are substrings.
	return parseText(filename, string(src))
}

// parseText is Parse on the file's text.
func parseText(filename, text string) ([]*Entry, error) {
	p := newParser(filename, text)
	if n := strings.Count(text, "\n"); n > 0 {
		p.entries = make([]*Entry, 0, n)
	}
	rest := p.run(text, 1, MaxErrors)
	if len(p.errs) >= MaxErrors && len(rest) > 0 {
		p.errs[len(p.errs)-1].Msg += " (too many errors, stopped)"
	}
	return p.entries, p.errs.Err()
}

type parser struct {
	file    string
	entries []*Entry
	errs    ErrorList
	fields  []field  // reused for every line
	attrs   []string // the attribute keys of the current line
	// slab and nslab hold the entries and the names of the text, so that
	// there are a few allocations per file instead of a few per line. An
	// entry's Names is a sub-slice of nslab with its capacity cut to its
	// length, so that appending to it copies.
	slab  []Entry
	nslab []Name
	// valid is set when the text being parsed is known to be valid UTF-8,
	// so that lines need no check of their own.
	valid bool
}

// nameBlock is the number of names allocated at once.
const nameBlock = 2048

// newParser returns a parser for text (the whole file or a chunk of it).
func newParser(filename, text string) *parser {
	lines := strings.Count(text, "\n") + 1
	return &parser{file: filename, slab: make([]Entry, 0, lines)}
}

// run parses the lines of text, numbering the first one first, until the
// text ends or maxErrs errors were found. It returns the text left unread.
// Parse and the parallel parse of chunks of a file share it.
func (p *parser) run(text string, first, maxErrs int) string {
	p.valid = utf8.ValidString(text)
	n := first - 1
	for len(text) > 0 && len(p.errs) < maxErrs {
		n++
		var line string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			line, text = text, ""
		}
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff") // BOM
		}
		p.line(n, line)
	}
	return text
}

func (p *parser) errorf(line, col int, format string, args ...any) {
	if len(p.errs) < MaxErrors {
		p.errs = append(p.errs, &Error{File: p.file, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
	}
}

// newEntry returns a zero entry from the slab.
func (p *parser) newEntry() *Entry {
	if len(p.slab) == cap(p.slab) {
		p.slab = make([]Entry, 0, 256)
	}
	p.slab = p.slab[:len(p.slab)+1]
	return &p.slab[len(p.slab)-1]
}

// dropEntry gives back e, the last entry of the slab, after an error.
func (p *parser) dropEntry(e *Entry) {
	if n := len(p.slab); n > 0 && &p.slab[n-1] == e {
		p.slab[n-1] = Entry{}
		p.slab = p.slab[:n-1]
	}
}

// field is a piece of a line with its 1-based byte column.
type field struct {
	s   string
	col int
}

func (p *parser) line(n int, s string) {
	if !p.valid && !utf8.ValidString(s) {
		p.errorf(n, invalidUTF8(s)+1, "invalid UTF-8")
		return
	}
	for len(s) > 0 && s[len(s)-1] == '\r' {
		s = s[:len(s)-1]
	}
	start := 0
	for start < len(s) && (s[start] == ' ' || s[start] == '\t') {
		start++
	}
	for len(s) > start && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	if start >= len(s) || s[start] == '#' {
		return
	}
	if s[start] == '-' {
		p.deletion(n, s, start)
		return
	}
	p.fields = splitFields(p.fields[:0], s, start)
	fields := p.fields
	if len(fields) == 0 {
		return // only white space
	}
	id := fields[0]
	if strings.IndexByte(id.s, '=') >= 0 {
		p.errorf(n, id.col, "missing ID (the line starts with a field)")
		return
	}
	if strings.IndexByte(id.s, ' ') >= 0 || strings.Contains(id.s, "\u00a0") {
		p.errorf(n, id.col, "invalid ID %q: contains a space (fields are separated by TABs)", id.s)
		return
	}
	if len(fields) < 2 || strings.IndexByte(fields[1].s, '=') >= 0 {
		col := id.col + len(id.s)
		if len(fields) >= 2 {
			col = fields[1].col
		}
		p.errorf(n, col, "missing TYPE after ID %q", id.s)
		return
	}
	typ := fields[1]
	if !validType(typ.s) {
		p.errorf(n, typ.col, "unknown type %q (want one of %s)", typ.s, strings.Join(Types, ", "))
		return
	}
	e := p.newEntry()
	e.ID, e.Type, e.File, e.Line = id.s, typ.s, p.file, n
	// Room for every name the line can hold.
	if room := strings.Count(s, "|") + len(fields) - 2; cap(p.nslab)-len(p.nslab) < room || p.nslab == nil {
		p.nslab = make([]Name, 0, max(room, nameBlock))
	}
	first := len(p.nslab)
	p.attrs = p.attrs[:0]
	ok := true
	for k, f := range fields[2:] {
		if !p.field(n, e, f, len(fields)-2-k) {
			ok = false
		}
	}
	if !ok {
		clear(p.nslab[first:])
		p.nslab = p.nslab[:first]
		p.dropEntry(e)
		return
	}
	e.Names = p.nslab[first:len(p.nslab):len(p.nslab)]
	p.entries = append(p.entries, e)
}

func (p *parser) deletion(n int, s string, start int) {
	id := strings.TrimSpace(s[start+1:])
	switch {
	case id == "":
		p.errorf(n, start+2, "missing ID after '-'")
	case strings.ContainsAny(id, " \t=\u00a0"):
		p.errorf(n, start+2, "a deletion line holds only '-' and an ID, got %q", id)
	default:
		e := p.newEntry()
		e.ID, e.File, e.Line, e.Delete = id, p.file, n, true
		p.entries = append(p.entries, e)
	}
}

// isASCIISpace reports whether c is an ASCII byte strings.TrimSpace trims.
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// trimSpace is strings.TrimSpace, quick for the common field that starts
// and ends with a letter.
func trimSpace(s string) string {
	if s == "" {
		return s
	}
	if c := s[0]; c >= utf8.RuneSelf || isASCIISpace(c) {
		return strings.TrimSpace(s)
	}
	c := s[len(s)-1]
	if c < utf8.RuneSelf {
		if isASCIISpace(c) {
			return strings.TrimSpace(s)
		}
		return s
	}
	// A letter of two bytes from U+00C0 on (Latin, Cyrillic) is no space:
	// the spaces outside ASCII are U+0085, U+00A0 and from U+1680 on.
	if len(s) >= 2 && 0xC3 <= s[len(s)-2] && s[len(s)-2] <= 0xDF && c < 0xC0 {
		return s
	}
	if r, _ := utf8.DecodeLastRuneInString(s); unicode.IsSpace(r) {
		return strings.TrimSpace(s)
	}
	return s
}

// splitFields splits s[start:] at runs of TABs. A line without any TAB is
// split at spaces before the first two words and before every word of the
// form key=…, so that hand-written lines with spaces still read right.
func splitFields(out []field, s string, start int) []field {
	if strings.IndexByte(s[start:], '\t') >= 0 {
		i := start
		for i < len(s) {
			j := strings.IndexByte(s[i:], '\t')
			if j < 0 {
				j = len(s) - i
			}
			if f := s[i : i+j]; f != "" {
				// Trim spaces around the field, keeping the column right.
				lead := 0
				for lead < len(f) && f[lead] == ' ' {
					lead++
				}
				if t := trimSpace(f[lead:]); t != "" {
					out = append(out, field{t, i + lead + 1})
				}
			}
			i += j + 1
		}
		return out
	}
	// No TAB: split at spaces.
	i := start
	words := 0
	for i < len(s) {
		// s[i] is not a space here.
		j := i
		for {
			k := strings.IndexByte(s[j:], ' ')
			if k < 0 {
				j = len(s)
				break
			}
			j += k
			next := j
			for next < len(s) && s[next] == ' ' {
				next++
			}
			if words < 1 || looksLikeKey(s[next:]) {
				break
			}
			j = next
		}
		out = append(out, field{s[i:j], i + 1})
		words++
		for j < len(s) && s[j] == ' ' {
			j++
		}
		i = j
	}
	return out
}

// looksLikeKey reports whether s starts with key= (key of ASCII letters,
// digits, '-' or '_').
func looksLikeKey(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '=':
			return i > 0
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '_':
		default:
			return false
		}
	}
	return false
}

func validType(t string) bool {
	for _, v := range Types {
		if t == v {
			return true
		}
	}
	return false
}

// field parses one key=value field of entry e; left is the number of
// fields of the line from this one on (the size of e.Attrs when all of
// them are attributes).
func (p *parser) field(n int, e *Entry, f field, left int) bool {
	eq := strings.IndexByte(f.s, '=')
	if eq < 0 {
		p.errorf(n, f.col, "field without '=': %q", f.s)
		return false
	}
	key, val := trimSpace(f.s[:eq]), f.s[eq+1:]
	if key == "" {
		p.errorf(n, f.col, "field without key: %q", f.s)
		return false
	}
	if lang, ok := nameLang(key); ok {
		return p.names(n, lang, val, f.col+eq+1)
	}
	if e.Attrs == nil {
		e.Attrs = make(map[string]string, left)
	}
	val = trimSpace(val)
	if msg := checkAttr(key, val); msg != "" {
		p.errorf(n, f.col+eq+1, "%s", msg)
		return false
	}
	// The map is only consulted for a key seen before on this line.
	if slices.Contains(p.attrs, key) {
		if old, dup := e.Attrs[key]; dup && old != val {
			p.errorf(n, f.col, "duplicate attribute %q (%q and %q)", key, old, val)
			return false
		}
	} else {
		p.attrs = append(p.attrs, key)
	}
	e.Attrs[internKey(key)] = val
	return true
}

// checkAttr validates the attributes whose values have a known form.
func checkAttr(key, val string) string {
	if val == "" {
		return fmt.Sprintf("empty value for %q", key)
	}
	switch key {
	case "country", "iso2":
		if len(val) != 2 || !isASCIIUpper(val[0]) || !isASCIIUpper(val[1]) {
			return fmt.Sprintf("%s=%q: want an ISO 3166 alpha-2 code such as UA", key, val)
		}
	case "pop", "geonames":
		if !isUint(val) {
			return fmt.Sprintf("%s=%q: want a whole number", key, val)
		}
	case "gender":
		if val != "m" && val != "f" {
			return fmt.Sprintf("gender=%q: want m or f", val)
		}
	case "adj-uk", "adj-ru", "adj-en":
		for a := range strings.SplitSeq(val, "|") {
			if trimSpace(a) == "" {
				return fmt.Sprintf("empty adjective in %s=", key)
			}
		}
	}
	return ""
}

// isUint reports whether strconv.ParseUint(s, 10, 64) accepts s.
func isUint(s string) bool {
	if s == "" || len(s) >= 20 {
		_, err := strconv.ParseUint(s, 10, 64)
		return err == nil
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isASCIIUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// names parses the '|'-separated names of val into p.nslab.
func (p *parser) names(n int, lang, val string, col int) bool {
	ok := true
	for {
		part := val
		i := strings.IndexByte(val, '|')
		if i >= 0 {
			part = val[:i]
		}
		if name, msg, off := parseName(part); msg != "" {
			p.errorf(n, col+off, "%s", msg)
			ok = false
		} else {
			name.Lang = lang
			p.nslab = append(p.nslab, name)
		}
		if i < 0 {
			return ok
		}
		val = val[i+1:]
		col += i + 1
	}
}

// parseName parses one name with its trailing flags. On error it returns a
// message and the byte offset of the problem within s.
func parseName(s string) (Name, string, int) {
	var nm Name
	lead := 0
	for lead < len(s) && s[lead] == ' ' {
		lead++
	}
	t := s[lead:]
	for len(t) > 0 && t[len(t)-1] == ' ' {
		t = t[:len(t)-1]
	}
	// Flags: trailing {…} groups; no braces are allowed elsewhere.
	end := len(t)
	for end > 0 && t[end-1] == '}' {
		open := strings.LastIndexByte(t[:end], '{')
		if open < 0 {
			return nm, "unbalanced '}'", lead + end - 1
		}
		for fl := range strings.SplitSeq(t[open+1:end-1], ",") {
			fl = strings.TrimSpace(fl)
			g := byte(0)
			switch fl {
			case "m", "f", "n":
				g = fl[0]
			case "pl":
				g = 'p'
			case "x":
				nm.Indecl = true
			case "ctx":
				nm.Ctx = true
			default:
				return nm, fmt.Sprintf("unknown flag {%s} (want m, f, n, pl, x or ctx)", fl), lead + open
			}
			if g != 0 {
				if nm.Gender != 0 && nm.Gender != g {
					return nm, fmt.Sprintf("conflicting gender flags in %q", t), lead + open
				}
				nm.Gender = g
			}
		}
		end = open
		for end > 0 && t[end-1] == ' ' {
			end--
		}
	}
	text := t[:end]
	i, j := strings.IndexByte(text, '{'), strings.IndexByte(text, '}')
	if i >= 0 && (j < 0 || i < j) {
		return nm, "unbalanced '{'", lead + i
	}
	if j >= 0 {
		return nm, "unbalanced '}'", lead + j
	}
	if text == "" {
		return nm, "empty name", lead
	}
	nm.Text = text
	return nm, "", 0
}

// invalidUTF8 returns the offset of the first invalid UTF-8 byte of b, or -1.
func invalidUTF8(b string) int {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// Merge applies the entries of the lists in order: entries with the same ID
// merge (names are added unless already present, later attribute values
// override earlier ones; a later Type overrides), and a Delete entry removes
// what was defined before it. The result keeps the order of first
// definition. The input entries are not modified, but an entry defined only
// once is returned as is (the result shares it with the input).
func Merge(lists ...[]*Entry) []*Entry {
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	// ids interns the IDs (a pointer-free table: quicker than a map for
	// the many entries of the default lexicon); at[id] is the entry's index
	// in out, or -1 when it is not (or no longer) defined.
	ids := newKeyTable(n)
	at := make([]int32, 0, n)
	out := make([]*Entry, 0, n)
	// owned marks the result entries that are copies (safe to modify); an
	// entry defined once is returned as is, without a copy.
	owned := make([]bool, 0, n)
	deleted := 0
	for _, l := range lists {
		for _, e := range l {
			if e == nil {
				continue
			}
			id := ids.add(e.ID)
			if int(id) == len(at) {
				at = append(at, -1)
			}
			i := int(at[id])
			if e.Delete {
				if i >= 0 {
					out[i] = nil
					at[id] = -1
					deleted++
				}
				continue
			}
			if i < 0 {
				at[id] = int32(len(out))
				out = append(out, e)
				owned = append(owned, false)
				continue
			}
			if !owned[i] {
				out[i] = clone(out[i])
				owned[i] = true
			}
			mergeInto(out[i], e)
		}
	}
	if deleted > 0 {
		j := 0
		for _, e := range out {
			if e != nil {
				out[j] = e
				j++
			}
		}
		clear(out[j:])
		out = out[:j]
	}
	return out
}

func clone(e *Entry) *Entry {
	c := *e
	c.Names = append([]Name(nil), e.Names...)
	c.Attrs = make(map[string]string, len(e.Attrs)+2)
	for k, v := range e.Attrs {
		c.Attrs[k] = v
	}
	return &c
}

// mergeInto adds the names and attributes of src to dst. A name already
// present (same language and text) gains the flags of the new one; its
// gender is kept unless it had none.
func mergeInto(dst, src *Entry) {
	if src.Type != "" {
		dst.Type = src.Type
	}
next:
	for _, nm := range src.Names {
		for k := range dst.Names {
			d := &dst.Names[k]
			if d.Lang == nm.Lang && d.Text == nm.Text {
				if d.Gender == 0 {
					d.Gender = nm.Gender
				}
				d.Indecl = d.Indecl || nm.Indecl
				d.Ctx = d.Ctx || nm.Ctx
				continue next
			}
		}
		dst.Names = append(dst.Names, nm)
	}
	for k, v := range src.Attrs {
		dst.Attrs[k] = v
	}
}
