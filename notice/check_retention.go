package notice

import (
	"fmt"
	"slices"
	"strings"

	lb "github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/retention"
)

// conditions checks the Art 9 / Sch 1, Art 10 and Sch 8 conditions. A
// notice is not required to state them (docs/law.md §11.5): a missing
// condition is a prompt (warning), and only a stated condition that cannot
// apply is an error.
func (c *checker) conditions(ap string, a *Activity) {
	regs := []lb.Regime{a.Regime}
	// The kinds that make the condition rules apply: a finding rests on
	// them only when every one is interpreted.
	var specialKinds, criminalKinds []string
	var specialIf, criminalIf []string // the conditions ("if appropriate") of conditional items
	for k, d := range a.DataCategories {
		dp := fmt.Sprintf("%s/data_categories/%d/kind", ap, k)
		switch d.Kind {
		case SpecialCategoryData:
			specialKinds = append(specialKinds, dp)
			specialIf = append(specialIf, d.Conditional.String())
		case CriminalOffenceData:
			criminalKinds = append(criminalKinds, dp)
			criminalIf = append(criminalIf, d.Conditional.String())
		}
	}
	special, criminal := len(specialKinds) > 0, len(criminalKinds) > 0
	var forSpecial, forCriminal, forSensitive []lb.Condition
	var specialPtrs []string // the pointers of forSpecial, in order
	general := map[ConditionUse]bool{}
	for k, cd := range a.Conditions {
		if cd.General != GeneralConditionUnspecified {
			general[cd.For] = true
			gp := fmt.Sprintf("%s/conditions/%d/general", ap, k)
			c.emit(CodeConditionNotIdentified, regs, gp, []string{gp}, "activity %q names the condition only generally (%s), without its paragraph", a.ID, cd.General)
			continue
		}
		if cd.Condition == lb.ConditionUnspecified {
			continue // not stated (or a reading set aside)
		}
		switch cd.For {
		case ForSpecialCategory:
			forSpecial = append(forSpecial, cd.Condition)
			specialPtrs = append(specialPtrs, fmt.Sprintf("%s/conditions/%d", ap, k))
		case ForCriminalOffence:
			forCriminal = append(forCriminal, cd.Condition)
		case ForSensitiveProcessing:
			forSensitive = append(forSensitive, cd.Condition)
		}
	}
	cp := ap + "/conditions"
	rests := c.allInterpreted(specialKinds)
	switch a.Regime {
	case lb.UKGDPR, lb.EUGDPR:
		if special && !general[ForSpecialCategory] {
			// The Art 9(2) chapeau (from 20 Aug 2025) also needs an Art 6
			// basis: use the first valid one stated.
			basis := lb.BasisUnspecified
			for _, b := range a.LawfulBases {
				if lb.BasisValid(a.Regime, b.Basis, c.on).OK {
					basis = b.Basis
					break
				}
			}
			// A Sch 1 condition that none of the stated Art 9(2) conditions
			// can use is a stated condition that cannot apply (an error);
			// otherwise a missing condition is a prompt.
			orphan := false
			for i, x := range forSpecial {
				if x.Family() != lb.FamilySch1 {
					continue
				}
				used := false
				for _, y := range forSpecial {
					used = used || y.AcceptsSch1(x)
				}
				if !used {
					orphan = true
					// A stated condition that cannot apply: it rests on that
					// condition and on what it is stated for, not on the data.
					c.emit(CodeConditionCannotApply, regs, cp, []string{specialPtrs[i] + "/condition", specialPtrs[i] + "/for"}, "activity %q states %s, which none of the Art 9(2) conditions it states can use (s10(2)-(3))", a.ID, x)
				}
			}
			if r := lb.SpecialCategory(basis, forSpecial, c.on); !r.OK && !orphan && (r.Code != lb.CodeNoArt6Basis || len(a.LawfulBases) > 0) {
				code := CodeSpecialCategoryNoCondition
				if r.Code == lb.CodeSch1ConditionNeeded {
					code = CodeSpecialCategoryNoSch1
				}
				c.emit(code, regs, cp, append(rests, c.allInterpreted(specialPtrs)...), "activity %q: %s%s", a.ID, r.Reason, ifProcessed(specialIf))
			}
			c.policyDocument(ap, a, forSpecial, specialPtrs)
		}
		if criminal && !general[ForCriminalOffence] {
			if r := lb.CriminalOffence(forCriminal, c.on); !r.OK {
				c.emit(CodeCriminalOffenceNoAuthority, regs, cp, c.allInterpreted(criminalKinds), "activity %q: %s%s", a.ID, r.Reason, ifProcessed(criminalIf))
			}
		}
	case lb.DPA2018Part3:
		if special && !general[ForSensitiveProcessing] {
			r := lb.Part3Sensitive(forSensitive, a.PolicyDocument != nil, c.on)
			switch {
			case r.OK:
			case r.Code == lb.CodeNoPolicyDocument:
				c.emit(CodePolicyDocumentNotReferenced, regs, ap+"/policy_document", nil, "activity %q: %s", a.ID, r.Reason)
			default:
				c.emit(CodeSensitiveProcessingNoCond, regs, cp, rests, "activity %q: %s%s", a.ID, r.Reason, ifProcessed(specialIf))
			}
		}
	}
}

// ifProcessed says, when every item of the data a condition finding is
// about is collected only on a condition the notice states (a hedge: "(if
// appropriate)"), that the finding applies if the data is processed.
func ifProcessed(conds []string) string {
	var words []string
	for _, w := range conds {
		if w == "" {
			return ""
		}
		if !slices.Contains(words, w) {
			words = append(words, fmt.Sprintf("%q", w))
		}
	}
	if len(words) == 0 {
		return ""
	}
	return " (if the data is processed: the notice collects it only " + strings.Join(words, ", ") + ")"
}

// policyDocument reports, as information, UK GDPR conditions that need an
// appropriate policy document the notice does not reference.
func (c *checker) policyDocument(ap string, a *Activity, conds []lb.Condition, ptrs []string) {
	if a.PolicyDocument != nil {
		return
	}
	var need, needPtrs []string
	for i, cd := range conds {
		if cd.NeedsPolicyDocument() {
			need = append(need, cd.String())
			needPtrs = append(needPtrs, ptrs[i]+"/condition")
		}
	}
	if len(need) > 0 {
		c.emit(CodePolicyDocumentNotReferenced, []lb.Regime{a.Regime}, ap+"/policy_document", c.allInterpreted(needPtrs), "activity %q relies on %s, which need an appropriate policy document", a.ID, strings.Join(need, ", "))
	}
}

// retention checks Art 13(2)(a) / s44(2)(b): a period, or a criterion, for
// every data category; links to schedule rules that exist and agree.
func (c *checker) retention(ap string, a *Activity) {
	regs := []lb.Regime{a.Regime}
	rp := ap + "/retention"
	if len(a.Retention) == 0 {
		c.emit(CodeRetentionMissing, regs, rp, nil, "activity %q does not say how long data is kept", a.ID)
		return
	}
	stated, referenced, whole, vague := false, false, false, false
	covered := map[string]bool{}
	for k, r := range a.Retention {
		ok := false
		switch r.Kind {
		case RetentionPeriod, RetentionRule:
			ok = true
		case RetentionCriteria:
			// Criteria meet Art 13(2)(a) only when they name a criterion:
			// "for varying lengths of time" names none.
			ok = !r.Criterion.IsZero()
			vague = vague || !ok
		case RetentionScheduleReference:
			referenced = true
		}
		if ok {
			stated = true
			if len(r.DataCategories) == 0 && r.AppliesTo.IsZero() {
				whole = true
			}
			for _, id := range r.DataCategories {
				covered[id] = true
			}
		}
		for m, ref := range r.Rules {
			c.resolve(regs, fmt.Sprintf("%s/%d", rp, k), fmt.Sprintf("%s/%d/rules/%d", rp, k, m), r, ref)
		}
	}
	if !stated {
		// Nothing stated rests on the statements' kinds only when every
		// one of them is a reading.
		var kinds []string
		for k := range a.Retention {
			kinds = append(kinds, fmt.Sprintf("%s/%d/kind", rp, k))
		}
		rests := c.allInterpreted(kinds)
		switch {
		case referenced:
			c.emit(CodeRetentionScheduleNotPublished, regs, rp, rests, "activity %q leaves retention to a schedule the notice refers to, without stating any period", a.ID)
		case vague:
			c.emit(CodeRetentionPeriodNotStated, regs, rp, rests, "activity %q gives retention criteria that name no criterion", a.ID)
		default:
			c.emit(CodeRetentionPeriodNotStated, regs, rp, rests, "activity %q gives no retention period or criteria", a.ID)
		}
		return
	}
	if whole {
		return // a statement for the whole activity
	}
	if len(covered) == 0 && len(a.DataCategories) != 1 {
		// Every period or criterion stated applies to part of the data
		// ("applies_to"), and none is linked to the data categories: one
		// period somewhere does not cover the activity. (With a single
		// data category, what a statement applies to is that category.)
		var parts []string
		for _, r := range a.Retention {
			if !r.AppliesTo.IsZero() && r.Kind != RetentionScheduleReference && r.Kind != RetentionNotStated {
				parts = append(parts, fmt.Sprintf("%q", r.AppliesTo.String()))
			}
		}
		// It rests on what the statements are read to apply to, not on
		// whether they state a period: a period for part of the data
		// leaves the rest uncovered either way.
		var rests []string
		for k, r := range a.Retention {
			if !r.AppliesTo.IsZero() {
				rests = append(rests, fmt.Sprintf("%s/%d/applies_to", rp, k))
			}
		}
		c.emit(CodeRetentionCategoryNotCovered, regs, rp, c.allInterpreted(rests), "activity %q states retention only for %s, not for the rest of its data", a.ID, strings.Join(parts, ", "))
		return
	}
	for k, d := range a.DataCategories {
		if d.ID != "" && !covered[d.ID] {
			c.emit(CodeRetentionCategoryNotCovered, regs, fmt.Sprintf("%s/data_categories/%d", ap, k), nil, "activity %q states retention for some data categories, but not for %q", a.ID, d.ID)
		}
	}
}

// resolve finds a linked rule in the schedules given and compares the
// statement's period with it.
func (c *checker) resolve(regs []lb.Regime, sp, ptr string, st Retention, ref RuleRef) {
	for _, s := range c.opt.Schedules {
		if s == nil || s.ID != ref.Schedule {
			continue
		}
		for _, r := range s.Rules {
			if r.ID == ref.Rule {
				c.compare(regs, sp, st, s, r)
				return
			}
		}
		c.emit(CodeRetentionRuleUnresolved, regs, ptr, []string{ptr}, "schedule %q (version %s) has no rule %q", s.ID, s.Version, ref.Rule)
		return
	}
}

// anchor is the day both periods are added to when compared, so that P1Y
// and P12M agree and months are compared as months.
var anchor = lb.GDPRApplies.Date()

// compare reports a stated period that disagrees with the rule it links:
// the notice promising less time than the rule keeps, or more.
func (c *checker) compare(regs []lb.Regime, sp string, st Retention, s *retention.Definition, r retention.RuleDef) {
	if st.Period.IsZero() {
		if r.Then != "keep" {
			c.emit(CodeRetentionNotCompared, regs, sp, nil, "the notice states no period of its own for rule %q of schedule %q (version %s): what it says was not compared with the rule", r.ID, s.ID, s.Version)
		}
		return
	}
	if r.Then == "keep" {
		c.emit(CodeRetentionScheduleDisagrees, regs, sp+"/period", []string{sp + "/period"}, "the notice says %s, but rule %q of schedule %q (version %s) keeps the records permanently: the notice promises less time than the rule keeps", st.Period, r.ID, s.ID, s.Version)
		return
	}
	rule, ok := simplePeriod(r.Retain)
	if !ok {
		// A rule of several clauses has no single period to compare.
		c.emit(CodeRetentionNotCompared, regs, sp+"/period", []string{sp + "/period"}, "the notice says %s, but rule %q of schedule %q (version %s) is not a single period: the two were not compared", st.Period, r.ID, s.ID, s.Version)
		return
	}
	notice, kept := st.Period.AddTo(anchor), rule.AddTo(anchor)
	var how string
	switch {
	case notice.Before(kept):
		how = "promises less time than the rule keeps"
	case kept.Before(notice):
		how = "promises more time than the rule keeps"
	default:
		return
	}
	c.emit(CodeRetentionScheduleDisagrees, regs, sp+"/period", []string{sp + "/period"}, "the notice says %s, but rule %q of schedule %q (version %s) keeps records for %s: the notice %s", st.Period, r.ID, s.ID, s.Version, rule, how)
}

// simplePeriod returns the period of a rule's retain clause when it is a
// single leaf.
func simplePeriod(cl *retention.ClauseDef) (retention.Period, bool) {
	if cl == nil || len(cl.LaterOf) > 0 || len(cl.EarlierOf) > 0 || cl.Cutoff != "" || cl.When != "" {
		return retention.Period{}, false
	}
	p, err := retention.ParsePeriod(cl.Period)
	return p, err == nil && !p.IsZero()
}

// outOfDate gives, for each provision a notice may cite, the day it was
// replaced or omitted and what replaced it (docs/law.md §1).
var outOfDate = map[Provision]struct {
	from lb.Commencement
	now  string
}{
	ProvisionArt22: {lb.DUAAFeb2026, "UK GDPR Arts 22A-22D (DUAA s80)"},
	ProvisionArt44: {lb.DUAAFeb2026, "UK GDPR Art 44A (DUAA s85)"},
	ProvisionArt89: {lb.DUAAFeb2026, "UK GDPR Arts 84A-84D (DUAA ss86-87)"},
	ProvisionS14:   {lb.DUAAFeb2026, "UK GDPR Arts 22A-22D; DPA 2018 s14 repealed (DUAA Sch 6)"},
	ProvisionArt77: {lb.DUAAJun2026, "DPA 2018 s165 (DUAA s103, Sch 10)"},
	// docs/law.md §1 (s80, Sch 6), §8.1 (s71, Sch 5), §5.1 (s77).
	ProvisionS49:      {lb.DUAAFeb2026, "DPA 2018 ss50A-50D (DUAA s80, Sch 6)"},
	ProvisionArt6_4:   {lb.DUAAFeb2026, "UK GDPR Art 8A and Annex 2 (DUAA s71, Sch 5)"},
	ProvisionArt14_5b: {lb.DUAAFeb2026, "omitted: the exemptions are Art 14(5)(a), (c)-(f) (DUAA s77)"},
}

// cited reports the out-of-date provisions among cites, judged under the
// regimes of the activities the statement is made for: a UK GDPR
// provision is out of date for UK processing only (the catalogue's rule
// names the UK regimes).
func (c *checker) cited(ptr string, cites []Provision, regimes []lb.Regime) {
	for k, p := range cites {
		od, ok := outOfDate[p]
		if !ok || c.on.Before(od.from.Date()) {
			continue
		}
		cp := fmt.Sprintf("%s/cites/%d", ptr, k)
		c.emit(CodeLawCitedOutOfDate, regimes, cp, []string{cp}, "the notice cites %s, which from %s is %s", p, od.from.Date(), od.now)
	}
}

// citations reports out-of-date provisions wherever the notice cites them.
func (c *checker) citations() {
	n := c.n
	for i, a := range n.Activities {
		ap := fmt.Sprintf("/activities/%d", i)
		own := []lb.Regime{a.Regime}
		if a.Transfers != nil {
			c.cited(ap+"/transfers", a.Transfers.Cites, own)
			for k, t := range a.Transfers.Items {
				c.cited(fmt.Sprintf("%s/transfers/items/%d", ap, k), t.Cites, own)
			}
		}
		if a.AutomatedDecisions != nil {
			c.cited(ap+"/automated_decisions", a.AutomatedDecisions.Cites, own)
		}
	}
	if n.Rights != nil {
		for i, it := range n.Rights.Items {
			var regs []lb.Regime // the regimes of the activities it is offered for
			for k := range n.Activities {
				if a := &n.Activities[k]; offeredFor(it, a) && !slices.Contains(regs, a.Regime) {
					regs = append(regs, a.Regime)
				}
			}
			c.cited(fmt.Sprintf("/rights/items/%d", i), it.Cites, regs)
		}
	}
	if n.Complaints != nil {
		if n.Complaints.Controller != nil {
			c.cited("/complaints/controller", n.Complaints.Controller.Cites, c.regimes)
		}
		if n.Complaints.Commissioner != nil {
			c.cited("/complaints/commissioner", n.Complaints.Commissioner.Cites, c.regimes)
		}
	}
	for i, s := range n.Statements {
		c.cited(fmt.Sprintf("/statements/%d", i), s.Cites, c.regimes)
	}
}
