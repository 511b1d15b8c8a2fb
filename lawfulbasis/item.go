package lawfulbasis

import (
	"slices"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/internal/enum"
)

// Flag says how far a row of the law tables was checked, copied from the
// flag of its row in the project's legal reference (docs/law.md).
// The zero value, FlagUnspecified, is never used by a table row.
type Flag uint8

// Flags, from strongest to weakest.
const (
	FlagUnspecified   Flag = iota
	Verified               // verified: checked against the statutory text or official guidance
	VerifiedSecondary      // verified-secondary: checked against a reputable secondary source only
	Derived                // derived: follows from verified text but is not stated in any source read
	Unverified             // unverified: not checked against a primary source
)

var flagCodes = [...]string{"", "verified", "verified-secondary", "derived", "unverified"}

// String returns the flag's code ("verified", "derived"…).
func (f Flag) String() string { return enum.String("flag", flagCodes[:], f) }

// MarshalText returns the flag's code; the unspecified value is an error.
func (f Flag) MarshalText() ([]byte, error) { return enum.Marshal("flag", flagCodes[:], f) }

// weaker returns the weaker of two flags; an unspecified flag is weakest of
// all, so a result that rests on an unflagged row never looks verified.
func weaker(a, b Flag) Flag {
	if a == FlagUnspecified || b == FlagUnspecified {
		return FlagUnspecified
	}
	return max(a, b)
}

// Item describes one regime, basis or condition: its code, English name,
// citation, the dates it is in force and how far the reference checked it.
type Item struct {
	Code     string // the kebab-case code, as in JSON ("public-task")
	Name     string // English name (a paraphrase, never a quotation of the statute)
	Citation string // article, section or paragraph, e.g. "UK GDPR Art 6(1)(e), 6(3); DPA 2018 s8"
	// From is the first day the item is in force. The zero Date means no
	// lower bound is known: the reference does not state one (see Note).
	From civil.Date
	// Until is the last day the item is in force; the zero Date means it is
	// still in force.
	Until civil.Date
	Flag  Flag   // the reference's flag for the row
	Note  string // caveats: a missing commencement date, a partly read source
	// Changes lists amendments to the wording that took effect while the item
	// stayed in force (DUAA 2025 commencements), oldest first.
	Changes []Change
}

// Change is a dated amendment to an item's wording (docs/law.md §1).
type Change struct {
	On       civil.Date // first day the new wording applies
	Citation string     // the amending provision and its commencement
	What     string     // the new wording, paraphrased
	Flag     Flag       // the reference's flag for the row
	Note     string     // caveats, e.g. how the day was computed
}

// InForce reports whether the item is in force on the date on. The zero
// date is never in force (fail safe): a question about law must name its date.
func (it Item) InForce(on civil.Date) bool {
	if on.IsZero() || it.Code == "" {
		return false
	}
	if !it.From.IsZero() && on.Before(it.From) {
		return false
	}
	if !it.Until.IsZero() && on.After(it.Until) {
		return false
	}
	return true
}

// Info returns the regime's row of the law tables; an unspecified or
// unknown regime gives the zero Item.
func (r Regime) Info() Item { return info(regimeTable[:], int(r)) }

// Info returns the basis's row of the law tables (UK GDPR Art 6(1); DPA
// 2018 s35(2)); an unspecified or unknown basis gives the zero Item.
func (b Basis) Info() Item { return info(basisTable[:], int(b)) }

// Info returns the condition's row of the law tables (UK GDPR Art 9(2),
// Art 10, Annex 1; DPA 2018 Sch 1, s35(4), Sch 8); an unspecified or unknown
// condition gives the zero Item.
func (c Condition) Info() Item {
	if int(c) >= len(conditionTable) {
		return Item{}
	}
	it := conditionTable[c].Item
	it.Changes = slices.Clone(it.Changes)
	return it
}

func info(table []Item, i int) Item {
	if i <= 0 || i >= len(table) {
		return Item{}
	}
	it := table[i]
	it.Changes = slices.Clone(it.Changes) // the tables are never handed out
	return it
}
