package render_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/render"
	"github.com/noticekit/noticekit/retention"
	"github.com/noticekit/noticekit/rights"
)

func soloprotect() *notice.Notice {
	e, err := examples.Notice("stockport-soloprotect")
	if err != nil {
		panic(err)
	}
	n, err := notice.Parse(e.Data)
	if err != nil {
		panic(err)
	}
	return n
}

// A full page: the first layer, then each service inside <details>, with
// the notice's own data embedded for machines.
func ExampleHTML() {
	var page bytes.Buffer
	if err := render.HTML(&page, soloprotect(), render.Options{}); err != nil {
		fmt.Println(err)
		return
	}
	for _, want := range []string{`<html lang="en"`, `<h2>In brief</h2>`, `<details>`, `<script type="application/json" id="noticekit-data">`} {
		fmt.Println(want, strings.Contains(page.String(), want))
	}
	// Output:
	// <html lang="en" true
	// <h2>In brief</h2> true
	// <details> true
	// <script type="application/json" id="noticekit-data"> true
}

// A fragment to embed in a council's own page template: an <article> whose
// headings start at h2, with its own style and data.
func ExampleHTML_fragment() {
	var frag bytes.Buffer
	if err := render.HTML(&frag, soloprotect(), render.Options{Fragment: true}); err != nil {
		fmt.Println(err)
		return
	}
	s := frag.String()
	fmt.Println(strings.HasPrefix(s, "\n<article") || strings.HasPrefix(s, "<article"), strings.Contains(s, "<html"), strings.Contains(s, "<h2>Soloprotect privacy notice</h2>"))
	// Output: true false true
}

// Markdown for an intranet, with the periods of the retention schedule the
// notice links to.
func ExampleMarkdown() {
	e, _ := examples.Schedule("stockport-soloprotect")
	def, err := retention.ParseSchedule(e.Data)
	if err != nil {
		fmt.Println(err)
		return
	}
	var md bytes.Buffer
	opts := render.Options{Schedules: []*retention.Definition{def}}
	if err := render.Markdown(&md, soloprotect(), opts); err != nil {
		fmt.Println(err)
		return
	}
	for _, line := range strings.Split(md.String(), "\n") {
		if strings.HasPrefix(line, "## ") || strings.Contains(line, "**Then**") {
			fmt.Println(strings.TrimSpace(line))
		}
	}
	// Output:
	// ## In brief
	// ## Services in detail
	// - **Then**: Reviewed
	// ## What are your rights?
	// ## How to complain
	// ## Data Protection Officer
	// ## Contact details
	// ## Related documents
	// ## Changes to this notice
}

// Plain text for an email.
func ExampleText() {
	var txt bytes.Buffer
	if err := render.Text(&txt, soloprotect(), render.Options{}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Join(strings.Split(txt.String(), "\n")[:2], "\n"))
	// Output:
	// Soloprotect privacy notice
	// ==========================
}

// The reader's languages, as a browser sends them: the page is Welsh when
// the notice has Welsh text. The ICO's Welsh headings and right labels are
// used; other labels stay English, marked lang="en".
func ExampleOptions_languages() {
	data, err := os.ReadFile("testdata/ico-sar-service.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := notice.Parse(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	var page bytes.Buffer
	if err := render.HTML(&page, n, render.Options{Languages: "cy-GB, cy;q=0.9, en;q=0.5"}); err != nil {
		fmt.Println(err)
		return
	}
	s := page.String()
	fmt.Println(strings.Contains(s, `<html lang="cy"`))
	fmt.Println(strings.Contains(s, `<h2>Beth yw’ch hawliau chi?</h2>`))
	fmt.Println(strings.Contains(s, `<dt><span lang="en">Lawful basis</span></dt>`))
	// Output:
	// true
	// true
	// true
}

// Labels come from one table: the law's own names and citations for
// regimes, bases and conditions, and this package's for the rest.
func ExampleLabelOf() {
	for _, v := range []interface{ MarshalText() ([]byte, error) }{
		lawfulbasis.PublicTask, rights.Access, notice.NotRoutinelyShared,
	} {
		l, _ := render.LabelOf(v)
		fmt.Printf("%s (%s) cy=%q\n", l.English, l.Citation, l.Welsh)
	}
	// Output:
	// Public task (UK GDPR Art 6(1)(e), 6(3); DPA 2018 s8) cy=""
	// Right of access (UK GDPR Art 15; DPA 2018 s45) cy="Eich hawliau i weld gwybodaeth"
	// Not routinely shared (UK GDPR Art 13(1)(e); DPA 2018 s44(2)(c)) cy=""
}
