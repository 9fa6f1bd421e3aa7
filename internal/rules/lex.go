package rules

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a pattern token.
type tokKind uint8

const (
	tEOF    tokKind = iota
	tWord           // bare word; prefix if followed by '*'
	tString         // "quoted literal"; prefix if followed by '*'
	tPunct          // bare punctuation mark
	tSlot           // $name:type|type[+]
	tType           // :type|type
	tAny            // _
	tGap            // ~N
	tLParen         // (
	tRParen         // )
	tLBrack         // [
	tRBrack         // ]
	tPipe           // |
	tBang           // !
	tCaret          // ^
	tDollar         // $ (end anchor)
)

func (k tokKind) String() string {
	switch k {
	case tEOF:
		return "end of pattern"
	case tWord:
		return "word"
	case tString:
		return "string"
	case tPunct:
		return "punctuation"
	case tSlot:
		return "slot"
	case tType:
		return "type"
	case tAny:
		return "'_'"
	case tGap:
		return "gap"
	case tLParen:
		return "'('"
	case tRParen:
		return "')'"
	case tLBrack:
		return "'['"
	case tRBrack:
		return "']'"
	case tPipe:
		return "'|'"
	case tBang:
		return "'!'"
	case tCaret:
		return "'^'"
	case tDollar:
		return "'$'"
	}
	return "token"
}

// token is one pattern token.
type token struct {
	kind     tokKind
	pos      Pos
	text     string   // source text of the token
	val      string   // word or string value (unfolded), slot name
	prefix   bool     // word* / "str"*
	compound bool     // міст*-побратим*: val holds the parts, each maybe with '*'
	types    []string // slot / type token: type names
	tpos     []Pos    // positions of the type names
	list     bool     // slot with '+'
	n        int      // gap length
}

// describe returns the token for use in "found ..." messages.
func (t token) describe() string {
	switch t.kind {
	case tEOF:
		return "end of pattern"
	case tWord, tString, tPunct, tSlot, tType, tGap:
		return fmt.Sprintf("%s %s", t.kind, t.text)
	}
	return t.kind.String()
}

// segment is a piece of pattern text on one line: text starts at column col.
type segment struct {
	line, col int
	text      string
}

// maxGap is the longest gap ~N allowed.
const maxGap = 20

// lexer turns pattern segments into tokens.
type lexer struct {
	file string
	errs *ErrorList
	toks []token
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isInnerRune(r rune) bool {
	// apostrophes and hyphens inside a word
	switch r {
	case '\'', '’', 'ʼ', '`', '‘', '-', '‐', '‑':
		return true
	}
	return false
}

func isIdentStart(r rune) bool { return r == '_' || unicode.IsLetter(r) }
func isIdentRune(r rune) bool  { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// lexSegment tokenizes one segment, appending to l.toks.
func (l *lexer) lexSegment(seg segment) {
	s := seg.text
	col := seg.col
	i := 0
	pos := func() Pos { return Pos{File: l.file, Line: seg.line, Col: col} }
	// next returns the rune at byte offset j and its size.
	at := func(j int) (rune, int) {
		if j >= len(s) {
			return -1, 0
		}
		return utf8.DecodeRuneInString(s[j:])
	}
	for i < len(s) {
		r, sz := at(i)
		if unicode.IsSpace(r) {
			i += sz
			col++
			continue
		}
		start := i
		p := pos()
		emit := func(t token) {
			t.pos = p
			t.text = s[start:i]
			l.toks = append(l.toks, t)
		}
		adv := func(n int) { // advance over n bytes, counting runes
			col += utf8.RuneCountInString(s[i : i+n])
			i += n
		}
		switch {
		case isWordRune(r):
			adv(sz)
			for {
				r2, sz2 := at(i)
				if isWordRune(r2) {
					adv(sz2)
					continue
				}
				if isInnerRune(r2) {
					r3, _ := at(i + sz2)
					if isWordRune(r3) {
						adv(sz2)
						continue
					}
				}
				break
			}
			t := token{kind: tWord, val: s[start:i]}
			if r2, _ := at(i); r2 == '*' {
				adv(1)
				t.prefix = true
				// A compound with a prefix part: міст*-побратим* matches
				// "містами-побратимами", part by part.
				for {
					r3, sz3 := at(i)
					if r3 != '-' && r3 != '‐' && r3 != '‑' {
						break
					}
					if r4, _ := at(i + sz3); !isWordRune(r4) {
						break
					}
					adv(sz3)
					for {
						r5, sz5 := at(i)
						if !isWordRune(r5) && !(isInnerRune(r5) && r5 != '-' && r5 != '‐' && r5 != '‑') {
							break
						}
						adv(sz5)
					}
					if r6, _ := at(i); r6 == '*' {
						adv(1)
					}
					t.compound = true
				}
				if t.compound {
					t.prefix = false
					t.val = s[start:i]
				}
			}
			emit(t)
		case r == '"':
			if !opensString(s[i+1:]) {
				adv(1)
				emit(token{kind: tPunct, val: `"`})
				continue
			}
			adv(1)
			var b strings.Builder
			closed := false
			for i < len(s) {
				r3, sz3 := at(i)
				if r3 == '"' {
					adv(1)
					closed = true
					break
				}
				if r3 == '\\' {
					r4, sz4 := at(i + 1)
					if r4 == '"' || r4 == '\\' {
						adv(1 + sz4)
						b.WriteRune(r4)
						continue
					}
				}
				adv(sz3)
				b.WriteRune(r3)
			}
			if !closed {
				l.errs.Add(p, "string literal not terminated")
				emit(token{kind: tString, val: b.String()})
				continue
			}
			if b.Len() == 0 {
				l.errs.Add(p, "empty string literal")
			}
			t := token{kind: tString, val: b.String()}
			if r5, _ := at(i); r5 == '*' {
				adv(1)
				t.prefix = true
			}
			emit(t)
		case r == '$':
			adv(1)
			r2, _ := at(i)
			if !isIdentStart(r2) {
				emit(token{kind: tDollar})
				continue
			}
			nameStart := i
			for {
				r3, sz3 := at(i)
				if !isIdentRune(r3) {
					break
				}
				adv(sz3)
			}
			t := token{kind: tSlot, val: s[nameStart:i]}
			if r3, _ := at(i); r3 != ':' {
				l.errs.Add(pos(), fmt.Sprintf("expected ':' and a type after slot name $%s, found %s", t.val, describeRune(r3)))
				emit(t)
				continue
			}
			adv(1)
			l.lexTypes(&t, s, &i, &col, seg.line)
			emit(t)
		case r == ':':
			r2, _ := at(i + 1)
			if !isIdentStart(r2) {
				adv(1)
				emit(token{kind: tPunct, val: ":"})
				continue
			}
			adv(1)
			t := token{kind: tType}
			l.lexTypes(&t, s, &i, &col, seg.line)
			if t.list {
				l.errs.Add(p, "list marker '+' needs a named slot ($name:type+)")
			}
			emit(t)
		case r == '~':
			adv(1)
			numStart := i
			for {
				r3, _ := at(i)
				if r3 < '0' || r3 > '9' {
					break
				}
				adv(1)
			}
			if i == numStart {
				r3, _ := at(i)
				l.errs.Add(pos(), fmt.Sprintf("expected a number after '~' (a gap of at most N units is ~N), found %s", describeRune(r3)))
				emit(token{kind: tGap})
				continue
			}
			n, err := strconv.Atoi(s[numStart:i])
			if err != nil || n > maxGap {
				l.errs.Add(p, fmt.Sprintf("gap %s is too long (at most ~%d)", s[start:i], maxGap))
				n = maxGap
			} else if n == 0 {
				l.errs.Add(p, "gap ~0 matches nothing; leave it out")
			}
			emit(token{kind: tGap, n: n})
		case r == '_':
			adv(1)
			if r2, _ := at(i); isIdentRune(r2) {
				l.errs.Add(p, "'_' (any unit) must stand alone; a word cannot start with '_'")
				for {
					r3, sz3 := at(i)
					if !isIdentRune(r3) {
						break
					}
					adv(sz3)
				}
			}
			emit(token{kind: tAny})
		case r == '(':
			adv(1)
			emit(token{kind: tLParen})
		case r == ')':
			adv(1)
			emit(token{kind: tRParen})
		case r == '[':
			adv(1)
			emit(token{kind: tLBrack})
		case r == ']':
			adv(1)
			emit(token{kind: tRBrack})
		case r == '|':
			adv(1)
			emit(token{kind: tPipe})
		case r == '!':
			adv(1)
			emit(token{kind: tBang})
		case r == '^':
			adv(1)
			emit(token{kind: tCaret})
		case r == '*':
			adv(1)
			l.errs.Add(p, "'*' must follow a word directly (prefix match: word*)")
		case r == '+':
			adv(1)
			l.errs.Add(p, "'+' must follow a slot type directly (list slot: $name:type+)")
		case r == utf8.RuneError && sz <= 1:
			adv(sz)
			l.errs.Add(p, "invalid UTF-8 encoding")
		case unicode.IsPunct(r) || unicode.IsSymbol(r):
			adv(sz)
			emit(token{kind: tPunct, val: s[start:i]})
		default:
			adv(sz)
			l.errs.Add(p, fmt.Sprintf("unexpected character %q in pattern", r))
		}
	}
}

// lexTypes scans "type|type...[+]" at s[*i:], filling t.types.
func (l *lexer) lexTypes(t *token, s string, i *int, col *int, line int) {
	for {
		start := *i
		p := Pos{File: l.file, Line: line, Col: *col}
		for *i < len(s) {
			r, sz := utf8.DecodeRuneInString(s[*i:])
			if !isIdentRune(r) {
				break
			}
			*i += sz
			*col++
		}
		name := s[start:*i]
		if name == "" {
			r, _ := utf8.DecodeRuneInString(s[*i:])
			if *i >= len(s) {
				r = -1
			}
			l.errs.Add(p, fmt.Sprintf("expected slot type after %s, found %s", prevDesc(s, start), describeRune(r)))
		} else {
			t.types = append(t.types, name)
			t.tpos = append(t.tpos, p)
		}
		if *i < len(s) && s[*i] == '|' {
			r, _ := utf8.DecodeRuneInString(s[*i+1:])
			if *i+1 < len(s) && isIdentStart(r) {
				*i++
				*col++
				continue
			}
		}
		break
	}
	if *i < len(s) && s[*i] == '+' {
		*i++
		*col++
		t.list = true
	}
}

func prevDesc(s string, i int) string {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		return fmt.Sprintf("'%c'", r)
	}
	return "':'"
}

func describeRune(r rune) string {
	switch {
	case r < 0:
		return "end of line"
	case unicode.IsSpace(r):
		return "space"
	}
	return fmt.Sprintf("%q", r)
}
