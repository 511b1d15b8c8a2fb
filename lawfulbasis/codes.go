package lawfulbasis

import "github.com/noticekit/noticekit/internal/enum"

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

var regimeCodes = [...]string{"", "uk-gdpr", "dpa-2018-part-3", "eu-gdpr", "eu-led"}

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

var basisCodes = [...]string{"", "consent", "contract", "legal-obligation", "vital-interests",
	"public-task", "recognised-legitimate-interests", "legitimate-interests", "law-enforcement-task"}

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
