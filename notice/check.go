package notice

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/noticekit/noticekit/civil"
	lb "github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/retention"
)

// Finding is one thing Check reports about a notice.
type Finding struct {
	Code     string   `json:"code"`     // stable kebab-case code from Catalogue
	Severity Severity `json:"severity"` // error, warning or info
	Pointer  string   `json:"pointer"`  // JSON pointer into the notice ("" = the whole notice)
	Citation string   `json:"citation"` // the provision relied on, for the regimes judged
	Message  string   `json:"message"`  // what is wrong, for a DPO
	// Regimes are the regimes whose rules judged the finding: the
	// activity's own, or, for an item about the whole notice, those of its
	// activities (for cookies, PECR: the notice's UK regimes). Empty for
	// notice-wide rules (good practice, the call).
	Regimes []lb.Regime `json:"regimes,omitempty"`
}

// String formats f as "pointer: severity code: message (citation)".
func (f Finding) String() string {
	p := f.Pointer
	if p == "" {
		p = "(notice)"
	}
	return fmt.Sprintf("%s: %s %s: %s (%s)", p, f.Severity, f.Code, f.Message, f.Citation)
}

// Options adjust Check.
type Options struct {
	// Schedules are the retention schedules a notice's rule references
	// are resolved against. A reference to a schedule not given here is
	// not checked; a reference to a rule missing from a schedule given
	// here is a finding, and so is a period that disagrees with the rule.
	Schedules []*retention.Definition
	// Parent is the notice the checked notice names as its parent (its
	// Parent.ID must match). Items the parent states are read as stated.
	Parent *Notice
	// Resolve, when Parent is nil, finds a parent notice by id (for example
	// among the notices a service has loaded); ok false when it has none.
	Resolve func(id string) (n *Notice, ok bool)
}

// Check reports what the notice fails to say that the law requires, and
// what it says that is inconsistent with the law, reading the law as it
// stood on the date on. A notice published in 2018 and checked with on set
// to today is judged by today's law; pass its publication date to judge it
// by the law of its day.
//
// # Reading findings
//
// Each Finding has a stable Code (listed, with the regimes, dates,
// citations and severities of its rules, in Catalogue), a Severity, the JSON
// Pointer of the part of the notice it is about, the Citation it rests on
// for the regimes judged and a Message. Each activity is judged by its own
// regime only (Arts 13/14 for UK and EU GDPR activities; DPA 2018 s44(1)
// and s44(2) for Part 3; LED Art 13(1) for the EU LED); items about the
// notice as a whole (controller, DPO, rights, complaints) by the rules of
// every regime its activities fall under. Severities follow the policy in
// the Severity documentation.
//
// A notice that names a Parent is judged with it (Options.Parent or
// Options.Resolve): an item the parent supplies is satisfied; an item
// neither supplies is reported once, saying the parent was consulted; when
// the parent is named but not available, items it might supply are
// warnings saying "may be in" the parent's address.
//
// A finding that depends on an interpreted value (a typed value the
// notice's words do not state outright; see Interpretations) says so and is
// a warning at most; an interpretation the finding does not use leaves it as
// the law grades it. The notice is also judged with its interpreted values
// set aside: what only that finds (an item that only a reading satisfies)
// is reported as a warning naming the reading.
//
// Findings are sorted by pointer, then code. Check is pure: it reads no
// clock and no files. A date before an activity's regime existed gets
// date-before-regime findings alone (see LawExists).
func Check(n *Notice, on civil.Date) []Finding { return CheckWith(n, on, Options{}) }

// CheckWith is Check with options.
func CheckWith(n *Notice, on civil.Date, opt Options) []Finding {
	if on.IsZero() {
		return []Finding{finding(CodeLawDateUnknown, nil, on, "", "no date to read the law at: give the date (for example today, or the notice's publication date)")}
	}
	if n == nil {
		n = &Notice{}
	}
	c := &checker{n: n, on: on, opt: opt}
	if c.before() {
		return c.sorted()
	}
	c.setup()
	c.run()
	c.hidden()
	return c.sorted()
}

// LawExists returns a *lawfulbasis.BeforeRegimeError when on is before the
// first day of the regime of one of n's activities (docs/law.md §11.2), so
// that a caller can refuse the date outright; Check reports the same as
// date-before-regime findings.
func LawExists(n *Notice, on civil.Date) error {
	if n == nil {
		return nil
	}
	for _, a := range n.Activities {
		if err := lb.RegimeExists(a.Regime, on); err != nil {
			return err
		}
	}
	return nil
}

func finding(code string, regimes []lb.Regime, on civil.Date, pointer, msg string) Finding {
	sev, cite, _, _ := judge(code, regimes, on)
	return Finding{Code: code, Severity: sev, Pointer: pointer, Citation: cite, Message: msg}
}

type checker struct {
	n   *Notice
	on  civil.Date
	opt Options
	// regimes are the regimes of the notice's activities, the laws that
	// judge the items about the notice as a whole.
	regimes []lb.Regime
	// parent is the parent notice when available; parentMissing is true
	// when the notice names one that is not.
	parent        *Notice
	parentMissing bool
	interp        map[string]string // pointer of an interpreted value → reason
	doc           any               // the notice's JSON form, for the hidden pass
	form          []byte            // the JSON form as text
	base          *Notice           // form decoded, for the hidden pass (nil: not decodable)
	baseDone      bool              // base has been decoded
	out           []Finding
}

func (c *checker) before() bool {
	for i, a := range c.n.Activities {
		if err := lb.RegimeExists(a.Regime, c.on); err != nil {
			c.out = append(c.out, finding(CodeDateBeforeRegime, nil, c.on, fmt.Sprintf("/activities/%d/regime", i), err.Error()))
		}
	}
	return len(c.out) > 0
}

func (c *checker) setup() {
	for _, a := range c.n.Activities {
		if !slices.Contains(c.regimes, a.Regime) {
			c.regimes = append(c.regimes, a.Regime)
		}
	}
	if len(c.regimes) == 0 {
		c.regimes = []lb.Regime{lb.UKGDPR} // a notice of no activity: judged as UK GDPR
	}
	if p := c.n.Parent; p != nil {
		switch {
		case c.opt.Parent != nil && c.opt.Parent.ID == p.ID:
			c.parent = c.opt.Parent
		case c.opt.Resolve != nil:
			c.parent, _ = c.opt.Resolve(p.ID)
		}
		c.parentMissing = c.parent == nil
	}
	if c.interp == nil {
		c.doc, c.form = jsonForm(c.n)
		c.interp = interpretationsOf(c.doc)
	}
}

func (c *checker) sorted() []Finding {
	slices.SortStableFunc(c.out, func(a, b Finding) int {
		if d := comparePointers(a.Pointer, b.Pointer); d != 0 {
			return d
		}
		return strings.Compare(a.Code, b.Code)
	})
	return c.out
}

// emit adds a finding of code judged under regimes (nil: the notice-wide
// rules); nothing when no rule of the code applies to those regimes on the
// date. pointer is where the finding is shown; rests are the exact
// pointers of the values the finding depends on (pointer is not one of them
// unless given): if any of them is, holds or lies inside an interpreted
// value, the finding says so and is at most a warning. An interpreted value
// elsewhere under pointer (another right item, the controller's kind) does
// not touch the finding.
func (c *checker) emit(code string, regimes []lb.Regime, pointer string, rests []string, format string, args ...any) {
	c.emitNote(code, regimes, pointer, rests, "", format, args...)
}

// emitParent is emit for an item a parent notice could supply.
func (c *checker) emitParent(code string, regimes []lb.Regime, pointer string, rests []string, format string, args ...any) {
	switch {
	case c.parent != nil:
		c.emitNote(code, regimes, pointer, rests, fmt.Sprintf("the parent notice %q was consulted and does not give it either", c.parent.ID), format, args...)
	case c.parentMissing:
		c.emitNote(code, regimes, pointer, rests, "it may be in the parent notice "+c.parentName()+", which was not available to check", format, args...)
	default:
		c.emit(code, regimes, pointer, rests, format, args...)
	}
}

func (c *checker) parentName() string {
	if p := c.n.Parent; p.URL != "" {
		return p.URL
	}
	return fmt.Sprintf("%q", c.n.Parent.ID)
}

func (c *checker) emitNote(code string, regimes []lb.Regime, pointer string, rests []string, note, format string, args ...any) {
	sev, cite, _, ok := judge(code, regimes, c.on)
	if !ok {
		return
	}
	msg := fmt.Sprintf(format, args...)
	if note != "" {
		msg += "; " + note
	}
	if c.parentMissing && strings.Contains(note, "may be in") {
		sev = min(sev, Warning)
	}
	if why := c.interpretedUnder(rests); why != "" {
		msg += "; this rests on an interpretation: " + why
		sev = min(sev, Warning)
	}
	var judged []lb.Regime
	for _, r := range regimes {
		if _, _, _, ok := judge(code, []lb.Regime{r}, c.on); ok {
			judged = append(judged, r)
		}
	}
	c.out = append(c.out, Finding{Code: code, Severity: sev, Pointer: pointer, Citation: cite, Message: msg, Regimes: judged})
}

// interpretedUnder returns the reasons for interpreted values at, inside
// or above any of the pointers (the whole notice, "", is never matched
// from above).
func (c *checker) interpretedUnder(ptrs []string) string {
	var qs []string
	for q := range c.interp {
		for _, p := range ptrs {
			if p != "" && (q == p || strings.HasPrefix(q, p+"/") || strings.HasPrefix(p, q+"/")) {
				qs = append(qs, q)
				break
			}
		}
	}
	return c.reasons(qs)
}

// jsonForm returns n's JSON form as decoded JSON and as text (nil if it
// has none).
func jsonForm(n *Notice) (any, []byte) {
	data, err := json.Marshal(n)
	if err != nil {
		return nil, nil // an unmarshalable notice has no marks to honour
	}
	var doc any
	if json.Unmarshal(data, &doc) != nil {
		return nil, nil
	}
	return doc, data
}

// interpretationsOf maps the pointer of every interpreted value in a
// notice's JSON form to its reason.
func interpretationsOf(doc any) map[string]string {
	out := map[string]string{}
	var walk func(ptr string, v any)
	walk = func(ptr string, v any) {
		switch v := v.(type) {
		case map[string]any:
			if marks, ok := v["interpreted"].(map[string]any); ok {
				for k, reason := range marks {
					out[ptr+"/"+escapePointer(k)], _ = reason.(string)
				}
			}
			for k, x := range v {
				walk(ptr+"/"+escapePointer(k), x)
			}
		case []any:
			for i, x := range v {
				walk(fmt.Sprintf("%s/%d", ptr, i), x)
			}
		}
	}
	walk("", doc)
	return out
}

// comparePointers orders JSON pointers by their segments, numerically where
// both segments are indexes, so /activities/2 comes before /activities/10.
func comparePointers(a, b string) int {
	as, bs := strings.Split(a, "/"), strings.Split(b, "/")
	for i := 0; i < len(as) && i < len(bs); i++ {
		if as[i] == bs[i] {
			continue
		}
		ai, aok := atoi(as[i])
		bi, bok := atoi(bs[i])
		if aok && bok {
			return ai - bi
		}
		return strings.Compare(as[i], bs[i])
	}
	return len(as) - len(bs)
}

func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func isTrue(b *bool) bool { return b != nil && *b }

func (c *checker) run() {
	n := c.n
	c.identity()
	if n.Published.IsZero() && n.LastUpdated.IsZero() {
		c.emit(CodeNoticeUndated, nil, "", nil, "the notice gives no publication or last-updated date")
	}
	for i := range n.Activities {
		c.activity(i, &n.Activities[i])
	}
	c.rights()
	c.complaints()
	c.cookies()
	c.citations()
}

// identity checks Art 13(1)(a)-(b), s44(1)(a)-(b), with the parent.
func (c *checker) identity() {
	n, p := c.n, c.parent
	name := n.Controller.Name
	if name == "" && p != nil {
		name = p.Controller.Name
	}
	if name == "" {
		if n.Parent == nil {
			c.emit(CodeControllerNotNamed, c.regimes, "/controller", nil, "the notice does not name the controller and names no parent notice that does")
		} else {
			c.emitParent(CodeControllerNotNamed, c.regimes, "/controller", nil, "the notice does not name the controller")
			name = "the controller"
		}
	}
	reach := n.Controller.Contact.Reachable() || n.Enquiries.Reachable()
	if p != nil {
		reach = reach || p.Controller.Contact.Reachable() || p.Enquiries.Reachable()
	}
	if !reach {
		c.emitParent(CodeControllerContactMissing, c.regimes, "/controller", nil, "no address, email, phone number or web address is given for %s, nor any contact for enquiries about the notice", orWhom(name))
	}
	public := isTrue(n.Controller.PublicAuthority) || (p != nil && isTrue(p.Controller.PublicAuthority))
	if !n.DPO.Reachable() && (p == nil || !p.DPO.Reachable()) {
		// The GDPR duty follows Art 37(1)(a) (public authorities); the Part
		// 3 duty is every controller's (s69(1)); the LED's item is LED Art
		// 13(1)(b) (docs/law.md §8.2).
		var regs []lb.Regime
		for _, r := range c.regimes {
			if r == lb.DPA2018Part3 || r == lb.EULED || (public && (r == lb.UKGDPR || r == lb.EUGDPR)) {
				regs = append(regs, r)
			}
		}
		// Only the GDPR duty rests on the public-authority status.
		var rests []string
		if !slices.Contains(regs, lb.DPA2018Part3) && !slices.Contains(regs, lb.EULED) {
			rests = []string{"/controller/public_authority"}
		}
		if len(regs) > 0 {
			c.emitParent(CodeDPOContactMissing, regs, "/dpo", rests, "%s must have a data protection officer; the notice gives no way to contact one", orWhom(name))
		}
	}
}

func orWhom(name string) string {
	if name == "" {
		return "the controller"
	}
	return name
}
