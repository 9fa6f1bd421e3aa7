package text

import "slices"

// Quote is a quoted span: direct speech, or a quoted name.
type Quote struct {
	// Open and Close are the token indices of the opening and closing
	// quotation marks.
	Open, Close int
	// Start and End are byte offsets including the marks.
	Start, End int
}

// quote mark classes
const (
	qGuillemet = iota + 1 // « »
	qStraight             // " "
	qCurly                // “ ”
	qLow                  // „ “ or „ ”
)

type openMark struct {
	tok, class int
}

// Quotes finds the balanced quotations in toks (the tokens of s): «…»
// with nesting («Про «Мистецькі Горизонти»» is one outer and one inner
// pair), "…" (straight quotes are told opening or closing by what they
// touch), “…” and „…“. Nested pairs are returned too; the result is
// sorted by Open. A quotation may span sentences but never a paragraph
// break. Unbalanced marks are ignored.
func Quotes(s string, toks []Token) []Quote {
	var out []Quote
	var stack []openMark
	closeTo := func(i int, match func(c int) bool) bool {
		for p := len(stack) - 1; p >= 0; p-- {
			if match(stack[p].class) {
				o := stack[p].tok
				if toks[o].End <= toks[i].Start && toks[i].End <= len(s) {
					out = append(out, Quote{Open: o, Close: i, Start: toks[o].Start, End: toks[i].End})
				}
				stack = stack[:p]
				return true
			}
		}
		return false
	}
	has := func(class int) bool {
		for _, m := range stack {
			if m.class == class {
				return true
			}
		}
		return false
	}
	for i, t := range toks {
		if t.Flags&ParaBefore != 0 {
			stack = stack[:0]
		}
		if t.Kind != Punct || t.Key != "\"" {
			continue
		}
		switch t.Text {
		case "«":
			stack = append(stack, openMark{i, qGuillemet})
		case "»":
			closeTo(i, func(c int) bool { return c == qGuillemet })
		case "„":
			stack = append(stack, openMark{i, qLow})
		case "“":
			if len(stack) > 0 && stack[len(stack)-1].class == qLow {
				closeTo(i, func(c int) bool { return c == qLow })
			} else {
				stack = append(stack, openMark{i, qCurly})
			}
		case "”", "‟":
			closeTo(i, func(c int) bool { return c == qCurly || c == qLow })
		case "\"":
			before := i == 0 || t.Flags&spaceFlags != 0 || opensBefore(toks[i-1])
			after := i+1 >= len(toks) || toks[i+1].Flags&spaceFlags != 0 || closesAfter(toks[i+1])
			switch {
			case before && !after:
				stack = append(stack, openMark{i, qStraight})
			case !before && after:
				closeTo(i, func(c int) bool { return c == qStraight })
			default:
				// ambiguous: close an open straight quote, else open one
				// when glued on both sides
				if has(qStraight) {
					closeTo(i, func(c int) bool { return c == qStraight })
				} else if !before && !after {
					stack = append(stack, openMark{i, qStraight})
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b Quote) int { return a.Open - b.Open })
	return out
}

// opensBefore reports whether t, right before a straight quote, makes it
// an opening one: an opening bracket, a dash, another opening quote.
func opensBefore(t Token) bool {
	switch t.Text {
	case "(", "[", "{", "-", "–", "—", "«", "„", "“", "/":
		return true
	}
	return false
}

// closesAfter reports whether t, right after a straight quote, makes it a
// closing one: punctuation that does not start anything.
func closesAfter(t Token) bool {
	switch t.Text {
	case ",", ".", ";", ":", "!", "?", ")", "]", "}", "»", "…", "...", "?!", "-", "–", "—":
		return true
	}
	return false
}
