module github.com/factum-nlp/factum

go 1.26.0

require golang.org/x/text v0.43.0

require github.com/blevesearch/segment v0.9.1
