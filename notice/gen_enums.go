//go:build ignore

// gen_enums is the go generate program behind the notice model's closed
// code sets. Its table below is their one source: it writes the Go types,
// constants and methods (enums_gen.go) and the "enum" arrays of the notice
// JSON Schema (../schema/notice.schema.json, at each enum's schema paths).
// TestEnumsGenerated fails when either is out of step with the table.
//
// Run it with go generate ./notice; "go run gen_enums.go -check" reports,
// without writing, whether the files are current.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"io"
	"os"
	"strconv"
	"strings"
	"text/template"
	"unicode/utf8"
)

type enumDef struct {
	Type, Plural, Kind, Doc string
	SchemaPaths             []string // slash-separated paths from the schema root to the object holding "enum"
	Values                  []value
}

type value struct{ Const, Code, Comment string }

var table = []enumDef{
	{"ControllerKind", "ControllerKinds", "controller kind", "says what kind of body a controller is.", []string{"$defs/controller/properties/kind"}, []value{
		{"LocalAuthority", "local-authority", "a council"},
		{"PoliceForce", "police-force", "a chief constable's force"},
		{"PoliceAndCrimeCommissioner", "police-and-crime-commissioner", "a police and crime commissioner's office"},
		{"School", "school", "a school"},
		{"EducationService", "education-service", "a council's or trust's education service"},
		{"OtherPublicBody", "other-public-body", "any other public authority"},
		{"PrivateBody", "private-body", "a body that is not a public authority"},
	}},
	{"ConditionUse", "ConditionUses", "condition use", "says what a condition is relied on for.", []string{"$defs/condition/properties/for"}, []value{
		{"ForSpecialCategory", "special-category", "UK GDPR Art 9(2) and DPA 2018 Sch 1 Parts 1-2"},
		{"ForCriminalOffence", "criminal-offence", "UK GDPR Art 10 and DPA 2018 s10(4)-(5), Sch 1"},
		{"ForSensitiveProcessing", "sensitive-processing", "DPA 2018 s35(3)-(5) and Sch 8 (Part 3)"},
		{"ForRecognisedLegitimateInterest", "recognised-legitimate-interest", "UK GDPR Art 6(1)(ea) and Annex 1"},
	}},
	{"DataKind", "DataKinds", "data kind", "classifies a category of personal data.", []string{"$defs/data_category/properties/kind"}, []value{
		{"Personal", "personal", "neither special-category nor criminal-offence data"},
		{"SpecialCategoryData", "special-category", "UK GDPR Art 9(1); DPA 2018 s35(8) for Part 3"},
		{"CriminalOffenceData", "criminal-offence", "UK GDPR Art 10; DPA 2018 s11(2)"},
	}},
	{"SpecialCategory", "SpecialCategories", "special category", "is one of the special categories of UK GDPR Art 9(1) (and DPA 2018 s35(8)).", []string{"$defs/data_category/properties/special_category"}, []value{
		{"RacialOrEthnicOrigin", "racial-or-ethnic-origin", ""},
		{"PoliticalOpinions", "political-opinions", ""},
		{"ReligiousOrPhilosophicalBeliefs", "religious-or-philosophical-beliefs", ""},
		{"TradeUnionMembership", "trade-union-membership", ""},
		{"Genetic", "genetic", "genetic data"},
		{"Biometric", "biometric", "biometric data for uniquely identifying a person"},
		{"Health", "health", "data concerning health"},
		{"SexLifeOrSexualOrientation", "sex-life-or-sexual-orientation", ""},
	}},
	{"Sharing", "Sharings", "sharing", "is whether data is shared, as the notice puts it.", []string{"$defs/recipients/properties/shared"}, []value{
		{"Shared", "yes", "the notice names recipients"},
		{"NotShared", "no", "the notice says data is not shared"},
		{"NotRoutinelyShared", "not-routinely", "the notice says data is not routinely shared"},
		{"MayBeShared", "may", "the notice says data may be shared (a hedge: \"might be shared\")"},
		{"SharingNotStated", "not-stated", "the notice does not say"},
	}},
	{"Occurrence", "Occurrences", "occurrence", "is whether international transfers happen, as the notice puts it.", []string{"$defs/transfers/properties/occurs"}, []value{
		{"Occurs", "yes", ""},
		{"DoesNotOccur", "no", ""},
		{"MayOccur", "possible", ""},
		{"OccurrenceNotStated", "not-stated", ""},
	}},
	{"Safeguard", "Safeguards", "safeguard", "is the UK GDPR Chapter V mechanism for a transfer.", []string{"$defs/transfer/properties/safeguard"}, []value{
		{"Adequacy", "adequacy", "Art 45 adequacy regulations"},
		{"IDTA", "idta", "Art 46: the International Data Transfer Agreement"},
		{"Addendum", "addendum", "Art 46: the UK Addendum to the EU standard contractual clauses"},
		{"BCR", "bcr", "Art 47 binding corporate rules"},
		{"Derogation", "derogation", "Art 49 derogation"},
		{"SafeguardNotStated", "not-stated", "the notice does not say"},
	}},
	{"RetentionKind", "RetentionKinds", "retention kind", "is how a retention statement is expressed (Art 13(2)(a): a period, or the criteria used to determine it).", []string{"$defs/retention/properties/kind"}, []value{
		{"RetentionPeriod", "period", "a stated period"},
		{"RetentionRule", "rule", "a rule of a published retention schedule"},
		{"RetentionCriteria", "criteria", "the criteria used to determine the period"},
		{"RetentionScheduleReference", "schedule-reference", "a reference to a schedule, without periods"},
		{"RetentionNotStated", "not-stated", "no period and no criteria"},
	}},
	{"RequirementKind", "RequirementKinds", "requirement kind", "is whether providing data is required (Art 13(2)(e)).", []string{"$defs/requirement/properties/kind"}, []value{
		{"Statutory", "statutory", ""},
		{"Contractual", "contractual", ""},
		{"ContractPrerequisite", "contract-prerequisite", "a requirement necessary to enter into a contract"},
		{"Voluntary", "voluntary", ""},
		{"RequirementNotStated", "not-stated", ""},
	}},
	{"Role", "Roles", "role", "is a recipient's role (Art 4(9) recipient, Art 28 processor, Art 26 joint controller).", []string{"$defs/recipient/properties/role"}, []value{
		{"RoleRecipient", "recipient", "a recipient that is a controller in its own right"},
		{"RoleProcessor", "processor", "a processor acting on the controller's instructions"},
		{"RoleJointController", "joint-controller", "a joint controller"},
	}},
	{"Claim", "Claims", "claim", "is what a notice says about a right.", []string{"$defs/right/properties/claimed"}, []value{
		{"ClaimApplies", "applies", "the notice says the right applies"},
		{"ClaimQualified", "qualified", "the notice says the right applies with restrictions"},
		{"ClaimDoesNotApply", "does-not-apply", "the notice says the right does not apply"},
	}},
	{"DataSubjectSource", "DataSubjectSources", "data subject source", "says whether a source is the data subject (Art 13) or not (Art 14).", []string{"$defs/source/properties/data_subject"}, []value{
		{"SourceIsSubject", "yes", "the data comes from the data subject: Art 13"},
		{"SourceIsNotSubject", "no", "the data comes from elsewhere: Art 14"},
		{"SourceMayBeSubject", "may-be", "the source may or may not be the person, so both Art 13 and Art 14 apply"},
	}},
	{"GeneralCondition", "GeneralConditions", "general condition", "is a condition the notice names only generally, without its paragraph.", []string{"$defs/condition/properties/general"}, []value{
		{"GeneralSubstantialPublicInterest", "substantial-public-interest", "Art 9(2)(g) with DPA 2018 Sch 1 Part 2, or a Sch 8 condition, paragraph not given"},
		{"GeneralSchedule1", "schedule-1", "a DPA 2018 Sch 1 condition, paragraph not given"},
		{"GeneralSchedule8", "schedule-8", "a DPA 2018 Sch 8 condition, paragraph not given"},
	}},
	{"Territory", "Territories", "territory", "is the territory a notice's statement about transfers is about.", []string{"$defs/transfers/properties/territory"}, []value{
		{"TerritoryUK", "uk", "\"outside the UK\""},
		{"TerritoryEU", "eu", "\"outside the EU\""},
		{"TerritoryEEA", "eea", "\"outside the EEA\""},
		{"TerritoryOther", "other", ""},
	}},
	{"Provision", "Provisions", "provision", "is a provision a notice's words cite that a later date makes out of date.", []string{"$defs/cites/items"}, []value{
		{"ProvisionArt22", "uk-gdpr-art-22", "UK GDPR Art 22, replaced by Arts 22A-22D from 5 Feb 2026"},
		{"ProvisionArt44", "uk-gdpr-art-44", "UK GDPR Art 44, replaced by Art 44A from 5 Feb 2026"},
		{"ProvisionArt77", "uk-gdpr-art-77", "UK GDPR Art 77, omitted from 19 Jun 2026 (DPA 2018 s165)"},
		{"ProvisionArt89", "uk-gdpr-art-89", "UK GDPR Art 89, omitted from 5 Feb 2026 (Arts 84A-84D)"},
		{"ProvisionS14", "dpa-2018-s14", "DPA 2018 s14, repealed from 5 Feb 2026"},
		{"ProvisionS49", "dpa-2018-s49-50", "DPA 2018 ss49-50, replaced by ss50A-50D from 5 Feb 2026"},
		{"ProvisionArt6_4", "uk-gdpr-art-6-4", "UK GDPR Art 6(4), replaced by Art 8A and Annex 2 from 5 Feb 2026"},
		{"ProvisionArt14_5b", "uk-gdpr-art-14-5-b", "UK GDPR Art 14(5)(b), omitted from 5 Feb 2026"},
	}},
	{"StatementKind", "StatementKinds", "statement kind", "is what kind of other statement a notice makes.", []string{"$defs/statement/properties/kind"}, []value{
		{"NotPublished", "not-published", "the notice says the data is not published"},
		{"Assurance", "assurance", "another promise about the data"},
		{"SecurityStatement", "security", "how the data is kept secure"},
		{"OtherStatement", "other", ""},
	}},
	{"CookieKind", "CookieKinds", "cookie kind", "is what a group of cookies is for (PECR reg 6, Sch A1).", []string{"$defs/cookie_group/properties/kind"}, []value{
		{"CookieCommunication", "communication", "Sch A1: solely to transmit a communication"},
		{"CookieStrictlyNecessary", "strictly-necessary", "Sch A1: strictly necessary for the service requested"},
		{"CookieAnalytics", "analytics", "Sch A1 (from 5 Feb 2026): statistical purposes to improve the service, with a means to object"},
		{"CookieFunctionality", "functionality", "Sch A1 (from 5 Feb 2026): appearance, preferences or authenticating a repeat user, with a means to object"},
		{"CookieEmergency", "emergency", "Sch A1 (from 5 Feb 2026): locating a user for emergency assistance"},
		{"CookieAdvertising", "advertising", "needs consent"},
		{"CookieTracking", "tracking", "needs consent"},
		{"CookieSocialMedia", "social-media", "needs consent"},
		{"CookieOther", "other", "needs consent"},
	}},
	{"CookieBasis", "CookieBases", "cookie basis", "is what a notice says a group of cookies is set on.", []string{"$defs/cookie_group/properties/basis"}, []value{
		{"CookieOnConsent", "consent", "the user's consent (PECR reg 6(1)-(2))"},
		{"CookieOnLegitimateInterests", "legitimate-interests", "legitimate interests, which is not a PECR basis"},
		{"CookieOnException", "exception", "an exception (PECR Sch A1)"},
		{"CookieBasisNotStated", "not-stated", ""},
	}},
	{"ConsentMechanism", "ConsentMechanisms", "consent mechanism", "is how a notice says consent to cookies is given.", []string{"$defs/cookie_consent/properties/mechanism"}, []value{
		{"MechanismBanner", "banner", "a banner or consent tool"},
		{"MechanismSettingsPage", "settings-page", "a cookie settings page"},
		{"MechanismBrowserSettings", "browser-settings", "the browser's settings, which is not consent"},
		{"MechanismNone", "none", "no mechanism"},
	}},
	{"RefusalMeans", "RefusalMeansAll", "refusal means", "is a means a notice gives to refuse or remove cookies.", []string{"$defs/cookie_refusal/properties/means"}, []value{
		{"RefuseBanner", "banner", ""},
		{"RefuseSettingsPage", "settings-page", ""},
		{"RefuseBrowserSettings", "browser-settings", ""},
		{"RefuseOptOutLink", "opt-out-link", ""},
		{"RefuseOther", "other", ""},
	}},
}

// goOut are the Go files written, each with the enums of the table from
// its index on (so that no file grows past 600 lines): version 1's code
// sets, then those version 2 added.
var goOut = []struct {
	file  string
	first int
}{{"enums_gen.go", 0}, {"enums_v2_gen.go", 11}}

const schemaOut = "../schema/notice.schema.json"

func main() {
	check := flag.Bool("check", false, "report whether the files are current, without writing")
	flag.Parse()
	oldSchema, err := os.ReadFile(schemaOut)
	if err != nil {
		fail(err)
	}
	sch, err := patchSchema(oldSchema)
	if err != nil {
		fail(err)
	}
	srcs := map[string][]byte{}
	for i, o := range goOut {
		end := len(table)
		if i+1 < len(goOut) {
			end = goOut[i+1].first
		}
		src, err := goSource(table[o.first:end])
		if err != nil {
			fail(err)
		}
		srcs[o.file] = src
	}
	if *check {
		stale := false
		for _, o := range goOut {
			if old, _ := os.ReadFile(o.file); !bytes.Equal(old, srcs[o.file]) {
				fmt.Println(o.file, "is out of step with the table in gen_enums.go")
				stale = true
			}
		}
		if !bytes.Equal(oldSchema, sch) {
			fmt.Println(schemaOut, "enums are out of step with the table in gen_enums.go")
			stale = true
		}
		if stale {
			fmt.Println("run: go generate ./notice")
			os.Exit(1)
		}
		return
	}
	for _, o := range goOut {
		if err := os.WriteFile(o.file, srcs[o.file], 0o644); err != nil {
			fail(err)
		}
	}
	if err := os.WriteFile(schemaOut, sch, 0o644); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gen_enums:", err)
	os.Exit(2)
}

var goTemplate = template.Must(template.New("").Funcs(template.FuncMap{"lower": func(s string) string { return strings.ToLower(s[:1]) + s[1:] }, "quote": strconv.Quote}).Parse(`// Code generated by gen_enums.go from its table; DO NOT EDIT.

package notice

import "github.com/noticekit/noticekit/internal/enum"
{{range .}}
// {{.Type}} {{.Doc}} The zero value means unspecified.
type {{.Type}} uint8

// {{.Type}} values.
const (
	{{.Type}}Unspecified {{.Type}} = iota
{{- range .Values}}
	{{.Const}} // {{.Code}}{{if .Comment}}: {{.Comment}}{{end}}
{{- end}}
)

var {{lower .Type}}Codes = [...]string{""{{range .Values}}, {{quote .Code}}{{end}}}

// Parse{{.Type}} returns the {{.Type}} with the given code.
func Parse{{.Type}}(s string) ({{.Type}}, error) {
	return enum.Parse[{{.Type}}]({{quote .Kind}}, {{lower .Type}}Codes[:], s)
}

// {{.Plural}} returns every {{.Kind}}, in table order.
func {{.Plural}}() []{{.Type}} { return enum.All[{{.Type}}]({{lower .Type}}Codes[:]) }

// String returns the code.
func (v {{.Type}}) String() string { return enum.String({{quote .Kind}}, {{lower .Type}}Codes[:], v) }

// MarshalText returns the code; the unspecified value is an error.
func (v {{.Type}}) MarshalText() ([]byte, error) {
	return enum.Marshal({{quote .Kind}}, {{lower .Type}}Codes[:], v)
}

// UnmarshalText parses a code, rejecting unknown ones.
func (v *{{.Type}}) UnmarshalText(b []byte) (err error) {
	*v, err = Parse{{.Type}}(string(b))
	return
}
{{end}}`))

func goSource(enums []enumDef) ([]byte, error) {
	var b bytes.Buffer
	if err := goTemplate.Execute(&b, enums); err != nil {
		return nil, err
	}
	return format.Source(b.Bytes())
}

// node is a JSON value that keeps its members in document order, so that
// the schema is rewritten with only its enum arrays changed.
type node struct {
	kind  byte // '{', '[', or 0 for a scalar
	keys  []string
	vals  []*node
	items []*node
	raw   string // a scalar as written (strings already decoded)
	str   bool
}

func parse(dec *json.Decoder) (*node, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		n := &node{kind: byte(t)}
		for dec.More() {
			if n.kind == '{' {
				k, err := dec.Token()
				if err != nil {
					return nil, err
				}
				n.keys = append(n.keys, k.(string))
			}
			v, err := parse(dec)
			if err != nil {
				return nil, err
			}
			if n.kind == '{' {
				n.vals = append(n.vals, v)
			} else {
				n.items = append(n.items, v)
			}
		}
		if _, err := dec.Token(); err != nil {
			return nil, err
		}
		return n, nil
	case string:
		return &node{raw: t, str: true}, nil
	case json.Number:
		return &node{raw: t.String()}, nil
	case bool:
		return &node{raw: strconv.FormatBool(t)}, nil
	case nil:
		return &node{raw: "null"}, nil
	}
	return nil, fmt.Errorf("unexpected token %v", tok)
}

func (n *node) get(k string) *node {
	for i, key := range n.keys {
		if key == k {
			return n.vals[i]
		}
	}
	return nil
}

// write prints n as Python's json.dumps(indent=2, ensure_ascii=False)
// does, the form the schema file is kept in.
func (n *node) write(w io.Writer, ind string) {
	switch {
	case n.kind == '{' && len(n.keys) == 0:
		io.WriteString(w, "{}")
	case n.kind == '{':
		io.WriteString(w, "{\n")
		for i, k := range n.keys {
			io.WriteString(w, ind+"  "+quoteJSON(k)+": ")
			n.vals[i].write(w, ind+"  ")
			if i < len(n.keys)-1 {
				io.WriteString(w, ",")
			}
			io.WriteString(w, "\n")
		}
		io.WriteString(w, ind+"}")
	case n.kind == '[' && len(n.items) == 0:
		io.WriteString(w, "[]")
	case n.kind == '[':
		io.WriteString(w, "[\n")
		for i, it := range n.items {
			io.WriteString(w, ind+"  ")
			it.write(w, ind+"  ")
			if i < len(n.items)-1 {
				io.WriteString(w, ",")
			}
			io.WriteString(w, "\n")
		}
		io.WriteString(w, ind+"]")
	case n.str:
		io.WriteString(w, quoteJSON(n.raw))
	default:
		io.WriteString(w, n.raw)
	}
}

func quoteJSON(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r < 0x20 || r == utf8.RuneError {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

func patchSchema(src []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(src))
	dec.UseNumber()
	root, err := parse(dec)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", schemaOut, err)
	}
	for _, e := range table {
		for _, p := range e.SchemaPaths {
			n := root
			for _, k := range strings.Split(p, "/") {
				if n = n.get(k); n == nil {
					return nil, fmt.Errorf("%s: no object at %s (enum %s)", schemaOut, p, e.Type)
				}
			}
			list := n.get("enum")
			if list == nil {
				return nil, fmt.Errorf("%s: %s has no enum (enum %s)", schemaOut, p, e.Type)
			}
			list.items = nil
			for _, v := range e.Values {
				list.items = append(list.items, &node{raw: v.Code, str: true})
			}
		}
	}
	var b bytes.Buffer
	root.write(&b, "")
	b.WriteString("\n")
	return b.Bytes(), nil
}
