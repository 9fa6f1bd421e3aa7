# factum default lexicon: companies.
# Format: ID<TAB>TYPE<TAB>key=value... (see lexicon package docs).
# Names: en= canonical English name (first en is the output name); any= names
# matched as written in every language (Latin brands, abbreviations); uk=/ru=
# nominative forms declined by the loader. Flags: {x} indeclinable,
# {ctx} ambiguous with a common word/place/person (needs context), {m}{f}{n}{pl}.
# Attributes: country= ISO 3166-1 alpha-2; hq= headquarters city (English
# name, to be resolved to a city id); sector= short tag; parent= id of the
# parent company; note= free text.
# IDs: Wikidata QID only where certain, else company:<slug>.


# == Japan ==
company:toyota	company	en=Toyota	uk=Тойота	ru=Тойота	any=Toyota|Toyota Motor|Toyota Motor Corporation	country=JP	hq=Toyota	sector=automotive
company:honda	company	en=Honda	uk=Хонда	ru=Хонда	any=Honda|Honda Motor	country=JP	hq=Tokyo	sector=automotive
company:nissan	company	en=Nissan	uk=Ніссан	ru=Ниссан	any=Nissan|Nissan Motor	country=JP	hq=Yokohama	sector=automotive
company:mitsubishi_motors	company	en=Mitsubishi Motors	uk=Міцубісі Моторс{x}	ru=Мицубиси Моторс{x}	any=Mitsubishi Motors	country=JP	hq=Tokyo	sector=automotive
company:mitsubishi_corp	company	en=Mitsubishi Corporation	any=Mitsubishi Corporation|Mitsubishi Corp.	country=JP	hq=Tokyo	sector=trading
company:mitsubishi_heavy	company	en=Mitsubishi Heavy Industries	any=Mitsubishi Heavy Industries|MHI	country=JP	hq=Tokyo	sector=industrial
company:mufg	company	en=Mitsubishi UFJ Financial Group	any=MUFG|Mitsubishi UFJ|Mitsubishi UFJ Financial Group	country=JP	hq=Tokyo	sector=bank
company:mitsubishi_group	company	en=Mitsubishi	uk=Міцубісі{x}	ru=Мицубиси{x}	any=Mitsubishi	country=JP	hq=Tokyo	sector=conglomerate	note=the Mitsubishi group of companies
company:suzuki	company	en=Suzuki{ctx}	uk=Сузукі{x}	ru=Сузуки{x}	any=Suzuki Motor|Suzuki{ctx}	country=JP	hq=Hamamatsu	sector=automotive
company:mazda	company	en=Mazda	uk=Мазда	ru=Мазда	any=Mazda	country=JP	hq=Hiroshima	sector=automotive
company:subaru	company	en=Subaru	uk=Субару{x}	ru=Субару{x}	any=Subaru	country=JP	hq=Tokyo	sector=automotive
company:yamaha	company	en=Yamaha	uk=Ямаха	ru=Ямаха	any=Yamaha|Yamaha Corporation|Yamaha Motor	country=JP	hq=Hamamatsu	sector=manufacturing
company:isuzu	company	en=Isuzu	uk=Ісузу{x}	ru=Исузу{x}	any=Isuzu	country=JP	hq=Yokohama	sector=automotive
company:denso	company	en=Denso	any=Denso|DENSO	country=JP	hq=Kariya	sector=automotive
company:bridgestone	company	en=Bridgestone	uk=Бріджстоун	ru=Бриджстоун	any=Bridgestone	country=JP	hq=Tokyo	sector=automotive
company:sony	company	en=Sony	uk=Соні{x}	ru=Сони{x}	any=Sony|Sony Group	country=JP	hq=Tokyo	sector=electronics
company:panasonic	company	en=Panasonic	uk=Панасонік	ru=Панасоник	any=Panasonic	country=JP	hq=Kadoma	sector=electronics
company:hitachi	company	en=Hitachi	uk=Хітачі{x}	ru=Хитачи{x}	any=Hitachi	country=JP	hq=Tokyo	sector=industrial
company:toshiba	company	en=Toshiba	uk=Тошиба	ru=Тошиба	any=Toshiba	country=JP	hq=Tokyo	sector=electronics
company:canon	company	en=Canon{ctx}	uk=Кенон	ru=Кэнон	any=Canon Inc.|Canon{ctx}	country=JP	hq=Tokyo	sector=electronics
company:nikon	company	en=Nikon	uk=Нікон	ru=Никон	any=Nikon	country=JP	hq=Tokyo	sector=electronics
company:fujifilm	company	en=Fujifilm	any=Fujifilm|FUJIFILM	country=JP	hq=Tokyo	sector=electronics
company:fujitsu	company	en=Fujitsu	uk=Фуджітсу{x}	ru=Фуджитсу{x}	any=Fujitsu	country=JP	hq=Tokyo	sector=tech
company:nec	company	en=NEC	any=NEC|NEC Corporation	country=JP	hq=Tokyo	sector=tech
company:sharp	company	en=Sharp{ctx}	any=Sharp Corporation|Sharp{ctx}	country=JP	hq=Sakai	sector=electronics
company:nintendo	company	en=Nintendo	uk=Нінтендо{x}	ru=Нинтендо{x}	any=Nintendo	country=JP	hq=Kyoto	sector=gaming
company:softbank	company	en=SoftBank Group	uk=СофтБанк	ru=СофтБанк	any=SoftBank|SoftBank Group	country=JP	hq=Tokyo	sector=investment
company:rakuten	company	en=Rakuten	any=Rakuten	country=JP	hq=Tokyo	sector=ecommerce
company:ntt	company	en=NTT	any=NTT|Nippon Telegraph and Telephone	country=JP	hq=Tokyo	sector=telecom
company:kddi	company	en=KDDI	any=KDDI	country=JP	hq=Tokyo	sector=telecom
company:mizuho	company	en=Mizuho Financial Group	any=Mizuho|Mizuho Financial Group	country=JP	hq=Tokyo	sector=bank
company:smfg	company	en=Sumitomo Mitsui Financial Group	any=Sumitomo Mitsui Financial Group|SMBC|Sumitomo Mitsui Banking	country=JP	hq=Tokyo	sector=bank
company:nomura	company	en=Nomura Holdings	uk=Номура	ru=Номура	any=Nomura|Nomura Holdings	country=JP	hq=Tokyo	sector=investment
company:mitsui	company	en=Mitsui & Co.	uk=Міцуї{x}	ru=Мицуи{x}	any=Mitsui|Mitsui & Co.	country=JP	hq=Tokyo	sector=trading
company:sumitomo	company	en=Sumitomo Corporation	uk=Сумітомо{x}	ru=Сумитомо{x}	any=Sumitomo|Sumitomo Corporation	country=JP	hq=Tokyo	sector=trading
company:itochu	company	en=Itochu	any=Itochu|ITOCHU	country=JP	hq=Tokyo	sector=trading
company:marubeni	company	en=Marubeni	any=Marubeni	country=JP	hq=Tokyo	sector=trading
company:japan_tobacco	company	en=Japan Tobacco	uk=Джапан Тобакко{x}	ru=Джапан Тобакко{x}	any=Japan Tobacco|JTI|Japan Tobacco International	country=JP	hq=Tokyo	sector=tobacco
company:nippon_steel	company	en=Nippon Steel	any=Nippon Steel	country=JP	hq=Tokyo	sector=metals
company:jfe	company	en=JFE Holdings	any=JFE|JFE Holdings	country=JP	hq=Tokyo	sector=metals
company:eneos	company	en=ENEOS Holdings	any=ENEOS|ENEOS Holdings	country=JP	hq=Tokyo	sector=oil_gas
company:inpex	company	en=Inpex	any=Inpex|INPEX	country=JP	hq=Tokyo	sector=oil_gas
company:tepco	company	en=Tokyo Electric Power Company	any=Tokyo Electric Power Company|TEPCO|Tokyo Electric Power	country=JP	hq=Tokyo	sector=energy
company:jera	company	en=JERA	any=JERA	country=JP	hq=Tokyo	sector=energy
company:seven_i	company	en=Seven & i Holdings	any=Seven & i|Seven & i Holdings	country=JP	hq=Tokyo	sector=retail
company:fast_retailing	company	en=Fast Retailing	any=Fast Retailing	country=JP	hq=Yamaguchi	sector=apparel
company:uniqlo	company	en=Uniqlo	uk=Юнікло{x}	ru=Юникло{x}	any=Uniqlo|UNIQLO	country=JP	hq=Yamaguchi	sector=apparel	parent=company:fast_retailing
company:takeda	company	en=Takeda Pharmaceutical	any=Takeda|Takeda Pharmaceutical	country=JP	hq=Tokyo	sector=pharma
company:daikin	company	en=Daikin	uk=Дайкін	ru=Дайкин	any=Daikin	country=JP	hq=Osaka	sector=appliances
company:komatsu	company	en=Komatsu	uk=Комацу{x}	ru=Комацу{x}	any=Komatsu	country=JP	hq=Tokyo	sector=machinery
company:kawasaki_heavy	company	en=Kawasaki Heavy Industries	any=Kawasaki Heavy Industries	country=JP	hq=Kobe	sector=industrial
company:ihi	company	en=IHI Corporation	any=IHI Corporation	country=JP	hq=Tokyo	sector=industrial
company:jal	company	en=Japan Airlines	any=Japan Airlines|JAL	country=JP	hq=Tokyo	sector=airline
company:ana	company	en=All Nippon Airways	any=All Nippon Airways|ANA Holdings	country=JP	hq=Tokyo	sector=airline
company:jr_east	company	en=East Japan Railway Company	any=East Japan Railway Company|JR East|East Japan Railway	country=JP	hq=Tokyo	sector=rail
company:mol	company	en=Mitsui O.S.K. Lines	any=Mitsui O.S.K. Lines	country=JP	hq=Tokyo	sector=shipping
company:nyk	company	en=NYK Line	any=NYK Line|Nippon Yusen	country=JP	hq=Tokyo	sector=shipping
company:asahi	company	en=Asahi Group	any=Asahi Group|Asahi Breweries	country=JP	hq=Tokyo	sector=food
company:kirin	company	en=Kirin Holdings	any=Kirin Holdings	country=JP	hq=Tokyo	sector=food
company:shiseido	company	en=Shiseido	any=Shiseido	country=JP	hq=Tokyo	sector=consumer

# == South Korea ==
company:samsung	company	en=Samsung	uk=Самсунг	ru=Самсунг	any=Samsung|Samsung Group	country=KR	hq=Seoul	sector=conglomerate
company:samsung_electronics	company	en=Samsung Electronics	uk=Самсунг Електронікс{x}	ru=Самсунг Электроникс{x}	any=Samsung Electronics	country=KR	hq=Suwon-si	sector=electronics	parent=company:samsung
company:samsung_heavy	company	en=Samsung Heavy Industries	any=Samsung Heavy Industries	country=KR	hq=Seongnam	sector=shipbuilding	parent=company:samsung
company:hyundai	company	en=Hyundai Motor	uk=Хюндай{x}|Хендай{x}	ru=Хендай{x}|Хёндэ{x}|Хундай{x}	any=Hyundai|Hyundai Motor|Hyundai Motor Company	country=KR	hq=Seoul	sector=automotive
company:hyundai_heavy	company	en=HD Hyundai Heavy Industries	any=HD Hyundai Heavy Industries|Hyundai Heavy Industries|HD Hyundai	country=KR	hq=Ulsan	sector=shipbuilding
company:hyundai_rotem	company	en=Hyundai Rotem	any=Hyundai Rotem	country=KR	hq=Uiwang	sector=defense
company:kia	company	en=Kia	uk=Кіа{x}	ru=Киа{x}	any=Kia|Kia Motors	country=KR	hq=Seoul	sector=automotive
company:lg	company	en=LG	any=LG|LG Corporation|LG Group	country=KR	hq=Seoul	sector=conglomerate
company:lg_electronics	company	en=LG Electronics	any=LG Electronics	country=KR	hq=Seoul	sector=electronics	parent=company:lg
company:lg_energy	company	en=LG Energy Solution	any=LG Energy Solution	country=KR	hq=Seoul	sector=batteries	parent=company:lg
company:sk_group	company	en=SK Group	any=SK Group	country=KR	hq=Seoul	sector=conglomerate
company:sk_hynix	company	en=SK Hynix	any=SK Hynix|SK hynix	country=KR	hq=Icheon-si	sector=semiconductors	parent=company:sk_group
company:posco	company	en=POSCO	any=POSCO|Posco	country=KR	hq=Pohang	sector=metals
company:hanwha	company	en=Hanwha	uk=Ханвха	ru=Ханвха	any=Hanwha|Hanwha Group|Hanwha Aerospace	country=KR	hq=Seoul	sector=defense
company:kai	company	en=Korea Aerospace Industries	any=Korea Aerospace Industries|KAI	country=KR	hq=Sacheon	sector=aerospace
company:doosan	company	en=Doosan	any=Doosan|Doosan Group	country=KR	hq=Seoul	sector=industrial
company:lotte	company	en=Lotte Group	uk=Лотте{x}	ru=Лотте{x}	any=Lotte|Lotte Group	country=KR	hq=Seoul	sector=conglomerate
company:cj	company	en=CJ Group	any=CJ Group	country=KR	hq=Seoul	sector=conglomerate
company:naver	company	en=Naver	any=Naver|NAVER	country=KR	hq=Seongnam	sector=tech
company:kakao	company	en=Kakao	any=Kakao	country=KR	hq=Jeju	sector=tech
company:korean_air	company	en=Korean Air	any=Korean Air	country=KR	hq=Seoul	sector=airline
company:kepco	company	en=KEPCO	any=KEPCO|Korea Electric Power Corporation	country=KR	hq=Naju	sector=energy
company:khnp	company	en=Korea Hydro & Nuclear Power	any=KHNP|Korea Hydro & Nuclear Power	country=KR	hq=Gyeongju	sector=nuclear
company:kb_financial	company	en=KB Financial Group	any=KB Financial Group|KB Kookmin Bank	country=KR	hq=Seoul	sector=bank

# == India ==
company:reliance	company	en=Reliance Industries	any=Reliance Industries|Reliance{ctx}	country=IN	hq=Mumbai	sector=conglomerate
company:tata	company	en=Tata Group	uk=Тата{ctx}	ru=Тата{ctx}	any=Tata Group|Tata Sons	country=IN	hq=Mumbai	sector=conglomerate
company:tata_motors	company	en=Tata Motors	any=Tata Motors	country=IN	hq=Mumbai	sector=automotive	parent=company:tata
company:tata_steel	company	en=Tata Steel	any=Tata Steel	country=IN	hq=Mumbai	sector=metals	parent=company:tata
company:tcs	company	en=Tata Consultancy Services	any=Tata Consultancy Services|TCS	country=IN	hq=Mumbai	sector=it	parent=company:tata
company:infosys	company	en=Infosys	any=Infosys	country=IN	hq=Bengaluru	sector=it
company:wipro	company	en=Wipro	any=Wipro	country=IN	hq=Bengaluru	sector=it
company:hcl	company	en=HCLTech	any=HCLTech|HCL Technologies	country=IN	hq=Noida	sector=it
company:adani	company	en=Adani Group	uk=Адані{x}	ru=Адани{x}	any=Adani|Adani Group	country=IN	hq=Ahmedabad	sector=conglomerate
company:mahindra	company	en=Mahindra & Mahindra	any=Mahindra|Mahindra & Mahindra	country=IN	hq=Mumbai	sector=automotive
company:maruti	company	en=Maruti Suzuki	any=Maruti Suzuki	country=IN	hq=New Delhi	sector=automotive
company:bajaj	company	en=Bajaj Auto	any=Bajaj Auto	country=IN	hq=Pune	sector=automotive
company:larsen	company	en=Larsen & Toubro	any=Larsen & Toubro|L&T	country=IN	hq=Mumbai	sector=construction
company:ongc	company	en=ONGC	any=ONGC|Oil and Natural Gas Corporation	country=IN	hq=New Delhi	sector=oil_gas
company:indian_oil	company	en=Indian Oil Corporation	any=Indian Oil|Indian Oil Corporation	country=IN	hq=New Delhi	sector=oil_gas
company:bpcl	company	en=Bharat Petroleum	any=Bharat Petroleum|BPCL	country=IN	hq=Mumbai	sector=oil_gas
company:ntpc	company	en=NTPC	any=NTPC	country=IN	hq=New Delhi	sector=energy
company:coal_india	company	en=Coal India	any=Coal India	country=IN	hq=Kolkata	sector=mining
company:sbi	company	en=State Bank of India	any=State Bank of India|SBI	country=IN	hq=Mumbai	sector=bank
company:hdfc	company	en=HDFC Bank	any=HDFC Bank|HDFC	country=IN	hq=Mumbai	sector=bank
company:icici	company	en=ICICI Bank	any=ICICI Bank|ICICI	country=IN	hq=Mumbai	sector=bank
company:bharti_airtel	company	en=Bharti Airtel	any=Bharti Airtel|Airtel	country=IN	hq=New Delhi	sector=telecom
company:jio	company	en=Jio Platforms	any=Jio|Reliance Jio|Jio Platforms	country=IN	hq=Mumbai	sector=telecom	parent=company:reliance
company:vedanta	company	en=Vedanta{ctx}	any=Vedanta{ctx}|Vedanta Resources|Vedanta Limited	country=IN	hq=Mumbai	sector=mining
company:sun_pharma	company	en=Sun Pharmaceutical	any=Sun Pharma|Sun Pharmaceutical	country=IN	hq=Mumbai	sector=pharma
company:dr_reddys	company	en=Dr. Reddy's Laboratories	any=Dr. Reddy's|Dr. Reddy's Laboratories	country=IN	hq=Hyderabad	sector=pharma
company:serum_institute	company	en=Serum Institute of India	any=Serum Institute of India	country=IN	hq=Pune	sector=pharma
company:air_india	company	en=Air India	uk=Ейр Індія{x}	ru=Эйр Индия{x}	any=Air India	country=IN	hq=Gurgaon	sector=airline
company:indigo	company	en=IndiGo	any=IndiGo	country=IN	hq=Gurgaon	sector=airline
company:hal	company	en=Hindustan Aeronautics	any=Hindustan Aeronautics|HAL	country=IN	hq=Bengaluru	sector=aerospace
company:flipkart	company	en=Flipkart	any=Flipkart	country=IN	hq=Bengaluru	sector=ecommerce

# == Southeast Asia, Oceania ==
company:dbs	company	en=DBS Bank	any=DBS|DBS Bank	country=SG	hq=Singapore	sector=bank
company:singtel	company	en=Singtel	any=Singtel	country=SG	hq=Singapore	sector=telecom
company:singapore_airlines	company	en=Singapore Airlines	any=Singapore Airlines	country=SG	hq=Singapore	sector=airline
company:temasek	company	en=Temasek Holdings	any=Temasek|Temasek Holdings	country=SG	hq=Singapore	sector=investment
company:gic	company	en=GIC{ctx}	any=GIC{ctx}|GIC Private Limited	country=SG	hq=Singapore	sector=investment
company:grab	company	en=Grab Holdings	any=Grab Holdings|Grab{ctx}	country=SG	hq=Singapore	sector=tech
company:sea_ltd	company	en=Sea Limited	any=Sea Limited|Shopee	country=SG	hq=Singapore	sector=tech
company:wilmar	company	en=Wilmar International	any=Wilmar|Wilmar International	country=SG	hq=Singapore	sector=agro
company:trafigura	company	en=Trafigura	uk=Трафігура	ru=Трафигура	any=Trafigura	country=SG	hq=Singapore	sector=trading
company:petronas	company	en=Petronas	uk=Петронас	ru=Петронас	any=Petronas|PETRONAS	country=MY	hq=Kuala Lumpur	sector=oil_gas
company:malaysia_airlines	company	en=Malaysia Airlines	any=Malaysia Airlines	country=MY	hq=Kuala Lumpur	sector=airline
company:airasia	company	en=AirAsia	any=AirAsia	country=MY	hq=Sepang	sector=airline
company:pertamina	company	en=Pertamina	any=Pertamina	country=ID	hq=Jakarta	sector=oil_gas
company:telkom_id	company	en=Telkom Indonesia	any=Telkom Indonesia	country=ID	hq=Jakarta	sector=telecom
company:goto	company	en=GoTo{ctx}	any=GoTo{ctx}|GoTo Group	country=ID	hq=Jakarta	sector=tech
company:ptt	company	en=PTT	any=PTT Public Company|PTT	country=TH	hq=Bangkok	sector=oil_gas
company:cp_group	company	en=Charoen Pokphand Group	any=Charoen Pokphand Group|Charoen Pokphand|CP Group	country=TH	hq=Bangkok	sector=conglomerate
company:thai_airways	company	en=Thai Airways	any=Thai Airways	country=TH	hq=Bangkok	sector=airline
company:vingroup	company	en=Vingroup	any=Vingroup	country=VN	hq=Hanoi	sector=conglomerate
company:vinfast	company	en=VinFast	any=VinFast	country=VN	hq=Haiphong	sector=automotive	parent=company:vingroup
company:viettel	company	en=Viettel	any=Viettel	country=VN	hq=Hanoi	sector=telecom
company:vietnam_airlines	company	en=Vietnam Airlines	any=Vietnam Airlines	country=VN	hq=Hanoi	sector=airline
company:san_miguel	company	en=San Miguel Corporation	any=San Miguel Corporation	country=PH	hq=Mandaluyong	sector=conglomerate
company:bhp	company	en=BHP	any=BHP|BHP Group	country=AU	hq=Melbourne	sector=mining
company:fortescue	company	en=Fortescue	any=Fortescue|Fortescue Metals	country=AU	hq=Perth	sector=mining
company:woodside	company	en=Woodside Energy	any=Woodside|Woodside Energy	country=AU	hq=Perth	sector=oil_gas
company:commonwealth_bank	company	en=Commonwealth Bank	any=Commonwealth Bank|CommBank	country=AU	hq=Sydney	sector=bank
company:westpac	company	en=Westpac	any=Westpac	country=AU	hq=Sydney	sector=bank
company:anz	company	en=ANZ	any=ANZ|Australia and New Zealand Banking Group	country=AU	hq=Melbourne	sector=bank
company:nab	company	en=National Australia Bank	any=National Australia Bank|NAB	country=AU	hq=Melbourne	sector=bank
company:telstra	company	en=Telstra	any=Telstra	country=AU	hq=Melbourne	sector=telecom
company:qantas	company	en=Qantas	any=Qantas	country=AU	hq=Sydney	sector=airline
company:macquarie	company	en=Macquarie Group	any=Macquarie Group	country=AU	hq=Sydney	sector=investment
company:wesfarmers	company	en=Wesfarmers	any=Wesfarmers	country=AU	hq=Perth	sector=retail
company:woolworths_au	company	en=Woolworths Group	any=Woolworths Group	country=AU	hq=Sydney	sector=retail
company:csl	company	en=CSL Limited	any=CSL Limited	country=AU	hq=Melbourne	sector=pharma
company:air_new_zealand	company	en=Air New Zealand	any=Air New Zealand	country=NZ	hq=Auckland	sector=airline
company:fonterra	company	en=Fonterra	any=Fonterra	country=NZ	hq=Auckland	sector=food

# == China: tech, internet ==
company:alibaba	company	en=Alibaba Group	uk=Алібаба|Алібаба Груп	ru=Алибаба|Алибаба Груп	any=Alibaba|Alibaba Group|Alibaba Group Holding	country=CN	hq=Hangzhou	sector=tech
company:antgroup	company	en=Ant Group	any=Ant Group|Ant Financial	country=CN	hq=Hangzhou	sector=fintech
company:alipay	company	en=Alipay	any=Alipay	country=CN	hq=Hangzhou	sector=fintech	parent=company:antgroup
company:aliexpress	company	en=AliExpress	uk=АліЕкспрес	ru=АлиЭкспресс	any=AliExpress|Aliexpress	country=CN	hq=Hangzhou	sector=ecommerce	parent=company:alibaba
company:taobao	company	en=Taobao	uk=Таобао{x}	ru=Таобао{x}	any=Taobao	country=CN	hq=Hangzhou	sector=ecommerce	parent=company:alibaba
company:tencent	company	en=Tencent	uk=Тенсент	ru=Тенсент	any=Tencent|Tencent Holdings	country=CN	hq=Shenzhen	sector=tech
company:wechat	company	en=WeChat	uk=Вічат	ru=Вичат	any=WeChat|Weixin	country=CN	hq=Shenzhen	sector=tech	parent=company:tencent	note=app
company:huawei	company	en=Huawei	uk=Хуавей{x}	ru=Хуавэй{x}|Хуавей{x}	any=Huawei|Huawei Technologies	country=CN	hq=Shenzhen	sector=tech
company:zte	company	en=ZTE	any=ZTE	country=CN	hq=Shenzhen	sector=telecom_equipment
company:xiaomi	company	en=Xiaomi	uk=Сяомі{x}	ru=Сяоми{x}	any=Xiaomi	country=CN	hq=Beijing	sector=tech
company:lenovo	company	en=Lenovo	uk=Леново{x}	ru=Леново{x}	any=Lenovo	country=CN	hq=Beijing	sector=tech
company:bytedance	company	en=ByteDance	uk=БайтДенс	ru=БайтДанс	any=ByteDance	country=CN	hq=Beijing	sector=tech
company:tiktok	company	en=TikTok	uk=ТікТок|Тік-Ток	ru=ТикТок|Тик-Ток	any=TikTok|Douyin	country=CN	hq=Beijing	sector=tech	parent=company:bytedance	note=app
company:baidu	company	en=Baidu	uk=Байду{x}	ru=Байду{x}	any=Baidu	country=CN	hq=Beijing	sector=tech
company:jd	company	en=JD.com	any=JD.com|Jingdong	country=CN	hq=Beijing	sector=ecommerce
company:pdd	company	en=PDD Holdings	uk=Піндуодуо{x}	ru=Пиндуодуо{x}	any=PDD Holdings|Pinduoduo|PDD	country=CN	hq=Shanghai	sector=ecommerce
company:temu	company	en=Temu	any=Temu	country=CN	hq=Shanghai	sector=ecommerce	parent=company:pdd	note=brand
company:shein	company	en=Shein	any=Shein|SHEIN	country=SG	hq=Singapore	sector=ecommerce
company:meituan	company	en=Meituan	any=Meituan	country=CN	hq=Beijing	sector=tech
company:netease	company	en=NetEase	any=NetEase	country=CN	hq=Hangzhou	sector=tech
company:didi	company	en=DiDi	any=DiDi|Didi Chuxing|DiDi Global	country=CN	hq=Beijing	sector=tech
company:kuaishou	company	en=Kuaishou	any=Kuaishou	country=CN	hq=Beijing	sector=tech
company:sina_weibo	company	en=Weibo	uk=Вейбо{x}	ru=Вэйбо{x}	any=Weibo|Sina Weibo	country=CN	hq=Beijing	sector=tech
company:hikvision	company	en=Hikvision	any=Hikvision	country=CN	hq=Hangzhou	sector=electronics
company:dahua	company	en=Dahua Technology	any=Dahua|Dahua Technology	country=CN	hq=Hangzhou	sector=electronics
company:dji	company	en=DJI	any=DJI	country=CN	hq=Shenzhen	sector=drones
company:smic	company	en=SMIC	any=SMIC|Semiconductor Manufacturing International Corporation	country=CN	hq=Shanghai	sector=semiconductors
company:boe	company	en=BOE Technology	any=BOE Technology	country=CN	hq=Beijing	sector=electronics
company:oppo	company	en=Oppo	any=Oppo|OPPO	country=CN	hq=Dongguan	sector=electronics
company:vivo	company	en=Vivo{ctx}	any=Vivo{ctx}	country=CN	hq=Dongguan	sector=electronics
company:honor	company	en=Honor{ctx}	any=Honor{ctx}	country=CN	hq=Shenzhen	sector=electronics
company:tcl	company	en=TCL	any=TCL|TCL Technology	country=CN	hq=Huizhou	sector=electronics
company:iflytek	company	en=iFlytek	any=iFlytek|iFLYTEK	country=CN	hq=Hefei	sector=tech
company:sensetime	company	en=SenseTime	any=SenseTime	country=CN	hq=Shanghai	sector=tech
company:deepseek	company	en=DeepSeek	any=DeepSeek	country=CN	hq=Hangzhou	sector=ai
company:trip_com	company	en=Trip.com Group	any=Trip.com|Trip.com Group|Ctrip	country=CN	hq=Shanghai	sector=travel

# == China: autos, batteries ==
company:geely	company	en=Geely	uk=Джилі{x}	ru=Джили{x}	any=Geely|Geely Auto|Geely Holding|Zhejiang Geely Holding Group	country=CN	hq=Hangzhou	sector=automotive
company:volvo_cars	company	en=Volvo Cars	uk=Вольво Карс{x}	ru=Вольво Карс{x}	any=Volvo Cars	country=SE	hq=Gothenburg	sector=automotive	parent=company:geely
company:byd	company	en=BYD	any=BYD|BYD Auto|BYD Company	country=CN	hq=Shenzhen	sector=automotive
company:nio	company	en=NIO	any=NIO	country=CN	hq=Shanghai	sector=automotive
company:xpeng	company	en=XPeng	any=XPeng|Xpeng	country=CN	hq=Guangzhou	sector=automotive
company:li_auto	company	en=Li Auto	any=Li Auto	country=CN	hq=Beijing	sector=automotive
company:saic	company	en=SAIC Motor	any=SAIC|SAIC Motor	country=CN	hq=Shanghai	sector=automotive
company:great_wall	company	en=Great Wall Motors	any=Great Wall Motors|Great Wall Motor|GWM	country=CN	hq=Baoding	sector=automotive
company:chery	company	en=Chery	uk=Чері{x}	ru=Чери{x}	any=Chery|Chery Automobile	country=CN	hq=Wuhu	sector=automotive
company:changan	company	en=Changan Automobile	any=Changan|Changan Automobile	country=CN	hq=Chongqing	sector=automotive
company:faw	company	en=FAW Group	any=FAW|FAW Group|China FAW Group	country=CN	hq=Changchun	sector=automotive
company:dongfeng	company	en=Dongfeng Motor	uk=Донгфенг	ru=Дунфэн{x}	any=Dongfeng|Dongfeng Motor	country=CN	hq=Wuhan	sector=automotive
company:gac	company	en=GAC Group	any=GAC|GAC Group|Guangzhou Automobile Group	country=CN	hq=Guangzhou	sector=automotive
company:baic	company	en=BAIC Group	any=BAIC|BAIC Group	country=CN	hq=Beijing	sector=automotive
company:haval	company	en=Haval	uk=Хавал	ru=Хавейл	any=Haval	country=CN	hq=Baoding	sector=automotive	parent=company:great_wall	note=brand
company:zeekr	company	en=Zeekr	any=Zeekr	country=CN	hq=Hangzhou	sector=automotive	parent=company:geely
company:catl	company	en=CATL	any=CATL|Contemporary Amperex Technology	country=CN	hq=Ningde	sector=batteries
company:yutong	company	en=Yutong	any=Yutong	country=CN	hq=Zhengzhou	sector=automotive
company:sany	company	en=Sany	any=Sany|SANY|Sany Heavy Industry	country=CN	hq=Changsha	sector=machinery
company:xcmg	company	en=XCMG	any=XCMG	country=CN	hq=Xuzhou	sector=machinery
company:zoomlion	company	en=Zoomlion	any=Zoomlion	country=CN	hq=Changsha	sector=machinery
company:crrc	company	en=CRRC	any=CRRC	country=CN	hq=Beijing	sector=rail
company:comac	company	en=COMAC	any=COMAC|Commercial Aircraft Corporation of China	country=CN	hq=Shanghai	sector=aerospace
company:avic	company	en=AVIC	any=AVIC|Aviation Industry Corporation of China	country=CN	hq=Beijing	sector=aerospace
company:norinco	company	en=Norinco	any=Norinco|NORINCO	country=CN	hq=Beijing	sector=defense

# == China: consumer, appliances, conglomerates ==
company:haier	company	en=Haier	uk=Хаєр	ru=Хайер	any=Haier	country=CN	hq=Qingdao	sector=appliances
company:midea	company	en=Midea Group	any=Midea|Midea Group	country=CN	hq=Foshan	sector=appliances
company:gree	company	en=Gree Electric	any=Gree|Gree Electric	country=CN	hq=Zhuhai	sector=appliances
company:hisense	company	en=Hisense	any=Hisense	country=CN	hq=Qingdao	sector=electronics
company:wanda	company	en=Dalian Wanda Group	any=Dalian Wanda Group|Wanda|Wanda Group|Dalian Wanda	country=CN	hq=Beijing	sector=conglomerate
company:fosun	company	en=Fosun International	any=Fosun|Fosun International	country=CN	hq=Shanghai	sector=conglomerate
company:citic	company	en=CITIC Group	any=CITIC|CITIC Group	country=CN	hq=Beijing	sector=conglomerate
company:evergrande	company	en=Evergrande Group	any=Evergrande Group|Evergrande|China Evergrande	country=CN	hq=Shenzhen	sector=real_estate
company:country_garden	company	en=Country Garden	any=Country Garden	country=CN	hq=Foshan	sector=real_estate
company:vanke	company	en=China Vanke	any=Vanke|China Vanke	country=CN	hq=Shenzhen	sector=real_estate
company:hna	company	en=HNA Group	any=HNA Group	country=CN	hq=Haikou	sector=conglomerate
company:mengniu	company	en=Mengniu Dairy	any=Mengniu Dairy|Mengniu	country=CN	hq=Hohhot	sector=food
company:yili	company	en=Yili Group	any=Yili|Yili Group	country=CN	hq=Hohhot	sector=food
company:wh_group	company	en=WH Group	any=WH Group	country=CN	hq=Hong Kong	sector=food
company:cofco	company	en=COFCO	any=COFCO	country=CN	hq=Beijing	sector=agro
company:moutai	company	en=Kweichow Moutai	any=Kweichow Moutai|Moutai	country=CN	hq=Renhuai	sector=food
company:anta	company	en=Anta Sports	any=Anta|Anta Sports	country=CN	hq=Xiamen	sector=apparel

# == China: energy, resources, heavy industry ==
company:sinopec	company	en=Sinopec	uk=Сінопек	ru=Синопек	any=Sinopec|China Petroleum & Chemical Corporation	country=CN	hq=Beijing	sector=oil_gas
company:petrochina	company	en=PetroChina	any=PetroChina	country=CN	hq=Beijing	sector=oil_gas
company:cnpc	company	en=CNPC	uk=Китайська національна нафтогазова корпорація	ru=Китайская национальная нефтегазовая корпорация	any=CNPC|China National Petroleum Corporation	country=CN	hq=Beijing	sector=oil_gas
company:cnooc	company	en=CNOOC	any=CNOOC|China National Offshore Oil Corporation	country=CN	hq=Beijing	sector=oil_gas
company:state_grid	company	en=State Grid Corporation of China	ru=Государственная электросетевая корпорация Китая	any=State Grid|State Grid Corporation of China	country=CN	hq=Beijing	sector=energy
company:china_three_gorges	company	en=China Three Gorges Corporation	any=China Three Gorges Corporation	country=CN	hq=Wuhan	sector=energy
company:cgn	company	en=China General Nuclear Power Group	any=China General Nuclear Power Group|CGN|China General Nuclear	country=CN	hq=Shenzhen	sector=nuclear
company:cnnc	company	en=China National Nuclear Corporation	any=CNNC|China National Nuclear Corporation	country=CN	hq=Beijing	sector=nuclear
company:china_energy	company	en=China Energy Investment	any=China Energy Investment|CHN Energy	country=CN	hq=Beijing	sector=energy
company:baowu	company	en=China Baowu Steel Group	any=China Baowu Steel Group|China Baowu|Baowu|Baowu Steel	country=CN	hq=Shanghai	sector=metals
company:chalco	company	en=Chalco	any=Chalco|Aluminum Corporation of China	country=CN	hq=Beijing	sector=metals
company:chinalco	company	en=Chinalco	any=Chinalco	country=CN	hq=Beijing	sector=metals
company:zijin	company	en=Zijin Mining	any=Zijin Mining	country=CN	hq=Longyan	sector=mining
company:cscec	company	en=China State Construction Engineering	any=CSCEC|China State Construction Engineering	country=CN	hq=Beijing	sector=construction
company:crcc	company	en=China Railway Construction Corporation	any=CRCC|China Railway Construction Corporation	country=CN	hq=Beijing	sector=construction
company:crec	company	en=China Railway Engineering Corporation	any=China Railway Engineering Corporation|CREC|China Railway Group	country=CN	hq=Beijing	sector=construction
company:cccc	company	en=China Communications Construction	any=China Communications Construction|CCCC|China Communications Construction Company	country=CN	hq=Beijing	sector=construction
company:power_china	company	en=PowerChina	any=PowerChina|Power Construction Corporation of China	country=CN	hq=Beijing	sector=construction
company:sinochem	company	en=Sinochem	any=Sinochem|Sinochem Holdings	country=CN	hq=Beijing	sector=chemicals
company:chemchina	company	en=ChemChina	any=ChemChina	country=CN	hq=Beijing	sector=chemicals
company:syngenta	company	en=Syngenta	uk=Сингента	ru=Сингента	any=Syngenta	country=CH	hq=Basel	sector=agro	parent=company:sinochem

# == China: finance, insurance, telecom, transport ==
company:icbc	company	en=ICBC	uk=Промисловий і комерційний банк Китаю	ru=Промышленный и коммерческий банк Китая	any=ICBC|Industrial and Commercial Bank of China	country=CN	hq=Beijing	sector=bank
company:ccb	company	en=China Construction Bank	uk=Будівельний банк Китаю	ru=Строительный банк Китая	any=China Construction Bank|CCB	country=CN	hq=Beijing	sector=bank
company:boc	company	en=Bank of China	uk=Банк Китаю	ru=Банк Китая	any=Bank of China	country=CN	hq=Beijing	sector=bank
company:abc_china	company	en=Agricultural Bank of China	uk=Сільськогосподарський банк Китаю	ru=Сельскохозяйственный банк Китая	any=Agricultural Bank of China	country=CN	hq=Beijing	sector=bank
company:bocom	company	en=Bank of Communications	any=Bank of Communications	country=CN	hq=Shanghai	sector=bank
company:cdb	company	en=China Development Bank	uk=Банк розвитку Китаю	ru=Государственный банк развития Китая|Банк развития Китая	any=China Development Bank	country=CN	hq=Beijing	sector=bank
company:china_exim	company	en=Export-Import Bank of China	uk=Експортно-імпортний банк Китаю	ru=Экспортно-импортный банк Китая	any=Export-Import Bank of China|China Exim Bank	country=CN	hq=Beijing	sector=bank
company:cmb	company	en=China Merchants Bank	any=China Merchants Bank	country=CN	hq=Shenzhen	sector=bank
company:china_merchants	company	en=China Merchants Group	any=China Merchants Group	country=CN	hq=Hong Kong	sector=conglomerate
company:pingan	company	en=Ping An Insurance	any=Ping An|Ping An Insurance	country=CN	hq=Shenzhen	sector=insurance
company:china_life	company	en=China Life Insurance	any=China Life|China Life Insurance	country=CN	hq=Beijing	sector=insurance
company:cic	company	en=China Investment Corporation	uk=Китайська інвестиційна корпорація	ru=Китайская инвестиционная корпорация	any=China Investment Corporation	country=CN	hq=Beijing	sector=investment
company:china_mobile	company	en=China Mobile	any=China Mobile	country=CN	hq=Beijing	sector=telecom
company:china_telecom	company	en=China Telecom	any=China Telecom	country=CN	hq=Beijing	sector=telecom
company:china_unicom	company	en=China Unicom	any=China Unicom	country=CN	hq=Beijing	sector=telecom
company:cosco	company	en=COSCO Shipping	any=COSCO|COSCO Shipping|China COSCO Shipping	country=CN	hq=Shanghai	sector=shipping
company:air_china	company	en=Air China	uk=Ейр Чайна{x}	ru=Эйр Чайна{x}	any=Air China	country=CN	hq=Beijing	sector=airline
company:china_eastern	company	en=China Eastern Airlines	any=China Eastern|China Eastern Airlines	country=CN	hq=Shanghai	sector=airline
company:china_southern	company	en=China Southern Airlines	any=China Southern|China Southern Airlines	country=CN	hq=Guangzhou	sector=airline
company:hainan_airlines	company	en=Hainan Airlines	any=Hainan Airlines	country=CN	hq=Haikou	sector=airline
company:sf_express	company	en=SF Express	any=SF Express	country=CN	hq=Shenzhen	sector=logistics
company:cainiao	company	en=Cainiao	any=Cainiao	country=CN	hq=Hangzhou	sector=logistics	parent=company:alibaba

# == Hong Kong, Taiwan ==
company:ck_hutchison	company	en=CK Hutchison	any=CK Hutchison|CK Hutchison Holdings	country=HK	hq=Hong Kong	sector=conglomerate
company:jardine	company	en=Jardine Matheson	any=Jardine Matheson	country=HK	hq=Hong Kong	sector=conglomerate
company:cathay	company	en=Cathay Pacific	any=Cathay Pacific	country=HK	hq=Hong Kong	sector=airline
company:hkex	company	en=Hong Kong Exchanges and Clearing	uk=Гонконзька фондова біржа	ru=Гонконгская фондовая биржа	any=Hong Kong Exchanges and Clearing|HKEX|Hong Kong Stock Exchange	country=HK	hq=Hong Kong	sector=exchange
company:tsmc	company	en=TSMC	any=TSMC|Taiwan Semiconductor Manufacturing Company|Taiwan Semiconductor	country=TW	hq=Hsinchu	sector=semiconductors
company:foxconn	company	en=Foxconn	uk=Фоксконн	ru=Фоксконн	any=Foxconn|Hon Hai|Hon Hai Precision Industry	country=TW	hq=New Taipei	sector=electronics
company:mediatek	company	en=MediaTek	any=MediaTek	country=TW	hq=Hsinchu	sector=semiconductors
company:asus	company	en=ASUS	any=ASUS|Asus	country=TW	hq=Taipei	sector=electronics
company:acer	company	en=Acer	any=Acer	country=TW	hq=New Taipei	sector=electronics
company:pegatron	company	en=Pegatron	any=Pegatron	country=TW	hq=Taipei	sector=electronics
company:quanta	company	en=Quanta Computer	any=Quanta Computer	country=TW	hq=Taoyuan	sector=electronics
company:evergreen	company	en=Evergreen Marine	any=Evergreen Marine|Evergreen Line	country=TW	hq=Taoyuan	sector=shipping
company:china_airlines	company	en=China Airlines	any=China Airlines	country=TW	hq=Taoyuan	sector=airline
company:formosa_plastics	company	en=Formosa Plastics	any=Formosa Plastics|Formosa Plastics Group	country=TW	hq=Taipei	sector=chemicals

# == Germany ==
company:volkswagen	company	en=Volkswagen Group	uk=Фольксваген	ru=Фольксваген	any=Volkswagen|Volkswagen Group|Volkswagen AG|VW	country=DE	hq=Wolfsburg	sector=automotive
company:audi	company	en=Audi	uk=Ауді{x}	ru=Ауди{x}	any=Audi	country=DE	hq=Ingolstadt	sector=automotive	parent=company:volkswagen
company:porsche	company	en=Porsche	uk=Порше{x}	ru=Порше{x}	any=Porsche	country=DE	hq=Stuttgart	sector=automotive
company:mercedes_benz	company	en=Mercedes-Benz Group	uk=Мерседес-Бенц|Даймлер	ru=Мерседес-Бенц|Даймлер	any=Mercedes-Benz|Mercedes-Benz Group|Daimler	country=DE	hq=Stuttgart	sector=automotive
company:daimler_truck	company	en=Daimler Truck	any=Daimler Truck	country=DE	hq=Leinfelden-Echterdingen	sector=automotive
company:bmw	company	en=BMW	any=BMW|BMW Group	country=DE	hq=Munich	sector=automotive
company:opel	company	en=Opel	uk=Опель	ru=Опель	any=Opel	country=DE	hq=Rüsselsheim	sector=automotive	parent=company:stellantis
company:siemens	company	en=Siemens	uk=Сіменс	ru=Сименс	any=Siemens|Siemens AG	country=DE	hq=Munich	sector=industrial
company:siemens_energy	company	en=Siemens Energy	any=Siemens Energy	country=DE	hq=Munich	sector=energy
company:bosch	company	en=Bosch	uk=Бош	ru=Бош	any=Bosch|Robert Bosch|Robert Bosch GmbH	country=DE	hq=Gerlingen	sector=industrial
company:basf	company	en=BASF	any=BASF	country=DE	hq=Ludwigshafen am Rhein	sector=chemicals
company:bayer	company	en=Bayer	uk=Баєр	ru=Байер	any=Bayer|Bayer AG	country=DE	hq=Leverkusen	sector=pharma
company:merck_kgaa	company	en=Merck KGaA	any=Merck KGaA|Merck Group	country=DE	hq=Darmstadt	sector=pharma
company:allianz	company	en=Allianz	uk=Альянц	ru=Альянц	any=Allianz	country=DE	hq=Munich	sector=insurance
company:munich_re	company	en=Munich Re	any=Munich Re	country=DE	hq=Munich	sector=insurance
company:deutsche_bank	company	en=Deutsche Bank	uk=Дойче Банк|Дойче банк	ru=Дойче Банк|Дойче банк	any=Deutsche Bank	country=DE	hq=Frankfurt	sector=bank
company:commerzbank	company	en=Commerzbank	uk=Коммерцбанк	ru=Коммерцбанк	any=Commerzbank	country=DE	hq=Frankfurt	sector=bank
company:kfw	company	en=KfW	any=KfW|KfW Bankengruppe	country=DE	hq=Frankfurt	sector=bank	note=state development bank
company:deutsche_telekom	company	en=Deutsche Telekom	uk=Дойче Телеком{x}	ru=Дойче Телеком{x}	any=Deutsche Telekom	country=DE	hq=Bonn	sector=telecom
company:deutsche_post	company	en=DHL Group	any=DHL|DHL Group|Deutsche Post	country=DE	hq=Bonn	sector=logistics
company:deutsche_bahn	company	en=Deutsche Bahn	uk=Дойче Бан{x}	ru=Дойче Бан{x}	any=Deutsche Bahn	country=DE	hq=Berlin	sector=rail
company:lufthansa	company	en=Lufthansa	uk=Люфтганза	ru=Люфтганза	any=Lufthansa|Deutsche Lufthansa	country=DE	hq=Cologne	sector=airline
company:sap	company	en=SAP	any=SAP|SAP SE	country=DE	hq=Walldorf	sector=tech
company:infineon	company	en=Infineon Technologies	any=Infineon|Infineon Technologies	country=DE	hq=Neubiberg	sector=semiconductors
company:thyssenkrupp	company	en=Thyssenkrupp	uk=Тіссенкрупп	ru=Тиссенкрупп	any=Thyssenkrupp|ThyssenKrupp	country=DE	hq=Essen	sector=metals
company:rheinmetall	company	en=Rheinmetall	uk=Райнметалл|Рейнметалл	ru=Рейнметалл	any=Rheinmetall	country=DE	hq=Düsseldorf	sector=defense
company:krauss_maffei	company	en=KNDS Deutschland	any=KNDS Deutschland|Krauss-Maffei Wegmann|KMW	country=DE	hq=Munich	sector=defense
company:knds	company	en=KNDS	any=KNDS	country=NL	hq=Amsterdam	sector=defense
company:hensoldt	company	en=Hensoldt	any=Hensoldt	country=DE	hq=Taufkirchen	sector=defense
company:diehl	company	en=Diehl Defence	any=Diehl Defence|Diehl	country=DE	hq=Überlingen	sector=defense
company:eon	company	en=E.ON	any=E.ON	country=DE	hq=Essen	sector=energy
company:rwe	company	en=RWE	any=RWE	country=DE	hq=Essen	sector=energy
company:uniper	company	en=Uniper	uk=Юніпер	ru=Юнипер	any=Uniper	country=DE	hq=Düsseldorf	sector=energy
company:wintershall	company	en=Wintershall Dea	uk=Вінтерсхалл	ru=Винтерсхалл	any=Wintershall|Wintershall Dea	country=DE	hq=Kassel	sector=oil_gas
company:enbw	company	en=EnBW	any=EnBW	country=DE	hq=Karlsruhe	sector=energy
company:adidas	company	en=Adidas	uk=Адідас	ru=Адидас	any=Adidas|adidas	country=DE	hq=Herzogenaurach	sector=apparel
company:puma	company	en=Puma{ctx}	any=Puma{ctx}|Puma SE	country=DE	hq=Herzogenaurach	sector=apparel
company:henkel	company	en=Henkel	uk=Хенкель	ru=Хенкель	any=Henkel	country=DE	hq=Düsseldorf	sector=consumer
company:continental	company	en=Continental AG	any=Continental AG	country=DE	hq=Hanover	sector=automotive
company:zf	company	en=ZF Friedrichshafen	any=ZF Friedrichshafen|ZF Group	country=DE	hq=Friedrichshafen	sector=automotive
company:metro_ag	company	en=Metro AG	uk=Метро{ctx}	ru=Метро{ctx}	any=Metro AG|METRO	country=DE	hq=Düsseldorf	sector=retail
company:aldi	company	en=Aldi	uk=Альді{x}	ru=Альди{x}	any=Aldi|ALDI	country=DE	hq=Essen	sector=retail
company:lidl	company	en=Lidl	uk=Лідл	ru=Лидл	any=Lidl	country=DE	hq=Neckarsulm	sector=retail
company:schwarz_group	company	en=Schwarz Group	any=Schwarz Group|Schwarz Gruppe	country=DE	hq=Neckarsulm	sector=retail
company:rewe	company	en=REWE Group	any=REWE|REWE Group	country=DE	hq=Cologne	sector=retail
company:fresenius	company	en=Fresenius	any=Fresenius	country=DE	hq=Bad Homburg	sector=healthcare
company:deutsche_boerse	company	en=Deutsche Börse	any=Deutsche Börse|Deutsche Boerse	country=DE	hq=Frankfurt	sector=exchange
company:heidelberg_materials	company	en=Heidelberg Materials	any=Heidelberg Materials|HeidelbergCement	country=DE	hq=Heidelberg	sector=construction
company:knauf	company	en=Knauf	uk=Кнауф	ru=Кнауф	any=Knauf	country=DE	hq=Iphofen	sector=construction
company:claas	company	en=Claas	any=Claas|CLAAS	country=DE	hq=Harsewinkel	sector=machinery

# == France ==
company:totalenergies	company	en=TotalEnergies	uk=Тоталь{ctx}	ru=Тоталь{ctx}	any=TotalEnergies|Total{ctx}	country=FR	hq=Courbevoie	sector=oil_gas
company:airbus	company	en=Airbus	uk=Ейрбас|Аеробус	ru=Эйрбас|Аэробус	any=Airbus|Airbus SE	country=FR	hq=Toulouse	sector=aerospace
company:safran	company	en=Safran	uk=Сафран	ru=Сафран	any=Safran	country=FR	hq=Paris	sector=aerospace
company:thales	company	en=Thales	uk=Талес	ru=Талес	any=Thales|Thales Group	country=FR	hq=Paris	sector=defense
company:dassault_aviation	company	en=Dassault Aviation	uk=Дассо{x}	ru=Дассо{x}	any=Dassault Aviation|Dassault	country=FR	hq=Paris	sector=aerospace
company:dassault_systemes	company	en=Dassault Systèmes	any=Dassault Systèmes|Dassault Systemes	country=FR	hq=Vélizy-Villacoublay	sector=tech
company:naval_group	company	en=Naval Group	any=Naval Group	country=FR	hq=Paris	sector=shipbuilding
company:mbda	company	en=MBDA	any=MBDA	country=FR	hq=Le Plessis-Robinson	sector=defense
company:renault	company	en=Renault	uk=Рено{x}	ru=Рено{x}	any=Renault|Renault Group|Groupe Renault	country=FR	hq=Boulogne-Billancourt	sector=automotive
company:peugeot	company	en=Peugeot	uk=Пежо{x}	ru=Пежо{x}	any=Peugeot	country=FR	hq=Paris	sector=automotive	parent=company:stellantis
company:citroen	company	en=Citroën	uk=Сітроен	ru=Ситроен	any=Citroën|Citroen	country=FR	hq=Paris	sector=automotive	parent=company:stellantis
company:michelin	company	en=Michelin	uk=Мішлен	ru=Мишлен	any=Michelin	country=FR	hq=Clermont-Ferrand	sector=automotive
company:edf	company	en=EDF	any=EDF|Électricité de France|Electricite de France	country=FR	hq=Paris	sector=energy
company:engie	company	en=Engie	any=Engie|ENGIE	country=FR	hq=Courbevoie	sector=energy
company:orano	company	en=Orano	any=Orano	country=FR	hq=Châtillon	sector=nuclear
company:framatome	company	en=Framatome	any=Framatome	country=FR	hq=Courbevoie	sector=nuclear
company:bnp_paribas	company	en=BNP Paribas	uk=БНП Паріба{x}	ru=БНП Париба{x}	any=BNP Paribas	country=FR	hq=Paris	sector=bank
company:societe_generale	company	en=Société Générale	uk=Сосьєте Женераль{x}	ru=Сосьете Женераль{x}	any=Société Générale|Societe Generale	country=FR	hq=Paris	sector=bank
company:credit_agricole	company	en=Crédit Agricole	uk=Креді Агріколь{x}	ru=Креди Агриколь{x}	any=Crédit Agricole|Credit Agricole	country=FR	hq=Montrouge	sector=bank
company:axa	company	en=AXA	any=AXA	country=FR	hq=Paris	sector=insurance
company:lvmh	company	en=LVMH	any=LVMH|LVMH Moët Hennessy Louis Vuitton	country=FR	hq=Paris	sector=luxury
company:kering	company	en=Kering	any=Kering	country=FR	hq=Paris	sector=luxury
company:hermes	company	en=Hermès	any=Hermès|Hermes International	country=FR	hq=Paris	sector=luxury
company:chanel	company	en=Chanel	uk=Шанель	ru=Шанель	any=Chanel	country=FR	hq=Paris	sector=luxury
company:loreal	company	en=L'Oréal	uk=Л'Ореаль{x}	ru=Л'Ореаль{x}|Лореаль	any=L'Oréal|L'Oreal|L’Oréal	country=FR	hq=Clichy	sector=consumer
company:danone	company	en=Danone	uk=Данон	ru=Данон	any=Danone	country=FR	hq=Paris	sector=food
company:pernod_ricard	company	en=Pernod Ricard	any=Pernod Ricard	country=FR	hq=Paris	sector=food
company:carrefour	company	en=Carrefour	uk=Карфур	ru=Карфур	any=Carrefour	country=FR	hq=Massy	sector=retail
company:auchan	company	en=Auchan	uk=Ашан	ru=Ашан	any=Auchan	country=FR	hq=Croix	sector=retail
company:leroy_merlin	company	en=Leroy Merlin	uk=Леруа Мерлен{x}	ru=Леруа Мерлен{x}	any=Leroy Merlin	country=FR	hq=Lezennes	sector=retail
company:decathlon	company	en=Decathlon	uk=Декатлон	ru=Декатлон	any=Decathlon	country=FR	hq=Villeneuve-d'Ascq	sector=retail
company:saint_gobain	company	en=Saint-Gobain	uk=Сен-Гобен	ru=Сен-Гобен	any=Saint-Gobain	country=FR	hq=Courbevoie	sector=construction
company:vinci	company	en=Vinci{ctx}	any=Vinci{ctx}|Vinci SA|VINCI	country=FR	hq=Nanterre	sector=construction
company:bouygues	company	en=Bouygues	any=Bouygues	country=FR	hq=Paris	sector=construction
company:alstom	company	en=Alstom	uk=Альстом	ru=Альстом	any=Alstom	country=FR	hq=Saint-Ouen	sector=rail
company:schneider_electric	company	en=Schneider Electric	uk=Шнайдер Електрик{x}	ru=Шнейдер Электрик{x}	any=Schneider Electric	country=FR	hq=Rueil-Malmaison	sector=industrial
company:air_liquide	company	en=Air Liquide	any=Air Liquide	country=FR	hq=Paris	sector=chemicals
company:sanofi	company	en=Sanofi	uk=Санофі{x}	ru=Санофи{x}	any=Sanofi	country=FR	hq=Paris	sector=pharma
company:orange	company	en=Orange S.A.	any=Orange S.A.|Orange{ctx}	country=FR	hq=Issy-les-Moulineaux	sector=telecom
company:air_france_klm	company	en=Air France-KLM	any=Air France-KLM	country=FR	hq=Paris	sector=airline
company:air_france	company	en=Air France	uk=Ейр Франс{x}	ru=Эйр Франс{x}	any=Air France	country=FR	hq=Paris	sector=airline	parent=company:air_france_klm
company:cma_cgm	company	en=CMA CGM	any=CMA CGM	country=FR	hq=Marseille	sector=shipping
company:capgemini	company	en=Capgemini	any=Capgemini	country=FR	hq=Paris	sector=it
company:vivendi	company	en=Vivendi	any=Vivendi	country=FR	hq=Paris	sector=media
company:veolia	company	en=Veolia	any=Veolia	country=FR	hq=Aubervilliers	sector=utilities
company:lactalis	company	en=Lactalis	any=Lactalis	country=FR	hq=geonames:3005866	sector=food
company:euronext	company	en=Euronext	any=Euronext	country=NL	hq=Amsterdam	sector=exchange

# == United Kingdom, Ireland ==
company:shell	company	en=Shell{ctx}	uk=Шелл{ctx}	ru=Шелл{ctx}	any=Shell plc|Royal Dutch Shell|Shell{ctx}	country=GB	hq=London	sector=oil_gas
company:bp	company	en=BP	any=BP|British Petroleum	country=GB	hq=London	sector=oil_gas
company:hsbc	company	en=HSBC	any=HSBC|HSBC Holdings	country=GB	hq=London	sector=bank
company:barclays	company	en=Barclays	any=Barclays	country=GB	hq=London	sector=bank
company:lloyds	company	en=Lloyds Banking Group	any=Lloyds Banking Group|Lloyds Bank	country=GB	hq=London	sector=bank
company:natwest	company	en=NatWest Group	any=NatWest|NatWest Group	country=GB	hq=Edinburgh	sector=bank
company:standard_chartered	company	en=Standard Chartered	any=Standard Chartered	country=GB	hq=London	sector=bank
company:lloyds_of_london	company	en=Lloyd's of London	any=Lloyd's of London|Lloyd's	country=GB	hq=London	sector=insurance
company:aviva	company	en=Aviva	any=Aviva	country=GB	hq=London	sector=insurance
company:prudential_uk	company	en=Prudential plc	any=Prudential plc	country=GB	hq=London	sector=insurance
company:lseg	company	en=London Stock Exchange Group	uk=Лондонська фондова біржа	ru=Лондонская фондовая биржа	any=London Stock Exchange Group|London Stock Exchange|LSE Group|LSEG	country=GB	hq=London	sector=exchange
company:bae_systems	company	en=BAE Systems	any=BAE Systems|BAE	country=GB	hq=London	sector=defense
company:rolls_royce	company	en=Rolls-Royce	uk=Роллс-Ройс	ru=Роллс-Ройс	any=Rolls-Royce|Rolls-Royce Holdings	country=GB	hq=London	sector=aerospace
company:astrazeneca	company	en=AstraZeneca	uk=АстраЗенека	ru=АстраЗенека	any=AstraZeneca	country=GB	hq=Cambridge	sector=pharma
company:gsk	company	en=GSK	any=GSK|GlaxoSmithKline	country=GB	hq=London	sector=pharma
company:unilever	company	en=Unilever	uk=Юнілівер	ru=Юнилевер	any=Unilever	country=GB	hq=London	sector=consumer
company:reckitt	company	en=Reckitt	any=Reckitt|Reckitt Benckiser	country=GB	hq=Slough	sector=consumer
company:diageo	company	en=Diageo	any=Diageo	country=GB	hq=London	sector=food
company:bat	company	en=British American Tobacco	any=British American Tobacco	country=GB	hq=London	sector=tobacco
company:imperial_brands	company	en=Imperial Brands	any=Imperial Brands	country=GB	hq=Bristol	sector=tobacco
company:tesco	company	en=Tesco	any=Tesco	country=GB	hq=Welwyn Garden City	sector=retail
company:sainsburys	company	en=Sainsbury's	any=Sainsbury's	country=GB	hq=London	sector=retail
company:vodafone	company	en=Vodafone Group	uk=Водафон	ru=Водафон	any=Vodafone|Vodafone Group	country=GB	hq=Newbury	sector=telecom
company:bt	company	en=BT Group	any=BT Group|British Telecom	country=GB	hq=London	sector=telecom
company:rio_tinto	company	en=Rio Tinto	any=Rio Tinto	country=GB	hq=London	sector=mining
company:anglo_american	company	en=Anglo American{ctx}	any=Anglo American{ctx}|Anglo American plc	country=GB	hq=London	sector=mining
company:glencore	company	en=Glencore	uk=Гленкор	ru=Гленкор	any=Glencore	country=CH	hq=Baar	sector=mining
company:british_airways	company	en=British Airways	uk=Брітіш Ейрвейз{x}	ru=Бритиш Эйруэйз{x}	any=British Airways	country=GB	hq=London	sector=airline
company:iag	company	en=International Airlines Group	any=International Airlines Group|IAG	country=GB	hq=London	sector=airline
company:easyjet	company	en=easyJet	any=easyJet|EasyJet	country=GB	hq=Luton	sector=airline
company:virgin_atlantic	company	en=Virgin Atlantic	any=Virgin Atlantic	country=GB	hq=Crawley	sector=airline
company:virgin_group	company	en=Virgin Group	any=Virgin Group	country=GB	hq=London	sector=conglomerate
company:ryanair	company	en=Ryanair	uk=Райанейр	ru=Райанэйр	any=Ryanair	country=IE	hq=Dublin	sector=airline
company:wizz_air	company	en=Wizz Air	uk=Візз Ейр	ru=Визз Эйр	any=Wizz Air|WizzAir	country=HU	hq=Budapest	sector=airline
company:arm	company	en=Arm Holdings	any=Arm Holdings|ARM Holdings	country=GB	hq=Cambridge	sector=semiconductors
company:deepmind	company	en=Google DeepMind	any=DeepMind|Google DeepMind	country=GB	hq=London	sector=ai	parent=Q95
company:national_grid	company	en=National Grid{ctx}	any=National Grid{ctx}|National Grid plc	country=GB	hq=London	sector=energy
company:centrica	company	en=Centrica	any=Centrica	country=GB	hq=geonames:2633842	sector=energy
company:jcb	company	en=JCB	any=JCB	country=GB	hq=Rocester	sector=machinery
company:marks_spencer	company	en=Marks & Spencer	any=Marks & Spencer|M&S	country=GB	hq=London	sector=retail
company:wpp	company	en=WPP	any=WPP	country=GB	hq=London	sector=advertising
company:relx	company	en=RELX	any=RELX	country=GB	hq=London	sector=media
company:pearson	company	en=Pearson{ctx}	any=Pearson{ctx}|Pearson plc	country=GB	hq=London	sector=media
company:crh	company	en=CRH	any=CRH	country=IE	hq=Dublin	sector=construction

# == Italy ==
company:eni	company	en=Eni	any=Eni|ENI	country=IT	hq=Rome	sector=oil_gas
company:enel	company	en=Enel	any=Enel	country=IT	hq=Rome	sector=energy
company:ferrari	company	en=Ferrari	uk=Феррарі{x}	ru=Феррари{x}	any=Ferrari	country=IT	hq=Maranello	sector=automotive
company:fiat	company	en=Fiat	uk=Фіат	ru=Фиат	any=Fiat|FIAT	country=IT	hq=Turin	sector=automotive	parent=company:stellantis
company:pirelli	company	en=Pirelli	uk=Піреллі{x}	ru=Пирелли{x}	any=Pirelli	country=IT	hq=Milan	sector=automotive
company:leonardo	company	en=Leonardo{ctx}	any=Leonardo S.p.A.|Leonardo{ctx}	country=IT	hq=Rome	sector=defense
company:fincantieri	company	en=Fincantieri	any=Fincantieri	country=IT	hq=Trieste	sector=shipbuilding
company:unicredit	company	en=UniCredit	uk=ЮніКредит	ru=ЮниКредит	any=UniCredit	country=IT	hq=Milan	sector=bank
company:intesa	company	en=Intesa Sanpaolo	any=Intesa Sanpaolo	country=IT	hq=Turin	sector=bank
company:generali	company	en=Generali	any=Generali|Assicurazioni Generali	country=IT	hq=Trieste	sector=insurance
company:telecom_italia	company	en=Telecom Italia	any=Telecom Italia	country=IT	hq=Rome	sector=telecom
company:ferrero	company	en=Ferrero	uk=Ферреро{x}	ru=Ферреро{x}	any=Ferrero	country=IT	hq=Alba	sector=food
company:barilla	company	en=Barilla	any=Barilla	country=IT	hq=Parma	sector=food
company:prada	company	en=Prada	any=Prada	country=IT	hq=Milan	sector=luxury
company:gucci	company	en=Gucci	any=Gucci	country=IT	hq=Florence	sector=luxury	parent=company:kering
company:snam	company	en=Snam	any=Snam	country=IT	hq=Milan	sector=oil_gas
company:ita_airways	company	en=ITA Airways	any=ITA Airways	country=IT	hq=Rome	sector=airline
company:webuild	company	en=Webuild	any=Webuild|Salini Impregilo	country=IT	hq=Rome	sector=construction
company:iveco	company	en=Iveco	uk=Івеко{x}	ru=Ивеко{x}	any=Iveco|IVECO	country=IT	hq=Turin	sector=automotive

# == Spain, Portugal ==
company:santander	company	en=Banco Santander	any=Banco Santander|Santander{ctx}	country=ES	hq=Santander	sector=bank
company:bbva	company	en=BBVA	any=BBVA	country=ES	hq=Bilbao	sector=bank
company:caixabank	company	en=CaixaBank	any=CaixaBank	country=ES	hq=geonames:2509954	sector=bank
company:telefonica	company	en=Telefónica	any=Telefónica|Telefonica	country=ES	hq=Madrid	sector=telecom
company:iberdrola	company	en=Iberdrola	any=Iberdrola	country=ES	hq=Bilbao	sector=energy
company:repsol	company	en=Repsol	any=Repsol	country=ES	hq=Madrid	sector=oil_gas
company:inditex	company	en=Inditex	any=Inditex	country=ES	hq=Arteixo	sector=apparel
company:zara	company	en=Zara	any=Zara	country=ES	hq=Arteixo	sector=apparel	parent=company:inditex	note=brand
company:mango	company	en=Mango{ctx}	any=Mango{ctx}	country=ES	hq=Barcelona	sector=apparel
company:acs	company	en=ACS Group	any=ACS Group	country=ES	hq=Madrid	sector=construction
company:ferrovial	company	en=Ferrovial	any=Ferrovial	country=ES	hq=Madrid	sector=construction
company:naturgy	company	en=Naturgy	any=Naturgy	country=ES	hq=Madrid	sector=energy
company:iberia	company	en=Iberia{ctx}	any=Iberia Airlines|Iberia{ctx}	country=ES	hq=Madrid	sector=airline
company:seat	company	en=SEAT	any=SEAT	country=ES	hq=Martorell	sector=automotive	parent=company:volkswagen
company:edp	company	en=EDP	any=EDP|Energias de Portugal	country=PT	hq=Lisbon	sector=energy
company:galp	company	en=Galp	any=Galp|Galp Energia	country=PT	hq=Lisbon	sector=oil_gas
company:tap	company	en=TAP Air Portugal	any=TAP Air Portugal|TAP Portugal	country=PT	hq=Lisbon	sector=airline

# == Netherlands, Belgium, Luxembourg ==
company:asml	company	en=ASML	any=ASML|ASML Holding	country=NL	hq=Veldhoven	sector=semiconductors
company:philips	company	en=Philips	uk=Філіпс	ru=Филипс	any=Philips|Royal Philips	country=NL	hq=Amsterdam	sector=electronics
company:heineken	company	en=Heineken	uk=Хайнекен{x}	ru=Хайнекен{x}	any=Heineken	country=NL	hq=Amsterdam	sector=food
company:ing	company	en=ING Group	any=ING|ING Group|ING Bank	country=NL	hq=Amsterdam	sector=bank
company:abn_amro	company	en=ABN AMRO	any=ABN AMRO|ABN Amro	country=NL	hq=Amsterdam	sector=bank
company:rabobank	company	en=Rabobank	any=Rabobank	country=NL	hq=Utrecht	sector=bank
company:ahold_delhaize	company	en=Ahold Delhaize	any=Ahold Delhaize	country=NL	hq=Zaandam	sector=retail
company:klm	company	en=KLM	any=KLM|KLM Royal Dutch Airlines	country=NL	hq=Amstelveen	sector=airline	parent=company:air_france_klm
company:prosus	company	en=Prosus	any=Prosus	country=NL	hq=Amsterdam	sector=investment
company:naspers	company	en=Naspers	any=Naspers	country=ZA	hq=Cape Town	sector=investment
company:olx_group	company	en=OLX Group	any=OLX Group	country=NL	hq=Amsterdam	sector=ecommerce	parent=company:prosus
company:akzonobel	company	en=AkzoNobel	any=AkzoNobel|Akzo Nobel	country=NL	hq=Amsterdam	sector=chemicals
company:nn_group	company	en=NN Group	any=NN Group	country=NL	hq=The Hague	sector=insurance
company:nxp	company	en=NXP Semiconductors	any=NXP|NXP Semiconductors	country=NL	hq=Eindhoven	sector=semiconductors
company:damen	company	en=Damen Shipyards	any=Damen|Damen Shipyards	country=NL	hq=Gorinchem	sector=shipbuilding
company:vitol	company	en=Vitol	uk=Вітол	ru=Витол	any=Vitol	country=CH	hq=Geneva	sector=trading
company:gunvor	company	en=Gunvor	uk=Гунвор	ru=Гунвор	any=Gunvor	country=CH	hq=Geneva	sector=trading
company:ab_inbev	company	en=AB InBev	any=AB InBev|Anheuser-Busch InBev|Anheuser-Busch	country=BE	hq=Leuven	sector=food
company:solvay	company	en=Solvay	any=Solvay	country=BE	hq=Brussels	sector=chemicals
company:ucb	company	en=UCB	any=UCB	country=BE	hq=Brussels	sector=pharma
company:kbc	company	en=KBC Group	any=KBC|KBC Group	country=BE	hq=Brussels	sector=bank
company:proximus	company	en=Proximus	any=Proximus	country=BE	hq=Brussels	sector=telecom
company:euroclear	company	en=Euroclear	uk=Євроклір	ru=Евроклир	any=Euroclear	country=BE	hq=Brussels	sector=finance
company:swift	company	en=SWIFT{ctx}	any=SWIFT{ctx}	country=BE	hq=La Hulpe	sector=finance
company:arcelormittal	company	en=ArcelorMittal	uk=АрселорМіттал	ru=АрселорМиттал	any=ArcelorMittal	country=LU	hq=Luxembourg	sector=metals
company:ses	company	en=SES S.A.	any=SES S.A.	country=LU	hq=Betzdorf	sector=telecom

# == Switzerland, Austria ==
company:nestle	company	en=Nestlé	uk=Нестле{x}	ru=Нестле{x}	any=Nestlé|Nestle	country=CH	hq=Vevey	sector=food
company:novartis	company	en=Novartis	uk=Новартіс	ru=Новартис	any=Novartis	country=CH	hq=Basel	sector=pharma
company:roche	company	en=Roche	uk=Рош	ru=Рош	any=Roche|F. Hoffmann-La Roche	country=CH	hq=Basel	sector=pharma
company:ubs	company	en=UBS	any=UBS	country=CH	hq=Zurich	sector=bank
company:credit_suisse	company	en=Credit Suisse	uk=Креді Свісс{x}	ru=Креди Свисс{x}	any=Credit Suisse	country=CH	hq=Zurich	sector=bank
company:zurich_insurance	company	en=Zurich Insurance Group	any=Zurich Insurance|Zurich Insurance Group	country=CH	hq=Zurich	sector=insurance
company:swiss_re	company	en=Swiss Re	any=Swiss Re	country=CH	hq=Zurich	sector=insurance
company:abb	company	en=ABB	any=ABB	country=CH	hq=Zurich	sector=industrial
company:holcim	company	en=Holcim	any=Holcim	country=CH	hq=Zug	sector=construction
company:richemont	company	en=Richemont	any=Richemont	country=CH	sector=luxury
company:swatch	company	en=Swatch Group	any=Swatch Group|Swatch	country=CH	hq=Biel	sector=luxury
company:swiss_air	company	en=Swiss International Air Lines	any=Swiss International Air Lines|SWISS	country=CH	hq=Basel	sector=airline
company:stadler	company	en=Stadler Rail	any=Stadler Rail|Stadler	country=CH	hq=Bussnang	sector=rail
company:schindler	company	en=Schindler Group	any=Schindler Group	country=CH	hq=Ebikon	sector=industrial
company:logitech	company	en=Logitech	any=Logitech	country=CH	hq=Lausanne	sector=electronics
company:omv	company	en=OMV	any=OMV	country=AT	hq=Vienna	sector=oil_gas
company:raiffeisen	company	en=Raiffeisen Bank International	uk=Райффайзен	ru=Райффайзен	any=Raiffeisen Bank International|RBI|Raiffeisen	country=AT	hq=Vienna	sector=bank
company:erste	company	en=Erste Group	any=Erste Group|Erste Bank	country=AT	hq=Vienna	sector=bank
company:voestalpine	company	en=Voestalpine	any=voestalpine|Voestalpine	country=AT	hq=Linz	sector=metals
company:red_bull	company	en=Red Bull GmbH	uk=Ред Булл{x}	ru=Ред Булл{x}	any=Red Bull GmbH|Red Bull	country=AT	hq=Fuschl am See	sector=food
company:austrian_airlines	company	en=Austrian Airlines	any=Austrian Airlines	country=AT	hq=Vienna	sector=airline
company:strabag	company	en=Strabag	any=Strabag|STRABAG	country=AT	hq=Vienna	sector=construction

# == Nordics ==
company:volvo	company	en=Volvo Group	uk=Вольво{x}	ru=Вольво{x}	any=Volvo|Volvo Group|AB Volvo	country=SE	hq=Gothenburg	sector=automotive
company:scania	company	en=Scania	any=Scania	country=SE	hq=Södertälje	sector=automotive
company:ericsson	company	en=Ericsson	uk=Ерікссон	ru=Эрикссон	any=Ericsson	country=SE	hq=Stockholm	sector=telecom_equipment
company:ikea	company	en=IKEA	uk=ІКЕА{x}	ru=ИКЕА{x}	any=IKEA|Ikea	country=SE	sector=retail
company:hm	company	en=H&M	any=H&M|Hennes & Mauritz	country=SE	hq=Stockholm	sector=apparel
company:spotify	company	en=Spotify	any=Spotify	country=SE	hq=Stockholm	sector=tech
company:saab	company	en=Saab	any=Saab|Saab AB	country=SE	hq=Stockholm	sector=defense
company:electrolux	company	en=Electrolux	any=Electrolux	country=SE	hq=Stockholm	sector=appliances
company:atlas_copco	company	en=Atlas Copco	any=Atlas Copco	country=SE	hq=Nacka	sector=industrial
company:sandvik	company	en=Sandvik	any=Sandvik	country=SE	hq=Stockholm	sector=industrial
company:skf	company	en=SKF	any=SKF	country=SE	hq=Gothenburg	sector=industrial
company:vattenfall	company	en=Vattenfall	any=Vattenfall	country=SE	hq=Stockholm	sector=energy
company:northvolt	company	en=Northvolt	any=Northvolt	country=SE	hq=Stockholm	sector=batteries
company:seb	company	en=SEB	any=SEB|Skandinaviska Enskilda Banken	country=SE	hq=Stockholm	sector=bank
company:swedbank	company	en=Swedbank	any=Swedbank	country=SE	hq=Stockholm	sector=bank
company:handelsbanken	company	en=Handelsbanken	any=Handelsbanken	country=SE	hq=Stockholm	sector=bank
company:tele2	company	en=Tele2	any=Tele2	country=SE	hq=Stockholm	sector=telecom
company:telia	company	en=Telia Company	any=Telia|Telia Company	country=SE	hq=Stockholm	sector=telecom
company:sas	company	en=SAS	any=SAS|Scandinavian Airlines	country=SE	hq=Stockholm	sector=airline
company:nokia	company	en=Nokia	uk=Нокіа{x}	ru=Нокиа{x}	any=Nokia	country=FI	hq=Espoo	sector=telecom_equipment
company:fortum	company	en=Fortum	any=Fortum	country=FI	hq=Espoo	sector=energy
company:neste	company	en=Neste	any=Neste	country=FI	hq=Espoo	sector=oil_gas
company:kone	company	en=Kone	any=Kone|KONE	country=FI	hq=Espoo	sector=industrial
company:wartsila	company	en=Wärtsilä	any=Wärtsilä|Wartsila	country=FI	hq=Helsinki	sector=industrial
company:stora_enso	company	en=Stora Enso	any=Stora Enso	country=FI	hq=Helsinki	sector=paper
company:upm	company	en=UPM	any=UPM|UPM-Kymmene	country=FI	hq=Helsinki	sector=paper
company:nordea	company	en=Nordea	any=Nordea	country=FI	hq=Helsinki	sector=bank
company:finnair	company	en=Finnair	uk=Фіннейр	ru=Финнэйр	any=Finnair	country=FI	hq=Vantaa	sector=airline
company:patria	company	en=Patria{ctx}	any=Patria{ctx}|Patria Oyj	country=FI	hq=Helsinki	sector=defense
company:equinor	company	en=Equinor	uk=Еквінор	ru=Эквинор	any=Equinor|Statoil	country=NO	hq=Stavanger	sector=oil_gas
company:norsk_hydro	company	en=Norsk Hydro	any=Norsk Hydro|Hydro{ctx}	country=NO	hq=Oslo	sector=metals
company:yara	company	en=Yara International	any=Yara|Yara International	country=NO	hq=Oslo	sector=chemicals
company:telenor	company	en=Telenor	any=Telenor	country=NO	hq=Fornebu	sector=telecom
company:dnb	company	en=DNB	any=DNB|DNB ASA	country=NO	hq=Oslo	sector=bank
company:kongsberg	company	en=Kongsberg Gruppen	any=Kongsberg Gruppen|Kongsberg Defence	country=NO	hq=Kongsberg	sector=defense
company:norwegian_air	company	en=Norwegian Air Shuttle	any=Norwegian Air Shuttle|Norwegian Air	country=NO	hq=Fornebu	sector=airline
company:nbim	company	en=Norges Bank Investment Management	uk=Норвезький пенсійний фонд	ru=Норвежский пенсионный фонд|Государственный пенсионный фонд Норвегии	any=Norges Bank Investment Management|NBIM	country=NO	hq=Oslo	sector=investment
company:maersk	company	en=Maersk	uk=Маерськ	ru=Маерск	any=Maersk|A.P. Moller-Maersk|A.P. Møller-Mærsk	country=DK	hq=Copenhagen	sector=shipping
company:novo_nordisk	company	en=Novo Nordisk	any=Novo Nordisk	country=DK	hq=Bagsværd	sector=pharma
company:carlsberg	company	en=Carlsberg	uk=Карлсберг	ru=Карлсберг	any=Carlsberg	country=DK	hq=Copenhagen	sector=food
company:orsted	company	en=Ørsted	any=Ørsted|Orsted	country=DK	hq=Fredericia	sector=energy
company:vestas	company	en=Vestas	any=Vestas	country=DK	hq=Aarhus	sector=energy
company:lego	company	en=Lego	any=Lego|LEGO|The Lego Group	country=DK	hq=Billund	sector=consumer
company:danske_bank	company	en=Danske Bank	any=Danske Bank	country=DK	hq=Copenhagen	sector=bank

# == Poland ==
company:orlen	company	en=Orlen	uk=Орлен	ru=Орлен	any=Orlen|PKN Orlen|ORLEN	country=PL	hq=Płock	sector=oil_gas
company:pkobp	company	en=PKO Bank Polski	any=PKO BP|PKO Bank Polski	country=PL	hq=Warsaw	sector=bank
company:pekao	company	en=Bank Pekao	any=Bank Pekao|Pekao	country=PL	hq=Warsaw	sector=bank
company:pzu	company	en=PZU	any=PZU	country=PL	hq=Warsaw	sector=insurance
company:kghm	company	en=KGHM Polska Miedź	any=KGHM|KGHM Polska Miedź	country=PL	hq=Lubin	sector=mining
company:lot	company	en=LOT Polish Airlines	any=LOT Polish Airlines|PLL LOT|LOT{ctx}	country=PL	hq=Warsaw	sector=airline
company:pge	company	en=PGE	any=PGE|Polska Grupa Energetyczna	country=PL	hq=Warsaw	sector=energy
company:tauron	company	en=Tauron	any=Tauron	country=PL	hq=Katowice	sector=energy
company:pgnig	company	en=PGNiG	any=PGNiG	country=PL	hq=Warsaw	sector=oil_gas	parent=company:orlen
company:gaz_system	company	en=Gaz-System	uk=Газ-Систем	any=Gaz-System	country=PL	hq=Warsaw	sector=oil_gas
company:pkp	company	en=PKP	any=PKP|Polish State Railways|PKP Intercity	country=PL	hq=Warsaw	sector=rail
company:pgz	company	en=Polska Grupa Zbrojeniowa	any=Polska Grupa Zbrojeniowa|PGZ	country=PL	hq=Radom	sector=defense
company:cd_projekt	company	en=CD Projekt	any=CD Projekt	country=PL	hq=Warsaw	sector=gaming
company:allegro	company	en=Allegro{ctx}	any=Allegro{ctx}|Allegro.eu	country=PL	hq=Poznań	sector=ecommerce
company:lpp	company	en=LPP	any=LPP	country=PL	hq=Gdańsk	sector=apparel
company:biedronka	company	en=Biedronka	any=Biedronka	country=PL	hq=Kostrzyn	sector=retail
company:inpost	company	en=InPost	any=InPost	country=PL	hq=Kraków	sector=logistics
company:solaris	company	en=Solaris Bus & Coach	any=Solaris Bus & Coach|Solaris{ctx}	country=PL	hq=Bolechowo	sector=automotive
company:gpw	company	en=Warsaw Stock Exchange	uk=Варшавська фондова біржа	ru=Варшавская фондовая биржа	any=Warsaw Stock Exchange|GPW	country=PL	hq=Warsaw	sector=exchange

# == Czechia, Slovakia, Hungary, Romania, Bulgaria, Balkans, Baltics ==
company:skoda	company	en=Škoda Auto	uk=Шкода{ctx}	ru=Шкода{ctx}	any=Škoda|Skoda|Škoda Auto|Skoda Auto	country=CZ	hq=Mladá Boleslav	sector=automotive	parent=company:volkswagen
company:cez	company	en=ČEZ Group	any=ČEZ|CEZ|ČEZ Group	country=CZ	hq=Prague	sector=energy
company:csg	company	en=Czechoslovak Group	any=Czechoslovak Group|CSG	country=CZ	hq=Prague	sector=defense
company:avast	company	en=Avast	any=Avast	country=CZ	hq=Prague	sector=tech
company:ppf	company	en=PPF Group	any=PPF|PPF Group	country=CZ	hq=Prague	sector=investment
company:epg	company	en=Energetický a průmyslový holding	any=EPH|Energetický a průmyslový holding	country=CZ	hq=Prague	sector=energy
company:slovnaft	company	en=Slovnaft	any=Slovnaft	country=SK	hq=Bratislava	sector=oil_gas
company:mol_group	company	en=MOL Group	any=MOL|MOL Group	country=HU	hq=Budapest	sector=oil_gas
company:otp	company	en=OTP Bank	uk=ОТП{x}	ru=ОТП{x}	any=OTP Bank|OTP	country=HU	hq=Budapest	sector=bank
company:richter	company	en=Gedeon Richter	uk=Гедеон Ріхтер{x}	ru=Гедеон Рихтер{x}	any=Gedeon Richter	country=HU	hq=Budapest	sector=pharma
company:magyar_telekom	company	en=Magyar Telekom	any=Magyar Telekom	country=HU	hq=Budapest	sector=telecom
company:petrom	company	en=OMV Petrom	any=OMV Petrom|Petrom	country=RO	hq=Bucharest	sector=oil_gas
company:dacia	company	en=Dacia	uk=Дачія	ru=Дачия	any=Dacia	country=RO	hq=Mioveni	sector=automotive	parent=company:renault
company:romgaz	company	en=Romgaz	any=Romgaz	country=RO	hq=Medias	sector=oil_gas
company:banca_transilvania	company	en=Banca Transilvania	any=Banca Transilvania	country=RO	hq=Cluj-Napoca	sector=bank
company:bulgargaz	company	en=Bulgargaz	uk=Булгаргаз	ru=Булгаргаз	any=Bulgargaz	country=BG	hq=Sofia	sector=oil_gas
company:srbijagas	company	en=Srbijagas	uk=Сербіягаз	ru=Сербиягаз	any=Srbijagas	country=RS	hq=Novi Sad	sector=oil_gas
company:nis	company	en=NIS{ctx}	any=Naftna Industrija Srbije|NIS{ctx}	country=RS	hq=Novi Sad	sector=oil_gas	parent=company:gazpromneft
company:ina	company	en=INA{ctx}	any=INA{ctx}|INA Industrija Nafte	country=HR	hq=Zagreb	sector=oil_gas
company:moldovagaz	company	en=Moldovagaz	uk=Молдовагаз	ru=Молдовагаз	any=Moldovagaz	country=MD	hq=Chișinău	sector=oil_gas
company:airbaltic	company	en=airBaltic	any=airBaltic|AirBaltic	country=LV	hq=Riga	sector=airline
company:ignitis	company	en=Ignitis Group	any=Ignitis|Ignitis Group	country=LT	hq=Vilnius	sector=energy
company:orlen_lietuva	company	en=Orlen Lietuva	any=Orlen Lietuva	country=LT	hq=Mažeikiai	sector=oil_gas
company:eesti_energia	company	en=Eesti Energia	any=Eesti Energia|Enefit	country=EE	hq=Tallinn	sector=energy
company:bolt	company	en=Bolt{ctx}	uk=Болт{ctx}	any=Bolt Technology|Bolt{ctx}	country=EE	hq=Tallinn	sector=tech
company:wise	company	en=Wise{ctx}	any=Wise{ctx}|Wise plc	country=GB	hq=London	sector=fintech
company:revolut	company	en=Revolut	uk=Револют	ru=Револют	any=Revolut	country=GB	hq=London	sector=fintech
company:skype	company	en=Skype	uk=Скайп	ru=Скайп	any=Skype	country=US	hq=Redmond	sector=tech	parent=Q2283

# == Russia: oil, gas, energy ==
company:gazprom	company	en=Gazprom	uk=Газпром	ru=Газпром	any=Gazprom|PJSC Gazprom	country=RU	hq=Saint Petersburg	sector=oil_gas
company:gazpromneft	company	en=Gazprom Neft	uk=Газпром нафта	ru=Газпром нефть	any=Gazprom Neft	country=RU	hq=Saint Petersburg	sector=oil_gas
company:gazprombank	company	en=Gazprombank	uk=Газпромбанк	ru=Газпромбанк	any=Gazprombank	country=RU	hq=Moscow	sector=bank
company:rosneft	company	en=Rosneft	uk=Роснафта|Роснефть	ru=Роснефть	any=Rosneft	country=RU	hq=Moscow	sector=oil_gas
company:lukoil	company	en=Lukoil	uk=Лукойл|ЛУКОЙЛ{x}	ru=Лукойл|ЛУКОЙЛ{x}	any=Lukoil|LUKOIL	country=RU	hq=Moscow	sector=oil_gas
company:novatek	company	en=Novatek	uk=Новатек|НОВАТЕК{x}	ru=Новатэк|НОВАТЭК{x}	any=Novatek|NOVATEK	country=RU	hq=Moscow	sector=oil_gas
company:tatneft	company	en=Tatneft	uk=Татнафта|Татнефть	ru=Татнефть	any=Tatneft	country=RU	hq=Almetyevsk	sector=oil_gas
company:surgutneftegas	company	en=Surgutneftegas	uk=Сургутнафтогаз|Сургутнефтегаз	ru=Сургутнефтегаз	any=Surgutneftegas|Surgutneftegaz	country=RU	hq=Surgut	sector=oil_gas
company:transneft	company	en=Transneft	uk=Транснафта|Транснефть	ru=Транснефть	any=Transneft	country=RU	hq=Moscow	sector=oil_gas
company:bashneft	company	en=Bashneft	uk=Башнафта|Башнефть	ru=Башнефть	any=Bashneft	country=RU	hq=Ufa	sector=oil_gas
company:slavneft	company	en=Slavneft	uk=Славнефть	ru=Славнефть	any=Slavneft	country=RU	hq=Moscow	sector=oil_gas
company:russneft	company	en=RussNeft	uk=РуссНефть	ru=РуссНефть	any=RussNeft	country=RU	hq=Moscow	sector=oil_gas
company:zarubezhneft	company	en=Zarubezhneft	uk=Зарубежнефть	ru=Зарубежнефть	any=Zarubezhneft	country=RU	hq=Moscow	sector=oil_gas
company:sibur	company	en=Sibur	uk=Сибур|СИБУР{x}	ru=Сибур|СИБУР{x}	any=Sibur|SIBUR	country=RU	hq=Moscow	sector=chemicals
company:rosseti	company	en=Rosseti	uk=Россеті	ru=Россети	any=Rosseti	country=RU	hq=Moscow	sector=energy
company:rushydro	company	en=RusHydro	uk=РусГідро	ru=РусГидро	any=RusHydro	country=RU	hq=Moscow	sector=energy
company:interrao	company	en=Inter RAO	uk=Інтер РАО	ru=Интер РАО	any=Inter RAO	country=RU	hq=Moscow	sector=energy
company:en_plus	company	en=En+ Group	any=En+|En+ Group	country=RU	hq=Moscow	sector=energy

# == Russia: state corporations ==
company:rosatom	company	en=Rosatom	uk=Росатом	ru=Росатом|Госкорпорация Росатом	any=Rosatom	country=RU	hq=Moscow	sector=nuclear	note=state corporation
company:rostec	company	en=Rostec	uk=Ростех	ru=Ростех|Госкорпорация Ростех|Ростехнологии	any=Rostec|Rostekh	country=RU	hq=Moscow	sector=defense	note=state corporation
company:roscosmos	company	en=Roscosmos	uk=Роскосмос	ru=Роскосмос|Госкорпорация Роскосмос	any=Roscosmos	country=RU	hq=Moscow	sector=aerospace	note=state corporation
company:vebrf	company	en=VEB.RF	uk=ВЕБ.РФ{x}|Зовнішекономбанк	ru=ВЭБ.РФ{x}|ВЭБ{x}|Внешэкономбанк	any=VEB.RF|VEB|Vnesheconombank	country=RU	hq=Moscow	sector=bank	note=state corporation
company:rosnano	company	en=Rusnano	uk=Роснано{n}	ru=Роснано{n}	any=Rusnano|RUSNANO	country=RU	hq=Moscow	sector=investment
company:rostelecom	company	en=Rostelecom	uk=Ростелеком	ru=Ростелеком	any=Rostelecom	country=RU	hq=Moscow	sector=telecom
company:rzd	company	en=Russian Railways	uk=РЖД{x}|Російські залізниці	ru=РЖД{x}|Российские железные дороги	any=Russian Railways|RZD	country=RU	hq=Moscow	sector=rail
company:russianpost	company	en=Russian Post	uk=Пошта Росії	ru=Почта России	any=Russian Post	country=RU	hq=Moscow	sector=post
company:uac	company	en=United Aircraft Corporation	uk=ОАК{x}|Об'єднана авіабудівна корпорація	ru=ОАК{x}|Объединенная авиастроительная корпорация|Объединённая авиастроительная корпорация	any=United Aircraft Corporation|UAC	country=RU	hq=Moscow	sector=aerospace
company:usc	company	en=United Shipbuilding Corporation	uk=ОСК{x}|Об'єднана суднобудівна корпорація	ru=ОСК{x}|Объединенная судостроительная корпорация|Объединённая судостроительная корпорация	any=United Shipbuilding Corporation	country=RU	hq=Saint Petersburg	sector=shipbuilding
company:almaz_antey	company	en=Almaz-Antey	uk=Алмаз-Антей	ru=Алмаз-Антей	any=Almaz-Antey	country=RU	hq=Moscow	sector=defense
company:uralvagonzavod	company	en=Uralvagonzavod	uk=Уралвагонзавод	ru=Уралвагонзавод	any=Uralvagonzavod	country=RU	hq=Nizhny Tagil	sector=defense
company:kalashnikov	company	en=Kalashnikov Concern	uk=концерн Калашников	ru=концерн Калашников|Концерн Калашников	any=Kalashnikov Concern	country=RU	hq=Izhevsk	sector=defense
company:rosoboronexport	company	en=Rosoboronexport	uk=Рособоронекспорт	ru=Рособоронэкспорт	any=Rosoboronexport	country=RU	hq=Moscow	sector=defense
company:tactical_missiles	company	en=Tactical Missiles Corporation	uk=Корпорація Тактичне ракетне озброєння	ru=Корпорация Тактическое ракетное вооружение|КТРВ{x}	any=Tactical Missiles Corporation	country=RU	hq=Korolyov	sector=defense
company:sukhoi	company	en=Sukhoi	uk=Сухой|компанія Сухий	ru=компания Сухой	any=Sukhoi	country=RU	hq=Moscow	sector=aerospace
company:russian_helicopters	company	en=Russian Helicopters	uk=Вертольоти Росії	ru=Вертолеты России|Вертолёты России	any=Russian Helicopters	country=RU	hq=Moscow	sector=aerospace
company:aeroflot	company	en=Aeroflot	uk=Аерофлот	ru=Аэрофлот	any=Aeroflot	country=RU	hq=Moscow	sector=airline
company:s7	company	en=S7 Airlines	ru=авиакомпания Сибирь	any=S7|S7 Airlines|Siberia Airlines	country=RU	hq=Novosibirsk	sector=airline
company:pobeda	company	en=Pobeda	uk=лоукостер Победа|авіакомпанія Перемога	ru=авиакомпания Победа|лоукостер Победа	any=Pobeda	country=RU	hq=Moscow	sector=airline
company:uralairlines	company	en=Ural Airlines	uk=Уральські авіалінії	ru=Уральские авиалинии	any=Ural Airlines	country=RU	hq=Yekaterinburg	sector=airline
company:utair	company	en=UTair	uk=ЮТейр	ru=Ютэйр|ЮТэйр	any=UTair|Utair	country=RU	hq=Surgut	sector=airline
company:sovcomflot	company	en=Sovcomflot	uk=Совкомфлот	ru=Совкомфлот	any=Sovcomflot	country=RU	hq=Saint Petersburg	sector=shipping
company:fesco	company	en=FESCO	uk=ФЕСКО{x}|Далекосхідна морська пароплавна компанія	ru=ФЕСКО{x}|Дальневосточное морское пароходство	any=FESCO	country=RU	hq=Moscow	sector=shipping

# == Russia: banks, finance ==
company:sberbank	company	en=Sberbank	uk=Сбербанк|Ощадбанк Росії|Сбер	ru=Сбербанк|Сбер	any=Sberbank|Sber	country=RU	hq=Moscow	sector=bank
company:vtb	company	en=VTB	uk=ВТБ{x}	ru=ВТБ{x}	any=VTB|VTB Bank	country=RU	hq=Moscow	sector=bank
company:alfabank	company	en=Alfa-Bank	uk=Альфа-Банк|Альфа-банк	ru=Альфа-Банк|Альфа-банк	any=Alfa-Bank|Alfa Bank	country=RU	hq=Moscow	sector=bank
company:alfagroup	company	en=Alfa Group	uk=Альфа-Груп	ru=Альфа-Групп	any=Alfa Group|Alfa Group Consortium	country=RU	hq=Moscow	sector=holding
company:tinkoff	company	en=T-Bank	uk=Тінькофф|Т-Банк	ru=Тинькофф|Тинькофф Банк|Т-Банк	any=T-Bank|Tinkoff|Tinkoff Bank	country=RU	hq=Moscow	sector=bank
company:rosselkhozbank	company	en=Rosselkhozbank	uk=Россільгоспбанк	ru=Россельхозбанк	any=Rosselkhozbank	country=RU	hq=Moscow	sector=bank
company:otkritie	company	en=Otkritie	uk=банк Відкриття	ru=банк Открытие|Открытие{ctx}	any=Otkritie|Otkritie Bank	country=RU	hq=Moscow	sector=bank
company:sovcombank	company	en=Sovcombank	uk=Совкомбанк	ru=Совкомбанк	any=Sovcombank	country=RU	hq=Moscow	sector=bank
company:promsvyazbank	company	en=Promsvyazbank	uk=Промсвязьбанк|ПСБ{x}	ru=Промсвязьбанк|ПСБ{x}	any=Promsvyazbank|PSB	country=RU	hq=Moscow	sector=bank
company:mkb	company	en=Credit Bank of Moscow	uk=Московський кредитний банк	ru=Московский кредитный банк|МКБ{x}	any=Credit Bank of Moscow	country=RU	hq=Moscow	sector=bank
company:raiffeisen_ru	company	en=Raiffeisenbank Russia	ru=Райффайзенбанк	any=Raiffeisenbank Russia	country=RU	hq=Moscow	sector=bank
company:bank_rossiya	company	en=Bank Rossiya	uk=банк Росія	ru=банк Россия|банк «Россия»	any=Bank Rossiya	country=RU	hq=Saint Petersburg	sector=bank
company:mir_payment	company	en=Mir{ctx}	uk=платіжна система Мир	ru=платежная система Мир|карта Мир	any=Mir{ctx}|Mir payment system	country=RU	hq=Moscow	sector=payments
company:moex	company	en=Moscow Exchange	uk=Московська біржа|Мосбіржа	ru=Московская биржа|Мосбиржа	any=Moscow Exchange|MOEX	country=RU	hq=Moscow	sector=exchange
company:spb_exchange	company	en=SPB Exchange	uk=Санкт-Петербурзька біржа	ru=СПБ Биржа|Санкт-Петербургская биржа	any=SPB Exchange	country=RU	hq=Saint Petersburg	sector=exchange
company:rdif	company	en=Russian Direct Investment Fund	uk=РФПІ{x}|Російський фонд прямих інвестицій	ru=РФПИ{x}|Российский фонд прямых инвестиций	any=Russian Direct Investment Fund|RDIF	country=RU	hq=Moscow	sector=investment
company:sistema	company	en=Sistema	uk=АФК Система	ru=АФК Система	any=AFK Sistema|Sistema	country=RU	hq=Moscow	sector=holding

# == Russia: metals, mining ==
company:nornickel	company	en=Nornickel	uk=Норнікель|Норильський нікель	ru=Норникель|Норильский никель	any=Nornickel|Norilsk Nickel	country=RU	hq=Moscow	sector=mining
company:severstal	company	en=Severstal	uk=Северсталь	ru=Северсталь	any=Severstal	country=RU	hq=Cherepovets	sector=metals
company:nlmk	company	en=NLMK	uk=НЛМК{x}|Новолипецький металургійний комбінат	ru=НЛМК{x}|Новолипецкий металлургический комбинат	any=NLMK|Novolipetsk Steel	country=RU	hq=Lipetsk	sector=metals
company:mmk	company	en=Magnitogorsk Iron and Steel Works	uk=ММК{x}|Магнітогорський металургійний комбінат	ru=ММК{x}|Магнитогорский металлургический комбинат	any=MMK|Magnitogorsk Iron and Steel Works	country=RU	hq=Magnitogorsk	sector=metals
company:evraz	company	en=Evraz	uk=Евраз|ЄВРАЗ{x}	ru=Евраз|ЕВРАЗ{x}	any=Evraz|EVRAZ	country=RU	hq=Moscow	sector=metals
company:mechel	company	en=Mechel	uk=Мечел	ru=Мечел	any=Mechel	country=RU	hq=Moscow	sector=metals
company:metalloinvest	company	en=Metalloinvest	uk=Металоінвест	ru=Металлоинвест	any=Metalloinvest	country=RU	hq=Moscow	sector=metals
company:tmk	company	en=TMK	uk=ТМК{x}|Трубна металургійна компанія	ru=ТМК{x}|Трубная металлургическая компания	any=TMK|Pipe Metallurgical Company	country=RU	hq=Moscow	sector=metals
company:rusal	company	en=Rusal	uk=Русал|РУСАЛ{x}	ru=Русал|РУСАЛ{x}	any=Rusal|RUSAL|UC Rusal	country=RU	hq=Moscow	sector=metals
company:alrosa	company	en=Alrosa	uk=Алроса|АЛРОСА{x}	ru=Алроса|АЛРОСА{x}	any=Alrosa|ALROSA	country=RU	hq=Mirny	sector=mining
company:polyus	company	en=Polyus	uk=Полюс{ctx}	ru=Полюс{ctx}	any=Polyus	country=RU	hq=Moscow	sector=mining
company:polymetal	company	en=Polymetal	uk=Поліметал	ru=Полиметалл	any=Polymetal	country=RU	hq=Saint Petersburg	sector=mining
company:phosagro	company	en=PhosAgro	uk=ФосАгро	ru=ФосАгро	any=PhosAgro	country=RU	hq=Moscow	sector=chemicals
company:uralkali	company	en=Uralkali	uk=Уралкалій	ru=Уралкалий	any=Uralkali	country=RU	hq=Berezniki	sector=chemicals
company:eurochem	company	en=EuroChem	uk=Єврохім	ru=Еврохим	any=EuroChem	country=CH	hq=Zug	sector=chemicals
company:acron	company	en=Acron	uk=Акрон{ctx}	ru=Акрон{ctx}	any=Acron	country=RU	hq=Veliky Novgorod	sector=chemicals
company:suek	company	en=SUEK	uk=СУЕК{x}	ru=СУЭК{x}|Сибирская угольная энергетическая компания	any=SUEK|Siberian Coal Energy Company	country=RU	hq=Moscow	sector=mining
company:ummc	company	en=UMMC	uk=УГМК{x}	ru=УГМК{x}|Уральская горно-металлургическая компания	any=UMMC|Ural Mining and Metallurgical Company	country=RU	hq=Verkhnyaya Pyshma	sector=metals

# == Russia: retail, consumer ==
company:magnit	company	en=Magnit	uk=Магніт{ctx}	ru=Магнит{ctx}	any=Magnit	country=RU	hq=Krasnodar	sector=retail
company:x5	company	en=X5 Group	uk=Ікс 5	ru=Икс 5	any=X5 Group|X5 Retail Group|X5	country=RU	hq=Moscow	sector=retail
company:pyaterochka	company	en=Pyaterochka	uk=П'ятірочка	ru=Пятерочка|Пятёрочка	any=Pyaterochka	country=RU	hq=Moscow	sector=retail	parent=company:x5
company:perekrestok	company	en=Perekrestok	ru=Перекресток{ctx}|Перекрёсток{ctx}	any=Perekrestok	country=RU	hq=Moscow	sector=retail	parent=company:x5
company:lenta	company	en=Lenta	uk=Лента{ctx}	ru=Лента{ctx}	any=Lenta	country=RU	hq=Saint Petersburg	sector=retail
company:dixy	company	en=Dixy	uk=Дікси	ru=Дикси	any=Dixy	country=RU	hq=Moscow	sector=retail
company:vkusvill	company	en=VkusVill	uk=ВкусВилл	ru=ВкусВилл	any=VkusVill	country=RU	hq=Moscow	sector=retail
company:mvideo	company	en=M.Video	uk=М.Відео	ru=М.Видео|М.Видео-Эльдорадо	any=M.Video|M.Video-Eldorado	country=RU	hq=Moscow	sector=retail
company:detsky_mir	company	en=Detsky Mir	uk=Дитячий світ	ru=Детский мир	any=Detsky Mir	country=RU	hq=Moscow	sector=retail
company:wildberries	company	en=Wildberries	uk=Вайлдберріз	ru=Вайлдберриз	any=Wildberries|RWB	country=RU	hq=Moscow	sector=ecommerce
company:ozon	company	en=Ozon	uk=Озон{ctx}	ru=Озон{ctx}	any=Ozon	country=RU	hq=Moscow	sector=ecommerce
company:avito	company	en=Avito	uk=Авіто{x}	ru=Авито{x}	any=Avito	country=RU	hq=Moscow	sector=ecommerce

# == Russia: tech, telecom, media ==
company:yandex	company	en=Yandex	uk=Яндекс	ru=Яндекс	any=Yandex	country=RU	hq=Moscow	sector=tech
company:vk	company	en=VK	uk=ВКонтакте|ВК{x}	ru=ВКонтакте|ВК{x}	any=VK|VKontakte|Mail.ru Group	country=RU	hq=Moscow	sector=tech
company:kaspersky	company	en=Kaspersky Lab	uk=Лабораторія Касперського	ru=Лаборатория Касперского	any=Kaspersky|Kaspersky Lab	country=RU	hq=Moscow	sector=tech
company:mts	company	en=MTS	uk=МТС{x}	ru=МТС{x}|Мобильные ТелеСистемы	any=MTS|Mobile TeleSystems	country=RU	hq=Moscow	sector=telecom
company:megafon	company	en=MegaFon	uk=Мегафон{ctx}	ru=МегаФон|Мегафон{ctx}	any=MegaFon|Megafon	country=RU	hq=Moscow	sector=telecom
company:beeline	company	en=Beeline	uk=Білайн	ru=Билайн	any=Beeline	country=RU	hq=Moscow	sector=telecom
company:veon	company	en=VEON	uk=ВЕОН{x}|Вимпелком	ru=ВымпелКом|Вымпелком|ВЕОН{x}	any=VEON|VimpelCom	country=NL	hq=Amsterdam	sector=telecom
company:tele2_ru	company	en=Tele2 Russia	ru=Теле2	any=Tele2 Russia	country=RU	hq=Moscow	sector=telecom
company:gazprom_media	company	en=Gazprom-Media	uk=Газпром-медіа	ru=Газпром-Медиа|Газпром-медиа	any=Gazprom-Media	country=RU	hq=Moscow	sector=media
company:nmg	company	en=National Media Group	uk=Національна медіа група	ru=Национальная медиа группа|НМГ{x}	any=National Media Group	country=RU	hq=Moscow	sector=media

# == Russia: auto, industry ==
company:avtovaz	company	en=AvtoVAZ	uk=АвтоВАЗ	ru=АвтоВАЗ	any=AvtoVAZ|AVTOVAZ	country=RU	hq=Tolyatti	sector=automotive
company:kamaz	company	en=KAMAZ	uk=КамАЗ|КАМАЗ{x}	ru=КамАЗ|КАМАЗ{x}	any=KAMAZ|Kamaz	country=RU	hq=Naberezhnye Chelny	sector=automotive
company:gaz_group	company	en=GAZ Group	uk=Група ГАЗ	ru=Группа ГАЗ|Горьковский автомобильный завод	any=GAZ Group	country=RU	hq=Nizhny Novgorod	sector=automotive
company:sollers	company	en=Sollers	uk=Соллерс	ru=Соллерс	any=Sollers	country=RU	hq=Moscow	sector=automotive
company:transmashholding	company	en=Transmashholding	uk=Трансмашхолдинг	ru=Трансмашхолдинг	any=Transmashholding|TMH	country=RU	hq=Moscow	sector=rail
company:silovye_mashiny	company	en=Power Machines	uk=Силові машини	ru=Силовые машины	any=Power Machines	country=RU	hq=Saint Petersburg	sector=engineering
company:pik	company	en=PIK Group	uk=ПІК{x}	ru=ГК ПИК{x}|ПИК{x}	any=PIK Group|PIK	country=RU	hq=Moscow	sector=construction
company:samolet	company	en=Samolet Group	ru=ГК Самолет|группа Самолет	any=Samolet Group	country=RU	hq=Moscow	sector=construction
company:cherkizovo	company	en=Cherkizovo	uk=Черкізово	ru=Черкизово{x}	any=Cherkizovo	country=RU	hq=Moscow	sector=food
company:miratorg	company	en=Miratorg	uk=Мираторг	ru=Мираторг	any=Miratorg	country=RU	hq=Moscow	sector=food
company:sinara	company	en=Sinara Group	uk=Синара	ru=Синара|Группа Синара	any=Sinara Group|Sinara	country=RU	hq=Yekaterinburg	sector=holding
company:uralmash	company	en=Uralmash	uk=Уралмаш	ru=Уралмаш	any=Uralmash	country=RU	hq=Yekaterinburg	sector=engineering
company:ruselectronics	company	en=Ruselectronics	uk=Роселектроніка	ru=Росэлектроника	any=Ruselectronics	country=RU	hq=Moscow	sector=electronics

# == Belarus, Kazakhstan, other CIS/Caucasus ==
company:belaruskali	company	en=Belaruskali	uk=Білоруськалій	ru=Беларуськалий	any=Belaruskali	country=BY	hq=Salihorsk	sector=chemicals
company:belaz	company	en=BelAZ	uk=БелАЗ	ru=БелАЗ	any=BelAZ	country=BY	hq=Zhodzina	sector=automotive
company:maz	company	en=MAZ	uk=МАЗ{x}|Мінський автомобільний завод	ru=МАЗ{x}|Минский автомобильный завод	any=MAZ|Minsk Automobile Plant	country=BY	hq=Minsk	sector=automotive
company:belavia	company	en=Belavia	uk=Белавіа{x}	ru=Белавиа{x}	any=Belavia	country=BY	hq=Minsk	sector=airline
company:kazmunaygas	company	en=KazMunayGas	uk=Казмунайгаз	ru=КазМунайГаз|Казмунайгаз	any=KazMunayGas	country=KZ	hq=Astana	sector=oil_gas
company:kazatomprom	company	en=Kazatomprom	uk=Казатомпром	ru=Казатомпром	any=Kazatomprom	country=KZ	hq=Astana	sector=nuclear
company:samruk_kazyna	company	en=Samruk-Kazyna	uk=Самрук-Казина	ru=Самрук-Казына	any=Samruk-Kazyna	country=KZ	hq=Astana	sector=investment
company:air_astana	company	en=Air Astana	uk=Ейр Астана	ru=Эйр Астана	any=Air Astana	country=KZ	hq=Almaty	sector=airline
company:halyk	company	en=Halyk Bank	uk=Халик Банк	ru=Халык Банк	any=Halyk Bank	country=KZ	hq=Almaty	sector=bank
company:kaspi	company	en=Kaspi.kz	uk=Каспі	ru=Каспи	any=Kaspi.kz|Kaspi	country=KZ	hq=Almaty	sector=fintech
company:socar	company	en=SOCAR	any=SOCAR|State Oil Company of Azerbaijan Republic	country=AZ	hq=Baku	sector=oil_gas
company:azal	company	en=Azerbaijan Airlines	any=AZAL|Azerbaijan Airlines	country=AZ	hq=Baku	sector=airline
company:uzbekistan_airways	company	en=Uzbekistan Airways	any=Uzbekistan Airways	country=UZ	hq=Tashkent	sector=airline

# == Ukraine: energy, oil & gas ==
company:naftogaz	company	en=Naftogaz	uk=Нафтогаз|Нафтогаз України	ru=Нафтогаз|Нафтогаз Украины	any=Naftogaz|Naftogaz of Ukraine|NJSC Naftogaz	country=UA	hq=Kyiv	sector=oil_gas
company:ukrnafta	company	en=Ukrnafta	uk=Укрнафта	ru=Укрнафта	any=Ukrnafta	country=UA	hq=Kyiv	sector=oil_gas
company:ukrgasvydobuvannya	company	en=Ukrgasvydobuvannya	uk=Укргазвидобування	ru=Укргаздобыча	any=Ukrgasvydobuvannya	country=UA	hq=Kyiv	sector=oil_gas
company:ukrtransgaz	company	en=Ukrtransgaz	uk=Укртрансгаз	ru=Укртрансгаз	any=Ukrtransgaz	country=UA	hq=Kyiv	sector=oil_gas
company:gtsou	company	en=Gas Transmission System Operator of Ukraine	uk=Оператор ГТС України|Оператор газотранспортної системи України|ОГТСУ{x}	ru=Оператор ГТС Украины|Оператор газотранспортной системы Украины	any=Gas Transmission System Operator of Ukraine|GTSOU|GTSO of Ukraine	country=UA	hq=Kyiv	sector=oil_gas
company:ukrtransnafta	company	en=Ukrtransnafta	uk=Укртранснафта	ru=Укртранснафта	any=Ukrtransnafta	country=UA	hq=Kyiv	sector=oil_gas
company:energoatom	company	en=Energoatom	uk=Енергоатом|НАЕК Енергоатом	ru=Энергоатом|НАЭК Энергоатом	any=Energoatom	country=UA	hq=Kyiv	sector=energy
company:ukrenergo	company	en=Ukrenergo	uk=Укренерго{n}	ru=Укрэнерго{n}	any=Ukrenergo	country=UA	hq=Kyiv	sector=energy
company:ukrhydroenergo	company	en=Ukrhydroenergo	uk=Укргідроенерго{n}	ru=Укргидроэнерго{n}	any=Ukrhydroenergo	country=UA	hq=Vyshhorod	sector=energy
company:centrenergo	company	en=Centrenergo	uk=Центренерго{n}	ru=Центрэнерго{n}	any=Centrenergo	country=UA	hq=Kyiv	sector=energy
company:dtek	company	en=DTEK	uk=ДТЕК{x}	ru=ДТЭК{x}	any=DTEK	country=UA	hq=Kyiv	sector=energy
company:yasno	company	en=Yasno	uk=Ясно{ctx}	any=Yasno|YASNO	country=UA	hq=Kyiv	sector=energy	note=energy supply brand of DTEK
company:kyivteploenergo	company	en=Kyivteploenergo	uk=Київтеплоенерго{n}	ru=Киевтеплоэнерго{n}	any=Kyivteploenergo	country=UA	hq=Kyiv	sector=energy
company:okko	company	en=OKKO	uk=ОККО{x}	ru=ОККО{x}	any=OKKO	country=UA	hq=Lviv	sector=retail_fuel
company:wog	company	en=WOG	any=WOG	country=UA	hq=Kyiv	sector=retail_fuel
company:ukrgazbank	company	en=Ukrgasbank	uk=Укргазбанк	ru=Укргазбанк	any=Ukrgasbank	country=UA	hq=Kyiv	sector=bank
company:burisma	company	en=Burisma	uk=Бурісма	ru=Бурисма	any=Burisma|Burisma Holdings	country=UA	hq=Kyiv	sector=oil_gas

# == Ukraine: transport, post, logistics ==
company:ukrzaliznytsia	company	en=Ukrzaliznytsia	uk=Укрзалізниця|УЗ{x}	ru=Укрзализныця|Укрзализница	any=Ukrzaliznytsia|Ukrainian Railways	country=UA	hq=Kyiv	sector=rail
company:ukrposhta	company	en=Ukrposhta	uk=Укрпошта	ru=Укрпочта	any=Ukrposhta	country=UA	hq=Kyiv	sector=post
company:novaposhta	company	en=Nova Poshta	uk=Нова пошта	ru=Новая почта|Нова пошта{x}	any=Nova Poshta|Nova Post	country=UA	hq=Kyiv	sector=logistics
company:meest	company	en=Meest	uk=Міст Експрес	any=Meest|Meest Express	country=UA	hq=Lviv	sector=logistics
company:uia	company	en=Ukraine International Airlines	uk=МАУ{x}|Міжнародні авіалінії України	ru=МАУ{x}|Международные авиалинии Украины	any=Ukraine International Airlines|UIA	country=UA	hq=Kyiv	sector=airline
company:skyup	company	en=SkyUp	uk=СкайАп	any=SkyUp|SkyUp Airlines	country=UA	hq=Kyiv	sector=airline
company:boryspil_airport	company	en=Boryspil International Airport	uk=аеропорт Бориспіль|Міжнародний аеропорт Бориспіль|Міжнародний аеропорт «Бориспіль»|ДП «Міжнародний аеропорт «Бориспіль»|аеропорт «Бориспіль»	ru=аэропорт Борисполь|Международный аэропорт «Борисполь»|аэропорт «Борисполь»|Международный аэропорт Борисполь	any=Boryspil International Airport|Boryspil Airport|KBP	country=UA	hq=Boryspil	sector=airport
company:ukrtelecom	company	en=Ukrtelecom	uk=Укртелеком	ru=Укртелеком	any=Ukrtelecom	country=UA	hq=Kyiv	sector=telecom
company:kyivstar	company	en=Kyivstar	uk=Київстар	ru=Киевстар	any=Kyivstar	country=UA	hq=Kyiv	sector=telecom
company:vodafone_ua	company	en=Vodafone Ukraine	uk=Водафон Україна	ru=Водафон Украина	any=Vodafone Ukraine|Vodafone Україна	country=UA	hq=Kyiv	sector=telecom
company:lifecell	company	en=lifecell	uk=лайфселл	any=lifecell	country=UA	hq=Kyiv	sector=telecom
company:datagroup	company	en=Datagroup	uk=Датагруп	any=Datagroup|Datagroup-Volia	country=UA	hq=Kyiv	sector=telecom

# == Ukraine: banks, finance ==
company:privatbank	company	en=PrivatBank	uk=ПриватБанк|Приватбанк	ru=ПриватБанк|Приватбанк	any=PrivatBank|Privatbank	country=UA	hq=Kyiv	sector=bank
company:oschadbank	company	en=Oschadbank	uk=Ощадбанк	ru=Ощадбанк	any=Oschadbank	country=UA	hq=Kyiv	sector=bank
company:ukreximbank	company	en=Ukreximbank	uk=Укрексімбанк	ru=Укрэксимбанк	any=Ukreximbank	country=UA	hq=Kyiv	sector=bank
company:raiffeisen_ua	company	en=Raiffeisen Bank Ukraine	uk=Райффайзен Банк	ru=Райффайзен Банк Украина	any=Raiffeisen Bank Ukraine	country=UA	hq=Kyiv	sector=bank
company:monobank	company	en=monobank	uk=монобанк	ru=монобанк	any=monobank|Monobank	country=UA	hq=Kyiv	sector=bank	note=brand of Universal Bank
company:universalbank	company	en=Universal Bank	uk=Універсал Банк	ru=Универсал Банк	any=Universal Bank	country=UA	hq=Kyiv	sector=bank
company:pumb	company	en=PUMB	uk=ПУМБ{x}|Перший український міжнародний банк	ru=ПУМБ{x}	any=PUMB|First Ukrainian International Bank	country=UA	hq=Kyiv	sector=bank
company:sensebank	company	en=Sense Bank	uk=Сенс Банк	ru=Сенс Банк	any=Sense Bank|Alfa-Bank Ukraine	country=UA	hq=Kyiv	sector=bank
company:otp_ua	company	en=OTP Bank Ukraine	uk=ОТП Банк	ru=ОТП Банк	any=OTP Bank Ukraine	country=UA	hq=Kyiv	sector=bank
company:aval	company	en=Raiffeisen Bank Aval	uk=Райффайзен Банк Аваль|банк Аваль	ru=Райффайзен Банк Аваль	any=Raiffeisen Bank Aval	country=UA	hq=Kyiv	sector=bank
company:creditagricole_ua	company	en=Credit Agricole Ukraine	uk=Креді Агріколь Банк	any=Credit Agricole Ukraine	country=UA	hq=Kyiv	sector=bank
company:abank	company	en=A-Bank	uk=А-Банк	any=A-Bank	country=UA	hq=Dnipro	sector=bank
company:izibank	company	en=izibank	any=izibank	country=UA	hq=Kyiv	sector=bank	note=brand
company:pivdennyi	company	en=Pivdennyi Bank	uk=банк Південний	any=Pivdennyi Bank	country=UA	hq=Odesa	sector=bank
company:ukrsibbank	company	en=UkrSibbank	uk=УкрСиббанк	ru=УкрСиббанк	any=UkrSibbank|UkrSibbank BNP Paribas Group	country=UA	hq=Kyiv	sector=bank
company:pfts	company	en=PFTS Stock Exchange	uk=ПФТС{x}	ru=ПФТС{x}	any=PFTS Stock Exchange|PFTS	country=UA	hq=Kyiv	sector=exchange

# == Ukraine: metals, mining, industry ==
company:metinvest	company	en=Metinvest	uk=Метінвест	ru=Метинвест	any=Metinvest	country=UA	hq=Kyiv	sector=metals
company:scm	company	en=SCM{ctx}	uk=СКМ{x}|Систем Кепітал Менеджмент	ru=СКМ{x}	any=SCM{ctx}|System Capital Management	country=UA	hq=Donetsk	sector=holding
company:arcelormittal_kryvyirih	company	en=ArcelorMittal Kryvyi Rih	uk=АрселорМіттал Кривий Ріг	ru=АрселорМиттал Кривой Рог	any=ArcelorMittal Kryvyi Rih	country=UA	hq=Kryvyi Rih	sector=metals
company:azovstal	company	en=Azovstal	uk=Азовсталь	ru=Азовсталь	any=Azovstal	country=UA	hq=Mariupol	sector=metals
company:ilyich_steel	company	en=Ilyich Iron and Steel Works	uk=ММК імені Ілліча|Маріупольський металургійний комбінат імені Ілліча	ru=ММК имени Ильича	any=Ilyich Iron and Steel Works	country=UA	hq=Mariupol	sector=metals
company:zaporizhstal	company	en=Zaporizhstal	uk=Запоріжсталь	ru=Запорожсталь	any=Zaporizhstal	country=UA	hq=Zaporizhzhia	sector=metals
company:dniprospetsstal	company	en=Dniprospetsstal	uk=Дніпроспецсталь	ru=Днепроспецсталь	any=Dniprospetsstal	country=UA	hq=Zaporizhzhia	sector=metals
company:interpipe	company	en=Interpipe	uk=Інтерпайп	ru=Интерпайп	any=Interpipe	country=UA	hq=Dnipro	sector=metals
company:ferrexpo	company	en=Ferrexpo	uk=Феррекспо{x}	ru=Феррэкспо{x}	any=Ferrexpo	country=UA	hq=Horishni Plavni	sector=mining
company:zaporizhzhia_ferroalloy	company	en=Zaporizhzhia Ferroalloy Plant	uk=Запорізький завод феросплавів	any=Zaporizhzhia Ferroalloy Plant	country=UA	hq=Zaporizhzhia	sector=metals
company:turboatom	company	en=Turboatom	uk=Турбоатом	ru=Турбоатом	any=Turboatom	country=UA	hq=Kharkiv	sector=engineering
company:ukroboronprom	company	en=Ukroboronprom	uk=Укроборонпром	ru=Укроборонпром	any=Ukroboronprom|UkrOboronProm	country=UA	hq=Kyiv	sector=defense	note=state concern, renamed Ukrainian Defense Industry (JSC)
company:ukr_defense_industry	company	en=Ukrainian Defense Industry	uk=Українська оборонна промисловість|АТ Українська оборонна промисловість	any=Ukrainian Defense Industry	country=UA	hq=Kyiv	sector=defense
company:antonov	company	en=Antonov	uk=Антонов{ctx}|ДП Антонов|АНТОНОВ{x}	ru=Антонов{ctx}	any=Antonov|Antonov Company|ANTONOV	country=UA	hq=Kyiv	sector=aerospace
company:antonov_airlines	company	en=Antonov Airlines	uk=Авіалінії Антонова	any=Antonov Airlines	country=UA	hq=Kyiv	sector=airline
company:motorsich	company	en=Motor Sich	uk=Мотор Січ	ru=Мотор Сич	any=Motor Sich	country=UA	hq=Zaporizhzhia	sector=aerospace
company:ivchenko_progress	company	en=Ivchenko-Progress	uk=Івченко-Прогрес	ru=Ивченко-Прогресс	any=Ivchenko-Progress	country=UA	hq=Zaporizhzhia	sector=aerospace
company:pivdenmash	company	en=Pivdenmash	uk=Південмаш|Південний машинобудівний завод	ru=Южмаш	any=Pivdenmash|Yuzhmash	country=UA	hq=Dnipro	sector=aerospace
company:pivdenne_kb	company	en=Yuzhnoye Design Office	uk=КБ Південне|Конструкторське бюро Південне	ru=КБ Южное	any=Yuzhnoye|Yuzhnoye Design Office	country=UA	hq=Dnipro	sector=aerospace
company:malyshev	company	en=Malyshev Factory	uk=завод імені Малишева	ru=завод имени Малышева	any=Malyshev Factory	country=UA	hq=Kharkiv	sector=defense
company:artem_kyiv	company	en=Artem{ctx}	uk=ДАХК Артем	any=Artem{ctx}	country=UA	hq=Kyiv	sector=defense
company:kuznya	company	en=Kuznya na Rybalskomu	uk=Кузня на Рибальському	ru=Кузня на Рыбальском	any=Kuznya na Rybalskomu	country=UA	hq=Kyiv	sector=shipbuilding
company:bogdan	company	en=Bogdan Motors	uk=Богдан Моторс{x}	ru=Богдан Моторс{x}	any=Bogdan Motors	country=UA	hq=Kyiv	sector=automotive
company:zaz	company	en=ZAZ	uk=ЗАЗ{x}|Запорізький автомобільний завод	ru=ЗАЗ{x}|Запорожский автомобильный завод	any=ZAZ	country=UA	hq=Zaporizhzhia	sector=automotive
company:kraz	company	en=KrAZ	uk=КрАЗ|АвтоКрАЗ	ru=КрАЗ|АвтоКрАЗ	any=KrAZ|AutoKrAZ	country=UA	hq=Kremenchuk	sector=automotive
company:eurocar	company	en=Eurocar	uk=Єврокар	any=Eurocar	country=UA	hq=Solomonovo	sector=automotive

# == Ukraine: agro, food ==
company:mhp	company	en=MHP	uk=МХП{x}|Миронівський хлібопродукт	ru=МХП{x}|Мироновский хлебопродукт	any=MHP|Myronivsky Hliboproduct	country=UA	hq=Kyiv	sector=agro
company:kernel	company	en=Kernel	uk=Кернел	ru=Кернел	any=Kernel|Kernel Holding	country=UA	hq=Kyiv	sector=agro
company:astarta	company	en=Astarta	uk=Астарта{ctx}	ru=Астарта{ctx}	any=Astarta|Astarta-Kyiv	country=UA	hq=Kyiv	sector=agro
company:nibulon	company	en=Nibulon	uk=Нібулон	ru=Нибулон	any=Nibulon	country=UA	hq=Mykolaiv	sector=agro
company:ukrlandfarming	company	en=Ukrlandfarming	uk=Укрлендфармінг	ru=Укрлэндфарминг	any=Ukrlandfarming	country=UA	hq=Kyiv	sector=agro
company:agroprosperis	company	en=Agroprosperis	uk=Агропросперіс	any=Agroprosperis	country=UA	hq=Kyiv	sector=agro
company:ovostar	company	en=Ovostar Union	uk=Овостар	any=Ovostar|Ovostar Union	country=UA	hq=Kyiv	sector=agro
company:roshen	company	en=Roshen	uk=Рошен	ru=Рошен	any=Roshen	country=UA	hq=Kyiv	sector=food
company:obolon	company	en=Obolon	uk=Оболонь{ctx}	ru=Оболонь{ctx}	any=Obolon	country=UA	hq=Kyiv	sector=food	note=ambiguous with the Kyiv district
company:nemiroff	company	en=Nemiroff	uk=Немірофф	ru=Немирофф	any=Nemiroff	country=UA	hq=Nemyriv	sector=food
company:khortytsia	company	en=Khortytsia	any=Khortytsa|Khortytsia	country=UA	hq=Zaporizhzhia	sector=food
company:konti	company	en=Konti	uk=Конті	ru=Конти	any=Konti	country=UA	hq=Kostyantynivka	sector=food
company:svitoch	company	en=Svitoch	uk=Світоч	ru=Свиточ	any=Svitoch	country=UA	hq=Lviv	sector=food
company:vitmark	company	en=Vitmark-Ukraine	uk=Вітмарк-Україна	any=Vitmark-Ukraine|Vitmark	country=UA	hq=Odesa	sector=food

# == Ukraine: pharma ==
company:darnitsa	company	en=Darnitsa	uk=Дарниця{ctx}|фармацевтична компанія Дарниця	ru=Дарница{ctx}	any=Darnitsa	country=UA	hq=Kyiv	sector=pharma	note=ambiguous with the Kyiv district
company:arterium	company	en=Arterium	uk=Артеріум	ru=Артериум	any=Arterium	country=UA	hq=Kyiv	sector=pharma
company:farmak	company	en=Farmak	uk=Фармак	ru=Фармак	any=Farmak	country=UA	hq=Kyiv	sector=pharma
company:yuria_pharm	company	en=Yuria-Pharm	uk=Юрія-Фарм	ru=Юрия-Фарм	any=Yuria-Pharm	country=UA	hq=Kyiv	sector=pharma
company:kyivmedpreparat	company	en=Kyivmedpreparat	uk=Київмедпрепарат	ru=Киевмедпрепарат	any=Kyivmedpreparat	country=UA	hq=Kyiv	sector=pharma
company:biopharma_ua	company	en=Biopharma	uk=Біофарма	ru=Биофарма	any=Biopharma	country=UA	hq=Kyiv	sector=pharma

# == Ukraine: retail, e-commerce, tech ==
company:rozetka	company	en=Rozetka	uk=Розетка{ctx}	ru=Розетка{ctx}	any=Rozetka|ROZETKA	country=UA	hq=Kyiv	sector=ecommerce
company:prom_ua	company	en=Prom.ua	any=Prom.ua	country=UA	hq=Kyiv	sector=ecommerce
company:epicentr	company	en=Epicentr K	uk=Епіцентр{ctx}|Епіцентр К|Епіцентр-К	ru=Эпицентр{ctx}|Эпицентр К	any=Epicentr|Epicentr K|Epicentr-K	country=UA	hq=Kyiv	sector=retail
company:atb	company	en=ATB	uk=АТБ{x}|АТБ-Маркет	ru=АТБ{x}|АТБ-Маркет	any=ATB|ATB-Market	country=UA	hq=Dnipro	sector=retail
company:silpo	company	en=Silpo	uk=Сільпо{x}	ru=Сильпо{x}	any=Silpo	country=UA	hq=Kyiv	sector=retail
company:fozzy	company	en=Fozzy Group	uk=Фоззі|Фоззі Груп	ru=Фоззи|Фоззи Групп	any=Fozzy Group|Fozzy	country=UA	hq=Kyiv	sector=retail
company:novus	company	en=Novus	uk=Новус	ru=Новус	any=Novus	country=UA	hq=Kyiv	sector=retail
company:varus	company	en=Varus	uk=Варус	ru=Варус	any=Varus|VARUS	country=UA	hq=Dnipro	sector=retail
company:foxtrot	company	en=Foxtrot	uk=Фокстрот{ctx}	ru=Фокстрот{ctx}	any=Foxtrot	country=UA	hq=Kyiv	sector=retail
company:comfy	company	en=Comfy	uk=Комфі{x}	ru=Комфи{x}	any=Comfy	country=UA	hq=Dnipro	sector=retail
company:aurora_ua	company	en=Aurora{ctx}	uk=мультимаркет Аврора	any=Aurora{ctx}	country=UA	hq=Rivne	sector=retail
company:eva_ua	company	en=EVA	uk=мережа EVA	any=EVA	country=UA	hq=Dnipro	sector=retail
company:olx_ua	company	en=OLX	any=OLX	country=UA	hq=Kyiv	sector=ecommerce	note=OLX Ukraine, part of OLX Group
company:softserve	company	en=SoftServe	uk=СофтСерв	any=SoftServe	country=UA	hq=Lviv	sector=it
company:ciklum	company	en=Ciklum	uk=Ціклум	any=Ciklum	country=UA	hq=Kyiv	sector=it
company:globallogic	company	en=GlobalLogic	uk=ГлобалЛоджик	any=GlobalLogic	country=US	hq=San Jose	sector=it
company:intellias	company	en=Intellias	any=Intellias	country=UA	hq=Lviv	sector=it
company:eleks	company	en=ELEKS	any=ELEKS	country=UA	hq=Lviv	sector=it
company:grammarly	company	en=Grammarly	uk=Граммарлі	any=Grammarly	country=US	hq=San Francisco	sector=it	note=founded in Ukraine
company:macpaw	company	en=MacPaw	any=MacPaw	country=UA	hq=Kyiv	sector=it
company:ajax_systems	company	en=Ajax Systems	any=Ajax Systems	country=UA	hq=Kyiv	sector=it

# == Ukraine: media/holdings ==
company:1plus1_media	company	en=1+1 Media	uk=1+1 медіа	any=1+1 media|1+1 Media	country=UA	hq=Kyiv	sector=media
company:starlightmedia	company	en=StarLightMedia	any=StarLightMedia	country=UA	hq=Kyiv	sector=media
company:mediagroup_ukraine	company	en=Media Group Ukraine	uk=Медіа Група Україна	ru=Медиа Группа Украина	any=Media Group Ukraine	country=UA	hq=Kyiv	sector=media

# == Ukraine: other state companies ==
company:ukrspecexport	company	en=Ukrspecexport	uk=Укрспецекспорт	ru=Укрспецэкспорт	any=Ukrspecexport	country=UA	hq=Kyiv	sector=defense
company:ukrhimtransammiak	company	en=Ukrkhimtransammiak	uk=Укрхімтрансаміак	any=Ukrkhimtransammiak	country=UA	hq=Kyiv	sector=chemicals
company:odesa_port_plant	company	en=Odesa Port Plant	uk=Одеський припортовий завод|ОПЗ{x}	ru=Одесский припортовый завод|ОПЗ{x}	any=Odesa Port Plant	country=UA	hq=Yuzhne	sector=chemicals
company:ostchem	company	en=Ostchem	uk=Остхем	ru=Остхем	any=Ostchem	country=UA	hq=Kyiv	sector=chemicals
company:azot_sev	company	en=Azot Severodonetsk	uk=Сєвєродонецький Азот	ru=Северодонецкий Азот	any=Azot Severodonetsk	country=UA	hq=Severodonetsk	sector=chemicals
company:lemtrans	company	en=Lemtrans	uk=Лемтранс	ru=Лемтранс	any=Lemtrans	country=UA	hq=Kyiv	sector=rail
company:ukrainian_sea_ports	company	en=Ukrainian Sea Ports Authority	uk=АМПУ{x}|Адміністрація морських портів України	ru=АМПУ{x}|Администрация морских портов Украины	any=Ukrainian Sea Ports Authority|USPA	country=UA	hq=Kyiv	sector=ports
company:vostgok	company	en=VostGOK	uk=СхідГЗК|Східний гірничо-збагачувальний комбінат	ru=ВостГОК	any=VostGOK	country=UA	hq=Zhovti Vody	sector=mining
company:ukrainian_energy_exchange	company	en=Ukrainian Energy Exchange	uk=Українська енергетична біржа	ru=Украинская энергетическая биржа	any=Ukrainian Energy Exchange	country=UA	hq=Kyiv	sector=exchange
company:ukrainian_helicopters	company	en=Ukrainian Helicopters	uk=Українські гелікоптери	any=Ukrainian Helicopters	country=UA	hq=Kyiv	sector=airline
company:kyivpastrans	company	en=Kyivpastrans	uk=Київпастранс	ru=Киевпастранс	any=Kyivpastrans	country=UA	hq=Kyiv	sector=transport
company:kyiv_metro	company	en=Kyiv Metro	uk=Київський метрополітен	ru=Киевский метрополитен	any=Kyiv Metro	country=UA	hq=Kyiv	sector=transport
company:kyivvodokanal	company	en=Kyivvodokanal	uk=Київводоканал	ru=Киевводоканал	any=Kyivvodokanal	country=UA	hq=Kyiv	sector=utilities
company:kyivenergo	company	en=Kyivenergo	uk=Київенерго{n}	ru=Киевэнерго{n}	any=Kyivenergo	country=UA	hq=Kyiv	sector=energy

# == United States: technology ==
Q312	company	en=Apple	uk=Епл|Еппл	ru=Эппл	any=Apple|Apple Inc.	country=US	hq=Cupertino	sector=tech
Q2283	company	en=Microsoft	uk=Майкрософт{x}	ru=Майкрософт{x}	any=Microsoft	country=US	hq=Redmond	sector=tech
Q95	company	en=Google	uk=Гугл	ru=Гугл	any=Google	country=US	hq=Mountain View	sector=tech
company:alphabet	company	en=Alphabet{ctx}	any=Alphabet Inc.|Alphabet{ctx}	country=US	hq=Mountain View	sector=tech
Q3884	company	en=Amazon{ctx}	uk=Амазон{ctx}	ru=Амазон{ctx}	any=Amazon{ctx}|Amazon.com	country=US	hq=Seattle	sector=tech
company:aws	company	en=Amazon Web Services	any=Amazon Web Services|AWS	country=US	hq=Seattle	sector=cloud	parent=Q3884
company:meta	company	en=Meta Platforms	uk=Мета{ctx}	any=Meta Platforms|Meta{ctx}	country=US	hq=Menlo Park	sector=tech
company:facebook	company	en=Facebook	uk=Фейсбук	ru=Фейсбук	any=Facebook	country=US	hq=Menlo Park	sector=tech	parent=company:meta	note=social network
company:instagram	company	en=Instagram	uk=Інстаграм	ru=Инстаграм	any=Instagram	country=US	hq=Menlo Park	sector=tech	parent=company:meta	note=social network
company:whatsapp	company	en=WhatsApp	uk=Ватсап	ru=Ватсап|Вотсап	any=WhatsApp	country=US	hq=Menlo Park	sector=tech	parent=company:meta	note=messenger
company:youtube	company	en=YouTube	uk=Ютуб	ru=Ютуб	any=YouTube	country=US	hq=San Bruno	sector=tech	parent=Q95	note=video platform
company:nvidia	company	en=Nvidia	any=Nvidia|NVIDIA	country=US	hq=geonames:5393015	sector=semiconductors
Q248	company	en=Intel	uk=Інтел	ru=Интел	any=Intel	country=US	hq=geonames:5393015	sector=semiconductors
company:amd	company	en=AMD	any=AMD|Advanced Micro Devices	country=US	hq=geonames:5393015	sector=semiconductors
company:qualcomm	company	en=Qualcomm	any=Qualcomm	country=US	hq=San Diego	sector=semiconductors
company:broadcom	company	en=Broadcom	any=Broadcom	country=US	hq=Palo Alto	sector=semiconductors
company:texas_instruments	company	en=Texas Instruments	any=Texas Instruments	country=US	hq=Dallas	sector=semiconductors
company:micron	company	en=Micron Technology	any=Micron|Micron Technology	country=US	hq=Boise	sector=semiconductors
company:applied_materials	company	en=Applied Materials	any=Applied Materials	country=US	hq=geonames:5393015	sector=semiconductors
company:globalfoundries	company	en=GlobalFoundries	any=GlobalFoundries	country=US	sector=semiconductors
Q37156	company	en=IBM	any=IBM	country=US	hq=Armonk	sector=tech
company:oracle	company	en=Oracle	uk=Оракл	ru=Оракл	any=Oracle|Oracle Corporation	country=US	hq=Austin	sector=tech
company:cisco	company	en=Cisco	any=Cisco|Cisco Systems	country=US	hq=San Jose	sector=tech
company:hp_inc	company	en=HP Inc.	any=HP|HP Inc.|Hewlett-Packard	country=US	hq=Palo Alto	sector=tech
company:hpe	company	en=Hewlett Packard Enterprise	any=Hewlett Packard Enterprise|HPE	country=US	hq=Houston	sector=tech
company:dell	company	en=Dell Technologies	any=Dell|Dell Technologies	country=US	hq=Round Rock	sector=tech
company:salesforce	company	en=Salesforce	any=Salesforce	country=US	hq=San Francisco	sector=tech
company:adobe	company	en=Adobe	any=Adobe|Adobe Inc.	country=US	hq=San Jose	sector=tech
company:netflix	company	en=Netflix	uk=Нетфлікс	ru=Нетфликс	any=Netflix	country=US	hq=Los Gatos	sector=media
company:uber	company	en=Uber	uk=Убер	ru=Убер	any=Uber	country=US	hq=San Francisco	sector=tech
company:lyft	company	en=Lyft	any=Lyft	country=US	hq=San Francisco	sector=tech
company:airbnb	company	en=Airbnb	any=Airbnb	country=US	hq=San Francisco	sector=tech
company:booking_holdings	company	en=Booking Holdings	any=Booking Holdings|Booking.com	country=US	hq=Norwalk	sector=travel
company:expedia	company	en=Expedia Group	any=Expedia|Expedia Group	country=US	hq=Seattle	sector=travel
company:paypal	company	en=PayPal	any=PayPal	country=US	hq=San Jose	sector=fintech
company:visa	company	en=Visa{ctx}	any=Visa Inc.|Visa{ctx}	country=US	hq=San Francisco	sector=payments
company:mastercard	company	en=Mastercard	uk=Мастеркард	ru=Мастеркард	any=Mastercard|MasterCard	country=US	sector=payments
company:american_express	company	en=American Express	any=American Express|Amex	country=US	hq=New York	sector=payments
company:ebay	company	en=eBay	any=eBay	country=US	hq=San Jose	sector=ecommerce
company:x_corp	company	en=X Corp.	uk=Твіттер	ru=Твиттер	any=X Corp.|Twitter	country=US	hq=San Francisco	sector=tech	note=owner of the X (Twitter) social network
company:openai	company	en=OpenAI	any=OpenAI	country=US	hq=San Francisco	sector=ai
company:anthropic	company	en=Anthropic	any=Anthropic	country=US	hq=San Francisco	sector=ai
company:xai	company	en=xAI	any=xAI	country=US	hq=Palo Alto	sector=ai
company:spacex	company	en=SpaceX	any=SpaceX	country=US	hq=Hawthorne	sector=aerospace
company:starlink	company	en=Starlink	uk=Старлінк	ru=Старлинк	any=Starlink	country=US	hq=Hawthorne	sector=telecom	parent=company:spacex	note=satellite internet service of SpaceX
company:palantir	company	en=Palantir Technologies	any=Palantir|Palantir Technologies	country=US	hq=Denver	sector=tech
company:snap	company	en=Snap Inc.	any=Snap Inc.|Snapchat	country=US	hq=Santa Monica	sector=tech
company:zoom	company	en=Zoom Video Communications	any=Zoom Video Communications|Zoom{ctx}	country=US	hq=San Jose	sector=tech
company:linkedin	company	en=LinkedIn	any=LinkedIn	country=US	hq=Sunnyvale	sector=tech	parent=Q2283
company:github	company	en=GitHub	any=GitHub	country=US	hq=San Francisco	sector=tech	parent=Q2283
company:servicenow	company	en=ServiceNow	any=ServiceNow	country=US	hq=geonames:5393015	sector=tech
company:intuit	company	en=Intuit	any=Intuit	country=US	hq=Mountain View	sector=tech
company:vmware	company	en=VMware	any=VMware	country=US	hq=Palo Alto	sector=tech
company:crowdstrike	company	en=CrowdStrike	any=CrowdStrike	country=US	hq=Austin	sector=cybersecurity
company:coinbase	company	en=Coinbase	any=Coinbase	country=US	hq=New York	sector=fintech

# == United States: autos, aerospace, defense, industry ==
company:tesla	company	en=Tesla	uk=Тесла{ctx}	ru=Тесла{ctx}	any=Tesla|Tesla Inc.|Tesla Motors	country=US	hq=Austin	sector=automotive
company:ford	company	en=Ford	uk=Форд{ctx}	ru=Форд{ctx}	any=Ford|Ford Motor|Ford Motor Company	country=US	hq=Dearborn	sector=automotive
company:gm	company	en=General Motors	uk=Дженерал Моторс{x}	ru=Дженерал Моторс{x}	any=General Motors|GM	country=US	hq=Detroit	sector=automotive
company:stellantis	company	en=Stellantis	any=Stellantis	country=NL	hq=Amsterdam	sector=automotive
company:rivian	company	en=Rivian	any=Rivian	country=US	hq=Irvine	sector=automotive
Q66	company	en=Boeing	uk=Боїнг	ru=Боинг	any=Boeing	country=US	hq=Arlington	sector=aerospace
company:lockheed	company	en=Lockheed Martin	uk=Локгід Мартін{x}	ru=Локхид Мартин{x}	any=Lockheed Martin	country=US	hq=Bethesda	sector=defense
company:rtx	company	en=RTX	uk=Рейтеон	ru=Рейтеон	any=RTX|Raytheon|Raytheon Technologies	country=US	hq=Arlington	sector=defense
company:northrop	company	en=Northrop Grumman	uk=Нортроп Грумман{x}	ru=Нортроп Грумман{x}	any=Northrop Grumman	country=US	hq=Falls Church	sector=defense
company:general_dynamics	company	en=General Dynamics	uk=Дженерал Дайнемікс{x}	ru=Дженерал Дайнемикс{x}	any=General Dynamics	country=US	hq=Reston	sector=defense
company:l3harris	company	en=L3Harris	any=L3Harris|L3Harris Technologies	country=US	hq=geonames:4163971	sector=defense
company:anduril	company	en=Anduril Industries	any=Anduril|Anduril Industries	country=US	hq=Costa Mesa	sector=defense
company:general_electric	company	en=General Electric	uk=Дженерал Електрик{x}	ru=Дженерал Электрик{x}	any=General Electric|GE Aerospace	country=US	hq=Boston	sector=industrial
company:ge_vernova	company	en=GE Vernova	any=GE Vernova	country=US	hq=geonames:4931972	sector=energy
company:honeywell	company	en=Honeywell	any=Honeywell	country=US	hq=Charlotte	sector=industrial
company:three_m	company	en=3M	any=3M	country=US	hq=Saint Paul	sector=industrial
company:caterpillar	company	en=Caterpillar{ctx}	any=Caterpillar Inc.|Caterpillar{ctx}	country=US	hq=Irving	sector=machinery
company:deere	company	en=John Deere	uk=Джон Дір{x}	ru=Джон Дир{x}	any=John Deere|Deere & Company	country=US	hq=Moline	sector=machinery
company:westinghouse	company	en=Westinghouse Electric Company	uk=Вестінгауз	ru=Вестингауз	any=Westinghouse Electric Company|Westinghouse|Westinghouse Electric	country=US	hq=Cranberry Township	sector=nuclear
company:halliburton	company	en=Halliburton	any=Halliburton	country=US	hq=Houston	sector=oil_services
company:schlumberger	company	en=SLB	uk=Шлюмберже{x}	ru=Шлюмберже{x}	any=SLB|Schlumberger	country=US	hq=Houston	sector=oil_services
company:baker_hughes	company	en=Baker Hughes	any=Baker Hughes	country=US	hq=Houston	sector=oil_services
company:dow	company	en=Dow Inc.	any=Dow Inc.|Dow Chemical	country=US	hq=Midland	sector=chemicals
company:dupont	company	en=DuPont	any=DuPont	country=US	hq=Wilmington	sector=chemicals
company:us_steel	company	en=U.S. Steel	any=U.S. Steel|United States Steel	country=US	hq=Pittsburgh	sector=metals
company:nucor	company	en=Nucor	any=Nucor	country=US	hq=Charlotte	sector=metals
company:alcoa	company	en=Alcoa	any=Alcoa	country=US	hq=Pittsburgh	sector=metals
company:cargill	company	en=Cargill	uk=Каргілл	ru=Каргилл	any=Cargill	country=US	hq=Minnetonka	sector=agro
company:adm	company	en=Archer Daniels Midland	any=Archer Daniels Midland|ADM	country=US	hq=Chicago	sector=agro
company:bunge	company	en=Bunge	uk=Бандж	ru=Бандж	any=Bunge	country=US	hq=Saint Louis	sector=agro
company:corteva	company	en=Corteva	any=Corteva	country=US	hq=Indianapolis	sector=agro

# == United States: energy ==
company:exxonmobil	company	en=ExxonMobil	uk=ЕксонМобіл	ru=ЭксонМобил	any=ExxonMobil|Exxon Mobil|Exxon	country=US	hq=Spring	sector=oil_gas
company:chevron	company	en=Chevron	uk=Шеврон{ctx}	ru=Шеврон{ctx}	any=Chevron	country=US	hq=Houston	sector=oil_gas
company:conocophillips	company	en=ConocoPhillips	any=ConocoPhillips	country=US	hq=Houston	sector=oil_gas
company:occidental	company	en=Occidental Petroleum	any=Occidental Petroleum|Occidental	country=US	hq=Houston	sector=oil_gas
company:marathon_petroleum	company	en=Marathon Petroleum	any=Marathon Petroleum	country=US	hq=Findlay	sector=oil_gas
company:valero	company	en=Valero Energy	any=Valero|Valero Energy	country=US	hq=San Antonio	sector=oil_gas
company:phillips66	company	en=Phillips 66	any=Phillips 66	country=US	hq=Houston	sector=oil_gas
company:cheniere	company	en=Cheniere Energy	any=Cheniere|Cheniere Energy	country=US	hq=Houston	sector=oil_gas
company:nextera	company	en=NextEra Energy	any=NextEra|NextEra Energy	country=US	hq=Juno Beach	sector=energy
company:duke_energy	company	en=Duke Energy	any=Duke Energy	country=US	hq=Charlotte	sector=energy

# == United States: finance ==
company:jpmorgan	company	en=JPMorgan Chase	uk=Джей Пі Морган{x}	ru=Джей Пи Морган{x}	any=JPMorgan Chase|JPMorgan|JP Morgan|J.P. Morgan	country=US	hq=New York	sector=bank
company:bank_of_america	company	en=Bank of America	any=Bank of America|BofA	country=US	hq=Charlotte	sector=bank
company:citigroup	company	en=Citigroup	uk=Сітігруп|Сітібанк	ru=Ситигруп|Ситибанк	any=Citigroup|Citi|Citibank	country=US	hq=New York	sector=bank
company:wells_fargo	company	en=Wells Fargo	any=Wells Fargo	country=US	hq=San Francisco	sector=bank
company:goldman_sachs	company	en=Goldman Sachs	uk=Голдман Сакс{x}	ru=Голдман Сакс{x}	any=Goldman Sachs	country=US	hq=New York	sector=bank
company:morgan_stanley	company	en=Morgan Stanley	uk=Морган Стенлі{x}	ru=Морган Стэнли{x}	any=Morgan Stanley	country=US	hq=New York	sector=bank
company:blackrock	company	en=BlackRock	uk=БлекРок	ru=БлэкРок	any=BlackRock	country=US	hq=New York	sector=investment
company:vanguard	company	en=Vanguard Group	any=Vanguard|Vanguard Group	country=US	hq=Malvern	sector=investment
company:berkshire	company	en=Berkshire Hathaway	any=Berkshire Hathaway	country=US	hq=Omaha	sector=holding
company:state_street	company	en=State Street{ctx}	any=State Street{ctx}|State Street Corporation	country=US	hq=Boston	sector=investment
company:bny	company	en=BNY Mellon	any=BNY Mellon|BNY|Bank of New York Mellon	country=US	hq=New York	sector=bank
company:charles_schwab	company	en=Charles Schwab	any=Charles Schwab	country=US	hq=Westlake	sector=investment
company:blackstone	company	en=Blackstone	any=Blackstone|Blackstone Inc.	country=US	hq=New York	sector=investment
company:kkr	company	en=KKR	any=KKR	country=US	hq=New York	sector=investment
company:carlyle	company	en=Carlyle Group	any=Carlyle|Carlyle Group	country=US	hq=Washington	sector=investment
company:fidelity	company	en=Fidelity Investments	any=Fidelity Investments	country=US	hq=Boston	sector=investment
company:aig	company	en=AIG	any=AIG|American International Group	country=US	hq=New York	sector=insurance
company:metlife	company	en=MetLife	any=MetLife	country=US	hq=New York	sector=insurance
company:prudential_us	company	en=Prudential Financial	any=Prudential Financial	country=US	hq=Newark	sector=insurance
company:nyse	company	en=New York Stock Exchange	uk=Нью-Йоркська фондова біржа	ru=Нью-Йоркская фондовая биржа	any=NYSE|New York Stock Exchange	country=US	hq=New York	sector=exchange
company:nasdaq	company	en=Nasdaq	uk=Насдак	ru=Насдак	any=Nasdaq|NASDAQ	country=US	hq=New York	sector=exchange
company:cme	company	en=CME Group	any=CME Group	country=US	hq=Chicago	sector=exchange
company:sp_global	company	en=S&P Global	any=S&P Global|Standard & Poor's	country=US	hq=New York	sector=ratings
company:moodys	company	en=Moody's	uk=Мудіс{x}	ru=Мудис{x}	any=Moody's	country=US	hq=New York	sector=ratings
company:fitch	company	en=Fitch Ratings	uk=Фітч	ru=Фитч	any=Fitch Ratings|Fitch	country=US	hq=New York	sector=ratings

# == United States: retail, consumer, food ==
company:walmart	company	en=Walmart	uk=Волмарт	ru=Уолмарт	any=Walmart|Wal-Mart	country=US	hq=Bentonville	sector=retail
company:costco	company	en=Costco	any=Costco	country=US	hq=Issaquah	sector=retail
company:target	company	en=Target Corporation	any=Target Corporation|Target{ctx}	country=US	hq=Minneapolis	sector=retail
company:home_depot	company	en=The Home Depot	any=Home Depot|The Home Depot	country=US	hq=Atlanta	sector=retail
company:kroger	company	en=Kroger	any=Kroger	country=US	hq=Cincinnati	sector=retail
company:walgreens	company	en=Walgreens	any=Walgreens|Walgreens Boots Alliance	country=US	hq=Deerfield	sector=retail
company:cvs	company	en=CVS Health	any=CVS Health|CVS	country=US	hq=Woonsocket	sector=healthcare
company:best_buy	company	en=Best Buy	any=Best Buy	country=US	hq=Richfield	sector=retail
company:procter_gamble	company	en=Procter & Gamble	uk=Проктер енд Гембл{x}	ru=Проктер энд Гэмбл{x}	any=Procter & Gamble|P&G	country=US	hq=Cincinnati	sector=consumer
company:cocacola	company	en=The Coca-Cola Company	uk=Кока-Кола	ru=Кока-Кола	any=Coca-Cola|The Coca-Cola Company	country=US	hq=Atlanta	sector=food
company:pepsico	company	en=PepsiCo	uk=ПепсіКо{x}	ru=ПепсиКо{x}	any=PepsiCo	country=US	sector=food
company:mondelez	company	en=Mondelez International	uk=Монделіс	ru=Мондэлис	any=Mondelez|Mondelez International	country=US	hq=Chicago	sector=food
company:kraft_heinz	company	en=Kraft Heinz	any=Kraft Heinz	country=US	hq=Pittsburgh	sector=food
company:mars_inc	company	en=Mars Inc.	any=Mars Inc.|Mars Incorporated|Mars{ctx}	country=US	hq=McLean	sector=food
company:philip_morris	company	en=Philip Morris International	uk=Філіп Морріс{x}	ru=Филип Моррис{x}	any=Philip Morris|Philip Morris International	country=US	hq=Stamford	sector=tobacco
company:mcdonalds	company	en=McDonald's	uk=Макдональдс	ru=Макдональдс	any=McDonald's|McDonalds	country=US	hq=Chicago	sector=food_service
company:starbucks	company	en=Starbucks	uk=Старбакс	ru=Старбакс	any=Starbucks	country=US	hq=Seattle	sector=food_service
company:kfc	company	en=KFC	any=KFC	country=US	hq=Louisville	sector=food_service
company:nike	company	en=Nike	uk=Найк	ru=Найк	any=Nike|Nike Inc.	country=US	hq=Beaverton	sector=apparel
company:disney	company	en=Walt Disney Company	uk=Дісней	ru=Дисней	any=Walt Disney Company|Disney	country=US	hq=Burbank	sector=media
company:warner_bros	company	en=Warner Bros. Discovery	any=Warner Bros. Discovery|Warner Bros.	country=US	hq=New York	sector=media
company:paramount	company	en=Paramount Global	any=Paramount|Paramount Global	country=US	hq=New York	sector=media
company:comcast	company	en=Comcast	any=Comcast	country=US	hq=Philadelphia	sector=media
company:att	company	en=AT&T	any=AT&T	country=US	hq=Dallas	sector=telecom
company:verizon	company	en=Verizon	any=Verizon|Verizon Communications	country=US	hq=New York	sector=telecom
company:t_mobile_us	company	en=T-Mobile US	any=T-Mobile US	country=US	hq=Bellevue	sector=telecom
company:fedex	company	en=FedEx	any=FedEx	country=US	hq=Memphis	sector=logistics
company:ups	company	en=UPS{ctx}	any=UPS{ctx}|United Parcel Service	country=US	hq=Atlanta	sector=logistics

# == United States: health, pharma ==
company:pfizer	company	en=Pfizer	uk=Пфайзер	ru=Пфайзер	any=Pfizer	country=US	hq=New York	sector=pharma
company:jnj	company	en=Johnson & Johnson	uk=Джонсон енд Джонсон{x}	ru=Джонсон энд Джонсон{x}	any=Johnson & Johnson|J&J	country=US	hq=New Brunswick	sector=pharma
company:merck_us	company	en=Merck & Co.	any=Merck & Co.|MSD	country=US	hq=Rahway	sector=pharma
company:abbvie	company	en=AbbVie	any=AbbVie	country=US	hq=North Chicago	sector=pharma
company:eli_lilly	company	en=Eli Lilly	any=Eli Lilly|Eli Lilly and Company	country=US	hq=Indianapolis	sector=pharma
company:bms	company	en=Bristol Myers Squibb	any=Bristol Myers Squibb|Bristol-Myers Squibb	country=US	hq=Princeton	sector=pharma
company:amgen	company	en=Amgen	any=Amgen	country=US	hq=Thousand Oaks	sector=pharma
company:gilead	company	en=Gilead Sciences	any=Gilead|Gilead Sciences	country=US	hq=Foster City	sector=pharma
company:moderna	company	en=Moderna	uk=Модерна{ctx}	ru=Модерна{ctx}	any=Moderna	country=US	hq=geonames:4931972	sector=pharma
company:unitedhealth	company	en=UnitedHealth Group	any=UnitedHealth|UnitedHealth Group	country=US	hq=Minnetonka	sector=healthcare
company:abbott	company	en=Abbott Laboratories	any=Abbott Laboratories|Abbott{ctx}	country=US	hq=Abbott Park	sector=healthcare
company:medtronic	company	en=Medtronic	any=Medtronic	country=IE	hq=Dublin	sector=healthcare
company:thermo_fisher	company	en=Thermo Fisher Scientific	any=Thermo Fisher|Thermo Fisher Scientific	country=US	hq=Waltham	sector=healthcare

# == United States: airlines, consulting ==
company:american_airlines	company	en=American Airlines	any=American Airlines	country=US	hq=Fort Worth	sector=airline
company:delta	company	en=Delta Air Lines	any=Delta Air Lines|Delta Airlines	country=US	hq=Atlanta	sector=airline
company:united_airlines	company	en=United Airlines	any=United Airlines	country=US	hq=Chicago	sector=airline
company:southwest	company	en=Southwest Airlines	any=Southwest Airlines	country=US	hq=Dallas	sector=airline
company:mckinsey	company	en=McKinsey & Company	uk=Маккінзі{x}	ru=Маккинзи{x}	any=McKinsey|McKinsey & Company	country=US	hq=New York	sector=consulting
company:bcg	company	en=Boston Consulting Group	any=Boston Consulting Group|BCG	country=US	hq=Boston	sector=consulting
company:bain	company	en=Bain & Company	any=Bain & Company	country=US	hq=Boston	sector=consulting
company:accenture	company	en=Accenture	any=Accenture	country=IE	hq=Dublin	sector=consulting
company:deloitte	company	en=Deloitte	uk=Делойт	ru=Делойт	any=Deloitte	country=GB	hq=London	sector=consulting
company:pwc	company	en=PwC	any=PwC|PricewaterhouseCoopers	country=GB	hq=London	sector=consulting
company:ey	company	en=EY	any=EY|Ernst & Young	country=GB	hq=London	sector=consulting
company:kpmg	company	en=KPMG	any=KPMG	country=NL	hq=Amstelveen	sector=consulting
company:epam	company	en=EPAM Systems	any=EPAM|EPAM Systems	country=US	hq=Newtown	sector=it

# == Turkey ==
company:turkish_airlines	company	en=Turkish Airlines	uk=Турецькі авіалінії|Туркиш Ейрлайнс{x}	ru=Турецкие авиалинии|Туркиш Эйрлайнс{x}	any=Turkish Airlines|THY|Türk Hava Yolları	country=TR	hq=Istanbul	sector=airline
company:pegasus	company	en=Pegasus Airlines	any=Pegasus Airlines	country=TR	hq=Istanbul	sector=airline
company:koc	company	en=Koç Holding	any=Koç Holding|Koc Holding	country=TR	hq=Istanbul	sector=conglomerate
company:sabanci	company	en=Sabancı Holding	any=Sabancı Holding|Sabanci Holding	country=TR	hq=Istanbul	sector=conglomerate
company:baykar	company	en=Baykar	uk=Байкар	ru=Байкар	any=Baykar|Baykar Makina	country=TR	hq=Istanbul	sector=defense
company:aselsan	company	en=Aselsan	uk=Асельсан	ru=Асельсан	any=Aselsan|ASELSAN	country=TR	hq=Ankara	sector=defense
company:tai	company	en=Turkish Aerospace	any=Turkish Aerospace|TUSAŞ|Turkish Aerospace Industries	country=TR	hq=Ankara	sector=aerospace
company:roketsan	company	en=Roketsan	uk=Рокетсан	ru=Рокетсан	any=Roketsan	country=TR	hq=Ankara	sector=defense
company:tupras	company	en=Tüpraş	any=Tüpraş|Tupras	country=TR	hq=Izmit	sector=oil_gas
company:botas	company	en=BOTAŞ	uk=Боташ	ru=Боташ	any=BOTAŞ|Botas	country=TR	hq=Ankara	sector=oil_gas
company:turkcell	company	en=Turkcell	any=Turkcell	country=TR	hq=Istanbul	sector=telecom
company:arcelik	company	en=Arçelik	any=Arçelik|Arcelik|Beko	country=TR	hq=Istanbul	sector=appliances
company:isbank	company	en=İş Bankası	any=İş Bankası|Isbank|Türkiye İş Bankası	country=TR	hq=Istanbul	sector=bank
company:ziraat	company	en=Ziraat Bankası	any=Ziraat Bankası|Ziraat Bank	country=TR	hq=Ankara	sector=bank
company:garanti	company	en=Garanti BBVA	any=Garanti BBVA|Garanti Bank	country=TR	hq=Istanbul	sector=bank
company:limak	company	en=Limak Holding	any=Limak|Limak Holding	country=TR	hq=Ankara	sector=construction
company:kalyon	company	en=Kalyon Holding	any=Kalyon Holding	country=TR	hq=Istanbul	sector=construction
company:onur_insaat	company	en=Onur Group	any=Onur Group|Onur İnşaat	country=TR	hq=Ankara	sector=construction
company:togg	company	en=Togg	any=Togg|TOGG	country=TR	hq=Gebze	sector=automotive
company:yildirim	company	en=Yıldırım Holding	any=Yıldırım Holding	country=TR	hq=Istanbul	sector=conglomerate
company:karpowership	company	en=Karpowership	any=Karpowership|Karadeniz Holding	country=TR	hq=Istanbul	sector=energy
company:borsa_istanbul	company	en=Borsa Istanbul	uk=Стамбульська біржа	ru=Стамбульская биржа	any=Borsa Istanbul	country=TR	hq=Istanbul	sector=exchange

# == Middle East, Israel ==
company:aramco	company	en=Saudi Aramco	uk=Сауді Арамко{x}|Арамко{x}	ru=Сауди Арамко{x}|Арамко{x}	any=Saudi Aramco|Aramco	country=SA	hq=Dhahran	sector=oil_gas
company:sabic	company	en=SABIC	any=SABIC	country=SA	hq=Riyadh	sector=chemicals
company:pif	company	en=Public Investment Fund	uk=Суверенний фонд Саудівської Аравії	ru=Суверенный фонд Саудовской Аравии	any=Public Investment Fund|PIF	country=SA	hq=Riyadh	sector=investment
company:saudia	company	en=Saudia	any=Saudia|Saudi Arabian Airlines	country=SA	hq=Jeddah	sector=airline
company:stc	company	en=Saudi Telecom Company	any=Saudi Telecom Company|Saudi Telecom|STC	country=SA	hq=Riyadh	sector=telecom
company:adnoc	company	en=ADNOC	any=ADNOC|Abu Dhabi National Oil Company	country=AE	hq=Abu Dhabi	sector=oil_gas
company:mubadala	company	en=Mubadala	any=Mubadala|Mubadala Investment Company	country=AE	hq=Abu Dhabi	sector=investment
company:adia	company	en=Abu Dhabi Investment Authority	any=Abu Dhabi Investment Authority|ADIA	country=AE	hq=Abu Dhabi	sector=investment
company:emirates	company	en=Emirates{ctx}	uk=Емірейтс{x}	ru=Эмирейтс{x}	any=Emirates Airline|Emirates{ctx}	country=AE	hq=Dubai	sector=airline
company:etihad	company	en=Etihad Airways	any=Etihad|Etihad Airways	country=AE	hq=Abu Dhabi	sector=airline
company:flydubai	company	en=flydubai	any=flydubai|FlyDubai	country=AE	hq=Dubai	sector=airline
company:dp_world	company	en=DP World	any=DP World	country=AE	hq=Dubai	sector=ports
company:emaar	company	en=Emaar Properties	any=Emaar|Emaar Properties	country=AE	hq=Dubai	sector=real_estate
company:edge_group	company	en=EDGE Group	any=EDGE Group	country=AE	hq=Abu Dhabi	sector=defense
company:masdar	company	en=Masdar	any=Masdar	country=AE	hq=Abu Dhabi	sector=energy
company:qatarenergy	company	en=QatarEnergy	any=QatarEnergy|Qatar Petroleum	country=QA	hq=Doha	sector=oil_gas
company:qatar_airways	company	en=Qatar Airways	uk=Катар Ейрвейз{x}	ru=Катар Эйрвейз{x}	any=Qatar Airways	country=QA	hq=Doha	sector=airline
company:qia	company	en=Qatar Investment Authority	any=Qatar Investment Authority|QIA	country=QA	hq=Doha	sector=investment
company:kpc	company	en=Kuwait Petroleum Corporation	any=Kuwait Petroleum Corporation	country=KW	hq=Kuwait City	sector=oil_gas
company:nioc	company	en=National Iranian Oil Company	any=National Iranian Oil Company|NIOC	country=IR	hq=Tehran	sector=oil_gas
company:iran_air	company	en=Iran Air	any=Iran Air	country=IR	hq=Tehran	sector=airline
company:israel_aerospace	company	en=Israel Aerospace Industries	any=Israel Aerospace Industries|IAI	country=IL	hq=Lod	sector=aerospace
company:elbit	company	en=Elbit Systems	any=Elbit|Elbit Systems	country=IL	hq=Haifa	sector=defense
company:rafael	company	en=Rafael Advanced Defense Systems	any=Rafael Advanced Defense Systems|Rafael{ctx}	country=IL	hq=Haifa	sector=defense
company:teva	company	en=Teva Pharmaceutical Industries	any=Teva Pharmaceutical Industries|Teva|Teva Pharmaceutical	country=IL	hq=Tel Aviv	sector=pharma
company:check_point	company	en=Check Point Software	any=Check Point Software|Check Point|Check Point Software Technologies	country=IL	hq=Tel Aviv	sector=cybersecurity
company:el_al	company	en=El Al	uk=Ель Аль{x}	ru=Эль Аль{x}	any=El Al	country=IL	hq=Lod	sector=airline
company:egyptair	company	en=EgyptAir	any=EgyptAir	country=EG	hq=Cairo	sector=airline
company:suez_canal	company	en=Suez Canal Authority	any=Suez Canal Authority	country=EG	hq=Ismailia	sector=ports
company:sonatrach	company	en=Sonatrach	uk=Сонатрак	ru=Сонатрак	any=Sonatrach	country=DZ	hq=Algiers	sector=oil_gas
company:ocp	company	en=OCP Group	any=OCP Group	country=MA	hq=Casablanca	sector=mining

# == Africa ==
company:sasol	company	en=Sasol	any=Sasol	country=ZA	hq=Johannesburg	sector=chemicals
company:mtn	company	en=MTN Group	any=MTN|MTN Group	country=ZA	hq=Johannesburg	sector=telecom
company:standard_bank	company	en=Standard Bank	any=Standard Bank Group|Standard Bank	country=ZA	hq=Johannesburg	sector=bank
company:anglo_gold	company	en=AngloGold Ashanti	any=AngloGold Ashanti	country=ZA	hq=Johannesburg	sector=mining
company:de_beers	company	en=De Beers	uk=Де Бірс{x}	ru=Де Бирс{x}	any=De Beers	country=GB	hq=London	sector=mining
company:eskom	company	en=Eskom	any=Eskom	country=ZA	hq=Johannesburg	sector=energy
company:dangote	company	en=Dangote Group	any=Dangote Group|Dangote	country=NG	hq=Lagos	sector=conglomerate
company:nnpc	company	en=NNPC	any=NNPC|Nigerian National Petroleum Corporation	country=NG	hq=Abuja	sector=oil_gas
company:ethiopian_airlines	company	en=Ethiopian Airlines	any=Ethiopian Airlines	country=ET	hq=Addis Ababa	sector=airline
company:safaricom	company	en=Safaricom	any=Safaricom	country=KE	hq=Nairobi	sector=telecom

# == Canada ==
company:rbc_bank	company	en=Royal Bank of Canada	any=Royal Bank of Canada	country=CA	hq=Toronto	sector=bank
company:td	company	en=TD Bank Group	any=TD Bank Group|TD Bank|Toronto-Dominion Bank	country=CA	hq=Toronto	sector=bank
company:scotiabank	company	en=Scotiabank	any=Scotiabank	country=CA	hq=Toronto	sector=bank
company:bmo	company	en=Bank of Montreal	any=Bank of Montreal|BMO	country=CA	hq=Montreal	sector=bank
company:brookfield	company	en=Brookfield Corporation	any=Brookfield Corporation|Brookfield|Brookfield Asset Management	country=CA	hq=Toronto	sector=investment
company:enbridge	company	en=Enbridge	any=Enbridge	country=CA	hq=Calgary	sector=oil_gas
company:suncor	company	en=Suncor Energy	any=Suncor|Suncor Energy	country=CA	hq=Calgary	sector=oil_gas
company:cameco	company	en=Cameco	any=Cameco	country=CA	hq=Saskatoon	sector=nuclear
company:nutrien	company	en=Nutrien	any=Nutrien	country=CA	hq=Saskatoon	sector=chemicals
company:barrick	company	en=Barrick Gold	any=Barrick|Barrick Gold	country=CA	hq=Toronto	sector=mining
company:shopify	company	en=Shopify	any=Shopify	country=CA	hq=Ottawa	sector=ecommerce
company:bombardier	company	en=Bombardier	uk=Бомбардьє	ru=Бомбардье	any=Bombardier	country=CA	hq=Montreal	sector=aerospace
company:cae	company	en=CAE Inc.	any=CAE Inc.	country=CA	hq=Montreal	sector=aerospace
company:air_canada	company	en=Air Canada	uk=Ейр Канада{x}	ru=Эйр Канада{x}	any=Air Canada	country=CA	hq=Montreal	sector=airline
company:cn_rail	company	en=Canadian National Railway	any=Canadian National Railway|CN Rail	country=CA	hq=Montreal	sector=rail
company:magna	company	en=Magna International	any=Magna International	country=CA	sector=automotive
company:alimentation	company	en=Alimentation Couche-Tard	any=Alimentation Couche-Tard|Couche-Tard	country=CA	hq=Laval	sector=retail
company:thomson_reuters	company	en=Thomson Reuters	uk=Томсон Рейтер{x}	ru=Томсон Рейтер{x}	any=Thomson Reuters	country=CA	hq=Toronto	sector=media

# == Latin America ==
company:petrobras	company	en=Petrobras	uk=Петробрас	ru=Петробрас	any=Petrobras	country=BR	hq=Rio de Janeiro	sector=oil_gas
company:vale	company	en=Vale{ctx}	any=Vale S.A.|Vale{ctx}	country=BR	hq=Rio de Janeiro	sector=mining
company:embraer	company	en=Embraer	uk=Ембраер	ru=Эмбраер	any=Embraer	country=BR	hq=São José dos Campos	sector=aerospace
company:itau	company	en=Itaú Unibanco	any=Itaú Unibanco|Itau Unibanco|Itaú	country=BR	hq=São Paulo	sector=bank
company:bradesco	company	en=Banco Bradesco	any=Bradesco|Banco Bradesco	country=BR	hq=Osasco	sector=bank
company:banco_do_brasil	company	en=Banco do Brasil	any=Banco do Brasil	country=BR	hq=Brasília	sector=bank
company:jbs	company	en=JBS	any=JBS	country=BR	hq=São Paulo	sector=food
company:ambev	company	en=Ambev	any=Ambev	country=BR	hq=São Paulo	sector=food
company:latam	company	en=LATAM Airlines	any=LATAM Airlines|LATAM	country=CL	hq=Santiago	sector=airline
company:codelco	company	en=Codelco	any=Codelco	country=CL	hq=Santiago	sector=mining
company:pemex	company	en=Pemex	uk=Пемекс	ru=Пемекс	any=Pemex|PEMEX|Petróleos Mexicanos	country=MX	hq=Mexico City	sector=oil_gas
company:america_movil	company	en=América Móvil	any=América Móvil|America Movil	country=MX	hq=Mexico City	sector=telecom
company:cemex	company	en=Cemex	any=Cemex|CEMEX	country=MX	hq=San Pedro Garza García	sector=construction
company:femsa	company	en=FEMSA	any=FEMSA	country=MX	hq=Monterrey	sector=food
company:bimbo	company	en=Grupo Bimbo	any=Grupo Bimbo	country=MX	hq=Mexico City	sector=food
company:ypf	company	en=YPF	any=YPF	country=AR	hq=Buenos Aires	sector=oil_gas
company:mercadolibre	company	en=MercadoLibre	any=MercadoLibre|Mercado Libre	country=AR	hq=Buenos Aires	sector=ecommerce
company:pdvsa	company	en=PDVSA	any=PDVSA|Petróleos de Venezuela	country=VE	hq=Caracas	sector=oil_gas
company:ecopetrol	company	en=Ecopetrol	any=Ecopetrol	country=CO	hq=Bogotá	sector=oil_gas
company:avianca	company	en=Avianca	any=Avianca	country=CO	hq=Bogotá	sector=airline

# == More United States / global ==
company:carrier	company	en=Carrier Global	any=Carrier Global	country=US	hq=Palm Beach Gardens	sector=industrial
company:otis	company	en=Otis Worldwide	any=Otis Worldwide|Otis Elevator	country=US	hq=Farmington	sector=industrial
company:emerson	company	en=Emerson Electric	any=Emerson Electric	country=US	hq=Saint Louis	sector=industrial
company:danaher	company	en=Danaher	any=Danaher	country=US	hq=Washington	sector=healthcare
company:textron	company	en=Textron	any=Textron	country=US	hq=Providence	sector=aerospace
company:huntington_ingalls	company	en=Huntington Ingalls Industries	any=Huntington Ingalls|Huntington Ingalls Industries	country=US	hq=Newport News	sector=shipbuilding
company:bechtel	company	en=Bechtel	any=Bechtel	country=US	hq=Reston	sector=construction
company:fluor	company	en=Fluor{ctx}	any=Fluor{ctx}|Fluor Corporation	country=US	hq=Irving	sector=construction
company:aecom	company	en=AECOM	any=AECOM	country=US	hq=Dallas	sector=construction
company:koch	company	en=Koch Industries	any=Koch Industries	country=US	hq=Wichita	sector=conglomerate
company:ge_healthcare	company	en=GE HealthCare	any=GE HealthCare	country=US	hq=Chicago	sector=healthcare
company:hilton	company	en=Hilton Worldwide	any=Hilton|Hilton Worldwide	country=US	hq=McLean	sector=hospitality
company:marriott	company	en=Marriott International	any=Marriott|Marriott International	country=US	hq=Bethesda	sector=hospitality
company:hyatt	company	en=Hyatt	any=Hyatt|Hyatt Hotels	country=US	hq=Chicago	sector=hospitality
company:accor	company	en=Accor	any=Accor	country=FR	hq=Issy-les-Moulineaux	sector=hospitality
company:doordash	company	en=DoorDash	any=DoorDash	country=US	hq=San Francisco	sector=tech
company:ibm_red_hat	company	en=Red Hat	any=Red Hat	country=US	hq=Raleigh	sector=tech	parent=Q37156
company:autodesk	company	en=Autodesk	any=Autodesk	country=US	hq=San Francisco	sector=tech
company:workday	company	en=Workday{ctx}	any=Workday{ctx}|Workday Inc.	country=US	hq=Pleasanton	sector=tech
company:snowflake	company	en=Snowflake{ctx}	any=Snowflake{ctx}|Snowflake Inc.	country=US	hq=Bozeman	sector=tech
company:dropbox	company	en=Dropbox	any=Dropbox	country=US	hq=San Francisco	sector=tech
company:pinterest	company	en=Pinterest	any=Pinterest	country=US	hq=San Francisco	sector=tech
company:reddit	company	en=Reddit	any=Reddit	country=US	hq=San Francisco	sector=tech
company:telegram	company	en=Telegram	uk=Телеграм	ru=Телеграм	any=Telegram	country=AE	hq=Dubai	sector=tech	note=messenger
company:viber	company	en=Viber	uk=Вайбер	ru=Вайбер	any=Viber|Rakuten Viber	country=LU	hq=Luxembourg	sector=tech	note=messenger

# == Pharma and biotech (additions) ==
company:biontech	company	en=BioNTech	uk=БіоНТех|Біонтех|Байонтек	ru=БиоНТех|Бионтех|Байонтек	any=BioNTech	country=DE	hq=Mainz	sector=pharma
company:sinovac	company	en=Sinovac Biotech	uk=Синовак{x}|Сіновак{x}	ru=Синовак{x}	any=Sinovac|Sinovac Biotech	country=CN	hq=Beijing	sector=pharma
company:sinopharm	company	en=Sinopharm	uk=Сінофарм|Синофарм	ru=Синофарм	any=Sinopharm	country=CN	hq=Beijing	sector=pharma
company:cansino	company	en=CanSino Biologics	any=CanSino|CanSino Biologics	country=CN	hq=Tianjin	sector=pharma
company:novavax	company	en=Novavax	uk=Новавакс	ru=Новавакс	any=Novavax	country=US	hq=Gaithersburg	sector=pharma
company:curevac	company	en=CureVac	uk=Кьюрвак	ru=Кьюрвак	any=CureVac	country=DE	hq=Tübingen	sector=pharma
company:janssen	company	en=Janssen Pharmaceuticals	uk=Янссен{x}	ru=Янссен{x}	any=Janssen	country=BE	hq=Beerse	sector=pharma	parent=company:jnj
company:bharat_biotech	company	en=Bharat Biotech	any=Bharat Biotech	country=IN	hq=Hyderabad	sector=pharma
company:biogen	company	en=Biogen	any=Biogen	country=US	hq=Cambridge	sector=pharma
company:regeneron	company	en=Regeneron	uk=Реженерон	ru=Регенерон	any=Regeneron	country=US	hq=Tarrytown	sector=pharma
company:monsanto	company	en=Monsanto	uk=Монсанто{x}	ru=Монсанто{x}	any=Monsanto	country=US	hq=St. Louis	sector=agrochemicals	parent=company:bayer
company:pharmstandard	company	en=Pharmstandard	ru=Фармстандарт	any=Pharmstandard	country=RU	hq=Dolgoprudny	sector=pharma
company:r_pharm	company	en=R-Pharm	ru=Р-Фарм	any=R-Pharm	country=RU	hq=Moscow	sector=pharma
company:biocad	company	en=Biocad	ru=Биокад|БИОКАД{x}	any=Biocad|BIOCAD	country=RU	hq=Saint Petersburg	sector=pharma
company:theranos	company	en=Theranos	any=Theranos	country=US	hq=Palo Alto	sector=health

# == Energy infrastructure, pipelines, commodities (additions) ==
company:nord_stream	company	en=Nord Stream AG	uk=Nord Stream AG{x}	ru=Nord Stream AG{x}	any=Nord Stream AG|Nord Stream	country=CH	hq=Zug	sector=pipeline	parent=company:gazprom	note=operator of the Nord Stream pipeline; the pipeline name (Північний потік) is left out: a facility, not an organization
company:nord_stream2	company	en=Nord Stream 2 AG	uk=Nord Stream 2 AG{x}	ru=Nord Stream 2 AG{x}	any=Nord Stream 2 AG|Nord Stream 2|Nord Stream-2	country=CH	hq=Zug	sector=pipeline	parent=company:gazprom	note=operator of the Nord Stream 2 pipeline
company:allseas	company	en=Allseas	uk=Оллсіз{x}	ru=Оллсиз{x}	any=Allseas	country=CH	hq=Châtel-Saint-Denis	sector=offshore
company:mercuria	company	en=Mercuria Energy Group	any=Mercuria	country=CH	hq=Geneva	sector=trading
company:yamal_lng	company	en=Yamal LNG	ru=Ямал СПГ{x}	uk=Ямал СПГ{x}	any=Yamal LNG	country=RU	hq=Sabetta	sector=energy	parent=company:novatek
company:arctic_lng2	company	en=Arctic LNG 2	ru=Арктик СПГ 2{x}|Арктик СПГ-2{x}	any=Arctic LNG 2	country=RU	hq=Moscow	sector=energy	parent=company:novatek
company:yukos	company	en=Yukos	uk=ЮКОС{x}	ru=ЮКОС{x}|НК ЮКОС{x}	any=Yukos|YUKOS	country=RU	hq=Moscow	sector=oil	note=liquidated in 2007
company:sibneft	company	en=Sibneft	uk=Сибнафта	ru=Сибнефть	any=Sibneft	country=RU	hq=Moscow	sector=oil	note=became Gazprom Neft in 2006
company:tnk_bp	company	en=TNK-BP	uk=ТНК-BP{x}|ТНК-ВР{x}	ru=ТНК-BP{x}|ТНК-ВР{x}	any=TNK-BP	country=RU	hq=Moscow	sector=oil	note=acquired by Rosneft in 2013
company:rosenergoatom	company	en=Rosenergoatom	uk=Росенергоатом	ru=Росэнергоатом|концерн «Росэнергоатом»	any=Rosenergoatom	country=RU	hq=Moscow	sector=nuclear	parent=company:rosatom
company:tvel	company	en=TVEL	uk=ТВЕЛ{x}	ru=ТВЭЛ{x}|Топливная компания ТВЭЛ{x}	any=TVEL	country=RU	hq=Moscow	sector=nuclear	parent=company:rosatom
company:fsk_ees	company	en=Federal Grid Company	ru=ФСК ЕЭС{x}|Федеральная сетевая компания	any=FGC UES	country=RU	hq=Moscow	sector=utilities
company:mosenergo	company	en=Mosenergo	uk=Мосенерго{n}	ru=Мосэнерго{n}	any=Mosenergo	country=RU	hq=Moscow	sector=utilities
company:mosgaz	company	en=Mosgaz	ru=Мосгаз	any=Mosgaz	country=RU	hq=Moscow	sector=utilities
company:mosvodokanal	company	en=Mosvodokanal	ru=Мосводоканал	any=Mosvodokanal	country=RU	hq=Moscow	sector=utilities
company:moscow_metro	company	en=Moscow Metro	uk=Московський метрополітен	ru=Московский метрополитен	any=Moscow Metro	country=RU	hq=Moscow	sector=transport
company:spb_metro	company	en=Saint Petersburg Metro	ru=Петербургский метрополитен	any=Saint Petersburg Metro	country=RU	hq=Saint Petersburg	sector=transport
company:aeroexpress	company	en=Aeroexpress	ru=Аэроэкспресс	any=Aeroexpress	country=RU	hq=Moscow	sector=rail

# == Russia: holdings, banks, retail, industry (additions) ==
company:renova	company	en=Renova Group	uk=Ренова{x}|група «Ренова»	ru=группа «Ренова»|Ренова{ctx}	any=Renova Group	country=RU	hq=Moscow	sector=conglomerate
company:basic_element	company	en=Basic Element	uk=Базовий елемент	ru=Базовый элемент|Базэл	any=Basic Element	country=RU	hq=Moscow	sector=conglomerate
company:interros	company	en=Interros	uk=Інтеррос	ru=Интеррос	any=Interros	country=RU	hq=Moscow	sector=conglomerate
company:onexim	company	en=Onexim Group	uk=Онексім|група «Онексім»	ru=Онэксим|группа «Онэксим»	any=Onexim	country=RU	hq=Moscow	sector=conglomerate
company:mostotrest	company	en=Mostotrest	ru=Мостотрест	any=Mostotrest	country=RU	hq=Moscow	sector=construction
company:stroygazmontazh	company	en=Stroygazmontazh	uk=Стройгазмонтаж	ru=Стройгазмонтаж|СГМ{x}	any=Stroygazmontazh	country=RU	hq=Moscow	sector=construction
company:transaero	company	en=Transaero	uk=Трансаеро{x}	ru=Трансаэро{x}	any=Transaero	country=RU	hq=Moscow	sector=airline	note=ceased operations in 2015
company:bank_moskvy	company	en=Bank of Moscow	any=Bank of Moscow	country=RU	hq=Moscow	sector=bank
company:vtb24	company	en=VTB 24	ru=ВТБ24{x}|ВТБ 24{x}	any=VTB24	country=RU	hq=Moscow	sector=bank	parent=company:vtb
company:binbank	company	en=B&N Bank	ru=Бинбанк|БИНБАНК{x}	any=Binbank	country=RU	hq=Moscow	sector=bank
company:uralsib	company	en=Uralsib	ru=Уралсиб|Банк Уралсиб	any=Uralsib	country=RU	hq=Moscow	sector=bank
company:russian_standard	company	en=Russian Standard Bank	ru=банк «Русский стандарт»|Русский Стандарт	any=Russian Standard	country=RU	hq=Moscow	sector=bank
company:home_credit	company	en=Home Credit Bank	ru=Хоум Кредит{x}|Хоум Кредит Банк{x}	any=Home Credit	country=RU	hq=Moscow	sector=bank
company:renaissance_credit	company	en=Renaissance Credit	ru=Ренессанс Кредит{x}	any=Renaissance Credit	country=RU	hq=Moscow	sector=bank
company:pochta_bank	company	en=Pochta Bank	ru=Почта Банк{x}	any=Pochta Bank	country=RU	hq=Moscow	sector=bank
company:eldorado	company	en=Eldorado (retailer)	ru=Эльдорадо{ctx}|сеть «Эльдорадо»	any=Eldorado{ctx}	country=RU	hq=Moscow	sector=retail
company:svyaznoy	company	en=Svyaznoy	ru=Связной{ctx}|сеть «Связной»	any=Svyaznoy	country=RU	hq=Moscow	sector=retail
company:euroset	company	en=Euroset	ru=Евросеть	any=Euroset	country=RU	hq=Moscow	sector=retail
company:sportmaster	company	en=Sportmaster	uk=Спортмайстер	ru=Спортмастер	any=Sportmaster	country=RU	hq=Moscow	sector=retail
company:vkusno_i_tochka	company	en=Vkusno i tochka	ru=Вкусно — и точка{x}|Вкусно и точка{x}	country=RU	hq=Moscow	sector=restaurants
company:odnoklassniki	company	en=Odnoklassniki	uk=Однокласники{pl}	ru=Одноклассники{pl}	any=Odnoklassniki|OK.ru	country=RU	hq=Moscow	sector=tech	parent=company:vk
company:rambler	company	en=Rambler	uk=Рамблер	ru=Рамблер	any=Rambler|Rambler&Co	country=RU	hq=Moscow	sector=tech
company:livejournal	company	en=LiveJournal	uk=Живий журнал	ru=Живой журнал	any=LiveJournal	country=RU	hq=Moscow	sector=tech
company:rkk_energia	company	en=RSC Energia	uk=РКК «Енергія»|РКК Енергія	ru=РКК «Энергия»|РКК Энергия|Ракетно-космическая корпорация «Энергия»	any=RSC Energia	country=RU	hq=Korolyov	sector=space	parent=company:roscosmos
company:khrunichev	company	en=Khrunichev State Research and Production Space Center	uk=Центр Хрунічева	ru=Центр Хруничева|Центр имени Хруничева|ГКНПЦ имени Хруничева	any=Khrunichev	country=RU	hq=Moscow	sector=space	parent=company:roscosmos
company:mig_rsk	company	en=Mikoyan (RSK MiG)	uk=РСК «МіГ»|РСК МіГ{x}	ru=РСК «МиГ»|РСК МиГ{x}	any=RSK MiG	country=RU	hq=Moscow	sector=aerospace	parent=company:uac
company:izhmash	company	en=Izhevsk Mechanical Plant	ru=Ижмаш|Ижевский механический завод	any=Izhmash	country=RU	hq=Izhevsk	sector=defense
company:tupolev	company	en=Tupolev	uk=ПАТ «Туполєв»|компанія «Туполєв»	ru=ПАО «Туполев»|компания «Туполев»	any=Tupolev PJSC	country=RU	hq=Moscow	sector=aerospace	parent=company:uac
company:ilyushin	company	en=Ilyushin	uk=компанія «Ільюшин»	ru=компания «Ильюшин»|ОАО «Ил»	country=RU	hq=Moscow	sector=aerospace	parent=company:uac
company:irkut	company	en=Irkut Corporation	uk=корпорація «Іркут»	ru=корпорация «Иркут»|Корпорация «Иркут»	any=Irkut Corporation	country=RU	hq=Moscow	sector=aerospace	parent=company:uac

# == Ukraine: groups, banks, builders (additions) ==
company:privat_group	company	en=Privat Group	uk=група «Приват»|група Приват|Приват{ctx}	ru=группа «Приват»|группа Приват|Приват{ctx}	any=Privat Group	country=UA	hq=Dnipro	sector=conglomerate
company:delta_bank	company	en=Delta Bank	uk=Дельта Банк{x}|банк «Дельта»	ru=Дельта Банк{x}|банк «Дельта»	any=Delta Bank	country=UA	hq=Kyiv	sector=bank	note=liquidated in 2015
company:nadra_bank	company	en=Nadra Bank	uk=банк «Надра»|банк Надра|Надра Банк{x}	ru=банк «Надра»|банк Надра	any=Nadra Bank	country=UA	hq=Kyiv	sector=bank
company:fik_bank	company	en=Finance and Credit Bank	uk=банк «Фінанси та Кредит»|банк «Фінанси і кредит»	ru=банк «Финансы и Кредит»	country=UA	hq=Kyiv	sector=bank
company:ukrsotsbank	company	en=Ukrsotsbank	uk=Укрсоцбанк	ru=Укрсоцбанк	any=Ukrsotsbank	country=UA	hq=Kyiv	sector=bank
company:prominvestbank	company	en=Prominvestbank	uk=Промінвестбанк	ru=Проминвестбанк	any=Prominvestbank	country=UA	hq=Kyiv	sector=bank
company:pravex	company	en=Pravex Bank	uk=Правекс-Банк{x}|Правекс Банк{x}|Правекс{ctx}	ru=Правэкс-Банк{x}|Правекс-Банк{x}	any=Pravex Bank	country=UA	hq=Kyiv	sector=bank
company:kredobank	company	en=Kredobank	uk=Кредобанк	ru=Кредобанк	any=Kredobank	country=UA	hq=Lviv	sector=bank
company:procredit_ua	company	en=ProCredit Bank Ukraine	uk=ПроКредит Банк{x}|Прокредит Банк{x}	ru=ПроКредит Банк{x}	any=ProCredit Bank	country=UA	hq=Kyiv	sector=bank
company:taskombank	company	en=TASCOMBANK	uk=ТАСкомбанк|Таскомбанк	ru=ТАСкомбанк|Таскомбанк	any=Tascombank|TASCOMBANK	country=UA	hq=Kyiv	sector=bank
company:brokbiznesbank	company	en=Brokbusinessbank	uk=Брокбізнесбанк	ru=Брокбизнесбанк	any=Brokbusinessbank	country=UA	hq=Kyiv	sector=bank	note=liquidated in 2014
company:kredit_dnipro	company	en=Credit Dnipro Bank	uk=банк «Кредит Дніпро»|Кредит Дніпро{x}	ru=банк «Кредит Днепр»	country=UA	hq=Kyiv	sector=bank
company:megabank	company	en=Megabank	uk=Мегабанк	ru=Мегабанк	any=Megabank	country=UA	hq=Kharkiv	sector=bank
company:idea_bank	company	en=Idea Bank Ukraine	uk=Ідея Банк{x}	ru=Идея Банк{x}	any=Idea Bank	country=UA	hq=Lviv	sector=bank
company:kyivmiskbud	company	en=Kyivmiskbud	uk=Київміськбуд|корпорація «Київміськбуд»	ru=Киевгорстрой	any=Kyivmiskbud	country=UA	hq=Kyiv	sector=construction
company:ukrbud	company	en=Ukrbud	uk=Укрбуд	ru=Укрбуд	any=Ukrbud	country=UA	hq=Kyiv	sector=construction
company:chornomornaftogaz	company	en=Chornomornaftogaz	uk=Чорноморнафтогаз	ru=Черноморнефтегаз	any=Chornomornaftogaz	country=UA	hq=Simferopol	sector=oil
company:ukrtatnafta	company	en=Ukrtatnafta	uk=Укртатнафта	ru=Укртатнафта	any=Ukrtatnafta	country=UA	hq=Kremenchuk	sector=oil
company:ukrnaftoburinnya	company	en=Ukrnaftoburinnya	uk=Укрнафтобуріння	ru=Укрнефтебурение	any=Ukrnaftoburinnya	country=UA	hq=Kyiv	sector=oil
company:znpp	company	en=Zaporizhzhia NPP	uk=Запорізька АЕС|Запорізька атомна електростанція|ЗАЕС{x}	ru=Запорожская АЭС|Запорожская атомная электростанция|ЗАЭС{x}	any=Zaporizhzhia Nuclear Power Plant|ZNPP	country=UA	hq=Enerhodar	sector=nuclear	parent=company:energoatom
company:chnpp	company	en=Chornobyl Nuclear Power Plant	uk=Чорнобильська АЕС|ЧАЕС{x}	ru=Чернобыльская АЭС|ЧАЭС{x}	any=Chornobyl Nuclear Power Plant|Chernobyl Nuclear Power Plant	country=UA	hq=Chornobyl	sector=nuclear
company:zhuliany_airport	company	en=Zhuliany Airport	uk=аеропорт «Київ» (Жуляни)|аеропорт «Київ»|Міжнародний аеропорт «Київ»	ru=аэропорт «Киев» (Жуляны)|аэропорт «Киев»|Международный аэропорт «Киев»	any=Kyiv International Airport	country=UA	hq=Kyiv	sector=airport

# == World: tech, media, finance, consumer (additions) ==
company:sun_microsystems	company	en=Sun Microsystems	uk=Сан Майкросистемз{x}	ru=Сан Майкросистемс{x}	any=Sun Microsystems	country=US	hq=Santa Clara	sector=tech	note=acquired by Oracle in 2010
company:threecom	company	en=3Com	any=3Com	country=US	hq=Marlborough	sector=tech	note=acquired by HP in 2010
company:mysql_ab	company	en=MySQL AB	any=MySQL AB|MySQL	country=SE	hq=Uppsala	sector=tech
company:mozilla	company	en=Mozilla	uk=Мозілла	ru=Мозилла	any=Mozilla|Mozilla Foundation	country=US	hq=San Francisco	sector=tech
company:yahoo	company	en=Yahoo	uk=Яху{x}	ru=Яху{x}	any=Yahoo|Yahoo!	country=US	hq=Sunnyvale	sector=tech
company:aol	company	en=AOL	any=AOL|America Online	country=US	hq=New York	sector=tech
company:motorola	company	en=Motorola	uk=Моторола	ru=Моторола	any=Motorola	country=US	hq=Chicago	sector=tech
company:blackberry	company	en=BlackBerry	any=BlackBerry|Research In Motion	country=CA	hq=Waterloo	sector=tech
company:htc	company	en=HTC	any=HTC	country=TW	hq=Taoyuan	sector=tech
company:xerox	company	en=Xerox	uk=Ксерокс{ctx}	ru=Ксерокс{ctx}	any=Xerox	country=US	hq=Norwalk	sector=tech
company:kodak	company	en=Kodak	uk=Кодак	ru=Кодак	any=Kodak|Eastman Kodak	country=US	hq=Rochester	sector=tech
company:western_digital	company	en=Western Digital	any=Western Digital	country=US	hq=San Jose	sector=tech
company:visteon	company	en=Visteon	any=Visteon	country=US	hq=Van Buren Township	sector=automotive
company:discord	company	en=Discord{ctx}	any=Discord{ctx}	country=US	hq=San Francisco	sector=tech
company:twitch	company	en=Twitch	any=Twitch	country=US	hq=San Francisco	sector=tech	parent=Q3884
company:wikipedia	company	en=Wikipedia	uk=Вікіпедія	ru=Википедия	any=Wikipedia	country=US	hq=San Francisco	sector=online	parent=org:wikimedia
company:binance	company	en=Binance	uk=Бінанс	ru=Бинанс	any=Binance	country=AE	hq=Dubai	sector=crypto
company:ftx	company	en=FTX	any=FTX	country=BS	hq=Nassau	sector=crypto	note=bankrupt in 2022
company:tether	company	en=Tether{ctx}	any=Tether{ctx}	country=SV	hq=San Salvador	sector=crypto
company:enron	company	en=Enron	uk=Енрон	ru=Энрон	any=Enron	country=US	hq=Houston	sector=energy	note=bankrupt in 2001
company:lehman	company	en=Lehman Brothers	uk=Леман Бразерс{x}	ru=Леман Бразерс{x}|Lehman Brothers{x}	any=Lehman Brothers	country=US	hq=New York	sector=bank	note=bankrupt in 2008
company:merrill_lynch	company	en=Merrill Lynch	uk=Меррілл Лінч{x}	ru=Меррилл Линч{x}	any=Merrill Lynch	country=US	hq=New York	sector=bank	parent=company:bank_of_america
company:fannie_mae	company	en=Fannie Mae	any=Fannie Mae	country=US	hq=Washington	sector=finance
company:freddie_mac	company	en=Freddie Mac	any=Freddie Mac	country=US	hq=McLean	sector=finance
company:rbs	company	en=NatWest Group (Royal Bank of Scotland)	uk=Королівський банк Шотландії	ru=Королевский банк Шотландии	any=Royal Bank of Scotland|RBS	country=GB	hq=Edinburgh	sector=bank
company:wirecard	company	en=Wirecard	any=Wirecard	country=DE	hq=Munich	sector=fintech	note=insolvent in 2020
company:odebrecht	company	en=Odebrecht	uk=Одебрехт{x}	ru=Одебрехт{x}	any=Odebrecht|Novonor	country=BR	hq=Salvador	sector=construction
company:news_corp	company	en=News Corp	any=News Corp|News Corporation	country=US	hq=New York	sector=media
company:time_warner	company	en=Time Warner	uk=Тайм Ворнер{x}	ru=Тайм Уорнер{x}	any=Time Warner|WarnerMedia	country=US	hq=New York	sector=media
company:viacom	company	en=Viacom	any=Viacom|ViacomCBS	country=US	hq=New York	sector=media
company:bertelsmann	company	en=Bertelsmann	any=Bertelsmann	country=DE	hq=Gütersloh	sector=media
company:axel_springer	company	en=Axel Springer	uk=Аксель Шпрінгер{x}	ru=Аксель Шпрингер{x}	any=Axel Springer	country=DE	hq=Berlin	sector=media
company:conde_nast	company	en=Condé Nast	any=Condé Nast|Conde Nast	country=US	hq=New York	sector=media
company:hearst	company	en=Hearst Communications	any=Hearst Communications|Hearst Corporation	country=US	hq=New York	sector=media
company:chrysler	company	en=Chrysler	uk=Крайслер	ru=Крайслер	any=Chrysler	country=US	hq=Auburn Hills	sector=automotive	parent=company:stellantis
company:jlr	company	en=Jaguar Land Rover	uk=Ягуар Ленд Ровер{x}	ru=Ягуар Ленд Ровер{x}	any=Jaguar Land Rover|JLR	country=GB	hq=Coventry	sector=automotive	parent=company:tata_motors
company:lamborghini	company	en=Lamborghini	uk=Ламборгіні{x}	ru=Ламборгини{x}	any=Lamborghini	country=IT	hq=Sant'Agata Bolognese	sector=automotive	parent=company:audi
company:aston_martin	company	en=Aston Martin	any=Aston Martin	country=GB	hq=Gaydon	sector=automotive
company:bentley	company	en=Bentley Motors	any=Bentley Motors	country=GB	hq=Crewe	sector=automotive	parent=company:volkswagen
company:maserati	company	en=Maserati	uk=Мазераті{x}	ru=Мазерати{x}	any=Maserati	country=IT	hq=Modena	sector=automotive	parent=company:stellantis
company:burger_king	company	en=Burger King	uk=Бургер Кінг{x}	ru=Бургер Кинг{x}	any=Burger King	country=US	hq=Miami	sector=restaurants
company:reebok	company	en=Reebok	uk=Рібок	ru=Рибок	any=Reebok	country=US	hq=Boston	sector=apparel
company:victorias_secret	company	en=Victoria's Secret	any=Victoria's Secret|Victoria’s Secret	country=US	hq=Columbus	sector=retail
company:general_atomics	company	en=General Atomics	any=General Atomics	country=US	hq=San Diego	sector=defense
company:nammo	company	en=Nammo	any=Nammo	country=NO	hq=Raufoss	sector=defense
company:eurowings	company	en=Eurowings	any=Eurowings	country=DE	hq=Düsseldorf	sector=airline	parent=company:lufthansa
company:vueling	company	en=Vueling	any=Vueling	country=ES	hq=Barcelona	sector=airline	parent=company:iag
company:brussels_airlines	company	en=Brussels Airlines	any=Brussels Airlines	country=BE	hq=Brussels	sector=airline	parent=company:lufthansa
company:aegean	company	en=Aegean Airlines	any=Aegean Airlines	country=GR	hq=Athens	sector=airline
company:saipem	company	en=Saipem	uk=Сайпем	ru=Сайпем	any=Saipem	country=IT	hq=Milan	sector=oil_services	parent=company:eni
company:rosgosstrakh	company	en=Rosgosstrakh	uk=Росдержстрах	ru=Росгосстрах	any=Rosgosstrakh	country=RU	hq=Moscow	sector=insurance
company:ingosstrakh	company	en=Ingosstrakh	ru=Ингосстрах	any=Ingosstrakh	country=RU	hq=Moscow	sector=insurance
company:sogaz	company	en=SOGAZ	ru=СОГАЗ{x}	any=SOGAZ	country=RU	hq=Moscow	sector=insurance
company:reso	company	en=RESO-Garantia	ru=РЕСО-Гарантия	any=RESO-Garantia	country=RU	hq=Moscow	sector=insurance
company:alfastrakhovanie	company	en=AlfaStrakhovanie	ru=АльфаСтрахование	any=AlfaStrakhovanie	country=RU	hq=Moscow	sector=insurance
company:renaissance_capital	company	en=Renaissance Capital	uk=Ренесанс Капітал{x}	ru=Ренессанс Капитал{x}	any=Renaissance Capital	country=RU	hq=Moscow	sector=investment
company:finam	company	en=Finam	ru=Финам|ИК «Финам»	any=Finam	country=RU	hq=Moscow	sector=investment
company:bcs	company	en=BCS Financial Group	ru=БКС{x}|ФГ БКС{x}|БКС Мир инвестиций{x}	any=BCS Global Markets	country=RU	hq=Moscow	sector=investment
company:headhunter	company	en=HeadHunter	uk=ГедГантер	ru=ХедХантер	any=HeadHunter|hh.ru	country=RU	hq=Moscow	sector=tech
company:onec	company	en=1C Company	ru=фирма «1С»|компания «1С»	any=1C Company	country=RU	hq=Moscow	sector=tech
company:kirovsky_zavod	company	en=Kirov Plant	uk=Кіровський завод	ru=Кировский завод	any=Kirov Plant	country=RU	hq=Saint Petersburg	sector=machinery
company:uralchem	company	en=Uralchem	ru=Уралхим	any=Uralchem	country=RU	hq=Moscow	sector=chemicals
company:omk	company	en=OMK (United Metallurgical Company)	ru=Объединенная металлургическая компания|Объединённая металлургическая компания|ОМК{x}	any=OMK	country=RU	hq=Moscow	sector=metals
company:chtpz	company	en=ChTPZ Group	ru=ЧТПЗ{x}|Челябинский трубопрокатный завод	any=ChTPZ	country=RU	hq=Chelyabinsk	sector=metals
company:sakhalin_energy	company	en=Sakhalin Energy	ru=Сахалин Энерджи{x}	any=Sakhalin Energy	country=RU	hq=Yuzhno-Sakhalinsk	sector=energy
company:dst_global	company	en=DST Global	any=DST Global|Digital Sky Technologies	country=HK	hq=Hong Kong	sector=investment
