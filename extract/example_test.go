package extract_test

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/factum-nlp/factum/extract"
)

// names maps entity IDs to canonical names, for printing relations.
func names(d *extract.Document) map[string]string {
	m := make(map[string]string, len(d.Entities))
	for _, e := range d.Entities {
		m[e.ID] = e.Name
	}
	return m
}

// args prints a relation's arguments as role=Name, sorted by role.
func args(r extract.Relation, byID map[string]string) string {
	var out []string
	for role, id := range r.Args {
		out = append(out, role+"="+byID[id])
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

func ExampleExtractor_Extract() {
	x, err := extract.New(extract.Options{})
	if err != nil {
		log.Fatal(err)
	}
	text := "Kyiv and Kraków became sister cities in 1993, the mayor said."
	d, err := x.Extract("news.txt", []byte(text))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("lang:", d.Lang)
	for _, e := range d.Entities {
		m := e.Mentions[0]
		fmt.Printf("%s %s %s [%d,%d)\n", e.Type, e.ID, e.Name, m.Start, m.End)
	}
	byID := names(d)
	for _, r := range d.Relations {
		fmt.Printf("%s(%s) %s %s\n", r.Type, args(r, byID), r.Status, r.Date)
	}
	// Output:
	// lang: en
	// city Q1899 Kyiv [0,4)
	// city Q31487 Kraków [9,16)
	// twin_city(city=Kyiv twin=Kraków) established 1993
}

// Ukrainian and Russian names are found in every case form and reported
// with their nominative lemma; offsets are byte offsets into the input.
func ExampleExtractor_Extract_inflection() {
	x, err := extract.New(extract.Options{})
	if err != nil {
		log.Fatal(err)
	}
	text := "Делегація Києва прибула до Ханчжоу."
	d, err := x.Extract("uk.txt", []byte(text))
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			fmt.Printf("%q → %s (%s), text[%d:%d]\n", m.Text, e.Lemma, e.Name, m.Start, m.End)
		}
	}
	// Output:
	// "Києва" → Київ (Kyiv), text[19:29]
	// "Ханчжоу" → Ханчжоу (Hangzhou), text[50:64]
}

// A relation carries its status: "possible" for "може стати", "planned"
// for "планируют подписать".
func ExampleRelation_status() {
	x, err := extract.New(extract.Options{})
	if err != nil {
		log.Fatal(err)
	}
	for _, text := range []string{
		"Київ може стати містом-побратимом Ханчжоу.",
		"Екатеринбург и Далянь планируют подписать соглашение о сотрудничестве.",
	} {
		d, err := x.Extract("", []byte(text))
		if err != nil {
			log.Fatal(err)
		}
		byID := names(d)
		for _, r := range d.Relations {
			fmt.Printf("%s: %s(%s) %s\n", d.Lang, r.Type, args(r, byID), r.Status)
		}
	}
	// Output:
	// uk: twin_city(city=Kyiv twin=Hangzhou) possible
	// ru: agreement(counterparty=Dalian party=Yekaterinburg) planned
}

// Users extend the lexicon and the rules with data files.
func ExampleNew_userFiles() {
	dir, err := os.MkdirTemp("", "factum-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	lex := filepath.Join(dir, "my.lex")
	rules := filepath.Join(dir, "my.rules")
	// ID, TYPE and fields are separated by TABs. A small place (pop under
	// 100,000 or unknown) is taken for a place at the start of a sentence
	// only after a cue such as "the city of".
	err = os.WriteFile(lex, []byte("user:zorgrad\tcity\ten=Zorgrad\tuk=Зорград\tcountry=UA\tpop=250000\n"), 0o644)
	if err != nil {
		log.Fatal(err)
	}
	err = os.WriteFile(rules, []byte(`
rule user.twin_city.shook_hands
  lang en
  emit twin_city city=$a twin=$b
  pattern $a:city shook hands with ~3 $b:city
`), 0o644)
	if err != nil {
		log.Fatal(err)
	}
	x, err := extract.New(extract.Options{LexiconFiles: []string{lex}, RuleFiles: []string{rules}})
	if err != nil {
		log.Fatal(err)
	}
	d, err := x.Extract("", []byte("Zorgrad shook hands with its old friend Lviv."))
	if err != nil {
		log.Fatal(err)
	}
	byID := names(d)
	for _, r := range d.Relations {
		fmt.Printf("%s(%s) by %s\n", r.Type, args(r, byID), r.Rule)
	}
	// Output:
	// twin_city(city=Zorgrad twin=Lviv) by user.twin_city.shook_hands
}

// A broken rule file fails with file:line:col and the reason.
func ExampleNew_brokenRules() {
	dir, err := os.MkdirTemp("", "factum-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	rules := filepath.Join(dir, "bad.rules")
	err = os.WriteFile(rules, []byte("rule user.bad\n  emit twin_city city=$a twin=$b\n  pattern $a:cty and $b:city\n"), 0o644)
	if err != nil {
		log.Fatal(err)
	}
	_, err = extract.New(extract.Options{RuleFiles: []string{rules}})
	fmt.Println(strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), ""))
	// Output:
	// bad.rules:3:14: unknown type "cty"; did you mean "city"?
}

// Explain tells which rules fired on a sentence and what they captured.
func ExampleExtractor_Explain() {
	x, err := extract.New(extract.Options{})
	if err != nil {
		log.Fatal(err)
	}
	ex, err := x.Explain("Kyiv and Kraków became sister cities.")
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range ex.Spans {
		fmt.Printf("span %q %s %s\n", s.Text, s.Type, s.ID)
	}
	for _, r := range ex.Fired {
		fmt.Printf("fired %s a=%s b=%s\n", r.Rule, r.Captures["a"], r.Captures["b"])
	}
	// Output:
	// span "Kyiv" city Q1899
	// span "Kraków" city Q31487
	// fired en.twin_city.pair_became a=Kyiv b=Kraków
}
