package civil

import (
	"fmt"
	"time"
)

// MaxTimestampBytes bounds the length of a timestamp ParseTimestamp
// accepts; longer text is refused before it is read. It leaves room for a
// fraction of up to 38 digits.
const MaxTimestampBytes = 64

// ParseTimestamp reads a timestamp written exactly by the date-time grammar
// of RFC 3339 §5.6 and returns its date in London (2026-05-31T23:30:00Z is
// 2026-06-01). The grammar, in full:
//
//	date-time      = full-date "T" full-time          ; "t" too (§5.6 NOTE)
//	full-date      = 4DIGIT "-" 2DIGIT "-" 2DIGIT     ; a day that exists
//	full-time      = partial-time time-offset
//	partial-time   = 2DIGIT ":" 2DIGIT ":" 2DIGIT ["." 1*DIGIT]
//	time-offset    = "Z" / "z" / ("+" / "-") 2DIGIT ":" 2DIGIT
//
// Hours run 00–23 and minutes 00–59, in the time and in the offset (so
// offsets run -23:59 to +23:59); -00:00 is read as +00:00 (§4.3: the local
// offset is unknown, the instant is the same). A fraction must follow a
// "." (never a comma) and have at least one digit. There is no space for
// the "T", no missing seconds, no offset without a colon, no leading or
// trailing space, and nothing after the offset.
//
// Seconds run 00–59, and 60 only for a leap second: where the time, moved
// to UTC by its offset, is 23:59:60 on 30 June or 31 December (the days on
// which leap seconds are inserted, §5.7 and Appendix D). A leap second
// belongs to the UTC day it ends, so its London date is that of 23:59:59
// UTC.
//
// Text longer than MaxTimestampBytes is refused. The error is a
// *ParseError wrapping ErrSyntax for text outside the grammar and ErrRange
// for a day that does not exist or a London date outside years 1–9999.
func ParseTimestamp(s string) (Date, error) {
	in := s
	if len(in) > 64 {
		in = in[:64]
	}
	syntax := func(what string) (Date, error) {
		return Date{}, &ParseError{Input: in, Err: ErrSyntax,
			msg: what + ": want an RFC 3339 timestamp such as 2026-05-31T23:30:00Z or 2026-05-31T23:30:00.5+01:00"}
	}
	if len(s) > MaxTimestampBytes {
		return syntax(fmt.Sprintf("longer than %d bytes", MaxTimestampBytes))
	}
	if len(s) < 20 {
		return syntax("too short")
	}
	// Fixed positions: YYYY-MM-DDTHH:MM:SS
	for _, i := range [...]int{0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18} {
		if c := s[i]; c < '0' || c > '9' {
			return syntax(fmt.Sprintf("byte %d is %q, want a digit", i+1, c))
		}
	}
	for _, sep := range [...]struct {
		i int
		c byte
	}{{4, '-'}, {7, '-'}, {13, ':'}, {16, ':'}} {
		if s[sep.i] != sep.c {
			return syntax(fmt.Sprintf("byte %d is %q, want %q", sep.i+1, s[sep.i], sep.c))
		}
	}
	if s[10] != 'T' && s[10] != 't' {
		return syntax(fmt.Sprintf("byte 11 is %q, want T between the date and the time", s[10]))
	}
	num := func(i int) int { return int(s[i]-'0')*10 + int(s[i+1]-'0') }
	y := num(0)*100 + num(2)
	mo, d, h, mi, sec := num(5), num(8), num(11), num(14), num(17)
	i := 19
	if s[i] == '.' {
		i++
		start := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == start {
			return syntax("no digit after the decimal point")
		}
	}
	if i >= len(s) {
		return syntax("no offset: want Z or ±hh:mm")
	}
	off := 0 // minutes east of UTC
	switch s[i] {
	case 'Z', 'z':
		i++
	case '+', '-':
		if len(s)-i != 6 || s[i+3] != ':' || !isDigit(s[i+1]) || !isDigit(s[i+2]) || !isDigit(s[i+4]) || !isDigit(s[i+5]) {
			return syntax("offset: want ±hh:mm")
		}
		oh, om := num(i+1), num(i+4)
		if oh > 23 || om > 59 {
			return syntax("offset out of range: want -23:59 to +23:59")
		}
		off = oh*60 + om
		if s[i] == '-' {
			off = -off
		}
		i += 6
	default:
		return syntax(fmt.Sprintf("byte %d is %q, want Z, +, - or a fraction after \".\"", i+1, s[i]))
	}
	if i != len(s) {
		return syntax("unexpected text after the offset")
	}
	switch {
	case mo < 1 || mo > 12:
		return Date{}, &ParseError{Input: in, Err: ErrRange, msg: "month must be 01 to 12"}
	case y < 1:
		return Date{}, &ParseError{Input: in, Err: ErrRange, msg: "year must be 0001 to 9999"}
	case d < 1 || d > DaysIn(y, time.Month(mo)):
		return Date{}, &ParseError{Input: in, Err: ErrRange,
			msg: fmt.Sprintf("%s %d has %d days", time.Month(mo), y, DaysIn(y, time.Month(mo)))}
	case h > 23:
		return syntax("hour out of range: want 00 to 23")
	case mi > 59:
		return syntax("minute out of range: want 00 to 59")
	case sec > 60:
		return syntax("second out of range: want 00 to 59 (60 for a leap second)")
	}
	// The instant in UTC, in seconds from 0001-01-01T00:00:00Z.
	day := int64(daysFromCivil(y, mo, d))
	utc := (day-1)*86400 + int64(h*3600+mi*60+sec) - int64(off)*60
	if utc < 0 {
		return Date{}, &ParseError{Input: in, Err: ErrRange, msg: "its London date must be in years 0001 to 9999"}
	}
	if sec == 60 {
		// 23:59:60 UTC on 30 June or 31 December only.
		leap := utc - 1 // 23:59:59 UTC
		_, um, ud := civilFromDays(int32(leap/86400 + 1))
		if leap%86400 != 86399 || !(um == 6 && ud == 30 || um == 12 && ud == 31) {
			return syntax("second 60 is a leap second only at 23:59:60 UTC on 30 June or 31 December")
		}
		utc = leap
	}
	const unixShift = 719162 * 86400 // seconds from 0001-01-01 to 1970-01-01
	got := Of(time.Unix(utc-unixShift, 0))
	if got.IsZero() {
		return Date{}, &ParseError{Input: in, Err: ErrRange, msg: "its London date must be in years 0001 to 9999"}
	}
	return got, nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
