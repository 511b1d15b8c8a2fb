package notice_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/schema"
	"github.com/noticekit/noticekit/strict"
)

// TestV1NoticesKeepValidating: the five examples as they were published in
// version 1 (copied into testdata/v1 before version 2) are still read:
// validated against the kept version 1 schema and migrated. Each migrated
// notice marshals as a valid version 2 document with the same content,
// where data_subject true/false became "yes"/"no".
func TestV1NoticesKeepValidating(t *testing.T) {
	files, err := filepath.Glob("testdata/v1/*.json")
	if err != nil || len(files) != 5 {
		t.Fatalf("want the five version 1 examples in testdata/v1, got %d (%v)", len(files), err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), notice.SchemaV1ID) {
			t.Fatalf("%s: not a version 1 document", f)
		}
		n, err := notice.Parse(data)
		if err != nil {
			t.Errorf("%s: a version 1 notice no longer reads: %v", f, err)
			continue
		}
		if n.Schema != notice.SchemaID {
			t.Errorf("%s: migrated $schema = %q, want %q", f, n.Schema, notice.SchemaID)
		}
		out, err := notice.Marshal(n)
		if err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(out); err != nil {
			t.Errorf("%s: migrated notice is not valid version 2: %v", f, err)
		}
		// The migration changes only $schema and the data_subject booleans.
		want := strings.ReplaceAll(string(data), notice.SchemaV1ID, notice.SchemaID)
		want = strings.ReplaceAll(want, `"data_subject": true`, `"data_subject": "yes"`)
		want = strings.ReplaceAll(want, `"data_subject": false`, `"data_subject": "no"`)
		if diff := cmp.Diff(want, string(out)); diff != "" {
			t.Errorf("%s: migration changed more than $schema and data_subject (-want +got):\n%s", f, diff)
		}
	}
}

// TestVersionsRefuseWhatTheyDoNotHave: a version 1 document using a
// version 2 member is refused by the version 1 schema, naming the member;
// a version 2 document with a version 1 boolean data_subject is refused
// naming the place.
func TestVersionsRefuseWhatTheyDoNotHave(t *testing.T) {
	v1 := strings.Replace(minimal, notice.SchemaID, notice.SchemaV1ID, 1)
	tests := []struct {
		name, doc, pointer string
	}{
		{"v1 with parent", strings.Replace(v1, `"id": "minimal",`, `"id": "minimal", "parent": {"id": "corporate"},`, 1), ""},
		{"v2 with boolean data_subject", strings.Replace(minimal, `"regime": "uk-gdpr",`, `"regime": "uk-gdpr", "sources": [{"name": "you", "data_subject": true}],`, 1),
			"/activities/0/sources/0/data_subject"},
		{"interpretation of an absent member", strings.Replace(minimal, `"regime": "uk-gdpr",`, `"regime": "uk-gdpr", "interpreted": {"purposes": "reason"},`, 1),
			"/activities/0/interpreted/purposes"},
		{"controller neither named nor not named", strings.Replace(minimal, `{"name": "Example Council"}`, `{"kind": "local-authority"}`, 1), "/controller"},
		{"controller named and not named", strings.Replace(minimal, `{"name": "Example Council"}`, `{"name": "Example Council", "not_named": true}`, 1), "/controller"},
		{"right for an unknown activity", strings.Replace(minimal, `"last_updated"`, `"rights": {"items": [{"right": "access", "activities": ["nope"]}]}, "last_updated"`, 1), "/rights/items/0/activities/0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := notice.Parse([]byte(tt.doc))
			var se *strict.Error
			if !errors.As(err, &se) {
				t.Fatalf("Parse: %v, want a *strict.Error", err)
			}
			found := false
			for _, p := range se.Problems {
				if p.Pointer == tt.pointer || (tt.pointer == "" && strings.Contains(p.Message, "parent")) {
					found = true
				}
			}
			if !found {
				t.Errorf("no problem at %q: %v", tt.pointer, err)
			}
		})
	}
	if _, err := notice.Parse([]byte(v1)); err != nil {
		t.Errorf("the minimal notice in version 1: %v", err)
	}
}

// TestFixturesRoundTrip: the version 2 fixtures, which use every member
// version 2 added, parse, marshal and parse again to the same notice, so no
// member is lost between the schema and the Go types.
func TestFixturesRoundTrip(t *testing.T) {
	files, _ := filepath.Glob("testdata/compose/*.json")
	more, _ := filepath.Glob("testdata/cookies/*.json")
	files = append(append(files, more...), "testdata/check/clean.json")
	if len(files) < 10 {
		t.Fatalf("only %d fixtures", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		n, err := notice.Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out, err := notice.Marshal(n)
		if err != nil {
			t.Fatal(err)
		}
		n2, err := notice.Parse(out)
		if err != nil {
			t.Fatalf("%s: Parse(Marshal(n)): %v", f, err)
		}
		if diff := cmp.Diff(n, n2, exportAll); diff != "" {
			t.Errorf("%s: Parse(Marshal(n)) != n (-want +got):\n%s", f, diff)
		}
		// Nothing in the file is dropped by the Go types: the canonical
		// form holds every member the file has.
		var in, back any
		if json.Unmarshal(data, &in) != nil || json.Unmarshal(out, &back) != nil {
			t.Fatal("not JSON")
		}
		if diff := cmp.Diff(in, back); diff != "" {
			t.Errorf("%s: members lost or changed by the Go types (-file +canonical):\n%s", f, diff)
		}
	}
}

// TestEveryObjectTakesInterpretations: every object of the version 2
// schema may carry an interpretation mark, and the Go types keep it.
func TestEveryObjectTakesInterpretations(t *testing.T) {
	src, _ := schema.Source(schema.NoticeID)
	var doc struct {
		Properties map[string]any            `json:"properties"`
		Defs       map[string]map[string]any `json:"$defs"`
	}
	if err := json.Unmarshal(src, &doc); err != nil {
		t.Fatal(err)
	}
	if _, ok := doc.Properties["interpreted"]; !ok {
		t.Error("the notice object takes no interpretation mark")
	}
	for name, def := range doc.Defs {
		props, ok := def["properties"].(map[string]any)
		if !ok {
			continue
		}
		if _, ok := props["interpreted"]; !ok {
			t.Errorf("$defs/%s takes no interpretation mark", name)
		}
	}
}
