package lexicon

import (
	_ "embed" // forms.bin
	"encoding/binary"
	"hash/maphash"
	"sync"

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
const tableMagic = "factum-forms 1\n"

// A form table is, after tableMagic, in unsigned varints unless said:
//
//	nKeys nForms nFormKeys
//	nKeys × key length, then the keys' bytes (distinct, in order of first use)
//	per entry, in the order of Lexicon.Entries:
//	  len(ID) ID, signature (8 bytes little-endian, see entrySig),
//	  len(body), body: nForms × (Name as a signed varint,
//	  flags byte = Kind | Lower<<2 | Case<<3, nKeys, nKeys × key id)
//
// Records are used only for an entry with the same ID and signature, so a
// user file that changes a default entry gets that entry's forms generated.
type formTable struct {
	data              string
	keys              []string // key id → key, substrings of data
	entries           int      // offset of the first entry record
	nForms, nFormKeys int

	idsOnce sync.Once
	byID    map[string]int // ID → record offset, built on first need

	ktOnce sync.Once
	kt     keyTable // the keys, hashed; shared by the lexicons
}

// keyTable returns the table's keys as a shared keyTable (see
// keyTable.shared): lexicons built from the default data share it.
func (t *formTable) keyTable() keyTable {
	t.ktOnce.Do(func() {
		kt := keyTable{strs: t.keys, seed: maphash.MakeSeed()}
		kt.slots = make([]uint64, slotsFor(len(t.keys)))
		for id, k := range t.keys {
			kt.insert(k, uint32(id))
		}
		kt.shared = true
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

// readTable decodes the header and keys of a form table, or returns nil.
func readTable(data string) *formTable {
	if len(data) < len(tableMagic) || data[:len(tableMagic)] != tableMagic {
		return nil
	}
	p := len(tableMagic)
	var nKeys, nForms, nFormKeys uint64
	nKeys, p = uvarint(data, p)
	nForms, p = uvarint(data, p)
	nFormKeys, p = uvarint(data, p)
	if p < 0 || nKeys > uint64(len(data)) || nForms > uint64(len(data)) || nFormKeys > uint64(len(data)) {
		return nil
	}
	t := &formTable{data: data, nForms: int(nForms), nFormKeys: int(nFormKeys)}
	lens := make([]int, nKeys)
	for i := range lens {
		var n uint64
		n, p = uvarint(data, p)
		if p < 0 || n > uint64(len(data)) {
			return nil
		}
		lens[i] = int(n)
	}
	t.keys = make([]string, nKeys)
	for i, n := range lens {
		if p+n > len(data) {
			return nil
		}
		t.keys[i] = data[p : p+n]
		p += n
	}
	t.entries = p
	return t
}

// uvarint reads an unsigned varint of s at p; the new position is -1 on
// error (and stays -1 for every later read).
func uvarint(s string, p int) (uint64, int) {
	if p < 0 {
		return 0, -1
	}
	var x uint64
	for shift := uint(0); shift < 64; shift += 7 {
		if p >= len(s) {
			return 0, -1
		}
		c := s[p]
		p++
		x |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return x, p
		}
	}
	return 0, -1
}

// readID reads the ID of the record at off and returns the position after it.
func (t *formTable) readID(off int) (string, int) {
	n, p := uvarint(t.data, off)
	if p < 0 || n > uint64(len(t.data)-p) {
		return "", -1
	}
	return t.data[p : p+int(n)], p + int(n)
}

// record returns the offset of the forms of e's record, or -1 when the
// table has no record for e or one for a different version of e. cur is
// where the next record is expected (entries come in table order when the
// default lexicon is loaded); it is advanced past the record found.
func (t *formTable) record(e *Entry, cur *int) int {
	id, p := t.readID(*cur)
	if p < 0 || id != e.ID {
		t.idsOnce.Do(t.indexIDs)
		off, ok := t.byID[e.ID]
		if !ok {
			return -1
		}
		if _, p = t.readID(off); p < 0 {
			return -1
		}
	}
	if p+8 > len(t.data) {
		return -1
	}
	sig := le64(t.data[p : p+8])
	n, body := uvarint(t.data, p+8)
	if body < 0 || n > uint64(len(t.data)-body) {
		return -1
	}
	*cur = body + int(n)
	if sig != entrySig(e) {
		return -1
	}
	return body
}

// indexIDs maps every record's ID to its offset.
func (t *formTable) indexIDs() {
	t.byID = make(map[string]int)
	for off := t.entries; off < len(t.data); {
		id, p := t.readID(off)
		if p < 0 || p+8 > len(t.data) {
			return
		}
		n, body := uvarint(t.data, p+8)
		if body < 0 || n > uint64(len(t.data)-body) {
			return
		}
		t.byID[id] = off
		off = body + int(n)
	}
}

// appendForms adds the forms of the record body at off to b, as forms of
// e. It reports false (and leaves b as it was) when the record is broken.
func (t *formTable) appendForms(b *indexBuilder, e *Entry, off int) bool {
	nf, nk, nst := len(b.forms), len(b.fkeys), len(b.fstart)
	fail := func() bool {
		b.forms, b.fkeys, b.fstart = b.forms[:nf], b.fkeys[:nk], b.fstart[:nst]
		return false
	}
	n, p := uvarint(t.data, off)
	if p < 0 || n > uint64(len(t.data)) {
		return false
	}
	for range n {
		var zz, flags, keys uint64
		zz, p = uvarint(t.data, p)
		if p < 0 || p >= len(t.data) {
			return fail()
		}
		flags = uint64(t.data[p])
		p++
		keys, p = uvarint(t.data, p)
		if p < 0 || keys == 0 || keys > uint64(len(t.data)) {
			return fail()
		}
		for range keys {
			var id uint64
			id, p = uvarint(t.data, p)
			if p < 0 || id >= uint64(len(t.keys)) {
				return fail()
			}
			b.fkeys = append(b.fkeys, uint32(id))
		}
		name := int(zz >> 1)
		if zz&1 != 0 {
			name = ^name
		}
		if name < -1 || name >= len(e.Names) || Kind(flags&3) > KindAdjective {
			return fail()
		}
		b.forms = append(b.forms, Form{
			Entry: e, Name: name, Kind: Kind(flags & 3),
			Lower: flags&4 != 0, Case: morph.Case(flags >> 3),
		})
		b.fstart = append(b.fstart, uint32(len(b.fkeys)))
	}
	return true
}

// entrySig is a 64-bit FNV-1a hash of everything of an entry its forms
// depend on: type, names with their flags, gender and adjectives.
func entrySig(e *Entry) uint64 {
	h := uint64(14695981039346656037)
	byt := func(c byte) {
		h ^= uint64(c)
		h *= 1099511628211
	}
	str := func(s string) {
		for i := 0; i < len(s); i++ {
			byt(s[i])
		}
		byt(0xff)
	}
	str(e.Type)
	for _, n := range e.Names {
		str(n.Lang)
		str(n.Text)
		byt(n.Gender)
		byt(boolByte(n.Indecl))
	}
	str(e.Attrs["gender"])
	str(e.Attrs["adj-uk"])
	str(e.Attrs["adj-ru"])
	str(e.Attrs["adj-en"])
	return h
}

// le64 decodes 8 bytes little-endian.
func le64(s string) uint64 {
	var x uint64
	for i := 7; i >= 0; i-- {
		x = x<<8 | uint64(s[i])
	}
	return x
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
// rebuilds the embedded data needs this function.
func FormTable(entries []*Entry) []byte {
	l := newLexicon(entries, nil)
	forms := l.idx.forms
	// Key ids in order of first use: the forms of an entry, read in
	// order, then fill nearby buckets (see indexBuilder.finish).
	keySet := make(map[string]uint32, len(l.idx.keys.strs))
	var keys []string
	nFormKeys := 0
	for i := range forms {
		for _, k := range forms[i].Keys {
			if _, ok := keySet[k]; !ok {
				keySet[k] = uint32(len(keys))
				keys = append(keys, k)
			}
		}
		nFormKeys += len(forms[i].Keys)
	}
	out := []byte(tableMagic)
	out = binary.AppendUvarint(out, uint64(len(keys)))
	out = binary.AppendUvarint(out, uint64(len(forms)))
	out = binary.AppendUvarint(out, uint64(nFormKeys))
	for _, k := range keys {
		out = binary.AppendUvarint(out, uint64(len(k)))
	}
	for _, k := range keys {
		out = append(out, k...)
	}
	var body []byte
	fi := 0
	for _, e := range l.entries {
		body = body[:0]
		start := fi
		for fi < len(forms) && forms[fi].Entry == e {
			fi++
		}
		body = binary.AppendUvarint(body, uint64(fi-start))
		for _, f := range forms[start:fi] {
			body = binary.AppendVarint(body, int64(f.Name))
			lower := byte(0)
			if f.Lower {
				lower = 4
			}
			body = append(body, byte(f.Kind)|lower|byte(f.Case)<<3)
			body = binary.AppendUvarint(body, uint64(len(f.Keys)))
			for _, k := range f.Keys {
				body = binary.AppendUvarint(body, uint64(keySet[k]))
			}
		}
		out = binary.AppendUvarint(out, uint64(len(e.ID)))
		out = append(out, e.ID...)
		out = binary.LittleEndian.AppendUint64(out, entrySig(e))
		out = binary.AppendUvarint(out, uint64(len(body)))
		out = append(out, body...)
	}
	return out
}
