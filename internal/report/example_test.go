package report_test

import (
	"fmt"
	"os"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/internal/report"
	"github.com/noticekit/noticekit/notice"
)

// Validate reports every problem with its place; Encode writes it as the
// command's --json does.
func ExampleValidate() {
	doc := []byte(`{"$schema": "https://noticekit.github.io/schema/notice/v1.json", "id": "x", "id": "y"}`)
	_ = report.Encode(os.Stdout, report.Validate("-", doc))
	// Output:
	// {
	//   "file": "-",
	//   "kind": "notice",
	//   "valid": false,
	//   "problems": [
	//     {
	//       "pointer": "/id",
	//       "line": 1,
	//       "column": 77,
	//       "keyword": "json",
	//       "message": "duplicate key \"id\" (first at line 1, column 66); expected each key once per object"
	//     }
	//   ]
	// }
}

// CheckNotice parses a notice and checks it against the law of a date;
// CompileSchedule gives the compiled schedule a notice's rule references
// can be resolved against.
func ExampleCheckNotice() {
	ex, _ := examples.Notice("maidstone-parking-bwv")
	sch, _ := examples.Schedule("maidstone-parking")
	s, probs := report.CompileSchedule(sch.Data)
	fmt.Println(s.ID(), len(probs))
	res := report.CheckNotice(ex.File, ex.Data, civil.MustNew(2026, 11, 22), notice.Options{})
	fmt.Println(res.Valid, len(res.Findings) > 0, res.Findings[0].Code)
	// Output:
	// maidstone-parking 0
	// true true notice-undated
}
