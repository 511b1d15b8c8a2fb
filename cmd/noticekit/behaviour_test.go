package main

import (
	"bytes"
	"errors"
	"os"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/lawfulbasis"
)

// runCmd runs a command line with stdin and returns its exit status,
// stdout and stderr.
func runCmd(stdin string, args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// helpLines is -h for every command of the table, every group and the
// command itself.
func helpLines() [][]string {
	lines := [][]string{{"-h"}, {"--help"}, {"help"}}
	seen := map[string]bool{}
	for _, c := range commands {
		words := strings.Fields(c.name)
		lines = append(lines, append(append([]string{}, words...), "-h"), append(append([]string{}, words...), "--help"))
		if len(words) > 1 && !seen[words[0]] {
			seen[words[0]] = true
			lines = append(lines, []string{words[0], "-h"})
		}
	}
	return lines
}

// TestHelpExitsZero: -h prints the usage on stdout and exits 0 for every
// command, group and the command itself; nothing goes to stderr.
func TestHelpExitsZero(t *testing.T) {
	for _, args := range helpLines() {
		code, stdout, stderr := runCmd("", args...)
		if code != exitOK {
			t.Errorf("%v: exit %d, want 0\nstderr:\n%s", args, code, stderr)
		}
		if !strings.HasPrefix(stdout, "usage: noticekit") {
			t.Errorf("%v: stdout does not start with the usage:\n%s", args, stdout)
		}
		if stderr != "" {
			t.Errorf("%v: stderr not empty:\n%s", args, stderr)
		}
	}
}

// TestMistypedFlag: an unknown flag is one line on stderr that names it,
// suggests the nearest flag and gives the -h hint; the exit status is 2 and
// nothing is written to stdout.
func TestMistypedFlag(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"validate", "--jsn", "x.json"}, "noticekit validate: unknown flag --jsn (did you mean --json?); run 'noticekit validate -h' for usage\n"},
		{[]string{"check", "--fial-on", "none", "x.json"}, "noticekit check: unknown flag --fial-on (did you mean --fail-on?); run 'noticekit check -h' for usage\n"},
		{[]string{"check", "x.json", "--fial-on", "none"}, "noticekit check: unknown flag --fial-on (did you mean --fail-on?); run 'noticekit check -h' for usage\n"},
		{[]string{"rights", "--basis", "consent", "-regim", "uk-gdpr"}, "noticekit rights: unknown flag --regim (did you mean --regime?); run 'noticekit rights -h' for usage\n"},
		{[]string{"deadline", "--recieved", "2026-01-31"}, "noticekit deadline: unknown flag --recieved (did you mean --received?); run 'noticekit deadline -h' for usage\n"},
		{[]string{"retention", "decide", "--sched", "example:maidstone-parking"}, "noticekit retention decide: unknown flag --sched (did you mean --schedule?); run 'noticekit retention decide -h' for usage\n"},
		{[]string{"version", "--colour"}, "noticekit version: unknown flag --colour; run 'noticekit version -h' for usage\n"},
		{[]string{"check", "--on"}, "noticekit check: flag needs an argument: --on; run 'noticekit check -h' for usage\n"},
		{[]string{"validate", "--json=maybe"}, "noticekit validate: invalid boolean value \"maybe\" for --json: parse error; run 'noticekit validate -h' for usage\n"},
		{[]string{"check", "--on", "29/11/2026", "--examples"}, "noticekit check: --on: civil: parsing \"29/11/2026\": civil: want a date of the form YYYY-MM-DD; run 'noticekit check -h' for usage\n"},
	}
	for _, tt := range tests {
		code, stdout, stderr := runCmd("", tt.args...)
		if code != exitUsage {
			t.Errorf("%v: exit %d, want %d", tt.args, code, exitUsage)
		}
		if stdout != "" {
			t.Errorf("%v: stdout not empty:\n%s", tt.args, stdout)
		}
		if diff := cmp.Diff(tt.want, stderr); diff != "" {
			t.Errorf("%v: stderr (-want +got):\n%s", tt.args, diff)
		}
	}
}

// TestFlagsAfterOperands: a flag after a file name is a flag, not a file
// name: the output is the same as with the flag first. After "--" every
// argument is an operand.
func TestFlagsAfterOperands(t *testing.T) {
	const notice = "../../examples/maidstone-parking-bwv.json"
	tests := []struct{ before, after []string }{
		{[]string{"check", "--on", "2026-11-22", "--fail-on", "none", "--json", notice},
			[]string{"check", notice, "--on", "2026-11-22", "--fail-on", "none", "--json"}},
		{[]string{"check", "--on", "2026-11-22", notice, "--fail-on", "none"},
			[]string{"check", notice, "--fail-on=none", "--on=2026-11-22"}},
		{[]string{"validate", "--json", notice, notice},
			[]string{"validate", notice, "--json", notice}},
	}
	for _, tt := range tests {
		code1, out1, err1 := runCmd("", tt.before...)
		code2, out2, err2 := runCmd("", tt.after...)
		if code1 != code2 || out1 != out2 || err1 != err2 {
			t.Errorf("%v and %v differ:\nexit %d, %d\nstdout:\n%s\n---\n%s\nstderr:\n%s\n---\n%s", tt.before, tt.after, code1, code2, out1, out2, err1, err2)
		}
		if code1 == exitUsage || out1 == "" {
			t.Errorf("%v: exit %d, stdout %q: the command did not run\nstderr:\n%s", tt.before, code1, out1, err1)
		}
	}

	// After --, "--json" is a file name.
	code, stdout, stderr := runCmd("", "validate", notice, "--", "--json")
	if code != exitUsage || !strings.Contains(stderr, "--json: no such file") || stdout != "" {
		t.Errorf("validate FILE -- --json: exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	// A command that takes no operands names the stray argument even after flags.
	code, _, stderr = runCmd("", "rights", "--basis", "consent", "extra", "--on", "2026-11-22")
	if want := "noticekit rights: unexpected argument \"extra\": rights takes flags only\n"; code != exitUsage || stderr != want {
		t.Errorf("rights with an operand: exit %d, stderr %q, want %q", code, stderr, want)
	}
}

// failWriter fails every write, as a full disk does.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestWriteErrorExits2: when the output cannot be written, every command
// exits 2 and says so on stderr, whatever it would have exited with.
func TestWriteErrorExits2(t *testing.T) {
	lines := [][]string{
		{"validate", "--examples"},
		{"validate", "--json", "--examples"},
		{"check", "--examples", "--on", "2026-11-22", "--fail-on", "none"},
		{"check", "--on", "2026-11-22", "../../examples/maidstone-parking-bwv.json"}, // exit 1 when written
		{"rights", "--basis", "public-task", "--on", "2026-11-22"},
		{"rights", "--basis", "public-task", "--on", "2026-11-22", "--json"},
		{"deadline", "--received", "2026-01-31"},
		{"version"},
		{"render", "../../examples/stockport-soloprotect.json", "--format", "text"},
		{"retention", "facts", "--schedule", "example:maidstone-parking"},
		{"retention", "sql", "--schedule", "example:maidstone-parking", "--dialect", "postgres"},
		{"-h"},
	}
	for _, args := range lines {
		var stderr bytes.Buffer
		code := run(args, strings.NewReader(""), failWriter{}, &stderr)
		if code != exitUsage {
			t.Errorf("%v: exit %d, want %d\nstderr:\n%s", args, code, exitUsage, stderr.String())
		}
		if args[0] != "-h" && !strings.Contains(stderr.String(), "writing output: no space left on device") {
			t.Errorf("%v: stderr does not report the write error:\n%s", args, stderr.String())
		}
	}
}

// TestDevFull is the issue's own case: check … > /dev/full exits 2.
func TestDevFull(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no /dev/full here: %v", err)
	}
	defer full.Close()
	var stderr bytes.Buffer
	code := run([]string{"check", "--examples", "--fail-on", "none"}, strings.NewReader(""), full, &stderr)
	if code != exitUsage || !strings.Contains(stderr.String(), "noticekit check: writing output: ") {
		t.Errorf("check --examples > /dev/full: exit %d, want %d\nstderr:\n%s", code, exitUsage, stderr.String())
	}
}

// TestTodayWarning: retention decide warns when --today is after the
// clock's today, naming the range and why, and is silent for today and
// earlier days.
func TestTodayWarning(t *testing.T) {
	rdFakeClocks(t) // the clock says 2026-06-01
	record := `{"id": "r1", "rule": "bwc-footage", "facts": {"captured": "2026-01-01", "case_opened": null, "case_closed": null}}` + "\n"
	for _, tt := range []struct {
		today string
		warn  bool
	}{
		{"9999-12-31", true},
		{"2026-06-02", true},
		{"2026-06-01", false},
		{"2020-01-01", false},
	} {
		_, _, stderr := runCmd(record, "retention", "decide", "--schedule", "example:maidstone-parking", "--today", tt.today, "--json")
		want := "noticekit retention decide: warning: --today " + tt.today + " is after today (2026-06-01, London): the decisions are a forecast for that day; expected a day up to 2026-06-01 for a disposal run, since a record shown eligible may not be disposed of before the day it is decided for\n"
		if got := strings.Contains(stderr, want); got != tt.warn {
			t.Errorf("--today %s: warning %v, want %v\nstderr:\n%s", tt.today, got, tt.warn, stderr)
		}
		if !tt.warn && strings.Contains(stderr, "warning") {
			t.Errorf("--today %s: unexpected warning:\n%s", tt.today, stderr)
		}
	}
	// The warning function itself, on the boundary.
	var b bytes.Buffer
	warnToday(&b, "x", civil.MustParse("2026-06-01"), civil.MustParse("2026-06-01"))
	if b.Len() != 0 {
		t.Errorf("warned for today itself: %s", b.String())
	}
}

// TestVersion: the module path and version come from the build
// information, with the commit when the binary was built from a checkout.
func TestVersion(t *testing.T) {
	old := readBuildInfo
	t.Cleanup(func() { readBuildInfo = old })
	readBuildInfo = func() (*debug.BuildInfo, bool) {
		return &debug.BuildInfo{
			GoVersion: "go1.26.8",
			Main:      debug.Module{Path: "github.com/noticekit/noticekit", Version: "v1.2.3"},
			Settings:  []debug.BuildSetting{{Key: "vcs.revision", Value: "abc123"}, {Key: "vcs.modified", Value: "true"}},
		}, true
	}
	code, stdout, stderr := runCmd("", "version")
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if !strings.HasPrefix(stdout, "github.com/noticekit/noticekit v1.2.3 (commit abc123, modified), built with go") {
		t.Errorf("version:\n%s", stdout)
	}
	dates := lawfulbasis.Dates()
	last := dates[len(dates)-1]
	if want := "\nlaw: its table of the law's dates runs to " + last.On.String() + ": " + last.What; !strings.Contains(stdout, want) {
		t.Errorf("version does not give the law's latest date %q:\n%s", want, stdout)
	}
	code, stdout, _ = runCmd("", "version", "--json")
	if code != exitOK || !strings.Contains(stdout, `"version": "v1.2.3"`) || !strings.Contains(stdout, `"revision": "abc123"`) {
		t.Errorf("version --json: exit %d\n%s", code, stdout)
	}
	readBuildInfo = func() (*debug.BuildInfo, bool) { return nil, false }
	if _, stdout, _ = runCmd("", "version"); !strings.HasPrefix(stdout, "github.com/noticekit/noticekit (unknown), built with go") {
		t.Errorf("version without build information:\n%s", stdout)
	}
}

// TestCommandTable: names are unique, and a group's subcommands are run by
// their two words; an unknown subcommand is one line.
func TestCommandTable(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range commands {
		if seen[c.name] || c.summary == "" || c.run == nil {
			t.Errorf("command %q: duplicate, or no summary or run", c.name)
		}
		seen[c.name] = true
	}
	code, _, stderr := runCmd("", "retention", "frobnicate")
	if want := "noticekit retention: unknown subcommand \"frobnicate\"; run 'noticekit retention -h' for the list\n"; code != exitUsage || stderr != want {
		t.Errorf("unknown subcommand: exit %d, stderr %q", code, stderr)
	}
}

// TestEveryCommandRejectsUnknownFlag: for every command of the table, an
// unknown flag is one line on stderr naming it, with the -h hint, and exit
// status 2.
func TestEveryCommandRejectsUnknownFlag(t *testing.T) {
	for _, c := range commands {
		args := append(strings.Fields(c.name), "--no-such-flag")
		code, stdout, stderr := runCmd("", args...)
		want := "noticekit " + c.name + ": unknown flag --no-such-flag; run 'noticekit " + c.name + " -h' for usage\n"
		if code != exitUsage || stdout != "" || stderr != want {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and %q", args, code, stdout, stderr, want)
		}
	}
}
