package strict_test

import (
	"errors"
	"fmt"

	"github.com/noticekit/noticekit/strict"
)

// Check rejects what encoding/json would let through:
// duplicate keys (every one is reported), data after the document, a
// byte-order mark, invalid UTF-8, and too large or too deep documents.
func ExampleCheck() {
	fmt.Println(strict.Check([]byte(`{"a": 1, "b": 2, "a": 3}`), strict.Limits{}))
	fmt.Println(strict.Check([]byte("{\"a\": 1}\n{\"a\": 2}"), strict.Limits{}))
	fmt.Println(strict.Check([]byte(`{"a": [[[]]]}`), strict.Limits{MaxDepth: 3}))
	fmt.Println(strict.Check([]byte(`{"a": [1, 2]}`), strict.Limits{}))
	// Output:
	// 1:18: /a: duplicate key "a" (first at line 1, column 2); expected each key once per object
	// 2:1: unexpected data after the end of the document; expected only white space
	// 1:9: /a/0/0: nesting deeper than 3 levels of arrays and objects; expected at most 3
	// <nil>
}

func ExamplePosition() {
	doc := []byte("{\n  \"controller\": {\n    \"name\": \"Cyngor Sir Enghraifft\"\n  }\n}")
	fmt.Println(strict.Position(doc, "/controller/name"))
	fmt.Println(strict.Position(doc, "/controller/email"))
	// Output:
	// 3 13
	// 0 0
}

// PositionNear places a problem about a missing member at the object that
// lacks it.
func ExamplePositionNear() {
	doc := []byte("{\n  \"controller\": {\n    \"name\": \"Cyngor Sir Enghraifft\"\n  }\n}")
	fmt.Println(strict.PositionNear(doc, "/controller/email"))
	fmt.Println(strict.PositionNear(doc, "/activities/0/id"))
	fmt.Println(strict.PositionNear([]byte(""), "/controller"))
	// Output:
	// 2 17
	// 1 1
	// 0 0
}

// A caller gets every problem with errors.As; each names its input, line,
// column (in characters), pointer and what was expected.
func ExampleError() {
	data := []byte("{\"name\": \"Cyngor ŵ\", \"name\": 2}")
	err := strict.Check(data, strict.Limits{})
	var e *strict.Error
	if errors.As(err, &e) {
		for _, p := range e.Problems {
			p.Input = "notice.json"
			fmt.Println(p)
		}
	}
	// Output:
	// notice.json:1:22: /name: duplicate key "name" (first at line 1, column 2); expected each key once per object
}

// Locate places problems that a caller found by JSON pointer (here, a
// missing member, placed at its object).
func ExampleLocate() {
	data := []byte("{\n  \"rules\": [{\"id\": \"a\"}]\n}")
	err := strict.Locate(data, []strict.Problem{
		{Pointer: "/rules/0/then", Keyword: "compile", Message: "missing then"},
	}, nil)
	fmt.Println(err)
	// Output:
	// 2:13: /rules/0/then: missing then
}

func ExampleLineCol() {
	fmt.Println(strict.LineCol([]byte("{\n  \"ŵŷ\": x}"), 9))
	// Output:
	// 2 6
}

func ExampleLimits_WithDefaults() {
	fmt.Printf("%+v\n", strict.Limits{MaxDepth: 8}.WithDefaults())
	// Output:
	// {MaxBytes:4194304 MaxLine:1048576 MaxDepth:8}
}
