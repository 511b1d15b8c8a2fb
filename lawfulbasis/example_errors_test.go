package lawfulbasis_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/noticekit/noticekit/lawfulbasis"
)

// An unknown code, from a Parse function or from decoding JSON, is an
// [lawfulbasis.UnknownCodeError] that says which codes would do.
func ExampleUnknownCodeError() {
	_, err := lawfulbasis.ParseBasis("public-interest")
	var unknown *lawfulbasis.UnknownCodeError
	if errors.As(err, &unknown) {
		fmt.Printf("%s %q is not a code; %q is\n", unknown.Kind, unknown.Code, unknown.Allowed[0])
	}

	var v lawfulbasis.Basis
	err = json.Unmarshal([]byte(`"public-interest"`), &v)
	fmt.Println(errors.As(err, &unknown), unknown.Code)
	// Output:
	// basis "public-interest" is not a code; "consent" is
	// true public-interest
}
