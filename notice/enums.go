// The model's closed code sets. TestSchemaEnums keeps each table and the schema's enum in step.

package notice

import "github.com/noticekit/noticekit/internal/enum"

// ControllerKind says what kind of body a controller is. The zero value means unspecified.
type ControllerKind uint8

// ControllerKind values.
const (
	ControllerKindUnspecified  ControllerKind = iota
	LocalAuthority                            // local-authority: a council
	PoliceForce                               // police-force: a chief constable's force
	PoliceAndCrimeCommissioner                // police-and-crime-commissioner: a police and crime commissioner's office
	School                                    // school: a school
	EducationService                          // education-service: a council's or trust's education service
	OtherPublicBody                           // other-public-body: any other public authority
	PrivateBody                               // private-body: a body that is not a public authority
)

var controllerKindCodes = [...]string{"", "local-authority", "police-force", "police-and-crime-commissioner", "school", "education-service", "other-public-body", "private-body"}

// ParseControllerKind returns the ControllerKind with the given code.
func ParseControllerKind(s string) (ControllerKind, error) {
	return enum.Parse[ControllerKind]("controller kind", controllerKindCodes[:], s)
}

// ControllerKinds returns every controller kind, in table order.
func ControllerKinds() []ControllerKind { return enum.All[ControllerKind](controllerKindCodes[:]) }

// String returns the code.
func (v ControllerKind) String() string {
	return enum.String("controller kind", controllerKindCodes[:], v)
}

// MarshalText returns the code; the unspecified value is an error.
func (v ControllerKind) MarshalText() ([]byte, error) {
	return enum.Marshal("controller kind", controllerKindCodes[:], v)
}

// UnmarshalText parses a code, rejecting unknown ones.
func (v *ControllerKind) UnmarshalText(b []byte) (err error) {
	*v, err = ParseControllerKind(string(b))
	return
}

// ConditionUse says what a condition is relied on for. The zero value means unspecified.
type ConditionUse uint8

// ConditionUse values.
const (
	ConditionUseUnspecified         ConditionUse = iota
	ForSpecialCategory                           // special-category: UK GDPR Art 9(2) and DPA 2018 Sch 1 Parts 1-2
	ForCriminalOffence                           // criminal-offence: UK GDPR Art 10 and DPA 2018 s10(4)-(5), Sch 1
	ForSensitiveProcessing                       // sensitive-processing: DPA 2018 s35(3)-(5) and Sch 8 (Part 3)
	ForRecognisedLegitimateInterest              // recognised-legitimate-interest: UK GDPR Art 6(1)(ea) and Annex 1
)

var conditionUseCodes = [...]string{"", "special-category", "criminal-offence", "sensitive-processing", "recognised-legitimate-interest"}

// ParseConditionUse returns the ConditionUse with the given code.
func ParseConditionUse(s string) (ConditionUse, error) {
	return enum.Parse[ConditionUse]("condition use", conditionUseCodes[:], s)
}

// ConditionUses returns every condition use, in table order.
func ConditionUses() []ConditionUse { return enum.All[ConditionUse](conditionUseCodes[:]) }

// String returns the code.
func (v ConditionUse) String() string { return enum.String("condition use", conditionUseCodes[:], v) }

// MarshalText returns the code; the unspecified value is an error.
func (v ConditionUse) MarshalText() ([]byte, error) {
	return enum.Marshal("condition use", conditionUseCodes[:], v)
}

// UnmarshalText parses a code, rejecting unknown ones.
func (v *ConditionUse) UnmarshalText(b []byte) (err error) {
	*v, err = ParseConditionUse(string(b))
	return
}

// DataKind classifies a category of personal data. The zero value means unspecified.
type DataKind uint8

// DataKind values.
const (
	DataKindUnspecified DataKind = iota
	Personal                     // personal: neither special-category nor criminal-offence data
	SpecialCategoryData          // special-category: UK GDPR Art 9(1); DPA 2018 s35(8) for Part 3
	CriminalOffenceData          // criminal-offence: UK GDPR Art 10; DPA 2018 s11(2)
)

var dataKindCodes = [...]string{"", "personal", "special-category", "criminal-offence"}

// ParseDataKind returns the DataKind with the given code.
func ParseDataKind(s string) (DataKind, error) {
	return enum.Parse[DataKind]("data kind", dataKindCodes[:], s)
}

// DataKinds returns every data kind, in table order.
func DataKinds() []DataKind { return enum.All[DataKind](dataKindCodes[:]) }

// String returns the code.
func (v DataKind) String() string { return enum.String("data kind", dataKindCodes[:], v) }

// MarshalText returns the code; the unspecified value is an error.
func (v DataKind) MarshalText() ([]byte, error) {
	return enum.Marshal("data kind", dataKindCodes[:], v)
}

// UnmarshalText parses a code, rejecting unknown ones.
func (v *DataKind) UnmarshalText(b []byte) (err error) { *v, err = ParseDataKind(string(b)); return }

// SpecialCategory is one of the special categories of UK GDPR Art 9(1) (and DPA 2018 s35(8)). The zero value means unspecified.
type SpecialCategory uint8

// SpecialCategory values.
const (
	SpecialCategoryUnspecified      SpecialCategory = iota
	RacialOrEthnicOrigin                            // racial-or-ethnic-origin
	PoliticalOpinions                               // political-opinions
	ReligiousOrPhilosophicalBeliefs                 // religious-or-philosophical-beliefs
	TradeUnionMembership                            // trade-union-membership
	Genetic                                         // genetic: genetic data
	Biometric                                       // biometric: biometric data for uniquely identifying a person
	Health                                          // health: data concerning health
	SexLifeOrSexualOrientation                      // sex-life-or-sexual-orientation
)

var specialCategoryCodes = [...]string{"", "racial-or-ethnic-origin", "political-opinions", "religious-or-philosophical-beliefs", "trade-union-membership", "genetic", "biometric", "health", "sex-life-or-sexual-orientation"}

// ParseSpecialCategory returns the SpecialCategory with the given code.
func ParseSpecialCategory(s string) (SpecialCategory, error) {
	return enum.Parse[SpecialCategory]("special category", specialCategoryCodes[:], s)
}

// SpecialCategories returns every special category, in table order.
func SpecialCategories() []SpecialCategory { return enum.All[SpecialCategory](specialCategoryCodes[:]) }

// String returns the code.
func (v SpecialCategory) String() string {
	return enum.String("special category", specialCategoryCodes[:], v)
}

// MarshalText returns the code; the unspecified value is an error.
func (v SpecialCategory) MarshalText() ([]byte, error) {
	return enum.Marshal("special category", specialCategoryCodes[:], v)
}

// UnmarshalText parses a code, rejecting unknown ones.
func (v *SpecialCategory) UnmarshalText(b []byte) (err error) {
	*v, err = ParseSpecialCategory(string(b))
	return
}

// Sharing is whether data is shared, as the notice puts it. The zero value means unspecified.
type Sharing uint8

// Sharing values.
const (
	SharingUnspecified Sharing = iota
	Shared                     // yes: the notice names recipients
	NotShared                  // no: the notice says data is not shared
	NotRoutinelyShared         // not-routinely: the notice says data is not routinely shared
	MayBeShared                // may: the notice says data may be shared (a hedge: "might be shared")
	SharingNotStated           // not-stated: the notice does not say
)

var sharingCodes = [...]string{"", "yes", "no", "not-routinely", "may", "not-stated"}

// ParseSharing returns the Sharing with the given code.
func ParseSharing(s string) (Sharing, error) {
	return enum.Parse[Sharing]("sharing", sharingCodes[:], s)
}

// Sharings returns every sharing, in table order.
func Sharings() []Sharing { return enum.All[Sharing](sharingCodes[:]) }

// String returns the code.
func (v Sharing) String() string { return enum.String("sharing", sharingCodes[:], v) }

// MarshalText returns the code; the unspecified value is an error.
func (v Sharing) MarshalText() ([]byte, error) { return enum.Marshal("sharing", sharingCodes[:], v) }

// UnmarshalText parses a code, rejecting unknown ones.
func (v *Sharing) UnmarshalText(b []byte) (err error) { *v, err = ParseSharing(string(b)); return }

// Occurrence is whether international transfers happen, as the notice puts it. The zero value means unspecified.
type Occurrence uint8

// Occurrence values.
const (
	OccurrenceUnspecified Occurrence = iota
	Occurs                           // yes
	DoesNotOccur                     // no
	MayOccur                         // possible
	OccurrenceNotStated              // not-stated
)

var occurrenceCodes = [...]string{"", "yes", "no", "possible", "not-stated"}

// ParseOccurrence returns the Occurrence with the given code.
func ParseOccurrence(s string) (Occurrence, error) {
	return enum.Parse[Occurrence]("occurrence", occurrenceCodes[:], s)
}

// Occurrences returns every occurrence, in table order.
func Occurrences() []Occurrence { return enum.All[Occurrence](occurrenceCodes[:]) }

// String returns the code.
func (v Occurrence) String() string { return enum.String("occurrence", occurrenceCodes[:], v) }

// MarshalText returns the code; the unspecified value is an error.
func (v Occurrence) MarshalText() ([]byte, error) {
	return enum.Marshal("occurrence", occurrenceCodes[:], v)
}

// UnmarshalText parses a code, rejecting unknown ones.
func (v *Occurrence) UnmarshalText(b []byte) (err error) {
	*v, err = ParseOccurrence(string(b))
	return
}

// Safeguard is the UK GDPR Chapter V mechanism for a transfer. The zero value means unspecified.
type Safeguard uint8

// Safeguard values.
const (
	SafeguardUnspecified Safeguard = iota
	Adequacy                       // adequacy: Art 45 adequacy regulations
	IDTA                           // idta: Art 46: the International Data Transfer Agreement
	Addendum                       // addendum: Art 46: the UK Addendum to the EU standard contractual clauses
	BCR                            // bcr: Art 47 binding corporate rules
	Derogation                     // derogation: Art 49 derogation
	SafeguardNotStated             // not-stated: the notice does not say
)

var safeguardCodes = [...]string{"", "adequacy", "idta", "addendum", "bcr", "derogation", "not-stated"}

// ParseSafeguard returns the Safeguard with the given code.
func ParseSafeguard(s string) (Safeguard, error) {
	return enum.Parse[Safeguard]("safeguard", safeguardCodes[:], s)
}

// Safeguards returns every safeguard, in table order.
func Safeguards() []Safeguard { return enum.All[Safeguard](safeguardCodes[:]) }

// String returns the code.
func (v Safeguard) String() string { return enum.String("safeguard", safeguardCodes[:], v) }

// MarshalText returns the code; the unspecified value is an error.
func (v Safeguard) MarshalText() ([]byte, error) {
	return enum.Marshal("safeguard", safeguardCodes[:], v)
}

// UnmarshalText parses a code, rejecting unknown ones.
func (v *Safeguard) UnmarshalText(b []byte) (err error) { *v, err = ParseSafeguard(string(b)); return }

// RetentionKind is how a retention statement is expressed (Art 13(2)(a): a period, or the criteria used to determine it). The zero value means unspecified.
type RetentionKind uint8

// RetentionKind values.
const (
	RetentionKindUnspecified   RetentionKind = iota
	RetentionPeriod                          // period: a stated period
	RetentionRule                            // rule: a rule of a published retention schedule
	RetentionCriteria                        // criteria: the criteria used to determine the period
	RetentionScheduleReference               // schedule-reference: a reference to a schedule, without periods
	RetentionNotStated                       // not-stated: no period and no criteria
)

var retentionKindCodes = [...]string{"", "period", "rule", "criteria", "schedule-reference", "not-stated"}

// ParseRetentionKind returns the RetentionKind with the given code.
func ParseRetentionKind(s string) (RetentionKind, error) {
	return enum.Parse[RetentionKind]("retention kind", retentionKindCodes[:], s)
}

// RetentionKinds returns every retention kind, in table order.
func RetentionKinds() []RetentionKind { return enum.All[RetentionKind](retentionKindCodes[:]) }

// String returns the code.
func (v RetentionKind) String() string {
	return enum.String("retention kind", retentionKindCodes[:], v)
}

// MarshalText returns the code; the unspecified value is an error.
func (v RetentionKind) MarshalText() ([]byte, error) {
	return enum.Marshal("retention kind", retentionKindCodes[:], v)
}

// UnmarshalText parses a code, rejecting unknown ones.
func (v *RetentionKind) UnmarshalText(b []byte) (err error) {
	*v, err = ParseRetentionKind(string(b))
	return
}

// RequirementKind is whether providing data is required (Art 13(2)(e)). The zero value means unspecified.
type RequirementKind uint8

// RequirementKind values.
const (
	RequirementKindUnspecified RequirementKind = iota
	Statutory                                  // statutory
	Contractual                                // contractual
	ContractPrerequisite                       // contract-prerequisite: a requirement necessary to enter into a contract
	Voluntary                                  // voluntary
	RequirementNotStated                       // not-stated
)

var requirementKindCodes = [...]string{"", "statutory", "contractual", "contract-prerequisite", "voluntary", "not-stated"}

// ParseRequirementKind returns the RequirementKind with the given code.
func ParseRequirementKind(s string) (RequirementKind, error) {
	return enum.Parse[RequirementKind]("requirement kind", requirementKindCodes[:], s)
}

// RequirementKinds returns every requirement kind, in table order.
func RequirementKinds() []RequirementKind { return enum.All[RequirementKind](requirementKindCodes[:]) }

// String returns the code.
func (v RequirementKind) String() string {
	return enum.String("requirement kind", requirementKindCodes[:], v)
}

// MarshalText returns the code; the unspecified value is an error.
func (v RequirementKind) MarshalText() ([]byte, error) {
	return enum.Marshal("requirement kind", requirementKindCodes[:], v)
}

// UnmarshalText parses a code, rejecting unknown ones.
func (v *RequirementKind) UnmarshalText(b []byte) (err error) {
	*v, err = ParseRequirementKind(string(b))
	return
}

// Role is a recipient's role (Art 4(9) recipient, Art 28 processor, Art 26 joint controller). The zero value means unspecified.
type Role uint8

// Role values.
const (
	RoleUnspecified     Role = iota
	RoleRecipient            // recipient: a recipient that is a controller in its own right
	RoleProcessor            // processor: a processor acting on the controller's instructions
	RoleJointController      // joint-controller: a joint controller
)

var roleCodes = [...]string{"", "recipient", "processor", "joint-controller"}

// ParseRole returns the Role with the given code.
func ParseRole(s string) (Role, error) { return enum.Parse[Role]("role", roleCodes[:], s) }

// Roles returns every role, in table order.
func Roles() []Role { return enum.All[Role](roleCodes[:]) }

// String returns the code.
func (v Role) String() string { return enum.String("role", roleCodes[:], v) }

// MarshalText returns the code; the unspecified value is an error.
func (v Role) MarshalText() ([]byte, error) { return enum.Marshal("role", roleCodes[:], v) }

// UnmarshalText parses a code, rejecting unknown ones.
func (v *Role) UnmarshalText(b []byte) (err error) { *v, err = ParseRole(string(b)); return }

// Claim is what a notice says about a right. The zero value means unspecified.
type Claim uint8

// Claim values.
const (
	ClaimUnspecified  Claim = iota
	ClaimApplies            // applies: the notice says the right applies
	ClaimQualified          // qualified: the notice says the right applies with restrictions
	ClaimDoesNotApply       // does-not-apply: the notice says the right does not apply
)

var claimCodes = [...]string{"", "applies", "qualified", "does-not-apply"}

// ParseClaim returns the Claim with the given code.
func ParseClaim(s string) (Claim, error) { return enum.Parse[Claim]("claim", claimCodes[:], s) }

// Claims returns every claim, in table order.
func Claims() []Claim { return enum.All[Claim](claimCodes[:]) }

// String returns the code.
func (v Claim) String() string { return enum.String("claim", claimCodes[:], v) }

// MarshalText returns the code; the unspecified value is an error.
func (v Claim) MarshalText() ([]byte, error) { return enum.Marshal("claim", claimCodes[:], v) }

// UnmarshalText parses a code, rejecting unknown ones.
func (v *Claim) UnmarshalText(b []byte) (err error) { *v, err = ParseClaim(string(b)); return }
