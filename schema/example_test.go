package schema_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/noticekit/noticekit/schema"
	"github.com/noticekit/noticekit/strict"
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
	var e *strict.Error
	if errors.As(err, &e) {
		for _, p := range e.Problems {
			if p.Pointer == "/$schema" {
				fmt.Println(p)
			}
		}
	}
	var tree *jsonschema.ValidationError
	fmt.Println("tree kept:", errors.As(err, &tree))
	// Output:
	// 2:14: /$schema: expected "https://noticekit.github.io/schema/notice/v2.json"
	// tree kept: true
}

// ValidateSchedule checks a retention schedule with the same strict reader.
func ExampleValidateSchedule() {
	err := schema.ValidateSchedule([]byte("{\"$schema\": \"https://noticekit.github.io/schema/schedule/v2.json\",\n \"rules\": ["))
	fmt.Println(err)
	// Output:
	// 2:12: /rules: unexpected end of input: the document is truncated; expected ']' to close the array opened at line 2, column 11
}

// ValidateWith takes the schema's $id and the strict reader's limits.
func ExampleValidateWith() {
	doc := []byte(`{"$schema": "https://noticekit.github.io/schema/notice/v2.json"}`)
	fmt.Println(schema.ValidateWith(schema.NoticeID, doc, strict.Limits{MaxBytes: 32}))
	fmt.Println(schema.ValidateWith("https://example.com/notice.json", doc, strict.Limits{}))
	// Output:
	// 1:33: document is 64 bytes, over the limit of 32 bytes; expected at most 32 bytes
	// schema: unknown schema id "https://example.com/notice.json"; expected "https://noticekit.github.io/schema/notice/v2.json" or "https://noticekit.github.io/schema/schedule/v2.json"
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
	// https://noticekit.github.io/schema/schedule/v2.json
	// https://json-schema.org/draft/2020-12/schema
}

// The compiled schemas can be used directly with jsonschema/v5 (decode
// with UseNumber), though Validate adds the strict reader and positions.
func ExampleNotice() {
	fmt.Println(schema.Notice().Location)
	fmt.Println(schema.Schedule().Location)
	// Output:
	// https://noticekit.github.io/schema/notice/v2.json#
	// https://noticekit.github.io/schema/schedule/v2.json#
}

// The error of a schema failure is a *strict.Error whose Err is the
// jsonschema/v5 tree, with its standard output formats, next to the
// flattened problems: errors.As finds both.
func ExampleValidate_tree() {
	err := schema.Validate([]byte(`{"$schema": "https://noticekit.github.io/schema/notice/v2.json", "zzz": true}`))
	var e *strict.Error
	var tree *jsonschema.ValidationError
	if errors.As(err, &e) && errors.As(err, &tree) {
		fmt.Println("valid:", tree.BasicOutput().Valid)
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
		`{"$schema": "https://noticekit.github.io/schema/schedule/v2.json", "id": "cctv", "version": "1", "facts": [{"name": "recorded", "meaning": "the day recorded"}],
		  "rules": [{"id": "public-space", "retain": {"from": "recorded", "period": "P31D"}, "then": "destroy"}]}`,
		`{"$schema": "https://noticekit.github.io/schema/schedule/v2.json", "id": "cctv", "version": "1", "facts": [{"name": "recorded", "meaning": "the day recorded"}],
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
	// https://noticekit.github.io/schema/schedule/v2.json#
	// valid: true
	// /rules/0 doesn't validate with '/$defs/rule'
	// /rules/0/then value must be one of "destroy", "anonymise", "transfer", "review", "keep"
	// /rules/0 if-else failed
	// /rules/0 missing properties: 'retain'
}

// LoadSchedule is the one loader of a schedule: the strict reader, the
// schema and retention.Compile, so a rule that uses an undeclared fact is
// refused with its place.
func ExampleLoadSchedule() {
	doc := []byte(`{
  "$schema": "https://noticekit.github.io/schema/schedule/v2.json",
  "id": "demo",
  "version": "1",
  "facts": [{"name": "created", "meaning": "the day the record was made"}],
  "rules": [{"id": "r", "retain": {"from": "made", "period": "P1Y"}, "then": "destroy"}]
}`)
	_, _, err := schema.LoadSchedule(doc)
	fmt.Println(err)
	// Output:
	// 6:44: /rules/0/retain/from: undeclared fact "made": declare it in /facts with its meaning, or correct the name (declared: created)
}
