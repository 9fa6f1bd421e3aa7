package extract

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// keyFilter is a one-hash Bloom filter over a set of token keys: mayHave
// is false for every key outside the set except a few, and true for every
// key in it. The recognizers that test every token against several word
// sets ask it first and skip most tokens after one cheap test instead of
// several map lookups.
type keyFilter struct {
	bits  [1 << 10]uint64
	empty bool // "" is in the set
}

func filterHash(s string) uint32 {
	n := len(s)
	h := uint32(n)*0x9E3779B1 ^ uint32(s[0])<<8 ^ uint32(s[n-1]) ^ uint32(s[n/2])<<4
	if n > 1 {
		h ^= uint32(s[1]) << 12
	}
	return (h ^ h>>16) & (1<<16 - 1)
}

func (f *keyFilter) add(s string) {
	if s == "" {
		f.empty = true
		return
	}
	h := filterHash(s)
	f.bits[h>>6] |= 1 << (h & 63)
}

func (f *keyFilter) mayHave(s string) bool {
	if s == "" {
		return f.empty
	}
	h := filterHash(s)
	return f.bits[h>>6]&(1<<(h&63)) != 0
}

// prefixFilter answers hasPrefixAny(s, list) quickly: the prefixes are
// grouped by their first four bytes, which few keys share with any.
type prefixFilter struct {
	seen    [1 << 16 / 64]uint64 // hashes of the first four bytes of the prefixes
	buckets map[uint32][]string  // first four bytes → the prefixes
	list    []string
	short   bool // some prefix is shorter than four bytes: ask list
}

func head4(s string) uint32 {
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func hash16(h uint32) uint32 {
	h *= 0x9E3779B1
	return h >> 16
}

func newPrefixFilter(list []string) *prefixFilter {
	f := &prefixFilter{list: list, buckets: map[uint32][]string{}}
	for _, p := range list {
		if len(p) < 4 {
			f.short = true
			continue
		}
		k := head4(p)
		h := hash16(k)
		f.seen[h>>6] |= 1 << (h & 63)
		f.buckets[k] = append(f.buckets[k], p)
	}
	return f
}

// has is hasPrefixAny(s, f.list).
func (f *prefixFilter) has(s string) bool {
	if f.short {
		return hasPrefixAny(s, f.list)
	}
	if len(s) < 4 {
		return false
	}
	k := head4(s)
	h := hash16(k)
	if f.seen[h>>6]&(1<<(h&63)) == 0 {
		return false
	}
	return hasPrefixAny(s, f.buckets[k])
}

// eventHeadPrefixes is a prefixFilter of eventHeads.
var eventHeadPrefixes = sync.OnceValue(func() *prefixFilter { return newPrefixFilter(eventHeads) })

// quoteHeadKeys holds the keys findQuotedNames looks for besides the
// event heads: legal forms, company and organization nouns.
var quoteHeadKeys = sync.OnceValue(func() *keyFilter {
	f := &keyFilter{}
	addKeys(f, legalForms)
	addKeys(f, companyHeads)
	addKeys(f, orgHeads)
	addKeys(f, quotedNameHeads)
	return f
})

// refKeys holds the keys findRefs looks for besides the event heads.
var refKeys = sync.OnceValue(func() *keyFilter {
	f := &keyFilter{}
	addKeys(f, pronouns)
	addKeys(f, eventRefWords)
	addKeys(f, afterTheEventRefs)
	addKeys(f, ukEventRefs)
	addKeys(f, pairWords)
	addKeys(f, pluralCityWords)
	addKeys(f, sidesWords)
	addKeys(f, cityRefs)
	return f
})

// addKeys adds the keys of a word set to f.
func addKeys[V any](f *keyFilter, m map[string]V) {
	for k := range m {
		f.add(k)
	}
}

// mayBePlaceAdjective is false only for words that placeAdjective surely
// rejects: words in ASCII and Cyrillic letters (whose lower case has the
// same length, so that the stems it cuts are the ones it lowers) with no
// к or К among their last four letters, where a stem in -ськ, -цк, ...
// before an ending of one to three letters would end.
func mayBePlaceAdjective(w string) bool {
	// Bytes, not runes: U+0400..U+04FF are the two-byte sequences with a
	// lead byte D0..D3.
	for i := 0; i < len(w); {
		switch c := w[i]; {
		case c < utf8.RuneSelf:
			i++
		case c >= 0xD0 && c <= 0xD3 && i+1 < len(w) && w[i+1]&0xC0 == 0x80:
			i += 2
		default:
			return true // outside the fast case (or invalid UTF-8)
		}
	}
	for n, i := 0, len(w); n < 4 && i > 0; n++ {
		if w[i-1] < utf8.RuneSelf {
			i--
			continue
		}
		if w[i-2] == 0xD0 && (w[i-1] == 0xBA || w[i-1] == 0x9A) { // к, К
			return true
		}
		i -= 2
	}
	return false
}

// lowerWords returns d's reusable set for findUnknownNames, emptied.
func (d *doc) lowerWords() map[string]bool {
	if d.lower == nil {
		d.lower = map[string]bool{}
	}
	clear(d.lower)
	return d.lower
}

// latinTable is a transliteration table (ukLatin, ruLatin) as an array
// for the runes below 0x500, read without hashing.
type latinTable [0x500]struct {
	lat string
	ok  bool
}

func newLatinTable(m map[rune]string) *latinTable {
	t := &latinTable{}
	for r, lat := range m {
		if r >= 0 && r < 0x500 {
			t[r].lat, t[r].ok = lat, true
		}
	}
	return t
}

var (
	ukLatinTable = sync.OnceValue(func() *latinTable { return newLatinTable(ukLatin) })
	ruLatinTable = sync.OnceValue(func() *latinTable { return newLatinTable(ruLatin) })
)

// latinOf is table[r] (table being lang's map), through the array for
// the runes it covers.
func latinOf(lang string, table map[rune]string, r rune) (string, bool) {
	if r >= 0 && r < 0x500 {
		var t *latinTable
		switch lang {
		case "uk":
			t = ukLatinTable()
		case "ru":
			t = ruLatinTable()
		}
		if t != nil {
			e := &t[r]
			return e.lat, e.ok
		}
	}
	lat, ok := table[r]
	return lat, ok
}

// appendLower appends strings.ToLower(s) to dst. With a stack buffer,
// string(appendLower(buf[:0], w)) lower-cases a word for ending tests
// without a heap allocation when the result does not escape (the compiler
// keeps a short converted string on the stack).
func appendLower(dst []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		switch {
		case r >= 0x400 && r < 0x460:
			// Cyrillic: А-Я → а-я, Ѐ-Џ → ѐ-џ (unicode.ToLower, without
			// its table search); two bytes either way
			if r < 0x410 {
				r += 0x50
			} else if r < 0x430 {
				r += 0x20
			}
			dst = append(dst, byte(0xC0|r>>6), byte(0x80|r&0x3F))
		default:
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// moreThanOneRune is utf8.RuneCountInString(s) > 1 without counting.
func moreThanOneRune(s string) bool {
	if len(s) < 2 {
		return false
	}
	if s[0] < utf8.RuneSelf {
		return true
	}
	_, n := utf8.DecodeRuneInString(s)
	return len(s) > n
}

// adjWordEndsByLast lists, for each byte value, the indexes into
// adjWordEnds of the endings whose last byte it is: isAdjectiveWord tests
// only the endings that can match a word's last byte.
var adjWordEndsByLast = func() (t [256][]uint8) {
	for i, e := range adjWordEnds {
		t[e[len(e)-1]] = append(t[e[len(e)-1]], uint8(i))
	}
	return t
}()
