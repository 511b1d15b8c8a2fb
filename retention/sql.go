package retention

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/noticekit/noticekit/internal/enum"
)

// Dialect is the SQL dialect Schedule.SQL writes.
type Dialect uint8

// Dialects.
const (
	DialectUnspecified Dialect = iota
	PostgreSQL                 // postgres: PostgreSQL 12 or later (and Citus)
	DuckDB                     // duckdb: DuckDB 1.1 or later (ICU, for Europe/London, is built in)
)

var dialectCodes = [...]string{"", "postgres", "duckdb"}

// ParseDialect returns the Dialect with the given code: "postgres" or
// "duckdb".
//
// An unknown code is an [UnknownCodeError].
func ParseDialect(s string) (Dialect, error) {
	return enum.Parse[Dialect]("dialect", dialectCodes[:], s)
}

// String returns the dialect's code.
func (d Dialect) String() string {
	if int(d) < len(dialectCodes) {
		return dialectCodes[d]
	}
	return fmt.Sprintf("dialect(%d)", d)
}

// SQLOptions says which SQL Schedule.SQL writes and how the caller's
// records relation is laid out. Every name here is an identifier: it is
// written as a quoted identifier ("captured", with any " doubled), never
// as SQL text. Names are case-sensitive once quoted: a PostgreSQL column
// created as captured_on (unquoted, so folded to lower case) is named
// "captured_on" here.
type SQLOptions struct {
	Dialect Dialect

	// View, when set, makes the SQL a CREATE VIEW statement of that name
	// (schema-qualified as several parts: {"retention", "decisions"}),
	// deciding on today's date in London each time it is read. When
	// empty, the SQL is a SELECT whose one parameter, $1, is the day to
	// decide on (a DATE, or text YYYY-MM-DD); NULL decides as
	// cannot-evaluate (no-today).
	View []string

	// Records is the relation holding one row per record, possibly
	// schema-qualified ({"public", "records"}). Default {"records"}.
	Records []string
	// ID and Rule are its columns for the record's id and its rule's id.
	// Default "id" and "rule".
	ID, Rule string

	// Facts maps a fact of the schedule to the column holding it. A fact
	// not in the map is read from the column of the same name. A fact
	// mapped to "" is not supplied by the relation: it is unknown in every
	// row, and every record whose rule uses it is cannot-evaluate. A
	// column is a DATE, or text holding YYYY-MM-DD or an RFC 3339
	// timestamp (read as its date in London); NULL means the event has
	// not happened; any other text, including '', is a malformed fact.
	Facts map[string]string
	// Known optionally maps a fact to a boolean column saying whether the
	// row supplies the fact at all: a row whose Known column is not TRUE
	// (FALSE or NULL) has the fact unknown, whatever its fact column
	// holds. Use it when some rows come from a source that does not
	// record the fact, so that NULL there cannot read as "has not
	// happened".
	Known map[string]string

	// Holds is the column of the record's holds, an array of text
	// (PostgreSQL text[], DuckDB VARCHAR[]); NULL or empty is no hold.
	// Default "holds". Ignored when HoldsTable is set.
	Holds string
	// HoldsTable, when set, is a relation of holds instead, one row per
	// (record, hold): HoldsRecord is its column matching the records'
	// ID column (default "record_id") and HoldsName the hold's name
	// (default "hold"). Any row for a record holds it.
	HoldsTable             []string
	HoldsRecord, HoldsName string
}

// SQLColumns returns the columns of the generated SELECT and view, in order,
// one per field of a Decision: id, rule, schedule_version, outcome
// (Outcome's code), reason (Reason's code), due and next_review (DATE), action (Action's
// code), must_dispose_by (DATE), overdue (BOOLEAN), holds (an array of
// text), missing and detail (text). A field that does not apply to the
// outcome is NULL (overdue is FALSE), as in Decision.AppendJSON. The slice
// is a copy.
func SQLColumns() []string { return slices.Clone(sqlColumns[:]) }

var sqlColumns = [...]string{"id", "rule", "schedule_version", "outcome", "reason", "due", "next_review", "action",
	"must_dispose_by", "overdue", "holds", "missing", "detail"}

// SQLError is the type of ErrSQL: a constant, so that no caller can change
// it.
type SQLError string

func (e SQLError) Error() string { return string(e) }

// ErrSQL is wrapped by every error from Schedule.SQL; test for it with
// [errors.Is].
const ErrSQL SQLError = "retention: cannot write SQL"

func sqlErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrSQL, fmt.Sprintf(format, args...))
}

// maxIdent is the longest identifier, in bytes: PostgreSQL silently
// truncates longer ones (NAMEDATALEN 64), which could make two names one.
const maxIdent = 63

// ident writes name as a quoted identifier: "name", with every " doubled.
// It refuses an empty name, one longer than maxIdent bytes, and one with a
// NUL byte or invalid UTF-8, which neither engine can hold. Any other
// character, including quotes, semicolons and Unicode, is part of the name.
func ident(what, name string) (string, error) {
	switch {
	case name == "":
		return "", sqlErr("%s: empty name", what)
	case len(name) > maxIdent:
		return "", sqlErr("%s %s: %d bytes, want at most %d (PostgreSQL truncates longer names)", what, quote(name), len(name), maxIdent)
	case !utf8.ValidString(name):
		return "", sqlErr("%s %s: not valid UTF-8", what, quote(name))
	case strings.IndexByte(name, 0) >= 0:
		return "", sqlErr("%s %s: contains a NUL byte", what, quote(name))
	}
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`, nil
}

// qualified writes a possibly schema-qualified name.
func qualified(what string, parts []string) (string, error) {
	if len(parts) == 0 || len(parts) > 3 {
		return "", sqlErr("%s: want 1 to 3 name parts (catalog, schema, name), got %d", what, len(parts))
	}
	out := make([]string, len(parts))
	for i, p := range parts {
		q, err := ident(what, p)
		if err != nil {
			return "", err
		}
		out[i] = q
	}
	return strings.Join(out, "."), nil
}

// literal is the one function that writes a value as an SQL string
// literal. It is used only for values that Compile has already checked
// (rule, moratorium and fact names, the schedule version) and for the
// package's own codes; the record's values are never written into SQL,
// and today is a bound parameter. It doubles single quotes and refuses a
// backslash (an escape when PostgreSQL's standard_conforming_strings is
// off), a NUL byte and invalid UTF-8, none of which a compiled schedule
// holds.
func literal(s string) string {
	if !utf8.ValidString(s) || strings.ContainsAny(s, "\\\x00") {
		panic("retention: literal: value not checked by Compile: " + quote(s))
	}
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

// SQL writes a query, for the dialect in opts, that decides every row of
// the caller's records relation as Decide would decide it: a SELECT with
// today as its one parameter, or with opts.View a CREATE VIEW deciding on
// today's date in London. Its columns are [SQLColumns]. The records, their
// facts and today are never part of the SQL text: facts are columns, today
// a parameter, and the schedule's own checked names (rule and moratorium
// ids, fact names) are string literals written by one function. Mapped
// names are quoted identifiers; a name that cannot be one, or a fact the
// schedule does not have, is an error wrapping ErrSQL.
func (s *Schedule) SQL(opts SQLOptions) (string, error) {
	if s == nil {
		return "", sqlErr("no schedule")
	}
	if opts.Dialect != PostgreSQL && opts.Dialect != DuckDB {
		return "", sqlErr("unknown dialect %d: want PostgreSQL or DuckDB", opts.Dialect)
	}
	g := &sqlGen{s: s, d: opts.Dialect}
	if err := g.resolve(&opts); err != nil {
		return "", err
	}
	return g.query(), nil
}

// resolve quotes every name of opts.
func (g *sqlGen) resolve(o *SQLOptions) error {
	def := func(v, d string) string {
		if v == "" {
			return d
		}
		return v
	}
	var err error
	if len(o.View) > 0 {
		if g.view, err = qualified("view", o.View); err != nil {
			return err
		}
	}
	recs := o.Records
	if len(recs) == 0 {
		recs = []string{"records"}
	}
	if g.records, err = qualified("records relation", recs); err != nil {
		return err
	}
	if g.idCol, err = ident("id column", def(o.ID, "id")); err != nil {
		return err
	}
	if g.ruleCol, err = ident("rule column", def(o.Rule, "rule")); err != nil {
		return err
	}
	for name := range o.Facts {
		if _, ok := g.s.factIndex[name]; !ok {
			return sqlErr("fact %s in the column map: the schedule has no such fact (its facts: %s)", quote(name), strings.Join(g.s.factNames, ", "))
		}
	}
	for name := range o.Known {
		if _, ok := g.s.factIndex[name]; !ok {
			return sqlErr("fact %s in the known-column map: the schedule has no such fact (its facts: %s)", quote(name), strings.Join(g.s.factNames, ", "))
		}
	}
	g.factCol = make([]string, len(g.s.factNames))
	g.knownCol = make([]string, len(g.s.factNames))
	for i, name := range g.s.factNames {
		col, mapped := o.Facts[name]
		if !mapped {
			col = name
		}
		if col != "" {
			if g.factCol[i], err = ident("column of fact "+name, col); err != nil {
				return err
			}
		}
		if k, ok := o.Known[name]; ok {
			if g.knownCol[i], err = ident("known column of fact "+name, k); err != nil {
				return err
			}
		}
	}
	if len(o.HoldsTable) > 0 {
		if g.holdsTable, err = qualified("holds relation", o.HoldsTable); err != nil {
			return err
		}
		if g.holdsRec, err = ident("holds record column", def(o.HoldsRecord, "record_id")); err != nil {
			return err
		}
		if g.holdsName, err = ident("holds name column", def(o.HoldsName, "hold")); err != nil {
			return err
		}
	} else if g.holdsCol, err = ident("holds column", def(o.Holds, "holds")); err != nil {
		return err
	}
	return nil
}
