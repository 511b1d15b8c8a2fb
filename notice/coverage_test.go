package notice_test

import (
	"testing"

	"github.com/noticekit/noticekit/notice"
)

// lawRows lists the information items of the legal reference (docs/law.md §5.1,
// rows "Informed (collected from DS)" and "Informed (not from DS)", and §6,
// rows "Information — general" and "Information — specific cases"), each
// with the finding codes that report its absence. The test fails if a row
// has no code or names a code the catalogue does not have.
var lawRows = []struct {
	row   string
	codes []string
}{
	// UK GDPR Art 13 (and Art 14 where the same item appears).
	{"Art 13(1)(a)/14(1)(a) identity and contact details of the controller", []string{notice.CodeControllerNotNamed, notice.CodeControllerContactMissing}},
	{"Art 13(1)(b)/14(1)(b) contact details of the DPO", []string{notice.CodeDPOContactMissing}},
	{"Art 13(1)(c)/14(1)(c) purposes", []string{notice.CodePurposesMissing}},
	{"Art 13(1)(c)/14(1)(c) lawful basis", []string{notice.CodeLawfulBasisMissing, notice.CodeBasisNotLinked}},
	{"Art 13(1)(d)/14(2)(b) legitimate interests where (f) is relied on", []string{notice.CodeLegitimateInterestsNotStated}},
	{"Art 13(1)(e)/14(1)(e) recipients", []string{notice.CodeRecipientsNotStated}},
	{"Art 13(1)(f)/14(1)(f) transfers and their safeguards", []string{notice.CodeTransfersNotStated, notice.CodeTransferSafeguardNotStated, notice.CodeTransfersWrongTerritory}},
	{"Art 13(1)(f)/14(1)(f) means to obtain a copy of the safeguards (from 5 Feb 2026)", []string{notice.CodeTransferSafeguardCopyMissing}},
	{"Art 21(4) the right to object presented clearly and separately", []string{notice.CodeObjectionNotMentioned, notice.CodeObjectionNotSeparate}},
	{"Art 13(2)(a)/14(2)(a) retention period or criteria", []string{notice.CodeRetentionMissing, notice.CodeRetentionPeriodNotStated, notice.CodeRetentionScheduleNotPublished, notice.CodeRetentionRuleUnresolved}},
	{"Art 13(2)(b)/14(2)(c) existence of the rights", []string{notice.CodeRightsNotStated, notice.CodeRightNotMentioned, notice.CodeObjectionNotMentioned}},
	{"Art 13(2)(c)/14(2)(d) right to withdraw consent", []string{notice.CodeWithdrawConsentNotMentioned}},
	{"Art 13(2)(ca)/14(2)(da) right to complain to the controller (from 19 Jun 2026, s164A)", []string{notice.CodeComplaintToControllerAbsent}},
	{"Art 13(2)(d)/14(2)(e) right to complain to the Commissioner (Art 77; s165)", []string{notice.CodeComplaintToCommissionerAbsent}},
	{"Art 13(2)(e) statutory or contractual requirement", []string{notice.CodeRequirementNotStated}},
	{"Art 13(2)(f)/14(2)(g) automated decision-making (Arts 22A-22C)", []string{notice.CodeAutomatedDecisionsNotStated, notice.CodeAutomatedDecisionLogicMissing}},
	// UK GDPR Art 14 only.
	{"Art 14(1)(d) categories of personal data", []string{notice.CodeDataCategoriesNotStated}},
	{"Art 14(2)(f) source of the data", []string{notice.CodeSourcesNotStated}},
	// DPA 2018 s44(1): general information, always.
	{"s44(1)(a) controller identity and contact details", []string{notice.CodeControllerNotNamed, notice.CodeControllerContactMissing}},
	{"s44(1)(b) DPO contact details", []string{notice.CodeDPOContactMissing}},
	{"s44(1)(c) purposes", []string{notice.CodePurposesMissing}},
	{"s44(1)(d) existence of rights of access, rectification, erasure/restriction", []string{notice.CodeRightsNotStated, notice.CodeRightNotMentioned}},
	{"s44(1)(da) right to complain to the controller (from 19 Jun 2026)", []string{notice.CodeComplaintToControllerAbsent}},
	{"s44(1)(e) right to complain to the Commissioner", []string{notice.CodeComplaintToCommissionerAbsent}},
	// PECR reg 6 and Sch A1 (docs/law.md §11.4).
	{"PECR reg 6(2)(a) clear and comprehensive information about the purposes", []string{notice.CodeCookiePurposeNotStated}},
	{"PECR reg 6(1)-(2) consent before storage or access, unless an exception applies", []string{notice.CodeCookieWithoutConsent, notice.CodeCookieLegitimateInterests, notice.CodeCookieExceptionNotAvailable, notice.CodeCookieBrowserSettings, notice.CodeCookieSetBeforeConsent}},
	{"PECR Sch A1 a simple, free means to object for the analytics and functionality exceptions", []string{notice.CodeCookieObjectionMissing}},
	// LED Art 13(1) and Art 52.
	{"LED Art 13(1) general information, complaint (Art 52)", []string{notice.CodeControllerContactMissing, notice.CodePurposesMissing, notice.CodeRightNotMentioned, notice.CodeComplaintToCommissionerAbsent}},
	// DPA 2018 s44(2): specific cases.
	{"s44(2)(a) legal basis", []string{notice.CodeLawfulBasisMissing}},
	{"s44(2)(b) retention period or criteria", []string{notice.CodeRetentionMissing, notice.CodeRetentionPeriodNotStated}},
	{"s44(2)(c) categories of recipients", []string{notice.CodeRecipientsNotStated}},
	{"s44(2)(d) further information, e.g. data collected without the data subject's knowledge", []string{notice.CodeSourcesNotStated}},
}

func TestCatalogueCoversLawRows(t *testing.T) {
	known := map[string]bool{}
	for _, e := range notice.Catalogue() {
		known[e.Code] = true
	}
	for _, r := range lawRows {
		if len(r.codes) == 0 {
			t.Errorf("%s: no finding covers it", r.row)
		}
		for _, c := range r.codes {
			if !known[c] {
				t.Errorf("%s: code %s is not in the catalogue", r.row, c)
			}
		}
	}
}
