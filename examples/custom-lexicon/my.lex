# A user lexicon for examples/custom-lexicon: the format of lexicon/doc.go.
# ID <TAB> TYPE <TAB> key=value ... ; uk=/ru= names are nominative and are
# declined by factum (Зорград, Зорграда, Зорграду...).
# pop= matters: a small or unknown place at the start of a sentence counts
# only after a cue ("місто", "in"), so that capitalized words are not
# mistaken for villages.
user:zorgrad	city	en=Zorgrad	uk=Зорград	ru=Зоряград	country=UA	pop=250000
user:nebula_robotics	company	en=Nebula Robotics	any=Nebula Robotics|Nebula	uk=Небула{x}	country=UA	hq=Zorgrad
