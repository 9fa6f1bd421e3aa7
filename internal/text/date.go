package text

import (
	"strconv"
	"strings"
)

// Date is a calendar date, month, year or range found in text.
type Date struct {
	// First and Last are the token index range [First, Last).
	First, Last int
	// Year, Month and Day of the date or of the start of a range; 0 when
	// not stated.
	Year, Month, Day int
	// Year2, Month2 and Day2 are the end of a range; all 0 when the date
	// is not a range. A part not stated at the end (e.g. the month in
	// "27-28 ноября") is the same as at the start.
	Year2, Month2, Day2 int
}

// IsRange reports whether d is a range.
func (d Date) IsRange() bool { return d.Year2 != 0 || d.Month2 != 0 || d.Day2 != 0 }

// ISO returns d in ISO 8601: "2022-01-20", "1961", "2023-09",
// "2019-11-27/2019-11-28", "2024/2026". defaultYear is used when d has no
// year; when both are 0 the year is left out ("--11-27", "--11-27/--11-28").
func (d Date) ISO(defaultYear int) string {
	y := d.Year
	if y == 0 {
		y = defaultYear
	}
	a := isoPart(y, d.Month, d.Day)
	if !d.IsRange() {
		return a
	}
	y2, m2 := d.Year2, d.Month2
	if y2 == 0 {
		y2 = y
	}
	if m2 == 0 {
		m2 = d.Month
	}
	return a + "/" + isoPart(y2, m2, d.Day2)
}

func isoPart(y, m, d int) string {
	var b []byte
	if y > 0 {
		b = strconv.AppendInt(b, int64(y), 10)
		for len(b) < 4 {
			b = append([]byte{'0'}, b...)
		}
	} else if m > 0 {
		b = append(b, '-')
	}
	if m > 0 {
		b = append(b, '-')
		b = append2(b, m)
		if d > 0 {
			b = append(b, '-')
			b = append2(b, d)
		}
	}
	return string(b)
}

func append2(b []byte, n int) []byte {
	if n < 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// months maps month-name keys (all cases in uk and ru, English names and
// abbreviations without their period) to 1..12. Entries with a negative
// value are abbreviations accepted only with a period.
var months = map[string]int{}

func init() {
	soft := func(stems []string, ends []string, first int) {
		for i, st := range stems {
			if st == "" {
				continue
			}
			for _, e := range ends {
				months[st+e] = first + i
			}
		}
	}
	// Ukrainian: січень, січня, січні, січнем, січню
	soft([]string{"січ", "", "берез", "квіт", "трав", "черв", "лип", "серп", "верес", "жовт", "", "груд"},
		[]string{"ень", "ня", "ні", "нем", "ню"}, 1)
	for _, f := range []string{"лютий", "лютого", "лютому", "лютім", "лютим"} {
		months[f] = 2
	}
	for _, f := range []string{"листопад", "листопада", "листопаді", "листопадом", "листопаду"} {
		months[f] = 11
	}
	// Russian: январь, января, январе, январем, январю
	soft([]string{"январ", "феврал", "", "апрел", "", "июн", "июл", "", "сентябр", "октябр", "ноябр", "декабр"},
		[]string{"ь", "я", "е", "ем", "ю"}, 1)
	for _, e := range []string{"", "а", "е", "ом", "у"} {
		months["март"+e] = 3
		months["август"+e] = 8
	}
	for _, f := range []string{"май", "мая", "мае", "маем", "маю"} {
		months[f] = 5
	}
	for i, n := range []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		months[n] = i + 1
		if i != 4 {
			months[n[:3]] = i + 1
		}
	}
	months["sept"] = 9
	for k, v := range map[string]int{
		"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9, "сент": 9,
		"окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
		"січ": 1, "лют": 2, "бер": 3, "берез": 3, "квіт": 4, "трав": 5, "черв": 6, "лип": 7, "серп": 8,
		"вер": 9, "верес": 9, "жовт": 10, "лист": 11, "листоп": 11, "груд": 12,
	} {
		if _, ok := months[k]; !ok {
			months[k] = -v
		}
	}
	for k := range months {
		if k != "" && len(k) < len(monthShapes) {
			monthShapes[len(k)] |= 1 << (k[len(k)-1] & 63)
		}
	}
}

// monthShapes has, for each byte length of a key of months, a bit for the
// low six bits of the key's last byte: a word whose bit is unset is no
// month and is not looked up.
var monthShapes [32]uint64

// monthOf returns the month named by t, or 0.
func monthOf(t Token) int {
	if t.Kind != Word {
		return 0
	}
	k := t.Key
	dot := strings.HasSuffix(k, ".")
	if dot {
		k = k[:len(k)-1]
	}
	if k == "" || len(k) >= len(monthShapes) || monthShapes[len(k)]&(1<<(k[len(k)-1]&63)) == 0 {
		return 0
	}
	m := months[k]
	if m < 0 {
		if !dot {
			return 0
		}
		m = -m
	}
	if m > 0 && k[0] < 0x80 && t.Flags&Cap == 0 {
		return 0 // English month names are capitalized ("may" is a verb)
	}
	return m
}

// yearWords follow a year: "у 1961 році", "в 1961 году", "2024 р.".
var yearWords = map[string]bool{
	"рік": true, "році": true, "року": true, "роки": true, "років": true, "роках": true, "роком": true,
	"р.": true, "рр.": true, "год": true, "году": true, "года": true, "годы": true, "годов": true,
	"годах": true, "г.": true, "гг.": true, "year": true, "years": true,
}

// yearPreps make a bare four-digit number a year in English: "in 1961".
var yearPreps = map[string]bool{"in": true, "since": true, "by": true, "until": true, "from": true, "before": true, "after": true}

// rangeFrom and rangeTo frame day ranges: "з 5 по 7 жовтня".
var rangeFrom = map[string]bool{"з": true, "із": true, "від": true, "с": true, "со": true, "from": true, "between": true}
var rangeTo = map[string]bool{"по": true, "до": true, "to": true, "till": true, "until": true, "and": true, "-": true}

// smallInt parses a token of 1-4 ASCII digits; -1 otherwise.
func smallInt(t Token) int {
	if t.Kind != Number || len(t.Text) > 4 {
		return -1
	}
	n := 0
	for i := 0; i < len(t.Text); i++ {
		c := t.Text[i]
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

func isDay(n int) bool  { return n >= 1 && n <= 31 }
func isYear(n int) bool { return n >= 1000 && n <= 2200 }

// numParts splits a numeric compound ("27-28", "2021-11-04") or dotted
// number ("04.11.2021") into up to 3 integers.
func numParts(t Token, sep func(byte) bool) (p [3]int, n int) {
	if t.Kind != Number {
		return p, 0
	}
	cur, digits := 0, 0
	for i := 0; i < len(t.Text); i++ {
		c := t.Text[i]
		switch {
		case c >= '0' && c <= '9':
			cur = cur*10 + int(c-'0')
			digits++
			if digits > 4 {
				return p, 0
			}
		case sep(c) && digits > 0 && n < 2:
			p[n] = cur
			n++
			cur, digits = 0, 0
			// skip the rest of a multi-byte dash
			if c >= 0x80 {
				for i+1 < len(t.Text) && t.Text[i+1] >= 0x80 && t.Text[i+1] < 0xC0 {
					i++
				}
			}
		default:
			return p, 0
		}
	}
	if digits == 0 {
		return p, 0
	}
	p[n] = cur
	return p, n + 1
}

func isDashByte(c byte) bool { return c == '-' || c == 0xE2 }
func isDotByte(c byte) bool  { return c == '.' }

// Dates finds dates, months, years and ranges in toks: "20 січня 2022
// року", "20 января 2022 г.", "on 14 September 2023", "September 14,
// 2023", "27-28 ноября", "27 – 28 листопада", "з 5 по 7 жовтня",
// "04.11.2021", "у 1961 році", "in 1961", "2024–2026 роки", "вересня 2023".
// Matches do not overlap and are in text order.
func Dates(toks []Token) []Date {
	var out []Date
	for i := 0; i < len(toks); {
		if d, ok := dateAt(toks, i); ok {
			out = append(out, d)
			i = d.Last
			continue
		}
		i++
	}
	return out
}

// dateAt tries to read a date starting at token i.
func dateAt(toks []Token, i int) (Date, bool) {
	t := toks[i]
	n := len(toks)
	at := func(k int) Token {
		if k < n {
			return toks[k]
		}
		return Token{Kind: Symbol}
	}
	d := Date{First: i}
	// "з 5 по 7 жовтня"
	if t.Kind == Word && rangeFrom[t.Key] {
		d1, d2 := smallInt(at(i+1)), smallInt(at(i+3))
		if isDay(d1) && rangeTo[at(i+2).Key] && isDay(d2) && d1 < d2 {
			if m := monthOf(at(i + 4)); m > 0 {
				d.First = i + 1
				d.Day, d.Month, d.Day2 = d1, m, d2
				d.Last = i + 5
				return withYear(toks, d), true
			}
		}
		return d, false
	}
	if t.Kind == Word {
		m := monthOf(t)
		if m == 0 {
			return d, false
		}
		// "September 14, 2023", "Sept. 14-15" (English order only)
		latin := t.Text[0] < 0x80
		if day := smallInt(at(i + 1)); latin && isDay(day) && at(i+1).Flags&SpaceBefore != 0 {
			d.Month, d.Day, d.Last = m, day, i+2
			if at(i+2).Key == "," && isYear(smallInt(at(i+3))) {
				d.Year, d.Last = smallInt(at(i+3)), i+4
			} else if isYear(smallInt(at(i + 2))) {
				d.Year, d.Last = smallInt(at(i+2)), i+3
			}
			return d, true
		}
		if p, k := numParts(at(i+1), isDashByte); latin && k == 2 && isDay(p[0]) && isDay(p[1]) && p[0] < p[1] {
			d.Month, d.Day, d.Day2, d.Last = m, p[0], p[1], i+2
			if at(i+2).Key == "," && isYear(smallInt(at(i+3))) {
				d.Year, d.Last = smallInt(at(i+3)), i+4
			}
			return d, true
		}
		// "вересня 2023 року", "September 2023"
		if y := smallInt(at(i + 1)); isYear(y) && len(at(i+1).Text) == 4 {
			d.Month, d.Year, d.Last = m, y, i+2
			if yearWords[at(i+2).Key] {
				d.Last++
			}
			return d, true
		}
		return d, false
	}
	if t.Kind != Number {
		return d, false
	}
	// "04.11.2021"
	if p, k := numParts(t, isDotByte); k == 3 && isDay(p[0]) && p[1] >= 1 && p[1] <= 12 && isYear(p[2]) {
		d.Day, d.Month, d.Year, d.Last = p[0], p[1], p[2], i+1
		return d, true
	}
	if p, k := numParts(t, isDashByte); k >= 2 {
		switch {
		case k == 3 && isYear(p[0]) && p[1] >= 1 && p[1] <= 12 && isDay(p[2]) && len(t.Text) == 10:
			// "2021-11-04"
			d.Year, d.Month, d.Day, d.Last = p[0], p[1], p[2], i+1
			return d, true
		case k == 2 && isDay(p[0]) && isDay(p[1]) && p[0] < p[1]:
			// "27-28 ноября"
			if m := monthOf(at(i + 1)); m > 0 {
				d.Day, d.Day2, d.Month, d.Last = p[0], p[1], m, i+2
				return withYear(toks, d), true
			}
		case k == 2 && isYear(p[0]) && isYear(p[1]) && p[0] < p[1] && p[1]-p[0] <= 100:
			// "2022-2024 роки"
			d.Year, d.Year2, d.Last = p[0], p[1], i+1
			if yearWords[at(i+1).Key] {
				d.Last++
			}
			return d, true
		}
		return d, false
	}
	v := smallInt(t)
	if isDay(v) {
		// "27 – 28 листопада", "27 листопада – 2 грудня"
		if at(i+1).Key == "-" {
			if v2 := smallInt(at(i + 2)); isDay(v2) && v < v2 {
				if m := monthOf(at(i + 3)); m > 0 {
					d.Day, d.Day2, d.Month, d.Last = v, v2, m, i+4
					return withYear(toks, d), true
				}
			}
		}
		if m := monthOf(at(i + 1)); m > 0 {
			d.Day, d.Month, d.Last = v, m, i+2
			if at(i+2).Key == "-" {
				if v2 := smallInt(at(i + 3)); isDay(v2) {
					if m2 := monthOf(at(i + 4)); m2 > 0 && m2 != m {
						d.Day2, d.Month2, d.Last = v2, m2, i+5
					}
				}
			}
			return withYear(toks, d), true
		}
		return d, false
	}
	if isYear(v) && len(t.Text) == 4 {
		// "2024 – 2026 роки"
		if at(i+1).Key == "-" {
			if v2 := smallInt(at(i + 2)); isYear(v2) && v < v2 && yearWords[at(i+3).Key] {
				d.Year, d.Year2, d.Last = v, v2, i+4
				return d, true
			}
		}
		if yearWords[at(i+1).Key] || (i > 0 && yearPreps[toks[i-1].Key]) {
			d.Year, d.Last = v, i+1
			if yearWords[at(i+1).Key] {
				d.Last++
			}
			return d, true
		}
	}
	return d, false
}

// withYear extends d (ending at d.Last) by a following year and year word.
func withYear(toks []Token, d Date) Date {
	if d.Last < len(toks) {
		if y := smallInt(toks[d.Last]); isYear(y) && len(toks[d.Last].Text) == 4 {
			d.Year = y
			d.Last++
			if d.Last < len(toks) && yearWords[toks[d.Last].Key] {
				d.Last++
			}
		}
	}
	return d
}
