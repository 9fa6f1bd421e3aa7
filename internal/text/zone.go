package text

import (
	"unicode"
	"unicode/utf8"
)

// line is a run of tokens on one input line, with its zone.
type line struct {
	first, last int // token range [first, last)
	zone        Zone
}

func splitLines(toks []Token) []line {
	var lines []line
	st := 0
	for i := 1; i < len(toks); i++ {
		if toks[i].Flags&NewlineBefore != 0 {
			lines = append(lines, line{first: st, last: i})
			st = i
		}
	}
	return append(lines, line{first: st, last: len(toks)})
}

// Phrase classes for whole furniture lines.
const (
	phraseUI      = 1
	phraseRelated = 2
)

// phrases maps the key of a whole line (words' keys joined by one space,
// without punctuation) to its class.
var phrases = map[string]uint8{}

func init() {
	ui := []string{
		// uk
		"розширений пошук", "пошук", "поділитися", "поділіться", "версія для друку", "друк", "надрукувати",
		"підписатися", "підписуйтесь", "головна", "новини", "меню", "коментарі", "коментувати", "увійти",
		"вхід", "реєстрація", "закрити", "назад", "вперед", "далі", "більше", "читати далі", "детальніше",
		"усі новини", "всі новини", "архів", "теги", "мітки", "фото", "відео", "реклама", "поширити",
		"версія для слабозорих", "контакти", "опитування", "мапа сайту", "популярне", "останні новини",
		"новини партнерів", "копіювати посилання", "головне", "стрічка новин", "english version", "укр", "рус", "eng",
		// ru
		"расширенный поиск", "поиск", "поделиться", "версия для печати", "печать", "подписаться",
		"подпишитесь", "главная", "новости", "комментарии", "комментировать", "войти", "вход",
		"регистрация", "закрыть", "далее", "подробнее", "читать далее", "читать полностью", "все новости",
		"архив", "метки", "видео", "скопировать ссылку", "популярное", "последние новости",
		"новости партнеров", "карта сайта", "версия для слабовидящих", "главное", "лента новостей",
		// en
		"tool items", "share", "print", "subscribe", "search", "advanced search", "home", "menu", "comments",
		"log in", "login", "sign in", "sign up", "register", "close", "back", "next", "previous", "more",
		"read more", "all news", "archive", "tags", "photo", "video", "advertisement", "share this", "email",
		"copy link", "skip to content", "cookie settings", "accept", "accept all", "privacy policy",
		"terms of use", "contact us", "newsletter", "most read", "latest news", "top stories", "trending",
		"facebook", "twitter", "telegram", "viber", "whatsapp", "linkedin", "instagram", "youtube", "vk",
		"вконтакте", "одноклассники", "font size", "a a a",
	}
	related := []string{
		"читайте також", "читайте также", "read also", "also read", "related", "related news",
		"related articles", "related stories", "related content", "дивіться також", "смотрите также", "see also",
		"новини по темі", "новости по теме", "по темі", "по теме", "похожие новости", "схожі новини",
		"інші новини", "другие новости", "more news", "more on this", "more on this story", "більше новин",
		"больше новостей", "рекомендуємо", "рекомендуем", "вас може зацікавити", "вас может заинтересовать",
		"you may also like", "you might also like", "recommended", "читайте ще", "читайте еще",
		"читайте также по теме", "матеріали по темі", "материалы по теме",
	}
	for _, p := range ui {
		phrases[Key(p)] = phraseUI
	}
	for _, p := range related {
		phrases[Key(p)] = phraseRelated
	}
}

// creditWords start photo credits, tag lists and similar furniture lines
// when followed by a colon.
var creditWords = map[string]bool{
	"фото": true, "photo": true, "photos": true, "джерело": true, "источник": true, "source": true,
	"теги": true, "tags": true, "мітки": true, "метки": true, "автор": true, "author": true,
	"ілюстрація": true, "иллюстрация": true, "image": true, "credit": true, "відео": true, "видео": true,
	"video": true, "тема": true, "topics": true, "рубрика": true, "категорія": true, "категория": true,
}

// lineInfo holds the shape of one line.
type lineInfo struct {
	words, longWords int
	latin, cyr       int // words by script of their first letter
	final            bool
	period           bool // has a . or …
	bullet           bool
	seps             int
	cookie           bool
	credit           bool
	byline           bool
	phrase           uint8
}

func lineShape(toks []Token, ln line) lineInfo {
	var li lineInfo
	var kb [160]byte
	key := kb[:0]
	keyOK := true
	for i := ln.first; i < ln.last; i++ {
		t := toks[i]
		switch t.Kind {
		case Word, Number:
			if t.Kind == Word {
				li.words++
				r, _ := utf8.DecodeRuneInString(t.Text)
				if utf8.RuneCountInString(t.Text) >= 2 {
					li.longWords++
				}
				switch {
				case r < 0x250 && unicode.IsLetter(r):
					li.latin++
				case r >= 0x400 && r < 0x530:
					li.cyr++
				}
			}
			switch t.Key {
			case "cookie", "cookies", "©":
				li.cookie = true
			}
			if keyOK {
				if len(key) > 0 {
					key = append(key, ' ')
				}
				if len(key)+len(t.Key) > len(kb) {
					keyOK = false
				} else {
					key = append(key, t.Key...)
				}
			}
		default:
			if t.Key == "." || t.Key == "…" || t.Key == "..." {
				li.period = true
			}
			switch t.Key {
			case "©":
				li.cookie = true
			case ">", "/", "|", "→", "›", "·", "•":
				if t.Flags&SpaceBefore != 0 && i+1 < ln.last && toks[i+1].Flags&SpaceBefore != 0 && i > ln.first {
					li.seps++
				}
			case ":":
				if i == ln.first+1 && toks[ln.first].Kind == Word && creditWords[toks[ln.first].Key] {
					li.credit = true
				}
			}
		}
	}
	if ln.first < ln.last {
		li.bullet = isBullet(toks[ln.first])
		j := ln.last - 1
		for j > ln.first && isCloser(toks, j) {
			j--
		}
		li.final = isFinal(toks[j]) || (toks[j].Flags&Abbrev != 0 && abbrevEnds(toks, j))
		if toks[ln.first].Key == "by" && li.words <= 5 && !li.final {
			li.byline = true
		}
	}
	if keyOK && li.words <= 8 {
		li.phrase = phrases[string(key)]
	}
	return li
}

// classifyLines sets the zone of every line: Furniture by shape, then
// Headline for the leading short lines.
func classifyLines(toks []Token, lines []line, lang string) {
	related := false
	heads := 0
	headOpen := true
	cyrDoc := lang == "uk" || lang == "ru"
	for k := range lines {
		ln := &lines[k]
		li := lineShape(toks, *ln)
		furn := false
		switch {
		case li.phrase == phraseRelated:
			furn, related = true, true
		case li.phrase == phraseUI, li.cookie, li.byline:
			furn = true
		case li.longWords == 0:
			furn = true // "-A A +A", lone numbers, symbols
		case li.credit && li.words <= 12:
			furn = true
		case li.seps >= 2 && !li.final && li.words <= 20:
			furn = true // breadcrumbs
		case cyrDoc && li.cyr == 0 && li.latin > 0 && li.words <= 4 && !li.final:
			furn = true // "Tool items" on a Cyrillic page
		case related:
			if li.final && !li.bullet && li.words >= 8 {
				related = false
			} else {
				furn = true
			}
		}
		if furn {
			ln.zone = Furniture
			continue
		}
		if headOpen {
			if li.period || li.words > 30 || li.bullet {
				headOpen = false
			} else {
				ln.zone = Headline
				heads++
				if heads == 3 {
					headOpen = false
				}
			}
		}
	}
}
