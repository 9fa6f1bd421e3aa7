package extract

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/factum-nlp/factum/internal/rules"
	"github.com/factum-nlp/factum/internal/text"
	"github.com/factum-nlp/factum/lexicon"
)

//go:embed rules/*.rules
var rulesFS embed.FS

// Options configure an Extractor. The zero value uses the embedded lexicon
// and rules and detects the language of every document.
type Options struct {
	// Lang forces the language of every document ("uk", "ru" or "en");
	// empty means detect per document.
	Lang string
	// LexiconFiles are user lexicon files (see package lexicon for the
	// format) loaded after the embedded lexicon, adding to it and
	// overriding it.
	LexiconFiles []string
	// NoDefaultLexicon leaves the embedded lexicon out.
	NoDefaultLexicon bool
	// RuleFiles are user rule files (see internal/rules for the language)
	// loaded after the embedded rules.
	RuleFiles []string
	// NoDefaultRules leaves the embedded rules out.
	NoDefaultRules bool
	// MaxBytes is the largest input Extract accepts (default 256 MiB).
	// Longer inputs fail with ErrTooLarge.
	MaxBytes int
}

// Errors returned by Extract for input that cannot be processed.
var (
	ErrBinary   = errors.New("extract: input looks like binary data, not text")
	ErrTooLarge = errors.New("extract: input is larger than Options.MaxBytes")
)

// Extractor reads documents and returns their entities and relations. It is
// safe for concurrent use by many goroutines.
type Extractor struct {
	opts      Options
	lex       *lexicon.Lexicon
	main      *rules.Set // rules over sentences
	quotes    *rules.Set // rules with a quote slot, run on quote contexts
	firstName map[string]fnInfo
	memo      memo
}

type fnInfo struct {
	entry *lexicon.Entry
	fem   bool
}

// New returns an Extractor configured by opts.
func New(opts Options) (*Extractor, error) {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = 256 << 20
	}
	switch opts.Lang {
	case "", "uk", "ru", "en":
	default:
		return nil, fmt.Errorf("extract: unsupported language %q (want uk, ru or en)", opts.Lang)
	}
	x := &Extractor{opts: opts}
	var err error
	if len(opts.LexiconFiles) == 0 && !opts.NoDefaultLexicon {
		x.lex, err = lexicon.Default()
	} else {
		x.lex, err = lexicon.Load(opts.NoDefaultLexicon, opts.LexiconFiles...)
	}
	if err != nil {
		return nil, err
	}
	rs, err := loadRules(opts)
	if err != nil {
		return nil, err
	}
	var mainRules, quoteRules []*rules.Rule
	for _, r := range rs {
		if hasQuoteSlot(r) {
			quoteRules = append(quoteRules, r)
		} else {
			mainRules = append(mainRules, r)
		}
	}
	if x.main, err = rules.Compile(mainRules); err != nil {
		return nil, err
	}
	if x.quotes, err = rules.Compile(quoteRules); err != nil {
		return nil, err
	}
	x.firstName = make(map[string]fnInfo)
	for _, e := range x.lex.Entries() {
		if e.Type != "firstname" {
			continue
		}
		fem := e.Attrs["gender"] == "f"
		for _, n := range e.Names {
			k := n.Lang + "\x00" + text.Key(n.Text)
			if _, dup := x.firstName[k]; !dup {
				x.firstName[k] = fnInfo{entry: e, fem: fem}
			}
		}
	}
	return x, nil
}

var (
	defaultRulesOnce sync.Once
	defaultRules     []*rules.Rule
	defaultRulesErr  error
)

// parseDefaultRules parses the embedded rule files once.
func parseDefaultRules() ([]*rules.Rule, error) {
	defaultRulesOnce.Do(func() {
		names, err := fs.Glob(rulesFS, "rules/*.rules")
		if err != nil {
			defaultRulesErr = err
			return
		}
		sort.Strings(names)
		for _, n := range names {
			src, err := rulesFS.ReadFile(n)
			if err != nil {
				defaultRulesErr = err
				return
			}
			rs, err := rules.Parse(n, src)
			if err != nil {
				defaultRulesErr = err
				return
			}
			defaultRules = append(defaultRules, rs...)
		}
	})
	return defaultRules, defaultRulesErr
}

func loadRules(opts Options) ([]*rules.Rule, error) {
	var all []*rules.Rule
	if !opts.NoDefaultRules {
		rs, err := parseDefaultRules()
		if err != nil {
			return nil, err
		}
		all = append(all, rs...)
	}
	for _, f := range opts.RuleFiles {
		src, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("extract: %w", err)
		}
		rs, err := rules.Parse(f, src)
		if err != nil {
			return nil, err
		}
		all = append(all, rs...)
	}
	return all, nil
}

func hasQuoteSlot(r *rules.Rule) bool {
	for _, s := range r.Slots {
		for _, t := range s.Types {
			if t == "quote" {
				return true
			}
		}
	}
	return false
}

// Lexicon returns the lexicon the extractor uses.
func (x *Extractor) Lexicon() *lexicon.Lexicon { return x.lex }

// Extract reads one document. name is reported in Document.Doc. The text
// may be in any of the supported languages; invalid UTF-8 is tolerated
// (offsets still refer to the bytes given), but input that looks binary
// fails with ErrBinary.
func (x *Extractor) Extract(name string, src []byte) (*Document, error) {
	if len(src) > x.opts.MaxBytes {
		return nil, fmt.Errorf("%w (%d > %d bytes)", ErrTooLarge, len(src), x.opts.MaxBytes)
	}
	if looksBinary(src) {
		return nil, ErrBinary
	}
	s := string(src)
	lang := x.opts.Lang
	if lang == "" {
		lang = text.DetectLang(s)
	}
	d := newDoc(x, s, lang)
	d.takeBufs()
	for _, w := range windows(s, windowSize) {
		d.window(w[0], w[1])
	}
	out := d.result(name)
	d.releaseBufs()
	return out, nil
}

// windowSize bounds the text processed at once, so that memory stays
// proportional to it however large a document is.
const windowSize = 1 << 20

// windows cuts s into pieces of at most size bytes, at a paragraph break,
// else a line break, else a space, else a rune boundary.
func windows(s string, size int) [][2]int {
	var out [][2]int
	for start := 0; start < len(s); {
		end := start + size
		if end >= len(s) {
			out = append(out, [2]int{start, len(s)})
			break
		}
		cut := -1
		chunk := s[start:end]
		for _, sep := range []string{"\n\n", "\n", ". ", " "} {
			if i := strings.LastIndex(chunk, sep); i > size/2 {
				cut = start + i + len(sep)
				break
			}
		}
		if cut < 0 {
			cut = end
			for cut > start && !utf8.RuneStart(s[cut]) {
				cut--
			}
			if cut == start {
				cut = end
			}
		}
		out = append(out, [2]int{start, cut})
		start = cut
	}
	return out
}

// looksBinary reports whether the input is binary data rather than text:
// NUL bytes or mostly invalid UTF-8 / control characters in its first 8 KiB.
func looksBinary(b []byte) bool {
	if len(b) > 8192 {
		b = b[:8192]
	}
	if len(b) == 0 {
		return false
	}
	bad := 0
	for i := 0; i < len(b); {
		if c := b[i]; c < utf8.RuneSelf && c >= 0x20 {
			i++ // the common case: printable ASCII
			continue
		} else if c >= 0xC2 && c <= 0xDF && i+1 < len(b) && b[i+1]&0xC0 == 0x80 {
			i += 2 // a valid two-byte sequence (Cyrillic): never bad
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == 0 {
			return true
		}
		if (r == utf8.RuneError && n == 1) || (r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f') {
			bad++
		}
		i += n
	}
	return bad*10 > len(b)
}
