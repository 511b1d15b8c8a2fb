package rights

import "github.com/noticekit/noticekit/civil"

// Ground is one Part 3 restriction ground as the law stands on a date.
type Ground struct {
	Ground   RestrictionGround `json:"ground"`
	Text     string            `json:"text"`     // the ground, paraphrased
	Citation string            `json:"citation"` // where it is, e.g. "DPA 2018 s44(4)(c), s45(4)(c), s48(3)(c)"
	// Note is a caveat that a caller must show to a person relying on the
	// ground (an unverified commencement date); empty when there is none.
	Note string `json:"note,omitempty"`
}

// Commencement dates used by this package (law.md §1).
var (
	// duaaRoyalAssent is the day the Data (Use and Access) Act 2025 was
	// passed (DUAA s142(2)): the earliest day any of it can be in force.
	duaaRoyalAssent = civil.MustParse("2025-06-19")
	// part3ConsentFrom: DUAA s69 (Part 3 consent, s33(1A) and s40A) came into
	// force at the end of two months beginning with Royal Assent (DUAA
	// s142(3)). law.md gives "~19/20 Aug 2025"; this package takes 19 Aug
	// 2025, the earlier day, so the right to withdraw is never withheld on a
	// day it may exist. DERIVED.
	part3ConsentFrom = civil.MustParse("2025-08-19")
	// duaaFeb is 5 Feb 2026 (SI 2026/82 reg 2): Art 6(1)(ea), Art 12A, DPA
	// s54 as amended, Arts 22A-22D and ss50A-50D. Requests received before it
	// keep the old time limits (reg 4).
	duaaFeb = civil.MustParse("2026-02-05")
	// duaaJun is 19 Jun 2026 (SI 2026/82 reg 3): s164A complaints to the
	// controller; Art 77 omitted and s165 covers UK GDPR complaints.
	duaaJun = civil.MustParse("2026-06-19")
	// reasonableSearchFrom: DUAA s78 (Art 15(1A), s45(2A)) is treated as in
	// force from 1 Jan 2024 (DUAA s78(5)).
	reasonableSearchFrom = civil.MustParse("2024-01-01")
)

// nationalSecurityMoved reports whether, on the date, this package reads
// the national-security ground as moved from s44(4)/45(4)/48(3) to the
// freestanding s78A exemption by DUAA s88.
//
// The commencement of s88 is UNVERIFIED (law.md §1: a secondary source says
// "immediately" under the Commencement No. 3 Regulations 2025, about early
// September 2025; the SI and day were not confirmed). The fail-safe reading
// taken here is that the move happened on the earliest day it could have:
// Royal Assent, 19 Jun 2025. From then on the ground is never offered as
// s44(4)(d)/45(4)(d)/48(3)(d), a provision that may no longer exist, and a
// restriction on national-security grounds is pointed at s78A with a Note
// saying the date is unconfirmed.
func nationalSecurityMoved(on civil.Date) bool { return !on.Before(duaaRoyalAssent) }

const nationalSecurityNote = "UNVERIFIED commencement: DUAA s88 moved national security out of " +
	"s44(4), s45(4) and s48(3) into the s78A exemption, reportedly from about September 2025 " +
	"(Commencement No. 3 Regulations 2025, not confirmed); this table assumes the move from " +
	"Royal Assent on 2025-06-19, the earliest possible day, so that a ground which may have been " +
	"repealed is never offered; check legislation.gov.uk before relying on it"

// RestrictionGrounds returns the grounds on which a DPA 2018 Part 3
// controller may, on the date, restrict the s44(2) specific-case
// information, the s45(1) right of access, and the reasons for refusing
// rectification or erasure (s48(1)(b)(i)): wholly or partly, to the extent
// and for as long as necessary and proportionate, having regard to the data
// subject's fundamental rights and legitimate interests (s44(4), s45(4),
// s48(3); law.md §6.1).
//
// National security, ground (d), is listed under s44(4)(d), s45(4)(d) and
// s48(3)(d) before 19 Jun 2025; from that day it is listed as the s78A
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
