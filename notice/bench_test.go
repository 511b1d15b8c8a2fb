package notice_test

import (
	"encoding/json"
	"testing"

	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/notice"
)

// largest returns the largest example notice (Staffordshire Police).
func largest(b *testing.B) []byte {
	var data []byte
	for _, e := range examples.All() {
		if len(e.Data) > len(data) {
			data = e.Data
		}
	}
	return data
}

func BenchmarkParse(b *testing.B) {
	data := largest(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := notice.Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheck(b *testing.B) {
	n, err := notice.Parse(largest(b))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = notice.Check(n, checkDay)
	}
}

// BenchmarkUnmarshal is the baseline: encoding/json into the notice types,
// with no strict reading, schema or integrity checks.
func BenchmarkUnmarshal(b *testing.B) {
	data := largest(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var n notice.Notice
		if err := json.Unmarshal(data, &n); err != nil {
			b.Fatal(err)
		}
	}
}
