package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"

	"github.com/noticekit/noticekit/retention"
	"github.com/noticekit/noticekit/strict"
)

// LoadSchedule is the one way to load a retention schedule from bytes. It
// runs the strict reader once ([strict.Check]), the schedule schema its
// "$schema" names once (every shape mistake at once), decodes the
// document into a [retention.Definition] once and compiles it with
// [retention.Compile] (references, periods, limits: meaning only). Its
// error is a *[strict.Error] whose problems are located by JSON pointer,
// line and column (in characters), in words a schedule author
// understands; a schedule that uses a fact it does not declare is refused
// here, whoever the caller is.
//
// It lives in package schema, above retention, because the schema is
// checked here and retention may not import this package (see
// docs/architecture.md).
func LoadSchedule(data []byte) (*retention.Definition, *retention.Schedule, error) {
	if err := ValidateSchedule(data); err != nil {
		return nil, nil, inAuthorsWords(data, err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var def retention.Definition
	if err := dec.Decode(&def); err != nil {
		// Not expected after the schema: fail safe, at the whole document.
		return nil, nil, whole(data, "cannot decode schedule after the schema passed it: "+err.Error())
	}
	s, err := retention.Compile(&def)
	if err != nil {
		var se *strict.Error
		if errors.As(err, &se) {
			return nil, nil, strict.Locate(data, se.Problems, nil)
		}
		return nil, nil, err
	}
	return &def, s, nil
}

// inAuthorsWords rewords the schema's pattern and length failures (an id,
// a version, a fact name, a one-line meaning, a text's length), which the
// schema can say only as "does not match pattern '^[a-z]…'", with the
// words retention.Compile has for the same place: the document is decoded
// as far as it goes and compiled, and a schema problem whose pointer
// Compile also reports takes Compile's message. Any other problem, or one
// Compile does not see, keeps the schema's words.
func inAuthorsWords(data []byte, err error) error {
	var se *strict.Error
	if !errors.As(err, &se) {
		return err
	}
	shape := func(p strict.Problem) bool {
		for _, kw := range []string{"/pattern", "/maxLength", "/minLength"} {
			if strings.HasSuffix(p.Keyword, kw) {
				return true
			}
		}
		return false
	}
	if !slices.ContainsFunc(se.Problems, shape) {
		return err
	}
	words := compileWords(data)
	out := &strict.Error{Problems: slices.Clone(se.Problems), Err: se.Err}
	for i, p := range out.Problems {
		if w, ok := words[p.Pointer]; ok && shape(p) {
			out.Problems[i].Keyword = retention.KeywordRetention
			out.Problems[i].Message = w
		}
	}
	return out
}

// compileWords compiles as much of a schedule as decodes and returns
// Compile's first message at each pointer.
func compileWords(data []byte) (words map[string]string) {
	defer func() {
		if recover() != nil { // fail safe: keep the schema's words
			words = nil
		}
	}()
	var def retention.Definition
	_ = json.Unmarshal(data, &def) // as far as it goes: the schema has said what is wrong
	_, err := retention.Compile(&def)
	var se *strict.Error
	if !errors.As(err, &se) {
		return nil
	}
	words = map[string]string{}
	for _, p := range se.Problems {
		if _, ok := words[p.Pointer]; !ok {
			words[p.Pointer] = p.Message
		}
	}
	return words
}
