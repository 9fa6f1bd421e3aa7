// Command batch extracts many documents concurrently with a worker pool
// sharing one Extractor, and writes one JSON object per document (JSON
// Lines) in input order.
//
//	go run ./examples/batch testdata/articles/*.txt > out.jsonl
//	go run ./examples/batch -j 8 DIR/*.txt
//
// Without arguments it processes a few built-in sentences.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"github.com/factum-nlp/factum/extract"
)

var builtin = []string{
	"Київ і Краків стали містами-побратимами у 1993 році.",
	"Екатеринбург и Далянь планируют подписать соглашение о сотрудничестве.",
	"Lviv and Wrocław became sister cities in 2002.",
	"Форум пройдет в Екатеринбурге 27-28 ноября.",
}

func main() {
	workers := flag.Int("j", runtime.NumCPU(), "number of worker goroutines")
	flag.Parse()
	if err := run(flag.Args(), *workers, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "batch:", err)
		os.Exit(1)
	}
}

// job is one document to extract; seq is its place in the input.
type job struct {
	seq  int
	name string
	text []byte
	err  error // the input could not be read
}

// result is the JSON line of one document, or the error that replaced it.
type result struct {
	seq  int
	line []byte
	err  error
}

func run(files []string, workers int, stdout, stderr io.Writer) error {
	x, err := extract.New(extract.Options{})
	if err != nil {
		return err
	}
	jobs := make(chan job)
	results := make(chan result, workers)

	// Producer: read the inputs in order. Reading happens here, one file
	// at a time, so memory holds at most about `workers` documents.
	go func() {
		defer close(jobs)
		if len(files) == 0 {
			for i, s := range builtin {
				jobs <- job{seq: i, name: fmt.Sprintf("builtin-%d", i), text: []byte(s)}
			}
			return
		}
		for i, f := range files {
			b, err := os.ReadFile(f)
			// An error travels with its job, so it is reported in order.
			jobs <- job{seq: i, name: f, text: b, err: err}
		}
	}()

	// Workers: one Extractor is safe for concurrent use.
	var wg sync.WaitGroup
	for w := 0; w < max(workers, 1); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.err != nil {
					results <- result{seq: j.seq, err: j.err}
					continue
				}
				d, err := x.Extract(j.name, j.text)
				if err != nil {
					results <- result{seq: j.seq, err: fmt.Errorf("%s: %w", j.name, err)}
					continue
				}
				line, err := json.Marshal(d)
				results <- result{seq: j.seq, line: append(line, '\n'), err: err}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// Writer: restore input order with a small reorder buffer.
	w := bufio.NewWriter(stdout)
	pending := map[int]result{}
	next, failed := 0, 0
	for r := range results {
		pending[r.seq] = r
		for p, ok := pending[next]; ok; p, ok = pending[next] {
			delete(pending, next)
			next++
			if p.err != nil {
				failed++
				fmt.Fprintln(stderr, "batch:", p.err)
				continue
			}
			if _, err := w.Write(p.line); err != nil {
				return err
			}
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d document(s) failed", failed)
	}
	return nil
}
