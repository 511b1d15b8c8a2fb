package notice_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/language"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/retention"
	"github.com/noticekit/noticekit/strict"
)

func ExampleParse() {
	e, err := examples.Notice("maidstone-parking-bwv")
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := notice.Parse(e.Data)
	if err != nil {
		fmt.Println(err)
		return
	}
	a := n.Activities[0]
	fmt.Println(n.Controller.Name)
	fmt.Println(a.Regime, a.LawfulBases[0].Basis)
	// Output:
	// Maidstone Borough Council
	// uk-gdpr legitimate-interests
}

func ExampleParse_errors() {
	_, err := notice.Parse([]byte(`{"$schema": "https://noticekit.github.io/schema/notice/v2.json",
  "id": "x", "language": "en", "controller": {"name": "Example Council"},
  "activities": [{"id": "a", "name": "A", "regime": "uk-gdpr",
    "lawful_bases": [{"basis": "public-interest"}]}]}`))
	var se *strict.Error
	if errors.As(err, &se) {
		for _, p := range se.Problems {
			fmt.Printf("%d:%d: %s\n", p.Line, p.Column, p.Pointer)
		}
	}
	// Output:
	// 4:32: /activities/0/lawful_bases/0/basis
}

func ExampleMarshal() {
	n := &notice.Notice{
		Schema:     notice.SchemaID,
		ID:         "example",
		Language:   "en",
		Controller: notice.Controller{Name: "Example Council"},
		Activities: []notice.Activity{{ID: "cctv", Name: notice.Plain("CCTV"), Regime: lawfulbasis.UKGDPR}},
	}
	_ = notice.Encode(os.Stdout, n)
	// Output:
	// {
	//   "$schema": "https://noticekit.github.io/schema/notice/v2.json",
	//   "id": "example",
	//   "language": "en",
	//   "controller": {
	//     "name": "Example Council"
	//   },
	//   "activities": [
	//     {
	//       "id": "cctv",
	//       "name": "CCTV",
	//       "regime": "uk-gdpr"
	//     }
	//   ]
	// }
}

func ExampleText_Best() {
	t, _ := notice.Translations(map[string]string{"en": "Your rights", "cy": "Eich hawliau"})
	s, tag := t.Best(language.English, language.MustParse("cy"))
	fmt.Println(tag, s)
	s, tag = t.Best(language.English, language.French)
	fmt.Println(tag, s)
	// Output:
	// cy Eich hawliau
	// en Your rights
}

func ExamplePlain() {
	t := notice.Plain("Legitimate Interest")
	fmt.Println(t, t.IsPlain())
	// Output: Legitimate Interest true
}

func ExampleCheck() {
	e, err := examples.Notice("maidstone-parking-bwv")
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := notice.Parse(e.Data)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range notice.Check(n, civil.MustParse("2026-11-22")) {
		if f.Code == notice.CodePublicAuthorityLI {
			// The purposes' public_task is marked as an interpretation in
			// the example, so the finding is a warning at most and says so.
			fmt.Println(f.Severity, f.Code, f.Pointer, strings.Contains(f.Message, "rests on an interpretation"))
		}
	}
	// Output:
	// warning public-authority-legitimate-interests /activities/0/lawful_bases/0/basis true
}

func ExampleCheckWith() {
	n, err := notice.Parse([]byte(`{"$schema": "https://noticekit.github.io/schema/notice/v2.json",
  "id": "x", "language": "en", "published": "2026-07-01",
  "controller": {"name": "Example Council", "contact": {"emails": ["info@example.gov.uk"]}},
  "activities": [{"id": "cctv", "name": "CCTV", "regime": "uk-gdpr",
    "purposes": [{"id": "safety", "text": "Public safety"}],
    "lawful_bases": [{"basis": "public-task"}],
    "sources": [{"name": "Cameras", "data_subject": "no"}],
    "data_categories": [{"name": "Images", "kind": "personal"}],
    "recipients": {"shared": "no"}, "transfers": {"occurs": "no"},
    "automated_decisions": {"used": false},
    "retention": [{"kind": "rule", "rules": [{"schedule": "council", "rule": "cctv-31-days"}]}]}],
  "rights": {"items": [{"right": "access"}, {"right": "rectification"}, {"right": "erasure"},
    {"right": "restriction"}, {"right": "object", "text": "You can object to our use of CCTV."}]},
  "complaints": {"controller": {"text": "Write to us."}, "commissioner": {"text": "Or to the ICO."}}}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	sched := &retention.Definition{ID: "council", Version: "2026-1", Rules: []retention.RuleDef{{ID: "cctv-30-days"}}}
	for _, f := range notice.CheckWith(n, civil.MustParse("2026-11-22"), notice.Options{Schedules: []*retention.Definition{sched}}) {
		fmt.Println(f)
	}
	// Output:
	// /activities/0/retention/0/rules/0: warning retention-rule-unresolved: schedule "council" (version 2026-1) has no rule "cctv-31-days" (UK GDPR Art 13(2)(a), 14(2)(a))
}

func ExampleTranslations() {
	t, err := notice.Translations(map[string]string{"en": "Privacy notice", "cy": "Hysbysiad preifatrwydd"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, tr := range t.Translations() {
		fmt.Println(tr.Tag, tr.Text)
	}
	// Output:
	// cy Hysbysiad preifatrwydd
	// en Privacy notice
}

func ExampleParseSeverity() {
	s, err := notice.ParseSeverity("warning")
	fmt.Println(s, err, s > notice.Info)
	_, err = notice.ParseSeverity("fatal")
	fmt.Println(err)
	// Output:
	// warning <nil> true
	// unknown severity "fatal": want one of info, warning, error
}

func ExampleEncode() {
	e, err := examples.Notice("stockport-soloprotect")
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := notice.Parse(e.Data)
	if err != nil {
		fmt.Println(err)
		return
	}
	var b strings.Builder
	if err := notice.Encode(&b, n); err != nil {
		fmt.Println(err)
		return
	}
	// Encode writes the same canonical bytes the example file holds.
	fmt.Println(b.String() == string(e.Data))
	// Output: true
}

// Every closed code set of the model (claims, safeguards, retention kinds…)
// has the same Parse, String and list functions.
func ExampleParseClaim() {
	c, err := notice.ParseClaim("does-not-apply")
	fmt.Println(c, err)
	fmt.Println(notice.Claims())
	_, err = notice.ParseSafeguard("standard-clauses")
	fmt.Println(err)
	// Output:
	// does-not-apply <nil>
	// [applies qualified does-not-apply]
	// unknown safeguard "standard-clauses": want one of adequacy, idta, addendum, bcr, derogation, not-stated
}

func ExampleContact_Reachable() {
	dpo := &notice.Contact{Text: notice.Plain("contact our Data Protection Officer via our guide")}
	fmt.Println(dpo.Reachable())
	dpo.Emails = []string{"dpo@example.gov.uk"}
	fmt.Println(dpo.Reachable())
	// Output:
	// false
	// true
}

// Every enumerated field of the model (controller kind, data kind, special
// category, sharing, safeguard, retention kind, role…) has a Parse function
// and a list of its codes, in the schema's order; unknown codes are errors.
func ExampleParseControllerKind() {
	k, err := notice.ParseControllerKind("police-and-crime-commissioner")
	fmt.Println(k, err)
	_, err = notice.ParseControllerKind("council")
	fmt.Println(err != nil)
	fmt.Println(notice.ControllerKinds())
	// Output:
	// police-and-crime-commissioner <nil>
	// true
	// [local-authority police-force police-and-crime-commissioner school education-service other-public-body private-body]
}

// A service notice that names its parent: Options.Resolve finds the parent
// among loaded notices by id, and the items the parent gives are satisfied.
func ExampleOptions_parent() {
	corporate := &notice.Notice{ID: "council", Controller: notice.Controller{Name: "Example Council",
		Contact: &notice.Contact{Emails: []string{"info@example.gov.uk"}}}}
	service := &notice.Notice{ID: "parking", Parent: &notice.Parent{ID: "council", URL: "https://example.gov.uk/privacy"},
		Controller: notice.Controller{NotNamed: true}}
	loaded := map[string]*notice.Notice{corporate.ID: corporate}
	resolve := func(id string) (*notice.Notice, bool) { n, ok := loaded[id]; return n, ok }
	count := func(fs []notice.Finding) (named int) {
		for _, f := range fs {
			if f.Code == notice.CodeControllerNotNamed || f.Code == notice.CodeControllerContactMissing {
				named++
				fmt.Println(f.Severity, f.Code)
			}
		}
		return named
	}
	on := civil.MustParse("2026-11-22")
	fmt.Println(count(notice.CheckWith(service, on, notice.Options{Resolve: resolve})))
	fmt.Println(count(notice.CheckWith(service, on, notice.Options{})))
	// Output:
	// 0
	// warning controller-contact-missing
	// warning controller-not-named
	// 2
}
