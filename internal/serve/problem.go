package serve

import (
	"net/http"
	"strconv"

	"github.com/noticekit/noticekit/internal/report"
)

// ProblemBase is the prefix of every problem type URI; the part after it
// is the stable code of the error, listed in [ProblemTypes].
const ProblemBase = "https://noticekit.github.io/problems/"

// Problem is an error response, application/problem+json (RFC 9457). Type
// is stable per kind of error; Problems carries the located problems of a
// document exactly as the command reports them.
type Problem struct {
	Type     string           `json:"type"`
	Title    string           `json:"title"`
	Status   int              `json:"status"`
	Detail   string           `json:"detail,omitempty"`
	Instance string           `json:"instance,omitempty"` // urn:noticekit:request:<request id>
	Param    string           `json:"parameter,omitempty"`
	Problems []report.Problem `json:"problems,omitempty"`
	// Result is the check result for check-failed: the same value a 200
	// would carry, so the findings that failed the check are at hand.
	Result *report.Check `json:"result,omitempty"`
}

// problemType is one kind of error: its code (the end of its type URI),
// its HTTP status and its title.
type problemType struct {
	code   string
	status int
	title  string
}

// The kinds of error the service answers with. Their codes are a contract:
// they never change meaning.
var (
	ptMalformed     = problemType{"malformed-request", http.StatusBadRequest, "The request is malformed"}
	ptUnauthorized  = problemType{"unauthorized", http.StatusUnauthorized, "A valid bearer token is required"}
	ptNotFound      = problemType{"not-found", http.StatusNotFound, "No such resource"}
	ptNoSchedule    = problemType{"unknown-schedule", http.StatusNotFound, "No schedule with this id is loaded"}
	ptNoNotice      = problemType{"unknown-notice", http.StatusNotFound, "No notice with this id is loaded"}
	ptMethod        = problemType{"method-not-allowed", http.StatusMethodNotAllowed, "Method not allowed"}
	ptTimeout       = problemType{"request-timeout", http.StatusRequestTimeout, "The request body came too slowly"}
	ptTooLarge      = problemType{"body-too-large", http.StatusRequestEntityTooLarge, "The request body is over the limit"}
	ptMediaType     = problemType{"unsupported-media-type", http.StatusUnsupportedMediaType, "Unsupported content type"}
	ptInvalid       = problemType{"invalid-document", http.StatusUnprocessableEntity, "The document is not valid"}
	ptCheckFailed   = problemType{"check-failed", http.StatusUnprocessableEntity, "A finding is at or above fail_on"}
	ptTooMany       = problemType{"too-many-requests", http.StatusTooManyRequests, "Too many requests in flight"}
	ptNotReady      = problemType{"not-ready", http.StatusServiceUnavailable, "The service is not ready"}
	ptShuttingDown  = problemType{"shutting-down", http.StatusServiceUnavailable, "The service is shutting down"}
	ptInternal      = problemType{"internal", http.StatusInternalServerError, "Internal error"}
	ptNotAcceptable = problemType{"not-acceptable", http.StatusNotAcceptable, "No acceptable representation"}
)

// ProblemTypes lists the code, status and title of every problem type the
// service answers with, for documentation and tests.
func ProblemTypes() [][3]string {
	var out [][3]string
	for _, p := range []problemType{ptMalformed, ptUnauthorized, ptNotFound, ptNoSchedule, ptNoNotice,
		ptMethod, ptNotAcceptable, ptTimeout, ptTooLarge, ptMediaType, ptInvalid, ptCheckFailed, ptTooMany,
		ptNotReady, ptShuttingDown, ptInternal} {
		out = append(out, [3]string{p.code, strconv.Itoa(p.status), p.title})
	}
	return out
}

// newProblem makes the problem of type pt for request r.
func newProblem(r *http.Request, pt problemType, detail string) *Problem {
	p := &Problem{Type: ProblemBase + pt.code, Title: pt.title, Status: pt.status, Detail: detail}
	if id := requestIDOf(r); id != "" {
		p.Instance = "urn:noticekit:request:" + id
	}
	return p
}

// writeProblem writes p as application/problem+json.
func writeProblem(w http.ResponseWriter, p *Problem) {
	h := w.Header()
	h.Set("Content-Type", "application/problem+json")
	h.Del("Content-Length")
	w.WriteHeader(p.Status)
	_ = report.Encode(w, p) // a client gone away is not an error of ours
}

// fail writes a problem of type pt with detail.
func fail(w http.ResponseWriter, r *http.Request, pt problemType, detail string) {
	writeProblem(w, newProblem(r, pt, detail))
}
