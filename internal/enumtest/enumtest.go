// Package enumtest checks, for the tests of a package with closed code
// sets, that every code parser returns the package's exported
// UnknownCodeError for a code outside its set.
package enumtest

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/noticekit/noticekit/internal/enum"
)

// CodeParsers returns the names of the exported functions of the package in
// dir (test files aside) whose body calls enum.Parse: the package's code
// parsers, such as ParseRegime.
func CodeParsers(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	fset := token.NewFileSet()
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv != nil || !fn.Name.IsExported() || fn.Body == nil {
				continue
			}
			if callsEnumParse(fn.Body) {
				names = append(names, fn.Name.Name)
			}
		}
	}
	slices.Sort(names)
	return names
}

func callsEnumParse(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if ok && sel.Sel.Name == "Parse" {
			if id, ok := sel.X.(*ast.Ident); ok && id.Name == "enum" {
				found = true
			}
		}
		return !found
	})
	return found
}

// CheckUnknown checks that parsers names every code parser of the package
// in dir, and that each, given a code outside its set, returns an error that
// errors.As finds as an *enum.UnknownError (the type every package exports
// as UnknownCodeError) naming the code, its kind and the allowed codes.
func CheckUnknown(t *testing.T, dir string, parsers map[string]func(string) error) {
	t.Helper()
	want := CodeParsers(t, dir)
	var got []string
	for name := range parsers {
		got = append(got, name)
	}
	slices.Sort(got)
	if !slices.Equal(want, got) {
		t.Errorf("code parsers of the package: %v; the test lists %v", want, got)
	}
	for name, parse := range parsers {
		const code = "no-such-code"
		err := parse(code)
		var unknown *enum.UnknownError
		if !errors.As(err, &unknown) {
			t.Errorf("%s(%q): error %v (%T), want an UnknownCodeError", name, code, err, err)
			continue
		}
		if unknown.Code != code || unknown.Kind == "" || len(unknown.Allowed) == 0 {
			t.Errorf("%s(%q): %+v, want the code, its kind and the allowed codes", name, code, *unknown)
		}
		for _, ok := range unknown.Allowed {
			if err := parse(ok); err != nil {
				t.Errorf("%s(%q), an allowed code: %v", name, ok, err)
			}
		}
	}
}
