package retention

import (
	"github.com/noticekit/noticekit/civil"
)

// notHappened is the slot value of a fact given as "has not happened";
// 0 is unknown (never given) and a positive value is a day number.
const notHappened int32 = -1

// Resolve turns a record as read into a Record for this schedule: the rule
// id becomes an index, each fact a day number (or "not happened", for null)
// in its slot. It allocates the facts slice; ResolveInto lets the caller
// supply it. Problems do not stop resolving: they are kept in the Record,
// which then decides as cannot-evaluate (an unknown rule, a fact that is
// not a date, a fact name the schedule does not declare). Facts the input
// leaves out stay unknown; SetAbsentNotHappened is the caller's opt-in to
// read them as not happened instead.
func (s *Schedule) Resolve(in *Input) Record { return s.ResolveInto(in, nil) }

// ResolveInto is Resolve with a facts buffer owned by the caller: if
// cap(facts) ≥ NumFacts, the Record uses facts[:NumFacts] (cleared) and
// Resolve allocates nothing for facts. The caller must not reuse the
// buffer while the Record is in use.
func (s *Schedule) ResolveInto(in *Input, facts []int32) Record {
	if in == nil {
		return Record{problem: MalformedRecord, detail: "no record"}
	}
	r := s.NewRecord(in.ID, in.Rule, facts)
	r.Holds = in.Holds
	for name, v := range in.Facts {
		if v == nil {
			s.SetFactNotHappened(&r, name)
		} else {
			s.SetFact(&r, name, *v)
		}
	}
	return r
}

// NewRecord starts a Record for the rule with the given id, with every fact
// unknown and no holds; add them with SetFact, SetFactNotHappened (or their
// by-slot forms) and Holds. facts is the caller's buffer for the fact slots
// (see ResolveInto); nil allocates.
func (s *Schedule) NewRecord(id, ruleID string, facts []int32) Record {
	r := Record{ID: id, RuleID: ruleID, sched: s}
	if s == nil {
		r.problem = NoSchedule
		return r
	}
	if cap(facts) >= len(s.factNames) {
		facts = facts[:len(s.factNames)]
		clear(facts)
	} else {
		facts = make([]int32, len(s.factNames))
	}
	r.facts = facts
	if i, ok := s.ruleIndex[ruleID]; ok {
		r.rule = i + 1
	}
	return r
}

// slot returns the slot of a declared fact name, or faults r with
// undeclared-fact: a misspelt "when" fact would otherwise switch a clause
// off and make disposal earlier.
func (s *Schedule) slot(r *Record, name string) (int, bool) {
	if s == nil || r == nil {
		return 0, false
	}
	slot, ok := s.factIndex[name]
	if !ok {
		r.fault(UndeclaredFact, name)
		return 0, false
	}
	return int(slot), true
}

// SetFact sets the named fact of r from its text: a date YYYY-MM-DD or an
// RFC 3339 timestamp (read as its date in London: 2026-05-31T23:30:00Z is
// 2026-06-01; civil.ParseTimestamp gives the grammar). A value that is
// neither, including "", makes r cannot-evaluate (malformed-fact); so does
// a name the schedule does not declare (undeclared-fact). When several
// facts are at fault, the Decision names the first in byte order.
func (s *Schedule) SetFact(r *Record, name, value string) {
	if slot, ok := s.slot(r, name); ok {
		s.SetFactSlot(r, slot, value)
	}
}

// SetFactNotHappened records that the named fact has not happened (JSON
// null, an empty CSV cell): a clause that runs from it awaits the event,
// and one that applies "when" it has happened does not apply.
func (s *Schedule) SetFactNotHappened(r *Record, name string) {
	if slot, ok := s.slot(r, name); ok {
		s.SetFactSlotNotHappened(r, slot)
	}
}

// inRange reports whether slot is a fact slot of r, faulting r if not.
func inRange(r *Record, slot int) bool {
	if slot < 0 || slot >= len(r.facts) {
		r.fault(MalformedRecord, "fact slot out of range")
		return false
	}
	return true
}

// SetFactSlot is SetFact by slot (see FactSlot), for readers that resolve
// column names once, such as a CSV header. An out-of-range slot makes r
// cannot-evaluate.
func (s *Schedule) SetFactSlot(r *Record, slot int, value string) {
	if s == nil || r == nil || !inRange(r, slot) {
		return
	}
	d, ok := parseFact(value)
	if !ok {
		r.fault(MalformedFact, s.factNames[slot])
		return
	}
	r.facts[slot] = d.Days()
	r.maxFact = max(r.maxFact, d.Days())
	r.markKnown(slot, true)
}

// markKnown keeps r.known in step with the slot's state.
func (r *Record) markKnown(slot int, known bool) {
	if slot < 64 {
		if known {
			r.known |= 1 << slot
		} else {
			r.known &^= 1 << slot
		}
	}
}

// SetFactSlotNotHappened is SetFactNotHappened by slot.
func (s *Schedule) SetFactSlotNotHappened(r *Record, slot int) {
	if s == nil || r == nil || !inRange(r, slot) {
		return
	}
	r.facts[slot] = notHappened
	r.markKnown(slot, true)
}

// SetFactDate sets the fact in slot to a date. The zero Date makes the fact
// unknown again (use SetFactSlotNotHappened for an event that has not
// happened).
func (s *Schedule) SetFactDate(r *Record, slot int, d civil.Date) {
	if s == nil || r == nil || !inRange(r, slot) {
		return
	}
	r.facts[slot] = d.Days()
	r.maxFact = max(r.maxFact, d.Days())
	r.markKnown(slot, !d.IsZero())
}

// SetAbsentNotHappened reads every fact of r that is still unknown as "has
// not happened". It is the caller's explicit opt-in for extracts that
// leave out the facts of events that have not happened, and it is weaker:
// a fact left out by mistake (a missing column, a dropped key) then
// switches a "when" clause off or makes a record await an event, instead
// of making it cannot-evaluate. Call it after setting the facts the record
// gives.
func (s *Schedule) SetAbsentNotHappened(r *Record) {
	if s == nil || r == nil {
		return
	}
	for i, v := range r.facts {
		if v == 0 {
			r.facts[i] = notHappened
			r.markKnown(i, true)
		}
	}
}

// Fail marks r as unreadable: it decides as cannot-evaluate with reason
// malformed-record and detail (such as "line 12: unexpected end of JSON").
// A reader uses it so that a bad line still gets a decision.
func (r *Record) Fail(detail string) {
	r.problem = MalformedRecord
	r.detail = detail
}

// Fact returns the fact in slot: its date, and whether the record gives it
// at all (known). A known fact with the zero Date has not happened; an
// unknown one (or an out-of-range slot) gives the zero Date and false.
func (r *Record) Fact(slot int) (d civil.Date, known bool) {
	if slot < 0 || slot >= len(r.facts) || r.facts[slot] == 0 {
		return civil.Date{}, false
	}
	if r.facts[slot] == notHappened {
		return civil.Date{}, true
	}
	return civil.FromDays(r.facts[slot]), true
}

// fault records a problem, keeping the one with the smallest detail so the
// result does not depend on map order. A malformed-record fault wins.
func (r *Record) fault(why Reason, detail string) {
	if r.problem == MalformedRecord {
		return
	}
	if r.problem == ReasonUnspecified || why == MalformedRecord || detail < r.detail {
		r.problem = why
		r.detail = detail
	}
}

func parseFact(v string) (civil.Date, bool) {
	if len(v) == 10 {
		d, err := civil.Parse(v)
		return d, err == nil
	}
	d, err := civil.ParseTimestamp(v)
	return d, err == nil
}
