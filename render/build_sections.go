package render

import (
	"github.com/noticekit/noticekit/notice"
)

// The sections after the services: rights, complaints, contacts, cookies,
// other statements, related documents and changes.

func (b *builder) rights(n *notice.Notice, level int) section {
	s := section{ID: "nk-rights", Level: level, Heading: b.word("heading rights")}
	r := n.Rights
	if r == nil {
		return s
	}
	fs := b.set(r.Interpreted)
	fs.text("words", "text", r.Text)
	if c := b.contact(r.Exercise); len(c) > 0 {
		fs.add("exercise", "exercise", item{Sub: c})
	}
	names := map[string]notice.Text{}
	for _, a := range n.Activities {
		names[a.ID] = a.Name
	}
	for _, it := range r.Items {
		rs := b.set(it.Interpreted)
		x := rs.mark("right", b.label(it.Right))
		if it.Claimed != 0 {
			rs.label("claimed", "claimed", it.Claimed)
		}
		var regimes []item
		for _, g := range it.Regimes {
			regimes = append(regimes, b.label(g))
		}
		rs.add("regimes", "regimes", regimes...)
		var acts []item
		for _, id := range it.Activities {
			acts = append(acts, item{T: b.text(names[id]), Href: "#" + anchor("nk-act-", id)})
		}
		rs.add("activities", "activities", acts...)
		rs.text("words", "text", it.Text)
		if c := b.contact(it.Exercise); len(c) > 0 {
			rs.add("exercise", "exercise", item{Sub: c})
		}
		for _, re := range it.Restrictions {
			gs := b.set(re.Interpreted)
			y := gs.mark("ground", b.label(re.Ground))
			gs.text("words", "text", re.Text)
			y.Sub = gs.fields()
			rs.add("restriction", "restrictions", y)
		}
		b.cites(rs, it.Cites)
		x.Sub = rs.fields()
		fs.add("right", "", x)
	}
	s.Fields = fs.fields()
	return s
}

func (b *builder) complaints(n *notice.Notice, level int) section {
	s := section{ID: "nk-complaints", Level: level, Heading: b.word("heading complaints")}
	c := n.Complaints
	if c == nil {
		return s
	}
	fs := b.set(c.Interpreted)
	for _, x := range []struct {
		key, member string
		c           *notice.Complaint
	}{{"complain-us", "controller", c.Controller}, {"complain-ico", "commissioner", c.Commissioner}} {
		if x.c == nil {
			continue
		}
		cs := b.set(x.c.Interpreted)
		cs.text("words", "text", x.c.Text)
		cs.fs = append(cs.fs, b.contact(x.c.Contact)...)
		b.cites(cs, x.c.Cites)
		fs.add(x.key, x.member, item{Sub: cs.fields()})
	}
	s.Fields = fs.fields()
	return s
}

func (b *builder) contacts(n *notice.Notice, level int) section {
	fs := b.set(nil)
	c := n.Controller
	cs := b.set(c.Interpreted)
	who := cs.mark("name", b.controllerName(c))
	cs.label("kind", "kind", c.Kind)
	cs.optBool("public", "public_authority", c.PublicAuthority)
	cs.optBool("competent", "competent_authority", c.CompetentAuthority)
	cs.str("ico", "ico_registration", c.ICORegistration)
	if cc := b.contact(c.Contact); len(cc) > 0 {
		cs.add("contact", "contact", item{Sub: cc})
	}
	if c.NotNamed {
		who = cs.mark("not_named", who)
	}
	who.Sub = cs.fields()
	fs.add("controller", "", who)
	if n.Representative != nil {
		fs.add("representative", "", item{Sub: b.contact(n.Representative)})
	}
	if n.Enquiries != nil {
		fs.add("enquiries", "", item{Sub: b.contact(n.Enquiries)})
	}
	return section{ID: "nk-contacts", Level: level, Heading: b.word("heading contacts"), Fields: fs.fields()}
}

func (b *builder) cookies(n *notice.Notice, level int) section {
	s := section{ID: "nk-cookies", Level: level, Heading: b.word("heading cookies")}
	c := n.Cookies
	if c == nil {
		return s
	}
	fs := b.set(c.Interpreted)
	fs.add("used", "used", b.yesNo(c.Used))
	fs.text("words", "text", c.Text)
	for _, g := range c.Groups {
		gs := b.set(g.Interpreted)
		gs.label("cookie-kind", "kind", g.Kind)
		gs.text("cookie-purpose", "purpose", g.Purpose)
		gs.label("cookie-basis", "basis", g.Basis)
		gs.text("objection", "objection", g.Objection)
		gs.text("words", "text", g.Text)
		fs.add("cookie-group", "groups", item{T: b.text(g.Name), Words: true, Sub: gs.fields()})
	}
	if k := c.Consent; k != nil {
		ks := b.set(k.Interpreted)
		x := ks.mark("mechanism", b.label(k.Mechanism))
		ks.optBool("before-setting", "before_setting", k.BeforeSetting)
		ks.text("words", "text", k.Text)
		x.Sub = ks.fields()
		fs.add("consent-how", "consent", x)
	}
	fs.optBool("consent", "consent_mechanism", c.ConsentMechanism)
	var refusal []item
	for _, r := range c.Refusal {
		rs := b.set(r.Interpreted)
		x := rs.mark("means", b.label(r.Means))
		rs.text("words", "text", r.Text)
		x.Sub = rs.fields()
		refusal = append(refusal, x)
	}
	fs.add("refusal", "refusal", refusal...)
	if c.Policy != nil {
		fs.add("cookie-policy", "policy", b.document(c.Policy))
	}
	s.Fields = fs.fields()
	return s
}

func (b *builder) statements(n *notice.Notice, level int) section {
	s := section{ID: "nk-statements", Level: level, Heading: b.word("heading statements")}
	for i, st := range n.Statements {
		h := tx{S: st.Topic}
		if !st.Heading.IsZero() {
			h = b.text(st.Heading)
		}
		fs := b.set(st.Interpreted)
		fs.text("words", "text", st.Text)
		fs.label("statement-kind", "kind", st.Kind)
		b.cites(fs, st.Cites)
		s.Subs = append(s.Subs, section{ID: anchor("nk-st-", st.Topic) + "-" + itoa(i), Level: level + 1, Heading: h, Fields: fs.fields()})
	}
	return s
}

func (b *builder) documents(n *notice.Notice, level int) section {
	var items []item
	for i := range n.RelatedDocuments {
		items = append(items, b.document(&n.RelatedDocuments[i]))
	}
	fs := b.set(nil)
	fs.add("documents", "", items...)
	return section{ID: "nk-documents", Level: level, Heading: b.word("heading documents"), Fields: fs.fields()}
}

// changes is the change history: the change policy, version, dates and the
// notice's address, with any reading of the notice's own members not shown
// elsewhere (meta holds the ones shown under the title).
func (b *builder) changes(n *notice.Notice, meta *set, level int) section {
	fs := meta
	fs.fs = nil
	fs.text("change-policy", "change_policy", n.ChangePolicy)
	fs.str("version", "version", n.Version)
	fs.date("published", "published", n.Published)
	fs.date("updated", "last_updated", n.LastUpdated)
	if n.URL != "" {
		fs.add("url", "url", link(tx{S: n.URL}, n.URL))
	}
	fs.str("id", "id", n.ID)
	return section{ID: "nk-changes", Level: level, Heading: b.word("heading changes"), Fields: fs.fields()}
}
