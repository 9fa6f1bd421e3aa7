# cities-ua-towns.lex: Ukrainian towns below GeoNames' 15,000-people cutoff.
#
# cities.lex comes from GeoNames cities15000, so it lacks most of Ukraine's
# smaller cities (міста) and the urban-type settlements and villages that are
# raion centres or often in the news (hromadas, twin towns, resorts, front
# line). This file adds them, written by hand in the format of lexicon/doc.go.
#
# Source: our own curation of the official list of cities of Ukraine (and of
# well-known raion centres and settlements), names in the current official
# Ukrainian form after the renamings of 2016 and 2022-2024, the previous name
# kept as a variant; en= is the official Ukrainian transliteration (KMU 2010),
# ru= the usual Russian form. pop= is approximate (rounded, pre-2022); it
# keeps these towns below real cities when a name clashes. Facts only.
#
# How to add an entry: one line per town, ID town:ua:<en translit, lower
# case, hyphens for spaces> (a Wikidata QID or geonames:N when sure), type
# city, en= uk= ru= names, country=UA, admin1= the GeoNames key of the oblast
# (UA.01 Cherkasy, .02 Chernihiv, .03 Chernivtsi, .04 Dnipropetrovsk,
# .05 Donetsk, .06 Ivano-Frankivsk, .07 Kharkiv, .08 Kherson,
# .09 Khmelnytskyi, .10 Kirovohrad, .11 Crimea, .13 Kyiv oblast, .14 Luhansk,
# .15 Lviv, .16 Mykolaiv, .17 Odesa, .18 Poltava, .19 Rivne, .20 Sevastopol,
# .21 Sumy, .22 Ternopil, .23 Vinnytsia, .24 Volyn, .25 Zakarpattia,
# .26 Zaporizhzhia, .27 Zhytomyr), pop=. Mark {ctx} on a name that is also a
# common word, a first name or a surname (Мена, Турка, Українка, Щастя), {pl}
# on plural names, {m}/{f} on names in -ь, {x} on indeclinable ones. Do not
# add a town whose name is already a city in cities.lex (the bigger place
# would lose its name to ambiguity); fix such a town's name there through
# cities-curated.lex or, for Ukrainian towns, with a same-ID line below.
# Then run `cd lexicon && go run ./gen -forms` to refresh forms.bin.

# --- Towns of cities.lex under an outdated or misspelt name --------------
# Same IDs as in cities.lex: the entries merge, and since this file sorts
# before cities.lex, the current official name listed first is canonical.
geonames:704422	city	en=Pokrovsk|Krasnoarmiisk	uk=Покровськ|Красноармійськ	ru=Покровск|Красноармейск	country=UA
geonames:709354	city	en=Toretsk|Dzerzhynsk	uk=Торецьк|Дзержинськ	ru=Торецк|Дзержинск	country=UA
geonames:694382	city	en=Shakhtarsk	uk=Шахтарськ	ru=Шахтёрск|Шахтерск	country=UA
geonames:691374	city	en=Chystiakove|Torez	uk=Чистякове|Торез	ru=Чистяково|Торез	country=UA
geonames:709900	city	en=Dobropillia	uk=Добропілля{n}	ru=Доброполье{n}	country=UA
geonames:710229	city	en=Debaltseve	uk=Дебальцеве	ru=Дебальцево	country=UA
geonames:703646	city	en=Kurakhove	uk=Курахове	ru=Курахово	country=UA
geonames:692975	city	en=Kadiivka|Stakhanov	uk=Кадіївка|Стаханов	ru=Кадиевка|Стаханов	country=UA
geonames:704202	city	en=Khrustalnyi|Krasnyi Luch	uk=Хрустальний|Красний Луч	ru=Хрустальный|Красный Луч	country=UA
geonames:692105	city	en=Dovzhansk|Sverdlovsk	uk=Довжанськ|Свердловськ	ru=Довжанск|Свердловск	country=UA
geonames:705809	city	en=Holubivka|Kirovsk	uk=Голубівка|Кіровськ	ru=Голубовка|Кировск	country=UA
geonames:695379	city	en=Rovenky	uk=Ровеньки{pl}	ru=Ровеньки{pl}	country=UA
geonames:704403	city	en=Sorokyne|Krasnodon	uk=Сорокине|Краснодон	ru=Сорокино|Краснодон	country=UA
geonames:702563	city	en=Lutuhyne	uk=Лутугине	ru=Лутугино	country=UA
geonames:692832	city	en=Starobilsk	uk=Старобільськ	ru=Старобельск	country=UA
geonames:700829	city	en=Molodohvardiisk	uk=Молодогвардійськ	ru=Молодогвардейск	country=UA
geonames:710548	city	en=Voznesenivka|Chervonopartyzansk	uk=Вознесенівка|Червонопартизанськ	ru=Вознесеновка|Червонопартизанск	country=UA
geonames:686928	city	en=Zmiiv	uk=Зміїв	ru=Змиёв|Змиев	country=UA
geonames:706749	city	en=Karlivka	uk=Карлівка	ru=Карловка	country=UA
geonames:703464	city	en=Varash|Kuznetsovsk	uk=Вараш|Кузнецовськ	ru=Вараш|Кузнецовск	country=UA
geonames:699553	city	en=Zviahel|Novohrad-Volynskyi	uk=Звягель{m}|Новоград-Волинський	ru=Звягель{m}|Новоград-Волынский	country=UA
geonames:689378	city	en=Volodymyr-Volynskyi	uk=Володимир-Волинський	ru=Владимир-Волынский	country=UA
geonames:710554	city	en=Sheptytskyi|Chervonohrad	uk=Шептицький|Червоноград	ru=Шептицкий|Червоноград	country=UA
geonames:7525990	city	en=Pivdennoukrainsk|Yuzhnoukrainsk	uk=Південноукраїнськ|Южноукраїнськ	ru=Южноукраинск	country=UA
geonames:704000	city	en=Krolevets	uk=Кролевець	ru=Кролевец	country=UA
geonames:705730	city	en=Kivertsi	uk=Ківерці{pl}	ru=Киверцы{pl}	country=UA
geonames:707898	city	en=Huliaipole	uk=Гуляйполе{n}	ru=Гуляйполе{n}	country=UA
geonames:698770	city	en=Ochakiv	uk=Очаків	ru=Очаков	country=UA
geonames:698953	city	en=Novyi Buh	uk=Новий Буг	ru=Новый Буг	country=UA
geonames:687245	city	en=Zhashkiv	uk=Жашків	ru=Жашков	country=UA
geonames:699917	city	en=Nosivka	uk=Носівка	ru=Носовка	country=UA
geonames:708366	city	en=Horodyshche	uk=Городище{n,ctx}	ru=Городище{n,ctx}	country=UA
geonames:695965	city	en=Piatykhatky	uk=П'ятихатки{pl}	ru=Пятихатки{pl}	country=UA
geonames:700019	city	en=Nyzhnohirskyi	uk=Нижньогірський	ru=Нижнегорский	country=UA
# --- Cherkasy oblast ---------------------------------------------------------
town:ua:kamianka	city	en=Kamianka	uk=Кам'янка{ctx}	ru=Каменка{ctx}	country=UA	admin1=UA.01	pop=12000
town:ua:monastyryshche	city	en=Monastyryshche	uk=Монастирище{n}	ru=Монастырище{n}	country=UA	admin1=UA.01	pop=8500
town:ua:talne	city	en=Talne	uk=Тальне{n}	ru=Тальное{n}	country=UA	admin1=UA.01	pop=13000
town:ua:khrystynivka	city	en=Khrystynivka	uk=Христинівка	ru=Христиновка	country=UA	admin1=UA.01	pop=10500
town:ua:chyhyryn	city	en=Chyhyryn	uk=Чигирин	ru=Чигирин	country=UA	admin1=UA.01	pop=8700
town:ua:lysianka	city	en=Lysianka	uk=Лисянка	ru=Лысянка	country=UA	admin1=UA.01	pop=7800
town:ua:katerynopil	city	en=Katerynopil	uk=Катеринопіль{m}	ru=Катеринополь{m}	country=UA	admin1=UA.01	pop=5500
town:ua:drabiv	city	en=Drabiv	uk=Драбів	ru=Драбов{ctx}	country=UA	admin1=UA.01	pop=6500
town:ua:chornobai	city	en=Chornobai	uk=Чорнобай	ru=Чернобай	country=UA	admin1=UA.01	pop=7500
town:ua:mankivka	city	en=Mankivka	uk=Маньківка	ru=Маньковка	country=UA	admin1=UA.01	pop=7000
# --- Chernihiv oblast ----------------------------------------------------------
town:ua:baturyn	city	en=Baturyn	uk=Батурин{ctx}	ru=Батурин{ctx}	country=UA	admin1=UA.02	pop=2500
town:ua:bobrovytsia	city	en=Bobrovytsia	uk=Бобровиця	ru=Бобровица	country=UA	admin1=UA.02	pop=10500
town:ua:borzna	city	en=Borzna	uk=Борзна	ru=Борзна	country=UA	admin1=UA.02	pop=9500
town:ua:horodnia	city	en=Horodnia	uk=Городня	ru=Городня	country=UA	admin1=UA.02	pop=11500
town:ua:ichnia	city	en=Ichnia	uk=Ічня	ru=Ичня	country=UA	admin1=UA.02	pop=10500
town:ua:koriukivka	city	en=Koriukivka	uk=Корюківка	ru=Корюковка	country=UA	admin1=UA.02	pop=12500
town:ua:mena	city	en=Mena	uk=Мена{ctx}	ru=Мена{ctx}	country=UA	admin1=UA.02	pop=11000
town:ua:novhorod-siverskyi	city	en=Novhorod-Siverskyi	uk=Новгород-Сіверський	ru=Новгород-Северский	country=UA	admin1=UA.02	pop=13000
town:ua:oster	city	en=Oster	uk=Остер{ctx}	ru=Остёр{ctx}|Остер{ctx}	country=UA	admin1=UA.02	pop=5500
town:ua:semenivka	city	en=Semenivka	uk=Семенівка	ru=Семёновка|Семеновка	country=UA	admin1=UA.02	pop=8000
town:ua:snovsk	city	en=Snovsk	uk=Сновськ	ru=Сновск	country=UA	admin1=UA.02	pop=11000
town:ua:kozelets	city	en=Kozelets	uk=Козелець	ru=Козелец	country=UA	admin1=UA.02	pop=7500
town:ua:varva	city	en=Varva	uk=Варва	ru=Варва	country=UA	admin1=UA.02	pop=7000
town:ua:talalaivka	city	en=Talalaivka	uk=Талалаївка	ru=Талалаевка	country=UA	admin1=UA.02	pop=4500
town:ua:sosnytsia	city	en=Sosnytsia	uk=Сосниця	ru=Сосница	country=UA	admin1=UA.02	pop=7000
town:ua:kulykivka	city	en=Kulykivka	uk=Куликівка	ru=Куликовка	country=UA	admin1=UA.02	pop=5000
town:ua:sedniv	city	en=Sedniv	uk=Седнів	ru=Седнев{ctx}	country=UA	admin1=UA.02	pop=1200
# --- Chernivtsi oblast -------------------------------------------------------
town:ua:vyzhnytsia	city	en=Vyzhnytsia	uk=Вижниця	ru=Вижница	country=UA	admin1=UA.03	pop=4000
town:ua:kitsman	city	en=Kitsman	uk=Кіцмань{f}	ru=Кицмань{f}	country=UA	admin1=UA.03	pop=6500
town:ua:storozhynets	city	en=Storozhynets	uk=Сторожинець	ru=Сторожинец	country=UA	admin1=UA.03	pop=14000
town:ua:khotyn	city	en=Khotyn	uk=Хотин	ru=Хотин	country=UA	admin1=UA.03	pop=11000
town:ua:novodnistrovsk	city	en=Novodnistrovsk	uk=Новодністровськ	ru=Новоднестровск	country=UA	admin1=UA.03	pop=10500
town:ua:sokyriany	city	en=Sokyriany	uk=Сокиряни{pl}	ru=Сокиряны{pl}	country=UA	admin1=UA.03	pop=10500
town:ua:novoselytsia	city	en=Novoselytsia	uk=Новоселиця	ru=Новоселица	country=UA	admin1=UA.03	pop=7500
town:ua:zastavna	city	en=Zastavna	uk=Заставна	ru=Заставна	country=UA	admin1=UA.03	pop=7700
town:ua:hertsa	city	en=Hertsa	uk=Герца	ru=Герца	country=UA	admin1=UA.03	pop=2100
town:ua:vashkivtsi	city	en=Vashkivtsi	uk=Вашківці{pl}	ru=Вашковцы{pl}	country=UA	admin1=UA.03	pop=5500
town:ua:kelmentsi	city	en=Kelmentsi	uk=Кельменці{pl}	ru=Кельменцы{pl}	country=UA	admin1=UA.03	pop=6500
town:ua:putyla	city	en=Putyla	uk=Путила	ru=Путила	country=UA	admin1=UA.03	pop=3000
# --- Dnipropetrovsk oblast ---------------------------------------------------
town:ua:verkhnodniprovsk	city	en=Verkhnodniprovsk	uk=Верхньодніпровськ	ru=Верхнеднепровск	country=UA	admin1=UA.04	pop=15000
town:ua:vilnohirsk	city	en=Vilnohirsk	uk=Вільногірськ	ru=Вольногорск	country=UA	admin1=UA.04	pop=22000
town:ua:pokrov	city	en=Pokrov	uk=Покров{ctx}	ru=Покров{ctx}	country=UA	admin1=UA.04	pop=38000
town:ua:pershotravensk	city	en=Pershotravensk	uk=Першотравенськ	ru=Першотравенск	country=UA	admin1=UA.04	pop=27000
town:ua:ternivka	city	en=Ternivka	uk=Тернівка	ru=Терновка	country=UA	admin1=UA.04	pop=27000
town:ua:verkhivtseve	city	en=Verkhivtseve	uk=Верхівцеве	ru=Верховцево	country=UA	admin1=UA.04	pop=9500
town:ua:pereshchepyne	city	en=Pereshchepyne	uk=Перещепине	ru=Перещепино	country=UA	admin1=UA.04	pop=9500
town:ua:samar	city	en=Samar	uk=Самар{m}	ru=Самар{m}	country=UA	admin1=UA.04	pop=70000
town:ua:petrykivka	city	en=Petrykivka	uk=Петриківка	ru=Петриковка	country=UA	admin1=UA.04	pop=4700
town:ua:tsarychanka	city	en=Tsarychanka	uk=Царичанка	ru=Царичанка	country=UA	admin1=UA.04	pop=7000
town:ua:mahdalynivka	city	en=Mahdalynivka	uk=Магдалинівка	ru=Магдалиновка	country=UA	admin1=UA.04	pop=7000
town:ua:tomakivka	city	en=Tomakivka	uk=Томаківка	ru=Томаковка	country=UA	admin1=UA.04	pop=7000
town:ua:mezhova	city	en=Mezhova	uk=Межова	ru=Межевая	country=UA	admin1=UA.04	pop=7500
town:ua:vasylkivka	city	en=Vasylkivka	uk=Васильківка	ru=Васильковка	country=UA	admin1=UA.04	pop=13000
town:ua:yurivka	city	en=Yurivka	uk=Юр'ївка	ru=Юрьевка	country=UA	admin1=UA.04	pop=5000
town:ua:krynychky	city	en=Krynychky	uk=Кринички{pl}	ru=Кринички{pl}	country=UA	admin1=UA.04	pop=8000
town:ua:sofiivka	city	en=Sofiivka	uk=Софіївка	ru=Софиевка	country=UA	admin1=UA.04	pop=7000
# --- Donetsk oblast ----------------------------------------------------------
town:ua:myrnohrad	city	en=Myrnohrad|Dymytrov	uk=Мирноград|Димитров	ru=Мирноград|Димитров	country=UA	admin1=UA.05	pop=46000
town:ua:novohrodivka	city	en=Novohrodivka	uk=Новогродівка	ru=Новогродовка	country=UA	admin1=UA.05	pop=14000
town:ua:selydove	city	en=Selydove	uk=Селидове{n}	ru=Селидово{n}	country=UA	admin1=UA.05	pop=21000
town:ua:hirnyk	city	en=Hirnyk	uk=Гірник{ctx}	ru=Гирник{ctx}	country=UA	admin1=UA.05	pop=10500
town:ua:bilytske	city	en=Bilytske	uk=Білицьке{n}	ru=Белицкое{n}	country=UA	admin1=UA.05	pop=7500
town:ua:rodynske	city	en=Rodynske	uk=Родинське{n}	ru=Родинское{n}	country=UA	admin1=UA.05	pop=9500
town:ua:soledar	city	en=Soledar	uk=Соледар	ru=Соледар	country=UA	admin1=UA.05	pop=10500
town:ua:siversk	city	en=Siversk	uk=Сіверськ	ru=Сиверск	country=UA	admin1=UA.05	pop=11000
town:ua:sviatohirsk	city	en=Sviatohirsk	uk=Святогірськ	ru=Святогорск	country=UA	admin1=UA.05	pop=4200
town:ua:svitlodarsk	city	en=Svitlodarsk	uk=Світлодарськ	ru=Светлодарск	country=UA	admin1=UA.05	pop=11000
town:ua:vuhledar	city	en=Vuhledar	uk=Вугледар	ru=Угледар	country=UA	admin1=UA.05	pop=14500
town:ua:marinka	city	en=Marinka	uk=Мар'їнка	ru=Марьинка	country=UA	admin1=UA.05	pop=9000
town:ua:krasnohorivka	city	en=Krasnohorivka	uk=Красногорівка	ru=Красногоровка	country=UA	admin1=UA.05	pop=16000
town:ua:novoazovsk	city	en=Novoazovsk	uk=Новоазовськ	ru=Новоазовск	country=UA	admin1=UA.05	pop=11000
town:ua:mospyne	city	en=Mospyne	uk=Моспине{n}	ru=Моспино{n}	country=UA	admin1=UA.05	pop=10000
town:ua:zhdanivka	city	en=Zhdanivka	uk=Жданівка	ru=Ждановка	country=UA	admin1=UA.05	pop=11500
town:ua:vuhlehirsk	city	en=Vuhlehirsk	uk=Вуглегірськ	ru=Углегорск	country=UA	admin1=UA.05	pop=7500
town:ua:khrestivka	city	en=Khrestivka|Kirovske	uk=Хрестівка|Кіровське	ru=Крестовка|Кировское	country=UA	admin1=UA.05	pop=10000
town:ua:chasiv-yar	city	en=Chasiv Yar	uk=Часів Яр{m}	ru=Часов Яр{m}	country=UA	admin1=UA.05	pop=12000
town:ua:mykolaivka	city	en=Mykolaivka	uk=Миколаївка	ru=Николаевка	country=UA	admin1=UA.05	pop=14500
town:ua:velyka-novosilka	city	en=Velyka Novosilka	uk=Велика Новосілка	ru=Великая Новосёлка|Великая Новоселка	country=UA	admin1=UA.05	pop=5000
town:ua:starobesheve	city	en=Starobesheve	uk=Старобешеве{n}	ru=Старобешево{n}	country=UA	admin1=UA.05	pop=9500
town:ua:manhush	city	en=Manhush	uk=Мангуш	ru=Мангуш	country=UA	admin1=UA.05	pop=7500
town:ua:boikivske	city	en=Boikivske	uk=Бойківське{n}	ru=Бойковское{n}	country=UA	admin1=UA.05	pop=9000
# --- Ivano-Frankivsk oblast --------------------------------------------------
town:ua:burshtyn	city	en=Burshtyn	uk=Бурштин	ru=Бурштын	country=UA	admin1=UA.06	pop=15000
town:ua:tysmenytsia	city	en=Tysmenytsia	uk=Тисмениця	ru=Тысменица	country=UA	admin1=UA.06	pop=9000
town:ua:tlumach	city	en=Tlumach	uk=Тлумач	ru=Тлумач	country=UA	admin1=UA.06	pop=8500
town:ua:horodenka	city	en=Horodenka	uk=Городенка	ru=Городенка	country=UA	admin1=UA.06	pop=9000
town:ua:sniatyn	city	en=Sniatyn	uk=Снятин	ru=Снятын	country=UA	admin1=UA.06	pop=10000
town:ua:kosiv	city	en=Kosiv	uk=Косів	ru=Косов{ctx}	country=UA	admin1=UA.06	pop=8500
town:ua:yaremche	city	en=Yaremche	uk=Яремче{n,x}	ru=Яремче{n,x}	country=UA	admin1=UA.06	pop=8000
town:ua:bolekhiv	city	en=Bolekhiv	uk=Болехів	ru=Болехов{ctx}	country=UA	admin1=UA.06	pop=10500
town:ua:rohatyn	city	en=Rohatyn	uk=Рогатин	ru=Рогатин	country=UA	admin1=UA.06	pop=7800
town:ua:halych	city	en=Halych	uk=Галич	ru=Галич{ctx}	country=UA	admin1=UA.06	pop=5800
town:ua:bohorodchany	city	en=Bohorodchany	uk=Богородчани{pl}	ru=Богородчаны{pl}	country=UA	admin1=UA.06	pop=7000
town:ua:verkhovyna	city	en=Verkhovyna	uk=Верховина	ru=Верховина	country=UA	admin1=UA.06	pop=5600
town:ua:vorokhta	city	en=Vorokhta	uk=Ворохта	ru=Ворохта	country=UA	admin1=UA.06	pop=4000
town:ua:deliatyn	city	en=Deliatyn	uk=Делятин	ru=Делятин	country=UA	admin1=UA.06	pop=8500
town:ua:rozhniativ	city	en=Rozhniativ	uk=Рожнятів	ru=Рожнятов	country=UA	admin1=UA.06	pop=4000
town:ua:obertyn	city	en=Obertyn	uk=Обертин	ru=Обертин	country=UA	admin1=UA.06	pop=4000
town:ua:solotvyn	city	en=Solotvyn	uk=Солотвин	ru=Солотвин	country=UA	admin1=UA.06	pop=2500
town:ua:lanchyn	city	en=Lanchyn	uk=Ланчин	ru=Ланчин	country=UA	admin1=UA.06	pop=7000
town:ua:perehinske	city	en=Perehinske	uk=Перегінське{n}	ru=Перегинское{n}	country=UA	admin1=UA.06	pop=8000
# --- Kharkiv oblast ----------------------------------------------------------
town:ua:barvinkove	city	en=Barvinkove	uk=Барвінкове{n}	ru=Барвенково{n}	country=UA	admin1=UA.07	pop=8500
town:ua:valky	city	en=Valky	uk=Валки{pl,ctx}	ru=Валки{pl,ctx}	country=UA	admin1=UA.07	pop=8800
town:ua:pechenihy	city	en=Pechenihy	uk=Печеніги{pl,ctx}	ru=Печенеги{pl,ctx}	country=UA	admin1=UA.07	pop=5000
town:ua:velykyi-burluk	city	en=Velykyi Burluk	uk=Великий Бурлук	ru=Великий Бурлук	country=UA	admin1=UA.07	pop=4000
town:ua:shevchenkove	city	en=Shevchenkove	uk=Шевченкове{n}	ru=Шевченково{n}	country=UA	admin1=UA.07	pop=6500
town:ua:borova	city	en=Borova	uk=Борова	ru=Боровая	country=UA	admin1=UA.07	pop=5000
town:ua:blyzniuky	city	en=Blyzniuky	uk=Близнюки{pl,ctx}	ru=Близнюки{pl}	country=UA	admin1=UA.07	pop=3800
town:ua:sakhnovshchyna	city	en=Sakhnovshchyna	uk=Сахновщина	ru=Сахновщина	country=UA	admin1=UA.07	pop=7000
town:ua:kehychivka	city	en=Kehychivka	uk=Кегичівка	ru=Кегичёвка|Кегичевка	country=UA	admin1=UA.07	pop=5800
town:ua:nova-vodolaha	city	en=Nova Vodolaha	uk=Нова Водолага	ru=Новая Водолага	country=UA	admin1=UA.07	pop=12000
town:ua:kolomak	city	en=Kolomak	uk=Коломак	ru=Коломак	country=UA	admin1=UA.07	pop=2800
town:ua:staryi-saltiv	city	en=Staryi Saltiv	uk=Старий Салтів	ru=Старый Салтов	country=UA	admin1=UA.07	pop=3500
town:ua:kupiansk-vuzlovyi	city	en=Kupiansk-Vuzlovyi	uk=Куп'янськ-Вузловий	ru=Купянск-Узловой	country=UA	admin1=UA.07	pop=8000
# --- Kherson oblast ----------------------------------------------------------
town:ua:beryslav	city	en=Beryslav	uk=Берислав	ru=Берислав	country=UA	admin1=UA.08	pop=12000
town:ua:tavriisk	city	en=Tavriisk	uk=Таврійськ	ru=Таврийск	country=UA	admin1=UA.08	pop=10000
town:ua:bilozerka	city	en=Bilozerka	uk=Білозерка	ru=Белозёрка|Белозерка	country=UA	admin1=UA.08	pop=8500
town:ua:velyka-oleksandrivka	city	en=Velyka Oleksandrivka	uk=Велика Олександрівка	ru=Великая Александровка	country=UA	admin1=UA.08	pop=7000
town:ua:velyka-lepetykha	city	en=Velyka Lepetykha	uk=Велика Лепетиха	ru=Великая Лепетиха	country=UA	admin1=UA.08	pop=7500
town:ua:nyzhni-sirohozy	city	en=Nyzhni Sirohozy	uk=Нижні Сірогози{pl}	ru=Нижние Серогозы{pl}	country=UA	admin1=UA.08	pop=5000
town:ua:kalanchak	city	en=Kalanchak	uk=Каланчак	ru=Каланчак	country=UA	admin1=UA.08	pop=9000
town:ua:chaplynka	city	en=Chaplynka	uk=Чаплинка	ru=Чаплинка	country=UA	admin1=UA.08	pop=10000
town:ua:vysokopillia	city	en=Vysokopillia	uk=Високопілля{n}	ru=Высокополье{n}	country=UA	admin1=UA.08	pop=4000
town:ua:hornostaivka	city	en=Hornostaivka	uk=Горностаївка	ru=Горностаевка	country=UA	admin1=UA.08	pop=6500
town:ua:novovorontsovka	city	en=Novovorontsovka	uk=Нововоронцовка	ru=Нововоронцовка	country=UA	admin1=UA.08	pop=6500
town:ua:verkhnii-rohachyk	city	en=Verkhnii Rohachyk	uk=Верхній Рогачик	ru=Верхний Рогачик	country=UA	admin1=UA.08	pop=8500
town:ua:zaliznyi-port	city	en=Zaliznyi Port	uk=Залізний Порт	ru=Железный Порт	country=UA	admin1=UA.08	pop=2000
# --- Khmelnytskyi oblast -----------------------------------------------------
town:ua:volochysk	city	en=Volochysk	uk=Волочиськ	ru=Волочиск	country=UA	admin1=UA.09	pop=18000
town:ua:derazhnia	city	en=Derazhnia	uk=Деражня	ru=Деражня	country=UA	admin1=UA.09	pop=10000
town:ua:letychiv	city	en=Letychiv	uk=Летичів	ru=Летичев{ctx}	country=UA	admin1=UA.09	pop=10500
town:ua:yarmolyntsi	city	en=Yarmolyntsi	uk=Ярмолинці{pl}	ru=Ярмолинцы{pl}	country=UA	admin1=UA.09	pop=8500
town:ua:vinkivtsi	city	en=Vinkivtsi	uk=Віньківці{pl}	ru=Виньковцы{pl}	country=UA	admin1=UA.09	pop=6500
town:ua:chemerivtsi	city	en=Chemerivtsi	uk=Чемерівці{pl}	ru=Чемеровцы{pl}	country=UA	admin1=UA.09	pop=5500
town:ua:nova-ushytsia	city	en=Nova Ushytsia	uk=Нова Ушиця	ru=Новая Ушица	country=UA	admin1=UA.09	pop=4000
town:ua:stara-syniava	city	en=Stara Syniava	uk=Стара Синява	ru=Старая Синява	country=UA	admin1=UA.09	pop=5000
town:ua:teofipol	city	en=Teofipol	uk=Теофіполь{m}	ru=Теофиполь{m}	country=UA	admin1=UA.09	pop=6000
town:ua:bilohiria	city	en=Bilohiria	uk=Білогір'я{n}	ru=Белогорье{n}	country=UA	admin1=UA.09	pop=5000
town:ua:sataniv	city	en=Sataniv	uk=Сатанів	ru=Сатанов	country=UA	admin1=UA.09	pop=2500
town:ua:medzhybizh	city	en=Medzhybizh	uk=Меджибіж	ru=Меджибож	country=UA	admin1=UA.09	pop=1700
# --- Kirovohrad oblast -------------------------------------------------------
town:ua:bobrynets	city	en=Bobrynets	uk=Бобринець	ru=Бобринец	country=UA	admin1=UA.10	pop=10500
town:ua:mala-vyska	city	en=Mala Vyska	uk=Мала Виска	ru=Малая Виска	country=UA	admin1=UA.10	pop=10500
town:ua:novomyrhorod	city	en=Novomyrhorod	uk=Новомиргород	ru=Новомиргород	country=UA	admin1=UA.10	pop=11000
town:ua:kompaniivka	city	en=Kompaniivka	uk=Компаніївка	ru=Компанеевка	country=UA	admin1=UA.10	pop=5000
town:ua:novoarkhanhelsk	city	en=Novoarkhanhelsk	uk=Новоархангельськ	ru=Новоархангельск	country=UA	admin1=UA.10	pop=4700
town:ua:novhorodka	city	en=Novhorodka	uk=Новгородка	ru=Новгородка	country=UA	admin1=UA.10	pop=5500
town:ua:holovanivsk	city	en=Holovanivsk	uk=Голованівськ	ru=Голованевск	country=UA	admin1=UA.10	pop=6000
town:ua:dobrovelychkivka	city	en=Dobrovelychkivka	uk=Добровеличківка	ru=Добровеличковка	country=UA	admin1=UA.10	pop=7000
town:ua:ustynivka	city	en=Ustynivka	uk=Устинівка	ru=Устиновка	country=UA	admin1=UA.10	pop=4000
town:ua:onufriivka	city	en=Onufriivka	uk=Онуфріївка	ru=Онуфриевка	country=UA	admin1=UA.10	pop=4700
town:ua:vilshanka	city	en=Vilshanka	uk=Вільшанка	ru=Ольшанка	country=UA	admin1=UA.10	pop=5000
# --- Crimea ------------------------------------------------------------------
town:ua:staryi-krym	city	en=Staryi Krym	uk=Старий Крим	ru=Старый Крым	country=UA	admin1=UA.11	pop=9500
town:ua:sudak	city	en=Sudak	uk=Судак{ctx}	ru=Судак{ctx}	country=UA	admin1=UA.11	pop=16000
town:ua:shcholkine	city	en=Shcholkine	uk=Щолкіне{n}	ru=Щёлкино{n}|Щелкино{n}	country=UA	admin1=UA.11	pop=11000
town:ua:alupka	city	en=Alupka	uk=Алупка	ru=Алупка	country=UA	admin1=UA.11	pop=8000
town:ua:hurzuf	city	en=Hurzuf	uk=Гурзуф	ru=Гурзуф	country=UA	admin1=UA.11	pop=9000
town:ua:koktebel	city	en=Koktebel	uk=Коктебель{m}	ru=Коктебель{m}	country=UA	admin1=UA.11	pop=2500
town:ua:simeiz	city	en=Simeiz	uk=Сімеїз	ru=Симеиз	country=UA	admin1=UA.11	pop=3500
town:ua:foros	city	en=Foros	uk=Форос	ru=Форос	country=UA	admin1=UA.11	pop=2200
town:ua:partenit	city	en=Partenit	uk=Партеніт	ru=Партенит	country=UA	admin1=UA.11	pop=6000
town:ua:masandra	city	en=Masandra	uk=Масандра	ru=Массандра	country=UA	admin1=UA.11	pop=7000
town:ua:haspra	city	en=Haspra	uk=Гаспра	ru=Гаспра	country=UA	admin1=UA.11	pop=11000
# --- Kyiv oblast -------------------------------------------------------------
town:ua:berezan	city	en=Berezan	uk=Березань{f}	ru=Березань{f}	country=UA	admin1=UA.13	pop=16000
town:ua:kaharlyk	city	en=Kaharlyk	uk=Кагарлик	ru=Кагарлык	country=UA	admin1=UA.13	pop=13000
town:ua:myronivka	city	en=Myronivka	uk=Миронівка	ru=Мироновка	country=UA	admin1=UA.13	pop=11000
town:ua:tarashcha	city	en=Tarashcha	uk=Тараща	ru=Тараща	country=UA	admin1=UA.13	pop=10000
town:ua:tetiiv	city	en=Tetiiv	uk=Тетіїв	ru=Тетиев{ctx}	country=UA	admin1=UA.13	pop=13000
town:ua:ukrainka	city	en=Ukrainka	uk=Українка{ctx}	ru=Украинка{ctx}	country=UA	admin1=UA.13	pop=14000
town:ua:uzyn	city	en=Uzyn	uk=Узин	ru=Узин	country=UA	admin1=UA.13	pop=11500
town:ua:rzhyshchiv	city	en=Rzhyshchiv	uk=Ржищів	ru=Ржищев{ctx}	country=UA	admin1=UA.13	pop=7000
town:ua:chornobyl	city	en=Chornobyl	uk=Чорнобиль{m}	ru=Чернобыль{m}	country=UA	admin1=UA.13	pop=500
town:ua:prypiat	city	en=Prypiat	uk=Прип'ять{f}	ru=Припять{f}	country=UA	admin1=UA.13
town:ua:borodianka	city	en=Borodianka	uk=Бородянка	ru=Бородянка	country=UA	admin1=UA.13	pop=13000
town:ua:makariv	city	en=Makariv	uk=Макарів{ctx}	ru=Макаров{ctx}	country=UA	admin1=UA.13	pop=10000
town:ua:ivankiv	city	en=Ivankiv	uk=Іванків{ctx}	ru=Иванков{ctx}	country=UA	admin1=UA.13	pop=10500
town:ua:hostomel	city	en=Hostomel	uk=Гостомель{m}	ru=Гостомель{m}	country=UA	admin1=UA.13	pop=17000
town:ua:vorzel	city	en=Vorzel	uk=Ворзель{m}	ru=Ворзель{m}	country=UA	admin1=UA.13	pop=6500
town:ua:baryshivka	city	en=Baryshivka	uk=Баришівка	ru=Барышевка	country=UA	admin1=UA.13	pop=10500
town:ua:zghurivka	city	en=Zghurivka	uk=Згурівка	ru=Згуровка	country=UA	admin1=UA.13	pop=5500
town:ua:volodarka	city	en=Volodarka	uk=Володарка	ru=Володарка	country=UA	admin1=UA.13	pop=6500
town:ua:stavyshche	city	en=Stavyshche	uk=Ставище{n}	ru=Ставище{n}	country=UA	admin1=UA.13	pop=5500
town:ua:hlevakha	city	en=Hlevakha	uk=Глеваха	ru=Глеваха	country=UA	admin1=UA.13	pop=10000
town:ua:kozyn	city	en=Kozyn	uk=Козин{ctx}	ru=Козин{ctx}	country=UA	admin1=UA.13	pop=2500
town:ua:petropavlivska-borshchahivka	city	en=Petropavlivska Borshchahivka	uk=Петропавлівська Борщагівка	ru=Петропавловская Борщаговка	country=UA	admin1=UA.13	pop=10000
town:ua:sofiivska-borshchahivka	city	en=Sofiivska Borshchahivka	uk=Софіївська Борщагівка	ru=Софиевская Борщаговка	country=UA	admin1=UA.13	pop=11000
town:ua:kriukivshchyna	city	en=Kriukivshchyna	uk=Крюківщина	ru=Крюковщина	country=UA	admin1=UA.13	pop=5000
town:ua:hatne	city	en=Hatne	uk=Гатне{n}	ru=Гатное{n}	country=UA	admin1=UA.13	pop=5000
town:ua:nemishaieve	city	en=Nemishaieve	uk=Немішаєве{n}	ru=Немешаево{n}	country=UA	admin1=UA.13	pop=7000
town:ua:klavdiievo-tarasove	city	en=Klavdiievo-Tarasove	uk=Клавдієво-Тарасове{n}	ru=Клавдиево-Тарасово{n}	country=UA	admin1=UA.13	pop=8000
town:ua:vyta-poshtova	city	en=Vyta-Poshtova	uk=Вита-Поштова	ru=Вита-Почтовая	country=UA	admin1=UA.13	pop=3000
town:ua:khodosivka	city	en=Khodosivka	uk=Ходосівка	ru=Ходосовка	country=UA	admin1=UA.13	pop=3000
# --- Luhansk oblast ----------------------------------------------------------
town:ua:pryvillia	city	en=Pryvillia	uk=Привілля{n,ctx}	ru=Приволье{n,ctx}	country=UA	admin1=UA.14	pop=7000
town:ua:shchastia	city	en=Shchastia	uk=Щастя{n,ctx}	ru=Счастье{n,ctx}	country=UA	admin1=UA.14	pop=12000
town:ua:novodruzhesk	city	en=Novodruzhesk	uk=Новодружеськ	ru=Новодружеск	country=UA	admin1=UA.14	pop=7000
town:ua:zymohiria	city	en=Zymohiria	uk=Зимогір'я{n}	ru=Зимогорье{n}	country=UA	admin1=UA.14	pop=11000
town:ua:petrovo-krasnosillia	city	en=Petrovo-Krasnosillia	uk=Петрово-Красносілля{n}	ru=Петрово-Красноселье{n}	country=UA	admin1=UA.14	pop=8000
town:ua:miusynsk	city	en=Miusynsk	uk=Міусинськ	ru=Миусинск	country=UA	admin1=UA.14	pop=3500
town:ua:vakhrusheve	city	en=Vakhrusheve	uk=Вахрушеве{n}	ru=Вахрушево{n}	country=UA	admin1=UA.14	pop=11000
town:ua:bokovo-khrustalne	city	en=Bokovo-Khrustalne	uk=Боково-Хрустальне{n}	ru=Боково-Хрустальное{n}	country=UA	admin1=UA.14	pop=7000
town:ua:sukhodilsk	city	en=Sukhodilsk	uk=Суходільськ	ru=Суходольск	country=UA	admin1=UA.14	pop=19000
town:ua:irmino	city	en=Irmino	uk=Ірміно{n,x}	ru=Ирмино{n,x}	country=UA	admin1=UA.14	pop=8500
town:ua:kypuche	city	en=Kypuche	uk=Кипуче{n}	ru=Кипучее{n}	country=UA	admin1=UA.14	pop=7000
town:ua:stanytsia-luhanska	city	en=Stanytsia Luhanska	uk=Станиця Луганська	ru=Станица Луганская	country=UA	admin1=UA.14	pop=13000
town:ua:novoaidar	city	en=Novoaidar	uk=Новоайдар	ru=Новоайдар	country=UA	admin1=UA.14	pop=8500
town:ua:markivka	city	en=Markivka	uk=Марківка	ru=Марковка	country=UA	admin1=UA.14	pop=6500
town:ua:bilovodsk	city	en=Bilovodsk	uk=Біловодськ	ru=Беловодск	country=UA	admin1=UA.14	pop=7500
town:ua:milove	city	en=Milove	uk=Мілове{n}	ru=Меловое{n}	country=UA	admin1=UA.14	pop=5500
town:ua:novopskov	city	en=Novopskov	uk=Новопсков	ru=Новопсков	country=UA	admin1=UA.14	pop=9000
town:ua:bilokurakyne	city	en=Bilokurakyne	uk=Білокуракине{n}	ru=Белокуракино{n}	country=UA	admin1=UA.14	pop=6500
town:ua:slovianoserbsk	city	en=Slovianoserbsk	uk=Слов'яносербськ	ru=Славяносербск	country=UA	admin1=UA.14	pop=6500
# --- Lviv oblast -------------------------------------------------------------
town:ua:belz	city	en=Belz	uk=Белз	ru=Белз	country=UA	admin1=UA.15	pop=2200
town:ua:bibrka	city	en=Bibrka	uk=Бібрка	ru=Бобрка	country=UA	admin1=UA.15	pop=4000
town:ua:busk	city	en=Busk	uk=Буськ	ru=Буск	country=UA	admin1=UA.15	pop=8500
town:ua:velyki-mosty	city	en=Velyki Mosty	uk=Великі Мости{pl}	ru=Великие Мосты{pl}	country=UA	admin1=UA.15	pop=6000
town:ua:vynnyky	city	en=Vynnyky	uk=Винники{pl}	ru=Винники{pl}	country=UA	admin1=UA.15	pop=18000
town:ua:hlyniany	city	en=Hlyniany	uk=Глиняни{pl}	ru=Глиняны{pl}	country=UA	admin1=UA.15	pop=3200
town:ua:hirnyk-lviv	city	en=Hirnyk	uk=Гірник{ctx}	ru=Гирник{ctx}	country=UA	admin1=UA.15	pop=6500	note=same name as a town in Donetsk oblast
town:ua:dobromyl	city	en=Dobromyl	uk=Добромиль{m}	ru=Добромиль{m}	country=UA	admin1=UA.15	pop=4300
town:ua:dubliany	city	en=Dubliany	uk=Дубляни{pl}	ru=Дубляны{pl}	country=UA	admin1=UA.15	pop=10000
town:ua:zhydachiv	city	en=Zhydachiv	uk=Жидачів	ru=Жидачов{ctx}	country=UA	admin1=UA.15	pop=11000
town:ua:zhovkva	city	en=Zhovkva	uk=Жовква{ctx}	ru=Жолква{ctx}|Жовква{ctx}	country=UA	admin1=UA.15	pop=13500
town:ua:kamianka-buzka	city	en=Kamianka-Buzka	uk=Кам'янка-Бузька	ru=Каменка-Бугская	country=UA	admin1=UA.15	pop=11000
town:ua:komarno	city	en=Komarno	uk=Комарно{n,x}	ru=Комарно{n,x}	country=UA	admin1=UA.15	pop=3800
town:ua:morshyn	city	en=Morshyn	uk=Моршин	ru=Моршин	country=UA	admin1=UA.15	pop=6000
town:ua:mostyska	city	en=Mostyska	uk=Мостиська{pl}	ru=Мостиска{pl}	country=UA	admin1=UA.15	pop=9000
town:ua:novyi-kalyniv	city	en=Novyi Kalyniv	uk=Новий Калинів	ru=Новый Калинов	country=UA	admin1=UA.15	pop=6000
town:ua:novyi-rozdil	city	en=Novyi Rozdil	uk=Новий Розділ{m}	ru=Новый Раздол{m}	country=UA	admin1=UA.15	pop=28000
town:ua:novoiavorivsk	city	en=Novoiavorivsk	uk=Новояворівськ	ru=Новояворовск	country=UA	admin1=UA.15	pop=31000
town:ua:peremyshliany	city	en=Peremyshliany	uk=Перемишляни{pl}	ru=Перемышляны{pl}	country=UA	admin1=UA.15	pop=6700
town:ua:pustomyty	city	en=Pustomyty	uk=Пустомити{pl}	ru=Пустомыты{pl}	country=UA	admin1=UA.15	pop=9500
town:ua:rava-ruska	city	en=Rava-Ruska	uk=Рава-Руська	ru=Рава-Русская	country=UA	admin1=UA.15	pop=8500
town:ua:radekhiv	city	en=Radekhiv	uk=Радехів	ru=Радехов{ctx}	country=UA	admin1=UA.15	pop=9500
town:ua:rudky	city	en=Rudky	uk=Рудки{pl,ctx}	ru=Рудки{pl,ctx}	country=UA	admin1=UA.15	pop=5000
town:ua:staryi-sambir	city	en=Staryi Sambir	uk=Старий Самбір	ru=Старый Самбор	country=UA	admin1=UA.15	pop=7000
town:ua:sudova-vyshnia	city	en=Sudova Vyshnia	uk=Судова Вишня	ru=Судовая Вишня	country=UA	admin1=UA.15	pop=6500
town:ua:skole	city	en=Skole	uk=Сколе{n,x}	ru=Сколе{n,x}	country=UA	admin1=UA.15	pop=6000
town:ua:sosnivka	city	en=Sosnivka	uk=Соснівка	ru=Сосновка	country=UA	admin1=UA.15	pop=11000
town:ua:uhniv	city	en=Uhniv	uk=Угнів	ru=Угнев	country=UA	admin1=UA.15	pop=1000
town:ua:khyriv	city	en=Khyriv	uk=Хирів	ru=Хыров	country=UA	admin1=UA.15	pop=4000
town:ua:khodoriv	city	en=Khodoriv	uk=Ходорів	ru=Ходоров{ctx}	country=UA	admin1=UA.15	pop=9500
town:ua:yavoriv	city	en=Yavoriv	uk=Яворів	ru=Яворов{ctx}	country=UA	admin1=UA.15	pop=13000
town:ua:turka	city	en=Turka	uk=Турка{ctx}	ru=Турка{ctx}	country=UA	admin1=UA.15	pop=7000
town:ua:olesko	city	en=Olesko	uk=Олесько{n}	ru=Олеско{n}	country=UA	admin1=UA.15	pop=1500
# --- Mykolaiv oblast ---------------------------------------------------------
town:ua:bashtanka	city	en=Bashtanka	uk=Баштанка	ru=Баштанка	country=UA	admin1=UA.16	pop=12500
town:ua:snihurivka	city	en=Snihurivka	uk=Снігурівка	ru=Снигирёвка|Снигиревка	country=UA	admin1=UA.16	pop=12500
town:ua:nova-odesa	city	en=Nova Odesa	uk=Нова Одеса	ru=Новая Одесса	country=UA	admin1=UA.16	pop=11500
town:ua:vradiivka	city	en=Vradiivka	uk=Врадіївка	ru=Врадиевка	country=UA	admin1=UA.16	pop=8500
town:ua:berezanka	city	en=Berezanka	uk=Березанка	ru=Березанка	country=UA	admin1=UA.16	pop=6500
town:ua:bereznehuvate	city	en=Bereznehuvate	uk=Березнегувате{n}	ru=Березнеговатое{n}	country=UA	admin1=UA.16	pop=5000
town:ua:domanivka	city	en=Domanivka	uk=Доманівка	ru=Доманёвка|Доманевка	country=UA	admin1=UA.16	pop=6000
town:ua:yelanets	city	en=Yelanets	uk=Єланець	ru=Еланец	country=UA	admin1=UA.16	pop=5000
town:ua:kazanka	city	en=Kazanka	uk=Казанка	ru=Казанка	country=UA	admin1=UA.16	pop=6500
town:ua:kryveozero	city	en=Kryveozero	uk=Кривеозеро{n}	ru=Кривое Озеро{n}	country=UA	admin1=UA.16	pop=7500
town:ua:arbuzynka	city	en=Arbuzynka	uk=Арбузинка	ru=Арбузинка	country=UA	admin1=UA.16	pop=6500
town:ua:veselynove	city	en=Veselynove	uk=Веселинове{n}	ru=Веселиново{n}	country=UA	admin1=UA.16	pop=5500
town:ua:kobleve	city	en=Kobleve	uk=Коблеве{n}	ru=Коблево{n}	country=UA	admin1=UA.16	pop=1500
# --- Odesa oblast ------------------------------------------------------------
town:ua:ananiv	city	en=Ananiv	uk=Ананьїв	ru=Ананьев{ctx}	country=UA	admin1=UA.17	pop=8000
town:ua:berezivka	city	en=Berezivka	uk=Березівка	ru=Березовка	country=UA	admin1=UA.17	pop=9500
town:ua:biliaivka	city	en=Biliaivka	uk=Біляївка	ru=Беляевка	country=UA	admin1=UA.17	pop=12000
town:ua:vylkove	city	en=Vylkove	uk=Вилкове{n}	ru=Вилково{n}	country=UA	admin1=UA.17	pop=7500
town:ua:kodyma	city	en=Kodyma	uk=Кодима	ru=Кодыма	country=UA	admin1=UA.17	pop=9000
town:ua:tatarbunary	city	en=Tatarbunary	uk=Татарбунари{pl}	ru=Татарбунары{pl}	country=UA	admin1=UA.17	pop=10500
town:ua:teplodar	city	en=Teplodar	uk=Теплодар	ru=Теплодар	country=UA	admin1=UA.17	pop=10500
town:ua:savran	city	en=Savran	uk=Саврань{f}	ru=Саврань{f}	country=UA	admin1=UA.17	pop=5000
town:ua:liubashivka	city	en=Liubashivka	uk=Любашівка	ru=Любашёвка|Любашевка	country=UA	admin1=UA.17	pop=10500
town:ua:okny	city	en=Okny	uk=Окни{pl}	ru=Окны{pl}	country=UA	admin1=UA.17	pop=5000
town:ua:sarata	city	en=Sarata	uk=Сарата	ru=Сарата	country=UA	admin1=UA.17	pop=4500
town:ua:tarutyne	city	en=Tarutyne	uk=Тарутине{n}	ru=Тарутино{n}	country=UA	admin1=UA.17	pop=5000
town:ua:ovidiopol	city	en=Ovidiopol	uk=Овідіополь{m}	ru=Овидиополь{m}	country=UA	admin1=UA.17	pop=11000
town:ua:zatoka	city	en=Zatoka	uk=Затока{ctx}	ru=Затока{ctx}	country=UA	admin1=UA.17	pop=2000
town:ua:shyriaieve	city	en=Shyriaieve	uk=Ширяєве{n}	ru=Ширяево{n}	country=UA	admin1=UA.17	pop=6500
town:ua:velyka-mykhailivka	city	en=Velyka Mykhailivka	uk=Велика Михайлівка	ru=Великая Михайловка	country=UA	admin1=UA.17	pop=4500
town:ua:zakharivka	city	en=Zakharivka	uk=Захарівка	ru=Захаровка	country=UA	admin1=UA.17	pop=5000
# --- Poltava oblast ----------------------------------------------------------
town:ua:hlobyne	city	en=Hlobyne	uk=Глобине{n}	ru=Глобино{n}	country=UA	admin1=UA.18	pop=12000
town:ua:hrebinka	city	en=Hrebinka	uk=Гребінка{ctx}	ru=Гребёнка{ctx}|Гребенка{ctx}	country=UA	admin1=UA.18	pop=11500
town:ua:zinkiv	city	en=Zinkiv	uk=Зіньків	ru=Зеньков{ctx}	country=UA	admin1=UA.18	pop=9500
town:ua:kobeliaky	city	en=Kobeliaky	uk=Кобеляки{pl}	ru=Кобеляки{pl}	country=UA	admin1=UA.18	pop=10000
town:ua:lokhvytsia	city	en=Lokhvytsia	uk=Лохвиця	ru=Лохвица	country=UA	admin1=UA.18	pop=11500
town:ua:khorol	city	en=Khorol	uk=Хорол	ru=Хорол	country=UA	admin1=UA.18	pop=13000
town:ua:reshetylivka	city	en=Reshetylivka	uk=Решетилівка	ru=Решетиловка	country=UA	admin1=UA.18	pop=9000
town:ua:dykanka	city	en=Dykanka	uk=Диканька	ru=Диканька	country=UA	admin1=UA.18	pop=7500
town:ua:kotelva	city	en=Kotelva	uk=Котельва	ru=Котельва	country=UA	admin1=UA.18	pop=5000
town:ua:opishnia	city	en=Opishnia	uk=Опішня	ru=Опошня	country=UA	admin1=UA.18	pop=5000
town:ua:mashivka	city	en=Mashivka	uk=Машівка	ru=Машевка	country=UA	admin1=UA.18	pop=5000
town:ua:novi-sanzhary	city	en=Novi Sanzhary	uk=Нові Санжари{pl}	ru=Новые Санжары{pl}	country=UA	admin1=UA.18	pop=8000
town:ua:chornukhy	city	en=Chornukhy	uk=Чорнухи{pl}	ru=Чернухи{pl}	country=UA	admin1=UA.18	pop=2500
town:ua:shyshaky	city	en=Shyshaky	uk=Шишаки{pl}	ru=Шишаки{pl}	country=UA	admin1=UA.18	pop=4000
town:ua:kozelshchyna	city	en=Kozelshchyna	uk=Козельщина	ru=Козельщина	country=UA	admin1=UA.18	pop=5000
town:ua:orzhytsia	city	en=Orzhytsia	uk=Оржиця	ru=Оржица	country=UA	admin1=UA.18	pop=4500
town:ua:velyka-bahachka	city	en=Velyka Bahachka	uk=Велика Багачка	ru=Великая Багачка	country=UA	admin1=UA.18	pop=4500
town:ua:velyki-sorochyntsi	city	en=Velyki Sorochyntsi	uk=Великі Сорочинці{pl}	ru=Великие Сорочинцы{pl}	country=UA	admin1=UA.18	pop=4000
# --- Rivne oblast ------------------------------------------------------------
town:ua:kostopil	city	en=Kostopil	uk=Костопіль{m}	ru=Костополь{m}	country=UA	admin1=UA.19	pop=30000
town:ua:berezne	city	en=Berezne	uk=Березне{n}	ru=Березно{n}	country=UA	admin1=UA.19	pop=13000
town:ua:ostroh	city	en=Ostroh	uk=Острог	ru=Острог	country=UA	admin1=UA.19	pop=15000
town:ua:radyvyliv	city	en=Radyvyliv	uk=Радивилів	ru=Радивилов	country=UA	admin1=UA.19	pop=10000
town:ua:korets	city	en=Korets	uk=Корець	ru=Корец	country=UA	admin1=UA.19	pop=7000
town:ua:dubrovytsia	city	en=Dubrovytsia	uk=Дубровиця	ru=Дубровица	country=UA	admin1=UA.19	pop=9000
town:ua:rokytne	city	en=Rokytne	uk=Рокитне{n}	ru=Рокитное{n}	country=UA	admin1=UA.19	pop=9000
town:ua:volodymyrets	city	en=Volodymyrets	uk=Володимирець	ru=Владимирец	country=UA	admin1=UA.19	pop=9000
town:ua:mlyniv	city	en=Mlyniv	uk=Млинів	ru=Млинов{ctx}	country=UA	admin1=UA.19	pop=8000
town:ua:demydivka	city	en=Demydivka	uk=Демидівка	ru=Демидовка	country=UA	admin1=UA.19	pop=3000
town:ua:hoshcha	city	en=Hoshcha	uk=Гоща	ru=Гоща	country=UA	admin1=UA.19	pop=5500
# --- Sumy oblast -------------------------------------------------------------
town:ua:buryn	city	en=Buryn	uk=Буринь{f}	ru=Бурынь{f}	country=UA	admin1=UA.21	pop=8000
town:ua:vorozhba	city	en=Vorozhba	uk=Ворожба{ctx}	ru=Ворожба{ctx}	country=UA	admin1=UA.21	pop=8000
town:ua:seredyna-buda	city	en=Seredyna-Buda	uk=Середина-Буда	ru=Середина-Буда	country=UA	admin1=UA.21	pop=6000
town:ua:trostianets	city	en=Trostianets	uk=Тростянець	ru=Тростянец	country=UA	admin1=UA.21	pop=19000
town:ua:krasnopillia	city	en=Krasnopillia	uk=Краснопілля{n}	ru=Краснополье{n}	country=UA	admin1=UA.21	pop=7500
town:ua:velyka-pysarivka	city	en=Velyka Pysarivka	uk=Велика Писарівка	ru=Великая Писаревка	country=UA	admin1=UA.21	pop=4500
town:ua:nedryhailiv	city	en=Nedryhailiv	uk=Недригайлів	ru=Недригайлов	country=UA	admin1=UA.21	pop=6000
town:ua:lypova-dolyna	city	en=Lypova Dolyna	uk=Липова Долина	ru=Липовая Долина	country=UA	admin1=UA.21	pop=3500
town:ua:svesa	city	en=Svesa	uk=Свеса	ru=Свесса	country=UA	admin1=UA.21	pop=5000
town:ua:khotin	city	en=Khotin	uk=Хотінь{f}	ru=Хотень{f}	country=UA	admin1=UA.21	pop=4000
# --- Ternopil oblast ---------------------------------------------------------
town:ua:buchach	city	en=Buchach	uk=Бучач	ru=Бучач	country=UA	admin1=UA.22	pop=12500
town:ua:zalishchyky	city	en=Zalishchyky	uk=Заліщики{pl}	ru=Залещики{pl}	country=UA	admin1=UA.22	pop=9000
town:ua:zboriv	city	en=Zboriv	uk=Зборів	ru=Зборов{ctx}	country=UA	admin1=UA.22	pop=7000
town:ua:zbarazh	city	en=Zbarazh	uk=Збараж	ru=Збараж	country=UA	admin1=UA.22	pop=13500
town:ua:terebovlia	city	en=Terebovlia	uk=Теребовля	ru=Теребовля	country=UA	admin1=UA.22	pop=13000
town:ua:pidhaitsi	city	en=Pidhaitsi	uk=Підгайці{pl}	ru=Подгайцы{pl}	country=UA	admin1=UA.22	pop=2700
town:ua:kopychyntsi	city	en=Kopychyntsi	uk=Копичинці{pl}	ru=Копычинцы{pl}	country=UA	admin1=UA.22	pop=6500
town:ua:khorostkiv	city	en=Khorostkiv	uk=Хоростків	ru=Хоростков	country=UA	admin1=UA.22	pop=7000
town:ua:lanivtsi	city	en=Lanivtsi	uk=Ланівці{pl}	ru=Лановцы{pl}	country=UA	admin1=UA.22	pop=8000
town:ua:pochaiv	city	en=Pochaiv	uk=Почаїв	ru=Почаев{ctx}	country=UA	admin1=UA.22	pop=7700
town:ua:shumsk	city	en=Shumsk	uk=Шумськ	ru=Шумск	country=UA	admin1=UA.22	pop=5300
town:ua:borshchiv	city	en=Borshchiv	uk=Борщів	ru=Борщёв{ctx}|Борщев{ctx}	country=UA	admin1=UA.22	pop=11000
town:ua:skalat	city	en=Skalat	uk=Скалат	ru=Скалат	country=UA	admin1=UA.22	pop=3800
town:ua:monastyryska	city	en=Monastyryska	uk=Монастириська{pl}	ru=Монастыриска{pl}	country=UA	admin1=UA.22	pop=5500
town:ua:kozova	city	en=Kozova	uk=Козова	ru=Козова	country=UA	admin1=UA.22	pop=8500
town:ua:husiatyn	city	en=Husiatyn	uk=Гусятин	ru=Гусятин	country=UA	admin1=UA.22	pop=3500
town:ua:pidvolochysk	city	en=Pidvolochysk	uk=Підволочиськ	ru=Подволочиск	country=UA	admin1=UA.22	pop=8000
town:ua:skala-podilska	city	en=Skala-Podilska	uk=Скала-Подільська	ru=Скала-Подольская	country=UA	admin1=UA.22	pop=4000
town:ua:melnytsia-podilska	city	en=Melnytsia-Podilska	uk=Мельниця-Подільська	ru=Мельница-Подольская	country=UA	admin1=UA.22	pop=4000
# --- Vinnytsia oblast --------------------------------------------------------
town:ua:bershad	city	en=Bershad	uk=Бершадь{f}	ru=Бершадь{f}	country=UA	admin1=UA.23	pop=12500
town:ua:hnivan	city	en=Hnivan	uk=Гнівань{f}	ru=Гнивань{f}	country=UA	admin1=UA.23	pop=12000
town:ua:illintsi	city	en=Illintsi	uk=Іллінці{pl}	ru=Ильинцы{pl}	country=UA	admin1=UA.23	pop=11000
town:ua:lypovets	city	en=Lypovets	uk=Липовець	ru=Липовец	country=UA	admin1=UA.23	pop=8500
town:ua:nemyriv	city	en=Nemyriv	uk=Немирів	ru=Немиров{ctx}	country=UA	admin1=UA.23	pop=12000
town:ua:pohrebyshche	city	en=Pohrebyshche	uk=Погребище{n}	ru=Погребище{n}	country=UA	admin1=UA.23	pop=9500
town:ua:sharhorod	city	en=Sharhorod	uk=Шаргород	ru=Шаргород	country=UA	admin1=UA.23	pop=6900
town:ua:yampil	city	en=Yampil	uk=Ямпіль{m}	ru=Ямполь{m}	country=UA	admin1=UA.23	pop=11000
town:ua:kryzhopil	city	en=Kryzhopil	uk=Крижопіль{m}	ru=Крыжополь{m}	country=UA	admin1=UA.23	pop=8000
town:ua:tomashpil	city	en=Tomashpil	uk=Томашпіль{m}	ru=Томашполь{m}	country=UA	admin1=UA.23	pop=5000
town:ua:chechelnyk	city	en=Chechelnyk	uk=Чечельник	ru=Чечельник	country=UA	admin1=UA.23	pop=4500
town:ua:orativ	city	en=Orativ	uk=Оратів	ru=Оратов{ctx}	country=UA	admin1=UA.23	pop=3000
town:ua:tyvriv	city	en=Tyvriv	uk=Тиврів	ru=Тывров	country=UA	admin1=UA.23	pop=4000
town:ua:pishchanka	city	en=Pishchanka	uk=Піщанка{ctx}	ru=Песчанка{ctx}	country=UA	admin1=UA.23	pop=5000
town:ua:murovani-kurylivtsi	city	en=Murovani Kurylivtsi	uk=Муровані Курилівці{pl}	ru=Мурованые Куриловцы{pl}	country=UA	admin1=UA.23	pop=5500
town:ua:teplyk	city	en=Teplyk	uk=Теплик	ru=Теплик	country=UA	admin1=UA.23	pop=5500
town:ua:lityn	city	en=Lityn	uk=Літин	ru=Литин	country=UA	admin1=UA.23	pop=6500
town:ua:voronovytsia	city	en=Voronovytsia	uk=Вороновиця	ru=Вороновица	country=UA	admin1=UA.23	pop=7000
town:ua:stryzhavka	city	en=Stryzhavka	uk=Стрижавка	ru=Стрижавка	country=UA	admin1=UA.23	pop=8500
# --- Volyn oblast ------------------------------------------------------------
town:ua:liuboml	city	en=Liuboml	uk=Любомль{m}	ru=Любомль{m}	country=UA	admin1=UA.24	pop=10500
town:ua:rozhyshche	city	en=Rozhyshche	uk=Рожище{n}	ru=Рожище{n}	country=UA	admin1=UA.24	pop=12500
town:ua:ustyluh	city	en=Ustyluh	uk=Устилуг	ru=Устилуг	country=UA	admin1=UA.24	pop=2000
town:ua:kamin-kashyrskyi	city	en=Kamin-Kashyrskyi	uk=Камінь-Каширський	ru=Камень-Каширский	country=UA	admin1=UA.24	pop=12500
town:ua:horokhiv	city	en=Horokhiv	uk=Горохів{ctx}	ru=Горохов{ctx}	country=UA	admin1=UA.24	pop=9000
town:ua:berestechko	city	en=Berestechko	uk=Берестечко{n}	ru=Берестечко{n}	country=UA	admin1=UA.24	pop=1700
town:ua:manevychi	city	en=Manevychi	uk=Маневичі{pl}	ru=Маневичи{pl}	country=UA	admin1=UA.24	pop=11000
town:ua:ratne	city	en=Ratne	uk=Ратне{n}	ru=Ратно{n}	country=UA	admin1=UA.24	pop=9000
town:ua:shatsk	city	en=Shatsk	uk=Шацьк	ru=Шацк	country=UA	admin1=UA.24	pop=5500
town:ua:turiisk	city	en=Turiisk	uk=Турійськ	ru=Турийск	country=UA	admin1=UA.24	pop=6500
town:ua:liubeshiv	city	en=Liubeshiv	uk=Любешів	ru=Любешов{ctx}	country=UA	admin1=UA.24	pop=5500
town:ua:stara-vyzhivka	city	en=Stara Vyzhivka	uk=Стара Вижівка	ru=Старая Выжевка	country=UA	admin1=UA.24	pop=5000
town:ua:lokachi	city	en=Lokachi	uk=Локачі{pl}	ru=Локачи{pl}	country=UA	admin1=UA.24	pop=4000
town:ua:ivanychi	city	en=Ivanychi	uk=Іваничі{pl}	ru=Иваничи{pl}	country=UA	admin1=UA.24	pop=7000
town:ua:kolky	city	en=Kolky	uk=Колки{pl}	ru=Колки{pl}	country=UA	admin1=UA.24	pop=4000
town:ua:tsuman	city	en=Tsuman	uk=Цумань{f}	ru=Цумань{f}	country=UA	admin1=UA.24	pop=5000
# --- Zakarpattia oblast ------------------------------------------------------
town:ua:rakhiv	city	en=Rakhiv	uk=Рахів	ru=Рахов{ctx}	country=UA	admin1=UA.25	pop=15000
town:ua:tiachiv	city	en=Tiachiv	uk=Тячів	ru=Тячев{ctx}	country=UA	admin1=UA.25	pop=9000
town:ua:irshava	city	en=Irshava	uk=Іршава	ru=Иршава	country=UA	admin1=UA.25	pop=9000
town:ua:perechyn	city	en=Perechyn	uk=Перечин	ru=Перечин	country=UA	admin1=UA.25	pop=6500
town:ua:chop	city	en=Chop	uk=Чоп	ru=Чоп	country=UA	admin1=UA.25	pop=9000
town:ua:bushtyno	city	en=Bushtyno	uk=Буштино{n,x}	ru=Буштино{n,x}	country=UA	admin1=UA.25	pop=8500
town:ua:mizhhiria	city	en=Mizhhiria	uk=Міжгір'я{n}	ru=Межгорье{n}	country=UA	admin1=UA.25	pop=10000
town:ua:velykyi-bereznyi	city	en=Velykyi Bereznyi	uk=Великий Березний	ru=Великий Березный	country=UA	admin1=UA.25	pop=6500
town:ua:volovets	city	en=Volovets	uk=Воловець	ru=Воловец	country=UA	admin1=UA.25	pop=5000
town:ua:solotvyno	city	en=Solotvyno	uk=Солотвино{n,x}	ru=Солотвино{n,x}	country=UA	admin1=UA.25	pop=9000
town:ua:yasinia	city	en=Yasinia	uk=Ясіня	ru=Ясиня	country=UA	admin1=UA.25	pop=8000
# --- Zaporizhzhia oblast -----------------------------------------------------
town:ua:kamianka-dniprovska	city	en=Kamianka-Dniprovska	uk=Кам'янка-Дніпровська	ru=Каменка-Днепровская	country=UA	admin1=UA.26	pop=12000
town:ua:molochansk	city	en=Molochansk	uk=Молочанськ	ru=Молочанск	country=UA	admin1=UA.26	pop=6500
town:ua:prymorsk	city	en=Prymorsk	uk=Приморськ	ru=Приморск	country=UA	admin1=UA.26	pop=11500
town:ua:vilniansk	city	en=Vilniansk	uk=Вільнянськ	ru=Вольнянск	country=UA	admin1=UA.26	pop=14500
town:ua:yakymivka	city	en=Yakymivka	uk=Якимівка	ru=Акимовка	country=UA	admin1=UA.26	pop=11000
town:ua:velyka-bilozerka	city	en=Velyka Bilozerka	uk=Велика Білозерка	ru=Великая Белозерка	country=UA	admin1=UA.26	pop=7500
town:ua:rozivka	city	en=Rozivka	uk=Розівка	ru=Розовка	country=UA	admin1=UA.26	pop=5000
town:ua:chernihivka	city	en=Chernihivka	uk=Чернігівка	ru=Черниговка	country=UA	admin1=UA.26	pop=7000
town:ua:bilmak	city	en=Bilmak	uk=Більмак	ru=Бильмак	country=UA	admin1=UA.26	pop=4000
town:ua:kushuhum	city	en=Kushuhum	uk=Кушугум	ru=Кушугум	country=UA	admin1=UA.26	pop=8000
town:ua:kyrylivka	city	en=Kyrylivka	uk=Кирилівка	ru=Кирилловка	country=UA	admin1=UA.26	pop=3000
# --- Zhytomyr oblast ---------------------------------------------------------
town:ua:andrushivka	city	en=Andrushivka	uk=Андрушівка	ru=Андрушёвка|Андрушевка	country=UA	admin1=UA.27	pop=8500
town:ua:baranivka	city	en=Baranivka	uk=Баранівка	ru=Барановка	country=UA	admin1=UA.27	pop=11500
town:ua:olevsk	city	en=Olevsk	uk=Олевськ	ru=Олевск	country=UA	admin1=UA.27	pop=10500
town:ua:chudniv	city	en=Chudniv	uk=Чуднів	ru=Чуднов{ctx}	country=UA	admin1=UA.27	pop=5500
town:ua:liubar	city	en=Liubar	uk=Любар	ru=Любар	country=UA	admin1=UA.27	pop=2500
town:ua:popilnia	city	en=Popilnia	uk=Попільня	ru=Попельня	country=UA	admin1=UA.27	pop=5500
town:ua:ruzhyn	city	en=Ruzhyn	uk=Ружин	ru=Ружин	country=UA	admin1=UA.27	pop=4500
town:ua:cherniakhiv	city	en=Cherniakhiv	uk=Черняхів	ru=Черняхов{ctx}	country=UA	admin1=UA.27	pop=10500
town:ua:khoroshiv	city	en=Khoroshiv	uk=Хорошів	ru=Хорошев{ctx}	country=UA	admin1=UA.27	pop=5000
town:ua:pulyny	city	en=Pulyny	uk=Пулини{pl}	ru=Пулины{pl}	country=UA	admin1=UA.27	pop=5000
town:ua:brusyliv	city	en=Brusyliv	uk=Брусилів	ru=Брусилов{ctx}	country=UA	admin1=UA.27	pop=5000
town:ua:romaniv	city	en=Romaniv	uk=Романів{ctx}	ru=Романов{ctx}	country=UA	admin1=UA.27	pop=6500
town:ua:yemilchyne	city	en=Yemilchyne	uk=Ємільчине{n}	ru=Емильчино{n}	country=UA	admin1=UA.27	pop=6500
town:ua:luhyny	city	en=Luhyny	uk=Лугини{pl}	ru=Лугины{pl}	country=UA	admin1=UA.27	pop=4000
town:ua:narodychi	city	en=Narodychi	uk=Народичі{pl}	ru=Народичи{pl}	country=UA	admin1=UA.27	pop=2500
