package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// versionInfo is the JSON of `noticekit version --json`.
type versionInfo struct {
	Module    string `json:"module"`
	Version   string `json:"version"`            // "(devel)" when built from a clone without a tag
	Revision  string `json:"revision,omitempty"` // the commit, when built from a git checkout
	Modified  bool   `json:"modified,omitempty"` // the checkout had uncommitted changes
	GoVersion string `json:"go_version"`
}

// readBuildInfo is debug.ReadBuildInfo; tests replace it.
var readBuildInfo = debug.ReadBuildInfo

func runVersion(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("version", "[--json]", "Prints the module version noticekit was built from.")
	asJSON := fs.Bool("json", false, "print JSON")
	operands, code, ok := parseFlags(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	if len(operands) > 0 {
		fmt.Fprintf(stderr, "noticekit version: unexpected argument %q: version takes flags only\n", operands[0])
		return exitUsage
	}
	v := versionInfo{Module: "github.com/noticekit/noticekit", Version: "(unknown)", GoVersion: runtime.Version()}
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
	return exitOK
}
