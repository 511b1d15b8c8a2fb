// Package e2e tests noticekit's rendered notices in a real browser: Debian's
// Chromium driven with chromedp, axe-core for WCAG 2.2 AA, and
// golang.org/x/net/html to parse the pages back. It is a module of its own so
// that the library's go.mod keeps its three dependencies.
//
// Run it with:
//
//	cd e2e && npm ci && go test ./...
package e2e
