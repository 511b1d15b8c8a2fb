package schema

import (
	"bytes"
	"encoding/json"
	"errors"

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
		return nil, nil, err
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
