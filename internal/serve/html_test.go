package serve

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/noticekit/noticekit/render"
)

// TestNoticeHTML: a client that prefers HTML gets the rendered page, with
// nosniff and a Content-Security-Policy that lets nothing load or run but
// the page's own styles, each by its hash.
func TestNoticeHTML(t *testing.T) {
	s := newTestServer(t, Config{})
	for _, accept := range []string{"text/html", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"} {
		w := do(s, "GET", "/v1/notices/maidstone-parking-bwv", "", nil, "Accept", accept, "Accept-Language", "en-GB")
		if w.Code != 200 || w.Header().Get("Content-Type") != "text/html; charset=utf-8" {
			t.Fatalf("%d %q", w.Code, w.Header().Get("Content-Type"))
		}
		var want bytes.Buffer
		l := s.store.Load().notice("maidstone-parking-bwv")
		if err := render.HTML(&want, l.n, render.Options{Languages: "en-GB", Schedules: s.store.Load().defs}); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want.String(), w.Body.String()); diff != "" {
			t.Errorf("page (-render +served):\n%.2000s", diff)
		}
		if got := w.Header().Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("X-Content-Type-Options %q", got)
		}
		if got := w.Header().Get("Vary"); !strings.Contains(got, "Accept-Language") || !strings.Contains(got, "Accept") {
			t.Errorf("Vary %q", got)
		}
		csp := w.Header().Get("Content-Security-Policy")
		for _, must := range []string{"default-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"} {
			if !strings.Contains(csp, must) {
				t.Errorf("CSP %q lacks %q", csp, must)
			}
		}
		for _, never := range []string{"'unsafe-inline'", "'unsafe-eval'", "script-src", "*", "http:", "https:", "data:"} {
			if strings.Contains(csp, never) {
				t.Errorf("CSP %q allows %q", csp, never)
			}
		}
		// Every style the page carries is allowed by its hash, and
		// nothing else is.
		page := w.Body.String()
		var styles []string
		for _, m := range regexp.MustCompile(`(?s)<style[^>]*>(.*?)</style>`).FindAllStringSubmatch(page, -1) {
			styles = append(styles, m[1])
		}
		for _, m := range regexp.MustCompile(`\sstyle="([^"]*)"`).FindAllStringSubmatch(page, -1) {
			styles = append(styles, m[1])
		}
		if len(styles) == 0 {
			t.Fatal("the page has no style: the test checks nothing")
		}
		n := 0
		for _, st := range styles {
			sum := sha256.Sum256([]byte(st))
			h := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
			if !strings.Contains(csp, h) {
				t.Errorf("CSP %q does not allow the style %.60q", csp, st)
			}
			n++
		}
		if got := strings.Count(csp, "'sha256-"); got > n {
			t.Errorf("CSP allows %d hashes for %d styles", got, n)
		}
	}
	// JSON stays the default, and a JSON response has the strict policy.
	w := do(s, "GET", "/v1/notices/maidstone-parking-bwv", "", nil, "Accept", "*/*")
	if w.Header().Get("Content-Type") != "application/json" || w.Header().Get("Content-Security-Policy") != cspJSON {
		t.Errorf("*/* got %q with CSP %q", w.Header().Get("Content-Type"), w.Header().Get("Content-Security-Policy"))
	}
}

func TestCSPFor(t *testing.T) {
	page := []byte(`<html><head><style>a{}</style></head><body style="margin:0"><p>x style="no"</p><style media="print">b{}</style></body></html>`)
	got := cspFor(page)
	h := func(s string) string {
		sum := sha256.Sum256([]byte(s))
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	want := "default-src 'none'; style-src 'unsafe-hashes' " + h("a{}") + " " + h("b{}") + " " + h("margin:0") + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
	if got != want {
		t.Errorf("cspFor:\n got %s\nwant %s", got, want)
	}
	if got := cspFor([]byte("<p>plain</p>")); !strings.Contains(got, "style-src 'none'") {
		t.Errorf("a page without styles: %s", got)
	}
}

// FuzzNoticeHeaders: whatever the Accept and Accept-Language headers, a
// loaded notice is served (JSON or HTML) or refused with 406, never a fault.
func FuzzNoticeHeaders(f *testing.F) {
	f.Add("text/html", "cy, en;q=0.8")
	f.Add("text/html", "en-GB;q=x,,;")
	f.Add("image/png", "")
	f.Add("*/*;q=0", "zz-ZZZZZZZZZ")
	s := newTestServer(f, Config{})
	f.Fuzz(func(t *testing.T, accept, lang string) {
		w := do(s, "GET", "/v1/notices/staffordshire-police", "", nil, "Accept", accept, "Accept-Language", lang)
		if w.Code != 200 && w.Code != 406 {
			t.Fatalf("Accept %q, Accept-Language %q: %d %.300s", accept, lang, w.Code, w.Body)
		}
	})
}

// TestNoticeFragment: fragment=true gives the embeddable <article> that
// render.HTML writes with Fragment, under the same kind of policy.
func TestNoticeFragment(t *testing.T) {
	s := newTestServer(t, Config{})
	w := do(s, "GET", "/v1/notices/maidstone-parking-bwv?fragment=true", "", nil, "Accept", "text/html")
	var want bytes.Buffer
	l := s.store.Load().notice("maidstone-parking-bwv")
	if err := render.HTML(&want, l.n, render.Options{Schedules: s.store.Load().defs, Fragment: true}); err != nil {
		t.Fatal(err)
	}
	if w.Code != 200 || w.Body.String() != want.String() || !strings.HasPrefix(strings.TrimSpace(w.Body.String()), "<article") {
		t.Errorf("%d %.200s", w.Code, w.Body)
	}
	if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "'sha256-") || strings.Contains(csp, "unsafe-inline") {
		t.Errorf("CSP %q", csp)
	}
	if w := do(s, "GET", "/v1/notices/maidstone-parking-bwv?fragment=1", "", nil, "Accept", "text/html"); w.Code != 400 {
		t.Errorf("fragment=1: %d", w.Code)
	}
}
