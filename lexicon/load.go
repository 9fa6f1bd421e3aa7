package lexicon

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
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
	lists := make([][]*Entry, 0, len(names))
	var errs ErrorList
	for _, name := range names {
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, &Error{File: name, Msg: err.Error()})
			continue
		}
		entries, err := parseFile(name, src)
		if err != nil {
			var el ErrorList
			if !errors.As(err, &el) {
				return nil, err
			}
			errs = append(errs, el...)
		}
		lists = append(lists, entries)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return Merge(lists...), nil
}
