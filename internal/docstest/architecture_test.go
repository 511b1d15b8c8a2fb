package docstest

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestArchitectureListsEveryPackage: docs/architecture.md names every
// package of the module, in its diagram (a line beginning with the name) or
// in a table (the name in backticks), and every nested module.
func TestArchitectureListsEveryPackage(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash("docs/architecture.md")))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	var pkgs []string
	err = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "node_modules") {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil && rel != "." {
				pkgs = append(pkgs, rel+"/") // a nested module, named as a directory
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(p, ".go") {
			dir := filepath.ToSlash(filepath.Dir(rel))
			if len(pkgs) == 0 || pkgs[len(pkgs)-1] != dir {
				pkgs = append(pkgs, dir)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pkgs {
		inDiagram := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(p) + `\s`).MatchString(doc)
		if !inDiagram && !strings.Contains(doc, "`"+p+"`") {
			t.Errorf("docs/architecture.md does not name %s", p)
		}
	}
}
