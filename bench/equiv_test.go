package bench

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/noticekit/noticekit/civil"
)

// reference decides a case straight from the prose of docs/retention.md with
// time.Time calendar arithmetic, independently of civil day numbers: the
// oracle the three engines are checked against.
func reference(c *Case) Verdict {
	if len(c.Holds) > 0 {
		return Verdict{Outcome: outHeld}
	}
	if c.Captured.IsZero() || !c.CaseOpened.IsZero() && c.CaseClosed.IsZero() {
		return Verdict{Outcome: outAwaiting}
	}
	t := func(d civil.Date) time.Time {
		y, m, dd := d.YMD()
		return time.Date(y, m, dd, 12, 0, 0, 0, time.UTC)
	}
	// 60 days counted after capture: kept through captured+60, due the day after.
	due := t(c.Captured).AddDate(0, 0, 60+1)
	if !c.CaseOpened.IsZero() {
		if closed := t(c.CaseClosed).AddDate(0, 0, 1); closed.After(due) {
			due = closed
		}
	}
	today := t(c.Today)
	dueDay := civil.MustNew(due.Date()).Days()
	if today.Before(due) {
		return Verdict{Outcome: outNotYet, Due: dueDay}
	}
	return Verdict{Outcome: outEligible, Due: dueDay, Overdue: today.After(due.AddDate(0, 0, 30))}
}

// TestSameDecision decides 10 000 generated records with noticekit, CEL and
// Rego and checks that each gives the reference's verdict.
func TestSameDecision(t *testing.T) {
	n := 10000
	if testing.Short() {
		n = 1000
	}
	ctx := context.Background()
	nk, ce, re := newEngines(ctx, t)
	g := NewGenerator(Seed)
	seen := map[string]int{}
	var boundary [4]int // today = due-1, due, due+30, due+31
	leap, monthEnd := 0, 0
	for i := 0; i < n; i++ {
		c := g.Next()
		want := reference(&c)
		seen[want.Outcome]++
		if want.Overdue {
			seen["overdue"]++
		}
		if want.Due != 0 {
			for k, off := range [...]int32{-1, 0, 30, 31} {
				if c.Today.Days() == want.Due+off {
					boundary[k]++
				}
			}
			if d := civil.FromDays(want.Due); d == d.EndOfMonth() {
				monthEnd++
			}
		}
		for _, f := range [...]civil.Date{c.Captured, c.CaseClosed, civil.FromDays(want.Due)} {
			if f.Month() == time.February && f.Day() == 29 {
				leap++
			}
		}

		rec := nk.Prepare(&c)
		d := nk.Sched.Decide(&rec, c.Today)
		gotNK := NoticekitVerdict(&d)
		gotCEL, err := ce.Decide(ce.Prepare(&c))
		if err != nil {
			t.Fatalf("%+v: cel: %v", c, err)
		}
		in, err := re.Prepare(&c)
		if err != nil {
			t.Fatalf("%+v: rego input: %v", c, err)
		}
		gotRego, err := re.Decide(ctx, in)
		if err != nil {
			t.Fatalf("%+v: rego: %v", c, err)
		}
		for _, e := range [...]struct {
			name string
			got  Verdict
		}{{"noticekit", gotNK}, {"cel", gotCEL}, {"rego", gotRego}} {
			if diff := cmp.Diff(want, e.got); diff != "" {
				t.Errorf("record %d %+v: %s (-want +got):\n%s", i, c, e.name, diff)
			}
		}
		if t.Failed() && i > 20 {
			t.FailNow()
		}
	}
	t.Logf("outcomes %v; today at due-1/due/due+30/due+31: %v; due on a month end: %d; 29 February dates: %d", seen, boundary, monthEnd, leap)
	// The generator must keep covering what the comparison is for.
	for _, o := range []string{outHeld, outAwaiting, outNotYet, outEligible, "overdue"} {
		if seen[o] < n/50 {
			t.Errorf("only %d of %d records are %s: the generator no longer covers it", seen[o], n, o)
		}
	}
	for k, b := range boundary {
		if b < n/50 {
			t.Errorf("only %d records decided on boundary day %d", b, k)
		}
	}
	if leap < n/200 || monthEnd < n/100 {
		t.Errorf("only %d 29 February dates and %d month-end due dates", leap, monthEnd)
	}
}

// TestWorkedExamples checks the engines on the worked examples of docs/retention.md
// for bwc-footage and on hand-picked calendar edges.
func TestWorkedExamples(t *testing.T) {
	ctx := context.Background()
	nk, ce, re := newEngines(ctx, t)
	d := civil.MustParse
	tests := []struct {
		name string
		c    Case
		want Verdict
	}{
		{"60 days: the day before due", Case{Captured: d("2026-01-01"), Today: d("2026-03-02")},
			Verdict{Outcome: outNotYet, Due: d("2026-03-03").Days()}},
		{"60 days: due", Case{Captured: d("2026-01-01"), Today: d("2026-03-03")},
			Verdict{Outcome: outEligible, Due: d("2026-03-03").Days()}},
		{"case opened, not closed", Case{Captured: d("2026-01-01"), CaseOpened: d("2026-01-10"), Today: d("2026-06-01")},
			Verdict{Outcome: outAwaiting}},
		{"case closed after the 60 days", Case{Captured: d("2026-01-01"), CaseOpened: d("2026-01-10"), CaseClosed: d("2026-05-05"), Today: d("2026-05-06")},
			Verdict{Outcome: outEligible, Due: d("2026-05-06").Days()}},
		{"case closed within the 60 days", Case{Captured: d("2026-01-01"), CaseOpened: d("2026-01-10"), CaseClosed: d("2026-01-20"), Today: d("2026-03-02")},
			Verdict{Outcome: outNotYet, Due: d("2026-03-03").Days()}},
		{"held", Case{Captured: d("2020-01-01"), Holds: []string{"legal-hold"}, Today: d("2026-03-02")},
			Verdict{Outcome: outHeld}},
		{"leap year: 29 February + 61", Case{Captured: d("2024-02-29"), Today: d("2024-04-30")},
			Verdict{Outcome: outEligible, Due: d("2024-04-30").Days()}},
		{"due on 29 February", Case{Captured: d("2023-12-30"), Today: d("2024-02-28")},
			Verdict{Outcome: outNotYet, Due: d("2024-02-29").Days()}},
		{"last day not overdue", Case{Captured: d("2026-01-01"), Today: d("2026-04-02")},
			Verdict{Outcome: outEligible, Due: d("2026-03-03").Days()}},
		{"first overdue day", Case{Captured: d("2026-01-01"), Today: d("2026-04-03")},
			Verdict{Outcome: outEligible, Due: d("2026-03-03").Days(), Overdue: true}},
		{"closed on 31 December", Case{Captured: d("2025-10-01"), CaseOpened: d("2025-10-02"), CaseClosed: d("2025-12-31"), Today: d("2026-01-01")},
			Verdict{Outcome: outEligible, Due: d("2026-01-01").Days()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, reference(&tt.c)); diff != "" {
				t.Errorf("reference (-want +got):\n%s", diff)
			}
			rec := nk.Prepare(&tt.c)
			dec := nk.Sched.Decide(&rec, tt.c.Today)
			if diff := cmp.Diff(tt.want, NoticekitVerdict(&dec)); diff != "" {
				t.Errorf("noticekit (-want +got):\n%s", diff)
			}
			got, err := ce.Decide(ce.Prepare(&tt.c))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("cel (-want +got):\n%s", diff)
			}
			in, err := re.Prepare(&tt.c)
			if err != nil {
				t.Fatal(err)
			}
			got, err = re.Decide(ctx, in)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("rego (-want +got):\n%s", diff)
			}
		})
	}
}

// newEngines prepares the three engines, failing t if any cannot be built.
func newEngines(ctx context.Context, t *testing.T) (*Noticekit, *CEL, *Rego) {
	t.Helper()
	nk, err := NewNoticekit()
	if err != nil {
		t.Fatal(err)
	}
	ce, err := NewCEL()
	if err != nil {
		t.Fatal(err)
	}
	re, err := NewRego(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return nk, ce, re
}
