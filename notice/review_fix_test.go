package notice_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/notice"
)

// codesOf lists the codes and severities of findings, in Check's order.
func codesOf(fs []notice.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Severity.String()+" "+f.Code)
	}
	return out
}

// TestCheckTransferTerritoryAndSafeguard: a statement that data may go
// beyond the EU is about the wrong territory for a UK GDPR activity, and
// still says data goes abroad: the missing safeguard is reported too. A
// statement that it will not leave the EU gives the territory finding
// alone.
func TestCheckTransferTerritoryAndSafeguard(t *testing.T) {
	tests := []struct {
		occurs notice.Occurrence
		want   []string
	}{
		{notice.MayOccur, []string{"error transfer-safeguard-not-stated", "warning transfers-stated-for-another-territory"}},
		{notice.Occurs, []string{"error transfer-safeguard-not-stated", "warning transfers-stated-for-another-territory"}},
		{notice.DoesNotOccur, []string{"warning transfers-stated-for-another-territory"}},
	}
	for _, tt := range tests {
		t.Run(tt.occurs.String(), func(t *testing.T) {
			n := clean(t)
			n.Activities[0].Transfers = &notice.Transfers{Occurs: tt.occurs, Territory: notice.TerritoryEU,
				Items: []notice.Transfer{{Safeguard: notice.SafeguardNotStated}}}
			if diff := cmp.Diff(tt.want, codesOf(notice.Check(n, checkDay))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestCheckCookieConsentSeverity: silence about consent for cookies that
// need it is a likely defect needing judgement (warning); a notice saying
// they are set on legitimate interests, or under an exception that does not
// cover them, states what PECR reg 6 contradicts (error).
func TestCheckCookieConsentSeverity(t *testing.T) {
	tests := []struct {
		basis notice.CookieBasis
		want  []string
	}{
		{notice.CookieBasisNotStated, []string{"warning cookie-without-consent"}},
		{notice.CookieOnLegitimateInterests, []string{"error cookie-legitimate-interests"}},
		{notice.CookieOnException, []string{"error cookie-exception-not-available"}},
		{notice.CookieOnConsent, nil},
	}
	for _, tt := range tests {
		t.Run(tt.basis.String(), func(t *testing.T) {
			n := clean(t)
			n.Cookies = &notice.Cookies{Used: true, Groups: []notice.CookieGroup{{Name: notice.Plain("Adverts"),
				Kind: notice.CookieAdvertising, Purpose: notice.Plain("to show adverts"), Basis: tt.basis}}}
			if diff := cmp.Diff(tt.want, codesOf(notice.Check(n, checkDay))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
