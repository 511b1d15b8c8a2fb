// Command noticekit validates and checks privacy notices, tells which
// data-subject rights apply and by when a request must be answered, and
// decides which records may be deleted under a retention schedule.
//
// Usage:
//
//	noticekit validate FILE…            check notices against the schema
//	noticekit check FILE…               what the law requires a notice to say
//	noticekit rights --regime R --basis B [--on D]
//	noticekit deadline --received D [flags]
//	noticekit retention decide --schedule S.json [--today D] [RECORDS…]
//	noticekit retention facts --schedule S.json
//	noticekit retention sql --schedule S.json --dialect postgres|duckdb
//	noticekit render FILE [--format html|markdown|text] [--lang en|cy] [--fragment] [-o OUT]
//	noticekit serve [--addr 127.0.0.1:8080] [--schedules DIR] [--notices DIR] [--token-file F]
//	noticekit version
//
// Most commands take --json for machine output; every command takes -h for
// its flags. The contract is in docs/architecture.md.
// Flags may come before or after file names; "--" ends the flags. Exit
// status: 0 success; 1 the input is invalid or a finding of severity error;
// 2 usage or I/O error, including a failure to write the output.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/noticekit/noticekit/internal/report"
)

// Exit statuses shared by every command.
const (
	exitOK      = 0
	exitInvalid = 1
	exitUsage   = 2
)

// command is one subcommand. run gets the arguments after the command's
// name and returns the exit status; it never calls os.Exit, so tests can
// drive it.
type command struct {
	name    string // "check", or a group and a subcommand: "retention decide"
	summary string
	run     func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

// commands is every command, in the order the usage lists them. To add
// one, add a line here; a name of two words puts it under a group
// ("retention decide" is run as noticekit retention decide).
var commands = []command{
	{"validate", "check notices and retention schedules against their schemas", runValidate},
	{"check", "report what a notice fails to say, or says against the law", runCheck},
	{"rights", "which data-subject rights apply (regime × basis × date)", runRights},
	{"deadline", "the date a rights request must be answered by", runDeadline},
	{"retention decide", "decide which records may be disposed of under a retention schedule", runRetentionDecide},
	{"retention facts", "the facts a retention schedule declares, and the CSV header an extract must produce", runRetentionFacts},
	{"retention sql", "print the SQL that decides a records table in PostgreSQL or DuckDB", runRetentionSQL},
	{"render", "write a notice as people read it: layered HTML, Markdown or text", runRender},
	{"serve", "answer validate, check, rights, deadline and decide over HTTP", runServe},
	{"version", "the module version and the date of the law it holds", runVersion},
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// Text output is written as it is produced; a write that failed (a full
	// disk, a closed pipe) makes the whole run a failure.
	out := &outputWriter{w: stdout}
	name, code := dispatch(args, stdin, out, stderr)
	if out.err != nil && code != exitUsage {
		fmt.Fprintf(stderr, "%s: writing output: %v\n", name, out.err)
		return exitUsage
	}
	return code
}

// dispatch runs the command that args name and returns its name, as its
// messages begin ("noticekit check"), and its exit status.
func dispatch(args []string, stdin io.Reader, stdout, stderr io.Writer) (string, int) {
	if len(args) == 0 {
		usage(stderr, "", commands)
		return "noticekit", exitUsage
	}
	if isHelp(args[0]) {
		usage(stdout, "", commands)
		return "noticekit", exitOK
	}
	c, rest, ok := lookup(args, stderr)
	if !ok {
		return "noticekit", exitUsage
	}
	return "noticekit " + c.name, c.run(rest, stdin, stdout, stderr)
}

// lookup finds the command that args name, returning it and the arguments
// after its name. A group name alone, or with -h, lists the group's
// commands; an unknown name is reported on stderr.
func lookup(args []string, stderr io.Writer) (command, []string, bool) {
	for _, c := range commands {
		if c.name == args[0] {
			return c, args[1:], true
		}
	}
	group := commandsIn(args[0])
	if len(group) == 0 {
		fmt.Fprintf(stderr, "noticekit: unknown command %q; run 'noticekit -h' for the list\n", args[0])
		return command{}, nil, false
	}
	if len(args) > 1 && !isHelp(args[1]) {
		for _, c := range group {
			if c.name == args[0]+" "+args[1] {
				return c, args[2:], true
			}
		}
		fmt.Fprintf(stderr, "noticekit %s: unknown subcommand %q; run 'noticekit %s -h' for the list\n", args[0], args[1], args[0])
		return command{}, nil, false
	}
	help := len(args) > 1
	return command{name: args[0], run: func(_ []string, _ io.Reader, stdout, stderr io.Writer) int {
		if help {
			usage(stdout, args[0], group)
			return exitOK
		}
		usage(stderr, args[0], group)
		return exitUsage
	}}, nil, true
}

// commandsIn returns the commands of a group: those named "group …".
func commandsIn(group string) []command {
	var out []command
	for _, c := range commands {
		if strings.HasPrefix(c.name, group+" ") {
			out = append(out, c)
		}
	}
	return out
}

func isHelp(arg string) bool {
	return arg == "-h" || arg == "-help" || arg == "--help" || arg == "help"
}

func usage(w io.Writer, group string, cs []command) {
	prefix := "noticekit"
	if group != "" {
		prefix += " " + group
	}
	fmt.Fprintf(w, "usage: %s COMMAND [flags] [args]\n\ncommands:\n", prefix)
	for _, c := range cs {
		name := strings.TrimPrefix(c.name, group+" ")
		fmt.Fprintf(w, "  %-17s %s\n", name, c.summary)
	}
	fmt.Fprintf(w, "\nRun '%s COMMAND -h' for a command's flags. Exit status: 0 ok, 1 invalid input or error finding, 2 usage or I/O error.\n", prefix)
}

// outputWriter passes writes to w and keeps the first error, so that a run
// whose output could not be written exits 2 even where the command writes
// text without checking each write. After an error it writes nothing more.
type outputWriter struct {
	w   io.Writer
	err error
}

func (o *outputWriter) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err != nil {
		o.err = err
	}
	return n, err
}

// writeJSON writes v to w as indented JSON without HTML escaping, the form
// every command's --json output takes. It returns exitOK, or exitUsage after
// reporting a write error on stderr as "noticekit CMD: …".
func writeJSON(w, stderr io.Writer, cmd string, v any) int {
	if err := report.Encode(w, v); err != nil {
		fmt.Fprintf(stderr, "noticekit %s: writing output: %v\n", cmd, err)
		return exitUsage
	}
	return exitOK
}
