package notice_test

import (
	"slices"
	"strings"
	"testing"

	lb "github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/notice"
)

// mark records an interpretation of field on m (creating the map).
func mark(m *notice.Interpretations, field string) {
	if *m == nil {
		*m = notice.Interpretations{}
	}
	(*m)[field] = "read so by the encoder"
}

// TestCheckRestsOnlyOnWhatItUses: a finding rests on an interpretation
// (and is at most a warning) only when a value it depends on is
// interpreted; an interpretation elsewhere under its pointer, or in a value
// it does not use, leaves its severity as the law gives it.
func TestCheckRestsOnlyOnWhatItUses(t *testing.T) {
	tests := []struct {
		name   string
		code   string
		mutate func(n *notice.Notice) // makes the finding
		mark   func(n *notice.Notice) // adds one interpretation
		want   notice.Severity
		rests  bool // the finding says it rests on an interpretation
	}{
		// The rights finding is shown at /rights/items, but an interpreted
		// complaint item is not what it depends on.
		{"right missing, another item interpreted", notice.CodeRightNotMentioned,
			func(n *notice.Notice) { n.Rights.Items = slices.Delete(n.Rights.Items, 1, 2) },
			func(n *notice.Notice) { mark(&n.Rights.Items[5].Interpreted, "right") }, notice.Error, false},
		// Access and rectification are owed under UK GDPR and Part 3 alike:
		// the regime reading does not carry the finding.
		{"right missing, regime interpreted", notice.CodeRightNotMentioned,
			func(n *notice.Notice) { n.Rights.Items = slices.Delete(n.Rights.Items, 1, 2) },
			func(n *notice.Notice) { mark(&n.Activities[0].Interpreted, "regime") }, notice.Error, false},
		// Restriction alone: under Part 3 erasure would do, and the notice
		// offers erasure, so the finding rests on the reading.
		{"restriction missing, regime interpreted", notice.CodeRightNotMentioned,
			func(n *notice.Notice) { n.Rights.Items = slices.Delete(n.Rights.Items, 4, 5) },
			func(n *notice.Notice) { mark(&n.Activities[0].Interpreted, "regime") }, notice.Warning, true},
		{"controller contact, kind interpreted", notice.CodeControllerContactMissing,
			func(n *notice.Notice) { n.Controller.Contact = nil },
			func(n *notice.Notice) { mark(&n.Controller.Interpreted, "kind") }, notice.Error, false},
		{"controller contact, public authority interpreted", notice.CodeControllerContactMissing,
			func(n *notice.Notice) { n.Controller.Contact = nil },
			func(n *notice.Notice) { mark(&n.Controller.Interpreted, "public_authority") }, notice.Error, false},
		// The notice has a Part 3 activity: s69(1) binds every Part 3
		// controller, public authority or not.
		{"DPO with Part 3, public authority interpreted", notice.CodeDPOContactMissing,
			func(n *notice.Notice) { n.DPO = nil },
			func(n *notice.Notice) { mark(&n.Controller.Interpreted, "public_authority") }, notice.Error, false},
		{"DPO under UK GDPR only, public authority interpreted", notice.CodeDPOContactMissing,
			func(n *notice.Notice) { n.DPO = nil; n.Activities = n.Activities[:1] },
			func(n *notice.Notice) { mark(&n.Controller.Interpreted, "public_authority") }, notice.Warning, true},
		// Consent stated outright; another basis is a reading.
		{"withdrawal, another basis interpreted", notice.CodeWithdrawConsentNotMentioned,
			func(n *notice.Notice) {
				a := &n.Activities[0]
				a.LawfulBases = append(a.LawfulBases, notice.LawfulBasis{Basis: lb.Consent, Purposes: []string{"appeals"}}, notice.LawfulBasis{Basis: lb.LegalObligation, Purposes: []string{"appeals"}})
			},
			func(n *notice.Notice) { mark(&n.Activities[0].LawfulBases[2].Interpreted, "basis") }, notice.Error, false},
		{"withdrawal, the consent interpreted", notice.CodeWithdrawConsentNotMentioned,
			func(n *notice.Notice) {
				a := &n.Activities[0]
				a.LawfulBases = append(a.LawfulBases, notice.LawfulBasis{Basis: lb.Consent, Purposes: []string{"appeals"}})
			},
			func(n *notice.Notice) { mark(&n.Activities[0].LawfulBases[1].Interpreted, "basis") }, notice.Warning, true},
		// A stated Sch 1 condition no stated Art 9(2) condition can use does
		// not depend on which data is read as special.
		{"condition cannot apply, a data category interpreted", notice.CodeConditionCannotApply,
			func(n *notice.Notice) { n.Activities[0].Conditions[0].Condition = lb.Art9B },
			func(n *notice.Notice) { mark(&n.Activities[0].DataCategories[1].Interpreted, "kind") }, notice.Error, false},
		{"condition cannot apply, the condition interpreted", notice.CodeConditionCannotApply,
			func(n *notice.Notice) { n.Activities[0].Conditions[0].Condition = lb.Art9B },
			func(n *notice.Notice) { mark(&n.Activities[0].Conditions[1].Interpreted, "condition") }, notice.Warning, true},
		// Retention stated only for part of the data: whether the part's
		// period is a firm one does not matter, what it applies to does.
		{"retention for part, its period interpreted", notice.CodeRetentionCategoryNotCovered,
			func(n *notice.Notice) {
				n.Activities[0].Retention[0].AppliesTo = notice.Plain("penalty charge records")
			},
			func(n *notice.Notice) { mark(&n.Activities[0].Retention[0].Interpreted, "period") }, notice.Error, false},
		{"retention for part, what it applies to interpreted", notice.CodeRetentionCategoryNotCovered,
			func(n *notice.Notice) {
				n.Activities[0].Retention[0].AppliesTo = notice.Plain("penalty charge records")
			},
			func(n *notice.Notice) { mark(&n.Activities[0].Retention[0].Interpreted, "applies_to") }, notice.Warning, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := clean(t)
			tt.mutate(n)
			tt.mark(n)
			var found *notice.Finding
			got := notice.Check(n, checkDay)
			for i, f := range got {
				// The finding about the UK GDPR activity (or the notice).
				if f.Code == tt.code && slices.Contains(f.Regimes, lb.UKGDPR) && !strings.Contains(f.Message, "set aside") {
					found = &got[i]
				}
			}
			if found == nil {
				t.Fatalf("no %s in %v", tt.code, got)
			}
			if law := catalogueSeverity(t, tt.code, found.Regimes); !tt.rests && tt.want != law {
				t.Fatalf("test case wants %v, the law gives %v", tt.want, law)
			}
			rests := strings.Contains(found.Message, "rests on an interpretation")
			if found.Severity != tt.want || rests != tt.rests {
				t.Errorf("%s: severity %v, says it rests on an interpretation: %v; want %v (%s)", tt.code, found.Severity, rests, tt.want, found.Message)
			}
		})
	}
}

// catalogueSeverity is the severity the catalogue gives code under regimes
// on checkDay.
func catalogueSeverity(t *testing.T, code string, regimes []lb.Regime) notice.Severity {
	sev, _, ok := catalogueEntry(t, code).Judge(regimes, checkDay)
	if !ok {
		t.Fatalf("%s: no rule for %v", code, regimes)
	}
	return sev
}

// TestCheckHiddenByInterpretation: an item that only an interpreted value
// satisfies is reported, as a warning naming the interpretation, when
// judged with interpreted values set aside; an interpretation that hides
// nothing adds nothing.
func TestCheckHiddenByInterpretation(t *testing.T) {
	ads := notice.CookieGroup{Name: notice.Plain("Advertising"), Kind: notice.CookieAdvertising, Purpose: notice.Plain("to show adverts"), Basis: notice.CookieOnConsent}
	tests := []struct {
		name   string
		mutate func(n *notice.Notice)
		code   string   // "" for no finding
		named  []string // the interpreted pointers the finding names
	}{
		{"requirement read as statutory", func(n *notice.Notice) { mark(&n.Activities[0].Requirement.Interpreted, "kind") },
			notice.CodeRequirementNotStated, []string{"/activities/0/requirement/kind"}},
		{"the only retention statement read as a period", func(n *notice.Notice) { mark(&n.Activities[0].Retention[0].Interpreted, "kind") },
			notice.CodeRetentionPeriodNotStated, []string{"/activities/0/retention/0/kind"}},
		{"the right to object read into words", func(n *notice.Notice) { mark(&n.Rights.Items[5].Interpreted, "right") },
			notice.CodeObjectionNotMentioned, []string{"/rights/items/5/right"}},
		// Both readings hide the finding together: either one alone still
		// gives a banner, so both are named.
		{"a banner read twice", func(n *notice.Notice) {
			n.Cookies = &notice.Cookies{Used: true, Groups: []notice.CookieGroup{ads},
				Consent: &notice.CookieConsent{Mechanism: notice.MechanismBanner},
				Refusal: []notice.CookieRefusal{{Means: notice.RefuseBrowserSettings}, {Means: notice.RefuseBanner}}}
			mark(&n.Cookies.Consent.Interpreted, "mechanism")
			mark(&n.Cookies.Refusal[1].Interpreted, "means")
		}, notice.CodeCookieBrowserSettings, []string{"/cookies/consent/mechanism", "/cookies/refusal/1/means"}},
		{"a reading that hides nothing", func(n *notice.Notice) { mark(&n.Controller.Interpreted, "kind") }, "", nil},
		{"the regime is never set aside", func(n *notice.Notice) { mark(&n.Activities[0].Interpreted, "regime") }, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := clean(t)
			tt.mutate(n)
			got := notice.Check(n, checkDay)
			if tt.code == "" {
				if len(got) != 0 {
					t.Fatalf("findings %v, want none", got)
				}
				return
			}
			if len(got) != 1 || got[0].Code != tt.code || got[0].Severity != notice.Warning {
				t.Fatalf("findings %v, want one %s warning", got, tt.code)
			}
			_, reasons, ok := strings.Cut(got[0].Message, "set aside")
			if !ok {
				t.Fatalf("message %q does not say the finding was found with interpretations set aside", got[0].Message)
			}
			for _, p := range tt.named {
				if !strings.Contains(reasons, p) {
					t.Errorf("message %q does not name %s", got[0].Message, p)
				}
			}
		})
	}
}
