package extract

import (
	"bytes"
	"strings"
	"testing"
)

func TestWriteBratAndHTML(t *testing.T) {
	x := testExtractor(t)
	src := []byte("Мер Львова Андрій Садовий заявив, що Львів і Вроцлав стали містами-побратимами.")
	d, err := x.Extract("t.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteBrat(&b, d, src); err != nil {
		t.Fatal(err)
	}
	ann := b.String()
	// brat offsets count characters: "Львова" starts at character 4.
	if !strings.Contains(ann, "\tcity 4 10\tЛьвова\n") {
		t.Errorf("brat output lacks the Lviv mention with character offsets:\n%s", ann)
	}
	if !strings.Contains(ann, "\ttwin_city Arg1:") || !strings.Contains(ann, "Status R") {
		t.Errorf("brat output lacks the twin_city relation and its status:\n%s", ann)
	}
	b.Reset()
	if err := WriteHTML(&b, d, src); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, want := range []string{`<mark class="city"`, `<mark class="person"`, "<td>twin_city</td>", "</html>"} {
		if !strings.Contains(page, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
}
