package civil_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/noticekit/noticekit/civil"
)

// A date that cannot be parsed is a [*civil.ParseError] quoting the input;
// its cause is [civil.ErrSyntax] (not of the form YYYY-MM-DD) or
// [civil.ErrRange] (no such day), for errors.Is.
func ExampleParseError() {
	for _, s := range []string{"31/01/2026", "2026-02-30"} {
		_, err := civil.Parse(s)
		var pe *civil.ParseError
		fmt.Println(errors.As(err, &pe), pe.Input, errors.Is(err, civil.ErrSyntax), errors.Is(err, civil.ErrRange))
	}
	var e civil.Error = civil.ErrRange
	fmt.Println(e.Error())
	// Output:
	// true 31/01/2026 true false
	// true 2026-02-30 false true
	// civil: no such date
}

// London is the zone every timestamp is read in: a caller converting its
// own times uses the same one.
func ExampleLondon() {
	t := time.Date(2026, 5, 31, 23, 30, 0, 0, time.UTC)
	fmt.Println(t.In(civil.London()).Format("2006-01-02 15:04 MST"), civil.Of(t))
	// Output: 2026-06-01 00:30 BST 2026-06-01
}

// ParseTimestamp refuses text longer than MaxTimestampBytes before reading
// it.
func ExampleMaxTimestampBytes() {
	_, err := civil.ParseTimestamp("2026-06-01T00:30:00." + strings.Repeat("0", civil.MaxTimestampBytes) + "Z")
	fmt.Println(err != nil)
	// Output: true
}

// One-off bank holidays are known only from OneOffsFrom to OneOffsUntil;
// outside those years only the regular rules apply.
func ExampleOneOffsFrom() {
	fmt.Println(civil.OneOffsFrom, civil.OneOffsUntil)
	name, ok := civil.BankHoliday(civil.EnglandAndWales, civil.MustParse("2023-05-08"))
	fmt.Println(name, ok)
	// Output:
	// 1995 2035
	// Bank holiday for the coronation of King Charles III true
}
