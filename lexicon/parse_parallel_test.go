package lexicon

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// TestParseFileParallel checks that the parallel parse of a large file
// gives what Parse gives, entries and errors alike.
func TestParseFileParallel(t *testing.T) {
	cities, err := dataFS.ReadFile("data/cities.lex")
	if err != nil {
		t.Fatal(err)
	}
	var big strings.Builder
	big.WriteString("\ufeff# header\n")
	for i := 0; big.Len() < 2*parallelMin; i++ {
		fmt.Fprintf(&big, "x:%d\tcity\ten=Town %d\tuk=Місто%d\n", i, i, i)
		if i%1000 == 0 {
			fmt.Fprintf(&big, "-x:%d\n\n", i/2)
		}
	}
	broken := big.String() + "bad line without type\n"
	tests := []struct {
		name string
		src  string
	}{
		{"cities.lex", string(cities)},
		{"generated", big.String()},
		{"generated with an error at the end", broken},
		{"error in the middle", big.String()[:parallelMin] + "\n\tcity\n" + big.String()[parallelMin:]},
		{"small", "x:1\tcity\ten=A\n"},
		{"no final newline", strings.TrimSuffix(big.String(), "\n")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, wantErr := Parse("f.lex", []byte(tt.src))
			got, gotErr := parseFile("f.lex", []byte(tt.src))
			if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
				t.Fatalf("error %v, Parse gives %v", gotErr, wantErr)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%d entries, Parse gives %d (or they differ)", len(got), len(want))
			}
		})
	}
}
