package serve_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/internal/serve"
)

// A Server is an http.Handler; Load makes it ready. Here it answers a
// deadline question as `noticekit deadline --json` would.
func ExampleServer() {
	s := serve.New(serve.Config{Today: func() civil.Date { return civil.MustNew(2026, 11, 22) }})
	if err := s.Load(); err != nil {
		fmt.Println(err)
		return
	}
	w := httptest.NewRecorder()
	s.ServeHTTP(w, httptest.NewRequest("GET", "/v1/deadline?received=2026-01-31", nil))
	fmt.Println(w.Code, w.Header().Get("Content-Type"))
	fmt.Println(strings.Split(w.Body.String(), "\n")[5])

	w = httptest.NewRecorder()
	s.ServeHTTP(w, httptest.NewRequest("GET", "/v1/schedules/nope", nil))
	fmt.Println(w.Code, w.Header().Get("Content-Type"))
	// Output:
	// 200 application/json
	//   "due": "2026-03-02",
	// 404 application/problem+json
}

// CheckAddr refuses to listen beyond loopback without a token.
func ExampleCheckAddr() {
	fmt.Println(serve.CheckAddr("127.0.0.1:8080", false))
	fmt.Println(serve.CheckAddr("0.0.0.0:8080", false))
	fmt.Println(serve.CheckAddr("0.0.0.0:8080", true))
	// Output:
	// <nil>
	// --addr "0.0.0.0:8080" listens on 0.0.0.0, which is not loopback: give --token-file so that every /v1/ request must carry the token, or listen on 127.0.0.1
	// <nil>
}

// Routes are the patterns the server answers; openapi.json documents
// exactly these, and ProblemTypes the errors.
func ExampleRoutes() {
	for _, r := range serve.Routes()[:4] {
		fmt.Println(r)
	}
	fmt.Println(serve.ProblemBase + serve.ProblemTypes()[0][0])
	fmt.Println(len(serve.OpenAPI()) > 0)
	// Output:
	// GET /healthz
	// GET /readyz
	// GET /openapi.json
	// POST /v1/validate
	// https://noticekit.github.io/problems/malformed-request
	// true
}

// Run checks the address, loads the schedules and notices, listens and
// serves until its context ends (or SIGINT or SIGTERM), then shuts down
// gracefully.
func ExampleRun() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- serve.Run(ctx, serve.Options{Addr: "127.0.0.1:0", Listening: func(a net.Addr) {
			resp, err := http.Get("http://" + a.String() + "/readyz")
			if err == nil {
				fmt.Println(resp.StatusCode)
				resp.Body.Close()
			}
			cancel()
		}})
	}()
	fmt.Println(<-done)
	// Output:
	// 200
	// <nil>
}

// ReadToken reads the bearer token a service beyond loopback requires;
// Config.Token carries it. A token shorter than 16 characters is refused.
func ExampleReadToken() {
	dir, _ := os.MkdirTemp("", "token")
	defer os.RemoveAll(dir)
	_ = os.WriteFile(filepath.Join(dir, "token"), []byte("correct-horse-battery-staple\n"), 0o600)
	_ = os.WriteFile(filepath.Join(dir, "short"), []byte("abc\n"), 0o600)
	tok, err := serve.ReadToken(filepath.Join(dir, "token"))
	fmt.Println(string(tok), err)
	_, err = serve.ReadToken(filepath.Join(dir, "short"))
	var le *serve.LoadError
	fmt.Println(err != nil, errors.As(err, &le))
	// Output:
	// correct-horse-battery-staple <nil>
	// true false
}
