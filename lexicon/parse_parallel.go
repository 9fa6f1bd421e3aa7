package lexicon

import (
	"cmp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// parallelMin is the size from which a file is cut into chunks that are
// parsed at once.
const parallelMin = 1 << 20

// chunkSize is the size of the chunks a large file is cut into: small
// enough for the workers to share the work evenly.
const chunkSize = 256 << 10

// parseFile is Parse, done in parallel for a large file (see parseTexts).
func parseFile(filename string, src []byte) ([]*Entry, error) {
	lists, errs := parseTexts([]string{filename}, []string{string(src)})
	return lists[0], errs[0]
}

// parseTask is a file or a chunk of a file to parse.
type parseTask struct {
	file    int    // index of the file
	text    string // the file or the chunk
	line    int    // number of the first line
	whole   bool   // text is the whole file: parse it as Parse does
	entries []*Entry
	err     error // whole: Parse's error; chunk: set on the first problem
}

// parseTexts parses the files (texts[i] is the text of names[i]) at once,
// with up to GOMAXPROCS workers, and returns what Parse returns for each.
// Small files are parsed whole; a large one is cut at line boundaries into
// chunks whose entries are joined in order. When a chunk has a problem, its
// file is parsed again by Parse, so that errors are reported exactly as
// Parse does.
func parseTexts(names, texts []string) ([][]*Entry, []error) {
	workers := runtime.GOMAXPROCS(0)
	var tasks []parseTask
	for i, text := range texts {
		if len(text) < parallelMin || workers < 2 {
			tasks = append(tasks, parseTask{file: i, text: text, line: 1, whole: true})
			continue
		}
		line := 1
		for len(text) > 0 {
			end := len(text)
			if end > chunkSize+chunkSize/2 {
				end = chunkSize
				if j := strings.IndexByte(text[end:], '\n'); j >= 0 {
					end += j + 1
				} else {
					end = len(text)
				}
			}
			tasks = append(tasks, parseTask{file: i, text: text[:end], line: line})
			line += strings.Count(text[:end], "\n")
			text = text[end:]
		}
	}
	run := func(t *parseTask) {
		if t.whole {
			t.entries, t.err = parseText(names[t.file], t.text)
			return
		}
		p := newParser(names[t.file], t.text)
		p.entries = make([]*Entry, 0, cap(p.slab))
		p.run(t.text, t.line, 1)
		t.entries, t.err = p.entries, p.errs.Err()
	}
	if workers = min(workers, len(tasks)); workers < 2 {
		for k := range tasks {
			run(&tasks[k])
		}
	} else {
		// Largest first, taken in turn by the workers.
		order := make([]*parseTask, len(tasks))
		for k := range tasks {
			order[k] = &tasks[k]
		}
		slices.SortStableFunc(order, func(a, b *parseTask) int { return cmp.Compare(len(b.text), len(a.text)) })
		var next atomic.Int64
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for {
					k := int(next.Add(1)) - 1
					if k >= len(order) {
						return
					}
					run(order[k])
				}
			})
		}
		wg.Wait()
	}
	lists := make([][]*Entry, len(texts))
	errs := make([]error, len(texts))
	for k := 0; k < len(tasks); {
		t := &tasks[k]
		if t.whole {
			lists[t.file], errs[t.file] = t.entries, t.err
			k++
			continue
		}
		end, total, bad := k, 0, false
		for ; end < len(tasks) && tasks[end].file == t.file; end++ {
			total += len(tasks[end].entries)
			bad = bad || tasks[end].err != nil
		}
		if bad {
			lists[t.file], errs[t.file] = parseText(names[t.file], texts[t.file])
		} else {
			out := make([]*Entry, 0, total)
			for _, c := range tasks[k:end] {
				out = append(out, c.entries...)
			}
			lists[t.file] = out
		}
		k = end
	}
	return lists, errs
}
