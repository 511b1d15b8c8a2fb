package notice_test

import (
	"errors"
	"fmt"
	"os"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/notice"
)

// The catalogue says how each law judges a finding: a pipeline looks up the
// codes it reports to show their severity and citation for the notice's
// regimes on the day it checks.
func ExampleLookup() {
	e, ok := notice.Lookup(notice.CodeComplaintToControllerAbsent)
	fmt.Println(ok, e.Code)
	for _, day := range []string{"2026-06-18", "2026-06-19"} {
		_, citation, applies := e.Judge([]lawfulbasis.Regime{lawfulbasis.UKGDPR}, civil.MustParse(day))
		fmt.Printf("%s: applies %v (%s)\n", day, applies, citation)
	}
	_, _, applies := e.Judge([]lawfulbasis.Regime{lawfulbasis.EUGDPR}, civil.MustParse("2026-11-22"))
	fmt.Println("eu-gdpr:", applies)
	// Output:
	// true complaint-to-controller-missing
	// 2026-06-18: applies false ()
	// 2026-06-19: applies true (UK GDPR Art 13(2)(ca), 14(2)(da); DPA 2018 s164A)
	// eu-gdpr: false
}

// Catalogue is a copy of the whole table, one entry per code: what
// FINDINGS.md lists.
func ExampleCatalogue() {
	codes := map[string]bool{}
	for _, e := range notice.Catalogue() {
		codes[e.Code] = true
	}
	fmt.Println(codes[notice.CodeRightNotMentioned], codes["no-such-code"])
	// Output:
	// true false
}

// A date before the notice's regime existed gets a refusal, not findings.
func ExampleLawExists() {
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
	var before *lawfulbasis.BeforeRegimeError
	err = notice.LawExists(n, civil.MustParse("2020-06-01"))
	fmt.Println(errors.As(err, &before), before.Regime, before.From)
	fmt.Println(notice.LawExists(n, civil.MustParse("2026-11-22")))
	// Output:
	// true uk-gdpr 2021-01-01
	// <nil>
}

// A notice written for version 1 of the schema is still read: Parse
// validates it against its own schema and migrates it.
func ExampleParse_version1() {
	data, err := os.ReadFile("testdata/v1/maidstone-parking-bwv.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := notice.Parse(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(notice.SchemaV1ID)
	fmt.Println(n.Schema == notice.SchemaID, n.Controller.Name)
	// Output:
	// https://noticekit.github.io/schema/notice/v1.json
	// true Maidstone Borough Council
}

// The zero Text and the zero Contact mean "not given"; Equal compares
// texts in the form they were written.
func ExampleText_IsZero() {
	var t notice.Text
	var c notice.Contact
	fmt.Println(t.IsZero(), c.IsZero())
	c.Emails = []string{"dpo@example.gov.uk"}
	fmt.Println(notice.Plain("x").IsZero(), c.IsZero())
	fmt.Println(notice.Plain("Parking").Equal(notice.Plain("Parking")), notice.Plain("Parking").Equal(t))
	// Output:
	// true true
	// false false
	// true false
}
