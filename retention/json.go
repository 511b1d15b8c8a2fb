package retention

import "unicode/utf8"

// AppendJSON appends d to b as the JSON object that `noticekit retention
// decide` writes, one per line (without the newline):
//
//	{"id":…,"rule":…,"schedule_version":…,"outcome":…,"due":…,"next_review":…,
//	 "action":…,"must_dispose_by":…,"overdue":…,"holds":[…],"missing":…,"reason":…}
//
// Fields that do not apply are left out: due for outcomes other than
// not-yet, review-due and eligible (and when the due date is beyond
// 9999-12-31); next_review unless the rule has a review cycle and the next
// review is known; action, must_dispose_by and overdue except for eligible
// (the last two only with dispose_within); holds except for held; missing
// except for awaiting-event. For cannot-evaluate a "detail" field names the
// fact or place at fault. It does not allocate when b has room.
func (d *Decision) AppendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, d.ID)
	b = append(b, `,"rule":`...)
	b = appendString(b, d.Rule)
	b = append(b, `,"schedule_version":`...)
	b = appendString(b, d.ScheduleVersion)
	b = append(b, `,"outcome":`...)
	b = appendString(b, d.Outcome.String())
	if !d.Due.IsZero() && (d.Outcome == NotYet || d.Outcome == ReviewDue || d.Outcome == Eligible) {
		b = append(b, `,"due":"`...)
		b = d.Due.AppendText(b)
		b = append(b, '"')
	}
	if !d.NextReview.IsZero() && d.Outcome != CannotEvaluate {
		b = append(b, `,"next_review":"`...)
		b = d.NextReview.AppendText(b)
		b = append(b, '"')
	}
	if d.Outcome == Eligible {
		b = append(b, `,"action":`...)
		b = appendString(b, d.Action.String())
		if !d.MustDisposeBy.IsZero() {
			b = append(b, `,"must_dispose_by":"`...)
			b = d.MustDisposeBy.AppendText(b)
			b = append(b, `","overdue":`...)
			if d.Overdue {
				b = append(b, "true"...)
			} else {
				b = append(b, "false"...)
			}
		}
	}
	if d.Outcome == Held {
		b = append(b, `,"holds":[`...)
		for i, h := range d.Holds {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, h)
		}
		b = append(b, ']')
	}
	if d.Outcome == AwaitingEvent && d.Missing != "" {
		b = append(b, `,"missing":`...)
		b = appendString(b, d.Missing)
	}
	b = append(b, `,"reason":`...)
	b = appendString(b, d.Reason.String())
	if d.Outcome == CannotEvaluate && d.Detail != "" {
		b = append(b, `,"detail":`...)
		b = appendString(b, d.Detail)
	}
	return append(b, '}')
}

// MarshalJSON returns the object AppendJSON writes, so that json.Marshal of
// a Decision and `noticekit retention decide --json` agree byte for byte.
func (d Decision) MarshalJSON() ([]byte, error) { return d.AppendJSON(nil), nil }

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string, escaping as encoding/json does
// (without HTML escaping); invalid UTF-8 becomes U+FFFD.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
