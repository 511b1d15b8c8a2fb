package render

import (
	"encoding"
	"reflect"

	"github.com/noticekit/noticekit/lawfulbasis"
)

// Label is how a code is shown to people: an English label, the citation of
// the provision the code stands for (empty where the code encodes no law),
// and a Welsh label with the published page it comes from, where one exists.
//
// Welsh labels are taken only from published Welsh text (see the package
// documentation, # Welsh); a label without one is shown in English, marked
// lang="en".
type Label struct {
	English  string // the label in English
	Citation string // the provision the code stands for, such as "UK GDPR Art 15; DPA 2018 s45"
	// Welsh is the label in Welsh, where a published Welsh version exists;
	// WelshSource is the address of the page it is quoted from.
	Welsh       string
	WelshSource string
}

// LabelOf returns the label of an enum value of the notice model: a regime,
// basis or condition (from the [lawfulbasis] package's own table, which holds
// each one's English name and citation), a right or a restriction ground, or
// any of the notice package's codes (sharing, safeguards, data kinds, special
// categories, retention kinds and so on), or a retention schedule's action
// or a retention decision's outcome.
// ok is false for a value that has no label: an unspecified value, or a type
// this package does not know.
func LabelOf(v encoding.TextMarshaler) (l Label, ok bool) {
	if v == nil {
		return Label{}, false
	}
	code, err := v.MarshalText()
	if err != nil || len(code) == 0 {
		return Label{}, false
	}
	if in, isLaw := v.(interface{ Info() lawfulbasis.Item }); isLaw {
		it := in.Info()
		if it.Name == "" {
			return Label{}, false
		}
		l = Label{English: it.Name, Citation: it.Citation}
		if w, ok := welsh[reflect.TypeOf(v).String()+" "+string(code)]; ok {
			l.Welsh, l.WelshSource = w.text, w.source
		}
		return l, true
	}
	rows, ok := table[reflect.TypeOf(v).String()]
	if !ok {
		return Label{}, false
	}
	r, ok := rows[string(code)]
	if !ok {
		return Label{}, false
	}
	l = Label{English: r[0], Citation: r[1]}
	if w, ok := welsh[reflect.TypeOf(v).String()+" "+string(code)]; ok {
		l.Welsh, l.WelshSource = w.text, w.source
	}
	return l, true
}

// table is the one table of labels for the codes that have no table of their
// own elsewhere: type name → code → {English label, citation}. Regimes,
// bases and conditions come from lawfulbasis (their Info), so their names and
// citations exist once, in the law tables. Citations repeat the ones each
// enum's own documentation gives.
var table = map[string]map[string][2]string{
	"rights.Right": {
		"be-informed":               {"Right to be informed", "UK GDPR Arts 13, 14; DPA 2018 s44"},
		"access":                    {"Right of access", "UK GDPR Art 15; DPA 2018 s45"},
		"rectification":             {"Right to rectification", "UK GDPR Art 16; DPA 2018 s46"},
		"erasure":                   {"Right to erasure", "UK GDPR Art 17; DPA 2018 s47"},
		"restriction":               {"Right to restriction of processing", "UK GDPR Art 18; DPA 2018 s47"},
		"portability":               {"Right to data portability", "UK GDPR Art 20"},
		"object":                    {"Right to object to processing", "UK GDPR Art 21(1)"},
		"object-direct-marketing":   {"Right to object to direct marketing", "UK GDPR Art 21(2)-(3)"},
		"automated-decision-making": {"Rights about automated decision-making", "UK GDPR Art 22 / Arts 22A-22D; DPA 2018 ss49-50 / 50A-50D"},
		"withdraw-consent":          {"Right to withdraw consent", "UK GDPR Art 7(3); DPA 2018 s40A"},
		"complain-to-controller":    {"Right to complain to the controller", "DPA 2018 s164A (from 19 Jun 2026)"},
		"complain-to-commissioner":  {"Right to complain to the Information Commissioner", "UK GDPR Art 77 (until 18 Jun 2026); DPA 2018 s165"},
	},
	"rights.RestrictionGround": {
		"avoid-obstructing-inquiry": {"To avoid obstructing an official or legal inquiry, investigation or procedure", "DPA 2018 s44(4)(a), s45(4)(a), s48(3)(a)"},
		"avoid-prejudicing-crime":   {"To avoid prejudicing the prevention, detection, investigation or prosecution of offences or the execution of penalties", "DPA 2018 s44(4)(b), s45(4)(b), s48(3)(b)"},
		"public-security":           {"To protect public security", "DPA 2018 s44(4)(c), s45(4)(c), s48(3)(c)"},
		"national-security":         {"To protect national security", "DPA 2018 s44(4)(d), s45(4)(d), s48(3)(d) (moved to s78A by DUAA s88)"},
		"rights-of-others":          {"To protect the rights and freedoms of others", "DPA 2018 s44(4)(e), s45(4)(e), s48(3)(e)"},
	},
	"notice.ControllerKind": {
		"local-authority":               {"Council", ""},
		"police-force":                  {"Police force", ""},
		"police-and-crime-commissioner": {"Police and crime commissioner", ""},
		"school":                        {"School", ""},
		"education-service":             {"Education service", ""},
		"other-public-body":             {"Public body", ""},
		"private-body":                  {"Private body", ""},
	},
	"notice.ConditionUse": {
		"special-category":               {"Special category data", "UK GDPR Art 9(2); DPA 2018 Sch 1 Parts 1-2"},
		"criminal-offence":               {"Criminal offence data", "UK GDPR Art 10; DPA 2018 s10(4)-(5), Sch 1"},
		"sensitive-processing":           {"Sensitive processing for law enforcement", "DPA 2018 s35(3)-(5), Sch 8"},
		"recognised-legitimate-interest": {"Recognised legitimate interest", "UK GDPR Art 6(1)(ea), Annex 1"},
	},
	"notice.DataKind": {
		"personal":         {"Personal data", ""},
		"special-category": {"Special category data", "UK GDPR Art 9(1); DPA 2018 s35(8)"},
		"criminal-offence": {"Criminal offence data", "UK GDPR Art 10; DPA 2018 s11(2)"},
	},
	"notice.SpecialCategory": {
		"racial-or-ethnic-origin":            {"Racial or ethnic origin", "UK GDPR Art 9(1)"},
		"political-opinions":                 {"Political opinions", "UK GDPR Art 9(1)"},
		"religious-or-philosophical-beliefs": {"Religious or philosophical beliefs", "UK GDPR Art 9(1)"},
		"trade-union-membership":             {"Trade union membership", "UK GDPR Art 9(1)"},
		"genetic":                            {"Genetic data", "UK GDPR Art 9(1)"},
		"biometric":                          {"Biometric data for uniquely identifying a person", "UK GDPR Art 9(1)"},
		"health":                             {"Data concerning health", "UK GDPR Art 9(1)"},
		"sex-life-or-sexual-orientation":     {"Sex life or sexual orientation", "UK GDPR Art 9(1)"},
	},
	"notice.Sharing": {
		"yes":           {"Shared", "UK GDPR Art 13(1)(e); DPA 2018 s44(2)(c)"},
		"may":           {"May be shared", "UK GDPR Art 13(1)(e); DPA 2018 s44(2)(c)"},
		"no":            {"Not shared", "UK GDPR Art 13(1)(e); DPA 2018 s44(2)(c)"},
		"not-routinely": {"Not routinely shared", "UK GDPR Art 13(1)(e); DPA 2018 s44(2)(c)"},
		"not-stated":    {"Not stated in this notice", ""},
	},
	"notice.Occurrence": {
		"yes":        {"Yes", "UK GDPR Art 13(1)(f)"},
		"no":         {"No", "UK GDPR Art 13(1)(f)"},
		"possible":   {"Possibly", "UK GDPR Art 13(1)(f)"},
		"not-stated": {"Not stated in this notice", ""},
	},
	"notice.Safeguard": {
		"adequacy":   {"Adequacy regulations", "UK GDPR Art 45"},
		"idta":       {"International Data Transfer Agreement", "UK GDPR Art 46"},
		"addendum":   {"UK Addendum to the EU standard contractual clauses", "UK GDPR Art 46"},
		"bcr":        {"Binding corporate rules", "UK GDPR Art 47"},
		"derogation": {"Derogation for a specific situation", "UK GDPR Art 49"},
		"not-stated": {"Not stated in this notice", ""},
	},
	"notice.RetentionKind": {
		"period":             {"A stated period", "UK GDPR Art 13(2)(a); DPA 2018 s44(2)(b)"},
		"rule":               {"A rule of a published retention schedule", "UK GDPR Art 13(2)(a); DPA 2018 s44(2)(b)"},
		"criteria":           {"The criteria used to decide the period", "UK GDPR Art 13(2)(a)"},
		"schedule-reference": {"A retention schedule, without periods", ""},
		"not-stated":         {"No period and no criteria stated", ""},
	},
	"notice.RequirementKind": {
		"statutory":             {"Required by law", "UK GDPR Art 13(2)(e)"},
		"contractual":           {"Required by a contract", "UK GDPR Art 13(2)(e)"},
		"contract-prerequisite": {"Needed to enter into a contract", "UK GDPR Art 13(2)(e)"},
		"voluntary":             {"Voluntary", "UK GDPR Art 13(2)(e)"},
		"not-stated":            {"Not stated in this notice", ""},
	},
	"notice.Role": {
		"recipient":        {"Recipient (a controller in its own right)", ""},
		"processor":        {"Processor acting on our instructions", ""},
		"joint-controller": {"Joint controller", ""},
	},
	"notice.Claim": {
		"applies":        {"Applies", ""},
		"qualified":      {"Applies with restrictions", ""},
		"does-not-apply": {"Does not apply", ""},
	},
	"notice.DataSubjectSource": {
		"yes":    {"Yes", "UK GDPR Art 13"},
		"no":     {"No", "UK GDPR Art 14"},
		"may-be": {"It may or may not", "UK GDPR Arts 13, 14"},
	},
	"notice.GeneralCondition": {
		"substantial-public-interest": {"Substantial public interest (paragraph not given)", "UK GDPR Art 9(2)(g), DPA 2018 Sch 1 Part 2; or DPA 2018 Sch 8"},
		"schedule-1":                  {"A condition of DPA 2018 Schedule 1 (paragraph not given)", "DPA 2018 Sch 1"},
		"schedule-8":                  {"A condition of DPA 2018 Schedule 8 (paragraph not given)", "DPA 2018 Sch 8"},
	},
	"notice.Territory": {
		"uk":    {"Outside the UK", ""},
		"eu":    {"Outside the EU", ""},
		"eea":   {"Outside the EEA", ""},
		"other": {"Another territory", ""},
	},
	"notice.Provision": {
		"uk-gdpr-art-22":     {"UK GDPR Art 22", "replaced by Arts 22A-22D from 5 Feb 2026"},
		"uk-gdpr-art-44":     {"UK GDPR Art 44", "replaced by Art 44A from 5 Feb 2026"},
		"uk-gdpr-art-77":     {"UK GDPR Art 77", "omitted from 19 Jun 2026 (DPA 2018 s165)"},
		"uk-gdpr-art-89":     {"UK GDPR Art 89", "omitted from 5 Feb 2026 (Arts 84A-84D)"},
		"dpa-2018-s14":       {"DPA 2018 s14", "repealed from 5 Feb 2026"},
		"dpa-2018-s49-50":    {"DPA 2018 ss49-50", "replaced by ss50A-50D from 5 Feb 2026"},
		"uk-gdpr-art-6-4":    {"UK GDPR Art 6(4)", "replaced by Art 8A and Annex 2 from 5 Feb 2026"},
		"uk-gdpr-art-14-5-b": {"UK GDPR Art 14(5)(b)", "omitted from 5 Feb 2026"},
	},
	"notice.StatementKind": {
		"not-published": {"Not published", ""},
		"assurance":     {"Assurance", ""},
		"security":      {"Security", ""},
		"other":         {"Other", ""},
	},
	"notice.CookieKind": {
		"communication":      {"Solely to transmit a communication", "PECR Sch A1"},
		"strictly-necessary": {"Strictly necessary for the service you asked for", "PECR Sch A1"},
		"analytics":          {"Analytics", "PECR Sch A1 (from 5 Feb 2026)"},
		"functionality":      {"Functionality and preferences", "PECR Sch A1 (from 5 Feb 2026)"},
		"emergency":          {"Locating you for emergency assistance", "PECR Sch A1 (from 5 Feb 2026)"},
		"advertising":        {"Advertising", "PECR reg 6"},
		"tracking":           {"Tracking", "PECR reg 6"},
		"social-media":       {"Social media", "PECR reg 6"},
		"other":              {"Other", "PECR reg 6"},
	},
	"notice.CookieBasis": {
		"consent":              {"Your consent", "PECR reg 6(1)-(2)"},
		"legitimate-interests": {"Legitimate interests", ""},
		"exception":            {"An exception to the consent rule", "PECR Sch A1"},
		"not-stated":           {"Not stated in this notice", ""},
	},
	"notice.ConsentMechanism": {
		"banner":           {"A banner or consent tool", ""},
		"settings-page":    {"A cookie settings page", ""},
		"browser-settings": {"Your browser's settings", ""},
		"none":             {"None", ""},
	},
	"notice.RefusalMeans": {
		"banner":           {"A banner or consent tool", ""},
		"settings-page":    {"A cookie settings page", ""},
		"browser-settings": {"Your browser's settings", ""},
		"opt-out-link":     {"An opt-out link", ""},
		"other":            {"Other means", ""},
	},
	// Outcomes of a retention decision (retention.Decide), for pages that
	// show decisions beside the notice.
	"retention.Outcome": {
		"cannot-evaluate": {"Cannot be decided", ""},
		"held":            {"Held", ""},
		"permanent":       {"Kept permanently", ""},
		"awaiting-event":  {"Waiting for an event", ""},
		"review-due":      {"Review due", ""},
		"not-yet":         {"Not yet due", ""},
		"eligible":        {"May be disposed of", ""},
	},
	"retention.Cutoff": {
		"month":          {"month", ""},
		"calendar-year":  {"calendar year (31 December)", ""},
		"financial-year": {"financial year (31 March)", ""},
		"tax-year":       {"tax year (5 April)", ""},
		"academic-year":  {"academic year (31 August)", ""},
	},
	"retention.Counting": {
		"after":          {"From the day after", "Dodds v Walker [1981] UKHL"},
		"beginning-with": {"Beginning with the day itself", "PACE 1984 s63F(6)"},
	},
	"retention.Action": {
		"destroy":   {"Destroyed", ""},
		"anonymise": {"Anonymised", ""},
		"transfer":  {"Transferred to an archive", ""},
		"review":    {"Reviewed", ""},
		"keep":      {"Kept permanently", ""},
	},
}

// Where the Welsh labels come from. Each is a heading of the Information
// Commissioner's Office's own privacy notice in its published Welsh version,
// used for the same item as the matching English heading.
const (
	icoRightsCY = "https://ico.org.uk/global/hysbysiad-preifatrwydd/eich-hawliau-diogelu-data/ (the ICO's privacy notice in Welsh, \"Your data protection rights\")"
	icoSARCY    = "https://cy.ico.org.uk/global/privacy-notice/using-our-subject-access-request-service/ (the ICO's privacy notice in Welsh; English headings at https://ico.org.uk/global/privacy-notice/using-our-subject-access-request-service/)"
)

// welsh holds the only Welsh labels: each quoted from a published Welsh page
// of the Information Commissioner's Office, keyed by the English row it
// translates ("<type> <code>" for codes, "heading <key>" for headings). No
// other label has a sourced Welsh translation; those are shown in English.
var welsh = map[string]struct{ text, source string }{
	"rights.Right access":        {"Eich hawliau i weld gwybodaeth", icoRightsCY},
	"rights.Right rectification": {"Eich hawl i gael cywiriad", icoRightsCY},
	"rights.Right erasure":       {"Eich hawl i gael dileu gwybodaeth", icoRightsCY},
	"rights.Right restriction":   {"Eich hawl i gyfyngu prosesu", icoRightsCY},
	"rights.Right object":        {"Eich hawl i wrthwynebu prosesu", icoRightsCY},
	"rights.Right portability":   {"Eich hawl i gael trosglwyddo data", icoRightsCY},
	"heading purposes":           {"Diben y prosesu a’r sail gyfreithiol drosto", icoSARCY},
	"heading data":               {"Yr hyn y bydd arnom ei angen", icoSARCY},
	"heading retention":          {"Pa mor hir y byddwn yn ei chadw", icoSARCY},
	"heading rights":             {"Beth yw’ch hawliau chi?", icoSARCY},
}

// words are the renderer's own headings and field labels, keyed by a short
// name: the only text on a page that does not come from the notice. None is
// a legal sentence. The headings "purposes", "data", "retention" and
// "rights" are the ICO's own headings (see icoSARCY), so that their Welsh
// versions above translate exactly these words.
var words = map[string]string{
	// headings
	"heading brief":        "In brief",
	"heading services":     "Services in detail",
	"heading purposes":     "Purpose and lawful basis for processing",
	"heading conditions":   "Conditions for sensitive processing",
	"heading data":         "What we need",
	"heading sources":      "Where the information comes from",
	"heading recipients":   "Who we share it with",
	"heading transfers":    "International transfers",
	"heading retention":    "How long we keep it",
	"heading automated":    "Automated decision-making",
	"heading requirement":  "Whether you must provide it",
	"heading rights":       "What are your rights?",
	"heading complaints":   "How to complain",
	"heading dpo":          "Data Protection Officer",
	"heading contacts":     "Contact details",
	"heading cookies":      "Cookies",
	"heading statements":   "Other information",
	"heading documents":    "Related documents",
	"heading changes":      "Changes to this notice",
	"heading parent":       "The notice this one sits under",
	"summary activity":     "Full details",
	"field controller":     "Who we are",
	"field services":       "Services this notice covers",
	"field categories":     "Information we use",
	"field purposes":       "Why we use it",
	"field bases":          "Lawful basis",
	"field rights":         "Your rights",
	"field complain":       "How to complain",
	"field contacts":       "Contacts",
	"field kind":           "Kind of body",
	"field public":         "Public authority",
	"field competent":      "Competent authority for law enforcement",
	"field ico":            "ICO registration number",
	"field regime":         "Law that applies",
	"field description":    "Description",
	"field purpose":        "Purpose",
	"field public-task":    "Part of our public tasks",
	"field basis":          "Lawful basis",
	"field basis-for":      "For the purposes",
	"field words":          "In the notice's words",
	"field li":             "Legitimate interests",
	"field condition":      "Condition",
	"field condition-for":  "Relied on for",
	"field policy":         "Appropriate policy document",
	"field subjects":       "Whose information",
	"field category":       "Information",
	"field data-kind":      "Kind of data",
	"field special":        "Special category",
	"field source":         "Source",
	"field from-you":       "Comes from you",
	"field sharing":        "Sharing",
	"field recipient":      "Recipient",
	"field role":           "Role",
	"field by-law":         "Required by law",
	"field transfers":      "Transfers",
	"field destination":    "Destination",
	"field safeguard":      "Safeguard",
	"field retention":      "Retention statement",
	"field transfer":       "Transfer",
	"field retention-kind": "How the period is given",
	"field period":         "Period",
	"field from":           "From",
	"field rule":           "Retention schedule rule",
	"field rule-title":     "Rule",
	"field kept":           "Kept",
	"field when":           "Only when",
	"field cutoff":         "From the end of the",
	"field counting":       "Counting",
	"field later":          "The later of",
	"field earlier":        "The earlier of",
	"field then":           "Then",
	"field review-every":   "Reviewed every",
	"field dispose-within": "Disposed of within",
	"field rule-source":    "Source of the rule",
	"clause":               "Clause",
	"field rule-note":      "The schedule's note",
	"field rule-verify":    "Still to be verified",
	"field used":           "Used",
	"field logic":          "Logic involved",
	"field requirement":    "Requirement",
	"field consequences":   "If you do not provide it",
	"field right":          "Right",
	"field claimed":        "Status",
	"field regimes":        "Applies under",
	"field restriction":    "May be restricted",
	"field exercise":       "How to exercise your rights",
	"field complain-us":    "To us",
	"field complain-ico":   "To the Information Commissioner",
	"field name":           "Name",
	"field role-text":      "Role",
	"field organisation":   "Organisation",
	"field address":        "Address",
	"field email":          "Email",
	"field phone":          "Phone",
	"field web":            "Web",
	"field note":           "Note",
	"field dpo":            "Data Protection Officer",
	"field representative": "Representative",
	"field enquiries":      "Questions about this notice",
	"field consent":        "Consent mechanism",
	"field cookie-policy":  "Cookie policy",
	"field change-policy":  "How this notice changes",
	"field version":        "Version",
	"field published":      "First published",
	"field updated":        "Last updated",
	"field url":            "Address of this notice",
	"field id":             "Notice identifier",
	"field interpreted":    "Our reading, not the notice's words",
	"field parent":         "This notice sits under",
	"field parent-id":      "Identifier of that notice",
	"not-named":            "Not named in this notice",
	"untitled":             "Privacy notice",
	"field conditional":    "Only when",
	"field internal":       "Part of the same organisation",
	"field may":            "May receive it",
	"field territory":      "The notice's statement is about",
	"field cites":          "Provisions the notice cites",
	"field copy":           "How to get a copy of the safeguard",
	"field criterion":      "Criterion",
	"field covers":         "Covers",
	"field activities":     "For the services",
	"field statement-kind": "Kind of statement",
	"field cookie-group":   "Cookies",
	"field cookie-kind":    "Kind",
	"field cookie-purpose": "Purpose",
	"field cookie-basis":   "Basis",
	"field objection":      "How to object",
	"field consent-how":    "How you consent",
	"field before-setting": "Set only after consent",
	"field refusal":        "How to refuse",
	"field contact":        "Contact details",
	"field documents":      "Documents",
	"yes":                  "Yes",
	"no":                   "No",
}
