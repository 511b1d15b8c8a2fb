package render

import (
	"bytes"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/retention"
)

// mutate returns the example notice with every text of the notice's (a
// notice.Text, a name, an address, a phone number) replaced by s and every
// web or email address by url; codes, ids and dates keep their values, so
// the document stays valid. It walks the typed notice by reflection, so text
// fields the model gains are mutated too. The result goes through Marshal
// and Parse, as a stored notice would.
func mutate(t testing.TB, base []byte, s, url string) *notice.Notice {
	t.Helper()
	n, err := notice.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	var fix func(v reflect.Value, name string)
	fix = func(v reflect.Value, name string) {
		switch {
		case v.Type() == textType:
			if !v.Interface().(notice.Text).IsZero() {
				v.Set(reflect.ValueOf(notice.Plain(s)))
			}
			return
		case v.Kind() == reflect.String:
			if v.String() == "" {
				return
			}
			switch name {
			case "url", "urls":
				v.SetString(url)
			case "emails":
				v.SetString(strings.TrimPrefix(url, "mailto:"))
			case "name", "organisation", "address", "number", "version", "ico_registration":
				v.SetString(s)
			}
			return
		}
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				fix(v.Elem(), name)
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				fix(v.Index(i), name)
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if f := v.Type().Field(i); f.IsExported() {
					fix(v.Field(i), strings.Split(f.Tag.Get("json"), ",")[0])
				}
			}
		}
	}
	fix(reflect.ValueOf(n).Elem(), "")
	data, err := notice.Marshal(n)
	if err != nil {
		t.Fatal(err)
	}
	if n, err = notice.Parse(data); err != nil {
		t.Fatalf("mutated notice does not parse: %v", err)
	}
	return n
}

// TestMaliciousText puts hostile text into every text field and every
// address of an example: the page must stay well-formed with exactly the
// package's own elements (no <script> but the data, no <img>, no handler),
// show the text as text, and never link an address that is not http, https,
// mailto or tel. Bidirectional overrides are refused with the JSON pointer.
func TestMaliciousText(t *testing.T) {
	base, err := examples.Notice("staffordshire-opcc")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, url string
		refused         string // an error containing this, or "" for a page
	}{
		{"script", `<script>alert(1)</script>`, "https://example.gov.uk/", ""},
		{"attribute break-out", `"><img src=x onerror=alert(1)>`, `https://example.gov.uk/"><img src=x onerror=alert(1)>`, ""},
		{"javascript url", "Contact us", "javascript:alert(1)", ""},
		{"data url", "Contact us", "data:text/html,<script>alert(1)</script>", ""},
		{"vbscript url", "Contact us", "VBScript:msgbox(1)", ""},
		{"closing script in text", `</script><script>alert(1)</script>`, "mailto:a@example.gov.uk", ""},
		{"comment and cdata", `<!-- --><![CDATA[x]]>`, "tel:+441234567890", ""},
		{"entities", `&lt;b&gt; &amp; &#0; &`, "https://example.gov.uk/?a=1&b=<2>", ""},
		{"markdown injection", "[click](javascript:alert(1)) ![x](https://e.vil/x.png) <b>x</b>\n# heading\n- item", "https://example.gov.uk/", ""},
		{"rtl override", "abc\u202Eexe.txt", "https://example.gov.uk/", "U+202E"},
		{"rtl isolate", "abc\u2067x\u2069", "https://example.gov.uk/", "U+2067"},
		{"control character", "abc\x1bdef", "https://example.gov.uk/", "U+001B"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := mutate(t, base.Data, tc.text, tc.url)
			var h, md, txt bytes.Buffer
			errH := HTML(&h, n, Options{})
			errM := Markdown(&md, n, Options{})
			errT := Text(&txt, n, Options{})
			if tc.refused != "" {
				for _, err := range []error{errH, errM, errT} {
					if err == nil || !strings.Contains(err.Error(), tc.refused) || !strings.Contains(err.Error(), "render: /") {
						t.Errorf("error %v, want a refusal naming %s and its JSON pointer", err, tc.refused)
					}
				}
				return
			}
			for _, err := range []error{errH, errM, errT} {
				if err != nil {
					t.Fatal(err)
				}
			}
			page := h.String()
			if err := wellFormed(page); err != nil {
				t.Fatalf("not well-formed: %v", err)
			}
			if !strings.Contains(visible(page), tc.text) {
				t.Errorf("the text %q is not shown as text", tc.text)
			}
			if _, ok := safeURL(tc.url); !ok && strings.Contains(page, `href="`+tc.url) {
				t.Errorf("unsafe address %q linked", tc.url)
			}
			// Markdown: no live link or image other than to safe addresses,
			// and no raw HTML tag from the text.
			m := md.String()
			if liveLink.MatchString(m) {
				t.Errorf("Markdown holds a live link to an unsafe address: %q", liveLink.FindString(m))
			}
			for _, bad := range []string{"<script", "<img", "<b>", "\n# heading", "\n- item"} {
				if strings.Contains(m, bad) {
					t.Errorf("Markdown holds %q", bad)
				}
			}
		})
	}
}

// liveLink is a Markdown link (an unescaped "](") to an address that is not
// http, https, mailto or tel.
var liveLink = regexp.MustCompile(`(^|[^\\])\]\((?i:javascript|data|vbscript):`)

func TestSafeURL(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{"https://www.stockport.gov.uk/privacy", true},
		{"http://example.gov.uk", true},
		{"mailto:dpo@example.gov.uk", true},
		{"tel:+441785232385", true},
		{"HTTPS://EXAMPLE.GOV.UK", true},
		{"www.stockport.gov.uk", false}, // no scheme: shown as text
		{"javascript:alert(1)", false},
		{"JaVaScRiPt:alert(1)", false},
		{" javascript:alert(1)", false},
		{"data:text/html,x", false},
		{"https://", false},
		{"mailto:", false},
		{"https://example.gov.uk/a b", false},
		{"https://example.gov.uk/\u202Egpj.exe", false},
		{"//evil.example/x", false},
		{`https://"000`, false},
		{"https://exa mple.gov.uk", false},
		{"https://[::1]:8080/x", true},
		{"https://example.gov.uk:443/a?b=c&d=e#f", true},
		{"https://bücher.example/", false}, // not ASCII: shown as text
		{"", false},
	}
	for _, tc := range tests {
		if _, ok := safeURL(tc.in); ok != tc.ok {
			t.Errorf("safeURL(%q) = %v, want %v", tc.in, ok, tc.ok)
		}
	}
}

// TestLanguage checks negotiation (x/text/language over English and Welsh,
// limited to the languages the notice has), the page's lang attribute, the
// Welsh labels and their English fallback marked lang="en".
func TestLanguage(t *testing.T) {
	fx := fixture(t)
	solo := docs(t)[4].n
	tests := []struct {
		name  string
		n     *notice.Notice
		prefs string
		want  string
	}{
		{"fixture, no preference", fx, "", "en"},
		{"fixture, cy", fx, "cy", "cy"},
		{"fixture, cy-GB", fx, "cy-GB", "cy"},
		{"fixture, Accept-Language preferring Welsh", fx, "cy;q=0.9, en;q=0.5", "cy"},
		{"fixture, Accept-Language preferring English", fx, "en-GB,en;q=0.9,cy;q=0.8", "en"},
		{"fixture, French only", fx, "fr", "en"},
		{"example without Welsh, cy", solo, "cy", "en"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := HTML(&b, tc.n, Options{Languages: tc.prefs}); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(b.String(), `<html lang="`+tc.want+`"`) {
				t.Errorf("page language is not %q", tc.want)
			}
		})
	}
	var b bytes.Buffer
	if err := HTML(&b, fx, Options{Languages: "cy"}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, want := range []string{
		// a Welsh label from the ICO, in the page's language: no lang
		`<dd>Eich hawl i gael cywiriad <span class="cite" lang="en">(UK GDPR Art 16; DPA 2018 s46)</span>`,
		// the ICO's Welsh heading
		`>Beth yw’ch hawliau chi?</h2>`,
		// a label without a sourced Welsh version: English, marked
		`<dt><span lang="en">Lawful basis</span></dt>`,
		// the notice's Welsh words
		`<span class="w">Y sail gyfreithlon rydym yn dibynnu arni`,
		// the notice's words that exist only in English, marked
		`<span class="w" lang="en">We provide this service to help you`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("Welsh page lacks %s", want)
		}
	}
	b.Reset()
	if err := HTML(&b, fx, Options{}); err != nil {
		t.Fatal(err)
	}
	// English page: the right of access has only Welsh words, marked cy.
	if want := `<span class="w" lang="cy">Mae gennych hawl i ofyn inni am gopïau`; !strings.Contains(b.String(), want) {
		t.Errorf("English page lacks %s", want)
	}
	// Malformed entries are ignored, as in a browser's header: the valid
	// one still chooses Welsh; none valid means no preference.
	for prefs, want := range map[string]string{"not a tag!, cy;q=0.8": "cy", "not a tag!": "en", "cy;q=abc": "en"} {
		b.Reset()
		if err := HTML(&b, fx, Options{Languages: prefs}); err != nil {
			t.Errorf("%q: %v", prefs, err)
		} else if !strings.Contains(b.String(), `<html lang="`+want+`"`) {
			t.Errorf("%q: page language is not %q", prefs, want)
		}
	}
}

// TestLabels requires a label for every value of every enum type the
// notice model uses (found by reflection, so enums the model gains are
// covered), a citation wherever the code stands for a provision of law that
// the enum's own documentation cites, and a source for every Welsh label.
func TestLabels(t *testing.T) {
	seen := map[reflect.Type]bool{}
	var visit func(reflect.Type)
	visit = func(typ reflect.Type) {
		if seen[typ] {
			return
		}
		seen[typ] = true
		switch typ.Kind() {
		case reflect.Pointer, reflect.Slice:
			visit(typ.Elem())
		case reflect.Struct:
			for i := 0; i < typ.NumField(); i++ {
				if typ.Field(i).IsExported() {
					visit(typ.Field(i).Type)
				}
			}
		case reflect.Uint8:
			if !typ.Implements(marshaler) {
				return
			}
			n := 0
			for i := 1; i < 256; i++ {
				v := reflect.New(typ).Elem()
				v.SetUint(uint64(i))
				m := v.Interface().(interface{ MarshalText() ([]byte, error) })
				if _, err := m.MarshalText(); err != nil {
					break
				}
				n++
				l, ok := LabelOf(m)
				if !ok || l.English == "" {
					t.Errorf("%s %d: no label", typ, i)
				}
			}
			if n == 0 {
				t.Errorf("%s: no values found", typ)
			}
		}
	}
	visit(reflect.TypeFor[notice.Notice]())
	visit(reflect.TypeFor[retention.Outcome]())
	visit(reflect.TypeFor[retention.Action]())
	visit(reflect.TypeFor[retention.Cutoff]())
	visit(reflect.TypeFor[retention.Counting]())
	for key, w := range welsh {
		if w.text == "" || !strings.HasPrefix(w.source, "https://") {
			t.Errorf("Welsh label %q has no published source", key)
		}
		if strings.HasPrefix(key, "heading ") {
			if _, ok := words[key]; !ok {
				t.Errorf("Welsh label %q translates no heading", key)
			}
		}
	}
	if _, ok := LabelOf(notice.SharingUnspecified); ok {
		t.Error("the unspecified value has a label")
	}
	got, _ := LabelOf(notice.Adequacy)
	if diff := cmp.Diff(Label{English: "Adequacy regulations", Citation: "UK GDPR Art 45"}, got); diff != "" {
		t.Errorf("LabelOf(Adequacy) (-want +got):\n%s", diff)
	}
}

// FuzzHTML renders random valid notices (an example with fuzzed text and
// addresses) in every format: no panic, and the HTML well-formed with only
// the package's own elements, or a refusal of control characters.
func FuzzHTML(f *testing.F) {
	base, err := examples.Notice("stockport-inclusion")
	if err != nil {
		f.Fatal(err)
	}
	f.Add("plain words", "https://example.gov.uk/")
	f.Add(`"><img src=x onerror=alert(1)>`, "javascript:alert(1)")
	f.Add("</script><!--", "mailto:x@y")
	f.Add("a\u202Eb", "tel:+44")
	f.Add("line one\nline two\n# not a heading", "https://e.example/(x)")
	f.Fuzz(func(t *testing.T, s, url string) {
		if s == "" {
			return
		}
		n, ok := mutateSafe(base.Data, s, url)
		if !ok {
			return // not a valid notice: Parse's business, not render's
		}
		var h bytes.Buffer
		err := HTML(&h, n, Options{Languages: "cy, en;q=0.5"})
		if err != nil {
			if !strings.Contains(err.Error(), "render: ") {
				t.Fatalf("unexpected error: %v", err)
			}
			return
		}
		if err := wellFormed(h.String()); err != nil {
			t.Fatalf("not well-formed: %v", err)
		}
		var m bytes.Buffer
		if err := Markdown(&m, n, Options{}); err != nil {
			t.Fatal(err)
		}
		if err := Text(&m, n, Options{}); err != nil {
			t.Fatal(err)
		}
	})
}

// mutateSafe is mutate for the fuzzer: false when the result is not a valid
// notice (for example text that is not valid UTF-8).
func mutateSafe(base []byte, s, url string) (n *notice.Notice, ok bool) {
	defer func() {
		if recover() != nil {
			n, ok = nil, false
		}
	}()
	ft := &fatalToPanic{}
	return mutate(ft, base, s, url), true
}

// fatalToPanic turns a failed mutation into a value the fuzzer skips.
type fatalToPanic struct{ testing.TB }

func (*fatalToPanic) Helper()               {}
func (*fatalToPanic) Fatal(args ...any)     { panic("skip") }
func (*fatalToPanic) Fatalf(string, ...any) { panic("skip") }
