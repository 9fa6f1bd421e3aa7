package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/factum-nlp/factum/lexicon"
)

// writeForms writes forms.bin next to the data directory out (default
// lexicon/data in the module): the form table of the *.lex files in out,
// read in the order DefaultFiles reads the embedded ones.
func writeForms(out string) error {
	if out == "" {
		root, err := moduleRoot()
		if err != nil {
			return err
		}
		out = filepath.Join(root, "lexicon", "data")
	}
	names, err := filepath.Glob(filepath.Join(out, "*.lex"))
	if err != nil {
		return err
	}
	if len(names) == 0 {
		return fmt.Errorf("no .lex files in %s", out)
	}
	sort.Strings(names)
	for i, n := range names {
		names[i] = filepath.Base(n)
	}
	entries, err := lexicon.ParseFiles(os.DirFS(out), names...)
	if err != nil {
		return err
	}
	dst := filepath.Join(filepath.Dir(out), "forms.bin")
	return os.WriteFile(dst, lexicon.FormTable(entries), 0o644)
}
