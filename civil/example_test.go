package civil_test

import (
	"fmt"
	"time"

	"github.com/noticekit/noticekit/civil"
)

func ExampleParse() {
	d, err := civil.Parse("2026-02-05")
	fmt.Println(d, d.Weekday(), err)
	_, err = civil.Parse("2026-02-30")
	fmt.Println(err)
	_, err = civil.Parse("5 Feb 2026")
	fmt.Println(err)
	// Output:
	// 2026-02-05 Thursday <nil>
	// civil: parsing "2026-02-30": February 2026 has 28 days
	// civil: parsing "5 Feb 2026": civil: want a date of the form YYYY-MM-DD
}

func ExampleNew() {
	d, err := civil.New(2024, time.February, 29)
	fmt.Println(d, err)
	_, err = civil.New(2025, time.February, 29)
	fmt.Println(err)
	// Output:
	// 2024-02-29 <nil>
	// civil: no such date: 2025-02-29
}

// The London date of an instant: 23:30 UTC on 31 May is 00:30 BST on 1 June.
func ExampleOf() {
	fmt.Println(civil.Of(time.Date(2026, 5, 31, 23, 30, 0, 0, time.UTC)))
	fmt.Println(civil.Of(time.Date(2026, 12, 31, 23, 30, 0, 0, time.UTC)))
	// Output:
	// 2026-06-01
	// 2026-12-31
}

func ExampleParseTimestamp() {
	d, err := civil.ParseTimestamp("2026-10-24T23:30:00Z")
	fmt.Println(d, err)
	// Output: 2026-10-25 <nil>
}

// The corresponding-date rule clamps to the end of the month, where
// time.AddDate overflows into the next one.
func ExampleDate_AddMonths() {
	d := civil.MustParse("2026-01-31")
	fmt.Println(d.AddMonths(0, 1))
	fmt.Println(time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0).Format("2006-01-02"), "(time.AddDate)")
	fmt.Println(civil.MustParse("2024-02-29").AddMonths(1, 0))
	fmt.Println(civil.MustParse("2026-03-31").AddMonths(0, -1))
	fmt.Println(civil.MustParse("9999-12-31").AddMonths(0, 1).IsZero())
	// Output:
	// 2026-02-28
	// 2026-03-03 (time.AddDate)
	// 2025-02-28
	// 2026-02-28
	// true
}

func ExampleDate_AddYears() {
	fmt.Println(civil.MustParse("2020-02-29").AddYears(6))
	// Output: 2026-02-28
}

func ExampleDate_AddDays() {
	d := civil.MustParse("2026-03-28")
	fmt.Println(d.AddDays(1), d.AddDays(30), d.AddDays(-28))
	// Output: 2026-03-29 2026-04-27 2026-02-28
}

func ExampleDate_String() {
	fmt.Printf("%s %q\n", civil.MustParse("2026-06-19"), civil.Date{})
	// Output: 2026-06-19 ""
}

func ExampleDate_AppendText() {
	buf := make([]byte, 0, 32)
	buf = append(buf, "due "...)
	buf = civil.MustParse("2026-03-05").AppendText(buf)
	fmt.Println(string(buf))
	// Output: due 2026-03-05
}

func ExampleFromDays() {
	d := civil.MustParse("2026-02-05")
	n := d.Days()
	fmt.Println(n, civil.FromDays(n+28), civil.FromDays(0).IsZero())
	// Output: 739652 2026-03-05 true
}

func ExampleDate_Compare() {
	a, b := civil.MustParse("2026-02-04"), civil.MustParse("2026-02-05")
	fmt.Println(a.Compare(b), b.Compare(a), a.Compare(a), civil.Date{}.Compare(a))
	fmt.Println(a.Before(b), b.Sub(a))
	// Output:
	// -1 1 0 -1
	// true 1
}

func ExampleDate_EndOfMonth() {
	fmt.Println(civil.MustParse("2024-02-10").EndOfMonth(), civil.DaysIn(2100, time.February), civil.IsLeap(2000))
	// Output: 2024-02-29 28 true
}

func ExampleMustNew() {
	fmt.Println(civil.MustNew(2026, time.March, 5))
	// Output: 2026-03-05
}

// MustParse is for dates fixed in the program, such as a commencement date;
// it panics on bad input.
func ExampleMustParse() {
	commencement := civil.MustParse("2026-06-19")
	fmt.Println(commencement, commencement.Weekday())
	// Output: 2026-06-19 Friday
}

// YMD returns all three parts at once; Year, Month and Day return one each.
func ExampleDate_YMD() {
	d := civil.MustParse("2026-02-05")
	y, m, dd := d.YMD()
	fmt.Println(y, m, dd)
	fmt.Println(d.Year(), d.Month(), d.Day())
	y, m, dd = civil.Date{}.YMD() // the zero Date has no year, month or day
	fmt.Println(y, int(m), dd)
	// Output:
	// 2026 February 5
	// 2026 February 5
	// 0 0 0
}

func ExampleDate_Weekday() {
	for _, s := range []string{"2026-02-05", "2026-02-07", "2000-01-01"} {
		fmt.Println(s, civil.MustParse(s).Weekday())
	}
	// Output:
	// 2026-02-05 Thursday
	// 2026-02-07 Saturday
	// 2000-01-01 Saturday
}

// The zero Date is unknown and sorts before every known date.
func ExampleDate_Before() {
	a, b := civil.MustParse("2026-02-04"), civil.MustParse("2026-02-05")
	fmt.Println(a.Before(b), b.Before(a), a.Before(a))
	fmt.Println(civil.Date{}.Before(a))
	// Output:
	// true false false
	// true
}

func ExampleDate_After() {
	a, b := civil.MustParse("2026-02-04"), civil.MustParse("2026-02-05")
	fmt.Println(b.After(a), a.After(b), a.After(a))
	// Output: true false false
}

// Days is the day number: 0001-01-01 is day 1 and the zero Date is day 0.
func ExampleDate_Days() {
	fmt.Println(civil.MinDate().Days(), civil.Date{}.Days())
	d := civil.MustParse("2026-02-05")
	fmt.Println(d.AddDays(7).Days() - d.Days())
	// Output:
	// 1 0
	// 7
}

// Sub counts days, so a leap day is counted.
func ExampleDate_Sub() {
	fmt.Println(civil.MustParse("2024-03-01").Sub(civil.MustParse("2024-02-28")))
	fmt.Println(civil.MustParse("2025-03-01").Sub(civil.MustParse("2025-02-28")))
	fmt.Println(civil.MustParse("2026-01-01").Sub(civil.MustParse("2026-12-31")))
	// Output:
	// 2
	// 1
	// -364
}

func ExampleIsLeap() {
	for _, y := range []int{1900, 2000, 2024, 2026} {
		fmt.Println(y, civil.IsLeap(y))
	}
	// Output:
	// 1900 false
	// 2000 true
	// 2024 true
	// 2026 false
}

func ExampleDaysIn() {
	fmt.Println(civil.DaysIn(2024, time.February), civil.DaysIn(2026, time.February),
		civil.DaysIn(2026, time.April), civil.DaysIn(2026, time.December))
	// Output: 29 28 30 31
}

func ExampleNations() {
	for _, n := range civil.Nations() {
		fmt.Println(n, len(civil.BankHolidays(n, 2026)))
	}
	// Output:
	// england-and-wales 8
	// scotland 9
	// northern-ireland 10
}

// Today reads the clock, so its output varies; it is the London date of
// time.Now().
func ExampleToday() {
	today := civil.Today()
	deadline := today.AddMonths(0, 1)
	fmt.Println(deadline.Sub(today) >= 28)
}
