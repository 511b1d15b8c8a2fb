package notice

import (
	"fmt"
	"slices"
	"strings"

	"github.com/noticekit/noticekit/civil"
	lb "github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/retention"
	"github.com/noticekit/noticekit/rights"
)

// Finding is one thing Check reports about a notice.
type Finding struct {
	Code     string   `json:"code"`     // stable kebab-case code from Catalogue
	Severity Severity `json:"severity"` // error, warning or info
	Pointer  string   `json:"pointer"`  // JSON pointer into the notice ("" = the whole notice)
	Citation string   `json:"citation"` // the provision relied on
	Message  string   `json:"message"`  // what is wrong, for a DPO
}

// String formats f as "pointer: severity code: message (citation)".
func (f Finding) String() string {
	p := f.Pointer
	if p == "" {
		p = "(notice)"
	}
	return fmt.Sprintf("%s: %s %s: %s (%s)", p, f.Severity, f.Code, f.Message, f.Citation)
}

// Options adjust Check.
type Options struct {
	// Schedules are the retention schedules a notice's rule references
	// are resolved against. A reference to a schedule not given here is
	// not checked; a reference to a rule missing from a schedule given
	// here is an error finding.
	Schedules []*retention.Definition
}

// CodeLawDateUnknown is reported, alone, when Check is asked to read the
// law at the zero date: without a date no rule can be applied, and Check
// will not guess one.
const CodeLawDateUnknown = "law-date-unknown"

// Check reports what the notice fails to say that the law requires, and
// what it says that is inconsistent with the law, reading the law as it
// stood on the date on. A notice published in 2018 and checked with on set
// to today is judged by today's law; pass its publication date to judge it
// by the law of its day.
//
// # Reading findings
//
// Each Finding has a stable Code (listed, with its citation and meaning, in
// Catalogue), a Severity, the JSON Pointer of the part of the notice it is
// about, the Citation it rests on and a Message. Severities mean:
//
//   - error: the notice does not say something UK GDPR Arts 13-14 or DPA
//     2018 s44 require, or says something the law does not allow (a public
//     authority relying on legitimate interests for a public task;
//     special-category data without a condition);
//   - warning: probably incomplete or misleading (a right offered that
//     does not apply; a retention schedule referred to but not linked);
//   - info: worth knowing (a finding that rests on an unverified
//     commencement date; good practice).
//
// Findings are sorted by pointer, then code. Check is pure: it reads no
// clock and no files. Findings marked DERIVED or UNVERIFIED in Catalogue
// rest on rows of the legal reference that were reasoned rather than
// quoted; treat them as prompts for review.
func Check(n *Notice, on civil.Date) []Finding { return CheckWith(n, on, Options{}) }

// CheckWith is Check with options.
func CheckWith(n *Notice, on civil.Date, opt Options) []Finding {
	if on.IsZero() {
		e := entry(CodeLawDateUnknown)
		return []Finding{{Code: e.Code, Severity: e.Severity, Citation: e.Citation,
			Message: "no date to read the law at: give the date (for example today, or the notice's publication date)"}}
	}
	if n == nil {
		n = &Notice{}
	}
	c := &checker{n: n, on: on, opt: opt}
	c.run()
	slices.SortStableFunc(c.out, func(a, b Finding) int {
		if d := comparePointers(a.Pointer, b.Pointer); d != 0 {
			return d
		}
		return strings.Compare(a.Code, b.Code)
	})
	return c.out
}

// comparePointers orders JSON pointers by their segments, numerically where
// both segments are indexes, so /activities/2 comes before /activities/10.
func comparePointers(a, b string) int {
	as, bs := strings.Split(a, "/"), strings.Split(b, "/")
	for i := 0; i < len(as) && i < len(bs); i++ {
		if as[i] == bs[i] {
			continue
		}
		ai, aok := atoi(as[i])
		bi, bok := atoi(bs[i])
		if aok && bok {
			return ai - bi
		}
		return strings.Compare(as[i], bs[i])
	}
	return len(as) - len(bs)
}

func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// Dates the checks depend on (law.md §1).
var (
	duaaJun = lb.DUAAJun2026.Date() // s164A complaints to the controller; Art 13(2)(ca)
)

type checker struct {
	n   *Notice
	on  civil.Date
	opt Options
	out []Finding
}

func (c *checker) add(code, pointer, format string, args ...any) {
	e := entry(code)
	c.out = append(c.out, Finding{Code: code, Severity: e.Severity, Pointer: pointer, Citation: e.Citation,
		Message: fmt.Sprintf(format, args...)})
}

func isTrue(b *bool) bool { return b != nil && *b }

func (c *checker) run() {
	n := c.n
	public := isTrue(n.Controller.PublicAuthority)
	// A contact the notice gives for enquiries about itself (Stockport's
	// "please email dpa.officer@stockport.gov.uk") is a way to reach the
	// controller, so it meets Art 13(1)(a); a DPO's contact alone does not,
	// as Art 13(1)(b) asks for it separately.
	if !n.Controller.Contact.Reachable() && !n.Enquiries.Reachable() {
		c.add(CodeControllerContactMissing, "/controller", "no address, email, phone number or web address is given for %s, nor any contact for enquiries about the notice", n.Controller.Name)
	}
	if public && !n.DPO.Reachable() {
		c.add(CodeDPOContactMissing, "/dpo", "%s is a public authority, so it must have a DPO (Art 37(1)(a)); the notice gives no way to contact one", n.Controller.Name)
	}
	if n.Published.IsZero() && n.LastUpdated.IsZero() {
		c.add(CodeNoticeUndated, "", "the notice gives no publication or last-updated date")
	}
	for i := range n.Activities {
		c.activity(i, &n.Activities[i], public)
	}
	c.rights()
	c.complaints()
}

func (c *checker) activity(i int, a *Activity, public bool) {
	ap := fmt.Sprintf("/activities/%d", i)
	part3 := a.Regime == lb.DPA2018Part3 || a.Regime == lb.EULED
	if part3 && !isTrue(c.n.Controller.CompetentAuthority) {
		c.add(CodePart3NotCompetentAuthority, ap+"/regime", "activity %q is law-enforcement processing under %s, but %s is not marked as a competent authority", a.ID, a.Regime, c.n.Controller.Name)
	}
	if len(a.Purposes) == 0 {
		c.add(CodePurposesMissing, ap+"/purposes", "activity %q states no purpose", a.ID)
	}
	c.bases(ap, a, public)
	c.conditions(ap, a)
	fromSubject, fromElsewhere := false, false
	for _, s := range a.Sources {
		switch s.DataSubject {
		case SourceIsSubject:
			fromSubject = true
		case SourceIsNotSubject:
			fromElsewhere = true
		case SourceMayBeSubject:
			fromSubject, fromElsewhere = true, true
		}
	}
	if len(a.Sources) == 0 {
		c.add(CodeSourcesNotStated, ap+"/sources", "activity %q does not say where its data comes from", a.ID)
	}
	if fromElsewhere && len(a.DataCategories) == 0 {
		c.add(CodeDataCategoriesNotStated, ap+"/data_categories", "activity %q collects data from other sources but lists no categories of data", a.ID)
	}
	if a.Recipients == nil || a.Recipients.Shared == SharingNotStated {
		c.add(CodeRecipientsNotStated, ap+"/recipients", "activity %q does not say who its data is shared with", a.ID)
	}
	if !part3 {
		c.transfers(ap, a)
		c.gdprOnly(ap, a, fromSubject)
	}
	c.retention(ap, a)
}

// gdprOnly checks the Art 13(2)(e)-(f) items, which have no Part 3
// counterpart in s44.
func (c *checker) gdprOnly(ap string, a *Activity, fromSubject bool) {
	if fromSubject && (a.Requirement == nil || a.Requirement.Kind == RequirementNotStated) {
		c.add(CodeRequirementNotStated, ap+"/requirement", "activity %q collects data from people but does not say whether they must provide it", a.ID)
	}
	switch {
	case a.AutomatedDecisions == nil:
		c.add(CodeAutomatedDecisionsNotStated, ap+"/automated_decisions", "activity %q does not say whether decisions are automated", a.ID)
	case a.AutomatedDecisions.Used && a.AutomatedDecisions.Logic.IsZero():
		c.add(CodeAutomatedDecisionLogicMissing, ap+"/automated_decisions/logic", "activity %q makes automated decisions but does not describe the logic or the consequences", a.ID)
	}
}

func (c *checker) transfers(ap string, a *Activity) {
	t := a.Transfers
	if t == nil || t.Occurs == OccurrenceNotStated {
		c.add(CodeTransfersNotStated, ap+"/transfers", "activity %q does not say whether data leaves the UK", a.ID)
		return
	}
	if t.Occurs != Occurs && t.Occurs != MayOccur {
		return
	}
	stated := false
	for _, it := range t.Items {
		if it.Safeguard != SafeguardNotStated {
			stated = true
		}
	}
	if !stated {
		c.add(CodeTransferSafeguardNotStated, ap+"/transfers", "activity %q says data %s leave the UK but names no safeguard", a.ID, map[bool]string{true: "does", false: "may"}[t.Occurs == Occurs])
	}
}

func (c *checker) bases(ap string, a *Activity, public bool) {
	if len(a.LawfulBases) == 0 {
		c.add(CodeLawfulBasisMissing, ap+"/lawful_bases", "activity %q states no lawful basis", a.ID)
		return
	}
	linked := false
	for _, b := range a.LawfulBases {
		if len(b.Purposes) > 0 {
			linked = true
		}
	}
	if !linked && len(a.LawfulBases) > 1 && len(a.Purposes) > 1 {
		c.add(CodeBasisNotLinked, ap+"/lawful_bases", "activity %q lists %d purposes and %d bases without saying which basis serves which purpose", a.ID, len(a.Purposes), len(a.LawfulBases))
	}
	for k, b := range a.LawfulBases {
		bp := fmt.Sprintf("%s/lawful_bases/%d", ap, k)
		if r := lb.BasisValid(a.Regime, b.Basis, c.on); !r.OK {
			code := CodeBasisNotInRegime
			if r.Code == lb.CodeNotYetInForce || r.Code == lb.CodeNoLongerInForce {
				code = CodeBasisNotInForce
			}
			c.add(code, bp+"/basis", "%s", r.Reason)
			continue
		}
		switch b.Basis {
		case lb.LegitimateInterests:
			if b.LegitimateInterests.IsZero() {
				c.add(CodeLegitimateInterestsNotStated, bp, "activity %q relies on legitimate interests without saying what they are", a.ID)
			}
		case lb.RecognisedLegitimateInterests:
			var annex []lb.Condition
			for _, cd := range a.Conditions {
				if cd.For == ForRecognisedLegitimateInterest {
					annex = append(annex, cd.Condition)
				}
			}
			if r := lb.RecognisedLegitimateInterest(annex, c.on); !r.OK {
				c.add(CodeRLIWithoutCondition, bp, "%s", r.Reason)
			}
		}
		if public && (b.Basis == lb.LegitimateInterests || b.Basis == lb.RecognisedLegitimateInterests) {
			c.publicAuthorityLI(bp, a, b)
		}
	}
}

// publicAuthorityLI applies Art 6(1) second subparagraph: for each purpose
// the basis serves (all the activity's purposes when the notice does not
// link them), a purpose marked as a public task is an error, and one not
// marked either way a warning.
func (c *checker) publicAuthorityLI(bp string, a *Activity, b LawfulBasis) {
	var served []Purpose
	for _, p := range a.Purposes {
		if len(b.Purposes) == 0 || slices.Contains(b.Purposes, p.ID) {
			served = append(served, p)
		}
	}
	var task, unclear []string
	for _, p := range served {
		switch {
		case p.PublicTask == nil:
			unclear = append(unclear, p.ID)
		case *p.PublicTask:
			task = append(task, p.ID)
		}
	}
	if len(served) == 0 {
		unclear = append(unclear, "(no purpose stated)")
	}
	name := c.n.Controller.Name
	if len(task) > 0 {
		r := lb.PublicAuthorityBasis(b.Basis, true, c.on)
		if !r.OK {
			c.add(CodePublicAuthorityLI, bp+"/basis", "%s is a public authority relying on %s for its public task (%s): %s", name, b.Basis, strings.Join(task, ", "), r.Reason)
		}
	}
	if len(unclear) > 0 {
		c.add(CodeLIPublicTaskUnclear, bp+"/basis", "%s is a public authority relying on %s for %s, which the notice does not show to be outside its public tasks", name, b.Basis, strings.Join(unclear, ", "))
	}
}

func (c *checker) conditions(ap string, a *Activity) {
	var special, criminal bool
	for _, d := range a.DataCategories {
		switch d.Kind {
		case SpecialCategoryData:
			special = true
		case CriminalOffenceData:
			criminal = true
		}
	}
	var forSpecial, forCriminal, forSensitive []lb.Condition
	for _, cd := range a.Conditions {
		switch cd.For {
		case ForSpecialCategory:
			forSpecial = append(forSpecial, cd.Condition)
		case ForCriminalOffence:
			forCriminal = append(forCriminal, cd.Condition)
		case ForSensitiveProcessing:
			forSensitive = append(forSensitive, cd.Condition)
		}
	}
	cp := ap + "/conditions"
	switch a.Regime {
	case lb.UKGDPR, lb.EUGDPR:
		if special {
			// The Art 9(2) chapeau (from 20 Aug 2025) also needs an Art 6
			// basis: use the first valid one stated.
			basis := lb.BasisUnspecified
			for _, b := range a.LawfulBases {
				if lb.BasisValid(a.Regime, b.Basis, c.on).OK {
					basis = b.Basis
					break
				}
			}
			if r := lb.SpecialCategory(basis, forSpecial, c.on); !r.OK {
				code := CodeSpecialCategoryNoCondition
				if r.Code == lb.CodeSch1ConditionNeeded {
					code = CodeSpecialCategoryNoSch1
				}
				if r.Code != lb.CodeNoArt6Basis || len(a.LawfulBases) > 0 {
					c.add(code, cp, "activity %q: %s", a.ID, r.Reason)
				}
			}
			c.policyDocument(ap, a, forSpecial)
		}
		if criminal {
			if r := lb.CriminalOffence(forCriminal, c.on); !r.OK {
				c.add(CodeCriminalOffenceNoAuthority, cp, "activity %q: %s", a.ID, r.Reason)
			}
		}
	case lb.DPA2018Part3:
		if special {
			r := lb.Part3Sensitive(forSensitive, a.PolicyDocument != nil, c.on)
			switch {
			case r.OK:
			case r.Code == lb.CodeNoPolicyDocument:
				c.add(CodePolicyDocumentNotReferenced, ap+"/policy_document", "activity %q: %s", a.ID, r.Reason)
			default:
				c.add(CodeSensitiveProcessingNoCond, cp, "activity %q: %s", a.ID, r.Reason)
			}
		}
	}
}

// policyDocument reports, as information, UK GDPR conditions that need an
// appropriate policy document the notice does not reference.
func (c *checker) policyDocument(ap string, a *Activity, conds []lb.Condition) {
	if a.PolicyDocument != nil {
		return
	}
	var need []string
	for _, cd := range conds {
		if cd.NeedsPolicyDocument() {
			need = append(need, cd.String())
		}
	}
	if len(need) > 0 {
		c.add(CodePolicyDocumentNotReferenced, ap+"/policy_document", "activity %q relies on %s, which need an appropriate policy document", a.ID, strings.Join(need, ", "))
	}
}

func (c *checker) retention(ap string, a *Activity) {
	rp := ap + "/retention"
	if len(a.Retention) == 0 {
		c.add(CodeRetentionMissing, rp, "activity %q does not say how long data is kept", a.ID)
		return
	}
	stated, referenced := false, false
	for k, r := range a.Retention {
		switch r.Kind {
		case RetentionPeriod, RetentionCriteria, RetentionRule:
			stated = true
		case RetentionScheduleReference:
			referenced = true
		}
		for m, ref := range r.Rules {
			c.resolve(fmt.Sprintf("%s/%d/rules/%d", rp, k, m), ref)
		}
	}
	if !stated {
		if referenced {
			c.add(CodeRetentionScheduleNotPublished, rp, "activity %q leaves retention to a schedule the notice refers to, without stating any period", a.ID)
		} else {
			c.add(CodeRetentionPeriodNotStated, rp, "activity %q gives no retention period or criteria", a.ID)
		}
	}
}

func (c *checker) resolve(ptr string, ref RuleRef) {
	for _, s := range c.opt.Schedules {
		if s == nil || s.ID != ref.Schedule {
			continue
		}
		for _, r := range s.Rules {
			if r.ID == ref.Rule {
				return
			}
		}
		c.add(CodeRetentionRuleUnresolved, ptr, "schedule %q (version %s) has no rule %q", s.ID, s.Version, ref.Rule)
		return
	}
}

// covered lists, for each activity, the bases that the rights tables apply
// to: the activity's valid bases under its regime on the date.
type covered struct {
	act    *Activity
	bases  []lb.Basis
	tables [][]rights.Entry
}

func (c *checker) coverage() []covered {
	var out []covered
	for i := range c.n.Activities {
		a := &c.n.Activities[i]
		cv := covered{act: a}
		for _, b := range a.LawfulBases {
			t, err := rights.For(a.Regime, b.Basis, c.on)
			if err != nil {
				continue // reported by bases()
			}
			cv.bases = append(cv.bases, b.Basis)
			cv.tables = append(cv.tables, t)
		}
		out = append(out, cv)
	}
	return out
}

// status returns the status of right r in table t.
func status(t []rights.Entry, r rights.Right) rights.Status {
	for _, e := range t {
		if e.Right == r {
			return e.Status
		}
	}
	return rights.StatusUnspecified
}

// mentionedRights are the rights Art 13(2)(b) and s44(1)(c) require a
// notice to mention where they apply.
var mentionedRights = []rights.Right{rights.Access, rights.Rectification, rights.Erasure,
	rights.Restriction, rights.Portability, rights.Object}

func (c *checker) rights() {
	n := c.n
	if n.Rights == nil || len(n.Rights.Items) == 0 {
		c.add(CodeRightsNotStated, "/rights", "the notice does not list people's rights")
	}
	cov := c.coverage()
	stated := map[rights.Right]int{}
	if n.Rights != nil {
		for i, it := range n.Rights.Items {
			if it.Claimed != ClaimDoesNotApply {
				if _, ok := stated[it.Right]; !ok {
					stated[it.Right] = i
				}
			}
			if it.Claimed != ClaimDoesNotApply {
				c.claimed(i, it, cov)
			}
			c.restrictions(i, it)
		}
	}
	if n.Rights == nil || len(n.Rights.Items) == 0 {
		return // one finding for the whole section is enough
	}
	// Rights that apply (to some activity, on some basis) but are not
	// mentioned.
	for _, r := range mentionedRights {
		if _, ok := stated[r]; ok {
			continue
		}
		var why []string
		for _, cv := range cov {
			var on []string
			for k, t := range cv.tables {
				if s := status(t, r); s == rights.Applies || s == rights.Qualified {
					on = append(on, cv.bases[k].String())
				}
			}
			if len(on) > 0 {
				why = append(why, fmt.Sprintf("activity %q (on %s)", cv.act.ID, strings.Join(dedupe(on), ", ")))
			}
		}
		if len(why) == 0 {
			continue
		}
		if r == rights.Object {
			c.add(CodeObjectionNotMentioned, "/rights/items", "the right to object applies to %s but the notice does not mention it", strings.Join(why, "; "))
		} else {
			c.add(CodeRightNotMentioned, "/rights/items", "the right of %s applies to %s but the notice does not mention it", r, strings.Join(why, "; "))
		}
	}
	// Withdrawing consent, where consent is relied on.
	if _, ok := stated[rights.WithdrawConsent]; !ok {
		for i, a := range n.Activities {
			if usesConsent(&a) {
				c.add(CodeWithdrawConsentNotMentioned, "/rights/items", "activity %q (/activities/%d) relies on consent, but the notice does not say it can be withdrawn at any time", a.ID, i)
				break
			}
		}
	}
}

func usesConsent(a *Activity) bool {
	for _, b := range a.LawfulBases {
		if b.Basis == lb.Consent {
			return true
		}
	}
	for _, cd := range a.Conditions {
		if cd.Condition == lb.Art9A || cd.Condition == lb.S35Consent || cd.Condition == lb.Sch1Para29 {
			return true
		}
	}
	return false
}

func dedupe(s []string) []string {
	slices.Sort(s)
	return slices.Compact(s)
}

// claimed reports a right the notice offers that does not apply to any of
// the activities (and bases) the statement covers.
func (c *checker) claimed(i int, it RightStatement, cov []covered) {
	switch it.Right {
	case rights.Portability, rights.Object:
	default:
		return // other rights do not depend on the basis
	}
	covers, applies := false, false
	var bases []string
	for _, cv := range cov {
		if len(it.Regimes) > 0 && !slices.Contains(it.Regimes, cv.act.Regime) {
			continue
		}
		for k, t := range cv.tables {
			covers = true
			bases = append(bases, fmt.Sprintf("%s (%s)", cv.bases[k], cv.act.Regime))
			if s := status(t, it.Right); s == rights.Applies || s == rights.Qualified {
				applies = true
			}
		}
	}
	if covers && !applies {
		c.add(CodeRightClaimedDoesNotApply, fmt.Sprintf("/rights/items/%d", i), "the notice offers the right %s, which does not apply to processing on %s", it.Right, strings.Join(dedupe(bases), ", "))
	}
}

// restrictions reports national security cited as a Part 3 restriction
// ground on a date on which rights.RestrictionGrounds lists it under s78A.
func (c *checker) restrictions(i int, it RightStatement) {
	for k, r := range it.Restrictions {
		if r.Ground != rights.NationalSecurity {
			continue
		}
		for _, g := range rights.RestrictionGrounds(c.on) {
			if g.Ground == rights.NationalSecurity && g.Note != "" {
				c.add(CodeRestrictionGroundMoved, fmt.Sprintf("/rights/items/%d/restrictions/%d", i, k), "national security is now an exemption under %s rather than a restriction ground; %s", g.Citation, g.Note)
			}
		}
	}
}

func (c *checker) complaints() {
	n := c.n
	var comm, ctrl *Complaint
	if n.Complaints != nil {
		comm, ctrl = n.Complaints.Commissioner, n.Complaints.Controller
	}
	mentioned := func(r rights.Right) bool {
		if n.Rights == nil {
			return false
		}
		for _, it := range n.Rights.Items {
			if it.Right == r && it.Claimed != ClaimDoesNotApply {
				return true
			}
		}
		return false
	}
	if comm == nil && !mentioned(rights.ComplainToCommissioner) {
		c.add(CodeComplaintToCommissionerAbsent, "/complaints/commissioner", "the notice does not tell people they can complain to the Information Commissioner")
	}
	if !c.on.Before(duaaJun) && ctrl == nil && !mentioned(rights.ComplainToController) {
		c.add(CodeComplaintToControllerAbsent, "/complaints/controller", "judged at %s, on or after 19 Jun 2026: the notice does not tell people they can complain to %s", c.on, n.Controller.Name)
	}
}
