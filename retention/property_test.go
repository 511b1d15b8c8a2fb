package retention

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/noticekit/noticekit/civil"
)

// ---- a naive reference implementation -------------------------------
//
// ref* below decide from a Definition directly, with their own
// year/month/day arithmetic: no time package, no civil day numbers, days
// added one at a time. FuzzDecide compares Decide with it.

type ymd struct{ y, m, d int }

var beyond = ymd{10000, 1, 1} // after 9999-12-31

func (a ymd) less(b ymd) bool {
	if a.y != b.y {
		return a.y < b.y
	}
	if a.m != b.m {
		return a.m < b.m
	}
	return a.d < b.d
}

func (a ymd) String() string {
	if a == (ymd{}) || a == beyond {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", a.y, a.m, a.d)
}

func refLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func refDaysIn(y, m int) int {
	switch m {
	case 2:
		if refLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func refParse(s string) (ymd, bool) {
	// Noon UTC falls on the same date in London in winter (GMT) and in
	// summer (BST, UTC+1), so this timestamp form needs no time zone rules.
	s = strings.TrimSuffix(s, "T12:00:00Z")
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return ymd{}, false
	}
	y, e1 := strconv.Atoi(s[0:4])
	m, e2 := strconv.Atoi(s[5:7])
	d, e3 := strconv.Atoi(s[8:10])
	if e1 != nil || e2 != nil || e3 != nil || y < 1 || m < 1 || m > 12 || d < 1 || d > refDaysIn(y, m) {
		return ymd{}, false
	}
	return ymd{y, m, d}, true
}

func refAddMonths(a ymd, n int) ymd {
	if a == beyond {
		return beyond
	}
	total := a.y*12 + a.m - 1 + n
	y, m := total/12, total%12+1
	if y > 9999 {
		return beyond
	}
	return ymd{y, m, min(a.d, refDaysIn(y, m))}
}

func refAddDays(a ymd, n int) ymd {
	for ; n > 0; n-- {
		if a == beyond {
			return beyond
		}
		a.d++
		if a.d > refDaysIn(a.y, a.m) {
			a.d, a.m = 1, a.m+1
			if a.m > 12 {
				a.m, a.y = 1, a.y+1
				if a.y > 9999 {
					return beyond
				}
			}
		}
	}
	return a
}

func refAddPeriod(a ymd, p Period, extraDays int) ymd {
	return refAddDays(refAddMonths(a, p.Years()*12+p.Months()), p.Weeks()*7+p.Days()+extraDays)
}

func refCutoff(a ymd, c string) ymd {
	next := func(y, m, d int) ymd {
		if y > 9999 {
			return beyond
		}
		return ymd{y, m, d}
	}
	switch c {
	case "month":
		return ymd{a.y, a.m, refDaysIn(a.y, a.m)}
	case "calendar-year":
		return ymd{a.y, 12, 31}
	case "financial-year":
		if a.m <= 3 {
			return ymd{a.y, 3, 31}
		}
		return next(a.y+1, 3, 31)
	case "tax-year":
		if a.m < 4 || a.m == 4 && a.d <= 5 {
			return ymd{a.y, 4, 5}
		}
		return next(a.y+1, 4, 5)
	case "academic-year":
		if a.m <= 8 {
			return ymd{a.y, 8, 31}
		}
		return next(a.y+1, 8, 31)
	}
	return a
}

type refState int

const (
	refNA refState = iota
	refAwait
	refDue
)

// refEval returns the state of a clause, its due date, and the fact that
// is missing (the absent from) or, for refNA, the first absent when.
func refEval(c *ClauseDef, facts map[string]ymd) (refState, ymd, string) {
	switch {
	case c.LaterOf != nil:
		st, due, na := refNA, ymd{}, ""
		for i := range c.LaterOf {
			s, d, m := refEval(&c.LaterOf[i], facts)
			switch s {
			case refAwait:
				return refAwait, ymd{}, m
			case refDue:
				if st == refNA || due.less(d) {
					due = d
				}
				st = refDue
			default:
				if na == "" {
					na = m
				}
			}
		}
		return st, due, na
	case c.EarlierOf != nil:
		found, best, aw, na := false, ymd{}, "", ""
		for i := range c.EarlierOf {
			s, d, m := refEval(&c.EarlierOf[i], facts)
			switch s {
			case refDue:
				if !found || d.less(best) {
					best = d
				}
				found = true
			case refAwait:
				if aw == "" {
					aw = m
				}
			default:
				if na == "" {
					na = m
				}
			}
		}
		if found {
			return refDue, best, ""
		}
		if aw != "" {
			return refAwait, ymd{}, aw
		}
		return refNA, ymd{}, na
	}
	if c.When != "" {
		if _, ok := facts[c.When]; !ok {
			return refNA, ymd{}, c.When
		}
	}
	a, ok := facts[c.From]
	if !ok {
		return refAwait, ymd{}, c.From
	}
	a = refCutoff(a, c.Cutoff)
	p := MustParsePeriod(orP0D(c.Period))
	extra := 1
	if c.Counting == "beginning-with" {
		extra = 0
	}
	return refDue, refAddPeriod(a, p, extra), ""
}

func orP0D(s string) string {
	if s == "" {
		return "P0D"
	}
	return s
}

// refWalk calls f for every leaf of c.
func refWalk(c *ClauseDef, f func(*ClauseDef)) {
	for i := range c.LaterOf {
		refWalk(&c.LaterOf[i], f)
	}
	for i := range c.EarlierOf {
		refWalk(&c.EarlierOf[i], f)
	}
	if c.LaterOf == nil && c.EarlierOf == nil {
		f(c)
	}
}

// refDecision is what FuzzDecide compares.
type refDecision struct {
	Outcome, Reason, Due, Missing, MustDisposeBy string
	Overdue                                      bool
}

func refDecide(def *Definition, rule string, facts map[string]string, holds []string, today ymd) refDecision {
	cannot := func(r Reason) refDecision { return refDecision{Outcome: "cannot-evaluate", Reason: r.String()} }
	known := map[string]bool{ReviewedFact: true}
	var rd *RuleDef
	for i := range def.Rules {
		r := &def.Rules[i]
		if r.Retain != nil {
			refWalk(r.Retain, func(l *ClauseDef) {
				known[l.From] = true
				if l.When != "" {
					known[l.When] = true
				}
			})
		}
		if r.ReviewEvery != nil {
			known[r.ReviewEvery.From] = true
		}
		if r.ID == rule {
			rd = r
		}
	}
	fs := map[string]ymd{}
	names := make([]string, 0, len(facts))
	for n := range facts {
		names = append(names, n)
	}
	sortStrings(names)
	for _, n := range names {
		v := facts[n]
		if !known[n] {
			return cannot(UnknownFact)
		}
		a, ok := refParse(v)
		if !ok {
			return cannot(MalformedFact)
		}
		fs[n] = a
	}
	if rd == nil {
		return cannot(UnknownRule)
	}
	var used []string
	type pair struct{ early, late string }
	var order []pair
	if rd.Retain != nil {
		refWalk(rd.Retain, func(l *ClauseDef) {
			used = append(used, l.From)
			if l.When != "" {
				used = append(used, l.When)
				if l.When != l.From {
					order = append(order, pair{l.When, l.From})
				}
			}
		})
	}
	if rd.ReviewEvery != nil {
		used = append(used, rd.ReviewEvery.From, ReviewedFact)
		order = append([]pair{{rd.ReviewEvery.From, ReviewedFact}}, order...)
	}
	if rd.Then == "review" {
		used = append(used, ReviewedFact)
	}
	for _, n := range used {
		if a, ok := fs[n]; ok && today.less(a) {
			return cannot(FactInFuture)
		}
	}
	for _, p := range order {
		a, ok1 := fs[p.early]
		b, ok2 := fs[p.late]
		if ok1 && ok2 && b.less(a) {
			return cannot(FactsOutOfOrder)
		}
	}
	if len(holds) > 0 {
		return refDecision{Outcome: "held", Reason: "record-hold"}
	}
	for _, m := range def.Moratoria {
		covers := len(m.Rules) == 0
		for _, r := range m.Rules {
			covers = covers || r == rule
		}
		from, until := ymd{1, 1, 1}, ymd{9999, 12, 31}
		if m.From != "" {
			from, _ = refParse(m.From)
		}
		if m.Until != "" {
			until, _ = refParse(m.Until)
		}
		if covers && !today.less(from) && !until.less(today) {
			return refDecision{Outcome: "held", Reason: "moratorium"}
		}
	}
	if rd.Then == "keep" {
		return refDecision{Outcome: "permanent", Reason: "keep"}
	}
	st, due, missing := refEval(rd.Retain, fs)
	switch st {
	case refNA:
		return refDecision{Outcome: "awaiting-event", Reason: "no-clause-applies", Missing: missing}
	case refAwait:
		return refDecision{Outcome: "awaiting-event", Reason: "missing-fact", Missing: missing}
	}
	reviewed, hasReviewed := fs[ReviewedFact]
	if today.less(due) {
		if rv := rd.ReviewEvery; rv != nil {
			base, ok := fs[rv.From]
			if !ok {
				return refDecision{Outcome: "awaiting-event", Reason: "missing-fact", Missing: rv.From}
			}
			if hasReviewed && base.less(reviewed) {
				base = reviewed
			}
			next := refAddPeriod(base, MustParsePeriod(rv.Period), 1)
			if !today.less(next) {
				return refDecision{Outcome: "review-due", Reason: "review-cycle-due", Due: next.String()}
			}
		}
		if due == beyond {
			return refDecision{Outcome: "not-yet", Reason: "due-beyond-range"}
		}
		return refDecision{Outcome: "not-yet", Reason: "period-running", Due: due.String()}
	}
	if rd.Then == "review" {
		var cycle Period
		hasCycle := false
		if rd.ReviewEvery != nil {
			cycle, hasCycle = MustParsePeriod(rd.ReviewEvery.Period), true
		} else if rd.Retain.LaterOf == nil && rd.Retain.EarlierOf == nil {
			cycle, hasCycle = MustParsePeriod(orP0D(rd.Retain.Period)), true
		}
		if hasCycle && hasReviewed && !reviewed.less(due) {
			next := refAddPeriod(reviewed, cycle, 1)
			if today.less(next) {
				if next == beyond {
					return refDecision{Outcome: "not-yet", Reason: "due-beyond-range"}
				}
				return refDecision{Outcome: "not-yet", Reason: "reviewed", Due: next.String()}
			}
			return refDecision{Outcome: "review-due", Reason: "review-at-end", Due: next.String()}
		}
		return refDecision{Outcome: "review-due", Reason: "review-at-end", Due: due.String()}
	}
	out := refDecision{Outcome: "eligible", Reason: "period-ended", Due: due.String()}
	if rd.DisposeWithin != "" {
		by := refAddPeriod(due, MustParsePeriod(rd.DisposeWithin), 0)
		if by != beyond {
			out.MustDisposeBy = by.String()
			out.Overdue = by.less(today)
		}
	}
	return out
}

// ---- random schedules and records ------------------------------------

var factPool = []string{"a", "b", "c", "d", "e"}

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

func randClause(r *rand.Rand, depth int) ClauseDef {
	if depth < 3 && r.IntN(3) == 0 {
		kids := make([]ClauseDef, 1+r.IntN(3))
		for i := range kids {
			kids[i] = randClause(r, depth+1)
		}
		if r.IntN(2) == 0 {
			return ClauseDef{LaterOf: kids}
		}
		return ClauseDef{EarlierOf: kids}
	}
	c := ClauseDef{From: factPool[r.IntN(len(factPool))], Period: randPeriod(r)}
	if r.IntN(4) == 0 {
		c.From = ReviewedFact
	}
	if r.IntN(3) == 0 {
		c.Cutoff = cutoffCodes[1+r.IntN(len(cutoffCodes)-1)]
	}
	if r.IntN(3) == 0 {
		c.Counting = countingCodes[1+r.IntN(2)]
	}
	if r.IntN(4) == 0 {
		c.When = factPool[r.IntN(len(factPool))]
	}
	return c
}

func randDate(r *rand.Rand) ymd {
	y := 1850 + r.IntN(260)
	if r.IntN(20) == 0 {
		y = 9990 + r.IntN(10)
	}
	m := 1 + r.IntN(12)
	d := 1 + r.IntN(refDaysIn(y, m))
	if r.IntN(3) == 0 { // month ends and 29 Feb are where bugs live
		d = refDaysIn(y, m)
	}
	return ymd{y, m, d}
}

func randDefinition(r *rand.Rand, moratoria bool) *Definition {
	def := &Definition{Schema: SchemaID, ID: "rand", Version: fmt.Sprint(r.Uint32())}
	for i := range 1 + r.IntN(4) {
		rd := RuleDef{ID: fmt.Sprintf("r%d", i), Then: actionCodes[1+r.IntN(len(actionCodes)-1)]}
		if rd.Then != "keep" {
			c := randClause(r, 0)
			rd.Retain = &c
			if r.IntN(4) == 0 {
				rd.ReviewEvery = &ReviewDef{From: factPool[r.IntN(len(factPool))], Period: fmt.Sprintf("P%dY%dD", 1+r.IntN(10), r.IntN(30))}
			}
			if a, _ := ParseAction(rd.Then); a.disposes() && r.IntN(2) == 0 {
				rd.DisposeWithin = fmt.Sprintf("P%dD", 1+r.IntN(60))
			}
		}
		def.Rules = append(def.Rules, rd)
	}
	if moratoria && r.IntN(3) == 0 {
		m := MoratoriumDef{ID: "m"}
		if r.IntN(2) == 0 {
			m.Rules = []string{def.Rules[0].ID}
		}
		a, b := randDate(r), randDate(r)
		if b.less(a) {
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

// randFacts returns facts for the given names (mostly in order, near one
// another) and a day to decide on, mostly after them.
func randFacts(r *rand.Rand, names []string) (map[string]string, ymd) {
	facts := map[string]string{}
	base := randDate(r)
	if base.y > 9000 && r.IntN(2) == 0 {
		base.y = 1990
	}
	for _, f := range names {
		var v ymd
		switch r.IntN(5) {
		case 0: // absent
			continue
		case 1:
			v = randDate(r)
		default: // near the others, so that facts are mostly in order
			v = refAddDays(base, r.IntN(3000))
		}
		if v != beyond {
			facts[f] = v.String()
			if r.IntN(8) == 0 { // a timestamp: read as its date in London
				facts[f] += "T12:00:00Z"
			}
		}
	}
	today := refAddDays(refAddMonths(base, r.IntN(2400)), r.IntN(60))
	if r.IntN(5) == 0 || today == beyond {
		today = randDate(r)
	}
	return facts, today
}

func toDate(a ymd) civil.Date { return civil.MustParse(a.String()) }

// ---- properties ---------------------------------------------------------

func TestProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(2026, 4))
	n := 3000
	if testing.Short() {
		n = 300
	}
	for range n {
		def := randDefinition(r, true)
		s, err := Compile(def)
		if err != nil {
			t.Fatalf("random schedule does not compile: %v\n%+v", err, def)
		}
		for range 5 {
			rd := def.Rules[r.IntN(len(def.Rules))]
			facts, today := randFacts(r, s.Facts())
			rec := s.Resolve(&Input{ID: "x", Rule: rd.ID, Facts: facts})
			dec := s.Decide(&rec, toDate(today))
			ctx := func() string { return fmt.Sprintf("rule %+v facts %v today %v: %+v", rd, facts, today, dec) }

			// A hold always wins (cannot-evaluate aside, which is never eligible).
			held := s.Resolve(&Input{ID: "x", Rule: rd.ID, Facts: facts, Holds: []string{"legal-hold"}})
			hd := s.Decide(&held, toDate(today))
			if dec.Outcome == CannotEvaluate && hd.Outcome != CannotEvaluate ||
				dec.Outcome != CannotEvaluate && (hd.Outcome != Held || hd.Reason != RecordHold) {
				t.Fatalf("with a hold: %s; %s", hd.Outcome, ctx())
			}
			// Review and keep are never eligible.
			if (rd.Then == "review" || rd.Then == "keep") && dec.Outcome == Eligible {
				t.Fatalf("%s rule eligible: %s", rd.Then, ctx())
			}
			// Every reason belongs to its outcome.
			if dec.Reason.Outcome() != dec.Outcome {
				t.Fatalf("reason %s with outcome %s", dec.Reason, dec.Outcome)
			}
			// A record with no facts is never eligible.
			empty := s.Resolve(&Input{Rule: rd.ID})
			if e := s.Decide(&empty, toDate(today)); e.Outcome == Eligible || e.Outcome == NotYet || e.Outcome == ReviewDue {
				t.Fatalf("no facts: %s; rule %+v", e.Outcome, rd)
			}
			// A missing "from" fact (one the rule never uses as "when") never
			// makes disposal possible or earlier.
			whens := map[string]bool{}
			if rd.Retain != nil {
				refWalk(rd.Retain, func(l *ClauseDef) { whens[l.When] = true })
			}
			if dec.Outcome != CannotEvaluate {
				for f := range facts {
					if whens[f] {
						continue
					}
					less := map[string]string{}
					for k, v := range facts {
						if k != f {
							less[k] = v
						}
					}
					lr := s.Resolve(&Input{Rule: rd.ID, Facts: less})
					ld := s.Decide(&lr, toDate(today))
					if ld.Outcome == Eligible && (dec.Outcome != Eligible || ld.Due.Before(dec.Due)) {
						t.Fatalf("without %s: %+v; %s", f, ld, ctx())
					}
				}
			}
			// Once eligible, eligible on every later day (a moratorium may hold
			// it)…
			if dec.Outcome == Eligible {
				for _, k := range []int{1, 2, 30, 365, 3653, 36525, r.IntN(100000)} {
					later := toDate(today).AddDays(k)
					if later.IsZero() {
						continue
					}
					ld := s.Decide(&rec, later)
					if ld.Outcome != Eligible && !(ld.Outcome == Held && ld.Reason == Moratorium) {
						t.Fatalf("eligible on %v but %s %d days later: %s", today, ld.Outcome, k, ctx())
					}
					if ld.Outcome == Eligible && ld.Due != dec.Due {
						t.Fatalf("due moved from %s to %s", dec.Due, ld.Due)
					}
				}
			}
			// …and, with no moratoria (same facts, no holds), strictly so.
			if len(def.Moratoria) > 0 {
				free := *def
				free.Moratoria = nil
				fs, err := Compile(&free)
				if err != nil {
					t.Fatal(err)
				}
				frec := fs.Resolve(&Input{ID: "x", Rule: rd.ID, Facts: facts})
				if fd := fs.Decide(&frec, toDate(today)); fd.Outcome == Eligible {
					for _, k := range []int{1, 30, 3653, r.IntN(100000)} {
						if later := toDate(today).AddDays(k); !later.IsZero() {
							if ld := fs.Decide(&frec, later); ld.Outcome != Eligible || ld.Due != fd.Due {
								t.Fatalf("without moratoria: eligible on %v but %s (due %s) %d days later: %s", today, ld.Outcome, ld.Due, k, ctx())
							}
						}
					}
				}
			}
			// earlier_of is never due before its earliest known clause.
			if c := rd.Retain; c != nil && c.EarlierOf != nil && (dec.Outcome == NotYet && dec.Reason == PeriodRunning || dec.Outcome == Eligible) {
				fs := map[string]ymd{}
				for k, v := range facts {
					fs[k], _ = refParse(v)
				}
				var earliest ymd
				found := false
				for i := range c.EarlierOf {
					if st, due, _ := refEval(&c.EarlierOf[i], fs); st == refDue && (!found || due.less(earliest)) {
						earliest, found = due, true
					}
				}
				if !found || dec.Due.String() != earliest.String() {
					t.Fatalf("earlier_of due %s, earliest known clause %v: %s", dec.Due, earliest, ctx())
				}
			}
		}
	}
}

// FuzzDecide compares Decide with refDecide on random schedules and records
// derived from the fuzz input.
func FuzzDecide(f *testing.F) {
	for i := range uint64(20) {
		f.Add(i, i*7919)
	}
	f.Fuzz(func(t *testing.T, seed1, seed2 uint64) {
		r := rand.New(rand.NewPCG(seed1, seed2))
		def := randDefinition(r, true)
		s, err := Compile(def)
		if err != nil {
			t.Fatalf("random schedule does not compile: %v", err)
		}
		for range 20 {
			rule := def.Rules[r.IntN(len(def.Rules))].ID
			if r.IntN(30) == 0 {
				rule = "unknown"
			}
			facts, today := randFacts(r, s.Facts())
			if r.IntN(30) == 0 {
				facts["b"] = "2026-02-30"
			}
			if r.IntN(30) == 0 {
				facts["zz"] = "2026-01-01"
			}
			var holds []string
			if r.IntN(10) == 0 {
				holds = []string{"h"}
			}
			want := refDecide(def, rule, facts, holds, today)
			rec := s.Resolve(&Input{Rule: rule, Facts: facts, Holds: holds})
			dec := s.Decide(&rec, toDate(today))
			got := refDecision{Outcome: dec.Outcome.String(), Reason: dec.Reason.String(), Due: dec.Due.String(),
				Missing: dec.Missing, MustDisposeBy: dec.MustDisposeBy.String(), Overdue: dec.Overdue}
			if got != want {
				t.Fatalf("rule %s of %+v\nfacts %v holds %v today %v\ngot  %+v\nwant %+v", rule, def, facts, holds, today, got, want)
			}
		}
	})
}

// TestDecideMatchesReference runs the FuzzDecide comparison over many
// fixed seeds, so that plain go test exercises it.
func TestDecideMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	n := 2000
	if testing.Short() {
		n = 200
	}
	for range n {
		def := randDefinition(r, true)
		s, err := Compile(def)
		if err != nil {
			t.Fatal(err)
		}
		for range 10 {
			rule := def.Rules[r.IntN(len(def.Rules))].ID
			facts, today := randFacts(r, s.Facts())
			want := refDecide(def, rule, facts, nil, today)
			rec := s.Resolve(&Input{Rule: rule, Facts: facts})
			dec := s.Decide(&rec, toDate(today))
			got := refDecision{Outcome: dec.Outcome.String(), Reason: dec.Reason.String(), Due: dec.Due.String(),
				Missing: dec.Missing, MustDisposeBy: dec.MustDisposeBy.String(), Overdue: dec.Overdue}
			if got != want {
				t.Fatalf("rule %s of %+v\nfacts %v today %v\ngot  %+v\nwant %+v", rule, def, facts, today, got, want)
			}
		}
	}
}
