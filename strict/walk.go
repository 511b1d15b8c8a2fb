package strict

import (
	"bytes"
	"cmp"
	"fmt"
	"hash/maphash"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/noticekit/noticekit/internal/jsonscan"
)

var bom = []byte{0xEF, 0xBB, 0xBF}

// Check reads data with the strict reader. It returns nil if data is
// exactly one well-formed JSON value (RFC 8259) in UTF-8 within the limits,
// and otherwise an [*Error] whose problems (Keyword [KeywordJSON]) name the
// place: an empty document, a leading byte-order mark, invalid UTF-8, a
// document over lim.MaxBytes, nesting deeper than lim.MaxDepth, a
// duplicate object key, data after the document, or a syntax error or
// truncation. Every duplicate key is reported; any other problem stops the
// reading and is the only one.
//
// Memory use is bounded by the limits: the size is checked before anything
// else is read, and the reader keeps only the open arrays and objects (at
// most lim.MaxDepth) and the keys of the open objects, so a 100 000-deep
// "[[[[…" stops at the limit.
func Check(data []byte, lim Limits) error {
	if ps := check(data, lim); len(ps) > 0 {
		return finish(data, ps, nil)
	}
	return nil
}

// check is Check returning unsorted, unpositioned problems.
func check(data []byte, lim Limits) []located {
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
		// Fail safe: the walk checks every byte, inside strings and out,
		// so this is not expected to happen.
		off := jsonscan.InvalidUTF8(data, 0)
		w.problems = one("", off, invalidUTF8Message(data, off))
	}
	return w.problems
}

func one(ptr string, off int, msg string) []located {
	return []located{{Problem: Problem{Pointer: ptr, Keyword: KeywordJSON, Message: msg}, off: off}}
}

func invalidUTF8Message(data []byte, off int) string {
	line, col := LineCol(data, off)
	return fmt.Sprintf("invalid UTF-8: byte 0x%02x at byte offset %d (line %d, column %d); expected UTF-8 text", data[off], off, line, col)
}

// linearKeys is the number of keys up to which an object's keys are
// searched one by one for duplicates; an object with more is indexed by a
// hash of its keys.
const linearKeys = 16

// keySeed seeds the hash of object keys; it is random so that no input can
// be made of colliding keys.
var keySeed = maphash.MakeSeed()

// frame is one open array or object.
type frame struct {
	obj     bool
	wantKey bool // object: between members, the next token is a key or '}'
	keyEsc  bool // object: the current key has escapes
	indexed bool // object: its keys are in walker.index
	open    int  // offset of the opening bracket
	// key0 and key1 delimit the current member's key in the input, between
	// its quotes and as written (unescaped only when needed).
	key0, key1 int
	idx        int // array: the current element's index, -1 before the first
	keys       int // object: the index in walker.keys of its first key
	scratch    int // object: len(walker.scratch) when it was opened
}

// keyEntry is one key of an open object, kept to detect duplicates.
type keyEntry struct {
	// The key, unescaped, is data[start:end], or scratch[start:end] if esc.
	start, end int
	esc        bool
	off        int    // offset of the key's opening quote
	hash       uint64 // indexed objects only
	next       int    // indexed objects only: the previous key with the same hash, or -1
}

// dupRef is a duplicate-key problem waiting for the position of the first
// occurrence of its key, which is filled in after the walk so that every
// position is found in one forward pass however many duplicates there are.
type dupRef struct {
	problem int    // index in walker.problems
	first   int    // offset of the first occurrence
	key     string // quoted for the message
}

// walker is a single pass over a JSON text (RFC 8259) that checks its
// grammar, its UTF-8 and its depth as it goes, and, if dups is set, the
// keys of every object. It keeps the path to the current value, so that
// every problem and every value has a JSON pointer, and it stops at the
// first problem other than a duplicate key. It allocates only for the
// open arrays and objects and the keys of open objects (in fixed buffers
// for small documents), and for problems.
type walker struct {
	data     []byte
	maxDepth int
	dups     bool // check for duplicate keys

	// onValue, if set, is called with the offset at which each value starts;
	// w.pointer() is then that value's pointer.
	onValue func(start int)

	stack    []frame
	keys     []keyEntry
	scratch  []byte         // unescaped keys that had escapes
	index    map[uint64]int // key hash → its latest entry in keys (indexed objects)
	dupRefs  []dupRef
	problems []located

	stackBuf [16]frame
	keysBuf  [32]keyEntry
}

// pointerN is the pointer of the current value of the first n frames.
func (w *walker) pointerN(n int) string {
	if n == 0 {
		return ""
	}
	var b []byte
	var key []byte
	for _, f := range w.stack[:n] {
		b = append(b, '/')
		if !f.obj {
			b = strconv.AppendInt(b, int64(f.idx), 10)
			continue
		}
		k := w.data[f.key0:f.key1]
		if f.keyEsc {
			key = jsonscan.AppendUnquoted(key[:0], k)
			k = key
		}
		for _, c := range k {
			switch c {
			case '~':
				b = append(b, '~', '0')
			case '/':
				b = append(b, '~', '1')
			default:
				b = append(b, c)
			}
		}
	}
	return string(b)
}

// pointer is the pointer of the current value.
func (w *walker) pointer() string { return w.pointerN(len(w.stack)) }

// errPointer is the pointer of a syntax error or truncation: the open
// array or object, except after an object key, where it is the member
// whose value is missing or malformed.
func (w *walker) errPointer() string {
	if n := len(w.stack); n > 0 && (!w.stack[n-1].obj || w.stack[n-1].wantKey) {
		return w.pointerN(n - 1)
	}
	return w.pointer()
}

func (w *walker) add(ptr string, off int, msg string) {
	w.problems = append(w.problems, one(ptr, off, msg)...)
}

// syntax reports the unexpected byte at off, where a JSON text has
// something else (what, is said by context, in encoding/json's words).
func (w *walker) syntax(off int, context string) {
	if w.data[off] >= utf8.RuneSelf {
		if r, n := utf8.DecodeRune(w.data[off:]); r == utf8.RuneError && n == 1 {
			w.add(w.errPointer(), off, invalidUTF8Message(w.data, off)) // placed by line and column too
			return
		}
	}
	w.add(w.errPointer(), off, jsonscan.SyntaxMessage(w.data, off, context))
}

// truncate reports the end of the input where more was expected.
func (w *walker) truncate() {
	w.add(w.errPointer(), len(w.data), w.truncated())
}

// truncated describes an unexpected end of input.
func (w *walker) truncated() string {
	n := len(w.stack)
	if n == 0 {
		return "unexpected end of input inside a value: the document is truncated; expected the rest of the value"
	}
	f := w.stack[n-1]
	line, col := LineCol(w.data, f.open)
	kind, closer := "array", "']'"
	if f.obj {
		kind, closer = "object", "'}'"
	}
	return fmt.Sprintf("unexpected end of input: the document is truncated; expected %s to close the %s opened at line %d, column %d", closer, kind, line, col)
}

// report reports f, a failure of the value or key at start.
func (w *walker) report(f jsonscan.Fail) {
	switch {
	case f.Off == len(w.data):
		w.truncate()
	case f.BadUTF8:
		w.add(w.pointer(), f.Off, invalidUTF8Message(w.data, f.Off))
	default:
		w.syntax(f.Off, f.Context)
	}
}

// run walks the document. It returns true if it reached the end of one
// complete value followed only by white space.
func (w *walker) run() bool {
	if w.stack == nil {
		w.stack, w.keys = w.stackBuf[:0], w.keysBuf[:0]
	}
	done := w.walk()
	w.placeDups()
	return done
}

func (w *walker) walk() bool {
	data := w.data
	var ok bool
	i := jsonscan.SkipSpace(data, 0)
	if i == len(data) {
		w.add("", len(data), "empty document (only white space); expected a JSON value")
		return false
	}
	for {
		// A value starts at data[i] (white space skipped).
		if i == len(data) {
			w.truncate()
			return false
		}
		var f jsonscan.Fail
		switch c := data[i]; c {
		case '{', '[':
			w.beginValue(i)
			if len(w.stack) >= w.maxDepth {
				w.add(w.pointer(), i, fmt.Sprintf("nesting deeper than %d levels of arrays and objects; expected at most %d", w.maxDepth, w.maxDepth))
				return false
			}
			w.stack = append(w.stack, frame{obj: c == '{', open: i, wantKey: c == '{', idx: -1, keys: len(w.keys), scratch: len(w.scratch)})
			i = jsonscan.SkipSpace(data, i+1)
			if i == len(data) {
				w.truncate()
				return false
			}
			if c == '[' {
				if data[i] != ']' {
					continue // the first element
				}
			} else if data[i] != '}' {
				if i, ok = w.key(i); !ok {
					return false
				}
				continue // the first member's value
			}
			w.pop()
			i++
		case '"':
			var end int
			if end, _, f = jsonscan.StringEnd(data, i); f.Off >= 0 && !f.BadUTF8 {
				w.report(f)
				return false
			}
			w.beginValue(i)
			if f.BadUTF8 {
				w.report(f)
				return false
			}
			i = end
		case 't', 'f', 'n':
			end, f := jsonscan.LiteralEnd(data, i, jsonscan.LiteralOf(c))
			if f.Off >= 0 {
				w.report(f)
				return false
			}
			w.beginValue(i)
			i = end
		case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
			end, f := jsonscan.NumberEnd(data, i)
			if f.Off >= 0 {
				w.report(f)
				return false
			}
			w.beginValue(i)
			i = end
		default:
			w.syntax(i, "looking for beginning of value")
			return false
		}
		// A value has ended just before data[i]: what follows is a
		// separator, the end of its array or object, or the end of the
		// document.
		for {
			n := len(w.stack)
			if n == 0 {
				return w.end(i)
			}
			w.endValue()
			i = jsonscan.SkipSpace(data, i)
			if i == len(data) {
				w.truncate()
				return false
			}
			top := &w.stack[n-1]
			c := data[i]
			if c == ',' {
				i = jsonscan.SkipSpace(data, i+1)
				if top.obj {
					if i, ok = w.key(i); !ok {
						return false
					}
				}
				break // the next value
			}
			if top.obj && c == '}' || !top.obj && c == ']' {
				w.pop()
				i++
				continue
			}
			if top.obj {
				w.syntax(i, "after object key:value pair")
			} else {
				w.syntax(i, "after array element")
			}
			return false
		}
	}
}

// key reads the key of an object member at data[i] (white space skipped)
// and the colon after it. It returns the offset of the member's value.
func (w *walker) key(i int) (int, bool) {
	data := w.data
	if i == len(data) {
		w.truncate()
		return 0, false
	}
	if data[i] != '"' {
		w.syntax(i, "looking for beginning of object key string")
		return 0, false
	}
	end, esc, f := jsonscan.StringEnd(data, i)
	if f.Off >= 0 {
		if f.BadUTF8 {
			w.add(w.errPointer(), f.Off, invalidUTF8Message(data, f.Off))
		} else {
			w.report(f)
		}
		return 0, false
	}
	top := &w.stack[len(w.stack)-1]
	top.key0, top.key1, top.keyEsc, top.wantKey = i+1, end-1, esc, false
	if w.dups {
		w.checkKey(top, i)
	}
	j := jsonscan.SkipSpace(data, end)
	if j == len(data) {
		w.truncate()
		return 0, false
	}
	if data[j] != ':' {
		w.syntax(j, "after object key")
		return 0, false
	}
	return jsonscan.SkipSpace(data, j+1), true
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

// pop closes the innermost array or object, forgetting its keys.
func (w *walker) pop() {
	n := len(w.stack) - 1
	f := &w.stack[n]
	if f.obj && w.dups {
		if f.indexed {
			for j := len(w.keys) - 1; j >= f.keys; j-- {
				if e := &w.keys[j]; e.next >= 0 {
					w.index[e.hash] = e.next
				} else {
					delete(w.index, e.hash)
				}
			}
		}
		w.keys, w.scratch = w.keys[:f.keys], w.scratch[:f.scratch]
	}
	w.stack = w.stack[:n]
}

// keyBytes is the unescaped key of e.
func (w *walker) keyBytes(e *keyEntry) []byte {
	if e.esc {
		return w.scratch[e.start:e.end]
	}
	return w.data[e.start:e.end]
}

// checkKey reports the current key of the object f, whose opening quote is
// at off, if the object already has it, and otherwise remembers it. Keys
// are compared unescaped, as encoding/json decodes them ("a" and "\u0061"
// are the same key).
func (w *walker) checkKey(f *frame, off int) {
	e := keyEntry{start: f.key0, end: f.key1, off: off, next: -1}
	if f.keyEsc {
		e.esc, e.start = true, len(w.scratch)
		w.scratch = jsonscan.AppendUnquoted(w.scratch, w.data[f.key0:f.key1])
		e.end = len(w.scratch)
	}
	key := w.keyBytes(&e)
	first := -1
	if f.indexed {
		j, found := w.index[maphash.Bytes(keySeed, key)]
		for ; found && j >= f.keys; j = w.keys[j].next {
			if bytes.Equal(w.keyBytes(&w.keys[j]), key) {
				first = j
				break
			}
		}
	} else {
		for j := f.keys; j < len(w.keys); j++ {
			if bytes.Equal(w.keyBytes(&w.keys[j]), key) {
				first = j
				break
			}
		}
	}
	if first < 0 {
		w.keys = append(w.keys, e)
		switch {
		case f.indexed:
			w.indexKey(len(w.keys) - 1)
		case len(w.keys)-f.keys > linearKeys:
			f.indexed = true
			for j := f.keys; j < len(w.keys); j++ {
				w.indexKey(j)
			}
		}
		return
	}
	w.dupRefs = append(w.dupRefs, dupRef{problem: len(w.problems), first: w.keys[first].off, key: quoteText(string(key))})
	if e.esc {
		w.scratch = w.scratch[:e.start]
	}
	w.add(w.pointer(), off, "") // the message is written by placeDups
}

// indexKey adds w.keys[j] to the index.
func (w *walker) indexKey(j int) {
	if w.index == nil {
		w.index = make(map[uint64]int)
	}
	e := &w.keys[j]
	e.hash = maphash.Bytes(keySeed, w.keyBytes(e))
	if prev, found := w.index[e.hash]; found {
		e.next = prev
	}
	w.index[e.hash] = j
}

// placeDups writes the message of each duplicate-key problem, with the
// position of the first occurrence of the key, found for all of them in
// one forward pass over the input.
func (w *walker) placeDups() {
	slices.SortFunc(w.dupRefs, func(a, b dupRef) int { return cmp.Compare(a.first, b.first) })
	var lc lineCounter
	for _, d := range w.dupRefs {
		line, col := lc.advance(w.data, d.first)
		w.problems[d.problem].Message = fmt.Sprintf("duplicate key %s (first at line %d, column %d); expected each key once per object", d.key, line, col)
	}
}

// end checks that nothing but white space follows the document, which
// ended just before data[i].
func (w *walker) end(i int) bool {
	if i = jsonscan.SkipSpace(w.data, i); i < len(w.data) {
		w.add("", i, "unexpected data after the end of the document; expected only white space")
		return false
	}
	return true
}
