package retention

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in         string
		y, m, w, d int
		str        string
	}{
		{"P0D", 0, 0, 0, 0, "P0D"},
		{"P0Y", 0, 0, 0, 0, "P0D"},
		{"P60D", 0, 0, 0, 60, "P60D"},
		{"P6Y", 6, 0, 0, 0, "P6Y"},
		{"P1Y6M", 1, 6, 0, 0, "P1Y6M"},
		{"P2W", 0, 0, 2, 0, "P2W"},
		{"P1Y2M3W4D", 1, 2, 3, 4, "P1Y2M3W4D"},
		{"P12M", 0, 12, 0, 0, "P12M"},
		{"P007D", 0, 0, 0, 7, "P7D"},
		{"P1000Y", 1000, 0, 0, 0, "P1000Y"},
		{"P12000M", 0, 12000, 0, 0, "P12000M"},
		{"P365242D", 0, 0, 0, 365242, "P365242D"},
		{"P999Y11M", 999, 11, 0, 0, "P999Y11M"},
	}
	for _, tt := range tests {
		p, err := ParsePeriod(tt.in)
		if err != nil {
			t.Errorf("ParsePeriod(%q): %v", tt.in, err)
			continue
		}
		if got := [4]int{p.Years(), p.Months(), p.Weeks(), p.Days()}; got != [4]int{tt.y, tt.m, tt.w, tt.d} {
			t.Errorf("ParsePeriod(%q) = %v, want %v", tt.in, got, [4]int{tt.y, tt.m, tt.w, tt.d})
		}
		if p.String() != tt.str {
			t.Errorf("ParsePeriod(%q).String() = %q, want %q", tt.in, p.String(), tt.str)
		}
		q, err := NewPeriod(tt.y, tt.m, tt.w, tt.d)
		if err != nil || q != p {
			t.Errorf("NewPeriod(%d,%d,%d,%d) = %v, %v; want %v", tt.y, tt.m, tt.w, tt.d, q, err, p)
		}
	}
}

func TestParsePeriodErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "empty"},
		{"P", "no parts after P"},
		{"-P1D", "must not have a sign"},
		{"+P1D", "must not have a sign"},
		{"P-1D", "negative parts are not allowed"},
		{"P+1D", "must not have a sign"},
		{"P1.5Y", "fractional parts are not allowed"},
		{"P1,5Y", "fractional parts are not allowed"},
		{"PT1H", "time parts"},
		{"P1DT12H", "time parts"},
		{"P1H", "time parts"},
		{"p1d", "upper case"},
		{"P1d", "upper case"},
		{"60D", "must start with P"},
		{"P1D1Y", "repeated or out of order"},
		{"P1D1D", "repeated or out of order"},
		{"P1M1Y", "repeated or out of order"},
		{"P1", "has no designator"},
		{"P1X", "want Y, M, W or D"},
		{"P 1D", "want a digit"},
		{"P1001Y", "longer than 1000 years"},
		{"P1000Y1D", "longer than 1000 years"},
		{"P12001M", "longer than 1000 years"},
		{"P365243D", "longer than 1000 years"},
		{"P99999999999999999999999999Y", "longer than 1000 years"},
		{"P1000Y1M", "longer than 1000 years"},
	}
	for _, tt := range tests {
		_, err := ParsePeriod(tt.in)
		if err == nil {
			t.Errorf("ParsePeriod(%q): no error, want one containing %q", tt.in, tt.want)
			continue
		}
		if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), fmt.Sprintf("%q", tt.in)) {
			t.Errorf("ParsePeriod(%q) error %q: want it to quote the input and say %q", tt.in, err, tt.want)
		}
		if pe := new(*PeriodError); !errors.As(err, pe) {
			t.Errorf("ParsePeriod(%q) error is not a *PeriodError", tt.in)
		}
	}
	if _, err := NewPeriod(0, -1, 0, 0); err == nil {
		t.Error("NewPeriod with a negative part: no error")
	}
	if _, err := NewPeriod(1001, 0, 0, 0); err == nil {
		t.Error("NewPeriod(1001 years): no error")
	}
}

func TestPeriodAddTo(t *testing.T) {
	tests := []struct{ from, period, want string }{
		{"2026-01-31", "P1M", "2026-02-28"},
		{"2024-01-31", "P1M", "2024-02-29"},
		{"2024-02-29", "P1Y", "2025-02-28"},
		{"2023-01-31", "P1Y1M", "2024-02-29"},
		{"2026-01-31", "P1M1D", "2026-03-01"},
		{"2026-01-01", "P60D", "2026-03-02"},
		{"2026-01-01", "P2W", "2026-01-15"},
		{"1925-07-14", "P150Y", "2075-07-14"},
		{"2026-01-01", "P0D", "2026-01-01"},
		{"9999-12-01", "P1M", ""},
		{"9999-12-31", "P1D", ""},
	}
	for _, tt := range tests {
		if got := MustParsePeriod(tt.period).AddTo(d(tt.from)).String(); got != tt.want {
			t.Errorf("%s + %s = %q, want %q", tt.from, tt.period, got, tt.want)
		}
	}
}

func TestPeriodText(t *testing.T) {
	var p Period
	if err := p.UnmarshalText([]byte("P1Y6M")); err != nil {
		t.Fatal(err)
	}
	b, err := p.MarshalText()
	if err != nil || string(b) != "P1Y6M" {
		t.Errorf("MarshalText = %q, %v", b, err)
	}
	if err := p.UnmarshalText([]byte("PT1H")); err == nil {
		t.Error("UnmarshalText(PT1H): no error")
	}
	if p != MustParsePeriod("P1Y6M") {
		t.Error("failed UnmarshalText changed the value")
	}
	if !(Period{}).IsZero() || (Period{}).String() != "P0D" {
		t.Error("zero Period is not P0D")
	}
	buf := make([]byte, 0, 64)
	if n := testing.AllocsPerRun(100, func() { buf = p.AppendText(buf[:0]) }); n != 0 {
		t.Errorf("AppendText with room allocates %v times, want 0", n)
	}
	if MustParsePeriod("P12M") == MustParsePeriod("P1Y") {
		t.Error("P12M and P1Y compare equal; they are different values")
	}
	if diff := cmp.Diff("P12M", MustParsePeriod("P12M").String()); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"P0D", "P60D", "P1Y6M", "P1Y2M3W4D", "PT1H", "-P1D", "P1.5Y", "P1000Y", "P1001Y", "P", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePeriod(s)
		if err != nil {
			if pe := new(*PeriodError); !errors.As(err, pe) {
				t.Fatalf("ParsePeriod(%q) error %v is not a *PeriodError", s, err)
			}
			return
		}
		if p.Years() < 0 || p.Months() < 0 || p.Weeks() < 0 || p.Days() < 0 {
			t.Fatalf("ParsePeriod(%q) = %v: negative part", s, p)
		}
		if !withinBound(int64(p.Years()), int64(p.Months()), int64(p.Weeks()), int64(p.Days())) {
			t.Fatalf("ParsePeriod(%q) = %v: over the bound", s, p)
		}
		q, err := ParsePeriod(p.String())
		if err != nil || q != p {
			t.Fatalf("round trip %q → %q → %v, %v", s, p.String(), q, err)
		}
		_ = p.AddTo(d("0001-01-01"))
		_ = p.AddTo(d("9999-12-31"))
	})
}

func ExampleParsePeriod() {
	p, err := ParsePeriod("P1Y6M")
	fmt.Println(p, err)
	fmt.Println(p.AddTo(d("2024-08-31")))
	_, err = ParsePeriod("PT1H")
	fmt.Println(err)
	// Output:
	// P1Y6M <nil>
	// 2026-02-28
	// retention: period "PT1H": time parts (T…H/M/S) are not allowed in a retention period; want an ISO 8601 period PnYnMnWnD such as P60D, P6Y or P1Y6M
}
