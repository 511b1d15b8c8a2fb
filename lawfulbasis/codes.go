package lawfulbasis

import (
	"github.com/noticekit/noticekit/internal/enum"
)

// Regime is the body of law that governs a processing activity. The zero
// value, RegimeUnspecified, means "not stated".
type Regime uint8

// Regimes.
const (
	RegimeUnspecified Regime = iota
	UKGDPR                   // uk-gdpr: UK GDPR read with DPA 2018 Part 2 (general processing)
	DPA2018Part3             // dpa-2018-part-3: DPA 2018 Part 3, law-enforcement processing by a competent authority (s29)
	EUGDPR                   // eu-gdpr: Regulation (EU) 2016/679, for comparison and for EU-facing processing
	EULED                    // eu-led: Directive (EU) 2016/680, the Law Enforcement Directive, for comparison
)

// notInReference is the Note for rows whose commencement the reference
// (docs/law.md) does not state: From stays zero ("no bound")
// rather than an invented date.
const notInReference = "in-force date not stated in the reference (docs/law.md); From left unbounded"

// regimeTable is the one source for regime codes, names and citations.
var regimeTable = [...]Item{
	{},
	UKGDPR: {Code: "uk-gdpr", Name: "UK GDPR, read with DPA 2018 Part 2 (general processing)",
		Citation: "UK GDPR; DPA 2018 Part 2", Flag: Verified, Note: notInReference},
	DPA2018Part3: {Code: "dpa-2018-part-3", Name: "DPA 2018 Part 3 (law-enforcement processing by a competent authority)",
		Citation: "DPA 2018 Part 3, s29-s31", Flag: Verified, Note: notInReference},
	EUGDPR: {Code: "eu-gdpr", Name: "EU GDPR (Regulation (EU) 2016/679)",
		Citation: "Regulation (EU) 2016/679", Flag: Verified, Note: notInReference},
	EULED: {Code: "eu-led", Name: "EU Law Enforcement Directive (Directive (EU) 2016/680)",
		Citation: "Directive (EU) 2016/680", Flag: Verified, Note: notInReference +
			"; the reference has no row on lawful bases under the LED, so BasisValid answers no for every basis"},
}

var regimeCodes = codesOf(regimeTable[:])

// Basis is a lawful basis for processing: one of UK GDPR Art 6(1)(a)–(f)
// with (ea), or the DPA 2018 s35(2) bases for Part 3. The zero value,
// BasisUnspecified, means "not stated".
type Basis uint8

// Bases.
const (
	BasisUnspecified              Basis = iota
	Consent                             // consent: Art 6(1)(a); Part 3 s35(2)(a)
	Contract                            // contract: Art 6(1)(b)
	LegalObligation                     // legal-obligation: Art 6(1)(c)
	VitalInterests                      // vital-interests: Art 6(1)(d)
	PublicTask                          // public-task: Art 6(1)(e)
	RecognisedLegitimateInterests       // recognised-legitimate-interests: Art 6(1)(ea), from 5 Feb 2026
	LegitimateInterests                 // legitimate-interests: Art 6(1)(f)
	LawEnforcementTask                  // law-enforcement-task: DPA 2018 s35(2)(b)
)

// Commencement dates the tables use, from the one table of the law's dates
// (Dates; docs/law.md §1).
var (
	duaaPart3Consent = Part3Consent.Date()
	duaaC1           = DUAACommencement1.Date()
	duaaC6           = DUAAFeb2026.Date()
)

// basisTable is the one source for basis codes, names, citations and dates.
var basisTable = [...]Item{
	{},
	Consent: {Code: "consent", Name: "Consent",
		Citation: "UK GDPR Art 6(1)(a), Art 7; DPA 2018 s35(2)(a)", Flag: Verified, Note: notInReference,
		Changes: []Change{{On: duaaPart3Consent, Citation: "DPA 2018 s33(1A), s40A; DUAA s69, s142(3)", Flag: Verified,
			What: "Part 3: consent defined (freely given, specific, informed, unambiguous) and may be withdrawn at any time",
			Note: "docs/law.md gives ~19/20 Aug 2025 (two months after Royal Assent on 19 Jun 2025); 19 Aug 2025 used"}}},
	Contract: {Code: "contract", Name: "Contract",
		Citation: "UK GDPR Art 6(1)(b)", Flag: Verified, Note: notInReference},
	LegalObligation: {Code: "legal-obligation", Name: "Legal obligation",
		Citation: "UK GDPR Art 6(1)(c), 6(3)", Flag: Verified, Note: notInReference},
	VitalInterests: {Code: "vital-interests", Name: "Vital interests",
		Citation: "UK GDPR Art 6(1)(d)", Flag: Verified, Note: notInReference},
	PublicTask: {Code: "public-task", Name: "Public task",
		Citation: "UK GDPR Art 6(1)(e), 6(3); DPA 2018 s8", Flag: Verified, Note: notInReference,
		Changes: []Change{
			{On: duaaC1, Citation: "UK GDPR Art 6(3); DUAA s72(2); SI 2025/904 reg 2", Flag: Verified,
				What: "basis may be laid down in domestic law or relevant international law"},
			{On: duaaC6, Citation: "UK GDPR Art 6(1)(e); DUAA s70(2)(a), s70(7); SI 2026/82 reg 2", Flag: Verified,
				What: "a task of the controller in the public interest or in the exercise of official authority vested in the controller"},
		}},
	RecognisedLegitimateInterests: {Code: "recognised-legitimate-interests", Name: "Recognised legitimate interests",
		Citation: "UK GDPR Art 6(1)(ea), 6(5)-(10), Annex 1; DUAA s70, Sch 4; SI 2026/82 reg 2",
		From:     duaaC6, Flag: Verified},
	LegitimateInterests: {Code: "legitimate-interests", Name: "Legitimate interests",
		Citation: "UK GDPR Art 6(1)(f)", Flag: Verified, Note: notInReference,
		Changes: []Change{{On: duaaC6, Citation: "UK GDPR Art 6(11)-(12); DUAA s70(4); SI 2026/82 reg 2", Flag: Verified,
			What: "direct marketing, intra-group transmission and network and information security given as examples of legitimate interests"}}},
	LawEnforcementTask: {Code: "law-enforcement-task", Name: "Law-enforcement task of a competent authority",
		Citation: "DPA 2018 s35(2)(b)", Flag: Verified, Note: notInReference},
}

var basisCodes = codesOf(basisTable[:])

// Condition is a condition for special-category, criminal-offence or Part 3
// sensitive processing, or an Annex 1 recognised-legitimate-interest
// condition. The zero value, ConditionUnspecified, means "not stated".
type Condition uint8

// ParseRegime returns the Regime with the given code (such as "uk-gdpr").
// The error lists the valid codes.
func ParseRegime(s string) (Regime, error) { return enum.Parse[Regime]("regime", regimeCodes[:], s) }

// ParseBasis returns the Basis with the given code (such as "public-task").
func ParseBasis(s string) (Basis, error) { return enum.Parse[Basis]("basis", basisCodes[:], s) }

// ParseCondition returns the Condition with the given code (such as
// "art-9-2-g" or "sch-1-para-10").
func ParseCondition(s string) (Condition, error) {
	return enum.Parse[Condition]("condition", conditionCodes[:], s)
}

// Regimes returns every regime, in table order.
func Regimes() []Regime { return enum.All[Regime](regimeCodes[:]) }

// Bases returns every basis, in table order.
func Bases() []Basis { return enum.All[Basis](basisCodes[:]) }

// Conditions returns every condition, in table order.
func Conditions() []Condition { return enum.All[Condition](conditionCodes[:]) }

// String returns the regime's code.
func (r Regime) String() string { return enum.String("regime", regimeCodes[:], r) }

// String returns the basis's code.
func (b Basis) String() string { return enum.String("basis", basisCodes[:], b) }

// String returns the condition's code.
func (c Condition) String() string { return enum.String("condition", conditionCodes[:], c) }

// MarshalText returns the code; the unspecified value is an error.
func (r Regime) MarshalText() ([]byte, error) { return enum.Marshal("regime", regimeCodes[:], r) }

// MarshalText returns the code; the unspecified value is an error.
func (b Basis) MarshalText() ([]byte, error) { return enum.Marshal("basis", basisCodes[:], b) }

// MarshalText returns the code; the unspecified value is an error.
func (c Condition) MarshalText() ([]byte, error) {
	return enum.Marshal("condition", conditionCodes[:], c)
}

// UnmarshalText parses a code, rejecting unknown ones.
func (r *Regime) UnmarshalText(b []byte) (err error) { *r, err = ParseRegime(string(b)); return }

// UnmarshalText parses a code, rejecting unknown ones.
func (b *Basis) UnmarshalText(t []byte) (err error) { *b, err = ParseBasis(string(t)); return }

// UnmarshalText parses a code, rejecting unknown ones.
func (c *Condition) UnmarshalText(b []byte) (err error) { *c, err = ParseCondition(string(b)); return }

// codesOf lists the codes of a table, index for index (index 0 is "").
func codesOf(items []Item) []string {
	codes := make([]string, len(items))
	for i := range items {
		codes[i] = items[i].Code
	}
	return codes
}
