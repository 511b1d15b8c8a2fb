package examples

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
)

// TestSources checks every example has its published text and that the
// sidecar's facts are evidence: publisher words and any URL occur in the
// text, dates parse, and the text has the recorded SHA-256.
func TestSources(t *testing.T) {
	for _, e := range All() {
		s, err := SourceOf(e.ID)
		if err != nil {
			t.Errorf("%s: %v", e.ID, err)
			continue
		}
		if len(s.Text) < 1000 {
			t.Errorf("%s: published text is %d bytes; want the whole notice", e.ID, len(s.Text))
		}
	}
	entries, err := sources.ReadDir("source")
	if err != nil {
		t.Fatal(err)
	}
	if want := 2 * len(All()); len(entries) != want {
		t.Errorf("source/ holds %d files, want %d (a .txt and an .about.json per example)", len(entries), want)
	}
	if _, err := SourceOf("no-such-notice"); err == nil || !strings.Contains(err.Error(), "want one of") {
		t.Errorf("SourceOf(no-such-notice): got %v, want an error listing the ids", err)
	}
}

// TestSourceCheck shows each fact of a sidecar is checked: each case breaks
// one and must be reported with the field's name.
func TestSourceCheck(t *testing.T) {
	good, err := SourceOf("maidstone-parking-bwv")
	if err != nil {
		t.Fatal(err)
	}
	if err := good.check(good.ID); err != nil {
		t.Fatalf("the good source: %v", err)
	}
	edited := good
	edited.Text = strings.Replace(good.Text, "60 days", "90 days", 1)
	sum := sha256.Sum256([]byte(edited.Text))
	resummed := edited
	resummed.SHA256 = hex.EncodeToString(sum[:])
	tests := []struct {
		name string
		edit func(s *Source)
		want string
	}{
		{"text edited", func(s *Source) { *s = edited }, "sha256"},
		{"wrong example", func(s *Source) { s.ID = "stockport-inclusion" }, "example"},
		{"no publisher", func(s *Source) { s.Publisher = "" }, "publisher"},
		{"evidence not in text", func(s *Source) { s.PublisherEvidence = []string{"Kent County Council"} }, "publisher_evidence"},
		{"invented url", func(s *Source) { s.URL = "https://www.maidstone.gov.uk/privacy" }, "url"},
		{"no url note", func(s *Source) { s.URLNote = "" }, "url_note"},
		{"bad held_since", func(s *Source) { s.HeldSince = "22/11/2026" }, "held_since"},
		{"taken unexplained", func(s *Source) { s.TakenNote = "" }, "taken_note"},
		{"taken after held", func(s *Source) { s.Taken = "2026-11-23" }, "taken 2026-11-23: after held_since"},
		{"bad taken", func(s *Source) { s.Taken = "yesterday" }, "taken: want YYYY-MM-DD"},
		{"bad language", func(s *Source) { s.Language = "english!" }, "language"},
	}
	for _, tt := range tests {
		s := good
		tt.edit(&s)
		err := s.check("maidstone-parking-bwv")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want an error about %s", tt.name, err, tt.want)
		}
	}
	// A text edited and re-summed is still evidence only if its words are:
	// the check passes, which is why the sum is recorded in the sidecar
	// and reviewed with it.
	if err := resummed.check(resummed.ID); err != nil {
		t.Errorf("an edited text with its own sum: %v", err)
	}
}
