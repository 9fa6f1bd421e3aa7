# factum default lexicon: epithets and periphrases that name a city, a country
# or a region without its name ("українська столиця", "столица Польши",
# "the French capital", "Північна столиця", "Поднебесная", "Туманний Альбіон").
# Each entry has id epithet:<slug>, the type of what it names and of=<English
# name of the city/country/region>; the lead resolves of= to the entity id and
# merges the names into it. country= is the ISO alpha-2 code of the country
# concerned. Names in lower case match regardless of case; the loader declines
# them ("української столиці", "столицы Польши").
# "the capital of X" forms: one entry per country, capital-<cc>, with the
# adjective form and the genitive form in uk/ru and the adjective, "capital of
# X" and "X's capital" forms in English.

epithet:spb-northern-capital	city	en=Northern Capital|city on the Neva	uk=Північна столиця|північна столиця Росії|місто на Неві	ru=Северная столица|город на Неве|Питер	of=Saint Petersburg	country=RU
epithet:moscow-belokamennaya	city	en=Belokamennaya	uk=Білокам'яна|першопрестольна	ru=Белокаменная|первопрестольная	of=Moscow	country=RU
epithet:odesa-southern-palmyra	city	en=Southern Palmyra|Pearl of the Black Sea	uk=Південна Пальміра|перлина біля моря|Одеса-мама	ru=Южная Пальмира|Жемчужина у моря|Одесса-мама	of=Odesa	country=UA
epithet:lviv-city-of-lion	city	en=City of the Lion|City of Lions	uk=місто Лева|столиця Галичини	ru=город Льва|столица Галиции|столица Галичины	of=Lviv	country=UA
epithet:kyiv-mother-of-cities	city	en=mother of Rus' cities	uk=мати міст руських|столиця Русі	ru=мать городов русских	of=Kyiv	country=UA
epithet:kharkiv-first-capital	city	en=first capital of Ukraine	uk=столиця Слобожанщини|перша столиця України	ru=столица Слобожанщины|первая столица Украины	of=Kharkiv	country=UA
epithet:uzhhorod-capital	city	en=capital of Transcarpathia	uk=столиця Закарпаття	ru=столица Закарпатья	of=Uzhhorod	country=UA
epithet:chernivtsi-capital	city	en=capital of Bukovina|Little Vienna	uk=столиця Буковини|маленький Відень	ru=столица Буковины|маленькая Вена	of=Chernivtsi	country=UA
epithet:lutsk-capital	city	en=capital of Volhynia	uk=столиця Волині	ru=столица Волыни	of=Lutsk	country=UA
epithet:simferopol-capital	city	en=capital of Crimea|Crimean capital	uk=столиця Криму|кримська столиця	ru=столица Крыма|крымская столица	of=Simferopol	country=UA
epithet:donetsk-capital	city	en=capital of Donbas	uk=столиця Донбасу|місто мільйона троянд	ru=столица Донбасса|город миллиона роз	of=Donetsk	country=UA
epithet:yekaterinburg-capital	city	en=capital of the Urals|Ural capital	uk=столиця Уралу|уральська столиця	ru=столица Урала|уральская столица	of=Yekaterinburg	country=RU
epithet:novosibirsk-capital	city	en=capital of Siberia|Siberian capital	uk=столиця Сибіру|сибірська столиця	ru=столица Сибири|сибирская столица	of=Novosibirsk	country=RU
epithet:kazan-capital	city	en=capital of Tatarstan	uk=столиця Татарстану|третя столиця Росії	ru=столица Татарстана|третья столица России	of=Kazan	country=RU
epithet:krasnodar-capital	city	en=capital of Kuban	uk=столиця Кубані	ru=столица Кубани	of=Krasnodar	country=RU
epithet:vladivostok-capital	city	en=capital of Primorye	uk=столиця Примор'я	ru=столица Приморья	of=Vladivostok	country=RU
epithet:grozny-capital	city	en=capital of Chechnya|Chechen capital	uk=столиця Чечні	ru=столица Чечни	of=Grozny	country=RU
epithet:nizhny-capital	city	en=capital of the Volga region	uk=столиця Поволжя	ru=столица Поволжья	of=Nizhny Novgorod	country=RU
epithet:hangzhou-capital	city	en=capital of Zhejiang	uk=столиця провінції Чжецзян|столиця Чжецзяну	ru=столица провинции Чжэцзян	of=Hangzhou	country=CN
epithet:guangzhou-canton	city	en=capital of Guangdong	uk=столиця провінції Гуандун	ru=столица провинции Гуандун	of=Guangzhou	country=CN
epithet:rome-eternal-city	city	en=Eternal City	uk=Вічне місто	ru=Вечный город	of=Rome	country=IT
epithet:paris-city-of-light	city	en=City of Light|City of Love	uk=місто світла|місто кохання	ru=город огней|город любви|город света	of=Paris	country=FR
epithet:new-york-big-apple	city	en=Big Apple	uk=Велике яблуко	ru=Большое яблоко	of=New York	country=US
epithet:los-angeles-city-of-angels	city	en=City of Angels	uk=місто ангелів	ru=город ангелов	of=Los Angeles	country=US
epithet:venice-city-on-water	city	en=City of Canals|Queen of the Adriatic	uk=місто на воді	ru=город на воде	of=Venice	country=IT
epithet:jerusalem-holy-city	city	en=Holy City	uk=святе місто	ru=святой город	of=Jerusalem	country=IL
epithet:istanbul-tsargrad	city	en=Constantinople|Byzantium	uk=Царгород|Константинополь	ru=Царьград|Константинополь	of=Istanbul	country=TR
epithet:hk-fragrant-harbour	city	en=Fragrant Harbour	uk=ароматна гавань	ru=благоуханная гавань	of=Hong Kong	country=CN
epithet:china-celestial	country	en=Celestial Empire|Middle Kingdom	uk=Піднебесна|Серединна держава	ru=Поднебесная|Срединное государство	of=China	country=CN
epithet:uk-albion	country	en=Foggy Albion|Albion	uk=Туманний Альбіон|Альбіон	ru=Туманный Альбион|Альбион	of=United Kingdom	country=GB
epithet:japan-rising-sun	country	en=Land of the Rising Sun	uk=Країна висхідного сонця	ru=Страна восходящего солнца	of=Japan	country=JP
epithet:ireland-emerald-isle	country	en=Emerald Isle	uk=Смарагдовий острів|Зелений острів	ru=Изумрудный остров|Зеленый остров	of=Ireland	country=IE
epithet:finland-thousand-lakes	country	en=land of a thousand lakes	uk=країна тисячі озер	ru=страна тысячи озер	of=Finland	country=FI
epithet:ukraine-nezalezhna	country	en=Nezalezhna	uk=Незалежна{ctx}	ru=Незалежная|Нэзалэжная	of=Ukraine	country=UA
epithet:usa-uncle-sam	country	en=Uncle Sam|land of opportunity	uk=Дядько Сем|країна можливостей	ru=Дядя Сэм|страна возможностей	of=United States	country=US
epithet:russia-rf	country	en=aggressor state|terrorist state	uk=Московія|країна-агресор|держава-агресор|країна-терорист	ru=страна-агрессор	of=Russia	country=RU
epithet:korea-morning-calm	country	en=Land of the Morning Calm	uk=Країна ранкової свіжості	ru=Страна утренней свежести	of=South Korea	country=KR
epithet:switzerland-alpine	country	en=Alpine republic	uk=альпійська республіка	ru=альпийская республика	of=Switzerland	country=CH
epithet:vatican-holy-see	country	en=Holy See	uk=Святий Престол|Апостольська столиця	ru=Святой Престол|Апостольская столица	of=Vatican City	country=VA
epithet:europe-old-continent	region	en=Old World|Old Continent	uk=Старий Світ|старий континент	ru=Старый Свет|старый континент	of=Europe
epithet:africa-black-continent	region	en=Dark Continent	uk=Чорний континент	ru=Черный континент	of=Africa
epithet:americas-new-world	region	en=New World	uk=Новий Світ	ru=Новый Свет	of=Americas
epithet:capital-ua	city	en=Ukrainian capital|capital of Ukraine|Ukraine's capital	uk=українська столиця|столиця України	ru=украинская столица|столица Украины	of=Kyiv	country=UA
epithet:capital-ru	city	en=Russian capital|capital of Russia|Russia's capital|capital of the Russian Federation|Russian Federation's capital	uk=російська столиця|столиця Росії|столиця РФ	ru=российская столица|столица России|столица РФ	of=Moscow	country=RU
epithet:capital-by	city	en=Belarusian capital|capital of Belarus|Belarus' capital	uk=білоруська столиця|столиця Білорусі|столиця Білорусії	ru=белорусская столица|столица Белоруссии|столица Беларуси	of=Minsk	country=BY
epithet:capital-pl	city	en=Polish capital|capital of Poland|Poland's capital	uk=польська столиця|столиця Польщі	ru=польская столица|столица Польши	of=Warsaw	country=PL
epithet:capital-de	city	en=German capital|capital of Germany|Germany's capital	uk=німецька столиця|столиця Німеччини|столиця ФРН	ru=немецкая столица|столица Германии|столица ФРГ	of=Berlin	country=DE
epithet:capital-fr	city	en=French capital|capital of France|France's capital	uk=французька столиця|столиця Франції	ru=французская столица|столица Франции	of=Paris	country=FR
epithet:capital-gb	city	en=British capital|capital of Britain|Britain's capital|capital of the United Kingdom|United Kingdom's capital|capital of the UK|UK's capital|capital of Great Britain|Great Britain's capital	uk=британська столиця|столиця Великої Британії|столиця Британії|столиця Сполученого Королівства	ru=британская столица|столица Великобритании|столица Британии|столица Соединенного Королевства	of=London	country=GB
epithet:capital-it	city	en=Italian capital|capital of Italy|Italy's capital	uk=італійська столиця|столиця Італії	ru=итальянская столица|столица Италии	of=Rome	country=IT
epithet:capital-es	city	en=Spanish capital|capital of Spain|Spain's capital	uk=іспанська столиця|столиця Іспанії	ru=испанская столица|столица Испании	of=Madrid	country=ES
epithet:capital-pt	city	en=Portuguese capital|capital of Portugal|Portugal's capital	uk=португальська столиця|столиця Португалії	ru=португальская столица|столица Португалии	of=Lisbon	country=PT
epithet:capital-nl	city	en=Dutch capital|capital of the Netherlands|Netherlands' capital|capital of Holland|Holland's capital	uk=нідерландська столиця|голландська столиця|столиця Нідерландів|столиця Голландії	ru=нидерландская столица|голландская столица|столица Нидерландов|столица Голландии	of=Amsterdam	country=NL
epithet:capital-be	city	en=Belgian capital|capital of Belgium|Belgium's capital	uk=бельгійська столиця|столиця Бельгії	ru=бельгийская столица|столица Бельгии	of=Brussels	country=BE
epithet:capital-lu	city	en=Luxembourgish capital|capital of Luxembourg|Luxembourg's capital	uk=люксембурзька столиця|столиця Люксембургу	ru=люксембургская столица|столица Люксембурга	of=Luxembourg	country=LU
epithet:capital-ch	city	en=Swiss capital|capital of Switzerland|Switzerland's capital	uk=швейцарська столиця|столиця Швейцарії	ru=швейцарская столица|столица Швейцарии	of=Bern	country=CH
epithet:capital-at	city	en=Austrian capital|capital of Austria|Austria's capital	uk=австрійська столиця|столиця Австрії	ru=австрийская столица|столица Австрии	of=Vienna	country=AT
epithet:capital-cz	city	en=Czech capital|capital of the Czech Republic|Czech Republic's capital|capital of Czechia|Czechia's capital	uk=чеська столиця|столиця Чехії	ru=чешская столица|столица Чехии	of=Prague	country=CZ
epithet:capital-sk	city	en=Slovak capital|capital of Slovakia|Slovakia's capital	uk=словацька столиця|столиця Словаччини	ru=словацкая столица|столица Словакии	of=Bratislava	country=SK
epithet:capital-hu	city	en=Hungarian capital|capital of Hungary|Hungary's capital	uk=угорська столиця|столиця Угорщини	ru=венгерская столица|столица Венгрии	of=Budapest	country=HU
epithet:capital-ro	city	en=Romanian capital|capital of Romania|Romania's capital	uk=румунська столиця|столиця Румунії	ru=румынская столица|столица Румынии	of=Bucharest	country=RO
epithet:capital-md	city	en=Moldovan capital|capital of Moldova|Moldova's capital	uk=молдовська столиця|молдавська столиця|столиця Молдови|столиця Молдавії	ru=молдавская столица|молдовская столица|столица Молдавии|столица Молдовы	of=Chisinau	country=MD
epithet:capital-bg	city	en=Bulgarian capital|capital of Bulgaria|Bulgaria's capital	uk=болгарська столиця|столиця Болгарії	ru=болгарская столица|столица Болгарии	of=Sofia	country=BG
epithet:capital-gr	city	en=Greek capital|capital of Greece|Greece's capital	uk=грецька столиця|столиця Греції	ru=греческая столица|столица Греции	of=Athens	country=GR
epithet:capital-cy	city	en=Cypriot capital|capital of Cyprus|Cyprus' capital	uk=кіпрська столиця|столиця Кіпру	ru=кипрская столица|столица Кипра	of=Nicosia	country=CY
epithet:capital-mt	city	en=Maltese capital|capital of Malta|Malta's capital	uk=мальтійська столиця|столиця Мальти	ru=мальтийская столица|столица Мальты	of=Valletta	country=MT
epithet:capital-ie	city	en=Irish capital|capital of Ireland|Ireland's capital	uk=ірландська столиця|столиця Ірландії	ru=ирландская столица|столица Ирландии	of=Dublin	country=IE
epithet:capital-is	city	en=Icelandic capital|capital of Iceland|Iceland's capital	uk=ісландська столиця|столиця Ісландії	ru=исландская столица|столица Исландии	of=Reykjavik	country=IS
epithet:capital-no	city	en=Norwegian capital|capital of Norway|Norway's capital	uk=норвезька столиця|столиця Норвегії	ru=норвежская столица|столица Норвегии	of=Oslo	country=NO
epithet:capital-se	city	en=Swedish capital|capital of Sweden|Sweden's capital	uk=шведська столиця|столиця Швеції	ru=шведская столица|столица Швеции	of=Stockholm	country=SE
epithet:capital-fi	city	en=Finnish capital|capital of Finland|Finland's capital	uk=фінська столиця|фінляндська столиця|столиця Фінляндії	ru=финская столица|финляндская столица|столица Финляндии	of=Helsinki	country=FI
epithet:capital-dk	city	en=Danish capital|capital of Denmark|Denmark's capital	uk=данська столиця|столиця Данії	ru=датская столица|столица Дании	of=Copenhagen	country=DK
epithet:capital-ee	city	en=Estonian capital|capital of Estonia|Estonia's capital	uk=естонська столиця|столиця Естонії	ru=эстонская столица|столица Эстонии	of=Tallinn	country=EE
epithet:capital-lv	city	en=Latvian capital|capital of Latvia|Latvia's capital	uk=латвійська столиця|столиця Латвії	ru=латвийская столица|столица Латвии	of=Riga	country=LV
epithet:capital-lt	city	en=Lithuanian capital|capital of Lithuania|Lithuania's capital	uk=литовська столиця|столиця Литви	ru=литовская столица|столица Литвы	of=Vilnius	country=LT
epithet:capital-si	city	en=Slovenian capital|capital of Slovenia|Slovenia's capital	uk=словенська столиця|столиця Словенії	ru=словенская столица|столица Словении	of=Ljubljana	country=SI
epithet:capital-hr	city	en=Croatian capital|capital of Croatia|Croatia's capital	uk=хорватська столиця|столиця Хорватії	ru=хорватская столица|столица Хорватии	of=Zagreb	country=HR
epithet:capital-ba	city	en=Bosnian capital|capital of Bosnia and Herzegovina|Bosnia and Herzegovina's capital|capital of Bosnia|Bosnia's capital	uk=боснійська столиця|столиця Боснії і Герцеговини|столиця Боснії	ru=боснийская столица|столица Боснии и Герцеговины|столица Боснии	of=Sarajevo	country=BA
epithet:capital-rs	city	en=Serbian capital|capital of Serbia|Serbia's capital	uk=сербська столиця|столиця Сербії	ru=сербская столица|столица Сербии	of=Belgrade	country=RS
epithet:capital-me	city	en=Montenegrin capital|capital of Montenegro|Montenegro's capital	uk=чорногорська столиця|столиця Чорногорії	ru=черногорская столица|столица Черногории	of=Podgorica	country=ME
epithet:capital-mk	city	en=Macedonian capital|capital of North Macedonia|North Macedonia's capital|capital of Macedonia|Macedonia's capital	uk=македонська столиця|столиця Північної Македонії|столиця Македонії	ru=македонская столица|столица Северной Македонии|столица Македонии	of=Skopje	country=MK
epithet:capital-al	city	en=Albanian capital|capital of Albania|Albania's capital	uk=албанська столиця|столиця Албанії	ru=албанская столица|столица Албании	of=Tirana	country=AL
epithet:capital-xk	city	en=Kosovan capital|capital of Kosovo|Kosovo's capital	uk=косовська столиця|столиця Косова	ru=косовская столица|столица Косова	of=Pristina	country=XK
epithet:capital-ge	city	en=Georgian capital|capital of Georgia|Georgia's capital	uk=грузинська столиця|столиця Грузії	ru=грузинская столица|столица Грузии	of=Tbilisi	country=GE
epithet:capital-am	city	en=Armenian capital|capital of Armenia|Armenia's capital	uk=вірменська столиця|столиця Вірменії	ru=армянская столица|столица Армении	of=Yerevan	country=AM
epithet:capital-az	city	en=Azerbaijani capital|capital of Azerbaijan|Azerbaijan's capital	uk=азербайджанська столиця|столиця Азербайджану	ru=азербайджанская столица|столица Азербайджана	of=Baku	country=AZ
epithet:capital-tr	city	en=Turkish capital|capital of Turkey|Turkey's capital|capital of Türkiye|Türkiye's capital	uk=турецька столиця|столиця Туреччини	ru=турецкая столица|столица Турции	of=Ankara	country=TR
epithet:capital-kz	city	en=Kazakh capital|capital of Kazakhstan|Kazakhstan's capital	uk=казахстанська столиця|казахська столиця|столиця Казахстану	ru=казахстанская столица|казахская столица|столица Казахстана	of=Astana	country=KZ
epithet:capital-uz	city	en=Uzbek capital|capital of Uzbekistan|Uzbekistan's capital	uk=узбецька столиця|столиця Узбекистану	ru=узбекская столица|столица Узбекистана	of=Tashkent	country=UZ
epithet:capital-kg	city	en=Kyrgyz capital|capital of Kyrgyzstan|Kyrgyzstan's capital	uk=киргизька столиця|столиця Киргизстану|столиця Киргизії	ru=киргизская столица|столица Киргизии|столица Кыргызстана	of=Bishkek	country=KG
epithet:capital-tj	city	en=Tajik capital|capital of Tajikistan|Tajikistan's capital	uk=таджицька столиця|столиця Таджикистану	ru=таджикская столица|столица Таджикистана	of=Dushanbe	country=TJ
epithet:capital-tm	city	en=Turkmen capital|capital of Turkmenistan|Turkmenistan's capital	uk=туркменська столиця|столиця Туркменістану|столиця Туркменії	ru=туркменская столица|столица Туркмении|столица Туркменистана	of=Ashgabat	country=TM
epithet:capital-mn	city	en=Mongolian capital|capital of Mongolia|Mongolia's capital	uk=монгольська столиця|столиця Монголії	ru=монгольская столица|столица Монголии	of=Ulaanbaatar	country=MN
epithet:capital-cn	city	en=Chinese capital|capital of China|China's capital|capital of the People's Republic of China|People's Republic of China's capital|capital of the PRC|PRC's capital	uk=китайська столиця|столиця Китаю|столиця КНР	ru=китайская столица|столица Китая|столица КНР	of=Beijing	country=CN
epithet:capital-jp	city	en=Japanese capital|capital of Japan|Japan's capital	uk=японська столиця|столиця Японії	ru=японская столица|столица Японии	of=Tokyo	country=JP
epithet:capital-kr	city	en=South Korean capital|capital of South Korea|South Korea's capital|capital of the Republic of Korea|Republic of Korea's capital	uk=південнокорейська столиця|столиця Південної Кореї|столиця Республіки Корея	ru=южнокорейская столица|столица Южной Кореи|столица Республики Корея	of=Seoul	country=KR
epithet:capital-kp	city	en=North Korean capital|capital of North Korea|North Korea's capital|capital of the DPRK|DPRK's capital	uk=північнокорейська столиця|столиця Північної Кореї|столиця КНДР	ru=северокорейская столица|столица Северной Кореи|столица КНДР	of=Pyongyang	country=KP
epithet:capital-tw	city	en=Taiwanese capital|capital of Taiwan|Taiwan's capital	uk=тайванська столиця|столиця Тайваню	ru=тайваньская столица|столица Тайваня	of=Taipei	country=TW
epithet:capital-vn	city	en=Vietnamese capital|capital of Vietnam|Vietnam's capital	uk=в'єтнамська столиця|столиця В'єтнаму	ru=вьетнамская столица|столица Вьетнама	of=Hanoi	country=VN
epithet:capital-th	city	en=Thai capital|capital of Thailand|Thailand's capital	uk=тайська столиця|таїландська столиця|столиця Таїланду	ru=тайская столица|таиландская столица|столица Таиланда	of=Bangkok	country=TH
epithet:capital-my	city	en=Malaysian capital|capital of Malaysia|Malaysia's capital	uk=малайзійська столиця|столиця Малайзії	ru=малайзийская столица|столица Малайзии	of=Kuala Lumpur	country=MY
epithet:capital-sg	city	en=Singaporean capital|capital of Singapore|Singapore's capital	uk=сінгапурська столиця|столиця Сінгапуру	ru=сингапурская столица|столица Сингапура	of=Singapore	country=SG
epithet:capital-id	city	en=Indonesian capital|capital of Indonesia|Indonesia's capital	uk=індонезійська столиця|столиця Індонезії	ru=индонезийская столица|столица Индонезии	of=Jakarta	country=ID
epithet:capital-ph	city	en=Philippine capital|Filipino capital|capital of the Philippines|Philippines' capital	uk=філіппінська столиця|столиця Філіппін	ru=филиппинская столица|столица Филиппин	of=Manila	country=PH
epithet:capital-in	city	en=Indian capital|capital of India|India's capital	uk=індійська столиця|столиця Індії	ru=индийская столица|столица Индии	of=New Delhi	country=IN
epithet:capital-pk	city	en=Pakistani capital|capital of Pakistan|Pakistan's capital	uk=пакистанська столиця|столиця Пакистану	ru=пакистанская столица|столица Пакистана	of=Islamabad	country=PK
epithet:capital-bd	city	en=Bangladeshi capital|capital of Bangladesh|Bangladesh's capital	uk=бангладеська столиця|столиця Бангладеш	ru=бангладешская столица|столица Бангладеш	of=Dhaka	country=BD
epithet:capital-af	city	en=Afghan capital|capital of Afghanistan|Afghanistan's capital	uk=афганська столиця|столиця Афганістану	ru=афганская столица|столица Афганистана	of=Kabul	country=AF
epithet:capital-ir	city	en=Iranian capital|capital of Iran|Iran's capital	uk=іранська столиця|столиця Ірану	ru=иранская столица|столица Ирана	of=Tehran	country=IR
epithet:capital-iq	city	en=Iraqi capital|capital of Iraq|Iraq's capital	uk=іракська столиця|столиця Іраку	ru=иракская столица|столица Ирака	of=Baghdad	country=IQ
epithet:capital-sy	city	en=Syrian capital|capital of Syria|Syria's capital	uk=сирійська столиця|столиця Сирії	ru=сирийская столица|столица Сирии	of=Damascus	country=SY
epithet:capital-lb	city	en=Lebanese capital|capital of Lebanon|Lebanon's capital	uk=ліванська столиця|столиця Лівану	ru=ливанская столица|столица Ливана	of=Beirut	country=LB
epithet:capital-il	city	en=Israeli capital|capital of Israel|Israel's capital	uk=ізраїльська столиця|столиця Ізраїлю	ru=израильская столица|столица Израиля	of=Jerusalem	country=IL
epithet:capital-jo	city	en=Jordanian capital|capital of Jordan|Jordan's capital	uk=йорданська столиця|столиця Йорданії	ru=иорданская столица|столица Иордании	of=Amman	country=JO
epithet:capital-sa	city	en=Saudi capital|capital of Saudi Arabia|Saudi Arabia's capital	uk=саудівська столиця|столиця Саудівської Аравії	ru=саудовская столица|столица Саудовской Аравии	of=Riyadh	country=SA
epithet:capital-ae	city	en=Emirati capital|capital of the United Arab Emirates|United Arab Emirates' capital|capital of the UAE|UAE's capital	uk=еміратська столиця|столиця ОАЕ|столиця Об'єднаних Арабських Еміратів	ru=эмиратская столица|столица ОАЭ|столица Объединенных Арабских Эмиратов	of=Abu Dhabi	country=AE
epithet:capital-qa	city	en=Qatari capital|capital of Qatar|Qatar's capital	uk=катарська столиця|столиця Катару	ru=катарская столица|столица Катара	of=Doha	country=QA
epithet:capital-kw	city	en=Kuwaiti capital|capital of Kuwait|Kuwait's capital	uk=кувейтська столиця|столиця Кувейту	ru=кувейтская столица|столица Кувейта	of=Kuwait City	country=KW
epithet:capital-om	city	en=Omani capital|capital of Oman|Oman's capital	uk=оманська столиця|столиця Оману	ru=оманская столица|столица Омана	of=Muscat	country=OM
epithet:capital-ye	city	en=Yemeni capital|capital of Yemen|Yemen's capital	uk=єменська столиця|столиця Ємену	ru=йеменская столица|столица Йемена	of=Sanaa	country=YE
epithet:capital-eg	city	en=Egyptian capital|capital of Egypt|Egypt's capital	uk=єгипетська столиця|столиця Єгипту	ru=египетская столица|столица Египта	of=Cairo	country=EG
epithet:capital-ly	city	en=Libyan capital|capital of Libya|Libya's capital	uk=лівійська столиця|столиця Лівії	ru=ливийская столица|столица Ливии	of=Tripoli	country=LY
epithet:capital-tn	city	en=Tunisian capital|capital of Tunisia|Tunisia's capital	uk=туніська столиця|столиця Тунісу	ru=тунисская столица|столица Туниса	of=Tunis	country=TN
epithet:capital-dz	city	en=Algerian capital|capital of Algeria|Algeria's capital	uk=алжирська столиця|столиця Алжиру	ru=алжирская столица|столица Алжира	of=Algiers	country=DZ
epithet:capital-ma	city	en=Moroccan capital|capital of Morocco|Morocco's capital	uk=марокканська столиця|столиця Марокко	ru=марокканская столица|столица Марокко	of=Rabat	country=MA
epithet:capital-sd	city	en=Sudanese capital|capital of Sudan|Sudan's capital	uk=суданська столиця|столиця Судану	ru=суданская столица|столица Судана	of=Khartoum	country=SD
epithet:capital-et	city	en=Ethiopian capital|capital of Ethiopia|Ethiopia's capital	uk=ефіопська столиця|столиця Ефіопії	ru=эфиопская столица|столица Эфиопии	of=Addis Ababa	country=ET
epithet:capital-ke	city	en=Kenyan capital|capital of Kenya|Kenya's capital	uk=кенійська столиця|столиця Кенії	ru=кенийская столица|столица Кении	of=Nairobi	country=KE
epithet:capital-ng	city	en=Nigerian capital|capital of Nigeria|Nigeria's capital	uk=нігерійська столиця|столиця Нігерії	ru=нигерийская столица|столица Нигерии	of=Abuja	country=NG
epithet:capital-gh	city	en=Ghanaian capital|capital of Ghana|Ghana's capital	uk=ганська столиця|столиця Гани	ru=ганская столица|столица Ганы	of=Accra	country=GH
epithet:capital-za	city	en=South African capital|capital of South Africa|South Africa's capital	uk=південноафриканська столиця|столиця ПАР|столиця Південно-Африканської Республіки	ru=южноафриканская столица|столица ЮАР|столица Южно-Африканской Республики	of=Pretoria	country=ZA
epithet:capital-ml	city	en=Malian capital|capital of Mali|Mali's capital	uk=малійська столиця|столиця Малі	ru=малийская столица|столица Мали	of=Bamako	country=ML
epithet:capital-sn	city	en=Senegalese capital|capital of Senegal|Senegal's capital	uk=сенегальська столиця|столиця Сенегалу	ru=сенегальская столица|столица Сенегала	of=Dakar	country=SN
epithet:capital-us	city	en=American capital|US capital|capital of the United States|United States' capital|capital of the US|US's capital|capital of the USA|USA's capital|capital of America|America's capital	uk=американська столиця|столиця США|столиця Сполучених Штатів	ru=американская столица|столица США|столица Соединенных Штатов	of=Washington	country=US
epithet:capital-ca	city	en=Canadian capital|capital of Canada|Canada's capital	uk=канадська столиця|столиця Канади	ru=канадская столица|столица Канады	of=Ottawa	country=CA
epithet:capital-mx	city	en=Mexican capital|capital of Mexico|Mexico's capital	uk=мексиканська столиця|столиця Мексики	ru=мексиканская столица|столица Мексики	of=Mexico City	country=MX
epithet:capital-cu	city	en=Cuban capital|capital of Cuba|Cuba's capital	uk=кубинська столиця|столиця Куби	ru=кубинская столица|столица Кубы	of=Havana	country=CU
epithet:capital-ve	city	en=Venezuelan capital|capital of Venezuela|Venezuela's capital	uk=венесуельська столиця|столиця Венесуели	ru=венесуэльская столица|столица Венесуэлы	of=Caracas	country=VE
epithet:capital-co	city	en=Colombian capital|capital of Colombia|Colombia's capital	uk=колумбійська столиця|столиця Колумбії	ru=колумбийская столица|столица Колумбии	of=Bogotá	country=CO
epithet:capital-pe	city	en=Peruvian capital|capital of Peru|Peru's capital	uk=перуанська столиця|столиця Перу	ru=перуанская столица|столица Перу	of=Lima	country=PE
epithet:capital-cl	city	en=Chilean capital|capital of Chile|Chile's capital	uk=чилійська столиця|столиця Чилі	ru=чилийская столица|столица Чили	of=Santiago	country=CL
epithet:capital-ar	city	en=Argentine capital|Argentinian capital|capital of Argentina|Argentina's capital	uk=аргентинська столиця|столиця Аргентини	ru=аргентинская столица|столица Аргентины	of=Buenos Aires	country=AR
epithet:capital-br	city	en=Brazilian capital|capital of Brazil|Brazil's capital	uk=бразильська столиця|столиця Бразилії	ru=бразильская столица|столица Бразилии	of=Brasília	country=BR
epithet:capital-au	city	en=Australian capital|capital of Australia|Australia's capital	uk=австралійська столиця|столиця Австралії	ru=австралийская столица|столица Австралии	of=Canberra	country=AU
epithet:capital-nz	city	en=New Zealand capital|capital of New Zealand|New Zealand's capital	uk=новозеландська столиця|столиця Нової Зеландії	ru=новозеландская столица|столица Новой Зеландии	of=Wellington	country=NZ
