package examples_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// This file reads an example notice as a tree that keeps member order, and
// sorts every member name by what its values are: the notice's words, or a
// typed value that must rest on words or be marked interpreted. The
// verbatim test and the review generator both walk it.

// jnode is one JSON value, objects keeping their members in order.
type jnode struct {
	kind  byte // 'o' object, 'a' array, 's' string, 'b' bool, 'n' number, 'z' null
	str   string
	keys  []string
	vals  []*jnode
	elems []*jnode
}

func parseTree(data []byte) (*jnode, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	n, err := readNode(dec)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("data after the document")
	}
	return n, nil
}

func readNode(dec *json.Decoder) (*jnode, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		if t == '{' {
			n := &jnode{kind: 'o'}
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					return nil, err
				}
				v, err := readNode(dec)
				if err != nil {
					return nil, err
				}
				n.keys = append(n.keys, k.(string))
				n.vals = append(n.vals, v)
			}
			_, err := dec.Token()
			return n, err
		}
		n := &jnode{kind: 'a'}
		for dec.More() {
			v, err := readNode(dec)
			if err != nil {
				return nil, err
			}
			n.elems = append(n.elems, v)
		}
		_, err := dec.Token()
		return n, err
	case string:
		return &jnode{kind: 's', str: t}, nil
	case bool:
		return &jnode{kind: 'b', str: strconv.FormatBool(t)}, nil
	case json.Number:
		return &jnode{kind: 'n', str: t.String()}, nil
	default:
		return &jnode{kind: 'z', str: "null"}, nil
	}
}

// member returns the value of member k of object n, or nil.
func (n *jnode) member(k string) *jnode {
	if n == nil || n.kind != 'o' {
		return nil
	}
	for i, key := range n.keys {
		if key == k {
			return n.vals[i]
		}
	}
	return nil
}

// class is what a member's values are.
type class int

const (
	// words: the notice's own words, always; they must occur in the
	// source and can never be marked interpreted.
	words class = iota + 1
	// label: words that name or reach something (a name, a title, an
	// address, an email). They must occur in the source unless the member
	// is marked interpreted, as a name the notice does not print may be.
	label
	// typed: a value the encoder chose from a closed set (a basis, a kind,
	// a flag, a date, a period). It must rest on words of the notice or be
	// marked interpreted.
	typed
	// structural: identifiers, references and format, which say nothing
	// about the notice.
	structural
	// reasons: the interpreted map, the encoder's reasons in its own words.
	reasons
)

// classes sorts every member name used in a notice. A name missing here
// fails the verbatim test, so a new model field is classified before an
// example can use it.
var classes = map[string]class{
	"text": words, "legitimate_interests": words, "applies_to": words, "from": words,
	"logic": words, "consequences": words, "heading": words, "destination": words,
	"note": words, "description": words, "data_subjects": words, "change_policy": words,
	"criterion": words, "conditional": words, "purpose": words, "objection": words,

	"name": label, "title": label, "role": label, "organisation": label, "address": label,
	"emails": label, "urls": label, "url": label, "number": label, "ico_registration": label,
	"version": label,

	"kind": typed, "public_authority": typed, "competent_authority": typed, "regime": typed,
	"public_task": typed, "basis": typed, "condition": typed, "for": typed,
	"special_category": typed, "data_subject": typed, "shared": typed, "occurs": typed,
	"safeguard": typed, "period": typed, "used": typed, "right": typed, "claimed": typed,
	"regimes": typed, "ground": typed, "consent_mechanism": typed, "required_by_law": typed,
	"published": typed, "last_updated": typed, "not_named": typed,
	"internal": typed, "may": typed, "territory": typed, "cites": typed, "general": typed,
	"before_setting": typed, "mechanism": typed, "means": typed,

	"$schema": structural, "id": structural, "topic": structural, "language": structural, "purposes": structural,
	"schedule": structural, "rule": structural, "activities": structural,
	"data_categories": structural,

	"interpreted": reasons,
}

// shapedClasses override classes for a member in one place, named by the
// owner's pointer without array indices and the member name.
var shapedClasses = map[string]class{
	"/activities/recipients/items/role": typed, // a recipient's role is the Role enum
}

// classOf returns the class of l's member, and false if it has none.
func classOf(l leaf) (class, bool) {
	if c, ok := shapedClasses[shape(l.oPtr)+"/"+l.member]; ok {
		return c, true
	}
	c, ok := classes[l.member]
	return c, ok
}

// shape returns ptr without its array indices.
func shape(ptr string) string {
	var parts []string
	for _, p := range strings.Split(ptr, "/") {
		if _, err := strconv.Atoi(p); err != nil {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, "/")
}

// leaf is one scalar value of a notice with where it is.
type leaf struct {
	ptr    string // JSON pointer of the value
	member string // the member name it sits under (an array's, for its elements)
	lang   string // the language tag, for one translation of a Text object
	value  string
	kind   byte
	owner  *jnode // the object the member belongs to
	oPtr   string // the owner's pointer
}

// leaves lists every scalar of the document in order, skipping the
// interpreted maps.
func leaves(root *jnode) []leaf {
	var out []leaf
	var walk func(n, owner *jnode, ptr, oPtr, member, lang string)
	walk = func(n, owner *jnode, ptr, oPtr, member, lang string) {
		switch n.kind {
		case 'o':
			if c := classes[member]; (c == words || c == label) && lang == "" {
				// A Text given as translations: {"en": "…", "cy": "…"}.
				for i, k := range n.keys {
					walk(n.vals[i], owner, ptr+"/"+escape(k), oPtr, member, k)
				}
				return
			}
			for i, k := range n.keys {
				if k == "interpreted" {
					continue
				}
				walk(n.vals[i], n, ptr+"/"+escape(k), ptr, k, "")
			}
		case 'a':
			for i, e := range n.elems {
				walk(e, owner, ptr+"/"+strconv.Itoa(i), oPtr, member, lang)
			}
		default:
			out = append(out, leaf{ptr: ptr, member: member, lang: lang, value: n.str, kind: n.kind, owner: owner, oPtr: oPtr})
		}
	}
	walk(root, nil, "", "", "", "")
	return out
}

func escape(k string) string {
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(k)
}

// interpretations returns the interpreted map of object n: member name to
// reason.
func interpretations(n *jnode) map[string]string {
	m := n.member("interpreted")
	if m == nil {
		return nil
	}
	out := map[string]string{}
	for i, k := range m.keys {
		out[k] = m.vals[i].str
	}
	return out
}
