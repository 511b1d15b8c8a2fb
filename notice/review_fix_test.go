package notice_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/civil"
	lb "github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/rights"
)

// codesOf lists the codes and severities of findings, in Check's order.
func codesOf(fs []notice.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Severity.String()+" "+f.Code)
	}
	return out
}

// TestCheckTransferTerritoryAndSafeguard: a statement that data may go
// beyond the EU is about the wrong territory for a UK GDPR activity, and
// still says data goes abroad: the missing safeguard is reported too. A
// statement that it will not leave the EU gives the territory finding
// alone.
func TestCheckTransferTerritoryAndSafeguard(t *testing.T) {
	tests := []struct {
		occurs notice.Occurrence
		want   []string
	}{
		{notice.MayOccur, []string{"error transfer-safeguard-not-stated", "warning transfers-stated-for-another-territory"}},
		{notice.Occurs, []string{"error transfer-safeguard-not-stated", "warning transfers-stated-for-another-territory"}},
		{notice.DoesNotOccur, []string{"warning transfers-stated-for-another-territory"}},
	}
	for _, tt := range tests {
		t.Run(tt.occurs.String(), func(t *testing.T) {
			n := clean(t)
			n.Activities[0].Transfers = &notice.Transfers{Occurs: tt.occurs, Territory: notice.TerritoryEU,
				Items: []notice.Transfer{{Safeguard: notice.SafeguardNotStated}}}
			if diff := cmp.Diff(tt.want, codesOf(notice.Check(n, checkDay))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestCheckCookieConsentSeverity: silence about consent for cookies that
// need it is a likely defect needing judgement (warning); a notice saying
// they are set on legitimate interests, or under an exception that does not
// cover them, states what PECR reg 6 contradicts (error).
func TestCheckCookieConsentSeverity(t *testing.T) {
	tests := []struct {
		basis notice.CookieBasis
		want  []string
	}{
		{notice.CookieBasisNotStated, []string{"warning cookie-without-consent"}},
		{notice.CookieOnLegitimateInterests, []string{"error cookie-legitimate-interests"}},
		{notice.CookieOnException, []string{"error cookie-exception-not-available"}},
		{notice.CookieOnConsent, nil},
	}
	for _, tt := range tests {
		t.Run(tt.basis.String(), func(t *testing.T) {
			n := clean(t)
			n.Cookies = &notice.Cookies{Used: true, Groups: []notice.CookieGroup{{Name: notice.Plain("Adverts"),
				Kind: notice.CookieAdvertising, Purpose: notice.Plain("to show adverts"), Basis: tt.basis}}}
			if diff := cmp.Diff(tt.want, codesOf(notice.Check(n, checkDay))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// find returns the findings of code.
func find(fs []notice.Finding, code string) []notice.Finding {
	var out []notice.Finding
	for _, f := range fs {
		if f.Code == code {
			out = append(out, f)
		}
	}
	return out
}

// TestCheckCitationsByRegime: each law's own rule, or none, for the
// review's citation points (docs/law.md §2.2, §8.1, §8.2, §11.1, §11.3).
func TestCheckCitationsByRegime(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(n *notice.Notice)
		code   string
		want   []string // "severity citation" of each finding of code
	}{
		// Art 6(1) second subparagraph bars (f) for a public authority's
		// tasks under the EU GDPR too.
		{"EU GDPR public authority on legitimate interests", func(n *notice.Notice) {
			n.Activities = n.Activities[:1]
			a := &n.Activities[0]
			a.Regime = lb.EUGDPR
			a.LawfulBases[0].Basis, a.LawfulBases[0].LegitimateInterests = lb.LegitimateInterests, notice.Plain("keeping the roads clear")
		}, notice.CodePublicAuthorityLI, []string{"error EU GDPR Art 6(1) second subparagraph"}},
		{"EU GDPR public authority, task unclear", func(n *notice.Notice) {
			n.Activities = n.Activities[:1]
			a := &n.Activities[0]
			a.Regime = lb.EUGDPR
			a.LawfulBases[0].Basis, a.LawfulBases[0].LegitimateInterests = lb.LegitimateInterests, notice.Plain("keeping the roads clear")
			a.Purposes[0].PublicTask, a.Purposes[1].PublicTask = nil, nil
		}, notice.CodeLIPublicTaskUnclear, []string{"warning EU GDPR Art 6(1) second subparagraph"}},
		// The LED asks for the DPO's contact (Art 13(1)(b)).
		{"EU LED without a DPO", func(n *notice.Notice) {
			n.Activities = n.Activities[1:]
			n.Activities[0].Regime = lb.EULED
			n.DPO = nil
		}, notice.CodeDPOContactMissing, []string{"error LED Art 13(1)(b)"}},
		{"EU LED without a controller contact", func(n *notice.Notice) {
			n.Activities = n.Activities[1:]
			n.Activities[0].Regime = lb.EULED
			n.Controller.Contact = nil
		}, notice.CodeControllerContactMissing, []string{"error LED Art 13(1)(a)"}},
		// Sch 1 para 29 is not Art 6(1)(a) or 9(2)(a) consent: Art
		// 13(2)(c) does not ask for withdrawal.
		{"Sch 1 para 29 alone", func(n *notice.Notice) {
			n.Activities[0].Conditions = append(n.Activities[0].Conditions, notice.Condition{Condition: lb.Sch1Para29, For: notice.ForCriminalOffence})
		}, notice.CodeWithdrawConsentNotMentioned, nil},
		// Art 22 cited for EU GDPR processing is not out of date; for UK
		// GDPR processing it is, from 5 Feb 2026.
		{"Art 22 cited for EU GDPR processing", func(n *notice.Notice) {
			n.Activities = n.Activities[:1]
			n.Activities[0].Regime = lb.EUGDPR
			n.Activities[0].AutomatedDecisions.Cites = []notice.Provision{notice.ProvisionArt22}
		}, notice.CodeLawCitedOutOfDate, nil},
		{"Art 22 cited for UK GDPR processing", func(n *notice.Notice) {
			n.Activities[0].AutomatedDecisions.Cites = []notice.Provision{notice.ProvisionArt22}
		}, notice.CodeLawCitedOutOfDate, []string{"warning DUAA 2025 (SI 2026/82 regs 2-3)"}},
		// A right item offered only for the EU GDPR activity citing Art 22.
		{"Art 22 cited in a right offered for EU GDPR processing", func(n *notice.Notice) {
			n.Activities[0].Regime = lb.EUGDPR
			it := &n.Rights.Items[6]
			it.Regimes, it.Cites = []lb.Regime{lb.EUGDPR}, []notice.Provision{notice.ProvisionArt22}
		}, notice.CodeLawCitedOutOfDate, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := clean(t)
			tt.mutate(n)
			var got []string
			for _, f := range find(notice.Check(n, checkDay), tt.code) {
				got = append(got, f.Severity.String()+" "+f.Citation)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.code, diff)
			}
		})
	}
	// No Part 3 rule dates a basis: consent was one from 2018.
	if _, _, ok := catalogueEntry(t, notice.CodeBasisNotInForce).Judge([]lb.Regime{lb.DPA2018Part3}, checkDay); ok {
		t.Error("basis-not-in-force has a Part 3 rule")
	}
}

// TestCheckNationalSecurityMayHaveMoved: the s88 commencement day is not
// confirmed, so the finding never presents s78A as settled.
func TestCheckNationalSecurityMayHaveMoved(t *testing.T) {
	n := clean(t)
	n.Rights.Items[1].Restrictions = []notice.Restriction{{Ground: rights.NationalSecurity}}
	for _, on := range []string{"2025-06-20", "2026-11-22"} {
		fs := find(notice.Check(n, civil.MustParse(on)), notice.CodeRestrictionGroundMoved)
		if len(fs) != 1 || !strings.Contains(fs[0].Message, "may now be") || !strings.Contains(fs[0].Message, "not confirmed") {
			t.Errorf("on %s: %v, want one finding saying national security may have moved", on, fs)
		}
	}
}

// TestSeverityPolicyGrades pins the grades the written policy (Severity)
// gives the codes the review found out of step with it.
func TestSeverityPolicyGrades(t *testing.T) {
	tests := []struct {
		code   string
		regime lb.Regime // lb.RegimeUnspecified: a notice-wide rule
		want   notice.Severity
	}{
		// An Art 13(2)(b) right certain on the basis: absent, an error.
		{notice.CodeErasureNotMentioned, lb.UKGDPR, notice.Error},
		{notice.CodeErasureNotMentioned, lb.EUGDPR, notice.Error},
		{notice.CodeObjectionNotMentioned, lb.UKGDPR, notice.Error},
		// Portability turns on facts a notice need not give: judgement.
		{notice.CodeBasisRightNotMentioned, lb.UKGDPR, notice.Warning},
		// Retention absent for part of the data: the item absent there; an
		// s44(2)(b) omission for Part 3.
		{notice.CodeRetentionCategoryNotCovered, lb.UKGDPR, notice.Error},
		{notice.CodeRetentionCategoryNotCovered, lb.DPA2018Part3, notice.Warning},
		// Silence about consent is an inference; stating an unavailable
		// basis or exception is a statement the law contradicts.
		{notice.CodeCookieWithoutConsent, lb.UKGDPR, notice.Warning},
		{notice.CodeCookieLegitimateInterests, lb.UKGDPR, notice.Error},
		{notice.CodeCookieExceptionNotAvailable, lb.UKGDPR, notice.Error},
		// Conditions: missing, a prompt; stated and impossible, an error;
		// named generally or no policy document referenced, good practice.
		{notice.CodeSpecialCategoryNoCondition, lb.UKGDPR, notice.Warning},
		{notice.CodeConditionCannotApply, lb.UKGDPR, notice.Error},
		{notice.CodeConditionNotIdentified, lb.UKGDPR, notice.Info},
		{notice.CodePolicyDocumentNotReferenced, lb.UKGDPR, notice.Info},
		// More than the law gives: misleads, costs no one a right.
		{notice.CodeRightClaimedDoesNotApply, lb.UKGDPR, notice.Warning},
	}
	for _, tt := range tests {
		var regs []lb.Regime
		if tt.regime != lb.RegimeUnspecified {
			regs = []lb.Regime{tt.regime}
		}
		sev, _, ok := catalogueEntry(t, tt.code).Judge(regs, checkDay)
		if !ok || sev != tt.want {
			t.Errorf("%s under %v: %v (ok %v), want %v", tt.code, tt.regime, sev, ok, tt.want)
		}
	}
}

// TestCheckComplaintsScoped: complaint rights offered only for the Part 3
// activity leave the UK GDPR activity without them (issue 16's scoped
// rights, for complaints); offered for the whole notice, they cover both.
func TestCheckComplaintsScoped(t *testing.T) {
	for _, scoped := range []bool{true, false} {
		n := clean(t)
		n.Complaints = nil
		var regs []lb.Regime
		if scoped {
			regs = []lb.Regime{lb.DPA2018Part3}
		}
		n.Rights.Items = append(n.Rights.Items,
			notice.RightStatement{Right: rights.ComplainToCommissioner, Regimes: regs},
			notice.RightStatement{Right: rights.ComplainToController, Regimes: regs})
		var got []string
		for _, f := range notice.Check(n, checkDay) {
			got = append(got, f.Severity.String()+" "+f.Code+" "+f.Citation)
			if len(f.Regimes) != 1 || f.Regimes[0] != lb.UKGDPR {
				t.Errorf("scoped %v: %s judged under %v, want uk-gdpr only", scoped, f.Code, f.Regimes)
			}
		}
		var want []string
		if scoped {
			want = []string{
				"error complaint-to-commissioner-missing UK GDPR Art 13(2)(d), 14(2)(e); DPA 2018 s165",
				"error complaint-to-controller-missing UK GDPR Art 13(2)(ca), 14(2)(da); DPA 2018 s164A",
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("scoped %v (-want +got):\n%s", scoped, diff)
		}
	}
}

// TestCheckOutOfDateProvisionsAdded: the provisions docs/law.md dates that
// the first table lacked, each on both sides of 5 Feb 2026.
func TestCheckOutOfDateProvisionsAdded(t *testing.T) {
	for _, p := range []notice.Provision{notice.ProvisionS49, notice.ProvisionArt6_4, notice.ProvisionArt14_5b} {
		for on, want := range map[string]int{"2026-02-04": 0, "2026-02-05": 1} {
			n := clean(t)
			n.Complaints.Commissioner.Cites = []notice.Provision{p}
			if got := find(notice.Check(n, civil.MustParse(on)), notice.CodeLawCitedOutOfDate); len(got) != want {
				t.Errorf("%s cited, judged at %s: %v, want %d finding(s)", p, on, got, want)
			}
		}
	}
}

// TestCheckPECRUKOnly: PECR is UK law: advertising cookies without consent
// are a finding for a notice with UK processing, none for an EU-only one.
func TestCheckPECRUKOnly(t *testing.T) {
	for _, tt := range []struct {
		regime lb.Regime
		want   int
	}{{lb.UKGDPR, 1}, {lb.DPA2018Part3, 1}, {lb.EUGDPR, 0}} {
		n := clean(t)
		n.Activities = n.Activities[:1]
		n.Activities[0].Regime = tt.regime
		n.Cookies = &notice.Cookies{Used: true, Groups: []notice.CookieGroup{{Name: notice.Plain("Adverts"),
			Kind: notice.CookieAdvertising, Purpose: notice.Plain("to show adverts"), Basis: notice.CookieOnLegitimateInterests}}}
		if got := find(notice.Check(n, checkDay), notice.CodeCookieLegitimateInterests); len(got) != tt.want {
			t.Errorf("%s notice: %v, want %d finding(s)", tt.regime, got, tt.want)
		}
	}
}

// TestCheckConditionalDataSaysIf: a condition finding about data the
// notice collects only conditionally says it applies if the data is
// processed; for data collected outright it does not.
func TestCheckConditionalDataSaysIf(t *testing.T) {
	for _, cond := range []string{"(if appropriate)", ""} {
		n := clean(t)
		n.Activities[0].Conditions = n.Activities[0].Conditions[2:]
		n.Activities[0].DataCategories[1].Conditional = notice.Plain(cond)
		fs := find(notice.Check(n, checkDay), notice.CodeSpecialCategoryNoCondition)
		if len(fs) != 1 {
			t.Fatalf("conditional %q: %v, want one finding", cond, fs)
		}
		if says := strings.Contains(fs[0].Message, "if the data is processed"); says != (cond != "") {
			t.Errorf("conditional %q: message %q", cond, fs[0].Message)
		}
	}
}

// TestCheckParentObjectionPresentation: a right to object the service
// notice relies on its parent for is judged by Art 21(4) in the parent's
// words when the parent is available.
func TestCheckParentObjectionPresentation(t *testing.T) {
	for _, words := range []string{"Your right to object: you can object to our use of your information.", ""} {
		corp := loadFixture(t, "corporate.json")
		for i := range corp.Rights.Items {
			if corp.Rights.Items[i].Right == rights.Object {
				corp.Rights.Items[i].Text = notice.Plain(words)
			}
		}
		fs := find(notice.CheckWith(loadFixture(t, "service-with-parent.json"), checkDay, notice.Options{Parent: corp}), notice.CodeObjectionNotSeparate)
		if want := map[bool]int{true: 0, false: 1}[words != ""]; len(fs) != want {
			t.Errorf("parent's words %q: %v, want %d finding(s)", words, fs, want)
		}
		for _, f := range fs {
			if !strings.Contains(f.Message, `in the parent notice "example-district-corporate"`) {
				t.Errorf("does not name the parent: %v", f)
			}
		}
	}
}
