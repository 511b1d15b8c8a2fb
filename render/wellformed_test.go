package render

import (
	"errors"
	"fmt"
	"html"
	"regexp"
	"strings"
)

func htmlUnescape(s string) string { return html.UnescapeString(s) }

// The strict check of the HTML this package writes: tags balance, every
// attribute value is double-quoted, text holds no raw '<' and only valid
// character references, and only the elements and attributes the package
// uses appear (so an <img>, an on* handler or a second <script> from the
// notice's text is an error). Every href is an in-page anchor or an http,
// https, mailto or tel URL. The e2e module also parses pages back with
// golang.org/x/net/html.

var (
	allowedElements = map[string]bool{
		"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true,
		"main": true, "article": true, "section": true, "h1": true, "h2": true, "h3": true,
		"h4": true, "h5": true, "h6": true, "dl": true, "dt": true, "dd": true, "a": true,
		"span": true, "strong": true, "time": true, "data": true, "details": true, "summary": true, "script": true,
	}
	allowedAttrs = map[string]bool{
		"lang": true, "dir": true, "charset": true, "name": true, "content": true, "id": true,
		"class": true, "href": true, "datetime": true, "value": true, "type": true,
	}
	voidElements = map[string]bool{"meta": true}
	tagName      = regexp.MustCompile(`^[a-z][a-z0-9]*`)
	attrRe       = regexp.MustCompile(`^\s+([a-z-]+)="([^"<]*)"`)
	charRef      = regexp.MustCompile(`^&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`)
)

func wellFormed(s string) error {
	var stack []string
	scripts := 0
	pos := func(i int) string {
		line := 1 + strings.Count(s[:i], "\n")
		return fmt.Sprintf("line %d", line)
	}
	i := 0
	if strings.HasPrefix(s, "<!DOCTYPE html>") {
		i = len("<!DOCTYPE html>")
	}
	for i < len(s) {
		c := s[i]
		switch c {
		case '&':
			if !charRef.MatchString(s[i:]) {
				return fmt.Errorf("%s: bare & in text", pos(i))
			}
			i++
		case '>':
			return fmt.Errorf("%s: raw > in text", pos(i))
		case '<':
			if strings.HasPrefix(s[i:], "</") {
				name := tagName.FindString(s[i+2:])
				end := i + 2 + len(name)
				if name == "" || end >= len(s) || s[end] != '>' {
					return fmt.Errorf("%s: malformed end tag", pos(i))
				}
				if len(stack) == 0 || stack[len(stack)-1] != name {
					return fmt.Errorf("%s: </%s> does not close %v", pos(i), name, stack)
				}
				stack = stack[:len(stack)-1]
				i = end + 1
				continue
			}
			name := tagName.FindString(s[i+1:])
			if name == "" {
				return fmt.Errorf("%s: raw < in text", pos(i))
			}
			if !allowedElements[name] {
				return fmt.Errorf("%s: element <%s> is not one this package writes", pos(i), name)
			}
			j := i + 1 + len(name)
			attrs := map[string]string{}
			for {
				m := attrRe.FindStringSubmatch(s[j:])
				if m == nil {
					break
				}
				if !allowedAttrs[m[1]] {
					return fmt.Errorf("%s: attribute %s on <%s>", pos(i), m[1], name)
				}
				if _, dup := attrs[m[1]]; dup {
					return fmt.Errorf("%s: attribute %s twice", pos(i), m[1])
				}
				for k := 0; k < len(m[2]); k++ {
					if m[2][k] == '&' && !charRef.MatchString(m[2][k:]) {
						return fmt.Errorf("%s: bare & in attribute %s", pos(i), m[1])
					}
				}
				attrs[m[1]] = html.UnescapeString(m[2])
				j += len(m[0])
			}
			if j >= len(s) || s[j] != '>' {
				return fmt.Errorf("%s: malformed tag <%s", pos(i), name)
			}
			if err := checkAttrs(name, attrs); err != nil {
				return fmt.Errorf("%s: %v", pos(i), err)
			}
			i = j + 1
			switch {
			case voidElements[name]:
			case name == "script" || name == "style":
				if name == "script" {
					scripts++
				}
				end := strings.Index(s[i:], "</"+name+">")
				if end < 0 {
					return fmt.Errorf("%s: <%s> not closed", pos(i), name)
				}
				if body := s[i : i+end]; strings.Contains(body, "<") {
					return fmt.Errorf("%s: '<' inside <%s>", pos(i), name)
				}
				i += end + len("</"+name+">")
			default:
				stack = append(stack, name)
			}
			continue
		default:
			i++
		}
	}
	if len(stack) > 0 {
		return fmt.Errorf("unclosed elements %v", stack)
	}
	if scripts != 1 {
		return fmt.Errorf("%d <script> elements, want the one with the notice data", scripts)
	}
	return nil
}

func checkAttrs(name string, attrs map[string]string) error {
	if h, ok := attrs["href"]; ok {
		if name != "a" {
			return fmt.Errorf("href on <%s>", name)
		}
		if !strings.HasPrefix(h, "#") {
			if _, ok := safeURL(h); !ok {
				return fmt.Errorf("href %q is not an anchor or an http, https, mailto or tel URL", h)
			}
		}
	}
	if name == "script" && (attrs["type"] != "application/json" || attrs["id"] != "noticekit-data") {
		return errors.New(`a <script> other than the notice data`)
	}
	return nil
}
