package docstest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// interfaceMethods are the methods the standard library calls for the
// caller: fmt calls String and Error, encoding/json and flag.TextVar call
// the text and JSON methods, errors.Is and errors.As call Is, As and
// Unwrap. They are reached from their type.
var interfaceMethods = []string{"String", "Error", "Format", "GoString", "MarshalText", "UnmarshalText",
	"AppendText", "MarshalJSON", "UnmarshalJSON", "Is", "As", "Unwrap"}

// docLink is a doc link in a comment: [Name] or [Type.Method].
var docLink = regexp.MustCompile(`\[([A-Z][A-Za-z0-9_]*(?:\.[A-Z][A-Za-z0-9_]*)?)\]`)

// exampleNames returns the names that the Example functions of the package
// in dir use: every identifier and every selected name in their bodies.
func exampleNames(t *testing.T, fset *token.FileSet, dir string) map[string]bool {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(root, dir))
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(root, dir, e.Name()), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv != nil || !strings.HasPrefix(fn.Name.Name, "Example") || fn.Body == nil {
				continue
			}
			// The Example's own name says what it shows: ExampleDate_AddDays.
			name := strings.TrimPrefix(fn.Name.Name, "Example")
			name, _, _ = strings.Cut(strings.TrimPrefix(name, "_"), "_")
			used[name] = true
			if typ, method, ok := strings.Cut(strings.TrimPrefix(fn.Name.Name, "Example"), "_"); ok && method != "" {
				used[typ+"."+strings.SplitN(method, "_", 2)[0]] = true
			}
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.Ident:
					used[n.Name] = true
				case *ast.SelectorExpr:
					used[n.Sel.Name] = true
				}
				return true
			})
		}
	}
	return used
}

// links returns, for each exported name of the package, the exported names
// go doc leads from it to: the doc links ([Name], [Type.Method]) of its doc
// comment; the exported identifiers of its declaration (a function's
// parameter and result types, a type's fields); for a type, its constants
// (go doc lists them under it) and the standard-interface methods; for a
// typed constant, its type; for a type, the functions returning it (go doc
// lists them under it); for a member of a block of constants or
// variables, the other members (go doc shows the block as one).
func links(files []*ast.File) map[string][]string {
	out := map[string][]string{}
	add := func(key string, doc string, node ast.Node) {
		for _, m := range docLink.FindAllStringSubmatch(doc, -1) {
			out[key] = append(out[key], m[1])
		}
		if node == nil {
			return
		}
		ast.Inspect(node, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BlockStmt:
				return false // a function's body is not its API
			case *ast.SelectorExpr:
				return false // another package's name
			case *ast.Field: // a field's comment is part of its type's doc
				for _, m := range docLink.FindAllStringSubmatch(n.Doc.Text()+n.Comment.Text(), -1) {
					out[key] = append(out[key], m[1])
				}
			case *ast.Ident:
				if n.IsExported() {
					out[key] = append(out[key], n.Name)
				}
			}
			return true
		})
	}
	for _, f := range files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				key := d.Name.Name
				if d.Recv != nil {
					key = receiverType(d) + "." + key
					if slices.Contains(interfaceMethods, d.Name.Name) {
						out[receiverType(d)] = append(out[receiverType(d)], key)
					}
				}
				add(key, d.Doc.Text(), d.Type)
				// go doc lists a function returning a T, *T or []T under
				// T (ParseSharing, Sharings under Sharing).
				if d.Recv == nil && d.Type.Results != nil {
					for _, r := range d.Type.Results.List {
						typ := r.Type
						if x, ok := typ.(*ast.StarExpr); ok {
							typ = x.X
						}
						if x, ok := typ.(*ast.ArrayType); ok {
							typ = x.Elt
						}
						if id, ok := typ.(*ast.Ident); ok && id.IsExported() {
							out[id.Name] = append(out[id.Name], key)
						}
					}
				}
			case *ast.GenDecl:
				var typ string // the type of the constants of a block, carried by iota
				var block []string
				for _, s := range d.Specs {
					if vs, ok := s.(*ast.ValueSpec); ok {
						for _, n := range vs.Names {
							if n.IsExported() {
								block = append(block, n.Name)
							}
						}
					}
				}
				// go doc shows a block of constants or variables as one:
				// its members lead to each other.
				for _, n := range block {
					out[n] = append(out[n], block...)
				}
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						add(s.Name.Name, d.Doc.Text()+s.Doc.Text(), s.Type)
					case *ast.ValueSpec:
						if id, ok := s.Type.(*ast.Ident); ok {
							typ = id.Name
						} else if s.Type != nil || len(s.Values) > 0 && d.Tok == token.CONST && typ == "" {
							typ = ""
						}
						for _, n := range s.Names {
							add(n.Name, d.Doc.Text()+s.Doc.Text()+s.Comment.Text(), s.Type)
							if d.Tok == token.CONST && typ != "" {
								out[typ] = append(out[typ], n.Name)
								out[n.Name] = append(out[n.Name], typ)
							}
						}
					}
				}
			}
		}
	}
	return out
}

// shown reports whether an exported name is used by an Example: a function,
// type, constant or variable by its name; a method by its name (Examples
// call methods on values, whose types the parser does not know).
func shown(name string, used map[string]bool) bool {
	if used[name] {
		return true
	}
	_, method, ok := strings.Cut(name, ".")
	return ok && used[method]
}

// TestEveryExportReachableFromAnExample: every exported name of every
// library package is used by one of the package's Examples, or go doc
// leads to it from one that is (see links).
func TestEveryExportReachableFromAnExample(t *testing.T) {
	fset := token.NewFileSet()
	for _, pkg := range libraryPackages(t) {
		files := parsePackage(t, fset, pkg)
		used := exampleNames(t, fset, pkg)
		graph := links(files)
		names := exports(files)
		reachable := map[string]bool{}
		var queue []string
		for _, n := range names {
			if shown(n, used) {
				reachable[n] = true
				queue = append(queue, n)
			}
		}
		for len(queue) > 0 {
			n := queue[0]
			queue = queue[1:]
			for _, m := range graph[n] {
				if !reachable[m] {
					reachable[m] = true
					queue = append(queue, m)
				}
			}
		}
		var gaps []string
		for _, n := range names {
			if !reachable[n] {
				gaps = append(gaps, n)
			}
		}
		if len(gaps) > 0 {
			t.Errorf("%s: %d exported name(s) neither used by an Example nor reached from one: %s",
				pkg, len(gaps), strings.Join(gaps, ", "))
		}
	}
}
