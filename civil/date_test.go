package civil_test

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/civil"
)

func mp(s string) civil.Date { return civil.MustParse(s) }

func TestParse(t *testing.T) {
	tests := []struct {
		in      string
		want    string // the date's String; "" when an error is expected
		wantErr error  // civil.ErrSyntax or civil.ErrRange
		msg     string // substring of the error message
	}{
		{in: "2026-02-28", want: "2026-02-28"},
		{in: "2024-02-29", want: "2024-02-29"},
		{in: "2000-02-29", want: "2000-02-29"},
		{in: "0001-01-01", want: "0001-01-01"},
		{in: "9999-12-31", want: "9999-12-31"},
		{in: "1899-12-31", want: "1899-12-31"},
		{in: "2026-02-30", wantErr: civil.ErrRange, msg: `"2026-02-30": February 2026 has 28 days`},
		{in: "2025-02-29", wantErr: civil.ErrRange, msg: "February 2025 has 28 days"},
		{in: "1900-02-29", wantErr: civil.ErrRange, msg: "February 1900 has 28 days"},
		{in: "2026-04-31", wantErr: civil.ErrRange, msg: "April 2026 has 30 days"},
		{in: "2026-13-01", wantErr: civil.ErrRange, msg: "month must be 01 to 12"},
		{in: "2026-00-10", wantErr: civil.ErrRange, msg: "month must be 01 to 12"},
		{in: "2026-01-00", wantErr: civil.ErrRange, msg: "January 2026 has 31 days"},
		{in: "0000-01-01", wantErr: civil.ErrRange, msg: "year must be 0001 to 9999"},
		{in: "10000-01-01", wantErr: civil.ErrSyntax},
		{in: " 2026-01-01", wantErr: civil.ErrSyntax},
		{in: "2026-01-01 ", wantErr: civil.ErrSyntax},
		{in: "2026-1-01", wantErr: civil.ErrSyntax},
		{in: "2026-01-1", wantErr: civil.ErrSyntax},
		{in: "+2026-01-01", wantErr: civil.ErrSyntax},
		{in: "-002-01-01", wantErr: civil.ErrSyntax},
		{in: "2026-+1-01", wantErr: civil.ErrSyntax},
		{in: "2026/01/01", wantErr: civil.ErrSyntax},
		{in: "2026-01-01T00:00:00Z", wantErr: civil.ErrSyntax},
		{in: "２026-01-01", wantErr: civil.ErrSyntax},
		{in: "", wantErr: civil.ErrSyntax, msg: `civil: parsing "": civil: want a date of the form YYYY-MM-DD`},
	}
	for _, tt := range tests {
		got, err := civil.Parse(tt.in)
		if tt.wantErr == nil {
			if err != nil || got.String() != tt.want {
				t.Errorf("Parse(%q) = %v, %v, want %s", tt.in, got, err, tt.want)
			}
			continue
		}
		if !errors.Is(err, tt.wantErr) || !got.IsZero() {
			t.Errorf("Parse(%q) = %v, %v, want the zero Date and an error wrapping %v", tt.in, got, err, tt.wantErr)
			continue
		}
		var pe *civil.ParseError
		if !errors.As(err, &pe) || pe.Input != tt.in {
			t.Errorf("Parse(%q): error %#v does not quote the input", tt.in, err)
		}
		if !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("Parse(%q) error %q, want it to contain %q", tt.in, err, tt.msg)
		}
	}
}

func TestParseErrorTruncatesInput(t *testing.T) {
	long := strings.Repeat("9", 1000)
	_, err := civil.Parse(long)
	var pe *civil.ParseError
	if !errors.As(err, &pe) || len(pe.Input) != 64 {
		t.Fatalf("Parse(1000 bytes): %v", err)
	}
	_, err = civil.ParseTimestamp("0001-01-01T00:00:00." + strings.Repeat("0", 200) + "+01:00")
	if !errors.As(err, &pe) || !errors.Is(err, civil.ErrSyntax) || len(pe.Input) != 64 {
		t.Fatalf("ParseTimestamp(longer than MaxTimestampBytes): %#v", err)
	}
}

func TestNew(t *testing.T) {
	tests := []struct {
		y    int
		m    time.Month
		d    int
		want string
	}{
		{2026, time.February, 28, "2026-02-28"},
		{2026, time.February, 30, ""},
		{2026, 13, 1, ""},
		{2026, 0, 1, ""},
		{0, time.January, 1, ""},
		{10000, time.January, 1, ""},
		{2024, time.February, 29, "2024-02-29"},
		{2026, time.January, 0, ""},
		{2026, time.January, -1, ""},
	}
	for _, tt := range tests {
		got, err := civil.New(tt.y, tt.m, tt.d)
		if got.String() != tt.want || (err != nil) != (tt.want == "") {
			t.Errorf("New(%d, %d, %d) = %v, %v, want %q", tt.y, tt.m, tt.d, got, err, tt.want)
		}
		if err != nil && !errors.Is(err, civil.ErrRange) {
			t.Errorf("New(%d, %d, %d) error %v does not wrap ErrRange", tt.y, tt.m, tt.d, err)
		}
	}
}

func TestAddMonths(t *testing.T) {
	tests := []struct {
		from          string
		years, months int
		want          string // "" is the zero Date
	}{
		{"2026-01-31", 0, 1, "2026-02-28"},
		{"2024-01-31", 0, 1, "2024-02-29"},
		{"2024-02-29", 1, 0, "2025-02-28"},
		{"2024-02-29", 4, 0, "2028-02-29"},
		{"2024-02-29", 0, 12, "2025-02-28"},
		{"2026-03-31", 0, -1, "2026-02-28"},
		{"2024-03-31", 0, -1, "2024-02-29"},
		{"2026-05-31", 0, 1, "2026-06-30"},
		{"2026-08-31", 0, 6, "2027-02-28"},
		{"2026-12-31", 0, 2, "2027-02-28"},
		{"2026-01-15", 0, -13, "2024-12-15"},
		{"2026-01-31", 0, 13, "2027-02-28"},
		{"2024-02-29", 1, 1, "2025-03-29"}, // added together, clamped once: time.AddDate gives 2025-04-01
		{"2026-01-31", 0, 0, "2026-01-31"},
		{"1925-01-01", 150, 0, "2075-01-01"},
		{"1899-12-31", 0, 2, "1900-02-28"},
		{"1896-02-29", 4, 0, "1900-02-28"}, // 1900 is not a leap year
		{"0001-01-31", 0, 1, "0001-02-28"},
		{"9999-11-30", 0, 1, "9999-12-30"},
		{"9999-12-31", 0, 1, ""},
		{"9999-01-01", 1, 0, ""},
		{"0001-12-31", -1, 0, ""},
		{"0001-01-31", 0, -1, ""},
		{"2026-01-31", 1 << 40, -(12 << 40), "2026-01-31"},
		{"2026-01-31", 1 + 1<<62, 0, ""}, // once wrapped round int64 to 2027-01-31
		{"2026-01-31", -(1 << 62) + 1, 0, ""},
		{"2026-01-31", math.MaxInt, math.MaxInt, ""},
		{"2026-01-31", math.MinInt, math.MinInt, ""},
		{"2026-01-31", 0, math.MinInt, ""},
		{"2026-01-31", math.MaxInt, math.MinInt, ""},
		{"2026-01-31", 7975, 0, ""},
		{"2026-01-31", 7973, 11, "9999-12-31"},
		{"2026-01-31", -2025, 0, "0001-01-31"},
		{"2026-01-31", -2025, -1, ""},
	}
	for _, tt := range tests {
		got := mp(tt.from).AddMonths(tt.years, tt.months)
		if got.String() != tt.want {
			t.Errorf("%s.AddMonths(%d, %d) = %q, want %q", tt.from, tt.years, tt.months, got, tt.want)
		}
		if tt.months == 0 {
			if y := mp(tt.from).AddYears(tt.years); y != got {
				t.Errorf("%s.AddYears(%d) = %v, AddMonths gives %v", tt.from, tt.years, y, got)
			}
		}
	}
	var zero civil.Date
	if !zero.AddMonths(1, 1).IsZero() || !zero.AddYears(1).IsZero() || !zero.AddDays(1).IsZero() {
		t.Error("arithmetic on the zero Date is not zero")
	}
}

func TestAddDays(t *testing.T) {
	tests := []struct {
		from string
		n    int
		want string
	}{
		{"2026-01-31", 1, "2026-02-01"},
		{"2024-02-28", 1, "2024-02-29"},
		{"2026-03-01", -1, "2026-02-28"},
		{"2026-01-01", 365, "2027-01-01"},
		{"0001-01-01", -1, ""},
		{"9999-12-31", 1, ""},
		{"0001-01-01", 3652058, "9999-12-31"},
		{"2026-01-01", math.MaxInt, ""},
		{"2026-01-01", math.MinInt, ""},
	}
	for _, tt := range tests {
		if got := mp(tt.from).AddDays(tt.n); got.String() != tt.want {
			t.Errorf("%s.AddDays(%d) = %q, want %q", tt.from, tt.n, got, tt.want)
		}
	}
}

func TestOf(t *testing.T) {
	tests := []struct {
		in   string // RFC 3339
		want string
	}{
		// Spring forward, Sunday 29 March 2026 01:00 GMT → 02:00 BST.
		{"2026-03-28T23:30:00Z", "2026-03-28"},
		{"2026-03-29T00:59:59Z", "2026-03-29"},
		{"2026-03-29T01:00:00Z", "2026-03-29"},
		{"2026-03-29T22:59:59Z", "2026-03-29"},
		{"2026-03-29T23:00:00Z", "2026-03-30"}, // 00:00 BST
		// Fall back, Sunday 25 October 2026 01:00 GMT (02:00 BST → 01:00 GMT).
		{"2026-10-24T22:59:59Z", "2026-10-24"},
		{"2026-10-24T23:00:00Z", "2026-10-25"}, // 00:00 BST
		{"2026-10-25T00:30:00Z", "2026-10-25"},
		{"2026-10-25T23:30:00Z", "2026-10-25"}, // GMT again
		{"2026-10-26T00:00:00Z", "2026-10-26"},
		{"2026-05-31T23:30:00Z", "2026-06-01"},
		{"2026-12-31T23:30:00Z", "2026-12-31"},
		{"2027-01-01T00:00:00Z", "2027-01-01"},
		{"2026-06-01T00:30:00+02:00", "2026-05-31"}, // 22:30Z = 23:30 BST
		{"2026-01-01T00:30:00+01:00", "2025-12-31"}, // 23:30 GMT
		{"1899-12-31T23:59:00Z", "1899-12-31"},
	}
	for _, tt := range tests {
		tm, err := time.Parse(time.RFC3339, tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := civil.Of(tm); got.String() != tt.want {
			t.Errorf("Of(%s) = %v, want %s", tt.in, got, tt.want)
		}
		if got, err := civil.ParseTimestamp(tt.in); err != nil || got.String() != tt.want {
			t.Errorf("ParseTimestamp(%s) = %v, %v, want %s", tt.in, got, err, tt.want)
		}
	}
	for _, tm := range []time.Time{{}, time.Date(10000, 1, 1, 12, 0, 0, 0, time.UTC), time.Date(0, 12, 31, 12, 0, 0, 0, time.UTC)} {
		if got := civil.Of(tm); !got.IsZero() {
			t.Errorf("Of(%v) = %v, want the zero Date", tm, got)
		}
	}
}

func TestParseTimestampErrors(t *testing.T) {
	for _, in := range []string{"", "2026-05-31", "2026-05-31T23:30:00", "2026-05-31 23:30:00Z"} {
		_, err := civil.ParseTimestamp(in)
		if !errors.Is(err, civil.ErrSyntax) || !strings.Contains(err.Error(), "RFC 3339") {
			t.Errorf("ParseTimestamp(%q) error %v, want ErrSyntax naming RFC 3339", in, err)
		}
	}
}

// TestAgainstTime compares day numbers, fields, weekdays, String and AddDays
// with the time package over the whole range and densely around 1900 and
// today.
func TestAgainstTime(t *testing.T) {
	epoch := time.Date(1, 1, 1, 12, 0, 0, 0, time.UTC) // day 1
	check := func(n int32) {
		d := civil.FromDays(n)
		tm := epoch.AddDate(0, 0, int(n-1))
		y, m, dd := d.YMD()
		if ty, tmm, tdd := tm.Date(); y != ty || m != tmm || dd != tdd {
			t.Fatalf("FromDays(%d) = %04d-%02d-%02d, time says %v", n, y, m, dd, tm)
		}
		if d.Weekday() != tm.Weekday() {
			t.Fatalf("%v.Weekday() = %v, time says %v", d, d.Weekday(), tm.Weekday())
		}
		if s := tm.Format("2006-01-02"); d.String() != s {
			t.Fatalf("FromDays(%d).String() = %q, want %q", n, d, s)
		}
		if d.Days() != n || d.Year() != y || d.Month() != m || d.Day() != dd {
			t.Fatalf("FromDays(%d) accessors disagree", n)
		}
		if nd, err := civil.New(y, m, dd); err != nil || nd != d {
			t.Fatalf("New(%d, %d, %d) = %v, %v, want %v", y, m, dd, nd, err, d)
		}
		if e := d.EndOfMonth(); e.Day() != civil.DaysIn(y, m) || e.Month() != m || time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day() != civil.DaysIn(y, m) {
			t.Fatalf("%v.EndOfMonth() = %v", d, e)
		}
	}
	for n := int32(1); n <= civil.MaxDate().Days(); n += 997 {
		check(n)
	}
	for _, span := range [][2]string{{"1899-01-01", "1901-03-01"}, {"1999-12-01", "2001-01-01"}, {"2023-12-25", "2028-01-10"}, {"9999-01-01", "9999-12-31"}} {
		for n := mp(span[0]).Days(); n <= mp(span[1]).Days(); n++ {
			check(n)
		}
	}
	check(civil.MaxDate().Days())
	if civil.MinDate() != mp("0001-01-01") || civil.MaxDate() != mp("9999-12-31") {
		t.Fatalf("MinDate() %v, MaxDate() %v", civil.MinDate(), civil.MaxDate())
	}
	if w := mp("0001-01-01").Weekday(); w != time.Monday {
		t.Errorf("0001-01-01 was a %v, want Monday", w)
	}
	if w := mp("1899-12-31").Weekday(); w != time.Sunday {
		t.Errorf("1899-12-31 was a %v, want Sunday", w)
	}
	// AddDays agrees with time for day offsets, which AddDate handles correctly.
	for _, from := range []string{"1899-12-31", "2024-02-28", "2026-10-25"} {
		for _, n := range []int{-400, -1, 0, 1, 29, 366, 10000} {
			tm := time.Date(mp(from).Year(), mp(from).Month(), mp(from).Day(), 12, 0, 0, 0, time.UTC).AddDate(0, 0, n)
			if got := mp(from).AddDays(n); got.String() != tm.Format("2006-01-02") {
				t.Errorf("%s.AddDays(%d) = %v, time says %v", from, n, got, tm)
			}
		}
	}
}

func TestFromDays(t *testing.T) {
	for _, n := range []int32{0, -1, math.MinInt32, civil.MaxDate().Days() + 1, math.MaxInt32} {
		if d := civil.FromDays(n); !d.IsZero() {
			t.Errorf("FromDays(%d) = %v, want the zero Date", n, d)
		}
	}
	if d := civil.FromDays(1); d != civil.MinDate() {
		t.Errorf("FromDays(1) = %v", d)
	}
}

func TestCompare(t *testing.T) {
	a, b := mp("2026-02-04"), mp("2026-02-05")
	var zero civil.Date
	tests := []struct {
		x, y          civil.Date
		cmp           int
		before, after bool
	}{
		{a, b, -1, true, false},
		{b, a, 1, false, true},
		{a, a, 0, false, false},
		{zero, civil.MinDate(), -1, true, false},
		{zero, zero, 0, false, false},
	}
	for _, tt := range tests {
		if got := tt.x.Compare(tt.y); got != tt.cmp || tt.x.Before(tt.y) != tt.before || tt.x.After(tt.y) != tt.after {
			t.Errorf("%q vs %q: Compare %d Before %v After %v", tt.x, tt.y, got, tt.x.Before(tt.y), tt.x.After(tt.y))
		}
	}
	if n := b.Sub(a); n != 1 {
		t.Errorf("Sub = %d", n)
	}
	if n := mp("2027-01-01").Sub(mp("2026-01-01")); n != 365 {
		t.Errorf("Sub over a year = %d", n)
	}
}

func TestZeroDate(t *testing.T) {
	var zero civil.Date
	y, m, d := zero.YMD()
	if !zero.IsZero() || zero.String() != "" || y != 0 || m != 0 || d != 0 || zero.Days() != 0 || !zero.EndOfMonth().IsZero() {
		t.Errorf("zero Date: %q %d %d %d", zero, y, m, d)
	}
	if b := zero.AppendText([]byte("x")); string(b) != "x" {
		t.Errorf("zero.AppendText = %q", b)
	}
}

func TestLeap(t *testing.T) {
	tests := map[int]bool{1900: false, 2000: true, 2024: true, 2025: false, 2100: false, 2400: true, 4: true, 1: false}
	for y, want := range tests {
		if civil.IsLeap(y) != want {
			t.Errorf("IsLeap(%d) = %v", y, !want)
		}
		if feb := civil.DaysIn(y, time.February); (feb == 29) != want {
			t.Errorf("DaysIn(%d, Feb) = %d", y, feb)
		}
	}
}

func TestTextMarshalling(t *testing.T) {
	type doc struct {
		Received civil.Date  `json:"received"`
		Closed   *civil.Date `json:"closed,omitempty"`
	}
	in := doc{Received: mp("2026-02-05")}
	b, err := json.Marshal(in)
	if err != nil || string(b) != `{"received":"2026-02-05"}` {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	var out doc
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Fatalf("Unmarshal = %+v, %v", out, err)
	}
	if z, _ := (civil.Date{}).MarshalText(); len(z) != 0 {
		t.Errorf("zero MarshalText = %q", z)
	}
	for _, bad := range []string{`{"received":""}`, `{"received":"2026-02-30"}`, `{"received":"5 Feb 2026"}`} {
		if err := json.Unmarshal([]byte(bad), &out); err == nil {
			t.Errorf("Unmarshal(%s) succeeded", bad)
		}
	}
	var d civil.Date
	if err := d.UnmarshalText([]byte("2026-13-01")); err == nil || !d.IsZero() {
		t.Errorf("UnmarshalText(2026-13-01) = %v, %v", d, err)
	}
}

func TestAllocs(t *testing.T) {
	d := mp("2026-02-05")
	buf := make([]byte, 0, 16)
	var sink civil.Date
	tests := map[string]func(){
		"AppendText": func() { buf = d.AppendText(buf[:0]) },
		"AddDays":    func() { sink = d.AddDays(30) },
		"AddMonths":  func() { sink = d.AddMonths(1, 1) },
		"Parse":      func() { sink, _ = civil.Parse("2026-02-05") },
		"Weekday":    func() { _ = d.Weekday() },
	}
	for name, f := range tests {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocations, want 0", name, n)
		}
	}
	if diff := cmp.Diff("2026-02-05", string(buf)); diff != "" {
		t.Errorf("AppendText (-want +got):\n%s", diff)
	}
	_ = sink
}

func BenchmarkAddMonths(b *testing.B) {
	d := mp("2024-02-29")
	for i := 0; b.Loop(); i++ {
		_ = d.AddMonths(0, i%240)
	}
}

func BenchmarkParse(b *testing.B) {
	for b.Loop() {
		_, _ = civil.Parse("2026-02-05")
	}
}
