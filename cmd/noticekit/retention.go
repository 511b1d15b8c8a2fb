package main

// noticekit retention decide: the nightly retention sweep (docs/retention.md,
// "Records and decisions"). This file is flags and wiring: reading records,
// deciding them and writing decisions and the run manifest is package sweep.
//
// The command is a contract other systems script against:
//
//   - Input: records as JSON Lines or CSV (see package sweep); --format
//     auto (the default) picks CSV for a file named *.csv or whose first
//     line starts with "id,", and JSON Lines otherwise.
//   - Output: one decision per record, in input order, on stdout: with
//     --json (or --output jsonl) the JSON object of
//     retention.Decision.AppendJSON per line; --output csv a CSV row per
//     decision under sweep.CSVHeader; otherwise one aligned line of text.
//     Scripts should use --json.
//   - A line that cannot be read is never skipped: it becomes a
//     cannot-evaluate decision with reason malformed-record whose detail
//     names the file, line and column ("records.jsonl:12:5: /facts/x: …").
//   - --manifest FILE writes the run manifest (schedule id, version and
//     SHA-256, the day, each input's name and line count, the count of each
//     outcome, start and end) as JSON: the disposal log.
//   - A summary (the count of each outcome, elapsed time and records/s)
//     goes to stderr at the end, after any warning about a CSV header that
//     lacks a column for a fact of the schedule; progress goes to stderr
//     about once a second only when stderr is a terminal.
//   - An invalid schedule is reported on stdout, every problem with its
//     place: as file:line:col: pointer: message lines, or with --json as
//     one JSON object in validate --json's shape.
//   - Exit status: 0 when every record was decided and none is
//     cannot-evaluate; 1 when the schedule is invalid or at least one
//     record is cannot-evaluate (every cannot-evaluate reason is a problem
//     in the input that a person must fix); 2 for usage and I/O errors.

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/internal/report"
	"github.com/noticekit/noticekit/retention"
	"github.com/noticekit/noticekit/strict"
	"github.com/noticekit/noticekit/sweep"
)

// rdMaxLine is the longest record line, in bytes without its newline. A
// longer line is a cannot-evaluate decision. Tests lower it.
var rdMaxLine = strict.DefaultMaxLine

// retentionToday is the clock behind the --today default; tests replace it.
var retentionToday = civil.Today

// rdNow is the clock for the summary's timing, and rdManifestNow for the
// manifest's start and end; tests replace them.
var (
	rdNow         = time.Now
	rdManifestNow = time.Now
)

func runRetentionDecide(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("retention decide", flag.ContinueOnError)
	schedFlag := fs.String("schedule", "", "the retention schedule: a file (- for standard input), or example:ID for a bundled schedule (required)")
	var today civil.Date
	fs.TextVar(&today, "today", today, "the day to decide on, YYYY-MM-DD (default today in London)")
	asJSON := fs.Bool("json", false, "write one JSON object per record (JSON Lines); the same as --output jsonl")
	var input, output sweep.Format
	fs.TextVar(&input, "format", sweep.Auto, "record input format: auto, jsonl or csv")
	fs.TextVar(&output, "output", sweep.Auto, "decision output format: text, jsonl or csv; auto is text, or jsonl with --json")
	manifest := fs.String("manifest", "", "write the run manifest (the disposal log) as JSON to this file")
	absent := fs.Bool("absent-means-not-happened", false, "read a fact a record leaves out (a JSON key, a CSV column) as not happened instead of unknown: weaker, since a fact left out by mistake can then make a record eligible too early; the manifest records it")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `usage: noticekit retention decide --schedule S.json|example:ID [--today YYYY-MM-DD] [--json | --output text|jsonl|csv] [--format auto|jsonl|csv] [--manifest FILE] [--absent-means-not-happened] [RECORDS…]

Decides, for each record, whether it may be disposed of today under the
schedule (docs/retention.md). RECORDS are files; none, or -, reads standard input.

Input, one record per line:
  JSON Lines  {"id": "bwc-2026-0042", "rule": "bwc-footage",
               "facts": {"captured": "2026-01-01", "case_opened": null}, "holds": ["legal-hold"]}
              A fact is a date or an RFC 3339 timestamp, or null if the event
              has not happened; a fact the record's rule uses that is left out
              is unknown, and the record is cannot-evaluate.
  CSV         a header id,rule,holds,<fact columns>; holds separated by ';';
              an empty cell asserts that the event has not happened; a cell ?
              says the row does not know the fact (unknown); a declared fact
              with no column is unknown (a warning says so before any row);
              quoted fields may not span lines
  --absent-means-not-happened reads left-out facts and missing columns (not ?) as
  not happened instead: weaker, for extracts that leave out events that have
  not happened; a fact dropped by mistake can then make disposal too early.
  --format auto picks CSV for *.csv files or a first line starting "id,".

Output, one decision per record, in input order: with --json a JSON object
per line {"id","rule","schedule_version","outcome","due","next_review","action",
"must_dispose_by","overdue","holds","missing","reason","detail"} (fields that
do not apply are left out); with --output csv the same fields as CSV columns;
otherwise one aligned line of text per record. A line that cannot be read
(including one longer than 1 MiB) is a cannot-evaluate decision (reason
malformed-record); every cannot-evaluate detail names FILE:LINE. A summary
goes to standard error, and progress too when it is a terminal. --manifest
writes the run's schedule (id, version, SHA-256), day, inputs with their line
counts, and the count of each outcome: a disposal log to file.

Exit status: 0 every record decided and none cannot-evaluate; 1 the schedule
is invalid or some record is cannot-evaluate; 2 usage or I/O error.

Flags:
`)
		fs.PrintDefaults()
	}
	files, code, ok := parseFlags(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "noticekit retention decide: "+format+"\n", a...)
		return exitUsage
	}
	switch {
	case input == sweep.Text:
		return fail("--format text: expected auto, jsonl or csv (text is an output format)")
	case *asJSON && output != sweep.Auto && output != sweep.JSONLines:
		return fail("--json and --output %s: give one of them", output)
	case *asJSON:
		output = sweep.JSONLines
	case output == sweep.Auto:
		output = sweep.Text
	}
	if *schedFlag == "" {
		return fail("--schedule is required: a schedule file, or example:ID (one of %s)", rdExampleIDs())
	}
	if len(files) == 0 {
		files = []string{"-"}
	}
	stdinUses := 0
	if *schedFlag == "-" {
		stdinUses++
	}
	for _, f := range files {
		if f == "-" {
			stdinUses++
		}
	}
	if stdinUses > 1 {
		return fail("standard input (-) can be read only once: give the schedule or the records as a file")
	}

	name, data, err := rdLoadSchedule(*schedFlag, stdin)
	if err != nil {
		return fail("%v", err)
	}
	sched, probs := report.CompileSchedule(data)
	if len(probs) > 0 {
		return printScheduleProblems("retention decide", name, probs, *asJSON || output == sweep.JSONLines, stdout, stderr)
	}
	for _, f := range files { // fail before any output when a file is missing
		if f != "-" {
			if _, err := os.Stat(f); err != nil {
				return fail("%v", err)
			}
		}
	}
	day := today
	if day.IsZero() {
		day = retentionToday()
	} else {
		warnToday(stderr, "retention decide", day, retentionToday())
	}

	sw, err := sweep.New(sched, data, sweep.Options{
		Today: day, Input: input, Output: output,
		Limits:                 strict.Limits{MaxLine: rdMaxLine},
		AbsentMeansNotHappened: *absent,
		Now:                    rdManifestNow,
		Warn: func(p strict.Problem) { // before any row of the input is decided
			fmt.Fprintln(stderr, "noticekit retention decide: warning: "+p.String())
		},
	})
	if err != nil {
		return fail("%v", err)
	}
	w := bufio.NewWriterSize(stdout, 64<<10)
	stop := rdProgress(sw.Decided, stderr)
	start := rdNow()
	err = rdRun(sw, files, stdin, w)
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = &sweep.WriteError{Err: ferr}
	}
	stop()
	m := sw.Manifest()
	if *manifest != "" {
		if merr := rdWriteManifest(*manifest, m); merr != nil && err == nil {
			err = merr
		}
	}
	if err != nil {
		return fail("%v", err)
	}
	rdSummary(stderr, m, rdNow().Sub(start))
	if m.Counts[retention.CannotEvaluate] > 0 {
		return exitInvalid
	}
	return exitOK
}

// rdRun decides every input in turn.
func rdRun(sw *sweep.Sweep, files []string, stdin io.Reader, w io.Writer) error {
	for _, name := range files {
		var r io.Reader = stdin
		label := name
		if name == "-" {
			label = "stdin"
		} else {
			f, err := os.Open(name)
			if err != nil {
				return err
			}
			defer f.Close()
			r = f
		}
		err := sw.Run(context.Background(), label, r, w)
		var we *sweep.WriteError
		if err != nil && !errors.As(err, &we) {
			return fmt.Errorf("reading %s: %w", label, err)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// rdWriteManifest writes the run manifest as indented JSON.
func rdWriteManifest(path string, m sweep.Manifest) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing the manifest: %w", err)
	}
	return nil
}

func rdExampleIDs() string {
	var ids []string
	for _, e := range examples.Schedules() {
		ids = append(ids, e.ID)
	}
	return strings.Join(ids, ", ")
}

// rdLoadSchedule reads the schedule named by --schedule: example:ID for a
// bundled schedule, otherwise a file (- for standard input), bounded like
// every document the command line reads.
func rdLoadSchedule(arg string, stdin io.Reader) (name string, data []byte, err error) {
	if id, ok := strings.CutPrefix(arg, "example:"); ok {
		ex, err := examples.Schedule(id)
		if err != nil {
			return "", nil, err
		}
		return "examples/" + ex.File, ex.Data, nil
	}
	data, err = readBounded(arg, stdin)
	if err != nil {
		return "", nil, err
	}
	return arg, data, nil
}

// printScheduleProblems reports an invalid schedule on stdout, every
// problem with its place: file:line:col: pointer: message lines, or with
// asJSON one JSON object in validate --json's shape; and a line on stderr.
// It returns the exit status, exitInvalid (exitUsage if stdout fails).
func printScheduleProblems(cmd, name string, probs []strict.Problem, asJSON bool, stdout, stderr io.Writer) int {
	if asJSON { // one line, as validate --json reports a document
		res := report.Validation{File: name, Kind: "schedule", Problems: report.Problems(probs)}
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(res); err != nil {
			fmt.Fprintf(stderr, "noticekit %s: %v\n", cmd, err)
			return exitUsage
		}
	} else {
		for _, p := range probs {
			fmt.Fprintf(stdout, "%s:%d:%d: %s: %s\n", name, p.Line, p.Column, pointerOrRoot(p.Pointer), p.Message)
		}
	}
	fmt.Fprintf(stderr, "noticekit %s: schedule %s is not valid: %d problem(s)\n", cmd, name, len(probs))
	return exitInvalid
}

// rdSummary writes the count of each outcome and the speed to w.
func rdSummary(w io.Writer, m sweep.Manifest, elapsed time.Duration) {
	var b strings.Builder
	fmt.Fprintf(&b, "noticekit retention decide: %d record(s) on %s (schedule %s version %s):", m.Records, m.Today, m.Schedule.ID, m.Schedule.Version)
	for i, o := range retention.Outcomes() {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, " %s %d", o, m.Counts[o])
	}
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = float64(m.Records) / s
	}
	fmt.Fprintf(&b, "\nnoticekit retention decide: %s, %.0f records/s\n", elapsed.Round(time.Microsecond), rate)
	io.WriteString(w, b.String())
}

// rdIsTerminal reports whether w is a terminal (a character device).
func rdIsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// rdProgress writes the number of records decided to stderr about once a
// second while the run lasts, if stderr is a terminal. It returns the
// function that stops it (and clears the progress line).
func rdProgress(decided func() int64, stderr io.Writer) (stop func()) {
	if !rdIsTerminal(stderr) {
		return func() {}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		rdProgressLoop(decided, stderr, done, time.NewTicker(time.Second).C)
	}()
	var once sync.Once
	return func() { once.Do(func() { close(done); wg.Wait() }) }
}

// rdProgressLoop prints a progress line on every tick until done.
func rdProgressLoop(decided func() int64, w io.Writer, done <-chan struct{}, tick <-chan time.Time) {
	start := rdNow()
	printed := false
	for {
		select {
		case <-done:
			if printed {
				io.WriteString(w, "\r\033[K")
			}
			return
		case <-tick:
			n := decided()
			rate := float64(n) / max(rdNow().Sub(start).Seconds(), 1e-9)
			fmt.Fprintf(w, "\r\033[K%d records decided, %.0f records/s", n, rate)
			printed = true
		}
	}
}
