package eval

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// gotEntity is a compact view of a gold entity for comparisons: the text under
// its byte spans (fragments joined by "|"), class, group and lemma.
type gotEntity struct {
	ID, Type, Text, Group, Lemma string
}

func viewEntities(g *Gold) []gotEntity {
	var out []gotEntity
	for _, e := range g.Entities {
		var parts []string
		for _, s := range e.Spans {
			parts = append(parts, string(g.Text[s.Start:s.End]))
		}
		out = append(out, gotEntity{e.ID, e.Type, strings.Join(parts, "|"), e.Group, e.Lemma})
	}
	return out
}

func readOne(t *testing.T, f Format, dir string) *Gold {
	t.Helper()
	golds, err := Read(f, dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) != 1 {
		t.Fatalf("read %d documents, want 1", len(golds))
	}
	return golds[0]
}

func TestReadFixtures(t *testing.T) {
	tests := []struct {
		format    Format
		dir       string
		doc       string
		entities  []gotEntity
		relations []GoldRelation
	}{
		{
			format: NEREL, dir: "testdata/nerel", doc: "dev/001",
			entities: []gotEntity{
				{"T2", LOC, "Зеленогорска", "T2", ""},
				{"T3", PER, "Иван Петров", "Q4200001", ""},
				{"T4", EVT, "Дни науки", "T4", ""},
				{"T5", LOC, "Зеленогорске", "T5", ""},
				{"T6", ORG, "Альфа-Сеть", "T6", ""},
				{"T7", LOC, "Заречья", "T7", ""},
				{"T8", ORG, "Союз городов Севера", "T8", ""},
				{"T9", LOC, "Севера", "T9", ""},
				{"T11", PER, "Петров", "Q4200001", ""},
				{"T12", ORG, "университета|Северного", "T12", ""},
			},
			relations: []GoldRelation{
				{HoldsPosition, map[string]string{"person": "T3", "org": "T2"}, "WORKS_AS+WORKPLACE"},
				{HeldIn, map[string]string{"event": "T4", "place": "T5"}, "TAKES_PLACE_IN"},
				{LocatedIn, map[string]string{"subject": "T6", "place": "T7"}, "HEADQUARTERED_IN"},
				{OrganizerOf, map[string]string{"organizer": "T8", "event": "T4"}, "ORGANIZES"},
			},
		},
		{
			format: NERUK, dir: "testdata/ner-uk", doc: "a1b2c3",
			entities: []gotEntity{
				{"T2", PER, "Тарас Коваль", "T2", ""},
				{"T3", ORG, "ТОВ «Сонях»", "T3", ""},
				{"T4", LOC, "Полтаві", "T4", ""},
			},
		},
		{
			format: SlavicNER, dir: "testdata/slavicner", doc: "visit/uk/visit_uk_1",
			entities: []gotEntity{
				{"L1", LOC, "Канади", "GPE-Canada", "Канада"},
				{"L2", PER, "Джон Сміт", "PER-John-Smith", "Джон Сміт"},
				{"L3", LOC, "Львова", "GPE-Lviv", "Львів"},
				{"L4", ORG, "НАТО", "ORG-NATO", "НАТО"},
			},
		},
		{
			format: FactRuEval, dir: "testdata/factrueval", doc: "book_1",
			entities: []gotEntity{
				{"101", PER, "Пётр Иванов", "1", "Иванов"},
				{"102", LOC, "Сосновки", "2", "Сосновка"},
				{"103", PER, "Анной Смирновой", "3", "Смирнова"},
				{"104", LOC, "Москве", "4", "Москва"},
				{"105", PER, "Иванов", "1", "Иванов"},
				{"106", ORG, "Ромашка", "5", "Ромашка"},
			},
			relations: []GoldRelation{
				{HoldsPosition, map[string]string{"person": "101", "org": "102"}, "Occupation"},
				{MetWith, map[string]string{"party": "101", "counterparty": "103"}, "Meeting"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(string(tt.format), func(t *testing.T) {
			g := readOne(t, tt.format, tt.dir)
			if g.Doc != tt.doc || g.Format != tt.format {
				t.Errorf("Doc, Format = %q, %q; want %q, %q", g.Doc, g.Format, tt.doc, tt.format)
			}
			if got := viewEntities(g); !reflect.DeepEqual(got, tt.entities) {
				t.Errorf("entities:\n got %v\nwant %v", got, tt.entities)
			}
			if !reflect.DeepEqual(g.Relations, tt.relations) {
				t.Errorf("relations:\n got %v\nwant %v", g.Relations, tt.relations)
			}
			for _, e := range g.Entities {
				if want := spanText(g.Text, e.Spans); e.Text != want && tt.format != SlavicNER {
					t.Errorf("%s: Text %q, want %q", e.ID, e.Text, want)
				}
			}
		})
	}
}

func TestCharIndex(t *testing.T) {
	text := []byte("Київ 🙂 a\xffб")
	// characters: К и ї в ␠ 🙂 ␠ a \xff б
	tests := []struct {
		char, byte int
	}{
		{0, 0}, {1, 2}, {4, 8}, {5, 9}, {6, 13}, {7, 14}, {8, 15}, {9, 16}, {10, 18},
	}
	x := newCharIndex(text)
	for _, tt := range tests {
		got, err := x.byteOffset(tt.char)
		if err != nil || got != tt.byte {
			t.Errorf("byteOffset(%d) = %d, %v; want %d", tt.char, got, err, tt.byte)
		}
	}
	for _, bad := range []int{-1, 11} {
		if _, err := x.byteOffset(bad); err == nil {
			t.Errorf("byteOffset(%d): no error", bad)
		}
	}
	if _, err := x.span(3, 2); err == nil {
		t.Error("span(3, 2): no error")
	}
	ascii := newCharIndex([]byte("abc"))
	if s, err := ascii.span(1, 3); err != nil || s != (Span{1, 3}) {
		t.Errorf("ascii span(1, 3) = %v, %v", s, err)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name   string
		format Format
		files  map[string]string
		want   string // substring of the error
	}{
		{"nerel offset past end", NEREL, map[string]string{
			"d.txt": "Київ\n", "d.ann": "T1\tCITY 0 4\tКиїв\nT2\tCITY 3 9\tв\n"}, "d.ann:2:"},
		{"nerel text mismatch", NEREL, map[string]string{
			"d.txt": "Київ\n", "d.ann": "T1\tCITY 0 3\tКиїв\n"}, "d.ann:1: mention T1: text"},
		{"nerel bad offsets", NEREL, map[string]string{
			"d.txt": "Київ\n", "d.ann": "T1\tCITY a 4\tКиїв\n"}, "bad offsets"},
		{"nerel unknown arg", NEREL, map[string]string{
			"d.txt": "Київ\n", "d.ann": "T1\tCITY 0 4\tКиїв\nR1\tLOCATED_IN Arg1:T1 Arg2:T9\n"}, "d.ann:2: relation LOCATED_IN refers to unknown mention T9"},
		{"nerel missing txt", NEREL, map[string]string{"d.ann": ""}, "d.txt"},
		{"ner-uk short line", NERUK, map[string]string{
			"d.txt": "Київ\n", "d.ann": "T1\tLOC\t0\n"}, "d.ann:1:"},
		{"slavicner columns", SlavicNER, map[string]string{
			"d.txt": "Київ\n", "d.tsv": "0\t4\tКиїв\n"}, "d.tsv:1: want 6"},
		{"slavicner type", SlavicNER, map[string]string{
			"d.txt": "Київ\n", "d.tsv": "0\t4\tКиїв\tКиїв\tXYZ\tx\n"}, "unknown entity type"},
		{"factrueval span", FactRuEval, map[string]string{
			"b.txt": "Київ\n", "b.spans": "1 loc_name 0 4 1 1\n", "b.objects": "7 Location 2\n"}, "b.objects:1: object 7 refers to unknown span 2"},
		{"factrueval fact", FactRuEval, map[string]string{
			"b.txt": "Київ\n", "b.spans": "1 loc_name 0 4 1 1\n", "b.objects": "7 Location 1\n",
			"b.coref": "1 7\nname Київ\n", "b.facts": "1-0 Occupation\nWho obj5 x\n"}, "b.facts:2: fact at line 1 refers to unknown object obj5"},
		{"empty dir", NEREL, map[string]string{}, "no nerel files"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, content := range tt.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			_, err := Read(tt.format, dir)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Read error = %v, want one containing %q", err, tt.want)
			}
		})
	}
	if _, err := Read("conll", "."); err == nil {
		t.Error("Read with an unknown format: no error")
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in   string
		want Format
		err  bool
	}{
		{"nerel", NEREL, false},
		{"NER-UK", NERUK, false},
		{"ner_uk", NERUK, false},
		{" SlavicNER ", SlavicNER, false},
		{"bsnlp", SlavicNER, false},
		{"factRuEval-2016", FactRuEval, false},
		{"conll", "", true},
		{"", "", true},
	}
	for _, tt := range tests {
		got, err := ParseFormat(tt.in)
		if got != tt.want || (err != nil) != tt.err {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}
