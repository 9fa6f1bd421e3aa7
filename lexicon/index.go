package lexicon

import (
	"math/bits"
	"runtime"
	"slices"
	"sync"

	"github.com/factum-nlp/factum/internal/text"
)

// The index is laid out for the garbage collector as much as for lookups:
// all forms live in one slab ([]Form), their keys are interned strings
// (substrings of the embedded form table for the default lexicon) shared
// through one []string, the key → bucket table is pointer-free, and every
// bucket is a pre-sorted range of one []*Form. A GC cycle thus scans a few
// large arrays instead of hundreds of thousands of small objects, and
// Lookup returns sub-slices of the index without allocating.
//
// For the default lexicon the whole layout comes from the form table
// (table.go): the buckets, the keys and their hash table are shared with
// the table, and only the slab and the buckets' pointers are filled in.

// index maps the key of a form's first token to the forms that start with it.
type index struct {
	keys    keyTable
	forms   []Form   // the slab, in entry order
	multi   []string // Keys of the forms of more than one token
	ptrs    []*Form  // the buckets' contents, see bucket
	buckets []bucket // by key id; zero for keys that start no form
	maxLen  int
}

// bucket locates the forms of one first key in index.ptrs: ptrs[all:all+nAll]
// are all of them (for a capitalized token), ptrs[low:low+nLow] those that
// match a token in lower case. Both lists are sorted longest first (stable,
// so forms of the same length keep their entry order); mAll and mLow count
// the forms of more than one token at the start of each list.
type bucket struct {
	all, nAll, mAll uint32
	low, nLow, mLow uint32
}

// Lookup returns the forms that match the tokens starting at toks[i],
// longest first. Only forms whose case requirement the text meets are
// returned: names written with a capital must start with a capital letter
// in the text. The result is shared with the lexicon and must not be
// modified; in the common case Lookup does not allocate.
func (l *Lexicon) Lookup(toks []text.Token, i int) []*Form {
	return l.LookupKeys(toks, i, nil)
}

// LookupKeys is Lookup with the first token given by first (used for the
// parts of a hyphenated compound): when first is not nil, it stands for
// toks[i] and only forms of one token are returned.
func (l *Lexicon) LookupKeys(toks []text.Token, i int, first *text.Token) []*Form {
	var t *text.Token
	switch {
	case first != nil:
		t = first
	case i >= 0 && i < len(toks):
		t = &toks[i]
	default:
		return nil
	}
	ix := &l.idx
	id, ok := ix.keys.find(t.Key)
	if !ok || int(id) >= len(ix.buckets) {
		return nil
	}
	b := &ix.buckets[id]
	var list []*Form
	var m uint32
	if t.Flags&(text.Cap|text.Upper) != 0 {
		list, m = ix.ptrs[b.all:b.all+b.nAll:b.all+b.nAll], b.mAll
	} else {
		list, m = ix.ptrs[b.low:b.low+b.nLow:b.low+b.nLow], b.mLow
	}
	if len(list) == 0 {
		return nil
	}
	if m == 0 {
		return list
	}
	singles := list[m:]
	if first != nil {
		return nilIfEmpty(singles)
	}
	matched := uint32(0)
	for _, f := range list[:m] {
		if matchRest(f.Keys, toks, i) {
			matched++
		}
	}
	switch matched {
	case 0:
		return nilIfEmpty(singles)
	case m:
		return list
	}
	out := make([]*Form, 0, uint32(len(singles))+matched)
	for _, f := range list[:m] {
		if matchRest(f.Keys, toks, i) {
			out = append(out, f)
		}
	}
	return append(out, singles...)
}

func nilIfEmpty(fs []*Form) []*Form {
	if len(fs) == 0 {
		return nil
	}
	return fs
}

// matchRest reports whether the keys after the first match the tokens
// after toks[i], within one paragraph.
func matchRest(keys []string, toks []text.Token, i int) bool {
	if i+len(keys) > len(toks) {
		return false
	}
	for j := 1; j < len(keys); j++ {
		t := &toks[i+j]
		if t.Key != keys[j] || t.Flags&text.ParaBefore != 0 {
			return false
		}
	}
	return true
}

// keyTable interns the keys of the index: id → key, and key → id through a
// pointer-free open-addressing hash table.
type keyTable struct {
	strs  []string
	slots []uint64 // hash>>56 <<32 | id+1; 0 is empty
	// fixed, when not empty, holds the slots instead: those of a form
	// table, 4 bytes each (see fixedSlot), read where they are.
	fixed string
	// shared is set while strs (and slots) are those of the embedded form
	// table, shared by every lexicon: add copies them before a change.
	shared bool
}

func newKeyTable(n int) keyTable {
	t := keyTable{strs: make([]string, 0, n)}
	t.slots = make([]uint64, slotsFor(n))
	return t
}

// slotsFor returns a power of two at least twice n (load factor ≤ 1/2).
func slotsFor(n int) int {
	s := 1024
	for s < 2*n {
		s <<= 1
	}
	return s
}

// strHash hashes a key. It is fixed (no random seed), so that a form table
// can hold the slots of its keys; the table holds only keys from the
// lexicon, so inputs chosen to collide cannot make a probe sequence longer.
func strHash(s string) uint64 {
	const m1, m2 = 0xa0761d6478bd642f, 0xe7037ed1a0b428db
	h := uint64(len(s)) ^ m1
	for len(s) > 8 {
		h = mix(h^le64(s), m2)
		s = s[8:]
	}
	// The last 1 to 8 bytes, as two words that may overlap (the length is
	// in h already).
	var w uint64
	switch n := len(s); {
	case n >= 4:
		w = uint64(le32(s, 0))<<32 | uint64(le32(s, n-4))
	case n > 0:
		w = uint64(s[0])<<16 | uint64(s[n/2])<<8 | uint64(s[n-1])
	}
	return mix(mix(h^w, m2), m1)
}

// le64 decodes the first 8 bytes of s, little-endian.
func le64(s string) uint64 {
	s = s[:8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// fixedSlot is a slot of a form table's key hash: the top 8 bits of the
// key's hash, then its id+1 in 24 bits; 0 is empty.
func fixedSlot(h uint64, id uint32) uint32 { return uint32(h>>56)<<24 | (id + 1) }

// maxFixedKeys is the number of keys a form table's hash can hold.
const maxFixedKeys = 1<<24 - 1

func (t *keyTable) find(s string) (uint32, bool) {
	h := strHash(s)
	if t.fixed != "" {
		// The table is read as it is: a probe ends at an empty slot, or
		// after every slot (a damaged table may have none empty).
		tag := uint32(h >> 56)
		mask := uint64(len(t.fixed)/4 - 1)
		i := h & mask
		for range len(t.fixed) / 4 {
			v := le32(t.fixed, int(4*i))
			if v == 0 {
				break
			}
			if v>>24 == tag {
				if id := v&maxFixedKeys - 1; uint64(id) < uint64(len(t.strs)) && t.strs[id] == s {
					return id, true
				}
			}
			i = (i + 1) & mask
		}
		return 0, false
	}
	if len(t.slots) == 0 {
		return 0, false
	}
	tag := h >> 56
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		v := t.slots[i]
		if v == 0 {
			return 0, false
		}
		if v>>32 == tag {
			if id := uint32(v) - 1; t.strs[id] == s {
				return id, true
			}
		}
	}
}

// add returns the id of s, adding it when it is new.
func (t *keyTable) add(s string) uint32 {
	if id, ok := t.find(s); ok {
		return id
	}
	if t.shared {
		t.strs = append(make([]string, 0, len(t.strs)+1024), t.strs...)
		if t.fixed != "" {
			// The same slots, with room for a 32-bit id (unless the
			// table holds a wrong id).
			t.slots = make([]uint64, len(t.fixed)/4)
			for i := range t.slots {
				v := le32(t.fixed, 4*i)
				if int(v&maxFixedKeys) > len(t.strs) {
					t.rehash(len(t.slots))
					break
				}
				t.slots[i] = uint64(v>>24)<<32 | uint64(v&maxFixedKeys)
			}
			t.fixed = ""
		} else {
			t.slots = slices.Clone(t.slots)
		}
		t.shared = false
	}
	id := uint32(len(t.strs))
	t.strs = append(t.strs, s)
	if len(t.strs)*2 > len(t.slots) {
		t.rehash(slotsFor(len(t.strs)))
	} else {
		t.insert(s, id)
	}
	return id
}

func (t *keyTable) insert(s string, id uint32) {
	h := strHash(s)
	mask := uint64(len(t.slots) - 1)
	i := h & mask
	for t.slots[i] != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = h>>56<<32 | uint64(id+1)
}

func (t *keyTable) rehash(n int) {
	t.slots = make([]uint64, n)
	for id, s := range t.strs {
		t.insert(s, uint32(id))
	}
}

// indexBuilder collects the forms of the entries in order.
type indexBuilder struct {
	keys   keyTable
	forms  []Form
	fkeys  []uint32 // key ids of all forms, flat
	fstart []uint32 // forms[i] has keys fkeys[fstart[i]:fstart[i+1]]
}

func (b *indexBuilder) addRaw(e *Entry, fs []rawForm) {
	for _, f := range fs {
		for _, k := range f.keys {
			b.fkeys = append(b.fkeys, b.keys.add(k))
		}
		b.forms = append(b.forms, Form{Entry: e, Name: f.name, Kind: f.kind, Lower: f.lower, Case: f.c})
		b.fstart = append(b.fstart, uint32(len(b.fkeys)))
	}
}

// buildIndex indexes the forms of entries: when they are the entries of
// table, the index is the one it lays out (prep, when not nil, returns it
// prepared ahead, or nil); otherwise the forms recorded in table for
// unchanged entries are read from it, the others are generated by the
// morphology (in parallel).
func buildIndex(entries []*Entry, table *formTable, prep func() *prepared) index {
	var b indexBuilder
	var recs []int32 // the entry's record in table, or -1
	var missing []int
	if table != nil {
		var all bool
		recs, all = table.match(entries)
		var p *prepared
		if prep != nil {
			p = prep()
		}
		if all {
			if p == nil || !slices.Equal(p.entries, entries) {
				p = table.prepare(entries)
			}
			if p != nil && slices.Equal(p.entries, entries) {
				return p.ix
			}
		}
		b.keys = table.keyTable()
		n := int(table.start[len(table.start)-1])
		b.forms = make([]Form, 0, n)
		b.fkeys = make([]uint32, 0, n+n/2)
		b.fstart = make([]uint32, 1, n+1)
		for i, r := range recs {
			if r < 0 {
				missing = append(missing, i)
			}
		}
	} else {
		b.keys = newKeyTable(len(entries) * 8)
		b.fstart = make([]uint32, 1, len(entries)*8)
		for i := range entries {
			missing = append(missing, i)
		}
	}
	generated := generateForms(entries, missing)
	g := 0
	for i, e := range entries {
		if recs != nil && recs[i] >= 0 && table.appendForms(&b, e, recs[i]) {
			continue
		}
		for g < len(missing) && missing[g] < i {
			g++
		}
		if g < len(missing) && missing[g] == i {
			b.addRaw(e, generated[g])
		} else {
			// The record was found but is unreadable (cannot happen with
			// a tested table): generate after all.
			b.addRaw(e, entryForms(e))
		}
	}
	return b.finish()
}

// parallel calls fn on the parts of [0, n), one per CPU but none smaller
// than minPart, at once, and returns when all are done.
func parallel(n, minPart int, fn func(lo, hi int)) {
	parts := min(runtime.GOMAXPROCS(0), n/max(minPart, 1))
	if parts < 2 {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	for k := 1; k < parts; k++ {
		lo, hi := n*k/parts, n*(k+1)/parts
		wg.Go(func() { fn(lo, hi) })
	}
	fn(0, n/parts)
	wg.Wait()
}

// generateForms returns the forms of entries[missing[k]] for every k,
// computed in parallel when there are many.
func generateForms(entries []*Entry, missing []int) [][]rawForm {
	out := make([][]rawForm, len(missing))
	workers := runtime.GOMAXPROCS(0)
	if len(missing) < 256 || workers < 2 {
		for k, i := range missing {
			out[k] = entryForms(entries[i])
		}
		return out
	}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for k := w; k < len(missing); k += workers {
				out[k] = entryForms(entries[missing[k]])
			}
		}(w)
	}
	wg.Wait()
	return out
}

// finish sets the forms' Keys and sorts them into buckets.
func (b *indexBuilder) finish() index {
	ix := index{keys: b.keys, forms: b.forms}
	strs := ix.keys.strs
	nMulti := 0
	for i := range ix.forms {
		if n := int(b.fstart[i+1] - b.fstart[i]); n > 1 {
			nMulti += n
		}
	}
	ix.multi = make([]string, 0, nMulti)
	nb := make([]bucket, len(strs))
	nLower := 0
	for i := range ix.forms {
		f := &ix.forms[i]
		ids := b.fkeys[b.fstart[i]:b.fstart[i+1]]
		if len(ids) == 1 {
			f.Keys = strs[ids[0] : ids[0]+1 : ids[0]+1]
		} else {
			start := len(ix.multi)
			for _, id := range ids {
				ix.multi = append(ix.multi, strs[id])
			}
			f.Keys = ix.multi[start:len(ix.multi):len(ix.multi)]
		}
		if len(ids) > ix.maxLen {
			ix.maxLen = len(ids)
		}
		nb[ids[0]].nAll++
		if f.Lower {
			nb[ids[0]].nLow++
			nLower++
		}
	}
	// Offsets: every bucket's "all" list followed by its "low" list.
	off := uint32(0)
	for i := range nb {
		nb[i].all = off
		off += nb[i].nAll
		nb[i].low = off
		off += nb[i].nLow
		nb[i].nAll, nb[i].nLow = 0, 0 // refilled below
	}
	ix.ptrs = make([]*Form, off)
	for i := range ix.forms {
		f := &ix.forms[i]
		bk := &nb[b.fkeys[b.fstart[i]]]
		ix.ptrs[bk.all+bk.nAll] = f
		bk.nAll++
		if f.Lower {
			ix.ptrs[bk.low+bk.nLow] = f
			bk.nLow++
		}
	}
	for i := range nb {
		bk := &nb[i]
		if bk.nAll > 1 {
			bk.mAll = sortLongestFirst(ix.ptrs[bk.all : bk.all+bk.nAll])
		} else if bk.nAll == 1 && len(ix.ptrs[bk.all].Keys) > 1 {
			bk.mAll = 1
		}
		if bk.nLow > 1 {
			bk.mLow = sortLongestFirst(ix.ptrs[bk.low : bk.low+bk.nLow])
		} else if bk.nLow == 1 && len(ix.ptrs[bk.low].Keys) > 1 {
			bk.mLow = 1
		}
	}
	ix.buckets = nb
	return ix
}

// sortLongestFirst sorts fs by the number of keys, longest first, keeping
// the order of forms of the same length, and returns how many forms have
// more than one key. Buckets are short: an insertion sort does, except
// for the few long ones.
func sortLongestFirst(fs []*Form) uint32 {
	sorted := true
	m := uint32(0)
	for i, f := range fs {
		if len(f.Keys) > 1 {
			m++
		}
		if i > 0 && len(fs[i-1].Keys) < len(f.Keys) {
			sorted = false
		}
	}
	if sorted {
		return m
	}
	if len(fs) > 32 {
		slices.SortStableFunc(fs, func(a, b *Form) int { return len(b.Keys) - len(a.Keys) })
		return m
	}
	for i := 1; i < len(fs); i++ {
		f := fs[i]
		j := i
		for j > 0 && len(fs[j-1].Keys) < len(f.Keys) {
			fs[j] = fs[j-1]
			j--
		}
		fs[j] = f
	}
	return m
}
