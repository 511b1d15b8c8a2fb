package notice

import "github.com/noticekit/noticekit/internal/enum"

// DataSubjectSource says whether a source is the data subject (Art 13) or not (Art 14). The zero value means unspecified.
type DataSubjectSource uint8

// DataSubjectSource values.
const (
	DataSubjectSourceUnspecified DataSubjectSource = iota
	SourceIsSubject                                // yes: the data comes from the data subject: Art 13
	SourceIsNotSubject                             // no: the data comes from elsewhere: Art 14
	SourceMayBeSubject                             // may-be: the source may or may not be the person, so both Art 13 and Art 14 apply
)

var dataSubjectSourceCodes = [...]string{"", "yes", "no", "may-be"}

// ParseDataSubjectSource returns the DataSubjectSource with the given code.
func ParseDataSubjectSource(s string) (DataSubjectSource, error) {
	return enum.Parse[DataSubjectSource]("data subject source", dataSubjectSourceCodes[:], s)
}

// DataSubjectSources returns every data subject source, in table order.
func DataSubjectSources() []DataSubjectSource {
	return enum.All[DataSubjectSource](dataSubjectSourceCodes[:])
}

// String returns the code.
func (v DataSubjectSource) String() string {
	return enum.String("data subject source", dataSubjectSourceCodes[:], v)
}

// MarshalText returns the code; the unspecified value is an error.
func (v DataSubjectSource) MarshalText() ([]byte, error) {
	return enum.Marshal("data subject source", dataSubjectSourceCodes[:], v)
}

// UnmarshalText parses a code, rejecting unknown ones.
func (v *DataSubjectSource) UnmarshalText(b []byte) (err error) {
	*v, err = ParseDataSubjectSource(string(b))
	return
}

// GeneralCondition is a condition the notice names only generally, without its paragraph. The zero value means unspecified.
type GeneralCondition uint8

// GeneralCondition values.
const (
	GeneralConditionUnspecified      GeneralCondition = iota
	GeneralSubstantialPublicInterest                  // substantial-public-interest: Art 9(2)(g) with DPA 2018 Sch 1 Part 2, or a Sch 8 condition, paragraph not given
	GeneralSchedule1                                  // schedule-1: a DPA 2018 Sch 1 condition, paragraph not given
	GeneralSchedule8                                  // schedule-8: a DPA 2018 Sch 8 condition, paragraph not given
)

var generalConditionCodes = [...]string{"", "substantial-public-interest", "schedule-1", "schedule-8"}

// ParseGeneralCondition returns the GeneralCondition with the given code.
func ParseGeneralCondition(s string) (GeneralCondition, error) {
	return enum.Parse[GeneralCondition]("general condition", generalConditionCodes[:], s)
}

// GeneralConditions returns every general condition, in table order.
func GeneralConditions() []GeneralCondition {
	return enum.All[GeneralCondition](generalConditionCodes[:])
}

// String returns the code.
func (v GeneralCondition) String() string {
	return enum.String("general condition", generalConditionCodes[:], v)
}

// MarshalText returns the code; the unspecified value is an error.
func (v GeneralCondition) MarshalText() ([]byte, error) {
	return enum.Marshal("general condition", generalConditionCodes[:], v)
}

// UnmarshalText parses a code, rejecting unknown ones.
func (v *GeneralCondition) UnmarshalText(b []byte) (err error) {
	*v, err = ParseGeneralCondition(string(b))
	return
}

// Territory is the territory a notice's statement about transfers is about. The zero value means unspecified.
type Territory uint8

// Territory values.
const (
	TerritoryUnspecified Territory = iota
	TerritoryUK                    // uk: "outside the UK"
	TerritoryEU                    // eu: "outside the EU"
	TerritoryEEA                   // eea: "outside the EEA"
	TerritoryOther                 // other
)

var territoryCodes = [...]string{"", "uk", "eu", "eea", "other"}

// ParseTerritory returns the Territory with the given code.
func ParseTerritory(s string) (Territory, error) {
	return enum.Parse[Territory]("territory", territoryCodes[:], s)
}

// Territories returns every territory, in table order.
func Territories() []Territory { return enum.All[Territory](territoryCodes[:]) }

// String returns the code.
func (v Territory) String() string { return enum.String("territory", territoryCodes[:], v) }

// MarshalText returns the code; the unspecified value is an error.
func (v Territory) MarshalText() ([]byte, error) {
	return enum.Marshal("territory", territoryCodes[:], v)
}

// UnmarshalText parses a code, rejecting unknown ones.
func (v *Territory) UnmarshalText(b []byte) (err error) {
	*v, err = ParseTerritory(string(b))
	return
}

// Provision is a provision a notice's words cite that a later date makes out of date. The zero value means unspecified.
type Provision uint8

// Provision values.
const (
	ProvisionUnspecified Provision = iota
	ProvisionArt22                 // uk-gdpr-art-22: UK GDPR Art 22, replaced by Arts 22A-22D from 5 Feb 2026
	ProvisionArt44                 // uk-gdpr-art-44: UK GDPR Art 44, replaced by Art 44A from 5 Feb 2026
	ProvisionArt77                 // uk-gdpr-art-77: UK GDPR Art 77, omitted from 19 Jun 2026 (DPA 2018 s165)
	ProvisionArt89                 // uk-gdpr-art-89: UK GDPR Art 89, omitted from 5 Feb 2026 (Arts 84A-84D)
	ProvisionS14                   // dpa-2018-s14: DPA 2018 s14, repealed from 5 Feb 2026
)

var provisionCodes = [...]string{"", "uk-gdpr-art-22", "uk-gdpr-art-44", "uk-gdpr-art-77", "uk-gdpr-art-89", "dpa-2018-s14"}

// ParseProvision returns the Provision with the given code.
func ParseProvision(s string) (Provision, error) {
	return enum.Parse[Provision]("provision", provisionCodes[:], s)
}

// Provisions returns every provision, in table order.
func Provisions() []Provision { return enum.All[Provision](provisionCodes[:]) }

// String returns the code.
func (v Provision) String() string { return enum.String("provision", provisionCodes[:], v) }

// MarshalText returns the code; the unspecified value is an error.
func (v Provision) MarshalText() ([]byte, error) {
	return enum.Marshal("provision", provisionCodes[:], v)
}

// UnmarshalText parses a code, rejecting unknown ones.
func (v *Provision) UnmarshalText(b []byte) (err error) {
	*v, err = ParseProvision(string(b))
	return
}

// StatementKind is what kind of other statement a notice makes. The zero value means unspecified.
type StatementKind uint8

// StatementKind values.
const (
	StatementKindUnspecified StatementKind = iota
	NotPublished                           // not-published: the notice says the data is not published
	Assurance                              // assurance: another promise about the data
	SecurityStatement                      // security: how the data is kept secure
	OtherStatement                         // other
)

var statementKindCodes = [...]string{"", "not-published", "assurance", "security", "other"}

// ParseStatementKind returns the StatementKind with the given code.
func ParseStatementKind(s string) (StatementKind, error) {
	return enum.Parse[StatementKind]("statement kind", statementKindCodes[:], s)
}

// StatementKinds returns every statement kind, in table order.
func StatementKinds() []StatementKind { return enum.All[StatementKind](statementKindCodes[:]) }

// String returns the code.
func (v StatementKind) String() string {
	return enum.String("statement kind", statementKindCodes[:], v)
}

// MarshalText returns the code; the unspecified value is an error.
func (v StatementKind) MarshalText() ([]byte, error) {
	return enum.Marshal("statement kind", statementKindCodes[:], v)
}

// UnmarshalText parses a code, rejecting unknown ones.
func (v *StatementKind) UnmarshalText(b []byte) (err error) {
	*v, err = ParseStatementKind(string(b))
	return
}

// CookieKind is what a group of cookies is for (PECR reg 6, Sch A1). The zero value means unspecified.
type CookieKind uint8

// CookieKind values.
const (
	CookieKindUnspecified   CookieKind = iota
	CookieCommunication                // communication: Sch A1: solely to transmit a communication
	CookieStrictlyNecessary            // strictly-necessary: Sch A1: strictly necessary for the service requested
	CookieAnalytics                    // analytics: Sch A1 (from 5 Feb 2026): statistical purposes to improve the service, with a means to object
	CookieFunctionality                // functionality: Sch A1 (from 5 Feb 2026): appearance, preferences or authenticating a repeat user, with a means to object
	CookieEmergency                    // emergency: Sch A1 (from 5 Feb 2026): locating a user for emergency assistance
	CookieAdvertising                  // advertising: needs consent
	CookieTracking                     // tracking: needs consent
	CookieSocialMedia                  // social-media: needs consent
	CookieOther                        // other: needs consent
)

var cookieKindCodes = [...]string{"", "communication", "strictly-necessary", "analytics", "functionality", "emergency", "advertising", "tracking", "social-media", "other"}

// ParseCookieKind returns the CookieKind with the given code.
func ParseCookieKind(s string) (CookieKind, error) {
	return enum.Parse[CookieKind]("cookie kind", cookieKindCodes[:], s)
}

// CookieKinds returns every cookie kind, in table order.
func CookieKinds() []CookieKind { return enum.All[CookieKind](cookieKindCodes[:]) }

// String returns the code.
func (v CookieKind) String() string { return enum.String("cookie kind", cookieKindCodes[:], v) }

// MarshalText returns the code; the unspecified value is an error.
func (v CookieKind) MarshalText() ([]byte, error) {
	return enum.Marshal("cookie kind", cookieKindCodes[:], v)
}

// UnmarshalText parses a code, rejecting unknown ones.
func (v *CookieKind) UnmarshalText(b []byte) (err error) {
	*v, err = ParseCookieKind(string(b))
	return
}

// CookieBasis is what a notice says a group of cookies is set on. The zero value means unspecified.
type CookieBasis uint8

// CookieBasis values.
const (
	CookieBasisUnspecified      CookieBasis = iota
	CookieOnConsent                         // consent: the user's consent (PECR reg 6(1)-(2))
	CookieOnLegitimateInterests             // legitimate-interests: legitimate interests, which is not a PECR basis
	CookieOnException                       // exception: an exception (PECR Sch A1)
	CookieBasisNotStated                    // not-stated
)

var cookieBasisCodes = [...]string{"", "consent", "legitimate-interests", "exception", "not-stated"}

// ParseCookieBasis returns the CookieBasis with the given code.
func ParseCookieBasis(s string) (CookieBasis, error) {
	return enum.Parse[CookieBasis]("cookie basis", cookieBasisCodes[:], s)
}

// CookieBases returns every cookie basis, in table order.
func CookieBases() []CookieBasis { return enum.All[CookieBasis](cookieBasisCodes[:]) }

// String returns the code.
func (v CookieBasis) String() string { return enum.String("cookie basis", cookieBasisCodes[:], v) }

// MarshalText returns the code; the unspecified value is an error.
func (v CookieBasis) MarshalText() ([]byte, error) {
	return enum.Marshal("cookie basis", cookieBasisCodes[:], v)
}

// UnmarshalText parses a code, rejecting unknown ones.
func (v *CookieBasis) UnmarshalText(b []byte) (err error) {
	*v, err = ParseCookieBasis(string(b))
	return
}

// ConsentMechanism is how a notice says consent to cookies is given. The zero value means unspecified.
type ConsentMechanism uint8

// ConsentMechanism values.
const (
	ConsentMechanismUnspecified ConsentMechanism = iota
	MechanismBanner                              // banner: a banner or consent tool
	MechanismSettingsPage                        // settings-page: a cookie settings page
	MechanismBrowserSettings                     // browser-settings: the browser's settings, which is not consent
	MechanismNone                                // none: no mechanism
)

var consentMechanismCodes = [...]string{"", "banner", "settings-page", "browser-settings", "none"}

// ParseConsentMechanism returns the ConsentMechanism with the given code.
func ParseConsentMechanism(s string) (ConsentMechanism, error) {
	return enum.Parse[ConsentMechanism]("consent mechanism", consentMechanismCodes[:], s)
}

// ConsentMechanisms returns every consent mechanism, in table order.
func ConsentMechanisms() []ConsentMechanism {
	return enum.All[ConsentMechanism](consentMechanismCodes[:])
}

// String returns the code.
func (v ConsentMechanism) String() string {
	return enum.String("consent mechanism", consentMechanismCodes[:], v)
}

// MarshalText returns the code; the unspecified value is an error.
func (v ConsentMechanism) MarshalText() ([]byte, error) {
	return enum.Marshal("consent mechanism", consentMechanismCodes[:], v)
}

// UnmarshalText parses a code, rejecting unknown ones.
func (v *ConsentMechanism) UnmarshalText(b []byte) (err error) {
	*v, err = ParseConsentMechanism(string(b))
	return
}

// RefusalMeans is a means a notice gives to refuse or remove cookies. The zero value means unspecified.
type RefusalMeans uint8

// RefusalMeans values.
const (
	RefusalMeansUnspecified RefusalMeans = iota
	RefuseBanner                         // banner
	RefuseSettingsPage                   // settings-page
	RefuseBrowserSettings                // browser-settings
	RefuseOptOutLink                     // opt-out-link
	RefuseOther                          // other
)

var refusalMeansCodes = [...]string{"", "banner", "settings-page", "browser-settings", "opt-out-link", "other"}

// ParseRefusalMeans returns the RefusalMeans with the given code.
func ParseRefusalMeans(s string) (RefusalMeans, error) {
	return enum.Parse[RefusalMeans]("refusal means", refusalMeansCodes[:], s)
}

// RefusalMeansAll returns every refusal means, in table order.
func RefusalMeansAll() []RefusalMeans { return enum.All[RefusalMeans](refusalMeansCodes[:]) }

// String returns the code.
func (v RefusalMeans) String() string { return enum.String("refusal means", refusalMeansCodes[:], v) }

// MarshalText returns the code; the unspecified value is an error.
func (v RefusalMeans) MarshalText() ([]byte, error) {
	return enum.Marshal("refusal means", refusalMeansCodes[:], v)
}

// UnmarshalText parses a code, rejecting unknown ones.
func (v *RefusalMeans) UnmarshalText(b []byte) (err error) {
	*v, err = ParseRefusalMeans(string(b))
	return
}
