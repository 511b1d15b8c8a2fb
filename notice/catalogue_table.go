package notice

import lb "github.com/noticekit/noticekit/lawfulbasis"

// Finding codes. They are stable: tools may switch on them.
const (
	CodeControllerNotNamed            = "controller-not-named"
	CodeControllerContactMissing      = "controller-contact-missing"
	CodeDPOContactMissing             = "dpo-contact-missing"
	CodePurposesMissing               = "purposes-missing"
	CodeLawfulBasisMissing            = "lawful-basis-missing"
	CodeBasisNotLinked                = "basis-not-linked-to-purpose"
	CodeLegitimateInterestsNotStated  = "legitimate-interests-not-stated"
	CodeRecipientsNotStated           = "recipients-not-stated"
	CodeTransfersNotStated            = "transfers-not-stated"
	CodeTransfersWrongTerritory       = "transfers-stated-for-another-territory"
	CodeTransferSafeguardNotStated    = "transfer-safeguard-not-stated"
	CodeTransferSafeguardCopyMissing  = "transfer-safeguard-copy-not-stated"
	CodeRetentionMissing              = "retention-missing"
	CodeRetentionPeriodNotStated      = "retention-period-not-stated"
	CodeRetentionScheduleNotPublished = "retention-schedule-not-published"
	CodeRetentionRuleUnresolved       = "retention-rule-unresolved"
	CodeRetentionCategoryNotCovered   = "retention-category-not-covered"
	CodeRetentionScheduleDisagrees    = "retention-disagrees-with-schedule"
	CodeRetentionNotCompared          = "retention-not-compared-with-schedule"
	CodeRightsNotStated               = "rights-not-stated"
	CodeRightNotMentioned             = "right-not-mentioned"
	CodeBasisRightNotMentioned        = "basis-dependent-right-not-mentioned"
	CodeErasureNotMentioned           = "right-to-erasure-not-mentioned"
	CodeObjectionNotMentioned         = "right-to-object-not-mentioned"
	CodeObjectionNotSeparate          = "right-to-object-not-presented-separately"
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
	CodeConditionCannotApply          = "condition-cannot-apply"
	CodeCriminalOffenceNoAuthority    = "criminal-offence-without-authority"
	CodeSensitiveProcessingNoCond     = "sensitive-processing-without-condition"
	CodeConditionNotIdentified        = "condition-not-identified"
	CodePolicyDocumentNotReferenced   = "policy-document-not-referenced"
	CodePart3NotCompetentAuthority    = "part-3-not-competent-authority"
	CodeRestrictionGroundMoved        = "restriction-ground-moved"
	CodeLawCitedOutOfDate             = "law-cited-out-of-date"
	CodeCookiePurposeNotStated        = "cookie-purpose-not-stated"
	CodeCookieWithoutConsent          = "cookie-without-consent"
	CodeCookieLegitimateInterests     = "cookie-legitimate-interests"
	CodeCookieExceptionNotAvailable   = "cookie-exception-not-available"
	CodeCookieBrowserSettings         = "cookie-browser-settings-not-consent"
	CodeCookieSetBeforeConsent        = "cookie-set-before-consent"
	CodeCookieObjectionMissing        = "cookie-objection-means-missing"
	CodeNoticeUndated                 = "notice-undated"
	CodeDateBeforeRegime              = "date-before-regime"
	// CodeLawDateUnknown is reported, alone, when Check is asked to read the
	// law at the zero date: without a date no rule can be applied, and Check
	// will not guess one.
	CodeLawDateUnknown = "law-date-unknown"
)

var (
	ukGDPR = []lb.Regime{lb.UKGDPR}
	euGDPR = []lb.Regime{lb.EUGDPR}
	part3  = []lb.Regime{lb.DPA2018Part3}
	euLED  = []lb.Regime{lb.EULED}
	anyUK  = []lb.Regime{lb.UKGDPR, lb.DPA2018Part3}
)

// r builds a rule; from, until and flag refine it.
func r(regimes []lb.Regime, citation string, s Severity) Rule {
	return Rule{Regimes: regimes, Citation: citation, Severity: s}
}
func (x Rule) from(c lb.Commencement) Rule  { x.From = c; return x }
func (x Rule) until(c lb.Commencement) Rule { x.Until = c; return x }
func (x Rule) flag(f string) Rule           { x.Flag = f; return x }

// s44(2) items are owed only "in specific cases": their absence from a
// general notice is a warning (docs/law.md §11.1; the severity is DERIVED).
const s44Derived = "DERIVED"

// catalogue is the one table of findings. Rules per regime: UK GDPR Arts
// 13/14 (EU GDPR the same articles of Regulation (EU) 2016/679); DPA 2018
// s44(1) (always) and s44(2) (specific cases) for Part 3; LED Art 13(1)
// for the EU LED (its Art 13(2)-(3) are not verified and are not encoded).
// The LED letters follow the order of the items in docs/law.md §8.2's Art
// 13 row ((a) identity and contact, (b) DPO, (c) purposes, (d) complaint,
// (e) rights), whose (d) §11.1 confirms: DERIVED from that order.
var catalogue = []CatalogueEntry{
	// Identity and contact: Art 13(1)(a)-(b), s44(1)(a)-(b).
	{CodeControllerNotNamed, "the notice does not name the controller, and no parent notice names it", []Rule{
		r(ukGDPR, "UK GDPR Art 13(1)(a), 14(1)(a)", Error), r(euGDPR, "EU GDPR Art 13(1)(a), 14(1)(a)", Error),
		r(part3, "DPA 2018 s44(1)(a)", Error), r(euLED, "LED Art 13(1)(a)", Error)}},
	{CodeControllerContactMissing, "neither the controller's contact details nor a contact for enquiries about the notice (an address, email, phone number or web address) is given", []Rule{
		r(ukGDPR, "UK GDPR Art 13(1)(a), 14(1)(a)", Error), r(euGDPR, "EU GDPR Art 13(1)(a), 14(1)(a)", Error),
		r(part3, "DPA 2018 s44(1)(a)", Error), r(euLED, "LED Art 13(1)(a)", Error)}},
	{CodeDPOContactMissing, "the controller must have a data protection officer (a public authority under the GDPR; every Part 3 controller), and the notice gives no way to contact one", []Rule{
		r(ukGDPR, "UK GDPR Art 13(1)(b), 14(1)(b), 37(1)(a)", Error), r(euGDPR, "EU GDPR Art 13(1)(b), 14(1)(b), 37(1)(a)", Error),
		r(part3, "DPA 2018 s44(1)(b), s69(1)", Error),
		// docs/law.md §8.2: the DPO is among what LED Art 13(1) has the
		// controller make available (VERIFIED).
		r(euLED, "LED Art 13(1)(b)", Error)}},
	// Purposes and bases: Art 13(1)(c)-(d), s44(1)(c), s44(2)(a).
	{CodePurposesMissing, "an activity states no purpose", []Rule{
		r(ukGDPR, "UK GDPR Art 13(1)(c), 14(1)(c)", Error), r(euGDPR, "EU GDPR Art 13(1)(c), 14(1)(c)", Error),
		r(part3, "DPA 2018 s44(1)(c)", Error), r(euLED, "LED Art 13(1)(c)", Error)}},
	{CodeLawfulBasisMissing, "an activity states no lawful basis", []Rule{
		r(ukGDPR, "UK GDPR Art 13(1)(c), 14(1)(c)", Error), r(euGDPR, "EU GDPR Art 13(1)(c), 14(1)(c)", Error),
		r(part3, "DPA 2018 s44(2)(a)", Warning).flag(s44Derived)}},
	{CodeBasisNotLinked, "the activity has several purposes and several bases but does not say which basis serves which purpose", []Rule{
		r(ukGDPR, "UK GDPR Art 13(1)(c), 14(1)(c)", Info), r(euGDPR, "EU GDPR Art 13(1)(c), 14(1)(c)", Info)}},
	{CodeLegitimateInterestsNotStated, "legitimate interests (Art 6(1)(f)) are relied on but the interests pursued are not stated", []Rule{
		r(ukGDPR, "UK GDPR Art 13(1)(d), 14(2)(b)", Error), r(euGDPR, "EU GDPR Art 13(1)(d), 14(2)(b)", Error)}},
	// Recipients and transfers: Art 13(1)(e)-(f), s44(2)(c).
	{CodeRecipientsNotStated, "the notice does not say who the data is shared with, or whether it is shared at all (the law asks for recipients \"if any\", so silence needs judgement)", []Rule{
		r(ukGDPR, "UK GDPR Art 13(1)(e), 14(1)(e)", Warning), r(euGDPR, "EU GDPR Art 13(1)(e), 14(1)(e)", Warning),
		r(part3, "DPA 2018 s44(2)(c)", Warning).flag(s44Derived)}},
	{CodeTransfersNotStated, "the notice does not say whether data is transferred to a third country (asked for \"where applicable\", so silence needs judgement)", []Rule{
		r(ukGDPR, "UK GDPR Art 13(1)(f), 14(1)(f)", Warning), r(euGDPR, "EU GDPR Art 13(1)(f), 14(1)(f)", Warning)}},
	{CodeTransfersWrongTerritory, "the notice's statement about transfers is about another territory (\"outside the EU\" says nothing about transfers outside the UK)", []Rule{
		r(ukGDPR, "UK GDPR Art 13(1)(f), 14(1)(f)", Warning), r(euGDPR, "EU GDPR Art 13(1)(f), 14(1)(f)", Warning)}},
	{CodeTransferSafeguardNotStated, "data is or may be transferred to a third country but the safeguard (adequacy, IDTA, Addendum, BCR or derogation) is not stated", []Rule{
		// docs/law.md §11.3 supports Arts 44A and 45A (DUAA s85, Sch 7) from
		// 5 Feb 2026, and no wider range of Chapter V: only those are cited.
		r(ukGDPR, "UK GDPR Art 13(1)(f), 14(1)(f)", Error).until(lb.DUAAFeb2026),
		r(ukGDPR, "UK GDPR Art 13(1)(f), 14(1)(f); Arts 44A, 45A (DUAA s85, Sch 7)", Error).from(lb.DUAAFeb2026),
		r(euGDPR, "EU GDPR Art 13(1)(f), 14(1)(f)", Error)}},
	// Only from 5 Feb 2026: docs/law.md §11.3 states the copy item as added
	// then. A reviewer holds that the EU GDPR as made (and so the UK GDPR
	// before 2026) already asked for it; docs/law.md does not say so, so no
	// EU GDPR or earlier UK GDPR rule is encoded until it does.
	{CodeTransferSafeguardCopyMissing, "a transfer relies on safeguards, but the notice does not say how to obtain a copy of them or where they are made available", []Rule{
		r(ukGDPR, "UK GDPR Art 13(1)(f), 14(1)(f) as amended by DUAA Sch 9 paras 2-3", Error).from(lb.DUAAFeb2026)}},
	// Retention: Art 13(2)(a), s44(2)(b).
	{CodeRetentionMissing, "an activity says nothing about how long data is kept", []Rule{
		r(ukGDPR, "UK GDPR Art 13(2)(a), 14(2)(a)", Error), r(euGDPR, "EU GDPR Art 13(2)(a), 14(2)(a)", Error),
		r(part3, "DPA 2018 s44(2)(b)", Warning).flag(s44Derived)}},
	{CodeRetentionPeriodNotStated, "retention is mentioned but no period, and no criterion for setting one, is given (\"no longer than necessary\" and \"for varying lengths of time\" are neither)", []Rule{
		r(ukGDPR, "UK GDPR Art 13(2)(a), 14(2)(a)", Error), r(euGDPR, "EU GDPR Art 13(2)(a), 14(2)(a)", Error),
		r(part3, "DPA 2018 s44(2)(b)", Warning).flag(s44Derived)}},
	{CodeRetentionScheduleNotPublished, "retention is left to a schedule the notice refers to, without stating any period; the reader must look elsewhere for it", []Rule{
		r(ukGDPR, "UK GDPR Art 13(2)(a), 14(2)(a), 12(1)", Warning), r(euGDPR, "EU GDPR Art 13(2)(a), 14(2)(a), 12(1)", Warning),
		r(part3, "DPA 2018 s44(2)(b)", Warning)}},
	{CodeRetentionRuleUnresolved, "the notice links a retention schedule rule that does not exist in the schedules given", []Rule{
		r(ukGDPR, "UK GDPR Art 13(2)(a), 14(2)(a)", Warning), r(euGDPR, "EU GDPR Art 13(2)(a), 14(2)(a)", Warning),
		r(part3, "DPA 2018 s44(2)(b)", Warning)}},
	// For the data not covered the Art 13(2)(a) item is absent: an error;
	// for Part 3 an s44(2)(b) omission, a warning.
	{CodeRetentionCategoryNotCovered, "retention is stated for part of the activity's data (some data categories, or what a statement applies to) but not for the rest", []Rule{
		r(ukGDPR, "UK GDPR Art 13(2)(a), 14(2)(a)", Error), r(euGDPR, "EU GDPR Art 13(2)(a), 14(2)(a)", Error),
		r(part3, "DPA 2018 s44(2)(b)", Warning)}},
	{CodeRetentionScheduleDisagrees, "the notice states a period that differs from the schedule rule it links: it promises less time than the rule keeps, or more", []Rule{
		r(ukGDPR, "UK GDPR Art 13(2)(a), 14(2)(a)", Warning), r(euGDPR, "EU GDPR Art 13(2)(a), 14(2)(a)", Warning),
		r(part3, "DPA 2018 s44(2)(b), s39", Warning)}},
	// A caveat, so that a DPO knows the pair was not checked.
	{CodeRetentionNotCompared, "the notice links a schedule rule, but what it says (words, or a period against a rule of several clauses) could not be compared with the rule", []Rule{
		r(ukGDPR, "UK GDPR Art 13(2)(a), 14(2)(a)", Info), r(euGDPR, "EU GDPR Art 13(2)(a), 14(2)(a)", Info),
		r(part3, "DPA 2018 s44(2)(b), s39", Info)}},
	// Rights: Art 13(2)(b)-(d), s44(1)(d)-(e).
	{CodeRightsNotStated, "the notice does not tell people about their rights", []Rule{
		r(ukGDPR, "UK GDPR Art 13(2)(b), 14(2)(c)", Error), r(euGDPR, "EU GDPR Art 13(2)(b), 14(2)(c)", Error),
		r(part3, "DPA 2018 s44(1)(d)", Error), r(euLED, "LED Art 13(1)(e)", Error)}},
	{CodeRightNotMentioned, "a right that applies whatever the basis (access, rectification, restriction; for Part 3 also erasure) is not mentioned for an activity", []Rule{
		r(ukGDPR, "UK GDPR Art 13(2)(b), 14(2)(c)", Error), r(euGDPR, "EU GDPR Art 13(2)(b), 14(2)(c)", Error),
		r(part3, "DPA 2018 s44(1)(d)", Error), r(euLED, "LED Art 13(1)(e)", Error)}},
	// Erasure on consent, contract, vital interests and (recognised)
	// legitimate interests is as certain as objection on (e) and (f): the
	// same DERIVED table (docs/law.md §5.2), the same grade.
	{CodeErasureNotMentioned, "the right to erasure applies because of the basis relied on (consent, contract, vital interests, legitimate interests) and is not mentioned for an activity", []Rule{
		r(ukGDPR, "UK GDPR Art 13(2)(b), 14(2)(c), 17", Error).flag("DERIVED"),
		r(euGDPR, "EU GDPR Art 13(2)(b), 14(2)(c), 17", Error).flag("DERIVED")}},
	// Portability also needs processing by automated means of data the
	// person provided (Art 20(1)): whether it applies needs judgement.
	{CodeBasisRightNotMentioned, "the right to data portability may apply because of the basis relied on (consent, contract) and is not mentioned for an activity; whether it applies also depends on automated processing of data the person provided", []Rule{
		r(ukGDPR, "UK GDPR Art 13(2)(b), 14(2)(c), 20", Warning).flag("DERIVED"),
		r(euGDPR, "EU GDPR Art 13(2)(b), 14(2)(c), 20", Warning).flag("DERIVED")}},
	{CodeObjectionNotMentioned, "processing rests on public task or (recognised) legitimate interests, so the right to object applies and must be brought to people's attention", []Rule{
		r(ukGDPR, "UK GDPR Art 13(2)(b), 14(2)(c), 21(1), 21(4)", Error).flag("DERIVED"),
		r(euGDPR, "EU GDPR Art 13(2)(b), 14(2)(c), 21(1), 21(4)", Error).flag("DERIVED")}},
	{CodeObjectionNotSeparate, "the right to object is not presented clearly and separately from other information (it has no words of its own, or shares them with other rights)", []Rule{
		r(ukGDPR, "UK GDPR Art 21(4)", Warning), r(euGDPR, "EU GDPR Art 21(4)", Warning)}},
	{CodeWithdrawConsentNotMentioned, "consent is relied on but the right to withdraw it at any time is not mentioned", []Rule{
		r(ukGDPR, "UK GDPR Art 13(2)(c), 14(2)(d), 7(3)", Error), r(euGDPR, "EU GDPR Art 13(2)(c), 14(2)(d), 7(3)", Error),
		r(part3, "DPA 2018 s40A(5), s40A(6)(a)", Error).from(lb.Part3Consent)}},
	{CodeRightClaimedDoesNotApply, "the notice offers a right that does not apply to the processing it is offered for (portability under public task or legitimate interests; portability or objection under Part 3), which misleads people", []Rule{
		r(ukGDPR, "UK GDPR Art 12(1), 20(1), 21(1)", Warning).flag("DERIVED"),
		r(euGDPR, "EU GDPR Art 12(1), 20(1), 21(1)", Warning).flag("DERIVED"),
		r(part3, "DPA 2018 s43(1)", Warning)}},
	{CodeComplaintToCommissionerAbsent, "the right to complain to the supervisory authority (the Information Commissioner) is not mentioned", []Rule{
		r(ukGDPR, "UK GDPR Art 13(2)(d), 14(2)(e), 77", Error).until(lb.DUAAJun2026),
		r(ukGDPR, "UK GDPR Art 13(2)(d), 14(2)(e); DPA 2018 s165", Error).from(lb.DUAAJun2026),
		r(euGDPR, "EU GDPR Art 13(2)(d), 14(2)(e), 77", Error),
		r(part3, "DPA 2018 s44(1)(e), s165", Error), r(euLED, "LED Art 13(1)(d), 52", Error)}},
	{CodeComplaintToControllerAbsent, "from 19 Jun 2026 a notice must tell people they can complain to the controller (UK GDPR and Part 3 processing only)", []Rule{
		r(ukGDPR, "UK GDPR Art 13(2)(ca), 14(2)(da); DPA 2018 s164A", Error).from(lb.DUAAJun2026),
		r(part3, "DPA 2018 s44(1)(da), s164A", Error).from(lb.DUAAJun2026)}},
	// Art 13(2)(e)-(f), Art 14(1)(d), 14(2)(f); s44(2)(d).
	{CodeRequirementNotStated, "data comes from the person, but the notice does not say whether providing it is a statutory or contractual requirement, or what happens if it is not provided", []Rule{
		r(ukGDPR, "UK GDPR Art 13(2)(e)", Error), r(euGDPR, "EU GDPR Art 13(2)(e)", Error)}},
	{CodeAutomatedDecisionsNotStated, "the notice does not say whether decisions are made by automated means (asked for where they exist, so silence needs judgement)", []Rule{
		r(ukGDPR, "UK GDPR Art 13(2)(f), 14(2)(g), 22", Warning).until(lb.DUAAFeb2026),
		r(ukGDPR, "UK GDPR Art 13(2)(f), 14(2)(g), 22A-22D", Warning).from(lb.DUAAFeb2026),
		r(euGDPR, "EU GDPR Art 13(2)(f), 14(2)(g), 22", Warning)}},
	{CodeAutomatedDecisionLogicMissing, "automated decision-making is used but its logic and consequences are not described", []Rule{
		r(ukGDPR, "UK GDPR Art 13(2)(f), 14(2)(g), 22", Error).until(lb.DUAAFeb2026),
		r(ukGDPR, "UK GDPR Art 13(2)(f), 14(2)(g), 22A-22C", Error).from(lb.DUAAFeb2026),
		r(euGDPR, "EU GDPR Art 13(2)(f), 14(2)(g), 22", Error)}},
	{CodeSourcesNotStated, "the notice does not say where the data comes from, so neither the Art 13 nor the Art 14 duties can be checked", []Rule{
		r(ukGDPR, "UK GDPR Art 14(2)(f)", Warning), r(euGDPR, "EU GDPR Art 14(2)(f)", Warning),
		r(part3, "DPA 2018 s44(2)(d)", Warning).flag(s44Derived)}},
	{CodeDataCategoriesNotStated, "data comes (or may come) from other sources, so the categories of data must be stated, and none are", []Rule{
		r(ukGDPR, "UK GDPR Art 14(1)(d)", Error), r(euGDPR, "EU GDPR Art 14(1)(d)", Error)}},
	// Statements the law contradicts: bases.
	{CodePublicAuthorityLI, "a public authority relies on legitimate interests (or recognised legitimate interests) for a purpose it performs as a public task; the basis is unavailable for that", []Rule{
		r(ukGDPR, "UK GDPR Art 6(1) second subparagraph; DPA 2018 s7", Error).flag("DERIVED"),
		// The EU GDPR's second subparagraph bars point (f) alike: it is the
		// text the UK GDPR had before 5 Feb 2026 (docs/law.md §2.2, §8.1).
		// DPA 2018 s7 defines "public authority" for the UK GDPR only.
		r(euGDPR, "EU GDPR Art 6(1) second subparagraph", Error).flag("DERIVED")}},
	{CodeLIPublicTaskUnclear, "a public authority relies on legitimate interests for a purpose the notice does not show to be outside its public tasks", []Rule{
		r(ukGDPR, "UK GDPR Art 6(1) second subparagraph; DPA 2018 s7", Warning).flag("DERIVED"),
		r(euGDPR, "EU GDPR Art 6(1) second subparagraph", Warning).flag("DERIVED")}},
	{CodeRLIWithoutCondition, "recognised legitimate interests are relied on without an Annex 1 condition", []Rule{
		r(ukGDPR, "UK GDPR Art 6(1)(ea), Annex 1", Error).from(lb.DUAAFeb2026)}},
	{CodeBasisNotInRegime, "a lawful basis is stated that does not exist under the activity's regime (e.g. public task for Part 3 processing)", []Rule{
		r(ukGDPR, "UK GDPR Art 6(1)", Error), r(euGDPR, "EU GDPR Art 6(1)", Error), r(part3, "DPA 2018 s35(2)", Error)}},
	{CodeBasisNotInForce, "a lawful basis is stated that was not in force on the date the notice is judged at", []Rule{
		// Only (ea) has a date. Part 3 consent was a basis from 2018 (s35(2)(a),
		// docs/law.md §4.2); DUAA s69 added its definition and withdrawal only,
		// so no Part 3 rule: lawfulbasis never refuses a Part 3 basis by date.
		r(ukGDPR, "UK GDPR Art 6(1)(ea); SI 2026/82 reg 2", Error)}},
	// Conditions: not statutory notice items (docs/law.md §11.5).
	{CodeSpecialCategoryNoCondition, "special-category data is described but no Art 9(2) condition is stated (a notice need not state one; a prompt to check the record of processing)", []Rule{
		r(ukGDPR, "UK GDPR Art 9(1)-(2)", Warning), r(euGDPR, "EU GDPR Art 9(1)-(2)", Warning)}},
	{CodeSpecialCategoryNoSch1, "an Art 9(2) condition that needs a DPA 2018 Sch 1 condition is stated without one (a prompt)", []Rule{
		r(ukGDPR, "DPA 2018 s10(2)-(3), Sch 1", Warning)}},
	{CodeConditionCannotApply, "the notice states a condition that cannot apply to the data it is given for (e.g. Art 9(2)(b) with a Sch 1 paragraph other than para 1, or a Part 3 condition for UK GDPR data)", []Rule{
		r(ukGDPR, "UK GDPR Art 9(2); DPA 2018 s10, Sch 1", Error)}},
	{CodeCriminalOffenceNoAuthority, "criminal-offence data is described under UK GDPR without official authority or a Sch 1 condition stated (a prompt)", []Rule{
		r(ukGDPR, "UK GDPR Art 10; DPA 2018 s10(4)-(5), Sch 1", Warning)}},
	{CodeSensitiveProcessingNoCond, "Part 3 sensitive processing is described without consent (case 1) or a Sch 8 condition (case 2) stated (a prompt)", []Rule{
		r(part3, "DPA 2018 s35(3)-(5), Sch 8", Warning)}},
	{CodeConditionNotIdentified, "a condition is named only generally (\"substantial public interest\") without its paragraph", []Rule{
		r(ukGDPR, "UK GDPR Art 9(2)(g), 10; DPA 2018 s10(3), Sch 1", Info), r(part3, "DPA 2018 s35(5), Sch 8", Info)}},
	{CodePolicyDocumentNotReferenced, "the conditions relied on need an appropriate policy document, which the notice does not reference", []Rule{
		r(ukGDPR, "DPA 2018 Sch 1 para 5, Part 4", Info), r(part3, "DPA 2018 s35(4)-(5), s42", Info)}},
	{CodePart3NotCompetentAuthority, "law-enforcement (Part 3) processing is described, but the controller is not marked as a competent authority", []Rule{
		r(part3, "DPA 2018 s29, s30, Sch 7", Warning)}},
	{CodeRestrictionGroundMoved, "national security is cited as a Part 3 restriction ground; DUAA s88 moved it to the s78A exemption on a day not confirmed (not Royal Assent; about early September 2025), so it may have moved", []Rule{
		r(part3, "DPA 2018 s44(4)(d), s45(4)(d), s48(3)(d), s78A; DUAA s88", Info).from(lb.NationalSecurityMoved).flag("UNVERIFIED")}},
	{CodeLawCitedOutOfDate, "the notice cites a provision that the date it is judged at has replaced or omitted", []Rule{
		r(anyUK, "DUAA 2025 (SI 2026/82 regs 2-3)", Warning).from(lb.DUAAFeb2026)}},
	// Cookies and similar technologies: PECR, a UK law, for a notice with
	// UK processing (UK GDPR or Part 3), whatever its activities' bases; an
	// EU-only notice's cookies are for the EU member state's law.
	{CodeCookiePurposeNotStated, "a group of cookies is described without its purpose", []Rule{
		r(anyUK, "PECR reg 6(2)(a)", Error)}},
	// Not an information item absent (the purpose, reg 6(2)(a), has its own
	// code) nor a statement the law contradicts (those have their own codes:
	// legitimate interests, set before consent, browser settings): an
	// inference about practice from silence, so judgement (warning).
	{CodeCookieWithoutConsent, "cookies that fit no exception are described, and the notice does not say they are set with consent", []Rule{
		r(anyUK, "PECR reg 6(1)-(2)", Warning).until(lb.DUAAFeb2026).flag("DERIVED"),
		r(anyUK, "PECR reg 6(1)-(2), Sch A1", Warning).from(lb.DUAAFeb2026)}},
	{CodeCookieLegitimateInterests, "cookies are set on legitimate interests, which is not a PECR basis: consent is needed unless an exception applies", []Rule{
		r(anyUK, "PECR reg 6(1)-(2)", Error)}},
	{CodeCookieExceptionNotAvailable, "the notice says cookies are set under an exception to the consent rule, but on the date judged no exception covers their kind (before 5 Feb 2026 only transmission and strictly necessary cookies were exempt)", []Rule{
		r(anyUK, "PECR reg 6(1)-(2)", Error).until(lb.DUAAFeb2026).flag("DERIVED"),
		r(anyUK, "PECR reg 6(1)-(2), Sch A1", Error).from(lb.DUAAFeb2026)}},
	{CodeCookieBrowserSettings, "refusal is left to browser settings: that is not consent to cookies that need it", []Rule{
		r(anyUK, "PECR reg 6(1)-(2); ICO storage and access technologies guidance", Error)}},
	{CodeCookieSetBeforeConsent, "the notice says cookies that need consent are set before it is given", []Rule{
		r(anyUK, "PECR reg 6(1)-(2)", Error)}},
	{CodeCookieObjectionMissing, "analytics or functionality cookies rely on the Sch A1 exception without a simple, free means to object", []Rule{
		r(anyUK, "PECR Sch A1 (DUAA s112, Sch 12)", Error).from(lb.DUAAFeb2026)}},
	// Good practice and the call.
	{CodeNoticeUndated, "the notice gives neither a publication date nor a last-updated date, so readers cannot tell which version they read", []Rule{
		r(nil, "good practice (no statutory requirement)", Info)}},
	{CodeDateBeforeRegime, "the notice is judged at a date before its activity's regime existed; there is no law to judge it by", []Rule{
		r(nil, "docs/law.md §11.2: EU GDPR and DPA 2018 from 25 May 2018, UK GDPR from 1 Jan 2021", Error)}},
	{CodeLawDateUnknown, "Check was called with the zero date; it reports this alone rather than guess which law applies", []Rule{
		r(nil, "none: Check was given no date to read the law at", Error)}},
}
