// Command factum extracts entities and relations from news articles.
//
// Usage:
//
//	factum extract [flags] [FILE|DIR ...]   one JSON object per document (JSON Lines)
//	factum explain [flags] "sentence"       tokens, lexicon matches, rules fired and nearly fired
//	factum eval --format F DIR              score against an annotated corpus
//
// extract prints JSON Lines by default; --format brat and --format html
// give brat standoff and an HTML view. --lexicon and --rules add user data
// files; errors in them name the file, line and column.
//
// Run "factum COMMAND -h" for the flags of a command.
package main
