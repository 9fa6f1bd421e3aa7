package eval

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

// factRuEvalClasses maps factRuEval object types to evaluation classes.
// LocOrg (a place acting as a party: "Россия заявила") counts as LOC.
var factRuEvalClasses = map[string]string{
	"Person":   PER,
	"Org":      ORG,
	"LocOrg":   LOC,
	"Location": LOC,
}

// factRuEvalNameParts are the span types that name an object; an object's
// mention is the range of its name parts, or of all its spans when it has
// none (descriptor-only objects such as "парламента").
var factRuEvalNameParts = map[string]bool{
	"name": true, "surname": true, "patronymic": true, "nickname": true,
	"org_name": true, "loc_name": true, "prj_name": true,
}

// freObject is a scored factRuEval object: its index in Gold.Entities and
// whether its mention is made of name parts.
type freObject struct {
	at    int
	named bool
}

type freSpan struct {
	typ string
	s   Span
}

// readFactRuEval reads the factRuEval-2016 files of one document: base
// .spans and .objects (required), .coref and .facts (optional).
func readFactRuEval(g *Gold, base string) error {
	idx := newCharIndex(g.Text)
	spans := map[string]freSpan{}
	err := eachLine(base+".spans", func(line string, n int) error {
		f := strings.Fields(strings.SplitN(line, "#", 2)[0])
		if len(f) == 0 {
			return nil
		}
		if len(f) < 4 {
			return fmt.Errorf("want \"id type start length ...\", got %q", line)
		}
		start, err1 := strconv.Atoi(f[2])
		length, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil || length < 0 {
			return fmt.Errorf("bad start/length %q %q", f[2], f[3])
		}
		s, err := idx.span(start, start+length)
		if err != nil {
			return err
		}
		spans[f[0]] = freSpan{f[1], s}
		return nil
	})
	if err != nil {
		return err
	}
	objs := map[string]freObject{}
	err = eachLine(base+".objects", func(line string, n int) error {
		f := strings.Fields(strings.SplitN(line, "#", 2)[0])
		if len(f) == 0 {
			return nil
		}
		if len(f) < 3 {
			return fmt.Errorf("want \"id type span-id...\", got %q", line)
		}
		var all, names []Span
		for _, id := range f[2:] {
			sp, ok := spans[id]
			if !ok {
				return fmt.Errorf("object %s refers to unknown span %s", f[0], id)
			}
			all = append(all, sp.s)
			if factRuEvalNameParts[sp.typ] {
				names = append(names, sp.s)
			}
		}
		class := factRuEvalClasses[f[1]]
		if class == "" {
			return nil
		}
		named := len(names) > 0
		if !named {
			names = all
		}
		e := GoldEntity{ID: f[0], Group: f[0], Type: class, Source: f[1]}
		r := (&GoldEntity{Spans: names}).Range()
		e.Spans = []Span{r}
		e.Text = string(g.Text[r.Start:r.End])
		objs[f[0]] = freObject{at: len(g.Entities), named: named}
		g.Entities = append(g.Entities, e)
		return nil
	})
	if err != nil {
		return err
	}
	chains, err := readFactRuEvalCoref(g, base+".coref", objs)
	if err != nil {
		return err
	}
	return readFactRuEvalFacts(g, base+".facts", chains)
}

// readFactRuEvalCoref reads the coreference chains: blocks of a header
// line "chain-id object-id..." followed by "key value" attribute lines
// (firstname, lastname, name, descriptor...), separated by blank lines.
// It sets the Group of the objects to the chain id and, for objects named
// by their name parts, the Lemma to the chain's base form (the last name
// for persons). It returns, for every chain, the ids of its scored objects.
func readFactRuEvalCoref(g *Gold, path string, objs map[string]freObject) (map[string][]string, error) {
	chains := map[string][]string{}
	var chain string
	var members []string
	attrs := map[string]string{}
	flush := func() {
		if chain == "" {
			return
		}
		for _, id := range members {
			o := objs[id]
			e := &g.Entities[o.at]
			e.Group = chain
			lemma := attrs["name"]
			if e.Type == PER {
				lemma = firstNonEmpty(attrs["lastname"], attrs["firstname"], attrs["name"])
			}
			if lemma != "" && o.named {
				e.Lemma = lemma
			}
		}
		chains[chain] = members
		chain, members = "", nil
		clear(attrs)
	}
	err := eachLine(path, func(line string, n int) error {
		f := strings.Fields(line)
		if len(f) == 0 {
			flush()
			return nil
		}
		if chain == "" {
			for _, x := range f {
				if _, err := strconv.Atoi(x); err != nil {
					return fmt.Errorf("want a chain header \"chain-id object-id...\", got %q", line)
				}
			}
			chain = f[0]
			for _, id := range f[1:] {
				if _, ok := objs[id]; ok {
					members = append(members, id)
				}
			}
			return nil
		}
		if _, ok := attrs[f[0]]; !ok && len(f) > 1 {
			attrs[f[0]] = strings.Join(f[1:], " ")
		}
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return chains, nil
	}
	if err != nil {
		return nil, err
	}
	flush()
	return chains, nil
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// readFactRuEvalFacts reads the facts: blocks of a header line
// "fact-id Type" followed by "Role ref text" lines. Occupation(Who, Where)
// becomes holds_position(person, org); Meeting(Participant...) becomes
// met_with for every pair of participants. Other facts are not scored.
func readFactRuEvalFacts(g *Gold, path string, chains map[string][]string) error {
	var typ string
	var headerLine int
	roles := map[string][]string{} // role → object ids (chain representatives)
	seen := map[string]bool{}
	add := func(rel, ra, a, rb, b string) {
		if a == b {
			return
		}
		key := rel + "\x00" + a + "\x00" + b
		if seen[key] {
			return
		}
		seen[key] = true
		g.Relations = append(g.Relations, GoldRelation{Type: rel, Args: map[string]string{ra: a, rb: b}, Source: typ})
	}
	flush := func() {
		switch typ {
		case "Occupation":
			for _, who := range roles["Who"] {
				for _, where := range roles["Where"] {
					add(HoldsPosition, "person", who, "org", where)
				}
			}
		case "Meeting":
			p := roles["Participant"]
			for i := range p {
				for j := i + 1; j < len(p); j++ {
					a, b := p[i], p[j]
					if b < a {
						a, b = b, a
					}
					add(MetWith, "party", a, "counterparty", b)
				}
			}
		}
		typ = ""
		clear(roles)
	}
	err := eachLine(path, func(line string, n int) error {
		f := strings.Fields(line)
		if len(f) == 0 {
			flush()
			return nil
		}
		if typ == "" {
			if len(f) < 2 {
				return fmt.Errorf("want a fact header \"fact-id Type\", got %q", line)
			}
			typ, headerLine = f[1], n
			return nil
		}
		if len(f) < 2 || !strings.HasPrefix(f[1], "obj") {
			return nil // span references (Position), modality, phase...
		}
		members, ok := chains[strings.TrimPrefix(f[1], "obj")]
		if !ok {
			return fmt.Errorf("fact at line %d refers to unknown object %s", headerLine, f[1])
		}
		if len(members) > 0 {
			roles[f[0]] = append(roles[f[0]], members[0])
		}
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	flush()
	return nil
}
