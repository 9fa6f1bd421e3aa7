package extract

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/factum-nlp/factum/internal/morph"
	"github.com/factum-nlp/factum/internal/text"
	"github.com/factum-nlp/factum/lexicon"
)

// Organizations named by description: a capitalized head noun or
// adjectives before a head noun, then words in the genitive, the way
// Ukrainian and Russian write the names of bodies that no list holds:
// "Антимонопольний комітет", "Державного агентства резерву",
// "Следственного комитета", "Комитет защиты журналистов",
// "Национальной службы здравоохранения", "Большого театра".

// bodyNouns are the head nouns of such names, in nominative, with the
// gender their adjectives agree with.
var bodyNouns = map[string][]genericEvent{
	"uk": {
		{nom: "міністерство", neut: true}, {nom: "агентство", neut: true}, {nom: "управління", neut: true},
		{nom: "бюро", neut: true}, {nom: "об'єднання", neut: true}, {nom: "товариство", neut: true},
		{nom: "представництво", neut: true}, {nom: "посольство", neut: true}, {nom: "консульство", neut: true},
		{nom: "комітет"}, {nom: "департамент"}, {nom: "суд"}, {nom: "фонд"}, {nom: "університет"},
		{nom: "інститут"}, {nom: "союз"}, {nom: "рух"}, {nom: "фронт"}, {nom: "центр"}, {nom: "конгрес"},
		{nom: "трибунал"}, {nom: "театр"}, {nom: "музей"}, {nom: "концерн"}, {nom: "холдинг"}, {nom: "банк"},
		{nom: "коледж"}, {nom: "ліцей"}, {nom: "госпіталь"}, {nom: "клуб"}, {nom: "штаб"}, {nom: "кабінет"},
		{nom: "парламент"}, {nom: "сенат"}, {nom: "уряд"}, {nom: "синод"}, {nom: "собор"}, {nom: "секретаріат"},
		{nom: "служба", fem: true}, {nom: "інспекція", fem: true}, {nom: "комісія", fem: true},
		{nom: "рада", fem: true}, {nom: "палата", fem: true}, {nom: "прокуратура", fem: true},
		{nom: "академія", fem: true}, {nom: "асоціація", fem: true}, {nom: "федерація", fem: true},
		{nom: "спілка", fem: true}, {nom: "партія", fem: true}, {nom: "організація", fem: true},
		{nom: "гвардія", fem: true}, {nom: "поліція", fem: true}, {nom: "адміністрація", fem: true},
		{nom: "корпорація", fem: true}, {nom: "церква", fem: true}, {nom: "бібліотека", fem: true},
		{nom: "лікарня", fem: true}, {nom: "гімназія", fem: true}, {nom: "школа", fem: true},
		{nom: "консерваторія", fem: true}, {nom: "філармонія", fem: true}, {nom: "митниця", fem: true},
		{nom: "агенція", fem: true}, {nom: "мерія", fem: true}, {nom: "відділення", neut: true},
		{nom: "тервідділення", neut: true}, {nom: "відділ"}, {nom: "філія", fem: true}, {nom: "залізниця", fem: true},
		{nom: "дирекція", fem: true}, {nom: "обсерваторія", fem: true}, {nom: "ліга", fem: true},
		// One-word names of local councils, administrations and courts:
		// "Оріхівської сільради", "Окружний адмінсуд", "Печерський райсуд".
		{nom: "сільрада", fem: true}, {nom: "селищрада", fem: true}, {nom: "райрада", fem: true},
		{nom: "облрада", fem: true}, {nom: "міськрада", fem: true}, {nom: "райдержадміністрація", fem: true},
		{nom: "облдержадміністрація", fem: true}, {nom: "держадміністрація", fem: true},
		{nom: "міськдержадміністрація", fem: true}, {nom: "райадміністрація", fem: true},
		{nom: "обладміністрація", fem: true}, {nom: "райвиконком"}, {nom: "міськвиконком"},
		{nom: "госпсуд"}, {nom: "адмінсуд"}, {nom: "райсуд"}, {nom: "міськрайсуд"}, {nom: "апеляційсуд"},
		{nom: "лісгосп"}, {nom: "держлісгосп"}, {nom: "військкомат"}, {nom: "райвідділ"},
	},
	"ru": {
		{nom: "министерство", neut: true}, {nom: "агентство", neut: true}, {nom: "управление", neut: true},
		{nom: "бюро", neut: true}, {nom: "объединение", neut: true}, {nom: "общество", neut: true},
		{nom: "представительство", neut: true}, {nom: "посольство", neut: true}, {nom: "консульство", neut: true},
		{nom: "движение", neut: true}, {nom: "правительство", neut: true}, {nom: "ведомство", neut: true},
		{nom: "комитет"}, {nom: "департамент"}, {nom: "суд"}, {nom: "фонд"}, {nom: "университет"},
		{nom: "институт"}, {nom: "союз"}, {nom: "фронт"}, {nom: "центр"}, {nom: "конгресс"},
		{nom: "трибунал"}, {nom: "театр"}, {nom: "музей"}, {nom: "концерн"}, {nom: "холдинг"}, {nom: "банк"},
		{nom: "колледж"}, {nom: "лицей"}, {nom: "госпиталь"}, {nom: "клуб"}, {nom: "штаб"}, {nom: "кабинет"},
		{nom: "парламент"}, {nom: "сенат"}, {nom: "совет"}, {nom: "синод"}, {nom: "секретариат"},
		{nom: "служба", fem: true}, {nom: "инспекция", fem: true}, {nom: "комиссия", fem: true},
		{nom: "рада", fem: true}, {nom: "палата", fem: true}, {nom: "прокуратура", fem: true},
		{nom: "академия", fem: true}, {nom: "ассоциация", fem: true}, {nom: "федерация", fem: true},
		{nom: "партия", fem: true}, {nom: "организация", fem: true}, {nom: "гвардия", fem: true},
		{nom: "полиция", fem: true}, {nom: "администрация", fem: true}, {nom: "корпорация", fem: true},
		{nom: "церковь", fem: true}, {nom: "библиотека", fem: true}, {nom: "больница", fem: true},
		{nom: "гимназия", fem: true}, {nom: "школа", fem: true}, {nom: "консерватория", fem: true},
		{nom: "филармония", fem: true}, {nom: "таможня", fem: true}, {nom: "дирекция", fem: true}, {nom: "обсерватория", fem: true}, {nom: "лига", fem: true},
		{nom: "дума", fem: true}, {nom: "мэрия", fem: true}, {nom: "отделение", neut: true}, {nom: "отдел"},
		{nom: "филиал"},
		// One-word names of local bodies and courts: "Басманный райсуд".
		{nom: "райсуд"}, {nom: "горсуд"}, {nom: "облсуд"}, {nom: "горсовет"}, {nom: "райсовет"},
		{nom: "облсовет"}, {nom: "райадминистрация", fem: true}, {nom: "горадминистрация", fem: true},
		{nom: "облдума", fem: true}, {nom: "гордума", fem: true}, {nom: "горизбирком"}, {nom: "облизбирком"},
		{nom: "райисполком"}, {nom: "горисполком"}, {nom: "военкомат"}, {nom: "райотдел"},
	},
}

var (
	bodyNounOnce sync.Once
	bodyNounForm map[string]map[string]*genericEvent // lang → singular form key → noun
)

func loadBodyNouns() {
	bodyNounForm = map[string]map[string]*genericEvent{}
	for lang, nouns := range bodyNouns {
		m := map[string]*genericEvent{}
		for i := range nouns {
			n := &nouns[i]
			g := morph.Masc
			switch {
			case n.fem:
				g = morph.Fem
			case n.neut:
				g = morph.Neut
			}
			for _, f := range morph.PhraseForms(lang, n.nom, g) {
				if _, dup := m[text.Key(f)]; !dup {
					m[text.Key(f)] = n
				}
			}
		}
		bodyNounForm[lang] = m
	}
}

// findDescribedBodies adds the organizations named by description (see
// bodyNouns): [Adjectives] Head [genitive words] [place], where the first
// word has a capital. A capitalized head alone ("Міністерство") or
// adjectives without a head are not enough; a place that ends the name
// stays a mention of its own, and the body is located in it.
func (d *doc) findDescribedBodies() {
	if d.lang != "uk" && d.lang != "ru" {
		return
	}
	bodyNounOnce.Do(loadBodyNouns)
	heads := bodyNounForm[d.lang]
	toks := d.toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind != text.Word || t.Flags&text.Upper != 0 || !d.free(i, i+1) || d.skip[i] {
			continue
		}
		lowerStart, needPlace := t.Flags&text.Cap == 0, false
		if lowerStart {
			var ok bool
			if ok, needPlace = d.authorityStart(i, heads); !ok {
				continue
			}
		}
		// Adjectives: the first capitalized, the others in lower case.
		j := i
		for j < len(toks) && j < i+3 && toks[j].Kind == text.Word && d.free(j, j+1) && (j == i || toks[j].Flags&text.Cap == 0) &&
			heads[toks[j].Key] == nil && (isAdjectiveWord(toks[j].Text) || hasSuffixAny(toks[j].Key, adjEnds[d.lang])) && (!stopwords()[toks[j].Key] || j == i && !d.sentStart(i)) && !hasSuffixAny(toks[j].Key, pluralAdjEnds) {
			j++
		}
		if j >= len(toks) || !d.free(j, j+1) || toks[j].Flags&text.Upper != 0 || (j > i && toks[j].Flags&text.Cap != 0) {
			continue
		}
		head := heads[toks[j].Key]
		if head == nil {
			continue
		}
		// Genitive words after the head: "охорони здоров'я", "защиты
		// журналистов", "з питань ...", "освіти і науки".
		k := j + 1
		for k < len(toks) && k < j+6 {
			tk := toks[k]
			if d.genitiveWord(k) || governsInstrumental[head.nom] && k <= j+2 && d.instrumentalWord(k) {
				k++
				continue
			}
			if tk.Kind == text.Word && (tk.Key == "і" || tk.Key == "и" || tk.Key == "та") && d.genitiveWord(k+1) && k > j+1 {
				k += 2
				continue
			}
			if d.bodyTopicAt(k, !lowerStart) {
				k += 2
				continue
			}
			break
		}
		if j == i && k == j+1 && !lowerStart && d.orgTailAt(k) == k && (d.sentStart(i) || i > 0 && isQuoteTok(toks[i-1])) {
			continue // a capitalized head alone: "Міністерство" may be any
		}
		if k == j+1 && d.sentStart(i) {
			if _, ok := placeAdjective(toks[i].Text); ok {
				continue // "Американська компанія ...": a description
			}
		}
		last := k // exclusive end of the name's own words
		var place *span
		if k < len(toks) && d.cover[k] != 0 {
			if s := &d.spans[d.cover[k]-1]; s.tok0 == k && s.part < 0 && (s.typ == Country || s.typ == City || s.typ == Region) && s.ent != nil {
				place, last = s, s.tok1
			}
		}
		if place == nil && lowerStart && k < len(toks) && cityWords[toks[k].Key] {
			if t := d.placeTail(k, false); t > k { // "прокуратури м. Києва"
				place, last = &d.spans[d.cover[t-1]-1], t
			}
		}
		if needPlace && place == nil {
			continue // "правительство", "апеляційний суд" without its place is a description
		}
		lemma := d.bodyLemma(i, j, last, head)
		e := d.entityFor("org:"+slug(Translit(d.lang, lemma)), func() *entity {
			e := &entity{}
			e.Type, e.Lemma, e.Name = Org, lemma, Translit(d.lang, lemma)
			if place != nil {
				if c := place.ent.Attrs["country"]; c != "" {
					e.Attrs = map[string]string{"country": c}
				}
			}
			return e
		})
		a, b := toks[i].Start, toks[last-1].End
		d.addSpan(span{start: a, end: b, tok0: i, tok1: last, part: -1, typ: Org, ent: e, lemma: lemma})
		if place != nil {
			d.bodyOfPlace(e, place.ent, i, last)
		}
		i = last - 1
	}
	d.joinBodyTails()
	d.findRoleBodies()
}

// bodyTopicWords follow "з", "по", "у" in the name of a body: "з питань",
// "по делам", "у справах", "по вопросам".
var bodyTopicWords = map[string]bool{"питань": true, "справах": true, "делам": true, "вопросам": true, "захисту": true, "защите": true,
	"надзору": true, "нагляду": true, "контролю": true, "сфере": true, "сфері": true}

// bodyTopicAt reports whether tokens k, k+1 are a preposition and the word
// of a body's field: "з питань", "по делам", "у сфері", or a verbal noun
// ("по изучению рака", "з регулювання енергетики") when verbal is set: in a
// capitalized name, not after a lower-case body ("правительства по
// стимулированию экономики" is what the government does).
func (d *doc) bodyTopicAt(k int, verbal bool) bool {
	if k+1 >= len(d.toks) || !d.free(k, k+2) {
		return false
	}
	p, w := d.toks[k].Key, d.toks[k+1]
	switch p {
	case "з", "по", "у", "в":
	default:
		return false
	}
	if bodyTopicWords[w.Key] {
		return p != "у" && p != "в" || w.Key == "сфере" || w.Key == "сфері" || w.Key == "справах"
	}
	if !verbal || w.Kind != text.Word || w.Flags&text.Cap != 0 || len(w.Key) < 12 {
		return false
	}
	switch {
	case d.lang == "ru" && p == "по":
		return hasSuffixAny(w.Key, []string{"нию", "тию"})
	case d.lang == "uk" && p == "з":
		return hasSuffixAny(w.Key, []string{"ння", "ття"})
	}
	return false
}

// genitiveWord reports whether token k is a free lower-case word that may
// be a noun or adjective in the genitive continuing a body's name.
func (d *doc) genitiveWord(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	if !d.free(k, k+1) {
		// a post's word inside the name: "Комитет защиты журналистов"
		c := d.cover[k]
		if c == 0 || d.spans[c-1].typ != "role" || d.spans[c-1].tok0 != k || d.spans[c-1].tok1 != k+1 {
			return false
		}
	}
	t := d.toks[k]
	if t.Kind != text.Word || t.Flags&text.Cap != 0 || len(t.Key) < 6 || notInBodyName[t.Key] || prepositions[t.Key] {
		return false // "палата при поддержке": a preposition ends the name
	}
	if bodyGenitivePlurals[t.Key] {
		return true
	}
	if hasSuffixAny(t.Key, verbEnds[d.lang]) || hasSuffixAny(t.Key, instrumentalPluralEnds) {
		return false
	}
	return hasSuffixAny(t.Key, genitiveEnds[d.lang])
}

// instrumentalPluralEnds end plural words in the instrumental, which
// genitiveEnds would take for genitives: "національними проектами".
// The feminine singular instrumental ("ухвалою") is never a genitive either.
var instrumentalPluralEnds = []string{"ими", "іми", "ыми", "ами", "ями", "ою", "ею", "єю"}

// governsInstrumental are body nouns that go on with words in the
// instrumental: "Державне управління справами", "Управління національними
// проектами".
var governsInstrumental = map[string]bool{"управління": true, "управление": true}

// instrumentalWord reports whether token k is a free lower-case word in
// the instrumental plural.
func (d *doc) instrumentalWord(k int) bool {
	if k >= len(d.toks) || !d.free(k, k+1) {
		return false
	}
	t := d.toks[k]
	return t.Kind == text.Word && t.Flags&text.Cap == 0 && len(t.Key) >= 8 &&
		hasSuffixAny(t.Key, []string{"ими", "іми", "ыми", "ами", "ями"}) && !hasSuffixAny(t.Key, verbEnds[d.lang])
}

// bodyGenitivePlurals are genitive plurals without a case ending that
// continue the names of bodies: "Міністерство внутрішніх справ",
// "Министерство иностранных дел", "Академія наук".
var bodyGenitivePlurals = map[string]bool{"справ": true, "дел": true, "наук": true, "робіт": true, "работ": true}

// notInBodyName are genitive-looking words that do not continue a name:
// pronouns, "року", "імені" (followed by a person's name).
var notInBodyName = map[string]bool{
	"імені": true, "имени": true, "этого": true, "того": true, "всего": true, "своего": true, "нашего": true,
	"вашего": true, "которого": true, "которой": true, "которых": true, "года": true, "году": true,
	"цього": true, "свого": true, "якого": true, "якої": true, "яких": true, "року": true, "всіх": true,
	"всех": true, "себя": true, "него": true, "нього": true, "неї": true, "сьогодні": true, "сегодня": true,
	"также": true, "тоже": true, "теперь": true, "тепер": true, "також": true, "вчера": true, "вчора": true,
	"минулого": true, "наступного": true, "поточного": true, "тижня": true, "місяця": true, "прошлого": true,
	"следующего": true, "текущего": true, "недели": true, "месяца": true, "минувшего": true, "нынешнего": true,
	"жодних": true, "жодного": true, "жодної": true, "ніяких": true, "никаких": true, "никакого": true, "никакой": true,
	"завтра": true, "можно": true, "можна": true, "было": true, "була": true, "були": true,
}

// adjEnds are the endings of adjectives in the singular. Lists matched
// against keys have "ї" as "і" too (text.Key folds it).
var adjEnds = map[string][]string{
	"uk": {"ий", "ій", "ого", "ього", "ому", "ьому", "им", "ім", "ої", "ьої", "оі", "ьоі", "ою", "ьою", "ська", "цька", "на", "ва", "не", "ве", "ну", "ву"},
	"ru": {"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ую", "юю", "ей"},
}

// pluralAdjEnds are plural adjective endings: "Федеральные агентства"
// and "Ученые института" are not names.
var pluralAdjEnds = []string{"ые", "ие", "ых", "их", "ыми", "ими", "ні", "кі", "ними", "кими"}

// Endings of genitive nouns and adjectives, and of verbs that look alike.
var (
	genitiveEnds = map[string][]string{
		"uk": {"ого", "ої", "оі", "их", "іх", "ів", "їв", "ей", "ань", "ень", "цій", "а", "я", "и", "і", "у", "ю"},
		"ru": {"ого", "его", "ой", "ей", "ых", "их", "ов", "ев", "ий", "а", "я", "ы", "и"},
	}
	verbEnds = map[string][]string{
		"uk": {"ла", "ли", "ло", "ти", "ся", "сь", "ють", "ить", "ать", "ять", "ує", "ює", "ала", "ила", "іли", "али", "или"},
		"ru": {"ла", "ли", "ло", "ть", "ся", "сь", "ет", "ит", "ют", "ят", "ат", "ут", "ала", "ила", "али", "или"},
	}
)

// authorityNouns are the heads of public bodies that news names in lower
// case after a country's adjective or before its name in the genitive:
// "правительства Великобритании", "британского правительства",
// "міністерства охорони здоров'я Ізраїлю", "мэрии Москвы".
var authorityNouns = map[string]bool{
	"міністерство": true, "уряд": true, "парламент": true, "поліція": true, "адміністрація": true,
	"прокуратура": true, "мерія": true, "посольство": true, "консульство": true, "сенат": true,
	"министерство": true, "правительство": true, "полиция": true, "администрация": true,
	"мэрия": true,
}

// authorityStart reports whether the lower-case token i begins the name of
// a public body: an authority noun, a country's adjective before one, or
// adjectives of a body's kind or level before an authority noun or a court
// ("господарського суду", "районной администрации"). needPlace tells that
// the name counts only with the place it belongs to after it: "суд" or
// "апеляційний суд" alone is any court, "британское правительство" is one.
func (d *doc) authorityStart(i int, heads map[string]*genericEvent) (ok, needPlace bool) {
	if h := heads[d.toks[i].Key]; h != nil {
		return authorityNouns[h.nom] || kindHeads[h.nom], true
	}
	if i+1 >= len(d.toks) {
		return false, false
	}
	if le := d.adj[i]; le != nil && le.Type == Country {
		h := heads[d.toks[i+1].Key]
		return h != nil && authorityNouns[h.nom] && !adjPlaceOnly[h.nom] && d.toks[i+1].Flags&text.Cap == 0, false
	}
	for j := i; j < i+3 && j+1 < len(d.toks); j++ {
		if d.toks[j].Flags&text.Cap != 0 || !hasPrefixAny(d.toks[j].Key, bodyKindStems[d.lang]) || !d.free(j, j+1) {
			return false, false
		}
		if h := heads[d.toks[j+1].Key]; h != nil {
			return d.toks[j+1].Flags&text.Cap == 0 && (authorityNouns[h.nom] || kindHeads[h.nom]), true
		}
	}
	return false, false
}

// kindHeads are the heads of bodies that news names in lower case with
// the adjectives of their kind and their place: "господарського суду
// Черкаської області", "управління майна Полтавської області".
var kindHeads = map[string]bool{
	"суд": true, "госпсуд": true, "адмінсуд": true, "райсуд": true, "міськрайсуд": true, "рада": true,
	"держадміністрація": true, "райдержадміністрація": true, "облдержадміністрація": true,
	"управління": true, "інспекція": true, "служба": true, "департамент": true,
	"управление": true, "инспекция": true, "дума": true,
	"горсуд": true, "облсуд": true,
}

// bodyKindStems begin the lower-case adjectives of a body's kind or level:
// "апеляційний", "окружний", "районная", "арбитражный".
var bodyKindStems = map[string][]string{
	"uk": {"господарськ", "апеляційн", "окружн", "адміністративн", "районн", "міськ", "обласн", "військов",
		"місцев", "арбітражн", "касаційн", "конституційн", "верховн", "вищ", "генеральн", "міжрайонн",
		"міськрайонн", "державн", "податков", "екологічн", "головн", "селищн", "сільськ", "територіальн"},
	"ru": {"арбитражн", "апелляционн", "кассационн", "окружн", "районн", "городск", "областн", "краев",
		"федеральн", "военн", "межрайонн", "мирово", "верховн", "конституционн", "генеральн", "государственн",
		"налогов", "главн", "муниципальн", "республиканск", "хозяйственн"},
}

// adjPlaceOnly are authority nouns that name a body only with the place's
// name, not after its adjective: "поліція Києва", but "эстонская полиция"
// is the police of a country in general.
var adjPlaceOnly = map[string]bool{"поліція": true, "полиция": true, "прокуратура": true}

// bodyLemma is the nominative of a body's name at tokens [a, b) whose head
// noun is token j: the adjectives before the head agreed with it, the head
// in the nominative, the rest as written ("Совета муфтиев России" → "Совет
// муфтиев России").
func (d *doc) bodyLemma(a, j, b int, head *genericEvent) string {
	words := make([]string, 0, j-a+1)
	for m := a; m < j; m++ {
		words = append(words, adjAgree(d.lang, d.toks[m].Text, head))
	}
	words = append(words, head.nom)
	words[0] = upperFirst(words[0])
	lemma := strings.Join(words, " ")
	if j+1 < b {
		lemma += d.w[d.toks[j].End:d.toks[b-1].End]
	}
	return lemma
}

// Quoted names of companies and organizations.

// quotedNameHeads are common nouns that introduce the quoted name of a
// company or an organization besides companyHeads and orgHeads: фірма
// «Профіт», підприємство «Перспектива», газета «Іскра», радиостанция
// «Маяк». The name is the quoted words, without the noun and the quotes.
var quotedNameHeads = func() map[string]string {
	m := map[string]string{}
	for typ, words := range map[string][]string{
		Company: {
			"фірма", "фірми", "фірмі", "фірму", "фірмою", "підприємство", "підприємства", "підприємству",
			"підприємстві", "підприємством", "завод", "заводу", "заводі", "заводом", "комбінат", "комбінату",
			"комбінаті", "банк", "банку", "банком", "банке", "банка", "групи", "групу", "групою",
			"фирма", "фирмы", "фирме", "фирму", "фирмой", "предприятие", "предприятия", "предприятию",
			"предприятии", "предприятием", "завода", "заводе", "комбината", "комбинат", "комбинате",
			"группа", "группы", "группе", "группу", "группой", "концерна", "концерне", "холдинге",
		},
		Org: {
			"газета", "газети", "газеті", "газету", "газетою", "газеты", "газете", "газетой",
			"телеканал", "телеканалу", "телеканалі", "телеканалом", "телеканала", "телеканале",
			"радіостанція", "радіостанції", "радіостанцію", "радиостанция", "радиостанции", "радиостанцию",
			"телекомпанія", "телекомпанії", "телекомпанию", "телекомпания", "телекомпании",
			"агенція", "агенції", "агенцію", "агентство", "агентства", "агентству", "агентстві", "агентстве",
			"кооператив", "кооперативу", "кооперативі", "кооператива", "кооперативе",
			"спілка", "спілки", "спілку", "клуб", "клубу", "клубі", "клуба", "клубе",
			"товариство", "товариства", "товариству", "товаристві", "общество", "общества", "обществе",
			"об'єднання", "объединение", "объединения", "блок", "блоку", "блока", "блоке",
		},
	} {
		for _, w := range words {
			m[w] = typ
		}
	}
	return m
}()

// abbrevLegalForm reports whether token i is an abbreviation in Cyrillic
// capitals (2 to 6 letters) right before an opening quote: ПФ «Профіт»,
// НВП «Параллакс», ВГО «...». In Ukrainian such an abbreviation is the
// legal form of the quoted company and belongs to its name.
func (d *doc) abbrevLegalForm(i int) bool {
	t := d.toks[i]
	if d.lang != "uk" || t.Kind != text.Word || t.Flags&text.Upper == 0 || i+1 >= len(d.toks) {
		return false
	}
	q := d.toks[i+1]
	if q.Key != `"` || (q.Text != "«" && q.Text != `"` && q.Text != "„") {
		return false
	}
	n := 0
	for _, r := range t.Text {
		if !unicode.Is(unicode.Cyrillic, r) || !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6 && !romanNumeral(t.Text)
}

// closingNameQuote returns the quote that closes the quoted name opened at
// open, like closingQuote, but Ukrainian and Russian usage closes a nested
// name with one mark: ТОВ «Керуюча компанія «Днепросервіс» ends at the
// first » after the inner name unless a second mark follows it.
func closingNameQuote(toks []text.Token, open int) int {
	if toks[open].Text == "»" {
		return -1 // a closing mark opens nothing
	}
	return scanQuote(toks, open, true)
}

// quotedOrgEntity is the entity of an organization or company whose name
// was found in quotes and which the lexicon does not know, named by the
// words [a, b): "Кримзалізобетону" names "Кримзалізобетон". The last word
// may differ in its case ending.
func (d *doc) quotedOrgEntity(a, b int) *entity {
	for _, e := range d.ents {
		if e.entry != nil || (e.Type != Org && e.Type != Company && e.Type != Event) {
			continue
		}
		ks := strings.Fields(text.Key(e.Lemma))
		if len(ks) != b-a {
			continue
		}
		ok := true
		for k := a; k < b && ok; k++ {
			want, got := ks[k-a], d.toks[k].Key
			if k < b-1 || want == got {
				ok = want == got
				continue
			}
			ok = sameStem(want, got)
		}
		if ok {
			return e
		}
	}
	return nil
}

// sameStem reports whether two keys are case forms of one word: they
// share at least four letters and differ only in a case ending.
func sameStem(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n >= 4 && caseEndings[string(ra[n:])] && caseEndings[string(rb[n:])]
}

// caseEndings are the case endings of nouns, and the empty one.
var caseEndings = map[string]bool{"": true, "а": true, "я": true, "у": true, "ю": true, "ом": true, "ем": true, "ою": true,
	"ею": true, "і": true, "и": true, "ы": true, "е": true, "ові": true, "еві": true, "ой": true, "ей": true, "о": true}

// findQuotedRepeats finds the names of companies and organizations met in
// quotes before (ТОВ «Легіон Експерт») when they come back in quotes alone
// or after another word: «Легіон Експерт» уклав..., власниками
// «Кримзалізобетону».
func (d *doc) findQuotedRepeats() {
	toks := d.toks
	for i := 0; i < len(toks); i++ {
		if toks[i].Key != `"` || (toks[i].Text != "«" && toks[i].Text != `"` && toks[i].Text != "„") {
			continue
		}
		cl := closingNameQuote(toks, i)
		if cl < 0 || cl == i+1 || cl > i+7 || !d.free(i+1, cl) || toks[i+1].Flags&text.Cap == 0 {
			continue
		}
		e := d.quotedOrgEntity(i+1, cl)
		if e == nil {
			continue
		}
		d.addSpan(span{start: toks[i+1].Start, end: toks[cl-1].End, tok0: i + 1, tok1: cl, part: -1, typ: e.Type, ent: e})
		i = cl
	}
}

// Names of bodies that go on with the place or the organization they
// belong to: "Господарського суду Кіровоградської області", "районного
// суду м. Маріуполя Донецької області", "ДСНС України у Львівській
// області", "Управління СБУ", "Інституту мовознавства НАН України". News
// and the corpora take the whole as the name; the place or organization
// inside stays a mention of its own.

// placeTail returns the end of a place named in the genitive at token k
// ("Кіровоградської області", "м. Києва", "России"), or k when there is
// none. With prep, a place after "у", "в" or "по" counts too ("у
// Львівській області", "в м. Києві", "по Москве").
func (d *doc) placeTail(k int, prep bool) int {
	toks := d.toks
	if k >= len(toks) || toks[k].Flags&text.NewlineBefore != 0 {
		return k
	}
	at := k
	if prep {
		switch toks[k].Key {
		case "у", "в", "по":
			at = k + 1
		default:
			return k
		}
	}
	city := false
	if at+1 < len(toks) && (cityWords[toks[at].Key] || toks[at].Key == "місті" || toks[at].Key == "городе") {
		at, city = at+1, true
	}
	s := d.placeSpanAt(at)
	if s == nil || city && s.typ != City {
		return k
	}
	if !prep && !city && !d.genitivePlace(s) {
		return k
	}
	if prep && !city && s.typ == City && toks[k].Key != "по" {
		return k // "Управління в Києві": where it acts, not its name
	}
	return s.tok1
}

// placeSpanAt returns the span of a country, region or city that starts
// at token k, or nil.
func (d *doc) placeSpanAt(k int) *span {
	if k >= len(d.toks) || d.cover[k] == 0 {
		return nil
	}
	s := &d.spans[d.cover[k]-1]
	if s.tok0 != k || s.part >= 0 || s.ent == nil || (s.typ != Country && s.typ != Region && s.typ != City) {
		return nil
	}
	return s
}

// genitivePlace reports whether the place span s may be in the genitive:
// its last word has a genitive ending or is an abbreviation (США, АРК).
func (d *doc) genitivePlace(s *span) bool {
	t := d.toks[s.tok1-1]
	if t.Flags&text.Upper != 0 {
		return true
	}
	if s.lemma != "" && text.Key(s.lemma) == t.Key || text.Key(s.ent.Lemma) == t.Key && s.tok1-s.tok0 == 1 {
		return false // the nominative
	}
	switch d.lang {
	case "uk":
		return hasSuffixAny(t.Key, []string{"ої", "ого", "і", "и", "а", "я", "у", "ю", "ів"}) && !hasSuffixAny(t.Key, []string{"ській", "цькій", "ому"})
	case "ru":
		return hasSuffixAny(t.Key, []string{"ой", "ого", "и", "ы", "а", "я", "ов"}) && !hasSuffixAny(t.Key, []string{"ом"})
	}
	return false
}

// orgTailAt returns the end of an organization's name that starts at token
// k ("СБУ", "НАН України"), or k.
func (d *doc) orgTailAt(k int) int {
	if k >= len(d.toks) || d.cover[k] == 0 || d.toks[k].Flags&text.NewlineBefore != 0 {
		return k
	}
	s := &d.spans[d.cover[k]-1]
	if s.tok0 != k || s.part >= 0 || s.ent == nil || (s.typ != Org && s.typ != Company) {
		return k
	}
	t := d.toks[k]
	if !isCyrillicWord(t.Text) || t.Flags&text.Upper == 0 && text.Key(s.ent.Lemma) == text.Key(d.w[t.Start:d.toks[s.tok1-1].End]) {
		return k // "агентство Reuters", "компанія Нафтогаз": the name in apposition
	}
	return s.tok1
}

// joinBodyTails extends the names of bodies found by description (not
// whole lexicon names) over the place or organization that follows them in
// the genitive, and lexicon bodies over a region after "у"/"в".
func (d *doc) joinBodyTails() {
	if d.lang != "uk" && d.lang != "ru" {
		return
	}
	n := len(d.spans)
	for si := 0; si < n; si++ {
		s := d.spans[si]
		if s.part >= 0 || s.ent == nil || (s.typ != Org && s.typ != Company) || s.end-d.base > len(d.w) || s.start < d.base {
			continue
		}
		if d.cover[s.tok0] != int32(si+1) {
			continue // inside a longer span
		}
		if isQuoteTok(d.toks[s.tok1-1]) {
			continue // ТОВ «...»: a company's quoted name is whole
		}
		k := s.tok1
		var place *entity // the first place in the tail
		if s.ent.entry == nil && s.tok1 == s.tok0+1 {
			k = d.compoundBodyTail(s.tok0)
		}
		for step := 0; step < 4; step++ {
			if s.ent.entry == nil {
				if t := d.namedAfterTail(k); t > k {
					k = t
					continue
				}
				if t := d.placeTail(k, false); t > k {
					if place == nil {
						place = d.spans[d.cover[t-1]-1].ent
					}
					k = t
					continue
				}
				if t := d.orgTailAt(k); t > k && !isQuoteTok(d.toks[t-1]) {
					k = t
					continue
				}
			}
			if s.typ == Org && (s.ent.entry == nil || step == 0) {
				if t := d.placeTail(k, true); t > k && (s.ent.entry == nil || d.spans[d.cover[t-1]-1].typ == Region) {
					if place == nil {
						place = d.spans[d.cover[t-1]-1].ent
					}
					k = t
				}
			}
			break
		}
		a := s.tok0
		if s.tok1 == s.tok0+1 && s.ent.entry == nil && a > 0 && d.toks[a].Flags&text.Upper != 0 && d.free(a-1, a) && d.toks[a-1].Kind == text.Word &&
			d.toks[a].Flags&text.NewlineBefore == 0 {
			if _, ok := placeAdjective(d.toks[a-1].Text); ok && d.toks[a-1].Flags&text.Cap != 0 && d.adj[a-1] == nil {
				a-- // "Кременчуцького НПЗ", "Чернігівське ОТВ"
			}
		}
		if k == s.tok1 && a == s.tok0 && s.ent.entry != nil && s.typ == Org {
			// "Нацгвардії України": a lexicon body and its own country.
			if p := d.placeSpanAt(k); p != nil && p.typ == Country && p.ent.entry != nil && s.ent.Attrs["country"] != "" &&
				p.ent.Attrs["iso2"] == s.ent.Attrs["country"] && d.genitivePlace(p) && s.tok1 == s.tok0+1 {
				d.extendMention(si, p.tok1)
			}
			continue
		}
		if k == s.tok1 && a == s.tok0 {
			continue
		}
		d.extendBody(si, a, k)
		if place != nil {
			d.bodyOfPlace(d.spans[si].ent, place, a, k)
		}
	}
}

// extendBody makes the body span si run over tokens [start, end): a new entity named
// by the longer text takes the mention of the shorter one.
func (d *doc) extendBody(si, start, end int) {
	s := &d.spans[si]
	old := s.ent
	tail := d.w[d.toks[s.tok1-1].End:d.toks[end-1].End]
	lemma := s.lemma
	if lemma == "" {
		lemma = old.Lemma
	}
	lemma += tail
	if start < s.tok0 {
		lemma = d.w[d.toks[start].Start:d.toks[end-1].End] // as written
	}
	e := d.entityFor("org:"+slug(Translit(d.lang, lemma)), func() *entity {
		e := &entity{}
		e.Type, e.Lemma, e.Name = old.Type, lemma, Translit(d.lang, lemma)
		for k, v := range old.Attrs {
			if e.Attrs == nil {
				e.Attrs = map[string]string{}
			}
			e.Attrs[k] = v
		}
		return e
	})
	// Take the old mention back.
	for m := len(old.Mentions) - 1; m >= 0; m-- {
		if old.Mentions[m].Start == s.start && old.Mentions[m].End == s.end {
			old.Mentions = append(old.Mentions[:m], old.Mentions[m+1:]...)
			delete(d.mentioned, mentionKey{old, s.start, s.end})
			break
		}
	}
	if len(old.Mentions) == 0 {
		for r := range d.rels {
			for k, v := range d.rels[r].Args {
				if v == old.ID {
					d.rels[r].Args[k] = e.ID
				}
			}
		}
	}
	for t := s.tok1; t < end; t++ {
		if d.cover[t] == 0 {
			d.cover[t] = int32(si + 1)
		}
	}
	for t := start; t < s.tok0; t++ {
		d.cover[t] = int32(si + 1)
	}
	s.tok0, s.start = start, d.base+d.toks[start].Start
	s.tok1, s.end, s.ent, s.lemma = end, d.base+d.toks[end-1].End, e, ""
	d.mention(e, s.start, s.end, "")
}

// extendMention makes the span si of a lexicon body end at token end,
// keeping its entity: "Нацгвардії України" is the Нацгвардія.
func (d *doc) extendMention(si, end int) {
	s := &d.spans[si]
	e := s.ent
	for m := len(e.Mentions) - 1; m >= 0; m-- {
		if e.Mentions[m].Start == s.start && e.Mentions[m].End == s.end {
			e.Mentions = append(e.Mentions[:m], e.Mentions[m+1:]...)
			delete(d.mentioned, mentionKey{e, s.start, s.end})
			break
		}
	}
	for t := s.tok1; t < end; t++ {
		if d.cover[t] == 0 {
			d.cover[t] = int32(si + 1)
		}
	}
	s.tok1, s.end = end, d.base+d.toks[end-1].End
	d.mention(e, s.start, s.end, s.lemma)
}

// compoundBodyPrefixes begin one-word names of state bodies made of a
// prefix and a body noun: Держслужба, Держагентство, Нацагенство.
var compoundBodyPrefixes = []string{"держ", "нац", "гос"}

// compoundBodyTail returns the end of the genitive words after a one-word
// body name at token i made of a prefix and a body noun ("Держслужби
// транспорту", "Держагентства резерву України"), or i+1.
func (d *doc) compoundBodyTail(i int) int {
	bodyNounOnce.Do(loadBodyNouns)
	heads := bodyNounForm[d.lang]
	key := d.toks[i].Key
	ok := false
	for _, p := range compoundBodyPrefixes {
		if strings.HasPrefix(key, p) && (heads[key[len(p):]] != nil || heads[strings.Replace(key[len(p):], "енст", "ентст", 1)] != nil) {
			ok = true
		}
	}
	k := i + 1
	if !ok {
		return k
	}
	for k < len(d.toks) && k < i+5 {
		if d.genitiveWord(k) {
			k++
			continue
		}
		if t := d.toks[k]; (t.Key == "і" || t.Key == "и" || t.Key == "та") && k > i+1 && d.genitiveWord(k+1) {
			k += 2
			continue
		}
		if d.bodyTopicAt(k, true) {
			k += 2
			continue
		}
		break
	}
	return k
}

// describedNameStart returns the first token of the description that is
// part of a Ukrainian company's name before its head noun at h: a
// capitalized adjective and the adjectives after it ("Юридична фірма
// «Легіс-Плюс»", "Золочівське міське житлово-комунальне підприємство
// «Перспектива»"), or a legal form ("ТОВ фірма «Київ»"); h when the head
// stands alone (фірми «Профіт»: the name is the quoted words) or after a
// country's adjective ("Латвійська компанія «...»" is a description).
func (d *doc) describedNameStart(h int) int {
	if d.lang != "uk" {
		return h
	}
	a := h
	for a > 0 && a > h-4 && d.free(a-1, a) && d.toks[a].Flags&text.NewlineBefore == 0 {
		t := d.toks[a-1]
		if t.Kind != text.Word || !isAdjectiveWord(t.Text) && !hasSuffixAny(t.Key, []string{"не", "на", "ий", "ої", "ого"}) || d.countryAdjective(a-1) {
			break
		}
		a--
		if t.Flags&text.Cap != 0 {
			return a
		}
	}
	if h > 0 && legalForms[d.toks[h-1].Key] != "" && d.free(h-1, h) {
		return h - 1
	}
	return h
}

// countryAdjective reports whether token i is a country's adjective
// ("Латвійська", "американской").
func (d *doc) countryAdjective(i int) bool {
	for _, f := range d.lookup(i) {
		if f.Kind == lexicon.KindAdjective && f.Entry.Type == Country {
			return true
		}
	}
	return false
}

// namedAfterTail returns the end of "імені Тараса Шевченка", "им. Н. Ф.
// Гамалеи" at token k: the person a body is named after belongs to its
// name. It returns k when there is none.
func (d *doc) namedAfterTail(k int) int {
	toks := d.toks
	if k >= len(toks) {
		return k
	}
	switch toks[k].Key {
	case "імені", "имени", "ім.", "им.", "ім", "им":
	default:
		return k
	}
	j := k + 1
	if j < len(toks) && toks[j].Key == "." {
		j++
	}
	end := j
	for end < len(toks) && end < j+6 && toks[end].Flags&text.NewlineBefore == 0 {
		t := toks[end]
		if t.Key == "." && end > j {
			end++
			continue
		}
		if t.Kind != text.Word || t.Flags&text.Cap == 0 || !isCyrillicWord(t.Text) && t.Flags&text.Upper == 0 {
			break
		}
		end++
	}
	for end > j && toks[end-1].Key == "." {
		end-- // the sentence's full stop
	}
	if end == j || toks[end-1].Kind != text.Word || utf8.RuneCountInString(toks[end-1].Text) < 3 {
		return k
	}
	return end
}

// findRoleBodies adds the body named by an abbreviation at the end of a
// post ("голови ОДА", "глава МВД"): the post stays a unit of its own, and
// the abbreviation is a mention of the body.
func (d *doc) findRoleBodies() {
	n := len(d.spans)
	for si := 0; si < n; si++ {
		s := d.spans[si]
		if s.typ != "role" || s.part >= 0 || s.tok1-s.tok0 < 2 {
			continue
		}
		k := s.tok1 - 1
		t := d.toks[k]
		if t.Kind != text.Word || t.Flags&text.Upper == 0 || !isCyrillicWord(t.Text) || utf8.RuneCountInString(t.Text) > 6 {
			continue
		}
		var e *entity
		if le := d.lookupWhole(k, k+1); le != nil && (le.Type == Org || le.Type == Company) {
			e = d.lexEntity(le)
		} else {
			e = d.entityFor("org:"+slug(Translit(d.lang, t.Text)), func() *entity {
				e := &entity{}
				e.Type, e.Lemma, e.Name = Org, t.Text, strings.ToUpper(Translit(d.lang, t.Text))
				return e
			})
		}
		d.addSpan(span{start: t.Start, end: t.End, tok0: k, tok1: k + 1, part: -1, typ: Org, ent: e})
	}
}

// latinCompanyHeads are the nouns (uk/ru stems) after which a Latin-script
// name in Cyrillic text names a company: "компанії Leoni", "завод Nestlé",
// "концерн Siemens".
var latinCompanyHeads = []string{"компані", "компани", "концерн", "корпораці", "корпораци", "фірм", "фирм", "завод", "виробник", "производител", "холдинг", "бренд", "ритейлер", "оператор", "групи", "группы", "стартап", "автовиробник", "автопроизводител"}

// findLatinCompanies recognizes a capitalized Latin-script name of up to
// three words right after a company noun in Ukrainian or Russian text:
// "завод компанії Leoni", "концерн Rheinmetall", "компания Air Astana".
func (d *doc) findLatinCompanies() {
	if d.lang != "uk" && d.lang != "ru" {
		return
	}
	toks := d.toks
	for i := 1; i < len(toks); i++ {
		if !latinCap(toks[i]) || !d.free(i, i+1) || toks[i-1].Kind != text.Word || !hasPrefixAny(toks[i-1].Key, latinCompanyHeads) {
			continue
		}
		j := i + 1
		for j < len(toks) && j < i+3 && latinCap(toks[j]) && toks[j].Flags&text.SpaceBefore != 0 && d.free(j, j+1) {
			j++
		}
		name := writtenName(toks, i, j-i)
		e := d.entityFor("company:"+slug(name), func() *entity {
			e := &entity{}
			e.Type, e.Lemma, e.Name = Company, name, name
			return e
		})
		d.addSpan(span{start: toks[i].Start, end: toks[j-1].End, tok0: i, tok1: j, part: -1, typ: Company, ent: e, lemma: name})
		i = j - 1
	}
}

// latinCap reports whether t is a capitalized word in Latin script.
func latinCap(t text.Token) bool {
	return t.Kind == text.Word && t.Flags&text.Cap != 0 && !hasCyrillic(t.Text)
}

// nestedNames adds the known names inside the name of an organization as
// mentions of their own: "РАН" in "Институт русского языка РАН", "КПСС" in
// "ЦК КПСС", "МВД России" and "России" in "Главное управление МВД России
// по Нижегородской области". The rules still see the whole name as one
// unit; a nested organization followed by its country or city in the
// genitive is located there ("МВД России").
func (d *doc) nestedNames() {
	if d.lang != "uk" && d.lang != "ru" {
		return
	}
	have := map[[2]int]bool{}
	for _, s := range d.spans {
		if s.part < 0 {
			have[[2]int{s.start, s.end}] = true
		}
	}
	n := len(d.spans)
	for si := 0; si < n; si++ {
		s := d.spans[si]
		if s.part >= 0 || s.ent == nil || (s.typ != Org && s.typ != Company) || d.cover[s.tok0] != int32(si+1) ||
			s.tok1-s.tok0 < 2 || s.start < d.base || s.end-d.base > len(d.w) {
			continue
		}
		d.nestInside(s.ent, s.tok0, s.tok1, have, 0)
		if place := d.placeOfAdjective(s.tok0, s.tok1); place != nil && (s.ent.Attrs["country"] == "" || s.ent.Attrs["country"] == placeCountry(place)) {
			start, end := d.base+d.toks[s.tok0].Start, d.base+d.toks[s.tok0].End
			if k := [2]int{start, end}; !have[k] {
				have[k] = true
				d.mention(place, start, end, d.adjectiveLemma(s.tok0))
			}
			if bodyCityID(s.ent) != "" || municipalWord(d.toks[s.tok0+1].Key) {
				continue // "Київська міська рада" is the city's own council, not a fact about it
			}
			d.addRelation(Relation{Type: "located_in", Args: map[string]string{"subject": s.ent.ID, "place": place.ID},
				Status: Established, Attrs: map[string]string{}, Evidence: d.evidence(s.start, s.end), Rule: "name.org_of_place_adjective"})
		}
	}
}

// placeOfAdjective returns the place named by the capitalized adjective
// that starts the organization's name at tokens [a, b), or nil: the
// country of "Российская академия наук", the region of "Курская областная
// дума", the city of "Московский государственный университет". A city
// must be the only one of its size with that adjective.
func (d *doc) placeOfAdjective(a, b int) *entity {
	t := d.toks[a]
	if b-a < 2 || t.Kind != text.Word || t.Flags&text.Cap == 0 || t.Flags&text.Upper != 0 || !isCyrillicWord(t.Text) ||
		d.missionName(a, b) {
		return nil
	}
	if strings.HasPrefix(t.Key, "русск") || strings.HasPrefix(t.Key, "руськ") {
		return nil // "Русская православная церковь": a people's adjective
	}
	for _, f := range d.lookup(a) {
		if f.Kind == lexicon.KindAdjective && f.Entry.Type == Country && len(f.Keys) == 1 {
			return d.lexEntity(f.Entry)
		}
	}
	stem, ok := placeAdjective(t.Text)
	if !ok {
		return nil
	}
	next := d.toks[a+1].Key
	switch {
	case strings.HasPrefix(next, "областн") || strings.HasPrefix(next, "обласн") || next == "ова" || next == "ода" || next == "ога":
		end := "ая"
		if d.lang == "uk" {
			end = "а"
		}
		return d.regionNamed(stem+end, "область")
	case strings.HasPrefix(next, "краев") || strings.HasPrefix(next, "крайов"):
		return d.regionNamed(stem+"ий", "край")
	}
	return d.uniqueCityOfAdj(t.Key)
}

// municipalWord reports whether k, the word after a place adjective,
// makes the name a city's own body: "міська рада", "городская дума",
// "горисполком", "міськвиконком".
func municipalWord(k string) bool {
	for _, p := range []string{"міськ", "городск", "горисп", "горсов", "гордум", "горадм"} {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// regionNamed returns the region whose name is the adjective adj and the
// noun kind ("Курская" "область"), or nil.
func (d *doc) regionNamed(adj, kind string) *entity {
	toks := text.Tokenize(adj + " " + kind)
	for _, f := range d.x.lex.Lookup(toks, 0) {
		if f.Kind == lexicon.KindName && f.Entry.Type == Region && len(f.Keys) == len(toks) {
			return d.lexEntity(f.Entry)
		}
	}
	return nil
}

// uniqueCityOfAdj is cityOfAdj when no other city of at least a tenth of
// the size shares the adjective ("Московский", but not "Джорджтаунский").
func (d *doc) uniqueCityOfAdj(k string) *entity {
	c := d.cityOfAdj(k)
	if c == nil || c.entry == nil {
		return nil
	}
	pop, _ := strconv.Atoi(c.entry.Attrs["pop"])
	if pop < adjCityPop {
		return nil
	}
	name := text.Key(c.Lemma)
	for _, f := range d.x.lex.LookupKeys(nil, -1, &text.Token{Key: name, Kind: text.Word, Flags: text.Cap}) {
		if f.Entry == c.entry || f.Entry.Type != City || len(f.Keys) != 1 {
			continue
		}
		if p, _ := strconv.Atoi(f.Entry.Attrs["pop"]); p*10 >= pop {
			return nil
		}
	}
	return c
}

// nestInside adds the lexicon names of organizations and places found
// inside the name of outer at tokens [a, b) (see nestedNames).
func (d *doc) nestInside(outer *entity, a, b int, have map[[2]int]bool, depth int) {
	var prev nestedOrg // an organization that ends where the next name starts
	for p := a; p < b; p++ {
		if isQuoteTok(d.toks[p]) || nestStop[d.toks[p].Key] {
			return // a quoted name ("партия «Единая Россия»") or one named after someone
		}
		if !isCyrillicWord(d.toks[p].Text) || p > a && d.toks[p].Flags&text.SpaceBefore == 0 {
			prev = nestedOrg{}
			continue
		}
		var best *lexicon.Form
		for _, f := range d.lookup(p) {
			l := len(f.Keys)
			if f.Kind != lexicon.KindName || f.Lower || p+l > b || p == a && l == b-a {
				continue
			}
			if p == a && f.Entry != outer.entry {
				continue // "Верховный суд" in "Верховный суд России": the head
			}
			switch f.Entry.Type {
			case Org, Company:
			case Country, Region, City:
				if p > a && d.toks[p-1].Flags&text.Cap != 0 && isAdjectiveWord(d.toks[p-1].Text) {
					continue // "Единая Россия": the place agrees with the name's adjective
				}
				if pop, _ := strconv.Atoi(f.Entry.Attrs["pop"]); f.Entry.Type == City && (pop < nestedCityPop || d.toks[p].Flags&text.Upper != 0 || d.personFormAt(p) || surnameLike(d.lang, d.toks[p].Key)) {
					continue // "Фонда", "КИТ", "Института Пушкина": a word or a person's name
				}
			default:
				continue
			}
			if p+l < len(d.toks) && d.toks[p+l].Flags&text.SpaceBefore == 0 && d.toks[p+l].Kind == text.Word ||
				p+l < b && d.toks[p+l].Flags&text.SpaceBefore == 0 && d.toks[p+l].Key == "." {
				continue // "Лента.ру"
			}
			if d.toks[p].Flags&text.Cap == 0 {
				continue
			}
			if best == nil || l > len(best.Keys) {
				best = f
			}
		}
		if best == nil {
			if d.cover[p] != 0 {
				// a nested span of another finder: its entity, as is
				if ns := &d.spans[d.cover[p]-1]; ns.tok0 == p && ns.tok1 <= b && ns.part < 0 && ns.ent != nil && ns.ent != outer && d.cover[p] != d.cover[a] {
					prev = d.nestedOrgOf(prev, ns.ent, p, ns.tok1)
					p = ns.tok1 - 1
					continue
				}
			}
			prev = nestedOrg{}
			continue
		}
		l := len(best.Keys)
		e := d.lexEntity(best.Entry)
		if e == outer {
			// "МВД" in "МВД России": the outer name is its own
			// organization and its place
			prev = d.nestedOrgOf(nestedOrg{}, e, p, p+l)
			p += l - 1
			continue
		}
		start, end := d.base+d.toks[p].Start, d.base+d.toks[p+l-1].End
		if k := [2]int{start, end}; !have[k] {
			have[k] = true
			lemma := "" // the nominative of the name as written: "Америки" is "Америка"
			if best.Name >= 0 && best.Name < len(best.Entry.Names) {
				lemma = best.Entry.Names[best.Name].Text
			}
			d.mention(e, start, end, lemma)
		}
		if l > 1 && depth < 2 && (e.Type == Org || e.Type == Company) {
			d.nestInside(e, p, p+l, have, depth+1)
		}
		prev = d.nestedOrgOf(prev, e, p, p+l)
		p += l - 1
	}
}

// nestStop are words after which an organization's name goes on with a
// name of another kind: "имени Пушкина".
var nestStop = map[string]bool{"имени": true, "им.": true, "імені": true, "ім.": true}

// nestedCityPop is the population a city needs to be taken as a mention
// inside an organization's name.
const nestedCityPop = 50000

// adjCityPop is the population a city needs to be read from an adjective
// that starts an organization's name: "Московский", "Харбинский", but not
// "Королевский" (Королёв) or "Уральский" (Уральск).
const adjCityPop = 500000

// placeCountry is the country code of a place entity.
func placeCountry(e *entity) string {
	if e.Type == Country && e.entry != nil {
		return e.entry.Attrs["iso2"]
	}
	return e.Attrs["country"]
}

// nestedOrg is an organization nested in a longer name, at tokens [t0, t1).
type nestedOrg struct {
	e      *entity
	t0, t1 int
}

// nestedOrgOf relates the nested organization org to the country or city e
// named right after it at tokens [t0, t1) ("МВД России"), and returns what
// the next name may relate to: e itself if it is an organization.
func (d *doc) nestedOrgOf(org nestedOrg, e *entity, t0, t1 int) nestedOrg {
	if org.e != nil && org.t1 == t0 && (e.Type == Country || e.Type == City) {
		if sp := (span{tok0: t0, tok1: t1, ent: e}); d.genitivePlace(&sp) && !d.missionName(org.t0, org.t1) {
			d.addRelation(Relation{Type: "located_in", Args: map[string]string{"subject": org.e.ID, "place": e.ID},
				Status: Established, Attrs: map[string]string{}, Evidence: d.evidence(d.base+d.toks[org.t0].Start, d.base+d.toks[t1-1].End), Rule: "name.org_of_place"})
		}
	}
	if e.Type == Org || e.Type == Company {
		return nestedOrg{e, t0, t1}
	}
	return nestedOrg{}
}

// missionName reports whether tokens [a, b) name an embassy or a mission.
func (d *doc) missionName(a, b int) bool {
	for k := a; k < b; k++ {
		if hasPrefixAny(d.toks[k].Key, missionStems) {
			return true
		}
	}
	return false
}

// personFormAt reports whether a name of a person in the lexicon starts at
// token p.
func (d *doc) personFormAt(p int) bool {
	for _, f := range d.lookup(p) {
		if f.Entry.Type == Person {
			return true
		}
	}
	return false
}

// surnameLike reports whether a word has the shape of a surname ("Пушкина",
// "Королёва"), which a small city's name may share.
func surnameLike(lang, k string) bool {
	_, ok := surnameShape(lang, k)
	return ok
}
