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
//
// Every command takes --json for machine output. Exit status: 0 success;
// 1 the input is invalid or a finding of severity error; 2 usage or I/O error.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/noticekit/noticekit/internal/report"
)

// Exit statuses shared by every command.
const (
	exitOK      = 0
	exitInvalid = 1
	exitUsage   = 2
)

// command is one subcommand. run gets the arguments after the command name
// and returns the exit status; it never calls os.Exit, so tests can drive it.
type command struct {
	name    string
	summary string
	run     func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

// commands is filled by each command's file in an init function, so that the
// commands can be written independently.
var commands []command

func register(c command) { commands = append(commands, c) }

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(args[1:], stdin, stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "noticekit: unknown command %q\n", args[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: noticekit COMMAND [flags] [args]")
	fmt.Fprintln(w, "\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'noticekit COMMAND -h' for a command's flags. Exit status: 0 ok, 1 invalid input or error finding, 2 usage or I/O error.")
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
