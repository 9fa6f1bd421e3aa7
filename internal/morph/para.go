package morph

// maxVar is the largest number of variant forms kept for one case.
const maxVar = 3

// vform is one inflected form: stem (in the case of the input) + ending
// (lower case, upper-cased for ALL CAPS input) + tail (kept as written).
type vform struct {
	stem, end, tail string
}

// para is a paradigm: up to maxVar forms for each case, the first one
// being the preferred form.
type para struct {
	f  [NumCases][maxVar]vform
	n  [NumCases]uint8
	up bool // render endings in upper case
}

// set replaces the forms of case c by stem+end for each end.
func (p *para) set(c Case, stem string, ends ...string) {
	p.n[c] = 0
	for _, e := range ends {
		p.add(c, stem, e)
	}
}

// add appends a variant form to case c, ignoring duplicates.
func (p *para) add(c Case, stem, end string) {
	for i := uint8(0); i < p.n[c]; i++ {
		if p.f[c][i].stem == stem && p.f[c][i].end == end {
			return
		}
	}
	if p.n[c] < maxVar {
		p.f[c][p.n[c]] = vform{stem: stem, end: end}
		p.n[c]++
	}
}

// same copies the forms of case from into case to.
func (p *para) same(to, from Case) {
	p.f[to] = p.f[from]
	p.n[to] = p.n[from]
}

// render returns form v of case c (the last variant when v is too large).
func (p *para) render(c Case, v int) string {
	n := int(p.n[c])
	if n == 0 {
		c, n = Nom, int(p.n[Nom])
		if n == 0 {
			return ""
		}
	}
	if v >= n {
		v = n - 1
	}
	f := p.f[c][v]
	e := f.end
	if p.up && e != "" {
		e = upper(e)
	}
	if e == "" && f.tail == "" {
		return f.stem
	}
	return f.stem + e + f.tail
}

// indecl fills p with the same form for every case.
func (p *para) indecl(w string) {
	for c := Case(0); c < NumCases; c++ {
		p.f[c][0] = vform{stem: w}
		p.n[c] = 1
	}
}

// withTail appends tail to every form of p.
func (p *para) withTail(tail string) {
	for c := 0; c < NumCases; c++ {
		for i := uint8(0); i < p.n[c]; i++ {
			p.f[c][i].tail += tail
		}
	}
}

// withPrefix prepends prefix to every stem of p.
func (p *para) withPrefix(prefix string) {
	if prefix == "" {
		return
	}
	for c := 0; c < NumCases; c++ {
		for i := uint8(0); i < p.n[c]; i++ {
			p.f[c][i].stem = prefix + p.f[c][i].stem
		}
	}
}

// joinParas combines the paradigms of the parts of a hyphenated word (or
// of a phrase) separated by sep into one paradigm, variant by variant.
func joinParas(parts []para, seps []string) para {
	var out para
	for c := Case(0); c < NumCases; c++ {
		nv := 0
		for i := range parts {
			if int(parts[i].n[c]) > nv {
				nv = int(parts[i].n[c])
			}
		}
		for v := 0; v < nv; v++ {
			s := ""
			for i := range parts {
				s += parts[i].render(c, v)
				if i < len(seps) {
					s += seps[i]
				}
			}
			out.add(c, s, "")
		}
	}
	return out
}

// forms appends the distinct forms of p for ncases cases to dst (Nom first).
func (p *para) forms(dst []string, ncases int) []string {
	for c := Case(0); int(c) < ncases; c++ {
		for v := 0; v < int(p.n[c]); v++ {
			s := p.render(c, v)
			if s == "" {
				continue
			}
			dup := false
			for _, d := range dst {
				if d == s {
					dup = true
					break
				}
			}
			if !dup {
				dst = append(dst, s)
			}
		}
	}
	return dst
}

// has reports whether form is one of the forms of case c (ignoring
// capitalization, ё/е and apostrophe variants), and whether it is the
// preferred one.
func (p *para) has(c Case, form string) (found, primary bool) {
	var buf [64]byte
	for v := 0; v < int(p.n[c]); v++ {
		// p.render(c, v), built on the stack unless the ending is
		// upper-cased.
		f := &p.f[c][v]
		var s string
		switch {
		case f.end == "" && f.tail == "":
			s = f.stem
		case p.up:
			s = p.render(c, v)
		default:
			s = string(append(append(append(buf[:0], f.stem...), f.end...), f.tail...))
		}
		if foldEq(s, form) {
			return true, v == 0
		}
	}
	return false, false
}
