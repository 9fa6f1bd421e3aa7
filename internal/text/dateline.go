package text

// Dateline is the place-and-date line that opens many news articles:
// "ЕКАТЕРИНБУРГ, 6 ноября. /ТАСС/.", "KYIV, Sept 14 (Reuters) -".
type Dateline struct {
	// Year, Month and Day of the dateline; 0 when not stated.
	Year, Month, Day int
	// End is the byte offset where the dateline (with its agency credit
	// and trailing punctuation) ends.
	End int
	// Place is the place as written ("ЕКАТЕРИНБУРГ", "KYIV").
	Place string
}

// datelineLines is how many non-empty lines ParseDateline looks at.
const datelineLines = 4

// ParseDateline finds a dateline at the start of one of the first lines of
// s (toks are the tokens of s): a capitalized place of one to three words,
// a comma, a date, and an optional agency credit ("/ТАСС/", "(Reuters)",
// "— РИА Новости", "/Укрінформ/"). A place followed directly by an agency
// credit ("KYIV (Reuters) -") is accepted without a date.
func ParseDateline(s string, toks []Token) (Dateline, bool) {
	lines := 0
	for i := 0; i < len(toks) && lines < datelineLines; i++ {
		if i > 0 && toks[i].Flags&NewlineBefore == 0 {
			continue
		}
		lines++
		if dl, ok := datelineAt(s, toks, i); ok {
			return dl, true
		}
	}
	return Dateline{}, false
}

func datelineAt(s string, toks []Token, i int) (Dateline, bool) {
	var dl Dateline
	n := len(toks)
	k := i
	for k < n && k-i < 3 && toks[k].Kind == Word && toks[k].Flags&Cap != 0 && (k == i || toks[k].Flags&NewlineBefore == 0) {
		k++
	}
	if k == i || k >= n {
		return dl, false
	}
	place := s[toks[i].Start:toks[k-1].End]
	end := k
	switch {
	case toks[k].Key == ",":
		lim := min(n, k+10)
		ds := Dates(toks[k+1 : lim])
		if len(ds) == 0 || ds[0].First != 0 || ds[0].IsRange() || ds[0].Month == 0 {
			return dl, false
		}
		d := ds[0]
		dl.Year, dl.Month, dl.Day = d.Year, d.Month, d.Day
		end = k + 1 + d.Last
		end = agency(toks, end)
	case toks[k].Text == "(" || toks[k].Text == "/":
		e := agency(toks, k)
		if e == k {
			return dl, false
		}
		end = e
	default:
		return dl, false
	}
	// All place words upper-case, or the dateline has an agency/date.
	dl.Place = place
	dl.End = toks[end-1].End
	return dl, true
}

// agency consumes an agency credit and trailing punctuation starting at
// token k; it returns the index after what it consumed.
func agency(toks []Token, k int) int {
	n := len(toks)
	// a period or comma after the date
	if k < n && (toks[k].Key == "." || toks[k].Key == ",") && toks[k].Flags&NewlineBefore == 0 {
		k++
	}
	if k >= n || toks[k].Flags&NewlineBefore != 0 {
		return k
	}
	switch toks[k].Text {
	case "/", "(":
		closer := "/"
		if toks[k].Text == "(" {
			closer = ")"
		}
		for j := k + 1; j < n && j <= k+5; j++ {
			if toks[j].Flags&NewlineBefore != 0 {
				return k
			}
			if toks[j].Text == closer && j > k+1 {
				k = j + 1
				// trailing "." or "-"
				if k < n && toks[k].Flags&NewlineBefore == 0 && (toks[k].Key == "." || toks[k].Key == "-") {
					k++
				}
				return k
			}
		}
		return k
	}
	if toks[k].Key == "-" && k+1 < n && toks[k+1].Kind == Word && toks[k+1].Flags&Cap != 0 {
		// "— РИА Новости": capitalized words up to the sentence end
		j := k + 1
		for j < n && j <= k+4 && toks[j].Kind == Word && toks[j].Flags&Cap != 0 && toks[j].Flags&NewlineBefore == 0 {
			j++
		}
		if j < n && toks[j].Flags&NewlineBefore == 0 && (toks[j].Key == "." || toks[j].Key == ",") {
			j++
		}
		return j
	}
	return k
}
