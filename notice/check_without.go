package notice

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strings"
)

// Setting members aside without a JSON round trip.
//
// The hidden pass judges the notice once per reading with the reading's
// members removed. Decoding the JSON form with a member removed gives the
// same Notice as decoding it whole and zeroing the member's field: the
// decoder fills a fresh value member by member and leaves an absent member
// zero. So the whole form is decoded once (base) and each reading copies
// only the path to each removed member. Where a path meets anything but
// plain structs, pointers, slices and Interpretations (a type with its own
// JSON methods, an interface, another map), the caller falls back to the
// JSON round trip. TestWithoutMatchesRoundTrip holds the two equal.

var (
	jsonUnmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	interpretationsType = reflect.TypeFor[Interpretations]()
)

// ownJSON reports whether values of t decode by their own methods.
func ownJSON(t reflect.Type) bool {
	p := reflect.PointerTo(t)
	return t.Implements(jsonUnmarshalerType) || p.Implements(jsonUnmarshalerType) ||
		t.Implements(textUnmarshalerType) || p.Implements(textUnmarshalerType)
}

// jsonField returns the field of struct v (addressable) whose JSON member
// name is exactly name; ok false if the struct's fields are not all plain
// named ones (an embedded field) or none has the name.
func jsonField(v reflect.Value, name string) (reflect.Value, bool) {
	t := v.Type()
	for i := range t.NumField() {
		sf := t.Field(i)
		if sf.Anonymous {
			return reflect.Value{}, false
		}
		if !sf.IsExported() {
			continue
		}
		tag, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if tag == "-" {
			continue
		}
		if tag == "" {
			tag = sf.Name
		}
		if tag == name {
			return v.Field(i), true
		}
	}
	return reflect.Value{}, false
}

// step returns the child of the addressable value v at the (unescaped)
// segment seg, after copying what holds it so that the shared value is not
// changed; nil (valid false) when the JSON form has no object or array
// there; ok false when the path leaves the plain types.
func step(v reflect.Value, seg string) (child reflect.Value, ok bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return reflect.Value{}, true
		}
		cp := reflect.New(v.Type().Elem())
		cp.Elem().Set(v.Elem())
		v.Set(cp)
		return step(cp.Elem(), seg)
	case reflect.Struct:
		if ownJSON(v.Type()) {
			return reflect.Value{}, false
		}
		f, found := jsonField(v, seg)
		if !found {
			// No field has the member: the form has none there.
			return reflect.Value{}, true
		}
		return f, true
	case reflect.Slice:
		if ownJSON(v.Type()) {
			return reflect.Value{}, false
		}
		i, isIndex := atoi(seg)
		if !isIndex || i >= v.Len() {
			return reflect.Value{}, true
		}
		cp := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		reflect.Copy(cp, v)
		v.Set(cp)
		return cp.Index(i), true
	}
	return reflect.Value{}, false
}

// removeMember removes from n (its paths copied, never the shared values)
// the member at pointer p and its interpretation mark, as without does on
// the JSON form; ok false when that cannot be done here.
func removeMember(root reflect.Value, p string) bool {
	i := strings.LastIndexByte(p, '/')
	v := root
	if parent := p[:i]; parent != "" {
		for _, seg := range strings.Split(parent[1:], "/") {
			next, ok := step(v, unescapePointer(seg))
			if !ok {
				return false
			}
			if !next.IsValid() {
				return true // no object there: nothing to remove
			}
			v = next
		}
	}
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return true
		}
		cp := reflect.New(v.Type().Elem())
		cp.Elem().Set(v.Elem())
		v.Set(cp)
		v = cp.Elem()
	}
	if v.Kind() != reflect.Struct || ownJSON(v.Type()) {
		// An object only a struct's own fields make is handled here; a
		// Text, a slice (no object) or a map is left to the round trip.
		return v.Kind() == reflect.Slice && !ownJSON(v.Type())
	}
	key := unescapePointer(p[i+1:])
	if f, found := jsonField(v, key); found {
		f.SetZero()
	}
	if marks, found := jsonField(v, "interpreted"); found {
		if marks.Type() != interpretationsType {
			return false
		}
		if _, has := marks.Interface().(Interpretations)[key]; has {
			m := make(Interpretations, marks.Len())
			for k, r := range marks.Interface().(Interpretations) {
				if k != key {
					m[k] = r
				}
			}
			marks.Set(reflect.ValueOf(m))
		}
	}
	return true
}

// withoutFast is without on base, the notice decoded from its whole JSON
// form, with the members at ptrs removed; ok false when the caller must
// use without.
func withoutFast(base *Notice, ptrs []string) (*Notice, bool) {
	n := *base
	root := reflect.ValueOf(&n).Elem()
	for _, p := range ptrs {
		if !strings.HasPrefix(p, "/") || !removeMember(root, p) {
			return nil, false
		}
	}
	return &n, true
}
