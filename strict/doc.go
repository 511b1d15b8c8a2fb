// Package strict is noticekit's one strict JSON reader and its one located
// [Problem]. It is the lowest layer of the module and imports only the
// standard library: the schema package runs it before any schema sees a
// document, the retention package before it reads a schedule, and the
// sweep package reads record lines with the scanners under it.
//
// # Checking a document
//
// encoding/json, and so any validator fed by it, lets through things a
// published notice or schedule must not contain: it keeps the last of two
// duplicate keys, replaces invalid UTF-8 with U+FFFD, and reads any size or
// depth it is given. [Check] rejects, in one pass:
//
//   - an empty document (or only white space);
//   - a leading UTF-8 byte-order mark;
//   - invalid UTF-8 anywhere, inside strings included, with the byte's
//     offset, line and column;
//   - a document over [Limits].MaxBytes (default [DefaultMaxBytes], 4 MiB),
//     checked before anything else is read;
//   - nesting of arrays and objects deeper than [Limits].MaxDepth (default
//     [DefaultMaxDepth], 64), counted as the reader goes, so that a
//     100 000-deep "[[[[…" stops at the limit with a few kilobytes of
//     memory;
//   - a key that appears twice in one object, compared unescaped as
//     encoding/json decodes it ("a" and "\u0061" are the same key; every
//     duplicate is reported, with where the first one was);
//   - anything but white space after the document;
//   - syntax errors (RFC 8259: number grammar, string escapes, literals)
//     and truncated input, named in encoding/json's words; an unexpected
//     non-ASCII character is quoted whole.
//
// Apart from duplicate keys, the first of these problems stops the reading
// and is the only one reported.
//
// # Limits
//
// One [Limits] type bounds every reader of the module: MaxBytes for a whole
// document (a notice, a schedule: 4 MiB by default, where the largest
// bundled notice is about 60 KB), MaxLine for one line of a record stream
// (1 MiB by default, [DefaultMaxLine]; a record is a few hundred bytes, and
// a longer line is reported without being held), and MaxDepth for nesting.
// Zero fields mean the defaults; [Limits.WithDefaults] spells them out.
//
// # Problems and positions
//
// The schema, notice and sweep packages and the command report every
// problem as a [Problem]: the input's
// name, the 1-based line and column, an RFC 6901 JSON pointer ("" for the
// whole document or record), the check that found it (Keyword:
// [KeywordJSON] for this reader) and a lower-case message naming what was
// expected. A parser returns all of its problems in one [*Error], which
// callers get with errors.As; its Err keeps any underlying error (the
// schema package puts the jsonschema/v5 tree there).
//
// Columns count characters (Unicode code points), never bytes, everywhere
// in the module: "ŵ" is one column. [LineCol] converts a byte offset;
// [Position] finds where the value a pointer names starts, [PositionNear]
// the nearest enclosing value that exists, and [Locate] places a whole
// list of problems found by pointer in one walk, sorted by position.
//
// # Scanning records
//
// A reader of a fixed record shape, such as one JSON Lines record per
// line, does not need a general walk: it reads a key, then its value, with
// the same scanners [Check] uses. Those scanners are internal to the
// module: package sweep reads record lines with them and reports what they
// find as a [Problem] placed with [LineCol]. A caller reading its own
// records uses package sweep, or [Check] on each line.
//
// # Performance
//
// The reader is a hand-written single pass: it checks the grammar, the
// UTF-8 (utf8.Valid on each string holding non-ASCII bytes) and the depth
// as it goes, and compares object keys where they lie in the input,
// unescaping only keys that have escapes. Keys are searched one by one in
// objects of up to 16 keys and indexed by a randomly seeded hash in larger
// ones. It allocates once for a notice-sized document; problem positions
// are computed only when there are problems, all in one forward pass.
// FuzzStrictVsStdlib checks it against a reference built on encoding/json.
//
// Measured with go test -bench (amd64, 2 shared CPUs under load, so times
// are approximate; bytes and allocations are exact), on a 30 KB
// notice-like document: [Check] about 70 µs, 2 688 B and 1 allocation;
// json.Unmarshal into any about 400 µs and 4 938 allocations
// (BenchmarkCheck, BenchmarkUnmarshalAny).
package strict
