package eval

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/factum-nlp/factum/extract"
)

// corporaDir is where the shared development corpora live, beside the
// repository.
const corporaDir = "../../../shared/corpora"

// TestReadRealCorpora checks that every development file of the shared
// corpora parses. It is skipped when the corpora are absent.
func TestReadRealCorpora(t *testing.T) {
	if _, err := os.Stat(corporaDir); err != nil {
		t.Skipf("corpora not available: %v", err)
	}
	tests := []struct {
		format  Format
		dir     string
		minDocs int
	}{
		{NEREL, "nerel/dev", 90},
		{NEREL, "nerel/train", 700},
		{NERUK, "ner-uk/dev", 380},
		{SlavicNER, "slavicner", 1000},
		{FactRuEval, "factrueval/dev", 120},
	}
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			dir := filepath.Join(corporaDir, tt.dir)
			if _, err := os.Stat(dir); err != nil {
				t.Skipf("%s not available", dir)
			}
			golds, err := Read(tt.format, dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(golds) < tt.minDocs {
				t.Errorf("read %d documents, want at least %d", len(golds), tt.minDocs)
			}
			counts := map[string]int{}
			rels := map[string]int{}
			lemmas := 0
			for _, g := range golds {
				for _, e := range g.Entities {
					counts[e.Type]++
					if e.Lemma != "" {
						lemmas++
					}
					for _, s := range e.Spans {
						if s.Start < 0 || s.End > len(g.Text) || s.Start > s.End {
							t.Fatalf("%s: %s: bad span %v", g.Doc, e.ID, s)
						}
					}
				}
				for _, r := range g.Relations {
					rels[r.Type]++
				}
			}
			t.Logf("%d docs, entities %v, relations %v, lemmas %d", len(golds), counts, rels, lemmas)
			checkOracle(t, golds)
		})
	}
}

// oracle returns an ExtractFunc that answers with the gold annotations
// themselves.
func oracle(golds []*Gold) ExtractFunc {
	byDoc := map[string]*Gold{}
	for _, g := range golds {
		byDoc[g.Doc] = g
	}
	types := map[string]string{PER: extract.Person, LOC: extract.City, ORG: extract.Org, EVT: extract.Event}
	return func(name string, text []byte) (*extract.Document, error) {
		g := byDoc[name]
		d := &extract.Document{Doc: name}
		for _, e := range g.Entities {
			r := e.Range()
			d.Entities = append(d.Entities, extract.Entity{ID: e.ID, Type: types[e.Type], Lemma: e.Lemma,
				Mentions: []extract.Mention{{Start: r.Start, End: r.End}}})
		}
		for _, r := range g.Relations {
			d.Relations = append(d.Relations, extract.Relation{Type: r.Type, Args: r.Args})
		}
		return d, nil
	}
}

// checkOracle checks that the gold annotations score perfectly against
// themselves.
func checkOracle(t *testing.T, golds []*Gold) {
	t.Helper()
	r, err := Evaluate(golds, oracle(golds), Options{Errors: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range r.Entities {
		// Flat formats do not score predicted mentions nested in longer
		// ones; the few nested gold mentions of those corpora are then
		// missed even by the oracle.
		if e.Exact.FP > 0 || e.Exact.R < 0.997 {
			t.Errorf("oracle %s: %+v", e.Class, e)
		}
	}
	for _, l := range r.Lemmas {
		if l.Correct != l.Found {
			t.Errorf("oracle lemmas %+v", l)
		}
	}
	for _, x := range r.Relations {
		if x.FP+x.FN > 0 {
			t.Errorf("oracle %s: %+v", x.Type, x.Counts)
		}
	}
	for i, m := range r.Errors {
		if i >= 5 {
			break
		}
		t.Logf("oracle mismatch: %+v", m)
	}
}
