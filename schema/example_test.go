package schema_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/noticekit/noticekit/schema"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// Validate reports every problem with its JSON pointer and its line and
// column in the input.
func ExampleValidate() {
	doc := []byte(`{
  "$schema": "https://noticekit.github.io/schema/notice/v0.json",
  "language": "en"
}`)
	err := schema.Validate(doc)
	var e *schema.Error
	if errors.As(err, &e) {
		for _, p := range e.Problems {
			if p.Pointer == "/$schema" {
				fmt.Println(p)
			}
		}
		fmt.Println("tree kept:", e.Validation != nil)
	}
	// Output:
	// 2:14: /$schema: expected "https://noticekit.github.io/schema/notice/v2.json"
	// tree kept: true
}

// The strict reader rejects what encoding/json would let through:
// duplicate keys (every one is reported), data after the document, a
// byte-order mark, invalid UTF-8, and too large or too deep documents.
func ExampleStrict() {
	fmt.Println(schema.Strict([]byte(`{"a": 1, "b": 2, "a": 3}`), schema.Limits{}))
	fmt.Println(schema.Strict([]byte("{\"a\": 1}\n{\"a\": 2}"), schema.Limits{}))
	fmt.Println(schema.Strict([]byte(`{"a": [[[]]]}`), schema.Limits{MaxDepth: 3}))
	fmt.Println(schema.Strict([]byte(`{"a": [1, 2]}`), schema.Limits{}))
	// Output:
	// 1:18: /a: duplicate key "a" (first at line 1, column 2); expected each key once per object
	// 2:1: (document): unexpected data after the end of the document; expected only white space
	// 1:9: /a/0/0: nesting deeper than 3 levels of arrays and objects; expected at most 3
	// <nil>
}

func ExamplePosition() {
	doc := []byte("{\n  \"controller\": {\n    \"name\": \"Cyngor Sir Enghraifft\"\n  }\n}")
	fmt.Println(schema.Position(doc, "/controller/name"))
	fmt.Println(schema.Position(doc, "/controller/email"))
	// Output:
	// 3 13
	// 0 0
}

// PositionNear places a problem about a missing member at the object that
// lacks it.
func ExamplePositionNear() {
	doc := []byte("{\n  \"controller\": {\n    \"name\": \"Cyngor Sir Enghraifft\"\n  }\n}")
	fmt.Println(schema.PositionNear(doc, "/controller/email"))
	fmt.Println(schema.PositionNear(doc, "/activities/0/id"))
	fmt.Println(schema.PositionNear([]byte(""), "/controller"))
	// Output:
	// 2 17
	// 1 1
	// 0 0
}

// ValidateSchedule checks a retention schedule with the same strict reader.
func ExampleValidateSchedule() {
	err := schema.ValidateSchedule([]byte("{\"$schema\": \"https://noticekit.github.io/schema/schedule/v1.json\",\n \"rules\": ["))
	fmt.Println(err)
	// Output:
	// 2:12: /rules: unexpected end of input: the document is truncated; expected ']' to close the array opened at line 2, column 11
}

// ValidateWith takes the schema's $id and the strict reader's limits.
func ExampleValidateWith() {
	doc := []byte(`{"$schema": "https://noticekit.github.io/schema/notice/v2.json"}`)
	fmt.Println(schema.ValidateWith(schema.NoticeID, doc, schema.Limits{MaxBytes: 32}))
	fmt.Println(schema.ValidateWith("https://example.com/notice.json", doc, schema.Limits{}))
	// Output:
	// 1:33: (document): document is 64 bytes, over the limit of 32 bytes; expected at most 32 bytes
	// schema: unknown schema id "https://example.com/notice.json"; expected "https://noticekit.github.io/schema/notice/v2.json" or "https://noticekit.github.io/schema/schedule/v1.json"
}

func ExampleSource() {
	src, _ := schema.Source(schema.ScheduleID)
	var s struct {
		ID     string `json:"$id"`
		Schema string `json:"$schema"`
	}
	if err := json.Unmarshal(src, &s); err != nil {
		fmt.Println(err)
	}
	fmt.Println(s.ID)
	fmt.Println(s.Schema)
	// Output:
	// https://noticekit.github.io/schema/schedule/v1.json
	// https://json-schema.org/draft/2020-12/schema
}

// The compiled schemas can be used directly with jsonschema/v5 (decode
// with UseNumber), though Validate adds the strict reader and positions.
func ExampleNotice() {
	fmt.Println(schema.Notice().Location)
	fmt.Println(schema.Schedule().Location)
	// Output:
	// https://noticekit.github.io/schema/notice/v2.json#
	// https://noticekit.github.io/schema/schedule/v1.json#
}

// Error.Validation keeps the jsonschema/v5 tree, with its standard output
// formats, next to the flattened problems.
func ExampleError() {
	err := schema.Validate([]byte(`{"$schema": "https://noticekit.github.io/schema/notice/v2.json", "zzz": true}`))
	var e *schema.Error
	if errors.As(err, &e) {
		basic := e.Validation.BasicOutput()
		fmt.Println("valid:", basic.Valid)
		fmt.Println("problems have positions:", e.Problems[0].Line > 0)
	}
	// Output:
	// valid: false
	// problems have positions: true
}

// Schedule is the compiled schedule schema, for use with jsonschema/v5
// directly (decode with UseNumber). Its basic output names each failing
// place by JSON pointer; ValidateSchedule adds the strict reader and line
// and column.
func ExampleSchedule() {
	sch := schema.Schedule()
	fmt.Println(sch.Location)
	for _, doc := range []string{
		`{"$schema": "https://noticekit.github.io/schema/schedule/v1.json", "id": "cctv", "version": "1",
		  "rules": [{"id": "public-space", "retain": {"from": "recorded", "period": "P31D"}, "then": "destroy"}]}`,
		`{"$schema": "https://noticekit.github.io/schema/schedule/v1.json", "id": "cctv", "version": "1",
		  "rules": [{"id": "public-space", "then": "shred"}]}`,
	} {
		dec := json.NewDecoder(strings.NewReader(doc))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			fmt.Println(err)
			return
		}
		err := sch.Validate(v)
		var ve *jsonschema.ValidationError
		if !errors.As(err, &ve) {
			fmt.Println("valid:", err == nil)
			continue
		}
		for _, e := range ve.BasicOutput().Errors {
			if e.InstanceLocation != "" {
				fmt.Println(e.InstanceLocation, e.Error)
			}
		}
	}
	// Output:
	// https://noticekit.github.io/schema/schedule/v1.json#
	// valid: true
	// /rules/0 doesn't validate with '/$defs/rule'
	// /rules/0/then value must be one of "destroy", "anonymise", "transfer", "review", "keep"
	// /rules/0 if-else failed
	// /rules/0 missing properties: 'retain'
}
