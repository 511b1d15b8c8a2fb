package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestCheckAddr(t *testing.T) {
	tests := []struct {
		addr  string
		token bool
		ok    bool
	}{
		{"127.0.0.1:8080", false, true},
		{"127.1.2.3:8080", false, true},
		{"[::1]:8080", false, true},
		{"localhost:8080", false, true},
		{"[::ffff:127.0.0.1]:80", false, true},
		{"0.0.0.0:8080", false, false},
		{":8080", false, false},
		{"[::]:8080", false, false},
		{"192.168.1.10:8080", false, false},
		{"example.org:8080", false, false},
		{"0.0.0.0:8080", true, true},
		{":8080", true, true},
		{"127.0.0.1", false, false}, // no port
	}
	for _, tt := range tests {
		err := CheckAddr(tt.addr, tt.token)
		if (err == nil) != tt.ok {
			t.Errorf("CheckAddr(%q, token %v) = %v, want ok %v", tt.addr, tt.token, err, tt.ok)
		}
	}
}

// TestRunRefusesNonLoopback: without a token, Run refuses an address that
// is not loopback before it loads or listens anything.
func TestRunRefusesNonLoopback(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:0", ":0", "[::]:0"} {
		listened := false
		err := Run(context.Background(), Options{Addr: addr, Listening: func(net.Addr) { listened = true }})
		if err == nil || !strings.Contains(err.Error(), "not loopback") || !strings.Contains(err.Error(), "--token-file") {
			t.Errorf("Run(%q) = %v, want a refusal naming --token-file", addr, err)
		}
		if listened {
			t.Errorf("Run(%q) listened", addr)
		}
	}
}

// startServer serves s on a loopback port until the test ends; it returns
// the base URL and a function that starts the shutdown and waits for it.
func startServer(t testing.TB, s *Server, o Options) (base string, shutdown func() error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln, o) }()
	var once sync.Once
	var serr error
	shutdown = func() error {
		once.Do(func() { cancel(); serr = <-done })
		return serr
	}
	t.Cleanup(func() { _ = shutdown() })
	return "http://" + ln.Addr().String(), shutdown
}

const testToken = "correct-horse-battery-staple-42"

func TestAuth(t *testing.T) {
	s := newTestServer(t, Config{Token: []byte(testToken)})
	tests := []struct {
		name, target, auth string
		status             int
	}{
		{"missing", "/v1/schedules", "", 401},
		{"wrong", "/v1/schedules", "Bearer wrong-horse-battery-staple-42", 401},
		{"differently cased", "/v1/schedules", "Bearer " + strings.ToUpper(testToken), 401},
		{"prefix", "/v1/schedules", "Bearer " + testToken[:len(testToken)-1], 401},
		{"longer", "/v1/schedules", "Bearer " + testToken + "x", 401},
		{"basic scheme", "/v1/schedules", "Basic " + testToken, 401},
		{"no scheme", "/v1/schedules", testToken, 401},
		{"empty bearer", "/v1/schedules", "Bearer ", 401},
		{"right", "/v1/schedules", "Bearer " + testToken, 200},
		{"scheme case-insensitive", "/v1/schedules", "bearer " + testToken, 200},
		{"health needs none", "/healthz", "", 200},
		{"readiness needs none", "/readyz", "", 200},
		{"openapi needs none", "/openapi.json", "", 200},
		{"unknown /v1/ route: 404 needs none", "/v1/nope", "", 404},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var h []string
			if tt.auth != "" {
				h = []string{"Authorization", tt.auth}
			}
			w := do(s, "GET", tt.target, "", nil, h...)
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", w.Code, tt.status, w.Body)
			}
			if tt.status == 401 {
				if p := problemOf(t, w); p.Type != ProblemBase+"unauthorized" {
					t.Errorf("type %q", p.Type)
				}
				if w.Header().Get("WWW-Authenticate") != `Bearer realm="noticekit"` {
					t.Errorf("WWW-Authenticate %q", w.Header().Get("WWW-Authenticate"))
				}
				if strings.Contains(w.Body.String(), testToken) || strings.Contains(strings.ToLower(w.Body.String()), strings.ToLower(testToken[:10])) {
					t.Error("the response names the token")
				}
			}
		})
	}
}

// leakStat compares the times of two kinds of request measured in rounds
// (interleaved, so that drift in the machine's speed hits both alike). It
// returns the effect, the median over rounds of the difference between the
// kinds' median times, and the noise, the median over rounds of the
// difference between two halves of the same kind. A comparison that leaks
// shows an effect well above the noise; a constant-time one does not.
func leakStat(a, b [][]time.Duration) (effect, noise time.Duration) {
	med := func(xs []time.Duration) time.Duration {
		ys := slices.Clone(xs)
		slices.Sort(ys)
		return ys[len(ys)/2]
	}
	halves := func(xs []time.Duration) time.Duration {
		var even, odd []time.Duration
		for i, x := range xs {
			if i%2 == 0 {
				even = append(even, x)
			} else {
				odd = append(odd, x)
			}
		}
		d := med(even) - med(odd)
		return max(d, -d)
	}
	var diffs, noises []time.Duration
	for r := range a {
		diffs = append(diffs, med(a[r])-med(b[r]))
		noises = append(noises, halves(a[r]), halves(b[r]))
	}
	effect = med(diffs)
	return max(effect, -effect), med(noises)
}

// measure times calls of each fn in kinds, interleaved, in rounds.
func measure(rounds, perRound int, kinds ...func()) [][][]time.Duration {
	out := make([][][]time.Duration, len(kinds))
	for k := range kinds {
		out[k] = make([][]time.Duration, rounds)
	}
	for r := 0; r < rounds; r++ {
		for i := 0; i < perRound; i++ {
			for k, fn := range kinds {
				start := time.Now()
				fn()
				out[k][r] = append(out[k][r], time.Since(start))
			}
		}
	}
	return out
}

// TestAuthTiming: a missing, a wrong (first byte), a nearly right (last
// byte) and a differently-cased token take the same time to refuse, within
// the noise of the measurement. The same statistic, fed by a comparison
// that stops at the first differing byte of a long token, does find the
// leak, so the test can fail.
func TestAuthTiming(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("timing distributions: skipped with -short and under the race detector")
	}
	s := newTestServer(t, Config{Token: []byte(testToken)})
	// Each kind is a whole request through the handler; the request and
	// the recorder are made outside the timed call.
	req := func(auth string) func() {
		r := httptest.NewRequest("GET", "/v1/schedules", nil)
		if auth != "" {
			r.Header.Set("Authorization", auth)
		}
		var w *httptest.ResponseRecorder
		return func() {
			w = httptest.NewRecorder()
			s.ServeHTTP(w, r)
			if w.Code != 401 {
				panic(fmt.Sprint("status ", w.Code))
			}
		}
	}
	first := "Bearer X" + testToken[1:]
	last := "Bearer " + testToken[:len(testToken)-1] + "X"
	upper := "Bearer " + strings.ToUpper(testToken)
	m := measure(15, 1000, req(first), req(last), req(upper), req(""))
	names := []string{"first byte wrong", "last byte wrong", "differently cased", "missing"}
	for i := 1; i < len(m); i++ {
		effect, noise := leakStat(m[0], m[i])
		t.Logf("%s vs %s: effect %v, noise %v", names[0], names[i], effect, noise)
		if effect > 4*noise {
			t.Errorf("%s vs %s: the times differ by %v, over 4× the noise (%v)", names[0], names[i], effect, noise)
		}
	}

	// The statistic finds a comparison that leaks.
	long := bytes.Repeat([]byte("k"), 64<<10)
	naive := func(got []byte) func() {
		return func() {
			for i := range long {
				if i >= len(got) || got[i] != long[i] {
					return
				}
			}
		}
	}
	early := append([]byte("X"), long[1:]...)
	late := append(bytes.Clone(long[:len(long)-1]), 'X')
	m = measure(15, 200, naive(early), naive(late))
	effect, noise := leakStat(m[0], m[1])
	t.Logf("leaky comparison: effect %v, noise %v", effect, noise)
	if effect <= 4*noise {
		t.Errorf("the statistic misses a leaking comparison: effect %v, noise %v", effect, noise)
	}
}

// TestAccessLog: one JSON record per request with method, route pattern,
// status, bytes, duration and request id; never the body, the query or
// the token.
func TestAccessLog(t *testing.T) {
	var buf bytes.Buffer
	s := newTestServer(t, Config{Token: []byte(testToken), Logger: slog.New(slog.NewJSONHandler(&buf, nil))})
	body := exampleNotice(t, "staffordshire-opcc")
	w := do(s, "POST", "/v1/check?on=2026-11-22", "application/json", body, "Authorization", "Bearer "+testToken, "X-Request-Id", "trace-1")
	if w.Code != 200 {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	do(s, "GET", "/v1/schedules/x?secret=1", "", nil, "Authorization", "Bearer "+testToken)
	do(s, "GET", "/v1/rights", "", nil, "Authorization", "Bearer wrong-token-value-0000")
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d log lines, want 3:\n%s", len(lines), buf.String())
	}
	var rec struct {
		Msg        string  `json:"msg"`
		Method     string  `json:"method"`
		Route      string  `json:"route"`
		Status     int     `json:"status"`
		Bytes      int64   `json:"bytes"`
		DurationMS float64 `json:"duration_ms"`
		RequestID  string  `json:"request_id"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Msg != "request" || rec.Method != "POST" || rec.Route != "POST /v1/check" || rec.Status != 200 ||
		rec.Bytes != int64(w.Body.Len()) || rec.DurationMS <= 0 || rec.RequestID != "trace-1" {
		t.Errorf("log record %+v", rec)
	}
	for _, bad := range []string{testToken, "wrong-token-value", "secret", "Staffordshire", "2026-11-22"} {
		if strings.Contains(buf.String(), bad) {
			t.Errorf("the log holds %q:\n%s", bad, buf.String())
		}
	}
	if !strings.Contains(lines[1], `"route":"GET /v1/schedules/{id}"`) || !strings.Contains(lines[1], `"status":400`) {
		t.Errorf("unknown schedule log: %s", lines[1])
	}
	if !strings.Contains(lines[2], `"status":401`) {
		t.Errorf("401 log: %s", lines[2])
	}
}

// TestTooManyRequests: with every slot held by a request still sending its
// body, one more request gets 429 with Retry-After; health checks do not
// count.
func TestTooManyRequests(t *testing.T) {
	s := newTestServer(t, Config{MaxInFlight: 2})
	base, _ := startServer(t, s, Options{})
	var pws []*io.PipeWriter
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		pr, pw := io.Pipe()
		pws = append(pws, pw)
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := http.Post(base+"/v1/validate", "application/json", pr)
			if err == nil {
				resp.Body.Close()
			}
		}()
		if _, err := pw.Write([]byte(`{"$schema": `)); err != nil {
			t.Fatal(err)
		}
	}
	for deadline := time.Now().Add(5 * time.Second); len(s.slots) < 2; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the two requests never took their slots")
		}
	}
	resp, err := http.Get(base + "/v1/schedules")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 429 || resp.Header.Get("Retry-After") != "1" || !bytes.Contains(body, []byte(ProblemBase+"too-many-requests")) {
		t.Errorf("%d %q %s", resp.StatusCode, resp.Header.Get("Retry-After"), body)
	}
	if resp, err := http.Get(base + "/healthz"); err != nil || resp.StatusCode != 200 {
		t.Errorf("healthz at the cap: %v", err)
	} else {
		resp.Body.Close()
	}
	for _, pw := range pws {
		pw.Close()
	}
	wg.Wait()
	if resp, err := http.Get(base + "/v1/schedules"); err != nil || resp.StatusCode != 200 {
		t.Errorf("after the slots are free: %v %v", resp, err)
	} else {
		resp.Body.Close()
	}
}

// gigabyte is an endless-looking body of 1 GiB, made on the fly: it counts
// how much of it was read (atomically: the transport may still be reading
// when the response has come).
type gigabyte struct {
	read atomic.Int64
	size int64
}

func (g *gigabyte) Read(p []byte) (int, error) {
	done := g.read.Load()
	if done >= g.size {
		return 0, io.EOF
	}
	n := min(int64(len(p)), g.size-done)
	for i := range p[:n] {
		p[i] = ' '
	}
	g.read.Add(n)
	return int(n), nil
}

// TestHugeBody: a 1 GiB body to /v1/check gets 413 after at most a little
// over the limit is read, whether its length is declared or not.
func TestHugeBody(t *testing.T) {
	s := newTestServer(t, Config{})
	base, _ := startServer(t, s, Options{})
	for _, declared := range []bool{true, false} {
		t.Run(fmt.Sprintf("declared length %v", declared), func(t *testing.T) {
			g := &gigabyte{size: 1 << 30}
			req, err := http.NewRequest("POST", base+"/v1/check", g)
			if err != nil {
				t.Fatal(err)
			}
			req.Header.Set("Content-Type", "application/json")
			if declared {
				req.ContentLength = g.size
			} else {
				req.ContentLength = -1 // chunked
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 413 || !bytes.Contains(body, []byte(ProblemBase+"body-too-large")) {
				t.Errorf("%d %s", resp.StatusCode, body)
			}
			// The server reads at most the limit and what the kernel's
			// buffers take before the connection is closed.
			if limit := int64(s.cfg.MaxBody) + 64<<20; g.read.Load() > limit {
				t.Errorf("the client sent %d bytes, over %d", g.read.Load(), limit)
			}
			t.Logf("sent %d of %d bytes", g.read.Load(), g.size)
		})
	}
}

// TestSlowLoris: a client that sends its headers a byte at a time is cut
// at the read-header timeout; one that sends a document body slowly is cut
// at the read timeout.
func TestSlowLoris(t *testing.T) {
	s := newTestServer(t, Config{})
	base, _ := startServer(t, s, Options{ReadHeaderTimeout: 300 * time.Millisecond, ReadTimeout: 600 * time.Millisecond})
	addr := strings.TrimPrefix(base, "http://")
	for _, tt := range []struct {
		name    string
		head    string
		dribble string
		cutBy   time.Duration
	}{
		{"headers", "POST /v1/check HTTP/1.1\r\nHost: x\r\n", "X-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 3 * time.Second},
		{"body", "POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n", strings.Repeat(" ", 1000), 3 * time.Second},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c, err := net.Dial("tcp", addr)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			start := time.Now()
			if _, err := c.Write([]byte(tt.head)); err != nil {
				t.Fatal(err)
			}
			closed := make(chan []byte, 1)
			go func() { b, _ := io.ReadAll(c); closed <- b }()
			for i := 0; ; i++ {
				select {
				case b := <-closed:
					elapsed := time.Since(start)
					t.Logf("cut after %v; the server said %q", elapsed.Round(time.Millisecond), firstLine(b))
					if tt.name == "body" && !bytes.Contains(b, []byte(ProblemBase+"request-timeout")) {
						t.Errorf("a slow body got %s, want a request-timeout problem", b)
					}
					if elapsed > tt.cutBy {
						t.Errorf("cut after %v, want within %v", elapsed, tt.cutBy)
					}
					return
				case <-time.After(50 * time.Millisecond):
				}
				if i*50 > int(10*time.Second/time.Millisecond) {
					t.Fatal("the slow client was never cut")
				}
				_, err := c.Write([]byte{tt.dribble[i%len(tt.dribble)]})
				if err != nil && !errors.Is(err, net.ErrClosed) {
					continue // the server has closed; the reader sees it next
				}
			}
		})
	}
}

func firstLine(b []byte) string {
	line, _, _ := bytes.Cut(b, []byte("\n"))
	return string(line)
}
