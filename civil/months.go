package civil

import "time"

// Month arithmetic by table: monthStart[i] is the day number of the first
// day of month index i, where month index (y-1)*12 + (m-1) counts months
// from January of year 1; the last entry is the day after 9999-12-31.
// AddMonths uses it instead of converting a day number to year, month and
// day and back, so the corresponding-date rule costs a table lookup (the
// retention package adds months on every decision). TestMonthTable checks
// it against daysFromCivil and FuzzAddMonths against a naive reference.
const numMonths = 9999 * 12

var monthStart [numMonths + 1]int32

func init() {
	n := int32(1)
	for i := range numMonths {
		monthStart[i] = n
		n += int32(DaysIn(i/12+1, time.Month(i%12+1)))
	}
	monthStart[numMonths] = n
}

// monthOf returns the month index of the day number n (1 ≤ n ≤ maxDays).
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

// AddMonths returns d plus years and months by the corresponding-date rule:
// the same day of the month in the target month, or that month's last day if
// the day does not exist there. 2026-01-31 + 1 month = 2026-02-28;
// 2024-02-29 + 1 year = 2025-02-28. Years and months are added together
// first, so the clamp happens once (unlike time.AddDate, which overflows into
// the next month). The zero Date stays zero, and a result outside years
// 1–9999 is the zero Date. This is the module's one implementation of the
// rule: retention periods and rights deadlines both use it.
func (d Date) AddMonths(years, months int) Date {
	if d.n <= 0 || d.n > maxDays {
		return Date{}
	}
	// Split months into whole years q and a remainder r in 0..11 (floor
	// division), so that no product or sum below can overflow int64 whatever
	// years and months are: a sum of two values of the same sign that
	// overflows is far outside years 1–9999.
	q, r := int64(months)/12, int64(months)%12
	if r < 0 {
		r += 12
		q--
	}
	yy := int64(years) + q
	if (years > 0 && q > 0 && yy < 0) || (years < 0 && q < 0 && yy >= 0) || yy < -20000 || yy > 20000 {
		return Date{}
	}
	i := monthOf(d.n)
	t := int64(i) + yy*12 + r
	if t < 0 || t >= numMonths {
		return Date{}
	}
	dd := d.n - monthStart[i]
	start := monthStart[t]
	if length := monthStart[t+1] - start; dd >= length {
		dd = length - 1
	}
	return Date{n: start + dd}
}
