package serve

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
)

// Options configure [Run]: where to listen, how long shutdown may take,
// the timeouts of the HTTP server, and the service's Config.
type Options struct {
	Addr string // host:port; the host must be loopback unless Config.Token is set
	// Grace is how long in-flight requests (streams included) may run
	// after SIGINT or SIGTERM before they are ended (default 10 s).
	Grace time.Duration
	// ReadHeaderTimeout (default 5 s) bounds the request line and headers:
	// a slow-loris client is cut after it. ReadTimeout and WriteTimeout
	// (default 30 s and 60 s) bound a whole document request; a record
	// stream replaces them with Config.StreamIdle. IdleTimeout (default
	// 60 s) bounds a kept-alive connection between requests.
	ReadHeaderTimeout, ReadTimeout, WriteTimeout, IdleTimeout time.Duration
	Config
	// Listening, when not nil, is called with the bound address once the
	// service accepts connections (tests bind port 0 and read it here).
	Listening func(net.Addr)
}

// CheckAddr refuses an address the service must not listen on: one that
// is not host:port, or whose host is not a loopback address ("localhost",
// 127.0.0.0/8, ::1) when no token is configured. An empty host means every
// interface, which is not loopback.
func CheckAddr(addr string, haveToken bool) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("--addr %q: want host:port, for example 127.0.0.1:8080", addr)
	}
	if haveToken {
		return nil
	}
	if host == "localhost" {
		return nil
	}
	if ip, err := netip.ParseAddr(host); err == nil && ip.Unmap().IsLoopback() {
		return nil
	}
	if host == "" {
		host = "every interface"
	}
	return fmt.Errorf("--addr %q listens on %s, which is not loopback: give --token-file so that every /v1/ request must carry the token, or listen on 127.0.0.1", addr, host)
}

// Run checks the address, loads the schedules and notices, listens and
// serves until ctx is done or the process gets SIGINT or SIGTERM; then it
// stops accepting, answers new requests 503, lets in-flight requests finish
// for up to Grace, ends the streams still running with a final error line,
// and returns. A second signal during the grace period ends the process at
// once. Startup problems (address, token, an invalid document) are
// returned before anything listens.
func Run(ctx context.Context, o Options) error {
	if err := CheckAddr(o.Addr, len(o.Token) > 0); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	// After the first signal, a second one stops the process at once, as
	// an impatient operator expects.
	context.AfterFunc(ctx, stop)
	s := New(o.Config)
	if err := s.Load(); err != nil {
		return &LoadError{Err: err}
	}
	ln, err := net.Listen("tcp", o.Addr)
	if err != nil {
		return err
	}
	return s.Serve(ctx, ln, o)
}

// Serve serves on ln until ctx is done, then shuts down as [Run] says. It
// closes ln.
func (s *Server) Serve(ctx context.Context, ln net.Listener, o Options) error {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&o.Grace, 10*time.Second)
	def(&o.ReadHeaderTimeout, 5*time.Second)
	def(&o.ReadTimeout, 30*time.Second)
	def(&o.WriteTimeout, 60*time.Second)
	def(&o.IdleTimeout, 60*time.Second)
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: o.ReadHeaderTimeout,
		ReadTimeout:       o.ReadTimeout,
		WriteTimeout:      o.WriteTimeout,
		IdleTimeout:       o.IdleTimeout,
		MaxHeaderBytes:    32 << 10,
		ErrorLog:          slog.NewLogLogger(s.cfg.Logger.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	s.cfg.Logger.Info("listening", "addr", ln.Addr().String(), "auth", len(s.cfg.Token) > 0)
	if o.Listening != nil {
		o.Listening(ln.Addr())
	}
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	s.cfg.Logger.Info("shutting down", "grace", o.Grace.String())
	s.draining.Store(true)
	graceCtx, cancel := context.WithTimeout(context.Background(), o.Grace)
	defer cancel()
	err := hs.Shutdown(graceCtx)
	if errors.Is(err, context.DeadlineExceeded) {
		// Streams still running end now, each with a final error line.
		s.cancelStreams()
		endCtx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		if err = hs.Shutdown(endCtx); err != nil {
			err = errors.Join(err, hs.Close())
		}
	}
	if e := <-served; !errors.Is(e, http.ErrServerClosed) {
		err = errors.Join(err, e)
	}
	s.cfg.Logger.Info("stopped")
	return err
}

// LoadError is [Run]'s error when a schedule or notice could not be
// loaded: an invalid document (each problem as file:line:col: pointer:
// message), a repeated id, an unreadable directory.
type LoadError struct{ Err error }

func (e *LoadError) Error() string { return "not starting: " + e.Err.Error() }

// Unwrap returns e.Err.
func (e *LoadError) Unwrap() error { return e.Err }

// ReadToken reads a bearer token from a file: its content without the
// final newline, at least 16 characters of visible ASCII.
func ReadToken(name string) ([]byte, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	tok := strings.TrimRight(string(data), "\r\n")
	if len(tok) < 16 {
		return nil, fmt.Errorf("%s: the token is %d characters: want at least 16", name, len(tok))
	}
	for i := 0; i < len(tok); i++ {
		if tok[i] <= ' ' || tok[i] > '~' {
			return nil, fmt.Errorf("%s: the token holds a character that is not visible ASCII at offset %d: a bearer token is visible ASCII", name, i)
		}
	}
	return []byte(tok), nil
}
