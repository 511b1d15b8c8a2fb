// Package lawfulbasis holds the law that a privacy notice names, as dated
// tables and rules: the regimes (UK GDPR with DPA 2018 Part 2, DPA 2018
// Part 3, and for comparison EU GDPR and the EU LED), the lawful bases (UK
// GDPR Art 6(1), DPA 2018 s35(2)), and the conditions for special-category,
// criminal-offence and Part 3 sensitive processing (UK GDPR Art 9(2),
// Art 10, Annex 1; DPA 2018 Sch 1, s35(4), Sch 8).
//
// Everything here is encoded from the project's legal reference,
// docs/law.md, and from nothing else. Names are English
// paraphrases, never quotations.
//
// # Codes
//
// [Regime], [Basis] and [Condition] are uint8 enums whose zero value means "not
// stated". Each has one table that holds its code (the kebab-case JSON
// string, "public-task", "art-9-2-g", "sch-1-para-10"), its English name,
// its citation, the dates it is in force and the reference's flag for the
// row. Parse*, String and the text marshalling read the codes from that
// table, and Info returns the whole row as an [Item]. Unknown codes are
// errors that list the allowed ones.
//
// # Dates
//
// The law is read at a date, always passed in: nothing here reads the
// clock. The law's dates are one table, [Dates], named by [Commencement]
// (docs/law.md §1, §11.2, §11.3). The commencements of the Data (Use and
// Access) Act 2025 that the tables use are:
//
//   - 19 Aug 2025: Part 3 consent defined, DPA 2018 s33(1A) and s40A (DUAA
//     s69, s142(3)). docs/law.md gives "~19/20 Aug 2025", two months after Royal
//     Assent on 19 Jun 2025; the tables use 19 Aug 2025. Recorded as a
//     [Change]; no rule depends on it.
//   - 20 Aug 2025 (SI 2025/904 reg 2): the Art 9(2) chapeau requires an Art
//     6(1) basis; Art 9(2)(f) adds "tribunals"; "relevant international law"
//     in Art 6(3) and Art 9(2)(g).
//   - 5 Feb 2026 (SI 2026/82 reg 2): Art 6(1)(ea) recognised legitimate
//     interests and Annex 1; the public-authority bar extends to (ea); Sch 1
//     para 10 adds "investigating"; Sch 1 para 23 grace period of 30 days;
//     Sch 8 para 8 adds "preparation for disclosure"; Art 9(2)(j) refers to
//     Art 84B.
//   - 19 Jun 2026: nothing in these tables changes (the complaints changes
//     belong to the rights package).
//
// An Item's From and Until bound the days it is in force; a zero From
// means the reference does not state when it came into force, and the Note
// says so. No such date has been invented. The first day of each regime
// (docs/law.md §11.2) is [Regime.From]; for a day before it [RegimeExists]
// returns a [BeforeRegimeError], which callers give instead of an answer.
// Wording amendments that leave an item in force are listed in Item.Changes.
//
// # Rules
//
// Each rule returns a [Result]: OK, a stable kebab-case Code, a Reason that
// names the codes involved, the Citation relied on, and the weakest Flag of
// the rows it rests on.
//
//   - [BasisValid]: regime × basis × date (Art 6(1); s35(2)).
//   - [PublicAuthorityBasis]: no (f), and from 5 Feb 2026 no (ea), for a
//     public authority's tasks (Art 6(1) second subparagraph; DPA 2018 s7).
//   - [SpecialCategory]: an Art 9(2) condition, the Sch 1 condition that
//     (b), (g), (h), (i) or (j) needs (DPA 2018 s10), and from 20 Aug 2025
//     an Art 6(1) basis.
//   - [CriminalOffence]: Art 10 official authority or a Sch 1 Part 1-3
//     condition (DPA 2018 s10(4)-(5)).
//   - [Part3Sensitive]: s35(4) consent or a Sch 8 condition, with an
//     appropriate policy document (s35(3)-(5), s42).
//   - [RecognisedLegitimateInterest]: (ea) needs an Annex 1 condition.
//
// Condition methods give the structure the rules use: [Condition.Family],
// [Condition.Part] (of Sch 1), [Condition.NeedsSch1] and
// [Condition.Sch1Conditions] (docs/law.md §3.1), and
// [Condition.NeedsPolicyDocument] (docs/law.md §3.1-3.2, §4.2).
//
// # Failing safe
//
// A zero date, an unspecified or out-of-range code, or a question the
// reference does not answer is never OK. A condition from another family
// (a Sch 8 condition offered for UK GDPR special-category data, Art 9(2)(a)
// offered as Part 3 consent) never satisfies a rule, and the Reason names
// it. Where a rule cannot see a fact (strict necessity in Part 3 case 2;
// whether a Sch 1 para 10 processing is a disclosure to a competent
// authority) it says so, or assumes the stricter answer.
//
// # Derived and unverified rows
//
// Rows the answers rest on that the reference does not mark VERIFIED:
//
//   - DERIVED (docs/law.md §2.2): a public authority may rely on (f) or (ea) for
//     processing outside its public tasks. PublicAuthorityBasis returns it
//     with Code "outside-public-tasks" and Flag Derived.
//   - Annex 1 para 1 (public task disclosure response) is verified only in
//     part: its sub-limbs were not fully read (docs/law.md §2.3, §9 item 8).
//   - Annex 1 para 6: the wording and numbering of the definitions paragraph
//     are UNVERIFIED (docs/law.md §2.3).
//   - The EU LED: the reference has no row on its lawful bases, so
//     BasisValid answers no for every basis under "eu-led"
//     (Code "regime-not-covered").
//   - Sch 1 para 36: the reference does not say whether it needs an
//     appropriate policy document; NeedsPolicyDocument answers false.
//
// Rows the reference marks UNVERIFIED and that are therefore not encoded
// here at all include the commencement of DUAA ss79 and 88 (Part 3 legal
// professional privilege and national-security exemptions), the content of
// DPA 2018 Sch 1 paras 39-41 and the Information Commission transfer.
package lawfulbasis
