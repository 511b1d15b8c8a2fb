package retention

import (
	"math/rand/v2"
	"testing"

	"github.com/noticekit/noticekit/civil"
)

// TestMonthTable checks the table arithmetic against civil on every month
// boundary region and on random days.
func TestMonthTable(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	check := func(n int32) {
		d := civil.FromDays(n)
		y, m, _ := d.YMD()
		if i := monthOf(n); i != (y-1)*12+int(m)-1 {
			t.Fatalf("monthOf(%s) = %d", d, i)
		}
		for _, k := range []int32{1, 11, 12, 13, 300, 1200, 12000, -1} {
			want := d.AddMonths(0, int(k))
			got := addMonths(n, k)
			if want.IsZero() != (got == farFuture) || !want.IsZero() && want.Days() != got {
				t.Fatalf("%s + %d months: got %v, want %s", d, k, civil.FromDays(got), want)
			}
		}
	}
	for _, s := range []string{"0001-01-01", "0001-12-31", "1900-02-28", "2000-02-29", "2024-02-29", "9999-12-31", "9999-01-31"} {
		check(civil.MustParse(s).Days())
	}
	for range 200000 {
		check(1 + r.Int32N(civil.MaxDate.Days()))
	}
	for i := range numMonths {
		check(monthStart[i])
		check(monthStart[i+1] - 1)
	}
}
