package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDeadlineCommand(t *testing.T) {
	runGolden(t, []cliCase{
		{"deadline-31-jan-json", []string{"deadline", "--received", "2026-01-31", "--json"}, exitOK},
		{"deadline-31-jan", []string{"deadline", "--received", "2026-01-31"}, exitOK},
		{"deadline-3-sep", []string{"deadline", "--received", "2025-09-03", "--right", "erasure"}, exitOK},
		{"deadline-id-fee-clarification-scotland", []string{"deadline", "--received", "2026-10-01", "--id-received", "2026-10-05",
			"--fee-paid", "2026-10-06", "--clarification-asked", "2026-10-20", "--clarification-received", "2026-10-23",
			"--nation", "scotland"}, exitOK},
		{"deadline-part3-extended-json", []string{"deadline", "--regime", "dpa-2018-part-3", "--received", "2026-02-05", "--extended", "--json"}, exitOK},
		{"deadline-christmas-ni", []string{"deadline", "--received", "2027-11-25", "--nation", "northern-ireland", "--right", "rectification"}, exitOK},
		{"error-deadline-part3-extended-before", []string{"deadline", "--regime", "dpa-2018-part-3", "--received", "2026-02-04", "--extended"}, exitUsage},
		{"error-deadline-missing-received", []string{"deadline"}, exitUsage},
		{"error-deadline-bad-date", []string{"deadline", "--received", "31/01/2026"}, exitUsage},
		// Law only where it exists: 0001-01-01 is before the UK GDPR existed.
		{"error-deadline-before-uk-gdpr", []string{"deadline", "--received", "0001-01-01"}, exitUsage},
		{"error-deadline-unknown-right", []string{"deadline", "--received", "2026-01-31", "--right", "forget"}, exitUsage},
		{"error-deadline-right-no-period", []string{"deadline", "--received", "2026-01-31", "--regime", "dpa-2018-part-3", "--right", "portability"}, exitUsage},
		{"error-deadline-unknown-nation", []string{"deadline", "--received", "2026-01-31", "--nation", "wales"}, exitUsage},
		{"error-deadline-unknown-regime", []string{"deadline", "--received", "2026-01-31", "--regime", "uk"}, exitUsage},
		{"error-deadline-eu-regime", []string{"deadline", "--received", "2026-01-31", "--regime", "eu-gdpr"}, exitUsage},
		{"error-deadline-several", []string{"deadline", "--received", "2026-03-02", "--fee-paid", "2026-03-01", "--clarification-asked", "2026-03-05"}, exitUsage},
		{"error-deadline-clarification-order", []string{"deadline", "--received", "2026-03-02", "--clarification-asked", "2026-03-05", "--clarification-received", "2026-03-04"}, exitUsage},
	})
}

// TestDeadlineJSONContract checks the keys and values of the issue's
// example: 31 Jan 2026 → 2 Mar 2026.
func TestDeadlineJSONContract(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"deadline", "--received", "2026-01-31", "--json"}, nil, &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var out map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	steps, _ := out["steps"].([]any)
	if len(steps) == 0 {
		t.Errorf("no steps: %v", out["steps"])
	}
	delete(out, "steps")
	want := map[string]any{"regime": "uk-gdpr", "right": "access", "received": "2026-01-31", "relevant_time": "2026-01-31", "due": "2026-03-02"}
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("JSON (-want +got):\n%s", diff)
	}
}

// FuzzDeadlineCommand drives the command with arbitrary dates and codes: it
// must not panic, must exit 0 or 2, and on success print a due date.
func FuzzDeadlineCommand(f *testing.F) {
	f.Add("2026-01-31", "access", "scotland", "")
	f.Add("2026-13-01", "erasure", "england-and-wales", "2026-02-01")
	f.Add("9999-12-31", "portability", "northern-ireland", "9999-12-31")
	f.Fuzz(func(t *testing.T, received, right, nation, fee string) {
		args := []string{"deadline", "--received", received, "--right", right, "--nation", nation}
		if fee != "" {
			args = append(args, "--fee-paid", fee)
		}
		var stdout, stderr bytes.Buffer
		switch code := run(args, nil, &stdout, &stderr); code {
		case exitOK:
			if !strings.HasPrefix(stdout.String(), "Due: ") {
				t.Fatalf("%q: stdout %q", args, stdout.String())
			}
		case exitUsage:
			if stderr.Len() == 0 {
				t.Fatalf("%q: exit 2 with no message", args)
			}
		default:
			t.Fatalf("%q: exit %d", args, code)
		}
	})
}
