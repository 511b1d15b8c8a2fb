package notice

import (
	"github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/retention"
)

// Activity is one processing activity (a service) the notice describes.
type Activity struct {
	// ID is kebab-case and unique within the notice.
	ID          string `json:"id"`
	Name        Text   `json:"name"`
	Description Text   `json:"description,omitzero"`
	// Regime is the law that judges the activity: uk-gdpr (DPA 2018 Part 2),
	// dpa-2018-part-3 (law enforcement by a competent authority, s29-s31;
	// UK GDPR Art 2(2)(b) takes it out of the UK GDPR), eu-gdpr or eu-led.
	Regime lawfulbasis.Regime `json:"regime"`
	// Purposes: Art 13(1)(c); DPA 2018 s44(1)(c).
	Purposes []Purpose `json:"purposes,omitempty"`
	// LawfulBases: Art 13(1)(c); DPA 2018 s35(2), s44(2)(a).
	LawfulBases []LawfulBasis `json:"lawful_bases,omitempty"`
	// Conditions: Art 9(2) and Sch 1 (special-category data), Art 10 and
	// Sch 1 (criminal-offence data), s35(4)-(5) and Sch 8 (Part 3 sensitive
	// processing), Annex 1 (recognised legitimate interests).
	Conditions []Condition `json:"conditions,omitempty"`
	// PolicyDocument is the appropriate policy document (DPA 2018 Sch 1
	// Part 4; s42 for Part 3), where the notice names one.
	PolicyDocument *Document `json:"policy_document,omitempty"`
	// DataSubjects are the categories of people whose data is processed.
	DataSubjects []Text `json:"data_subjects,omitempty"`
	// DataCategories: Art 14(1)(d).
	DataCategories []DataCategory `json:"data_categories,omitempty"`
	// Sources: Art 14(2)(f). A source that is the data subject makes Art 13
	// apply; any other makes Art 14 apply; one that may be either, both.
	Sources []Source `json:"sources,omitempty"`
	// Recipients: Art 13(1)(e); DPA 2018 s44(2)(c).
	Recipients *Recipients `json:"recipients,omitempty"`
	// Transfers: Art 13(1)(f), 14(1)(f).
	Transfers *Transfers `json:"transfers,omitempty"`
	// Retention: Art 13(2)(a); DPA 2018 s44(2)(b).
	Retention []Retention `json:"retention,omitempty"`
	// AutomatedDecisions: Art 13(2)(f).
	AutomatedDecisions *AutomatedDecisions `json:"automated_decisions,omitempty"`
	// Requirement: Art 13(2)(e).
	Requirement *Requirement    `json:"requirement,omitempty"`
	Interpreted Interpretations `json:"interpreted,omitempty"`
}

// Purpose is one purpose of an activity.
type Purpose struct {
	ID   string `json:"id"`
	Text Text   `json:"text"`
	// PublicTask: whether the purpose is performed in the exercise of the
	// controller's public tasks (Art 6(1) second subparagraph). Nil: the
	// notice does not say.
	PublicTask  *bool           `json:"public_task,omitempty"`
	Interpreted Interpretations `json:"interpreted,omitempty"`
}

// LawfulBasis is a lawful basis as the notice states it.
type LawfulBasis struct {
	Basis lawfulbasis.Basis `json:"basis"`
	// Text is the notice's own words for the basis.
	Text Text `json:"text,omitzero"`
	// Purposes lists the ids of the purposes the basis serves; empty when
	// the notice does not link bases to purposes.
	Purposes []string `json:"purposes,omitempty"`
	// LegitimateInterests: Art 13(1)(d), the interests pursued where Art
	// 6(1)(f) is relied on.
	LegitimateInterests Text            `json:"legitimate_interests,omitzero"`
	Interpreted         Interpretations `json:"interpreted,omitempty"`
}

// Condition is a condition relied on, with what it is relied on for: either
// a Condition identified to its paragraph, or a General one the notice
// names without its paragraph ("substantial public interest").
type Condition struct {
	Condition lawfulbasis.Condition `json:"condition,omitzero"`
	For       ConditionUse          `json:"for"`
	Text      Text                  `json:"text,omitzero"`
	// General is a condition named only generally; Check treats it as a
	// condition named but not identified.
	General     GeneralCondition `json:"general,omitzero"`
	Interpreted Interpretations  `json:"interpreted,omitempty"`
}

// DataCategory is a category of personal data.
type DataCategory struct {
	// ID, where given, lets retention statements say which categories they
	// cover (Retention.DataCategories).
	ID              string          `json:"id,omitempty"`
	Name            Text            `json:"name"`
	Kind            DataKind        `json:"kind"`
	SpecialCategory SpecialCategory `json:"special_category,omitzero"`
	// Conditional holds the words of a condition on which the item is
	// collected ("(if appropriate)"), verbatim: a hedge.
	Conditional Text            `json:"conditional,omitzero"`
	Interpreted Interpretations `json:"interpreted,omitempty"`
}

// Source is where data comes from.
type Source struct {
	Name Text `json:"name"`
	// DataSubject says whether the data comes from the data subject (Art
	// 13), from elsewhere (Art 14), or may come from either (both).
	DataSubject DataSubjectSource `json:"data_subject"`
	Interpreted Interpretations   `json:"interpreted,omitempty"`
}

// Recipients says who data is shared with.
type Recipients struct {
	Shared      Sharing         `json:"shared"`
	Text        Text            `json:"text,omitzero"`
	Items       []Recipient     `json:"items,omitempty"`
	Interpreted Interpretations `json:"interpreted,omitempty"`
}

// Recipient is a recipient or category of recipients.
type Recipient struct {
	Name          Text  `json:"name"`
	Role          Role  `json:"role,omitzero"`
	RequiredByLaw *bool `json:"required_by_law,omitempty"`
	Text          Text  `json:"text,omitzero"`
	// Internal: another part of the same controller ("other council
	// departments"): not a disclosure to a third party.
	Internal bool `json:"internal,omitempty"`
	// May: the notice says data may (not will) go to this recipient.
	May         bool            `json:"may,omitempty"`
	Interpreted Interpretations `json:"interpreted,omitempty"`
}

// Transfers says whether data goes to a third country, and how.
type Transfers struct {
	Occurs Occurrence `json:"occurs"`
	Text   Text       `json:"text,omitzero"`
	Items  []Transfer `json:"items,omitempty"`
	// Territory is the territory the notice's statement is about; a UK
	// GDPR activity's statement about the EU says nothing about the UK.
	Territory   Territory       `json:"territory,omitzero"`
	Cites       []Provision     `json:"cites,omitempty"`
	Interpreted Interpretations `json:"interpreted,omitempty"`
}

// Transfer is a transfer, or kind of transfer, with its safeguard.
type Transfer struct {
	Destination Text      `json:"destination,omitzero"`
	Safeguard   Safeguard `json:"safeguard"`
	Text        Text      `json:"text,omitzero"`
	// Copy is the means to obtain a copy of the safeguard, or where it is
	// made available (Art 13(1)(f), 14(1)(f)).
	Copy        *Means          `json:"copy,omitempty"`
	Cites       []Provision     `json:"cites,omitempty"`
	Interpreted Interpretations `json:"interpreted,omitempty"`
}

// Means is how to obtain something: words, a web address or a contact.
type Means struct {
	Text        Text            `json:"text,omitzero"`
	URL         string          `json:"url,omitempty"`
	Contact     *Contact        `json:"contact,omitempty"`
	Interpreted Interpretations `json:"interpreted,omitempty"`
}

// Retention is one retention statement.
type Retention struct {
	AppliesTo Text          `json:"applies_to,omitzero"`
	Kind      RetentionKind `json:"kind"`
	// Period, for Kind period: ISO 8601.
	Period retention.Period `json:"period,omitzero"`
	// From is the event the period runs from, in the notice's words.
	From Text `json:"from,omitzero"`
	// Rules link the statement to the rules of a retention schedule that
	// implement it.
	Rules []RuleRef `json:"rules,omitempty"`
	// Text is the notice's own words.
	Text Text `json:"text,omitzero"`
	// Criterion, for Kind criteria, is the criterion the notice names
	// ("until the claim is closed"). Criteria without one do not meet Art
	// 13(2)(a).
	Criterion Text `json:"criterion,omitzero"`
	// DataCategories are the ids of the data categories the statement
	// covers; empty with no AppliesTo means the whole activity.
	DataCategories []string        `json:"data_categories,omitempty"`
	Interpreted    Interpretations `json:"interpreted,omitempty"`
}

// RuleRef names a rule in a retention schedule.
type RuleRef struct {
	Schedule    string          `json:"schedule"`
	Rule        string          `json:"rule"`
	Interpreted Interpretations `json:"interpreted,omitempty"`
}

// AutomatedDecisions: Art 13(2)(f), Arts 22A-22D (from 5 Feb 2026).
type AutomatedDecisions struct {
	Used        bool            `json:"used"`
	Text        Text            `json:"text,omitzero"`
	Logic       Text            `json:"logic,omitzero"`
	Cites       []Provision     `json:"cites,omitempty"`
	Interpreted Interpretations `json:"interpreted,omitempty"`
}

// Requirement: Art 13(2)(e).
type Requirement struct {
	Kind         RequirementKind `json:"kind"`
	Consequences Text            `json:"consequences,omitzero"`
	Text         Text            `json:"text,omitzero"`
	Interpreted  Interpretations `json:"interpreted,omitempty"`
}
