package extract

import (
	"sort"

	"github.com/factum-nlp/factum/internal/text"
)

// statePosts reads holds_position relations of posts whose country is
// given by an adjective or left unsaid, in Russian and Ukrainian:
//
//   - a country adjective before a post of a state: "британский премьер
//     Борис Джонсон", "польський посол Бартош Ціхоцький"; an adjective
//     before a trade or a profession says where the person comes from,
//     not whose post it is: "аргентинский футболист", "польский
//     композитор" give nothing;
//   - a post of a state or a government before a well-known person, with
//     no country named with it: "Премьер-министр Владимир Путин",
//     "президент Лукашенко". The country is the one the lexicon gives
//     for the person's post, if the document names it; a person the
//     lexicon does not know gets no country.
//
// A person whose post a rule has already read is left alone.
func (d *doc) statePosts() {
	if d.lang != "ru" && d.lang != "uk" {
		return
	}
	for si := range d.spans {
		s := &d.spans[si]
		if s.typ != "role" || s.part >= 0 || d.skip[s.tok0] {
			continue
		}
		scope, id := d.roleScope(si)
		if !stateScopes[scope] && !statePostIDs[id] {
			continue
		}
		pi := d.personAt(s.tok1)
		ofCountry := false // "президента страны Александра Лукашенко"
		if pi < 0 && s.tok1 < len(d.toks) && countryNouns[d.toks[s.tok1].Key] {
			pi, ofCountry = d.personAt(s.tok1+1), true
		}
		if pi < 0 {
			continue
		}
		p := d.spans[pi].ent
		if c := d.countryBefore(s.tok0); c != nil && !ofCountry {
			d.addPost(p, c, si, d.spans[d.cover[s.tok0-1]-1].tok0, pi, "ctx.country_adj_post")
			continue
		}
		if scope != "state" && scope != "government" || id == "role:crown_prince" || d.hasPost(p.ID) || d.kinBefore(s.tok0) && (p.entry == nil || p.entry.Attrs["role"] == "") {
			continue
		}
		if d.namesBody(si) {
			continue // "секретарь Совета безопасности": the body, not the country
		}
		c := d.postCountry(p)
		if c == nil && p.entry == nil {
			c = d.contextCountry(si)
		}
		if c != nil {
			d.addPost(p, c, si, s.tok0, pi, "ctx.state_post")
		}
	}
}

// kinBefore reports whether a word of kinship comes right before token t
// (or before a word before it): in "дочь действующего президента Иванка"
// the name is the daughter's, not the president's (unless the lexicon
// knows the person for a post: "сына президента Александра Лукашенко").
func (d *doc) kinBefore(t int) bool {
	for i := t - 1; i >= 0 && i >= t-2; i-- {
		if kinWords[d.toks[i].Key] {
			return true
		}
	}
	return false
}

var kinWords = map[string]bool{
	"дочь": true, "дочери": true, "сын": true, "сына": true, "сыну": true, "жена": true, "жены": true, "жену": true, "муж": true, "мужа": true,
	"супруга": true, "супруги": true, "супругу": true, "вдова": true, "вдовы": true, "брат": true, "брата": true, "сестра": true, "сестры": true,
	"отец": true, "отца": true, "мать": true, "матери": true, "внук": true, "внука": true, "внучка": true, "внучки": true, "племянник": true, "зять": true,
	"донька": true, "доньки": true, "дочка": true, "син": true, "сина": true, "дружина": true, "дружини": true, "чоловік": true, "чоловіка": true,
	"вдови": true, "сестри": true, "батько": true, "батька": true, "мати": true, "онук": true, "онука": true, "онучка": true,
}

// namesBody reports whether the post at span si names its body with a
// capitalized word after its first: "секретарь Совета безопасности".
func (d *doc) namesBody(si int) bool {
	s := d.spans[si]
	for t := s.tok0 + 1; t < s.tok1; t++ {
		if d.toks[t].Flags&text.Cap != 0 {
			return true
		}
	}
	return false
}

// countryNouns name a country already named: "президент страны".
var countryNouns = map[string]bool{"страны": true, "государства": true, "країни": true, "держави": true}

// contextCountry is the country a post at span si belongs to when it names
// none: the only country named before it in its sentence and the two
// before (none when they name two).
func (d *doc) contextCountry(si int) *entity {
	cur := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].Last > d.spans[si].tok0 })
	first := 0
	if cur-2 > 0 {
		first = d.sents[cur-2].First
	}
	var near *entity
	for j := si - 1; j >= 0 && d.spans[j].tok0 >= first; j-- {
		if o := d.spans[j]; !o.ref && o.part < 0 && o.ent != nil && o.ent.Type == Country {
			if near != nil && near != o.ent {
				return nil
			}
			near = o.ent
		}
	}
	return near
}

// stateScopes are the scopes (roles.lex) of posts a country can hold.
var stateScopes = map[string]bool{
	"state": true, "government": true, "parliament": true, "diplomatic": true,
	"military": true, "security": true, "police": true, "judicial": true, "party": true,
}

// statePostIDs are posts outside those scopes that a country adjective
// still gives a country: "российский политик", "британский чиновник".
var statePostIDs = map[string]bool{"role:politician": true, "role:official": true}

// roleScope returns the scope of the post at span si ("state",
// "government", "sport"...) and the post's id, or "" when the lexicon
// gives none.
func (d *doc) roleScope(si int) (scope, id string) {
	s := d.spans[si]
	for _, f := range d.lookup(s.tok0) {
		if f.Entry.Type == "role" && len(f.Keys) == s.tok1-s.tok0 && f.Entry.Attrs["kind"] != "modifier" {
			return f.Entry.Attrs["scope"], f.Entry.ID
		}
	}
	return "", ""
}

// countryBefore returns the country whose mention (an adjective such as
// "британский", or a name) ends right before token t, or nil.
func (d *doc) countryBefore(t int) *entity {
	if t <= 0 || d.cover[t-1] == 0 {
		return nil
	}
	o := d.spans[d.cover[t-1]-1]
	if o.typ != Country || o.tok1 != t || o.part >= 0 || o.ref || o.ent == nil {
		return nil
	}
	return o.ent
}

// postCountry returns the country of a well-known person's post that the
// document names: the lexicon's org of the post when it is a country,
// else the person's own country. Nil when the lexicon does not know the
// person or the document does not name the country.
func (d *doc) postCountry(p *entity) *entity {
	if p == nil || p.entry == nil {
		return nil
	}
	if p.entry.Attrs["former"] != "" {
		return nil
	}
	org, cc := p.entry.Attrs["org"], p.entry.Attrs["country"]
	var byCode *entity
	for _, e := range d.ents {
		if e.Type != Country || e.entry == nil || len(e.Mentions) == 0 {
			continue
		}
		if org != "" && e.Name == org {
			return e
		}
		if cc != "" && e.entry.Attrs["iso2"] == cc && byCode == nil {
			byCode = e
		}
	}
	return byCode
}

// addPost adds holds_position(p, org) for the post at span si, with the
// evidence running from token a to the end of the person span pi.
func (d *doc) addPost(p, org *entity, si, a, pi int, rule string) {
	s := d.spans[si]
	st := Established
	if s.former {
		st = Ended
	}
	b := d.spans[pi].tok1 - 1
	d.addRelation(Relation{Type: "holds_position", Args: map[string]string{"person": p.ID, "org": org.ID},
		Status: st, Attrs: map[string]string{"role": s.role}, Evidence: d.evidence(d.base+d.toks[a].Start, d.base+d.toks[b].End), Rule: rule})
}
