package notice

import (
	"github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/rights"
)

// Rights is what the notice says about data-subject rights.
type Rights struct {
	Text        Text             `json:"text,omitzero"`
	Exercise    *Contact         `json:"exercise,omitempty"`
	Items       []RightStatement `json:"items,omitempty"`
	Interpreted Interpretations  `json:"interpreted,omitempty"`
}

// RightStatement is one right as the notice states it.
type RightStatement struct {
	Right rights.Right `json:"right"`
	// Claimed is what the notice says; the zero value means "applies".
	Claimed Claim `json:"claimed,omitzero"`
	// Regimes limits the statement to some regimes ("not applicable to law
	// enforcement processing"); empty means all the notice's regimes.
	Regimes []lawfulbasis.Regime `json:"regimes,omitempty"`
	// Activities limits the statement to some activities, by id; empty
	// means every activity in Regimes. Check judges each activity against
	// the rights offered for it.
	Activities []string `json:"activities,omitempty"`
	Text       Text     `json:"text,omitzero"`
	Exercise   *Contact `json:"exercise,omitempty"`
	// Restrictions: DPA 2018 s44(4), s45(4), s48(3) grounds the controller
	// relies on to restrict the right.
	Restrictions []Restriction   `json:"restrictions,omitempty"`
	Cites        []Provision     `json:"cites,omitempty"`
	Interpreted  Interpretations `json:"interpreted,omitempty"`
}

// Restriction is a ground for restricting a right, as stated.
type Restriction struct {
	Ground      rights.RestrictionGround `json:"ground"`
	Text        Text                     `json:"text,omitzero"`
	Interpreted Interpretations          `json:"interpreted,omitempty"`
}

// Complaints: to the controller and to the Information Commissioner.
type Complaints struct {
	Controller   *Complaint      `json:"controller,omitempty"`
	Commissioner *Complaint      `json:"commissioner,omitempty"`
	Interpreted  Interpretations `json:"interpreted,omitempty"`
}

// Complaint is how to complain to one body.
type Complaint struct {
	Text        Text            `json:"text,omitzero"`
	Contact     *Contact        `json:"contact,omitempty"`
	Cites       []Provision     `json:"cites,omitempty"`
	Interpreted Interpretations `json:"interpreted,omitempty"`
}

// Cookies: what the notice says about cookies and similar technologies
// (PECR reg 6 and, from 5 Feb 2026, Sch A1).
type Cookies struct {
	Used   bool      `json:"used"`
	Text   Text      `json:"text,omitzero"`
	Policy *Document `json:"policy,omitempty"`
	// ConsentMechanism (version 1): whether the site asks for consent
	// before setting non-essential cookies. Consent says how.
	ConsentMechanism *bool `json:"consent_mechanism,omitempty"`
	// Groups are the groups of cookies the notice describes, each with its
	// purpose (PECR reg 6(2)(a)).
	Groups []CookieGroup `json:"groups,omitempty"`
	// Consent is how the notice says consent is given.
	Consent *CookieConsent `json:"consent,omitempty"`
	// Refusal lists the means the notice gives to refuse cookies.
	Refusal     []CookieRefusal `json:"refusal,omitempty"`
	Interpreted Interpretations `json:"interpreted,omitempty"`
}

// CookieGroup is a group of cookies or similar technologies.
type CookieGroup struct {
	Name Text       `json:"name"`
	Kind CookieKind `json:"kind"`
	// Purpose: PECR reg 6(2)(a), clear and comprehensive information about
	// the purposes.
	Purpose Text        `json:"purpose,omitzero"`
	Basis   CookieBasis `json:"basis"`
	// Objection is the means the notice gives to object to this group (PECR
	// Sch A1, for the analytics and functionality exceptions).
	Objection   Text            `json:"objection,omitzero"`
	Text        Text            `json:"text,omitzero"`
	Interpreted Interpretations `json:"interpreted,omitempty"`
}

// CookieConsent is how the notice says consent to cookies is given.
type CookieConsent struct {
	Mechanism ConsentMechanism `json:"mechanism"`
	// BeforeSetting: whether the notice says non-exempt cookies are set only
	// after consent. Nil: not stated.
	BeforeSetting *bool           `json:"before_setting,omitempty"`
	Text          Text            `json:"text,omitzero"`
	Interpreted   Interpretations `json:"interpreted,omitempty"`
}

// CookieRefusal is a means the notice gives to refuse or remove cookies.
type CookieRefusal struct {
	Means       RefusalMeans    `json:"means"`
	Text        Text            `json:"text,omitzero"`
	Interpreted Interpretations `json:"interpreted,omitempty"`
}

// Statement is any other statement the notice makes, typed where its kind
// is one Check or a reader relies on (NotPublished, Assurance).
type Statement struct {
	Kind        StatementKind   `json:"kind,omitzero"`
	Topic       string          `json:"topic"`
	Heading     Text            `json:"heading,omitzero"`
	Text        Text            `json:"text"`
	Cites       []Provision     `json:"cites,omitempty"`
	Interpreted Interpretations `json:"interpreted,omitempty"`
}
