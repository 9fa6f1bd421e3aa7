package morph

import (
	"strings"
)

// ukMascA lists Ukrainian (and common Russian) masculine first names in
// -а/-я.
var ukMascA = map[string]bool{
	"микола": true, "ілля": true, "кузьма": true, "сава": true, "хома": true,
	"лука": true, "фома": true, "никита": true, "мина": true, "данила": true,
	"илья": true, "савва": true, "йона": true, "іона": true, "захарія": true, "ієремія": true, "ілія": true,
	"юда": true, "зосима": true, "мусса": true, "муса": true,
}

// ukFemCons lists feminine first names that end in a consonant.
var ukFemCons = map[string]bool{
	"любов": true, "нінель": true, "адель": true, "ассоль": true, "рахіль": true,
	"юдит": true, "естер": true, "рут": true, "ізабель": true,
	"жизель": true, "жізель": true, "аріель": true, "рашель": true,
	"есфір": true, "юдіф": true, "мерседес": true, "кармен": true, "ліліт": true,
}

// FirstNameGender guesses the gender of a first name given in the
// nominative (ru: Petrovich gender rules; uk: endings and exceptions).
func FirstNameGender(lang, name string) Gender {
	if !isCyrWord(name) {
		return Unknown
	}
	lw := lower(name)
	if lang == "ru" {
		return ruGender(First, name)
	}
	if v, ok := ukMascA[lw]; ok && v {
		return Masc
	}
	if v, ok := ukFemCons[lw]; ok && v {
		return Fem
	}
	_, last := last2(lw)
	switch {
	case last == 'а' || last == 'я':
		if g := ruGender(First, name); g == Masc {
			return Masc
		}
		return Fem
	case last == 'о' || last == 'й' || last == 'ь' || isConsonant(last):
		return Masc
	}
	return Unknown
}

// LastNameGender guesses the gender of a surname given in the nominative
// from its ending: Петрова and Зеленська are Fem, Орлов and Зеленський
// are Masc, Шевченко and Давтян are Unknown (common to both genders).
func LastNameGender(lang, name string) Gender {
	if !isCyrWord(strings.ReplaceAll(name, "-", "")) {
		return Unknown
	}
	if i := strings.LastIndexByte(name, '-'); i >= 0 {
		name = name[i+1:]
	}
	lw := lower(name)
	if lang == "ru" {
		return ruGender(Last, name)
	}
	switch {
	case hasAnySuf(lw, "ський", "цький", "зький", "ий", "ов", "ев", "єв", "ін", "їн", "ин"):
		if hasSuf(lw, "ий") && runeCount(lw) <= 4 {
			return Unknown
		}
		return Masc
	case hasAnySuf(lw, "ська", "цька", "зька", "ова", "ева", "єва", "іна", "їна"):
		return Fem
	case hasSuf(lw, "ій") && runeCount(lw) > 5 && (hasSuf(lw, "ній") || hasSuf(lw, "тій")):
		return Masc
	}
	return Unknown
}

// ukFemAdjSurname reports whether a feminine Ukrainian surname declines
// like an adjective (Зеленська, Петрова, Кузьміна).
func ukFemAdjSurname(lw string) bool {
	return hasAnySuf(lw, "ська", "цька", "зька", "ова", "ева", "єва", "іна", "їна", "ая")
}

// namePara fills p with the paradigm of a name part (possibly a hyphenated
// double name). g must not be Unknown for good results; it is guessed
// when it is.
func namePara(p *para, lang string, part Part, w string, g Gender) bool {
	if w == "" || len(w) > maxPhrase {
		return false
	}
	if g != Masc && g != Fem {
		switch part {
		case First:
			g = FirstNameGender(lang, w)
		case Middle:
			lw := lower(w)
			if hasAnySuf(lw, "на") {
				g = Fem
			}
		case Last:
			g = LastNameGender(lang, w)
		}
		if g != Fem {
			g = Masc
		}
	}
	if strings.IndexByte(w, '-') < 0 {
		return namePart(p, lang, part, w, g, false)
	}
	parts := strings.Split(w, "-")
	if len(parts) > 4 {
		return false
	}
	ps := make([]para, len(parts))
	seps := make([]string, len(parts)-1)
	any := false
	for i, s := range parts {
		if i < len(seps) {
			seps[i] = "-"
		}
		if namePart(&ps[i], lang, part, s, g, i == 0) {
			any = true
		} else {
			ps[i].indecl(s)
		}
	}
	if !any {
		return false
	}
	*p = joinParas(ps, seps)
	return true
}

// namePart declines one part of a name (no hyphen).
func namePart(p *para, lang string, part Part, w string, g Gender, firstWord bool) bool {
	if lang == "ru" {
		return ruPersonPara(p, part, w, g, firstWord)
	}
	if lang != "uk" || !isCyrWord(w) {
		return false
	}
	lw := lower(w)
	if len(lw) != len(w) {
		return false
	}
	p.up = capsOf(w) == capsUpper
	switch part {
	case First:
		return ukNoun(p, w, lw, g, kindFirst)
	case Middle:
		return ukNoun(p, w, lw, g, kindMiddle)
	}
	if g == Fem {
		if ukFemAdjSurname(lw) {
			adjPara(p, "uk", w, adjInfo{g: Fem, cls: adjHard, end: 2})
			return true
		}
		return ukNoun(p, w, lw, g, kindLast)
	}
	if a, ok := ukAdj(lw, true); ok && a.g == Masc {
		adjPara(p, "uk", w, a)
		return true
	}
	if hasSuf(lw, "ой") && runeCount(lw) > 4 {
		adjPara(p, "uk", w, adjInfo{g: Masc, cls: adjHard, end: 4})
		return true
	}
	if hasAnySuf(lw, "их", "ых") {
		return false
	}
	return ukNoun(p, w, lw, g, kindLast)
}

// DeclineName puts one part of a person's name, given in the nominative,
// into case c. g is the person's gender (Unknown: guessed from the name).
// Indeclinable names and non-Cyrillic input are returned unchanged.
func DeclineName(lang string, p Part, name string, g Gender, c Case) string {
	if c == Nom || int(c) >= NumCases || (c == Voc && lang != "uk") {
		return name
	}
	var pa para
	if !namePara(&pa, lang, p, name, g) {
		return name
	}
	return pa.render(c, 0)
}

// NameForms returns the distinct forms of a name part over all cases,
// nominative first, including the accepted variants (Шевченкові and
// Шевченку).
func NameForms(lang string, p Part, name string, g Gender) []string {
	if name == "" {
		return nil
	}
	var pa para
	if !namePara(&pa, lang, p, name, g) {
		return []string{name}
	}
	return pa.forms(make([]string, 0, 12), casesFor(lang))
}
