package lawfulbasis

import (
	"fmt"

	"github.com/noticekit/noticekit/civil"
)

// Commencement names a day in the law's calendar that noticekit's rules
// turn on: the days the regimes begin and the commencements of the Data
// (Use and Access) Act 2025 (DUAA). Dates returns them all, in one table,
// which packages lawfulbasis, rights and notice read; no other package
// defines such a date (docs/law.md §1, §11.2, §11.3).
type Commencement uint8

// Commencements, in date order.
const (
	CommencementUnspecified Commencement = iota
	// GDPRApplies: EU GDPR and DPA 2018 (Parts 2 and 3) apply, 25 May 2018.
	GDPRApplies
	// UKGDPRApplies: the UK GDPR exists from IP completion day, 1 Jan 2021.
	UKGDPRApplies
	// ReasonableSearch: DUAA s78 (Art 15(1A), s45(2A)) is treated as in
	// force from 1 Jan 2024.
	ReasonableSearch
	// DUAARoyalAssent: 19 Jun 2025, the earliest day any of the DUAA can be
	// in force.
	DUAARoyalAssent
	// NationalSecurityMoved: DUAA s88 (national security out of ss44(4),
	// 45(4), 48(3); new s78A). Not in force on Royal Assent; commenced by the
	// Commencement No. 3 Regulations 2025, about early September 2025, on a
	// day the reference has not confirmed (UNVERIFIED). The table holds the
	// earliest day it can have been: the day after Royal Assent.
	NationalSecurityMoved
	// Part3Consent: DUAA s69 (DPA s33(1A), s40A: Part 3 consent and its
	// withdrawal), two months after Royal Assent (DUAA s142(3)).
	Part3Consent
	// DUAACommencement1: SI 2025/904 reg 2 (Art 4A, Art 9(2) chapeau,
	// tribunals, relevant international law).
	DUAACommencement1
	// DUAAFeb2026: SI 2026/82 reg 2 (Art 6(1)(ea), Art 12A and s54, Arts
	// 22A-22D and ss50A-50D, Art 44A and adequacy under Art 45A, PECR Sch
	// A1). docs/law.md §11.3 names Arts 44A and 45A only; the rest of the
	// substituted Chapter V is not cited.
	DUAAFeb2026
	// DUAAJun2026: SI 2026/82 reg 3 (s164A complaints to the controller; Art
	// 77 omitted, s165 covers UK GDPR complaints; Art 13(2)(ca), s44(1)(da)).
	DUAAJun2026
)

// LawDate is one row of the table of the law's dates.
type LawDate struct {
	Commencement Commencement `json:"-"`
	On           civil.Date   `json:"on"`
	What         string       `json:"what"`     // what takes effect, paraphrased
	Citation     string       `json:"citation"` // the provision that fixes the day
	Flag         Flag         `json:"flag"`     // the reference's flag for the day
	Note         string       `json:"note,omitempty"`
}

var lawDates = [...]LawDate{
	{},
	{GDPRApplies, civil.MustParse("2018-05-25"), "EU GDPR applies; DPA 2018 Parts 2 and 3 in force",
		"GDPR Art 99(2); SI 2018/625", Verified, ""},
	{UKGDPRApplies, civil.MustParse("2021-01-01"), "UK GDPR exists (IP completion day, 31 Dec 2020 23:00)",
		"EU(W)A 2018 s3; SI 2019/419", Verified, ""},
	{ReasonableSearch, civil.MustParse("2024-01-01"), "reasonable and proportionate search (Art 15(1A), DPA 2018 s45(2A)), treated as in force",
		"DUAA s78(5)", Verified, ""},
	{DUAARoyalAssent, civil.MustParse("2025-06-19"), "Data (Use and Access) Act 2025 passed",
		"DUAA s142(2)", Verified, ""},
	{NationalSecurityMoved, civil.MustParse("2025-06-20"), "national security moved from DPA 2018 ss44(4), 45(4), 48(3) to the s78A exemption",
		"DUAA s88; Commencement No. 3 Regulations 2025", Unverified,
		"not in force on Royal Assent (docs/law.md §11.3); commenced about early September 2025 on a day not confirmed: the earliest possible day, the day after Royal Assent, is used"},
	{Part3Consent, civil.MustParse("2025-08-19"), "Part 3 consent defined, with the right to withdraw it (DPA 2018 s33(1A), s40A)",
		"DUAA s69, s142(3)", Verified, "two months after Royal Assent; the reference gives ~19/20 Aug 2025 and 19 Aug 2025 is used"},
	{DUAACommencement1, civil.MustParse("2025-08-20"), "Art 4A, Art 9(2) chapeau, courts or tribunals, relevant international law",
		"SI 2025/904 reg 2", Verified, ""},
	{DUAAFeb2026, civil.MustParse("2026-02-05"), "Art 6(1)(ea), Art 12A and s54, Arts 22A-22D and ss50A-50D, Art 44A and adequacy regulations under Art 45A, PECR Sch A1",
		"SI 2026/82 reg 2", Verified, ""},
	{DUAAJun2026, civil.MustParse("2026-06-19"), "complaints to the controller (s164A); Art 77 omitted and s165 covers UK GDPR complaints",
		"SI 2026/82 reg 3", Verified, ""},
}

// Dates returns the table of the law's dates, in date order. The slice is
// a copy.
func Dates() []LawDate {
	out := make([]LawDate, 0, len(lawDates)-1)
	return append(out, lawDates[1:]...)
}

// Date returns the day c names; the zero Date for an unknown c.
func (c Commencement) Date() civil.Date { return c.Info().On }

// Info returns c's row of the table; the zero LawDate for an unknown c.
func (c Commencement) Info() LawDate {
	if c == CommencementUnspecified || int(c) >= len(lawDates) {
		return LawDate{}
	}
	return lawDates[c]
}

// regimeFrom gives the commencement each regime begins at (docs/law.md
// §11.2). The EU LED has none: the reference states no first day for it.
var regimeFrom = [...]Commencement{
	UKGDPR:       UKGDPRApplies,
	DPA2018Part3: GDPRApplies,
	EUGDPR:       GDPRApplies,
	EULED:        CommencementUnspecified,
}

// From returns the first day the regime exists (docs/law.md §11.2): 25 May
// 2018 for the EU GDPR and DPA 2018 Part 3, 1 Jan 2021 for the UK GDPR. The
// zero Date means the reference gives no first day (the EU LED).
func (r Regime) From() civil.Date {
	if int(r) >= len(regimeFrom) {
		return civil.Date{}
	}
	return regimeFrom[r].Date()
}

// BeforeRegimeError reports a date on which a regime did not yet exist:
// there is no law to answer from, so the caller gets this rather than a
// table (docs/law.md §11.2).
type BeforeRegimeError struct {
	Regime Regime
	On     civil.Date // the date asked about
	From   civil.Date // the regime's first day
}

func (e *BeforeRegimeError) Error() string {
	return fmt.Sprintf("%s did not exist on %s: it applies from %s (%s); give a date on or after %s",
		e.Regime.Info().Name, e.On, e.From, regimeFrom[e.Regime].Info().Citation, e.From)
}

// RegimeExists returns a *BeforeRegimeError when on is before r's first day,
// and nil otherwise (also for a regime with no known first day).
func RegimeExists(r Regime, on civil.Date) error {
	from := r.From()
	if !from.IsZero() && on.Before(from) {
		return &BeforeRegimeError{Regime: r, On: on, From: from}
	}
	return nil
}
