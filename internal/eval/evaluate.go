package eval

import (
	"cmp"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/factum-nlp/factum/extract"
	"github.com/factum-nlp/factum/internal/text"
)

// ExtractFunc extracts one document: name is Gold.Doc, text is Gold.Text.
// It must be safe for concurrent use.
type ExtractFunc func(name string, text []byte) (*extract.Document, error)

// Options tunes Evaluate.
type Options struct {
	// Workers is the number of documents extracted at once; 0 or less
	// means runtime.NumCPU().
	Workers int
	// Errors, when set, lists every missed and spurious mention and
	// relation and every wrong lemma in Report.Errors.
	Errors bool
}

// Evaluate runs x over every gold document on a pool of workers and
// compares its output with the annotations. Entity mentions are compared
// per class by exact byte span and by overlap (one-to-one); lemmas of PER
// and LOC mentions found with the exact span are compared with the
// corpus base forms; relations of the types the corpus annotates are
// compared by type and argument overlap. Predictions of classes and
// relation types a corpus does not annotate are ignored.
//
// An error from x (or a panic in it) stops the evaluation and is returned
// with the document's name.
func Evaluate(golds []*Gold, x ExtractFunc, opt Options) (*Report, error) {
	if x == nil {
		return nil, errors.New("eval: nil ExtractFunc")
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	workers = max(1, min(workers, len(golds)))
	results := make([]docResult, len(golds))
	var next atomic.Int64
	var failed atomic.Bool
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for !failed.Load() {
				i := int(next.Add(1) - 1)
				if i >= len(golds) {
					return
				}
				g := golds[i]
				if g == nil {
					results[i].err = fmt.Errorf("eval: document %d is nil", i)
					failed.Store(true)
					return
				}
				d, err := safeExtract(x, g)
				if err != nil {
					results[i].err = err
					failed.Store(true)
					return
				}
				results[i] = scoreDoc(g, d, opt.Errors)
			}
		})
	}
	wg.Wait()
	r := newReport()
	for i := range results {
		if err := results[i].err; err != nil {
			return nil, err
		}
	}
	for i := range results {
		r.add(golds[i], &results[i])
	}
	r.finish()
	return r, nil
}

// safeExtract calls x, turning a panic into an error.
func safeExtract(x ExtractFunc, g *Gold) (d *extract.Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			d, err = nil, fmt.Errorf("eval: %s: extractor panicked: %v", g.Doc, p)
		}
	}()
	d, err = x(g.Doc, g.Text)
	if err != nil {
		return nil, fmt.Errorf("eval: %s: %w", g.Doc, err)
	}
	if d == nil {
		d = &extract.Document{}
	}
	return d, nil
}

// Class indexes into the per-class arrays.
const nClasses = 4

func classIndex(c string) int {
	switch c {
	case PER:
		return 0
	case LOC:
		return 1
	case ORG:
		return 2
	case EVT:
		return 3
	}
	return -1
}

// docResult holds the counts of one document.
type docResult struct {
	err      error
	scored   [nClasses]bool
	exact    [nClasses]Counts
	overlap  [nClasses]Counts
	lemmas   [nClasses]LemmaScore
	relTypes []string
	rels     map[string]*Counts
	errs     []Mismatch
}

// mention is a gold or predicted mention being matched.
type mention struct {
	class   int
	start   int
	end     int
	ref     int // index of the gold entity or of the predicted entity
	matched bool
}

type spanKey struct {
	class, start, end int
}

// scoreDoc compares one extracted document with its gold annotations.
func scoreDoc(g *Gold, d *extract.Document, keepErrs bool) docResult {
	var res docResult
	info, ok := formatInfos[g.Format]
	if !ok {
		info = formatInfo{classes: classOrder}
		for _, r := range g.Relations {
			if !slices.Contains(info.relations, r.Type) {
				info.relations = append(info.relations, r.Type)
			}
		}
	}
	for _, c := range info.classes {
		res.scored[classIndex(c)] = true
	}

	// Gold mentions, one per class and span.
	golds := make([]mention, 0, len(g.Entities))
	seen := make(map[spanKey]bool, len(g.Entities))
	for i := range g.Entities {
		e := &g.Entities[i]
		c := classIndex(e.Type)
		if c < 0 || !res.scored[c] || len(e.Spans) == 0 {
			continue
		}
		r := e.Range()
		k := spanKey{c, r.Start, r.End}
		if seen[k] {
			continue
		}
		seen[k] = true
		golds = append(golds, mention{class: c, start: r.Start, end: r.End, ref: i})
	}
	// Predicted mentions, one per class and span.
	var preds []mention
	predAt := map[spanKey]int{}
	for i := range d.Entities {
		e := &d.Entities[i]
		c := classIndex(ClassOf(e.Type))
		if c < 0 || !res.scored[c] {
			continue
		}
		for _, m := range e.Mentions {
			k := spanKey{c, m.Start, m.End}
			if _, dup := predAt[k]; dup {
				continue
			}
			if g.Format == NERUK && ClassOf(e.Type) == LOC && !seen[k] && placeAdjectiveMention(m.Text) {
				continue // not annotated there: see placeAdjectiveMention
			}
			predAt[k] = len(preds)
			preds = append(preds, mention{class: c, start: m.Start, end: m.End, ref: i})
		}
	}

	if flatFormat(g.Format) {
		preds = outermost(preds)
		if len(g.Unscored) > 0 {
			preds = slices.DeleteFunc(preds, func(p mention) bool {
				if seen[spanKey{p.class, p.start, p.end}] {
					return false // annotated even so
				}
				for _, u := range g.Unscored {
					if u.Start <= p.start && p.end <= u.End {
						return true
					}
				}
				return false
			})
		}
		predAt = map[spanKey]int{}
		for i, p := range preds {
			predAt[spanKey{p.class, p.start, p.end}] = i
		}
	}

	// Exact matches, then lemmas of the exact matches.
	for gi := range golds {
		gm := &golds[gi]
		pi, ok := predAt[spanKey{gm.class, gm.start, gm.end}]
		if !ok {
			continue
		}
		gm.matched, preds[pi].matched = true, true
		res.exact[gm.class].TP++
		res.overlap[gm.class].TP++
		ge := &g.Entities[gm.ref]
		if ge.Lemma == "" || (ge.Type != PER && ge.Type != LOC) {
			continue
		}
		pe := &d.Entities[preds[pi].ref]
		ls := &res.lemmas[gm.class]
		ls.Found++
		got := pe.Lemma
		for _, m := range pe.Mentions {
			if m.Start == gm.start && m.End == gm.end && m.Lemma != "" {
				got = m.Lemma // the mention's own nominative ("КНР", "Орлов")
			}
		}
		if LemmaMatch(ge.Type, ge.Lemma, got) {
			ls.Correct++
		} else if keepErrs {
			res.errs = append(res.errs, Mismatch{Doc: g.Doc, Kind: WrongLemma, Class: ge.Type,
				Start: gm.start, End: gm.end, Text: ge.Text, Want: ge.Lemma, Got: got})
		}
	}
	for _, gm := range golds {
		if !gm.matched {
			res.exact[gm.class].FN++
		}
	}
	for _, pm := range preds {
		if !pm.matched {
			res.exact[pm.class].FP++
		}
	}
	// Overlap matches among the rest, one-to-one, in text order.
	sortMentions(golds)
	sortMentions(preds)
	for gi := range golds {
		gm := &golds[gi]
		if gm.matched {
			continue
		}
		for pi := range preds {
			pm := &preds[pi]
			if pm.start >= gm.end {
				break
			}
			if pm.matched || pm.class != gm.class || pm.end <= gm.start {
				continue
			}
			gm.matched, pm.matched = true, true
			res.overlap[gm.class].TP++
			break
		}
	}
	for _, gm := range golds {
		if !gm.matched {
			res.overlap[gm.class].FN++
			if keepErrs {
				e := &g.Entities[gm.ref]
				res.errs = append(res.errs, Mismatch{Doc: g.Doc, Kind: Missed, Class: e.Type,
					Start: gm.start, End: gm.end, Text: e.Text})
			}
		}
	}
	for _, pm := range preds {
		if !pm.matched {
			res.overlap[pm.class].FP++
			if keepErrs {
				e := &d.Entities[pm.ref]
				res.errs = append(res.errs, Mismatch{Doc: g.Doc, Kind: Spurious, Class: classOrder[pm.class],
					Start: pm.start, End: pm.end, Text: safeSlice(g.Text, pm.start, pm.end), Got: e.Type + " " + e.ID})
			}
		}
	}

	res.relTypes = info.relations
	if len(info.relations) > 0 {
		scoreRelations(g, d, &res, keepErrs)
	}
	return res
}

// placeAdjectiveMention reports whether a mention's text is one Ukrainian
// adjective of a place ("польське" in "польське місто Краків", "Британська
// компанія"). NER-UK never annotates such adjectives, as names or
// otherwise: there a predicted one is neither right nor wrong and is not
// scored, unless the gold has a mention at the same span.
func placeAdjectiveMention(s string) bool {
	if strings.ContainsAny(s, " -'’") {
		return false
	}
	w := strings.ToLower(s)
	for _, stem := range []string{"ськ", "цьк", "зьк"} {
		i := strings.LastIndex(w, stem)
		if i <= 0 {
			continue
		}
		switch w[i+len(stem):] {
		case "ий", "а", "е", "і", "ого", "ої", "ому", "ій", "им", "ою", "у", "их", "ими":
			return true
		}
	}
	return false
}

// flatFormat reports whether a corpus annotates flat (non-nested) entities:
// there, a predicted mention inside a longer predicted mention ("України"
// in "Міністерство освіти і науки України") is not scored.
func flatFormat(f Format) bool { return f == NERUK || f == SlavicNER }

// outermost drops the mentions contained in another, longer mention.
func outermost(ms []mention) []mention {
	out := ms[:0:0]
	for i, m := range ms {
		inner := false
		for j, o := range ms {
			if i != j && o.start <= m.start && m.end <= o.end && o.end-o.start > m.end-m.start {
				inner = true
				break
			}
		}
		if !inner {
			out = append(out, m)
		}
	}
	return out
}

func sortMentions(ms []mention) {
	slices.SortFunc(ms, func(a, b mention) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end), cmp.Compare(a.class, b.class))
	})
}

// safeSlice returns text[start:end] as a string, or "" when the range is
// not inside text.
func safeSlice(text []byte, start, end int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	return string(text[start:end])
}

// predRel is a predicted relation with its arguments resolved.
type predRel struct {
	typ     string
	a, b    []extract.Mention
	desc    string
	matched bool
}

// scoreRelations compares the relations of the types the corpus annotates.
func scoreRelations(g *Gold, d *extract.Document, res *docResult, keepErrs bool) {
	res.rels = make(map[string]*Counts, len(res.relTypes))
	for _, t := range res.relTypes {
		res.rels[t] = &Counts{}
	}
	ents := make(map[string]*extract.Entity, len(d.Entities))
	for i := range d.Entities {
		ents[d.Entities[i].ID] = &d.Entities[i]
	}
	mentionsOf := func(id string) []extract.Mention {
		if e, ok := ents[id]; ok {
			return e.Mentions
		}
		return nil
	}
	var preds []predRel
	seen := map[string]bool{}
	for _, r := range d.Relations {
		if res.rels[r.Type] == nil {
			continue
		}
		roles, ok := relRoles[r.Type]
		if !ok {
			continue
		}
		a, b := r.Args[roles.a], r.Args[roles.b]
		if roles.symmetric && b < a {
			a, b = b, a
		}
		key := r.Type + "\x00" + a + "\x00" + b
		if seen[key] {
			continue
		}
		seen[key] = true
		preds = append(preds, predRel{typ: r.Type, a: mentionsOf(a), b: mentionsOf(b),
			desc: fmt.Sprintf("%s(%s, %s)", r.Type, a, b)})
	}
	groups := make(map[string][]Span, len(g.Entities))
	byID := make(map[string]*GoldEntity, len(g.Entities))
	for i := range g.Entities {
		e := &g.Entities[i]
		groups[e.Group] = append(groups[e.Group], e.Spans...)
		byID[e.ID] = e
	}
	spansOf := func(id string) ([]Span, string) {
		e, ok := byID[id]
		if !ok {
			return nil, id
		}
		return groups[e.Group], e.Text
	}
	for _, gr := range g.Relations {
		c := res.rels[gr.Type]
		roles, ok := relRoles[gr.Type]
		if c == nil || !ok {
			continue
		}
		ga, ta := spansOf(gr.Args[roles.a])
		gb, tb := spansOf(gr.Args[roles.b])
		found := false
		for i := range preds {
			p := &preds[i]
			if p.matched || p.typ != gr.Type {
				continue
			}
			if (overlapsAny(p.a, ga) && overlapsAny(p.b, gb)) ||
				(roles.symmetric && overlapsAny(p.a, gb) && overlapsAny(p.b, ga)) {
				p.matched, found = true, true
				break
			}
		}
		if found {
			c.TP++
			continue
		}
		c.FN++
		if keepErrs {
			res.errs = append(res.errs, Mismatch{Doc: g.Doc, Kind: Missed, Class: gr.Type,
				Start: -1, End: -1, Text: fmt.Sprintf("%s(%s, %s)", gr.Type, ta, tb)})
		}
	}
	for _, p := range preds {
		if !p.matched {
			res.rels[p.typ].FP++
			if keepErrs {
				res.errs = append(res.errs, Mismatch{Doc: g.Doc, Kind: Spurious, Class: p.typ,
					Start: -1, End: -1, Text: p.desc})
			}
		}
	}
}

// overlapsAny reports whether any mention overlaps any span.
func overlapsAny(ms []extract.Mention, ss []Span) bool {
	for _, m := range ms {
		for _, s := range ss {
			if m.Start < s.End && s.Start < m.End {
				return true
			}
		}
	}
	return false
}

// LemmaMatch reports whether a predicted lemma matches a gold base form of
// the given class. Both are compared under text.Key (case, ё/е and other
// spelling variants folded) with white space collapsed. For PER, a
// single-word gold form (a surname alone) also matches the last word of
// the predicted lemma.
func LemmaMatch(class, gold, pred string) bool {
	g, p := lemmaKey(gold), lemmaKey(pred)
	if g == "" || p == "" {
		return false
	}
	if g == p {
		return true
	}
	if class == PER && !strings.Contains(g, " ") {
		if i := strings.LastIndexByte(p, ' '); i >= 0 {
			return p[i+1:] == g
		}
	}
	return false
}

func lemmaKey(s string) string {
	return text.Key(strings.Join(strings.Fields(s), " "))
}
