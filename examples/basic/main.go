// Command basic extracts one text and prints its entities and relations.
//
//	go run ./examples/basic
//	go run ./examples/basic "Lviv and Wrocław became sister cities in 2002."
//	go run ./examples/basic < article.txt
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/factum-nlp/factum/extract"
)

const sample = "Київ може стати містом-побратимом Ханчжоу, повідомив секретар Київради Володимир Прокопів. " +
	"Київ і Краків стали містами-побратимами у 1993 році."

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "basic:", err)
		os.Exit(1)
	}
}

func run(args []string, stdin io.Reader, stdout io.Writer) error {
	text := sample
	switch {
	case len(args) > 0:
		text = strings.Join(args, " ")
	case !isTerminal(os.Stdin):
		b, err := io.ReadAll(stdin)
		if err != nil {
			return err
		}
		if len(b) > 0 {
			text = string(b)
		}
	}

	// One Extractor serves the whole program (and many goroutines).
	x, err := extract.New(extract.Options{})
	if err != nil {
		return err
	}
	d, err := x.Extract("example", []byte(text))
	if err != nil {
		return err
	}

	fmt.Fprintf(stdout, "language: %s\n\nentities:\n", d.Lang)
	names := map[string]string{}
	for _, e := range d.Entities {
		names[e.ID] = e.Name
		fmt.Fprintf(stdout, "  %-8s %-22s %s (%q", e.Type, e.ID, e.Name, e.Lemma)
		for _, m := range e.Mentions {
			fmt.Fprintf(stdout, ", %q@%d", m.Text, m.Start)
		}
		fmt.Fprintln(stdout, ")")
	}
	fmt.Fprintln(stdout, "\nrelations:")
	for _, r := range d.Relations {
		var args []string
		for role, id := range r.Args {
			args = append(args, role+"="+names[id])
		}
		sort.Strings(args)
		fmt.Fprintf(stdout, "  %s(%s) status=%s", r.Type, strings.Join(args, ", "), r.Status)
		if r.Date != "" {
			fmt.Fprintf(stdout, " date=%s", r.Date)
		}
		for k, v := range r.Attrs {
			fmt.Fprintf(stdout, " %s=%q", k, v)
		}
		fmt.Fprintf(stdout, "\n    rule %s\n    evidence %q\n", r.Rule, r.Evidence.Text)
	}
	return nil
}

// isTerminal reports whether f is a terminal (so there is no piped input).
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
