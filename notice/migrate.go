package notice

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/noticekit/noticekit/schema"
	"github.com/noticekit/noticekit/strict"
)

// declaredSchema returns the "$schema" a document declares, or "" when
// data is not a JSON object with a string "$schema" (the strict reader and
// the schema then report what is wrong).
func declaredSchema(data []byte) string {
	if !bytes.Contains(data, []byte(SchemaV1ID)) {
		return "" // cheap: no need to decode a document that cannot be version 1
	}
	var head struct {
		Schema string `json:"$schema"`
	}
	if json.Unmarshal(data, &head) != nil {
		return ""
	}
	return head.Schema
}

// migrateV1 turns a version 1 notice, already valid against the kept
// version 1 schema, into a version 2 document with the same JSON pointers:
// "$schema" becomes SchemaID, and each source's boolean "data_subject"
// becomes "yes" or "no". Version 1 had no other member that version 2
// reads differently.
func migrateV1(data []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc map[string]any
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	doc["$schema"] = SchemaID
	acts, _ := doc["activities"].([]any)
	for _, a := range acts {
		am, _ := a.(map[string]any)
		srcs, _ := am["sources"].([]any)
		for _, s := range srcs {
			sm, _ := s.(map[string]any)
			switch sm["data_subject"] {
			case true:
				sm["data_subject"] = "yes"
			case false:
				sm["data_subject"] = "no"
			}
		}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// validateVersion validates data against the schema of the version it
// declares, migrating a version 1 document. It returns the version 2 bytes
// to decode.
func validateVersion(data []byte) ([]byte, error) {
	if declaredSchema(data) != SchemaV1ID {
		return data, schema.Validate(data)
	}
	if err := schema.ValidateWith(SchemaV1ID, data, strict.Limits{}); err != nil {
		return nil, err
	}
	v2, err := migrateV1(data)
	if err != nil {
		return nil, err
	}
	if err := schema.Validate(v2); err != nil {
		// A valid version 1 document always migrates to a valid version 2
		// one (TestMigrateV1 keeps it so); say so rather than show places
		// in a document the caller never wrote.
		return nil, fmt.Errorf("notice: a valid version 1 document did not migrate to version 2: %v", err)
	}
	return v2, nil
}
