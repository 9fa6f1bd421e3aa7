package rules

import (
	"strconv"
	"strings"
)

// nodeKind is the kind of a pattern node.
type nodeKind uint8

const (
	nWord  nodeKind = iota // exact key (bare word, string, punctuation)
	nType                  // :type (no capture) — also the body of a slot
	nSlot                  // $name:type
	nAny                   // _
	nGap                   // ~N
	nSeq                   // a b c
	nAlt                   // a | b
	nOpt                   // [ a ]
	nNot                   // !x  or !(x | y)
	nStart                 // ^
	nEnd                   // $
)

// part is one part of a compound word element: its key and whether it is
// a prefix.
type part struct {
	key    string
	prefix bool
}

// node is a parsed pattern element.
type node struct {
	kind   nodeKind
	pos    Pos
	text   string // source form of a leaf, for messages
	key    string // nWord: match key
	prefix bool   // nWord: prefix match
	parts  []part // nWord: a compound matched part by part (міст*-побратим*)
	mask   uint16 // nType, nSlot: type bits
	slot   string // nSlot: name
	types  []string
	list   bool
	n      int     // nGap
	subs   []*node // nSeq, nAlt, nOpt (one), nNot (alternatives)
}

// String formats the node in pattern syntax.
func (n *node) String() string {
	var b strings.Builder
	n.format(&b)
	return b.String()
}

func (n *node) format(b *strings.Builder) {
	switch n.kind {
	case nWord, nType, nSlot, nAny:
		b.WriteString(n.text)
	case nGap:
		b.WriteString("~" + strconv.Itoa(n.n))
	case nStart:
		b.WriteString("^")
	case nEnd:
		b.WriteString("$")
	case nSeq:
		for i, s := range n.subs {
			if i > 0 {
				b.WriteByte(' ')
			}
			s.format(b)
		}
	case nAlt:
		b.WriteString("(")
		for i, s := range n.subs {
			if i > 0 {
				b.WriteString(" | ")
			}
			s.format(b)
		}
		b.WriteString(")")
	case nOpt:
		b.WriteString("[")
		n.subs[0].format(b)
		b.WriteString("]")
	case nNot:
		b.WriteString("!")
		if len(n.subs) == 1 {
			n.subs[0].format(b)
			return
		}
		b.WriteString("(")
		for i, s := range n.subs {
			if i > 0 {
				b.WriteString(" | ")
			}
			s.format(b)
		}
		b.WriteString(")")
	}
}

// minLen and maxLen return the least and greatest number of units the node
// can match.
func (n *node) minLen() int {
	switch n.kind {
	case nWord, nType, nSlot, nAny, nNot:
		return 1
	case nGap, nOpt, nStart, nEnd:
		return 0
	case nSeq:
		t := 0
		for _, s := range n.subs {
			t += s.minLen()
		}
		return t
	case nAlt:
		m := -1
		for _, s := range n.subs {
			if l := s.minLen(); m < 0 || l < m {
				m = l
			}
		}
		if m < 0 {
			m = 0
		}
		return m
	}
	return 0
}

func (n *node) maxLen() int {
	switch n.kind {
	case nWord, nType, nSlot, nAny, nNot:
		return 1
	case nGap:
		return n.n
	case nStart, nEnd:
		return 0
	case nOpt:
		return n.subs[0].maxLen()
	case nSeq:
		t := 0
		for _, s := range n.subs {
			t += s.maxLen()
		}
		return t
	case nAlt:
		m := 0
		for _, s := range n.subs {
			if l := s.maxLen(); l > m {
				m = l
			}
		}
		return m
	}
	return 0
}

// walk calls f for n and every node below it.
func (n *node) walk(f func(*node)) {
	f(n)
	for _, s := range n.subs {
		s.walk(f)
	}
}
