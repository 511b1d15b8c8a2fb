// Package rights says which data-subject rights apply to processing under a
// regime and lawful basis on a given date, on which grounds a DPA 2018 Part 3
// controller may restrict them, and by when a rights request must be
// answered.
//
// Everything here encodes the project's legal reference
// (docs/law.md) as dated tables with citations. The law is read
// at a date the caller gives: nothing here reads the clock.
//
// # Which rights apply
//
// [For] returns one [Entry] per [Right], in the fixed order of [All], each with a
// [Status] (applies, qualified, does-not-apply), a citation and a one-line
// reason:
//
//	entries, err := rights.For(lawfulbasis.UKGDPR, lawfulbasis.PublicTask, civil.MustParse("2026-11-22"))
//
// Under UK GDPR (docs/law.md §5) the rights to be informed, of access,
// rectification and restriction, to object to direct marketing and about
// automated decisions do not depend on the basis. Erasure, portability and
// the Art 21(1) objection do, following docs/law.md §5.2. That table is DERIVED
// from Arts 17(3)(b), 20(1)(a) and 21(1) (the ICO's own table was not
// available to the reference), and its row for recognised legitimate
// interests, Art 6(1)(ea), is derived only. Withdrawing consent (Art 7(3))
// applies only to consent.
//
// The DUAA 2025 changes are dated (docs/law.md §1):
//
//   - 5 Feb 2026: Art 6(1)(ea) exists, and the Art 21(1) objection covers it;
//     Arts 22A-22D replace Art 22 and DPA 2018 s14 (ss50A-50D replace ss49-50
//     for Part 3).
//   - 19 Jun 2026: complaint to the controller (DPA 2018 s164A) applies, and
//     complaints to the Commissioner move from UK GDPR Art 77 to s165.
//
// DPA 2018 Part 3 (docs/law.md §6) has no portability and no objection. Access,
// the specific-case information, rectification, erasure and restriction are
// qualified: a controller may restrict them on the grounds of s44(4),
// s45(4) and s48(3), which [RestrictionGrounds] lists as data.
//
// The EU GDPR is read as UK GDPR without the DUAA changes (docs/law.md §8.1).
// The EU LED rows come from docs/law.md §8.2, several of which are UNVERIFIED
// there; their reasons say so, and ADM under the LED (Art 11) is not
// encoded beyond a flag.
//
// # National security and DUAA s88 (UNVERIFIED commencement)
//
// DUAA s88 moved national security out of s44(4), s45(4) and s48(3) into a
// freestanding exemption, s78A. It was not in force on Royal Assent, and
// the reference could not confirm the day it came into force (docs/law.md
// §11.3). This package takes the fail-safe reading: the move is treated as
// made on the earliest day it could have been, the day after Royal Assent,
// 20 Jun 2025 ([lawfulbasis.NationalSecurityMoved]), so a ground that may
// have been repealed is never offered. From that day [RestrictionGrounds]
// cites s78A for national security and carries a [Ground.Note] saying the
// date is unconfirmed; Part 3 reasons say the same.
//
// # Response deadlines
//
// [Deadline] follows the algorithm of docs/law.md §7.3, which is DERIVED:
//
//	resp, err := rights.Deadline(rights.Request{
//		Regime: lawfulbasis.UKGDPR, Right: rights.Access,
//		Received: civil.MustParse("2026-01-31"), Nation: civil.EnglandAndWales,
//	})
//	// resp.Due is 2026-03-02: 28 Feb 2026 is a Saturday.
//
// The relevant time is the latest of receipt, identity information and fee;
// one month runs by the corresponding-date rule counting the day of receipt
// as day one (the ICO's method); an extension gives three months from the
// relevant time; for access requests under the law from 5 Feb 2026 the days
// spent waiting for clarification are added (how the pause combines with a
// calendar month is UNVERIFIED); and the date rolls forward past weekends and
// the bank holidays of the chosen [civil.Nation] (which holiday list the law
// means is UNVERIFIED, so the caller chooses). For Part 3 the UK GDPR
// day-of-receipt count is used, which gives the earlier of the two dates
// the ICO's guidance supports (docs/law.md §9.1). The law is the law at the day
// of receipt, so a Part 3 request received before 5 Feb 2026 cannot be
// extended.
//
// Every [Response] carries Steps: the calculation as English sentences with
// the dates, to show to the person answering the request.
package rights
