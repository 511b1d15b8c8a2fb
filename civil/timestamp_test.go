package civil_test

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/noticekit/noticekit/civil"
)

// refTimestamp is a reference for ParseTimestamp written from RFC 3339
// §5.6 independently of it and of time.Parse: a regular expression for the
// ABNF, range checks with a month-length table of its own, and the time
// package only to move the instant into London.
var refRFC3339 = regexp.MustCompile(`^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?([Zz]|([+-])([0-9]{2}):([0-9]{2}))$`)

func refTimestamp(s string) (civil.Date, bool) {
	if len(s) > civil.MaxTimestampBytes {
		return civil.Date{}, false
	}
	m := refRFC3339.FindStringSubmatch(s)
	if m == nil {
		return civil.Date{}, false
	}
	n := func(i int) int { v, _ := strconv.Atoi(m[i]); return v }
	y, mo, d, h, mi, sec := n(1), n(2), n(3), n(4), n(5), n(6)
	monthLen := []int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	if mo < 1 || mo > 12 || y == 0 {
		return civil.Date{}, false
	}
	ml := monthLen[mo-1]
	if mo == 2 && (y%4 == 0 && y%100 != 0 || y%400 == 0) {
		ml = 29
	}
	if d < 1 || d > ml || h > 23 || mi > 59 || sec > 60 {
		return civil.Date{}, false
	}
	off := 0
	if m[9] != "" {
		oh, om := n(10), n(11)
		if oh > 23 || om > 59 {
			return civil.Date{}, false
		}
		off = (oh*60 + om) * 60
		if m[9] == "-" {
			off = -off
		}
	}
	leap := sec == 60
	if leap {
		sec = 59
	}
	t := time.Date(y, time.Month(mo), d, h, mi, sec, 0, time.FixedZone("", off)).UTC()
	if leap {
		uy, um, ud := t.Date()
		_ = uy
		if t.Hour() != 23 || t.Minute() != 59 || !(um == time.June && ud == 30 || um == time.December && ud == 31) {
			return civil.Date{}, false
		}
	}
	ly, lm, ld := t.In(civil.London()).Date()
	if ly < 1 || ly > 9999 {
		return civil.Date{}, false
	}
	return civil.MustNew(ly, lm, ld), true
}

// TestParseTimestampGrammar is the table of RFC 3339 strings, valid and
// invalid; each row is also checked against the reference grammar.
func TestParseTimestampGrammar(t *testing.T) {
	tests := []struct {
		in   string
		want string // the London date; "" for invalid
		err  error  // for invalid: ErrSyntax or ErrRange
	}{
		// Valid.
		{"2026-05-31T23:30:00Z", "2026-06-01", nil}, // 00:30 BST
		{"2026-12-31T23:30:00Z", "2026-12-31", nil}, // GMT
		{"2026-05-31t23:30:00z", "2026-06-01", nil}, // lower case t and z (§5.6 NOTE)
		{"2026-05-31T23:30:00.5Z", "2026-06-01", nil},
		{"2026-05-31T22:59:59.999999999Z", "2026-05-31", nil},
		{"2026-05-31T23:30:00.000000000000000000000000000001Z", "2026-06-01", nil},
		{"2026-03-31T00:30:00+01:00", "2026-03-31", nil}, // 23:30Z on 30 March is 00:30 BST on the 31st
		{"2026-03-31T00:30:00+23:59", "2026-03-30", nil},
		{"2026-03-31T00:30:00-23:59", "2026-04-01", nil},
		{"2026-06-01T00:30:00+02:00", "2026-05-31", nil}, // 22:30Z = 23:30 BST
		{"2026-01-01T00:30:00+01:00", "2025-12-31", nil}, // 23:30 GMT
		{"2026-01-01T00:00:00-00:00", "2026-01-01", nil}, // unknown local offset (§4.3)
		{"2026-10-25T01:30:00+01:00", "2026-10-25", nil}, // the repeated hour
		{"2024-02-29T12:00:00Z", "2024-02-29", nil},
		{"2016-12-31T23:59:60Z", "2016-12-31", nil}, // a leap second
		{"2015-06-30T23:59:60Z", "2015-07-01", nil}, // 00:59:60 BST on 1 July
		{"2015-07-01T00:59:60+01:00", "2015-07-01", nil},
		{"2016-12-31T18:59:60-05:00", "2016-12-31", nil},
		{"9999-12-31T23:59:59Z", "9999-12-31", nil},
		{"0001-01-01T12:00:00Z", "0001-01-01", nil},
		{"1899-12-31T23:59:00Z", "1899-12-31", nil},
		// Invalid: outside the grammar.
		{"", "", civil.ErrSyntax},
		{"2026-05-31", "", civil.ErrSyntax},
		{"2026-05-31T23:30:00", "", civil.ErrSyntax},    // no offset
		{"2026-05-31 23:30:00Z", "", civil.ErrSyntax},   // space for T
		{"2026-05-31T23:30Z", "", civil.ErrSyntax},      // no seconds
		{"2026-05-31T23:30:00,5Z", "", civil.ErrSyntax}, // comma before the fraction
		{"2026-05-31T23:30:00.Z", "", civil.ErrSyntax},  // no fraction digit
		{"2026-03-31T00:30:00+24:59", "", civil.ErrSyntax},
		{"2026-03-31T00:30:00-24:00", "", civil.ErrSyntax},
		{"2026-03-31T00:30:00+00:60", "", civil.ErrSyntax},
		{"2026-03-31T00:30:00+0100", "", civil.ErrSyntax},
		{"2026-03-31T00:30:00+01", "", civil.ErrSyntax},
		{"2026-03-31T00:30:00+1:00", "", civil.ErrSyntax},
		{"2026-03-31T24:00:00Z", "", civil.ErrSyntax},
		{"2026-03-31T23:60:00Z", "", civil.ErrSyntax},
		{"2026-03-31T23:59:61Z", "", civil.ErrSyntax},
		{"2026-03-31T23:59:60Z", "", civil.ErrSyntax}, // not a leap-second day
		{"2016-12-31T22:59:60Z", "", civil.ErrSyntax}, // not 23:59 UTC
		{"2016-12-31T23:59:60+01:00", "", civil.ErrSyntax},
		{"2026-3-31T00:30:00Z", "", civil.ErrSyntax},
		{"+2026-03-31T00:30:00Z", "", civil.ErrSyntax},
		{" 2026-03-31T00:30:00Z", "", civil.ErrSyntax},
		{"2026-03-31T00:30:00Z ", "", civil.ErrSyntax},
		{"2026-03-31T00:30:00ZZ", "", civil.ErrSyntax},
		{"2026-03-31T00:30:00UTC", "", civil.ErrSyntax},
		{"2026-03-31T00:30:00.5.5Z", "", civil.ErrSyntax},
		{"2026-03-31T00:30:00\u00a0Z", "", civil.ErrSyntax},
		{"２026-03-31T00:30:00Z", "", civil.ErrSyntax},
		{"2026-03-31T00:30:00." + strings.Repeat("0", 60) + "Z", "", civil.ErrSyntax}, // longer than MaxTimestampBytes
		// Invalid: no such day, or outside years 1–9999 in London.
		{"2026-02-30T00:00:00Z", "", civil.ErrRange},
		{"2025-02-29T00:00:00Z", "", civil.ErrRange},
		{"2026-13-01T00:00:00Z", "", civil.ErrRange},
		{"2026-00-01T00:00:00Z", "", civil.ErrRange},
		{"2026-04-31T00:00:00Z", "", civil.ErrRange},
		{"0000-12-31T23:00:00Z", "", civil.ErrRange},
		{"0001-01-01T00:00:00+01:00", "", civil.ErrRange},
		{"9999-12-31T23:30:00-01:00", "", civil.ErrRange},
	}
	if len(tests) < 40 {
		t.Fatalf("%d rows, want at least 40", len(tests))
	}
	for _, tt := range tests {
		got, err := civil.ParseTimestamp(tt.in)
		if tt.want != "" {
			if err != nil || got.String() != tt.want {
				t.Errorf("ParseTimestamp(%q) = %v, %v, want %s", tt.in, got, err, tt.want)
			}
		} else {
			var pe *civil.ParseError
			if !got.IsZero() || !errors.Is(err, tt.err) || !errors.As(err, &pe) {
				t.Errorf("ParseTimestamp(%q) = %v, %v, want an error wrapping %v", tt.in, got, err, tt.err)
			}
		}
		ref, ok := refTimestamp(tt.in)
		if ok != (tt.want != "") || ok && ref.String() != tt.want {
			t.Errorf("reference grammar on %q: %v, %v; the table says %q", tt.in, ref, ok, tt.want)
		}
	}
}

// FuzzParseTimestamp compares ParseTimestamp with the reference grammar:
// they accept the same strings and give the same London date.
func FuzzParseTimestamp(f *testing.F) {
	for _, s := range []string{"2026-05-31T23:30:00Z", "2026-10-25T01:30:00+01:00", "0001-01-01T00:00:00+01:00",
		"9999-12-31T23:59:59-12:00", "2026-02-30T00:00:00Z", "", "2016-12-31T23:59:60Z", "2015-06-30t23:59:60.123z",
		"2026-03-31T00:30:00+24:59", "2026-03-31T00:30:00,5Z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := civil.ParseTimestamp(s)
		want, ok := refTimestamp(s)
		if (err == nil) != ok || got != want {
			t.Fatalf("ParseTimestamp(%q) = %v, %v; reference grammar: %v, %v", s, got, err, want, ok)
		}
		if err != nil {
			var pe *civil.ParseError
			if !errors.As(err, &pe) || len(pe.Input) > 64 {
				t.Fatalf("ParseTimestamp(%q): %#v", s, err)
			}
		}
	})
}
