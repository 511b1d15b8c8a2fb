package integration

import (
	"hash/fnv"
	"math/rand/v2"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/retention"
)

// The days every table is decided on: today-ish, a 29 February, a
// financial year end, a day long ago and the last representable day.
var todays = []string{"2026-11-29", "2024-02-29", "2031-03-31", "1999-12-31", "9999-12-31"}

func seedFor(name string) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte(name))
	return rand.New(rand.NewPCG(h.Sum64(), 15))
}

// tally counts what a differential run covered.
type tally struct {
	rows, decisions, diffs, premature int
	outcomes, reasons                 map[string]int
}

func newTally() *tally { return &tally{outcomes: map[string]int{}, reasons: map[string]int{}} }

// compare decides rows with Decide for today and compares every field with
// the engine's rows.
func compare(t *testing.T, label string, s *retention.Schedule, cols []string, withKnown bool, rows []row, res []got, today string, tl *tally) {
	t.Helper()
	if len(res) != len(rows) {
		t.Errorf("%s %s: %d rows back for %d records", label, today, len(res), len(rows))
	}
	byID := make(map[int64]*got, len(res))
	for i := range res {
		byID[res[i].id] = &res[i]
	}
	day := civil.MustParse(today)
	for i := range rows {
		rec := s.Resolve(input(&rows[i], cols, withKnown))
		w := want(s.Decide(&rec, day), rows[i].id)
		tl.decisions++
		tl.outcomes[w.outcome]++
		tl.reasons[w.reason]++
		g, ok := byID[rows[i].id]
		if !ok {
			tl.diffs++
			continue
		}
		if g.outcome == "eligible" && w.outcome != "eligible" {
			tl.premature++
		}
		if *g != w {
			tl.diffs++
			if tl.diffs <= 10 {
				t.Errorf("%s today %s record %+v:\n  Decide %v\n  SQL    %v", label, today, show(&rows[i], cols), w, *g)
			}
		}
	}
}

func show(rw *row, cols []string) string {
	var b strings.Builder
	b.WriteString("rule=" + rw.rule)
	for j, f := range rw.facts {
		if f == nil {
			b.WriteString(" " + cols[j] + "=NULL")
		} else {
			b.WriteString(" " + cols[j] + "=" + *f)
		}
	}
	if rw.holds != nil {
		b.WriteString(" holds=[" + strings.Join(rw.holds, ";") + "]")
	}
	return b.String()
}

// differential loads perSchedule generated records of every seed schedule
// into e, runs the generated SELECT for every day of todays and compares
// every row with Decide.
func differential(t *testing.T, e engine, perSchedule int) {
	tl := newTally()
	var id int64
	for _, path := range seedSchedules(t) {
		s := loadSchedule(t, path)
		cols := columns(s)
		rows := genRows(seedFor(path), s, cols, perSchedule, id, false)
		id += int64(perSchedule)
		tl.rows += len(rows)
		e.load(t, "records", cols, false, rows)
		q, err := s.SQL(retention.SQLOptions{Dialect: e.dialect(), Known: knownCols(cols)})
		if err != nil {
			t.Fatal(err)
		}
		for _, today := range todays {
			compare(t, e.name()+" "+filepath.Base(path), s, cols, true, rows, e.decide(t, q, today), today, tl)
		}
	}
	report(t, e.name(), tl)
	if tl.rows < 200_000 && !testing.Short() {
		t.Errorf("%d records: want at least 200 000", tl.rows)
	}
	// Every outcome must have been exercised, and the reasons that carry
	// the traps (missing facts, malformed text, beyond 9999, holds).
	for _, o := range retention.Outcomes() {
		if tl.outcomes[o.String()] == 0 {
			t.Errorf("no %s decision was generated", o)
		}
	}
	for _, r := range []retention.Reason{retention.MalformedFact, retention.UnknownRule, retention.FactUnknown, retention.FactInFuture,
		retention.FactsOutOfOrder, retention.PrerequisiteNotHappened, retention.RecordHold, retention.MissingFact,
		retention.PeriodRunning, retention.PeriodEnded, retention.DueBeyondRange, retention.ReviewCycleDue, retention.ReviewAtEnd,
		retention.NextReviewCycle, retention.NoClauseApplies, retention.Moratorium, retention.KeepPermanently} {
		if tl.reasons[r.String()] == 0 {
			t.Errorf("no decision with reason %s was generated", r)
		}
	}
}

func report(t *testing.T, engine string, tl *tally) {
	t.Helper()
	var oc []string
	for k, v := range tl.outcomes {
		oc = append(oc, k+"="+itoa(v))
	}
	sort.Strings(oc)
	t.Logf("%s: %d records, %d decisions compared, %d differences, %d premature eligible; %s",
		engine, tl.rows, tl.decisions, tl.diffs, tl.premature, strings.Join(oc, " "))
	if tl.diffs != 0 || tl.premature != 0 {
		t.Errorf("%s: %d differences from Decide, %d premature eligible: want 0", engine, tl.diffs, tl.premature)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func perSchedule() int {
	if testing.Short() {
		return 5_000
	}
	return 34_000
}

func TestDifferentialDuckDB(t *testing.T) { differential(t, openDuck(t), perSchedule()) }

func TestDifferentialPostgreSQL(t *testing.T) { differential(t, openPG(t), perSchedule()) }
