package serve

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// documented finds in openapi.json the schema of the response that a
// method on a route pattern's path gives with a status and content type,
// following a response $ref, and compiles it. ok is false when openapi.json
// documents no such response.
func documented(t *testing.T, path, method string, status int, ctype string) (sch *jsonschema.Schema, ok bool) {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	esc := func(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1") }
	op, _ := doc["paths"].(map[string]any)[path].(map[string]any)[strings.ToLower(method)].(map[string]any)
	resp, found := op["responses"].(map[string]any)[strconv.Itoa(status)].(map[string]any)
	if !found {
		return nil, false
	}
	ptr := "#/paths/" + esc(path) + "/" + strings.ToLower(method) + "/responses/" + strconv.Itoa(status)
	if ref, isRef := resp["$ref"].(string); isRef {
		ptr = ref
		resp = doc["components"].(map[string]any)["responses"].(map[string]any)[strings.TrimPrefix(ref, "#/components/responses/")].(map[string]any)
	}
	if _, has := resp["content"].(map[string]any)[ctype]; !has {
		return nil, false
	}
	return compileOpenAPI(t, ptr+"/content/"+esc(ctype)+"/schema"), true
}

var (
	openAPICompiler     *jsonschema.Compiler
	openAPICompilerOnce sync.Once
)

func compileOpenAPI(t *testing.T, ptr string) *jsonschema.Schema {
	t.Helper()
	openAPICompilerOnce.Do(func() {
		c := jsonschema.NewCompiler()
		c.Draft = jsonschema.Draft2020
		c.AssertFormat = true
		c.LoadURL = func(s string) (io.ReadCloser, error) { return nil, fmt.Errorf("no loading %s", s) }
		if err := c.AddResource("mem://openapi.json", bytes.NewReader(openAPI)); err != nil {
			panic(err)
		}
		openAPICompiler = c
	})
	sch, err := openAPICompiler.Compile("mem://openapi.json" + ptr)
	if err != nil {
		t.Fatalf("compiling %s: %v", ptr, err)
	}
	return sch
}

// TestOpenAPIResponses: every response the handlers give to the requests
// of TestRoutes, TestErrors and a decide stream is documented in
// openapi.json for its route, status and content type, and its body is
// valid against the documented schema (a decide stream line by line).
func TestOpenAPIResponses(t *testing.T) {
	s := newTestServer(t, Config{MaxBody: 64 << 10})
	opcc := exampleNotice(t, "staffordshire-opcc")
	maidstone := exampleNotice(t, "maidstone-parking-bwv")
	reqs := []struct {
		method, target, ctype, accept string
		body                          []byte
	}{
		{"GET", "/healthz", "", "", nil},
		{"GET", "/readyz", "", "", nil},
		{"GET", "/openapi.json", "", "", nil},
		{"POST", "/v1/validate", "application/json", "", opcc},
		{"POST", "/v1/validate", "application/json", "", []byte(`{"id": 1}`)},
		{"POST", "/v1/validate", "text/plain", "", opcc},
		{"POST", "/v1/validate", "application/json", "", append(bytes.Repeat([]byte(" "), 70<<10), '{', '}')},
		{"POST", "/v1/check?on=2026-11-22", "application/json", "", opcc},
		{"POST", "/v1/check?fail_on=error", "application/json", "", maidstone},
		{"POST", "/v1/check?on=never", "application/json", "", maidstone},
		{"GET", "/v1/rights?basis=public-task", "", "", nil},
		{"GET", "/v1/rights", "", "", nil},
		{"GET", "/v1/deadline?received=2026-01-31", "", "", nil},
		{"GET", "/v1/deadline?received=2026-01-31&extended=maybe", "", "", nil},
		{"GET", "/v1/schedules", "", "", nil},
		{"GET", "/v1/schedules/maidstone-parking", "", "", nil},
		{"GET", "/v1/schedules/nope", "", "", nil},
		{"GET", "/v1/notices", "", "", nil},
		{"GET", "/v1/notices/maidstone-parking-bwv", "", "", nil},
		{"GET", "/v1/notices/maidstone-parking-bwv", "", "text/html", nil},
		{"GET", "/v1/notices/maidstone-parking-bwv", "", "image/png", nil},
		{"GET", "/v1/notices/nope", "", "", nil},
		{"PUT", "/v1/notices/nope", "", "", nil},
		{"POST", decidePath, "application/x-ndjson", "", []byte(record(1) + "{broken\n" + record(2))},
		{"POST", decidePath, "text/csv", "", []byte("id,rule,holds,captured,case_opened,case_closed,reviewed\na,bwc-footage,,2026-01-01,,,\n")},
		{"POST", "/v1/schedules/nope/decide", "text/csv", "", []byte("id,rule,holds\n")},
		{"POST", decidePath, "application/json", "", []byte("{}")},
	}
	tokenServer := newTestServer(t, Config{Token: []byte(testToken)})
	notReady := New(Config{})
	for _, rq := range reqs {
		name := rq.method + " " + rq.target + " " + rq.ctype + rq.accept
		t.Run(name, func(t *testing.T) {
			if strings.HasPrefix(rq.target, "/v1/") { // 401 and 503 on every /v1/ route
				for _, other := range []*Server{tokenServer, notReady} {
					w := do(other, rq.method, rq.target, rq.ctype, rq.body)
					if w.Code != 405 && w.Code != 404 {
						validateResponse(t, other, rq.method, rq.target, w)
					}
				}
			}
			var h []string
			if rq.accept != "" {
				h = []string{"Accept", rq.accept}
			}
			validateResponse(t, s, rq.method, rq.target, do(s, rq.method, rq.target, rq.ctype, rq.body, h...))
		})
	}
}

// validateResponse checks that w, the answer to method on target, is
// documented in openapi.json and valid against its schema. (A 405 is
// documented on the path's GET.)
func validateResponse(t *testing.T, s *Server, method, target string, w *httptest.ResponseRecorder) {
	t.Helper()
	probe := httptest.NewRequest(method, target, nil)
	if method == "PUT" {
		probe.Method = "GET"
	}
	_, pattern := s.mux.Handler(probe)
	docMethod, path, _ := strings.Cut(pattern, " ")
	ct, _, _ := mime.ParseMediaType(w.Header().Get("Content-Type"))
	sch, ok := documented(t, path, docMethod, w.Code, ct)
	if !ok {
		t.Fatalf("%s %s answered %d %s, which openapi.json does not document", docMethod, path, w.Code, ct)
	}
	var values [][]byte
	switch ct {
	case "text/html":
		return // a page, documented as a string
	case "application/x-ndjson":
		values = bytes.Split(bytes.TrimSuffix(w.Body.Bytes(), []byte("\n")), []byte("\n"))
	default:
		values = [][]byte{w.Body.Bytes()}
	}
	for _, v := range values {
		var doc any
		if err := json.Unmarshal(v, &doc); err != nil {
			t.Fatalf("%v: %.200s", err, v)
		}
		if err := sch.Validate(doc); err != nil {
			t.Errorf("%s %s: %d %s body not valid against openapi.json: %v\n%.300s", method, target, w.Code, ct, err, v)
		}
	}
}
