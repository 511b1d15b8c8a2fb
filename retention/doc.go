// Package retention decides, for a record and a day, whether the record may
// be disposed of under a retention schedule, and if not, why and when.
//
// It serves storage limitation: personal data is kept no longer than
// necessary, with periodic review (DPA 2018 s39 for law-enforcement
// processing under Part 3), and a notice states the retention period or
// its criteria (UK GDPR Art 13; DPA 2018 s44(2)). A hold such as
// subject-access-request matters because erasing data to prevent its
// disclosure after a request is an offence (DPA 2018 s173). The semantics
// are RETENTION.md's; this package imports only civil (and the shared code
// machinery in internal/enum).
//
// # Schedules
//
// A schedule is a JSON document with a "$schema" (SchemaID), an id, a
// version, rules and moratoria:
//
//	{"$schema": "https://noticekit.github.io/schema/schedule/v1.json",
//	 "id": "maidstone-parking", "version": "2024-1",
//	 "rules": [
//	   {"id": "bwc-footage",
//	    "retain": {"later_of": [{"from": "captured", "period": "P60D"},
//	                            {"from": "case_closed", "when": "case_opened"}]},
//	    "then": "destroy", "dispose_within": "P30D"},
//	   {"id": "council-tax-base", "then": "keep"}],
//	 "moratoria": [{"id": "iicsa", "rules": ["pupil-file"], "until": "2023-01-20"}]}
//
// ParseSchedule reads the document strictly into a Definition (unknown
// fields, duplicate keys, wrong types and trailing data are errors, each
// with its JSON pointer); Compile checks its meaning and returns an
// immutable *Schedule, reporting every problem at once as Problems. The
// command line also validates the document against
// schema/schedule.schema.json; this package does not depend on it.
//
// A rule's "retain" clause is a leaf — from (a fact), cutoff (month,
// calendar-year, financial-year, tax-year, academic-year), period (a
// Period, ISO 8601 PnYnMnWnD), counting (after or beginning-with), when (a
// fact that must be present for the leaf to apply) — or a combinator,
// later_of or earlier_of, of up to MaxClauses clauses, nested up to
// MaxDepth. Periods add years and months together by the corresponding-date
// rule (31 Jan + P1M = 28 Feb), then weeks and days (Period.AddTo). With
// counting after (the default; Dodds v Walker [1981] UKHL) the due date,
// the first day disposal is permitted, is anchor + period + 1 day; with
// beginning-with (PACE 1984 s63F(6): "3 years beginning with the date
// taken") it is anchor + period.
//
// A clause that is optional is written with its own fact as "when":
// {"from": "date_of_birth", "period": "P21Y", "when": "date_of_birth"}
// applies only to records that have a date_of_birth (the accident-book
// "or age 21 if a child" case inside a later_of).
//
// # Records
//
// A record names its rule, its facts (dates) and its holds (Input). Records
// are resolved once, when a batch is read, into a compact Record: the rule
// becomes an index and each fact a day number in a slot (Schedule.Resolve,
// or NewRecord with SetFact / SetFactSlot for readers such as CSV that
// resolve column names once). A fact is a date YYYY-MM-DD or an RFC 3339
// timestamp, read as its date in London (2026-05-31T23:30:00Z is 1 June).
// The fact "reviewed" (ReviewedFact) holds the latest review.
//
// # Decisions
//
// Schedule.Decide returns a Decision: the rule, the schedule version, the
// outcome, a Reason code and, as they apply, the due date, the action, the
// must-dispose-by date and the overdue flag, the holds, the missing fact,
// and a detail naming a fact at fault. Outcomes, in order of precedence:
//
//	cannot-evaluate  unknown rule, malformed or contradictory facts
//	held             a record hold, or a moratorium covering the rule today
//	permanent        then keep
//	awaiting-event   a needed fact is absent
//	review-due       a periodic review has fallen due, or then review and today ≥ due
//	not-yet          today < due
//	eligible         today ≥ due and then is destroy, anonymise or transfer
//
// DecideAll decides a slice into the caller's slice; Decision.AppendJSON
// writes the JSON Lines object of `noticekit retention decide`.
//
// # Fail-safe choices
//
// Where RETENTION.md is silent, this package chooses what can only make
// disposal later, never earlier:
//
//   - A fact that is present must be a date: "" or null, a timestamp that
//     does not parse, or a date that does not exist (2026-02-30) is
//     cannot-evaluate (malformed-fact), not "absent". Absent facts are
//     left out of the record (blank CSV cells should be left out by the
//     reader).
//   - A fact name that no rule of the schedule uses is cannot-evaluate
//     (unknown-fact): a misspelt "when" fact would otherwise switch a
//     clause off and make disposal earlier. A fact other rules use is
//     ignored.
//   - Any malformed fact in a record makes it cannot-evaluate, even one
//     its rule does not use. When several facts are at fault, the first by
//     name is reported, so the result never depends on map order.
//   - A fact the record's rule uses that is after today is cannot-evaluate
//     (fact-in-future): facts are events that have happened.
//   - Facts out of order are cannot-evaluate (facts-out-of-order): a leaf's
//     from before its when (case closed before it was opened), and a
//     review before review_every's from (reviewed before created).
//   - cannot-evaluate takes precedence over held (RETENTION.md's order), so
//     a held record with a bad fact reports the bad fact; it is never
//     eligible either way.
//   - A record that carries a hold and is also under a moratorium reports
//     the record's holds.
//   - With then review, a review recorded on or after the due date starts
//     a new cycle of review_every's period if the rule has one, otherwise
//     of the period of its retain clause when that is a single leaf; when
//     it is a combinator there is no cycle and the record stays
//     review-due until the rule or the record changes. A review recorded
//     before the due date does not start a cycle.
//   - review_every applies only before the retention due date; if its
//     "from" fact is absent then, the record is awaiting-event.
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
// anchor day (Dodds v Walker [1981] UKHL; reference/retention-practice.md
// pitfalls 1 and 4) and "beginning with" (PACE 1984 s63F(6), inserted by
// PoFA 2012 s3). Reg 1182/71 Art 3, which states the same
// corresponding-date rule for EU-derived periods, is UNVERIFIED in
// docs/law.md and is not relied on. The birthday of a person born on
// 29 February is computed by the same clamp (28 February in a common
// year); the Scottish rule (Age of Legal Capacity (Scotland) Act 1991 s6,
// reportedly 1 March) is marked [verify] in the reference and is not
// encoded.
//
// # Performance
//
// Decide does no allocation and no lookup by name: rules are indexes,
// facts are slots, dates are int32 day numbers, moratoria are compiled into
// each rule as day ranges, a leaf or a combinator of leaves is evaluated
// without recursion, and months are added with a table of month starts
// (months.go) instead of converting day numbers to year, month and day.
// testing.AllocsPerRun is 0 for Decide, DecideAll and AppendJSON (TestAllocs).
// Measured with go test -bench . -count 6 on the development machine (AMD
// EPYC, 2 vCPUs shared with other work, Go 1.26; range of six runs):
//
//	BenchmarkDecide     body-worn video rule (later_of, dispose_within)   17.7–22.3 ns/op, 0 allocs   (target ≤ 25)
//	BenchmarkDecideAll  1024 records over the five rules of RETENTION.md  42–56 M decisions/s, 0 allocs   (target ≥ 30 M)
//	BenchmarkAppendJSON one eligible decision as a JSON line              95–109 ns/op, 0 allocs
//
// Under heavy load from other processes on the same machine the same
// benchmarks measured up to 40 ns/op and 26 M decisions/s.
package retention
