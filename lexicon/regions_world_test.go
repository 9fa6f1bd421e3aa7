package lexicon

import (
	"testing"

	"github.com/factum-nlp/factum/internal/text"
)

// regionIDs returns the ids of the entries whose forms cover the whole of
// s, longest forms first.
func regionIDs(l *Lexicon, s string) []string {
	toks := text.Tokenize(s)
	var ids []string
	for _, f := range l.Lookup(toks, 0) {
		if len(f.Keys) == len(toks) {
			ids = append(ids, f.Entry.ID)
		}
	}
	return ids
}

// TestWorldRegions looks up oblique case forms of the first-level regions
// of other countries: adjective names with their generic noun (Central
// Asia, the Balkans, the Baltics), names after a generic word (Turkish
// provinces, Japanese prefectures, Romanian counties), bare names.
func TestWorldRegions(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		// Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan, Turkmenistan.
		{"Карагандинської області", "region:kz:karaganda_region"},
		{"Северо-Казахстанская область", "region:kz:north_kazakhstan_region"},
		{"Північноказахстанській області", "region:kz:north_kazakhstan_region"},
		{"области Жетысу", "region:kz:jetisu_region"},
		{"Самаркандской области", "region:uz:samarkand_region"},
		{"Кашкадар'їнської області", "region:uz:kashkadarya_region"},
		{"Республики Каракалпакстан", "region:uz:karakalpakstan"},
		{"Ошской области", "region:kg:osh_region"},
		{"Согдийской области", "region:tj:sughd_region"},
		{"Марыйского велаята", "region:tm:mary_region"},
		// The Caucasus.
		{"Гегаркуникской области", "region:am:gegharkunik"},
		{"марзу Сюнік", "region:am:syunik"},
		{"Кахетии", "region:ge:kakheti"},
		{"Самцхе-Джавахети", "region:ge:samtskhe_javakheti"},
		// The Baltics and Central Europe.
		{"Вильнюсского уезда", "region:lt:vilnius_county"},
		{"Клайпедському повіті", "region:lt:klaipeda_county"},
		{"Ида-Вирумаа", "region:ee:ida_viru_county"},
		{"Кошицького краю", "region:sk:kosice_region"},
		{"Южноморавском крае", "region:cz:south_moravian_region"},
		{"края Высочина", "region:cz:vysocina_region"},
		{"Саболч-Сатмар-Берег", "region:hu:szabolcs_szatmar_bereg"},
		{"медье Пешт", "region:hu:pest_county"},
		{"повіту Сучава", "region:ro:suceava_county"},
		{"Марамуреша", "region:ro:maramures_county"},
		{"Бургаської області", "region:bg:burgas_province"},
		{"области Пловдив", "region:bg:plovdiv_province"},
		// Turkey: the province after its generic word, Hatay alone.
		{"провинции Анталья", "region:tr:antalya"},
		{"провінції Ізмір", "region:tr:izmir"},
		{"Хатая", "region:tr:hatay"},
		{"Izmir Province", "region:tr:izmir"},
		// Western Europe.
		{"Апулии", "region:it:apulia"},
		{"Фриули-Венеция-Джулии", "region:it:friuli_venezia_giulia"},
		{"регионе Лацио", "region:it:lazio"},
		{"Окситании", "region:fr:occitanie"},
		{"Новій Аквітанії", "region:fr:nouvelle_aquitaine"},
		{"Астурии", "region:es:asturias"},
		{"Балеарських островах", "region:es:balearic_islands"},
		{"автономного сообщества Мадрид", "region:es:madrid_community"},
		// East and South Asia.
		{"префектуры Тоттори", "region:jp:tottori"},
		{"префектуре Осака", "region:jp:osaka_prefecture"},
		{"Канагаві", "region:jp:kanagawa"},
		{"Чхунчхон-Намдо", "region:kr:south_chungcheong"},
		{"провинции Чеджу", "region:kr:jeju_province"},
		{"Кералы", "region:in:kerala"},
		{"Західному Бенгалі", "region:in:west_bengal"},
		{"Уттар-Прадеш", "region:in:uttar_pradesh"},
		{"Куангнинь", "region:vn:quang_ninh"},
		// The Americas and Australia.
		{"Нью-Брансуика", "region:ca:new_brunswick"},
		{"провинции Квебек", "region:ca:quebec"},
		{"Минас-Жерайс", "region:br:minas_gerais"},
		{"штата Парана", "region:br:parana"},
		{"Нижней Калифорнии", "region:mx:baja_california"},
		{"штаті Оахака", "region:mx:oaxaca"},
		{"Квинсленде", "region:au:queensland"},
		{"Нового Южного Уэльса", "region:au:new_south_wales"},
		{"штаті Вікторія", "region:au:victoria_au"},
	}
	for _, tt := range tests {
		ids := regionIDs(l, tt.text)
		ok := false
		for _, id := range ids {
			ok = ok || id == tt.want
		}
		if !ok {
			t.Errorf("%q: found %v, want %s", tt.text, ids, tt.want)
		}
	}
}

// TestWorldRegionsNotBare checks that a province or prefecture named like
// its capital city is not matched by the bare name: "Анталья", "Осака" and
// "Сан-Паулу" alone are the cities.
func TestWorldRegionsNotBare(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, not string }{
		{"Анталья", "region:tr:antalya"},
		{"Ізміра", "region:tr:izmir"},
		{"Осака", "region:jp:osaka_prefecture"},
		{"Фукусимы", "region:jp:fukushima"},
		{"Сан-Паулу", "region:br:sao_paulo_state"},
		{"Сучаве", "region:ro:suceava_county"},
		{"Пешт", "region:hu:pest_county"},
		{"Валенсии", "region:es:valencian_community"},
		{"Ваш", "region:hu:vas_county"},
	} {
		for _, id := range regionIDs(l, tt.text) {
			if id == tt.not {
				t.Errorf("%q matches %s", tt.text, id)
			}
		}
	}
	// Every region of the new sections has a country and names in all
	// three languages.
	for _, e := range l.Entries() {
		if e.Type != "region" || e.File != "data/regions.lex" || e.Attrs["country"] == "" {
			continue
		}
		for _, lang := range []string{"en", "uk", "ru"} {
			if e.Canonical(lang) == "" {
				t.Errorf("%s has no %s name", e.ID, lang)
			}
		}
	}
}
