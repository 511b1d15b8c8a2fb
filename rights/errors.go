package rights

import (
	"fmt"
	"strings"

	"github.com/noticekit/noticekit/internal/enum"
)

// UnknownCodeError is the error of [ParseRight], [ParseStatus], [ParseRestrictionGround] and the UnmarshalText methods of their types
// for a code that is well formed but not in its set. Its fields are Kind,
// the name of the set (such as "right"); Code, what was given; and Allowed,
// every valid code in table order. Its message lists them. Find it with
// [errors.As].
//
// It is one type under the same name in every noticekit package that
// parses codes (civil, lawfulbasis, rights, retention, notice), so a single
// errors.As finds an unknown code from any of them.
type UnknownCodeError = enum.UnknownError

// RequestError is the error of [For] and [Deadline] for input they cannot
// answer: every problem found, each naming the parameter it is about and
// what was expected. Find it with [errors.As]:
//
//	var re *rights.RequestError
//	if errors.As(err, &re) {
//		for _, p := range re.Problems {
//			fmt.Println(p.Field, p.Message)
//		}
//	}
//
// Its message is one line per problem, "rights: " (For) or
// "rights: deadline: " (Deadline) followed by the problem's Message.
type RequestError struct {
	// Op is "rights" for For and "rights: deadline" for Deadline.
	Op       string
	Problems []RequestProblem
}

// RequestProblem is one thing wrong with the input of [For] or [Deadline].
type RequestProblem struct {
	// Field is the parameter the problem is about, spelled as the HTTP
	// service's query parameter: "on", "regime" or "basis" for For;
	// "received", "regime", "right", "nation", "id_received", "fee_paid",
	// "clarification_asked", "clarification_received" or "extended" for
	// Deadline.
	Field string
	// Message says what is wrong and what was expected; it starts with
	// the field's name where the sentence needs it.
	Message string
	// Err is the cause a caller may test in its turn, such as a
	// *lawfulbasis.BeforeRegimeError when the date is before the regime
	// existed (docs/law.md §11.2); nil otherwise.
	Err error
}

func (e *RequestError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = e.Op + ": " + p.Message
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns the problems' causes, so that errors.As finds, say, a
// *lawfulbasis.BeforeRegimeError through a RequestError.
func (e *RequestError) Unwrap() []error {
	var out []error
	for _, p := range e.Problems {
		if p.Err != nil {
			out = append(out, p.Err)
		}
	}
	return out
}

// requestError is a RequestError of one problem.
func requestError(op, field string, cause error, format string, args ...any) *RequestError {
	return &RequestError{Op: op, Problems: []RequestProblem{{Field: field, Message: fmt.Sprintf(format, args...), Err: cause}}}
}
