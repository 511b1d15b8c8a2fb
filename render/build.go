package render

import (
	"slices"

	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/retention"
)

// build turns a notice into the page tree. top is the title's heading level.
func (b *builder) build(n *notice.Notice, top int) page {
	p := page{Level: top, Title: b.text(n.Title)}
	switch {
	case !n.Title.IsZero():
	case n.Controller.Name != "":
		p.Title = tx{S: n.Controller.Name}
	default:
		p.Title = b.word("untitled")
	}
	meta := b.set(n.Interpreted)
	meta.date("updated", "last_updated", n.LastUpdated)
	meta.str("version", "version", n.Version)
	if par := n.Parent; par != nil {
		meta.add("parent", "parent", b.parent(par))
	}
	p.Meta = meta.fs // the notice's other interpreted members are shown with the changes

	h2 := top + 1
	add := func(s section) {
		if len(s.Fields) > 0 || len(s.Subs) > 0 {
			p.Sections = append(p.Sections, s)
		}
	}
	add(b.brief(n, h2))
	services := section{ID: "nk-services", Level: h2, Heading: b.word("heading services")}
	for _, a := range n.Activities {
		services.Subs = append(services.Subs, b.activity(a, h2+1))
	}
	add(services)
	add(b.rights(n, h2))
	add(b.complaints(n, h2))
	add(section{ID: "nk-dpo", Level: h2, Heading: b.word("heading dpo"), Fields: b.contact(n.DPO)})
	add(b.contacts(n, h2))
	add(b.cookies(n, h2))
	add(b.statements(n, h2))
	add(b.documents(n, h2))
	add(b.changes(n, meta, h2))
	return p
}

// parent is the notice this one sits under: a link to it where its address
// is given, with the notice's words about it.
func (b *builder) parent(par *notice.Parent) item {
	title := b.text(par.Title)
	if par.Title.IsZero() {
		title = b.word("heading parent") // link text that makes sense alone
	}
	it := link(title, par.URL)
	fs := b.set(par.Interpreted)
	if par.URL != "" && it.Href == "" {
		fs.str("url", "url", par.URL)
	}
	fs.text("words", "text", par.Text)
	fs.str("parent-id", "id", par.ID)
	it.Sub = fs.fields()
	return it
}

// controllerName is the controller's name, or the label saying the notice
// does not name it.
func (b *builder) controllerName(c notice.Controller) item {
	if c.Name == "" || c.NotNamed {
		return item{T: b.word("not-named")}
	}
	return item{T: tx{S: c.Name}, Words: true}
}

// brief is the first layer: who we are, what we use, why, on what basis,
// your rights, how to complain, contacts. Every value is a name, a label or
// the notice's words, marked where it is an interpretation; each points to
// its full section.
func (b *builder) brief(n *notice.Notice, level int) section {
	fs := b.set(nil)
	ctl := b.set(n.Controller.Interpreted)
	who := []item{ctl.mark("name", b.controllerName(n.Controller))}
	if n.Controller.Kind != 0 {
		who = append(who, ctl.mark("kind", b.label(n.Controller.Kind)))
	}
	fs.add("controller", "", who...)

	var services, cats, purposes, bases []item
	seenCat := map[string]bool{}
	seenBasis := map[string]bool{}
	for _, a := range n.Activities {
		services = append(services, item{T: b.text(a.Name), Href: "#" + anchor("nk-act-", a.ID)})
		for _, c := range a.DataCategories {
			it := b.words(c.Name)
			if !seenCat[it.T.S] {
				seenCat[it.T.S] = true
				cats = append(cats, it)
			}
		}
		for _, pu := range a.Purposes {
			purposes = append(purposes, b.words(pu.Text))
		}
		for _, lb := range a.LawfulBases {
			if code := lb.Basis.String(); !seenBasis[code] {
				seenBasis[code] = true
				bases = append(bases, b.set(lb.Interpreted).mark("basis", b.label(lb.Basis)))
			}
		}
	}
	fs.add("services", "", services...)
	// A short first layer: a long list is replaced by a link per service to
	// its full list (a link into a closed <details> opens it).
	if len(cats) > briefMax {
		cats = b.sectionLinks(n, "data")
	}
	if len(purposes) > briefMax {
		purposes = b.sectionLinks(n, "purposes")
	}
	fs.add("categories", "", cats...)
	fs.add("purposes", "", purposes...)
	fs.add("bases", "", bases...)

	if n.Rights != nil {
		var rs []item
		seen := map[string]bool{}
		for _, r := range n.Rights.Items {
			if r.Claimed == notice.ClaimDoesNotApply || seen[r.Right.String()] {
				continue
			}
			seen[r.Right.String()] = true
			rs = append(rs, b.set(r.Interpreted).mark("right", b.label(r.Right)))
		}
		if len(rs) > 0 {
			rs = append(rs, item{T: b.word("heading rights"), Href: "#nk-rights"})
		}
		fs.add("rights", "", rs...)
	}
	if n.Complaints != nil {
		fs.add("complain", "", item{T: b.word("heading complaints"), Href: "#nk-complaints"})
	}
	var contacts []item
	for _, c := range []struct {
		key string
		c   *notice.Contact
	}{{"dpo", n.DPO}, {"enquiries", n.Enquiries}} {
		if c.c.Reachable() {
			contacts = append(contacts, item{T: b.word("field " + c.key), Sub: firstMeans(b, c.c)})
		}
	}
	if n.Controller.Contact.Reachable() {
		it := b.controllerName(n.Controller)
		it.Sub = firstMeans(b, n.Controller.Contact)
		contacts = append(contacts, it)
	}
	fs.add("contacts", "", contacts...)
	return section{ID: "nk-brief", Level: level, Heading: b.word("heading brief"), Fields: fs.fs}
}

// briefMax is the most items a list in the first layer holds before it
// becomes a link per service.
const briefMax = 8

// sectionLinks links to one subsection of every activity; the link text is
// the subsection's heading and the service's name, so it makes sense alone.
func (b *builder) sectionLinks(n *notice.Notice, key string) []item {
	var out []item
	for _, a := range n.Activities {
		h := b.word("heading " + key)
		out = append(out, item{Prefix: &h, T: b.text(a.Name), Href: "#" + anchor("nk-act-", a.ID) + "-" + key})
	}
	return out
}

// firstMeans is a contact's emails and phones only: the short form for the
// first layer.
func firstMeans(b *builder, c *notice.Contact) []field {
	short := notice.Contact{Emails: c.Emails, Phones: c.Phones}
	if len(c.Emails) == 0 && len(c.Phones) == 0 {
		short.URLs, short.Address = c.URLs, c.Address
	}
	return b.contact(&short)
}

func (b *builder) activity(a notice.Activity, level int) section {
	id := anchor("nk-act-", a.ID)
	s := section{ID: id, Level: level, Heading: b.text(a.Name), Fold: true, Summary: b.word("summary activity")}
	top := b.set(a.Interpreted)
	top.text("description", "description", a.Description)
	top.label("regime", "regime", a.Regime)
	sub := func(key string, fs []field) {
		if len(fs) > 0 {
			s.Subs = append(s.Subs, section{ID: id + "-" + key, Level: level + 1, Heading: b.word("heading " + key), Fields: fs})
		}
	}
	sub("purposes", b.purposes(a, id))
	sub("conditions", b.conditions(a, top))
	sub("data", b.data(a, id, top))
	sub("sources", b.sources(a))
	sub("recipients", b.recipients(a.Recipients))
	sub("transfers", b.transfers(a.Transfers))
	sub("retention", b.retention(a, id))
	if d := a.AutomatedDecisions; d != nil {
		fs := b.set(d.Interpreted)
		fs.add("used", "used", b.yesNo(d.Used))
		fs.text("words", "text", d.Text)
		fs.text("logic", "logic", d.Logic)
		b.cites(fs, d.Cites)
		sub("automated", fs.fields())
	}
	if r := a.Requirement; r != nil {
		fs := b.set(r.Interpreted)
		fs.label("requirement", "kind", r.Kind)
		fs.text("consequences", "consequences", r.Consequences)
		fs.text("words", "text", r.Text)
		sub("requirement", fs.fields())
	}
	s.Fields = top.fields()
	return s
}

// cites shows the provisions a statement's words cite, with what has
// happened to each.
func (b *builder) cites(fs *set, ps []notice.Provision) {
	var items []item
	for _, p := range ps {
		items = append(items, b.label(p))
	}
	fs.add("cites", "cites", items...)
}

func (b *builder) purposes(a notice.Activity, id string) []field {
	fs := b.set(nil)
	for _, p := range a.Purposes {
		it := b.words(p.Text)
		it.ID = anchor(id+"-p-", p.ID)
		ps := b.set(p.Interpreted)
		ps.optBool("public-task", "public_task", p.PublicTask)
		it.Sub = ps.fields()
		fs.add("purpose", "", it)
	}
	for _, lb := range a.LawfulBases {
		ls := b.set(lb.Interpreted)
		it := ls.mark("basis", b.label(lb.Basis))
		ls.text("words", "text", lb.Text)
		var for_ []item
		for _, pid := range lb.Purposes {
			for _, p := range a.Purposes {
				if p.ID == pid {
					for_ = append(for_, item{T: b.text(p.Text), Href: "#" + anchor(id+"-p-", p.ID)})
				}
			}
		}
		ls.add("basis-for", "purposes", for_...)
		ls.text("li", "legitimate_interests", lb.LegitimateInterests)
		it.Sub = ls.fields()
		fs.add("basis", "", it)
	}
	return fs.fields()
}

func (b *builder) conditions(a notice.Activity, top *set) []field {
	fs := b.set(nil)
	for _, c := range a.Conditions {
		cs := b.set(c.Interpreted)
		var it item
		switch {
		case c.Condition != 0:
			it = cs.mark("condition", b.label(c.Condition))
		case c.General != 0:
			it = cs.mark("general", b.label(c.General))
		default:
			it = item{T: tx{S: "–"}}
		}
		cs.label("condition-for", "for", c.For)
		cs.text("words", "text", c.Text)
		it.Sub = cs.fields()
		fs.add("condition", "", it)
	}
	if a.PolicyDocument != nil {
		fs.add("policy", "", top.mark("policy_document", b.document(a.PolicyDocument)))
	}
	return fs.fields()
}

func (b *builder) data(a notice.Activity, id string, top *set) []field {
	fs := b.set(nil)
	var subjects []item
	for _, s := range a.DataSubjects {
		subjects = append(subjects, top.mark("data_subjects", b.words(s)))
	}
	fs.add("subjects", "", subjects...)
	for _, c := range a.DataCategories {
		it := b.words(c.Name)
		if c.ID != "" {
			it.ID = anchor(id+"-d-", c.ID)
		}
		cs := b.set(c.Interpreted)
		cs.label("data-kind", "kind", c.Kind)
		cs.label("special", "special_category", c.SpecialCategory)
		cs.text("conditional", "conditional", c.Conditional)
		it.Sub = cs.fields()
		fs.add("category", "", it)
	}
	return fs.fields()
}

func (b *builder) sources(a notice.Activity) []field {
	fs := b.set(nil)
	for _, s := range a.Sources {
		it := b.words(s.Name)
		ss := b.set(s.Interpreted)
		ss.label("from-you", "data_subject", s.DataSubject)
		it.Sub = ss.fields()
		fs.add("source", "", it)
	}
	return fs.fields()
}

func (b *builder) recipients(r *notice.Recipients) []field {
	if r == nil {
		return nil
	}
	fs := b.set(r.Interpreted)
	fs.label("sharing", "shared", r.Shared)
	fs.text("words", "text", r.Text)
	for _, it := range r.Items {
		x := b.words(it.Name)
		rs := b.set(it.Interpreted)
		rs.label("role", "role", it.Role)
		if it.Internal {
			rs.add("internal", "internal", b.yesNo(true))
		}
		if it.May {
			rs.add("may", "may", b.yesNo(true))
		}
		rs.optBool("by-law", "required_by_law", it.RequiredByLaw)
		rs.text("words", "text", it.Text)
		x.Sub = rs.fields()
		fs.add("recipient", "", x)
	}
	return fs.fields()
}

func (b *builder) transfers(t *notice.Transfers) []field {
	if t == nil {
		return nil
	}
	fs := b.set(t.Interpreted)
	fs.label("transfers", "occurs", t.Occurs)
	fs.label("territory", "territory", t.Territory)
	fs.text("words", "text", t.Text)
	b.cites(fs, t.Cites)
	for _, it := range t.Items {
		ts := b.set(it.Interpreted)
		ts.text("destination", "destination", it.Destination)
		ts.label("safeguard", "safeguard", it.Safeguard)
		ts.text("words", "text", it.Text)
		if m := it.Copy; m != nil {
			ms := b.set(m.Interpreted)
			ms.text("words", "text", m.Text)
			if m.URL != "" {
				ms.add("web", "url", link(tx{S: m.URL}, m.URL))
			}
			if c := b.contact(m.Contact); len(c) > 0 {
				ms.add("exercise", "contact", item{Sub: c})
			}
			ts.add("copy", "copy", item{Sub: ms.fields()})
		}
		b.cites(ts, it.Cites)
		fs.add("transfer", "", item{Sub: ts.fields()})
	}
	return fs.fields()
}

func (b *builder) retention(a notice.Activity, id string) []field {
	fs := b.set(nil)
	for _, r := range a.Retention {
		rs := b.set(r.Interpreted)
		rs.text("words", "text", r.Text)
		rs.label("retention-kind", "kind", r.Kind)
		if !r.Period.IsZero() {
			rs.add("period", "period", periodItem(b, r.Period))
		}
		rs.text("from", "from", r.From)
		rs.text("criterion", "criterion", r.Criterion)
		var covers []item
		for _, cid := range r.DataCategories {
			for _, c := range a.DataCategories {
				if c.ID == cid {
					covers = append(covers, item{T: b.text(c.Name), Href: "#" + anchor(id+"-d-", c.ID)})
				}
			}
		}
		rs.add("covers", "data_categories", covers...)
		for _, ref := range r.Rules {
			rs.add("rule", "rules", b.rule(ref))
		}
		it := item{}
		if !r.AppliesTo.IsZero() {
			it = rs.mark("applies_to", b.words(r.AppliesTo))
		}
		it.Sub = rs.fields()
		fs.add("retention", "", it)
	}
	return fs.fields()
}

// rule shows a linked schedule rule: its id, and where the schedule is
// given, its title, its periods, what then happens and its source.
func (b *builder) rule(ref notice.RuleRef) item {
	it := item{T: tx{S: ref.Schedule + " / " + ref.Rule}, Words: true}
	fs := b.set(ref.Interpreted)
	if def := b.schedules[ref.Schedule]; def != nil {
		if i := slices.IndexFunc(def.Rules, func(r retention.RuleDef) bool { return r.ID == ref.Rule }); i >= 0 {
			b.ruleFields(fs, def.Rules[i])
		}
	}
	it.Sub = fs.fields()
	return it
}

func (b *builder) ruleFields(fs *set, r retention.RuleDef) {
	fs.str("rule-title", "", r.Title)
	if r.Retain != nil {
		fs.fs = append(fs.fs, b.clause(*r.Retain)...)
	}
	if a, err := retention.ParseAction(r.Then); err == nil {
		fs.add("then", "", b.label(a))
	}
	if r.ReviewEvery != nil {
		if p, err := retention.ParsePeriod(r.ReviewEvery.Period); err == nil {
			x := periodItem(b, p)
			s2 := b.set(nil)
			s2.str("from", "", r.ReviewEvery.From)
			x.Sub = s2.fields()
			fs.add("review-every", "", x)
		}
	}
	if p, err := retention.ParsePeriod(r.DisposeWithin); err == nil && r.DisposeWithin != "" {
		fs.add("dispose-within", "", periodItem(b, p))
	}
	fs.str("rule-source", "", r.Citation)
	fs.str("rule-note", "", r.Note)
	fs.str("rule-verify", "", r.Verify)
}

// clause shows a retain clause as fields: a leaf's period, anchor fact,
// cut-off and condition, or a combinator's clauses.
func (b *builder) clause(c retention.ClauseDef) []field {
	fs := b.set(nil)
	if len(c.LaterOf) > 0 || len(c.EarlierOf) > 0 {
		key, list := "later", c.LaterOf
		if len(c.EarlierOf) > 0 {
			key, list = "earlier", c.EarlierOf
		}
		var items []item
		for i, x := range list {
			t := b.word("clause")
			t.S += " " + itoa(i+1)
			items = append(items, item{T: t, Sub: b.clause(x)})
		}
		fs.add(key, "", items...)
		return fs.fields()
	}
	if p, err := retention.ParsePeriod(c.Period); c.Period == "" || err == nil {
		fs.add("kept", "", periodItem(b, p))
	}
	fs.str("from", "", c.From)
	if cut, err := retention.ParseCutoff(c.Cutoff); err == nil && c.Cutoff != "" {
		fs.add("cutoff", "", b.label(cut))
	}
	if cnt, err := retention.ParseCounting(c.Counting); err == nil && c.Counting != "" {
		fs.add("counting", "", b.label(cnt))
	}
	fs.str("when", "", c.When)
	return fs.fields()
}
