package main

import (
	"fmt"

	"github.com/noticekit/noticekit/notice"
)

// failOnLevel is check's --fail-on, a flag.TextVar: the severity at or
// above which a finding fails the run, or none (the zero value's
// complement: a threshold no finding reaches).
type failOnLevel struct{ threshold notice.Severity }

// failNone is the threshold of --fail-on none: above every severity.
const failNone = notice.Severity(255)

func (f failOnLevel) MarshalText() ([]byte, error) {
	if f.threshold == failNone {
		return []byte("none"), nil
	}
	return f.threshold.MarshalText()
}

func (f *failOnLevel) UnmarshalText(b []byte) error {
	if string(b) == "none" {
		f.threshold = failNone
		return nil
	}
	s, err := notice.ParseSeverity(string(b))
	if err != nil {
		return fmt.Errorf("%v, or none", err)
	}
	f.threshold = s
	return nil
}

// renderFormat is render's --format, a flag.TextVar: a key of
// renderFormats.
type renderFormat string

func (f renderFormat) MarshalText() ([]byte, error) { return []byte(f), nil }

func (f *renderFormat) UnmarshalText(b []byte) error {
	if _, ok := renderFormats[string(b)]; !ok {
		return fmt.Errorf("unknown format %q: want html, markdown or text", b)
	}
	*f = renderFormat(b)
	return nil
}
