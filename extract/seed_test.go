package extract

import (
	"os"
	"testing"
)

// The facts SPEC.md lists for the two seed articles. These assert on the
// output for the seeds; nothing in the code knows about them.

func extractFile(t *testing.T, x *Extractor, path string) *Document {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := x.Extract(path, src)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// entityBy returns the entity of type typ whose lemma or name is s.
func entityBy(d *Document, typ, s string) *Entity {
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Type == typ && (e.Lemma == s || e.Name == s) {
			return e
		}
	}
	return nil
}

type relWant struct {
	typ    string
	args   [][3]string // role, entity type, lemma or name
	status string
	attr   [2]string
}

func findRel(d *Document, w relWant) *Relation {
	ids := map[string]string{}
	for _, a := range w.args {
		e := entityBy(d, a[1], a[2])
		if e == nil {
			return nil
		}
		ids[a[0]] = e.ID
	}
	for i := range d.Relations {
		r := &d.Relations[i]
		if r.Type != w.typ || (w.status != "" && r.Status != w.status) {
			continue
		}
		if w.attr[0] != "" && r.Attrs[w.attr[0]] != w.attr[1] {
			continue
		}
		ok := true
		for role, id := range ids {
			if r.Args[role] != id {
				ok = false
			}
		}
		if !ok && symmetric[r.Type] && len(ids) == 2 {
			roles := argRoles[r.Type]
			ok = r.Args[roles[0]] == ids[roles[1]] && r.Args[roles[1]] == ids[roles[0]]
		}
		if ok {
			return r
		}
	}
	return nil
}

func TestSeedKyiv(t *testing.T) {
	x := testExtractor(t)
	d := extractFile(t, x, "../testdata/articles/000_e8c6c51e7ccd04a3.txt")
	if d.Lang != "uk" {
		t.Errorf("lang = %q", d.Lang)
	}
	for _, e := range [][2]string{
		{"city", "Kyiv"}, {"city", "Hangzhou"}, {"city", "Краків"}, {"city", "Tampere"},
		{"person", "Дмитро Давтян"}, {"person", "Володимир Прокопів"},
		{"company", "Alibaba"}, {"company", "Geely"},
	} {
		if entityBy(d, e[0], e[1]) == nil {
			t.Errorf("missing %s %s", e[0], e[1])
		}
	}
	if k := entityBy(d, "city", "Kyiv"); k != nil && len(k.Mentions) < 6 {
		t.Errorf("Kyiv has %d mentions, want ≥ 6 (Київ, Києва, Києву, української столиці)", len(k.Mentions))
	}
	if h := entityBy(d, "city", "Hangzhou"); h != nil {
		seen := map[string]bool{}
		for _, m := range h.Mentions {
			seen[m.Text] = true
		}
		if !seen["Ханчжоу"] || !seen["Ханджоу"] {
			t.Errorf("Hangzhou mentions %v: want both Ханчжоу and Ханджоу", seen)
		}
	}
	for _, w := range []relWant{
		{typ: "twin_city", args: [][3]string{{"city", "city", "Kyiv"}, {"twin", "city", "Hangzhou"}}, status: Possible},
		{typ: "twin_city", args: [][3]string{{"city", "city", "Kyiv"}, {"twin", "city", "Краків"}}, status: Established},
		{typ: "twin_city", args: [][3]string{{"city", "city", "Kyiv"}, {"twin", "city", "Tampere"}}, status: Established},
		{typ: "holds_position", args: [][3]string{{"person", "person", "Дмитро Давтян"}}, attr: [2]string{"role", "заступник голови"}},
		{typ: "holds_position", args: [][3]string{{"person", "person", "Володимир Прокопів"}}, attr: [2]string{"role", "секретар"}},
		{typ: "located_in", args: [][3]string{{"subject", "company", "Alibaba"}, {"place", "city", "Hangzhou"}}},
		{typ: "located_in", args: [][3]string{{"subject", "company", "Geely"}, {"place", "city", "Hangzhou"}}},
		{typ: "quote", args: [][3]string{{"speaker", "person", "Володимир Прокопів"}}},
		{typ: "quote", args: [][3]string{{"speaker", "person", "Дмитро Давтян"}}},
	} {
		if findRel(d, w) == nil {
			t.Errorf("missing %s %v %s %v", w.typ, w.args, w.status, w.attr)
		}
	}
	for _, r := range d.Relations {
		if r.Evidence.Start >= indexOf(d, "Читайте також") && indexOf(d, "Читайте також") > 0 {
			t.Errorf("relation from page furniture: %s %q", r.Rule, r.Evidence.Text)
		}
	}
}

// indexOf returns the byte offset of s in the document's source (via its
// mentions' evidence), or -1; it reads the article again.
func indexOf(d *Document, s string) int {
	src, err := os.ReadFile(d.Doc)
	if err != nil {
		return -1
	}
	return bytesIndex(src, s)
}

func bytesIndex(b []byte, s string) int {
	for i := 0; i+len(s) <= len(b); i++ {
		if string(b[i:i+len(s)]) == s {
			return i
		}
	}
	return -1
}

func TestSeedYekaterinburg(t *testing.T) {
	x := testExtractor(t)
	d := extractFile(t, x, "../testdata/articles/003_4ef99b143ba0b074.txt")
	if d.Lang != "ru" {
		t.Errorf("lang = %q", d.Lang)
	}
	for _, e := range [][2]string{
		{"city", "Yekaterinburg"}, {"city", "Dalian"}, {"country", "China"}, {"country", "Russia"},
		{"person", "Алексей Орлов"}, {"org", "ТАСС"}, {"org", "Центр стратегических разработок"},
		{"org", "Союз российских городов"},
	} {
		if entityBy(d, e[0], e[1]) == nil {
			t.Errorf("missing %s %s", e[0], e[1])
		}
	}
	if o := entityBy(d, "person", "Алексей Орлов"); o != nil && len(o.Mentions) < 3 {
		t.Errorf("Орлов has %d mentions, want 3 (full name, Орлов, добавил Орлов)", len(o.Mentions))
	}
	var forum *Entity
	for i := range d.Entities {
		if d.Entities[i].Type == Event {
			forum = &d.Entities[i]
		}
	}
	if forum == nil {
		t.Fatal("no event")
	}
	for _, w := range []relWant{
		{typ: "partner_of", args: [][3]string{{"partner", "city", "Dalian"}, {"host", "event", forum.Lemma}}},
		{typ: "held_in", args: [][3]string{{"event", "event", forum.Lemma}, {"place", "city", "Yekaterinburg"}}},
		{typ: "holds_position", args: [][3]string{{"person", "person", "Алексей Орлов"}, {"org", "city", "Yekaterinburg"}}, attr: [2]string{"role", "глава"}},
		{typ: "agreement", args: [][3]string{{"party", "city", "Yekaterinburg"}, {"counterparty", "city", "Dalian"}}, status: Planned},
		{typ: "organizer_of", args: [][3]string{{"organizer", "org", "Центр стратегических разработок"}, {"event", "event", forum.Lemma}}},
		{typ: "organizer_of", args: [][3]string{{"organizer", "org", "Союз российских городов"}, {"event", "event", forum.Lemma}}},
		{typ: "quote", args: [][3]string{{"speaker", "person", "Алексей Орлов"}}},
	} {
		if findRel(d, w) == nil {
			t.Errorf("missing %s %v %s %v", w.typ, w.args, w.status, w.attr)
		}
	}
	if r := findRel(d, relWant{typ: "held_in", args: [][3]string{{"event", "event", forum.Lemma}, {"place", "city", "Yekaterinburg"}}}); r != nil && r.Date != "--11-27/--11-28" {
		t.Errorf("held_in date = %q, want --11-27/--11-28", r.Date)
	}
}
