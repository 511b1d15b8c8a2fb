package notice_test

import (
	"testing"

	"github.com/noticekit/noticekit/internal/enumtest"
	"github.com/noticekit/noticekit/notice"
)

// TestUnknownCodeError: every code parser of the package returns an
// UnknownCodeError for a code outside its set, and accepts every code the
// error lists. A new code set adds its Parse function here.
func TestUnknownCodeError(t *testing.T) {
	enumtest.CheckUnknown(t, ".", map[string]func(string) error{
		"ParseClaim":             func(s string) error { _, err := notice.ParseClaim(s); return err },
		"ParseConditionUse":      func(s string) error { _, err := notice.ParseConditionUse(s); return err },
		"ParseConsentMechanism":  func(s string) error { _, err := notice.ParseConsentMechanism(s); return err },
		"ParseControllerKind":    func(s string) error { _, err := notice.ParseControllerKind(s); return err },
		"ParseCookieBasis":       func(s string) error { _, err := notice.ParseCookieBasis(s); return err },
		"ParseCookieKind":        func(s string) error { _, err := notice.ParseCookieKind(s); return err },
		"ParseDataKind":          func(s string) error { _, err := notice.ParseDataKind(s); return err },
		"ParseDataSubjectSource": func(s string) error { _, err := notice.ParseDataSubjectSource(s); return err },
		"ParseGeneralCondition":  func(s string) error { _, err := notice.ParseGeneralCondition(s); return err },
		"ParseOccurrence":        func(s string) error { _, err := notice.ParseOccurrence(s); return err },
		"ParseProvision":         func(s string) error { _, err := notice.ParseProvision(s); return err },
		"ParseRefusalMeans":      func(s string) error { _, err := notice.ParseRefusalMeans(s); return err },
		"ParseRequirementKind":   func(s string) error { _, err := notice.ParseRequirementKind(s); return err },
		"ParseRetentionKind":     func(s string) error { _, err := notice.ParseRetentionKind(s); return err },
		"ParseRole":              func(s string) error { _, err := notice.ParseRole(s); return err },
		"ParseSafeguard":         func(s string) error { _, err := notice.ParseSafeguard(s); return err },
		"ParseSeverity":          func(s string) error { _, err := notice.ParseSeverity(s); return err },
		"ParseSharing":           func(s string) error { _, err := notice.ParseSharing(s); return err },
		"ParseSpecialCategory":   func(s string) error { _, err := notice.ParseSpecialCategory(s); return err },
		"ParseStatementKind":     func(s string) error { _, err := notice.ParseStatementKind(s); return err },
		"ParseTerritory":         func(s string) error { _, err := notice.ParseTerritory(s); return err },
	})
}
