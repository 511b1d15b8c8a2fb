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

// only returns the clean notice with only its activity of the given regime
// (clean's activity 0 is UK GDPR, activity 1 Part 3); an EU regime is the
// UK GDPR activity relabelled.
func only(t *testing.T, regime lb.Regime) *notice.Notice {
	n := clean(t)
	switch regime {
	case lb.DPA2018Part3:
		n.Activities = n.Activities[1:]
	case lb.UKGDPR, lb.EUGDPR:
		n.Activities = n.Activities[:1]
		n.Activities[0].Regime = regime
		if regime == lb.EUGDPR {
			n.Rights.Items[5].Regimes = []lb.Regime{lb.EUGDPR}
			n.Activities[0].Conditions = nil // Sch 1 is UK law; the clean data has none that needs it then
			n.Activities[0].DataCategories = n.Activities[0].DataCategories[:1]
		}
	case lb.EULED:
		n.Activities = n.Activities[1:]
		n.Activities[0].Regime = lb.EULED
		n.Activities[0].LawfulBases = nil // the reference has no LED bases row (docs/law.md §8.2)
		n.Activities[0].DataCategories = n.Activities[0].DataCategories[:0]
	}
	return n
}

type judged struct {
	code     string
	severity notice.Severity
	citation string
}

// TestRequirementsPerRegime: the same omission in a UK GDPR activity and in
// a Part 3 activity gives the code, severity and citation each law gives,
// and nothing under the law that does not ask for the item (docs/law.md
// §11.1, §11.5). Each dated citation is tested the day before and on the
// day it changes.
func TestRequirementsPerRegime(t *testing.T) {
	none := []judged(nil)
	// rli relies on recognised legitimate interests, for a body that is not
	// a public authority, with no special-category or criminal-offence data
	// (whose conditions need a valid Art 6 basis from 20 Aug 2025).
	rli := func(n *notice.Notice) {
		n.Controller.PublicAuthority = ptr(false)
		a := &n.Activities[0]
		a.LawfulBases[0].Basis = lb.RecognisedLegitimateInterests
		if a.Regime == lb.UKGDPR {
			a.DataCategories, a.Conditions = a.DataCategories[:1], nil
		}
	}
	// consent adds consent as a basis, and the portability it brings under
	// UK GDPR (Art 20(1)(a)), so that only the withdrawal is missing.
	consent := func(n *notice.Notice) {
		n.Activities[0].LawfulBases = append(n.Activities[0].LawfulBases, notice.LawfulBasis{Basis: lb.Consent})
		n.Rights.Items = append(n.Rights.Items, notice.RightStatement{Right: rights.Portability, Regimes: []lb.Regime{lb.UKGDPR}})
	}
	one := func(code string, s notice.Severity, cite string) []judged { return []judged{{code, s, cite}} }
	tests := []struct {
		name   string
		on     string
		mutate func(n *notice.Notice)
		uk, p3 []judged
	}{
		{"purposes", "", func(n *notice.Notice) { n.Activities[0].Purposes = nil },
			one(notice.CodePurposesMissing, notice.Error, "UK GDPR Art 13(1)(c), 14(1)(c)"),
			one(notice.CodePurposesMissing, notice.Error, "DPA 2018 s44(1)(c)")},
		// s44(2)(a): owed in specific cases only, so a warning for Part 3.
		{"lawful basis", "", func(n *notice.Notice) { n.Activities[0].LawfulBases = nil },
			one(notice.CodeLawfulBasisMissing, notice.Error, "UK GDPR Art 13(1)(c), 14(1)(c)"),
			one(notice.CodeLawfulBasisMissing, notice.Warning, "DPA 2018 s44(2)(a)")},
		{"recipients", "", func(n *notice.Notice) { n.Activities[0].Recipients = nil },
			one(notice.CodeRecipientsNotStated, notice.Warning, "UK GDPR Art 13(1)(e), 14(1)(e)"),
			one(notice.CodeRecipientsNotStated, notice.Warning, "DPA 2018 s44(2)(c)")},
		{"retention", "", func(n *notice.Notice) { n.Activities[0].Retention = nil },
			one(notice.CodeRetentionMissing, notice.Error, "UK GDPR Art 13(2)(a), 14(2)(a)"),
			one(notice.CodeRetentionMissing, notice.Warning, "DPA 2018 s44(2)(b)")},
		// "for varying lengths of time" names no criterion.
		{"retention criteria without a criterion", "", func(n *notice.Notice) {
			n.Activities[0].Retention = []notice.Retention{{Kind: notice.RetentionCriteria, Text: notice.Plain("for varying lengths of time")}}
		},
			one(notice.CodeRetentionPeriodNotStated, notice.Error, "UK GDPR Art 13(2)(a), 14(2)(a)"),
			one(notice.CodeRetentionPeriodNotStated, notice.Warning, "DPA 2018 s44(2)(b)")},
		// Art 14(1)(d) has no Part 3 counterpart (the bug the review found).
		{"data categories", "", func(n *notice.Notice) { n.Activities[0].DataCategories = nil },
			one(notice.CodeDataCategoriesNotStated, notice.Error, "UK GDPR Art 14(1)(d)"), none},
		{"sources", "", func(n *notice.Notice) { n.Activities[0].Sources = nil },
			one(notice.CodeSourcesNotStated, notice.Warning, "UK GDPR Art 14(2)(f)"),
			one(notice.CodeSourcesNotStated, notice.Warning, "DPA 2018 s44(2)(d)")},
		{"transfers", "", func(n *notice.Notice) { n.Activities[0].Transfers = nil },
			one(notice.CodeTransfersNotStated, notice.Warning, "UK GDPR Art 13(1)(f), 14(1)(f)"), none},
		{"requirement", "", func(n *notice.Notice) {
			n.Activities[0].Requirement = nil
			n.Activities[0].Sources = append(n.Activities[0].Sources, notice.Source{Name: notice.Plain("You"), DataSubject: notice.SourceIsSubject})
		},
			one(notice.CodeRequirementNotStated, notice.Error, "UK GDPR Art 13(2)(e)"), none},
		// Access, rectification and restriction always apply under UK GDPR: an error (§11.5); s44(1)(d), not (c).
		{"rectification", "", func(n *notice.Notice) { n.Rights.Items = append(n.Rights.Items[:2], n.Rights.Items[3:]...) },
			one(notice.CodeRightNotMentioned, notice.Error, "UK GDPR Art 13(2)(b), 14(2)(c)"),
			one(notice.CodeRightNotMentioned, notice.Error, "DPA 2018 s44(1)(d)")},
		{"rights", "", func(n *notice.Notice) { n.Rights = nil },
			one(notice.CodeRightsNotStated, notice.Error, "UK GDPR Art 13(2)(b), 14(2)(c)"),
			one(notice.CodeRightsNotStated, notice.Error, "DPA 2018 s44(1)(d)")},
		// The Part 3 DPO duty is every controller's (s69(1)), public authority or not.
		{"DPO of a body not a public authority", "", func(n *notice.Notice) { n.DPO = nil; n.Controller.PublicAuthority = ptr(false) },
			none, one(notice.CodeDPOContactMissing, notice.Error, "DPA 2018 s44(1)(b), s69(1)")},
		{"DPO of a public authority", "", func(n *notice.Notice) { n.DPO = nil },
			one(notice.CodeDPOContactMissing, notice.Error, "UK GDPR Art 13(1)(b), 14(1)(b), 37(1)(a)"),
			one(notice.CodeDPOContactMissing, notice.Error, "DPA 2018 s44(1)(b), s69(1)")},
		{"controller not named", "", func(n *notice.Notice) { n.Controller.Name, n.Controller.NotNamed = "", true },
			one(notice.CodeControllerNotNamed, notice.Error, "UK GDPR Art 13(1)(a), 14(1)(a)"),
			one(notice.CodeControllerNotNamed, notice.Error, "DPA 2018 s44(1)(a)")},
		// Art 77 until 18 Jun 2026, s165 from 19 Jun 2026.
		{"complaint to the Commissioner, before s165", "2026-06-18", func(n *notice.Notice) { n.Complaints.Commissioner = nil },
			one(notice.CodeComplaintToCommissionerAbsent, notice.Error, "UK GDPR Art 13(2)(d), 14(2)(e), 77"),
			one(notice.CodeComplaintToCommissionerAbsent, notice.Error, "DPA 2018 s44(1)(e), s165")},
		{"complaint to the Commissioner, from s165", "2026-06-19", func(n *notice.Notice) { n.Complaints.Commissioner = nil },
			one(notice.CodeComplaintToCommissionerAbsent, notice.Error, "UK GDPR Art 13(2)(d), 14(2)(e); DPA 2018 s165"),
			one(notice.CodeComplaintToCommissionerAbsent, notice.Error, "DPA 2018 s44(1)(e), s165")},
		{"complaint to the controller, before s164A", "2026-06-18", func(n *notice.Notice) { n.Complaints.Controller = nil }, none, none},
		{"complaint to the controller, from s164A", "2026-06-19", func(n *notice.Notice) { n.Complaints.Controller = nil },
			one(notice.CodeComplaintToControllerAbsent, notice.Error, "UK GDPR Art 13(2)(ca), 14(2)(da); DPA 2018 s164A"),
			one(notice.CodeComplaintToControllerAbsent, notice.Error, "DPA 2018 s44(1)(da), s164A")},
		// Part 3 consent withdrawal exists from 19 Aug 2025 (s40A).
		{"consent withdrawal, before s40A", "2025-08-18", func(n *notice.Notice) {
			consent(n)
		}, one(notice.CodeWithdrawConsentNotMentioned, notice.Error, "UK GDPR Art 13(2)(c), 14(2)(d), 7(3)"), none},
		{"consent withdrawal, from s40A", "2025-08-19", func(n *notice.Notice) {
			consent(n)
		},
			one(notice.CodeWithdrawConsentNotMentioned, notice.Error, "UK GDPR Art 13(2)(c), 14(2)(d), 7(3)"),
			one(notice.CodeWithdrawConsentNotMentioned, notice.Error, "DPA 2018 s40A(5), s40A(6)(a)")},
		// Art 13(1)(f) alone until 4 Feb 2026; with Arts 44A and 45A from 5 Feb 2026 (docs/law.md
		// §11.3 names no other article of Chapter V).
		{"transfer safeguard, before Art 44A", "2026-02-04", func(n *notice.Notice) {
			n.Activities[0].Transfers = &notice.Transfers{Occurs: notice.Occurs, Items: []notice.Transfer{{Safeguard: notice.SafeguardNotStated}}}
		}, one(notice.CodeTransferSafeguardNotStated, notice.Error, "UK GDPR Art 13(1)(f), 14(1)(f)"), none},
		{"transfer safeguard, from Art 44A", "2026-02-05", func(n *notice.Notice) {
			n.Activities[0].Transfers = &notice.Transfers{Occurs: notice.Occurs, Items: []notice.Transfer{{Safeguard: notice.SafeguardNotStated}}}
		}, one(notice.CodeTransferSafeguardNotStated, notice.Error, "UK GDPR Art 13(1)(f), 14(1)(f); Arts 44A, 45A (DUAA s85, Sch 7)"), none},
		// The means to obtain a copy of the safeguards: from 5 Feb 2026 (DUAA Sch 9).
		{"copy of safeguards, before", "2026-02-04", func(n *notice.Notice) {
			n.Activities[0].Transfers = &notice.Transfers{Occurs: notice.Occurs, Items: []notice.Transfer{{Safeguard: notice.IDTA}}}
		}, none, none},
		{"copy of safeguards, from", "2026-02-05", func(n *notice.Notice) {
			n.Activities[0].Transfers = &notice.Transfers{Occurs: notice.Occurs, Items: []notice.Transfer{{Safeguard: notice.IDTA}}}
		}, one(notice.CodeTransferSafeguardCopyMissing, notice.Error, "UK GDPR Art 13(1)(f), 14(1)(f) as amended by DUAA Sch 9 paras 2-3"), none},
		{"automated logic, before Arts 22A-22D", "2026-02-04", func(n *notice.Notice) {
			n.Activities[0].AutomatedDecisions = &notice.AutomatedDecisions{Used: true}
		}, one(notice.CodeAutomatedDecisionLogicMissing, notice.Error, "UK GDPR Art 13(2)(f), 14(2)(g), 22"), none},
		{"automated logic, from Arts 22A-22D", "2026-02-05", func(n *notice.Notice) {
			n.Activities[0].AutomatedDecisions = &notice.AutomatedDecisions{Used: true}
		}, one(notice.CodeAutomatedDecisionLogicMissing, notice.Error, "UK GDPR Art 13(2)(f), 14(2)(g), 22A-22C"), none},
		{"automated decisions, before Arts 22A-22D", "2026-02-04", func(n *notice.Notice) { n.Activities[0].AutomatedDecisions = nil },
			one(notice.CodeAutomatedDecisionsNotStated, notice.Warning, "UK GDPR Art 13(2)(f), 14(2)(g), 22"), none},
		{"automated decisions, from Arts 22A-22D", "2026-02-05", func(n *notice.Notice) { n.Activities[0].AutomatedDecisions = nil },
			one(notice.CodeAutomatedDecisionsNotStated, notice.Warning, "UK GDPR Art 13(2)(f), 14(2)(g), 22A-22D"), none},
		// Recognised legitimate interests: not a basis before 5 Feb 2026; from then one that needs an Annex 1 condition.
		{"recognised legitimate interests, before", "2026-02-04", func(n *notice.Notice) {
			rli(n)
		}, one(notice.CodeBasisNotInForce, notice.Error, "UK GDPR Art 6(1)(ea); SI 2026/82 reg 2"),
			one(notice.CodeBasisNotInRegime, notice.Error, "DPA 2018 s35(2)")},
		{"recognised legitimate interests, from", "2026-02-05", func(n *notice.Notice) {
			rli(n)
		}, one(notice.CodeRLIWithoutCondition, notice.Error, "UK GDPR Art 6(1)(ea), Annex 1"),
			one(notice.CodeBasisNotInRegime, notice.Error, "DPA 2018 s35(2)")},
		// National security moved by DUAA s88: not on Royal Assent (19 Jun 2025), from the day after at the earliest.
		{"national security ground, on Royal Assent", "2025-06-19", func(n *notice.Notice) {
			n.Rights.Items[1].Restrictions = []notice.Restriction{{Ground: rights.NationalSecurity}}
		}, none, none},
		{"national security ground, after", "2025-06-20", func(n *notice.Notice) {
			n.Rights.Items[1].Restrictions = []notice.Restriction{{Ground: rights.NationalSecurity}}
		}, none, one(notice.CodeRestrictionGroundMoved, notice.Info, "DPA 2018 s44(4)(d), s45(4)(d), s48(3)(d), s78A; DUAA s88")},
		// Out-of-date citations: Art 77 from 19 Jun 2026, Art 22 from 5 Feb 2026.
		{"Art 77 cited, before", "2026-06-18", func(n *notice.Notice) { n.Complaints.Commissioner.Cites = []notice.Provision{notice.ProvisionArt77} }, none, none},
		{"Art 77 cited, from", "2026-06-19", func(n *notice.Notice) { n.Complaints.Commissioner.Cites = []notice.Provision{notice.ProvisionArt77} },
			one(notice.CodeLawCitedOutOfDate, notice.Warning, "DUAA 2025 (SI 2026/82 regs 2-3)"),
			one(notice.CodeLawCitedOutOfDate, notice.Warning, "DUAA 2025 (SI 2026/82 regs 2-3)")},
		{"Art 22 cited, before", "2026-02-04", func(n *notice.Notice) { n.Rights.Items[6].Cites = []notice.Provision{notice.ProvisionArt22} }, none, none},
		{"Art 22 cited, from", "2026-02-05", func(n *notice.Notice) { n.Rights.Items[6].Cites = []notice.Provision{notice.ProvisionArt22} },
			one(notice.CodeLawCitedOutOfDate, notice.Warning, "DUAA 2025 (SI 2026/82 regs 2-3)"),
			one(notice.CodeLawCitedOutOfDate, notice.Warning, "DUAA 2025 (SI 2026/82 regs 2-3)")},
	}
	for _, tt := range tests {
		for _, side := range []struct {
			regime lb.Regime
			want   []judged
		}{{lb.UKGDPR, tt.uk}, {lb.DPA2018Part3, tt.p3}} {
			t.Run(tt.name+"/"+side.regime.String(), func(t *testing.T) {
				on := checkDay
				if tt.on != "" {
					on = civil.MustParse(tt.on)
				}
				n := only(t, side.regime)
				if got := notice.Check(n, on); len(got) != 0 {
					t.Fatalf("unmutated %s notice on %s: %v", side.regime, on, got)
				}
				tt.mutate(n)
				var got []judged
				for _, f := range notice.Check(n, on) {
					got = append(got, judged{f.Code, f.Severity, f.Citation})
				}
				if diff := cmp.Diff(side.want, got, cmp.AllowUnexported(judged{})); diff != "" {
					t.Errorf("(-want +got):\n%s", diff)
				}
			})
		}
	}
}

// TestOtherRegimes: EU-only notices get no complaint-to-controller finding
// (s164A covers UK GDPR and Part 3 only), and the EU LED's complaint right
// is LED Art 52.
func TestOtherRegimes(t *testing.T) {
	eu := only(t, lb.EUGDPR)
	if got := notice.Check(eu, checkDay); len(got) != 0 {
		t.Fatalf("unmutated EU GDPR notice: %v", got)
	}
	eu.Complaints.Controller = nil
	if got := notice.Check(eu, checkDay); len(got) != 0 {
		t.Errorf("EU GDPR notice without a complaint to the controller: %v, want nothing (s164A(1))", got)
	}
	eu.Complaints.Commissioner = nil
	if got := notice.Check(eu, checkDay); len(got) != 1 || got[0].Citation != "EU GDPR Art 13(2)(d), 14(2)(e), 77" {
		t.Errorf("EU GDPR notice without a complaint to the supervisory authority: %v", got)
	}
	led := only(t, lb.EULED)
	led.Complaints = nil
	var got []judged
	for _, f := range notice.Check(led, checkDay) {
		got = append(got, judged{f.Code, f.Severity, f.Citation})
	}
	want := []judged{{notice.CodeComplaintToCommissionerAbsent, notice.Error, "LED Art 13(1)(d), 52"}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(judged{})); diff != "" {
		t.Errorf("EU LED notice without complaints (-want +got):\n%s", diff)
	}
}

// TestInterpretedFindings: a finding that rests on an interpreted value says
// so and is a warning at most; the same finding on a stated value keeps its
// severity.
func TestInterpretedFindings(t *testing.T) {
	n := only(t, lb.UKGDPR)
	n.DPO = nil
	got := notice.Check(n, checkDay)
	if len(got) != 1 || got[0].Code != notice.CodeDPOContactMissing || got[0].Severity != notice.Error {
		t.Fatalf("stated public authority without a DPO: %v", got)
	}
	n.Controller.Interpreted = notice.Interpretations{"public_authority": "the notice does not say the council is a public authority"}
	got = notice.Check(n, checkDay)
	if len(got) != 1 || got[0].Severity != notice.Warning ||
		!strings.Contains(got[0].Message, "rests on an interpretation: the notice does not say the council is a public authority (/controller/public_authority)") {
		t.Errorf("interpreted public authority without a DPO: %v", got)
	}
	// A mark on an unrelated value changes nothing.
	n.Controller.Interpreted = nil
	n.Activities[0].Interpreted = notice.Interpretations{"name": "the heading is ours"}
	if got := notice.Check(n, checkDay); len(got) != 1 || got[0].Severity != notice.Error {
		t.Errorf("unrelated interpretation: %v", got)
	}
}
