package lexicon

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"unsafe"
)

//go:embed data/*.lex
var dataFS embed.FS

// DataFS returns the embedded lexicon files (data/*.lex), e.g. for a tool
// that lists or dumps them.
func DataFS() fs.FS { return dataFS }

// DefaultFiles parses every embedded lexicon file in a fixed order (sorted
// by file name) and merges them with Merge. An error names the file, line
// and column; the embedded files are tested, so it signals a broken build.
func DefaultFiles() ([]*Entry, error) {
	names, err := fs.Glob(dataFS, "data/*.lex")
	if err != nil {
		return nil, fmt.Errorf("lexicon: listing embedded files: %w", err)
	}
	sort.Strings(names)
	return ParseFiles(dataFS, names...)
}

// ParseFiles parses the named files of fsys in the order given and merges
// the result with Merge. All errors of all files are returned together as an
// ErrorList (a file that cannot be read yields an Error at line 0).
func ParseFiles(fsys fs.FS, names ...string) ([]*Entry, error) {
	texts := make([]string, len(names))
	readErrs := make([]error, len(names))
	for i, name := range names {
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			readErrs[i] = err
			continue
		}
		// src is ours alone (fs.ReadFileFS returns a copy) and never
		// changes: the text can share its bytes instead of copying them.
		texts[i] = unsafe.String(unsafe.SliceData(src), len(src))
	}
	parsed, parseErrs := parseTexts(names, texts)
	lists := make([][]*Entry, 0, len(names))
	var errs ErrorList
	for i, name := range names {
		if readErrs[i] != nil {
			errs = append(errs, &Error{File: name, Msg: readErrs[i].Error()})
			continue
		}
		if err := parseErrs[i]; err != nil {
			var el ErrorList
			if !errors.As(err, &el) {
				return nil, err
			}
			errs = append(errs, el...)
		}
		lists = append(lists, parsed[i])
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return Merge(lists...), nil
}
