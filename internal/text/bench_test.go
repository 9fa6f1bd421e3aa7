package text

import (
	"os"
	"strings"
	"testing"
)

func benchText(b *testing.B) string {
	var sb strings.Builder
	for _, p := range []string{"../../testdata/articles/000_e8c6c51e7ccd04a3.txt", "../../testdata/articles/003_4ef99b143ba0b074.txt"} {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Skip(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	sb.WriteString("KYIV, Sept 14 (Reuters) - Mr. Smith met Dr. Jones in the U.S. on 14 September 2023. \"We agree,\" he said.\n\n")
	return sb.String()
}

func BenchmarkTokenize(b *testing.B) {
	s := benchText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	var toks []Token
	for b.Loop() {
		toks = AppendTokens(toks[:0], s)
	}
}

func BenchmarkTokenizeLarge(b *testing.B) {
	s := strings.Repeat(benchText(b), 100)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	var toks []Token
	for b.Loop() {
		toks = AppendTokens(toks[:0], s)
	}
}

func BenchmarkPipeline(b *testing.B) {
	s := benchText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	var toks []Token
	for b.Loop() {
		toks = AppendTokens(toks[:0], s)
		lang := DetectLang(s)
		Sentences(s, toks, lang)
		Quotes(s, toks)
		Dates(toks)
		ParseDateline(s, toks)
	}
}
