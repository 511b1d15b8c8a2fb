package main

// noticekit retention sql: a schedule compiled to SQL for the database the
// records live in (retention.Schedule.SQL; docs/retention.md § SQL).

import (
	"fmt"
	"io"
	"strings"

	"github.com/noticekit/noticekit/internal/report"
	"github.com/noticekit/noticekit/retention"
)

// mapFlag collects repeated --map fact=column (and --known fact=column)
// flags.
type mapFlag map[string]string

func (m mapFlag) String() string {
	var parts []string
	for k, v := range m {
		parts = append(parts, k+"="+v)
	}
	return strings.Join(parts, ",")
}

func (m mapFlag) Set(s string) error {
	fact, col, ok := strings.Cut(s, "=")
	if !ok || fact == "" {
		return fmt.Errorf("%q: want FACT=COLUMN (FACT= for a fact no column supplies)", s)
	}
	if _, dup := m[fact]; dup {
		return fmt.Errorf("fact %q mapped twice", fact)
	}
	m[fact] = col
	return nil
}

// nameFlag is a possibly schema-qualified name: parts separated by '.'.
type nameFlag []string

func (n *nameFlag) String() string { return strings.Join(*n, ".") }

func (n *nameFlag) Set(s string) error {
	*n = strings.Split(s, ".")
	return nil
}

func runRetentionSQL(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("retention sql", "--schedule S.json|example:ID --dialect postgres|duckdb [--view NAME] [--records NAME] [--map FACT=COLUMN…] [--known FACT=COLUMN…]",
		`Prints the SQL that decides every row of a records table as 'noticekit
retention decide' decides a record: a SELECT whose one parameter $1 is the
day to decide on, or with --view a CREATE VIEW deciding on today's date in
London. Its columns are id, rule, schedule_version, outcome, reason, due,
next_review, action, must_dispose_by, overdue, holds, missing and detail.

The table has the columns id and rule, holds (an array of text) and one
column per declared fact, named as the fact (--map FACT=COLUMN renames one;
FACT= says no column supplies it, so records whose rule names it are
cannot-evaluate). A fact column is a DATE, or text holding YYYY-MM-DD or
an RFC 3339 timestamp; NULL means the event has not happened, and any
other text is malformed-fact. --known FACT=COLUMN names a boolean column
that is TRUE where the row gives the fact at all: elsewhere the fact is
unknown and the record cannot-evaluate, never read as not happened.
Names are written as quoted identifiers, exactly as given.

Run it with psql:
  noticekit retention sql --schedule S.json --dialect postgres > decide.sql
  psql -v today=2026-11-29 -c "PREPARE d(date) AS $(cat decide.sql)" -c "EXECUTE d(:'today')"
or create the view once:
  noticekit retention sql --schedule S.json --dialect postgres --view retention_decisions | psql`)
	sched := fs.String("schedule", "", "the retention schedule: a file (- for standard input), or example:ID for a bundled schedule (required)")
	var d retention.Dialect
	fs.TextVar(&d, "dialect", retention.DialectUnspecified, "the SQL `dialect`: postgres or duckdb (required)")
	var view, records, holdsTable nameFlag
	fs.Var(&view, "view", "write CREATE VIEW `name` (schema.name) instead of a SELECT with a parameter")
	fs.Var(&records, "records", "the records table (schema.table); default records")
	id := fs.String("id", "id", "the records' id `column`")
	rule := fs.String("rule", "rule", "the records' rule `column`")
	holds := fs.String("holds", "holds", "the records' holds `column`, an array of text")
	fs.Var(&holdsTable, "holds-table", "a `table` of holds, one row per (record, hold), instead of --holds")
	holdsRecord := fs.String("holds-record", "record_id", "the holds table's `column` matching the records' id")
	holdsName := fs.String("holds-name", "hold", "the holds table's `column` holding the hold's name")
	facts, known := mapFlag{}, mapFlag{}
	fs.Var(facts, "map", "FACT=COLUMN: read the fact from this column (repeatable); FACT= for none")
	fs.Var(known, "known", "FACT=COLUMN: a boolean column, TRUE where the row gives the fact (repeatable)")
	if code, ok := parseFlagsOnly(fs, args, stdout, stderr); !ok {
		return code
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "noticekit retention sql: "+format+"\n", a...)
		return exitUsage
	}
	if *sched == "" {
		return fail("--schedule is required: a schedule file, or example:ID (one of %s)", rdExampleIDs())
	}
	if d == retention.DialectUnspecified {
		return fail("--dialect is required: want postgres or duckdb")
	}
	name, data, err := rdLoadSchedule(*sched, stdin)
	if err != nil {
		return fail("%v", err)
	}
	s, probs := report.CompileSchedule(data)
	if len(probs) > 0 {
		return printScheduleProblems("retention sql", name, probs, false, stdout, stderr)
	}
	q, err := s.SQL(retention.SQLOptions{Dialect: d, View: view, Records: records, ID: *id, Rule: *rule,
		Facts: facts, Known: known, Holds: *holds, HoldsTable: holdsTable, HoldsRecord: *holdsRecord, HoldsName: *holdsName})
	if err != nil {
		return fail("%v", strings.TrimPrefix(err.Error(), "retention: "))
	}
	io.WriteString(stdout, q)
	return exitOK
}
