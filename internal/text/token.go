package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/segment"
)

// Kind is the coarse class of a token.
type Kind uint8

// Token kinds.
const (
	// Word is a run of letters, possibly with digits, inner apostrophes,
	// hyphens (see Compound) or a final period (see Abbrev, Initial).
	Word Kind = iota
	// Number is a run of digits, possibly with inner separators
	// ("2,5", "04.11.2021") or hyphens ("27-28", "2022-2024").
	Number
	// Punct is a punctuation mark: . , ; : ! ? … quotes, brackets, dashes,
	// bullets. Runs of sentence-final marks ("...", "?!") are one token.
	Punct
	// Symbol is anything else: currency and math signs, emoji, invalid
	// UTF-8 bytes.
	Symbol
)

// String returns the name of the kind.
func (k Kind) String() string {
	switch k {
	case Word:
		return "Word"
	case Number:
		return "Number"
	case Punct:
		return "Punct"
	case Symbol:
		return "Symbol"
	}
	return "Kind(?)"
}

// Flags is a bit set of token properties.
type Flags uint16

// Token flags.
const (
	// Cap: the first letter is upper-case.
	Cap Flags = 1 << iota
	// Upper: all letters are upper-case and there are at least two.
	Upper
	// Compound: a hyphenated compound ("Нью-Йорк", "27-28"); see Token.Parts.
	Compound
	// Abbrev: an abbreviation with its period ("м.", "тыс.", "St.", "т.д.").
	Abbrev
	// Initial: an initial with its period ("А.", "А.М.").
	Initial
	// SpaceBefore: there is whitespace between the previous token and this.
	SpaceBefore
	// NewlineBefore: there is a line break between the previous token and this.
	NewlineBefore
	// ParaBefore: there is a blank line (two or more line breaks) before this.
	ParaBefore
)

var flagNames = [...]string{"Cap", "Upper", "Compound", "Abbrev", "Initial", "SpaceBefore", "NewlineBefore", "ParaBefore"}

// String returns the names of the set flags joined by "|".
func (f Flags) String() string {
	var b strings.Builder
	for i, n := range flagNames {
		if f&(1<<i) != 0 {
			if b.Len() > 0 {
				b.WriteByte('|')
			}
			b.WriteString(n)
		}
	}
	return b.String()
}

// Token is one word, number, punctuation mark or symbol of the input.
// Whitespace is not a token; it shows in the SpaceBefore, NewlineBefore
// and ParaBefore flags of the token after it.
type Token struct {
	// Start and End are the byte offsets of the token in the input.
	Start, End int
	// Text is input[Start:End] (not a copy).
	Text string
	// Key is Key(Text), the form used for matching.
	Key string
	// Kind is the class of the token.
	Kind Kind
	// Flags holds the token's properties.
	Flags Flags
}

// Is reports whether all flags in f are set on t.
func (t Token) Is(f Flags) bool { return t.Flags&f == f }

const spaceFlags = SpaceBefore | NewlineBefore | ParaBefore

// Tokenize splits s into tokens. See AppendTokens.
func Tokenize(s string) []Token {
	return AppendTokens(make([]Token, 0, len(s)/6+4), s)
}

// AppendTokens appends the tokens of s to dst and returns the extended
// slice. Offsets are byte offsets into s. It never fails: invalid UTF-8
// bytes become Symbol tokens, and the time and extra memory it takes are
// linear in len(s).
func AppendTokens(dst []Token, s string) []Token {
	if len(s) == 0 {
		return dst
	}
	sc := scratchPool.Get().(*scratch)
	t := tokenizer{s: s, dst: dst, base: len(dst), sc: sc}
	t.segmentAll()
	t.merge()
	sc.release()
	return t.dst
}

// chunkSize bounds the bytes handed to the segmenter at once.
const chunkSize = 64 << 10

type keySpan struct{ a, b int }

type scratch struct {
	buf   []byte
	val   [][]byte
	types []int
	spans []keySpan
	keys  []byte
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func (sc *scratch) release() {
	const keep = 1 << 20
	if cap(sc.buf) > keep || cap(sc.val) > keep/8 || cap(sc.spans) > keep/8 || cap(sc.keys) > keep {
		return // let big buffers go
	}
	scratchPool.Put(sc)
}

type tokenizer struct {
	s    string
	dst  []Token
	base int
	sc   *scratch
	// whitespace seen since the last token
	pend     Flags
	newlines int
}

// segmentAll runs the UAX#29 word segmenter over s, chunk by chunk, and
// appends raw tokens (no Key, no merged compounds) to t.dst.
func (t *tokenizer) segmentAll() {
	s := t.s
	for pos := 0; pos < len(s); {
		end := chunkEnd(s, pos)
		chunk := s[pos:end]
		buf := append(t.sc.buf[:0], chunk...)
		if !utf8.ValidString(chunk) {
			sanitize(buf)
		}
		t.sc.buf = buf
		t.segmentChunk(buf, pos)
		pos = end
	}
}

// chunkEnd returns where the chunk starting at pos ends: after the last
// space or newline within chunkSize bytes, or at a rune boundary if there
// is none.
func chunkEnd(s string, pos int) int {
	end := pos + chunkSize
	if end >= len(s) {
		return len(s)
	}
	w := s[pos:end]
	if i := max(strings.LastIndexByte(w, '\n'), strings.LastIndexByte(w, ' ')); i >= 0 {
		return pos + i + 1
	}
	for k := 0; k < utf8.UTFMax && end > pos+1 && !utf8.RuneStart(s[end]); k++ {
		end--
	}
	return end
}

// sanitize replaces every byte of b that is not part of valid UTF-8 with
// 0x1A (SUB), which the segmenter treats as a one-byte non-word.
func sanitize(b []byte) {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			b[i] = 0x1A
			i++
			continue
		}
		i += n
	}
}

// segmentChunk segments b (a sanitized copy of t.s[base:base+len(b)]).
// Whitespace-delimited fields made only of common Latin and Cyrillic
// letters, digits and punctuation are segmented by a fast scanner that
// follows the UAX#29 rules for them; other fields go to the segmenter.
func (t *tokenizer) segmentChunk(b []byte, base int) {
	for i := 0; i < len(b); {
		c := b[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			j := i + 1
			for j < len(b) && (b[j] == ' ' || b[j] == '\n' || b[j] == '\t' || b[j] == '\r') {
				j++
			}
			t.raw(base+i, base+j, segment.None)
			i = j
			continue
		}
		j := i + 1
		for j < len(b) && b[j] != ' ' && b[j] != '\n' && b[j] != '\t' && b[j] != '\r' {
			j++
		}
		if !forceSegmenter && simpleField(b[i:j]) {
			t.scanField(b[i:j], base+i)
		} else {
			t.segmentSlow(b[i:j], base+i)
		}
		i = j
	}
}

// forceSegmenter disables the fast scanner (for tests comparing the two).
var forceSegmenter = false

// wordClass of a rune in a simple field.
const (
	wcOther = iota
	wcLetter
	wcDigit
	wcExtendNumLet
)

func runeClass(r rune) int {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z':
			return wcLetter
		case '0' <= r && r <= '9':
			return wcDigit
		case r == '_':
			return wcExtendNumLet
		}
		return wcOther
	case r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7,
		r >= 0x400 && r <= 0x481, r >= 0x48A && r <= 0x52F:
		return wcLetter
	}
	return wcOther
}

// simpleField reports whether the fast scanner handles every rune of b.
func simpleField(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		var r rune
		if c >= 0xC2 && c <= 0xDF && i+1 < len(b) && b[i+1]&0xC0 == 0x80 {
			r = rune(c&0x1F)<<6 | rune(b[i+1]&0x3F) // two bytes, decoded inline
			i += 2
		} else {
			var n int
			r, n = utf8.DecodeRune(b[i:])
			i += n
		}
		switch {
		case r >= 0xC0 && r <= 0x24F, r >= 0x400 && r <= 0x481, r >= 0x48A && r <= 0x52F:
		case r == 0xA0, r == 0xAB, r == 0xBB:
		case r >= 0x2010 && r <= 0x2015, r >= 0x2018 && r <= 0x201E, r == 0x2022, r == 0x2026, r == 0x2116:
		default:
			return false
		}
	}
	return true
}

func isMidLetter(r rune) bool {
	return r == ':' || r == '.' || r == '\'' || r == '\u2018' || r == '\u2019'
}

func isMidNum(r rune) bool {
	return r == ',' || r == ';' || r == '.' || r == '\'' || r == '\u2018' || r == '\u2019'
}

// scanField segments a simple field b starting at offset base of t.s.
func (t *tokenizer) scanField(b []byte, base int) {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if runeClass(r) == wcOther {
			t.raw(base+i, base+i+n, segment.None)
			i += n
			continue
		}
		j := i
		prev := wcOther
		for j < len(b) {
			var r rune
			var n int
			if c := b[j]; c < utf8.RuneSelf {
				r, n = rune(c), 1
			} else if c >= 0xC2 && c <= 0xDF && j+1 < len(b) && b[j+1]&0xC0 == 0x80 {
				r, n = rune(c&0x1F)<<6|rune(b[j+1]&0x3F), 2 // two bytes, decoded inline
			} else {
				r, n = utf8.DecodeRune(b[j:])
			}
			cl := runeClass(r)
			if cl != wcOther {
				prev = cl
				j += n
				continue
			}
			if j+n < len(b) && (prev == wcLetter && isMidLetter(r) || prev == wcDigit && isMidNum(r)) {
				r2, n2 := utf8.DecodeRune(b[j+n:])
				if cl2 := runeClass(r2); cl2 == prev {
					prev = cl2
					j += n + n2
					continue
				}
			}
			break
		}
		t.raw(base+i, base+j, segment.Letter)
		i = j
	}
}

// segmentSlow segments b (at offset base of t.s) with the UAX#29
// segmenter.
func (t *tokenizer) segmentSlow(b []byte, base int) {
	off := 0
	for off < len(b) {
		data := b[off:]
		val, types, consumed, _ := segment.SegmentWordsDirect(data, t.sc.val[:0], t.sc.types[:0])
		t.sc.val, t.sc.types = val, types
		end := off
		for i, v := range val {
			st := off + cap(data) - cap(v)
			en := st + len(v)
			if st < end || en > len(b) || len(v) == 0 {
				continue // cannot happen; keep offsets valid regardless
			}
			t.raw(base+st, base+en, types[i])
			end = en
		}
		if consumed > 0 && off+consumed > end {
			end = min(off+consumed, len(b))
		}
		if end >= len(b) {
			return
		}
		if end <= off {
			// The segmenter made no progress: take one rune by hand.
			_, n := utf8.DecodeRune(b[off:])
			t.raw(base+off, base+off+n, segment.None)
			end = off + n
		}
		off = end
	}
}

// raw handles one segment [st, en) of t.s of the given segmenter type.
func (t *tokenizer) raw(st, en, typ int) {
	s := t.s
	switch typ {
	case segment.Letter, segment.Number, segment.Ideo, segment.Kana:
		t.word(st, en)
		return
	}
	for i := st; i < en; {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			// invalid byte: a Symbol token, merged with a directly
			// preceding one
			if t.pend == 0 && len(t.dst) > t.base {
				last := &t.dst[len(t.dst)-1]
				if last.Kind == Symbol && last.End == i && last.Key == invalidMark {
					last.End = i + 1
					i++
					continue
				}
			}
			t.emit(i, i+1, Symbol)
			t.dst[len(t.dst)-1].Key = invalidMark
			i++
			continue
		}
		if isSpace(r) {
			t.space(r, s, i+n)
			i += n
			continue
		}
		// one token for the rest of the segment (a mark with its
		// combining characters, an emoji sequence)
		k := Symbol
		if unicode.IsPunct(r) {
			k = Punct
		}
		t.emit(i, en, k)
		return
	}
}

// invalidMark tags raw tokens made of invalid bytes until merge sets keys.
const invalidMark = "\x00invalid"

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r <= ' ' || r == 0x7F
	}
	return unicode.IsSpace(r) || r == '\u200B' || r == '\uFEFF' || r == '\u2060' || unicode.IsControl(r)
}

// space records whitespace rune r; next is the offset after it.
func (t *tokenizer) space(r rune, s string, next int) {
	t.pend |= SpaceBefore
	switch r {
	case '\n', '\u2028', '\u0085':
		t.newlines++
	case '\r':
		if next >= len(s) || s[next] != '\n' {
			t.newlines++
		}
	case '\u2029', '\f', '\v':
		t.newlines += 2
	}
}

// word splits a word segment at inner '.' and ':' (the segmenter keeps
// "Київ.Далі" and "U.S" together) unless it is a dotted abbreviation.
func (t *tokenizer) word(st, en int) {
	w := t.s[st:en]
	if strings.IndexByte(w, '.') < 0 && strings.IndexByte(w, ':') < 0 {
		t.emit(st, en, wordKind(w))
		return
	}
	if strings.IndexByte(w, ':') < 0 && isDotted(w) {
		t.emit(st, en, Word)
		return
	}
	i := st
	for j := st; j < en; j++ {
		c := t.s[j]
		if c != '.' && c != ':' {
			continue
		}
		if wordKind(t.s[i:j]) == Number && c == '.' && j+1 < en && isDigit(t.s[j+1]) {
			continue // keep "3.5" in "3.5km"
		}
		if j > i {
			t.emit(i, j, wordKind(t.s[i:j]))
		}
		t.emit(j, j+1, Punct)
		i = j + 1
	}
	if i < en {
		t.emit(i, en, wordKind(t.s[i:en]))
	}
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isDotted reports whether w is a dotted abbreviation body like "т.д",
// "U.S", "А.М", "e.g", "т.в.о": parts of at most two letters.
func isDotted(w string) bool {
	n := 0
	for _, r := range w {
		if r == '.' {
			if n == 0 {
				return false
			}
			n = 0
			continue
		}
		if !unicode.IsLetter(r) {
			return false
		}
		n++
		if n > 2 {
			return false
		}
	}
	return n > 0
}

// wordKind is Number for text without letters, Word otherwise.
func wordKind(w string) Kind {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			for _, r := range w[i:] {
				if unicode.IsLetter(r) {
					return Word
				}
			}
			return Number
		}
		if ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') {
			return Word
		}
	}
	return Number
}

// emit appends a raw token with the pending whitespace flags.
func (t *tokenizer) emit(st, en int, k Kind) {
	f := t.pend
	if t.newlines > 0 {
		f |= NewlineBefore
		if t.newlines > 1 {
			f |= ParaBefore
		}
	}
	t.pend, t.newlines = 0, 0
	t.dst = append(t.dst, Token{Start: st, End: en, Kind: k, Flags: f})
}

func isHyphenText(s string) bool {
	return s == "-" || s == "\u2010" || s == "\u2011"
}

func isEnDashText(s string) bool { return s == "\u2013" || s == "\u2012" }

func isFinalMark(c byte) bool { return c == '.' || c == '!' || c == '?' }

// merge joins raw tokens in place: hyphenated compounds, words split at
// a backquote apostrophe, abbreviations and initials with their period,
// runs of sentence-final marks; then sets flags and keys.
func (t *tokenizer) merge() {
	d := t.dst
	s := t.s
	spans := t.sc.spans[:0]
	keys := t.sc.keys[:0]
	w := t.base
	for i := t.base; i < len(d); {
		tok := d[i]
		j := i
		var extra Flags
		kind := tok.Kind
		switch {
		case tok.Kind == Word || tok.Kind == Number:
			for j+2 < len(d) {
				h, n := d[j+1], d[j+2]
				if h.Flags&spaceFlags != 0 || n.Flags&spaceFlags != 0 || (n.Kind != Word && n.Kind != Number) || (h.Kind != Punct && h.Kind != Symbol) {
					break
				}
				ht := s[h.Start:h.End]
				if isHyphenText(ht) {
					extra |= Compound
				} else if isEnDashText(ht) && d[j].Kind == Number && n.Kind == Number {
					extra |= Compound
				} else if ht == "`" && d[j].Kind == Word && n.Kind == Word {
					// apostrophe: one word
				} else {
					break
				}
				if n.Kind == Word {
					kind = Word
				}
				j += 2
			}
			if extra&Compound == 0 && kind == Word && j+1 < len(d) {
				p := d[j+1]
				if p.Flags&spaceFlags == 0 && p.End-p.Start == 1 && s[p.Start] == '.' {
					body := s[tok.Start:d[j].End]
					switch {
					case isInitialBody(body):
						if strings.IndexByte(body, '.') >= 0 && lookupAbbrev(body) != 0 {
							extra |= Abbrev
						} else {
							extra |= Initial
						}
						j++
					case lookupAbbrev(body) != 0:
						extra |= Abbrev
						j++
					case strings.IndexByte(body, '.') >= 0:
						extra |= Abbrev
						j++
					}
				}
			}
		case tok.Kind == Punct && tok.End-tok.Start == 1 && isFinalMark(s[tok.Start]):
			for j+1 < len(d) {
				n := d[j+1]
				if n.Flags&spaceFlags != 0 || n.End-n.Start != 1 || !isFinalMark(s[n.Start]) {
					break
				}
				j++
			}
		case tok.Kind == Symbol && tok.Key == invalidMark:
			tok.Key = ""
		}
		out := Token{Start: tok.Start, End: d[j].End, Kind: kind, Flags: tok.Flags&spaceFlags | extra}
		out.Text = s[out.Start:out.End]
		if out.Kind == Word {
			out.Flags |= caseFlags(out.Text)
		}
		if keyIsIdentity(out.Text) {
			spans = append(spans, keySpan{-1, -1})
		} else {
			a := len(keys)
			keys = appendKeyNotIdentity(keys, out.Text)
			spans = append(spans, keySpan{a, len(keys)})
		}
		d[w] = out
		w++
		i = j + 1
	}
	ks := string(keys)
	for k := t.base; k < w; k++ {
		sp := spans[k-t.base]
		if sp.a < 0 {
			d[k].Key = d[k].Text
		} else {
			d[k].Key = ks[sp.a:sp.b]
		}
	}
	clear(d[w:])
	t.dst = d[:w]
	t.sc.spans, t.sc.keys = spans, keys
}

// isInitialBody reports whether w (before its period) is an initial: one
// upper-case letter, or upper-case letters joined by dots ("А.М").
func isInitialBody(w string) bool {
	n := 0
	for _, r := range w {
		if r == '.' {
			if n != 1 {
				return false
			}
			n = 0
			continue
		}
		if !unicode.IsUpper(r) || n > 0 {
			return false
		}
		n++
	}
	return n == 1
}

// caseFlags computes Cap and Upper for a word.
func caseFlags(w string) Flags {
	var f Flags
	letters, upper := 0, 0
	for i := 0; i < len(w); {
		c := w[i]
		var r rune
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z':
				letters++
			case 'A' <= c && c <= 'Z':
				if letters == 0 {
					f |= Cap
				}
				letters++
				upper++
			}
			continue
		}
		var n int
		if c >= 0xD0 && c <= 0xD3 && i+1 < len(w) && w[i+1]&0xC0 == 0x80 {
			// Two-byte Cyrillic (U+0400-U+04FF), decoded in place.
			r, n = rune(c&0x1F)<<6|rune(w[i+1]&0x3F), 2
		} else {
			r, n = utf8.DecodeRuneInString(w[i:])
		}
		i += n
		var isLetter, isUpper bool
		switch {
		case r >= 0x400 && r < 0x530:
			// Cyrillic: capitals are U+0400-U+042F, and the even code
			// points of the pairs from U+0460 on.
			isLetter = r < 0x482 || r >= 0x48A
			isUpper = r < 0x430 || (r >= 0x460 && isLetter && r != 0x4CF && (r&1 == 0) != (r >= 0x4C1 && r < 0x4CF))
		default:
			isLetter = unicode.IsLetter(r)
			isUpper = isLetter && (unicode.IsUpper(r) || unicode.IsTitle(r))
		}
		if !isLetter {
			continue
		}
		if isUpper {
			if letters == 0 {
				f |= Cap
			}
			upper++
		}
		letters++
	}
	if letters >= 2 && upper == letters {
		f |= Upper
	}
	return f
}

// Parts returns the parts of a Compound token between its hyphens, each a
// Word or Number token with its own offsets and key; nil for other tokens.
func (t Token) Parts() []Token {
	if t.Flags&Compound == 0 {
		return nil
	}
	var parts []Token
	st := t.Start
	flush := func(en int) {
		if en > st {
			p := Token{Start: st, End: en, Text: t.Text[st-t.Start : en-t.Start], Kind: wordKind(t.Text[st-t.Start : en-t.Start])}
			p.Key = Key(p.Text)
			if p.Kind == Word {
				p.Flags = caseFlags(p.Text)
			}
			if len(parts) == 0 {
				p.Flags |= t.Flags & spaceFlags
			}
			parts = append(parts, p)
		}
	}
	for i, r := range t.Text {
		if r == '-' || r == '\u2010' || r == '\u2011' || r == '\u2012' || r == '\u2013' {
			flush(t.Start + i)
			st = t.Start + i + utf8.RuneLen(r)
		}
	}
	flush(t.End)
	return parts
}
