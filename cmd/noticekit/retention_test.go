package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/civil"
)

// rdFakeClocks makes the run deterministic: today is 2026-06-01 unless
// --today is given, and every run takes exactly one second, so the
// summary's records/s is the number of records.
func rdFakeClocks(t *testing.T) {
	t.Helper()
	oldToday, oldNow := retentionToday, rdNow
	t.Cleanup(func() { retentionToday, rdNow = oldToday, oldNow })
	retentionToday = func() civil.Date { return civil.MustParse("2026-06-01") }
	clock := time.Date(2026, 6, 1, 2, 0, 0, 0, time.UTC)
	rdNow = func() time.Time { clock = clock.Add(time.Second); return clock }
	oldManifest := rdManifestNow
	t.Cleanup(func() { rdManifestNow = oldManifest })
	rdManifestNow = func() time.Time { return time.Date(2026, 6, 1, 2, 0, 0, 0, time.UTC) }
}

// rdGolden runs the command line and compares exit status, stdout and
// stderr with testdata/retention/NAME.golden.
func rdGolden(t *testing.T, name, stdin string, wantExit int, args ...string) {
	t.Helper()
	rdFakeClocks(t)
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(stdin), &stdout, &stderr)
	if code != wantExit {
		t.Errorf("exit %d, want %d\nstderr:\n%s", code, wantExit, stderr.String())
	}
	got := fmt.Sprintf("$ noticekit %s\nexit %d\n-- stdout --\n%s-- stderr --\n%s",
		strings.Join(args, " "), code, stdout.String(), stderr.String())
	path := filepath.Join("testdata", "retention", name+".golden")
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

const (
	rdSched  = "testdata/retention/schedule.json"
	rdWorked = "testdata/retention/worked.json"
)

func TestRetentionDecide(t *testing.T) {
	tests := []struct {
		name    string
		stdin   string
		exit    int
		maxLine int // 0: the default
		args    []string
	}{
		// Every outcome but cannot-evaluate, from JSON Lines and from CSV.
		{name: "outcomes-json", exit: exitOK, args: []string{"retention", "decide", "--schedule", rdSched, "--today", "2026-06-01", "--json", "testdata/retention/outcomes.jsonl"}},
		{name: "outcomes-text", exit: exitOK, args: []string{"retention", "decide", "--schedule", rdSched, "--today", "2026-06-01", "testdata/retention/outcomes.jsonl"}},
		{name: "outcomes-csv", exit: exitOK, args: []string{"retention", "decide", "--schedule", rdSched, "--today", "2026-06-01", "--json", "testdata/retention/outcomes.csv"}},
		{name: "crlf-csv", exit: exitOK, args: []string{"retention", "decide", "--schedule", rdSched, "--today", "2026-06-01", "--json", "testdata/retention/crlf.csv"}},
		{name: "csv-from-stdin", exit: exitOK, stdin: "id,rule,holds,captured,case_opened,case_closed\ns1,bwc-footage,,2026-01-01,,\n",
			args: []string{"retention", "decide", "--schedule", rdSched, "--today", "2026-06-01", "--json"}},
		{name: "format-jsonl-forced", exit: exitInvalid, stdin: "id,rule,holds,captured\n",
			args: []string{"retention", "decide", "--schedule", rdSched, "--today", "2026-06-01", "--json", "--format", "jsonl"}},
		{name: "two-files", exit: exitInvalid, args: []string{"retention", "decide", "--schedule", rdSched, "--today", "2026-06-01", "--json", "testdata/retention/outcomes.csv", "testdata/retention/badheader.csv"}},
		{name: "default-today", exit: exitOK, stdin: `{"id": "a", "rule": "bwc-footage", "facts": {"captured": "2026-04-01", "case_opened": null, "case_closed": null}}` + "\n",
			args: []string{"retention", "decide", "--schedule", rdSched, "--json", "-"}},
		{name: "moratorium", exit: exitOK, stdin: `{"id": "p", "rule": "pupil-file", "facts": {"date_of_birth": "1990-01-01", "reviewed": null}}` + "\n" + `{"id": "b", "rule": "bwc-footage", "facts": {"captured": "2022-01-01", "case_opened": null, "case_closed": null}}` + "\n",
			args: []string{"retention", "decide", "--schedule", rdSched, "--today", "2022-06-01", "--json"}},
		{name: "example-schedule", exit: exitOK, stdin: `{"id": "bwc-2026-0042", "rule": "bwc-footage", "facts": {"captured": "2026-01-01", "case_opened": "2026-01-10", "case_closed": "2026-05-05"}}` + "\n",
			args: []string{"retention", "decide", "--schedule", "example:maidstone-parking", "--today", "2026-05-06", "--json"}},
		// Unknown facts: a key left out, a CSV column missing from the
		// header (reported once, up front); never eligible.
		{name: "unknown-facts-json", exit: exitInvalid, stdin: `{"id": "u1", "rule": "bwc-footage", "facts": {"captured": "2026-01-01", "case_closed": "2026-05-05"}}` + "\n" +
			`{"id": "u2", "rule": "bwc-footage", "facts": {"captured": "2026-01-01", "case_opened": null, "case_closed": null}}` + "\n" +
			`{"id": "u3", "rule": "mopi-group-1", "facts": {"date_of_birth": null, "created": "2005-01-01", "reviewed": null}}` + "\n",
			args: []string{"retention", "decide", "--schedule", rdSched, "--today", "2026-06-01", "--json"}},
		{name: "csv-missing-column", exit: exitInvalid, stdin: "id,rule,holds,captured,case_closed\ns1,bwc-footage,,2026-01-01,\ns2,bwc-footage,,2026-01-01,2026-05-05\nf1,financial,,,\n",
			args: []string{"retention", "decide", "--schedule", rdSched, "--today", "2026-06-01", "--json"}},
		{name: "absent-means-not-happened", exit: exitInvalid, stdin: "id,rule,holds,captured,case_closed\ns1,bwc-footage,,2026-01-01,\ns2,bwc-footage,,2026-01-01,2026-05-05\nf1,financial,,,\n",
			args: []string{"retention", "decide", "--schedule", rdSched, "--today", "2026-06-01", "--json", "--absent-means-not-happened"}},
		{name: "empty-input", exit: exitOK, args: []string{"retention", "decide", "--schedule", rdSched, "--today", "2026-06-01", "--json"}},

		// Malformed lines: each is a cannot-evaluate decision, exit 1.
		{name: "malformed-json", exit: exitInvalid, maxLine: 256, args: []string{"retention", "decide", "--schedule", rdSched, "--today", "2026-06-01", "--json", "testdata/retention/malformed.jsonl"}},
		{name: "malformed-text", exit: exitInvalid, maxLine: 256, args: []string{"retention", "decide", "--schedule", rdSched, "--today", "2026-06-01", "testdata/retention/malformed.jsonl"}},
		{name: "malformed-csv", exit: exitInvalid, args: []string{"retention", "decide", "--schedule", rdSched, "--today", "2026-06-01", "--json", "testdata/retention/malformed.csv"}},
		{name: "bad-header-csv", exit: exitInvalid, args: []string{"retention", "decide", "--schedule", rdSched, "--today", "2026-06-01", "--json", "testdata/retention/badheader.csv"}},
		{name: "too-long-csv-header", exit: exitInvalid, maxLine: 32, stdin: "id,rule,holds,captured,case_opened,case_closed\nr1,bwc-footage,,2026-01-01,,\n",
			args: []string{"retention", "decide", "--schedule", rdSched, "--today", "2026-06-01", "--json", "--format", "csv"}},
		{name: "too-long-csv-row", exit: exitInvalid, maxLine: 32, stdin: "id,rule,holds,captured\nrow-with-a-long-id,bwc-footage,,2026-01-01\nr2,bwc-footage,,2026-01-01\n",
			args: []string{"retention", "decide", "--schedule", rdSched, "--today", "2026-06-01", "--json"}},

		// Bad schedules: every problem, with its place; exit 1.
		{name: "bad-schema", exit: exitInvalid, args: []string{"retention", "decide", "--schedule", "testdata/retention/bad-schema.json", "--today", "2026-06-01"}},
		{name: "bad-compile-json", exit: exitInvalid, args: []string{"retention", "decide", "--json", "--schedule", "testdata/retention/bad-compile.json", "--today", "2026-06-01"}},
		{name: "bad-compile", exit: exitInvalid, args: []string{"retention", "decide", "--schedule", "testdata/retention/bad-compile.json", "--today", "2026-06-01"}},

		// Usage and I/O errors: exit 2, nothing on stdout.
		{name: "no-subcommand", exit: exitUsage, args: []string{"retention"}},
		{name: "unknown-subcommand", exit: exitUsage, args: []string{"retention", "sweep"}},
		{name: "help", exit: exitOK, args: []string{"retention", "decide", "-h"}},
		{name: "no-schedule", exit: exitUsage, args: []string{"retention", "decide"}},
		{name: "unknown-example", exit: exitUsage, args: []string{"retention", "decide", "--schedule", "example:nope"}},
		{name: "missing-schedule-file", exit: exitUsage, args: []string{"retention", "decide", "--schedule", "testdata/retention/no-such.json"}},
		{name: "missing-records-file", exit: exitUsage, args: []string{"retention", "decide", "--schedule", rdSched, "--today", "2026-06-01", "testdata/retention/outcomes.jsonl", "testdata/retention/no-such.jsonl"}},
		{name: "bad-format", exit: exitUsage, args: []string{"retention", "decide", "--schedule", rdSched, "--format", "xml"}},
		{name: "bad-today", exit: exitUsage, args: []string{"retention", "decide", "--schedule", rdSched, "--today", "2026-02-30"}},
		{name: "stdin-twice", exit: exitUsage, args: []string{"retention", "decide", "--schedule", "-", "-"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.maxLine > 0 {
				old := rdMaxLine
				rdMaxLine = tt.maxLine
				t.Cleanup(func() { rdMaxLine = old })
			}
			rdGolden(t, tt.name, tt.stdin, tt.exit, tt.args...)
		})
	}
}

// TestRetentionDecideManifest checks the manifest --manifest writes: the
// schedule by id, version and the SHA-256 of its file, the day, each input
// with its line count, and the count of each outcome.
func TestRetentionDecideManifest(t *testing.T) {
	rdFakeClocks(t)
	path := filepath.Join(t.TempDir(), "manifest.json")
	var stdout, stderr bytes.Buffer
	code := run([]string{"retention", "decide", "--schedule", rdSched, "--today", "2026-06-01", "--json", "--manifest", path,
		"testdata/retention/outcomes.jsonl", "testdata/retention/outcomes.csv"}, strings.NewReader(""), &stdout, &stderr)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr.String())
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Schedule struct{ ID, Version, SHA256 string }
		Today    string
		Absent   bool `json:"absent_means_not_happened"`
		Start    time.Time
		End      time.Time
		Inputs   []struct {
			Name    string
			Format  string
			Lines   int
			Records int
		}
		Records int
		Counts  map[string]int
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		t.Fatalf("manifest %s: %v", data, err)
	}
	src, err := os.ReadFile(rdSched)
	if err != nil {
		t.Fatal(err)
	}
	if m.Schedule.ID != "test-sweep" || m.Schedule.SHA256 != fmt.Sprintf("%x", sha256.Sum256(src)) || m.Today != "2026-06-01" || m.Absent {
		t.Errorf("manifest names schedule %+v on %s (absent %v)", m.Schedule, m.Today, m.Absent)
	}
	decisions := strings.Count(stdout.String(), "\n")
	total := 0
	for _, n := range m.Counts {
		total += n
	}
	if len(m.Inputs) != 2 || m.Inputs[0].Name != "testdata/retention/outcomes.jsonl" || m.Inputs[1].Format != "csv" ||
		m.Records != decisions || total != decisions || m.Inputs[0].Records+m.Inputs[1].Records != decisions ||
		m.Inputs[1].Lines != m.Inputs[1].Records+1 || m.End.Before(m.Start) {
		t.Errorf("manifest %s does not account for the %d decisions", data, decisions)
	}
}

// rdDecision is a decision as the command writes it with --json.
type rdDecision struct {
	ID              string   `json:"id"`
	Rule            string   `json:"rule"`
	ScheduleVersion string   `json:"schedule_version"`
	Outcome         string   `json:"outcome"`
	Due             string   `json:"due,omitempty"`
	NextReview      string   `json:"next_review,omitempty"`
	Action          string   `json:"action,omitempty"`
	MustDisposeBy   string   `json:"must_dispose_by,omitempty"`
	Overdue         *bool    `json:"overdue,omitempty"`
	Holds           []string `json:"holds,omitempty"`
	Missing         string   `json:"missing,omitempty"`
	Reason          string   `json:"reason"`
	Detail          string   `json:"detail,omitempty"`
}

// rdDecide runs the command with --json and returns the decisions.
func rdDecide(t *testing.T, stdin string, args ...string) ([]rdDecision, int, string) {
	t.Helper()
	rdFakeClocks(t)
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"retention", "decide", "--json"}, args...), strings.NewReader(stdin), &stdout, &stderr)
	var out []rdDecision
	dec := json.NewDecoder(&stdout)
	dec.DisallowUnknownFields()
	for dec.More() {
		var d rdDecision
		if err := dec.Decode(&d); err != nil {
			t.Fatalf("output is not JSON Lines of decisions: %v", err)
		}
		out = append(out, d)
	}
	return out, code, stderr.String()
}

// TestRetentionDecideWorkedExamples runs every worked example of
// docs/retention.md through the command.
func TestRetentionDecideWorkedExamples(t *testing.T) {
	tests := []struct {
		rule, facts, holds, today string
		outcome, due              string
	}{
		{"p60d", `{"captured":"2026-01-01"}`, ``, "2026-03-02", "not-yet", "2026-03-03"},
		{"p60d", `{"captured":"2026-01-01"}`, ``, "2026-03-03", "eligible", "2026-03-03"},
		{"p1m", `{"d":"2026-01-31"}`, ``, "2026-03-01", "eligible", "2026-03-01"},
		{"p1y", `{"d":"2024-02-29"}`, ``, "2025-02-28", "not-yet", "2025-03-01"},
		{"financial-year", `{"t":"2020-06-15"}`, ``, "2027-03-31", "not-yet", "2027-04-01"},
		{"financial-year", `{"t":"2021-03-31"}`, ``, "2027-04-01", "eligible", "2027-04-01"},
		{"pace", `{"taken":"2026-01-01"}`, ``, "2029-01-01", "eligible", "2029-01-01"},
		{"bwc-footage", `{"captured":"2026-01-01","case_opened":"2026-01-10","case_closed":null}`, ``, "2026-06-01", "awaiting-event", ""},
		{"bwc-footage", `{"captured":"2026-01-01","case_opened":null,"case_closed":null}`, ``, "2026-03-03", "eligible", "2026-03-03"},
		{"bwc-footage", `{"captured":"2026-01-01","case_opened":"2026-01-10"}`, ``, "2026-06-01", "cannot-evaluate", ""},
		{"bwc-footage", `{"captured":"2026-01-01","case_opened":"2026-01-10","case_closed":"2026-05-05"}`, ``, "2026-05-06", "eligible", "2026-05-06"},
		// "any, holds [legal-hold], any: held" — over every rule, on a day
		// when each would otherwise be eligible.
		{"p60d", `{"captured":"2026-01-01"}`, `["legal-hold"]`, "2030-01-01", "held", ""},
		{"p1m", `{"d":"2026-01-31"}`, `["legal-hold"]`, "2030-01-01", "held", ""},
		{"financial-year", `{"t":"2021-03-31"}`, `["legal-hold"]`, "2030-01-01", "held", ""},
		{"pace", `{"taken":"2026-01-01"}`, `["legal-hold"]`, "2030-01-01", "held", ""},
		{"bwc-footage", `{"captured":"2026-01-01","case_opened":"2026-01-10","case_closed":"2026-05-05"}`, `["legal-hold"]`, "2030-01-01", "held", ""},
	}
	for _, tt := range tests {
		name := tt.rule + "/" + tt.today
		if tt.holds != "" {
			name += "/held"
		}
		t.Run(name, func(t *testing.T) {
			line := `{"id":"w","rule":"` + tt.rule + `","facts":` + tt.facts
			if tt.holds != "" {
				line += `,"holds":` + tt.holds
			}
			line += "}\n"
			got, code, stderr := rdDecide(t, line, "--schedule", rdWorked, "--today", tt.today)
			if wantCode := map[bool]int{true: exitInvalid, false: exitOK}[tt.outcome == "cannot-evaluate"]; code != wantCode || len(got) != 1 {
				t.Fatalf("exit %d, %d decisions, want exit %d and 1 decision\n%s", code, len(got), wantCode, stderr)
			}
			if got[0].Outcome != tt.outcome || got[0].Due != tt.due {
				t.Errorf("outcome %s due %q, want %s due %q (%+v)", got[0].Outcome, got[0].Due, tt.outcome, tt.due, got[0])
			}
			if got[0].ScheduleVersion != "1" || got[0].Rule != tt.rule || got[0].ID != "w" {
				t.Errorf("decision does not name the record, rule and version: %+v", got[0])
			}
			if tt.holds != "" && !cmp.Equal(got[0].Holds, []string{"legal-hold"}) {
				t.Errorf("holds %v, want [legal-hold]", got[0].Holds)
			}
		})
	}
}

// TestRetentionDecideOneDecisionPerLine checks the contract on the test
// inputs: one decision per record line, in input order, with the id of
// every line that has one.
func TestRetentionDecideOneDecisionPerLine(t *testing.T) {
	old := rdMaxLine
	rdMaxLine = 256
	t.Cleanup(func() { rdMaxLine = old })
	for _, file := range []string{"outcomes.jsonl", "malformed.jsonl", "outcomes.csv", "malformed.csv", "badheader.csv"} {
		t.Run(file, func(t *testing.T) {
			path := filepath.Join("testdata", "retention", file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
			if strings.HasSuffix(file, ".csv") {
				lines = lines[1:]
			}
			got, _, stderr := rdDecide(t, "", "--schedule", rdSched, "--today", "2026-06-01", path)
			if len(got) != len(lines) {
				t.Fatalf("%d decisions for %d record lines\n%s", len(got), len(lines), stderr)
			}
			var wantIDs, gotIDs []string
			for i, line := range lines {
				wantIDs = append(wantIDs, rdLineID(line, strings.HasSuffix(file, ".csv")))
				id := got[i].ID
				if got[i].Outcome == "cannot-evaluate" && got[i].Reason == "malformed-record" {
					prefix := fmt.Sprintf("%s:%d:", path, i+1+btoi(strings.HasSuffix(file, ".csv")))
					if !strings.HasPrefix(got[i].Detail, prefix) {
						t.Errorf("decision %d: detail %q does not name the line (%s)", i, got[i].Detail, prefix)
					}
				}
				gotIDs = append(gotIDs, id)
			}
			for i := range wantIDs {
				// A CSV line that encoding/csv rejects may still have a
				// readable first field: the command gives it.
				if wantIDs[i] == "" && gotIDs[i] != "" && strings.HasSuffix(file, ".csv") && strings.Contains(lines[i], gotIDs[i]) {
					wantIDs[i] = gotIDs[i]
				}
			}
			if diff := cmp.Diff(wantIDs, gotIDs); diff != "" {
				t.Errorf("ids (-want +got):\n%s", diff)
			}
		})
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// rdLineID is the id a record line carries, read the slow way: the "id"
// member of a JSON object (if it is a string), or the first CSV field.
func rdLineID(line string, isCSV bool) string {
	if isCSV {
		r := csv.NewReader(strings.NewReader(line))
		r.FieldsPerRecord = -1
		rec, err := r.Read()
		if err != nil || len(rec) == 0 {
			return ""
		}
		return rec[0]
	}
	dec := json.NewDecoder(strings.NewReader(line))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return ""
	}
	id := ""
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			break
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			// a syntax error: the id counts only if it came before
			break
		}
		var s string
		if k == "id" && json.Unmarshal(v, &s) == nil && id == "" {
			id = s
		}
	}
	return id
}

// rdRecords generates n JSON Lines records over the test schedule's rules,
// with a mix of outcomes, into w.
func rdRecords(w io.Writer, n int, onLine func(i int)) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	var b []byte
	for i := range n {
		b = append(b[:0], `{"id": "rec-`...)
		b = strconv.AppendInt(b, int64(i), 10)
		switch i % 8 {
		case 0, 1, 2:
			b = append(b, `", "rule": "bwc-footage", "facts": {"captured": "2026-0`...)
			b = strconv.AppendInt(b, int64(1+i%5), 10)
			b = append(b, `-1`...)
			b = strconv.AppendInt(b, int64(i%10), 10)
			b = append(b, `", "case_opened": null, "case_closed": null}}`...)
		case 3:
			b = append(b, `", "rule": "bwc-footage", "facts": {"captured": "2026-01-01", "case_opened": "2026-01-10", "case_closed": null}, "holds": ["legal-hold"]}`...)
		case 4:
			b = append(b, `", "rule": "financial", "facts": {"transaction": "2019-0`...)
			b = strconv.AppendInt(b, int64(1+i%9), 10)
			b = append(b, `-15"}}`...)
		case 5:
			b = append(b, `", "rule": "mopi-group-1", "facts": {"date_of_birth": "1970-03-04", "created": "2015-06-01", "reviewed": "2024-01-01"}}`...)
		case 6:
			b = append(b, `", "rule": "pace", "facts": {"taken": "2023-0`...)
			b = strconv.AppendInt(b, int64(1+i%9), 10)
			b = append(b, `-01"}}`...)
		case 7:
			b = append(b, `", "rule": "council-tax-base"}`...)
		}
		b = append(b, '\n')
		if _, err := bw.Write(b); err != nil {
			return err
		}
		if onLine != nil {
			onLine(i + 1)
		}
	}
	return bw.Flush()
}

// rdLineCounter counts output lines.
type rdLineCounter struct{ lines int }

func (c *rdLineCounter) Write(p []byte) (int, error) {
	c.lines += bytes.Count(p, []byte{'\n'})
	return len(p), nil
}

// TestRetentionDecideMemoryBounded streams 200 000 records through a pipe
// and checks that the live heap does not grow with the number of records
// read: it is measured (after a collection) at every 50 000 records, while
// the command is running.
func TestRetentionDecideMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 200 000 records")
	}
	const n, every = 200_000, 50_000
	pr, pw := io.Pipe()
	var heap []uint64
	go func() {
		err := rdRecords(pw, n, func(i int) {
			if i%every == 0 {
				runtime.GC()
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				heap = append(heap, ms.HeapAlloc)
			}
		})
		pw.CloseWithError(err)
	}()
	var out rdLineCounter
	var stderr bytes.Buffer
	code := run([]string{"retention", "decide", "--schedule", rdSched, "--today", "2026-06-01", "--json"}, pr, &out, &stderr)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr.String())
	}
	if out.lines != n {
		t.Fatalf("%d decisions, want %d", out.lines, n)
	}
	if len(heap) != n/every {
		t.Fatalf("%d heap samples, want %d", len(heap), n/every)
	}
	// The samples differ by the records in flight (buffers of the pipe,
	// the reader and the writer), never by a growing amount.
	const slack = 1 << 20
	for i, h := range heap[1:] {
		if h > heap[0]+slack {
			t.Errorf("live heap after %d records: %d bytes, after %d: %d (grew by %d > %d)", (i+2)*every, h, every, heap[0], h-heap[0], slack)
		}
	}
	t.Logf("live heap at every %d records: %v", every, heap)
}

// TestRetentionDecideProgress drives the progress loop with a fake ticker.
func TestRetentionDecideProgress(t *testing.T) {
	rdFakeClocks(t)
	tick := make(chan time.Time)
	done := make(chan struct{})
	var out bytes.Buffer
	finished := make(chan struct{})
	go func() { rdProgressLoop(func() int64 { return 2048 }, &out, done, tick); close(finished) }()
	tick <- time.Time{}
	close(done)
	<-finished
	want := "\r\033[K2048 records decided, 2048 records/s\r\033[K"
	if got := out.String(); got != want {
		t.Errorf("progress output %q, want %q", got, want)
	}
	if rdIsTerminal(&out) {
		t.Error("a buffer is not a terminal")
	}
}

// rdRepeatReader yields block count times without holding more than one
// copy, so that the benchmark's input costs no memory.
type rdRepeatReader struct {
	block []byte
	off   int
	count int
}

func (r *rdRepeatReader) Read(p []byte) (int, error) {
	if r.count == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.block[r.off:])
	r.off += n
	if r.off == len(r.block) {
		r.off = 0
		r.count--
	}
	return n, nil
}

// BenchmarkRetentionDecideCommand runs the whole command (read, parse,
// resolve, decide, write JSON Lines) over 1 048 576 generated records per
// iteration, and reports records/s.
func BenchmarkRetentionDecideCommand(b *testing.B) {
	const blockRecords, blocks = 1024, 1024
	var block bytes.Buffer
	if err := rdRecords(&block, blockRecords, nil); err != nil {
		b.Fatal(err)
	}
	args := []string{"retention", "decide", "--schedule", rdSched, "--today", "2026-06-01", "--json"}
	b.SetBytes(int64(block.Len() * blocks))
	b.ReportAllocs()
	start := time.Now()
	for b.Loop() {
		in := &rdRepeatReader{block: block.Bytes(), count: blocks}
		if code := run(args, in, io.Discard, io.Discard); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
	b.ReportMetric(float64(blockRecords*blocks)*float64(b.N)/time.Since(start).Seconds(), "records/s")
}

// rdFailingWriter fails every write, as a closed pipe does.
type rdFailingWriter struct{}

func (rdFailingWriter) Write([]byte) (int, error) { return 0, io.ErrClosedPipe }

// rdFailingReader yields one record and then a read error.
type rdFailingReader struct{ sent bool }

func (r *rdFailingReader) Read(p []byte) (int, error) {
	if r.sent {
		return 0, io.ErrUnexpectedEOF
	}
	r.sent = true
	return copy(p, `{"id": "a", "rule": "bwc-footage", "facts": {"captured": "2026-01-01"}}`+"\n"), nil
}

// TestRetentionDecideIOErrors checks that failing to read records or to
// write decisions is an I/O error (exit 2), named as such.
func TestRetentionDecideIOErrors(t *testing.T) {
	rdFakeClocks(t)
	args := []string{"retention", "decide", "--schedule", rdSched, "--today", "2026-06-01", "--json"}
	var stdout, stderr bytes.Buffer
	if code := run(args, &rdFailingReader{}, &stdout, &stderr); code != exitUsage || !strings.Contains(stderr.String(), "reading stdin: unexpected EOF") {
		t.Errorf("read error: exit %d, stderr %q; want exit 2 naming the read", code, stderr.String())
	}
	if got := strings.Count(stdout.String(), "\n"); got != 1 {
		t.Errorf("read error: %d decisions written before it, want 1", got)
	}
	stderr.Reset()
	var big strings.Builder
	if err := rdRecords(&big, 2000, nil); err != nil {
		t.Fatal(err)
	}
	if code := run(args, strings.NewReader(big.String()), rdFailingWriter{}, &stderr); code != exitUsage || !strings.Contains(stderr.String(), "writing decisions: io: read/write on closed pipe") {
		t.Errorf("write error: exit %d, stderr %q; want exit 2 naming the write", code, stderr.String())
	}
}
