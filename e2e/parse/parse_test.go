// Package parse parses rendered notices back with golang.org/x/net/html. It
// is a package of its own, without chromedp, so that its fuzz target runs at
// full speed.
package parse

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/render"
)

// allowed are the elements render writes; anything else on a page came from
// a notice's text and is a failure.
var allowed = map[atom.Atom]bool{
	atom.Html: true, atom.Head: true, atom.Meta: true, atom.Title: true, atom.Style: true,
	atom.Body: true, atom.Main: true, atom.Article: true, atom.Section: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.A: true, atom.Span: true, atom.Strong: true, atom.Time: true, atom.Data: true,
	atom.Details: true, atom.Summary: true, atom.Script: true,
}

// checkTree parses page back with golang.org/x/net/html (as a browser
// would) and checks: only render's elements; no event-handler attribute;
// every href an in-page anchor or an http, https, mailto or tel URL; one
// <script>, of type application/json, whose JSON equals the notice; headings
// that never skip a level going down; and the title as the first heading.
func checkTree(t testing.TB, page string, n *notice.Notice, fragment bool) {
	t.Helper()
	var nodes []*html.Node
	if fragment {
		body := &html.Node{Type: html.ElementNode, DataAtom: atom.Body, Data: "body"}
		ns, err := html.ParseFragment(strings.NewReader(page), body)
		if err != nil {
			t.Fatal(err)
		}
		nodes = ns
	} else {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		nodes = []*html.Node{doc}
	}
	var scripts []*html.Node
	var headings []int
	var firstHeading string
	var visit func(*html.Node)
	visit = func(x *html.Node) {
		if x.Type == html.ElementNode {
			if !allowed[x.DataAtom] {
				t.Errorf("element <%s> on the page", x.Data)
			}
			for _, a := range x.Attr {
				if strings.HasPrefix(strings.ToLower(a.Key), "on") {
					t.Errorf("attribute %s on <%s>", a.Key, x.Data)
				}
				if a.Key == "href" && !strings.HasPrefix(a.Val, "#") {
					u, err := url.Parse(a.Val)
					if err != nil || !map[string]bool{"http": true, "https": true, "mailto": true, "tel": true}[strings.ToLower(u.Scheme)] {
						t.Errorf("href %q", a.Val)
					}
				}
			}
			switch x.DataAtom {
			case atom.Script:
				scripts = append(scripts, x)
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				level := int(x.Data[1] - '0')
				if len(headings) > 0 && level > headings[len(headings)-1]+1 {
					t.Errorf("heading h%d after h%d", level, headings[len(headings)-1])
				}
				if len(headings) == 0 {
					firstHeading = textOf(x)
				}
				headings = append(headings, level)
			}
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	for _, x := range nodes {
		visit(x)
	}
	if want := strings.Join(strings.Fields(title(n)), " "); strings.Join(strings.Fields(firstHeading), " ") != want {
		t.Errorf("first heading %q, want the title %q", firstHeading, want)
	}
	if len(scripts) != 1 {
		t.Fatalf("%d <script> elements, want 1", len(scripts))
	}
	s := scripts[0]
	if attr(s, "type") != "application/json" || attr(s, "id") != "noticekit-data" {
		t.Errorf("script %v", s.Attr)
	}
	var got, want any
	if err := json.Unmarshal([]byte(textOf(s)), &got); err != nil {
		t.Fatalf("embedded JSON: %v", err)
	}
	canon, _ := notice.Marshal(n)
	_ = json.Unmarshal(canon, &want)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("embedded JSON differs (-want +got):\n%s", diff)
	}
}

func title(n *notice.Notice) string {
	if n.Title.IsZero() {
		return n.Controller.Name
	}
	return n.Title.String()
}

func attr(x *html.Node, key string) string {
	for _, a := range x.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(x *html.Node) string {
	var b strings.Builder
	var f func(*html.Node)
	f = func(x *html.Node) {
		if x.Type == html.TextNode {
			b.WriteString(x.Data)
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(x)
	return b.String()
}

// doc is one notice under test.
type doc struct {
	id string
	n  *notice.Notice
}

// docs returns the five examples and the bilingual fixture.
func docs(t *testing.T) []doc {
	t.Helper()
	var out []doc
	add := func(id string, data []byte) {
		n, err := notice.Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		out = append(out, doc{id, n})
	}
	for _, e := range examples.All() {
		add(e.ID, e.Data)
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "render", "testdata", "ico-sar-service.json"))
	if err != nil {
		t.Fatal(err)
	}
	add("ico-sar-service", data)
	return out
}

// TestParseBack parses every page and fragment, in both languages, with
// golang.org/x/net/html.
func TestParseBack(t *testing.T) {
	for _, d := range docs(t) {
		for _, lang := range []string{"en", "cy"} {
			for _, frag := range []bool{false, true} {
				t.Run(fmt.Sprintf("%s-%s-fragment=%v", d.id, lang, frag), func(t *testing.T) {
					var b bytes.Buffer
					if err := render.HTML(&b, d.n, render.Options{Languages: lang, Fragment: frag}); err != nil {
						t.Fatal(err)
					}
					checkTree(t, b.String(), d.n, frag)
				})
			}
		}
	}
}

// FuzzParseBack renders random valid notices (an example with fuzzed title,
// controller name, purpose, rights text and address) and parses the page
// back: no panic, and every invariant of checkTree.
func FuzzParseBack(f *testing.F) {
	e, err := examples.Notice("stockport-soloprotect")
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Privacy notice", "https://www.example.gov.uk/")
	f.Add(`</script><script>alert(1)</script>`, "javascript:alert(1)")
	f.Add(`"><img src=x onerror=alert(1)>`, `https://x.example/"><img src=x onerror=alert(1)>`)
	f.Add("<!--", "mailto:dpo@example.gov.uk")
	f.Add("a\u202eb", "tel:+441234")
	f.Fuzz(func(t *testing.T, s, u string) {
		var tree map[string]any
		if err := json.Unmarshal(e.Data, &tree); err != nil {
			t.Fatal(err)
		}
		tree["title"] = s
		tree["url"] = u
		tree["controller"].(map[string]any)["name"] = s
		act := tree["activities"].([]any)[0].(map[string]any)
		act["purposes"].([]any)[0].(map[string]any)["text"] = s
		tree["rights"].(map[string]any)["text"] = map[string]any{"en": s, "cy": s}
		data, _ := json.Marshal(tree)
		n, err := notice.Parse(data)
		if err != nil {
			return // not a valid notice
		}
		for _, frag := range []bool{false, true} {
			var b bytes.Buffer
			if err := render.HTML(&b, n, render.Options{Languages: "cy", Fragment: frag}); err != nil {
				if !strings.HasPrefix(err.Error(), "render: /") {
					t.Fatalf("error without a JSON pointer: %v", err)
				}
				return
			}
			checkTree(t, b.String(), n, frag)
		}
	})
}
