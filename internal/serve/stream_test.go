package serve

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/sweep"
)

const decidePath = "/v1/schedules/maidstone-parking/decide?today=2026-06-01"

// record is a valid Maidstone record line, not yet due on 2026-06-01.
func record(i int) string {
	return fmt.Sprintf(`{"id": "bwc-%07d", "rule": "bwc-footage", "facts": {"captured": "2026-05-02", "case_opened": null, "case_closed": null}}`+"\n", i)
}

// endLine decodes a stream's last line.
func endLine(t *testing.T, line string) decideEnd {
	t.Helper()
	var end struct {
		Error    *Problem        `json:"error"`
		Manifest json.RawMessage `json:"manifest"`
	}
	if err := json.Unmarshal([]byte(line), &end); err != nil || end.Manifest == nil {
		t.Fatalf("last line %q is not the end line: %v", line, err)
	}
	var m sweep.Manifest
	if err := json.Unmarshal(end.Manifest, &m); err != nil {
		// Counts marshal as an object; read them by name.
		var raw struct {
			Records int64            `json:"records"`
			Counts  map[string]int64 `json:"counts"`
		}
		if err := json.Unmarshal(end.Manifest, &raw); err != nil {
			t.Fatal(err)
		}
		m.Records = raw.Records
	}
	return decideEnd{Error: end.Error, Manifest: m}
}

// counts reads the per-outcome counts of an end line.
func counts(t *testing.T, line string) map[string]int64 {
	t.Helper()
	var end struct {
		Manifest struct {
			Counts map[string]int64 `json:"counts"`
		} `json:"manifest"`
	}
	if err := json.Unmarshal([]byte(line), &end); err != nil {
		t.Fatal(err)
	}
	return end.Manifest.Counts
}

// TestDecide: JSON Lines and CSV bodies give the decisions the sweep
// package writes for the same input, then the end line with the counts;
// a malformed line is a cannot-evaluate decision naming it, and the
// stream goes on.
func TestDecide(t *testing.T) {
	s := newTestServer(t, Config{})
	malformed, err := os.ReadFile(filepath.Join("..", "..", "cmd", "noticekit", "testdata", "retention", "malformed.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	csvBody := "id,rule,holds,captured,case_opened,case_closed,reviewed\n" +
		"a,bwc-footage,,2026-01-01,,,\n" +
		"b,bwc-footage,legal-hold,2026-01-01,,,\n" +
		"c,bwc-footage,\"unclosed,2026-01-01,,,\n" +
		"d,bwc-footage,,2026-05-30,,,\n"
	sched, _ := examples.Schedule("maidstone-parking")
	l := s.store.Load().schedule("maidstone-parking")
	tests := []struct {
		name, ctype, target string
		body                []byte
		format              sweep.Format
		input               string
	}{
		{"jsonl", "application/x-ndjson", decidePath + "&name=malformed.jsonl", malformed, sweep.JSONLines, "malformed.jsonl"},
		{"jsonl type", "application/jsonl; charset=utf-8", decidePath, []byte(record(1) + record(2)), sweep.JSONLines, "body"},
		{"csv", "text/csv", decidePath, []byte(csvBody), sweep.CSV, "body"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(s, "POST", tt.target, tt.ctype, tt.body)
			if w.Code != 200 || w.Header().Get("Content-Type") != "application/x-ndjson" {
				t.Fatalf("%d %s: %s", w.Code, w.Header().Get("Content-Type"), w.Body)
			}
			lines := strings.SplitAfter(strings.TrimSuffix(w.Body.String(), "\n"), "\n")
			got := strings.Join(lines[:len(lines)-1], "")
			sw, err := sweep.New(l.s, sched.Data, sweep.Options{Today: civil.MustNew(2026, 6, 1), Input: tt.format})
			if err != nil {
				t.Fatal(err)
			}
			var want bytes.Buffer
			if err := sw.Run(context.Background(), tt.input, bytes.NewReader(tt.body), &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want.String(), got); diff != "" {
				t.Errorf("decisions (-sweep +http):\n%s", diff)
			}
			end := endLine(t, lines[len(lines)-1])
			if end.Error != nil || end.Manifest.Records != int64(len(lines)-1) {
				t.Errorf("end line %s: want no error and %d records", lines[len(lines)-1], len(lines)-1)
			}
		})
	}
	// The malformed stream goes on past each bad line, each named.
	w := do(s, "POST", decidePath+"&name=m.jsonl", "application/x-ndjson", malformed)
	if !strings.Contains(w.Body.String(), `"detail":"m.jsonl:7:1: empty line`) || !strings.Contains(w.Body.String(), `"id":"no-final-newline"`) {
		t.Errorf("malformed lines:\n%s", w.Body)
	}
	if c := counts(t, lastLine(w.Body.String())); c["cannot-evaluate"] != 20 || c["not-yet"] != 2 {
		t.Errorf("counts %v", c)
	}
}

func lastLine(s string) string {
	s = strings.TrimSuffix(s, "\n")
	return s[strings.LastIndexByte(s, '\n')+1:]
}

// TestDecideErrors: the errors found before the stream starts are problems.
func TestDecideErrors(t *testing.T) {
	s := newTestServer(t, Config{})
	tests := []struct {
		name, target, ctype string
		status              int
		code                string
	}{
		{"unknown schedule", "/v1/schedules/nope/decide", "text/csv", 404, "unknown-schedule"},
		{"bad today", "/v1/schedules/maidstone-parking/decide?today=tomorrow", "text/csv", 400, "malformed-request"},
		{"bad name", "/v1/schedules/maidstone-parking/decide?name=a%0Ab", "text/csv", 400, "malformed-request"},
		{"json is not records", "/v1/schedules/maidstone-parking/decide", "application/json", 415, "unsupported-media-type"},
		{"get", "/v1/schedules/maidstone-parking/decide", "", 405, "method-not-allowed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			method := "POST"
			if tt.name == "get" {
				method = "GET"
			}
			w := do(s, method, tt.target, tt.ctype, []byte(record(1)))
			if w.Code != tt.status {
				t.Fatalf("%d, want %d: %s", w.Code, tt.status, w.Body)
			}
			if p := problemOf(t, w); p.Type != ProblemBase+tt.code {
				t.Errorf("type %s", p.Type)
			}
		})
	}
}

// streamClient posts a body written through a pipe and reads the
// response line by line.
type streamClient struct {
	pw     *io.PipeWriter
	resp   *http.Response
	lines  *bufio.Reader
	cancel context.CancelFunc
}

func openStream(t *testing.T, url, ctype string) *streamClient {
	t.Helper()
	pr, pw := io.Pipe()
	ctx, cancel := context.WithCancel(context.Background())
	req, err := http.NewRequestWithContext(ctx, "POST", url, pr)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", ctype)
	got := make(chan *http.Response, 1)
	go func() {
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Log(err)
			got <- nil
			return
		}
		got <- resp
	}()
	c := &streamClient{pw: pw, cancel: cancel}
	if _, err := pw.Write([]byte(record(0))); err != nil { // the server answers once it has a record
		t.Fatal(err)
	}
	c.resp = <-got
	if c.resp == nil {
		t.Fatal("no response")
	}
	t.Cleanup(func() { cancel(); pw.Close(); c.resp.Body.Close() })
	if c.resp.StatusCode != 200 {
		b, _ := io.ReadAll(c.resp.Body)
		t.Fatalf("%d %s", c.resp.StatusCode, b)
	}
	c.lines = bufio.NewReader(c.resp.Body)
	return c
}

func (c *streamClient) readLine(t *testing.T) string {
	t.Helper()
	line, err := c.lines.ReadString('\n')
	if err != nil {
		t.Fatalf("reading a decision: %v (so far %q)", err, line)
	}
	return line
}

// TestDecideStreams: each decision comes back while the body is still
// being written; the stream has no total size limit, only a line limit.
func TestDecideStreams(t *testing.T) {
	s := newTestServer(t, Config{MaxBody: 1 << 10, MaxLine: 200})
	base, _ := startServer(t, s, Options{})
	c := openStream(t, base+decidePath, "application/x-ndjson")
	if got := c.readLine(t); !strings.Contains(got, `"id":"bwc-0000000"`) {
		t.Fatalf("first decision %q", got)
	}
	for i := 1; i <= 3; i++ { // one line at a time: its decision arrives before the next is sent
		if _, err := c.pw.Write([]byte(record(i))); err != nil {
			t.Fatal(err)
		}
		if got := c.readLine(t); !strings.Contains(got, fmt.Sprintf(`"id":"bwc-%07d"`, i)) {
			t.Fatalf("decision %d: %q", i, got)
		}
	}
	long := `{"id": "long", "rule": "bwc-footage", "facts": {"captured": "2026-05-02", "case_opened": null, "case_closed": null}, "holds": ["` + strings.Repeat("x", 300) + `"]}` + "\n"
	if _, err := c.pw.Write([]byte(long)); err != nil {
		t.Fatal(err)
	}
	if got := c.readLine(t); !strings.Contains(got, `"outcome":"cannot-evaluate"`) || !strings.Contains(got, "body:5") {
		t.Fatalf("long line: %q", got)
	}
	// Much more than MaxBody in all: no total limit.
	var more bytes.Buffer
	for i := 6; i < 6+2000; i++ {
		more.WriteString(record(i))
	}
	go func() { c.pw.Write(more.Bytes()); c.pw.Close() }()
	rest, err := io.ReadAll(c.lines)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(rest), "\n"), "\n")
	if len(lines) != 2001 {
		t.Fatalf("%d lines after the long one, want 2000 decisions and the end", len(lines))
	}
	if c := counts(t, lines[len(lines)-1]); c["not-yet"] != 2004 || c["cannot-evaluate"] != 1 {
		t.Errorf("counts %v", c)
	}
}

// stableGoroutines returns the number of goroutines once it has not
// changed for 50 ms.
func stableGoroutines() int {
	n := runtime.NumGoroutine()
	for still := 0; still < 10; still++ {
		time.Sleep(5 * time.Millisecond)
		if m := runtime.NumGoroutine(); m != n {
			n, still = m, 0
		}
	}
	return n
}

// goroutines waits for the number of goroutines to settle at or below
// want, returning it; it gives up after two seconds.
func goroutines(want int) int {
	n := runtime.NumGoroutine()
	for deadline := time.Now().Add(2 * time.Second); n > want && time.Now().Before(deadline); n = runtime.NumGoroutine() {
		time.Sleep(5 * time.Millisecond)
	}
	return n
}

// TestDecideDisconnect: a client that goes away mid-stream stops the work
// within 100 ms, and leaves no goroutine behind.
func TestDecideDisconnect(t *testing.T) {
	s := newTestServer(t, Config{})
	base, _ := startServer(t, s, Options{})
	http.DefaultTransport.(*http.Transport).CloseIdleConnections()
	before := stableGoroutines()
	for _, stall := range []bool{false, true} {
		t.Run(fmt.Sprintf("client stalled %v", stall), func(t *testing.T) {
			c := openStream(t, base+decidePath, "application/x-ndjson")
			c.readLine(t)
			if !stall { // keep the server busy: records flowing
				go func() {
					for i := 1; ; i++ {
						if _, err := c.pw.Write([]byte(record(i))); err != nil {
							return
						}
					}
				}()
				time.Sleep(100 * time.Millisecond)
			}
			if len(s.slots) != 1 {
				t.Fatalf("%d requests in flight, want 1", len(s.slots))
			}
			start := time.Now()
			c.cancel() // the transport closes the connection
			for len(s.slots) > 0 && time.Since(start) < 5*time.Second {
				time.Sleep(100 * time.Microsecond)
			}
			stopped := time.Since(start)
			t.Logf("the handler returned %v after the client went away", stopped)
			if stopped > 100*time.Millisecond {
				t.Errorf("the work stopped %v after the disconnect, want within 100ms", stopped)
			}
			c.pw.Close()
		})
	}
	http.DefaultTransport.(*http.Transport).CloseIdleConnections()
	after := goroutines(before)
	t.Logf("goroutines: %d before the streams, %d after", before, after)
	if after > before {
		buf := make([]byte, 1<<20)
		t.Errorf("%d goroutines before, %d after:\n%s", before, after, buf[:runtime.Stack(buf, true)])
	}
}

// TestDecideIdle: a stream whose client stops sending is cut after
// StreamIdle with a final error line.
func TestDecideIdle(t *testing.T) {
	s := newTestServer(t, Config{StreamIdle: 200 * time.Millisecond})
	base, _ := startServer(t, s, Options{})
	c := openStream(t, base+decidePath, "application/x-ndjson")
	c.readLine(t)
	end := endLine(t, c.readLine(t))
	if end.Error == nil || end.Error.Type != ProblemBase+"request-timeout" || end.Manifest.Records != 1 {
		t.Errorf("end %+v", end)
	}
}

// TestShutdownDuringStream sends the process SIGTERM while streams run,
// with Run on a real listener: a stream that ends within the grace period
// completes; one that does not ends with a final error line. New requests
// are refused meanwhile, and Run returns.
func TestShutdownDuringStream(t *testing.T) {
	for _, finish := range []bool{true, false} {
		t.Run(fmt.Sprintf("finishes in grace %v", finish), func(t *testing.T) {
			addrs := make(chan net.Addr, 1)
			ran := make(chan error, 1)
			go func() {
				ran <- Run(context.Background(), Options{Addr: "127.0.0.1:0", Grace: 500 * time.Millisecond,
					Config: Config{Today: func() civil.Date { return testDay }}, Listening: func(a net.Addr) { addrs <- a }})
			}()
			var base string
			select {
			case a := <-addrs:
				base = "http://" + a.String()
			case err := <-ran:
				t.Fatal(err)
			}
			c := openStream(t, base+decidePath, "application/x-ndjson")
			c.readLine(t)
			if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
				t.Fatal(err)
			}
			time.Sleep(100 * time.Millisecond) // the signal is delivered and shutdown begins
			if finish {
				if _, err := c.pw.Write([]byte(record(1))); err != nil {
					t.Fatal(err)
				}
				c.pw.Close()
			}
			rest, err := io.ReadAll(c.lines)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSuffix(string(rest), "\n"), "\n")
			end := endLine(t, lines[len(lines)-1])
			switch {
			case finish && (end.Error != nil || end.Manifest.Records != 2):
				t.Errorf("a stream finished in the grace period ended %s", rest)
			case !finish && (end.Error == nil || end.Error.Type != ProblemBase+"shutting-down" || end.Manifest.Records != 1):
				t.Errorf("a stream cut at the end of the grace period ended %s", rest)
			}
			select {
			case err := <-ran:
				if err != nil {
					t.Errorf("Run: %v", err)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("Run did not return after SIGTERM")
			}
		})
	}
}

// TestDecideExpectContinue: a client that sends "Expect: 100-continue"
// (curl does for a body over 1 MiB) and waits for it gets it, so its body
// is decided in full; a server answering 200 first would leave it waiting.
func TestDecideExpectContinue(t *testing.T) {
	s := newTestServer(t, Config{StreamIdle: 5 * time.Second})
	base, _ := startServer(t, s, Options{})
	var body bytes.Buffer
	for i := 0; i < 100; i++ {
		body.WriteString(record(i))
	}
	req, err := http.NewRequest("POST", base+decidePath, bytes.NewReader(body.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-ndjson")
	req.Header.Set("Expect", "100-continue")
	tr := &http.Transport{ExpectContinueTimeout: time.Hour} // only the 100 releases the body
	defer tr.CloseIdleConnections()
	resp, err := tr.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	last := lastLine(string(out))
	if end := endLine(t, last); end.Error != nil || end.Manifest.Records != 100 {
		t.Errorf("the stream ended %s", last)
	}
}

// TestDecideAbsentNotHappened: absent_means_not_happened=true is the
// command's --absent-means-not-happened: a fact left out reads as not
// happened, and the manifest says so; by default it is unknown.
func TestDecideAbsentNotHappened(t *testing.T) {
	s := newTestServer(t, Config{})
	line := []byte(`{"id": "a", "rule": "bwc-footage", "facts": {"captured": "2026-03-01"}}` + "\n")
	for _, tt := range []struct {
		query, outcome string
		flag           bool
	}{
		{"", `"outcome":"cannot-evaluate"`, false},
		{"&absent_means_not_happened=false", `"outcome":"cannot-evaluate"`, false},
		{"&absent_means_not_happened=true", `"outcome":"eligible"`, true},
	} {
		w := do(s, "POST", decidePath+tt.query, "application/x-ndjson", line)
		first, _, _ := strings.Cut(w.Body.String(), "\n")
		if w.Code != 200 || !strings.Contains(first, tt.outcome) {
			t.Errorf("%q: %d %s", tt.query, w.Code, first)
		}
		if want := fmt.Sprintf(`"absent_means_not_happened":%v`, tt.flag); !strings.Contains(lastLine(w.Body.String()), want) {
			t.Errorf("%q: the manifest does not say %s: %s", tt.query, want, lastLine(w.Body.String()))
		}
	}
	if w := do(s, "POST", decidePath+"&absent_means_not_happened=yes", "application/x-ndjson", line); w.Code != 400 {
		t.Errorf("absent_means_not_happened=yes: %d", w.Code)
	}
}
