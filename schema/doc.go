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
//     64), counted as the reader goes, so that a 100 000-deep "[[[[…" stops
//     at the limit with a few kilobytes of memory;
//   - a key that appears twice in one object, compared unescaped as
//     encoding/json decodes it ("a" and "\u0061" are the same key; every
//     duplicate is reported, with where the first one was);
//   - anything but white space after the document;
//   - syntax errors (RFC 8259: number grammar, string escapes, literals)
//     and truncated input, named in encoding/json's words; an unexpected
//     non-ASCII character is quoted whole.
//
// Apart from duplicate keys, the first of these problems in the input
// stops the reading and is the only one reported (so invalid UTF-8 in a
// string is reported before a later error in the same string). Only a
// document that passes is decoded (numbers kept exact with json.Number)
// and validated against the schema.
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
// # Performance
//
// The strict reader is a hand-written single pass over the input: it
// checks the grammar, the UTF-8 (utf8.Valid on each string holding
// non-ASCII bytes) and the depth as it goes, and compares object keys
// where they lie in the input, unescaping only keys that have escapes.
// Keys are searched one by one in objects of up to 16 keys, and indexed by
// a randomly seeded hash in larger ones. It allocates once for a
// notice-sized document; problem positions are computed only when there
// are problems, all in one forward pass. A document that passes is then
// decoded by json.Decoder with UseNumber (numbers kept exact for
// jsonschema); FuzzStrictVsStdlib checks the reader against encoding/json.
//
// Measured with go test -bench -count 5 (amd64, 2 shared CPUs under load,
// so times are medians and approximate; bytes and allocations are exact),
// before and after the hand-written reader replaced a json.Decoder.Token
// pass:
//
//	                            ns/op        B/op     allocs/op
//	                        (median)
//	BenchmarkStrict (30 KB notice-like document)
//	  before                2 630 000     554 178        26 736
//	  after                   ≈70 000       2 688             1
//
// Validate on examples/staffordshire-police.json (59 KB) took about 7.4 ms
// before; with the hand-written reader most of its time is jsonschema/v5's
// own validation and json.Decoder's decoding (see BenchmarkValidate).
//
// For comparison, json.Unmarshal of the 30 KB document into any
// (BenchmarkUnmarshalAny) takes about 420 000 ns and 4 938 allocations, so
// the strict reader costs about a tenth of an Unmarshal.
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
