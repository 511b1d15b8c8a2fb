package strict

import (
	"testing"
)

func TestPosition(t *testing.T) {
	data := []byte("  {\n" +
		"  \"a\": [10, {\"b\": null}],\n" +
		"  \"ŵ\": \"Hysbysiad\",\n" +
		"  \"x/y~z\": {\"\": true},\n" +
		"  \"s p\":\t-1.5e3\n" +
		"}\n")
	tests := []struct {
		pointer   string
		line, col int
	}{
		{"", 1, 3},
		{"/a", 2, 8},
		{"/a/0", 2, 9},
		{"/a/1", 2, 13},
		{"/a/1/b", 2, 19},
		{"/ŵ", 3, 8},
		{"/x~1y~0z", 4, 12},
		{"/x~1y~0z/", 4, 17},
		{"/s p", 5, 10},
		// Absent or malformed pointers.
		{"/a/2", 0, 0},
		{"/a/01", 0, 0},
		{"/a/-", 0, 0},
		{"/b", 0, 0},
		{"/x/y~z", 0, 0},
		{"a", 0, 0},
		{"/a/1/b/c", 0, 0},
	}
	for _, tt := range tests {
		line, col := Position(data, tt.pointer)
		if line != tt.line || col != tt.col {
			t.Errorf("Position(%q) = %d:%d, want %d:%d", tt.pointer, line, col, tt.line, tt.col)
		}
	}
}

// Position finds values before the first error of text the strict reader
// rejects, and nothing in or after it.
func TestPositionInBadText(t *testing.T) {
	tests := []struct {
		data, pointer string
		line, col     int
	}{
		{`{"a": 1, "b": [2, }`, "/b/0", 1, 16},
		{`{"a": 1, "b": [2, }`, "/c", 0, 0},
		{`{"a": 1, "a": 2}`, "/a", 1, 7}, // the first of duplicate keys
		{"", "", 0, 0},
		{"\xef\xbb\xbf{}", "", 0, 0},
		{`[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[`, "/0/0", 1, 3},
	}
	for _, tt := range tests {
		line, col := Position([]byte(tt.data), tt.pointer)
		if line != tt.line || col != tt.col {
			t.Errorf("Position(%q, %q) = %d:%d, want %d:%d", tt.data, tt.pointer, line, col, tt.line, tt.col)
		}
	}
}

func TestLineCounter(t *testing.T) {
	data := []byte("ab\nŵŷc\n\nd")
	var lc lineCounter
	for _, tt := range []struct{ off, line, col int }{
		{0, 1, 1}, {2, 1, 3}, {3, 2, 1}, {5, 2, 2}, {7, 2, 3}, {8, 2, 4}, {9, 3, 1}, {10, 4, 1}, {11, 4, 2}, {99, 4, 2},
		{1, 1, 2}, // going back restarts
	} {
		line, col := lc.advance(data, tt.off)
		if line != tt.line || col != tt.col {
			t.Errorf("advance(%d) = %d:%d, want %d:%d", tt.off, line, col, tt.line, tt.col)
		}
	}
}
