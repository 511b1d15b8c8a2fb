package rights

import (
	"fmt"
	"strings"

	"github.com/noticekit/noticekit/civil"
	lb "github.com/noticekit/noticekit/lawfulbasis"
)

// Entry says whether one right applies, with the provision and a one-line
// reason.
type Entry struct {
	Right    Right  `json:"right"`
	Status   Status `json:"status"`
	Citation string `json:"citation"` // article or section, e.g. "UK GDPR Art 17(3)(b)"
	Reason   string `json:"reason"`   // one line, English; flags DERIVED and UNVERIFIED law
}

// For returns every right (in the order of All) for processing under
// regime on lawful basis basis, as the law stood on the date on.
//
// The tables reproduce the project's legal reference (docs/law.md): §5.1 and
// §5.2 for UK GDPR, §6 for DPA 2018 Part 3, §8 for the EU GDPR and the EU
// LED. The basis-dependent rows for erasure, portability and objection
// (§5.2) are DERIVED from UK GDPR Arts 17(3)(b), 20(1)(a) and 21(1); the
// row for recognised legitimate interests (Art 6(1)(ea)) is derived only.
// Dated rows follow the DUAA 2025 commencements: objection to (ea)
// processing and Arts 22A-22D from 5 Feb 2026; complaints to the controller
// (s164A) from 19 Jun 2026, when UK GDPR Art 77 gives way to s165.
//
// It returns an error naming the allowed values when the regime or basis is
// unspecified or unknown, when the basis does not exist under the regime on
// the date (a Part 3 basis under uk-gdpr; recognised-legitimate-interests
// before 5 Feb 2026 or under eu-gdpr), or when on is the zero Date. The
// basis is checked with lawfulbasis.BasisValid; for the EU LED, which
// BasisValid does not cover (docs/law.md has no row on LED bases), the bases are
// consent and the law-enforcement task, as issue 3 lists them.
func For(regime lb.Regime, basis lb.Basis, on civil.Date) ([]Entry, error) {
	if err := checkBasis(regime, basis, on); err != nil {
		return nil, err
	}
	var t table
	switch regime {
	case lb.UKGDPR:
		t = ukGDPR(basis, on)
	case lb.DPA2018Part3:
		t = part3(basis, on)
	case lb.EUGDPR:
		t = euGDPR(basis)
	case lb.EULED:
		t = euLED(basis)
	}
	out := make([]Entry, 0, numRights)
	for i, e := range t {
		e.Right = Right(i + 1)
		out = append(out, e)
	}
	return out, nil
}

// table holds one Entry per right, indexed by Right-1.
type table [numRights]Entry

func (t *table) set(r Right, s Status, citation, reason string) {
	t[r-1] = Entry{Right: r, Status: s, Citation: citation, Reason: reason}
}

// Bases returns the lawful bases that exist under regime on the date, in
// the order of lawfulbasis.Bases: UK GDPR Art 6(1)(a)-(f) with (ea) from 5
// Feb 2026; DPA 2018 s35(2) consent and law-enforcement task for Part 3 and
// the EU LED; Art 6(1)(a)-(f) for the EU GDPR. It returns nil for an
// unspecified or unknown regime or the zero Date.
func Bases(regime lb.Regime, on civil.Date) []lb.Basis {
	if on.IsZero() {
		return nil
	}
	switch regime {
	case lb.UKGDPR:
		bs := []lb.Basis{lb.Consent, lb.Contract, lb.LegalObligation, lb.VitalInterests, lb.PublicTask}
		if !on.Before(duaaFeb) {
			bs = append(bs, lb.RecognisedLegitimateInterests)
		}
		return append(bs, lb.LegitimateInterests)
	case lb.EUGDPR:
		return []lb.Basis{lb.Consent, lb.Contract, lb.LegalObligation, lb.VitalInterests, lb.PublicTask, lb.LegitimateInterests}
	case lb.DPA2018Part3, lb.EULED:
		return []lb.Basis{lb.Consent, lb.LawEnforcementTask}
	}
	return nil
}

func codes[T fmt.Stringer](vs []T) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = v.String()
	}
	return strings.Join(s, ", ")
}

func checkBasis(regime lb.Regime, basis lb.Basis, on civil.Date) error {
	if on.IsZero() {
		return requestError("rights", "on", nil, "date is missing: want the date the law is read at (YYYY-MM-DD)")
	}
	known := false
	for _, r := range lb.Regimes() {
		known = known || r == regime
	}
	if !known {
		return requestError("rights", "regime", nil, "regime %q is not specified or unknown: want one of %s", regime, codes(lb.Regimes()))
	}
	if err := lb.RegimeExists(regime, on); err != nil {
		// No law to answer from (docs/law.md §11.2): a clear refusal, not a
		// table. The *lawfulbasis.BeforeRegimeError stays reachable by
		// errors.As.
		return requestError("rights", "on", err, "%s", err)
	}
	allowed := Bases(regime, on)
	if basis == lb.BasisUnspecified {
		return requestError("rights", "basis", nil, "basis is not specified: want one of %s under %s on %s", codes(allowed), regime, on)
	}
	if regime == lb.EULED {
		// lawfulbasis.BasisValid does not cover the EU LED (docs/law.md has no
		// row on LED bases); issue 3 gives them as consent and the
		// law-enforcement task, mirroring DPA 2018 s35(2).
		if contains(allowed, basis) {
			return nil
		}
		return requestError("rights", "basis", nil, "basis %q is not a lawful basis under %s on %s: want one of %s", basis, regime, on, codes(allowed))
	}
	res := lb.BasisValid(regime, basis, on)
	switch {
	case res.OK:
		return nil
	case res.Code == lb.CodeNotYetInForce || res.Code == lb.CodeNoLongerInForce:
		return requestError("rights", "basis", nil, "basis %q is not in force under %s on %s: %s (%s): want one of %s",
			basis, regime, on, res.Reason, res.Citation, codes(allowed))
	case res.Citation != "":
		return requestError("rights", "basis", nil, "basis %q is not a lawful basis under %s on %s (%s): want one of %s",
			basis, regime, on, res.Citation, codes(allowed))
	}
	return requestError("rights", "basis", nil, "basis %q is not a lawful basis under %s on %s: want one of %s", basis, regime, on, codes(allowed))
}

// ukGDPR is docs/law.md §5.1 and §5.2 (DERIVED for the basis-dependent rows).
func ukGDPR(basis lb.Basis, on civil.Date) table {
	var t table
	gdprCommon(&t, "UK GDPR", basis)

	access := "confirmation, a copy of the personal data and the supplementary information"
	if !on.Before(reasonableSearchFrom) {
		access += ", found by a reasonable and proportionate search (Art 15(1A), in force as from " + reasonableSearchFrom.String() + " by DUAA s78(5))"
	}
	t.set(Access, Applies, "UK GDPR Art 15", access)

	// Art 21(1) as amended by DUAA s70(5): (e), (ea) from 5 Feb 2026, (f).
	// The (ea) row of docs/law.md §5.2 is DERIVED only (the ICO's table was not seen).
	if basis == lb.RecognisedLegitimateInterests {
		t.set(Object, Applies, "UK GDPR Art 21(1) (as amended by DUAA s70(5))",
			"particular-situation objection to Art 6(1)(ea) processing; the controller must stop unless it shows compelling legitimate grounds or needs the data for legal claims (DERIVED: docs/law.md §5.2, the (ea) row is derived only)")
		t.set(Erasure, Applies, "UK GDPR Art 17(1)",
			"erasure on the Art 17(1) grounds; no Art 17(3) exception is keyed to Art 6(1)(ea) (DERIVED: docs/law.md §5.2, the (ea) row is derived only)")
	}

	if on.Before(duaaFeb) {
		t.set(AutomatedDecisionMaking, Applies, "UK GDPR Art 22; DPA 2018 s14",
			"no decision based solely on automated processing with legal or similarly significant effects save the Art 22(2) exceptions, with the s14 notify-and-reconsider safeguards (law before "+duaaFeb.String()+")")
	} else {
		adm := "solely automated significant decisions need the Art 22C safeguards: information, representations, human intervention and contest (Arts 22A-22D from " + duaaFeb.String() + ", SI 2026/82)"
		if basis == lb.RecognisedLegitimateInterests {
			adm += "; no such decision may rely on Art 6(1)(ea) processing (Art 22B(4))"
		}
		t.set(AutomatedDecisionMaking, Applies, "UK GDPR Arts 22A-22D", adm)
	}

	if on.Before(duaaJun) {
		t.set(ComplainToController, DoesNotApply, "DPA 2018 s164A",
			"the right to complain to the controller applies from "+duaaJun.String()+" (DUAA s103, SI 2026/82 reg 3)")
		t.set(ComplainToCommissioner, Applies, "UK GDPR Art 77",
			"complaint to the Information Commissioner (Art 77 until it is omitted on "+duaaJun.String()+")")
	} else {
		t.set(ComplainToController, Applies, "DPA 2018 s164A",
			"complaint to the controller, who must facilitate it, acknowledge it within 30 days and respond without undue delay (in force "+duaaJun.String()+")")
		t.set(ComplainToCommissioner, Applies, "DPA 2018 s165",
			"complaint to the Information Commissioner under s165, which covers UK GDPR complaints from "+duaaJun.String()+" (Art 77 omitted)")
	}
	return t
}

// euGDPR is the EU GDPR read as UK GDPR without the DUAA changes (docs/law.md
// §8.1): Art 22 for ADM, Art 77 for complaints, no (ea), no complaint to
// the controller.
func euGDPR(basis lb.Basis) table {
	var t table
	gdprCommon(&t, "GDPR", basis)
	t.set(Access, Applies, "GDPR Art 15", "confirmation, a copy of the personal data and the supplementary information")
	t.set(AutomatedDecisionMaking, Applies, "GDPR Art 22",
		"no decision based solely on automated processing with legal or similarly significant effects save the Art 22(2) exceptions, with safeguards")
	t.set(ComplainToController, DoesNotApply, "GDPR (no provision)",
		"the EU GDPR gives no statutory right to complain to the controller; complaints go to a supervisory authority (DERIVED from docs/law.md §8.1)")
	t.set(ComplainToCommissioner, Applies, "GDPR Art 77", "complaint to a supervisory authority")
	return t
}

// gdprCommon fills the rows that UK GDPR and the EU GDPR share; law is
// "UK GDPR" or "GDPR". Erasure, portability and objection per basis are
// docs/law.md §5.2, which is DERIVED from Arts 17(3)(b), 20(1)(a) and 21(1).
func gdprCommon(t *table, law string, basis lb.Basis) {
	t.set(BeInformed, Applies, law+" Arts 13, 14",
		"Art 13 information when the data are collected from the data subject; Art 14 information within a reasonable period (at most one month) otherwise")
	t.set(Rectification, Applies, law+" Art 16", "inaccurate data rectified and incomplete data completed without undue delay")
	t.set(Restriction, Applies, law+" Art 18",
		"processing limited to storage while accuracy or an objection is checked, where processing is unlawful and erasure is opposed, or where the data subject needs the data for legal claims")
	t.set(ObjectDirectMarketing, Applies, law+" Art 21(2)-(3)",
		"absolute: processing for direct marketing, and profiling related to it, must stop on objection")

	switch basis {
	case lb.LegalObligation, lb.PublicTask:
		t.set(Erasure, DoesNotApply, law+" Art 17(3)(b)",
			"erasure does not apply to processing necessary for a legal obligation or a public task (DERIVED: docs/law.md §5.2)")
	default:
		t.set(Erasure, Applies, law+" Art 17(1)",
			"erasure on the Art 17(1) grounds, subject to the Art 17(3) exceptions (DERIVED: docs/law.md §5.2)")
	}
	switch basis {
	case lb.Consent, lb.Contract:
		t.set(Portability, Qualified, law+" Art 20(1)",
			"only for data the data subject provided and processing carried out by automated means (DERIVED: docs/law.md §5.2)")
	default:
		t.set(Portability, DoesNotApply, law+" Art 20(1)(a)",
			"portability applies only to processing based on consent or contract (DERIVED: docs/law.md §5.2)")
	}
	switch basis {
	case lb.PublicTask, lb.LegitimateInterests:
		t.set(Object, Applies, law+" Art 21(1)",
			"particular-situation objection; the controller must stop unless it shows compelling legitimate grounds or needs the data for legal claims (DERIVED: docs/law.md §5.2)")
	case lb.Consent:
		t.set(Object, DoesNotApply, law+" Art 21(1)",
			"Art 21(1) covers processing based on a public task or legitimate interests; under consent the data subject withdraws consent instead (Art 7(3)), which is an erasure ground (Art 17(1)(b)) (DERIVED: docs/law.md §5.2)")
	default:
		t.set(Object, DoesNotApply, law+" Art 21(1)",
			"Art 21(1) covers only processing based on a public task or (recognised) legitimate interests (DERIVED: docs/law.md §5.2)")
	}
	if basis == lb.Consent {
		t.set(WithdrawConsent, Applies, law+" Art 7(3)",
			"consent may be withdrawn at any time, as easily as it was given; earlier processing stays lawful")
	} else {
		t.set(WithdrawConsent, DoesNotApply, law+" Art 7(3)", "the processing is not based on consent")
	}
}

// part3 is docs/law.md §6 (DPA 2018 Part 3, law-enforcement processing).
func part3(basis lb.Basis, on civil.Date) table {
	var t table
	grounds := "the s%s grounds: inquiries, crime, public security, rights of others"
	if nationalSecurityMoved(on) {
		grounds += " (national security now the s78A exemption: commencement UNVERIFIED, see RestrictionGrounds)"
	} else {
		grounds += ", national security"
	}
	ground := func(s string) string { return fmt.Sprintf(grounds, s) }

	t.set(BeInformed, Qualified, "DPA 2018 s44",
		"the general information (s44(1)) always; the specific-case information (s44(2)) may be restricted on "+ground("44(4)"))
	access := "confirmation, access and the s45(1) information; may be restricted wholly or partly on " + ground("45(4)")
	if !on.Before(reasonableSearchFrom) {
		access += "; reasonable and proportionate search (s45(2A), as from " + reasonableSearchFrom.String() + ")"
	}
	t.set(Access, Qualified, "DPA 2018 s45", access)
	t.set(Rectification, Qualified, "DPA 2018 s46, s48",
		"rectify without undue delay, or restrict instead where the data must be kept as evidence; the reasons for a refusal may be withheld on "+ground("48(3)"))
	t.set(Erasure, Qualified, "DPA 2018 s47, s48",
		"erase where processing would infringe the Part 3 principles or a legal obligation requires it, or restrict instead where the data are needed as evidence; the reasons for a refusal may be withheld on "+ground("48(3)"))
	t.set(Restriction, Qualified, "DPA 2018 s47, s48",
		"restriction instead of erasure where the data are needed as evidence, or where accuracy is contested and cannot be verified; the reasons for a refusal may be withheld on "+ground("48(3)"))
	t.set(Portability, DoesNotApply, "DPA 2018 s43(1)",
		"there is no right to data portability in Part 3 (the rights are the closed list of s43(1))")
	t.set(Object, DoesNotApply, "DPA 2018 s43(1)",
		"there is no right to object in Part 3 (the rights are the closed list of s43(1))")
	t.set(ObjectDirectMarketing, DoesNotApply, "DPA 2018 s43(1)",
		"there is no right to object in Part 3 (the rights are the closed list of s43(1))")
	if on.Before(duaaFeb) {
		t.set(AutomatedDecisionMaking, Applies, "DPA 2018 ss49-50",
			"no significant decision based solely on automated processing unless required or authorised by law; the data subject may ask within one month for reconsideration or a new decision (law before "+duaaFeb.String()+")")
	} else {
		t.set(AutomatedDecisionMaking, Qualified, "DPA 2018 ss50A-50D",
			"s50C safeguards (information, representations, human intervention, contest), which may be disapplied for the listed law-enforcement reasons if the decision is reconsidered with meaningful human involvement (from "+duaaFeb.String()+")")
	}
	switch {
	case basis != lb.Consent:
		t.set(WithdrawConsent, DoesNotApply, "DPA 2018 s35(2)(a)", "the processing is not based on consent")
	case on.Before(part3ConsentFrom):
		t.set(WithdrawConsent, DoesNotApply, "DPA 2018 s40A",
			"no express Part 3 right to withdraw consent before s40A (DUAA s69), in force from "+part3ConsentFrom.String()+", two months after Royal Assent (DERIVED date)")
	default:
		t.set(WithdrawConsent, Applies, "DPA 2018 s40A",
			"consent may be withdrawn at any time, as easily as it was given (s40A, from "+part3ConsentFrom.String()+": DERIVED date, two months after Royal Assent)")
	}
	if on.Before(duaaJun) {
		t.set(ComplainToController, DoesNotApply, "DPA 2018 s164A",
			"the right to complain to the controller applies from "+duaaJun.String()+" (DUAA s103, SI 2026/82 reg 3)")
	} else {
		t.set(ComplainToController, Applies, "DPA 2018 s164A",
			"complaint to the controller, who must acknowledge it within 30 days and respond without undue delay (in force "+duaaJun.String()+")")
	}
	t.set(ComplainToCommissioner, Applies, "DPA 2018 s165", "complaint to the Information Commissioner")
	return t
}

// euLED is docs/law.md §8.2. Several of its rows are UNVERIFIED in the
// reference, and the reasons say so.
func euLED(basis lb.Basis) table {
	var t table
	t.set(BeInformed, Qualified, "LED Art 13",
		"the Art 13(1) information always; member-state law may delay, restrict or omit further information on listed grounds (Art 13(2)-(3) UNVERIFIED)")
	t.set(Access, Qualified, "LED Arts 14, 15",
		"access under Art 14, limited under Art 15 on grounds mirroring DPA 2018 s45(4) (Art 15 UNVERIFIED); may be exercised through the supervisory authority (Art 17)")
	t.set(Rectification, Qualified, "LED Art 16",
		"rectification without undue delay (Art 16(1)); refusals and their limits UNVERIFIED (Art 16(2)-(6) not read)")
	t.set(Erasure, Qualified, "LED Art 16",
		"erasure where the principles are infringed or a legal obligation requires it, restriction instead where data are kept as evidence (UNVERIFIED: Art 16(2)-(6) not read)")
	t.set(Restriction, Qualified, "LED Art 16",
		"restriction instead of erasure where accuracy is contested or data are kept as evidence (UNVERIFIED: Art 16(2)-(6) not read)")
	t.set(Portability, DoesNotApply, "LED (no provision)",
		"no right to data portability in the LED (UNVERIFIED: absence from recollection, consistent with DPA 2018 Part 3)")
	t.set(Object, DoesNotApply, "LED (no provision)",
		"no right to object in the LED (UNVERIFIED: absence from recollection, consistent with DPA 2018 Part 3)")
	t.set(ObjectDirectMarketing, DoesNotApply, "LED (no provision)",
		"no right to object in the LED (UNVERIFIED: absence from recollection, consistent with DPA 2018 Part 3)")
	t.set(AutomatedDecisionMaking, Qualified, "LED Art 11",
		"UNVERIFIED: the LED's automated-decision provision was not checked against its text (docs/law.md §10); check before relying")
	if basis == lb.Consent {
		t.set(WithdrawConsent, Qualified, "LED (member-state law)",
			"UNVERIFIED: the reference does not cover withdrawal of consent under the LED; see the member state's implementing law")
	} else {
		t.set(WithdrawConsent, DoesNotApply, "LED (member-state law)", "the processing is not based on consent")
	}
	t.set(ComplainToController, DoesNotApply, "LED (no provision)",
		"no right to complain to the controller in the LED (UNVERIFIED: absence not checked against the text)")
	t.set(ComplainToCommissioner, Applies, "LED Arts 13(1), 14",
		"the data subject must be told of the right to complain to a supervisory authority (Arts 13(1), 14)")
	return t
}
