package civil

import (
	_ "embed"
	"fmt"
	"time"
)

// Date is a calendar date in UK time, with no time of day and no zone.
//
// Date is a small comparable value: two Dates are == when they are the same
// day. The zero Date means "unknown" (or "none"); it sorts before every known
// date, and IsZero reports it. Known dates run from 0001-01-01 to 9999-12-31.
//
// Internally a Date is a day number (see Days), so comparison and day
// arithmetic are single integer operations.
type Date struct {
	n int32 // days since 0000-12-31 in the proleptic Gregorian calendar; 0 = unknown
}

// maxDays is the day number of 9999-12-31.
const maxDays = 3652059

// MinDate returns 0001-01-01, the first representable date.
func MinDate() Date { return Date{n: 1} }

// MaxDate returns 9999-12-31, the last representable date.
func MaxDate() Date { return Date{n: maxDays} }

// Error is the type of the package's sentinel errors, ErrSyntax and
// ErrRange: constants, so that no caller can change them.
type Error string

func (e Error) Error() string { return string(e) }

// Errors returned by Parse, ParseTimestamp and New, for use with errors.Is.
const (
	// ErrSyntax: the text is not of the form YYYY-MM-DD (or, for
	// ParseTimestamp, not in the RFC 3339 grammar).
	ErrSyntax = Error("civil: want a date of the form YYYY-MM-DD")
	// ErrRange: the form is right but the day does not exist (2026-02-30) or the
	// year is outside 1–9999.
	ErrRange = Error("civil: no such date")
)

// ParseError describes a date that could not be parsed. It quotes the input.
type ParseError struct {
	Input string // the text as given (truncated to 64 bytes)
	Err   error  // ErrSyntax or ErrRange
	msg   string
}

func (e *ParseError) Error() string {
	if e.msg != "" {
		return fmt.Sprintf("civil: parsing %q: %s", e.Input, e.msg)
	}
	return fmt.Sprintf("civil: parsing %q: %v", e.Input, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// New returns the Date for year y, month m and day d. It returns an error
// wrapping ErrRange if the day does not exist or the year is outside 1–9999.
// It never normalises (New(2026, 2, 30) is an error, not 2 March).
func New(y int, m time.Month, d int) (Date, error) {
	if y < 1 || y > 9999 || m < time.January || m > time.December || d < 1 || d > DaysIn(y, m) {
		return Date{}, fmt.Errorf("%w: %04d-%02d-%02d", ErrRange, y, int(m), d)
	}
	return Date{n: daysFromCivil(y, int(m), d)}, nil
}

// MustNew is New that panics on error. Use it only with constants.
func MustNew(y int, m time.Month, d int) Date {
	dt, err := New(y, m, d)
	if err != nil {
		panic(err)
	}
	return dt
}

// Parse reads a date written exactly as YYYY-MM-DD (ISO 8601 calendar date,
// four-digit year). It is strict: no surrounding space, no time, no sign, and
// the day must exist (2026-02-30 is an error wrapping ErrRange).
func Parse(s string) (Date, error) {
	in := s
	if len(in) > 64 {
		in = in[:64]
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, &ParseError{Input: in, Err: ErrSyntax}
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, &ParseError{Input: in, Err: ErrSyntax}
	}
	switch {
	case y < 1:
		return Date{}, &ParseError{Input: in, Err: ErrRange, msg: "year must be 0001 to 9999"}
	case m < 1 || m > 12:
		return Date{}, &ParseError{Input: in, Err: ErrRange, msg: "month must be 01 to 12"}
	case d < 1 || d > DaysIn(y, time.Month(m)):
		return Date{}, &ParseError{Input: in, Err: ErrRange,
			msg: fmt.Sprintf("%s %d has %d days", time.Month(m), y, DaysIn(y, time.Month(m)))}
	}
	return Date{n: daysFromCivil(y, m, d)}, nil
}

// MustParse is Parse that panics on error. Use it only with constants, in
// tables and tests.
func MustParse(s string) Date {
	d, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

//go:embed europe_london.tzif
var londonTZif []byte

// London returns the Europe/London location, loaded from time zone data
// embedded in this package, so results never depend on the host's zone
// files or on the ZONEINFO environment variable. Every call returns the
// same location, which no caller can replace.
func London() *time.Location { return london }

var london = mustLondon()

func mustLondon() *time.Location {
	loc, err := time.LoadLocationFromTZData("Europe/London", londonTZif)
	if err != nil {
		panic("civil: embedded Europe/London zone data is corrupt: " + err.Error())
	}
	return loc
}

// Of returns the calendar date in London (GMT or BST) of the instant t.
// 2026-05-31T23:30:00Z is 1 June in London. The zero time.Time gives the zero
// Date; an instant outside years 1–9999 in London also gives the zero Date.
func Of(t time.Time) Date {
	if t.IsZero() {
		return Date{}
	}
	y, m, d := t.In(london).Date()
	dt, err := New(y, m, d)
	if err != nil {
		return Date{}
	}
	return dt
}

// Today returns the date in London now. It reads the clock, so library code
// that must be pure takes "today" as an argument instead; Today is for
// command-line defaults.
func Today() Date { return Of(time.Now()) }

// IsZero reports whether d is the zero (unknown) Date.
func (d Date) IsZero() bool { return d.n == 0 }

// YMD returns the year, month and day of d. For the zero Date it returns
// 0, 0, 0.
func (d Date) YMD() (year int, month time.Month, day int) {
	if d.n == 0 {
		return 0, 0, 0
	}
	y, m, dd := civilFromDays(d.n)
	return y, time.Month(m), dd
}

// Year returns d's year (0 for the zero Date).
func (d Date) Year() int { y, _, _ := d.YMD(); return y }

// Month returns d's month (0 for the zero Date).
func (d Date) Month() time.Month { _, m, _ := d.YMD(); return m }

// Day returns d's day of the month (0 for the zero Date).
func (d Date) Day() int { _, _, dd := d.YMD(); return dd }

// Weekday returns the day of the week of d. The zero Date has no weekday;
// it reports time.Sunday by convention and callers should check IsZero.
func (d Date) Weekday() time.Weekday {
	// 0001-01-01 (n=1) was a Monday.
	return time.Weekday((int(d.n)%7 + 7) % 7)
}

// String returns d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.n == 0 {
		return ""
	}
	var b [10]byte
	return string(d.AppendText(b[:0]))
}

// AppendText appends d as YYYY-MM-DD to b (nothing for the zero Date). It
// does not allocate when b has room.
func (d Date) AppendText(b []byte) []byte {
	if d.n == 0 {
		return b
	}
	y, m, dd := civilFromDays(d.n)
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-', byte('0'+dd/10), byte('0'+dd%10))
	return b
}

// MarshalText implements encoding.TextMarshaler. The zero Date marshals as
// the empty string.
func (d Date) MarshalText() ([]byte, error) { return d.AppendText(nil), nil }

// UnmarshalText implements encoding.TextUnmarshaler using Parse. The empty
// text is rejected: a date that is present must be a date.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e. The zero
// Date is before every known date.
func (d Date) Compare(e Date) int {
	switch {
	case d.n < e.n:
		return -1
	case d.n > e.n:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.n < e.n }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.n > e.n }

// Days returns d's day number: 1 for 0001-01-01, counting up by one a day,
// and 0 for the zero Date. Day numbers are what hot loops compare and add.
func (d Date) Days() int32 { return d.n }

// FromDays is the inverse of Days. A day number outside the range of
// MinDate..MaxDate gives the zero Date.
func FromDays(n int32) Date {
	if n < 1 || n > maxDays {
		return Date{}
	}
	return Date{n: n}
}

// Sub returns the number of days from e to d (d − e). Both must be known.
func (d Date) Sub(e Date) int { return int(d.n) - int(e.n) }

// AddDays returns d plus n days (n may be negative). The zero Date stays
// zero, and a result outside 0001-01-01..9999-12-31 is the zero Date.
func (d Date) AddDays(n int) Date {
	if d.n == 0 {
		return Date{}
	}
	r := int64(d.n) + int64(n)
	if r < 1 || r > int64(maxDays) {
		return Date{}
	}
	return Date{n: int32(r)}
}

// AddYears is AddMonths(years, 0).
func (d Date) AddYears(years int) Date { return d.AddMonths(years, 0) }

// IsLeap reports whether y is a leap year in the Gregorian calendar.
func IsLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// DaysIn returns the number of days in month m of year y.
func DaysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if IsLeap(y) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// EndOfMonth returns the last day of d's month.
func (d Date) EndOfMonth() Date {
	if d.n == 0 {
		return Date{}
	}
	y, m, _ := civilFromDays(d.n)
	return Date{n: daysFromCivil(y, m, DaysIn(y, time.Month(m)))}
}

// daysFromCivil and civilFromDays are Howard Hinnant's algorithms
// (https://howardhinnant.github.io/date_algorithms.html), shifted so that
// 0001-01-01 is day 1.
const epochShift = 719162 - 1 // days from 0001-01-01 to 1970-01-01, adjusted for day 1

func daysFromCivil(y, m, d int) int32 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	unix := era*146097 + doe - 719468
	return int32(unix + epochShift + 2)
}

func civilFromDays(n int32) (y, m, d int) {
	z := int(n) - epochShift - 2 + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}
