package civil

import (
	"math/rand/v2"
	"testing"
)

// TestMonthTable checks the month table against daysFromCivil and
// civilFromDays on every month and on random days.
func TestMonthTable(t *testing.T) {
	for i := range numMonths {
		if want := daysFromCivil(i/12+1, i%12+1, 1); monthStart[i] != want {
			t.Fatalf("monthStart[%d] = %d, want %d", i, monthStart[i], want)
		}
	}
	if monthStart[numMonths] != maxDays+1 {
		t.Fatalf("monthStart[end] = %d, want %d", monthStart[numMonths], maxDays+1)
	}
	r := rand.New(rand.NewPCG(7, 7))
	check := func(n int32) {
		y, m, _ := civilFromDays(n)
		if i := monthOf(n); i != (y-1)*12+m-1 {
			t.Fatalf("monthOf(%d) = %d, want %d", n, i, (y-1)*12+m-1)
		}
	}
	for range 200000 {
		check(1 + r.Int32N(maxDays))
	}
	for i := range numMonths {
		check(monthStart[i])
		check(monthStart[i+1] - 1)
	}
}
