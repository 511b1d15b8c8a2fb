package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/internal/report"
	"github.com/noticekit/noticekit/strict"
)

// input is one document to process: a file, stdin, or an embedded example.
type input struct {
	name string
	data []byte
	err  *strict.Error // set instead of data for an input over the size limit
}

// readInputs reads the named files ("-" is stdin), each bounded by the
// schema's size limit so that no input makes the command read unbounded
// memory. With useExamples it returns the embedded example notices instead.
func readInputs(args []string, useExamples bool, stdin io.Reader) ([]input, error) {
	if useExamples {
		if len(args) > 0 {
			return nil, errors.New("give files or --examples, not both")
		}
		var out []input
		for _, e := range examples.All() {
			out = append(out, input{name: "examples/" + e.File, data: e.Data})
		}
		return out, nil
	}
	if len(args) == 0 {
		return nil, errors.New("no files: give FILE… (- for standard input) or --examples")
	}
	out := make([]input, 0, len(args))
	for _, a := range args {
		data, err := readBounded(a, stdin)
		var tooLarge *strict.Error
		if errors.As(err, &tooLarge) {
			out = append(out, input{name: a, err: tooLarge})
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, input{name: a, data: data})
	}
	return out, nil
}

// readBounded reads at most one byte more than the size limit, so that no
// input makes the command hold more. An input over the limit is not read
// further: the error is a *strict.Error with the problem the strict reader
// would give, naming the file's true size when it is a regular file.
func readBounded(name string, stdin io.Reader) ([]byte, error) {
	var r io.Reader = stdin
	var f *os.File
	if name != "-" {
		var err error
		if f, err = os.Open(name); err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, strict.DefaultMaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) <= strict.DefaultMaxBytes {
		return data, nil
	}
	// The strict reader places the problem; only the size it names is that
	// of the bounded read, so say the true size where it is known.
	var se *strict.Error
	if !errors.As(strict.Check(data, strict.Limits{}), &se) || len(se.Problems) != 1 {
		return nil, fmt.Errorf("%s: over %d bytes", name, strict.DefaultMaxBytes) // not expected
	}
	size := "document is" // a pipe: the rest is not read, so its size is unknown
	if f != nil {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fmt.Sprintf("document is %d bytes,", fi.Size())
		}
	}
	se.Problems[0].Message = fmt.Sprintf("%s over the limit of %d bytes; expected at most %d bytes", size, strict.DefaultMaxBytes, strict.DefaultMaxBytes)
	return nil, se
}

func runValidate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("validate", "[--json] FILE… | --examples",
		"Validates notices (and retention schedules, recognised by their \"$schema\").\nOutput: file:line:col: pointer: message, one line per problem. - reads standard input.")
	asJSON := fs.Bool("json", false, "write results as JSON")
	useExamples := fs.Bool("examples", false, "validate the bundled example notices and schedules")
	files, code, ok := parseFlags(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	ins, err := readInputs(files, *useExamples, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "noticekit validate: %v\n", err)
		return exitUsage
	}
	if *useExamples {
		for _, s := range examples.Schedules() {
			ins = append(ins, input{name: "examples/" + s.File, data: s.Data})
		}
	}
	status := exitOK
	results := make([]report.Validation, 0, len(ins))
	for _, in := range ins {
		kind, probs := "notice", []strict.Problem(nil)
		if in.err != nil {
			probs = in.err.Problems
		} else {
			kind, probs = report.ValidateDoc(in.data)
		}
		res := report.Validation{File: in.name, Kind: kind, Valid: len(probs) == 0, Problems: report.Problems(probs)}
		for _, p := range probs {
			if !*asJSON {
				fmt.Fprintf(stdout, "%s:%d:%d: %s: %s\n", in.name, p.Line, p.Column, pointerOrRoot(p.Pointer), p.Message)
			}
		}
		if len(probs) > 0 {
			status = exitInvalid
		} else if !*asJSON {
			fmt.Fprintf(stdout, "%s: valid %s\n", in.name, kind)
		}
		results = append(results, res)
	}
	if *asJSON {
		if code := writeJSON(stdout, stderr, "validate", results); code != exitOK {
			return code
		}
	}
	return status
}

func pointerOrRoot(p string) string {
	if p == "" {
		return "(document)"
	}
	return p
}
