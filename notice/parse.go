package notice

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/schema"
)

// Parse reads a notice document. It runs, in order:
//
//  1. the strict reader (schema.Strict): size and depth limits, UTF-8, no
//     byte-order mark, no duplicate keys, no trailing data;
//  2. the notice JSON Schema (schema.Validate), every problem at once;
//  3. decoding into the Go types, rejecting unknown fields;
//  4. integrity checks the schema cannot express: unique activity and
//     purpose ids, lawful bases that name purposes which exist, and
//     legitimate interests stated only beside Art 6(1)(f).
//
// Any failure is a *schema.Error listing every problem with its JSON pointer
// and its line and column in data.
func Parse(data []byte) (*Notice, error) {
	if err := schema.Validate(data); err != nil {
		return nil, err
	}
	// The schema has already rejected unknown fields (every object in it
	// has "additionalProperties": false; TestSchemaClosed keeps it so), so
	// json.Unmarshal, which reads data in place, is enough here.
	var n Notice
	if err := json.Unmarshal(data, &n); err != nil {
		return nil, decodeError(data, err)
	}
	if probs := integrity(&n); len(probs) > 0 {
		for i := range probs {
			probs[i].Line, probs[i].Column = schema.PositionNear(data, probs[i].Pointer)
		}
		return nil, &schema.Error{Problems: probs}
	}
	return &n, nil
}

// decodeError turns an encoding/json error (which the schema should have
// prevented) into a located problem.
func decodeError(data []byte, err error) error {
	p := schema.Problem{Keyword: "decode", Message: err.Error()}
	var ute *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &ute) && ute.Field != "":
		p.Pointer = "/" + strings.ReplaceAll(ute.Field, ".", "/")
		p.Line, p.Column = schema.Position(data, p.Pointer)
	case errors.As(err, &se) && se.Offset >= 0 && se.Offset <= int64(len(data)):
		p.Line, p.Column = lineCol(data[:se.Offset])
	}
	return &schema.Error{Problems: []schema.Problem{p}}
}

func lineCol(prefix []byte) (int, int) {
	line := 1 + bytes.Count(prefix, []byte{'\n'})
	col := len(prefix) - bytes.LastIndexByte(prefix, '\n')
	return line, col
}

func integrity(n *Notice) []schema.Problem {
	var probs []schema.Problem
	add := func(ptr, format string, args ...any) {
		probs = append(probs, schema.Problem{Pointer: ptr, Keyword: "integrity", Message: fmt.Sprintf(format, args...)})
	}
	seenAct := map[string]int{}
	for i, a := range n.Activities {
		ap := fmt.Sprintf("/activities/%d", i)
		if j, dup := seenAct[a.ID]; dup {
			add(ap+"/id", "activity id %q is already used by /activities/%d: want unique ids", a.ID, j)
		} else {
			seenAct[a.ID] = i
		}
		purposes := map[string]int{}
		for k, p := range a.Purposes {
			if j, dup := purposes[p.ID]; dup {
				add(fmt.Sprintf("%s/purposes/%d/id", ap, k), "purpose id %q is already used by %s/purposes/%d: want unique ids", p.ID, ap, j)
			} else {
				purposes[p.ID] = k
			}
		}
		for k, b := range a.LawfulBases {
			bp := fmt.Sprintf("%s/lawful_bases/%d", ap, k)
			for m, id := range b.Purposes {
				if _, ok := purposes[id]; !ok {
					add(fmt.Sprintf("%s/purposes/%d", bp, m), "no purpose with id %q in %s/purposes", id, ap)
				}
			}
			if !b.LegitimateInterests.IsZero() && b.Basis != lawfulbasis.LegitimateInterests {
				add(bp+"/legitimate_interests", "legitimate interests are stated only for basis legitimate-interests (Art 13(1)(d)), not %s", b.Basis)
			}
		}
		for k, r := range a.Retention {
			rp := fmt.Sprintf("%s/retention/%d", ap, k)
			switch {
			case r.Kind == RetentionPeriod && r.Period.IsZero():
				add(rp+"/period", "a retention of kind period needs a period")
			case r.Kind != RetentionPeriod && !r.Period.IsZero() && r.Kind != RetentionRule:
				add(rp+"/period", "a period is given but kind is %s: want kind period", r.Kind)
			case r.Kind == RetentionRule && len(r.Rules) == 0:
				add(rp+"/rules", "a retention of kind rule needs a rule reference")
			}
		}
	}
	return probs
}

// Marshal returns n as canonical JSON: fields in the schema's order, maps
// sorted, 2-space indent, no HTML escaping, a final newline. Parse(Marshal(n))
// gives back n, and Marshal of a parsed canonical document gives back its
// bytes.
func Marshal(n *Notice) ([]byte, error) {
	var b bytes.Buffer
	if err := Encode(&b, n); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Encode writes n to w as Marshal does.
func Encode(w io.Writer, n *Notice) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(n)
}
