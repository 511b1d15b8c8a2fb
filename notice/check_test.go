package notice_test

import (
	"errors"
	"os"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/civil"
	lb "github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/retention"
	"github.com/noticekit/noticekit/rights"
)

var checkDay = civil.MustParse("2026-11-22")

// clean is a complete notice that Check finds nothing wrong with; each
// catalogue test mutates one thing in it (golang.org/x/vulndb style).
func clean(t *testing.T) *notice.Notice {
	t.Helper()
	data, err := os.ReadFile("testdata/check/clean.json")
	if err != nil {
		t.Fatal(err)
	}
	n, err := notice.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func ptr[T any](v T) *T { return &v }

func TestCheckClean(t *testing.T) {
	for _, on := range []string{"2021-01-01", "2025-08-19", "2026-02-05", "2026-06-19", "2026-11-22"} {
		if got := notice.Check(clean(t), civil.MustParse(on)); len(got) != 0 {
			t.Errorf("Check(clean, %s) = %v, want no findings", on, got)
		}
	}
}

// TestCheckCatalogue has one case per finding code: the clean notice,
// mutated so that exactly that finding appears.
func TestCheckCatalogue(t *testing.T) {
	schedules := []*retention.Definition{{ID: "council", Version: "2026-1", Rules: []retention.RuleDef{{ID: "penalty-charges"},
		{ID: "closed-charges", Retain: &retention.ClauseDef{From: "closed", Period: "P2Y"}, Then: "destroy"}}}}
	cookies := func(g ...notice.CookieGroup) *notice.Cookies { return &notice.Cookies{Used: true, Groups: g} }
	ads := notice.CookieGroup{Name: notice.Plain("Advertising"), Kind: notice.CookieAdvertising, Purpose: notice.Plain("to show adverts"), Basis: notice.CookieOnConsent}
	tests := []struct {
		code   string
		on     string // default checkDay
		mutate func(n *notice.Notice)
	}{
		{notice.CodeControllerContactMissing, "", func(n *notice.Notice) { n.Controller.Contact = nil }},
		{notice.CodeDPOContactMissing, "", func(n *notice.Notice) { n.DPO = nil }},
		{notice.CodePurposesMissing, "", func(n *notice.Notice) { n.Activities[1].Purposes = nil }},
		{notice.CodeLawfulBasisMissing, "", func(n *notice.Notice) { n.Activities[1].LawfulBases = nil }},
		{notice.CodeBasisNotLinked, "", func(n *notice.Notice) {
			n.Activities[0].LawfulBases = []notice.LawfulBasis{{Basis: lb.PublicTask}, {Basis: lb.LegalObligation}}
		}},
		{notice.CodeLegitimateInterestsNotStated, "", func(n *notice.Notice) {
			n.Controller.PublicAuthority = ptr(false)
			n.Activities[0].LawfulBases[0].Basis = lb.LegitimateInterests
		}},
		{notice.CodeRecipientsNotStated, "", func(n *notice.Notice) { n.Activities[0].Recipients = nil }},
		{notice.CodeTransfersNotStated, "", func(n *notice.Notice) { n.Activities[0].Transfers = nil }},
		{notice.CodeTransferSafeguardNotStated, "", func(n *notice.Notice) {
			n.Activities[0].Transfers = &notice.Transfers{Occurs: notice.MayOccur, Items: []notice.Transfer{{Safeguard: notice.SafeguardNotStated}}}
		}},
		{notice.CodeRetentionMissing, "", func(n *notice.Notice) { n.Activities[0].Retention = nil }},
		{notice.CodeRetentionPeriodNotStated, "", func(n *notice.Notice) {
			n.Activities[0].Retention = []notice.Retention{{Kind: notice.RetentionNotStated, Text: notice.Plain("not kept longer than is necessary")}}
		}},
		{notice.CodeRetentionScheduleNotPublished, "", func(n *notice.Notice) {
			n.Activities[0].Retention = []notice.Retention{{Kind: notice.RetentionScheduleReference, Text: notice.Plain("in line with our retention schedule")}}
		}},
		{notice.CodeRetentionRuleUnresolved, "", func(n *notice.Notice) {
			n.Activities[0].Retention[0].Rules = []notice.RuleRef{{Schedule: "council", Rule: "penalty-charge"}}
		}},
		{notice.CodeRightsNotStated, "", func(n *notice.Notice) { n.Rights = nil }},
		// Rectification offered for Part 3 only: the UK GDPR activity lacks it.
		{notice.CodeRightNotMentioned, "", func(n *notice.Notice) { n.Rights.Items[2].Regimes = []lb.Regime{lb.DPA2018Part3} }},
		// Erasure on legitimate interests, not mentioned.
		{notice.CodeErasureNotMentioned, "", func(n *notice.Notice) {
			n.Controller.PublicAuthority = ptr(false)
			b := &n.Activities[0].LawfulBases[0]
			b.Basis, b.LegitimateInterests = lb.LegitimateInterests, notice.Plain("keeping the roads clear")
			n.Rights.Items = slices.Delete(n.Rights.Items, 3, 4)
		}},
		// Portability on contract, not mentioned.
		{notice.CodeBasisRightNotMentioned, "", func(n *notice.Notice) {
			n.Activities[0].LawfulBases[0].Basis = lb.Contract
			n.Rights.Items[5].Claimed = notice.ClaimDoesNotApply // objection: not owed on contract
		}},
		{notice.CodeObjectionNotSeparate, "", func(n *notice.Notice) { n.Rights.Items[5].Text = notice.Text{} }},
		{notice.CodeControllerNotNamed, "", func(n *notice.Notice) { n.Controller.Name, n.Controller.NotNamed = "", true }},
		{notice.CodeTransfersWrongTerritory, "", func(n *notice.Notice) {
			n.Activities[0].Transfers = &notice.Transfers{Occurs: notice.DoesNotOccur, Territory: notice.TerritoryEU}
		}},
		{notice.CodeTransferSafeguardCopyMissing, "", func(n *notice.Notice) {
			n.Activities[0].Transfers = &notice.Transfers{Occurs: notice.Occurs, Items: []notice.Transfer{{Safeguard: notice.IDTA}}}
		}},
		{notice.CodeRetentionCategoryNotCovered, "", func(n *notice.Notice) {
			a := &n.Activities[0]
			a.DataCategories[0].ID, a.DataCategories[1].ID = "keeper", "badge"
			a.Retention[0].DataCategories = []string{"keeper"}
		}},
		// One period for part of the data ("applies_to"), no links to categories: the rest has none.
		{notice.CodeRetentionCategoryNotCovered, "", func(n *notice.Notice) {
			n.Activities[0].Retention[0].AppliesTo = notice.Plain("penalty charge records")
		}},
		// A rule with no single period: the notice's period is not compared.
		{notice.CodeRetentionNotCompared, "", func(n *notice.Notice) {
			n.Activities[0].Retention[0].Rules = []notice.RuleRef{{Schedule: "council", Rule: "penalty-charges"}}
		}},
		{notice.CodeRetentionScheduleDisagrees, "", func(n *notice.Notice) {
			n.Activities[0].Retention[0].Rules = []notice.RuleRef{{Schedule: "council", Rule: "closed-charges"}}
		}},
		{notice.CodeConditionCannotApply, "", func(n *notice.Notice) { n.Activities[0].Conditions[0].Condition = lb.Art9B }},
		{notice.CodeConditionNotIdentified, "", func(n *notice.Notice) {
			a := &n.Activities[0]
			a.Conditions = append([]notice.Condition{{General: notice.GeneralSubstantialPublicInterest, For: notice.ForSpecialCategory}}, a.Conditions[2:]...)
		}},
		{notice.CodeLawCitedOutOfDate, "", func(n *notice.Notice) { n.Complaints.Commissioner.Cites = []notice.Provision{notice.ProvisionArt77} }},
		{notice.CodeCookiePurposeNotStated, "", func(n *notice.Notice) {
			n.Cookies = cookies(notice.CookieGroup{Name: notice.Plain("Session"), Kind: notice.CookieStrictlyNecessary, Basis: notice.CookieOnException})
		}},
		{notice.CodeCookieWithoutConsent, "", func(n *notice.Notice) { g := ads; g.Basis = notice.CookieBasisNotStated; n.Cookies = cookies(g) }},
		{notice.CodeCookieLegitimateInterests, "", func(n *notice.Notice) { g := ads; g.Basis = notice.CookieOnLegitimateInterests; n.Cookies = cookies(g) }},
		// Advertising cookies said to be set under an exception: none covers them.
		{notice.CodeCookieExceptionNotAvailable, "", func(n *notice.Notice) { g := ads; g.Basis = notice.CookieOnException; n.Cookies = cookies(g) }},
		{notice.CodeCookieBrowserSettings, "", func(n *notice.Notice) {
			n.Cookies = cookies(ads)
			n.Cookies.Consent = &notice.CookieConsent{Mechanism: notice.MechanismBrowserSettings}
		}},
		{notice.CodeCookieSetBeforeConsent, "", func(n *notice.Notice) {
			n.Cookies = cookies(ads)
			n.Cookies.Consent = &notice.CookieConsent{Mechanism: notice.MechanismBanner, BeforeSetting: ptr(false)}
		}},
		{notice.CodeCookieObjectionMissing, "", func(n *notice.Notice) {
			n.Cookies = cookies(notice.CookieGroup{Name: notice.Plain("Statistics"), Kind: notice.CookieAnalytics, Purpose: notice.Plain("to count visits"), Basis: notice.CookieOnException})
		}},
		{notice.CodeObjectionNotMentioned, "", func(n *notice.Notice) { n.Rights.Items = slices.Delete(n.Rights.Items, 5, 6) }},
		{notice.CodeWithdrawConsentNotMentioned, "", func(n *notice.Notice) {
			n.Activities[0].Conditions = append(n.Activities[0].Conditions, notice.Condition{Condition: lb.Art9A, For: notice.ForSpecialCategory})
		}},
		{notice.CodeRightClaimedDoesNotApply, "", func(n *notice.Notice) {
			n.Rights.Items = append(n.Rights.Items, notice.RightStatement{Right: rights.Portability})
		}},
		{notice.CodeComplaintToCommissionerAbsent, "", func(n *notice.Notice) { n.Complaints.Commissioner = nil }},
		{notice.CodeComplaintToControllerAbsent, "", func(n *notice.Notice) { n.Complaints.Controller = nil }},
		{notice.CodeRequirementNotStated, "", func(n *notice.Notice) { n.Activities[0].Requirement = nil }},
		{notice.CodeAutomatedDecisionsNotStated, "", func(n *notice.Notice) { n.Activities[0].AutomatedDecisions = nil }},
		{notice.CodeAutomatedDecisionLogicMissing, "", func(n *notice.Notice) { n.Activities[0].AutomatedDecisions.Used = true }},
		{notice.CodeSourcesNotStated, "", func(n *notice.Notice) { n.Activities[1].Sources = nil }},
		{notice.CodeDataCategoriesNotStated, "", func(n *notice.Notice) { n.Activities[0].DataCategories = nil }},
		{notice.CodePublicAuthorityLI, "", func(n *notice.Notice) {
			b := &n.Activities[0].LawfulBases[0]
			b.Basis, b.LegitimateInterests = lb.LegitimateInterests, notice.Plain("keeping the roads clear")
		}},
		// The same for recognised legitimate interests (Art 6(1)(ea)), in
		// force from 2026-02-05.
		{notice.CodePublicAuthorityLI, "", func(n *notice.Notice) {
			n.Activities[0].LawfulBases[0].Basis = lb.RecognisedLegitimateInterests
			n.Activities[0].Conditions = append(n.Activities[0].Conditions,
				notice.Condition{Condition: lb.Annex1Para3, For: notice.ForRecognisedLegitimateInterest})
		}},
		{notice.CodeLIPublicTaskUnclear, "", func(n *notice.Notice) {
			b := &n.Activities[0].LawfulBases[0]
			b.Basis, b.LegitimateInterests = lb.LegitimateInterests, notice.Plain("keeping the roads clear")
			n.Activities[0].Purposes[0].PublicTask, n.Activities[0].Purposes[1].PublicTask = nil, ptr(false)
		}},
		{notice.CodeRLIWithoutCondition, "", func(n *notice.Notice) {
			n.Controller.PublicAuthority = ptr(false)
			n.Activities[0].LawfulBases[0].Basis = lb.RecognisedLegitimateInterests
		}},
		{notice.CodeBasisNotInRegime, "", func(n *notice.Notice) { n.Activities[1].LawfulBases[0].Basis = lb.PublicTask }},
		{notice.CodeBasisNotInForce, "2026-01-10", func(n *notice.Notice) {
			a := &n.Activities[0]
			a.LawfulBases = append(a.LawfulBases, notice.LawfulBasis{Basis: lb.RecognisedLegitimateInterests, Purposes: []string{"enforce"}})
		}},
		{notice.CodeSpecialCategoryNoCondition, "", func(n *notice.Notice) { n.Activities[0].Conditions = n.Activities[0].Conditions[2:] }},
		{notice.CodeSpecialCategoryNoSch1, "", func(n *notice.Notice) {
			n.Activities[0].Conditions = slices.Delete(n.Activities[0].Conditions, 1, 2)
		}},
		{notice.CodeCriminalOffenceNoAuthority, "", func(n *notice.Notice) { n.Activities[0].Conditions = n.Activities[0].Conditions[:2] }},
		{notice.CodeSensitiveProcessingNoCond, "", func(n *notice.Notice) { n.Activities[1].Conditions = nil }},
		{notice.CodePolicyDocumentNotReferenced, "", func(n *notice.Notice) { n.Activities[0].PolicyDocument = nil }},
		{notice.CodePart3NotCompetentAuthority, "", func(n *notice.Notice) { n.Controller.CompetentAuthority = nil }},
		{notice.CodeRestrictionGroundMoved, "", func(n *notice.Notice) {
			n.Rights.Items[1].Restrictions = []notice.Restriction{{Ground: rights.NationalSecurity}}
		}},
		{notice.CodeNoticeUndated, "", func(n *notice.Notice) { n.Published = civil.Date{} }},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			seen[tt.code] = true
			on := checkDay
			if tt.on != "" {
				on = civil.MustParse(tt.on)
			}
			opt := notice.Options{Schedules: schedules}
			if got := notice.CheckWith(clean(t), on, opt); len(got) != 0 {
				t.Fatalf("unmutated notice on %s has findings: %v", on, got)
			}
			n := clean(t)
			tt.mutate(n)
			got := notice.CheckWith(n, on, opt)
			var codes []string
			for _, f := range got {
				codes = append(codes, f.Code)
			}
			if diff := cmp.Diff([]string{tt.code}, codes); diff != "" {
				t.Fatalf("findings (-want +got):\n%s\n%v", diff, got)
			}
			f := got[0]
			e := catalogueEntry(t, tt.code)
			sev, cite, ok := e.Judge(f.Regimes, on)
			if !ok || f.Severity != sev || f.Citation != cite || f.Message == "" {
				t.Errorf("finding %+v does not match its catalogue entry: %v %q", f, sev, cite)
			}
		})
	}
	seen[notice.CodeLawDateUnknown] = true   // about the call, not a notice: TestCheckZeroDateFailsSafe
	seen[notice.CodeDateBeforeRegime] = true // about the date: TestCheckBeforeRegime
	for _, e := range notice.Catalogue() {
		if !seen[e.Code] {
			t.Errorf("catalogue code %s has no mutation test", e.Code)
		}
	}
}

func catalogueEntry(t *testing.T, code string) notice.CatalogueEntry {
	for _, e := range notice.Catalogue() {
		if e.Code == code {
			return e
		}
	}
	t.Fatalf("no catalogue entry %q", code)
	return notice.CatalogueEntry{}
}

// TestCheckControllerContactByEnquiries: a contact for enquiries about the
// notice reaches the controller (Art 13(1)(a)); a DPO's contact alone does
// not (Art 13(1)(b) asks for it separately).
func TestCheckControllerContactByEnquiries(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(n *notice.Notice)
		want   []string
	}{
		{"enquiries email", func(n *notice.Notice) {
			n.Controller.Contact = nil
			n.Enquiries = &notice.Contact{Emails: []string{"dpa.officer@example.gov.uk"}}
		}, nil},
		{"enquiries without a way to reach them", func(n *notice.Notice) {
			n.Controller.Contact = nil
			n.Enquiries = &notice.Contact{Text: notice.Plain("Ask us")}
		}, []string{notice.CodeControllerContactMissing}},
		{"DPO contact only", func(n *notice.Notice) { n.Controller.Contact = nil; n.Enquiries = nil },
			[]string{notice.CodeControllerContactMissing}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := clean(t)
			tt.mutate(n)
			var got []string
			for _, f := range notice.Check(n, checkDay) {
				got = append(got, f.Code)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("codes (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCheckComplaintToControllerByDate(t *testing.T) {
	n := clean(t)
	n.Complaints.Controller = nil
	if got := notice.Check(n, civil.MustParse("2026-06-18")); len(got) != 0 {
		t.Errorf("before 19 Jun 2026: %v, want none", got)
	}
	if got := notice.Check(n, civil.MustParse("2026-06-19")); len(got) != 1 || got[0].Code != notice.CodeComplaintToControllerAbsent {
		t.Errorf("on 19 Jun 2026: %v, want complaint-to-controller-missing", got)
	}
}

func TestCheckZeroDateFailsSafe(t *testing.T) {
	got := notice.Check(clean(t), civil.Date{})
	if e := catalogueEntry(t, notice.CodeLawDateUnknown); len(got) != 1 || got[0].Code != e.Code || got[0].Severity != notice.Error || got[0].Citation != e.Rules[0].Citation {
		t.Errorf("Check at the zero date = %v, want one law-date-unknown error", got)
	}
	if got := notice.Check(nil, checkDay); len(got) == 0 {
		t.Error("Check(nil) found nothing; an empty notice lacks everything")
	}
}

func TestCatalogueWellFormed(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range notice.Catalogue() {
		if seen[e.Code] {
			t.Errorf("duplicate code %s", e.Code)
		}
		seen[e.Code] = true
		if len(e.Rules) == 0 || e.Summary == "" {
			t.Errorf("incomplete catalogue entry %+v", e)
		}
		for _, r := range e.Rules {
			if r.Severity == notice.SeverityUnspecified || r.Citation == "" {
				t.Errorf("%s: incomplete rule %+v", e.Code, r)
			}
		}
	}
	c := notice.Catalogue()
	c[0].Rules[0].Citation = "changed"
	if notice.Catalogue()[0].Rules[0].Citation == "changed" {
		t.Error("Catalogue returns the table itself: a caller can change what Check reports")
	}
}

// TestCheckBeforeRegime: a date before an activity's regime existed gets
// date-before-regime findings alone, and LawExists refuses it naming the
// regime's first day (docs/law.md §11.2); the regime's first day is judged.
func TestCheckBeforeRegime(t *testing.T) {
	n := clean(t)
	got := notice.Check(n, civil.MustParse("2020-12-31"))
	if len(got) != 1 || got[0].Code != notice.CodeDateBeforeRegime || got[0].Pointer != "/activities/0/regime" || got[0].Severity != notice.Error {
		t.Errorf("Check before the UK GDPR = %v, want one date-before-regime error for the uk-gdpr activity", got)
	}
	var be *lb.BeforeRegimeError
	if err := notice.LawExists(n, civil.MustParse("2020-12-31")); !errors.As(err, &be) || be.From != civil.MustParse("2021-01-01") {
		t.Errorf("LawExists = %v, want a BeforeRegimeError from 2021-01-01", err)
	}
	if err := notice.LawExists(n, civil.MustParse("2021-01-01")); err != nil {
		t.Errorf("LawExists on the first day: %v", err)
	}
	if got := notice.Check(n, civil.MustParse("2021-01-01")); len(got) != 0 {
		t.Errorf("Check on the UK GDPR's first day: %v", got)
	}
}
