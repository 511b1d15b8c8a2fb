package notice

import "github.com/noticekit/noticekit/internal/enum"

// Severity ranks a finding. Values are ordered: Info < Warning < Error.
type Severity uint8

// Severities.
const (
	SeverityUnspecified Severity = iota
	// Info: worth knowing; not a breach (good practice, or a caveat about
	// the law relied on).
	Info
	// Warning: probably incomplete or misleading; a DPO should look.
	Warning
	// Error: the notice does not say what the law requires it to say, or
	// says something the law does not allow.
	Error
)

var severityCodes = [...]string{"", "info", "warning", "error"}

// ParseSeverity returns the Severity with the given code.
func ParseSeverity(s string) (Severity, error) {
	return enum.Parse[Severity]("severity", severityCodes[:], s)
}

// String returns the code: "info", "warning" or "error".
func (s Severity) String() string { return enum.String("severity", severityCodes[:], s) }

// MarshalText returns the code.
func (s Severity) MarshalText() ([]byte, error) {
	return enum.Marshal("severity", severityCodes[:], s)
}

// UnmarshalText parses a code, rejecting unknown ones.
func (s *Severity) UnmarshalText(b []byte) (err error) { *s, err = ParseSeverity(string(b)); return }

// CatalogueEntry describes one kind of finding.
type CatalogueEntry struct {
	Code     string   // stable kebab-case code
	Severity Severity // the severity every finding of this code has
	Citation string   // the provision the finding rests on
	Summary  string   // what the finding means, for a DPO
	// Flag marks findings that rest on a DERIVED or UNVERIFIED row of the
	// legal reference (law.md); empty when the rows relied on are VERIFIED.
	Flag string
}

// Finding codes. They are stable: tools may switch on them.
const (
	CodeControllerContactMissing      = "controller-contact-missing"
	CodeDPOContactMissing             = "dpo-contact-missing"
	CodePurposesMissing               = "purposes-missing"
	CodeLawfulBasisMissing            = "lawful-basis-missing"
	CodeBasisNotLinked                = "basis-not-linked-to-purpose"
	CodeLegitimateInterestsNotStated  = "legitimate-interests-not-stated"
	CodeRecipientsNotStated           = "recipients-not-stated"
	CodeTransfersNotStated            = "transfers-not-stated"
	CodeTransferSafeguardNotStated    = "transfer-safeguard-not-stated"
	CodeRetentionMissing              = "retention-missing"
	CodeRetentionPeriodNotStated      = "retention-period-not-stated"
	CodeRetentionScheduleNotPublished = "retention-schedule-not-published"
	CodeRetentionRuleUnresolved       = "retention-rule-unresolved"
	CodeRightsNotStated               = "rights-not-stated"
	CodeRightNotMentioned             = "right-not-mentioned"
	CodeObjectionNotMentioned         = "right-to-object-not-mentioned"
	CodeWithdrawConsentNotMentioned   = "withdraw-consent-not-mentioned"
	CodeRightClaimedDoesNotApply      = "right-claimed-does-not-apply"
	CodeComplaintToCommissionerAbsent = "complaint-to-commissioner-missing"
	CodeComplaintToControllerAbsent   = "complaint-to-controller-missing"
	CodeRequirementNotStated          = "requirement-not-stated"
	CodeAutomatedDecisionsNotStated   = "automated-decisions-not-stated"
	CodeAutomatedDecisionLogicMissing = "automated-decision-logic-missing"
	CodeSourcesNotStated              = "sources-not-stated"
	CodeDataCategoriesNotStated       = "data-categories-not-stated"
	CodePublicAuthorityLI             = "public-authority-legitimate-interests"
	CodeLIPublicTaskUnclear           = "legitimate-interests-public-task-unclear"
	CodeRLIWithoutCondition           = "recognised-legitimate-interest-without-condition"
	CodeBasisNotInRegime              = "basis-not-in-regime"
	CodeBasisNotInForce               = "basis-not-in-force"
	CodeSpecialCategoryNoCondition    = "special-category-without-condition"
	CodeSpecialCategoryNoSch1         = "special-category-without-sch-1-condition"
	CodeCriminalOffenceNoAuthority    = "criminal-offence-without-authority"
	CodeSensitiveProcessingNoCond     = "sensitive-processing-without-condition"
	CodePolicyDocumentNotReferenced   = "policy-document-not-referenced"
	CodePart3NotCompetentAuthority    = "part-3-not-competent-authority"
	CodeRestrictionGroundMoved        = "restriction-ground-moved"
	CodeNoticeUndated                 = "notice-undated"
)

// Catalogue is every finding Check can report: one table, the source of the
// codes' severities and citations. Tests keep it in step with Check (one
// mutation test per code) and with law.md's Art 13/14 and s44 rows.
var Catalogue = []CatalogueEntry{
	// Arts 13/14 and s44: what a notice must say.
	{CodeControllerContactMissing, Error, "UK GDPR Art 13(1)(a), 14(1)(a); DPA 2018 s44(1)(a)",
		"neither the controller's contact details nor a contact for enquiries about the notice (an address, email, phone number or web address) is given", ""},
	{CodeDPOContactMissing, Error, "UK GDPR Art 13(1)(b), 14(1)(b), 37(1)(a); DPA 2018 s44(1)(b)",
		"a public authority must have a data protection officer, and the notice must give the DPO's contact details", ""},
	{CodePurposesMissing, Error, "UK GDPR Art 13(1)(c), 14(1)(c); DPA 2018 s44(1)(c)",
		"an activity states no purpose", ""},
	{CodeLawfulBasisMissing, Error, "UK GDPR Art 13(1)(c), 14(1)(c); DPA 2018 s44(2)(a)",
		"an activity states no lawful basis", ""},
	{CodeBasisNotLinked, Info, "UK GDPR Art 13(1)(c), 14(1)(c)",
		"the activity has several purposes and several bases but does not say which basis serves which purpose", ""},
	{CodeLegitimateInterestsNotStated, Error, "UK GDPR Art 13(1)(d), 14(2)(b)",
		"legitimate interests (Art 6(1)(f)) are relied on but the interests pursued are not stated", ""},
	{CodeRecipientsNotStated, Warning, "UK GDPR Art 13(1)(e), 14(1)(e); DPA 2018 s44(2)(c)",
		"the notice does not say who the data is shared with, or whether it is shared at all", ""},
	{CodeTransfersNotStated, Warning, "UK GDPR Art 13(1)(f), 14(1)(f)",
		"the notice does not say whether data is transferred outside the UK", ""},
	{CodeTransferSafeguardNotStated, Error, "UK GDPR Art 13(1)(f), 14(1)(f), 44-49",
		"data is or may be transferred outside the UK but the safeguard (adequacy, IDTA, Addendum, BCR or derogation) is not stated", ""},
	{CodeRetentionMissing, Error, "UK GDPR Art 13(2)(a), 14(2)(a); DPA 2018 s44(2)(b)",
		"an activity says nothing about how long data is kept", ""},
	{CodeRetentionPeriodNotStated, Error, "UK GDPR Art 13(2)(a), 14(2)(a); DPA 2018 s44(2)(b)",
		"retention is mentioned but no period, and no criteria for setting one, is given (\"no longer than necessary\" is neither)", ""},
	{CodeRetentionScheduleNotPublished, Warning, "UK GDPR Art 13(2)(a), 14(2)(a), 12(1); DPA 2018 s44(2)(b)",
		"retention is left to a schedule the notice refers to, without stating any period; the reader must look elsewhere for it", ""},
	{CodeRetentionRuleUnresolved, Error, "UK GDPR Art 13(2)(a); DPA 2018 s44(2)(b)",
		"the notice links a retention schedule rule that does not exist in the schedules given", ""},
	{CodeRightsNotStated, Error, "UK GDPR Art 13(2)(b), 14(2)(c); DPA 2018 s44(1)(c)",
		"the notice does not tell people about their rights", ""},
	{CodeRightNotMentioned, Warning, "UK GDPR Art 13(2)(b), 14(2)(c); DPA 2018 s44(1)(c)",
		"a right that applies to the processing is not mentioned", "DERIVED"},
	{CodeObjectionNotMentioned, Error, "UK GDPR Art 21(1), 21(4), 13(2)(b)",
		"processing rests on public task or (recognised) legitimate interests, so the right to object applies and must be brought to people's attention explicitly and separately", "DERIVED"},
	{CodeWithdrawConsentNotMentioned, Error, "UK GDPR Art 13(2)(c), 14(2)(d), 7(3); DPA 2018 s40A",
		"consent is relied on but the right to withdraw it at any time is not mentioned", ""},
	{CodeRightClaimedDoesNotApply, Warning, "UK GDPR Art 12(1), 17(3)(b), 20(1), 21(1); DPA 2018 s43(1)",
		"the notice offers a right that does not apply to any of the processing it covers (portability under public task or legitimate interests; portability or objection under Part 3), which misleads people", "DERIVED"},
	{CodeComplaintToCommissionerAbsent, Error, "UK GDPR Art 13(2)(d), 14(2)(e), 77; DPA 2018 s44(1)(e), s165",
		"the right to complain to the Information Commissioner is not mentioned", ""},
	{CodeComplaintToControllerAbsent, Error, "DPA 2018 s164A; UK GDPR Art 13(2)(ca), 14(2)(da); DPA 2018 s44(1)(da) (from 19 Jun 2026)",
		"from 19 Jun 2026 a notice must tell people they can complain to the controller", ""},
	{CodeRequirementNotStated, Warning, "UK GDPR Art 13(2)(e)",
		"data comes from the person, but the notice does not say whether providing it is a statutory or contractual requirement, or what happens if it is not provided", ""},
	{CodeAutomatedDecisionsNotStated, Warning, "UK GDPR Art 13(2)(f), 14(2)(g)",
		"the notice does not say whether decisions are made by automated means", ""},
	{CodeAutomatedDecisionLogicMissing, Error, "UK GDPR Art 13(2)(f), 14(2)(g), 22A-22C",
		"automated decision-making is used but its logic and consequences are not described", ""},
	{CodeSourcesNotStated, Warning, "UK GDPR Art 14(2)(f)",
		"the notice does not say where the data comes from, so neither Art 13 nor Art 14 can be checked", ""},
	{CodeDataCategoriesNotStated, Error, "UK GDPR Art 14(1)(d)",
		"data comes from other sources, so the categories of data must be stated, and none are", ""},
	// Consistency with the law.
	{CodePublicAuthorityLI, Error, "UK GDPR Art 6(1) second subparagraph; DPA 2018 s7",
		"a public authority relies on legitimate interests (or recognised legitimate interests) for a purpose it performs as a public task; the basis is unavailable for that", "DERIVED"},
	{CodeLIPublicTaskUnclear, Warning, "UK GDPR Art 6(1) second subparagraph; DPA 2018 s7",
		"a public authority relies on legitimate interests for a purpose the notice does not show to be outside its public tasks", "DERIVED"},
	{CodeRLIWithoutCondition, Error, "UK GDPR Art 6(1)(ea), Annex 1",
		"recognised legitimate interests are relied on without an Annex 1 condition", ""},
	{CodeBasisNotInRegime, Error, "UK GDPR Art 6(1); DPA 2018 s35(2)",
		"a lawful basis is stated that does not exist under the activity's regime (e.g. public task for Part 3 processing)", ""},
	{CodeBasisNotInForce, Error, "UK GDPR Art 6(1)(ea); SI 2026/82 reg 2",
		"a lawful basis is stated that was not in force on the date the notice is judged at", ""},
	{CodeSpecialCategoryNoCondition, Error, "UK GDPR Art 9(1)-(2)",
		"special-category data is processed but no Art 9(2) condition is stated", ""},
	{CodeSpecialCategoryNoSch1, Error, "DPA 2018 s10(2)-(3), Sch 1",
		"an Art 9(2) condition that needs a DPA 2018 Sch 1 condition is stated without one", ""},
	{CodeCriminalOffenceNoAuthority, Error, "UK GDPR Art 10; DPA 2018 s10(4)-(5), Sch 1",
		"criminal-offence data is processed under UK GDPR without official authority or a Sch 1 condition", ""},
	{CodeSensitiveProcessingNoCond, Error, "DPA 2018 s35(3)-(5), Sch 8",
		"Part 3 sensitive processing is described without consent (case 1) or a Sch 8 condition (case 2)", ""},
	{CodePolicyDocumentNotReferenced, Info, "DPA 2018 s35(4)-(5), s42; Sch 1 para 5, Part 4",
		"the conditions relied on need an appropriate policy document, which the notice does not reference", ""},
	{CodePart3NotCompetentAuthority, Error, "DPA 2018 s29, s30, Sch 7",
		"law-enforcement (Part 3) processing is described, but the controller is not marked as a competent authority", ""},
	{CodeRestrictionGroundMoved, Info, "DPA 2018 s44(4)(d), s45(4)(d), s48(3)(d), s78A; DUAA s88",
		"national security is cited as a Part 3 restriction ground; DUAA s88 moved it to the s78A exemption (commencement date unverified)", "UNVERIFIED"},
	{CodeNoticeUndated, Info, "good practice (no statutory requirement)",
		"the notice gives neither a publication date nor a last-updated date, so readers cannot tell which version they read", ""},

	// About the call, not the notice.
	{CodeLawDateUnknown, Error, "none: Check was given no date to read the law at",
		"Check was called with the zero date; it reports this alone rather than guess which law applies", ""},
}

// entry returns the catalogue entry for code. An unknown code is a bug in
// this package, caught by TestCatalogue.
func entry(code string) CatalogueEntry {
	for _, e := range Catalogue {
		if e.Code == code {
			return e
		}
	}
	return CatalogueEntry{Code: code, Severity: Error, Summary: "unknown finding code"}
}
