// Package render writes a privacy notice as people read it: a layered,
// accessible HTML page (or an embeddable fragment), Markdown for intranets
// and document systems, and plain text for email, all from the notice data,
// so the published page and the checked document are one.
package render
