package notice

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Text is human text as a notice publishes it: either a plain string in the
// notice's default language, or translations keyed by BCP 47 language tags
// ({"en": "…", "cy": "…"}). The zero Text means "not given".
//
// Text keeps the form it was read in, so a notice round-trips exactly: a
// plain string marshals back to a string, translations back to an object
// with its tags in canonical form and sorted order.
type Text struct {
	plain string
	tr    []Translation // sorted by tag string; nil when plain
}

// Translation is one language's version of a Text.
type Translation struct {
	Tag  language.Tag
	Text string
}

// Plain returns a Text holding s in the notice's default language.
func Plain(s string) Text { return Text{plain: s} }

// Translations returns a Text with one entry per language tag. Tags are
// parsed with golang.org/x/text/language; a malformed or duplicate tag (after
// canonicalisation, so "EN" and "en" collide) is an error, as is empty text.
func Translations(m map[string]string) (Text, error) {
	if len(m) == 0 {
		return Text{}, errors.New("translations: want at least one language")
	}
	tr := make([]Translation, 0, len(m))
	for k, v := range m {
		tag, err := language.Parse(k)
		if err != nil {
			return Text{}, fmt.Errorf("translations: language tag %q: %v", k, err)
		}
		if v == "" {
			return Text{}, fmt.Errorf("translations: %q: text is empty", k)
		}
		tr = append(tr, Translation{Tag: tag, Text: v})
	}
	slices.SortFunc(tr, func(a, b Translation) int { return strings.Compare(a.Tag.String(), b.Tag.String()) })
	for i := 1; i < len(tr); i++ {
		if tr[i].Tag == tr[i-1].Tag {
			return Text{}, fmt.Errorf("translations: language %q given twice", tr[i].Tag)
		}
	}
	return Text{tr: tr}, nil
}

// IsZero reports whether t is empty (not given).
func (t Text) IsZero() bool { return t.plain == "" && len(t.tr) == 0 }

// IsPlain reports whether t is a plain string in the default language.
func (t Text) IsPlain() bool { return t.plain != "" }

// Translations returns t's translations (nil for a plain Text). The slice is
// a copy.
func (t Text) Translations() []Translation { return slices.Clone(t.tr) }

// String returns the plain text, or for translations the English one if
// there is one, else the first by tag. Use Best to choose for a reader.
func (t Text) String() string {
	if t.plain != "" || len(t.tr) == 0 {
		return t.plain
	}
	s, _ := t.Best(language.English, language.English)
	return s
}

// Best returns the translation that best suits a reader who prefers the
// given languages, in order, using x/text's language Matcher, and the tag
// chosen. def is the notice's default language, the language of a plain
// Text. With no preferences, or no acceptable match, the first translation
// in the matcher's order (the default language if present) is returned.
func (t Text) Best(def language.Tag, prefs ...language.Tag) (string, language.Tag) {
	if t.plain != "" {
		return t.plain, def
	}
	if len(t.tr) == 0 {
		return "", language.Und
	}
	tags := make([]language.Tag, 0, len(t.tr))
	// Put the default language first: the matcher falls back to the first tag.
	first := 0
	for i, tr := range t.tr {
		if tr.Tag == def {
			first = i
		}
	}
	tags = append(tags, t.tr[first].Tag)
	for i, tr := range t.tr {
		if i != first {
			tags = append(tags, tr.Tag)
		}
	}
	_, idx, _ := language.NewMatcher(tags).Match(prefs...)
	for _, tr := range t.tr {
		if tr.Tag == tags[idx] {
			return tr.Text, tr.Tag
		}
	}
	return t.tr[first].Text, t.tr[first].Tag
}

// MarshalJSON writes a plain Text as a JSON string and translations as an
// object keyed by canonical tags, in sorted order, without HTML escaping.
func (t Text) MarshalJSON() ([]byte, error) {
	if t.plain != "" || len(t.tr) == 0 {
		return marshalString(t.plain)
	}
	var b bytes.Buffer
	b.WriteByte('{')
	for i, tr := range t.tr {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := marshalString(tr.Tag.String())
		v, _ := marshalString(tr.Text)
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// UnmarshalJSON reads a string or an object of language tags to strings.
func (t *Text) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	if len(data) > 0 && data[0] == '"' {
		s, ok := plainString(data)
		if !ok {
			if err := json.Unmarshal(data, &s); err != nil {
				return err
			}
		}
		if s == "" {
			return errors.New("text: want a non-empty string")
		}
		*t = Plain(s)
		return nil
	}
	if len(data) == 0 || data[0] != '{' {
		return errors.New("text: want a string or an object of language tags to strings")
	}
	var m map[string]string
	if err := json.Unmarshal(data, &m); err != nil {
		return fmt.Errorf("text: want an object of language tags to strings: %v", err)
	}
	v, err := Translations(m)
	if err != nil {
		return fmt.Errorf("text: %v", err)
	}
	*t = v
	return nil
}

// plainString returns the content of a JSON string literal that needs no
// unescaping (no backslash, no control character, valid UTF-8): most text
// in a notice. Anything else is left to encoding/json.
func plainString(data []byte) (string, bool) {
	if len(data) < 2 || data[len(data)-1] != '"' {
		return "", false
	}
	body := data[1 : len(data)-1]
	for _, c := range body {
		if c == '\\' || c == '"' || c < 0x20 {
			return "", false
		}
	}
	if !utf8.Valid(body) {
		return "", false
	}
	return string(body), true
}

func marshalString(s string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

// Equal reports whether t and u hold the same text in the same form.
func (t Text) Equal(u Text) bool { return t.plain == u.plain && slices.Equal(t.tr, u.tr) }
