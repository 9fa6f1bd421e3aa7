# municipal.lex: city councils and administrations whose names cannot be
# generated from the city name by pattern (portmanteaus, abbreviations).
# Ids are the city's id + "/council" or "/admin": the same ids factum gives
# to "мэрия Екатеринбурга", "адміністрація міста Києва", "Kyiv City Council",
# so every way of naming the body joins one entity.
Q1899/council	org	uk=Київська міська рада|Київрада|Київська міськрада	ru=Киевский городской совет|Киевсовет|Киевский горсовет	en=Kyiv City Council	city=Q1899	country=UA
Q1899/admin	org	uk=Київська міська державна адміністрація|Київська міська військова адміністрація	ru=Киевская городская государственная администрация	en=Kyiv City State Administration	any=КМДА|КГГА|КМВА	city=Q1899	country=UA
Q649/council	org	ru=Московская городская дума|Мосгордума	uk=Московська міська дума|Мосміськдума	en=Moscow City Duma	city=Q649	country=RU
Q649/admin	org	ru=Правительство Москвы|мэрия Москвы	uk=мерія Москви	en=Moscow Government	city=Q649	country=RU
