package lawfulbasis

import (
	"strconv"

	"github.com/noticekit/noticekit/civil"
)

// SpecialCategory checks the conditions for processing special-category
// data under UK GDPR (docs/law.md §3.1):
//
//   - at least one Art 9(2) condition (Art 9(1)-(2));
//   - for (b), (h), (i) and (j) also the matching DPA 2018 Sch 1 Part 1
//     condition (s10(2)), and for (g) a Sch 1 Part 2 condition (s10(3)),
//     for every such Art 9(2) condition given;
//   - from 20 Aug 2025, an Art 6(1) basis b valid under UK GDPR on the date
//     (Art 9(2) chapeau, DUAA Sch 11 para 4(a); SI 2025/904 reg 2). Before
//     then b is not consulted and may be BasisUnspecified.
//
// Conditions of other families (Sch 8, s35(4) consent, Annex 1, Art 10)
// never satisfy the rule; a refusal names them. Sch 1 conditions only
// accompany an Art 9(2) condition. An appropriate policy document, where the
// Sch 1 condition needs one, is not checked here (see NeedsPolicyDocument).
func SpecialCategory(b Basis, conds []Condition, on civil.Date) Result {
	if on.IsZero() {
		return dateUnknown()
	}
	s, res, ok := scanConditions(conds, on, FamilyArt9, FamilySch1)
	if !ok {
		return res
	}
	var art9, sch1, wrong []Condition
	for _, c := range s.use {
		if c.Family() == FamilyArt9 {
			art9 = append(art9, c)
		} else {
			sch1 = append(sch1, c)
		}
	}
	wrong = s.other
	if len(art9) == 0 {
		r := missing(CodeNoArt9Condition, "UK GDPR Art 9(2) condition", "UK GDPR Art 9(1)-(2)", scan{other: wrong}, on)
		if len(sch1) > 0 {
			r.Reason += " (" + codes(sch1) + " only accompany an Art 9(2) condition)"
		}
		return r
	}
	used := append([]Condition(nil), art9...)
	for _, c := range art9 {
		part, needs := c.NeedsSch1()
		if !needs {
			continue
		}
		var found Condition
		for _, x := range sch1 {
			if c.satisfiesSch1(x) {
				found = x
				break
			}
		}
		if found == ConditionUnspecified {
			want := "a DPA 2018 Sch 1 Part " + strconv.Itoa(part) + " condition"
			if len(c.row().needs) == 1 {
				want = "the DPA 2018 Sch 1 condition " + c.row().needs[0].String()
			}
			reason := c.String() + " needs " + want
			if len(sch1) > 0 {
				reason += "; given " + codes(sch1) + ", which does not qualify"
			}
			return fail(CodeSch1ConditionNeeded, reason, c.Info().Citation, Verified)
		}
		used = append(used, found)
	}
	lead := "UK GDPR Art 9(1)-(2)"
	flag := Verified
	if !on.Before(duaaC1) {
		br := BasisValid(UKGDPR, b, on)
		if !br.OK {
			return fail(CodeNoArt6Basis, "from 2025-08-20 an Art 9(2) condition applies only if the processing is also based on Art 6(1): "+br.Reason,
				"UK GDPR Art 9(2) as amended by DUAA Sch 11 para 4(a); SI 2025/904 reg 2", Verified)
		}
		lead = "UK GDPR Art 9(2) as amended by DUAA Sch 11 para 4(a); " + br.Citation
		flag = weaker(flag, br.Flag)
	}
	cite, f := joinCites(lead, used)
	reason := "special-category processing meets " + codes(used)
	if !on.Before(duaaC1) {
		reason += " with Art 6(1) basis " + b.String()
	}
	if len(wrong) > 0 {
		reason += "; not counted: " + describe(wrong, on)
	}
	return Result{OK: true, Code: CodeOK, Reason: reason, Citation: cite, Flag: weaker(flag, f)}
}

// CriminalOffence checks UK GDPR Art 10 for criminal-offence data (docs/law.md
// §3.3): the processing is under the control of official authority
// (Art10OfficialAuthority), or meets a condition in DPA 2018 Sch 1 Part 1, 2
// or 3 (s10(4)-(5)). Art 9(2), Sch 8 and Annex 1 conditions never satisfy
// it; a refusal names them. Art 10 applies to processing based on Art 6(1),
// which BasisValid checks separately. Where a council or police force
// processes such data for a law-enforcement purpose as a competent authority,
// DPA 2018 Part 3 applies instead (Part3Sensitive).
func CriminalOffence(conds []Condition, on civil.Date) Result {
	const lead = "UK GDPR Art 10(1); DPA 2018 s10(4)-(5)"
	if on.IsZero() {
		return dateUnknown()
	}
	s, res, ok := scanConditions(conds, on, FamilyArt10, FamilySch1)
	if !ok {
		return res
	}
	if len(s.use) == 0 {
		return missing(CodeNoArt10Condition, "Art 10 official authority or DPA 2018 Sch 1 Part 1, 2 or 3 condition", lead, s, on)
	}
	cite, f := joinCites(lead, s.use)
	reason := "criminal-offence processing meets " + codes(s.use)
	var apd []Condition
	for _, c := range s.use {
		if c.NeedsPolicyDocument() {
			apd = append(apd, c)
		}
	}
	if len(apd) > 0 {
		reason += "; " + codes(apd) + " also needs an appropriate policy document"
	}
	if len(s.other) > 0 {
		reason += "; not counted: " + describe(s.other, on)
	}
	return Result{OK: true, Code: CodeOK, Reason: reason, Citation: cite, Flag: f}
}

// Part3Sensitive checks sensitive processing under DPA 2018 Part 3 (s35(3)-(5),
// s42; docs/law.md §4.2). It is permitted only in
//
//   - case 1: the data subject consented (S35Consent) and the controller has
//     an appropriate policy document; or
//   - case 2: the processing is strictly necessary for the law-enforcement
//     purpose, meets at least one Sch 8 condition, and the controller has an
//     appropriate policy document.
//
// Strict necessity is the controller's judgement and is not checked: an OK
// for case 2 says so. UK GDPR conditions (Art 9(2), Sch 1, Annex 1, Art 10)
// never satisfy the rule; a refusal names them.
func Part3Sensitive(conds []Condition, hasPolicyDocument bool, on civil.Date) Result {
	const lead = "DPA 2018 s35(3)-(5), s42"
	if on.IsZero() {
		return dateUnknown()
	}
	s, res, ok := scanConditions(conds, on, FamilyS35, FamilySch8)
	if !ok {
		return res
	}
	if len(s.use) == 0 {
		return missing(CodeNoPart3Condition, "DPA 2018 s35(4) consent or Sch 8 condition", lead, s, on)
	}
	if !hasPolicyDocument {
		return fail(CodeNoPolicyDocument, "sensitive processing under Part 3 ("+codes(s.use)+") needs an appropriate policy document in place", lead, Verified)
	}
	var case1 bool
	var sch8 []Condition
	for _, c := range s.use {
		if c == S35Consent {
			case1 = true
		} else {
			sch8 = append(sch8, c)
		}
	}
	var reason string
	switch {
	case case1 && len(sch8) > 0:
		reason = "case 1 (consent) and case 2 (" + codes(sch8) + ", if strictly necessary for the law-enforcement purpose: not checked), with an appropriate policy document"
	case case1:
		reason = "case 1: consent with an appropriate policy document"
	default:
		reason = "case 2: " + codes(sch8) + " with an appropriate policy document, if the processing is strictly necessary for the law-enforcement purpose (not checked)"
	}
	if len(s.other) > 0 {
		reason += "; not counted: " + describe(s.other, on)
	}
	cite, f := joinCites(lead, s.use)
	return Result{OK: true, Code: CodeOK, Reason: reason, Citation: cite, Flag: f}
}

// RecognisedLegitimateInterest checks that processing on the basis of UK
// GDPR Art 6(1)(ea) meets a condition in Annex 1 (Art 6(1)(ea), 6(5)-(10);
// docs/law.md §2.3). (ea) is in force from 5 Feb 2026 (SI 2026/82 reg 2); on an
// earlier date the answer is CodeNotYetInForce. It does not apply the
// public-authority restriction (PublicAuthorityBasis), and Art 9 or Art 10
// conditions are still needed for special-category or criminal-offence data.
// Annex 1 para 1 is only partly verified in the reference (docs/law.md §2.3, §9
// item 8): the Note of Annex1Para1.Info says so.
func RecognisedLegitimateInterest(conds []Condition, on civil.Date) Result {
	const lead = "UK GDPR Art 6(1)(ea), 6(5)-(10), Annex 1"
	if on.IsZero() {
		return dateUnknown()
	}
	if res, ok := inForce(RecognisedLegitimateInterests.Info(), on); !ok {
		return res
	}
	s, res, ok := scanConditions(conds, on, FamilyAnnex1)
	if !ok {
		return res
	}
	if len(s.use) == 0 {
		return missing(CodeNoAnnex1Condition, "UK GDPR Annex 1 condition", lead, s, on)
	}
	cite, f := joinCites(lead, s.use)
	reason := "recognised legitimate interest meets " + codes(s.use)
	if len(s.other) > 0 {
		reason += "; not counted: " + describe(s.other, on)
	}
	return Result{OK: true, Code: CodeOK, Reason: reason, Citation: cite, Flag: f}
}
