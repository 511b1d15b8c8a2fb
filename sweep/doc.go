// Package sweep is the retention sweep as a library: it streams records
// from JSON Lines or CSV into [retention.Record]s, decides each under one
// schedule on one day, writes the decisions (JSON Lines, CSV or aligned
// text) in input order, and keeps a [Manifest] of the run that a records
// manager can file as the disposal log. The command's `retention decide`
// and the HTTP service's decide endpoint are both this package.
//
// # Running a sweep
//
// [New] takes the compiled schedule, the schedule document's bytes (the
// manifest records their SHA-256) and [Options]; [Sweep.Run] streams one
// input to a writer:
//
//	sw, err := sweep.New(sched, src, sweep.Options{Today: day})
//	err = sw.Run(ctx, "records.jsonl", f, w)
//	m := sw.Manifest() // json.Marshal it into the disposal log
//
// Run takes a context and stops within one batch when it is cancelled;
// it writes each batch of decisions as soon as it is decided and then
// calls Options.Flush, so an HTTP handler can stream a request body to its
// response (set Flush to the response controller's Flush) and a slow
// client sees each decision while it is still sending. It never holds the
// whole input.
//
// # Records
//
// JSON Lines: one object per line with exactly the keys id and rule
// (non-empty strings, required), facts (an object of fact name to a date
// YYYY-MM-DD, an RFC 3339 timestamp, or null) and holds (an array of
// non-empty strings). A fact that is null has not happened; a fact left
// out is unknown, and a record whose rule uses it is cannot-evaluate
// (fact-unknown) naming it: an unknown fact is never a reason to dispose
// (docs/retention.md). Any other key, a repeated key or fact, a value of
// another type, invalid UTF-8, or anything after the object makes the line
// malformed.
//
// CSV (RFC 4180, read with encoding/csv): a header id,rule,holds and one
// column per fact, then one row per line with as many fields as the header
// (holds separated by ';'). An empty cell (nothing between the commas) is a
// fact that has not happened. A quoted empty cell ("") is not empty: it is
// an empty string (PostgreSQL's COPY … CSV writes an empty text value as
// "" and NULL as nothing), and in a fact column it is malformed-fact, as
// JSON "" is. A cell holding only ? says the row does not know the fact:
// it is unknown, as a missing column is for every row, and a row whose rule
// uses it is cannot-evaluate (fact-unknown); AbsentMeansNotHappened does
// not change that. An extract whose source records a fact for some rows
// only writes ? in the others, never an empty cell: an empty cell asserts
// that the event has not happened.
// A fact of the schedule that has no column is unknown in every row: it is
// reported once, before any row is decided, to Options.Warn and in the
// manifest (MissingFacts), and each row whose rule uses it is
// cannot-evaluate. A
// quoted field may not span lines: each line is one record, so that a
// stray quote costs one decision, not the rest of the file.
//
// Options.AbsentMeansNotHappened is the caller's explicit opt-in to read
// left-out keys and missing columns as "has not happened" instead, for
// extracts that leave out events that have not happened. It is weaker (a
// fact dropped by mistake can then make a record eligible too early) and
// the manifest records that it was set.
//
// [Auto] picks CSV for an input named *.csv or whose first line starts
// with "id,", and JSON Lines otherwise. A UTF-8 byte-order mark before the
// first line and CR before a line's LF are ignored.
//
// # Decisions
//
// Every record line gets exactly one decision, in input order. A line that
// cannot be read (bad JSON or CSV, an unknown key, a wrong type, an empty
// line, a line longer than Limits.MaxLine) is never skipped: it is a
// cannot-evaluate decision with reason malformed-record whose detail is a
// [strict.Problem] naming the input, line and column (in characters), the
// JSON pointer of the place and what was expected, with the id when one
// could be read:
//
//	records.jsonl:12:46: /colour: unknown key "colour"; expected id, rule, facts or holds
//
// The detail of every other cannot-evaluate decision is placed the same
// way (records.jsonl:5:65: /facts/captured: "2026-02-30" is not a date; …).
// Decisions are written as [retention.Decision.AppendJSON] writes them
// ([JSONLines]), as CSV rows under [CSVHeader] ([CSV]), or as aligned text
// ([Text]).
//
// # Manifest
//
// The [Manifest] names the schedule (id, version, SHA-256 of its
// document), the day, each input (name, format, lines read, decisions
// written, facts missing from a CSV header, and why reading stopped if it
// did), the count of each outcome ([Counts]), and the start and end of
// the run. `noticekit retention decide --manifest FILE` writes it.
//
// # Speed and memory
//
// Lines are read into batches of up to 2 048 lines (or 256 KB); while an
// input fits in one batch, or Workers is 1, batches are decided on the
// calling goroutine. A larger input is decided by Workers goroutines
// (default GOMAXPROCS) while the calling goroutine reads the next batches
// and a writer emits decided batches in the order they were read, so the
// output is byte for byte the same as with one goroutine. Batches come
// from a fixed pool of 2×Workers+2, so memory is bounded by the pool and
// the line limit, whatever the input's size (TestMemoryBounded streams
// 200 MB and samples a flat live heap of about 2 MB).
//
// The record reader is the scanners under strict.Check (internal/jsonscan)
// applied to the one record shape (no general JSON decoding; strings are views of the line,
// unescaped only when they have escapes); CSV rows go through
// encoding/csv with ReuseRecord, one line at a time. Reading, deciding and
// writing a JSON Lines record allocates nothing; a CSV row allocates the
// one string encoding/csv makes of it.
//
// BenchmarkSweep measures 1 048 576 generated records through Run, and
// BenchmarkDecide one goroutine's work on a batch in memory; both report
// CPU time per record beside the wall clock, because the project's machine
// (2 CPUs) is shared and was under heavy load (load average 11 to 22) when
// they were run. Through the library, a JSON Lines record cost about 520
// ns of CPU with one goroutine and 510 to 620 ns with both cores (the
// difference is the hand-off between goroutines); a CSV row about 630 and
// 660 to 730 ns. On two otherwise idle CPUs that is about 3.2 to 3.9 M
// JSON Lines records/s and 2.7 to 3 M CSV rows/s; on the loaded machine the
// wall clock gave 0.24 to 1.6 M records/s, varying with the load.
package sweep
