package sweep_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/retention"
	"github.com/noticekit/noticekit/strict"
	"github.com/noticekit/noticekit/sweep"
)

// schedule is a one-rule schedule: body-worn video kept 60 days from
// capture, or until the case is closed.
var schedule = []byte(`{"$schema": "https://noticekit.github.io/schema/schedule/v2.json",
 "id": "bwc", "version": "1",
 "facts": [{"name": "captured", "meaning": "the day the footage was recorded"},
           {"name": "case_opened", "meaning": "the day a case about it was opened"},
           {"name": "case_closed", "meaning": "the day that case was closed", "requires": ["case_opened"]}],
 "rules": [{"id": "bwc-footage", "then": "destroy",
   "retain": {"later_of": [{"from": "captured", "period": "P60D"},
                           {"from": "case_closed", "when": "case_opened"}]}}]}`)

// Run streams records to decisions, one per line in input order; a line
// that cannot be read is a cannot-evaluate decision naming the place.
func ExampleSweep_Run() {
	sched, err := retention.CompileJSON(schedule)
	if err != nil {
		fmt.Println(err)
		return
	}
	sw, err := sweep.New(sched, schedule, sweep.Options{Today: civil.MustParse("2026-06-01")})
	if err != nil {
		fmt.Println(err)
		return
	}
	records := `{"id": "a", "rule": "bwc-footage", "facts": {"captured": "2026-03-01", "case_opened": null, "case_closed": null}}
{"id": "b", "rule": "bwc-footage", "facts": {"captured": "2026-05-01", "case_opened": null, "case_closed": null}, "holds": ["complaint"]}
{"id": "c", "rule": "bwc-footage", "colour": "red"}
{"id": "d", "rule": "bwc-footage", "facts": {"captured": "2026-03-01"}}
`
	if err := sw.Run(context.Background(), "records.jsonl", strings.NewReader(records), os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"id":"a","rule":"bwc-footage","schedule_version":"1","outcome":"eligible","due":"2026-05-01","action":"destroy","reason":"period-ended"}
	// {"id":"b","rule":"bwc-footage","schedule_version":"1","outcome":"held","holds":["complaint"],"reason":"record-hold"}
	// {"id":"c","rule":"bwc-footage","schedule_version":"1","outcome":"cannot-evaluate","reason":"malformed-record","detail":"records.jsonl:3:36: /colour: unknown key \"colour\"; expected id, rule, facts or holds"}
	// {"id":"d","rule":"bwc-footage","schedule_version":"1","outcome":"cannot-evaluate","reason":"fact-unknown","detail":"records.jsonl:4: /facts/case_opened: not given; expected its date, or null (an empty CSV cell) if the event has not happened"}
}

// CSV in, CSV out: an empty cell is a fact that has not happened.
func ExampleSweep_Run_csv() {
	sched, _ := retention.CompileJSON(schedule)
	sw, _ := sweep.New(sched, schedule, sweep.Options{Today: civil.MustParse("2026-06-01"), Output: sweep.CSV})
	records := "id,rule,holds,captured,case_opened,case_closed\n" +
		"a,bwc-footage,,2026-03-01,,\n" +
		"\"b, quoted\",bwc-footage,,2026-03-01,2026-03-02,\n"
	if err := sw.Run(context.Background(), "extract.csv", strings.NewReader(records), os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// id,rule,schedule_version,outcome,reason,due,next_review,action,must_dispose_by,overdue,holds,missing,detail
	// a,bwc-footage,1,eligible,period-ended,2026-05-01,,destroy,,,,,
	// "b, quoted",bwc-footage,1,awaiting-event,missing-fact,,,,,,,case_closed,
}

// A fact the records leave out is unknown: a CSV extract with no column
// for it is reported before any row, and each row whose rule uses it is
// cannot-evaluate. AbsentMeansNotHappened, the caller's opt-in, reads it
// as not happened instead: weaker, since a column dropped by mistake then
// goes unnoticed.
func ExampleOptions_absentMeansNotHappened() {
	sched, _ := retention.CompileJSON(schedule)
	records := "id,rule,holds,captured,case_opened\n" +
		"a,bwc-footage,,2026-03-01,\n"
	for _, absent := range []bool{false, true} {
		sw, _ := sweep.New(sched, schedule, sweep.Options{
			Today:                  civil.MustParse("2026-06-01"),
			Output:                 sweep.Text,
			AbsentMeansNotHappened: absent,
			Warn:                   func(p strict.Problem) { fmt.Println("warning:", p) },
		})
		if err := sw.Run(context.Background(), "extract.csv", strings.NewReader(records), os.Stdout); err != nil {
			fmt.Println(err)
		}
	}
	// Output:
	// warning: extract.csv:1: no column for the schedule's fact(s) case_closed; unknown in every row, so each row whose rule uses one is cannot-evaluate
	// a                        bwc-footage              cannot-evaluate -           fact-unknown: extract.csv:2: /facts/case_closed: not given; expected its date, or null (an empty CSV cell) if the event has not happened
	// warning: extract.csv:1: no column for the schedule's fact(s) case_closed; read as not happened in every row (absent means not happened)
	// a                        bwc-footage              eligible        2026-05-01  period-ended: destroy
}

// The manifest is the run's disposal log.
func ExampleSweep_Manifest() {
	sched, _ := retention.CompileJSON(schedule)
	sw, _ := sweep.New(sched, schedule, sweep.Options{Today: civil.MustParse("2026-06-01"), Output: sweep.Text})
	_ = sw.Run(context.Background(), "records.jsonl", strings.NewReader(`{"id": "a", "rule": "bwc-footage", "facts": {"captured": "2026-03-01", "case_opened": null, "case_closed": null}}`+"\n"), os.Stdout)
	m := sw.Manifest()
	fmt.Println("started before it ended:", !m.End.Before(m.Start))
	b, _ := json.Marshal(struct {
		Schedule sweep.ScheduleRef
		Inputs   []sweep.InputReport
		Counts   sweep.Counts
	}{m.Schedule, m.Inputs, m.Counts})
	fmt.Println(string(b))
	// Output:
	// a                        bwc-footage              eligible        2026-05-01  period-ended: destroy
	// started before it ended: true
	// {"Schedule":{"id":"bwc","version":"1","sha256":"b75e04f124c26744f6d642d60e1647aeb0a8bafe6a15a029d778cecbf365372f"},"Inputs":[{"name":"records.jsonl","format":"jsonl","lines":1,"records":1}],"Counts":{"cannot-evaluate":0,"held":0,"permanent":0,"review-due":0,"awaiting-event":0,"not-yet":0,"eligible":1}}
}

// Formats have codes, for flags and the manifest.
func ExampleFormat() {
	var f sweep.Format
	fmt.Println(f.UnmarshalText([]byte("csv")), f)
	fmt.Println(f.UnmarshalText([]byte("xml")))
	// Output:
	// <nil> csv
	// unknown format "xml"; expected one of auto, jsonl, csv, text
}

// A failure to write decisions is a *WriteError, told apart from a failure
// to read records with errors.As; Decided counts what was written.
func ExampleWriteError() {
	sched, _ := retention.CompileJSON(schedule)
	sw, _ := sweep.New(sched, schedule, sweep.Options{Today: civil.MustParse("2026-06-01")})
	err := sw.Run(context.Background(), "records.jsonl",
		strings.NewReader(`{"id": "a", "rule": "bwc-footage", "facts": {"captured": "2026-03-01"}}`+"\n"), closedPipe{})
	var we *sweep.WriteError
	fmt.Println(errors.As(err, &we), err)
	fmt.Println("decided:", sw.Decided())
	// Output:
	// true writing decisions: io: read/write on closed pipe
	// decided: 0
}

type closedPipe struct{}

func (closedPipe) Write([]byte) (int, error) { return 0, io.ErrClosedPipe }
