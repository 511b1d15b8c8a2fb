package integration

import (
	"fmt"
	"strings"
	"testing"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/retention"
)

// The variants below run smaller tables through the other shapes a
// council's database has: DATE columns, a holds relation, names that need
// quoting, a fact no column supplies, and the view form.

const variantRows = 6_000

func variantSetup(t *testing.T, e engine, dates bool) (*retention.Schedule, []string, []row) {
	s := loadSchedule(t, "testdata/traps.json")
	cols := columns(s)
	rows := genRows(seedFor("variant"), s, cols, variantRows, 0, dates)
	e.load(t, "records", cols, dates, rows)
	return s, cols, rows
}

func runVariant(t *testing.T, e engine, s *retention.Schedule, cols []string, rows []row, opts retention.SQLOptions, withKnown bool) {
	t.Helper()
	opts.Dialect = e.dialect()
	q, err := s.SQL(opts)
	if err != nil {
		t.Fatal(err)
	}
	tl := newTally()
	tl.rows = len(rows)
	for _, today := range todays {
		compare(t, e.name()+" "+t.Name(), s, cols, withKnown, rows, e.decide(t, q, today), today, tl)
	}
	report(t, e.name(), tl)
}

func engines(t *testing.T, f func(t *testing.T, e engine)) {
	t.Run("duckdb", func(t *testing.T) { f(t, openDuck(t)) })
	t.Run("postgres", func(t *testing.T) { f(t, openPG(t)) })
}

// DATE columns: what a council's table usually has.
func TestDateColumns(t *testing.T) {
	engines(t, func(t *testing.T, e engine) {
		s, cols, rows := variantSetup(t, e, true)
		runVariant(t, e, s, cols, rows, retention.SQLOptions{Known: knownCols(cols)}, true)
	})
}

// Without known columns every fact column is supplied: NULL has not
// happened.
func TestNoKnownColumns(t *testing.T) {
	engines(t, func(t *testing.T, e engine) {
		s, cols, rows := variantSetup(t, e, false)
		runVariant(t, e, s, cols, rows, retention.SQLOptions{}, false)
	})
}

// Holds in a relation of their own, one row per (record, hold).
func TestHoldsRelation(t *testing.T) {
	engines(t, func(t *testing.T, e engine) {
		s, cols, rows := variantSetup(t, e, false)
		e.exec(t, `DROP TABLE IF EXISTS "record holds"`)
		e.exec(t, `CREATE TABLE "record holds" ("record" BIGINT, "name" TEXT)`)
		var vals []string
		for _, r := range rows {
			for _, h := range r.holds {
				vals = append(vals, fmt.Sprintf("(%d, '%s')", r.id, h))
			}
		}
		e.exec(t, `INSERT INTO "record holds" VALUES `+strings.Join(vals, ", "))
		e.exec(t, `UPDATE records SET holds = NULL`)
		runVariant(t, e, s, cols, rows, retention.SQLOptions{Known: knownCols(cols),
			HoldsTable: []string{"record holds"}, HoldsRecord: "record", HoldsName: "name"}, true)
	})
}

// Names that must be quoted: quotes, semicolons, SQL comments, spaces,
// upper case and Unicode, in a schema of their own.
func TestQuotedNames(t *testing.T) {
	engines(t, func(t *testing.T, e engine) {
		s, cols, rows := variantSetup(t, e, false)
		rename := map[string]string{}
		var sel []string
		for i, c := range cols {
			n := fmt.Sprintf(`%s"; DROP TABLE records; -- %d é 📅`, c, i)
			rename[c] = n
			sel = append(sel, quoteIdent(c)+" AS "+quoteIdent(n))
		}
		const schema, table = `Sch"ema;`, `Rec'ords --`
		e.exec(t, "DROP SCHEMA IF EXISTS "+quoteIdent(schema)+" CASCADE")
		e.exec(t, "CREATE SCHEMA "+quoteIdent(schema))
		e.exec(t, "CREATE TABLE "+quoteIdent(schema)+"."+quoteIdent(table)+` AS SELECT id AS "ID", rule AS "règle", holds AS "ho""lds;" , `+
			strings.Join(sel, ", ")+" FROM records")
		runVariant(t, e, s, cols, rows, retention.SQLOptions{Records: []string{schema, table}, ID: "ID", Rule: "règle",
			Holds: `ho"lds;`, Facts: rename}, false)
	})
}

// A fact mapped to "" is supplied by no column: every record whose rule
// names it is cannot-evaluate (fact-unknown), never decided as if it had
// not happened.
func TestFactWithoutColumn(t *testing.T) {
	engines(t, func(t *testing.T, e engine) {
		s, cols, rows := variantSetup(t, e, false)
		q, err := s.SQL(retention.SQLOptions{Dialect: e.dialect(), Facts: map[string]string{"case_opened": ""}})
		if err != nil {
			t.Fatal(err)
		}
		j := -1
		for i, c := range cols {
			if c == "case_opened" {
				j = i
			}
		}
		for i := range rows {
			k := false
			rows[i].known = make([]*bool, len(cols))
			for c := range cols {
				yes := true
				rows[i].known[c] = &yes
			}
			rows[i].known[j] = &k
		}
		tl := newTally()
		tl.rows = len(rows)
		for _, today := range todays {
			compare(t, e.name(), s, cols, true, rows, e.decide(t, q, today), today, tl)
		}
		report(t, e.name(), tl)
		if tl.reasons["fact-unknown"] == 0 {
			t.Error("no record was fact-unknown")
		}
	})
}

// The view decides on today's date in London.
func TestView(t *testing.T) {
	engines(t, func(t *testing.T, e engine) {
		s, cols, rows := variantSetup(t, e, false)
		q, err := s.SQL(retention.SQLOptions{Dialect: e.dialect(), View: []string{"retention decisions"}, Known: knownCols(cols)})
		if err != nil {
			t.Fatal(err)
		}
		e.exec(t, `DROP VIEW IF EXISTS "retention decisions"`)
		e.exec(t, q)
		today := civil.Today().String()
		res := e.decide(t, `SELECT * FROM "retention decisions" WHERE CAST($1 AS DATE) IS NOT NULL`, today)
		if civil.Today().String() != today {
			t.Skip("midnight in London passed during the test")
		}
		tl := newTally()
		tl.rows = len(rows)
		compare(t, e.name()+" view", s, cols, true, rows, res, today, tl)
		report(t, e.name(), tl)
	})
}
