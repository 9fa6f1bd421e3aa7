package morph

import (
	"strings"
	"unicode/utf8"
)

// nounKind tells the noun decliner what kind of name it declines.
type nounKind uint8

const (
	kindPlace  nounKind = iota // toponym, organization, post, common noun
	kindFirst                  // person: first name
	kindMiddle                 // person: patronymic
	kindLast                   // person: surname
)

func (k nounKind) person() bool { return k != kindPlace }

// cut returns w without its last n bytes.
func cut(w string, n int) string {
	if n > len(w) {
		return ""
	}
	return w[:len(w)-n]
}

// palatal maps a velar to the consonant it alternates with before -і
// in Ukrainian (рука → руці, нога → нозі, муха → мусі).
func palatal(r rune) string {
	switch r {
	case 'к':
		return "ц"
	case 'г', 'ґ':
		return "з"
	case 'х':
		return "с"
	}
	return string(r)
}

// ukPalStem replaces the final velar of stem (the word minus its ending)
// by its palatal partner, in the case of the original letter.
func ukPalStem(stem string) string {
	r, n := lastRune(stem)
	if !isVelar(lowerRune(r)) {
		return stem
	}
	return stem[:len(stem)-n] + matchCase(stem[len(stem)-n:], palatal(lowerRune(r)))
}

func lowerRune(r rune) rune {
	if r >= 'А' && r <= 'Я' {
		return r + 32
	}
	switch r {
	case 'Ё', 'І', 'Ї', 'Є':
		return r + 80
	case 'Ґ':
		return 'ґ'
	}
	return r
}

// ukAlt returns the oblique stem of a Ukrainian word whose last syllable
// has і/ї alternating with о/е/є in open syllables (Київ → Києв-, Львів →
// Львов-, Тернопіль → Тернопол-, Ірпінь → Ірпен-, Ріг → Рог-). end is the
// number of bytes at the end of w after the alternating vowel. ok is false
// when the word does not alternate.
func ukAlt(w, lw string, end int) (string, bool) {
	i := len(lw) - end - 2 // byte index of і/ї
	if i <= 0 {
		return "", false
	}
	v, _ := utf8.DecodeRuneInString(lw[i:])
	if v != 'і' && v != 'ї' {
		return "", false
	}
	prev, _ := utf8.DecodeLastRuneInString(lw[:i])
	repl := "о"
	switch {
	case v == 'ї' || isVowel(prev) || isApos(prev):
		repl = "є"
	case isHush(prev) || hasSuf(lw, "інь"):
		repl = "е"
	}
	return w[:i] + matchCase(w[i:i+2], repl) + w[i+2:], true
}

// ukFirstAlt lists Ukrainian first names whose і alternates (Федір →
// Федора); surnames never alternate in modern usage (Прокопів →
// Прокопіва).
var ukFirstAlt = map[string]bool{
	"федір": true, "сидір": true, "антін": true, "тихін": true, "прокіп": true,
	"яків": true, "нестір": true, "якім": true, "сафін": true, "харитін": true,
}

// ruFemSoft lists Russian toponyms and nouns in -ь that are feminine.
var ruFemSoft = map[string]bool{
	"казань": true, "рязань": true, "астрахань": true, "кубань": true, "сызрань": true,
	"тамань": true, "тюмень": true, "тверь": true, "пермь": true, "кемь": true,
	"сибирь": true, "русь": true, "обь": true, "тмутаракань": true,
	"даль": true, "сеть": true, "дверь": true, "церковь": true,
	"любовь": true, "площадь": true, "гавань": true, "нефть": true, "ростань": true, "медь": true, "речь": true, "рать": true,
	"ладонь": true, "ось": true, "цепь": true, "мощь": true,
	"щедрость": true, "корь": true, "ярь": true, "колыбель": true,
	"модель": true, "цель": true, "мель": true, "ель": true,
	"тень": true, "лень": true, "постель": true,
	"грань": true, "пристань": true,
}

// ukFemSoft lists Ukrainian nouns in -ь that are feminine.
var ukFemSoft = map[string]bool{
	"русь": true, "січ": true, "мідь": true, "сіль": true, "тінь": true, "ціль": true, "подорож": true,
	"модель": true, "лють": true, "міць": true, "молодь": true,
	"сталь": true, "вісь": true, "гавань": true, "рать": true,
	"керч": true,
}

// declinableO lists nouns in -о that decline although they do not match
// the Slavic suffix rules (most foreign names in -о do not decline).
var declinableO = map[string]bool{
	"дніпро": true, "місто": true, "село": true, "право": true, "коло": true,
	"тло": true, "вікно": true, "дно": true, "озеро": true, "ядро": true, "сало": true,
	"військо": true, "агентство": true, "відомство": true,
	"братство": true, "царство": true, "слово": true, "діло": true, "дело": true,
	"тело": true, "тіло": true, "болото": true, "золото": true,
}

// slavicO reports whether a noun in -о (or neuter -е) declines.
func slavicO(lw string) bool {
	if v, ok := declinableO[lw]; ok {
		return v
	}
	return hasAnySuf(lw, "ство", "цтво", "тво", "ово", "ево", "ёво", "єво", "ино", "ыно", "іно", "ище", "ще", "їно")
}

// ukNoun fills p with the singular Ukrainian paradigm of w (lw is its
// lower-case form). It returns false when the word does not decline.
func ukNoun(p *para, w, lw string, g Gender, k nounKind) bool {
	if g == Plural {
		return ukPlural(p, w, lw)
	}
	prev, last := last2(lw)
	person := k.person()
	anim := person
	p.set(Nom, w, "")
	p.set(Voc, w, "")
	switch last {
	case 'а':
		if isVowel(prev) {
			return false
		}
		s := cut(w, 2)
		if isHush(prev) {
			p.set(Gen, s, "і")
			p.set(Dat, s, "і")
			p.set(Acc, s, "у")
			p.set(Ins, s, "ею")
			p.set(Loc, s, "і")
			p.set(Voc, s, "е")
			return true
		}
		ps := s
		if isVelar(prev) {
			ps = ukPalStem(s)
		}
		p.set(Gen, s, "и")
		p.set(Dat, ps, "і")
		p.set(Acc, s, "у")
		p.set(Ins, s, "ою")
		p.set(Loc, ps, "і")
		if person {
			p.set(Voc, s, "о")
		}
		return true
	case 'я':
		s := cut(w, 2)
		switch {
		case isVowel(prev) || prev == 'і':
			p.set(Gen, s, "ї")
			p.set(Dat, s, "ї")
			p.set(Acc, s, "ю")
			p.set(Ins, s, "єю")
			p.set(Loc, s, "ї")
			if person {
				p.set(Voc, s, "є")
			}
			return true
		case isApos(prev) && runeCount(lw) > 5 && !person:
			// Придніпров'я, Подніпров'я: neuter.
			p.set(Gen, s, "я")
			p.set(Dat, s, "ю")
			p.set(Acc, s, "я")
			p.set(Ins, s, "ям")
			p.set(Loc, s, "ї", "ю")
			return true
		case isApos(prev):
			p.set(Gen, s, "ї")
			p.set(Dat, s, "ї")
			p.set(Acc, s, "ю")
			p.set(Ins, s, "єю")
			p.set(Loc, s, "ї")
			return true
		case !person && (doubled(lw) || strings.HasSuffix(lw, "стя")):
			// Запоріжжя, Поділля, управління, Замостя, щастя: neuter.
			p.set(Gen, s, "я")
			p.set(Dat, s, "ю")
			p.set(Acc, s, "я")
			p.set(Ins, s, "ям")
			p.set(Loc, s, "і", "ю")
			return true
		}
		p.set(Gen, s, "і")
		p.set(Dat, s, "і")
		p.set(Acc, s, "ю")
		p.set(Ins, s, "ею")
		p.set(Loc, s, "і")
		if person {
			p.set(Voc, s, "е", "ю")
		}
		return true
	case 'о':
		switch k {
		case kindPlace:
			if !slavicO(lw) {
				return false
			}
		case kindLast:
			if g == Fem || !hasAnySuf(lw, "ко", "ло") || isVowel(prev) {
				return false
			}
		default:
			if g == Fem || isVowel(prev) {
				return false
			}
		}
		s := cut(w, 2)
		if prev == 'ь' && person {
			// Зеньо, Дзюньо, Ромцьо: soft stem, Зеня, Зеньові/Зеню, Зеньом.
			ss := cut(w, 4)
			p.set(Gen, ss, "я")
			p.set(Dat, s, "ові")
			p.add(Dat, ss, "ю")
			p.set(Acc, ss, "я")
			p.set(Ins, s, "ом")
			p.set(Loc, s, "ові")
			p.add(Loc, ss, "ю")
			p.add(Voc, ss, "ю")
			return true
		}
		p.set(Gen, s, "а")
		if person {
			p.set(Dat, s, "ові", "у")
			p.set(Acc, s, "а")
			p.set(Loc, s, "ові", "у")
			if isVelar(prev) {
				p.set(Voc, s, "у")
			} else {
				p.set(Voc, s, "е")
			}
		} else {
			p.set(Dat, s, "у", "ові")
			p.set(Loc, s, "і", "у")
			if isVelar(prev) {
				p.set(Loc, s, "у", "ові")
			}
		}
		p.set(Ins, s, "ом")
		return true
	case 'е':
		if person || !hasAnySuf(lw, "ще", "це") {
			return false
		}
		s := cut(w, 2)
		p.set(Gen, s, "а")
		p.set(Dat, s, "у")
		p.set(Acc, w, "")
		p.set(Ins, s, "ем")
		p.set(Loc, s, "і")
		return true
	case 'и':
		if person {
			return false
		}
		return ukPlural(p, w, lw)
	case 'і':
		if person || !hasSuf(lw, "ці") {
			return false
		}
		return ukPlural(p, w, lw)
	case 'ь':
		s := cut(w, 2)
		fem := g == Fem
		if g == Unknown && !person {
			fem = ukFemSoft[lw] || hasAnySuf(lw, "ість", "сть", "зь", "ч", "знь")
		}
		if k == kindLast && g == Fem {
			return false
		}
		if fem {
			if hasSuf(lw, "ість") {
				o, _ := ukAlt(w, lw, 4)
				ukThirdDecl(p, w, cut(o, 2), s, "ю")
				return true
			}
			insStem := s
			pp, _ := utf8.DecodeLastRuneInString(lw[:len(lw)-2])
			if c2 := runeBefore(lw[:len(lw)-2], string(pp)); isVowel(c2) && isConsonant(pp) {
				// сіль → сіллю: double the consonant after a vowel.
				insStem = s + matchCase(s[len(s)-2:], string(pp))
			}
			ukThirdDecl(p, w, s, insStem, "ю")
			return true
		}
		if lw == "відень" {
			s = cut(w, 6) + matchCase(w[len(w)-6:], "н")
		} else if !person && hasAnySuf(lw, "іль", "інь") {
			if a, ok := ukAlt(w, lw, 4); ok {
				s = cut(a, 2)
			}
		} else if hasSuf(lw, "ець") {
			s = ukFleetingEts(w, lw)
		}
		ukSoftMasc(p, s, person, anim, "я", "ю", "еві", "ем", "і")
		return true
	case 'й':
		if isVowel(prev) {
			s := cut(w, 2)
			ukSoftMasc(p, s, person, anim, "я", "ю", "єві", "єм", "ї")
			if !person {
				p.add(Gen, s, "ю")
			}
			return true
		}
		return false
	}
	if !isConsonant(last) {
		return false
	}
	if g == Fem {
		// Third declension: Любов, Твер, Перм, Керч (feminine, no ending).
		if person && lw != "любов" {
			return false
		}
		insStem, insEnd := w, "ю" // Керчю
		switch pp := runeBefore(lw, string(last)); {
		case strings.ContainsRune("бпвмфр", last):
			insEnd = "'ю" // Любов'ю, Твер'ю, Перм'ю
		case isVowel(pp):
			insStem = w + matchCase(w[len(w)-len(string(last)):], string(last)) // ніччю
		}
		ukThirdDecl(p, w, w, insStem, insEnd)
		return true
	}
	s := w
	switch {
	case hasSuf(lw, "ець") && runeCount(lw) > 3:
		s = ukFleetingEts(w, lw)
		ukSoftMasc(p, s, person, anim, "я", "ю", "еві", "ем", "і")
		return true
	case hasSuf(lw, "ок") && !hasSuf(lw, "сток") && runeCount(lw) > 4 && (isConsonant(runeBefore(lw, "ок")) || runeBefore(lw, "ок") == 'ь'):
		// Дубок → Дубка, Саньок → Санька: the о is fleeting.
		s = cut(w, 4) + w[len(w)-2:]
	case k == kindFirst && ukFirstAlt[lw], k == kindPlace && hasAnySuf(lw, "ів", "їв", "іг"):
		if a, ok := ukAlt(w, lw, 2); ok {
			s = a
		}
	}
	if k == kindFirst && lw == "ігор" || k == kindPlace && hasAnySuf(lw, "ар", "яр") {
		ukSoftMasc(p, s, person, anim, "я", "ю", "еві", "ем", "і")
		if !person {
			// базар → базару: hard is possible too.
			p.add(Gen, s, "а")
			p.add(Dat, s, "у")
			p.add(Ins, s, "ом")
		}
		return true
	}
	if isHush(last) {
		p.set(Gen, s, "а")
		if person {
			p.set(Dat, s, "еві", "у")
			p.set(Acc, s, "а")
			p.set(Loc, s, "еві", "у")
			p.set(Voc, s, "у", "е")
		} else {
			p.set(Dat, s, "у", "еві")
			p.set(Loc, s, "і", "у")
			p.set(Voc, s, "е")
		}
		p.set(Ins, s, "ем")
		return true
	}
	p.set(Gen, s, "а")
	if person {
		p.set(Dat, s, "ові", "у")
		p.set(Acc, s, "а")
		p.set(Loc, s, "ові", "у")
		if !isVelar(last) {
			p.add(Loc, s, "і")
		}
	} else {
		p.add(Gen, s, "у")
		p.set(Dat, s, "у", "ові")
		if isVelar(last) {
			if hasAnySuf(lw, "ськ", "цьк", "зьк") {
				p.set(Loc, s, "у")
			} else {
				p.set(Loc, s, "у")
				p.add(Loc, ukPalStem(s), "і")
			}
		} else {
			p.set(Loc, s, "і", "ові")
		}
	}
	if k == kindLast && hasAnySuf(lw, "ов", "ев", "єв", "ин", "ін", "їн", "ів", "їв") {
		p.set(Ins, s, "им", "ом")
	} else {
		p.set(Ins, s, "ом")
	}
	if isVelar(last) {
		p.set(Voc, s, "у")
	} else {
		p.set(Voc, s, "е")
	}
	if !person {
		p.add(Voc, w, "")
	}
	return true
}

// ukSoftMasc fills the soft masculine paradigm (Коваль, Андрій, Далянь).
// ukThirdDecl sets the cases of a third-declension feminine noun: nom is
// the nominative (also the accusative), obl the stem of the oblique cases
// in -і and the vocative in -е, insStem + insEnd the instrumental.
func ukThirdDecl(p *para, nom, obl, insStem, insEnd string) {
	p.set(Gen, obl, "і")
	p.set(Dat, obl, "і")
	p.set(Acc, nom, "")
	p.set(Ins, insStem, insEnd)
	p.set(Loc, obl, "і")
	p.set(Voc, obl, "е")
}

func ukSoftMasc(p *para, s string, person, anim bool, gen, dat, dat2, ins, loc string) {
	p.set(Gen, s, gen)
	if person {
		p.set(Dat, s, dat2, dat)
		p.set(Loc, s, dat2, dat)
	} else {
		p.set(Dat, s, dat, dat2)
		p.set(Loc, s, loc, dat)
	}
	if anim {
		p.set(Acc, s, gen)
	}
	p.set(Ins, s, ins)
	p.set(Voc, s, dat)
}

// ukFleetingEts drops the fleeting е of -ець (Кравець → Кравц-, Заєць →
// Зайц-, Стрілець → Стрільц-) and returns the stem.
func ukFleetingEts(w, lw string) string {
	base := cut(w, 6) // without "ець"
	lb := cut(lw, 6)
	r, n := lastRune(lb)
	c := w[len(w)-4 : len(w)-2] // "ц" in the case of the input
	switch {
	case r == 'є' || isVowel(r):
		if r == 'є' {
			return base[:len(base)-n] + matchCase(base[len(base)-n:], "й") + c
		}
		return base + matchCase(c, "й") + c
	case r == 'л':
		return base + matchCase(c, "ь") + c
	case r == utf8.RuneError || n == 0:
		return cut(w, 2)
	}
	return base + c
}

// doubled reports whether the last consonant before the final vowel is
// doubled (Запоріжжя, Поділля, управління).
func doubled(lw string) bool {
	s := lw[:len(lw)-2]
	a, na := lastRune(s)
	if na == 0 {
		return false
	}
	b, _ := lastRune(s[:len(s)-na])
	return a == b && isConsonant(a)
}

// ruNoun fills p with the singular Russian paradigm of w.
func ruNoun(p *para, w, lw string, g Gender, k nounKind) bool {
	if g == Plural {
		return ruPlural(p, w, lw)
	}
	prev, last := last2(lw)
	p.set(Nom, w, "")
	p.set(Voc, w, "")
	anim := k.person()
	switch last {
	case 'а':
		if isVowel(prev) {
			return false
		}
		s := cut(w, 2)
		if isVelar(prev) || isHush(prev) {
			p.set(Gen, s, "и")
		} else {
			p.set(Gen, s, "ы")
		}
		p.set(Dat, s, "е")
		p.set(Acc, s, "у")
		if isHush(prev) || prev == 'ц' {
			p.set(Ins, s, "ей", "ой")
		} else {
			p.set(Ins, s, "ой", "ою")
		}
		p.set(Loc, s, "е")
		return true
	case 'я':
		s := cut(w, 2)
		if prev == 'и' {
			p.set(Gen, s, "и")
			p.set(Dat, s, "и")
			p.set(Acc, s, "ю")
			p.set(Ins, s, "ей")
			p.set(Loc, s, "и")
			return true
		}
		p.set(Gen, s, "и")
		p.set(Dat, s, "е")
		p.set(Acc, s, "ю")
		p.set(Ins, s, "ей", "ёй")
		p.set(Loc, s, "е")
		return true
	case 'о':
		if k != kindPlace || !slavicO(lw) {
			return false
		}
		s := cut(w, 2)
		p.set(Gen, s, "а")
		p.set(Dat, s, "у")
		p.set(Ins, s, "ом")
		p.set(Loc, s, "е")
		return true
	case 'е':
		if k != kindPlace {
			return false
		}
		s := cut(w, 2)
		switch {
		case prev == 'и':
			p.set(Gen, s, "я")
			p.set(Dat, s, "ю")
			p.set(Ins, s, "ем")
			p.set(Loc, s, "и")
		case prev == 'ь':
			p.set(Gen, s, "я")
			p.set(Dat, s, "ю")
			p.set(Ins, s, "ем")
			p.set(Loc, s, "е")
		case hasAnySuf(lw, "ще", "це", "ле", "ре") && slavicE(lw):
			if prev == 'л' || prev == 'р' {
				p.set(Gen, s, "я")
				p.set(Dat, s, "ю")
			} else {
				p.set(Gen, s, "а")
				p.set(Dat, s, "у")
			}
			p.set(Ins, s, "ем")
			p.set(Loc, s, "е")
		default:
			return false
		}
		return true
	case 'ы':
		if k != kindPlace {
			return false
		}
		return ruPlural(p, w, lw)
	case 'и':
		if k != kindPlace || !(prev == 'щ' || prev == 'к' && isConsonant(runeBefore(lw, "ки")) && runeBefore(lw, "ки") != 'н') {
			return false
		}
		return ruPlural(p, w, lw)
	case 'ь':
		s := cut(w, 2)
		fem := g == Fem
		if g == Unknown {
			fem = ruFemSoft[lw] || isHush(prev) || hasAnySuf(lw, "сть", "знь", "мь", "вь", "бь", "ань") && !hasAnySuf(lw, "янь", "ьань", "уань", "иань")
			if hasSuf(lw, "ань") && !ruFemSoft[lw] && runeCount(lw) <= 5 {
				fem = false // Ухань, Сиань, Хайнань are masculine
			}
		}
		if fem {
			p.set(Gen, s, "и")
			p.set(Dat, s, "и")
			p.set(Acc, w, "")
			p.set(Ins, w, "ю")
			p.set(Loc, s, "и")
			return true
		}
		p.set(Gen, s, "я")
		p.set(Dat, s, "ю")
		if anim {
			p.set(Acc, s, "я")
		}
		p.set(Ins, s, "ем")
		p.set(Loc, s, "е")
		return true
	case 'й':
		if !isVowel(prev) {
			return false
		}
		s := cut(w, 2)
		p.set(Gen, s, "я")
		p.set(Dat, s, "ю")
		if anim {
			p.set(Acc, s, "я")
		}
		p.set(Ins, s, "ем")
		if prev == 'и' {
			p.set(Loc, s, "и")
		} else {
			p.set(Loc, s, "е")
		}
		return true
	}
	if !isConsonant(last) {
		return false
	}
	s := w
	n := runeCount(lw)
	switch {
	case (hasSuf(lw, "ёл") || hasSuf(lw, "ел") && k == kindPlace) && n > 3 && isConsonant(runeBefore(lw, "ел")):
		s = cut(w, 4) + w[len(w)-2:]
	case hasSuf(lw, "ец") && n > 3:
		b := runeBefore(lw, "ец")
		switch {
		case b == 'л':
			s = cut(w, 4) + matchCase(w[len(w)-2:], "ь") + w[len(w)-2:]
		case isVowel(b):
			s = cut(w, 4) + matchCase(w[len(w)-2:], "й") + w[len(w)-2:]
		default:
			s = cut(w, 4) + w[len(w)-2:]
		}
	case hasSuf(lw, "ок") && !hasSuf(lw, "сток") && n > 4 && isConsonant(runeBefore(lw, "ок")):
		s = cut(w, 4) + w[len(w)-2:]
	}
	p.set(Gen, s, "а")
	p.set(Dat, s, "у")
	if anim {
		p.set(Acc, s, "а")
	}
	if isHush(last) || last == 'ц' {
		p.set(Ins, s, "ем", "ом")
	} else {
		p.set(Ins, s, "ом")
	}
	p.set(Loc, s, "е")
	return true
}

// slavicE reports whether a Russian neuter noun in -е declines (поле, море,
// Городище, Заполярье); foreign names in -е do not (Тампере).
func slavicE(lw string) bool {
	return hasAnySuf(lw, "ище", "поле", "море", "солнце", "сердце", "полье", "ье")
}

// ukPlural fills the Ukrainian plural paradigm (Черкаси, Суми, Чернівці).
func ukPlural(p *para, w, lw string) bool {
	_, last := last2(lw)
	if last != 'и' && last != 'і' {
		return false
	}
	s := cut(w, 2)
	p.set(Nom, w, "")
	p.set(Acc, w, "")
	p.set(Voc, w, "")
	if last == 'і' {
		p.set(Gen, s, "ів")
		p.set(Dat, s, "ям")
		p.set(Ins, s, "ями")
		p.set(Loc, s, "ях")
		return true
	}
	p.set(Gen, s, "", "ів")
	p.set(Dat, s, "ам")
	p.set(Ins, s, "ами")
	p.set(Loc, s, "ах")
	return true
}

// ruPlural fills the Russian plural paradigm (Мытищи, Челны, Луки).
func ruPlural(p *para, w, lw string) bool {
	prev, last := last2(lw)
	if last == 'а' && isConsonant(prev) && !isHush(prev) {
		// Masculine plurals in stressed -а: (Аландские) острова, города.
		s := cut(w, 2)
		p.set(Nom, w, "")
		p.set(Acc, w, "")
		p.set(Voc, w, "")
		p.set(Gen, s, "ов")
		p.set(Dat, s, "ам")
		p.set(Ins, s, "ами")
		p.set(Loc, s, "ах")
		return true
	}
	if last != 'ы' && last != 'и' {
		return false
	}
	s := cut(w, 2)
	p.set(Nom, w, "")
	p.set(Acc, w, "")
	p.set(Voc, w, "")
	if last == 'и' && !isVelar(prev) && !isHush(prev) {
		p.set(Gen, s, "ей", "ев")
		p.set(Dat, s, "ям")
		p.set(Ins, s, "ями")
		p.set(Loc, s, "ях")
		return true
	}
	switch {
	case prev == 'ц':
		p.set(Gen, cut(s, 2)+matchCase(s[len(s)-2:], "е")+s[len(s)-2:], "")
		p.add(Gen, s, "ов")
	case prev == 'к' && isConsonant(runeBefore(lw, "ки")):
		p.set(Gen, s, "", "ов")
		p.add(Gen, cut(s, 2)+matchCase(s[len(s)-2:], "о")+s[len(s)-2:], "")
	case isHush(prev):
		p.set(Gen, s, "", "ей")
	default:
		p.set(Gen, s, "", "ов")
	}
	p.set(Dat, s, "ам")
	p.set(Ins, s, "ами")
	p.set(Loc, s, "ах")
	return true
}
