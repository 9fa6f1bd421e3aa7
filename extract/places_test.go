package extract

import "testing"

// placeCase is a sentence, the places that must be found in it, written
// as "lemma=mention", and mention texts that must not be places.
type placeCase struct {
	lang, text string
	want       []string
	not        []string
}

func TestPlaces(t *testing.T) {
	cases := []placeCase{
		// Streets with their head word and house number.
		{"uk", "Офіс компанії розташований на вул. Садовій, 12-А у Вінниці.", []string{"вулиця Садова=вул. Садовій, 12-А"}, nil},
		{"uk", "Мешканці вулиці Тараса Шевченка скаржаться на ями.", []string{"вулиця Тараса Шевченка=вулиці Тараса Шевченка"}, nil},
		{"uk", "Ремонт триватиме на просп. Миру 45 / 2 до осені.", []string{"проспект Миру=просп. Миру 45 / 2"}, nil},
		{"uk", "Пам'ятник стоїть на вул . Коцюбинського біля школи.", []string{"вулиця Коцюбинського=вул . Коцюбинського"}, nil},
		{"uk", "Вони зустрілися на вулиці генерала Алмазова.", []string{"вулиця генерала Алмазова=вулиці генерала Алмазова"}, nil},
		{"uk", "Ярмарок пройде на Соборній площі в неділю.", []string{"Соборна площа=Соборній площі"}, nil},
		{"uk", "Ми гуляли Стрийським парком, а потім Хрещатиком.", []string{"Стрийський парк=Стрийським парком", "Хрещатик=Хрещатиком"}, nil},
		{"ru", "Пикет прошёл у дома на улице Пушкина, 7 в Самаре.", []string{"улица Пушкина=улице Пушкина, 7"}, nil},
		{"ru", "Движение перекрыли на Ленинградском шоссе.", []string{"Ленинградское шоссе=Ленинградском шоссе"}, nil},
		// Not a street: the streets of a city, a number that is a year,
		// a generic adjective, a park of machines.
		{"uk", "На вулиці Києва вийшли тисячі людей.", nil, []string{"вулиці Києва"}},
		{"uk", "Будинок на вул. Зеленій, 2019 року побудови.", []string{"вулиця Зелена=вул. Зеленій"}, []string{"вул. Зеленій, 2019"}},
		{"uk", "Національний парк відкрили для туристів.", nil, []string{"Національний парк"}},
		{"uk", "Міністерство оновило парк техніки області.", nil, []string{"парк техніки"}},
		{"uk", "Асоціація міст України провела з'їзд.", nil, []string{"міст України"}},
		// Rivers and seas: the name alone after its head.
		{"uk", "Рівень води в річці Стрипі піднявся.", []string{"Стрипа=Стрипі"}, nil},
		{"uk", "Рятувальники патрулюють береги річки Бистриці.", []string{"Бистриця=Бистриці"}, nil},
		{"ru", "Рыбаки вышли на берег реки Истры.", []string{"Истра=Истры"}, nil},
		{"uk", "Судно затонуло в Чорному морі біля Одеси.", []string{"Чорне море=Чорному морі"}, nil},
		{"uk", "Туристи піднялися на Говерлу, найвищу вершину Карпат.", []string{"Говерла=Говерлу", "Карпати=Карпат"}, nil},
		{"ru", "Танкер прошёл через пролив Босфор в Средиземное море.", []string{"Босфор=Босфор", "Средиземное море=Средиземное море"}, nil},
		{"uk", "Кордон проходив по Дністру ще за часів Речі Посполитої.", []string{"Дністер=Дністру", "Річ Посполита=Речі Посполитої"}, nil},
		{"uk", "Збори відбулися на Майдані Незалежності.", []string{"Майдан Незалежності=Майдані Незалежності"}, nil},
		// The West and the East in the geopolitical sense.
		{"uk", "Україна отримала зброю від партнерів на Заході.", []string{"Захід=Заході"}, nil},
		{"ru", "Отношения России и Запада ухудшились.", []string{"Запад=Запада"}, nil},
		{"uk", "Захід відбувся в міській бібліотеці.", nil, []string{"Захід"}},
		{"uk", "Ціни на нафту на Близькому Сході зросли.", nil, []string{"Сході"}},
		// A patriarch's title names no place.
		{"ru", "Патриарх Московский и всея Руси Кирилл провёл службу.", nil, []string{"Руси"}},
		// Villages and towns after a settlement word, with the lemma read
		// from the case form.
		{"uk", "Дорогу до села Мала Дубівка ремонтують третій рік.", []string{"Мала Дубівка=Мала Дубівка"}, nil},
		{"uk", "У селі Вишневій відкрили амбулаторію.", []string{"Вишнева=Вишневій"}, nil},
		{"uk", "Мешканці селища Нові Кривичі скаржаться на воду.", []string{"Нові Кривичі=Нові Кривичі"}, nil},
		{"uk", "Ділянку виділили в межах с. Гнилякове Одеської області.", []string{"Гнилякове=Гнилякове"}, []string{"Гнилякове Одеської"}},
		{"uk", "Ділянку виділили у смт . Пісківка Київської області.", []string{"Пісківка=Пісківка"}, []string{"Пісківка Київської"}},
		{"uk", "Фермер із села Лозового Вінницької області зібрав урожай.", []string{"Лозове=Лозового"}, nil},
		{"ru", "Жители деревни Кривушки вышли на субботник.", []string{"Кривушки=Кривушки"}, nil},
		{"ru", "В поселке Малые Вязёмы открыли школу.", []string{"Малые Вязёмы=Малые Вязёмы"}, nil},
		// Not a settlement: square metres, a mayor's surname, a first name.
		{"uk", "Квартира площею 100 кв. м. Власником квартири є фірма.", nil, []string{"Власником"}},
		{"ru", "В споре победил мэр города Бурцев, узнавший всё заранее.", nil, []string{"Бурцев"}},
		{"uk", "Заяву підписав мер міста Андрій Садовий.", nil, []string{"Андрій", "Андрій Садовий"}},
		// English.
		{"en", "Protesters gathered on Khreshchatyk Street in Kyiv.", []string{"Khreshchatyk Street=Khreshchatyk Street"}, nil},
		{"en", "Shelling hit the village of Kozarovka overnight.", []string{"Kozarovka=Kozarovka"}, nil},
	}
	for _, c := range cases {
		checkEntities(t, c.lang, c.text, c.want, c.not, func(e *Entity, m *Mention) string {
			if e.Type == Region || e.Type == City {
				return e.Lemma + "=" + m.Text
			}
			return ""
		}, placeText)
	}
}

// placeText keys a mention of a place by its text.
func placeText(e *Entity, m *Mention) string {
	if e.Type == Region || e.Type == City || e.Type == Country {
		return m.Text
	}
	return ""
}

// mentionText keys a mention by its text.
func mentionText(_ *Entity, m *Mention) string { return m.Text }
