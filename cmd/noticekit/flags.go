package main

// The flag handling every command shares: -h prints the command's usage on
// standard output and exits 0; a mistyped flag is one line on standard
// error with the -h hint and exits 2; flags may follow file names.

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/noticekit/noticekit/civil"
)

// newFlagSet returns the flag set of "noticekit NAME". Its usage is
// "usage: noticekit NAME SYNOPSIS", then about (when not empty), then the
// flags, written to the set's output.
func newFlagSet(name, synopsis, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "usage: noticekit %s %s\n", name, synopsis)
		if about != "" {
			fmt.Fprintf(w, "\n%s\n", strings.TrimRight(about, "\n"))
		}
		fmt.Fprintln(w, "\nFlags:")
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args with fs and returns the operands (the arguments
// that are not flags), in order. Flags may come before, between or after
// operands; "--" ends the flags, and "-" is an operand (standard input).
// When ok is false the command stops with code: exitOK after -h printed the
// usage on stdout, exitUsage after a flag error was reported on stderr as
// one line naming the flag, with the hint to run -h.
func parseFlags(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (operands []string, code int, ok bool) {
	fs.SetOutput(io.Discard) // the flag package's own messages are replaced below
	defer fs.SetOutput(stderr)
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fs.Usage()
			return nil, exitOK, false
		}
		if err != nil {
			fmt.Fprintf(stderr, "noticekit %s: %s; run 'noticekit %s -h' for usage\n", fs.Name(), flagError(fs, err), fs.Name())
			return nil, exitUsage, false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return operands, exitOK, true
		}
		// The flag package stops at the first operand, or after "--",
		// which it consumes. (A flag whose value is "--", as in
		// --schedule --, is read as the end of the flags too.)
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(operands, rest...), exitOK, true
		}
		operands = append(operands, rest[0])
		args = rest[1:]
	}
}

// parseFlagsOnly is parseFlags for a command that takes no operands: an
// operand, wherever it stands, is reported as unexpected.
func parseFlagsOnly(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (code int, ok bool) {
	operands, code, ok := parseFlags(fs, args, stdout, stderr)
	if ok && len(operands) > 0 {
		fmt.Fprintf(stderr, "noticekit %s: unexpected argument %q: %s takes flags only\n", fs.Name(), operands[0], fs.Name())
		return exitUsage, false
	}
	return code, ok
}

// flagRef matches a flag as the flag package's errors write it (-name).
var flagRef = regexp.MustCompile(`(^|[ :])-([A-Za-z0-9][A-Za-z0-9_.-]*)`)

// flagError rewrites an error of the flag package in the command line's own
// terms: flags written --name, an unknown flag named as such with the
// nearest defined flag suggested.
func flagError(fs *flag.FlagSet, err error) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		name = strings.TrimPrefix(name, "-")
		msg = fmt.Sprintf("unknown flag --%s", name)
		if near := nearestFlag(fs, name); near != "" {
			msg += fmt.Sprintf(" (did you mean --%s?)", near)
		}
		return msg
	}
	// invalid value "x" for flag -name: why → --name: why (the flag
	// package's form quotes the value twice when why quotes it too)
	if rest, ok := strings.CutPrefix(msg, "invalid value "); ok {
		value, after, ok1 := strings.Cut(rest, " for flag -")
		name, why, ok2 := strings.Cut(after, ": ")
		if ok1 && ok2 {
			if strings.Contains(why, value) {
				return fmt.Sprintf("--%s: %s", name, why)
			}
			return fmt.Sprintf("--%s: invalid value %s: %s", name, value, why)
		}
	}
	return flagRef.ReplaceAllString(msg, "$1--$2")
}

// nearestFlag returns the defined flag closest to name, if one is within two
// edits of it or starts with it; otherwise "".
func nearestFlag(fs *flag.FlagSet, name string) string {
	best, bestDist := "", 3
	fs.VisitAll(func(f *flag.Flag) {
		d := editDistance(name, f.Name)
		if strings.HasPrefix(f.Name, name) && d > 0 {
			d = 1
		}
		if d < bestDist {
			best, bestDist = f.Name, d
		}
	})
	return best
}

// editDistance is the Levenshtein distance between a and b, in bytes (flag
// names are ASCII).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// warnToday warns on stderr when a --today given for a retention decision is
// after the clock's today. Deciding as of a later day is a forecast: a
// record shown eligible on that day may not be disposed of before it, and a
// far-off day (9999-12-31) shows nearly every record eligible. The sensible
// range for a disposal run is up to today; earlier days re-run past sweeps
// and need no warning.
//
// A day before the first date of the law's table (GDPR applying, 25 May
// 2018) is before any law this version knows, and so before any schedule
// it reads could mean: that warns too.
func warnToday(stderr io.Writer, cmd string, day, clock civil.Date) {
	if first, _ := lawKnown(); day.Before(first) {
		fmt.Fprintf(stderr, "noticekit %s: warning: --today %s is before %s, the earliest law this version of noticekit knows: a schedule cannot mean that day, and records dated after it cannot be decided; expected a day from %s to %s\n",
			cmd, day, first, first, clock)
		return
	}
	if !day.After(clock) {
		return
	}
	fmt.Fprintf(stderr, "noticekit %s: warning: --today %s is after today (%s, London): the decisions are a forecast for that day; expected a day up to %s for a disposal run, since a record shown eligible may not be disposed of before the day it is decided for\n",
		cmd, day, clock, clock)
}
