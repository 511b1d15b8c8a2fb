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
