package retention

import (
	"github.com/noticekit/noticekit/civil"
)

// SchemaID is the JSON Schema $id of a schedule document, version 2: every
// schedule carries it as "$schema" (schema/schedule.schema.json). Version 2
// added the facts declaration and made a review rule state its cycle.
const SchemaID = "https://noticekit.github.io/schema/schedule/v2.json"

// SchemaV1ID is the $id of version 1 schedules (schema/schedule-v1.schema.json).
// They are still read, but not compiled: a version 1 schedule declares no
// facts, which cannot be invented, so Compile refuses it with a problem
// listing exactly the facts to declare and the review cycles to add.
const SchemaV1ID = "https://noticekit.github.io/schema/schedule/v1.json"

// ReviewedFact is the fact that holds the date of a record's latest review.
// A schedule whose rules have a review cycle declares it (Compile says so
// if it does not); records give it as a date, or as not happened (null)
// when the record has never been reviewed.
const ReviewedFact = "reviewed"

// Definition is a retention schedule document as written in JSON
// (docs/retention.md § Schedule): a versioned list of declared facts,
// rules and moratoria. It is plain data; Compile checks it and turns it
// into a *Schedule. Codes, periods and dates are kept as text here so that
// Compile can report every problem at once, each with its JSON pointer.
type Definition struct {
	Schema    string          `json:"$schema"`             // SchemaID
	ID        string          `json:"id"`                  // the schedule's identifier, e.g. "maidstone-parking"
	Version   string          `json:"version"`             // the schedule's version, reported in every Decision (rules change between versions)
	Note      string          `json:"note,omitempty"`      // free text about the schedule as a whole, such as which choices are the schedule owner's
	Facts     []FactDef       `json:"facts"`               // the facts records supply, in the order a CSV header lists them
	Rules     []RuleDef       `json:"rules"`               // at least one
	Moratoria []MoratoriumDef `json:"moratoria,omitempty"` // schedule-wide holds
}

// FactDef declares one record fact: a date on which something happened.
// A record gives every fact its rule names: a date, or "has not happened"
// (JSON null, an empty CSV cell). The declarations are the schedule's data
// contract with the systems that extract records (Schedule.Facts).
type FactDef struct {
	Name      string   `json:"name"`                 // snake_case, as records and rules name it
	Meaning   string   `json:"meaning"`              // one line for the people who extract the records
	Requires  []string `json:"requires,omitempty"`   // facts that have happened whenever this one has (a case is closed only if it was opened)
	NotBefore []string `json:"not_before,omitempty"` // facts this one is never earlier than (a case is not closed before it was opened)
}

// RuleDef is one rule of a schedule: how long a class of records is kept
// (storage limitation; DPA 2018 s39 for Part 3) and what happens then.
type RuleDef struct {
	ID            string     `json:"id"`                       // unique in the schedule; records name it
	Title         string     `json:"title,omitempty"`          // human title
	Retain        *ClauseDef `json:"retain,omitempty"`         // when the period ends; required unless then is keep, forbidden with keep
	Then          string     `json:"then"`                     // an Action code: destroy, anonymise, transfer, review, keep
	ReviewEvery   *ReviewDef `json:"review_every,omitempty"`   // the review cycle; required with then review (e.g. MoPI group 1: every 10 years)
	DisposeWithin string     `json:"dispose_within,omitempty"` // a Period: disposal must happen by due + this
	Citation      string     `json:"citation,omitempty"`       // where the rule comes from: the source's words, or the statute
	Note          string     `json:"note,omitempty"`           // free text: the reading taken where the source is vague, and why it is the later one
	Verify        string     `json:"verify,omitempty"`         // free text: what still needs verifying against a primary source
}

// ClauseDef is a "retain" clause: a leaf (From, Cutoff, Period, Counting,
// When) or a combinator (LaterOf, EarlierOf), never both
// (docs/retention.md § Clauses).
type ClauseDef struct {
	From      string      `json:"from,omitempty"`       // the fact (a date) the clock starts from
	Cutoff    string      `json:"cutoff,omitempty"`     // a Cutoff code; empty for none
	Period    string      `json:"period,omitempty"`     // a Period; empty for P0D
	Counting  string      `json:"counting,omitempty"`   // a Counting code; empty for after
	When      string      `json:"when,omitempty"`       // the leaf applies only if this fact has happened
	LaterOf   []ClauseDef `json:"later_of,omitempty"`   // due when every applicable clause is due
	EarlierOf []ClauseDef `json:"earlier_of,omitempty"` // due when the first applicable clause is due
}

// ReviewDef is a rule's review cycle. With From, reviews fall due every
// Period from the later of the fact From and the latest review
// (ReviewedFact), while the record is retained. With then review, a review
// recorded on or after the retention due date starts a new cycle of Period
// (with or without From): the record is next reviewed Period after it.
type ReviewDef struct {
	From   string `json:"from,omitempty"` // the fact the first cycle starts from; empty: no reviews before the due date
	Period string `json:"period"`         // a Period, not zero
}

// MoratoriumDef is a schedule-wide hold, such as a public inquiry's request
// not to destroy records (IICSA, lifted 20 Jan 2023).
type MoratoriumDef struct {
	ID       string   `json:"id"`                 // reported as the hold in a Decision
	Rules    []string `json:"rules,omitempty"`    // rule ids; all rules if empty
	From     string   `json:"from,omitempty"`     // first day (YYYY-MM-DD); open if empty
	Until    string   `json:"until,omitempty"`    // last day, inclusive; open if empty
	Citation string   `json:"citation,omitempty"` // the request or instrument
}

// Input is a record as read:
//
//	{"id": "bwc-2026-0042", "rule": "bwc-footage",
//	 "facts": {"captured": "2026-01-01", "case_opened": "2026-01-10", "case_closed": null},
//	 "holds": ["legal-hold"]}
//
// A fact is a civil date (YYYY-MM-DD) or an RFC 3339 timestamp, which is
// read as its calendar date in London; null (a nil pointer) says the event
// has not happened. A fact the record's rule names but Facts leaves out is
// unknown, and the decision is cannot-evaluate (fact-unknown), never a
// guess. "" is malformed, not absent.
type Input struct {
	ID    string             `json:"id"`
	Rule  string             `json:"rule"`
	Facts map[string]*string `json:"facts,omitempty"`
	Holds []string           `json:"holds,omitempty"`
}

// Record is a record resolved against one *Schedule: its rule as an index,
// its facts as day numbers by slot, its holds. Resolving (Schedule.Resolve,
// Schedule.NewRecord and SetFact) is done once, when a batch is read;
// deciding a Record does no lookups by name. The zero Record decides as
// cannot-evaluate.
type Record struct {
	ID     string   // the record's identifier, echoed in the Decision
	RuleID string   // the rule id as given, echoed in the Decision
	Holds  []string // any hold at all blocks disposal (docs/retention.md § Records)

	sched   *Schedule
	rule    int32   // index+1 into sched.rules; 0 = unknown
	facts   []int32 // by slot: a day number, notHappened, or 0 = unknown
	maxFact int32   // at least the latest fact's day number (a fast check for facts after today)
	known   uint64  // bit i set: the fact in slot i (< 64) is known (a fast check for unknown facts)
	problem Reason  // non-zero: cannot-evaluate for this reason
	detail  string  // names the fact or place behind problem
}

// Decision is the answer for one record on one day (docs/retention.md
// § Decisions). Its strings refer to the schedule's and the record's own
// strings; deciding allocates nothing. It marshals to JSON one way:
// MarshalJSON is AppendJSON.
type Decision struct {
	ID              string     // the record's id
	Rule            string     // the rule id (as the record named it)
	ScheduleVersion string     // the version of the schedule used
	Outcome         Outcome    // what may be done
	Reason          Reason     // why, as a stable code
	Due             civil.Date // first day disposal (or the review) is permitted: for review-due, not-yet and eligible
	NextReview      civil.Date // for a rule with a review cycle: the day the next review falls due, or fell due if it is pending
	Action          Action     // the rule's then, for eligible
	MustDisposeBy   civil.Date // last day disposal must happen by, for eligible with dispose_within
	Overdue         bool       // eligible and today is after MustDisposeBy: storage limitation is being breached
	Holds           []string   // for held: the record's holds, or the moratorium's id
	Missing         string     // for awaiting-event: the absent fact
	Detail          string     // for cannot-evaluate: the fact or place at fault (the unknown fact for fact-unknown)
}
