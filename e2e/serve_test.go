package e2e

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/noticekit/noticekit/internal/serve"
)

// TestServeCSP loads a notice page from noticekit serve in Chromium (which
// asks for text/html) and checks that the page's Content-Security-Policy,
// which allows only the page's own styles by their hashes, lets those
// styles apply: the body's margin is the page's 0, not the browser's 8px.
// The same page with a policy naming a wrong hash is shown unstyled, so
// the check can fail.
func TestServeCSP(t *testing.T) {
	ctx := browser(t)
	s := serve.New(serve.Config{})
	if err := s.Load(); err != nil {
		t.Fatal(err)
	}
	good := httptest.NewServer(s)
	defer good.Close()
	wrong := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, r)
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='")
		w.WriteHeader(rec.Code)
		w.Write(rec.Body.Bytes())
	}))
	defer wrong.Close()
	for _, tt := range []struct {
		name, base, margin string
	}{
		{"served policy", good.URL, "0px"},
		{"wrong hash", wrong.URL, "8px"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := step(ctx, chromedp.Navigate(tt.base+"/v1/notices/maidstone-parking-bwv")); err != nil {
				t.Fatal(err)
			}
			ct, err := step(ctx, chromedp.Evaluate[string](`document.contentType`))
			if err != nil || ct != "text/html" {
				t.Fatalf("the browser got %q (%v), want the rendered page", ct, err)
			}
			margin, err := step(ctx, chromedp.Evaluate[string](`getComputedStyle(document.body).marginTop`))
			if err != nil {
				t.Fatal(err)
			}
			if margin != tt.margin {
				t.Errorf("body margin %q, want %q", margin, tt.margin)
			}
			heading, err := step(ctx, chromedp.Evaluate[string](`document.querySelector("h1").textContent`))
			if err != nil || !strings.Contains(heading, "Body Worn Camera") {
				t.Errorf("heading %q (%v): not the Maidstone body-worn video notice", heading, err)
			}
		})
	}
}
