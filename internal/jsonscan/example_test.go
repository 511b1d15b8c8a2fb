package jsonscan_test

import (
	"errors"
	"fmt"

	"github.com/noticekit/noticekit/internal/jsonscan"
	"github.com/noticekit/noticekit/strict"
)

// The scanners read one value at a time from a line, for a reader of a
// fixed record shape; a *SyntaxError gives the offset of the fault.
func ExampleScanString() {
	line := []byte(`{"id": "r\u00e9c-1", "rule": 7}`)
	end, escaped, err := jsonscan.ScanString(line, 7)
	value := line[8 : end-1]
	if escaped {
		value = jsonscan.AppendUnquoted(nil, value)
	}
	fmt.Printf("%s %v %v\n", value, escaped, err)

	_, _, err = jsonscan.ScanString(line, 29)
	var se *jsonscan.SyntaxError
	if errors.As(err, &se) {
		_, col := strict.LineCol(line, se.Offset)
		fmt.Printf("column %d: %v\n", col, err)
	}
	// Output:
	// réc-1 true <nil>
	// column 30: syntax error: invalid character '7' looking for beginning of string
}

// SkipValue steps over a value the reader does not want, checking it.
func ExampleSkipValue() {
	line := []byte(`{"extra": [1, {"b": null}], "id": "x"}`)
	end, err := jsonscan.SkipValue(line, 10, 0)
	fmt.Println(end, err, string(line[10:end]))
	_, err = jsonscan.SkipValue([]byte(`[1, 2,]`), 0, 0)
	fmt.Println(err)
	// Output:
	// 26 <nil> [1, {"b": null}]
	// syntax error: invalid character ']' looking for beginning of value
}

func ExampleScanNumber() {
	end, err := jsonscan.ScanNumber([]byte(`-12.5e3, 4`), 0)
	fmt.Println(end, err)
	_, err = jsonscan.ScanNumber([]byte(`1.x`), 0)
	fmt.Println(err)
	// Output:
	// 7 <nil>
	// syntax error: invalid character 'x' after decimal point in numeric literal
}

func ExampleScanLiteral() {
	end, err := jsonscan.ScanLiteral([]byte(`null}`), 0)
	fmt.Println(end, err)
	// Output:
	// 4 <nil>
}

func ExampleSkipSpace() {
	fmt.Println(jsonscan.SkipSpace([]byte(" \t\r\n x"), 0))
	// Output:
	// 5
}
