// Package extract is factum's public API: it reads news articles in
// Ukrainian, Russian and English and returns the entities they mention
// (cities, countries, regions, people, organizations, companies, events)
// and the relations between them (twin cities, agreements, partners of
// events, posts, locations, venues, organizers, meetings, quotes), each
// relation with its status, date, evidence and the rule that produced it.
//
// The path of a document:
//
//	text → tokens (internal/text) → lexicon matches (lexicon, with every
//	case form made by internal/morph) and names found by recognizers
//	(people by first name and surname, events and companies named in
//	quotes, councils named by a place adjective, ...) → rule matches
//	(internal/rules, rules from rules/*.rules and user files) → entities
//	and relations.
//
// An Extractor is built once (New loads the lexicon and compiles the rules)
// and is safe for concurrent use:
//
//	x, err := extract.New(extract.Options{})
//	doc, err := x.Extract("article.txt", text)
//
// In the rules, an emit argument "@TYPE" (organizer_of ... event="@event")
// stands for the entity of that type the sentence leaves unsaid, resolved
// like a reference to it at the start of the match.
//
// Document, Entity, Mention and Relation marshal to the JSON described in
// SPEC.md. WriteBrat and WriteHTML give the other output formats, and
// Explain shows how a text was read.
package extract
