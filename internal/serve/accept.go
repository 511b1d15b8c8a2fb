package serve

import (
	"mime"
	"strconv"
	"strings"
)

// offers are the representations of a notice, in order of preference when
// the client has none.
var offers = []string{"application/json", "text/html"}

// negotiate picks from offers the representation the Accept header prefers
// (RFC 9110 §12.5.1: the highest q, then the most specific range, then the
// order of offers); "" when none is acceptable. No Accept means any.
func negotiate(accept string, offers []string) string {
	if strings.TrimSpace(accept) == "" {
		return offers[0]
	}
	best, bestQ, bestSpec := "", 0.0, -1
	for _, offer := range offers {
		q, spec := 0.0, -1
		for _, part := range strings.Split(accept, ",") {
			mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
			if err != nil {
				continue
			}
			s := specificity(mt, offer)
			if s < 0 || s < spec {
				continue
			}
			pq := 1.0
			if v, ok := params["q"]; ok {
				if f, err := strconv.ParseFloat(v, 64); err == nil && f >= 0 && f <= 1 {
					pq = f
				}
			}
			q, spec = pq, s
		}
		if q > bestQ || q == bestQ && q > 0 && spec > bestSpec {
			best, bestQ, bestSpec = offer, q, spec
		}
	}
	return best
}

// specificity says how a media range matches a type: 2 exactly, 1 as
// type/*, 0 as */*, -1 not at all.
func specificity(rng, typ string) int {
	switch {
	case rng == typ:
		return 2
	case rng == "*/*":
		return 0
	case strings.HasSuffix(rng, "/*") && strings.HasPrefix(typ, strings.TrimSuffix(rng, "*")):
		return 1
	}
	return -1
}
