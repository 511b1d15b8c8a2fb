package notice

import (
	"slices"
	"strings"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/internal/enum"
	lb "github.com/noticekit/noticekit/lawfulbasis"
)

// Severity ranks a finding. Values are ordered: Info < Warning < Error.
//
// # Severity policy
//
// Every code's severity follows one written policy (docs/law.md §11.5):
//
//   - Error: a statutory information item is absent (UK GDPR Arts 13-14; DPA
//     2018 s44(1); LED Art 13(1); PECR reg 6(2)), for the whole activity or
//     for part of its data (retention for some categories only), or the
//     notice states something the law contradicts (a public authority
//     relying on legitimate interests for its public task; advertising
//     cookies on legitimate interests or under an exception that does not
//     cover them; a stated Art 9 / Sch 1 condition that cannot apply).
//   - Warning: a likely defect that needs judgement (an item the law asks
//     for only where it applies, such as recipients "if any", or a right
//     whose application turns on facts the notice need not give, such as
//     portability; a notice that disagrees with its schedule; cookies that
//     need consent where the notice is silent about it, an inference about
//     practice), every omission of a DPA 2018 s44(2) item (owed only "in
//     specific cases"), a missing Art 9 / Sch 1, Art 10 or Sch 8 condition,
//     which a notice is not required to state (a prompt, not proof that no
//     condition exists), and a right offered that does not apply (more than
//     the law gives: it misleads, but costs no one a right).
//   - Info: good practice (a condition named only generally; an
//     appropriate policy document not referenced), or a caveat about the
//     law relied on.
//
// A finding that rests on an interpreted value (Interpretations), or on a
// parent notice that was named but not available, is a warning at most.
type Severity uint8

// Severities.
const (
	SeverityUnspecified Severity = iota
	// Info: good practice, or a caveat about the law relied on.
	Info
	// Warning: a likely defect needing judgement; s44(2) omissions;
	// missing-condition prompts; a right offered that does not apply.
	Warning
	// Error: a statutory item absent, or a statement the law contradicts.
	Error
)

var severityCodes = [...]string{"", "info", "warning", "error"}

// ParseSeverity returns the Severity with the given code.
func ParseSeverity(s string) (Severity, error) {
	return enum.Parse[Severity]("severity", severityCodes[:], s)
}

// String returns the code: "info", "warning" or "error".
func (s Severity) String() string { return enum.String("severity", severityCodes[:], s) }

// MarshalText returns the code.
func (s Severity) MarshalText() ([]byte, error) {
	return enum.Marshal("severity", severityCodes[:], s)
}

// UnmarshalText parses a code, rejecting unknown ones.
func (s *Severity) UnmarshalText(b []byte) (err error) { *s, err = ParseSeverity(string(b)); return }

// CatalogueEntry describes one kind of finding and how each law judges it.
type CatalogueEntry struct {
	Code    string // stable kebab-case code
	Summary string // what the finding means, for a DPO
	// Rules say which regimes and dates the finding applies to, with the
	// citation and severity each law gives. An activity judged under a
	// regime no rule names never gets the finding.
	Rules []Rule
}

// Rule is how one law judges a kind of finding.
type Rule struct {
	// Regimes the rule judges activities under; nil for a rule about the
	// notice as a whole whatever its regimes (good practice, the call).
	// PECR's rules name the UK regimes: PECR is UK law.
	Regimes []lb.Regime
	// From is the first day the rule applies (unspecified: from the
	// regime's first day); Until the first day it no longer applies
	// (unspecified: still applies). Both name rows of lawfulbasis.Dates.
	From, Until lb.Commencement
	Citation    string
	Severity    Severity
	// Flag marks a rule that rests on a DERIVED or UNVERIFIED row of
	// docs/law.md; empty when the rows relied on are VERIFIED.
	Flag string
}

// appliesTo reports whether the rule judges an activity under r on day on.
func (r Rule) appliesTo(reg lb.Regime, on civil.Date) bool {
	if r.Regimes != nil && !slices.Contains(r.Regimes, reg) {
		return false
	}
	return r.current(on)
}

func (r Rule) current(on civil.Date) bool {
	if r.From != lb.CommencementUnspecified && on.Before(r.From.Date()) {
		return false
	}
	return r.Until == lb.CommencementUnspecified || on.Before(r.Until.Date())
}

// Catalogue returns every finding Check can report, one table, the source
// of the codes' citations and severities and of FINDINGS.md. The result is
// a copy: changing it changes nothing in Check.
func Catalogue() []CatalogueEntry {
	out := make([]CatalogueEntry, len(catalogue))
	for i, e := range catalogue {
		e.Rules = slices.Clone(e.Rules)
		for k := range e.Rules {
			e.Rules[k].Regimes = slices.Clone(e.Rules[k].Regimes)
		}
		out[i] = e
	}
	return out
}

// Lookup returns the catalogue entry for code.
func Lookup(code string) (CatalogueEntry, bool) {
	for _, e := range Catalogue() {
		if e.Code == code {
			return e, true
		}
	}
	return CatalogueEntry{}, false
}

// Severity returns the highest severity any of the entry's rules gives.
func (e CatalogueEntry) Severity() Severity {
	s := SeverityUnspecified
	for _, r := range e.Rules {
		s = max(s, r.Severity)
	}
	return s
}

// entry returns the catalogue entry for code. An unknown code is a bug in
// this package, caught by TestCatalogueWellFormed.
func entry(code string) CatalogueEntry {
	for _, e := range catalogue {
		if e.Code == code {
			return e
		}
	}
	return CatalogueEntry{Code: code, Summary: "unknown finding code", Rules: []Rule{{Citation: "none", Severity: Error}}}
}

// judge combines the rules of code that apply, on day on, to any of the
// regimes given (nil regimes: the notice-wide rules). ok is false when no
// rule applies: the law that would ask for the item does not judge it.
func judge(code string, regimes []lb.Regime, on civil.Date) (sev Severity, citation, flag string, ok bool) {
	var cites, flags []string
	for _, r := range entry(code).Rules {
		applies := false
		if r.Regimes == nil {
			applies = r.current(on)
		} else {
			for _, reg := range regimes {
				applies = applies || r.appliesTo(reg, on)
			}
		}
		if !applies {
			continue
		}
		ok = true
		sev = max(sev, r.Severity)
		if !slices.Contains(cites, r.Citation) {
			cites = append(cites, r.Citation)
		}
		if r.Flag != "" && !slices.Contains(flags, r.Flag) {
			flags = append(flags, r.Flag)
		}
	}
	return sev, strings.Join(cites, "; "), strings.Join(flags, ", "), ok
}

// Judge returns the severity and citation the entry's rules give for an
// activity (or notice) judged under regimes on the day on, combining the
// rules of several regimes; ok is false when no rule applies, and then
// Check never reports the code for those regimes on that day.
func (e CatalogueEntry) Judge(regimes []lb.Regime, on civil.Date) (sev Severity, citation string, ok bool) {
	sev, citation, _, ok = judge(e.Code, regimes, on)
	return sev, citation, ok
}
