package extract

import (
	"slices"
	"sync"

	"github.com/factum-nlp/factum/internal/rules"
	"github.com/factum-nlp/factum/internal/text"
	"github.com/factum-nlp/factum/lexicon"
)

// docBufs are the per-window working buffers of a doc, kept between
// Extract calls so that every document does not allocate (and the
// collector scan) them anew. Nothing in a Document refers to them.
type docBufs struct {
	toks    []text.Token
	skip    []bool
	cover   []int32
	spans   []span
	persons []int
	unitBuf []rules.Unit
	infoBuf []unitInfo
	lk      []lookupResult
	lower   map[string]bool
}

var docBufPool sync.Pool

// maxPooledToks bounds the buffers kept for reuse (a window of 1 MiB has
// fewer tokens).
const maxPooledToks = 1 << 18

// takeBufs gives d pooled buffers, if any.
func (d *doc) takeBufs() {
	b, _ := docBufPool.Get().(*docBufs)
	if b == nil {
		return
	}
	d.toks, d.skip, d.cover, d.spans, d.persons = b.toks, b.skip, b.cover, b.spans, b.persons
	d.unitBuf, d.infoBuf, d.lk, d.lower = b.unitBuf, b.infoBuf, b.lk, b.lower
}

// releaseBufs returns d's buffers to the pool; d must not be used after.
func (d *doc) releaseBufs() {
	if cap(d.toks) > maxPooledToks || cap(d.spans) > maxPooledToks {
		return
	}
	// Drop the references to this document's text and entities.
	clear(d.toks)
	clear(d.spans)
	clear(d.unitBuf[:cap(d.unitBuf)])
	clear(d.lk)
	b := &docBufs{toks: d.toks[:0], skip: d.skip[:0], cover: d.cover[:0], spans: d.spans[:0], persons: d.persons[:0],
		unitBuf: d.unitBuf[:0], infoBuf: d.infoBuf[:0], lk: d.lk[:0], lower: d.lower}
	if len(b.lower) > 1<<14 {
		b.lower = nil // a very large document's: let it go
	}
	clear(b.lower)
	d.toks, d.skip, d.cover, d.spans, d.persons, d.unitBuf, d.infoBuf, d.lk, d.lower = nil, nil, nil, nil, nil, nil, nil, nil, nil
	docBufPool.Put(b)
}

// resized returns s with length n, zeroed, reusing its memory when it is
// large enough.
func resized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// lookupResult is the lexicon lookup at one token of the window.
type lookupResult struct {
	forms []*lexicon.Form
	done  bool
}

// lookup is d.x.lex.Lookup(d.toks, i), computed once per token of the
// window: several recognizers look the same token up.
func (d *doc) lookup(i int) []*lexicon.Form {
	if i < 0 || i >= len(d.lk) {
		return d.x.lex.Lookup(d.toks, i)
	}
	r := &d.lk[i]
	if !r.done {
		r.forms, r.done = d.x.lex.Lookup(d.toks, i), true
	}
	return r.forms
}

// argSlot is an argument of a relation being emitted: its role and the
// entities that may fill it (several for a list).
type argSlot struct {
	role string
	ents []*entity
}

// relAttr is one attribute of a relation being emitted.
type relAttr struct{ k, v string }

// relAttrs are the attributes of a relation being emitted, in a slice
// until the relation is kept.
type relAttrs []relAttr

// set sets attribute k to v.
func (as relAttrs) set(k, v string) relAttrs {
	for i := range as {
		if as[i].k == k {
			as[i].v = v
			return as
		}
	}
	return append(as, relAttr{k, v})
}

// get returns attribute k, or "".
func (as relAttrs) get(k string) string {
	for _, a := range as {
		if a.k == k {
			return a.v
		}
	}
	return ""
}

// appendRelKey appends the key that makes two relations equal for
// addRelation: the type, the argument values in role order (sorted for a
// symmetric type; vals is sorted in place), and the quote's text or the
// position's role.
func appendRelKey(dst []byte, typ string, vals []string, evText, role string) []byte {
	if symmetric[typ] {
		slices.Sort(vals)
	}
	dst = append(dst, typ...)
	dst = append(dst, 0)
	for i, v := range vals {
		if i > 0 {
			dst = append(dst, 0)
		}
		dst = append(dst, v...)
	}
	switch typ {
	case "quote":
		dst = append(append(dst, 0), evText...)
	case "holds_position":
		dst = append(append(dst, 0), role...)
	}
	return dst
}
