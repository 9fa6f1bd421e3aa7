package rules

import "strings"

// Unit is one unit of a sentence as the matcher sees it: a word, a
// punctuation mark, or an entity (or other typed span) that the pipeline has
// already recognized.
type Unit struct {
	// Key is the normalized match key of the word (see text.Key); for a
	// typed unit, the key of the whole span.
	Key string
	// Parts holds the keys of the parts of a hyphenated compound
	// ("міста-побратими" → ["міста", "побратими"]); nil otherwise.
	Parts []string
	// Type is "" for a plain word or punctuation mark; otherwise the type
	// of the unit: city, country, region, person, org, company, event,
	// role, quote, date, pron (other non-empty types match only `entity`).
	Type string
	// Also is a second type the unit may stand for, or "": a city's
	// council (type org) also stands for the city (Also city) in a slot
	// that takes cities.
	Also string
	// Cap reports whether the first letter is upper case.
	Cap bool
}

// bits returns the type bits of the unit (Type and Also).
func (u *Unit) bits() uint16 {
	if u.Also == "" {
		return unitBits(u.Type)
	}
	return unitBits(u.Type) | unitBits(u.Also)
}

// Slot describes a named capture of a rule's pattern.
type Slot struct {
	// Name is the slot name without the '$'.
	Name string
	// Types lists the unit types the slot accepts, as written (aliases such
	// as "place" are kept as written).
	Types []string
	// List reports whether the slot was written with '+': the caller
	// expands a coordinated list ("Kraków, Tampere and Vilnius") around
	// the captured unit.
	List bool
}

// Arg is one key=value pair of an emit clause. Exactly one of Slot and
// Const is set: Slot is a slot name (without '$'), Const a constant string.
type Arg struct {
	Key   string
	Slot  string
	Const string
	Pos   Pos
}

// Emit is one emit clause: a relation type and its key=value pairs. The
// package does not know relation types; the caller decides which keys are
// arguments and which are attributes.
type Emit struct {
	Type string
	Args []Arg
	Pos  Pos
}

// Status values of a rule.
const (
	StatusPossible    = "possible"
	StatusPlanned     = "planned"
	StatusEstablished = "established"
	StatusEnded       = "ended"
	// StatusTense leaves the status to the caller, to be read from the
	// tense of the sentence: planned when it speaks of the future, else
	// established.
	StatusTense = "tense"
)

// Languages a rule may be restricted to.
var Languages = []string{"uk", "ru", "en"}

// Types lists the unit types a slot may name, followed by the aliases
// "place" (city, country or region) and "entity" (any typed unit).
var Types = []string{"city", "country", "region", "person", "org", "company", "event", "role", "quote", "date", "pron", "pair", "place", "entity"}

// Rule is one rule: a pattern over units and what it emits when it matches.
type Rule struct {
	// ID names the rule ("uk.twin_city.may_become"); it is unique in a Set.
	ID string
	// Langs lists the languages the rule applies to; empty means all.
	Langs []string
	// Status is possible, planned, established (the default) or ended.
	Status string
	// Emits lists the relations the rule yields, in file order.
	Emits []Emit
	// Slots lists the named slots of the pattern in order of first
	// appearance. Match.Caps is indexed like Slots.
	Slots []Slot
	// NegationOK reports whether the rule fires even when a negation word
	// occurs in the match ("negation ok"). The matcher only records it.
	NegationOK bool
	// Pos is the position of the rule's "rule" keyword.
	Pos Pos
	// Source is the text of the pattern, comments removed and continuation
	// lines joined with a space. A Rule built by hand (not by Parse) is compiled
	// from Source.
	Source string

	pat     *node // parsed pattern; nil for a hand-built rule
	patPos  Pos   // position of the pattern text
	langMsk uint8
}

// SlotIndex returns the index of the named slot in r.Slots, or -1.
func (r *Rule) SlotIndex(name string) int {
	name = strings.TrimPrefix(name, "$")
	for i := range r.Slots {
		if r.Slots[i].Name == name {
			return i
		}
	}
	return -1
}

// Type bits: a plain unit has no bit; a typed unit has exactly one.
const (
	tbCity uint16 = 1 << iota
	tbCountry
	tbRegion
	tbPerson
	tbOrg
	tbCompany
	tbEvent
	tbRole
	tbQuote
	tbDate
	tbPron
	tbPair  // a reference to two entities named before ("обидва міста")
	tbOther // any other non-empty type

	tbPlace  = tbCity | tbCountry | tbRegion
	tbEntity = tbOther<<1 - 1
)

// wordTypes are the unit types that word patterns match too: a post
// ("мер", "партнером") is a typed unit for slots and a word for words.
const wordTypes = tbRole

// typeMask returns the bits a type name in a pattern stands for, or 0 if
// the name is unknown.
func typeMask(name string) uint16 {
	switch name {
	case "city":
		return tbCity
	case "country":
		return tbCountry
	case "region":
		return tbRegion
	case "person":
		return tbPerson
	case "org":
		return tbOrg
	case "company":
		return tbCompany
	case "event":
		return tbEvent
	case "role":
		return tbRole
	case "quote":
		return tbQuote
	case "date":
		return tbDate
	case "pron":
		return tbPron
	case "pair":
		return tbPair
	case "place":
		return tbPlace
	case "entity":
		return tbEntity
	}
	return 0
}

// unitBits returns the type bit of a unit's Type ("" → 0).
func unitBits(t string) uint16 {
	if t == "" {
		return 0
	}
	if m := typeMask(t); m != 0 && m&(m-1) == 0 {
		return m
	}
	return tbOther
}

// Language bits.
const (
	lbUK uint8 = 1 << iota
	lbRU
	lbEN
	lbOther
	lbAll = lbUK | lbRU | lbEN | lbOther
)

func langBit(lang string) uint8 {
	switch lang {
	case "uk":
		return lbUK
	case "ru":
		return lbRU
	case "en":
		return lbEN
	case "":
		return lbAll
	}
	return lbOther
}

func langMask(langs []string) uint8 {
	if len(langs) == 0 {
		return lbAll
	}
	var m uint8
	for _, l := range langs {
		switch l {
		case "uk", "ru", "en":
			m |= langBit(l)
		}
	}
	return m
}
