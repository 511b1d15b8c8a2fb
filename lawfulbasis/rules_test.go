package lawfulbasis

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/noticekit/noticekit/civil"
)

func d(s string) civil.Date { return civil.MustParse(s) }

// commencementDates straddle each DUAA 2025 commencement (docs/law.md §1).
var commencementDates = []civil.Date{
	d("2024-01-01"), d("2025-08-19"), d("2025-08-20"), d("2026-02-04"), d("2026-02-05"),
	d("2026-06-18"), d("2026-06-19"), d("2030-01-01"),
}

// TestBasisValidMatrix checks every regime × basis × date against the
// reference's lists, written out here independently of the package tables.
func TestBasisValidMatrix(t *testing.T) {
	spec := map[Regime]map[Basis]string{
		UKGDPR: {
			Consent: "UK GDPR Art 6(1)(a)", Contract: "UK GDPR Art 6(1)(b)", LegalObligation: "UK GDPR Art 6(1)(c)",
			VitalInterests: "UK GDPR Art 6(1)(d)", PublicTask: "UK GDPR Art 6(1)(e)",
			RecognisedLegitimateInterests: "UK GDPR Art 6(1)(ea); SI 2026/82 reg 2", LegitimateInterests: "UK GDPR Art 6(1)(f)",
		},
		EUGDPR: {
			Consent: "EU GDPR Art 6(1)(a)", Contract: "EU GDPR Art 6(1)(b)", LegalObligation: "EU GDPR Art 6(1)(c)",
			VitalInterests: "EU GDPR Art 6(1)(d)", PublicTask: "EU GDPR Art 6(1)(e)", LegitimateInterests: "EU GDPR Art 6(1)(f)",
		},
		DPA2018Part3: {Consent: "DPA 2018 s35(2)(a)", LawEnforcementTask: "DPA 2018 s35(2)(b)"},
		EULED:        {},
	}
	listCite := map[Regime]string{UKGDPR: "UK GDPR Art 6(1)", EUGDPR: "EU GDPR Art 6(1)",
		DPA2018Part3: "DPA 2018 s35(2)", EULED: "Directive (EU) 2016/680"}
	type short struct {
		OK         bool
		Code, Cite string
	}
	regimes := append([]Regime{RegimeUnspecified, Regime(77)}, Regimes()...)
	bases := append([]Basis{BasisUnspecified, Basis(99)}, Bases()...)
	dates := append([]civil.Date{{}}, commencementDates...)
	n := 0
	for _, r := range regimes {
		for _, b := range bases {
			for _, on := range dates {
				var want short
				cite, listed := spec[r][b]
				switch _, known := spec[r]; {
				case on.IsZero():
					want = short{Code: CodeDateUnknown}
				case !known:
					want = short{Code: CodeRegimeUnknown}
				case b == BasisUnspecified || b > LawEnforcementTask:
					want = short{Code: CodeBasisUnknown}
				case r == EULED:
					want = short{Code: CodeRegimeNotCovered, Cite: listCite[r]}
				case !listed:
					want = short{Code: CodeBasisNotInRegime, Cite: listCite[r]}
				case b == RecognisedLegitimateInterests && on.Before(d("2026-02-05")):
					want = short{Code: CodeNotYetInForce, Cite: cite}
				default:
					want = short{OK: true, Code: CodeOK, Cite: cite}
				}
				res := BasisValid(r, b, on)
				got := short{res.OK, res.Code, res.Citation}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("BasisValid(%v, %v, %v) (-want +got):\n%s", r, b, on, diff)
				}
				if res.Reason == "" {
					t.Errorf("BasisValid(%v, %v, %v): no reason", r, b, on)
				}
				if res.OK && res.Flag != Verified {
					t.Errorf("BasisValid(%v, %v, %v): flag %v", r, b, on, res.Flag)
				}
				n++
			}
		}
	}
	if n != 6*10*9 {
		t.Fatalf("checked %d combinations", n)
	}
}

func TestBasisValidReasons(t *testing.T) {
	tests := []struct {
		r    Regime
		b    Basis
		on   string
		want Result
	}{
		{UKGDPR, RecognisedLegitimateInterests, "2026-02-04", Result{Code: CodeNotYetInForce,
			Reason:   "recognised-legitimate-interests is in force from 2026-02-05, not on 2026-02-04",
			Citation: "UK GDPR Art 6(1)(ea); SI 2026/82 reg 2", Flag: Verified}},
		{UKGDPR, RecognisedLegitimateInterests, "2026-02-05", Result{OK: true, Code: CodeOK,
			Reason:   "recognised-legitimate-interests is a lawful basis under uk-gdpr on 2026-02-05",
			Citation: "UK GDPR Art 6(1)(ea); SI 2026/82 reg 2", Flag: Verified}},
		{EUGDPR, RecognisedLegitimateInterests, "2026-06-19", Result{Code: CodeBasisNotInRegime,
			Reason:   "recognised-legitimate-interests is not a lawful basis under eu-gdpr (its bases are consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests)",
			Citation: "EU GDPR Art 6(1)", Flag: Verified}},
		{DPA2018Part3, PublicTask, "2026-06-19", Result{Code: CodeBasisNotInRegime,
			Reason:   "public-task is not a lawful basis under dpa-2018-part-3 (its bases are consent, law-enforcement-task)",
			Citation: "DPA 2018 s35(2)", Flag: Verified}},
		{UKGDPR, LawEnforcementTask, "2026-06-19", Result{Code: CodeBasisNotInRegime,
			Reason:   "law-enforcement-task is not a lawful basis under uk-gdpr (its bases are consent, contract, legal-obligation, vital-interests, public-task, recognised-legitimate-interests, legitimate-interests)",
			Citation: "UK GDPR Art 6(1)", Flag: Verified}},
	}
	for _, tt := range tests {
		got := BasisValid(tt.r, tt.b, d(tt.on))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("BasisValid(%v, %v, %s) (-want +got):\n%s", tt.r, tt.b, tt.on, diff)
		}
	}
}

func TestPublicAuthorityBasis(t *testing.T) {
	const amended = "UK GDPR Art 6(1) second subparagraph, as amended by DUAA s70(2)(c); DPA 2018 s7"
	const original = "UK GDPR Art 6(1) second subparagraph; DPA 2018 s7"
	tests := []struct {
		b        Basis
		task     bool
		on       string
		ok       bool
		code     string
		citation string
		flag     Flag
	}{
		{LegitimateInterests, true, "2025-08-19", false, CodePublicAuthorityLI, original, Verified},
		{LegitimateInterests, true, "2026-02-05", false, CodePublicAuthorityLI, amended, Verified},
		{LegitimateInterests, false, "2026-02-04", true, CodeOutsidePublicTasks, original, Derived},
		{LegitimateInterests, false, "2026-06-19", true, CodeOutsidePublicTasks, amended, Derived},
		{RecognisedLegitimateInterests, true, "2026-02-04", false, CodeNotYetInForce, "UK GDPR Art 6(1)(ea); SI 2026/82 reg 2", Verified},
		{RecognisedLegitimateInterests, false, "2026-02-04", false, CodeNotYetInForce, "UK GDPR Art 6(1)(ea); SI 2026/82 reg 2", Verified},
		{RecognisedLegitimateInterests, true, "2026-02-05", false, CodePublicAuthorityRLI, amended, Verified},
		{RecognisedLegitimateInterests, false, "2026-06-19", true, CodeOutsidePublicTasks, amended, Derived},
		{PublicTask, true, "2026-06-19", true, CodeOK, "UK GDPR Art 6(1) second subparagraph", Verified},
		{LegalObligation, false, "2025-08-20", true, CodeOK, "UK GDPR Art 6(1) second subparagraph", Verified},
		{LawEnforcementTask, true, "2026-06-19", false, CodeBasisNotInRegime, "UK GDPR Art 6(1)", Verified},
		{BasisUnspecified, true, "2026-06-19", false, CodeBasisUnknown, "", FlagUnspecified},
		{Basis(200), false, "2026-06-19", false, CodeBasisUnknown, "", FlagUnspecified},
		{LegitimateInterests, false, "", false, CodeDateUnknown, "", FlagUnspecified},
	}
	for _, tt := range tests {
		var on civil.Date
		if tt.on != "" {
			on = d(tt.on)
		}
		got := PublicAuthorityBasis(tt.b, tt.task, on)
		if got.OK != tt.ok || got.Code != tt.code || got.Citation != tt.citation || got.Flag != tt.flag || got.Reason == "" {
			t.Errorf("PublicAuthorityBasis(%v, %v, %q) = %+v, want OK=%v Code=%q Citation=%q Flag=%v",
				tt.b, tt.task, tt.on, got, tt.ok, tt.code, tt.citation, tt.flag)
		}
		if got.Code == CodeOutsidePublicTasks && !strings.Contains(got.Reason, "derived") {
			t.Errorf("outside-public-tasks reason does not say it is derived: %q", got.Reason)
		}
	}
}

// ruleCase is a row of a rule's table test.
type ruleCase struct {
	name   string
	conds  []Condition
	on     string
	ok     bool
	code   string
	cite   string   // exact citation; "" for input errors
	reason []string // substrings the reason must contain
}

func checkRule(t *testing.T, tt ruleCase, got Result) {
	t.Helper()
	if got.OK != tt.ok || got.Code != tt.code || got.Citation != tt.cite {
		t.Errorf("%s: got OK=%v Code=%q Citation=%q, want OK=%v Code=%q Citation=%q (reason %q)",
			tt.name, got.OK, got.Code, got.Citation, tt.ok, tt.code, tt.cite, got.Reason)
	}
	if got.Reason == "" {
		t.Errorf("%s: no reason", tt.name)
	}
	for _, sub := range tt.reason {
		if !strings.Contains(got.Reason, sub) {
			t.Errorf("%s: reason %q does not contain %q", tt.name, got.Reason, sub)
		}
	}
	if got.OK && got.Flag == FlagUnspecified {
		t.Errorf("%s: OK with no flag", tt.name)
	}
}

func date(s string) civil.Date {
	if s == "" {
		return civil.Date{}
	}
	return d(s)
}

func TestSpecialCategory(t *testing.T) {
	const chapeau = "UK GDPR Art 9(2) as amended by DUAA Sch 11 para 4(a)"
	tests := []struct {
		ruleCase
		b Basis
	}{
		{ruleCase{"explicit consent before chapeau, no basis", []Condition{Art9A}, "2025-08-19", true, CodeOK,
			"UK GDPR Art 9(1)-(2); UK GDPR Art 9(2)(a)", []string{"meets art-9-2-a"}}, BasisUnspecified},
		{ruleCase{"explicit consent from chapeau, no basis", []Condition{Art9A}, "2025-08-20", false, CodeNoArt6Basis,
			chapeau + "; SI 2025/904 reg 2", []string{"from 2025-08-20", "basis is unspecified"}}, BasisUnspecified},
		{ruleCase{"explicit consent from chapeau with consent", []Condition{Art9A}, "2025-08-20", true, CodeOK,
			chapeau + "; UK GDPR Art 6(1)(a); UK GDPR Art 9(2)(a)", []string{"with Art 6(1) basis consent"}}, Consent},
		{ruleCase{"chapeau basis must be a UK GDPR basis", []Condition{Art9A}, "2026-06-19", false, CodeNoArt6Basis,
			chapeau + "; SI 2025/904 reg 2", []string{"law-enforcement-task is not a lawful basis under uk-gdpr"}}, LawEnforcementTask},
		{ruleCase{"chapeau with (ea) before it is in force", []Condition{Art9C}, "2026-02-04", false, CodeNoArt6Basis,
			chapeau + "; SI 2025/904 reg 2", []string{"in force from 2026-02-05"}}, RecognisedLegitimateInterests},
		{ruleCase{"substantial public interest with Part 2", []Condition{Art9G, Sch1Para6}, "2026-06-19", true, CodeOK,
			chapeau + "; UK GDPR Art 6(1)(e); UK GDPR Art 9(2)(g); DPA 2018 s10(1)(b), s10(3); DPA 2018 Sch 1 Part 2 para 6",
			[]string{"meets art-9-2-g, sch-1-para-6"}}, PublicTask},
		{ruleCase{"(g) with a Part 1 condition", []Condition{Art9G, Sch1Para1}, "2026-06-19", false, CodeSch1ConditionNeeded,
			"UK GDPR Art 9(2)(g); DPA 2018 s10(1)(b), s10(3)", []string{"art-9-2-g needs a DPA 2018 Sch 1 Part 2 condition", "given sch-1-para-1"}}, PublicTask},
		{ruleCase{"(g) with a Part 3 condition", []Condition{Art9G, Sch1Para36}, "2026-06-19", false, CodeSch1ConditionNeeded,
			"UK GDPR Art 9(2)(g); DPA 2018 s10(1)(b), s10(3)", []string{"Part 2"}}, PublicTask},
		{ruleCase{"(g) alone", []Condition{Art9G}, "2025-01-01", false, CodeSch1ConditionNeeded,
			"UK GDPR Art 9(2)(g); DPA 2018 s10(1)(b), s10(3)", []string{"art-9-2-g needs a DPA 2018 Sch 1 Part 2 condition"}}, BasisUnspecified},
		{ruleCase{"(b) employment with para 1", []Condition{Sch1Para1, Art9B}, "2026-06-19", true, CodeOK,
			chapeau + "; UK GDPR Art 6(1)(c); UK GDPR Art 9(2)(b); DPA 2018 s10(1)(a), s10(2); DPA 2018 Sch 1 Part 1 para 1",
			[]string{"art-9-2-b, sch-1-para-1"}}, LegalObligation},
		{ruleCase{"(b) with para 2 (wrong Part 1 para)", []Condition{Art9B, Sch1Para2}, "2026-06-19", false, CodeSch1ConditionNeeded,
			"UK GDPR Art 9(2)(b); DPA 2018 s10(1)(a), s10(2)", []string{"needs the DPA 2018 Sch 1 condition sch-1-para-1"}}, LegalObligation},
		{ruleCase{"(h) needs para 2", []Condition{Art9H}, "2026-06-19", false, CodeSch1ConditionNeeded,
			"UK GDPR Art 9(2)(h), 9(3); DPA 2018 s10(2), s11(1)", []string{"sch-1-para-2"}}, PublicTask},
		{ruleCase{"(i) with para 3", []Condition{Art9I, Sch1Para3}, "2026-06-19", true, CodeOK,
			chapeau + "; UK GDPR Art 6(1)(e); UK GDPR Art 9(2)(i); DPA 2018 s10(2); DPA 2018 Sch 1 Part 1 para 3", nil}, PublicTask},
		{ruleCase{"(j) needs para 4", []Condition{Art9J, Sch1Para3}, "2026-06-19", false, CodeSch1ConditionNeeded,
			"UK GDPR Art 9(2)(j); DPA 2018 s10(2)", []string{"sch-1-para-4"}}, PublicTask},
		{ruleCase{"every listed condition must be complete", []Condition{Art9A, Art9G}, "2026-06-19", false, CodeSch1ConditionNeeded,
			"UK GDPR Art 9(2)(g); DPA 2018 s10(1)(b), s10(3)", nil}, Consent},
		{ruleCase{"Sch 8 condition under UK GDPR", []Condition{Sch8Para3}, "2026-06-19", false, CodeWrongFamily,
			"UK GDPR Art 9(1)-(2)", []string{"sch-8-para-3 is a DPA 2018 Part 3 condition (Sch 8)"}}, PublicTask},
		{ruleCase{"s35 consent under UK GDPR", []Condition{S35Consent, Annex1Para5}, "2026-06-19", false, CodeWrongFamily,
			"UK GDPR Art 9(1)-(2)", []string{"s35-4-consent is DPA 2018 Part 3 consent", "annex-1-para-5 is a UK GDPR Annex 1"}}, PublicTask},
		{ruleCase{"Annex 1 before it is in force", []Condition{Annex1Para5}, "2026-01-01", false, CodeWrongFamily,
			"UK GDPR Art 9(1)-(2)", []string{"annex-1-para-5 is a UK GDPR Annex 1 recognised-legitimate-interest condition and not in force on 2026-01-01"}}, PublicTask},
		{ruleCase{"Sch 1 only", []Condition{Sch1Para6}, "2026-06-19", false, CodeNoArt9Condition,
			"UK GDPR Art 9(1)-(2)", []string{"sch-1-para-6 only accompany an Art 9(2) condition"}}, PublicTask},
		{ruleCase{"nothing", nil, "2026-06-19", false, CodeNoArt9Condition, "UK GDPR Art 9(1)-(2)", nil}, PublicTask},
		{ruleCase{"wrong family alongside a good one is named", []Condition{Art9F, Sch8Para6}, "2026-06-19", true, CodeOK,
			chapeau + "; UK GDPR Art 6(1)(e); UK GDPR Art 9(2)(f)", []string{"not counted: sch-8-para-6 is a DPA 2018 Part 3 condition"}}, PublicTask},
		{ruleCase{"unknown condition", []Condition{Art9A, Condition(250)}, "2026-06-19", false, CodeConditionUnknown, "", nil}, Consent},
		{ruleCase{"unspecified condition", []Condition{ConditionUnspecified}, "2026-06-19", false, CodeConditionUnknown, "", nil}, Consent},
		{ruleCase{"zero date", []Condition{Art9A}, "", false, CodeDateUnknown, "", nil}, Consent},
	}
	for _, tt := range tests {
		checkRule(t, tt.ruleCase, SpecialCategory(tt.b, tt.conds, date(tt.on)))
	}
}

func TestCriminalOffence(t *testing.T) {
	const lead = "UK GDPR Art 10(1); DPA 2018 s10(4)-(5)"
	tests := []ruleCase{
		{"official authority", []Condition{Art10OfficialAuthority}, "2026-06-19", true, CodeOK,
			lead + "; UK GDPR Art 10(1)", []string{"meets art-10-official-authority"}},
		{"Sch 1 Part 1", []Condition{Sch1Para1}, "2025-08-19", true, CodeOK,
			lead + "; DPA 2018 Sch 1 Part 1 para 1", []string{"sch-1-para-1 also needs an appropriate policy document"}},
		{"Sch 1 Part 2 para 10", []Condition{Sch1Para10}, "2026-02-05", true, CodeOK,
			lead + "; DPA 2018 Sch 1 Part 2 para 10", []string{"policy document"}},
		{"Sch 1 Part 3 para 33", []Condition{Sch1Para33}, "2026-06-19", true, CodeOK,
			lead + "; DPA 2018 Sch 1 Part 3 para 33", nil},
		{"Art 9 condition does not do", []Condition{Art9F}, "2026-06-19", false, CodeWrongFamily,
			lead, []string{"art-9-2-f is a UK GDPR Art 9(2) condition"}},
		{"Sch 8 does not do", []Condition{Sch8Para1, Annex1Para5}, "2026-06-19", false, CodeWrongFamily,
			lead, []string{"sch-8-para-1 is a DPA 2018 Part 3 condition", "annex-1-para-5"}},
		{"nothing", []Condition{}, "2026-06-19", false, CodeNoArt10Condition, lead, nil},
		{"unknown", []Condition{Condition(99)}, "2026-06-19", false, CodeConditionUnknown, "", nil},
		{"zero date", []Condition{Art10OfficialAuthority}, "", false, CodeDateUnknown, "", nil},
	}
	for _, tt := range tests {
		checkRule(t, tt, CriminalOffence(tt.conds, date(tt.on)))
	}
}

func TestPart3Sensitive(t *testing.T) {
	const lead = "DPA 2018 s35(3)-(5), s42"
	tests := []struct {
		ruleCase
		apd bool
	}{
		{ruleCase{"case 1", []Condition{S35Consent}, "2025-08-19", true, CodeOK,
			lead + "; DPA 2018 s35(4), s42", []string{"case 1"}}, true},
		{ruleCase{"case 1 without APD", []Condition{S35Consent}, "2026-06-19", false, CodeNoPolicyDocument,
			lead, []string{"appropriate policy document"}}, false},
		{ruleCase{"case 2", []Condition{Sch8Para1}, "2026-02-05", true, CodeOK,
			lead + "; DPA 2018 s35(5), Sch 8 para 1, s42", []string{"case 2: sch-8-para-1", "strictly necessary", "not checked"}}, true},
		{ruleCase{"case 2 without APD", []Condition{Sch8Para4, Sch8Para8}, "2026-02-05", false, CodeNoPolicyDocument,
			lead, []string{"sch-8-para-4, sch-8-para-8"}}, false},
		{ruleCase{"both cases", []Condition{Sch8Para2, S35Consent}, "2026-06-19", true, CodeOK,
			lead + "; DPA 2018 s35(5), Sch 8 para 2, s42; DPA 2018 s35(4), s42", []string{"case 1", "case 2"}}, true},
		{ruleCase{"UK GDPR explicit consent is not s35(4)", []Condition{Art9A}, "2026-06-19", false, CodeWrongFamily,
			lead, []string{"art-9-2-a is a UK GDPR Art 9(2) condition"}}, true},
		{ruleCase{"Sch 1 is not Sch 8", []Condition{Sch1Para10}, "2026-06-19", false, CodeWrongFamily,
			lead, []string{"sch-1-para-10 is a DPA 2018 Sch 1 condition"}}, true},
		{ruleCase{"nothing", nil, "2026-06-19", false, CodeNoPart3Condition, lead, nil}, true},
		{ruleCase{"unknown", []Condition{Sch8Para9, Condition(63)}, "2026-06-19", false, CodeConditionUnknown, "", nil}, true},
		{ruleCase{"zero date", []Condition{S35Consent}, "", false, CodeDateUnknown, "", nil}, true},
	}
	for _, tt := range tests {
		checkRule(t, tt.ruleCase, Part3Sensitive(tt.conds, tt.apd, date(tt.on)))
	}
}

func TestRecognisedLegitimateInterest(t *testing.T) {
	const lead = "UK GDPR Art 6(1)(ea), 6(5)-(10), Annex 1"
	const rli = "UK GDPR Art 6(1)(ea), 6(5)-(10), Annex 1; DUAA s70, Sch 4; SI 2026/82 reg 2"
	tests := []ruleCase{
		{"before commencement", []Condition{Annex1Para5}, "2026-02-04", false, CodeNotYetInForce, rli,
			[]string{"in force from 2026-02-05"}},
		{"crime", []Condition{Annex1Para5}, "2026-02-05", true, CodeOK,
			lead + "; UK GDPR Art 6(1)(ea), Annex 1 para 5; DUAA s70, Sch 4; SI 2026/82 reg 2", []string{"annex-1-para-5"}},
		{"emergencies and safeguarding", []Condition{Annex1Para3, Annex1Para6}, "2026-06-19", true, CodeOK,
			lead + "; UK GDPR Art 6(1)(ea), Annex 1 paras 3-4; DUAA s70, Sch 4; SI 2026/82 reg 2; UK GDPR Art 6(1)(ea), Annex 1 para 6; DUAA s70, Sch 4; SI 2026/82 reg 2", nil},
		{"Sch 1 crime condition is not Annex 1", []Condition{Sch1Para10}, "2026-06-19", false, CodeWrongFamily, lead,
			[]string{"sch-1-para-10 is a DPA 2018 Sch 1 condition"}},
		{"nothing", nil, "2026-06-19", false, CodeNoAnnex1Condition, lead, nil},
		{"unknown", []Condition{Condition(255)}, "2026-06-19", false, CodeConditionUnknown, "", nil},
		{"zero date", []Condition{Annex1Para2}, "", false, CodeDateUnknown, "", nil},
	}
	for _, tt := range tests {
		checkRule(t, tt, RecognisedLegitimateInterest(tt.conds, date(tt.on)))
	}
}

func TestNeedsSch1(t *testing.T) {
	type got struct {
		Part  int
		Needs bool
		List  []Condition
	}
	part2 := []Condition{Sch1Para6, Sch1Para7, Sch1Para8, Sch1Para9, Sch1Para10, Sch1Para11, Sch1Para12, Sch1Para13,
		Sch1Para14, Sch1Para15, Sch1Para16, Sch1Para17, Sch1Para18, Sch1Para19, Sch1Para20, Sch1Para21, Sch1Para22,
		Sch1Para23, Sch1Para24, Sch1Para25, Sch1Para26, Sch1Para27, Sch1Para28}
	want := map[Condition]got{
		Art9B: {1, true, []Condition{Sch1Para1}},
		Art9G: {2, true, part2},
		Art9H: {1, true, []Condition{Sch1Para2}},
		Art9I: {1, true, []Condition{Sch1Para3}},
		Art9J: {1, true, []Condition{Sch1Para4}},
	}
	for _, c := range append(Conditions(), ConditionUnspecified, Condition(111)) {
		p, n := c.NeedsSch1()
		g := got{p, n, c.Sch1Conditions()}
		if diff := cmp.Diff(want[c], g, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%v (-want +got):\n%s", c, diff)
		}
	}
}

func TestNeedsPolicyDocument(t *testing.T) {
	want := map[Condition]bool{Sch1Para1: true, Sch1Para35: true, S35Consent: true}
	for c := Sch1Para6; c <= Sch1Para28; c++ {
		want[c] = c != Sch1Para13 // para 13: no APD (docs/law.md §3.2); para 10: yes, fail safe
	}
	for c := Sch8Para1; c <= Sch8Para9; c++ {
		want[c] = true
	}
	for _, c := range append(Conditions(), ConditionUnspecified, Condition(100)) {
		if got := c.NeedsPolicyDocument(); got != want[c] {
			t.Errorf("%v.NeedsPolicyDocument() = %v, want %v", c, got, want[c])
		}
	}
}

// TestRulesNeverOKOnZeroDate: every rule fails safe on a zero date, for
// every basis and every single condition.
func TestRulesNeverOKOnZeroDate(t *testing.T) {
	var zero civil.Date
	for _, b := range Bases() {
		for _, r := range Regimes() {
			if BasisValid(r, b, zero).OK {
				t.Errorf("BasisValid(%v, %v, zero) OK", r, b)
			}
		}
		for _, task := range []bool{false, true} {
			if PublicAuthorityBasis(b, task, zero).OK {
				t.Errorf("PublicAuthorityBasis(%v, %v, zero) OK", b, task)
			}
		}
	}
	for _, c := range Conditions() {
		cs := []Condition{c}
		for _, res := range []Result{SpecialCategory(PublicTask, cs, zero), CriminalOffence(cs, zero),
			Part3Sensitive(cs, true, zero), RecognisedLegitimateInterest(cs, zero)} {
			if res.OK || res.Code != CodeDateUnknown {
				t.Errorf("%v on the zero date: %+v", c, res)
			}
		}
	}
}

// TestSingleConditionFamilies: across every condition and date, a rule is
// satisfied by a single condition only if it is of the rule's family.
func TestSingleConditionFamilies(t *testing.T) {
	for _, on := range commencementDates {
		for _, c := range Conditions() {
			cs := []Condition{c}
			f := c.Family()
			if got, want := CriminalOffence(cs, on).OK, f == FamilyArt10 || f == FamilySch1; got != want {
				t.Errorf("CriminalOffence(%v, %v).OK = %v, want %v", c, on, got, want)
			}
			if got, want := Part3Sensitive(cs, true, on).OK, f == FamilyS35 || f == FamilySch8; got != want {
				t.Errorf("Part3Sensitive(%v, %v).OK = %v, want %v", c, on, got, want)
			}
			if got, want := RecognisedLegitimateInterest(cs, on).OK, f == FamilyAnnex1 && !on.Before(d("2026-02-05")); got != want {
				t.Errorf("RecognisedLegitimateInterest(%v, %v).OK = %v, want %v", c, on, got, want)
			}
			_, needs := c.NeedsSch1()
			if got, want := SpecialCategory(PublicTask, cs, on).OK, f == FamilyArt9 && !needs; got != want {
				t.Errorf("SpecialCategory(%v, %v).OK = %v, want %v", c, on, got, want)
			}
		}
	}
}
