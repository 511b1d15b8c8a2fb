package retention_test

import (
	"errors"
	"flag"
	"io"
	"testing"

	"github.com/noticekit/noticekit/retention"
)

// TestDialectText: a Dialect is a flag.TextVar (and a JSON string): each
// code round-trips, an unknown code is an UnknownCodeError, and the
// unspecified dialect has no code.
func TestDialectText(t *testing.T) {
	for _, d := range []retention.Dialect{retention.PostgreSQL, retention.DuckDB} {
		b, err := d.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText: %v", d, err)
		}
		fs := flag.NewFlagSet("x", flag.ContinueOnError)
		var got retention.Dialect
		fs.TextVar(&got, "dialect", retention.DialectUnspecified, "")
		if err := fs.Parse([]string{"--dialect", string(b)}); err != nil || got != d {
			t.Errorf("--dialect %s: %v, %v; want %v", b, got, err, d)
		}
	}
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var got retention.Dialect
	fs.TextVar(&got, "dialect", retention.DialectUnspecified, "")
	var unknown *retention.UnknownCodeError
	if err := fs.Parse([]string{"--dialect", "sqlite"}); err == nil {
		t.Errorf("--dialect sqlite: accepted as %v, want an error", got)
	}
	if err := got.UnmarshalText([]byte("sqlite")); !errors.As(err, &unknown) || unknown.Code != "sqlite" {
		t.Errorf("UnmarshalText(sqlite): %v, want an UnknownCodeError for sqlite", err)
	}
	if _, err := retention.DialectUnspecified.MarshalText(); err == nil {
		t.Error("DialectUnspecified.MarshalText: no error, want one (it has no code)")
	}
}
