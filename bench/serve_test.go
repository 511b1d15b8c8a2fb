package bench

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// serveProcess runs `noticekit serve --addr 127.0.0.1:0` until the test or
// benchmark ends and returns its base URL, read from its "listening" log
// line, and its process id.
func serveProcess(tb testing.TB, bin string) (string, int) {
	tb.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin, "serve", "--addr", "127.0.0.1:0", "--schedules", "schedules")
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = 10 * time.Second
	stderr, err := cmd.StderrPipe()
	if err != nil {
		tb.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { cancel(); _ = cmd.Wait() })
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		var rec struct {
			Msg  string `json:"msg"`
			Addr string `json:"addr"`
		}
		if json.Unmarshal(sc.Bytes(), &rec) == nil && rec.Msg == "listening" {
			go io.Copy(io.Discard, stderr) // the access log
			return "http://" + rec.Addr, cmd.Process.Pid
		}
	}
	tb.Fatalf("noticekit serve did not start: %v", sc.Err())
	return "", 0
}

// cpuOf returns the CPU time (user and system) a process has used, from
// /proc/PID/stat (in clock ticks of 10 ms).
func cpuOf(tb testing.TB, pid int) time.Duration {
	tb.Helper()
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		tb.Skipf("no /proc: %v", err)
	}
	// The fields after the command name, which is in parentheses.
	fields := strings.Fields(string(data[bytes.LastIndexByte(data, ')')+1:]))
	var ticks int64
	for _, f := range fields[11:13] { // utime, stime: fields 14 and 15 of the line
		n, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			tb.Fatal(err)
		}
		ticks += n
	}
	return time.Duration(ticks) * 10 * time.Millisecond
}

// rusage returns the CPU time of this process (who = RUSAGE_SELF) or of its
// children that have ended (RUSAGE_CHILDREN).
func rusage(tb testing.TB, who int) time.Duration {
	tb.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(who, &ru); err != nil {
		tb.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// postDecide posts a record file to the decide route (its length
// declared, as curl --data-binary @file sends it), naming it as the
// command names standard input, and copies the decisions, without the
// last (manifest) line, to out when out is not nil. It returns the number
// of decisions.
func postDecide(tb testing.TB, base, file string, out *bytes.Buffer) int {
	tb.Helper()
	f, err := os.Open(file)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		tb.Fatal(err)
	}
	req, err := http.NewRequest("POST", base+"/v1/schedules/"+ScheduleID+"/decide?name=stdin&today="+commandToday.String(), f)
	if err != nil {
		tb.Fatal(err)
	}
	req.ContentLength = fi.Size()
	req.Header.Set("Content-Type", "application/x-ndjson")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		b, _ := io.ReadAll(resp.Body)
		tb.Fatalf("%d %s", resp.StatusCode, b)
	}
	br := bufio.NewReaderSize(resp.Body, 1<<20)
	n := 0
	var last []byte
	for {
		line, err := br.ReadSlice('\n')
		if err == io.EOF && len(line) == 0 {
			break
		}
		if err != nil {
			tb.Fatalf("after %d decisions: %v", n, err)
		}
		if last != nil {
			n++
			if out != nil {
				out.Write(last)
			}
		}
		last = append(last[:0], line...)
	}
	if !bytes.HasPrefix(last, []byte(`{"manifest":`)) || bytes.Contains(last, []byte(`"error":`)) {
		tb.Fatalf("the stream ended %s", last)
	}
	return n
}

// TestServeMatchesCommand: over HTTP, the decisions for a file are byte
// for byte the command's.
func TestServeMatchesCommand(t *testing.T) {
	bin := noticekitBinary(t)
	base, _ := serveProcess(t, bin)
	file := records(t, 20_000)
	var want, got bytes.Buffer
	runDecide(t, bin, file, &want)
	if n := postDecide(t, base, file, &got); n != 20_000 {
		t.Errorf("%d decisions over HTTP, want 20000", n)
	}
	if !bytes.Equal(want.Bytes(), got.Bytes()) {
		w, g := strings.Split(want.String(), "\n"), strings.Split(got.String(), "\n")
		for i := range min(len(w), len(g)) {
			if w[i] != g[i] {
				t.Fatalf("line %d differs:\ncommand %s\nhttp    %s", i+1, w[i], g[i])
			}
		}
		t.Fatalf("%d lines from the command, %d over HTTP", len(w), len(g))
	}
}

// BenchmarkServeDecide posts 1 M generated JSON Lines records to a running
// `noticekit serve` and reads every decision back, and, in the same
// iteration, runs `noticekit retention decide --json` on the same file, so
// that the two are measured side by side under the same load of a shared
// machine. It reports the service's records/s, the command's, and the
// service's as a percentage of the command's (the target: at least 50);
// and, since on a contended machine wall time depends on the share of the
// CPUs each process gets, the CPU time per record of each (the service's
// with the client's) and the same percentage from CPU time.
func BenchmarkServeDecide(b *testing.B) {
	bin := noticekitBinary(b)
	base, pid := serveProcess(b, bin)
	const n = 1_000_000
	file := records(b, n)
	var httpTime, cmdTime, httpCPU, cmdCPU time.Duration
	for b.Loop() {
		start, srv0, cli0 := time.Now(), cpuOf(b, pid), rusage(b, syscall.RUSAGE_SELF)
		if got := postDecide(b, base, file, nil); got != n {
			b.Fatalf("%d decisions, want %d", got, n)
		}
		mid, srv1, cli1, ch0 := time.Now(), cpuOf(b, pid), rusage(b, syscall.RUSAGE_SELF), rusage(b, syscall.RUSAGE_CHILDREN)
		runDecide(b, bin, file, nil)
		httpTime += mid.Sub(start)
		cmdTime += time.Since(mid)
		httpCPU += srv1 - srv0 + cli1 - cli0
		cmdCPU += rusage(b, syscall.RUSAGE_CHILDREN) - ch0
	}
	records := float64(n) * float64(b.N)
	b.ReportMetric(records/httpTime.Seconds(), "records/s")
	b.ReportMetric(records/cmdTime.Seconds(), "command-records/s")
	b.ReportMetric(100*cmdTime.Seconds()/httpTime.Seconds(), "percent-of-command")
	b.ReportMetric(float64(httpCPU.Nanoseconds())/records, "cpu-ns/record")
	b.ReportMetric(float64(cmdCPU.Nanoseconds())/records, "command-cpu-ns/record")
	b.ReportMetric(100*cmdCPU.Seconds()/httpCPU.Seconds(), "cpu-percent-of-command")
}
