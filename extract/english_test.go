package extract

import "testing"

// TestEnglishEntities checks the English names of english.go and the
// Latin-script first names: each case lists entities ("type:lemma") that
// must be found and ones that must not.
func TestEnglishEntities(t *testing.T) {
	for _, c := range []struct {
		text      string
		want, not []string
	}{
		// Organizations with a head word and "of"-complements.
		{"The Union of Baltic Harbours and the Association of Moldovan Towns signed the charter.",
			[]string{"org:Union of Baltic Harbours", "org:Association of Moldovan Towns"}, []string{"org:Union of Baltic Harbours and the Association of Moldovan Towns"}},
		{"A delegation of the Ministry of Digital Transformation of Moldova arrived in Kyiv.",
			[]string{"org:Ministry of Digital Transformation of Moldova", "country:Moldova", "city:Kyiv"}, nil},
		{"The Estonian Ministry of Defence confirmed the delivery.",
			[]string{"org:Estonian Ministry of Defence"}, nil},
		{"Students of Poltava University visited the Rivne Chamber of Commerce and Industry last week.",
			[]string{"org:Poltava University", "org:Rivne Chamber of Commerce and Industry"}, nil},
		{"Grants come from the Oksana Hrytsenko Foundation and the Carpathian Development Agency.",
			[]string{"org:Oksana Hrytsenko Foundation", "org:Carpathian Development Agency"}, nil},
		{"Zhytomyr Regional Military Administration reported no damage.",
			[]string{"org:Zhytomyr Regional Military Administration"}, nil},
		// Lexicon names (orgs-en.lex) keep their ids, even when they
		// begin with a first name ("German").
		{"The German Association of Cities and the Union of Polish Metropolises sent aid.",
			[]string{"org:German Association of Cities", "org:Union of Polish Metropolises"}, []string{"person:German Association"}},
		// Companies.
		{"Orbita Group and Nordlicht Ltd. will build the plant, while Veles Holdings pulled out.",
			[]string{"company:Orbita Group", "company:Nordlicht Ltd", "company:Veles Holdings"}, nil},
		{"Kredo Bank opened a branch; the Black Sea Investment Bank lent the money.",
			[]string{"company:Kredo Bank", "org:Black Sea Investment Bank"}, nil},
		{"The Balkan Contact Group met in Vienna.",
			[]string{"org:Balkan Contact Group"}, []string{"company:Balkan Contact Group"}},
		// Events without quotes.
		{"The Poltava Pumpkin Days festival returns on 12 October.",
			[]string{"event:Poltava Pumpkin Days"}, []string{"event:festival"}},
		{"Mayors will attend the Mayors for Ukraine Summit and the Cities of Tomorrow Forum.",
			[]string{"event:Mayors for Ukraine Summit", "event:Cities of Tomorrow Forum"}, []string{"event:Ukraine Summit"}},
		{"Mayors gathered at the Danube Cities Summit and the Lutsk Innovation Forum.",
			[]string{"event:Danube Cities Summit", "event:Lutsk Innovation Forum"}, nil},
		// Generic phrases and bodies left to other recognizers are not new names.
		{"The City Council approved the plan. The Foreign Ministry did not comment. Israel controls the West Bank.",
			nil, []string{"org:City Council", "org:Foreign Ministry", "company:West Bank"}},
		{"Local Officials Praise New Budget For Regional Development Agency",
			nil, []string{"org:Regional Development Agency", "org:New Budget For Regional Development Agency"}},
		// People: Latin-script first names of many languages.
		{"The talks were attended by Aoife Brennan, Jyrki Mäkelä, Wiesław Nowicki and Kateřina Horáková.",
			[]string{"person:Aoife Brennan", "person:Jyrki Mäkelä", "person:Wiesław Nowicki", "person:Kateřina Horáková"}, nil},
		{"Deputy Mayor Øystein Brekke met Raffaella Conti and Tiago Fonseca.",
			[]string{"person:Øystein Brekke", "person:Raffaella Conti", "person:Tiago Fonseca"}, nil},
		// Korean and Chinese names, surname first.
		{"Gwangju Mayor Choi Min-seok welcomed the guests.", []string{"person:Choi Min-seok"}, nil},
		{"Vice Premier Zhou Hailin and Mr Lin Guowei signed the memorandum.", []string{"person:Zhou Hailin", "person:Lin Guowei"}, nil},
		{"A song by Zhou was played.", nil, []string{"person:Zhou"}},
		// A small town's name at the start of a sentence counts when the
		// text names the town elsewhere.
		{"Ochakiv was shelled again overnight. Volunteers returned to Ochakiv in May.", []string{"city:Ochakiv"}, nil},
		// A courtesy title before a name the first-name list does not know.
		{"Ms Aino-Liisa Korhonen said the project would continue.", []string{"person:Aino-Liisa Korhonen"}, nil},
		// Names the first-name list does not know, after a post, after a
		// verb of speaking, before an apposition with a post.
		{"Izmir Mayor Cemil Tugay welcomed the guests.", []string{"person:Cemil Tugay", "city:Izmir"}, nil},
		{"Ambassador of Japan to Ukraine Masashi Nakagome visited Irpin.", []string{"person:Masashi Nakagome", "country:Japan"}, nil},
		{"\"We will help,\" said Kwame Mensah-Bonsu.", []string{"person:Kwame Mensah-Bonsu"}, nil},
		{"\"We will help,\" Kwame Mensah-Bonsu told reporters.", []string{"person:Kwame Mensah-Bonsu"}, nil},
		{"Yaw Boateng, the mayor of Tamale, opened the market.", []string{"person:Yaw Boateng"}, nil},
		// ... but not bodies and media in those places.
		{"Emergency Services said three people were injured. The mayor told Vilne Slovo that the work would go on.",
			nil, []string{"person:Emergency Services", "person:Vilne Slovo"}},
		{"\"The work goes on,\" Civic Freedom Watch said.", nil, []string{"person:Civic Freedom Watch"}},
		// Companies described before their names, or named before a company's post.
		{"Kraków-based software firm Comarch and drone maker Skyfort Systems signed the deal.",
			[]string{"company:Comarch", "company:Skyfort Systems", "city:Kraków"}, nil},
		{"Software developer Ostap Hrytsak and Skyfort CEO Halyna Moroz spoke.",
			[]string{"company:Skyfort"}, []string{"company:Ostap Hrytsak"}},
		// Common words joined by "and" before the head; a lexicon name inside a complement.
		{"The Polish Investment and Trade Agency and the Ministry of Foreign Affairs sent experts.",
			[]string{"org:Polish Investment and Trade Agency", "org:Ministry of Foreign Affairs"}, []string{"org:Foreign Affairs", "org:Trade Agency"}},
		// A city's name before "regional" and a post names the region.
		{"Lviv regional governor Maksym Kozytskyi arrived.", []string{"region:Lviv Oblast"}, []string{"city:Lviv"}},
	} {
		checkEntities(t, "en", c.text, c.want, c.not, typeLemma, typeLemma)
	}
}

// TestEnglishRelations checks relations that need the English names of
// english.go.
func TestEnglishRelations(t *testing.T) {
	runSentences(t, "en", []sentenceCase{
		{text: "The Lutsk Innovation Forum will take place in Lutsk on 3-4 June 2026. The event is organized by the Volyn Chamber of Commerce.",
			want: []string{
				"held_in(event=Lutsk Innovation Forum, place=Lutsk) planned 2026-06-03/2026-06-04",
				"organizer_of(organizer=Volyn Chamber of Commerce, event=Lutsk Innovation Forum) established",
			}},
		{text: "Poltava Deputy Mayor Wiesław Nowicki said the city would host the fair.",
			want: []string{
				"holds_position(person=Wiesław Nowicki, org=Poltava) established role=deputy mayor",
			}},
		{text: "Gwangju Mayor Choi Min-seok signed a memorandum of cooperation with Vinnytsia.",
			want: []string{
				"holds_position(person=Choi Min-seok, org=Gwangju) established role=mayor",
				"agreement(party=Gwangju, counterparty=Vinnytsia) established kind=cooperation",
			}},
		// The envoy's country before the post, the host country after it.
		{text: "Vinnytsia Mayor Serhii Morhunov hosted Polish Ambassador to Ukraine Jarosław Wójcik.",
			want: []string{
				"holds_position(person=Serhii Morhunov, org=Vinnytsia) established role=mayor",
				"holds_position(person=Jarosław Wójcik, org=Poland) established role=ambassador",
				"met_with(party=Jarosław Wójcik, counterparty=Serhii Morhunov) established",
			}},
		// A body named with a country's adjective is placed in the country
		// only when the text names the country itself.
		{text: "The Italian Foreign Ministry welcomed the decision.", want: nil},
		{text: "The Italian Foreign Ministry welcomed the decision. Italy will send experts.",
			want: []string{
				"located_in(subject=Italian Foreign Ministry, place=Italy) established",
			}},
		{text: "The Ministry of Digital Transformation of Moldova welcomed the decision.",
			want: []string{
				"located_in(subject=Ministry of Digital Transformation of Moldova, place=Moldova) established",
			}},
	})
}
