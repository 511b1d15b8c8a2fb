package retention

import (
	"strings"
	"unicode/utf8"
)

// The facts of a schedule: their declarations (its data contract with the
// systems that extract records), compiled into slots, and the accessors
// by which readers resolve fact names once.

// NumFacts returns the number of fact slots: the number of declared
// facts, and the length of the facts slice that NewRecord needs.
func (s *Schedule) NumFacts() int { return len(s.factNames) }

// FactSlot returns the slot of the named fact, and false if the schedule
// does not declare it. Slots follow the order of the declarations.
func (s *Schedule) FactSlot(name string) (int, bool) {
	i, ok := s.factIndex[name]
	return int(i), ok
}

// FactName returns the name of the fact in slot i ("" if out of range).
func (s *Schedule) FactName(i int) string {
	if i < 0 || i >= len(s.factNames) {
		return ""
	}
	return s.factNames[i]
}

// Facts returns the schedule's fact declarations, by slot (a copy): the
// data contract a records extract must meet. Their names, in this order,
// are the CSV header of an extract.
func (s *Schedule) Facts() []FactDef {
	out := make([]FactDef, len(s.factDecls))
	for i, f := range s.factDecls {
		f.Requires = append([]string(nil), f.Requires...)
		f.NotBefore = append([]string(nil), f.NotBefore...)
		out[i] = f
	}
	return out
}

// UsedFacts returns the names of the facts the rule with the given id
// names (in its clauses, its review cycle, and ReviewedFact if it has a
// cycle), by slot; a record of that rule must give each of them, as a date
// or as not happened. It returns false if there is no such rule.
func (s *Schedule) UsedFacts(ruleID string) ([]string, bool) {
	i, ok := s.ruleIndex[ruleID]
	if !ok {
		return nil, false
	}
	out := make([]string, 0, len(s.rules[i].used))
	for _, slot := range s.rules[i].used {
		out = append(out, s.factNames[slot])
	}
	return out, true
}

// review compiles a rule's review cycle: required with then review (a
// cycle is never borrowed from the retention period), forbidden with keep.
func (c *compiler) review(p string, r *rule, rd *RuleDef) {
	rv, rp := rd.ReviewEvery, p+"/review_every"
	switch {
	case rv == nil && r.then == Review:
		c.add(rp, "missing: a rule with then review states its review cycle: add review_every with the period after which a review is repeated, such as {\"period\": \"P10Y\"} (and \"from\" for reviews while the record is retained)")
		return
	case rv == nil || r.then == Keep:
		return
	}
	switch {
	case rv.From == "":
		if r.then != Review && r.then != ActionUnspecified {
			c.add(rp+"/from", "missing: with then %s, review_every reviews while the record is retained, so it needs the fact the first cycle starts from, such as created", r.then)
		}
	case rv.From == ReviewedFact:
		c.add(rp+"/from", "%q is the latest review itself: want the fact the first cycle starts from, such as created", ReviewedFact)
	default:
		r.revFrom = c.fact(rp+"/from", rv.From)
	}
	if rv.Period == "" {
		c.add(rp+"/period", "missing: want the review interval, such as P10Y")
	} else if per, err := ParsePeriod(rv.Period); err != nil {
		c.add(rp+"/period", "%s", periodMsg(err))
	} else if per.IsZero() {
		c.add(rp+"/period", "zero: want a review interval longer than P0D")
	} else {
		r.cycle, r.cycleM, r.cycleD = true, per.y*12+per.m, per.w*7+per.d
	}
	if c.s.reviewed < 0 {
		if !c.noReviewed {
			c.add(rp, "a rule with a review cycle reads the fact %q (the date of the latest review, or null if there has been none): declare it in /facts", ReviewedFact)
			c.noReviewed = true
		}
		return
	}
	c.used[c.s.reviewed] = true
}

// facts compiles the fact declarations: names unique and well formed, a
// one-line meaning, and constraints naming other declared facts.
func (c *compiler) facts(decls []FactDef) {
	if len(decls) > MaxFacts {
		c.add("/facts", "%d facts: want at most %d", len(decls), MaxFacts)
		return
	}
	for i, f := range decls {
		p := ptr("facts", i)
		switch {
		case !validFact(f.Name):
			c.add(p+"/name", "%s", badFact(f.Name))
		case f.Name == "id" || f.Name == "rule" || f.Name == "holds":
			// A CSV extract's header starts id,rule,holds: a fact of that
			// name could never be given a column of its own.
			c.add(p+"/name", "%s is reserved (a CSV extract's first columns are id, rule and holds): want another fact name", quote(f.Name))
		default:
			if j, dup := c.s.factIndex[f.Name]; dup {
				c.add(p+"/name", "fact %s declared twice (also /facts/%d)", quote(f.Name), j)
				continue
			}
			c.s.factIndex[f.Name] = int32(len(c.s.factNames))
			c.s.factNames = append(c.s.factNames, f.Name)
			c.s.factDecls = append(c.s.factDecls, f)
			if f.Name == ReviewedFact {
				c.s.reviewed = c.s.factIndex[f.Name]
			}
		}
		switch {
		case strings.TrimSpace(f.Meaning) == "":
			c.add(p+"/meaning", "missing: want one line saying what the date is, for the people who extract the records")
		case strings.ContainsAny(f.Meaning, "\r\n"):
			c.add(p+"/meaning", "want one line: remove the line break")
		case utf8.RuneCountInString(f.Meaning) > maxText:
			c.add(p+"/meaning", "%d characters: want at most %d", utf8.RuneCountInString(f.Meaning), maxText)
		}
	}
	for i, f := range decls {
		self, ok := c.s.factIndex[f.Name]
		if !ok || int(self) >= len(c.s.factDecls) || c.s.factDecls[self].Name != f.Name {
			continue
		}
		for _, k := range []struct {
			field     string
			names     []string
			notBefore bool
		}{{"requires", f.Requires, false}, {"not_before", f.NotBefore, true}} {
			seen := map[string]bool{}
			for j, name := range k.names {
				q := ptr("facts", i, k.field, j)
				other, known := c.s.factIndex[name]
				switch {
				case name == f.Name:
					c.add(q, "%s names the fact itself: want another declared fact", quote(name))
				case seen[name]:
					c.add(q, "%s listed twice", quote(name))
				case !known:
					c.add(q, "undeclared fact %s: want one of %s", quote(name), c.declared())
				default:
					c.s.checks = append(c.s.checks, check{fact: self, other: other, notBefore: k.notBefore})
				}
				seen[name] = true
			}
		}
	}
}

// declared lists the declared fact names for a message.
func (c *compiler) declared() string {
	if len(c.s.factNames) == 0 {
		return "the facts declared in /facts (none are)"
	}
	return strings.Join(c.s.factNames, ", ")
}

// fact returns the slot of a declared fact name and marks it used by the
// rule; it reports a bad or undeclared name and returns 0 then.
func (c *compiler) fact(p, name string) int32 {
	if !validFact(name) {
		c.add(p, "%s", badFact(name))
		return 0
	}
	i, ok := c.s.factIndex[name]
	if !ok {
		c.add(p, "undeclared fact %s: declare it in /facts with its meaning, or correct the name (declared: %s)", quote(name), c.declared())
		return 0
	}
	c.used[i] = true
	return i
}
