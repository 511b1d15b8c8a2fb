package rights_test

import (
	"testing"

	"github.com/noticekit/noticekit/internal/enumtest"
	"github.com/noticekit/noticekit/rights"
)

// TestUnknownCodeError: every code parser of the package returns an
// UnknownCodeError for a code outside its set, and accepts every code the
// error lists.
func TestUnknownCodeError(t *testing.T) {
	enumtest.CheckUnknown(t, ".", map[string]func(string) error{
		"ParseRight":             func(s string) error { _, err := rights.ParseRight(s); return err },
		"ParseStatus":            func(s string) error { _, err := rights.ParseStatus(s); return err },
		"ParseRestrictionGround": func(s string) error { _, err := rights.ParseRestrictionGround(s); return err },
	})
}
