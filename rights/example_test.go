package rights_test

import (
	"fmt"

	"github.com/noticekit/noticekit/civil"
	lb "github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/rights"
)

// Statuses lists every status For can return, here to count a DPA 2018
// Part 3 table by status.
func ExampleStatuses() {
	entries, err := rights.For(lb.DPA2018Part3, lb.LawEnforcementTask, civil.MustParse("2026-11-22"))
	if err != nil {
		fmt.Println(err)
		return
	}
	count := map[rights.Status]int{}
	for _, e := range entries {
		count[e.Status]++
	}
	for _, s := range rights.Statuses() {
		fmt.Println(s, count[s])
	}
	// Output:
	// applies 2
	// qualified 6
	// does-not-apply 4
}

// AllRestrictionGrounds is every ground in the order of the lettered
// paragraphs (a)–(e), whatever the date; RestrictionGrounds gives the
// grounds in force on a day, with their citations.
func ExampleAllRestrictionGrounds() {
	for i, g := range rights.AllRestrictionGrounds() {
		fmt.Printf("(%c) %s\n", 'a'+i, g)
	}
	// Output:
	// (a) avoid-obstructing-inquiry
	// (b) avoid-prejudicing-crime
	// (c) public-security
	// (d) national-security
	// (e) rights-of-others
}
