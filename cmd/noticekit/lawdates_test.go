package main

import (
	"strings"
	"testing"

	"github.com/noticekit/noticekit/civil"
)

// TestDateRangeWarnings: --today before the earliest law this version
// knows warns (a schedule cannot mean that day), and check --on and
// rights --on after both today and the law table's last date warn that a
// later change in the law is not known; days inside the range are silent.
func TestDateRangeWarnings(t *testing.T) {
	rdFakeClocks(t) // retention decide's clock says 2026-06-01
	oldRights := rightsToday
	t.Cleanup(func() { rightsToday = oldRights })
	rightsToday = func() civil.Date { return civil.MustParse("2026-06-01") }
	record := `{"id": "r1", "rule": "bwc-footage", "facts": {"captured": "2016-01-01", "case_opened": null, "case_closed": null}}` + "\n"
	notice := "../../examples/maidstone-parking-bwv.json"
	tests := []struct {
		args  []string
		stdin string
		want  string // "" for no warning
	}{
		{[]string{"retention", "decide", "--schedule", "example:maidstone-parking", "--json", "--today", "1900-01-01"}, record,
			"noticekit retention decide: warning: --today 1900-01-01 is before 2018-05-25, the earliest law this version of noticekit knows: a schedule cannot mean that day, and records dated after it cannot be decided; expected a day from 2018-05-25 to 2026-06-01\n"},
		{[]string{"retention", "decide", "--schedule", "example:maidstone-parking", "--json", "--today", "2018-05-24"}, record, "--today 2018-05-24 is before 2018-05-25"},
		{[]string{"retention", "decide", "--schedule", "example:maidstone-parking", "--json", "--today", "2018-05-25"}, record, ""},
		{[]string{"rights", "--basis", "consent", "--on", "9999-12-31"}, "",
			"noticekit rights: warning: --on 9999-12-31 is after today (2026-06-01, London) and after 2026-06-19, the last change in the law this version of noticekit knows (noticekit version): the law may change before then, and a later change is not reflected\n"},
		{[]string{"rights", "--basis", "consent", "--on", "2026-06-19"}, "", ""},
		{[]string{"rights", "--basis", "consent", "--on", "2026-06-02"}, "", ""},
		{[]string{"check", "--on", "9999-12-31", notice}, "", "noticekit check: warning: --on 9999-12-31 is after today"},
		{[]string{"check", "--on", "2026-06-19", notice}, "", ""},
	}
	for _, tt := range tests {
		_, _, stderr := runCmd(tt.stdin, tt.args...)
		name := strings.Join(tt.args, " ")
		if tt.want == "" {
			if strings.Contains(stderr, "warning: --") {
				t.Errorf("%s: unexpected warning:\n%s", name, stderr)
			}
			continue
		}
		if !strings.Contains(stderr, tt.want) {
			t.Errorf("%s: stderr does not contain %q:\n%s", name, tt.want, stderr)
		}
	}
}
