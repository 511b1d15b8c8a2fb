package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// seed adds the testdata documents, the bundled examples (once they exist)
// and a few awkward inputs to a fuzz corpus.
func seed(f *testing.F) {
	for _, pattern := range []string{filepath.Join("testdata", "*.json"), filepath.Join("..", "examples", "*.json"),
		filepath.Join("..", "examples", "schedules", "*.json")} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	for _, s := range []string{"", " ", "\xef\xbb\xbf{}", `{"a":1,"a":2}`, `{"a":1} x`, `[1,`, `"\ud800"`, "[\"\xff\"]",
		`{"name": "x", "code": "consent", "published": "2026-02-30"}`, `{"zzz": [[[[]]]]}`, strings.Repeat("[", 100)} {
		f.Add([]byte(s))
	}
}

// maxDepth is a naive reference: the deepest nesting of brackets outside
// strings.
func maxDepth(data []byte) int {
	depth, deepest, inString, escaped := 0, 0, false, false
	for _, c := range data {
		switch {
		case inString && escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case inString && c == '"':
			inString = false
		case inString:
		case c == '"':
			inString = true
		case c == '[' || c == '{':
			depth++
			deepest = max(deepest, depth)
		case c == ']' || c == '}':
			depth--
		}
	}
	return deepest
}

func FuzzStrict(f *testing.F) {
	seed(f)
	lim := Limits{MaxBytes: 1 << 16, MaxDepth: 8}
	f.Fuzz(func(t *testing.T, data []byte) {
		err := Strict(data, lim)
		// The reference: well-formed UTF-8 JSON within the limits, with no
		// byte-order mark, is rejected only for duplicate keys.
		ok := json.Valid(data) && utf8.Valid(data) && !bytes.HasPrefix(data, bom) &&
			len(data) <= int(lim.MaxBytes) && maxDepth(data) <= lim.MaxDepth
		if err == nil {
			if !ok {
				t.Fatalf("Strict accepted %q", data)
			}
			return
		}
		var e *Error
		if !errors.As(err, &e) || len(e.Problems) == 0 || e.Validation != nil {
			t.Fatalf("Strict error %#v, want an *Error with problems", err)
		}
		for _, p := range e.Problems {
			if p.Keyword != KeywordJSON || p.Line < 1 || p.Column < 1 || p.Message == "" {
				t.Fatalf("bad problem %+v for %q", p, data)
			}
			if _, valid := splitPointer(p.Pointer); !valid {
				t.Fatalf("malformed pointer in %+v", p)
			}
			if ok && !strings.HasPrefix(p.Message, "duplicate key") {
				t.Fatalf("well-formed %q rejected: %v", data, err)
			}
		}
	})
}

func FuzzValidate(f *testing.F) {
	seed(f)
	v := testValidator(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		strictErr := Strict(data, Limits{})
		for _, validate := range []func([]byte) error{
			Validate,
			ValidateSchedule,
			func(data []byte) error { return v.validate(data, Limits{}) },
		} {
			err := validate(data)
			if err == nil {
				if strictErr != nil {
					t.Fatalf("valid, but Strict says %v", strictErr)
				}
				continue
			}
			var e *Error
			if !errors.As(err, &e) || len(e.Problems) == 0 {
				t.Fatalf("error %#v, want an *Error with problems", err)
			}
			if (strictErr != nil) != (e.Validation == nil) {
				t.Fatalf("strict error %v, but Validation = %v", strictErr, e.Validation)
			}
			for _, p := range e.Problems {
				if p.Line < 1 || p.Column < 1 || p.Message == "" {
					t.Fatalf("problem without a position or message: %+v in %q", p, data)
				}
			}
		}
	})
}
