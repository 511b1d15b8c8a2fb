// Package ref is an independent reference implementation of the retention
// contract, written from docs/retention.md alone, for the differential test
// of the retention package (retention/reference_test.go).
//
// It shares no code with the retention or civil packages: it reads a
// schedule's JSON with its own types, parses ISO 8601 periods and RFC 3339
// timestamps with its own grammar, does its own date arithmetic (the
// corresponding-date rule, cutoffs, counting) on year-month-day triples,
// and finds a timestamp's date in London with the time package's own
// Europe/London zone data (time/tzdata), not civil's embedded copy. It is
// written for clarity, not speed, and assumes a schedule that compiles.
//
// # Use
//
// [Parse] reads a schedule; [Schedule.Decide] decides a [Record] on a day
// and returns a [Decision] whose fields are the strings of the JSON output.
// Where the contract leaves the choice among several cannot-evaluate
// reasons open (a record with two faults), the Decision lists every
// [Fault] that applies, and a caller accepts any of them.
package ref

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"time"
	_ "time/tzdata" // Europe/London from Go's copy of the zone data
)

// Schedule is a schedule as the contract's JSON gives it.
type Schedule struct {
	Facts []struct {
		Name      string   `json:"name"`
		Requires  []string `json:"requires"`
		NotBefore []string `json:"not_before"`
	} `json:"facts"`
	Rules     []rule `json:"rules"`
	Moratoria []struct {
		ID    string   `json:"id"`
		Rules []string `json:"rules"`
		From  string   `json:"from"`
		Until string   `json:"until"`
	} `json:"moratoria"`
}

type rule struct {
	ID          string  `json:"id"`
	Retain      *clause `json:"retain"`
	Then        string  `json:"then"`
	ReviewEvery *struct {
		From   string `json:"from"`
		Period string `json:"period"`
	} `json:"review_every"`
	DisposeWithin string `json:"dispose_within"`
}

type clause struct {
	From      string   `json:"from"`
	Cutoff    string   `json:"cutoff"`
	Period    string   `json:"period"`
	Counting  string   `json:"counting"`
	When      string   `json:"when"`
	LaterOf   []clause `json:"later_of"`
	EarlierOf []clause `json:"earlier_of"`
}

// Parse reads a schedule document.
func Parse(doc []byte) (*Schedule, error) {
	var s Schedule
	if err := json.Unmarshal(doc, &s); err != nil {
		return nil, err
	}
	return &s, nil
}

// Record is a record: its rule, its facts (a value, nil for "has not
// happened"; a name left out is unknown) and its holds.
type Record struct {
	Rule  string
	Facts map[string]*string
	Holds []string
}

// Fault is one reason a record cannot be evaluated, and the fact it names
// ("" for none).
type Fault struct{ Reason, Fact string }

// Decision is the reference's decision, as the JSON output writes it ("" for
// a field left out).
type Decision struct {
	Outcome, Reason, Due, NextReview, Action, MustDisposeBy, Missing string
	Overdue                                                          bool
	Faults                                                           []Fault // for cannot-evaluate: every fault that applies
}

// day is a calendar date; {10000,1,1} and later stand for "after 9999-12-31".
type day struct{ y, m, d int }

var beyond = day{10000, 1, 1}

func (a day) before(b day) bool {
	if a.y != b.y {
		return a.y < b.y
	}
	if a.m != b.m {
		return a.m < b.m
	}
	return a.d < b.d
}

func (a day) String() string { return fmt.Sprintf("%04d-%02d-%02d", a.y, a.m, a.d) }

func leap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if leap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func (a day) cap() day {
	if a.y > 9999 {
		return beyond
	}
	return a
}

// addMonths adds n months by the corresponding-date rule.
func (a day) addMonths(n int) day {
	if a == beyond {
		return a
	}
	k := a.y*12 + a.m - 1 + n
	y, m := k/12, k%12+1
	if y > 9999 {
		return beyond
	}
	return day{y, m, min(a.d, daysIn(y, m))}
}

// addDays adds n days (the time package's calendar, in UTC).
func (a day) addDays(n int) day {
	if a == beyond {
		return a
	}
	t := time.Date(a.y, time.Month(a.m), a.d+n, 12, 0, 0, 0, time.UTC)
	return day{t.Year(), int(t.Month()), t.Day()}.cap()
}

// period is an ISO 8601 period PnYnMnWnD.
type period struct{ months, days int }

var periodRE = regexp.MustCompile(`^P(?:([0-9]+)Y)?(?:([0-9]+)M)?(?:([0-9]+)W)?(?:([0-9]+)D)?$`)

func parsePeriod(s string) period {
	if s == "" {
		return period{}
	}
	m := periodRE.FindStringSubmatch(s)
	if m == nil {
		panic("ref: bad period " + s) // the schedule compiled, so never
	}
	n := func(i int) int {
		v, _ := strconv.Atoi(m[i])
		return v
	}
	return period{months: 12*n(1) + n(2), days: 7*n(3) + n(4)}
}

// add adds p to a: years and months together, then weeks and days, then
// extra days.
func (p period) add(a day, extra int) day {
	return a.addMonths(p.months).addDays(p.days + extra)
}

var (
	dateRE = regexp.MustCompile(`^([0-9]{4})-([0-9]{2})-([0-9]{2})$`)
	// RFC 3339 §5.6 date-time.
	stampRE = regexp.MustCompile(`^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?([Zz]|([+-])([0-9]{2}):([0-9]{2}))$`)
	london  = mustLondon()
)

func mustLondon() *time.Location {
	l, err := time.LoadLocation("Europe/London")
	if err != nil {
		panic(err)
	}
	return l
}

func atoi(s string) int { v, _ := strconv.Atoi(s); return v }

func validDate(y, m, d int) bool {
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// parseFact reads a fact's value: a date, or a timestamp's date in London.
func parseFact(v string) (day, bool) {
	if m := dateRE.FindStringSubmatch(v); m != nil {
		y, mo, d := atoi(m[1]), atoi(m[2]), atoi(m[3])
		return day{y, mo, d}, validDate(y, mo, d)
	}
	m := stampRE.FindStringSubmatch(v)
	if m == nil || len(v) > 64 {
		return day{}, false
	}
	y, mo, d := atoi(m[1]), atoi(m[2]), atoi(m[3])
	hh, mi, ss := atoi(m[4]), atoi(m[5]), atoi(m[6])
	if !validDate(y, mo, d) || hh > 23 || mi > 59 || ss > 60 {
		return day{}, false
	}
	off := 0
	if m[9] != "" {
		oh, om := atoi(m[10]), atoi(m[11])
		if oh > 23 || om > 59 {
			return day{}, false
		}
		off = oh*3600 + om*60
		if m[9] == "-" {
			off = -off
		}
	}
	leapSecond := ss == 60
	if leapSecond {
		ss = 59
	}
	t := time.Date(y, time.Month(mo), d, hh, mi, ss, 0, time.FixedZone("", off))
	if leapSecond { // only 23:59:60 UTC on 30 June or 31 December
		u := t.UTC()
		if u.Hour() != 23 || u.Minute() != 59 || !(u.Month() == 6 && u.Day() == 30 || u.Month() == 12 && u.Day() == 31) {
			return day{}, false
		}
	}
	l := t.In(london)
	got := day{l.Year(), int(l.Month()), l.Day()}
	return got, got.y >= 1 && got.y <= 9999
}

// fact is a record's fact: given (known), happened, and its day.
type fact struct {
	known, happened bool
	at              day
}
