package notice_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/rights"
	"github.com/noticekit/noticekit/schema"
	"github.com/noticekit/noticekit/strict"
)

var update = flag.Bool("update", false, "rewrite golden files")

// exportAll lets cmp look inside the model's small value types (Text,
// civil.Date, retention.Period), whose fields are unexported.
var exportAll = cmp.Exporter(func(reflect.Type) bool { return true })

func TestExamplesParseAndRoundTrip(t *testing.T) {
	all := examples.All()
	if len(all) != 5 {
		t.Fatalf("examples.All() has %d notices, want the 5 seeds", len(all))
	}
	for _, e := range all {
		t.Run(e.ID, func(t *testing.T) {
			n, err := notice.Parse(e.Data)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if n.ID != e.ID {
				t.Errorf("id = %q, want the file name %q", n.ID, e.ID)
			}
			out, err := notice.Marshal(n)
			if err != nil {
				t.Fatalf("Marshal: %v", err)
			}
			// The embedded files are canonical: Marshal gives back their bytes.
			if diff := cmp.Diff(string(e.Data), string(out)); diff != "" {
				t.Errorf("Marshal(Parse(file)) differs from the file (-want +got):\n%s", diff)
			}
			n2, err := notice.Parse(out)
			if err != nil {
				t.Fatalf("Parse(Marshal(n)): %v", err)
			}
			if diff := cmp.Diff(n, n2, exportAll); diff != "" {
				t.Errorf("Parse(Marshal(n)) != n (-want +got):\n%s", diff)
			}
		})
	}
}

// minimal is the smallest valid notice; the bad-input table mutates it.
const minimal = `{
  "$schema": "https://noticekit.github.io/schema/notice/v2.json",
  "id": "minimal",
  "language": "en",
  "controller": {"name": "Example Council"},
  "activities": [
    {
      "id": "parking",
      "name": "Parking enforcement",
      "regime": "uk-gdpr",
      "lawful_bases": [{"basis": "public-task"}],
      "retention": [{"kind": "period", "period": "P60D"}]
    }
  ],
  "last_updated": "2026-01-31"
}
`

func TestParseMinimal(t *testing.T) {
	n, err := notice.Parse([]byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := n.Activities[0].LawfulBases[0].Basis, lawfulbasis.PublicTask; got != want {
		t.Errorf("basis = %v, want %v", got, want)
	}
	if got, want := n.LastUpdated.String(), "2026-01-31"; got != want {
		t.Errorf("last_updated = %q, want %q", got, want)
	}
	if got, want := n.Activities[0].Retention[0].Period.String(), "P60D"; got != want {
		t.Errorf("period = %q, want %q", got, want)
	}
}

func TestParseBadInputs(t *testing.T) {
	deep := strings.Repeat("[", 100000) + strings.Repeat("]", 100000)
	huge := `{"id":"` + strings.Repeat("x", 5<<20) + `"}`
	deepPointer := strings.Repeat("/0", 64)
	tests := []struct {
		name      string
		in        string
		pointer   string // the place the one problem must name
		line, col int    // its line and column
		message   string // a fragment of its message
	}{
		{"empty file", "", "", 1, 1, "empty"},
		{"truncated", minimal[:120], "", 5, 14, "unexpected end"},
		{"wrong type", strings.Replace(minimal, `"name": "Example Council"`, `"name": 5`, 1), "/controller/name", 5, 26, "string"},
		{"unknown field", strings.Replace(minimal, `"language": "en",`, `"language": "en", "colour": "red",`, 1), "/colour", 4, 31, "colour"},
		{"duplicate key", strings.Replace(minimal, `"language": "en",`, `"language": "en", "language": "cy",`, 1), "/language", 4, 21, "duplicate"},
		{"impossible date", strings.Replace(minimal, "2026-01-31", "2026-02-30", 1), "/last_updated", 15, 19, "date"},
		{"unknown basis", strings.Replace(minimal, `"public-task"`, `"public-interest"`, 1), "/activities/0/lawful_bases/0/basis", 11, 34, "public-interest"},
		{"5 MiB", huge, "", 1, 4194305, "over the limit"},
		{"100000-deep nesting", deep, deepPointer, 1, 65, "deep"},
		{"invalid UTF-8", strings.Replace(minimal, "Example Council", "Example \xff Council", 1), "/controller/name", 5, 35, "UTF-8"},
		{"byte-order mark", "\xef\xbb\xbf" + minimal, "", 1, 1, "byte-order mark"},
		{"trailing data", minimal + "{}", "", 17, 1, "after"},
		{"duplicate activity id", strings.Replace(minimal, `"activities": [`, `"activities": [{"id": "parking", "name": "Other", "regime": "uk-gdpr"},`, 1), "/activities/1/id", 8, 13, "already used"},
		// The pointer names the member that is missing; the place is the
		// object that lacks it.
		{"period missing", strings.Replace(minimal, `"kind": "period", "period": "P60D"`, `"kind": "period"`, 1), "/activities/0/retention/0/period", 12, 21, "needs a period"},
	}
	// Compile the schema once, outside the memory measurements.
	if _, err := notice.Parse([]byte(minimal)); err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := []byte(tt.in)
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			_, err := notice.Parse(in)
			runtime.ReadMemStats(&after)
			// Memory stays bounded: rejecting any of these inputs,
			// 5 MiB and 100 000 levels included, allocates far less
			// than the input (the size is checked before anything is
			// read; the depth limit stops the walk at 64 levels).
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 256<<10 {
				t.Errorf("Parse allocated %d bytes, want at most 256 KiB", alloc)
			}
			var se *strict.Error
			if !errors.As(err, &se) {
				t.Fatalf("Parse error = %v (%T), want *strict.Error", err, err)
			}
			if len(se.Problems) != 1 {
				t.Fatalf("got %d problems, want exactly 1:\n%v", len(se.Problems), err)
			}
			p := se.Problems[0]
			if p.Pointer != tt.pointer || p.Line != tt.line || p.Column != tt.col {
				t.Errorf("place = %q %d:%d, want %q %d:%d (%s)", p.Pointer, p.Line, p.Column, tt.pointer, tt.line, tt.col, p.Message)
			}
			if !strings.Contains(strings.ToLower(p.Message), strings.ToLower(tt.message)) {
				t.Errorf("message %q does not mention %q", p.Message, tt.message)
			}
		})
	}
}

func TestMarshalCanonical(t *testing.T) {
	n, err := notice.Parse([]byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	n.Activities[0].Name = notice.Plain("Parking <enforcement> & BWV")
	out, err := notice.Marshal(n)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(out, []byte("<enforcement> &")) {
		t.Errorf("Marshal escaped HTML characters:\n%s", out)
	}
	if !bytes.HasSuffix(out, []byte("}\n")) || !bytes.Contains(out, []byte("\n  \"id\": \"minimal\"")) {
		t.Errorf("Marshal is not 2-space indented with a final newline:\n%s", out)
	}
	// Field order follows the schema: $schema, id, title, language, …
	if i, j := bytes.Index(out, []byte(`"id"`)), bytes.Index(out, []byte(`"language"`)); i > j {
		t.Errorf("id after language:\n%s", out)
	}
}

func TestText(t *testing.T) {
	var tx notice.Text
	if err := json.Unmarshal([]byte(`{"en": "Your rights", "cy": "Eich hawliau", "EN-gb": "Your rights (GB)"}`), &tx); err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(tx)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(out), `{"cy":"Eich hawliau","en":"Your rights","en-GB":"Your rights (GB)"}`; got != want {
		t.Errorf("Marshal = %s, want %s", got, want)
	}
	for _, bad := range []string{`""`, `{}`, `{"en": ""}`, `{"not a tag!": "x"}`, `{"en": "a", "EN": "b"}`, `5`, `["en"]`} {
		var v notice.Text
		if err := json.Unmarshal([]byte(bad), &v); err == nil {
			t.Errorf("Unmarshal(%s) succeeded, want an error", bad)
		}
	}
}

// TestSchemaEnums keeps the schema's enums and the Go code tables in step:
// the Go tables are the source, and the schema must list exactly their codes.
func TestSchemaEnums(t *testing.T) {
	src, ok := schema.Source(schema.NoticeID)
	if !ok {
		t.Fatal("notice schema not embedded")
	}
	var doc map[string]any
	if err := json.Unmarshal(src, &doc); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path string // slash-separated path from the schema root to the enum
		want []string
	}{
		{"$defs/activity/properties/regime", codes(lawfulbasis.Regimes())},
		{"$defs/right/properties/regimes/items", codes(lawfulbasis.Regimes())},
		{"$defs/lawful_basis/properties/basis", codes(lawfulbasis.Bases())},
		{"$defs/condition/properties/condition", codes(lawfulbasis.Conditions())},
		{"$defs/right/properties/right", codes(rights.All())},
		{"$defs/right/properties/claimed", codes(notice.Claims())},
		{"$defs/restriction/properties/ground", codes(rights.AllRestrictionGrounds())},
		{"$defs/controller/properties/kind", codes(notice.ControllerKinds())},
		{"$defs/condition/properties/for", codes(notice.ConditionUses())},
		{"$defs/data_category/properties/kind", codes(notice.DataKinds())},
		{"$defs/data_category/properties/special_category", codes(notice.SpecialCategories())},
		{"$defs/recipients/properties/shared", codes(notice.Sharings())},
		{"$defs/recipient/properties/role", codes(notice.Roles())},
		{"$defs/transfers/properties/occurs", codes(notice.Occurrences())},
		{"$defs/transfer/properties/safeguard", codes(notice.Safeguards())},
		{"$defs/retention/properties/kind", codes(notice.RetentionKinds())},
		{"$defs/requirement/properties/kind", codes(notice.RequirementKinds())},
		{"$defs/source/properties/data_subject", codes(notice.DataSubjectSources())},
		{"$defs/condition/properties/general", codes(notice.GeneralConditions())},
		{"$defs/transfers/properties/territory", codes(notice.Territories())},
		{"$defs/cites/items", codes(notice.Provisions())},
		{"$defs/statement/properties/kind", codes(notice.StatementKinds())},
		{"$defs/cookie_group/properties/kind", codes(notice.CookieKinds())},
		{"$defs/cookie_group/properties/basis", codes(notice.CookieBases())},
		{"$defs/cookie_consent/properties/mechanism", codes(notice.ConsentMechanisms())},
		{"$defs/cookie_refusal/properties/means", codes(notice.RefusalMeansAll())},
	}
	for _, tt := range tests {
		var node any = doc
		for _, k := range strings.Split(tt.path, "/") {
			m, ok := node.(map[string]any)
			if !ok {
				t.Fatalf("%s: no object at %q", tt.path, k)
			}
			node = m[k]
		}
		var got []string
		m, _ := node.(map[string]any)
		list, _ := m["enum"].([]any)
		for _, v := range list {
			got = append(got, v.(string))
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: schema enum differs from the Go table (-want +got):\n%s", tt.path, diff)
		}
	}
}

func codes[T interface{ String() string }](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = v.String()
	}
	return out
}

// TestExamplesOnDisk keeps the embedded examples and the files in
// examples/ identical, and -update rewrites them in canonical form.
func TestExamplesCanonicalOnDisk(t *testing.T) {
	files, err := filepath.Glob("../examples/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no example files: %v", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		n, err := notice.Parse(data)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		out, err := notice.Marshal(n)
		if err != nil {
			t.Fatal(err)
		}
		if *update {
			if err := os.WriteFile(f, out, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if !bytes.Equal(data, out) {
			t.Errorf("%s is not canonical: run go test ./notice -run TestExamplesCanonicalOnDisk -update", f)
		}
	}
}

// TestSchemaClosed: every object the notice schema describes forbids
// unknown properties, which Parse relies on to decode with json.Unmarshal.
func TestSchemaClosed(t *testing.T) {
	src, _ := schema.Source(schema.NoticeID)
	var doc any
	if err := json.Unmarshal(src, &doc); err != nil {
		t.Fatal(err)
	}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		m, ok := v.(map[string]any)
		if !ok {
			if a, ok := v.([]any); ok {
				for i, x := range a {
					walk(path+"/"+strconv.Itoa(i), x)
				}
			}
			return
		}
		if _, hasProps := m["properties"]; hasProps {
			if ap, ok := m["additionalProperties"].(bool); !ok || ap {
				t.Errorf("%s: an object with properties must set additionalProperties to false", path)
			}
		}
		for k, x := range m {
			if k != "enum" && k != "const" {
				walk(path+"/"+k, x)
			}
		}
	}
	walk("", doc)
}

// TestEnumsGenerated: the Go code sets (enums_gen.go) and the schema's enum
// arrays are generated from the one table in gen_enums.go (go generate
// ./notice); this fails when either has been edited apart from it.
func TestEnumsGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go tool")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go tool on PATH: %v", err)
	}
	out, err := exec.Command(goTool, "run", "gen_enums.go", "-check").CombinedOutput()
	if err != nil {
		t.Errorf("go run gen_enums.go -check: %v\n%s", err, out)
	}
}
