// Package examples holds the five seed privacy notices as notice JSON, and
// the retention schedules their retention statements link to, embedded in
// the binary.
//
// The notices are faithful encodings of real published notices:
//
//   - stockport-soloprotect: Stockport Council, Soloprotect audio devices;
//   - maidstone-parking-bwv: Maidstone Borough Council, parking body-worn video;
//   - stockport-inclusion: Stockport's Inclusion Service;
//   - staffordshire-police: Staffordshire Police;
//   - staffordshire-opcc: the Office of the Police and Crime Commissioner for
//     Staffordshire.
//
// Every statement of each published notice has a place in its JSON, and
// nothing is invented: where a notice is vague, the JSON says so (for example
// a retention of kind "not-stated" carrying the published words).
//
// # Typed only as far as the words go
//
// Every human-text value is the notice's own words (see Published texts).
// Every typed value (a basis, a right, a kind, a flag) either rests on words
// beside it in the JSON or is marked "interpreted" with the reason, which
// [github.com/noticekit/noticekit/notice.Check] repeats in any finding resting on it. The review files in review/,
// generated from the JSON, list each typed value with its words and any
// reason. The same rules hold in all five notices:
//
//   - a regime is marked interpreted unless the notice names the law and
//     says which processing it covers; a controller's public-authority or
//     competent-authority status likewise, unless the notice states it;
//   - public_task is set only on purposes a legitimate-interests basis
//     serves (the only place it changes a finding), always as an
//     interpretation, and left out where the words give no ground to judge;
//   - a list that defines a term ("The law treats some types of personal
//     information as 'special'… This information consists of:") is a
//     statement, not data the service holds;
//   - a sentence offering a contact "for further information" or "further
//     details" is the notice's enquiries contact; an offer to hear
//     "concerns" is a complaint to the controller; a pointer to the
//     Commissioner "for independent advice" is neither a complaint route nor
//     a right;
//   - a statement about transfers outside the EU or EEA carries that
//     territory: it is recorded as said of the EU or EEA, not of the UK;
//   - hedges keep their type: "may share" is sharing "may", a figure given
//     "for example" is marked interpreted if typed at all.
//
// The schedules in schedules/ encode the retention statements of four
// notices, and uk-practice holds real UK rules from the reference, each
// with its citation. There is no schedule for stockport-inclusion: the
// notice says its retention schedule "is in line with Stockport MBC" but
// neither publishes it nor links to it, so its retention is a
// "schedule-reference" with no rule, and Check reports
// retention-schedule-not-published rather than noticekit inventing periods.
//
// # Published texts
//
// Each notice ships with the text it was encoded from, in source/: the page
// as copied, byte for byte, and a sidecar naming the publisher, the address
// the text gives for itself (or that it gives none), and when it was taken
// (or that this was not recorded). [SourceOf] returns it as a [Source]. The
// tests hold every human-text value of every example to that text: each must
// occur in it, compared after normalising white space and list bullets only
// (quotes and dashes are compared as published), and a one-word change to
// any of them fails.
//
// # Use
//
// [All] lists the notices; [Notice] returns one by id; [Schedules] and
// [Schedule] do the same for the retention schedules; [SourceOf] gives a
// notice's published text. The bytes are the canonical JSON that
// [github.com/noticekit/noticekit/notice.Marshal] writes, so they are also golden files for the notice model.
package examples

import (
	"embed"
	"fmt"
	"path"
	"slices"
	"strings"
)

//go:embed *.json schedules/*.json
var files embed.FS

// Example is one embedded document.
type Example struct {
	ID   string // the document's id, which is also its file name without .json
	File string // the file name inside the package, e.g. "maidstone-parking-bwv.json"
	Data []byte // the document, canonical JSON
}

// All returns the example notices, sorted by id.
func All() []Example { return list(".") }

// Notice returns the example notice with the given id.
func Notice(id string) (Example, error) { return find(All(), "notice", id) }

// Schedules returns the example retention schedules, sorted by id.
func Schedules() []Example { return list("schedules") }

// Schedule returns the example retention schedule with the given id.
func Schedule(id string) (Example, error) { return find(Schedules(), "schedule", id) }

func list(dir string) []Example {
	entries, err := files.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out []Example
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		p := path.Join(dir, e.Name())
		data, err := files.ReadFile(p)
		if err != nil {
			continue
		}
		out = append(out, Example{ID: strings.TrimSuffix(e.Name(), ".json"), File: p, Data: data})
	}
	slices.SortFunc(out, func(a, b Example) int { return strings.Compare(a.ID, b.ID) })
	return out
}

func find(all []Example, kind, id string) (Example, error) {
	ids := make([]string, 0, len(all))
	for _, e := range all {
		if e.ID == id {
			return e, nil
		}
		ids = append(ids, e.ID)
	}
	return Example{}, fmt.Errorf("examples: no %s %q: want one of %s", kind, id, strings.Join(ids, ", "))
}
