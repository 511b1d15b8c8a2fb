package schema

import (
	"fmt"
	"strings"
	"testing"
)

// benchDocument is a notice-like document of about 30 KB.
func benchDocument() []byte {
	var b strings.Builder
	b.WriteString(`{"$schema": "` + NoticeID + `", "id": "bench", "language": "en", "activities": [`)
	for i := 0; b.Len() < 30<<10; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, "\n  {\"id\": \"activity-%d\", \"name\": {\"en\": \"Council tax %d\", \"cy\": \"Treth gyngor ŵ %d\"},"+
			" \"regime\": \"uk-gdpr\", \"purposes\": [\"billing\", \"collection\", \"fraud prevention\"],"+
			" \"retention\": {\"period\": \"P6Y\", \"from\": \"2026-04-01\"}, \"count\": %d, \"ok\": true, \"note\": null}", i, i, i, i*37)
	}
	b.WriteString("\n]}")
	return []byte(b.String())
}

func BenchmarkStrict(b *testing.B) {
	data := benchDocument()
	if err := Strict(data, Limits{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := Strict(data, Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}
