// Package serve is noticekit serve: the command's answers over HTTP for
// systems that are not written in Go, on the standard library only.
//
// # Routes
//
// [Routes] lists them and openapi.json (served at GET /openapi.json, see
// [OpenAPI]) describes them. JSON bodies are exactly the command's --json
// output, built by the same functions (package internal/report):
//
//	GET  /healthz                       liveness
//	GET  /readyz                        schedules, notices and schemas loaded
//	POST /v1/validate                   noticekit validate --json -
//	POST /v1/check?on=&fail_on=         noticekit check --json -
//	GET  /v1/rights?regime=&basis=&on=  noticekit rights --json
//	GET  /v1/deadline?received=&…       noticekit deadline --json
//	GET  /v1/schedules[/{id}]           the loaded schedules ([ScheduleInfo])
//	POST /v1/schedules/{id}/decide      noticekit retention decide --json, streamed
//	GET  /v1/notices[/{id}]             the loaded notices ([NoticeInfo]), JSON or HTML
//
// Query parameters are the command's flags in snake_case; an unknown or
// repeated parameter is an error, never ignored. A check resolves rule
// references against the loaded schedules and a parent notice named by id
// among the loaded notices.
//
// # Decide
//
// POST /v1/schedules/{id}/decide reads records as JSON Lines
// (application/x-ndjson) or CSV (text/csv) with package sweep and writes
// the decisions back as JSON Lines, batch by batch, while the body is
// still being read: byte for byte the command's lines, one per record
// line, a malformed line a cannot-evaluate decision naming it. The last
// line is {"manifest": …}, the run's disposal log with the count of each
// outcome, and "error" beside it when the stream was cut (a stalled client,
// shutdown) before the end of the body. ?name= names the input in details
// and the manifest; ?absent_means_not_happened=true is the command's flag.
//
// # Notices as pages
//
// A client that prefers text/html gets the page package render writes, in
// the language of its Accept-Language, or with ?fragment=true the
// embeddable <article>.
//
// # Errors
//
// Every error is application/problem+json (RFC 9457), a [Problem] whose
// type is [ProblemBase] followed by a stable code ([ProblemTypes]); an
// invalid document carries the located problems the command reports.
//
// # Hardening
//
// [Server] guards every /v1/ route with, in order: the bearer token
// (compared in constant time after hashing), readiness (503 until
// [Server.Load] and after shutdown begins) and a cap on requests in flight
// (429). Documents are bounded by [Config].MaxBody (413 without reading the
// rest); record streams have no total limit, only a per-line one, and are
// read and written with rolling deadlines instead of the server's whole
// request timeouts. [Run] refuses a non-loopback address without a token
// ([CheckAddr]), sets read-header, read, write and idle timeouts, and on
// SIGINT or SIGTERM stops accepting and lets in-flight requests finish for
// up to a grace period. One access-log record per request goes to
// [Config].Logger: method, route pattern, status, bytes, duration and
// request id, never a body, a query or a header. Every response carries
// X-Content-Type-Options: nosniff and a Content-Security-Policy that lets
// nothing load or run; a rendered notice page's policy allows only its own
// styles, each by its SHA-256.
package serve
