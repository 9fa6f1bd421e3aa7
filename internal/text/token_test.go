package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

type tokWant struct {
	text  string
	kind  Kind
	flags Flags // flags that must be set
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []tokWant
	}{
		{"apostrophes", "зв’язки п'ять Пам'ять Кам`янець don't", []tokWant{
			{"зв’язки", Word, 0}, {"п'ять", Word, SpaceBefore}, {"Пам'ять", Word, Cap}, {"Кам`янець", Word, Cap}, {"don't", Word, 0}}},
		{"compounds", "міста-побратими ТАСС-Урал Нью-Йорк Ростов-на-Дону", []tokWant{
			{"міста-побратими", Word, Compound}, {"ТАСС-Урал", Word, Compound | Cap}, {"Нью-Йорк", Word, Compound | Cap}, {"Ростов-на-Дону", Word, Compound | Cap}}},
		{"numeric compounds", "27-28 2022-2024 2024–2026 B2B-переговоры голови-секретар", []tokWant{
			{"27-28", Number, Compound}, {"2022-2024", Number, Compound}, {"2024–2026", Number, Compound}, {"B2B-переговоры", Word, Compound | Cap}, {"голови-секретар", Word, Compound}}},
		{"dashes", "Київ – місто - столиця — так", []tokWant{
			{"Київ", Word, Cap}, {"–", Punct, SpaceBefore}, {"місто", Word, 0}, {"-", Punct, 0}, {"столиця", Word, 0}, {"—", Punct, 0}, {"так", Word, 0}}},
		{"abbreviations", "м. Києва, 6 тыс. т.д. e.g. U.S. Mr. Smith вул.Хрещатик ім. Шевченка", []tokWant{
			{"м.", Word, Abbrev}, {"Києва", Word, Cap}, {",", Punct, 0}, {"6", Number, 0}, {"тыс.", Word, Abbrev}, {"т.д.", Word, Abbrev},
			{"e.g.", Word, Abbrev}, {"U.S.", Word, Abbrev | Upper}, {"Mr.", Word, Abbrev | Cap}, {"Smith", Word, Cap}, {"вул.", Word, Abbrev}, {"Хрещатик", Word, Cap},
			{"ім.", Word, Abbrev}, {"Шевченка", Word, Cap}}},
		{"initials", "В. Кличко, А.М. Порайко, А.Порайко", []tokWant{
			{"В.", Word, Initial | Cap}, {"Кличко", Word, Cap}, {",", Punct, 0}, {"А.М.", Word, Initial}, {"Порайко", Word, 0}, {",", Punct, 0},
			{"А.", Word, Initial}, {"Порайко", Word, 0}}},
		{"numbers", "2,5 04.11.2021 1961.", []tokWant{{"2,5", Number, 0}, {"04.11.2021", Number, 0}, {"1961", Number, 0}, {".", Punct, 0}}},
		{"quotes", "«Про» \"Ok\" “x” „y“", []tokWant{
			{"«", Punct, 0}, {"Про", Word, Cap}, {"»", Punct, 0}, {"\"", Punct, 0}, {"Ok", Word, 0}, {"\"", Punct, 0},
			{"“", Punct, 0}, {"x", Word, 0}, {"”", Punct, 0}, {"„", Punct, 0}, {"y", Word, 0}, {"“", Punct, 0}}},
		{"final runs", "wait... what?! 😀", []tokWant{{"wait", Word, 0}, {"...", Punct, 0}, {"what", Word, 0}, {"?!", Punct, 0}, {"😀", Symbol, SpaceBefore}}},
		{"upper", "ЕКАТЕРИНБУРГ KYIV A", []tokWant{{"ЕКАТЕРИНБУРГ", Word, Upper | Cap}, {"KYIV", Word, Upper | Cap}, {"A", Word, Cap}}},
		{"lines", "one\ntwo\r\n\r\nthree\n \n• four", []tokWant{
			{"one", Word, 0}, {"two", Word, NewlineBefore}, {"three", Word, ParaBefore | NewlineBefore}, {"•", Punct, ParaBefore}, {"four", Word, SpaceBefore}}},
		{"invalid", "a\xff\xfeb c", []tokWant{{"a", Word, 0}, {"\xff\xfe", Symbol, 0}, {"b", Word, 0}, {"c", Word, SpaceBefore}}},
		{"empty", "", nil},
		{"spaces only", " \n\t ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tokenize(tt.in)
			checkOffsets(t, tt.in, got)
			sameAsSegmenter(t, tt.in, got)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d tokens %v, want %d", len(got), texts(got), len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Text != w.text || g.Kind != w.kind || g.Flags&w.flags != w.flags {
					t.Errorf("token %d = %q %v %v, want %q %v with %v", i, g.Text, g.Kind, g.Flags, w.text, w.kind, w.flags)
				}
			}
		})
	}
}

func TestTokenNotFlags(t *testing.T) {
	toks := Tokenize("Київ може стати. А ось")
	if toks[0].Flags&Upper != 0 || toks[1].Flags&Cap != 0 || toks[3].Flags&Abbrev != 0 {
		t.Errorf("wrong flags: %v %v %v", toks[0].Flags, toks[1].Flags, toks[3].Flags)
	}
	if toks[4].Flags&Initial != 0 {
		t.Errorf("word after sentence end is not an initial: %v", toks[4])
	}
}

func TestParts(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Ростов-на-Дону", []string{"Ростов", "на", "Дону"}},
		{"27–28", []string{"27", "28"}},
		{"Київ", nil},
	}
	for _, tt := range tests {
		toks := Tokenize("x " + tt.in)
		ps := toks[1].Parts()
		if len(ps) != len(tt.want) {
			t.Fatalf("%q: parts %v, want %v", tt.in, texts(ps), tt.want)
		}
		for i, p := range ps {
			if p.Text != tt.want[i] || p.Text != ("x " + tt.in)[p.Start:p.End] || p.Key != Key(p.Text) {
				t.Errorf("%q part %d = %+v", tt.in, i, p)
			}
		}
	}
}

func TestKeys(t *testing.T) {
	for _, tok := range Tokenize("Київ КИЇВ київ Ґудзь «x» ё Ёлка зв’язки") {
		if tok.Key != Key(tok.Text) {
			t.Errorf("%q: key %q, want %q", tok.Text, tok.Key, Key(tok.Text))
		}
	}
	if Key("Київ") != "киів" || Key("зв’язки") != "зв'язки" || Key("«") != "\"" || Key("—") != "-" {
		t.Error("Key semantics changed")
	}
	if b := AppendKey([]byte("x"), "ЁЛКА"); string(b) != "xелка" {
		t.Errorf("AppendKey = %q", b)
	}
}

func TestLongInputs(t *testing.T) {
	long := strings.Repeat("я", 10000)
	toks := Tokenize("a " + long + " b")
	if len(toks) != 3 || toks[1].Text != long {
		t.Fatalf("10,000-letter token: got %d tokens", len(toks))
	}
	// one line, many chunks, no spaces at all
	huge := strings.Repeat("ab", 200000)
	toks = Tokenize(huge)
	checkOffsets(t, huge, toks)
	// many words in one line across chunk boundaries
	line := strings.Repeat("Київ-Варшава м. Львів, 27-28 ", 20000)
	toks = Tokenize(line)
	checkOffsets(t, line, toks)
	if len(toks) != 5*20000 {
		t.Fatalf("got %d tokens, want %d", len(toks), 5*20000)
	}
}

func checkOffsets(t *testing.T, s string, toks []Token) {
	t.Helper()
	prev := 0
	for i, tk := range toks {
		if tk.Start < prev || tk.Start >= tk.End || tk.End > len(s) || tk.Text != s[tk.Start:tk.End] {
			t.Fatalf("token %d %+v: bad offsets (prev end %d, len %d)", i, tk, prev, len(s))
		}
		if utf8.ValidString(tk.Text) && tk.Key != Key(tk.Text) {
			t.Fatalf("token %d %q: key %q, want %q", i, tk.Text, tk.Key, Key(tk.Text))
		}
		prev = tk.End
	}
}

func texts(toks []Token) []string {
	var out []string
	for _, t := range toks {
		out = append(out, t.Text)
	}
	return out
}

// TestCyrillicCase checks caseFlags' Cyrillic fast path against package unicode.
func TestCyrillicCase(t *testing.T) {
	for r := rune(0x400); r < 0x530; r++ {
		f := caseFlags(string(r) + string(r))
		letter := unicode.IsLetter(r)
		upper := letter && (unicode.IsUpper(r) || unicode.IsTitle(r))
		if (f&Upper != 0) != upper || (!letter && f&Cap != 0) {
			t.Errorf("%U %c: flags %v", r, r, f)
		}
	}
}

func TestLowerRune(t *testing.T) {
	for r := rune(0); r < 0x600; r++ {
		if lowerRune(r) != unicode.ToLower(r) {
			t.Errorf("lowerRune(%U) = %U", r, lowerRune(r))
		}
	}
}
