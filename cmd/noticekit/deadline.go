package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/rights"
)

// deadlineFlagNames maps the field names in rights.Deadline's errors to the
// flags that set them, so that messages name what the user typed.
var deadlineFlagNames = strings.NewReplacer(
	"received is missing", "--received is required",
	"clarification_asked", "--clarification-asked",
	"clarification_received", "--clarification-received",
	"id_received", "--id-received",
	"fee_paid", "--fee-paid",
	"extended:", "--extended:",
)

func runDeadline(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("deadline", "--received YYYY-MM-DD [--regime R] [--right R] [--id-received D] [--fee-paid D]\n         [--clarification-asked D --clarification-received D] [--extended] [--nation N] [--json]",
		"Prints the date a rights request must be answered by, with each step of the calculation.")
	req := rights.Request{Regime: lawfulbasis.UKGDPR, Right: rights.Access, Nation: civil.EnglandAndWales}
	fs.TextVar(&req.Received, "received", civil.Date{}, "the `date` the request was received, YYYY-MM-DD (required)")
	fs.TextVar(&req.Regime, "regime", req.Regime, "`regime`: uk-gdpr or dpa-2018-part-3")
	fs.TextVar(&req.Right, "right", req.Right, "the `right` the request exercises: "+rightsCodeList(rights.All()))
	fs.TextVar(&req.IDReceived, "id-received", civil.Date{}, "the `date` identity information was received")
	fs.TextVar(&req.FeePaid, "fee-paid", civil.Date{}, "the `date` the fee was paid")
	fs.TextVar(&req.ClarificationAsked, "clarification-asked", civil.Date{}, "the `date` clarification of an access request was asked for")
	fs.TextVar(&req.ClarificationReceived, "clarification-received", civil.Date{}, "the `date` the clarification was received")
	fs.BoolVar(&req.Extended, "extended", false, "the period was extended by two months by notice")
	fs.TextVar(&req.Nation, "nation", req.Nation, "the `nation` whose bank holidays count: "+rightsCodeList(civil.Nations()))
	asJSON := fs.Bool("json", false, "print JSON")
	if code, ok := parseFlagsOnly(fs, args, stdout, stderr); !ok {
		return code
	}
	resp, err := rights.Deadline(req)
	if err != nil {
		return rightsProblems(stderr, "deadline", err, deadlineFlagNames)
	}

	if *asJSON {
		return writeJSON(stdout, stderr, "deadline", resp)
	}
	fmt.Fprintf(stdout, "Due: %s\n\n", resp.Due)
	fmt.Fprintf(stdout, "%s request under %s, received %s; relevant time %s; bank holidays of %s.\n\n",
		resp.Right, resp.Regime, resp.Received, resp.RelevantTime, req.Nation)
	for i, s := range resp.Steps {
		fmt.Fprintf(stdout, "%2d. %s\n", i+1, s)
	}
	return exitOK
}

// rightsProblems prints each problem of a *rights.RequestError on its own
// line, in the flags' words where names is given, and returns the usage
// exit code.
func rightsProblems(stderr io.Writer, cmd string, err error, names *strings.Replacer) int {
	var re *rights.RequestError
	if !errors.As(err, &re) {
		return rightsUsageError(stderr, cmd, "%v", err)
	}
	for _, p := range re.Problems {
		msg := p.Message
		if names != nil {
			msg = names.Replace(msg)
		}
		rightsUsageError(stderr, cmd, "%s", msg)
	}
	return exitUsage
}
