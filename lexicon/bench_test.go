package lexicon

import "testing"

// BenchmarkNew measures building the index of the embedded lexicon (all
// case forms of every name) from parsed entries.
func BenchmarkNew(b *testing.B) {
	es, err := DefaultFiles()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		New(es)
	}
}
