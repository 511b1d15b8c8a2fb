package examples_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/schema"
)

// The verbatim rule: every value of a words or label member of an example
// (every translation in the source's language, for a Text given as
// translations) occurs in the example's published text, compared after this
// normalisation and no other:
//
//  1. each line of the published text loses its leading and trailing white
//     space (Unicode White_Space, which includes the no-break space U+00A0)
//     and then one list marker, "•" or "-", followed by white space;
//  2. every run of white space, line breaks included, becomes one space.
//
// Quotes, apostrophes and dashes are compared as they are: an example's
// "’" must be "’" in the text. A value holding line breaks is a passage
// with parts left out (a lead-in and one of its list items): each of its
// lines, normalised the same way, must occur, in the order given.
//
// A label member may instead be listed in its object's "interpreted" map,
// with the reason; a words member never may.

// normalise applies the verbatim rule's normalisation to s.
func normalise(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimFunc(line, unicode.IsSpace)
		for _, m := range []string{"•", "-"} {
			if rest, ok := strings.CutPrefix(line, m); ok && rest != strings.TrimLeftFunc(rest, unicode.IsSpace) {
				line = rest
				break
			}
		}
		for _, f := range strings.FieldsFunc(line, unicode.IsSpace) {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(f)
		}
	}
	return b.String()
}

// occurs reports whether every line of value occurs, normalised and in
// order, in the normalised source src; if not, it returns the first line
// that does not.
func occurs(src, value string) (string, bool) {
	at := 0
	found := false
	for _, line := range strings.Split(value, "\n") {
		l := normalise(line)
		if l == "" {
			continue
		}
		i := strings.Index(src[at:], l)
		if i < 0 {
			return line, false
		}
		at += i + len(l)
		found = true
	}
	return value, found
}

// verbatimProblems lists every way the example notice doc breaks the
// verbatim rule against its published text src, and every member it cannot
// classify.
func verbatimProblems(doc []byte, src examples.Source) []string {
	root, err := parseTree(doc)
	if err != nil {
		return []string{err.Error()}
	}
	text := normalise(src.Text)
	var probs []string
	for _, l := range leaves(root) {
		c, ok := classOf(l)
		if !ok {
			probs = append(probs, fmt.Sprintf("%s: member %q is not classified (words, label, typed, structural)", l.ptr, l.member))
			continue
		}
		if c != words && c != label || l.kind != 's' {
			continue
		}
		if _, ok := interpretations(l.owner)[l.member]; ok && c == label && l.lang == "" {
			continue
		}
		if l.lang != "" && l.lang != src.Language {
			probs = append(probs, fmt.Sprintf("%s: a %q translation cannot be checked against a text in %q", l.ptr, l.lang, src.Language))
			continue
		}
		if line, ok := occurs(text, l.value); !ok {
			probs = append(probs, fmt.Sprintf("%s: %q is not in the published text", l.ptr, line))
		}
	}
	probs = append(probs, interpretedProblems(root, "")...)
	return probs
}

// interpretedProblems checks every interpreted map under n: each names a
// member present beside it that is not words, with a reason.
func interpretedProblems(n *jnode, ptr string) []string {
	var probs []string
	switch n.kind {
	case 'o':
		for k, reason := range interpretations(n) {
			switch {
			case n.member(k) == nil:
				probs = append(probs, fmt.Sprintf("%s/interpreted/%s: no member %q beside it", ptr, k, k))
			case classes[k] == words:
				probs = append(probs, fmt.Sprintf("%s/interpreted/%s: %q holds the notice's words, which are never an interpretation", ptr, k, k))
			case strings.TrimSpace(reason) == "":
				probs = append(probs, fmt.Sprintf("%s/interpreted/%s: want the reason in words", ptr, k))
			}
		}
		for i, k := range n.keys {
			if k != "interpreted" {
				probs = append(probs, interpretedProblems(n.vals[i], ptr+"/"+escape(k))...)
			}
		}
	case 'a':
		for i, e := range n.elems {
			probs = append(probs, interpretedProblems(e, fmt.Sprintf("%s/%d", ptr, i))...)
		}
	}
	return probs
}

func TestVerbatim(t *testing.T) {
	for _, e := range examples.All() {
		t.Run(e.ID, func(t *testing.T) {
			src, err := examples.SourceOf(e.ID)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range verbatimProblems(e.Data, src) {
				t.Error(p)
			}
		})
	}
}

// checkedWords lists the string values the verbatim rule checks in doc,
// with their pointers.
func checkedWords(t *testing.T, doc []byte, lang string) []leaf {
	t.Helper()
	root, err := parseTree(doc)
	if err != nil {
		t.Fatal(err)
	}
	var out []leaf
	for _, l := range leaves(root) {
		c, _ := classOf(l)
		if (c != words && c != label) || l.kind != 's' || (l.lang != "" && l.lang != lang) {
			continue
		}
		if _, ok := interpretations(l.owner)[l.member]; ok && c == label {
			continue
		}
		out = append(out, l)
	}
	return out
}

// TestVerbatimMutations proves the verbatim test fails on a one-word change
// to any example text. For each example:
//
//   - one word of one text value (the first "text") changed to a word the
//     published text does not contain: verbatimProblems reports exactly the
//     pointers holding that value;
//   - every checked value with one word changed, all in one document:
//     verbatimProblems reports every one of their pointers, so no value
//     escapes the walk;
//   - every word of every checked value changed in turn: the comparison
//     rejects each, so no position in a value escapes the match;
//   - white space changed (every space doubled): forgiven.
func TestVerbatimMutations(t *testing.T) {
	const stranger = "Zanzibar" // in no published text (checked)
	for _, e := range examples.All() {
		t.Run(e.ID, func(t *testing.T) {
			src, err := examples.SourceOf(e.ID)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(src.Text, stranger) {
				t.Fatalf("the published text contains %q", stranger)
			}
			base := verbatimProblems(e.Data, src)
			values := checkedWords(t, e.Data, src.Language)
			byValue := map[string][]string{}
			for _, v := range values {
				byValue[v.value] = append(byValue[v.value], v.ptr)
			}

			// One word in one text value.
			var first leaf
			for _, v := range values {
				if v.member == "text" {
					first = v
					break
				}
			}
			w := wordSpans(first.value)[len(wordSpans(first.value))/2]
			doc, err := replaceValue(e.Data, first.value, first.value[:w[0]]+stranger+first.value[w[1]:])
			if err != nil {
				t.Fatal(err)
			}
			if got, want := newProblems(base, verbatimProblems(doc, src)), byValue[first.value]; !samePointers(got, want) {
				t.Errorf("one word changed in %s: reported %q, want exactly %q", first.ptr, got, want)
			}

			// One word in every checked value at once.
			doc = e.Data
			done := map[string]bool{}
			for _, v := range values {
				if done[v.value] {
					continue
				}
				done[v.value] = true
				spans := wordSpans(v.value)
				w := spans[len(spans)/2]
				if doc, err = replaceValue(doc, v.value, v.value[:w[0]]+stranger+v.value[w[1]:]); err != nil {
					t.Fatal(err)
				}
			}
			got := newProblems(base, verbatimProblems(doc, src))
			var want []string
			for _, v := range values {
				want = append(want, v.ptr)
			}
			if !samePointers(got, want) {
				t.Errorf("every value changed: reported %d problems for %d values:\n%s", len(got), len(want), strings.Join(got, "\n"))
			}

			// Every word of every value, through the comparison.
			norm := normalise(src.Text)
			mutations := 0
			for _, v := range values {
				for _, w := range wordSpans(v.value) {
					mutations++
					if _, ok := occurs(norm, v.value[:w[0]]+stranger+v.value[w[1]:]); ok {
						t.Errorf("%s: %q changed to %q still matches", v.ptr, v.value[w[0]:w[1]], stranger)
					}
				}
			}

			// White space is not words.
			for _, v := range values {
				if !strings.Contains(v.value, " ") {
					continue
				}
				doc, err := replaceValue(e.Data, v.value, strings.ReplaceAll(v.value, " ", "  \n "))
				if err != nil {
					t.Fatal(err)
				}
				if p := newProblems(base, verbatimProblems(doc, src)); len(p) > 0 {
					t.Errorf("white space changed in %s: reported %q", v.ptr, p)
				}
				break
			}
			t.Logf("%d checked values, %d one-word mutations, each rejected", len(values), mutations)
		})
	}
}

// newProblems returns the problems in got that are not in base.
func newProblems(base, got []string) []string {
	old := map[string]bool{}
	for _, p := range base {
		old[p] = true
	}
	var out []string
	for _, p := range got {
		if !old[p] {
			out = append(out, p)
		}
	}
	return out
}

// samePointers reports whether the problems probs are exactly one for each
// pointer in ptrs.
func samePointers(probs, ptrs []string) bool {
	if len(probs) != len(ptrs) {
		return false
	}
	for _, p := range ptrs {
		if !reports(probs, p) {
			return false
		}
	}
	return true
}

// replaceValue returns doc with the JSON string value old replaced by new
// wherever it occurs as a whole value (it may occur at several pointers;
// each is then reported).
func replaceValue(doc []byte, old, new string) ([]byte, error) {
	o, n := quote(old), quote(new)
	s := string(doc)
	if !strings.Contains(s, o) {
		return nil, fmt.Errorf("value %s not found in the document", o)
	}
	return []byte(strings.ReplaceAll(s, o, n)), nil
}

func quote(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimRight(b.String(), "\n")
}

func reports(probs []string, ptr string) bool {
	for _, p := range probs {
		if strings.HasPrefix(p, ptr+":") {
			return true
		}
	}
	return false
}

// wordSpans returns the byte offsets [start, end) of each run of non-space
// characters in s.
func wordSpans(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		switch {
		case unicode.IsSpace(r) && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		case !unicode.IsSpace(r) && start < 0:
			start = i
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// TestEveryMemberClassified reads the notice schema and checks that every
// member that can hold a string, number or boolean (directly or in an
// array) is sorted into a class, so a member the model gains is classified
// for the verbatim test and the review before any example uses it.
func TestEveryMemberClassified(t *testing.T) {
	src, ok := schema.Source(schema.NoticeID)
	if !ok {
		t.Fatal("no notice schema")
	}
	var doc map[string]any
	if err := json.Unmarshal(src, &doc); err != nil {
		t.Fatal(err)
	}
	defs, _ := doc["$defs"].(map[string]any)
	var resolve func(s map[string]any) map[string]any
	resolve = func(s map[string]any) map[string]any {
		if ref, ok := s["$ref"].(string); ok {
			if d, ok := defs[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any); ok {
				return resolve(d)
			}
		}
		return s
	}
	// holdsObjects reports whether the schema s holds only objects (an
	// object, or an array of objects): a container, whose own members are
	// checked where they are defined.
	var holdsObjects func(s map[string]any) bool
	holdsObjects = func(s map[string]any) bool {
		s = resolve(s)
		switch s["type"] {
		case "object":
			return true
		case "array":
			items, _ := s["items"].(map[string]any)
			return items != nil && holdsObjects(items)
		}
		return false
	}
	checked := 0
	walk := func(name string, s map[string]any) {
		props, _ := s["properties"].(map[string]any)
		for k, v := range props {
			ps, _ := v.(map[string]any)
			checked++
			if _, ok := classes[k]; !ok && !holdsObjects(ps) {
				t.Errorf("%s: member %q is not classified (words, label, typed, structural)", name, k)
			}
		}
	}
	walk("notice", doc)
	for name, d := range defs {
		if ds, ok := d.(map[string]any); ok {
			walk(name, ds)
		}
	}
	if checked < 100 {
		t.Errorf("checked %d members; the schema walk found too few", checked)
	}
}
