package extract

import (
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
)

// sentenceCase is one sentence or short passage and the exact set of
// relations the default rules must extract from it.
type sentenceCase struct {
	text string
	want []string // relation strings, see relString; nil: nothing
	skip string   // why the case cannot pass for a reason outside the rules
}

var (
	langXOnce sync.Once
	langX     map[string]*Extractor
	langXErr  error
)

// langExtractor returns an extractor with the language forced to lang.
func langExtractor(t *testing.T, lang string) *Extractor {
	t.Helper()
	langXOnce.Do(func() {
		langX = map[string]*Extractor{}
		for _, l := range []string{"uk", "ru", "en"} {
			x, err := New(Options{Lang: l})
			if err != nil {
				langXErr = err
				return
			}
			langX[l] = x
		}
	})
	if langXErr != nil {
		t.Fatal(langXErr)
	}
	return langX[lang]
}

// argName is how an argument is written in a relation string: the English
// name of a place, the lemma of anything else (people, organizations,
// companies, events).
func argName(e *Entity) string {
	switch e.Type {
	case City, Country, Region:
		return e.Name
	}
	return e.Lemma
}

// relString renders a relation as
//
//	type(role=Arg, role=Arg) status [date] [role=...] [kind=...]
//
// with the arguments in the order of argRoles.
func relString(d *Document, r Relation) string {
	byID := map[string]*Entity{}
	for i := range d.Entities {
		byID[d.Entities[i].ID] = &d.Entities[i]
	}
	var b strings.Builder
	b.WriteString(r.Type)
	b.WriteByte('(')
	for i, role := range argRoles[r.Type] {
		if i > 0 {
			b.WriteString(", ")
		}
		name := r.Args[role]
		if e := byID[name]; e != nil {
			name = argName(e)
		}
		fmt.Fprintf(&b, "%s=%s", role, name)
	}
	b.WriteString(") ")
	b.WriteString(r.Status)
	if r.Date != "" {
		b.WriteString(" " + r.Date)
	}
	for _, k := range []string{"role", "kind"} {
		if v := r.Attrs[k]; v != "" {
			fmt.Fprintf(&b, " %s=%s", k, v)
		}
	}
	return canonRel(b.String())
}

var relRe = regexp.MustCompile(`^(\w+)\((\w+)=([^,()]+), (\w+)=([^,()]+)\)(.*)$`)

// canonRel puts the two arguments of a symmetric relation in name order, so
// that "twin_city(city=Lviv, twin=Kraków)" and "twin_city(city=Kraków,
// twin=Lviv)" compare equal.
func canonRel(s string) string {
	m := relRe.FindStringSubmatch(s)
	if m == nil || !symmetric[m[1]] || m[3] <= m[5] {
		return s
	}
	return fmt.Sprintf("%s(%s=%s, %s=%s)%s", m[1], m[2], m[5], m[4], m[3], m[6])
}

func runSentences(t *testing.T, lang string, cases []sentenceCase) {
	x := langExtractor(t, lang)
	dump := os.Getenv("FACTUM_DUMP") != ""
	for i, c := range cases {
		name := fmt.Sprintf("%s/%03d", lang, i)
		t.Run(name, func(t *testing.T) {
			if c.skip != "" && !dump {
				t.Skip(c.skip)
			}
			d, err := x.Extract(name, []byte(c.text))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range d.Relations {
				got = append(got, relString(d, r))
			}
			sort.Strings(got)
			want := make([]string, len(c.want))
			for i, w := range c.want {
				want[i] = canonRel(w)
			}
			sort.Strings(want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				if dump {
					t.Logf("DUMP %s\n  text: %s\n  got:  %q\n  want: %q", c.skip, c.text, got, want)
				}
				t.Errorf("%s\n got:\n\t%s\nwant:\n\t%s", c.text, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
			}
		})
	}
}

func TestSentences(t *testing.T) {
	for _, l := range []struct {
		lang  string
		cases []sentenceCase
	}{{"uk", ukSentences}, {"ru", ruSentences}, {"en", enSentences}} {
		runSentences(t, l.lang, l.cases)
	}
}

var ukSentences = []sentenceCase{
	{text: "Серед міст-побратимів Тернополя – Ельблонг, Люблін та Тарту.", want: []string{"twin_city(city=Ternopil, twin=Elblag) established", "twin_city(city=Ternopil, twin=Lublin) established", "twin_city(city=Ternopil, twin=Tartu) established"}},
	{text: "Бровари і Пярну обговорюють можливість побратимства.", want: []string{"twin_city(city=Brovary, twin=Pärnu) possible"}},
	{text: "Житомир і польське місто Люблін стали побратимами.", want: []string{"twin_city(city=Zhytomyr, twin=Lublin) established", "located_in(subject=Lublin, place=Poland) established"}},
	{text: "Прем'єр-міністр Денис Шмигаль, перебуваючи у Варшаві, домовився з прем'єр-міністром Польщі Дональдом Туском про спільні проєкти.", want: []string{"holds_position(person=Дональд Туск, org=Poland) established role=прем'єр-міністр", "met_with(party=Денис Шмигаль, counterparty=Дональд Туск) established"}},
	{text: "Мер Одеси Геннадій Труханов сказав, що не зустрічався з мером Генуї.", want: []string{"holds_position(person=Геннадій Труханов, org=Odesa) established role=мер"}},
	// references to two entities named before ("міста", "обидва міста", "сторони")
	{text: "Делегація Львова прибула до Вроцлава. Сьогодні міста підписали угоду про співпрацю.", want: []string{"agreement(party=Lviv, counterparty=Wrocław) established kind=cooperation"}},
	{text: "Мер Житомира відвідав Люблін. Обидва міста можуть стати побратимами.", want: []string{"twin_city(city=Zhytomyr, twin=Lublin) possible"}},
	// twin_city: statuses, active and passive, nominal, lists.
	{text: "Житомир і Люблін стали містами-побратимами у 1995 році.", want: []string{"twin_city(city=Zhytomyr, twin=Lublin) established 1995"}},
	{text: "Вінниця може стати побратимом польського Кельце.", want: []string{"twin_city(city=Vinnytsia, twin=Kielce) possible", "located_in(subject=Kielce, place=Poland) established"}},
	{text: "Незабаром Полтава стане містом-побратимом Філадельфії.", want: []string{"twin_city(city=Poltava, twin=Philadelphia) planned"}},
	{text: "Одеса та Генуя є містами-побратимами з 1972 року.", want: []string{"twin_city(city=Odesa, twin=Genoa) established 1972"}},
	{text: "Містами-побратимами Харкова є Болонья, Ніцца та Цинциннаті.", want: []string{"twin_city(city=Kharkiv, twin=Bologna) established", "twin_city(city=Kharkiv, twin=Nice) established", "twin_city(city=Kharkiv, twin=Cincinnati) established"}},
	{text: "Полтава не стане побратимом Філадельфії.", want: nil},
	{text: "Депутати відмовилися підписувати угоду про побратимство між Черніговом та Ельблонгом.", want: nil},
	{text: "Рівне розірвало побратимські зв'язки з російською Самарою.", want: []string{"twin_city(city=Rivne, twin=Samara) ended", "located_in(subject=Samara, place=Russia) established"}},
	{text: "Сьогодні у Житомирі міський голова Сергій Сухомлин та мер Паневежиса Рімантас Мацкус підписали угоду про побратимство між двома містами.", want: []string{"twin_city(city=Zhytomyr, twin=Panevezys) established", "agreement(party=Zhytomyr, counterparty=Panevezys) established kind=twinning", "holds_position(person=Сергій Сухомлин, org=Zhytomyr) established role=міський голова", "holds_position(person=Рімантас Мацкус, org=Panevezys) established role=мер"}},
	{text: "Луцьк призупинив побратимство з Твер'ю.", want: []string{"twin_city(city=Lutsk, twin=Tver) ended"}},
	{text: "Тернопіль заморозив відносини побратимства з містом Брно.", want: []string{"twin_city(city=Ternopil, twin=Brno) ended"}},
	{text: "Побратимство Тернополя з Ельблонгом триває вже двадцять років.", want: []string{"twin_city(city=Ternopil, twin=Elblag) established"}},
	{text: "Дніпро та Дюссельдорф можуть стати містами-побратимами.", want: []string{"twin_city(city=Dnipro, twin=Düsseldorf) possible"}},
	{text: "Миколаїв і Ольштин планують стати побратимами.", want: []string{"twin_city(city=Mykolaiv, twin=Olsztyn) planned"}},
	{text: "У 2016 році Херсон підписав угоду про побратимство з Клагенфуртом.", want: []string{"twin_city(city=Kherson, twin=Klagenfurt) established 2016", "agreement(party=Kherson, counterparty=Klagenfurt) established 2016 kind=twinning"}},
	{text: "Угоду про побратимство між Чернівцями та Оснабрюком підписали 20 січня 2022 року.", want: []string{"twin_city(city=Chernivtsi, twin=Osnabrück) established 2022-01-20", "agreement(party=Chernivtsi, counterparty=Osnabrück) established 2022-01-20 kind=twinning"}},
	{text: "Побратимами Львова є Вроцлав, Вільнюс і Гданськ.", want: []string{"twin_city(city=Lviv, twin=Wrocław) established", "twin_city(city=Lviv, twin=Vilnius) established", "twin_city(city=Lviv, twin=Gdańsk) established"}},
	{text: "Батумі є містом-побратимом Одеси.", want: []string{"twin_city(city=Batumi, twin=Odesa) established"}},
	{text: "Кутаїсі стало побратимом Полтави ще у 2013 році.", want: []string{"twin_city(city=Kutaisi, twin=Poltava) established 2013"}},
	{text: "Між Ужгородом та Брно планують підписати угоду про побратимство.", want: []string{"twin_city(city=Uzhhorod, twin=Brno) planned", "agreement(party=Uzhhorod, counterparty=Brno) planned kind=twinning"}},
	{text: "Умань, Ченстохова та Хмельницький підписали угоду про побратимство.", want: []string{"twin_city(city=Uman, twin=Częstochowa) established", "twin_city(city=Uman, twin=Khmelnytskyi) established", "twin_city(city=Częstochowa, twin=Khmelnytskyi) established", "agreement(party=Uman, counterparty=Częstochowa) established kind=twinning", "agreement(party=Uman, counterparty=Khmelnytskyi) established kind=twinning", "agreement(party=Częstochowa, counterparty=Khmelnytskyi) established kind=twinning"}},
	{text: "Мешканці Сум обговорюють, чи варто місту мати побратимів.", want: nil},
	{text: "Івано-Франківськ має намір стати побратимом Жешува.", want: []string{"twin_city(city=Ivano-Frankivsk, twin=Rzeszów) planned"}},
	{text: "Міська рада обговорила можливість побратимства Черкас з Бидгощем.", want: []string{"twin_city(city=Cherkasy, twin=Bydgoszcz) possible"}},
	{text: "Київ і Берлін ніколи не були побратимами.", want: nil},
	{text: "Партнерське місто Ірпеня – Лодзь.", want: nil},
	{text: "Ніжин – побратим литовського Алітуса.", want: []string{"twin_city(city=Nizhyn, twin=Alytus) established", "located_in(subject=Alytus, place=Lithuania) established"}},

	// Negotiations, lists of counterparties with adjectives, a capitalized reference.
	{text: "Луцьк розвиває зв'язки з Грузією. Місто веде переговори з грузинським Кутаїсі про можливе побратимство.", want: []string{"twin_city(city=Lutsk, twin=Kutaisi) possible", "located_in(subject=Kutaisi, place=Georgia) established"}},
	{text: "Раніше Луцьк уклав угоди про співпрацю з литовським Каунасом та польським Ольштином.", want: []string{"agreement(party=Lutsk, counterparty=Kaunas) established kind=cooperation", "agreement(party=Lutsk, counterparty=Olsztyn) established kind=cooperation", "located_in(subject=Kaunas, place=Lithuania) established", "located_in(subject=Olsztyn, place=Poland) established"}},
	{text: "Польський посол Бартош Ціхоцький привітав угоду.", want: []string{"holds_position(person=Бартош Ціхоцький, org=Poland) established role=посол"}},
	{text: "Харків має побратимські зв'язки з Каунасом і Нюрнбергом.", want: []string{"twin_city(city=Kharkiv, twin=Kaunas) established", "twin_city(city=Kharkiv, twin=Nuremberg) established"}},
	{text: "Міський голова Луцька Ігор Поліщук та президент Любліна Кшиштоф Жук підписали угоду про побратимство.", want: []string{"twin_city(city=Lutsk, twin=Lublin) established", "agreement(party=Lutsk, counterparty=Lublin) established kind=twinning", "holds_position(person=Ігор Поліщук, org=Lutsk) established role=міський голова", "holds_position(person=Кшиштоф Жук, org=Lublin) established role=президент"}},
	{text: "Губернатор Львівської області Максим Козицький зустрівся з генеральним консулом Польщі у Львові Елізою Дзвонкевич.", want: []string{"holds_position(person=Максим Козицький, org=Lviv Oblast) established role=губернатор", "holds_position(person=Еліза Дзвонкевич, org=Poland) established role=генеральний консул", "met_with(party=Максим Козицький, counterparty=Еліза Дзвонкевич) established"}},
	// agreement.
	{text: "Запоріжжя підписало угоду про співпрацю з Оснабрюком.", want: []string{"agreement(party=Zaporizhzhia, counterparty=Osnabrück) established kind=cooperation"}},
	{text: "Між Хмельницьким та Тернополем планується підписати меморандум про співробітництво.", want: []string{"agreement(party=Khmelnytskyi, counterparty=Ternopil) planned kind=cooperation"}},
	{text: "Полтава може підписати угоду про партнерство з Гданськом.", want: []string{"agreement(party=Poltava, counterparty=Gdańsk) possible kind=cooperation"}},
	{text: "Суми не підписали угоду про співпрацю з Любліном.", want: nil},
	{text: "Меморандум про співпрацю між Києвом і Варшавою підписали 14 березня 2023 року.", want: []string{"agreement(party=Kyiv, counterparty=Warsaw) established 2023-03-14 kind=cooperation"}},
	{text: "Черкаси та Бидгощ уклали угоду про економічне співробітництво.", want: []string{"agreement(party=Cherkasy, counterparty=Bydgoszcz) established kind=cooperation"}},
	{text: "Львів розірвав угоду про співпрацю з Уфою.", want: []string{"agreement(party=Lviv, counterparty=Ufa) ended kind=cooperation"}},
	{text: "Житомир і Рига підпишуть меморандум про партнерство наступного тижня.", want: []string{"agreement(party=Zhytomyr, counterparty=Riga) planned kind=cooperation"}},
	{text: "Україна та Польща підписали угоду про співпрацю у сфері енергетики.", want: []string{"agreement(party=Ukraine, counterparty=Poland) established kind=cooperation"}},
	{text: "Угоду про співпрацю з Таллінном Кропивницький підписав 5 жовтня 2021 року.", want: []string{"agreement(party=Kropyvnytskyi, counterparty=Tallinn) established 2021-10-05 kind=cooperation"}},
	{text: "Меморандум про співпрацю підписано між Вінницею та Кельце.", want: []string{"agreement(party=Vinnytsia, counterparty=Kielce) established kind=cooperation"}},

	// partner_of.
	{text: "Партнером форуму «Дні інновацій» стала Вінниця.", want: []string{"partner_of(partner=Vinnytsia, host=Дні інновацій) established"}},
	{text: "Литва стала країною-партнером виставки «Агро-2024».", want: []string{"partner_of(partner=Lithuania, host=Агро-2024) established"}},
	{text: "Дніпро виступить партнером фестивалю «Джаз над річкою».", want: []string{"partner_of(partner=Dnipro, host=Джаз над річкою) planned"}},
	{text: "Ужгород не буде партнером фестивалю «Вино і мед».", want: nil},

	// held_in.
	{text: "Форум «Міста майбутнього» відбудеться у Вінниці 12-13 травня.", want: []string{"held_in(event=Міста майбутнього, place=Vinnytsia) planned --05-12/--05-13"}},
	{text: "Фестиваль «Ніч у Львові» пройшов у Львові 3 вересня 2023 року.", want: []string{"held_in(event=Ніч у Львові, place=Lviv) established 2023-09-03"}},
	{text: "У Харкові відбувся форум «Відновлення громад».", want: []string{"held_in(event=Відновлення громад, place=Kharkiv) established"}},
	{text: "В Одесі стартує конкурс «Молоді архітектори».", want: []string{"held_in(event=Молоді архітектори, place=Odesa) planned"}},
	{text: "Конференцію «Розумне місто» проведуть у Дніпрі восени.", want: []string{"held_in(event=Розумне місто, place=Dnipro) planned"}},

	// organizer_of.
	{text: "Організаторами форуму «Міста майбутнього» виступили Вінницька міська рада та ПРООН.", want: []string{"organizer_of(organizer=Вінницька міська рада, event=Міста майбутнього) established", "organizer_of(organizer=Програма розвитку ООН, event=Міста майбутнього) established"}},
	{text: "Конкурс «Молоді архітектори» організувала Одеська міська рада.", want: []string{"organizer_of(organizer=Одеська міська рада, event=Молоді архітектори) established"}},
	{text: "Фестиваль «Ніч у Львові» організований Львівською міською радою.", want: []string{"organizer_of(organizer=Львівська міська рада, event=Ніч у Львові) established"}},

	// holds_position: appositions, posts in any case.
	// A city's head whose post names no city: the city of the context.
	{text: "У Вінниці відкрили новий міст. Міський голова Сергій Моргунов подякував будівельникам.", want: []string{"holds_position(person=Сергій Моргунов, org=Vinnytsia) established role=міський голова"}},
	{text: "Делегація з Тернополя прибула до Любліна. Мер Сергій Надал провів переговори.", want: nil},
	{text: "Міський голова Житомира Сергій Сухомлин привітав гостей.", want: []string{"holds_position(person=Сергій Сухомлин, org=Zhytomyr) established role=міський голова"}},
	{text: "Ігор Терехов, мер Харкова, відвідав виставку.", want: []string{"holds_position(person=Ігор Терехов, org=Kharkiv) established role=мер"}},
	{text: "Делегацію очолив секретар Одеської міської ради Олександр Марков.", want: []string{"holds_position(person=Олександр Марков, org=Одеська міська рада) established role=секретар"}},
	{text: "Про це повідомив мер Луцька Ігор Поліщук.", want: []string{"holds_position(person=Ігор Поліщук, org=Lutsk) established role=мер"}},
	{text: "Зустріч провела заступниця міського голови Полтави Олена Петренко.", want: []string{"holds_position(person=Олена Петренко, org=Poltava) established role=заступниця міського голови"}},
	{text: "Колишній мер Ужгорода Богдан Андріїв взяв участь у дискусії.", want: []string{"holds_position(person=Богдан Андріїв, org=Uzhhorod) ended role=мер"}},
	{text: "Посол Польщі в Україні Петро Маліновський приїхав до Рівного.", want: []string{"holds_position(person=Петро Маліновський, org=Poland) established role=посол"}},
	{text: "Руслан Марцінків – міський голова Івано-Франківська.", want: []string{"holds_position(person=Руслан Марцінків, org=Ivano-Frankivsk) established role=міський голова"}},
	{text: "З Тарасом Мельником, мером Коломиї, говорили про ремонт доріг.", want: []string{"holds_position(person=Тарас Мельник, org=Kolomyya) established role=мер"}},

	// located_in.
	{text: "У Вроцлаві розташовані офіси компаній Nokia та Credit Suisse.", want: []string{"located_in(subject=Nokia, place=Wrocław) established", "located_in(subject=Credit Suisse, place=Wrocław) established"}},
	{text: "Штаб-квартира компанії Samsung знаходиться в Сеулі.", want: []string{"located_in(subject=Samsung, place=Seoul) established"}},
	{text: "Компанія SoftServe базується у Львові.", want: []string{"located_in(subject=SoftServe, place=Lviv) established"}},
	{text: "Ельблонг (Польща) давно співпрацює з Тернополем.", want: []string{"located_in(subject=Elblag, place=Poland) established"}},
	{text: "Штаб-квартира Volkswagen розташована у Вольфсбурзі.", want: []string{"located_in(subject=Volkswagen, place=Wolfsburg) established"}},
	{text: "Переліт почнеться у Кале у Франції.", want: []string{"located_in(subject=Calais, place=France) established"}},
	{text: "Андрій Коболєв очолював «Нафтогаз» п'ять років.", want: []string{"holds_position(person=Андрій Коболєв, org=Нафтогаз) ended role=голова"}},
	{text: "Вибори в Ізраїлі пройшли спокійно.", want: []string{"held_in(event=Вибори, place=Israel) established"}},

	// met_with.
	{text: "Андрій Садовий зустрівся з Яцеком Сутриком.", want: []string{"met_with(party=Андрій Садовий, counterparty=Яцек Сутрик) established"}},
	{text: "Мер Вінниці Сергій Моргунов провів зустріч із делегацією Кельце.", want: []string{"holds_position(person=Сергій Моргунов, org=Vinnytsia) established role=мер", "met_with(party=Сергій Моргунов, counterparty=Kielce) established"}},
	{text: "Наступного тижня Ігор Терехов зустрінеться з Віталієм Кличком.", want: []string{"met_with(party=Ігор Терехов, counterparty=Віталій Кличко) planned"}},
	{text: "Ігор Поліщук не зустрічався з Андрієм Садовим.", want: nil},

	// quote.
	{text: "«Ми відкриті до співпраці з європейськими містами», – сказав Ігор Терехов.", want: []string{"quote(speaker=Ігор Терехов) established"}},
	{text: "Сергій Сухомлин заявив: «Житомир готовий приймати нових партнерів».", want: []string{"quote(speaker=Сергій Сухомлин) established"}},
	{text: "Про це розповів Олександр Сєнкевич. «Ми вже маємо план відновлення», – додав він.", want: []string{"quote(speaker=Олександр Сєнкевич) established"}},
	{text: "\"Це важливий крок для міста\", - наголосила Олена Петренко.", want: []string{"quote(speaker=Олена Петренко) established"}},
	{text: "«Ми чекаємо на гостей із Польщі», – зазначив міський голова Вінниці Сергій Моргунов.", want: []string{"quote(speaker=Сергій Моргунов) established", "holds_position(person=Сергій Моргунов, org=Vinnytsia) established role=міський голова"}},
	{text: "За словами Руслана Марцінківа, «проєкт буде завершено до кінця року».", want: []string{"quote(speaker=Руслан Марцінків) established"}},

	// Page furniture and irrelevant text.
	{text: "Читайте також:\nПро затвердження програми розвитку Києва\nПро побратимство міст", want: nil},
	{text: "Погода у Львові: завтра до +25 градусів.", want: nil},
	{text: "Тернопіль та Житомир зіграють у фіналі кубка.", want: nil},
}

var ruSentences = []sentenceCase{
	{text: "Мэр Казани Ильсур Метшин и мэр Анталии Мухиттин Бёджек подписали соглашение о побратимстве между двумя городами.", want: []string{"twin_city(city=Kazan, twin=Antalya) established", "agreement(party=Kazan, counterparty=Antalya) established kind=twinning", "holds_position(person=Ильсур Метшин, org=Kazan) established role=мэр", "holds_position(person=Мухиттин Бёджек, org=Antalya) established role=мэр"}},
	{text: "Выставка «Иннопром» пройдет в Екатеринбурге в июле.", want: []string{"held_in(event=Иннопром, place=Yekaterinburg) planned"}},
	{text: "Выставка «Иннопром» в Екатеринбурге собрала тысячи гостей.", want: []string{"held_in(event=Иннопром, place=Yekaterinburg) established"}},
	{text: "Среди побратимов Казани – Стамбул, Алматы и Ханой.", want: []string{"twin_city(city=Kazan, twin=Istanbul) established", "twin_city(city=Kazan, twin=Almaty) established", "twin_city(city=Kazan, twin=Hanoi) established"}},
	{text: "Соглашение о побратимстве между Калугой и Сучжоу планируется подписать в мае.", want: []string{"twin_city(city=Kaluga, twin=Suzhou) planned", "agreement(party=Kaluga, counterparty=Suzhou) planned kind=twinning"}},
	{text: "Во вторник премьер-министр Турции Реджеп Тайип Эрдоган, в ходе визита в Украину договорился с президентом Виктором Януковичем о новом этапе сотрудничества.", want: []string{"holds_position(person=Реджеп Тайип Эрдоган, org=Turkey) established role=премьер-министр", "met_with(party=Реджеп Тайип Эрдоган, counterparty=Виктор Янукович) established"}},
	{text: "Барак Обама принимает в Белом доме своего французского коллегу Николя Саркози.", want: []string{"met_with(party=Барак Обама, counterparty=Николя Саркози) established"}},
	{text: "Спор решат глава «Газпрома» Алексей Миллер и министр энергетики Белоруссии Александр Озерец, которые сегодня встречаются в Минске.", want: []string{"holds_position(person=Алексей Миллер, org=Газпром) established role=глава", "holds_position(person=Александр Озерец, org=Belarus) established role=министр энергетики", "met_with(party=Алексей Миллер, counterparty=Александр Озерец) established"}},
	{text: "На митинге выступил координатор движения «Левый фронт» Сергей Удальцов.", want: []string{"holds_position(person=Сергей Удальцов, org=Левый фронт) established role=координатор"}},
	{text: "В церемонии участвовал председатель Совета муфтиев России шейх Равиль Гайнутдин.", want: []string{"holds_position(person=Равиль Гайнутдин, org=Совет муфтиев России) established role=председатель", "located_in(subject=Совет муфтиев России, place=Russia) established"}},
	{text: "Несколько лет велись споры о том, нужны ли Москве велодорожки. В споре победил мэр города Лужков.", want: []string{"holds_position(person=Лужков, org=Moscow) established role=мэр города"}},
	// references to two entities named before ("міста", "обидва міста", "сторони")
	{text: "Мэр Казани посетил Анкару. Оба города станут побратимами.", want: []string{"twin_city(city=Kazan, twin=Ankara) planned"}},
	{text: "Делегация Перми прибыла в Оснабрюк. Стороны подписали меморандум о сотрудничестве.", want: []string{"agreement(party=Perm, counterparty=Osnabrück) established kind=cooperation"}},
	// twin_city.
	{text: "Казань и Стамбул стали городами-побратимами в 2005 году.", want: []string{"twin_city(city=Kazan, twin=Istanbul) established 2005"}},
	{text: "Пермь может стать побратимом китайского Цзинаня.", want: []string{"twin_city(city=Perm, twin=Jinan) possible", "located_in(subject=Jinan, place=China) established"}},
	{text: "Томск станет городом-побратимом Монпелье.", want: []string{"twin_city(city=Tomsk, twin=Montpellier) planned"}},
	{text: "Иркутск и Канадзава являются городами-побратимами с 1967 года.", want: []string{"twin_city(city=Irkutsk, twin=Kanazawa) established 1967"}},
	{text: "Городами-побратимами Новосибирска являются Саппоро, Миннеаполис и Ханчжоу.", want: []string{"twin_city(city=Novosibirsk, twin=Sapporo) established", "twin_city(city=Novosibirsk, twin=Minneapolis) established", "twin_city(city=Novosibirsk, twin=Hangzhou) established"}},
	{text: "Мурманск не станет побратимом Тромсе.", want: nil},
	{text: "Власти отказались подписывать соглашение о побратимстве между Брестом и Тересполем.", want: nil},
	{text: "Владивосток разорвал побратимские связи с американским Такомой.", want: []string{"twin_city(city=Vladivostok, twin=Tacoma) ended", "located_in(subject=Tacoma, place=United States) established"}},
	{text: "Калининград приостановил побратимство с Гданьском.", want: []string{"twin_city(city=Kaliningrad, twin=Gdańsk) ended"}},
	{text: "Побратимство Минска с Бангалором длится уже тридцать лет.", want: []string{"twin_city(city=Minsk, twin=Bengaluru) established"}},
	{text: "Самара и Штутгарт могут стать городами-побратимами.", want: []string{"twin_city(city=Samara, twin=Stuttgart) possible"}},
	{text: "Гродно и Белосток планируют стать побратимами.", want: []string{"twin_city(city=Grodno, twin=Bialystok) planned"}},
	{text: "В 2012 году Тула подписала соглашение о побратимстве с Вальдкирхом.", want: []string{"twin_city(city=Tula, twin=Waldkirch) established 2012", "agreement(party=Tula, counterparty=Waldkirch) established 2012 kind=twinning"}},
	{text: "Соглашение о побратимстве между Ереваном и Марселем подписали 15 июня 1992 года.", want: []string{"twin_city(city=Yerevan, twin=Marseille) established 1992-06-15", "agreement(party=Yerevan, counterparty=Marseille) established 1992-06-15 kind=twinning"}},
	{text: "Побратимами Тбилиси являются Киев, Баку и Вильнюс.", want: []string{"twin_city(city=Tbilisi, twin=Kyiv) established", "twin_city(city=Tbilisi, twin=Baku) established", "twin_city(city=Tbilisi, twin=Vilnius) established"}},
	{text: "Ташкент является городом-побратимом Алматы.", want: []string{"twin_city(city=Tashkent, twin=Almaty) established"}},
	{text: "Между Витебском и Смоленском планируется подписать соглашение о побратимстве.", want: []string{"twin_city(city=Vitebsk, twin=Smolensk) planned", "agreement(party=Vitebsk, counterparty=Smolensk) planned kind=twinning"}},
	{text: "Бишкек, Ош и Алматы подписали соглашение о побратимстве.", want: []string{"twin_city(city=Bishkek, twin=Osh) established", "twin_city(city=Bishkek, twin=Almaty) established", "twin_city(city=Osh, twin=Almaty) established", "agreement(party=Bishkek, counterparty=Osh) established kind=twinning", "agreement(party=Bishkek, counterparty=Almaty) established kind=twinning", "agreement(party=Osh, counterparty=Almaty) established kind=twinning"}},
	{text: "Депутаты обсудили возможность побратимства Твери с Бергамо.", want: []string{"twin_city(city=Tver, twin=Bergamo) possible"}},
	{text: "Москва и Лондон никогда не были побратимами.", want: nil},
	{text: "Пенза – побратим немецкого Бохума.", want: []string{"twin_city(city=Penza, twin=Bochum) established", "located_in(subject=Bochum, place=Germany) established"}},
	{text: "Барнаул заморозил отношения побратимства с городом Тампере.", want: []string{"twin_city(city=Barnaul, twin=Tampere) ended"}},

	// Negotiations, lists of counterparties.
	{text: "Омск ведет переговоры с Бишкеком о побратимстве.", want: []string{"twin_city(city=Omsk, twin=Bishkek) possible"}},
	{text: "Казань подписала соглашения о сотрудничестве с турецким Стамбулом и китайским Ухань.", want: []string{"agreement(party=Kazan, counterparty=Istanbul) established kind=cooperation", "agreement(party=Kazan, counterparty=Wuhan) established kind=cooperation", "located_in(subject=Istanbul, place=Turkey) established", "located_in(subject=Wuhan, place=China) established"}},
	{text: "Британский премьер Борис Джонсон заявил об этом.", want: []string{"holds_position(person=Борис Джонсон, org=United Kingdom) established role=премьер"}},
	{text: "Харьков поддерживает побратимские связи с Каунасом и Нюрнбергом.", want: []string{"twin_city(city=Kharkiv, twin=Kaunas) established", "twin_city(city=Kharkiv, twin=Nuremberg) established"}},
	{text: "Екатеринбург и китайский Харбин продлили соглашение о побратимстве.", want: []string{"twin_city(city=Yekaterinburg, twin=Harbin) established", "agreement(party=Yekaterinburg, counterparty=Harbin) established kind=twinning", "located_in(subject=Harbin, place=China) established"}},
	{text: "Губернатор Свердловской области Денис Паслер встретился с генеральным консулом КНР в Екатеринбурге Го Минцзянем.", want: []string{"holds_position(person=Денис Паслер, org=Sverdlovsk Oblast) established role=губернатор", "holds_position(person=Го Минцзянь, org=China) established role=генеральный консул", "met_with(party=Денис Паслер, counterparty=Го Минцзянь) established"}},
	// agreement.
	{text: "Нижний Новгород подписал соглашение о сотрудничестве с Харбином.", want: []string{"agreement(party=Nizhny Novgorod, counterparty=Harbin) established kind=cooperation"}},
	{text: "Между Омском и Павлодаром планируется подписать меморандум о сотрудничестве.", want: []string{"agreement(party=Omsk, counterparty=Pavlodar) planned kind=cooperation"}},
	{text: "Челябинск может подписать соглашение о партнерстве с Костанаем.", want: []string{"agreement(party=Chelyabinsk, counterparty=Kostanay) possible kind=cooperation"}},
	{text: "Хабаровск не подписал соглашение с Харбином.", want: nil},
	{text: "Меморандум о сотрудничестве между Казанью и Тегераном подписали 3 марта 2023 года.", want: []string{"agreement(party=Kazan, counterparty=Tehran) established 2023-03-03 kind=cooperation"}},
	{text: "Уфа и Шымкент заключили соглашение об экономическом сотрудничестве.", want: []string{"agreement(party=Ufa, counterparty=Shymkent) established kind=cooperation"}},
	{text: "Вильнюс расторг соглашение о сотрудничестве с Москвой.", want: []string{"agreement(party=Vilnius, counterparty=Moscow) ended kind=cooperation"}},
	{text: "Самара и Минск подпишут меморандум о партнерстве в ноябре.", want: []string{"agreement(party=Samara, counterparty=Minsk) planned kind=cooperation"}},
	{text: "Россия и Китай подписали соглашение о сотрудничестве в сфере энергетики.", want: []string{"agreement(party=Russia, counterparty=China) established kind=cooperation"}},
	{text: "Соглашение о сотрудничестве с Астаной Омск подписал 12 мая 2021 года.", want: []string{"agreement(party=Omsk, counterparty=Astana) established 2021-05-12 kind=cooperation"}},
	{text: "Меморандум о сотрудничестве подписан между Пермью и Ханчжоу.", want: []string{"agreement(party=Perm, counterparty=Hangzhou) established kind=cooperation"}},
	{text: "Стороны отказались подписывать соглашение между Брестом и Гродно.", want: nil},

	// partner_of.
	{text: "Партнером форума «Умный город» стала Казань.", want: []string{"partner_of(partner=Kazan, host=Умный город) established"}},
	{text: "Китай стал страной-партнером выставки «Иннопром».", want: []string{"partner_of(partner=China, host=Иннопром) established"}},
	{text: "Нижний Новгород выступит партнером фестиваля «Волжские огни».", want: []string{"partner_of(partner=Nizhny Novgorod, host=Волжские огни) planned"}},
	{text: "Тула не будет партнером фестиваля «Пряничный город».", want: nil},

	// held_in.
	{text: "Форум «Города будущего» пройдет в Казани 14-15 октября.", want: []string{"held_in(event=Города будущего, place=Kazan) planned --10-14/--10-15"}},
	{text: "Фестиваль «Белые ночи» прошел в Санкт-Петербурге 20 июня 2023 года.", want: []string{"held_in(event=Белые ночи, place=Saint Petersburg) established 2023-06-20"}},
	{text: "В Новосибирске состоялся форум «Технопром».", want: []string{"held_in(event=Технопром, place=Novosibirsk) established"}},
	{text: "В Перми стартует конкурс «Молодые архитекторы».", want: []string{"held_in(event=Молодые архитекторы, place=Perm) planned"}},
	{text: "Конференцию «Цифровой регион» проведут в Томске осенью.", want: []string{"held_in(event=Цифровой регион, place=Tomsk) planned"}},

	// organizer_of.
	{text: "Организаторами форума «Технопром» выступили Правительство Новосибирской области и Российская академия наук.", want: []string{"located_in(subject=Правительство Новосибирской области, place=Novosibirsk Oblast) established", "organizer_of(organizer=Правительство Новосибирской области, event=Технопром) established", "organizer_of(organizer=Российская академия наук, event=Технопром) established", "located_in(subject=Российская академия наук, place=Russia) established"}},
	{text: "Конкурс «Молодые архитекторы» организовала мэрия Перми.", want: []string{"organizer_of(organizer=Мэрия Перми, event=Молодые архитекторы) established"}},
	{text: "Фестиваль «Белые ночи» организован администрацией Санкт-Петербурга.", want: []string{"organizer_of(organizer=Администрация Санкт-Петербурга, event=Белые ночи) established"}},

	// holds_position.
	{text: "Мэр Новосибирска Анатолий Локоть поздравил жителей.", want: []string{"holds_position(person=Анатолий Локоть, org=Novosibirsk) established role=мэр"}},
	{text: "Ильсур Метшин, мэр Казани, посетил выставку.", want: []string{"holds_position(person=Ильсур Метшин, org=Kazan) established role=мэр"}},
	{text: "Об этом сообщил глава Перми Эдуард Соснин.", want: []string{"holds_position(person=Эдуард Соснин, org=Perm) established role=глава"}},
	{text: "Встречу провела заместитель мэра Томска Ольга Ильина.", want: []string{"holds_position(person=Ольга Ильина, org=Tomsk) established role=заместитель мэра"}},
	{text: "Бывший мэр Омска Вячеслав Двораковский выступил с докладом.", want: []string{"holds_position(person=Вячеслав Двораковский, org=Omsk) ended role=мэр"}},
	{text: "Посол Китая в России Чжан Ханьхуэй прибыл в Иркутск.", want: []string{"holds_position(person=Чжан Ханьхуэй, org=China) established role=посол"}},
	{text: "Дмитрий Денисов – глава Барнаула.", want: []string{"holds_position(person=Дмитрий Денисов, org=Barnaul) established role=глава"}},
	{text: "С Сергеем Кравчуком, мэром Хабаровска, обсудили ремонт дорог.", want: []string{"holds_position(person=Сергей Кравчук, org=Khabarovsk) established role=мэр"}},

	// located_in.
	{text: "В Казани расположены офисы компаний Яндекс и Сбербанк.", want: []string{"located_in(subject=Яндекс, place=Kazan) established", "located_in(subject=Сбербанк, place=Kazan) established"}},
	{text: "Штаб-квартира компании Huawei находится в Шэньчжэне.", want: []string{"located_in(subject=Huawei, place=Shenzhen) established"}},
	{text: "Компания Газпром базируется в Санкт-Петербурге.", want: []string{"located_in(subject=Газпром, place=Saint Petersburg) established"}},
	{text: "Брест (Белоруссия) давно сотрудничает с Тересполем.", want: []string{"located_in(subject=Brest, place=Belarus) established"}},
	// Posts with a quoted organization and posts named by verbs.
	{text: "Глава «Аэрофлота» Сергей Александровский выступил на форуме.", want: []string{"holds_position(person=Сергей Александровский, org=Аэрофлот) established role=глава"}},
	{text: "Андрей Петров возглавляет «Газпром нефть» с 2012 года.", want: []string{"holds_position(person=Андрей Петров, org=Газпром нефть) established role=глава"}},
	{text: "Сергей Иванов занял пост губернатора Калужской области.", want: []string{"holds_position(person=Сергей Иванов, org=Kaluga Oblast) established role=губернатор"}},
	// located_in: a city in a country or region; an office of an organization.
	{text: "Перелёт начнётся у Кале во Франции.", want: []string{"located_in(subject=Calais, place=France) established"}},
	{text: "В Уфе, столице Башкортостана, открылся музей.", want: []string{"located_in(subject=Ufa, place=Bashkortostan) established"}},
	{text: "Штаб-квартира МАГАТЭ в Вене закрыта.", want: []string{"located_in(subject=Международное агентство по атомной энергии, place=Vienna) established"}},
	// held_in: events named by a common noun (events.go).
	{text: "Президентские выборы в Грузии прошли спокойно.", want: []string{"held_in(event=выборы, place=Georgia) established"}},
	{text: "В Казани прошел митинг.", want: []string{"held_in(event=митинг, place=Kazan) established"}},

	// met_with.
	{text: "Сергей Собянин встретился с Ильсуром Метшиным.", want: []string{"met_with(party=Сергей Собянин, counterparty=Ильсур Метшин) established"}},
	{text: "Анатолий Локоть провел встречу с делегацией Саппоро.", want: []string{"met_with(party=Анатолий Локоть, counterparty=Sapporo) established"}},
	{text: "На следующей неделе Эдуард Соснин встретится с Дмитрием Денисовым.", want: []string{"met_with(party=Эдуард Соснин, counterparty=Дмитрий Денисов) planned"}},
	{text: "Эдуард Соснин не встречался с Анатолием Локтем.", want: nil},

	// quote.
	{text: "«Мы открыты для сотрудничества с китайскими городами», – сказал Анатолий Локоть.", want: []string{"quote(speaker=Анатолий Локоть) established"}},
	{text: "Эдуард Соснин заявил: «Пермь готова принимать новых партнеров».", want: []string{"quote(speaker=Эдуард Соснин) established"}},
	{text: "Об этом рассказал Ильсур Метшин. «У нас уже есть план развития», – добавил он.", want: []string{"quote(speaker=Ильсур Метшин) established"}},
	{text: "\"Это важный шаг для города\", - подчеркнула Ольга Ильина.", want: []string{"quote(speaker=Ольга Ильина) established"}},
	{text: "По словам Дмитрия Денисова, «проект будет завершен до конца года».", want: []string{"quote(speaker=Дмитрий Денисов) established"}},
	{text: "«Мы ждем гостей из Китая», – отметил мэр Томска Михаил Ратнер.", want: []string{"quote(speaker=Михаил Ратнер) established", "holds_position(person=Михаил Ратнер, org=Tomsk) established role=мэр"}},

	// Page furniture and irrelevant text.
	{text: "Читайте также:\nО побратимстве городов\nО бюджете Казани на 2024 год", want: nil},
	{text: "Погода в Казани: завтра до +25 градусов.", want: nil},
	{text: "Казань и Пермь сыграют в финале кубка.", want: nil},
}

var enSentences = []sentenceCase{
	{text: "Among Kharkiv's sister cities are Kaunas and Nuremberg.", want: []string{"twin_city(city=Kharkiv, twin=Kaunas) established", "twin_city(city=Kharkiv, twin=Nuremberg) established"}},
	{text: "Aarhus and Busan will discuss a possible sister-city partnership.", want: []string{"twin_city(city=Aarhus, twin=Busan) possible"}},
	{text: "Biden hosted his French counterpart Emmanuel Macron at the White House.", want: []string{"met_with(party=Joe Biden, counterparty=Emmanuel Macron) established"}},
	{text: "Toronto will host the summit in May. The mayor, Olivia Chow, welcomed the decision.", want: []string{"holds_position(person=Olivia Chow, org=Toronto) established role=mayor"}},
	// references to two entities named before ("міста", "обидва міста", "сторони")
	{text: "Kharkiv officials visited Nuremberg on Monday. The two cities may become sister cities.", want: []string{"twin_city(city=Kharkiv, twin=Nuremberg) possible"}},
	{text: "Officials from Lviv visited Wrocław. The sides signed a memorandum.", want: []string{"agreement(party=Lviv, counterparty=Wrocław) established kind=cooperation"}},
	// twin_city.
	{text: "Lviv and Wrocław became sister cities in 1995.", want: []string{"twin_city(city=Lviv, twin=Wrocław) established 1995"}},
	{text: "Odesa may become a sister city of Genoa.", want: []string{"twin_city(city=Odesa, twin=Genoa) possible"}},
	{text: "Kharkiv will become a twin city of Bologna next year.", want: []string{"twin_city(city=Kharkiv, twin=Bologna) planned"}},
	{text: "Dnipro and Düsseldorf are twin cities.", want: []string{"twin_city(city=Dnipro, twin=Düsseldorf) established"}},
	{text: "The sister cities of Chicago include Warsaw, Milan and Osaka.", want: []string{"twin_city(city=Chicago, twin=Warsaw) established", "twin_city(city=Chicago, twin=Milan) established", "twin_city(city=Chicago, twin=Osaka) established"}},
	{text: "Poltava will not become a sister city of Philadelphia.", want: nil},
	{text: "The council refused to sign a twinning agreement between Chernihiv and Memmingen.", want: nil},
	{text: "Vilnius severed its twinning ties with Moscow.", want: []string{"twin_city(city=Vilnius, twin=Moscow) ended"}},
	{text: "Riga suspended its sister city relationship with Saint Petersburg.", want: []string{"twin_city(city=Riga, twin=Saint Petersburg) ended"}},
	{text: "Prague terminated its partnership with Beijing in 2019.", want: []string{"twin_city(city=Prague, twin=Beijing) ended 2019"}},
	{text: "The twinning of Kyiv and Berlin was discussed for years.", want: []string{"twin_city(city=Kyiv, twin=Berlin) established"}},
	{text: "Kyiv's sister city Kraków sent aid.", want: []string{"twin_city(city=Kyiv, twin=Kraków) established"}},
	{text: "Tampere and Lutsk could become twin cities.", want: []string{"twin_city(city=Tampere, twin=Lutsk) possible"}},
	{text: "Mykolaiv and Olsztyn plan to become sister cities.", want: []string{"twin_city(city=Mykolaiv, twin=Olsztyn) planned"}},
	{text: "In 2016 Kherson signed a twinning agreement with Klagenfurt.", want: []string{"twin_city(city=Kherson, twin=Klagenfurt) established 2016", "agreement(party=Kherson, counterparty=Klagenfurt) established 2016 kind=twinning"}},
	{text: "A twinning agreement between Chernivtsi and Osnabrück was signed on 20 January 2022.", want: []string{"twin_city(city=Chernivtsi, twin=Osnabrück) established 2022-01-20", "agreement(party=Chernivtsi, counterparty=Osnabrück) established 2022-01-20 kind=twinning"}},
	{text: "Batumi is a sister city of Odesa.", want: []string{"twin_city(city=Batumi, twin=Odesa) established"}},
	{text: "Kutaisi has been twinned with Poltava since 2013.", want: []string{"twin_city(city=Kutaisi, twin=Poltava) established 2013"}},
	{text: "Uman, Częstochowa and Khmelnytskyi signed a twinning agreement.", want: []string{"twin_city(city=Uman, twin=Częstochowa) established", "twin_city(city=Uman, twin=Khmelnytskyi) established", "twin_city(city=Częstochowa, twin=Khmelnytskyi) established", "agreement(party=Uman, counterparty=Częstochowa) established kind=twinning", "agreement(party=Uman, counterparty=Khmelnytskyi) established kind=twinning", "agreement(party=Częstochowa, counterparty=Khmelnytskyi) established kind=twinning"}},
	{text: "Residents of Sumy are debating whether the city needs sister cities at all.", want: nil},
	{text: "Ivano-Frankivsk intends to become a sister city of Lublin.", want: []string{"twin_city(city=Ivano-Frankivsk, twin=Lublin) planned"}},
	{text: "Kyiv and Moscow were never sister cities.", want: nil},
	{text: "Zhytomyr is twinned with Lublin.", want: []string{"twin_city(city=Zhytomyr, twin=Lublin) established"}},
	{text: "Edinburgh's twin towns include Munich, Florence and Kyiv.", want: []string{"twin_city(city=Edinburgh, twin=Munich) established", "twin_city(city=Edinburgh, twin=Florence) established", "twin_city(city=Edinburgh, twin=Kyiv) established"}},

	// Negotiations, lists of counterparties.
	{text: "Lutsk is in talks with Kutaisi about a sister city agreement.", want: []string{"twin_city(city=Lutsk, twin=Kutaisi) possible"}},
	{text: "Kharkiv signed cooperation agreements with Kaunas and Bordeaux.", want: []string{"agreement(party=Kharkiv, counterparty=Kaunas) established kind=cooperation", "agreement(party=Kharkiv, counterparty=Bordeaux) established kind=cooperation"}},
	{text: "Ukrainian Foreign Minister Andrii Sybiha welcomed the agreement.", want: []string{"holds_position(person=Andrii Sybiha, org=Ukraine) established role=foreign minister"}},
	{text: "Kharkiv already has sister-city ties with Kaunas and Nuremberg.", want: []string{"twin_city(city=Kharkiv, twin=Kaunas) established", "twin_city(city=Kharkiv, twin=Nuremberg) established"}},
	{text: "Kharkiv has sister-city ties with Kaunas. The city plans to sign a memorandum of cooperation with Warsaw next year.", want: []string{"twin_city(city=Kharkiv, twin=Kaunas) established", "agreement(party=Kharkiv, counterparty=Warsaw) planned kind=cooperation"}},
	{text: "Kharkiv and Bologna renewed their sister-city agreement.", want: []string{"twin_city(city=Kharkiv, twin=Bologna) established", "agreement(party=Kharkiv, counterparty=Bologna) established kind=twinning"}},
	// agreement.
	{text: "Zaporizhzhia signed a cooperation agreement with Belfast.", want: []string{"agreement(party=Zaporizhzhia, counterparty=Belfast) established kind=cooperation"}},
	{text: "A memorandum of cooperation is to be signed between Khmelnytskyi and Ternopil.", want: []string{"agreement(party=Khmelnytskyi, counterparty=Ternopil) planned kind=cooperation"}},
	{text: "Poltava could sign a partnership agreement with Gdańsk.", want: []string{"agreement(party=Poltava, counterparty=Gdańsk) possible kind=cooperation"}},
	{text: "Sumy did not sign the cooperation agreement with Lublin.", want: nil},
	{text: "A memorandum of cooperation between Kyiv and Warsaw was signed on 14 March 2023.", want: []string{"agreement(party=Kyiv, counterparty=Warsaw) established 2023-03-14 kind=cooperation"}},
	{text: "Cherkasy and Bydgoszcz concluded an agreement on economic cooperation.", want: []string{"agreement(party=Cherkasy, counterparty=Bydgoszcz) established kind=cooperation"}},
	{text: "Lviv terminated its cooperation agreement with Ufa.", want: []string{"agreement(party=Lviv, counterparty=Ufa) ended kind=cooperation"}},
	{text: "Zhytomyr and Riga will sign a partnership memorandum next week.", want: []string{"agreement(party=Zhytomyr, counterparty=Riga) planned kind=cooperation"}},
	{text: "Ukraine and Poland signed an agreement on energy cooperation.", want: []string{"agreement(party=Ukraine, counterparty=Poland) established kind=cooperation"}},
	{text: "On 14 September 2023 Vinnytsia signed a memorandum of understanding with Kielce.", want: []string{"agreement(party=Vinnytsia, counterparty=Kielce) established 2023-09-14 kind=cooperation"}},
	{text: "The two cities refused to sign an agreement.", want: nil},

	// partner_of.
	{text: "Vinnytsia became a partner of the forum \"Innovation Days\".", want: []string{"partner_of(partner=Vinnytsia, host=Innovation Days) established"}},
	{text: "Lithuania is the partner country of the exhibition \"Agro 2024\".", want: []string{"partner_of(partner=Lithuania, host=Agro 2024) established"}},
	{text: "Dnipro will be a partner of the festival \"Jazz on the River\".", want: []string{"partner_of(partner=Dnipro, host=Jazz on the River) planned"}},
	{text: "Uzhhorod will not be a partner of the festival \"Wine and Honey\".", want: nil},
	{text: "The official partner of the forum \"Smart Cities\" is Samsung.", want: []string{"partner_of(partner=Samsung, host=Smart Cities) established"}},

	// held_in.
	{text: "The forum \"Cities of the Future\" will be held in Vinnytsia on 12-13 May.", want: []string{"held_in(event=Cities of the Future, place=Vinnytsia) planned --05-12/--05-13"}},
	{text: "The festival \"Night in Lviv\" took place in Lviv on 3 September 2023.", want: []string{"held_in(event=Night in Lviv, place=Lviv) established 2023-09-03"}},
	{text: "Kharkiv hosted the forum \"Rebuilding Communities\".", want: []string{"held_in(event=Rebuilding Communities, place=Kharkiv) established"}},
	{text: "The conference \"Smart City\" opens in Dnipro on Monday.", want: []string{"held_in(event=Smart City, place=Dnipro) established"}},
	{text: "The summit \"Green Cities\" is scheduled to take place in Tallinn in June.", want: []string{"held_in(event=Green Cities, place=Tallinn) planned"}},

	// organizer_of.
	{text: "The forum \"Cities of the Future\" is organized by UNDP and Kyiv City Council.", want: []string{"organizer_of(organizer=UNDP, event=Cities of the Future) established", "organizer_of(organizer=Kyiv City Council, event=Cities of the Future) established"}},
	{text: "UNESCO organized the conference \"Heritage Cities\".", want: []string{"organizer_of(organizer=UNESCO, event=Heritage Cities) established"}},
	{text: "The organizers of the festival \"Night in Lviv\" are Lviv City Council and Lviv Polytechnic.", want: []string{"organizer_of(organizer=Lviv City Council, event=Night in Lviv) established", "organizer_of(organizer=Lviv Polytechnic, event=Night in Lviv) established"}},

	// holds_position.
	{text: "Zhytomyr mayor Serhii Sukhomlyn welcomed the guests.", want: []string{"holds_position(person=Serhii Sukhomlyn, org=Zhytomyr) established role=mayor"}},
	{text: "Ihor Terekhov, the mayor of Kharkiv, visited the exhibition.", want: []string{"holds_position(person=Ihor Terekhov, org=Kharkiv) established role=mayor"}},
	{text: "The mayor of Bucha, Anatolii Fedoruk, met the delegation.", want: []string{"holds_position(person=Anatolii Fedoruk, org=Bucha) established role=mayor"}},
	{text: "This was announced by Lutsk mayor Ihor Polishchuk.", want: []string{"holds_position(person=Ihor Polishchuk, org=Lutsk) established role=mayor"}},
	{text: "Former Uzhhorod mayor Bohdan Andriiv took part in the debate.", want: []string{"holds_position(person=Bohdan Andriiv, org=Uzhhorod) ended role=mayor"}},
	{text: "Ruslan Martsinkiv is the mayor of Ivano-Frankivsk.", want: []string{"holds_position(person=Ruslan Martsinkiv, org=Ivano-Frankivsk) established role=mayor"}},
	// held_in: events named by a common noun (events.go).
	{text: "The elections in Georgia were calm.", want: []string{"held_in(event=elections, place=Georgia) established"}},
	{text: "A shooting in Pittsburgh left two dead.", want: []string{"held_in(event=shooting, place=Pittsburgh) established"}},
	{text: "Polish ambassador to Ukraine Piotr Łukasiewicz arrived in Rivne.", want: []string{"holds_position(person=Piotr Łukasiewicz, org=Poland) established role=ambassador"}},

	// located_in.
	{text: "Nokia and Credit Suisse have offices in Wrocław.", want: []string{"located_in(subject=Nokia, place=Wrocław) established", "located_in(subject=Credit Suisse, place=Wrocław) established"}},
	{text: "Samsung is headquartered in Seoul.", want: []string{"located_in(subject=Samsung, place=Seoul) established"}},
	{text: "SoftServe is based in Lviv.", want: []string{"located_in(subject=SoftServe, place=Lviv) established"}},
	{text: "Elbląg (Poland) has long cooperated with Ternopil.", want: []string{"located_in(subject=Elblag, place=Poland) established"}},
	{text: "Wolfsburg is home to Volkswagen.", want: []string{"located_in(subject=Volkswagen, place=Wolfsburg) established"}},

	// met_with.
	{text: "Andrii Sadovyi met with Jacek Sutryk.", want: []string{"met_with(party=Andriy Sadovyi, counterparty=Jacek Sutryk) established"}},
	{text: "Serhii Morhunov held talks with a delegation from Kielce.", want: []string{"met_with(party=Serhii Morhunov, counterparty=Kielce) established"}},
	{text: "Next week Ihor Terekhov will meet with Vitali Klitschko.", want: []string{"met_with(party=Ihor Terekhov, counterparty=Vitali Klitschko) planned"}},
	{text: "Ihor Polishchuk did not meet with Andrii Sadovyi.", want: nil},

	// quote.
	{text: "\"We are open to cooperation with European cities,\" said Ihor Terekhov.", want: []string{"quote(speaker=Ihor Terekhov) established"}},
	{text: "Serhii Sukhomlyn said: \"Zhytomyr is ready to welcome new partners.\"", want: []string{"quote(speaker=Serhii Sukhomlyn) established"}},
	{text: "Oleksandr Senkevych spoke to reporters. \"We already have a recovery plan,\" he added.", want: []string{"quote(speaker=Oleksandr Senkevych) established"}},
	{text: "\"This is an important step for the city,\" Olena Petrenko stressed.", want: []string{"quote(speaker=Olena Petrenko) established"}},
	{text: "According to Ruslan Martsinkiv, \"the project will be completed by the end of the year.\"", want: []string{"quote(speaker=Ruslan Martsinkiv) established"}},

	// Page furniture and irrelevant text.
	{text: "Read also:\nOn the budget of Kyiv for 2024\nOn twin cities", want: nil},
	{text: "Weather in Lviv: up to +25 degrees tomorrow.", want: nil},
	{text: "Ternopil and Zhytomyr will play in the cup final.", want: nil},
}
