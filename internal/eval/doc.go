// Package eval reads annotated corpora and scores factum against them.
//
// Four corpus formats are understood (see Format): NEREL and NER-UK brat
// standoff, SlavicNER (BSNLP) tables with base forms, and factRuEval-2016.
// Read turns a corpus directory into Gold documents whose spans are byte
// offsets into the UTF-8 text (the corpora count characters); Evaluate runs
// an extraction function over them on all cores and compares: entity
// mentions per class (PER, LOC, ORG, EVT) by exact span and by overlap,
// lemmas against the corpus base forms, and relations per factum relation
// type. A Report prints as an aligned text table or as Markdown.
//
// Two conventions follow what a corpus does not annotate. In the flat
// formats (NER-UK, SlavicNER) a predicted mention inside a longer predicted
// one is not scored. NER-UK never marks the adjective of a place
// ("польське" in "польське місто Краків"), so there a predicted place
// mention that is one such adjective is not scored either, unless the gold
// has a mention at its span.
//
// The package depends only on the JSON types of package extract, not on the
// Extractor itself: callers pass an ExtractFunc.
package eval
