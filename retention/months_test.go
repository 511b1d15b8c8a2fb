package retention

import (
	"math/rand/v2"
	"testing"

	"github.com/noticekit/noticekit/civil"
)

// TestMonthArithmetic checks addMonths against civil.Date.AddMonths (its
// one implementation) and cutoff against the reference refCutoff on random
// days and on every month end.
func TestMonthArithmetic(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	check := func(n int32) {
		d := civil.FromDays(n)
		for _, k := range []int32{1, 11, 12, 13, 300, 1200, 12000, -1} {
			want := d.AddMonths(0, int(k))
			got := addMonths(n, k)
			if want.IsZero() != (got == farFuture) || !want.IsZero() && want.Days() != got {
				t.Fatalf("%s + %d months: got %v, want %s", d, k, civil.FromDays(got), want)
			}
		}
		a, _ := refParse(d.String())
		for c := Month; c <= AcademicYear; c++ {
			want := refCutoff(a, c.String())
			got := cutoff(n, c)
			if want == beyond && got != farFuture || want != beyond && civil.FromDays(got).String() != want.String() {
				t.Fatalf("cutoff(%s, %s) = %v, want %v", d, c, civil.FromDays(got), want)
			}
		}
	}
	for _, s := range []string{"0001-01-01", "0001-12-31", "1900-02-28", "2000-02-29", "2024-02-29", "2026-04-05", "2026-04-06",
		"9999-12-31", "9999-01-31", "9999-04-06", "9999-09-01"} {
		check(civil.MustParse(s).Days())
	}
	for range 100000 {
		check(1 + r.Int32N(civil.MaxDate().Days()))
	}
}
