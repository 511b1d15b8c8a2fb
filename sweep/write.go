package sweep

import (
	"strconv"
	"unicode/utf8"

	"github.com/noticekit/noticekit/retention"
)

// CSVHeader is the header line of decisions written as [CSV]: one column
// per field of [retention.Decision], empty where it does not apply (as
// AppendJSON leaves a field out), holds separated by ';'.
const CSVHeader = "id,rule,schedule_version,outcome,reason,due,next_review,action,must_dispose_by,overdue,holds,missing,detail"

// appendCSV appends d as one CSV row (RFC 4180) without its line ending.
func appendCSV(b []byte, d *retention.Decision) []byte {
	b = appendCSVField(b, d.ID)
	b = append(b, ',')
	b = appendCSVField(b, d.Rule)
	b = append(b, ',')
	b = appendCSVField(b, d.ScheduleVersion)
	b = append(b, ',')
	b = append(b, d.Outcome.String()...)
	b = append(b, ',')
	b = append(b, d.Reason.String()...)
	b = append(b, ',')
	if !d.Due.IsZero() && (d.Outcome == retention.NotYet || d.Outcome == retention.ReviewDue || d.Outcome == retention.Eligible) {
		b = d.Due.AppendText(b)
	}
	b = append(b, ',')
	if !d.NextReview.IsZero() && d.Outcome != retention.CannotEvaluate {
		b = d.NextReview.AppendText(b)
	}
	b = append(b, ',')
	if d.Outcome == retention.Eligible {
		b = append(b, d.Action.String()...)
		b = append(b, ',')
		if !d.MustDisposeBy.IsZero() {
			b = d.MustDisposeBy.AppendText(b)
			b = append(b, ',')
			b = strconv.AppendBool(b, d.Overdue)
		} else {
			b = append(b, ',')
		}
	} else {
		b = append(b, ",,"...)
	}
	b = append(b, ',')
	if d.Outcome == retention.Held {
		start := len(b)
		quoted := false
		for i, h := range d.Holds {
			if i > 0 {
				b = append(b, ';')
			}
			b = append(b, h...)
			quoted = quoted || needsQuotes(h)
		}
		if quoted {
			b = append(b[:start], appendCSVField(nil, string(b[start:]))...)
		}
	}
	b = append(b, ',')
	if d.Outcome == retention.AwaitingEvent {
		b = appendCSVField(b, d.Missing)
	}
	b = append(b, ',')
	if d.Outcome == retention.CannotEvaluate {
		b = appendCSVField(b, d.Detail)
	}
	return b
}

// needsQuotes reports whether a CSV field must be quoted: it holds a
// comma, a quote, a line break, or leading or trailing space.
func needsQuotes(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' || s[0] == '\t' || s[len(s)-1] == ' ' || s[len(s)-1] == '\t' {
		return true
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', '"', '\r', '\n':
			return true
		}
	}
	return false
}

// appendCSVField appends s as a CSV field, quoted if it needs to be.
func appendCSVField(b []byte, s string) []byte {
	if !needsQuotes(s) {
		return append(b, s...)
	}
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			b = append(b, '"')
		}
		b = append(b, s[i])
	}
	return append(b, '"')
}

// appendText appends the text form of a decision: id, rule, outcome, due
// date (or -), reason, and the details that apply.
func appendText(b []byte, d *retention.Decision) []byte {
	from := len(b)
	b = pad(appendPlain(b, d.ID), from, 24)
	b = append(b, ' ')
	from = len(b)
	b = pad(appendPlain(b, d.Rule), from, 24)
	b = append(b, ' ')
	from = len(b)
	b = pad(append(b, d.Outcome.String()...), from, 15)
	b = append(b, ' ')
	if d.Due.IsZero() {
		b = append(b, "-         "...)
	} else {
		b = d.Due.AppendText(b)
	}
	b = append(b, ' ', ' ')
	b = append(b, d.Reason.String()...)
	switch d.Outcome {
	case retention.Eligible:
		b = append(b, ": "...)
		b = append(b, d.Action.String()...)
		if !d.MustDisposeBy.IsZero() {
			b = append(b, ", must dispose by "...)
			b = d.MustDisposeBy.AppendText(b)
			if d.Overdue {
				b = append(b, ", OVERDUE"...)
			}
		}
	case retention.Held:
		b = append(b, ": "...)
		for i, h := range d.Holds {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendPlain(b, h)
		}
	case retention.AwaitingEvent:
		if d.Missing != "" {
			b = append(b, ": missing "...)
			b = appendPlain(b, d.Missing)
		}
	case retention.CannotEvaluate:
		if d.Detail != "" {
			b = append(b, ": "...)
			b = appendPlain(b, d.Detail)
		}
	}
	if !d.NextReview.IsZero() && d.Outcome != retention.CannotEvaluate {
		b = append(b, "; next review "...)
		b = d.NextReview.AppendText(b)
	}
	return b
}

// appendPlain appends s, quoted if it holds anything a terminal could
// misread (control characters, invalid UTF-8) or is empty.
func appendPlain(b []byte, s string) []byte {
	if s == "" {
		return append(b, `""`...)
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == utf8.RuneError && n == 1 || r == '\u2028' || r == '\u2029' {
			return strconv.AppendQuote(b, s)
		}
		i += n
	}
	return append(b, s...)
}

// pad pads b, whose field began at from, with spaces to width characters.
func pad(b []byte, from, width int) []byte {
	for n := utf8.RuneCount(b[from:]); n < width; n++ {
		b = append(b, ' ')
	}
	return b
}
