package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/render"
)

var (
	readme = flag.Bool("readme", false, "write the README's screenshots (one example, 1280 and 320 px) to ../docs/images/")
	shots  = flag.String("screenshots", "screenshots", "directory for the screenshots of every page")
)

// The axe-core rule tags the pages must pass: WCAG 2.0, 2.1 and 2.2, levels
// A and AA (the level the Public Sector Bodies (Websites and Mobile
// Applications) Accessibility Regulations 2018 require).
var axeTags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"}

// stepTimeout bounds every browser step.
const stepTimeout = 60 * time.Second

// doc is one notice under test.
type doc struct {
	id   string
	data []byte
	n    *notice.Notice
}

func docs(t *testing.T) []doc {
	t.Helper()
	var out []doc
	add := func(id string, data []byte) {
		n, err := notice.Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		out = append(out, doc{id: id, data: data, n: n})
	}
	for _, e := range examples.All() {
		add(e.ID, e.Data)
	}
	// The bilingual fixture: the five examples have no Welsh version.
	data, err := os.ReadFile(filepath.Join("..", "render", "testdata", "ico-sar-service.json"))
	if err != nil {
		t.Fatal(err)
	}
	add("ico-sar-service", data)
	return out
}

// browser starts Debian's Chromium headless with a fresh profile and no
// network services of its own, and returns a tab context.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := os.Getenv("CHROMIUM")
	if path == "" {
		path = "/usr/bin/chromium"
	}
	if _, err := exec.LookPath(path); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("no browser at %s: .ci/run installs Debian's chromium", path)
		}
		t.Skipf("no browser at %s (apt-get install chromium; or set CHROMIUM)", path)
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.UserDataDir(t.TempDir()),
	)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	// The first Run starts the browser, which lives as long as the context
	// of that call, so it gets no timeout of its own; a watchdog bounds it.
	done := make(chan error, 1)
	go func() { done <- chromedp.Do(ctx, chromedp.Navigate("about:blank")) }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("starting %s: %v", path, err)
		}
	case <-time.After(stepTimeout):
		cancel()
		t.Fatalf("starting %s: no answer in %v", path, stepTimeout)
	}
	return ctx
}

func axeSource(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("axe-core: %v (.ci/run runs npm ci in e2e/)", err)
		}
		t.Skipf("axe-core not installed (cd e2e && npm ci): %v", err)
	}
	return string(src)
}

// step runs one action with a timeout.
func step[T any](ctx context.Context, a chromedp.Action[T]) (T, error) {
	c, cancel := context.WithTimeout(ctx, stepTimeout)
	defer cancel()
	return chromedp.Run(c, a)
}

type axeResult struct {
	Violations []struct {
		ID     string `json:"id"`
		Impact string `json:"impact"`
		Help   string `json:"help"`
		Nodes  []struct {
			Target []any  `json:"target"`
			HTML   string `json:"html"`
		} `json:"nodes"`
	} `json:"violations"`
	Passes int `json:"passes"`
}

// TestBrowser renders every example and the bilingual fixture in English
// and in Welsh, loads each page in Chromium at 1280 and 320 CSS pixels, and
// requires: no axe-core violation of WCAG 2.2 A/AA; the first layer's key
// facts visible; no horizontal scrolling (reflow, WCAG 1.4.10); a <details>
// that opens; the embedded JSON equal to the notice. It takes a screenshot of
// every page.
func TestBrowser(t *testing.T) {
	axe := axeSource(t)
	ctx := browser(t)
	pages := map[string][]byte{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(body)
	}))
	defer srv.Close()
	if err := os.MkdirAll(*shots, 0o755); err != nil {
		t.Fatal(err)
	}
	tags, _ := json.Marshal(axeTags)

	for _, d := range docs(t) {
		for _, lang := range []string{"en", "cy"} {
			var buf bytes.Buffer
			if err := render.HTML(&buf, d.n, render.Options{Languages: lang}); err != nil {
				t.Fatalf("%s %s: %v", d.id, lang, err)
			}
			path := "/" + d.id + "." + lang + ".html"
			pages[path] = buf.Bytes()
			wantLang := "en"
			if lang == "cy" && d.id == "ico-sar-service" {
				wantLang = "cy" // only the fixture has Welsh text to offer
			}
			for _, width := range []int64{1280, 320} {
				name := fmt.Sprintf("%s-%s-%d", d.id, lang, width)
				t.Run(name, func(t *testing.T) {
					if _, err := step(ctx, chromedp.Steps(
						chromedp.EmulateViewport(width, 900),
						chromedp.Navigate(srv.URL+path),
					)); err != nil {
						t.Fatalf("load: %v", err)
					}
					checkPage(t, ctx, d, axe, string(tags), wantLang, width, name)
				})
			}
		}
	}
}

func checkPage(t *testing.T, ctx context.Context, d doc, axe, tags, wantLang string, width int64, name string) {
	t.Helper()
	gotLang, err := step(ctx, chromedp.Evaluate[string](`document.documentElement.lang`))
	if err != nil || gotLang != wantLang {
		t.Errorf("html lang = %q (%v), want %q", gotLang, err, wantLang)
	}

	// The first layer's key facts: visible without opening anything.
	facts := []string{d.n.Controller.Name}
	label := func(v interface{ MarshalText() ([]byte, error) }) string {
		l, _ := render.LabelOf(v)
		if wantLang == "cy" && l.Welsh != "" {
			return l.Welsh
		}
		return l.English
	}
	for _, a := range d.n.Activities {
		facts = append(facts, strings.TrimSpace(a.Name.String()))
		for _, b := range a.LawfulBases {
			facts = append(facts, label(b.Basis))
		}
	}
	if d.n.Rights != nil {
		for _, r := range d.n.Rights.Items {
			if r.Claimed != notice.ClaimDoesNotApply {
				facts = append(facts, label(r.Right))
			}
		}
	}
	brief, err := step(ctx, chromedp.Evaluate[struct {
		Text    string  `json:"text"`
		Height  float64 `json:"height"`
		Visible bool    `json:"visible"`
	}](`(() => { const s = document.getElementById("nk-brief"); if (!s) return {text: "", height: 0, visible: false};
		const r = s.getBoundingClientRect(); return {text: s.innerText, height: r.height, visible: s.checkVisibility()}; })()`))
	if err != nil {
		t.Fatalf("first layer: %v", err)
	}
	if !brief.Visible || brief.Height == 0 {
		t.Errorf("first layer #nk-brief is not visible (height %v)", brief.Height)
	}
	for _, f := range facts {
		if !strings.Contains(brief.Text, f) {
			t.Errorf("first layer does not show %q", f)
		}
	}

	// A first-layer link into a second layer opens it: following
	// #…-purposes shows that section although its <details> was closed.
	if jump, err := step(ctx, chromedp.Evaluate[struct {
		Links   int  `json:"links"`
		Visible bool `json:"visible"`
	}](`(async () => { const a = document.querySelector('#nk-brief a[href$="-purposes"], #nk-brief a[href$="-data"]');
		if (!a) return {links: 0, visible: true}; a.click(); const s = document.getElementById(a.getAttribute("href").slice(1));
		let visible = false;
		for (let i = 0; i < 20 && !visible; i++) { visible = !!s && s.checkVisibility(); if (!visible) await new Promise(r => setTimeout(r, 50)); }
		document.querySelectorAll("details").forEach(d => d.open = false); history.replaceState(null, "", location.pathname);
		return {links: 1, visible}; })()`, chromedp.EvalAwaitPromise)); err != nil || !jump.Visible {
		t.Errorf("a first-layer link into a closed layer does not show its target (%+v, %v)", jump, err)
	}

	// Reflow: nothing wider than the viewport.
	overflow, err := step(ctx, chromedp.Evaluate[float64](`document.documentElement.scrollWidth - document.documentElement.clientWidth`))
	if err != nil || overflow > 0 {
		t.Errorf("page scrolls horizontally by %v px at %d px (%v)", overflow, width, err)
	}

	// axe-core, WCAG 2.2 A and AA, on the page as loaded (layers closed).
	checkAxe(t, ctx, axe, tags, "closed")

	// A <details> opens, and what it holds becomes visible.
	opened, err := step(ctx, chromedp.Evaluate[struct {
		Open    bool `json:"open"`
		Visible bool `json:"visible"`
		Count   int  `json:"count"`
	}](`(() => { const ds = document.querySelectorAll("details"); if (!ds.length) return {open: false, visible: false, count: 0};
		const d = ds[0]; d.querySelector("summary").click(); const inner = d.querySelector("section");
		return {open: d.open, visible: !!inner && inner.checkVisibility(), count: ds.length}; })()`))
	if err != nil {
		t.Fatalf("details: %v", err)
	}
	if opened.Count == 0 || !opened.Open || !opened.Visible {
		t.Errorf("details: %d on the page; first opened %v, its content visible %v", opened.Count, opened.Open, opened.Visible)
	}
	// Print: the print style shows every layer, closed or not.
	if _, err := step(ctx, media("print")); err != nil {
		t.Fatalf("print media: %v", err)
	}
	hidden, err := step(ctx, chromedp.Evaluate[int](`(() => { let n = 0; document.querySelectorAll("details").forEach(d => {
		d.open = false; const inner = d.querySelector("section"); if (inner && !inner.checkVisibility()) n++; }); return n; })()`))
	if err != nil || hidden != 0 {
		t.Errorf("print: %d closed layers not printed (%v)", hidden, err)
	}
	if _, err := step(ctx, media("")); err != nil {
		t.Fatalf("screen media: %v", err)
	}
	if stillShown, _ := step(ctx, chromedp.Evaluate[bool](`(() => { const s = document.querySelector("details section"); return !!s && s.checkVisibility(); })()`)); stillShown && opened.Count > 0 {
		t.Errorf("on screen a closed layer is shown")
	}

	// Open every layer and check again: the second layer must pass too.
	if _, err := step(ctx, chromedp.Evaluate[int](`document.querySelectorAll("details").forEach(d => d.open = true), 0`)); err != nil {
		t.Fatal(err)
	}
	checkAxe(t, ctx, axe, tags, "open")

	// The embedded notice data equals the notice.
	embedded, err := step(ctx, chromedp.Evaluate[string](`JSON.stringify(JSON.parse(document.getElementById("noticekit-data").textContent))`))
	if err != nil {
		t.Fatalf("embedded JSON: %v", err)
	}
	var got, want any
	if err := json.Unmarshal([]byte(embedded), &got); err != nil {
		t.Fatalf("embedded JSON: %v", err)
	}
	canon, err := notice.Marshal(d.n)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(canon, &want); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("embedded JSON differs from the notice (-want +got):\n%s", diff)
	}

	// Screenshots, with the layers closed again (what a reader first sees).
	if _, err := step(ctx, chromedp.Evaluate[int](`document.querySelectorAll("details").forEach(d => d.open = false), window.scrollTo(0, 0), 0`)); err != nil {
		t.Fatal(err)
	}
	png, err := step(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if err := os.WriteFile(filepath.Join(*shots, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
	if *readme && d.id == readmeExample && wantLang == "en" && strings.HasSuffix(name, "-en-"+fmt.Sprint(width)) {
		out := filepath.Join("..", "docs", "images", fmt.Sprintf("%s-%d.png", readmeExample, width))
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(out, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// media emulates a CSS media type ("print"); "" restores the screen.
func media(m string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: m})
		return chromedp.Void{}, err
	}
}

// readmeExample is the example whose screenshots the README shows.
const readmeExample = "stockport-soloprotect"

func checkAxe(t testing.TB, ctx context.Context, axe, tags, state string) {
	t.Helper()
	for _, v := range runAxe(t, ctx, axe, tags, state).Violations {
		var where []string
		for _, n := range v.Nodes {
			where = append(where, fmt.Sprint(n.Target)+" "+n.HTML)
		}
		t.Errorf("axe-core (%s layers): %s (%s): %s\n  %s", state, v.ID, v.Impact, v.Help, strings.Join(where, "\n  "))
	}
}

func runAxe(t testing.TB, ctx context.Context, axe, tags, state string) axeResult {
	t.Helper()
	if loaded, _ := step(ctx, chromedp.Evaluate[bool](`typeof axe !== "undefined"`)); !loaded {
		if _, err := step(ctx, chromedp.Evaluate[bool](axe+"\n;true")); err != nil {
			t.Fatalf("injecting axe-core: %v", err)
		}
	}
	res, err := step(ctx, chromedp.Evaluate[axeResult](
		`axe.run(document, {runOnly: {type: "tag", values: `+tags+`}, resultTypes: ["violations"]}).then(r => ({violations: r.violations, passes: r.passes.length}))`,
		chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("axe-core (%s layers): %v", state, err)
	}
	if res.Passes == 0 {
		t.Errorf("axe-core (%s layers): no rule passed: axe did not run", state)
	}
	return res
}

// TestAxeFindsViolations shows that the axe check can fail: the same page
// with its language attribute removed, a link's text emptied and grey text
// on white must give exactly those violations.
func TestAxeFindsViolations(t *testing.T) {
	axe := axeSource(t)
	ctx := browser(t)
	d := docs(t)[0]
	var buf bytes.Buffer
	if err := render.HTML(&buf, d.n, render.Options{}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(buf.Bytes())
	}))
	defer srv.Close()
	if _, err := step(ctx, chromedp.Navigate(srv.URL)); err != nil {
		t.Fatal(err)
	}
	if _, err := step(ctx, chromedp.Evaluate[int](`document.documentElement.removeAttribute("lang");
		document.querySelector("a").textContent = "";
		document.querySelector("dt").style.color = "#bbbbbb"; 0`)); err != nil {
		t.Fatal(err)
	}
	tags, _ := json.Marshal(axeTags)
	var got []string
	for _, v := range runAxe(t, ctx, axe, string(tags), "broken").Violations {
		got = append(got, v.ID)
	}
	want := []string{"color-contrast", "html-has-lang", "link-name"}
	if diff := cmp.Diff(want, got, cmpopts.SortSlices(func(a, b string) bool { return a < b })); diff != "" {
		t.Errorf("violations on a broken page (-want +got):\n%s", diff)
	}
}

// TestFragment embeds each notice's fragment (Options.Fragment) in a minimal
// host page, as a council's site template would, and requires no axe-core
// violation and no horizontal scrolling at both widths.
func TestFragment(t *testing.T) {
	axe := axeSource(t)
	ctx := browser(t)
	pages := map[string][]byte{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(body)
	}))
	defer srv.Close()
	tags, _ := json.Marshal(axeTags)
	for _, d := range docs(t) {
		var frag bytes.Buffer
		if err := render.HTML(&frag, d.n, render.Options{Fragment: true}); err != nil {
			t.Fatal(err)
		}
		path := "/" + d.id + ".html"
		pages[path] = []byte(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">` +
			`<meta name="viewport" content="width=device-width, initial-scale=1"><title>Council website</title></head>` +
			`<body><header><p>Council website</p></header><main><h1>Privacy</h1>` + frag.String() + `</main></body></html>`)
		for _, width := range []int64{1280, 320} {
			t.Run(fmt.Sprintf("%s-%d", d.id, width), func(t *testing.T) {
				if _, err := step(ctx, chromedp.Steps(chromedp.EmulateViewport(width, 900), chromedp.Navigate(srv.URL+path))); err != nil {
					t.Fatalf("load: %v", err)
				}
				overflow, err := step(ctx, chromedp.Evaluate[float64](`document.documentElement.scrollWidth - document.documentElement.clientWidth`))
				if err != nil || overflow > 0 {
					t.Errorf("page scrolls horizontally by %v px (%v)", overflow, err)
				}
				checkAxe(t, ctx, axe, string(tags), "fragment")
			})
		}
	}
}
