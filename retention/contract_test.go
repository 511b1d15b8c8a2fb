package retention

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// contractRules are the named rules of the worked-examples table in
// docs/retention.md, as that document defines them.
var contractRules = map[string]string{
	"bwc": `{"$schema":"` + SchemaID + `","id":"bwc","version":"1",
	  "facts":[{"name":"captured","meaning":"the day the footage was recorded"},
	           {"name":"case_opened","meaning":"the day a complaint or court case was opened"},
	           {"name":"case_closed","meaning":"the day that case was closed","requires":["case_opened"],"not_before":["case_opened"]}],
	  "rules":[{"id":"r","then":"destroy","retain":{"later_of":[{"from":"captured","period":"P60D"},{"from":"case_closed","when":"case_opened"}]}}]}`,
	"mopi": `{"$schema":"` + SchemaID + `","id":"mopi","version":"1",
	  "facts":[{"name":"date_of_birth","meaning":"the subject's date of birth"},
	           {"name":"created","meaning":"the day the record was created"},
	           {"name":"reviewed","meaning":"the day of the latest review","not_before":["created"]}],
	  "rules":[{"id":"r","then":"review","retain":{"from":"date_of_birth","period":"P100Y"},"review_every":{"from":"created","period":"P10Y"}}]}`,
}

// contractRow is one row of the worked-examples table.
type contractRow struct {
	rule, facts, today                       string
	outcome, reason, due, nextReview, source string
}

// readContract reads the worked-examples table of docs/retention.md.
func readContract(t *testing.T) []contractRow {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "docs", "retention.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(data), "\n## Worked examples\n")
	if !ok {
		t.Fatal("docs/retention.md has no Worked examples section")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	var rows []contractRow
	header := false
	for _, line := range strings.Split(section, "\n") {
		if !strings.HasPrefix(line, "|") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		switch {
		case !header:
			want := []string{"rule", "facts", "today", "outcome", "reason", "due", "next review"}
			if diff := cmp.Diff(want, cells); diff != "" {
				t.Fatalf("table header (-want +got):\n%s", diff)
			}
			header = true
			continue
		case strings.HasPrefix(cells[0], "---"):
			continue
		case len(cells) != 7:
			t.Fatalf("row %q: %d cells, want 7", line, len(cells))
		}
		rows = append(rows, contractRow{rule: strings.Trim(cells[0], "`"), facts: cells[1], today: cells[2],
			outcome: cells[3], reason: cells[4], due: cells[5], nextReview: cells[6], source: line})
	}
	return rows
}

// contractSchedule compiles the schedule of a row's rule: a named rule, or
// a retain clause with then destroy and its facts declared.
func contractSchedule(t *testing.T, rule string) *Schedule {
	t.Helper()
	doc, named := contractRules[rule]
	if !named {
		r := `{"id":"r","then":"destroy","retain":` + rule + `}`
		doc = `{"$schema":"` + SchemaID + `","id":"t","version":"1","facts":` + declare(r) + `,"rules":[` + r + `]}`
	}
	s, err := CompileJSON([]byte(doc))
	if err != nil {
		t.Fatalf("rule %s: %v", rule, err)
	}
	return s
}

// TestContractWorkedExamples decides every row of the worked-examples table
// of docs/retention.md, and the same record with a hold.
func TestContractWorkedExamples(t *testing.T) {
	rows := readContract(t)
	if len(rows) < 20 {
		t.Fatalf("%d worked examples in docs/retention.md, want at least 20", len(rows))
	}
	seen := map[Outcome]bool{}
	for i, row := range rows {
		t.Run(fmt.Sprint(i+1), func(t *testing.T) {
			s := contractSchedule(t, row.rule)
			facts := map[string]*string{}
			for _, kv := range strings.Split(row.facts, ", ") {
				name, value, ok := strings.Cut(kv, "=")
				if !ok {
					t.Fatalf("fact %q: want name=value", kv)
				}
				if value == "null" {
					facts[name] = nil
				} else {
					facts[name] = &value
				}
			}
			rec := s.Resolve(&Input{ID: "x", Rule: "r", Facts: facts})
			dec := s.Decide(&rec, d(row.today))
			seen[dec.Outcome] = true
			want := []string{row.outcome, row.reason, row.due, row.nextReview}
			got := []string{dec.Outcome.String(), dec.Reason.String(), dec.Due.String(), dec.NextReview.String()}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", row.source, diff)
			}
			held := s.Resolve(&Input{ID: "x", Rule: "r", Facts: facts, Holds: []string{"legal-hold"}})
			hd := s.Decide(&held, d(row.today))
			if dec.Outcome == CannotEvaluate && hd.Outcome != CannotEvaluate ||
				dec.Outcome != CannotEvaluate && (hd.Outcome != Held || hd.Reason != RecordHold) {
				t.Errorf("%s\nwith a hold: %s %s", row.source, hd.Outcome, hd.Reason)
			}
		})
	}
	for _, o := range []Outcome{CannotEvaluate, ReviewDue, AwaitingEvent, NotYet, Eligible} {
		if !seen[o] {
			t.Errorf("no worked example decides %s", o)
		}
	}
}
