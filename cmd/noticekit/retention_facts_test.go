package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/noticekit/noticekit/examples"
)

func TestRetentionFacts(t *testing.T) {
	tests := []struct {
		name string
		exit int
		args []string
	}{
		{"facts-text", exitOK, []string{"retention", "facts", "--schedule", rdSched}},
		{"facts-json", exitOK, []string{"retention", "facts", "--schedule", "example:maidstone-parking", "--json"}},
		{"facts-bad-schedule", exitInvalid, []string{"retention", "facts", "--schedule", "testdata/retention/bad-compile.json"}},
		{"facts-no-schedule", exitUsage, []string{"retention", "facts"}},
		{"facts-help", exitOK, []string{"retention", "facts", "-h"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { rdGolden(t, tt.name, "", tt.exit, tt.args...) })
	}
}

// The CSV header retention facts prints is one retention decide reads with
// no warning about missing columns, for every bundled schedule.
func TestRetentionFactsHeaderIsComplete(t *testing.T) {
	for _, e := range examples.Schedules() {
		var out, errOut strings.Builder
		if code := run([]string{"retention", "facts", "--json", "--schedule", "example:" + e.ID}, strings.NewReader(""), &out, &errOut); code != exitOK {
			t.Fatalf("%s: exit %d: %s", e.ID, code, errOut.String())
		}
		var f factsOutput
		if err := json.Unmarshal([]byte(out.String()), &f); err != nil {
			t.Fatal(err)
		}
		out.Reset()
		errOut.Reset()
		code := run([]string{"retention", "decide", "--schedule", "example:" + e.ID, "--today", "2026-06-01", "--format", "csv", "-"},
			strings.NewReader(f.CSVHeader+"\n"), &out, &errOut)
		if code != exitOK || strings.Contains(errOut.String(), "warning") {
			t.Errorf("%s: header %q: exit %d\n%s", e.ID, f.CSVHeader, code, errOut.String())
		}
	}
}

// A version 1 schedule is read (validated against the kept version 1
// schema) and refused with what to add, by validate, retention decide and
// retention facts alike.
func TestVersion1Schedule(t *testing.T) {
	const v1 = "testdata/retention/v1-schedule.json"
	for _, args := range [][]string{
		{"validate", v1},
		{"retention", "decide", "--schedule", v1, "--today", "2026-06-01"},
		{"retention", "facts", "--schedule", v1},
	} {
		var out, errOut strings.Builder
		code := run(args, strings.NewReader(""), &out, &errOut)
		if code != exitInvalid || !strings.Contains(out.String(), "add a facts declaration for: date_of_birth, created, reviewed, clear_period_start") ||
			!strings.Contains(out.String(), "/rules/1/review_every: a version 2 rule with then review states its review cycle") {
			t.Errorf("%v: exit %d\n%s%s", args, code, out.String(), errOut.String())
		}
	}
}
