package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/lawfulbasis"
)

// versionInfo is the JSON of `noticekit version --json`.
type versionInfo struct {
	Module    string `json:"module"`
	Version   string `json:"version"`            // "(devel)" when built from a clone without a tag
	Revision  string `json:"revision,omitempty"` // the commit, when built from a git checkout
	Modified  bool   `json:"modified,omitempty"` // the checkout had uncommitted changes
	GoVersion string `json:"go_version"`
	// LawDate is the latest day in the law's table of dates
	// (lawfulbasis.Dates): the law noticekit holds takes in the changes up
	// to that day (docs/law.md §1).
	LawDate     civil.Date `json:"law_date"`
	LawDateWhat string     `json:"law_date_what"`
}

// readBuildInfo is debug.ReadBuildInfo; tests replace it.
var readBuildInfo = debug.ReadBuildInfo

func runVersion(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("version", "[--json]", "Prints the module version noticekit was built from, and the latest date in its table of the\nlaw's dates: the law it holds takes in the changes up to that day.")
	asJSON := fs.Bool("json", false, "print JSON")
	if code, ok := parseFlagsOnly(fs, args, stdout, stderr); !ok {
		return code
	}
	v := versionInfo{Module: "github.com/noticekit/noticekit", Version: "(unknown)", GoVersion: runtime.Version()}
	if dates := lawfulbasis.Dates(); len(dates) > 0 {
		last := dates[len(dates)-1]
		v.LawDate, v.LawDateWhat = last.On, last.What+" ("+last.Citation+")"
	}
	if bi, ok := readBuildInfo(); ok {
		if bi.Main.Path != "" { // empty in a test binary
			v.Module, v.Version = bi.Main.Path, bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				v.Revision = s.Value
			case "vcs.modified":
				v.Modified = s.Value == "true"
			}
		}
	}
	if *asJSON {
		return writeJSON(stdout, stderr, "version", v)
	}
	fmt.Fprintf(stdout, "%s %s", v.Module, v.Version)
	if v.Revision != "" {
		fmt.Fprintf(stdout, " (commit %s", v.Revision)
		if v.Modified {
			fmt.Fprint(stdout, ", modified")
		}
		fmt.Fprint(stdout, ")")
	}
	fmt.Fprintf(stdout, ", built with %s\n", v.GoVersion)
	fmt.Fprintf(stdout, "law: its table of the law's dates runs to %s: %s (docs/law.md §1)\n", v.LawDate, v.LawDateWhat)
	return exitOK
}
