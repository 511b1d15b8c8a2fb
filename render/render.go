package render

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/language"

	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/retention"
)

// Options say how a notice is rendered. The zero Options give a full English
// page (or the notice's own default language).
type Options struct {
	// Languages is the reader's preference, as an HTTP Accept-Language
	// value ("cy, en;q=0.8") or a single tag ("cy"). It is matched with
	// golang.org/x/text/language against the languages the notice is
	// written in that this package has labels for (English and Welsh): see
	// the package documentation, # Welsh.
	// Entries that are not well-formed are ignored, as a server ignores
	// them in a browser's header.
	Languages string
	// Fragment asks for an embeddable <article> (with its own style and
	// data) instead of a full page; its headings start at h2. For Markdown
	// and text, headings start one level down.
	Fragment bool
	// Schedules are retention schedules the notice's retention statements
	// link to ([notice.RuleRef] names a schedule by id): their rules' periods
	// are shown beside the notice's words.
	Schedules []*retention.Definition
}

// Page languages this package has labels for, in order of preference when
// nothing matches.
var supported = []language.Tag{language.English, language.MustParse("cy")}

// negotiate returns the page language: the best match of the reader's
// preferences among English and Welsh, limited to the languages the notice
// has text in (its default language and every translation), and the
// notice's default language.
func negotiate(n *notice.Notice, prefs string) (page, def language.Tag, err error) {
	def = language.English
	if n.Language != "" {
		if def, err = language.Parse(n.Language); err != nil {
			return language.Und, language.Und, fmt.Errorf("render: /language: %v", err)
		}
	}
	offered := offeredLanguages(n, def)
	var avail []language.Tag
	for _, t := range offered {
		base, _ := t.Base()
		for _, s := range supported {
			if sb, _ := s.Base(); sb == base && !containsBase(avail, base) {
				avail = append(avail, s)
			}
		}
	}
	if len(avail) == 0 {
		avail = []language.Tag{language.English}
	}
	want := parsePrefs(prefs)
	if len(want) == 0 {
		want = []language.Tag{def}
	}
	_, i, _ := language.NewMatcher(avail).Match(want...)
	return avail[i], def, nil
}

// parsePrefs reads an Accept-Language value or a tag. Like a server reading
// a browser's header, it is lenient: entries that are not well-formed are
// ignored, and a value with none left means no preference.
func parsePrefs(s string) []language.Tag {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	if tags, _, err := language.ParseAcceptLanguage(s); err == nil {
		return tags
	}
	var out []language.Tag
	for _, entry := range strings.Split(s, ",") {
		if tags, _, err := language.ParseAcceptLanguage(entry); err == nil {
			out = append(out, tags...)
		}
	}
	return out
}

func containsBase(tags []language.Tag, b language.Base) bool {
	for _, t := range tags {
		if tb, _ := t.Base(); tb == b {
			return true
		}
	}
	return false
}

// offeredLanguages lists the default language and every language a Text of
// the notice is translated into, found by walking the notice's JSON (so
// fields added to the model are covered without change here).
func offeredLanguages(n *notice.Notice, def language.Tag) []language.Tag {
	out := []language.Tag{def}
	data, err := json.Marshal(n)
	if err != nil {
		return out
	}
	var tree any
	if json.Unmarshal(data, &tree) != nil {
		return out
	}
	seen := map[string]bool{def.String(): true}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if isTranslations(v) {
				for k := range v {
					if t, err := language.Parse(k); err == nil && !seen[t.String()] {
						seen[t.String()] = true
						out = append(out, t)
					}
				}
				return
			}
			for k, x := range v {
				if k != "interpreted" { // the encoder's notes, not the notice's text
					walk(x)
				}
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(tree)
	return out
}

// isTranslations reports whether an object is a notice.Text's translations:
// every key a language tag and every value a string.
func isTranslations(m map[string]any) bool {
	if len(m) == 0 {
		return false
	}
	for k, v := range m {
		if _, ok := v.(string); !ok {
			return false
		}
		if _, err := language.Parse(k); err != nil || strings.Contains(k, "_") {
			return false
		}
	}
	return true
}

func prepare(n *notice.Notice, opts Options, top int) (page, error) {
	if n == nil {
		return page{}, errors.New("render: nil notice")
	}
	if err := refuseControls(n); err != nil {
		return page{}, err
	}
	pl, def, err := negotiate(n, opts.Languages)
	if err != nil {
		return page{}, err
	}
	b := &builder{page: pl, def: def, schedules: map[string]*retention.Definition{}}
	for _, s := range opts.Schedules {
		if s != nil {
			b.schedules[s.ID] = s
		}
	}
	if opts.Fragment {
		top++
	}
	p := b.build(n, top)
	p.Lang = pl.String()
	p.Dir = "ltr"
	p.Fragment = opts.Fragment
	return p, nil
}

// refuseControls refuses a notice whose text holds bidirectional override
// or isolate controls (U+202A-U+202E, U+2066-U+2069) or other control
// characters except tab and newline: they can make a page show text in an
// order other than its stored order (the "Trojan Source" trick), and no
// published notice needs them. The error names the JSON pointer.
func refuseControls(n *notice.Notice) error {
	data, err := notice.Marshal(n)
	if err != nil {
		return fmt.Errorf("render: %v", err)
	}
	var tree any
	if err := json.Unmarshal(data, &tree); err != nil {
		return fmt.Errorf("render: %v", err)
	}
	return walkStrings(tree, "", func(ptr, s string) error {
		for i, r := range s {
			if isBidiControl(r) || (unicode.IsControl(r) && r != '\n' && r != '\t') {
				return fmt.Errorf("render: %s: character %U at byte %d: want no bidirectional or control characters in notice text", ptr, r, i)
			}
		}
		return nil
	})
}

func isBidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 || r == 0x200E || r == 0x200F || r == 0x061C
}

func walkStrings(v any, ptr string, f func(ptr, s string) error) error {
	switch v := v.(type) {
	case string:
		return f(ptr, v)
	case map[string]any:
		for k, x := range v {
			k2 := strings.NewReplacer("~", "~0", "/", "~1").Replace(k)
			if err := f(ptr+"/"+k2, k); err != nil {
				return err
			}
			if err := walkStrings(x, ptr+"/"+k2, f); err != nil {
				return err
			}
		}
	case []any:
		for i, x := range v {
			if err := walkStrings(x, ptr+"/"+strconv.Itoa(i), f); err != nil {
				return err
			}
		}
	}
	return nil
}

// safeURL returns u when it is an absolute http, https, mailto or tel URL
// with no spaces or control characters, and false for anything else
// (javascript:, data:, relative and scheme-less addresses such as
// "www.example.gov.uk", which are then shown as text, never linked).
func safeURL(raw string) (string, bool) {
	// Only the characters RFC 3986 allows in a URI, so that the address is
	// written unchanged in HTML and Markdown.
	if raw == "" || strings.ContainsFunc(raw, func(r rune) bool {
		return r <= ' ' || r >= 0x7f || strings.ContainsRune(`"<>\^`+"`"+`{|}`, r)
	}) {
		return "", false
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if !hostRe.MatchString(u.Host) {
			return "", false
		}
	case "mailto", "tel":
		if u.Opaque == "" {
			return "", false
		}
	default:
		return "", false
	}
	return raw, true
}

// hostRe is a host name or IPv4 address, or a bracketed IPv6 address, with
// an optional port.
var hostRe = regexp.MustCompile(`^([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?$`)

// dataJSON is the notice as canonical JSON, made safe inside a <script>
// element: <, > and & (and U+2028, U+2029) are written as \u escapes, which
// JSON.parse reads back as the same characters.
func dataJSON(n *notice.Notice) (string, error) {
	data, err := notice.Marshal(n)
	if err != nil {
		return "", fmt.Errorf("render: %v", err)
	}
	var b bytes.Buffer
	json.HTMLEscape(&b, bytes.TrimRight(data, "\n"))
	return b.String(), nil
}

// HTML writes n as a layered HTML page (or, with Options.Fragment, an
// embeddable <article>): a short first layer, one section per activity with
// its full detail inside <details>, then rights, complaints, the DPO,
// contacts, cookies, other statements, related documents and changes. The
// notice itself is embedded as <script type="application/json"
// id="noticekit-data">. No external asset and no script is used.
func HTML(w io.Writer, n *notice.Notice, opts Options) error {
	p, err := prepare(n, opts, 1)
	if err != nil {
		return err
	}
	js, err := dataJSON(n)
	if err != nil {
		return err
	}
	p.JSON = template.JS(js) // HTML-escaped JSON: it cannot end the <script> element
	name := "page"
	if opts.Fragment {
		name = "fragment"
	}
	return htmlTemplates.ExecuteTemplate(w, name, p)
}

// Markdown writes n as Markdown with the same sections as HTML, for
// intranets and document systems. The second layer is written out in full.
func Markdown(w io.Writer, n *notice.Notice, opts Options) error {
	p, err := prepare(n, opts, 1)
	if err != nil {
		return err
	}
	return writeMarkdown(w, p)
}

// Text writes n as plain text with the same sections, for email.
func Text(w io.Writer, n *notice.Notice, opts Options) error {
	p, err := prepare(n, opts, 1)
	if err != nil {
		return err
	}
	return writeText(w, p)
}

func itoa(i int) string { return strconv.Itoa(i) }
