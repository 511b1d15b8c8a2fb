package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/internal/report"
	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/schema"
)

// multiFlag collects a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(s string) error { *m = append(*m, s); return nil }

func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", "[--on D] [--json] [--fail-on error|warning|info|none] [--schedule S.json…] [--parent P.json] FILE… | --examples",
		"Output: file: pointer: severity code: message (citation). - reads standard input.\n"+
			"A date before a notice's regime existed is refused (exit 2).")
	asJSON := fs.Bool("json", false, "write findings as JSON")
	useExamples := fs.Bool("examples", false, "check the bundled example notices (against the bundled schedules)")
	failOn := failOnLevel{notice.Error}
	fs.TextVar(&failOn, "fail-on", failOn, "exit 1 when a finding of this `severity` or above is present: error, warning, info, or none to report without failing")
	var on civil.Date
	fs.TextVar(&on, "on", civil.Date{}, "the `date` to read the law at, YYYY-MM-DD (default today in London)")
	var scheduleFiles multiFlag
	fs.Var(&scheduleFiles, "schedule", "a retention schedule to resolve rule references against (repeatable)")
	parentFile := fs.String("parent", "", "the parent notice (a corporate notice) that the checked notices name in \"parent\"")
	files, code, ok := parseFlags(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	threshold := failOn.threshold
	day := on
	if day.IsZero() {
		day = civil.Today()
	} else {
		warnLawAfter(stderr, "check", day, civil.Today())
	}
	opt := notice.Options{}
	if *useExamples {
		for _, s := range examples.Schedules() {
			def, _, err := schema.LoadSchedule(s.Data)
			if err != nil {
				fmt.Fprintf(stderr, "noticekit check: bundled schedule %s: %v\n", s.File, err)
				return exitUsage
			}
			opt.Schedules = append(opt.Schedules, def)
		}
	}
	for _, f := range scheduleFiles {
		data, err := readBounded(f, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "noticekit check: %v\n", err)
			return exitUsage
		}
		def, _, err := schema.LoadSchedule(data)
		if err != nil {
			fmt.Fprintf(stderr, "noticekit check: schedule %s is not valid:\n%v\n", f, err)
			return exitInvalid
		}
		opt.Schedules = append(opt.Schedules, def)
	}
	if *parentFile != "" {
		data, err := readBounded(*parentFile, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "noticekit check: %v\n", err)
			return exitUsage
		}
		parent, err := notice.Parse(data)
		if err != nil {
			fmt.Fprintf(stderr, "noticekit check: parent %s is not valid:\n%v\n", *parentFile, err)
			return exitInvalid
		}
		opt.Parent = parent
	}
	ins, err := readInputs(files, *useExamples, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "noticekit check: %v\n", err)
		return exitUsage
	}
	status := exitOK
	var counts [4]int
	results := make([]report.Check, 0, len(ins))
	for _, in := range ins {
		var res report.Check
		if in.err != nil {
			res = report.CheckInvalid(in.name, day, in.data, in.err)
		} else {
			res = report.CheckNotice(in.name, in.data, day, opt)
			if opt.Parent != nil {
				if named := parentID(in.data); named != opt.Parent.ID {
					fmt.Fprintf(stderr, "noticekit check: %s: --parent is notice %q, but this notice names %q as its parent: the parent was not used\n", in.name, opt.Parent.ID, named)
				}
			}
		}
		if !res.Valid {
			status = exitInvalid
			for _, p := range res.Problems {
				if !*asJSON {
					fmt.Fprintf(stdout, "%s:%d:%d: %s: %s\n", in.name, p.Line, p.Column, pointerOrRoot(p.Pointer), p.Message)
				}
			}
			results = append(results, res)
			continue
		}
		for _, f := range res.Findings {
			if f.Code == notice.CodeDateBeforeRegime {
				// No law to judge by (docs/law.md §11.2): refuse the date.
				fmt.Fprintf(stderr, "noticekit check: %s: --on %s: %s\n", in.name, day, f.Message)
				return exitUsage
			}
			counts[f.Severity]++
			if f.Severity >= threshold {
				status = exitInvalid
			}
			if !*asJSON {
				fmt.Fprintf(stdout, "%s: %s\n", in.name, f)
			}
		}
		results = append(results, res)
	}
	if *asJSON {
		if code := writeJSON(stdout, stderr, "check", results); code != exitOK {
			return code
		}
	} else {
		fmt.Fprintf(stderr, "checked %d notice(s) at %s: %d error(s), %d warning(s), %d info\n",
			len(ins), day, counts[notice.Error], counts[notice.Warning], counts[notice.Info])
	}
	return status
}

// parentID returns the id of the parent a notice document names, or "".
func parentID(data []byte) string {
	var head struct {
		Parent struct {
			ID string `json:"id"`
		} `json:"parent"`
	}
	_ = json.Unmarshal(data, &head) // a document that does not decode has already been reported
	return head.Parent.ID
}
