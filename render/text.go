package render

import (
	"bufio"
	"io"
	"strings"
)

// Markdown and plain text are written from the same page tree as HTML.
// Markdown escapes every character that could start markup in the notice's
// words, and writes a link only for an address safeURL accepts.

var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`, `|`, `\|`,
	`<`, `&lt;`, `>`, `&gt;`, `&`, `&amp;`, `~`, `\~`,
)

// mdLineStart escapes what would start a block at the beginning of a line:
// a heading, a list item, a numbered item.
func mdLineStart(l string) string {
	t := strings.TrimLeft(l, " ")
	if t == "" {
		return l
	}
	switch t[0] {
	case '#', '-', '+', '=':
		return "\\" + t
	}
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i > 0 && i < len(t) && (t[i] == '.' || t[i] == ')') {
		return t[:i] + "\\" + t[i:]
	}
	return t
}

// mdInline escapes s for Markdown; line breaks become hard breaks that keep
// the list item's indentation.
func mdInline(s, indent string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = mdLineStart(mdEscaper.Replace(l))
	}
	return strings.Join(lines, "\\\n"+indent)
}

// mdURL makes a checked address safe inside (…): spaces and parentheses are
// percent-encoded.
func mdURL(u string) string {
	return strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E").Replace(u)
}

func writeMarkdown(w io.Writer, p page) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(strings.Repeat("#", min(p.Level, 6)) + " " + mdInline(oneLine(p.Title.S), "") + "\n\n")
	if len(p.Meta) > 0 {
		mdFields(bw, p.Meta, "")
		bw.WriteString("\n")
	}
	for _, s := range p.Sections {
		mdSection(bw, s)
	}
	return bw.Flush()
}

func mdSection(bw *bufio.Writer, s section) {
	bw.WriteString(strings.Repeat("#", min(s.Level, 6)) + " " + mdInline(oneLine(s.Heading.S), "") + "\n\n")
	if len(s.Fields) > 0 {
		mdFields(bw, s.Fields, "")
		bw.WriteString("\n")
	}
	for _, sub := range s.Subs {
		mdSection(bw, sub)
	}
}

func mdFields(bw *bufio.Writer, fs []field, indent string) {
	for _, f := range fs {
		bw.WriteString(indent + "- **" + mdInline(f.Label.S, "") + "**")
		if len(f.Items) == 1 && len(f.Items[0].Sub) == 0 {
			bw.WriteString(": " + mdItem(f.Items[0], indent+"  ") + "\n")
			continue
		}
		bw.WriteString("\n")
		for _, it := range f.Items {
			text := mdItem(it, indent+"    ")
			if text == "" {
				mdFields(bw, it.Sub, indent+"  ")
				continue
			}
			bw.WriteString(indent + "  - " + text + "\n")
			mdFields(bw, it.Sub, indent+"    ")
		}
	}
}

func mdItem(it item, indent string) string {
	s := mdInline(it.T.S, indent)
	if it.Prefix != nil {
		s = mdInline(it.Prefix.S, indent) + ": " + s
	}
	if it.Href != "" && !strings.HasPrefix(it.Href, "#") {
		s = "[" + s + "](" + mdURL(it.Href) + ")"
	}
	if it.Cite != "" {
		s += " (" + mdInline(it.Cite, indent) + ")"
	}
	if it.Interp != nil {
		s += " _\\[" + mdInline(it.Interp.Label.S, indent) + ": " + mdInline(it.Interp.Reason.S, indent) + "\\]_"
	}
	return s
}

func writeText(w io.Writer, p page) error {
	bw := bufio.NewWriter(w)
	title := oneLine(p.Title.S)
	bw.WriteString(title + "\n" + strings.Repeat("=", len([]rune(title))) + "\n")
	if len(p.Meta) > 0 {
		bw.WriteString("\n")
		txtFields(bw, p.Meta, "")
	}
	for _, s := range p.Sections {
		txtSection(bw, s)
	}
	return bw.Flush()
}

// oneLine joins the lines of a heading.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// underlines mark the heading levels of plain text: = for the title, - for
// sections, ~ for services, . below.
var underlines = map[int]string{1: "=", 2: "-", 3: "~"}

// txtSection writes a heading, underlined by its level, its fields after a
// blank line, then its subsections: one blank line between any two blocks.
func txtSection(bw *bufio.Writer, s section) {
	h := oneLine(s.Heading.S)
	u, ok := underlines[s.Level]
	if !ok {
		u = "."
	}
	bw.WriteString("\n" + h + "\n" + strings.Repeat(u, len([]rune(h))) + "\n")
	if len(s.Fields) > 0 {
		bw.WriteString("\n")
		txtFields(bw, s.Fields, "")
	}
	for _, sub := range s.Subs {
		txtSection(bw, sub)
	}
}

func txtFields(bw *bufio.Writer, fs []field, indent string) {
	for _, f := range fs {
		if len(f.Items) == 1 && len(f.Items[0].Sub) == 0 && !strings.Contains(f.Items[0].T.S, "\n") {
			bw.WriteString(indent + f.Label.S + ": " + txtItem(f.Items[0], indent) + "\n")
			continue
		}
		bw.WriteString(indent + f.Label.S + ":\n")
		for _, it := range f.Items {
			if text := txtItem(it, indent+"    "); text != "" {
				bw.WriteString(indent + "  * " + text + "\n")
			}
			txtFields(bw, it.Sub, indent+"    ")
		}
	}
}

func txtItem(it item, indent string) string {
	s := strings.ReplaceAll(it.T.S, "\n", "\n"+indent)
	if it.Prefix != nil {
		s = it.Prefix.S + ": " + s
	}
	if it.Href != "" && it.Href != it.T.S && !strings.HasPrefix(it.Href, "#") &&
		it.Href != "mailto:"+it.T.S && !strings.HasPrefix(it.Href, "tel:") {
		s += " <" + it.Href + ">"
	}
	if it.Cite != "" {
		s += " (" + it.Cite + ")"
	}
	if it.Interp != nil {
		s += " [" + it.Interp.Label.S + ": " + strings.ReplaceAll(it.Interp.Reason.S, "\n", "\n"+indent) + "]"
	}
	return s
}
