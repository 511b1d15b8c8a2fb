package main

import (
	"bytes"
	"flag"
	"fmt"
	"github.com/noticekit/noticekit/notice"
	"io"
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
		// Before the UK GDPR existed: the date is refused (exit 2), naming its first day (docs/law.md §11.2).
		{"maidstone-2018", exitUsage, []string{"check", "--on", "2018-06-01", "../../examples/maidstone-parking-bwv.json"}},
		// A service notice judged with its parent: the parent's controller, DPO, rights and complaints count.
		{"service-with-parent", exitOK, []string{"check", "--on", "2026-11-22", "--parent", "../../notice/testdata/compose/corporate.json", "../../notice/testdata/compose/service-with-parent.json"}},
		// A --parent that is not the parent the notice names is not used, and the command says so.
		{"service-wrong-parent", exitOK, []string{"check", "--on", "2026-11-22", "--parent", "../../notice/testdata/compose/service-without-parent.json", "../../notice/testdata/compose/service-with-parent.json"}},
		// The parent named but not given: warnings only, each saying where the item may be.
		{"service-parent-absent", exitOK, []string{"check", "--on", "2026-11-22", "../../notice/testdata/compose/service-with-parent.json"}},
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

// TestCheckFailOn runs check on a notice whose only finding is a warning
// (the clean notice of the notice package's tests without its transfers
// statement): the exit status follows --fail-on.
func TestCheckFailOn(t *testing.T) {
	clean, err := os.ReadFile("../../notice/testdata/check/clean.json")
	if err != nil {
		t.Fatal(err)
	}
	n, err := notice.Parse(clean)
	if err != nil || n.Activities[0].Transfers == nil {
		t.Fatalf("clean.json: %v, or its first activity no longer states transfers", err)
	}
	n.Activities[0].Transfers = nil
	warningOnly, err := notice.Marshal(n)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "warning-only.json")
	if err := os.WriteFile(path, warningOnly, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		failOn []string
		exit   int
	}{
		{nil, exitOK}, // default: error
		{[]string{"--fail-on", "error"}, exitOK},
		{[]string{"--fail-on", "warning"}, exitInvalid},
		{[]string{"--fail-on", "info"}, exitInvalid},
		{[]string{"--fail-on", "none"}, exitOK},
	}
	for _, tt := range tests {
		args := append(append([]string{"check", "--on", "2026-11-22"}, tt.failOn...), path)
		var stdout, stderr bytes.Buffer
		code := run(args, strings.NewReader(""), &stdout, &stderr)
		if code != tt.exit {
			t.Errorf("%v: exit %d, want %d\nstderr:\n%s", tt.failOn, code, tt.exit, stderr.String())
		}
		if strings.Count(stdout.String(), "\n") != 1 || !strings.Contains(stdout.String(), ": warning transfers-not-stated: ") ||
			!strings.Contains(stderr.String(), "0 error(s), 1 warning(s), 0 info") {
			t.Errorf("%v: want exactly the one warning\nstdout:\n%sstderr:\n%s", tt.failOn, stdout.String(), stderr.String())
		}
	}
}

// TestTooLarge gives validate and check a 5 MiB file and the same bytes on
// stdin: one problem each, naming the file's true size when it is known,
// exit 1, and the command reads no more than the limit and a byte.
func TestTooLarge(t *testing.T) {
	big := bytes.Repeat([]byte(" "), 5<<20)
	big[len(big)-2], big[len(big)-1] = '{', '}'
	path := filepath.Join(t.TempDir(), "big.json")
	if err := os.WriteFile(path, big, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args  []string
		stdin []byte
		want  string
	}{
		{[]string{"validate", path}, nil, path + ":1:4194305: (document): document is 5242880 bytes, over the limit of 4194304 bytes; expected at most 4194304 bytes\n"},
		{[]string{"check", path}, nil, path + ":1:4194305: (document): document is 5242880 bytes, over the limit of 4194304 bytes; expected at most 4194304 bytes\n"},
		{[]string{"validate", "-"}, big, "-:1:4194305: (document): document is over the limit of 4194304 bytes; expected at most 4194304 bytes\n"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		in := &countingReader{r: bytes.NewReader(tt.stdin)}
		code := run(tt.args, in, &stdout, &stderr)
		if code != exitInvalid {
			t.Errorf("%v: exit %d, want %d\nstderr:\n%s", tt.args, code, exitInvalid, stderr.String())
		}
		if in.n > 4<<20+1 {
			t.Errorf("%v: read %d bytes of stdin, want at most the limit and one", tt.args, in.n)
		}
		if diff := cmp.Diff(tt.want, stdout.String()); diff != "" {
			t.Errorf("%v: output (-want +got):\n%s", tt.args, diff)
		}
	}
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}
