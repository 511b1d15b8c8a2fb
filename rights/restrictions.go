package rights

import (
	"github.com/noticekit/noticekit/civil"
	lb "github.com/noticekit/noticekit/lawfulbasis"
)

// Ground is one Part 3 restriction ground as the law stands on a date.
type Ground struct {
	Ground   RestrictionGround `json:"ground"`
	Text     string            `json:"text"`     // the ground, paraphrased
	Citation string            `json:"citation"` // where it is, e.g. "DPA 2018 s44(4)(c), s45(4)(c), s48(3)(c)"
	// Note is a caveat that a caller must show to a person relying on the
	// ground (an unverified commencement date); empty when there is none.
	Note string `json:"note,omitempty"`
}

// Commencement dates used by this package, read from the one table of the
// law's dates (lawfulbasis.Dates; docs/law.md §1).
var (
	// part3ConsentFrom: DUAA s69 (Part 3 consent, s33(1A) and s40A); the
	// table takes 19 Aug 2025, the earlier of the reference's ~19/20 Aug, so
	// the right to withdraw is never withheld on a day it may exist.
	part3ConsentFrom = lb.Part3Consent.Date()
	// duaaFeb is 5 Feb 2026 (SI 2026/82 reg 2): Art 6(1)(ea), Art 12A, DPA
	// s54 as amended, Arts 22A-22D and ss50A-50D. Requests received before it
	// keep the old time limits (reg 4).
	duaaFeb = lb.DUAAFeb2026.Date()
	// duaaJun is 19 Jun 2026 (SI 2026/82 reg 3): s164A complaints to the
	// controller; Art 77 omitted and s165 covers UK GDPR complaints.
	duaaJun = lb.DUAAJun2026.Date()
	// reasonableSearchFrom: DUAA s78 (Art 15(1A), s45(2A)) is treated as in
	// force from 1 Jan 2024 (DUAA s78(5)).
	reasonableSearchFrom = lb.ReasonableSearch.Date()
	// nationalSecurityFrom: DUAA s88, not in force on Royal Assent; the
	// table holds the earliest day it can have commenced (UNVERIFIED).
	nationalSecurityFrom = lb.NationalSecurityMoved.Date()
)

// nationalSecurityMoved reports whether, on the date, this package reads
// the national-security ground as moved from s44(4)/45(4)/48(3) to the
// freestanding s78A exemption by DUAA s88.
//
// s88 was not in force on Royal Assent; it was commenced "immediately" by
// the Commencement No. 3 Regulations 2025, about early September 2025, on a
// day the reference has not confirmed (docs/law.md §1, §11.3: UNVERIFIED).
// The fail-safe reading taken here is that the move happened on the
// earliest day it could have: the day after Royal Assent, 20 Jun 2025
// (lawfulbasis.NationalSecurityMoved). From then on the ground is never
// offered as s44(4)(d)/45(4)(d)/48(3)(d), a provision that may no longer
// exist, and a restriction on national-security grounds is pointed at s78A
// with a Note saying the date is unconfirmed.
func nationalSecurityMoved(on civil.Date) bool { return !on.Before(nationalSecurityFrom) }

var nationalSecurityNote = "UNVERIFIED commencement: DUAA s88 moved national security out of " +
	"s44(4), s45(4) and s48(3) into the s78A exemption, reportedly from about September 2025 " +
	"(Commencement No. 3 Regulations 2025, not confirmed; not on Royal Assent); this table assumes the " +
	"move from " + nationalSecurityFrom.String() + ", the day after Royal Assent and the earliest possible day, so that a ground " +
	"which may have been repealed is never offered; check legislation.gov.uk before relying on it"

// RestrictionGrounds returns the grounds on which a DPA 2018 Part 3
// controller may, on the date, restrict the s44(2) specific-case
// information, the s45(1) right of access, and the reasons for refusing
// rectification or erasure (s48(1)(b)(i)): wholly or partly, to the extent
// and for as long as necessary and proportionate, having regard to the data
// subject's fundamental rights and legitimate interests (s44(4), s45(4),
// s48(3); docs/law.md §6.1).
//
// National security, ground (d), is listed under s44(4)(d), s45(4)(d) and
// s48(3)(d) before 20 Jun 2025 (the day after Royal Assent,
// lawfulbasis.NationalSecurityMoved); from that day it is listed as the s78A
// exemption, with a Note, because the commencement of DUAA s88 is
// UNVERIFIED (see the package documentation). It returns nil for the zero
// Date.
func RestrictionGrounds(on civil.Date) []Ground {
	if on.IsZero() {
		return nil
	}
	gs := []Ground{
		{AvoidObstructingInquiry, "avoid obstructing an official or legal inquiry, investigation or procedure",
			"DPA 2018 s44(4)(a), s45(4)(a), s48(3)(a)", ""},
		{AvoidPrejudicingCrime, "avoid prejudicing the prevention, detection, investigation or prosecution of criminal offences or the execution of criminal penalties",
			"DPA 2018 s44(4)(b), s45(4)(b), s48(3)(b)", ""},
		{PublicSecurity, "protect public security",
			"DPA 2018 s44(4)(c), s45(4)(c), s48(3)(c)", ""},
		{NationalSecurity, "protect national security",
			"DPA 2018 s44(4)(d), s45(4)(d), s48(3)(d)", ""},
		{RightsOfOthers, "protect the rights and freedoms of others",
			"DPA 2018 s44(4)(e), s45(4)(e), s48(3)(e)", ""},
	}
	if nationalSecurityMoved(on) {
		gs[3].Text = "protect national security (a freestanding exemption, no longer a restriction ground)"
		gs[3].Citation = "DPA 2018 s78A (inserted by DUAA s88)"
		gs[3].Note = nationalSecurityNote
	}
	return gs
}
