package eval

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Read reads every annotated document of the given format under dir,
// recursively, sorted by name. Errors name the file and, for annotation
// errors, the line.
func Read(format Format, dir string) ([]*Gold, error) {
	var ext string
	switch format {
	case NEREL, NERUK:
		ext = ".ann"
	case SlavicNER:
		ext = ".tsv"
	case FactRuEval:
		ext = ".objects"
	default:
		return nil, fmt.Errorf("eval: unknown corpus format %q", format)
	}
	var bases []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(d.Name(), ext) {
			bases = append(bases, strings.TrimSuffix(path, ext))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("eval: reading %s corpus: %w", format, err)
	}
	if len(bases) == 0 {
		return nil, fmt.Errorf("eval: no %s files (*%s) under %s", format, ext, dir)
	}
	sort.Strings(bases)
	golds := make([]*Gold, 0, len(bases))
	for _, base := range bases {
		name, err := filepath.Rel(dir, base)
		if err != nil {
			name = base
		}
		g, err := readDoc(format, base, filepath.ToSlash(name))
		if err != nil {
			return nil, err
		}
		golds = append(golds, g)
	}
	return golds, nil
}

// readDoc reads one document given the path of its files without
// extension.
func readDoc(format Format, base, name string) (*Gold, error) {
	text, err := os.ReadFile(base + ".txt")
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	g := &Gold{Doc: name, Format: format, Text: text}
	switch format {
	case NEREL, NERUK:
		err = readBrat(g, base+".ann")
	case SlavicNER:
		err = readSlavicNER(g, base+".tsv")
	case FactRuEval:
		err = readFactRuEval(g, base)
	}
	if err != nil {
		return nil, err
	}
	return g, nil
}

// lineError is an error in one line of an annotation file.
type lineError struct {
	path string
	line int
	msg  string
}

func (e *lineError) Error() string {
	if e.line <= 0 {
		return fmt.Sprintf("eval: %s: %s", e.path, e.msg)
	}
	return fmt.Sprintf("eval: %s:%d: %s", e.path, e.line, e.msg)
}

func lineErr(path string, line int, format string, args ...any) error {
	return &lineError{path: path, line: line, msg: fmt.Sprintf(format, args...)}
}

// eachLine calls fn for every line of the file at path, without its line
// terminator ("\n" or "\r\n"), with 1-based line numbers. A UTF-8 byte
// order mark at the start of the file is skipped.
func eachLine(path string, fn func(line string, n int) error) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), len(data)+1)
	n := 0
	for sc.Scan() {
		n++
		if err := fn(strings.TrimSuffix(sc.Text(), "\r"), n); err != nil {
			var le *lineError
			if errors.As(err, &le) {
				return err
			}
			return lineErr(path, n, "%v", err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("eval: %s: %w", path, err)
	}
	return nil
}

// sameText reports whether the text at spans (fragments joined by a
// space) equals want, ignoring differences in white space. When prefix is
// set, want may be a leading part of the text (NER-UK writes multi-line
// mentions over several lines).
func sameText(text []byte, spans []Span, want string, prefix bool) bool {
	var b strings.Builder
	for i, s := range spans {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.Write(text[s.Start:s.End])
	}
	got := strings.Join(strings.Fields(b.String()), " ")
	w := strings.Join(strings.Fields(want), " ")
	if got == w {
		return true
	}
	return prefix && strings.HasPrefix(got, w)
}
