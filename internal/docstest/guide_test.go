package docstest

import (
	"go/ast"
	"go/token"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// anyLink is a doc link as go/doc/comment reads one: [Name], [Name.Name],
// [pkg.Name] or [pkg.Name.Name].
var anyLink = regexp.MustCompile(`\[\*?([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*){0,2})\]`)

// fullLink is a doc link by the module's full import path,
// [github.com/noticekit/noticekit/notice.Check].
var fullLink = regexp.MustCompile(`\[\*?github\.com/noticekit/noticekit/([a-z/]+)\.([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\]`)

// stdPackageNames returns the names of the standard library's packages,
// which a doc link may name without an import ([json.Decoder]).
func stdPackageNames(t *testing.T) map[string]bool {
	t.Helper()
	out, err := exec.Command("go", "list", "std").Output()
	if err != nil {
		t.Fatalf("go list std: %v", err)
	}
	names := map[string]bool{}
	for _, p := range strings.Fields(string(out)) {
		names[p[strings.LastIndex(p, "/")+1:]] = true
	}
	return names
}

// docTexts returns every doc comment of a package's files: the package
// comment, and those of declarations, specs and struct fields.
func docTexts(files []*ast.File) (pkgDoc string, all []string) {
	for _, f := range files {
		if f.Doc != nil {
			pkgDoc += f.Doc.Text()
		}
		for _, g := range f.Comments {
			all = append(all, g.Text())
		}
	}
	return pkgDoc, all
}

// fieldsAndMethods returns the exported names and the exported fields of
// the exported struct types of a package, as Type.Field.
func fieldsAndMethods(files []*ast.File) []string {
	names := exports(files)
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok || !ts.Name.IsExported() {
				return true
			}
			if st, ok := ts.Type.(*ast.StructType); ok {
				for _, fl := range st.Fields.List {
					for _, id := range fl.Names {
						if id.IsExported() {
							names = append(names, ts.Name.Name+"."+id.Name)
						}
					}
				}
			}
			return false
		})
	}
	return names
}

// modulePath is the module's import path.
const modulePath = "github.com/noticekit/noticekit/"

// TestPackageDocsAreGuides: the package comment of every library package
// reads as a guide, with at least one # heading and doc links to the names
// it guides to; and every doc link of the package, in any comment, names
// something that exists (go doc shows a link that does not resolve as
// plain text, silently).
func TestPackageDocsAreGuides(t *testing.T) {
	fset := token.NewFileSet()
	pkgs := libraryPackages(t)
	names := map[string][]string{}
	files := map[string][]*ast.File{}
	for _, pkg := range pkgs {
		files[pkg] = parsePackage(t, fset, pkg)
		names[pkg] = fieldsAndMethods(files[pkg])
	}
	ours := map[string]bool{} // the module's package names
	for _, pkg := range pkgs {
		ours[pkg[strings.LastIndex(pkg, "/")+1:]] = true
	}
	std := stdPackageNames(t)
	for _, pkg := range pkgs {
		pkgDoc, all := docTexts(files[pkg])
		headings := 0
		for _, line := range strings.Split(pkgDoc, "\n") {
			if strings.HasPrefix(line, "# ") {
				headings++
			}
		}
		if headings == 0 {
			t.Errorf("%s: the package comment has no # heading", pkg)
		}
		if len(anyLink.FindAllString(pkgDoc, -1)) == 0 {
			t.Errorf("%s: the package comment has no doc links ([Name])", pkg)
		}
		imports := map[string]string{} // package name → import path, for the module's packages
		for _, f := range files[pkg] {
			for _, imp := range f.Imports {
				path, _ := strconv.Unquote(imp.Path.Value)
				if rel, ok := strings.CutPrefix(path, modulePath); ok {
					imports[rel[strings.LastIndex(rel, "/")+1:]] = rel
				}
			}
		}
		var broken []string
		for _, text := range all {
			for _, m := range anyLink.FindAllStringSubmatch(text, -1) {
				link := m[1]
				first, rest, _ := strings.Cut(link, ".")
				switch {
				case ast.IsExported(first):
					if !slices.Contains(names[pkg], link) {
						broken = append(broken, link)
					}
				case imports[first] != "" && rest != "":
					if !slices.Contains(names[imports[first]], rest) {
						broken = append(broken, link)
					}
				case rest != "" && (ours[first] || !std[first]):
					// A qualified link to a package the file does not
					// import resolves only in the standard library: go
					// doc prints [notice.Check] as text in a package
					// that does not import notice.
					broken = append(broken, link+" (package not imported: write [github.com/noticekit/noticekit/"+first+"."+rest+"])")
				}
				// Anything else is not a link ([x], [i]); go doc ignores it.
			}
			for _, m := range fullLink.FindAllStringSubmatch(text, -1) {
				if !slices.Contains(names[m[1]], m[2]) {
					broken = append(broken, m[0][1:len(m[0])-1])
				}
			}
		}
		if len(broken) > 0 {
			slices.Sort(broken)
			t.Errorf("%s: doc links that name nothing: %s", pkg, strings.Join(slices.Compact(broken), ", "))
		}
	}
}
