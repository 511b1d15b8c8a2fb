package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"golang.org/x/text/language"

	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/internal/report"
	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/render"
	"github.com/noticekit/noticekit/retention"
	"github.com/noticekit/noticekit/schema"
	"github.com/noticekit/noticekit/strict"
)

// renderFormats maps --format to a renderer and a file extension.
var renderFormats = map[string]struct {
	write func(io.Writer, *notice.Notice, render.Options) error
	ext   string
}{
	"html":     {render.HTML, ".html"},
	"markdown": {render.Markdown, ".md"},
	"text":     {render.Text, ".txt"},
}

func runRender(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("render", "FILE [--format html|markdown|text] [--lang en|cy] [--fragment] [--schedule S.json]… [-o OUT]\n       noticekit render --examples --out DIR [--format F] [--lang L]",
		"Writes a notice as people read it: a layered HTML page (or, with --fragment, an\n<article> to embed), Markdown or plain text. - reads standard input.")
	format := renderFormat("html")
	fs.TextVar(&format, "format", format, "`format`: html, markdown or text")
	lang := fs.String("lang", "", "the reader's language: en, cy, or an Accept-Language value (default: the notice's language)")
	fragment := fs.Bool("fragment", false, "HTML: an embeddable <article> instead of a full page")
	out := fs.String("o", "", "write to this file instead of standard output")
	outDir := fs.String("out", "", "with --examples: the directory to write every example to")
	useExamples := fs.Bool("examples", false, "render the bundled example notices (with --out DIR)")
	var schedules multiFlag
	fs.Var(&schedules, "schedule", "a retention schedule the notice links to, to show its periods (repeatable)")
	files, code, ok := parseFlags(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	f := renderFormats[string(format)] // renderFormat.UnmarshalText allows only its keys
	if _, _, err := language.ParseAcceptLanguage(*lang); err != nil {
		fmt.Fprintf(stderr, "noticekit render: --lang %q: want en, cy or an Accept-Language value: %v\n", *lang, err)
		return exitUsage
	}
	opts := render.Options{Languages: *lang, Fragment: *fragment}
	if *useExamples {
		if len(files) > 0 || *out != "" || *outDir == "" || len(schedules) > 0 {
			fmt.Fprintln(stderr, "noticekit render: --examples takes --out DIR and no FILE, -o or --schedule")
			return exitUsage
		}
		return renderExamples(f.write, f.ext, opts, *outDir, stdout, stderr)
	}
	if len(files) != 1 || *outDir != "" {
		fmt.Fprintf(stderr, "noticekit render: give one FILE (or --examples --out DIR); run 'noticekit render -h' for usage\n")
		return exitUsage
	}
	for _, s := range schedules {
		def, err := readSchedule(s, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "noticekit render: %v\n", err)
			return exitUsage
		}
		opts.Schedules = append(opts.Schedules, def)
	}
	data, err := readBounded(files[0], stdin)
	var se *strict.Error
	if err != nil && !errors.As(err, &se) {
		fmt.Fprintf(stderr, "noticekit render: %v\n", err)
		return exitUsage
	}
	var n *notice.Notice
	if err == nil {
		n, err = notice.Parse(data)
	}
	if err != nil {
		for _, p := range report.ProblemsOf(data, err) {
			fmt.Fprintf(stderr, "%s:%d:%d: %s: %s\n", files[0], p.Line, p.Column, pointerOrRoot(p.Pointer), p.Message)
		}
		return exitInvalid
	}
	var buf bytes.Buffer
	if err := f.write(&buf, n, opts); err != nil {
		fmt.Fprintf(stderr, "noticekit render: %s: %v\n", files[0], err)
		return exitInvalid
	}
	if *out == "" {
		if _, err := stdout.Write(buf.Bytes()); err != nil {
			fmt.Fprintf(stderr, "noticekit render: writing output: %v\n", err)
			return exitUsage
		}
		return exitOK
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintf(stderr, "noticekit render: %v\n", err)
		return exitUsage
	}
	return exitOK
}

// readSchedule reads and parses a retention schedule for its rules' periods.
func readSchedule(name string, stdin io.Reader) (*retention.Definition, error) {
	data, err := readBounded(name, stdin)
	if err != nil {
		return nil, err
	}
	def, _, err := schema.LoadSchedule(data)
	if err != nil {
		return nil, fmt.Errorf("%s is not valid:\n%v", name, err)
	}
	return def, nil
}

// renderExamples writes every bundled example notice to dir, with the
// bundled schedules its retention statements link to.
func renderExamples(write func(io.Writer, *notice.Notice, render.Options) error, ext string, opts render.Options, dir string, stdout, stderr io.Writer) int {
	for _, s := range examples.Schedules() {
		def, _, err := schema.LoadSchedule(s.Data)
		if err != nil {
			fmt.Fprintf(stderr, "noticekit render: examples/%s: %v\n", s.File, err)
			return exitInvalid
		}
		opts.Schedules = append(opts.Schedules, def)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(stderr, "noticekit render: %v\n", err)
		return exitUsage
	}
	for _, e := range examples.All() {
		n, err := notice.Parse(e.Data)
		if err != nil {
			fmt.Fprintf(stderr, "noticekit render: examples/%s: %v\n", e.File, err)
			return exitInvalid
		}
		var buf bytes.Buffer
		if err := write(&buf, n, opts); err != nil {
			fmt.Fprintf(stderr, "noticekit render: examples/%s: %v\n", e.File, err)
			return exitInvalid
		}
		path := filepath.Join(dir, e.ID+ext)
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			fmt.Fprintf(stderr, "noticekit render: %v\n", err)
			return exitUsage
		}
		fmt.Fprintln(stdout, path)
	}
	return exitOK
}
