package extract

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
		scope := d.roleScope(si)
		if !stateScopes[scope] {
			continue
		}
		pi := d.personAt(s.tok1)
		if pi < 0 {
			continue
		}
		p := d.spans[pi].ent
		if c := d.countryBefore(s.tok0); c != nil {
			d.addPost(p, c, si, d.spans[d.cover[s.tok0-1]-1].tok0, pi, "ctx.country_adj_post")
			continue
		}
		if scope != "state" && scope != "government" || d.hasPost(p.ID) {
			continue
		}
		if c := d.postCountry(p); c != nil {
			d.addPost(p, c, si, s.tok0, pi, "ctx.state_post")
		}
	}
}

// stateScopes are the scopes (roles.lex) of posts a country can hold.
var stateScopes = map[string]bool{
	"state": true, "government": true, "parliament": true, "diplomatic": true,
	"military": true, "security": true, "police": true, "judicial": true, "party": true,
}

// roleScope returns the scope of the post at span si ("state",
// "government", "sport"...), or "" when the lexicon gives none.
func (d *doc) roleScope(si int) string {
	s := d.spans[si]
	for _, f := range d.lookup(s.tok0) {
		if f.Entry.Type == "role" && len(f.Keys) == s.tok1-s.tok0 && f.Entry.Attrs["kind"] != "modifier" {
			return f.Entry.Attrs["scope"]
		}
	}
	return ""
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
