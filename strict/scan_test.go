package strict

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/noticekit/noticekit/internal/jsonscan"
)

func TestScanners(t *testing.T) {
	tests := []struct {
		name    string
		scan    func([]byte, int) (int, error)
		data    string
		end     int    // when ok
		errAt   int    // when not
		message string // "" for ok
	}{
		{"string", skipString, `"abc" tail`, 5, 0, ""},
		{"string with escapes", skipString, `"a\"\u00e9\n"`, 13, 0, ""},
		{"string, Welsh", skipString, `"ŵŷ"`, 6, 0, ""},
		{"string, not a string", skipString, `abc`, 0, 0, "syntax error: invalid character 'a' looking for beginning of string"},
		{"string, unterminated", skipString, `"abc`, 0, 4, "unexpected end of input"},
		{"string, control character", skipString, "\"a\tb\"", 0, 2, `syntax error: invalid character '\t' in string literal`},
		{"string, bad escape", skipString, `"a\x"`, 0, 3, "syntax error: invalid character 'x' in string escape code"},
		{"string, bad UTF-8", skipString, "\"a\xffb\"", 0, 2, "invalid UTF-8: byte 0xff; expected UTF-8 text"},
		{"number", jsonscan.ScanNumber, `-12.5e+3,`, 8, 0, ""},
		{"number, leading zero", jsonscan.ScanNumber, `01`, 1, 0, ""},
		{"number, bare minus", jsonscan.ScanNumber, `-x`, 0, 1, "syntax error: invalid character 'x' in numeric literal"},
		{"number, not a number", jsonscan.ScanNumber, `x`, 0, 0, "syntax error: invalid character 'x' looking for beginning of value"},
		{"literal true", jsonscan.ScanLiteral, `true]`, 4, 0, ""},
		{"literal null", jsonscan.ScanLiteral, `null`, 4, 0, ""},
		{"literal, misspelt", jsonscan.ScanLiteral, `nul!`, 0, 3, "syntax error: invalid character '!' in literal null (expecting 'l')"},
		{"literal, truncated", jsonscan.ScanLiteral, `fals`, 0, 4, "unexpected end of input"},
		{"value, nested", skipAny, ` {"a": [1, {"b": null}], "c": "d"} x`, 34, 0, ""},
		{"value, empty containers", skipAny, `[{}, []]`, 8, 0, ""},
		{"value, trailing comma", skipAny, `[1,]`, 0, 3, "syntax error: invalid character ']' looking for beginning of value"},
		{"value, missing colon", skipAny, `{"a" 1}`, 0, 5, "syntax error: invalid character '1' after object key"},
		{"value, bad separator", skipAny, `{"a": 1 "b"}`, 0, 8, "syntax error: invalid character '\"' after object key:value pair"},
		{"value, too deep", func(d []byte, i int) (int, error) { return jsonscan.SkipValue(d, i, 2) }, `[[[1]]]`, 0, 2, "nesting deeper than 2 levels of arrays and objects; expected at most 2"},
		{"value, truncated", skipAny, `[1, 2`, 0, 5, "unexpected end of input"},
		{"value, non-ASCII character", skipAny, `[é]`, 0, 1, "syntax error: invalid character 'é' looking for beginning of value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			end, err := tt.scan([]byte(tt.data), 0)
			if tt.message == "" {
				if err != nil || end != tt.end {
					t.Errorf("= %d, %v; want %d, nil", end, err, tt.end)
				}
				return
			}
			var se *jsonscan.SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("error %v (%T), want a *jsonscan.SyntaxError", err, err)
			}
			if se.Offset != tt.errAt || se.Error() != tt.message {
				t.Errorf("error at %d %q, want at %d %q", se.Offset, se.Error(), tt.errAt, tt.message)
			}
		})
	}
}

func skipString(data []byte, i int) (int, error) {
	end, _, err := jsonscan.ScanString(data, i)
	return end, err
}

func skipAny(data []byte, i int) (int, error) { return jsonscan.SkipValue(data, i, 0) }

// FuzzScanners compares the scanners with encoding/json: SkipValue accepts
// a value exactly when json.Valid accepts it (with only white space after
// it, and within the depth), and ScanString with AppendUnquoted reads a
// string as json.Unmarshal does, accepting only valid UTF-8.
func FuzzScanners(f *testing.F) {
	seed(f)
	for _, s := range strictVsStdlibSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		end, err := jsonscan.SkipValue(data, 0, 8)
		whole := err == nil && jsonscan.SkipSpace(data, end) == len(data)
		ref := json.Valid(data) && utf8.Valid(data) && maxDepth(data) <= 8
		if whole != ref {
			t.Fatalf("SkipValue(%q) = %d, %v; json.Valid etc. say %v", data, end, err, ref)
		}
		var se *jsonscan.SyntaxError
		if err != nil && (!errors.As(err, &se) || se.Offset < 0 || se.Offset > len(data) || se.Error() == "") {
			t.Fatalf("SkipValue(%q) error %#v", data, err)
		}
		i := jsonscan.SkipSpace(data, 0)
		if i == len(data) || data[i] != '"' {
			return
		}
		end, esc, err := jsonscan.ScanString(data, i)
		if err != nil {
			return
		}
		var want string
		if json.Unmarshal(data[i:end], &want) != nil {
			t.Fatalf("ScanString accepted %q, json.Unmarshal rejects it", data[i:end])
		}
		got := string(data[i+1 : end-1])
		if esc {
			got = string(jsonscan.AppendUnquoted(nil, data[i+1:end-1]))
		} else if bytes.IndexByte(data[i:end-1], '\\') >= 0 {
			t.Fatalf("jsonscan.ScanString(%q): escapes not reported", data[i:end])
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("string %q (-encoding/json +AppendUnquoted):\n%s", data[i:end], diff)
		}
	})
}

func TestLineCol(t *testing.T) {
	data := []byte("ab\nŵŷc\n\nd")
	var got []string
	for _, off := range []int{0, 3, 5, 7, 99} {
		l, c := LineCol(data, off)
		got = append(got, fmt.Sprintf("%d:%d", l, c))
	}
	if diff := cmp.Diff([]string{"1:1", "2:1", "2:2", "2:3", "4:2"}, got); diff != "" {
		t.Errorf("LineCol (-want +got):\n%s", diff)
	}
}

func TestProblemString(t *testing.T) {
	for _, tt := range []struct {
		p    Problem
		want string
	}{
		{Problem{Input: "r.jsonl", Line: 12, Column: 7, Pointer: "/facts/x", Message: "m"}, "r.jsonl:12:7: /facts/x: m"},
		{Problem{Input: "r.csv", Line: 3, Message: "m"}, "r.csv:3: m"},
		{Problem{Line: 1, Column: 2, Message: "m"}, "1:2: m"},
		{Problem{Input: "s.json", Message: "m"}, "s.json: m"},
		{Problem{Pointer: "/a", Message: "m"}, "/a: m"},
	} {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.p, got, tt.want)
		}
	}
}

// Locate places problems by pointer (or at the nearest enclosing value),
// keeps places given by the caller, sorts, and keeps the cause.
func TestLocate(t *testing.T) {
	data := []byte("{\n \"a\": {\"b\": 1},\n \"c\": [true]\n}")
	cause := errors.New("cause")
	err := Locate(data, []Problem{
		{Pointer: "/c/0", Message: "c0"},
		{Pointer: "/a/missing", Message: "near a"},
		{Pointer: "/a/b", Message: "b"},
		{Line: 9, Column: 9, Pointer: "/a", Message: "placed"},
		{Pointer: "/nowhere/deep", Message: "root"},
		{Pointer: "/a/b", Message: "b"},
	}, cause)
	want := []Problem{
		{Line: 1, Column: 1, Pointer: "/nowhere/deep", Message: "root"},
		{Line: 2, Column: 7, Pointer: "/a/missing", Message: "near a"},
		{Line: 2, Column: 13, Pointer: "/a/b", Message: "b"},
		{Line: 3, Column: 8, Pointer: "/c/0", Message: "c0"},
		{Line: 9, Column: 9, Pointer: "/a", Message: "placed"},
	}
	if diff := cmp.Diff(want, err.Problems); diff != "" {
		t.Errorf("Locate (-want +got):\n%s", diff)
	}
	if !errors.Is(err, cause) {
		t.Error("the cause is not reachable with errors.Is")
	}
}
