package lexicon

import (
	"runtime"
	"strings"
	"sync"
)

// parallelMin is the size from which parseFile cuts a file into chunks.
const parallelMin = 1 << 20

// parseFile is Parse, done in parallel for a large file: the file is cut at
// line boundaries into one chunk per CPU, the chunks are parsed at once and
// their entries joined in order. When any chunk has a problem the file is
// parsed again by Parse, so that errors are reported exactly as Parse does.
func parseFile(filename string, src []byte) ([]*Entry, error) {
	workers := runtime.GOMAXPROCS(0)
	if len(src) < parallelMin || workers < 2 {
		return Parse(filename, src)
	}
	text := string(src)
	type chunk struct {
		s       string
		line    int // number of the chunk's first line
		entries []*Entry
		bad     bool
	}
	chunks := make([]chunk, 0, workers)
	line := 1
	for len(text) > 0 {
		end := len(text)
		if left := workers - len(chunks); left > 1 {
			end = len(text) / left
			if i := strings.IndexByte(text[end:], '\n'); i >= 0 {
				end += i + 1
			} else {
				end = len(text)
			}
		}
		chunks = append(chunks, chunk{s: text[:end], line: line})
		line += strings.Count(text[:end], "\n")
		text = text[end:]
	}
	var wg sync.WaitGroup
	for k := range chunks {
		wg.Add(1)
		go func(c *chunk) {
			defer wg.Done()
			p := parser{file: filename, entries: make([]*Entry, 0, strings.Count(c.s, "\n")+1)}
			s, n := c.s, c.line-1
			for len(s) > 0 && len(p.errs) == 0 {
				n++
				var l string
				if i := strings.IndexByte(s, '\n'); i >= 0 {
					l, s = s[:i], s[i+1:]
				} else {
					l, s = s, ""
				}
				if n == 1 {
					l = strings.TrimPrefix(l, "\ufeff") // BOM
				}
				p.line(n, l)
			}
			c.entries, c.bad = p.entries, len(p.errs) > 0
		}(&chunks[k])
	}
	wg.Wait()
	total := 0
	for _, c := range chunks {
		if c.bad {
			return Parse(filename, src)
		}
		total += len(c.entries)
	}
	out := make([]*Entry, 0, total)
	for _, c := range chunks {
		out = append(out, c.entries...)
	}
	return out, nil
}
