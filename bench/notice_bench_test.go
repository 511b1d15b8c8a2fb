package bench

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/schema"
)

// largestNotice returns the largest bundled example notice (Staffordshire
// Police when this was written), picked at run time so that the benchmark
// follows the examples as they grow.
func largestNotice(tb testing.TB) examples.Example {
	all := examples.All()
	if len(all) == 0 {
		tb.Fatal("no example notices")
	}
	big := all[0]
	for _, e := range all[1:] {
		if len(e.Data) > len(big.Data) {
			big = e
		}
	}
	return big
}

var (
	sinkFindings []notice.Finding
	sinkNotice   *notice.Notice
	sinkAny      map[string]any
)

// BenchmarkNotice compares reading and checking the largest example notice
// with a bare encoding/json decode of the same bytes: into map[string]any
// and into notice.Notice (plain json.Unmarshal, no schema, no strictness,
// no checks). op=parse and op=schema-validate (the JSON Schema pass inside
// notice.Parse) and op=check break parse+check down.
func BenchmarkNotice(b *testing.B) {
	ex := largestNotice(b)
	on := civil.MustNew(2026, time.June, 1)
	b.Logf("notice %s, %d bytes", ex.ID, len(ex.Data))
	b.Run("op=parse+check", func(b *testing.B) {
		b.SetBytes(int64(len(ex.Data)))
		b.ReportAllocs()
		for b.Loop() {
			n, err := notice.Parse(ex.Data)
			if err != nil {
				b.Fatal(err)
			}
			sinkFindings = notice.Check(n, on)
		}
	})
	b.Run("op=parse", func(b *testing.B) {
		b.SetBytes(int64(len(ex.Data)))
		b.ReportAllocs()
		for b.Loop() {
			n, err := notice.Parse(ex.Data)
			if err != nil {
				b.Fatal(err)
			}
			sinkNotice = n
		}
	})
	b.Run("op=schema-validate", func(b *testing.B) {
		b.SetBytes(int64(len(ex.Data)))
		b.ReportAllocs()
		for b.Loop() {
			if err := schema.Validate(ex.Data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("op=check", func(b *testing.B) {
		n, err := notice.Parse(ex.Data)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			sinkFindings = notice.Check(n, on)
		}
	})
	b.Run("op=unmarshal-struct", func(b *testing.B) {
		b.SetBytes(int64(len(ex.Data)))
		b.ReportAllocs()
		for b.Loop() {
			var n notice.Notice
			if err := json.Unmarshal(ex.Data, &n); err != nil {
				b.Fatal(err)
			}
			sinkNotice = &n
		}
	})
	b.Run("op=unmarshal-map", func(b *testing.B) {
		b.SetBytes(int64(len(ex.Data)))
		b.ReportAllocs()
		for b.Loop() {
			var m map[string]any
			if err := json.Unmarshal(ex.Data, &m); err != nil {
				b.Fatal(err)
			}
			sinkAny = m
		}
	})
}

// TestLargestNoticeParses keeps the notice benchmark honest: the notice it
// reads must parse, and json.Unmarshal into the struct must read the same
// notice as notice.Parse (so the bare decode is not doing less work by
// failing early).
func TestLargestNoticeParses(t *testing.T) {
	ex := largestNotice(t)
	n, err := notice.Parse(ex.Data)
	if err != nil {
		t.Fatalf("%s: %v", ex.ID, err)
	}
	var u notice.Notice
	if err := json.Unmarshal(ex.Data, &u); err != nil {
		t.Fatalf("%s: json.Unmarshal: %v", ex.ID, err)
	}
	a, err := notice.Marshal(n)
	if err != nil {
		t.Fatal(err)
	}
	c, err := notice.Marshal(&u)
	if err != nil {
		t.Fatal(err)
	}
	if string(a) != string(c) {
		t.Errorf("%s: notice.Parse and json.Unmarshal read different notices", ex.ID)
	}
}
