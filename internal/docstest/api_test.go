package docstest

import (
	"go/ast"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var (
	apiHeading = regexp.MustCompile("^## `([a-z0-9/]+)`")
	apiName    = regexp.MustCompile("`([A-Z][A-Za-z0-9_]*(?:\\.[A-Z][A-Za-z0-9_]*)?)`")
)

// apiDoc reads docs/api.md: for each package heading (## `civil`), the
// names in the first cell of its table rows, each of which must give a
// reason in the second cell.
func apiDoc(t *testing.T) map[string][]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash("docs/api.md")))
	if err != nil {
		t.Fatal(err)
	}
	doc := map[string][]string{}
	pkg := ""
	for i, line := range strings.Split(string(data), "\n") {
		if m := apiHeading.FindStringSubmatch(line); m != nil {
			pkg = m[1]
			doc[pkg] = []string{}
			continue
		}
		if pkg == "" || !strings.HasPrefix(line, "|") || strings.HasPrefix(line, "|---") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		if len(cells) < 2 || strings.TrimSpace(cells[0]) == "name" {
			continue
		}
		names := apiName.FindAllStringSubmatch(cells[0], -1)
		if len(names) == 0 || len(strings.TrimSpace(cells[1])) < 10 {
			t.Errorf("docs/api.md:%d: a row needs backticked names and a reason: %s", i+1, line)
		}
		for _, n := range names {
			doc[pkg] = append(doc[pkg], n[1])
		}
	}
	for p := range doc {
		slices.Sort(doc[p])
	}
	return doc
}

// TestAPIDoc keeps docs/api.md in step with the exported names of every
// library package: each name go doc shows is listed, with a reason, under
// its package, and nothing else is.
func TestAPIDoc(t *testing.T) {
	doc := apiDoc(t)
	fset := token.NewFileSet()
	pkgs := libraryPackages(t)
	for _, pkg := range pkgs {
		got := exports(parsePackage(t, fset, pkg))
		listed, ok := doc[pkg]
		if !ok {
			t.Errorf("docs/api.md has no section ## `%s`; its exports: %s", pkg, strings.Join(got, ", "))
			continue
		}
		var missing, extra, twice []string
		for i, n := range listed {
			if i > 0 && listed[i-1] == n {
				twice = append(twice, n)
			}
		}
		for _, n := range got {
			if !slices.Contains(listed, n) {
				missing = append(missing, n)
			}
		}
		for _, n := range slices.Compact(slices.Clone(listed)) {
			if !slices.Contains(got, n) {
				extra = append(extra, n)
			}
		}
		if len(missing) > 0 {
			t.Errorf("%s: exported but not in docs/api.md: %s", pkg, strings.Join(missing, ", "))
		}
		if len(extra) > 0 {
			t.Errorf("%s: in docs/api.md but not exported: %s", pkg, strings.Join(extra, ", "))
		}
		if len(twice) > 0 {
			t.Errorf("%s: listed twice in docs/api.md: %s", pkg, strings.Join(twice, ", "))
		}
	}
	for p := range doc {
		if !slices.Contains(pkgs, p) {
			t.Errorf("docs/api.md has a section for %s, which is not a library package", p)
		}
	}
}

// TestNoExportedVariables: no library package exports a variable, which
// any caller could change under every other (setting a location to nil, or
// appending to a table). Tables are functions returning copies; sentinel
// errors are constants of an error type.
func TestNoExportedVariables(t *testing.T) {
	fset := token.NewFileSet()
	for _, pkg := range libraryPackages(t) {
		for _, f := range parsePackage(t, fset, pkg) {
			for _, d := range f.Decls {
				g, ok := d.(*ast.GenDecl)
				if !ok || g.Tok != token.VAR {
					continue
				}
				for _, s := range g.Specs {
					for _, n := range s.(*ast.ValueSpec).Names {
						if n.IsExported() {
							t.Errorf("%s: exported variable %s (%s)", pkg, n.Name, fset.Position(n.Pos()))
						}
					}
				}
			}
		}
	}
}
