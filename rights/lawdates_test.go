package rights

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"

	lb "github.com/noticekit/noticekit/lawfulbasis"
)

// TestNoLiteralLawDates: the output strings of this package take the
// law's dates from lawfulbasis' one table, so no string literal in its
// code spells one of them (a change to the table would leave it stale).
func TestNoLiteralLawDates(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(af, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			for _, d := range lb.Dates() {
				if strings.Contains(lit.Value, d.On.String()) && !strings.Contains(lit.Value, "MustParse") {
					t.Errorf("%s: string literal spells %s (%s): take it from lawfulbasis' table of dates", fset.Position(lit.Pos()), d.On, d.What)
				}
			}
			return true
		})
	}
}
