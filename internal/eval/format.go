package eval

import (
	"fmt"
	"strings"
)

// Format names an annotated corpus format.
type Format string

// The corpus formats Read understands.
const (
	// NEREL is brat standoff (NNN.txt + NNN.ann) with NEREL's entity and
	// relation types and Wikidata links.
	NEREL Format = "nerel"
	// NERUK is the NER-UK variant of brat standoff: lines
	// "T1<TAB>ORG<TAB>start<TAB>end<TAB>text".
	NERUK Format = "ner-uk"
	// SlavicNER is the BSNLP table format: X.txt + X.tsv with lines
	// "start<TAB>end<TAB>surface<TAB>lemma<TAB>type<TAB>id".
	SlavicNER Format = "slavicner"
	// FactRuEval is the factRuEval-2016 format: book_N.txt with .spans,
	// .objects, .coref and .facts.
	FactRuEval Format = "factrueval"
)

// Formats lists every Format in a fixed order.
var Formats = []Format{NEREL, NERUK, SlavicNER, FactRuEval}

// ParseFormat returns the Format named by s. Case, surrounding space and
// the separators "-" and "_" are ignored ("NER_UK", "neruk" and "ner-uk"
// are the same format).
func ParseFormat(s string) (Format, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	k = strings.NewReplacer("-", "", "_", "", " ", "").Replace(k)
	switch k {
	case "nerel":
		return NEREL, nil
	case "neruk":
		return NERUK, nil
	case "slavicner", "bsnlp":
		return SlavicNER, nil
	case "factrueval", "factrueval2016":
		return FactRuEval, nil
	}
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return "", fmt.Errorf("eval: unknown corpus format %q (want one of %s)", s, strings.Join(names, ", "))
}

// Entity classes scored by Evaluate.
const (
	PER = "PER"
	LOC = "LOC"
	ORG = "ORG"
	EVT = "EVT"
)

// classOrder is the order classes are reported in.
var classOrder = []string{PER, LOC, ORG, EVT}

// Factum relation types scored against the corpora.
const (
	HoldsPosition = "holds_position"
	LocatedIn     = "located_in"
	HeldIn        = "held_in"
	OrganizerOf   = "organizer_of"
	MetWith       = "met_with"
)

// formatInfo says what a format annotates: which entity classes and which
// factum relation types. Predictions outside these are ignored.
type formatInfo struct {
	classes   []string
	relations []string
}

var formatInfos = map[Format]formatInfo{
	NEREL:      {classes: []string{PER, LOC, ORG, EVT}, relations: []string{HoldsPosition, LocatedIn, HeldIn, OrganizerOf}},
	NERUK:      {classes: []string{PER, LOC, ORG}},
	SlavicNER:  {classes: []string{PER, LOC, ORG, EVT}},
	FactRuEval: {classes: []string{PER, LOC, ORG}, relations: []string{HoldsPosition, MetWith}},
}

// ClassOf maps a factum entity type (extract.City, extract.Person...) to
// its evaluation class, or "" for a type that is not scored.
func ClassOf(entityType string) string {
	switch entityType {
	case "person":
		return PER
	case "city", "country", "region":
		return LOC
	case "org", "company":
		return ORG
	case "event":
		return EVT
	}
	return ""
}

// relRoles gives the two argument roles of each binary relation type, and
// whether the type is symmetric.
var relRoles = map[string]struct {
	a, b      string
	symmetric bool
}{
	HoldsPosition: {"person", "org", false},
	LocatedIn:     {"subject", "place", false},
	HeldIn:        {"event", "place", false},
	OrganizerOf:   {"organizer", "event", false},
	MetWith:       {"party", "counterparty", true},
	"agreement":   {"party", "counterparty", true},
	"twin_city":   {"city", "twin", true},
	"partner_of":  {"partner", "host", false},
}
