// Package layers holds a test that keeps the module's imports as
// docs/architecture.md draws them: imports point down only, and the library uses only the
// standard library, golang.org/x/text and (in schema only) jsonschema/v5.
package layers

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/noticekit/noticekit/"

// allowed lists, for each library package, the packages of this module it
// may import, and the third-party import paths it may use (by prefix).
var allowed = map[string]struct {
	ours       []string
	thirdParty []string
}{
	"internal/jsonscan": {},                                    // the JSON scanner under strict and sweep
	"strict":            {ours: []string{"internal/jsonscan"}}, // the lowest layer: the one strict reader and the one located Problem
	"civil":             {ours: []string{"internal/enum"}},     // internal/enum is shared machinery, not a layer
	"internal/enum":     {},
	// internal/enumtest is used only by tests: it checks that every code
	// parser returns the exported UnknownCodeError.
	"internal/enumtest": {ours: []string{"internal/enum"}},
	// internal/docstest holds only tests: the docs stand alone and match
	// the code.
	"internal/docstest": {},
	"lawfulbasis":       {ours: []string{"civil", "internal/enum"}},
	"retention":         {ours: []string{"strict", "civil", "internal/enum", "retention/internal/ref"}}, // ref only in its tests
	// retention/internal/ref is the independent reference implementation
	// that retention's differential test compares Decide with: it imports
	// nothing of ours.
	"retention/internal/ref": {},
	"rights":                 {ours: []string{"civil", "lawfulbasis", "internal/enum"}},
	"schema":                 {ours: []string{"strict", "retention"}, thirdParty: []string{"github.com/santhosh-tekuri/jsonschema/v5"}},
	"notice": {ours: []string{"strict", "civil", "lawfulbasis", "retention", "rights", "schema", "internal/enum"},
		thirdParty: []string{"golang.org/x/text/"}},
	"sweep":    {ours: []string{"strict", "civil", "retention", "internal/jsonscan"}}, // above retention: records in, decisions out
	"examples": {thirdParty: []string{"golang.org/x/text/"}},                          // SourceOf matches language tags
	// internal/report builds the values the command prints with --json and
	// the service returns, so that one implementation serves both.
	"internal/report": {ours: []string{"strict", "civil", "lawfulbasis", "retention", "rights", "schema", "notice"}},
	// internal/serve is noticekit serve's handler, testable apart from the
	// command's flags and wiring.
	"internal/serve": {ours: []string{"strict", "civil", "lawfulbasis", "retention", "rights", "schema", "sweep", "notice", "render", "examples", "internal/report"}},
	"render": {ours: []string{"civil", "lawfulbasis", "retention", "rights", "notice"},
		thirdParty: []string{"golang.org/x/text/"}},
	"cmd/noticekit": {ours: []string{"strict", "civil", "lawfulbasis", "retention", "rights", "schema", "sweep", "notice", "examples", "render", "internal/enum", "internal/report", "internal/serve"},
		thirdParty: []string{"golang.org/x/text/"}},
}

func TestImports(t *testing.T) {
	root := filepath.Join("..", "..")
	for pkg, rule := range allowed {
		files, err := filepath.Glob(filepath.Join(root, pkg, "*.go"))
		if err != nil || len(files) == 0 {
			t.Errorf("%s: no Go files (%v)", pkg, err)
			continue
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue // tests may use go-cmp and the examples
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			af, err := parser.ParseFile(token.NewFileSet(), f, src, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range af.Imports {
				path, _ := strconv.Unquote(imp.Path.Value)
				switch {
				case strings.HasPrefix(path, module):
					if dep := strings.TrimPrefix(path, module); !slices.Contains(rule.ours, dep) {
						t.Errorf("%s imports %s: not allowed by the layers of docs/architecture.md", f, dep)
					}
				case !strings.Contains(strings.SplitN(path, "/", 2)[0], "."):
					// the standard library
				default:
					ok := false
					for _, p := range rule.thirdParty {
						ok = ok || path == p || strings.HasPrefix(path, p)
					}
					if !ok {
						t.Errorf("%s imports %s: the library may use only the standard library, x/text and (in schema) jsonschema/v5", f, path)
					}
				}
			}
		}
	}
}

// TestNoOtherPackages makes adding a package a deliberate act: docs/architecture.md
// fixes the package list.
func TestNoOtherPackages(t *testing.T) {
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && p != root || d.Name() == "testdata" || d.Name() == "bench" || d.Name() == "integration" || d.Name() == "e2e") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") {
			return nil
		}
		rel, _ := filepath.Rel(root, filepath.Dir(p))
		rel = filepath.ToSlash(rel)
		if _, ok := allowed[rel]; !ok && rel != "internal/layers" {
			t.Errorf("package %s is not in the package list of docs/architecture.md", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
