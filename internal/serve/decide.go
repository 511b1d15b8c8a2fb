package serve

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"sync"
	"time"

	"github.com/noticekit/noticekit/strict"
	"github.com/noticekit/noticekit/sweep"
)

// recordTypes maps the Content-Types decide reads to the record format.
var recordTypes = map[string]sweep.Format{
	"application/x-ndjson": sweep.JSONLines,
	"application/jsonl":    sweep.JSONLines,
	"text/csv":             sweep.CSV,
}

// decideEnd is the last line of a decide stream: the run's manifest
// (schedule id, version and SHA-256, today, lines read, the count of each
// outcome) and, when the stream was cut before the end of the body, why.
type decideEnd struct {
	Error    *Problem       `json:"error,omitempty"`
	Manifest sweep.Manifest `json:"manifest"`
}

// decide streams the records of the body through the schedule with the
// sweep package, writing each batch of decisions as soon as it is decided
// (the body is still being read) and, last, a [decideEnd] line. The
// request's whole-body timeouts are replaced by rolling ones: the stream
// is cut only when it makes no progress for Config.StreamIdle.
func (s *Server) decide(w http.ResponseWriter, r *http.Request) {
	q, today, ok := s.queryOn(w, r, "today", "name", "absent_means_not_happened")
	if !ok {
		return
	}
	var absentNotHappened bool
	if !boolParam(w, r, q, "absent_means_not_happened", &absentNotHappened) {
		return
	}
	name := "body"
	if v, ok := q["name"]; ok {
		if !validInputName(v[0]) {
			badParam(w, r, "name", fmt.Sprintf("name %q: want the input's file name, 1 to 255 visible characters", v[0]))
			return
		}
		name = v[0]
	}
	l := s.loadedSchedule(w, r)
	if l == nil {
		return
	}
	if !mediaType(w, r, "application/x-ndjson", "application/jsonl", "text/csv") {
		return
	}
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	format := recordTypes[mt]

	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	stopOnShutdown := context.AfterFunc(s.streams, cancel)
	defer stopOnShutdown()
	rc := http.NewResponseController(w)
	_ = rc.EnableFullDuplex() // HTTP/1: decisions go out while the body is read
	body := &idleReader{r: r.Body, rc: rc, idle: s.cfg.StreamIdle}
	body.extend()
	stopUnblock := context.AfterFunc(ctx, body.stop) // a cancelled stream stops waiting for the body
	defer stopUnblock()
	_ = rc.SetWriteDeadline(time.Now().Add(s.cfg.StreamIdle))

	// Wait for the first bytes before answering: reading the body is what
	// sends "100 Continue" to a client that asked for it (curl does for a
	// body over 1 MiB), and a response sent first would make it wait.
	in := bufio.NewReaderSize(body, 4<<10)
	if _, err := in.Peek(1); err != nil && err != io.EOF {
		if isTimeout(err) {
			fail(w, r, ptTimeout, fmt.Sprintf("no record arrived for %v", s.cfg.StreamIdle))
		} else {
			fail(w, r, ptMalformed, "reading the records: "+err.Error())
		}
		return
	}
	sw, err := sweep.New(l.s, l.data, sweep.Options{
		Today: today, Input: format, Output: sweep.JSONLines,
		Limits:                 strict.Limits{MaxLine: s.cfg.MaxLine},
		AbsentMeansNotHappened: absentNotHappened,
		Flush: func() error {
			_ = rc.SetWriteDeadline(time.Now().Add(s.cfg.StreamIdle))
			return rc.Flush()
		},
	})
	if err != nil {
		fail(w, r, ptInternal, err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/x-ndjson")
	w.WriteHeader(http.StatusOK)
	// Hidden behind an io.Reader: bufio.NewReaderSize would take a
	// *bufio.Reader as it is, with its size instead of the line limit.
	runErr := sw.Run(ctx, name, struct{ io.Reader }{in}, w)
	end := decideEnd{Manifest: sw.Manifest()}
	if runErr != nil {
		end.Error = s.streamProblem(r, runErr)
		var we *sweep.WriteError
		if errors.As(runErr, &we) {
			return // the client is gone: nothing more can be written
		}
	}
	line, err := json.Marshal(end)
	if err != nil {
		return
	}
	_ = rc.SetWriteDeadline(time.Now().Add(s.cfg.StreamIdle))
	_, _ = w.Write(append(line, '\n'))
	_ = rc.Flush()
}

// streamProblem says why a stream ended before the end of its body.
func (s *Server) streamProblem(r *http.Request, err error) *Problem {
	switch {
	case s.streams.Err() != nil:
		return newProblem(r, ptShuttingDown, "the service stopped before the end of the records; the decisions above are complete for the lines they name: send the rest again")
	case isTimeout(err):
		return newProblem(r, ptTimeout, fmt.Sprintf("no record arrived for %v; the decisions above are complete for the lines they name", s.cfg.StreamIdle))
	}
	return newProblem(r, ptMalformed, "reading the records: "+err.Error())
}

func validInputName(s string) bool {
	if s == "" || len(s) > 255 {
		return false
	}
	for _, c := range s {
		if c < ' ' || c == 0x7f || c >= 0x80 && c < 0xa0 || c == '\u2028' || c == '\u2029' {
			return false
		}
	}
	return true
}

// idleReader reads a stream's body with a rolling read deadline: each read
// may wait at most idle. stop ends the waiting at once (the stream was
// cancelled); after it no deadline is extended again.
type idleReader struct {
	r       io.Reader
	rc      *http.ResponseController
	idle    time.Duration
	mu      sync.Mutex
	stopped bool
}

func (b *idleReader) extend() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.stopped {
		_ = b.rc.SetReadDeadline(time.Now().Add(b.idle))
	}
}

func (b *idleReader) stop() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.stopped = true
	_ = b.rc.SetReadDeadline(time.Now())
}

func (b *idleReader) Read(p []byte) (int, error) {
	b.extend()
	return b.r.Read(p)
}
