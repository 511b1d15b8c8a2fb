package main

import (
	"fmt"
	"io"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/lawfulbasis"
)

// lawKnown returns the first and last days of lawfulbasis' table of the
// law's dates: the span of the law this version knows.
func lawKnown() (first, last civil.Date) {
	ds := lawfulbasis.Dates()
	return ds[0].On, ds[len(ds)-1].On
}

// warnLawAfter warns on stderr when an --on date given to a command that
// reads the law is after both today (clock) and the last change of the law
// this version knows: the law may change before that day, and no change
// after the table's last date is reflected in what it prints. A day up to
// today is the law as this version holds it, and does not warn (it would
// on every ordinary run).
func warnLawAfter(stderr io.Writer, cmd string, day, clock civil.Date) {
	if _, last := lawKnown(); day.After(last) && day.After(clock) {
		fmt.Fprintf(stderr, "noticekit %s: warning: --on %s is after today (%s, London) and after %s, the last change in the law this version of noticekit knows (noticekit version): the law may change before then, and a later change is not reflected\n",
			cmd, day, clock, last)
	}
}
