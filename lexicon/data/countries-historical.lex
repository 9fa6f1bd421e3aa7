# countries-historical.lex: states that no longer exist but that news and
# history articles name (curated by hand; Wikidata QIDs). Their case forms
# are declined by code like every other name; forms the rules cannot build
# (fleeting vowels) are listed as written with {x}.

Q15180	country	en=Soviet Union|USSR|U.S.S.R.	uk=Радянський Союз|Союз Радянських Соціалістичних Республік	ru=Советский Союз|Союз Советских Социалистических Республик	any=СРСР{x}|СССР{x}	adj-en=Soviet	adj-uk=радянський	adj-ru=советский	note=historical, 1922-1991
Q34266	country	en=Russian Empire	uk=Російська імперія	ru=Российская империя	adj-en=Imperial Russian	note=historical, 1721-1917
Q16957	country	en=East Germany|German Democratic Republic|GDR	uk=Німецька Демократична Республіка	ru=Германская Демократическая Республика	any=НДР{x}|ГДР{x}	note=historical, 1949-1990
Q36704	country	en=Yugoslavia	uk=Югославія|Соціалістична Федеративна Республіка Югославія	ru=Югославия|Социалистическая Федеративная Республика Югославия	any=СФРЮ{x}|SFRY	adj-en=Yugoslav	adj-uk=югославський	adj-ru=югославский	note=historical, 1918-1992
Q33946	country	en=Czechoslovakia	uk=Чехословаччина	ru=Чехословакия	any=ЧССР{x}	adj-en=Czechoslovak	adj-uk=чехословацький	adj-ru=чехословацкий	note=historical, 1918-1992
Q7318	country	en=Nazi Germany|Third Reich	uk=Третій рейх|Нацистська Німеччина	ru=Третий рейх|Нацистская Германия	note=historical, 1933-1945
Q28513	country	en=Austria-Hungary	uk=Австро-Угорщина	ru=Австро-Венгрия	adj-en=Austro-Hungarian	adj-uk=австро-угорський	adj-ru=австро-венгерский	note=historical, 1867-1918
Q12560	country	en=Ottoman Empire	uk=Османська імперія	ru=Османская империя	adj-en=Ottoman	adj-uk=османський	adj-ru=османский	note=historical, 1299-1922
Q12544	country	en=Byzantine Empire	uk=Візантійська імперія|Візантія	ru=Византийская империя|Византия	adj-en=Byzantine	adj-uk=візантійський	adj-ru=византийский	note=historical, 395-1453
Q42585	country	en=Kingdom of Prussia|Prussia	uk=Пруссія	ru=Пруссия	adj-en=Prussian	adj-uk=прусський	adj-ru=прусский	note=historical, 1701-1918
Q2305208	country	en=Kievan Rus'|Kievan Rus	uk=Київська Русь	ru=Киевская Русь	note=historical, 9th-13th century
Q15102440	country	en=Ukrainian SSR|Ukrainian Soviet Socialist Republic	uk=Українська РСР|УРСР{x}|УСРР{x}|Українська Радянська Соціалістична Республіка|Українська Соціалістична Радянська Республіка	ru=Украинская ССР|УССР{x}|Украинская Советская Социалистическая Республика	note=historical, 1919-1991
Q2184	country	en=Russian SFSR|RSFSR	uk=РРФСР{x}|Російська РФСР	ru=РСФСР{x}|Российская СФСР	note=historical, 1917-1991
hist:ua:unr	country	en=Ukrainian People's Republic	uk=Українська Народна Республіка|УНР{x}	ru=Украинская Народная Республика|УНР{x}	note=historical, 1917-1920
hist:ua:zunr	country	en=West Ukrainian People's Republic	uk=Західноукраїнська Народна Республіка|ЗУНР{x}	ru=Западно-Украинская Народная Республика|ЗУНР{x}	note=historical, 1918-1919
