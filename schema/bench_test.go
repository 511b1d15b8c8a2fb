package schema

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchExample returns examples/staffordshire-police.json if it exists,
// and otherwise the largest bundled example notice.
func benchExample(b *testing.B) (name string, data []byte) {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "examples", "*.json"))
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		if filepath.Base(f) == "staffordshire-police.json" {
			return f, d
		}
		if len(d) > len(data) {
			name, data = f, d
		}
	}
	if data == nil {
		b.Skip("no example notices yet")
	}
	return name, data
}

// BenchmarkValidate checks the largest example notice, which is valid: the
// strict reader, one decode and the schema.
func BenchmarkValidate(b *testing.B) {
	name, data := benchExample(b)
	if err := Validate(data); err != nil {
		b.Fatalf("%s: %v", name, err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := Validate(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValidateInvalid checks the same notice with one problem, so
// that the cost of locating problems is measured too.
func BenchmarkValidateInvalid(b *testing.B) {
	name, data := benchExample(b)
	i := strings.LastIndexByte(string(data), '}')
	bad := []byte(string(data[:i]) + `, "zzz_unknown": true` + string(data[i:]))
	if err := Validate(bad); err == nil {
		b.Fatalf("%s with an unknown field: Validate accepted it", name)
	}
	b.SetBytes(int64(len(bad)))
	b.ReportAllocs()
	for b.Loop() {
		if err := Validate(bad); err == nil {
			b.Fatal("accepted")
		}
	}
}

// BenchmarkDecode measures how Validate decodes a document the strict reader
// has accepted: json.Decoder with UseNumber.
func BenchmarkDecode(b *testing.B) {
	_, data := benchExample(b)
	b.Run("json.Decoder", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := decode(data); err != nil {
				b.Fatal(err)
			}
		}
	})
}
