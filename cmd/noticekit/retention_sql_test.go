package main

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/retention"
)

// TestRetentionSQL: the command prints exactly retention.Schedule.SQL for
// its flags, and refuses what the library refuses, with the place named.
func TestRetentionSQL(t *testing.T) {
	data, err := os.ReadFile("../../examples/schedules/maidstone-parking.json")
	if err != nil {
		t.Fatal(err)
	}
	s, err := retention.CompileJSON(data)
	if err != nil {
		t.Fatal(err)
	}
	want, err := s.SQL(retention.SQLOptions{Dialect: retention.DuckDB, View: []string{"retention", "bwc decisions"},
		Records: []string{"cctv", "bwc"}, Facts: map[string]string{"captured": "captured_on", "case_opened": ""},
		Known: map[string]string{"case_closed": "closed_known"}, HoldsTable: []string{"holds"}})
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCmd("", "retention", "sql", "--schedule", "example:maidstone-parking", "--dialect", "duckdb",
		"--view", "retention.bwc decisions", "--records", "cctv.bwc", "--map", "captured=captured_on", "--map", "case_opened=",
		"--known", "case_closed=closed_known", "--holds-table", "holds")
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("SQL (-want +got):\n%s", diff)
	}

	tests := []struct {
		name     string
		stdin    string
		args     []string
		wantCode int
		wantOut  string // in stdout
		wantErr  string // in stderr
	}{
		{"no dialect", "", []string{"--schedule", "example:maidstone-parking"}, exitUsage, "", "--dialect is required: want postgres or duckdb"},
		{"bad dialect", "", []string{"--schedule", "example:maidstone-parking", "--dialect", "sqlite"}, exitUsage, "", "--dialect: unknown dialect \"sqlite\": want one of postgres, duckdb"},
		{"no schedule", "", []string{"--dialect", "postgres"}, exitUsage, "", "--schedule is required"},
		{"undeclared fact", "", []string{"--schedule", "example:maidstone-parking", "--dialect", "postgres", "--map", "case_close=x"}, exitUsage, "",
			`fact "case_close" in the column map: the schedule has no such fact`},
		{"bad map", "", []string{"--schedule", "example:maidstone-parking", "--dialect", "postgres", "--map", "captured"}, exitUsage, "", "want FACT=COLUMN"},
		{"mapped twice", "", []string{"--schedule", "example:maidstone-parking", "--dialect", "postgres", "--map", "captured=a", "--map", "captured=b"}, exitUsage, "", "mapped twice"},
		{"NUL in a name", "", []string{"--schedule", "example:maidstone-parking", "--dialect", "postgres", "--id", "a\x00b"}, exitUsage, "", "contains a NUL byte"},
		{"operand", "", []string{"--schedule", "example:maidstone-parking", "--dialect", "postgres", "records.csv"}, exitUsage, "", "unexpected argument"},
		{"invalid schedule", `{"$schema": "https://noticekit.github.io/schema/schedule/v2.json", "id": "s", "version": "1", "facts": [], "rules": [{"id": "r'; DROP", "then": "keep"}]}`,
			[]string{"--schedule", "-", "--dialect", "postgres"}, exitInvalid, "/rules/0/id", "is not valid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCmd(tt.stdin, append([]string{"retention", "sql"}, tt.args...)...)
			if code != tt.wantCode || !strings.Contains(out, tt.wantOut) || !strings.Contains(errOut, tt.wantErr) {
				t.Errorf("exit %d, stdout %q, stderr %q: want exit %d, %q in stdout, %q in stderr", code, out, errOut, tt.wantCode, tt.wantOut, tt.wantErr)
			}
			if tt.wantCode != exitOK && strings.Contains(out, "SELECT") {
				t.Errorf("SQL printed on failure")
			}
		})
	}
}
