package civil_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/noticekit/noticekit/civil"
)

// An unknown code, from a Parse function or from decoding JSON, is an
// [civil.UnknownCodeError] that says which codes would do.
func ExampleUnknownCodeError() {
	_, err := civil.ParseNation("wales")
	var unknown *civil.UnknownCodeError
	if errors.As(err, &unknown) {
		fmt.Printf("%s %q is not a code; %q is\n", unknown.Kind, unknown.Code, unknown.Allowed[0])
	}

	var v civil.Nation
	err = json.Unmarshal([]byte(`"wales"`), &v)
	fmt.Println(errors.As(err, &unknown), unknown.Code)
	// Output:
	// nation "wales" is not a code; "england-and-wales" is
	// true wales
}
