// Package jsonscan is the JSON scanner behind package strict's reader and
// package sweep's record lines: it checks the grammar and UTF-8 of strings,
// numbers, literals and whole values in place, without decoding them, and
// says what is wrong at which byte. It is internal: callers read documents
// with strict.Check and records with package sweep.
package jsonscan

import (
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// skipSpace returns the offset of the first byte at or after off that is
// not JSON white space.
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

// plain marks the bytes that a string can hold as they are: everything but
// the quote, the backslash, control characters and non-ASCII bytes (which
// are checked as UTF-8).
var plain = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// Fail describes what is wrong with a string, number or literal: nothing
// (off < 0), the end of the input (off == len(data)), invalid UTF-8
// (utf8), or an unexpected byte (context says what was expected).
type Fail struct {
	Off     int
	BadUTF8 bool
	Context string
}

var NoFail = Fail{Off: -1}

// StringEnd scans the string whose opening quote is at data[i]. It
// returns the offset just past the closing quote and whether the string
// has escapes. A string with invalid UTF-8 is reported at its first
// invalid byte, even if it is also malformed after that.
func StringEnd(data []byte, i int) (end int, esc bool, f Fail) {
	high := false // a byte ≥ 0x80 was seen: data[i+1:j] must be checked as UTF-8
	// stop checks the UTF-8 before a failure at off.
	stop := func(off int, context string) Fail {
		if high {
			if bad := InvalidUTF8(data[:off], i+1); bad >= 0 {
				return Fail{Off: bad, BadUTF8: true}
			}
		}
		return Fail{Off: off, Context: context}
	}
	j := i + 1
	for j < len(data) {
		c := data[j]
		if plain[c] {
			j++
			continue
		}
		switch {
		case c == '"':
			if high && !utf8.Valid(data[i+1:j]) {
				return 0, false, stop(j, "")
			}
			return j + 1, esc, NoFail
		case c == '\\':
			esc = true
			if j+1 == len(data) {
				return 0, false, stop(len(data), "")
			}
			switch data[j+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				j += 2
			case 'u':
				for k := j + 2; k < j+6; k++ {
					if k == len(data) {
						return 0, false, stop(len(data), "")
					}
					if !isHex(data[k]) {
						return 0, false, stop(k, `in \u hexadecimal character escape`)
					}
				}
				j += 6
			default:
				return 0, false, stop(j+1, "in string escape code")
			}
		case c < 0x20:
			return 0, false, stop(j, "in string literal")
		default:
			high = true
			j++
		}
	}
	return 0, false, stop(len(data), "")
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// NumberEnd scans the number (RFC 8259 section 6) that starts at data[i],
// which is '-' or a digit, and returns the offset just past it.
func NumberEnd(data []byte, i int) (end int, f Fail) {
	n := len(data)
	j := i
	if data[j] == '-' {
		j++
		if j == n {
			return 0, Fail{Off: n}
		}
		if !isDigit(data[j]) {
			return 0, Fail{Off: j, Context: "in numeric literal"}
		}
	}
	if data[j] == '0' {
		j++
	} else {
		for j++; j < n && isDigit(data[j]); j++ {
		}
	}
	if j < n && data[j] == '.' {
		j++
		if j == n {
			return 0, Fail{Off: n}
		}
		if !isDigit(data[j]) {
			return 0, Fail{Off: j, Context: "after decimal point in numeric literal"}
		}
		for j++; j < n && isDigit(data[j]); j++ {
		}
	}
	if j < n && (data[j] == 'e' || data[j] == 'E') {
		j++
		if j < n && (data[j] == '+' || data[j] == '-') {
			j++
		}
		if j == n {
			return 0, Fail{Off: n}
		}
		if !isDigit(data[j]) {
			return 0, Fail{Off: j, Context: "in exponent of numeric literal"}
		}
		for j++; j < n && isDigit(data[j]); j++ {
		}
	}
	return j, NoFail
}

// LiteralEnd scans lit ("true", "false" or "null"), whose first byte is at
// data[i], and returns the offset just past it.
func LiteralEnd(data []byte, i int, lit string) (end int, f Fail) {
	for k := 1; k < len(lit); k++ {
		switch {
		case i+k == len(data):
			return 0, Fail{Off: len(data)}
		case data[i+k] != lit[k]:
			return 0, Fail{Off: i + k, Context: "in literal " + lit + " (expecting " + strconv.QuoteRune(rune(lit[k])) + ")"}
		}
	}
	return i + len(lit), NoFail
}

// appendUnquoted appends the string s, the well-formed contents of a JSON
// string between its quotes, unescaped as encoding/json unescapes it: a
// \u escape of a lone surrogate becomes U+FFFD.
func appendUnquoted(dst, s []byte) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			dst = append(dst, c)
			i++
			continue
		}
		switch s[i+1] {
		case 'b':
			dst = append(dst, '\b')
		case 'f':
			dst = append(dst, '\f')
		case 'n':
			dst = append(dst, '\n')
		case 'r':
			dst = append(dst, '\r')
		case 't':
			dst = append(dst, '\t')
		case 'u':
			r := hex4(s[i+2 : i+6])
			i += 6
			if utf16.IsSurrogate(r) {
				if i+6 <= len(s) && s[i] == '\\' && s[i+1] == 'u' {
					if dec := utf16.DecodeRune(r, hex4(s[i+2:i+6])); dec != utf8.RuneError {
						dst = utf8.AppendRune(dst, dec)
						i += 6
						continue
					}
				}
				r = utf8.RuneError
			}
			dst = utf8.AppendRune(dst, r)
			continue
		default: // '"', '\\', '/'
			dst = append(dst, s[i+1])
		}
		i += 2
	}
	return dst
}

// hex4 is the value of four hexadecimal digits.
func hex4(h []byte) rune {
	var r rune
	for _, c := range h[:4] {
		switch {
		case c <= '9':
			c -= '0'
		case c >= 'a':
			c -= 'a' - 10
		default:
			c -= 'A' - 10
		}
		r = r<<4 | rune(c)
	}
	return r
}

// SyntaxMessage describes the byte at data[off] where a JSON text has
// something else (context says what, in encoding/json's words): an
// unexpected character, quoted whole, or invalid UTF-8. It leaves the place
// to its caller.
func SyntaxMessage(data []byte, off int, context string) string {
	r := rune(data[off])
	if r >= utf8.RuneSelf {
		var n int
		if r, n = utf8.DecodeRune(data[off:]); r == utf8.RuneError && n == 1 {
			return fmt.Sprintf("invalid UTF-8: byte 0x%02x; expected UTF-8 text", data[off])
		}
	}
	return "syntax error: invalid character " + strconv.QuoteRune(r) + " " + context
}

// InvalidUTF8 returns the offset of the first byte at or after from that
// does not start a valid UTF-8 sequence, or -1.
func InvalidUTF8(data []byte, from int) int {
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

// SyntaxError is what a scanner ([ScanString], [ScanNumber],
// [ScanLiteral], [SkipValue]) found wrong: an unexpected character, invalid
// UTF-8, or the end of the input, at byte Offset.
type SyntaxError struct {
	// Offset is the byte offset in the scanned data of the offending byte,
	// or the data's length at an unexpected end of input. strict.LineCol turns
	// it into a line and column.
	Offset int
	msg    string
}

// Error says what is wrong, in encoding/json's words, without the place.
func (e *SyntaxError) Error() string { return e.msg }

// err turns a failure into a *SyntaxError (nil for none).
func (f Fail) Err(data []byte) error {
	switch {
	case f.Off < 0:
		return nil
	case f.Off >= len(data):
		return &SyntaxError{Offset: len(data), msg: "unexpected end of input"}
	case f.BadUTF8:
		return &SyntaxError{Offset: f.Off, msg: fmt.Sprintf("invalid UTF-8: byte 0x%02x; expected UTF-8 text", data[f.Off])}
	}
	return &SyntaxError{Offset: f.Off, msg: SyntaxMessage(data, f.Off, f.Context)}
}

// DefaultMaxDepth is the deepest nesting of arrays and objects SkipValue
// accepts when given 0 (strict.DefaultMaxDepth is this value).
const DefaultMaxDepth = 64

// SkipSpace returns the offset of the first byte at or after i that is not
// JSON white space (space, tab, CR, LF), or len(data).
func SkipSpace(data []byte, i int) int { return skipSpace(data, i) }

// ScanString scans the JSON string whose opening quote is at data[i]. It
// returns the offset just past the closing quote and whether the string
// has escapes (then [AppendUnquoted] gives its value; otherwise the value
// is data[i+1:end-1] as it is). The string must be valid UTF-8 with no
// control characters and only the escapes RFC 8259 allows; anything else
// is a [*SyntaxError] at the first offending byte.
func ScanString(data []byte, i int) (end int, escaped bool, err error) {
	if i >= len(data) || data[i] != '"' {
		return scanFail(data, i, "looking for beginning of string")
	}
	end, escaped, f := StringEnd(data, i)
	if f.Off < 0 {
		return end, escaped, nil
	}
	return 0, false, f.Err(data)
}

// ScanNumber scans the JSON number (RFC 8259 section 6) starting at
// data[i] and returns the offset just past it.
func ScanNumber(data []byte, i int) (end int, err error) {
	if i >= len(data) || data[i] != '-' && !isDigit(data[i]) {
		end, _, err = scanFail(data, i, "looking for beginning of value")
		return end, err
	}
	end, f := NumberEnd(data, i)
	return end, f.Err(data)
}

// ScanLiteral scans the literal true, false or null (which one, data[i]
// says) starting at data[i] and returns the offset just past it.
func ScanLiteral(data []byte, i int) (end int, err error) {
	lit := ""
	if i < len(data) {
		lit = LiteralOf(data[i])
	}
	if lit == "" {
		end, _, err = scanFail(data, i, "looking for beginning of value")
		return end, err
	}
	end, f := LiteralEnd(data, i, lit)
	return end, f.Err(data)
}

func scanFail(data []byte, i int, context string) (int, bool, error) {
	return 0, false, Fail{Off: min(i, len(data)), Context: context}.Err(data)
}

// SkipValue scans the JSON value starting at data[i] (white space
// skipped) and returns the offset just past it, checking its grammar and
// UTF-8 and that it nests at most maxDepth arrays and objects deep (0 means
// [DefaultMaxDepth]). It does not look for duplicate keys; strict.Check does.
func SkipValue(data []byte, i, maxDepth int) (end int, err error) {
	if maxDepth <= 0 {
		maxDepth = DefaultMaxDepth
	}
	var buf [DefaultMaxDepth]bool // open containers: true for an object
	stack := buf[:0]
	for {
		// A value starts at data[i].
		i = skipSpace(data, i)
		if i == len(data) {
			return 0, Fail{Off: i}.Err(data)
		}
		f := NoFail
		switch c := data[i]; c {
		case '{', '[':
			if len(stack) >= maxDepth {
				return 0, &SyntaxError{Offset: i, msg: fmt.Sprintf("nesting deeper than %d levels of arrays and objects; expected at most %d", maxDepth, maxDepth)}
			}
			stack = append(stack, c == '{')
			i = skipSpace(data, i+1)
			closer := byte(']')
			if c == '{' {
				closer = '}'
			}
			if i < len(data) && data[i] == closer {
				stack = stack[:len(stack)-1]
				i++
				break
			}
			if c == '{' {
				if i, f = skipKey(data, i); f.Off >= 0 {
					return 0, f.Err(data)
				}
			}
			continue // the first element or member value
		case '"':
			i, _, f = StringEnd(data, i)
		case 't', 'f', 'n':
			i, f = LiteralEnd(data, i, LiteralOf(c))
		case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
			i, f = NumberEnd(data, i)
		default:
			f = Fail{Off: i, Context: "looking for beginning of value"}
		}
		if f.Off >= 0 {
			return 0, f.Err(data)
		}
		// A value has ended just before data[i].
		for {
			if len(stack) == 0 {
				return i, nil
			}
			obj := stack[len(stack)-1]
			i = skipSpace(data, i)
			switch {
			case i == len(data):
				return 0, Fail{Off: i}.Err(data)
			case data[i] == ',':
				i++
				if obj {
					if i, f = skipKey(data, skipSpace(data, i)); f.Off >= 0 {
						return 0, f.Err(data)
					}
				}
			case obj && data[i] == '}' || !obj && data[i] == ']':
				stack = stack[:len(stack)-1]
				i++
				continue
			case obj:
				return 0, Fail{Off: i, Context: "after object key:value pair"}.Err(data)
			default:
				return 0, Fail{Off: i, Context: "after array element"}.Err(data)
			}
			break // the next element or member value
		}
	}
}

// literalOf is the literal that starts with c, or "".
func LiteralOf(c byte) string {
	switch c {
	case 't':
		return "true"
	case 'f':
		return "false"
	case 'n':
		return "null"
	}
	return ""
}

// skipKey scans an object key at data[i] and the colon after it, and
// returns the offset of the member's value.
func skipKey(data []byte, i int) (int, Fail) {
	if i == len(data) {
		return 0, Fail{Off: i}
	}
	if data[i] != '"' {
		return 0, Fail{Off: i, Context: "looking for beginning of object key string"}
	}
	end, _, f := StringEnd(data, i)
	if f.Off >= 0 {
		return 0, f
	}
	j := skipSpace(data, end)
	if j == len(data) {
		return 0, Fail{Off: j}
	}
	if data[j] != ':' {
		return 0, Fail{Off: j, Context: "after object key"}
	}
	return j + 1, NoFail
}

// AppendUnquoted appends to dst the value of a JSON string whose contents
// (between the quotes) are s, as [ScanString] accepted them, unescaped as
// encoding/json unescapes them: a \u escape of a lone surrogate becomes
// U+FFFD.
func AppendUnquoted(dst, s []byte) []byte { return appendUnquoted(dst, s) }
