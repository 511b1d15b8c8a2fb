package integration

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/duckdb/duckdb-go/v2"
	"github.com/jackc/pgx/v5"

	"github.com/noticekit/noticekit/retention"
)

// row is one generated record as stored in a table: facts by column, nil
// for SQL NULL.
type row struct {
	id    int64
	rule  string
	holds []string // nil: NULL
	facts []*string
	known []*bool // by column: nil is NULL; a row whose known column is not TRUE does not give the fact
}

// got is one decision as read back from an engine, every column as text
// ("" for NULL).
type got struct {
	id                                                           int64
	rule, version, outcome, reason, due, next, action, disposeBy string
	overdue                                                      bool
	holds, missing, detail                                       string
}

// engine is a database the generated SQL runs on.
type engine interface {
	name() string
	dialect() retention.Dialect
	exec(t testing.TB, q string)
	// load creates table with the columns id BIGINT, rule, holds (a text
	// array) and one text (or DATE, when dates) column per name.
	load(t testing.TB, table string, cols []string, dates bool, rows []row)
	// decide runs the SELECT q for today and returns its rows.
	decide(t testing.TB, q, today string) []got
}

// wrap reads the generated query's columns back as text.
func wrap(q string) string {
	return "SELECT id, rule, schedule_version, outcome, reason, CAST(due AS TEXT), CAST(next_review AS TEXT), action, CAST(must_dispose_by AS TEXT), overdue, " +
		"array_to_string(holds, ';'), missing, detail FROM (\n" + q + "\n) AS q"
}

// ---- DuckDB -----------------------------------------------------------

type duck struct{ db *sql.DB }

func openDuck(t testing.TB) *duck {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	d := &duck{db}
	// A session time zone far from London: the SQL must not depend on it.
	d.exec(t, "SET TimeZone = 'America/New_York'")
	return d
}

func (d *duck) name() string               { return "duckdb" }
func (d *duck) dialect() retention.Dialect { return retention.DuckDB }
func (d *duck) exec(t testing.TB, q string) {
	t.Helper()
	if _, err := d.db.Exec(q); err != nil {
		t.Fatalf("duckdb: %v\n%s", err, clip(q))
	}
}

func clip(q string) string {
	if len(q) > 2000 {
		return q[:2000] + "…"
	}
	return q
}

func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

func createSQL(table string, cols []string, dates bool, textType, arrType string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "CREATE TABLE %s (id BIGINT, rule %s, holds %s", quoteIdent(table), textType, arrType)
	for _, c := range cols {
		typ := textType
		if dates {
			typ = "DATE"
		}
		fmt.Fprintf(&b, ", %s %s, %s BOOLEAN", quoteIdent(c), typ, quoteIdent("known "+c))
	}
	b.WriteString(")")
	return b.String()
}

func (d *duck) load(t testing.TB, table string, cols []string, dates bool, rows []row) {
	t.Helper()
	d.exec(t, "DROP TABLE IF EXISTS "+quoteIdent(table))
	d.exec(t, createSQL(table, cols, dates, "VARCHAR", "VARCHAR[]"))
	conn, err := d.db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	err = conn.Raw(func(dc any) error {
		app, err := duckdb.NewAppenderFromConn(dc.(driver.Conn), "", table)
		if err != nil {
			return err
		}
		vals := make([]driver.Value, 3+2*len(cols))
		for _, r := range rows {
			vals[0], vals[1] = r.id, r.rule
			if r.holds == nil {
				vals[2] = nil
			} else {
				vals[2] = r.holds
			}
			for i, f := range r.facts {
				switch {
				case f == nil:
					vals[3+2*i] = nil
				case dates:
					vals[3+2*i] = mustTime(*f)
				default:
					vals[3+2*i] = *f
				}
				vals[4+2*i] = nil
				if k := r.known[i]; k != nil {
					vals[4+2*i] = *k
				}
			}
			if err := app.AppendRow(vals...); err != nil {
				return err
			}
		}
		return app.Close()
	})
	if err != nil {
		t.Fatalf("duckdb load: %v", err)
	}
}

func (d *duck) decide(t testing.TB, q, today string) []got {
	t.Helper()
	rs, err := d.db.Query(wrap(q), today)
	if err != nil {
		t.Fatalf("duckdb: %v\n%s", err, clip(q))
	}
	defer rs.Close()
	return scanAll(t, rs.Next, rs.Scan, rs.Err)
}

func scanAll(t testing.TB, next func() bool, scan func(...any) error, errf func() error) []got {
	var out []got
	for next() {
		var g got
		var rule, ver, oc, rs, due, next, act, by, holds, miss, det sql.NullString
		var over sql.NullBool
		if err := scan(&g.id, &rule, &ver, &oc, &rs, &due, &next, &act, &by, &over, &holds, &miss, &det); err != nil {
			t.Fatal(err)
		}
		g.rule, g.version, g.outcome, g.reason, g.due, g.next, g.action = rule.String, ver.String, oc.String, rs.String, due.String, next.String, act.String
		g.disposeBy, g.overdue, g.holds, g.missing, g.detail = by.String, over.Bool, holds.String, miss.String, det.String
		if !over.Valid {
			g.detail += " [overdue NULL]"
		}
		out = append(out, g)
	}
	if err := errf(); err != nil {
		t.Fatal(err)
	}
	return out
}

// ---- PostgreSQL ---------------------------------------------------------

type pg struct{ conn *pgx.Conn }

// openPG connects to NOTICEKIT_PG_DSN (with-postgres.sh sets it). Without
// it the test is skipped, except under CI, where it fails.
func openPG(t testing.TB) *pg {
	dsn := os.Getenv("NOTICEKIT_PG_DSN")
	if dsn == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("NOTICEKIT_PG_DSN is not set: run the tests with ./with-postgres.sh")
		}
		t.Skip("NOTICEKIT_PG_DSN not set: run with ./with-postgres.sh go test ./... to include PostgreSQL")
	}
	conn, err := pgx.Connect(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	p := &pg{conn}
	p.exec(t, "SET TimeZone = 'America/New_York'")
	// The generated query is large: LLVM would spend longer compiling it
	// than PostgreSQL spends running it (docs/retention.md § SQL).
	p.exec(t, "SET jit = off")
	p.exec(t, "SET search_path = public")
	return p
}

func (p *pg) name() string               { return "postgres" }
func (p *pg) dialect() retention.Dialect { return retention.PostgreSQL }
func (p *pg) exec(t testing.TB, q string) {
	t.Helper()
	if _, err := p.conn.Exec(context.Background(), q); err != nil {
		t.Fatalf("postgres: %v\n%s", err, clip(q))
	}
}

func (p *pg) load(t testing.TB, table string, cols []string, dates bool, rows []row) {
	t.Helper()
	p.exec(t, "DROP TABLE IF EXISTS "+quoteIdent(table))
	p.exec(t, createSQL(table, cols, dates, "TEXT", "TEXT[]"))
	names := []string{"id", "rule", "holds"}
	for _, c := range cols {
		names = append(names, c, "known "+c)
	}
	src := pgx.CopyFromSlice(len(rows), func(i int) ([]any, error) {
		r := rows[i]
		vals := make([]any, 3+2*len(cols))
		vals[0], vals[1] = r.id, r.rule
		if r.holds != nil {
			vals[2] = r.holds
		}
		for j, f := range r.facts {
			switch {
			case f == nil:
			case dates:
				vals[3+2*j] = mustTime(*f)
			default:
				vals[3+2*j] = *f
			}
			if k := r.known[j]; k != nil {
				vals[4+2*j] = *k
			}
		}
		return vals, nil
	})
	if _, err := p.conn.CopyFrom(context.Background(), pgx.Identifier{table}, names, src); err != nil {
		t.Fatalf("postgres load: %v", err)
	}
	p.exec(t, "ANALYZE "+quoteIdent(table))
}

func (p *pg) decide(t testing.TB, q, today string) []got {
	t.Helper()
	rs, err := p.conn.Query(context.Background(), wrap(q), today)
	if err != nil {
		t.Fatalf("postgres: %v\n%s", err, clip(q))
	}
	defer rs.Close()
	return scanAll(t, rs.Next, rs.Scan, rs.Err)
}
