package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Size and depth limits of the strict reader.
const (
	// DefaultMaxBytes is the largest document the strict reader accepts
	// unless Limits says otherwise: 4 MiB.
	DefaultMaxBytes = 4 << 20
	// DefaultMaxDepth is the deepest nesting of arrays and objects the
	// strict reader accepts unless Limits says otherwise.
	DefaultMaxDepth = 64
)

// Limits bound what the strict reader accepts (DESIGN.md principle 5: no
// input makes the library read unbounded memory). Zero fields mean the
// defaults; negative fields are treated as zero.
type Limits struct {
	// MaxBytes is the largest accepted document, in bytes (default DefaultMaxBytes).
	MaxBytes int64
	// MaxDepth is the deepest accepted nesting of arrays and objects; a
	// top-level object is at depth 1 (default DefaultMaxDepth).
	MaxDepth int
}

func (l Limits) maxBytes() int64 {
	if l.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return l.MaxBytes
}

func (l Limits) maxDepth() int {
	if l.MaxDepth <= 0 {
		return DefaultMaxDepth
	}
	return l.MaxDepth
}

var bom = []byte{0xEF, 0xBB, 0xBF}

// Strict reads data with the strict reader alone, without any schema. It
// returns nil if data is exactly one well-formed JSON value in UTF-8 within
// the limits, and otherwise an *Error whose problems (Keyword "json") name
// the place: an empty document, a leading byte-order mark, invalid UTF-8,
// a document over lim.MaxBytes, nesting deeper than lim.MaxDepth, a
// duplicate object key, data after the document, or a syntax error or
// truncation. Every duplicate key is reported; any other problem stops the
// reading and is the only one.
//
// Memory use is bounded by the limits: the size is checked before anything
// else is read, and the depth is counted token by token, so a 100 000-deep
// "[[[[…" stops at the limit.
func Strict(data []byte, lim Limits) error {
	if ps := strict(data, lim); len(ps) > 0 {
		return finish(data, ps, nil)
	}
	return nil
}

// strict is Strict returning unsorted, unpositioned problems.
func strict(data []byte, lim Limits) []located {
	if max := lim.maxBytes(); int64(len(data)) > max {
		return one("", int(max), fmt.Sprintf("document is %d bytes, over the limit of %d bytes; expected at most %d bytes", len(data), max, max))
	}
	if len(data) == 0 {
		return one("", 0, "empty document; expected a JSON value")
	}
	if bytes.HasPrefix(data, bom) {
		return one("", 0, "document starts with a UTF-8 byte-order mark; expected the JSON value with no byte-order mark")
	}
	w := walker{data: data, maxDepth: lim.maxDepth(), dups: true}
	w.run()
	if len(w.problems) == 0 && !utf8.Valid(data) {
		// Fail safe: every string and every other byte is checked during
		// the walk, so this is not expected to happen.
		off := invalidUTF8(data, 0)
		w.problems = one("", off, invalidUTF8Message(data, off))
	}
	return w.problems
}

func one(ptr string, off int, msg string) []located {
	return []located{{Problem: Problem{Pointer: ptr, Keyword: KeywordJSON, Message: msg}, off: off}}
}

// invalidUTF8 returns the offset of the first byte at or after from that
// does not start a valid UTF-8 sequence, or -1.
func invalidUTF8(data []byte, from int) int {
	for i := from; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

func invalidUTF8Message(data []byte, off int) string {
	line, col := lineCol(data, off)
	return fmt.Sprintf("invalid UTF-8: byte 0x%02x at byte offset %d (line %d, column %d); expected UTF-8 text", data[off], off, line, col)
}

// frame is one open array or object during the token walk.
type frame struct {
	obj     bool
	open    int    // offset of the opening bracket
	wantKey bool   // object: the next token is a key or '}'
	key     string // object: the current member's key, unescaped
	idx     int    // array: the current element's index, -1 before the first
	keys    map[string]int
}

// walker is a token pass over a JSON document with json.Decoder. It keeps
// the path to the current value, so that every problem and every value has
// a JSON pointer, and it stops at the depth limit.
type walker struct {
	data     []byte
	maxDepth int
	dups     bool // check for duplicate keys

	// onValue, if set, is called with the offset at which each value starts;
	// w.pointer() is then that value's pointer.
	onValue func(start int)

	dec      *json.Decoder
	stack    []frame
	problems []located
}

// pointerN is the pointer of the current value of the first n frames.
func (w *walker) pointerN(n int) string {
	var b strings.Builder
	for _, f := range w.stack[:n] {
		b.WriteByte('/')
		if f.obj {
			b.WriteString(escapeToken(f.key))
		} else {
			b.WriteString(strconv.Itoa(f.idx))
		}
	}
	return b.String()
}

// pointer is the pointer of the current value.
func (w *walker) pointer() string { return w.pointerN(len(w.stack)) }

func (w *walker) add(ptr string, off int, msg string) {
	w.problems = append(w.problems, one(ptr, off, msg)...)
}

// skip returns the offset of the first byte at or after off that is not
// white space, ':' or ',' (the separators json.Decoder consumes lazily).
func (w *walker) skip(off int) int {
	for off < len(w.data) {
		switch w.data[off] {
		case ' ', '\t', '\r', '\n', ':', ',':
			off++
		default:
			return off
		}
	}
	return off
}

// skipSpace is skip for white space only.
func skipSpace(data []byte, off int) int {
	for off < len(data) {
		switch data[off] {
		case ' ', '\t', '\r', '\n':
			off++
		default:
			return off
		}
	}
	return off
}

// run walks the document. It returns true if it reached the end of one
// complete value followed only by white space.
func (w *walker) run() bool {
	w.dec = json.NewDecoder(bytes.NewReader(w.data))
	w.dec.UseNumber()
	for {
		start := w.skip(int(w.dec.InputOffset()))
		tok, err := w.dec.Token()
		if err != nil {
			w.tokenError(err, start)
			return false
		}
		end := int(w.dec.InputOffset())
		top := len(w.stack) - 1
		if d, ok := tok.(json.Delim); ok {
			switch d {
			case '{', '[':
				w.beginValue(start)
				if len(w.stack) >= w.maxDepth {
					w.add(w.pointer(), start, fmt.Sprintf("nesting deeper than %d levels of arrays and objects; expected at most %d", w.maxDepth, w.maxDepth))
					return false
				}
				w.stack = append(w.stack, frame{obj: d == '{', open: start, wantKey: d == '{', idx: -1})
			default: // '}' or ']'
				w.stack = w.stack[:top]
				if top == 0 {
					return w.end()
				}
				w.endValue()
			}
			continue
		}
		if top >= 0 && w.stack[top].obj && w.stack[top].wantKey {
			key, _ := tok.(string)
			if !w.checkString(w.pointerN(top), start, end) {
				return false
			}
			f := &w.stack[top]
			f.key, f.wantKey = key, false
			if w.dups {
				if first, seen := f.keys[key]; seen {
					line, col := lineCol(w.data, first)
					w.add(w.pointer(), start, fmt.Sprintf("duplicate key %s (first at line %d, column %d); expected each key once per object", quoteText(key), line, col))
				} else {
					if f.keys == nil {
						f.keys = make(map[string]int)
					}
					f.keys[key] = start
				}
			}
			continue
		}
		w.beginValue(start)
		if _, ok := tok.(string); ok && !w.checkString(w.pointer(), start, end) {
			return false
		}
		if top < 0 {
			return w.end()
		}
		w.endValue()
	}
}

func (w *walker) beginValue(start int) {
	if n := len(w.stack); n > 0 && !w.stack[n-1].obj {
		w.stack[n-1].idx++
	}
	if w.onValue != nil {
		w.onValue(start)
	}
}

func (w *walker) endValue() {
	if n := len(w.stack); n > 0 && w.stack[n-1].obj {
		w.stack[n-1].wantKey = true
	}
}

// checkString reports invalid UTF-8 in the string token data[start:end]
// (json.Decoder silently replaces it with U+FFFD).
func (w *walker) checkString(ptr string, start, end int) bool {
	if utf8.Valid(w.data[start:end]) {
		return true
	}
	off := invalidUTF8(w.data[:end], start)
	w.add(ptr, off, invalidUTF8Message(w.data, off))
	return false
}

// end checks that nothing but white space follows the document.
func (w *walker) end() bool {
	off := skipSpace(w.data, int(w.dec.InputOffset()))
	if off < len(w.data) {
		w.add("", off, "unexpected data after the end of the document; expected only white space")
		return false
	}
	return true
}

// tokenError turns a json.Decoder error into a problem.
func (w *walker) tokenError(err error, start int) {
	// The place is the open container, except after an object key, where
	// it is the member whose value is missing or malformed. (In an array,
	// the current index is that of the last complete element.)
	ptr := w.pointer()
	if n := len(w.stack); n > 0 && (!w.stack[n-1].obj || w.stack[n-1].wantKey) {
		ptr = w.pointerN(n - 1)
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		if len(w.stack) == 0 && skipSpace(w.data, 0) == len(w.data) {
			w.add("", len(w.data), "empty document (only white space); expected a JSON value")
			return
		}
		w.add(ptr, len(w.data), w.truncated())
		return
	}
	// json.Decoder's offsets for token errors are not exact; the full
	// scanner's are. It stops at the same first error, at a depth within
	// the limit (the walk got there), so its memory is bounded too.
	off, msg := start, err.Error()
	var se *json.SyntaxError
	if errors.As(json.Unmarshal(w.data, new(json.RawMessage)), &se) && se.Offset > 0 {
		off, msg = int(se.Offset)-1, se.Error()
	}
	switch {
	case off < len(w.data) && invalidUTF8(w.data[:min(off+1, len(w.data))], off) == off:
		w.add(ptr, off, invalidUTF8Message(w.data, off))
	case strings.Contains(msg, "after top-level value"):
		w.add("", off, "unexpected data after the end of the document; expected only white space")
	case strings.HasPrefix(msg, "unexpected end of JSON input"):
		w.add(ptr, len(w.data), w.truncated())
	default:
		w.add(ptr, off, "syntax error: "+msg)
	}
}

// truncated describes an unexpected end of input.
func (w *walker) truncated() string {
	n := len(w.stack)
	if n == 0 {
		return "unexpected end of input inside a value: the document is truncated; expected the rest of the value"
	}
	f := w.stack[n-1]
	line, col := lineCol(w.data, f.open)
	kind, closer := "array", "']'"
	if f.obj {
		kind, closer = "object", "'}'"
	}
	return fmt.Sprintf("unexpected end of input: the document is truncated; expected %s to close the %s opened at line %d, column %d", closer, kind, line, col)
}
