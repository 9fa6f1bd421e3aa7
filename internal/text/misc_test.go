package text

import (
	"os"
	"strings"
	"testing"
)

func TestQuotes(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"guillemets", "Він сказав: «Так». Вона: «Ні».", []string{"«Так»", "«Ні»"}},
		{"nested", "конкурс «Про «Мистецькі Горизонти»» відбувся", []string{"«Про «Мистецькі Горизонти»»", "«Мистецькі Горизонти»"}},
		{"straight", "\"Мы рады этому\", - сказал он.", []string{"\"Мы рады этому\""}},
		{"straight two", "форум \"Города России\" и \"умных\" систем", []string{"\"Города России\"", "\"умных\""}},
		{"curly", "He said “we agree.” Then left.", []string{"“we agree.”"}},
		{"low", "Він назвав „Київ“ столицею", []string{"„Київ“"}},
		{"multi sentence", "«Перше. Друге», – сказав він.", []string{"«Перше. Друге»"}},
		{"no paragraph crossing", "«Відкрита\n\nзакрита»", nil},
		{"unbalanced", "«раз «два» три", []string{"«два»"}},
		{"stray close", "так» і \" ні", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.in)
			var got []string
			for _, q := range Quotes(tt.in, toks) {
				if q.Start != toks[q.Open].Start || q.End != toks[q.Close].End {
					t.Errorf("bad offsets %+v", q)
				}
				got = append(got, tt.in[q.Start:q.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDetectLang(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Київ може стати побратимом міста Ханчжоу.", "uk"},
		{"Мер прибув до столиці та зустрівся з делегацією.", "uk"},
		{"Він сказав, що це важливо.", "uk"},
		{"Город Далянь впервые стал партнером форума.", "ru"},
		{"Мэр заявил, что это важно.", "ru"},
		{"Он сказал, что они приедут.", "ru"},
		{"The mayor of Kyiv met the delegation.", "en"},
		{"", "en"},
		{"12345 !!!", "en"},
		{"Alibaba and Geely", "en"},
		{"ЕКАТЕРИНБУРГ", "ru"},
	}
	for _, tt := range tests {
		if got := DetectLang(tt.in); got != tt.want {
			t.Errorf("DetectLang(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	long := strings.Repeat("Київ може стати побратимом. ", 2000) + strings.Repeat("Это было давно. ", 5000)
	if got := DetectLang(long); got != "uk" {
		t.Errorf("long text: %q (only the start counts)", got)
	}
}

func TestDates(t *testing.T) {
	tests := []struct {
		in   string
		want []string // ISO(0) of each date, with the covered text after "="
	}{
		{"у 1961 році", []string{"1961=1961 році"}},
		{"в 1961 году", []string{"1961=1961 году"}},
		{"in 1961 the city", []string{"1961=1961"}},
		{"20 січня 2022 року", []string{"2022-01-20=20 січня 2022 року"}},
		{"20 января 2022 г. в Москве", []string{"2022-01-20=20 января 2022 г."}},
		{"on 14 September 2023", []string{"2023-09-14=14 September 2023"}},
		{"September 14, 2023", []string{"2023-09-14=September 14, 2023"}},
		{"Sept. 14", []string{"--09-14=Sept. 14"}},
		{"27-28 ноября", []string{"--11-27/--11-28=27-28 ноября"}},
		{"27–28 листопада", []string{"--11-27/--11-28=27–28 листопада"}},
		{"27 – 28 листопада 2019 року", []string{"2019-11-27/2019-11-28=27 – 28 листопада 2019 року"}},
		{"з 5 по 7 жовтня", []string{"--10-05/--10-07=5 по 7 жовтня"}},
		{"від 04.11.2021 №", []string{"2021-11-04=04.11.2021"}},
		{"на 2024–2026 роки", []string{"2024/2026=2024–2026 роки"}},
		{"на 2022-2024 роки", []string{"2022/2024=2022-2024 роки"}},
		{"у вересні 2023 року", []string{"2023-09=вересні 2023 року"}},
		{"в январе", nil},
		{"я маю 5 яблук", nil},
		{"27 листопада – 2 грудня", []string{"--11-27/--12-02=27 листопада – 2 грудня"}},
		{"2021-11-04", []string{"2021-11-04=2021-11-04"}},
		{"6 ноября. /ТАСС/", []string{"--11-06=6 ноября"}},
		{"10 мая, 5 липня", []string{"--05-10=10 мая", "--07-05=5 липня"}},
		{"may 5 and 5 may", nil},
		{"5 May", []string{"--05-05=5 May"}},
		{"у 2024 рр.", []string{"2024=2024 рр."}},
		{"1 лист", nil},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in)
		var got []string
		for _, d := range Dates(toks) {
			got = append(got, d.ISO(0)+"="+tt.in[toks[d.First].Start:toks[d.Last-1].End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Dates(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDateISO(t *testing.T) {
	tests := []struct {
		d    Date
		def  int
		want string
	}{
		{Date{Month: 11, Day: 27, Day2: 28}, 2019, "2019-11-27/2019-11-28"},
		{Date{Month: 11, Day: 27, Day2: 28}, 0, "--11-27/--11-28"},
		{Date{Year: 2023, Month: 9}, 0, "2023-09"},
		{Date{Year: 1961}, 2000, "1961"},
		{Date{}, 0, ""},
		{Date{Year: 2024, Year2: 2026}, 0, "2024/2026"},
	}
	for _, tt := range tests {
		if got := tt.d.ISO(tt.def); got != tt.want {
			t.Errorf("%+v.ISO(%d) = %q, want %q", tt.d, tt.def, got, tt.want)
		}
	}
}

func TestParseDateline(t *testing.T) {
	tests := []struct {
		in               string
		ok               bool
		place            string
		year, month, day int
		rest             string // text right after the dateline
	}{
		{"Заголовок\n\nЕКАТЕРИНБУРГ, 6 ноября. /ТАСС/. Один из", true, "ЕКАТЕРИНБУРГ", 0, 11, 6, " Один из"},
		{"КИЇВ, 14 вересня 2023 /Укрінформ/. Мер", true, "КИЇВ", 2023, 9, 14, " Мер"},
		{"KYIV, Sept 14 (Reuters) - Ukraine", true, "KYIV", 0, 9, 14, " Ukraine"},
		{"МОСКВА, 27 мая 2024 — РИА Новости. Текст", true, "МОСКВА", 2024, 5, 27, " Текст"},
		{"NEW YORK, March 3, 2024 (AP) — The", true, "NEW YORK", 2024, 3, 3, " The"},
		{"KYIV (Reuters) - Ukraine", true, "KYIV", 0, 0, 0, " Ukraine"},
		{"Київ, Краків і Тампере — побратими", false, "", 0, 0, 0, ""},
		{"one\ntwo\nthree\nfour\nfive\nМОСКВА, 27 мая 2024 — РИА Новости.", false, "", 0, 0, 0, ""},
		{"", false, "", 0, 0, 0, ""},
	}
	for _, tt := range tests {
		dl, ok := ParseDateline(tt.in, Tokenize(tt.in))
		if ok != tt.ok {
			t.Errorf("%q: ok=%v", tt.in, ok)
			continue
		}
		if !ok {
			continue
		}
		if dl.Place != tt.place || dl.Year != tt.year || dl.Month != tt.month || dl.Day != tt.day || tt.in[dl.End:] != tt.rest {
			t.Errorf("%q: got %+v rest %q", tt.in, dl, tt.in[dl.End:])
		}
	}
}

func TestSeedDateline(t *testing.T) {
	b, err := os.ReadFile("../../testdata/articles/003_4ef99b143ba0b074.txt")
	if err != nil {
		t.Skip(err)
	}
	s := string(b)
	toks := Tokenize(s)
	dl, ok := ParseDateline(s, toks)
	if !ok || dl.Month != 11 || dl.Day != 6 || dl.Place != "ЕКАТЕРИНБУРГ" {
		t.Errorf("dateline %+v %v", dl, ok)
	}
	if DetectLang(s) != "ru" {
		t.Error("seed 003 is Russian")
	}
}
