package retention

import "github.com/noticekit/noticekit/internal/enum"

// Action is what happens to a record when its retention period ends: the
// rule's "then" (docs/retention.md § Rules). The zero value, ActionUnspecified,
// is never valid in a schedule.
type Action uint8

// Actions, with their codes.
const (
	ActionUnspecified Action = iota
	Destroy                  // destroy: delete the record
	Anonymise                // anonymise: remove the personal data, keep the rest (e.g. statistics)
	Transfer                 // transfer: pass the record to an archive (a place of deposit)
	Review                   // review: a person decides; never "eligible"
	Keep                     // keep: retain permanently; never "eligible"
)

var actionCodes = [...]string{"", "destroy", "anonymise", "transfer", "review", "keep"}

// ParseAction returns the Action with the given code ("destroy", …).
func ParseAction(s string) (Action, error) { return enum.Parse[Action]("then", actionCodes[:], s) }

// Actions returns every Action, in table order.
func Actions() []Action { return enum.All[Action](actionCodes[:]) }

// String returns the action's code.
func (a Action) String() string { return enum.String("action", actionCodes[:], a) }

// MarshalText returns the code; ActionUnspecified is an error.
func (a Action) MarshalText() ([]byte, error) { return enum.Marshal("then", actionCodes[:], a) }

// UnmarshalText parses a code with ParseAction.
func (a *Action) UnmarshalText(b []byte) error {
	v, err := ParseAction(string(b))
	if err == nil {
		*a = v
	}
	return err
}

// disposes reports whether the action ends in disposal (and so in "eligible").
func (a Action) disposes() bool { return a == Destroy || a == Anonymise || a == Transfer }

// Cutoff moves a clause's anchor date to the end of the period containing
// it (docs/retention.md § Clauses). The zero value, CutoffNone, means no cutoff;
// it has no code and is written by leaving "cutoff" out.
type Cutoff uint8

// Cutoffs, with their codes.
const (
	CutoffNone    Cutoff = iota
	Month                // month: the last day of the month
	CalendarYear         // calendar-year: 31 December
	FinancialYear        // financial-year: 31 March on or after (local authorities' year, 1 April – 31 March)
	TaxYear              // tax-year: 5 April on or after (income tax year, 6 April – 5 April)
	AcademicYear         // academic-year: 31 August on or after (school year, 1 September – 31 August)
)

var cutoffCodes = [...]string{"", "month", "calendar-year", "financial-year", "tax-year", "academic-year"}

// ParseCutoff returns the Cutoff with the given code ("financial-year", …).
func ParseCutoff(s string) (Cutoff, error) { return enum.Parse[Cutoff]("cutoff", cutoffCodes[:], s) }

// Cutoffs returns every Cutoff except CutoffNone, in table order.
func Cutoffs() []Cutoff { return enum.All[Cutoff](cutoffCodes[:]) }

// String returns the cutoff's code ("" for CutoffNone).
func (c Cutoff) String() string { return enum.String("cutoff", cutoffCodes[:], c) }

// MarshalText returns the code; CutoffNone is an error (leave the field out).
func (c Cutoff) MarshalText() ([]byte, error) { return enum.Marshal("cutoff", cutoffCodes[:], c) }

// UnmarshalText parses a code with ParseCutoff.
func (c *Cutoff) UnmarshalText(b []byte) error {
	v, err := ParseCutoff(string(b))
	if err == nil {
		*c = v
	}
	return err
}

// Counting says whether the anchor day is inside the period (docs/retention.md
// § Clauses). The zero value, CountingUnspecified, means After.
type Counting uint8

// Countings, with their codes.
const (
	CountingUnspecified Counting = iota
	After                        // after: the period starts the day after the anchor (Dodds v Walker [1981] UKHL); due = anchor + period + 1 day
	BeginningWith                // beginning-with: the anchor day is the first day (PACE 1984 s63F(6)); due = anchor + period
)

var countingCodes = [...]string{"", "after", "beginning-with"}

// ParseCounting returns the Counting with the given code.
func ParseCounting(s string) (Counting, error) {
	return enum.Parse[Counting]("counting", countingCodes[:], s)
}

// Countings returns every Counting, in table order.
func Countings() []Counting { return enum.All[Counting](countingCodes[:]) }

// String returns the counting's code.
func (c Counting) String() string { return enum.String("counting", countingCodes[:], c) }

// MarshalText returns the code; CountingUnspecified is an error.
func (c Counting) MarshalText() ([]byte, error) {
	return enum.Marshal("counting", countingCodes[:], c)
}

// UnmarshalText parses a code with ParseCounting.
func (c *Counting) UnmarshalText(b []byte) error {
	v, err := ParseCounting(string(b))
	if err == nil {
		*c = v
	}
	return err
}

// Outcome is the answer of a Decision (docs/retention.md
// § Decisions), listed in order of precedence. The zero value is never
// returned by Decide.
type Outcome uint8

// Outcomes, with their codes, in order of precedence.
const (
	OutcomeUnspecified Outcome = iota
	CannotEvaluate             // cannot-evaluate: unknown rule, unknown, malformed or contradictory facts; see Reason
	Held                       // held: a record hold or a moratorium applies; see Holds
	Permanent                  // permanent: the rule says keep
	ReviewDue                  // review-due: a review of the rule's cycle, or its review at the end, has fallen due; see Due
	AwaitingEvent              // awaiting-event: an event the period runs from has not happened; see Missing
	NotYet                     // not-yet: today is before Due
	Eligible                   // eligible: today is on or after Due and the action disposes
)

var outcomeCodes = [...]string{"", "cannot-evaluate", "held", "permanent", "review-due",
	"awaiting-event", "not-yet", "eligible"}

// ParseOutcome returns the Outcome with the given code.
func ParseOutcome(s string) (Outcome, error) {
	return enum.Parse[Outcome]("outcome", outcomeCodes[:], s)
}

// Outcomes returns every Outcome, in order of precedence.
func Outcomes() []Outcome { return enum.All[Outcome](outcomeCodes[:]) }

// String returns the outcome's code.
func (o Outcome) String() string { return enum.String("outcome", outcomeCodes[:], o) }

// MarshalText returns the code; OutcomeUnspecified is an error.
func (o Outcome) MarshalText() ([]byte, error) {
	return enum.Marshal("outcome", outcomeCodes[:], o)
}

// UnmarshalText parses a code with ParseOutcome.
func (o *Outcome) UnmarshalText(b []byte) error {
	v, err := ParseOutcome(string(b))
	if err == nil {
		*o = v
	}
	return err
}

// Reason is a stable code saying why a Decision has its outcome. Each
// Outcome has its own reasons; the codes never change meaning.
type Reason uint8

// Reasons, with their codes and the outcome each goes with.
const (
	ReasonUnspecified       Reason = iota
	NoSchedule                     // no-schedule (cannot-evaluate): Decide was called on a nil *Schedule or with a nil record
	UnknownRule                    // unknown-rule (cannot-evaluate): the record names a rule the schedule does not have
	MalformedFact                  // malformed-fact (cannot-evaluate): a fact is neither a date, an RFC 3339 timestamp nor null; Detail names it
	UndeclaredFact                 // undeclared-fact (cannot-evaluate): the record gives a fact the schedule does not declare (a typo would otherwise drop a condition); Detail names it
	FactUnknown                    // fact-unknown (cannot-evaluate): the record does not give a fact its rule names (neither a date nor null); Detail names it
	FactInFuture                   // fact-in-future (cannot-evaluate): a fact the rule uses is after today; Detail names it
	FactsOutOfOrder                // facts-out-of-order (cannot-evaluate): a fact is before one its declaration says it is not_before; Detail names it
	PrerequisiteNotHappened        // prerequisite-not-happened (cannot-evaluate): a fact has happened but one it requires has not; Detail names the fact that has happened
	MalformedRecord                // malformed-record (cannot-evaluate): the record could not be read (set by a reader with Record.Fail); Detail says where
	OtherSchedule                  // other-schedule (cannot-evaluate): the record was resolved against a different *Schedule
	NoToday                        // no-today (cannot-evaluate): today is the zero (unknown) Date
	RecordHold                     // record-hold (held): the record has at least one hold
	Moratorium                     // moratorium (held): a moratorium covers the rule today
	KeepPermanently                // keep (permanent): then is keep
	MissingFact                    // missing-fact (awaiting-event): a clause's "from" fact has not happened; Missing names it
	NoClauseApplies                // no-clause-applies (awaiting-event): every clause has a "when" fact that has not happened; Missing names the first
	ReviewCycleDue                 // review-cycle-due (review-due): a review of the rule's cycle has fallen due; Due is the day it did
	ReviewAtEnd                    // review-at-end (review-due): then is review and today is on or after the due date, with no review since
	PeriodRunning                  // period-running (not-yet): today is before the due date
	NextReviewCycle                // reviewed (not-yet): then is review, and a review on or after the due date started a new cycle; Due is the next review
	DueBeyondRange                 // due-beyond-range (not-yet): the due date is after 9999-12-31, so Due is zero
	PeriodEnded                    // period-ended (eligible): today is on or after the due date
)

var reasonCodes = [...]string{"", "no-schedule", "unknown-rule", "malformed-fact", "undeclared-fact", "fact-unknown",
	"fact-in-future", "facts-out-of-order", "prerequisite-not-happened", "malformed-record", "other-schedule", "no-today",
	"record-hold", "moratorium", "keep", "missing-fact", "no-clause-applies", "review-cycle-due", "review-at-end",
	"period-running", "reviewed", "due-beyond-range", "period-ended"}

// ParseReason returns the Reason with the given code.
func ParseReason(s string) (Reason, error) { return enum.Parse[Reason]("reason", reasonCodes[:], s) }

// Reasons returns every Reason, in table order.
func Reasons() []Reason { return enum.All[Reason](reasonCodes[:]) }

// String returns the reason's code.
func (r Reason) String() string { return enum.String("reason", reasonCodes[:], r) }

// MarshalText returns the code; ReasonUnspecified is an error.
func (r Reason) MarshalText() ([]byte, error) { return enum.Marshal("reason", reasonCodes[:], r) }

// UnmarshalText parses a code with ParseReason.
func (r *Reason) UnmarshalText(b []byte) error {
	v, err := ParseReason(string(b))
	if err == nil {
		*r = v
	}
	return err
}

// Outcome returns the outcome a reason belongs to.
func (r Reason) Outcome() Outcome {
	switch {
	case r >= NoSchedule && r <= NoToday:
		return CannotEvaluate
	case r == RecordHold || r == Moratorium:
		return Held
	case r == KeepPermanently:
		return Permanent
	case r == MissingFact || r == NoClauseApplies:
		return AwaitingEvent
	case r == ReviewCycleDue || r == ReviewAtEnd:
		return ReviewDue
	case r == PeriodRunning || r == NextReviewCycle || r == DueBeyondRange:
		return NotYet
	case r == PeriodEnded:
		return Eligible
	}
	return OutcomeUnspecified
}

// MarshalText returns the dialect's code; DialectUnspecified is an error.
func (d Dialect) MarshalText() ([]byte, error) { return enum.Marshal("dialect", dialectCodes[:], d) }

// UnmarshalText parses a code with ParseDialect, so that a Dialect can be
// a flag (flag.TextVar) or a JSON string.
func (d *Dialect) UnmarshalText(b []byte) error {
	v, err := ParseDialect(string(b))
	if err == nil {
		*d = v
	}
	return err
}
