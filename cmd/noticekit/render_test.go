package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRender(t *testing.T) {
	tests := []struct {
		name string
		exit int
		args []string
	}{
		{"markdown", exitOK, []string{"render", "../../examples/stockport-soloprotect.json", "--format", "markdown", "--schedule", "../../examples/schedules/stockport-soloprotect.json"}},
		{"text-cy-no-welsh-version", exitOK, []string{"render", "--format", "text", "--lang", "cy", "../../examples/maidstone-parking-bwv.json"}},
		{"bad-format", exitUsage, []string{"render", "--format", "pdf", "../../examples/stockport-soloprotect.json"}},
		{"bad-lang", exitUsage, []string{"render", "--lang", "!!", "../../examples/stockport-soloprotect.json"}},
		{"no-file", exitUsage, []string{"render"}},
		{"two-files", exitUsage, []string{"render", "a.json", "b.json"}},
		{"invalid-notice", exitInvalid, []string{"render", "testdata/validate/bad-notice.json"}},
		{"examples-without-out", exitUsage, []string{"render", "--examples"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { golden(t, "render", tc.name, "", tc.exit, tc.args...) })
	}
}

func TestRenderFiles(t *testing.T) {
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"render", "--examples", "--out", dir}, nil, &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	if len(files) != 5 {
		t.Fatalf("%d pages written, want the 5 examples: %v", len(files), files)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(data, []byte("<!DOCTYPE html>")) || !bytes.Contains(data, []byte(`id="noticekit-data"`)) {
			t.Errorf("%s is not a rendered page", f)
		}
	}
	out := filepath.Join(dir, "frag.html")
	if code := run([]string{"render", "../../examples/staffordshire-opcc.json", "--fragment", "-o", out}, nil, &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	data, _ := os.ReadFile(out)
	if s := string(data); !strings.HasPrefix(strings.TrimSpace(s), "<article") || strings.Contains(s, "<html") {
		t.Errorf("--fragment wrote %.80q…", s)
	}
}
