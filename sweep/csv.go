package sweep

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/noticekit/noticekit/retention"
	"github.com/noticekit/noticekit/strict"
)

// header is a CSV input's header: its fact columns, or why it is bad (then
// every row is cannot-evaluate, saying why), and the facts of the schedule
// that it has no column for.
type header struct {
	cols    []column
	bad     string
	missing []string
}

// unknownCell is the CSV cell that says the row does not know the fact
// (docs/retention.md): the fact stays unknown, even under the
// AbsentMeansNotHappened opt-in.
const unknownCell = "?"

// column is one fact column: its name and slot (-1 for a name no rule of
// the schedule uses).
type column struct {
	name string
	slot int
}

// lineFeed gives encoding/csv one line at a time: one record per line, so
// that a quoted field cannot run on into the next line (and take its
// decision with it) and memory stays bounded by the line limit.
type lineFeed struct{ b []byte }

func (f *lineFeed) Read(p []byte) (int, error) {
	if len(f.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p, f.b)
	f.b = f.b[n:]
	return n, nil
}

// split reads one line as a CSV record with encoding/csv (fields reused
// from line to line). problem says what is wrong with a line it rejects,
// at which column.
func (d *decoder) split(l []byte) (fields []string, problem strict.Problem) {
	if !utf8.Valid(l) {
		off := 0
		for off < len(l) {
			r, n := utf8.DecodeRune(l[off:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			off += n
		}
		_, col := strict.LineCol(l, off)
		return nil, strict.Problem{Column: col, Message: fmt.Sprintf("invalid UTF-8: byte 0x%02x; expected UTF-8 text", l[off])}
	}
	d.feed.b = l
	fields, err := d.csv.Read()
	d.feed.b = nil
	if err == nil {
		return fields, strict.Problem{}
	}
	return nil, csvProblem(l, err)
}

// csvProblem words an error of encoding/csv about line l.
func csvProblem(l []byte, err error) strict.Problem {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return strict.Problem{Message: err.Error()}
	}
	_, col := strict.LineCol(l, byteOffset(l, pe.Column))
	msg := pe.Err.Error()
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote):
		msg = `'"' in an unquoted field; expected the field quoted, with its quotes doubled`
	case errors.Is(pe.Err, csv.ErrQuote):
		msg = `unterminated quoted field or '"' after one; expected a closing '"' then ',' (a field cannot span lines)`
	}
	return strict.Problem{Column: col, Message: msg}
}

// readHeader reads the CSV header line: id,rule,holds, then one column per
// fact.
func (d *decoder) readHeader(l []byte) header {
	fields, p := d.split(l)
	switch {
	case p.Message != "":
		return header{bad: "header (line 1): " + p.Message}
	case len(fields) < 3 || fields[0] != "id" || fields[1] != "rule" || fields[2] != "holds":
		return header{bad: "header (line 1): expected id,rule,holds followed by one column per fact"}
	}
	var h header
	for j, name := range fields[3:] {
		switch {
		case name == "":
			return header{bad: fmt.Sprintf("header (line 1): column %d is empty; expected a fact name", j+4)}
		case slices.ContainsFunc(h.cols, func(c column) bool { return c.name == name }) || name == "id" || name == "rule" || name == "holds":
			return header{bad: fmt.Sprintf("header (line 1): column %d: duplicate column %s", j+4, quote(name))}
		}
		slot, ok := d.sw.sched.FactSlot(name)
		if !ok {
			slot = -1
		}
		h.cols = append(h.cols, column{name: strings.Clone(name), slot: slot})
	}
	for _, f := range d.sw.facts {
		if !slices.ContainsFunc(h.cols, func(c column) bool { return c.name == f }) {
			h.missing = append(h.missing, f)
		}
	}
	return h
}

// csvLine decides one CSV row.
func (d *decoder) csvLine(n int64) retention.Outcome {
	d.startRecord()
	h := &d.in.header
	if len(bytes.Trim(d.line, " \t")) == 0 {
		return d.malformed(n, "", "", strict.Problem{Message: "empty line; expected a CSV row id,rule,holds,facts…"})
	}
	fields, p := d.split(d.line)
	var id, rule string
	if len(fields) > 0 {
		id = fields[0]
	}
	if len(fields) > 1 {
		rule = fields[1]
	}
	switch {
	case h.bad != "":
		return d.malformed(n, id, rule, strict.Problem{Message: h.bad})
	case p.Message != "":
		return d.malformed(n, id, rule, p)
	case len(fields) != len(h.cols)+3:
		return d.malformed(n, id, rule, strict.Problem{Message: fmt.Sprintf("%d fields; expected %d, as in the header", len(fields), len(h.cols)+3)})
	case id == "":
		return d.malformed(n, id, rule, d.at(0, "/id", "empty; expected the record's id"))
	case rule == "":
		return d.malformed(n, id, rule, d.at(1, "/rule", "empty; expected the id of a rule of the schedule"))
	}
	if hs := fields[2]; hs != "" {
		for k := 1; ; k++ {
			part, rest, more := strings.Cut(hs, ";")
			part = strings.Trim(part, " \t")
			if part == "" {
				return d.malformed(n, id, rule, d.at(2, "/holds", fmt.Sprintf("hold %d is empty; expected names separated by ';'", k)))
			}
			d.holds = append(d.holds, part)
			if !more {
				break
			}
			hs = rest
		}
	}
	d.row = fields
	s := d.sw.sched
	rec := s.NewRecord(id, rule, d.facts)
	for j, c := range h.cols {
		v := fields[j+3]
		switch {
		case v == unknownCell: // the row does not know this fact: it stays unknown
			if c.slot >= 0 {
				d.unknownSlots = append(d.unknownSlots, c.slot)
			}
		case v == "" && d.quoted(j+3): // "": an empty string, not an empty cell
			if c.slot < 0 {
				s.SetFact(&rec, c.name, v) // undeclared-fact, naming it
			} else {
				s.SetFactSlot(&rec, c.slot, v) // malformed-fact, as JSON "" is
			}
		case v == "" && c.slot >= 0: // an empty cell: the event has not happened
			s.SetFactSlotNotHappened(&rec, c.slot)
		case v == "": // an empty cell of a column the schedule does not declare
		case c.slot < 0:
			s.SetFact(&rec, c.name, v) // undeclared-fact, naming it
		default:
			s.SetFactSlot(&rec, c.slot, v)
		}
	}
	if len(d.holds) > 0 {
		rec.Holds = d.holds
	}
	return d.emit(&rec, n)
}

// quoted reports whether field j of the current row was written quoted.
// encoding/csv does not say, but its FieldPos of a quoted field is the
// opening quote; only empty fields are asked about, so a row of dates pays
// nothing.
func (d *decoder) quoted(j int) bool {
	_, col := d.csv.FieldPos(j)
	off := byteOffset(d.line, col)
	return off < len(d.line) && d.line[off] == '"'
}

// at is a problem with the CSV field j of the current row.
func (d *decoder) at(j int, ptr, msg string) strict.Problem {
	_, col := d.csv.FieldPos(j)
	return strict.Problem{Column: d.column(byteOffset(d.line, col)), Pointer: ptr, Message: msg}
}
