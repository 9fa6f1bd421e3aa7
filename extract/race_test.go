package extract

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"sort"
	"sync"
	"testing"
)

// TestConcurrentExtract runs one Extractor from 8 goroutines over the seed
// articles (and a few generated ones) and compares every result with the
// sequential output. Run it with -race:
//
//	go test -race -run TestConcurrentExtract ./extract/
func TestConcurrentExtract(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	arts := seedArticles(t)
	var names []string
	for n := range arts {
		names = append(names, n)
	}
	sort.Strings(names)
	docs := make([][]byte, 0, len(names)+6)
	for _, n := range names {
		docs = append(docs, arts[n])
	}
	rng := rand.New(rand.NewSource(7))
	for i := 0; i < 6; i++ {
		docs = append(docs, generatedArticle(rng, []string{"uk", "ru", "en"}[i%3], 4<<10))
	}

	want := make([][]byte, len(docs))
	for i, d := range docs {
		want[i] = extractJSON(t, x, fmt.Sprint(i), d)
	}

	const workers, rounds = 8, 4
	type mismatch struct{ doc, worker int }
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		bad  []mismatch
		errs []error
	)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < rounds; r++ {
				for k := range docs {
					i := (k + w + r) % len(docs) // different orders per worker
					d, err := x.Extract(fmt.Sprint(i), docs[i])
					if err != nil {
						mu.Lock()
						errs = append(errs, err)
						mu.Unlock()
						return
					}
					got, err := json.Marshal(d)
					if err != nil || string(got) != string(want[i]) {
						mu.Lock()
						bad = append(bad, mismatch{i, w})
						mu.Unlock()
					}
				}
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		t.Error(err)
	}
	for _, m := range bad {
		t.Errorf("doc %d in worker %d: concurrent output differs from sequential", m.doc, m.worker)
	}
}

// TestConcurrentExplainAndExtract mixes Explain and Extract calls on one
// Extractor (Explain shares the rule sets and lexicon).
func TestConcurrentExplainAndExtract(t *testing.T) {
	x := sharedExtractor(t)
	docs := generatedCorpus(t, 32<<10)
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, d := range docs {
				var err error
				if (i+w)%2 == 0 {
					_, err = x.Explain(string(d))
				} else {
					_, err = x.Extract("x", d)
				}
				if err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func extractJSON(t *testing.T, x *Extractor, name string, src []byte) []byte {
	t.Helper()
	d, err := x.Extract(name, src)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
