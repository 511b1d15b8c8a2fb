package retention

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/strict"
)

func sqlSchedule(t *testing.T) *Schedule {
	t.Helper()
	data, err := os.ReadFile("../examples/schedules/maidstone-parking.json")
	if err != nil {
		t.Fatal(err)
	}
	s, err := CompileJSON(data)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSQLGolden pins the SQL for the Maidstone schedule in both dialects
// (go test -update rewrites testdata/maidstone.*.sql). The integration
// module runs it on PostgreSQL and DuckDB against Decide.
func TestSQLGolden(t *testing.T) {
	s := sqlSchedule(t)
	for _, d := range []Dialect{PostgreSQL, DuckDB} {
		for _, view := range []bool{false, true} {
			opts := SQLOptions{Dialect: d}
			name := "maidstone." + d.String()
			if view {
				opts.View, name = []string{"retention", "bwc_decisions"}, name+".view"
			}
			got, err := s.SQL(opts)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", name+".sql")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", path, diff)
			}
		}
	}
}

func TestParseDialect(t *testing.T) {
	for _, d := range []Dialect{PostgreSQL, DuckDB} {
		got, err := ParseDialect(d.String())
		if err != nil || got != d {
			t.Errorf("ParseDialect(%q) = %v, %v; want %v", d.String(), got, err, d)
		}
	}
	for _, bad := range []string{"", "Postgres", "postgresql", "sqlite", "duckdb "} {
		if _, err := ParseDialect(bad); err == nil {
			t.Errorf("ParseDialect(%q): no error", bad)
		}
	}
}

// TestSQLRefusals: a name that cannot be a quoted identifier, or a fact the
// schedule does not declare, is an error naming it, never SQL.
func TestSQLRefusals(t *testing.T) {
	s := sqlSchedule(t)
	long := strings.Repeat("x", 64)
	tests := []struct {
		name string
		opts SQLOptions
		want string
	}{
		{"no dialect", SQLOptions{}, "unknown dialect"},
		{"undeclared fact", SQLOptions{Dialect: DuckDB, Facts: map[string]string{"case_close": "closed"}}, `fact "case_close" in the column map: the schedule has no such fact`},
		{"undeclared known fact", SQLOptions{Dialect: DuckDB, Known: map[string]string{"x": "k"}}, `fact "x" in the known-column map`},
		{"NUL in a column", SQLOptions{Dialect: PostgreSQL, Facts: map[string]string{"captured": "cap\x00tured"}}, "contains a NUL byte"},
		{"invalid UTF-8", SQLOptions{Dialect: PostgreSQL, ID: "id\xff"}, "not valid UTF-8"},
		{"too long", SQLOptions{Dialect: PostgreSQL, Rule: long}, "64 bytes, want at most 63"},
		{"empty table part", SQLOptions{Dialect: DuckDB, Records: []string{"public", ""}}, "records relation: empty name"},
		{"four-part name", SQLOptions{Dialect: DuckDB, View: []string{"a", "b", "c", "d"}}, "want 1 to 3 name parts"},
		{"empty known column", SQLOptions{Dialect: DuckDB, Known: map[string]string{"captured": ""}}, "known column of fact captured: empty name"},
		{"holds table column", SQLOptions{Dialect: DuckDB, HoldsTable: []string{"holds"}, HoldsName: "a\x00"}, "holds name column"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := s.SQL(tt.opts)
			if err == nil {
				t.Fatalf("no error; SQL:\n%s", q)
			}
			if !errors.Is(err, ErrSQL) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q: want one wrapping ErrSQL containing %q", err, tt.want)
			}
			if q != "" {
				t.Errorf("SQL returned with the error")
			}
		})
	}
	var nilSched *Schedule
	if _, err := nilSched.SQL(SQLOptions{Dialect: DuckDB}); !errors.Is(err, ErrSQL) {
		t.Errorf("nil schedule: %v", err)
	}
}

// sqlTokens splits SQL into what is outside quotes and comments (code),
// the contents of quoted identifiers and string literals, and the comments,
// the way both engines read it: a doubled quote inside quotes is one quote.
func sqlTokens(t *testing.T, q string) (code string, idents, lits, comments []string) {
	t.Helper()
	var b strings.Builder
	for i := 0; i < len(q); {
		switch {
		case strings.HasPrefix(q[i:], "--"):
			j := i
			for i < len(q) && q[i] != '\n' {
				i++
			}
			comments = append(comments, q[j:i])
		case strings.HasPrefix(q[i:], "/*"):
			end := strings.Index(q[i:], "*/")
			if end < 0 {
				t.Fatal("unterminated /* in SQL")
			}
			comments = append(comments, q[i:i+end+2])
			i += end + 2
		case q[i] == '"' || q[i] == '\'':
			quote := q[i]
			var v strings.Builder
			i++
			for {
				if i >= len(q) {
					t.Fatalf("unterminated %c in SQL", quote)
				}
				if q[i] == quote {
					if i+1 < len(q) && q[i+1] == quote {
						v.WriteByte(quote)
						i += 2
						continue
					}
					i++
					break
				}
				v.WriteByte(q[i])
				i++
			}
			if quote == '"' {
				idents = append(idents, v.String())
			} else {
				lits = append(lits, v.String())
			}
			b.WriteString(" Q ")
		default:
			b.WriteByte(q[i])
			i++
		}
	}
	return b.String(), idents, lits, comments
}

// TestSQLInjection: every name the caller gives comes out as exactly one
// quoted identifier holding it, and nothing of it reaches the SQL outside
// quotes: quotes, semicolons, comments and Unicode stay names.
func TestSQLInjection(t *testing.T) {
	s := sqlSchedule(t)
	hostile := []string{
		`captured"; DROP TABLE records; --`,
		`x' OR '1'='1`,
		`é 📅 ; SELECT 1`,
		`"`, `""`, `a"b`, `/* c */`, "tab\tand\nnewline", `$1`, `back\slash`,
	}
	for _, d := range []Dialect{PostgreSQL, DuckDB} {
		for _, h := range hostile {
			opts := SQLOptions{Dialect: d, Records: []string{h, h}, ID: h + "i", Rule: h + "r", Holds: h + "h",
				Facts: map[string]string{"captured": h + "c", "case_opened": h}, Known: map[string]string{"case_closed": h + "k"},
				View: []string{h + "v"}}
			q, err := s.SQL(opts)
			if err != nil {
				t.Fatalf("%q: %v", h, err)
			}
			code, idents, lits, comments := sqlTokens(t, q)
			for _, c := range comments {
				if strings.Contains(c, h) {
					t.Errorf("%s %q: a caller's name in a comment %q", d, h, c)
				}
			}
			for _, want := range []string{h, h + "i", h + "r", h + "h", h + "c", h + "k", h + "v"} {
				found := false
				for _, id := range idents {
					found = found || id == want
				}
				if !found {
					t.Errorf("%s %q: no quoted identifier %q", d, h, want)
				}
			}
			for _, l := range lits {
				if strings.Contains(l, h) {
					t.Errorf("%s %q: a caller's name in a string literal %q", d, h, l)
				}
			}
			if strings.Count(code, ";") != 1 || !strings.HasSuffix(strings.TrimSpace(code), ";") {
				t.Errorf("%s %q: want one statement, ended by the view's one ';'", d, h)
			}
			for _, bad := range []string{"DROP", "OR 1", "SELECT 1", "📅", "*/"} {
				if strings.Contains(code, bad) {
					t.Errorf("%s %q: %q outside quotes", d, h, bad)
				}
			}
		}
	}
}

// TestSQLInjectionCompile: rule ids, schedule ids, versions, fact names and
// moratorium ids are written into SQL as literals, so Compile refuses any
// with a quote, a semicolon, a backslash, white space or non-ASCII letters.
func TestSQLInjectionCompile(t *testing.T) {
	for _, bad := range []string{`a'b`, `a"b`, `a;b`, `é`, `a b`, `a\b`, "a\nb", `r'; DROP TABLE records; --`} {
		def := func() *Definition {
			return &Definition{Schema: SchemaID, ID: "s", Version: "1",
				Facts: []FactDef{{Name: "created", Meaning: "created"}},
				Rules: []RuleDef{{ID: "r", Then: "destroy", Retain: &ClauseDef{From: "created", Period: "P1Y"}}},
			}
		}
		cases := map[string]func(d *Definition){
			"/id":                  func(d *Definition) { d.ID = bad },
			"/version":             func(d *Definition) { d.Version = bad },
			"/rules/0/id":          func(d *Definition) { d.Rules[0].ID = bad },
			"/facts/0/name":        func(d *Definition) { d.Facts[0].Name = bad },
			"/moratoria/0/id":      func(d *Definition) { d.Moratoria = []MoratoriumDef{{ID: bad}} },
			"/rules/0/retain/from": func(d *Definition) { d.Rules[0].Retain.From = bad },
		}
		for where, mutate := range cases {
			d := def()
			mutate(d)
			_, err := Compile(d)
			var se *strict.Error
			if !errors.As(err, &se) {
				t.Errorf("%s = %q: compiled", where, bad)
				continue
			}
			found := false
			for _, p := range se.Problems {
				found = found || p.Pointer == where
			}
			if !found {
				t.Errorf("%s = %q: problems %v, want one at %s", where, bad, se.Problems, where)
			}
		}
	}
}

// TestLiteral: the one function that writes values as SQL literals doubles
// quotes and refuses what a compiled schedule never holds.
func TestLiteral(t *testing.T) {
	if got := literal("it's"); got != `'it''s'` {
		t.Errorf("literal: %s", got)
	}
	for _, bad := range []string{`a\b`, "a\x00", "\xff"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("literal(%q): no panic", bad)
				}
			}()
			literal(bad)
		}()
	}
}
