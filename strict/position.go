package strict

// Position returns the 1-based line and column (in characters, as [LineCol]) at which the
// value that pointer (RFC 6901) names starts in the JSON text data, or 0, 0
// if there is no such value or pointer is malformed. "" names the whole
// document. The walk is bounded like the strict reader's with default
// limits; on text that the strict reader rejects, Position still finds
// values that come before the first error.
func Position(data []byte, pointer string) (line, col int) {
	off, ok := offsets(data, []string{pointer}, Limits{})[pointer]
	if !ok {
		return 0, 0
	}
	return LineCol(data, off)
}

// PositionNear is Position for a pointer that may name a value the document
// lacks, such as a missing member: it returns the position of the nearest
// enclosing value that exists ("/a/b/c", then "/a/b", then "/a", then the
// document), or 0, 0 if data holds no JSON value at all.
func PositionNear(data []byte, pointer string) (line, col int) {
	p := Locate(data, []Problem{{Pointer: pointer}}, nil).Problems[0]
	return p.Line, p.Column
}

// offsets returns the byte offset at which each of the wanted pointers'
// values starts, for those that exist, in one walk over data within lim.
func offsets(data []byte, pointers []string, lim Limits) map[string]int {
	want := make(map[string]bool, len(pointers))
	for _, p := range pointers {
		if p == "" || p[0] == '/' { // an RFC 6901 pointer
			want[p] = true
		}
	}
	found := make(map[string]int, len(want))
	if len(want) == 0 || int64(len(data)) > lim.maxBytes() {
		return found
	}
	w := walker{data: data, maxDepth: lim.maxDepth()}
	w.onValue = func(start int) {
		p := w.pointer()
		if want[p] {
			if _, dup := found[p]; !dup {
				found[p] = start
			}
		}
	}
	w.run()
	return found
}
