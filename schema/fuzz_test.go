package schema

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/noticekit/noticekit/strict"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// seed adds the testdata documents, the bundled examples (once they exist)
// and a few awkward inputs to a fuzz corpus.
func seed(f *testing.F) {
	for _, pattern := range []string{filepath.Join("testdata", "*.json"), filepath.Join("..", "examples", "*.json"),
		filepath.Join("..", "examples", "schedules", "*.json")} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	for _, s := range []string{"", " ", "\xef\xbb\xbf{}", `{"a":1,"a":2}`, `{"a":1} x`, `[1,`, `"\ud800"`, "[\"\xff\"]",
		`{"name": "x", "code": "consent", "published": "2026-02-30"}`, `{"zzz": [[[[]]]]}`, strings.Repeat("[", 100)} {
		f.Add([]byte(s))
	}
}

func FuzzValidate(f *testing.F) {
	seed(f)
	v := testValidator(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		strictErr := strict.Check(data, strict.Limits{})
		for _, validate := range []func([]byte) error{
			Validate,
			ValidateSchedule,
			func(data []byte) error { return v.validate(data, strict.Limits{}) },
		} {
			err := validate(data)
			if err == nil {
				if strictErr != nil {
					t.Fatalf("valid, but Strict says %v", strictErr)
				}
				continue
			}
			var e *strict.Error
			if !errors.As(err, &e) || len(e.Problems) == 0 {
				t.Fatalf("error %#v, want a *strict.Error with problems", err)
			}
			var ve *jsonschema.ValidationError
			if (strictErr != nil) == errors.As(err, &ve) {
				t.Fatalf("strict error %v, but the jsonschema tree is %v", strictErr, ve)
			}
			for _, p := range e.Problems {
				if p.Line < 1 || p.Column < 1 || p.Message == "" {
					t.Fatalf("problem without a position or message: %+v in %q", p, data)
				}
			}
		}
	})
}
