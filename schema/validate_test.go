package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/strict"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// problemsOf returns the problems of err, which must be nil or a
// *strict.Error.
func problemsOf(t *testing.T, err error) []strict.Problem {
	t.Helper()
	if err == nil {
		return nil
	}
	var e *strict.Error
	if !errors.As(err, &e) {
		t.Fatalf("error is %T (%v), want *strict.Error", err, err)
	}
	return e.Problems
}

var update = flag.Bool("update", false, "rewrite golden files")

const (
	testID   = "https://noticekit.github.io/schema/test/v1.json"
	commonID = "https://noticekit.github.io/schema/test/common.schema.json"
)

// testValidator compiles the small schemas in testdata.
func testValidator(t testing.TB) *validator {
	t.Helper()
	srcs := map[string][]byte{}
	for id, file := range map[string]string{testID: "test.schema.json", commonID: "common.schema.json"} {
		b, err := os.ReadFile(filepath.Join("testdata", file))
		if err != nil {
			t.Fatal(err)
		}
		srcs[id] = b
	}
	v, err := newValidator(testID, srcs)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The acceptance table: each bad input gives exactly one clear problem
// naming the place.
func TestValidateBadInputs(t *testing.T) {
	v := testValidator(t)
	big := append([]byte(`{"name": "`), bytes.Repeat([]byte("x"), 5<<20)...)
	big = append(big, `", "code": "consent"}`...)
	tests := []struct {
		name string
		data string
		want strict.Problem
	}{
		{"truncated", `{"name": "x", "code": "consent"`,
			strict.Problem{Pointer: "", Line: 1, Column: 32, Keyword: "json", Message: "unexpected end of input: the document is truncated; expected '}' to close the object opened at line 1, column 1"}},
		{"wrong type", `{"name": "x", "code": "consent", "count": "three"}`,
			strict.Problem{Pointer: "/count", Line: 1, Column: 43, Keyword: "/properties/count/type", Message: "expected integer, but got string"}},
		{"wrong type in a oneOf", `{"name": "x", "code": "consent", "title": 5}`,
			strict.Problem{Pointer: "/title", Line: 1, Column: 43, Keyword: "/properties/title/$ref/oneOf", Message: "expected string or object, but got number"}},
		{"oneOf branch of the right type", `{"name": "x", "code": "consent", "title": ""}`,
			strict.Problem{Pointer: "/title", Line: 1, Column: 43, Keyword: "/properties/title/$ref/oneOf/0/minLength", Message: "length must be >= 1, but got 0"}},
		{"unknown field", "{\"name\": \"x\", \"code\": \"consent\",\n  \"nmae\": \"y\"}",
			strict.Problem{Pointer: "/nmae", Line: 2, Column: 11, Keyword: "/additionalProperties", Message: `unknown field "nmae"; expected one of: code, contact, count, labels, name, published, tags, title`}},
		{"unknown field in a referenced schema", `{"name": "x", "code": "consent", "contact": {"email": "a@b.uk", "fax": "1"}}`,
			strict.Problem{Pointer: "/contact/fax", Line: 1, Column: 72, Keyword: "/properties/contact/$ref/additionalProperties", Message: `unknown field "fax"; expected one of: email, phone`}},
		{"unknown field with escapes", `{"name": "x", "code": "consent", "labels": {"a/b~": 1}}`,
			strict.Problem{Pointer: "/labels/a~1b~0", Line: 1, Column: 53, Keyword: "/properties/labels/additionalProperties", Message: `unknown field "a/b~"; expected one of: a b/c~`}},
		{"missing field", `{"code": "consent"}`,
			strict.Problem{Pointer: "", Line: 1, Column: 1, Keyword: "/required", Message: `missing required field "name"`}},
		{"duplicate key", `{"name": "x", "code": "consent", "name": "y"}`,
			strict.Problem{Pointer: "/name", Line: 1, Column: 34, Keyword: "json", Message: `duplicate key "name" (first at line 1, column 2); expected each key once per object`}},
		{"invalid date", `{"name": "x", "code": "consent", "published": "2026-02-30"}`,
			strict.Problem{Pointer: "/published", Line: 1, Column: 47, Keyword: "/properties/published/format", Message: `"2026-02-30" is not a valid date; expected a calendar date that exists, YYYY-MM-DD`}},
		{"invalid email", `{"name": "x", "code": "consent", "contact": {"email": "nobody"}}`,
			strict.Problem{Pointer: "/contact/email", Line: 1, Column: 55, Keyword: "/properties/contact/$ref/properties/email/format", Message: `"nobody" is not a valid email; expected an email address`}},
		{"unknown enum code", `{"name": "x", "code": "legitimate-interest"}`,
			strict.Problem{Pointer: "/code", Line: 1, Column: 23, Keyword: "/properties/code/enum", Message: `unknown value "legitimate-interest"; expected one of "public-task", "legal-obligation", "consent"`}},
		{"enum code of the wrong type", `{"name": "x", "code": 7}`,
			strict.Problem{Pointer: "/code", Line: 1, Column: 23, Keyword: "/properties/code/enum", Message: `expected one of "public-task", "legal-obligation", "consent"`}},
		{"5 MiB", string(big),
			strict.Problem{Pointer: "", Line: 1, Column: 4194305, Keyword: "json", Message: "document is 5242911 bytes, over the limit of 4194304 bytes; expected at most 4194304 bytes"}},
		{"100 000-deep nesting", `{"name": "x", "code": "consent", "tags": ` + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + "}",
			strict.Problem{Pointer: "/tags" + strings.Repeat("/0", 63), Line: 1, Column: 105, Keyword: "json", Message: "nesting deeper than 64 levels of arrays and objects; expected at most 64"}},
		{"invalid UTF-8", "{\"name\": \"Cyngor \xff\", \"code\": \"consent\"}",
			strict.Problem{Pointer: "/name", Line: 1, Column: 18, Keyword: "json", Message: "invalid UTF-8: byte 0xff at byte offset 17 (line 1, column 18); expected UTF-8 text"}},
		{"byte-order mark", "\xef\xbb\xbf{\"name\": \"x\", \"code\": \"consent\"}",
			strict.Problem{Pointer: "", Line: 1, Column: 1, Keyword: "json", Message: "document starts with a UTF-8 byte-order mark; expected the JSON value with no byte-order mark"}},
		{"empty file", "",
			strict.Problem{Pointer: "", Line: 1, Column: 1, Keyword: "json", Message: "empty document; expected a JSON value"}},
		{"trailing data", "{\"name\": \"x\", \"code\": \"consent\"}\n}",
			strict.Problem{Pointer: "", Line: 2, Column: 1, Keyword: "json", Message: "unexpected data after the end of the document; expected only white space"}},
		{"not an object", `["name", "code"]`,
			strict.Problem{Pointer: "", Line: 1, Column: 1, Keyword: "/type", Message: "expected object, but got array"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := problemsOf(t, v.validate([]byte(tt.data), strict.Limits{}))
			if diff := cmp.Diff([]strict.Problem{tt.want}, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestValidateValid(t *testing.T) {
	if err := testValidator(t).validate(readTestdata(t, "valid.json"), strict.Limits{}); err != nil {
		t.Errorf("valid.json: %v", err)
	}
}

// A document with many errors gives every one, sorted by position; the
// list is kept in testdata/multi.golden (go test -update rewrites it).
func TestValidateGolden(t *testing.T) {
	err := testValidator(t).validate(readTestdata(t, "multi.json"), strict.Limits{})
	var e *strict.Error
	if !errors.As(err, &e) {
		t.Fatalf("validate = %v, want *Error", err)
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		t.Error("errors.As finds no *jsonschema.ValidationError; want the jsonschema tree")
	}
	var b strings.Builder
	for _, p := range e.Problems {
		fmt.Fprintf(&b, "%s\t[%s]\n", p, p.Keyword)
	}
	got := b.String()
	golden := filepath.Join("testdata", "multi.golden")
	if *update {
		// Like x/vulndb's golden files, -update refuses to change the number
		// of problems: a lost or new problem is a change to review, not to
		// accept in passing (delete the file to accept it).
		if old, err := os.ReadFile(golden); err == nil && strings.Count(string(old), "\n") != len(e.Problems) {
			t.Fatalf("-update would change the number of problems from %d to %d; delete %s to accept", strings.Count(string(old), "\n"), len(e.Problems), golden)
		}
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := string(readTestdata(t, "multi.golden"))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if s := e.Error(); !strings.HasPrefix(s, fmt.Sprintf("%d problems:\n", len(e.Problems))) {
		t.Errorf("Error() = %q, want a count and one problem per line", s)
	}
}

// Every problem of a schema check points at a value that exists in the
// document, so it has a position.
func TestValidateEveryProblemHasAPosition(t *testing.T) {
	e := problemsOf(t, testValidator(t).validate(readTestdata(t, "multi.json"), strict.Limits{}))
	for _, p := range e {
		if p.Line == 0 || p.Column == 0 {
			t.Errorf("problem without a position: %+v", p)
		}
	}
}

// No message, pointer or keyword carries the working directory or a file path.
func TestMessagesHaveNoPaths(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	err = testValidator(t).validate(readTestdata(t, "multi.json"), strict.Limits{})
	errs := []error{err, Validate([]byte(`{"zzz": 1}`)), ValidateSchedule([]byte(`[]`))}
	for _, err := range errs {
		if err == nil {
			t.Fatal("want an error")
		}
		if s := err.Error(); strings.Contains(s, wd) || strings.Contains(s, "file://") {
			t.Errorf("error contains a path: %s", s)
		}
	}
}

func TestEmbeddedSchemasCompile(t *testing.T) {
	for _, tt := range []struct {
		id  string
		sch func() *jsonschema.Schema
	}{{NoticeID, Notice}, {ScheduleID, Schedule}} {
		if got := tt.sch(); got == nil || got.Location != tt.id+"#" {
			t.Errorf("compiled schema for %s has location %v", tt.id, got)
		}
		src, ok := Source(tt.id)
		if !ok || !json.Valid(src) {
			t.Fatalf("Source(%s) = %d bytes, %v", tt.id, len(src), ok)
		}
		var doc struct {
			ID     string `json:"$id"`
			Schema string `json:"$schema"`
		}
		if err := json.Unmarshal(src, &doc); err != nil {
			t.Fatal(err)
		}
		if doc.ID != tt.id || doc.Schema != "https://json-schema.org/draft/2020-12/schema" {
			t.Errorf("%s: $id %q, $schema %q; want the absolute id and draft 2020-12", tt.id, doc.ID, doc.Schema)
		}
		if err := strict.Check(src, strict.Limits{}); err != nil {
			t.Errorf("%s is not strict JSON: %v", tt.id, err)
		}
		src[0] = 'X' // Source returns a copy
		if again, _ := Source(tt.id); again[0] == 'X' {
			t.Errorf("Source(%s) returned the embedded bytes, not a copy", tt.id)
		}
	}
	if _, ok := Source("https://example.com/other.json"); ok {
		t.Error("Source of an unknown id succeeded")
	}
}

// Every format the schemas use is one jsonschema/v5 asserts: an unknown
// format name would be accepted silently.
func TestFormatsAreKnown(t *testing.T) {
	srcs := map[string][]byte{testID: readTestdata(t, "test.schema.json"), commonID: readTestdata(t, "common.schema.json")}
	for id := range sources() {
		srcs[id], _ = Source(id)
	}
	for id, src := range srcs {
		doc, err := decode(src)
		if err != nil {
			t.Fatal(err)
		}
		var walk func(any)
		walk = func(v any) {
			switch v := v.(type) {
			case map[string]any:
				if f, ok := v["format"].(string); ok {
					if _, known := jsonschema.Formats[f]; !known {
						t.Errorf("%s uses format %q, which is not asserted", id, f)
					}
				}
				for _, x := range v {
					walk(x)
				}
			case []any:
				for _, x := range v {
					walk(x)
				}
			}
		}
		walk(doc)
	}
}

func TestValidateWithUnknownID(t *testing.T) {
	err := ValidateWith("https://example.com/notice.json", []byte(`{}`), strict.Limits{})
	var e *strict.Error
	if err == nil || errors.As(err, &e) || !strings.Contains(err.Error(), "unknown schema id") {
		t.Errorf("ValidateWith(unknown id) = %v, want an unknown schema id error", err)
	}
}

// The compiler reads nothing but the schemas it is given: a $ref to any
// other URL, remote or local, is an error.
func TestNoLoader(t *testing.T) {
	for _, ref := range []string{"https://example.com/other.json", "file:///etc/hostname", "other.json", "http://127.0.0.1:1/x.json"} {
		id := "https://noticekit.github.io/schema/test/ref.json"
		src := fmt.Sprintf(`{"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": %q, "$ref": %q}`, id, ref)
		_, err := newValidator(id, map[string][]byte{id: []byte(src)})
		if !errors.Is(err, errNoLoad) {
			t.Errorf("$ref %q: error %v, want %v", ref, err, errNoLoad)
		}
	}
}

// The limits given to ValidateWith apply to the strict reader.
func TestValidateWithLimits(t *testing.T) {
	data := []byte(`{"$schema": "` + NoticeID + `"}`)
	ps := problemsOf(t, ValidateWith(NoticeID, data, strict.Limits{MaxBytes: 10}))
	if len(ps) != 1 || ps[0].Keyword != strict.KeywordJSON || !strings.Contains(ps[0].Message, "over the limit of 10 bytes") {
		t.Errorf("problems = %+v, want one size problem", ps)
	}
	ps = problemsOf(t, ValidateWith(NoticeID, data, strict.Limits{MaxDepth: 1}))
	for _, p := range ps {
		if p.Keyword == strict.KeywordJSON {
			t.Errorf("depth 1 document rejected by the strict reader with MaxDepth 1: %+v", p)
		}
	}
}

// Cases against the real notice schema.
func TestValidateNotice(t *testing.T) {
	for _, tt := range []struct {
		name string
		data string
		want strict.Problem
	}{
		{"unknown top-level field", `{"zzz_unknown": 1}`, strict.Problem{Pointer: "/zzz_unknown", Line: 1, Column: 17, Keyword: "/additionalProperties"}},
		{"wrong $schema", `{"$schema": "https://noticekit.github.io/schema/notice/v0.json"}`, strict.Problem{Pointer: "/$schema", Line: 1, Column: 13, Keyword: "/properties/$schema/const",
			Message: `expected "https://noticekit.github.io/schema/notice/v2.json"`}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got *strict.Problem
			for _, p := range problemsOf(t, Validate([]byte(tt.data))) {
				if p.Pointer == tt.want.Pointer {
					got = &p
				}
			}
			if got == nil {
				t.Fatalf("no problem at %q", tt.want.Pointer)
			}
			if tt.want.Message == "" {
				tt.want.Message = got.Message // checked below
				if !strings.HasPrefix(got.Message, `unknown field "zzz_unknown"; expected one of: `) {
					t.Errorf("message %q", got.Message)
				}
			}
			if diff := cmp.Diff(tt.want, *got); diff != "" {
				t.Errorf("problem (-want +got):\n%s", diff)
			}
		})
	}
}

// Every bundled example notice and schedule is valid (skipped until
// examples/*.json and examples/schedules/*.json exist).
func TestExamplesValidate(t *testing.T) {
	n := 0
	for pattern, validate := range map[string]func([]byte) error{
		filepath.Join("..", "examples", "*.json"):              Validate,
		filepath.Join("..", "examples", "schedules", "*.json"): ValidateSchedule,
	} {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			n++
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := validate(data); err != nil {
				t.Errorf("%s:\n%v", f, err)
			}
		}
	}
	if n == 0 {
		t.Skip("no examples yet")
	}
}

// Validation is safe for concurrent use (run with -race).
func TestConcurrentValidate(t *testing.T) {
	docs := [][]byte{[]byte(`{"zzz": 1}`), []byte(`{"a":1,"a":2}`), []byte(`[]`)}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			for range 20 {
				if Validate(docs[i%len(docs)]) == nil {
					t.Error("invalid document accepted")
				}
				_ = ValidateSchedule(docs[i%len(docs)])
			}
		})
	}
	wg.Wait()
}

// A failed "not" is worded from the schema (review D10), never "not
// failed": a value that must not be a constant, and fields that must not
// be present under a condition.
func TestScheduleNotMessages(t *testing.T) {
	const head = `{"$schema": "https://noticekit.github.io/schema/schedule/v2.json", "id": "s", "version": "1",
  "facts": [{"name": "created", "meaning": "created"}, {"name": "reviewed", "meaning": "reviewed"}],
  "rules": [`
	for _, tt := range []struct{ name, rule, want string }{
		{"review_every from reviewed", `{"id": "a", "retain": {"from": "created", "period": "P1Y"}, "then": "review", "review_every": {"from": "reviewed", "period": "P1Y"}}`,
			`/rules/0/review_every/from: "reviewed" is not allowed here`},
		{"keep with review_every", `{"id": "a", "then": "keep", "review_every": {"period": "P1Y"}}`,
			`/rules/0: field "review_every" not allowed with then keep; remove it`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateSchedule([]byte(head + tt.rule + "]}"))
			var se *strict.Error
			if !errors.As(err, &se) {
				t.Fatalf("%v", err)
			}
			var got []string
			for _, p := range se.Problems {
				got = append(got, p.Pointer+": "+p.Message)
			}
			if !slices.Contains(got, tt.want) {
				t.Errorf("problems %q, want one %q", got, tt.want)
			}
			for _, g := range got {
				if strings.HasSuffix(g, "not failed") {
					t.Errorf("problem %q", g)
				}
			}
		})
	}
}
