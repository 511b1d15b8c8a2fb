package retention_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/noticekit/noticekit/retention"
)

// The Maidstone schedule compiled to a PostgreSQL SELECT over a table
// "bwc"."footage" whose capture date is in the column captured_on. Run it
// with the day to decide on as $1; it returns one row per record with the
// columns of SQLColumns.
func ExampleSchedule_SQL() {
	data, err := os.ReadFile("../examples/schedules/maidstone-parking.json")
	if err != nil {
		panic(err)
	}
	s, err := retention.CompileJSON(data)
	if err != nil {
		panic(err)
	}
	q, err := s.SQL(retention.SQLOptions{
		Dialect: retention.PostgreSQL,
		Records: []string{"bwc", "footage"},
		Facts:   map[string]string{"captured": "captured_on"},
	})
	if err != nil {
		panic(err)
	}
	for _, line := range strings.Split(q, "\n") {
		if strings.Contains(line, `"bwc"`) || strings.HasPrefix(line, "WITH") {
			fmt.Println(line)
		}
	}
	fmt.Println(strings.Contains(q, `r."captured_on" IS NULL`))
	fmt.Println(strings.Join(retention.SQLColumns(), ", "))
	// Output:
	// WITH nk_p AS (SELECT CAST($1 AS DATE) AS today),
	//   FROM "bwc"."footage" AS r CROSS JOIN nk_p AS p OFFSET 0),
	// true
	// id, rule, schedule_version, outcome, reason, due, next_review, action, must_dispose_by, overdue, holds, missing, detail
}

// A column map naming a fact the schedule does not declare is refused
// before any SQL is written.
func ExampleParseDialect() {
	d, err := retention.ParseDialect("duckdb")
	if err != nil {
		panic(err)
	}
	s, err := retention.CompileJSON([]byte(`{"$schema": "https://noticekit.github.io/schema/schedule/v2.json",
	  "id": "s", "version": "1", "facts": [{"name": "created", "meaning": "the day the record was created"}],
	  "rules": [{"id": "r", "retain": {"from": "created", "period": "P6Y"}, "then": "destroy"}]}`))
	if err != nil {
		panic(err)
	}
	_, err = s.SQL(retention.SQLOptions{Dialect: d, Facts: map[string]string{"creatd": "created_on"}})
	fmt.Println(d, errors.Is(err, retention.ErrSQL))
	fmt.Println(err)
	// Output:
	// duckdb true
	// retention: cannot write SQL: fact "creatd" in the column map: the schedule has no such fact (its facts: created)
}
