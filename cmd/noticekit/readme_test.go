package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readmeCommand is one command line of the README with the output it shows.
type readmeCommand struct {
	line int      // where the command stands in README.md
	args []string // after "noticekit"
	want []string // the lines shown after it; "…" stands for any lines
	exit int      // for a quick-start command: the exit status it must have; -1 for any
}

// readmeCommands returns the README's `$ noticekit …` lines in ```console
// blocks, with the output shown under each, and its `go run
// ./cmd/noticekit …` lines in ```sh blocks, which must succeed.
func readmeCommands(t *testing.T, readme string) []readmeCommand {
	t.Helper()
	var cmds []readmeCommand
	block := ""
	lines := strings.Split(readme, "\n")
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		start := i
		for block == "sh" && strings.HasSuffix(line, "\\") && i+1 < len(lines) { // a continued line
			i++
			line = strings.TrimSuffix(line, "\\") + " " + strings.TrimSpace(lines[i])
		}
		switch {
		case strings.HasPrefix(line, "```") && block == "":
			block = strings.TrimPrefix(line, "```")
			if block == "" {
				block = "text"
			}
			continue
		case strings.HasPrefix(line, "```"):
			block = ""
			continue
		}
		switch block {
		case "console":
			if rest, ok := strings.CutPrefix(line, "$ noticekit "); ok {
				rest, _, _ = strings.Cut(rest, " #") // a comment
				cmds = append(cmds, readmeCommand{line: start + 1, args: strings.Fields(rest), exit: -1})
			} else if strings.HasPrefix(line, "$ ") {
				t.Errorf("README.md:%d: a console line that is not a noticekit command: %s", start+1, line)
			} else if len(cmds) > 0 {
				c := &cmds[len(cmds)-1]
				c.want = append(c.want, line)
			}
		case "sh":
			if rest, ok := strings.CutPrefix(line, "go run ./cmd/noticekit "); ok {
				rest, _, _ = strings.Cut(rest, " #") // a comment
				cmds = append(cmds, readmeCommand{line: start + 1, args: strings.Fields(rest), exit: exitOK})
			}
		}
	}
	return cmds
}

// TestREADME runs every noticekit command the README shows, from the root
// of the repository as a reader of the README would, and checks that it
// prints what the README says it prints (a "…" line stands for lines left
// out) and that the quick start's commands succeed.
func TestREADME(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	cmds := readmeCommands(t, string(readme))
	if len(cmds) < 3 {
		t.Fatalf("README.md shows %d noticekit commands; expected its examples", len(cmds))
	}
	out := t.TempDir()
	t.Chdir(filepath.Join("..", ".."))
	for _, c := range cmds {
		// A command that writes files (-o, --out) writes them to a
		// temporary directory instead of the repository.
		for i := 0; i+1 < len(c.args); i++ {
			if c.args[i] == "-o" || c.args[i] == "--out" {
				c.args[i+1] = filepath.Join(out, c.args[i+1])
			}
		}
		var stdout, stderr bytes.Buffer
		code := run(c.args, strings.NewReader(""), &stdout, &stderr)
		if c.exit >= 0 && code != c.exit {
			t.Errorf("README.md:%d: noticekit %s: exit %d, want %d\nstderr:\n%s", c.line, strings.Join(c.args, " "), code, c.exit, stderr.String())
		}
		if code == exitUsage {
			t.Errorf("README.md:%d: noticekit %s: usage or I/O error:\n%s", c.line, strings.Join(c.args, " "), stderr.String())
		}
		if miss := unmatched(c.want, strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")); miss != "" {
			t.Errorf("README.md:%d: noticekit %s: the README shows %q, which the command does not print there; it prints:\n%s",
				c.line, strings.Join(c.args, " "), miss, stdout.String())
		}
	}
}

// unmatched returns the first line of want that got does not have in
// order, where "…" in want skips any number of lines of got; "" when all
// match.
func unmatched(want, got []string) string {
	for len(want) > 0 && want[len(want)-1] == "" {
		want = want[:len(want)-1]
	}
	j := 0
	skip := false
	for _, w := range want {
		if w == "…" {
			skip = true
			continue
		}
		for j < len(got) && got[j] != w && skip {
			j++
		}
		if j >= len(got) || got[j] != w {
			return w
		}
		j++
		skip = false
	}
	if !skip && j < len(got) && len(want) > 0 {
		return "(nothing after " + want[len(want)-1] + ")"
	}
	return ""
}

func TestUnmatched(t *testing.T) {
	got := []string{"a", "b", "c", "d"}
	tests := []struct {
		want []string
		miss string
	}{
		{[]string{"a", "b", "c", "d"}, ""},
		{[]string{"a", "…", "d"}, ""},
		{[]string{"a", "…"}, ""},
		{[]string{"…", "c", "d"}, ""},
		{[]string{"a", "c"}, "c"},
		{[]string{"a", "b"}, "(nothing after b)"},
		{[]string{"a", "…", "x"}, "x"},
		{[]string{"b"}, "b"},
	}
	for _, tt := range tests {
		if got := unmatched(tt.want, got); got != tt.miss {
			t.Errorf("unmatched(%q) = %q, want %q", tt.want, got, tt.miss)
		}
	}
}
