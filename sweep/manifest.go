package sweep

import (
	"strconv"
	"time"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/retention"
)

// Manifest is the record of a run that a records manager files as the
// disposal log: which schedule (by id, version and the SHA-256 of its
// document) was applied on which day, to which inputs (with their line
// counts), with how many decisions of each outcome, and when. Written as
// JSON it reads:
//
//	{"schedule": {"id": "maidstone-parking", "version": "2024-1", "sha256": "…"},
//	 "today": "2026-06-01", "absent_means_not_happened": false,
//	 "start": "…", "end": "…",
//	 "inputs": [{"name": "records.csv", "format": "csv", "lines": 1001,
//	             "records": 1000, "missing_facts": ["case_opened"]}],
//	 "records": 1000, "counts": {"cannot-evaluate": 0, "held": 3, …}}
type Manifest struct {
	Schedule ScheduleRef `json:"schedule"`
	Today    civil.Date  `json:"today"`
	// AbsentMeansNotHappened says whether facts the records left out were
	// read as not happened (Options.AbsentMeansNotHappened) rather than
	// unknown.
	AbsentMeansNotHappened bool          `json:"absent_means_not_happened"`
	Start                  time.Time     `json:"start"`  // when the first input began, UTC
	End                    time.Time     `json:"end"`    // when the latest input ended, UTC
	Inputs                 []InputReport `json:"inputs"` // in the order they were run
	Records                int64         `json:"records"`
	Counts                 Counts        `json:"counts"`
}

// ScheduleRef names the schedule applied.
type ScheduleRef struct {
	ID      string `json:"id"`
	Version string `json:"version"`
	SHA256  string `json:"sha256"` // of the schedule document's bytes, in hex
}

// InputReport is one input of a run.
type InputReport struct {
	Name    string `json:"name"`
	Format  Format `json:"format"`  // as read (auto resolved)
	Lines   int64  `json:"lines"`   // lines read, a CSV header included
	Records int64  `json:"records"` // decisions written: one per record line
	// MissingFacts lists, for CSV, the schedule's facts that the header has
	// no column for: they are unknown in every row, so a row whose rule
	// uses one is cannot-evaluate (unless AbsentMeansNotHappened).
	MissingFacts []string `json:"missing_facts,omitempty"`
	// Error says why reading stopped before the end of the input
	// (cancelled, an I/O error); the input is then incomplete.
	Error string `json:"error,omitempty"`
}

// Counts is the number of decisions of each outcome, indexed by
// [retention.Outcome] (room for more outcomes than there are). It marshals as a JSON object with every outcome's
// code, in order of precedence.
type Counts [16]int64

// MarshalJSON writes {"cannot-evaluate": n, "held": n, …}.
func (c Counts) MarshalJSON() ([]byte, error) {
	b := []byte{'{'}
	for i, o := range retention.Outcomes() {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendQuote(b, o.String())
		b = append(b, ':')
		b = strconv.AppendInt(b, c[o], 10)
	}
	return append(b, '}'), nil
}
