package notice_test

import (
	"errors"
	"fmt"

	"github.com/noticekit/noticekit/notice"
)

// An unknown code is a [notice.UnknownCodeError] that says which codes
// would do.
func ExampleUnknownCodeError() {
	_, err := notice.ParseSeverity("fatal")
	var unknown *notice.UnknownCodeError
	if errors.As(err, &unknown) {
		fmt.Printf("%s %q is not a code; %q is\n", unknown.Kind, unknown.Code, unknown.Allowed[0])
	}
	// Output:
	// severity "fatal" is not a code; "info" is
}
