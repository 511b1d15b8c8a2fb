package render

import (
	"html/template"
	"strconv"
)

// css is the page's only style: inline, no external asset. Colours meet
// WCAG 2.2 AA contrast on white (text #0b0c0c 19:1, links #1d4f91 8:1,
// citations #505a5f 7:1); links are underlined, so no information is carried
// by colour alone; widths are relative, so the page reflows at 320 px and at
// 400 % zoom; the print rules open every second layer.
const css = `
.nk{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1rem;line-height:1.5;color:#0b0c0c;background:#fff;max-width:48rem;margin:0 auto;padding:1rem;overflow-wrap:anywhere}
.nk h1,.nk h2,.nk h3,.nk h4,.nk h5,.nk h6{line-height:1.25;margin:1.5rem 0 .5rem}
.nk h1{font-size:2rem}.nk h2{font-size:1.5rem;border-top:2px solid #b1b4b6;padding-top:1rem}.nk h3{font-size:1.25rem}.nk h4,.nk h5,.nk h6{font-size:1.125rem}
.nk a{color:#1d4f91;text-decoration:underline;text-underline-offset:.15em}
.nk a:visited{color:#4c2c92}
.nk a:hover{text-decoration-thickness:3px}
.nk a:focus-visible,.nk summary:focus-visible{outline:3px solid #0b0c0c;outline-offset:2px;background:#ffdd00;color:#0b0c0c}
.nk dl{margin:.25rem 0}
.nk dt{font-weight:700;margin-top:.5rem}
.nk dd{margin:0 0 .25rem 1rem}
.nk dd dl{border-left:2px solid #b1b4b6;padding-left:.75rem}
.nk .w{white-space:pre-line}
.nk .cite{color:#505a5f;font-size:.9375em}
.nk .interp{display:block;margin:.25rem 0;padding:.25rem .5rem;border-left:4px solid #505a5f;background:#f3f2f1}
.nk details{margin:.75rem 0;border-left:4px solid #b1b4b6;padding-left:1rem}
.nk summary{cursor:pointer;font-weight:700;color:#1d4f91;text-decoration:underline;padding:.25rem 0}
.nk details[open]>summary{margin-bottom:.5rem}
@media print{
.nk{max-width:none;padding:0;font-size:11pt}
.nk details::details-content{content-visibility:visible;display:block}
.nk details{border:0;padding:0}
.nk summary{display:none}
.nk a{color:#0b0c0c}
.nk a[href^="http"]::after{content:" (" attr(href) ")";font-size:.9em}
.nk h2{break-after:avoid}
}
`

var htmlTemplates = template.Must(template.New("render").Funcs(template.FuncMap{
	"hopen": func(level int, id string) template.HTML {
		if level > 6 {
			level = 6
		}
		attr := ""
		if id != "" {
			attr = ` id="` + template.HTMLEscapeString(id) + `"`
		}
		return template.HTML("<h" + strconv.Itoa(level) + attr + ">")
	},
	"hclose": func(level int) template.HTML {
		if level > 6 {
			level = 6
		}
		return template.HTML("</h" + strconv.Itoa(level) + ">")
	},
	// url marks an address that safeURL (or the page itself, for "#…"
	// anchors) has already checked.
	"url": func(s string) template.URL { return template.URL(s) },
}).Parse(`
{{- define "tx"}}{{if .Lang}}<span lang="{{.Lang}}">{{.S}}</span>{{else}}{{.S}}{{end}}{{end}}
{{- define "item"}}
{{- if .Href}}<a href="{{url .Href}}">{{with .Prefix}}{{template "tx" .}}: {{end}}{{template "tx" .T}}</a>
{{- else if .Time}}<time datetime="{{.Time}}">{{template "tx" .T}}</time>
{{- else if .Data}}<data value="{{.Data}}">{{template "tx" .T}}</data>
{{- else if .Words}}<span class="w"{{if .T.Lang}} lang="{{.T.Lang}}"{{end}}>{{.T.S}}</span>
{{- else}}{{template "tx" .T}}{{end}}
{{- if .Cite}} <span class="cite"{{if .CiteLang}} lang="{{.CiteLang}}"{{end}}>({{.Cite}})</span>{{end}}
{{- with .Interp}} <span class="interp"><strong>{{template "tx" .Label}}:</strong> {{template "tx" .Reason}}</span>{{end}}
{{- if .Sub}}{{template "fields" .Sub}}{{end}}
{{- end}}
{{- define "fields"}}
<dl>
{{- range .}}
<dt>{{template "tx" .Label}}</dt>
{{- range .Items}}
<dd{{if .ID}} id="{{.ID}}"{{end}}>{{template "item" .}}</dd>
{{- end}}
{{- end}}
</dl>
{{- end}}
{{- define "section"}}
<section id="{{.ID}}">
{{hopen .Level ""}}{{template "tx" .Heading}}{{hclose .Level}}
{{- if .Fields}}{{template "fields" .Fields}}{{end}}
{{- if .Fold}}{{if .Subs}}
<details>
<summary>{{template "tx" .Summary}}</summary>
{{- range .Subs}}{{template "section" .}}{{end}}
</details>
{{- end}}{{else}}{{range .Subs}}{{template "section" .}}{{end}}{{end}}
</section>
{{- end}}
{{- define "article"}}
<article class="nk"{{if .Fragment}} lang="{{.Lang}}"{{end}}>
{{- if .Fragment}}
<style>` + css + `</style>
{{- end}}
<script type="application/json" id="noticekit-data">{{.JSON}}</script>
{{hopen .Level ""}}{{template "tx" .Title}}{{hclose .Level}}
{{- if .Meta}}{{template "fields" .Meta}}{{end}}
{{- range .Sections}}{{template "section" .}}{{end}}
</article>
{{- end}}
{{- define "fragment"}}{{template "article" .}}
{{end}}
{{- define "page"}}<!DOCTYPE html>
<html lang="{{.Lang}}" dir="{{.Dir}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title.S}}</title>
<style>body{margin:0;background:#fff}` + css + `</style>
</head>
<body>
<main>
{{- template "article" .}}
</main>
</body>
</html>
{{end}}`))
