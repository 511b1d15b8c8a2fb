package civil_test

import (
	"testing"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/internal/enumtest"
)

// TestUnknownCodeError: every code parser of the package returns an
// UnknownCodeError for a code outside its set, and accepts every code the
// error lists.
func TestUnknownCodeError(t *testing.T) {
	enumtest.CheckUnknown(t, ".", map[string]func(string) error{
		"ParseNation": func(s string) error { _, err := civil.ParseNation(s); return err },
	})
}
