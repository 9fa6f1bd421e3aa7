package rules

// NearMiss describes a rule that did not match a sentence but would have
// matched had one element of its pattern been different.
type NearMiss struct {
	// Rule is the rule that nearly matched.
	Rule *Rule
	// Start and End delimit the units the rest of the pattern matched.
	Start, End int
	// Matched counts the top-level pattern elements that matched; Total
	// counts all of them (anchors left out). Matched is Total-1.
	Matched, Total int
	// Expected is the element that failed, in pattern syntax, such as
	// `стати` or `$b:city` or `(може | можуть)`.
	Expected string
}

// NearMisses returns the rules (applying to lang, as for Match) that match
// nowhere in the sentence but come within one top-level pattern element of
// matching: with that element replaced by a gap as long as it (at least
// one unit), the rest of the pattern matches in order. At most one near
// miss is reported per rule, for the first such element. It is meant for
// explaining results (factum explain), not for the hot path: it runs every
// rule without the prefilter and compiles variants on the fly.
func (s *Set) NearMisses(lang string, units []Unit) []NearMiss {
	if len(units) == 0 {
		return nil
	}
	sc := s.getScratch()
	defer s.pool.Put(sc)
	lb := langBit(lang)
	sc.tb = sc.tb[:0]
	for i := range units {
		sc.tb = append(sc.tb, units[i].bits())
	}
	var out []NearMiss
	for _, p := range s.progs {
		r := p.rule
		if r.langMsk&lb == 0 {
			continue
		}
		if _, _, ok := firstMatch(p, units, sc); ok {
			continue
		}
		top := r.pat.subs
		total := 0
		for _, e := range top {
			if e.kind != nStart && e.kind != nEnd {
				total++
			}
		}
		if total < 2 {
			continue
		}
		for j, e := range top {
			if e.kind == nStart || e.kind == nEnd || e.kind == nGap {
				continue
			}
			g := min(max(e.maxLen(), 1), maxGap)
			subs := make([]*node, len(top))
			copy(subs, top)
			subs[j] = &node{kind: nGap, n: g, pos: e.pos}
			vr := *r
			vr.pat = &node{kind: nSeq, pos: r.pat.pos, subs: subs}
			vp := compileRule(&vr)
			if start, end, ok := firstMatch(vp, units, sc); ok {
				out = append(out, NearMiss{Rule: r, Start: start, End: end, Matched: total - 1, Total: total, Expected: e.String()})
				break
			}
		}
	}
	return out
}

// firstMatch returns the first match of p in the sentence.
func firstMatch(p *prog, units []Unit, sc *scratch) (int, int, bool) {
	last := len(units)
	if p.anchored {
		last = 1
	}
	for start := 0; start < last; start++ {
		if end, ok := p.exec(units, sc, start); ok {
			return start, end, true
		}
	}
	return 0, 0, false
}
