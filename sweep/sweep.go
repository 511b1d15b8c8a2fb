package sweep

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/retention"
	"github.com/noticekit/noticekit/strict"
)

// Options says how a [Sweep] reads records and writes decisions.
type Options struct {
	// Today is the day the records are decided on. The zero Date makes
	// [New] fail: a sweep never guesses the day.
	Today civil.Date
	// Input is the format of the records: [Auto] (the default), [JSONLines]
	// or [CSV].
	Input Format
	// Output is the format of the decisions: [JSONLines] (the default, also
	// for [Auto]), [CSV] or [Text].
	Output Format
	// Limits bounds the record lines: a line longer than Limits.MaxLine
	// bytes (default [strict.DefaultMaxLine], 1 MiB) is a cannot-evaluate
	// decision and is never held whole.
	Limits strict.Limits
	// Workers is the number of goroutines deciding records once an input
	// is larger than one batch: 0 means runtime.GOMAXPROCS(0); 1 decides
	// everything on the calling goroutine. The output is the same,
	// byte for byte, whatever the number.
	Workers int
	// Flush, if set, is called after each batch of decisions has been
	// written, so that a caller streaming to a client can push them out
	// (an HTTP handler passes http.NewResponseController(w).Flush). An
	// error from it stops the run like a write error.
	Flush func() error
	// AbsentMeansNotHappened reads every fact a record leaves out (a key
	// missing from a JSON record's facts, a column missing from a CSV
	// header) as "has not happened" instead of unknown. It is the caller's
	// explicit opt-in, off by default, and weaker: a fact dropped by mistake
	// then switches a "when" clause off or makes a record await an event,
	// so a record may be decided eligible too early, where by default it is
	// cannot-evaluate naming the fact (docs/retention.md). The manifest
	// records whether it was set.
	AbsentMeansNotHappened bool
	// Warn, if set, is called with each problem about an input as a whole,
	// before any of its records is decided: a CSV header with no column
	// for some of the schedule's facts (each row whose rule uses one is
	// then cannot-evaluate, and the manifest lists them too).
	Warn func(strict.Problem)
	// Now is the clock for the manifest's start and end times; nil means
	// time.Now.
	Now func() time.Time
}

// Format is the format of a record input or a decision output.
type Format uint8

// The formats.
const (
	// Auto, for input, is CSV for an input whose name ends in ".csv" or
	// whose first line starts with "id,", and JSON Lines otherwise; for
	// output it is JSON Lines.
	Auto Format = iota
	// JSONLines is one JSON object per line: a record as {"id", "rule",
	// "facts", "holds"}; a decision as [retention.Decision.AppendJSON]
	// writes it.
	JSONLines
	// CSV is RFC 4180 with a header line: for records id,rule,holds and one
	// column per fact; for decisions the columns of [CSVHeader].
	CSV
	// Text is one aligned line per decision, for people (output only).
	Text
)

var formatCodes = [...]string{"auto", "jsonl", "csv", "text"}

// String returns the format's code: auto, jsonl, csv or text.
func (f Format) String() string {
	if int(f) < len(formatCodes) {
		return formatCodes[f]
	}
	return fmt.Sprintf("Format(%d)", uint8(f))
}

// MarshalText returns the format's code.
func (f Format) MarshalText() ([]byte, error) {
	if int(f) >= len(formatCodes) {
		return nil, fmt.Errorf("sweep: unknown format %d", uint8(f))
	}
	return []byte(formatCodes[f]), nil
}

// UnmarshalText parses a format's code (auto, jsonl, csv or text).
func (f *Format) UnmarshalText(b []byte) error {
	for i, c := range formatCodes {
		if string(b) == c {
			*f = Format(i)
			return nil
		}
	}
	return fmt.Errorf("unknown format %q; expected one of %s", b, strings.Join(formatCodes[:], ", "))
}

// Sweep decides streams of records under one schedule on one day, and
// keeps the [Manifest] of everything it decided. Run it once per input;
// a Sweep is not safe for concurrent use (an HTTP service makes one per
// request).
type Sweep struct {
	sched   *retention.Schedule
	opt     Options
	maxLine int
	now     func() time.Time
	facts   []string // the schedule's facts by slot, for the CSV header check and messages

	manifest  Manifest
	started   bool
	wroteHead bool         // the CSV output header
	decided   atomic.Int64 // decisions written, for progress reports
}

// New returns a Sweep deciding records under sched, compiled from the
// schedule document src (whose SHA-256 the manifest records, so that the
// disposal log names exactly the schedule that was applied). It fails if
// sched is nil, opt.Today is zero or a format is out of place.
func New(sched *retention.Schedule, src []byte, opt Options) (*Sweep, error) {
	switch {
	case sched == nil:
		return nil, errors.New("sweep: no schedule")
	case opt.Today.IsZero():
		return nil, errors.New("sweep: no day to decide on: Options.Today is zero")
	case opt.Input > CSV:
		return nil, fmt.Errorf("sweep: input format %s; expected auto, jsonl or csv", opt.Input)
	case opt.Output > Text:
		return nil, fmt.Errorf("sweep: output format %s; expected jsonl, csv or text", opt.Output)
	}
	if opt.Output == Auto {
		opt.Output = JSONLines
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	now := opt.Now
	if now == nil {
		now = time.Now
	}
	sum := sha256.Sum256(src)
	sw := &Sweep{
		sched: sched, opt: opt, now: now,
		maxLine: opt.Limits.WithDefaults().MaxLine,
	}
	for i := range sched.NumFacts() {
		sw.facts = append(sw.facts, sched.FactName(i))
	}
	sw.manifest = Manifest{
		Schedule:               ScheduleRef{ID: sched.ID(), Version: sched.Version(), SHA256: hex.EncodeToString(sum[:])},
		Today:                  opt.Today,
		Inputs:                 []InputReport{},
		AbsentMeansNotHappened: opt.AbsentMeansNotHappened,
	}
	return sw, nil
}

// Decided returns the number of decisions written so far; it is safe to
// call from another goroutine while Run runs (for a progress line).
func (sw *Sweep) Decided() int64 { return sw.decided.Load() }

// Manifest returns the run's manifest so far: a copy, safe to keep.
func (sw *Sweep) Manifest() Manifest {
	m := sw.manifest
	m.Inputs = append([]InputReport(nil), m.Inputs...)
	for i := range m.Inputs {
		m.Inputs[i].MissingFacts = append([]string(nil), m.Inputs[i].MissingFacts...)
	}
	return m
}

// WriteError is a failure to write decisions (or of Options.Flush), as
// opposed to one to read records: [Sweep.Run] returns it wrapped, and
// errors.As tells the two apart.
type WriteError struct{ Err error }

func (e *WriteError) Error() string { return "writing decisions: " + e.Err.Error() }

// Unwrap returns e.Err.
func (e *WriteError) Unwrap() error { return e.Err }

// Run reads the records of one input from r, named name in decisions and
// in the manifest (a file name, "stdin", "request body"), and writes one
// decision per record line to w in input order, batch by batch, calling
// Options.Flush after each. A line that cannot be read is never skipped:
// it is a cannot-evaluate decision whose detail names the input and line.
//
// It returns nil when the input has been read to its end and every
// decision written; an error wrapping ctx.Err() if ctx was cancelled (it
// stops within one batch, without reading further); a [*WriteError] if w
// or Flush failed; or the read error of r. Decisions for the lines read
// before an error have been written. The manifest records the input in
// every case, with the error.
//
// w and Options.Flush are used by one goroutine at a time, not always the
// caller's, and never after Run returns (so an http.ResponseWriter is safe
// to pass).
//
// Memory does not grow with the input: lines are read into a fixed number
// of batches, each at most a few hundred kilobytes (or one line of up to
// Limits.MaxLine), which are reused.
func (sw *Sweep) Run(ctx context.Context, name string, r io.Reader, w io.Writer) error {
	if !sw.started {
		sw.started = true
		sw.manifest.Start = sw.now().UTC()
	}
	format := sw.opt.Input
	if format == Auto && strings.HasSuffix(strings.ToLower(name), ".csv") {
		format = CSV
	}
	in := &input{name: name, format: format}
	err := sw.run(ctx, in, r, w)
	rep := InputReport{Name: name, Format: in.format, Lines: in.lines, Records: in.records, MissingFacts: in.header.missing}
	if err != nil {
		rep.Error = err.Error()
	}
	sw.manifest.Inputs = append(sw.manifest.Inputs, rep)
	sw.manifest.Records += in.records
	for i, n := range in.counts {
		sw.manifest.Counts[i] += n
	}
	sw.manifest.End = sw.now().UTC()
	return err
}

// input is the state of one input: its name and format, the CSV header,
// and what has been read and written.
type input struct {
	name    string
	format  Format // Auto until the first line decides
	header  header // CSV only
	lines   int64  // lines read (the header included)
	records int64  // decisions written
	counts  Counts
}
