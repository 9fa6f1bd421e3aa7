package lexicon

import (
	_ "embed" // forms.bin
	"encoding/binary"
	"sync"
	"sync/atomic"

	"github.com/factum-nlp/factum/internal/morph"
)

//go:generate go run ./gen -forms

// formsBin is the precomputed form table of the embedded data files,
// written by FormTable (go generate runs gen -forms). Loading the default
// lexicon reads the forms from it instead of running the morphology; a test
// checks that it is up to date.
//
//go:embed forms.bin
var formsBin string

// tableMagic starts a form table; the digit is the format version.
const tableMagic = "factum-forms 2\n"

// A form table holds the index of a lexicon: its forms and also the layout
// of its buckets, so that the index of the very entries it was made from is
// read rather than built. After tableMagic it is, in unsigned varints
// unless a size is given (fixed-size numbers are little-endian):
//
//	nKeys nEntries nForms nMulti nPtrs maxLen nSlots
//	nKeys × key length, then the keys' bytes (distinct, in order of first use)
//	nEntries × (len(ID) ID, signature (8 bytes, see entrySig), number of
//	  names, number of forms): the entries in the order of Lexicon.Entries
//	nForms × formSize bytes: the forms in entry order, each
//	  key (4 bytes: the key id of a form of one token, else the offset of
//	  its key ids in the multi section), Name+1 (4 bytes), number of keys
//	  (1 byte), flags (1 byte: Kind | Lower<<2 | Case<<3)
//	nMulti × 4 bytes: the key ids of the forms of more than one token
//	nKeys × (nAll nLow mAll mLow): the buckets by key id (see bucket; the
//	  offsets follow from the counts)
//	nPtrs × 4 bytes: the forms of the buckets in order (see index.ptrs)
//	nSlots × 4 bytes: the hash table of the keys (see fixedSlot), or
//	  none (nSlots 0) when there are too many keys for it
//
// A form's record is used only for an entry with the same ID and
// signature, so a user file that changes a default entry gets that entry's
// forms generated; the bucket layout only when every entry is that of the
// table, in order (the default lexicon).
type formTable struct {
	data     string
	keys     []string // key id → key, substrings of data
	ids      []string // entry → ID
	sigs     []uint64 // entry → signature
	nNames   []uint32 // entry → number of names
	start    []uint32 // the forms of entry i are start[i]:start[i+1]
	multi    []string // the keys of the multi section
	buckets  []bucket // by key id
	forms    int      // offset of the forms section
	multiOff int      // offset of the multi section
	order    int      // offset of the bucket contents
	nPtrs    int
	maxLen   int
	slots    string // the key hash table, see keyTable.fixed

	idsOnce sync.Once
	byID    map[string]int // ID → entry, built on first need

	ktOnce sync.Once
	kt     keyTable // the keys, hashed; shared by the lexicons
}

// formSize is the size of a form in the forms section.
const formSize = 10

// keyTable returns the table's keys as a shared keyTable (see
// keyTable.shared): lexicons built from the default data share it.
func (t *formTable) keyTable() keyTable {
	t.ktOnce.Do(func() {
		kt := keyTable{strs: t.keys, fixed: t.slots, shared: true}
		if kt.fixed == "" {
			kt.rehash(slotsFor(len(t.keys)))
		}
		t.kt = kt
	})
	return t.kt
}

var (
	defaultTableOnce sync.Once
	defaultTab       *formTable
)

// defaultTable returns the decoded embedded form table, or nil when it
// cannot be read (every form is then generated).
func defaultTable() *formTable {
	defaultTableOnce.Do(func() {
		defaultTab = readTable(formsBin)
	})
	return defaultTab
}

// tableReader reads the numbers of a form table; after an error every read
// returns 0 and ok is false.
type tableReader struct {
	data string
	p    int
	ok   bool
}

// uvarint reads an unsigned varint no larger than max.
func (r *tableReader) uvarint(max uint64) uint64 {
	if !r.ok {
		return 0
	}
	var x uint64
	for shift := uint(0); shift < 64; shift += 7 {
		if r.p >= len(r.data) {
			break
		}
		c := r.data[r.p]
		r.p++
		x |= uint64(c&0x7f) << shift
		if c < 0x80 {
			if x > max {
				break
			}
			return x
		}
	}
	r.ok = false
	return 0
}

// bytes reads n bytes.
func (r *tableReader) bytes(n int) string {
	if !r.ok || n < 0 || n > len(r.data)-r.p {
		r.ok = false
		return ""
	}
	s := r.data[r.p : r.p+n]
	r.p += n
	return s
}

// readTable decodes a form table and checks that every number in it is in
// range, or returns nil.
func readTable(data string) *formTable {
	if len(data) < len(tableMagic) || data[:len(tableMagic)] != tableMagic {
		return nil
	}
	r := tableReader{data: data, p: len(tableMagic), ok: true}
	size := uint64(len(data))
	nKeys := int(r.uvarint(size))
	nEntries := int(r.uvarint(size))
	nForms := int(r.uvarint(size / formSize))
	nMulti := int(r.uvarint(size / 4))
	nPtrs := int(r.uvarint(size / 4))
	maxLen := int(r.uvarint(255))
	nSlots := int(r.uvarint(size / 4))
	if nSlots&(nSlots-1) != 0 || (nSlots > 0 && (nKeys > maxFixedKeys || nSlots <= nKeys)) {
		return nil
	}
	t := &formTable{data: data, nPtrs: nPtrs, maxLen: maxLen}
	// Keys: the lengths are read twice, to find where the bytes start.
	lens := r
	for range nKeys {
		r.uvarint(size)
	}
	t.keys = make([]string, nKeys)
	for i := range t.keys {
		t.keys[i] = r.bytes(int(lens.uvarint(size)))
	}
	// Entries.
	t.ids = make([]string, nEntries)
	t.sigs = make([]uint64, nEntries)
	t.nNames = make([]uint32, nEntries)
	t.start = make([]uint32, nEntries+1)
	total := 0
	for i := range t.ids {
		t.ids[i] = r.bytes(int(r.uvarint(size)))
		if sig := r.bytes(8); r.ok {
			t.sigs[i] = uint64(le32(sig, 0)) | uint64(le32(sig, 4))<<32
		}
		t.nNames[i] = uint32(r.uvarint(size))
		total += int(r.uvarint(size))
		if total > nForms {
			return nil
		}
		t.start[i+1] = uint32(total)
	}
	if !r.ok || total != nForms {
		return nil
	}
	// Forms: keys and multi offsets in range.
	t.forms = r.p
	forms := r.bytes(nForms * formSize)
	t.multiOff = r.p
	multi := r.bytes(nMulti * 4)
	if !r.ok {
		return nil
	}
	for i := range t.ids {
		for f := int(t.start[i]); f < int(t.start[i+1]); f++ {
			p := f * formSize
			key, name, n, flags := le32(forms, p), le32(forms, p+4), int(forms[p+8]), forms[p+9]
			if n == 0 || Kind(flags&3) > KindAdjective || name > t.nNames[i] ||
				(n == 1 && uint64(key) >= uint64(nKeys)) || (n > 1 && uint64(key)+uint64(n) > uint64(nMulti)) {
				return nil
			}
		}
	}
	t.multi = make([]string, nMulti)
	for i := range t.multi {
		id := le32(multi, 4*i)
		if uint64(id) >= uint64(nKeys) {
			return nil
		}
		t.multi[i] = t.keys[id]
	}
	// Buckets: counts that add up to the bucket contents.
	t.buckets = make([]bucket, nKeys)
	off := uint64(0)
	for i := range t.buckets {
		b := &t.buckets[i]
		nAll, nLow := r.uvarint(uint64(nPtrs)), r.uvarint(uint64(nPtrs))
		mAll, mLow := r.uvarint(nAll), r.uvarint(nLow)
		if off+nAll+nLow > uint64(nPtrs) {
			return nil
		}
		*b = bucket{all: uint32(off), nAll: uint32(nAll), mAll: uint32(mAll)}
		off += nAll
		b.low, b.nLow, b.mLow = uint32(off), uint32(nLow), uint32(mLow)
		off += nLow
	}
	t.order = r.p
	order := r.bytes(nPtrs * 4)
	t.slots = r.bytes(nSlots * 4)
	if !r.ok || off != uint64(nPtrs) || r.p != len(data) {
		return nil
	}
	for i := 0; i < len(order); i += 4 {
		if uint64(le32(order, i)) >= uint64(nForms) {
			return nil
		}
	}
	return t
}

// le32 decodes the 4 bytes of s at off, little-endian.
func le32(s string, off int) uint32 {
	s = s[off : off+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// match returns, for each entry, the number of its record in the table (the
// ID, the signature and the number of names match), or -1. all reports
// whether the entries are exactly those of the table, in order, so that the
// table's layout of the index holds for them.
func (t *formTable) match(entries []*Entry) (recs []int32, all bool) {
	recs = make([]int32, len(entries))
	var bad atomic.Bool
	parallel(len(entries), 4096, func(lo, hi int) {
		inOrder := true
		next := lo // entries come in table order when the default lexicon is loaded
		for i := lo; i < hi; i++ {
			e := entries[i]
			r := next
			if r >= len(t.ids) || t.ids[r] != e.ID {
				t.idsOnce.Do(t.indexIDs)
				var ok bool
				if r, ok = t.byID[e.ID]; !ok {
					recs[i], inOrder = -1, false
					continue
				}
			}
			next = r + 1
			if t.sigs[r] != entrySig(e) || int(t.nNames[r]) != len(e.Names) {
				recs[i], inOrder = -1, false
				continue
			}
			recs[i] = int32(r)
			inOrder = inOrder && r == i
		}
		if !inOrder {
			bad.Store(true)
		}
	})
	return recs, len(entries) == len(t.ids) && !bad.Load()
}

// indexIDs maps every record's ID to its number.
func (t *formTable) indexIDs() {
	t.byID = make(map[string]int, len(t.ids))
	for i, id := range t.ids {
		t.byID[id] = i
	}
}

// form sets *dst to form f of the table as a form of e (readTable checked
// that it is in range; match that e has the names of the record). The
// fields are set one by one: dst is new memory, and copying a whole Form
// in costs more while the garbage collector runs.
func (t *formTable) form(dst *Form, f uint32, e *Entry) {
	p := t.forms + int(f)*formSize
	key, n, flags := le32(t.data, p), uint32(t.data[p+8]), t.data[p+9]
	dst.Entry = e
	dst.Name = int(le32(t.data, p+4)) - 1
	if n == 1 {
		dst.Keys = t.keys[key : key+1 : key+1]
	} else {
		dst.Keys = t.multi[key : key+n : key+n]
	}
	dst.Kind, dst.Lower, dst.Case = Kind(flags&3), flags&4 != 0, morph.Case(flags>>3)
}

// prepared is the index of a table built for the entries it was made from.
type prepared struct {
	ix      index
	entries []*Entry // the entry of each record
}

// prepare builds the index the table lays out, for the records' entries
// found in cands by ID (in table order), without reading anything else of
// them, so that it can run while their names are being completed; it
// returns nil when cands lack a record's ID. The index holds only if
// match finds the final entries to be p.entries.
func (t *formTable) prepare(cands []*Entry) *prepared {
	ents := make([]*Entry, len(t.ids))
	j := 0
	for r, id := range t.ids {
		for j < len(cands) && cands[j].ID != id {
			j++
		}
		if j == len(cands) {
			return nil
		}
		ents[r] = cands[j]
		j++
	}
	forms := make([]Form, t.start[len(ents)])
	for r, e := range ents {
		for f := t.start[r]; f < t.start[r+1]; f++ {
			t.form(&forms[f], f, e)
		}
	}
	ptrs := make([]*Form, t.nPtrs)
	order := t.data[t.order : t.order+4*t.nPtrs]
	for i := range ptrs {
		ptrs[i] = &forms[le32(order, 4*i)]
	}
	ix := index{keys: t.keyTable(), forms: forms, multi: t.multi, ptrs: ptrs, buckets: t.buckets, maxLen: t.maxLen}
	return &prepared{ix: ix, entries: ents}
}

// appendForms adds the forms of record r to b, as forms of e; b.keys must
// start as the table's keys. It reports false (and adds nothing) when e
// does not have the names of the record.
func (t *formTable) appendForms(b *indexBuilder, e *Entry, r int32) bool {
	if int(t.nNames[r]) != len(e.Names) {
		return false
	}
	for f := t.start[r]; f < t.start[r+1]; f++ {
		var form Form
		t.form(&form, f, e)
		form.Keys = nil // set by finish
		// b.keys starts as the table's keys: their ids are the table's.
		p := t.forms + int(f)*formSize
		if key, n := le32(t.data, p), int(t.data[p+8]); n == 1 {
			b.fkeys = append(b.fkeys, key)
		} else {
			for k := range n {
				b.fkeys = append(b.fkeys, le32(t.data, t.multiOff+4*(int(key)+k)))
			}
		}
		b.forms = append(b.forms, form)
		b.fstart = append(b.fstart, uint32(len(b.fkeys)))
	}
	return true
}

// entrySig is a 64-bit hash of everything of an entry its forms depend on:
// type, names with their flags, gender and adjectives.
func entrySig(e *Entry) uint64 {
	const m = 0x9e3779b97f4a7c15
	h := mix(strHash(e.Type)^uint64(len(e.Names)), m)
	for _, n := range e.Names {
		h = mix(h^strHash(n.Lang), m)
		h = mix(h^strHash(n.Text), m)
		h = mix(h^(uint64(n.Gender)<<8|uint64(boolByte(n.Indecl))), m)
	}
	if len(e.Attrs) > 0 {
		for _, k := range [...]string{"gender", "adj-uk", "adj-ru", "adj-en"} {
			h = mix(h^strHash(e.Attrs[k]), m)
		}
	}
	return h
}

func boolByte(b bool) byte {
	if b {
		return 1
	}
	return 0
}

// FormTable returns the form table of the lexicon built from entries,
// with every form generated by the morphology. The embedded table
// (forms.bin) is FormTable of the embedded data files; go generate writes
// it (gen -forms) and a test checks that it is current. Only a tool that
// rebuilds the embedded data needs this function. A lexicon whose forms do
// not fit the format (a name of more than 255 tokens) gets a table that
// holds nothing, so that its forms are generated.
func FormTable(entries []*Entry) []byte {
	l := newLexicon(entries, nil)
	ix := &l.idx
	forms := ix.forms
	// Key ids in order of first use: the forms of an entry, read in
	// order, then fill nearby buckets (see indexBuilder.finish).
	keySet := make(map[string]uint32, len(ix.keys.strs))
	var keys []string
	nMulti := 0
	for i := range forms {
		f := &forms[i]
		if len(f.Keys) > 255 || f.Case > 31 {
			return []byte(tableMagic)
		}
		for _, k := range f.Keys {
			if _, ok := keySet[k]; !ok {
				keySet[k] = uint32(len(keys))
				keys = append(keys, k)
			}
		}
		if len(f.Keys) > 1 {
			nMulti += len(f.Keys)
		}
	}
	nSlots := 0
	if len(keys) <= maxFixedKeys {
		nSlots = slotsFor(len(keys))
	}
	out := []byte(tableMagic)
	for _, n := range []int{len(keys), len(l.entries), len(forms), nMulti, len(ix.ptrs), ix.maxLen, nSlots} {
		out = binary.AppendUvarint(out, uint64(n))
	}
	for _, k := range keys {
		out = binary.AppendUvarint(out, uint64(len(k)))
	}
	for _, k := range keys {
		out = append(out, k...)
	}
	fi := 0
	for _, e := range l.entries {
		start := fi
		for fi < len(forms) && forms[fi].Entry == e {
			fi++
		}
		out = binary.AppendUvarint(out, uint64(len(e.ID)))
		out = append(out, e.ID...)
		out = binary.LittleEndian.AppendUint64(out, entrySig(e))
		out = binary.AppendUvarint(out, uint64(len(e.Names)))
		out = binary.AppendUvarint(out, uint64(fi-start))
	}
	var multi []byte
	for i := range forms {
		f := &forms[i]
		key := keySet[f.Keys[0]]
		if len(f.Keys) > 1 {
			key = uint32(len(multi) / 4)
			for _, k := range f.Keys {
				multi = binary.LittleEndian.AppendUint32(multi, keySet[k])
			}
		}
		flags := byte(f.Kind) | byte(f.Case)<<3
		if f.Lower {
			flags |= 4
		}
		out = binary.LittleEndian.AppendUint32(out, key)
		out = binary.LittleEndian.AppendUint32(out, uint32(f.Name+1))
		out = append(out, byte(len(f.Keys)), flags)
	}
	out = append(out, multi...)
	// The buckets in the order of the table's key ids, and their contents
	// as form numbers.
	num := make(map[*Form]uint32, len(forms))
	for i := range forms {
		num[&forms[i]] = uint32(i)
	}
	var order []byte
	for _, k := range keys {
		id, _ := ix.keys.find(k)
		b := ix.buckets[id]
		for _, n := range []uint32{b.nAll, b.nLow, b.mAll, b.mLow} {
			out = binary.AppendUvarint(out, uint64(n))
		}
		for _, f := range ix.ptrs[b.all : b.all+b.nAll] {
			order = binary.LittleEndian.AppendUint32(order, num[f])
		}
		for _, f := range ix.ptrs[b.low : b.low+b.nLow] {
			order = binary.LittleEndian.AppendUint32(order, num[f])
		}
	}
	out = append(out, order...)
	slots := make([]uint32, nSlots)
	for id, k := range keys {
		h := strHash(k)
		mask := uint64(nSlots - 1)
		i := h & mask
		for slots[i] != 0 {
			i = (i + 1) & mask
		}
		slots[i] = fixedSlot(h, uint32(id))
	}
	for _, v := range slots {
		out = binary.LittleEndian.AppendUint32(out, v)
	}
	return out
}
