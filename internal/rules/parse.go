package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factum-nlp/factum/internal/text"
)

// Limits on what a pattern may contain; they keep compiled programs small
// and parsing bounded on hostile input.
const (
	maxErrors   = 100  // errors reported per file
	maxNodes    = 2000 // pattern elements per rule
	maxDepth    = 50   // nesting of groups
	maxLineSize = 1 << 16
)

// Parse parses a rule file. filename is used only in positions. It returns
// the rules that parsed cleanly and, if anything was wrong, an ErrorList
// with every problem found (up to a limit), sorted by position, each with
// file, line and column.
func Parse(filename string, src []byte) ([]*Rule, error) {
	p := &fileParser{file: filename}
	p.parse(src)
	p.errs.Sort()
	if len(p.errs) > maxErrors {
		last := p.errs[maxErrors-1].Pos
		p.errs = append(p.errs[:maxErrors], &Error{Pos: last, Msg: "too many errors"})
	}
	return p.rules, p.errs.Err()
}

// fileParser holds the state of Parse.
type fileParser struct {
	file  string
	errs  ErrorList
	rules []*Rule

	cur     *ruleBuilder
	inPat   bool // the last clause was "pattern": more-indented lines continue it
	patInd  int  // indentation (runes) of the "pattern" keyword
	ruleIDs map[string]Pos
}

// ruleBuilder collects the clauses of the rule being parsed.
type ruleBuilder struct {
	r      *Rule
	bad    bool // an error was reported for this rule
	seen   map[string]Pos
	segs   []segment
	errsAt int // len(errs) when the rule started
	hasPat bool
}

func (p *fileParser) errorf(pos Pos, format string, args ...any) {
	p.errs.Add(pos, fmt.Sprintf(format, args...))
	if p.cur != nil {
		p.cur.bad = true
	}
}

func (p *fileParser) parse(src []byte) {
	s := string(src)
	s = strings.TrimPrefix(s, "\uFEFF")
	lineNo := 0
	for len(s) > 0 {
		lineNo++
		var line string
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			line, s = s, ""
		}
		line = strings.TrimSuffix(line, "\r")
		if len(p.errs) > maxErrors {
			break
		}
		p.line(lineNo, line)
	}
	p.finish()
}

// fieldT is a whitespace-separated field of a clause line.
type fieldT struct {
	text string
	col  int
}

// line handles one source line.
func (p *fileParser) line(lineNo int, line string) {
	if !utf8.ValidString(line) {
		col := 1
		for i, r := range line {
			if r == utf8.RuneError {
				if _, sz := utf8.DecodeRuneInString(line[i:]); sz <= 1 {
					break
				}
			}
			col++
		}
		p.errorf(Pos{p.file, lineNo, col}, "invalid UTF-8 encoding")
		return
	}
	if len(line) > maxLineSize {
		p.errorf(Pos{p.file, lineNo, 1}, "line too long (%d bytes, at most %d)", len(line), maxLineSize)
		return
	}
	content := stripComment(line)
	if strings.TrimSpace(content) == "" {
		return
	}
	indent := 0
	body := content
	for _, r := range content {
		if !unicode.IsSpace(r) {
			break
		}
		indent++
		body = body[utf8.RuneLen(r):]
	}
	body = strings.TrimRightFunc(body, unicode.IsSpace)
	col0 := indent + 1
	pos := Pos{p.file, lineNo, col0}
	if indent == 0 {
		p.finish()
		fs := fields(body, col0)
		if fs[0].text != "rule" {
			p.errorf(pos, "expected 'rule' at the start of a line (clauses of a rule are indented), found %q", fs[0].text)
			return
		}
		p.startRule(pos, fs)
		return
	}
	if p.cur == nil {
		p.errorf(pos, "indented clause outside a rule (a rule starts with 'rule ID' at column 1)")
		return
	}
	if p.inPat && indent > p.patInd {
		p.cur.segs = append(p.cur.segs, segment{line: lineNo, col: col0, text: body})
		return
	}
	p.inPat = false
	fs := fields(body, col0)
	kw := fs[0]
	kwPos := Pos{p.file, lineNo, kw.col}
	switch kw.text {
	case "lang", "status", "pattern", "negation":
		if prev, ok := p.cur.seen[kw.text]; ok {
			p.errorf(kwPos, "duplicate '%s' clause (first at %s)", kw.text, prev)
			return
		}
		p.cur.seen[kw.text] = kwPos
	}
	args := fs[1:]
	switch kw.text {
	case "lang":
		p.langClause(kwPos, lineNo, args)
	case "status":
		p.statusClause(kwPos, lineNo, args)
	case "negation":
		if len(args) != 1 || args[0].text != "ok" {
			at := kwPos
			found := "end of line"
			if len(args) > 0 {
				at = Pos{p.file, lineNo, args[0].col}
				found = fmt.Sprintf("%q", args[0].text)
				if args[0].text == "ok" {
					at = Pos{p.file, lineNo, args[1].col}
					found = fmt.Sprintf("%q", args[1].text)
				}
			}
			p.errorf(at, "expected 'negation ok', found %s", found)
			return
		}
		p.cur.r.NegationOK = true
	case "emit":
		p.emitClause(kwPos, lineNo, args)
	case "pattern":
		p.cur.hasPat = true
		p.cur.r.patPos = kwPos
		p.inPat = true
		p.patInd = indent
		rest := strings.TrimLeftFunc(body[len("pattern"):], unicode.IsSpace)
		if rest != "" {
			c := col0 + utf8.RuneCountInString(body) - utf8.RuneCountInString(rest)
			p.cur.segs = append(p.cur.segs, segment{line: lineNo, col: c, text: rest})
			p.cur.r.patPos = Pos{p.file, lineNo, c}
		}
	default:
		msg := fmt.Sprintf("unknown clause %q (want lang, status, emit, pattern or negation)", kw.text)
		if sg := suggest(kw.text, []string{"lang", "status", "emit", "pattern", "negation"}); sg != "" {
			msg = fmt.Sprintf("unknown clause %q; did you mean %q?", kw.text, sg)
		}
		if p.cur.hasPat && !p.inPat {
			msg += "; to continue a pattern, indent the line more than 'pattern'"
		}
		p.errorf(kwPos, "%s", msg)
	}
}

// startRule begins a new rule from the fields of a "rule ID" line.
func (p *fileParser) startRule(pos Pos, fs []fieldT) {
	r := &Rule{Pos: pos, Status: StatusEstablished}
	p.cur = &ruleBuilder{r: r, seen: map[string]Pos{}, errsAt: len(p.errs)}
	if len(fs) < 2 {
		p.errorf(Pos{p.file, pos.Line, pos.Col + 4}, "expected rule id after 'rule'")
		return
	}
	id := fs[1]
	idPos := Pos{p.file, pos.Line, id.col}
	for i, r := range id.text {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '_' || r == '-') {
			p.errorf(Pos{p.file, pos.Line, id.col + utf8.RuneCountInString(id.text[:i])},
				"invalid character %q in rule id (use letters, digits, '.', '_', '-')", r)
			return
		}
	}
	r.ID = id.text
	if len(fs) > 2 {
		p.errorf(Pos{p.file, pos.Line, fs[2].col}, "unexpected %q after rule id (clauses go on the following indented lines)", fs[2].text)
	}
	if p.ruleIDs == nil {
		p.ruleIDs = map[string]Pos{}
	}
	if prev, ok := p.ruleIDs[r.ID]; ok {
		p.errorf(idPos, "duplicate rule id %q (first defined at %s)", r.ID, prev)
	} else {
		p.ruleIDs[r.ID] = pos
	}
}

func (p *fileParser) langClause(kwPos Pos, lineNo int, args []fieldT) {
	if len(args) == 0 {
		p.errorf(kwPos, "expected one or more languages after 'lang' (uk, ru, en)")
		return
	}
	for _, a := range args {
		switch a.text {
		case "uk", "ru", "en":
			p.cur.r.Langs = append(p.cur.r.Langs, a.text)
		default:
			p.errorf(Pos{p.file, lineNo, a.col}, "unknown language %q (want uk, ru or en)", a.text)
		}
	}
}

func (p *fileParser) statusClause(kwPos Pos, lineNo int, args []fieldT) {
	if len(args) == 0 {
		p.errorf(kwPos, "expected a status after 'status' (possible, planned, established, ended or tense)")
		return
	}
	switch args[0].text {
	case StatusPossible, StatusPlanned, StatusEstablished, StatusEnded, StatusTense:
		p.cur.r.Status = args[0].text
	default:
		p.errorf(Pos{p.file, lineNo, args[0].col}, "unknown status %q (want possible, planned, established, ended or tense)", args[0].text)
		return
	}
	if len(args) > 1 {
		p.errorf(Pos{p.file, lineNo, args[1].col}, "unexpected %q after status", args[1].text)
	}
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || unicode.IsLetter(r) || (i > 0 && (unicode.IsDigit(r) || r == '.' || r == '-'))) {
			return false
		}
	}
	return true
}

func (p *fileParser) emitClause(kwPos Pos, lineNo int, args []fieldT) {
	if len(args) == 0 {
		p.errorf(kwPos, "expected relation type after 'emit'")
		return
	}
	e := Emit{Type: args[0].text, Pos: kwPos}
	if !isIdent(e.Type) || strings.ContainsRune(e.Type, '=') {
		p.errorf(Pos{p.file, lineNo, args[0].col}, "expected relation type after 'emit', found %q", args[0].text)
		return
	}
	seen := map[string]bool{}
	for ai, a := range args[1:] {
		apos := Pos{p.file, lineNo, a.col}
		eq := strings.IndexByte(a.text, '=')
		if eq <= 0 {
			spaced := eq == 0 || (ai+2 < len(args) && strings.HasPrefix(args[ai+2].text, "="))
			if spaced {
				p.errorf(apos, "expected key=value, found %q (no spaces around '=')", a.text)
			} else {
				p.errorf(apos, "expected key=value, found %q", a.text)
			}
			return
		}
		key, val := a.text[:eq], a.text[eq+1:]
		if !isIdent(key) {
			p.errorf(apos, "invalid key %q in emit (use letters, digits and '_')", key)
			return
		}
		if seen[key] {
			p.errorf(apos, "duplicate key %q in emit", key)
			return
		}
		seen[key] = true
		vpos := Pos{p.file, lineNo, a.col + utf8.RuneCountInString(key) + 1}
		arg := Arg{Key: key, Pos: apos}
		switch {
		case val == "":
			p.errorf(vpos, "expected $slot or \"string\" after '=', found %s (no spaces around '=')", "nothing")
			return
		case val[0] == '$':
			name := val[1:]
			if name == "" || !isSlotName(name) {
				p.errorf(vpos, "invalid slot reference %q", val)
				return
			}
			arg.Slot = name
		case val[0] == '"':
			v, ok := unquote(val)
			if !ok {
				p.errorf(vpos, "string literal not terminated")
				return
			}
			arg.Const = v
		default:
			p.errorf(vpos, "expected $slot or \"string\" after '=', found %q", val)
			return
		}
		e.Args = append(e.Args, arg)
	}
	p.cur.r.Emits = append(p.cur.r.Emits, e)
}

func isSlotName(s string) bool {
	for i, r := range s {
		if !(isIdentRune(r)) || (i == 0 && unicode.IsDigit(r)) {
			return false
		}
	}
	return s != ""
}

// unquote decodes a "..." literal with \" and \\ escapes.
func unquote(s string) (string, bool) {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return "", false
	}
	s = s[1 : len(s)-1]
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' && i+1 < len(s) && (s[i+1] == '"' || s[i+1] == '\\') {
			i++
			c = s[i]
		} else if c == '"' {
			return "", false
		}
		b.WriteByte(c)
	}
	return b.String(), true
}

// opensString reports whether the '"' that rest follows starts a string
// literal (rather than being the lone quote-mark literal): it does unless
// a space, the end, or one of ) ] | follows it — but `")"`, `"]"` and
// `"|"` are literals of those characters.
func opensString(rest string) bool {
	if rest == "" {
		return false
	}
	next, sz := utf8.DecodeRuneInString(rest)
	if next == ')' || next == ']' || next == '|' {
		return len(rest) > sz && rest[sz] == '"'
	}
	return !unicode.IsSpace(next)
}

// stripComment removes a '#' comment, ignoring '#' inside string literals.
func stripComment(line string) string {
	in := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case in && c == '\\' && i+1 < len(line):
			i++
		case in && c == '"':
			in = false
		case !in && c == '"':
			in = opensString(line[i+1:])
		case !in && c == '#':
			return line[:i]
		}
	}
	return line
}

// fields splits a clause line on white space, keeping string literals
// (which may contain spaces) inside one field. col is the column of s[0].
func fields(s string, col int) []fieldT {
	var out []fieldT
	i := 0
	for i < len(s) {
		r, sz := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += sz
			col++
			continue
		}
		start, startCol := i, col
		in := false
		for i < len(s) {
			r, sz = utf8.DecodeRuneInString(s[i:])
			if !in && unicode.IsSpace(r) {
				break
			}
			if in && r == '\\' && i+1 < len(s) {
				i++
				col++
				_, sz = utf8.DecodeRuneInString(s[i:])
			} else if r == '"' {
				if in {
					in = false
				} else {
					in = opensString(s[i+1:])
				}
			}
			i += sz
			col++
		}
		out = append(out, fieldT{s[start:i], startCol})
	}
	if len(out) == 0 {
		out = append(out, fieldT{"", col})
	}
	return out
}

// finish completes the rule being parsed, if any.
func (p *fileParser) finish() {
	b := p.cur
	p.cur, p.inPat = nil, false
	if b == nil {
		return
	}
	r := b.r
	if r.ID == "" {
		return
	}
	if b.bad {
		return
	}
	if !b.hasPat {
		p.errs.Add(r.Pos, fmt.Sprintf("rule %s has no pattern clause", r.ID))
		return
	}
	if len(b.segs) == 0 {
		p.errs.Add(r.patPos, "expected a pattern after 'pattern'")
		return
	}
	parts := make([]string, len(b.segs))
	for i, s := range b.segs {
		parts[i] = s.text
	}
	r.Source = strings.Join(parts, " ")
	n0 := len(p.errs)
	pat := parsePattern(p.file, b.segs, &p.errs)
	if len(p.errs) > n0 {
		return
	}
	r.pat = pat
	r.Slots = collectSlots(pat)
	if len(r.Emits) == 0 {
		p.errs.Add(r.Pos, fmt.Sprintf("rule %s has no emit clause", r.ID))
		return
	}
	if !checkEmits(r, &p.errs) || b.bad || len(p.errs) > b.errsAt {
		return
	}
	r.langMsk = langMask(r.Langs)
	p.rules = append(p.rules, r)
}

// checkEmits reports emit arguments that name no slot of the pattern.
func checkEmits(r *Rule, errs *ErrorList) bool {
	ok := true
	for _, e := range r.Emits {
		for _, a := range e.Args {
			if a.Slot == "" || r.SlotIndex(a.Slot) >= 0 {
				continue
			}
			names := make([]string, len(r.Slots))
			for i, s := range r.Slots {
				names[i] = "$" + s.Name
			}
			have := "the pattern has no slots"
			if len(names) > 0 {
				have = "the pattern has " + strings.Join(names, ", ")
			}
			errs.Add(a.Pos, fmt.Sprintf("emit %s refers to undefined slot $%s (%s)", e.Type, a.Slot, have))
			ok = false
		}
	}
	return ok
}

// collectSlots lists the named slots of a pattern in order of first
// appearance, merging the types and list flags of repeated names.
func collectSlots(pat *node) []Slot {
	var out []Slot
	pat.walk(func(n *node) {
		if n.kind != nSlot {
			return
		}
		for i := range out {
			if out[i].Name == n.slot {
				for _, t := range n.types {
					if !containsStr(out[i].Types, t) {
						out[i].Types = append(out[i].Types, t)
					}
				}
				out[i].List = out[i].List || n.list
				return
			}
		}
		out = append(out, Slot{Name: n.slot, Types: append([]string(nil), n.types...), List: n.list})
	})
	return out
}

func containsStr(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// patParser parses the tokens of one pattern.
type patParser struct {
	toks   []token
	i      int
	errs   *ErrorList
	failed bool
	nodes  int
	depth  int
	endPos Pos
}

// parsePattern parses the pattern text in segs. Errors go to errs.
func parsePattern(file string, segs []segment, errs *ErrorList) *node {
	n0 := len(*errs)
	lx := &lexer{file: file, errs: errs}
	for _, s := range segs {
		lx.lexSegment(s)
	}
	var end Pos
	if len(segs) > 0 {
		last := segs[len(segs)-1]
		end = Pos{file, last.line, last.col + utf8.RuneCountInString(last.text)}
	}
	lx.toks = append(lx.toks, token{kind: tEOF, pos: end})
	if len(*errs) > n0 {
		return &node{kind: nSeq} // report lexical errors only
	}
	pp := &patParser{toks: lx.toks, errs: errs, endPos: end}
	return pp.pattern()
}

func (pp *patParser) tok() token { return pp.toks[pp.i] }

func (pp *patParser) next() {
	if pp.i < len(pp.toks)-1 {
		pp.i++
	}
}

func (pp *patParser) fail(pos Pos, format string, args ...any) {
	if pp.failed {
		return
	}
	pp.failed = true
	pp.errs.Add(pos, fmt.Sprintf(format, args...))
}

func (pp *patParser) newNode(n *node) *node {
	pp.nodes++
	if pp.nodes == maxNodes+1 {
		pp.fail(n.pos, "pattern too large (more than %d elements)", maxNodes)
	}
	return n
}

func (pp *patParser) pattern() *node {
	top := &node{kind: nSeq, pos: pp.tok().pos}
	if pp.tok().kind == tCaret {
		top.subs = append(top.subs, &node{kind: nStart, pos: pp.tok().pos})
		pp.next()
	}
	body := pp.alt()
	if body.kind == nSeq {
		top.subs = append(top.subs, body.subs...)
	} else {
		top.subs = append(top.subs, body)
	}
	if pp.tok().kind == tDollar {
		top.subs = append(top.subs, &node{kind: nEnd, pos: pp.tok().pos})
		pp.next()
	}
	if t := pp.tok(); t.kind != tEOF {
		switch t.kind {
		case tRParen:
			pp.fail(t.pos, "unmatched ')'")
		case tRBrack:
			pp.fail(t.pos, "unmatched ']'")
		default:
			pp.fail(t.pos, "unexpected %s", t.describe())
		}
	}
	if pp.failed {
		return top
	}
	if body.kind == nAlt && len(top.subs) > 1 {
		pp.fail(body.pos, "put top-level alternatives in parentheses when using '^' or '$': ^ (a | b)")
		return top
	}
	pp.check(top)
	return top
}

// check reports patterns that parse but make no sense.
func (pp *patParser) check(top *node) {
	if top.minLen() == 0 {
		pp.fail(top.pos, "pattern can match an empty sequence of units; it needs at least one element that is not optional or a gap")
		return
	}
	var body []*node
	for _, s := range top.subs {
		if s.kind != nStart && s.kind != nEnd {
			body = append(body, s)
		}
	}
	if len(body) > 0 && body[0].kind == nGap {
		pp.fail(body[0].pos, "a pattern cannot start with a gap")
	}
	if len(body) > 0 && body[len(body)-1].kind == nGap {
		pp.fail(body[len(body)-1].pos, "a pattern cannot end with a gap (a lazy gap at the end always matches zero units)")
	}
}

func (pp *patParser) alt() *node {
	start := pp.tok().pos
	first := pp.seq()
	if pp.tok().kind != tPipe {
		return first
	}
	alt := pp.newNode(&node{kind: nAlt, pos: start, subs: []*node{unwrap(first)}})
	for pp.tok().kind == tPipe && !pp.failed {
		pipe := pp.tok()
		pp.next()
		s := pp.seq()
		if len(s.subs) == 0 {
			pp.fail(pipe.pos, "empty alternative after '|'")
		}
		alt.subs = append(alt.subs, unwrap(s))
	}
	if len(first.subs) == 0 {
		pp.fail(start, "empty alternative before '|'")
	}
	return alt
}

// unwrap returns the only element of a one-element sequence.
func unwrap(n *node) *node {
	if n.kind == nSeq && len(n.subs) == 1 {
		return n.subs[0]
	}
	return n
}

func (pp *patParser) seq() *node {
	s := pp.newNode(&node{kind: nSeq, pos: pp.tok().pos})
	for !pp.failed {
		t := pp.tok()
		switch t.kind {
		case tEOF, tPipe, tRParen, tRBrack:
			return s
		case tCaret:
			pp.fail(t.pos, "'^' is only allowed at the very start of a pattern")
			return s
		case tDollar:
			if pp.toks[pp.i+1].kind == tEOF && pp.depth == 0 {
				return s
			}
			pp.fail(t.pos, "'$' is only allowed at the very end of a pattern (to match a dollar sign write \"$\")")
			return s
		}
		if n := pp.atom(); n != nil {
			s.subs = append(s.subs, n)
		}
	}
	return s
}

func (pp *patParser) group(open token) *node {
	pp.depth++
	defer func() { pp.depth-- }()
	if pp.depth > maxDepth {
		pp.fail(open.pos, "groups nested too deeply (more than %d levels)", maxDepth)
		return nil
	}
	pp.next()
	close := tRParen
	if open.kind == tLBrack {
		close = tRBrack
	}
	body := pp.alt()
	if pp.failed {
		return nil
	}
	if t := pp.tok(); t.kind != close {
		pp.fail(t.pos, "expected %s to close %s at %d:%d, found %s", close, open.kind, open.pos.Line, open.pos.Col, t.describe())
		return nil
	}
	pp.next()
	if body.kind == nSeq && len(body.subs) == 0 {
		pp.fail(open.pos, "empty group %s%s", open.text, map[tokKind]string{tRParen: ")", tRBrack: "]"}[close])
		return nil
	}
	body = unwrap(body)
	if open.kind == tLBrack {
		return pp.newNode(&node{kind: nOpt, pos: open.pos, subs: []*node{body}})
	}
	return body
}

// leaf parses a single-unit element (word, literal, punctuation, :type, _)
// or returns nil.
func (pp *patParser) leaf() *node {
	t := pp.tok()
	switch t.kind {
	case tWord, tString, tPunct:
		if t.compound {
			var parts []part
			for _, w := range strings.FieldsFunc(t.val, func(r rune) bool { return r == '-' || r == '‐' || r == '‑' }) {
				pr := strings.HasSuffix(w, "*")
				k := text.Key(strings.TrimSuffix(w, "*"))
				if k == "" {
					pp.fail(t.pos, "compound %s has a part that matches nothing", t.text)
					return nil
				}
				parts = append(parts, part{key: k, prefix: pr})
			}
			pp.next()
			return pp.newNode(&node{kind: nWord, pos: t.pos, text: t.text, key: t.val, parts: parts})
		}
		key := text.Key(t.val)
		if key == "" {
			pp.fail(t.pos, "literal %s matches nothing (its match key is empty)", t.text)
			return nil
		}
		pp.next()
		return pp.newNode(&node{kind: nWord, pos: t.pos, text: t.text, key: key, prefix: t.prefix})
	case tType, tSlot:
		pp.next()
		var mask uint16
		for i, name := range t.types {
			m := typeMask(name)
			if m == 0 {
				msg := fmt.Sprintf("unknown type %q (want one of %s)", name, strings.Join(Types, ", "))
				if s := suggest(name, Types); s != "" {
					msg = fmt.Sprintf("unknown type %q; did you mean %q?", name, s)
				}
				pp.fail(t.tpos[i], "%s", msg)
				return nil
			}
			mask |= m
		}
		if len(t.types) == 0 {
			return nil // the lexer reported it
		}
		n := &node{kind: nType, pos: t.pos, text: t.text, mask: mask, types: t.types}
		if t.kind == tSlot {
			n.kind = nSlot
			n.slot = t.val
			n.list = t.list
		}
		return pp.newNode(n)
	case tAny:
		pp.next()
		return pp.newNode(&node{kind: nAny, pos: t.pos, text: "_"})
	}
	return nil
}

func (pp *patParser) atom() *node {
	t := pp.tok()
	switch t.kind {
	case tWord, tString, tPunct, tType, tSlot, tAny:
		return pp.leaf()
	case tGap:
		pp.next()
		return pp.newNode(&node{kind: nGap, pos: t.pos, n: t.n})
	case tLParen, tLBrack:
		return pp.group(t)
	case tBang:
		return pp.not(t)
	}
	pp.fail(t.pos, "unexpected %s", t.describe())
	return nil
}

// notLeaf parses one alternative of a negation.
func (pp *patParser) notLeaf() *node {
	t := pp.tok()
	switch t.kind {
	case tWord, tString, tPunct, tType:
		return pp.leaf()
	case tSlot:
		pp.fail(t.pos, "a slot cannot be negated; use !:type to exclude a type")
		return nil
	}
	pp.fail(t.pos, "expected a word, literal or :type after '!', found %s", t.describe())
	return nil
}

func (pp *patParser) not(bang token) *node {
	pp.next()
	n := pp.newNode(&node{kind: nNot, pos: bang.pos})
	if pp.tok().kind != tLParen {
		if l := pp.notLeaf(); l != nil {
			n.subs = append(n.subs, l)
			return n
		}
		return nil
	}
	open := pp.tok()
	pp.next()
	for !pp.failed {
		if l := pp.notLeaf(); l != nil {
			n.subs = append(n.subs, l)
		}
		if pp.failed {
			return nil
		}
		switch t := pp.tok(); t.kind {
		case tPipe:
			pp.next()
			continue
		case tRParen:
			pp.next()
			return n
		default:
			pp.fail(t.pos, "expected '|' or ')' in !( ... ) opened at %d:%d, found %s (a negation matches a single unit)", open.pos.Line, open.pos.Col, t.describe())
		}
	}
	return nil
}

// suggest returns the candidate closest to s by edit distance, if close.
func suggest(s string, cands []string) string {
	best, bd := "", 3
	for _, c := range cands {
		if d := editDist(s, c); d < bd {
			best, bd = c, d
		}
	}
	return best
}

func editDist(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 30 || len(rb) > 30 {
		return 99
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1)
			cur[j] = c
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
