package retention

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/noticekit/noticekit/strict"
)

// MaxScheduleBytes bounds the size of a schedule document: the module's one
// document limit, strict.DefaultMaxBytes.
const MaxScheduleBytes = strict.DefaultMaxBytes

// KeywordRetention is the strict.Problem Keyword of the problems this
// package finds in a schedule's meaning (Compile) and in its decoding
// (ParseSchedule); the strict reader's own problems carry
// strict.KeywordJSON.
const KeywordRetention = "retention"

// ParseSchedule reads a schedule document with the module's one strict
// reader (strict.Check: no duplicate keys, no invalid UTF-8, no trailing
// data, bounded size and depth) and decodes it into a Definition, refusing
// unknown fields and values of the wrong JSON type. It checks no meaning:
// that is Compile's. Its error is a *strict.Error whose problems are
// located by line, column (in characters) and JSON pointer.
//
// To load a schedule from bytes, use schema.LoadSchedule: the one loader
// (strict reader, the JSON Schema with every shape mistake at once, decode,
// Compile), which every noticekit command and the service use.
// ParseSchedule is the decoding step alone, for a program that has only
// this package: it stops at the first shape mistake and checks no meaning.
// A version 1 document (SchemaV1ID) is decoded too; Compile says what to add.
func ParseSchedule(data []byte) (*Definition, error) {
	if err := strict.Check(data, strict.Limits{MaxBytes: MaxScheduleBytes}); err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var def Definition
	if err := dec.Decode(&def); err != nil {
		return nil, decodeError(data, dec, err)
	}
	return &def, nil
}

// decodeError turns a decoding error into a located problem.
func decodeError(data []byte, dec *json.Decoder, err error) error {
	p := strict.Problem{Keyword: KeywordRetention, Message: err.Error()}
	off := dec.InputOffset()
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &te):
		off = te.Offset
		if te.Field != "" {
			p.Pointer = "/" + strings.ReplaceAll(te.Field, ".", "/")
		}
		p.Message = fmt.Sprintf("%s: want %s", describeJSON(te.Value), describeGo(te.Type))
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		p.Message = "unknown field " + strings.TrimPrefix(err.Error(), "json: unknown field ") +
			": want only the members of a version 2 schedule (schema/schedule.schema.json)"
	}
	// The offset is just after the offending value or key; place the
	// problem at the start of that line's token.
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	p.Line, p.Column = strict.LineCol(data, int(max(off-1, 0)))
	return &strict.Error{Problems: []strict.Problem{p}, Err: err}
}

// describeJSON names a JSON value kind as encoding/json reports it.
func describeJSON(v string) string {
	switch v {
	case "object", "array":
		return "an " + v
	case "string", "number":
		return "a " + v
	case "bool":
		return "a boolean"
	}
	return v
}

// describeGo names what a Definition field expects.
func describeGo(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Slice:
		return "an array"
	case reflect.Struct, reflect.Pointer:
		return "an object"
	}
	return t.String()
}
