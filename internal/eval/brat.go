package eval

import (
	"fmt"
	"strconv"
	"strings"
)

// nerelClasses maps NEREL entity types to evaluation classes.
var nerelClasses = map[string]string{
	"PERSON":            PER,
	"CITY":              LOC,
	"COUNTRY":           LOC,
	"STATE_OR_PROVINCE": LOC,
	"LOCATION":          LOC,
	"DISTRICT":          LOC,
	"ORGANIZATION":      ORG,
	"EVENT":             EVT,
}

// nerukClasses maps NER-UK entity types to evaluation classes.
var nerukClasses = map[string]string{
	"PERS": PER,
	"LOC":  LOC,
	"ORG":  ORG,
}

// bratMention is one "T" line, whatever its type.
type bratMention struct {
	typ   string // corpus type
	class string // evaluation class or ""
}

// bratRelation is one "R" line.
type bratRelation struct {
	typ        string
	arg1, arg2 string
	line       int
}

// isBratID reports whether s looks like a brat annotation id: a letter
// among T R E A M N or "#" or "*" followed by digits.
func isBratID(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case 'T', 'R', 'E', 'A', 'M', 'N', '#', '*':
	default:
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s[0] == '#' || s[0] == '*' || len(s) > 1
}

// readBrat reads a brat standoff .ann file (NEREL or NER-UK) into g.
func readBrat(g *Gold, path string) error {
	classes := nerelClasses
	if g.Format == NERUK {
		classes = nerukClasses
	}
	idx := newCharIndex(g.Text)
	mentions := map[string]bratMention{}
	groups := map[string]string{}
	var rels []bratRelation
	err := eachLine(path, func(line string, n int) error {
		id, rest, ok := strings.Cut(line, "\t")
		if !ok || !isBratID(id) {
			return nil // blank, or a continuation of a multi-line text field
		}
		switch id[0] {
		case 'T':
			e, err := parseBratMention(g, idx, id, rest)
			if err != nil {
				return err
			}
			if _, dup := mentions[id]; dup {
				return fmt.Errorf("duplicate id %s", id)
			}
			e.Type = classes[e.Source]
			mentions[id] = bratMention{typ: e.Source, class: e.Type}
			if e.Type != "" {
				g.Entities = append(g.Entities, e)
			} else if g.Format == NERUK && len(e.Spans) > 0 {
				g.Unscored = append(g.Unscored, e.Range())
			}
		case 'R':
			f := strings.Fields(rest)
			if len(f) < 3 {
				return fmt.Errorf("relation %s: want \"TYPE Arg1:Tn Arg2:Tm\", got %q", id, rest)
			}
			r := bratRelation{typ: f[0], line: n}
			for _, a := range f[1:] {
				role, ref, ok := strings.Cut(a, ":")
				if !ok {
					break // the text field, if any
				}
				switch role {
				case "Arg1":
					r.arg1 = ref
				case "Arg2":
					r.arg2 = ref
				}
			}
			if r.arg1 == "" || r.arg2 == "" {
				return fmt.Errorf("relation %s: missing Arg1 or Arg2 in %q", id, rest)
			}
			rels = append(rels, r)
		case 'N':
			// N1<TAB>Reference T11 Wikidata:Q13133<TAB>name
			f := strings.Fields(strings.SplitN(rest, "\t", 2)[0])
			if len(f) >= 3 && strings.HasPrefix(f[2], "Wikidata:Q") {
				groups[f[1]] = strings.TrimPrefix(f[2], "Wikidata:")
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for i := range g.Entities {
		e := &g.Entities[i]
		if q, ok := groups[e.ID]; ok {
			e.Group = q
		}
	}
	if g.Format == NEREL {
		return nerelRelations(g, path, mentions, rels)
	}
	return nil
}

// parseBratMention parses the part of a "T" line after the id: either
// brat's "TYPE s e[;s e...]<TAB>text" or NER-UK's
// "TYPE<TAB>s<TAB>e<TAB>text".
func parseBratMention(g *Gold, idx *charIndex, id, rest string) (GoldEntity, error) {
	e := GoldEntity{ID: id, Group: id}
	f := strings.Split(rest, "\t")
	var offs []string // "s e" pairs
	var want string
	multiline := false
	if typ, o, ok := strings.Cut(f[0], " "); ok {
		e.Source = typ
		offs = strings.Split(o, ";")
		if len(f) > 1 {
			want = f[1]
		}
	} else {
		if len(f) < 3 {
			return e, fmt.Errorf("mention %s: want \"TYPE<TAB>start<TAB>end<TAB>text\", got %q", id, rest)
		}
		e.Source = f[0]
		offs = []string{f[1] + " " + f[2]}
		if len(f) > 3 {
			want = f[3]
		}
		multiline = true
	}
	for _, o := range offs {
		a, b, ok := strings.Cut(strings.TrimSpace(o), " ")
		start, err1 := strconv.Atoi(a)
		end, err2 := strconv.Atoi(strings.TrimSpace(b))
		if !ok || err1 != nil || err2 != nil {
			return e, fmt.Errorf("mention %s: bad offsets %q", id, o)
		}
		s, err := idx.span(start, end)
		if err != nil {
			return e, fmt.Errorf("mention %s: %v", id, err)
		}
		e.Spans = append(e.Spans, s)
	}
	if want != "" && !sameText(g.Text, e.Spans, want, multiline) {
		return e, fmt.Errorf("mention %s: text %q does not match the offsets (%q)", id, want, spanText(g.Text, e.Spans))
	}
	e.Text = spanText(g.Text, e.Spans)
	return e, nil
}

// spanText returns the text of spans, fragments joined by a space.
func spanText(text []byte, spans []Span) string {
	if len(spans) == 1 {
		return string(text[spans[0].Start:spans[0].End])
	}
	var b strings.Builder
	for i, s := range spans {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.Write(text[s.Start:s.End])
	}
	return b.String()
}

// nerelRelations maps NEREL relations to factum relation types:
//
//   - WORKPLACE(PERSON, ORG or place) → holds_position(person, org); a
//     WORKPLACE whose first argument is a PROFESSION is joined with
//     WORKS_AS(PERSON, that PROFESSION);
//   - HEADQUARTERED_IN and LOCATED_IN(ORG or place, place) → located_in;
//   - TAKES_PLACE_IN(EVENT, place) → held_in;
//   - ORGANIZES(PER, ORG or place, EVENT) → organizer_of.
//
// Relations whose arguments factum cannot produce (facilities, persons
// "located" somewhere...) are left out. Duplicates (same type, same
// argument groups) are kept once.
func nerelRelations(g *Gold, path string, mentions map[string]bratMention, rels []bratRelation) error {
	worksAs := map[string][]string{} // PROFESSION id → PERSON ids
	for _, r := range rels {
		for _, a := range [2]string{r.arg1, r.arg2} {
			if _, ok := mentions[a]; !ok {
				return lineErr(path, r.line, "relation %s refers to unknown mention %s", r.typ, a)
			}
		}
		if r.typ == "WORKS_AS" && mentions[r.arg1].typ == "PERSON" && mentions[r.arg2].typ == "PROFESSION" {
			worksAs[r.arg2] = append(worksAs[r.arg2], r.arg1)
		}
	}
	group := map[string]string{}
	for _, e := range g.Entities {
		group[e.ID] = e.Group
	}
	seen := map[string]bool{}
	add := func(typ, source, roleA, a, roleB, b string) {
		key := typ + "\x00" + group[a] + "\x00" + group[b]
		if seen[key] {
			return
		}
		seen[key] = true
		g.Relations = append(g.Relations, GoldRelation{Type: typ, Args: map[string]string{roleA: a, roleB: b}, Source: source})
	}
	for _, r := range rels {
		m1, m2 := mentions[r.arg1], mentions[r.arg2]
		switch r.typ {
		case "WORKPLACE":
			if m2.class != ORG && m2.class != LOC {
				continue
			}
			switch m1.typ {
			case "PERSON":
				add(HoldsPosition, r.typ, "person", r.arg1, "org", r.arg2)
			case "PROFESSION":
				for _, p := range worksAs[r.arg1] {
					add(HoldsPosition, "WORKS_AS+WORKPLACE", "person", p, "org", r.arg2)
				}
			}
		case "HEADQUARTERED_IN", "LOCATED_IN":
			if (m1.class == ORG || m1.class == LOC) && m2.class == LOC {
				add(LocatedIn, r.typ, "subject", r.arg1, "place", r.arg2)
			}
		case "TAKES_PLACE_IN":
			if m1.class == EVT && m2.class == LOC {
				add(HeldIn, r.typ, "event", r.arg1, "place", r.arg2)
			}
		case "ORGANIZES":
			if (m1.class == PER || m1.class == ORG || m1.class == LOC) && m2.class == EVT {
				add(OrganizerOf, r.typ, "organizer", r.arg1, "event", r.arg2)
			}
		}
	}
	return nil
}
