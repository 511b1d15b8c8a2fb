package lawfulbasis_test

import (
	"encoding/json"
	"fmt"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/lawfulbasis"
)

func show(r lawfulbasis.Result) {
	fmt.Printf("ok=%v code=%s\n  reason: %s\n  citation: %s\n  flag: %s\n", r.OK, r.Code, r.Reason, r.Citation, r.Flag)
}

func ExampleParseRegime() {
	r, err := lawfulbasis.ParseRegime("dpa-2018-part-3")
	fmt.Println(r, err)
	_, err = lawfulbasis.ParseRegime("gdpr")
	fmt.Println(err)
	// Output:
	// dpa-2018-part-3 <nil>
	// unknown regime "gdpr": want one of uk-gdpr, dpa-2018-part-3, eu-gdpr, eu-led
}

func ExampleParseBasis() {
	b, err := lawfulbasis.ParseBasis("public-task")
	fmt.Println(b, err, b.Info().Citation)
	// Output: public-task <nil> UK GDPR Art 6(1)(e), 6(3); DPA 2018 s8
}

func ExampleParseCondition() {
	c, err := lawfulbasis.ParseCondition("sch-1-para-10")
	fmt.Println(c, err, c.Info().Name)
	// Output: sch-1-para-10 <nil> Preventing or detecting unlawful acts
}

func ExampleRegimes() {
	for _, r := range lawfulbasis.Regimes() {
		fmt.Println(r, "-", r.Info().Name)
	}
	// Output:
	// uk-gdpr - UK GDPR, read with DPA 2018 Part 2 (general processing)
	// dpa-2018-part-3 - DPA 2018 Part 3 (law-enforcement processing by a competent authority)
	// eu-gdpr - EU GDPR (Regulation (EU) 2016/679)
	// eu-led - EU Law Enforcement Directive (Directive (EU) 2016/680)
}

func ExampleBases() {
	for _, b := range lawfulbasis.Bases() {
		fmt.Printf("%-32s %s\n", b, b.Info().Citation)
	}
	// Output:
	// consent                          UK GDPR Art 6(1)(a), Art 7; DPA 2018 s35(2)(a)
	// contract                         UK GDPR Art 6(1)(b)
	// legal-obligation                 UK GDPR Art 6(1)(c), 6(3)
	// vital-interests                  UK GDPR Art 6(1)(d)
	// public-task                      UK GDPR Art 6(1)(e), 6(3); DPA 2018 s8
	// recognised-legitimate-interests  UK GDPR Art 6(1)(ea), 6(5)-(10), Annex 1; DUAA s70, Sch 4; SI 2026/82 reg 2
	// legitimate-interests             UK GDPR Art 6(1)(f)
	// law-enforcement-task             DPA 2018 s35(2)(b)
}

func ExampleConditions() {
	n := map[lawfulbasis.Family]int{}
	for _, c := range lawfulbasis.Conditions() {
		n[c.Family()]++
	}
	fmt.Println(len(lawfulbasis.Conditions()), n[lawfulbasis.FamilyArt9], n[lawfulbasis.FamilySch1], n[lawfulbasis.FamilySch8], n[lawfulbasis.FamilyAnnex1])
	// Output: 62 10 36 9 5
}

func ExampleBasis_Info() {
	it := lawfulbasis.RecognisedLegitimateInterests.Info()
	fmt.Println(it.Name, "from", it.From, it.Flag)
	it = lawfulbasis.PublicTask.Info()
	for _, ch := range it.Changes {
		fmt.Println(ch.On, ch.Citation)
	}
	// Output:
	// Recognised legitimate interests from 2026-02-05 verified
	// 2025-08-20 UK GDPR Art 6(3); DUAA s72(2); SI 2025/904 reg 2
	// 2026-02-05 UK GDPR Art 6(1)(e); DUAA s70(2)(a), s70(7); SI 2026/82 reg 2
}

func ExampleRegime_Info() {
	it := lawfulbasis.UKGDPR.Info()
	fmt.Printf("%s; from %q; %s\n", it.Citation, it.From, it.Note)
	// Output: UK GDPR; DPA 2018 Part 2; from ""; in-force date not stated in the reference (docs/law.md); From left unbounded
}

func ExampleCondition_Info() {
	for _, c := range []lawfulbasis.Condition{lawfulbasis.Art9F, lawfulbasis.Sch1Para10} {
		it := c.Info()
		fmt.Println(it.Code, "-", it.Citation)
		for _, ch := range it.Changes {
			fmt.Println("  from", ch.On, ch.What)
		}
	}
	// Output:
	// art-9-2-f - UK GDPR Art 9(2)(f)
	//   from 2025-08-20 courts or tribunals ("or tribunals" added)
	// sch-1-para-10 - DPA 2018 Sch 1 Part 2 para 10
	//   from 2026-02-05 preventing, detecting or investigating unlawful acts ("investigating" added)
}

func ExampleItem_InForce() {
	it := lawfulbasis.Annex1Para5.Info()
	fmt.Println(it.InForce(civil.MustParse("2026-02-04")), it.InForce(civil.MustParse("2026-02-05")), it.InForce(civil.Date{}))
	// Output: false true false
}

func ExampleCondition_Family() {
	fmt.Println(lawfulbasis.Art9G.Family(), lawfulbasis.Sch8Para3.Family(), lawfulbasis.S35Consent.Family())
	// Output: art-9 sch-8 s35-4
}

func ExampleCondition_Part() {
	fmt.Println(lawfulbasis.Sch1Para2.Part(), lawfulbasis.Sch1Para18.Part(), lawfulbasis.Sch1Para36.Part(), lawfulbasis.Art9G.Part())
	// Output: 1 2 3 0
}

func ExampleCondition_NeedsSch1() {
	for _, c := range []lawfulbasis.Condition{lawfulbasis.Art9A, lawfulbasis.Art9B, lawfulbasis.Art9G} {
		part, needs := c.NeedsSch1()
		fmt.Println(c, needs, part)
	}
	// Output:
	// art-9-2-a false 0
	// art-9-2-b true 1
	// art-9-2-g true 2
}

func ExampleCondition_Sch1Conditions() {
	fmt.Println(lawfulbasis.Art9H.Sch1Conditions())
	g := lawfulbasis.Art9G.Sch1Conditions()
	fmt.Println(len(g), g[0], g[len(g)-1])
	// Output:
	// [sch-1-para-2]
	// 23 sch-1-para-6 sch-1-para-28
}

func ExampleCondition_NeedsPolicyDocument() {
	for _, c := range []lawfulbasis.Condition{lawfulbasis.Sch1Para1, lawfulbasis.Sch1Para2, lawfulbasis.Sch1Para6,
		lawfulbasis.Sch1Para13, lawfulbasis.Sch8Para1} {
		fmt.Println(c, c.NeedsPolicyDocument())
	}
	// Output:
	// sch-1-para-1 true
	// sch-1-para-2 false
	// sch-1-para-6 true
	// sch-1-para-13 false
	// sch-8-para-1 true
}

func ExampleFlag_String() {
	fmt.Println(lawfulbasis.Verified, lawfulbasis.VerifiedSecondary, lawfulbasis.Derived, lawfulbasis.Unverified)
	// Output: verified verified-secondary derived unverified
}

func ExampleFlag_MarshalText() {
	b, _ := json.Marshal(map[string]lawfulbasis.Flag{"flag": lawfulbasis.Derived})
	fmt.Println(string(b))
	// Output: {"flag":"derived"}
}

func ExampleFamily_String() {
	fmt.Println(lawfulbasis.FamilySch1, lawfulbasis.FamilyArt10, lawfulbasis.FamilyAnnex1)
	// Output: sch-1 art-10 annex-1
}

// Codes are JSON strings; unknown codes are rejected when decoding.
func ExampleBasis_UnmarshalText() {
	var v struct {
		Regime lawfulbasis.Regime      `json:"regime"`
		Basis  lawfulbasis.Basis       `json:"basis"`
		Conds  []lawfulbasis.Condition `json:"conditions"`
	}
	err := json.Unmarshal([]byte(`{"regime":"uk-gdpr","basis":"public-task","conditions":["art-9-2-g","sch-1-para-6"]}`), &v)
	fmt.Println(v.Regime, v.Basis, v.Conds, err)
	err = json.Unmarshal([]byte(`{"basis":"public-interest"}`), &v)
	fmt.Println(err != nil)
	out, _ := json.Marshal(v.Conds)
	fmt.Println(string(out))
	// Output:
	// uk-gdpr public-task [art-9-2-g sch-1-para-6] <nil>
	// true
	// ["art-9-2-g","sch-1-para-6"]
}

func ExampleBasis_MarshalText() {
	_, err := lawfulbasis.BasisUnspecified.MarshalText()
	fmt.Println(err)
	// Output: basis: cannot marshal unspecified or invalid value 0
}

func ExampleBasisValid() {
	show(lawfulbasis.BasisValid(lawfulbasis.UKGDPR, lawfulbasis.RecognisedLegitimateInterests, civil.MustParse("2026-01-10")))
	show(lawfulbasis.BasisValid(lawfulbasis.DPA2018Part3, lawfulbasis.LawEnforcementTask, civil.MustParse("2026-01-10")))
	// Output:
	// ok=false code=not-yet-in-force
	//   reason: recognised-legitimate-interests is in force from 2026-02-05, not on 2026-01-10
	//   citation: UK GDPR Art 6(1)(ea); SI 2026/82 reg 2
	//   flag: verified
	// ok=true code=ok
	//   reason: law-enforcement-task is a lawful basis under dpa-2018-part-3 on 2026-01-10
	//   citation: DPA 2018 s35(2)(b)
	//   flag: verified
}

func ExamplePublicAuthorityBasis() {
	on := civil.MustParse("2026-03-01")
	show(lawfulbasis.PublicAuthorityBasis(lawfulbasis.LegitimateInterests, true, on))
	show(lawfulbasis.PublicAuthorityBasis(lawfulbasis.LegitimateInterests, false, on))
	// Output:
	// ok=false code=public-authority-legitimate-interests
	//   reason: a public authority may not rely on legitimate-interests for processing in the performance of its tasks; public-task is the basis to consider
	//   citation: UK GDPR Art 6(1) second subparagraph, as amended by DUAA s70(2)(c); DPA 2018 s7
	//   flag: verified
	// ok=true code=outside-public-tasks
	//   reason: a public authority may rely on legitimate-interests only for processing outside the performance of its tasks (derived: docs/law.md §2.2)
	//   citation: UK GDPR Art 6(1) second subparagraph, as amended by DUAA s70(2)(c); DPA 2018 s7
	//   flag: derived
}

func ExampleSpecialCategory() {
	on := civil.MustParse("2026-03-01")
	show(lawfulbasis.SpecialCategory(lawfulbasis.PublicTask, []lawfulbasis.Condition{lawfulbasis.Art9G, lawfulbasis.Sch1Para18}, on))
	show(lawfulbasis.SpecialCategory(lawfulbasis.PublicTask, []lawfulbasis.Condition{lawfulbasis.Sch8Para4}, on))
	// Output:
	// ok=true code=ok
	//   reason: special-category processing meets art-9-2-g, sch-1-para-18 with Art 6(1) basis public-task
	//   citation: UK GDPR Art 9(2) as amended by DUAA Sch 11 para 4(a); UK GDPR Art 6(1)(e); UK GDPR Art 9(2)(g); DPA 2018 s10(1)(b), s10(3); DPA 2018 Sch 1 Part 2 para 18
	//   flag: verified
	// ok=false code=wrong-family
	//   reason: no UK GDPR Art 9(2) condition is given: sch-8-para-4 is a DPA 2018 Part 3 condition (Sch 8)
	//   citation: UK GDPR Art 9(1)-(2)
	//   flag: verified
}

func ExampleCriminalOffence() {
	show(lawfulbasis.CriminalOffence([]lawfulbasis.Condition{lawfulbasis.Sch1Para6}, civil.MustParse("2026-03-01")))
	// Output:
	// ok=true code=ok
	//   reason: criminal-offence processing meets sch-1-para-6; sch-1-para-6 also needs an appropriate policy document
	//   citation: UK GDPR Art 10(1); DPA 2018 s10(4)-(5); DPA 2018 Sch 1 Part 2 para 6
	//   flag: verified
}

func ExamplePart3Sensitive() {
	on := civil.MustParse("2026-03-01")
	show(lawfulbasis.Part3Sensitive([]lawfulbasis.Condition{lawfulbasis.Sch8Para1}, false, on))
	show(lawfulbasis.Part3Sensitive([]lawfulbasis.Condition{lawfulbasis.Sch8Para1}, true, on))
	// Output:
	// ok=false code=no-policy-document
	//   reason: sensitive processing under Part 3 (sch-8-para-1) needs an appropriate policy document in place
	//   citation: DPA 2018 s35(3)-(5), s42
	//   flag: verified
	// ok=true code=ok
	//   reason: case 2: sch-8-para-1 with an appropriate policy document, if the processing is strictly necessary for the law-enforcement purpose (not checked)
	//   citation: DPA 2018 s35(3)-(5), s42; DPA 2018 s35(5), Sch 8 para 1, s42
	//   flag: verified
}

func ExampleRecognisedLegitimateInterest() {
	show(lawfulbasis.RecognisedLegitimateInterest([]lawfulbasis.Condition{lawfulbasis.Annex1Para6}, civil.MustParse("2026-03-01")))
	// Output:
	// ok=true code=ok
	//   reason: recognised legitimate interest meets annex-1-para-6
	//   citation: UK GDPR Art 6(1)(ea), 6(5)-(10), Annex 1; UK GDPR Art 6(1)(ea), Annex 1 para 6; DUAA s70, Sch 4; SI 2026/82 reg 2
	//   flag: verified
}

func ExampleDates() {
	for _, d := range lawfulbasis.Dates()[:2] {
		fmt.Println(d.On, d.What)
	}
	fmt.Println(lawfulbasis.RegimeExists(lawfulbasis.UKGDPR, civil.MustParse("2020-12-31")))
	// Output:
	// 2018-05-25 EU GDPR applies; DPA 2018 Parts 2 and 3 in force
	// 2021-01-01 UK GDPR exists (IP completion day, 31 Dec 2020 23:00)
	// UK GDPR, read with DPA 2018 Part 2 (general processing) did not exist on 2020-12-31: it applies from 2021-01-01 (EU(W)A 2018 s3; SI 2019/419); give a date on or after 2021-01-01
}
