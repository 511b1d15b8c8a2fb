package retention

import (
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// TestImports: the library code imports only the standard library, civil
// and internal/enum (DESIGN.md § Layers), never schema.
func TestImports(t *testing.T) {
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	allowed := map[string]bool{
		"github.com/noticekit/noticekit/civil":         true,
		"github.com/noticekit/noticekit/internal/enum": true,
	}
	fset := token.NewFileSet()
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if strings.Contains(strings.SplitN(path, "/", 2)[0], ".") && !allowed[path] {
				t.Errorf("%s imports %s", name, path)
			}
		}
	}
}

// TestConcurrentDecide decides the same records from several goroutines
// (run with -race) and checks every goroutine gets the same answers.
func TestConcurrentDecide(t *testing.T) {
	s := loadSchedule(t, "maidstone.json")
	recs := sampleRecords(s, 256)
	today := d("2026-04-01")
	want := make([]Decision, len(recs))
	s.DecideAll(recs, today, want)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out := make([]Decision, len(recs))
			for range 50 {
				s.DecideAll(recs, today, out)
				for i := range out {
					if out[i].Outcome != want[i].Outcome || out[i].Due != want[i].Due {
						t.Errorf("record %d: %v, want %v", i, out[i].Outcome, want[i].Outcome)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}
