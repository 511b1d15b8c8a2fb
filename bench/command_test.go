package bench

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/noticekit/noticekit/civil"
)

// commandToday is the --today of every command run: generated records are
// shifted (Case.ShiftTo) so that each keeps its distance to its due date.
var commandToday = civil.MustNew(2026, time.June, 1)

var (
	tmpDir     string
	buildOnce  sync.Once
	binPath    string
	binSkip    string // why the command cannot be measured, if it cannot
	binErr     error
	recordsMu  sync.Mutex
	recordFile = map[int]string{}
)

func TestMain(m *testing.M) {
	var err error
	tmpDir, err = os.MkdirTemp("", "noticekit-bench-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(tmpDir)
	os.Exit(code)
}

// noticekitBinary builds ../cmd/noticekit with go build in the library's
// own module (so with the library's go.mod, not this one's), once per
// process. It skips tb when the command or its retention decide subcommand
// is not there yet.
func noticekitBinary(tb testing.TB) string {
	tb.Helper()
	buildOnce.Do(func() {
		root, err := filepath.Abs("..")
		if err != nil {
			binErr = err
			return
		}
		if _, err := os.Stat(filepath.Join(root, "cmd", "noticekit")); err != nil {
			binSkip = "no ../cmd/noticekit: the command has not landed"
			return
		}
		bin := filepath.Join(tmpDir, "noticekit")
		cmd := exec.Command("go", "build", "-buildvcs=false", "-o", bin, "./cmd/noticekit")
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			binErr = fmt.Errorf("go build ./cmd/noticekit: %v\n%s", err, out)
			return
		}
		// Is `retention decide` there? Its -h exits 0; a missing command
		// or subcommand is a usage error.
		var stderr bytes.Buffer
		cmd = exec.Command(bin, "retention", "decide", "-h")
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			binSkip = fmt.Sprintf("`noticekit retention decide` is not there yet (%v): %s", err, firstLine(stderr.String()))
			return
		}
		binPath = bin
	})
	switch {
	case binErr != nil:
		tb.Fatal(binErr)
	case binSkip != "":
		tb.Skip(binSkip)
	}
	return binPath
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

// records writes n generated records as JSON Lines to a file, once per n,
// and returns its name. The records are the first n of the generator's
// stream, shifted to commandToday.
func records(tb testing.TB, n int) string {
	tb.Helper()
	recordsMu.Lock()
	defer recordsMu.Unlock()
	if f, ok := recordFile[n]; ok {
		return f
	}
	name := filepath.Join(tmpDir, fmt.Sprintf("records-%d.jsonl", n))
	f, err := os.Create(name)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	g := NewGenerator(Seed)
	var line []byte
	for range n {
		c := g.Next().ShiftTo(commandToday)
		line = AppendJSONL(line[:0], &c)
		w.Write(line)
	}
	if err := errors.Join(w.Flush(), f.Close()); err != nil {
		tb.Fatal(err)
	}
	recordFile[n] = name
	return name
}

// runDecide runs `noticekit retention decide --json` with the file as
// standard input and returns its peak resident memory in KiB.
func runDecide(tb testing.TB, bin, file string, stdout *bytes.Buffer) int64 {
	tb.Helper()
	in, err := os.Open(file)
	if err != nil {
		tb.Fatal(err)
	}
	defer in.Close()
	var stderr bytes.Buffer
	cmd := exec.Command(bin, "retention", "decide", "--schedule", filepath.Join("schedules", ScheduleID+".json"),
		"--today", commandToday.String(), "--json")
	cmd.Stdin = in
	if stdout != nil {
		cmd.Stdout = stdout
	} // else /dev/null
	cmd.Stderr = &stderr
	// Exit status 1 says some record is cannot-evaluate: a decision like
	// any other here. Anything else is a failure.
	if err := cmd.Run(); err != nil && cmd.ProcessState.ExitCode() != 1 {
		tb.Fatalf("noticekit retention decide: %v\n%s", err, stderr.String())
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss // KiB on Linux
	}
	return 0
}

// TestCommandMatchesLibrary checks that the command decides generated
// records as the library does, so that the command benchmark measures
// real decisions.
func TestCommandMatchesLibrary(t *testing.T) {
	bin := noticekitBinary(t)
	const n = 3000
	file := records(t, n)
	var out bytes.Buffer
	runDecide(t, bin, file, &out)
	nk, err := NewNoticekit()
	if err != nil {
		t.Fatal(err)
	}
	g := NewGenerator(Seed)
	sc := bufio.NewScanner(&out)
	i := 0
	for ; sc.Scan(); i++ {
		var got struct {
			ID      string     `json:"id"`
			Outcome string     `json:"outcome"`
			Due     civil.Date `json:"due"`
			Overdue bool       `json:"overdue"`
		}
		if err := json.Unmarshal(sc.Bytes(), &got); err != nil {
			t.Fatalf("line %d: %v: %s", i+1, err, sc.Bytes())
		}
		c := g.Next().ShiftTo(commandToday)
		rec := nk.Prepare(&c)
		d := nk.Sched.Decide(&rec, commandToday)
		want := NoticekitVerdict(&d)
		if got.ID != c.ID {
			t.Fatalf("line %d: id %q, want %q", i+1, got.ID, c.ID)
		}
		if diff := cmp.Diff(want, Verdict{got.Outcome, got.Due.Days(), got.Overdue}); diff != "" {
			t.Errorf("line %d (%+v): command vs library (-want +got):\n%s", i+1, c, diff)
		}
		if diff := cmp.Diff(reference(&c), want); diff != "" {
			t.Errorf("line %d (%+v): library vs reference (-want +got):\n%s", i+1, c, diff)
		}
	}
	if i != n {
		t.Errorf("%d decisions for %d records", i, n)
	}
}

// BenchmarkCommand runs `noticekit retention decide --json` on generated
// JSON Lines records fed on standard input, output to /dev/null, and
// reports records/s and the process's peak resident memory. Two sizes show
// whether memory stays constant as the input grows.
func BenchmarkCommand(b *testing.B) {
	bin := noticekitBinary(b)
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(fmt.Sprintf("records=%d", n), func(b *testing.B) {
			file := records(b, n)
			var rss int64
			for b.Loop() {
				rss = max(rss, runDecide(b, bin, file, nil))
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
			b.ReportMetric(float64(rss)/1024, "peak-RSS-MiB")
		})
	}
}
