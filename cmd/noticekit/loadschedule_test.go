package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUndeclaredFactRefusedEverywhere: a schedule whose rule uses a fact it
// does not declare is refused the same way by every command that reads a
// schedule, because all of them load it with schema.LoadSchedule.
func TestUndeclaredFactRefusedEverywhere(t *testing.T) {
	good, err := os.ReadFile("../../examples/schedules/maidstone-parking.json")
	if err != nil {
		t.Fatal(err)
	}
	// Use an undeclared fact in the rule, leaving the declaration alone.
	bad := bytes.Replace(good, []byte(`{"from": "case_closed"`), []byte(`{"from": "case_shut"`), 1)
	if bytes.Equal(bad, good) {
		t.Fatal("the example schedule changed: no rule uses case_closed")
	}
	file := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(file, bad, 0o644); err != nil {
		t.Fatal(err)
	}
	const want = `/retention_rules/0/keep_for/later_of/1/from: undeclared fact "case_shut"`
	for _, args := range [][]string{
		{"check", "--on", "2026-11-22", "--schedule", file, "../../examples/maidstone-parking-bwv.json"},
		{"render", "--format", "text", "--schedule", file, "../../examples/maidstone-parking-bwv.json"},
		{"validate", file},
		{"retention", "facts", "--schedule", file},
		{"retention", "sql", "--schedule", file, "--dialect", "postgres"},
		{"retention", "decide", "--schedule", file, "--today", "2026-11-22"},
	} {
		code, stdout, stderr := runCmd("", args...)
		stderr += stdout // validate and retention list problems on stdout
		if code == exitOK {
			t.Errorf("%s: exit 0, want the schedule refused", strings.Join(args[:2], " "))
		}
		if !strings.Contains(stderr, "undeclared fact") || !strings.Contains(stderr, "case_shut") {
			t.Errorf("%s: stderr does not name the undeclared fact (want something like %q):\n%s", strings.Join(args[:2], " "), want, stderr)
		}
	}
}
