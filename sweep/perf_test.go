package sweep

import (
	"bytes"
	"context"
	"io"
	"runtime"
	"syscall"
	"testing"
	"time"
)

// Reading, resolving, deciding and writing a well-formed record allocates
// nothing once the buffers have grown, but for the one string encoding/csv
// makes per CSV row.
func TestAllocs(t *testing.T) {
	jsonLine := []byte(`{"id": "rec-1", "rule": "bwc-footage", "facts": {"captured": "2026-03-31T23:30:00Z", "case_opened": "2026-04-10", "case_closed": null}, "holds": ["legal-hold"]}`)
	escaped := []byte(`{"id": "r\u00e9c-2", "rule": "financial", "facts": {"transaction": "2019-04-15"}}`)
	csvLine := []byte(`"rec,3",bwc-footage,legal-hold;complaint,2026-01-01,2026-01-10,2026-02-01`)
	for _, tt := range []struct {
		name   string
		format Format
		output Format
		line   []byte
		max    float64
	}{
		{"json", JSONLines, JSONLines, jsonLine, 0},
		{"json-escaped", JSONLines, JSONLines, escaped, 0},
		{"json-to-text", JSONLines, Text, jsonLine, 0},
		{"json-to-csv", JSONLines, CSV, jsonLine, 0},
		{"csv", CSV, JSONLines, csvLine, 1},
	} {
		d := newTestDecoder(t, tt.format, Options{Output: tt.output})
		d.in.header = d.readHeader([]byte("id,rule,holds,captured,case_opened,case_closed"))
		b := newBatch()
		f := func() { setLine(b, tt.line); d.decide(b) }
		f() // grow the buffers
		if n := testing.AllocsPerRun(100, f); n > tt.max {
			t.Errorf("%s: %v allocations per record, want at most %v", tt.name, n, tt.max)
		}
	}
}

// generator yields n generated records (JSON Lines or CSV) without holding
// them: it makes each line as it is read. onLine is called every every
// lines.
type generator struct {
	n, i    int
	csv     bool
	buf     []byte
	off     int
	every   int
	onLines func(i int)
}

func (g *generator) Read(p []byte) (int, error) {
	for g.off == len(g.buf) {
		if g.i == g.n {
			return 0, io.EOF
		}
		g.buf, g.off = g.buf[:0], 0
		if g.i == 0 && g.csv {
			g.buf = append(g.buf, "id,rule,holds,captured,case_opened,case_closed,transaction,taken,date_of_birth,created,reviewed,request_received\n"...)
		}
		for k := 0; k < 256 && g.i < g.n; k++ {
			if g.csv {
				g.buf = appendCSVRecord(g.buf, g.i)
			} else {
				g.buf = appendJSONRecord(g.buf, g.i)
			}
			g.buf = append(g.buf, '\n')
			g.i++
			if g.onLines != nil && g.i%g.every == 0 {
				g.onLines(g.i)
			}
		}
	}
	n := copy(p, g.buf[g.off:])
	g.off += n
	return n, nil
}

// liveHeap is the live heap after a collection.
func liveHeap() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// TestMemoryBounded streams about 200 MB of generated JSON Lines (and CSV)
// through a sweep with every core and samples the live heap while it
// runs: it stays flat, and small, however much has been read.
func TestMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 200 MB")
	}
	for _, isCSV := range []bool{false, true} {
		n, size := 2_000_000, int64(200e6) // about 200 MB of JSON Lines
		if isCSV {
			n = 4_400_000 // about 200 MB of CSV
		}
		if raceEnabled { // the same check on a tenth of the input
			n, size = n/10, size/10
		}
		var heap []uint64
		g := &generator{n: n, csv: isCSV, every: n / 10, onLines: func(int) { heap = append(heap, liveHeap()) }}
		var out countingWriter
		var in countingReader
		in.r = g
		s, src := schedule(t)
		sw, err := New(s, src, Options{Today: today})
		if err != nil {
			t.Fatal(err)
		}
		if err := sw.Run(context.Background(), "gen", &in, &out); err != nil {
			t.Fatal(err)
		}
		if out.lines != n {
			t.Fatalf("csv=%v: %d decisions, want %d", isCSV, out.lines, n)
		}
		if in.n < size {
			t.Fatalf("csv=%v: read %d bytes, want at least %d", isCSV, in.n, size)
		}
		// The samples differ by the batches in flight, never by a growing
		// amount; and all of it is a few megabytes.
		const slack, most = 8 << 20, 32 << 20
		for i, h := range heap {
			if h > heap[0]+slack || h > most {
				t.Errorf("csv=%v: live heap after %d%% of the input: %d bytes (first sample %d); want at most %d more, and %d in all",
					isCSV, (i+1)*10, h, heap[0], slack, most)
			}
		}
		t.Logf("csv=%v: %d MiB read; live heap at every tenth: %v", isCSV, in.n>>20, heap)
	}
}

// cpuTime is the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// threadCPUTime is the CPU time the calling thread has used (Linux).
func threadCPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(1 /* RUSAGE_THREAD */, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// BenchmarkSweep runs 1 048 576 generated records per iteration through
// the library (read, parse, resolve, decide, write JSON Lines), from JSON
// Lines and from CSV, with every core and with one goroutine, and reports
// records/s and ns/record.
func BenchmarkSweep(b *testing.B) {
	const n = 1 << 20
	for _, input := range []struct {
		name string
		csv  bool
	}{{"jsonl", false}, {"csv", true}} {
		var data bytes.Buffer
		if _, err := io.Copy(&data, &generator{n: n, csv: input.csv}); err != nil {
			b.Fatal(err)
		}
		for _, workers := range []struct {
			name string
			n    int
		}{{"cores", 0}, {"one-goroutine", 1}} {
			b.Run(input.name+"/"+workers.name, func(b *testing.B) {
				s, src := schedule(b)
				b.SetBytes(int64(data.Len()))
				b.ReportAllocs()
				start, cpu0 := time.Now(), cpuTime()
				for b.Loop() {
					sw, err := New(s, src, Options{Today: today, Workers: workers.n})
					if err != nil {
						b.Fatal(err)
					}
					if err := sw.Run(context.Background(), "bench", bytes.NewReader(data.Bytes()), io.Discard); err != nil {
						b.Fatal(err)
					}
				}
				per := time.Since(start).Seconds() / float64(b.N) / n
				b.ReportMetric(1/per, "records/s")
				b.ReportMetric(per*1e9, "ns/record")
				// On a shared machine the wall clock counts other
				// processes' time too; the process's CPU time does not.
				b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N)/n, "cpu-ns/record")
			})
		}
	}
}

// BenchmarkDecide measures the per-record work of one goroutine (parse,
// resolve, decide, write JSON Lines) on a batch already in memory.
func BenchmarkDecide(b *testing.B) {
	for _, format := range []Format{JSONLines, CSV} {
		b.Run(format.String(), func(b *testing.B) {
			d := newTestDecoder(b, format, Options{})
			d.in.header = d.readHeader([]byte("id,rule,holds,captured,case_opened,case_closed,transaction,taken,date_of_birth,created,reviewed,request_received"))
			bt := newBatch()
			for i := range batchLines {
				if format == CSV {
					bt.data = appendCSVRecord(bt.data, i)
				} else {
					bt.data = appendJSONRecord(bt.data, i)
				}
				bt.lines = append(bt.lines, line{end: len(bt.data)})
			}
			b.ReportAllocs()
			runtime.LockOSThread() // so that the thread's CPU time is this goroutine's
			defer runtime.UnlockOSThread()
			cpu0 := threadCPUTime()
			for b.Loop() {
				d.decide(bt)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/batchLines, "ns/record")
			b.ReportMetric(float64(threadCPUTime()-cpu0)/float64(b.N)/batchLines, "cpu-ns/record")
		})
	}
}
