// Package schema holds noticekit's JSON Schemas — the privacy notice
// (NoticeID) and the retention schedule (ScheduleID), both draft 2020-12 —
// embedded in the binary and compiled once, and the strict reader that
// every document passes before a schema sees it.
//
// Validate checks a notice and ValidateSchedule a retention schedule:
//
//	if err := schema.Validate(data); err != nil {
//		var e *schema.Error
//		if errors.As(err, &e) {
//			for _, p := range e.Problems {
//				fmt.Printf("%s:%d:%d: %s: %s\n", file, p.Line, p.Column, p.Pointer, p.Message)
//			}
//		}
//	}
//
// It serves DESIGN.md principle 5, "strict input, clear errors": a
// document is either valid or every problem in it is named with its place
// and what was expected. This package encodes no law; the notice schema's
// codes and rules come from the lawfulbasis and notice packages, and the
// law behind them is theirs to cite.
//
// # The strict reader
//
// encoding/json, and so any schema validator fed by it, lets through
// things a published notice must not contain: it keeps the last of two
// duplicate keys, replaces invalid UTF-8 with U+FFFD, and reads any size or
// depth it is given. Strict, which Validate runs first, rejects:
//
//   - an empty document (or only white space);
//   - a leading UTF-8 byte-order mark;
//   - invalid UTF-8 anywhere, inside strings included, with the byte's
//     offset, line and column;
//   - a document over Limits.MaxBytes (default 4 MiB), checked before
//     anything else is read;
//   - nesting of arrays and objects deeper than Limits.MaxDepth (default
//     64), counted token by token with a json.Decoder so that a
//     100 000-deep "[[[[…" stops at the limit with a few kilobytes of memory;
//   - a key that appears twice in one object (every duplicate is reported,
//     with where the first one was);
//   - anything but white space after the document;
//   - syntax errors and truncated input.
//
// Apart from duplicate keys, the first of these problems stops the reading
// and is the only one reported. Only a document that passes is decoded
// (numbers kept exact with json.Number) and validated against the schema.
//
// The compiler asserts formats (AssertFormat, so "2026-02-30" is not a
// "date"), registers each embedded schema under its absolute $id (so no
// message carries a file path), and has a loader that refuses every URL: a
// $ref can reach only the embedded schemas, never the network or the file
// system. Package-level state of jsonschema/v5 is left untouched.
//
// # Problems and positions
//
// Every problem is a Problem: an RFC 6901 JSON pointer ("" for the whole
// document), the 1-based line and column in the input of the value the
// pointer names (columns count characters), the keyword ("json" for the
// strict reader, otherwise the failing JSON Schema keyword location such as
// "/properties/controller/$ref/required") and a lower-case message naming
// what was expected. Problems are sorted by position; Error.Error prints
// one per line as "line:col: pointer: message".
//
// Schema errors are jsonschema/v5's *ValidationError tree; it is kept in
// Error.Validation (with its standard BasicOutput and DetailedOutput) and
// flattened into its leaf causes, made precise on the way:
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
// Position finds the line and column of any pointer in a JSON text on its
// own, for callers that report their own problems.
//
// # Versions
//
// Each schema's $id is absolute and ends in its major version
// (".../notice/v1.json"); Source returns its embedded text. A document
// names the schema it was written for in its "$schema" member, which the
// notice schema requires to be NoticeID, so a stored notice can always be
// validated against the schema it was written for. A backwards-compatible
// change (a new optional field) keeps the $id; an incompatible one gets a
// new $id (v2) and a new embedded file, next to v1, and the v1 constants
// keep their meaning.
package schema
