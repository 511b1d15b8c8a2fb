package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/noticekit/noticekit/internal/serve"
)

func runServe(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("serve", "[--addr 127.0.0.1:8080] [--schedules DIR] [--notices DIR] [--token-file F]",
		"Serves the command's answers over HTTP; GET /openapi.json describes the routes.\nAccess logs go to standard error as JSON lines. SIGINT or SIGTERM stops it after\nthe requests in flight finish (at most --grace).")
	var o serve.Options
	fs.StringVar(&o.Addr, "addr", "127.0.0.1:8080", "host:port to listen on; a host that is not loopback needs --token-file")
	fs.StringVar(&o.SchedulesDir, "schedules", "", "a directory of *.json retention schedules to load beside the bundled examples")
	fs.StringVar(&o.NoticesDir, "notices", "", "a directory of *.json notices to load beside the bundled examples")
	tokenFile := fs.String("token-file", "", "a file holding the bearer token every /v1/ request must carry (at least 16 visible ASCII characters)")
	fs.IntVar(&o.MaxInFlight, "max-in-flight", 64, "requests served at once; one more gets 429")
	fs.DurationVar(&o.Grace, "grace", 10*time.Second, "how long in-flight requests may run after SIGINT or SIGTERM")
	if code, ok := parseFlagsOnly(fs, args, stdout, stderr); !ok {
		return code
	}
	if *tokenFile != "" {
		tok, err := serve.ReadToken(*tokenFile)
		if err != nil {
			fmt.Fprintf(stderr, "noticekit serve: --token-file: %v\n", err)
			return exitUsage
		}
		o.Token = tok
	}
	o.Logger = slog.New(slog.NewJSONHandler(stderr, nil))
	if err := serve.Run(context.Background(), o); err != nil {
		fmt.Fprintf(stderr, "noticekit serve: %v\n", err)
		var le *serve.LoadError
		if errors.As(err, &le) {
			return exitInvalid // a document is invalid: exit 1, as validate does
		}
		return exitUsage
	}
	return exitOK
}
