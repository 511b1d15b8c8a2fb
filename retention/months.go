package retention

import (
	"time"

	"github.com/noticekit/noticekit/civil"
)

// Month arithmetic on day numbers, by table: monthStart[i] is the day
// number (civil.Date.Days) of the first day of month index i, where month
// index (y-1)*12 + (m-1) counts months from January of year 1. The last
// entry is the day after 9999-12-31. This replaces converting a day number
// to year, month and day and back on the hot path; TestMonthTable and
// FuzzDecide check it against civil and a naive reference.
const numMonths = 9999 * 12

var monthStart [numMonths + 1]int32

func init() {
	n := civil.MinDate.Days()
	for i := range numMonths {
		monthStart[i] = n
		n += int32(civil.DaysIn(i/12+1, time.Month(i%12+1)))
	}
	monthStart[numMonths] = n
}

// monthOf returns the month index of the day number n (1 ≤ n ≤ max day).
func monthOf(n int32) int {
	// 4800 months are 146097 days (a Gregorian 400-year cycle); the
	// estimate is within one month.
	i := int(int64(n-1) * 4800 / 146097)
	if i >= numMonths {
		i = numMonths - 1
	}
	for i > 0 && monthStart[i] > n {
		i--
	}
	for i+1 < numMonths && monthStart[i+1] <= n {
		i++
	}
	return i
}

// addMonths adds months to the day number n by the corresponding-date rule
// (the same day of the month, or the target month's last day); farFuture if
// the result is after 9999-12-31.
func addMonths(n, months int32) int32 {
	if n <= 0 || n == farFuture {
		return farFuture
	}
	i := monthOf(n)
	dd := n - monthStart[i]
	t := int64(i) + int64(months)
	if t < 0 || t >= numMonths {
		return farFuture
	}
	start := monthStart[t]
	if length := monthStart[t+1] - start; dd >= length {
		dd = length - 1
	}
	return start + dd
}

// cutoff moves the day number n to the last day of the period containing
// it; farFuture if that is after 9999-12-31.
func cutoff(n int32, c Cutoff) int32 {
	if n <= 0 || n == farFuture {
		return farFuture
	}
	i := monthOf(n)
	y0, m := i/12*12, i%12+1 // y0: month index of January of n's year; m: 1–12
	var end int              // month index of the month after the period's end, minus one day; or -1
	switch c {
	case Month:
		return monthStart[i+1] - 1
	case CalendarYear:
		return monthStart[y0+12] - 1
	case FinancialYear: // 31 March on or after
		end = y0 + 3
		if m > 3 {
			end += 12
		}
	case TaxYear: // 5 April on or after
		apr := y0 + 3
		if m > 4 || m == 4 && n-monthStart[i] > 4 {
			apr += 12
		}
		if apr >= numMonths {
			return farFuture
		}
		return monthStart[apr] + 4
	case AcademicYear: // 31 August on or after
		end = y0 + 8
		if m > 8 {
			end += 12
		}
	default:
		return n
	}
	if end > numMonths {
		return farFuture
	}
	return monthStart[end] - 1
}
