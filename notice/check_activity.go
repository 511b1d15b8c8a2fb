package notice

import (
	"fmt"
	"slices"
	"strings"

	lb "github.com/noticekit/noticekit/lawfulbasis"
)

// activity judges one activity by its own regime.
func (c *checker) activity(i int, a *Activity) {
	ap := fmt.Sprintf("/activities/%d", i)
	regs := []lb.Regime{a.Regime}
	if a.Regime == lb.DPA2018Part3 && !isTrue(c.n.Controller.CompetentAuthority) && (c.parent == nil || !isTrue(c.parent.Controller.CompetentAuthority)) {
		c.emitParent(CodePart3NotCompetentAuthority, regs, ap+"/regime", []string{"/controller/competent_authority"}, "activity %q is law-enforcement processing under %s, but the controller is not marked as a competent authority", a.ID, a.Regime)
	}
	if len(a.Purposes) == 0 {
		c.emit(CodePurposesMissing, regs, ap+"/purposes", nil, "activity %q states no purpose", a.ID)
	}
	c.bases(ap, a)
	c.conditions(ap, a)
	// The sources that make Art 13 (subject) and Art 14 (elsewhere) apply;
	// a finding rests on an interpretation only when every source that
	// makes its duty apply is interpreted.
	var subject, elsewhere []string
	for k, s := range a.Sources {
		sp := fmt.Sprintf("%s/sources/%d/data_subject", ap, k)
		switch s.DataSubject {
		case SourceIsSubject:
			subject = append(subject, sp)
		case SourceIsNotSubject:
			elsewhere = append(elsewhere, sp)
		case SourceMayBeSubject: // both duties apply
			subject, elsewhere = append(subject, sp), append(elsewhere, sp)
		}
	}
	fromSubject, fromElsewhere := len(subject) > 0, len(elsewhere) > 0
	if len(a.Sources) == 0 {
		c.emit(CodeSourcesNotStated, regs, ap+"/sources", nil, "activity %q does not say where its data comes from", a.ID)
	}
	if fromElsewhere && len(a.DataCategories) == 0 {
		c.emit(CodeDataCategoriesNotStated, regs, ap+"/data_categories", c.allInterpreted(elsewhere), "activity %q collects data from other sources but lists no categories of data", a.ID)
	}
	if a.Recipients == nil || a.Recipients.Shared == SharingNotStated || a.Recipients.Shared == SharingUnspecified {
		c.emit(CodeRecipientsNotStated, regs, ap+"/recipients", []string{ap + "/recipients/shared"}, "activity %q does not say who its data is shared with", a.ID)
	}
	c.transfers(ap, a)
	if fromSubject && (a.Requirement == nil || a.Requirement.Kind == RequirementNotStated || a.Requirement.Kind == RequirementKindUnspecified) {
		c.emit(CodeRequirementNotStated, regs, ap+"/requirement", append(c.allInterpreted(subject), ap+"/requirement/kind"), "activity %q collects data from people but does not say whether they must provide it", a.ID)
	}
	switch {
	case a.AutomatedDecisions == nil:
		c.emit(CodeAutomatedDecisionsNotStated, regs, ap+"/automated_decisions", nil, "activity %q does not say whether decisions are automated", a.ID)
	case a.AutomatedDecisions.Used && a.AutomatedDecisions.Logic.IsZero():
		c.emit(CodeAutomatedDecisionLogicMissing, regs, ap+"/automated_decisions/logic", []string{ap + "/automated_decisions/used"}, "activity %q makes automated decisions but does not describe the logic or the consequences", a.ID)
	}
	c.retention(ap, a)
}

// allInterpreted returns ptrs when every one of them is (or holds) an
// interpreted value, and nil when any is not: a duty that one plainly
// stated value establishes does not rest on an interpretation.
func (c *checker) allInterpreted(ptrs []string) []string {
	for _, p := range ptrs {
		if c.interpretedUnder([]string{p}) == "" {
			return nil
		}
	}
	return ptrs
}

// territoryOf is the territory a regime's transfer duty is about.
func territoryOf(r lb.Regime) []Territory {
	switch r {
	case lb.UKGDPR:
		return []Territory{TerritoryUK}
	case lb.EUGDPR:
		return []Territory{TerritoryEU, TerritoryEEA}
	}
	return nil
}

func (c *checker) transfers(ap string, a *Activity) {
	regs := []lb.Regime{a.Regime}
	t := a.Transfers
	if t == nil || t.Occurs == OccurrenceNotStated || t.Occurs == OccurrenceUnspecified {
		c.emit(CodeTransfersNotStated, regs, ap+"/transfers", []string{ap + "/transfers/occurs"}, "activity %q does not say whether data leaves the UK", a.ID)
		return
	}
	if want := territoryOf(a.Regime); t.Territory != TerritoryUnspecified && want != nil && !slices.Contains(want, t.Territory) {
		c.emit(CodeTransfersWrongTerritory, regs, ap+"/transfers/territory", []string{ap + "/transfers/territory", ap + "/transfers/occurs"},
			"activity %q is judged under %s, but its statement about transfers is about the territory %q, which says nothing about transfers outside %s", a.ID, a.Regime, t.Territory, want[0])
		// A statement that data does or may go beyond that territory
		// still says it goes abroad: its safeguard is judged too.
	}
	if t.Occurs != Occurs && t.Occurs != MayOccur {
		return
	}
	stated := false
	for k, it := range t.Items {
		if it.Safeguard == SafeguardNotStated || it.Safeguard == SafeguardUnspecified {
			continue
		}
		stated = true
		switch it.Safeguard {
		case IDTA, Addendum, BCR:
			if it.Copy == nil {
				c.emit(CodeTransferSafeguardCopyMissing, regs, fmt.Sprintf("%s/transfers/items/%d/copy", ap, k), []string{fmt.Sprintf("%s/transfers/items/%d/safeguard", ap, k)},
					"activity %q relies on the %s safeguard but does not say how to obtain a copy of it or where it is made available", a.ID, it.Safeguard)
			}
		}
	}
	if !stated {
		c.emit(CodeTransferSafeguardNotStated, regs, ap+"/transfers", []string{ap + "/transfers/occurs", ap + "/transfers/territory"}, "activity %q says data %s leave the UK but names no safeguard", a.ID, map[bool]string{true: "does", false: "may"}[t.Occurs == Occurs])
	}
}

func (c *checker) bases(ap string, a *Activity) {
	regs := []lb.Regime{a.Regime}
	if len(a.LawfulBases) == 0 {
		c.emit(CodeLawfulBasisMissing, regs, ap+"/lawful_bases", nil, "activity %q states no lawful basis", a.ID)
		return
	}
	linked := false
	for _, b := range a.LawfulBases {
		linked = linked || len(b.Purposes) > 0
	}
	if !linked && len(a.LawfulBases) > 1 && len(a.Purposes) > 1 {
		c.emit(CodeBasisNotLinked, regs, ap+"/lawful_bases", nil, "activity %q lists %d purposes and %d bases without saying which basis serves which purpose", a.ID, len(a.Purposes), len(a.LawfulBases))
	}
	public := isTrue(c.n.Controller.PublicAuthority) || (c.parent != nil && isTrue(c.parent.Controller.PublicAuthority))
	for k, b := range a.LawfulBases {
		bp := fmt.Sprintf("%s/lawful_bases/%d", ap, k)
		if b.Basis == lb.BasisUnspecified {
			continue // a basis not stated (a reading set aside): nothing to judge
		}
		if r := lb.BasisValid(a.Regime, b.Basis, c.on); !r.OK {
			code := CodeBasisNotInRegime
			if r.Code == lb.CodeNotYetInForce || r.Code == lb.CodeNoLongerInForce {
				code = CodeBasisNotInForce
			}
			c.emit(code, regs, bp+"/basis", []string{bp + "/basis"}, "%s", r.Reason)
			continue
		}
		switch b.Basis {
		case lb.LegitimateInterests:
			if b.LegitimateInterests.IsZero() {
				c.emit(CodeLegitimateInterestsNotStated, regs, bp, []string{bp + "/basis"}, "activity %q relies on legitimate interests without saying what they are", a.ID)
			}
		case lb.RecognisedLegitimateInterests:
			var annex []lb.Condition
			for _, cd := range a.Conditions {
				if cd.For == ForRecognisedLegitimateInterest && cd.Condition != lb.ConditionUnspecified {
					annex = append(annex, cd.Condition)
				}
			}
			if r := lb.RecognisedLegitimateInterest(annex, c.on); !r.OK {
				c.emit(CodeRLIWithoutCondition, regs, bp, []string{bp + "/basis"}, "%s", r.Reason)
			}
		}
		if public && (b.Basis == lb.LegitimateInterests || b.Basis == lb.RecognisedLegitimateInterests) {
			c.publicAuthorityLI(ap, bp, a, b)
		}
	}
}

// publicAuthorityLI applies Art 6(1) second subparagraph: for each purpose
// the basis serves (all the activity's purposes when the notice does not
// link them), a purpose marked as a public task is an error, and one not
// marked either way a warning.
func (c *checker) publicAuthorityLI(ap, bp string, a *Activity, b LawfulBasis) {
	regs := []lb.Regime{a.Regime}
	var task, unclear, rests []string
	served := 0
	for k, p := range a.Purposes {
		if len(b.Purposes) > 0 && !slices.Contains(b.Purposes, p.ID) {
			continue
		}
		served++
		switch {
		case p.PublicTask == nil:
			unclear = append(unclear, p.ID)
		case *p.PublicTask:
			task = append(task, p.ID)
			rests = append(rests, fmt.Sprintf("%s/purposes/%d/public_task", ap, k))
		}
	}
	if served == 0 {
		unclear = append(unclear, "(no purpose stated)")
	}
	if len(task) > 0 {
		if r := lb.PublicAuthorityBasis(b.Basis, true, c.on); !r.OK {
			// One purpose stated outright to be a task is enough: the
			// finding rests on the readings only when every one is read.
			c.emit(CodePublicAuthorityLI, regs, bp+"/basis", append(c.allInterpreted(rests), "/controller/public_authority", bp+"/basis"), "a public authority relies on %s for its public task (%s): %s", b.Basis, strings.Join(task, ", "), r.Reason)
		}
	}
	if len(unclear) > 0 {
		c.emit(CodeLIPublicTaskUnclear, regs, bp+"/basis", []string{"/controller/public_authority", bp + "/basis"}, "a public authority relies on %s for %s, which the notice does not show to be outside its public tasks", b.Basis, strings.Join(unclear, ", "))
	}
}
