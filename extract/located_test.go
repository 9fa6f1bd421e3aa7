package extract

import "testing"

// Nested names and located_in read from the wording of names and places:
// a known name inside an organization's name, a place adjective starting
// an organization's name, a country adjective before a place, and a place
// in a place stated in the text.
func TestLocatedIn(t *testing.T) {
	for _, l := range []struct {
		lang  string
		cases []sentenceCase
	}{
		{"ru", []sentenceCase{
			{text: "Сотрудники Главного управления МВД России по Тверской области задержали подозреваемого.", want: []string{
				"located_in(subject=МВД России по Тверской области, place=Tver Oblast) established",
				"located_in(subject=МВД России, place=Russia) established",
			}},
			{text: "Доклад подготовил Институт философии РАН."},
			{text: "Депутаты Тверской областной думы приняли закон.", want: []string{
				"located_in(subject=Тверская областная дума, place=Tver Oblast) established",
			}},
			{text: "Он преподаёт в Московском государственном университете.", want: []string{
				"located_in(subject=Московский государственный университет имени М. В. Ломоносова, place=Moscow) established",
			}},
			{text: "Вспышку зафиксировали в китайской провинции Хунань.", want: []string{
				"located_in(subject=Hunan, place=China) established",
			}},
			{text: "Туристы посетили итальянский город Павия.", want: []string{
				"located_in(subject=Pavia, place=Italy) established",
			}},
			{text: "Российские власти заявили о новых мерах."},
			{text: "Немецкий концерн Siemens открыл новый офис.", want: []string{
				"located_in(subject=Siemens, place=Germany) established",
			}},
			{text: "Депутат от партии «Единая Россия» выступил."},
			{text: "Он вырос в Балтиморе, штат Мэриленд, где работал его отец.", want: []string{
				"located_in(subject=Baltimore, place=Maryland) established",
			}},
			{text: "Его перевели в Балтимор (Мэриленд, США) весной.", want: []string{
				"located_in(subject=Baltimore, place=Maryland) established",
				"located_in(subject=Maryland, place=United States) established",
			}},
			{text: "Завод находится в Жешуве на юго-востоке Польши.", want: []string{
				"located_in(subject=Rzeszów, place=Poland) established",
			}},
		}},
		{"uk", []sentenceCase{
			{text: "Делегація відвідала польське місто Краків.", want: []string{
				"located_in(subject=Kraków, place=Poland) established",
			}},
			{text: "Польські туристи приїхали до Львова."},
			{text: "Смартфони китайської компанії Huawei подешевшали.", want: []string{
				"located_in(subject=Huawei, place=China) established",
			}},
			{text: "Він народився у Львові на заході України.", want: []string{
				"located_in(subject=Lviv, place=Ukraine) established",
			}},
		}},
		{"en", []sentenceCase{
			{text: "He moved to the Chinese city of Dalian last year.", want: []string{
				"located_in(subject=Dalian, place=China) established",
			}},
			{text: "She grew up in Sloviansk in eastern Ukraine.", want: []string{
				"located_in(subject=Sloviansk, place=Ukraine) established",
			}},
		}},
	} {
		runSentences(t, l.lang, l.cases)
	}
}

// TestNestedMentions checks the mentions nested in names and the
// adjectives that become mentions of places, as "type:text".
func TestNestedMentions(t *testing.T) {
	cases := []entityCase{
		{"ru", "Доклад подготовил Институт философии РАН.", []string{"org:РАН", "org:Институт философии РАН"}, nil},
		{"ru", "Сотрудники Главного управления МВД России по Тверской области задержали подозреваемого.",
			[]string{"org:МВД России", "country:России", "region:Тверской области"}, nil},
		{"ru", "Депутаты Тверской областной думы приняли закон.", []string{"region:Тверской"}, nil},
		{"ru", "Вспышку зафиксировали в китайской провинции Хунань.", []string{"country:китайской"}, nil},
		// A place in a name that agrees with the name's adjective, a quoted
		// name, a free-standing adjective: no place.
		{"ru", "Депутат от партии «Единая Россия» выступил.", []string{"org:Единая Россия"}, []string{"country:Россия"}},
		{"ru", "Российские власти заявили о новых мерах.", nil, []string{"country:Российские"}},
		{"uk", "Польські туристи приїхали до Львова.", []string{"city:Львова"}, []string{"country:Польські"}},
		// "имени Пушкина" names a person, not the town Пушкин.
		{"ru", "Он окончил Институт русского языка имени Пушкина.", nil, []string{"city:Пушкина"}},
	}
	typeText := func(e *Entity, m *Mention) string { return e.Type + ":" + m.Text }
	for _, c := range cases {
		checkEntities(t, c.lang, c.text, c.want, c.not, typeText, typeText)
	}
}
