package rights

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/civil"
	lb "github.com/noticekit/noticekit/lawfulbasis"
)

func d(s string) civil.Date {
	if s == "" {
		return civil.Date{}
	}
	return civil.MustParse(s)
}

func TestDeadline(t *testing.T) {
	ew, sc, ni := civil.EnglandAndWales, civil.Scotland, civil.NorthernIreland
	uk, p3 := lb.UKGDPR, lb.DPA2018Part3
	tests := []struct {
		name                              string
		regime                            lb.Regime
		right                             Right
		received, id, fee, asked, clarRec string
		extended                          bool
		nation                            civil.Nation
		relevant, due                     string
		stepHas                           string // a phrase one of the steps must contain
	}{
		{name: "3 Sep to 3 Oct", regime: uk, right: Access, received: "2025-09-03", nation: ew,
			relevant: "2025-09-03", due: "2025-10-03", stepHas: "2025-10-03 is a working day"},
		{name: "31 Jan to 28 Feb, a Saturday, so 2 Mar", regime: uk, right: Access, received: "2026-01-31", nation: ew,
			relevant: "2026-01-31", due: "2026-03-02", stepHas: "there is no February 31"},
		{name: "31 Jan in a leap year", regime: uk, right: Erasure, received: "2028-01-31", nation: ew,
			relevant: "2028-01-31", due: "2028-02-29"},
		{name: "due on Good Friday (England and Wales)", regime: uk, right: Access, received: "2026-03-03", nation: ew,
			relevant: "2026-03-03", due: "2026-04-07", stepHas: "2026-04-03 is a bank holiday in england-and-wales, Good Friday"},
		{name: "due on Good Friday (Scotland: no Easter Monday)", regime: uk, right: Access, received: "2026-03-03", nation: sc,
			relevant: "2026-03-03", due: "2026-04-06"},
		{name: "due on Easter Monday", regime: uk, right: Rectification, received: "2026-03-06", nation: ni,
			relevant: "2026-03-06", due: "2026-04-07", stepHas: "2026-04-06 is a bank holiday in northern-ireland, Easter Monday"},
		{name: "Christmas Day, then Boxing Day substitute", regime: uk, right: Access, received: "2026-11-25", nation: ew,
			relevant: "2026-11-25", due: "2026-12-29", stepHas: "2026-12-28 is a bank holiday in england-and-wales, Boxing Day (substitute day)"},
		{name: "Christmas on a Saturday: two substitute days", regime: p3, right: Access, received: "2027-11-25", nation: sc,
			relevant: "2027-11-25", due: "2027-12-29", stepHas: "2027-12-27 is a bank holiday in scotland, Christmas Day (substitute day)"},
		{name: "Scottish St Andrew's Day", regime: uk, right: Access, received: "2026-10-30", nation: sc,
			relevant: "2026-10-30", due: "2026-12-01", stepHas: "2026-11-30 is a bank holiday in scotland, St Andrew's Day"},
		{name: "St Andrew's Day is not a holiday in England", regime: uk, right: Access, received: "2026-10-30", nation: ew,
			relevant: "2026-10-30", due: "2026-11-30"},
		{name: "St Andrew's Day substitute Monday", regime: uk, right: Access, received: "2025-11-01", nation: sc,
			relevant: "2025-11-01", due: "2025-12-02", stepHas: "2025-12-01 is a bank holiday in scotland, St Andrew's Day (substitute day)"},
		{name: "ID received later than the request", regime: uk, right: Access, received: "2026-03-02", id: "2026-03-10", nation: ew,
			relevant: "2026-03-10", due: "2026-04-10", stepHas: "the day identity information was received"},
		{name: "fee paid after ID", regime: uk, right: Access, received: "2026-03-02", id: "2026-03-10", fee: "2026-03-12", nation: ew,
			relevant: "2026-03-12", due: "2026-04-13", stepHas: "the day the fee was paid"},
		{name: "ID before the fee but after receipt, pre-DUAA", regime: uk, right: Access, received: "2025-10-01", id: "2025-10-06", fee: "2025-10-02", nation: ew,
			relevant: "2025-10-06", due: "2025-11-06", stepHas: "ICO: the period runs from receipt"},
		{name: "clarification pause", regime: uk, right: Access, received: "2026-03-02", asked: "2026-03-05", clarRec: "2026-03-09", nation: ew,
			relevant: "2026-03-02", due: "2026-04-07", stepHas: "those 5 days, inclusive, do not count (UK GDPR Art 12A(5)-(6))"},
		{name: "clarification pause under Part 3", regime: p3, right: Access, received: "2026-03-02", asked: "2026-03-05", clarRec: "2026-03-05", nation: ew,
			relevant: "2026-03-02", due: "2026-04-07", stepHas: "that 1 day, inclusive, does not count (DPA 2018 s54(3C)-(3D)), so 2026-04-02 + 1 day = 2026-04-03"},
		{name: "clarification asked before the relevant time counts from it", regime: uk, right: Access, received: "2026-03-02", id: "2026-03-04", asked: "2026-03-02", clarRec: "2026-03-05", nation: ew,
			relevant: "2026-03-04", due: "2026-04-07", stepHas: "those 2 days"},
		{name: "clarification over before the relevant time", regime: uk, right: Access, received: "2026-03-02", fee: "2026-03-09", asked: "2026-03-03", clarRec: "2026-03-04", nation: ew,
			relevant: "2026-03-09", due: "2026-04-09", stepHas: "the clock had not started"},
		{name: "no pause for erasure", regime: uk, right: Erasure, received: "2026-03-02", asked: "2026-03-05", clarRec: "2026-03-09", nation: ew,
			relevant: "2026-03-02", due: "2026-04-02", stepHas: "does not pause the clock for a erasure request"},
		{name: "no pause before 5 Feb 2026", regime: uk, right: Access, received: "2026-01-12", asked: "2026-01-14", clarRec: "2026-01-20", nation: ew,
			relevant: "2026-01-12", due: "2026-02-12", stepHas: "applies only to requests received from 2026-02-05"},
		{name: "clarification asked after the period ended", regime: uk, right: Access, received: "2026-03-02", asked: "2026-04-05", clarRec: "2026-04-10", nation: ew,
			relevant: "2026-03-02", due: "2026-04-02", stepHas: "after the period had ended"},
		{name: "extension under UK GDPR", regime: uk, right: Access, received: "2026-03-02", extended: true, nation: ew,
			relevant: "2026-03-02", due: "2026-06-02", stepHas: "UK GDPR Art 12A(3)-(4)"},
		{name: "extension under UK GDPR before 5 Feb 2026", regime: uk, right: Access, received: "2025-11-30", extended: true, nation: ew,
			relevant: "2025-11-30", due: "2026-03-02", stepHas: "UK GDPR Art 12(3)"},
		{name: "extension then clarification", regime: uk, right: Access, received: "2026-03-02", asked: "2026-03-05", clarRec: "2026-03-09", extended: true, nation: ew,
			relevant: "2026-03-02", due: "2026-06-08", stepHas: "2026-06-02 + 5 days = 2026-06-07"},
		{name: "Part 3 on 5 Feb 2026", regime: p3, right: Access, received: "2026-02-05", nation: ew,
			relevant: "2026-02-05", due: "2026-03-05", stepHas: "would give 2026-03-06, one day later"},
		{name: "extension under Part 3 from 5 Feb 2026", regime: p3, right: Erasure, received: "2026-02-05", extended: true, nation: ew,
			relevant: "2026-02-05", due: "2026-05-05", stepHas: "DPA 2018 s54(3A)-(3B)"},
		{name: "Part 3 before 5 Feb 2026, no extension", regime: p3, right: Access, received: "2026-02-04", nation: ni,
			relevant: "2026-02-04", due: "2026-03-04", stepHas: "with no extension"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := Request{Regime: tt.regime, Right: tt.right, Received: d(tt.received), IDReceived: d(tt.id),
				FeePaid: d(tt.fee), ClarificationAsked: d(tt.asked), ClarificationReceived: d(tt.clarRec),
				Extended: tt.extended, Nation: tt.nation}
			got, err := Deadline(req)
			if err != nil {
				t.Fatalf("Deadline: %v", err)
			}
			if got.Due != d(tt.due) || got.RelevantTime != d(tt.relevant) {
				t.Errorf("due %v, relevant time %v; want %s, %s\n%s", got.Due, got.RelevantTime, tt.due, tt.relevant, strings.Join(got.Steps, "\n"))
			}
			if got.Regime != tt.regime || got.Right != tt.right || got.Received != req.Received {
				t.Errorf("echo: %v %v %v", got.Regime, got.Right, got.Received)
			}
			if !civil.IsWorkingDay(tt.nation, got.Due) {
				t.Errorf("due %v is not a working day", got.Due)
			}
			all := strings.Join(got.Steps, "\n")
			if tt.stepHas != "" && !strings.Contains(all, tt.stepHas) {
				t.Errorf("steps do not contain %q:\n%s", tt.stepHas, all)
			}
			if last := got.Steps[len(got.Steps)-1]; last != "Due: "+tt.due+"." {
				t.Errorf("last step %q", last)
			}
		})
	}
}

func TestDeadlineSteps(t *testing.T) {
	got, err := Deadline(Request{Regime: lb.UKGDPR, Right: Access, Received: d("2026-01-31"), Nation: civil.EnglandAndWales})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Law as at the day of receipt, 2026-01-31: UK GDPR Art 12(3) as it stood before 2026-02-05 (SI 2026/82 reg 4 keeps it for requests received earlier).",
		"Relevant time: 2026-01-31, the day the request was received (UK GDPR Art 12(3), 12(6); ICO: the period runs from receipt of the request, identity information or fee).",
		"One month by the corresponding-date rule, counting 2026-01-31 as day one (ICO method): 2026-02-28 (there is no February 31, so the last day of February).",
		"2026-02-28 is a Saturday; 2026-03-01 is a Sunday; the period ends on the next working day in england-and-wales, 2026-03-02 (Reg 1182/71 Art 3(4); which holiday calendar applies is UNVERIFIED).",
		"Due: 2026-03-02.",
	}
	if diff := cmp.Diff(want, got.Steps); diff != "" {
		t.Errorf("steps (-want +got):\n%s", diff)
	}
}

func TestDeadlineErrors(t *testing.T) {
	ok := Request{Regime: lb.UKGDPR, Right: Access, Received: d("2026-03-02"), Nation: civil.EnglandAndWales}
	tests := []struct {
		name   string
		mutate func(*Request)
		want   string
	}{
		{"zero received", func(r *Request) { r.Received = civil.Date{} },
			"rights: deadline: received is missing: want the date the request was received"},
		{"eu-gdpr", func(r *Request) { r.Regime = lb.EUGDPR },
			`rights: deadline: regime "eu-gdpr" has no response period here: want one of uk-gdpr, dpa-2018-part-3`},
		{"unspecified regime", func(r *Request) { r.Regime = lb.RegimeUnspecified },
			`rights: deadline: regime "" has no response period here: want one of uk-gdpr, dpa-2018-part-3`},
		{"unspecified right", func(r *Request) { r.Right = RightUnspecified },
			`rights: deadline: right "" has no response period under uk-gdpr: want one of access, rectification, erasure, restriction, portability, object, object-direct-marketing, automated-decision-making`},
		{"be-informed", func(r *Request) { r.Right = BeInformed },
			`rights: deadline: right "be-informed" has no response period under uk-gdpr: want one of access, rectification, erasure, restriction, portability, object, object-direct-marketing, automated-decision-making`},
		{"portability under Part 3", func(r *Request) { r.Regime, r.Right = lb.DPA2018Part3, Portability },
			`rights: deadline: right "portability" has no response period under dpa-2018-part-3: want one of access, rectification, erasure, restriction`},
		{"no nation", func(r *Request) { r.Nation = civil.NationUnspecified },
			`rights: deadline: nation "" is not specified or unknown: want one of england-and-wales, scotland, northern-ireland`},
		{"ID before receipt", func(r *Request) { r.IDReceived = d("2026-03-01") },
			"rights: deadline: id_received 2026-03-01 is before the request was received (2026-03-02): want a date on or after it"},
		{"fee before receipt", func(r *Request) { r.FeePaid = d("2026-02-01") },
			"rights: deadline: fee_paid 2026-02-01 is before the request was received (2026-03-02): want a date on or after it"},
		{"clarification asked before receipt", func(r *Request) { r.ClarificationAsked, r.ClarificationReceived = d("2026-03-01"), d("2026-03-05") },
			"rights: deadline: clarification_asked 2026-03-01 is before the request was received (2026-03-02): want a date on or after it"},
		{"clarification received before asked", func(r *Request) { r.ClarificationAsked, r.ClarificationReceived = d("2026-03-05"), d("2026-03-04") },
			"rights: deadline: clarification_received 2026-03-04 is before clarification_asked 2026-03-05: want a date on or after it"},
		{"only clarification asked", func(r *Request) { r.ClarificationAsked = d("2026-03-05") },
			"rights: deadline: clarification_asked and clarification_received: want both dates or neither"},
		{"only clarification received", func(r *Request) { r.ClarificationReceived = d("2026-03-05") },
			"rights: deadline: clarification_asked and clarification_received: want both dates or neither"},
		{"Part 3 extension before 5 Feb 2026", func(r *Request) { r.Regime, r.Received, r.Extended = lb.DPA2018Part3, d("2026-02-04"), true },
			"rights: deadline: extended: DPA 2018 Part 3 allows no extension for a request received before 2026-02-05 (old s54; SI 2026/82 reg 4), and this one was received on 2026-02-04"},
		{"every problem at once", func(r *Request) {
			r.Nation = civil.NationUnspecified
			r.FeePaid = d("2026-02-01")
			r.ClarificationReceived = d("2026-03-05")
		}, `rights: deadline: nation "" is not specified or unknown: want one of england-and-wales, scotland, northern-ireland
rights: deadline: fee_paid 2026-02-01 is before the request was received (2026-03-02): want a date on or after it
rights: deadline: clarification_asked and clarification_received: want both dates or neither`},
		{"after 9999", func(r *Request) { r.Received = d("9999-12-15") },
			"rights: deadline: the due date is after 9999-12-31"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := ok
			tt.mutate(&req)
			got, err := Deadline(req)
			if err == nil {
				t.Fatalf("Deadline = %+v, want error", got)
			}
			if diff := cmp.Diff(tt.want, err.Error()); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
			if !got.Due.IsZero() || got.Steps != nil {
				t.Errorf("response with error: %+v", got)
			}
		})
	}
}

func FuzzDeadline(f *testing.F) {
	f.Add(civil.MustParse("2026-01-31").Days(), int16(0), int16(0), int16(-1), int16(0), false, uint8(1), uint8(2), uint8(1))
	f.Add(civil.MustParse("2026-03-02").Days(), int16(8), int16(10), int16(3), int16(4), true, uint8(2), uint8(2), uint8(2))
	f.Add(civil.MustParse("2027-11-25").Days(), int16(0), int16(0), int16(40), int16(1), true, uint8(1), uint8(4), uint8(3))
	f.Add(civil.MustParse("9999-11-30").Days(), int16(0), int16(0), int16(-1), int16(0), true, uint8(1), uint8(2), uint8(1))
	f.Fuzz(func(t *testing.T, received int32, id, fee, asked, clarLen int16, extended bool, regime, right, nation uint8) {
		rec := civil.FromDays(received)
		off := func(n int16) civil.Date {
			if n < 0 {
				return civil.Date{}
			}
			return rec.AddDays(int(n))
		}
		req := Request{
			Regime: lb.Regime(regime % 6), Right: Right(right % 14), Received: rec,
			IDReceived: off(id), FeePaid: off(fee), Extended: extended, Nation: civil.Nation(nation % 5),
		}
		if asked >= 0 {
			req.ClarificationAsked = off(asked)
			req.ClarificationReceived = req.ClarificationAsked.AddDays(int(clarLen))
		}
		resp, err := Deadline(req)
		if err != nil {
			return
		}
		if resp.Due.Before(resp.Received) || resp.Due.Before(resp.RelevantTime) || resp.Received != rec {
			t.Fatalf("Deadline(%+v) = %+v", req, resp)
		}
		if !civil.IsWorkingDay(req.Nation, resp.Due) || len(resp.Steps) == 0 {
			t.Fatalf("Deadline(%+v) = %+v", req, resp)
		}
	})
}

func ExampleDeadline() {
	resp, err := Deadline(Request{
		Regime:   lb.UKGDPR,
		Right:    Access,
		Received: civil.MustParse("2026-03-02"),
		// Identity confirmed later: the month runs from then.
		IDReceived: civil.MustParse("2026-03-12"),
		Nation:     civil.EnglandAndWales,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("relevant time:", resp.RelevantTime)
	fmt.Println("due:", resp.Due)
	// Output:
	// relevant time: 2026-03-12
	// due: 2026-04-13
}
