package bench

import (
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/noticekit/noticekit/civil"
)

// Seed is the fixed seed of every generated record set.
const Seed = 20240601

var holdNames = [...]string{"legal-hold", "investigation", "subject-access-request", "complaint", "litigation"}

// Generator makes body-worn-video records deterministically (math/rand/v2,
// PCG with a fixed seed). Its dates run from 1999 to 2040, with a share of
// month ends, 29 Februaries and due dates falling on them; its days to
// decide on are mostly the boundaries of the rule: the day before the due
// date, the due date, the last day before disposal is overdue (due + 30)
// and the first overdue day (due + 31). About a tenth of the records are
// held, a tenth have a case opened but not closed, and a few lack the
// capture date or have a closed case that was never opened.
type Generator struct {
	r *rand.Rand
	n int
}

// NewGenerator returns a Generator seeded with seed.
func NewGenerator(seed uint64) *Generator {
	return &Generator{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

// day returns a random date from 1999-01-01 to 2040-12-31, a month end or a
// 29 February.
func (g *Generator) day() civil.Date {
	switch g.r.IntN(10) {
	case 0: // a month end
		return civil.MustNew(1999+g.r.IntN(42), time.Month(1+g.r.IntN(12)), 1).EndOfMonth()
	case 1: // 29 February of a leap year
		return civil.MustNew(2000+4*g.r.IntN(11), time.February, 29)
	}
	return civil.MustNew(1999, time.January, 1).AddDays(g.r.IntN(15340))
}

// Next returns the next record. Its facts are never after its day to
// decide on, and case_closed is never before case_opened (noticekit
// decides those cannot-evaluate, which the other two engines do not
// model).
func (g *Generator) Next() Case {
	g.n++
	c := Case{ID: "bwc-" + strconv.Itoa(g.n)}
	kind := g.r.IntN(100)
	switch {
	case kind < 5: // the due date lands on a month end or 29 February
		c.Captured = g.day().AddDays(-61)
	default:
		c.Captured = g.day()
	}
	switch {
	case kind < 40: // footage only
	case kind < 50: // a case opened, not yet closed: awaiting-event
		c.CaseOpened = c.Captured.AddDays(g.r.IntN(90))
	case kind < 92: // a case opened and closed, before or after the 60 days
		c.CaseOpened = c.Captured.AddDays(g.r.IntN(60))
		if g.r.IntN(4) == 0 {
			c.CaseClosed = c.CaseOpened.AddDays(g.r.IntN(400)).EndOfMonth()
		} else {
			c.CaseClosed = c.CaseOpened.AddDays(g.r.IntN(400))
		}
	case kind < 96: // a case opened and closed on the same day
		c.CaseOpened = c.Captured.AddDays(g.r.IntN(50))
		c.CaseClosed = c.CaseOpened
	default: // no capture date: awaiting-event
		c.Captured = civil.Date{}
		if g.r.IntN(2) == 0 {
			c.CaseOpened = g.day()
		}
	}
	if g.r.IntN(10) == 0 {
		c.Holds = []string{holdNames[g.r.IntN(len(holdNames))]}
		if g.r.IntN(3) == 0 {
			c.Holds = append(c.Holds, holdNames[g.r.IntN(len(holdNames))])
		}
	}
	// The due date by the rule, to aim today at its boundaries.
	due := c.Captured.AddDays(61)
	if !c.CaseOpened.IsZero() && !c.CaseClosed.IsZero() && c.CaseClosed.AddDays(1).After(due) {
		due = c.CaseClosed.AddDays(1)
	}
	if c.Captured.IsZero() {
		due = c.CaseOpened
	}
	switch g.r.IntN(6) {
	case 0:
		c.Today = due.AddDays(-1)
	case 1:
		c.Today = due
	case 2:
		c.Today = due.AddDays(30)
	case 3:
		c.Today = due.AddDays(31)
	default:
		c.Today = due.AddDays(g.r.IntN(200) - 100)
	}
	for _, f := range [...]civil.Date{c.Captured, c.CaseOpened, c.CaseClosed} {
		if f.After(c.Today) {
			c.Today = f
		}
	}
	if c.Today.IsZero() {
		c.Today = civil.MustNew(2026, time.June, 1)
	}
	return c
}

// AppendJSONL appends c as a record line for `noticekit retention decide`
// (docs/retention.md), ending in a newline. Today is
// not part of a record.
func AppendJSONL(b []byte, c *Case) []byte {
	b = append(b, `{"id":"`...)
	b = append(b, c.ID...)
	b = append(b, `","rule":"bwc-footage","facts":{`...)
	sep := false
	for _, f := range [...]struct {
		name string
		d    civil.Date
	}{{"captured", c.Captured}, {"case_opened", c.CaseOpened}, {"case_closed", c.CaseClosed}} {
		if sep {
			b = append(b, ',')
		}
		sep = true
		b = append(b, '"')
		b = append(b, f.name...)
		if f.d.IsZero() { // has not happened: null (an omitted fact is unknown)
			b = append(b, `":null`...)
			continue
		}
		b = append(b, `":"`...)
		b = f.d.AppendText(b)
		b = append(b, '"')
	}
	b = append(b, '}')
	if len(c.Holds) > 0 {
		b = append(b, `,"holds":[`...)
		for i, h := range c.Holds {
			if i > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendQuote(b, h)
		}
		b = append(b, ']')
	}
	return append(b, "}\n"...)
}

// ShiftTo returns c with every date moved by the same number of days so
// that its day to decide on is d: the outcome and the distance to the due
// date stay the same. A stream for one --today is made this way.
func (c Case) ShiftTo(d civil.Date) Case {
	off := d.Sub(c.Today)
	for _, p := range [...]*civil.Date{&c.Captured, &c.CaseOpened, &c.CaseClosed} {
		if !p.IsZero() {
			*p = p.AddDays(off)
		}
	}
	c.Today = d
	return c
}
