// Package morph declines Ukrainian and Russian names by rule.
//
// It serves two purposes in factum:
//
//   - generating the case forms of lexicon names (places, organizations,
//     posts, first names) so that the gazetteer matches inflected text
//     ("Київ" → Києва, Києву, Києві, Києвом; "Нижний Новгород" → Нижнего
//     Новгорода; "Далянь" → Даляня, Далянем), see [PhraseForms],
//     [AdjectiveForms] and [NameForms];
//   - bringing the names of people found in text back to the nominative
//     ("Дмитра Давтяна" → "Дмитро Давтян", "Алексея Орлова" → "Алексей
//     Орлов"), see [NominativeName], [AnalyzeFirstName] and [PersonLemma].
//
// There are no dictionaries here: everything is done with suffix rules.
// Results are therefore best guesses, tuned for the names that occur in news
// text; the generators over-generate rather than miss a form, and the
// analyzers return candidates ranked best first.
//
// All functions are safe for concurrent use, never panic and accept any
// input: words that are not Cyrillic (Latin, digits, abbreviations in
// capitals) are returned unchanged. The capitalization pattern of the input
// is preserved (Title case in, Title case out; ALL CAPS in, ALL CAPS out).
//
// # Credits
//
// The Russian person-name rules (petrovich/rules.json) and gender rules
// (petrovich/gender.json) are embedded from the Petrovich project
// (https://github.com/petrovich/petrovich-rules), © 2013 Petrovich
// Developers, MIT licence; see petrovich/LICENSE next to them. The
// Ukrainian rules are written for this package following the Ukrainian
// orthography (Український правопис 2019, §§ 142–145 on surnames).
package morph
