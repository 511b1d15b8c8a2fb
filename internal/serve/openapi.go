package serve

import (
	_ "embed"
	"net/http"
)

// openAPI is the OpenAPI 3.1 description of every route, checked in beside
// the handlers and tested against them both ways.
//
//go:embed openapi.json
var openAPI []byte

// OpenAPI returns the service's OpenAPI 3.1 document.
func OpenAPI() []byte { return append([]byte(nil), openAPI...) }

func (s *Server) openapi(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(openAPI)
}
