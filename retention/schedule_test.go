package retention

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/strict"
)

// valid is a schedule every bad-schedule case starts from, changing one
// thing.
const valid = `{
  "$schema": "https://noticekit.github.io/schema/schedule/v2.json",
  "id": "s",
  "version": "1",
  "facts": [{"name": "created", "meaning": "the day the record was created"}, {"name": "a", "meaning": "a"}, {"name": "b", "meaning": "b"}, {"name": "x", "meaning": "x"}, {"name": "reviewed", "meaning": "the day of the latest review"}],
  "rules": [
    {"id": "a", "retain": {"from": "created", "period": "P6Y"}, "then": "destroy"},
    {"id": "b", "then": "keep"}
  ]
}`

func TestParseScheduleValid(t *testing.T) {
	for _, name := range []string{"maidstone.json", "many.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		def, err := ParseSchedule(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := Compile(def); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		// A Definition survives a JSON round trip.
		again, err := json.Marshal(def)
		if err != nil {
			t.Fatal(err)
		}
		def2, err := ParseSchedule(again)
		if err != nil {
			t.Fatalf("%s: re-reading marshalled definition: %v\n%s", name, err, again)
		}
		if diff := cmp.Diff(def, def2); diff != "" {
			t.Errorf("%s: round trip (-want +got)\n%s", name, diff)
		}
	}
}

// TestBadSchedules: each case is one change to valid, and gives problems
// at the given pointers with messages containing the given text.
func TestBadSchedules(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []string // "pointer: substring"
	}{
		// The strict reader (strict.Check), then decoding: the first shape
		// mistake, located (the schema package reports every shape mistake).
		{"syntax", `{"id": }`, []string{"/id: syntax error: invalid character '}'"}},
		{"truncated", `{"id": "x"`, []string{": unexpected end of input: the document is truncated"}},
		{"not an object", `[]`, []string{": an array: want an object"}},
		{"trailing data", valid + `{}`, []string{": unexpected data after the end of the document"}},
		{"unknown field", strings.Replace(valid, `"id": "s"`, `"id": "s", "colour": "red"`, 1),
			[]string{": unknown field \"colour\": want only the members of a version 2 schedule"}},
		{"unknown rule field", strings.Replace(valid, `"then": "keep"`, `"then": "keep", "retention": "P1Y"`, 1),
			[]string{": unknown field \"retention\""}},
		{"unknown clause field", strings.Replace(valid, `"period": "P6Y"`, `"period": "P6Y", "until": "x"`, 1),
			[]string{": unknown field \"until\""}},
		{"duplicate key", strings.Replace(valid, `"id": "s"`, `"id": "s", "id": "t"`, 1),
			[]string{"/id: duplicate key \"id\""}},
		{"wrong type", strings.Replace(valid, `"version": "1"`, `"version": 1`, 1),
			[]string{"/version: a number: want a string"}},
		{"null", strings.Replace(valid, `"version": "1"`, `"version": null`, 1),
			[]string{"/version: \"\": want a version"}},
		{"missing version", strings.Replace(valid, `"version": "1",`, ``, 1),
			[]string{"/version: \"\": want a version"}},
		{"rules not array", strings.Replace(valid, `"rules": [`, `"rules": {"x": [`, 1) + "}",
			nil}, // a syntax error or a type error; checked below only for failure
		{"too big", `{"id": "` + strings.Repeat("x", MaxScheduleBytes) + `"}`, []string{"document is"}},

		{"wrong $schema", strings.Replace(valid, "schedule/v2.json", "schedule/v3.json", 1),
			[]string{"/$schema: \"https://noticekit.github.io/schema/schedule/v3.json\": want"}},
		{"version 1: what to add", `{"$schema": "https://noticekit.github.io/schema/schedule/v1.json", "id": "s", "version": "1", "rules": [
			{"id": "a", "retain": {"later_of": [{"from": "captured", "period": "P60D"}, {"from": "case_closed", "when": "case_opened"}]}, "then": "destroy"},
			{"id": "b", "retain": {"from": "date_of_birth", "period": "P25Y"}, "then": "review"}]}`,
			[]string{"/$schema: version 1 schedules are read but no longer compiled: their facts were never declared, and a declaration cannot be invented. Set \"$schema\" to \"https://noticekit.github.io/schema/schedule/v2.json\" and add a facts declaration for: captured, case_closed, case_opened, date_of_birth, reviewed",
				"/rules/1/review_every: a version 2 rule with then review states its review cycle"}},
		{"no facts declaration", strings.Replace(valid, `"facts": [`, `"fact": [`, 1),
			[]string{": unknown field \"fact\""}},
		{"undeclared fact", strings.Replace(valid, `"from": "created"`, `"from": "creatd"`, 1),
			[]string{"/rules/0/retain/from: undeclared fact \"creatd\": declare it in /facts with its meaning, or correct the name (declared: created, a, b, x, reviewed)"}},
		{"undeclared when", strings.Replace(valid, `"period": "P6Y"`, `"period": "P6Y", "when": "opened"`, 1),
			[]string{"/rules/0/retain/when: undeclared fact \"opened\""}},
		{"fact declared twice", strings.Replace(valid, `{"name": "b", "meaning": "b"}`, `{"name": "a", "meaning": "b"}`, 1),
			[]string{"/facts/2/name: fact \"a\" declared twice (also /facts/1)"}},
		{"fact without meaning", strings.Replace(valid, `{"name": "b", "meaning": "b"}`, `{"name": "b", "meaning": " "}`, 1),
			[]string{"/facts/2/meaning: missing: want one line"}},
		{"meaning of two lines", strings.Replace(valid, `{"name": "b", "meaning": "b"}`, `{"name": "b", "meaning": "b\nc"}`, 1),
			[]string{"/facts/2/meaning: want one line"}},
		{"requires an undeclared fact", strings.Replace(valid, `{"name": "b", "meaning": "b"}`, `{"name": "b", "meaning": "b", "requires": ["c"]}`, 1),
			[]string{"/facts/2/requires/0: undeclared fact \"c\""}},
		{"not before itself", strings.Replace(valid, `{"name": "b", "meaning": "b"}`, `{"name": "b", "meaning": "b", "not_before": ["b"]}`, 1),
			[]string{"/facts/2/not_before/0: \"b\" names the fact itself"}},
		{"review without a cycle", strings.Replace(valid, `"then": "destroy"`, `"then": "review"`, 1),
			[]string{"/rules/0/review_every: missing: a rule with then review states its review cycle"}},
		{"review cycle without reviewed declared", strings.Replace(strings.Replace(valid, `"then": "destroy"`, `"then": "review", "review_every": {"period": "P1Y"}`, 1),
			`, {"name": "reviewed", "meaning": "the day of the latest review"}`, "", 1),
			[]string{"/rules/0/review_every: a rule with a review cycle reads the fact \"reviewed\""}},
		{"periodic review of a destroy rule needs from", strings.Replace(valid, `"then": "destroy"`, `"then": "destroy", "review_every": {"period": "P1Y"}`, 1),
			[]string{"/rules/0/review_every/from: missing: with then destroy"}},
		{"bad id", strings.Replace(valid, `"id": "s"`, `"id": "has space"`, 1), []string{"/id: \"has space\": want an id"}},
		{"bad version", strings.Replace(valid, `"version": "1"`, `"version": ""`, 1), []string{"/version: \"\": want a version"}},
		{"no rules", `{"$schema": "` + SchemaID + `", "id": "s", "version": "1", "facts": [], "rules": []}`, []string{"/rules: want at least one rule"}},
		{"duplicate rule id", strings.Replace(valid, `"id": "b"`, `"id": "a"`, 1), []string{"/rules/1/id: duplicate rule id \"a\" (also /rules/0)"}},
		{"fact named id", strings.Replace(valid, `{"name": "x", "meaning": "x"}`, `{"name": "id", "meaning": "x"}`, 1), []string{"/facts/3/name: \"id\" is reserved"}},
		{"fact named rule", strings.Replace(valid, `{"name": "x", "meaning": "x"}`, `{"name": "rule", "meaning": "x"}`, 1), []string{"/facts/3/name: \"rule\" is reserved"}},
		{"fact named holds", strings.Replace(valid, `{"name": "x", "meaning": "x"}`, `{"name": "holds", "meaning": "x"}`, 1), []string{"/facts/3/name: \"holds\" is reserved"}},
		{"unknown then", strings.Replace(valid, `"then": "destroy"`, `"then": "shred"`, 1),
			[]string{"/rules/0/then: unknown action \"shred\": want one of destroy, anonymise, transfer, review, keep"}},
		{"unknown cutoff", strings.Replace(valid, `"period": "P6Y"`, `"period": "P6Y", "cutoff": "fiscal-year"`, 1),
			[]string{"/rules/0/retain/cutoff: unknown cutoff \"fiscal-year\": want one of month, calendar-year, financial-year, tax-year, academic-year"}},
		{"unknown counting", strings.Replace(valid, `"period": "P6Y"`, `"period": "P6Y", "counting": "from"`, 1),
			[]string{"/rules/0/retain/counting: unknown counting \"from\""}},
		{"bad period", strings.Replace(valid, `"P6Y"`, `"P6.5Y"`, 1),
			[]string{"/rules/0/retain/period: period \"P6.5Y\": fractional parts are not allowed"}},
		{"time period", strings.Replace(valid, `"P6Y"`, `"PT24H"`, 1), []string{"/rules/0/retain/period: period \"PT24H\": time parts"}},
		{"absurd period", strings.Replace(valid, `"P6Y"`, `"P5000Y"`, 1), []string{"/rules/0/retain/period: period \"P5000Y\": longer than 1000 years"}},
		{"no clause, not keep", strings.Replace(valid, `"then": "keep"`, `"then": "destroy"`, 1),
			[]string{"/rules/1/retain: missing: every rule needs a retain clause unless then is keep"}},
		{"keep with a clause", strings.Replace(valid, `"then": "destroy"`, `"then": "keep"`, 1),
			[]string{"/rules/0/retain: a rule with then keep is permanent: remove retain"}},
		{"keep with review_every", strings.Replace(valid, `"then": "keep"`, `"then": "keep", "review_every": {"from": "created", "period": "P1Y"}`, 1),
			[]string{"/rules/1/review_every: a rule with then keep is permanent"}},
		{"keep with dispose_within", strings.Replace(valid, `"then": "keep"`, `"then": "keep", "dispose_within": "P1M"`, 1),
			[]string{"/rules/1/dispose_within: applies only when then is destroy, anonymise or transfer, not keep"}},
		{"zero dispose_within", strings.Replace(valid, `"then": "destroy"`, `"then": "destroy", "dispose_within": "P0D"`, 1),
			[]string{"/rules/0/dispose_within: zero"}},
		{"review_every from reviewed", strings.Replace(valid, `"then": "destroy"`, `"then": "destroy", "review_every": {"from": "reviewed", "period": "P1Y"}`, 1),
			[]string{"/rules/0/review_every/from: \"reviewed\" is the latest review itself"}},
		{"review_every zero", strings.Replace(valid, `"then": "destroy"`, `"then": "destroy", "review_every": {"from": "created", "period": "P0D"}`, 1),
			[]string{"/rules/0/review_every/period: zero"}},
		{"empty later_of", strings.Replace(valid, `{"from": "created", "period": "P6Y"}`, `{"later_of": []}`, 1),
			[]string{"/rules/0/retain/later_of: empty: want at least one clause"}},
		{"empty earlier_of", strings.Replace(valid, `{"from": "created", "period": "P6Y"}`, `{"earlier_of": []}`, 1),
			[]string{"/rules/0/retain/earlier_of: empty"}},
		{"both combinators", strings.Replace(valid, `{"from": "created", "period": "P6Y"}`, `{"later_of": [{"from": "a"}], "earlier_of": [{"from": "b"}]}`, 1),
			[]string{"/rules/0/retain: a clause has later_of or earlier_of, not both"}},
		{"leaf and combinator", strings.Replace(valid, `{"from": "created", "period": "P6Y"}`, `{"from": "a", "later_of": [{"from": "b"}]}`, 1),
			[]string{"/rules/0/retain: a clause is a leaf"}},
		{"leaf without from", strings.Replace(valid, `{"from": "created", "period": "P6Y"}`, `{"period": "P6Y"}`, 1),
			[]string{"/rules/0/retain/from: missing"}},
		{"bad fact name", strings.Replace(valid, `"from": "created"`, `"from": "Created Date"`, 1),
			[]string{"/rules/0/retain/from: \"Created Date\": want a fact name in snake_case"}},
		{"nesting too deep", strings.Replace(valid, `{"from": "created", "period": "P6Y"}`,
			strings.Repeat(`{"later_of": [`, MaxDepth+1)+`{"from": "x"}`+strings.Repeat(`]}`, MaxDepth+1), 1),
			[]string{"nesting too deep"}},
		{"moratorium unknown rule", strings.Replace(valid, `]
}`, `], "moratoria": [{"id": "m", "rules": ["a", "zz"]}]}`, 1),
			[]string{"/moratoria/0/rules/1: unknown rule \"zz\""}},
		{"moratorium until before from", strings.Replace(valid, `]
}`, `], "moratoria": [{"id": "m", "from": "2023-01-20", "until": "2015-03-12"}]}`, 1),
			[]string{"/moratoria/0/until: 2015-03-12 is before from 2023-01-20"}},
		{"moratorium bad date", strings.Replace(valid, `]
}`, `], "moratoria": [{"id": "m", "from": "20 Jan 2023"}]}`, 1),
			[]string{"/moratoria/0/from: \"20 Jan 2023\": want a date YYYY-MM-DD"}},
		{"moratorium duplicate", strings.Replace(valid, `]
}`, `], "moratoria": [{"id": "m"}, {"id": "m"}]}`, 1),
			[]string{"/moratoria/1/id: duplicate moratorium id \"m\""}},
		{"moratorium rule twice", strings.Replace(valid, `]
}`, `], "moratoria": [{"id": "m", "rules": ["a", "a"]}]}`, 1),
			[]string{"/moratoria/0/rules/1: rule \"a\" listed twice"}},
		{"every compile problem at once", `{"$schema": "x", "id": "", "version": "1", "facts": [{"name": "d", "meaning": "d"}], "rules": [
			{"id": "a", "retain": {"from": "d", "period": "P-1D", "cutoff": "week"}, "then": "burn"},
			{"id": "a", "then": "destroy"}]}`,
			[]string{"/$schema:", "/id:", "/rules/0/then: unknown action", "/rules/0/retain/cutoff:", "/rules/0/retain/period:",
				"/rules/1/id: duplicate", "/rules/1/retain: missing"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := CompileJSON([]byte(tt.doc))
			if err == nil {
				t.Fatalf("no error")
			}
			var se *strict.Error
			if !errors.As(err, &se) {
				t.Fatalf("error %T is not a *strict.Error: %v", err, err)
			}
			ps := se.Problems
			if tt.want == nil {
				return
			}
			var got []string
			for _, p := range ps {
				got = append(got, p.Pointer+": "+p.Message)
			}
			if len(got) != len(tt.want) {
				t.Errorf("got %d problems, want %d:\n%s", len(got), len(tt.want), strings.Join(got, "\n"))
			}
			for _, w := range tt.want {
				found := false
				for _, g := range got {
					found = found || strings.HasPrefix(g, w) || strings.Contains(g, w) && !strings.HasPrefix(w, "/")
				}
				if !found {
					t.Errorf("no problem %q in:\n%s", w, strings.Join(got, "\n"))
				}
			}
			for _, p := range ps {
				if p.Line == 0 || p.Column == 0 {
					t.Errorf("problem %+v is not located", p)
				}
			}
		})
	}
}

func TestCompileNil(t *testing.T) {
	if _, err := Compile(nil); err == nil {
		t.Error("Compile(nil): no error")
	}
}

func TestScheduleAccessors(t *testing.T) {
	s := loadSchedule(t, "maidstone.json")
	if s.ID() != "maidstone-parking" || s.Version() != "2024-1" {
		t.Errorf("ID, Version = %q, %q", s.ID(), s.Version())
	}
	want := []string{"bwc-footage", "financial", "pupil-file", "mopi-group-1", "council-tax-base"}
	if diff := cmp.Diff(want, s.RuleIDs()); diff != "" {
		t.Errorf("RuleIDs (-want +got)\n%s", diff)
	}
	var names []string
	for _, f := range s.Facts() {
		names = append(names, f.Name)
	}
	wantFacts := []string{"captured", "case_opened", "case_closed", "transaction", "date_of_birth", "created", "reviewed"}
	if diff := cmp.Diff(wantFacts, names); diff != "" {
		t.Errorf("Facts (-want +got)\n%s", diff)
	}
	if slot, ok := s.FactSlot("case_opened"); !ok || s.FactName(slot) != "case_opened" {
		t.Errorf("FactSlot(case_opened) = %d, %v", slot, ok)
	}
	if _, ok := s.FactSlot("nope"); ok {
		t.Error("FactSlot(nope) found")
	}
	if s.FactName(-1) != "" || s.FactName(99) != "" {
		t.Error("FactName out of range is not empty")
	}
	if a, ok := s.Then("pupil-file"); !ok || a != Review {
		t.Errorf("Then(pupil-file) = %v, %v", a, ok)
	}
	if _, ok := s.Then("nope"); ok {
		t.Error("Then(nope) found")
	}
}

func FuzzParseSchedule(f *testing.F) {
	for _, name := range []string{"maidstone.json", "many.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(valid))
	f.Add([]byte(`{"rules":[{"retain":{"later_of":[{"earlier_of":[]}]}}]}`))
	f.Add([]byte(`{"id":"a","id":"b"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		def, err := ParseSchedule(data)
		if err != nil {
			var se *strict.Error
			if !errors.As(err, &se) || len(se.Problems) == 0 {
				t.Fatalf("error is not a non-empty *strict.Error: %v", err)
			}
			return
		}
		s, err := Compile(def)
		if err != nil {
			var se *strict.Error
			if !errors.As(err, &se) || len(se.Problems) == 0 {
				t.Fatalf("Compile error is not a non-empty *strict.Error: %v", err)
			}
			return
		}
		// A compiled schedule decides any record without panicking.
		for _, id := range s.RuleIDs() {
			rec := s.NewRecord("x", id, nil)
			for i := range s.NumFacts() {
				s.SetFactSlot(&rec, i, "2000-01-01")
			}
			dec := s.Decide(&rec, d("2026-01-01"))
			if dec.Outcome == OutcomeUnspecified || dec.Reason.Outcome() != dec.Outcome {
				t.Fatalf("rule %s: outcome %v reason %v", id, dec.Outcome, dec.Reason)
			}
		}
	})
}

func ExampleParseSchedule() {
	_, err := ParseSchedule([]byte(`{"$schema": "https://noticekit.github.io/schema/schedule/v1.json",
  "id": "cctv", "version": "1", "rule": []}`))
	fmt.Println(err)
	// Output: 2:43: unknown field "rule": want only the members of a version 2 schedule (schema/schedule.schema.json)
}

func ExampleCompile() {
	def, err := ParseSchedule([]byte(`{"$schema": "https://noticekit.github.io/schema/schedule/v2.json",
  "id": "cctv", "version": "1",
  "facts": [{"name": "recorded", "meaning": "the day the footage was recorded"}],
  "rules": [
    {"id": "public-space", "retain": {"from": "recorded", "period": "P31D"}, "then": "destroy"},
    {"id": "evidence", "retain": {"from": "recoded", "period": "P1Y"}, "then": "destroy"},
    {"id": "public-space", "retain": {"later_of": []}, "then": "shred"}
  ]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = Compile(def)
	fmt.Println(err)
	// Output:
	// 4 problems:
	// /rules/1/retain/from: undeclared fact "recoded": declare it in /facts with its meaning, or correct the name (declared: recorded)
	// /rules/2/id: duplicate rule id "public-space" (also /rules/0)
	// /rules/2/then: unknown action "shred": want one of destroy, anonymise, transfer, review, keep
	// /rules/2/retain/later_of: empty: want at least one clause
}
