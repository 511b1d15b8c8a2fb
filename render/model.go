package render

import (
	"encoding"
	"html/template"
	"slices"
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

// interp says a value is the encoder's reading, and why.
type interp struct {
	Label  tx // "Our reading, not the notice's words"
	Reason tx
}

// item is one value of a field.
type item struct {
	ID string // an anchor for the item, where other items link to it
	// Prefix, when set, is shown before T, with a colon (a heading before
	// a service's name), each in its own language.
	Prefix *tx
	T      tx
	Words  bool   // the notice's own words (may hold line breaks)
	Href   string // a link target that passed safeURL; "" for none
	Cite   string // a citation of the law a label stands for
	// CiteLang marks a citation's language (English) on a Welsh page.
	CiteLang string
	Time     string // a date, YYYY-MM-DD, for <time datetime>
	Data     string // a machine value (a period) for <data value>
	// Interp, when set, says the value is the encoder's reading rather than
	// the notice's words, and why.
	Interp *interp
	Sub    []field
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

// set builds the fields of one object of the notice, dropping empty ones,
// and marks every value whose member the object's "interpreted" names: such
// a value is the encoder's reading, not the notice's words, and the page
// says so with the reason.
type set struct {
	b    *builder
	in   notice.Interpretations
	used map[string]bool
	fs   []field
}

func (b *builder) set(in notice.Interpretations) *set {
	return &set{b: b, in: in, used: map[string]bool{}}
}

// mark marks it as interpreted when member is.
func (s *set) mark(member string, it item) item {
	if reason, ok := s.in[member]; ok && member != "" {
		s.used[member] = true
		it.Interp = s.b.note(reason)
	}
	return it
}

func (s *set) add(key, member string, items ...item) {
	if len(items) == 0 {
		return
	}
	for i := range items {
		items[i] = s.mark(member, items[i])
	}
	s.fs = append(s.fs, field{Label: s.b.word("field " + key), Items: items})
}

func (s *set) text(key, member string, t notice.Text) {
	if !t.IsZero() {
		s.add(key, member, s.b.words(t))
	}
}

func (s *set) str(key, member, v string) {
	if v != "" {
		s.add(key, member, item{T: tx{S: v}, Words: true})
	}
}

func (s *set) label(key, member string, v encoding.TextMarshaler) {
	if _, err := v.MarshalText(); err == nil {
		s.add(key, member, s.b.label(v))
	}
}

func (s *set) optBool(key, member string, v *bool) {
	if v != nil {
		s.add(key, member, s.b.yesNo(*v))
	}
}

func (s *set) date(key, member string, d civil.Date) {
	if !d.IsZero() {
		s.add(key, member, dateItem(s.b, d))
	}
}

// fields returns the fields, with one more for each interpreted member not
// shown as a value, so that no reading is left unsaid.
func (s *set) fields() []field {
	var rest []item
	for _, m := range sortedKeys(s.in) {
		if !s.used[m] {
			rest = append(rest, item{T: tx{S: m}, Interp: s.b.note(s.in[m])})
		}
	}
	if len(rest) > 0 {
		s.fs = append(s.fs, field{Label: s.b.word("field interpreted"), Items: rest})
	}
	return s.fs
}

// note is an interpretation: its label and its reason, the encoder's
// words, in English.
func (b *builder) note(reason string) *interp {
	t := tx{S: reason}
	if b.welsh() {
		t.Lang = "en"
	}
	return &interp{Label: b.word("field interpreted"), Reason: t}
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
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
	fs := b.set(c.Interpreted)
	fs.str("name", "name", c.Name)
	fs.text("role-text", "role", c.Role)
	fs.str("organisation", "organisation", c.Organisation)
	fs.str("address", "address", c.Address)
	var items []item
	for _, e := range c.Emails {
		items = append(items, link(tx{S: e}, "mailto:"+e))
	}
	fs.add("email", "emails", items...)
	items = nil
	for _, p := range c.Phones {
		it := link(tx{S: p.Number}, "tel:"+telURI(p.Number))
		ps := b.set(p.Interpreted)
		ps.text("note", "note", p.Note)
		it.Sub = ps.fields()
		items = append(items, it)
	}
	fs.add("phone", "phones", items...)
	items = nil
	for _, u := range c.URLs {
		items = append(items, link(tx{S: u}, u))
	}
	fs.add("web", "urls", items...)
	fs.text("words", "text", c.Text)
	return fs.fields()
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
	fs := b.set(d.Interpreted)
	if d.URL != "" && it.Href == "" {
		// not a link: keep the title and show the address as given
		fs.str("url", "url", d.URL)
	}
	fs.text("words", "text", d.Text)
	it.Sub = fs.fields()
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
