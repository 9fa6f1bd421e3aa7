package main

import (
	"sort"
	"strings"

	"github.com/factum-nlp/factum/lexicon"
)

// countryTable is the curated country data: ISO code; Wikidata QID (only
// where sure, else empty: the ID becomes iso:XX); extra names in en, uk, ru
// and any (listed first, so the first one is the canonical short name;
// '|' separates names, flags as in .lex files); adjectives en, uk, ru
// (masculine nominative singular).
//
// code;QID;en;uk;ru;any;adj-en;adj-uk;adj-ru
const countryTable = `
MU;Q1027;Mauritius;Маврикій;Маврикий|Маврикия{x}|Маврикию{x}|Маврикием{x}|Маврикии{x};;Mauritian;маврикійський;маврикийский
AF;Q889;Afghanistan;Афганістан;Афганистан;;Afghan;афганський;афганский
AL;Q222;Albania;Албанія;Албания;;Albanian;албанський;албанский
DZ;Q262;Algeria;Алжир;Алжир;;Algerian;алжирський;алжирский
AD;Q228;Andorra;Андорра;Андорра;;Andorran;андоррський;андоррский
AO;Q916;Angola;Ангола;Ангола;;Angolan;ангольський;ангольский
AR;Q414;Argentina;Аргентина;Аргентина;;Argentine|Argentinian;аргентинський;аргентинский
AM;Q399;Armenia;Вірменія;Армения;;Armenian;вірменський;армянский
AU;Q408;Australia;Австралія;Австралия;;Australian;австралійський;австралийский
AT;Q40;Austria;Австрія;Австрия;;Austrian;австрійський;австрийский
AZ;Q227;Azerbaijan;Азербайджан;Азербайджан;;Azerbaijani;азербайджанський;азербайджанский
BH;Q398;Bahrain;Бахрейн;Бахрейн;;Bahraini;бахрейнський;бахрейнский
BD;Q902;Bangladesh;Бангладеш;Бангладеш;;Bangladeshi;бангладеський;бангладешский
BY;Q184;Belarus|Byelorussia;Білорусь{f}|Беларусь{f};Белоруссия|Беларусь{f};РБ;Belarusian;білоруський;белорусский
BE;Q31;Belgium;Бельгія;Бельгия;;Belgian;бельгійський;бельгийский
BJ;Q962;Benin;Бенін;Бенин;;Beninese;бенінський;бенинский
BO;Q750;Bolivia;Болівія;Боливия;;Bolivian;болівійський;боливийский
BA;Q225;Bosnia and Herzegovina|Bosnia;Боснія і Герцеговина|Боснія;Босния и Герцеговина|Босния;БіГ|БиГ;Bosnian;боснійський;боснийский
BW;Q963;Botswana;Ботсвана;Ботсвана;;Botswanan;ботсванський;ботсванский
BR;Q155;Brazil;Бразилія;Бразилия;;Brazilian;бразильський;бразильский
BG;Q219;Bulgaria;Болгарія;Болгария;;Bulgarian;болгарський;болгарский
KH;Q424;Cambodia;Камбоджа;Камбоджа;;Cambodian;камбоджійський;камбоджийский
CM;Q1009;Cameroon;Камерун;Камерун;;Cameroonian;камерунський;камерунский
CA;Q16;Canada;Канада;Канада;;Canadian;канадський;канадский
TD;Q657;Chad;Чад;Чад;;Chadian;чадський;чадский
CL;Q298;Chile;Чилі{x};Чили{x};;Chilean;чилійський;чилийский
CN;Q148;China|PRC|People's Republic of China;Китай|Китайська Народна Республіка;Китай|Китайская Народная Республика;КНР|PRC;Chinese;китайський;китайский
CO;Q739;Colombia;Колумбія;Колумбия;;Colombian;колумбійський;колумбийский
CG;Q971;Republic of the Congo;Республіка Конго{x};Республика Конго{x};;Congolese;конголезький;конголезский
CD;Q974;Democratic Republic of the Congo|DR Congo;Демократична Республіка Конго{x}|ДР Конго{x};Демократическая Республика Конго{x}|ДР Конго{x};ДРК;;;
CR;Q800;Costa Rica;Коста-Ріка;Коста-Рика;;Costa Rican;костариканський;костариканский
CI;Q1008;Ivory Coast|Côte d'Ivoire;Кот-д'Івуар{x};Кот-д'Ивуар{x};;Ivorian;івуарійський;ивуарийский
HR;Q224;Croatia;Хорватія;Хорватия;;Croatian;хорватський;хорватский
CU;Q241;Cuba;Куба;Куба;;Cuban;кубинський;кубинский
CY;Q229;Cyprus;Кіпр;Кипр;;Cypriot;кіпрський;кипрский
CZ;Q213;Czech Republic|Czechia;Чехія|Чеська Республіка;Чехия|Чешская Республика;;Czech;чеський;чешский
DK;Q35;Denmark;Данія;Дания;;Danish;данський;датский
DO;Q786;Dominican Republic;Домініканська Республіка|Домінікана;Доминиканская Республика|Доминикана;;Dominican;домініканський;доминиканский
EC;Q736;Ecuador;Еквадор;Эквадор;;Ecuadorian;еквадорський;эквадорский
EG;Q79;Egypt;Єгипет|Єгипту{x}|Єгиптом{x}|Єгипті{x};Египет|Египта{x}|Египту{x}|Египтом{x}|Египте{x};;Egyptian;єгипетський;египетский
SV;Q792;El Salvador;Сальвадор;Сальвадор;;Salvadoran;сальвадорський;сальвадорский
EE;Q191;Estonia;Естонія;Эстония;;Estonian;естонський;эстонский
ET;Q115;Ethiopia;Ефіопія;Эфиопия;;Ethiopian;ефіопський;эфиопский
FI;Q33;Finland;Фінляндія;Финляндия;;Finnish;фінський|фінляндський;финский|финляндский
FR;Q142;France;Франція;Франция;;French;французький;французский
GA;Q1000;Gabon;Габон;Габон;;Gabonese;габонський;габонский
GE;Q230;Georgia;Грузія|Сакартвело{x};Грузия;;Georgian;грузинський;грузинский
DE;Q183;Germany|Federal Republic of Germany;Німеччина|Федеративна Республіка Німеччина;Германия|Федеративная Республика Германия;ФРН|ФРГ|FRG;German;німецький;немецкий|германский
GH;Q117;Ghana;Гана;Гана;;Ghanaian;ганський;ганский
GR;Q41;Greece;Греція;Греция;;Greek;грецький;греческий
GT;Q774;Guatemala;Гватемала;Гватемала;;Guatemalan;гватемальський;гватемальский
GN;Q1006;Guinea;Гвінея;Гвинея;;Guinean;гвінейський;гвинейский
HT;Q790;Haiti;Гаїті{x};Гаити{x};;Haitian;гаїтянський;гаитянский
HN;Q783;Honduras;Гондурас;Гондурас;;Honduran;гондураський;гондурасский
HU;Q28;Hungary;Угорщина;Венгрия;;Hungarian;угорський;венгерский
IS;Q189;Iceland;Ісландія;Исландия;;Icelandic;ісландський;исландский
IN;Q668;India;Індія;Индия;;Indian;індійський;индийский
ID;Q252;Indonesia;Індонезія;Индонезия;;Indonesian;індонезійський;индонезийский
IR;Q794;Iran;Іран;Иран;;Iranian;іранський;иранский
IQ;Q796;Iraq;Ірак;Ирак;;Iraqi;іракський;иракский
IE;Q27;Ireland;Ірландія;Ирландия;;Irish;ірландський;ирландский
IL;Q801;Israel;Ізраїль{m};Израиль{m};;Israeli;ізраїльський;израильский
IT;Q38;Italy;Італія;Италия;;Italian;італійський;итальянский
JM;Q766;Jamaica;Ямайка;Ямайка;;Jamaican;ямайський;ямайский
JP;Q17;Japan;Японія;Япония;;Japanese;японський;японский
JO;Q810;Jordan;Йорданія;Иордания;;Jordanian;йорданський;иорданский
KZ;Q232;Kazakhstan;Казахстан;Казахстан;РК;Kazakh|Kazakhstani;казахський|казахстанський;казахский|казахстанский
KE;Q114;Kenya;Кенія;Кения;;Kenyan;кенійський;кенийский
KP;Q423;North Korea|DPRK;Північна Корея|КНДР{x};Северная Корея|КНДР{x};;North Korean;північнокорейський;северокорейский
KR;Q884;South Korea|Korea|Republic of Korea;Південна Корея|Корея|Республіка Корея;Южная Корея|Корея|Республика Корея;;South Korean|Korean;південнокорейський|корейський;южнокорейский|корейский
KW;Q817;Kuwait;Кувейт;Кувейт;;Kuwaiti;кувейтський;кувейтский
KG;Q813;Kyrgyzstan|Kirghizia;Киргизстан|Киргизія|Кирґизстан;Киргизия|Кыргызстан;;Kyrgyz;киргизький;киргизский
LA;Q819;Laos;Лаос;Лаос;;Lao|Laotian;лаоський;лаосский
LV;Q211;Latvia;Латвія;Латвия;;Latvian;латвійський;латвийский
LB;Q822;Lebanon;Ліван;Ливан;;Lebanese;ліванський;ливанский
LY;Q1016;Libya;Лівія;Ливия;;Libyan;лівійський;ливийский
LI;Q347;Liechtenstein;Ліхтенштейн;Лихтенштейн;;Liechtenstein;ліхтенштейнський;лихтенштейнский
LT;Q37;Lithuania;Литва;Литва;;Lithuanian;литовський;литовский
LU;Q32;Luxembourg;Люксембург;Люксембург;;Luxembourgish;люксембурзький;люксембургский
MG;Q1019;Madagascar;Мадагаскар;Мадагаскар;;Malagasy;мадагаскарський;мадагаскарский
MY;Q833;Malaysia;Малайзія;Малайзия;;Malaysian;малайзійський;малайзийский
ML;Q912;Mali;Малі{x};Мали{x};;Malian;малійський;малийский
MT;Q233;Malta;Мальта;Мальта;;Maltese;мальтійський;мальтийский
MX;Q96;Mexico;Мексика;Мексика;;Mexican;мексиканський;мексиканский
MD;Q217;Moldova|Moldavia;Молдова|Молдавія|Республіка Молдова;Молдова|Молдавия|Республика Молдова;;Moldovan;молдовський|молдавський;молдавский|молдовский
MC;Q235;Monaco;Монако{x};Монако{x};;Monegasque;монакський;монакский
MN;Q711;Mongolia;Монголія;Монголия;;Mongolian;монгольський;монгольский
ME;Q236;Montenegro;Чорногорія;Черногория;;Montenegrin;чорногорський;черногорский
MA;Q1028;Morocco;Марокко{x};Марокко{x};;Moroccan;марокканський;марокканский
MZ;Q1029;Mozambique;Мозамбік;Мозамбик;;Mozambican;мозамбіцький;мозамбикский
MM;Q836;Myanmar|Burma;М'янма|Бірма;Мьянма|Бирма;;Burmese;м'янманський;мьянманский
NA;Q1030;Namibia;Намібія;Намибия;;Namibian;намібійський;намибийский
NP;Q837;Nepal;Непал;Непал;;Nepali|Nepalese;непальський;непальский
NL;Q55;Netherlands|Holland;Нідерланди{pl}|Голландія;Нидерланды{pl}|Голландия;;Dutch;нідерландський|голландський;нидерландский|голландский
NZ;Q664;New Zealand;Нова Зеландія;Новая Зеландия;;New Zealand;новозеландський;новозеландский
NI;Q811;Nicaragua;Нікарагуа{x};Никарагуа{x};;Nicaraguan;нікарагуанський;никарагуанский
NE;Q1032;Niger;Нігер;Нигер;;Nigerien;нігерський;нигерский
NG;Q1033;Nigeria;Нігерія;Нигерия;;Nigerian;нігерійський;нигерийский
MK;Q221;North Macedonia|Macedonia;Північна Македонія|Македонія;Северная Македония|Македония;;Macedonian;македонський;македонский
NO;Q20;Norway;Норвегія;Норвегия;;Norwegian;норвезький;норвежский
OM;Q842;Oman;Оман;Оман;;Omani;оманський;оманский
PK;Q843;Pakistan;Пакистан;Пакистан;;Pakistani;пакистанський;пакистанский
PA;Q804;Panama;Панама;Панама;;Panamanian;панамський;панамский
PY;Q733;Paraguay;Парагвай;Парагвай;;Paraguayan;парагвайський;парагвайский
PE;Q419;Peru;Перу{x};Перу{x};;Peruvian;перуанський;перуанский
PH;Q928;Philippines;Філіппіни{pl};Филиппины{pl};;Philippine|Filipino;філіппінський;филиппинский
PL;Q36;Poland;Польща;Польша;;Polish;польський;польский
PT;Q45;Portugal;Португалія;Португалия;;Portuguese;португальський;португальский
QA;Q846;Qatar;Катар;Катар;;Qatari;катарський;катарский
RO;Q218;Romania;Румунія;Румыния;;Romanian;румунський;румынский
RU;Q159;Russia|Russian Federation;Росія|Російська Федерація;Россия|Российская Федерация;РФ;Russian;російський;российский|русский
RW;Q1037;Rwanda;Руанда;Руанда;;Rwandan;руандійський;руандийский
SA;Q851;Saudi Arabia;Саудівська Аравія;Саудовская Аравия;КСА;Saudi;саудівський;саудовский
SN;Q1041;Senegal;Сенегал;Сенегал;;Senegalese;сенегальський;сенегальский
RS;Q403;Serbia;Сербія;Сербия;;Serbian;сербський;сербский
SG;Q334;Singapore;Сінгапур;Сингапур;;Singaporean;сінгапурський;сингапурский
SK;Q214;Slovakia;Словаччина;Словакия;;Slovak;словацький;словацкий
SI;Q215;Slovenia;Словенія;Словения;;Slovenian|Slovene;словенський;словенский
SO;Q1045;Somalia;Сомалі{x};Сомали{x};;Somali;сомалійський;сомалийский
ZA;Q258;South Africa;Південна Африка|Південно-Африканська Республіка|ПАР{x};Южная Африка|Южно-Африканская Республика|ЮАР{x};;South African;південноафриканський;южноафриканский
SS;Q958;South Sudan;Південний Судан;Южный Судан;;South Sudanese;південносуданський;южносуданский
ES;Q29;Spain;Іспанія;Испания;;Spanish;іспанський;испанский
LK;Q854;Sri Lanka;Шрі-Ланка;Шри-Ланка;;Sri Lankan;шрі-ланкійський;шри-ланкийский
SD;Q1049;Sudan;Судан;Судан;;Sudanese;суданський;суданский
SE;Q34;Sweden;Швеція;Швеция;;Swedish;шведський;шведский
CH;Q39;Switzerland;Швейцарія;Швейцария;;Swiss;швейцарський;швейцарский
SY;Q858;Syria;Сирія;Сирия;;Syrian;сирійський;сирийский
TW;Q865;Taiwan;Тайвань{m};Тайвань{m};;Taiwanese;тайванський;тайваньский
TJ;Q863;Tajikistan;Таджикистан;Таджикистан;;Tajik;таджицький;таджикский
TZ;Q924;Tanzania;Танзанія;Танзания;;Tanzanian;танзанійський;танзанийский
TH;Q869;Thailand;Таїланд;Таиланд;;Thai;тайський|таїландський;тайский|таиландский
TN;Q948;Tunisia;Туніс;Тунис;;Tunisian;туніський;тунисский
TR;Q43;Turkey|Türkiye;Туреччина;Турция|Турецкая Республика;;Turkish;турецький;турецкий
TM;Q874;Turkmenistan;Туркменістан|Туркменія;Туркмения|Туркменистан;;Turkmen;туркменський;туркменский
UG;Q1036;Uganda;Уганда;Уганда;;Ugandan;угандійський;угандийский
UA;Q212;Ukraine;Україна;Украина;;Ukrainian;український;украинский
AE;Q878;United Arab Emirates|UAE;Об'єднані Арабські Емірати{pl}|ОАЕ{x};Объединённые Арабские Эмираты{pl}|Объединенные Арабские Эмираты{pl}|ОАЭ{x};;Emirati;еміратський;эмиратский
GB;Q145;United Kingdom|Britain|Great Britain|UK;Велика Британія|Великобританія|Британія|Сполучене Королівство;Великобритания|Британия|Соединённое Королевство|Соединенное Королевство;;British;британський;британский
US;Q30;United States|USA|US|U.S.|America|United States of America;США{x}|Сполучені Штати{pl}|Сполучені Штати Америки{pl}|Америка;США{x}|Соединённые Штаты{pl}|Соединенные Штаты{pl}|Соединённые Штаты Америки{pl}|Америка;;American;американський;американский
UY;Q77;Uruguay;Уругвай;Уругвай;;Uruguayan;уругвайський;уругвайский
UZ;Q265;Uzbekistan;Узбекистан;Узбекистан;;Uzbek;узбецький;узбекский
VA;Q237;Vatican City|Vatican|Holy See;Ватикан;Ватикан;;Vatican;ватиканський;ватиканский
VE;Q717;Venezuela;Венесуела;Венесуэла;;Venezuelan;венесуельський;венесуэльский
VN;Q881;Vietnam|Viet Nam;В'єтнам;Вьетнам;;Vietnamese;в'єтнамський;вьетнамский
YE;Q805;Yemen;Ємен;Йемен;;Yemeni;єменський;йеменский
ZM;Q953;Zambia;Замбія;Замбия;;Zambian;замбійський;замбийский
ZW;Q954;Zimbabwe;Зімбабве{x};Зимбабве{x};;Zimbabwean;зімбабвійський;зимбабвийский
PS;Q219060;Palestine|State of Palestine;Палестина;Палестина;;Palestinian;палестинський;палестинский
XK;Q1246;Kosovo;Косово{x};Косово{x};;Kosovar;косовський;косовский
HK;Q8646;Hong Kong;Гонконг;Гонконг;;;гонконзький;гонконгский
SM;Q238;San Marino;Сан-Марино{x};Сан-Марино{x};;Sammarinese;сан-маринський;сан-маринский
CV;Q1011;Cape Verde|Cabo Verde;Кабо-Верде{x};Кабо-Верде{x};;Cape Verdean;кабовердійський;кабовердианский
BT;Q917;Bhutan;Бутан;Бутан;;Bhutanese;бутанський;бутанский
BN;Q921;Brunei;Бруней;Бруней;;Bruneian;брунейський;брунейский
MV;Q826;Maldives;Мальдіви{pl};Мальдивы{pl};;Maldivian;мальдівський;мальдивский
FJ;Q712;Fiji;Фіджі{x};Фиджи{x};;Fijian;фіджійський;фиджийский
PR;Q1183;Puerto Rico;Пуерто-Рико{x};Пуэрто-Рико{x};;Puerto Rican;пуерториканський;пуэрториканский
GL;Q223;Greenland;Гренландія;Гренландия;;Greenlandic;гренландський;гренландский
CF;Q929;Central African Republic;Центральноафриканська Республіка|ЦАР{x};Центральноафриканская Республика|ЦАР{x};;Central African;центральноафриканський;центральноафриканский
ER;Q986;Eritrea;Еритрея;Эритрея;;Eritrean;еритрейський;эритрейский
BF;Q965;Burkina Faso;Буркіна-Фасо{x};Буркина-Фасо{x};;Burkinabe;буркінійський;буркинийский
MR;Q1025;Mauritania;Мавританія;Мавритания;;Mauritanian;мавританський;мавританский
LR;Q1014;Liberia;Ліберія;Либерия;;Liberian;ліберійський;либерийский
SL;Q1044;Sierra Leone;Сьєрра-Леоне{x};Сьерра-Леоне{x};;Sierra Leonean;сьєрра-леонський;сьерра-леонский
TG;Q945;Togo;Того{x};Того{x};;Togolese;тоголезький;тоголезский
`

type countryInfo struct {
	qid                 string
	en, uk, ru, any     string
	adjEn, adjUk, adjRu string
}

func parseCountryTable() map[string]countryInfo {
	m := map[string]countryInfo{}
	for _, line := range strings.Split(countryTable, "\n") {
		f := strings.Split(line, ";")
		if len(f) != 9 || len(f[0]) != 2 {
			continue
		}
		m[f[0]] = countryInfo{qid: f[1], en: f[2], uk: f[3], ru: f[4], any: f[5], adjEn: f[6], adjUk: f[7], adjRu: f[8]}
	}
	return m
}

// extraQIDs are QIDs of ISO 3166 entries outside the table (territories).
var extraQIDs = map[string]string{
	"FO": "Q4628", "MO": "Q14773", "BS": "Q778", "BB": "Q244", "BZ": "Q242", "BI": "Q967",
	"KM": "Q970", "DJ": "Q977", "DM": "Q784", "GQ": "Q983", "SZ": "Q1050", "GM": "Q1005",
	"GD": "Q769", "GW": "Q1007", "GY": "Q734", "KI": "Q710", "LS": "Q1013", "MW": "Q1020",
	"MH": "Q709", "MU": "Q1027", "FM": "Q702", "NR": "Q697", "PW": "Q695", "PG": "Q691",
	"KN": "Q763", "LC": "Q760", "VC": "Q757", "WS": "Q683", "ST": "Q1039", "SC": "Q1042",
	"SB": "Q685", "SR": "Q730", "TL": "Q574", "TO": "Q678", "TT": "Q754", "TV": "Q672",
	"VU": "Q686", "AG": "Q781",
}

func buildCountries(names map[string]map[string][]string, capitals map[string]string) []*out {
	table := parseCountryTable()
	var codes []string
	for code := range names["en"] {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	var res []*out
	for _, code := range codes {
		ci := table[code]
		id := ci.qid
		if id == "" {
			id = extraQIDs[code]
		}
		if id == "" {
			id = "iso:" + code
		}
		o := &out{id: id, typ: "country", attrs: map[string]string{}}
		for _, p := range []struct{ lang, curated string }{{"en", ci.en}, {"uk", ci.uk}, {"ru", ci.ru}, {"", ci.any}} {
			if p.curated != "" {
				for _, n := range strings.Split(p.curated, "|") {
					addFlagged(o, p.lang, n)
				}
			}
			if p.lang == "" {
				continue
			}
			for _, n := range names[p.lang][code] {
				// Skip the source's abbreviations in en (they are curated)
				// and names with commas ("Korea, Republic of").
				if strings.Contains(n, ",") || strings.Contains(n, "(") {
					continue
				}
				if p.lang == "en" && ci.en != "" && (n == strings.ToUpper(n)) {
					continue
				}
				o.add(p.lang, n)
			}
		}
		o.attrs["iso2"] = code
		if c := capitals[code]; c != "" {
			o.attrs["capital"] = c
		}
		if ci.adjEn != "" {
			o.attrs["adj-en"] = ci.adjEn
		}
		if ci.adjUk != "" {
			o.attrs["adj-uk"] = ci.adjUk
		}
		if ci.adjRu != "" {
			o.attrs["adj-ru"] = ci.adjRu
		}
		res = append(res, o)
	}
	return res
}

// addFlagged adds a curated name that may carry .lex flags.
func addFlagged(o *out, lang, s string) {
	es, err := lexicon.Parse("countries.go", []byte("x\tcountry\tany="+s))
	if err != nil || len(es) != 1 || len(es[0].Names) != 1 {
		panic("gen: bad curated country name " + s) // a bug in the table
	}
	n := es[0].Names[0]
	if p := o.add(lang, n.Text); p != nil {
		n.Lang = lang
		*p = n
	}
}
