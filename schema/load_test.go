package schema_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/schema"
	"github.com/noticekit/noticekit/strict"
)

// scheduleWithNote is a valid schedule whose rule note is note.
func scheduleWithNote(note string) []byte {
	return []byte(fmt.Sprintf(`{
  "$schema": "https://noticekit.github.io/schema/schedule/v2.json",
  "id": "demo",
  "version": "1",
  "facts": [{"name": "created", "meaning": "the day the record was made"}],
  "rules": [{"id": "r", "retain": {"from": "created", "period": "P1Y"}, "then": "destroy", "note": %q}]
}`, note))
}

// TestTextLimitInCharacters: the schema's maxLength and Compile both count
// characters, so a note of 4000 two-byte characters (8000 bytes) is
// accepted by both, and 4097 characters are refused once, in characters.
func TestTextLimitInCharacters(t *testing.T) {
	if _, _, err := schema.LoadSchedule(scheduleWithNote(strings.Repeat("ŵ", 4000))); err != nil {
		t.Errorf("4000 × ŵ: %v, want accepted (the limit is 4096 characters)", err)
	}
	if _, _, err := schema.LoadSchedule(scheduleWithNote(strings.Repeat("ŵ", 4096))); err != nil {
		t.Errorf("4096 × ŵ: %v, want accepted", err)
	}
	_, _, err := schema.LoadSchedule(scheduleWithNote(strings.Repeat("ŵ", 4097)))
	var se *strict.Error
	if !errors.As(err, &se) {
		t.Fatalf("4097 × ŵ: %v, want a *strict.Error", err)
	}
	var ptrs []string
	for _, p := range se.Problems {
		ptrs = append(ptrs, p.Pointer)
	}
	if diff := cmp.Diff([]string{"/rules/0/note"}, ptrs); diff != "" {
		t.Errorf("4097 × ŵ: problems at (-want +got):\n%s\n%v", diff, err)
	}
}
