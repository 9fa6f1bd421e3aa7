package morph

// adjClass is the declension class of an adjective stem.
type adjClass uint8

const (
	adjHard  adjClass = iota // ru новый, uk новий
	adjVelar                 // ru русский (к, г, х before the ending)
	adjHush                  // ru хороший (ж, ш, ч, щ before the ending)
	adjSoft                  // ru синий, uk синій
)

// adjInfo describes an adjective in the nominative.
type adjInfo struct {
	g   Gender   // Masc, Fem, Neut or Plural
	cls adjClass // stem class
	end int      // byte length of the nominative ending
	o   bool     // ru masculine in stressed -ой (большой, Толстой)
}

// ruAdj analyzes a Russian word as an adjective in the nominative.
func ruAdj(lw string) (adjInfo, bool) {
	if len(lw) < 6 {
		return adjInfo{}, false
	}
	prev, _ := utf8Last2(lw[:len(lw)-4])
	cls := adjHard
	switch {
	case isVelar(prev):
		cls = adjVelar
	case isHush(prev) || prev == 'ц':
		cls = adjHush
	}
	e := lw[len(lw)-4:]
	switch e {
	case "ый":
		return adjInfo{g: Masc, cls: adjHard, end: 4}, true
	case "ой":
		return adjInfo{g: Masc, cls: cls, end: 4, o: true}, true
	case "ий":
		if cls == adjHard {
			cls = adjSoft
		}
		return adjInfo{g: Masc, cls: cls, end: 4}, true
	case "ая":
		return adjInfo{g: Fem, cls: cls, end: 4}, true
	case "яя":
		return adjInfo{g: Fem, cls: adjSoft, end: 4}, true
	case "ое":
		return adjInfo{g: Neut, cls: cls, end: 4}, true
	case "ее":
		if cls == adjHard {
			cls = adjSoft
		}
		return adjInfo{g: Neut, cls: cls, end: 4}, true
	case "ые":
		return adjInfo{g: Plural, cls: adjHard, end: 4}, true
	case "ие":
		if hasAnySuf(lw, "ение", "ание", "яние", "тие", "вие", "сие", "зие", "лие", "рие", "мие", "бие", "пие", "дие", "оние", "уние") &&
			!hasAnySuf(lw, "нние", "дние", "шние", "жние", "кие", "гие", "хие", "щие", "чие") {
			return adjInfo{}, false
		}
		if cls == adjHard {
			cls = adjSoft
		}
		return adjInfo{g: Plural, cls: cls, end: 4}, true
	}
	return adjInfo{}, false
}

// utf8Last2 returns the last rune of s (0 if none), ignoring the second
// return value; it is a small helper to keep call sites short.
func utf8Last2(s string) (rune, int) {
	r, n := lastRune(s)
	if n == 0 {
		return 0, 0
	}
	return r, n
}

// ukAdj analyzes a Ukrainian word as an adjective in the nominative.
// strict=false accepts the endings that nouns share (-а, -я, -е, -і).
func ukAdj(lw string, strict bool) (adjInfo, bool) {
	if len(lw) < 6 {
		return adjInfo{}, false
	}
	prev, _ := utf8Last2(lw[:len(lw)-2])
	prev2, _ := utf8Last2(lw[:len(lw)-4])
	switch lw[len(lw)-4:] {
	case "ий":
		if isVowel(prev2) || runeCount(lw) <= 4 {
			return adjInfo{}, false
		}
		return adjInfo{g: Masc, cls: adjHard, end: 4}, true
	case "ій":
		if prev2 == 'н' || prev2 == 'т' {
			return adjInfo{g: Masc, cls: adjSoft, end: 4}, true
		}
		return adjInfo{}, false
	}
	last, _ := lastRune(lw)
	if strict {
		if hasAnySuf(lw, "ське", "цьке", "зьке") || (last == 'е' && (prev == 'н' || prev == 'в')) {
			return adjInfo{g: Neut, cls: adjHard, end: 2}, true
		}
		if hasAnySuf(lw, "ська", "цька", "зька") {
			return adjInfo{g: Fem, cls: adjHard, end: 2}, true
		}
		return adjInfo{}, false
	}
	if isVowel(prev) && prev != 'і' {
		return adjInfo{}, false
	}
	switch last {
	case 'а':
		return adjInfo{g: Fem, cls: adjHard, end: 2}, true
	case 'я':
		if prev == 'н' {
			return adjInfo{g: Fem, cls: adjSoft, end: 2}, true
		}
	case 'е':
		return adjInfo{g: Neut, cls: adjHard, end: 2}, true
	case 'є':
		if prev == 'н' {
			return adjInfo{g: Neut, cls: adjSoft, end: 2}, true
		}
	case 'і':
		return adjInfo{g: Plural, cls: adjHard, end: 2}, true
	}
	return adjInfo{}, false
}

// adjPara fills p with the paradigm of the adjective w (lower case lw)
// described by a. The nominative is w itself.
func adjPara(p *para, lang, w string, a adjInfo) {
	s := cut(w, a.end)
	p.set(Nom, w, "")
	p.set(Voc, w, "")
	if lang == "uk" {
		ukAdjPara(p, w, s, a)
		return
	}
	soft := a.cls == adjSoft || a.cls == adjHush && !a.o
	y := "ы"
	if a.cls != adjHard {
		y = "и"
	}
	switch a.g {
	case Masc, Neut:
		if soft {
			p.set(Gen, s, "его")
			p.set(Dat, s, "ему")
			p.set(Loc, s, "ем")
		} else {
			p.set(Gen, s, "ого")
			p.set(Dat, s, "ому")
			p.set(Loc, s, "ом")
		}
		p.set(Ins, s, y+"м")
		p.set(Acc, w, "")
		if a.g == Masc {
			p.add(Acc, s, p.f[Gen][0].end)
		}
	case Fem:
		if soft {
			p.set(Gen, s, "ей")
			p.set(Ins, s, "ей", "ею")
			if a.cls == adjHush {
				p.add(Gen, s, "ой")
				p.add(Ins, s, "ой")
			}
		} else {
			p.set(Gen, s, "ой")
			p.set(Ins, s, "ой", "ою")
		}
		p.same(Dat, Gen)
		p.same(Loc, Gen)
		if a.cls == adjSoft {
			p.set(Acc, s, "юю")
		} else {
			p.set(Acc, s, "ую")
		}
	case Plural:
		p.set(Gen, s, y+"х")
		p.set(Dat, s, y+"м")
		p.set(Acc, w, "")
		p.add(Acc, s, y+"х")
		p.set(Ins, s, y+"ми")
		p.set(Loc, s, y+"х")
	}
}

func ukAdjPara(p *para, w, s string, a adjInfo) {
	soft := a.cls == adjSoft
	switch a.g {
	case Masc, Neut:
		if soft {
			p.set(Gen, s, "ього")
			p.set(Dat, s, "ьому")
			p.set(Ins, s, "ім")
			p.set(Loc, s, "ьому", "ім")
		} else {
			p.set(Gen, s, "ого")
			p.set(Dat, s, "ому")
			p.set(Ins, s, "им")
			p.set(Loc, s, "ому", "ім")
		}
		p.set(Acc, w, "")
		if a.g == Masc {
			p.add(Acc, s, p.f[Gen][0].end)
		}
	case Fem:
		if soft {
			p.set(Gen, s, "ьої")
			p.set(Ins, s, "ьою")
			p.set(Acc, s, "ю")
		} else {
			p.set(Gen, s, "ої")
			p.set(Ins, s, "ою")
			p.set(Acc, s, "у")
		}
		p.set(Dat, s, "ій")
		p.set(Loc, s, "ій")
	case Plural:
		i := "и"
		if soft {
			i = "і"
		}
		p.set(Gen, s, i+"х")
		p.set(Dat, s, i+"м")
		p.set(Acc, w, "")
		p.add(Acc, s, i+"х")
		p.set(Ins, s, i+"ми")
		p.set(Loc, s, i+"х")
	}
}

// AdjectiveForms returns all forms (all genders, cases and the plural) of
// an adjective given in the masculine nominative singular, for lang "uk"
// or "ru": "польський" → польський, польського, …, польська, польської, …,
// польські, польських, польськими. Words that are not adjectives of the
// language are returned alone.
func AdjectiveForms(lang, masc string) []string {
	lw := lower(masc)
	if !isCyrWord(masc) || len(lw) != len(masc) || (lang != "uk" && lang != "ru") {
		return []string{masc}
	}
	var a adjInfo
	var ok bool
	if lang == "uk" {
		a, ok = ukAdj(lw, true)
	} else {
		a, ok = ruAdj(lw)
	}
	if !ok || a.g != Masc {
		return []string{masc}
	}
	up := capsOf(masc) == capsUpper
	s := cut(masc, a.end)
	out := make([]string, 0, 24)
	var p para
	p.up = up
	for _, g := range [...]Gender{Masc, Fem, Neut, Plural} {
		nom := masc
		if g != Masc {
			nom = s + caseEnd(adjNomEnd(lang, g, a), up)
		}
		b := a
		b.g = g
		if g != Masc {
			b.end = len(adjNomEnd(lang, g, a))
			b.o = false
		}
		p = para{up: up}
		adjPara(&p, lang, nom, b)
		out = p.forms(out, casesFor(lang))
	}
	return out
}

func caseEnd(e string, up bool) string {
	if up {
		return upper(e)
	}
	return e
}

// adjNomEnd returns the nominative ending of gender g for the class of a.
func adjNomEnd(lang string, g Gender, a adjInfo) string {
	if lang == "uk" {
		soft := a.cls == adjSoft
		switch g {
		case Fem:
			if soft {
				return "я"
			}
			return "а"
		case Neut:
			if soft {
				return "є"
			}
			return "е"
		case Plural:
			return "і"
		}
		if soft {
			return "ій"
		}
		return "ий"
	}
	soft := a.cls == adjSoft
	switch g {
	case Fem:
		if soft {
			return "яя"
		}
		return "ая"
	case Neut:
		if soft || a.cls == adjHush && !a.o {
			return "ее"
		}
		return "ое"
	case Plural:
		if a.cls == adjHard {
			return "ые"
		}
		return "ие"
	}
	switch {
	case a.o:
		return "ой"
	case a.cls == adjHard:
		return "ый"
	}
	return "ий"
}
