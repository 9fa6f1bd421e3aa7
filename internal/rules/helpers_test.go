package rules

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factum-nlp/factum/internal/text"
)

// us builds units from a compact description: space-separated tokens,
// "Київ/city" gives a typed unit, a hyphenated word gets Parts.
func us(s string) []Unit {
	var out []Unit
	for _, f := range strings.Fields(s) {
		u := Unit{}
		if i := strings.LastIndexByte(f, '/'); i > 0 {
			u.Type = f[i+1:]
			f = f[:i]
		}
		u.Key = text.Key(f)
		if u.Type == "" && strings.Contains(u.Key, "-") && len(u.Key) > 1 {
			for _, p := range strings.Split(u.Key, "-") {
				if p != "" {
					u.Parts = append(u.Parts, p)
				}
			}
		}
		out = append(out, u)
	}
	return out
}

// mustSet parses and compiles src.
func mustSet(t testing.TB, src string) *Set {
	t.Helper()
	rs, err := Parse("test.rules", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", ErrorList(asList(err)).Details())
	}
	s, err := Compile(rs)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	return s
}

func asList(err error) ErrorList {
	if l, ok := err.(ErrorList); ok {
		return l
	}
	return ErrorList{{Msg: err.Error()}}
}

// fmtMatches formats matches as "rule:start-end a=1 b=2; ...".
func fmtMatches(ms []Match) string {
	var parts []string
	for _, m := range ms {
		s := fmt.Sprintf("%s:%d-%d", m.Rule.ID, m.Start, m.End)
		for i, c := range m.Caps {
			s += fmt.Sprintf(" %s=%d", m.Rule.Slots[i].Name, c)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

func collect(s *Set, lang string, units []Unit, prefilter bool) []Match {
	var ms []Match
	s.match(lang, units, func(m Match) { ms = append(ms, m) }, prefilter)
	return ms
}

// refMatch is a reference backtracking matcher over the pattern AST: the
// first match by priority starting at start.
func refMatch(r *Rule, units []Unit, start int) (int, []int, bool) {
	caps := make([]int, len(r.Slots))
	for i := range caps {
		caps[i] = -1
	}
	var c compiler
	var end int
	var res []int
	var m func(n *node, pos int, caps []int, k func(int, []int) bool) bool
	m = func(n *node, pos int, caps []int, k func(int, []int) bool) bool {
		switch n.kind {
		case nWord, nType, nAny, nNot, nSlot:
			if pos >= len(units) {
				return false
			}
			pr := c.pred(n)
			if !testPred(&pr, &units[pos], unitBits(units[pos].Type)) {
				return false
			}
			if n.kind == nSlot {
				caps = append([]int(nil), caps...)
				caps[r.SlotIndex(n.slot)] = pos
			}
			return k(pos+1, caps)
		case nStart:
			return pos == 0 && k(pos, caps)
		case nEnd:
			return pos == len(units) && k(pos, caps)
		case nGap:
			for i := 0; i <= n.n && pos+i <= len(units); i++ {
				if k(pos+i, caps) {
					return true
				}
			}
			return false
		case nOpt:
			return m(n.subs[0], pos, caps, k) || k(pos, caps)
		case nAlt:
			for _, s := range n.subs {
				if m(s, pos, caps, k) {
					return true
				}
			}
			return false
		case nSeq:
			var seq func(i, pos int, caps []int) bool
			seq = func(i, pos int, caps []int) bool {
				if i == len(n.subs) {
					return k(pos, caps)
				}
				return m(n.subs[i], pos, caps, func(p int, c []int) bool { return seq(i+1, p, c) })
			}
			return seq(0, pos, caps)
		}
		return false
	}
	ok := m(r.pat, start, caps, func(p int, c []int) bool { end, res = p, c; return true })
	return end, res, ok
}

// refAll runs refMatch for every rule and start, like Set.Match.
func refAll(s *Set, lang string, units []Unit) []Match {
	var ms []Match
	lb := langBit(lang)
	for _, r := range s.rules {
		if r.langMsk&lb == 0 {
			continue
		}
		for st := 0; st < len(units); st++ {
			if end, caps, ok := refMatch(r, units, st); ok {
				ms = append(ms, Match{Rule: r, Start: st, End: end, Caps: caps})
			}
		}
	}
	return ms
}
