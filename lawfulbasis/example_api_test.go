package lawfulbasis_test

import (
	"errors"
	"fmt"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/lawfulbasis"
)

// A date before a regime existed has no law to answer from: callers test
// for [lawfulbasis.BeforeRegimeError] and refuse, rather than answer.
func ExampleRegimeExists() {
	err := lawfulbasis.RegimeExists(lawfulbasis.UKGDPR, civil.MustParse("2020-12-31"))
	var before *lawfulbasis.BeforeRegimeError
	if errors.As(err, &before) {
		fmt.Printf("%s begins on %s, not by %s\n", before.Regime, before.From, before.On)
	}
	fmt.Println(lawfulbasis.RegimeExists(lawfulbasis.UKGDPR, civil.MustParse("2021-01-01")))
	// Output:
	// uk-gdpr begins on 2021-01-01, not by 2020-12-31
	// <nil>
}

// Callers branch on a [lawfulbasis.Result]'s stable code, never on its
// sentence.
func ExampleResult_code() {
	on := civil.MustParse("2026-11-22")
	for _, b := range []lawfulbasis.Basis{lawfulbasis.PublicTask, lawfulbasis.LegitimateInterests} {
		r := lawfulbasis.PublicAuthorityBasis(b, true, on)
		switch r.Code {
		case lawfulbasis.CodeOK:
			fmt.Printf("%s: fine for a public task\n", b)
		case lawfulbasis.CodePublicAuthorityLI:
			fmt.Printf("%s: not for a public authority's tasks (%s)\n", b, r.Citation)
		default:
			fmt.Printf("%s: %s\n", b, r.Code)
		}
	}
	// Output:
	// public-task: fine for a public task
	// legitimate-interests: not for a public authority's tasks (UK GDPR Art 6(1) second subparagraph, as amended by DUAA s70(2)(c); DPA 2018 s7)
}

// AcceptsSch1 says which DPA 2018 Sch 1 paragraphs an Art 9(2) condition
// can rest on.
func ExampleCondition_AcceptsSch1() {
	fmt.Println(lawfulbasis.Art9B.AcceptsSch1(lawfulbasis.Sch1Para1))
	fmt.Println(lawfulbasis.Art9B.AcceptsSch1(lawfulbasis.Sch1Para6))
	fmt.Println(lawfulbasis.Art9G.AcceptsSch1(lawfulbasis.Sch1Para6))
	// Output:
	// true
	// false
	// true
}
