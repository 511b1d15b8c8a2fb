package retention

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/civil"
)

var update = flag.Bool("update", false, "rewrite golden files")

// oneRule compiles a schedule with a single rule "r" whose retain clause is
// the JSON text retain (empty for none) and whose other fields are extra
// (JSON members, without braces, may be empty). It declares every fact the
// rule names, and reviewed; case_closed requires case_opened and is not
// before it, and reviewed is not before created, as in testdata/maidstone.json.
func oneRule(t testing.TB, retain, then, extra string) *Schedule {
	t.Helper()
	r := `{"id":"r","then":"` + then + `"`
	if retain != "" {
		r += `,"retain":` + retain
	}
	if extra != "" {
		r += "," + extra
	}
	r += "}"
	doc := `{"$schema":"` + SchemaID + `","id":"t","version":"1","facts":` + declare(r) + `,"rules":[` + r + `]}`
	s, err := CompileJSON([]byte(doc))
	if err != nil {
		t.Fatalf("compiling %s: %v", doc, err)
	}
	return s
}

var factRef = regexp.MustCompile(`"(?:from|when)":"([a-z][a-z0-9_]*)"`)

// declare returns a facts declaration for the facts named in the JSON text
// of rules, plus reviewed.
func declare(rules string) string {
	names := []string{}
	seen := map[string]bool{}
	for _, m := range append(factRef.FindAllStringSubmatch(rules, -1), []string{"", "reviewed"}) {
		if !seen[m[1]] {
			seen[m[1]] = true
			names = append(names, m[1])
		}
	}
	var b strings.Builder
	b.WriteByte('[')
	for i, n := range names {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"name":%q,"meaning":"the day of %s"`, n, n)
		switch {
		case n == "case_closed" && seen["case_opened"]:
			b.WriteString(`,"requires":["case_opened"],"not_before":["case_opened"]`)
		case n == "reviewed" && seen["created"]:
			b.WriteString(`,"not_before":["created"]`)
		}
		b.WriteByte('}')
	}
	b.WriteByte(']')
	return b.String()
}

// fx turns a table's facts into Input facts: the text "null" is JSON null,
// "has not happened".
func fx(m map[string]string) map[string]*string {
	if m == nil {
		return nil
	}
	out := make(map[string]*string, len(m))
	for k, v := range m {
		if v == "null" {
			out[k] = nil
		} else {
			out[k] = &v
		}
	}
	return out
}

func loadSchedule(t testing.TB, name string) *Schedule {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	s, err := CompileJSON(data)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return s
}

func d(s string) civil.Date { return civil.MustParse(s) }

// got is the part of a Decision the worked-example tables compare.
type got struct {
	Outcome, Due, Reason, Missing, Holds, Detail string
}

func summary(dec Decision) got {
	return got{Outcome: dec.Outcome.String(), Due: dec.Due.String(), Reason: dec.Reason.String(),
		Missing: dec.Missing, Holds: strings.Join(dec.Holds, ","), Detail: dec.Detail}
}

const bwc = `{"later_of":[{"from":"captured","period":"P60D"},{"from":"case_closed","when":"case_opened"}]}`

// TestWorkedExamples decides the classic worked examples, row by row.
func TestWorkedExamples(t *testing.T) {
	tests := []struct {
		name    string
		retain  string
		then    string
		facts   map[string]string
		holds   []string
		today   string
		outcome string
		due     string
	}{
		{"P60D not yet", `{"from":"captured","period":"P60D"}`, "destroy",
			map[string]string{"captured": "2026-01-01"}, nil, "2026-03-02", "not-yet", "2026-03-03"},
		{"P60D eligible", `{"from":"captured","period":"P60D"}`, "destroy",
			map[string]string{"captured": "2026-01-01"}, nil, "2026-03-03", "eligible", "2026-03-03"},
		{"31 Jan + P1M kept through 28 Feb", `{"from":"d","period":"P1M"}`, "destroy",
			map[string]string{"d": "2026-01-31"}, nil, "2026-03-01", "eligible", "2026-03-01"},
		{"29 Feb + P1Y", `{"from":"d","period":"P1Y"}`, "destroy",
			map[string]string{"d": "2024-02-29"}, nil, "2025-02-28", "not-yet", "2025-03-01"},
		{"financial year + P6Y not yet", `{"from":"t","cutoff":"financial-year","period":"P6Y"}`, "destroy",
			map[string]string{"t": "2020-06-15"}, nil, "2027-03-31", "not-yet", "2027-04-01"},
		{"financial year + P6Y on 31 Mar", `{"from":"t","cutoff":"financial-year","period":"P6Y"}`, "destroy",
			map[string]string{"t": "2021-03-31"}, nil, "2027-04-01", "eligible", "2027-04-01"},
		{"PACE beginning with", `{"from":"taken","period":"P3Y","counting":"beginning-with"}`, "destroy",
			map[string]string{"taken": "2026-01-01"}, nil, "2029-01-01", "eligible", "2029-01-01"},
		{"bwc awaiting case closed", bwc, "destroy",
			map[string]string{"captured": "2026-01-01", "case_opened": "2026-01-10", "case_closed": "null"}, nil, "2026-06-01", "awaiting-event", ""},
		{"bwc case_closed not given: unknown", bwc, "destroy",
			map[string]string{"captured": "2026-01-01", "case_opened": "2026-01-10"}, nil, "2026-06-01", "cannot-evaluate", ""},
		{"bwc no case: 60 days", bwc, "destroy",
			map[string]string{"captured": "2026-01-01", "case_opened": "null", "case_closed": "null"}, nil, "2026-03-03", "eligible", "2026-03-03"},
		{"bwc case_opened not given: unknown, not switched off", bwc, "destroy",
			map[string]string{"captured": "2026-01-01", "case_closed": "2026-06-01"}, nil, "2026-06-02", "cannot-evaluate", ""},
		{"bwc case closed", bwc, "destroy",
			map[string]string{"captured": "2026-01-01", "case_opened": "2026-01-10", "case_closed": "2026-05-05"}, nil,
			"2026-05-06", "eligible", "2026-05-06"},
		{"any, legal hold", `{"from":"captured","period":"P60D"}`, "destroy",
			map[string]string{"captured": "2026-01-01"}, []string{"legal-hold"}, "2030-01-01", "held", ""},
		{"bwc, legal hold", bwc, "destroy",
			map[string]string{"captured": "2026-01-01", "case_opened": "null", "case_closed": "null"}, []string{"legal-hold"}, "2026-06-01", "held", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := oneRule(t, tt.retain, tt.then, "")
			rec := s.Resolve(&Input{ID: "x", Rule: "r", Facts: fx(tt.facts), Holds: tt.holds})
			dec := s.Decide(&rec, d(tt.today))
			if dec.Outcome.String() != tt.outcome || dec.Due.String() != tt.due {
				t.Errorf("got %s due %q, want %s due %q (%+v)", dec.Outcome, dec.Due, tt.outcome, tt.due, dec)
			}
			if dec.Rule != "r" || dec.ScheduleVersion != "1" || dec.ID != "x" {
				t.Errorf("decision names rule %q version %q id %q, want r, 1, x", dec.Rule, dec.ScheduleVersion, dec.ID)
			}
		})
	}
}

// TestMaidstoneSchedule decides records against testdata/maidstone.json
// shows, covering every outcome and reason that schedule can give.
func TestMaidstoneSchedule(t *testing.T) {
	s := loadSchedule(t, "maidstone.json")
	tests := []struct {
		name  string
		in    Input
		today string
		want  got
	}{
		{"bwc within 60 days", Input{Rule: "bwc-footage", Facts: fx(map[string]string{"captured": "2026-01-01", "case_opened": "null", "case_closed": "null"})},
			"2026-02-01", got{Outcome: "not-yet", Due: "2026-03-03", Reason: "period-running"}},
		{"bwc no case: eligible", Input{Rule: "bwc-footage", Facts: fx(map[string]string{"captured": "2026-01-01", "case_opened": "null", "case_closed": "null"})},
			"2026-03-03", got{Outcome: "eligible", Due: "2026-03-03", Reason: "period-ended"}},
		{"bwc case open", Input{Rule: "bwc-footage", Facts: fx(map[string]string{"captured": "2026-01-01", "case_opened": "2026-01-10", "case_closed": "null"})},
			"2026-06-01", got{Outcome: "awaiting-event", Reason: "missing-fact", Missing: "case_closed"}},
		{"bwc case closed before 60 days", Input{Rule: "bwc-footage", Facts: fx(map[string]string{"captured": "2026-01-01",
			"case_opened": "2026-01-02", "case_closed": "2026-01-05"})},
			"2026-03-03", got{Outcome: "eligible", Due: "2026-03-03", Reason: "period-ended"}},
		{"bwc with another rule's fact after today", Input{Rule: "bwc-footage", Facts: fx(map[string]string{"captured": "2026-01-01", "transaction": "2030-01-01", "case_opened": "null", "case_closed": "null"})},
			"2026-03-03", got{Outcome: "eligible", Due: "2026-03-03", Reason: "period-ended"}},
		{"bwc captured not given: unknown", Input{Rule: "bwc-footage", Facts: fx(map[string]string{"case_opened": "null", "case_closed": "null"})},
			"2026-03-03", got{Outcome: "cannot-evaluate", Reason: "fact-unknown", Detail: "captured"}},
		{"bwc captured null: awaiting", Input{Rule: "bwc-footage", Facts: fx(map[string]string{"captured": "null", "case_opened": "null", "case_closed": "null"})},
			"2026-03-03", got{Outcome: "awaiting-event", Reason: "missing-fact", Missing: "captured"}},
		{"bwc case_opened not given: unknown, never eligible", Input{Rule: "bwc-footage", Facts: fx(map[string]string{"captured": "2026-01-01", "case_closed": "2026-06-01"})},
			"2026-06-02", got{Outcome: "cannot-evaluate", Reason: "fact-unknown", Detail: "case_opened"}},
		{"bwc closed without opened", Input{Rule: "bwc-footage", Facts: fx(map[string]string{"captured": "2026-01-01", "case_opened": "null", "case_closed": "2026-06-01"})},
			"2026-06-02", got{Outcome: "cannot-evaluate", Reason: "prerequisite-not-happened", Detail: "case_closed"}},
		{"bwc closed before opened", Input{Rule: "bwc-footage", Facts: fx(map[string]string{"captured": "2026-01-01", "case_opened": "2026-02-01", "case_closed": "2026-01-15"})},
			"2026-06-02", got{Outcome: "cannot-evaluate", Reason: "facts-out-of-order", Detail: "case_closed"}},
		{"financial", Input{Rule: "financial", Facts: fx(map[string]string{"transaction": "2020-04-01"})},
			"2027-03-31", got{Outcome: "not-yet", Due: "2027-04-01", Reason: "period-running"}},
		{"pupil file review due", Input{Rule: "pupil-file", Facts: fx(map[string]string{"date_of_birth": "1990-05-01", "reviewed": "null"})},
			"2026-01-01", got{Outcome: "review-due", Due: "2015-05-02", Reason: "review-at-end"}},
		{"pupil file during IICSA", Input{Rule: "pupil-file", Facts: fx(map[string]string{"date_of_birth": "1990-05-01", "reviewed": "null"})},
			"2020-01-01", got{Outcome: "held", Reason: "moratorium", Holds: "iicsa"}},
		{"pupil file the day before IICSA", Input{Rule: "pupil-file", Facts: fx(map[string]string{"date_of_birth": "1990-01-01", "reviewed": "null"})},
			"2015-03-11", got{Outcome: "review-due", Due: "2015-01-02", Reason: "review-at-end"}},
		{"pupil file on IICSA first day", Input{Rule: "pupil-file", Facts: fx(map[string]string{"date_of_birth": "1990-01-01", "reviewed": "null"})},
			"2015-03-12", got{Outcome: "held", Reason: "moratorium", Holds: "iicsa"}},
		{"pupil file on IICSA last day", Input{Rule: "pupil-file", Facts: fx(map[string]string{"date_of_birth": "1990-05-01", "reviewed": "null"})},
			"2023-01-20", got{Outcome: "held", Reason: "moratorium", Holds: "iicsa"}},
		{"pupil file after IICSA: review at once", Input{Rule: "pupil-file", Facts: fx(map[string]string{"date_of_birth": "1990-05-01", "reviewed": "null"})},
			"2023-01-21", got{Outcome: "review-due", Due: "2015-05-02", Reason: "review-at-end"}},
		{"pupil file reviewed after due: next cycle", Input{Rule: "pupil-file", Facts: fx(map[string]string{"date_of_birth": "1990-05-01", "reviewed": "2024-01-01"})},
			"2026-01-01", got{Outcome: "not-yet", Due: "2049-01-02", Reason: "reviewed"}},
		{"pupil file reviewed before due: no new cycle", Input{Rule: "pupil-file", Facts: fx(map[string]string{"date_of_birth": "1990-05-01", "reviewed": "2014-01-01"})},
			"2026-01-01", got{Outcome: "review-due", Due: "2015-05-02", Reason: "review-at-end"}},
		{"mopi periodic review due", Input{Rule: "mopi-group-1", Facts: fx(map[string]string{"date_of_birth": "1970-01-01", "created": "2010-06-30", "reviewed": "null"})},
			"2020-07-01", got{Outcome: "review-due", Due: "2020-07-01", Reason: "review-cycle-due"}},
		{"mopi reviewed: not yet", Input{Rule: "mopi-group-1", Facts: fx(map[string]string{"date_of_birth": "1970-01-01", "created": "2010-06-30", "reviewed": "2020-07-01"})},
			"2026-01-01", got{Outcome: "not-yet", Due: "2070-01-02", Reason: "period-running"}},
		{"mopi reviewed before created", Input{Rule: "mopi-group-1", Facts: fx(map[string]string{"date_of_birth": "1970-01-01", "created": "2010-06-30", "reviewed": "2009-01-01"})},
			"2026-01-01", got{Outcome: "cannot-evaluate", Reason: "facts-out-of-order", Detail: "reviewed"}},
		{"mopi created null, never reviewed: the cycle cannot start", Input{Rule: "mopi-group-1", Facts: fx(map[string]string{"date_of_birth": "1970-01-01", "created": "null", "reviewed": "null"})},
			"2026-01-01", got{Outcome: "awaiting-event", Reason: "missing-fact", Missing: "created"}},
		{"mopi reviewed not given", Input{Rule: "mopi-group-1", Facts: fx(map[string]string{"date_of_birth": "1970-01-01", "created": "2010-06-30"})},
			"2026-01-01", got{Outcome: "cannot-evaluate", Reason: "fact-unknown", Detail: "reviewed"}},
		{"mopi at 100: review", Input{Rule: "mopi-group-1", Facts: fx(map[string]string{"date_of_birth": "1925-01-01", "created": "2010-06-30", "reviewed": "null"})},
			"2026-01-01", got{Outcome: "review-due", Due: "2020-07-01", Reason: "review-at-end"}}, // the 10-yearly review pending since 2020
		{"mopi at 100 reviewed: next 10-year cycle", Input{Rule: "mopi-group-1", Facts: fx(map[string]string{"date_of_birth": "1925-01-01", "created": "2010-06-30", "reviewed": "2025-02-01"})},
			"2026-01-01", got{Outcome: "not-yet", Due: "2035-02-02", Reason: "reviewed"}},
		{"keep", Input{Rule: "council-tax-base"}, "2026-01-01", got{Outcome: "permanent", Reason: "keep"}},
		{"keep but held", Input{Rule: "council-tax-base", Holds: []string{"litigation"}}, "2026-01-01",
			got{Outcome: "held", Reason: "record-hold", Holds: "litigation"}},
		{"unknown rule", Input{Rule: "cctv"}, "2026-01-01", got{Outcome: "cannot-evaluate", Reason: "unknown-rule"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := s.Resolve(&tt.in)
			if diff := cmp.Diff(tt.want, summary(s.Decide(&rec, d(tt.today)))); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

// TestReviewCycles: a review rule keeps its cycle, a periodic review that
// has fallen due is reported whatever else is pending, and every decision
// carries the next review.
func TestReviewCycles(t *testing.T) {
	s := loadSchedule(t, "maidstone.json")
	type want struct{ Outcome, Reason, Due, NextReview, Missing string }
	tests := []struct {
		name  string
		facts map[string]string
		holds []string
		today string
		want  want
	}{
		{"reviewed 2016-11-29: the 10-yearly review shows", map[string]string{"date_of_birth": "1980-01-01", "created": "2005-01-01", "reviewed": "2016-11-29"},
			nil, "2026-11-29", want{"not-yet", "period-running", "2080-01-02", "2026-11-30", ""}},
		{"reviewed 2016-11-29: due the next day", map[string]string{"date_of_birth": "1980-01-01", "created": "2005-01-01", "reviewed": "2016-11-29"},
			nil, "2026-11-30", want{"review-due", "review-cycle-due", "2026-11-30", "2026-11-30", ""}},
		{"no date of birth: the overdue review is reported", map[string]string{"date_of_birth": "null", "created": "2005-01-01", "reviewed": "null"},
			nil, "2026-11-29", want{"review-due", "review-cycle-due", "2015-01-02", "2015-01-02", ""}},
		{"no date of birth, reviewed: awaiting, with the next review", map[string]string{"date_of_birth": "null", "created": "2005-01-01", "reviewed": "2020-03-01"},
			nil, "2026-11-29", want{"awaiting-event", "missing-fact", "", "2030-03-02", "date_of_birth"}},
		{"past 100, reviewed 2021: next review in 2031, not 2121", map[string]string{"date_of_birth": "1920-01-01", "created": "2000-01-01", "reviewed": "2021-06-01"},
			nil, "2026-11-29", want{"not-yet", "reviewed", "2031-06-02", "2031-06-02", ""}},
		{"past 100, reviewed 2021: due again 2031", map[string]string{"date_of_birth": "1920-01-01", "created": "2000-01-01", "reviewed": "2021-06-01"},
			nil, "2031-06-02", want{"review-due", "review-at-end", "2031-06-02", "2031-06-02", ""}},
		{"past 100, never reviewed: review at the end", map[string]string{"date_of_birth": "1920-01-01", "created": "2000-01-01", "reviewed": "null"},
			nil, "2026-11-29", want{"review-due", "review-at-end", "2010-01-02", "2010-01-02", ""}},
		{"created null, reviewed: the cycle runs from the review", map[string]string{"date_of_birth": "1980-01-01", "created": "null", "reviewed": "2020-01-01"},
			nil, "2026-06-02", want{"not-yet", "period-running", "2080-01-02", "2030-01-02", ""}},
		{"created null, reviewed: due 10 years after the review", map[string]string{"date_of_birth": "1980-01-01", "created": "null", "reviewed": "2020-01-01"},
			nil, "2030-01-02", want{"review-due", "review-cycle-due", "2030-01-02", "2030-01-02", ""}},
		{"created null, never reviewed: the cycle awaits created", map[string]string{"date_of_birth": "1980-01-01", "created": "null", "reviewed": "null"},
			nil, "2026-06-02", want{"awaiting-event", "missing-fact", "", "2080-01-02", "created"}},
		{"created null, never reviewed, past 100: the review at the end", map[string]string{"date_of_birth": "1920-01-01", "created": "null", "reviewed": "null"},
			nil, "2026-06-02", want{"review-due", "review-at-end", "2020-01-02", "2020-01-02", ""}},
		{"date of birth and created null, never reviewed: awaiting the date of birth", map[string]string{"date_of_birth": "null", "created": "null", "reviewed": "null"},
			nil, "2026-06-02", want{"awaiting-event", "missing-fact", "", "", "date_of_birth"}},
		{"held: the next review still shown", map[string]string{"date_of_birth": "1980-01-01", "created": "2005-01-01", "reviewed": "2016-11-29"},
			[]string{"legal-hold"}, "2026-01-01", want{"held", "record-hold", "", "2026-11-30", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := s.Resolve(&Input{Rule: "mopi-group-1", Facts: fx(tt.facts), Holds: tt.holds})
			dec := s.Decide(&rec, d(tt.today))
			g := want{dec.Outcome.String(), dec.Reason.String(), dec.Due.String(), dec.NextReview.String(), dec.Missing}
			if diff := cmp.Diff(tt.want, g); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

// TestPitfalls covers the known pitfalls of date arithmetic and facts.
func TestPitfalls(t *testing.T) {
	tests := []struct {
		name   string
		retain string
		then   string
		extra  string
		facts  map[string]string
		holds  []string
		today  string
		want   got
	}{
		{"31st + P1M in a leap year", `{"from":"d","period":"P1M"}`, "destroy", "",
			map[string]string{"d": "2024-01-31"}, nil, "2024-03-01", got{Outcome: "eligible", Due: "2024-03-01", Reason: "period-ended"}},
		{"31st + P3M", `{"from":"d","period":"P3M"}`, "destroy", "",
			map[string]string{"d": "2026-01-31"}, nil, "2026-04-30", got{Outcome: "not-yet", Due: "2026-05-01", Reason: "period-running"}},
		{"P1Y1M together from 31 Jan", `{"from":"d","period":"P1Y1M"}`, "destroy", "",
			map[string]string{"d": "2023-01-31"}, nil, "2024-01-01", got{Outcome: "not-yet", Due: "2024-03-01", Reason: "period-running"}},
		{"29 Feb + P4Y", `{"from":"d","period":"P4Y"}`, "destroy", "",
			map[string]string{"d": "2024-02-29"}, nil, "2028-03-01", got{Outcome: "eligible", Due: "2028-03-01", Reason: "period-ended"}},
		{"29 Feb beginning with P1Y", `{"from":"d","period":"P1Y","counting":"beginning-with"}`, "destroy", "",
			map[string]string{"d": "2024-02-29"}, nil, "2025-02-28", got{Outcome: "eligible", Due: "2025-02-28", Reason: "period-ended"}},
		{"DOB 1925 + 150 years", `{"from":"date_of_birth","period":"P150Y"}`, "destroy", "",
			map[string]string{"date_of_birth": "1925-07-14"}, nil, "2026-01-01", got{Outcome: "not-yet", Due: "2075-07-15", Reason: "period-running"}},
		{"DOB 1925 + 150 years is 2075", `{"from":"date_of_birth","period":"P150Y"}`, "destroy", "",
			map[string]string{"date_of_birth": "1925-07-14"}, nil, "2075-07-15", got{Outcome: "eligible", Due: "2075-07-15", Reason: "period-ended"}},
		{"before 1900", `{"from":"d","period":"P100Y"}`, "destroy", "",
			map[string]string{"d": "1850-02-28"}, nil, "1949-01-01", got{Outcome: "not-yet", Due: "1950-03-01", Reason: "period-running"}},
		{"before 1900: 1900 not a leap year", `{"from":"d","period":"P4Y"}`, "destroy", "",
			map[string]string{"d": "1896-02-29"}, nil, "1899-01-01", got{Outcome: "not-yet", Due: "1900-03-01", Reason: "period-running"}},
		{"due beyond 9999", `{"from":"d","period":"P1000Y"}`, "destroy", "",
			map[string]string{"d": "9500-01-01"}, nil, "9999-12-31", got{Outcome: "not-yet", Reason: "due-beyond-range"}},
		{"tax year cutoff on 5 Apr", `{"from":"d","cutoff":"tax-year","period":"P3Y"}`, "destroy", "",
			map[string]string{"d": "2026-04-05"}, nil, "2029-04-05", got{Outcome: "not-yet", Due: "2029-04-06", Reason: "period-running"}},
		{"tax year cutoff on 6 Apr", `{"from":"d","cutoff":"tax-year","period":"P3Y"}`, "destroy", "",
			map[string]string{"d": "2026-04-06"}, nil, "2030-04-06", got{Outcome: "eligible", Due: "2030-04-06", Reason: "period-ended"}},
		{"academic year cutoff", `{"from":"d","cutoff":"academic-year","period":"P1Y"}`, "destroy", "",
			map[string]string{"d": "2025-09-01"}, nil, "2027-08-31", got{Outcome: "not-yet", Due: "2027-09-01", Reason: "period-running"}},
		{"calendar year cutoff", `{"from":"d","cutoff":"calendar-year","period":"P6Y"}`, "destroy", "",
			map[string]string{"d": "2020-01-01"}, nil, "2026-12-31", got{Outcome: "not-yet", Due: "2027-01-01", Reason: "period-running"}},
		{"month cutoff in February", `{"from":"d","cutoff":"month","period":"P1M"}`, "destroy", "",
			map[string]string{"d": "2024-02-10"}, nil, "2024-03-29", got{Outcome: "not-yet", Due: "2024-03-30", Reason: "period-running"}},
		{"BST timestamp is the next day in London", `{"from":"captured","period":"P1D"}`, "destroy", "",
			map[string]string{"captured": "2026-05-31T23:30:00Z"}, nil, "2026-06-02", got{Outcome: "not-yet", Due: "2026-06-03", Reason: "period-running"}},
		{"GMT timestamp stays on its day", `{"from":"captured","period":"P1D"}`, "destroy", "",
			map[string]string{"captured": "2026-01-31T23:30:00Z"}, nil, "2026-02-02", got{Outcome: "eligible", Due: "2026-02-02", Reason: "period-ended"}},
		{"hold released: eligible at once", `{"from":"d","period":"P1Y"}`, "destroy", "",
			map[string]string{"d": "2020-01-01"}, nil, "2026-01-01", got{Outcome: "eligible", Due: "2021-01-02", Reason: "period-ended"}},
		{"closed before opened", bwc, "destroy", "",
			map[string]string{"captured": "2026-01-01", "case_opened": "2026-02-01", "case_closed": "2026-01-15"}, nil, "2026-06-01",
			got{Outcome: "cannot-evaluate", Reason: "facts-out-of-order", Detail: "case_closed"}},
		{"closed before opened, and held", bwc, "destroy", "",
			map[string]string{"captured": "2026-01-01", "case_opened": "2026-02-01", "case_closed": "2026-01-15"}, []string{"x"}, "2026-06-01",
			got{Outcome: "cannot-evaluate", Reason: "facts-out-of-order", Detail: "case_closed"}},
		{"fact in the future", `{"from":"d","period":"P1D"}`, "destroy", "",
			map[string]string{"d": "2026-01-02"}, nil, "2026-01-01", got{Outcome: "cannot-evaluate", Reason: "fact-in-future", Detail: "d"}},
		{"dispose within, overdue", `{"from":"d","period":"P1D"}`, "destroy", `"dispose_within":"P30D"`,
			map[string]string{"d": "2026-01-01"}, nil, "2026-02-03", got{Outcome: "eligible", Due: "2026-01-03", Reason: "period-ended"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := oneRule(t, tt.retain, tt.then, tt.extra)
			rec := s.Resolve(&Input{Rule: "r", Facts: fx(tt.facts), Holds: tt.holds})
			if diff := cmp.Diff(tt.want, summary(s.Decide(&rec, d(tt.today)))); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestHoldReleased(t *testing.T) {
	s := oneRule(t, `{"from":"d","period":"P1Y"}`, "destroy", "")
	in := Input{Rule: "r", Facts: fx(map[string]string{"d": "2020-01-01"}), Holds: []string{"litigation"}}
	held := s.Resolve(&in)
	if got := s.Decide(&held, d("2026-01-01")); got.Outcome != Held {
		t.Fatalf("with hold: %s, want held", got.Outcome)
	}
	in.Holds = nil
	released := s.Resolve(&in)
	got := s.Decide(&released, d("2026-01-01"))
	if got.Outcome != Eligible || got.Due != d("2021-01-02") {
		t.Errorf("released: %s due %s, want eligible due 2021-01-02 (not a new period)", got.Outcome, got.Due)
	}
}

// TestVersionReported: a rule changed between versions; each decision
// reports the version (and so the rule text) it used.
func TestVersionReported(t *testing.T) {
	mk := func(version, period string) *Schedule {
		doc := fmt.Sprintf(`{"$schema":%q,"id":"cctv","version":%q,"facts":[{"name":"recorded","meaning":"the day recorded"}],"rules":[{"id":"cctv","retain":{"from":"recorded","period":%q},"then":"destroy"}]}`,
			SchemaID, version, period)
		s, err := CompileJSON([]byte(doc))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	v1, v2 := mk("2025-1", "P31D"), mk("2026-1", "P90D")
	in := Input{ID: "c1", Rule: "cctv", Facts: fx(map[string]string{"recorded": "2026-01-01"})}
	r1, r2 := v1.Resolve(&in), v2.Resolve(&in)
	today := d("2026-03-01")
	g1, g2 := v1.Decide(&r1, today), v2.Decide(&r2, today)
	if g1.ScheduleVersion != "2025-1" || g1.Outcome != Eligible || g1.Due != d("2026-02-02") {
		t.Errorf("v1: %+v", g1)
	}
	if g2.ScheduleVersion != "2026-1" || g2.Outcome != NotYet || g2.Due != d("2026-04-02") {
		t.Errorf("v2: %+v", g2)
	}
	// A record resolved against v1 cannot be decided by v2.
	if g := v2.Decide(&r1, today); g.Outcome != CannotEvaluate || g.Reason != OtherSchedule {
		t.Errorf("v1 record decided by v2: %s %s, want cannot-evaluate other-schedule", g.Outcome, g.Reason)
	}
}

// TestBadRecords: each a cannot-evaluate decision with a reason, never a
// panic.
func TestBadRecords(t *testing.T) {
	s := loadSchedule(t, "maidstone.json")
	tests := []struct {
		name  string
		in    *Input
		today string
		want  got
	}{
		{"nil input", nil, "2026-01-01", got{Outcome: "cannot-evaluate", Reason: "malformed-record", Detail: "no record"}},
		{"unknown rule", &Input{Rule: "nope"}, "2026-01-01", got{Outcome: "cannot-evaluate", Reason: "unknown-rule"}},
		{"empty rule", &Input{}, "2026-01-01", got{Outcome: "cannot-evaluate", Reason: "unknown-rule"}},
		{"malformed date", &Input{Rule: "financial", Facts: fx(map[string]string{"transaction": "2026-02-30"})}, "2026-01-01",
			got{Outcome: "cannot-evaluate", Reason: "malformed-fact", Detail: "transaction"}},
		{"empty fact", &Input{Rule: "financial", Facts: fx(map[string]string{"transaction": ""})}, "2026-01-01",
			got{Outcome: "cannot-evaluate", Reason: "malformed-fact", Detail: "transaction"}},
		{"not a date", &Input{Rule: "financial", Facts: fx(map[string]string{"transaction": "yesterday"})}, "2026-01-01",
			got{Outcome: "cannot-evaluate", Reason: "malformed-fact", Detail: "transaction"}},
		{"bad timestamp", &Input{Rule: "financial", Facts: fx(map[string]string{"transaction": "2026-01-01T25:00:00Z"})}, "2026-01-01",
			got{Outcome: "cannot-evaluate", Reason: "malformed-fact", Detail: "transaction"}},
		{"misspelt fact", &Input{Rule: "bwc-footage", Facts: fx(map[string]string{"captured": "2026-01-01", "case_opend": "2026-01-02"})}, "2026-06-01",
			got{Outcome: "cannot-evaluate", Reason: "undeclared-fact", Detail: "case_opend"}},
		{"two bad facts: first by name", &Input{Rule: "bwc-footage", Facts: fx(map[string]string{"zz": "x", "captured": "nope", "aa": "2026-01-01"})}, "2026-06-01",
			got{Outcome: "cannot-evaluate", Reason: "undeclared-fact", Detail: "aa"}},
		{"malformed unused fact", &Input{Rule: "bwc-footage", Facts: fx(map[string]string{"captured": "2026-01-01", "transaction": "x"})}, "2026-06-01",
			got{Outcome: "cannot-evaluate", Reason: "malformed-fact", Detail: "transaction"}},
		{"malformed fact with hold", &Input{Rule: "financial", Facts: fx(map[string]string{"transaction": "x"}), Holds: []string{"h"}}, "2026-01-01",
			got{Outcome: "cannot-evaluate", Reason: "malformed-fact", Detail: "transaction"}},
		{"zero today", &Input{Rule: "financial", Facts: fx(map[string]string{"transaction": "2020-01-01"})}, "",
			got{Outcome: "cannot-evaluate", Reason: "no-today"}},
		{"future DOB", &Input{Rule: "pupil-file", Facts: fx(map[string]string{"date_of_birth": "2030-01-01"})}, "2026-01-01",
			got{Outcome: "cannot-evaluate", Reason: "fact-in-future", Detail: "date_of_birth"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var today civil.Date
			if tt.today != "" {
				today = d(tt.today)
			}
			rec := s.Resolve(tt.in)
			if diff := cmp.Diff(tt.want, summary(s.Decide(&rec, today))); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
	t.Run("zero record", func(t *testing.T) {
		var rec Record
		if g := s.Decide(&rec, d("2026-01-01")); g.Outcome != CannotEvaluate {
			t.Errorf("zero Record: %s, want cannot-evaluate", g.Outcome)
		}
	})
	t.Run("nil record", func(t *testing.T) {
		if g := s.Decide(nil, d("2026-01-01")); g.Outcome != CannotEvaluate || g.Reason != NoSchedule {
			t.Errorf("nil record: %s %s", g.Outcome, g.Reason)
		}
	})
	t.Run("nil schedule", func(t *testing.T) {
		var ns *Schedule
		rec := ns.Resolve(&Input{Rule: "financial"})
		if g := ns.Decide(&rec, d("2026-01-01")); g.Outcome != CannotEvaluate || g.Reason != NoSchedule {
			t.Errorf("nil schedule: %s %s", g.Outcome, g.Reason)
		}
	})
	t.Run("failed line", func(t *testing.T) {
		rec := s.NewRecord("", "", nil)
		rec.Fail("line 7: unexpected end of JSON")
		want := got{Outcome: "cannot-evaluate", Reason: "malformed-record", Detail: "line 7: unexpected end of JSON"}
		if diff := cmp.Diff(want, summary(s.Decide(&rec, d("2026-01-01")))); diff != "" {
			t.Errorf("(-want +got)\n%s", diff)
		}
	})
	t.Run("bad slot", func(t *testing.T) {
		rec := s.NewRecord("a", "financial", nil)
		s.SetFactSlot(&rec, 999, "2020-01-01")
		s.SetFactSlot(&rec, -1, "2020-01-01")
		if g := s.Decide(&rec, d("2026-01-01")); g.Outcome != CannotEvaluate || g.Reason != MalformedRecord {
			t.Errorf("bad slot: %s %s", g.Outcome, g.Reason)
		}
	})
}

// TestAppendJSON compares the JSON Lines output for a set of decisions with
// testdata/decisions.golden (go test -update rewrites it), and checks each
// line is valid JSON with exactly the fields that apply.
func TestAppendJSON(t *testing.T) {
	s := loadSchedule(t, "maidstone.json")
	ins := []struct {
		in    Input
		today string
	}{
		{Input{ID: "a", Rule: "bwc-footage", Facts: fx(map[string]string{"captured": "2026-01-01", "case_opened": "null", "case_closed": "null"})}, "2026-02-01"},
		{Input{ID: "b", Rule: "bwc-footage", Facts: fx(map[string]string{"captured": "2026-01-01", "case_opened": "null", "case_closed": "null"})}, "2026-03-10"},
		{Input{ID: "c", Rule: "bwc-footage", Facts: fx(map[string]string{"captured": "2026-01-01", "case_opened": "null", "case_closed": "null"})}, "2026-05-01"},
		{Input{ID: "d", Rule: "bwc-footage", Facts: fx(map[string]string{"captured": "2026-01-01", "case_opened": "2026-01-02", "case_closed": "null"})}, "2026-05-01"},
		{Input{ID: "e", Rule: "bwc-footage", Facts: fx(map[string]string{"captured": "2026-01-01", "case_opened": "null", "case_closed": "null"}), Holds: []string{"legal-hold", "sar"}}, "2026-05-01"},
		{Input{ID: "f", Rule: "pupil-file", Facts: fx(map[string]string{"date_of_birth": "1990-01-01", "reviewed": "null"})}, "2020-01-01"},
		{Input{ID: "g", Rule: "pupil-file", Facts: fx(map[string]string{"date_of_birth": "1990-01-01", "reviewed": "null"})}, "2026-01-01"},
		{Input{ID: "h", Rule: "council-tax-base"}, "2026-01-01"},
		{Input{ID: "i \"quoted\"\n\u2028 \xff", Rule: "nope"}, "2026-01-01"},
		{Input{ID: "j", Rule: "financial", Facts: fx(map[string]string{"transaction": "31/03/2020"})}, "2026-01-01"},
		{Input{ID: "k", Rule: "mopi-group-1", Facts: fx(map[string]string{"date_of_birth": "1960-01-01", "created": "2000-01-01", "reviewed": "null"})}, "2026-01-01"},
		{Input{ID: "l", Rule: "bwc-footage", Facts: fx(map[string]string{"captured": "2026-01-01"})}, "2026-05-01"},
		{Input{ID: "m", Rule: "mopi-group-1", Facts: fx(map[string]string{"date_of_birth": "1960-01-01", "created": "2000-01-01", "reviewed": "2020-01-01"})}, "2026-01-01"},
	}
	var out []byte
	for _, x := range ins {
		rec := s.Resolve(&x.in)
		dec := s.Decide(&rec, d(x.today))
		line := dec.AppendJSON(nil)
		if m, err := json.Marshal(dec); err != nil || string(m) != string(line) {
			t.Errorf("json.Marshal = %s, %v; AppendJSON = %s", m, err, line)
		}
		if m, err := json.Marshal(&dec); err != nil || string(m) != string(line) {
			t.Errorf("json.Marshal(&d) = %s, %v; AppendJSON = %s", m, err, line)
		}
		var m map[string]any
		if err := json.Unmarshal(line, &m); err != nil {
			t.Fatalf("%s: invalid JSON: %v", line, err)
		}
		if m["id"] != strings.ToValidUTF8(x.in.ID, "\ufffd") {
			t.Errorf("id round trip: got %q, want %q", m["id"], x.in.ID)
		}
		_, hasDue := m["due"]
		if wantDue := dec.Outcome == NotYet || dec.Outcome == ReviewDue || dec.Outcome == Eligible; hasDue != wantDue {
			t.Errorf("%s: due present %v, want %v", line, hasDue, wantDue)
		}
		if _, has := m["holds"]; has != (dec.Outcome == Held) {
			t.Errorf("%s: holds present %v", line, has)
		}
		if _, has := m["missing"]; has != (dec.Outcome == AwaitingEvent) {
			t.Errorf("%s: missing present %v", line, has)
		}
		out = append(out, line...)
		out = append(out, '\n')
	}
	golden := filepath.Join("testdata", "decisions.golden")
	if *update {
		if err := os.WriteFile(golden, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(out)); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

func TestAllocs(t *testing.T) {
	s := loadSchedule(t, "maidstone.json")
	recs := sampleRecords(s, 64)
	today := d("2026-04-01")
	out := make([]Decision, len(recs))
	buf := make([]byte, 0, 4096)
	if n := testing.AllocsPerRun(100, func() {
		for i := range recs {
			dec := s.Decide(&recs[i], today)
			buf = dec.AppendJSON(buf[:0])
		}
	}); n != 0 {
		t.Errorf("Decide + AppendJSON: %v allocations, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { s.DecideAll(recs, today, out) }); n != 0 {
		t.Errorf("DecideAll: %v allocations, want 0", n)
	}
	if got := s.DecideAll(recs, today, out[:10]); got != 10 {
		t.Errorf("DecideAll into a short slice decided %d, want 10", got)
	}
}

// sampleRecords returns n records cycling through every rule of s with a
// mix of facts and holds.
func sampleRecords(s *Schedule, n int) []Record {
	ins := []Input{
		{Rule: "bwc-footage", Facts: fx(map[string]string{"captured": "2026-01-01", "case_opened": "null", "case_closed": "null"})},
		{Rule: "bwc-footage", Facts: fx(map[string]string{"captured": "2026-01-01", "case_opened": "2026-01-02", "case_closed": "2026-02-01"})},
		{Rule: "financial", Facts: fx(map[string]string{"transaction": "2019-05-01"})},
		{Rule: "pupil-file", Facts: fx(map[string]string{"date_of_birth": "1999-02-28", "reviewed": "null"})},
		{Rule: "mopi-group-1", Facts: fx(map[string]string{"date_of_birth": "1960-01-01", "created": "2000-01-01", "reviewed": "null"})},
		{Rule: "council-tax-base", Holds: []string{"x"}},
	}
	recs := make([]Record, n)
	for i := range recs {
		in := ins[i%len(ins)]
		in.ID = fmt.Sprint(i)
		recs[i] = s.Resolve(&in)
	}
	return recs
}

func BenchmarkDecide(b *testing.B) {
	s := loadSchedule(b, "maidstone.json")
	rec := s.Resolve(&Input{ID: "bwc-1", Rule: "bwc-footage",
		Facts: fx(map[string]string{"captured": "2026-01-01", "case_opened": "2026-01-10", "case_closed": "2026-05-05"})})
	today := d("2026-05-06")
	var sink Decision
	for b.Loop() {
		sink = s.Decide(&rec, today)
	}
	if sink.Outcome != Eligible {
		b.Fatal(sink.Outcome)
	}
}

func BenchmarkDecideAll(b *testing.B) {
	s := loadSchedule(b, "maidstone.json")
	recs := sampleRecords(s, 1024)
	out := make([]Decision, len(recs))
	today := d("2026-04-01")
	n := 0
	for b.Loop() {
		n += s.DecideAll(recs, today, out)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "decisions/s")
}

func BenchmarkAppendJSON(b *testing.B) {
	s := loadSchedule(b, "maidstone.json")
	rec := s.Resolve(&Input{ID: "bwc-1", Rule: "bwc-footage",
		Facts: fx(map[string]string{"captured": "2026-01-01"})})
	dec := s.Decide(&rec, d("2026-05-06"))
	buf := make([]byte, 0, 512)
	for b.Loop() {
		buf = dec.AppendJSON(buf[:0])
	}
}

// TestUnknownFactManySlots: a rule naming facts in slots past the first 64
// (where Decide cannot use its bit mask) is still never decided with one of
// them unknown; and a fact set and then cleared (SetFactDate with the zero
// Date) is unknown again.
func TestUnknownFactManySlots(t *testing.T) {
	var facts []string
	for i := range 70 {
		facts = append(facts, fmt.Sprintf(`{"name":"f%d","meaning":"fact %d"}`, i, i))
	}
	doc := `{"$schema":"` + SchemaID + `","id":"wide","version":"1","facts":[` + strings.Join(facts, ",") + `],
	  "rules":[{"id":"r","then":"destroy","retain":{"later_of":[{"from":"f1","period":"P1D"},{"from":"f69","period":"P1D","when":"f68"}]}}]}`
	s, err := CompileJSON([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	today := d("2026-06-01")
	rec := s.NewRecord("x", "r", nil)
	s.SetFact(&rec, "f1", "2026-01-01")
	s.SetFactNotHappened(&rec, "f68")
	if g := s.Decide(&rec, today); g.Outcome != CannotEvaluate || g.Reason != FactUnknown || g.Detail != "f69" {
		t.Errorf("f69 unknown: %s %s %s", g.Outcome, g.Reason, g.Detail)
	}
	s.SetFactNotHappened(&rec, "f69")
	if g := s.Decide(&rec, today); g.Outcome != Eligible {
		t.Errorf("all known: %s %s %s", g.Outcome, g.Reason, g.Detail)
	}
	slot, _ := s.FactSlot("f1")
	s.SetFactDate(&rec, slot, civil.Date{})
	if g := s.Decide(&rec, today); g.Outcome != CannotEvaluate || g.Reason != FactUnknown || g.Detail != "f1" {
		t.Errorf("f1 cleared: %s %s %s", g.Outcome, g.Reason, g.Detail)
	}
}

// A facts buffer reused while a Record is still in use (which ResolveInto
// forbids) leaves the Record's known-bit mask saying "known" over slots
// that are now 0, unknown. Decide must read such a slot as unknown, as
// Record.Fact does, and never answer eligible: the review's scenario (an
// open case made eligible) and the same for a review cycle's facts.
func TestReusedBufferFailsSafe(t *testing.T) {
	s := loadSchedule(t, "maidstone.json")
	today := d("2026-06-02")
	for _, tt := range []struct {
		name       string
		first      Input
		second     Input
		wantDetail string
	}{
		{"open case, then a record without case facts",
			Input{ID: "open-case", Rule: "bwc-footage", Facts: fx(map[string]string{"captured": "2026-01-01", "case_opened": "2026-01-10", "case_closed": "null"})},
			Input{ID: "other", Rule: "bwc-footage", Facts: fx(map[string]string{"captured": "2026-03-01"})},
			"case_opened"},
		{"review cycle, then a record without created",
			Input{ID: "g1", Rule: "mopi-group-1", Facts: fx(map[string]string{"date_of_birth": "1920-01-01", "created": "2000-01-01", "reviewed": "2021-06-01"})},
			Input{ID: "other", Rule: "mopi-group-1", Facts: fx(map[string]string{"date_of_birth": "1920-01-01", "reviewed": "2021-06-01"})},
			"created"},
		{"review cycle, then a record without reviewed",
			Input{ID: "g1", Rule: "mopi-group-1", Facts: fx(map[string]string{"date_of_birth": "1920-01-01", "created": "2000-01-01", "reviewed": "2021-06-01"})},
			Input{ID: "other", Rule: "mopi-group-1", Facts: fx(map[string]string{"date_of_birth": "1920-01-01", "created": "2000-01-01"})},
			"reviewed"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			buf := make([]int32, s.NumFacts())
			r1 := s.ResolveInto(&tt.first, buf)
			if dec := s.Decide(&r1, today); dec.Outcome == CannotEvaluate || dec.Outcome == Eligible {
				t.Fatalf("before reuse: %v %v", dec.Outcome, dec.Reason)
			}
			_ = s.ResolveInto(&tt.second, buf) // the misuse
			dec := s.Decide(&r1, today)
			if got := summary(dec); got.Outcome != "cannot-evaluate" || got.Reason != "fact-unknown" || got.Detail != tt.wantDetail {
				t.Errorf("after reuse: %+v, want cannot-evaluate fact-unknown %s", got, tt.wantDetail)
			}
			slot, _ := s.FactSlot(tt.wantDetail)
			if _, known := r1.Fact(slot); known {
				t.Errorf("Record.Fact(%s) says known", tt.wantDetail)
			}
		})
	}
}
