package retention

import (
	"fmt"

	"github.com/noticekit/noticekit/civil"
)

// Period is a calendar period written as ISO 8601 PnYnMnWnD ("P60D",
// "P6Y", "P1Y6M", "P2W"): years, months, weeks and days, each a whole,
// non-negative number. It is a calendar period, never a day count: P1Y is
// not 365 days.
//
// Period is a small comparable value. The zero Period is "none" (P0D).
// Periods compare field by field: P12M and P1Y are different values even
// though AddTo gives the same date for both.
//
// A period is bounded: at most MaxPeriodYears years in total (months
// counted at 1/12 of a Gregorian year, weeks and days at their length), so
// arithmetic never overflows.
type Period struct {
	y, m, w, d int32
}

// MaxPeriodYears bounds the total length of a Period. No UK retention rule
// comes near it (the longest in UK practice is DOB +
// 150 years); anything longer is a typing mistake.
const MaxPeriodYears = 1000

// PeriodError describes a period that could not be parsed. It quotes the
// input. Every error of [ParsePeriod] and [NewPeriod] is one: find it with
// [errors.As].
type PeriodError struct {
	Input string // the text as given (truncated to 64 bytes)
	Msg   string // what was wrong and what was expected
}

func (e *PeriodError) Error() string {
	return fmt.Sprintf("retention: period %q: %s", e.Input, e.Msg)
}

// NewPeriod returns the period of y years, m months, w weeks and d days.
// Negative parts and periods longer than MaxPeriodYears are errors.
func NewPeriod(y, m, w, d int) (Period, error) {
	if y < 0 || m < 0 || w < 0 || d < 0 {
		return Period{}, &PeriodError{Input: fmt.Sprintf("%dY%dM%dW%dD", y, m, w, d), Msg: "parts must not be negative"}
	}
	if !withinBound(int64(y), int64(m), int64(w), int64(d)) {
		return Period{}, &PeriodError{Input: fmt.Sprintf("%dY%dM%dW%dD", y, m, w, d),
			Msg: fmt.Sprintf("longer than %d years", MaxPeriodYears)}
	}
	return Period{y: int32(y), m: int32(m), w: int32(w), d: int32(d)}, nil
}

// withinBound reports whether the period is at most MaxPeriodYears long.
// A Gregorian 400-year cycle is 146097 days = 4800 months, so a month is
// 146097/4800 days; the comparison is done in units of 1/4800 day.
func withinBound(y, m, w, d int64) bool {
	const lim = int64(1) << 40
	if y > lim || m > lim || w > lim || d > lim {
		return false
	}
	months := y*12 + m
	days := w*7 + d
	return months*146097+days*4800 <= MaxPeriodYears*12*146097
}

// ParsePeriod reads an ISO 8601 period of the form PnYnMnWnD: "P" then, in
// this order, any of years (Y), months (M), weeks (W) and days (D), at least
// one, each a whole number. "P0D" is the zero Period. It rejects negative
// periods ("-P1D", "P-1D"), fractions ("P1.5Y", "P1,5Y"), time parts
// ("PT1H", "P1DT12H"), lower case, repeated or out-of-order parts, and
// periods longer than MaxPeriodYears; the error quotes the input.
func ParsePeriod(s string) (Period, error) {
	in := s
	if len(in) > 64 {
		in = in[:64]
	}
	fail := func(msg string) (Period, error) {
		return Period{}, &PeriodError{Input: in, Msg: msg}
	}
	const want = "want an ISO 8601 period PnYnMnWnD such as P60D, P6Y or P1Y6M"
	if s == "" {
		return fail("empty; " + want)
	}
	if s[0] == '-' || s[0] == '+' {
		return fail("a period must not have a sign; " + want)
	}
	if s[0] != 'P' {
		if s[0] == 'p' {
			return fail("designators must be upper case; " + want)
		}
		return fail("must start with P; " + want)
	}
	if len(s) == 1 {
		return fail("no parts after P; " + want)
	}
	var parts [4]int64 // Y M W D
	const order = "YMWD"
	next := 0 // index in order of the next allowed designator
	i := 1
	for i < len(s) {
		c := s[i]
		switch {
		case c == 'T':
			return fail("time parts (T…H/M/S) are not allowed in a retention period; " + want)
		case c == '-':
			return fail("negative parts are not allowed; " + want)
		case c == '+':
			return fail("a part must not have a sign; " + want)
		case c < '0' || c > '9':
			return fail(fmt.Sprintf("unexpected %q at offset %d: want a digit; %s", rune(c), i, want))
		}
		var n int64
		start := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			if n < 1<<40 {
				n = n*10 + int64(s[i]-'0')
			}
			i++
		}
		if i == len(s) {
			return fail(fmt.Sprintf("number %s has no designator (Y, M, W or D); %s", s[start:i], want))
		}
		c = s[i]
		if c == '.' || c == ',' {
			return fail("fractional parts are not allowed; " + want)
		}
		k := -1
		for j := 0; j < len(order); j++ {
			if order[j] == c {
				k = j
			}
		}
		if k < 0 {
			switch c {
			case 'y', 'm', 'w', 'd':
				return fail("designators must be upper case; " + want)
			case 'H', 'S':
				return fail("time parts (T…H/M/S) are not allowed in a retention period; " + want)
			}
			return fail(fmt.Sprintf("unexpected %q at offset %d: want Y, M, W or D; %s", rune(c), i, want))
		}
		if k < next {
			return fail(fmt.Sprintf("%c repeated or out of order: parts go Y, M, W, D; %s", c, want))
		}
		parts[k] = n
		next = k + 1
		i++
	}
	if !withinBound(parts[0], parts[1], parts[2], parts[3]) {
		return fail(fmt.Sprintf("longer than %d years", MaxPeriodYears))
	}
	return Period{y: int32(parts[0]), m: int32(parts[1]), w: int32(parts[2]), d: int32(parts[3])}, nil
}

// MustParsePeriod is ParsePeriod that panics on error. Use it only with
// constants, in tables and tests.
func MustParsePeriod(s string) Period {
	p, err := ParsePeriod(s)
	if err != nil {
		panic(err)
	}
	return p
}

// Years returns the years part.
func (p Period) Years() int { return int(p.y) }

// Months returns the months part.
func (p Period) Months() int { return int(p.m) }

// Weeks returns the weeks part.
func (p Period) Weeks() int { return int(p.w) }

// Days returns the days part.
func (p Period) Days() int { return int(p.d) }

// IsZero reports whether p is the zero Period (P0D).
func (p Period) IsZero() bool { return p == Period{} }

// String returns p in ISO 8601 form, parts in the order Y, M, W, D with
// zero parts left out; the zero Period is "P0D".
func (p Period) String() string {
	var b [48]byte
	return string(p.AppendText(b[:0]))
}

// AppendText appends p as String does. It does not allocate when b has
// room.
func (p Period) AppendText(b []byte) []byte {
	b = append(b, 'P')
	if p.IsZero() {
		return append(b, '0', 'D')
	}
	for i, v := range [4]int32{p.y, p.m, p.w, p.d} {
		if v != 0 {
			b = appendInt(b, int64(v))
			b = append(b, "YMWD"[i])
		}
	}
	return b
}

// MarshalText implements encoding.TextMarshaler.
func (p Period) MarshalText() ([]byte, error) { return p.AppendText(nil), nil }

// UnmarshalText implements encoding.TextUnmarshaler using ParsePeriod.
func (p *Period) UnmarshalText(b []byte) error {
	v, err := ParsePeriod(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// AddTo returns d plus p as docs/retention.md says: years and months together
// first, by the corresponding-date rule (the same day of the target month,
// or its last day if that day does not exist: 31 Jan + P1M = 28 Feb,
// 29 Feb 2024 + P1Y = 28 Feb 2025), then weeks and days. The zero Date
// stays zero, and a result after 9999-12-31 is the zero Date.
func (p Period) AddTo(d civil.Date) civil.Date {
	if p.y != 0 || p.m != 0 {
		d = d.AddMonths(int(p.y), int(p.m))
	}
	if n := p.w*7 + p.d; n != 0 {
		d = d.AddDays(int(n))
	}
	return d
}

func appendInt(b []byte, v int64) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	var tmp [20]byte
	i := len(tmp)
	for {
		i--
		tmp[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return append(b, tmp[i:]...)
}
