package bench

import (
	"context"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/retention"
)

// benchCases is the record set every per-decision benchmark cycles
// through: the same generated records (boundary days, holds, open cases)
// for each engine, each with its own day to decide on.
const benchCases = 1024

func cases(n int) []Case {
	g := NewGenerator(Seed)
	cs := make([]Case, n)
	for i := range cs {
		cs[i] = g.Next()
	}
	return cs
}

var (
	sinkVerdict Verdict
	sinkInt     int32
)

// BenchmarkDecide measures one decision per op for each engine, with the
// record already in the engine's own input form (resolved Record, CEL
// activation, Rego ast.Value) and the result read in the engine's own
// typed form: noticekit's Decision is one already (its outcome, due date
// and overdue are read from it); CEL's ref.Val list and Rego's ResultSet
// are unpacked into a Verdict, which is what a caller of those engines has
// to do before using the answer. TestSameDecision checks all three.
func BenchmarkDecide(b *testing.B) {
	cs := cases(benchCases)
	b.Run("engine=noticekit", func(b *testing.B) {
		nk, err := NewNoticekit()
		if err != nil {
			b.Fatal(err)
		}
		benchNoticekit(b, nk, cs)
	})
	b.Run("engine=cel", func(b *testing.B) {
		ce, err := NewCEL()
		if err != nil {
			b.Fatal(err)
		}
		acts := make([]*CELVars, len(cs))
		for i := range cs {
			acts[i] = ce.Prepare(&cs[i])
		}
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			v, err := ce.Decide(acts[i])
			if err != nil {
				b.Fatal(err)
			}
			sinkVerdict = v
			if i++; i == len(acts) {
				i = 0
			}
		}
	})
	b.Run("engine=opa", func(b *testing.B) {
		ctx := context.Background()
		re, err := NewRego(ctx)
		if err != nil {
			b.Fatal(err)
		}
		ins := make([]ast.Value, len(cs))
		for i := range cs {
			if ins[i], err = re.Prepare(&cs[i]); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			v, err := re.Decide(ctx, ins[i])
			if err != nil {
				b.Fatal(err)
			}
			sinkVerdict = v
			if i++; i == len(ins) {
				i = 0
			}
		}
	})
}

// BenchmarkDecideBatch measures Schedule.DecideAll on one core: a batch of
// 4096 resolved records decided for one day, reported as decisions/s.
func BenchmarkDecideBatch(b *testing.B) {
	nk, err := NewNoticekit()
	if err != nil {
		b.Fatal(err)
	}
	today := civil.MustNew(2026, time.June, 1)
	cs := cases(4096)
	for i := range cs {
		cs[i] = cs[i].ShiftTo(today)
	}
	recs := nk.PrepareAll(cs)
	out := make([]retention.Decision, len(recs))
	b.ReportAllocs()
	for b.Loop() {
		nk.Sched.DecideAll(recs, today, out)
	}
	n := float64(b.N) * float64(len(recs))
	b.ReportMetric(n/b.Elapsed().Seconds(), "decisions/s")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/decision")
}

// BenchmarkDecideOutcome measures noticekit's Decide on records that all
// take the same path, one sub-benchmark per outcome: the cost of each path
// without the branch mispredictions a mixed stream (BenchmarkDecide) pays.
func BenchmarkDecideOutcome(b *testing.B) {
	nk, err := NewNoticekit()
	if err != nil {
		b.Fatal(err)
	}
	byOutcome := map[string][]Case{}
	for _, c := range cases(20 * benchCases) {
		v := reference(&c)
		o := v.Outcome
		if v.Overdue {
			o = "overdue"
		}
		if len(byOutcome[o]) < benchCases {
			byOutcome[o] = append(byOutcome[o], c)
		}
	}
	for _, o := range []string{outHeld, outAwaiting, outNotYet, outEligible, "overdue"} {
		cs := byOutcome[o]
		if len(cs) == 0 {
			b.Fatalf("no generated record is %s", o)
		}
		b.Run("outcome="+o, func(b *testing.B) { benchNoticekit(b, nk, cs) })
	}
}

// benchNoticekit decides cs with noticekit, one record per op, cycling
// through them; each record is resolved once, before the timer starts.
func benchNoticekit(b *testing.B, nk *Noticekit, cs []Case) {
	recs := nk.PrepareAll(cs)
	days := make([]civil.Date, len(cs))
	for i := range cs {
		days[i] = cs[i].Today
	}
	b.ReportAllocs()
	i, acc := 0, int32(0)
	for b.Loop() {
		d := nk.Sched.Decide(&recs[i], days[i])
		acc += int32(d.Outcome) + d.Due.Days()
		if d.Overdue {
			acc++
		}
		if i++; i == len(recs) {
			i = 0
		}
	}
	sinkInt = acc
}
