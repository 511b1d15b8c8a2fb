package serve

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/internal/report"
	"github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/rights"
)

// writeJSON writes v with status 200 in the command's --json form.
func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = report.Encode(w, v)
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, map[string]string{"status": "ok"})
}

func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	switch {
	case s.draining.Load():
		fail(w, r, ptShuttingDown, "the service is finishing the requests in flight before it stops")
	case !s.ready.Load():
		fail(w, r, ptNotReady, "the schedules, notices and schemas are not loaded yet")
	default:
		st := s.store.Load()
		writeJSON(w, map[string]any{"status": "ready", "schedules": len(st.schedules), "notices": len(st.notices)})
	}
}

// bodyName is the file name the results give a request body: the name the
// command gives standard input.
const bodyName = "-"

// query reads r's query string, allowing only the named parameters, each
// at most once. On a problem it has written a 400 and returns false.
func query(w http.ResponseWriter, r *http.Request, allowed ...string) (url.Values, bool) {
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		fail(w, r, ptMalformed, "query string: "+err.Error())
		return nil, false
	}
	for k, vs := range q {
		if !slices.Contains(allowed, k) {
			p := newProblem(r, ptMalformed, fmt.Sprintf("unknown parameter %q: want %s", k, strings.Join(allowed, ", ")))
			p.Param = k
			writeProblem(w, p)
			return nil, false
		}
		if len(vs) > 1 {
			p := newProblem(r, ptMalformed, fmt.Sprintf("parameter %q is given %d times: give it once", k, len(vs)))
			p.Param = k
			writeProblem(w, p)
			return nil, false
		}
	}
	return q, true
}

// badParam writes a 400 naming the parameter.
func badParam(w http.ResponseWriter, r *http.Request, param, detail string) {
	p := newProblem(r, ptMalformed, detail)
	p.Param = param
	writeProblem(w, p)
}

// badRequest writes a 400 for an error of rights.For or rights.Deadline:
// the problems' messages joined by "; ", naming the parameter when there
// is one problem.
func badRequest(w http.ResponseWriter, r *http.Request, err error) {
	var re *rights.RequestError
	if !errors.As(err, &re) {
		badParam(w, r, "", err.Error())
		return
	}
	var lines []string
	for _, p := range re.Problems {
		lines = append(lines, p.Message)
	}
	param := ""
	if len(re.Problems) == 1 {
		param = re.Problems[0].Field
	}
	badParam(w, r, param, strings.Join(lines, "; "))
}

// dateParam reads the date parameter name into *d (left as it is when the
// parameter is absent). On a problem it has written a 400.
func dateParam(w http.ResponseWriter, r *http.Request, q url.Values, name string, d *civil.Date) bool {
	v, ok := q[name]
	if !ok {
		return true
	}
	got, err := civil.Parse(v[0])
	if err != nil {
		badParam(w, r, name, fmt.Sprintf("%s: want a date YYYY-MM-DD: %v", name, err))
		return false
	}
	*d = got
	return true
}

// queryOn reads r's query like [query], with the date parameter dateName
// (default today) among the allowed ones.
func (s *Server) queryOn(w http.ResponseWriter, r *http.Request, dateName string, allowed ...string) (url.Values, civil.Date, bool) {
	q, ok := query(w, r, append([]string{dateName}, allowed...)...)
	if !ok {
		return nil, civil.Date{}, false
	}
	d := s.cfg.Today()
	if !dateParam(w, r, q, dateName, &d) {
		return nil, civil.Date{}, false
	}
	return q, d, true
}

// boolParam reads the parameter name, true or false, into *b (left false
// when absent). On a problem it has written a 400.
func boolParam(w http.ResponseWriter, r *http.Request, q url.Values, name string, b *bool) bool {
	switch v := q.Get(name); v {
	case "", "false":
		*b = false
	case "true":
		*b = true
	default:
		badParam(w, r, name, fmt.Sprintf("%s: %q: want true or false", name, v))
		return false
	}
	return true
}

// readDocument reads a document body: Content-Type application/json and at
// most MaxBody bytes, refused (413) as soon as it is known to be over,
// without reading the rest.
func (s *Server) readDocument(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	if !mediaType(w, r, "application/json") {
		return nil, false
	}
	limit := s.cfg.MaxBody
	if r.ContentLength > limit {
		fail(w, r, ptTooLarge, fmt.Sprintf("the body is %d bytes, over the limit of %d bytes for a document", r.ContentLength, limit))
		return nil, false
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		fail(w, r, ptTooLarge, fmt.Sprintf("the body is over the limit of %d bytes for a document", limit))
		return nil, false
	case isTimeout(err):
		fail(w, r, ptTimeout, "the body was not received within the read timeout")
		return nil, false
	case err != nil:
		fail(w, r, ptMalformed, "reading the body: "+err.Error())
		return nil, false
	}
	return data, true
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// mediaType checks that r's Content-Type is one of want (parameters such
// as charset=utf-8 allowed); otherwise it writes a 415.
func mediaType(w http.ResponseWriter, r *http.Request, want ...string) bool {
	ct := r.Header.Get("Content-Type")
	mt, params, err := mime.ParseMediaType(ct)
	if err == nil && slices.Contains(want, mt) {
		if cs, ok := params["charset"]; !ok || strings.EqualFold(cs, "utf-8") {
			return true
		}
	}
	w.Header().Set("Accept-Post", strings.Join(want, ", "))
	fail(w, r, ptMediaType, fmt.Sprintf("Content-Type %q: want %s (UTF-8)", ct, strings.Join(want, " or ")))
	return false
}

func (s *Server) validate(w http.ResponseWriter, r *http.Request) {
	if _, ok := query(w, r); !ok {
		return
	}
	data, ok := s.readDocument(w, r)
	if !ok {
		return
	}
	v := report.Validate(bodyName, data)
	if !v.Valid {
		p := newProblem(r, ptInvalid, fmt.Sprintf("the %s has %d problem(s)", v.Kind, len(v.Problems)))
		p.Problems = v.Problems
		writeProblem(w, p)
		return
	}
	writeJSON(w, v)
}

func (s *Server) check(w http.ResponseWriter, r *http.Request) {
	q, on, ok := s.queryOn(w, r, "on", "fail_on")
	if !ok {
		return
	}
	threshold := notice.Severity(255) // none: no finding fails the check
	if v := q.Get("fail_on"); v != "" && v != "none" {
		sev, err := notice.ParseSeverity(v)
		if err != nil {
			badParam(w, r, "fail_on", fmt.Sprintf("fail_on: %v, or none", err))
			return
		}
		threshold = sev
	}
	data, ok := s.readDocument(w, r)
	if !ok {
		return
	}
	st := s.store.Load()
	res := report.CheckNotice(bodyName, data, on, st.checkOptions())
	if !res.Valid {
		p := newProblem(r, ptInvalid, fmt.Sprintf("the notice has %d problem(s)", len(res.Problems)))
		p.Problems = res.Problems
		writeProblem(w, p)
		return
	}
	for _, f := range res.Findings {
		if f.Severity >= threshold {
			p := newProblem(r, ptCheckFailed, fmt.Sprintf("finding %s is %s, at or above fail_on=%s", f.Code, f.Severity, q.Get("fail_on")))
			p.Result = &res
			writeProblem(w, p)
			return
		}
	}
	writeJSON(w, res)
}

func (s *Server) rights(w http.ResponseWriter, r *http.Request) {
	q, on, ok := s.queryOn(w, r, "on", "regime", "basis")
	if !ok {
		return
	}
	regime := lawfulbasis.UKGDPR
	if v, ok := q["regime"]; ok {
		var err error
		if regime, err = lawfulbasis.ParseRegime(v[0]); err != nil {
			badParam(w, r, "regime", fmt.Sprintf("regime: %v", err))
			return
		}
	}
	want := func() string {
		return fmt.Sprintf("want one of %s under %s on %s", codeList(rights.Bases(regime, on)), regime, on)
	}
	code := q.Get("basis")
	if code == "" {
		badParam(w, r, "basis", "basis is required: "+want())
		return
	}
	basis, err := lawfulbasis.ParseBasis(code)
	if err != nil {
		badParam(w, r, "basis", fmt.Sprintf("basis: unknown basis %q: %s", code, want()))
		return
	}
	entries, err := rights.For(regime, basis, on)
	if err != nil {
		badRequest(w, r, err)
		return
	}
	writeJSON(w, report.Rights{Regime: regime, Basis: basis, On: on, Rights: entries})
}

func (s *Server) deadline(w http.ResponseWriter, r *http.Request) {
	q, ok := query(w, r, "received", "regime", "right", "id_received", "fee_paid",
		"clarification_asked", "clarification_received", "extended", "nation")
	if !ok {
		return
	}
	req := rights.Request{Regime: lawfulbasis.UKGDPR, Right: rights.Access, Nation: civil.EnglandAndWales}
	for name, d := range map[string]*civil.Date{"received": &req.Received, "id_received": &req.IDReceived, "fee_paid": &req.FeePaid,
		"clarification_asked": &req.ClarificationAsked, "clarification_received": &req.ClarificationReceived} {
		if !dateParam(w, r, q, name, d) {
			return
		}
	}
	var err error
	if v, ok := q["regime"]; ok {
		if req.Regime, err = lawfulbasis.ParseRegime(v[0]); err != nil {
			badParam(w, r, "regime", fmt.Sprintf("regime: %v", err))
			return
		}
	}
	if v, ok := q["right"]; ok {
		if req.Right, err = rights.ParseRight(v[0]); err != nil {
			badParam(w, r, "right", fmt.Sprintf("right: %v", err))
			return
		}
	}
	if v, ok := q["nation"]; ok {
		if req.Nation, err = civil.ParseNation(v[0]); err != nil {
			badParam(w, r, "nation", fmt.Sprintf("nation: %v", err))
			return
		}
	}
	if !boolParam(w, r, q, "extended", &req.Extended) {
		return
	}
	resp, err := rights.Deadline(req)
	if err != nil {
		badRequest(w, r, err)
		return
	}
	writeJSON(w, resp)
}

func (s *Server) schedules(w http.ResponseWriter, r *http.Request) {
	if _, ok := query(w, r); !ok {
		return
	}
	writeJSON(w, s.store.Load().scheduleInfos)
}

// scheduleDoc is GET /v1/schedules/{id}: the schedule's description and
// the document itself, as loaded.
type scheduleDoc struct {
	ScheduleInfo
	Document rawJSON `json:"document"`
}

// rawJSON is a document embedded as it is (it was validated when loaded).
type rawJSON []byte

func (j rawJSON) MarshalJSON() ([]byte, error) { return j, nil }

func (s *Server) schedule(w http.ResponseWriter, r *http.Request) {
	if _, ok := query(w, r); !ok {
		return
	}
	l := s.loadedSchedule(w, r)
	if l == nil {
		return
	}
	w.Header().Set("ETag", `"`+l.info.SHA256+`"`)
	writeJSON(w, scheduleDoc{ScheduleInfo: l.info, Document: l.data})
}

// loadedSchedule returns the schedule named by the path, or writes a 404.
func (s *Server) loadedSchedule(w http.ResponseWriter, r *http.Request) *loadedSchedule {
	id := r.PathValue("id")
	l := s.store.Load().schedule(id)
	if l == nil {
		fail(w, r, ptNoSchedule, fmt.Sprintf("no schedule %q is loaded: see GET /v1/schedules", id))
	}
	return l
}

func (s *Server) notices(w http.ResponseWriter, r *http.Request) {
	if _, ok := query(w, r); !ok {
		return
	}
	writeJSON(w, s.store.Load().noticeInfos)
}

func (s *Server) notice(w http.ResponseWriter, r *http.Request) {
	q, ok := query(w, r, "fragment")
	if !ok {
		return
	}
	var fragment bool
	if !boolParam(w, r, q, "fragment", &fragment) {
		return
	}
	id := r.PathValue("id")
	l := s.store.Load().notice(id)
	if l == nil {
		fail(w, r, ptNoNotice, fmt.Sprintf("no notice %q is loaded: see GET /v1/notices", id))
		return
	}
	w.Header().Set("Vary", "Accept")
	w.Header().Set("ETag", `"`+l.info.SHA256+`"`)
	switch negotiate(r.Header.Get("Accept"), offers) {
	case "application/json":
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(l.data)
	case "text/html":
		s.noticeHTML(w, r, l, fragment)
	default:
		fail(w, r, ptNotAcceptable, fmt.Sprintf("Accept %q: this resource is available as %s", r.Header.Get("Accept"), strings.Join(offers, " or ")))
	}
}

// codeList joins the codes of vs with ", ".
func codeList[T fmt.Stringer](vs []T) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = v.String()
	}
	return strings.Join(s, ", ")
}
