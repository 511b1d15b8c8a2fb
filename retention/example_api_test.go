package retention_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/retention"
	"github.com/noticekit/noticekit/strict"
)

// A schedule with mistakes is refused with every problem of its meaning at
// once, each a strict.Problem at its line, column and JSON pointer, in
// words a schedule author understands (KeywordRetention).
func ExampleKeywordRetention() {
	_, err := retention.CompileJSON([]byte(strings.Replace(bodyWornVideo, `"period": "P60D"`, `"period": "60 days"`, 1)))
	var se *strict.Error
	if errors.As(err, &se) {
		for _, p := range se.Problems {
			fmt.Printf("%d:%d: %s: %s (%s)\n", p.Line, p.Column, p.Pointer, p.Message, p.Keyword)
		}
	}
	fmt.Println(err != nil)
	// Output:
	// 10:61: /rules/0/retain/later_of/0/period: period "60 days": must start with P; want an ISO 8601 period PnYnMnWnD such as P60D, P6Y or P1Y6M (retention)
	// true
}

// A period that cannot be parsed is a [*retention.PeriodError] quoting the
// input; the zero Period is P0D.
func ExamplePeriodError() {
	_, err := retention.ParsePeriod("6 years")
	var pe *retention.PeriodError
	fmt.Println(errors.As(err, &pe), pe.Input)
	var zero retention.Period
	fmt.Println(zero.IsZero(), zero, retention.MustParsePeriod("P6Y").IsZero())
	// Output:
	// true 6 years
	// true P0D false
}

// The documents a schedule may be, and the limits a schedule must keep so
// that no document makes Compile or Decide use unbounded memory.
func ExampleSchemaID() {
	fmt.Println(retention.SchemaID)
	fmt.Println(retention.SchemaV1ID)
	fmt.Println(retention.MaxRules, retention.MaxFacts, retention.MaxClauses, retention.MaxDepth, retention.MaxMoratoria)
	fmt.Println(retention.MaxPeriodYears, retention.MaxScheduleBytes)
	// Output:
	// https://noticekit.github.io/schema/schedule/v2.json
	// https://noticekit.github.io/schema/schedule/v1.json
	// 65536 1024 64 8 4096
	// 1000 4194304
}

// UsedFacts is the data contract of one rule: the facts a record of it
// must give, as a date or as not happened. A rule with a review cycle also
// needs ReviewedFact.
func ExampleSchedule_UsedFacts() {
	s := maidstone()
	for _, id := range []string{"bwc-footage", "pupil-file"} {
		facts, ok := s.UsedFacts(id)
		fmt.Println(id, facts, ok)
	}
	_, ok := s.UsedFacts("cctv")
	fmt.Println("cctv", ok, retention.ReviewedFact)
	// Output:
	// bwc-footage [captured case_opened case_closed] true
	// pupil-file [date_of_birth reviewed] true
	// cctv false reviewed
}

// SetAbsentNotHappened is the caller's explicit, weaker opt-in for extracts
// that leave out the facts of events that have not happened.
func ExampleSchedule_SetAbsentNotHappened() {
	s := maidstone()
	rec := s.NewRecord("bwc-2026-0042", "bwc-footage", nil)
	s.SetFact(&rec, "captured", "2026-01-01")
	today := civil.MustParse("2026-06-01")
	d := s.Decide(&rec, today)
	fmt.Println(d.Outcome, d.Reason, d.Detail)
	s.SetAbsentNotHappened(&rec)
	d = s.Decide(&rec, today)
	fmt.Println(d.Outcome, d.Reason, d.Due)
	// Output:
	// cannot-evaluate fact-unknown case_opened
	// eligible period-ended 2026-03-03
}
