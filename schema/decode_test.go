package schema

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/strict"
)

// What the strict reader accepts, decode (json.Decoder with UseNumber, as
// jsonschema needs) reads to the expected values.
func TestDecodeAccepted(t *testing.T) {
	tests := []struct {
		data string
		want any
	}{
		{`{}`, map[string]any{}},
		{` [ ] `, []any{}},
		{`{"a": [1, -2.5e+3, 0, "x", true, false, null, {}, []]}`, map[string]any{"a": []any{json.Number("1"), json.Number("-2.5e+3"),
			json.Number("0"), "x", true, false, nil, map[string]any{}, []any{}}}},
		{`"\"\\\/\b\f\n\r\t\u00e9\u0000"`, "\"\\/\b\f\n\r\té\x00"},
		{`["\ud83d\ude00", "\ud800", "\udc00x", "\ud800\u0041", "\uD83D\uDE00"]`, []any{"😀", "\ufffd", "\ufffdx", "\ufffdA", "😀"}},
		{`{"\u0061": {"b\"": [[1E400]]}}`, map[string]any{"a": map[string]any{"b\"": []any{[]any{json.Number("1E400")}}}}},
		{"\n\t1234567890123456789012345678901234567890\r\n", json.Number("1234567890123456789012345678901234567890")},
		{`"ŵ ŷ"`, "ŵ ŷ"},
	}
	for _, tt := range tests {
		data := []byte(tt.data)
		if err := strict.Check(data, strict.Limits{}); err != nil {
			t.Fatalf("Check(%q) = %v", data, err)
		}
		std, err := decode(data)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(std, tt.want); diff != "" {
			t.Errorf("json.Decoder of %q (-want +got):\n%s", data, diff)
		}
	}
}
