package strict

import "github.com/noticekit/noticekit/internal/jsonscan"

// The default limits: one for whole documents, one for the lines of a
// record stream, one for nesting.
const (
	// DefaultMaxBytes is the largest document (a notice, a schedule) the
	// reader accepts unless [Limits] says otherwise: 4 MiB. The largest
	// bundled notice is about 60 KB, so this leaves room for any real one
	// while bounding what a hostile input can make a caller hold.
	DefaultMaxBytes = 4 << 20
	// DefaultMaxLine is the longest record line (JSON Lines or CSV), in
	// bytes without its line ending, unless [Limits] says otherwise: 1 MiB.
	// A record is a few hundred bytes; a longer line is reported, never
	// buffered whole.
	DefaultMaxLine = 1 << 20
	// DefaultMaxDepth is the deepest nesting of arrays and objects the
	// reader accepts unless [Limits] says otherwise.
	DefaultMaxDepth = jsonscan.DefaultMaxDepth
)

// Limits bound what the reader accepts, so that no input makes a caller
// hold unbounded memory. Zero or negative fields mean the defaults.
type Limits struct {
	// MaxBytes is the largest accepted document, in bytes (default
	// [DefaultMaxBytes]).
	MaxBytes int64
	// MaxLine is the longest accepted line of a record stream, in bytes
	// without its line ending (default [DefaultMaxLine]). [Check] does not
	// use it; record readers such as the sweep package do.
	MaxLine int
	// MaxDepth is the deepest accepted nesting of arrays and objects; a
	// top-level object is at depth 1 (default [DefaultMaxDepth]).
	MaxDepth int
}

// WithDefaults returns l with every zero or negative field replaced by its
// default.
func (l Limits) WithDefaults() Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultMaxBytes
	}
	if l.MaxLine <= 0 {
		l.MaxLine = DefaultMaxLine
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = DefaultMaxDepth
	}
	return l
}

func (l Limits) maxBytes() int64 { return l.WithDefaults().MaxBytes }

func (l Limits) maxDepth() int { return l.WithDefaults().MaxDepth }
