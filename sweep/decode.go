package sweep

import (
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/retention"
	"github.com/noticekit/noticekit/strict"
)

// decoder turns the lines of a batch into decisions. Each worker has its
// own; every buffer is reused from record to record, so that reading,
// resolving, deciding and writing a record allocates nothing (bar the one
// string encoding/csv makes per CSV row).
type decoder struct {
	sw *Sweep
	in *input

	facts   []int32  // the record's fact slots
	holds   []string // the record's holds (views)
	kv      []fact   // JSON facts as read, before the rule is known
	scratch []byte   // unescaped JSON strings
	seen    []uint32 // per fact slot: the record number that last set it
	unknown []string // unknown fact names in this record, for duplicates
	// unknownSlots are the slots of the CSV row's "?" cells: explicitly
	// unknown, so the AbsentMeansNotHappened opt-in leaves them unknown.
	unknownSlots []int
	// unknownSet holds unknown fact names beyond the first 16 (views,
	// cleared before the next record is read).
	unknownSet map[string]struct{}
	rec        uint32 // records read, for seen

	csv  *csv.Reader // reads one CSV line at a time from feed
	feed lineFeed
	row  []string // the current CSV row; nil for JSON Lines
	line []byte   // the current line
	out  []byte   // the batch's output
}

// fact is a JSON fact as read: its name, its value, the offset of the
// value in the line, its slot (-1 for a name the schedule does not use),
// and whether it was null (has not happened).
type fact struct {
	name, value string
	off, slot   int
	null        bool
}

func (sw *Sweep) newDecoder(in *input) *decoder {
	d := &decoder{
		sw: sw, in: in,
		facts: make([]int32, sw.sched.NumFacts()),
		seen:  make([]uint32, sw.sched.NumFacts()),
	}
	d.csv = csv.NewReader(&d.feed)
	d.csv.ReuseRecord = true
	d.csv.FieldsPerRecord = -1
	return d
}

// view returns the bytes of b as a string without copying. The string is
// valid only while b is not overwritten: the decoder uses it for strings
// that live from reading a line until its decision has been appended to
// the batch's output, and never keeps them longer.
func view(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// decide decides every line of b, appending to b.out.
func (d *decoder) decide(b *batch) {
	d.out = b.out[:0]
	start := 0
	for i, l := range b.lines {
		d.line = b.data[start:l.end]
		start = l.end
		n := b.first + int64(i)
		var o retention.Outcome
		switch {
		case l.long:
			o = d.tooLong(n)
		case d.in.format == CSV:
			o = d.csvLine(n)
		default:
			o = d.jsonLine(n)
		}
		b.counts[o]++
	}
	b.n = int64(len(b.lines))
	b.out = d.out
}

// startRecord resets the per-record buffers.
func (d *decoder) startRecord() {
	d.rec++
	if d.rec == 0 { // wrapped: forget every mark
		clear(d.seen)
		d.rec = 1
	}
	d.holds = d.holds[:0]
	d.kv = d.kv[:0]
	d.scratch = d.scratch[:0]
	d.unknown = d.unknown[:0]
	d.unknownSlots = d.unknownSlots[:0]
	d.row = nil
	if len(d.unknownSet) > 0 {
		clear(d.unknownSet)
	}
}

// emit decides rec, read from line n, and appends its decision. A
// cannot-evaluate detail is given the input and line.
func (d *decoder) emit(rec *retention.Record, n int64) retention.Outcome {
	if d.sw.opt.AbsentMeansNotHappened {
		d.sw.sched.SetAbsentNotHappened(rec)
		for _, slot := range d.unknownSlots { // "?" is not absent: it stays unknown
			d.sw.sched.SetFactDate(rec, slot, civil.Date{})
		}
	}
	dec := d.sw.sched.Decide(rec, d.sw.opt.Today)
	if dec.Outcome == retention.CannotEvaluate && dec.Reason != retention.MalformedRecord {
		dec.Detail = d.explain(&dec, n).String()
	}
	switch d.sw.opt.Output {
	case Text:
		d.out = appendText(d.out, &dec)
	case CSV:
		d.out = appendCSV(d.out, &dec)
	default:
		d.out = dec.AppendJSON(d.out)
	}
	d.out = append(d.out, '\n')
	return dec.Outcome
}

// malformed appends a cannot-evaluate decision for a line that could not
// be read, with the problem (placed on line n of the input) as its detail
// and the id and rule if they were read.
func (d *decoder) malformed(n int64, id, rule string, p strict.Problem) retention.Outcome {
	p.Input, p.Line = d.in.name, int(n)
	rec := d.sw.sched.NewRecord(id, rule, d.facts)
	rec.Fail(p.String())
	return d.emit(&rec, n)
}

// column is the column, in characters, of byte offset off of the current
// line.
func (d *decoder) column(off int) int {
	_, col := strict.LineCol(d.line, off)
	return col
}

// tooLong decides a line longer than the limit; the line holds its first
// Limits.MaxLine bytes, from which the id is read if it can be.
func (d *decoder) tooLong(n int64) retention.Outcome {
	d.startRecord()
	var id string
	if d.in.format == CSV {
		if i := strings.IndexByte(view(d.line), ','); i > 0 && d.line[0] != '"' && d.in.header.bad == "" {
			id = view(d.line[:i])
		}
	} else {
		p := jsonParser{d: d, b: d.line}
		p.record()
		id = p.id
	}
	return d.malformed(n, id, "", strict.Problem{Message: fmt.Sprintf("line longer than %d bytes; expected one record per line", d.sw.maxLine)})
}

// explain words the detail of a cannot-evaluate decision for a record
// that could be read: the input and line, the fact (or rule) at fault, its
// value as given, and what was expected.
func (d *decoder) explain(dec *retention.Decision, n int64) strict.Problem {
	s := d.sw.sched
	name := dec.Detail
	p := strict.Problem{Input: d.in.name, Line: int(n), Pointer: "/facts/" + escapeToken(name)}
	value, off := d.factValue(name)
	if off >= 0 {
		p.Column = d.column(off)
	}
	switch dec.Reason {
	case retention.UnknownRule:
		p.Pointer, p.Column = "/rule", 0
		p.Message = fmt.Sprintf("rule %s: schedule %s has no such rule", quote(dec.Rule), s.ID())
	case retention.MalformedFact:
		p.Message = fmt.Sprintf("%s is not a date; expected a date YYYY-MM-DD or an RFC 3339 timestamp", quote(value))
	case retention.UndeclaredFact:
		p.Message = fmt.Sprintf("schedule %s does not declare this fact; expected one of %s", s.ID(), strings.Join(d.sw.facts, ", "))
	case retention.FactUnknown:
		p.Message = "not given; expected its date, or null (an empty CSV cell) if the event has not happened"
		if d.row != nil && value == unknownCell {
			p.Message = `"?": the record does not know this fact; an unknown fact is never a reason to dispose`
		}
	case retention.PrerequisiteNotHappened:
		p.Message = fmt.Sprintf("%s has happened but a fact it requires has not", value)
	case retention.FactInFuture:
		p.Message = fmt.Sprintf("%s is after today (%s); expected an event that has happened", value, d.sw.opt.Today)
	case retention.FactsOutOfOrder:
		p.Message = fmt.Sprintf("%s is before the fact it must follow", value)
	default:
		p.Pointer, p.Column = "", 0
		p.Message = dec.Reason.String()
		if name != "" {
			p.Message += ": " + name
		}
	}
	return p
}

// factValue returns the value given for the named fact in the current
// record, as read, and its offset in the line (-1 if unknown).
func (d *decoder) factValue(name string) (string, int) {
	if d.row != nil {
		for j, c := range d.in.header.cols {
			if c.name == name && j+3 < len(d.row) {
				_, col := d.csv.FieldPos(j + 3)
				return d.row[j+3], byteOffset(d.line, col)
			}
		}
		return "", -1
	}
	for _, f := range d.kv {
		if f.name == name {
			return f.value, f.off
		}
	}
	return "", -1
}

// byteOffset is the offset of encoding/csv's 1-based byte column.
func byteOffset(line []byte, col int) int { return min(max(col-1, 0), len(line)) }

// quote quotes s for a message, shortened if long.
func quote(s string) string {
	if len(s) > 64 {
		i := 64
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
		s = s[:i] + "…"
	}
	return strconv.Quote(s)
}

// escapeToken escapes one RFC 6901 reference token.
func escapeToken(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

func itoa(n int) string { return strconv.Itoa(n) }
