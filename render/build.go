package render

import (
	"slices"

	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/retention"
)

// build turns a notice into the page tree. top is the title's heading level.
func (b *builder) build(n *notice.Notice, top int) page {
	p := page{Level: top, Title: b.text(n.Title)}
	if n.Title.IsZero() {
		p.Title = tx{S: n.Controller.Name}
	}
	var meta fields
	meta.date(b, "updated", n.LastUpdated)
	meta.str(b, "version", n.Version)
	p.Meta = meta

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
	add(b.changes(n, h2))
	return p
}

// brief is the first layer: who we are, what we use, why, on what basis,
// your rights, how to complain, contacts. Every value is a name, a label or
// the notice's words; each points to its full section.
func (b *builder) brief(n *notice.Notice, level int) section {
	var fs fields
	who := []item{{T: tx{S: n.Controller.Name}, Words: true}}
	if n.Controller.Kind != 0 {
		who = append(who, b.label(n.Controller.Kind))
	}
	fs.add(b, "controller", who...)

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
				bases = append(bases, b.label(lb.Basis))
			}
		}
	}
	fs.add(b, "services", services...)
	fs.add(b, "categories", cats...)
	fs.add(b, "purposes", purposes...)
	fs.add(b, "bases", bases...)

	if n.Rights != nil {
		var rs []item
		seen := map[string]bool{}
		for _, r := range n.Rights.Items {
			if r.Claimed == notice.ClaimDoesNotApply || seen[r.Right.String()] {
				continue
			}
			seen[r.Right.String()] = true
			rs = append(rs, b.label(r.Right))
		}
		if len(rs) > 0 {
			rs = append(rs, item{T: b.word("heading rights"), Href: "#nk-rights"})
		}
		fs.add(b, "rights", rs...)
	}
	if n.Complaints != nil {
		fs.add(b, "complain", item{T: b.word("heading complaints"), Href: "#nk-complaints"})
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
		contacts = append(contacts, item{T: tx{S: n.Controller.Name}, Words: true, Sub: firstMeans(b, n.Controller.Contact)})
	}
	fs.add(b, "contacts", contacts...)
	return section{ID: "nk-brief", Level: level, Heading: b.word("heading brief"), Fields: fs}
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
	var top fields
	top.text(b, "description", a.Description)
	top.label(b, "regime", a.Regime)
	s.Fields = top
	sub := func(key string, fs []field) {
		if len(fs) > 0 {
			s.Subs = append(s.Subs, section{ID: id + "-" + key, Level: level + 1, Heading: b.word("heading " + key), Fields: fs})
		}
	}
	sub("purposes", b.purposes(a, id))
	sub("conditions", b.conditions(a))
	sub("data", b.data(a))
	sub("sources", b.sources(a))
	sub("recipients", b.recipients(a.Recipients))
	sub("transfers", b.transfers(a.Transfers))
	sub("retention", b.retention(a.Retention))
	if d := a.AutomatedDecisions; d != nil {
		var fs fields
		fs.add(b, "used", b.yesNo(d.Used))
		fs.text(b, "words", d.Text)
		fs.text(b, "logic", d.Logic)
		sub("automated", fs)
	}
	if r := a.Requirement; r != nil {
		var fs fields
		fs.label(b, "requirement", r.Kind)
		fs.text(b, "consequences", r.Consequences)
		fs.text(b, "words", r.Text)
		sub("requirement", fs)
	}
	return s
}

func (b *builder) purposes(a notice.Activity, id string) []field {
	var fs fields
	for _, p := range a.Purposes {
		it := b.words(p.Text)
		it.ID = anchor(id+"-p-", p.ID)
		if p.PublicTask != nil {
			var sub fields
			sub.optBool(b, "public-task", p.PublicTask)
			it.Sub = sub
		}
		fs.add(b, "purpose", it)
	}
	for _, lb := range a.LawfulBases {
		it := b.label(lb.Basis)
		var sub fields
		sub.text(b, "words", lb.Text)
		var for_ []item
		for _, pid := range lb.Purposes {
			for _, p := range a.Purposes {
				if p.ID == pid {
					for_ = append(for_, item{T: b.text(p.Text), Href: "#" + anchor(id+"-p-", p.ID)})
				}
			}
		}
		sub.add(b, "basis-for", for_...)
		sub.text(b, "li", lb.LegitimateInterests)
		it.Sub = sub
		fs.add(b, "basis", it)
	}
	return fs
}

func (b *builder) conditions(a notice.Activity) []field {
	var fs fields
	for _, c := range a.Conditions {
		it := b.label(c.Condition)
		var sub fields
		sub.label(b, "condition-for", c.For)
		sub.text(b, "words", c.Text)
		it.Sub = sub
		fs.add(b, "condition", it)
	}
	if a.PolicyDocument != nil {
		fs.add(b, "policy", b.document(a.PolicyDocument))
	}
	return fs
}

func (b *builder) data(a notice.Activity) []field {
	var fs fields
	var subjects []item
	for _, s := range a.DataSubjects {
		subjects = append(subjects, b.words(s))
	}
	fs.add(b, "subjects", subjects...)
	for _, c := range a.DataCategories {
		it := b.words(c.Name)
		var sub fields
		sub.label(b, "data-kind", c.Kind)
		sub.label(b, "special", c.SpecialCategory)
		it.Sub = sub
		fs.add(b, "category", it)
	}
	return fs
}

func (b *builder) sources(a notice.Activity) []field {
	var fs fields
	for _, s := range a.Sources {
		it := b.words(s.Name)
		var sub fields
		sub.add(b, "from-you", b.yesNo(s.DataSubject))
		it.Sub = sub
		fs.add(b, "source", it)
	}
	return fs
}

func (b *builder) recipients(r *notice.Recipients) []field {
	if r == nil {
		return nil
	}
	var fs fields
	fs.label(b, "sharing", r.Shared)
	fs.text(b, "words", r.Text)
	for _, it := range r.Items {
		x := b.words(it.Name)
		var sub fields
		sub.label(b, "role", it.Role)
		sub.optBool(b, "by-law", it.RequiredByLaw)
		sub.text(b, "words", it.Text)
		x.Sub = sub
		fs.add(b, "recipient", x)
	}
	return fs
}

func (b *builder) transfers(t *notice.Transfers) []field {
	if t == nil {
		return nil
	}
	var fs fields
	fs.label(b, "transfers", t.Occurs)
	fs.text(b, "words", t.Text)
	for _, it := range t.Items {
		var sub fields
		sub.text(b, "destination", it.Destination)
		sub.label(b, "safeguard", it.Safeguard)
		sub.text(b, "words", it.Text)
		fs.add(b, "transfer", item{Sub: sub})
	}
	return fs
}

func (b *builder) retention(rs []notice.Retention) []field {
	var fs fields
	for _, r := range rs {
		var sub fields
		sub.text(b, "words", r.Text)
		sub.label(b, "retention-kind", r.Kind)
		if !r.Period.IsZero() {
			sub.add(b, "period", periodItem(b, r.Period))
		}
		sub.text(b, "from", r.From)
		for _, ref := range r.Rules {
			sub.add(b, "rule", b.rule(ref))
		}
		it := item{Sub: sub}
		if !r.AppliesTo.IsZero() {
			it.T, it.Words = b.text(r.AppliesTo), true
		}
		fs.add(b, "retention", it)
	}
	return fs
}

// rule shows a linked schedule rule: its id, and where the schedule is
// given, its title, its periods, what then happens and its source.
func (b *builder) rule(ref notice.RuleRef) item {
	it := item{T: tx{S: ref.Schedule + " / " + ref.Rule}, Words: true}
	def := b.schedules[ref.Schedule]
	if def == nil {
		return it
	}
	i := slices.IndexFunc(def.Rules, func(r retention.RuleDef) bool { return r.ID == ref.Rule })
	if i < 0 {
		return it
	}
	r := def.Rules[i]
	var sub fields
	sub.str(b, "rule-title", r.Title)
	if r.Retain != nil {
		sub = append(sub, b.clause(*r.Retain)...)
	}
	if a, err := retention.ParseAction(r.Then); err == nil {
		sub.add(b, "then", b.label(a))
	}
	if r.ReviewEvery != nil {
		if p, err := retention.ParsePeriod(r.ReviewEvery.Period); err == nil {
			x := periodItem(b, p)
			var s2 fields
			s2.str(b, "from", r.ReviewEvery.From)
			x.Sub = s2
			sub.add(b, "review-every", x)
		}
	}
	if p, err := retention.ParsePeriod(r.DisposeWithin); err == nil && r.DisposeWithin != "" {
		sub.add(b, "dispose-within", periodItem(b, p))
	}
	sub.str(b, "rule-source", r.Citation)
	it.Sub = sub
	return it
}

// clause shows a retain clause as fields: a leaf's period, anchor fact,
// cut-off and condition, or a combinator's clauses.
func (b *builder) clause(c retention.ClauseDef) []field {
	var fs fields
	if len(c.LaterOf) > 0 || len(c.EarlierOf) > 0 {
		key, list := "later", c.LaterOf
		if len(c.EarlierOf) > 0 {
			key, list = "earlier", c.EarlierOf
		}
		var items []item
		for _, x := range list {
			items = append(items, item{T: tx{S: "–"}, Sub: b.clause(x)})
		}
		fs.add(b, key, items...)
		return fs
	}
	p, err := retention.ParsePeriod(c.Period)
	if c.Period == "" || err == nil {
		fs.add(b, "kept", periodItem(b, p))
	}
	fs.str(b, "from", c.From)
	fs.str(b, "cutoff", c.Cutoff)
	fs.str(b, "counting", c.Counting)
	fs.str(b, "when", c.When)
	return fs
}

func (b *builder) rights(n *notice.Notice, level int) section {
	s := section{ID: "nk-rights", Level: level, Heading: b.word("heading rights")}
	r := n.Rights
	if r == nil {
		return s
	}
	var fs fields
	fs.text(b, "words", r.Text)
	if c := b.contact(r.Exercise); len(c) > 0 {
		fs.add(b, "exercise", item{T: tx{}, Sub: c})
	}
	for _, it := range r.Items {
		x := b.label(it.Right)
		var sub fields
		if it.Claimed != 0 {
			sub.label(b, "claimed", it.Claimed)
		}
		var regimes []item
		for _, g := range it.Regimes {
			regimes = append(regimes, b.label(g))
		}
		sub.add(b, "regimes", regimes...)
		sub.text(b, "words", it.Text)
		if c := b.contact(it.Exercise); len(c) > 0 {
			sub.add(b, "exercise", item{T: tx{}, Sub: c})
		}
		for _, rs := range it.Restrictions {
			y := b.label(rs.Ground)
			var s2 fields
			s2.text(b, "words", rs.Text)
			y.Sub = s2
			sub.add(b, "restriction", y)
		}
		x.Sub = sub
		fs.add(b, "right", x)
	}
	s.Fields = fs
	return s
}

func (b *builder) complaints(n *notice.Notice, level int) section {
	s := section{ID: "nk-complaints", Level: level, Heading: b.word("heading complaints")}
	c := n.Complaints
	if c == nil {
		return s
	}
	var fs fields
	for _, x := range []struct {
		key string
		c   *notice.Complaint
	}{{"complain-us", c.Controller}, {"complain-ico", c.Commissioner}} {
		if x.c == nil {
			continue
		}
		var sub fields
		sub.text(b, "words", x.c.Text)
		sub = append(sub, b.contact(x.c.Contact)...)
		fs.add(b, x.key, item{T: tx{}, Sub: sub})
	}
	s.Fields = fs
	return s
}

func (b *builder) contacts(n *notice.Notice, level int) section {
	var fs fields
	c := n.Controller
	var sub fields
	sub.label(b, "kind", c.Kind)
	sub.optBool(b, "public", c.PublicAuthority)
	sub.optBool(b, "competent", c.CompetentAuthority)
	sub.str(b, "ico", c.ICORegistration)
	sub = append(sub, b.contact(c.Contact)...)
	fs.add(b, "controller", item{T: tx{S: c.Name}, Words: true, Sub: sub})
	if n.Representative != nil {
		fs.add(b, "representative", item{T: tx{}, Sub: b.contact(n.Representative)})
	}
	if n.Enquiries != nil {
		fs.add(b, "enquiries", item{T: tx{}, Sub: b.contact(n.Enquiries)})
	}
	return section{ID: "nk-contacts", Level: level, Heading: b.word("heading contacts"), Fields: fs}
}

func (b *builder) cookies(n *notice.Notice, level int) section {
	s := section{ID: "nk-cookies", Level: level, Heading: b.word("heading cookies")}
	c := n.Cookies
	if c == nil {
		return s
	}
	var fs fields
	fs.add(b, "used", b.yesNo(c.Used))
	fs.text(b, "words", c.Text)
	fs.optBool(b, "consent", c.ConsentMechanism)
	if c.Policy != nil {
		fs.add(b, "cookie-policy", b.document(c.Policy))
	}
	s.Fields = fs
	return s
}

func (b *builder) statements(n *notice.Notice, level int) section {
	s := section{ID: "nk-statements", Level: level, Heading: b.word("heading statements")}
	for i, st := range n.Statements {
		h := tx{S: st.Topic}
		if !st.Heading.IsZero() {
			h = b.text(st.Heading)
		}
		var fs fields
		fs.text(b, "words", st.Text)
		s.Subs = append(s.Subs, section{ID: anchor("nk-st-", st.Topic) + "-" + itoa(i), Level: level + 1, Heading: h, Fields: fs})
	}
	return s
}

func (b *builder) documents(n *notice.Notice, level int) section {
	var items []item
	for i := range n.RelatedDocuments {
		items = append(items, b.document(&n.RelatedDocuments[i]))
	}
	var fs fields
	fs.add(b, "words", items...)
	if len(fs) > 0 {
		fs[0].Label = b.word("heading documents")
	}
	return section{ID: "nk-documents", Level: level, Heading: b.word("heading documents"), Fields: fs}
}

func (b *builder) changes(n *notice.Notice, level int) section {
	var fs fields
	fs.text(b, "change-policy", n.ChangePolicy)
	fs.str(b, "version", n.Version)
	fs.date(b, "published", n.Published)
	fs.date(b, "updated", n.LastUpdated)
	if n.URL != "" {
		fs.add(b, "url", link(tx{S: n.URL}, n.URL))
	}
	fs.str(b, "id", n.ID)
	return section{ID: "nk-changes", Level: level, Heading: b.word("heading changes"), Fields: fs}
}
