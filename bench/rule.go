package bench

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
	"cel.dev/cel-go/ext"
	"cel.dev/cel-go/interpreter"
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/retention"
)

// Verdict is the part of a decision the three engines are compared on: the
// outcome code (docs/retention.md), the due date as a
// civil day number (civil.Date.Days; 0 when the outcome has no due date)
// and whether disposal is overdue (eligible and past due + dispose_within).
type Verdict struct {
	Outcome string
	Due     int32
	Overdue bool
}

func (v Verdict) String() string {
	if v.Due == 0 {
		return v.Outcome
	}
	return fmt.Sprintf("%s due %s overdue=%t", v.Outcome, civil.FromDays(v.Due), v.Overdue)
}

// Case is one body-worn-video record and the day it is decided on. A zero
// date is an absent fact.
type Case struct {
	ID         string
	Captured   civil.Date
	CaseOpened civil.Date
	CaseClosed civil.Date
	Holds      []string
	Today      civil.Date
}

// Outcome codes, as retention.Outcome.String spells them.
const (
	outHeld     = "held"
	outAwaiting = "awaiting-event"
	outNotYet   = "not-yet"
	outEligible = "eligible"
)

// ---------------------------------------------------------------------------
// noticekit

// ScheduleJSON is the schedule the benchmarks decide under: the bundled
// maidstone-parking schedule with an operational dispose_within P30D, so
// that overdue is compared too (schedules/bench-maidstone-parking.json says
// so in its note). The command and the service are given the same file.
//
//go:embed schedules/bench-maidstone-parking.json
var ScheduleJSON []byte

// ScheduleID is the id of ScheduleJSON, as the service routes it.
const ScheduleID = "bench-maidstone-parking"

// Noticekit is the rule as noticekit writes it: the bwc-footage rule of
// ScheduleJSON, compiled once.
type Noticekit struct {
	Sched                            *retention.Schedule
	captured, caseOpened, caseClosed int
}

// NewNoticekit compiles ScheduleJSON.
func NewNoticekit() (*Noticekit, error) {
	s, err := retention.CompileJSON(ScheduleJSON)
	if err != nil {
		return nil, err
	}
	nk := &Noticekit{Sched: s}
	for name, p := range map[string]*int{"captured": &nk.captured, "case_opened": &nk.caseOpened, "case_closed": &nk.caseClosed} {
		slot, ok := s.FactSlot(name)
		if !ok {
			return nil, fmt.Errorf("%s: no fact %q", ScheduleID, name)
		}
		*p = slot
	}
	return nk, nil
}

// Prepare resolves c into a retention.Record (once per record, as a batch
// reader does), with its own facts slice.
func (nk *Noticekit) Prepare(c *Case) retention.Record { return nk.PrepareInto(c, nil) }

// PrepareAll resolves a batch into Records whose fact slots share one
// contiguous buffer (Schedule.NewRecord's caller-owned facts), as a batch
// reader does: deciding then walks memory in order instead of chasing one
// small allocation per record.
func (nk *Noticekit) PrepareAll(cs []Case) []retention.Record {
	k := nk.Sched.NumFacts()
	buf := make([]int32, len(cs)*k)
	recs := make([]retention.Record, len(cs))
	for i := range cs {
		recs[i] = nk.PrepareInto(&cs[i], buf[i*k:(i+1)*k:(i+1)*k])
	}
	return recs
}

// PrepareInto is Prepare with the facts buffer supplied (see
// retention.Schedule.NewRecord).
func (nk *Noticekit) PrepareInto(c *Case, facts []int32) retention.Record {
	r := nk.Sched.NewRecord(c.ID, "bwc-footage", facts)
	for _, f := range [...]struct {
		slot int
		d    civil.Date
	}{{nk.captured, c.Captured}, {nk.caseOpened, c.CaseOpened}, {nk.caseClosed, c.CaseClosed}} {
		if f.d.IsZero() { // a Case's zero date is an event that has not happened
			nk.Sched.SetFactSlotNotHappened(&r, f.slot)
		} else {
			nk.Sched.SetFactDate(&r, f.slot, f.d)
		}
	}
	r.Holds = c.Holds
	return r
}

// NoticekitVerdict projects a retention.Decision onto the compared fields.
func NoticekitVerdict(d *retention.Decision) Verdict {
	return Verdict{Outcome: d.Outcome.String(), Due: d.Due.Days(), Overdue: d.Overdue}
}

// ---------------------------------------------------------------------------
// CEL

// CELRule is the rule in CEL. Dates are int day numbers (civil.Date.Days),
// 0 for an absent fact; holds is a list of strings. The result is a list of
// three ints: the outcome (0 held, 1 awaiting-event, 2 not-yet, 3
// eligible), the due day number (0 if none) and overdue (1 or 0).
//
// P60D and P30D are whole days, so the corresponding-date rule reduces to
// adding day numbers; "after" counting adds the extra day (captured + 60 +
// 1, case_closed + 0 + 1), and the must-dispose-by day is due + 30.
const CELRule = `
size(holds) > 0 ? [0, 0, 0] :
captured == 0 || (case_opened != 0 && case_closed == 0) ? [1, 0, 0] :
cel.bind(due,
  case_opened != 0 && case_closed + 1 > captured + 61 ? case_closed + 1 : captured + 61,
  today < due ? [2, due, 0] : [3, due, today > due + 30 ? 1 : 0])`

var celOutcomes = [...]string{outHeld, outAwaiting, outNotYet, outEligible}

// CEL is the rule compiled and planned once: a cel.Program with typed
// variables and constant folding (cel.OptOptimize).
type CEL struct {
	Prog cel.Program
}

// NewCEL type-checks CELRule and plans it.
func NewCEL() (*CEL, error) {
	env, err := cel.NewEnv(
		cel.Variable("captured", cel.IntType),
		cel.Variable("case_opened", cel.IntType),
		cel.Variable("case_closed", cel.IntType),
		cel.Variable("holds", cel.ListType(cel.StringType)),
		cel.Variable("today", cel.IntType),
		ext.Bindings(), // cel.bind: the due date is computed once
	)
	if err != nil {
		return nil, err
	}
	chk, iss := env.Compile(CELRule)
	if iss.Err() != nil {
		return nil, iss.Err()
	}
	if !chk.OutputType().IsExactType(cel.ListType(cel.IntType)) {
		return nil, fmt.Errorf("cel: rule's type is %v, want list(int)", chk.OutputType())
	}
	prg, err := env.Program(chk, cel.EvalOptions(cel.OptOptimize))
	if err != nil {
		return nil, err
	}
	return &CEL{Prog: prg}, nil
}

// CELVars is one record's variables, converted to CEL values once. It is
// an interpreter.Activation resolving names with a switch, not a map.
type CELVars struct {
	captured, caseOpened, caseClosed, today ref.Val
	holds                                   ref.Val
}

// ResolveName implements interpreter.Activation.
func (a *CELVars) ResolveName(name string) (any, bool) {
	switch name {
	case "captured":
		return a.captured, true
	case "case_opened":
		return a.caseOpened, true
	case "case_closed":
		return a.caseClosed, true
	case "holds":
		return a.holds, true
	case "today":
		return a.today, true
	}
	return nil, false
}

// Parent implements interpreter.Activation.
func (a *CELVars) Parent() interpreter.Activation { return nil }

// Prepare converts c into CEL values (once per record).
func (e *CEL) Prepare(c *Case) *CELVars {
	return &CELVars{
		captured:   types.Int(c.Captured.Days()),
		caseOpened: types.Int(c.CaseOpened.Days()),
		caseClosed: types.Int(c.CaseClosed.Days()),
		today:      types.Int(c.Today.Days()),
		holds:      types.NewStringList(types.DefaultTypeAdapter, c.Holds),
	}
}

// Decide evaluates the program on prepared variables.
func (e *CEL) Decide(a *CELVars) (Verdict, error) {
	out, _, err := e.Prog.Eval(a)
	if err != nil {
		return Verdict{}, err
	}
	return celVerdict(out)
}

func celVerdict(out ref.Val) (Verdict, error) {
	l, ok := out.Value().([]ref.Val)
	if !ok || len(l) != 3 {
		return Verdict{}, fmt.Errorf("cel: result %v: want a list of 3 ints", out)
	}
	o, d, od := l[0].(types.Int), l[1].(types.Int), l[2].(types.Int)
	if o < 0 || int(o) >= len(celOutcomes) {
		return Verdict{}, fmt.Errorf("cel: outcome %d out of range", o)
	}
	return Verdict{Outcome: celOutcomes[o], Due: int32(d), Overdue: od == 1}, nil
}

// ---------------------------------------------------------------------------
// Rego

// RegoModule is the rule in Rego (v1 syntax). The input is an object with
// captured, case_opened, case_closed (int day numbers; absent facts are
// absent keys), holds (an array of strings) and today; the result
// data.bwc.decision is an object {"outcome", "due", "overdue"}.
const RegoModule = `package bwc

captured_due := input.captured + 61

due := max({captured_due, input.case_closed + 1}) if input.case_opened
due := captured_due if not input.case_opened

awaiting if not input.captured
awaiting if {
	input.case_opened
	not input.case_closed
}

decision := {"outcome": "held", "due": 0, "overdue": false} if {
	count(input.holds) > 0
} else := {"outcome": "awaiting-event", "due": 0, "overdue": false} if {
	awaiting
} else := {"outcome": "not-yet", "due": due, "overdue": false} if {
	input.today < due
} else := {"outcome": "eligible", "due": due, "overdue": input.today > due + 30}
`

// Rego is the module compiled and the query prepared once
// (rego.PrepareForEval).
type Rego struct {
	Query rego.PreparedEvalQuery
}

// NewRego compiles RegoModule and prepares data.bwc.decision.
func NewRego(ctx context.Context) (*Rego, error) {
	pq, err := rego.New(
		rego.Query("data.bwc.decision"),
		rego.Module("bwc.rego", RegoModule),
	).PrepareForEval(ctx)
	if err != nil {
		return nil, err
	}
	return &Rego{Query: pq}, nil
}

// Prepare converts c into a Rego value once (ast.InterfaceToValue).
func (e *Rego) Prepare(c *Case) (ast.Value, error) {
	in := map[string]any{"holds": c.Holds, "today": c.Today.Days()}
	if c.Holds == nil {
		in["holds"] = []string{}
	}
	if !c.Captured.IsZero() {
		in["captured"] = c.Captured.Days()
	}
	if !c.CaseOpened.IsZero() {
		in["case_opened"] = c.CaseOpened.Days()
	}
	if !c.CaseClosed.IsZero() {
		in["case_closed"] = c.CaseClosed.Days()
	}
	return ast.InterfaceToValue(in)
}

// Decide evaluates the prepared query on a prepared input
// (rego.EvalParsedInput).
func (e *Rego) Decide(ctx context.Context, in ast.Value) (Verdict, error) {
	rs, err := e.Query.Eval(ctx, rego.EvalParsedInput(in))
	if err != nil {
		return Verdict{}, err
	}
	if len(rs) != 1 || len(rs[0].Expressions) != 1 {
		return Verdict{}, fmt.Errorf("rego: %d results: want 1", len(rs))
	}
	m, ok := rs[0].Expressions[0].Value.(map[string]any)
	if !ok {
		return Verdict{}, fmt.Errorf("rego: result %v: want an object", rs[0].Expressions[0].Value)
	}
	var v Verdict
	v.Outcome, _ = m["outcome"].(string)
	v.Overdue, _ = m["overdue"].(bool)
	n, ok := m["due"].(json.Number)
	if !ok {
		return Verdict{}, fmt.Errorf("rego: due %v: want a number", m["due"])
	}
	due, err := n.Int64()
	if err != nil {
		return Verdict{}, fmt.Errorf("rego: due %v: %v", n, err)
	}
	v.Due = int32(due)
	return v, nil
}
