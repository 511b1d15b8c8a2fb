// Package retention decides, for a record and a day, whether the record may
// be disposed of under a retention schedule, and if not, why and when.
//
// It serves storage limitation: personal data is kept no longer than
// necessary, with periodic review (DPA 2018 s39 for law-enforcement
// processing under Part 3), and a notice states the retention period or
// its criteria (UK GDPR Art 13; DPA 2018 s44(2)). A hold such as
// subject-access-request matters because erasing data to prevent its
// disclosure after a request is an offence (DPA 2018 s173). The contract
// this package implements is docs/retention.md, whose worked examples are
// tests here; this package imports only civil (and the shared code
// machinery in internal/enum).
//
// # Schedules
//
// A schedule is a JSON document with a "$schema" (SchemaID), an id, a
// version, its declared facts, rules and moratoria:
//
//	{"$schema": "https://noticekit.github.io/schema/schedule/v2.json",
//	 "id": "maidstone-parking", "version": "2024-1",
//	 "facts": [
//	   {"name": "captured", "meaning": "the day the footage was recorded"},
//	   {"name": "case_opened", "meaning": "the day a case about it was opened"},
//	   {"name": "case_closed", "meaning": "the day that case was closed",
//	    "requires": ["case_opened"], "not_before": ["case_opened"]}],
//	 "rules": [
//	   {"id": "bwc-footage",
//	    "retain": {"later_of": [{"from": "captured", "period": "P60D"},
//	                            {"from": "case_closed", "when": "case_opened"}]},
//	    "then": "destroy"}]}
//
// A schedule document is loaded with schema.LoadSchedule, the one loader:
// the strict reader, the JSON Schema (every shape mistake at once), one
// decode and [Compile]. The shape of a schedule is stated once, in that
// schema (schema/schedule.schema.json). This package may not import the
// schema package (the schema package is above it, since LoadSchedule
// compiles), so Compile cannot run the schema on a Go-built [Definition];
// instead the patterns and limits it checks ids, versions, fact names and
// texts with are generated from the schema file (go generate: shape_gen.go),
// and a test fails when they differ from what the generator writes.
// Compile's words for those mistakes are the ones LoadSchedule shows for a
// file too, in place of the schema's raw pattern. [ParseSchedule] reads the document
// with the module's one strict reader (package strict: duplicate keys,
// invalid UTF-8, trailing data, size) and decodes it into a [Definition];
// [Compile] checks its meaning (declared facts, references, periods,
// limits) and returns an immutable [*Schedule], reporting every problem at
// once in a *strict.Error, each a strict.Problem with its JSON pointer
// ([KeywordRetention]; [CompileJSON] adds the line and column). A
// version 1 document ([SchemaV1ID]) is read but not compiled: it declares no
// facts, and facts cannot be invented, so Compile refuses it with one
// problem listing the facts to declare (and the review cycles to add).
//
// # Facts
//
// The facts declaration ([FactDef], [Schedule.Facts]) is the schedule's data
// contract: every fact a rule names is declared, with a one-line meaning,
// and Compile rejects a rule naming an undeclared fact, so a misspelling is
// caught when the schedule is loaded, not per record. A declaration may
// constrain a fact: requires (a case is closed only if it was opened) and
// not_before (a case is not closed before it was opened). These are the
// only checks between facts; no order is implied by the clauses.
//
// A record gives each fact its rule names in one of three states:
//
//   - a date: the event happened on that day (YYYY-MM-DD, or an RFC 3339
//     timestamp read as its date in London: 2026-05-31T23:30:00Z is
//     1 June; [civil.ParseTimestamp] states the grammar);
//   - not happened: JSON null, an empty CSV cell (a quoted "" is an empty
//     string, malformed), [Schedule.SetFactNotHappened];
//   - unknown: the record does not give it (a key left out, a CSV column
//     missing, a CSV cell ?). A fact never set is unknown; so is one
//     cleared because its facts buffer was reused ([Schedule.ResolveInto])
//     while the Record was in use: Decide then answers cannot-evaluate,
//     never eligible.
//
// An unknown fact is never a reason to dispose: a record whose rule names
// an unknown fact is cannot-evaluate with reason fact-unknown, and Detail
// names the fact. [Schedule.SetAbsentNotHappened] is the caller's explicit opt-in to
// read facts left out as not happened; it is weaker (a dropped column then
// switches a "when" clause off) and is never the default.
//
// # Rules
//
// A rule's "retain" clause is a leaf — from (a fact), cutoff (month,
// calendar-year, financial-year, tax-year, academic-year), period (a
// Period, ISO 8601 PnYnMnWnD), counting (after or beginning-with), when (a
// fact whose having happened makes the leaf apply) — or a combinator,
// later_of or earlier_of, of up to MaxClauses clauses, nested up to
// MaxDepth. Periods add years and months together by the corresponding-date
// rule (31 Jan + P1M = 28 Feb; civil.Date.AddMonths), then weeks and days
// (Period.AddTo). With counting after (the default; Dodds v Walker [1981]
// UKHL) the due date, the first day disposal is permitted, is anchor +
// period + 1 day; with beginning-with (PACE 1984 s63F(6): "3 years
// beginning with the date taken") it is anchor + period.
//
// A leaf whose "when" fact has not happened does not apply; one whose
// "from" fact has not happened is awaiting that event. later_of is due when
// every applicable clause is due (awaiting if any is awaiting); earlier_of
// when the first applicable clause is due.
//
// # Review cycles
//
// A rule with then review states its review cycle in review_every: its
// period, and optionally from, a fact. With from, reviews fall due every
// period from the later of that fact and the latest review (ReviewedFact)
// while the record is retained; with then review, a review recorded on or
// after the retention due date starts the next cycle of the same period.
// The cycle is never borrowed from the retention period (a 100-year retain
// clause is not a 100-year review cycle). If from has not happened (null),
// the cycle runs from the latest review alone; if the record has never
// been reviewed either, the cycle cannot start, and the record is
// awaiting-event (missing-fact) naming from, never eligible or not-yet:
// a review cycle is never silently dropped. Every decision of a rule with a
// cycle carries NextReview: the day the next review falls due or, if a
// review is pending, the day it fell due. A review-due decision's Due is
// that same day, the earliest pending review (so Due and NextReview
// agree); its reason says whether the retention period has ended
// (review-at-end) or only a periodic review is pending (review-cycle-due).
//
// # Decisions
//
// [Schedule.Decide] returns a [Decision]: the rule, the schedule version, the
// outcome ([Outcome]), a [Reason] code and, as they apply, the due date, the next review,
// the action, the must-dispose-by date and the overdue flag, the holds, the
// fact awaited, and a detail naming a fact at fault. Outcomes, in order of
// precedence:
//
//	cannot-evaluate  unknown rule; a fact unknown, malformed, in the future or against a declared constraint
//	held             a record hold, or a moratorium covering the rule today
//	permanent        then keep
//	review-due       a review of the rule's cycle, or its review at the end, has fallen due
//	awaiting-event   an event a clause or the review cycle runs from has not happened
//	not-yet          today < due
//	eligible         today ≥ due and then is destroy, anonymise or transfer
//
// Precedence changed in schedule version 2: review-due now comes before
// awaiting-event, so a periodic review that has fallen due is reported
// whatever else is pending (a record awaiting a date of birth whose
// 10-yearly review is overdue says review-due). An eligible record is
// reported as eligible even if a periodic review is also due: disposal is
// permitted.
//
// [Schedule.DecideAll] decides a slice into the caller's slice; [Decision.AppendJSON]
// (and MarshalJSON, which is the same) writes the JSON Lines object of
// `noticekit retention decide`.
//
// # Fail-safe choices
//
// Where the sources are silent, this package chooses what can only make
// disposal later, never earlier:
//
//   - A fact that is given must be a date or null: "", a timestamp that
//     does not parse, or a date that does not exist (2026-02-30) is
//     cannot-evaluate (malformed-fact).
//   - A fact name the schedule does not declare is cannot-evaluate
//     (undeclared-fact): a misspelt "when" fact would otherwise switch a
//     clause off. A declared fact other rules use is ignored.
//   - Any malformed fact in a record makes it cannot-evaluate, even one
//     its rule does not use. When several facts are at fault, the first by
//     name is reported, so the result never depends on map order.
//   - A fact the record's rule uses that is after today is cannot-evaluate
//     (fact-in-future): facts are events that have happened.
//   - A fact that has happened while one it requires has not is
//     cannot-evaluate (prerequisite-not-happened); one before a fact it is
//     declared not_before is cannot-evaluate (facts-out-of-order).
//   - cannot-evaluate takes precedence over held, so a held record with a
//     bad fact reports the bad fact; it is never eligible either way.
//   - A record that carries a hold and is also under a moratorium reports
//     the record's holds.
//   - A review recorded before the due date does not start a new cycle
//     after it: the review at the due date is still due.
//   - A due date after 9999-12-31 is not-yet with reason due-beyond-range
//     and no due date; a must-dispose-by date after 9999-12-31 is left
//     out and the record is never overdue.
//   - A zero today, a nil schedule or record, or a Record resolved against
//     another *Schedule (such as another version) is cannot-evaluate.
//   - Periods longer than MaxPeriodYears, and schedules beyond the limits
//     (MaxRules, MaxFacts, MaxDepth, MaxClauses, MaxMoratoria,
//     MaxScheduleBytes) are rejected, so no input makes the package use
//     unbounded memory or overflow.
//
// # Law
//
// The package encodes no retention period of its own: periods come from
// the schedule, with their citations. The counting conventions it
// implements are the corresponding-date rule and the exclusion of the
// anchor day (Dodds v Walker [1981] UKHL) and "beginning with" (PACE 1984
// s63F(6), inserted by PoFA 2012 s3). Reg 1182/71 Art 3, which states the
// same corresponding-date rule for EU-derived periods, is UNVERIFIED in
// docs/law.md and is not relied on. The birthday of a person born on
// 29 February is computed by the same clamp (28 February in a common
// year); the Scottish rule (Age of Legal Capacity (Scotland) Act 1991 s6,
// reportedly 1 March) is unverified and is not encoded.
//
// # SQL
//
// [Schedule.SQL] compiles the schedule into one query, for PostgreSQL or
// DuckDB ([Dialect]), that decides every row of the caller's records table
// as Decide decides a Record: a SELECT whose parameter $1 is today, or a
// CREATE VIEW deciding on today's date in London. [SQLOptions] names the
// table and its columns: a DATE or text column per fact, where NULL is
// "has not happened", a fact with no column (or whose row's known column
// is not TRUE) is unknown, and text that is neither a date nor an RFC 3339
// timestamp is malformed. Its columns are [SQLColumns]. No record value is
// ever SQL text (today is a parameter); the caller's names are quoted
// identifiers, and the schedule's own ids and fact names, checked by
// Compile, are string literals written by one function. The integration module proves the SQL equal to
// Decide on both engines; docs/retention.md § SQL has the contract.
//
// # Performance
//
// Decide does no allocation and no lookup by name: rules are indexes,
// facts are slots, dates are int32 day numbers, moratoria are compiled into
// each rule as day ranges, and a leaf or a combinator of leaves is
// evaluated without recursion; months are added by civil's table of month
// starts. testing.AllocsPerRun is 0 for Decide, DecideAll and AppendJSON
// (TestAllocs). Measured with go test -bench Decide -count 3 on the
// development machine (2 vCPUs shared with other work, Go 1.26):
//
//	BenchmarkDecide     body-worn video rule (later_of, dispose_within, three facts)  see the README
//	BenchmarkDecideAll  1024 records over the five rules of testdata/maidstone.json
//	BenchmarkAppendJSON one eligible decision as a JSON line
package retention
