package render

import (
	"bytes"
	"encoding"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/retention"
)

// boolLabels names, for each boolean field of the model (by its JSON name),
// the label the page shows it under. A boolean field added to the model
// fails TestEveryFieldShown until it is rendered and listed here.
var boolLabels = map[string]string{
	"public_authority":    "field public",
	"competent_authority": "field competent",
	"public_task":         "field public-task",
	"internal":            "field internal",
	"may":                 "field may",
	"not_named":           "not-named",
	"before_setting":      "field before-setting",
	"required_by_law":     "field by-law",
	"used":                "field used",
	"consent_mechanism":   "field consent",
}

// visible is the page without the embedded notice data, with character
// references decoded: what a reader (or a screen reader) gets.
func visible(page string) string {
	i := strings.Index(page, `<script type="application/json"`)
	j := strings.Index(page, "</script>")
	if i >= 0 && j > i {
		page = page[:i] + page[j:]
	}
	return htmlUnescape(page)
}

// TestEveryFieldShown walks each decoded notice by reflection, so that fields
// the model gains are covered without changing this test, and requires every
// non-empty value to appear on the HTML page outside the embedded JSON: text
// in the language the page was negotiated to, a code as its label, a date as
// a <time datetime>, a period as a <data value>, an id in an anchor, a true
// (or stated) boolean as its labelled field. A rendering that drops data
// fails.
func TestEveryFieldShown(t *testing.T) {
	type tc struct {
		name string
		n    *notice.Notice
		lang string
	}
	var cases []tc
	for _, d := range docs(t) {
		cases = append(cases, tc{d.id, d.n, "en"})
	}
	cases = append(cases, tc{"ico-sar-service.cy", fixture(t), "cy"})
	for _, f := range modelFixtures(t) {
		cases = append(cases, tc{f.id, f.n, "en"})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := HTML(&b, c.n, Options{Languages: c.lang, Schedules: schedules(t)}); err != nil {
				t.Fatal(err)
			}
			page := visible(b.String())
			def := language.MustParse(c.n.Language)
			pref := language.MustParse(c.lang)
			var missing []string
			walk(reflect.ValueOf(c.n).Elem(), "", func(ptr, want string) {
				if !strings.Contains(page, want) {
					missing = append(missing, ptr+": "+want)
				}
			}, def, pref, t)
			for _, m := range missing {
				t.Errorf("not on the page: %s", m)
			}
		})
	}
}

var (
	textType   = reflect.TypeFor[notice.Text]()
	dateType   = reflect.TypeFor[civil.Date]()
	periodType = reflect.TypeFor[retention.Period]()
	marshaler  = reflect.TypeFor[encoding.TextMarshaler]()
)

// walk calls want(ptr, s) with the string s that must be on the page for
// the value v at JSON pointer ptr.
func walk(v reflect.Value, ptr string, want func(ptr, s string), def, pref language.Tag, t *testing.T) {
	switch {
	case v.Type() == textType:
		if tx := v.Interface().(notice.Text); !tx.IsZero() {
			s, _ := tx.Best(def, pref)
			want(ptr, s)
		}
		return
	case v.Type() == dateType:
		if d := v.Interface().(civil.Date); !d.IsZero() {
			want(ptr, `datetime="`+d.String()+`"`)
		}
		return
	case v.Type() == periodType:
		if p := v.Interface().(retention.Period); !p.IsZero() {
			want(ptr, `value="`+p.String()+`"`)
		}
		return
	case v.Kind() == reflect.Uint8 && v.Type().Implements(marshaler):
		if v.Uint() == 0 {
			return
		}
		l, ok := LabelOf(v.Interface().(encoding.TextMarshaler))
		if !ok {
			t.Errorf("%s: no label for %s %v", ptr, v.Type(), v.Interface())
			return
		}
		if base, _ := pref.Base(); base.String() == "cy" && l.Welsh != "" {
			want(ptr, l.Welsh)
		} else {
			want(ptr, l.English)
		}
		return
	}
	switch v.Kind() {
	case reflect.Map:
		// Interpretations: every reason is on the page.
		iter := v.MapRange()
		for iter.Next() {
			if s, ok := iter.Value().Interface().(string); ok && s != "" {
				want(ptr+"/"+iter.Key().String(), s)
			}
		}
	case reflect.Pointer:
		if !v.IsNil() {
			walk(v.Elem(), ptr, want, def, pref, t)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walk(v.Index(i), ptr+"/"+itoa(i), want, def, pref, t)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			name := strings.Split(f.Tag.Get("json"), ",")[0]
			if !f.IsExported() || name == "" || name == "-" {
				continue
			}
			fv := v.Field(i)
			p := ptr + "/" + name
			switch {
			case name == "$schema":
				// machine data: in the embedded JSON only
			case name == "language":
				// the page's lang attribute (checked by TestLanguage)
			case fv.Kind() == reflect.Bool || fv.Kind() == reflect.Pointer && fv.Type().Elem().Kind() == reflect.Bool:
				if fv.Kind() == reflect.Pointer && fv.IsNil() || fv.Kind() == reflect.Bool && !fv.Bool() {
					continue
				}
				key, ok := boolLabels[name]
				if !ok {
					t.Errorf("%s: boolean field %q has no label in boolLabels: render it and list it", p, name)
					continue
				}
				want(p, words[key])
			case fv.Kind() == reflect.String:
				if fv.String() != "" {
					want(p, fv.String())
				}
			default:
				walk(fv, p, want, def, pref, t)
			}
		}
	}
}
