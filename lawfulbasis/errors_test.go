package lawfulbasis_test

import (
	"testing"

	"github.com/noticekit/noticekit/internal/enumtest"
	"github.com/noticekit/noticekit/lawfulbasis"
)

// TestUnknownCodeError: every code parser of the package returns an
// UnknownCodeError for a code outside its set, and accepts every code the
// error lists.
func TestUnknownCodeError(t *testing.T) {
	enumtest.CheckUnknown(t, ".", map[string]func(string) error{
		"ParseRegime":    func(s string) error { _, err := lawfulbasis.ParseRegime(s); return err },
		"ParseBasis":     func(s string) error { _, err := lawfulbasis.ParseBasis(s); return err },
		"ParseCondition": func(s string) error { _, err := lawfulbasis.ParseCondition(s); return err },
	})
}
