package text

import (
	"os"
	"strings"
	"testing"
)

func sentTexts(s string) ([]string, []Zone) {
	toks := Tokenize(s)
	var out []string
	var zs []Zone
	for _, se := range Sentences(s, toks, DetectLang(s)) {
		out = append(out, s[se.Start:se.End])
		zs = append(zs, se.Zone)
	}
	return out, zs
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"simple", "Київ росте. Львів теж! А Харків? Так.", []string{"Київ росте.", "Львів теж!", "А Харків?", "Так."}},
		{"abbrev", "Він живе у м. Києві на вул. Хрещатик. Далі буде.", []string{"Він живе у м. Києві на вул. Хрещатик.", "Далі буде."}},
		{"initials", "Мер В. Кличко приїхав. Депутат А.М. Порайко теж.", []string{"Мер В. Кличко приїхав.", "Депутат А.М. Порайко теж."}},
		{"numbers", "Курс 2.5 грн. Дата 04.11.2021 відома.", []string{"Курс 2.5 грн.", "Дата 04.11.2021 відома."}},
		{"terminal abbrev", "Прийшли 6 тыс. человек. Также были гости и т.д. Потом ушли.", []string{"Прийшли 6 тыс. человек.", "Также были гости и т.д.", "Потом ушли."}},
		{"year abbrev", "Это было в 2023 г. Потом в г. Москва.", []string{"Это было в 2023 г.", "Потом в г. Москва."}},
		{"attribution", "\"Мы рады этому\", - сказал он. Потом ушел.", []string{"\"Мы рады этому\", - сказал он.", "Потом ушел."}},
		{"quote inside", "«Це важливо. Ми готові», – заявив мер.", []string{"«Це важливо.", "Ми готові», – заявив мер."}},
		{"title with a period", "Форум «Агропром. Південь» відкрився вчора. Він триватиме два дні.", []string{"Форум «Агропром. Південь» відкрився вчора.", "Він триватиме два дні."}},
		{"quote final", "«Ми готові!» – заявив мер. Далі.", []string{"«Ми готові!» – заявив мер.", "Далі."}},
		{"quote end", "Він сказав: «Так». Вона погодилась.", []string{"Він сказав: «Так».", "Вона погодилась."}},
		{"lowercase after period", "Это т. е. нечто. Да.", []string{"Это т. е. нечто.", "Да."}},
		{"headline lines", "Заголовок новини\nТекст першого абзацу. Друге речення.", []string{"Заголовок новини", "Текст першого абзацу.", "Друге речення."}},
		{"bullets", "Список:\n• перше\n• друге\n- третє", []string{"Список:", "• перше", "• друге", "- третє"}},
		{"wrapped line", "Перше. Текст, який\nпродовжується. Кінець.", []string{"Перше.", "Текст, який\nпродовжується.", "Кінець."}},
		{"paragraph", "Один абзац без крапки\n\nдругий абзац", []string{"Один абзац без крапки", "другий абзац"}},
		{"numbered list", "Пункти.\n1. Перший пункт.\n2. Другий пункт.", []string{"Пункти.", "1. Перший пункт.", "2. Другий пункт."}},
		{"english", "Mr. Smith met Dr. Jones in the U.S. on Monday. They talked.", []string{"Mr. Smith met Dr. Jones in the U.S. on Monday.", "They talked."}},
		{"ellipsis", "Ну… Ладно. Wait... Done.", []string{"Ну…", "Ладно.", "Wait...", "Done."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := sentTexts(tt.in)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestSentencesCover(t *testing.T) {
	for _, s := range []string{"", "a", "Текст. ", "\n\nx\n\n", "«Не закрита цитата. Так."} {
		toks := Tokenize(s)
		checkSentences(t, s, toks, Sentences(s, toks, "uk"))
	}
}

func checkSentences(t *testing.T, s string, toks []Token, ss []Sentence) {
	t.Helper()
	next := 0
	for _, se := range ss {
		if se.First != next || se.Last <= se.First || se.Last > len(toks) {
			t.Fatalf("sentence %+v does not continue at token %d", se, next)
		}
		if se.Start != toks[se.First].Start || se.End != toks[se.Last-1].End || se.End > len(s) {
			t.Fatalf("sentence %+v: bad offsets", se)
		}
		next = se.Last
	}
	if next != len(toks) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(toks))
	}
}

func TestZones(t *testing.T) {
	doc := "Мер Києва зустрівся з делегацією\n\nTool items\n\nМер Києва зустрівся з делегацією\n\n" +
		"Мер Києва зустрівся з делегацією міста Варшава. Сторони обговорили співпрацю.\n\n" +
		"Фото: прес-служба\n\n-A A +A\n\nЧитайте також\n\n" +
		"  • Про затвердження програми розвитку міста на 2024–2026 роки\n" +
		"  • Про бюджет міста на 2025 рік\n\n" +
		"Поділитися\n"
	got, zs := sentTexts(doc)
	want := []Zone{Headline, Furniture, Headline, Body, Body, Furniture, Furniture, Furniture, Furniture, Furniture, Furniture}
	if len(zs) != len(want) {
		t.Fatalf("got %d sentences %q", len(got), got)
	}
	for i := range want {
		if zs[i] != want[i] {
			t.Errorf("%q: zone %v, want %v", got[i], zs[i], want[i])
		}
	}
}

func TestZonesRelatedEnds(t *testing.T) {
	doc := "Текст новини тут. Друге речення.\n\nRead also\n\n• Link one\n• Link two\n\n" +
		"Meanwhile the mayor of the city said that the talks will go on next week."
	got, zs := sentTexts(doc)
	want := []Zone{Body, Body, Furniture, Furniture, Furniture, Body}
	if len(zs) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if zs[i] != want[i] {
			t.Errorf("%q: zone %v, want %v", got[i], zs[i], want[i])
		}
	}
}

func TestSeedZones(t *testing.T) {
	b, err := os.ReadFile("../../testdata/articles/000_e8c6c51e7ccd04a3.txt")
	if err != nil {
		t.Skip(err)
	}
	s := string(b)
	toks := Tokenize(s)
	ss := Sentences(s, toks, "uk")
	checkSentences(t, s, toks, ss)
	for _, se := range ss {
		txt := s[se.Start:se.End]
		if strings.Contains(txt, "Читайте також") || strings.Contains(txt, "Tool items") || strings.HasPrefix(txt, "•") {
			if se.Zone != Furniture {
				t.Errorf("%q: zone %v, want Furniture", txt, se.Zone)
			}
		}
		if strings.Contains(txt, "Ханчжоу") && se.Zone == Furniture {
			t.Errorf("%q is not furniture", txt)
		}
	}
}
