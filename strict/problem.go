package strict

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// KeywordJSON is the [Problem].Keyword of every problem the strict reader
// finds (as opposed to a JSON Schema keyword location, or a caller's own
// check).
const KeywordJSON = "json"

// Problem is one thing wrong with an input: where it is and what was
// expected. Parsers report their problems as Problems, all of them inside
// one [*Error].
type Problem struct {
	// Input names the input (a file name, "stdin"); "" when the caller has
	// only the data.
	Input string
	// Line and Column are the 1-based position in the input: of the
	// offending byte for a reading problem, of the value Pointer names
	// otherwise. Columns count characters (Unicode code points), not
	// bytes, so that "ŵ" is one column. Either is 0 when unknown.
	Line, Column int
	// Pointer is the RFC 6901 JSON pointer of the value concerned; "" means
	// the whole document (or record).
	Pointer string
	// Keyword says which check found the problem: [KeywordJSON] for the
	// strict reader, the failing JSON Schema keyword location (such as
	// "/properties/controller/$ref/required") for the schema package, or a
	// caller's own word ("integrity", "record").
	Keyword string
	// Message says, in lower case, what is wrong and what was expected.
	Message string
}

// String formats p as "input:line:col: pointer: message", leaving out the
// parts that are unknown (an empty Input or Pointer, a zero Line or
// Column).
func (p Problem) String() string {
	var b []byte
	if p.Input != "" {
		b = append(b, p.Input...)
	}
	for _, n := range [2]int{p.Line, p.Column} {
		if n == 0 {
			break
		}
		if len(b) > 0 {
			b = append(b, ':')
		}
		b = strconv.AppendInt(b, int64(n), 10)
	}
	if len(b) > 0 {
		b = append(b, ": "...)
	}
	if p.Pointer != "" {
		b = append(b, p.Pointer...)
		b = append(b, ": "...)
	}
	return string(append(b, p.Message...))
}

// Error is every problem found in an input; callers get it with
// errors.As. Err, if set, is the error behind the problems, such as the
// schema package's *jsonschema.ValidationError tree; Unwrap returns it, so
// errors.As reaches it too.
type Error struct {
	Problems []Problem
	Err      error
}

// Error lists the problems one per line, each as [Problem.String] formats
// it.
func (e *Error) Error() string {
	switch len(e.Problems) {
	case 0:
		return "invalid input"
	case 1:
		return e.Problems[0].String()
	}
	var b strings.Builder
	b.WriteString(strconv.Itoa(len(e.Problems)))
	b.WriteString(" problems:")
	for _, p := range e.Problems {
		b.WriteString("\n")
		b.WriteString(p.String())
	}
	return b.String()
}

// Unwrap returns e.Err.
func (e *Error) Unwrap() error { return e.Err }

// located is a Problem with the byte offset it refers to (-1 if unknown),
// used for sorting and for computing Line and Column in one pass.
type located struct {
	Problem
	off int
}

// finish turns located problems into an *Error: positions are filled in
// from the offsets and the problems sorted by position.
func finish(data []byte, ps []located, cause error) *Error {
	slices.SortStableFunc(ps, func(a, b located) int {
		return cmp.Or(cmp.Compare(a.off, b.off), strings.Compare(a.Pointer, b.Pointer),
			strings.Compare(a.Keyword, b.Keyword), strings.Compare(a.Message, b.Message))
	})
	ps = slices.CompactFunc(ps, func(a, b located) bool { return a.Problem == b.Problem && a.off == b.off })
	out := make([]Problem, len(ps))
	var lc lineCounter
	for i, p := range ps {
		if p.off >= 0 {
			p.Line, p.Column = lc.advance(data, p.off)
		}
		out[i] = p.Problem
	}
	return &Error{Problems: out, Err: cause}
}

// Locate places problems found in the JSON text data by their pointers:
// each problem without a Line gets the line and column of the value its
// Pointer names or, where the document lacks that value (a missing
// member), of the nearest enclosing value that exists. The problems are
// then sorted by position and exact duplicates dropped. It walks data once
// however many problems there are, and returns the [*Error] holding them
// with cause as its Err.
func Locate(data []byte, ps []Problem, cause error) *Error {
	var want []string
	for _, p := range ps {
		if p.Line != 0 {
			continue
		}
		for ptr := p.Pointer; ; {
			want = append(want, ptr)
			i := strings.LastIndexByte(ptr, '/')
			if i < 0 {
				break
			}
			ptr = ptr[:i]
		}
	}
	offs := offsets(data, want, Limits{})
	ls := make([]located, len(ps))
	for i, p := range ps {
		ls[i] = located{Problem: p, off: -1}
		if p.Line != 0 {
			continue
		}
		for ptr := p.Pointer; ; {
			if off, ok := offs[ptr]; ok {
				ls[i].off = off
				break
			}
			j := strings.LastIndexByte(ptr, '/')
			if j < 0 {
				break
			}
			ptr = ptr[:j]
		}
	}
	// Problems placed by the caller keep their place; sort them in by it.
	out := finish(data, ls, cause)
	slices.SortStableFunc(out.Problems, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
	})
	return out
}

// lineCounter converts increasing byte offsets to 1-based line and column
// (in code points) in a single forward pass.
type lineCounter struct {
	off, line, col int
}

func (lc *lineCounter) advance(data []byte, off int) (line, col int) {
	if lc.line == 0 || off < lc.off {
		*lc = lineCounter{line: 1, col: 1}
	}
	off = min(off, len(data))
	for lc.off < off {
		c := data[lc.off]
		switch {
		case c == '\n':
			lc.line++
			lc.col = 1
			lc.off++
		case c < utf8.RuneSelf:
			lc.col++
			lc.off++
		default:
			_, n := utf8.DecodeRune(data[lc.off:])
			lc.col++
			lc.off += n
		}
	}
	return lc.line, lc.col
}

// LineCol returns the 1-based line and column of byte offset off in data.
// Lines end at '\n'; columns count characters (Unicode code points, an
// invalid byte counting as one), not bytes. An offset past the end is
// placed just after the last character.
func LineCol(data []byte, off int) (line, col int) {
	var lc lineCounter
	return lc.advance(data, off)
}

// quoteText quotes s for a message, shortened to 60 characters.
func quoteText(s string) string {
	if utf8.RuneCountInString(s) > 60 {
		s = string([]rune(s)[:60]) + "…"
	}
	return strconv.Quote(s)
}
