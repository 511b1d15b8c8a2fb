// Package bench measures noticekit beside the engines a council engineer
// could otherwise choose for retention rules, Google's CEL (cel.dev/cel-go)
// and Open Policy Agent's Rego (github.com/open-policy-agent/opa/v1/rego),
// and measures notice checking beside a bare encoding/json decode. It is
// its own module (bench/go.mod), so the library's go.mod gains nothing and
// the library's `go test ./...` does not see it. Run everything with
// `bash bench/run`.
//
// # The rule
//
// The Maidstone body-worn-video rule of docs/retention.md, bwc-footage, as
// the bundled maidstone-parking schedule states it, with one operational
// addition of the benchmarks' own (schedules/bench-maidstone-parking.json,
// ScheduleJSON): footage is kept 60 days counted after
// capture and, when a case was opened, until the case is closed, whichever
// is later; the due date (the first day disposal is permitted) is the later
// of captured + 61 days and case_closed + 1 day. A case opened but not
// closed is awaiting-event; any hold is held; an eligible record more than
// 30 days (dispose_within P30D) past its due date is overdue. Both periods
// are whole days, so the corresponding-date rule of docs/retention.md reduces to
// adding day numbers here; the tests put dates on month ends and 29
// February all the same and check every engine against a reference written
// with time.Time calendar arithmetic.
//
// The rule is written three ways, each prepared once and as fast as its
// own documentation allows:
//
//   - noticekit: the schedule compiled once (retention.CompileJSON), each
//     record resolved once into a retention.Record (NewRecord with the
//     fact slots of a batch in one buffer, as a batch reader does), then
//     Schedule.Decide;
//   - CEL: CELRule type-checked and planned once (cel.OptOptimize), typed
//     variables (dates as int day numbers, 0 for absent; holds as
//     list(string)), each record's variables converted to CEL values once
//     and served by a switch-based interpreter.Activation, not a map;
//   - Rego: RegoModule compiled and data.bwc.decision prepared once
//     (PrepareForEval), each record's input converted once with
//     ast.InterfaceToValue and evaluated with rego.EvalParsedInput.
//
// # The comparable decision
//
// The three are compared on a Verdict: the outcome code, the due date (as
// a civil day number, 0 when the outcome has none) and overdue. noticekit's
// Decision says more (reason, missing fact, must-dispose-by, holds, the
// schedule version); the other two are written to say just this.
//
// Generated records never have a fact after the day they are decided on,
// nor a case closed before it was opened: noticekit decides those
// cannot-evaluate (fail safe), which the CEL and Rego versions do not
// model.
//
// # Benchmarks
//
//   - BenchmarkDecide: one decision per op for each engine, cycling through
//     1024 generated records (boundary days, holds, open cases), result read
//     back as a Verdict; BenchmarkDecideOutcome splits noticekit's cost by
//     outcome; BenchmarkDecideBatch is Schedule.DecideAll on 4096 records,
//     in decisions/s on one goroutine.
//   - BenchmarkNotice: notice.Parse + notice.Check on the largest bundled
//     example notice against json.Unmarshal into notice.Notice and into
//     map[string]any, with Parse, its JSON Schema pass and Check alone.
//   - BenchmarkCommand: `noticekit retention decide --json`, built from
//     ../cmd/noticekit with go build, on 100 000 and 1 000 000 generated
//     JSON Lines records on standard input, in records/s and peak resident
//     memory. It skips, saying why, while the command is not there.
//   - BenchmarkServeDecide: the same 1 000 000 records posted to
//     POST /v1/schedules/bench-maidstone-parking/decide of a `noticekit serve`
//     process on loopback (the body's length declared, as curl
//     --data-binary @file sends it) and every decision read back, then the
//     command on the same file in the same iteration (so that both see the
//     same load), reporting both records/s and the service's as a
//     percentage of the command's, which bench/run prints; and the CPU
//     time per record of each (the service's with its client's, from
//     /proc and getrusage), since on a contended machine wall time
//     depends on the share of the CPUs each process is given.
//
// Timings are never asserted in tests: the tests check only that the
// engines agree (TestSameDecision, TestWorkedExamples), that the command
// agrees with the library (TestCommandMatchesLibrary), that the service's
// decisions are byte for byte the command's (TestServeMatchesCommand) and
// that the notice benchmark reads a valid notice (TestLargestNoticeParses).
package bench
