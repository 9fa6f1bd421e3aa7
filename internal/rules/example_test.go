package rules_test

import (
	"fmt"

	"github.com/factum-nlp/factum/internal/rules"
)

func ExampleSet_Match() {
	src := `
rule uk.twin_city.may_become
  lang uk
  status possible
  emit twin_city city=$a twin=$b
  pattern $a:city (може | можуть) стати ~2 побратим* ~4 $b:city+
`
	rs, err := rules.Parse("example.rules", []byte(src))
	if err != nil {
		fmt.Println(err)
		return
	}
	set, err := rules.Compile(rs)
	if err != nil {
		fmt.Println(err)
		return
	}
	// "Київ може стати побратимом китайського Ханчжоу"
	units := []rules.Unit{
		{Key: "київ", Type: "city", Cap: true},
		{Key: "може"}, {Key: "стати"}, {Key: "побратимом"}, {Key: "китайського"},
		{Key: "ханчжоу", Type: "city", Cap: true},
	}
	set.Match("uk", units, func(m rules.Match) {
		fmt.Println(m.Rule.ID, m.Rule.Status, m.Start, m.End, "a =", m.Cap("a"), "b =", m.Cap("b"), "list:", m.Rule.Slots[1].List)
	})
	for _, nm := range set.NearMisses("uk", units[:3]) {
		fmt.Printf("%s: %d of %d elements, expected %s\n", nm.Rule.ID, nm.Matched, nm.Total, nm.Expected)
	}
	// Output:
	// uk.twin_city.may_become possible 0 6 a = 0 b = 5 list: true
}

func ExampleParse_errors() {
	_, err := rules.Parse("bad.rules", []byte("rule r\n  emit x city=$c\n  pattern $a:cty (може\n"))
	fmt.Println(err)
	// Output:
	// bad.rules:3:14: unknown type "cty"; did you mean "city"?
}
