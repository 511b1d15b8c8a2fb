package examples_test

import (
	"fmt"

	"github.com/noticekit/noticekit/examples"
)

func ExampleAll() {
	for _, e := range examples.All() {
		fmt.Println(e.ID, e.File)
	}
	// Output:
	// maidstone-parking-bwv maidstone-parking-bwv.json
	// staffordshire-opcc staffordshire-opcc.json
	// staffordshire-police staffordshire-police.json
	// stockport-inclusion stockport-inclusion.json
	// stockport-soloprotect stockport-soloprotect.json
}

func ExampleNotice() {
	e, err := examples.Notice("staffordshire-opcc")
	fmt.Println(e.File, len(e.Data) > 0, err)
	_, err = examples.Notice("no-such-notice")
	fmt.Println(err != nil)
	// Output:
	// staffordshire-opcc.json true <nil>
	// true
}

func ExampleSchedules() {
	for _, s := range examples.Schedules() {
		fmt.Println(s.ID)
	}
	// Output:
	// maidstone-parking
	// staffordshire-opcc
	// staffordshire-police
	// stockport-soloprotect
	// uk-practice
}

func ExampleSchedule() {
	s, err := examples.Schedule("maidstone-parking")
	fmt.Println(s.File, err)
	// Output: schedules/maidstone-parking.json <nil>
}
