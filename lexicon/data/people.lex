# factum default lexicon: well-known people that news names (type person).
# One entry per person across languages. ID: the Wikidata QID where certain; else,
# for Ukrainian, Russian and Belarusian people, the key the extractor derives for a
# person found by rules (person:<first-name id>-<loose transliteration of the
# surname>, e.g. person:oleksii-orlov), so that both paths give one id; else
# person:<first-last> in English spelling.
# uk=/ru=/en=: the first name of each language is the full name in nominative
# (first name + surname, no patronymic), the canonical lemma for that language;
# further names are variant spellings and the surname alone. The loader declines
# uk/ru names (gender= drives the declension). Flags: {x} indeclinable (foreign
# surnames ending in a vowel), {ctx} the surname alone is shared by several
# people or is also a common word, a first name or a place: it counts only with
# context. East Asian names (surname first) and two-letter surnames are listed
# only as full names.
# Attributes: gender (m|f), role (the post, English, as the lexicon's role names
# say it), org (the country, city or organization of the post, in English),
# country (ISO alpha-2 of the person), former=1 (no longer holds that post, as of
# 2025), note (free text). role/org/former are curated background knowledge as of
# 2025, not facts read from a text; they go stale, so check before relying on them.

# --- Ukraine: state, government, parliament, security and defence
Q3874799	person	uk=Володимир Зеленський|Зеленський	ru=Владимир Зеленский|Зеленский	en=Volodymyr Zelenskyy|Volodymyr Zelensky|Volodymyr Zelenskiy|Zelenskyy|Zelensky|Zelenskiy	gender=m	role=president	org=Ukraine	country=UA
person:petro-poroshenko	person	uk=Петро Порошенко|Порошенко	ru=Петр Порошенко|Пётр Порошенко|Порошенко	en=Petro Poroshenko|Poroshenko	gender=m	role=president	org=Ukraine	country=UA	former=1
person:viktor-ianukovich	person	uk=Віктор Янукович|Янукович	ru=Виктор Янукович|Янукович	en=Viktor Yanukovych|Yanukovych|Yanukovich	gender=m	role=president	org=Ukraine	country=UA	former=1
person:viktor-iushchenko	person	uk=Віктор Ющенко|Ющенко	ru=Виктор Ющенко|Ющенко	en=Viktor Yushchenko|Yushchenko	gender=m	role=president	org=Ukraine	country=UA	former=1
person:leonid-kuchma	person	uk=Леонід Кучма|Кучма	ru=Леонид Кучма|Кучма	en=Leonid Kuchma|Kuchma	gender=m	role=president	org=Ukraine	country=UA	former=1
person:leonid-kravchuk	person	uk=Леонід Кравчук|Кравчук	ru=Леонид Кравчук|Кравчук	en=Leonid Kravchuk|Kravchuk	gender=m	role=president	org=Ukraine	country=UA	former=1
person:yuliia-sviridenko	person	uk=Юлія Свириденко|Свириденко	ru=Юлия Свириденко|Свириденко	en=Yuliia Svyrydenko|Yulia Svyrydenko|Svyrydenko	gender=f	role=prime minister	org=Ukraine	country=UA
person:denys-shmihal	person	uk=Денис Шмигаль|Шмигаль	ru=Денис Шмыгаль|Шмыгаль	en=Denys Shmyhal|Denis Shmygal|Shmyhal|Shmygal	gender=m	role=defence minister	org=Ukraine	country=UA
person:yuliia-timoshenko	person	uk=Юлія Тимошенко|Тимошенко	ru=Юлия Тимошенко|Тимошенко	en=Yulia Tymoshenko|Yuliia Tymoshenko|Tymoshenko	gender=f	role=party leader	org=Batkivshchyna	country=UA
person:arsenii-iaceniuk	person	uk=Арсеній Яценюк|Яценюк	ru=Арсений Яценюк|Яценюк	en=Arseniy Yatsenyuk|Arsenii Yatseniuk|Yatsenyuk	gender=m	role=prime minister	org=Ukraine	country=UA	former=1
person:volodymyr-hroisman	person	uk=Володимир Гройсман|Гройсман	ru=Владимир Гройсман|Гройсман	en=Volodymyr Groysman|Volodymyr Hroisman|Groysman	gender=m	role=prime minister	org=Ukraine	country=UA	former=1
person:oleksii-honcharuk	person	uk=Олексій Гончарук|Гончарук	ru=Алексей Гончарук|Гончарук	en=Oleksiy Honcharuk|Oleksii Honcharuk|Honcharuk	gender=m	role=prime minister	org=Ukraine	country=UA	former=1
person:mykola-azarov	person	uk=Микола Азаров|Азаров	ru=Николай Азаров|Азаров	en=Mykola Azarov|Azarov	gender=m	role=prime minister	org=Ukraine	country=UA	former=1
person:mykhailo-fedorov	person	uk=Михайло Федоров|Федоров{ctx}	ru=Михаил Федоров|Федоров{ctx}	en=Mykhailo Fedorov|Mykhaylo Fedorov|Fedorov{ctx}	gender=m	role=first deputy prime minister	org=Ukraine	country=UA	note=minister of digital transformation
person:andrii-sibiha	person	uk=Андрій Сибіга|Сибіга	ru=Андрей Сибига|Сибига	en=Andrii Sybiha|Andriy Sybiha|Sybiha	gender=m	role=foreign minister	org=Ukraine	country=UA
person:dmytro-kuleba	person	uk=Дмитро Кулеба|Кулеба{ctx}	ru=Дмитрий Кулеба|Кулеба{ctx}	en=Dmytro Kuleba|Kuleba{ctx}	gender=m	role=foreign minister	org=Ukraine	country=UA	former=1
person:pavlo-klimkin	person	uk=Павло Клімкін|Клімкін	ru=Павел Климкин|Климкин	en=Pavlo Klimkin|Klimkin	gender=m	role=foreign minister	org=Ukraine	country=UA	former=1
person:rustem-umerov	person	uk=Рустем Умєров|Умєров	ru=Рустем Умеров|Умеров	en=Rustem Umerov|Umerov	gender=m	role=security council secretary	org=National Security and Defense Council of Ukraine	country=UA
person:oleksii-reznikov	person	uk=Олексій Резніков|Резніков	ru=Алексей Резников|Резников	en=Oleksii Reznikov|Oleksiy Reznikov|Reznikov	gender=m	role=defence minister	org=Ukraine	country=UA	former=1
person:serhii-marchenko	person	uk=Сергій Марченко|Марченко{ctx}	ru=Сергей Марченко|Марченко{ctx}	en=Serhii Marchenko|Serhiy Marchenko|Marchenko{ctx}	gender=m	role=finance minister	org=Ukraine	country=UA
person:oleksii-sobolev	person	uk=Олексій Соболев|Соболев	ru=Алексей Соболев|Соболев	en=Oleksii Sobolev|Oleksiy Sobolev|Sobolev	gender=m	role=economy minister	org=Ukraine	country=UA
person:ihor-klimenko	person	uk=Ігор Клименко|Клименко{ctx}	ru=Игорь Клименко|Клименко{ctx}	en=Ihor Klymenko|Igor Klimenko|Klymenko{ctx}	gender=m	role=interior minister	org=Ukraine	country=UA
person:denys-monastirskii	person	uk=Денис Монастирський|Монастирський	ru=Денис Монастырский|Монастырский	en=Denys Monastyrskyi|Denys Monastyrsky|Monastyrsky	gender=m	role=interior minister	org=Ukraine	country=UA	former=1
person:arsen-avakov	person	uk=Арсен Аваков|Аваков	ru=Арсен Аваков|Аваков	en=Arsen Avakov|Avakov	gender=m	role=interior minister	org=Ukraine	country=UA	former=1
person:viktor-liashko	person	uk=Віктор Ляшко|Ляшко	ru=Виктор Ляшко|Ляшко	en=Viktor Liashko|Viktor Lyashko|Liashko|Lyashko	gender=m	role=health minister	org=Ukraine	country=UA
person:oksen-lisovyi	person	uk=Оксен Лісовий|Лісовий	ru=Оксен Лесовой|Лесовой	en=Oksen Lisovyi|Oksen Lisovyy|Lisovyi	gender=m	role=education minister	org=Ukraine	country=UA
person:herman-halushchenko	person	uk=Герман Галущенко|Галущенко	ru=Герман Галущенко|Галущенко	en=Herman Halushchenko|German Galushchenko|Halushchenko|Galushchenko	gender=m	role=justice minister	org=Ukraine	country=UA	former=1
person:svitlana-hrinchuk	person	uk=Світлана Гринчук|Гринчук	ru=Светлана Гринчук|Гринчук	en=Svitlana Hrynchuk|Hrynchuk	gender=f	role=energy minister	org=Ukraine	country=UA	former=1
person:oleksii-kuleba	person	uk=Олексій Кулеба|Кулеба{ctx}	ru=Алексей Кулеба|Кулеба{ctx}	en=Oleksii Kuleba|Oleksiy Kuleba|Kuleba{ctx}	gender=m	role=deputy prime minister	org=Ukraine	country=UA	note=minister for communities and territories development
person:taras-kachka	person	uk=Тарас Качка|Качка{ctx}	ru=Тарас Качка|Качка{ctx}	en=Taras Kachka|Kachka	gender=m	role=deputy prime minister	org=Ukraine	country=UA	note=European integration
person:olha-stefanishina	person	uk=Ольга Стефанішина|Стефанішина	ru=Ольга Стефанишина|Стефанишина	en=Olha Stefanishyna|Olga Stefanishyna|Stefanishyna	gender=f	role=ambassador	org=Ukraine	country=UA
person:iryna-vereshchuk	person	uk=Ірина Верещук|Верещук	ru=Ирина Верещук|Верещук	en=Iryna Vereshchuk|Vereshchuk	gender=f	role=deputy head	org=Office of the President of Ukraine	country=UA
person:oleksandr-kubrakov	person	uk=Олександр Кубраков|Кубраков	ru=Александр Кубраков|Кубраков	en=Oleksandr Kubrakov|Kubrakov	gender=m	role=deputy prime minister	org=Ukraine	country=UA	former=1
person:oleksandr-kamishin	person	uk=Олександр Камишін|Камишін	ru=Александр Камышин|Камышин{ctx}	en=Oleksandr Kamyshin|Kamyshin{ctx}	gender=m	role=strategic industries minister	org=Ukraine	country=UA	former=1
person:herman-smetanin	person	uk=Герман Сметанін|Сметанін	ru=Герман Сметанин|Сметанин	en=Herman Smetanin|German Smetanin|Smetanin	gender=m	role=strategic industries minister	org=Ukraine	country=UA	former=1
person:denys-uliutin	person	uk=Денис Улютін|Улютін	ru=Денис Улютин|Улютин	en=Denys Uliutin|Uliutin	gender=m	role=social policy minister	org=Ukraine	country=UA
person:oksana-zholnovich	person	uk=Оксана Жолнович|Жолнович	ru=Оксана Жолнович|Жолнович	en=Oksana Zholnovych|Zholnovych	gender=f	role=social policy minister	org=Ukraine	country=UA	former=1
person:nataliia-kalmikova	person	uk=Наталія Калмикова|Калмикова	ru=Наталья Калмыкова|Калмыкова	en=Natalia Kalmykova|Kalmykova	gender=f	role=veterans minister	org=Ukraine	country=UA
person:matvii-bidnii	person	uk=Матвій Бідний|Бідний{ctx}	ru=Матвей Бидный|Бидный	en=Matvii Bidnyi|Matviy Bidnyi|Bidnyi	gender=m	role=youth and sports minister	org=Ukraine	country=UA
person:tetiana-berezhna	person	uk=Тетяна Бережна|Бережна	ru=Татьяна Бережная|Бережная	en=Tetiana Berezhna|Tetyana Berezhna|Berezhna	gender=f	role=deputy prime minister	org=Ukraine	country=UA	note=humanitarian policy, culture
person:mykola-tochickii	person	uk=Микола Точицький|Точицький	ru=Николай Точицкий|Точицкий	en=Mykola Tochytskyi|Tochytskyi	gender=m	role=culture minister	org=Ukraine	country=UA	former=1
person:oleksandr-tkachenko	person	uk=Олександр Ткаченко|Ткаченко{ctx}	ru=Александр Ткаченко|Ткаченко{ctx}	en=Oleksandr Tkachenko|Tkachenko{ctx}	gender=m	role=culture minister	org=Ukraine	country=UA	former=1
person:denys-maliuska	person	uk=Денис Малюська|Малюська	ru=Денис Малюська|Малюська	en=Denys Maliuska|Maliuska	gender=m	role=justice minister	org=Ukraine	country=UA	former=1
person:mykola-solskii	person	uk=Микола Сольський|Сольський	ru=Николай Сольский|Сольский	en=Mykola Solskyi|Solskyi	gender=m	role=agriculture minister	org=Ukraine	country=UA	former=1
person:vitalii-koval	person	uk=Віталій Коваль|Коваль{ctx}	ru=Виталий Коваль|Коваль{ctx}	en=Vitalii Koval|Vitaliy Koval|Koval{ctx}	gender=m	role=agriculture minister	org=Ukraine	country=UA	former=1
person:ruslan-strilec	person	uk=Руслан Стрілець|Стрілець{ctx}	ru=Руслан Стрелец|Стрелец{ctx}	en=Ruslan Strilets|Strilets	gender=m	role=environment minister	org=Ukraine	country=UA	former=1
person:oleh-nemchinov	person	uk=Олег Немчінов|Немчінов	ru=Олег Немчинов|Немчинов	en=Oleh Nemchinov|Nemchinov	gender=m	role=minister of the Cabinet of Ministers	org=Ukraine	country=UA
person:taras-melnichuk	person	uk=Тарас Мельничук|Мельничук{ctx}	ru=Тарас Мельничук|Мельничук{ctx}	en=Taras Melnychuk|Melnychuk{ctx}	gender=m	role=government representative in parliament	org=Ukraine	country=UA
person:ruslan-stefanchuk	person	uk=Руслан Стефанчук|Стефанчук	ru=Руслан Стефанчук|Стефанчук	en=Ruslan Stefanchuk|Stefanchuk	gender=m	role=speaker	org=Verkhovna Rada	country=UA
person:oleksandr-kornienko	person	uk=Олександр Корнієнко|Корнієнко	ru=Александр Корниенко|Корниенко	en=Oleksandr Korniienko|Oleksandr Korniyenko|Korniienko	gender=m	role=deputy speaker	org=Verkhovna Rada	country=UA
person:olena-kondratiuk	person	uk=Олена Кондратюк|Кондратюк	ru=Елена Кондратюк|Кондратюк	en=Olena Kondratiuk|Kondratiuk	gender=f	role=deputy speaker	org=Verkhovna Rada	country=UA
person:dmytro-razumkov	person	uk=Дмитро Разумков|Разумков	ru=Дмитрий Разумков|Разумков	en=Dmytro Razumkov|Razumkov	gender=m	role=speaker	org=Verkhovna Rada	country=UA	former=1
person:davyd-arahamia	person	uk=Давид Арахамія|Арахамія	ru=Давид Арахамия|Арахамия	en=Davyd Arakhamia|David Arakhamia|Arakhamia	gender=m	role=party leader	org=Servant of the People	country=UA
person:yurii-boiko	person	uk=Юрій Бойко|Бойко{ctx}	ru=Юрий Бойко|Бойко{ctx}	en=Yurii Boiko|Yuriy Boyko|Boiko{ctx}	gender=m	role=mp	org=Verkhovna Rada	country=UA
person:viktor-medvedchuk	person	uk=Віктор Медведчук|Медведчук	ru=Виктор Медведчук|Медведчук	en=Viktor Medvedchuk|Medvedchuk	gender=m	role=politician	org=Ukraine	country=UA
person:oleksii-honcharenko	person	uk=Олексій Гончаренко|Гончаренко{ctx}	ru=Алексей Гончаренко|Гончаренко{ctx}	en=Oleksii Honcharenko|Oleksiy Goncharenko|Honcharenko{ctx}|Goncharenko	gender=m	role=mp	org=Verkhovna Rada	country=UA
person:danylo-hetmancev	person	uk=Данило Гетманцев|Гетманцев	ru=Даниил Гетманцев|Гетманцев	en=Danylo Hetmantsev|Hetmantsev	gender=m	role=committee chairman	org=Verkhovna Rada	country=UA
person:mariana-bezuhla	person	uk=Мар'яна Безугла|Безугла	ru=Марьяна Безуглая|Безуглая	en=Mariana Bezuhla|Maryana Bezuhla|Bezuhla	gender=f	role=mp	org=Verkhovna Rada	country=UA
person:andrii-iermak	person	uk=Андрій Єрмак|Єрмак	ru=Андрей Ермак|Ермак	en=Andriy Yermak|Andrii Yermak|Yermak	gender=m	role=chief of staff	org=Office of the President of Ukraine	country=UA	former=1
person:andrii-bohdan	person	uk=Андрій Богдан|Богдан{ctx}	ru=Андрей Богдан|Богдан{ctx}	en=Andriy Bohdan|Andrii Bohdan|Bohdan{ctx}	gender=m	role=chief of staff	org=Office of the President of Ukraine	country=UA	former=1
person:kyrylo-budanov	person	uk=Кирило Буданов|Буданов	ru=Кирилл Буданов|Буданов	en=Kyrylo Budanov|Kirill Budanov|Budanov	gender=m	role=chief of staff	org=Office of the President of Ukraine	country=UA	note=former head of Defence Intelligence (HUR)
person:oleh-ivashchenko	person	uk=Олег Іващенко|Іващенко	ru=Олег Иващенко|Иващенко	en=Oleh Ivashchenko|Ivashchenko	gender=m	role=head	org=Defence Intelligence of Ukraine	country=UA
person:ihor-zhovkva	person	uk=Ігор Жовква|Жовква{ctx}	ru=Игорь Жовква|Жовква{ctx}	en=Ihor Zhovkva|Zhovkva	gender=m	role=deputy head	org=Office of the President of Ukraine	country=UA
person:pavlo-palisa	person	uk=Павло Паліса|Паліса	ru=Павел Палиса|Палиса	en=Pavlo Palisa|Palisa	gender=m	role=deputy head	org=Office of the President of Ukraine	country=UA
person:oleh-tatarov	person	uk=Олег Татаров|Татаров	ru=Олег Татаров|Татаров	en=Oleh Tatarov|Tatarov	gender=m	role=deputy head	org=Office of the President of Ukraine	country=UA
person:mykhailo-podoliak	person	uk=Михайло Подоляк|Подоляк	ru=Михаил Подоляк|Подоляк	en=Mykhailo Podolyak|Mykhailo Podoliak|Podolyak|Podoliak	gender=m	role=adviser	org=Office of the President of Ukraine	country=UA
person:serhii-leshchenko	person	uk=Сергій Лещенко|Лещенко	ru=Сергей Лещенко|Лещенко	en=Serhii Leshchenko|Serhiy Leshchenko|Leshchenko	gender=m	role=adviser	org=Office of the President of Ukraine	country=UA
person:dmytro-litvin	person	uk=Дмитро Литвин|Литвин{ctx}	ru=Дмитрий Литвин|Литвин{ctx}	en=Dmytro Lytvyn|Lytvyn{ctx}	gender=m	role=adviser	org=Office of the President of Ukraine	country=UA
person:oleksii-arestovich	person	uk=Олексій Арестович|Арестович	ru=Алексей Арестович|Арестович	en=Oleksiy Arestovych|Oleksii Arestovych|Arestovych|Arestovich	gender=m	role=adviser	org=Office of the President of Ukraine	country=UA	former=1
person:andrii-pishnii	person	uk=Андрій Пишний|Пишний{ctx}	ru=Андрей Пышный|Пышный{ctx}	en=Andriy Pyshnyy|Andrii Pyshnyi|Pyshnyy|Pyshnyi	gender=m	role=central bank governor	org=National Bank of Ukraine	country=UA
person:kyrylo-shevchenko	person	uk=Кирило Шевченко|Шевченко{ctx}	ru=Кирилл Шевченко|Шевченко{ctx}	en=Kyrylo Shevchenko|Shevchenko{ctx}	gender=m	role=central bank governor	org=National Bank of Ukraine	country=UA	former=1
person:vasyl-maliuk	person	uk=Василь Малюк|Малюк{ctx}	ru=Василий Малюк|Малюк{ctx}	en=Vasyl Maliuk|Vasyl Malyuk|Maliuk|Malyuk	gender=m	role=head	org=Security Service of Ukraine	country=UA
person:ivan-bakanov	person	uk=Іван Баканов|Баканов	ru=Иван Баканов|Баканов	en=Ivan Bakanov|Bakanov	gender=m	role=head	org=Security Service of Ukraine	country=UA	former=1
person:oleksandr-litvinenko	person	uk=Олександр Литвиненко|Литвиненко{ctx}	ru=Александр Литвиненко|Литвиненко{ctx}	en=Oleksandr Lytvynenko|Lytvynenko{ctx}	gender=m	role=head	org=Foreign Intelligence Service of Ukraine	country=UA
person:oleksii-danilov	person	uk=Олексій Данілов|Данілов	ru=Алексей Данилов|Данилов	en=Oleksiy Danilov|Oleksii Danilov|Danilov	gender=m	role=security council secretary	org=National Security and Defense Council of Ukraine	country=UA	former=1
person:oleksandr-sirskii	person	uk=Олександр Сирський|Сирський	ru=Александр Сырский|Сырский	en=Oleksandr Syrskyi|Oleksandr Syrsky|Syrskyi|Syrsky	gender=m	role=commander-in-chief	org=Armed Forces of Ukraine	country=UA
person:valerii-zaluzhnii	person	uk=Валерій Залужний|Залужний	ru=Валерий Залужный|Залужный	en=Valerii Zaluzhnyi|Valeriy Zaluzhnyi|Valery Zaluzhny|Zaluzhnyi|Zaluzhny	gender=m	role=ambassador	org=Ukraine	country=UA	note=former commander-in-chief, ambassador to the United Kingdom
person:andrii-hnatov	person	uk=Андрій Гнатов|Гнатов	ru=Андрей Гнатов|Гнатов	en=Andrii Hnatov|Andriy Hnatov|Hnatov	gender=m	role=chief of the general staff	org=Armed Forces of Ukraine	country=UA
person:anatolii-barhilevich	person	uk=Анатолій Баргилевич|Баргилевич	ru=Анатолий Баргилевич|Баргилевич	en=Anatolii Barhylevych|Barhylevych	gender=m	role=chief of the general staff	org=Armed Forces of Ukraine	country=UA	former=1
person:serhii-shaptala	person	uk=Сергій Шаптала|Шаптала	ru=Сергей Шаптала|Шаптала	en=Serhii Shaptala|Shaptala	gender=m	role=chief of the general staff	org=Armed Forces of Ukraine	country=UA	former=1
person:mykhailo-drapatii	person	uk=Михайло Драпатий|Драпатий	ru=Михаил Драпатый|Драпатый	en=Mykhailo Drapatyi|Drapatyi	gender=m	role=commander	org=Armed Forces of Ukraine	country=UA
person:yurii-sodol	person	uk=Юрій Содоль|Содоль	ru=Юрий Содоль|Содоль	en=Yurii Sodol|Sodol	gender=m	role=commander	org=Armed Forces of Ukraine	country=UA	former=1
person:oleksandr-tarnavskii	person	uk=Олександр Тарнавський|Тарнавський	ru=Александр Тарнавский|Тарнавский	en=Oleksandr Tarnavskyi|Tarnavskyi	gender=m	role=commander	org=Armed Forces of Ukraine	country=UA
person:robert-brovdi	person	uk=Роберт Бровді|Бровді{x}|Мадяр{ctx}	ru=Роберт Бровди|Бровди{x}|Мадьяр{ctx}	en=Robert Brovdi|Brovdi|Madyar{ctx}	gender=m	role=commander	org=Unmanned Systems Forces	country=UA
person:vadym-suharevskii	person	uk=Вадим Сухаревський|Сухаревський	ru=Вадим Сухаревский|Сухаревский	en=Vadym Sukharevskyi|Sukharevskyi	gender=m	role=commander	org=Unmanned Systems Forces	country=UA	former=1
person:anatolii-krivonozhko	person	uk=Анатолій Кривоножко|Кривоножко	ru=Анатолий Кривоножко|Кривоножко	en=Anatolii Kryvonozhko|Kryvonozhko	gender=m	role=commander	org=Ukrainian Air Force	country=UA
person:mykola-oleshchuk	person	uk=Микола Олещук|Олещук	ru=Николай Олещук|Олещук	en=Mykola Oleshchuk|Oleshchuk	gender=m	role=commander	org=Ukrainian Air Force	country=UA	former=1
person:yurii-ihnat	person	uk=Юрій Ігнат|Ігнат{ctx}	ru=Юрий Игнат|Игнат{ctx}	en=Yurii Ihnat|Yuriy Ihnat|Ihnat{ctx}	gender=m	role=spokesperson	org=Ukrainian Air Force	country=UA
person:oleksii-neizhpapa	person	uk=Олексій Неїжпапа|Неїжпапа	ru=Алексей Неижпапа|Неижпапа	en=Oleksii Neizhpapa|Neizhpapa	gender=m	role=commander	org=Ukrainian Navy	country=UA
person:dmytro-pletenchuk	person	uk=Дмитро Плетенчук|Плетенчук	ru=Дмитрий Плетенчук|Плетенчук	en=Dmytro Pletenchuk|Pletenchuk	gender=m	role=spokesperson	org=Ukrainian Navy	country=UA
person:oleksandr-pivnenko	person	uk=Олександр Півненко|Півненко	ru=Александр Пивненко|Пивненко	en=Oleksandr Pivnenko|Pivnenko	gender=m	role=commander	org=National Guard of Ukraine	country=UA
person:serhii-deineko	person	uk=Сергій Дейнеко|Дейнеко	ru=Сергей Дейнеко|Дейнеко	en=Serhii Deineko|Serhiy Deyneko|Deineko	gender=m	role=head	org=State Border Guard Service of Ukraine	country=UA
person:andrii-demchenko	person	uk=Андрій Демченко|Демченко{ctx}	ru=Андрей Демченко|Демченко{ctx}	en=Andrii Demchenko|Andriy Demchenko|Demchenko{ctx}	gender=m	role=spokesperson	org=State Border Guard Service of Ukraine	country=UA
person:ivan-vihivskii	person	uk=Іван Вигівський|Вигівський	ru=Иван Выговский|Выговский	en=Ivan Vyhivskyi|Vyhivskyi	gender=m	role=head	org=National Police of Ukraine	country=UA
person:dmytro-lubinec	person	uk=Дмитро Лубінець|Лубінець	ru=Дмитрий Лубинец|Лубинец	en=Dmytro Lubinets|Lubinets	gender=m	role=ombudsman	org=Verkhovna Rada	country=UA
person:andrii-kostin	person	uk=Андрій Костін|Костін{ctx}	ru=Андрей Костин|Костин{ctx}	en=Andriy Kostin|Andrii Kostin|Kostin{ctx}	gender=m	role=prosecutor general	org=Ukraine	country=UA	former=1
person:ruslan-kravchenko	person	uk=Руслан Кравченко|Кравченко{ctx}	ru=Руслан Кравченко|Кравченко{ctx}	en=Ruslan Kravchenko|Kravchenko{ctx}	gender=m	role=prosecutor general	org=Ukraine	country=UA
person:iryna-venediktova	person	uk=Ірина Венедіктова|Венедіктова	ru=Ирина Венедиктова|Венедиктова	en=Iryna Venediktova|Venediktova	gender=f	role=prosecutor general	org=Ukraine	country=UA	former=1
person:semen-krivonos	person	uk=Семен Кривонос|Кривонос	ru=Семен Кривонос|Семён Кривонос|Кривонос	en=Semen Kryvonos|Kryvonos	gender=m	role=director	org=National Anti-Corruption Bureau of Ukraine	country=UA
person:oleksandr-klimenko	person	uk=Олександр Клименко|Клименко{ctx}	ru=Александр Клименко|Клименко{ctx}	en=Oleksandr Klymenko|Klymenko{ctx}	gender=m	role=head	org=Specialized Anti-Corruption Prosecutor's Office	country=UA
person:artem-sitnik	person	uk=Артем Ситник|Ситник	ru=Артем Сытник|Артём Сытник|Сытник	en=Artem Sytnyk|Sytnyk	gender=m	role=director	org=National Anti-Corruption Bureau of Ukraine	country=UA	former=1
person:andrii-kovalenko	person	uk=Андрій Коваленко|Коваленко{ctx}	ru=Андрей Коваленко|Коваленко{ctx}	en=Andrii Kovalenko|Andriy Kovalenko|Kovalenko{ctx}	gender=m	role=head	org=Center for Countering Disinformation	country=UA
person:oksana-markarova	person	uk=Оксана Маркарова|Маркарова	ru=Оксана Маркарова|Маркарова	en=Oksana Markarova|Markarova	gender=f	role=ambassador	org=Ukraine	country=UA	former=1
person:serhii-kislicia	person	uk=Сергій Кислиця|Кислиця	ru=Сергей Кислица|Кислица	en=Sergiy Kyslytsya|Serhii Kyslytsia|Kyslytsya	gender=m	role=first deputy foreign minister	org=Ukraine	country=UA
person:andrii-melnik	person	uk=Андрій Мельник|Мельник{ctx}	ru=Андрей Мельник|Мельник{ctx}	en=Andrij Melnyk|Andrii Melnyk|Andriy Melnyk|Melnyk{ctx}	gender=m	role=permanent representative	org=Ukraine	country=UA
person:heorhii-tihii	person	uk=Георгій Тихий|Тихий{ctx}	ru=Георгий Тихий|Тихий{ctx}	en=Heorhii Tykhyi|Georgiy Tykhy|Tykhyi|Tykhy	gender=m	role=spokesperson	org=Ministry of Foreign Affairs of Ukraine	country=UA
person:serhii-nikiforov	person	uk=Сергій Никифоров|Никифоров	ru=Сергей Никифоров|Никифоров	en=Serhii Nykyforov|Serhiy Nykyforov|Nykyforov	gender=m	role=spokesperson	org=President of Ukraine	country=UA
person:olena-zelenska	person	uk=Олена Зеленська|Зеленська	ru=Елена Зеленская|Зеленская	en=Olena Zelenska|Zelenska	gender=f	role=first lady	org=Ukraine	country=UA
person:petro-kotin	person	uk=Петро Котін|Котін	ru=Петр Котин|Котин	en=Petro Kotin|Kotin	gender=m	role=ceo	org=Energoatom	country=UA
person:volodymyr-kudrickii	person	uk=Володимир Кудрицький|Кудрицький	ru=Владимир Кудрицкий|Кудрицкий	en=Volodymyr Kudrytskyi|Kudrytskyi	gender=m	role=ceo	org=Ukrenergo	country=UA	former=1
person:oleksii-chernishov	person	uk=Олексій Чернишов|Чернишов	ru=Алексей Чернышов|Чернышов	en=Oleksiy Chernyshov|Oleksii Chernyshov|Chernyshov	gender=m	role=ceo	org=Naftogaz	country=UA	former=1
person:serhii-koreckii	person	uk=Сергій Корецький|Корецький	ru=Сергей Корецкий|Корецкий	en=Serhii Koretskyi|Sergii Koretskyi|Koretskyi	gender=m	role=ceo	org=Naftogaz	country=UA
person:tymur-mindich	person	uk=Тимур Міндіч|Міндіч	ru=Тимур Миндич|Миндич	en=Tymur Mindich|Timur Mindich|Mindich	gender=m	role=businessman	org=Ukraine	country=UA

# --- Ukraine: mayors and heads of regional administrations
person:vitalii-klichko	person	uk=Віталій Кличко|Кличко	ru=Виталий Кличко|Кличко	en=Vitali Klitschko|Vitalii Klychko|Vitaliy Klitschko|Klitschko|Klychko	gender=m	role=mayor	org=Kyiv	country=UA
person:volodymyr-klichko	person	uk=Володимир Кличко	ru=Владимир Кличко	en=Wladimir Klitschko|Volodymyr Klychko	gender=m	role=boxer	org=Ukraine	country=UA
person:ihor-terehov	person	uk=Ігор Терехов|Терехов	ru=Игорь Терехов|Терехов	en=Ihor Terekhov|Igor Terekhov|Terekhov	gender=m	role=mayor	org=Kharkiv	country=UA
person:hennadii-truhanov	person	uk=Геннадій Труханов|Труханов	ru=Геннадий Труханов|Труханов	en=Hennadiy Trukhanov|Gennadiy Trukhanov|Trukhanov	gender=m	role=mayor	org=Odesa	country=UA	former=1
person:borys-filatov	person	uk=Борис Філатов|Філатов	ru=Борис Филатов|Филатов	en=Borys Filatov|Boris Filatov|Filatov	gender=m	role=mayor	org=Dnipro	country=UA
person:andrii-sadovii	person	uk=Андрій Садовий|Садовий	ru=Андрей Садовый|Садовый	en=Andriy Sadovyi|Andrii Sadovyi|Andriy Sadovyy|Sadovyi|Sadovyy	gender=m	role=mayor	org=Lviv	country=UA
person:oleksandr-senkevich	person	uk=Олександр Сєнкевич|Сєнкевич	ru=Александр Сенкевич|Сенкевич	en=Oleksandr Senkevych|Senkevych|Senkevich	gender=m	role=mayor	org=Mykolaiv	country=UA
person:serhii-morhunov	person	uk=Сергій Моргунов|Моргунов	ru=Сергей Моргунов|Моргунов	en=Serhii Morhunov|Serhiy Morgunov|Morhunov|Morgunov	gender=m	role=mayor	org=Vinnytsia	country=UA
person:oleksandr-vilkul	person	uk=Олександр Вілкул|Вілкул	ru=Александр Вилкул|Вилкул	en=Oleksandr Vilkul|Vilkul	gender=m	role=head of the military administration	org=Kryvyi Rih	country=UA
person:vladyslav-atroshenko	person	uk=Владислав Атрошенко|Атрошенко	ru=Владислав Атрошенко|Атрошенко	en=Vladyslav Atroshenko|Atroshenko	gender=m	role=mayor	org=Chernihiv	country=UA	former=1
person:oleksandr-mamai	person	uk=Олександр Мамай|Мамай{ctx}	ru=Александр Мамай|Мамай{ctx}	en=Oleksandr Mamai|Mamai	gender=m	role=mayor	org=Poltava	country=UA	former=1
person:serhii-suhomlin	person	uk=Сергій Сухомлин|Сухомлин	ru=Сергей Сухомлин|Сухомлин	en=Serhii Sukhomlyn|Sukhomlyn	gender=m	role=mayor	org=Zhytomyr	country=UA
person:serhii-nadal	person	uk=Сергій Надал|Надал	ru=Сергей Надал|Надал	en=Serhii Nadal|Nadal{ctx}	gender=m	role=mayor	org=Ternopil	country=UA
person:ihor-polishchuk	person	uk=Ігор Поліщук|Поліщук{ctx}	ru=Игорь Полищук|Полищук{ctx}	en=Ihor Polishchuk|Polishchuk{ctx}	gender=m	role=mayor	org=Lutsk	country=UA
person:oleksandr-tretiak	person	uk=Олександр Третяк|Третяк	ru=Александр Третяк|Третяк	en=Oleksandr Tretiak|Tretiak	gender=m	role=mayor	org=Rivne	country=UA
person:ruslan-marcinkiv	person	uk=Руслан Марцінків|Марцінків	ru=Руслан Марцинкив|Марцинкив	en=Ruslan Martsinkiv|Martsinkiv	gender=m	role=mayor	org=Ivano-Frankivsk	country=UA
person:bohdan-andriv	person	uk=Богдан Андріїв|Андріїв	ru=Богдан Андриев|Андриев	en=Bohdan Andriiv|Andriiv	gender=m	role=mayor	org=Uzhhorod	country=UA
person:roman-klichuk	person	uk=Роман Клічук|Клічук	ru=Роман Кличук|Кличук	en=Roman Klichuk|Klichuk	gender=m	role=mayor	org=Chernivtsi	country=UA
person:oleksandr-simchishin	person	uk=Олександр Симчишин|Симчишин	ru=Александр Симчишин|Симчишин	en=Oleksandr Symchyshyn|Symchyshyn	gender=m	role=mayor	org=Khmelnytskyi	country=UA
person:anatolii-bondarenko	person	uk=Анатолій Бондаренко|Бондаренко{ctx}	ru=Анатолий Бондаренко|Бондаренко{ctx}	en=Anatolii Bondarenko|Bondarenko{ctx}	gender=m	role=mayor	org=Cherkasy	country=UA
person:ivan-fedorov	person	uk=Іван Федоров|Федоров{ctx}	ru=Иван Федоров|Федоров{ctx}	en=Ivan Fedorov|Fedorov{ctx}	gender=m	role=governor	org=Zaporizhzhia Oblast	country=UA	note=former mayor of Melitopol
person:rehina-harchenko	person	uk=Регіна Харченко|Харченко{ctx}	ru=Регина Харченко|Харченко{ctx}	en=Regina Kharchenko|Kharchenko{ctx}	gender=f	role=head of the military administration	org=Zaporizhzhia	country=UA
person:vadym-boichenko	person	uk=Вадим Бойченко|Бойченко	ru=Вадим Бойченко|Бойченко	en=Vadym Boichenko|Vadym Boychenko|Boichenko|Boychenko	gender=m	role=mayor	org=Mariupol	country=UA
person:roman-mrochko	person	uk=Роман Мрочко|Мрочко	ru=Роман Мрочко|Мрочко	en=Roman Mrochko|Mrochko	gender=m	role=head of the military administration	org=Kherson	country=UA
person:ihor-kolihaev	person	uk=Ігор Колихаєв|Колихаєв	ru=Игорь Колыхаев|Колыхаев	en=Ihor Kolykhaiev|Igor Kolykhaev|Kolykhaiev|Kolykhaev	gender=m	role=mayor	org=Kherson	country=UA	former=1
person:hennadii-dikii	person	uk=Геннадій Дикий|Дикий{ctx}	ru=Геннадий Дикий|Дикий{ctx}	en=Hennadii Dykyi|Dykyi	gender=m	role=mayor	org=Bila Tserkva	country=UA
person:oleksandr-markushin	person	uk=Олександр Маркушин|Маркушин	ru=Александр Маркушин|Маркушин	en=Oleksandr Markushyn|Markushyn	gender=m	role=mayor	org=Irpin	country=UA
person:anatolii-fedoruk	person	uk=Анатолій Федорук|Федорук	ru=Анатолий Федорук|Федорук	en=Anatolii Fedoruk|Anatoliy Fedoruk|Fedoruk	gender=m	role=mayor	org=Bucha	country=UA
person:oleksandr-honcharenko	person	uk=Олександр Гончаренко|Гончаренко{ctx}	ru=Александр Гончаренко|Гончаренко{ctx}	en=Oleksandr Honcharenko|Honcharenko{ctx}	gender=m	role=mayor	org=Kramatorsk	country=UA
person:vadym-liah	person	uk=Вадим Лях|Лях{ctx}	ru=Вадим Лях|Лях{ctx}	en=Vadym Liakh|Vadym Lyakh|Liakh|Lyakh	gender=m	role=mayor	org=Sloviansk	country=UA
person:oleh-sinehubov	person	uk=Олег Синєгубов|Синєгубов	ru=Олег Синегубов|Синегубов	en=Oleh Syniehubov|Oleh Synehubov|Syniehubov|Synehubov	gender=m	role=governor	org=Kharkiv Oblast	country=UA
person:serhii-lisak	person	uk=Сергій Лисак|Лисак	ru=Сергей Лысак|Лысак	en=Serhii Lysak|Serhiy Lysak|Lysak	gender=m	role=head of the military administration	org=Odesa	country=UA	note=former governor of Dnipropetrovsk Oblast
person:oleh-kiper	person	uk=Олег Кіпер|Кіпер	ru=Олег Кипер|Кипер	en=Oleh Kiper|Kiper	gender=m	role=governor	org=Odesa Oblast	country=UA
person:vitalii-kim	person	uk=Віталій Кім|Кім{ctx}	ru=Виталий Ким|Ким{ctx}	en=Vitalii Kim|Vitaliy Kim|Kim{ctx}	gender=m	role=governor	org=Mykolaiv Oblast	country=UA
person:oleksandr-prokudin	person	uk=Олександр Прокудін|Прокудін	ru=Александр Прокудин|Прокудин	en=Oleksandr Prokudin|Prokudin	gender=m	role=governor	org=Kherson Oblast	country=UA
person:vadym-filashkin	person	uk=Вадим Філашкін|Філашкін	ru=Вадим Филашкин|Филашкин	en=Vadym Filashkin|Filashkin	gender=m	role=governor	org=Donetsk Oblast	country=UA
person:pavlo-kirilenko	person	uk=Павло Кириленко|Кириленко	ru=Павел Кириленко|Кириленко	en=Pavlo Kyrylenko|Kyrylenko	gender=m	role=governor	org=Donetsk Oblast	country=UA	former=1
person:serhii-haidai	person	uk=Сергій Гайдай|Гайдай	ru=Сергей Гайдай|Гайдай	en=Serhiy Haidai|Serhii Haidai|Haidai	gender=m	role=governor	org=Luhansk Oblast	country=UA	former=1
person:artem-lisohor	person	uk=Артем Лисогор|Лисогор	ru=Артем Лысогор|Артём Лысогор|Лысогор	en=Artem Lysohor|Lysohor	gender=m	role=governor	org=Luhansk Oblast	country=UA
person:volodymyr-artiuh	person	uk=Володимир Артюх|Артюх	ru=Владимир Артюх|Артюх	en=Volodymyr Artiukh|Artiukh	gender=m	role=governor	org=Sumy Oblast	country=UA	former=1
person:oleh-hrihorov	person	uk=Олег Григоров|Григоров	ru=Олег Григоров|Григоров	en=Oleh Hryhorov|Hryhorov	gender=m	role=governor	org=Sumy Oblast	country=UA
person:viacheslav-chaus	person	uk=В'ячеслав Чаус|Чаус	ru=Вячеслав Чаус|Чаус	en=Viacheslav Chaus|Vyacheslav Chaus|Chaus	gender=m	role=governor	org=Chernihiv Oblast	country=UA
person:maksym-kozickii	person	uk=Максим Козицький|Козицький	ru=Максим Козицкий|Козицкий	en=Maksym Kozytskyi|Kozytskyi	gender=m	role=governor	org=Lviv Oblast	country=UA
person:mykola-kalashnik	person	uk=Микола Калашник|Калашник	ru=Николай Калашник|Калашник	en=Mykola Kalashnyk|Kalashnyk	gender=m	role=governor	org=Kyiv Oblast	country=UA
person:serhii-popko	person	uk=Сергій Попко|Попко	ru=Сергей Попко|Попко	en=Serhii Popko|Serhiy Popko|Popko	gender=m	role=head of the military administration	org=Kyiv	country=UA	former=1
person:tymur-tkachenko	person	uk=Тимур Ткаченко|Ткаченко{ctx}	ru=Тимур Ткаченко|Ткаченко{ctx}	en=Tymur Tkachenko|Tkachenko{ctx}	gender=m	role=head of the military administration	org=Kyiv	country=UA
person:serhii-borzov	person	uk=Сергій Борзов|Борзов	ru=Сергей Борзов|Борзов	en=Serhii Borzov|Borzov	gender=m	role=governor	org=Vinnytsia Oblast	country=UA
person:ivan-rudnickii	person	uk=Іван Рудницький|Рудницький	ru=Иван Рудницкий|Рудницкий	en=Ivan Rudnytskyi|Rudnytskyi	gender=m	role=governor	org=Volyn Oblast	country=UA
person:vitalii-bunechko	person	uk=Віталій Бунечко|Бунечко	ru=Виталий Бунечко|Бунечко	en=Vitalii Bunechko|Bunechko	gender=m	role=governor	org=Zhytomyr Oblast	country=UA
person:svitlana-onishchuk	person	uk=Світлана Онищук|Онищук	ru=Светлана Онищук|Онищук	en=Svitlana Onyshchuk|Onyshchuk	gender=f	role=governor	org=Ivano-Frankivsk Oblast	country=UA
person:myroslav-bileckii	person	uk=Мирослав Білецький|Білецький	ru=Мирослав Билецкий|Билецкий	en=Myroslav Biletskyi|Biletskyi	gender=m	role=governor	org=Zakarpattia Oblast	country=UA
person:ruslan-zaparaniuk	person	uk=Руслан Запаранюк|Запаранюк	ru=Руслан Запаранюк|Запаранюк	en=Ruslan Zaparaniuk|Zaparaniuk	gender=m	role=governor	org=Chernivtsi Oblast	country=UA
person:ihor-taburec	person	uk=Ігор Табурець|Табурець	ru=Игорь Табурец|Табурец	en=Ihor Taburets|Taburets	gender=m	role=governor	org=Cherkasy Oblast	country=UA
person:andrii-raikovich	person	uk=Андрій Райкович|Райкович	ru=Андрей Райкович|Райкович	en=Andrii Raikovych|Raikovych	gender=m	role=governor	org=Kirovohrad Oblast	country=UA
person:oleksandr-koval	person	uk=Олександр Коваль|Коваль{ctx}	ru=Александр Коваль|Коваль{ctx}	en=Oleksandr Koval|Koval{ctx}	gender=m	role=governor	org=Rivne Oblast	country=UA
person:serhii-tiurin	person	uk=Сергій Тюрін|Тюрін	ru=Сергей Тюрин|Тюрин	en=Serhii Tiurin|Tiurin	gender=m	role=governor	org=Khmelnytskyi Oblast	country=UA
person:viacheslav-nehoda	person	uk=В'ячеслав Негода|Негода{ctx}	ru=Вячеслав Негода|Негода{ctx}	en=Viacheslav Nehoda|Nehoda	gender=m	role=governor	org=Ternopil Oblast	country=UA

# --- Russia and Belarus
Q7747	person	uk=Володимир Путін|Путін	ru=Владимир Путин|Путин	en=Vladimir Putin|Putin	gender=m	role=president	org=Russia	country=RU
Q23530	person	uk=Дмитро Медведєв|Медведєв	ru=Дмитрий Медведев|Медведев	en=Dmitry Medvedev|Dmitri Medvedev|Medvedev	gender=m	role=deputy chairman of the security council	org=Russia	country=RU	note=former president and prime minister
person:mykhailo-mishustin	person	uk=Михайло Мішустін|Мішустін	ru=Михаил Мишустин|Мишустин	en=Mikhail Mishustin|Mishustin	gender=m	role=prime minister	org=Russia	country=RU
person:serhii-lavrov	person	uk=Сергій Лавров|Лавров	ru=Сергей Лавров|Лавров	en=Sergey Lavrov|Sergei Lavrov|Lavrov	gender=m	role=foreign minister	org=Russia	country=RU
person:serhii-shoihu	person	uk=Сергій Шойгу|Шойгу{x}	ru=Сергей Шойгу|Шойгу{x}	en=Sergei Shoigu|Sergey Shoygu|Shoigu|Shoygu	gender=m	role=security council secretary	org=Russia	country=RU	note=former defence minister
person:andrii-belousov	person	uk=Андрій Бєлоусов|Бєлоусов	ru=Андрей Белоусов|Белоусов	en=Andrei Belousov|Andrey Belousov|Belousov	gender=m	role=defence minister	org=Russia	country=RU
person:dmytro-peskov	person	uk=Дмитро Пєсков|Пєсков|Песков	ru=Дмитрий Песков|Песков	en=Dmitry Peskov|Dmitri Peskov|Peskov	gender=m	role=spokesperson	org=Kremlin	country=RU
person:elvira-nabiullina	person	uk=Ельвіра Набіулліна|Набіулліна	ru=Эльвира Набиуллина|Набиуллина	en=Elvira Nabiullina|Nabiullina	gender=f	role=central bank governor	org=Bank of Russia	country=RU
person:serhii-sobianin	person	uk=Сергій Собянін|Собянін	ru=Сергей Собянин|Собянин	en=Sergey Sobyanin|Sergei Sobyanin|Sobyanin	gender=m	role=mayor	org=Moscow	country=RU
person:viacheslav-volodin	person	uk=В'ячеслав Володін|Володін	ru=Вячеслав Володин|Володин	en=Vyacheslav Volodin|Volodin	gender=m	role=speaker	org=State Duma	country=RU
person:valentyna-matviienko	person	uk=Валентина Матвієнко|Матвієнко	ru=Валентина Матвиенко|Матвиенко	en=Valentina Matviyenko|Valentina Matvienko|Matviyenko|Matvienko	gender=f	role=speaker	org=Federation Council	country=RU
person:mariia-zaharova	person	uk=Марія Захарова|Захарова	ru=Мария Захарова|Захарова	en=Maria Zakharova|Zakharova	gender=f	role=spokesperson	org=Ministry of Foreign Affairs of Russia	country=RU
person:denys-manturov	person	uk=Денис Мантуров|Мантуров	ru=Денис Мантуров|Мантуров	en=Denis Manturov|Manturov	gender=m	role=first deputy prime minister	org=Russia	country=RU
person:tetiana-holikova	person	uk=Тетяна Голікова|Голікова	ru=Татьяна Голикова|Голикова	en=Tatyana Golikova|Tatiana Golikova|Golikova	gender=f	role=deputy prime minister	org=Russia	country=RU
person:oleksandr-novak	person	uk=Олександр Новак|Новак{ctx}	ru=Александр Новак|Новак{ctx}	en=Alexander Novak|Aleksandr Novak|Novak{ctx}	gender=m	role=deputy prime minister	org=Russia	country=RU
person:marat-husnullin	person	uk=Марат Хуснуллін|Хуснуллін	ru=Марат Хуснуллин|Хуснуллин	en=Marat Khusnullin|Khusnullin	gender=m	role=deputy prime minister	org=Russia	country=RU
person:dmytro-chernishenko	person	uk=Дмитро Чернишенко|Чернишенко	ru=Дмитрий Чернышенко|Чернышенко	en=Dmitry Chernyshenko|Chernyshenko	gender=m	role=deputy prime minister	org=Russia	country=RU
person:oleksii-overchuk	person	uk=Олексій Оверчук|Оверчук	ru=Алексей Оверчук|Оверчук	en=Alexei Overchuk|Alexey Overchuk|Overchuk	gender=m	role=deputy prime minister	org=Russia	country=RU
person:yurii-trutnev	person	uk=Юрій Трутнєв|Трутнєв	ru=Юрий Трутнев|Трутнев	en=Yury Trutnev|Yuri Trutnev|Trutnev	gender=m	role=deputy prime minister	org=Russia	country=RU
person:dmytro-patrushev	person	uk=Дмитро Патрушев|Патрушев{ctx}	ru=Дмитрий Патрушев|Патрушев{ctx}	en=Dmitry Patrushev|Patrushev{ctx}	gender=m	role=deputy prime minister	org=Russia	country=RU
person:mykola-patrushev	person	uk=Микола Патрушев|Патрушев{ctx}	ru=Николай Патрушев|Патрушев{ctx}	en=Nikolai Patrushev|Nikolay Patrushev|Patrushev{ctx}	gender=m	role=aide	org=President of Russia	country=RU	note=former security council secretary
person:anton-siluanov	person	uk=Антон Силуанов|Силуанов	ru=Антон Силуанов|Силуанов	en=Anton Siluanov|Siluanov	gender=m	role=finance minister	org=Russia	country=RU
person:maksym-reshetnikov	person	uk=Максим Решетников|Решетников	ru=Максим Решетников|Решетников	en=Maxim Reshetnikov|Maksim Reshetnikov|Reshetnikov	gender=m	role=economy minister	org=Russia	country=RU
person:maksym-oreshkin	person	uk=Максим Орєшкін|Орєшкін	ru=Максим Орешкин|Орешкин	en=Maxim Oreshkin|Oreshkin	gender=m	role=deputy chief of staff	org=Presidential Administration of Russia	country=RU
person:serhii-kiriienko	person	uk=Сергій Кирієнко|Кирієнко	ru=Сергей Кириенко|Кириенко	en=Sergei Kiriyenko|Sergey Kiriyenko|Kiriyenko|Kiriienko	gender=m	role=first deputy chief of staff	org=Presidential Administration of Russia	country=RU
person:anton-vaino	person	uk=Антон Вайно|Вайно{x}	ru=Антон Вайно|Вайно{x}	en=Anton Vaino|Vaino	gender=m	role=chief of staff	org=Presidential Administration of Russia	country=RU
person:yurii-ushakov	person	uk=Юрій Ушаков|Ушаков	ru=Юрий Ушаков|Ушаков	en=Yuri Ushakov|Yury Ushakov|Ushakov	gender=m	role=aide	org=President of Russia	country=RU
person:volodymyr-medinskii	person	uk=Володимир Мединський|Мединський	ru=Владимир Мединский|Мединский	en=Vladimir Medinsky|Medinsky	gender=m	role=aide	org=President of Russia	country=RU
person:kyrylo-dmitriiev	person	uk=Кирило Дмитрієв|Дмитрієв	ru=Кирилл Дмитриев|Дмитриев	en=Kirill Dmitriev|Kirill Dmitriyev|Dmitriev	gender=m	role=ceo	org=Russian Direct Investment Fund	country=RU
person:serhii-riabkov	person	uk=Сергій Рябков|Рябков	ru=Сергей Рябков|Рябков	en=Sergei Ryabkov|Sergey Ryabkov|Ryabkov	gender=m	role=deputy foreign minister	org=Russia	country=RU
person:mykhailo-haluzin	person	uk=Михайло Галузін|Галузін	ru=Михаил Галузин|Галузин	en=Mikhail Galuzin|Galuzin	gender=m	role=deputy foreign minister	org=Russia	country=RU
person:vasyl-nebenzia	person	uk=Василь Небензя|Небензя	ru=Василий Небензя|Небензя	en=Vasily Nebenzya|Vassily Nebenzia|Nebenzya|Nebenzia	gender=m	role=permanent representative	org=Russia	country=RU
person:oleksandr-bortnikov	person	uk=Олександр Бортніков|Бортніков	ru=Александр Бортников|Бортников	en=Alexander Bortnikov|Bortnikov	gender=m	role=director	org=Federal Security Service	country=RU
person:serhii-narishkin	person	uk=Сергій Наришкін|Наришкін	ru=Сергей Нарышкин|Нарышкин	en=Sergei Naryshkin|Sergey Naryshkin|Naryshkin	gender=m	role=director	org=Foreign Intelligence Service of Russia	country=RU
person:valerii-herasimov	person	uk=Валерій Герасимов|Герасимов	ru=Валерий Герасимов|Герасимов	en=Valery Gerasimov|Valeriy Gerasimov|Gerasimov	gender=m	role=chief of the general staff	org=Armed Forces of Russia	country=RU
person:viktor-zolotov	person	uk=Віктор Золотов|Золотов	ru=Виктор Золотов|Золотов	en=Viktor Zolotov|Zolotov	gender=m	role=director	org=Rosgvardiya	country=RU
person:volodymyr-kolokolcev	person	uk=Володимир Колокольцев|Колокольцев	ru=Владимир Колокольцев|Колокольцев	en=Vladimir Kolokoltsev|Kolokoltsev	gender=m	role=interior minister	org=Russia	country=RU
person:ihor-krasnov	person	uk=Ігор Краснов|Краснов	ru=Игорь Краснов|Краснов	en=Igor Krasnov|Krasnov	gender=m	role=prosecutor general	org=Russia	country=RU
person:oleksandr-bastrikin	person	uk=Олександр Бастрикін|Бастрикін	ru=Александр Бастрыкин|Бастрыкин	en=Alexander Bastrykin|Bastrykin	gender=m	role=head	org=Investigative Committee of Russia	country=RU
person:dmytro-kozak	person	uk=Дмитро Козак|Козак{ctx}	ru=Дмитрий Козак|Козак{ctx}	en=Dmitry Kozak|Kozak	gender=m	role=deputy chief of staff	org=Presidential Administration of Russia	country=RU	former=1
person:ramzan-kadirov	person	uk=Рамзан Кадиров|Кадиров	ru=Рамзан Кадыров|Кадыров	en=Ramzan Kadyrov|Kadyrov	gender=m	role=head	org=Chechnya	country=RU
person:yevhen-prihozhin	person	uk=Євген Пригожин|Пригожин	ru=Евгений Пригожин|Пригожин	en=Yevgeny Prigozhin|Yevgeniy Prigozhin|Prigozhin	gender=m	role=founder	org=Wagner Group	country=RU	note=died 2023
person:oleksii-navalnii	person	uk=Олексій Навальний|Навальний	ru=Алексей Навальный|Навальный	en=Alexei Navalny|Alexey Navalny|Navalny	gender=m	role=opposition leader	org=Russia	country=RU	note=died 2024
person:yuliia-navalnaia	person	uk=Юлія Навальна|Навальна	ru=Юлия Навальная|Навальная	en=Yulia Navalnaya|Navalnaya	gender=f	role=opposition leader	org=Russia	country=RU
person:ella-pamfilova	person	uk=Елла Памфілова|Памфілова	ru=Элла Памфилова|Памфилова	en=Ella Pamfilova|Pamfilova	gender=f	role=chairman	org=Central Election Commission of Russia	country=RU
person:tetiana-moskalkova	person	uk=Тетяна Москалькова|Москалькова	ru=Татьяна Москалькова|Москалькова	en=Tatyana Moskalkova|Tatiana Moskalkova|Moskalkova	gender=f	role=ombudsman	org=Russia	country=RU
person:mariia-lvova-belova	person	uk=Марія Львова-Бєлова|Львова-Бєлова	ru=Мария Львова-Белова|Львова-Белова	en=Maria Lvova-Belova|Lvova-Belova	gender=f	role=children's ombudsman	org=Russia	country=RU
person:hennadii-ziuhanov	person	uk=Геннадій Зюганов|Зюганов	ru=Геннадий Зюганов|Зюганов	en=Gennady Zyuganov|Zyuganov	gender=m	role=party leader	org=Communist Party of the Russian Federation	country=RU
person:volodymyr-zhirinovskii	person	uk=Володимир Жириновський|Жириновський	ru=Владимир Жириновский|Жириновский	en=Vladimir Zhirinovsky|Zhirinovsky	gender=m	role=party leader	org=LDPR	country=RU	note=died 2022
person:leonid-sluckii	person	uk=Леонід Слуцький|Слуцький	ru=Леонид Слуцкий|Слуцкий	en=Leonid Slutsky|Slutsky	gender=m	role=party leader	org=LDPR	country=RU
person:patriarch-kirill	person	uk=Патріарх Кирил|патріарх Кирил	ru=Патриарх Кирилл|патриарх Кирилл	en=Patriarch Kirill|patriarch Kirill	gender=m	role=patriarch	org=Russian Orthodox Church	country=RU
person:oleksandr-behlov	person	uk=Олександр Беглов|Беглов	ru=Александр Беглов|Беглов	en=Alexander Beglov|Beglov	gender=m	role=governor	org=Saint Petersburg	country=RU
person:oleksii-orlov	person	uk=Олексій Орлов|Орлов{ctx}	ru=Алексей Орлов|Орлов{ctx}	en=Aleksey Orlov|Alexey Orlov|Alexei Orlov|Orlov{ctx}	gender=m	role=mayor	org=Yekaterinburg	country=RU	note=head of the city
person:andrii-vorobiev	person	uk=Андрій Воробйов|Воробйов	ru=Андрей Воробьев|Андрей Воробьёв|Воробьев|Воробьёв	en=Andrei Vorobyov|Andrey Vorobyov|Vorobyov	gender=m	role=governor	org=Moscow Oblast	country=RU
person:viacheslav-hladkov	person	uk=В'ячеслав Гладков|Гладков	ru=Вячеслав Гладков|Гладков	en=Vyacheslav Gladkov|Gladkov	gender=m	role=governor	org=Belgorod Oblast	country=RU
person:oleksandr-hinshtein	person	uk=Олександр Хінштейн|Хінштейн	ru=Александр Хинштейн|Хинштейн	en=Alexander Khinshtein|Khinshtein	gender=m	role=governor	org=Kursk Oblast	country=RU
person:oleksandr-bohomaz	person	uk=Олександр Богомаз|Богомаз	ru=Александр Богомаз|Богомаз	en=Alexander Bogomaz|Bogomaz	gender=m	role=governor	org=Bryansk Oblast	country=RU
person:denys-pasler	person	uk=Денис Паслер|Паслер	ru=Денис Паслер|Паслер	en=Denis Pasler|Pasler	gender=m	role=governor	org=Sverdlovsk Oblast	country=RU
person:yevhen-kuivashev	person	uk=Євген Куйвашев|Куйвашев	ru=Евгений Куйвашев|Куйвашев	en=Yevgeny Kuyvashev|Kuyvashev	gender=m	role=governor	org=Sverdlovsk Oblast	country=RU	former=1
person:rustam-minnihanov	person	uk=Рустам Мінніханов|Мінніханов	ru=Рустам Минниханов|Минниханов	en=Rustam Minnikhanov|Minnikhanov	gender=m	role=head	org=Tatarstan	country=RU
person:serhii-axenov	person	uk=Сергій Аксьонов|Аксьонов	ru=Сергей Аксенов|Сергей Аксёнов|Аксенов|Аксёнов	en=Sergei Aksyonov|Sergey Aksyonov|Aksyonov	gender=m	role=head	org=Crimea	country=RU	note=Russian-installed head of occupied Crimea
person:mykhailo-razvozhaiev	person	uk=Михайло Развожаєв|Развожаєв	ru=Михаил Развожаев|Развожаев	en=Mikhail Razvozhayev|Razvozhayev	gender=m	role=governor	org=Sevastopol	country=RU	note=Russian-installed
person:denys-pushilin	person	uk=Денис Пушилін|Пушилін	ru=Денис Пушилин|Пушилин	en=Denis Pushilin|Pushilin	gender=m	role=head	org=Donetsk	country=RU	note=Russian-installed head in occupied Donetsk Oblast
person:leonid-pasechnik	person	uk=Леонід Пасічник|Пасічник	ru=Леонид Пасечник|Пасечник	en=Leonid Pasechnik|Pasechnik	gender=m	role=head	org=Luhansk	country=RU	note=Russian-installed
person:volodymyr-saldo	person	uk=Володимир Сальдо|Сальдо	ru=Владимир Сальдо|Сальдо	en=Vladimir Saldo|Volodymyr Saldo|Saldo	gender=m	role=governor	org=Kherson Oblast	country=RU	note=Russian-installed
person:yevhen-balickii	person	uk=Євген Балицький|Балицький	ru=Евгений Балицкий|Балицкий	en=Yevgeny Balitsky|Balitsky	gender=m	role=governor	org=Zaporizhzhia Oblast	country=RU	note=Russian-installed
person:maksym-kudriavcev	person	uk=Максим Кудрявцев|Кудрявцев	ru=Максим Кудрявцев|Кудрявцев	en=Maksim Kudryavtsev|Kudryavtsev	gender=m	role=mayor	org=Novosibirsk	country=RU
person:ilsur-mechin	person	uk=Ільсур Метшин|Метшин	ru=Ильсур Метшин|Метшин	en=Ilsur Metshin|Metshin	gender=m	role=mayor	org=Kazan	country=RU
person:yurii-shalabaiev	person	uk=Юрій Шалабаєв|Шалабаєв	ru=Юрий Шалабаев|Шалабаев	en=Yury Shalabaev|Shalabaev	gender=m	role=mayor	org=Nizhny Novgorod	country=RU
person:nataliia-kotova	person	uk=Наталія Котова|Котова	ru=Наталья Котова|Котова	en=Natalia Kotova|Kotova	gender=f	role=mayor	org=Chelyabinsk	country=RU
person:vladyslav-lohinov	person	uk=Владислав Логінов|Логінов	ru=Владислав Логинов|Логинов	en=Vladislav Loginov|Loginov	gender=m	role=mayor	org=Krasnoyarsk	country=RU
person:ratmyr-mavliiev	person	uk=Ратмір Мавлієв|Мавлієв	ru=Ратмир Мавлиев|Мавлиев	en=Ratmir Mavliev|Mavliev	gender=m	role=mayor	org=Ufa	country=RU
person:oleksandr-skriabin	person	uk=Олександр Скрябін|Скрябін	ru=Александр Скрябин|Скрябин	en=Alexander Skryabin|Skryabin{ctx}	gender=m	role=mayor	org=Rostov-on-Don	country=RU
person:serhii-shelest	person	uk=Сергій Шелест|Шелест{ctx}	ru=Сергей Шелест|Шелест{ctx}	en=Sergey Shelest|Shelest	gender=m	role=mayor	org=Omsk	country=RU
person:eduard-sosnin	person	uk=Едуард Соснін|Соснін	ru=Эдуард Соснин|Соснин	en=Eduard Sosnin|Sosnin	gender=m	role=mayor	org=Perm	country=RU
person:volodymyr-marchenko	person	uk=Володимир Марченко|Марченко{ctx}	ru=Владимир Марченко|Марченко{ctx}	en=Vladimir Marchenko|Marchenko{ctx}	gender=m	role=mayor	org=Volgograd	country=RU
person:serhii-petrin	person	uk=Сергій Петрін|Петрін	ru=Сергей Петрин|Петрин	en=Sergey Petrin|Petrin	gender=m	role=mayor	org=Voronezh	country=RU
person:oleksandr-lukashenko	person	uk=Олександр Лукашенко|Лукашенко	ru=Александр Лукашенко|Лукашенко	en=Alexander Lukashenko|Aliaksandr Lukashenka|Alexander Lukashenka|Lukashenko|Lukashenka	gender=m	role=president	org=Belarus	country=BY
person:oleksandr-turchin	person	uk=Олександр Турчин|Турчин	ru=Александр Турчин|Турчин	en=Alexander Turchin|Turchin	gender=m	role=prime minister	org=Belarus	country=BY
person:roman-holovchenko	person	uk=Роман Головченко|Головченко	ru=Роман Головченко|Головченко	en=Roman Golovchenko|Golovchenko	gender=m	role=prime minister	org=Belarus	country=BY	former=1
person:svitlana-tihanovskaia	person	uk=Світлана Тихановська|Тихановська	ru=Светлана Тихановская|Тихановская	en=Sviatlana Tsikhanouskaya|Svetlana Tikhanovskaya|Tsikhanouskaya|Tikhanovskaya	gender=f	role=opposition leader	org=Belarus	country=BY
person:maksym-rizhenkov	person	uk=Максим Риженков|Риженков	ru=Максим Рыженков|Рыженков	en=Maxim Ryzhenkov|Ryzhenkov	gender=m	role=foreign minister	org=Belarus	country=BY
person:viktor-hrenin	person	uk=Віктор Хренін|Хренін	ru=Виктор Хренин|Хренин	en=Viktor Khrenin|Khrenin	gender=m	role=defence minister	org=Belarus	country=BY

# --- United States, Canada, Latin America
Q22686	person	uk=Дональд Трамп|Трамп	ru=Дональд Трамп|Трамп	en=Donald Trump|Trump	gender=m	role=president	org=United States	country=US
Q6279	person	uk=Джо Байден|Джозеф Байден|Байден	ru=Джо Байден|Джозеф Байден|Байден	en=Joe Biden|Joseph Biden|Biden	gender=m	role=president	org=United States	country=US	former=1
Q76	person	uk=Барак Обама|Обама	ru=Барак Обама|Обама	en=Barack Obama|Obama	gender=m	role=president	org=United States	country=US	former=1
person:george-w-bush	person	uk=Джордж Буш|Джордж Буш-молодший|Буш	ru=Джордж Буш|Джордж Буш-младший|Буш	en=George W. Bush|George Bush|Bush	gender=m	role=president	org=United States	country=US	former=1
person:bill-clinton	person	uk=Білл Клінтон|Клінтон{ctx}	ru=Билл Клинтон|Клинтон{ctx}	en=Bill Clinton|Clinton{ctx}	gender=m	role=president	org=United States	country=US	former=1
person:hillary-clinton	person	uk=Гілларі Клінтон|Хілларі Клінтон|Клінтон{ctx}	ru=Хиллари Клинтон|Клинтон{ctx}	en=Hillary Clinton|Clinton{ctx}	gender=f	role=secretary of state	org=United States	country=US	former=1
Q10853588	person	uk=Камала Гарріс|Камала Харріс|Гарріс{ctx}|Харріс	ru=Камала Харрис|Харрис{ctx}	en=Kamala Harris|Harris{ctx}	gender=f	role=vice president	org=United States	country=US	former=1
person:jd-vance	person	uk=Джей Ді Венс|Венс	ru=Джей Ди Вэнс|Вэнс	en=JD Vance|J. D. Vance|James David Vance|Vance	gender=m	role=vice president	org=United States	country=US
person:marco-rubio	person	uk=Марко Рубіо|Рубіо{x}	ru=Марко Рубио|Рубио{x}	en=Marco Rubio|Rubio	gender=m	role=secretary of state	org=United States	country=US	note=also national security adviser
person:pete-hegseth	person	uk=Піт Гегсет|Піт Хегсет|Гегсет|Хегсет	ru=Пит Хегсет|Хегсет	en=Pete Hegseth|Hegseth	gender=m	role=defence minister	org=United States	country=US	note=secretary of defense (war)
person:scott-bessent	person	uk=Скотт Бессент|Бессент	ru=Скотт Бессент|Бессент	en=Scott Bessent|Bessent	gender=m	role=finance minister	org=United States	country=US	note=treasury secretary
person:howard-lutnick	person	uk=Говард Лютнік|Лютнік	ru=Говард Лютник|Лютник	en=Howard Lutnick|Lutnick	gender=m	role=trade minister	org=United States	country=US	note=commerce secretary
person:steve-witkoff	person	uk=Стів Віткофф|Віткофф|Уіткофф	ru=Стив Уиткофф|Уиткофф|Виткофф	en=Steve Witkoff|Witkoff	gender=m	role=special envoy	org=United States	country=US
person:keith-kellogg	person	uk=Кіт Келлог|Келлог|Келлогг	ru=Кит Келлог|Келлог|Келлогг	en=Keith Kellogg|Kellogg{ctx}	gender=m	role=special envoy	org=United States	country=US
person:mike-waltz	person	uk=Майк Волтц|Волтц|Уолтц	ru=Майк Уолтц|Уолтц	en=Mike Waltz|Michael Waltz|Waltz{ctx}	gender=m	role=permanent representative	org=United States	country=US	note=former national security adviser
person:antony-blinken	person	uk=Ентоні Блінкен|Блінкен	ru=Энтони Блинкен|Блинкен	en=Antony Blinken|Blinken	gender=m	role=secretary of state	org=United States	country=US	former=1
person:lloyd-austin	person	uk=Ллойд Остін|Остін{ctx}	ru=Ллойд Остин|Остин{ctx}	en=Lloyd Austin|Austin{ctx}	gender=m	role=defence minister	org=United States	country=US	former=1
person:jake-sullivan	person	uk=Джейк Салліван|Салліван	ru=Джейк Салливан|Салливан	en=Jake Sullivan|Sullivan	gender=m	role=national security adviser	org=United States	country=US	former=1
person:mike-johnson	person	uk=Майк Джонсон|Джонсон{ctx}	ru=Майк Джонсон|Джонсон{ctx}	en=Mike Johnson|Johnson{ctx}	gender=m	role=speaker	org=United States House of Representatives	country=US
person:nancy-pelosi	person	uk=Ненсі Пелосі|Пелосі{x}	ru=Нэнси Пелоси|Пелоси{x}	en=Nancy Pelosi|Pelosi	gender=f	role=speaker	org=United States House of Representatives	country=US	former=1
person:chuck-schumer	person	uk=Чак Шумер|Шумер	ru=Чак Шумер|Шумер	en=Chuck Schumer|Schumer	gender=m	role=party leader	org=United States Senate	country=US
person:mitch-mcconnell	person	uk=Мітч Макконнелл|Макконнелл	ru=Митч Макконнелл|Макконнелл	en=Mitch McConnell|McConnell	gender=m	role=senator	org=United States Senate	country=US
person:lindsey-graham	person	uk=Ліндсі Грем|Грем	ru=Линдси Грэм|Грэм	en=Lindsey Graham|Graham{ctx}	gender=m	role=senator	org=United States Senate	country=US
person:tulsi-gabbard	person	uk=Тулсі Габбард|Габбард	ru=Тулси Габбард|Габбард	en=Tulsi Gabbard|Gabbard	gender=f	role=director of national intelligence	org=United States	country=US
person:kash-patel	person	uk=Кеш Патель|Патель	ru=Кэш Патель|Патель	en=Kash Patel|Patel{ctx}	gender=m	role=director	org=FBI	country=US
person:john-ratcliffe	person	uk=Джон Ретклифф|Реткліфф|Ретклифф	ru=Джон Рэтклифф|Рэтклифф	en=John Ratcliffe|Ratcliffe	gender=m	role=director	org=CIA	country=US
person:karoline-leavitt	person	uk=Керолайн Лівітт|Лівітт	ru=Кэролайн Левитт|Кэролайн Ливитт|Левитт|Ливитт	en=Karoline Leavitt|Leavitt	gender=f	role=spokesperson	org=White House	country=US
person:kristi-noem	person	uk=Крісті Ноем|Ноем	ru=Кристи Ноэм|Ноэм	en=Kristi Noem|Noem	gender=f	role=homeland security secretary	org=United States	country=US
person:dan-driscoll	person	uk=Ден Дрісколл|Дрісколл	ru=Дэн Дрисколл|Дрисколл	en=Dan Driscoll|Daniel Driscoll|Driscoll	gender=m	role=army secretary	org=United States	country=US
person:jerome-powell	person	uk=Джером Пауелл|Пауелл	ru=Джером Пауэлл|Пауэлл	en=Jerome Powell|Powell	gender=m	role=central bank governor	org=Federal Reserve	country=US
person:robert-f-kennedy-jr	person	uk=Роберт Кеннеді-молодший|Роберт Кеннеді	ru=Роберт Кеннеди-младший|Роберт Кеннеди	en=Robert F. Kennedy Jr.|Robert F. Kennedy|RFK Jr.	gender=m	role=health minister	org=United States	country=US
person:matthew-whitaker	person	uk=Меттью Вітакер|Вітакер|Уітакер	ru=Мэттью Уитакер|Уитакер	en=Matthew Whitaker|Matt Whitaker|Whitaker	gender=m	role=permanent representative	org=NATO	country=US
person:bridget-brink	person	uk=Бріджит Брінк|Брінк	ru=Бриджит Бринк|Бринк	en=Bridget Brink|Brink{ctx}	gender=f	role=ambassador	org=United States	country=US	former=1
person:bernie-sanders	person	uk=Берні Сандерс|Сандерс	ru=Берни Сандерс|Сандерс	en=Bernie Sanders|Sanders	gender=m	role=senator	org=United States Senate	country=US
person:ron-desantis	person	uk=Рон Десантіс|Десантіс{x}	ru=Рон Десантис|Десантис	en=Ron DeSantis|DeSantis	gender=m	role=governor	org=Florida	country=US
person:gavin-newsom	person	uk=Гевін Ньюсом|Ньюсом	ru=Гэвин Ньюсом|Ньюсом	en=Gavin Newsom|Newsom	gender=m	role=governor	org=California	country=US
person:eric-adams	person	uk=Ерік Адамс|Адамс	ru=Эрик Адамс|Адамс	en=Eric Adams|Adams{ctx}	gender=m	role=mayor	org=New York City	country=US	former=1
person:zohran-mamdani	person	uk=Зохран Мамдані|Мамдані{x}	ru=Зохран Мамдани|Мамдани{x}	en=Zohran Mamdani|Mamdani	gender=m	role=mayor	org=New York City	country=US
person:karen-bass	person	uk=Карен Басс|Басс	ru=Карен Басс|Басс	en=Karen Bass|Bass{ctx}	gender=f	role=mayor	org=Los Angeles	country=US
person:brandon-johnson	person	uk=Брендон Джонсон|Джонсон{ctx}	ru=Брэндон Джонсон|Джонсон{ctx}	en=Brandon Johnson|Johnson{ctx}	gender=m	role=mayor	org=Chicago	country=US
person:mark-carney	person	uk=Марк Карні|Карні{x}	ru=Марк Карни|Карни{x}	en=Mark Carney|Carney	gender=m	role=prime minister	org=Canada	country=CA
Q3099714	person	uk=Джастін Трюдо|Трюдо{x}	ru=Джастин Трюдо|Трюдо{x}	en=Justin Trudeau|Trudeau	gender=m	role=prime minister	org=Canada	country=CA	former=1
person:melanie-joly	person	uk=Мелані Жолі|Жолі{x}	ru=Мелани Жоли|Жоли{x}	en=Melanie Joly|Mélanie Joly|Joly	gender=f	role=foreign minister	org=Canada	country=CA
person:anita-anand	person	uk=Аніта Ананд|Ананд{ctx}	ru=Анита Ананд|Ананд{ctx}	en=Anita Anand|Anand{ctx}	gender=f	role=foreign minister	org=Canada	country=CA
person:chrystia-freeland	person	uk=Христя Фріланд|Фріланд	ru=Христя Фриланд|Кристия Фриланд|Фриланд	en=Chrystia Freeland|Freeland	gender=f	role=deputy prime minister	org=Canada	country=CA	former=1
person:olivia-chow	person	uk=Олівія Чау|Чау{x}	ru=Оливия Чау|Чау{x}	en=Olivia Chow|Chow	gender=f	role=mayor	org=Toronto	country=CA
person:claudia-sheinbaum	person	uk=Клаудія Шейнбаум|Шейнбаум	ru=Клаудия Шейнбаум|Шейнбаум	en=Claudia Sheinbaum|Sheinbaum	gender=f	role=president	org=Mexico	country=MX
person:andres-manuel-lopez-obrador	person	uk=Андрес Мануель Лопес Обрадор|Лопес Обрадор|Обрадор	ru=Андрес Мануэль Лопес Обрадор|Лопес Обрадор|Обрадор	en=Andrés Manuel López Obrador|Andres Manuel Lopez Obrador|López Obrador|Obrador	gender=m	role=president	org=Mexico	country=MX	former=1
person:clara-brugada	person	uk=Клара Бругада|Бругада	ru=Клара Бругада|Бругада	en=Clara Brugada|Brugada	gender=f	role=mayor	org=Mexico City	country=MX
Q37181	person	uk=Луїс Інасіу Лула да Сілва|Лула да Сілва|Лула	ru=Луис Инасиу Лула да Силва|Лула да Силва|Лула	en=Luiz Inácio Lula da Silva|Luiz Inacio Lula da Silva|Lula da Silva|Lula	gender=m	role=president	org=Brazil	country=BR
Q10304982	person	uk=Жаїр Болсонару|Болсонару{x}	ru=Жаир Болсонару|Болсонару{x}	en=Jair Bolsonaro|Bolsonaro	gender=m	role=president	org=Brazil	country=BR	former=1
person:javier-milei	person	uk=Хав'єр Мілей|Мілей	ru=Хавьер Милей|Милей	en=Javier Milei|Milei	gender=m	role=president	org=Argentina	country=AR
person:gabriel-boric	person	uk=Габрієль Боріч|Боріч	ru=Габриэль Борич|Борич	en=Gabriel Boric|Boric	gender=m	role=president	org=Chile	country=CL
person:gustavo-petro	person	uk=Густаво Петро|Петро{x}{ctx}	ru=Густаво Петро|Петро{x}{ctx}	en=Gustavo Petro|Petro{ctx}	gender=m	role=president	org=Colombia	country=CO
person:nicolas-maduro	person	uk=Ніколас Мадуро|Мадуро{x}	ru=Николас Мадуро|Мадуро{x}	en=Nicolás Maduro|Nicolas Maduro|Maduro	gender=m	role=president	org=Venezuela	country=VE
person:maria-corina-machado	person	uk=Марія Коріна Мачадо|Мачадо{x}	ru=Мария Корина Мачадо|Мачадо{x}	en=María Corina Machado|Maria Corina Machado|Machado	gender=f	role=opposition leader	org=Venezuela	country=VE
person:miguel-diaz-canel	person	uk=Мігель Діас-Канель|Діас-Канель	ru=Мигель Диас-Канель|Диас-Канель	en=Miguel Díaz-Canel|Miguel Diaz-Canel|Díaz-Canel|Diaz-Canel	gender=m	role=president	org=Cuba	country=CU
person:daniel-ortega	person	uk=Даніель Ортега|Ортега{ctx}	ru=Даниэль Ортега|Ортега{ctx}	en=Daniel Ortega|Ortega{ctx}	gender=m	role=president	org=Nicaragua	country=NI
person:nayib-bukele	person	uk=Наїб Букеле|Букеле{x}	ru=Найиб Букеле|Букеле{x}	en=Nayib Bukele|Bukele	gender=m	role=president	org=El Salvador	country=SV
person:dina-boluarte	person	uk=Діна Болуарте|Болуарте{x}	ru=Дина Болуарте|Болуарте{x}	en=Dina Boluarte|Boluarte	gender=f	role=president	org=Peru	country=PE	former=1
person:daniel-noboa	person	uk=Даніель Нобоа|Нобоа{x}	ru=Даниэль Нобоа|Нобоа{x}	en=Daniel Noboa|Noboa	gender=m	role=president	org=Ecuador	country=EC

# --- European Union member states
Q3052772	person	uk=Емманюель Макрон|Еммануель Макрон|Макрон	ru=Эммануэль Макрон|Макрон	en=Emmanuel Macron|Macron	gender=m	role=president	org=France	country=FR
person:sebastien-lecornu	person	uk=Себастьєн Лекорню|Лекорню{x}	ru=Себастьен Лекорню|Лекорню{x}	en=Sébastien Lecornu|Sebastien Lecornu|Lecornu	gender=m	role=prime minister	org=France	country=FR
person:francois-bayrou	person	uk=Франсуа Байру|Байру{x}	ru=Франсуа Байру|Байру{x}	en=François Bayrou|Francois Bayrou|Bayrou	gender=m	role=prime minister	org=France	country=FR	former=1
person:michel-barnier	person	uk=Мішель Барньє|Барньє{x}	ru=Мишель Барнье|Барнье{x}	en=Michel Barnier|Barnier	gender=m	role=prime minister	org=France	country=FR	former=1
person:gabriel-attal	person	uk=Габріель Атталь|Атталь	ru=Габриэль Атталь|Атталь	en=Gabriel Attal|Attal	gender=m	role=prime minister	org=France	country=FR	former=1
person:jean-noel-barrot	person	uk=Жан-Ноель Барро|Барро{x}	ru=Жан-Ноэль Барро|Барро{x}	en=Jean-Noël Barrot|Jean-Noel Barrot|Barrot	gender=m	role=foreign minister	org=France	country=FR
person:stephane-sejourne	person	uk=Стефан Сежурне|Сежурне{x}	ru=Стефан Сежурне|Сежурне{x}	en=Stéphane Séjourné|Stephane Sejourne|Séjourné|Sejourne	gender=m	role=commissioner	org=European Commission	country=FR
person:marine-le-pen	person	uk=Марін Ле Пен|Ле Пен	ru=Марин Ле Пен|Ле Пен	en=Marine Le Pen|Le Pen	gender=f	role=party leader	org=National Rally	country=FR
person:jordan-bardella	person	uk=Жордан Барделла|Барделла	ru=Жордан Барделла|Барделла	en=Jordan Bardella|Bardella	gender=m	role=party leader	org=National Rally	country=FR
person:nicolas-sarkozy	person	uk=Ніколя Саркозі|Саркозі{x}	ru=Николя Саркози|Саркози{x}	en=Nicolas Sarkozy|Sarkozy	gender=m	role=president	org=France	country=FR	former=1
person:francois-hollande	person	uk=Франсуа Олланд|Олланд	ru=Франсуа Олланд|Олланд	en=François Hollande|Francois Hollande|Hollande	gender=m	role=president	org=France	country=FR	former=1
person:anne-hidalgo	person	uk=Анн Ідальго|Ідальго{x}	ru=Анн Идальго|Идальго{x}	en=Anne Hidalgo|Hidalgo	gender=f	role=mayor	org=Paris	country=FR
person:friedrich-merz	person	uk=Фрідріх Мерц|Мерц	ru=Фридрих Мерц|Мерц	en=Friedrich Merz|Merz	gender=m	role=chancellor	org=Germany	country=DE
Q61053	person	uk=Олаф Шольц|Шольц	ru=Олаф Шольц|Шольц	en=Olaf Scholz|Scholz	gender=m	role=chancellor	org=Germany	country=DE	former=1
Q567	person	uk=Ангела Меркель|Меркель	ru=Ангела Меркель|Меркель	en=Angela Merkel|Merkel	gender=f	role=chancellor	org=Germany	country=DE	former=1
person:frank-walter-steinmeier	person	uk=Франк-Вальтер Штайнмаєр|Штайнмаєр|Штайнмайєр	ru=Франк-Вальтер Штайнмайер|Штайнмайер	en=Frank-Walter Steinmeier|Steinmeier	gender=m	role=president	org=Germany	country=DE
person:johann-wadephul	person	uk=Йоганн Вадефуль|Вадефуль	ru=Йоханн Вадефуль|Вадефуль	en=Johann Wadephul|Wadephul	gender=m	role=foreign minister	org=Germany	country=DE
person:annalena-baerbock	person	uk=Анналена Бербок|Бербок	ru=Анналена Бербок|Бербок	en=Annalena Baerbock|Baerbock	gender=f	role=president of the UN General Assembly	org=United Nations	country=DE	note=former foreign minister of Germany
person:boris-pistorius	person	uk=Борис Пісторіус|Пісторіус	ru=Борис Писториус|Писториус	en=Boris Pistorius|Pistorius	gender=m	role=defence minister	org=Germany	country=DE
person:lars-klingbeil	person	uk=Ларс Клінгбайль|Клінгбайль	ru=Ларс Клингбайль|Клингбайль	en=Lars Klingbeil|Klingbeil	gender=m	role=finance minister	org=Germany	country=DE
person:robert-habeck	person	uk=Роберт Габек|Габек|Хабек	ru=Роберт Хабек|Хабек	en=Robert Habeck|Habeck	gender=m	role=economy minister	org=Germany	country=DE	former=1
person:christian-lindner	person	uk=Крістіан Лінднер|Лінднер	ru=Кристиан Линднер|Линднер	en=Christian Lindner|Lindner	gender=m	role=finance minister	org=Germany	country=DE	former=1
person:alice-weidel	person	uk=Аліса Вайдель|Аліс Вайдель|Вайдель	ru=Алис Вайдель|Алиса Вайдель|Вайдель	en=Alice Weidel|Weidel	gender=f	role=party leader	org=Alternative for Germany	country=DE
person:kai-wegner	person	uk=Кай Вегнер|Вегнер	ru=Кай Вегнер|Вегнер	en=Kai Wegner|Wegner	gender=m	role=mayor	org=Berlin	country=DE
person:dieter-reiter	person	uk=Дітер Райтер|Райтер	ru=Дитер Райтер|Райтер	en=Dieter Reiter|Reiter	gender=m	role=mayor	org=Munich	country=DE
person:peter-tschentscher	person	uk=Петер Ченчер|Ченчер	ru=Петер Ченчер|Ченчер	en=Peter Tschentscher|Tschentscher	gender=m	role=mayor	org=Hamburg	country=DE
Q3772	person	uk=Джорджа Мелоні|Джорджия Мелоні|Мелоні{x}	ru=Джорджа Мелони|Джорджия Мелони|Мелони{x}	en=Giorgia Meloni|Meloni	gender=f	role=prime minister	org=Italy	country=IT
person:sergio-mattarella	person	uk=Серджо Маттарелла|Маттарелла	ru=Серджо Маттарелла|Маттарелла	en=Sergio Mattarella|Mattarella	gender=m	role=president	org=Italy	country=IT
person:antonio-tajani	person	uk=Антоніо Таяні|Таяні{x}	ru=Антонио Таяни|Таяни{x}	en=Antonio Tajani|Tajani	gender=m	role=foreign minister	org=Italy	country=IT
person:guido-crosetto	person	uk=Гвідо Крозетто|Крозетто{x}	ru=Гвидо Крозетто|Крозетто{x}	en=Guido Crosetto|Crosetto	gender=m	role=defence minister	org=Italy	country=IT
person:roberto-gualtieri	person	uk=Роберто Гуалтьєрі|Гуалтьєрі{x}	ru=Роберто Гуалтьери|Гуалтьери{x}	en=Roberto Gualtieri|Gualtieri	gender=m	role=mayor	org=Rome	country=IT
person:giuseppe-sala	person	uk=Джузеппе Сала|Сала{ctx}	ru=Джузеппе Сала|Сала{ctx}	en=Giuseppe Sala|Sala{ctx}	gender=m	role=mayor	org=Milan	country=IT
person:mario-draghi	person	uk=Маріо Драгі|Драгі{x}	ru=Марио Драги|Драги{x}	en=Mario Draghi|Draghi	gender=m	role=prime minister	org=Italy	country=IT	former=1
person:pedro-sanchez	person	uk=Педро Санчес|Санчес	ru=Педро Санчес|Санчес	en=Pedro Sánchez|Pedro Sanchez|Sánchez|Sanchez	gender=m	role=prime minister	org=Spain	country=ES
person:felipe-vi	person	uk=Феліпе VI	ru=Филипп VI|Фелипе VI	en=Felipe VI	gender=m	role=king	org=Spain	country=ES
person:jose-manuel-albares	person	uk=Хосе Мануель Альбарес|Альбарес	ru=Хосе Мануэль Альбарес|Альбарес	en=José Manuel Albares|Jose Manuel Albares|Albares	gender=m	role=foreign minister	org=Spain	country=ES
person:jose-luis-martinez-almeida	person	uk=Хосе Луїс Мартінес-Альмейда|Мартінес-Альмейда	ru=Хосе Луис Мартинес-Альмейда|Мартинес-Альмейда	en=José Luis Martínez-Almeida|Jose Luis Martinez-Almeida|Martínez-Almeida	gender=m	role=mayor	org=Madrid	country=ES
person:jaume-collboni	person	uk=Жауме Кольбоні|Кольбоні{x}	ru=Жауме Кольбони|Кольбони{x}	en=Jaume Collboni|Collboni	gender=m	role=mayor	org=Barcelona	country=ES
person:luis-montenegro	person	uk=Луїш Монтенегру|Монтенегру{x}{ctx}	ru=Луиш Монтенегру|Монтенегру{x}{ctx}	en=Luís Montenegro|Luis Montenegro|Montenegro{ctx}	gender=m	role=prime minister	org=Portugal	country=PT
person:marcelo-rebelo-de-sousa	person	uk=Марселу Ребелу де Соуза|Ребелу де Соуза	ru=Марселу Ребелу ди Соза|Марселу Ребелу де Соуза|Ребелу де Соуза|Соза	en=Marcelo Rebelo de Sousa|Rebelo de Sousa	gender=m	role=president	org=Portugal	country=PT
person:carlos-moedas	person	uk=Карлуш Моедаш|Моедаш	ru=Карлуш Моедаш|Моедаш	en=Carlos Moedas|Moedas	gender=m	role=mayor	org=Lisbon	country=PT
Q57792	person	uk=Марк Рютте|Рютте{x}	ru=Марк Рютте|Рютте{x}	en=Mark Rutte|Rutte	gender=m	role=secretary general	org=NATO	country=NL	note=former prime minister of the Netherlands
person:dick-schoof	person	uk=Дік Схоф|Схоф	ru=Дик Схоф|Схоф	en=Dick Schoof|Schoof	gender=m	role=prime minister	org=Netherlands	country=NL
person:geert-wilders	person	uk=Герт Вілдерс|Вілдерс	ru=Герт Вилдерс|Вилдерс	en=Geert Wilders|Wilders	gender=m	role=party leader	org=Party for Freedom	country=NL
person:femke-halsema	person	uk=Фемке Халсема|Халсема{x}	ru=Фемке Халсема|Халсема{x}	en=Femke Halsema|Halsema	gender=f	role=mayor	org=Amsterdam	country=NL
person:bart-de-wever	person	uk=Барт де Вевер|Де Вевер|Вевер	ru=Барт де Вевер|Де Вевер|Вевер	en=Bart De Wever|De Wever	gender=m	role=prime minister	org=Belgium	country=BE
person:alexander-de-croo	person	uk=Александр де Кроо|Де Кроо{x}|Кроо	ru=Александр де Кроо|Де Кроо{x}|Кроо	en=Alexander De Croo|De Croo	gender=m	role=prime minister	org=Belgium	country=BE	former=1
person:luc-frieden	person	uk=Люк Фріден|Фріден	ru=Люк Фриден|Фриден	en=Luc Frieden|Frieden	gender=m	role=prime minister	org=Luxembourg	country=LU
person:alexander-van-der-bellen	person	uk=Александр Ван дер Беллен|Ван дер Беллен	ru=Александер Ван дер Беллен|Ван дер Беллен	en=Alexander Van der Bellen|Van der Bellen	gender=m	role=president	org=Austria	country=AT
person:christian-stocker	person	uk=Крістіан Штокер|Штокер	ru=Кристиан Штокер|Штокер	en=Christian Stocker|Stocker	gender=m	role=chancellor	org=Austria	country=AT
person:karl-nehammer	person	uk=Карл Негаммер|Нехаммер|Негаммер	ru=Карл Нехаммер|Нехаммер	en=Karl Nehammer|Nehammer	gender=m	role=chancellor	org=Austria	country=AT	former=1
person:michael-ludwig	person	uk=Міхаель Людвіг|Людвіг{ctx}	ru=Михаэль Людвиг|Людвиг{ctx}	en=Michael Ludwig|Ludwig{ctx}	gender=m	role=mayor	org=Vienna	country=AT
person:donald-tusk	person	uk=Дональд Туск|Туск	ru=Дональд Туск|Туск	en=Donald Tusk|Tusk	gender=m	role=prime minister	org=Poland	country=PL
person:karol-nawrocki	person	uk=Кароль Навроцький|Навроцький	ru=Кароль Навроцкий|Навроцкий	en=Karol Nawrocki|Nawrocki	gender=m	role=president	org=Poland	country=PL
person:andrzej-duda	person	uk=Анджей Дуда|Дуда	ru=Анджей Дуда|Дуда	en=Andrzej Duda|Duda	gender=m	role=president	org=Poland	country=PL	former=1
person:radoslaw-sikorski	person	uk=Радослав Сікорський|Сікорський	ru=Радослав Сикорский|Сикорский	en=Radosław Sikorski|Radoslaw Sikorski|Sikorski	gender=m	role=foreign minister	org=Poland	country=PL
person:wladyslaw-kosiniak-kamysz	person	uk=Владислав Косіняк-Камиш|Косіняк-Камиш	ru=Владислав Косиняк-Камыш|Косиняк-Камыш	en=Władysław Kosiniak-Kamysz|Wladyslaw Kosiniak-Kamysz|Kosiniak-Kamysz	gender=m	role=defence minister	org=Poland	country=PL
person:mateusz-morawiecki	person	uk=Матеуш Моравецький|Моравецький	ru=Матеуш Моравецкий|Моравецкий	en=Mateusz Morawiecki|Morawiecki	gender=m	role=prime minister	org=Poland	country=PL	former=1
person:jaroslaw-kaczynski	person	uk=Ярослав Качинський|Качинський	ru=Ярослав Качиньский|Ярослав Качинский|Качиньский|Качинский	en=Jarosław Kaczyński|Jaroslaw Kaczynski|Kaczyński|Kaczynski	gender=m	role=party leader	org=Law and Justice	country=PL
person:rafal-trzaskowski	person	uk=Рафал Тшасковський|Тшасковський	ru=Рафал Тшасковский|Тшасковский	en=Rafał Trzaskowski|Rafal Trzaskowski|Trzaskowski	gender=m	role=mayor	org=Warsaw	country=PL
person:aleksander-miszalski	person	uk=Александр Мішальський|Мішальський	ru=Александр Мишальский|Мишальский	en=Aleksander Miszalski|Miszalski	gender=m	role=mayor	org=Kraków	country=PL
person:jacek-sutryk	person	uk=Яцек Сутрик|Сутрик	ru=Яцек Сутрык|Сутрык	en=Jacek Sutryk|Sutryk	gender=m	role=mayor	org=Wrocław	country=PL
person:aleksandra-dulkiewicz	person	uk=Александра Дулкевич|Дулкевич	ru=Александра Дулкевич|Дулкевич	en=Aleksandra Dulkiewicz|Dulkiewicz	gender=f	role=mayor	org=Gdańsk	country=PL
person:petr-pavel	person	uk=Петр Павел|Павел{ctx}	ru=Петр Павел|Павел{ctx}	en=Petr Pavel|Pavel{ctx}	gender=m	role=president	org=Czech Republic	country=CZ
person:andrej-babis	person	uk=Андрей Бабіш|Бабіш	ru=Андрей Бабиш|Бабиш	en=Andrej Babiš|Andrej Babis|Babiš|Babis	gender=m	role=prime minister	org=Czech Republic	country=CZ
person:petr-fiala	person	uk=Петр Фіала|Фіала	ru=Петр Фиала|Фиала	en=Petr Fiala|Fiala	gender=m	role=prime minister	org=Czech Republic	country=CZ	former=1
person:bohuslav-svoboda	person	uk=Богуслав Свобода|Свобода{ctx}	ru=Богуслав Свобода|Свобода{ctx}	en=Bohuslav Svoboda|Svoboda{ctx}	gender=m	role=mayor	org=Prague	country=CZ
person:robert-fico	person	uk=Роберт Фіцо|Фіцо{x}	ru=Роберт Фицо|Фицо{x}	en=Robert Fico|Fico	gender=m	role=prime minister	org=Slovakia	country=SK
person:peter-pellegrini	person	uk=Петер Пеллегріні|Пеллегріні{x}	ru=Петер Пеллегрини|Пеллегрини{x}	en=Peter Pellegrini|Pellegrini	gender=m	role=president	org=Slovakia	country=SK
person:zuzana-caputova	person	uk=Зузана Чапутова|Чапутова	ru=Зузана Чапутова|Чапутова	en=Zuzana Čaputová|Zuzana Caputova|Čaputová|Caputova	gender=f	role=president	org=Slovakia	country=SK	former=1
person:matus-vallo	person	uk=Матуш Валло|Валло{x}	ru=Матуш Валло|Валло{x}	en=Matúš Vallo|Matus Vallo|Vallo	gender=m	role=mayor	org=Bratislava	country=SK
Q57641	person	uk=Віктор Орбан|Орбан	ru=Виктор Орбан|Орбан	en=Viktor Orbán|Viktor Orban|Orbán|Orban	gender=m	role=prime minister	org=Hungary	country=HU
person:tamas-sulyok	person	uk=Тамаш Шуйок|Шуйок	ru=Тамаш Шуйок|Шуйок	en=Tamás Sulyok|Tamas Sulyok|Sulyok	gender=m	role=president	org=Hungary	country=HU
person:peter-szijjarto	person	uk=Петер Сійярто|Сійярто{x}	ru=Петер Сийярто|Сийярто{x}	en=Péter Szijjártó|Peter Szijjarto|Szijjártó|Szijjarto	gender=m	role=foreign minister	org=Hungary	country=HU
person:peter-magyar	person	uk=Петер Мадяр|Мадяр{ctx}	ru=Петер Мадьяр|Мадьяр{ctx}	en=Péter Magyar|Peter Magyar|Magyar{ctx}	gender=m	role=party leader	org=Tisza	country=HU
person:gergely-karacsony	person	uk=Гергей Карачонь|Карачонь	ru=Гергей Карачонь|Карачонь	en=Gergely Karácsony|Gergely Karacsony|Karácsony|Karacsony	gender=m	role=mayor	org=Budapest	country=HU
person:nicusor-dan	person	uk=Нікушор Дан|Дан{ctx}	ru=Никушор Дан|Дан{ctx}	en=Nicușor Dan|Nicusor Dan|Dan{ctx}	gender=m	role=president	org=Romania	country=RO	note=former mayor of Bucharest
person:klaus-iohannis	person	uk=Клаус Йоганніс|Йоганніс{ctx}	ru=Клаус Йоханнис|Йоханнис{ctx}	en=Klaus Iohannis|Iohannis{ctx}	gender=m	role=president	org=Romania	country=RO	former=1
person:ilie-bolojan	person	uk=Іліє Болоджан|Болоджан	ru=Илие Боложан|Боложан	en=Ilie Bolojan|Bolojan	gender=m	role=prime minister	org=Romania	country=RO
person:marcel-ciolacu	person	uk=Марчел Чолаку|Чолаку{x}	ru=Марчел Чолаку|Чолаку{x}	en=Marcel Ciolacu|Ciolacu	gender=m	role=prime minister	org=Romania	country=RO	former=1
person:rumen-radev	person	uk=Румен Радев|Радев	ru=Румен Радев|Радев	en=Rumen Radev|Radev	gender=m	role=president	org=Bulgaria	country=BG
person:rosen-zhelyazkov	person	uk=Росен Желязков|Желязков	ru=Росен Желязков|Желязков	en=Rosen Zhelyazkov|Zhelyazkov	gender=m	role=prime minister	org=Bulgaria	country=BG
person:vasil-terziev	person	uk=Васил Терзієв|Терзієв	ru=Васил Терзиев|Терзиев	en=Vasil Terziev|Terziev	gender=m	role=mayor	org=Sofia	country=BG
person:andrej-plenkovic	person	uk=Андрей Пленкович|Пленкович	ru=Андрей Пленкович|Пленкович	en=Andrej Plenković|Andrej Plenkovic|Plenković|Plenkovic	gender=m	role=prime minister	org=Croatia	country=HR
person:zoran-milanovic	person	uk=Зоран Міланович|Міланович	ru=Зоран Миланович|Миланович	en=Zoran Milanović|Zoran Milanovic|Milanović|Milanovic	gender=m	role=president	org=Croatia	country=HR
person:tomislav-tomasevic	person	uk=Томислав Томашевич|Томашевич	ru=Томислав Томашевич|Томашевич	en=Tomislav Tomašević|Tomislav Tomasevic|Tomašević|Tomasevic	gender=m	role=mayor	org=Zagreb	country=HR
person:robert-golob	person	uk=Роберт Голоб|Голоб	ru=Роберт Голоб|Голоб	en=Robert Golob|Golob	gender=m	role=prime minister	org=Slovenia	country=SI
person:natasa-pirc-musar	person	uk=Наташа Пірц Мусар|Пірц Мусар	ru=Наташа Пирц Мусар|Пирц Мусар	en=Nataša Pirc Musar|Natasa Pirc Musar|Pirc Musar	gender=f	role=president	org=Slovenia	country=SI
person:zoran-jankovic	person	uk=Зоран Янкович|Янкович	ru=Зоран Янкович|Янкович	en=Zoran Janković|Zoran Jankovic|Janković|Jankovic	gender=m	role=mayor	org=Ljubljana	country=SI
person:kyriakos-mitsotakis	person	uk=Кіріакос Міцотакіс|Міцотакіс	ru=Кириакос Мицотакис|Мицотакис	en=Kyriakos Mitsotakis|Mitsotakis	gender=m	role=prime minister	org=Greece	country=GR
person:konstantinos-tasoulas	person	uk=Константінос Тасулас|Тасулас	ru=Константинос Тасулас|Тасулас	en=Konstantinos Tasoulas|Tasoulas	gender=m	role=president	org=Greece	country=GR
person:haris-doukas	person	uk=Харіс Дукас|Дукас	ru=Харис Дукас|Дукас	en=Haris Doukas|Doukas	gender=m	role=mayor	org=Athens	country=GR
person:nikos-christodoulides	person	uk=Нікос Христодулідіс|Христодулідіс	ru=Никос Христодулидис|Христодулидис	en=Nikos Christodoulides|Christodoulides	gender=m	role=president	org=Cyprus	country=CY
person:robert-abela	person	uk=Роберт Абела|Абела	ru=Роберт Абела|Абела	en=Robert Abela|Abela	gender=m	role=prime minister	org=Malta	country=MT
person:mette-frederiksen	person	uk=Метте Фредеріксен|Фредеріксен	ru=Метте Фредериксен|Фредериксен	en=Mette Frederiksen|Frederiksen	gender=f	role=prime minister	org=Denmark	country=DK
person:lars-lokke-rasmussen	person	uk=Ларс Люкке Расмуссен|Расмуссен	ru=Ларс Лёкке Расмуссен|Ларс Локке Расмуссен|Расмуссен	en=Lars Løkke Rasmussen|Lars Lokke Rasmussen|Rasmussen	gender=m	role=foreign minister	org=Denmark	country=DK
person:ulf-kristersson	person	uk=Ульф Крістерссон|Крістерссон	ru=Ульф Кристерссон|Кристерссон	en=Ulf Kristersson|Kristersson	gender=m	role=prime minister	org=Sweden	country=SE
person:alexander-stubb	person	uk=Александр Стубб|Стубб	ru=Александр Стубб|Стубб	en=Alexander Stubb|Stubb	gender=m	role=president	org=Finland	country=FI
person:petteri-orpo	person	uk=Петтері Орпо|Орпо{x}	ru=Петтери Орпо|Орпо{x}	en=Petteri Orpo|Orpo	gender=m	role=prime minister	org=Finland	country=FI
person:sauli-niinisto	person	uk=Саулі Ніїністе|Ніїністе{x}	ru=Саули Ниинистё|Ниинисте|Ниинистё{x}	en=Sauli Niinistö|Sauli Niinisto|Niinistö|Niinisto	gender=m	role=president	org=Finland	country=FI	former=1
person:alar-karis	person	uk=Алар Каріс|Каріс	ru=Алар Карис|Карис	en=Alar Karis|Karis	gender=m	role=president	org=Estonia	country=EE
person:kristen-michal	person	uk=Крістен Міхал|Міхал{ctx}	ru=Кристен Михал|Михал{ctx}	en=Kristen Michal|Michal{ctx}	gender=m	role=prime minister	org=Estonia	country=EE
person:margus-tsahkna	person	uk=Маргус Цахкна|Цахкна	ru=Маргус Цахкна|Цахкна	en=Margus Tsahkna|Tsahkna	gender=m	role=foreign minister	org=Estonia	country=EE
person:jevgeni-ossinovski	person	uk=Євгеній Осіновський|Осіновський	ru=Евгений Осиновский|Осиновский	en=Jevgeni Ossinovski|Ossinovski	gender=m	role=mayor	org=Tallinn	country=EE
person:edgars-rinkevics	person	uk=Едгарс Рінкевичс|Рінкевичс	ru=Эдгарс Ринкевичс|Ринкевичс	en=Edgars Rinkēvičs|Edgars Rinkevics|Rinkēvičs|Rinkevics	gender=m	role=president	org=Latvia	country=LV
person:evika-silina	person	uk=Евіка Сіліня|Сіліня	ru=Эвика Силиня|Силиня	en=Evika Siliņa|Evika Silina|Siliņa|Silina	gender=f	role=prime minister	org=Latvia	country=LV
person:vilnis-kirsis	person	uk=Вілніс Кірсіс|Кірсіс	ru=Вилнис Кирсис|Кирсис	en=Vilnis Ķirsis|Vilnis Kirsis|Ķirsis|Kirsis	gender=m	role=mayor	org=Riga	country=LV
person:gitanas-nauseda	person	uk=Гітанас Науседа|Науседа	ru=Гитанас Науседа|Науседа	en=Gitanas Nausėda|Gitanas Nauseda|Nausėda|Nauseda	gender=m	role=president	org=Lithuania	country=LT
person:inga-ruginiene	person	uk=Інга Ругінене|Ругінене{x}	ru=Инга Ругинене|Ругинене{x}	en=Inga Ruginienė|Inga Ruginiene|Ruginienė|Ruginiene	gender=f	role=prime minister	org=Lithuania	country=LT
person:gintautas-paluckas	person	uk=Гінтаутас Палуцкас|Палуцкас	ru=Гинтаутас Палуцкас|Палуцкас	en=Gintautas Paluckas|Paluckas	gender=m	role=prime minister	org=Lithuania	country=LT	former=1
person:valdas-benkunskas	person	uk=Вальдас Бенкунскас|Бенкунскас	ru=Вальдас Бенкунскас|Бенкунскас	en=Valdas Benkunskas|Benkunskas	gender=m	role=mayor	org=Vilnius	country=LT
person:micheal-martin	person	uk=Мігол Мартін|Мартін{ctx}	ru=Михол Мартин|Мартин{ctx}	en=Micheál Martin|Micheal Martin|Martin{ctx}	gender=m	role=prime minister	org=Ireland	country=IE	note=Taoiseach
person:simon-harris	person	uk=Саймон Гарріс|Гарріс{ctx}	ru=Саймон Харрис|Харрис{ctx}	en=Simon Harris|Harris{ctx}	gender=m	role=deputy prime minister	org=Ireland	country=IE

# --- United Kingdom, rest of Europe, Caucasus, Central Asia, Middle East, Africa
person:keir-starmer	person	uk=Кір Стармер|Стармер	ru=Кир Стармер|Стармер	en=Keir Starmer|Starmer	gender=m	role=prime minister	org=United Kingdom	country=GB
person:rishi-sunak	person	uk=Ріші Сунак|Сунак	ru=Риши Сунак|Сунак	en=Rishi Sunak|Sunak	gender=m	role=prime minister	org=United Kingdom	country=GB	former=1
Q180589	person	uk=Борис Джонсон|Джонсон{ctx}	ru=Борис Джонсон|Джонсон{ctx}	en=Boris Johnson|Johnson{ctx}	gender=m	role=prime minister	org=United Kingdom	country=GB	former=1
person:liz-truss	person	uk=Ліз Трасс|Трасс	ru=Лиз Трасс|Трасс	en=Liz Truss|Truss	gender=f	role=prime minister	org=United Kingdom	country=GB	former=1
Q264766	person	uk=Тереза Мей|Мей{ctx}	ru=Тереза Мэй|Мэй{ctx}	en=Theresa May|May{ctx}	gender=f	role=prime minister	org=United Kingdom	country=GB	former=1
person:david-cameron	person	uk=Девід Кемерон|Кемерон	ru=Дэвид Кэмерон|Кэмерон	en=David Cameron|Cameron	gender=m	role=foreign minister	org=United Kingdom	country=GB	former=1
person:david-lammy	person	uk=Девід Леммі|Леммі{x}	ru=Дэвид Лэмми|Лэмми{x}	en=David Lammy|Lammy	gender=m	role=deputy prime minister	org=United Kingdom	country=GB	note=justice secretary, former foreign secretary
person:yvette-cooper	person	uk=Іветт Купер|Купер	ru=Иветт Купер|Купер	en=Yvette Cooper|Cooper{ctx}	gender=f	role=foreign minister	org=United Kingdom	country=GB
person:john-healey	person	uk=Джон Гілі|Гілі{x}	ru=Джон Хили|Хили{x}	en=John Healey|Healey	gender=m	role=defence minister	org=United Kingdom	country=GB
person:rachel-reeves	person	uk=Рейчел Рівз|Рівз	ru=Рэйчел Ривз|Ривз	en=Rachel Reeves|Reeves	gender=f	role=finance minister	org=United Kingdom	country=GB	note=chancellor of the exchequer
person:grant-shapps	person	uk=Грант Шаппс|Шаппс	ru=Грант Шаппс|Шаппс	en=Grant Shapps|Shapps	gender=m	role=defence minister	org=United Kingdom	country=GB	former=1
person:ben-wallace	person	uk=Бен Воллес|Воллес	ru=Бен Уоллес|Уоллес	en=Ben Wallace|Wallace{ctx}	gender=m	role=defence minister	org=United Kingdom	country=GB	former=1
person:nigel-farage	person	uk=Найджел Фарадж|Фарадж	ru=Найджел Фарадж|Фарадж	en=Nigel Farage|Farage	gender=m	role=party leader	org=Reform UK	country=GB
person:charles-iii	person	uk=Чарльз III|король Чарльз|Карл III	ru=Карл III|король Карл|Чарльз III	en=King Charles III|Charles III|King Charles	gender=m	role=king	org=United Kingdom	country=GB
person:sadiq-khan	person	uk=Садік Хан|Хан{ctx}	ru=Садик Хан|Хан{ctx}	en=Sadiq Khan|Khan{ctx}	gender=m	role=mayor	org=London	country=GB
person:jonas-gahr-store	person	uk=Йонас Гар Стере|Стере{x}	ru=Йонас Гар Стёре|Йонас Гар Стере|Стёре{x}|Стере{x}	en=Jonas Gahr Støre|Jonas Gahr Store|Støre|Store{ctx}	gender=m	role=prime minister	org=Norway	country=NO
person:jens-stoltenberg	person	uk=Єнс Столтенберг|Столтенберг	ru=Йенс Столтенберг|Столтенберг	en=Jens Stoltenberg|Stoltenberg	gender=m	role=finance minister	org=Norway	country=NO	note=former NATO secretary general
person:karin-keller-sutter	person	uk=Карін Келлер-Зуттер|Келлер-Зуттер	ru=Карин Келлер-Зуттер|Келлер-Зуттер	en=Karin Keller-Sutter|Keller-Sutter	gender=f	role=president	org=Switzerland	country=CH
person:ignazio-cassis	person	uk=Іньяціо Кассіс|Кассіс	ru=Иньяцио Кассис|Кассис	en=Ignazio Cassis|Cassis	gender=m	role=foreign minister	org=Switzerland	country=CH
person:maia-sandu	person	uk=Мая Санду|Санду{x}	ru=Майя Санду|Санду{x}	en=Maia Sandu|Sandu	gender=f	role=president	org=Moldova	country=MD
person:dorin-recean	person	uk=Дорін Речан|Речан	ru=Дорин Речан|Речан	en=Dorin Recean|Recean	gender=m	role=prime minister	org=Moldova	country=MD	former=1
person:alexandru-munteanu	person	uk=Александру Мунтяну|Мунтяну{x}	ru=Александру Мунтяну|Мунтяну{x}	en=Alexandru Munteanu|Munteanu	gender=m	role=prime minister	org=Moldova	country=MD
person:ion-ceban	person	uk=Іон Чебан|Чебан	ru=Ион Чебан|Чебан	en=Ion Ceban|Ceban	gender=m	role=mayor	org=Chișinău	country=MD
person:igor-dodon	person	uk=Ігор Додон|Додон	ru=Игорь Додон|Додон	en=Igor Dodon|Dodon	gender=m	role=president	org=Moldova	country=MD	former=1
person:irakli-kobakhidze	person	uk=Іраклій Кобахідзе|Кобахідзе{x}	ru=Ираклий Кобахидзе|Кобахидзе{x}	en=Irakli Kobakhidze|Kobakhidze	gender=m	role=prime minister	org=Georgia	country=GE
person:mikheil-kavelashvili	person	uk=Міхеїл Кавелашвілі|Кавелашвілі{x}	ru=Михаил Кавелашвили|Кавелашвили{x}	en=Mikheil Kavelashvili|Kavelashvili	gender=m	role=president	org=Georgia	country=GE
person:salome-zourabichvili	person	uk=Саломе Зурабішвілі|Зурабішвілі{x}	ru=Саломе Зурабишвили|Зурабишвили{x}	en=Salome Zourabichvili|Salome Zurabishvili|Zourabichvili|Zurabishvili	gender=f	role=president	org=Georgia	country=GE	former=1
person:bidzina-ivanishvili	person	uk=Бідзіна Іванішвілі|Іванішвілі{x}	ru=Бидзина Иванишвили|Иванишвили{x}	en=Bidzina Ivanishvili|Ivanishvili	gender=m	role=party leader	org=Georgian Dream	country=GE
person:mikheil-saakashvili	person	uk=Міхеїл Саакашвілі|Саакашвілі{x}	ru=Михаил Саакашвили|Саакашвили{x}	en=Mikheil Saakashvili|Saakashvili	gender=m	role=president	org=Georgia	country=GE	former=1
person:kakha-kaladze	person	uk=Каха Каладзе|Каладзе{x}	ru=Каха Каладзе|Каладзе{x}	en=Kakha Kaladze|Kaladze	gender=m	role=mayor	org=Tbilisi	country=GE
person:nikol-pashinyan	person	uk=Нікол Пашинян|Пашинян	ru=Никол Пашинян|Пашинян	en=Nikol Pashinyan|Pashinyan	gender=m	role=prime minister	org=Armenia	country=AM
person:vahagn-khachaturyan	person	uk=Ваагн Хачатурян|Хачатурян	ru=Ваагн Хачатурян|Хачатурян	en=Vahagn Khachaturyan|Khachaturyan	gender=m	role=president	org=Armenia	country=AM
person:ararat-mirzoyan	person	uk=Арарат Мірзоян|Мірзоян	ru=Арарат Мирзоян|Мирзоян	en=Ararat Mirzoyan|Mirzoyan	gender=m	role=foreign minister	org=Armenia	country=AM
person:ilham-aliyev	person	uk=Ільхам Алієв|Алієв	ru=Ильхам Алиев|Алиев	en=Ilham Aliyev|Aliyev	gender=m	role=president	org=Azerbaijan	country=AZ
person:jeyhun-bayramov	person	uk=Джейхун Байрамов|Байрамов	ru=Джейхун Байрамов|Байрамов	en=Jeyhun Bayramov|Bayramov	gender=m	role=foreign minister	org=Azerbaijan	country=AZ
person:aleksandar-vucic	person	uk=Александр Вучич|Вучич	ru=Александр Вучич|Вучич	en=Aleksandar Vučić|Aleksandar Vucic|Vučić|Vucic	gender=m	role=president	org=Serbia	country=RS
person:djuro-macut	person	uk=Джуро Мацут|Мацут	ru=Джуро Мацут|Мацут	en=Đuro Macut|Djuro Macut|Macut	gender=m	role=prime minister	org=Serbia	country=RS
person:aleksandar-sapic	person	uk=Александр Шапіч|Шапіч	ru=Александр Шапич|Шапич	en=Aleksandar Šapić|Aleksandar Sapic|Šapić|Sapic	gender=m	role=mayor	org=Belgrade	country=RS
person:milorad-dodik	person	uk=Мілорад Додік|Додік	ru=Милорад Додик|Додик	en=Milorad Dodik|Dodik	gender=m	role=politician	org=Republika Srpska	country=BA
person:edi-rama	person	uk=Еді Рама|Рама{ctx}	ru=Эди Рама|Рама{ctx}	en=Edi Rama|Rama{ctx}	gender=m	role=prime minister	org=Albania	country=AL
person:albin-kurti	person	uk=Альбін Курті|Курті{x}	ru=Альбин Курти|Курти{x}	en=Albin Kurti|Kurti	gender=m	role=prime minister	org=Kosovo	country=XK
person:hristijan-mickoski	person	uk=Християн Міцкоський|Міцкоський	ru=Християн Мицкоский|Мицкоский	en=Hristijan Mickoski|Mickoski	gender=m	role=prime minister	org=North Macedonia	country=MK
person:milojko-spajic	person	uk=Мілойко Спаїч|Спаїч	ru=Милойко Спаич|Спаич	en=Milojko Spajić|Milojko Spajic|Spajić|Spajic	gender=m	role=prime minister	org=Montenegro	country=ME
Q39259	person	uk=Реджеп Таїп Ердоган|Реджеп Тайїп Ердоган|Ердоган	ru=Реджеп Тайип Эрдоган|Эрдоган	en=Recep Tayyip Erdoğan|Recep Tayyip Erdogan|Erdoğan|Erdogan	gender=m	role=president	org=Turkey	country=TR
person:hakan-fidan	person	uk=Хакан Фідан|Фідан	ru=Хакан Фидан|Фидан	en=Hakan Fidan|Fidan	gender=m	role=foreign minister	org=Turkey	country=TR
person:yasar-guler	person	uk=Яшар Гюлер|Гюлер	ru=Яшар Гюлер|Гюлер	en=Yaşar Güler|Yasar Guler|Güler|Guler	gender=m	role=defence minister	org=Turkey	country=TR
person:ekrem-imamoglu	person	uk=Екрем Імамоглу|Імамоглу{x}	ru=Экрем Имамоглу|Имамоглу{x}	en=Ekrem İmamoğlu|Ekrem Imamoglu|İmamoğlu|Imamoglu	gender=m	role=mayor	org=Istanbul	country=TR
person:mansur-yavas	person	uk=Мансур Яваш|Яваш	ru=Мансур Яваш|Яваш	en=Mansur Yavaş|Mansur Yavas|Yavaş|Yavas	gender=m	role=mayor	org=Ankara	country=TR
person:kassym-jomart-tokayev	person	uk=Касим-Жомарт Токаєв|Токаєв	ru=Касым-Жомарт Токаев|Токаев	en=Kassym-Jomart Tokayev|Tokayev	gender=m	role=president	org=Kazakhstan	country=KZ
person:nursultan-nazarbayev	person	uk=Нурсултан Назарбаєв|Назарбаєв	ru=Нурсултан Назарбаев|Назарбаев	en=Nursultan Nazarbayev|Nazarbayev	gender=m	role=president	org=Kazakhstan	country=KZ	former=1
person:shavkat-mirziyoyev	person	uk=Шавкат Мірзійоєв|Мірзійоєв	ru=Шавкат Мирзиёев|Шавкат Мирзиеев|Мирзиёев|Мирзиеев	en=Shavkat Mirziyoyev|Mirziyoyev	gender=m	role=president	org=Uzbekistan	country=UZ
person:sadyr-japarov	person	uk=Садир Жапаров|Жапаров	ru=Садыр Жапаров|Жапаров	en=Sadyr Japarov|Japarov|Zhaparov	gender=m	role=president	org=Kyrgyzstan	country=KG
person:emomali-rahmon	person	uk=Емомалі Рахмон|Рахмон{ctx}	ru=Эмомали Рахмон|Рахмон{ctx}	en=Emomali Rahmon|Rahmon{ctx}	gender=m	role=president	org=Tajikistan	country=TJ
person:serdar-berdimuhamedow	person	uk=Сердар Бердимухамедов|Бердимухамедов	ru=Сердар Бердымухамедов|Бердымухамедов	en=Serdar Berdimuhamedow|Serdar Berdymukhamedov|Berdimuhamedow|Berdymukhamedov	gender=m	role=president	org=Turkmenistan	country=TM
Q43723	person	uk=Біньямін Нетаньягу|Беньямін Нетаньяху|Біньямін Нетаньяху|Нетаньягу{x}|Нетаньяху{x}	ru=Биньямин Нетаньяху|Беньямин Нетаньяху|Нетаньяху{x}	en=Benjamin Netanyahu|Netanyahu	gender=m	role=prime minister	org=Israel	country=IL
person:isaac-herzog	person	uk=Іцхак Герцог|Герцог{ctx}	ru=Ицхак Герцог|Герцог{ctx}	en=Isaac Herzog|Yitzhak Herzog|Herzog	gender=m	role=president	org=Israel	country=IL
person:israel-katz	person	uk=Ісраель Кац|Кац	ru=Исраэль Кац|Кац	en=Israel Katz|Katz{ctx}	gender=m	role=defence minister	org=Israel	country=IL
person:gideon-saar	person	uk=Гідеон Саар|Саар{ctx}	ru=Гидеон Саар|Саар{ctx}	en=Gideon Sa'ar|Gideon Saar|Sa'ar|Saar{ctx}	gender=m	role=foreign minister	org=Israel	country=IL
person:yoav-gallant	person	uk=Йоав Галант|Галант	ru=Йоав Галант|Галант	en=Yoav Gallant|Gallant	gender=m	role=defence minister	org=Israel	country=IL	former=1
person:yair-lapid	person	uk=Яїр Лапід|Лапід	ru=Яир Лапид|Лапид	en=Yair Lapid|Lapid	gender=m	role=opposition leader	org=Israel	country=IL
person:benny-gantz	person	uk=Бенні Ганц|Ганц	ru=Бенни Ганц|Ганц	en=Benny Gantz|Gantz	gender=m	role=politician	org=Israel	country=IL
person:moshe-lion	person	uk=Моше Ліон|Ліон{ctx}	ru=Моше Лион|Лион{ctx}	en=Moshe Lion|Lion{ctx}	gender=m	role=mayor	org=Jerusalem	country=IL
person:ali-khamenei	person	uk=Алі Хаменеї|Хаменеї{x}	ru=Али Хаменеи|Хаменеи{x}	en=Ali Khamenei|Khamenei	gender=m	role=supreme leader	org=Iran	country=IR
person:masoud-pezeshkian	person	uk=Масуд Пезешкіан|Пезешкіан	ru=Масуд Пезешкиан|Пезешкиан	en=Masoud Pezeshkian|Pezeshkian	gender=m	role=president	org=Iran	country=IR
person:abbas-araghchi	person	uk=Аббас Арагчі|Аракчі|Арагчі{x}	ru=Аббас Аракчи|Аракчи{x}	en=Abbas Araghchi|Araghchi	gender=m	role=foreign minister	org=Iran	country=IR
person:ebrahim-raisi	person	uk=Ебрагім Раїсі|Раїсі{x}	ru=Эбрахим Раиси|Раиси{x}	en=Ebrahim Raisi|Raisi	gender=m	role=president	org=Iran	country=IR	note=died 2024
person:salman-bin-abdulaziz	person	uk=Салман бін Абдель Азіз Аль Сауд|король Салман	ru=Салман бен Абдель Азиз Аль Сауд|король Салман	en=Salman bin Abdulaziz Al Saud|King Salman	gender=m	role=king	org=Saudi Arabia	country=SA
person:mohammed-bin-salman	person	uk=Мухаммед бін Сальман|бін Сальман	ru=Мухаммед бен Сальман|бен Сальман	en=Mohammed bin Salman|Mohammad bin Salman|MBS	gender=m	role=crown prince	org=Saudi Arabia	country=SA
person:faisal-bin-farhan	person	uk=Фейсал бін Фархан|Фейсал бін Фархан Аль Сауд	ru=Фейсал бен Фархан|Фейсал бен Фархан Аль Сауд	en=Faisal bin Farhan|Faisal bin Farhan Al Saud	gender=m	role=foreign minister	org=Saudi Arabia	country=SA
person:mohamed-bin-zayed	person	uk=Мухаммед бін Заїд|Мухаммед бін Заїд Аль Нахайян	ru=Мухаммед бен Заид|Мухаммед бен Заид Аль Нахайян	en=Mohamed bin Zayed|Mohamed bin Zayed Al Nahyan|MBZ	gender=m	role=president	org=United Arab Emirates	country=AE
person:tamim-bin-hamad	person	uk=Тамім бін Хамад Аль Тані|Тамім бін Хамад	ru=Тамим бен Хамад Аль Тани|Тамим бен Хамад	en=Tamim bin Hamad Al Thani|Tamim bin Hamad	gender=m	role=emir	org=Qatar	country=QA
person:mohammed-bin-abdulrahman	person	uk=Мухаммед бін Абдулрахман Аль Тані	ru=Мухаммед бен Абдель Рахман Аль Тани	en=Mohammed bin Abdulrahman Al Thani	gender=m	role=prime minister	org=Qatar	country=QA
person:abdel-fattah-el-sisi	person	uk=Абдель Фаттах ас-Сісі|ас-Сісі	ru=Абдель Фаттах ас-Сиси|ас-Сиси	en=Abdel Fattah el-Sisi|Abdel Fattah al-Sisi|el-Sisi|al-Sisi	gender=m	role=president	org=Egypt	country=EG
person:ahmed-al-sharaa	person	uk=Ахмед аш-Шараа|аш-Шараа	ru=Ахмед аш-Шараа|аш-Шараа	en=Ahmed al-Sharaa|al-Sharaa	gender=m	role=president	org=Syria	country=SY
person:bashar-al-assad	person	uk=Башар Асад|Башар аль-Асад|Асад	ru=Башар Асад|Башар аль-Асад|Асад	en=Bashar al-Assad|Bashar Assad|Assad	gender=m	role=president	org=Syria	country=SY	former=1
person:joseph-aoun	person	uk=Жозеф Аун|Аун	ru=Жозеф Аун|Аун	en=Joseph Aoun|Aoun	gender=m	role=president	org=Lebanon	country=LB
person:nawaf-salam	person	uk=Наваф Салам|Салам{ctx}	ru=Наваф Салам|Салам{ctx}	en=Nawaf Salam|Salam{ctx}	gender=m	role=prime minister	org=Lebanon	country=LB
person:abdullah-ii	person	uk=Абдалла II|король Абдалла	ru=Абдалла II|король Абдалла	en=Abdullah II|King Abdullah	gender=m	role=king	org=Jordan	country=JO
person:mahmoud-abbas	person	uk=Махмуд Аббас|Аббас{ctx}	ru=Махмуд Аббас|Аббас{ctx}	en=Mahmoud Abbas|Abbas{ctx}	gender=m	role=president	org=Palestine	country=PS
person:yahya-sinwar	person	uk=Ях'я Сінвар|Сінвар	ru=Яхья Синвар|Синвар	en=Yahya Sinwar|Sinwar	gender=m	role=leader	org=Hamas	country=PS	note=died 2024
person:ismail-haniyeh	person	uk=Ісмаїл Ханія|Ханія	ru=Исмаил Хания|Хания	en=Ismail Haniyeh|Haniyeh	gender=m	role=leader	org=Hamas	country=PS	note=died 2024
person:hassan-nasrallah	person	uk=Хасан Насралла|Насралла	ru=Хасан Насралла|Насралла	en=Hassan Nasrallah|Nasrallah	gender=m	role=leader	org=Hezbollah	country=LB	note=died 2024
person:naim-qassem	person	uk=Наїм Касем|Касем	ru=Наим Касем|Касем	en=Naim Qassem|Qassem	gender=m	role=leader	org=Hezbollah	country=LB
person:mohammed-shia-al-sudani	person	uk=Мухаммед Шіа ас-Судані|ас-Судані	ru=Мухаммед Шиа ас-Судани|ас-Судани	en=Mohammed Shia al-Sudani|al-Sudani	gender=m	role=prime minister	org=Iraq	country=IQ
person:cyril-ramaphosa	person	uk=Сиріл Рамафоса|Рамафоса	ru=Сирил Рамафоса|Рамафоса	en=Cyril Ramaphosa|Ramaphosa	gender=m	role=president	org=South Africa	country=ZA
person:bola-tinubu	person	uk=Бола Тінубу|Тінубу{x}	ru=Бола Тинубу|Тинубу{x}	en=Bola Tinubu|Tinubu	gender=m	role=president	org=Nigeria	country=NG
person:william-ruto	person	uk=Вільям Руто|Руто{x}	ru=Уильям Руто|Руто{x}	en=William Ruto|Ruto	gender=m	role=president	org=Kenya	country=KE
person:abiy-ahmed	person	uk=Абій Ахмед|Абій Ахмед Алі	ru=Абий Ахмед|Абий Ахмед Али	en=Abiy Ahmed|Abiy Ahmed Ali	gender=m	role=prime minister	org=Ethiopia	country=ET

# --- Asia and Oceania (East Asian names: surname first, full names only)
Q15031	person	uk=Сі Цзіньпін	ru=Си Цзиньпин	en=Xi Jinping	gender=m	role=president	org=China	country=CN
person:li-qiang	person	uk=Лі Цян	ru=Ли Цян	en=Li Qiang	gender=m	role=prime minister	org=China	country=CN
person:wang-yi	person	uk=Ван І	ru=Ван И	en=Wang Yi	gender=m	role=foreign minister	org=China	country=CN
person:dong-jun	person	uk=Дун Цзюнь	ru=Дун Цзюнь	en=Dong Jun	gender=m	role=defence minister	org=China	country=CN
person:han-zheng	person	uk=Хань Чжен	ru=Хань Чжэн	en=Han Zheng	gender=m	role=vice president	org=China	country=CN
person:zhao-leji	person	uk=Чжао Лецзі	ru=Чжао Лэцзи	en=Zhao Leji	gender=m	role=chairman	org=National People's Congress	country=CN
person:li-hui	person	uk=Лі Хуей	ru=Ли Хуэй	en=Li Hui	gender=m	role=special envoy	org=China	country=CN
person:mao-ning	person	uk=Мао Нін	ru=Мао Нин	en=Mao Ning	gender=f	role=spokesperson	org=Ministry of Foreign Affairs of China	country=CN
person:lin-jian	person	uk=Лінь Цзянь	ru=Линь Цзянь	en=Lin Jian	gender=m	role=spokesperson	org=Ministry of Foreign Affairs of China	country=CN
person:guo-jiakun	person	uk=Го Цзякунь	ru=Го Цзякунь	en=Guo Jiakun	gender=m	role=spokesperson	org=Ministry of Foreign Affairs of China	country=CN
person:hu-jintao	person	uk=Ху Цзіньтао	ru=Ху Цзиньтао	en=Hu Jintao	gender=m	role=president	org=China	country=CN	former=1
person:gong-zheng	person	uk=Гун Чжен	ru=Гун Чжэн	en=Gong Zheng	gender=m	role=mayor	org=Shanghai	country=CN
person:lai-ching-te	person	uk=Лай Цінде|Лай Чінг-те	ru=Лай Циндэ|Лай Чинг-тэ	en=Lai Ching-te|William Lai	gender=m	role=president	org=Taiwan	country=TW
person:tsai-ing-wen	person	uk=Цай Інвень	ru=Цай Инвэнь	en=Tsai Ing-wen	gender=f	role=president	org=Taiwan	country=TW	former=1
Q1058	person	uk=Нарендра Моді|Моді{x}	ru=Нарендра Моди|Моди{x}	en=Narendra Modi|Modi	gender=m	role=prime minister	org=India	country=IN
person:subrahmanyam-jaishankar	person	uk=Субраманьям Джайшанкар|Джайшанкар	ru=Субраманьям Джайшанкар|Джайшанкар	en=Subrahmanyam Jaishankar|S. Jaishankar|Jaishankar	gender=m	role=foreign minister	org=India	country=IN
person:droupadi-murmu	person	uk=Драупаді Мурму|Мурму{x}	ru=Драупади Мурму|Мурму{x}	en=Droupadi Murmu|Murmu	gender=f	role=president	org=India	country=IN
person:rajnath-singh	person	uk=Раджнат Сінгх	ru=Раджнат Сингх	en=Rajnath Singh	gender=m	role=defence minister	org=India	country=IN
person:rahul-gandhi	person	uk=Рахул Ганді	ru=Рахул Ганди	en=Rahul Gandhi	gender=m	role=opposition leader	org=India	country=IN
person:shehbaz-sharif	person	uk=Шахбаз Шаріф|Шаріф	ru=Шахбаз Шариф|Шариф	en=Shehbaz Sharif|Sharif{ctx}	gender=m	role=prime minister	org=Pakistan	country=PK
person:asim-munir	person	uk=Асім Мунір|Мунір	ru=Асим Мунир|Мунир	en=Asim Munir|Munir	gender=m	role=chief of army staff	org=Pakistan	country=PK
person:sanae-takaichi	person	uk=Санае Такаїчі|Такаїчі{x}	ru=Санаэ Такаити|Такаити{x}	en=Sanae Takaichi|Takaichi	gender=f	role=prime minister	org=Japan	country=JP
person:shigeru-ishiba	person	uk=Сігеру Ісіба|Шігеру Ішиба|Ісіба|Ішиба	ru=Сигэру Исиба|Исиба	en=Shigeru Ishiba|Ishiba	gender=m	role=prime minister	org=Japan	country=JP	former=1
person:fumio-kishida	person	uk=Фуміо Кісіда|Фуміо Кішіда|Кісіда|Кішіда	ru=Фумио Кисида|Кисида	en=Fumio Kishida|Kishida	gender=m	role=prime minister	org=Japan	country=JP	former=1
Q132345	person	uk=Сіндзо Абе|Абе{x}	ru=Синдзо Абэ|Абэ{x}	en=Shinzo Abe|Abe{ctx}	gender=m	role=prime minister	org=Japan	country=JP	note=died 2022
person:yuriko-koike	person	uk=Юріко Коіке|Коїке{x}|Коіке{x}	ru=Юрико Коикэ|Юрико Коике|Коикэ{x}|Коике{x}	en=Yuriko Koike|Koike	gender=f	role=governor	org=Tokyo	country=JP
person:lee-jae-myung	person	uk=Лі Дже Мьон|Лі Чже Мен	ru=Ли Чжэ Мён|Ли Джэ Мён	en=Lee Jae-myung|Lee Jae Myung	gender=m	role=president	org=South Korea	country=KR
person:yoon-suk-yeol	person	uk=Юн Сок Йоль	ru=Юн Сок Ёль	en=Yoon Suk Yeol|Yoon Suk-yeol	gender=m	role=president	org=South Korea	country=KR	former=1
person:oh-se-hoon	person	uk=О Се Хун	ru=О Се Хун	en=Oh Se-hoon	gender=m	role=mayor	org=Seoul	country=KR
Q56226	person	uk=Кім Чен Ин	ru=Ким Чен Ын	en=Kim Jong Un|Kim Jong-un	gender=m	role=leader	org=North Korea	country=KP
person:kim-yo-jong	person	uk=Кім Йо Чжон|Кім Йо Чен	ru=Ким Ё Чжон	en=Kim Yo Jong|Kim Yo-jong	gender=f	role=politician	org=North Korea	country=KP
person:prabowo-subianto	person	uk=Прабово Субіянто|Прабово{x}	ru=Прабово Субианто|Прабово{x}	en=Prabowo Subianto|Prabowo	gender=m	role=president	org=Indonesia	country=ID
person:ferdinand-marcos-jr	person	uk=Фердинанд Маркос-молодший|Фердинанд Маркос	ru=Фердинанд Маркос-младший|Фердинанд Маркос	en=Ferdinand Marcos Jr.|Ferdinand Marcos|Bongbong Marcos	gender=m	role=president	org=Philippines	country=PH
person:anwar-ibrahim	person	uk=Анвар Ібрагім	ru=Анвар Ибрагим	en=Anwar Ibrahim	gender=m	role=prime minister	org=Malaysia	country=MY
person:to-lam	person	uk=То Лам	ru=То Лам	en=To Lam|Tô Lâm	gender=m	role=general secretary	org=Communist Party of Vietnam	country=VN
person:anthony-albanese	person	uk=Ентоні Албаніз|Албаніз	ru=Энтони Албанезе|Албанезе{x}	en=Anthony Albanese|Albanese	gender=m	role=prime minister	org=Australia	country=AU
person:christopher-luxon	person	uk=Крістофер Лаксон|Лаксон	ru=Кристофер Лаксон|Лаксон	en=Christopher Luxon|Luxon	gender=m	role=prime minister	org=New Zealand	country=NZ
person:clover-moore	person	uk=Кловер Мур|Мур{ctx}	ru=Кловер Мур|Мур{ctx}	en=Clover Moore|Moore{ctx}	gender=f	role=mayor	org=Sydney	country=AU

# --- International organizations, EU institutions, churches
Q311440	person	uk=Антоніу Гутерреш|Гутерреш	ru=Антониу Гутерриш|Антонио Гутерриш|Гутерриш|Гутерреш	en=António Guterres|Antonio Guterres|Guterres	gender=m	role=secretary general	org=United Nations	country=PT
Q60772	person	uk=Урсула фон дер Ляєн|фон дер Ляєн	ru=Урсула фон дер Ляйен|фон дер Ляйен	en=Ursula von der Leyen|von der Leyen	gender=f	role=president of the European Commission	org=European Commission	country=DE
person:antonio-costa	person	uk=Антоніу Кошта|Кошта	ru=Антониу Кошта|Антонио Кошта|Кошта	en=António Costa|Antonio Costa|Costa{ctx}	gender=m	role=president of the European Council	org=European Council	country=PT
person:charles-michel	person	uk=Шарль Мішель|Мішель{ctx}	ru=Шарль Мишель|Мишель{ctx}	en=Charles Michel|Michel{ctx}	gender=m	role=president of the European Council	org=European Council	country=BE	former=1
person:kaja-kallas	person	uk=Кая Каллас|Каллас	ru=Кая Каллас|Каллас	en=Kaja Kallas|Kallas	gender=f	role=high representative	org=European Union	country=EE	note=former prime minister of Estonia
person:josep-borrell	person	uk=Жозеп Боррель|Боррель	ru=Жозеп Боррель|Боррель	en=Josep Borrell|Borrell	gender=m	role=high representative	org=European Union	country=ES	former=1
person:roberta-metsola	person	uk=Роберта Мецола|Мецола	ru=Роберта Метсола|Метсола	en=Roberta Metsola|Metsola	gender=f	role=president of the European Parliament	org=European Parliament	country=MT
person:marta-kos	person	uk=Марта Кос|Кос{ctx}	ru=Марта Кос|Кос{ctx}	en=Marta Kos|Kos{ctx}	gender=f	role=commissioner	org=European Commission	country=SI	note=enlargement
person:andrius-kubilius	person	uk=Андрюс Кубілюс|Кубілюс	ru=Андрюс Кубилюс|Кубилюс	en=Andrius Kubilius|Kubilius	gender=m	role=commissioner	org=European Commission	country=LT	note=defence and space
person:valdis-dombrovskis	person	uk=Валдіс Домбровскіс|Домбровскіс	ru=Валдис Домбровскис|Домбровскис	en=Valdis Dombrovskis|Dombrovskis	gender=m	role=commissioner	org=European Commission	country=LV
person:maros-sefcovic	person	uk=Марош Шефчович|Шефчович	ru=Марош Шефчович|Шефчович	en=Maroš Šefčovič|Maros Sefcovic|Šefčovič|Sefcovic	gender=m	role=commissioner	org=European Commission	country=SK
person:oliver-varhelyi	person	uk=Олівер Варгеї|Варгеї{x}	ru=Оливер Вархейи|Вархейи{x}	en=Olivér Várhelyi|Oliver Varhelyi|Várhelyi|Varhelyi	gender=m	role=commissioner	org=European Commission	country=HU
person:thierry-breton	person	uk=Тьєррі Бретон|Бретон	ru=Тьерри Бретон|Бретон	en=Thierry Breton|Breton	gender=m	role=commissioner	org=European Commission	country=FR	former=1
person:christine-lagarde	person	uk=Крістін Лагард|Лагард	ru=Кристин Лагард|Лагард	en=Christine Lagarde|Lagarde	gender=f	role=president	org=European Central Bank	country=FR
person:kristalina-georgieva	person	uk=Кристаліна Георгієва|Георгієва	ru=Кристалина Георгиева|Георгиева	en=Kristalina Georgieva|Georgieva	gender=f	role=managing director	org=International Monetary Fund	country=BG
person:ajay-banga	person	uk=Аджай Банга|Банга	ru=Аджай Банга|Банга	en=Ajay Banga|Banga	gender=m	role=president	org=World Bank	country=US
person:tedros-adhanom-ghebreyesus	person	uk=Тедрос Адханом Гебреєсус|Гебреєсус	ru=Тедрос Адханом Гебрейесус|Гебрейесус	en=Tedros Adhanom Ghebreyesus|Tedros Ghebreyesus|Ghebreyesus|Tedros	gender=m	role=director general	org=World Health Organization	country=ET
person:rafael-grossi	person	uk=Рафаель Гроссі|Гроссі{x}	ru=Рафаэль Гросси|Гросси{x}	en=Rafael Grossi|Rafael Mariano Grossi|Grossi	gender=m	role=director general	org=International Atomic Energy Agency	country=AR
person:karim-khan	person	uk=Карім Хан|Хан{ctx}	ru=Карим Хан|Хан{ctx}	en=Karim Khan|Karim A. A. Khan|Khan{ctx}	gender=m	role=prosecutor	org=International Criminal Court	country=GB
person:alain-berset	person	uk=Ален Берсе|Берсе{x}	ru=Ален Берсе|Берсе{x}	en=Alain Berset|Berset	gender=m	role=secretary general	org=Council of Europe	country=CH
person:feridun-sinirlioglu	person	uk=Ферідун Сінірліоглу|Сінірліоглу{x}	ru=Феридун Синирлиоглу|Синирлиоглу{x}	en=Feridun Sinirlioğlu|Feridun Sinirlioglu|Sinirlioğlu|Sinirlioglu	gender=m	role=secretary general	org=OSCE	country=TR
person:volker-turk	person	uk=Фолькер Тюрк|Тюрк	ru=Фолькер Тюрк|Тюрк	en=Volker Türk|Volker Turk|Türk	gender=m	role=high commissioner for human rights	org=United Nations	country=AT
person:filippo-grandi	person	uk=Філіппо Гранді|Гранді{x}	ru=Филиппо Гранди|Гранди{x}	en=Filippo Grandi|Grandi	gender=m	role=high commissioner for refugees	org=United Nations	country=IT
person:audrey-azoulay	person	uk=Одрі Азуле|Азуле{x}	ru=Одри Азуле|Азуле{x}	en=Audrey Azoulay|Azoulay	gender=f	role=director general	org=UNESCO	country=FR
person:ngozi-okonjo-iweala	person	uk=Нгозі Оконджо-Івеала|Оконджо-Івеала	ru=Нгози Оконджо-Ивеала|Оконджо-Ивеала	en=Ngozi Okonjo-Iweala|Okonjo-Iweala	gender=f	role=director general	org=World Trade Organization	country=NG
person:catherine-russell	person	uk=Кетрін Рассел|Рассел{ctx}	ru=Кэтрин Рассел|Рассел{ctx}	en=Catherine Russell|Russell{ctx}	gender=f	role=executive director	org=UNICEF	country=US
person:mirjana-spoljaric	person	uk=Мір'яна Сполярич|Сполярич	ru=Мирьяна Сполярич|Сполярич	en=Mirjana Spoljaric|Mirjana Spoljaric Egger|Spoljaric	gender=f	role=president	org=International Committee of the Red Cross	country=CH
person:odile-renaud-basso	person	uk=Оділь Рено-Бассо|Рено-Бассо{x}	ru=Одиль Рено-Бассо|Рено-Бассо{x}	en=Odile Renaud-Basso|Renaud-Basso	gender=f	role=president	org=European Bank for Reconstruction and Development	country=FR
person:pope-leo-xiv	person	uk=Папа Лев XIV|папа Лев XIV|Роберт Превост	ru=Папа Лев XIV|папа Лев XIV|Роберт Превост	en=Pope Leo XIV|Leo XIV|Robert Prevost	gender=m	role=pope	org=Holy See	country=VA
Q450675	person	uk=Папа Франциск|папа Франциск|Папа Римський Франциск	ru=Папа Франциск|папа Франциск|Папа Римский Франциск	en=Pope Francis|Jorge Mario Bergoglio	gender=m	role=pope	org=Holy See	country=VA	note=died 2025
person:epiphanius	person	uk=Митрополит Епіфаній|митрополит Епіфаній	ru=Митрополит Епифаний|митрополит Епифаний	en=Metropolitan Epiphanius|Metropolitan Epifaniy	gender=m	role=metropolitan	org=Orthodox Church of Ukraine	country=UA
person:bartholomew-i	person	uk=Патріарх Варфоломій|патріарх Варфоломій	ru=Патриарх Варфоломей|патриарх Варфоломей	en=Patriarch Bartholomew|Bartholomew I	gender=m	role=patriarch	org=Ecumenical Patriarchate of Constantinople	country=TR
person:sviatoslav-shevchuk	person	uk=Святослав Шевчук|Шевчук{ctx}	ru=Святослав Шевчук|Шевчук{ctx}	en=Sviatoslav Shevchuk|Shevchuk{ctx}	gender=m	role=major archbishop	org=Ukrainian Greek Catholic Church	country=UA
person:dalai-lama	person	uk=Далай-лама	ru=Далай-лама	en=Dalai Lama	gender=m	role=spiritual leader	org=Tibetan Buddhism	country=CN

# --- Business
Q317521	person	uk=Ілон Маск|Маск	ru=Илон Маск|Маск	en=Elon Musk|Musk	gender=m	role=ceo	org=Tesla	country=US	note=also SpaceX, X
Q312556	person	uk=Джефф Безос|Безос	ru=Джефф Безос|Безос	en=Jeff Bezos|Bezos	gender=m	role=founder	org=Amazon	country=US
Q36215	person	uk=Марк Цукерберг|Цукерберг	ru=Марк Цукерберг|Цукерберг	en=Mark Zuckerberg|Zuckerberg	gender=m	role=ceo	org=Meta	country=US
Q265852	person	uk=Тім Кук|Кук{ctx}	ru=Тим Кук|Кук{ctx}	en=Tim Cook|Cook{ctx}	gender=m	role=ceo	org=Apple	country=US
Q5284	person	uk=Білл Гейтс|Гейтс	ru=Билл Гейтс|Гейтс	en=Bill Gates|Gates{ctx}	gender=m	role=founder	org=Microsoft	country=US
person:satya-nadella	person	uk=Сатья Наделла|Наделла	ru=Сатья Наделла|Наделла	en=Satya Nadella|Nadella	gender=m	role=ceo	org=Microsoft	country=US
person:sundar-pichai	person	uk=Сундар Пічаї|Пічаї{x}	ru=Сундар Пичаи|Пичаи{x}	en=Sundar Pichai|Pichai	gender=m	role=ceo	org=Alphabet	country=US
person:jensen-huang	person	uk=Дженсен Хуанг|Хуанг	ru=Дженсен Хуанг|Хуанг	en=Jensen Huang|Huang{ctx}	gender=m	role=ceo	org=Nvidia	country=US
person:sam-altman	person	uk=Сем Альтман|Альтман	ru=Сэм Альтман|Альтман	en=Sam Altman|Altman	gender=m	role=ceo	org=OpenAI	country=US
person:lisa-su	person	uk=Ліза Су	ru=Лиза Су	en=Lisa Su	gender=f	role=ceo	org=AMD	country=US
person:andy-jassy	person	uk=Енді Джессі|Джессі{x}	ru=Энди Джасси|Джасси{x}	en=Andy Jassy|Jassy	gender=m	role=ceo	org=Amazon	country=US
person:larry-page	person	uk=Ларрі Пейдж|Пейдж	ru=Ларри Пейдж|Пейдж	en=Larry Page|Page{ctx}	gender=m	role=co-founder	org=Google	country=US
person:sergey-brin	person	uk=Сергій Брін|Брін	ru=Сергей Брин|Брин	en=Sergey Brin|Brin	gender=m	role=co-founder	org=Google	country=US
person:larry-ellison	person	uk=Ларрі Еллісон|Еллісон	ru=Ларри Эллисон|Эллисон	en=Larry Ellison|Ellison	gender=m	role=founder	org=Oracle	country=US
person:warren-buffett	person	uk=Воррен Баффет|Баффет	ru=Уоррен Баффет|Баффет	en=Warren Buffett|Buffett	gender=m	role=ceo	org=Berkshire Hathaway	country=US
person:jamie-dimon	person	uk=Джеймі Даймон|Даймон	ru=Джейми Даймон|Даймон	en=Jamie Dimon|Dimon	gender=m	role=ceo	org=JPMorgan Chase	country=US
person:larry-fink	person	uk=Ларрі Фінк|Фінк	ru=Ларри Финк|Финк	en=Larry Fink|Fink	gender=m	role=ceo	org=BlackRock	country=US
person:peter-thiel	person	uk=Пітер Тіль|Тіль	ru=Питер Тиль|Тиль	en=Peter Thiel|Thiel	gender=m	role=co-founder	org=Palantir	country=US
person:alex-karp	person	uk=Алекс Карп|Карп{ctx}	ru=Алекс Карп|Карп{ctx}	en=Alex Karp|Karp	gender=m	role=ceo	org=Palantir	country=US
person:mary-barra	person	uk=Мері Барра|Барра	ru=Мэри Барра|Барра	en=Mary Barra|Barra	gender=f	role=ceo	org=General Motors	country=US
person:michael-bloomberg	person	uk=Майкл Блумберг|Блумберг{ctx}	ru=Майкл Блумберг|Блумберг{ctx}	en=Michael Bloomberg|Bloomberg{ctx}	gender=m	role=founder	org=Bloomberg	country=US
person:george-soros	person	uk=Джордж Сорос|Сорос	ru=Джордж Сорос|Сорос	en=George Soros|Soros	gender=m	role=founder	org=Open Society Foundations	country=US
person:bernard-arnault	person	uk=Бернар Арно|Арно{x}	ru=Бернар Арно|Арно{x}	en=Bernard Arnault|Arnault	gender=m	role=ceo	org=LVMH	country=FR
person:pavel-durov	person	uk=Павло Дуров|Дуров	ru=Павел Дуров|Дуров	en=Pavel Durov|Durov	gender=m	role=ceo	org=Telegram	country=AE
person:changpeng-zhao	person	uk=Чанпен Чжао	ru=Чанпэн Чжао	en=Changpeng Zhao	gender=m	role=founder	org=Binance	country=AE
person:vitalik-buterin	person	uk=Віталік Бутерін|Бутерін	ru=Виталик Бутерин|Бутерин	en=Vitalik Buterin|Buterin	gender=m	role=co-founder	org=Ethereum	country=CA
person:jack-ma	person	uk=Джек Ма|Ма Юнь	ru=Джек Ма|Ма Юнь	en=Jack Ma|Ma Yun	gender=m	role=founder	org=Alibaba	country=CN
person:li-shufu	person	uk=Лі Шуфу	ru=Ли Шуфу	en=Li Shufu	gender=m	role=chairman	org=Geely	country=CN
person:ren-zhengfei	person	uk=Жень Чженфей	ru=Жэнь Чжэнфэй	en=Ren Zhengfei	gender=m	role=founder	org=Huawei	country=CN
person:lei-jun	person	uk=Лей Цзюнь	ru=Лэй Цзюнь	en=Lei Jun	gender=m	role=ceo	org=Xiaomi	country=CN
person:ma-huateng	person	uk=Ма Хуатен	ru=Ма Хуатэн	en=Ma Huateng|Pony Ma	gender=m	role=ceo	org=Tencent	country=CN
person:mukesh-ambani	person	uk=Мукеш Амбані|Амбані{x}	ru=Мукеш Амбани|Амбани{x}	en=Mukesh Ambani|Ambani	gender=m	role=chairman	org=Reliance Industries	country=IN
person:gautam-adani	person	uk=Гаутам Адані|Адані{x}{ctx}	ru=Гаутам Адани|Адани{x}{ctx}	en=Gautam Adani|Adani{ctx}	gender=m	role=chairman	org=Adani Group	country=IN
person:rinat-ahmetov	person	uk=Рінат Ахметов|Ахметов	ru=Ринат Ахметов|Ахметов	en=Rinat Akhmetov|Akhmetov	gender=m	role=owner	org=SCM	country=UA
person:viktor-pinchuk	person	uk=Віктор Пінчук|Пінчук	ru=Виктор Пинчук|Пинчук	en=Viktor Pinchuk|Pinchuk	gender=m	role=founder	org=EastOne	country=UA
person:ihor-kolomoiskii	person	uk=Ігор Коломойський|Коломойський	ru=Игорь Коломойский|Коломойский	en=Ihor Kolomoisky|Igor Kolomoisky|Ihor Kolomoiskyi|Kolomoisky|Kolomoiskyi	gender=m	role=businessman	org=Ukraine	country=UA
person:dmytro-firtash	person	uk=Дмитро Фірташ|Фірташ	ru=Дмитрий Фирташ|Фирташ	en=Dmytro Firtash|Firtash	gender=m	role=businessman	org=Group DF	country=UA
person:kostiantyn-zhevaho	person	uk=Костянтин Жеваго|Жеваго	ru=Константин Жеваго|Жеваго{x}	en=Kostyantyn Zhevago|Konstantin Zhevago|Zhevago	gender=m	role=businessman	org=Ferrexpo	country=UA
person:vadym-novinskii	person	uk=Вадим Новинський|Новинський	ru=Вадим Новинский|Новинский	en=Vadym Novynskyi|Vadim Novinsky|Novinsky	gender=m	role=businessman	org=Smart Holding	country=UA
person:oleksandr-iaroslavskii	person	uk=Олександр Ярославський|Ярославський	ru=Александр Ярославский|Ярославский	en=Oleksandr Yaroslavskyi|Alexander Yaroslavsky|Yaroslavsky	gender=m	role=businessman	org=DCH	country=UA
person:yurii-kosiuk	person	uk=Юрій Косюк|Косюк	ru=Юрий Косюк|Косюк	en=Yuriy Kosiuk|Yurii Kosiuk|Kosiuk	gender=m	role=founder	org=MHP	country=UA
person:oleh-deripaska	person	uk=Олег Дерипаска|Дерипаска	ru=Олег Дерипаска|Дерипаска	en=Oleg Deripaska|Deripaska	gender=m	role=businessman	org=Rusal	country=RU
person:volodymyr-potanin	person	uk=Володимир Потанін|Потанін	ru=Владимир Потанин|Потанин	en=Vladimir Potanin|Potanin	gender=m	role=ceo	org=Norilsk Nickel	country=RU
person:oleksii-miller	person	uk=Олексій Міллер|Міллер{ctx}	ru=Алексей Миллер|Миллер{ctx}	en=Alexei Miller|Alexey Miller|Miller{ctx}	gender=m	role=ceo	org=Gazprom	country=RU
person:ihor-sechin	person	uk=Ігор Сечін|Сечін	ru=Игорь Сечин|Сечин	en=Igor Sechin|Sechin	gender=m	role=ceo	org=Rosneft	country=RU
person:herman-href	person	uk=Герман Греф|Греф	ru=Герман Греф|Греф	en=Herman Gref|German Gref|Gref	gender=m	role=ceo	org=Sberbank	country=RU
person:andrey-kostin	person	uk=Андрій Костін|Костін{ctx}	ru=Андрей Костин|Костин{ctx}	en=Andrey Kostin|Andrei Kostin|Kostin{ctx}	gender=m	role=ceo	org=VTB	country=RU
person:roman-abramovich	person	uk=Роман Абрамович|Абрамович	ru=Роман Абрамович|Абрамович	en=Roman Abramovich|Abramovich	gender=m	role=businessman	org=Russia	country=RU
person:mykhailo-fridman	person	uk=Михайло Фрідман|Фрідман	ru=Михаил Фридман|Фридман	en=Mikhail Fridman|Fridman	gender=m	role=co-founder	org=Alfa Group	country=RU
person:petro-aven	person	uk=Петро Авен|Авен	ru=Петр Авен|Пётр Авен|Авен	en=Petr Aven|Pyotr Aven|Aven	gender=m	role=businessman	org=Alfa Group	country=RU
person:alisher-usmanov	person	uk=Алішер Усманов|Усманов	ru=Алишер Усманов|Усманов	en=Alisher Usmanov|Usmanov	gender=m	role=businessman	org=USM	country=RU
person:oleksii-mordashov	person	uk=Олексій Мордашов|Мордашов	ru=Алексей Мордашов|Мордашов	en=Alexey Mordashov|Alexei Mordashov|Mordashov	gender=m	role=chairman	org=Severstal	country=RU
person:vagit-alekperov	person	uk=Вагіт Алекперов|Алекперов	ru=Вагит Алекперов|Алекперов	en=Vagit Alekperov|Alekperov	gender=m	role=businessman	org=Lukoil	country=RU
person:leonid-mihelson	person	uk=Леонід Міхельсон|Міхельсон	ru=Леонид Михельсон|Михельсон	en=Leonid Mikhelson|Mikhelson	gender=m	role=ceo	org=Novatek	country=RU
person:hennadii-timchenko	person	uk=Геннадій Тимченко|Тимченко	ru=Геннадий Тимченко|Тимченко	en=Gennady Timchenko|Timchenko	gender=m	role=businessman	org=Volga Group	country=RU
person:arkadii-rotenberh	person	uk=Аркадій Ротенберг|Ротенберг{ctx}	ru=Аркадий Ротенберг|Ротенберг{ctx}	en=Arkady Rotenberg|Rotenberg{ctx}	gender=m	role=businessman	org=Russia	country=RU
person:yurii-kovalchuk	person	uk=Юрій Ковальчук|Ковальчук{ctx}	ru=Юрий Ковальчук|Ковальчук{ctx}	en=Yuri Kovalchuk|Yury Kovalchuk|Kovalchuk{ctx}	gender=m	role=chairman	org=Bank Rossiya	country=RU
person:suleiman-kerimov	person	uk=Сулейман Керімов|Керімов	ru=Сулейман Керимов|Керимов	en=Suleiman Kerimov|Kerimov	gender=m	role=businessman	org=Russia	country=RU
person:viktor-vexelberh	person	uk=Віктор Вексельберг|Вексельберг	ru=Виктор Вексельберг|Вексельберг	en=Viktor Vekselberg|Vekselberg	gender=m	role=chairman	org=Renova	country=RU
person:andrii-melnichenko	person	uk=Андрій Мельниченко|Мельниченко	ru=Андрей Мельниченко|Мельниченко	en=Andrey Melnichenko|Andrei Melnichenko|Melnichenko	gender=m	role=businessman	org=EuroChem	country=RU
person:volodymyr-lisin	person	uk=Володимир Лісін|Лісін	ru=Владимир Лисин|Лисин	en=Vladimir Lisin|Lisin	gender=m	role=chairman	org=NLMK	country=RU
person:oleh-tinkov	person	uk=Олег Тіньков|Тіньков	ru=Олег Тиньков|Тиньков	en=Oleg Tinkov|Tinkov	gender=m	role=founder	org=Tinkoff	country=RU
person:arkady-volozh	person	uk=Аркадій Волож|Волож	ru=Аркадий Волож|Волож	en=Arkady Volozh|Volozh	gender=m	role=co-founder	org=Yandex	country=NL
person:carlos-slim	person	uk=Карлос Слім|Слім	ru=Карлос Слим|Слим	en=Carlos Slim|Slim{ctx}	gender=m	role=businessman	org=América Movil	country=MX
person:amancio-ortega	person	uk=Амансіо Ортега|Ортега{ctx}	ru=Амансио Ортега|Ортега{ctx}	en=Amancio Ortega|Ortega{ctx}	gender=m	role=founder	org=Inditex	country=ES

# --- More frequently cited people (politics, military, culture, sport)
person:andrii-parubi	person	uk=Андрій Парубій|Парубій	ru=Андрей Парубий|Парубий	en=Andriy Parubiy|Andrii Parubii|Parubiy	gender=m	role=mp	org=Verkhovna Rada	country=UA	note=former speaker, killed in 2025
person:oleksandr-merezhko	person	uk=Олександр Мережко|Мережко	ru=Александр Мережко|Мережко	en=Oleksandr Merezhko|Merezhko	gender=m	role=committee chairman	org=Verkhovna Rada	country=UA
person:iryna-herashchenko	person	uk=Ірина Геращенко|Геращенко{ctx}	ru=Ирина Геращенко|Геращенко{ctx}	en=Iryna Herashchenko|Herashchenko	gender=f	role=mp	org=Verkhovna Rada	country=UA
person:yaroslav-zhelezniak	person	uk=Ярослав Железняк|Железняк	ru=Ярослав Железняк|Железняк	en=Yaroslav Zhelezniak|Zhelezniak	gender=m	role=mp	org=Verkhovna Rada	country=UA
person:oleksandr-usik	person	uk=Олександр Усик|Усик	ru=Александр Усик|Усик	en=Oleksandr Usyk|Usyk	gender=m	role=boxer	org=Ukraine	country=UA
person:serhii-zhadan	person	uk=Сергій Жадан|Жадан	ru=Сергей Жадан|Жадан	en=Serhiy Zhadan|Serhii Zhadan|Zhadan	gender=m	role=writer	org=Ukraine	country=UA
person:serhii-surovikin	person	uk=Сергій Суровікін|Суровікін	ru=Сергей Суровикин|Суровикин	en=Sergei Surovikin|Sergey Surovikin|Surovikin	gender=m	role=commander	org=Armed Forces of Russia	country=RU	former=1
person:ihor-hirkin	person	uk=Ігор Гіркін|Гіркін|Стрєлков{ctx}	ru=Игорь Гиркин|Гиркин|Стрелков{ctx}	en=Igor Girkin|Girkin|Strelkov{ctx}	gender=m	role=militant leader	org=Russia	country=RU
person:apti-alaudinov	person	uk=Апті Алаудінов|Алаудінов	ru=Апти Алаудинов|Алаудинов	en=Apti Alaudinov|Alaudinov	gender=m	role=commander	org=Akhmat	country=RU
person:oleksandr-duhin	person	uk=Олександр Дугін|Дугін	ru=Александр Дугин|Дугин	en=Alexander Dugin|Dugin	gender=m	role=philosopher	org=Russia	country=RU
person:marharyta-simonian	person	uk=Маргарита Симоньян|Симоньян	ru=Маргарита Симоньян|Симоньян	en=Margarita Simonyan|Simonyan	gender=f	role=editor-in-chief	org=RT	country=RU
person:borys-rotenberh	person	uk=Борис Ротенберг|Ротенберг{ctx}	ru=Борис Ротенберг|Ротенберг{ctx}	en=Boris Rotenberg|Rotenberg{ctx}	gender=m	role=businessman	org=Russia	country=RU
person:mike-pompeo	person	uk=Майк Помпео|Помпео{x}	ru=Майк Помпео|Помпео{x}	en=Mike Pompeo|Pompeo	gender=m	role=secretary of state	org=United States	country=US	former=1
person:nikki-haley	person	uk=Ніккі Гейлі|Гейлі{x}|Хейлі{x}	ru=Никки Хейли|Хейли{x}	en=Nikki Haley|Haley	gender=f	role=permanent representative	org=United States	country=US	former=1
person:kevin-mccarthy	person	uk=Кевін Маккарті|Маккарті{x}	ru=Кевин Маккарти|Маккарти{x}	en=Kevin McCarthy|McCarthy	gender=m	role=speaker	org=United States House of Representatives	country=US	former=1
person:john-kerry	person	uk=Джон Керрі|Керрі{x}{ctx}	ru=Джон Керри|Керри{x}{ctx}	en=John Kerry|Kerry{ctx}	gender=m	role=secretary of state	org=United States	country=US	former=1
person:victoria-nuland	person	uk=Вікторія Нуланд|Нуланд	ru=Виктория Нуланд|Нуланд	en=Victoria Nuland|Nuland	gender=f	role=deputy secretary of state	org=United States	country=US	former=1
person:william-burns	person	uk=Вільям Бернс|Бернс	ru=Уильям Бернс|Бернс	en=William Burns|Bill Burns|Burns{ctx}	gender=m	role=director	org=CIA	country=US	former=1
person:tucker-carlson	person	uk=Такер Карлсон|Карлсон	ru=Такер Карлсон|Карлсон	en=Tucker Carlson|Carlson	gender=m	role=journalist	org=United States	country=US
person:mark-brzezinski	person	uk=Марк Бжезинський|Бжезинський	ru=Марк Бжезинский|Бжезинский	en=Mark Brzezinski|Brzezinski	gender=m	role=ambassador	org=United States	country=US	former=1
person:heidi-hautala	person	uk=Хейді Хаутала|Хаутала	ru=Хейди Хаутала|Хаутала	en=Heidi Hautala|Hautala	gender=f	role=vice president	org=European Parliament	country=FI	former=1
person:gabrielius-landsbergis	person	uk=Габріелюс Ландсбергіс|Ландсбергіс	ru=Габриэлюс Ландсбергис|Ландсбергис	en=Gabrielius Landsbergis|Landsbergis	gender=m	role=foreign minister	org=Lithuania	country=LT	former=1
person:xavier-bettel	person	uk=Ксав'є Беттель|Беттель	ru=Ксавье Беттель|Беттель	en=Xavier Bettel|Bettel	gender=m	role=foreign minister	org=Luxembourg	country=LU
person:leo-varadkar	person	uk=Лео Варадкар|Варадкар	ru=Лео Варадкар|Варадкар	en=Leo Varadkar|Varadkar	gender=m	role=prime minister	org=Ireland	country=IE	former=1
person:mykhailo-horbachev	person	uk=Михайло Горбачов|Горбачов	ru=Михаил Горбачев|Михаил Горбачёв|Горбачев|Горбачёв	en=Mikhail Gorbachev|Gorbachev	gender=m	role=president	org=Soviet Union	country=RU	note=died 2022
person:borys-ielcin	person	uk=Борис Єльцин|Єльцин	ru=Борис Ельцин|Ельцин	en=Boris Yeltsin|Yeltsin	gender=m	role=president	org=Russia	country=RU	former=1

# Religious figures that every NER corpus annotates as persons. Irregular
# forms (vocatives Боже, Господи; the stem Христ- of Христос) are listed as
# written.
Q190	person	en=God|the Lord	uk=Бог|Господь|Боже{x}|Господи{x}|Бозі{x}|Господні{x}	ru=Бог|Господь|Боже{x}|Господи{x}	gender=m
Q302	person	en=Jesus Christ|Jesus|Christ	uk=Ісус Христос|Ісуса Христа{x}|Ісусу Христу{x}|Ісусові Христу{x}|Ісусом Христом{x}|Ісусі Христі{x}|Ісус|Христос|Христа{x}|Христу{x}|Христові{x}|Христом{x}|Христі{x}|Христе{x}|Ісусе{x}	ru=Иисус Христос|Иисуса Христа{x}|Иисусу Христу{x}|Иисусом Христом{x}|Иисусе Христе{x}|Иисус|Христос|Христа{x}|Христу{x}|Христом{x}|Христе{x}	gender=m
