package examples_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/examples"
)

var update = flag.Bool("update", false, "rewrite review/*.md from the example notices")

// TestReview regenerates review/<id>.md from each example notice and its
// published text and fails when the file differs, so a review cannot go
// stale: change the JSON, then run go test ./examples -run TestReview -update
// and read the diff.
func TestReview(t *testing.T) {
	for _, e := range examples.All() {
		t.Run(e.ID, func(t *testing.T) {
			src, err := examples.SourceOf(e.ID)
			if err != nil {
				t.Fatal(err)
			}
			got, err := review(e, src)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("review", e.ID+".md")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./examples -run TestReview -update)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s is stale against %s (-file +generated); run go test ./examples -run TestReview -update:\n%s", path, e.File, diff)
			}
		})
	}
	entries, err := os.ReadDir("review")
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(examples.All()) {
		t.Errorf("review/ holds %d files, want one per example (%d)", len(entries), len(examples.All()))
	}
}

// TestReviewFollowsJSON shows the review changes with the JSON: a typed
// value changed, or an interpretation added, changes the generated file at
// that value's row.
func TestReviewFollowsJSON(t *testing.T) {
	e, err := examples.Notice("maidstone-parking-bwv")
	if err != nil {
		t.Fatal(err)
	}
	src, err := examples.SourceOf(e.ID)
	if err != nil {
		t.Fatal(err)
	}
	before, err := review(e, src)
	if err != nil {
		t.Fatal(err)
	}
	changed := e
	changed.Data = []byte(strings.Replace(string(e.Data), `"used": false`, `"used": true`, 1))
	after, err := review(changed, src)
	if err != nil {
		t.Fatal(err)
	}
	if before == after || !strings.Contains(after, "| `true` |") {
		t.Errorf("changing automated_decisions/used did not change its row")
	}
	changed.Data = []byte(strings.Replace(string(e.Data), `"used": false`, `"used": false, "interpreted": {"used": "a test reason"}`, 1))
	after, err = review(changed, src)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(after, "a test reason") {
		t.Errorf("an interpretation added to the JSON is not in the review")
	}
	// A typed value with no words beside it must be marked interpreted:
	// stockport-soloprotect's controller has only an interpreted name.
	solo, err := examples.Notice("stockport-soloprotect")
	if err != nil {
		t.Fatal(err)
	}
	soloSrc, err := examples.SourceOf(solo.ID)
	if err != nil {
		t.Fatal(err)
	}
	solo.Data = []byte(strings.Replace(string(solo.Data), `"public_authority": true,`, `"public_authority": true, "competent_authority": false,`, 1))
	if _, err := review(solo, soloSrc); err == nil || !strings.Contains(err.Error(), "/controller/competent_authority") {
		t.Errorf("a typed value without words or interpretation: got %v, want an error naming it", err)
	}
}

// review renders the review of example e: per typed value, the notice's
// words it rests on and, for an interpreted value, the reason.
func review(e examples.Example, src examples.Source) (string, error) {
	root, err := parseTree(e.Data)
	if err != nil {
		return "", err
	}
	objects := map[string]*jnode{}
	indexObjects(root, "", objects)

	var b strings.Builder
	fmt.Fprintf(&b, "# Review: %s\n\n", e.ID)
	b.WriteString("<!-- Generated from the example notice and its published text by\n")
	b.WriteString("     go test ./examples -run TestReview -update. Do not edit: change the JSON. -->\n\n")
	fmt.Fprintf(&b, "Notice: `examples/%s`. Published text: `examples/source/%s.txt`, published by %s.\n", e.File, e.ID, src.Publisher)
	if src.URL != "" {
		fmt.Fprintf(&b, "Address: %s (%s)\n", src.URL, src.URLNote)
	} else {
		fmt.Fprintf(&b, "Address: not given. %s\n", src.URLNote)
	}
	if src.Taken != "" {
		fmt.Fprintf(&b, "Taken: %s. Held since: %s.\n\n", src.Taken, src.HeldSince)
	} else {
		fmt.Fprintf(&b, "Taken: not recorded. %s\n\n", src.TakenNote)
	}

	ls := leaves(root)
	nWords, nTyped, nInterp := 0, 0, 0
	var rows []string
	for _, l := range ls {
		c, _ := classOf(l)
		reason, interp := interpretations(l.owner)[l.member]
		switch {
		case c == words:
			nWords++
			continue
		case c == label && !interp:
			nWords++
			continue
		case c == typed, c == label:
		default:
			continue
		}
		nTyped++
		if interp {
			nInterp++
		}
		wordsPtr, w := restsOn(l, objects)
		cell := "(no words of the notice beside it)"
		if wordsPtr == "" && !interp {
			return "", fmt.Errorf("%s: the typed value %q has no words of the notice beside it and is not marked interpreted", l.ptr, l.value)
		}
		if wordsPtr != "" {
			cell = fmt.Sprintf("`%s`: %s", wordsPtr, quoteCell(w))
		}
		why := ""
		if interp {
			why = cellText(reason)
		}
		rows = append(rows, fmt.Sprintf("| `%s` | `%s` | %s | %s |", l.ptr, cellText(l.value), cell, why))
	}
	fmt.Fprintf(&b, "%d values are the notice's words, each found in the published text by the verbatim test. ", nWords)
	fmt.Fprintf(&b, "%d values are typed; %d of them go beyond the words and are marked interpreted, with the reason.\n\n", nTyped, nInterp)
	b.WriteString("Each typed value below rests on the words beside it in the JSON (the nearest object's\n")
	b.WriteString("words, quoted as far as 240 characters); an interpreted value also gives why the encoder\n")
	b.WriteString("read the words so.\n\n")
	b.WriteString("| Value at | Typed as | Rests on the notice's words | Interpreted because |\n|---|---|---|---|\n")
	for _, r := range rows {
		b.WriteString(r)
		b.WriteByte('\n')
	}
	return b.String(), nil
}

// indexObjects maps the pointer of every object under n to it.
func indexObjects(n *jnode, ptr string, out map[string]*jnode) {
	switch n.kind {
	case 'o':
		out[ptr] = n
		for i, k := range n.keys {
			indexObjects(n.vals[i], ptr+"/"+escape(k), out)
		}
	case 'a':
		for i, e := range n.elems {
			indexObjects(e, fmt.Sprintf("%s/%d", ptr, i), out)
		}
	}
}

// restsOn returns the words a typed value rests on: the "text" of the
// object it sits in, or else its other words or labels, or else the same
// from the nearest enclosing object that has any, short of the notice
// itself.
func restsOn(l leaf, objects map[string]*jnode) (string, string) {
	for ptr := l.oPtr; ; {
		if ptr == "" && l.oPtr != "" {
			// The notice's title and change policy support no nested value.
			return "", ""
		}
		if o := objects[ptr]; o != nil {
			if p, w := wordsOf(o, ptr, l.member); p != "" {
				return p, w
			}
		}
		if ptr == "" {
			return "", ""
		}
		ptr = ptr[:strings.LastIndex(ptr, "/")]
	}
}

// wordsOf returns the first words member of o, "text" first, then other
// words members, then labels not marked interpreted; skip is the member
// whose value is being explained.
func wordsOf(o *jnode, ptr, skip string) (string, string) {
	interp := interpretations(o)
	for _, want := range []class{words, label} {
		for _, pref := range []bool{true, false} {
			for i, k := range o.keys {
				if c, _ := classOf(leaf{oPtr: ptr, member: k}); k == skip || (k == "text") != pref || c != want {
					continue
				}
				if _, ok := interp[k]; ok {
					continue
				}
				if v := o.vals[i]; v.kind == 's' {
					return ptr + "/" + escape(k), v.str
				} else if en := v.member("en"); en != nil && en.kind == 's' {
					return ptr + "/" + escape(k) + "/en", en.str
				}
			}
		}
	}
	return "", ""
}

// quoteCell quotes words for a table cell, one line, at most 240 characters.
func quoteCell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 240 {
		s = string(r[:240]) + "…"
	}
	return "“" + cellText(s) + "”"
}

// cellText makes s safe in a Markdown table cell.
func cellText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(s, "|", `\|`)
}
