package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// update rewrites the golden files of every command's tests in this
// package: go test ./cmd/noticekit -update.
var update = flag.Bool("update", false, "rewrite golden files")

func updating() bool { return *update }

// golden runs the command line with args and compares exit status, stdout
// and stderr with testdata/DIR/NAME.golden.
func golden(t *testing.T, dir, name string, stdin string, wantExit int, args ...string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(stdin), &stdout, &stderr)
	if code != wantExit {
		t.Errorf("exit %d, want %d\nstderr:\n%s", code, wantExit, stderr.String())
	}
	got := fmt.Sprintf("$ noticekit %s\nexit %d\n-- stdout --\n%s-- stderr --\n%s",
		strings.Join(args, " "), code, stdout.String(), stderr.String())
	path := filepath.Join("testdata", dir, name+".golden")
	if updating() {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/noticekit -update)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", path, diff)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		exit  int
		args  []string
	}{
		{"examples", "", exitOK, []string{"validate", "--examples"}},
		{"bad-notice", "", exitInvalid, []string{"validate", "testdata/validate/bad-notice.json"}},
		{"bad-notice-json", "", exitInvalid, []string{"validate", "--json", "testdata/validate/bad-notice.json"}},
		{"duplicate-key", "", exitInvalid, []string{"validate", "testdata/validate/duplicate.json"}},
		{"stdin-truncated", `{"$schema": `, exitInvalid, []string{"validate", "-"}},
		{"missing-file", "", exitUsage, []string{"validate", "testdata/validate/no-such-file.json"}},
		{"no-args", "", exitUsage, []string{"validate"}},
		{"bad-flag", "", exitUsage, []string{"validate", "--colour"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { golden(t, "validate", tt.name, tt.stdin, tt.exit, tt.args...) })
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		exit int
		args []string
	}{
		{"examples", exitOK, []string{"check", "--examples", "--on", "2026-11-22", "--fail-on", "none"}},
		{"maidstone", exitInvalid, []string{"check", "--on", "2026-11-22", "--schedule", "../../examples/schedules/maidstone-parking.json", "../../examples/maidstone-parking-bwv.json"}},
		{"maidstone-2018", exitInvalid, []string{"check", "--on", "2018-06-01", "../../examples/maidstone-parking-bwv.json"}},
		{"opcc-json", exitInvalid, []string{"check", "--json", "--on", "2026-11-22", "../../examples/staffordshire-opcc.json"}},
		{"invalid-notice", exitInvalid, []string{"check", "--on", "2026-11-22", "testdata/validate/bad-notice.json"}},
		{"bad-fail-on", exitUsage, []string{"check", "--fail-on", "fatal", "--examples"}},
		{"bad-date", exitUsage, []string{"check", "--on", "2026-02-30", "--examples"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { golden(t, "check", tt.name, "", tt.exit, tt.args...) })
	}
}

func TestUsage(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run(nil, strings.NewReader(""), &out, &errb); code != exitUsage {
		t.Errorf("no command: exit %d, want %d", code, exitUsage)
	}
	for _, name := range []string{"validate", "check", "rights", "deadline", "retention"} {
		if !strings.Contains(errb.String(), name) {
			t.Errorf("usage does not list %s:\n%s", name, errb.String())
		}
	}
	errb.Reset()
	if code := run([]string{"frobnicate"}, strings.NewReader(""), &out, &errb); code != exitUsage || !strings.Contains(errb.String(), "unknown command") {
		t.Errorf("unknown command: exit %d, stderr %q", code, errb.String())
	}
}
