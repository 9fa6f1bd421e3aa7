package eval

import (
	"fmt"
	"unicode/utf8"
)

// Span is a byte range [Start, End) of a Gold document's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Gold is one annotated document, with every span converted to byte
// offsets into Text.
type Gold struct {
	// Doc names the document: its path relative to the corpus directory,
	// without extension, with "/" separators.
	Doc string
	// Format is the corpus format the document was read from.
	Format Format
	// Text is the document text exactly as stored in the corpus.
	Text []byte
	// Entities are the annotated mentions of the scored classes, in file
	// order.
	Entities []GoldEntity
	// Relations are the annotated relations, mapped to factum types.
	Relations []GoldRelation
	// Unscored are the spans of annotated classes that are not scored
	// (NER-UK's JOB, DOC, ART, MISC...). In a flat corpus a name inside
	// such a span ("Президента України", "Податкового кодексу України")
	// cannot be annotated, so a predicted mention inside one is not
	// counted either way.
	Unscored []Span
}

// GoldEntity is one annotated mention (a brat "T" line, a SlavicNER row, a
// factRuEval object).
type GoldEntity struct {
	// ID is the annotation id in the corpus file ("T12", "13800", "r7").
	ID string
	// Group identifies the real-world entity when the corpus links
	// mentions (NEREL Wikidata ids, factRuEval coreference chains,
	// SlavicNER cross-lingual ids); it equals ID otherwise. Relation
	// arguments match any mention of the same group.
	Group string
	// Type is the evaluation class: PER, LOC, ORG or EVT.
	Type string
	// Source is the type as written in the corpus ("CITY", "LocOrg").
	Source string
	// Spans are the fragments of the mention (more than one for
	// discontinuous brat annotations), in text order.
	Spans []Span
	// Text is the annotated text as the corpus gives it.
	Text string
	// Lemma is the base form when the corpus gives one, else "".
	Lemma string
}

// Range returns the smallest span covering all of e's fragments: the span
// compared with predicted mentions.
func (e *GoldEntity) Range() Span {
	if len(e.Spans) == 0 {
		return Span{}
	}
	r := e.Spans[0]
	for _, s := range e.Spans[1:] {
		r.Start = min(r.Start, s.Start)
		r.End = max(r.End, s.End)
	}
	return r
}

// GoldRelation is one annotated relation in factum's terms.
type GoldRelation struct {
	// Type is a factum relation type: holds_position, located_in,
	// held_in, organizer_of or met_with.
	Type string
	// Args maps factum argument roles (person/org, subject/place,
	// event/place, organizer/event, party/counterparty) to GoldEntity IDs.
	Args map[string]string
	// Source is the corpus relation or fact it was read from
	// ("WORKPLACE", "WORKS_AS+WORKPLACE", "Occupation"...).
	Source string
}

// charIndex converts character (code point) offsets into byte offsets of
// one text. Invalid UTF-8 bytes count as one character each, as Go's
// decoder reads them.
type charIndex struct {
	bytes []int32 // bytes[i] is the byte offset of character i; len = nchars+1
	ascii bool
	n     int
}

func newCharIndex(text []byte) *charIndex {
	ascii := true
	for _, c := range text {
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return &charIndex{ascii: true, n: len(text)}
	}
	idx := make([]int32, 0, len(text)+1)
	for i := 0; i < len(text); {
		idx = append(idx, int32(i))
		_, w := utf8.DecodeRune(text[i:])
		i += w
	}
	idx = append(idx, int32(len(text)))
	return &charIndex{bytes: idx, n: len(idx) - 1}
}

// byteOffset returns the byte offset of character offset c.
func (x *charIndex) byteOffset(c int) (int, error) {
	if c < 0 || c > x.n {
		return 0, fmt.Errorf("character offset %d outside the text (%d characters)", c, x.n)
	}
	if x.ascii {
		return c, nil
	}
	return int(x.bytes[c]), nil
}

// span converts the character range [start, end) into a byte Span.
func (x *charIndex) span(start, end int) (Span, error) {
	if end < start {
		return Span{}, fmt.Errorf("span end %d before start %d", end, start)
	}
	b, err := x.byteOffset(start)
	if err != nil {
		return Span{}, err
	}
	e, err := x.byteOffset(end)
	if err != nil {
		return Span{}, err
	}
	return Span{b, e}, nil
}
