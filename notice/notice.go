package notice

import (
	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/retention"
	"github.com/noticekit/noticekit/rights"
	"github.com/noticekit/noticekit/schema"
)

// SchemaID is the $id of the JSON Schema this package reads and writes; every
// notice document carries it in "$schema".
const SchemaID = schema.NoticeID

// Notice is a privacy notice: what a controller tells people about one or
// more processing activities (UK GDPR Arts 12-14; DPA 2018 s44).
//
// Optional facts are pointers or zero values: absent means "the notice does
// not say", which is different from "no" and is what Check reports on.
type Notice struct {
	// Schema is the $id of the schema the document was written for.
	Schema string `json:"$schema"`
	// ID names the notice, kebab-case, unique among a publisher's notices.
	ID string `json:"id"`
	// Title is the notice's heading as published.
	Title Text `json:"title,omitzero"`
	// Language is the BCP 47 tag of the default language: plain Text
	// values are in it.
	Language string `json:"language"`
	// Version is the controller's version label, where given.
	Version string `json:"version,omitempty"`
	// Published is the date the notice was first published, where given.
	Published civil.Date `json:"published,omitzero"`
	// LastUpdated is the "last updated" date the notice states.
	LastUpdated civil.Date `json:"last_updated,omitzero"`
	// URL is the notice's canonical address.
	URL string `json:"url,omitempty"`
	// ChangePolicy is what the notice says about how it changes and how
	// readers are told (Art 13(3) for new purposes; good practice otherwise).
	ChangePolicy Text `json:"change_policy,omitzero"`

	// Controller: Art 13(1)(a), 14(1)(a); DPA 2018 s44(1)(a).
	Controller Controller `json:"controller"`
	// DPO: Art 13(1)(b), 14(1)(b); DPA 2018 s44(1)(b). Public authorities
	// must designate one (Art 37(1)(a)).
	DPO *Contact `json:"dpo,omitempty"`
	// Representative: Art 13(1)(a), for controllers outside the UK (Art 27).
	Representative *Contact `json:"representative,omitempty"`
	// Enquiries is where to ask about the notice itself, where the notice
	// gives a contact other than the controller's or the DPO's.
	Enquiries *Contact `json:"enquiries,omitempty"`

	// Activities are the processing activities (services) described.
	Activities []Activity `json:"activities"`

	// Rights: Art 13(2)(b)-(d), 14(2)(c)-(e); DPA 2018 s44(1)(c).
	Rights *Rights `json:"rights,omitempty"`
	// Complaints: Art 13(2)(d) and DPA 2018 s164A (to the controller, from
	// 19 Jun 2026) and s165 (to the Information Commissioner).
	Complaints *Complaints `json:"complaints,omitempty"`
	// Cookies, where the notice covers a website (PECR reg 6).
	Cookies *Cookies `json:"cookies,omitempty"`
	// RelatedDocuments are the documents the notice points to: a primary
	// notice, a retention schedule, a consent statement, guidance.
	RelatedDocuments []Document `json:"related_documents,omitempty"`
	// Statements hold everything else the notice says (security measures,
	// accuracy, children, principles, monitoring…), so nothing is lost.
	Statements []Statement `json:"statements,omitempty"`
}

// Controller is the body that decides why and how data is processed.
type Controller struct {
	// Name: Art 13(1)(a); DPA 2018 s44(1)(a).
	Name string `json:"name"`
	// Kind of body.
	Kind ControllerKind `json:"kind,omitzero"`
	// PublicAuthority: whether the controller is a public authority under
	// DPA 2018 s7; if so Art 6(1)(ea) and (f) are unavailable for its tasks
	// (Art 6(1) second subparagraph). Nil: not stated.
	PublicAuthority *bool `json:"public_authority,omitempty"`
	// CompetentAuthority: whether the controller is a competent authority
	// for DPA 2018 Part 3 (s30, Sch 7). Nil: not stated.
	CompetentAuthority *bool `json:"competent_authority,omitempty"`
	// ICORegistration is the controller's number in the Information
	// Commissioner's register of fee payers.
	ICORegistration string `json:"ico_registration,omitempty"`
	// Contact: Art 13(1)(a) "contact details of the controller".
	Contact *Contact `json:"contact,omitempty"`
}

// Contact is how to reach a person or office. Every field is optional:
// record exactly what the notice publishes.
type Contact struct {
	Name         string   `json:"name,omitempty"`
	Role         Text     `json:"role,omitzero"`
	Organisation string   `json:"organisation,omitempty"`
	Address      string   `json:"address,omitempty"`
	Emails       []string `json:"emails,omitempty"`
	Phones       []Phone  `json:"phones,omitempty"`
	URLs         []string `json:"urls,omitempty"`
	Text         Text     `json:"text,omitzero"`
}

// IsZero reports whether c holds no way of making contact and no text.
func (c *Contact) IsZero() bool {
	return c == nil || (c.Name == "" && c.Role.IsZero() && c.Organisation == "" && c.Address == "" &&
		len(c.Emails) == 0 && len(c.Phones) == 0 && len(c.URLs) == 0 && c.Text.IsZero())
}

// Reachable reports whether c gives a means of contact: an address, an
// email, a phone number or a web address.
func (c *Contact) Reachable() bool {
	return c != nil && (c.Address != "" || len(c.Emails) > 0 || len(c.Phones) > 0 || len(c.URLs) > 0)
}

// Phone is a telephone number as published, with any note ("local rate").
type Phone struct {
	Number string `json:"number"`
	Note   Text   `json:"note,omitzero"`
}

// Document is a document the notice refers to.
type Document struct {
	Title Text   `json:"title"`
	URL   string `json:"url,omitempty"`
	Text  Text   `json:"text,omitzero"`
}

// Activity is one processing activity (a service) the notice describes.
type Activity struct {
	// ID is kebab-case and unique within the notice.
	ID          string `json:"id"`
	Name        Text   `json:"name"`
	Description Text   `json:"description,omitzero"`
	// Regime: uk-gdpr (DPA 2018 Part 2) or dpa-2018-part-3 (law
	// enforcement by a competent authority, s29-s31).
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
	// apply; any other makes Art 14 apply.
	Sources []Source `json:"sources,omitempty"`
	// Recipients: Art 13(1)(e); DPA 2018 s44(2)(c).
	Recipients *Recipients `json:"recipients,omitempty"`
	// Transfers: Art 13(1)(f).
	Transfers *Transfers `json:"transfers,omitempty"`
	// Retention: Art 13(2)(a); DPA 2018 s44(2)(b).
	Retention []Retention `json:"retention,omitempty"`
	// AutomatedDecisions: Art 13(2)(f).
	AutomatedDecisions *AutomatedDecisions `json:"automated_decisions,omitempty"`
	// Requirement: Art 13(2)(e).
	Requirement *Requirement `json:"requirement,omitempty"`
}

// Purpose is one purpose of an activity.
type Purpose struct {
	ID   string `json:"id"`
	Text Text   `json:"text"`
	// PublicTask: whether the purpose is performed in the exercise of the
	// controller's public tasks (Art 6(1) second subparagraph). Nil: the
	// notice does not say.
	PublicTask *bool `json:"public_task,omitempty"`
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
	LegitimateInterests Text `json:"legitimate_interests,omitzero"`
}

// Condition is a condition relied on, with what it is relied on for.
type Condition struct {
	Condition lawfulbasis.Condition `json:"condition"`
	For       ConditionUse          `json:"for"`
	Text      Text                  `json:"text,omitzero"`
}

// DataCategory is a category of personal data.
type DataCategory struct {
	Name            Text            `json:"name"`
	Kind            DataKind        `json:"kind"`
	SpecialCategory SpecialCategory `json:"special_category,omitzero"`
}

// Source is where data comes from.
type Source struct {
	Name Text `json:"name"`
	// DataSubject is true when the data comes from the data subject.
	DataSubject bool `json:"data_subject"`
}

// Recipients says who data is shared with.
type Recipients struct {
	Shared Sharing     `json:"shared"`
	Text   Text        `json:"text,omitzero"`
	Items  []Recipient `json:"items,omitempty"`
}

// Recipient is a recipient or category of recipients.
type Recipient struct {
	Name          Text  `json:"name"`
	Role          Role  `json:"role,omitzero"`
	RequiredByLaw *bool `json:"required_by_law,omitempty"`
	Text          Text  `json:"text,omitzero"`
}

// Transfers says whether data goes to a third country, and how.
type Transfers struct {
	Occurs Occurrence `json:"occurs"`
	Text   Text       `json:"text,omitzero"`
	Items  []Transfer `json:"items,omitempty"`
}

// Transfer is a transfer, or kind of transfer, with its safeguard.
type Transfer struct {
	Destination Text      `json:"destination,omitzero"`
	Safeguard   Safeguard `json:"safeguard"`
	Text        Text      `json:"text,omitzero"`
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
}

// RuleRef names a rule in a retention schedule.
type RuleRef struct {
	Schedule string `json:"schedule"`
	Rule     string `json:"rule"`
}

// AutomatedDecisions: Art 13(2)(f), Arts 22A-22D (from 5 Feb 2026).
type AutomatedDecisions struct {
	Used  bool `json:"used"`
	Text  Text `json:"text,omitzero"`
	Logic Text `json:"logic,omitzero"`
}

// Requirement: Art 13(2)(e).
type Requirement struct {
	Kind         RequirementKind `json:"kind"`
	Consequences Text            `json:"consequences,omitzero"`
	Text         Text            `json:"text,omitzero"`
}

// Rights is what the notice says about data-subject rights.
type Rights struct {
	Text     Text             `json:"text,omitzero"`
	Exercise *Contact         `json:"exercise,omitempty"`
	Items    []RightStatement `json:"items,omitempty"`
}

// RightStatement is one right as the notice states it.
type RightStatement struct {
	Right rights.Right `json:"right"`
	// Claimed is what the notice says; the zero value means "applies".
	Claimed Claim `json:"claimed,omitzero"`
	// Regimes limits the statement to some regimes ("not applicable to law
	// enforcement processing"); empty means all the notice's regimes.
	Regimes  []lawfulbasis.Regime `json:"regimes,omitempty"`
	Text     Text                 `json:"text,omitzero"`
	Exercise *Contact             `json:"exercise,omitempty"`
	// Restrictions: DPA 2018 s44(4), s45(4), s48(3) grounds the controller
	// relies on to restrict the right.
	Restrictions []Restriction `json:"restrictions,omitempty"`
}

// Restriction is a ground for restricting a right, as stated.
type Restriction struct {
	Ground rights.RestrictionGround `json:"ground"`
	Text   Text                     `json:"text,omitzero"`
}

// Complaints: to the controller and to the Information Commissioner.
type Complaints struct {
	Controller   *Complaint `json:"controller,omitempty"`
	Commissioner *Complaint `json:"commissioner,omitempty"`
}

// Complaint is how to complain to one body.
type Complaint struct {
	Text    Text     `json:"text,omitzero"`
	Contact *Contact `json:"contact,omitempty"`
}

// Cookies: what the notice says about cookies and similar technologies.
type Cookies struct {
	Used             bool      `json:"used"`
	Text             Text      `json:"text,omitzero"`
	Policy           *Document `json:"policy,omitempty"`
	ConsentMechanism *bool     `json:"consent_mechanism,omitempty"`
}

// Statement is any other statement the notice makes.
type Statement struct {
	Topic   string `json:"topic"`
	Heading Text   `json:"heading,omitzero"`
	Text    Text   `json:"text"`
}
