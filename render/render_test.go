package render

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/retention"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// doc is one notice under test.
type doc struct {
	id string
	n  *notice.Notice
}

// docs returns the five examples and the bilingual fixture.
func docs(t testing.TB) []doc {
	t.Helper()
	var out []doc
	for _, e := range examples.All() {
		n, err := notice.Parse(e.Data)
		if err != nil {
			t.Fatalf("%s: %v", e.ID, err)
		}
		out = append(out, doc{e.ID, n})
	}
	return append(out, doc{"ico-sar-service", fixture(t)})
}

func fixture(t testing.TB) *notice.Notice {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "ico-sar-service.json"))
	if err != nil {
		t.Fatal(err)
	}
	n, err := notice.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// modelFixtures are the notice package's fixtures for composition (a
// service notice under a corporate one, with the hedges of issue 16) and for
// cookies (every PECR exception and violation): between them they use every
// member of the model that the five examples leave empty.
func modelFixtures(t testing.TB) []doc {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "notice", "testdata", "*", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	var out []doc
	for _, f := range files {
		if strings.Contains(f, string(filepath.Separator)+"v1"+string(filepath.Separator)) {
			continue // version 1 copies of the examples
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		n, err := notice.Parse(data)
		if err != nil {
			continue // the notice package's invalid-input fixtures
		}
		out = append(out, doc{strings.TrimSuffix(filepath.Base(f), ".json"), n})
	}
	if len(out) < 5 {
		t.Fatalf("only %d fixtures of the notice package found", len(out))
	}
	return out
}

func schedules(t testing.TB) []*retention.Definition {
	t.Helper()
	var out []*retention.Definition
	for _, s := range examples.Schedules() {
		def, err := retention.ParseSchedule(s.Data)
		if err != nil {
			t.Fatalf("%s: %v", s.ID, err)
		}
		out = append(out, def)
	}
	return out
}

func renderString(t testing.TB, f func(w *bytes.Buffer) error) string {
	t.Helper()
	var b bytes.Buffer
	if err := f(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestGolden compares the HTML and Markdown of every example (with the
// example schedules, so linked rules show their periods) and of the
// bilingual fixture in English and in Welsh with testdata/golden. Each file
// was read in full when it was written; go test -update rewrites them, to be
// reviewed as a diff.
func TestGolden(t *testing.T) {
	type tc struct {
		name string
		n    *notice.Notice
		opts Options
	}
	var cases []tc
	for _, d := range docs(t) {
		cases = append(cases, tc{d.id, d.n, Options{Schedules: schedules(t)}})
	}
	cases = append(cases, tc{"ico-sar-service.cy", fixture(t), Options{Languages: "cy"}})
	cases = append(cases, tc{"stockport-soloprotect.fragment", docs(t)[4].n, Options{Fragment: true}})
	for _, c := range cases {
		for ext, f := range map[string]func(*bytes.Buffer, *notice.Notice, Options) error{
			".html": func(w *bytes.Buffer, n *notice.Notice, o Options) error { return HTML(w, n, o) },
			".md":   func(w *bytes.Buffer, n *notice.Notice, o Options) error { return Markdown(w, n, o) },
			".txt":  func(w *bytes.Buffer, n *notice.Notice, o Options) error { return Text(w, n, o) },
		} {
			t.Run(c.name+ext, func(t *testing.T) {
				got := renderString(t, func(w *bytes.Buffer) error { return f(w, c.n, c.opts) })
				if ext == ".html" {
					if err := wellFormed(got); err != nil {
						t.Fatalf("not well-formed: %v", err)
					}
				}
				path := filepath.Join("testdata", "golden", c.name+ext)
				if *update {
					if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (go test ./render -update)", err)
				}
				if diff := cmp.Diff(string(want), got); diff != "" {
					t.Errorf("%s differs (-want +got):\n%s\nIf an example, a schedule or the model changed on purpose, run go test ./render -update and review the diff.", path, diff)
				}
			})
		}
	}
}

// TestSameStructure checks that Markdown and text carry every heading the
// HTML page has, in the same order.
func TestSameStructure(t *testing.T) {
	for _, d := range docs(t) {
		h := renderString(t, func(w *bytes.Buffer) error { return HTML(w, d.n, Options{}) })
		md := renderString(t, func(w *bytes.Buffer) error { return Markdown(w, d.n, Options{}) })
		txt := renderString(t, func(w *bytes.Buffer) error { return Text(w, d.n, Options{}) })
		var want []string
		for _, s := range strings.Split(h, "<h")[1:] {
			if s[0] < '1' || s[0] > '6' {
				continue
			}
			level := int(s[0] - '0')
			text := s[strings.Index(s, ">")+1 : strings.Index(s, "</h")]
			want = append(want, strings.Repeat("#", level)+" "+oneLine(stripTags(text)))
		}
		var gotMD []string
		for _, l := range strings.Split(md, "\n") {
			if strings.HasPrefix(l, "#") {
				gotMD = append(gotMD, unescapeMD(l))
			}
		}
		if diff := cmp.Diff(want, gotMD); diff != "" {
			t.Errorf("%s: Markdown headings differ from HTML (-want +got):\n%s", d.id, diff)
		}
		pos := 0
		for _, w := range want {
			heading := strings.TrimLeft(w, "# ")
			i := strings.Index(txt[pos:], heading+"\n")
			if i < 0 {
				t.Errorf("%s: text lacks heading %q after byte %d", d.id, heading, pos)
				break
			}
			pos += i + len(heading)
		}
	}
}

func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return htmlUnescape(b.String())
}

// unescapeMD undoes the Markdown escapes: a backslash before punctuation,
// and the three character references.
func unescapeMD(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.ContainsRune("\\`*_[]|~#-+=.)", rune(s[i+1])) {
			i++
		}
		b.WriteByte(s[i])
	}
	return htmlUnescape(b.String())
}

// TestInterpretedAndParent: a value the data marks interpreted is shown as
// our reading, with the reason, and never bare; the parent notice is a link
// whose text makes sense alone.
func TestInterpretedAndParent(t *testing.T) {
	solo := docs(t)[4].n
	page := renderString(t, func(w *bytes.Buffer) error { return HTML(w, solo, Options{}) })
	for _, want := range []string{
		// the controller's name is the encoder's reading: marked in the first layer
		`<dd><span class="w">Stockport Council</span> <span class="interp"><strong>Our reading, not the notice&#39;s words:</strong> The notice does not name the council`,
		// a right typed beyond the words: the label marked, the words shown
		`Right to object to processing <span class="cite">(UK GDPR Art 21(1))</span> <span class="interp"><strong>Our reading, not the notice&#39;s words:</strong> &#34;ask us not to use any of the information we collect&#34; names no right.`,
		`<span class="w">ask us not to use any of the information we collect</span>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if n := strings.Count(page, `<span class="interp">`); n < 5 {
		t.Errorf("%d values marked as readings, want at least the example's 5 interpreted members", n)
	}
	var svc *notice.Notice
	for _, f := range modelFixtures(t) {
		if f.id == "service-with-parent" {
			svc = f.n
		}
	}
	if svc == nil {
		t.Fatal("no service-with-parent fixture")
	}
	page = renderString(t, func(w *bytes.Buffer) error { return HTML(w, svc, Options{}) })
	for _, want := range []string{
		`<a href="` + svc.Parent.URL + `">The notice this one sits under</a>`,
		`<dd>Not named in this notice</dd>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("service notice page lacks %s", want)
		}
	}
}
