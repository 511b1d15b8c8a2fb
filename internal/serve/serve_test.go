package serve

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/internal/report"
	"github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/rights"
)

// testDay is the Today of every test server.
var testDay = civil.MustNew(2026, time.November, 22)

// newTestServer returns a loaded Server for cfg, with Today fixed.
func newTestServer(t testing.TB, cfg Config) *Server {
	t.Helper()
	cfg.Today = func() civil.Date { return testDay }
	s := New(cfg)
	if err := s.Load(); err != nil {
		t.Fatal(err)
	}
	return s
}

// do sends one request to h and returns the recorded response.
func do(h http.Handler, method, target, contentType string, body []byte, header ...string) *httptest.ResponseRecorder {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	r := httptest.NewRequest(method, target, rd)
	if contentType != "" {
		r.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// encoded is v as the command's --json writes it.
func encoded(t testing.TB, v any) string {
	t.Helper()
	var b bytes.Buffer
	if err := report.Encode(&b, v); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func exampleNotice(t testing.TB, id string) []byte {
	t.Helper()
	ex, err := examples.Notice(id)
	if err != nil {
		t.Fatal(err)
	}
	return ex.Data
}

// TestRoutes sends a good request to every route and compares the body
// with the value the command's --json prints, built by the same functions.
func TestRoutes(t *testing.T) {
	s := newTestServer(t, Config{})
	st := s.store.Load()
	opcc := exampleNotice(t, "staffordshire-opcc")
	sched, _ := examples.Schedule("maidstone-parking")
	ent, err := rights.For(lawfulbasis.UKGDPR, lawfulbasis.PublicTask, civil.MustNew(2026, 7, 1))
	if err != nil {
		t.Fatal(err)
	}
	dl, err := rights.Deadline(rights.Request{Regime: lawfulbasis.UKGDPR, Right: rights.Access, Nation: civil.EnglandAndWales,
		Received: civil.MustNew(2026, 1, 31), Extended: true})
	if err != nil {
		t.Fatal(err)
	}
	var infos []ScheduleInfo
	for _, l := range st.schedules {
		infos = append(infos, l.info)
	}
	var ninfos []NoticeInfo
	for _, l := range st.notices {
		ninfos = append(ninfos, l.info)
	}
	tests := []struct {
		name, method, target, ctype string
		body                        []byte
		wantType                    string
		want                        string
	}{
		{"healthz", "GET", "/healthz", "", nil, "application/json", "{\n  \"status\": \"ok\"\n}\n"},
		{"readyz", "GET", "/readyz", "", nil, "application/json", "{\n  \"notices\": 5,\n  \"schedules\": 5,\n  \"status\": \"ready\"\n}\n"},
		{"openapi", "GET", "/openapi.json", "", nil, "application/json", string(openAPI)},
		{"validate notice", "POST", "/v1/validate", "application/json", opcc, "application/json",
			encoded(t, report.Validate("-", opcc))},
		{"validate schedule", "POST", "/v1/validate", "application/json; charset=utf-8", sched.Data, "application/json",
			encoded(t, report.Validation{File: "-", Kind: "schedule", Valid: true, Problems: []report.Problem{}})},
		{"check", "POST", "/v1/check?on=2026-11-22", "application/json", opcc, "application/json",
			encoded(t, report.CheckNotice("-", opcc, testDay, st.checkOptions()))},
		{"check fail_on none", "POST", "/v1/check?fail_on=none", "application/json", opcc, "application/json",
			encoded(t, report.CheckNotice("-", opcc, testDay, st.checkOptions()))},
		{"rights", "GET", "/v1/rights?basis=public-task&on=2026-07-01", "", nil, "application/json",
			encoded(t, report.Rights{Regime: lawfulbasis.UKGDPR, Basis: lawfulbasis.PublicTask, On: civil.MustNew(2026, 7, 1), Rights: ent})},
		{"deadline", "GET", "/v1/deadline?received=2026-01-31&extended=true", "", nil, "application/json", encoded(t, dl)},
		{"schedules", "GET", "/v1/schedules", "", nil, "application/json", encoded(t, infos)},
		{"schedule", "GET", "/v1/schedules/maidstone-parking", "", nil, "application/json",
			encoded(t, scheduleDoc{ScheduleInfo: st.schedule("maidstone-parking").info, Document: sched.Data})},
		{"notices", "GET", "/v1/notices", "", nil, "application/json", encoded(t, ninfos)},
		{"notice", "GET", "/v1/notices/staffordshire-opcc", "", nil, "application/json", string(opcc)},
		{"notice json preferred", "GET", "/v1/notices/staffordshire-opcc", "", nil, "application/json", string(opcc)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(s, tt.method, tt.target, tt.ctype, tt.body)
			if w.Code != http.StatusOK {
				t.Fatalf("status %d, want 200: %s", w.Code, w.Body)
			}
			if got := w.Header().Get("Content-Type"); got != tt.wantType {
				t.Errorf("Content-Type %q, want %q", got, tt.wantType)
			}
			if diff := cmp.Diff(tt.want, w.Body.String()); diff != "" {
				t.Errorf("body (-want +got):\n%s", diff)
			}
			for h, want := range map[string]string{"X-Content-Type-Options": "nosniff", "Content-Security-Policy": cspJSON} {
				if got := w.Header().Get(h); got != want {
					t.Errorf("%s: %q, want %q", h, got, want)
				}
			}
		})
	}
}

// problemOf decodes a problem+json response, failing unless it is one.
func problemOf(t *testing.T, w *httptest.ResponseRecorder) Problem {
	t.Helper()
	if ct := w.Header().Get("Content-Type"); ct != "application/problem+json" {
		t.Fatalf("Content-Type %q, want application/problem+json; body %s", ct, w.Body)
	}
	var p Problem
	dec := json.NewDecoder(w.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		t.Fatal(err)
	}
	if p.Status != w.Code {
		t.Errorf("problem status %d, response status %d", p.Status, w.Code)
	}
	if !strings.HasPrefix(p.Instance, "urn:noticekit:request:") || strings.TrimPrefix(p.Instance, "urn:noticekit:request:") != w.Header().Get("X-Request-Id") {
		t.Errorf("instance %q does not name the request id %q", p.Instance, w.Header().Get("X-Request-Id"))
	}
	return p
}

// TestErrors sends a bad request of every kind and checks the status, the
// problem type and the detail or located problems.
func TestErrors(t *testing.T) {
	s := newTestServer(t, Config{MaxBody: 64 << 10})
	bad, err := os.ReadFile(filepath.Join("..", "..", "cmd", "noticekit", "testdata", "validate", "bad-notice.json"))
	if err != nil {
		t.Fatal(err)
	}
	maidstone := exampleNotice(t, "maidstone-parking-bwv")
	big := append(bytes.Repeat([]byte(" "), 64<<10), '{', '}')
	tests := []struct {
		name, method, target, ctype string
		body                        []byte
		header                      []string
		status                      int
		code                        string
		detail                      string // a part of the detail
		param                       string
	}{
		{"unknown route", "GET", "/v2/rights", "", nil, nil, 404, "not-found", "no route GET /v2/rights", ""},
		{"unknown schedule", "GET", "/v1/schedules/nope", "", nil, nil, 404, "unknown-schedule", `no schedule "nope"`, ""},
		{"unknown notice", "GET", "/v1/notices/nope", "", nil, nil, 404, "unknown-notice", `no notice "nope"`, ""},
		{"method", "DELETE", "/v1/check", "", nil, nil, 405, "method-not-allowed", "allowed: POST", ""},
		{"method on get route", "PUT", "/v1/schedules/x", "", nil, nil, 405, "method-not-allowed", "allowed: GET, HEAD", ""},
		{"not acceptable", "GET", "/v1/notices/staffordshire-opcc", "", nil, []string{"Accept", "image/png"}, 406, "not-acceptable", "image/png", ""},
		{"too large by length", "POST", "/v1/validate", "application/json", big, nil, 413, "body-too-large", "over the limit of 65536 bytes", ""},
		{"no content type", "POST", "/v1/check", "", maidstone, nil, 415, "unsupported-media-type", "want application/json", ""},
		{"wrong content type", "POST", "/v1/validate", "text/plain", maidstone, nil, 415, "unsupported-media-type", `"text/plain"`, ""},
		{"latin-1", "POST", "/v1/validate", "application/json; charset=iso-8859-1", maidstone, nil, 415, "unsupported-media-type", "UTF-8", ""},
		{"invalid notice", "POST", "/v1/validate", "application/json", bad, nil, 422, "invalid-document", "problem(s)", ""},
		{"check invalid notice", "POST", "/v1/check", "application/json", bad, nil, 422, "invalid-document", "problem(s)", ""},
		{"check failed", "POST", "/v1/check?fail_on=error", "application/json", maidstone, nil, 422, "check-failed", "at or above fail_on=error", ""},
		{"bad date", "GET", "/v1/rights?basis=consent&on=2026-02-30", "", nil, nil, 400, "malformed-request", "on: want a date YYYY-MM-DD", "on"},
		{"unknown parameter", "GET", "/v1/rights?basis=consent&date=2026-01-01", "", nil, nil, 400, "malformed-request", `unknown parameter "date"`, "date"},
		{"repeated parameter", "GET", "/v1/rights?basis=consent&basis=consent", "", nil, nil, 400, "malformed-request", "given 2 times", "basis"},
		{"missing basis", "GET", "/v1/rights", "", nil, nil, 400, "malformed-request", "basis is required: want one of", "basis"},
		{"unknown basis", "GET", "/v1/rights?basis=whim", "", nil, nil, 400, "malformed-request", `unknown basis "whim"`, "basis"},
		{"unknown regime", "GET", "/v1/rights?basis=consent&regime=eu", "", nil, nil, 400, "malformed-request", "regime:", "regime"},
		{"bad fail_on", "POST", "/v1/check?fail_on=fatal", "application/json", maidstone, nil, 400, "malformed-request", "fail_on:", "fail_on"},
		{"deadline missing received", "GET", "/v1/deadline", "", nil, nil, 400, "malformed-request", "received is missing", "received"},
		{"deadline bad extended", "GET", "/v1/deadline?received=2026-01-01&extended=yes", "", nil, nil, 400, "malformed-request", "want true or false", "extended"},
		{"deadline bad nation", "GET", "/v1/deadline?received=2026-01-01&nation=wales", "", nil, nil, 400, "malformed-request", "nation:", "nation"},
		{"deadline bad right", "GET", "/v1/deadline?received=2026-01-01&right=fly", "", nil, nil, 400, "malformed-request", "right:", "right"},
		{"deadline id before receipt", "GET", "/v1/deadline?received=2026-01-10&id_received=2026-01-01", "", nil, nil, 400, "malformed-request", "id_received", "id_received"},
		{"rights before the regime", "GET", "/v1/rights?regime=uk-gdpr&basis=consent&on=2019-01-01", "", nil, nil, 400, "malformed-request", "did not exist on 2019-01-01", "on"},
		{"bad query", "GET", "/v1/schedules?%zz", "", nil, nil, 400, "malformed-request", "query string", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(s, tt.method, tt.target, tt.ctype, tt.body, tt.header...)
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", w.Code, tt.status, w.Body)
			}
			p := problemOf(t, w)
			if p.Type != ProblemBase+tt.code {
				t.Errorf("type %q, want %q", p.Type, ProblemBase+tt.code)
			}
			if !strings.Contains(p.Detail, tt.detail) {
				t.Errorf("detail %q does not contain %q", p.Detail, tt.detail)
			}
			if p.Param != tt.param {
				t.Errorf("parameter %q, want %q", p.Param, tt.param)
			}
			if tt.status == 405 && w.Header().Get("Allow") == "" {
				t.Error("405 without Allow")
			}
		})
	}
}

// TestInvalidDocumentProblems: a 422 carries exactly the located problems
// the command reports for the same document.
func TestInvalidDocumentProblems(t *testing.T) {
	s := newTestServer(t, Config{})
	bad, err := os.ReadFile(filepath.Join("..", "..", "cmd", "noticekit", "testdata", "validate", "bad-notice.json"))
	if err != nil {
		t.Fatal(err)
	}
	want := report.Validate("-", bad).Problems
	if len(want) == 0 {
		t.Fatal("the bad notice has no problems")
	}
	for _, target := range []string{"/v1/validate", "/v1/check"} {
		p := problemOf(t, do(s, "POST", target, "application/json", bad))
		if diff := cmp.Diff(want, p.Problems); diff != "" {
			t.Errorf("%s problems (-want +got):\n%s", target, diff)
		}
	}
	// check-failed carries the whole result a 200 would have.
	maidstone := exampleNotice(t, "maidstone-parking-bwv")
	p := problemOf(t, do(s, "POST", "/v1/check?fail_on=warning", "application/json", maidstone))
	want2 := report.CheckNotice("-", maidstone, testDay, s.store.Load().checkOptions())
	if diff := cmp.Diff(&want2, p.Result, cmp.Comparer(func(a, b civil.Date) bool { return a == b })); diff != "" {
		t.Errorf("check-failed result (-want +got):\n%s", diff)
	}
}

// TestNotReady: before Load and while draining, /v1/ and /readyz answer
// 503; /healthz stays 200.
func TestNotReady(t *testing.T) {
	s := New(Config{})
	for _, target := range []string{"/readyz", "/v1/schedules"} {
		w := do(s, "GET", target, "", nil)
		if w.Code != 503 || problemOf(t, w).Type != ProblemBase+"not-ready" {
			t.Errorf("%s before Load: %d %s", target, w.Code, w.Body)
		}
	}
	if w := do(s, "GET", "/healthz", "", nil); w.Code != 200 {
		t.Errorf("/healthz before Load: %d", w.Code)
	}
	if err := s.Load(); err != nil {
		t.Fatal(err)
	}
	if w := do(s, "GET", "/v1/schedules", "", nil); w.Code != 200 {
		t.Errorf("after Load: %d", w.Code)
	}
	s.draining.Store(true)
	for _, target := range []string{"/readyz", "/v1/schedules"} {
		w := do(s, "GET", target, "", nil)
		if w.Code != 503 || problemOf(t, w).Type != ProblemBase+"shutting-down" {
			t.Errorf("%s while draining: %d %s", target, w.Code, w.Body)
		}
	}
}

// TestLoad: documents from the directories are served beside the bundled
// ones; an invalid one or a repeated id stops the start, naming the place.
func TestLoad(t *testing.T) {
	dir := t.TempDir()
	sched, _ := examples.Schedule("maidstone-parking")
	own := bytes.Replace(sched.Data, []byte(`"id": "maidstone-parking"`), []byte(`"id": "our-parking"`), 1)
	if bytes.Equal(own, sched.Data) {
		t.Fatal("the example schedule's id was not found to change")
	}
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("ours.json", own)
	s := newTestServer(t, Config{SchedulesDir: dir})
	w := do(s, "GET", "/v1/schedules/our-parking", "", nil)
	if w.Code != 200 || !strings.Contains(w.Body.String(), `"source": "`+filepath.Join(dir, "ours.json")+`"`) {
		t.Errorf("own schedule: %d %s", w.Code, w.Body)
	}

	write("dup.json", sched.Data)
	err := New(Config{SchedulesDir: dir}).Load()
	if err == nil || !strings.Contains(err.Error(), `are both schedule "maidstone-parking"`) {
		t.Errorf("duplicate id: %v", err)
	}
	os.Remove(filepath.Join(dir, "dup.json"))
	write("bad.json", bytes.Replace(own, []byte(`"rules"`), []byte(`"rulez"`), 1))
	err = New(Config{SchedulesDir: dir}).Load()
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "bad.json")+":") || !strings.Contains(err.Error(), "rulez") {
		t.Errorf("invalid schedule: %v", err)
	}
	err = New(Config{NoticesDir: filepath.Join(dir, "none")}).Load()
	if err == nil {
		t.Error("a missing --notices directory loaded")
	}
}

// TestOpenAPIRoutes: every route is documented and every documented
// operation is a route, and every documented route answers (not 404/405).
func TestOpenAPIRoutes(t *testing.T) {
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.1.") {
		t.Errorf("openapi %q, want 3.1.x", doc.OpenAPI)
	}
	var documented []string
	for path, ops := range doc.Paths {
		for method := range ops {
			documented = append(documented, strings.ToUpper(method)+" "+path)
		}
	}
	slices.Sort(documented)
	routes := Routes()
	slices.Sort(routes)
	if diff := cmp.Diff(routes, documented); diff != "" {
		t.Errorf("routes (-handlers +openapi.json):\n%s", diff)
	}
	for _, pt := range ProblemTypes() {
		if !bytes.Contains(openAPI, []byte(ProblemBase+pt[0])) {
			t.Errorf("problem type %s is not in openapi.json", pt[0])
		}
	}
	s := newTestServer(t, Config{})
	for _, op := range documented {
		method, path, _ := strings.Cut(op, " ")
		path = strings.ReplaceAll(path, "{id}", "maidstone-parking")
		w := do(s, method, path, "", nil)
		if w.Code == 404 && strings.Contains(w.Body.String(), "/not-found") || w.Code == 405 {
			t.Errorf("%s: documented but the server says %d %s", op, w.Code, w.Body)
		}
	}
}

func TestNegotiate(t *testing.T) {
	both := []string{"application/json", "text/html"}
	tests := []struct {
		accept string
		offers []string
		want   string
	}{
		{"", both, "application/json"},
		{"*/*", both, "application/json"},
		{"text/html", both, "text/html"},
		{"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", both, "text/html"},
		{"application/json, text/html", both, "application/json"},
		{"text/html;q=0.5, application/json", both, "application/json"},
		{"text/*", both, "text/html"},
		{"application/json;q=0, text/html", both, "text/html"},
		{"application/json;q=0", both, ""},
		{"image/png", both, ""},
		{"text/html", []string{"application/json"}, ""},
		{"application/json;q=0, */*;q=0.1", []string{"application/json"}, ""},
	}
	for _, tt := range tests {
		if got := negotiate(tt.accept, tt.offers); got != tt.want {
			t.Errorf("negotiate(%q, %v) = %q, want %q", tt.accept, tt.offers, got, tt.want)
		}
	}
}

// TestCheckParent: a notice naming a parent by id is checked with the
// loaded notice of that id as its parent; without it loaded, the parent
// is named but absent.
func TestCheckParent(t *testing.T) {
	clean, err := os.ReadFile(filepath.Join("..", "..", "notice", "testdata", "check", "clean.json"))
	if err != nil {
		t.Fatal(err)
	}
	parentDoc := bytes.Replace(clean, []byte(`"id": "clean"`), []byte(`"id": "stockport-primary-privacy-notice"`), 1)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "primary.json"), parentDoc, 0o644); err != nil {
		t.Fatal(err)
	}
	child := exampleNotice(t, "stockport-soloprotect")
	with := newTestServer(t, Config{NoticesDir: dir})
	without := newTestServer(t, Config{})
	parent, err := notice.Parse(parentDoc)
	if err != nil {
		t.Fatal(err)
	}
	want := report.CheckNotice("-", child, testDay, notice.Options{Schedules: with.store.Load().defs, Parent: parent})
	w := do(with, "POST", "/v1/check", "application/json", child)
	if diff := cmp.Diff(encoded(t, want), w.Body.String()); diff != "" {
		t.Errorf("with the parent loaded (-want +got):\n%s", diff)
	}
	w2 := do(without, "POST", "/v1/check", "application/json", child)
	if w2.Body.String() == w.Body.String() {
		t.Error("the findings are the same with and without the parent loaded: it was not consulted")
	}
}

// TestPanic: a fault in a handler is a 500 problem and a log line, and the
// server goes on. (A server made ready without loading has no store: every
// handler that reads it faults.)
func TestPanic(t *testing.T) {
	var logs bytes.Buffer
	s := New(Config{Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	s.ready.Store(true)
	w := do(s, "GET", "/v1/schedules", "", nil)
	if w.Code != 500 || problemOf(t, w).Type != ProblemBase+"internal" {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	if !strings.Contains(logs.String(), `"msg":"panic"`) || !strings.Contains(logs.String(), `"status":500`) {
		t.Errorf("log:\n%s", logs.String())
	}
	if w := do(s, "GET", "/healthz", "", nil); w.Code != 200 {
		t.Errorf("after a fault: %d", w.Code)
	}
}
