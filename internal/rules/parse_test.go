package rules

import (
	"errors"
	"testing"
)

func TestParseErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"rule r\n  emit x a=$a\n  pattern $a:cty", "f.rules:3:14: unknown type \"cty\"; did you mean \"city\"?"},
		{"rule r\n  emit x a=$a\n  pattern $a:", "f.rules:3:14: expected slot type after ':', found end of line"},
		{"rule r\n  emit x a=$a\n  pattern $a city", "f.rules:3:13: expected ':' and a type after slot name $a, found space"},
		{"rule r\n  emit x a=$a\n  pattern $a:city:foo", "f.rules:3:19: unknown type \"foo\" (want one of city, country, region, person, org, company, event, role, quote, date, pron, pair, place, entity)"},
		{"rule r\n  emit x a=$a\n  pattern $a:city (b", "f.rules:3:21: expected ')' to close '(' at 3:19, found end of pattern"},
		{"rule r\n  emit x a=$a\n  pattern $a:city b)", "f.rules:3:20: unmatched ')'"},
		{"rule r\n  emit x a=$a\n  pattern $a:city [b", "f.rules:3:21: expected ']' to close '[' at 3:19, found end of pattern"},
		{"rule r\n  emit x a=$a\n  pattern $a:city ( | b)", "f.rules:3:21: empty alternative before '|'"},
		{"rule r\n  emit x a=$a\n  pattern $a:city (b | )", "f.rules:3:22: empty alternative after '|'"},
		{"rule r\n  emit x a=$a\n  pattern $a:city ~", "f.rules:3:20: expected a number after '~' (a gap of at most N units is ~N), found end of line"},
		{"rule r\n  emit x a=$a\n  pattern $a:city ~21 b", "f.rules:3:19: gap ~21 is too long (at most ~20)"},
		{"rule r\n  emit x a=$a\n  pattern $a:city ~0 b", "f.rules:3:19: gap ~0 matches nothing; leave it out"},
		{"rule r\n  emit x a=$a\n  pattern ~2 $a:city", "f.rules:3:11: a pattern cannot start with a gap"},
		{"rule r\n  emit x a=$a\n  pattern $a:city ~2", "f.rules:3:19: a pattern cannot end with a gap (a lazy gap at the end always matches zero units)"},
		{"rule r\n  emit x a=$a\n  pattern [$a:city]", "f.rules:3:11: pattern can match an empty sequence of units; it needs at least one element that is not optional or a gap"},
		{"rule r\n  emit x a=$a\n  pattern $a:city \"abc", "f.rules:3:19: string literal not terminated"},
		{"rule r\n  emit x a=$a\n  pattern $a:city \"\"", "f.rules:3:19: empty string literal"},
		{"rule r\n  emit x a=$a\n  pattern $a:city b ^", "f.rules:3:21: '^' is only allowed at the very start of a pattern"},
		{"rule r\n  emit x a=$a\n  pattern $a:city $ b", "f.rules:3:19: '$' is only allowed at the very end of a pattern (to match a dollar sign write \"$\")"},
		{"rule r\n  emit x a=$a\n  pattern $a:city ! ", "f.rules:3:20: expected a word, literal or :type after '!', found end of pattern"},
		{"rule r\n  emit x a=$a\n  pattern $a:city !$b:city", "f.rules:3:20: a slot cannot be negated; use !:type to exclude a type"},
		{"rule r\n  emit x a=$a\n  pattern $a:city !(b c)", "f.rules:3:23: expected '|' or ')' in !( ... ) opened at 3:20, found word c (a negation matches a single unit)"},
		{"rule r\n  emit x a=$a\n  pattern $a:city * b", "f.rules:3:19: '*' must follow a word directly (prefix match: word*)"},
		{"rule r\n  emit x a=$a\n  pattern $a:city :city+", "f.rules:3:19: list marker '+' needs a named slot ($name:type+)"},
		{"rule r\n  emit x a=$a\n  pattern $a:city _x", "f.rules:3:19: '_' (any unit) must stand alone; a word cannot start with '_'"},
		{"rule r\n  emit x a=$a\n  pattern ^ $a:city | b", "f.rules:3:13: put top-level alternatives in parentheses when using '^' or '$': ^ (a | b)"},
		{"rule r\n  emit x a=$a\n  pattern $a:city ()", "f.rules:3:19: empty group ()"},
		{"rule r\n  emit x a=$b\n  pattern $a:city", "f.rules:2:10: emit x refers to undefined slot $b (the pattern has $a)"},
		{"rule r\n  emit x a=$a\n  pattern $a:city\nrule r\n  emit x\n  pattern b", "f.rules:4:6: duplicate rule id \"r\" (first defined at f.rules:1:1)"},
		{"rule\n  emit x\n  pattern a", "f.rules:1:5: expected rule id after 'rule'"},
		{"rule a b\n  emit x\n  pattern a", "f.rules:1:8: unexpected \"b\" after rule id (clauses go on the following indented lines)"},
		{"rule a/b\n  emit x\n  pattern a", "f.rules:1:7: invalid character '/' in rule id (use letters, digits, '.', '_', '-')"},
		{"  emit x\n", "f.rules:1:3: indented clause outside a rule (a rule starts with 'rule ID' at column 1)"},
		{"foo\n", "f.rules:1:1: expected 'rule' at the start of a line (clauses of a rule are indented), found \"foo\""},
		{"rule r\n  emit x\n", "f.rules:1:1: rule r has no pattern clause"},
		{"rule r\n  pattern a\n", "f.rules:1:1: rule r has no emit clause"},
		{"rule r\n  emit x\n  pattern\n", "f.rules:3:3: expected a pattern after 'pattern'"},
		{"rule r\n  lang de\n  emit x\n  pattern a", "f.rules:2:8: unknown language \"de\" (want uk, ru or en)"},
		{"rule r\n  lang\n  emit x\n  pattern a", "f.rules:2:3: expected one or more languages after 'lang' (uk, ru, en)"},
		{"rule r\n  status maybe\n  emit x\n  pattern a", "f.rules:2:10: unknown status \"maybe\" (want possible, planned, established, ended or tense)"},
		{"rule r\n  status possible planned\n  emit x\n  pattern a", "f.rules:2:19: unexpected \"planned\" after status"},
		{"rule r\n  status possible\n  status planned\n  emit x\n  pattern a", "f.rules:3:3: duplicate 'status' clause (first at f.rules:2:3)"},
		{"rule r\n  negation\n  emit x\n  pattern a", "f.rules:2:3: expected 'negation ok', found end of line"},
		{"rule r\n  negation no\n  emit x\n  pattern a", "f.rules:2:12: expected 'negation ok', found \"no\""},
		{"rule r\n  emit\n  pattern a", "f.rules:2:3: expected relation type after 'emit'"},
		{"rule r\n  emit x a = $a\n  pattern $a:city", "f.rules:2:10: expected key=value, found \"a\" (no spaces around '=')"},
		{"rule r\n  emit x a=b\n  pattern $a:city", "f.rules:2:12: expected $slot or \"string\" after '=', found \"b\""},
		{"rule r\n  emit x a=\"b\n  pattern $a:city", "f.rules:2:12: string literal not terminated"},
		{"rule r\n  emit x a=$a a=$a\n  pattern $a:city", "f.rules:2:15: duplicate key \"a\" in emit"},
		{"rule r\n  emit x=y\n  pattern $a:city", "f.rules:2:8: expected relation type after 'emit', found \"x=y\""},
		{"rule r\n  emit x\n  patern a", "f.rules:3:3: unknown clause \"patern\"; did you mean \"pattern\"?"},
		{"rule r\n  emit x\n  pattern a\n  b", "f.rules:4:3: unknown clause \"b\" (want lang, status, emit, pattern or negation); to continue a pattern, indent the line more than 'pattern'"},
		{"rule r\n  emit x\n  pattern a \xff b", "f.rules:3:13: invalid UTF-8 encoding"},
		{"rule r\n  emit x\n  pattern a (b (c (d ( e ( f  (g (h (i (j (k (l (m (n (o (p (q (r (s (t (u (v (w (x (y (z (a (b (c (d ( e ( f  (g (h (i (j (k (l (m (n (o (p (q (r (s (t (u (v (w (x (y (z", "f.rules:3:169: groups nested too deeply (more than 50 levels)"},
		// positions count characters and follow continuation lines
		{"rule r\n  emit x a=$a\n  pattern $a:city може\n      стати ~2 $b:сіті", "f.rules:4:19: unknown type \"сіті\" (want one of city, country, region, person, org, company, event, role, quote, date, pron, pair, place, entity)"},
		{"rule r\n\temit x\n\tpattern a\n\t\t(b", "f.rules:4:5: expected ')' to close '(' at 4:3, found end of pattern"},
		// several errors in one file, in order
		{"rule a\n  emit x\n  pattern (b\nrule b\n  emit x\n  status maybe\n  pattern c\nrule c\n  emit x\n  pattern d", "f.rules:3:13: expected ')' to close '(' at 3:11, found end of pattern\nf.rules:6:10: unknown status \"maybe\" (want possible, planned, established, ended or tense)"},
		// '#' inside a string is not a comment
		{"rule r\n  emit x k=\"#\"\n  pattern \"#\" (", "f.rules:3:16: expected ')' to close '(' at 3:15, found end of pattern"},
	}
	for _, tc := range tests {
		rs, err := Parse("f.rules", []byte(tc.src))
		if err == nil {
			t.Errorf("Parse(%q): no error, want %q", tc.src, tc.want)
			continue
		}
		var l ErrorList
		if !errors.As(err, &l) {
			t.Errorf("Parse(%q): error %T is not an ErrorList", tc.src, err)
			continue
		}
		if got := l.Details(); got != tc.want {
			t.Errorf("Parse(%q):\n got %s\nwant %s", tc.src, got, tc.want)
		}
		for _, r := range rs {
			if r.pat == nil {
				t.Errorf("Parse(%q) returned rule %s without a pattern", tc.src, r.ID)
			}
		}
	}
}

func TestParseGood(t *testing.T) {
	src := "\uFEFF# comment line\r\n" +
		"rule uk.a   # trailing comment\r\n" +
		"\r\n" +
		"  lang uk\r\n" +
		"  emit e x=$a\r\n" +
		"  pattern $a:city\r\n" +
		"    # a comment inside a pattern\r\n" +
		"\r\n" +
		"    «   \"»\"  \"\\\"\"  (x | y)\r\n" +
		"rule ru.b\n" +
		"\temit e k=\"v # not a comment\"\n" +
		"\tpattern ^ !(а | б) :person $\n"
	rs, err := Parse("g.rules", []byte(src))
	if err != nil {
		t.Fatal(asList(err).Details())
	}
	if len(rs) != 2 {
		t.Fatalf("got %d rules", len(rs))
	}
	if got := rs[0].Source; got != `$a:city «   "»"  "\""  (x | y)` {
		t.Errorf("source = %q", got)
	}
	if got := rs[0].pat.String(); got != `$a:city « "»" "\"" (x | y)` {
		t.Errorf("formatted = %q", got)
	}
	if got := rs[1].Emits[0].Args[0].Const; got != "v # not a comment" {
		t.Errorf("const = %q", got)
	}
	if rs[1].Pos.String() != "g.rules:10:1" || rs[1].Status != StatusEstablished || rs[1].Langs != nil {
		t.Errorf("rule b = %+v", rs[1])
	}
	// all three quote forms fold to the same key
	s := mustSet(t, src)
	var n int
	s.Match("uk", us(`Київ/city " " " x`), func(Match) { n++ })
	if n != 1 {
		t.Errorf("got %d matches, want 1", n)
	}
}

func TestCompileErrors(t *testing.T) {
	a, err := Parse("a.rules", []byte("rule x\n  emit e\n  pattern a\n"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse("b.rules", []byte("rule y\n  emit e\n  pattern b\n\nrule x\n  emit e\n  pattern c\n"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Compile(a, b)
	if err == nil || err.Error() != `b.rules:5:1: duplicate rule id "x" (first defined at a.rules:1:1)` {
		t.Errorf("err = %v", err)
	}
	hand := []*Rule{
		{ID: "h1", Source: "$a:city ~2 $b:cty", Pos: Pos{"h", 1, 1}, Emits: []Emit{{Type: "e"}}},
		{ID: "h2", Source: "$a:city", Pos: Pos{"h", 2, 1}, Emits: []Emit{{Type: "e", Args: []Arg{{Key: "k", Slot: "z", Pos: Pos{"h", 2, 5}}}}}},
		{ID: "h3", Source: "$a:city", Langs: []string{"xx"}, Pos: Pos{"h", 3, 1}},
	}
	_, err = Compile(hand)
	want := "h:1:15: rule h1: pattern: unknown type \"cty\"; did you mean \"city\"?\n" +
		"h:2:5: emit e refers to undefined slot $z (the pattern has $a)\n" +
		"h:3:1: rule h3: unknown language \"xx\" (want uk, ru or en)"
	if err == nil || asList(err).Details() != want {
		t.Errorf("err = %v", asList(err).Details())
	}
	// a good hand-built rule is copied and gets its slots
	h := &Rule{ID: "h", Source: "$a:city ~2 $b:city+", Emits: []Emit{{Type: "e", Args: []Arg{{Key: "k", Slot: "b"}}}}}
	s, err := Compile([]*Rule{h})
	if err != nil {
		t.Fatal(err)
	}
	if r := s.Rules()[0]; r == h || len(r.Slots) != 2 || !r.Slots[1].List || r.Status != StatusEstablished {
		t.Errorf("compiled hand rule = %+v", r)
	}
	var got []Match
	s.Match("uk", us("A/city x B/city"), func(m Match) { got = append(got, m) })
	if fmtMatches(got) != "h:0-3 a=0 b=2" {
		t.Errorf("matches = %s", fmtMatches(got))
	}
}

func TestErrorFormatting(t *testing.T) {
	var l ErrorList
	if l.Err() != nil || l.Error() != "no errors" {
		t.Error("empty list")
	}
	l.Add(Pos{"f", 2, 3}, "b")
	l.Add(Pos{"f", 1, 9}, "a")
	l.Sort()
	if l.Error() != "f:1:9: a (and 1 more errors)" {
		t.Errorf("got %q", l.Error())
	}
	if (&Error{Msg: "m"}).Error() != "m" || (Pos{}).String() != "-" || (Pos{Line: 3}).String() != "3" {
		t.Error("zero positions")
	}
}

func TestCompileRobust(t *testing.T) {
	rs, err := Parse("f", []byte("rule r\n  emit e k=$a\n  pattern $a:city ~2 $b:org\n"))
	if err != nil {
		t.Fatal(err)
	}
	rs[0].Slots = nil // a caller tampered with the parsed rule
	s, err := Compile(rs, nil, []*Rule{nil})
	if err != nil {
		t.Fatal(err)
	}
	var got []Match
	s.Match("", us("A/city B/org"), func(m Match) { got = append(got, m) })
	if fmtMatches(got) != "r:0-2 a=0 b=1" {
		t.Errorf("got %s", fmtMatches(got))
	}
	empty, err := Compile()
	if err != nil {
		t.Fatal(err)
	}
	empty.Match("uk", us("a b"), func(Match) { t.Error("match in empty set") })
	if len(empty.NearMisses("uk", us("a"))) != 0 {
		t.Error("near miss in empty set")
	}
}
