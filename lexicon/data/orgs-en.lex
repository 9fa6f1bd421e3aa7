# factum default lexicon: organizations met in English-language news on twin
# cities, municipal cooperation and city networks that the other orgs*.lex files
# do not list. Same format as orgs.lex. English names first; the Ukrainian and
# Russian names are those used in the press of those languages.

# == National associations of cities and local governments ==
org:ump	org	en=Union of Polish Metropolises|Metropolis Union|Unia Metropolii Polskich	uk=Союз польських метрополій|Спілка польських метрополій	ru=Союз польских метрополий	country=PL	hq=Warsaw	kind=municipal_association
org:zmp	org	en=Association of Polish Cities|Union of Polish Cities|Związek Miast Polskich	uk=Асоціація польських міст|Спілка польських міст	ru=Союз польских городов|Ассоциация польских городов	country=PL	hq=Poznań	kind=municipal_association
org:deutscher_staedtetag	org	en=German Association of Cities|Association of German Cities|Deutscher Städtetag	uk=Німецький союз міст|Асоціація німецьких міст	ru=Немецкий союз городов|Ассоциация немецких городов	country=DE	hq=Berlin	kind=municipal_association
org:lga_uk	org	en=Local Government Association	country=GB	hq=London	kind=municipal_association
org:lithuanian_municipalities	org	en=Association of Local Authorities in Lithuania	uk=Асоціація муніципалітетів Литви	ru=Ассоциация самоуправлений Литвы	country=LT	hq=Vilnius	kind=municipal_association
org:latvian_municipalities	org	en=Latvian Association of Local and Regional Governments	uk=Союз самоврядувань Латвії	ru=Союз самоуправлений Латвии	country=LV	hq=Riga	kind=municipal_association
org:skr	org	en=Swedish Association of Local Authorities and Regions	country=SE	hq=Stockholm	kind=municipal_association
org:kl_dk	org	en=Local Government Denmark	country=DK	hq=Copenhagen	kind=municipal_association
org:kuntaliitto	org	en=Association of Finnish Municipalities|Association of Finnish Local and Regional Authorities	uk=Асоціація фінських муніципалітетів	ru=Ассоциация финских муниципалитетов	country=FI	hq=Helsinki	kind=municipal_association
org:nlc_us	org	en=National League of Cities	country=US	hq=Washington	kind=municipal_association
org:uscm	org	en=United States Conference of Mayors|U.S. Conference of Mayors|US Conference of Mayors	uk=Конференція мерів США	ru=Конференция мэров США	country=US	hq=Washington	kind=municipal_association

# == City networks ==
org:new_hanse	org	en=The Hanse|Hanseatic League of New Times|Städtebund Die Hanse	uk=Ганза Нового часу|Новий Ганзейський союз	ru=Ганза Нового времени|Новый Ганзейский союз	hq=Lübeck	kind=city_network
org:cities4cities	org	en=Cities4Cities	any=Cities4Cities	kind=city_network
org:mayors_for_ukraine	org	en=Mayors for Ukraine	kind=city_network

# == Diaspora and support organizations ==
org:ucca	org	en=Ukrainian Congress Committee of America	uk=Український конгресовий комітет Америки|УККА{x}	ru=Украинский конгрессовый комитет Америки	country=US	hq=New York
org:ucc_canada	org	en=Ukrainian Canadian Congress	uk=Конгрес українців Канади|КУК{x}	ru=Конгресс украинцев Канады	country=CA	hq=Winnipeg
