package rights

import (
	"fmt"
	"strings"

	"github.com/noticekit/noticekit/civil"
	lb "github.com/noticekit/noticekit/lawfulbasis"
)

// Request is a rights request whose response date Deadline computes. Dates
// are civil dates in UK time; the zero Date means "did not happen".
type Request struct {
	Regime lb.Regime // uk-gdpr or dpa-2018-part-3
	Right  Right     // the right the request exercises
	// Received is the day the controller received the request (UK GDPR Art
	// 12A(2)(a); DPA 2018 s54(3)(a)). Required.
	Received civil.Date
	// IDReceived is the day the controller received the information it asked
	// for to confirm identity (Art 12(6) and 12A(2)(b); s52(4) and s54(3)(b)).
	IDReceived civil.Date
	// FeePaid is the day any fee was paid (Art 12(5) and 12A(2)(c); s53 and
	// s54(3)(c)).
	FeePaid civil.Date
	// ClarificationAsked and ClarificationReceived are the days the controller
	// asked for, and received, the information it reasonably needed to
	// identify what an access request relates to (Art 12A(5)-(6); s54(3C)-(3D),
	// requests received from 2026-02-05). Give both or neither.
	ClarificationAsked, ClarificationReceived civil.Date
	// Extended says the controller extended the period by two further months
	// by notice (Art 12A(3)-(4); old Art 12(3); s54(3A)-(3B) for Part 3
	// requests received from 2026-02-05 only).
	Extended bool
	// Nation is the bank-holiday calendar used to roll a due date forward to
	// a working day. Required: which calendar the law means is UNVERIFIED
	// (docs/law.md §7.3 step 5), so the caller chooses.
	Nation civil.Nation
}

// Response is the date a response is due, with the steps that led to it.
type Response struct {
	Regime       lb.Regime  `json:"regime"`
	Right        Right      `json:"right"`
	Received     civil.Date `json:"received"`
	RelevantTime civil.Date `json:"relevant_time"` // the day the period begins
	Due          civil.Date `json:"due"`           // the last day for the response
	Steps        []string   `json:"steps"`         // the calculation, as English sentences with dates
}

// deadlineRights are the rights whose requests have a response period.
var deadlineRights = map[lb.Regime][]Right{
	// Art 12(3): requests under Arts 15 to 22 (22D from 5 Feb 2026).
	lb.UKGDPR: {Access, Rectification, Erasure, Restriction, Portability, Object, ObjectDirectMarketing, AutomatedDecisionMaking},
	// s54(1): s45 access, s48(2) outcome of rectification, erasure or restriction.
	lb.DPA2018Part3: {Access, Rectification, Erasure, Restriction},
}

// Deadline returns the day by which the controller must respond to req,
// following docs/law.md §7.3, a DERIVED algorithm (review before relying on it):
//
//  1. The law is read as at the day of receipt: requests received before 5
//     Feb 2026 keep the old time limits (SI 2026/82 reg 4).
//  2. The relevant time is the latest of the day the request was received,
//     the day identity information was received and the day the fee was
//     paid (Art 12A(2); s54(3)).
//  3. One month by the corresponding-date rule, counting the day of receipt
//     as day one (the ICO's method: 3 Sep → 3 Oct; 31 Jan → 28 Feb, the last
//     day of a shorter month). DPA 2018 Part 3 uses the same, earlier, date:
//     the ICO's Part 3 guidance counts from the next day (docs/law.md §9.1) and a
//     Step says so.
//  4. If extended, three months from the relevant time (ICO). Under Part 3 an
//     extension exists only for requests received from 5 Feb 2026 (s54(3A));
//     before that it is an error.
//  5. For an access request under the law from 5 Feb 2026, the days from the
//     day clarification was asked to the day it was received, inclusive, do
//     not count (Art 12A(5); s54(3C)); they are added to the date. How the
//     ICO combines this with a calendar month is UNVERIFIED. Under older law,
//     or for another right, clarification does not pause the clock (the
//     earlier date is kept) and a Step says so.
//  6. A date on a Saturday, Sunday or bank holiday of req.Nation moves to the
//     next working day (Reg 1182/71 Art 3(4), via UK GDPR Art 4A and DPA
//     2018 s205(2)); which holiday list applies is UNVERIFIED.
//
// Errors name the field: a zero Received; a regime other than uk-gdpr or
// dpa-2018-part-3; a right with no response period under the regime; an
// unspecified nation; identity, fee or clarification dates before receipt;
// clarification received before it was asked; only one of the
// clarification pair; an extension under Part 3 before 5 Feb 2026; a due
// date beyond 9999-12-31.
func Deadline(req Request) (Response, error) {
	if err := checkRequest(req); err != nil {
		return Response{}, err
	}
	resp := Response{Regime: req.Regime, Right: req.Right, Received: req.Received}
	step := func(format string, args ...any) { resp.Steps = append(resp.Steps, fmt.Sprintf(format, args...)) }
	newLaw := !req.Received.Before(duaaFeb)
	part3 := req.Regime == lb.DPA2018Part3

	// 1. The law at the date of receipt.
	switch {
	case !part3 && newLaw:
		step("Law as at the day of receipt, %s: UK GDPR Arts 12(3) and 12A, the applicable time period (DUAA s76, in force "+duaaFeb.String()+").", req.Received)
	case !part3:
		step("Law as at the day of receipt, %s: UK GDPR Art 12(3) as it stood before "+duaaFeb.String()+" (SI 2026/82 reg 4 keeps it for requests received earlier).", req.Received)
	case newLaw:
		step("Law as at the day of receipt, %s: DPA 2018 s54 as amended by DUAA s76 (in force "+duaaFeb.String()+").", req.Received)
	default:
		step("Law as at the day of receipt, %s: DPA 2018 s54 as it stood before "+duaaFeb.String()+" (SI 2026/82 reg 4), with no extension.", req.Received)
	}

	// 2. The relevant time.
	rel, from := req.Received, "the request was received"
	if req.IDReceived.After(rel) {
		rel, from = req.IDReceived, "identity information was received"
	}
	if req.FeePaid.After(rel) {
		rel, from = req.FeePaid, "the fee was paid"
	}
	resp.RelevantTime = rel
	var parts []string
	parts = append(parts, "request received "+req.Received.String())
	if !req.IDReceived.IsZero() {
		parts = append(parts, "identity information received "+req.IDReceived.String())
	}
	if !req.FeePaid.IsZero() {
		parts = append(parts, "fee paid "+req.FeePaid.String())
	}
	var cite string
	switch {
	case part3 && newLaw:
		cite = "DPA 2018 s54(3)"
	case part3:
		cite = "DPA 2018 s54; ICO: the period runs from receipt of the request, identity information or fee"
	case newLaw:
		cite = "UK GDPR Art 12A(2)"
	default:
		cite = "UK GDPR Art 12(3), 12(6); ICO: the period runs from receipt of the request, identity information or fee"
	}
	if len(parts) == 1 {
		step("Relevant time: %s, the day the request was received (%s).", rel, cite)
	} else {
		step("Relevant time: %s, the day %s, the latest of: %s (%s).", rel, from, strings.Join(parts, "; "), cite)
	}

	// 3. One month, corresponding date, day of receipt as day one.
	due := rel.AddMonths(0, 1)
	if due.IsZero() {
		return Response{}, requestError("rights: deadline", "received", nil, "the due date is after 9999-12-31")
	}
	clamp := ""
	if due.Day() != rel.Day() {
		clamp = fmt.Sprintf(" (there is no %s %d, so the last day of %s)", due.Month(), rel.Day(), due.Month())
	}
	step("One month by the corresponding-date rule, counting %s as day one (ICO method): %s%s.", rel, due, clamp)
	if part3 {
		step("Part 3: the UK GDPR day-of-receipt count is used; the ICO's Part 3 guidance counts from the day after receipt and would give %s, one day later (docs/law.md §9.1), so %s is the safer date.",
			rel.AddDays(1).AddMonths(0, 1), due)
	}
	month := due

	// 4. Extension.
	if req.Extended {
		due = rel.AddMonths(0, 3)
		if due.IsZero() {
			return Response{}, requestError("rights: deadline", "received", nil, "the due date is after 9999-12-31")
		}
		c := "UK GDPR Art 12A(3)-(4)"
		switch {
		case part3:
			c = "DPA 2018 s54(3A)-(3B)"
		case !newLaw:
			c = "UK GDPR Art 12(3)"
		}
		step("Extended by two further months (%s): three months from the relevant time, %s (ICO method); the notice of extension, with reasons, was due within the first month, by %s.", c, due, month)
	}

	// 5. Clarification pause.
	if !req.ClarificationAsked.IsZero() {
		switch {
		case req.Right != Access:
			step("Asking for clarification (%s to %s) does not pause the clock for a %s request: the pause is only for access requests.",
				req.ClarificationAsked, req.ClarificationReceived, req.Right)
		case !newLaw:
			step("Asking for clarification (%s to %s) does not pause the clock: the pause (Art 12A(5); s54(3C)) applies only to requests received from "+duaaFeb.String()+".",
				req.ClarificationAsked, req.ClarificationReceived)
		case req.ClarificationAsked.After(due):
			step("Clarification was asked on %s, after the period had ended on %s, so it does not pause the clock.", req.ClarificationAsked, due)
		default:
			start := req.ClarificationAsked
			if start.Before(rel) {
				start = rel
			}
			days := 0
			if !req.ClarificationReceived.Before(start) {
				days = req.ClarificationReceived.Sub(start) + 1
			}
			c := "UK GDPR Art 12A(5)-(6)"
			if part3 {
				c = "DPA 2018 s54(3C)-(3D)"
			}
			prev := due
			due = due.AddDays(days)
			if due.IsZero() {
				return Response{}, requestError("rights: deadline", "received", nil, "the due date is after 9999-12-31")
			}
			if days == 0 {
				step("Clarification asked %s and received %s, before the relevant time %s: the clock had not started, so the date does not change.",
					req.ClarificationAsked, req.ClarificationReceived, rel)
				break
			}
			those, n := fmt.Sprintf("those %d days, inclusive, do not count", days), fmt.Sprintf("%d days", days)
			if days == 1 {
				those, n = "that 1 day, inclusive, does not count", "1 day"
			}
			step("Clarification asked %s and received %s: %s (%s), so %s + %s = %s (how the pause combines with a calendar month is UNVERIFIED).",
				req.ClarificationAsked, req.ClarificationReceived, those, c, prev, n, due)
		}
	}

	// 6. Roll forward to a working day.
	end := civil.NextWorkingDay(req.Nation, due)
	if end.IsZero() {
		return Response{}, requestError("rights: deadline", "received", nil, "the due date is after 9999-12-31")
	}
	if end != due {
		var why []string
		for d := due; d.Before(end); d = d.AddDays(1) {
			if name, ok := civil.BankHoliday(req.Nation, d); ok {
				why = append(why, fmt.Sprintf("%s is a bank holiday in %s, %s", d, req.Nation, name))
			} else {
				why = append(why, fmt.Sprintf("%s is a %s", d, d.Weekday()))
			}
		}
		step("%s; the period ends on the next working day in %s, %s (Reg 1182/71 Art 3(4); which holiday calendar applies is UNVERIFIED).",
			upperFirst(strings.Join(why, "; ")), req.Nation, end)
	} else {
		step("%s is a working day in %s.", due, req.Nation)
	}
	resp.Due = end
	step("Due: %s.", end)
	return resp, nil
}

func upperFirst(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

func checkRequest(req Request) error {
	var errs []RequestProblem
	add := func(field string, cause error, format string, args ...any) {
		errs = append(errs, RequestProblem{Field: field, Message: fmt.Sprintf(format, args...), Err: cause})
	}
	if req.Received.IsZero() {
		add("received", nil, "received is missing: want the date the request was received")
	}
	allowed, ok := deadlineRights[req.Regime]
	if !ok {
		add("regime", nil, "regime %q has no response period here: want one of uk-gdpr, dpa-2018-part-3", req.Regime)
	} else if !contains(allowed, req.Right) {
		add("right", nil, "right %q has no response period under %s: want one of %s", req.Right, req.Regime, codes(allowed))
	}
	if ok && !req.Received.IsZero() {
		if err := lb.RegimeExists(req.Regime, req.Received); err != nil {
			add("received", err, "received: %s", err)
		}
	}
	if req.Nation < civil.EnglandAndWales || req.Nation > civil.NorthernIreland {
		add("nation", nil, "nation %q is not specified or unknown: want one of %s", req.Nation, codes(civil.Nations()))
	}
	before := func(field string, d civil.Date) {
		if !d.IsZero() && !req.Received.IsZero() && d.Before(req.Received) {
			add(field, nil, "%s %s is before the request was received (%s): want a date on or after it", field, d, req.Received)
		}
	}
	before("id_received", req.IDReceived)
	before("fee_paid", req.FeePaid)
	before("clarification_asked", req.ClarificationAsked)
	before("clarification_received", req.ClarificationReceived)
	a, r := req.ClarificationAsked, req.ClarificationReceived
	switch {
	case a.IsZero() != r.IsZero():
		add("clarification_received", nil, "clarification_asked and clarification_received: want both dates or neither")
	case !a.IsZero() && r.Before(a):
		add("clarification_received", nil, "clarification_received %s is before clarification_asked %s: want a date on or after it", r, a)
	}
	if req.Extended && req.Regime == lb.DPA2018Part3 && !req.Received.IsZero() && req.Received.Before(duaaFeb) {
		add("extended", nil, "extended: DPA 2018 Part 3 allows no extension for a request received before "+duaaFeb.String()+" (old s54; SI 2026/82 reg 4), and this one was received on %s", req.Received)
	}
	if len(errs) == 0 {
		return nil
	}
	return &RequestError{Op: "rights: deadline", Problems: errs}
}

func contains[T comparable](s []T, v T) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
