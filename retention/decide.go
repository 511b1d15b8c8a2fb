package retention

import (
	"github.com/noticekit/noticekit/civil"
)

// Clause evaluation states.
const (
	stNA    uint8 = iota // no clause applies (a "when" fact has not happened)
	stAwait              // a "from" fact has not happened
	stDue                // a due date is known
	// stUnknown: a fact the clause reads is unknown (slot 0). Decide's
	// scan finds unknown facts first; this state is reached only when the
	// record's known-bit mask is out of step with its slots (a facts
	// buffer reused while the Record was in use), and fails safe.
	stUnknown
)

var maxDay = civil.MaxDate().Days()

// Decide decides what may be done with rec on the day today, by the
// outcomes of docs/retention.md in order of precedence: cannot-evaluate,
// held, permanent, review-due, awaiting-event, not-yet, eligible. It never
// returns eligible when a fact its rule names is unknown, malformed or
// contradicts the declared constraints, when a hold or moratorium
// applies, or when the rule is unknown. It is pure, allocates nothing, does
// no lookup by name, and is safe for concurrent use. A nil *Schedule or nil
// rec gives cannot-evaluate.
func (s *Schedule) Decide(rec *Record, today civil.Date) (d Decision) {
	if rec == nil {
		d.Outcome, d.Reason, d.Detail = CannotEvaluate, NoSchedule, "no record"
		return d
	}
	d.ID, d.Rule = rec.ID, rec.RuleID
	if s == nil {
		d.Outcome, d.Reason = CannotEvaluate, NoSchedule
		return d
	}
	d.ScheduleVersion = s.version
	switch {
	case rec.problem != ReasonUnspecified:
		d.Outcome, d.Reason, d.Detail = CannotEvaluate, rec.problem, rec.detail
		return d
	case rec.sched != s || len(rec.facts) != len(s.factNames):
		d.Outcome, d.Reason = CannotEvaluate, OtherSchedule
		return d
	case rec.rule <= 0 || int(rec.rule) > len(s.rules):
		d.Outcome, d.Reason = CannotEvaluate, UnknownRule
		return d
	case today.IsZero():
		d.Outcome, d.Reason = CannotEvaluate, NoToday
		return d
	}
	r := &s.rules[rec.rule-1]
	d.Rule = r.id // the schedule's own string
	t := today.Days()
	facts := rec.facts
	if r.wide || rec.known&r.usedMask != r.usedMask || rec.maxFact > t {
		s.checkUsed(r, rec, t, &d)
		if d.Outcome != OutcomeUnspecified {
			return d
		}
	}
	for _, c := range s.checks {
		a, b := facts[c.fact], facts[c.other]
		switch {
		case a <= 0:
		case !c.notBefore && b == notHappened:
			d.Outcome, d.Reason, d.Detail = CannotEvaluate, PrerequisiteNotHappened, s.factNames[c.fact]
			return d
		case c.notBefore && b > 0 && a < b:
			d.Outcome, d.Reason, d.Detail = CannotEvaluate, FactsOutOfOrder, s.factNames[c.fact]
			return d
		}
	}
	var st uint8
	var due, slot int32
	if r.root >= 0 {
		switch r.flat {
		case flatLeaf:
			st, due, slot = evalLeaf(&r.leaves[0], facts)
		case flatLater, flatEarlier:
			st, due, slot = evalFlat(r.flat == flatLater, r.leaves, facts)
		default:
			st, due, slot = s.eval(r.root, facts)
		}
		if st == stUnknown {
			d.Outcome, d.Reason, d.Detail = CannotEvaluate, FactUnknown, s.factNames[slot]
			return d
		}
	}
	var next int32 // the next review, or the pending one; 0 for none
	var cycleWaits bool
	if r.cycle {
		next, cycleWaits = s.nextReview(r, facts, st, due)
		if next < 0 { // an unknown slot under a known bit: fail safe, as above
			d.Outcome, d.Reason, d.Detail = CannotEvaluate, FactUnknown, s.factNames[-next-1]
			return d
		}
		if next != farFuture {
			d.NextReview = civil.FromDays(next)
		}
	}
	if len(rec.Holds) > 0 {
		d.Outcome, d.Reason, d.Holds = Held, RecordHold, rec.Holds
		return d
	}
	for i := range r.morats {
		if m := &r.morats[i]; t >= m.from && t <= m.until {
			d.Outcome, d.Reason, d.Holds = Held, Moratorium, m.holds
			return d
		}
	}
	if r.then == Keep || r.root < 0 {
		d.Outcome, d.Reason = Permanent, KeepPermanently
		return d
	}
	ended := st == stDue && t >= due
	if next > 0 && t >= next && !(ended && r.then.disposes()) {
		d.Outcome, d.Reason, d.Due = ReviewDue, ReviewCycleDue, civil.FromDays(next)
		if ended && r.then == Review { // the review at the end, or the first after a review on or after it
			d.Reason = ReviewAtEnd // due is still the earliest pending review: next_review
		}
		return d
	}
	switch st {
	case stNA:
		d.Outcome, d.Reason = AwaitingEvent, NoClauseApplies
		if slot >= 0 {
			d.Missing = s.factNames[slot]
		}
		return d
	case stAwait:
		d.Outcome, d.Reason, d.Missing = AwaitingEvent, MissingFact, s.factNames[slot]
		return d
	}
	if cycleWaits && !(t >= due && r.then.disposes()) { // a review cycle that cannot start; eligible stays eligible (the review is moot)
		d.Outcome, d.Reason, d.Missing = AwaitingEvent, MissingFact, s.factNames[r.revFrom]
		return d
	}
	if t < due {
		d.Outcome, d.Reason = NotYet, PeriodRunning
		if due == farFuture {
			d.Reason = DueBeyondRange
		} else {
			d.Due = civil.FromDays(due)
		}
		return d
	}
	if r.then == Review { // reviewed on or after the due date: the next review is not yet due
		d.Outcome, d.Reason = NotYet, NextReviewCycle
		if next == farFuture {
			d.Reason = DueBeyondRange
		} else {
			d.Due = civil.FromDays(next)
		}
		return d
	}
	if !r.then.disposes() { // unreachable after Compile; fail safe all the same
		d.Outcome, d.Reason = Permanent, KeepPermanently
		return d
	}
	d.Outcome, d.Reason, d.Due, d.Action = Eligible, PeriodEnded, civil.FromDays(due), r.then
	if r.disM != 0 || r.disD != 0 {
		by := addMD(due, r.disM, r.disD)
		if by != farFuture {
			d.MustDisposeBy = civil.FromDays(by)
			d.Overdue = t > by
		}
	}
	return d
}

// checkUsed sets d to cannot-evaluate if a fact the rule names is unknown
// (fact-unknown) or after today (fact-in-future), naming the first by slot.
func (s *Schedule) checkUsed(r *rule, rec *Record, t int32, d *Decision) {
	for _, slot := range r.used {
		switch v := rec.facts[slot]; {
		case v == 0:
			d.Outcome, d.Reason, d.Detail = CannotEvaluate, FactUnknown, s.factNames[slot]
			return
		case v > t:
			d.Outcome, d.Reason, d.Detail = CannotEvaluate, FactInFuture, s.factNames[slot]
			return
		}
	}
}

// nextReview returns the day the rule's next review falls due, or fell due
// if it is pending; 0 if none is known, farFuture if after 9999-12-31, and
// -slot-1 if the slot of reviewed or review_every's from is unknown (which
// Decide's scan of the facts the rule names rules out, unless the record's
// known-bit mask is out of step with its slots). With then review, a review
// on or after the retention due date starts a new cycle from it; otherwise
// the next review is the earlier of the periodic one (a cycle from the
// later of review_every's from and the latest review: from the latest
// review alone if from has not happened) and, with then review, the review
// at the due date. waits reports a periodic cycle that cannot start: its
// from has not happened and the record has never been reviewed.
func (s *Schedule) nextReview(r *rule, facts []int32, st uint8, due int32) (next int32, waits bool) {
	rv := facts[s.reviewed] // a day number or notHappened
	if rv == 0 {
		return -s.reviewed - 1, false
	}
	base := notHappened
	if r.revFrom >= 0 {
		if base = facts[r.revFrom]; base == 0 {
			return -r.revFrom - 1, false
		}
	}
	if r.then == Review && st == stDue && rv >= due {
		return addMD(rv, r.cycleM, r.cycleD+1), false
	}
	var p int32
	if r.revFrom >= 0 {
		if b := max(base, rv); b > 0 {
			p = addMD(b, r.cycleM, r.cycleD+1)
		} else {
			waits = true
		}
	}
	if r.then == Review && st == stDue && (p == 0 || due < p) {
		return due, waits
	}
	return p, waits
}

// DecideAll decides recs[i] into out[i] for as many records as both slices
// hold, and returns that number. It allocates nothing: the caller owns and
// reuses both slices.
func (s *Schedule) DecideAll(recs []Record, today civil.Date, out []Decision) int {
	n := min(len(recs), len(out))
	recs, out = recs[:n], out[:n]
	for i := range recs {
		out[i] = s.Decide(&recs[i], today)
	}
	return n
}

// eval evaluates the clause at node i. For stDue it returns the due day
// number (farFuture if after 9999-12-31); for stAwait the slot of the
// "from" fact that has not happened; for stNA the slot of the first "when"
// fact that has not happened.
func (s *Schedule) eval(i int32, facts []int32) (uint8, int32, int32) {
	n := &s.nodes[i]
	switch n.kind {
	case leafNode:
		return evalLeaf(n, facts)
	case laterNode:
		st, due, na := stNA, int32(0), int32(-1)
		for _, k := range s.kids[n.kidStart:n.kidEnd] {
			s2, d2, m2 := s.eval(k, facts)
			switch s2 {
			case stAwait, stUnknown:
				return s2, 0, m2
			case stDue:
				st = stDue
				due = max(due, d2)
			default:
				if na < 0 {
					na = m2
				}
			}
		}
		if st == stNA {
			return stNA, 0, na
		}
		return stDue, due, 0
	default: // earlierNode
		found, best, aw, na := false, int32(farFuture), int32(-1), int32(-1)
		for _, k := range s.kids[n.kidStart:n.kidEnd] {
			s2, d2, m2 := s.eval(k, facts)
			switch s2 {
			case stUnknown:
				return stUnknown, 0, m2
			case stDue:
				found = true
				best = min(best, d2)
			case stAwait:
				if aw < 0 {
					aw = m2
				}
			default:
				if na < 0 {
					na = m2
				}
			}
		}
		switch {
		case found:
			return stDue, best, 0
		case aw >= 0:
			return stAwait, 0, aw
		}
		return stNA, 0, na
	}
}

// evalLeaf evaluates a leaf, as eval does.
func evalLeaf(n *node, facts []int32) (uint8, int32, int32) {
	if n.when >= 0 && facts[n.when] <= 0 {
		if facts[n.when] == 0 {
			return stUnknown, 0, n.when
		}
		return stNA, 0, n.when
	}
	a := facts[n.from]
	if a <= 0 {
		if a == 0 {
			return stUnknown, 0, n.from
		}
		return stAwait, 0, n.from
	}
	if n.cutoff != CutoffNone {
		a = cutoff(a, n.cutoff)
	}
	if n.months == 0 && a != farFuture {
		if x := a + n.plus; x <= maxDay && x >= a {
			return stDue, x, 0
		}
		return stDue, farFuture, 0
	}
	return stDue, addMD(a, n.months, n.plus), 0
}

// evalFlat evaluates a later_of (later true) or earlier_of of leaves, as
// eval does, without recursion.
func evalFlat(later bool, leaves []node, facts []int32) (uint8, int32, int32) {
	found, aw, na := false, int32(-1), int32(-1)
	due := int32(0)
	if !later {
		due = farFuture
	}
	for i := range leaves {
		st, d, m := evalLeaf(&leaves[i], facts)
		switch st {
		case stUnknown:
			return stUnknown, 0, m
		case stDue:
			found = true
			if later {
				due = max(due, d)
			} else {
				due = min(due, d)
			}
		case stAwait:
			if later {
				return stAwait, 0, m
			}
			if aw < 0 {
				aw = m
			}
		default:
			if na < 0 {
				na = m
			}
		}
	}
	switch {
	case found:
		return stDue, due, 0
	case aw >= 0:
		return stAwait, 0, aw
	}
	return stNA, 0, na
}

// addMD adds months (by the corresponding-date rule) and then days to the
// day number n. Results after 9999-12-31 are farFuture.
func addMD(n, months, days int32) int32 {
	if n == farFuture {
		return farFuture
	}
	if months != 0 {
		if n = addMonths(n, months); n == farFuture {
			return farFuture
		}
	}
	if x := int64(n) + int64(days); x > int64(maxDay) {
		return farFuture
	} else {
		n = int32(x)
	}
	return n
}
