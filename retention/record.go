package retention

import (
	"github.com/noticekit/noticekit/civil"
)

// Resolve turns a record as read into a Record for this schedule: the rule
// id becomes an index, each fact a day number in its slot. It allocates the
// facts slice; ResolveInto lets the caller supply it. Problems do not stop
// resolving: they are kept in the Record, which then decides as
// cannot-evaluate (an unknown rule, a fact that is not a date, a fact name
// no rule of the schedule uses).
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
		s.SetFact(&r, name, v)
	}
	return r
}

// NewRecord starts a Record for the rule with the given id, with no facts
// and no holds; add them with SetFact, SetFactSlot and Holds. facts is the
// caller's buffer for the fact slots (see ResolveInto); nil allocates.
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

// SetFact sets the named fact of r from its text: a date YYYY-MM-DD or an
// RFC 3339 timestamp (read as its date in London: 2026-05-31T23:30:00Z is
// 2026-06-01). A value that is neither, including "", makes r
// cannot-evaluate (malformed-fact); so does a name no rule of the schedule
// uses (unknown-fact), since a misspelt "when" fact would otherwise switch
// a clause off. When several facts are at fault, the Decision names the
// first in byte order.
func (s *Schedule) SetFact(r *Record, name, value string) {
	if s == nil || r == nil {
		return
	}
	slot, ok := s.factIndex[name]
	if !ok {
		r.fault(UnknownFact, name)
		return
	}
	s.SetFactSlot(r, int(slot), value)
}

// SetFactSlot is SetFact by slot (see FactSlot), for readers that resolve
// column names once, such as a CSV header. An out-of-range slot makes r
// cannot-evaluate.
func (s *Schedule) SetFactSlot(r *Record, slot int, value string) {
	if s == nil || r == nil {
		return
	}
	if slot < 0 || slot >= len(r.facts) {
		r.fault(MalformedRecord, "fact slot out of range")
		return
	}
	d, ok := parseFact(value)
	if !ok {
		r.fault(MalformedFact, s.factNames[slot])
		return
	}
	r.facts[slot] = d.Days()
	r.maxFact = max(r.maxFact, d.Days())
}

// SetFactDate sets the fact in slot to a date. The zero Date makes the fact
// absent.
func (s *Schedule) SetFactDate(r *Record, slot int, d civil.Date) {
	if s == nil || r == nil {
		return
	}
	if slot < 0 || slot >= len(r.facts) {
		r.fault(MalformedRecord, "fact slot out of range")
		return
	}
	r.facts[slot] = d.Days()
	r.maxFact = max(r.maxFact, d.Days())
}

// Fail marks r as unreadable: it decides as cannot-evaluate with reason
// malformed-record and detail (such as "line 12: unexpected end of JSON").
// A reader uses it so that a bad line still gets a decision.
func (r *Record) Fail(detail string) {
	r.problem = MalformedRecord
	r.detail = detail
}

// Fact returns the fact in slot as a date (zero if absent or out of range).
func (r *Record) Fact(slot int) civil.Date {
	if slot < 0 || slot >= len(r.facts) {
		return civil.Date{}
	}
	return civil.FromDays(r.facts[slot])
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
	if len(v) > 10 && len(v) <= 64 {
		d, err := civil.ParseTimestamp(v)
		return d, err == nil
	}
	return civil.Date{}, false
}
