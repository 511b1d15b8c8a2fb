package main

// noticekit retention decide: the nightly retention sweep (docs/retention.md;
// the command line's contract is in docs/architecture.md).
//
// The command is a contract other systems script against:
//
//   - Input: records as JSON Lines (one object per line, exactly the keys
//     id, rule, facts and holds) or CSV with a header id,rule,holds,<fact
//     columns> (holds separated by ';', an empty cell is an absent fact).
//     --format auto (the default) picks CSV for a file named *.csv or whose
//     first line starts with "id,", and JSON Lines otherwise.
//   - Output: one decision per record, in input order, on stdout. With
//     --json each is the JSON object of retention.Decision.AppendJSON, one
//     per line (JSON Lines); without it, one aligned line of text per
//     record (id, rule, outcome, due date, reason and details). Scripts
//     should use --json.
//   - A line that cannot be read (bad JSON, an unknown or duplicate key, a
//     wrong type, a line longer than rdMaxLine, an empty line, a CSV row
//     with the wrong number of fields) is never skipped: it becomes a
//     cannot-evaluate decision with reason malformed-record whose detail
//     names the file and line ("records.jsonl:12: unknown key …"), with
//     the id if one could be read.
//   - A summary (the count of each outcome, elapsed time and records/s)
//     goes to stderr at the end; progress goes to stderr about once a
//     second only when stderr is a terminal.
//   - An invalid schedule is reported on stdout, every problem with its
//     place: as file:line:col: pointer: message lines, or with --json as
//     one JSON object in validate --json's shape.
//   - Exit status: 0 when every record was decided and none is
//     cannot-evaluate; 1 when the schedule is invalid (every problem is
//     printed as file:line:col: pointer: message) or when at least one
//     record is cannot-evaluate (every cannot-evaluate reason is a problem
//     in the input that a person must fix: a malformed line or fact, an
//     unknown rule or fact, facts in the future or out of order); 2 for
//     usage and I/O errors.
//
// Streaming, constant memory: lines are read with a bufio.Reader whose
// buffer is the line limit (a longer line is reported and skipped up to its
// newline without being buffered), records are parsed by a small strict
// scanner for this one record shape (encoding/json with the duplicate-key
// pass that strictness needs measured about 10 µs a record, far from the
// 1 M records/s target), resolved into a retention.Record that reuses one
// facts slice, decided, and appended to a reused output buffer behind a
// bufio.Writer. The strings handed to the retention package for a record
// are views of the line buffer (see rdView): they live only until the
// decision has been written, before the next line is read.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/internal/report"
	"github.com/noticekit/noticekit/retention"
)

// rdMaxLine is the longest record line, in bytes without its newline. A
// longer line is a cannot-evaluate decision. Tests lower it.
var rdMaxLine = 1 << 20

// retentionToday is the clock behind the --today default; tests replace it.
var retentionToday = civil.Today

// rdNow is the clock for the summary's timing; tests replace it.
var rdNow = time.Now

// rdFormat is the --format of the record input.
type rdFormat uint8

const (
	rdAuto rdFormat = iota
	rdJSONL
	rdCSV
)

func runRetentionDecide(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("retention decide", flag.ContinueOnError)
	schedFlag := fs.String("schedule", "", "the retention schedule: a file (- for standard input), or example:ID for a bundled schedule (required)")
	var today civil.Date
	fs.TextVar(&today, "today", today, "the day to decide on, YYYY-MM-DD (default today in London)")
	asJSON := fs.Bool("json", false, "write one JSON object per record (JSON Lines)")
	formatFlag := fs.String("format", "auto", "record input format: auto, jsonl or csv")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `usage: noticekit retention decide --schedule S.json|example:ID [--today YYYY-MM-DD] [--json] [--format auto|jsonl|csv] [RECORDS…]

Decides, for each record, whether it may be disposed of today under the
schedule (docs/retention.md). RECORDS are files; none, or -, reads standard input.

Input, one record per line:
  JSON Lines  {"id": "bwc-2026-0042", "rule": "bwc-footage",
               "facts": {"captured": "2026-01-01"}, "holds": ["legal-hold"]}
  CSV         a header id,rule,holds,<fact columns>; holds separated by ';';
              an empty cell is an absent fact; quoted fields may not span lines
  --format auto picks CSV for *.csv files or a first line starting "id,".

Output, one decision per record, in input order: with --json a JSON object
per line {"id","rule","schedule_version","outcome","due","action",
"must_dispose_by","overdue","holds","missing","reason","detail"} (fields that
do not apply are left out); otherwise one aligned line of text per record.
A line that cannot be read (including one longer than 1 MiB) is a
cannot-evaluate decision (reason malformed-record) naming FILE:LINE; every
cannot-evaluate detail names FILE:LINE. A summary goes to standard error,
and progress too when it is a terminal.

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
	var format rdFormat
	switch *formatFlag {
	case "auto":
	case "jsonl":
		format = rdJSONL
	case "csv":
		format = rdCSV
	default:
		return fail("--format %q: want auto, jsonl or csv", *formatFlag)
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
		if *asJSON { // one line, as validate --json reports a document
			res := report.Validation{File: name, Kind: "schedule", Problems: report.Problems(probs)}
			enc := json.NewEncoder(stdout)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(res); err != nil {
				return fail("%v", err)
			}
		} else {
			for _, p := range probs {
				fmt.Fprintf(stdout, "%s:%d:%d: %s: %s\n", name, p.Line, p.Column, pointerOrRoot(p.Pointer), p.Message)
			}
		}
		fmt.Fprintf(stderr, "noticekit retention decide: schedule %s is not valid: %d problem(s)\n", name, len(probs))
		return exitInvalid
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

	d := newRDDecider(sched, day, !*asJSON, stdout)
	stop := rdProgress(d, stderr)
	start := rdNow()
	for _, f := range files {
		if err := d.file(f, format, stdin); err != nil {
			stop()
			d.w.Flush()
			return fail("%v", err)
		}
	}
	err = d.w.Flush()
	stop()
	if err != nil {
		return fail("writing decisions: %v", err)
	}
	d.summary(stderr, rdNow().Sub(start))
	if d.counts[retention.CannotEvaluate] > 0 {
		return exitInvalid
	}
	return exitOK
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

// rdDecider streams records through one compiled schedule. Every buffer is
// reused from record to record, so memory does not grow with the input.
type rdDecider struct {
	s     *retention.Schedule
	today civil.Date
	human bool
	w     *bufio.Writer
	br    *bufio.Reader

	out     []byte   // the output line
	facts   []int32  // the record's fact slots
	holds   []string // the record's holds (views)
	kv      []rdFact // facts as read, before the rule is known
	scratch []byte   // unescaped strings
	seen    []uint32 // per fact slot: the record number that last set it
	unknown []string // unknown fact names in this record, for duplicate detection
	// unknownSet holds unknown fact names beyond the first 16 (views,
	// cleared before the next record is read).
	unknownSet map[string]struct{}
	fields     [][]byte // CSV fields of the current line
	row        [][]byte // the current CSV row's fields; nil for JSON Lines

	// CSV state for the current file.
	csvCols   []rdColumn
	csvHeader string // non-empty: the header is bad, every row says why

	rec    uint32 // records read, for seen
	n      int64
	counts [8]int64
	shown  atomic.Int64 // n, published for the progress line
}

// rdFact is a fact as read: its name, its value, and its slot (-1 for a
// fact no rule of the schedule uses).
type rdFact struct {
	name, value string
	slot        int
}

type rdColumn struct {
	name string
	slot int // -1: a fact no rule of the schedule uses
}

func newRDDecider(s *retention.Schedule, today civil.Date, human bool, w io.Writer) *rdDecider {
	return &rdDecider{
		s: s, today: today, human: human,
		w:     bufio.NewWriterSize(w, 64<<10),
		facts: make([]int32, s.NumFacts()),
		seen:  make([]uint32, s.NumFacts()),
	}
}

// rdView returns the bytes of b as a string without copying. The string is
// valid only while b is not overwritten: the decider uses it for strings
// that live from reading a line until its decision has been written, and
// never keeps them longer.
func rdView(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// file streams one input: a file name, or - for stdin.
func (d *rdDecider) file(name string, format rdFormat, stdin io.Reader) error {
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
	if format == rdAuto && strings.HasSuffix(strings.ToLower(name), ".csv") {
		format = rdCSV
	}
	err := d.stream(label, r, format)
	var we rdWriteError
	if err != nil && !errors.As(err, &we) {
		return fmt.Errorf("reading %s: %w", label, err)
	}
	return err
}

// stream reads lines from r and writes a decision for each record line.
func (d *rdDecider) stream(label string, r io.Reader, format rdFormat) error {
	size := rdMaxLine + 1 // the line and its '\n'
	if d.br == nil || d.br.Size() != max(size, 16) {
		d.br = bufio.NewReaderSize(r, size)
	} else {
		d.br.Reset(r)
	}
	d.csvCols, d.csvHeader = d.csvCols[:0], ""
	lineNo := 0
	for {
		line, err := d.br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			lineNo++
			first := lineNo == 1
			if first && format == rdAuto {
				format = rdJSONL
				if bytes.HasPrefix(bytes.TrimPrefix(line, rdBOM), []byte("id,")) {
					format = rdCSV
				}
			}
			msg := fmt.Sprintf("line longer than %d bytes: want one record per line", rdMaxLine)
			if first && format == rdCSV {
				d.csvHeader = "header (line 1): " + msg
			} else if err := d.tooLong(label, lineNo, format, line, msg); err != nil {
				return err
			}
			for errors.Is(err, bufio.ErrBufferFull) { // skip the rest of the line without keeping it
				_, err = d.br.ReadSlice('\n')
			}
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return err
			}
			continue
		}
		if err != nil && err != io.EOF {
			return err
		}
		if len(line) == 0 && err == io.EOF {
			return nil
		}
		lineNo++
		line = bytes.TrimSuffix(line, []byte{'\n'})
		line = bytes.TrimSuffix(line, []byte{'\r'})
		if lineNo == 1 {
			line = bytes.TrimPrefix(line, rdBOM)
			if format == rdAuto {
				format = rdJSONL
				if bytes.HasPrefix(line, []byte("id,")) {
					format = rdCSV
				}
			}
			if format == rdCSV {
				d.csvHeaderLine(line)
				if err == io.EOF {
					return nil
				}
				continue
			}
		}
		var werr error
		if format == rdCSV {
			werr = d.csvLine(label, lineNo, line)
		} else {
			werr = d.jsonLine(label, lineNo, line)
		}
		if werr != nil {
			return werr
		}
		if err == io.EOF {
			return nil
		}
	}
}

var rdBOM = []byte{0xEF, 0xBB, 0xBF}

// startRecord resets the per-record buffers.
func (d *rdDecider) startRecord() {
	d.rec++
	if d.rec == 0 { // wrapped: forget every mark
		clear(d.seen)
		d.rec = 1
	}
	d.holds = d.holds[:0]
	d.kv = d.kv[:0]
	d.scratch = d.scratch[:0]
	d.unknown = d.unknown[:0]
	d.row = nil
	if len(d.unknownSet) > 0 {
		clear(d.unknownSet)
	}
}

// emit decides rec, read from line lineNo of label, and writes its
// decision. A cannot-evaluate detail is given the file and line.
func (d *rdDecider) emit(rec *retention.Record, label string, lineNo int) error {
	dec := d.s.Decide(rec, d.today)
	if dec.Outcome == retention.CannotEvaluate && dec.Reason != retention.MalformedRecord {
		dec.Detail = d.explain(&dec, label, lineNo)
	}
	d.counts[dec.Outcome]++
	d.n++
	if d.n&1023 == 0 {
		d.shown.Store(d.n)
	}
	if d.human {
		d.out = rdAppendHuman(d.out[:0], &dec)
	} else {
		d.out = dec.AppendJSON(d.out[:0])
	}
	d.out = append(d.out, '\n')
	if _, err := d.w.Write(d.out); err != nil {
		return rdWriteError{err}
	}
	return nil
}

// rdWriteError is a failure to write decisions, as opposed to one to read
// records.
type rdWriteError struct{ err error }

func (e rdWriteError) Error() string { return "writing decisions: " + e.err.Error() }
func (e rdWriteError) Unwrap() error { return e.err }

// explain words the detail of a cannot-evaluate decision that the record
// could be read for: the file and line, the fact (or rule) at fault, its
// value as given, and what was expected.
func (d *rdDecider) explain(dec *retention.Decision, label string, lineNo int) string {
	loc := label + ":" + strconv.Itoa(lineNo) + ": "
	name := dec.Detail
	switch dec.Reason {
	case retention.UnknownRule:
		return loc + fmt.Sprintf("rule %s: schedule %s has no such rule", rdQuote(dec.Rule), d.s.ID())
	case retention.MalformedFact:
		return loc + fmt.Sprintf("facts/%s: %s: want a date YYYY-MM-DD or an RFC 3339 timestamp", name, rdQuote(d.factValue(name)))
	case retention.UnknownFact:
		return loc + fmt.Sprintf("facts/%s: no rule of schedule %s uses this fact: want one of %s", name, d.s.ID(), strings.Join(d.s.Facts(), ", "))
	case retention.FactInFuture:
		return loc + fmt.Sprintf("facts/%s: %s is after today (%s): facts are events that have happened", name, d.factValue(name), d.today)
	case retention.FactsOutOfOrder:
		return loc + fmt.Sprintf("facts/%s: %s is before the fact it must follow", name, d.factValue(name))
	}
	if name == "" {
		return loc + dec.Reason.String()
	}
	return loc + dec.Reason.String() + ": " + name
}

// factValue returns the value given for the named fact in the current
// record, as read.
func (d *rdDecider) factValue(name string) string {
	if d.row != nil {
		for j, c := range d.csvCols {
			if c.name == name && j+3 < len(d.row) {
				return rdView(d.row[j+3])
			}
		}
		return ""
	}
	for _, f := range d.kv {
		if f.name == name {
			return f.value
		}
	}
	return ""
}

// malformed writes a cannot-evaluate decision for a line that could not be
// read, naming the file and line, with the id and rule if they were read.
func (d *rdDecider) malformed(label string, lineNo int, id, rule, msg string) error {
	rec := d.s.NewRecord(id, rule, d.facts)
	rec.Fail(label + ":" + strconv.Itoa(lineNo) + ": " + msg)
	return d.emit(&rec, label, lineNo)
}

// tooLong reports a line longer than rdMaxLine; start is its first
// rdMaxLine+1 bytes, from which the id is read if it can be.
func (d *rdDecider) tooLong(label string, lineNo int, format rdFormat, start []byte, msg string) error {
	d.startRecord()
	var id string
	if format == rdCSV {
		if i := bytes.IndexByte(start, ','); i > 0 && start[0] != '"' && d.csvHeader == "" {
			id = rdView(start[:i])
		}
	} else {
		p := rdJSONParser{d: d, b: start}
		p.record()
		id = p.id
	}
	return d.malformed(label, lineNo, id, "", msg)
}

// jsonLine decides one JSON Lines record.
func (d *rdDecider) jsonLine(label string, lineNo int, line []byte) error {
	d.startRecord()
	p := rdJSONParser{d: d, b: line}
	p.record()
	if p.err != "" {
		return d.malformed(label, lineNo, p.id, p.rule, p.err)
	}
	rec := d.s.NewRecord(p.id, p.rule, d.facts)
	for _, f := range d.kv {
		if f.slot >= 0 {
			d.s.SetFactSlot(&rec, f.slot, f.value)
		} else {
			d.s.SetFact(&rec, f.name, f.value) // unknown-fact, naming it
		}
	}
	if len(d.holds) > 0 {
		rec.Holds = d.holds
	}
	return d.emit(&rec, label, lineNo)
}

// rdJSONParser is a strict scanner for one record line:
//
//	{"id": STRING, "rule": STRING, "facts": {NAME: STRING, …}, "holds": [STRING, …]}
//
// id and rule are required, facts and holds optional; any other key, a
// repeated key, a value of another type, null, or anything after the
// object is an error. The first error is kept; after an error in a value
// (not in the JSON syntax) scanning goes on, so that the id is read even
// when it comes after the fault.
type rdJSONParser struct {
	d        *rdDecider
	b        []byte
	i        int
	err      string
	syntax   bool
	id, rule string
	have     uint8 // bit per key seen: 1 id, 2 rule, 4 facts, 8 holds
}

func (p *rdJSONParser) fail(format string, a ...any) {
	if p.err == "" {
		p.err = fmt.Sprintf(format, a...)
	}
}

// bad reports a syntax error at the current position and stops the scan.
func (p *rdJSONParser) bad(want string) {
	if p.i >= len(p.b) {
		p.fail("invalid JSON: unexpected end of line: want %s", want)
	} else {
		p.fail("invalid JSON at column %d: unexpected %s: want %s", p.col(), rdDescribeByte(p.b, p.i), want)
	}
	p.syntax = true
}

// col is the 1-based column, in characters, of the current position.
func (p *rdJSONParser) col() int { return utf8.RuneCount(p.b[:min(p.i, len(p.b))]) + 1 }

func rdDescribeByte(b []byte, i int) string {
	c := b[i]
	if c >= 0x20 && c < 0x7f {
		return strconv.QuoteRune(rune(c))
	}
	r, _ := utf8.DecodeRune(b[i:])
	if r == utf8.RuneError {
		return fmt.Sprintf("byte 0x%02x", c)
	}
	return strconv.QuoteRune(r)
}

func (p *rdJSONParser) ws() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\r', '\n':
			p.i++
		default:
			return
		}
	}
}

// record scans the whole line.
func (p *rdJSONParser) record() {
	p.ws()
	if p.i == len(p.b) {
		p.fail("empty line: want a JSON object with id, rule, facts and holds")
		return
	}
	if p.b[p.i] != '{' {
		p.bad("'{' to start a record object")
		return
	}
	p.i++
	p.ws()
	if p.i < len(p.b) && p.b[p.i] == '}' {
		p.i++
	} else {
		for !p.syntax {
			p.ws()
			key, ok := p.str("a key in quotes")
			if !ok {
				return
			}
			p.ws()
			if p.i >= len(p.b) || p.b[p.i] != ':' {
				p.bad("':' after a key")
				return
			}
			p.i++
			p.ws()
			p.member(key)
			if p.syntax {
				return
			}
			p.ws()
			if p.i < len(p.b) && p.b[p.i] == ',' {
				p.i++
				continue
			}
			if p.i < len(p.b) && p.b[p.i] == '}' {
				p.i++
				break
			}
			p.bad("',' or '}' after a value")
			return
		}
	}
	p.ws()
	if p.i < len(p.b) {
		p.fail("invalid JSON at column %d: unexpected %s after the record object: want one record per line", p.col(), rdDescribeByte(p.b, p.i))
		return
	}
	if p.have&1 == 0 {
		p.fail(`missing key "id"`)
	}
	if p.have&2 == 0 {
		p.fail(`missing key "rule"`)
	}
}

// member scans the value of one top-level key.
func (p *rdJSONParser) member(key string) {
	var bit uint8
	switch key {
	case "id":
		bit = 1
	case "rule":
		bit = 2
	case "facts":
		bit = 4
	case "holds":
		bit = 8
	default:
		p.fail("unknown key %s: want id, rule, facts or holds", rdQuote(key))
		p.skip(0)
		return
	}
	if p.have&bit != 0 {
		p.fail("duplicate key %s", rdQuote(key))
		p.skip(0)
		return
	}
	p.have |= bit
	switch bit {
	case 1, 2:
		if !p.isString() {
			p.fail("%s: want a string, got %s", key, p.kind())
			p.skip(0)
			return
		}
		s, ok := p.str("a string")
		if !ok {
			return
		}
		if s == "" {
			p.fail("%s: empty: want a non-empty string", key)
		}
		if bit == 1 {
			p.id = s
		} else {
			p.rule = s
		}
	case 4:
		p.factsObject()
	case 8:
		p.holdsArray()
	}
}

func (p *rdJSONParser) isString() bool { return p.i < len(p.b) && p.b[p.i] == '"' }

// kind names the JSON type of the value at the current position.
func (p *rdJSONParser) kind() string {
	if p.i >= len(p.b) {
		return "nothing"
	}
	switch c := p.b[p.i]; {
	case c == '"':
		return "a string"
	case c == '{':
		return "an object"
	case c == '[':
		return "an array"
	case c == 't' || c == 'f':
		return "a boolean"
	case c == 'n':
		return "null"
	case c == '-' || c >= '0' && c <= '9':
		return "a number"
	}
	return rdDescribeByte(p.b, p.i)
}

func (p *rdJSONParser) factsObject() {
	if p.i >= len(p.b) || p.b[p.i] != '{' {
		p.fail("facts: want an object of dates, got %s", p.kind())
		p.skip(0)
		return
	}
	p.i++
	p.ws()
	if p.i < len(p.b) && p.b[p.i] == '}' {
		p.i++
		return
	}
	for {
		p.ws()
		name, ok := p.str("a fact name in quotes")
		if !ok {
			return
		}
		p.ws()
		if p.i >= len(p.b) || p.b[p.i] != ':' {
			p.bad("':' after a fact name")
			return
		}
		p.i++
		p.ws()
		if !p.isString() {
			p.fail("facts/%s: want a date string (YYYY-MM-DD or RFC 3339), got %s", name, p.kind())
			if !p.skip(0) {
				return
			}
		} else {
			value, ok := p.str("a string")
			if !ok {
				return
			}
			if slot, dup := p.dupFact(name); dup {
				p.fail("duplicate key %s in facts", rdQuote(name))
			} else {
				p.d.kv = append(p.d.kv, rdFact{name, value, slot})
			}
		}
		p.ws()
		if p.i < len(p.b) && p.b[p.i] == ',' {
			p.i++
			continue
		}
		if p.i < len(p.b) && p.b[p.i] == '}' {
			p.i++
			return
		}
		p.bad("',' or '}' in facts")
		return
	}
}

// dupFact returns the slot of the named fact (-1 if no rule of the
// schedule uses it) and whether it was already given in this record's
// facts. Known facts are checked by slot, unknown ones by name.
func (p *rdJSONParser) dupFact(name string) (slot int, dup bool) {
	d := p.d
	if slot, ok := d.s.FactSlot(name); ok {
		if d.seen[slot] == d.rec {
			return slot, true
		}
		d.seen[slot] = d.rec
		return slot, false
	}
	for _, u := range d.unknown {
		if u == name {
			return -1, true
		}
	}
	if len(d.unknown) < 16 {
		d.unknown = append(d.unknown, name)
		return -1, false
	}
	// Many unknown names (an unusual line): a set, cleared per record.
	if d.unknownSet == nil {
		d.unknownSet = map[string]struct{}{}
	}
	if _, dup := d.unknownSet[name]; dup {
		return -1, true
	}
	d.unknownSet[name] = struct{}{}
	return -1, false
}

func (p *rdJSONParser) holdsArray() {
	if p.i >= len(p.b) || p.b[p.i] != '[' {
		p.fail("holds: want an array of hold names, got %s", p.kind())
		p.skip(0)
		return
	}
	p.i++
	p.ws()
	if p.i < len(p.b) && p.b[p.i] == ']' {
		p.i++
		return
	}
	for k := 0; ; k++ {
		p.ws()
		if !p.isString() {
			p.fail("holds/%d: want a hold name (a string), got %s", k, p.kind())
			if !p.skip(0) {
				return
			}
		} else {
			h, ok := p.str("a string")
			if !ok {
				return
			}
			if h == "" {
				p.fail("holds/%d: empty: want a hold name", k)
			}
			p.d.holds = append(p.d.holds, h)
		}
		p.ws()
		if p.i < len(p.b) && p.b[p.i] == ',' {
			p.i++
			continue
		}
		if p.i < len(p.b) && p.b[p.i] == ']' {
			p.i++
			return
		}
		p.bad("',' or ']' in holds")
		return
	}
}

// str scans a JSON string at the current position and returns it (a view
// of the line, or of the scratch buffer when it has escapes).
func (p *rdJSONParser) str(want string) (string, bool) {
	if !p.isString() {
		p.bad(want)
		return "", false
	}
	start := p.i + 1
	i := start
	ascii := true
	for i < len(p.b) {
		c := p.b[i]
		if rdPlain[c] {
			i++
			continue
		}
		if c == '"' {
			seg := p.b[start:i]
			if !ascii && !utf8.Valid(seg) {
				p.i = start + rdInvalidUTF8(seg)
				p.bad("valid UTF-8 in a string")
				return "", false
			}
			p.i = i + 1
			return rdView(seg), true
		}
		if c == '\\' {
			return p.strEscaped(start)
		}
		if c < 0x20 {
			p.i = i
			p.bad("a closing '\"' (control characters must be escaped)")
			return "", false
		}
		if c >= 0x80 {
			ascii = false
		}
		i++
	}
	p.i = i
	p.bad("a closing '\"'")
	return "", false
}

// rdPlain marks the bytes a JSON string holds as they are: printable
// ASCII other than '"' and '\\'.
var rdPlain = func() (t [256]bool) {
	for c := 0x20; c < 0x7f; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

func rdInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// strEscaped scans a string with escapes from start (just after the
// opening quote), unescaping it into the scratch buffer.
func (p *rdJSONParser) strEscaped(start int) (string, bool) {
	d := p.d
	from := len(d.scratch)
	i := start
	for i < len(p.b) {
		c := p.b[i]
		switch {
		case c == '"':
			seg := d.scratch[from:]
			if !utf8.Valid(seg) {
				p.i = start
				p.bad("valid UTF-8 in a string")
				return "", false
			}
			p.i = i + 1
			return rdView(seg), true
		case c < 0x20:
			p.i = i
			p.bad("a closing '\"' (control characters must be escaped)")
			return "", false
		case c != '\\':
			d.scratch = append(d.scratch, c)
			i++
			continue
		}
		if i+1 >= len(p.b) {
			p.i = i + 1
			p.bad("an escape after '\\'")
			return "", false
		}
		e := p.b[i+1]
		switch e {
		case '"', '\\', '/':
			d.scratch = append(d.scratch, e)
		case 'b':
			d.scratch = append(d.scratch, '\b')
		case 'f':
			d.scratch = append(d.scratch, '\f')
		case 'n':
			d.scratch = append(d.scratch, '\n')
		case 'r':
			d.scratch = append(d.scratch, '\r')
		case 't':
			d.scratch = append(d.scratch, '\t')
		case 'u':
			r, n := rdHex4(p.b, i+2)
			if n < 0 {
				p.i = i
				p.bad(`\u followed by four hex digits`)
				return "", false
			}
			i += 6
			if utf8.ValidRune(r) {
				d.scratch = utf8.AppendRune(d.scratch, r)
				continue
			}
			// A surrogate: a high one followed by \uDC00–\uDFFF is one
			// character; anything else is U+FFFD, as encoding/json does.
			if r >= 0xD800 && r < 0xDC00 && i+1 < len(p.b) && p.b[i] == '\\' && p.b[i+1] == 'u' {
				if r2, n2 := rdHex4(p.b, i+2); n2 >= 0 && r2 >= 0xDC00 && r2 < 0xE000 {
					d.scratch = utf8.AppendRune(d.scratch, (r-0xD800)<<10+(r2-0xDC00)+0x10000)
					i += 6
					continue
				}
			}
			d.scratch = utf8.AppendRune(d.scratch, utf8.RuneError)
			continue
		default:
			p.i = i + 1
			p.bad(`an escape: one of \" \\ \/ \b \f \n \r \t \uXXXX`)
			return "", false
		}
		i += 2
	}
	p.i = i
	p.bad("a closing '\"'")
	return "", false
}

func rdHex4(b []byte, i int) (rune, int) {
	if i+4 > len(b) {
		return 0, -1
	}
	var r rune
	for _, c := range b[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, -1
		}
	}
	return r, 4
}

// skip scans over any JSON value (checking its syntax) and reports whether
// it was well formed.
func (p *rdJSONParser) skip(depth int) bool {
	if depth > 64 {
		p.bad("at most 64 levels of nesting")
		return false
	}
	if p.i >= len(p.b) {
		p.bad("a value")
		return false
	}
	switch c := p.b[p.i]; {
	case c == '"':
		_, ok := p.str("a string")
		return ok
	case c == '{' || c == '[':
		closer := byte('}')
		if c == '[' {
			closer = ']'
		}
		p.i++
		p.ws()
		if p.i < len(p.b) && p.b[p.i] == closer {
			p.i++
			return true
		}
		for {
			p.ws()
			if c == '{' {
				if _, ok := p.str("a key in quotes"); !ok {
					return false
				}
				p.ws()
				if p.i >= len(p.b) || p.b[p.i] != ':' {
					p.bad("':' after a key")
					return false
				}
				p.i++
				p.ws()
			}
			if !p.skip(depth + 1) {
				return false
			}
			p.ws()
			if p.i < len(p.b) && p.b[p.i] == ',' {
				p.i++
				continue
			}
			if p.i < len(p.b) && p.b[p.i] == closer {
				p.i++
				return true
			}
			p.bad(fmt.Sprintf("',' or '%c'", closer))
			return false
		}
	case c == 't':
		return p.literal("true")
	case c == 'f':
		return p.literal("false")
	case c == 'n':
		return p.literal("null")
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	}
	p.bad("a value")
	return false
}

func (p *rdJSONParser) literal(lit string) bool {
	if !bytes.HasPrefix(p.b[p.i:], []byte(lit)) {
		p.bad(lit)
		return false
	}
	p.i += len(lit)
	return true
}

// number scans a JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (p *rdJSONParser) number() bool {
	digits := func() int {
		n := 0
		for p.i < len(p.b) && p.b[p.i] >= '0' && p.b[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	if p.b[p.i] == '-' {
		p.i++
	}
	if p.i < len(p.b) && p.b[p.i] == '0' {
		p.i++
	} else if digits() == 0 {
		p.bad("a digit")
		return false
	}
	if p.i < len(p.b) && p.b[p.i] == '.' {
		p.i++
		if digits() == 0 {
			p.bad("a digit after '.'")
			return false
		}
	}
	if p.i < len(p.b) && (p.b[p.i] == 'e' || p.b[p.i] == 'E') {
		p.i++
		if p.i < len(p.b) && (p.b[p.i] == '+' || p.b[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			p.bad("a digit in the exponent")
			return false
		}
	}
	return true
}

// rdQuote quotes s for a message, shortened if long.
func rdQuote(s string) string {
	if len(s) > 64 {
		s = s[:64] + "…"
	}
	return strconv.Quote(s)
}

// csvHeaderLine reads the CSV header: id,rule,holds, then one column per
// fact. A bad header makes every row of the file cannot-evaluate.
func (d *rdDecider) csvHeaderLine(line []byte) {
	d.csvCols = d.csvCols[:0]
	d.scratch = d.scratch[:0]
	fields, msg := d.csvSplit(line)
	switch {
	case msg != "":
		d.csvHeader = "header (line 1): " + msg
		return
	case len(fields) < 3 || string(fields[0]) != "id" || string(fields[1]) != "rule" || string(fields[2]) != "holds":
		d.csvHeader = "header (line 1): want id,rule,holds followed by one column per fact"
		return
	}
	seen := map[string]bool{}
	for j, f := range fields[3:] {
		name := string(f) // kept for the whole file
		switch {
		case name == "":
			d.csvHeader = fmt.Sprintf("header (line 1): column %d: empty: want a fact name", j+4)
			return
		case seen[name] || name == "id" || name == "rule" || name == "holds":
			d.csvHeader = fmt.Sprintf("header (line 1): column %d: duplicate column %s", j+4, rdQuote(name))
			return
		}
		seen[name] = true
		slot, ok := d.s.FactSlot(name)
		if !ok {
			slot = -1
		}
		d.csvCols = append(d.csvCols, rdColumn{name: name, slot: slot})
	}
}

// csvLine decides one CSV row.
func (d *rdDecider) csvLine(label string, lineNo int, line []byte) error {
	d.startRecord()
	fields, msg := d.csvSplit(line)
	var id, rule string
	if len(fields) > 0 {
		id = rdView(fields[0])
	}
	if len(fields) > 1 {
		rule = rdView(fields[1])
	}
	switch {
	case d.csvHeader != "":
		return d.malformed(label, lineNo, id, rule, d.csvHeader)
	case len(line) == 0 || len(bytes.Trim(line, " \t")) == 0:
		return d.malformed(label, lineNo, "", "", "empty line: want a CSV row id,rule,holds,facts…")
	case msg != "":
		return d.malformed(label, lineNo, id, rule, msg)
	case len(fields) != len(d.csvCols)+3:
		return d.malformed(label, lineNo, id, rule, fmt.Sprintf("%d fields: want %d, as in the header", len(fields), len(d.csvCols)+3))
	case id == "":
		return d.malformed(label, lineNo, id, rule, "id: empty: want the record's id")
	case rule == "":
		return d.malformed(label, lineNo, id, rule, "rule: empty: want the id of a rule of the schedule")
	}
	if h := fields[2]; len(h) > 0 {
		for k := 1; ; k++ {
			part, rest, more := bytes.Cut(h, []byte{';'})
			part = bytes.Trim(part, " \t")
			if len(part) == 0 {
				return d.malformed(label, lineNo, id, rule, fmt.Sprintf("holds: hold %d is empty: want names separated by ';'", k))
			}
			d.holds = append(d.holds, rdView(part))
			if !more {
				break
			}
			h = rest
		}
	}
	d.row = fields
	rec := d.s.NewRecord(id, rule, d.facts)
	for j, c := range d.csvCols {
		v := fields[j+3]
		if len(v) == 0 {
			continue // an empty cell is an absent fact
		}
		if c.slot < 0 {
			d.s.SetFact(&rec, c.name, rdView(v))
		} else {
			d.s.SetFactSlot(&rec, c.slot, rdView(v))
		}
	}
	if len(d.holds) > 0 {
		rec.Holds = d.holds
	}
	return d.emit(&rec, label, lineNo)
}

// csvSplit splits one CSV line (RFC 4180, without line breaks inside
// quotes) into fields, unquoting into the scratch buffer. msg says what is
// wrong with a malformed line.
func (d *rdDecider) csvSplit(line []byte) (fields [][]byte, msg string) {
	fields = d.fields[:0]
	defer func() { d.fields = fields[:0] }()
	if !utf8.Valid(line) {
		return fields, fmt.Sprintf("invalid UTF-8 at byte %d", rdInvalidUTF8(line)+1)
	}
	i := 0
	for {
		if i < len(line) && line[i] == '"' {
			from := len(d.scratch)
			i++
			closed := false
			for i < len(line) {
				c := line[i]
				if c == '"' {
					if i+1 < len(line) && line[i+1] == '"' {
						d.scratch = append(d.scratch, '"')
						i += 2
						continue
					}
					i++
					closed = true
					break
				}
				d.scratch = append(d.scratch, c)
				i++
			}
			if !closed {
				return fields, fmt.Sprintf("field %d: unterminated quoted field (a field cannot span lines)", len(fields)+1)
			}
			fields = append(fields, d.scratch[from:len(d.scratch):len(d.scratch)])
			if i < len(line) && line[i] != ',' {
				return fields, fmt.Sprintf("field %d: unexpected %s after a quoted field: want ','", len(fields), strconv.QuoteRune(rune(line[i])))
			}
		} else {
			j := bytes.IndexByte(line[i:], ',')
			end := len(line)
			if j >= 0 {
				end = i + j
			}
			f := line[i:end]
			if bytes.IndexByte(f, '"') >= 0 {
				return fields, fmt.Sprintf("field %d: '\"' in an unquoted field: quote the field and double the quote", len(fields)+1)
			}
			fields = append(fields, f)
			i = end
		}
		if i >= len(line) {
			return fields, ""
		}
		i++ // the comma
	}
}

// rdAppendHuman appends the text form of a decision: id, rule, outcome,
// due date (or -), reason, and the details that apply.
func rdAppendHuman(b []byte, d *retention.Decision) []byte {
	from := len(b)
	b = rdPad(rdAppendText(b, d.ID), from, 24)
	b = append(b, ' ')
	from = len(b)
	b = rdPad(rdAppendText(b, d.Rule), from, 24)
	b = append(b, ' ')
	from = len(b)
	b = rdPad(append(b, d.Outcome.String()...), from, 15)
	b = append(b, ' ')
	if d.Due.IsZero() {
		b = append(b, "-         "...)
	} else {
		b = d.Due.AppendText(b)
	}
	b = append(b, ' ', ' ')
	b = append(b, d.Reason.String()...)
	switch d.Outcome {
	case retention.Eligible:
		b = append(b, ": "...)
		b = append(b, d.Action.String()...)
		if !d.MustDisposeBy.IsZero() {
			b = append(b, ", must dispose by "...)
			b = d.MustDisposeBy.AppendText(b)
			if d.Overdue {
				b = append(b, ", OVERDUE"...)
			}
		}
	case retention.Held:
		b = append(b, ": "...)
		for i, h := range d.Holds {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = rdAppendText(b, h)
		}
	case retention.AwaitingEvent:
		if d.Missing != "" {
			b = append(b, ": missing "...)
			b = rdAppendText(b, d.Missing)
		}
	case retention.CannotEvaluate:
		if d.Detail != "" {
			b = append(b, ": "...)
			b = rdAppendText(b, d.Detail)
		}
	}
	return b
}

// rdAppendText appends s, quoted if it holds anything a terminal could
// misread (control characters, invalid UTF-8) or is empty.
func rdAppendText(b []byte, s string) []byte {
	if s == "" {
		return append(b, `""`...)
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == utf8.RuneError && n == 1 || r == '\u2028' || r == '\u2029' {
			return strconv.AppendQuote(b, s)
		}
		i += n
	}
	return append(b, s...)
}

// rdPad pads b, whose field began at from, with spaces to width characters.
func rdPad(b []byte, from, width int) []byte {
	for n := utf8.RuneCount(b[from:]); n < width; n++ {
		b = append(b, ' ')
	}
	return b
}

// summary writes the count of each outcome and the speed to w.
func (d *rdDecider) summary(w io.Writer, elapsed time.Duration) {
	var b strings.Builder
	fmt.Fprintf(&b, "noticekit retention decide: %d record(s) on %s (schedule %s version %s):", d.n, d.today, d.s.ID(), d.s.Version())
	for i, o := range retention.Outcomes() {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, " %s %d", o, d.counts[o])
	}
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = float64(d.n) / s
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
func rdProgress(d *rdDecider, stderr io.Writer) (stop func()) {
	if !rdIsTerminal(stderr) {
		return func() {}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		rdProgressLoop(d, stderr, done, time.NewTicker(time.Second).C)
	}()
	var once sync.Once
	return func() { once.Do(func() { close(done); wg.Wait() }) }
}

// rdProgressLoop prints a progress line on every tick until done.
func rdProgressLoop(d *rdDecider, w io.Writer, done <-chan struct{}, tick <-chan time.Time) {
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
			n := d.shown.Load()
			rate := float64(n) / max(rdNow().Sub(start).Seconds(), 1e-9)
			fmt.Fprintf(w, "\r\033[K%d records decided, %.0f records/s", n, rate)
			printed = true
		}
	}
}
