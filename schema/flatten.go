package schema

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/noticekit/noticekit/strict"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// flatten appends the leaf causes of ve to out as problems, with the
// messages made precise (one problem per missing or unknown field, the
// offending value quoted, the expected values named).
//
// Where a oneOf or anyOf fails, the branches that fail only because the
// value has the wrong type are dropped when another branch got further (the
// value had that branch's type); if every branch is a type mismatch they
// become one problem, "expected string or object, but got number".
func (v *validator) flatten(ve *jsonschema.ValidationError, doc any, out *[]strict.Problem) {
	if len(ve.Causes) == 0 {
		v.leaf(ve, doc, out)
		return
	}
	if kw := lastToken(ve.KeywordLocation); kw == "oneOf" || kw == "anyOf" {
		var keep []*jsonschema.ValidationError
		var types []string
		got := ""
		for _, c := range ve.Causes {
			if want, g, ok := typeOnly(c, ve.InstanceLocation); ok {
				for _, t := range want {
					if !slices.Contains(types, t) {
						types = append(types, t)
					}
				}
				got = g
				continue
			}
			keep = append(keep, c)
		}
		if len(keep) == 0 && len(types) > 0 {
			*out = append(*out, strict.Problem{
				Pointer: pointerOf(ve.InstanceLocation),
				Keyword: keywordOf(ve.KeywordLocation),
				Message: fmt.Sprintf("expected %s, but got %s", strings.Join(types, " or "), got),
			})
			return
		}
		if len(keep) > 0 {
			for _, c := range keep {
				v.flatten(c, doc, out)
			}
			return
		}
	}
	for _, c := range ve.Causes {
		v.flatten(c, doc, out)
	}
}

// typeOnly reports whether ve's only leaf is a "type" failure of the value
// at loc, and returns the expected types and the actual one.
func typeOnly(ve *jsonschema.ValidationError, loc string) (want []string, got string, ok bool) {
	for len(ve.Causes) == 1 {
		ve = ve.Causes[0]
	}
	if len(ve.Causes) != 0 || lastToken(ve.KeywordLocation) != "type" || ve.InstanceLocation != loc {
		return nil, "", false
	}
	w, g, found := strings.Cut(strings.TrimPrefix(ve.Message, "expected "), ", but got ")
	if !found {
		return nil, "", false
	}
	return strings.Split(w, " or "), g, true
}

// formatHints says what each asserted format expects.
var formatHints = map[string]string{
	"date":          "a calendar date that exists, YYYY-MM-DD",
	"date-time":     "an RFC 3339 timestamp, YYYY-MM-DDThh:mm:ssZ",
	"time":          "an RFC 3339 time, hh:mm:ssZ",
	"duration":      "an ISO 8601 duration such as P6Y or P60D",
	"email":         "an email address",
	"uri":           "an absolute URI",
	"uri-reference": "a URI reference",
	"hostname":      "a host name",
	"uuid":          "a UUID",
	"regex":         "a regular expression",
}

// leaf appends the problem(s) for one leaf validation error.
func (v *validator) leaf(ve *jsonschema.ValidationError, doc any, out *[]strict.Problem) {
	ptr := pointerOf(ve.InstanceLocation)
	kwLoc := keywordOf(ve.KeywordLocation)
	add := func(ptr, msg string) {
		*out = append(*out, strict.Problem{Pointer: ptr, Keyword: kwLoc, Message: msg})
	}
	inst, instOK := resolve(doc, ptr)
	schemaVal, schemaOK := v.schemaAt(ve.AbsoluteKeywordLocation)
	switch lastToken(ve.KeywordLocation) {
	case "required":
		obj, isObj := inst.(map[string]any)
		names, isList := schemaVal.([]any)
		if instOK && schemaOK && isObj && isList {
			n := len(*out)
			for _, name := range names {
				if s, ok := name.(string); ok {
					if _, present := obj[s]; !present {
						add(ptr, fmt.Sprintf("missing required field %s", quoteText(s)))
					}
				}
			}
			if len(*out) > n {
				return
			}
		}
	case "additionalProperties":
		obj, isObj := inst.(map[string]any)
		parent, parentOK := v.schemaAt(trimLastToken(ve.AbsoluteKeywordLocation))
		pm, isMap := parent.(map[string]any)
		if instOK && parentOK && isObj && isMap && strings.HasPrefix(ve.Message, "additionalProperties ") {
			if unknown, allowed := unknownFields(obj, pm); len(unknown) > 0 {
				for _, k := range unknown {
					msg := fmt.Sprintf("unknown field %s", quoteText(k))
					if len(allowed) > 0 {
						msg += "; expected one of: " + strings.Join(allowed, ", ")
					}
					add(ptr+"/"+escapeToken(k), msg)
				}
				return
			}
		}
	case "unevaluatedProperties":
		if ve.Message == "not allowed" {
			toks, _ := splitPointer(ptr)
			if len(toks) > 0 {
				add(ptr, fmt.Sprintf("unknown field %s; no such field is defined here", quoteText(toks[len(toks)-1])))
				return
			}
		}
	case "enum":
		expected := strings.Replace(ve.Message, "value must be ", "expected ", 1)
		if s, ok := inst.(string); ok && instOK {
			add(ptr, fmt.Sprintf("unknown value %s; %s", quoteText(s), expected))
		} else {
			add(ptr, expected)
		}
		return
	case "const":
		add(ptr, strings.Replace(ve.Message, "value must be ", "expected ", 1))
		return
	case "not":
		if msg := notMessage(schemaVal, inst, v.condition(ve.AbsoluteKeywordLocation)); msg != "" {
			add(ptr, msg)
			return
		}
	case "format":
		name, isName := schemaVal.(string)
		if instOK && schemaOK && isName {
			what := quoteText(fmt.Sprint(inst))
			if hint, ok := formatHints[name]; ok {
				add(ptr, fmt.Sprintf("%s is not a valid %s; expected %s", what, name, hint))
			} else {
				add(ptr, fmt.Sprintf("%s is not a valid %s; expected format %q", what, name, name))
			}
			return
		}
	}
	add(ptr, ve.Message)
}

// notMessage words a failed "not" for the two shapes the schemas use: a
// value that must not be one constant, and fields that must not be
// present (an anyOf of required). when is the condition it applies under
// ("" for none). It returns "" for any other shape.
func notMessage(not, inst any, when string) string {
	sub, ok := not.(map[string]any)
	if !ok {
		return ""
	}
	if c, ok := sub["const"]; ok && len(sub) == 1 {
		return fmt.Sprintf("%s is not allowed here%s", quoteText(fmt.Sprint(c)), when)
	}
	alts, ok := sub["anyOf"].([]any)
	obj, isObj := inst.(map[string]any)
	if !ok || !isObj || len(sub) != 1 {
		return ""
	}
	var present []string
	for _, alt := range alts {
		req, _ := alt.(map[string]any)
		names, _ := req["required"].([]any)
		if len(req) != 1 || len(names) != 1 {
			return ""
		}
		if name, _ := names[0].(string); name != "" {
			if _, here := obj[name]; here {
				present = append(present, quoteText(name))
			}
		}
	}
	if len(present) == 0 {
		return ""
	}
	return fmt.Sprintf("field %s not allowed%s; remove it", strings.Join(present, ", "), when)
}

// condition returns " with K V" when the "not" at loc is the "then" of an
// "if" that tests one property against a constant (as {"if": {"properties":
// {"then": {"const": "keep"}}}} gives " with then keep"), and "" otherwise.
func (v *validator) condition(loc string) string {
	thenLoc := trimLastToken(loc)
	if lastToken(thenLoc) != "then" {
		return ""
	}
	cond, ok := v.schemaAt(trimLastToken(thenLoc) + "/if")
	c, _ := cond.(map[string]any)
	props, _ := c["properties"].(map[string]any)
	if !ok || len(props) != 1 {
		return ""
	}
	for k, p := range props {
		pm, _ := p.(map[string]any)
		if val, ok := pm["const"]; ok {
			return fmt.Sprintf(" with %s %v", k, val)
		}
	}
	return ""
}

// unknownFields returns obj's keys that the object schema pm neither lists
// in "properties" nor matches with "patternProperties", sorted, and the
// listed property names, sorted.
func unknownFields(obj map[string]any, pm map[string]any) (unknown, allowed []string) {
	props, _ := pm["properties"].(map[string]any)
	for k := range props {
		allowed = append(allowed, k)
	}
	slices.Sort(allowed)
	var patterns []*regexp.Regexp
	if pp, ok := pm["patternProperties"].(map[string]any); ok {
		for p := range pp {
			if re, err := regexp.Compile(p); err == nil {
				patterns = append(patterns, re)
			}
		}
	}
	for k := range obj {
		if _, ok := props[k]; ok {
			continue
		}
		if slices.ContainsFunc(patterns, func(re *regexp.Regexp) bool { return re.MatchString(k) }) {
			continue
		}
		unknown = append(unknown, k)
	}
	slices.Sort(unknown)
	return unknown, allowed
}

// schemaAt returns the raw schema value at an absolute keyword location
// ("https://…/v1.json#/$defs/x/required").
func (v *validator) schemaAt(loc string) (any, bool) {
	base, frag, _ := strings.Cut(loc, "#")
	doc, ok := v.raw[base]
	if !ok {
		return nil, false
	}
	return resolve(doc, pointerOf(frag))
}

// resolve returns the value that the RFC 6901 pointer ptr names in doc.
func resolve(doc any, ptr string) (any, bool) {
	toks, ok := splitPointer(ptr)
	if !ok {
		return nil, false
	}
	for _, t := range toks {
		switch d := doc.(type) {
		case map[string]any:
			if doc, ok = d[t]; !ok {
				return nil, false
			}
		case []any:
			i, err := strconv.Atoi(t)
			if err != nil || i < 0 || i >= len(d) || strconv.Itoa(i) != t {
				return nil, false
			}
			doc = d[i]
		default:
			return nil, false
		}
	}
	return doc, true
}

// pointerOf converts a jsonschema/v5 location, whose tokens are
// percent-encoded as in a URL path, into an RFC 6901 pointer.
func pointerOf(loc string) string {
	if !strings.Contains(loc, "%") {
		return loc
	}
	toks := strings.Split(loc, "/")
	for i, t := range toks {
		if u, err := url.PathUnescape(t); err == nil {
			toks[i] = u
		}
	}
	return strings.Join(toks, "/")
}

// keywordOf is pointerOf for a keyword location.
func keywordOf(loc string) string { return pointerOf(loc) }

// lastToken is the last reference token of a location, unescaped.
func lastToken(loc string) string {
	i := strings.LastIndexByte(loc, '/')
	return unescapeToken(pointerOf(loc[i+1:]))
}

// trimLastToken removes the last reference token of a location.
func trimLastToken(loc string) string {
	if i := strings.LastIndexByte(loc, '/'); i >= 0 {
		return loc[:i]
	}
	return loc
}
