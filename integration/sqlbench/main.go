// Command sqlbench measures decisions per second of the SQL that
// retention.Schedule.SQL writes, in DuckDB and PostgreSQL, beside
// `noticekit retention decide` on the same records exported as CSV.
//
//	cd integration && ./with-postgres.sh go run ./sqlbench -rows 1000000,10000000 -pg-rows 1000000,3000000
//
// For each schedule and size it writes the records as CSV (the extract a
// council would hand the command), loads the same rows into each engine as
// a table with DATE fact columns and a text[] holds column, and times:
//
//   - duckdb, postgres: the generated SELECT for one day, written to a new
//     table (CREATE TABLE … AS), so that every column of every decision is
//     computed and stored, as a nightly job would;
//   - export: the records table written out as CSV (COPY … TO), the step the
//     command needs first when the records live in a database;
//   - command: noticekit retention decide --output jsonl on the CSV file,
//     output discarded.
//
// Each timing is the best of -runs runs. Results go to stdout as a
// Markdown table; the mix of outcomes DuckDB decided goes to stderr.
package main

import (
	"bufio"
	"context"
	"database/sql"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"
	"github.com/jackc/pgx/v5"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/retention"
)

func main() {
	rowsFlag := flag.String("rows", "1000000", "record counts for DuckDB and the command, comma-separated")
	pgRowsFlag := flag.String("pg-rows", "1000000", "record counts for PostgreSQL (none if empty or NOTICEKIT_PG_DSN is unset)")
	schedules := flag.String("schedules", "../examples/schedules/maidstone-parking.json,../examples/schedules/uk-practice.json", "schedule files, comma-separated")
	today := flag.String("today", "2026-11-29", "the day to decide on")
	runs := flag.Int("runs", 2, "runs of each timing; the best is reported")
	flag.Parse()
	if err := run(*rowsFlag, *pgRowsFlag, *schedules, *today, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "sqlbench:", err)
		os.Exit(1)
	}
}

func counts(s string) (out []int) {
	for _, f := range strings.Split(s, ",") {
		if n, err := strconv.Atoi(strings.TrimSpace(f)); err == nil && n > 0 {
			out = append(out, n)
		}
	}
	return out
}

func run(rowsFlag, pgRowsFlag, schedules, today string, runs int) error {
	dir, err := os.MkdirTemp("", "sqlbench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "noticekit")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/noticekit").CombinedOutput(); err != nil {
		return fmt.Errorf("go build: %v\n%s", err, out)
	}
	pgRows := counts(pgRowsFlag)
	dsn := os.Getenv("NOTICEKIT_PG_DSN")
	if dsn == "" {
		pgRows = nil
	}
	fmt.Printf("| schedule | records | engine | seconds | decisions/s |\n|---|---:|---|---:|---:|\n")
	for _, path := range strings.Split(schedules, ",") {
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		s, err := retention.CompileJSON(data)
		if err != nil {
			return err
		}
		sizes := map[int]bool{}
		for _, n := range append(counts(rowsFlag), pgRows...) {
			sizes[n] = true
		}
		for _, n := range sortedKeys(sizes) {
			csvPath := filepath.Join(dir, "records.csv")
			if err := writeCSV(csvPath, s, n); err != nil {
				return err
			}
			row := func(engine string, d time.Duration) {
				fmt.Printf("| %s | %d | %s | %.2f | %.0f |\n", s.ID(), n, engine, d.Seconds(), float64(n)/d.Seconds())
			}
			if contains(counts(rowsFlag), n) {
				d, err := best(runs, func() error {
					cmd := exec.Command(bin, "retention", "decide", "--schedule", path, "--today", today, "--output", "jsonl", "--format", "csv", csvPath)
					cmd.Stdout = io.Discard
					err := cmd.Run()
					if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 1 {
						return nil // some records are cannot-evaluate: expected
					}
					return err
				})
				if err != nil {
					return fmt.Errorf("command: %v", err)
				}
				row("noticekit retention decide (CSV in, JSON Lines out)", d)
				dq, dexp, err := duck(s, csvPath, dir, today, runs)
				if err != nil {
					return fmt.Errorf("duckdb: %v", err)
				}
				row("DuckDB: generated SQL into a table", dq)
				row("DuckDB: export the records as CSV", dexp)
			}
			if contains(pgRows, n) {
				pq, pexp, err := pg(dsn, s, csvPath, today, runs)
				if err != nil {
					return fmt.Errorf("postgres: %v", err)
				}
				row("PostgreSQL: generated SQL into a table", pq)
				row("PostgreSQL: export the records as CSV", pexp)
			}
		}
	}
	return nil
}

func contains(a []int, n int) bool {
	for _, v := range a {
		if v == n {
			return true
		}
	}
	return false
}

func sortedKeys(m map[int]bool) []int {
	var out []int
	for k := range m {
		out = append(out, k)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func best(runs int, f func() error) (time.Duration, error) {
	var b time.Duration
	for i := 0; i < runs; i++ {
		start := time.Now()
		if err := f(); err != nil {
			return 0, err
		}
		if d := time.Since(start); i == 0 || d < b {
			b = d
		}
	}
	return b, nil
}

// writeCSV writes n records in the command's CSV shape: mostly valid
// records of every rule, facts in declaration order a few years apart,
// a fifth of them not happened (empty), 1% with a hold.
func writeCSV(path string, s *retention.Schedule, n int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	facts := s.Facts()
	w.WriteString("id,rule,holds")
	for _, fd := range facts {
		w.WriteString("," + fd.Name)
	}
	w.WriteString("\n")
	rules := s.RuleIDs()
	r := rand.New(rand.NewPCG(1, 2))
	start := civil.MustNew(1990, 1, 1)
	for i := range n {
		w.WriteString(strconv.Itoa(i))
		w.WriteString("," + rules[r.IntN(len(rules))] + ",")
		if r.IntN(100) == 0 {
			w.WriteString("legal-hold")
		}
		d := start.AddDays(r.IntN(12000))
		for range facts {
			w.WriteByte(',')
			if r.IntN(5) == 0 {
				continue
			}
			d = d.AddDays(r.IntN(400))
			if d.After(civil.MustNew(2026, 11, 1)) {
				d = civil.MustNew(2026, 11, 1)
			}
			w.WriteString(d.String())
		}
		w.WriteString("\n")
	}
	return w.Flush()
}

func factCols(s *retention.Schedule, typ string) string {
	var b strings.Builder
	for _, fd := range s.Facts() {
		fmt.Fprintf(&b, ", CAST(%q AS %s) AS %q", fd.Name, typ, fd.Name)
	}
	return b.String()
}

func duck(s *retention.Schedule, csvPath, dir, today string, runs int) (query, export time.Duration, err error) {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		return 0, 0, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err = db.Exec(`CREATE TABLE records AS SELECT CAST(id AS BIGINT) AS id, rule,
		CASE WHEN holds IS NULL OR holds = '' THEN NULL ELSE string_split(holds, ';') END AS holds` + factCols(s, "DATE") +
		` FROM read_csv('` + csvPath + `', all_varchar = true, header = true)`); err != nil {
		return 0, 0, err
	}
	q, err := s.SQL(retention.SQLOptions{Dialect: retention.DuckDB})
	if err != nil {
		return 0, 0, err
	}
	query, err = best(runs, func() error {
		_, err := db.Exec("CREATE OR REPLACE TABLE decisions AS "+q, today)
		return err
	})
	if err != nil {
		return 0, 0, err
	}
	rows, err := db.Query("SELECT outcome, count(*) FROM decisions GROUP BY outcome ORDER BY outcome")
	if err != nil {
		return 0, 0, err
	}
	var mix []string
	for rows.Next() {
		var o string
		var n int
		if err := rows.Scan(&o, &n); err != nil {
			return 0, 0, err
		}
		mix = append(mix, fmt.Sprintf("%s %d", o, n))
	}
	rows.Close()
	fmt.Fprintf(os.Stderr, "%s: %s\n", s.ID(), strings.Join(mix, ", "))
	out := filepath.Join(dir, "export.csv")
	export, err = best(runs, func() error {
		_, err := db.Exec("COPY records TO '" + out + "' (HEADER)")
		return err
	})
	return query, export, err
}

func pg(dsn string, s *retention.Schedule, csvPath, today string, runs int) (query, export time.Duration, err error) {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return 0, 0, err
	}
	defer conn.Close(ctx)
	exec := func(q string) error { _, err := conn.Exec(ctx, q); return err }
	var cols []string
	for _, fd := range s.Facts() {
		cols = append(cols, fmt.Sprintf("%q text", fd.Name))
	}
	for _, q := range []string{"SET jit = off", "DROP TABLE IF EXISTS raw, records, decisions",
		"CREATE UNLOGGED TABLE raw (id text, rule text, holds text, " + strings.Join(cols, ", ") + ")"} {
		if err := exec(q); err != nil {
			return 0, 0, err
		}
	}
	f, err := os.Open(csvPath)
	if err != nil {
		return 0, 0, err
	}
	_, err = conn.PgConn().CopyFrom(ctx, f, "COPY raw FROM STDIN WITH (FORMAT csv, HEADER true)")
	f.Close()
	if err != nil {
		return 0, 0, err
	}
	for _, q := range []string{`CREATE UNLOGGED TABLE records AS SELECT CAST(id AS BIGINT) AS id, rule,
		CASE WHEN holds IS NULL OR holds = '' THEN NULL ELSE string_to_array(holds, ';') END AS holds` + factCols(s, "DATE") + " FROM raw",
		"DROP TABLE raw", "VACUUM ANALYZE records"} {
		if err := exec(q); err != nil {
			return 0, 0, err
		}
	}
	q, err := s.SQL(retention.SQLOptions{Dialect: retention.PostgreSQL})
	if err != nil {
		return 0, 0, err
	}
	if err := exec("PREPARE decide(date) AS " + q); err != nil {
		return 0, 0, err
	}
	query, err = best(runs, func() error {
		if err := exec("DROP TABLE IF EXISTS decisions"); err != nil {
			return err
		}
		return exec("CREATE UNLOGGED TABLE decisions AS EXECUTE decide('" + today + "')")
	})
	if err != nil {
		return 0, 0, err
	}
	export, err = best(runs, func() error {
		_, err := conn.PgConn().CopyTo(ctx, io.Discard, "COPY records TO STDOUT WITH (FORMAT csv, HEADER true)")
		return err
	})
	return query, export, err
}
