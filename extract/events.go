package extract

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/factum-nlp/factum/internal/morph"
	"github.com/factum-nlp/factum/internal/text"
)

// Generic events: occurrences named by a common noun rather than a proper
// name ("президентские выборы", "стрельба", "концерт", "the elections"),
// which news place in a city or country ("выборы в Индонезии", "стрельба в
// Питтсбурге"). They become event entities so that the held_in rules can
// read where they took place.
//
// The nouns that also stand for a named event mentioned elsewhere
// ("форума", "конференции", "the summit": eventHeads) are left to findRefs,
// and the nouns that rules read as words ("встреча", "переговоры") are not
// listed.

// genericEvent is a noun naming a kind of event, in nominative.
type genericEvent struct {
	nom    string // nominative singular (or plural for pluralia tantum)
	plural bool   // the noun is plural: its adjectives take plural endings
	fem    bool   // feminine: its adjectives take feminine endings
	neut   bool   // neuter
	named  bool   // usually the head of a named event ("форум «...»"): generic only where the document names no event
}

// genericEvents lists, per language, the nouns of generic events. Plural
// entries are nominative plurals ("выборы", "протесты").
var genericEvents = map[string][]genericEvent{
	"ru": {
		{nom: "выборы", plural: true}, {nom: "праймериз", plural: true}, {nom: "протесты", plural: true},
		{nom: "беспорядки", plural: true}, {nom: "учения", plural: true}, {nom: "торжества", plural: true},
		{nom: "гонки", plural: true}, {nom: "соревнования", plural: true}, {nom: "состязания", plural: true},
		{nom: "показы", plural: true}, {nom: "бои", plural: true}, {nom: "похороны", plural: true},
		{nom: "референдум"}, {nom: "концерт"}, {nom: "митинг"}, {nom: "теракт"}, {nom: "парад"},
		{nom: "матч"}, {nom: "показ"}, {nom: "пожар"}, {nom: "взрыв"}, {nom: "обстрел"}, {nom: "путч"},
		{nom: "переворот"}, {nom: "бой"}, {nom: "карнавал"}, {nom: "спектакль"}, {nom: "брифинг"},
		{nom: "стрельба", fem: true}, {nom: "перестрелка", fem: true}, {nom: "война", fem: true},
		{nom: "церемония", fem: true}, {nom: "презентация", fem: true}, {nom: "авария", fem: true},
		{nom: "катастрофа", fem: true}, {nom: "забастовка", fem: true}, {nom: "демонстрация", fem: true},
		{nom: "акция протеста", fem: true}, {nom: "атака", fem: true}, {nom: "битва", fem: true},
		{nom: "эвакуация", fem: true}, {nom: "премьера", fem: true}, {nom: "свадьба", fem: true},
		{nom: "нападение", neut: true}, {nom: "землетрясение", neut: true}, {nom: "наводнение", neut: true},
		{nom: "убийство", neut: true}, {nom: "крушение", neut: true}, {nom: "шествие", neut: true},
		{nom: "сражение", neut: true}, {nom: "восстание", neut: true}, {nom: "шоу", neut: true},
		{nom: "форум", named: true}, {nom: "конференция", fem: true, named: true}, {nom: "выставка", fem: true, named: true},
		{nom: "саммит", named: true}, {nom: "фестиваль", named: true}, {nom: "ярмарка", fem: true, named: true},
		{nom: "конгресс", named: true}, {nom: "съезд", named: true}, {nom: "семинар", named: true},
		{nom: "симпозиум", named: true}, {nom: "чемпионат", named: true}, {nom: "турнир", named: true},
	},
	"uk": {
		{nom: "вибори", plural: true}, {nom: "праймеріз", plural: true}, {nom: "протести", plural: true},
		{nom: "заворушення", plural: true}, {nom: "навчання", plural: true}, {nom: "урочистості", plural: true},
		{nom: "змагання", plural: true}, {nom: "покази", plural: true}, {nom: "бої", plural: true},
		{nom: "похорон"}, {nom: "референдум"}, {nom: "концерт"}, {nom: "мітинг"}, {nom: "теракт"}, {nom: "парад"},
		{nom: "матч"}, {nom: "показ"}, {nom: "вибух"}, {nom: "обстріл"}, {nom: "путч"}, {nom: "переворот"},
		{nom: "бій"}, {nom: "карнавал"}, {nom: "спектакль"}, {nom: "брифінг"},
		{nom: "стрілянина", fem: true}, {nom: "перестрілка", fem: true}, {nom: "війна", fem: true},
		{nom: "церемонія", fem: true}, {nom: "презентація", fem: true}, {nom: "аварія", fem: true},
		{nom: "катастрофа", fem: true}, {nom: "пожежа", fem: true}, {nom: "демонстрація", fem: true},
		{nom: "акція протесту", fem: true}, {nom: "атака", fem: true}, {nom: "битва", fem: true},
		{nom: "евакуація", fem: true}, {nom: "прем'єра", fem: true}, {nom: "страйк"},
		{nom: "напад"}, {nom: "землетрус"}, {nom: "повінь", fem: true}, {nom: "вбивство", neut: true},
		{nom: "убивство", neut: true}, {nom: "шоу", neut: true},
		{nom: "форум", named: true}, {nom: "конференція", fem: true, named: true}, {nom: "виставка", fem: true, named: true},
		{nom: "саміт", named: true}, {nom: "фестиваль", named: true}, {nom: "ярмарок", named: true},
		{nom: "конгрес", named: true}, {nom: "з'їзд", named: true}, {nom: "семінар", named: true},
		{nom: "симпозіум", named: true}, {nom: "чемпіонат", named: true}, {nom: "турнір", named: true},
	},
	"en": {
		{nom: "elections", plural: true}, {nom: "election"}, {nom: "primaries", plural: true}, {nom: "primary"},
		{nom: "referendum"}, {nom: "concert"}, {nom: "concerts", plural: true}, {nom: "rally"}, {nom: "protest"},
		{nom: "protests", plural: true}, {nom: "shooting"}, {nom: "attack"}, {nom: "bombing"}, {nom: "explosion"},
		{nom: "earthquake"}, {nom: "flood"}, {nom: "parade"}, {nom: "ceremony"}, {nom: "war"}, {nom: "coup"},
		{nom: "riots", plural: true}, {nom: "strike"}, {nom: "match"}, {nom: "premiere"}, {nom: "wedding"},
		{nom: "funeral"}, {nom: "massacre"}, {nom: "crash"}, {nom: "battle"},
		{nom: "forum", named: true}, {nom: "conference", named: true}, {nom: "exhibition", named: true},
		{nom: "summit", named: true}, {nom: "festival", named: true}, {nom: "congress", named: true},
		{nom: "championship", named: true}, {nom: "tournament", named: true},
	},
}

// genericEventForm is a form of a generic event noun: the nominative it
// comes from and how many tokens it has.
type genericEventForm struct {
	ev   *genericEvent
	keys []string // the form's token keys
}

var (
	genericOnce  sync.Once
	genericForms map[string]map[string][]genericEventForm // lang → first key → forms
)

func loadGenericEvents() {
	genericForms = map[string]map[string][]genericEventForm{}
	for lang, evs := range genericEvents {
		m := map[string][]genericEventForm{}
		for i := range evs {
			ev := &evs[i]
			var forms []string
			switch {
			case lang == "en":
				forms = []string{ev.nom}
			case ev.plural:
				forms = morph.PhraseForms(lang, ev.nom, morph.Plural)
			default:
				g := morph.Unknown
				if ev.fem {
					g = morph.Fem
				}
				forms = morph.PhraseForms(lang, ev.nom, g)
			}
			seen := map[string]bool{}
			for _, f := range forms {
				toks := text.Tokenize(f)
				if len(toks) == 0 {
					continue
				}
				keys := make([]string, len(toks))
				for k, t := range toks {
					keys[k] = t.Key
				}
				j := strings.Join(keys, " ")
				if seen[j] {
					continue
				}
				seen[j] = true
				m[keys[0]] = append(m[keys[0]], genericEventForm{ev: ev, keys: keys})
			}
		}
		genericForms[lang] = m
	}
}

// findGenericEvents marks generic event nouns, with the lower-case
// adjectives before them ("парламентских выборах" → event "парламентские
// выборы"), as event entities. An event is one entity per lemma within a
// document.
func (d *doc) findGenericEvents() {
	genericOnce.Do(loadGenericEvents)
	forms := genericForms[d.lang]
	if len(forms) == 0 {
		return
	}
	toks := d.toks
	for h := 0; h < len(toks); h++ {
		t := toks[h]
		if t.Kind != text.Word || t.Flags&text.Upper != 0 {
			continue
		}
		var hit *genericEventForm
		for k := range forms[t.Key] {
			f := &forms[t.Key][k]
			if h+len(f.keys) > len(toks) || (hit != nil && len(f.keys) <= len(hit.keys)) {
				continue
			}
			ok := true
			for j := 1; j < len(f.keys); j++ {
				if toks[h+j].Key != f.keys[j] {
					ok = false
					break
				}
			}
			if ok {
				hit = f
			}
		}
		if hit == nil || hit.ev.named && d.namesEvent() {
			continue
		}
		end := h + len(hit.keys)
		if !d.free(h, end) {
			continue
		}
		// Lower-case adjectives before the noun: "президентские",
		// "массовое", "presidential" (en: lower-case words ending like
		// adjectives).
		a := h
		for a > 0 && h-a < 2 && d.free(a-1, a) && toks[a-1].Kind == text.Word && toks[a-1].Flags&text.Cap == 0 && toks[a].Flags&text.NewlineBefore == 0 && eventAdjective(d.lang, toks[a-1].Key) {
			a--
		}
		words := make([]string, 0, end-a)
		for k := a; k < h; k++ {
			words = append(words, adjAgree(d.lang, toks[k].Key, hit.ev))
		}
		words = append(words, hit.ev.nom)
		lemma := strings.Join(words, " ")
		if d.sentStart(a) && toks[a].Flags&text.Cap != 0 {
			lemma = upperFirst(lemma)
		}
		e := d.entityFor("event:"+slug(Translit(d.lang, strings.ToLower(lemma))), func() *entity {
			e := &entity{generic: true}
			e.Type, e.Lemma, e.Name = Event, lemma, Translit(d.lang, lemma)
			return e
		})
		d.addSpan(span{start: toks[a].Start, end: toks[end-1].End, tok0: a, tok1: end, part: -1, typ: Event, ent: e, lemma: lemma})
		h = end - 1
	}
}

// eventAdjective reports whether a lower-case word can be an adjective
// qualifying an event noun ("президентских", "массовое", "presidential").
func eventAdjective(lang, k string) bool {
	if stopwords()[k] {
		return false
	}
	if lang == "en" {
		for _, e := range []string{"al", "ial", "ary", "ic", "ive", "ent", "ous", "ern", "ish", "ese", "ian"} {
			if strings.HasSuffix(k, e) && utf8.RuneCountInString(k) > len(e)+3 {
				return true
			}
		}
		return false
	}
	return isAdjectiveWord(k)
}

// adjAgree brings an adjective to the nominative agreeing with the event
// noun: plural for "выборы", feminine for "стрельба", neuter for "убийство".
func adjAgree(lang, w string, ev *genericEvent) string {
	if lang == "en" {
		return w
	}
	stem, ok := adjStem(w)
	if !ok {
		return w
	}
	soft := strings.HasSuffix(stem, "н") && (strings.HasSuffix(w, "нього") || strings.HasSuffix(w, "ньої") || strings.HasSuffix(w, "ній") || strings.HasSuffix(w, "нее") || strings.HasSuffix(w, "ней") || strings.HasSuffix(w, "них") && lang == "ru")
	velar := strings.HasSuffix(stem, "к") || strings.HasSuffix(stem, "г") || strings.HasSuffix(stem, "х") || strings.HasSuffix(stem, "ж") || strings.HasSuffix(stem, "ш") || strings.HasSuffix(stem, "щ") || strings.HasSuffix(stem, "ч")
	switch lang {
	case "uk":
		switch {
		case ev.plural:
			return stem + "і"
		case ev.fem:
			if soft {
				return stem + "я"
			}
			return stem + "а"
		case ev.neut:
			if soft {
				return stem + "є"
			}
			return stem + "е"
		default:
			if soft {
				return stem + "ій"
			}
			return stem + "ий"
		}
	default:
		switch {
		case ev.plural:
			if velar || soft {
				return stem + "ие"
			}
			return stem + "ые"
		case ev.fem:
			if soft {
				return stem + "яя"
			}
			return stem + "ая"
		case ev.neut:
			if soft {
				return stem + "ее"
			}
			return stem + "ое"
		default:
			if hasSuffixAny(strings.ToLower(stem), endStressedStems) || strings.HasSuffix(w, "ой") {
				return stem + "ой" // "Большого театра" → "Большой театр"
			}
			if velar || soft {
				return stem + "ий"
			}
			return stem + "ый"
		}
	}
}

// endStressedStems are Russian adjective stems whose masculine nominative
// ends in a stressed -ой.
var endStressedStems = []string{"больш", "молод", "золот", "прост", "втор", "друг", "дорог", "жив", "глух", "слеп",
	"город", "мужск", "морск", "донск", "запорожск", "крут", "густ", "пуст", "свят", "родн", "голуб", "седьм", "шест", "восьм", "областн", "окружн", "лесн", "речн", "земн", "ручн"}

// adjStem strips an adjective ending (any case, number and gender).
func adjStem(w string) (string, bool) {
	for _, e := range []string{"ього", "ьому", "ого", "ому", "ими", "ыми", "ими", "ою", "ою", "ої", "ій", "ий", "ый", "ім", "им", "ым", "их", "ых", "ие", "ые", "ая", "яя", "ое", "ее", "ую", "юю", "ой", "ей", "ом", "ем", "ее", "а", "я", "е", "є", "у", "ю", "і"} {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) > utf8.RuneCountInString(e)+2 {
			return w[:len(w)-len(e)], true
		}
	}
	return w, false
}

// namesEvent reports whether the document has named an event so far: then
// "форум", "the summit" refer to it rather than to an event of their own.
func (d *doc) namesEvent() bool {
	for _, e := range d.ents {
		if e.Type == Event && !e.generic {
			return true
		}
	}
	return false
}
