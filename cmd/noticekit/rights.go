package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/internal/report"
	"github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/rights"
)

// rightsToday is the clock behind the --on default; tests replace it.
var rightsToday = civil.Today

// rightsUsageError prints "noticekit CMD: msg" and returns exitUsage.
func rightsUsageError(stderr io.Writer, cmd string, format string, args ...any) int {
	fmt.Fprintf(stderr, "noticekit %s: %s\n", cmd, fmt.Sprintf(format, args...))
	return exitUsage
}

func runRights(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("rights", "--basis B [--regime R] [--on YYYY-MM-DD] [--json]",
		"Prints every data-subject right, whether it applies, its citation and why.")
	regime := lawfulbasis.UKGDPR
	fs.TextVar(&regime, "regime", regime, "`regime`: "+rightsCodeList(lawfulbasis.Regimes()))
	var basis lawfulbasis.Basis
	fs.TextVar(&basis, "basis", basis, "lawful `basis` (required): "+rightsCodeList(lawfulbasis.Bases()))
	var on civil.Date
	fs.TextVar(&on, "on", on, "the `date` the law is read at, YYYY-MM-DD (default today in London)")
	asJSON := fs.Bool("json", false, "print JSON")
	if code, ok := parseFlagsOnly(fs, args, stdout, stderr); !ok {
		return code
	}
	if on.IsZero() {
		on = rightsToday()
	} else {
		warnLawAfter(stderr, "rights", on, rightsToday())
	}
	if basis == lawfulbasis.BasisUnspecified {
		return rightsUsageError(stderr, "rights", "--basis is required: want one of %s under %s on %s",
			rightsCodeList(rights.Bases(regime, on)), regime, on)
	}
	entries, err := rights.For(regime, basis, on)
	if err != nil {
		return rightsProblems(stderr, "rights", err, nil)
	}

	if *asJSON {
		return writeJSON(stdout, stderr, "rights", report.Rights{Regime: regime, Basis: basis, On: on, Rights: entries})
	}

	fmt.Fprintf(stdout, "Rights under %s, lawful basis %s, as the law stood on %s\n\n", regime, basis, on)
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "RIGHT\tSTATUS\tCITATION\tREASON")
	for _, e := range entries {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", e.Right, e.Status, e.Citation, e.Reason)
	}
	tw.Flush()
	if regime == lawfulbasis.DPA2018Part3 {
		fmt.Fprintf(stdout, "\nRestriction grounds, DPA 2018 s44(4), s45(4), s48(3), on %s:\n", on)
		for _, g := range rights.RestrictionGrounds(on) {
			fmt.Fprintf(stdout, "  %s: %s (%s)\n", g.Ground, g.Text, g.Citation)
			if g.Note != "" {
				fmt.Fprintf(stdout, "    note: %s\n", g.Note)
			}
		}
	}
	return exitOK
}

// rightsCodeList joins the codes of vs with ", ".
func rightsCodeList[T fmt.Stringer](vs []T) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = v.String()
	}
	return strings.Join(s, ", ")
}
