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
	meaning := strings.Replace(string(scheduleWithNote("n")), "the day the record was made", strings.Repeat("ŵ", 4000), 1)
	if _, _, err := schema.LoadSchedule([]byte(meaning)); err != nil {
		t.Errorf("a fact's meaning of 4000 × ŵ: %v, want accepted", err)
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

// TestShapeInAuthorsWords: LoadSchedule says what is wrong with an id, a
// version, a fact name, a meaning or a text's length in the words Compile
// has, not as the schema's raw pattern, and once per place.
func TestShapeInAuthorsWords(t *testing.T) {
	type problem struct{ Pointer, Message string }
	tests := []struct {
		from, to string
		want     problem
	}{
		{`"id": "demo"`, `"id": "de mo"`, problem{"/id", `"de mo": want an id of letters, digits, '.', '_' or '-' (1–128, starting with a letter or digit)`}},
		{`"version": "1"`, `"version": "1 0"`, problem{"/version", `"1 0": want a version of letters, digits, '.', '_', '+' or '-' (1–64, starting with a letter or digit)`}},
		{`"name": "created"`, `"name": "Created"`, problem{"/facts/0/name", `"Created": want a fact name in snake_case (a–z, 0–9, _; 1–64, starting with a letter)`}},
		{`"the day the record was made"`, `"the day\nthe record was made"`, problem{"/facts/0/meaning", "want one line: remove the line break"}},
		{`"note": "n"`, `"note": "` + strings.Repeat("ŵ", 4097) + `"`, problem{"/rules/0/note", "4097 characters: want at most 4096"}},
	}
	for _, tt := range tests {
		doc := strings.Replace(string(scheduleWithNote("n")), tt.from, tt.to, 1)
		_, _, err := schema.LoadSchedule([]byte(doc))
		var se *strict.Error
		if !errors.As(err, &se) {
			t.Errorf("%s: %v, want a *strict.Error", tt.to, err)
			continue
		}
		var got []problem
		for _, p := range se.Problems {
			got = append(got, problem{p.Pointer, p.Message})
		}
		if diff := cmp.Diff([]problem{tt.want}, got); diff != "" {
			t.Errorf("%.40s (-want +got):\n%s", tt.to, diff)
		}
	}
}
