package lawfulbasis

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/noticekit/noticekit/civil"
)

// TestDatesTable: one row per commencement, in date order, each row at its
// own index, and every regime's first day from it.
func TestDatesTable(t *testing.T) {
	ds := Dates()
	if len(ds) != int(DUAAJun2026) {
		t.Fatalf("%d rows, want %d", len(ds), DUAAJun2026)
	}
	for i, d := range ds {
		if d.Commencement != Commencement(i+1) || d.On.IsZero() || d.Citation == "" || d.Flag == FlagUnspecified {
			t.Errorf("row %d: %+v", i, d)
		}
		if i > 0 && d.On.Before(ds[i-1].On) && d.Commencement != Part3Consent {
			t.Errorf("row %d (%s) is before row %d (%s)", i, d.On, i-1, ds[i-1].On)
		}
	}
	ds[0].On = civil.Date{}
	if GDPRApplies.Date().IsZero() {
		t.Error("Dates returned the table itself, not a copy")
	}
	if (Commencement(99)).Date() != (civil.Date{}) || CommencementUnspecified.Info() != (LawDate{}) {
		t.Error("an unknown commencement has a date")
	}
	// s88 was not commenced on Royal Assent (docs/law.md §11.3).
	if !DUAARoyalAssent.Date().Before(NationalSecurityMoved.Date()) || NationalSecurityMoved.Info().Flag != Unverified {
		t.Error("s88 must be after Royal Assent and flagged unverified")
	}
	for _, tt := range []struct {
		r    Regime
		from string
	}{{UKGDPR, "2021-01-01"}, {DPA2018Part3, "2018-05-25"}, {EUGDPR, "2018-05-25"}, {EULED, "0001-01-01"}} {
		if tt.r == EULED {
			if !tt.r.From().IsZero() || RegimeExists(tt.r, civil.MustParse(tt.from)) != nil {
				t.Error("the EU LED has no first day in the reference, and none is invented")
			}
			continue
		}
		first := civil.MustParse(tt.from)
		if tt.r.From() != first || RegimeExists(tt.r, first) != nil {
			t.Errorf("%v: From %s, want %s", tt.r, tt.r.From(), first)
		}
		var be *BeforeRegimeError
		err := RegimeExists(tt.r, first.AddDays(-1))
		if !errors.As(err, &be) || be.From != first || !strings.Contains(err.Error(), "on or after "+tt.from) {
			t.Errorf("%v the day before: %v", tt.r, err)
		}
	}
}

// TestNoOtherDateTable: no non-test file outside this one defines a date of
// the law (civil.MustParse of a literal date); packages read Dates.
func TestNoOtherDateTable(t *testing.T) {
	lit := regexp.MustCompile(`MustParse\("\d{4}-\d{2}-\d{2}"\)`)
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || d.Name() == "bench" || strings.HasPrefix(d.Name(), ".")) && path != ".." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || filepath.Base(path) == "dates.go" {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(data), "\n") {
			if lit.MatchString(line) && !strings.HasPrefix(strings.TrimSpace(line), "//") {
				t.Errorf("%s:%d defines a date of the law; read it from lawfulbasis.Dates", path, i+1)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
