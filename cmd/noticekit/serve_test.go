package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/internal/serve"
)

// TestServeSameAnswers: each HTTP body is exactly the command's --json
// output for the same question (for validate and check, the one element
// of the command's array, re-encoded in the same form).
func TestServeSameAnswers(t *testing.T) {
	s := serve.New(serve.Config{Today: func() civil.Date { return civil.MustNew(2026, time.November, 22) }})
	if err := s.Load(); err != nil {
		t.Fatal(err)
	}
	opcc, err := os.ReadFile("../../examples/staffordshire-opcc.json")
	if err != nil {
		t.Fatal(err)
	}
	bad, err := os.ReadFile("testdata/validate/bad-notice.json")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		stdin  []byte
		method string
		target string
		array  bool   // the command prints an array of one
		field  string // compare this member of a problem response instead
	}{
		{"validate", []string{"validate", "--json", "-"}, opcc, "POST", "/v1/validate", true, ""},
		{"validate invalid", []string{"validate", "--json", "-"}, bad, "POST", "/v1/validate", true, "problems"},
		{"check", nil, opcc, "POST", "/v1/check?on=2026-11-22", true, ""},
		{"rights", []string{"rights", "--json", "--regime", "dpa-2018-part-3", "--basis", "consent", "--on", "2026-07-01"}, nil, "GET", "/v1/rights?regime=dpa-2018-part-3&basis=consent&on=2026-07-01", false, ""},
		{"deadline", []string{"deadline", "--json", "--received", "2026-02-10", "--clarification-asked", "2026-02-12", "--clarification-received", "2026-02-20", "--nation", "scotland"}, nil,
			"GET", "/v1/deadline?received=2026-02-10&clarification_asked=2026-02-12&clarification_received=2026-02-20&nation=scotland", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			if tt.name == "check" { // the command resolves no schedules unless told; the service has the bundled ones
				args = []string{"check", "--json", "--fail-on", "none", "--on", "2026-11-22"}
				for _, f := range []string{"maidstone-parking", "staffordshire-police", "stockport-soloprotect", "staffordshire-opcc", "uk-practice"} {
					args = append(args, "--schedule", "../../examples/schedules/"+f+".json")
				}
				args = append(args, "-")
			}
			var stdout, stderr bytes.Buffer
			run(args, bytes.NewReader(tt.stdin), &stdout, &stderr)
			want := stdout.Bytes()
			if tt.array {
				var elems []json.RawMessage
				if err := json.Unmarshal(want, &elems); err != nil || len(elems) != 1 {
					t.Fatalf("command output %s: %v", want, err)
				}
				v := elems[0]
				if tt.field != "" {
					v = member(t, v, tt.field)
				}
				want = reindent(t, v)
			}
			var body *bytes.Reader
			if tt.stdin != nil {
				body = bytes.NewReader(tt.stdin)
			}
			r := httptest.NewRequest(tt.method, tt.target, nil)
			if body != nil {
				r = httptest.NewRequest(tt.method, tt.target, body)
				r.Header.Set("Content-Type", "application/json")
			}
			w := httptest.NewRecorder()
			s.ServeHTTP(w, r)
			got := w.Body.Bytes()
			if tt.field != "" {
				got = reindent(t, member(t, got, tt.field))
			}
			if len(want) < 20 {
				t.Fatalf("the command printed %q (stderr %s)", want, stderr.String())
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("HTTP body differs from the command's --json (-command +http):\n%s", diff)
			}
		})
	}
}

// TestServeFlags: the command refuses a non-loopback address without a
// token, a bad token file, and operands, before listening.
func TestServeFlags(t *testing.T) {
	dir := t.TempDir()
	short := dir + "/short"
	if err := os.WriteFile(short, []byte("abc\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"serve", "--addr", "0.0.0.0:0"}, "not loopback: give --token-file"},
		{[]string{"serve", "--addr", ":0"}, "not loopback"},
		{[]string{"serve", "--token-file", short}, "want at least 16"},
		{[]string{"serve", "--token-file", dir + "/none"}, "no such file"},
		{[]string{"serve", "extra"}, `unexpected argument "extra"`},
		{[]string{"serve", "--addr", "nonsense"}, "want host:port"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		if code := run(tt.args, nil, &stdout, &stderr); code != exitUsage || !strings.Contains(stderr.String(), tt.want) {
			t.Errorf("%v: exit %d, stderr %q, want 2 and %q", tt.args, code, stderr.String(), tt.want)
		}
	}
	// An invalid schedule stops the start with exit 1, naming its place.
	bad, err := os.ReadFile("testdata/retention/bad-schema.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir+"/bad.json", bad, 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"serve", "--addr", "127.0.0.1:0", "--schedules", dir}, nil, &stdout, &stderr); code != exitInvalid ||
		!strings.Contains(stderr.String(), dir+"/bad.json:") {
		t.Errorf("invalid schedule: exit %d, stderr %q", code, stderr.String())
	}
}

// member returns the named member of a JSON object, as it is written.
func member(t *testing.T, obj []byte, name string) json.RawMessage {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal(obj, &m); err != nil {
		t.Fatal(err)
	}
	return m[name]
}

// reindent writes a JSON value in the command's --json form, keeping its
// members in the order written.
func reindent(t *testing.T, v json.RawMessage) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := json.Indent(&b, v, "", "  "); err != nil {
		t.Fatal(err)
	}
	b.WriteByte('\n')
	return b.Bytes()
}

// TestServeDecideSameBytes: the decisions of POST /v1/schedules/{id}/decide
// are byte for byte those of `noticekit retention decide --json` on the
// same file (named by ?name=), for JSON Lines and CSV, malformed lines and
// an input large enough to be decided by several workers.
func TestServeDecideSameBytes(t *testing.T) {
	dir := t.TempDir()
	sched, err := os.ReadFile("testdata/retention/schedule.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir+"/schedule.json", sched, 0o644); err != nil {
		t.Fatal(err)
	}
	var big bytes.Buffer
	facts := []string{`"captured": "2026-05-01"`, `"captured": "2026-03-01"`, `"captured": "2026-01-01", "case_opened": "2026-01-02"`, `"captured": "2026-02-30"`, `"captured": "2026-01-01", "case_opened": "2026-01-02", "case_closed": "2026-01-10"`}
	for i := 0; i < 20000; i++ {
		holds := ""
		if i%97 == 0 {
			holds = `, "holds": ["legal-hold"]`
		}
		fmt.Fprintf(&big, `{"id": "r%d", "rule": "bwc-footage", "facts": {%s}%s}`+"\n", i, facts[i%len(facts)], holds)
		if i%1000 == 999 {
			big.WriteString("{broken\n")
		}
	}
	bigFile := dir + "/big.jsonl"
	if err := os.WriteFile(bigFile, big.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	s := serve.New(serve.Config{SchedulesDir: dir})
	if err := s.Load(); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"testdata/retention/outcomes.jsonl", "testdata/retention/outcomes.csv", "testdata/retention/malformed.jsonl",
		"testdata/retention/malformed.csv", "testdata/retention/crlf.csv", bigFile} {
		t.Run(f, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			run([]string{"retention", "decide", "--schedule", "testdata/retention/schedule.json", "--today", "2026-06-01", "--json", f}, nil, &stdout, &stderr)
			if stdout.Len() == 0 {
				t.Fatalf("no decisions from the command: %s", stderr.String())
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			ctype := "application/x-ndjson"
			if strings.HasSuffix(f, ".csv") {
				ctype = "text/csv"
			}
			r := httptest.NewRequest("POST", "/v1/schedules/test-sweep/decide?today=2026-06-01&name="+url.QueryEscape(f), bytes.NewReader(data))
			r.Header.Set("Content-Type", ctype)
			w := httptest.NewRecorder()
			s.ServeHTTP(w, r)
			body := w.Body.String()
			last := strings.LastIndex(strings.TrimSuffix(body, "\n"), "\n") + 1
			if w.Code != 200 || !strings.HasPrefix(body[last:], `{"manifest":`) {
				t.Fatalf("%d, last line %q", w.Code, body[last:])
			}
			if got := body[:last]; got != stdout.String() {
				t.Errorf("HTTP decisions differ from the command's (-command +http):\n%s", cmp.Diff(stdout.String(), got))
			}
		})
	}
}
