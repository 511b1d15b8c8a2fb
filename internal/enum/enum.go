// Package enum holds the shared machinery behind noticekit's closed code
// sets (regimes, bases, conditions, rights, outcomes): a table of kebab-case
// codes indexed by a uint8 whose zero value means "unspecified".
package enum

import (
	"fmt"
	"strings"
)

// Parse returns the index of s in codes (index 0, the empty code, is never
// matched). kind names the set in the error ("regime", "basis"…), and the
// error lists the allowed codes.
func Parse[T ~uint8](kind string, codes []string, s string) (T, error) {
	for i := 1; i < len(codes); i++ {
		if codes[i] == s {
			return T(i), nil
		}
	}
	return 0, &UnknownError{Kind: kind, Code: s, Allowed: codes[1:]}
}

// String returns the code of v, or a placeholder for an out-of-range value.
func String[T ~uint8](kind string, codes []string, v T) string {
	if int(v) < len(codes) {
		return codes[v]
	}
	return fmt.Sprintf("%s(%d)", kind, v)
}

// Marshal is MarshalText for a code: the zero value and out-of-range values
// are errors, so a document never carries an empty or invented code.
func Marshal[T ~uint8](kind string, codes []string, v T) ([]byte, error) {
	if v == 0 || int(v) >= len(codes) {
		return nil, fmt.Errorf("%s: cannot marshal unspecified or invalid value %d", kind, v)
	}
	return []byte(codes[v]), nil
}

// All returns every specified value, in table order.
func All[T ~uint8](codes []string) []T {
	out := make([]T, 0, len(codes)-1)
	for i := 1; i < len(codes); i++ {
		out = append(out, T(i))
	}
	return out
}

// UnknownError reports a code that is not in its set.
type UnknownError struct {
	Kind    string   // "regime", "basis", …
	Code    string   // what was given
	Allowed []string // every valid code
}

func (e *UnknownError) Error() string {
	c := e.Code
	if len(c) > 64 {
		c = c[:64] + "…"
	}
	return fmt.Sprintf("unknown %s %q: want one of %s", e.Kind, c, strings.Join(e.Allowed, ", "))
}
