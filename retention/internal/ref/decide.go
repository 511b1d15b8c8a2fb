package ref

import "slices"

// clause states (docs/retention.md § Clauses).
const (
	notApplicable = iota // no clause applies: a when fact has not happened
	awaiting             // a from fact has not happened
	due                  // a due date is known
)

// cutoff moves a to the end of the period containing it.
func cutoff(a day, c string) day {
	onOrAfter := func(m, d int) day {
		if a.m < m || a.m == m && a.d <= d {
			return day{a.y, m, d}
		}
		return day{a.y + 1, m, d}.cap()
	}
	switch c {
	case "month":
		return day{a.y, a.m, daysIn(a.y, a.m)}
	case "calendar-year":
		return day{a.y, 12, 31}
	case "financial-year":
		return onOrAfter(3, 31)
	case "tax-year":
		return onOrAfter(4, 5)
	case "academic-year":
		return onOrAfter(8, 31)
	}
	return a
}

// eval evaluates a clause: its state, its due date (state due) and the
// fact awaited (state awaiting) or first not happened "when" fact.
func eval(c *clause, facts map[string]fact) (int, day, string) {
	if c.LaterOf == nil && c.EarlierOf == nil {
		if c.When != "" && !facts[c.When].happened {
			return notApplicable, day{}, c.When
		}
		f := facts[c.From]
		if !f.happened {
			return awaiting, day{}, c.From
		}
		a := cutoff(f.at, c.Cutoff)
		extra := 1 // after: the period starts the day after the anchor
		if c.Counting == "beginning-with" {
			extra = 0
		}
		return due, parsePeriod(c.Period).add(a, extra), ""
	}
	later := c.LaterOf != nil
	kids := c.LaterOf
	if !later {
		kids = c.EarlierOf
	}
	anyDue, anyAwait := false, false
	var best day
	var awaited, na string
	for i := range kids {
		st, d, name := eval(&kids[i], facts)
		switch st {
		case due:
			if !anyDue || later && best.before(d) || !later && d.before(best) {
				best = d
			}
			anyDue = true
		case awaiting:
			if !anyAwait {
				awaited = name
			}
			anyAwait = true
		default:
			if na == "" {
				na = name
			}
		}
	}
	switch {
	case later && anyAwait: // later_of: awaiting if any applicable clause is
		return awaiting, day{}, awaited
	case anyDue:
		return due, best, ""
	case anyAwait:
		return awaiting, day{}, awaited
	}
	return notApplicable, day{}, na
}

// walk calls f for every leaf of c.
func walk(c *clause, f func(*clause)) {
	if c == nil {
		return
	}
	if c.LaterOf == nil && c.EarlierOf == nil {
		f(c)
	}
	for i := range c.LaterOf {
		walk(&c.LaterOf[i], f)
	}
	for i := range c.EarlierOf {
		walk(&c.EarlierOf[i], f)
	}
}

// Decide decides rec on today (YYYY-MM-DD) by docs/retention.md § Decisions.
func (s *Schedule) Decide(rec Record, today string) Decision {
	now, ok := parseFact(today)
	if !ok || len(today) != 10 {
		return Decision{Outcome: "cannot-evaluate", Reason: "no-today", Faults: []Fault{{"no-today", ""}}}
	}
	var faults []Fault
	declared := map[string]bool{}
	for _, f := range s.Facts {
		declared[f.Name] = true
	}
	facts := map[string]fact{}
	for name, v := range rec.Facts {
		switch {
		case !declared[name]:
			faults = append(faults, Fault{"undeclared-fact", name})
		case v == nil:
			facts[name] = fact{known: true}
		default:
			d, ok := parseFact(*v)
			if !ok {
				faults = append(faults, Fault{"malformed-fact", name})
				continue
			}
			facts[name] = fact{known: true, happened: true, at: d}
		}
	}
	ri := slices.IndexFunc(s.Rules, func(r rule) bool { return r.ID == rec.Rule })
	if ri < 0 {
		faults = append(faults, Fault{"unknown-rule", ""})
	}
	if len(faults) > 0 {
		return Decision{Outcome: "cannot-evaluate", Faults: faults}
	}
	r := &s.Rules[ri]
	// The facts the rule names: every from and when, review_every's from,
	// and reviewed for a rule with a review cycle.
	used := map[string]bool{}
	walk(r.Retain, func(c *clause) {
		used[c.From] = true
		if c.When != "" {
			used[c.When] = true
		}
	})
	if r.ReviewEvery != nil {
		used["reviewed"] = true
		if r.ReviewEvery.From != "" {
			used[r.ReviewEvery.From] = true
		}
	}
	for name := range used {
		switch f := facts[name]; {
		case !f.known:
			faults = append(faults, Fault{"fact-unknown", name})
		case f.happened && now.before(f.at):
			faults = append(faults, Fault{"fact-in-future", name})
		}
	}
	for _, decl := range s.Facts {
		a := facts[decl.Name]
		if !a.happened {
			continue
		}
		for _, o := range decl.Requires {
			if b := facts[o]; b.known && !b.happened {
				faults = append(faults, Fault{"prerequisite-not-happened", decl.Name})
			}
		}
		for _, o := range decl.NotBefore {
			if b := facts[o]; b.happened && a.at.before(b.at) {
				faults = append(faults, Fault{"facts-out-of-order", decl.Name})
			}
		}
	}
	if len(faults) > 0 {
		return Decision{Outcome: "cannot-evaluate", Faults: faults}
	}
	return s.decideKnown(ri, facts, rec.Holds, now)
}

// decideKnown decides a record whose facts are all known, well formed and
// consistent: holds, keep, reviews, awaiting, not yet, eligible.
func (s *Schedule) decideKnown(ri int, facts map[string]fact, holds []string, now day) Decision {
	r := &s.Rules[ri]
	st, dueDay, missing := notApplicable, day{}, ""
	if r.Retain != nil {
		st, dueDay, missing = eval(r.Retain, facts)
	}
	ended := st == due && !now.before(dueDay)
	// The next review (docs/retention.md § Review cycles).
	var next day
	hasNext, waits := false, false
	if rv := r.ReviewEvery; rv != nil {
		cycle := parsePeriod(rv.Period)
		reviewed := facts["reviewed"]
		if r.Then == "review" && st == due && reviewed.happened && !reviewed.at.before(dueDay) {
			next, hasNext = cycle.add(reviewed.at, 1), true
		} else {
			if rv.From != "" {
				from := facts[rv.From]
				switch {
				case from.happened && reviewed.happened && from.at.before(reviewed.at):
					next, hasNext = cycle.add(reviewed.at, 1), true
				case from.happened:
					next, hasNext = cycle.add(from.at, 1), true
				case reviewed.happened:
					next, hasNext = cycle.add(reviewed.at, 1), true
				default:
					waits = true
				}
			}
			if r.Then == "review" && st == due && (!hasNext || dueDay.before(next)) {
				next, hasNext = dueDay, true
			}
		}
	}
	out := Decision{}
	if hasNext && next != beyond {
		out.NextReview = next.String()
	}
	if len(holds) > 0 {
		out.Outcome, out.Reason = "held", "record-hold"
		return out
	}
	for _, m := range s.Moratoria {
		covers := len(m.Rules) == 0 || slices.Contains(m.Rules, r.ID)
		from, until := day{1, 1, 1}, day{9999, 12, 31}
		if m.From != "" {
			from, _ = parseFact(m.From)
		}
		if m.Until != "" {
			until, _ = parseFact(m.Until)
		}
		if covers && !now.before(from) && !until.before(now) {
			out.Outcome, out.Reason = "held", "moratorium"
			return out
		}
	}
	if r.Then == "keep" {
		out.Outcome, out.Reason = "permanent", "keep"
		return out
	}
	disposes := r.Then == "destroy" || r.Then == "anonymise" || r.Then == "transfer"
	if hasNext && next != beyond && !now.before(next) && !(ended && disposes) {
		out.Outcome, out.Reason, out.Due = "review-due", "review-cycle-due", next.String()
		if ended && r.Then == "review" {
			out.Reason = "review-at-end"
		}
		return out
	}
	switch {
	case st == notApplicable:
		out.Outcome, out.Reason, out.Missing = "awaiting-event", "no-clause-applies", missing
		return out
	case st == awaiting:
		out.Outcome, out.Reason, out.Missing = "awaiting-event", "missing-fact", missing
		return out
	case waits && !(ended && disposes):
		out.Outcome, out.Reason, out.Missing = "awaiting-event", "missing-fact", r.ReviewEvery.From
		return out
	case !ended:
		out.Outcome, out.Reason = "not-yet", "period-running"
		if dueDay == beyond {
			out.Reason = "due-beyond-range"
		} else {
			out.Due = dueDay.String()
		}
		return out
	case r.Then == "review": // reviewed on or after the due date
		out.Outcome, out.Reason = "not-yet", "reviewed"
		if next == beyond {
			out.Reason = "due-beyond-range"
		} else {
			out.Due = next.String()
		}
		return out
	}
	out.Outcome, out.Reason, out.Due, out.Action = "eligible", "period-ended", dueDay.String(), r.Then
	if r.DisposeWithin != "" {
		if by := parsePeriod(r.DisposeWithin).add(dueDay, 0); by != beyond {
			out.MustDisposeBy = by.String()
			out.Overdue = by.before(now)
		}
	}
	return out
}
