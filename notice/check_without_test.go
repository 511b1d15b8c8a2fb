package notice

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/examples"
)

// memberPointers returns the pointer of every member of every object in
// doc, the interpretation marks' own members included.
func memberPointers(doc any) []string {
	var out []string
	var walk func(ptr string, v any)
	walk = func(ptr string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				out = append(out, ptr+"/"+escapePointer(k))
				walk(ptr+"/"+escapePointer(k), x)
			}
		case []any:
			for i, x := range v {
				walk(fmt.Sprintf("%s/%d", ptr, i), x)
			}
		}
	}
	walk("", doc)
	slices.Sort(out)
	return out
}

// TestWithoutMatchesRoundTrip: for every example notice, setting members
// aside on the decoded notice (withoutFast, interpretationsLeft) gives the
// same Notice and interpretations as the JSON round trip (without) does,
// for the hidden pass's readings and for every member of the notice alone;
// the readings take the fast path, and the shared decoded notice is never
// changed.
func TestWithoutMatchesRoundTrip(t *testing.T) {
	everything := cmp.Exporter(func(reflect.Type) bool { return true })
	on := civil.MustParse("2025-06-01")
	for _, e := range examples.All() {
		if strings.Contains(e.File, "/") {
			continue // a schedule
		}
		t.Run(e.ID, func(t *testing.T) {
			n, err := Parse(e.Data)
			if err != nil {
				t.Fatal(err)
			}
			c := &checker{n: n, on: on}
			c.setup()
			if c.doc == nil {
				t.Fatal("no JSON form")
			}
			byReason := map[string][]string{}
			var all []string
			for q, why := range c.interp {
				if !strings.HasSuffix(q, "/regime") {
					byReason[why] = append(byReason[why], q)
					all = append(all, q)
				}
			}
			var readings [][]string
			for r, qs := range byReason {
				readings = append(readings, qs)
				readings = append(readings, slices.DeleteFunc(slices.Clone(all), func(q string) bool { return c.interp[q] == r }))
			}
			if len(all) > 0 {
				readings = append(readings, all)
			}
			var single [][]string
			for _, p := range memberPointers(c.doc) {
				single = append(single, []string{p})
			}
			if _, _, ok := c.withoutReading(c.doc, nil); !ok || c.base == nil {
				t.Fatal("the whole notice does not decode")
			}
			fresh := *c.base
			fast := 0
			for i, aside := range slices.Concat(readings, single) {
				got, ok := withoutFast(c.base, aside)
				if !ok {
					if i < len(readings) {
						t.Errorf("reading %q: not set aside on the decoded notice", aside)
					}
					continue
				}
				fast++
				want, left, ok := without(c.doc, aside)
				if !ok {
					t.Errorf("%q: the round trip fails, the fast path does not", aside)
					continue
				}
				if diff := cmp.Diff(want, got, everything); diff != "" {
					t.Errorf("%q: notice (-want +got):\n%s", aside, diff)
				}
				if diff := cmp.Diff(interpretationsOf(left), interpretationsLeft(c.interp, aside)); diff != "" {
					t.Errorf("%q: interpretations (-want +got):\n%s", aside, diff)
				}
			}
			if diff := cmp.Diff(&fresh, c.base, everything); diff != "" {
				t.Errorf("the shared decoded notice changed (-want +got):\n%s", diff)
			}
			var again Notice
			data, _ := json.Marshal(c.doc)
			if err := json.Unmarshal(data, &again); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(&again, c.base, everything); diff != "" {
				t.Errorf("the shared decoded notice differs from a fresh decoding (-want +got):\n%s", diff)
			}
			t.Logf("%d readings, %d single members, %d set aside on the decoded notice", len(readings), len(single), fast)
		})
	}
}

// TestNoticeFormHasNoNumbers: the hidden pass decodes the notice's JSON
// text where the round trip decodes its decoded form marshalled again; the
// two agree because no member of a Notice is a JSON number (a number would
// pass through float64 only in the round trip). Types with their own
// text or JSON methods marshal as strings or objects of strings.
func TestNoticeFormHasNoNumbers(t *testing.T) {
	textMarshaler := reflect.TypeFor[interface{ MarshalText() ([]byte, error) }]()
	jsonMarshaler := reflect.TypeFor[json.Marshaler]()
	seen := map[reflect.Type]bool{}
	var walk func(path string, ty reflect.Type)
	walk = func(path string, ty reflect.Type) {
		if seen[ty] {
			return
		}
		seen[ty] = true
		if ty.Implements(textMarshaler) || ty.Implements(jsonMarshaler) {
			return
		}
		switch ty.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			walk(path+"[]", ty.Elem())
		case reflect.Map:
			walk(path+"{}", ty.Elem())
		case reflect.Struct:
			for i := range ty.NumField() {
				if f := ty.Field(i); f.IsExported() {
					walk(path+"."+f.Name, f.Type)
				}
			}
		case reflect.String, reflect.Bool:
		default:
			t.Errorf("%s is a %s, marshalled as a JSON number (or not at all)", path, ty.Kind())
		}
	}
	walk("Notice", reflect.TypeFor[Notice]())
}
