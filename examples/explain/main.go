// Command explain shows how factum reads a sentence: its tokens, what the
// lexicon and the name recognizers matched, which rules fired with their
// captures, which nearly fired, and the resulting relations. It is the
// library call behind `factum explain`.
//
//	go run ./examples/explain
//	go run ./examples/explain "Глава Екатеринбурга Алексей Орлов встретился с делегацией."
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/factum-nlp/factum/extract"
)

func main() {
	sentence := "Київ може стати містом-побратимом Ханчжоу, повідомив секретар Київради Володимир Прокопів."
	if len(os.Args) > 1 {
		sentence = strings.Join(os.Args[1:], " ")
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "explain:", err)
		os.Exit(1)
	}
	ex, err := x.Explain(sentence)
	if err != nil {
		fmt.Fprintln(os.Stderr, "explain:", err)
		os.Exit(1)
	}

	// The fields of the Explanation, used directly...
	fmt.Printf("language %s, %d tokens\n", ex.Lang, len(ex.Tokens))
	for _, s := range ex.Spans {
		fmt.Printf("  matched %-10s %-26q id=%s lemma=%s\n", s.Type, s.Text, s.ID, s.Lemma)
	}
	for _, r := range ex.Fired {
		var caps []string
		for slot, text := range r.Captures {
			caps = append(caps, "$"+slot+"="+text)
		}
		sort.Strings(caps)
		fmt.Printf("  fired   %s %s\n", r.Rule, strings.Join(caps, " "))
	}
	for _, r := range ex.Near {
		fmt.Printf("  near    %s (expected %s)\n", r.Rule, r.Expected)
	}

	// ...or the report `factum explain` prints.
	fmt.Println("\n--- WriteText ---")
	if err := ex.WriteText(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "explain:", err)
		os.Exit(1)
	}
}
