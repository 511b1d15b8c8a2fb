package main

// noticekit retention facts: a schedule's data contract (docs/retention.md,
// "Facts"): the facts it declares, what each means, the constraints between
// them, the rules that use each, and the CSV header line a records extract
// must produce.

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/noticekit/noticekit/internal/report"
	"github.com/noticekit/noticekit/retention"
)

// factsOutput is the --json output of retention facts.
type factsOutput struct {
	Schedule  string     `json:"schedule"`
	Version   string     `json:"version"`
	Facts     []factLine `json:"facts"`
	CSVHeader string     `json:"csv_header"`
}

// factLine is one declared fact and the rules that name it.
type factLine struct {
	retention.FactDef
	Rules []string `json:"rules"`
}

func runRetentionFacts(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("retention facts", flag.ContinueOnError)
	schedFlag := fs.String("schedule", "", "the retention schedule: a file (- for standard input), or example:ID for a bundled schedule (required)")
	asJSON := fs.Bool("json", false, "write one JSON object: the schedule, its facts and the CSV header")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `usage: noticekit retention facts --schedule S.json|example:ID [--json]

Prints the facts a retention schedule declares: its data contract with the
systems that extract records (docs/retention.md, "Facts"). For each fact:
its name, its meaning, the facts it requires or is not before, and the
rules that name it; then the CSV header line a records extract must
produce for retention decide. A record gives every fact its rule names: a
date, or null (an empty CSV cell) if the event has not happened; a fact
left out (in CSV: ? in the cell) is unknown, and the record cannot be
decided.

Exit status: 0 the schedule is valid; 1 it is not (every problem is
printed, with its place); 2 usage or I/O error.

Flags:
`)
		fs.PrintDefaults()
	}
	if code, ok := parseFlagsOnly(fs, args, stdout, stderr); !ok {
		return code
	}
	if *schedFlag == "" {
		fmt.Fprintf(stderr, "noticekit retention facts: --schedule is required: a schedule file, or example:ID (one of %s)\n", rdExampleIDs())
		return exitUsage
	}
	name, data, err := rdLoadSchedule(*schedFlag, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "noticekit retention facts: %v\n", err)
		return exitUsage
	}
	sched, probs := report.CompileSchedule(data)
	if len(probs) > 0 {
		return printScheduleProblems("retention facts", name, probs, *asJSON, stdout, stderr)
	}
	out := factsOutput{Schedule: sched.ID(), Version: sched.Version(), CSVHeader: "id,rule,holds"}
	for _, f := range sched.Facts() {
		out.Facts = append(out.Facts, factLine{FactDef: f, Rules: []string{}})
		out.CSVHeader += "," + f.Name
	}
	for _, id := range sched.RuleIDs() {
		used, _ := sched.UsedFacts(id)
		for _, name := range used {
			slot, _ := sched.FactSlot(name)
			out.Facts[slot].Rules = append(out.Facts[slot].Rules, id)
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			fmt.Fprintf(stderr, "noticekit retention facts: %v\n", err)
			return exitUsage
		}
		return exitOK
	}
	var b strings.Builder
	fmt.Fprintf(&b, "schedule %s version %s declares %d fact(s):\n", out.Schedule, out.Version, len(out.Facts))
	for _, f := range out.Facts {
		fmt.Fprintf(&b, "\n%s\n  %s\n", f.Name, f.Meaning)
		if len(f.Requires) > 0 {
			fmt.Fprintf(&b, "  requires: %s (has happened whenever %s has)\n", strings.Join(f.Requires, ", "), f.Name)
		}
		if len(f.NotBefore) > 0 {
			fmt.Fprintf(&b, "  not before: %s\n", strings.Join(f.NotBefore, ", "))
		}
		if len(f.Rules) > 0 {
			fmt.Fprintf(&b, "  used by: %s\n", strings.Join(f.Rules, ", "))
		} else {
			fmt.Fprintf(&b, "  used by no rule\n")
		}
	}
	fmt.Fprintf(&b, "\nCSV header for retention decide (an empty cell asserts that the event has not happened; write ? where the row does not know the fact):\n%s\n", out.CSVHeader)
	io.WriteString(stdout, b.String())
	return exitOK
}
