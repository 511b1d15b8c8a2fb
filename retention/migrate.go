package retention

import (
	"fmt"
	"strings"

	"github.com/noticekit/noticekit/strict"
)

// migrationProblems refuses a version 1 schedule, saying exactly what to
// add to make it a version 2 schedule: the facts its rules name (which
// version 1 never declared, and which cannot be invented, since each needs
// its meaning) and a review cycle for each review rule without one (which
// version 1 borrowed from the retention period).
func migrationProblems(def *Definition) []strict.Problem {
	var names []string
	seen := map[string]bool{}
	use := func(name string) {
		if name != "" && !seen[name] {
			seen[name] = true
			names = append(names, name)
		}
	}
	var probs []strict.Problem
	for i := range def.Rules {
		rd := &def.Rules[i]
		if rd.Retain != nil {
			walkLeaves(rd.Retain, func(l *ClauseDef) { use(l.From); use(l.When) })
		}
		if rd.ReviewEvery != nil {
			use(rd.ReviewEvery.From)
		}
		if rd.ReviewEvery != nil || rd.Then == "review" {
			use(ReviewedFact)
		}
		if rd.Then == "review" && rd.ReviewEvery == nil {
			probs = append(probs, strict.Problem{Pointer: ptr("rules", i, "review_every"), Keyword: KeywordRetention,
				Message: "a version 2 rule with then review states its review cycle (version 1 fell back on the retention period): add review_every with the period after which a review is repeated, such as {\"period\": \"P10Y\"}"})
		}
	}
	msg := fmt.Sprintf("version 1 schedules are read but no longer compiled: their facts were never declared, and a declaration cannot be invented. Set \"$schema\" to %q and add a facts declaration for: %s (each {\"name\": …, \"meaning\": \"one line\"}, with requires and not_before where one fact implies or follows another)",
		SchemaID, strings.Join(names, ", "))
	if len(names) == 0 {
		msg = fmt.Sprintf("version 1 schedules are read but no longer compiled: set \"$schema\" to %q and add \"facts\": []", SchemaID)
	}
	return append([]strict.Problem{{Pointer: "/$schema", Keyword: KeywordRetention, Message: msg}}, probs...)
}

// walkLeaves calls f for every leaf of c, down to MaxDepth levels (Compile
// reports anything deeper).
func walkLeaves(c *ClauseDef, f func(*ClauseDef)) { walkDepth(c, f, 0) }

func walkDepth(c *ClauseDef, f func(*ClauseDef), depth int) {
	if depth > MaxDepth {
		return
	}
	for i := range c.LaterOf {
		walkDepth(&c.LaterOf[i], f, depth+1)
	}
	for i := range c.EarlierOf {
		walkDepth(&c.EarlierOf[i], f, depth+1)
	}
	if c.LaterOf == nil && c.EarlierOf == nil {
		f(c)
	}
}
