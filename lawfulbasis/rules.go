package lawfulbasis

import (
	"strings"

	"github.com/noticekit/noticekit/civil"
)

// Result is the answer of a rule: whether the processing passes, a stable
// reason code, a sentence saying why, the provisions relied on, and the
// weakest flag of the rows of the reference the answer rests on.
//
// Every rule fails safe: a zero date, an unspecified or unknown code, or a
// question the reference does not answer gives OK == false with the reason.
type Result struct {
	OK       bool
	Code     string // stable kebab-case reason code, e.g. "ok", "basis-not-in-regime"
	Reason   string // a lower-case sentence naming the codes involved
	Citation string // the article, section or paragraph relied on
	Flag     Flag   // the weakest flag of the rows relied on; FlagUnspecified for input errors
}

// Reason codes of Result. They are part of the API: callers may switch on
// them and JSON output carries them.
const (
	CodeOK                  = "ok"
	CodeDateUnknown         = "date-unknown"
	CodeRegimeUnknown       = "regime-unknown"
	CodeBasisUnknown        = "basis-unknown"
	CodeConditionUnknown    = "condition-unknown"
	CodeNotYetInForce       = "not-yet-in-force"
	CodeNoLongerInForce     = "no-longer-in-force"
	CodeBasisNotInRegime    = "basis-not-in-regime"
	CodeRegimeNotCovered    = "regime-not-covered"
	CodeOutsidePublicTasks  = "outside-public-tasks"
	CodePublicAuthorityLI   = "public-authority-legitimate-interests"
	CodePublicAuthorityRLI  = "public-authority-recognised-legitimate-interests"
	CodeWrongFamily         = "wrong-family"
	CodeNoArt6Basis         = "no-art-6-basis"
	CodeNoArt9Condition     = "no-art-9-condition"
	CodeSch1ConditionNeeded = "sch-1-condition-missing"
	CodeNoArt10Condition    = "no-art-10-condition"
	CodeNoPart3Condition    = "no-part-3-condition"
	CodeNoPolicyDocument    = "no-policy-document"
	CodeNoAnnex1Condition   = "no-annex-1-condition"
)

// regimeBasis is one row of the regime × basis table (docs/law.md §2.1, §4.2,
// §8.1).
type regimeBasis struct {
	r    Regime
	b    Basis
	cite string
}

var regimeBases = [...]regimeBasis{
	{UKGDPR, Consent, "UK GDPR Art 6(1)(a)"},
	{UKGDPR, Contract, "UK GDPR Art 6(1)(b)"},
	{UKGDPR, LegalObligation, "UK GDPR Art 6(1)(c)"},
	{UKGDPR, VitalInterests, "UK GDPR Art 6(1)(d)"},
	{UKGDPR, PublicTask, "UK GDPR Art 6(1)(e)"},
	{UKGDPR, RecognisedLegitimateInterests, "UK GDPR Art 6(1)(ea); SI 2026/82 reg 2"},
	{UKGDPR, LegitimateInterests, "UK GDPR Art 6(1)(f)"},
	{EUGDPR, Consent, "EU GDPR Art 6(1)(a)"},
	{EUGDPR, Contract, "EU GDPR Art 6(1)(b)"},
	{EUGDPR, LegalObligation, "EU GDPR Art 6(1)(c)"},
	{EUGDPR, VitalInterests, "EU GDPR Art 6(1)(d)"},
	{EUGDPR, PublicTask, "EU GDPR Art 6(1)(e)"},
	{EUGDPR, LegitimateInterests, "EU GDPR Art 6(1)(f)"},
	{DPA2018Part3, Consent, "DPA 2018 s35(2)(a)"},
	{DPA2018Part3, LawEnforcementTask, "DPA 2018 s35(2)(b)"},
}

// regimeBasisCite names where a regime's list of bases is, for refusals.
var regimeBasisCite = [...]string{
	UKGDPR:       "UK GDPR Art 6(1)",
	DPA2018Part3: "DPA 2018 s35(2)",
	EUGDPR:       "EU GDPR Art 6(1)",
	EULED:        "Directive (EU) 2016/680",
}

func fail(code, reason, cite string, f Flag) Result {
	return Result{Code: code, Reason: reason, Citation: cite, Flag: f}
}

func dateUnknown() Result {
	return fail(CodeDateUnknown, "the date the law is read at is unknown (zero); the law cannot be read without it", "", FlagUnspecified)
}

// BasisValid reports whether b is a lawful basis under regime r on the date
// on:
//
//   - UK GDPR: the seven Art 6(1) bases, (ea) recognised legitimate
//     interests only from 5 Feb 2026 (DUAA s70; SI 2026/82 reg 2);
//   - EU GDPR: the six Art 6(1)(a)-(f) bases, without (ea) (docs/law.md §8.1);
//   - DPA 2018 Part 3: consent and the law-enforcement task (s35(2)).
//
// For the EU LED it always answers no (CodeRegimeNotCovered): the reference
// has no row on lawful bases under Directive (EU) 2016/680. A zero date, or
// an unspecified or unknown regime or basis, is never OK.
func BasisValid(r Regime, b Basis, on civil.Date) Result {
	ri, bi := r.Info(), b.Info()
	switch {
	case on.IsZero():
		return dateUnknown()
	case ri.Code == "":
		return fail(CodeRegimeUnknown, "the regime is unspecified or unknown ("+r.String()+")", "", FlagUnspecified)
	case bi.Code == "":
		return fail(CodeBasisUnknown, "the basis is unspecified or unknown ("+b.String()+")", "", FlagUnspecified)
	case r == EULED:
		return fail(CodeRegimeNotCovered, "the reference (docs/law.md) has no row on lawful bases under the EU LED, so none is encoded",
			regimeBasisCite[r], FlagUnspecified)
	}
	for _, rb := range regimeBases {
		if rb.r != r || rb.b != b {
			continue
		}
		if res, ok := inForce(bi, on); !ok {
			res.Citation = rb.cite
			return res
		}
		return Result{OK: true, Code: CodeOK, Reason: bi.Code + " is a lawful basis under " + ri.Code + " on " + on.String(),
			Citation: rb.cite, Flag: bi.Flag}
	}
	return fail(CodeBasisNotInRegime, bi.Code+" is not a lawful basis under "+ri.Code+" (its bases are "+basesOf(r)+")",
		regimeBasisCite[r], Verified)
}

// inForce gives the refusal for an item that is not in force on on.
func inForce(it Item, on civil.Date) (Result, bool) {
	switch {
	case !it.From.IsZero() && on.Before(it.From):
		return fail(CodeNotYetInForce, it.Code+" is in force from "+it.From.String()+", not on "+on.String(), it.Citation, it.Flag), false
	case !it.Until.IsZero() && on.After(it.Until):
		return fail(CodeNoLongerInForce, it.Code+" was in force until "+it.Until.String()+", not on "+on.String(), it.Citation, it.Flag), false
	}
	return Result{}, true
}

func basesOf(r Regime) string {
	var codes []string
	for _, rb := range regimeBases {
		if rb.r == r {
			codes = append(codes, rb.b.String())
		}
	}
	return strings.Join(codes, ", ")
}

// PublicAuthorityBasis applies the public-authority restriction of UK GDPR
// Art 6(1) second subparagraph (DPA 2018 s7): a public authority may not rely
// on legitimate interests (f), nor from 5 Feb 2026 on recognised legitimate
// interests (ea), for processing in the performance of its tasks. The caller
// is a public authority within DPA 2018 s7 (parish and community councils,
// parish and community meetings and charter trustees are not, s7(3)).
//
// forPublicTask says whether the processing is done in the performance of
// the authority's tasks. When it is not, (f) or (ea) is allowed, and the
// Result's Flag is Derived: docs/law.md §2.2 gives that consequence as DERIVED
// from DPA s7(2) and Art 6(1). The basis must also be valid under UK GDPR on
// the date (BasisValid), so (ea) before 5 Feb 2026 is refused.
func PublicAuthorityBasis(b Basis, forPublicTask bool, on civil.Date) Result {
	if res := BasisValid(UKGDPR, b, on); !res.OK {
		return res
	}
	if b != LegitimateInterests && b != RecognisedLegitimateInterests {
		return Result{OK: true, Code: CodeOK, Reason: "the public-authority restriction covers only (ea) and (f), not " + b.String(),
			Citation: "UK GDPR Art 6(1) second subparagraph", Flag: Verified}
	}
	cite := "UK GDPR Art 6(1) second subparagraph; DPA 2018 s7"
	if !on.Before(duaaC6) {
		cite = "UK GDPR Art 6(1) second subparagraph, as amended by DUAA s70(2)(c); DPA 2018 s7"
	}
	if !forPublicTask {
		// DERIVED (docs/law.md §2.2): the restriction bites only on processing in
		// the performance of the authority's tasks.
		return Result{OK: true, Code: CodeOutsidePublicTasks,
			Reason:   "a public authority may rely on " + b.String() + " only for processing outside the performance of its tasks (derived: docs/law.md §2.2)",
			Citation: cite, Flag: Derived}
	}
	code := CodePublicAuthorityLI
	if b == RecognisedLegitimateInterests {
		code = CodePublicAuthorityRLI
	}
	return fail(code, "a public authority may not rely on "+b.String()+" for processing in the performance of its tasks; public-task is the basis to consider",
		cite, Verified)
}

// scan sorts a list of conditions for a rule: the ones of the families the
// rule accepts (and in force on the date), and the ones of other families.
type scan struct {
	use, other []Condition
}

// scanConditions checks every condition is known and splits them by family.
// A condition of an accepted family that is not in force on the date goes
// to other.
func scanConditions(conds []Condition, on civil.Date, accept ...Family) (scan, Result, bool) {
	var s scan
	for _, c := range conds {
		it := c.Info()
		if it.Code == "" {
			return s, fail(CodeConditionUnknown, "a condition is unspecified or unknown ("+c.String()+")", "", FlagUnspecified), false
		}
		ok := false
		for _, f := range accept {
			ok = ok || c.Family() == f
		}
		if ok && it.InForce(on) {
			s.use = append(s.use, c)
		} else {
			s.other = append(s.other, c)
		}
	}
	return s, Result{}, true
}

// missing is the refusal when no condition of the wanted family was given:
// CodeWrongFamily (naming what each given condition is) when some were given,
// else the rule's own code.
func missing(code, want, cite string, s scan, on civil.Date) Result {
	if len(s.other) == 0 {
		return fail(code, "no "+want+" is given", cite, Verified)
	}
	return fail(CodeWrongFamily, "no "+want+" is given: "+describe(s.other, on), cite, Verified)
}

// describe says what each condition is, for a message.
func describe(cs []Condition, on civil.Date) string {
	var parts []string
	for _, c := range cs {
		p := c.String() + " is " + familyNames[c.Family()]
		if it := c.Info(); !it.InForce(on) {
			p += " and not in force on " + on.String()
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, "; ")
}

// joinCites joins the citations of the conditions, after a lead citation.
func joinCites(lead string, cs []Condition) (string, Flag) {
	parts := []string{lead}
	f := Verified
	for _, c := range cs {
		it := c.Info()
		parts = append(parts, it.Citation)
		f = weaker(f, it.Flag)
	}
	return strings.Join(parts, "; "), f
}

func codes(cs []Condition) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = c.String()
	}
	return strings.Join(s, ", ")
}
