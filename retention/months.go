package retention

import (
	"time"

	"github.com/noticekit/noticekit/civil"
)

// addMonths adds months to the day number n by the corresponding-date rule,
// with civil's one implementation of it (civil.Date.AddMonths); farFuture
// if the result is after 9999-12-31.
func addMonths(n, months int32) int32 {
	if n <= 0 || n == farFuture {
		return farFuture
	}
	d := civil.FromDays(n).AddMonths(0, int(months))
	if d.IsZero() {
		return farFuture
	}
	return d.Days()
}

// cutoff moves the day number n to the last day of the period containing
// it; farFuture if that is after 9999-12-31.
func cutoff(n int32, c Cutoff) int32 {
	if n <= 0 || n == farFuture {
		return farFuture
	}
	d := civil.FromDays(n)
	y, m, day := d.YMD()
	var end civil.Date
	switch c {
	case Month:
		end = d.EndOfMonth()
	case CalendarYear:
		end, _ = civil.New(y, time.December, 31)
	case FinancialYear: // 31 March on or after
		if m > time.March {
			y++
		}
		end, _ = civil.New(y, time.March, 31)
	case TaxYear: // 5 April on or after
		if m > time.April || m == time.April && day > 5 {
			y++
		}
		end, _ = civil.New(y, time.April, 5)
	case AcademicYear: // 31 August on or after
		if m > time.August {
			y++
		}
		end, _ = civil.New(y, time.August, 31)
	default:
		return n
	}
	if end.IsZero() {
		return farFuture
	}
	return end.Days()
}
