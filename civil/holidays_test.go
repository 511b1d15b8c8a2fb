package civil

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/internal/enum"
)

// published holds the bank holidays published on GOV.UK
// (https://www.gov.uk/bank-holidays) for 2019–2027, written out by hand, one
// line per nation and year. They are the acceptance test of issue 3.
var published = map[Nation]map[int]string{
	EnglandAndWales: {
		2019: "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
		2020: "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28",
		2021: "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28",
		2022: "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27",
		2023: "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26",
		2024: "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
		2025: "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
		2026: "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
		2027: "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
	},
	Scotland: {
		2019: "01-01 01-02 04-19 05-06 05-27 08-05 12-02 12-25 12-26",
		2020: "01-01 01-02 04-10 05-08 05-25 08-03 11-30 12-25 12-28",
		2021: "01-01 01-04 04-02 05-03 05-31 08-02 11-30 12-27 12-28",
		2022: "01-03 01-04 04-15 05-02 06-02 06-03 08-01 09-19 11-30 12-26 12-27",
		2023: "01-02 01-03 04-07 05-01 05-08 05-29 08-07 11-30 12-25 12-26",
		2024: "01-01 01-02 03-29 05-06 05-27 08-05 12-02 12-25 12-26",
		2025: "01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26",
		2026: "01-01 01-02 04-03 05-04 05-25 08-03 11-30 12-25 12-28",
		2027: "01-01 01-04 03-26 05-03 05-31 08-02 11-30 12-27 12-28",
	},
	NorthernIreland: {
		2019: "01-01 03-18 04-19 04-22 05-06 05-27 07-12 08-26 12-25 12-26",
		2020: "01-01 03-17 04-10 04-13 05-08 05-25 07-13 08-31 12-25 12-28",
		2021: "01-01 03-17 04-02 04-05 05-03 05-31 07-12 08-30 12-27 12-28",
		2022: "01-03 03-17 04-15 04-18 05-02 06-02 06-03 07-12 08-29 09-19 12-26 12-27",
		2023: "01-02 03-17 04-07 04-10 05-01 05-08 05-29 07-12 08-28 12-25 12-26",
		2024: "01-01 03-18 03-29 04-01 05-06 05-27 07-12 08-26 12-25 12-26",
		2025: "01-01 03-17 04-18 04-21 05-05 05-26 07-14 08-25 12-25 12-26",
		2026: "01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28",
		2027: "01-01 03-17 03-26 03-29 05-03 05-31 07-12 08-30 12-27 12-28",
	},
}

func holidayDates(hs []Holiday) string {
	var b strings.Builder
	for i, h := range hs {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(h.Date.String()[5:])
	}
	return b.String()
}

func TestBankHolidaysPublished(t *testing.T) {
	for _, n := range Nations() {
		for y := 2019; y <= 2027; y++ {
			want, ok := published[n][y]
			if !ok {
				t.Fatalf("no published list for %v %d", n, y)
			}
			got := BankHolidays(n, y)
			if diff := cmp.Diff(want, holidayDates(got)); diff != "" {
				t.Errorf("BankHolidays(%v, %d) dates (-want +got):\n%s", n, y, diff)
			}
			for _, h := range got {
				if h.Date.Year() != y {
					t.Errorf("%v %d: holiday %v %q is in another year", n, y, h.Date, h.Name)
				}
				if isWeekend(h.Date) {
					t.Errorf("%v %d: holiday %v %q falls at a weekend", n, y, h.Date, h.Name)
				}
				name, ok := BankHoliday(n, h.Date)
				if !ok || name != h.Name {
					t.Errorf("BankHoliday(%v, %v) = %q, %v; want %q, true", n, h.Date, name, ok, h.Name)
				}
				if IsWorkingDay(n, h.Date) {
					t.Errorf("IsWorkingDay(%v, %v) = true on %q", n, h.Date, h.Name)
				}
			}
		}
	}
}

func TestBankHolidayNames(t *testing.T) {
	tests := []struct {
		n    Nation
		d    string
		want string // "" means not a bank holiday
	}{
		{EnglandAndWales, "2026-04-03", "Good Friday"},
		{EnglandAndWales, "2026-04-06", "Easter Monday"},
		{Scotland, "2026-04-06", ""},
		{EnglandAndWales, "2026-12-28", "Boxing Day (substitute day)"},
		{EnglandAndWales, "2022-12-27", "Christmas Day (substitute day)"},
		{EnglandAndWales, "2022-12-26", "Boxing Day"},
		{EnglandAndWales, "2021-12-27", "Christmas Day (substitute day)"},
		{EnglandAndWales, "2021-12-28", "Boxing Day (substitute day)"},
		{Scotland, "2027-01-04", "2nd January (substitute day)"},
		{Scotland, "2022-01-03", "New Year's Day (substitute day)"},
		{Scotland, "2022-01-04", "2nd January (substitute day)"},
		{Scotland, "2023-01-03", "New Year's Day (substitute day)"},
		{Scotland, "2025-12-01", "St Andrew's Day (substitute day)"},
		{Scotland, "2027-11-30", "St Andrew's Day"},
		{EnglandAndWales, "2027-11-30", ""},
		{Scotland, "2006-11-30", ""}, // before the 2007 Act
		{Scotland, "2007-11-30", "St Andrew's Day"},
		{NorthernIreland, "2025-07-14", "Battle of the Boyne (Orangemen's Day) (substitute day)"},
		{NorthernIreland, "2024-03-18", "St Patrick's Day (substitute day)"},
		{EnglandAndWales, "2024-03-18", ""},
		{EnglandAndWales, "2020-05-08", "Early May bank holiday (VE day)"},
		{EnglandAndWales, "2020-05-04", ""},
		{EnglandAndWales, "2022-05-30", ""},
		{EnglandAndWales, "2022-06-03", "Platinum Jubilee bank holiday"},
		{EnglandAndWales, "2022-09-19", "Bank holiday for the State Funeral of Queen Elizabeth II"},
		{Scotland, "2023-05-08", "Bank holiday for the coronation of King Charles III"},
		{EnglandAndWales, "2011-04-29", "Royal wedding bank holiday"},
		{NorthernIreland, "2012-06-05", "Diamond Jubilee bank holiday"},
		{EnglandAndWales, "2012-06-04", "Spring bank holiday"},
		{EnglandAndWales, "2012-05-28", ""},
		{EnglandAndWales, "2002-06-03", "Golden Jubilee bank holiday"},
		{EnglandAndWales, "2002-06-04", "Spring bank holiday"},
		{EnglandAndWales, "2002-05-27", ""},
		{EnglandAndWales, "1995-05-08", "Early May bank holiday (VE day 50th anniversary)"},
		{EnglandAndWales, "1995-05-01", ""},
		{Scotland, "1999-12-31", "Millennium bank holiday"},
		{EnglandAndWales, "2035-05-07", "Early May bank holiday"},
		// Outside 1995–2035 the regular rules apply; one-offs are unknown.
		{EnglandAndWales, "2036-05-05", "Early May bank holiday"},
		{EnglandAndWales, "2020-05-05", ""},
		{NationUnspecified, "2026-12-25", ""},
		{Nation(9), "2026-12-25", ""},
		{EnglandAndWales, "", ""},
	}
	for _, tt := range tests {
		var d Date
		if tt.d != "" {
			d = MustParse(tt.d)
		}
		name, ok := BankHoliday(tt.n, d)
		if name != tt.want || ok != (tt.want != "") {
			t.Errorf("BankHoliday(%v, %q) = %q, %v; want %q", tt.n, tt.d, name, ok, tt.want)
		}
	}
}

// TestBankHolidaysRules checks every year from 1995 to 2035 against the
// rules stated independently: counts per nation and the fixed shapes.
func TestBankHolidaysRules(t *testing.T) {
	extra := map[int]int{1999: 1, 2002: 1, 2011: 1, 2012: 1, 2022: 2, 2023: 1}
	base := map[Nation]int{EnglandAndWales: 8, Scotland: 9, NorthernIreland: 10}
	for y := 1995; y <= 2035; y++ {
		for _, n := range Nations() {
			hs := BankHolidays(n, y)
			want := base[n] + extra[y]
			if n == Scotland && y < 2007 {
				want--
			}
			if len(hs) != want {
				t.Errorf("%v %d: %d holidays, want %d: %s", n, y, len(hs), want, holidayDates(hs))
			}
			seen := map[Date]bool{}
			for i, h := range hs {
				if isWeekend(h.Date) || seen[h.Date] || (i > 0 && !hs[i-1].Date.Before(h.Date)) {
					t.Errorf("%v %d: bad holiday %v %q in %s", n, y, h.Date, h.Name, holidayDates(hs))
				}
				seen[h.Date] = true
			}
		}
	}
	if got := BankHolidays(NationUnspecified, 2026); got != nil {
		t.Errorf("BankHolidays(unspecified) = %v, want nil", got)
	}
	if got := BankHolidays(EnglandAndWales, 0); got != nil {
		t.Errorf("BankHolidays(year 0) = %v, want nil", got)
	}
	if got := BankHolidays(EnglandAndWales, 10000); got != nil {
		t.Errorf("BankHolidays(year 10000) = %v, want nil", got)
	}
}

func TestEaster(t *testing.T) {
	// Easter Sunday, from the published Church of England tables.
	want := map[int]string{1995: "1995-04-16", 2000: "2000-04-23", 2008: "2008-03-23",
		2011: "2011-04-24", 2019: "2019-04-21", 2024: "2024-03-31", 2038: "2038-04-25"}
	for y, w := range want {
		if got := easter(y); got.String() != w {
			t.Errorf("easter(%d) = %v, want %s", y, got, w)
		}
	}
}

func TestIsWorkingDayAndNext(t *testing.T) {
	tests := []struct {
		n       Nation
		d, next string
	}{
		{EnglandAndWales, "2026-02-28", "2026-03-02"}, // Saturday
		{EnglandAndWales, "2026-03-02", "2026-03-02"},
		{EnglandAndWales, "2026-04-03", "2026-04-07"}, // Good Friday, Easter Monday
		{Scotland, "2026-04-03", "2026-04-06"},        // no Easter Monday in Scotland
		{EnglandAndWales, "2026-12-25", "2026-12-29"}, // Christmas, weekend, Boxing Day substitute
		{EnglandAndWales, "2027-12-25", "2027-12-29"},
		{Scotland, "2025-11-29", "2025-12-02"},          // St Andrew's Day substitute Monday
		{Scotland, "2022-12-31", "2023-01-04"},          // two substitute days in Scotland
		{EnglandAndWales, "2022-12-31", "2023-01-03"},   // one in England and Wales
		{NorthernIreland, "2026-07-11", "2026-07-14"},   // Boyne substitute
		{EnglandAndWales, "2026-07-11", "2026-07-13"},   // not in England and Wales
		{NationUnspecified, "2026-12-25", "2026-12-25"}, // no calendar: weekdays only
		{EnglandAndWales, "", ""},
		{EnglandAndWales, "9999-12-31", "9999-12-31"}, // a Friday
	}
	for _, tt := range tests {
		var d, want Date
		if tt.d != "" {
			d, want = MustParse(tt.d), MustParse(tt.next)
		}
		if got := NextWorkingDay(tt.n, d); got != want {
			t.Errorf("NextWorkingDay(%v, %q) = %v, want %v", tt.n, tt.d, got, want)
		}
		if got := IsWorkingDay(tt.n, d); got != (d == want && !d.IsZero()) {
			t.Errorf("IsWorkingDay(%v, %q) = %v", tt.n, tt.d, got)
		}
	}
	// 9999-12-31 is a Friday; the day after a Saturday would be past MaxDate().
	if MaxDate().Weekday() != time.Friday {
		t.Fatalf("MaxDate() weekday %v", MaxDate().Weekday())
	}
}

func TestIsWorkingDayAllocs(t *testing.T) {
	d := MustParse("2026-12-28")
	allocs := testing.AllocsPerRun(100, func() {
		_ = IsWorkingDay(Scotland, d)
		_, _ = BankHoliday(NorthernIreland, d)
		_ = NextWorkingDay(EnglandAndWales, d)
	})
	if allocs != 0 {
		t.Errorf("IsWorkingDay/BankHoliday/NextWorkingDay allocate %v times, want 0", allocs)
	}
}

func TestNationCodes(t *testing.T) {
	for _, n := range Nations() {
		got, err := ParseNation(n.String())
		if err != nil || got != n {
			t.Errorf("ParseNation(%q) = %v, %v", n.String(), got, err)
		}
		b, err := n.MarshalText()
		if err != nil || string(b) != n.String() {
			t.Errorf("%v.MarshalText() = %q, %v", n, b, err)
		}
		var u Nation
		if err := u.UnmarshalText(b); err != nil || u != n {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, u, err)
		}
	}
	want := []string{"england-and-wales", "scotland", "northern-ireland"}
	var got []string
	for _, n := range Nations() {
		got = append(got, n.String())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Nations() (-want +got):\n%s", diff)
	}
	_, err := ParseNation("wales")
	var ue *enum.UnknownError
	if !errors.As(err, &ue) || !strings.Contains(err.Error(), "england-and-wales, scotland, northern-ireland") {
		t.Errorf("ParseNation(wales) error = %v, want one listing the allowed codes", err)
	}
	if _, err := NationUnspecified.MarshalText(); err == nil {
		t.Error("NationUnspecified.MarshalText() succeeded, want error")
	}
}

func FuzzParseNation(f *testing.F) {
	for _, s := range []string{"", "scotland", "england-and-wales", "Scotland", "northern-ireland\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseNation(s)
		if err != nil {
			if n != NationUnspecified {
				t.Fatalf("ParseNation(%q) = %v with error", s, n)
			}
			return
		}
		if n.String() != s {
			t.Fatalf("ParseNation(%q).String() = %q", s, n.String())
		}
	})
}

func FuzzNextWorkingDay(f *testing.F) {
	for _, s := range []string{"2026-12-25", "2022-12-31", "2025-11-29", "9999-12-31", "0001-01-01"} {
		f.Add(MustParse(s).Days(), uint8(1))
	}
	f.Fuzz(func(t *testing.T, n int32, nation uint8) {
		d := FromDays(n)
		nat := Nation(nation % 4)
		got := NextWorkingDay(nat, d)
		if d.IsZero() {
			if !got.IsZero() {
				t.Fatalf("NextWorkingDay(zero) = %v", got)
			}
			return
		}
		if got.IsZero() {
			// Only possible at the very end of the calendar.
			if MaxDate().Sub(d) > 10 {
				t.Fatalf("NextWorkingDay(%v, %v) = zero", nat, d)
			}
			return
		}
		if got.Before(d) || got.Sub(d) > 10 || !IsWorkingDay(nat, got) {
			t.Fatalf("NextWorkingDay(%v, %v) = %v", nat, d, got)
		}
		for x := d; x.Before(got); x = x.AddDays(1) {
			if IsWorkingDay(nat, x) {
				t.Fatalf("NextWorkingDay(%v, %v) = %v, but %v is a working day", nat, d, got, x)
			}
		}
	})
}

func BenchmarkIsWorkingDay(b *testing.B) {
	d := MustParse("2026-12-28")
	for b.Loop() {
		_ = IsWorkingDay(Scotland, d)
	}
}

func ExampleBankHolidays() {
	for _, h := range BankHolidays(Scotland, 2027) {
		fmt.Println(h.Date, h.Name)
	}
	// Output:
	// 2027-01-01 New Year's Day
	// 2027-01-04 2nd January (substitute day)
	// 2027-03-26 Good Friday
	// 2027-05-03 Early May bank holiday
	// 2027-05-31 Spring bank holiday
	// 2027-08-02 Summer bank holiday
	// 2027-11-30 St Andrew's Day
	// 2027-12-27 Christmas Day (substitute day)
	// 2027-12-28 Boxing Day (substitute day)
}

func ExampleBankHoliday() {
	fmt.Println(BankHoliday(EnglandAndWales, MustParse("2026-04-06")))
	fmt.Println(BankHoliday(Scotland, MustParse("2026-04-06")))
	// Output:
	// Easter Monday true
	//  false
}

func ExampleIsWorkingDay() {
	fmt.Println(IsWorkingDay(NorthernIreland, MustParse("2026-03-17")))
	fmt.Println(IsWorkingDay(EnglandAndWales, MustParse("2026-03-17")))
	// Output:
	// false
	// true
}

func ExampleNextWorkingDay() {
	// 28 February 2026 is a Saturday.
	fmt.Println(NextWorkingDay(EnglandAndWales, MustParse("2026-02-28")))
	// Christmas Day 2026 is a Friday; Boxing Day's substitute is Monday 28.
	fmt.Println(NextWorkingDay(EnglandAndWales, MustParse("2026-12-25")))
	// Output:
	// 2026-03-02
	// 2026-12-29
}

func ExampleParseNation() {
	n, err := ParseNation("scotland")
	fmt.Println(n, err)
	_, err = ParseNation("wales")
	fmt.Println(err)
	// Output:
	// scotland <nil>
	// unknown nation "wales": want one of england-and-wales, scotland, northern-ireland
}
