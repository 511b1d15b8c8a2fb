package strict

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// deep returns n opening brackets followed by n closing ones.
func deep(n int) []byte {
	return []byte(strings.Repeat("[", n) + strings.Repeat("]", n))
}

// problemsOf returns the problems of err, which must be nil or an *Error.
func problemsOf(t *testing.T, err error) []Problem {
	t.Helper()
	if err == nil {
		return nil
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error is %T (%v), want *Error", err, err)
	}
	return e.Problems
}

func jsonProblem(ptr string, line, col int, msg string) []Problem {
	return []Problem{{Pointer: ptr, Line: line, Column: col, Keyword: KeywordJSON, Message: msg}}
}

func TestStrictBadInputs(t *testing.T) {
	big := append([]byte(`{"a":"`), bytes.Repeat([]byte("x"), 5<<20)...)
	big = append(big, `"}`...)
	tests := []struct {
		name string
		data []byte
		lim  Limits
		want []Problem
	}{
		{"empty", []byte(""), Limits{}, jsonProblem("", 1, 1, "empty document; expected a JSON value")},
		{"white space only", []byte(" \n\t"), Limits{}, jsonProblem("", 2, 2, "empty document (only white space); expected a JSON value")},
		{"byte-order mark", []byte("\xef\xbb\xbf{}"), Limits{}, jsonProblem("", 1, 1, "document starts with a UTF-8 byte-order mark; expected the JSON value with no byte-order mark")},
		{"invalid UTF-8 in a value", []byte("{\"a\": [\"ok\", \"b\xffd\"]}"), Limits{},
			jsonProblem("/a/1", 1, 16, "invalid UTF-8: byte 0xff at byte offset 15 (line 1, column 16); expected UTF-8 text")},
		{"invalid UTF-8 in a key", []byte("{\n \"k\xc3\": 1}"), Limits{},
			jsonProblem("", 2, 4, "invalid UTF-8: byte 0xc3 at byte offset 5 (line 2, column 4); expected UTF-8 text")},
		{"invalid UTF-8 between values", []byte("[1,\n\xfe]"), Limits{},
			jsonProblem("", 2, 1, "invalid UTF-8: byte 0xfe at byte offset 4 (line 2, column 1); expected UTF-8 text")},
		{"invalid UTF-8 after valid multibyte text", []byte("{\"w\": \"ŵŷ\xed\xa0\x80\"}"), Limits{},
			jsonProblem("/w", 1, 10, "invalid UTF-8: byte 0xed at byte offset 11 (line 1, column 10); expected UTF-8 text")},
		{"over the size limit", big, Limits{},
			jsonProblem("", 1, 4194305, "document is 5242888 bytes, over the limit of 4194304 bytes; expected at most 4194304 bytes")},
		{"over a configured size limit", []byte(`[1, 2, 3]`), Limits{MaxBytes: 8},
			jsonProblem("", 1, 9, "document is 9 bytes, over the limit of 8 bytes; expected at most 8 bytes")},
		{"100 000-deep nesting", deep(100000), Limits{},
			jsonProblem(strings.Repeat("/0", 64), 1, 65, "nesting deeper than 64 levels of arrays and objects; expected at most 64")},
		{"deeper than a configured limit", []byte(`{"a": {"b": [[]]}}`), Limits{MaxDepth: 3},
			jsonProblem("/a/b/0", 1, 14, "nesting deeper than 3 levels of arrays and objects; expected at most 3")},
		{"duplicate key", []byte("{\"a\": 1,\n \"b\": {\"c\": 1, \"c\": 2}}"), Limits{},
			jsonProblem("/b/c", 2, 16, `duplicate key "c" (first at line 2, column 8); expected each key once per object`)},
		{"trailing data", []byte(`{"a": 1} x`), Limits{}, jsonProblem("", 1, 10, "unexpected data after the end of the document; expected only white space")},
		{"a second document", []byte("{}\n{}"), Limits{}, jsonProblem("", 2, 1, "unexpected data after the end of the document; expected only white space")},
		{"trailing data after a number", []byte(`12x`), Limits{}, jsonProblem("", 1, 3, "unexpected data after the end of the document; expected only white space")},
		{"truncated object", []byte("{\"a\": [1, 2],\n \"b\": "), Limits{},
			jsonProblem("/b", 2, 7, "unexpected end of input: the document is truncated; expected '}' to close the object opened at line 1, column 1")},
		{"truncated array", []byte(`{"a": [1, 2`), Limits{},
			jsonProblem("/a", 1, 12, "unexpected end of input: the document is truncated; expected ']' to close the array opened at line 1, column 7")},
		{"truncated string", []byte(`"abc`), Limits{},
			jsonProblem("", 1, 5, "unexpected end of input inside a value: the document is truncated; expected the rest of the value")},
		{"truncated string in an object", []byte(`{"a": "abc`), Limits{},
			jsonProblem("/a", 1, 11, "unexpected end of input: the document is truncated; expected '}' to close the object opened at line 1, column 1")},
		{"missing colon", []byte(`{"a" 1}`), Limits{}, jsonProblem("/a", 1, 6, "syntax error: invalid character '1' after object key")},
		{"trailing comma", []byte("[1,\n 2,\n]"), Limits{}, jsonProblem("", 3, 1, "syntax error: invalid character ']' looking for beginning of value")},
		{"bad literal", []byte(`{"a": {"b": tru}}`), Limits{}, jsonProblem("/a/b", 1, 16, "syntax error: invalid character '}' in literal true (expecting 'e')")},
		{"control character in a string", []byte("[\"a\tb\"]"), Limits{}, jsonProblem("", 1, 4, `syntax error: invalid character '\t' in string literal`)},
		{"single-quoted key", []byte(`{'a': 1}`), Limits{}, jsonProblem("", 1, 2, "syntax error: invalid character '\\'' looking for beginning of object key string")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := problemsOf(t, Check(tt.data, tt.lim))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Strict problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestStrictAccepts(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		lim  Limits
	}{
		{"object", []byte(`{"a": [1, 2.5e3, "x", true, false, null, {}]}`), Limits{}},
		{"scalar", []byte(` "just a string" `), Limits{}},
		{"huge number", []byte(`[1e400, -0.0000000001]`), Limits{}},
		{"same key in sibling objects", []byte(`[{"a": 1}, {"a": 2}]`), Limits{}},
		{"keys differing only by escapes are distinct", []byte(`{"a": 1, "\u0062": 2, "a\/": 3}`), Limits{}},
		{"exactly the default depth", deep(DefaultMaxDepth), Limits{}},
		{"exactly a configured depth", deep(3), Limits{MaxDepth: 3}},
		{"exactly a configured size", []byte(`[1, 2]`), Limits{MaxBytes: 6}},
		{"Welsh text", []byte(`{"cy": "Hysbysiad preifatrwydd ŵ ŷ"}`), Limits{}},
		{"negative limits mean the defaults", deep(DefaultMaxDepth), Limits{MaxBytes: -1, MaxDepth: -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := Check(tt.data, tt.lim); err != nil {
				t.Errorf("Check(%.40q) = %v, want nil", tt.data, err)
			}
		})
	}
}

// Duplicate keys do not stop the reader: every one is reported.
func TestStrictReportsEveryDuplicate(t *testing.T) {
	data := []byte("{\"a\": 1, \"a\": 2, \"a\": 3,\n \"b\": [{\"x\": 0, \"x\": 0}]}")
	want := []Problem{
		{Pointer: "/a", Line: 1, Column: 10, Keyword: KeywordJSON, Message: `duplicate key "a" (first at line 1, column 2); expected each key once per object`},
		{Pointer: "/a", Line: 1, Column: 18, Keyword: KeywordJSON, Message: `duplicate key "a" (first at line 1, column 2); expected each key once per object`},
		{Pointer: "/b/0/x", Line: 2, Column: 17, Keyword: KeywordJSON, Message: `duplicate key "x" (first at line 2, column 9); expected each key once per object`},
	}
	if diff := cmp.Diff(want, problemsOf(t, Check(data, Limits{}))); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

// The strict reader agrees with encoding/json on what is well-formed.
func TestStrictAgreesWithEncodingJSON(t *testing.T) {
	for _, s := range []string{`{}`, `[]`, `{"a":}`, `[1 2]`, `nul`, `"\u00"`, `"\ud800"`, `0x10`, `01`, `-`, `1.`, `{"a":1,}`, `{,}`, `[,1]`} {
		err := Check([]byte(s), Limits{})
		if valid := json.Valid([]byte(s)); valid != (err == nil) {
			t.Errorf("Check(%q) = %v, but json.Valid = %v", s, err, valid)
		}
	}
}

// allocated returns the bytes allocated by f.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// A 5 MiB, 100 000-deep input is rejected with memory that does not grow
// with the input: over the size limit before reading it, or, with the size
// limit raised, at the depth limit.
func TestStrictMemoryBounded(t *testing.T) {
	const n = 5 << 20 / 2
	data := deep(n) // 5 MiB
	if got := strings.Count(string(data[:n]), "["); got < 100000 {
		t.Fatalf("input is %d deep, want at least 100 000", got)
	}
	for _, tt := range []struct {
		name string
		lim  Limits
	}{
		{"default limits", Limits{}},
		{"size limit raised", Limits{MaxBytes: 8 << 20}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			bytes := allocated(func() { err = Check(data, tt.lim) })
			if err == nil {
				t.Fatal("Strict accepted the input")
			}
			if ps := problemsOf(t, err); len(ps) != 1 {
				t.Errorf("got %d problems, want 1: %v", len(ps), err)
			}
			const limit = 32 << 10
			if bytes > limit {
				t.Errorf("Strict allocated %d bytes on a %d-byte input, want at most %d", bytes, len(data), limit)
			}
			allocs := testing.AllocsPerRun(5, func() { _ = Check(data, tt.lim) })
			if allocs > 64 {
				t.Errorf("Strict made %v allocations, want at most 64", allocs)
			}
		})
	}
}

// Keys are compared unescaped, in small objects (searched one by one) and
// large ones (indexed by hash), and each object has its own keys.
func TestStrictDuplicateKeysUnescaped(t *testing.T) {
	var many strings.Builder
	many.WriteString(`{"x": {`)
	for i := range 40 {
		fmt.Fprintf(&many, `"k%d": {"k%d": 0}, `, i, i)
	}
	many.WriteString(`"\u006b7": 1, "k\/": 2, "k/": 3}, "x": 4}`)
	tests := []struct {
		name string
		data string
		want []string // pointer and message of each problem
	}{
		{"escaped letter", `{"a": 1, "\u0061": 2}`, []string{`/a: duplicate key "a" (first at line 1, column 2); expected each key once per object`}},
		{"escaped solidus", `{"a/b": 1, "a\/b": 2}`, []string{`/a~1b: duplicate key "a/b" (first at line 1, column 2); expected each key once per object`}},
		{"surrogate pair and UTF-8", `{"\ud83d\ude00": 1, "😀": 2}`, []string{`/😀: duplicate key "😀" (first at line 1, column 2); expected each key once per object`}},
		{"lone surrogates decode alike", `{"\ud800": 1, "\udfff": 2}`, []string{`/�: duplicate key "�" (first at line 1, column 2); expected each key once per object`}},
		{"escaped quote", `{"\"": 1, "\u0022": 2}`, []string{`/": duplicate key "\"" (first at line 1, column 2); expected each key once per object`}},
		{"case differs", `{"a": 1, "A": 2, "\u0041": 3}`, []string{`/A: duplicate key "A" (first at line 1, column 10); expected each key once per object`}},
		{"large object", many.String(), []string{
			`/x/k7: duplicate key "k7" (first at line 1, column 127); expected each key once per object`,
			`/x/k~1: duplicate key "k/" (first at line 1, column 762); expected each key once per object`,
			`/x: duplicate key "x" (first at line 1, column 2); expected each key once per object`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range problemsOf(t, Check([]byte(tt.data), Limits{})) {
				got = append(got, p.Pointer+": "+p.Message)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// The strict reader allocates a fixed amount, however long the document:
// one allocation for a notice-sized one with small objects.
func TestStrictAllocs(t *testing.T) {
	var wide strings.Builder // one object with 1 000 keys
	wide.WriteString("{")
	for i := range 1000 {
		fmt.Fprintf(&wide, `"key %d": %d, `, i, i)
	}
	wide.WriteString(`"last": true}`)
	for _, tt := range []struct {
		name string
		data []byte
		max  float64
	}{
		{"notice-sized", benchDocument(), 1},
		{"1 000 keys", []byte(wide.String()), 40},
	} {
		if err := Check(tt.data, Limits{}); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if n := testing.AllocsPerRun(10, func() { _ = Check(tt.data, Limits{}) }); n > tt.max {
			t.Errorf("%s: Strict made %v allocations, want at most %v", tt.name, n, tt.max)
		}
	}
}
