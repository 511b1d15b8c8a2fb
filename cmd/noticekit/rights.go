package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/internal/report"
	"github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/rights"
)

func init() {
	register(command{name: "rights", summary: "which data-subject rights apply (regime × basis × date)", run: runRights})
}

// rightsToday is the clock behind the --on default; tests replace it.
var rightsToday = civil.Today

// rightsDateFlag is a flag.Value holding a civil.Date written YYYY-MM-DD. It
// is shared by the rights and deadline commands.
type rightsDateFlag struct{ d *civil.Date }

func (f rightsDateFlag) String() string {
	if f.d == nil {
		return ""
	}
	return f.d.String()
}

func (f rightsDateFlag) Set(s string) error {
	d, err := civil.Parse(s)
	if err != nil {
		return err
	}
	*f.d = d
	return nil
}

// rightsUsageError prints "noticekit CMD: msg" and returns exitUsage.
func rightsUsageError(stderr io.Writer, cmd string, format string, args ...any) int {
	fmt.Fprintf(stderr, "noticekit %s: %s\n", cmd, fmt.Sprintf(format, args...))
	return exitUsage
}

// rightsParseFlags runs fs.Parse, mapping -h to exitOK and any other problem (the
// flag package has already printed it) to exitUsage. ok is false when the
// command should stop with code.
func rightsParseFlags(fs *flag.FlagSet, args []string) (code int, ok bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK, false
		}
		return exitUsage, false
	}
	return exitOK, true
}

func runRights(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("rights", flag.ContinueOnError)
	fs.SetOutput(stderr)
	regimeCode := fs.String("regime", "uk-gdpr", "regime: "+rightsCodeList(lawfulbasis.Regimes()))
	basisCode := fs.String("basis", "", "lawful basis (required): "+rightsCodeList(lawfulbasis.Bases()))
	var on civil.Date
	fs.Var(rightsDateFlag{&on}, "on", "the date the law is read at, YYYY-MM-DD (default today in London)")
	asJSON := fs.Bool("json", false, "print JSON")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: noticekit rights --basis B [--regime R] [--on YYYY-MM-DD] [--json]")
		fmt.Fprintln(stderr, "\nPrints every data-subject right, whether it applies, its citation and why.")
		fs.PrintDefaults()
	}
	if code, ok := rightsParseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return rightsUsageError(stderr, "rights", "unexpected argument %q: rights takes flags only", fs.Arg(0))
	}
	regime, err := lawfulbasis.ParseRegime(*regimeCode)
	if err != nil {
		return rightsUsageError(stderr, "rights", "--regime: %v", err)
	}
	if on.IsZero() {
		on = rightsToday()
	}
	if *basisCode == "" {
		return rightsUsageError(stderr, "rights", "--basis is required: want one of %s under %s on %s",
			rightsCodeList(rights.Bases(regime, on)), regime, on)
	}
	basis, err := lawfulbasis.ParseBasis(*basisCode)
	if err != nil {
		return rightsUsageError(stderr, "rights", "--basis: unknown basis %q: want one of %s under %s on %s",
			*basisCode, rightsCodeList(rights.Bases(regime, on)), regime, on)
	}
	entries, err := rights.For(regime, basis, on)
	if err != nil {
		return rightsUsageError(stderr, "rights", "%s", strings.TrimPrefix(err.Error(), "rights: "))
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
