package notice

import (
	"fmt"
	"slices"
	"strings"

	lb "github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/rights"
)

// offered is a right item with where it came from, for the messages.
type offered struct {
	item    RightStatement
	pointer string // "/rights/items/N", or "" for a parent's item
}

// rightItems returns the notice's right items and its parent's. A parent's
// item scoped to the parent's own activities is not read for this notice.
func (c *checker) rightItems() []offered {
	var out []offered
	if c.n.Rights != nil {
		for i, it := range c.n.Rights.Items {
			out = append(out, offered{it, fmt.Sprintf("/rights/items/%d", i)})
		}
	}
	if c.parent != nil && c.parent.Rights != nil {
		for _, it := range c.parent.Rights.Items {
			if len(it.Activities) == 0 {
				out = append(out, offered{it, ""})
			}
		}
	}
	return out
}

// offeredFor reports whether item covers activity a: its regimes and
// activities, where it names them, include a's.
func offeredFor(it RightStatement, a *Activity) bool {
	return (len(it.Regimes) == 0 || slices.Contains(it.Regimes, a.Regime)) &&
		(len(it.Activities) == 0 || slices.Contains(it.Activities, a.ID))
}

// alwaysRights are the rights that must be stated whatever the basis: UK
// GDPR Art 13(2)(b) (access, rectification, restriction: docs/law.md
// §11.5); DPA 2018 s44(1)(d) and LED Art 13(1) (access, rectification,
// erasure or restriction).
func alwaysRights(r lb.Regime) [][]rights.Right {
	switch r {
	case lb.UKGDPR, lb.EUGDPR:
		return [][]rights.Right{{rights.Access}, {rights.Rectification}, {rights.Restriction}}
	case lb.DPA2018Part3, lb.EULED:
		return [][]rights.Right{{rights.Access}, {rights.Rectification}, {rights.Erasure, rights.Restriction}}
	}
	return nil
}

func (c *checker) rights() {
	items := c.rightItems()
	if len(items) == 0 {
		c.emitParent(CodeRightsNotStated, c.regimes, "/rights", nil, "the notice does not list people's rights")
		for i, it := range c.rightItemsOfNotice() {
			c.restrictions(i, it)
		}
		return
	}
	for i := range c.n.Activities {
		c.activityRights(i, &c.n.Activities[i], items)
	}
	for i, it := range c.rightItemsOfNotice() {
		if it.Claimed != ClaimDoesNotApply {
			c.claimed(i, it)
		}
		c.restrictions(i, it)
	}
}

func (c *checker) rightItemsOfNotice() []RightStatement {
	if c.n.Rights == nil {
		return nil
	}
	return c.n.Rights.Items
}

// activityRights judges one activity against the rights offered for it.
func (c *checker) activityRights(i int, a *Activity, items []offered) {
	ap := fmt.Sprintf("/activities/%d", i)
	regs := []lb.Regime{a.Regime}
	has := map[rights.Right]offered{}
	for _, o := range items {
		if o.item.Claimed != ClaimDoesNotApply && offeredFor(o.item, a) {
			if _, dup := has[o.item.Right]; !dup {
				has[o.item.Right] = o
			}
		}
	}
	if missing := missingAlways(a.Regime, has); len(missing) > 0 {
		// The finding rests on the regime read for the activity only when
		// under the other family of regimes (GDPR or law enforcement)
		// nothing would be missing: access and rectification are owed
		// under all of them.
		var rests []string
		if alt := alternative(a.Regime); alt == lb.RegimeUnspecified || len(missingAlways(alt, has)) == 0 {
			rests = []string{ap + "/regime"}
		}
		c.emitParent(CodeRightNotMentioned, regs, "/rights/items", rests, "activity %q (%s): the rights of %s apply but are not mentioned for it", a.ID, a.Regime, strings.Join(missing, ", "))
	}
	// Rights that depend on the basis (docs/law.md §5.2, DERIVED).
	for _, r := range []rights.Right{rights.Erasure, rights.Portability, rights.Object} {
		if _, ok := has[r]; ok {
			if r == rights.Object {
				c.separate(has[r], a)
			}
			continue
		}
		if a.Regime != lb.UKGDPR && a.Regime != lb.EUGDPR {
			continue
		}
		on, ptrs := c.basesGiving(ap, a, r)
		if len(on) == 0 {
			continue
		}
		rests := c.allInterpreted(ptrs)
		if r == rights.Object {
			c.emitParent(CodeObjectionNotMentioned, regs, "/rights/items", rests, "activity %q (on %s): the right to object applies but is not mentioned for it", a.ID, strings.Join(on, ", "))
		} else {
			code := CodeBasisRightNotMentioned
			if r == rights.Erasure {
				code = CodeErasureNotMentioned
			}
			c.emitParent(code, regs, "/rights/items", rests, "activity %q (on %s): the right of %s applies but is not mentioned for it", a.ID, strings.Join(on, ", "), r)
		}
	}
	if _, ok := has[rights.WithdrawConsent]; !ok && len(consentPointers(ap, a)) > 0 {
		c.emitParent(CodeWithdrawConsentNotMentioned, regs, "/rights/items", c.allInterpreted(consentPointers(ap, a)), "activity %q relies on consent, but the notice does not say it can be withdrawn at any time", a.ID)
	}
}

// basesGiving lists the activity's valid bases on which right r applies,
// and their pointers.
func (c *checker) basesGiving(ap string, a *Activity, r rights.Right) ([]string, []string) {
	var on, ptrs []string
	for k, b := range a.LawfulBases {
		t, err := rights.For(a.Regime, b.Basis, c.on)
		if err != nil {
			continue // reported by bases()
		}
		if s := status(t, r); s == rights.Applies || s == rights.Qualified {
			on = append(on, b.Basis.String())
			ptrs = append(ptrs, fmt.Sprintf("%s/lawful_bases/%d/basis", ap, k))
		}
	}
	slices.Sort(on)
	return slices.Compact(on), ptrs
}

// separate applies Art 21(4): the right to object presented clearly and
// separately, so with words of its own that no other right shares.
func (c *checker) separate(o offered, a *Activity) {
	// The items the right's words are compared with: the notice's own, or,
	// for a right the parent offers, the parent's (judged with the pair,
	// since the service notice relies on that presentation).
	among, pointer, where := c.rightItemsOfNotice(), o.pointer, ""
	rests := []string{o.pointer + "/right", o.pointer + "/text"}
	if o.pointer == "" {
		among, pointer, rests = c.parent.Rights.Items, "/rights", nil
		where = fmt.Sprintf(" in the parent notice %q", c.parent.ID)
	}
	text := o.item.Text.String()
	shared := false
	for _, x := range among {
		if x.Right != rights.Object && text != "" && x.Text.String() == text {
			shared = true
		}
	}
	if text == "" || shared {
		c.emit(CodeObjectionNotSeparate, []lb.Regime{a.Regime}, pointer, rests, "activity %q: the right to object is offered%s without words of its own%s", a.ID, where, map[bool]string{true: " (its words are shared with other rights)", false: ""}[shared])
	}
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

// consentPointers are the pointers of the consent the activity relies on
// (Art 6(1)(a), Art 9(2)(a), DPA 2018 s35(2)(a)/(4)), the values the
// withdrawal finding rests on. Sch 1 para 29 (consent in another sense,
// with no Art 7(3) right) is not among them: Art 13(2)(c) names only Art
// 6(1)(a) and 9(2)(a).
func consentPointers(ap string, a *Activity) []string {
	var out []string
	for k, b := range a.LawfulBases {
		if b.Basis == lb.Consent {
			out = append(out, fmt.Sprintf("%s/lawful_bases/%d/basis", ap, k))
		}
	}
	for k, cd := range a.Conditions {
		if cd.Condition == lb.Art9A || cd.Condition == lb.S35Consent {
			out = append(out, fmt.Sprintf("%s/conditions/%d/condition", ap, k))
		}
	}
	return out
}

// missingAlways lists the rights owed whatever the basis under regime r
// that has does not hold ("erasure or restriction" for an alternative).
func missingAlways(r lb.Regime, has map[rights.Right]offered) []string {
	var missing []string
	for _, alts := range alwaysRights(r) {
		found := false
		for _, x := range alts {
			_, ok := has[x]
			found = found || ok
		}
		if !found {
			var names []string
			for _, x := range alts {
				names = append(names, x.String())
			}
			missing = append(missing, strings.Join(names, " or "))
		}
	}
	return missing
}

// alternative is the regime an activity read under r would otherwise fall
// under: general processing or law enforcement, in the same jurisdiction.
func alternative(r lb.Regime) lb.Regime {
	switch r {
	case lb.UKGDPR:
		return lb.DPA2018Part3
	case lb.DPA2018Part3:
		return lb.UKGDPR
	case lb.EUGDPR:
		return lb.EULED
	case lb.EULED:
		return lb.EUGDPR
	}
	return lb.RegimeUnspecified
}

// claimed reports a right the notice offers (portability, object) that
// does not apply to any activity it is offered for.
func (c *checker) claimed(i int, it RightStatement) {
	if it.Right != rights.Portability && it.Right != rights.Object {
		return // other rights do not depend on the basis
	}
	covers, applies := false, false
	var bases []string
	var regs []lb.Regime
	ip := fmt.Sprintf("/rights/items/%d", i)
	rests := []string{ip + "/right"} // and every basis judged: any reading may be what withholds the right
	for k := range c.n.Activities {
		a := &c.n.Activities[k]
		if !offeredFor(it, a) {
			continue
		}
		for m, b := range a.LawfulBases {
			rests = append(rests, fmt.Sprintf("/activities/%d/lawful_bases/%d/basis", k, m))
			t, err := rights.For(a.Regime, b.Basis, c.on)
			if err != nil {
				continue
			}
			covers = true
			if !slices.Contains(regs, a.Regime) {
				regs = append(regs, a.Regime)
			}
			bases = append(bases, fmt.Sprintf("%s (%s)", b.Basis, a.Regime))
			if s := status(t, it.Right); s == rights.Applies || s == rights.Qualified {
				applies = true
			}
		}
	}
	if covers && !applies {
		slices.Sort(bases)
		c.emit(CodeRightClaimedDoesNotApply, regs, ip, rests, "the notice offers the right %s, which does not apply to processing on %s", it.Right, strings.Join(slices.Compact(bases), ", "))
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
				rp := fmt.Sprintf("/rights/items/%d/restrictions/%d", i, k)
				c.emit(CodeRestrictionGroundMoved, c.only(lb.DPA2018Part3), rp, []string{rp + "/ground"}, "national security may now be an exemption under %s rather than a restriction ground: DUAA s88 moved it on a day not confirmed (not Royal Assent; about early September 2025, docs/law.md §11.3); %s", g.Citation, g.Note)
			}
		}
	}
}

// only returns []lb.Regime{r} when the notice has an activity under r,
// and nil (no rule applies) otherwise.
func (c *checker) only(r lb.Regime) []lb.Regime {
	if slices.Contains(c.regimes, r) {
		return []lb.Regime{r}
	}
	return nil
}

// complaints checks the rights to complain to the Commissioner (all
// regimes) and to the controller (UK GDPR and Part 3, from 19 Jun 2026:
// the catalogue's rules carry the dates and regimes).
func (c *checker) complaints() {
	var comm, ctrl bool // stated for the whole notice (or by the parent)
	for _, n := range []*Notice{c.n, c.parent} {
		if n == nil {
			continue
		}
		if n.Complaints != nil {
			comm = comm || n.Complaints.Commissioner != nil
			ctrl = ctrl || n.Complaints.Controller != nil
		}
	}
	// A right item may be offered for some regimes or activities only: each
	// activity is judged against the items offered for it (as rights are),
	// and the finding is judged under the regimes of the activities that
	// lack the item.
	items := c.rightItems()
	lacking := func(whole bool, r rights.Right) []lb.Regime {
		if whole {
			return nil
		}
		if len(c.n.Activities) == 0 {
			return c.regimes
		}
		var regs []lb.Regime
		for k := range c.n.Activities {
			a := &c.n.Activities[k]
			has := false
			for _, o := range items {
				has = has || (o.item.Claimed != ClaimDoesNotApply && o.item.Right == r && offeredFor(o.item, a))
			}
			if !has && !slices.Contains(regs, a.Regime) {
				regs = append(regs, a.Regime)
			}
		}
		return regs
	}
	if regs := lacking(comm, rights.ComplainToCommissioner); len(regs) > 0 {
		c.emitParent(CodeComplaintToCommissionerAbsent, regs, "/complaints/commissioner", nil, "the notice does not tell people they can complain to the Information Commissioner%s", c.forWhich(regs))
	}
	if regs := lacking(ctrl, rights.ComplainToController); len(regs) > 0 {
		c.emitParent(CodeComplaintToControllerAbsent, regs, "/complaints/controller", nil, "judged at %s, on or after 19 Jun 2026: the notice does not tell people they can complain to the controller%s", c.on, c.forWhich(regs))
	}
}

// forWhich names the regimes a finding about the notice is limited to,
// when they are not all of the notice's.
func (c *checker) forWhich(regs []lb.Regime) string {
	if len(regs) == len(c.regimes) {
		return ""
	}
	var names []string
	for _, r := range regs {
		names = append(names, r.String())
	}
	return " about its " + strings.Join(names, ", ") + " processing (the item is offered only for other processing)"
}
