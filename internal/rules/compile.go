package rules

import (
	"fmt"
	"strings"
	"sync"
)

// opcodes of a compiled pattern.
const (
	opUnit  uint8 = iota // consume one unit if pred matches
	opSplit              // try x, then y
	opJmp                // go to x
	opSave               // capture the current position in slot x
	opStart              // assert position 0
	opEnd                // assert end of sentence
	opMatch              // success
)

// inst is one instruction.
type inst struct {
	op   uint8
	x, y int32
}

// pred kinds.
const (
	pWord   uint8 = iota // plain unit whose Key or a Part equals key
	pPrefix              // plain unit whose Key or a Part starts with key
	pParts               // plain compound whose parts match subs one by one
	pType                // unit whose type bit is in mask
	pAny                 // any unit
	pNot                 // a unit that matches none of subs
)

// pred is a test on one unit.
type pred struct {
	kind uint8
	mask uint16
	key  string
	subs []pred
}

// prog is a compiled rule.
type prog struct {
	rule     *Rule
	insts    []inst
	preds    []pred
	nslots   int
	anchored bool    // starts with ^
	first    []int32 // preds that can match the first unit; nil = no filter
	second   []int32 // preds that can match the second unit; nil = no filter
	clauses  []clause
	// firstF and secondF test first and second as one (nil: test the
	// preds one by one); built by Set.index.
	firstF, secondF *unitFilter
}

// unitFilter tells whether any of a list of preds accepts a unit, with
// the word preds looked up by key id instead of compared one by one.
type unitFilter struct {
	mask  uint16   // type bits of the pType preds
	keys  []uint64 // bitset of the key ids of the pWord preds
	words []int32  // the pWord preds, for units with Parts
	other []int32  // the other preds, tested one by one
}

// test reports whether any pred of f accepts u, whose type bits are tb
// and whose Key has the key id id (-1 if it has none or is not a plain
// unit).
func (f *unitFilter) test(p *prog, u *Unit, tb uint16, id int32) bool {
	if tb&f.mask != 0 {
		return true
	}
	if tb&^wordTypes == 0 {
		if id >= 0 && f.keys[id>>6]&(1<<(id&63)) != 0 {
			return true
		}
		if len(u.Parts) > 0 {
			for _, pi := range f.words {
				if testPred(&p.preds[pi], u, tb) {
					return true
				}
			}
		}
	}
	for _, pi := range f.other {
		if testPred(&p.preds[pi], u, tb) {
			return true
		}
	}
	return false
}

// clause is a prefilter requirement: the sentence must contain a plain
// unit with one of keys (as Key or Part) or a unit whose type is in mask.
type clause struct {
	keys []int32
	mask uint16
}

// Set is a compiled set of rules. It is immutable and safe for concurrent
// use by many goroutines.
type Set struct {
	rules  []*Rule
	progs  []*prog
	keyIDs map[string]int32 // required literal keys → id
	post   [][]int32        // key id → rules anchored on it
	always []int32          // rules without an anchor key
	// keyBits is a one-hash Bloom filter over the keys of keyIDs: a unit
	// whose key hashes to an unset bit is not looked up.
	keyBits [1 << 10]uint64
	pool    sync.Pool
}

// Compile compiles rules (typically the results of several Parse calls)
// into a Set. It reports duplicate rule ids (naming both positions), emit
// arguments that name no slot, unknown types and syntax errors in the
// Source of hand-built rules. Rules returned by Parse are used as they are;
// a hand-built rule (Source set, not from Parse) is copied and its Slots
// filled in from the pattern.
func Compile(rules ...[]*Rule) (*Set, error) {
	s := &Set{keyIDs: map[string]int32{}}
	var errs ErrorList
	ids := map[string]*Rule{}
	for _, list := range rules {
		for _, r := range list {
			if r == nil {
				continue
			}
			if prev, ok := ids[r.ID]; ok {
				errs.Add(r.Pos, fmt.Sprintf("duplicate rule id %q (first defined at %s)", r.ID, prev.Pos))
				continue
			}
			if r.ID == "" {
				errs.Add(r.Pos, "rule without an id")
				continue
			}
			ids[r.ID] = r
			if r.pat != nil && !sameSlots(r.Slots, collectSlots(r.pat)) {
				// a parsed rule whose Slots were changed: recompile it
				// from its source
				c := *r
				c.pat = nil
				r = &c
			}
			if r.pat == nil {
				r2, ok := prepare(r, &errs)
				if !ok {
					continue
				}
				r = r2
			} else if !checkEmits(r, &errs) {
				continue
			}
			p := compileRule(r)
			s.rules = append(s.rules, r)
			s.progs = append(s.progs, p)
		}
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	s.index()
	return s, nil
}

// prepare parses the Source of a hand-built rule and returns a copy of the
// rule ready to compile.
func prepare(r *Rule, errs *ErrorList) (*Rule, bool) {
	c := *r
	n0 := len(*errs)
	line, col := r.Pos.Line, r.Pos.Col
	if line <= 0 {
		line, col = 1, 1
	}
	pat := parsePattern(r.Pos.File, []segment{{line: line, col: col, text: r.Source}}, errs)
	if len(*errs) > n0 {
		for _, e := range (*errs)[n0:] {
			e.Msg = fmt.Sprintf("rule %s: pattern: %s", r.ID, e.Msg)
		}
		return nil, false
	}
	if r.Status == "" {
		c.Status = StatusEstablished
	}
	for _, l := range r.Langs {
		if l != "uk" && l != "ru" && l != "en" {
			errs.Add(r.Pos, fmt.Sprintf("rule %s: unknown language %q (want uk, ru or en)", r.ID, l))
			return nil, false
		}
	}
	c.pat = pat
	c.Slots = collectSlots(pat)
	c.langMsk = langMask(c.Langs)
	if !checkEmits(&c, errs) {
		return nil, false
	}
	return &c, true
}

// Rules returns the rules of the set in order.
func (s *Set) Rules() []*Rule { return s.rules }

// compiler builds a prog.
type compiler struct {
	p     *prog
	slots map[string]int32
}

func compileRule(r *Rule) *prog {
	p := &prog{rule: r, nslots: len(r.Slots)}
	c := &compiler{p: p, slots: map[string]int32{}}
	for i, sl := range r.Slots {
		c.slots[sl.Name] = int32(i)
	}
	c.gen(r.pat)
	c.emit(inst{op: opMatch})
	p.anchored = len(r.pat.subs) > 0 && r.pat.subs[0].kind == nStart
	p.first = firstPreds(p)
	p.second = secondPreds(p)
	return p
}

func (c *compiler) emit(i inst) int32 {
	c.p.insts = append(c.p.insts, i)
	return int32(len(c.p.insts) - 1)
}

func (c *compiler) pc() int32 { return int32(len(c.p.insts)) }

func (c *compiler) pred(n *node) pred {
	switch n.kind {
	case nWord:
		if n.parts != nil {
			subs := make([]pred, len(n.parts))
			for i, pt := range n.parts {
				subs[i] = pred{kind: pWord, key: pt.key}
				if pt.prefix {
					subs[i].kind = pPrefix
				}
			}
			return pred{kind: pParts, subs: subs}
		}
		if n.prefix {
			return pred{kind: pPrefix, key: n.key}
		}
		return pred{kind: pWord, key: n.key}
	case nType, nSlot:
		return pred{kind: pType, mask: n.mask}
	case nAny:
		return pred{kind: pAny}
	case nNot:
		ps := make([]pred, len(n.subs))
		for i, s := range n.subs {
			ps[i] = c.pred(s)
		}
		return pred{kind: pNot, subs: ps}
	}
	return pred{kind: pAny}
}

func (c *compiler) unit(n *node) {
	c.p.preds = append(c.p.preds, c.pred(n))
	c.emit(inst{op: opUnit, x: int32(len(c.p.preds) - 1)})
}

func (c *compiler) gen(n *node) {
	switch n.kind {
	case nWord, nType, nAny, nNot:
		c.unit(n)
	case nSlot:
		c.emit(inst{op: opSave, x: c.slots[n.slot]})
		c.unit(n)
	case nStart:
		c.emit(inst{op: opStart})
	case nEnd:
		c.emit(inst{op: opEnd})
	case nSeq:
		for _, s := range n.subs {
			c.gen(s)
		}
	case nOpt:
		// greedy: split(body, skip)
		sp := c.emit(inst{op: opSplit})
		c.p.insts[sp].x = c.pc()
		c.gen(n.subs[0])
		c.p.insts[sp].y = c.pc()
	case nAlt:
		var jumps []int32
		for i, s := range n.subs {
			if i < len(n.subs)-1 {
				sp := c.emit(inst{op: opSplit})
				c.p.insts[sp].x = c.pc()
				c.gen(s)
				jumps = append(jumps, c.emit(inst{op: opJmp}))
				c.p.insts[sp].y = c.pc()
			} else {
				c.gen(s)
			}
		}
		for _, j := range jumps {
			c.p.insts[j].x = c.pc()
		}
	case nGap:
		// lazy 0..N: N times split(skip-all, any)
		var splits []int32
		for i := 0; i < n.n; i++ {
			sp := c.emit(inst{op: opSplit})
			splits = append(splits, sp)
			c.p.insts[sp].y = c.pc()
			c.p.preds = append(c.p.preds, pred{kind: pAny})
			c.emit(inst{op: opUnit, x: int32(len(c.p.preds) - 1)})
		}
		for _, sp := range splits {
			c.p.insts[sp].x = c.pc()
		}
	}
}

// firstPreds returns the preds of the unit instructions reachable from the
// entry without consuming a unit, or nil if a match is reachable that way.
func firstPreds(p *prog) []int32 {
	var out, pcs []int32
	if unitsFrom(p, 0, make([]bool, len(p.insts)), &out, &pcs) {
		return nil
	}
	return out
}

// unitsFrom collects the preds of the unit instructions reachable from pc
// without consuming a unit (passing the assertions, which can only make
// the set larger), with their pcs; empty reports that a match, or a unit
// that matches anything, is reachable so.
func unitsFrom(p *prog, pc int32, seen []bool, preds, pcs *[]int32) (empty bool) {
	var walk func(pc int32)
	walk = func(pc int32) {
		if seen[pc] {
			return
		}
		seen[pc] = true
		in := p.insts[pc]
		switch in.op {
		case opUnit:
			if p.preds[in.x].kind == pAny {
				empty = true
			}
			*preds = append(*preds, in.x)
			*pcs = append(*pcs, pc)
		case opSplit:
			walk(in.x)
			walk(in.y)
		case opJmp:
			walk(in.x)
		case opSave, opStart, opEnd:
			walk(pc + 1)
		case opMatch:
			empty = true
		}
	}
	walk(pc)
	return empty
}

// secondPreds returns the preds of the unit instructions that can consume
// the second unit of a match (reachable after any first unit), or nil if
// a match can end after one unit or the second unit can be anything.
func secondPreds(p *prog) []int32 {
	var firsts, firstPCs []int32
	if unitsFrom(p, 0, make([]bool, len(p.insts)), &firsts, &firstPCs) {
		return nil
	}
	seen := make([]bool, len(p.insts))
	var out, pcs []int32
	for _, pc := range firstPCs {
		if unitsFrom(p, pc+1, seen, &out, &pcs) {
			return nil
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// requirement is the prefilter requirement of a node, with literal keys
// not yet interned.
type requirement struct {
	keys []string
	mask uint16
}

func reqs(n *node) []requirement {
	switch n.kind {
	case nWord:
		if n.prefix || n.parts != nil {
			return nil
		}
		return []requirement{{keys: []string{n.key}}}
	case nType, nSlot:
		return []requirement{{mask: n.mask}}
	case nSeq:
		var out []requirement
		for _, s := range n.subs {
			out = append(out, reqs(s)...)
		}
		return out
	case nAlt:
		var merged requirement
		for _, s := range n.subs {
			rs := reqs(s)
			if len(rs) == 0 {
				return nil
			}
			// the strongest single clause of the branch: prefer key-only
			best := rs[0]
			for _, r := range rs[1:] {
				if best.mask != 0 && r.mask == 0 {
					best = r
				}
			}
			for _, k := range best.keys {
				if !containsStr(merged.keys, k) {
					merged.keys = append(merged.keys, k)
				}
			}
			merged.mask |= best.mask
		}
		return []requirement{merged}
	}
	return nil
}

// index interns the requirement keys and builds the rule index.
func (s *Set) index() {
	for i, p := range s.progs {
		p.clauses = nil
		for _, r := range reqs(p.rule.pat) {
			cl := clause{mask: r.mask}
			for _, k := range r.keys {
				cl.keys = append(cl.keys, s.internKey(k))
			}
			p.clauses = append(p.clauses, cl)
		}
		// anchor: the key-only clause with fewest keys, longest first key
		best := -1
		for j, cl := range p.clauses {
			if cl.mask != 0 || len(cl.keys) == 0 {
				continue
			}
			if best < 0 || len(cl.keys) < len(p.clauses[best].keys) {
				best = j
			}
		}
		anchor := best
		if anchor < 0 {
			s.always = append(s.always, int32(i))
		} else {
			for _, k := range p.clauses[anchor].keys {
				s.post[k] = append(s.post[k], int32(i))
			}
		}
	}
	// the words of the first and second preds get key ids too, for
	// the unit filters
	for _, p := range s.progs {
		for _, list := range [][]int32{p.first, p.second} {
			for _, pi := range list {
				if pr := &p.preds[pi]; pr.kind == pWord {
					s.internKey(pr.key)
				}
			}
		}
	}
	for _, p := range s.progs {
		p.firstF = s.newUnitFilter(p, p.first)
		p.secondF = s.newUnitFilter(p, p.second)
	}
	s.keyBits = [1 << 10]uint64{}
	for k := range s.keyIDs {
		h := keyHash(k)
		s.keyBits[h>>6] |= 1 << (h & 63)
	}
}

// internKey returns the key id of k, giving it one if it has none.
func (s *Set) internKey(k string) int32 {
	id, ok := s.keyIDs[k]
	if !ok {
		id = int32(len(s.keyIDs))
		s.keyIDs[k] = id
		s.post = append(s.post, nil)
	}
	return id
}

// newUnitFilter returns the filter of the preds of p in list, or nil for
// a nil list. Every pWord key of list must have a key id.
func (s *Set) newUnitFilter(p *prog, list []int32) *unitFilter {
	if list == nil {
		return nil
	}
	f := &unitFilter{keys: make([]uint64, (len(s.keyIDs)+63)/64)}
	for _, pi := range list {
		switch pr := &p.preds[pi]; pr.kind {
		case pType:
			f.mask |= pr.mask
		case pWord:
			id := s.keyIDs[pr.key]
			f.keys[id>>6] |= 1 << (id & 63)
			f.words = append(f.words, pi)
		default:
			f.other = append(f.other, pi)
		}
	}
	return f
}

// keyHash is the cheap hash of keyBits, in [0, 1<<16).
func keyHash(s string) uint32 {
	n := len(s)
	if n == 0 {
		return 0
	}
	h := uint32(n)*0x9E3779B1 ^ uint32(s[0])<<8 ^ uint32(s[n-1]) ^ uint32(s[n/2])<<4
	if n > 1 {
		h ^= uint32(s[1]) << 12
	}
	return (h ^ h>>16) & (1<<16 - 1)
}

// mayBeKey reports whether k may be a key of keyIDs: false only for keys
// that are not.
func (s *Set) mayBeKey(k string) bool {
	h := keyHash(k)
	return s.keyBits[h>>6]&(1<<(h&63)) != 0
}

// String describes the set briefly, for debugging.
func (s *Set) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "rules.Set{%d rules, %d keys, %d unindexed}", len(s.rules), len(s.keyIDs), len(s.always))
	return b.String()
}

// sameSlots reports whether two slot lists have the same names in order.
func sameSlots(a, b []Slot) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Name != b[i].Name {
			return false
		}
	}
	return true
}
