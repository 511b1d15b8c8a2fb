package notice

import (
	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/schema"
)

// SchemaID is the $id of the JSON Schema this package writes (notice
// version 2); every notice document carries its version's id in "$schema".
// Parse also reads version 1 documents (SchemaV1ID) and migrates them.
const SchemaID = schema.NoticeID

// SchemaV1ID is the $id of notice version 1. A version 1 document is
// validated against its own kept schema and migrated: each source's boolean
// "data_subject" becomes "yes" or "no", and nothing else changes.
const SchemaV1ID = schema.NoticeV1ID

// Interpretations mark typed values that go beyond a notice's words. Any
// object in a notice may carry "interpreted": {"<member>": "<reason>"},
// meaning that the sibling member's typed value is the encoder's reading, for
// the stated reason, rather than what the notice says outright. Check says so
// in every finding that rests on an interpreted value, and reports such a
// finding as a warning at most.
type Interpretations map[string]string

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
	// Parent is the notice this one sits under (a council's corporate notice
	// for a service notice), where it names one: Check reads the items the
	// parent states as stated for this notice too (Options.Parent,
	// Options.Resolve).
	Parent *Parent `json:"parent,omitempty"`

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

	// Rights: Art 13(2)(b)-(d), 14(2)(c)-(e); DPA 2018 s44(1)(d).
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

	Interpreted Interpretations `json:"interpreted,omitempty"`
}

// Parent names the notice a notice sits under.
type Parent struct {
	// ID is the parent notice's id, by which Options.Resolve finds it.
	ID    string `json:"id"`
	URL   string `json:"url,omitempty"`
	Title Text   `json:"title,omitzero"`
	// Text is the notice's own words pointing to its parent.
	Text        Text            `json:"text,omitzero"`
	Interpreted Interpretations `json:"interpreted,omitempty"`
}

// Controller is the body that decides why and how data is processed.
type Controller struct {
	// Name: Art 13(1)(a); DPA 2018 s44(1)(a). Empty only with NotNamed.
	Name string `json:"name,omitempty"`
	// NotNamed: the notice does not name the controller (a service notice
	// relying on its parent). Without a parent that names it, Check reports
	// an error (Art 13(1)(a), 14(1)(a); s44(1)(a)).
	NotNamed bool `json:"not_named,omitempty"`
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
	Contact     *Contact        `json:"contact,omitempty"`
	Interpreted Interpretations `json:"interpreted,omitempty"`
}

// Contact is how to reach a person or office. Every field is optional:
// record exactly what the notice publishes.
type Contact struct {
	Name         string          `json:"name,omitempty"`
	Role         Text            `json:"role,omitzero"`
	Organisation string          `json:"organisation,omitempty"`
	Address      string          `json:"address,omitempty"`
	Emails       []string        `json:"emails,omitempty"`
	Phones       []Phone         `json:"phones,omitempty"`
	URLs         []string        `json:"urls,omitempty"`
	Text         Text            `json:"text,omitzero"`
	Interpreted  Interpretations `json:"interpreted,omitempty"`
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
	Number      string          `json:"number"`
	Note        Text            `json:"note,omitzero"`
	Interpreted Interpretations `json:"interpreted,omitempty"`
}

// Document is a document the notice refers to.
type Document struct {
	Title       Text            `json:"title"`
	URL         string          `json:"url,omitempty"`
	Text        Text            `json:"text,omitzero"`
	Interpreted Interpretations `json:"interpreted,omitempty"`
}
