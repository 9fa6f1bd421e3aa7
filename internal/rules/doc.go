// Package rules implements factum's rule language: patterns over the units
// of a sentence (words, punctuation marks and already recognized entities)
// that yield relations such as twin_city or holds_position.
//
// Rules are data. A rule file (conventionally *.rules, UTF-8) is parsed by
// Parse into []*Rule with exact positions, compiled once by Compile into a
// Set, and the Set is run on every sentence by Set.Match. Set.NearMisses
// tells which rules almost matched a sentence, for `factum explain`.
//
// # Rule files
//
// A file is a sequence of rules. '#' starts a comment that runs to the end
// of the line (except inside a "quoted literal"). Blank lines are ignored.
// A rule starts with "rule ID" at column 1; its clauses are the indented
// lines (spaces or tabs) that follow, in any order:
//
//	# Kyiv may become a twin city of Hangzhou.
//	rule uk.twin_city.may_become
//	  lang uk
//	  status possible
//	  emit twin_city city=$a twin=$b
//	  emit agreement party=$a counterparty=$b kind="twinning"
//	  pattern $a:city (може | можуть | могла) стати ~2 побратим*
//	          ~4 $b:city+
//
//	rule ru.holds_position.role_org_person
//	  lang ru
//	  emit holds_position person=$p org=$o role=$r
//	  pattern $r:role $o:org|city $p:person
//	  negation ok
//
// The rule ID is made of letters, digits, '.', '_' and '-' and must be
// unique (within a file, and across all files given to Compile). By
// convention it is lang.relation.description.
//
// The clauses:
//
//	lang uk ru        the languages the rule applies to (uk, ru, en);
//	                  without it the rule applies to every language
//	status possible   possible | planned | established | ended, or
//	                  tense: planned or established by the tense of the
//	                  sentence, read by the caller; default established
//	emit TYPE k=v ... a relation to yield; may be repeated. Each value is
//	                  $slot (the unit captured by a slot of the pattern) or
//	                  "a constant". No spaces around '='. The package does
//	                  not know relation types: the caller decides which keys
//	                  are arguments and which attributes.
//	pattern ...       the pattern (required). It continues on the following
//	                  lines that are indented more than the word "pattern".
//	negation ok       the rule fires even if a negation word is in the
//	                  match (the caller checks negation; the flag is only
//	                  recorded here)
//
// Every rule needs a pattern and at least one emit, and every $slot an emit
// names must occur in the pattern.
//
// # Patterns
//
// A pattern is a sequence of elements separated by spaces. Most elements
// match exactly one unit.
//
//	word        a plain unit (not an entity; a post, type role, counts as a
//	            plain unit for words too) whose key is the word's key,
//	            or one of whose hyphen parts is: "побратими" matches
//	            "міста-побратими". Words are letters and digits, with
//	            apostrophes and hyphens inside: міста-побратими, B2B, м'ясо.
//	word*       prefix match on the key or any part: побратим* matches
//	            "побратимом" and "міста-побратими"
//	a*-b*       a hyphenated compound matched part by part, each part a
//	            word or a prefix: міст*-партнер* matches "містами-партнерами"
//	            but not "містами-побратимами" or "партнерами"
//	"text"      a literal that may contain any characters: "," "»" "U.S."
//	            ("text"* is a prefix match). Escapes: \" and \\.
//	, ; . - –   bare punctuation marks are literals too; a lone " (followed
//	            by a space, the end of the line, ')' ']' or '|') matches any
//	            double quotation mark, since keys fold « » „ “ ” to ".
//	            '(' ')' '[' ']' '|' '!' '^' '$' '_' '~' '*' '+' and ':'
//	            followed by a letter are syntax; quote them to match them.
//	$name:type  a slot: one unit of the given type, captured under name.
//	            Types: city country region person org company event role
//	            quote date pron pair (two entities named before and referred to
//	            together: "обидва міста", "the sides"), and the aliases place (city, country or
//	            region) and entity (any typed unit). Alternative types are
//	            written without spaces: $o:org|city.
//	$name:type+ a list slot: the caller expands a coordinated list
//	            ("Kraków, Tampere and Vilnius") around the captured unit.
//	:type       a unit of the type, not captured: :person, :org|company
//	_           any single unit
//	!word       any single unit the word would not match (including
//	            entities); also !"," !word* !:type, and !(a | b | :city)
//	            for a unit none of the alternatives matches
//	~N          a gap: 0 to N units of any kind (1 ≤ N ≤ 20), as few as
//	            possible
//	( a b | c ) a group with alternatives, tried in order
//	[ a b ]     an optional group, taken when possible
//	^           at the very start: the match must start the sentence
//	$           at the very end: the match must end the sentence
//
// Words and literals are compared by their match keys (text.Key): case is
// ignored, ё = е, ї = і, ґ = г, all apostrophes are one, all dashes are "-"
// and all double quotes are ". Write words as they appear in the text,
// inflected forms included; use alternatives or a prefix for the forms you
// want: (стане | стануть | став) or стат* .
//
// Alternatives may also be written at the top level without parentheses
// (a b | c d); to anchor such a pattern, group it: ^ (a b | c d) $.
// A slot name may occur in several alternatives; the capture of the
// alternative taken counts. A slot inside an optional group or a branch
// that was not taken captures nothing (index -1).
//
// A pattern must match at least one unit, and may not begin or end with a
// gap (a leading gap would only move the start of the match; a lazy gap at
// the end always matches nothing).
//
// # Matching
//
// Set.Match tries every rule at every start position of the sentence. At
// each start it takes the first match by priority, like Perl or RE2's
// leftmost-first mode: alternatives in the order written, optional groups
// taken before skipped, gaps as short as possible. So
//
//	$a:city ~3 $b:city
//
// over "Київ, Краків і Тампере" yields Київ…Краків (from Київ) and
// Краків…Тампере (from Краків); the caller decides what to keep. Matching
// runs a Pike VM: it never backtracks, and its work is bounded by the
// number of units times the size of the rule. A prefilter skips rules whose
// required words or slot types do not occur in the sentence, so a set of
// hundreds of rules costs about a microsecond per sentence.
//
// # Errors
//
// Parse reports every problem it finds as an ErrorList of "file:line:col:
// message" errors; columns count characters. For example
//
//	rules/uk.rules:7:14: unknown type "cty"; did you mean "city"?
//	rules/uk.rules:9:21: expected ')' to close '(' at 9:11, found end of pattern
//	rules/uk.rules:12:10: emit twin_city refers to undefined slot $c (the pattern has $a, $b)
//
// Compile reports duplicate rule ids across files, naming both positions.
package rules
