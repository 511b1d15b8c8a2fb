package retention

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/strict"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// The schedule JSON Schema lives in the schema package (which embeds it);
// these tests read the file directly, so that this package never imports
// schema, and keep the two in step.
var (
	schemaFile   = filepath.Join("..", "schema", "schedule.schema.json")
	schemaV1File = filepath.Join("..", "schema", "schedule-v1.schema.json")
)

func compileSchema(t *testing.T) *jsonschema.Schema {
	return compileSchemaFile(t, schemaFile, SchemaID)
}

func compileSchemaFile(t *testing.T, file, id string) *jsonschema.Schema {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	c.LoadURL = func(s string) (io.ReadCloser, error) { return nil, fmt.Errorf("no network: %s", s) }
	if err := c.AddResource(id, bytes.NewReader(data)); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(id)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func schemaValid(t *testing.T, s *jsonschema.Schema, doc []byte) error {
	t.Helper()
	var v any
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return err
	}
	return s.Validate(v)
}

func TestSchemaInStep(t *testing.T) {
	data, err := os.ReadFile(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Schema     string `json:"$schema"`
		ID         string `json:"$id"`
		Properties struct {
			Schema  struct{ Const string } `json:"$schema"`
			Version struct{ Pattern string }
		}
		Defs struct {
			ID   struct{ Pattern string } `json:"id"`
			Fact struct{ Pattern string } `json:"fact"`
			Rule struct {
				Properties struct {
					Then struct{ Enum []string }
				}
			} `json:"rule"`
			Clause struct {
				Properties struct {
					Cutoff   struct{ Enum []string }
					Counting struct{ Enum []string }
				}
			} `json:"clause"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		name      string
		want, got any
	}{
		{"$schema", "https://json-schema.org/draft/2020-12/schema", doc.Schema},
		{"$id", SchemaID, doc.ID},
		{"$schema const", SchemaID, doc.Properties.Schema.Const},
		{"then", actionCodes[1:], doc.Defs.Rule.Properties.Then.Enum},
		{"cutoff", cutoffCodes[1:], doc.Defs.Clause.Properties.Cutoff.Enum},
		{"counting", countingCodes[1:], doc.Defs.Clause.Properties.Counting.Enum},
	}
	for _, c := range checks {
		if diff := cmp.Diff(c.want, c.got); diff != "" {
			t.Errorf("%s (-want +got)\n%s", c.name, diff)
		}
	}
	if !strings.Contains(string(data), `"additionalProperties": false`) {
		t.Error("schema does not forbid additional properties")
	}
}

// TestSchemaAgrees: every document Compile accepts, the schema accepts; and
// the structural bad documents of TestBadSchedules are rejected by both.
func TestSchemaAgrees(t *testing.T) {
	s := compileSchema(t)
	for _, name := range []string{"maidstone.json", "many.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := schemaValid(t, s, data); err != nil {
			t.Errorf("%s: schema rejects a valid schedule: %v", name, err)
		}
	}
	bad := []string{
		strings.Replace(valid, `"id": "s"`, `"id": "s", "colour": "red"`, 1),
		strings.Replace(valid, `"version": "1"`, `"version": 1`, 1),
		strings.Replace(valid, "schedule/v2.json", "schedule/v1.json", 1),
		strings.Replace(valid, `"then": "destroy"`, `"then": "review"`, 1),
		strings.Replace(valid, `{"name": "b", "meaning": "b"}`, `{"name": "b", "meaning": "b\nc"}`, 1),
		strings.Replace(valid, `{"name": "b", "meaning": "b"}`, `{"name": "b"}`, 1),
		strings.Replace(valid, `"facts": [`, `"fact": [`, 1),
		strings.Replace(valid, `"then": "destroy"`, `"then": "shred"`, 1),
		strings.Replace(valid, `"period": "P6Y"`, `"period": "P6Y", "cutoff": "fiscal-year"`, 1),
		strings.Replace(valid, `"then": "keep"`, `"then": "destroy"`, 1),
		strings.Replace(valid, `"then": "destroy"`, `"then": "keep"`, 1),
		strings.Replace(valid, `{"from": "created", "period": "P6Y"}`, `{"later_of": []}`, 1),
		strings.Replace(valid, `{"from": "created", "period": "P6Y"}`, `{"from": "a", "later_of": [{"from": "b"}]}`, 1),
		strings.Replace(valid, `"from": "created"`, `"from": "Created Date"`, 1),
		strings.Replace(valid, `]
}`, `], "moratoria": [{"id": "m", "from": "20 Jan 2023"}]}`, 1),
		strings.Replace(valid, `]
}`, `], "moratoria": [{"id": "m", "from": "2023-02-30"}]}`, 1),
		strings.Replace(valid, `"then": "destroy"`, `"then": "destroy", "review_every": {"from": "reviewed", "period": "P1Y"}`, 1),
	}
	for _, doc := range bad {
		if err := schemaValid(t, s, []byte(doc)); err == nil {
			t.Errorf("schema accepts a bad schedule:\n%s", doc)
		}
		if _, err := CompileJSON([]byte(doc)); err == nil {
			t.Errorf("Compile accepts a bad schedule:\n%s", doc)
		}
	}
	// Periods are meaning, checked by Compile alone (so that a bad period
	// is one problem in Compile's words, not a pattern): the schema takes
	// any string, Compile takes exactly what ParsePeriod takes.
	for _, p := range []string{"P0D", "P1Y", "P1Y2M3W4D", "P2W", "P1M1D", "P", "PT1H", "P1D1Y", "-P1D", "P1.5D", "p1d", "P1Y1Y", "P-1D"} {
		doc := strings.Replace(valid, `"P6Y"`, fmt.Sprintf("%q", p), 1)
		_, perr := ParsePeriod(p)
		if serr := schemaValid(t, s, []byte(doc)); serr != nil {
			t.Errorf("period %q: the schema rejects it: %v", p, serr)
		}
		_, cerr := CompileJSON([]byte(doc))
		if (perr == nil) != (cerr == nil) {
			t.Errorf("period %q: ParsePeriod error %v, Compile error %v", p, perr, cerr)
		}
		var ps *strict.Error
		if cerr != nil && (!errors.As(cerr, &ps) || len(ps.Problems) != 1) {
			t.Errorf("period %q: want one problem, got %v", p, cerr)
		}
	}
	var ve *jsonschema.ValidationError
	err := schemaValid(t, s, []byte(strings.Replace(valid, `"then": "destroy"`, `"then": "shred"`, 1)))
	if !errors.As(err, &ve) {
		t.Errorf("schema error %T is not a *jsonschema.ValidationError", err)
	}
}

// TestSchemaV1Kept: the version 1 schema is kept, and every version 1
// document it accepts is read by ParseSchedule and refused by Compile with
// one problem saying what to add (never compiled with invented facts).
func TestSchemaV1Kept(t *testing.T) {
	s := compileSchemaFile(t, schemaV1File, SchemaV1ID)
	doc := []byte(`{"$schema": "https://noticekit.github.io/schema/schedule/v1.json", "id": "s", "version": "1",
	  "rules": [{"id": "a", "retain": {"from": "created", "period": "P6Y"}, "then": "destroy"},
	            {"id": "g1", "retain": {"from": "date_of_birth", "period": "P100Y"}, "review_every": {"from": "created", "period": "P10Y"}, "then": "review"}]}`)
	if err := schemaValid(t, s, doc); err != nil {
		t.Fatalf("v1 schema rejects a v1 schedule: %v", err)
	}
	def, err := ParseSchedule(doc)
	if err != nil {
		t.Fatalf("ParseSchedule(v1): %v", err)
	}
	_, err = Compile(def)
	var se *strict.Error
	if !errors.As(err, &se) || len(se.Problems) != 1 || se.Problems[0].Pointer != "/$schema" ||
		!strings.Contains(se.Problems[0].Message, "add a facts declaration for: created, date_of_birth, reviewed") {
		t.Fatalf("Compile(v1) = %v", err)
	}
}
