package retention

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/strict"
)

// Limits on a schedule, so that no document makes Compile or Decide use
// unbounded memory or stack.
const (
	MaxDepth     = 8     // deepest nesting of later_of / earlier_of (a leaf at depth 8 is allowed)
	MaxClauses   = 64    // most clauses in one later_of or earlier_of
	MaxRules     = 65536 // most rules in a schedule
	MaxFacts     = 1024  // most distinct fact names in a schedule
	MaxMoratoria = 4096  // most moratoria in a schedule
)

// farFuture is the due day number for a due date after 9999-12-31.
const farFuture = math.MaxInt32

// Schedule is a compiled retention schedule: immutable once Compile returns
// it, and safe for concurrent use by any number of goroutines. Fact names
// are resolved to slots, rule ids to indexes, dates to day numbers.
type Schedule struct {
	id, version string
	rules       []rule
	ruleIndex   map[string]int32 // id → index
	factNames   []string         // slot → name, in declaration order
	factIndex   map[string]int32 // name → slot
	factDecls   []FactDef        // the declarations, by slot
	reviewed    int32            // slot of ReviewedFact, -1 if not declared
	checks      []check          // the declared constraints between facts
	nodes       []node
	kids        []int32
}

// check is a declared constraint: fact (a slot) requires, or is not
// before, other (a slot).
type check struct {
	fact, other int32
	notBefore   bool // false: requires
}

type rule struct {
	id       string
	then     Action
	root     int32 // node index, -1 for keep
	cycle    bool  // the rule has a review cycle (review_every) of cycleM months, cycleD days
	revFrom  int32 // slot of review_every's from; -1 for none
	cycleM   int32
	cycleD   int32
	dispose  Period  // zero: none
	used     []int32 // every fact slot the rule names, ascending: each must be known
	usedMask uint64  // the used slots as bits, when all are below 64
	wide     bool    // some used slot is 64 or more: check used one by one
	morats   []morat
	flat     uint8  // how Decide evaluates the clause: flatTree, flatLeaf, flatLater or flatEarlier
	leaves   []node // for flatLeaf, flatLater and flatEarlier: the leaves, by value
	disM     int32  // dispose_within as months and days
	disD     int32
}

// Clause shapes Decide evaluates without recursion: nearly every real rule
// is a leaf or a combinator of leaves.
const (
	flatTree uint8 = iota
	flatLeaf
	flatLater
	flatEarlier
)

type morat struct {
	from, until int32 // inclusive day numbers
	holds       []string
}

const (
	leafNode uint8 = iota
	laterNode
	earlierNode
)

type node struct {
	kind      uint8
	cutoff    Cutoff
	beginning bool
	from      int32 // slot
	when      int32 // slot, -1 for none
	months    int32 // years*12 + months
	days      int32 // weeks*7 + days
	plus      int32 // days to add after months: days, +1 when counting after
	kidStart  int32
	kidEnd    int32
}

// ID returns the schedule's id.
func (s *Schedule) ID() string { return s.id }

// Version returns the schedule's version, as reported in every Decision.
func (s *Schedule) Version() string { return s.version }

// RuleIDs returns the rule ids in schedule order (a copy).
func (s *Schedule) RuleIDs() []string {
	out := make([]string, len(s.rules))
	for i := range s.rules {
		out[i] = s.rules[i].id
	}
	return out
}

// Then returns the action of the rule with the given id, and false if the
// schedule has no such rule.
func (s *Schedule) Then(ruleID string) (Action, bool) {
	i, ok := s.ruleIndex[ruleID]
	if !ok {
		return ActionUnspecified, false
	}
	return s.rules[i].then, true
}

// CompileJSON is ParseSchedule followed by Compile, with Compile's
// problems located in data (line and column of the value each pointer
// names). It runs no JSON Schema, so it stops at the first shape mistake:
// to load a schedule document, use schema.LoadSchedule, the one loader
// (strict reader, schema, decode, Compile), which noticekit uses
// everywhere; CompileJSON is for a program that has only this package.
func CompileJSON(data []byte) (*Schedule, error) {
	def, err := ParseSchedule(data)
	if err != nil {
		return nil, err
	}
	s, err := Compile(def)
	var se *strict.Error
	if errors.As(err, &se) {
		return nil, strict.Locate(data, se.Problems, nil)
	}
	return s, err
}

// Compile checks a schedule document and compiles it. It reports every
// problem at once, in a *strict.Error, each problem with its JSON pointer
// (and no line: CompileJSON locates them in the document): a wrong "$schema" (a
// version 1 schedule gets one problem listing the facts to declare and the
// review cycles to add), bad ids, duplicate rule ids or fact names, a rule
// naming a fact the schedule does not declare, a constraint naming an
// undeclared fact, an unknown then, cutoff or counting, a bad period, a
// rule with no clause that is not keep, keep with a clause or
// review_every, then review without a review cycle, an empty later_of or
// earlier_of, a clause that is both a leaf and a combinator, nesting
// deeper than MaxDepth, a moratorium naming an unknown rule or ending
// before it starts, and so on.
func Compile(def *Definition) (*Schedule, error) {
	if def == nil {
		return nil, &strict.Error{Problems: []strict.Problem{{Keyword: KeywordRetention, Message: "no schedule document"}}}
	}
	if def.Schema == SchemaV1ID {
		return nil, &strict.Error{Problems: migrationProblems(def)}
	}
	c := &compiler{s: &Schedule{
		id:        def.ID,
		version:   def.Version,
		ruleIndex: make(map[string]int32, len(def.Rules)),
		factIndex: make(map[string]int32, len(def.Facts)),
		reviewed:  -1,
	}}
	c.document(def)
	if len(c.probs) > 0 {
		return nil, &strict.Error{Problems: c.probs}
	}
	return c.s, nil
}

type compiler struct {
	s     *Schedule
	probs []strict.Problem
	// per rule, while compiling it
	used map[int32]bool
	// reported once per schedule
	noReviewed bool
}

func (c *compiler) add(ptr, format string, args ...any) {
	c.probs = append(c.probs, strict.Problem{Pointer: ptr, Keyword: KeywordRetention, Message: fmt.Sprintf(format, args...)})
}

func ptr(parts ...any) string {
	var b strings.Builder
	for _, p := range parts {
		b.WriteByte('/')
		switch v := p.(type) {
		case int:
			b.WriteString(strconv.Itoa(v))
		case string:
			b.WriteString(strings.ReplaceAll(strings.ReplaceAll(v, "~", "~0"), "/", "~1"))
		}
	}
	return b.String()
}

// The shape of ids, versions and fact names is stated once, in
// schema/schedule.schema.json; shape_gen.go carries its patterns and
// limits, generated from it, and Compile checks Go-built definitions
// against those (a file's shape is the schema's to check, first).
//
//go:generate go run gen_shape.go

var (
	idRE      = regexp.MustCompile(idPattern)
	versionRE = regexp.MustCompile(versionPattern)
	factRE    = regexp.MustCompile(factPattern)
)

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func validID(s string) bool      { return idRE.MatchString(s) }
func validVersion(s string) bool { return versionRE.MatchString(s) }
func validFact(s string) bool    { return factRE.MatchString(s) }

// badID, badVersion and badFact say, in a schedule author's words, what
// an id, a version or a fact name must be; schema.LoadSchedule shows them
// for the schema's pattern failures too.
func badID(s string) string {
	return fmt.Sprintf("%s: want an id of letters, digits, '.', '_' or '-' (1–%d, starting with a letter or digit)", quote(s), idMaxLen)
}

func badVersion(s string) string {
	return fmt.Sprintf("%s: want a version of letters, digits, '.', '_', '+' or '-' (1–%d, starting with a letter or digit)", quote(s), versionMaxLen)
}

func badFact(s string) string {
	return fmt.Sprintf("%s: want a fact name in snake_case (a–z, 0–9, _; 1–%d, starting with a letter)", quote(s), factMaxLen)
}

func quote(s string) string {
	if len(s) > 64 {
		s = s[:64] + "…"
	}
	return strconv.Quote(s)
}

func (c *compiler) document(def *Definition) {
	if def.Schema != SchemaID {
		if def.Schema == "" {
			c.add("/$schema", "missing: want %q", SchemaID)
		} else {
			c.add("/$schema", "%s: want %q", quote(def.Schema), SchemaID)
		}
	}
	if !validID(def.ID) {
		c.add("/id", "%s", badID(def.ID))
	}
	if !validVersion(def.Version) {
		c.add("/version", "%s", badVersion(def.Version))
	}
	c.text("", "note", def.Note)
	c.facts(def.Facts)
	if len(def.Rules) == 0 {
		c.add("/rules", "want at least one rule")
	}
	if len(def.Rules) > MaxRules {
		c.add("/rules", "%d rules: want at most %d", len(def.Rules), MaxRules)
		return
	}
	c.s.rules = make([]rule, len(def.Rules))
	for i := range def.Rules {
		c.rule(i, &def.Rules[i])
	}
	if len(def.Moratoria) > MaxMoratoria {
		c.add("/moratoria", "%d moratoria: want at most %d", len(def.Moratoria), MaxMoratoria)
		return
	}
	seen := map[string]int{}
	for i := range def.Moratoria {
		c.moratorium(i, &def.Moratoria[i], seen)
	}
}

func (c *compiler) text(p, field, s string) {
	if n := utf8.RuneCountInString(s); n > maxText {
		c.add(p+"/"+field, "%d characters: want at most %d", n, maxText)
	}
}

func (c *compiler) rule(i int, rd *RuleDef) {
	p := ptr("rules", i)
	r := &c.s.rules[i]
	r.id = rd.ID
	r.root = -1
	if !validID(rd.ID) {
		c.add(p+"/id", "%s", badID(rd.ID))
	} else if j, dup := c.s.ruleIndex[rd.ID]; dup {
		c.add(p+"/id", "duplicate rule id %s (also /rules/%d)", quote(rd.ID), j)
	} else {
		c.s.ruleIndex[rd.ID] = int32(i)
	}
	c.text(p, "title", rd.Title)
	c.text(p, "citation", rd.Citation)
	c.text(p, "note", rd.Note)
	c.text(p, "verify", rd.Verify)

	if rd.Then == "" {
		c.add(p+"/then", "missing: want one of %s", strings.Join(actionCodes[1:], ", "))
	} else if a, err := ParseAction(rd.Then); err != nil {
		c.add(p+"/then", "unknown action %s: want one of %s", quote(rd.Then), strings.Join(actionCodes[1:], ", "))
	} else {
		r.then = a
	}
	c.used = map[int32]bool{}
	r.revFrom = -1
	switch {
	case r.then == Keep:
		if rd.Retain != nil {
			c.add(p+"/retain", "a rule with then keep is permanent: remove retain")
		}
		if rd.ReviewEvery != nil {
			c.add(p+"/review_every", "a rule with then keep is permanent: remove review_every")
		}
	case rd.Retain == nil:
		c.add(p+"/retain", "missing: every rule needs a retain clause unless then is keep")
	default:
		r.root = c.clause(p+"/retain", rd.Retain, 0)
	}
	if rd.DisposeWithin != "" {
		if r.then != ActionUnspecified && !r.then.disposes() {
			c.add(p+"/dispose_within", "applies only when then is destroy, anonymise or transfer, not %s", r.then)
		}
		if per, err := ParsePeriod(rd.DisposeWithin); err != nil {
			c.add(p+"/dispose_within", "%s", periodMsg(err))
		} else if per.IsZero() {
			c.add(p+"/dispose_within", "zero: want a period longer than P0D, or leave dispose_within out")
		} else {
			r.dispose = per
		}
	}
	c.review(p, r, rd)
	r.disM, r.disD = r.dispose.y*12+r.dispose.m, r.dispose.w*7+r.dispose.d
	if r.root >= 0 {
		root := c.s.nodes[r.root]
		switch root.kind {
		case leafNode:
			r.flat, r.leaves = flatLeaf, []node{root}
		default:
			leaves := true
			for _, k := range c.s.kids[root.kidStart:root.kidEnd] {
				leaves = leaves && c.s.nodes[k].kind == leafNode
				r.leaves = append(r.leaves, c.s.nodes[k])
			}
			switch {
			case !leaves:
				r.leaves = nil
			case root.kind == laterNode:
				r.flat = flatLater
			default:
				r.flat = flatEarlier
			}
		}
	}
	for k := range c.used {
		r.used = append(r.used, k)
		if k < 64 {
			r.usedMask |= 1 << k
		} else {
			r.wide = true
		}
	}
	sortInt32(r.used)
}

func sortInt32(a []int32) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func periodMsg(err error) string {
	if pe, ok := err.(*PeriodError); ok {
		return fmt.Sprintf("period %q: %s", pe.Input, pe.Msg)
	}
	return err.Error()
}

// clause compiles a clause and returns its node index (-1 on error).
func (c *compiler) clause(p string, cd *ClauseDef, depth int) int32 {
	if depth > MaxDepth {
		c.add(p, "nesting too deep: want at most %d levels of later_of / earlier_of", MaxDepth)
		return -1
	}
	leafy := cd.From != "" || cd.Cutoff != "" || cd.Period != "" || cd.Counting != "" || cd.When != ""
	isLater, isEarlier := cd.LaterOf != nil, cd.EarlierOf != nil
	switch {
	case isLater && isEarlier:
		c.add(p, "a clause has later_of or earlier_of, not both")
		return -1
	case (isLater || isEarlier) && leafy:
		c.add(p, "a clause is a leaf (from, cutoff, period, counting, when) or a combinator (later_of, earlier_of), not both")
		return -1
	case isLater || isEarlier:
		kind, name, kids := laterNode, "later_of", cd.LaterOf
		if isEarlier {
			kind, name, kids = earlierNode, "earlier_of", cd.EarlierOf
		}
		if len(kids) == 0 {
			c.add(p+"/"+name, "empty: want at least one clause")
			return -1
		}
		if len(kids) > MaxClauses {
			c.add(p+"/"+name, "%d clauses: want at most %d", len(kids), MaxClauses)
			return -1
		}
		idx := make([]int32, len(kids))
		ok := true
		for i := range kids {
			idx[i] = c.clause(p+"/"+name+"/"+strconv.Itoa(i), &kids[i], depth+1)
			ok = ok && idx[i] >= 0
		}
		if !ok {
			return -1
		}
		n := node{kind: kind, when: -1, kidStart: int32(len(c.s.kids))}
		c.s.kids = append(c.s.kids, idx...)
		n.kidEnd = int32(len(c.s.kids))
		c.s.nodes = append(c.s.nodes, n)
		return int32(len(c.s.nodes) - 1)
	}
	n := node{kind: leafNode, when: -1}
	ok := true
	if cd.From == "" {
		c.add(p+"/from", "missing: want the fact the period starts from (or later_of / earlier_of)")
		ok = false
	} else {
		n.from = c.fact(p+"/from", cd.From)
	}
	if cd.When != "" {
		n.when = c.fact(p+"/when", cd.When)
	}
	if cd.Cutoff != "" {
		v, err := ParseCutoff(cd.Cutoff)
		if err != nil {
			c.add(p+"/cutoff", "unknown cutoff %s: want one of %s", quote(cd.Cutoff), strings.Join(cutoffCodes[1:], ", "))
			ok = false
		}
		n.cutoff = v
	}
	if cd.Counting != "" {
		v, err := ParseCounting(cd.Counting)
		if err != nil {
			c.add(p+"/counting", "unknown counting %s: want one of %s", quote(cd.Counting), strings.Join(countingCodes[1:], ", "))
			ok = false
		}
		n.beginning = v == BeginningWith
	}
	if cd.Period != "" {
		per, err := ParsePeriod(cd.Period)
		if err != nil {
			c.add(p+"/period", "%s", periodMsg(err))
			ok = false
		}
		n.months = per.y*12 + per.m
		n.days = per.w*7 + per.d
	}
	if !ok {
		return -1
	}
	n.plus = n.days
	if !n.beginning {
		n.plus++
	}
	c.s.nodes = append(c.s.nodes, n)
	return int32(len(c.s.nodes) - 1)
}

func (c *compiler) moratorium(i int, md *MoratoriumDef, seen map[string]int) {
	p := ptr("moratoria", i)
	if !validID(md.ID) {
		c.add(p+"/id", "%s", badID(md.ID))
	} else if j, dup := seen[md.ID]; dup {
		c.add(p+"/id", "duplicate moratorium id %s (also /moratoria/%d)", quote(md.ID), j)
	} else {
		seen[md.ID] = i
	}
	c.text(p, "citation", md.Citation)
	m := morat{from: 1, until: maxDay, holds: []string{md.ID}}
	ok := true
	if md.From != "" {
		d, err := civil.Parse(md.From)
		if err != nil {
			c.add(p+"/from", "%s: want a date YYYY-MM-DD", quote(md.From))
			ok = false
		} else {
			m.from = d.Days()
		}
	}
	if md.Until != "" {
		d, err := civil.Parse(md.Until)
		if err != nil {
			c.add(p+"/until", "%s: want a date YYYY-MM-DD", quote(md.Until))
			ok = false
		} else {
			m.until = d.Days()
		}
	}
	if ok && m.until < m.from {
		c.add(p+"/until", "%s is before from %s", md.Until, md.From)
		ok = false
	}
	var targets []int32
	dups := map[string]bool{}
	for k, id := range md.Rules {
		j, known := c.s.ruleIndex[id]
		switch {
		case dups[id]:
			c.add(ptr("moratoria", i, "rules", k), "rule %s listed twice", quote(id))
			ok = false
		case !known:
			c.add(ptr("moratoria", i, "rules", k), "unknown rule %s: want the id of a rule of this schedule", quote(id))
			ok = false
		default:
			targets = append(targets, j)
		}
		dups[id] = true
	}
	if !ok {
		return
	}
	if len(md.Rules) == 0 {
		for j := range c.s.rules {
			c.s.rules[j].morats = append(c.s.rules[j].morats, m)
		}
		return
	}
	for _, j := range targets {
		c.s.rules[j].morats = append(c.s.rules[j].morats, m)
	}
}
