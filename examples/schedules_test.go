package examples_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/retention"
	"github.com/noticekit/noticekit/schema"
)

// compileSchedule validates a bundled schedule against the schedule schema,
// parses it strictly and compiles it.
func compileSchedule(t *testing.T, e examples.Example) (*retention.Definition, *retention.Schedule) {
	t.Helper()
	if err := schema.ValidateSchedule(e.Data); err != nil {
		t.Fatalf("%s: schema: %v", e.File, err)
	}
	def, err := retention.ParseSchedule(e.Data)
	if err != nil {
		t.Fatalf("%s: parse: %v", e.File, err)
	}
	s, err := retention.Compile(def)
	if err != nil {
		t.Fatalf("%s: compile: %v", e.File, err)
	}
	return def, s
}

// TestSchedulesValidateAndCompile checks every bundled schedule: it
// validates, parses and compiles; its id is its file name; every rule
// cites its source.
func TestSchedulesValidateAndCompile(t *testing.T) {
	all := examples.Schedules()
	var ids []string
	for _, e := range all {
		ids = append(ids, e.ID)
		t.Run(e.ID, func(t *testing.T) {
			def, s := compileSchedule(t, e)
			if def.ID != e.ID || s.ID() != e.ID {
				t.Errorf("schedule id %q in %s: want %q, the file name", def.ID, e.File, e.ID)
			}
			if def.Schema != retention.SchemaID {
				t.Errorf("$schema %q, want %q", def.Schema, retention.SchemaID)
			}
			for i, r := range def.Rules {
				if strings.TrimSpace(r.Citation) == "" {
					t.Errorf("/rules/%d (%s): no citation", i, r.ID)
				}
				// The note says which reading was taken and why (the later
				// one), or that the rule is as the source says.
				if strings.TrimSpace(r.Note) == "" {
					t.Errorf("/rules/%d (%s): no note saying which reading of the source the rule takes", i, r.ID)
				}
				// A review cycle is stated, and a cycle the source does not
				// give is marked as the schedule owner's choice.
				if r.Then == "review" && r.ReviewEvery == nil {
					t.Errorf("/rules/%d (%s): a review rule without its review cycle", i, r.ID)
				}
			}
			for i, m := range def.Moratoria {
				if strings.TrimSpace(m.Citation) == "" {
					t.Errorf("/moratoria/%d (%s): no citation", i, m.ID)
				}
			}
		})
	}
	// The example notices link to these ids: they are fixed.
	want := []string{"maidstone-parking", "staffordshire-opcc", "staffordshire-police", "stockport-soloprotect", "uk-practice"}
	for _, id := range want {
		if !slices.Contains(ids, id) {
			t.Errorf("no bundled schedule %q (have %v)", id, ids)
		}
		if _, err := examples.Schedule(id); err != nil {
			t.Error(err)
		}
	}
}

// TestScheduleRules checks the rules each schedule must have, and what the
// reference requires of them.
func TestScheduleRules(t *testing.T) {
	rules := map[string][]string{
		"maidstone-parking":     {"bwc-footage"},
		"stockport-soloprotect": {"soloprotect-audio"},
		"staffordshire-opcc":    {"financial-records"},
		"staffordshire-police": {"mopi-group-1", "mopi-group-2", "mopi-group-3", "mopi-group-4", "pnc-conviction-history",
			"nrds-intelligence", "nrds-digital-media", "nrds-custody", "nrds-crime", "nrds-firearms",
			"nrds-child-abuse-investigations", "nrds-domestic-violence"},
	}
	for id, want := range rules {
		e, err := examples.Schedule(id)
		if err != nil {
			t.Fatal(err)
		}
		def, s := compileSchedule(t, e)
		if diff := cmp.Diff(want, s.RuleIDs()); diff != "" {
			t.Errorf("%s rules (-want +got):\n%s", id, diff)
		}
		for _, r := range def.Rules {
			// Staffordshire Police's rules rest on guidance whose text could
			// not be read: each says so, naming what to verify against; each
			// MoPI and PNC rule is a review rule with its cycle, and each
			// class the notice names is kept until its NRDS entry is encoded.
			if id == "staffordshire-police" {
				if !strings.Contains(r.Verify, "College of Policing APP") || !strings.Contains(r.Verify, "National Retention and Disposal Schedule") {
					t.Errorf("%s/%s: verify %q: want it to name the College of Policing APP and the NRDS", id, r.ID, r.Verify)
				}
				switch {
				case strings.HasPrefix(r.ID, "nrds-"):
					if r.Then != "keep" {
						t.Errorf("%s/%s: then %s, want keep until the NRDS entry is read", id, r.ID, r.Then)
					}
				case r.Then != "review" || r.ReviewEvery == nil:
					t.Errorf("%s/%s: then %s, review_every %v: want a review rule with its cycle", id, r.ID, r.Then, r.ReviewEvery)
				}
			}
		}
	}

	e, err := examples.Schedule("uk-practice")
	if err != nil {
		t.Fatal(err)
	}
	def, _ := compileSchedule(t, e)
	if len(def.Rules) < 15 {
		t.Errorf("uk-practice has %d rules, want at least 15", len(def.Rules))
	}
	var cutoffs, countings, thens []string
	var laterOf, earlierOf bool
	for _, r := range def.Rules {
		thens = append(thens, r.Then)
		if c := r.Retain; c != nil {
			laterOf = laterOf || c.LaterOf != nil
			earlierOf = earlierOf || c.EarlierOf != nil
			cutoffs = append(cutoffs, c.Cutoff)
			countings = append(countings, c.Counting)
		}
	}
	for _, c := range []string{"financial-year", "tax-year", "academic-year"} {
		if !slices.Contains(cutoffs, c) {
			t.Errorf("uk-practice has no rule with cutoff %s", c)
		}
	}
	if !slices.Contains(countings, "beginning-with") {
		t.Error("uk-practice has no rule counted beginning-with (PACE s63F(6))")
	}
	if !slices.Contains(thens, "keep") || !laterOf || !earlierOf {
		t.Errorf("uk-practice: want a keep rule (%v), a later_of (%v) and an earlier_of (%v)", slices.Contains(thens, "keep"), laterOf, earlierOf)
	}
	if len(def.Moratoria) != 1 || def.Moratoria[0].ID != "iicsa" || def.Moratoria[0].Until != "2023-01-20" {
		t.Errorf("uk-practice moratoria %+v: want the IICSA moratorium until 2023-01-20", def.Moratoria)
	}
}

// TestScheduleWorkedCases decides worked cases for every rule of every
// bundled schedule, computed by hand from the rule's source. A fact a
// case does not list has not happened (null); "?" leaves it out, unknown.
func TestScheduleWorkedCases(t *testing.T) {
	type tc struct {
		schedule, rule string
		facts          map[string]string
		holds          []string
		today          string
		outcome        string
		due            string // "" when the outcome has none
	}
	f := func(kv ...string) map[string]string {
		m := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return m
	}
	const unknown = "cannot-evaluate"
	cases := []tc{
		// Maidstone: "60 days, or until case is closed".
		{"maidstone-parking", "bwc-footage", f("captured", "2026-01-01"), nil, "2026-03-02", "not-yet", "2026-03-03"},
		{"maidstone-parking", "bwc-footage", f("captured", "2026-01-01"), nil, "2026-03-03", "eligible", "2026-03-03"},
		{"maidstone-parking", "bwc-footage", f("captured", "2026-01-01", "case_opened", "2026-01-10"), nil, "2026-06-01", "awaiting-event", ""},
		{"maidstone-parking", "bwc-footage", f("captured", "2026-01-01", "case_opened", "2026-01-10", "case_closed", "2026-05-05"), nil, "2026-05-06", "eligible", "2026-05-06"},
		{"maidstone-parking", "bwc-footage", f("captured", "2026-01-01"), []string{"legal-hold"}, "2026-06-01", "held", ""},
		{"maidstone-parking", "bwc-footage", f("captured", "2026-01-01", "case_opened", "?", "case_closed", "2026-06-01"), nil, "2026-06-02", unknown, ""},
		{"maidstone-parking", "bwc-footage", f("captured", "2026-01-01", "case_closed", "2026-06-01"), nil, "2026-06-02", unknown, ""},

		// Soloprotect: no period, a person decides; an investigation is a hold.
		{"stockport-soloprotect", "soloprotect-audio", f("captured", "2026-01-01"), nil, "2026-01-01", "not-yet", "2026-01-02"},
		{"stockport-soloprotect", "soloprotect-audio", f("captured", "2026-01-01"), nil, "2026-01-02", "review-due", "2026-01-02"},
		{"stockport-soloprotect", "soloprotect-audio", f("captured", "2026-01-01"), []string{"investigation"}, "2026-03-01", "held", ""},
		{"stockport-soloprotect", "soloprotect-audio", f("captured", "2026-01-01", "reviewed", "2026-01-05"), nil, "2026-01-05", "not-yet", "2026-01-07"},
		{"stockport-soloprotect", "soloprotect-audio", f("captured", "2026-01-01", "reviewed", "2026-01-05"), nil, "2026-01-07", "review-due", "2026-01-07"},

		// OPCC: 7 years from the transaction, no cutoff.
		{"staffordshire-opcc", "financial-records", f("transaction", "2019-06-15"), nil, "2026-06-15", "not-yet", "2026-06-16"},
		{"staffordshire-opcc", "financial-records", f("transaction", "2019-06-15"), nil, "2026-06-16", "eligible", "2026-06-16"},

		// Staffordshire Police: MoPI groups, the PNC, the NRDS classes.
		{"staffordshire-police", "mopi-group-1", f("date_of_birth", "1960-01-01", "created", "2000-01-01"), nil, "2026-06-01", "review-due", "2010-01-02"},
		{"staffordshire-police", "mopi-group-1", f("date_of_birth", "1960-01-01", "created", "2000-01-01", "reviewed", "2020-06-01"), nil, "2026-06-01", "not-yet", "2060-01-02"},
		{"staffordshire-police", "mopi-group-2", f("clear_period_start", "2015-03-01"), nil, "2026-06-01", "review-due", "2025-03-02"},
		{"staffordshire-police", "mopi-group-2", f("clear_period_start", "2015-03-01", "reviewed", "2025-04-01"), nil, "2026-06-01", "not-yet", "2035-04-02"},
		{"staffordshire-police", "mopi-group-3", f("clear_period_start", "2019-01-01"), nil, "2026-06-01", "review-due", "2025-01-02"},
		{"staffordshire-police", "mopi-group-3", f("clear_period_start", "2021-01-01"), nil, "2026-06-01", "not-yet", "2027-01-02"},
		{"staffordshire-police", "mopi-group-1", f("date_of_birth", "null", "created", "2005-01-01"), nil, "2026-06-01", "review-due", "2015-01-02"},
		{"staffordshire-police", "mopi-group-1", f("date_of_birth", "1980-01-01", "created", "null", "reviewed", "2020-01-01"), nil, "2026-06-02", unknown, ""}, // reviewed requires created
		{"staffordshire-police", "mopi-group-1", f("date_of_birth", "1980-01-01", "created", "null"), nil, "2026-06-02", "awaiting-event", ""},                  // the 10-yearly cycle cannot start
		{"staffordshire-police", "pnc-conviction-history", f("date_of_birth", "1980-01-01", "created", "null"), nil, "2026-06-02", "awaiting-event", ""},
		{"staffordshire-police", "mopi-group-4", f("crime_reported", "2018-03-01"), nil, "2026-06-01", "review-due", "2024-03-02"},
		{"staffordshire-police", "mopi-group-4", f("crime_reported", "2018-03-01", "reviewed", "2024-05-01"), nil, "2026-06-01", "not-yet", "2029-05-02"},
		{"staffordshire-police", "pnc-conviction-history", f("date_of_birth", "1950-05-05", "created", "2000-01-01", "reviewed", "2020-06-01"), nil, "2026-06-01", "not-yet", "2050-05-06"},
		{"staffordshire-police", "pnc-conviction-history", f("date_of_birth", "1920-05-05", "created", "2000-01-01", "reviewed", "2021-06-01"), nil, "2026-06-01", "not-yet", "2031-06-02"},
		{"staffordshire-police", "nrds-intelligence", nil, nil, "2026-06-01", "permanent", ""},
		{"staffordshire-police", "nrds-digital-media", nil, nil, "2026-06-01", "permanent", ""},
		{"staffordshire-police", "nrds-custody", nil, nil, "2026-06-01", "permanent", ""},
		{"staffordshire-police", "nrds-crime", nil, nil, "2026-06-01", "permanent", ""},
		{"staffordshire-police", "nrds-firearms", nil, nil, "2026-06-01", "permanent", ""},
		{"staffordshire-police", "nrds-child-abuse-investigations", nil, nil, "2026-06-01", "permanent", ""},
		{"staffordshire-police", "nrds-domestic-violence", nil, nil, "2026-06-01", "permanent", ""},

		// UK practice.
		{"uk-practice", "pupil-educational-record", f("date_of_birth", "2000-02-29"), nil, "2025-02-28", "not-yet", "2025-03-01"},
		{"uk-practice", "pupil-educational-record", f("date_of_birth", "2000-02-29"), nil, "2025-03-01", "review-due", "2025-03-01"},
		{"uk-practice", "sen-ehcp-file", f("date_of_birth", "1990-09-01"), nil, "2026-06-01", "review-due", "2021-09-02"},
		{"uk-practice", "child-protection-file", f("date_of_birth", "1995-01-01"), nil, "2022-06-01", "held", ""},
		{"uk-practice", "child-protection-file", f("date_of_birth", "1995-01-01"), nil, "2023-01-20", "held", ""},
		{"uk-practice", "child-protection-file", f("date_of_birth", "1995-01-01"), nil, "2023-01-21", "review-due", "2020-01-02"},
		{"uk-practice", "staff-allegation", f("allegation", "2010-03-01"), nil, "2026-06-01", "awaiting-event", ""},
		{"uk-practice", "staff-allegation", f("allegation", "2010-03-01", "normal_retirement", "2024-07-01"), nil, "2026-06-01", "review-due", "2024-07-02"},
		{"uk-practice", "staff-allegation", f("allegation", "2010-03-01", "normal_retirement", "2015-07-01"), nil, "2022-06-01", "held", ""},
		{"uk-practice", "adoption-case-record", f("adoption_order", "1990-05-10"), nil, "2026-06-01", "not-yet", "2090-05-11"},
		{"uk-practice", "looked-after-child-record", f("date_of_birth", "1950-01-01"), nil, "2026-06-01", "review-due", "2025-01-02"},
		{"uk-practice", "looked-after-child-record", f("date_of_birth", "1955-01-01", "death_before_18", "1960-06-01"), nil, "2026-06-01", "review-due", "1975-06-02"},
		{"uk-practice", "cctv-public-space", f("recorded", "2026-05-01"), nil, "2026-05-31", "not-yet", "2026-06-01"},
		{"uk-practice", "cctv-public-space", f("recorded", "2026-05-01"), nil, "2026-06-01", "eligible", "2026-06-01"},
		{"uk-practice", "cctv-public-space", f("recorded", "2026-05-01"), []string{"investigation"}, "2026-06-01", "held", ""},
		{"uk-practice", "bwv-non-evidential", f("recorded", "2026-05-01"), nil, "2026-06-01", "not-yet", "2026-06-02"},
		{"uk-practice", "biometrics-charged-not-convicted", f("taken", "2023-06-01"), nil, "2026-05-31", "not-yet", "2026-06-01"},
		{"uk-practice", "biometrics-charged-not-convicted", f("taken", "2023-06-01"), nil, "2026-06-01", "eligible", "2026-06-01"},
		{"uk-practice", "biometrics-penalty-notice", f("taken", "2024-06-01"), nil, "2026-05-31", "not-yet", "2026-06-01"},
		{"uk-practice", "biometrics-penalty-notice", f("taken", "2024-06-01"), nil, "2026-06-01", "eligible", "2026-06-01"},
		{"uk-practice", "business-rates", f("record_date", "2019-11-30"), nil, "2026-06-01", "eligible", "2026-04-01"},
		{"uk-practice", "financial-income", f("transaction", "2020-04-01"), nil, "2026-06-01", "not-yet", "2027-04-01"},
		{"uk-practice", "safeguarding-income", f("last_action", "2000-01-01"), nil, "2026-06-01", "eligible", "2025-01-02"},
		{"uk-practice", "default-six-plus", f("last_modified", "2020-03-31"), nil, "2026-04-01", "eligible", "2026-04-01"},
		{"uk-practice", "statutory-pay-records", f("pay_date", "2022-04-05"), nil, "2026-06-01", "eligible", "2025-04-06"},
		{"uk-practice", "statutory-pay-records", f("pay_date", "2022-04-06"), nil, "2026-04-05", "not-yet", "2026-04-06"},
		{"uk-practice", "council-tax-records", nil, nil, "2026-06-01", "permanent", ""},
		{"uk-practice", "housing-benefit-claim", f("claim_closed", "2020-01-01"), nil, "2026-06-01", "eligible", "2026-01-02"},
		{"uk-practice", "housing-benefit-claim", nil, nil, "2026-06-01", "awaiting-event", ""},
		{"uk-practice", "housing-advice-case", f("case_closed", "2021-05-31"), nil, "2026-06-01", "not-yet", "2027-06-01"},
		{"uk-practice", "tenant-advice", f("tenancy_ended", "2020-02-29"), nil, "2026-03-01", "eligible", "2026-03-01"},
		{"uk-practice", "unsuccessful-applicant", f("rejection_notified", "2025-08-31"), nil, "2026-02-28", "not-yet", "2026-03-01"},
		{"uk-practice", "unsuccessful-applicant", f("rejection_notified", "2025-08-31"), nil, "2026-03-01", "eligible", "2026-03-01"},
		{"uk-practice", "right-to-work-check", f("employment_ended", "2024-06-01"), nil, "2026-06-01", "not-yet", "2026-06-02"},
		{"uk-practice", "accident-book", f("last_entry", "2020-01-01"), nil, "2026-06-01", "eligible", "2023-01-02"},
		{"uk-practice", "accident-book", f("last_entry", "2020-01-01", "date_of_birth", "2010-01-01"), nil, "2026-06-01", "not-yet", "2031-01-02"},
		{"uk-practice", "accident-book", f("last_entry", "2020-01-01", "date_of_birth", "?"), nil, "2026-06-01", unknown, ""},
		{"uk-practice", "radiation-health-record", f("date_of_birth", "1940-01-01", "last_entry", "1990-01-01"), nil, "2026-06-01", "eligible", "2020-01-02"},
		{"uk-practice", "radiation-health-record", f("date_of_birth", "1960-01-01", "last_entry", "1990-01-01"), nil, "2026-06-01", "not-yet", "2035-01-02"},
		{"uk-practice", "radiation-health-record", f("date_of_birth", "1940-01-01", "last_entry", "2000-01-01"), nil, "2026-06-01", "not-yet", "2030-01-02"},
		{"uk-practice", "radiation-health-record", f("date_of_birth", "?", "last_entry", "1990-01-01"), nil, "2026-06-01", unknown, ""},
		{"uk-practice", "hazardous-substance-health-record", f("last_entry", "1980-01-01"), nil, "2026-06-01", "eligible", "2020-01-02"},
		{"uk-practice", "foster-carer-record", f("approval_terminated", "2015-01-01"), nil, "2026-06-01", "eligible", "2025-01-02"},
		{"uk-practice", "councillor-conduct-investigation", f("final_determination", "2021-01-01"), nil, "2026-06-01", "not-yet", "2027-01-02"},
		{"uk-practice", "la-admissions-processing", f("admission", "2023-09-04"), nil, "2026-06-01", "eligible", "2025-09-01"},
		{"uk-practice", "la-admissions-processing", f("admission", "2024-09-02"), nil, "2026-06-01", "not-yet", "2026-09-01"},
		{"uk-practice", "foi-request-correspondence", f("request_received", "2020-05-31"), nil, "2026-06-01", "eligible", "2026-06-01"},
		{"uk-practice", "foi-requester-details", f("request_received", "2023-03-01"), nil, "2026-06-01", "eligible", "2026-01-01"},
	}
	compiled := map[string]*retention.Schedule{}
	covered := map[string]bool{}
	for _, e := range examples.Schedules() {
		_, s := compileSchedule(t, e)
		compiled[e.ID] = s
	}
	for _, c := range cases {
		covered[c.schedule+"/"+c.rule] = true
		t.Run(fmt.Sprintf("%s/%s/%s", c.schedule, c.rule, c.today), func(t *testing.T) {
			s := compiled[c.schedule]
			if s == nil {
				t.Fatalf("no schedule %s", c.schedule)
			}
			facts := map[string]*string{}
			for k, v := range c.facts {
				switch v {
				case "?": // left out: unknown
				case "null":
					facts[k] = nil
				default:
					facts[k] = &v
				}
			}
			used, _ := s.UsedFacts(c.rule)
			for _, name := range used {
				if _, listed := c.facts[name]; !listed {
					facts[name] = nil // not listed: has not happened
				}
			}
			rec := s.Resolve(&retention.Input{ID: "case", Rule: c.rule, Facts: facts, Holds: c.holds})
			d := s.Decide(&rec, civil.MustParse(c.today))
			due := ""
			if !d.Due.IsZero() {
				due = d.Due.String()
			}
			if d.Outcome.String() != c.outcome || due != c.due {
				t.Errorf("outcome %s (%s) due %q, want %s due %q; decision %s", d.Outcome, d.Reason, due, c.outcome, c.due, d.AppendJSON(nil))
			}
			if d.Rule != c.rule || d.ScheduleVersion != s.Version() {
				t.Errorf("decision names rule %q version %q, want %q %q", d.Rule, d.ScheduleVersion, c.rule, s.Version())
			}
		})
	}
	for id, s := range compiled {
		for _, r := range s.RuleIDs() {
			if !covered[id+"/"+r] {
				t.Errorf("%s/%s: no worked case", id, r)
			}
		}
	}
}

// TestNoticeRuleLinksResolve checks that every retention rule an example
// notice links to ({"schedule": …, "rule": …}) is in a bundled schedule.
func TestNoticeRuleLinksResolve(t *testing.T) {
	rules := map[string][]string{}
	for _, e := range examples.Schedules() {
		_, s := compileSchedule(t, e)
		rules[e.ID] = s.RuleIDs()
	}
	for _, n := range examples.All() {
		var doc any
		if err := json.Unmarshal(n.Data, &doc); err != nil {
			t.Fatalf("%s: %v", n.File, err)
		}
		var walk func(v any)
		walk = func(v any) {
			switch v := v.(type) {
			case map[string]any:
				sched, ok1 := v["schedule"].(string)
				rule, ok2 := v["rule"].(string)
				if ok1 && ok2 {
					ids, known := rules[sched]
					if !known {
						t.Errorf("%s links to schedule %q, which is not bundled", n.File, sched)
					} else if !slices.Contains(ids, rule) {
						t.Errorf("%s links to rule %q of schedule %s, which has only %v", n.File, rule, sched, ids)
					}
				}
				for _, x := range v {
					walk(x)
				}
			case []any:
				for _, x := range v {
					walk(x)
				}
			}
		}
		walk(doc)
	}
}

// Example_decideWithBundledSchedule compiles a bundled schedule and decides
// a record of Maidstone's body-worn camera footage.
func Example_decideWithBundledSchedule() {
	e, err := examples.Schedule("maidstone-parking")
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := retention.CompileJSON(e.Data)
	if err != nil {
		fmt.Println(err)
		return
	}
	captured := "2026-01-01"
	rec := s.Resolve(&retention.Input{ID: "bwc-2026-0042", Rule: "bwc-footage",
		Facts: map[string]*string{"captured": &captured, "case_opened": nil, "case_closed": nil}})
	d := s.Decide(&rec, civil.MustParse("2026-03-03"))
	fmt.Println(d.Outcome, d.Due, d.Action)
	// Output:
	// eligible 2026-03-03 destroy
}
