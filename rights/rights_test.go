package rights

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/internal/enum"
	lb "github.com/noticekit/noticekit/lawfulbasis"
)

var update = flag.Bool("update", false, "rewrite golden files")

// Dates on either side of every commencement that changes a right.
var testDates = []string{
	"2025-06-18", "2025-06-19", // DUAA Royal Assent: s88 not yet in force on it
	"2025-06-20",               // s88 fail-safe reading: the earliest day it can have commenced
	"2025-08-18", "2025-08-19", // DUAA s69, Part 3 consent (two months after Royal Assent)
	"2025-08-20",               // SI 2025/904 (no right changes status; checked that none does)
	"2026-02-04", "2026-02-05", // SI 2026/82 reg 2
	"2026-06-18", "2026-06-19", // SI 2026/82 reg 3
	"2026-11-22",
}

func sc(s Status, citation string) string { return s.String() + " | " + citation }

// wantUK states docs/law.md §5.1 and §5.2 for UK GDPR, row by row: the
// basis-dependent rights from the §5.2 table, the dated ones from §1.
func wantUK(b lb.Basis, on civil.Date) map[Right]string {
	feb, jun := !on.Before(civil.MustParse("2026-02-05")), !on.Before(civil.MustParse("2026-06-19"))
	erasure := map[lb.Basis]string{
		lb.Consent: sc(Applies, "UK GDPR Art 17(1)"), lb.Contract: sc(Applies, "UK GDPR Art 17(1)"),
		lb.LegalObligation: sc(DoesNotApply, "UK GDPR Art 17(3)(b)"), lb.VitalInterests: sc(Applies, "UK GDPR Art 17(1)"),
		lb.PublicTask: sc(DoesNotApply, "UK GDPR Art 17(3)(b)"), lb.RecognisedLegitimateInterests: sc(Applies, "UK GDPR Art 17(1)"),
		lb.LegitimateInterests: sc(Applies, "UK GDPR Art 17(1)"),
	}
	portability := map[lb.Basis]string{
		lb.Consent: sc(Qualified, "UK GDPR Art 20(1)"), lb.Contract: sc(Qualified, "UK GDPR Art 20(1)"),
		lb.LegalObligation: sc(DoesNotApply, "UK GDPR Art 20(1)(a)"), lb.VitalInterests: sc(DoesNotApply, "UK GDPR Art 20(1)(a)"),
		lb.PublicTask: sc(DoesNotApply, "UK GDPR Art 20(1)(a)"), lb.RecognisedLegitimateInterests: sc(DoesNotApply, "UK GDPR Art 20(1)(a)"),
		lb.LegitimateInterests: sc(DoesNotApply, "UK GDPR Art 20(1)(a)"),
	}
	object := map[lb.Basis]string{
		lb.Consent: sc(DoesNotApply, "UK GDPR Art 21(1)"), lb.Contract: sc(DoesNotApply, "UK GDPR Art 21(1)"),
		lb.LegalObligation: sc(DoesNotApply, "UK GDPR Art 21(1)"), lb.VitalInterests: sc(DoesNotApply, "UK GDPR Art 21(1)"),
		lb.PublicTask: sc(Applies, "UK GDPR Art 21(1)"), lb.RecognisedLegitimateInterests: sc(Applies, "UK GDPR Art 21(1) (as amended by DUAA s70(5))"),
		lb.LegitimateInterests: sc(Applies, "UK GDPR Art 21(1)"),
	}
	w := map[Right]string{
		BeInformed:            sc(Applies, "UK GDPR Arts 13, 14"),
		Access:                sc(Applies, "UK GDPR Art 15"),
		Rectification:         sc(Applies, "UK GDPR Art 16"),
		Erasure:               erasure[b],
		Restriction:           sc(Applies, "UK GDPR Art 18"),
		Portability:           portability[b],
		Object:                object[b],
		ObjectDirectMarketing: sc(Applies, "UK GDPR Art 21(2)-(3)"),
		WithdrawConsent:       sc(DoesNotApply, "UK GDPR Art 7(3)"),
	}
	if b == lb.Consent {
		w[WithdrawConsent] = sc(Applies, "UK GDPR Art 7(3)")
	}
	if feb {
		w[AutomatedDecisionMaking] = sc(Applies, "UK GDPR Arts 22A-22D")
	} else {
		w[AutomatedDecisionMaking] = sc(Applies, "UK GDPR Art 22; DPA 2018 s14")
	}
	if jun {
		w[ComplainToController] = sc(Applies, "DPA 2018 s164A")
		w[ComplainToCommissioner] = sc(Applies, "DPA 2018 s165")
	} else {
		w[ComplainToController] = sc(DoesNotApply, "DPA 2018 s164A")
		w[ComplainToCommissioner] = sc(Applies, "UK GDPR Art 77")
	}
	return w
}

// wantPart3 states docs/law.md §6 for DPA 2018 Part 3.
func wantPart3(b lb.Basis, on civil.Date) map[Right]string {
	w := map[Right]string{
		BeInformed:              sc(Qualified, "DPA 2018 s44"),
		Access:                  sc(Qualified, "DPA 2018 s45"),
		Rectification:           sc(Qualified, "DPA 2018 s46, s48"),
		Erasure:                 sc(Qualified, "DPA 2018 s47, s48"),
		Restriction:             sc(Qualified, "DPA 2018 s47, s48"),
		Portability:             sc(DoesNotApply, "DPA 2018 s43(1)"),
		Object:                  sc(DoesNotApply, "DPA 2018 s43(1)"),
		ObjectDirectMarketing:   sc(DoesNotApply, "DPA 2018 s43(1)"),
		AutomatedDecisionMaking: sc(Applies, "DPA 2018 ss49-50"),
		WithdrawConsent:         sc(DoesNotApply, "DPA 2018 s35(2)(a)"),
		ComplainToController:    sc(DoesNotApply, "DPA 2018 s164A"),
		ComplainToCommissioner:  sc(Applies, "DPA 2018 s165"),
	}
	if !on.Before(civil.MustParse("2026-02-05")) {
		w[AutomatedDecisionMaking] = sc(Qualified, "DPA 2018 ss50A-50D")
	}
	if !on.Before(civil.MustParse("2026-06-19")) {
		w[ComplainToController] = sc(Applies, "DPA 2018 s164A")
	}
	if b == lb.Consent {
		if on.Before(civil.MustParse("2025-08-19")) {
			w[WithdrawConsent] = sc(DoesNotApply, "DPA 2018 s40A")
		} else {
			w[WithdrawConsent] = sc(Applies, "DPA 2018 s40A")
		}
	}
	return w
}

// wantEU states docs/law.md §8.1 for the EU GDPR: UK GDPR without the DUAA
// changes. It does not depend on the date.
func wantEU(b lb.Basis) map[Right]string {
	w := wantUK(b, civil.MustParse("2025-01-01"))
	for r, v := range w {
		w[r] = strings.Replace(v, "UK GDPR", "GDPR", 1)
	}
	w[AutomatedDecisionMaking] = sc(Applies, "GDPR Art 22")
	w[ComplainToController] = sc(DoesNotApply, "GDPR (no provision)")
	w[ComplainToCommissioner] = sc(Applies, "GDPR Art 77")
	return w
}

// wantLED states docs/law.md §8.2 for the EU LED.
func wantLED(b lb.Basis) map[Right]string {
	w := map[Right]string{
		BeInformed:              sc(Qualified, "LED Art 13"),
		Access:                  sc(Qualified, "LED Arts 14, 15"),
		Rectification:           sc(Qualified, "LED Art 16"),
		Erasure:                 sc(Qualified, "LED Art 16"),
		Restriction:             sc(Qualified, "LED Art 16"),
		Portability:             sc(DoesNotApply, "LED (no provision)"),
		Object:                  sc(DoesNotApply, "LED (no provision)"),
		ObjectDirectMarketing:   sc(DoesNotApply, "LED (no provision)"),
		AutomatedDecisionMaking: sc(Qualified, "LED Art 11"),
		WithdrawConsent:         sc(DoesNotApply, "LED (member-state law)"),
		ComplainToController:    sc(DoesNotApply, "LED (no provision)"),
		ComplainToCommissioner:  sc(Applies, "LED Arts 13(1), 14"),
	}
	if b == lb.Consent {
		w[WithdrawConsent] = sc(Qualified, "LED (member-state law)")
	}
	return w
}

// TestForMatrix checks every regime × basis × date around each DUAA
// commencement, with statuses and citations.
func TestForMatrix(t *testing.T) {
	bases := map[lb.Regime][]lb.Basis{
		lb.UKGDPR:       {lb.Consent, lb.Contract, lb.LegalObligation, lb.VitalInterests, lb.PublicTask, lb.RecognisedLegitimateInterests, lb.LegitimateInterests},
		lb.DPA2018Part3: {lb.Consent, lb.LawEnforcementTask},
		lb.EUGDPR:       {lb.Consent, lb.Contract, lb.LegalObligation, lb.VitalInterests, lb.PublicTask, lb.LegitimateInterests},
		lb.EULED:        {lb.Consent, lb.LawEnforcementTask},
	}
	n := 0
	for _, regime := range lb.Regimes() {
		for _, b := range bases[regime] {
			for _, ds := range testDates {
				on := civil.MustParse(ds)
				if b == lb.RecognisedLegitimateInterests && on.Before(civil.MustParse("2026-02-05")) {
					continue // an error: see TestForErrors
				}
				var want map[Right]string
				switch regime {
				case lb.UKGDPR:
					want = wantUK(b, on)
				case lb.DPA2018Part3:
					want = wantPart3(b, on)
				case lb.EUGDPR:
					want = wantEU(b)
				case lb.EULED:
					want = wantLED(b)
				}
				entries, err := For(regime, b, on)
				if err != nil {
					t.Errorf("For(%v, %v, %v): %v", regime, b, on, err)
					continue
				}
				n++
				var gotRights []Right
				got := map[Right]string{}
				for _, e := range entries {
					gotRights = append(gotRights, e.Right)
					got[e.Right] = sc(e.Status, e.Citation)
					if e.Reason == "" || strings.Contains(e.Reason, "\n") {
						t.Errorf("For(%v, %v, %v) %v: reason %q, want one non-empty line", regime, b, on, e.Right, e.Reason)
					}
				}
				if diff := cmp.Diff(All(), gotRights); diff != "" {
					t.Errorf("For(%v, %v, %v) order (-want +got):\n%s", regime, b, on, diff)
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("For(%v, %v, %v) (-want +got):\n%s", regime, b, on, diff)
				}
			}
		}
	}
	if n < 150 {
		t.Errorf("only %d combinations checked", n)
	}
}

// TestForFlags checks that rows resting on DERIVED or UNVERIFIED law say so
// in their reasons.
func TestForFlags(t *testing.T) {
	on := civil.MustParse("2026-11-22")
	tests := []struct {
		regime lb.Regime
		basis  lb.Basis
		right  Right
		flag   string
	}{
		{lb.UKGDPR, lb.PublicTask, Erasure, "DERIVED"},
		{lb.UKGDPR, lb.Consent, Portability, "DERIVED"},
		{lb.UKGDPR, lb.LegitimateInterests, Object, "DERIVED"},
		{lb.UKGDPR, lb.RecognisedLegitimateInterests, Object, "derived only"},
		{lb.UKGDPR, lb.RecognisedLegitimateInterests, Erasure, "derived only"},
		{lb.UKGDPR, lb.RecognisedLegitimateInterests, AutomatedDecisionMaking, "Art 22B(4)"},
		{lb.DPA2018Part3, lb.LawEnforcementTask, Access, "UNVERIFIED"},
		{lb.DPA2018Part3, lb.Consent, WithdrawConsent, "DERIVED"},
		{lb.EULED, lb.LawEnforcementTask, AutomatedDecisionMaking, "UNVERIFIED"},
		{lb.EULED, lb.LawEnforcementTask, Portability, "UNVERIFIED"},
		{lb.EULED, lb.Consent, WithdrawConsent, "UNVERIFIED"},
		{lb.EUGDPR, lb.Consent, ComplainToController, "DERIVED"},
	}
	for _, tt := range tests {
		es, err := For(tt.regime, tt.basis, on)
		if err != nil {
			t.Fatal(err)
		}
		if r := es[tt.right-1].Reason; !strings.Contains(r, tt.flag) {
			t.Errorf("For(%v, %v) %v reason %q does not contain %q", tt.regime, tt.basis, tt.right, r, tt.flag)
		}
	}
	// Part 3 on Royal Assent still lists national security as a plain
	// ground: s88 was not commenced on Royal Assent (docs/law.md §11.3).
	es, _ := For(lb.DPA2018Part3, lb.LawEnforcementTask, civil.MustParse("2025-06-19"))
	if r := es[Access-1].Reason; !strings.Contains(r, "national security") || strings.Contains(r, "UNVERIFIED") {
		t.Errorf("Part 3 access reason on 2025-06-19 = %q", r)
	}
}

func TestForErrors(t *testing.T) {
	on := civil.MustParse("2026-11-22")
	tests := []struct {
		regime lb.Regime
		basis  lb.Basis
		on     civil.Date
		want   string
	}{
		{lb.UKGDPR, lb.LawEnforcementTask, on, `rights: basis "law-enforcement-task" is not a lawful basis under uk-gdpr on 2026-11-22 (UK GDPR Art 6(1)): want one of consent, contract, legal-obligation, vital-interests, public-task, recognised-legitimate-interests, legitimate-interests`},
		{lb.UKGDPR, lb.RecognisedLegitimateInterests, civil.MustParse("2026-02-04"), `rights: basis "recognised-legitimate-interests" is not in force under uk-gdpr on 2026-02-04: recognised-legitimate-interests is in force from 2026-02-05, not on 2026-02-04 (UK GDPR Art 6(1)(ea); SI 2026/82 reg 2): want one of consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests`},
		{lb.EUGDPR, lb.RecognisedLegitimateInterests, on, `rights: basis "recognised-legitimate-interests" is not a lawful basis under eu-gdpr on 2026-11-22 (EU GDPR Art 6(1)): want one of consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests`},
		{lb.DPA2018Part3, lb.PublicTask, on, `rights: basis "public-task" is not a lawful basis under dpa-2018-part-3 on 2026-11-22 (DPA 2018 s35(2)): want one of consent, law-enforcement-task`},
		{lb.EULED, lb.LegitimateInterests, on, `rights: basis "legitimate-interests" is not a lawful basis under eu-led on 2026-11-22: want one of consent, law-enforcement-task`},
		{lb.UKGDPR, lb.BasisUnspecified, on, `rights: basis is not specified: want one of consent, contract, legal-obligation, vital-interests, public-task, recognised-legitimate-interests, legitimate-interests under uk-gdpr on 2026-11-22`},
		{lb.UKGDPR, lb.Basis(99), on, `rights: basis "basis(99)" is not a lawful basis under uk-gdpr on 2026-11-22: want one of consent, contract, legal-obligation, vital-interests, public-task, recognised-legitimate-interests, legitimate-interests`},
		{lb.RegimeUnspecified, lb.Consent, on, `rights: regime "" is not specified or unknown: want one of uk-gdpr, dpa-2018-part-3, eu-gdpr, eu-led`},
		{lb.Regime(42), lb.Consent, on, `rights: regime "regime(42)" is not specified or unknown: want one of uk-gdpr, dpa-2018-part-3, eu-gdpr, eu-led`},
		{lb.UKGDPR, lb.Consent, civil.Date{}, `rights: date is missing: want the date the law is read at (YYYY-MM-DD)`},
	}
	for _, tt := range tests {
		got, err := For(tt.regime, tt.basis, tt.on)
		if err == nil || got != nil {
			t.Errorf("For(%v, %v, %v) = %v, %v; want error", tt.regime, tt.basis, tt.on, got, err)
			continue
		}
		if diff := cmp.Diff(tt.want, err.Error()); diff != "" {
			t.Errorf("For(%v, %v, %v) error (-want +got):\n%s", tt.regime, tt.basis, tt.on, diff)
		}
	}
}

func TestRestrictionGrounds(t *testing.T) {
	// s88 was not in force on Royal Assent (2025-06-19); the fail-safe
	// reading moves the ground from the day after.
	before := RestrictionGrounds(civil.MustParse("2025-06-19"))
	after := RestrictionGrounds(civil.MustParse("2025-06-20"))
	var codesBefore, citesBefore, citesAfter []string
	for i := range before {
		codesBefore = append(codesBefore, before[i].Ground.String())
		citesBefore = append(citesBefore, before[i].Citation)
		citesAfter = append(citesAfter, after[i].Citation)
	}
	if diff := cmp.Diff([]string{"avoid-obstructing-inquiry", "avoid-prejudicing-crime", "public-security", "national-security", "rights-of-others"}, codesBefore); diff != "" {
		t.Errorf("grounds (-want +got):\n%s", diff)
	}
	wantBefore := []string{
		"DPA 2018 s44(4)(a), s45(4)(a), s48(3)(a)", "DPA 2018 s44(4)(b), s45(4)(b), s48(3)(b)",
		"DPA 2018 s44(4)(c), s45(4)(c), s48(3)(c)", "DPA 2018 s44(4)(d), s45(4)(d), s48(3)(d)",
		"DPA 2018 s44(4)(e), s45(4)(e), s48(3)(e)",
	}
	if diff := cmp.Diff(wantBefore, citesBefore); diff != "" {
		t.Errorf("citations on 2025-06-19 (-want +got):\n%s", diff)
	}
	wantAfter := append([]string(nil), wantBefore...)
	wantAfter[3] = "DPA 2018 s78A (inserted by DUAA s88)"
	if diff := cmp.Diff(wantAfter, citesAfter); diff != "" {
		t.Errorf("citations from 2025-06-20 (-want +got):\n%s", diff)
	}
	for i, g := range after {
		if (g.Note != "") != (i == 3) || (i == 3 && !strings.Contains(g.Note, "UNVERIFIED")) {
			t.Errorf("ground %v note %q", g.Ground, g.Note)
		}
		if before[i].Note != "" {
			t.Errorf("ground %v on 2025-06-19 has note %q", g.Ground, before[i].Note)
		}
	}
	if RestrictionGrounds(civil.Date{}) != nil {
		t.Error("RestrictionGrounds(zero) != nil")
	}
}

func TestCodes(t *testing.T) {
	wantRights := []string{"be-informed", "access", "rectification", "erasure", "restriction", "portability", "object",
		"object-direct-marketing", "automated-decision-making", "withdraw-consent", "complain-to-controller", "complain-to-commissioner"}
	var got []string
	for _, r := range All() {
		got = append(got, r.String())
		p, err := ParseRight(r.String())
		if err != nil || p != r {
			t.Errorf("ParseRight(%q) = %v, %v", r, p, err)
		}
		var u Right
		b, _ := r.MarshalText()
		if err := u.UnmarshalText(b); err != nil || u != r {
			t.Errorf("Right round trip %q: %v, %v", b, u, err)
		}
	}
	if diff := cmp.Diff(wantRights, got); diff != "" {
		t.Errorf("All() (-want +got):\n%s", diff)
	}
	got = nil
	for _, s := range Statuses() {
		got = append(got, s.String())
		var u Status
		b, _ := s.MarshalText()
		if err := u.UnmarshalText(b); err != nil || u != s {
			t.Errorf("Status round trip %q: %v, %v", b, u, err)
		}
	}
	if diff := cmp.Diff([]string{"applies", "qualified", "does-not-apply"}, got); diff != "" {
		t.Errorf("Statuses() (-want +got):\n%s", diff)
	}
	for _, g := range AllRestrictionGrounds() {
		var u RestrictionGround
		b, _ := g.MarshalText()
		if err := u.UnmarshalText(b); err != nil || u != g {
			t.Errorf("RestrictionGround round trip %q: %v, %v", b, u, err)
		}
	}
	var ue *enum.UnknownError
	if _, err := ParseRight("portabilty"); !errors.As(err, &ue) || !strings.Contains(err.Error(), "be-informed, access") {
		t.Errorf("ParseRight(portabilty) error = %v", err)
	}
	if _, err := ParseStatus("maybe"); !errors.As(err, &ue) {
		t.Errorf("ParseStatus(maybe) error = %v", err)
	}
	if _, err := ParseRestrictionGround("x"); !errors.As(err, &ue) {
		t.Errorf("ParseRestrictionGround(x) error = %v", err)
	}
	for _, m := range []interface{ MarshalText() ([]byte, error) }{RightUnspecified, StatusUnspecified, GroundUnspecified} {
		if _, err := m.MarshalText(); err == nil {
			t.Errorf("%T zero MarshalText succeeded", m)
		}
	}
}

func TestEntryJSON(t *testing.T) {
	es, err := For(lb.UKGDPR, lb.PublicTask, civil.MustParse("2026-11-22"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(es[Erasure-1])
	if err != nil {
		t.Fatal(err)
	}
	want := `{"right":"erasure","status":"does-not-apply","citation":"UK GDPR Art 17(3)(b)","reason":"erasure does not apply to processing necessary for a legal obligation or a public task (DERIVED: docs/law.md §5.2)"}`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("JSON (-want +got):\n%s", diff)
	}
}

// TestGolden writes the full For output per regime, for every basis and
// every test date, to testdata/<regime>.golden.
func TestGolden(t *testing.T) {
	for _, regime := range lb.Regimes() {
		var buf bytes.Buffer
		for _, ds := range testDates {
			on := civil.MustParse(ds)
			for _, b := range Bases(regime, on) {
				es, err := For(regime, b, on)
				if err != nil {
					t.Fatal(err)
				}
				fmt.Fprintf(&buf, "== %s %s %s\n", regime, b, on)
				for _, e := range es {
					fmt.Fprintf(&buf, "%s\t%s\t%s\t%s\n", e.Right, e.Status, e.Citation, e.Reason)
				}
			}
		}
		if regime == lb.DPA2018Part3 {
			for _, ds := range []string{"2025-06-19", "2025-06-20"} {
				fmt.Fprintf(&buf, "== restriction grounds %s\n", ds)
				for _, g := range RestrictionGrounds(civil.MustParse(ds)) {
					fmt.Fprintf(&buf, "%s\t%s\t%s\t%s\n", g.Ground, g.Citation, g.Text, g.Note)
				}
			}
		}
		golden(t, filepath.Join("testdata", regime.String()+".golden"), buf.Bytes())
	}
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", path, diff)
	}
}

// TestBasesAgreeWithLawfulbasis keeps Bases (used to list allowed values)
// in step with lawfulbasis.BasisValid (used to decide), for every regime it
// covers.
func TestBasesAgreeWithLawfulbasis(t *testing.T) {
	for _, regime := range []lb.Regime{lb.UKGDPR, lb.DPA2018Part3, lb.EUGDPR} {
		for _, ds := range testDates {
			on := civil.MustParse(ds)
			allowed := Bases(regime, on)
			for _, b := range lb.Bases() {
				if got, want := lb.BasisValid(regime, b, on).OK, contains(allowed, b); got != want {
					t.Errorf("%v %v %v: BasisValid %v, Bases lists it: %v", regime, b, on, got, want)
				}
			}
		}
	}
}

func TestBases(t *testing.T) {
	if got := Bases(lb.UKGDPR, civil.Date{}); got != nil {
		t.Errorf("Bases(zero date) = %v", got)
	}
	if got := Bases(lb.RegimeUnspecified, civil.MustParse("2026-01-01")); got != nil {
		t.Errorf("Bases(unspecified) = %v", got)
	}
	if got := len(Bases(lb.UKGDPR, civil.MustParse("2026-02-04"))); got != 6 {
		t.Errorf("UK GDPR bases before 2026-02-05: %d, want 6", got)
	}
	if got := len(Bases(lb.UKGDPR, civil.MustParse("2026-02-05"))); got != 7 {
		t.Errorf("UK GDPR bases from 2026-02-05: %d, want 7", got)
	}
}

func ExampleFor() {
	entries, err := For(lb.UKGDPR, lb.PublicTask, civil.MustParse("2026-11-22"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range entries {
		fmt.Printf("%-26s %-15s %s\n", e.Right, e.Status, e.Citation)
	}
	// Output:
	// be-informed                applies         UK GDPR Arts 13, 14
	// access                     applies         UK GDPR Art 15
	// rectification              applies         UK GDPR Art 16
	// erasure                    does-not-apply  UK GDPR Art 17(3)(b)
	// restriction                applies         UK GDPR Art 18
	// portability                does-not-apply  UK GDPR Art 20(1)(a)
	// object                     applies         UK GDPR Art 21(1)
	// object-direct-marketing    applies         UK GDPR Art 21(2)-(3)
	// automated-decision-making  applies         UK GDPR Arts 22A-22D
	// withdraw-consent           does-not-apply  UK GDPR Art 7(3)
	// complain-to-controller     applies         DPA 2018 s164A
	// complain-to-commissioner   applies         DPA 2018 s165
}

func ExampleRestrictionGrounds() {
	for _, g := range RestrictionGrounds(civil.MustParse("2025-01-10")) {
		fmt.Println(g.Ground, "-", g.Citation)
	}
	// Output:
	// avoid-obstructing-inquiry - DPA 2018 s44(4)(a), s45(4)(a), s48(3)(a)
	// avoid-prejudicing-crime - DPA 2018 s44(4)(b), s45(4)(b), s48(3)(b)
	// public-security - DPA 2018 s44(4)(c), s45(4)(c), s48(3)(c)
	// national-security - DPA 2018 s44(4)(d), s45(4)(d), s48(3)(d)
	// rights-of-others - DPA 2018 s44(4)(e), s45(4)(e), s48(3)(e)
}

func ExampleBases() {
	fmt.Println(Bases(lb.DPA2018Part3, civil.MustParse("2026-11-22")))
	// Output:
	// [consent law-enforcement-task]
}

func ExampleParseRight() {
	r, err := ParseRight("erasure")
	fmt.Println(r, err)
	_, err = ParseRight("forget-me")
	fmt.Println(err != nil)
	// Output:
	// erasure <nil>
	// true
}

func FuzzParseRight(f *testing.F) {
	for _, s := range []string{"", "access", "object-direct-marketing", "Access", "access "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRight(s)
		if err != nil {
			if r != RightUnspecified {
				t.Fatalf("ParseRight(%q) = %v with error", s, r)
			}
			return
		}
		if r.String() != s {
			t.Fatalf("ParseRight(%q).String() = %q", s, r)
		}
	})
}

func FuzzParseStatusAndGround(f *testing.F) {
	for _, s := range []string{"", "applies", "does-not-apply", "national-security", "public security"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if st, err := ParseStatus(s); err == nil && st.String() != s || err != nil && st != StatusUnspecified {
			t.Fatalf("ParseStatus(%q) = %v, %v", s, st, err)
		}
		if g, err := ParseRestrictionGround(s); err == nil && g.String() != s || err != nil && g != GroundUnspecified {
			t.Fatalf("ParseRestrictionGround(%q) = %v, %v", s, g, err)
		}
	})
}

func ExampleAll() {
	fmt.Println(len(All()), All()[0], All()[len(All())-1])
	// Output:
	// 12 be-informed complain-to-commissioner
}

func ExampleParseStatus() {
	s, err := ParseStatus("qualified")
	fmt.Println(s, err)
	fmt.Println(Statuses())
	// Output:
	// qualified <nil>
	// [applies qualified does-not-apply]
}

func ExampleParseRestrictionGround() {
	g, err := ParseRestrictionGround("national-security")
	fmt.Println(g, err)
	fmt.Println(len(AllRestrictionGrounds()))
	// Output:
	// national-security <nil>
	// 5
}

// TestLawOnlyWhereItExists: a date before a regime existed gets a refusal
// naming the regime's first day (docs/law.md §11.2), on both sides of it.
func TestLawOnlyWhereItExists(t *testing.T) {
	tests := []struct {
		regime      lb.Regime
		basis       lb.Basis
		first, prev string
	}{
		{lb.UKGDPR, lb.PublicTask, "2021-01-01", "2020-12-31"},
		{lb.EUGDPR, lb.PublicTask, "2018-05-25", "2018-05-24"},
		{lb.DPA2018Part3, lb.LawEnforcementTask, "2018-05-25", "2018-05-24"},
	}
	for _, tt := range tests {
		if _, err := For(tt.regime, tt.basis, civil.MustParse(tt.first)); err != nil {
			t.Errorf("For(%v, %v, %s), the first day: %v", tt.regime, tt.basis, tt.first, err)
		}
		for _, d := range []string{tt.prev, "1900-01-01"} {
			_, err := For(tt.regime, tt.basis, civil.MustParse(d))
			var be *lb.BeforeRegimeError
			if !errors.As(err, &be) || be.From.String() != tt.first || !strings.Contains(err.Error(), "on or after "+tt.first) {
				t.Errorf("For(%v, %v, %s) = %v, want a *lawfulbasis.BeforeRegimeError naming %s", tt.regime, tt.basis, d, err, tt.first)
			}
		}
	}
	for _, tt := range []struct {
		regime      lb.Regime
		first, prev string
	}{{lb.UKGDPR, "2021-01-01", "2020-12-31"}, {lb.DPA2018Part3, "2018-05-25", "0001-01-01"}} {
		req := Request{Regime: tt.regime, Right: Access, Received: civil.MustParse(tt.first), Nation: civil.EnglandAndWales}
		if _, err := Deadline(req); err != nil {
			t.Errorf("Deadline received %s under %v: %v", tt.first, tt.regime, err)
		}
		req.Received = civil.MustParse(tt.prev)
		_, err := Deadline(req)
		var be *lb.BeforeRegimeError
		if !errors.As(err, &be) || !strings.Contains(err.Error(), tt.first) {
			t.Errorf("Deadline received %s under %v = %v, want a refusal naming %s", tt.prev, tt.regime, err, tt.first)
		}
	}
}
