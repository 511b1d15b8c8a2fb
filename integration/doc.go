// Package integration proves the SQL that retention.Schedule.SQL writes on
// real engines: every decision PostgreSQL and DuckDB compute from it is
// compared with retention.Decide. It is a separate module so that the
// library's go.mod keeps its three dependencies; it has no code of its own
// outside its tests.
//
// Run it with a throwaway PostgreSQL cluster:
//
//	cd integration && ./with-postgres.sh go test ./...
//
// Without NOTICEKIT_PG_DSN the PostgreSQL half is skipped (and fails when
// CI is set); DuckDB runs in process.
package integration
