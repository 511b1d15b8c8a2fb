package rights_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/lawfulbasis"
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

// An input For or Deadline cannot answer is a *rights.RequestError: each
// problem names its parameter and says what was expected.
func ExampleRequestError() {
	_, err := rights.Deadline(rights.Request{Regime: lawfulbasis.UKGDPR, Right: rights.Access, Nation: civil.EnglandAndWales,
		Received: civil.MustParse("2026-03-10"), FeePaid: civil.MustParse("2026-03-01")})
	var re *rights.RequestError
	if errors.As(err, &re) {
		for _, p := range re.Problems {
			fmt.Printf("%s: %s\n", p.Field, p.Message)
		}
	}
	// Output:
	// fee_paid: fee_paid 2026-03-01 is before the request was received (2026-03-10): want a date on or after it
}
