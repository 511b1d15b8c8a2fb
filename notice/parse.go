package notice

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/strict"
)

// Parse reads a notice document. It runs, in order:
//
//  1. the strict reader (strict.Check): size and depth limits, UTF-8, no
//     byte-order mark, no duplicate keys, no trailing data;
//  2. the notice JSON Schema of the version the document declares, every
//     problem at once; a version 1 document (SchemaV1ID) is validated
//     against the kept version 1 schema and migrated to version 2;
//  3. decoding into the Go types, rejecting unknown fields;
//  4. integrity checks the schema cannot express: unique activity, purpose
//     and data category ids, references (lawful bases to purposes, rights to
//     activities, retention to data categories) that name ids which exist,
//     legitimate interests stated only beside Art 6(1)(f), and interpretation
//     marks that name a member present beside them.
//
// Any failure is a *strict.Error listing every problem with its JSON pointer
// and its line and column in data.
func Parse(data []byte) (*Notice, error) {
	orig := data
	data, err := validateVersion(data)
	if err != nil {
		return nil, err
	}
	// The schema has already rejected unknown fields (every object in it
	// has "additionalProperties": false; TestSchemaClosed keeps it so), so
	// json.Unmarshal, which reads data in place, is enough here.
	var n Notice
	if err := json.Unmarshal(data, &n); err != nil {
		return nil, decodeError(orig, err)
	}
	probs := integrity(&n)
	probs = append(probs, interpretationMarks(data)...)
	if len(probs) > 0 {
		return nil, strict.Locate(orig, probs, nil)
	}
	return &n, nil
}

// decodeError turns an encoding/json error (which the schema should have
// prevented) into a located problem.
func decodeError(data []byte, err error) error {
	p := strict.Problem{Keyword: "decode", Message: err.Error()}
	var ute *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &ute) && ute.Field != "":
		p.Pointer = "/" + strings.ReplaceAll(ute.Field, ".", "/")
	case errors.As(err, &se) && se.Offset >= 0 && se.Offset <= int64(len(data)):
		p.Line, p.Column = strict.LineCol(data, int(se.Offset))
	}
	return strict.Locate(data, []strict.Problem{p}, err)
}

func integrity(n *Notice) []strict.Problem {
	var probs []strict.Problem
	add := func(ptr, format string, args ...any) {
		probs = append(probs, strict.Problem{Pointer: ptr, Keyword: "integrity", Message: fmt.Sprintf(format, args...)})
	}
	seenAct := map[string]int{}
	for i, a := range n.Activities {
		ap := fmt.Sprintf("/activities/%d", i)
		if j, dup := seenAct[a.ID]; dup {
			add(ap+"/id", "activity id %q is already used by /activities/%d: want unique ids", a.ID, j)
		} else {
			seenAct[a.ID] = i
		}
		cats := map[string]int{}
		for k, d := range a.DataCategories {
			if d.ID == "" {
				continue
			}
			if j, dup := cats[d.ID]; dup {
				add(fmt.Sprintf("%s/data_categories/%d/id", ap, k), "data category id %q is already used by %s/data_categories/%d: want unique ids", d.ID, ap, j)
			} else {
				cats[d.ID] = k
			}
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
			for m, id := range r.DataCategories {
				if _, ok := cats[id]; !ok {
					add(fmt.Sprintf("%s/data_categories/%d", rp, m), "no data category with id %q in %s/data_categories", id, ap)
				}
			}
		}
	}
	if n.Rights != nil {
		for i, it := range n.Rights.Items {
			for m, id := range it.Activities {
				if _, ok := seenAct[id]; !ok {
					add(fmt.Sprintf("/rights/items/%d/activities/%d", i, m), "no activity with id %q in /activities", id)
				}
			}
		}
	}
	return probs
}

// interpretationMarks checks that every "interpreted" member names members
// present beside it: a mark on nothing would hide nothing and mislead.
func interpretationMarks(data []byte) []strict.Problem {
	var doc any
	if json.Unmarshal(data, &doc) != nil {
		return nil // the schema and the decoder have already reported it
	}
	var probs []strict.Problem
	var walk func(ptr string, v any)
	walk = func(ptr string, v any) {
		switch v := v.(type) {
		case map[string]any:
			if marks, ok := v["interpreted"].(map[string]any); ok {
				for _, k := range sortedKeys(marks) {
					if _, present := v[k]; !present || k == "interpreted" {
						probs = append(probs, strict.Problem{Pointer: ptr + "/interpreted/" + escapePointer(k), Keyword: "integrity",
							Message: fmt.Sprintf("the interpretation mark names %q, which is not a member of this object: want the name of a member beside \"interpreted\"", k)})
					}
				}
			}
			for _, k := range sortedKeys(v) {
				walk(ptr+"/"+escapePointer(k), v[k])
			}
		case []any:
			for i, x := range v {
				walk(fmt.Sprintf("%s/%d", ptr, i), x)
			}
		}
	}
	walk("", doc)
	return probs
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func escapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
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
