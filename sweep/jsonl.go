package sweep

import (
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/noticekit/noticekit/retention"
	"github.com/noticekit/noticekit/strict"

	"github.com/noticekit/noticekit/internal/jsonscan"
)

// jsonLine decides one JSON Lines record.
func (d *decoder) jsonLine(n int64) retention.Outcome {
	d.startRecord()
	p := jsonParser{d: d, b: d.line}
	p.record()
	if p.msg != "" {
		return d.malformed(n, p.id, p.rule, strict.Problem{Column: d.column(p.off), Pointer: p.ptr, Keyword: "record", Message: p.msg})
	}
	s := d.sw.sched
	rec := s.NewRecord(p.id, p.rule, d.facts)
	for _, f := range d.kv {
		switch {
		case f.null && f.slot >= 0: // null: the event has not happened
			s.SetFactSlotNotHappened(&rec, f.slot)
		case f.null:
			s.SetFactNotHappened(&rec, f.name) // undeclared-fact, naming it
		case f.slot >= 0:
			s.SetFactSlot(&rec, f.slot, f.value)
		default:
			s.SetFact(&rec, f.name, f.value) // undeclared-fact, naming it
		}
	}
	if len(d.holds) > 0 {
		rec.Holds = d.holds
	}
	return d.emit(&rec, n)
}

// jsonParser is a strict reader for one record line:
//
//	{"id": STRING, "rule": STRING, "facts": {NAME: STRING or null, …}, "holds": [STRING, …]}
//
// built on package strict's scanners. id and rule are required, facts and
// holds optional; any other key, a repeated key, a value of another type,
// or anything after the object is a problem. The first problem is kept;
// after a problem in a value (not in the JSON syntax) reading goes on, so
// that the id is read even when it comes after the fault.
type jsonParser struct {
	d        *decoder
	b        []byte
	off      int    // the first problem: its offset,
	ptr, msg string // pointer and message ("" for none)
	syntax   bool   // the problem is a syntax error: reading stopped
	id, rule string
	have     uint8 // bit per key seen: 1 id, 2 rule, 4 facts, 8 holds
}

const recordShape = "a JSON object with id, rule, facts and holds"

// at is the JSON pointer of a place in the record, built only when a
// problem there is recorded: base, then a key or an index.
type at struct {
	base string
	key  string
	idx  int // ≥ 0: an index; -1: key is a key; -2: neither
}

func place(base string) at          { return at{base: base, idx: -2} }
func member(base, key string) at    { return at{base: base, key: key, idx: -1} }
func element(base string, i int) at { return at{base: base, idx: i} }

func (a at) String() string {
	switch {
	case a.idx >= 0:
		return a.base + "/" + strconv.Itoa(a.idx)
	case a.idx == -1:
		return a.base + "/" + escapeToken(a.key)
	}
	return a.base
}

func (p *jsonParser) fail(off int, ptr at, format string, a ...any) {
	if p.msg == "" {
		p.off, p.ptr, p.msg = off, ptr.String(), fmt.Sprintf(format, a...)
	}
}

// bad reports a syntax error at b[i] (or the end of the line), where the
// record has something else than want, and stops the reading.
func (p *jsonParser) bad(i int, ptr at, want string) {
	if i >= len(p.b) {
		p.fail(len(p.b), ptr, "unexpected end of line; expected %s", want)
	} else {
		p.fail(i, ptr, "syntax error: invalid character %s; expected %s", describe(p.b, i), want)
	}
	p.syntax = true
}

// scanFailed reports an error of a strict scanner and stops the reading.
func (p *jsonParser) scanFailed(ptr at, err error) {
	var se *jsonscan.SyntaxError
	off := len(p.b)
	if errors.As(err, &se) {
		off = se.Offset
	}
	p.fail(off, ptr, "%v", err)
	p.syntax = true
}

// describe names the character at b[i] for a message.
func describe(b []byte, i int) string {
	r, n := utf8.DecodeRune(b[i:])
	if r == utf8.RuneError && n == 1 {
		return fmt.Sprintf("byte 0x%02x", b[i])
	}
	return strconv.QuoteRune(r)
}

// kind names the JSON type of the value at b[i].
func kind(b []byte, i int) string {
	if i >= len(b) {
		return "nothing"
	}
	switch c := b[i]; {
	case c == '"':
		return "a string"
	case c == '{':
		return "an object"
	case c == '[':
		return "an array"
	case c == 't' || c == 'f':
		return "a boolean"
	case c == 'n':
		return "null"
	case c == '-' || c >= '0' && c <= '9':
		return "a number"
	}
	return describe(b, i)
}

// str reads the string at b[i] and returns it (a view of the line, or of
// the scratch buffer when it has escapes) and the offset after it.
func (p *jsonParser) str(i int, ptr at) (string, int, bool) {
	end, esc, err := jsonscan.ScanString(p.b, i)
	if err != nil {
		p.scanFailed(ptr, err)
		return "", 0, false
	}
	if !esc {
		return view(p.b[i+1 : end-1]), end, true
	}
	d := p.d
	from := len(d.scratch)
	d.scratch = jsonscan.AppendUnquoted(d.scratch, p.b[i+1:end-1])
	return view(d.scratch[from:]), end, true
}

// skip steps over the value at b[i], checking it.
func (p *jsonParser) skip(i int, ptr at) (int, bool) {
	end, err := jsonscan.SkipValue(p.b, i, 0)
	if err != nil {
		p.scanFailed(ptr, err)
		return 0, false
	}
	return end, true
}

// object reads the object at b[i] member by member: for each, key is called
// with the key, its offset and the offset of its value, and returns the
// offset after the value. It returns the offset after the object.
func (p *jsonParser) object(i int, ptr at, what string, member func(key string, koff, voff int) (int, bool)) (int, bool) {
	i = jsonscan.SkipSpace(p.b, i+1)
	if i < len(p.b) && p.b[i] == '}' {
		return i + 1, true
	}
	for {
		if i >= len(p.b) || p.b[i] != '"' {
			p.bad(i, ptr, what+" in quotes")
			return 0, false
		}
		key, end, ok := p.str(i, ptr)
		if !ok {
			return 0, false
		}
		j := jsonscan.SkipSpace(p.b, end)
		if j >= len(p.b) || p.b[j] != ':' {
			p.bad(j, ptr, "':' after "+what)
			return 0, false
		}
		if j, ok = member(key, i, jsonscan.SkipSpace(p.b, j+1)); !ok {
			return 0, false
		}
		j = jsonscan.SkipSpace(p.b, j)
		switch {
		case j < len(p.b) && p.b[j] == ',':
			i = jsonscan.SkipSpace(p.b, j+1)
		case j < len(p.b) && p.b[j] == '}':
			return j + 1, true
		default:
			p.bad(j, ptr, "',' or '}' after a value")
			return 0, false
		}
	}
}

// record reads the whole line.
func (p *jsonParser) record() {
	i := jsonscan.SkipSpace(p.b, 0)
	if i == len(p.b) {
		p.fail(0, place(""), "empty line; expected %s", recordShape)
		return
	}
	if p.b[i] != '{' {
		p.bad(i, place(""), "'{' to start "+recordShape)
		return
	}
	i, ok := p.object(i, place(""), "a key", p.member)
	if !ok {
		return
	}
	if i = jsonscan.SkipSpace(p.b, i); i < len(p.b) {
		p.fail(i, place(""), "syntax error: invalid character %s after the record object; expected one record per line", describe(p.b, i))
		return
	}
	if p.have&1 == 0 {
		p.fail(len(p.b), place("/id"), `missing key "id"; expected the record's id`)
	}
	if p.have&2 == 0 {
		p.fail(len(p.b), place("/rule"), `missing key "rule"; expected the id of a rule of the schedule`)
	}
}

// member reads the value of one top-level key.
func (p *jsonParser) member(key string, koff, i int) (int, bool) {
	var bit uint8
	switch key {
	case "id":
		bit = 1
	case "rule":
		bit = 2
	case "facts":
		bit = 4
	case "holds":
		bit = 8
	default:
		ptr := member("", key)
		p.fail(koff, ptr, "unknown key %s; expected id, rule, facts or holds", quote(key))
		return p.skip(i, ptr)
	}
	ptr := member("", key)
	if p.have&bit != 0 {
		p.fail(koff, ptr, "duplicate key %s; expected each key once", quote(key))
		return p.skip(i, ptr)
	}
	p.have |= bit
	switch bit {
	case 4:
		return p.factsObject(i)
	case 8:
		return p.holdsArray(i)
	}
	if i >= len(p.b) || p.b[i] != '"' {
		p.fail(i, ptr, "expected a string, got %s", kind(p.b, i))
		return p.skip(i, ptr)
	}
	s, end, ok := p.str(i, ptr)
	if ok && s == "" {
		p.fail(i, ptr, "empty; expected a non-empty string")
	}
	if bit == 1 {
		p.id = s
	} else {
		p.rule = s
	}
	return end, ok
}

func (p *jsonParser) factsObject(i int) (int, bool) {
	if i >= len(p.b) || p.b[i] != '{' {
		p.fail(i, place("/facts"), "expected an object of dates, got %s", kind(p.b, i))
		return p.skip(i, place("/facts"))
	}
	return p.object(i, place("/facts"), "a fact name", func(name string, koff, i int) (int, bool) {
		f := fact{name: name, off: i}
		ptr := member("/facts", name)
		var end int
		switch {
		case i < len(p.b) && p.b[i] == '"':
			var ok bool
			if f.value, end, ok = p.str(i, ptr); !ok {
				return 0, false
			}
		case i < len(p.b) && p.b[i] == 'n':
			var err error
			if end, err = jsonscan.ScanLiteral(p.b, i); err != nil {
				p.scanFailed(ptr, err)
				return 0, false
			}
			f.null = true
		default:
			p.fail(i, ptr, "expected a date string (YYYY-MM-DD or RFC 3339) or null, got %s", kind(p.b, i))
			return p.skip(i, ptr)
		}
		var dup bool
		if f.slot, dup = p.d.dupFact(name); dup {
			p.fail(koff, ptr, "duplicate fact %s; expected each fact once", quote(name))
		} else {
			p.d.kv = append(p.d.kv, f)
		}
		return end, true
	})
}

// dupFact returns the slot of the named fact (-1 if no rule of the
// schedule uses it) and whether it was already given in this record's
// facts. Known facts are checked by slot, unknown ones by name.
func (d *decoder) dupFact(name string) (slot int, dup bool) {
	if slot, ok := d.sw.sched.FactSlot(name); ok {
		if d.seen[slot] == d.rec {
			return slot, true
		}
		d.seen[slot] = d.rec
		return slot, false
	}
	for _, u := range d.unknown {
		if u == name {
			return -1, true
		}
	}
	if len(d.unknown) < 16 {
		d.unknown = append(d.unknown, name)
		return -1, false
	}
	// Many unknown names (an unusual line): a set, cleared per record.
	if d.unknownSet == nil {
		d.unknownSet = map[string]struct{}{}
	}
	if _, dup := d.unknownSet[name]; dup {
		return -1, true
	}
	d.unknownSet[name] = struct{}{}
	return -1, false
}

func (p *jsonParser) holdsArray(i int) (int, bool) {
	if i >= len(p.b) || p.b[i] != '[' {
		p.fail(i, place("/holds"), "expected an array of hold names, got %s", kind(p.b, i))
		return p.skip(i, place("/holds"))
	}
	i = jsonscan.SkipSpace(p.b, i+1)
	if i < len(p.b) && p.b[i] == ']' {
		return i + 1, true
	}
	for k := 0; ; k++ {
		ptr := element("/holds", k)
		var end int
		if i >= len(p.b) || p.b[i] != '"' {
			p.fail(i, ptr, "expected a hold name (a string), got %s", kind(p.b, i))
			var ok bool
			if end, ok = p.skip(i, ptr); !ok {
				return 0, false
			}
		} else {
			h, e, ok := p.str(i, ptr)
			if !ok {
				return 0, false
			}
			if h == "" {
				p.fail(i, ptr, "empty; expected a hold name")
			}
			p.d.holds = append(p.d.holds, h)
			end = e
		}
		i = jsonscan.SkipSpace(p.b, end)
		switch {
		case i < len(p.b) && p.b[i] == ',':
			i = jsonscan.SkipSpace(p.b, i+1)
		case i < len(p.b) && p.b[i] == ']':
			return i + 1, true
		default:
			p.bad(i, place("/holds"), "',' or ']' in holds")
			return 0, false
		}
	}
}
