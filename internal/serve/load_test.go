package serve

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// TestLoadTest is the load test: 64 clients on loopback mixing check, rights
// and decide (200 records a request) for NOTICEKIT_LOAD (a duration, for
// example 20s), bounded also by 5 M requests. It reports p50/p99 latency
// and throughput per kind, requires no error but 429 (and counts those),
// and compares goroutines and heap before and after. NOTICEKIT_LOAD_CAP
// sets the cap on requests in flight (default 64, as many as the clients;
// below 64 some requests get the deliberate 429). go test ./... skips it;
// run it with
//
//	NOTICEKIT_LOAD=20s go test -run TestLoadTest -v ./internal/serve
func TestLoadTest(t *testing.T) {
	d, err := time.ParseDuration(os.Getenv("NOTICEKIT_LOAD"))
	if err != nil {
		t.Skip("set NOTICEKIT_LOAD=20s to run the load test")
	}
	const clients, maxRequests = 64, 5_000_000
	capacity := 64
	if v := os.Getenv("NOTICEKIT_LOAD_CAP"); v != "" {
		if _, err := fmt.Sscan(v, &capacity); err != nil {
			t.Fatalf("NOTICEKIT_LOAD_CAP=%q: %v", v, err)
		}
	}
	s := newTestServer(t, Config{MaxInFlight: capacity})
	base, _ := startServer(t, s, Options{})
	notice := exampleNotice(t, "maidstone-parking-bwv")
	var records bytes.Buffer
	for i := 0; i < 200; i++ {
		records.WriteString(record(i))
	}
	tr := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	client := &http.Client{Transport: tr}
	kinds := []struct {
		name    string
		records int
		req     func() *http.Request
	}{
		{"check", 0, func() *http.Request {
			r, _ := http.NewRequest("POST", base+"/v1/check?on=2026-11-22", bytes.NewReader(notice))
			r.Header.Set("Content-Type", "application/json")
			return r
		}},
		{"rights", 0, func() *http.Request {
			r, _ := http.NewRequest("GET", base+"/v1/rights?basis=public-task&on=2026-07-01", nil)
			return r
		}},
		{"decide", 200, func() *http.Request {
			r, _ := http.NewRequest("POST", base+decidePath, bytes.NewReader(records.Bytes()))
			r.Header.Set("Content-Type", "application/x-ndjson")
			return r
		}},
	}
	run := func(d time.Duration, budget int64) (lat [][]time.Duration, n429, errs int64, firstErr atomic.Value) {
		lat = make([][]time.Duration, len(kinds))
		var mu sync.Mutex
		var sent atomic.Int64
		deadline := time.Now().Add(d)
		var wg sync.WaitGroup
		for c := 0; c < clients; c++ {
			wg.Add(1)
			go func(c int) {
				defer wg.Done()
				local := make([][]time.Duration, len(kinds))
				for i := c; time.Now().Before(deadline) && sent.Add(1) <= budget; i++ {
					k := i % len(kinds)
					start := time.Now()
					resp, err := client.Do(kinds[k].req())
					if err != nil {
						atomic.AddInt64(&errs, 1)
						firstErr.CompareAndSwap(nil, err.Error())
						continue
					}
					body, err := io.ReadAll(resp.Body)
					resp.Body.Close()
					switch {
					case resp.StatusCode == 429:
						atomic.AddInt64(&n429, 1)
						continue
					case err != nil || resp.StatusCode != 200 ||
						kinds[k].records > 0 && !bytes.Contains(body, []byte(`"records":200`)):
						atomic.AddInt64(&errs, 1)
						firstErr.CompareAndSwap(nil, fmt.Sprintf("%s: %d %v %.200s", kinds[k].name, resp.StatusCode, err, body))
						continue
					}
					local[k] = append(local[k], time.Since(start))
				}
				mu.Lock()
				for k := range local {
					lat[k] = append(lat[k], local[k]...)
				}
				mu.Unlock()
			}(c)
		}
		wg.Wait()
		return lat, n429, errs, firstErr
	}
	heap := func() (uint64, int) {
		runtime.GC()
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapInuse, runtime.NumGoroutine()
	}
	loadavg := "unknown"
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		loadavg = strings.Join(strings.Fields(string(b))[:3], " ")
	}
	run(2*time.Second, maxRequests) // warm up: connections, buffers, pools
	tr.CloseIdleConnections()
	heapBefore, _ := heap()
	gBefore := stableGoroutines()
	start, cpu0 := time.Now(), processCPU(t)
	lat, n429, errs, firstErr := run(d, maxRequests)
	elapsed, cpu := time.Since(start), processCPU(t)-cpu0
	tr.CloseIdleConnections()
	gAfter := goroutines(gBefore)
	heapAfter, _ := heap()

	var all []time.Duration
	var report strings.Builder
	fmt.Fprintf(&report, "%d clients, cap %d in flight, %v, %s, GOMAXPROCS %d\n", clients, capacity, elapsed.Round(time.Millisecond), runtime.Version(), runtime.GOMAXPROCS(0))
	fmt.Fprintf(&report, "%-8s %10s %10s %10s %12s\n", "kind", "requests", "p50", "p99", "per second")
	pct := func(xs []time.Duration, p float64) time.Duration {
		if len(xs) == 0 {
			return 0
		}
		return xs[min(len(xs)-1, int(float64(len(xs))*p))]
	}
	for k, kd := range kinds {
		xs := lat[k]
		slices.Sort(xs)
		all = append(all, xs...)
		fmt.Fprintf(&report, "%-8s %10d %10v %10v %12.0f", kd.name, len(xs), pct(xs, 0.50).Round(10*time.Microsecond), pct(xs, 0.99).Round(10*time.Microsecond), float64(len(xs))/elapsed.Seconds())
		if kd.records > 0 {
			fmt.Fprintf(&report, "  (%.0f records/s)", float64(len(xs)*kd.records)/elapsed.Seconds())
		}
		report.WriteByte('\n')
	}
	slices.Sort(all)
	fmt.Fprintf(&report, "%-8s %10d %10v %10v %12.0f\n", "all", len(all), pct(all, 0.50).Round(10*time.Microsecond), pct(all, 0.99).Round(10*time.Microsecond), float64(len(all))/elapsed.Seconds())
	fmt.Fprintf(&report, "429s %d, errors %d; goroutines %d before, %d after; heap in use %.1f MiB before, %.1f MiB after\n",
		n429, errs, gBefore, gAfter, float64(heapBefore)/(1<<20), float64(heapAfter)/(1<<20))
	fmt.Fprintf(&report, "CPU used by server and clients: %.2f of %d cores (load average before: %s)\n",
		cpu.Seconds()/elapsed.Seconds(), runtime.NumCPU(), loadavg)
	t.Log("\n" + report.String())
	if out := os.Getenv("NOTICEKIT_LOAD_OUT"); out != "" {
		if err := os.WriteFile(out, []byte(report.String()), 0o644); err != nil {
			t.Error(err)
		}
	}
	if errs > 0 {
		t.Errorf("%d errors; the first: %v", errs, firstErr.Load())
	}
	if gAfter > gBefore {
		t.Errorf("goroutines grew from %d to %d", gBefore, gAfter)
	}
	if heapAfter > heapBefore+8<<20 {
		t.Errorf("the heap grew from %d to %d bytes", heapBefore, heapAfter)
	}
}

// processCPU is the CPU time this process has used, user and system.
func processCPU(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
