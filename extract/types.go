package extract

// Entity types, as they appear in the "type" field of an Entity.
const (
	City    = "city"
	Country = "country"
	Region  = "region"
	Person  = "person"
	Org     = "org"
	Company = "company"
	Event   = "event"
)

// Relation statuses.
const (
	Possible    = "possible"
	Planned     = "planned"
	Established = "established"
	Ended       = "ended"
)

// Document is the result of extracting one text. It marshals to the JSON
// object described in SPEC.md.
type Document struct {
	Doc       string     `json:"doc"`
	Lang      string     `json:"lang"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}

// Span is a byte range [Start, End) of the input text together with the text
// it covers.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Mention is one place in the input where an entity is named.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Lemma is the nominative of this mention's own wording ("КНР" for a
	// mention of China written so, "Орлов" for a surname alone), for
	// evaluation and inspection; it is not part of the JSON contract.
	Lemma string `json:"-"`
}

// Entity is something the document is about: a city, a person, a company...
type Entity struct {
	// ID is stable across documents and languages: a Wikidata QID, a
	// "geonames:N" id, a lexicon key, or a key derived from the normalized
	// name for entities found by rules alone.
	ID string `json:"id"`
	// Type is one of City, Country, Region, Person, Org, Company, Event.
	Type string `json:"type"`
	// Name is the canonical name in Latin script.
	Name string `json:"name"`
	// Lemma is the canonical form in the document's language, nominative.
	Lemma string `json:"lemma"`
	// Attrs holds attributes such as "country".
	Attrs map[string]string `json:"attrs"`
	// Mentions lists every place the entity appears, in text order.
	Mentions []Mention `json:"mentions"`
}

// Relation is a fact read from the text, connecting entities by role.
type Relation struct {
	// Type is one of the relation types of SPEC.md (twin_city, agreement...).
	Type string `json:"type"`
	// Args maps argument roles ("city", "twin", "person"...) to entity IDs.
	Args map[string]string `json:"args"`
	// Status is Possible, Planned, Established or Ended.
	Status string `json:"status"`
	// Date is an ISO 8601 date or range, or "" when the text gives none.
	Date string `json:"date"`
	// Attrs holds relation attributes such as "role" or "kind".
	Attrs map[string]string `json:"attrs"`
	// Evidence is the sentence or clause the relation was read from.
	Evidence Span `json:"evidence"`
	// Rule is the id of the rule that produced the relation.
	Rule string `json:"rule"`
}
