package integration

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/retention"
)

func mustTime(s string) time.Time {
	tm, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return tm
}

// loadSchedule compiles one schedule file.
func loadSchedule(t testing.TB, path string) *retention.Schedule {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	def, err := retention.ParseSchedule(data)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	s, err := retention.Compile(def)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return s
}

func seedSchedules(t testing.TB) []string {
	paths, err := filepath.Glob("../examples/schedules/*.json")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed schedules: %v", err)
	}
	// The traps schedule: one rule per trap of a hand translation.
	return append(paths, "testdata/traps.json")
}

// columns returns the fact columns a table for s has: one per declared
// fact, in declaration order (a CSV extract's header).
func columns(s *retention.Schedule) []string {
	var cols []string
	for _, f := range s.Facts() {
		cols = append(cols, f.Name)
	}
	return cols
}

// ---- generated records ---------------------------------------------------

func daysIn(y, m int) int { return civil.DaysIn(y, time.Month(m)) }

// genDate is a date between 1850 and 2110, or in 9990–9999, with month
// ends and 29 February over-represented.
func genDate(r *rand.Rand) civil.Date {
	y := 1850 + r.IntN(260)
	if r.IntN(20) == 0 {
		y = 9990 + r.IntN(10)
	}
	m := 1 + r.IntN(12)
	d := 1 + r.IntN(daysIn(y, m))
	switch r.IntN(6) {
	case 0, 1:
		d = daysIn(y, m)
	case 2:
		if civil.IsLeap(y) {
			m, d = 2, 29
		}
	}
	return civil.MustNew(y, time.Month(m), d)
}

// malformed facts: each must be cannot-evaluate, never "has not happened".
var malformed = []string{
	"", " ", "x", "2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-01-00", "0000-01-01",
	"2026-1-01", "2026-01-1", "2026-01-01 ", " 2026-01-01", "20260101", "2026/01/01", "01-01-2026",
	"2026-01-01T25:00:00Z", "2026-01-01T12:60:00Z", "2026-01-01T12:00:00", "2026-01-01T12:00Z",
	"2026-01-01T12:00:00+0100", "2026-01-01 12:00:00Z", "٢٠٢٦-٠١-٠١", "２０２６-01-01", "2026-01-01\n",
	"9999-12-31T23:30:00-01:00", "0001-01-01T00:00:00+01:00", "2026-01-01T12:00:00.Z", "null", "NULL",
	// Outside RFC 3339 §5.6, though Go's time.Parse takes some of them.
	"2026-03-31T00:30:00+24:59", "2026-03-31T00:30:00-24:00", "2026-03-31T00:30:00+00:60", "2026-01-01T12:00:00,5Z",
	"2026-01-01T12:00:00Z ", "2026-01-01T24:00:00Z", "2026-01-01T12:00:00+1:00", "2026-01-01T12:00:00+01:00:00",
	// Leap seconds anywhere but 23:59:60 UTC on 30 June or 31 December.
	"2016-12-30T23:59:60Z", "2016-12-31T22:59:60Z", "2016-12-31T23:58:60Z", "2016-12-31T23:59:61Z", "2017-01-01T00:59:60+00:00",
}

// valid timestamps at the edges of the grammar.
var edgeTimestamps = []string{
	"2016-12-31T23:59:60Z", "2016-06-30T23:59:60z", "2017-01-01T00:59:60+01:00", "2016-12-31T18:59:60-05:00",
	"2015-07-01T00:29:60+00:30", "2026-05-31t23:30:00z", "2026-05-31T23:30:00-00:00", "2026-03-29T00:59:59.999999999Z",
	"2026-03-29T01:00:00Z", "2026-10-25T00:59:59Z", "2026-10-25T01:00:00Z", "2026-03-31T00:30:00+23:59",
	"2026-03-31T23:30:00-23:59", "1900-01-01T00:00:00Z", "1847-12-01T00:00:00Z", "0001-01-01T00:01:15Z",
	"0001-01-02T00:00:00Z", "9999-12-31T00:00:00Z", "1968-10-27T12:00:00Z", "1971-10-31T02:30:00Z",
}

var clockTimes = []string{"00:00:00", "00:30:00", "12:00:00", "23:30:00", "23:59:59.999", "01:00:00.5"}
var offsets = []string{"Z", "+00:00", "+01:00", "-01:00", "+05:30", "-11:00", "+14:00", "-00:30"}

// genFact is a fact's text: mostly a date near base, sometimes any date, an
// RFC 3339 timestamp (read as its date in London), or malformed text.
func genFact(r *rand.Rand, base civil.Date) string {
	var d civil.Date
	if r.IntN(3) == 0 {
		d = genDate(r)
	} else {
		d = base.AddDays(r.IntN(3000))
		if d.IsZero() {
			d = base
		}
	}
	switch n := r.IntN(100); {
	case n < 3:
		return malformed[r.IntN(len(malformed))]
	case n < 4:
		return edgeTimestamps[r.IntN(len(edgeTimestamps))]
	case n < 13:
		// Timestamps near midnight and near the clock changes: the last
		// Sundays of March and October.
		if r.IntN(2) == 0 && d.Year() > 1900 && d.Year() < 2100 {
			m := time.March
			if r.IntN(2) == 0 {
				m = time.October
			}
			last := civil.MustNew(d.Year(), m, 31)
			d = last.AddDays(-int(last.Weekday()))
		}
		return d.String() + "T" + clockTimes[r.IntN(len(clockTimes))] + offsets[r.IntN(len(offsets))]
	}
	return d.String()
}

// genRows makes n records for s: every rule, a few unknown rules, facts
// NULL, present, far apart or malformed, and some holds.
func genRows(r *rand.Rand, s *retention.Schedule, cols []string, n int, idBase int64, datesOnly bool) []row {
	rules := s.RuleIDs()
	rows := make([]row, n)
	for i := range rows {
		rw := row{id: idBase + int64(i), facts: make([]*string, len(cols)), known: make([]*bool, len(cols))}
		switch k := r.IntN(100); {
		case k == 0:
			rw.rule = "no-such-rule"
		case k == 1:
			rw.rule = strings.ToUpper(rules[0])
		default:
			rw.rule = rules[r.IntN(len(rules))]
		}
		switch k := r.IntN(100); {
		case k < 4:
			rw.holds = []string{"legal-hold"}
		case k < 5:
			rw.holds = []string{"investigation", "subject-access-request"}
		case k < 8:
			rw.holds = []string{}
		}
		base := genDate(r)
		if base.Year() > 9000 && r.IntN(2) == 0 {
			base = civil.MustNew(1990, base.Month(), min(base.Day(), 28))
		}
		for j := range cols {
			yes, no := true, false
			switch k := r.IntN(100); {
			case k < 2: // NULL: not known
			case k < 4:
				rw.known[j] = &no
			default:
				rw.known[j] = &yes
			}
			if r.IntN(4) == 0 {
				continue // NULL: has not happened
			}
			v := genFact(r, base)
			if datesOnly {
				if _, err := civil.Parse(v); err != nil {
					continue
				}
			}
			rw.facts[j] = &v
		}
		rows[i] = rw
	}
	return rows
}

// input is the record as Decide reads it: a NULL column is a fact that has
// not happened (null), and a fact whose known column is not TRUE is left
// out (unknown). withKnown false ignores the known columns.
func input(rw *row, cols []string, withKnown bool) *retention.Input {
	in := &retention.Input{ID: strconv.FormatInt(rw.id, 10), Rule: rw.rule, Holds: rw.holds, Facts: map[string]*string{}}
	for j, f := range rw.facts {
		if withKnown && (rw.known[j] == nil || !*rw.known[j]) {
			continue
		}
		in.Facts[cols[j]] = f
	}
	return in
}

// knownCols names the known column of each fact column.
func knownCols(cols []string) map[string]string {
	m := map[string]string{}
	for _, c := range cols {
		m[c] = "known " + c
	}
	return m
}

// want is Decide's decision in the shape the SQL returns.
func want(d retention.Decision, id int64) got {
	g := got{id: id, rule: d.Rule, version: d.ScheduleVersion, outcome: d.Outcome.String(), reason: d.Reason.String(),
		holds: strings.Join(d.Holds, ";"), missing: d.Missing, detail: d.Detail}
	if !d.NextReview.IsZero() {
		g.next = d.NextReview.String()
	}
	switch d.Outcome {
	case retention.NotYet, retention.ReviewDue, retention.Eligible:
		if !d.Due.IsZero() {
			g.due = d.Due.String()
		}
	}
	if d.Outcome == retention.Eligible {
		g.action = d.Action.String()
		if !d.MustDisposeBy.IsZero() {
			g.disposeBy = d.MustDisposeBy.String()
			g.overdue = d.Overdue
		}
	}
	return g
}

func (g got) String() string {
	return fmt.Sprintf("%+v", struct {
		Rule, Outcome, Reason, Due, Next, Action, DisposeBy string
		Overdue                                             bool
		Holds, Missing, Detail                              string
	}{g.rule, g.outcome, g.reason, g.due, g.next, g.action, g.disposeBy, g.overdue, g.holds, g.missing, g.detail})
}
