package strict

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/noticekit/noticekit/internal/jsonscan"
)

// benchDocument is a notice-like document of about 30 KB.
func benchDocument() []byte {
	var b strings.Builder
	b.WriteString(`{"$schema": "https://noticekit.github.io/schema/notice/v1.json", "id": "bench", "language": "en", "activities": [`)
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

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func BenchmarkCheck(b *testing.B) {
	data := benchDocument()
	if err := Check(data, Limits{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := Check(data, Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkUnmarshalAny is the yardstick for BenchmarkCheck: what
// encoding/json costs to decode the same document.
func BenchmarkUnmarshalAny(b *testing.B) {
	data := benchDocument()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSkipValue measures the scanner a record reader uses on the same
// document (grammar and UTF-8 only, no duplicate keys, no pointers).
func BenchmarkSkipValue(b *testing.B) {
	data := benchDocument()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := jsonscan.SkipValue(data, 0, 0); err != nil {
			b.Fatal(err)
		}
	}
}
