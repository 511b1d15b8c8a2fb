package retention

import (
	"fmt"
	"math/rand/v2"
	"slices"
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
	for n > 0 {
		if a == beyond {
			return beyond
		}
		if left := refDaysIn(a.y, a.m) - a.d; n > left { // to the first of the next month
			n -= left + 1
			a.d, a.m = 1, a.m+1
			if a.m > 12 {
				a.m, a.y = 1, a.y+1
				if a.y > 9999 {
					return beyond
				}
			}
			continue
		}
		a.d += n
		n = 0
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

// refFact is a record fact in the reference: known, happened, its date.
type refFact struct {
	happened bool
	date     ymd
}

// refEval returns the state of a clause, its due date, and the fact that
// has not happened (the from of refAwait, or the first when of refNA). Every
// fact it reads is known.
func refEval(c *ClauseDef, facts map[string]refFact) (refState, ymd, string) {
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
	if c.When != "" && !facts[c.When].happened {
		return refNA, ymd{}, c.When
	}
	f := facts[c.From]
	if !f.happened {
		return refAwait, ymd{}, c.From
	}
	a := refCutoff(f.date, c.Cutoff)
	if a == beyond {
		return refDue, beyond, ""
	}
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

// refUsed returns the set of facts a rule names.
func refUsed(rd *RuleDef) map[string]bool {
	used := map[string]bool{}
	if rd.Retain != nil {
		refWalk(rd.Retain, func(l *ClauseDef) {
			used[l.From] = true
			if l.When != "" {
				used[l.When] = true
			}
		})
	}
	if rv := rd.ReviewEvery; rv != nil && rd.Then != "keep" {
		if rv.From != "" {
			used[rv.From] = true
		}
		used[ReviewedFact] = true
	}
	return used
}

// refDecision is what the differential tests compare.
type refDecision struct {
	Outcome, Reason, Due, NextReview, Missing, Detail, MustDisposeBy string
	Overdue                                                          bool
}

func gotDecision(dec Decision) refDecision {
	return refDecision{Outcome: dec.Outcome.String(), Reason: dec.Reason.String(), Due: dec.Due.String(),
		NextReview: dec.NextReview.String(), Missing: dec.Missing, Detail: dec.Detail,
		MustDisposeBy: dec.MustDisposeBy.String(), Overdue: dec.Overdue}
}

// refDecide decides from the Definition directly, by docs/retention.md.
func refDecide(def *Definition, rule string, facts map[string]*string, holds []string, today ymd) refDecision {
	cannot := func(r Reason, detail string) refDecision {
		return refDecision{Outcome: "cannot-evaluate", Reason: r.String(), Detail: detail}
	}
	declared := map[string]bool{}
	for _, f := range def.Facts {
		declared[f.Name] = true
	}
	fs := map[string]refFact{}
	names := make([]string, 0, len(facts))
	for n := range facts {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		v := facts[n]
		if !declared[n] {
			return cannot(UndeclaredFact, n)
		}
		if v == nil {
			fs[n] = refFact{}
			continue
		}
		a, ok := refParse(*v)
		if !ok {
			return cannot(MalformedFact, n)
		}
		fs[n] = refFact{happened: true, date: a}
	}
	var rd *RuleDef
	for i := range def.Rules {
		if def.Rules[i].ID == rule {
			rd = &def.Rules[i]
		}
	}
	if rd == nil {
		return cannot(UnknownRule, "")
	}
	used := refUsed(rd)
	for _, f := range def.Facts {
		if !used[f.Name] {
			continue
		}
		v, known := fs[f.Name]
		if !known {
			return cannot(FactUnknown, f.Name)
		}
		if v.happened && today.less(v.date) {
			return cannot(FactInFuture, f.Name)
		}
	}
	for _, f := range def.Facts {
		a := fs[f.Name]
		if !a.happened {
			continue
		}
		for _, o := range f.Requires {
			if b, known := fs[o]; known && !b.happened {
				return cannot(PrerequisiteNotHappened, f.Name)
			}
		}
		for _, o := range f.NotBefore {
			if b := fs[o]; b.happened && a.date.less(b.date) {
				return cannot(FactsOutOfOrder, f.Name)
			}
		}
	}
	st, due, missing := refNA, ymd{}, ""
	if rd.Retain != nil {
		st, due, missing = refEval(rd.Retain, fs)
	}
	// The next review: the day it falls due, or fell due if pending.
	next, waits := ymd{}, false
	if rv := rd.ReviewEvery; rv != nil && rd.Then != "keep" {
		cycle := MustParsePeriod(rv.Period)
		reviewed := fs[ReviewedFact]
		if rd.Then == "review" && st == refDue && reviewed.happened && !reviewed.date.less(due) {
			next = refAddPeriod(reviewed.date, cycle, 1)
		} else {
			var periodic ymd
			if from := fs[rv.From]; rv.From != "" && from.happened {
				base := from.date
				if reviewed.happened && base.less(reviewed.date) {
					base = reviewed.date
				}
				periodic = refAddPeriod(base, cycle, 1)
			} else if rv.From != "" && reviewed.happened { // from not happened: the cycle runs from the review
				periodic = refAddPeriod(reviewed.date, cycle, 1)
			} else if rv.From != "" { // neither: the cycle cannot start
				waits = true
			}
			next = periodic
			if rd.Then == "review" && st == refDue && (periodic == (ymd{}) || due.less(periodic)) {
				next = due
			}
		}
	}
	out := refDecision{NextReview: next.String()}
	if len(holds) > 0 {
		out.Outcome, out.Reason = "held", "record-hold"
		return out
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
			out.Outcome, out.Reason = "held", "moratorium"
			return out
		}
	}
	if rd.Then == "keep" {
		out.Outcome, out.Reason = "permanent", "keep"
		return out
	}
	ended := st == refDue && !today.less(due)
	disposes := rd.Then == "destroy" || rd.Then == "anonymise" || rd.Then == "transfer"
	if next != (ymd{}) && next != beyond && !today.less(next) && !(ended && disposes) {
		out.Outcome, out.Reason, out.Due = "review-due", "review-cycle-due", next.String()
		if ended && rd.Then == "review" {
			out.Reason = "review-at-end" // due stays the earliest pending review
		}
		return out
	}
	switch st {
	case refNA:
		out.Outcome, out.Reason, out.Missing = "awaiting-event", "no-clause-applies", missing
		return out
	case refAwait:
		out.Outcome, out.Reason, out.Missing = "awaiting-event", "missing-fact", missing
		return out
	}
	if waits && !(ended && disposes) {
		out.Outcome, out.Reason, out.Missing = "awaiting-event", "missing-fact", rd.ReviewEvery.From
		return out
	}
	if today.less(due) {
		out.Outcome, out.Reason, out.Due = "not-yet", "period-running", due.String()
		if due == beyond {
			out.Reason = "due-beyond-range"
		}
		return out
	}
	if rd.Then == "review" {
		out.Outcome, out.Reason, out.Due = "not-yet", "reviewed", next.String()
		if next == beyond {
			out.Reason = "due-beyond-range"
		}
		return out
	}
	out.Outcome, out.Reason, out.Due = "eligible", "period-ended", due.String()
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
	if r.IntN(3) == 0 {
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

// randDefinition returns a random schedule: the facts a–e and reviewed,
// declared with random requires and not_before constraints (each towards
// an earlier fact, so a record built in order can meet them), one to four
// rules with when-leaves, combinators and review cycles, and moratoria.
func randDefinition(r *rand.Rand, moratoria bool) *Definition {
	def := &Definition{Schema: SchemaID, ID: "rand", Version: fmt.Sprint(r.Uint32())}
	for i, n := range append(append([]string(nil), factPool...), ReviewedFact) {
		f := FactDef{Name: n, Meaning: "fact " + n}
		if i > 0 && r.IntN(3) == 0 {
			f.Requires = []string{factPool[r.IntN(i)]}
		}
		if i > 0 && r.IntN(3) == 0 {
			f.NotBefore = []string{factPool[r.IntN(i)]}
		}
		def.Facts = append(def.Facts, f)
	}
	r.Shuffle(len(def.Facts), func(i, j int) { def.Facts[i], def.Facts[j] = def.Facts[j], def.Facts[i] })
	for i := range 1 + r.IntN(4) {
		rd := RuleDef{ID: fmt.Sprintf("r%d", i), Then: actionCodes[1+r.IntN(len(actionCodes)-1)]}
		if rd.Then != "keep" {
			c := randClause(r, 0)
			rd.Retain = &c
			cycle := fmt.Sprintf("P%dY%dD", r.IntN(10), 1+r.IntN(30))
			switch {
			case rd.Then == "review" && r.IntN(2) == 0:
				rd.ReviewEvery = &ReviewDef{Period: cycle}
			case rd.Then == "review" || r.IntN(3) == 0:
				rd.ReviewEvery = &ReviewDef{From: factPool[r.IntN(len(factPool))], Period: cycle}
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

// randFacts returns facts for the declared facts (mostly in declaration
// order, near one another; some null, a few left out) and a day to decide
// on, mostly after them.
func randFacts(r *rand.Rand, decls []FactDef) (map[string]*string, ymd) {
	facts := map[string]*string{}
	base := randDate(r)
	if base.y > 9000 && r.IntN(2) == 0 {
		base.y = 1990
	}
	for _, f := range decls {
		var v ymd
		switch r.IntN(12) {
		case 0: // unknown: left out
			continue
		case 1, 2, 3: // has not happened
			facts[f.Name] = nil
			continue
		case 4:
			v = randDate(r)
		default: // near the others, so that facts are mostly in order
			v = refAddDays(base, r.IntN(3000))
		}
		if v != beyond {
			s := v.String()
			if r.IntN(8) == 0 { // a timestamp: read as its date in London
				s += "T12:00:00Z"
			}
			facts[f.Name] = &s
		}
	}
	today := refAddDays(refAddMonths(base, r.IntN(2400)), r.IntN(60))
	if r.IntN(5) == 0 || today == beyond {
		today = randDate(r)
	}
	return facts, today
}

func toDate(a ymd) civil.Date { return civil.MustParse(a.String()) }

func copyFacts(facts map[string]*string) map[string]*string {
	out := make(map[string]*string, len(facts))
	for k, v := range facts {
		out[k] = v
	}
	return out
}

// ---- properties ---------------------------------------------------------

// TestUnknownNeverEligible: over random schedules with when-leaves,
// combinators and review cycles, and records whose facts are dropped
// (unknown), nulled (not happened) or present, a record is never eligible
// where a fact its rule names is unknown; and unknown is never weaker than
// not happened: dropping a fact never turns a decision eligible.
func TestUnknownNeverEligible(t *testing.T) {
	r := rand.New(rand.NewPCG(2026, 11))
	n, unknownSeen := 4000, 0
	if testing.Short() {
		n = 400
	}
	for range n {
		def := randDefinition(r, false)
		s, err := Compile(def)
		if err != nil {
			t.Fatalf("random schedule does not compile: %v\n%+v", err, def)
		}
		for range 10 {
			rd := &def.Rules[r.IntN(len(def.Rules))]
			facts, today := randFacts(r, def.Facts)
			used := refUsed(rd)
			for name := range used {
				// Drop, null or keep each named fact in turn.
				for _, variant := range []string{"drop", "null", "keep"} {
					fs := copyFacts(facts)
					switch variant {
					case "drop":
						delete(fs, name)
					case "null":
						fs[name] = nil
					}
					rec := s.Resolve(&Input{Rule: rd.ID, Facts: fs})
					dec := s.Decide(&rec, toDate(today))
					unknown := ""
					for u := range used {
						if _, ok := fs[u]; !ok {
							unknown = u
						}
					}
					if unknown == "" {
						continue
					}
					unknownSeen++
					if dec.Outcome == Eligible {
						t.Fatalf("eligible with %s unknown: rule %+v facts %v today %v: %+v", unknown, rd, fs, today, dec)
					}
					if dec.Outcome != CannotEvaluate {
						t.Fatalf("%s with %s unknown, want cannot-evaluate: rule %+v facts %v: %+v", dec.Outcome, unknown, rd, fs, dec)
					}
				}
			}
		}
	}
	if unknownSeen < 1000 {
		t.Fatalf("only %d decisions had an unknown fact", unknownSeen)
	}
}

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
			facts, today := randFacts(r, def.Facts)
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
			// Every decision of a rule with a review cycle carries its next
			// review, when one is known.
			if rd.ReviewEvery != nil && dec.Outcome != CannotEvaluate && dec.Outcome != Permanent {
				if want := refDecide(def, rd.ID, facts, nil, today).NextReview; dec.NextReview.String() != want {
					t.Fatalf("next review %s, want %q: %s", dec.NextReview, want, ctx())
				}
			}
			// A "from" fact that has not happened (one the rule never uses as
			// "when") never makes disposal possible or earlier.
			whens := map[string]bool{}
			if rd.Retain != nil {
				refWalk(rd.Retain, func(l *ClauseDef) { whens[l.When] = true })
			}
			if dec.Outcome != CannotEvaluate {
				for f, v := range facts {
					if whens[f] || v == nil {
						continue
					}
					less := copyFacts(facts)
					less[f] = nil
					lr := s.Resolve(&Input{Rule: rd.ID, Facts: less})
					ld := s.Decide(&lr, toDate(today))
					if ld.Outcome == Eligible && (dec.Outcome != Eligible || ld.Due.Before(dec.Due)) {
						t.Fatalf("with %s not happened: %+v; %s", f, ld, ctx())
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
			// SetAbsentNotHappened reads left-out facts as null, exactly.
			opt := s.Resolve(&Input{ID: "x", Rule: rd.ID, Facts: facts})
			s.SetAbsentNotHappened(&opt)
			nulled := copyFacts(facts)
			for _, f := range def.Facts {
				if _, ok := nulled[f.Name]; !ok {
					nulled[f.Name] = nil
				}
			}
			nrec := s.Resolve(&Input{ID: "x", Rule: rd.ID, Facts: nulled})
			if a, b := s.Decide(&opt, toDate(today)), s.Decide(&nrec, toDate(today)); gotDecision(a) != gotDecision(b) {
				t.Fatalf("SetAbsentNotHappened %+v, all nulls %+v", a, b)
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
			compareOne(t, r, def, s, true)
		}
	})
}

// compareOne decides one random record of def with Decide and with
// refDecide and fails on any difference; it returns the decision.
func compareOne(t *testing.T, r *rand.Rand, def *Definition, s *Schedule, odd bool) Decision {
	rule := def.Rules[r.IntN(len(def.Rules))].ID
	facts, today := randFacts(r, def.Facts)
	var holds []string
	if odd {
		if r.IntN(30) == 0 {
			rule = "unknown"
		}
		if r.IntN(30) == 0 {
			x := "2026-02-30"
			facts["b"] = &x
		}
		if r.IntN(30) == 0 {
			x := "2026-01-01"
			facts["zz"] = &x
		}
		if r.IntN(10) == 0 {
			holds = []string{"h"}
		}
	}
	want := refDecide(def, rule, facts, holds, today)
	rec := s.Resolve(&Input{Rule: rule, Facts: facts, Holds: holds})
	dec := s.Decide(&rec, toDate(today))
	if got := gotDecision(dec); got != want {
		t.Fatalf("rule %s of %+v\nfacts %v holds %v today %v\ngot  %+v\nwant %+v", rule, def, showFacts(facts), holds, today, got, want)
	}
	return dec
}

func showFacts(facts map[string]*string) string {
	var parts []string
	for k, v := range facts {
		if v == nil {
			parts = append(parts, k+":null")
		} else {
			parts = append(parts, k+":"+*v)
		}
	}
	slices.Sort(parts)
	return strings.Join(parts, " ")
}

// TestDecideMatchesReference is the differential test: Decide against the
// independent reference refDecide over at least a million random decisions
// (random schedules with declared constraints, when-leaves, combinators,
// review cycles and moratoria; records with facts present, null and left
// out). Any difference fails, so no decision is eligible earlier than the
// reference allows; the counts show that every outcome was exercised.
func TestDecideMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	schedules, per := 50000, 20
	if testing.Short() {
		schedules = 2000
	}
	counts := map[Outcome]int{}
	reasons := map[Reason]int{}
	for range schedules {
		def := randDefinition(r, true)
		s, err := Compile(def)
		if err != nil {
			t.Fatal(err)
		}
		for range per {
			dec := compareOne(t, r, def, s, r.IntN(4) == 0)
			counts[dec.Outcome]++
			reasons[dec.Reason]++
		}
	}
	t.Logf("%d decisions: %v", schedules*per, counts)
	for _, o := range Outcomes() {
		if counts[o] == 0 {
			t.Errorf("no %s decision in the run", o)
		}
	}
	for _, want := range []Reason{FactUnknown, PrerequisiteNotHappened, FactsOutOfOrder, ReviewCycleDue, ReviewAtEnd, NextReviewCycle, NoClauseApplies, MissingFact} {
		if reasons[want] == 0 {
			t.Errorf("no %s decision in the run", want)
		}
	}
}
