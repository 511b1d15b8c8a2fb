package retention_test

import (
	"testing"

	"github.com/noticekit/noticekit/internal/enumtest"
	"github.com/noticekit/noticekit/retention"
)

// TestUnknownCodeError: every code parser of the package returns an
// UnknownCodeError for a code outside its set, and accepts every code the
// error lists.
func TestUnknownCodeError(t *testing.T) {
	enumtest.CheckUnknown(t, ".", map[string]func(string) error{
		"ParseAction":   func(s string) error { _, err := retention.ParseAction(s); return err },
		"ParseDialect":  func(s string) error { _, err := retention.ParseDialect(s); return err },
		"ParseCutoff":   func(s string) error { _, err := retention.ParseCutoff(s); return err },
		"ParseCounting": func(s string) error { _, err := retention.ParseCounting(s); return err },
		"ParseOutcome":  func(s string) error { _, err := retention.ParseOutcome(s); return err },
		"ParseReason":   func(s string) error { _, err := retention.ParseReason(s); return err },
	})
}
