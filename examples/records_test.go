package examples_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/retention"
	"github.com/noticekit/noticekit/sweep"
)

// recordsDay is the day the sample records are decided on in the README.
var recordsDay = civil.MustParse("2026-06-01")

// TestRecords decides each file of sample records in records/ under the
// bundled schedule its name names, and compares the decisions with
// testdata/records/FILE.golden (go test -update rewrites them). Together
// the samples show every outcome, a null fact, an unknown fact and review
// cycles; the CSV sample decides as its JSON Lines twin.
func TestRecords(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("records", "*"))
	if err != nil || len(files) < 3 {
		t.Fatalf("records: %v, %v", files, err)
	}
	outcomes := map[string]bool{}
	reasons := map[string]bool{}
	decided := map[string][]map[string]any{}
	for _, file := range files {
		base := filepath.Base(file)
		id := strings.TrimSuffix(base, filepath.Ext(base))
		e, err := examples.Schedule(id)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		s, err := retention.CompileJSON(e.Data)
		if err != nil {
			t.Fatal(err)
		}
		sw, err := sweep.New(s, e.Data, sweep.Options{Today: recordsDay, Output: sweep.JSONLines})
		if err != nil {
			t.Fatal(err)
		}
		in, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		err = sw.Run(context.Background(), file, in, &out)
		in.Close()
		if err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", "records", base+".golden")
		if *update {
			if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (go test -update writes it)", err)
		}
		if diff := cmp.Diff(string(want), out.String()); diff != "" {
			t.Errorf("%s (-want +got):\n%s", golden, diff)
		}
		for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
			var d map[string]any
			if err := json.Unmarshal([]byte(line), &d); err != nil {
				t.Fatal(err)
			}
			outcomes[d["outcome"].(string)] = true
			reasons[d["reason"].(string)] = true
			delete(d, "detail") // names the file and line
			decided[base] = append(decided[base], d)
		}
	}
	for _, o := range retention.Outcomes() {
		if !outcomes[o.String()] {
			t.Errorf("no sample record is %s", o)
		}
	}
	for _, r := range []string{"fact-unknown", "review-cycle-due", "review-at-end", "reviewed", "missing-fact"} {
		if !reasons[r] {
			t.Errorf("no sample record has reason %s", r)
		}
	}
	// bwc-2026-0049 leaves case_opened out, which a CSV row cannot do (an
	// empty cell is "not happened"): it is in the JSON Lines sample only.
	jsonl := decided["maidstone-parking.jsonl"]
	if len(jsonl) > 0 && jsonl[len(jsonl)-1]["id"] == "bwc-2026-0049" {
		jsonl = jsonl[:len(jsonl)-1]
	}
	if diff := cmp.Diff(jsonl, decided["maidstone-parking.csv"]); diff != "" {
		t.Errorf("the CSV sample decides differently from the JSON Lines one (-jsonl +csv):\n%s", diff)
	}
}
