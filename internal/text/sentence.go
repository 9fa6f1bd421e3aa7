package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Zone says which part of a page a sentence belongs to.
type Zone uint8

// Zones.
const (
	// Body is the article text.
	Body Zone = iota
	// Headline is the title: the first short line(s) without a final
	// period, before the first body paragraph.
	Headline
	// Furniture is page furniture: navigation and UI lines, photo credits,
	// cookie notices, breadcrumbs, "Read also" blocks and their link lists.
	Furniture
)

// String returns the name of the zone.
func (z Zone) String() string {
	switch z {
	case Body:
		return "Body"
	case Headline:
		return "Headline"
	case Furniture:
		return "Furniture"
	}
	return "Zone(?)"
}

// Sentence is a sentence (or a headline, list item or furniture line).
type Sentence struct {
	// Start and End are byte offsets into the text.
	Start, End int
	// First and Last are the token index range [First, Last).
	First, Last int
	// Zone is the part of the page the sentence belongs to.
	Zone Zone
}

// Sentences splits the tokens of s (as returned by Tokenize(s)) into
// sentences and assigns each a zone. Every token belongs to exactly one
// sentence; sentences are in text order. lang ("uk", "ru", "en" or "")
// selects language-specific furniture words; all languages' rules apply.
func Sentences(s string, toks []Token, lang string) []Sentence {
	if len(toks) == 0 {
		return nil
	}
	lines := splitLines(toks)
	classifyLines(toks, lines, lang)
	var out []Sentence
	start := 0
	li := 0 // line of token i
	add := func(end int) {
		if end <= start {
			return
		}
		for li+1 < len(lines) && lines[li+1].first <= start {
			li++
		}
		out = append(out, Sentence{Start: toks[start].Start, End: toks[end-1].End, First: start, Last: end, Zone: lines[li].zone})
		start = end
	}
	nl := 0 // index of the line starting at or after i
	for i := 1; i < len(toks); i++ {
		for nl < len(lines) && lines[nl].first < i {
			nl++
		}
		lineStart := nl < len(lines) && lines[nl].first == i
		if lineStart && (lines[nl].zone != Body || lines[nl-1].zone != Body) {
			add(i)
			continue
		}
		if boundaryBefore(toks, i, lineStart) {
			add(i)
		}
	}
	add(len(toks))
	return out
}

// boundaryBefore reports whether a sentence starts at token i (i > 0).
func boundaryBefore(toks []Token, i int, lineStart bool) bool {
	t := toks[i]
	if t.Flags&ParaBefore != 0 {
		return true
	}
	if t.Flags&spaceFlags == 0 {
		return false
	}
	// Find the last token before i that is not a closing mark.
	j := i - 1
	for j > 0 && isCloser(toks, j) && toks[j].Flags&spaceFlags == 0 {
		j--
	}
	prev := toks[j]
	final := isFinal(prev)
	if !final && prev.Flags&Abbrev != 0 {
		final = abbrevEnds(toks, j)
	}
	if final && prev.Key == "." && j > 0 && j == i-1 {
		// a numbered list item "1. Text" at the start of a line
		n := toks[j-1]
		if n.Kind == Number && len(n.Text) <= 3 && (j-1 == 0 || n.Flags&NewlineBefore != 0) {
			final = false
		}
	}
	if lineStart {
		if final {
			return true
		}
		if isBullet(t) {
			return true
		}
		switch toks[i-1].Key {
		case ",", ";", ":", "(", "-", "/", "+", "&":
			return false
		}
		return startsSentence(t)
	}
	if !final {
		return false
	}
	if insideShortGuillemets(toks, j, i) {
		return false // «Иннопром. Центральная Азия»: a name with a period
	}
	if i > j+1 && t.Key == "-" && i+1 < len(toks) && toks[i+1].Kind == Word && toks[i+1].Flags&Cap == 0 {
		// attribution after a closing quote: "…!" – сказав він.
		return false
	}
	return startsSentence(t)
}

// isFinal reports whether t is sentence-final punctuation: . ! ? … and
// runs of them.
func isFinal(t Token) bool {
	if t.Kind != Punct {
		return false
	}
	for _, r := range t.Text {
		if r != '.' && r != '!' && r != '?' && r != '…' {
			return false
		}
	}
	return true
}

// abbrevEnds reports whether the abbreviation toks[j] may end a sentence.
func abbrevEnds(toks []Token, j int) bool {
	t := toks[j]
	switch lookupAbbrev(strings.TrimSuffix(t.Text, ".")) {
	case abbrevTerminal:
		return true
	case abbrevYear:
		return j > 0 && toks[j-1].Kind == Number
	}
	return false
}

// isCloser reports whether toks[j] is a closing quote or bracket.
func isCloser(toks []Token, j int) bool {
	t := toks[j]
	if t.Kind != Punct {
		return false
	}
	switch t.Text {
	case ")", "]", "»", "”", "’":
		return true
	case "\"", "“", "'":
		// closing when glued to the previous token
		return t.Flags&spaceFlags == 0 && j > 0
	}
	return false
}

// isBullet reports whether t looks like a list bullet.
func isBullet(t Token) bool {
	if t.Kind != Punct && t.Kind != Symbol {
		return false
	}
	switch t.Text {
	case "•", "·", "-", "–", "—", "*", "▪", "►", "▸", "‣", "◦", "○", "●", "■", "□", "→", "✓", "✔", "+", ">":
		return true
	}
	return false
}

// startsSentence reports whether t can begin a sentence: an upper-case
// word, a number, an opening quote or bracket, a dash or a bullet.
func startsSentence(t Token) bool {
	switch t.Kind {
	case Word:
		if t.Flags&Cap != 0 {
			return true
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		return !unicode.IsLetter(r) || (!unicode.IsLower(r) && !unicode.IsUpper(r))
	case Number:
		return true
	case Punct:
		switch t.Key {
		case "\"", "'", "(", "[", "-", "¿", "¡", "…", "...":
			return true
		}
		return isBullet(t)
	case Symbol:
		return true
	}
	return false
}

// insideShortGuillemets reports whether the final mark toks[j] stands
// inside a short «...» on one line: « opens at most 6 tokens before it
// and » closes at most 6 tokens after token i, with no other sentence
// mark, guillemet or line break in between, and only capitalized words
// before the mark (a title, not quoted sentences).
func insideShortGuillemets(toks []Token, j, i int) bool {
	open := false
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		if toks[k+1].Flags&NewlineBefore != 0 || isFinal(toks[k]) || toks[k].Text == "»" {
			return false
		}
		if toks[k].Text == "«" {
			open = true
			break
		}
		if toks[k].Kind == Word && toks[k].Flags&Cap == 0 {
			return false // «Це важливо. Ми готові»: sentences quoted
		}
	}
	if !open || j+1 < i {
		return false
	}
	for k := i; k < len(toks) && k <= i+6; k++ {
		if toks[k].Flags&NewlineBefore != 0 || isFinal(toks[k]) || toks[k].Text == "«" {
			return false
		}
		if toks[k].Text == "»" {
			return true
		}
	}
	return false
}
