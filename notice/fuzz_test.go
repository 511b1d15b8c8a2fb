package notice_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/notice"
)

// FuzzParse: Parse never panics, and whatever it accepts marshals to a
// document that parses again to the same canonical bytes.
func FuzzParse(f *testing.F) {
	for _, e := range examples.All() {
		f.Add(e.Data)
	}
	f.Add([]byte(minimal))
	// Version 1 documents go through the kept schema and the migration.
	if v1, err := os.ReadFile("testdata/v1/stockport-soloprotect.json"); err == nil {
		f.Add(v1)
	}
	for _, name := range []string{"compose/service-with-parent.json", "cookies/violation-browser-settings-only.json"} {
		if data, err := os.ReadFile("testdata/" + name); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`{"$schema":"https://noticekit.github.io/schema/notice/v2.json"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := notice.Parse(data)
		if err != nil {
			return
		}
		out, err := notice.Marshal(n)
		if err != nil {
			t.Fatalf("Marshal of a parsed notice: %v", err)
		}
		n2, err := notice.Parse(out)
		if err != nil {
			t.Fatalf("Parse(Marshal(n)): %v\n%s", err, out)
		}
		out2, err := notice.Marshal(n2)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out, out2) {
			t.Fatalf("canonical form is not stable:\n%s\n---\n%s", out, out2)
		}
	})
}
