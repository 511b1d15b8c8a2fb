package strict

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/noticekit/noticekit/internal/jsonscan"
)

// seed adds the testdata documents, the bundled examples (once they exist)
// and a few awkward inputs to a fuzz corpus.
func seed(f *testing.F) {
	for _, pattern := range []string{filepath.Join("testdata", "*.json"), filepath.Join("..", "examples", "*.json"),
		filepath.Join("..", "examples", "schedules", "*.json")} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	for _, s := range []string{"", " ", "\xef\xbb\xbf{}", `{"a":1,"a":2}`, `{"a":1} x`, `[1,`, `"\ud800"`, "[\"\xff\"]",
		`{"name": "x", "code": "consent", "published": "2026-02-30"}`, `{"zzz": [[[[]]]]}`, strings.Repeat("[", 100)} {
		f.Add([]byte(s))
	}
}

// maxDepth is a naive reference: the deepest nesting of brackets outside
// strings.
func maxDepth(data []byte) int {
	depth, deepest, inString, escaped := 0, 0, false, false
	for _, c := range data {
		switch {
		case inString && escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case inString && c == '"':
			inString = false
		case inString:
		case c == '"':
			inString = true
		case c == '[' || c == '{':
			depth++
			deepest = max(deepest, depth)
		case c == ']' || c == '}':
			depth--
		}
	}
	return deepest
}

func FuzzStrict(f *testing.F) {
	seed(f)
	lim := Limits{MaxBytes: 1 << 16, MaxDepth: 8}
	f.Fuzz(func(t *testing.T, data []byte) {
		err := Check(data, lim)
		// The reference: well-formed UTF-8 JSON within the limits, with no
		// byte-order mark, is rejected only for duplicate keys.
		ok := json.Valid(data) && utf8.Valid(data) && !bytes.HasPrefix(data, bom) &&
			len(data) <= int(lim.MaxBytes) && maxDepth(data) <= lim.MaxDepth
		if err == nil {
			if !ok {
				t.Fatalf("Strict accepted %q", data)
			}
			return
		}
		var e *Error
		if !errors.As(err, &e) || len(e.Problems) == 0 || e.Err != nil {
			t.Fatalf("Strict error %#v, want an *Error with problems", err)
		}
		for _, p := range e.Problems {
			if p.Keyword != KeywordJSON || p.Line < 1 || p.Column < 1 || p.Message == "" {
				t.Fatalf("bad problem %+v for %q", p, data)
			}
			if p.Pointer != "" && p.Pointer[0] != '/' {
				t.Fatalf("malformed pointer in %+v", p)
			}
			if ok && !strings.HasPrefix(p.Message, "duplicate key") {
				t.Fatalf("well-formed %q rejected: %v", data, err)
			}
		}
	})
}

// FuzzStrictVsStdlib compares the hand-written scanner of Strict with a
// naive reference built on encoding/json (refStrict, the token pass that
// Strict used before): for any input they accept and reject the same
// documents, and they report the same problems, except where the
// reference is known to be wrong (see sameProblems). Strict accepts only
// what json.Valid accepts.
func FuzzStrictVsStdlib(f *testing.F) {
	seed(f)
	for _, s := range strictVsStdlibSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkStrictVsReference(t, data, Limits{MaxBytes: 1 << 16, MaxDepth: 8})
		checkStrictVsReference(t, data, Limits{})
	})
}

// strictVsStdlibSeeds are awkward inputs for FuzzStrictVsStdlib and
// TestStrictVsReference.
var strictVsStdlibSeeds = []string{
	`{"a":1,"\u0061":2}`, `{"\ud800":1,"\udfff":2}`, `{"\ud83d\ude00":1,"😀":2}`, `{"a\/b":1,"a/b":2}`,
	`{"\"":1,"\u0022":2}`, `{"\b\f\n\r\t":1,"\u0008\u000c\u000a\u000d\u0009":2}`, `{"\uD83D\uDE00":1,"\ud83d\ude00":2}`,
	`[-]`, `[-0]`, `[-01]`, `[1.]`, `[1.e1]`, `[1e]`, `[1e+]`, `[1E-7]`, `[.5]`, `[+1]`, `[0x1]`, `[1x]`,
	`[tru]`, `[trux]`, `[fals]`, `[nul]`, `[nulL]`, `[True]`, `"\x"`, `"\u12G4"`, `"\u12`, `"\`, "\"a\x01\"",
	`{"a" 1}`, `{"a":1 "b":2}`, `{"a":1,}`, `{,}`, `[1,]`, `[,]`, `{"a":}`, `{:1}`, `{1:1}`, `{"a"`, `{"a":`, `{"a":1`,
	`{"a":[1,2`, `{"a":{"b":`, `[[[[`, `]`, `}`, `:`, `,`, `1 2`, `{} {}`, `[] x`, "\"\xc3\"", "\"\xc3", "[\"a\xff\x01\"]",
	"[\xc3\xa9]", "{\"\xc3\xa9\":1,\"\\u00e9\":2}", "[\"\xed\xa0\x80\"]", "[\"\xf4\x90\x80\x80\"]", "\t\r\n 1 \t\r\n",
	"{\"\":\"\",\"\":\"0\",\"0\":{\n\"0\": [\"0000\x800", "\"\xff\\\xff",
	`{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9,"j":10,"k":11,"l":12,"m":13,"n":14,"o":15,"p":16,"q":17,"a":18,"q":19,"\u0071":20}`,
	`{"x":{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9,"j":10,"k":11,"l":12,"m":13,"n":14,"o":15,"p":16,"q":17,"r":{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9,"j":10,"k":11,"l":12,"m":13,"n":14,"o":15,"p":16,"q":17,"r":1,"a":2},"a":1},"x":2}`,
}

// TestStrictVsReference runs the checks of FuzzStrictVsStdlib on its seeds
// and every prefix of each, and on the test documents, under small,
// default and tiny limits.
func TestStrictVsReference(t *testing.T) {
	var inputs [][]byte
	for _, s := range strictVsStdlibSeeds {
		for n := range len(s) + 1 {
			inputs = append(inputs, []byte(s[:n]))
		}
	}
	multi := readTestdata(t, "multi.json")
	for n := range len(multi) + 1 {
		inputs = append(inputs, multi[:n])
	}
	inputs = append(inputs, benchDocument(), readTestdata(t, "valid.json"), deep(200))
	for _, lim := range []Limits{{MaxBytes: 1 << 16, MaxDepth: 8}, {}, {MaxDepth: 2}} {
		for _, in := range inputs {
			checkStrictVsReference(t, in, lim)
		}
	}
}

// checkStrictVsReference checks Strict against refStrict and json.Valid.
func checkStrictVsReference(t *testing.T, data []byte, lim Limits) {
	t.Helper()
	got := problemsOf(t, Check(data, lim))
	var want []Problem
	if ps := refStrict(data, lim); len(ps) > 0 {
		want = finish(data, ps, nil).Problems
	}
	if (len(got) == 0) != (len(want) == 0) {
		t.Fatalf("Check(%q) = %v, but the reference says %v", data, got, want)
	}
	if len(got) == 0 && !json.Valid(data) {
		t.Fatalf("Strict accepted %q, which json.Valid rejects", data)
	}
	if len(got) == 0 {
		// What Strict accepts, json.Decoder (which Validate uses) accepts.
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("Strict accepted %q, which json.Decoder rejects: %v", data, err)
		}
	}
	if !sameProblems(data, want, got) {
		t.Fatalf("Check(%q) problems differ from the reference (-want +got):\n%s", data, cmp.Diff(want, got))
	}
}

// sameProblems reports whether Strict's problems got are the reference's
// want, allowing for the two places where the reference is wrong:
//
//   - at a syntax error on a non-ASCII character outside a string, the
//     reference reports invalid UTF-8 even when the character is valid
//     (it decodes the first byte alone); Strict quotes the character;
//   - in a string with invalid UTF-8 that is also malformed after it (a
//     control character, a bad escape, the end of the input), the
//     reference reports the later syntax error; Strict reports the first
//     problem in the input, the invalid byte.
//
// In both cases Strict's problem must be at or before the reference's.
func sameProblems(data []byte, want, got []Problem) bool {
	if cmp.Equal(want, got) {
		return true
	}
	// Duplicate keys come before the problem that stopped the reading.
	if len(want) == 0 || len(want) != len(got) || !cmp.Equal(want[:len(want)-1], got[:len(got)-1]) {
		return false
	}
	w, g := want[len(want)-1], got[len(got)-1]
	switch {
	case strings.HasPrefix(w.Message, "invalid UTF-8") && strings.HasPrefix(g.Message, "syntax error: invalid character"):
		// The first case: same place, a quoted valid character.
		r, _ := utf8.DecodeRune(data[byteOffset(w.Message):])
		return w.Pointer == g.Pointer && w.Line == g.Line && w.Column == g.Column && r != utf8.RuneError &&
			strings.HasPrefix(g.Message, "syntax error: invalid character "+strconv.QuoteRune(r)+" ")
	case strings.HasPrefix(g.Message, "invalid UTF-8"):
		// The second case: an invalid byte earlier in the same string
		// (the later problem may be invalid UTF-8 too, after an escape).
		return g.Line < w.Line || g.Line == w.Line && g.Column < w.Column
	}
	return false
}

// byteOffset is the offset in an invalid UTF-8 message.
func byteOffset(msg string) int {
	var off int
	_, after, _ := strings.Cut(msg, "byte offset ")
	fmt.Sscanf(after, "%d", &off)
	return off
}

// refStrict is the reference for the strict reader: the token pass with
// json.Decoder that Strict used before its hand-written scanner, slow
// (every token allocates) but simple. It returns unsorted, unpositioned
// problems, as strict does.
func refStrict(data []byte, lim Limits) []located {
	if max := lim.maxBytes(); int64(len(data)) > max {
		return one("", int(max), fmt.Sprintf("document is %d bytes, over the limit of %d bytes; expected at most %d bytes", len(data), max, max))
	}
	if len(data) == 0 {
		return one("", 0, "empty document; expected a JSON value")
	}
	if bytes.HasPrefix(data, bom) {
		return one("", 0, "document starts with a UTF-8 byte-order mark; expected the JSON value with no byte-order mark")
	}
	w := refWalker{data: data, maxDepth: lim.maxDepth(), dups: true}
	w.run()
	if len(w.problems) == 0 && !utf8.Valid(data) {
		off := jsonscan.InvalidUTF8(data, 0)
		w.problems = one("", off, invalidUTF8Message(data, off))
	}
	return w.problems
}

// refFrame is one open array or object during the token walk.
type refFrame struct {
	obj     bool
	open    int    // offset of the opening bracket
	wantKey bool   // object: the next token is a key or '}'
	key     string // object: the current member's key, unescaped
	idx     int    // array: the current element's index, -1 before the first
	keys    map[string]int
}

// refWalker is a token pass over a JSON document with json.Decoder. It keeps
// the path to the current value, so that every problem and every value has
// a JSON pointer, and it stops at the depth limit.
type refWalker struct {
	data     []byte
	maxDepth int
	dups     bool // check for duplicate keys

	// onValue, if set, is called with the offset at which each value starts;
	// w.pointer() is then that value's pointer.
	onValue func(start int)

	dec      *json.Decoder
	stack    []refFrame
	problems []located
}

// pointerN is the pointer of the current value of the first n frames.
func (w *refWalker) pointerN(n int) string {
	var b strings.Builder
	for _, f := range w.stack[:n] {
		b.WriteByte('/')
		if f.obj {
			b.WriteString(strings.ReplaceAll(strings.ReplaceAll(f.key, "~", "~0"), "/", "~1"))
		} else {
			b.WriteString(strconv.Itoa(f.idx))
		}
	}
	return b.String()
}

// pointer is the pointer of the current value.
func (w *refWalker) pointer() string { return w.pointerN(len(w.stack)) }

func (w *refWalker) add(ptr string, off int, msg string) {
	w.problems = append(w.problems, one(ptr, off, msg)...)
}

// skip returns the offset of the first byte at or after off that is not
// white space, ':' or ',' (the separators json.Decoder consumes lazily).
func (w *refWalker) skip(off int) int {
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

// run walks the document. It returns true if it reached the end of one
// complete value followed only by white space.
func (w *refWalker) run() bool {
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
				w.stack = append(w.stack, refFrame{obj: d == '{', open: start, wantKey: d == '{', idx: -1})
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
					line, col := LineCol(w.data, first)
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

func (w *refWalker) beginValue(start int) {
	if n := len(w.stack); n > 0 && !w.stack[n-1].obj {
		w.stack[n-1].idx++
	}
	if w.onValue != nil {
		w.onValue(start)
	}
}

func (w *refWalker) endValue() {
	if n := len(w.stack); n > 0 && w.stack[n-1].obj {
		w.stack[n-1].wantKey = true
	}
}

// checkString reports invalid UTF-8 in the string token data[start:end]
// (json.Decoder silently replaces it with U+FFFD).
func (w *refWalker) checkString(ptr string, start, end int) bool {
	if utf8.Valid(w.data[start:end]) {
		return true
	}
	off := jsonscan.InvalidUTF8(w.data[:end], start)
	w.add(ptr, off, invalidUTF8Message(w.data, off))
	return false
}

// end checks that nothing but white space follows the document.
func (w *refWalker) end() bool {
	off := jsonscan.SkipSpace(w.data, int(w.dec.InputOffset()))
	if off < len(w.data) {
		w.add("", off, "unexpected data after the end of the document; expected only white space")
		return false
	}
	return true
}

// tokenError turns a json.Decoder error into a problem.
func (w *refWalker) tokenError(err error, start int) {
	// The place is the open container, except after an object key, where
	// it is the member whose value is missing or malformed. (In an array,
	// the current index is that of the last complete element.)
	ptr := w.pointer()
	if n := len(w.stack); n > 0 && (!w.stack[n-1].obj || w.stack[n-1].wantKey) {
		ptr = w.pointerN(n - 1)
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		if len(w.stack) == 0 && jsonscan.SkipSpace(w.data, 0) == len(w.data) {
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
	case off < len(w.data) && jsonscan.InvalidUTF8(w.data[:min(off+1, len(w.data))], off) == off:
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
func (w *refWalker) truncated() string {
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
