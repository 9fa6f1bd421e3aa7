package rules

import (
	"math/bits"
	"strings"
)

// Match is one match of a rule in a sentence.
type Match struct {
	// Rule is the rule that matched.
	Rule *Rule
	// Start and End delimit the matched units: units[Start:End].
	Start, End int
	// Caps holds, for each slot of Rule.Slots (same index), the index of
	// the captured unit, or -1 if the slot was not captured (it sits in
	// an optional group or an alternative that was not taken). Caps is the
	// caller's to keep.
	Caps []int
}

// Cap returns the unit index captured by the named slot ("a" or "$a"), or
// -1 if the slot does not exist or captured nothing.
func (m Match) Cap(name string) int {
	if i := m.Rule.SlotIndex(name); i >= 0 && i < len(m.Caps) {
		return m.Caps[i]
	}
	return -1
}

// queue is a thread list of the VM: a sparse set of program counters in
// priority order, with the captures of each thread.
type queue struct {
	sparse []uint32
	dense  []int32
	caps   []int32 // len(dense) * nslots
	nsl    int
}

func (q *queue) reset(nInst, nsl int) {
	if len(q.sparse) < nInst {
		q.sparse = make([]uint32, nInst)
		q.dense = make([]int32, 0, nInst)
	}
	if cap(q.caps) < nInst*nsl {
		q.caps = make([]int32, 0, nInst*nsl)
	}
	q.dense = q.dense[:0]
	q.caps = q.caps[:0]
	q.nsl = nsl
}

func (q *queue) has(pc int32) bool {
	i := q.sparse[pc]
	return int(i) < len(q.dense) && q.dense[i] == pc
}

// insert adds pc and returns the slice where its captures go.
func (q *queue) insert(pc int32) []int32 {
	q.sparse[pc] = uint32(len(q.dense))
	q.dense = append(q.dense, pc)
	n := len(q.caps)
	q.caps = q.caps[:n+q.nsl]
	return q.caps[n : n+q.nsl]
}

// scratch is the per-call working memory of Match, pooled in the Set.
type scratch struct {
	tb     []uint16 // type bits of each unit
	uid    []int32  // key id of each plain unit's Key, or -1
	keys   []uint64 // bitset: key ids present in the sentence
	cand   []uint64 // bitset: candidate rules
	q0, q1 queue
	cap    []int32
	mcap   []int32
}

func (s *Set) getScratch() *scratch {
	if sc, ok := s.pool.Get().(*scratch); ok {
		return sc
	}
	return &scratch{
		keys: make([]uint64, (len(s.keyIDs)+63)/64),
		cand: make([]uint64, (len(s.progs)+63)/64),
	}
}

// Match runs every rule of the set that applies to lang on the units of
// one sentence and calls fn for each match, in rule order and, for each
// rule, in order of start position. For every start position a rule yields
// at most one match: the first by priority (alternatives in order, optional
// groups greedy, gaps lazy). lang is "uk", "ru" or "en"; "" runs all rules,
// any other value only the rules without a lang clause.
//
// The work is linear in the number of units for each rule that runs; a
// prefilter skips rules whose required words or types are absent from the
// sentence. fn must not retain units beyond the call; it may retain the
// Match.
func (s *Set) Match(lang string, units []Unit, fn func(Match)) {
	s.match(lang, units, fn, true)
}

func (s *Set) match(lang string, units []Unit, fn func(Match), prefilter bool) {
	if len(units) == 0 || len(s.progs) == 0 || fn == nil {
		return
	}
	sc := s.getScratch()
	defer s.pool.Put(sc)
	lb := langBit(lang)
	var present uint16
	sc.tb = sc.tb[:0]
	for i := range units {
		b := units[i].bits()
		sc.tb = append(sc.tb, b)
		present |= b
	}
	sc.uid = sc.uid[:0]
	for i := range units {
		sc.uid = append(sc.uid, s.unitKeyID(&units[i], sc.tb[i]))
	}
	if !prefilter {
		for _, p := range s.progs {
			if p.rule.langMsk&lb != 0 {
				s.run(p, units, sc, fn)
			}
		}
		return
	}
	clear(sc.keys)
	clear(sc.cand)
	for i := range units {
		if sc.tb[i]&^wordTypes != 0 {
			continue
		}
		u := &units[i]
		if id := sc.uid[i]; id >= 0 {
			sc.keys[id>>6] |= 1 << (id & 63)
		}
		for _, part := range u.Parts {
			if !s.mayBeKey(part) {
				continue
			}
			if id, ok := s.keyIDs[part]; ok {
				sc.keys[id>>6] |= 1 << (id & 63)
			}
		}
	}
	for _, r := range s.always {
		sc.cand[r>>6] |= 1 << (r & 63)
	}
	for w, bits := range sc.keys {
		for bits != 0 {
			b := trailingZeros(bits)
			bits &^= 1 << b
			for _, r := range s.post[w*64+b] {
				sc.cand[r>>6] |= 1 << (r & 63)
			}
		}
	}
	for w, bits := range sc.cand {
		for bits != 0 {
			b := trailingZeros(bits)
			bits &^= 1 << b
			p := s.progs[w*64+b]
			if p.rule.langMsk&lb == 0 || !p.satisfied(present, sc.keys) {
				continue
			}
			s.run(p, units, sc, fn)
		}
	}
}

// unitKeyID returns the key id of u's Key if u (with type bits tb) is a
// plain unit, else -1.
func (s *Set) unitKeyID(u *Unit, tb uint16) int32 {
	if tb&^wordTypes == 0 && s.mayBeKey(u.Key) {
		if id, ok := s.keyIDs[u.Key]; ok {
			return id
		}
	}
	return -1
}

func trailingZeros(x uint64) int { return bits.TrailingZeros64(x) }

// satisfied reports whether every prefilter clause of p holds.
func (p *prog) satisfied(present uint16, keys []uint64) bool {
outer:
	for _, c := range p.clauses {
		if c.mask&present != 0 {
			continue
		}
		for _, k := range c.keys {
			if keys[k>>6]&(1<<(k&63)) != 0 {
				continue outer
			}
		}
		return false
	}
	return true
}

// run runs p at every start position.
func (s *Set) run(p *prog, units []Unit, sc *scratch, fn func(Match)) {
	n := len(units)
	last := n
	if p.anchored {
		last = 1
	}
	for start := 0; start < last; start++ {
		if p.firstF != nil {
			if !p.firstF.test(p, &units[start], sc.tb[start], sc.uid[start]) {
				continue
			}
		} else if p.first != nil {
			ok := false
			for _, pi := range p.first {
				if testPred(&p.preds[pi], &units[start], sc.tb[start]) {
					ok = true
					break
				}
			}
			if !ok {
				continue
			}
		}
		if p.secondF != nil {
			// A match consumes a second unit that one of these accepts.
			if start+1 >= n || !p.secondF.test(p, &units[start+1], sc.tb[start+1], sc.uid[start+1]) {
				continue
			}
		} else if p.second != nil {
			if start+1 >= n {
				continue
			}
			ok := false
			for _, pi := range p.second {
				if testPred(&p.preds[pi], &units[start+1], sc.tb[start+1]) {
					ok = true
					break
				}
			}
			if !ok {
				continue
			}
		}
		if end, ok := p.exec(units, sc, start); ok {
			m := Match{Rule: p.rule, Start: start, End: end, Caps: make([]int, p.nslots)}
			for i := range m.Caps {
				m.Caps[i] = int(sc.mcap[i])
			}
			fn(m)
		}
	}
}

// exec runs the Pike VM anchored at start. On success it returns the end
// of the highest-priority match, with its captures in sc.mcap.
func (p *prog) exec(units []Unit, sc *scratch, start int) (int, bool) {
	n := len(units)
	nsl := p.nslots
	ni := len(p.insts)
	clist, nlist := &sc.q0, &sc.q1
	clist.reset(ni, nsl)
	nlist.reset(ni, nsl)
	if cap(sc.cap) < nsl {
		sc.cap = make([]int32, nsl)
		sc.mcap = make([]int32, nsl)
	}
	capb := sc.cap[:nsl]
	for i := range capb {
		capb[i] = -1
	}
	sc.mcap = sc.mcap[:nsl]
	p.add(clist, 0, start, n, capb)
	matched, end := false, 0
	for pos := start; len(clist.dense) > 0; pos++ {
		nlist.reset(ni, nsl)
		for d := 0; d < len(clist.dense); d++ {
			pc := clist.dense[d]
			in := p.insts[pc]
			switch in.op {
			case opUnit:
				if pos < n && testPred(&p.preds[in.x], &units[pos], sc.tb[pos]) {
					p.add(nlist, pc+1, pos+1, n, clist.caps[d*nsl:(d+1)*nsl])
				}
				continue
			case opMatch:
				matched, end = true, pos
				copy(sc.mcap, clist.caps[d*nsl:(d+1)*nsl])
			default:
				continue
			}
			break // a match cuts off lower-priority threads
		}
		clist, nlist = nlist, clist
		if pos >= n {
			break
		}
	}
	return end, matched
}

// add adds the thread at pc (and everything reachable from it without
// consuming a unit) to q, in priority order. capb holds the thread's
// captures; add restores it before returning.
func (p *prog) add(q *queue, pc int32, pos, n int, capb []int32) {
	if q.has(pc) {
		return
	}
	slot := q.insert(pc)
	in := p.insts[pc]
	switch in.op {
	case opUnit, opMatch:
		copy(slot, capb)
	case opJmp:
		p.add(q, in.x, pos, n, capb)
	case opSplit:
		p.add(q, in.x, pos, n, capb)
		p.add(q, in.y, pos, n, capb)
	case opSave:
		old := capb[in.x]
		capb[in.x] = int32(pos)
		p.add(q, pc+1, pos, n, capb)
		capb[in.x] = old
	case opStart:
		if pos == 0 {
			p.add(q, pc+1, pos, n, capb)
		}
	case opEnd:
		if pos == n {
			p.add(q, pc+1, pos, n, capb)
		}
	}
}

// testPred reports whether the unit u (with type bits tb) satisfies pr.
func testPred(pr *pred, u *Unit, tb uint16) bool {
	switch pr.kind {
	case pWord:
		if tb&^wordTypes != 0 {
			return false
		}
		if u.Key == pr.key {
			return true
		}
		for _, part := range u.Parts {
			if part == pr.key {
				return true
			}
		}
	case pPrefix:
		if tb&^wordTypes != 0 {
			return false
		}
		if strings.HasPrefix(u.Key, pr.key) {
			return true
		}
		for _, part := range u.Parts {
			if strings.HasPrefix(part, pr.key) {
				return true
			}
		}
	case pParts:
		if tb&^wordTypes != 0 || len(u.Parts) != len(pr.subs) {
			return false
		}
		for i, part := range u.Parts {
			sp := &pr.subs[i]
			if sp.kind == pPrefix && !strings.HasPrefix(part, sp.key) || sp.kind == pWord && part != sp.key {
				return false
			}
		}
		return true
	case pType:
		return tb&pr.mask != 0
	case pAny:
		return true
	case pNot:
		for i := range pr.subs {
			if testPred(&pr.subs[i], u, tb) {
				return false
			}
		}
		return true
	}
	return false
}
