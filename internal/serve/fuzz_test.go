package serve

import (
	"bytes"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
)

// FuzzNegotiate: any Accept header gives one of the offers or "" (never a
// panic), and an offer named alone is chosen.
func FuzzNegotiate(f *testing.F) {
	for _, s := range []string{"", "*/*", "text/html", "text/html;q=0.5, application/json", "application/json;q=0", "text/*;q=abc", ";;;,,", "a/b;q=1.5"} {
		f.Add(s)
	}
	both := []string{"application/json", "text/html"}
	f.Fuzz(func(t *testing.T, accept string) {
		got := negotiate(accept, both)
		if got != "" && !slices.Contains(both, got) {
			t.Fatalf("negotiate(%q) = %q, not an offer", accept, got)
		}
		if strings.TrimSpace(accept) == "" && got != both[0] {
			t.Fatalf("no preference gave %q", got)
		}
	})
}

// FuzzQuery: whatever the query string, the GET routes answer 200 or a 400
// problem, never a fault.
func FuzzQuery(f *testing.F) {
	for _, s := range []string{"basis=consent", "received=2026-01-31&extended=true", "on=2026-02-30", "%zz", "basis=consent&basis=x", "a=b", "received=9999-12-31&extended=true"} {
		f.Add(s)
	}
	s := newTestServer(f, Config{})
	f.Fuzz(func(t *testing.T, q string) {
		for _, path := range []string{"/v1/rights", "/v1/deadline", "/v1/schedules"} {
			r := httptest.NewRequest("GET", "/", nil)
			r.URL.Path, r.URL.RawQuery = path, q
			w := httptest.NewRecorder()
			s.ServeHTTP(w, r)
			if w.Code != 200 && (w.Code != 400 || w.Header().Get("Content-Type") != "application/problem+json") {
				t.Fatalf("%s?%s: %d %s", path, q, w.Code, w.Body)
			}
		}
	})
}

// FuzzDecideBody: any body gives exactly one decision per record line, in
// order, then the end line; a body never makes the stream fail.
func FuzzDecideBody(f *testing.F) {
	f.Add([]byte(record(1) + record(2)))
	f.Add([]byte("{broken\n\n" + record(3)))
	f.Add([]byte("id,rule,holds,captured\na,bwc-footage,,2026-01-01\n\"x\n"))
	f.Add([]byte("\xef\xbb\xbf" + record(4) + "\r\n"))
	s := newTestServer(f, Config{MaxLine: 64})
	f.Fuzz(func(t *testing.T, body []byte) {
		for _, ctype := range []string{"application/x-ndjson", "text/csv"} {
			w := do(s, "POST", decidePath, ctype, body)
			if w.Code != 200 {
				t.Fatalf("%s: %d %s", ctype, w.Code, w.Body)
			}
			out := strings.Split(strings.TrimSuffix(w.Body.String(), "\n"), "\n")
			if !strings.HasPrefix(out[len(out)-1], `{"manifest":`) || strings.Contains(out[len(out)-1], `"error":`) {
				t.Fatalf("%s: the stream ended %q", ctype, out[len(out)-1])
			}
			lines := bytes.Count(body, []byte("\n"))
			if len(body) > 0 && body[len(body)-1] != '\n' {
				lines++
			}
			decisions := len(out) - 1
			if ctype == "text/csv" && lines > 0 {
				lines-- // the header
			}
			if decisions != lines {
				t.Fatalf("%s: %d decisions for %d record lines in %q", ctype, decisions, lines, body)
			}
		}
	})
}
