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
		// A small town after its own country's adjective is a place, not a
		// first name; a federal district; a city's short name.
		{"ru", "Делегация посетила монгольский Дархан на прошлой неделе.", []string{"Дархан=Дархан"}, nil},
		{"ru", "Совещание прошло в Сибирском федеральном округе.", []string{"Сибирский федеральный округ=Сибирском федеральном округе"}, []string{"Сибирском"}},
		{"uk", "Студенти поїхали на навчання до Фрайбурга.", []string{"Фрайбург-ім-Брайсгау=Фрайбурга"}, nil},
		// A post, a city in the genitive and the holder's full name.
		{"ru", "Глава Кирова Ольга Сидоренко открыла ярмарку.", []string{"Киров=Кирова"}, nil},
		{"ru", "Министр Кирова Анна Петровна выступила в суде.", nil, []string{"Кирова"}},
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
		// A common noun written with a capital after the head is the name.
		{"uk", "Мітинг відбувся у сквері Пам'яті біля школи.", []string{"сквер Пам'яті=сквері Пам'яті"}, nil},
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
		// Lists of regions named by adjectives before one plural head, and
		// a region with an abbreviated head.
		{"uk", "Заморозки очікуються в Житомирській та Рівненській областях.", []string{"Житомирська область=Житомирській", "Рівненська область=Рівненській областях"}, nil},
		{"uk", "До програми увійшли Волинська, Закарпатська й Херсонська області.", []string{"Волинська область=Волинська", "Закарпатська область=Закарпатська", "Херсонська область=Херсонська області"}, nil},
		{"uk", "Підприємство зареєстроване в м. Стрий (Львівська обл.) у 2010 році.", []string{"Львівська область=Львівська обл"}, nil},
		{"uk", "Дороги ремонтують у Бориспільському та Броварському районах.", []string{"Бориспільський район=Бориспільському", "Броварський район=Броварському районах"}, nil},
		{"ru", "Лесные пожары охватили леса в Тверской и Псковской областях.", []string{"Тверская область=Тверской", "Псковская область=Псковской областях"}, nil},
		// The EU as an area in Ukrainian ("в ЄС", "країни ЄС"); its name
		// as the organization stays an organization.
		{"uk", "Експорт до ЄС зріс, а країни Євросоюзу купують більше зерна.", []string{"Європейський Союз=ЄС", "Європейський Союз=Євросоюзу"}, nil},
		{"uk", "Рада ЄС ухвалила рішення, а Євросоюз виділив кошти.", nil, []string{"ЄС", "Євросоюз"}},
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

// TestPlacesWorldRegions checks the first-level regions of other countries:
// the region's name in an oblique case, a province named like its capital
// only after its generic word (the bare name stays the city), and regions
// that share their name with a smaller town elsewhere.
func TestPlacesWorldRegions(t *testing.T) {
	cases := []placeCase{
		{"ru", "Вчера хоким Самаркандской области посетил Бухару.", []string{"region:Самаркандская область=Самаркандской области", "city:Бухара=Бухару"}, nil},
		{"ru", "Вчера аким Карагандинской области провёл совещание.", []string{"region:Карагандинская область=Карагандинской области"}, nil},
		{"uk", "Делегація Сюнікської області прибула до Єревана.", []string{"region:Сюнікська область=Сюнікської області"}, nil},
		{"uk", "Губернатор префектури Тотторі прибув до Києва.", []string{"region:префектура Тотторі=префектури Тотторі", "city:Київ=Києва"}, nil},
		{"uk", "Делегація штату Керала відвідала Львів.", []string{"region:Керала=Керала"}, nil},
		{"uk", "Кошицький край і Закарпатська область підписали угоду.", []string{"region:Кошицький край=Кошицький край", "region:Закарпатська область=Закарпатська область"}, nil},
		{"uk", "Фермери з медьє Саболч-Сатмар-Берег приїхали до Ужгорода.", []string{"region:Саболч-Сатмар-Берег=Саболч-Сатмар-Берег"}, nil},
		// Turkish provinces: Hatay alone, Antalya only after its generic
		// word; the bare name is the city.
		{"ru", "Землетрясение разрушило дома в провинции Хатай.", []string{"region:Хатай=Хатай"}, nil},
		{"ru", "Туристы из провинции Анталья вернулись домой.", []string{"region:провинция Анталья=провинции Анталья"}, nil},
		{"ru", "Туристы отдыхают в Анталии.", []string{"city:Анталия=Анталии"}, nil},
		{"ru", "Губернатор префектуры Осака встретился с мэром Осаки.", []string{"region:префектура Осака=префектуры Осака", "city:Осака=Осаки"}, nil},
		// A region, not the smaller town of its name.
		{"ru", "Мэр Торонто рассказал о выборах в Онтарио.", []string{"region:Онтарио=Онтарио"}, nil},
		{"uk", "Вибори в Орегоні виграв демократ.", []string{"region:Орегон=Орегоні"}, nil},
		{"ru", "Пожары охватили леса Нового Южного Уэльса.", []string{"region:Новый Южный Уэльс=Нового Южного Уэльса"}, []string{"Южного", "Уэльса"}},
	}
	for _, c := range cases {
		checkEntities(t, c.lang, c.text, c.want, c.not, func(e *Entity, m *Mention) string {
			if e.Type == Region || e.Type == City {
				return e.Type + ":" + e.Lemma + "=" + m.Text
			}
			return ""
		}, placeText)
	}
}
