package notice_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/notice"
)

// TestCookieFixtures: one fixture per PECR Sch A1 exception and per
// violation (testdata/cookies, each the corporate notice with a cookies
// section), judged the day before Sch A1 and on its first day (docs/law.md
// §11.4). Only the cookie findings differ from the corporate notice, which
// has none.
func TestCookieFixtures(t *testing.T) {
	tests := []struct {
		file         string
		before, from []sevFinding
	}{
		// Sch A1 (1): transmission of a communication; exempt before and after.
		{"exception-communication", nil, nil},
		// Sch A1 (2): strictly necessary for the service requested ("to keep you signed in").
		{"exception-strictly-necessary", nil, nil},
		// Sch A1 (3): statistics "so that we can improve the website", with a free means to object; before
		// 5 Feb 2026 not an exception, so the stated "exception" is a statement the law then contradicted
		// (reg 6; DERIVED): an error.
		{"exception-analytics", []sevFinding{{notice.CodeCookieExceptionNotAvailable, "/cookies/groups/0/basis", notice.Error}}, nil},
		// Sch A1 (4): appearance and preferences, with a means to object; likewise before Sch A1.
		{"exception-functionality", []sevFinding{{notice.CodeCookieExceptionNotAvailable, "/cookies/groups/0/basis", notice.Error}}, nil},
		// Sch A1 (5): locating a user for emergency assistance; likewise before Sch A1.
		{"exception-emergency", []sevFinding{{notice.CodeCookieExceptionNotAvailable, "/cookies/groups/0/basis", notice.Error}}, nil},
		// Advertising on consent asked in a banner before setting: what reg 6 asks.
		{"consent-advertising", nil, nil},
		// "We set advertising cookies in our legitimate interests": not a PECR basis (reg 6(1)-(2)).
		{"violation-advertising-legitimate-interests",
			[]sevFinding{{notice.CodeCookieLegitimateInterests, "/cookies/groups/0/basis", notice.Error}},
			[]sevFinding{{notice.CodeCookieLegitimateInterests, "/cookies/groups/0/basis", notice.Error}}},
		// "You can block cookies in your browser settings" is the only refusal: not consent.
		{"violation-browser-settings-only",
			[]sevFinding{{notice.CodeCookieBrowserSettings, "/cookies/refusal", notice.Error}},
			[]sevFinding{{notice.CodeCookieBrowserSettings, "/cookies/refusal", notice.Error}}},
		// Statistics on the Sch A1 exception without a means to object (from 5 Feb 2026); before it, no
		// exception and no consent.
		{"violation-analytics-without-objection",
			[]sevFinding{{notice.CodeCookieExceptionNotAvailable, "/cookies/groups/0/basis", notice.Error}},
			[]sevFinding{{notice.CodeCookieObjectionMissing, "/cookies/groups/0/objection", notice.Error}}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "cookies", tt.file+".json"))
			if err != nil {
				t.Fatal(err)
			}
			n, err := notice.Parse(data)
			if err != nil {
				t.Fatal(err)
			}
			for _, side := range []struct {
				on   string
				want []sevFinding
			}{{"2026-02-04", tt.before}, {"2026-02-05", tt.from}} {
				got := sevFindings(notice.Check(n, civil.MustParse(side.on)))
				if diff := cmp.Diff(side.want, got, cmp.AllowUnexported(sevFinding{})); diff != "" {
					t.Errorf("on %s (-want +got):\n%s", side.on, diff)
				}
			}
		})
	}
}
