package rights_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/civil"
	lb "github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/rights"
)

// TestRequestErrorFields: every input error of For and Deadline is a
// *rights.RequestError naming the parameter of each problem, found by
// errors.As, with the cause (a date before the regime) still reachable.
func TestRequestErrorFields(t *testing.T) {
	d := func(s string) civil.Date { return civil.MustParse(s) }
	forErr := func(regime lb.Regime, basis lb.Basis, on civil.Date) error {
		_, err := rights.For(regime, basis, on)
		return err
	}
	deadlineErr := func(req rights.Request) error {
		_, err := rights.Deadline(req)
		return err
	}
	tests := []struct {
		name   string
		err    error
		fields []string
	}{
		{"no date", forErr(lb.UKGDPR, lb.Consent, civil.Date{}), []string{"on"}},
		{"unknown regime", forErr(lb.Regime(99), lb.Consent, d("2026-01-01")), []string{"regime"}},
		{"no basis", forErr(lb.UKGDPR, lb.BasisUnspecified, d("2026-01-01")), []string{"basis"}},
		{"before the regime", forErr(lb.UKGDPR, lb.Consent, d("2019-01-01")), []string{"on"}},
		{"deadline: nothing given", deadlineErr(rights.Request{}), []string{"received", "regime", "nation"}},
		{"deadline: dates before receipt", deadlineErr(rights.Request{Regime: lb.UKGDPR, Right: rights.Access, Nation: civil.EnglandAndWales,
			Received: d("2026-03-10"), IDReceived: d("2026-03-01"), ClarificationAsked: d("2026-03-12")}), []string{"id_received", "clarification_received"}},
	}
	for _, tt := range tests {
		var re *rights.RequestError
		if !errors.As(tt.err, &re) {
			t.Errorf("%s: %v (%T), want a *rights.RequestError", tt.name, tt.err, tt.err)
			continue
		}
		var fields []string
		for _, p := range re.Problems {
			fields = append(fields, p.Field)
		}
		if diff := cmp.Diff(tt.fields, fields); diff != "" {
			t.Errorf("%s: fields (-want +got):\n%s\n%v", tt.name, diff, tt.err)
		}
	}
	var before *lb.BeforeRegimeError
	if !errors.As(forErr(lb.UKGDPR, lb.Consent, d("2019-01-01")), &before) {
		t.Error("before the regime: the *lawfulbasis.BeforeRegimeError is not reachable through the RequestError")
	}
}
