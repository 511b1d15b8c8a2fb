package rights

import "github.com/noticekit/noticekit/internal/enum"

// Right is a data-subject right (UK GDPR Chapter III; DPA 2018 Part 3
// Chapter 3; their EU counterparts). The zero value, RightUnspecified, means
// "not stated". The order of the constants is the order of every table this
// package returns.
type Right uint8

// Rights.
const (
	RightUnspecified        Right = iota
	BeInformed                    // be-informed: UK GDPR Arts 13, 14; DPA 2018 s44
	Access                        // access: UK GDPR Art 15; DPA 2018 s45
	Rectification                 // rectification: UK GDPR Art 16; DPA 2018 s46
	Erasure                       // erasure: UK GDPR Art 17; DPA 2018 s47
	Restriction                   // restriction: UK GDPR Art 18; DPA 2018 s47
	Portability                   // portability: UK GDPR Art 20
	Object                        // object: UK GDPR Art 21(1)
	ObjectDirectMarketing         // object-direct-marketing: UK GDPR Art 21(2)-(3)
	AutomatedDecisionMaking       // automated-decision-making: UK GDPR Art 22 / Arts 22A-22D; DPA 2018 ss49-50 / 50A-50D
	WithdrawConsent               // withdraw-consent: UK GDPR Art 7(3); DPA 2018 s40A
	ComplainToController          // complain-to-controller: DPA 2018 s164A (from 19 Jun 2026)
	ComplainToCommissioner        // complain-to-commissioner: UK GDPR Art 77 (until 18 Jun 2026); DPA 2018 s165
)

var rightCodes = [...]string{"", "be-informed", "access", "rectification", "erasure", "restriction",
	"portability", "object", "object-direct-marketing", "automated-decision-making",
	"withdraw-consent", "complain-to-controller", "complain-to-commissioner"}

const numRights = len(rightCodes) - 1

// ParseRight returns the Right with the given code (such as "access"). The
// error lists the valid codes.
func ParseRight(s string) (Right, error) { return enum.Parse[Right]("right", rightCodes[:], s) }

// All returns every right, in table order.
func All() []Right { return enum.All[Right](rightCodes[:]) }

// String returns the right's code.
func (r Right) String() string { return enum.String("right", rightCodes[:], r) }

// MarshalText returns the code; the unspecified value is an error.
func (r Right) MarshalText() ([]byte, error) { return enum.Marshal("right", rightCodes[:], r) }

// UnmarshalText parses a code, rejecting unknown ones.
func (r *Right) UnmarshalText(b []byte) (err error) { *r, err = ParseRight(string(b)); return }

// Status says whether a right applies. The zero value, StatusUnspecified,
// is never returned by For.
type Status uint8

// Statuses.
const (
	StatusUnspecified Status = iota
	// Applies (applies): the data subject has the right (subject, always, to
	// the general exemptions of DPA 2018 Schs 2-4 and s26 under UK GDPR).
	Applies
	// Qualified (qualified): the right exists but the law lets the controller
	// restrict it on stated grounds, or it applies only in stated
	// circumstances; the Reason says which.
	Qualified
	// DoesNotApply (does-not-apply): the right does not exist for this
	// regime, basis and date.
	DoesNotApply
)

var statusCodes = [...]string{"", "applies", "qualified", "does-not-apply"}

// ParseStatus returns the Status with the given code (such as "applies").
func ParseStatus(s string) (Status, error) {
	return enum.Parse[Status]("status", statusCodes[:], s)
}

// Statuses returns every status, in table order.
func Statuses() []Status { return enum.All[Status](statusCodes[:]) }

// String returns the status's code.
func (s Status) String() string { return enum.String("status", statusCodes[:], s) }

// MarshalText returns the code; the unspecified value is an error.
func (s Status) MarshalText() ([]byte, error) { return enum.Marshal("status", statusCodes[:], s) }

// UnmarshalText parses a code, rejecting unknown ones.
func (s *Status) UnmarshalText(b []byte) (err error) { *s, err = ParseStatus(string(b)); return }

// RestrictionGround is a ground on which a DPA 2018 Part 3 controller may
// restrict the specific-case information (s44(4)), the right of access
// (s45(4)) and the reasons for refusing rectification or erasure (s48(3)).
// The zero value, GroundUnspecified, means "not stated".
type RestrictionGround uint8

// Restriction grounds, in the order of the lettered paragraphs (a)–(e) of
// s44(4), s45(4) and s48(3).
const (
	GroundUnspecified       RestrictionGround = iota
	AvoidObstructingInquiry                   // avoid-obstructing-inquiry: (a) an official or legal inquiry, investigation or procedure
	AvoidPrejudicingCrime                     // avoid-prejudicing-crime: (b) prevention, detection, investigation or prosecution of offences, or execution of penalties
	PublicSecurity                            // public-security: (c) protect public security
	NationalSecurity                          // national-security: (d) protect national security (moved to s78A by DUAA s88)
	RightsOfOthers                            // rights-of-others: (e) protect the rights and freedoms of others
)

var groundCodes = [...]string{"", "avoid-obstructing-inquiry", "avoid-prejudicing-crime",
	"public-security", "national-security", "rights-of-others"}

// ParseRestrictionGround returns the RestrictionGround with the given code
// (such as "public-security").
func ParseRestrictionGround(s string) (RestrictionGround, error) {
	return enum.Parse[RestrictionGround]("restriction ground", groundCodes[:], s)
}

// AllRestrictionGrounds returns every restriction ground, in table order.
func AllRestrictionGrounds() []RestrictionGround {
	return enum.All[RestrictionGround](groundCodes[:])
}

// String returns the ground's code.
func (g RestrictionGround) String() string {
	return enum.String("restriction ground", groundCodes[:], g)
}

// MarshalText returns the code; the unspecified value is an error.
func (g RestrictionGround) MarshalText() ([]byte, error) {
	return enum.Marshal("restriction ground", groundCodes[:], g)
}

// UnmarshalText parses a code, rejecting unknown ones.
func (g *RestrictionGround) UnmarshalText(b []byte) (err error) {
	*g, err = ParseRestrictionGround(string(b))
	return
}
