package notice

import (
	"fmt"

	lb "github.com/noticekit/noticekit/lawfulbasis"
)

// exempt reports whether a kind of cookie fits an exception to the consent
// rule on the day (PECR reg 6, Sch A1 from 5 Feb 2026, docs/law.md §11.4).
// Before Sch A1 only transmission and strictly necessary cookies are read
// as exempt (DERIVED: the reference states the exceptions as inserted on 5
// Feb 2026).
func (c *checker) exempt(k CookieKind) bool {
	switch k {
	case CookieCommunication, CookieStrictlyNecessary:
		return true
	case CookieAnalytics, CookieFunctionality, CookieEmergency:
		return !c.on.Before(lb.DUAAFeb2026.Date())
	}
	return false
}

// cookies applies PECR reg 6 and Sch A1 to the cookies the notice describes.
func (c *checker) cookies() {
	ck := c.n.Cookies
	if ck == nil || !ck.Used {
		return
	}
	needConsent := false
	for k, g := range ck.Groups {
		gp := fmt.Sprintf("/cookies/groups/%d", k)
		if g.Purpose.IsZero() {
			c.emit(CodeCookiePurposeNotStated, c.regimes, gp+"/purpose", nil, "the cookies %q are described without their purpose", g.Name.String())
		}
		if g.Kind == CookieKindUnspecified {
			continue // of no stated kind (a reading set aside): no exception to judge
		}
		if c.exempt(g.Kind) {
			if (g.Kind == CookieAnalytics || g.Kind == CookieFunctionality) && g.Basis != CookieOnConsent && g.Objection.IsZero() {
				c.emit(CodeCookieObjectionMissing, c.regimes, gp+"/objection", []string{gp + "/kind", gp + "/basis"}, "the %s cookies %q rely on the Sch A1 exception, but the notice gives no means to object to them", g.Kind, g.Name.String())
			}
			continue
		}
		needConsent = true
		switch g.Basis {
		case CookieOnConsent:
		case CookieOnLegitimateInterests:
			c.emit(CodeCookieLegitimateInterests, c.regimes, gp+"/basis", []string{gp + "/kind", gp + "/basis"}, "the %s cookies %q are set on legitimate interests, which is not a basis under PECR: they need consent", g.Kind, g.Name.String())
		case CookieOnException:
			// A statement the law contradicts, unlike silence about consent.
			c.emit(CodeCookieExceptionNotAvailable, c.regimes, gp+"/basis", []string{gp + "/kind", gp + "/basis"}, "the notice says the %s cookies %q are set under an exception, but on %s no exception covers them: they need consent", g.Kind, g.Name.String(), c.on)
		default:
			c.emit(CodeCookieWithoutConsent, c.regimes, gp+"/basis", []string{gp + "/kind", gp + "/basis"}, "the %s cookies %q fit no exception, and the notice does not say they are set with consent", g.Kind, g.Name.String())
		}
	}
	if !needConsent {
		return
	}
	// The means of refusal the notice states (a means not stated, or a
	// reading set aside, is none).
	var means, browserPtrs []string
	browserOnly := true
	for k, r := range ck.Refusal {
		switch r.Means {
		case RefusalMeansUnspecified:
		case RefuseBrowserSettings:
			means = append(means, r.Means.String())
			browserPtrs = append(browserPtrs, fmt.Sprintf("/cookies/refusal/%d/means", k))
		default:
			browserOnly = false
		}
	}
	browserOnly = browserOnly && len(means) > 0
	noConsent := ck.Consent == nil || ck.Consent.Mechanism == MechanismNone || ck.Consent.Mechanism == ConsentMechanismUnspecified
	switch {
	case ck.Consent != nil && ck.Consent.Mechanism == MechanismBrowserSettings:
		c.emit(CodeCookieBrowserSettings, c.regimes, "/cookies/consent/mechanism", []string{"/cookies/consent/mechanism"}, "the notice treats browser settings as consent to cookies that need it")
	case noConsent && browserOnly:
		c.emit(CodeCookieBrowserSettings, c.regimes, "/cookies/refusal", c.allInterpreted(browserPtrs), "the only means of refusal the notice gives is the browser's settings; cookies that need consent need it asked for")
	}
	if ck.Consent != nil && ck.Consent.BeforeSetting != nil && !*ck.Consent.BeforeSetting {
		c.emit(CodeCookieSetBeforeConsent, c.regimes, "/cookies/consent/before_setting", []string{"/cookies/consent/before_setting"}, "the notice says cookies that need consent are set before it is given")
	}
}
