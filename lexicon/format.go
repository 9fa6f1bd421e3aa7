package lexicon

import (
	"fmt"
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

// nameKeys are the keys whose values are names.
var nameKeys = map[string]string{"en": "en", "uk": "uk", "ru": "ru", "any": ""}

// Parse reads a lexicon file. filename is only used in errors and in
// Entry.File. When the file has problems, Parse returns the entries of the
// good lines together with an ErrorList of up to MaxErrors errors.
func Parse(filename string, src []byte) ([]*Entry, error) {
	p := parser{file: filename}
	// One conversion for the whole file: names and values are substrings.
	text := string(src)
	if n := strings.Count(text, "\n"); n > 0 {
		p.entries = make([]*Entry, 0, n)
	}
	lineNo := 0
	for len(text) > 0 && len(p.errs) < MaxErrors {
		lineNo++
		var line string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			line, text = text, ""
		}
		if lineNo == 1 {
			line = strings.TrimPrefix(line, "\ufeff") // BOM
		}
		p.line(lineNo, line)
	}
	if len(p.errs) >= MaxErrors && len(text) > 0 {
		p.errs[len(p.errs)-1].Msg += " (too many errors, stopped)"
	}
	return p.entries, p.errs.Err()
}

type parser struct {
	file    string
	entries []*Entry
	errs    ErrorList
	fields  []field // reused for every line
}

func (p *parser) errorf(line, col int, format string, args ...any) {
	if len(p.errs) < MaxErrors {
		p.errs = append(p.errs, &Error{File: p.file, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
	}
}

// field is a piece of a line with its 1-based byte column.
type field struct {
	s   string
	col int
}

func (p *parser) line(n int, s string) {
	if !utf8.ValidString(s) {
		p.errorf(n, invalidUTF8(s)+1, "invalid UTF-8")
		return
	}
	s = strings.TrimRight(s, "\r")
	start := len(s) - len(strings.TrimLeft(s, " \t"))
	s = strings.TrimRight(s, " \t")
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
	if strings.Contains(id.s, "=") {
		p.errorf(n, id.col, "missing ID (the line starts with a field)")
		return
	}
	if strings.ContainsAny(id.s, " \u00a0") {
		p.errorf(n, id.col, "invalid ID %q: contains a space (fields are separated by TABs)", id.s)
		return
	}
	if len(fields) < 2 || strings.Contains(fields[1].s, "=") {
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
	e := &Entry{ID: id.s, Type: typ.s, File: p.file, Line: n}
	e.Names = make([]Name, 0, strings.Count(s, "|")+len(fields)-2)
	ok := true
	for _, f := range fields[2:] {
		if !p.field(n, e, f) {
			ok = false
		}
	}
	if ok {
		p.entries = append(p.entries, e)
	}
}

func (p *parser) deletion(n int, s string, start int) {
	id := strings.TrimSpace(s[start+1:])
	switch {
	case id == "":
		p.errorf(n, start+2, "missing ID after '-'")
	case strings.ContainsAny(id, " \t=\u00a0"):
		p.errorf(n, start+2, "a deletion line holds only '-' and an ID, got %q", id)
	default:
		p.entries = append(p.entries, &Entry{ID: id, File: p.file, Line: n, Delete: true})
	}
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
				lead := len(f) - len(strings.TrimLeft(f, " "))
				if t := strings.TrimSpace(f); t != "" {
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

func (p *parser) field(n int, e *Entry, f field) bool {
	eq := strings.IndexByte(f.s, '=')
	if eq < 0 {
		p.errorf(n, f.col, "field without '=': %q", f.s)
		return false
	}
	key, val := strings.TrimSpace(f.s[:eq]), f.s[eq+1:]
	if key == "" {
		p.errorf(n, f.col, "field without key: %q", f.s)
		return false
	}
	if lang, ok := nameKeys[key]; ok {
		return p.names(n, e, lang, val, f.col+eq+1)
	}
	if e.Attrs == nil {
		e.Attrs = make(map[string]string, 6)
	}
	val = strings.TrimSpace(val)
	if msg := checkAttr(key, val); msg != "" {
		p.errorf(n, f.col+eq+1, "%s", msg)
		return false
	}
	if old, dup := e.Attrs[key]; dup && old != val {
		p.errorf(n, f.col, "duplicate attribute %q (%q and %q)", key, old, val)
		return false
	}
	e.Attrs[key] = val
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
		if _, err := strconv.ParseUint(val, 10, 64); err != nil {
			return fmt.Sprintf("%s=%q: want a whole number", key, val)
		}
	case "gender":
		if val != "m" && val != "f" {
			return fmt.Sprintf("gender=%q: want m or f", val)
		}
	case "adj-uk", "adj-ru", "adj-en":
		for _, a := range strings.Split(val, "|") {
			if strings.TrimSpace(a) == "" {
				return fmt.Sprintf("empty adjective in %s=", key)
			}
		}
	}
	return ""
}

func isASCIIUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

func (p *parser) names(n int, e *Entry, lang, val string, col int) bool {
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
			e.Names = append(e.Names, name)
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
	lead := len(s) - len(strings.TrimLeft(s, " "))
	t := strings.TrimRight(s[lead:], " ")
	// Flags: trailing {…} groups; no braces are allowed elsewhere.
	end := len(t)
	for end > 0 && t[end-1] == '}' {
		open := strings.LastIndexByte(t[:end], '{')
		if open < 0 {
			return nm, "unbalanced '}'", lead + end - 1
		}
		for _, fl := range strings.Split(t[open+1:end-1], ",") {
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
	if i := strings.IndexAny(text, "{}"); i >= 0 {
		if text[i] == '{' {
			return nm, "unbalanced '{'", lead + i
		}
		return nm, "unbalanced '}'", lead + i
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
	byID := make(map[string]int, n)
	out := make([]*Entry, 0, n)
	// owned marks the result entries that are copies (safe to modify); an
	// entry defined once is returned as is, without a copy.
	owned := make(map[int]bool)
	deleted := 0
	for _, l := range lists {
		for _, e := range l {
			if e == nil {
				continue
			}
			i, seen := byID[e.ID]
			if e.Delete {
				if seen {
					out[i] = nil
					delete(byID, e.ID)
					delete(owned, i)
					deleted++
				}
				continue
			}
			if !seen {
				byID[e.ID] = len(out)
				out = append(out, e)
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
