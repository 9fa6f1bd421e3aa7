package rules

import (
	"fmt"
	"strings"
	"testing"
)

func TestMatch(t *testing.T) {
	tests := []struct {
		name, pattern, lang, units, want string
	}{
		{"word", "може", "", "Київ/city може стати", "r:1-2"},
		{"word case and ё", "ещё", "", "Ещё раз", "r:0-1"},
		{"word in part", "побратими", "", "міста-побратими Києва/city", "r:0-1"},
		{"word whole compound", "міста-побратими", "", "міста-побратими", "r:0-1"},
		{"word not typed", "київ", "", "Київ/city", ""},
		{"prefix", "побратим*", "", "став побратимом", "r:1-2"},
		{"prefix part", "побратим*", "", "міста-побратими", "r:0-1"},
		{"prefix no", "побратим*", "", "побрат", ""},
		{"compound parts", "міст*-партнер*", "", "стали містами-партнерами", "r:1-2"},
		{"compound parts exact part", "міст*-партнерами", "", "містами-партнерами містами-партнерів", "r:0-1"},
		{"compound parts need both", "міст*-партнер*", "", "містами-побратимами партнерами", ""},
		{"compound parts count", "міст*-партнер*", "", "міста-партнери-друзі", ""},
		{"quoted punct", `$a:city "," $b:city`, "", "Київ/city , Краків/city", "r:0-3 a=0 b=2"},
		{"bare punct", `$a:city , $b:city`, "", "Київ/city , Краків/city", "r:0-3 a=0 b=2"},
		{"bare colon", `$p:person : $q:quote`, "", "Орлов/person : «текст»/quote", "r:0-3 p=0 q=2"},
		{"lone quote", `сказав " $q:quote`, "", "сказав « x/quote", "r:0-3 q=2"},
		{"dash folds", `$a:city – $b:city`, "", "A/city - B/city", "r:0-3 a=0 b=2"},
		{"apostrophe folds", `м'ясо`, "", "мʼясо", "r:0-1"},
		{"slot alt types", "$o:org|city", "", "x Київрада/org y КМДА/city", "r:1-2 o=1; r:3-4 o=3"},
		{"place alias", "$p:place", "", "x Китай/country Хубей/region", "r:1-2 p=1; r:2-3 p=2"},
		{"entity alias", "$e:entity", "", "x foo/widget", "r:1-2 e=1"},
		{"type no capture", ":person сказав", "", "Орлов/person сказав", "r:0-2"},
		{"any", "a _ c", "", "a b c a c c", "r:0-3; r:3-6"},
		{"gap lazy", "$a:city ~3 $b:city", "", "A/city x B/city y C/city", "r:0-3 a=0 b=2; r:2-5 a=2 b=4"},
		{"gap bound", "$a:city ~1 $b:city", "", "A/city x y B/city", ""},
		{"gap zero", "$a:city ~2 $b:city", "", "A/city B/city", "r:0-2 a=0 b=1"},
		{"alt first", "a (b | b c)", "", "a b c", "r:0-2"},
		{"alt order", "a (b c | b)", "", "a b c", "r:0-3"},
		{"alt backtrack", "a (b c | b) c", "", "a b c", "r:0-3"},
		{"top alt", "a b | c", "", "c a b", "r:0-1; r:1-3"},
		{"opt greedy", "a [b] c", "", "a b c a c", "r:0-3; r:3-5"},
		{"opt end greedy", "a [b]", "", "a b", "r:0-2"},
		{"opt slot unset", "[$x:org] $p:person", "", "Петро/person", "r:0-1 x=-1 p=0"},
		{"not word", "a !b c", "", "a x c a b c", "r:0-3"},
		{"not group", "a !(b | c) d", "", "a b d a c d a e d", "r:6-9"},
		{"not type", "a !:city", "", "a Київ/city a b", "r:2-4"},
		{"not matches entity", "a !b", "", "a Київ/city", "r:0-2"},
		{"anchor start", "^ a", "", "x a", ""},
		{"anchor start ok", "^ a", "", "a a", "r:0-1"},
		{"anchor end", "a $", "", "a x", ""},
		{"anchor end ok", "a $", "", "a x a", "r:2-3"},
		{"anchor group alt", "^ (a | b) $", "", "b", "r:0-1"},
		{"slot in alternatives", "($a:city у | у $a:city) ~1 :event", "", "у Києві/city відбувся форум/event", "r:0-4 a=1"},
		{"slot twice", "$a:city ~2 $a:country", "", "Київ/city у Україна/country", "r:0-3 a=2"},
		{"lang match", "lang uk\npattern a", "uk", "a", "r:0-1"},
		{"lang other", "lang uk\npattern a", "ru", "a", ""},
		{"lang empty", "lang uk\npattern a", "", "a", "r:0-1"},
		{"lang unknown", "pattern a", "de", "a", "r:0-1"},
		{"lang unknown filtered", "lang ru\npattern a", "de", "a", ""},
		{"digits", "B2B", "", "b2b", "r:0-1"},
		{"empty sentence", "a", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := "rule r\n  emit x\n"
			body := tc.pattern
			if !strings.Contains(body, "pattern ") {
				body = "pattern " + body
			}
			for _, l := range splitLines(body) {
				src += "  " + l + "\n"
			}
			s := mustSet(t, src)
			units := us(tc.units)
			for _, pf := range []bool{true, false} {
				got := fmtMatches(collect(s, tc.lang, units, pf))
				if got != tc.want {
					t.Errorf("prefilter=%v: got %q, want %q", pf, got, tc.want)
				}
			}
			if ref := fmtMatches(refAll(s, tc.lang, units)); ref != tc.want {
				t.Errorf("reference matcher: got %q, want %q", ref, tc.want)
			}
		})
	}
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func TestSlotsAndEmits(t *testing.T) {
	s := mustSet(t, `
rule uk.twin
  lang uk ru
  status possible
  emit twin_city city=$a twin=$b
  emit agreement party=$a counterparty=$b kind="twin \"city\""
  pattern $a:city (може | можуть) стати ~2 побратим* ~4
      $b:city+    # continuation
  negation ok
`)
	r := s.Rules()[0]
	if r.ID != "uk.twin" || r.Status != "possible" || !r.NegationOK || fmt.Sprint(r.Langs) != "[uk ru]" {
		t.Errorf("rule = %+v", r)
	}
	if got := fmt.Sprintf("%+v", r.Slots); got != "[{Name:a Types:[city] List:false} {Name:b Types:[city] List:true}]" {
		t.Errorf("slots = %s", got)
	}
	if got := fmt.Sprintf("%v", r.Emits); got != `[{twin_city [{city a  test.rules:5:18} {twin b  test.rules:5:26}] test.rules:5:3} {agreement [{party a  test.rules:6:18} {counterparty b  test.rules:6:27} {kind  twin "city" test.rules:6:43}] test.rules:6:3}]` {
		t.Errorf("emits = %s", got)
	}
	if r.Source != "$a:city (може | можуть) стати ~2 побратим* ~4 $b:city+" {
		t.Errorf("source = %q", r.Source)
	}
	if r.Pos.String() != "test.rules:2:1" {
		t.Errorf("pos = %s", r.Pos)
	}
	var m Match
	s.Match("ru", us("Київ/city може стати побратимом Ханчжоу/city"), func(x Match) { m = x })
	if m.Cap("a") != 0 || m.Cap("$b") != 4 || m.Cap("c") != -1 {
		t.Errorf("caps = %v", m.Caps)
	}
}
