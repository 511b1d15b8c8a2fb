package integration

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/noticekit/noticekit/retention"
)

// Random schedules, after the retention package's property generator
// (retention/property_test.go, which a test of another module cannot
// import): nested later_of / earlier_of up to depth 3, every cutoff and
// counting, when facts, review cycles with and without from, dispose_within,
// declared requires / not_before constraints and moratoria. Each is
// compiled to SQL and checked against Decide on a small DuckDB table.

var randFacts = []string{"a", "b", "c", "d", "e"}

var cutoffs = []string{"month", "calendar-year", "financial-year", "tax-year", "academic-year"}

func randPeriod(r *rand.Rand) string {
	switch r.IntN(6) {
	case 0:
		return ""
	case 1:
		return fmt.Sprintf("P%dD", r.IntN(400))
	case 2:
		return fmt.Sprintf("P%dY", r.IntN(120))
	case 3:
		return fmt.Sprintf("P%dM", r.IntN(30))
	case 4:
		return fmt.Sprintf("P%dW", r.IntN(60))
	}
	return fmt.Sprintf("P%dY%dM%dW%dD", r.IntN(10), r.IntN(13), r.IntN(5), r.IntN(40))
}

func randClause(r *rand.Rand, depth int) retention.ClauseDef {
	if depth < 3 && r.IntN(3) == 0 {
		kids := make([]retention.ClauseDef, 1+r.IntN(3))
		for i := range kids {
			kids[i] = randClause(r, depth+1)
		}
		if r.IntN(2) == 0 {
			return retention.ClauseDef{LaterOf: kids}
		}
		return retention.ClauseDef{EarlierOf: kids}
	}
	c := retention.ClauseDef{From: randFacts[r.IntN(len(randFacts))], Period: randPeriod(r)}
	if r.IntN(6) == 0 {
		c.From = retention.ReviewedFact
	}
	if r.IntN(3) == 0 {
		c.Cutoff = cutoffs[r.IntN(len(cutoffs))]
	}
	if r.IntN(3) == 0 {
		c.Counting = []string{"after", "beginning-with"}[r.IntN(2)]
	}
	if r.IntN(4) == 0 {
		c.When = randFacts[r.IntN(len(randFacts))]
	}
	return c
}

func randDefinition(r *rand.Rand, n int) *retention.Definition {
	def := &retention.Definition{Schema: retention.SchemaID, ID: "rand", Version: fmt.Sprint(n)}
	for i, f := range randFacts {
		fd := retention.FactDef{Name: f, Meaning: "fact " + f}
		for _, g := range randFacts[:i] { // constraints only on earlier names: never a cycle
			switch r.IntN(8) {
			case 0:
				fd.Requires = append(fd.Requires, g)
			case 1:
				fd.NotBefore = append(fd.NotBefore, g)
			}
		}
		def.Facts = append(def.Facts, fd)
	}
	def.Facts = append(def.Facts, retention.FactDef{Name: retention.ReviewedFact, Meaning: "the latest review"})
	actions := []string{"destroy", "anonymise", "transfer", "review", "keep"}
	for i := range 1 + r.IntN(4) {
		rd := retention.RuleDef{ID: fmt.Sprintf("r%d", i), Then: actions[r.IntN(len(actions))]}
		if rd.Then != "keep" {
			c := randClause(r, 0)
			rd.Retain = &c
			if rd.Then == "review" || r.IntN(4) == 0 {
				rd.ReviewEvery = &retention.ReviewDef{Period: fmt.Sprintf("P%dY%dD", 1+r.IntN(10), r.IntN(30))}
				if rd.Then != "review" || r.IntN(2) == 0 {
					rd.ReviewEvery.From = randFacts[r.IntN(len(randFacts))]
				}
			}
			if rd.Then != "review" && r.IntN(2) == 0 {
				rd.DisposeWithin = []string{fmt.Sprintf("P%dD", 1+r.IntN(60)), fmt.Sprintf("P%dM", 1+r.IntN(13)),
					fmt.Sprintf("P%dY%dM", r.IntN(3), 1+r.IntN(11))}[r.IntN(3)]
			}
		}
		def.Rules = append(def.Rules, rd)
	}
	if r.IntN(3) == 0 {
		m := retention.MoratoriumDef{ID: "m"}
		if r.IntN(2) == 0 {
			m.Rules = []string{def.Rules[0].ID}
		}
		a, b := genDate(r), genDate(r)
		if b.Before(a) {
			a, b = b, a
		}
		if r.IntN(4) != 0 {
			m.From = a.String()
		}
		if r.IntN(4) != 0 {
			m.Until = b.String()
		}
		def.Moratoria = append(def.Moratoria, m)
	}
	return def
}

func TestRandomSchedulesDuckDB(t *testing.T) {
	n, perTable := 200, 300
	if testing.Short() {
		n = 60
	}
	e := openDuck(t)
	r := rand.New(rand.NewPCG(15, 10))
	tl := newTally()
	compiled := 0
	for i := range n {
		def := randDefinition(r, i)
		s, err := retention.Compile(def)
		if err != nil {
			// The generator keeps to what Compile accepts: a refusal is
			// a generator fault worth seeing.
			t.Fatalf("schedule %d: %v", i, err)
		}
		compiled++
		cols := columns(s)
		rows := genRows(r, s, cols, perTable, 0, false)
		e.load(t, "records", cols, false, rows)
		q, err := s.SQL(retention.SQLOptions{Dialect: retention.DuckDB, Known: knownCols(cols)})
		if err != nil {
			t.Fatal(err)
		}
		tl.rows += len(rows)
		before := tl.diffs
		for _, today := range todays[:3] {
			compare(t, fmt.Sprintf("random schedule %d", i), s, cols, true, rows, e.decide(t, q, today), today, tl)
		}
		if tl.diffs > before {
			t.Logf("schedule %d: %+v", i, def)
		}
		if tl.diffs > 30 {
			break
		}
	}
	report(t, "duckdb, random schedules", tl)
	for _, o := range retention.Outcomes() {
		if tl.outcomes[o.String()] == 0 {
			t.Errorf("no %s decision was generated", o)
		}
	}
}
