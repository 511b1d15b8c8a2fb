package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/rights"
)

func init() {
	register(command{name: "deadline", summary: "the date a rights request must be answered by", run: runDeadline})
}

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
	fs := flag.NewFlagSet("deadline", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var req rights.Request
	fs.Var(rightsDateFlag{&req.Received}, "received", "the day the request was received, YYYY-MM-DD (required)")
	regimeCode := fs.String("regime", "uk-gdpr", "regime: uk-gdpr or dpa-2018-part-3")
	rightCode := fs.String("right", "access", "the right the request exercises: "+rightsCodeList(rights.All()))
	fs.Var(rightsDateFlag{&req.IDReceived}, "id-received", "the day identity information was received")
	fs.Var(rightsDateFlag{&req.FeePaid}, "fee-paid", "the day the fee was paid")
	fs.Var(rightsDateFlag{&req.ClarificationAsked}, "clarification-asked", "the day clarification of an access request was asked for")
	fs.Var(rightsDateFlag{&req.ClarificationReceived}, "clarification-received", "the day the clarification was received")
	fs.BoolVar(&req.Extended, "extended", false, "the period was extended by two months by notice")
	nationCode := fs.String("nation", "england-and-wales", "bank-holiday calendar: "+rightsCodeList(civil.Nations()))
	asJSON := fs.Bool("json", false, "print JSON")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: noticekit deadline --received YYYY-MM-DD [--regime R] [--right R] [--id-received D] [--fee-paid D]")
		fmt.Fprintln(stderr, "         [--clarification-asked D --clarification-received D] [--extended] [--nation N] [--json]")
		fmt.Fprintln(stderr, "\nPrints the date a rights request must be answered by, with each step of the calculation.")
		fs.PrintDefaults()
	}
	if code, ok := rightsParseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return rightsUsageError(stderr, "deadline", "unexpected argument %q: deadline takes flags only", fs.Arg(0))
	}
	var err error
	if req.Regime, err = lawfulbasis.ParseRegime(*regimeCode); err != nil {
		return rightsUsageError(stderr, "deadline", "--regime: %v", err)
	}
	if req.Right, err = rights.ParseRight(*rightCode); err != nil {
		return rightsUsageError(stderr, "deadline", "--right: %v", err)
	}
	if req.Nation, err = civil.ParseNation(*nationCode); err != nil {
		return rightsUsageError(stderr, "deadline", "--nation: %v", err)
	}
	resp, err := rights.Deadline(req)
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			line = strings.TrimPrefix(line, "rights: deadline: ")
			rightsUsageError(stderr, "deadline", "%s", deadlineFlagNames.Replace(line))
		}
		return exitUsage
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
