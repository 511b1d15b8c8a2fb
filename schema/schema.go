package schema

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/noticekit/noticekit/strict"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// The absolute $id of each embedded schema. The last path element carries
// the major version; a document names the schema it was written for in its
// "$schema" member.
const (
	// NoticeID is the $id of the notice schema, version 2 (docs/architecture.md).
	NoticeID = "https://noticekit.github.io/schema/notice/v2.json"
	// NoticeV1ID is the $id of the notice schema, version 1, kept so that
	// notices written for it are still read (package notice migrates them).
	NoticeV1ID = "https://noticekit.github.io/schema/notice/v1.json"
	// ScheduleID is the $id of the retention schedule schema, version 2 (docs/retention.md).
	ScheduleID = "https://noticekit.github.io/schema/schedule/v2.json"
	// ScheduleV1ID is the $id of the schedule schema, version 1, kept so that
	// schedules written for it are still read (package retention refuses to
	// compile them, saying which facts to declare).
	ScheduleV1ID = "https://noticekit.github.io/schema/schedule/v1.json"
)

var (
	//go:embed notice.schema.json
	noticeSource []byte
	//go:embed notice-v1.schema.json
	noticeV1Source []byte
	//go:embed schedule.schema.json
	scheduleSource []byte
	//go:embed schedule-v1.schema.json
	scheduleV1Source []byte
)

// sources maps each $id to its embedded schema text.
func sources() map[string][]byte {
	return map[string][]byte{NoticeID: noticeSource, NoticeV1ID: noticeV1Source, ScheduleID: scheduleSource,
		ScheduleV1ID: scheduleV1Source}
}

// Source returns a copy of the embedded text of the schema with the given
// $id (NoticeID, NoticeV1ID, ScheduleID or ScheduleV1ID), and false for
// any other id.
func Source(id string) ([]byte, bool) {
	src, ok := sources()[id]
	if !ok {
		return nil, false
	}
	return bytes.Clone(src), true
}

var (
	noticeValidator     = sync.OnceValues(func() (*validator, error) { return newValidator(NoticeID, sources()) })
	noticeV1Validator   = sync.OnceValues(func() (*validator, error) { return newValidator(NoticeV1ID, sources()) })
	scheduleValidator   = sync.OnceValues(func() (*validator, error) { return newValidator(ScheduleID, sources()) })
	scheduleV1Validator = sync.OnceValues(func() (*validator, error) { return newValidator(ScheduleV1ID, sources()) })
)

// Notice returns the compiled notice schema. It is compiled once, on first
// use, and is safe for concurrent use. It panics only if the embedded
// schema does not compile, which the package's tests rule out.
func Notice() *jsonschema.Schema { return mustSchema(noticeValidator()) }

// Schedule returns the compiled retention schedule schema, like Notice.
func Schedule() *jsonschema.Schema { return mustSchema(scheduleValidator()) }

func mustSchema(v *validator, err error) *jsonschema.Schema {
	if err != nil {
		panic(err)
	}
	return v.sch
}

// Validate checks a notice document: the strict reader with default limits,
// then the notice schema. It returns nil or an *Error listing every problem.
func Validate(data []byte) error { return ValidateWith(NoticeID, data, strict.Limits{}) }

// ValidateSchedule checks a retention schedule document like Validate,
// against the schedule schema its "$schema" names: version 1 documents
// against the kept version 1 schema, all others against version 2.
func ValidateSchedule(data []byte) error {
	var head struct {
		Schema string `json:"$schema"`
	}
	if json.Unmarshal(data, &head) == nil && head.Schema == ScheduleV1ID {
		return ValidateWith(ScheduleV1ID, data, strict.Limits{})
	}
	return ValidateWith(ScheduleID, data, strict.Limits{})
}

// ValidateWith checks data with the strict reader under lim and then, if
// that passes, against the embedded schema with the given $id. It returns
// nil, an *Error listing every problem, or a plain error if id names no
// embedded schema.
func ValidateWith(id string, data []byte, lim strict.Limits) error {
	var v *validator
	var err error
	switch id {
	case NoticeID:
		v, err = noticeValidator()
	case NoticeV1ID:
		v, err = noticeV1Validator()
	case ScheduleID:
		v, err = scheduleValidator()
	case ScheduleV1ID:
		v, err = scheduleV1Validator()
	default:
		return fmt.Errorf("schema: unknown schema id %q; expected %q or %q", id, NoticeID, ScheduleID)
	}
	if err != nil {
		return err
	}
	return v.validate(data, lim)
}

// validator is a compiled schema together with the decoded text of every
// schema it may refer to, which is used to make messages precise.
type validator struct {
	sch *jsonschema.Schema
	raw map[string]any // schema $id → decoded schema document
}

// errNoLoad is what the compiler's loader returns for every URL: only the
// schemas added as resources exist.
var errNoLoad = errors.New("only the embedded noticekit schemas can be referenced")

// newValidator compiles the schema id from srcs ($id → text): draft 2020-12,
// formats asserted, every source registered under its absolute $id, and a
// loader that refuses every URL, so nothing is ever read from the network
// or the file system.
func newValidator(id string, srcs map[string][]byte) (*validator, error) {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	c.LoadURL = func(url string) (io.ReadCloser, error) {
		return nil, fmt.Errorf("schema: cannot load %q: %w", url, errNoLoad)
	}
	v := &validator{raw: make(map[string]any, len(srcs))}
	for url, src := range srcs {
		if err := c.AddResource(url, bytes.NewReader(src)); err != nil {
			return nil, fmt.Errorf("schema: embedded schema %s: %w", url, err)
		}
		doc, err := decode(src)
		if err != nil {
			return nil, fmt.Errorf("schema: embedded schema %s: %w", url, err)
		}
		v.raw[url] = doc
	}
	sch, err := c.Compile(id)
	if err != nil {
		return nil, fmt.Errorf("schema: compiling %s: %w", id, err)
	}
	v.sch = sch
	return v, nil
}

// decode unmarshals JSON with numbers kept as json.Number, as jsonschema
// expects.
func decode(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	return doc, nil
}

// validate runs the strict reader and then the schema.
func (v *validator) validate(data []byte, lim strict.Limits) (err error) {
	if err := strict.Check(data, lim); err != nil {
		return err
	}
	doc, derr := decode(data)
	if derr != nil {
		// Not expected after the strict reader: fail safe.
		return whole(data, "cannot decode document: "+derr.Error())
	}
	defer func() {
		if r := recover(); r != nil { // fail safe: never panic on input
			err = whole(data, fmt.Sprintf("schema validation failed unexpectedly (%v); the document is treated as invalid", r))
		}
	}()
	verr := v.sch.Validate(doc)
	if verr == nil {
		return nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(verr, &ve) {
		return whole(data, "schema validation failed: "+verr.Error())
	}
	var ps []strict.Problem
	v.flatten(ve, doc, &ps)
	return strict.Locate(data, ps, ve)
}

// whole is an error about the whole document.
func whole(data []byte, msg string) error {
	return strict.Locate(data, []strict.Problem{{Keyword: strict.KeywordJSON, Message: msg}}, nil)
}
