package rights_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/noticekit/noticekit/rights"
)

// An unknown code, from a Parse function or from decoding JSON, is an
// [rights.UnknownCodeError] that says which codes would do.
func ExampleUnknownCodeError() {
	_, err := rights.ParseRight("forget")
	var unknown *rights.UnknownCodeError
	if errors.As(err, &unknown) {
		fmt.Printf("%s %q is not a code; %q is\n", unknown.Kind, unknown.Code, unknown.Allowed[0])
	}

	var v rights.Right
	err = json.Unmarshal([]byte(`"forget"`), &v)
	fmt.Println(errors.As(err, &unknown), unknown.Code)
	// Output:
	// right "forget" is not a code; "be-informed" is
	// true forget
}
