package examples_test

import (
	"fmt"
	"strings"

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

func ExampleSourceOf() {
	s, err := examples.SourceOf("stockport-soloprotect")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Publisher)
	fmt.Printf("url %q: %s\n", s.URL, s.URLNote)
	fmt.Printf("taken %q: %s\n", s.Taken, s.TakenNote)
	fmt.Println(strings.Contains(s.Text, "We will not transfer your information outside of the EU."))
	// Output:
	// Stockport Council
	// url "www.stockport.gov.uk": The text names www.stockport.gov.uk as where the most up to date version is; it does not give the page's own address.
	// taken "": The copy does not record when it was taken from the web. noticekit has held it, unchanged, since the examples were first encoded on 2026-11-22.
	// true
}
