package examples

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"strings"
	"time"

	"golang.org/x/text/language"
)

// The published texts: source/<id>.txt is the notice as it was copied from
// the publisher's web page, byte for byte, and source/<id>.about.json says
// who published it, where and when.
//
//go:embed source/*.txt source/*.about.json
var sources embed.FS

// Source is the published text an example notice was encoded from, with
// what is known of its publication. It is the evidence for the example:
// every human-text value of the example occurs in Text (the examples tests
// check this).
type Source struct {
	// ID is the example notice's id.
	ID string
	// Publisher is the body that published the notice.
	Publisher string
	// PublisherEvidence are words of Text that identify the publisher.
	PublisherEvidence []string
	// URL is the web address the text gives for itself, as the text writes
	// it; "" when the text does not give one. URLNote says which it is.
	URL     string
	URLNote string
	// Taken is the day the text was taken from the web, "YYYY-MM-DD"; ""
	// when that was not recorded. TakenNote says which it is.
	Taken     string
	TakenNote string
	// HeldSince is the day since which noticekit has held this text
	// unchanged, "YYYY-MM-DD".
	HeldSince string
	// Language is the BCP 47 tag of the text's language.
	Language string
	// Text is the published text, exactly as copied (UTF-8, list bullets,
	// non-breaking spaces and typographic quotes as on the page).
	Text string
	// SHA256 is the hex SHA-256 of Text; Source checks it, so an edit to the
	// evidence is an error rather than a silent change.
	SHA256 string
}

// about is the on-disk form of a source's sidecar, source/<id>.about.json.
type about struct {
	Example           string   `json:"example"`
	Publisher         string   `json:"publisher"`
	PublisherEvidence []string `json:"publisher_evidence"`
	URL               string   `json:"url"`
	URLNote           string   `json:"url_note"`
	Taken             string   `json:"taken"`
	TakenNote         string   `json:"taken_note"`
	HeldSince         string   `json:"held_since"`
	Language          string   `json:"language"`
	SHA256            string   `json:"sha256"`
}

// SourceOf returns the published text the example notice id was encoded
// from. It reports an error if there is none, if the sidecar is malformed,
// or if the text no longer has the recorded SHA-256.
func SourceOf(id string) (Source, error) {
	if _, err := Notice(id); err != nil {
		return Source{}, err
	}
	base := path.Join("source", id)
	meta, err := sources.ReadFile(base + ".about.json")
	if err != nil {
		return Source{}, fmt.Errorf("examples: no published text for %q: %v", id, err)
	}
	text, err := sources.ReadFile(base + ".txt")
	if err != nil {
		return Source{}, fmt.Errorf("examples: no published text for %q: %v", id, err)
	}
	var a about
	dec := json.NewDecoder(bytes.NewReader(meta))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&a); err != nil {
		return Source{}, fmt.Errorf("examples: %s.about.json: %v", base, err)
	}
	s := Source{
		ID: id, Publisher: a.Publisher, PublisherEvidence: a.PublisherEvidence,
		URL: a.URL, URLNote: a.URLNote, Taken: a.Taken, TakenNote: a.TakenNote,
		HeldSince: a.HeldSince, Language: a.Language, Text: string(text), SHA256: a.SHA256,
	}
	if err := s.check(a.Example); err != nil {
		return Source{}, fmt.Errorf("examples: %s.about.json: %v", base, err)
	}
	return s, nil
}

// check reports the first way s fails to be evidence for example id.
func (s Source) check(example string) error {
	sum := sha256.Sum256([]byte(s.Text))
	var errs []error
	if example != s.ID {
		errs = append(errs, fmt.Errorf("example: got %q, want %q", example, s.ID))
	}
	if got := hex.EncodeToString(sum[:]); got != s.SHA256 {
		errs = append(errs, fmt.Errorf("sha256: the text has %s, the sidecar records %q", got, s.SHA256))
	}
	if s.Publisher == "" || len(s.PublisherEvidence) == 0 {
		errs = append(errs, errors.New("publisher and publisher_evidence: want both"))
	}
	for _, e := range s.PublisherEvidence {
		if !strings.Contains(s.Text, e) {
			errs = append(errs, fmt.Errorf("publisher_evidence %q: not in the text", e))
		}
	}
	if s.URL != "" && !strings.Contains(s.Text, s.URL) {
		errs = append(errs, fmt.Errorf("url %q: not in the text; a URL the text does not give is \"\"", s.URL))
	}
	if s.URLNote == "" {
		errs = append(errs, errors.New("url_note: want where the url comes from, or that the text gives none"))
	}
	held, err := time.Parse(time.DateOnly, s.HeldSince)
	if err != nil {
		errs = append(errs, fmt.Errorf("held_since: want YYYY-MM-DD: %v", err))
	}
	switch {
	case s.Taken == "" && s.TakenNote == "":
		errs = append(errs, errors.New("taken_note: want why taken is not recorded"))
	case s.Taken != "":
		taken, err := time.Parse(time.DateOnly, s.Taken)
		if err != nil {
			errs = append(errs, fmt.Errorf("taken: want YYYY-MM-DD: %v", err))
		} else if taken.After(held) {
			errs = append(errs, fmt.Errorf("taken %s: after held_since %s", s.Taken, s.HeldSince))
		}
	}
	if _, err := language.Parse(s.Language); err != nil {
		errs = append(errs, fmt.Errorf("language %q: want a BCP 47 tag: %v", s.Language, err))
	}
	return errors.Join(errs...)
}
