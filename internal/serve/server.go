package serve

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/strict"
)

// Config is the service's configuration. The zero value of every field but
// Logger means its default.
type Config struct {
	// SchedulesDir and NoticesDir hold *.json retention schedules and
	// notices loaded beside the bundled examples ("" for none).
	SchedulesDir, NoticesDir string
	// Token, when not empty, is required as "Authorization: Bearer
	// <token>" on every /v1/ request.
	Token []byte
	// MaxBody bounds a document body (validate, check), default
	// strict.DefaultMaxBytes, the strict reader's own limit.
	MaxBody int64
	// MaxLine bounds one line of a record stream (decide), default 1 MiB.
	// A stream as a whole has no limit.
	MaxLine int
	// MaxInFlight caps the /v1/ requests served at once; one more gets
	// 429. Default 64.
	MaxInFlight int
	// StreamIdle is how long a record stream may go without reading a
	// line or writing a batch before it is cut (default 30 s); it replaces
	// the whole-request read and write timeouts for streams.
	StreamIdle time.Duration
	// Today is the clock behind the default dates (default civil.Today).
	Today func() civil.Date
	// Logger receives one access-log record per request (default: none).
	Logger *slog.Logger
}

func (c *Config) defaults() {
	if c.MaxBody <= 0 {
		c.MaxBody = strict.DefaultMaxBytes
	}
	if c.MaxLine <= 0 {
		c.MaxLine = strict.DefaultMaxLine
	}
	if c.MaxInFlight <= 0 {
		c.MaxInFlight = 64
	}
	if c.StreamIdle <= 0 {
		c.StreamIdle = 30 * time.Second
	}
	if c.Today == nil {
		c.Today = civil.Today
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
}

// Server is the HTTP service: an http.Handler answering the routes in
// openapi.json. It answers 503 until [Server.Load] has loaded the schedules
// and notices, and again once [Server.Drain] is called.
type Server struct {
	cfg       Config
	mux       *http.ServeMux
	tokenHash [sha256.Size]byte
	slots     chan struct{}
	ready     atomic.Bool
	draining  atomic.Bool
	store     atomic.Pointer[store]
	// streams is cancelled by Run when the shutdown grace period ends,
	// so that a stream still running ends with a final error line.
	streams       context.Context
	cancelStreams context.CancelFunc
}

// New returns a Server for cfg. It loads nothing: call Load.
func New(cfg Config) *Server {
	cfg.defaults()
	s := &Server{cfg: cfg, mux: http.NewServeMux(), slots: make(chan struct{}, cfg.MaxInFlight)}
	s.streams, s.cancelStreams = context.WithCancel(context.Background())
	if len(cfg.Token) > 0 {
		s.tokenHash = sha256.Sum256(cfg.Token)
	}
	for _, rt := range routes(s) {
		h := rt.h
		if strings.Contains(rt.pattern, " /v1/") {
			h = s.guard(h)
		}
		s.mux.Handle(rt.pattern, h)
	}
	return s
}

// route is one documented route: a Go 1.22 ServeMux pattern and its handler.
type route struct {
	pattern string
	h       http.HandlerFunc
}

// routes is the table of every route; openapi.json documents exactly these
// (a test checks both ways).
func routes(s *Server) []route {
	return []route{
		{"GET /healthz", s.healthz},
		{"GET /readyz", s.readyz},
		{"GET /openapi.json", s.openapi},
		{"POST /v1/validate", s.validate},
		{"POST /v1/check", s.check},
		{"GET /v1/rights", s.rights},
		{"GET /v1/deadline", s.deadline},
		{"GET /v1/schedules", s.schedules},
		{"GET /v1/schedules/{id}", s.schedule},
		{"POST /v1/schedules/{id}/decide", s.decide},
		{"GET /v1/notices", s.notices},
		{"GET /v1/notices/{id}", s.notice},
	}
}

// Routes returns the pattern of every route the server answers, in the
// order of the route table.
func Routes() []string {
	var out []string
	for _, rt := range routes(&Server{}) {
		out = append(out, rt.pattern)
	}
	return out
}

type ctxKey struct{}

// reqInfo is what the access log needs to know about a request.
type reqInfo struct{ id string }

func requestIDOf(r *http.Request) string {
	if ri, ok := r.Context().Value(ctxKey{}).(*reqInfo); ok {
		return ri.id
	}
	return ""
}

// ServeHTTP routes r, answering unknown paths and methods with problems,
// and writes one access-log record: method, route pattern, status, bytes,
// duration and request id. It never logs a body, a query or a header.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	id := r.Header.Get("X-Request-Id")
	if !validRequestID(id) {
		id = newRequestID()
	}
	r = r.WithContext(context.WithValue(r.Context(), ctxKey{}, &reqInfo{id: id}))
	lw := &logWriter{ResponseWriter: w}
	h := w.Header()
	h.Set("X-Request-Id", id)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", cspJSON)
	h.Set("Cache-Control", "no-store")
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.cfg.Logger.Error("panic", "request_id", id, "panic", fmt.Sprint(v))
			if lw.status == 0 {
				fail(lw, r, ptInternal, "")
			}
		}
		pattern := r.Pattern
		if pattern == "" {
			pattern = "(unmatched)"
		}
		s.cfg.Logger.LogAttrs(r.Context(), slog.LevelInfo, "request",
			slog.String("method", r.Method), slog.String("route", pattern),
			slog.Int("status", lw.statusOr200()), slog.Int64("bytes", lw.bytes),
			slog.Float64("duration_ms", float64(time.Since(start).Microseconds())/1000),
			slog.String("request_id", id))
	}()
	if _, pattern := s.mux.Handler(r); pattern == "" {
		s.unmatched(lw, r)
		return
	}
	s.mux.ServeHTTP(lw, r)
}

// unmatched answers a request no route matches: 405 with Allow when the
// path exists for other methods, 404 otherwise, both as problems.
func (s *Server) unmatched(w http.ResponseWriter, r *http.Request) {
	h, _ := s.mux.Handler(r)
	rec := &statusOnly{h: make(http.Header)}
	h.ServeHTTP(rec, r) // the mux's own 404 or 405, to learn which and the Allow list
	if rec.status == http.StatusMethodNotAllowed {
		allow := rec.h.Get("Allow")
		w.Header().Set("Allow", allow)
		fail(w, r, ptMethod, fmt.Sprintf("%s is not allowed on %s: allowed: %s", r.Method, r.URL.Path, allow))
		return
	}
	fail(w, r, ptNotFound, fmt.Sprintf("no route %s %s: see /openapi.json", r.Method, r.URL.Path))
}

// statusOnly is a ResponseWriter that keeps only the status and headers.
type statusOnly struct {
	h      http.Header
	status int
}

func (s *statusOnly) Header() http.Header         { return s.h }
func (s *statusOnly) Write(b []byte) (int, error) { return len(b), nil }
func (s *statusOnly) WriteHeader(code int)        { s.status = code }

// guard wraps a /v1/ handler: the bearer token (401), readiness (503) and
// the cap on requests in flight (429), in that order.
func (s *Server) guard(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if len(s.cfg.Token) > 0 && !s.authorized(r) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="noticekit"`)
			fail(w, r, ptUnauthorized, "send Authorization: Bearer <token>")
			return
		}
		if s.draining.Load() {
			w.Header().Set("Retry-After", "5")
			fail(w, r, ptShuttingDown, "the service is finishing the requests in flight before it stops")
			return
		}
		if !s.ready.Load() {
			w.Header().Set("Retry-After", "1")
			fail(w, r, ptNotReady, "the schedules, notices and schemas are not loaded yet")
			return
		}
		select {
		case s.slots <- struct{}{}:
			defer func() { <-s.slots }()
		default:
			w.Header().Set("Retry-After", "1")
			fail(w, r, ptTooMany, fmt.Sprintf("at most %d requests are served at once; retry later", cap(s.slots)))
			return
		}
		next(w, r)
	}
}

// authorized compares the bearer token with the configured one in constant
// time: both are hashed with SHA-256 first, so neither the length nor the
// content of the configured token shows in the time taken.
func (s *Server) authorized(r *http.Request) bool {
	scheme, tok, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		tok = "" // still hashed and compared, so a missing header takes the same time
	}
	got := sha256.Sum256([]byte(tok))
	return subtle.ConstantTimeCompare(got[:], s.tokenHash[:]) == 1 && ok
}

func validRequestID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

func newRequestID() string {
	var b [8]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	return hex.EncodeToString(b[:])
}

// logWriter counts what a handler writes, for the access log.
type logWriter struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (l *logWriter) WriteHeader(code int) {
	if l.status == 0 {
		l.status = code
	}
	l.ResponseWriter.WriteHeader(code)
}

func (l *logWriter) Write(b []byte) (int, error) {
	if l.status == 0 {
		l.status = http.StatusOK
	}
	n, err := l.ResponseWriter.Write(b)
	l.bytes += int64(n)
	return n, err
}

func (l *logWriter) statusOr200() int {
	if l.status == 0 {
		return http.StatusOK
	}
	return l.status
}

// Unwrap lets http.ResponseController reach the connection (flush,
// deadlines, full duplex).
func (l *logWriter) Unwrap() http.ResponseWriter { return l.ResponseWriter }

// cspJSON is the Content-Security-Policy of every response but a rendered
// page (see cspFor): nothing may load or run.
const cspJSON = "default-src 'none'; frame-ancestors 'none'"
