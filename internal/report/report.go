package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/retention"
	"github.com/noticekit/noticekit/rights"
	"github.com/noticekit/noticekit/schema"
	"github.com/noticekit/noticekit/strict"
)

// Encode writes v to w as JSON indented by two spaces, without HTML
// escaping, followed by a newline: the form of every --json output.
func Encode(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// Problem is one located problem in a document: the JSON pointer of the
// place ("" for the whole document), its 1-based line and column (columns
// count characters) where known, the failing schema keyword where there is
// one, and what was expected.
type Problem struct {
	Pointer string `json:"pointer"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
	Keyword string `json:"keyword,omitempty"`
	Message string `json:"message"`
}

// Problems converts schema problems to [Problem]s; it never returns nil, so
// that an empty list encodes as [].
func Problems(ps []strict.Problem) []Problem {
	out := make([]Problem, 0, len(ps))
	for _, p := range ps {
		out = append(out, Problem{Pointer: p.Pointer, Line: p.Line, Column: p.Column, Keyword: p.Keyword, Message: p.Message})
	}
	return out
}

// Validation is the result of validating one document, the element of
// `noticekit validate --json`'s array.
type Validation struct {
	File     string    `json:"file"`
	Kind     string    `json:"kind"` // "notice" or "schedule"
	Valid    bool      `json:"valid"`
	Problems []Problem `json:"problems"`
}

// Validate validates data, named file, as a notice or, when its "$schema"
// is the schedule schema's, as a retention schedule (schema, then compile:
// a schedule whose rules cannot be compiled is not valid).
func Validate(file string, data []byte) Validation {
	kind, probs := ValidateDoc(data)
	return Validation{File: file, Kind: kind, Valid: len(probs) == 0, Problems: Problems(probs)}
}

// ValidateDoc is [Validate] without the wrapping: the kind of document and
// its problems, none when it is valid.
func ValidateDoc(data []byte) (kind string, probs []strict.Problem) {
	if k := docKind(data); k == schema.ScheduleID || k == schema.ScheduleV1ID {
		_, probs := CompileSchedule(data)
		return "schedule", probs
	}
	if _, err := notice.Parse(data); err != nil {
		return "notice", ProblemsOf(data, err)
	}
	return "notice", nil
}

// docKind sniffs the "$schema" of a document. It reads only the top level.
func docKind(data []byte) string {
	var top struct {
		Schema string `json:"$schema"`
	}
	_ = json.Unmarshal(data, &top) // a broken document is reported by the notice path
	return top.Schema
}

// CompileSchedule loads a schedule with [schema.LoadSchedule], the one
// loader (strict reader, schema, decode, Compile), returning every problem
// with its place.
func CompileSchedule(data []byte) (*retention.Schedule, []strict.Problem) {
	_, s, err := schema.LoadSchedule(data)
	if err != nil {
		return nil, ProblemsOf(data, err)
	}
	return s, nil
}

// ProblemsOf turns any error about data into problems: a *strict.Error
// keeps its problems, located from their JSON pointers where they have no
// line yet (retention.Compile's); anything else becomes one problem per line of its message,
// at the document root.
func ProblemsOf(data []byte, err error) []strict.Problem {
	var se *strict.Error
	if errors.As(err, &se) {
		for _, p := range se.Problems {
			if p.Line == 0 { // found by pointer (retention.Compile): place them
				return strict.Locate(data, se.Problems, nil).Problems
			}
		}
		return se.Problems
	}
	var out []strict.Problem
	for _, line := range bytes.Split([]byte(err.Error()), []byte("\n")) {
		if len(line) > 0 {
			out = append(out, strict.Problem{Message: string(line)})
		}
	}
	return out
}

// Check is the result of checking one notice, the element of
// `noticekit check --json`'s array. A notice that is not valid has
// Valid false, its Problems, and no findings.
type Check struct {
	File     string           `json:"file"`
	On       civil.Date       `json:"on"`
	Valid    bool             `json:"valid"`
	Problems []Problem        `json:"problems,omitempty"`
	Findings []notice.Finding `json:"findings"`
}

// CheckNotice parses data, named file, as a notice and checks it at the law
// of on. A notice that does not parse gives [CheckInvalid]'s result.
func CheckNotice(file string, data []byte, on civil.Date, opt notice.Options) Check {
	n, err := notice.Parse(data)
	if err != nil {
		return CheckInvalid(file, on, data, err)
	}
	return Check{File: file, On: on, Valid: true, Findings: append([]notice.Finding{}, notice.CheckWith(n, on, opt)...)}
}

// CheckInvalid is the result for a document that could not be read as a
// notice: err's problems (see [ProblemsOf]) and no findings.
func CheckInvalid(file string, on civil.Date, data []byte, err error) Check {
	return Check{File: file, On: on, Problems: Problems(ProblemsOf(data, err)), Findings: []notice.Finding{}}
}

// Rights is the answer of `noticekit rights --json`: which rights apply
// under a regime and lawful basis as the law stood on a date.
type Rights struct {
	Regime lawfulbasis.Regime `json:"regime"`
	Basis  lawfulbasis.Basis  `json:"basis"`
	On     civil.Date         `json:"on"`
	Rights []rights.Entry     `json:"rights"`
}
