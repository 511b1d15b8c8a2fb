package render

import (
	"encoding"
	"html/template"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/retention"
)

// The page model: every format (HTML, Markdown, text) is written from the
// same tree of sections, fields and items, so they share one structure and
// one choice of language for every string.

// tx is a string to show and, when it differs from the page's language, the
// BCP 47 tag of the language it is in.
type tx struct {
	S    string
	Lang string
}

// item is one value of a field.
type item struct {
	ID    string // an anchor for the item, where other items link to it
	T     tx
	Words bool   // the notice's own words (may hold line breaks)
	Href  string // a link target that passed safeURL; "" for none
	Cite  string // a citation of the law a label stands for
	// CiteLang marks a citation's language (English) on a Welsh page.
	CiteLang string
	Time     string // a date, YYYY-MM-DD, for <time datetime>
	Data     string // a machine value (a period) for <data value>
	Sub      []field
}

// field is a label and its values.
type field struct {
	Label tx
	Items []item
}

// section is a heading with fields and subsections. When Fold is set the
// subsections are a second layer, inside <details> with Summary.
type section struct {
	ID      string
	Level   int
	Heading tx
	Fields  []field
	Subs    []section
	Fold    bool
	Summary tx
}

// page is everything a format writes.
type page struct {
	Lang     string // the page's language tag
	Dir      string
	Title    tx
	Meta     []field // under the title: last updated, version
	Sections []section
	Skip     tx
	JSON     template.JS // the notice as canonical JSON, safe inside <script>
	Fragment bool
	Level    int // the title's heading level
}

// builder resolves languages and labels while the tree is built.
type builder struct {
	page      language.Tag // en or cy
	def       language.Tag // the notice's default language
	schedules map[string]*retention.Definition
}

func (b *builder) lang(tag language.Tag) string {
	base, _ := tag.Base()
	pb, _ := b.page.Base()
	if base == pb {
		return ""
	}
	return tag.String()
}

// text picks the translation that suits the page (x/text's matcher, through
// notice.Text.Best) and marks its language when it is not the page's.
func (b *builder) text(t notice.Text) tx {
	s, tag := t.Best(b.def, b.page)
	return tx{S: s, Lang: b.lang(tag)}
}

// word is one of the renderer's own headings or labels, in Welsh where a
// sourced Welsh version exists and the page is Welsh.
func (b *builder) word(key string) tx {
	if b.welsh() {
		if w, ok := welsh[key]; ok {
			return tx{S: w.text}
		}
		return tx{S: words[key], Lang: "en"}
	}
	return tx{S: words[key]}
}

func (b *builder) welsh() bool {
	base, _ := b.page.Base()
	return base.String() == "cy"
}

// label is a code's label, as an item with its citation.
func (b *builder) label(v encoding.TextMarshaler) item {
	l, ok := LabelOf(v)
	if !ok {
		code, _ := v.MarshalText()
		return item{T: tx{S: string(code)}}
	}
	if b.welsh() {
		it := item{T: tx{S: l.English, Lang: "en"}, Cite: l.Citation}
		if l.Welsh != "" {
			it.T = tx{S: l.Welsh}
		}
		if it.Cite != "" {
			it.CiteLang = "en"
		}
		return it
	}
	return item{T: tx{S: l.English}, Cite: l.Citation}
}

func (b *builder) yesNo(v bool) item {
	if v {
		return item{T: b.word("yes")}
	}
	return item{T: b.word("no")}
}

func (b *builder) words(t notice.Text) item { return item{T: b.text(t), Words: true} }

// fields collects fields, dropping empty ones.
type fields []field

func (fs *fields) add(b *builder, key string, items ...item) {
	if len(items) == 0 {
		return
	}
	*fs = append(*fs, field{Label: b.word("field " + key), Items: items})
}

func (fs *fields) text(b *builder, key string, t notice.Text) {
	if !t.IsZero() {
		fs.add(b, key, b.words(t))
	}
}

func (fs *fields) str(b *builder, key, s string) {
	if s != "" {
		fs.add(b, key, item{T: tx{S: s}, Words: true})
	}
}

func (fs *fields) label(b *builder, key string, v encoding.TextMarshaler) {
	if _, err := v.MarshalText(); err == nil {
		fs.add(b, key, b.label(v))
	}
}

func (fs *fields) optBool(b *builder, key string, v *bool) {
	if v != nil {
		fs.add(b, key, b.yesNo(*v))
	}
}

func (fs *fields) date(b *builder, key string, d civil.Date) {
	if !d.IsZero() {
		fs.add(b, key, dateItem(b, d))
	}
}

func dateItem(b *builder, d civil.Date) item {
	t, _ := d.MarshalText()
	lang := ""
	if b.welsh() {
		lang = "en" // month names have no sourced Welsh version
	}
	y, m, day := d.YMD()
	return item{T: tx{S: strconv.Itoa(day) + " " + m.String() + " " + strconv.Itoa(y), Lang: lang}, Time: string(t)}
}

func periodItem(b *builder, p retention.Period) item {
	var parts []string
	for _, u := range []struct {
		n    int
		unit string
	}{{p.Years(), "year"}, {p.Months(), "month"}, {p.Weeks(), "week"}, {p.Days(), "day"}} {
		switch {
		case u.n == 1:
			parts = append(parts, "1 "+u.unit)
		case u.n > 1:
			parts = append(parts, strconv.Itoa(u.n)+" "+u.unit+"s")
		}
	}
	if len(parts) == 0 {
		parts = []string{"0 days"}
	}
	lang := ""
	if b.welsh() {
		lang = "en"
	}
	return item{T: tx{S: strings.Join(parts, " "), Lang: lang}, Data: p.String()}
}

// link is an item for a URL: a link when the scheme is allowed, otherwise
// the address as text (never a link).
func link(text tx, raw string) item {
	if u, ok := safeURL(raw); ok {
		return item{T: text, Href: u}
	}
	return item{T: text, Words: true}
}

func (b *builder) contact(c *notice.Contact) []field {
	if c == nil {
		return nil
	}
	var fs fields
	fs.str(b, "name", c.Name)
	fs.text(b, "role-text", c.Role)
	fs.str(b, "organisation", c.Organisation)
	fs.str(b, "address", c.Address)
	var items []item
	for _, e := range c.Emails {
		items = append(items, link(tx{S: e}, "mailto:"+e))
	}
	fs.add(b, "email", items...)
	items = nil
	for _, p := range c.Phones {
		it := link(tx{S: p.Number}, "tel:"+telURI(p.Number))
		if !p.Note.IsZero() {
			var sub fields
			sub.text(b, "note", p.Note)
			it.Sub = sub
		}
		items = append(items, it)
	}
	fs.add(b, "phone", items...)
	items = nil
	for _, u := range c.URLs {
		items = append(items, link(tx{S: u}, u))
	}
	fs.add(b, "web", items...)
	fs.text(b, "words", c.Text)
	return fs
}

// telURI keeps the characters a tel: URI allows of a published number.
func telURI(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' || r == '+' {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

func (b *builder) document(d *notice.Document) item {
	if d == nil {
		return item{}
	}
	it := link(b.text(d.Title), d.URL)
	if d.URL != "" && it.Href == "" {
		// not a link: keep the title and show the address as given
		var sub fields
		sub.str(b, "url", d.URL)
		it.Sub = sub
	}
	if !d.Text.IsZero() {
		var sub fields
		sub.text(b, "words", d.Text)
		it.Sub = append(it.Sub, sub...)
	}
	return it
}

// anchor turns an id from the notice into a safe fragment identifier.
func anchor(prefix, id string) string {
	var sb strings.Builder
	sb.WriteString(prefix)
	for _, r := range strings.ToLower(id) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' {
			sb.WriteRune(r)
		} else {
			sb.WriteByte('-')
		}
	}
	return sb.String()
}
