package schema

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// KeywordJSON is the Problem.Keyword of every problem found by the strict
// reader (as opposed to a JSON Schema keyword location).
const KeywordJSON = "json"

// Problem is one thing wrong with a document: where it is (a JSON pointer
// and, for text input, a line and column) and what was expected. It serves
// DESIGN.md principle 5, "strict input, clear errors".
type Problem struct {
	// Pointer is the RFC 6901 JSON pointer of the value concerned; ""
	// means the whole document.
	Pointer string
	// Line and Column are the 1-based position in the input of the value
	// Pointer names (for a strict-reader problem, of the offending byte).
	// Columns count characters (Unicode code points), not bytes. Both are 0
	// when the position is unknown.
	Line, Column int
	// Keyword is the JSON Schema keyword location that failed (for example
	// "/properties/controller/$ref/required"), or "json" for a problem found
	// by the strict reader.
	Keyword string
	// Message says, in lower case, what is wrong and what was expected.
	Message string
}

// String formats p as "line:col: pointer: message", the form the command
// line prints after the file name. The whole document is shown as "(document)".
func (p Problem) String() string {
	ptr := p.Pointer
	if ptr == "" {
		ptr = "(document)"
	}
	return fmt.Sprintf("%d:%d: %s: %s", p.Line, p.Column, ptr, p.Message)
}

// Error is every problem found in a document. Validation holds the
// jsonschema/v5 error tree (with its standard Basic and Detailed outputs)
// when schema validation ran; it is nil for strict-reader problems.
type Error struct {
	Problems   []Problem
	Validation *jsonschema.ValidationError
}

// Error lists the problems one per line, each as Problem.String formats it.
func (e *Error) Error() string {
	switch len(e.Problems) {
	case 0:
		return "schema: invalid document"
	case 1:
		return e.Problems[0].String()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d problems:", len(e.Problems))
	for _, p := range e.Problems {
		b.WriteString("\n")
		b.WriteString(p.String())
	}
	return b.String()
}

// located is a Problem with the byte offset it refers to (-1 if unknown),
// used for sorting and for computing Line and Column in one pass.
type located struct {
	Problem
	off int
}

// finish turns located problems into an *Error: positions are filled in
// from the offsets and the problems sorted by position.
func finish(data []byte, ps []located, ve *jsonschema.ValidationError) *Error {
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
	return &Error{Problems: out, Validation: ve}
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

// lineCol is the position of byte offset off in data.
func lineCol(data []byte, off int) (line, col int) {
	var lc lineCounter
	return lc.advance(data, off)
}

// escapeToken escapes one RFC 6901 reference token.
func escapeToken(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// unescapeToken reverses escapeToken.
func unescapeToken(s string) string {
	if !strings.Contains(s, "~") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "~1", "/"), "~0", "~")
}

// splitPointer returns the unescaped reference tokens of an RFC 6901
// pointer, or false if p is not a pointer ("" and "/…" are).
func splitPointer(p string) ([]string, bool) {
	if p == "" {
		return nil, true
	}
	if p[0] != '/' {
		return nil, false
	}
	toks := strings.Split(p[1:], "/")
	for i, t := range toks {
		toks[i] = unescapeToken(t)
	}
	return toks, true
}

// quoteText quotes s for a message, shortened if it is long.
func quoteText(s string) string {
	const max = 60
	if utf8.RuneCountInString(s) > max {
		r := []rune(s)
		s = string(r[:max]) + "…"
	}
	return strconv.Quote(s)
}
