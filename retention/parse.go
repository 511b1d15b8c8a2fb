package retention

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// MaxScheduleBytes bounds the size of a schedule document.
const MaxScheduleBytes = 16 << 20

// ParseSchedule reads a schedule document strictly: the JSON must be one
// object with exactly the fields of Definition (no unknown fields, no
// duplicate keys, no null, the right JSON types, nothing after it). It
// reports every such problem at once as Problems, each with the JSON
// pointer of the place and, for syntax errors, the line and column. It
// checks structure only: codes, periods, dates and references are checked
// by Compile.
func ParseSchedule(data []byte) (*Definition, error) {
	if len(data) > MaxScheduleBytes {
		return nil, Problems{{Message: fmt.Sprintf("%d bytes: want at most %d", len(data), MaxScheduleBytes)}}
	}
	w := &walker{dec: json.NewDecoder(bytes.NewReader(data)), data: data, fields: fields, required: required}
	var head struct {
		Schema string `json:"$schema"`
	}
	if json.Unmarshal(data, &head) == nil && head.Schema == SchemaV1ID {
		w.fields, w.required = fieldsV1, requiredV1
	}
	w.dec.UseNumber()
	w.value("", kDefinition, 0)
	if w.syntax == nil {
		if _, err := w.dec.Token(); err != io.EOF {
			w.syntax = fmt.Errorf("unexpected data after the schedule object")
			if err != nil && !errors.Is(err, io.EOF) {
				w.syntax = w.syntaxErr(err)
			}
		}
	}
	if w.syntax != nil {
		return nil, append(w.probs, Problem{Message: w.syntax.Error()})
	}
	if len(w.probs) > 0 {
		return nil, w.probs
	}
	var def Definition
	if err := json.Unmarshal(data, &def); err != nil {
		return nil, Problems{{Message: err.Error()}} // not expected after the walk
	}
	return &def, nil
}

type kind uint8

const (
	kString kind = iota
	kDefinition
	kRule
	kClause
	kReview
	kMoratorium
	kFact
	kFacts       // array of kFact
	kRules       // array of kRule
	kMoratoria   // array of kMoratorium
	kClauses     // array of kClause
	kStrings     // array of kString
	kUnsupported // any value, reported
)

// fields and required give the shape of a version 2 schedule; fieldsV1 and
// requiredV1 that of version 1, which is read so that Compile can say what
// to add.
var fields = map[kind]map[string]kind{
	kDefinition: {"$schema": kString, "id": kString, "version": kString, "note": kString, "facts": kFacts,
		"rules": kRules, "moratoria": kMoratoria},
	kFact: {"name": kString, "meaning": kString, "requires": kStrings, "not_before": kStrings},
	kRule: {"id": kString, "title": kString, "retain": kClause, "then": kString, "review_every": kReview,
		"dispose_within": kString, "citation": kString, "note": kString, "verify": kString},
	kClause: {"from": kString, "cutoff": kString, "period": kString, "counting": kString, "when": kString,
		"later_of": kClauses, "earlier_of": kClauses},
	kReview:     {"from": kString, "period": kString},
	kMoratorium: {"id": kString, "rules": kStrings, "from": kString, "until": kString, "citation": kString},
}

var required = map[kind][]string{
	kDefinition: {"$schema", "id", "version", "facts", "rules"},
	kFact:       {"name", "meaning"},
	kRule:       {"id", "then"},
	kReview:     {"period"},
	kMoratorium: {"id"},
}

var fieldsV1 = map[kind]map[string]kind{
	kDefinition: {"$schema": kString, "id": kString, "version": kString, "rules": kRules, "moratoria": kMoratoria},
	kRule:       fields[kRule],
	kClause:     fields[kClause],
	kReview:     fields[kReview],
	kMoratorium: fields[kMoratorium],
}

var requiredV1 = map[kind][]string{
	kDefinition: {"$schema", "id", "version", "rules"},
	kRule:       {"id", "then"},
	kReview:     {"from", "period"},
	kMoratorium: {"id"},
}

var kindNames = map[kind]string{
	kString: "a string", kDefinition: "a schedule object", kRule: "a rule object", kClause: "a clause object",
	kReview: "a review_every object", kMoratorium: "a moratorium object", kFact: "a fact declaration object",
	kFacts: "an array of fact declarations", kRules: "an array of rules",
	kMoratoria: "an array of moratoria", kClauses: "an array of clauses", kStrings: "an array of strings",
}

type walker struct {
	dec      *json.Decoder
	data     []byte
	fields   map[kind]map[string]kind
	required map[kind][]string
	probs    Problems
	syntax   error
}

func (w *walker) add(p, format string, args ...any) {
	if len(w.probs) < 1000 {
		w.probs = append(w.probs, Problem{Pointer: p, Message: fmt.Sprintf(format, args...)})
	}
}

func (w *walker) syntaxErr(err error) error {
	var se *json.SyntaxError
	off := w.dec.InputOffset()
	msg := err.Error()
	if errors.As(err, &se) {
		off = se.Offset
		msg = strings.TrimPrefix(se.Error(), "json: ")
	} else if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		off = int64(len(w.data))
		msg = "unexpected end of JSON"
	}
	line, col := 1, 1
	for i := int64(0); i < off && i < int64(len(w.data)); i++ {
		if w.data[i] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return fmt.Errorf("line %d, column %d: %s", line, col, msg)
}

func (w *walker) token() (json.Token, bool) {
	if w.syntax != nil {
		return nil, false
	}
	t, err := w.dec.Token()
	if err != nil {
		w.syntax = w.syntaxErr(err)
		return nil, false
	}
	return t, true
}

func describe(t json.Token) string {
	switch v := t.(type) {
	case json.Delim:
		if v == '{' {
			return "an object"
		}
		return "an array"
	case string:
		return "a string"
	case json.Number:
		return "a number"
	case bool:
		return "a boolean"
	case nil:
		return "null"
	}
	return "a value"
}

// value reads one value of kind k at pointer p.
func (w *walker) value(p string, k kind, depth int) {
	t, ok := w.token()
	if !ok {
		return
	}
	want := kindNames[k]
	switch k {
	case kString:
		if _, ok := t.(string); !ok {
			w.add(p, "%s: want %s", describe(t), want)
			w.skip(t)
		}
	case kRules, kMoratoria, kClauses, kStrings, kFacts:
		if d, ok := t.(json.Delim); !ok || d != '[' {
			w.add(p, "%s: want %s", describe(t), want)
			w.skip(t)
			return
		}
		elem := map[kind]kind{kRules: kRule, kMoratoria: kMoratorium, kClauses: kClause, kStrings: kString, kFacts: kFact}[k]
		if k == kClauses && depth > MaxDepth {
			w.add(p, "nesting too deep: want at most %d levels of later_of / earlier_of", MaxDepth)
			w.skip(t)
			return
		}
		for i := 0; w.syntax == nil && w.dec.More(); i++ {
			w.value(fmt.Sprintf("%s/%d", p, i), elem, depth)
		}
		w.token() // ]
	default: // objects
		if d, ok := t.(json.Delim); !ok || d != '{' {
			w.add(p, "%s: want %s", describe(t), want)
			w.skip(t)
			return
		}
		seen := map[string]bool{}
		for w.syntax == nil && w.dec.More() {
			kt, ok := w.token()
			if !ok {
				return
			}
			key, _ := kt.(string)
			kp := p + "/" + strings.ReplaceAll(strings.ReplaceAll(key, "~", "~0"), "/", "~1")
			if seen[key] {
				w.add(kp, "duplicate key %s", quote(key))
			}
			seen[key] = true
			fk, known := w.fields[k][key]
			if !known {
				w.add(kp, "unknown field %s: want one of %s", quote(key), w.fieldList(k))
				w.skipValue()
				continue
			}
			d := depth
			if fk == kClauses {
				d++
			}
			w.value(kp, fk, d)
		}
		if !w.token2() {
			return
		}
		for _, r := range w.required[k] {
			if !seen[r] {
				w.add(p+"/"+r, "missing required field")
			}
		}
	}
}

// token2 reads the closing delimiter.
func (w *walker) token2() bool {
	_, ok := w.token()
	return ok
}

func (w *walker) fieldList(k kind) string {
	var names []string
	for n := range w.fields[k] {
		names = append(names, n)
	}
	sortStrings(names)
	return strings.Join(names, ", ")
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// skipValue skips the next value.
func (w *walker) skipValue() {
	t, ok := w.token()
	if ok {
		w.skip(t)
	}
}

// skip skips the rest of a value whose first token was t.
func (w *walker) skip(t json.Token) {
	d, ok := t.(json.Delim)
	if !ok || (d != '{' && d != '[') {
		return
	}
	for level := 1; level > 0; {
		t, ok := w.token()
		if !ok {
			return
		}
		if d, ok := t.(json.Delim); ok {
			if d == '{' || d == '[' {
				level++
			} else {
				level--
			}
		}
	}
}
