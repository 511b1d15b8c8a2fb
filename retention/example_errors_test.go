package retention_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/noticekit/noticekit/retention"
)

// An unknown code, from a Parse function or from decoding JSON, is an
// [retention.UnknownCodeError] that says which codes would do.
func ExampleUnknownCodeError() {
	_, err := retention.ParseOutcome("deletable")
	var unknown *retention.UnknownCodeError
	if errors.As(err, &unknown) {
		fmt.Printf("%s %q is not a code; %q is\n", unknown.Kind, unknown.Code, unknown.Allowed[0])
	}

	var v retention.Outcome
	err = json.Unmarshal([]byte(`"deletable"`), &v)
	fmt.Println(errors.As(err, &unknown), unknown.Code)
	// Output:
	// outcome "deletable" is not a code; "cannot-evaluate" is
	// true deletable
}
