package civil_test

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/noticekit/noticekit/civil"
)

// FuzzParse compares Parse with time.Parse("2006-01-02") as a naive
// reference. On 10-byte inputs of the right shape (dashes at 4 and 7) they
// must accept and reject alike, except that time accepts year 0000, which is
// outside civil's range. Whatever Parse accepts round-trips through String.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"2026-02-05", "2024-02-29", "2025-02-29", "0000-01-01", "9999-12-31", "2026-13-01",
		"2026-1-01", " 2026-01-01", "+2026-01-01", "", "2026-00-00", "20a6-01-01", "-026-01-01", "2026-+1-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := civil.Parse(s)
		if err != nil {
			var pe *civil.ParseError
			if !d.IsZero() || !errors.As(err, &pe) || len(pe.Input) > 64 ||
				!(errors.Is(err, civil.ErrSyntax) || errors.Is(err, civil.ErrRange)) {
				t.Fatalf("Parse(%q) = %v, %#v", s, d, err)
			}
		} else if d.String() != s {
			t.Fatalf("String(Parse(%q)) = %q", s, d)
		}
		if len(s) != 10 || s[4] != '-' || s[7] != '-' {
			if err == nil {
				t.Fatalf("Parse(%q) accepted a string of the wrong shape", s)
			}
			return
		}
		tm, terr := time.Parse("2006-01-02", s)
		refOK := terr == nil && tm.Year() >= 1
		if (err == nil) != refOK {
			t.Fatalf("Parse(%q) error %v; time.Parse error %v (year %d)", s, err, terr, tm.Year())
		}
		if err == nil {
			if y, m, dd := d.YMD(); y != tm.Year() || m != tm.Month() || dd != tm.Day() {
				t.Fatalf("Parse(%q) = %v, time says %v", s, d, tm)
			}
		}
	})
}

// refAddMonths is a naive reference for AddMonths: the target month by
// exact (big) arithmetic, or by time.Date normalisation when the numbers
// are small, then the day clamped to the month's length as time.Date
// reports it.
func refAddMonths(d civil.Date, years, months int) civil.Date {
	if d.IsZero() {
		return civil.Date{}
	}
	y, m, dd := d.YMD()
	var ny int
	var nm time.Month
	if years > -1e6 && years < 1e6 && months > -1e7 && months < 1e7 {
		first := time.Date(y+years, m+time.Month(months), 1, 12, 0, 0, 0, time.UTC)
		ny, nm = first.Year(), first.Month()
	} else {
		total := big.NewInt(int64(y))
		total.Mul(total, big.NewInt(12))
		total.Add(total, big.NewInt(int64(m-1)))
		total.Add(total, new(big.Int).Mul(big.NewInt(int64(years)), big.NewInt(12)))
		total.Add(total, big.NewInt(int64(months)))
		if total.Cmp(big.NewInt(12)) < 0 || total.Cmp(big.NewInt(9999*12+11)) > 0 {
			return civil.Date{}
		}
		t := total.Int64()
		ny, nm = int(t/12), time.Month(t%12+1)
	}
	if ny < 1 || ny > 9999 {
		return civil.Date{}
	}
	last := time.Date(ny, nm+1, 0, 12, 0, 0, 0, time.UTC).Day()
	dd = min(dd, last)
	out, err := civil.New(ny, nm, dd)
	if err != nil {
		panic(err)
	}
	return out
}

func FuzzAddMonths(f *testing.F) {
	f.Add(int32(739282), 0, 1)  // 2025-01-31 + 1 month
	f.Add(int32(738945), 1, 0)  // a 29 February
	f.Add(int32(3652059), 0, 1) // 9999-12-31
	f.Add(int32(0), 1, 1)
	f.Add(int32(739282), 1+1<<62, 0)
	f.Add(int32(739282), 1<<40, -(12 << 40))
	f.Fuzz(func(t *testing.T, n int32, years, months int) {
		d := civil.FromDays(n)
		got := d.AddMonths(years, months)
		if want := refAddMonths(d, years, months); got != want {
			t.Fatalf("%v.AddMonths(%d, %d) = %v, reference says %v", d, years, months, got, want)
		}
		if months == 0 && d.AddYears(years) != got {
			t.Fatalf("%v.AddYears(%d) != AddMonths", d, years)
		}
	})
}
