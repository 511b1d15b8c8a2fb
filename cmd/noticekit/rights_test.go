package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/civil"
)

// cliCase is one run of the command line compared against a golden file in
// testdata/rights/.
type cliCase struct {
	golden string
	args   []string
	exit   int
}

// runGolden runs each case through run (main.go), and compares the exit
// status, stdout and stderr with testdata/rights/NAME.golden.
func runGolden(t *testing.T, cases []cliCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.golden, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tc.args, strings.NewReader(""), &stdout, &stderr)
			if code != tc.exit {
				t.Errorf("exit %d, want %d\nstderr:\n%s", code, tc.exit, stderr.String())
			}
			got := fmt.Sprintf("$ noticekit %s\nexit %d\n-- stdout --\n%s-- stderr --\n%s",
				strings.Join(tc.args, " "), code, stdout.String(), stderr.String())
			path := filepath.Join("testdata", "rights", tc.golden+".golden")
			if updating() {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", path, diff)
			}
		})
	}
}

func TestRightsCommand(t *testing.T) {
	defer func(f func() civil.Date) { rightsToday = f }(rightsToday)
	rightsToday = func() civil.Date { return civil.MustParse("2026-11-22") }

	runGolden(t, []cliCase{
		// The full output per regime.
		{"uk-gdpr-public-task", []string{"rights", "--regime", "uk-gdpr", "--basis", "public-task", "--on", "2026-11-22"}, exitOK},
		{"uk-gdpr-public-task-json", []string{"rights", "--regime", "uk-gdpr", "--basis", "public-task", "--on", "2026-11-22", "--json"}, exitOK},
		{"uk-gdpr-consent-before-duaa-json", []string{"rights", "--basis", "consent", "--on", "2026-02-04", "--json"}, exitOK},
		{"uk-gdpr-rli-json", []string{"rights", "--basis", "recognised-legitimate-interests", "--on", "2026-02-05", "--json"}, exitOK},
		{"dpa-2018-part-3-law-enforcement-task", []string{"rights", "--regime", "dpa-2018-part-3", "--basis", "law-enforcement-task", "--on", "2026-11-22"}, exitOK},
		{"dpa-2018-part-3-consent-json", []string{"rights", "--regime", "dpa-2018-part-3", "--basis", "consent", "--on", "2025-06-18", "--json"}, exitOK},
		{"eu-gdpr-legitimate-interests-json", []string{"rights", "--regime", "eu-gdpr", "--basis", "legitimate-interests", "--on", "2026-11-22", "--json"}, exitOK},
		{"eu-led-law-enforcement-task", []string{"rights", "--regime", "eu-led", "--basis", "law-enforcement-task", "--on", "2026-11-22"}, exitOK},
		// --on defaults to today in London.
		{"default-on", []string{"rights", "--basis", "legitimate-interests", "--json"}, exitOK},
		// Usage errors exit 2 and name the allowed values.
		{"error-unknown-regime", []string{"rights", "--regime", "gdpr", "--basis", "consent", "--on", "2026-11-22"}, exitUsage},
		{"error-unknown-basis", []string{"rights", "--basis", "public-interest", "--on", "2026-11-22"}, exitUsage},
		{"error-missing-basis", []string{"rights", "--regime", "dpa-2018-part-3", "--on", "2026-11-22"}, exitUsage},
		{"error-part3-basis-under-uk-gdpr", []string{"rights", "--basis", "law-enforcement-task", "--on", "2026-11-22"}, exitUsage},
		{"error-rli-before-commencement", []string{"rights", "--basis", "recognised-legitimate-interests", "--on", "2026-02-04"}, exitUsage},
		{"error-rli-eu-gdpr", []string{"rights", "--regime", "eu-gdpr", "--basis", "recognised-legitimate-interests", "--on", "2026-11-22"}, exitUsage},
		{"error-bad-date", []string{"rights", "--basis", "consent", "--on", "2026-02-30"}, exitUsage},
		// Law only where it exists: before the UK GDPR's first day, a refusal naming it.
		{"error-before-uk-gdpr", []string{"rights", "--regime", "uk-gdpr", "--basis", "public-task", "--on", "1900-01-01"}, exitUsage},
		{"uk-gdpr-first-day-json", []string{"rights", "--regime", "uk-gdpr", "--basis", "public-task", "--on", "2021-01-01", "--json"}, exitOK},
		{"error-argument", []string{"rights", "--basis", "consent", "extra"}, exitUsage},
		{"error-unknown-flag", []string{"rights", "--basis", "consent", "--date", "2026-01-01"}, exitUsage},
		{"help", []string{"rights", "-h"}, exitOK},
	})
}

// TestRightsJSONContract checks the keys other systems rely on.
func TestRightsJSONContract(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"rights", "--regime", "uk-gdpr", "--basis", "public-task", "--on", "2026-11-22", "--json"}, nil, &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var out map[string]json.RawMessage
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range out {
			if !yield(k) {
				return
			}
		}
	})
	if diff := cmp.Diff([]string{"basis", "on", "regime", "rights"}, keys); diff != "" {
		t.Errorf("top-level keys (-want +got):\n%s", diff)
	}
	var entries []map[string]string
	if err := json.Unmarshal(out["rights"], &entries); err != nil {
		t.Fatal(err)
	}
	if len(entries) != 12 {
		t.Fatalf("%d rights, want 12", len(entries))
	}
	want := map[string]string{"right": "erasure", "status": "does-not-apply", "citation": "UK GDPR Art 17(3)(b)"}
	got := map[string]string{"right": entries[3]["right"], "status": entries[3]["status"], "citation": entries[3]["citation"]}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("erasure entry (-want +got):\n%s", diff)
	}
	if len(entries[3]) != 4 || entries[3]["reason"] == "" {
		t.Errorf("erasure entry keys: %v", entries[3])
	}
}
