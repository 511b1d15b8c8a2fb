package sweep

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/retention"
	"github.com/noticekit/noticekit/strict"
)

var update = flag.Bool("update", false, "rewrite golden files")

var today = civil.MustParse("2026-06-01")

// schedule reads testdata/schedule.json and compiles it.
func schedule(t testing.TB) (*retention.Schedule, []byte) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", "schedule.json"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := retention.CompileJSON(src)
	if err != nil {
		t.Fatal(err)
	}
	return s, src
}

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// fixedClock is a clock that starts at 02:00 on today and moves a second
// per reading.
func fixedClock() func() time.Time {
	var mu sync.Mutex
	clock := time.Date(2026, 6, 1, 2, 0, 0, 0, time.UTC)
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		clock = clock.Add(time.Second)
		return clock
	}
}

// sweepAll runs one input through a new Sweep and returns the output and
// the manifest.
func sweepAll(t testing.TB, opt Options, name string, in []byte) ([]byte, Manifest, error) {
	t.Helper()
	s, src := schedule(t)
	if opt.Today.IsZero() {
		opt.Today = today
	}
	if opt.Now == nil {
		opt.Now = fixedClock()
	}
	sw, err := New(s, src, opt)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	err = sw.Run(context.Background(), name, bytes.NewReader(in), &out)
	return out.Bytes(), sw.Manifest(), err
}

// golden compares got with testdata/name (go test -update rewrites it).
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./sweep -update)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", path, diff)
	}
}

// The three output formats of the same records, and the manifest.
func TestOutputsGolden(t *testing.T) {
	for _, tt := range []struct {
		input, golden string
		opt           Options
	}{
		{"outcomes.jsonl", "outcomes.jsonl.golden", Options{}},
		{"outcomes.jsonl", "outcomes.csv.golden", Options{Output: CSV}},
		{"outcomes.jsonl", "outcomes.txt.golden", Options{Output: Text}},
		{"malformed.jsonl", "malformed.jsonl.golden", Options{Limits: strict.Limits{MaxLine: 256}}},
		{"malformed.csv", "malformed.csv.golden", Options{Output: CSV}},
	} {
		t.Run(tt.golden, func(t *testing.T) {
			out, m, err := sweepAll(t, tt.opt, tt.input, readFile(t, tt.input))
			if err != nil {
				t.Fatal(err)
			}
			golden(t, tt.golden, out)
			if m.Records != int64(bytes.Count(out, []byte{'\n'})-btoi(tt.opt.Output == CSV)) {
				t.Errorf("manifest counts %d records, output has %d lines", m.Records, bytes.Count(out, []byte{'\n'}))
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

func TestManifestGolden(t *testing.T) {
	s, src := schedule(t)
	sw, err := New(s, src, Options{Today: today, Now: fixedClock()})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"outcomes.jsonl", "outcomes.csv", "malformed.csv"} {
		if err := sw.Run(context.Background(), name, bytes.NewReader(readFile(t, name)), io.Discard); err != nil {
			t.Fatal(err)
		}
	}
	b, err := json.MarshalIndent(sw.Manifest(), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "manifest.golden", append(b, '\n'))
}

// CSV output reads back with encoding/csv into the same decisions as the
// JSON Lines output.
func TestCSVOutputReadsBack(t *testing.T) {
	in := append(readFile(t, "outcomes.jsonl"), readFile(t, "malformed.jsonl")...)
	jsonOut, _, _ := sweepAll(t, Options{Limits: strict.Limits{MaxLine: 256}}, "in.jsonl", in)
	csvOut, _, _ := sweepAll(t, Options{Output: CSV, Limits: strict.Limits{MaxLine: 256}}, "in.jsonl", in)
	rows, err := csv.NewReader(bytes.NewReader(csvOut)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != CSVHeader {
		t.Fatalf("header %q, want %q", rows[0], CSVHeader)
	}
	var fromJSON, fromCSV []map[string]string
	for _, l := range bytes.Split(bytes.TrimSuffix(jsonOut, []byte{'\n'}), []byte{'\n'}) {
		var d map[string]any
		if err := json.Unmarshal(l, &d); err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		for k, v := range d {
			switch v := v.(type) {
			case string:
				if v != "" { // an empty CSV cell reads as absent
					m[k] = v
				}
			case bool:
				m[k] = strconv.FormatBool(v)
			case []any:
				var hs []string
				for _, h := range v {
					hs = append(hs, h.(string))
				}
				m[k] = strings.Join(hs, ";")
			}
		}
		fromJSON = append(fromJSON, m)
	}
	cols := strings.Split(CSVHeader, ",")
	for _, r := range rows[1:] {
		m := map[string]string{}
		for i, v := range r {
			if v != "" {
				m[cols[i]] = v
			}
		}
		fromCSV = append(fromCSV, m)
	}
	if diff := cmp.Diff(fromJSON, fromCSV); diff != "" {
		t.Errorf("decisions (-jsonl +csv):\n%s", diff)
	}
}

// genRecords writes n JSON Lines (or CSV) records with a mix of outcomes
// and, every bad-th line, a malformed one.
func genRecords(w io.Writer, n int, isCSV bool, bad int) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if isCSV {
		bw.WriteString("id,rule,holds,captured,case_opened,case_closed,transaction,taken,date_of_birth,created,reviewed,request_received\n")
	}
	var b []byte
	for i := range n {
		b = b[:0]
		switch {
		case bad > 0 && i%bad == bad-1 && isCSV:
			b = append(b, `"bad,row`...)
		case bad > 0 && i%bad == bad-1:
			b = append(b, `{"id": "bad-`...)
			b = strconv.AppendInt(b, int64(i), 10)
			b = append(b, `", "rule": 7}`...)
		case isCSV:
			b = appendCSVRecord(b, i)
		default:
			b = appendJSONRecord(b, i)
		}
		b = append(b, '\n')
		if _, err := bw.Write(b); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func appendJSONRecord(b []byte, i int) []byte {
	b = append(b, `{"id": "rec-`...)
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
	return b
}

func appendCSVRecord(b []byte, i int) []byte {
	b = append(b, "rec-"...)
	b = strconv.AppendInt(b, int64(i), 10)
	switch i % 8 {
	case 0, 1, 2:
		b = append(b, ",bwc-footage,,2026-0"...)
		b = strconv.AppendInt(b, int64(1+i%5), 10)
		b = append(b, "-1"...)
		b = strconv.AppendInt(b, int64(i%10), 10)
		b = append(b, ",,,,,,,,"...)
	case 3:
		b = append(b, ",bwc-footage,legal-hold,2026-01-01,2026-01-10,,,,,,,"...)
	case 4:
		b = append(b, ",financial,,,,,2019-0"...)
		b = strconv.AppendInt(b, int64(1+i%9), 10)
		b = append(b, "-15,,,,,"...)
	case 5:
		b = append(b, ",mopi-group-1,,,,,,,1970-03-04,2015-06-01,2024-01-01,"...)
	case 6:
		b = append(b, ",pace,,,,,,2023-0"...)
		b = strconv.AppendInt(b, int64(1+i%9), 10)
		b = append(b, "-01,,,,"...)
	case 7:
		b = append(b, `,council-tax-base,,,,,,,,,,`...)
	}
	return b
}

// The output is the same, byte for byte, whatever the number of workers,
// in every format, and the manifests agree.
func TestWorkersSameOutput(t *testing.T) {
	for _, isCSV := range []bool{false, true} {
		var in bytes.Buffer
		if err := genRecords(&in, 20_000, isCSV, 97); err != nil {
			t.Fatal(err)
		}
		for _, output := range []Format{JSONLines, CSV, Text} {
			one, m1, err := sweepAll(t, Options{Output: output, Workers: 1}, "in", in.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			if got := bytes.Count(one, []byte{'\n'}) - btoi(output == CSV); got != 20_000 {
				t.Fatalf("%d decisions for 20 000 records", got)
			}
			for _, workers := range []int{2, 3, 8} {
				many, m, err := sweepAll(t, Options{Output: output, Workers: workers}, "in", in.Bytes())
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(one, many) {
					t.Errorf("csv=%v %s: %d workers write other bytes than 1", isCSV, output, workers)
				}
				if diff := cmp.Diff(m1, m, cmp.Comparer(func(a, b civil.Date) bool { return a == b })); diff != "" {
					t.Errorf("manifest (-1 worker +%d):\n%s", workers, diff)
				}
			}
			if m1.Counts[retention.CannotEvaluate] < 20_000/97 {
				t.Errorf("csv=%v: %d cannot-evaluate, want at least the %d bad lines", isCSV, m1.Counts[retention.CannotEvaluate], 20_000/97)
			}
		}
	}
}

// A slow stream gets each decision while the rest of the input is still
// to come, and Flush is called after each batch.
func TestStreamsAsLinesArrive(t *testing.T) {
	s, src := schedule(t)
	pr, pw := io.Pipe()
	outR, outW := io.Pipe()
	flushes := 0
	sw, err := New(s, src, Options{Today: today, Flush: func() error { flushes++; return nil }})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- sw.Run(context.Background(), "body", pr, outW); outW.Close() }()
	lines := bufio.NewReader(outR)
	for i := range 5 {
		if _, err := io.WriteString(pw, string(appendJSONRecord(nil, i))+"\n"); err != nil {
			t.Fatal(err)
		}
		got, err := lines.ReadString('\n')
		if err != nil {
			t.Fatal(err)
		}
		if want := `{"id":"rec-` + strconv.Itoa(i) + `"`; !strings.HasPrefix(got, want) {
			t.Fatalf("decision %q, want one for rec-%d", got, i)
		}
	}
	pw.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if flushes < 5 {
		t.Errorf("Flush called %d times for 5 batches", flushes)
	}
}

// endless yields records for ever, counting the lines it has given.
type endless struct {
	n     int
	block []byte
	off   int
}

func (e *endless) Read(p []byte) (int, error) {
	if e.off == len(e.block) {
		e.block = appendJSONRecord(e.block[:0], e.n)
		e.block = append(e.block, '\n')
		e.off = 0
		e.n++
	}
	n := copy(p, e.block[e.off:])
	e.off += n
	return n, nil
}

// Cancelling the context stops a run on an endless input promptly, with
// the context's error, and the manifest records it.
func TestCancel(t *testing.T) {
	for _, workers := range []int{1, 2} {
		s, src := schedule(t)
		sw, err := New(s, src, Options{Today: today, Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		var out countingWriter
		out.after, out.cancel = 100_000, cancel
		done := make(chan error, 1)
		go func() { done <- sw.Run(ctx, "endless", &endless{}, &out) }()
		select {
		case err = <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("%d workers: Run did not stop after the context was cancelled", workers)
		}
		if !errors.Is(err, context.Canceled) {
			t.Errorf("%d workers: error %v, want context.Canceled", workers, err)
		}
		if m := sw.Manifest(); len(m.Inputs) != 1 || m.Inputs[0].Error == "" || m.Records < 100_000 {
			t.Errorf("%d workers: manifest %+v does not record the cancelled input", workers, m.Inputs)
		}
		// Already cancelled: nothing is read.
		e := &endless{}
		if err := sw.Run(ctx, "again", e, io.Discard); !errors.Is(err, context.Canceled) || e.n != 0 {
			t.Errorf("%d workers: a cancelled context read %d lines (error %v)", workers, e.n, err)
		}
	}
}

// countingWriter counts lines and cancels once it has seen after of them.
type countingWriter struct {
	lines, after int
	cancel       func()
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.lines += bytes.Count(p, []byte{'\n'})
	if c.lines >= c.after && c.cancel != nil {
		c.cancel()
	}
	return len(p), nil
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, io.ErrClosedPipe }

// failingReader yields some records and then a read error.
type failingReader struct{ r io.Reader }

func (f failingReader) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, io.ErrUnexpectedEOF
	}
	return n, err
}

// A write error stops the run as a *WriteError; a read error is returned
// as it is, after the decisions of the lines read before it.
func TestIOErrors(t *testing.T) {
	var big bytes.Buffer
	if err := genRecords(&big, 10_000, false, 0); err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{1, 2} {
		s, src := schedule(t)
		sw, _ := New(s, src, Options{Today: today, Workers: workers})
		err := sw.Run(context.Background(), "in", bytes.NewReader(big.Bytes()), failingWriter{})
		var we *WriteError
		if !errors.As(err, &we) || !errors.Is(err, io.ErrClosedPipe) {
			t.Errorf("%d workers: write error %v, want a *WriteError wrapping io.ErrClosedPipe", workers, err)
		}
		var out bytes.Buffer
		err = sw.Run(context.Background(), "in", failingReader{bytes.NewReader(big.Bytes())}, &out)
		if !errors.Is(err, io.ErrUnexpectedEOF) || errors.As(err, &we) {
			t.Errorf("%d workers: read error %v, want io.ErrUnexpectedEOF", workers, err)
		}
		if n := bytes.Count(out.Bytes(), []byte{'\n'}); n != 10_000 {
			t.Errorf("%d workers: %d decisions written before the read error, want 10 000", workers, n)
		}
	}
}

// A CSV header without a column for some of the schedule's facts is
// reported once, before any row, and in the manifest.
func TestMissingFacts(t *testing.T) {
	s, src := schedule(t)
	var warned []strict.Problem
	var out bytes.Buffer
	sw, _ := New(s, src, Options{Today: today, Warn: func(p strict.Problem) {
		if out.Len() > 0 {
			t.Error("warned after a decision was written")
		}
		warned = append(warned, p)
	}})
	in := "id,rule,holds,captured,case_opened\nb1,bwc-footage,,2026-01-01,2026-01-10\nb2,bwc-footage,,2026-01-02,\n"
	if err := sw.Run(context.Background(), "x.csv", strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	want := []string{"case_closed", "transaction", "taken", "date_of_birth", "created", "reviewed", "request_received"}
	if diff := cmp.Diff(want, sw.Manifest().Inputs[0].MissingFacts); diff != "" {
		t.Errorf("missing facts (-want +got):\n%s", diff)
	}
	if len(warned) != 1 || warned[0].Input != "x.csv" || warned[0].Line != 1 || !strings.Contains(warned[0].Message, "case_closed, transaction") {
		t.Errorf("warnings %+v, want one naming the input, line 1 and the facts", warned)
	}
}

func TestNewRefuses(t *testing.T) {
	s, src := schedule(t)
	for _, tt := range []struct {
		s   *retention.Schedule
		opt Options
	}{
		{nil, Options{Today: today}},
		{s, Options{}},
		{s, Options{Today: today, Input: Text}},
		{s, Options{Today: today, Output: Format(9)}},
	} {
		if _, err := New(tt.s, src, tt.opt); err == nil {
			t.Errorf("New(%v, %+v) succeeded", tt.s != nil, tt.opt)
		}
	}
}

func TestFormatText(t *testing.T) {
	for _, f := range []Format{Auto, JSONLines, CSV, Text} {
		b, err := f.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var g Format
		if err := g.UnmarshalText(b); err != nil || g != f || f.String() != string(b) {
			t.Errorf("%v: round trip gives %v, %v", f, g, err)
		}
	}
	var g Format
	if err := g.UnmarshalText([]byte("xml")); err == nil {
		t.Error("xml accepted")
	}
	if _, err := Format(9).MarshalText(); err == nil || Format(9).String() != "Format(9)" {
		t.Error("an unknown format marshals")
	}
}

func strictLimits(maxLine int) strict.Limits { return strict.Limits{MaxLine: maxLine} }

// JSON null and an empty CSV cell are facts that have not happened; a key
// left out and a column missing from the header are unknown, and a record
// whose rule uses the fact is cannot-evaluate naming it, unless the caller
// opts in to absent-means-not-happened.
func TestNullAndUnknown(t *testing.T) {
	const jsonHead, csvHead = "", "id,rule,holds,captured,case_opened,case_closed\n"
	for _, tt := range []struct {
		name, in string
		absent   bool
		want     string // outcome reason [missing or named fact]
	}{
		{"json null", `{"id":"r","rule":"bwc-footage","facts":{"captured":"2026-03-01","case_opened":null,"case_closed":null}}`, false, "eligible period-ended"},
		{"json null closed", `{"id":"r","rule":"bwc-footage","facts":{"captured":"2026-03-01","case_opened":"2026-03-02","case_closed":null}}`, false, "awaiting-event missing-fact case_closed"},
		{"json key left out", `{"id":"r","rule":"bwc-footage","facts":{"captured":"2026-03-01","case_opened":null}}`, false, "cannot-evaluate fact-unknown /facts/case_closed"},
		{"json no facts", `{"id":"r","rule":"bwc-footage"}`, false, "cannot-evaluate fact-unknown /facts/captured"},
		{"json key left out, opted in", `{"id":"r","rule":"bwc-footage","facts":{"captured":"2026-03-01"}}`, true, "eligible period-ended"},
		{"json null on an undeclared fact", `{"id":"r","rule":"bwc-footage","facts":{"captured":"2026-03-01","case_opened":null,"case_closed":null,"colour":null}}`, false, "cannot-evaluate undeclared-fact /facts/colour"},
		{"csv empty cells", csvHead + "r,bwc-footage,,2026-03-01,,", false, "eligible period-ended"},
		{"csv empty closed", csvHead + "r,bwc-footage,,2026-03-01,2026-03-02,", false, "awaiting-event missing-fact case_closed"},
		{"csv quoted empty cell is not an empty cell", csvHead + `r,bwc-footage,,2026-03-01,"",`, false, "cannot-evaluate malformed-fact /facts/case_opened"},
		{"csv quoted empty last cell", csvHead + `r,bwc-footage,,2026-03-01,,""`, false, "cannot-evaluate malformed-fact /facts/case_closed"},
		{"csv PostgreSQL COPY of '' and NULL", csvHead + `r,bwc-footage,"",2026-01-01,"",`, false, "cannot-evaluate malformed-fact /facts/case_opened"},
		{"csv quoted date and quoted empty holds", csvHead + `r,bwc-footage,"","2026-03-01",,`, false, "eligible period-ended"},
		{"csv quoted empty cell, opted in", csvHead + `r,bwc-footage,,2026-03-01,"",""`, true, "cannot-evaluate malformed-fact /facts/case_closed"},
		{"csv quoted empty undeclared column", "id,rule,holds,captured,case_opened,case_closed,colour\nr,bwc-footage,,2026-03-01,,,\"\"", false, "cannot-evaluate undeclared-fact /facts/colour"},
		{"csv ? is unknown", csvHead + `r,bwc-footage,,2026-03-01,?,`, false, "cannot-evaluate fact-unknown /facts/case_opened"},
		{"csv quoted ? is unknown", csvHead + `r,bwc-footage,,2026-03-01,,"?"`, false, "cannot-evaluate fact-unknown /facts/case_closed"},
		{"csv ? stays unknown, opted in", csvHead + `r,bwc-footage,,2026-03-01,?,`, true, "cannot-evaluate fact-unknown /facts/case_opened"},
		{"csv ? with a date elsewhere", "id,rule,holds,transaction,case_opened\nr,financial,,2019-04-15,?", false, "eligible period-ended"},
		{"csv missing column", "id,rule,holds,captured,case_opened\nr,bwc-footage,,2026-03-01,", false, "cannot-evaluate fact-unknown /facts/case_closed"},
		{"csv missing column, opted in", "id,rule,holds,captured,case_opened\nr,bwc-footage,,2026-03-01,", true, "eligible period-ended"},
		{"csv missing column the rule does not use", "id,rule,holds,transaction\nr,financial,,2019-04-15", false, "eligible period-ended"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, m, err := sweepAll(t, Options{AbsentMeansNotHappened: tt.absent}, "in", []byte(tt.in+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			var d struct{ Outcome, Reason, Missing, Detail string }
			if err := json.Unmarshal(out, &d); err != nil {
				t.Fatalf("%s: %v", out, err)
			}
			got := d.Outcome + " " + d.Reason
			if d.Missing != "" {
				got += " " + d.Missing
			}
			if _, rest, ok := strings.Cut(d.Detail, ": "); ok && d.Outcome == "cannot-evaluate" {
				ptr, _, _ := strings.Cut(rest, ":")
				got += " " + ptr
			}
			if got != tt.want {
				t.Errorf("%s\ngot  %s\nwant %s", out, got, tt.want)
			}
			if m.AbsentMeansNotHappened != tt.absent {
				t.Errorf("manifest absent_means_not_happened %v, want %v", m.AbsentMeansNotHappened, tt.absent)
			}
		})
	}
}

// Dropping any fact its rule uses from a record never makes it eligible
// (unless the caller opts in): over the generated records, each fact key
// left out in turn.
func TestUnknownNeverEligible(t *testing.T) {
	s, _ := schedule(t)
	var in bytes.Buffer
	n := 0
	for i := range 400 {
		line := appendJSONRecord(nil, i)
		var rec struct {
			ID    string             `json:"id"`
			Rule  string             `json:"rule"`
			Facts map[string]*string `json:"facts"`
			Holds []string           `json:"holds"`
		}
		if err := json.Unmarshal(line, &rec); err != nil {
			t.Fatal(err)
		}
		used, ok := s.UsedFacts(rec.Rule)
		if !ok {
			t.Fatalf("rule %s", rec.Rule)
		}
		for _, drop := range used {
			if _, given := rec.Facts[drop]; !given {
				continue
			}
			facts := map[string]*string{}
			for k, v := range rec.Facts {
				if k != drop {
					facts[k] = v
				}
			}
			b, _ := json.Marshal(map[string]any{"id": rec.ID + "-no-" + drop, "rule": rec.Rule, "facts": facts})
			in.Write(append(b, '\n'))
			n++
		}
	}
	out, m, err := sweepAll(t, Options{}, "dropped", in.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if m.Records != int64(n) || n < 400 {
		t.Fatalf("%d decisions of %d records", m.Records, n)
	}
	if m.Counts[retention.Eligible] != 0 {
		for _, l := range bytes.Split(out, []byte{'\n'}) {
			if bytes.Contains(l, []byte(`"outcome":"eligible"`)) {
				t.Errorf("eligible with a fact left out: %s", l)
			}
		}
	}
}

// A line of exactly Limits.MaxLine bytes is read, with LF or CRLF; one byte
// more is too long, however short the limit.
func TestLineLimit(t *testing.T) {
	rec := `{"id":"a","rule":"council-tax-base"}` // 36 bytes
	for _, tt := range []struct {
		maxLine int
		ending  string
		long    bool
	}{
		{36, "\n", false}, {36, "\r\n", false}, {35, "\n", true}, {35, "\r\n", true}, {4, "\n", true}, {1 << 10, "", false},
	} {
		out, _, err := sweepAll(t, Options{Limits: strict.Limits{MaxLine: tt.maxLine}}, "in", []byte(rec+tt.ending+rec+tt.ending))
		if err != nil {
			t.Fatal(err)
		}
		long := strings.Contains(string(out), "line longer than")
		if long != tt.long || bytes.Count(out, []byte{'\n'}) != 2-btoi(tt.ending == "") {
			t.Errorf("limit %d, ending %q: %s", tt.maxLine, tt.ending, out)
		}
	}
}

// A first line longer than the limit still decides the format from its
// start: a CSV header too long to read makes every row cannot-evaluate,
// saying why.
func TestLongFirstLine(t *testing.T) {
	in := "id,rule,holds,captured,case_opened,case_closed\nr1,bwc-footage,,2026-01-01,,\n"
	out, m, err := sweepAll(t, Options{Limits: strict.Limits{MaxLine: 40}}, "in", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if m.Inputs[0].Format != CSV || !strings.Contains(string(out), `"detail":"in:2: header (line 1): line longer than 40 bytes`) {
		t.Errorf("format %s, decisions %s", m.Inputs[0].Format, out)
	}
}

// A "?" cell is unknown, and the decision's detail says it was given as "?"
// at its column, not that it was left out.
func TestUnknownCellDetail(t *testing.T) {
	in := "id,rule,holds,captured,case_opened,case_closed\nr,bwc-footage,,2026-03-01,?,\n"
	out, _, err := sweepAll(t, Options{}, "in.csv", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	var d struct{ Outcome, Reason, Detail string }
	if err := json.Unmarshal(out, &d); err != nil {
		t.Fatalf("%s: %v", out, err)
	}
	want := `in.csv:2:27: /facts/case_opened: "?": the record does not know this fact; an unknown fact is never a reason to dispose`
	if diff := cmp.Diff(want, d.Detail); diff != "" || d.Reason != "fact-unknown" {
		t.Errorf("%s %s (-want +got)\n%s", d.Outcome, d.Reason, diff)
	}
}
