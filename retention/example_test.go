package retention_test

import (
	"fmt"
	"os"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/retention"
)

const bodyWornVideo = `{
  "$schema": "https://noticekit.github.io/schema/schedule/v2.json",
  "id": "maidstone-parking", "version": "2024-1",
  "facts": [
    {"name": "captured", "meaning": "the day the footage was recorded"},
    {"name": "case_opened", "meaning": "the day a complaint or court case about the footage was opened"},
    {"name": "case_closed", "meaning": "the day that case was closed", "requires": ["case_opened"], "not_before": ["case_opened"]}],
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
	// case_closed is not given: unknown, so the record cannot be decided.
	rec := s.Resolve(&retention.Input{ID: "bwc-2026-0042", Rule: "bwc-footage",
		Facts: map[string]*string{"captured": date("2026-01-01"), "case_opened": date("2026-01-10")}})
	d := s.Decide(&rec, civil.MustParse("2026-02-01"))
	fmt.Println(d.Outcome, d.Reason, d.Detail)
	// null: the case has not been closed yet.
	s.SetFactNotHappened(&rec, "case_closed")
	for _, today := range []string{"2026-02-01", "2026-06-01"} {
		d := s.Decide(&rec, civil.MustParse(today))
		fmt.Println(today, d.Outcome, d.Reason, d.Missing)
	}
	s.SetFact(&rec, "case_closed", "2026-05-05")
	d = s.Decide(&rec, civil.MustParse("2026-06-10"))
	fmt.Println(d.Outcome, d.Due, d.Action, d.MustDisposeBy, d.Overdue)
	fmt.Println(string(d.AppendJSON(nil)))
	// Output:
	// cannot-evaluate fact-unknown case_closed
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
		{ID: "a", Rule: "bwc-footage", Facts: map[string]*string{"captured": date("2026-01-01"), "case_opened": nil, "case_closed": nil}},
		{ID: "b", Rule: "bwc-footage", Facts: map[string]*string{"captured": date("2026-03-01"), "case_opened": nil, "case_closed": nil}},
		{ID: "c", Rule: "bwc-footage", Facts: map[string]*string{"captured": date("2026-01-01"), "case_opened": nil, "case_closed": nil}, Holds: []string{"legal-hold"}},
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
	_, err := retention.CompileJSON([]byte(`{"$schema": "https://noticekit.github.io/schema/schedule/v2.json",
  "id": "s", "version": "1", "facts": [{"name": "recorded", "meaning": "the day recorded"}],
  "rules": [{"id": "cctv", "retain": {"from": "recorded", "period": "PT720H"}, "then": "destroy"}]}`))
	fmt.Println(err)
	// Output: 3:69: /rules/0/retain/period: period "PT720H": time parts (T…H/M/S) are not allowed in a retention period; want an ISO 8601 period PnYnMnWnD such as P60D, P6Y or P1Y6M
}

func ExamplePeriod_AddTo() {
	p := retention.MustParsePeriod("P1M")
	fmt.Println(p.AddTo(civil.MustParse("2026-01-31")))
	fmt.Println(retention.MustParsePeriod("P1Y").AddTo(civil.MustParse("2024-02-29")))
	// Output:
	// 2026-02-28
	// 2025-02-28
}

// maidstone compiles testdata/maidstone.json: body worn video, financial
// records, a pupil file, MoPI group 1 and a keep rule, with the IICSA
// moratorium.
func maidstone() *retention.Schedule {
	data, err := os.ReadFile("testdata/maidstone.json")
	if err != nil {
		panic(err)
	}
	s, err := retention.CompileJSON(data)
	if err != nil {
		panic(err)
	}
	return s
}

func ExampleNewPeriod() {
	p, err := retention.NewPeriod(1, 6, 0, 0)
	fmt.Println(p, err)
	fmt.Println(p.AddTo(civil.MustParse("2024-08-31")))
	_, err = retention.NewPeriod(0, 0, 0, -1)
	fmt.Println(err)
	// Output:
	// P1Y6M <nil>
	// 2026-02-28
	// retention: period "0Y0M0W-1D": parts must not be negative
}

// MustParsePeriod is for periods fixed in the program; it panics on bad
// input.
func ExampleMustParsePeriod() {
	sixYears := retention.MustParsePeriod("P6Y")
	fmt.Println(sixYears, sixYears.AddTo(civil.MustParse("2026-03-31")))
	// Output: P6Y 2032-03-31
}

// A Period keeps its parts as written: P1Y is not P12M, and weeks are not
// turned into days.
func ExamplePeriod_Years() {
	p := retention.MustParsePeriod("P1Y2M3W4D")
	fmt.Println(p.Years(), p.Months(), p.Weeks(), p.Days())
	q := retention.MustParsePeriod("P12M")
	fmt.Println(q.Years(), q.Months(), q == retention.MustParsePeriod("P1Y"))
	// Output:
	// 1 2 3 4
	// 0 12 false
}

func ExampleSchedule_ID() {
	s := maidstone()
	fmt.Println(s.ID(), s.Version())
	for _, id := range s.RuleIDs() {
		then, _ := s.Then(id)
		fmt.Println(id, then)
	}
	_, ok := s.Then("cctv")
	fmt.Println("cctv", ok)
	// Output:
	// maidstone-parking 2024-1
	// bwc-footage destroy
	// financial destroy
	// pupil-file review
	// mopi-group-1 review
	// council-tax-base keep
	// cctv false
}

// Facts are numbered once, when the schedule is compiled; slot 0 is always
// ReviewedFact. A reader with a CSV header can look each column up once
// with FactSlot.
func ExampleSchedule_Facts() {
	s := maidstone()
	fmt.Println(s.NumFacts())
	for _, f := range s.Facts()[:3] {
		fmt.Printf("%s: %s; requires %v, not before %v\n", f.Name, f.Meaning, f.Requires, f.NotBefore)
	}
	slot, ok := s.FactSlot("case_closed")
	fmt.Println(slot, ok, s.FactName(slot))
	_, ok = s.FactSlot("case_close")
	fmt.Println(ok, s.FactName(s.NumFacts()) == "")
	// Output:
	// 7
	// captured: the day the footage was recorded; requires [], not before []
	// case_opened: the day a complaint or court case about the footage was opened; requires [], not before []
	// case_closed: the day that case was closed; requires [case_opened], not before [case_opened]
	// 2 true case_closed
	// false true
}

// Resolve keeps problems in the Record, so that every record read gets a
// decision.
func ExampleSchedule_Resolve() {
	s := maidstone()
	today := civil.MustParse("2026-10-01")
	for _, in := range []retention.Input{
		{ID: "pay-1", Rule: "financial", Facts: map[string]*string{"transaction": date("2025-06-10")}},
		{ID: "pupil-7", Rule: "pupil-file", Facts: map[string]*string{"date_of_birth": date("2001-09-01"), "reviewed": nil}},
		{ID: "pupil-8", Rule: "pupil-file", Facts: map[string]*string{"date_of_birth": date("2001-09-01")}},
		{ID: "pay-2", Rule: "financial", Facts: map[string]*string{"transaction": date("10/06/2025")}},
		{ID: "pay-3", Rule: "financial", Facts: map[string]*string{"transacted": date("2025-06-10")}},
	} {
		rec := s.Resolve(&in)
		d := s.Decide(&rec, today)
		if d.Outcome == retention.CannotEvaluate {
			fmt.Println(d.ID, d.Outcome, d.Reason, d.Detail)
		} else {
			fmt.Println(d.ID, d.Outcome, d.Reason, d.Due)
		}
	}
	// Output:
	// pay-1 not-yet period-running 2032-04-01
	// pupil-7 review-due review-at-end 2026-09-02
	// pupil-8 cannot-evaluate fact-unknown reviewed
	// pay-2 cannot-evaluate malformed-fact transaction
	// pay-3 cannot-evaluate undeclared-fact transacted
}

// NewRecord and SetFact build a Record field by field, as a reader of
// another format would.
func ExampleSchedule_NewRecord() {
	s := maidstone()
	rec := s.NewRecord("bwc-2026-0042", "bwc-footage", nil)
	s.SetFact(&rec, "captured", "2026-01-01")
	s.SetFact(&rec, "case_opened", "2026-01-10T09:30:00Z")
	s.SetFactNotHappened(&rec, "case_closed")
	d := s.Decide(&rec, civil.MustParse("2026-04-01"))
	fmt.Println(d.Outcome, d.Reason, d.Missing)
	s.SetFact(&rec, "case_closed", "2026-03-20")
	d = s.Decide(&rec, civil.MustParse("2026-04-01"))
	fmt.Println(d.Outcome, d.Reason, d.Due, d.MustDisposeBy)
	// Output:
	// awaiting-event missing-fact case_closed
	// eligible period-ended 2026-03-21 2026-04-20
}

// AppendJSON writes only the fields that apply to the outcome.
func ExampleDecision_AppendJSON() {
	s := maidstone()
	rec := s.Resolve(&retention.Input{ID: "ct-1", Rule: "council-tax-base"})
	d := s.Decide(&rec, civil.MustParse("2026-10-01"))
	fmt.Println(string(d.AppendJSON(nil)))
	rec = s.Resolve(&retention.Input{ID: "bwc-1", Rule: "bwc-footage",
		Facts: map[string]*string{"captured": date("2026-09-01"), "case_opened": nil, "case_closed": nil}})
	d = s.Decide(&rec, civil.MustParse("2026-10-01"))
	fmt.Println(string(d.AppendJSON(nil)))
	// Output:
	// {"id":"ct-1","rule":"council-tax-base","schedule_version":"2024-1","outcome":"permanent","reason":"keep"}
	// {"id":"bwc-1","rule":"bwc-footage","schedule_version":"2024-1","outcome":"not-yet","due":"2026-11-01","reason":"period-running"}
}

// A reader that cannot parse a line still gives it a decision.
func ExampleRecord_Fail() {
	s := maidstone()
	var rec retention.Record
	rec.ID = "line-12"
	rec.Fail("unexpected end of JSON input")
	d := s.Decide(&rec, civil.MustParse("2026-10-01"))
	fmt.Println(d.Outcome, d.Reason, d.Detail)
	fmt.Println(string(d.AppendJSON(nil)))
	// Output:
	// cannot-evaluate malformed-record unexpected end of JSON input
	// {"id":"line-12","rule":"","schedule_version":"2024-1","outcome":"cannot-evaluate","reason":"malformed-record","detail":"unexpected end of JSON input"}
}

func ExampleParseAction() {
	a, err := retention.ParseAction("anonymise")
	fmt.Println(a, err)
	_, err = retention.ParseAction("shred")
	fmt.Println(err)
	fmt.Println(retention.Actions())
	// Output:
	// anonymise <nil>
	// unknown then "shred": want one of destroy, anonymise, transfer, review, keep
	// [destroy anonymise transfer review keep]
}

func ExampleParseCutoff() {
	c, err := retention.ParseCutoff("financial-year")
	fmt.Println(c, err)
	fmt.Println(retention.Cutoffs())
	// Output:
	// financial-year <nil>
	// [month calendar-year financial-year tax-year academic-year]
}

func ExampleParseCounting() {
	c, err := retention.ParseCounting("beginning-with")
	fmt.Println(c, err)
	_, err = retention.ParseCounting("inclusive")
	fmt.Println(err)
	// Output:
	// beginning-with <nil>
	// unknown counting "inclusive": want one of after, beginning-with
}

func ExampleParseOutcome() {
	o, err := retention.ParseOutcome("awaiting-event")
	fmt.Println(o, err)
	fmt.Println(retention.Outcomes())
	// Output:
	// awaiting-event <nil>
	// [cannot-evaluate held permanent review-due awaiting-event not-yet eligible]
}

func ExampleParseReason() {
	r, err := retention.ParseReason("fact-in-future")
	fmt.Println(r, err, r.Outcome())
	fmt.Println(len(retention.Reasons()))
	// Output:
	// fact-in-future <nil> cannot-evaluate
	// 22
}

// Every Reason belongs to one Outcome.
func ExampleReason_Outcome() {
	for _, o := range retention.Outcomes() {
		var codes []string
		for _, r := range retention.Reasons() {
			if r.Outcome() == o {
				codes = append(codes, r.String())
			}
		}
		fmt.Println(o, codes)
	}
	// Output:
	// cannot-evaluate [no-schedule unknown-rule malformed-fact undeclared-fact fact-unknown fact-in-future facts-out-of-order prerequisite-not-happened malformed-record other-schedule no-today]
	// held [record-hold moratorium]
	// permanent [keep]
	// review-due [review-cycle-due review-at-end]
	// awaiting-event [missing-fact no-clause-applies]
	// not-yet [period-running reviewed due-beyond-range]
	// eligible [period-ended]
}

// A reader of a table (a CSV file, a database cursor) looks each column up
// once with FactSlot, reuses one facts buffer for every row, and sets facts
// by slot: no map and no allocation per record.
func ExampleSchedule_SetFactSlot() {
	s := maidstone()
	header := []string{"captured", "case_opened", "case_closed"}
	slots := make([]int, len(header))
	for i, name := range header {
		slot, ok := s.FactSlot(name)
		if !ok {
			fmt.Println("unknown column", name)
			return
		}
		slots[i] = slot
	}
	rows := [][]string{
		{"2026-01-01", "", ""},
		{"2026-01-01", "2026-01-10", ""},
		{"2026-01-01", "2026-01-10", "2026-03-20"},
		{"01/01/2026", "", ""},
	}
	buf := make([]int32, s.NumFacts())
	today := civil.MustParse("2026-04-01")
	for i, row := range rows {
		rec := s.NewRecord(fmt.Sprint("row-", i+1), "bwc-footage", buf)
		for j, v := range row {
			if v == "" { // an empty cell: the event has not happened
				s.SetFactSlotNotHappened(&rec, slots[j])
			} else {
				s.SetFactSlot(&rec, slots[j], v)
			}
		}
		d := s.Decide(&rec, today)
		captured, _ := rec.Fact(slots[0])
		fmt.Printf("%s %s %s captured=%q\n", d.ID, d.Outcome, d.Reason, captured)
	}
	// Output:
	// row-1 eligible period-ended captured="2026-01-01"
	// row-2 awaiting-event missing-fact captured="2026-01-01"
	// row-3 eligible period-ended captured="2026-01-01"
	// row-4 cannot-evaluate malformed-fact captured=""
}

// SetFactDate sets a fact already held as a date, such as a column read
// from a database.
func ExampleSchedule_SetFactDate() {
	s := maidstone()
	slot, _ := s.FactSlot("captured")
	rec := s.NewRecord("bwc-7", "bwc-footage", nil)
	s.SetFactDate(&rec, slot, civil.MustNew(2026, 2, 28))
	for _, name := range []string{"case_opened", "case_closed"} {
		s.SetFactNotHappened(&rec, name)
	}
	d := s.Decide(&rec, civil.MustParse("2026-04-01"))
	fmt.Println(d.Outcome, d.Due)
	// Output: not-yet 2026-04-30
}

// ResolveInto resolves a record into the caller's buffer: a loop over many
// records allocates the buffer once.
func ExampleSchedule_ResolveInto() {
	s := maidstone()
	buf := make([]int32, s.NumFacts())
	today := civil.MustParse("2026-10-01")
	for _, in := range []retention.Input{
		{ID: "pay-1", Rule: "financial", Facts: map[string]*string{"transaction": date("2019-06-10")}},
		{ID: "bwc-1", Rule: "bwc-footage", Facts: map[string]*string{"captured": date("2026-09-01"), "case_opened": nil, "case_closed": nil}, Holds: []string{"subject-access"}},
	} {
		rec := s.ResolveInto(&in, buf)
		d := s.Decide(&rec, today)
		fmt.Println(d.ID, d.Outcome, d.Holds)
	}
	// Output:
	// pay-1 eligible []
	// bwc-1 held [subject-access]
}

// Outcomes lists the outcomes in order of precedence: the first that
// applies to a record is its decision.
func ExampleOutcomes() {
	for _, o := range retention.Outcomes() {
		fmt.Println(o)
	}
	// Output:
	// cannot-evaluate
	// held
	// permanent
	// review-due
	// awaiting-event
	// not-yet
	// eligible
}

// date returns a pointer to a fact's text, for Input.Facts (nil is null:
// the event has not happened).
func date(s string) *string { return &s }
