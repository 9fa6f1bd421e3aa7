package eval

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// Counts are the matching counts of one row of a Report, with precision,
// recall and F1 computed from them (0 when undefined).
type Counts struct {
	TP int     `json:"tp"`
	FP int     `json:"fp"`
	FN int     `json:"fn"`
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

func (c *Counts) add(o Counts) {
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
}

// compute fills P, R and F1 from the counts.
func (c *Counts) compute() {
	c.P, c.R, c.F1 = 0, 0, 0
	if c.TP+c.FP > 0 {
		c.P = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		c.R = float64(c.TP) / float64(c.TP+c.FN)
	}
	if c.P+c.R > 0 {
		c.F1 = 2 * c.P * c.R / (c.P + c.R)
	}
}

// Gold is the number of gold items: TP + FN.
func (c Counts) Gold() int { return c.TP + c.FN }

// Pred is the number of predicted items: TP + FP.
func (c Counts) Pred() int { return c.TP + c.FP }

// ClassScore scores the mentions of one entity class.
type ClassScore struct {
	// Class is PER, LOC, ORG, EVT, or "ALL" for the sum of PER, LOC and
	// ORG.
	Class string `json:"class"`
	// Exact counts a predicted mention as correct when its start and end
	// bytes equal a gold mention's.
	Exact Counts `json:"exact"`
	// Overlap counts it as correct when it overlaps a gold mention of the
	// same class (each gold mention matched at most once).
	Overlap Counts `json:"overlap"`
}

// LemmaScore scores lemmas of one class: of the gold mentions that have a
// base form and were found with the exact span, the share whose
// predicted entity lemma matches it (see LemmaMatch).
type LemmaScore struct {
	Class    string  `json:"class"`
	Found    int     `json:"found"`
	Correct  int     `json:"correct"`
	Accuracy float64 `json:"accuracy"`
}

// RelationScore scores one relation type.
type RelationScore struct {
	Type string `json:"type"`
	Counts
}

// Kinds of Mismatch.
const (
	Missed     = "missed"   // a gold mention or relation not found
	Spurious   = "spurious" // a predicted mention or relation not in the gold data
	WrongLemma = "lemma"    // an exact mention whose lemma differs from the base form
)

// Mismatch is one error of the extractor, listed when Options.Errors is
// set.
type Mismatch struct {
	Doc string `json:"doc"`
	// Kind is Missed, Spurious or WrongLemma.
	Kind string `json:"kind"`
	// Class is the entity class or the relation type.
	Class string `json:"class"`
	// Start and End are the byte span of a mention; -1 for relations.
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is the mention text or a description of the relation.
	Text string `json:"text"`
	// Want and Got are the gold and predicted lemma (Got also names the
	// predicted entity of a spurious mention).
	Want string `json:"want,omitempty"`
	Got  string `json:"got,omitempty"`
}

// Report is the result of Evaluate.
type Report struct {
	// Docs is the number of documents evaluated.
	Docs int `json:"docs"`
	// Formats are the corpus formats of the documents.
	Formats []Format `json:"formats"`
	// Entities has one row per class annotated by the corpora, in the
	// order PER, LOC, ORG, ALL (micro-average of PER, LOC, ORG), EVT.
	Entities []ClassScore `json:"entities"`
	// Lemmas has a row for PER and LOC when the corpora give base forms.
	Lemmas []LemmaScore `json:"lemmas,omitempty"`
	// Relations has one row per relation type annotated by the corpora.
	Relations []RelationScore `json:"relations,omitempty"`
	// Errors lists the mismatches when Options.Errors is set.
	Errors []Mismatch `json:"errors,omitempty"`

	scored  [nClasses]bool
	exact   [nClasses]Counts
	overlap [nClasses]Counts
	lemmas  [nClasses]LemmaScore
	rels    map[string]*Counts
	relSeq  []string
}

func newReport() *Report {
	return &Report{rels: map[string]*Counts{}}
}

// add adds one document's counts.
func (r *Report) add(g *Gold, d *docResult) {
	r.Docs++
	if g.Format != "" && !slices.Contains(r.Formats, g.Format) {
		r.Formats = append(r.Formats, g.Format)
	}
	for c := range nClasses {
		if d.scored[c] {
			r.scored[c] = true
		}
		r.exact[c].add(d.exact[c])
		r.overlap[c].add(d.overlap[c])
		r.lemmas[c].Found += d.lemmas[c].Found
		r.lemmas[c].Correct += d.lemmas[c].Correct
	}
	for _, t := range d.relTypes {
		c := r.rels[t]
		if c == nil {
			c = &Counts{}
			r.rels[t] = c
			r.relSeq = append(r.relSeq, t)
		}
		if dc := d.rels[t]; dc != nil {
			c.add(*dc)
		}
	}
	r.Errors = append(r.Errors, d.errs...)
}

// finish builds the exported rows from the sums.
func (r *Report) finish() {
	var all ClassScore
	all.Class = "ALL"
	for c, name := range classOrder {
		if !r.scored[c] {
			continue
		}
		row := ClassScore{Class: name, Exact: r.exact[c], Overlap: r.overlap[c]}
		row.Exact.compute()
		row.Overlap.compute()
		if name == EVT {
			all.Exact.compute()
			all.Overlap.compute()
			r.Entities = append(r.Entities, all, row)
			all.Class = ""
			continue
		}
		all.Exact.add(r.exact[c])
		all.Overlap.add(r.overlap[c])
		r.Entities = append(r.Entities, row)
	}
	if all.Class != "" && len(r.Entities) > 0 {
		all.Exact.compute()
		all.Overlap.compute()
		r.Entities = append(r.Entities, all)
	}
	for c, name := range classOrder {
		l := r.lemmas[c]
		if l.Found == 0 {
			continue
		}
		l.Class = name
		l.Accuracy = float64(l.Correct) / float64(l.Found)
		r.Lemmas = append(r.Lemmas, l)
	}
	order := []string{HoldsPosition, LocatedIn, HeldIn, OrganizerOf, MetWith}
	slices.SortStableFunc(r.relSeq, func(a, b string) int {
		ia, ib := slices.Index(order, a), slices.Index(order, b)
		if ia < 0 {
			ia = len(order)
		}
		if ib < 0 {
			ib = len(order)
		}
		return ia - ib
	})
	for _, t := range r.relSeq {
		c := *r.rels[t]
		c.compute()
		r.Relations = append(r.Relations, RelationScore{Type: t, Counts: c})
	}
}

// table is a report section: a header row and data rows, with the
// columns after the first right-aligned.
type table struct {
	title string
	head  []string
	rows  [][]string
}

func pct(f float64) string { return fmt.Sprintf("%.1f", 100*f) }

// tables lays the report out as tables.
func (r *Report) tables() []table {
	var ts []table
	if len(r.Entities) > 0 {
		t := table{title: "Entity mentions (exact span; overlap)",
			head: []string{"class", "gold", "pred", "TP", "FP", "FN", "P", "R", "F1", "ovl TP", "ovl P", "ovl R", "ovl F1"}}
		for _, e := range r.Entities {
			x, o := e.Exact, e.Overlap
			t.rows = append(t.rows, []string{e.Class, itoa(x.Gold()), itoa(x.Pred()),
				itoa(x.TP), itoa(x.FP), itoa(x.FN), pct(x.P), pct(x.R), pct(x.F1),
				itoa(o.TP), pct(o.P), pct(o.R), pct(o.F1)})
		}
		ts = append(ts, t)
	}
	if len(r.Lemmas) > 0 {
		t := table{title: "Lemmas (of gold mentions found with the exact span)",
			head: []string{"class", "found", "correct", "accuracy"}}
		for _, l := range r.Lemmas {
			t.rows = append(t.rows, []string{l.Class, itoa(l.Found), itoa(l.Correct), pct(l.Accuracy)})
		}
		ts = append(ts, t)
	}
	if len(r.Relations) > 0 {
		t := table{title: "Relations",
			head: []string{"type", "gold", "pred", "TP", "FP", "FN", "P", "R", "F1"}}
		for _, x := range r.Relations {
			t.rows = append(t.rows, []string{x.Type, itoa(x.Gold()), itoa(x.Pred()),
				itoa(x.TP), itoa(x.FP), itoa(x.FN), pct(x.P), pct(x.R), pct(x.F1)})
		}
		ts = append(ts, t)
	}
	return ts
}

func itoa(n int) string { return fmt.Sprint(n) }

func (r *Report) summary() string {
	fs := make([]string, len(r.Formats))
	for i, f := range r.Formats {
		fs[i] = string(f)
	}
	s := fmt.Sprintf("%d documents", r.Docs)
	if len(fs) > 0 {
		s += " (" + strings.Join(fs, ", ") + ")"
	}
	return s
}

// WriteText writes the report as aligned plain-text tables. P, R, F1 and
// accuracy are percentages.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	b.WriteString(r.summary() + "\n")
	for _, t := range r.tables() {
		b.WriteString("\n" + t.title + "\n")
		width := make([]int, len(t.head))
		for _, row := range append([][]string{t.head}, t.rows...) {
			for i, c := range row {
				width[i] = max(width[i], len(c))
			}
		}
		for _, row := range append([][]string{t.head}, t.rows...) {
			for i, c := range row {
				if i == 0 {
					fmt.Fprintf(&b, "%-*s", width[i], c)
				} else {
					fmt.Fprintf(&b, "  %*s", width[i], c)
				}
			}
			b.WriteByte('\n')
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteMarkdown writes the report as Markdown tables, for a README.
func (r *Report) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	b.WriteString(r.summary() + "\n")
	for _, t := range r.tables() {
		b.WriteString("\n**" + t.title + "**\n\n")
		b.WriteString("| " + strings.Join(t.head, " | ") + " |\n|")
		for i := range t.head {
			if i == 0 {
				b.WriteString("---|")
			} else {
				b.WriteString("---:|")
			}
		}
		b.WriteByte('\n')
		for _, row := range t.rows {
			b.WriteString("| " + strings.Join(row, " | ") + " |\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteErrors writes Report.Errors, one per line:
// doc, kind, class, span, text and, for lemmas, "want → got".
func (r *Report) WriteErrors(w io.Writer) error {
	var b strings.Builder
	for _, m := range r.Errors {
		span := "-"
		if m.Start >= 0 {
			span = fmt.Sprintf("%d-%d", m.Start, m.End)
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%q", m.Doc, m.Kind, m.Class, span, m.Text)
		switch {
		case m.Kind == WrongLemma:
			fmt.Fprintf(&b, "\t%q → %q", m.Want, m.Got)
		case m.Got != "":
			fmt.Fprintf(&b, "\t%s", m.Got)
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}
