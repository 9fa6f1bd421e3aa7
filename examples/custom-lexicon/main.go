// Command custom-lexicon adds a user lexicon file (a new city and a new
// company) and a user rule file (a new construction) to the embedded data,
// and shows the new rule firing on text that names the new entities.
//
//	go run ./examples/custom-lexicon
//
// The same files work with the command-line tool:
//
//	factum extract --lexicon examples/custom-lexicon/my.lex \
//	    --rules examples/custom-lexicon/my.rules FILE
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"github.com/factum-nlp/factum/extract"
)

var texts = []string{
	"Zorgrad welcomed Nebula Robotics, which moved its engineers there last spring.",
	"Компанія Небула відкрила новий завод у Зорграді.",
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "custom-lexicon:", err)
		os.Exit(1)
	}
}

func run() error {
	dir := exampleDir()
	x, err := extract.New(extract.Options{
		LexiconFiles: []string{filepath.Join(dir, "my.lex")},
		RuleFiles:    []string{filepath.Join(dir, "my.rules")},
	})
	if err != nil {
		// A broken file is reported as file:line:col: reason.
		return err
	}
	for _, t := range texts {
		d, err := x.Extract("example", []byte(t))
		if err != nil {
			return err
		}
		fmt.Printf("%s\n", t)
		names := map[string]string{}
		for _, e := range d.Entities {
			names[e.ID] = e.Name
			fmt.Printf("  entity   %-8s %-24s %s (%s)\n", e.Type, e.ID, e.Name, e.Lemma)
		}
		for _, r := range d.Relations {
			fmt.Printf("  relation %s(subject=%s, place=%s) by rule %s\n",
				r.Type, names[r.Args["subject"]], names[r.Args["place"]], r.Rule)
		}
		fmt.Println()
	}
	return nil
}

// exampleDir returns the directory of this example's data files: next to
// the source when run with go run from anywhere in the module.
func exampleDir() string {
	if _, err := os.Stat("my.lex"); err == nil {
		return "."
	}
	if _, file, _, ok := runtime.Caller(0); ok {
		return filepath.Dir(file)
	}
	return filepath.Join("examples", "custom-lexicon")
}
