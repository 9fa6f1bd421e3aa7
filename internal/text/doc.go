// Package text is factum's text layer: it turns raw article text into
// tokens, sentences and a few structures the rule engine builds on.
//
//   - Tokenize / AppendTokens: UAX#29 word segmentation (blevesearch/segment)
//     refined for news text in Ukrainian, Russian and English: apostrophes
//     inside words, hyphenated compounds ("Нью-Йорк", "27-28"),
//     abbreviations and initials with their period ("м.", "тыс.", "А.М."),
//     exact byte offsets into the input and a match key (Key) per token.
//   - Sentences: sentence splitting that respects abbreviations, initials,
//     numbers, headlines, list items and quote attributions, and marks each
//     sentence as Body, Headline or page Furniture ("Read also" blocks,
//     navigation and UI lines).
//   - Quotes: balanced «…», "…", “…” and „…“ quotations, with nesting.
//   - DetectLang: "uk", "ru" or "en".
//   - Dates and ParseDateline: dates, months, years and ranges in all
//     three languages, and the "PLACE, date /AGENCY/" line of wire stories.
//
// Nothing here fails or panics on any input, including invalid UTF-8; all
// offsets are byte offsets into the input as given. The functions are safe
// for concurrent use and allocate little: token texts are substrings of the
// input and token keys share one buffer per call.
package text
