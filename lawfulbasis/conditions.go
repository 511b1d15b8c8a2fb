package lawfulbasis

import "github.com/noticekit/noticekit/internal/enum"

// Family is the group of law a Condition belongs to. A condition satisfies
// only the rules of its own family: a DPA 2018 Sch 8 condition never makes
// UK GDPR special-category processing lawful.
type Family uint8

// Families.
const (
	FamilyUnspecified Family = iota
	FamilyArt9               // art-9: UK GDPR Art 9(2) conditions for special-category data
	FamilySch1               // sch-1: DPA 2018 Sch 1 conditions (Parts 1-3), s10
	FamilyArt10              // art-10: UK GDPR Art 10(1), under the control of official authority
	FamilyS35                // s35-4: DPA 2018 s35(4), Part 3 sensitive processing with consent
	FamilySch8               // sch-8: DPA 2018 Sch 8 conditions, Part 3 sensitive processing, s35(5)
	FamilyAnnex1             // annex-1: UK GDPR Annex 1, recognised legitimate interest conditions, Art 6(1)(ea)
)

var familyCodes = [...]string{"", "art-9", "sch-1", "art-10", "s35-4", "sch-8", "annex-1"}

// familyNames describe each family in messages.
var familyNames = [...]string{
	"",
	"a UK GDPR Art 9(2) condition",
	"a DPA 2018 Sch 1 condition",
	"the UK GDPR Art 10(1) official-authority condition",
	"DPA 2018 Part 3 consent (s35(4))",
	"a DPA 2018 Part 3 condition (Sch 8)",
	"a UK GDPR Annex 1 recognised-legitimate-interest condition",
}

// String returns the family's code ("art-9", "sch-8"…).
func (f Family) String() string { return enum.String("family", familyCodes[:], f) }

// Family returns the group of law c belongs to; FamilyUnspecified for an
// unspecified or unknown condition.
func (c Condition) Family() Family { return c.row().family }

// Part returns the Part of DPA 2018 Sch 1 that a Sch 1 condition is in: 1
// (employment, health and research), 2 (substantial public interest) or 3
// (additional conditions for criminal offence data). It returns 0 for any
// other condition.
func (c Condition) Part() int { return c.row().part }

// NeedsSch1 reports whether the UK GDPR Art 9(2) condition c must be
// accompanied by a DPA 2018 Sch 1 condition, and from which Part: Part 1 for
// (b), (h), (i) and (j) (DPA 2018 s10(2)); Part 2 for (g) (s10(3)). For
// (a), (c), (d), (e), (f) and for conditions of other families it returns
// 0, false. Sch1Conditions lists exactly which conditions qualify.
func (c Condition) NeedsSch1() (part int, needs bool) {
	r := c.row()
	switch {
	case r.needsPart != 0:
		return r.needsPart, true
	case len(r.needs) > 0:
		return r.needs[0].Part(), true
	}
	return 0, false
}

// Sch1Conditions returns the DPA 2018 Sch 1 conditions that can accompany the
// Art 9(2) condition c (docs/law.md §3.1): para 1 for (b), para 2 for (h), para 3
// for (i), para 4 for (j) (s10(2)); any of paras 6-28 for (g) (s10(3)). It
// returns nil when c needs no Sch 1 condition.
func (c Condition) Sch1Conditions() []Condition {
	r := c.row()
	if r.needsPart == 0 {
		return append([]Condition(nil), r.needs...)
	}
	var out []Condition
	for i := range conditionTable {
		if conditionTable[i].family == FamilySch1 && conditionTable[i].part == r.needsPart {
			out = append(out, Condition(i))
		}
	}
	return out
}

// satisfiesSch1 reports whether s is one of the Sch 1 conditions the Art
// 9(2) condition c needs.
func (c Condition) satisfiesSch1(s Condition) bool {
	r := c.row()
	sr := s.row()
	if sr.family != FamilySch1 {
		return false
	}
	if r.needsPart != 0 {
		return sr.part == r.needsPart
	}
	for _, n := range r.needs {
		if n == s {
			return true
		}
	}
	return false
}

// NeedsPolicyDocument reports whether relying on c requires an appropriate
// policy document (APD), where the reference says so:
//
//   - DPA 2018 Sch 1 para 1 (Part 1) and para 35 (Part 3);
//   - every Sch 1 Part 2 condition (para 5) except para 13; para 10 is
//     exempt only for disclosure to a competent authority, which this method
//     cannot see, so it answers true for para 10 (fail safe);
//   - Part 3 sensitive processing: s35(4) consent and every Sch 8 condition
//     (s35(4)-(5), s42).
//
// It answers false for everything else, including Sch 1 para 36, on which
// the reference is silent.
func (c Condition) NeedsPolicyDocument() bool { return c.row().apd }

func (c Condition) row() *conditionRow {
	if int(c) >= len(conditionTable) {
		return &conditionTable[0]
	}
	return &conditionTable[c]
}

// AcceptsSch1 reports whether the DPA 2018 Sch 1 condition s is one that
// the Art 9(2) condition c needs (s10(2)-(3)): para 1 for (b), para 2 for
// (h), para 3 for (i), para 4 for (j), a Part 2 paragraph for (g).
func (c Condition) AcceptsSch1(s Condition) bool { return c.satisfiesSch1(s) }
