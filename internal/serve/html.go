package serve

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"html"
	"net/http"
	"slices"
	"strings"

	"github.com/noticekit/noticekit/render"
)

// noticeHTML writes the rendered page of a loaded notice (or, with
// fragment, the embeddable <article>), in the language the client prefers
// (Accept-Language), with a Content-Security-Policy that allows nothing
// but the page's own styles, by hash.
func (s *Server) noticeHTML(w http.ResponseWriter, r *http.Request, l *loadedNotice, fragment bool) {
	var page bytes.Buffer
	opts := render.Options{Languages: r.Header.Get("Accept-Language"), Schedules: s.store.Load().defs, Fragment: fragment}
	if err := render.HTML(&page, l.n, opts); err != nil {
		s.cfg.Logger.Error("render", "request_id", requestIDOf(r), "notice", l.info.ID, "error", err.Error())
		fail(w, r, ptInternal, "the notice could not be rendered")
		return
	}
	h := w.Header()
	h.Set("Vary", "Accept, Accept-Language")
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", cspFor(page.Bytes()))
	h.Set("Referrer-Policy", "no-referrer")
	_, _ = w.Write(page.Bytes())
}

// cspFor returns the Content-Security-Policy of a rendered page: nothing
// may load or run (no script, image, font, frame, form or base), except the
// page's own <style> elements and style attributes, each allowed by the
// SHA-256 of its text. The embedded notice data (a <script
// type="application/json"> block) is data, which no policy needs to allow.
func cspFor(page []byte) string {
	var hashes []string
	add := func(text string) {
		sum := sha256.Sum256([]byte(text))
		h := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
		if !slices.Contains(hashes, h) {
			hashes = append(hashes, h)
		}
	}
	rest := page
	for {
		i := bytes.Index(rest, []byte("<style"))
		if i < 0 {
			break
		}
		open := bytes.IndexByte(rest[i:], '>')
		end := bytes.Index(rest[i:], []byte("</style>"))
		if open < 0 || end < open {
			break
		}
		add(string(rest[i+open+1 : i+end]))
		rest = rest[i+end:]
	}
	attrs := 0
	for off := 0; ; {
		i := bytes.Index(page[off:], []byte(` style="`))
		if i < 0 {
			break
		}
		i += off
		off = i + len(` style="`)
		end := bytes.IndexByte(page[off:], '"')
		if end < 0 {
			break
		}
		// An attribute only inside a tag: the last '<' before it comes
		// after the last '>'.
		if bytes.LastIndexByte(page[:i], '<') > bytes.LastIndexByte(page[:i], '>') {
			add(html.UnescapeString(string(page[off : off+end])))
			attrs++
		}
		off += end
	}
	style := "'none'"
	if len(hashes) > 0 {
		style = strings.Join(hashes, " ")
		if attrs > 0 {
			style = "'unsafe-hashes' " + style
		}
	}
	return "default-src 'none'; style-src " + style + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
}
