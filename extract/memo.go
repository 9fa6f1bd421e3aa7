package extract

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/factum-nlp/factum/internal/morph"
)

// memo caches the results of the morphology calls the extractor repeats
// across documents (a person's nominative, a surname's case forms). It is
// safe for concurrent use and bounded: past maxMemo entries it is cleared,
// so memory stays flat on any stream of documents.
type memo struct {
	m sync.Map
	n atomic.Int64
}

const maxMemo = 200000

func (c *memo) get(key string, compute func() any) any {
	if v, ok := c.m.Load(key); ok {
		return v
	}
	v := compute()
	if c.n.Add(1) > maxMemo {
		c.m.Clear()
		c.n.Store(0)
	}
	c.m.Store(key, v)
	return v
}

type personLemma struct {
	name morph.Name
	ok   bool
}

// personLemma is morph.PersonLemma, memoized.
func (x *Extractor) personLemma(lang, first, middle, last string, known func(string) (morph.Gender, bool)) (morph.Name, bool) {
	key := "p\x00" + lang + "\x00" + first + "\x00" + middle + "\x00" + last
	r := x.memo.get(key, func() any {
		n, ok := morph.PersonLemma(lang, first, middle, last, known)
		return personLemma{n, ok}
	}).(personLemma)
	return r.name, r.ok
}

// analyzeFirstName is morph.AnalyzeFirstName, memoized.
func (x *Extractor) analyzeFirstName(lang, form string, known func(string) (morph.Gender, bool)) []morph.FirstNameAnalysis {
	return x.memo.get("a\x00"+lang+"\x00"+form, func() any {
		return morph.AnalyzeFirstName(lang, form, known)
	}).([]morph.FirstNameAnalysis)
}

// surnameForms is morph.NameForms for a surname, memoized.
func (x *Extractor) surnameForms(lang, surname string, g morph.Gender) []string {
	return x.memo.get("s\x00"+lang+"\x00"+surname+"\x00"+string(rune('0'+g)), func() any {
		return morph.NameForms(lang, morph.Last, surname, g)
	}).([]string)
}

// nominativeName is morph.NominativeName, memoized.
func (x *Extractor) nominativeName(lang string, p morph.Part, form string, g morph.Gender, c morph.Case) []string {
	key := strings.Join([]string{"n", lang, string(rune('0' + p)), form, string(rune('0' + g)), string(rune('0' + c))}, "\x00")
	return x.memo.get(key, func() any {
		return morph.NominativeName(lang, p, form, g, c)
	}).([]string)
}

// unknownNameLemma is morph.UnknownNameLemma, memoized.
func (x *Extractor) unknownNameLemma(lang string, words []string) morph.Name {
	return x.memo.get("u\x00"+lang+"\x00"+strings.Join(words, "\x00"), func() any {
		return morph.UnknownNameLemma(lang, words)
	}).(morph.Name)
}
