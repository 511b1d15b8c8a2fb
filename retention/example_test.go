package retention_test

import (
	"fmt"
	"os"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/retention"
)

const bodyWornVideo = `{
  "$schema": "https://noticekit.github.io/schema/schedule/v1.json",
  "id": "maidstone-parking", "version": "2024-1",
  "rules": [
    {"id": "bwc-footage", "title": "Body worn camera footage",
     "retain": {"later_of": [{"from": "captured", "period": "P60D"},
                             {"from": "case_closed", "when": "case_opened"}]},
     "then": "destroy", "dispose_within": "P30D",
     "citation": "Maidstone BC privacy notice, Parking: Body Worn Camera Footage"}
  ]}`

func ExampleSchedule_Decide() {
	s, err := retention.CompileJSON([]byte(bodyWornVideo))
	if err != nil {
		fmt.Println(err)
		return
	}
	rec := s.Resolve(&retention.Input{ID: "bwc-2026-0042", Rule: "bwc-footage",
		Facts: map[string]string{"captured": "2026-01-01", "case_opened": "2026-01-10"}})
	for _, today := range []string{"2026-02-01", "2026-06-01"} {
		d := s.Decide(&rec, civil.MustParse(today))
		fmt.Println(today, d.Outcome, d.Reason, d.Missing)
	}
	s.SetFact(&rec, "case_closed", "2026-05-05")
	d := s.Decide(&rec, civil.MustParse("2026-06-10"))
	fmt.Println(d.Outcome, d.Due, d.Action, d.MustDisposeBy, d.Overdue)
	fmt.Println(string(d.AppendJSON(nil)))
	// Output:
	// 2026-02-01 awaiting-event missing-fact case_closed
	// 2026-06-01 awaiting-event missing-fact case_closed
	// eligible 2026-05-06 destroy 2026-06-05 true
	// {"id":"bwc-2026-0042","rule":"bwc-footage","schedule_version":"2024-1","outcome":"eligible","due":"2026-05-06","action":"destroy","must_dispose_by":"2026-06-05","overdue":true,"reason":"period-ended"}
}

func ExampleSchedule_DecideAll() {
	s, err := retention.CompileJSON([]byte(bodyWornVideo))
	if err != nil {
		fmt.Println(err)
		return
	}
	inputs := []retention.Input{
		{ID: "a", Rule: "bwc-footage", Facts: map[string]string{"captured": "2026-01-01"}},
		{ID: "b", Rule: "bwc-footage", Facts: map[string]string{"captured": "2026-03-01"}},
		{ID: "c", Rule: "bwc-footage", Facts: map[string]string{"captured": "2026-01-01"}, Holds: []string{"legal-hold"}},
		{ID: "d", Rule: "cctv"},
	}
	// Resolve once, when the batch is read; facts share one buffer.
	recs := make([]retention.Record, len(inputs))
	buf := make([]int32, len(inputs)*s.NumFacts())
	for i := range inputs {
		recs[i] = s.ResolveInto(&inputs[i], buf[i*s.NumFacts():(i+1)*s.NumFacts()])
	}
	out := make([]retention.Decision, len(recs))
	n := s.DecideAll(recs, civil.MustParse("2026-03-10"), out)
	line := make([]byte, 0, 256)
	for _, d := range out[:n] {
		line = append(d.AppendJSON(line[:0]), '\n')
		os.Stdout.Write(line)
	}
	// Output:
	// {"id":"a","rule":"bwc-footage","schedule_version":"2024-1","outcome":"eligible","due":"2026-03-03","action":"destroy","must_dispose_by":"2026-04-02","overdue":false,"reason":"period-ended"}
	// {"id":"b","rule":"bwc-footage","schedule_version":"2024-1","outcome":"not-yet","due":"2026-05-01","reason":"period-running"}
	// {"id":"c","rule":"bwc-footage","schedule_version":"2024-1","outcome":"held","holds":["legal-hold"],"reason":"record-hold"}
	// {"id":"d","rule":"cctv","schedule_version":"2024-1","outcome":"cannot-evaluate","reason":"unknown-rule"}
}

func ExampleCompileJSON() {
	_, err := retention.CompileJSON([]byte(`{"$schema": "https://noticekit.github.io/schema/schedule/v1.json",
  "id": "s", "version": "1",
  "rules": [{"id": "cctv", "retain": {"from": "recorded", "period": "PT720H"}, "then": "destroy"}]}`))
	fmt.Println(err)
	// Output:
	// retention: /rules/0/retain/period: period "PT720H": time parts (T…H/M/S) are not allowed in a retention period; want an ISO 8601 period PnYnMnWnD such as P60D, P6Y or P1Y6M
}

func ExamplePeriod_AddTo() {
	p := retention.MustParsePeriod("P1M")
	fmt.Println(p.AddTo(civil.MustParse("2026-01-31")))
	fmt.Println(retention.MustParsePeriod("P1Y").AddTo(civil.MustParse("2024-02-29")))
	// Output:
	// 2026-02-28
	// 2025-02-28
}
