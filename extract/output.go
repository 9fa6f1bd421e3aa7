package extract

import (
	"fmt"
	"html"
	"io"
	"sort"
	"strings"
	"unicode/utf8"
)

// WriteBrat writes the document in brat standoff format (the .ann file
// that goes beside the .txt): one T line per mention, one R line per
// binary relation between the first mentions of its arguments, and an
// attribute line (A) for each relation's status. brat counts offsets in
// characters, so src (the text given to Extract) is needed to convert the
// byte offsets.
func WriteBrat(w io.Writer, d *Document, src []byte) error {
	charAt := charOffsets(src)
	first := map[string]string{} // entity id → T id of its first mention
	n := 0
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			n++
			tid := fmt.Sprintf("T%d", n)
			if _, ok := first[e.ID]; !ok {
				first[e.ID] = tid
			}
			text := strings.NewReplacer("\n", " ", "\r", " ").Replace(m.Text)
			if _, err := fmt.Fprintf(w, "%s\t%s %d %d\t%s\n", tid, e.Type, charAt(m.Start), charAt(m.End), text); err != nil {
				return err
			}
		}
	}
	r, a := 0, 0
	for _, rel := range d.Relations {
		roles := argRoles[rel.Type]
		if len(roles) != 2 {
			continue
		}
		t1, t2 := first[rel.Args[roles[0]]], first[rel.Args[roles[1]]]
		if t1 == "" || t2 == "" {
			continue
		}
		r++
		if _, err := fmt.Fprintf(w, "R%d\t%s Arg1:%s Arg2:%s\n", r, rel.Type, t1, t2); err != nil {
			return err
		}
		a++
		if _, err := fmt.Fprintf(w, "A%d\tStatus R%d %s\n", a, r, rel.Status); err != nil {
			return err
		}
	}
	return nil
}

// charOffsets returns a function converting byte offsets of src into
// character (code point) offsets.
func charOffsets(src []byte) func(int) int {
	return func(b int) int {
		if b > len(src) {
			b = len(src)
		}
		return utf8.RuneCount(src[:b])
	}
}

// WriteHTML writes a self-contained HTML page showing the document with its
// entity mentions highlighted by type and its relations listed below.
func WriteHTML(w io.Writer, d *Document, src []byte) error {
	type mark struct {
		start, end int
		typ, id    string
	}
	var marks []mark
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			marks = append(marks, mark{m.Start, m.End, e.Type, e.ID})
		}
	}
	sort.Slice(marks, func(i, j int) bool {
		if marks[i].start != marks[j].start {
			return marks[i].start < marks[j].start
		}
		return marks[i].end > marks[j].end
	})
	var b strings.Builder
	b.WriteString(`<!doctype html><html><head><meta charset="utf-8"><title>`)
	b.WriteString(html.EscapeString(d.Doc))
	b.WriteString(`</title><style>
body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.5}
.text{white-space:pre-wrap;border:1px solid #ccc;padding:1em}
mark{padding:0 .1em;border-radius:.2em}
.city{background:#cde}.country{background:#bdf}.region{background:#acf}.person{background:#fdb}
.org{background:#dfc}.company{background:#cfc}.event{background:#fcf}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}
</style></head><body>`)
	fmt.Fprintf(&b, "<h1>%s</h1><p>language: %s</p><div class=\"text\">", html.EscapeString(d.Doc), html.EscapeString(d.Lang))
	pos := 0
	for _, m := range marks {
		if m.start < pos || m.end > len(src) {
			continue // nested or overlapping: the outer mark is shown
		}
		b.WriteString(html.EscapeString(string(src[pos:m.start])))
		fmt.Fprintf(&b, `<mark class="%s" title="%s %s">%s</mark>`, m.typ, m.typ, html.EscapeString(m.id), html.EscapeString(string(src[m.start:m.end])))
		pos = m.end
	}
	b.WriteString(html.EscapeString(string(src[pos:])))
	b.WriteString("</div>\n<h2>Entities</h2><table><tr><th>type</th><th>name</th><th>lemma</th><th>id</th><th>mentions</th></tr>")
	names := map[string]string{}
	for _, e := range d.Entities {
		names[e.ID] = e.Lemma
		fmt.Fprintf(&b, "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%d</td></tr>", e.Type, html.EscapeString(e.Name), html.EscapeString(e.Lemma), html.EscapeString(e.ID), len(e.Mentions))
	}
	b.WriteString("</table>\n<h2>Relations</h2><table><tr><th>type</th><th>arguments</th><th>status</th><th>date</th><th>attributes</th><th>evidence</th><th>rule</th></tr>")
	for _, r := range d.Relations {
		var args []string
		for _, role := range argRoles[r.Type] {
			args = append(args, role+": "+names[r.Args[role]])
		}
		var attrs []string
		for k, v := range r.Attrs {
			attrs = append(attrs, k+"="+v)
		}
		sort.Strings(attrs)
		fmt.Fprintf(&b, "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>",
			r.Type, html.EscapeString(strings.Join(args, "; ")), r.Status, r.Date, html.EscapeString(strings.Join(attrs, " ")), html.EscapeString(r.Evidence.Text), html.EscapeString(r.Rule))
	}
	b.WriteString("</table></body></html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}
