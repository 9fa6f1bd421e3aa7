package eval

import (
	"fmt"
	"strconv"
	"strings"
)

// readSlavicNER reads a SlavicNER (BSNLP) table: one mention per line,
// "start<TAB>end<TAB>surface<TAB>lemma<TAB>type<TAB>id", character offsets
// with an exclusive end. PRO (products) rows are skipped.
func readSlavicNER(g *Gold, path string) error {
	idx := newCharIndex(g.Text)
	return eachLine(path, func(line string, n int) error {
		if strings.TrimSpace(line) == "" {
			return nil
		}
		f := strings.Split(line, "\t")
		if len(f) < 5 {
			return fmt.Errorf("want 6 tab-separated columns (start, end, surface, lemma, type, id), got %d", len(f))
		}
		typ := strings.TrimSpace(f[4])
		class := ""
		switch typ {
		case PER, LOC, ORG, EVT:
			class = typ
		case "PRO":
		default:
			return fmt.Errorf("unknown entity type %q", typ)
		}
		start, err1 := strconv.Atoi(strings.TrimSpace(f[0]))
		end, err2 := strconv.Atoi(strings.TrimSpace(f[1]))
		if err1 != nil || err2 != nil {
			return fmt.Errorf("bad offsets %q %q", f[0], f[1])
		}
		s, err := idx.span(start, end)
		if err != nil {
			return err
		}
		if !sameText(g.Text, []Span{s}, f[2], false) {
			return fmt.Errorf("surface %q does not match the offsets (%q)", f[2], g.Text[s.Start:s.End])
		}
		if class == "" {
			return nil
		}
		id := "L" + strconv.Itoa(n)
		group := id
		if len(f) > 5 && strings.TrimSpace(f[5]) != "" {
			group = strings.TrimSpace(f[5])
		}
		g.Entities = append(g.Entities, GoldEntity{
			ID:     id,
			Group:  group,
			Type:   class,
			Source: typ,
			Spans:  []Span{s},
			Text:   f[2],
			Lemma:  strings.TrimSpace(f[3]),
		})
		return nil
	})
}
