// Package notice is the privacy notice as data: Go types for everything UK
// GDPR Arts 13 and 14 and DPA 2018 s44 require a notice to say, a strict
// reader, canonical JSON, and [Check], which reports what a notice fails to
// say or says inconsistently with the law.
//
// # Reading and writing
//
// [Parse] runs the strict reader and the notice JSON Schema (package schema),
// decodes into the types (unknown fields are errors) and checks integrity
// (unique ids, references that resolve). Every failure is a [*strict.Error]
// whose problems carry a JSON pointer and a line and column:
//
//	n, err := notice.Parse(data)
//	var se *strict.Error
//	if errors.As(err, &se) {
//		for _, p := range se.Problems { fmt.Printf("%d:%d: %s: %s\n", p.Line, p.Column, p.Pointer, p.Message) }
//	}
//
// [Marshal] writes canonical JSON (fields in schema order, 2-space indent, no
// HTML escaping); a parsed canonical document marshals back to the same
// bytes.
//
// # The model
//
// A [Notice] is published by a [Controller] and describes one or more
// Activities. Each [Activity] has a Regime (uk-gdpr or dpa-2018-part-3), its
// purposes, lawful bases (linked to purposes where the notice links them),
// conditions for special-category, criminal-offence or Part 3 sensitive
// processing, data subjects, data categories, sources, recipients,
// transfers, retention, automated decision-making and whether providing the
// data is required. Rights, complaints and cookies are stated once for the
// notice. Anything else a notice says is kept in Statements ([Statement]), so that an
// encoding loses nothing.
//
// # Versions
//
// Documents name their schema in "$schema". Version 2 ([SchemaID]) is what
// Marshal writes. Version 1 documents ([SchemaV1ID]) are still read: Parse
// validates them against the kept version 1 schema and migrates them (a
// source's boolean data_subject becomes "yes" or "no"; nothing else changes).
// A version 1 document that uses a version 2 member is refused by the version
// 1 schema, naming the member: change "$schema" to SchemaID to use it.
//
// # Faithful typing: hedges, interpretations and the parent notice
//
// A typed value says no more than the notice's words, which are kept
// verbatim beside it in a text member. Hedges have typed homes: recipients
// shared "may" ("might be shared"), a [Recipient] that May receive data or is
// Internal (another part of the controller), a [DataCategory] collected on a
// Conditional ("(if appropriate)"), a [Source] that "may-be" the data subject
// (both Art 13 and Art 14 then apply), a [Condition] named only generally
// ("substantial public interest", General), typed Statements (NotPublished,
// Assurance) and rights offered for some Activities or Regimes only.
//
// Where an encoder must go beyond the words, the object carries an
// [Interpretations] mark: "interpreted": {"<member>": "<reason>"}. Parse
// checks that each mark names a member beside it; Check says "rests on an
// interpretation" in every finding that depends on a marked value, and
// reports such a finding as a warning at most; a marked value the finding
// does not use leaves it as the law grades it. Check also judges the notice
// with its marked values set aside, and reports what only that finds (an
// item that only a reading satisfies) as a warning naming the reading.
//
// A service notice may sit under a corporate notice ([Parent]) and leave the
// controller "not named" ([Controller.NotNamed]). Check judges the pair when
// the parent is given ([Options.Parent], or [Options.Resolve] by id).
//
// Absent is not the same as "no". An optional fact that the notice does not
// give is a nil pointer or a zero value, and Check reports it where the law
// requires it. Where a notice is vague the model says so explicitly: a
// retention of kind "not-stated" carries the published words; recipients
// can be "not-routinely" shared; a transfer safeguard can be "not-stated".
//
// # Checking
//
// [Check] (and [CheckWith], which takes [Options]: retention schedules to resolve
// and compare rule links against, and the parent notice) reads the law as it
// stood on a given date and returns Findings ([Finding]): a stable code, a severity, the
// JSON pointer of the part of the notice concerned, a citation, a message
// for a data protection officer and the regimes whose rules judged it.
//
// Each activity is judged by its own regime only: UK GDPR Arts 13/14 for a
// uk-gdpr activity, DPA 2018 s44(1) and s44(2) for a dpa-2018-part-3 one
// (UK GDPR Art 2(2)(b) takes law-enforcement processing out of the UK GDPR),
// LED Art 13(1) for the EU LED. Every code is in [Catalogue], one table whose
// Rules name the regimes and dates each applies to with its citation and
// severity; FINDINGS.md is generated from it. Severities follow one written
// policy (see [Severity]): error for a statutory item absent or a statement
// the law contradicts (a stated condition that cannot apply among them),
// warning for a likely defect needing judgement (and every s44(2) omission,
// and a missing Art 9 / Sch 1, Art 10 or Sch 8 condition, which a notice
// need not state), info for good practice.
//
// Dated citations follow the law's calendar ([lawfulbasis.Dates]): Art 77
// before 19 June 2026 and DPA 2018 s165 from then; transfers under Arts
// 44A and 45A, with the means to obtain a copy of the safeguards, from 5
// February 2026; complaints to the controller from 19 June 2026
// for UK GDPR and Part 3 processing only; Part 3 consent withdrawal from 19
// August 2025. A date before an activity's regime existed gets a
// date-before-regime finding alone ([LawExists] returns it as an error).
//
// Cookies and similar technologies are judged under PECR reg 6 and, from 5
// February 2026, Sch A1, for a notice with UK processing (PECR is UK law; an
// EU-only notice gets no PECR finding): a purpose for each group, consent for cookies that
// fit no exception (legitimate interests and browser settings are not
// consent), and a means to object for the analytics and functionality
// exceptions.
//
//	for _, f := range notice.Check(n, civil.Today()) {
//		fmt.Println(f) // pointer: severity code: message (citation)
//	}
//
// # Human text
//
// [Text] is either a plain string in the notice's default Language or a set
// of translations keyed by BCP 47 tags ({"en": "…", "cy": "…"}), parsed
// with golang.org/x/text/language. [Text.Best] picks the translation for a
// reader's preferred languages with x/text's Matcher. Translations must come
// from the publisher: noticekit never machine-translates.
package notice

//go:generate go run gen_enums.go
