package text

import "testing"

func TestFoldLatin(t *testing.T) {
	for _, c := range []struct {
		in, want string
		latin    bool
	}{
		{"Łódź", "Lodz", true},
		{"Elbląg", "Elblag", true},
		{"Košice", "Kosice", true},
		{"Jäger", "Jager", true},
		{"Tromsø", "Tromso", true},
		{"Đà Nẵng", "Da Nang", true},
		{"Straße", "Strasse", true},
		{"Kyiv", "Kyiv", true},
		{"Київ", "Київ", false},
		{"Йосип Їжак", "Йосип Їжак", false},
		{"Jäger і Київ", "Jager і Київ", false},
	} {
		got, latin := FoldLatin(c.in)
		if got != c.want || latin != c.latin {
			t.Errorf("FoldLatin(%q) = %q, %v; want %q, %v", c.in, got, latin, c.want, c.latin)
		}
	}
}
