package text

// abbrevKind says how an abbreviation behaves at a sentence boundary.
type abbrevKind uint8

const (
	// abbrevPrefix abbreviations stand before what they qualify ("м. Київ",
	// "Dr. Smith", "ул. Ленина"): a sentence never ends after them.
	abbrevPrefix abbrevKind = iota + 1
	// abbrevTerminal abbreviations often end a sentence ("т.д.", "etc.",
	// "млн.", "Inc."): a sentence may end after them when the next word is
	// capitalized.
	abbrevTerminal
	// abbrevYear abbreviations ("г.", "р.") mean "year" after a number
	// ("2023 г.", terminal) and "city"/"river" before a name ("г. Москва").
	abbrevYear
)

// abbrevs maps the key of an abbreviation, with its final period, to its
// kind. Multi-dot forms are listed without inner spaces ("т.д.").
var abbrevs = map[string]abbrevKind{}

func init() {
	for _, a := range []string{
		// Ukrainian
		"м.", "вул.", "просп.", "пров.", "пл.", "бул.", "наб.", "обл.", "р-н.", "с.", "смт.",
		"ім.", "акад.", "проф.", "доц.", "канд.", "св.", "ст.", "буд.", "кв.", "корп.",
		"р.", "рр.", "див.", "напр.", "пор.", "т.зв.", "в.о.", "т.в.о.", "заст.", "нач.",
		"ген.", "півн.", "півд.", "сх.", "зах.", "тов.", "гр.", "ч.", "п.", "пп.", "абз.",
		"укр.", "англ.", "рос.", "нім.", "франц.", "лат.", "о.", "оз.", "р.н.", "с.г.",
		"січ.", "лют.", "берез.", "квіт.", "трав.", "черв.", "лип.", "серп.", "верес.", "жовт.", "листоп.", "груд.",
		// Russian
		"г.", "гг.", "ул.", "пер.", "пр.", "пос.", "пгт.", "д.", "им.", "т.е.", "т.к.", "т.н.",
		"и.о.", "см.", "рис.", "табл.", "гл.", "в.", "вв.", "зам.", "тт.", "ок.", "русск.",
		"янв.", "февр.", "фев.", "апр.", "авг.", "сент.", "сен.", "окт.", "нояб.", "дек.",
		"т.", "е.", "н.э.", "н.е.",
		// English
		"mr.", "mrs.", "ms.", "dr.", "st.", "mt.", "ft.", "jr.", "sr.", "prof.", "gen.", "gov.",
		"sen.", "rep.", "col.", "lt.", "sgt.", "capt.", "cmdr.", "adm.", "maj.", "rev.", "hon.",
		"pres.", "vs.", "no.", "nos.", "approx.", "dept.", "est.", "fig.", "e.g.", "i.e.",
		"u.s.", "u.k.", "u.n.", "e.u.", "a.m.", "p.m.", "d.c.", "u.s.a.",
		"jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
	} {
		abbrevs[a] = abbrevPrefix
	}
	for _, a := range []string{
		// Ukrainian
		"т.д.", "т.п.", "ін.", "тис.", "млн.", "млрд.", "трлн.", "грн.", "коп.", "дол.",
		// Russian
		"др.", "тыс.", "руб.", "долл.", "проч.",
		// English
		"etc.", "inc.", "ltd.", "co.", "corp.", "llc.", "plc.", "bn.", "mln.",
	} {
		abbrevs[a] = abbrevTerminal
	}
	for _, a := range []string{"р.", "рр.", "г.", "гг."} {
		abbrevs[a] = abbrevYear
	}
}

// lookupAbbrev returns the kind of the abbreviation word+"." or 0. word is
// the text before the period; the lookup does not allocate for short words.
func lookupAbbrev(word string) abbrevKind {
	if len(word) > 24 {
		return 0
	}
	var buf [40]byte
	k := AppendKey(buf[:0], word)
	k = append(k, '.')
	return abbrevs[string(k)]
}
