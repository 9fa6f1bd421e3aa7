package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/factum-nlp/factum/extract"
	"github.com/factum-nlp/factum/internal/eval"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = `usage: factum <command> [flags] [args]

commands:
  extract   extract entities and relations from files, directories or stdin
  explain   show how a sentence is tokenized, matched and which rules fire
  eval      score factum against an annotated corpus (nerel, ner-uk, slavicner, factrueval)
`

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "extract":
		err = cmdExtract(args[1:], stdin, stdout, stderr)
	case "explain":
		err = cmdExplain(args[1:], stdin, stdout, stderr)
	case "eval":
		err = cmdEval(args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "factum: unknown command %q\n%s", args[0], usage)
		return 2
	}
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "factum:", err)
		return 1
	}
	return 0
}

// common flags of every command that builds an Extractor.
type extractorFlags struct {
	lang      string
	lexicons  multi
	rules     multi
	noDefLex  bool
	noDefRule bool
}

type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }

func (f *extractorFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.lang, "lang", "", "force the language: uk, ru or en (default: detect per document)")
	fs.Var(&f.lexicons, "lexicon", "a user lexicon file (.lex) to add; may repeat")
	fs.Var(&f.rules, "rules", "a user rule file (.rules) to add; may repeat")
	fs.BoolVar(&f.noDefLex, "no-default-lexicon", false, "leave the embedded lexicon out")
	fs.BoolVar(&f.noDefRule, "no-default-rules", false, "leave the embedded rules out")
}

func (f *extractorFlags) extractor() (*extract.Extractor, error) {
	return extract.New(extract.Options{
		Lang: f.lang, LexiconFiles: f.lexicons, RuleFiles: f.rules,
		NoDefaultLexicon: f.noDefLex, NoDefaultRules: f.noDefRule,
	})
}

func cmdExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var ef extractorFlags
	ef.register(fs)
	pretty := fs.Bool("pretty", false, "indent the JSON for people")
	format := fs.String("format", "json", "output format: json (JSON Lines), brat (standoff .ann, one document), html (a page per document)")
	jsonl := fs.Bool("jsonl", false, `read stdin (or each FILE) as JSON Lines of {"doc": ..., "text": ...}`)
	workers := fs.Int("j", runtime.NumCPU(), "number of documents processed in parallel")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: factum extract [flags] [FILE|DIR ...]\n\nReads the files (directories recursively: *.txt), or stdin when none, and prints one JSON object per document per line.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch *format {
	case "json", "brat", "html":
	default:
		return fmt.Errorf("extract: unknown --format %q (want json, brat or html)", *format)
	}
	x, err := ef.extractor()
	if err != nil {
		return err
	}
	docs := make(chan job)
	go func() {
		defer close(docs)
		feed(fs.Args(), *jsonl, stdin, docs, stderr)
	}()
	return process(x, docs, *workers, output{pretty: *pretty, format: *format}, stdout, stderr)
}

type job struct {
	seq  int
	name string
	text []byte
	err  error
}

// feed sends the documents named by args (or read from stdin) in order.
func feed(args []string, jsonl bool, stdin io.Reader, out chan<- job, stderr io.Writer) {
	seq := 0
	send := func(name string, text []byte, err error) {
		out <- job{seq: seq, name: name, text: text, err: err}
		seq++
	}
	readJSONL := func(name string, r io.Reader) {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 1<<20), 512<<20)
		line := 0
		for sc.Scan() {
			line++
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			var rec struct {
				Doc  string `json:"doc"`
				ID   string `json:"id"`
				Text string `json:"text"`
			}
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				send(fmt.Sprintf("%s:%d", name, line), nil, fmt.Errorf("%s:%d: %v", name, line, err))
				continue
			}
			if rec.Doc == "" {
				rec.Doc = rec.ID
			}
			if rec.Doc == "" {
				rec.Doc = fmt.Sprintf("%s:%d", name, line)
			}
			send(rec.Doc, []byte(rec.Text), nil)
		}
		if err := sc.Err(); err != nil {
			send(name, nil, fmt.Errorf("%s: %v", name, err))
		}
	}
	if len(args) == 0 {
		if jsonl {
			readJSONL("stdin", stdin)
			return
		}
		b, err := io.ReadAll(stdin)
		send("stdin", b, err)
		return
	}
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			send(a, nil, err)
			continue
		}
		var files []string
		if st.IsDir() {
			_ = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
				if err == nil && !d.IsDir() && (strings.HasSuffix(p, ".txt") || (jsonl && strings.HasSuffix(p, ".jsonl"))) {
					files = append(files, p)
				}
				return nil
			})
			sort.Strings(files)
		} else {
			files = []string{a}
		}
		for _, f := range files {
			if jsonl {
				fh, err := os.Open(f)
				if err != nil {
					send(f, nil, err)
					continue
				}
				readJSONL(f, fh)
				fh.Close()
				continue
			}
			b, err := os.ReadFile(f)
			send(f, b, err)
		}
	}
}

// process extracts the documents with n workers and prints the results in
// input order.
// output says how to print a document.
type output struct {
	pretty bool
	format string
}

func (o output) render(d *extract.Document, src []byte) ([]byte, error) {
	var b bytes.Buffer
	var err error
	switch o.format {
	case "brat":
		err = extract.WriteBrat(&b, d, src)
	case "html":
		err = extract.WriteHTML(&b, d, src)
	default:
		var js []byte
		if o.pretty {
			js, err = json.MarshalIndent(d, "", "  ")
		} else {
			js, err = json.Marshal(d)
		}
		b.Write(js)
		b.WriteByte('\n')
	}
	return b.Bytes(), err
}

func process(x *extract.Extractor, docs <-chan job, n int, out output, stdout, stderr io.Writer) error {
	if n < 1 {
		n = 1
	}
	type result struct {
		seq int
		out []byte
		err error
	}
	results := make(chan result, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range docs {
				if j.err != nil {
					results <- result{j.seq, nil, j.err}
					continue
				}
				d, err := x.Extract(j.name, j.text)
				if err != nil {
					results <- result{j.seq, nil, fmt.Errorf("%s: %w", j.name, err)}
					continue
				}
				b, err := out.render(d, j.text)
				results <- result{j.seq, b, err}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()
	w := bufio.NewWriterSize(stdout, 1<<16)
	pending := map[int]result{}
	next, failed := 0, 0
	for r := range results {
		pending[r.seq] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if p.err != nil {
				failed++
				fmt.Fprintln(stderr, "factum:", p.err)
				continue
			}
			w.Write(p.out)
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d document(s) failed", failed)
	}
	return nil
}

func cmdExplain(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("explain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var ef extractorFlags
	ef.register(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: factum explain [flags] \"sentence\" (or the text on stdin)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	var s string
	if fs.NArg() > 0 {
		s = strings.Join(fs.Args(), " ")
	} else {
		b, err := io.ReadAll(stdin)
		if err != nil {
			return err
		}
		s = string(b)
	}
	x, err := ef.extractor()
	if err != nil {
		return err
	}
	ex, err := x.Explain(s)
	if err != nil {
		return err
	}
	return ex.WriteText(stdout)
}

func cmdEval(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var ef extractorFlags
	ef.register(fs)
	format := fs.String("format", "", "corpus format: nerel, ner-uk, slavicner or factrueval")
	markdown := fs.Bool("markdown", false, "print a Markdown table")
	errorsTo := fs.String("errors", "", "write every missed, spurious and wrongly lemmatized mention to this file")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: factum eval --format nerel|ner-uk|slavicner|factrueval DIR")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errors.New("eval: want exactly one corpus directory")
	}
	f, err := eval.ParseFormat(*format)
	if err != nil {
		return err
	}
	x, err := ef.extractor()
	if err != nil {
		return err
	}
	golds, err := eval.Read(f, fs.Arg(0))
	if err != nil {
		return err
	}
	rep, err := eval.Evaluate(golds, x.Extract, eval.Options{Errors: *errorsTo != ""})
	if err != nil {
		return err
	}
	if *errorsTo != "" {
		f, err := os.Create(*errorsTo)
		if err != nil {
			return err
		}
		werr := rep.WriteErrors(f)
		if err := f.Close(); werr == nil {
			werr = err
		}
		if werr != nil {
			return werr
		}
	}
	if *markdown {
		return rep.WriteMarkdown(stdout)
	}
	return rep.WriteText(stdout)
}
