// Package render writes a privacy notice as people read it: a layered,
// accessible HTML page (or an embeddable fragment), Markdown for intranets
// and document systems, and plain text for email, all from the notice data,
// so that the page people read and the document systems check are one.
//
// # Formats
//
// [HTML], [Markdown] and [Text] take a [notice.Notice] and [Options]. All
// three are written from one page tree, so they have the same sections in
// the same order:
//
//  1. In brief (the first layer, as the ICO's layered-notice guidance
//     recommends): who we are, the services covered, the information used,
//     why, on what lawful basis, your rights, how to complain, contacts;
//  2. Services in detail: one section per activity, its full detail (purposes
//     and their bases, conditions, data, sources, recipients, transfers and
//     safeguards, retention with the linked schedule's periods, automated
//     decisions, whether you must provide the data) inside <details>;
//  3. rights with how to exercise them, complaints, the Data Protection
//     Officer, contact details, cookies, the notice's other statements,
//     related documents, and changes to the notice.
//
// A section the notice says nothing about is left out. Where a retention
// statement links to a retention schedule (notice.RuleRef) and
// [Options.Schedules] holds that schedule, the rule's title, period, anchor
// fact, action and source are shown beside the notice's words.
//
// # Every statement from the data
//
// The renderer writes no legal sentence of its own: only section headings
// and field labels. Everything else is the notice's words, a name or address
// from the notice, or the label of a code (with its citation). Where the
// notice types a value and also gives its words, both are shown: the label,
// then "In the notice's words". The tests walk every decoded example by
// reflection and fail if any non-empty value is missing from the page.
//
// # Labels
//
// Codes are never shown raw. [LabelOf] gives the English label and citation
// of any code of the model from one table: regimes, bases and conditions
// come from the lawfulbasis tables (their names and citations exist once,
// there); rights, restriction grounds, data kinds, special categories,
// sharing, transfers and safeguards, retention kinds, requirements, roles,
// claims, retention actions and decision outcomes from this package's table.
//
// # Welsh
//
// [Options.Languages] takes the reader's preference as an Accept-Language
// value ("cy, en;q=0.8") or a tag. It is matched with
// golang.org/x/text/language against English and Welsh, limited to the
// languages the notice actually has text in: a notice with no Welsh text
// gives an English page whatever the preference. On a Welsh page:
//
//   - the notice's own "cy" text is used (notice.Text translations, chosen by
//     the matcher); text the notice has only in English is marked lang="en";
//   - a heading or label is Welsh only where a published Welsh version exists:
//     the six rights' headings of the ICO's Welsh "Your data protection
//     rights" page, and four headings of the ICO's Welsh privacy notice for
//     its subject access request service ("Purpose and lawful basis for
//     processing", "What we need", "How long we keep it", "What are your
//     rights?"). [Label.WelshSource] names the page. Every other label is
//     shown in English, marked lang="en". Nothing is machine-translated.
//   - dates, periods and citations stay in English, marked lang="en".
//
// None of the five example notices (two English councils, a police force
// and a police and crime commissioner, all in England) is published in
// Welsh, so none has Welsh text; the Welsh tests use a fixture quoted from
// the ICO's own bilingual privacy notice (testdata/ico-sar-service.json and
// its README).
//
// # Safe output
//
// HTML is written with html/template, so the notice's text is always text.
// A link is made only for an absolute http, https, mailto or tel address;
// anything else (javascript:, data:, or an address without a scheme such as
// "www.stockport.gov.uk") is shown as text. Notice text holding bidirectional
// controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) or other
// control characters except tab and newline is refused with an error naming
// its JSON pointer: such characters can make a page show text in an order
// other than the stored one. Markdown escapes every character that could
// start markup.
//
// The page embeds the notice as canonical JSON in <script
// type="application/json" id="noticekit-data">, with <, > and & written as
// \u escapes so the data cannot end the element; JSON.parse gives back the
// notice exactly. With several fragments on one page, the id repeats.
//
// # Accessibility
//
// UK public bodies' websites must meet WCAG 2.2 AA (the Public Sector Bodies
// (Websites and Mobile Applications) Accessibility Regulations 2018). The
// page has headings in order (h1 title, h2 sections, h3 services, h4 their
// parts), a main landmark, a lang attribute on the page and on every string
// in another language, link text that names its target, text colours of at
// least 7:1 contrast on white (AA asks 4.5:1), underlined links, no
// information by colour alone, no JavaScript, and relative widths that
// reflow at 320 CSS pixels and at 200 % zoom. The print style opens every
// layer and prints link addresses. The e2e module checks each example in
// Chromium with axe-core at 1280 and 320 pixels, in English and in Welsh,
// and each fragment inside a host page.
package render
