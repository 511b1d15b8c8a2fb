// Package schema holds noticekit's JSON Schemas — the privacy notice
// (NoticeID) and the retention schedule (ScheduleID), both draft 2020-12 —
// embedded in the binary and compiled once, run on documents that the
// module's strict reader (package strict) has already passed.
//
// Validate checks a notice and ValidateSchedule a retention schedule:
//
//	if err := schema.Validate(data); err != nil {
//		var e *strict.Error
//		if errors.As(err, &e) {
//			for _, p := range e.Problems {
//				fmt.Printf("%s:%d:%d: %s: %s\n", file, p.Line, p.Column, p.Pointer, p.Message)
//			}
//		}
//	}
//
// It serves the principle "strict input, clear errors" (docs/architecture.md): a
// document is either valid or every problem in it is named with its place
// and what was expected. This package encodes no law; the notice schema's
// codes and rules come from the lawfulbasis and notice packages, and the
// law behind them is theirs to cite.
//
// # The strict reader
//
// Every document passes the module's one strict reader ([strict.Check],
// with the caller's [strict.Limits]) before a schema sees it: duplicate
// keys, invalid UTF-8, a byte-order mark, trailing data, syntax errors and
// documents over the size or depth limits are rejected there, each with
// its place. Only a document that passes is decoded (numbers kept exact
// with json.Number) and validated against the schema.
//
// The compiler asserts formats (AssertFormat, so "2026-02-30" is not a
// "date"), registers each embedded schema under its absolute $id (so no
// message carries a file path), and has a loader that refuses every URL: a
// $ref can reach only the embedded schemas, never the network or the file
// system. Package-level state of jsonschema/v5 is left untouched.
//
// # Problems and positions
//
// Every problem is a [strict.Problem]: an RFC 6901 JSON pointer ("" for
// the whole document), the 1-based line and column in the input of the
// value the pointer names (columns count characters), the keyword
// ([strict.KeywordJSON] for the strict reader, otherwise the failing JSON
// Schema keyword location such as "/properties/controller/$ref/required")
// and a lower-case message naming what was expected. Validate returns them
// all in one [*strict.Error], sorted by position.
//
// Schema errors are jsonschema/v5's *ValidationError tree; it is kept as
// the error's Err (errors.As reaches it, with its standard BasicOutput and
// DetailedOutput) and flattened into its leaf causes, made precise on the
// way:
//
//   - a missing required field gives one problem per field, at the object;
//   - an unknown field gives one problem per field, at the field, listing
//     the fields that are allowed there;
//   - an unknown code quotes it and lists the allowed codes;
//   - an invalid format quotes the value and says what the format expects;
//   - where every branch of a oneOf or anyOf fails on the value's type, the
//     branches become one problem ("expected string or object, but got
//     number"); where some branch had the right type, only that branch's
//     problems are reported.
//
// # Performance
//
// The strict reader costs about a tenth of a json.Unmarshal (see package
// strict). Validate on examples/staffordshire-police.json (59 KB) takes
// about 2 ms, most of it jsonschema/v5's own validation and json.Decoder's
// decoding (BenchmarkValidate).
//
// # Versions
//
// Each schema's $id is absolute and ends in its major version
// (".../notice/v2.json"; version 1 is kept as NoticeV1ID); Source returns its embedded text. A document
// names the schema it was written for in its "$schema" member, which the
// notice schema requires to be NoticeID, so a stored notice can always be
// validated against the schema it was written for. A backwards-compatible
// change (a new optional field) keeps the $id; an incompatible one gets a
// new $id (v2) and a new embedded file, next to v1, and the v1 constants
// keep their meaning.
package schema
