package extract

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/factum-nlp/factum/internal/rules"
	"github.com/factum-nlp/factum/internal/text"
)

// Explanation shows how a text was read: its tokens, what the lexicon and
// the name recognizers found, which rules fired with their captures, and
// which rules came within one pattern element of firing.
type Explanation struct {
	Lang     string
	Tokens   []ExplainToken
	Spans    []ExplainSpan
	Fired    []ExplainRule
	Near     []ExplainNear
	Document *Document
}

// ExplainToken is one token with its match key and flags.
type ExplainToken struct {
	Start, End int
	Text, Key  string
	Flags      string
}

// ExplainSpan is a unit the rules see: an entity mention, a post, a date...
type ExplainSpan struct {
	Start, End int
	Text, Type string
	// ID and Lemma of the entity, or the post's nominative for a post.
	ID, Lemma string
}

// ExplainRule is a rule that fired, with its captures as slot → text.
type ExplainRule struct {
	Rule     string
	Sentence string
	Captures map[string]string
}

// ExplainNear is a rule that nearly fired and the element that failed.
type ExplainNear struct {
	Rule     string
	Sentence string
	Expected string
}

// Explain reads s like Extract and reports how.
func (x *Extractor) Explain(s string) (*Explanation, error) {
	if len(s) > x.opts.MaxBytes {
		return nil, ErrTooLarge
	}
	lang := x.opts.Lang
	if lang == "" {
		lang = text.DetectLang(s)
	}
	ex := &Explanation{Lang: lang}
	d := newDoc(x, s, lang)
	d.trace = ex
	for _, w := range windows(s, windowSize) {
		d.window(w[0], w[1])
		for _, t := range d.toks {
			ex.Tokens = append(ex.Tokens, ExplainToken{Start: t.Start + d.base, End: t.End + d.base, Text: t.Text, Key: t.Key, Flags: flagString(t.Flags)})
		}
		for i, sp := range d.spans {
			es := ExplainSpan{Start: sp.start, End: sp.end, Text: d.src[sp.start:sp.end], Type: sp.typ, Lemma: sp.role}
			if e := d.resolve(i); e != nil {
				es.ID, es.Lemma = e.ID, e.Lemma
			}
			if sp.typ == "date" {
				es.Lemma = sp.date.ISO(d.year)
			}
			ex.Spans = append(ex.Spans, es)
		}
	}
	ex.Document = d.result("explain")
	return ex, nil
}

// traceSentence records the rules that fired and nearly fired on a sentence.
func (d *doc) traceSentence(set *rules.Set, us []rules.Unit, info []unitInfo, ev Span) {
	if d.trace == nil {
		return
	}
	set.Match(d.lang, us, func(m rules.Match) {
		caps := map[string]string{}
		for i, sl := range m.Rule.Slots {
			if i < len(m.Caps) && m.Caps[i] >= 0 {
				in := info[m.Caps[i]]
				caps[sl.Name] = d.src[in.start:in.end]
			}
		}
		d.trace.Fired = append(d.trace.Fired, ExplainRule{Rule: m.Rule.ID, Sentence: ev.Text, Captures: caps})
	})
	for _, nm := range set.NearMisses(d.lang, us) {
		d.trace.Near = append(d.trace.Near, ExplainNear{Rule: nm.Rule.ID, Sentence: ev.Text, Expected: nm.Expected})
	}
}

func flagString(f text.Flags) string {
	var fs []string
	for _, x := range []struct {
		f text.Flags
		n string
	}{{text.Cap, "Cap"}, {text.Upper, "Upper"}, {text.Compound, "Compound"}, {text.Abbrev, "Abbrev"}, {text.Initial, "Initial"}, {text.NewlineBefore, "NL"}, {text.ParaBefore, "Para"}} {
		if f&x.f != 0 {
			fs = append(fs, x.n)
		}
	}
	return strings.Join(fs, ",")
}

// WriteText prints the explanation for people.
func (ex *Explanation) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "language: %s\n\ntokens:\n", ex.Lang)
	fmt.Fprintln(tw, "  start\tend\ttext\tkey\tflags")
	for _, t := range ex.Tokens {
		fmt.Fprintf(tw, "  %d\t%d\t%s\t%s\t%s\n", t.Start, t.End, t.Text, t.Key, t.Flags)
	}
	fmt.Fprintln(tw, "\nmatches (lexicon, names, posts, dates):")
	for _, s := range ex.Spans {
		fmt.Fprintf(tw, "  %d-%d\t%s\t%s\t%s\t%s\n", s.Start, s.End, s.Text, s.Type, s.ID, s.Lemma)
	}
	fmt.Fprintln(tw, "\nrules fired:")
	for _, r := range ex.Fired {
		var cs []string
		for k, v := range r.Captures {
			cs = append(cs, "$"+k+"="+v)
		}
		sort.Strings(cs)
		fmt.Fprintf(tw, "  %s\t%s\n", r.Rule, strings.Join(cs, " "))
	}
	fmt.Fprintln(tw, "\nrules that nearly fired (one element short):")
	for _, r := range ex.Near {
		fmt.Fprintf(tw, "  %s\texpected %s\n", r.Rule, r.Expected)
	}
	fmt.Fprintln(tw, "\nrelations:")
	if ex.Document != nil {
		for _, r := range ex.Document.Relations {
			fmt.Fprintf(tw, "  %s\t%v\t%s\t%s\t%s\n", r.Type, r.Args, r.Status, r.Date, r.Rule)
		}
	}
	return tw.Flush()
}
