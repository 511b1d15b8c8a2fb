package retention

import (
	"sort"
	"strconv"
	"strings"

	"github.com/noticekit/noticekit/civil"
)

// The query Schedule.SQL writes is a chain of common table expressions,
// each adding columns to the one before, so that no expression is written
// twice and every step can be read against Decide:
//
//	nk_p      today: the parameter $1, or the date in London for a view
//	nk_rules  one row per rule: its id (a literal) and its compiled constants
//	nk_v      the records: id, rule, holds, and for each fact column whether
//	          it is NULL (n0…), its value if it is a DATE column (dt0…) or as
//	          text otherwise (v0…), and whether the row supplies it (k0…)
//	nk_t      each fact as a date (t0…): a DATE as it is; text YYYY-MM-DD, or an
//	          RFC 3339 timestamp as its date in London; NULL when it is neither
//	nk_s      each fact's state (s0…: 0 unknown, 1 has not happened, 2 a date,
//	          3 malformed) and its date (d0…, only for state 2)
//	nk_e      per rule (by its index): the first malformed, unknown, future and
//	          out-of-order fact, the moratorium in force, and the retain clause
//	          evaluated as a state (c_st: 0 no clause applies, 1 due, 2 awaiting),
//	          a due date (c_due) and the fact awaited (c_aw)
//	nk_n      the dates derived from those: the next periodic review, the next
//	          review cycle after a review at the end, the dispose-by date
//	nk_r      the reason, by Decide's precedence; a row that matches none of
//	          its cases (a NULL where none was expected) gets cannot-evaluate
//	final     the decision's columns, each guarded by the reason
//
// Dates are DATE values throughout, so a due date beyond 9999-12-31 is a
// real date, compared with 9999-12-31 where Decide's day numbers saturate.

type sqlGen struct {
	s *Schedule
	d Dialect

	view, records, idCol, ruleCol             string
	factCol, knownCol                         []string // by slot; "" when not mapped / no known column
	holdsCol, holdsTable, holdsRec, holdsName string

	b strings.Builder
}

const (
	sqlMaxDate = "DATE '9999-12-31'"
	sqlMinDate = "DATE '0001-01-01'"
)

// fence ends each step's SELECT with OFFSET 0, which keeps PostgreSQL from
// pulling the step up into the next: pulled up, every reference to a
// column such as d1 would be replaced by the whole expression behind it,
// and the expressions of the later steps would grow with every reference
// (a 10-minute query instead of a second). The step still streams; it is
// not materialised.
func (g *sqlGen) fence() string {
	if g.d == PostgreSQL {
		return " OFFSET 0"
	}
	return ""
}

func (g *sqlGen) w(parts ...string) {
	for _, p := range parts {
		g.b.WriteString(p)
	}
}

func itoa(n int32) string { return strconv.Itoa(int(n)) }

func dateLit(days int32) string { return "DATE '" + civil.FromDays(days).String() + "'" }

func (g *sqlGen) text() string {
	if g.d == DuckDB {
		return "VARCHAR"
	}
	return "TEXT"
}

// addMonths adds a months expression to a date expression by the
// corresponding-date rule: both engines clamp to the target month's last
// day, and adding years and months as one interval is what Period.AddTo
// does (2024-02-29 + 1 year 1 month = 2025-03-29; two steps would give
// 2025-03-28).
func (g *sqlGen) addMonths(date, months string) string {
	if months == "0" {
		return date
	}
	if g.d == DuckDB {
		return "CAST(" + date + " + to_months(" + months + ") AS DATE)"
	}
	return "CAST(" + date + " + make_interval(months => " + months + ") AS DATE)"
}

// addMD is addMD of decide.go: months, then days.
func (g *sqlGen) addMD(date, months, days string) string {
	e := g.addMonths(date, months)
	if days == "0" {
		return e
	}
	return "(" + e + " + " + days + ")"
}

func (g *sqlGen) query() string {
	s := g.s
	if g.view != "" {
		g.w("CREATE VIEW ", g.view, " AS\n")
	}
	g.w("-- noticekit retention: schedule ", commentSafe(s.id), " version ", commentSafe(s.version), ", ", g.d.String(), "\n")
	g.w("WITH nk_p AS (SELECT ")
	switch {
	case g.view == "" && g.d == DuckDB:
		g.w("CAST($1 AS DATE) AS today)")
	case g.view == "":
		g.w("CAST($1 AS DATE) AS today)")
	case g.d == DuckDB:
		g.w("CAST(timezone('Europe/London', now()) AS DATE) AS today)")
	default:
		g.w("CAST(now() AT TIME ZONE 'Europe/London' AS DATE) AS today)")
	}
	g.rulesCTE()
	g.recordsCTE()
	g.factsCTE()
	g.evalCTE()
	g.datesCTE()
	g.reasonCTE()
	g.final()
	return g.b.String()
}

// commentSafe keeps the characters Compile allows in an id or version and
// replaces any other with '?', so that nothing ends the comment it is in.
func commentSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 128 && (isAlnum(byte(r)) || strings.ContainsRune("._+-", r)) {
			return r
		}
		return '?'
	}, s)
}

func boolLit(b bool) string {
	if b {
		return "TRUE"
	}
	return "FALSE"
}

// naFact is the slot of the fact named when no clause applies: the "when"
// of the first leaf down the first clauses (if no clause applies, none of
// the first clause's applies either, down to a leaf whose when has not
// happened); -1 if that leaf has no when.
func (s *Schedule) naFact(i int32) int32 {
	for {
		n := &s.nodes[i]
		if n.kind == leafNode {
			return n.when
		}
		i = s.kids[n.kidStart]
	}
}

func (g *sqlGen) rulesCTE() {
	s := g.s
	g.w(",\nnk_rules (rule_id, ix, act, acti, dis_m, dis_d, cyc, cyc_m, cyc_d, na) AS (VALUES")
	for i := range s.rules {
		r := &s.rules[i]
		if i > 0 {
			g.w(",")
		}
		na := int32(-1)
		if r.root >= 0 {
			na = s.naFact(r.root)
		}
		g.w("\n  (", literal(r.id), ", ", strconv.Itoa(i+1), ", ", literal(r.then.String()), ", ", itoa(int32(r.then)), ", ",
			itoa(r.disM), ", ", itoa(r.disD), ", ", boolLit(r.cycle), ", ", itoa(r.cycleM), ", ", itoa(r.cycleD), ", ", itoa(na), ")")
	}
	g.w(")")
}

func (g *sqlGen) recordsCTE() {
	g.w(",\nnk_v AS (SELECT r.", g.idCol, " AS id, CAST(r.", g.ruleCol, " AS ", g.text(), ") AS rule, p.today AS today, ")
	switch {
	case g.holdsTable != "":
		g.w("EXISTS (SELECT 1 FROM ", g.holdsTable, " AS h WHERE h.", g.holdsRec, " = r.", g.idCol, ") AS nk_held, CAST(NULL AS INTEGER) AS nk_holds")
	case g.d == DuckDB:
		g.w("COALESCE(len(r.", g.holdsCol, "), 0) > 0 AS nk_held, r.", g.holdsCol, " AS nk_holds")
	default:
		g.w("COALESCE(cardinality(r.", g.holdsCol, "), 0) > 0 AS nk_held, r.", g.holdsCol, " AS nk_holds")
	}
	for i := range g.s.factNames {
		k := strconv.Itoa(i)
		if g.factCol[i] == "" {
			g.w(",\n  TRUE AS n", k, ", CAST(NULL AS DATE) AS dt", k, ", CAST(NULL AS ", g.text(), ") AS v", k, ", FALSE AS k", k)
			continue
		}
		// A DATE column is read as it is; any other is read as text and
		// parsed (nk_t). The type test is the same for every row.
		col := "r." + g.factCol[i]
		isDate := "typeof(" + col + ") = 'DATE'"
		if g.d == PostgreSQL {
			isDate = "pg_typeof(" + col + ") = 'date'::regtype"
		}
		g.w(",\n  ", col, " IS NULL AS n", k, ", CASE WHEN ", isDate, " THEN CAST(", col, " AS DATE) END AS dt", k,
			", CASE WHEN ", isDate, " THEN NULL ELSE CAST(", col, " AS ", g.text(), ") END AS v", k, ", ")
		if g.knownCol[i] != "" {
			g.w("(r.", g.knownCol[i], " IS TRUE) AS k", k)
		} else {
			g.w("TRUE AS k", k)
		}
	}
	g.w("\n  FROM ", g.records, " AS r CROSS JOIN nk_p AS p", g.fence(), ")")
}

func (g *sqlGen) factsCTE() {
	g.w(",\nnk_t AS (SELECT *")
	for i := range g.s.factNames {
		k := strconv.Itoa(i)
		g.w(",\n  CASE WHEN NOT k", k, " THEN NULL WHEN dt", k, " IS NOT NULL THEN dt", k, " WHEN v", k, " IS NOT NULL THEN ", g.factDate("v"+k), " END AS t", k)
	}
	// From here on each step passes on only the columns the next ones
	// read: PostgreSQL copies every column through every step.
	g.w("\n  FROM nk_v", g.fence(), "),\nnk_s AS (SELECT id, rule, today, nk_held, nk_holds")
	for i := range g.s.factNames {
		k := strconv.Itoa(i)
		in := "t" + k + " BETWEEN " + sqlMinDate + " AND " + sqlMaxDate
		g.w(",\n  CASE WHEN NOT k", k, " THEN 0 WHEN n", k, " THEN 1 WHEN ", in, " THEN 2 ELSE 3 END AS s", k,
			", CASE WHEN ", in, " THEN t", k, " END AS d", k)
	}
	g.w("\n  FROM nk_t", g.fence(), ")")
}

// perRule writes CASE ix WHEN 1 THEN … END over the rules for which f
// returns an expression.
func (g *sqlGen) perRule(typ string, f func(r *rule) string) string {
	var b strings.Builder
	for i := range g.s.rules {
		if e := f(&g.s.rules[i]); e != "" {
			b.WriteString(" WHEN " + strconv.Itoa(i+1) + " THEN " + e)
		}
	}
	if b.Len() == 0 {
		return "CAST(NULL AS " + typ + ")"
	}
	return "CASE ix" + b.String() + " END"
}

func slotDate(slot int32) string { return "d" + itoa(slot) }

// clause returns, for node i, SQL for its state (0 no clause applies, 1
// due, 2 awaiting an event), its due date (meaningful for state 1) and the
// awaited fact (for state 2): eval and evalLeaf of decide.go.
func (g *sqlGen) clause(i int32) (st, due, aw string) {
	s := g.s
	n := &s.nodes[i]
	if n.kind == leafNode {
		st = "CASE WHEN " + slotDate(n.from) + " IS NULL THEN 2 ELSE 1 END"
		if n.when >= 0 {
			st = "CASE WHEN " + slotDate(n.when) + " IS NULL THEN 0 WHEN " + slotDate(n.from) + " IS NULL THEN 2 ELSE 1 END"
		}
		a := slotDate(n.from)
		if n.cutoff != CutoffNone {
			a = cutoffSQL(a, n.cutoff)
		}
		due = g.addMD(a, itoa(n.months), itoa(n.plus))
		return st, due, itoa(n.from)
	}
	kids := s.kids[n.kidStart:n.kidEnd]
	sts, dues, aws := make([]string, len(kids)), make([]string, len(kids)), make([]string, len(kids))
	for j, k := range kids {
		ks, kd, ka := g.clause(k)
		sts[j] = "(" + ks + ")"
		dues[j] = "CASE WHEN " + sts[j] + " = 1 THEN " + kd + " END"
		aws[j] = " WHEN " + sts[j] + " = 2 THEN " + ka
	}
	aw = "CASE" + strings.Join(aws, "") + " END"
	if n.kind == laterNode {
		// Awaiting if any clause awaits, else due if any is due: the
		// greatest of the codes 0 < 1 < 2. The due date is the greatest of
		// the due clauses' dates; GREATEST skips the NULLs of clauses that
		// do not apply, which later_of ignores, and the state (never NULL)
		// says whether any clause was due at all.
		return "GREATEST(" + strings.Join(sts, ", ") + ")", "GREATEST(" + strings.Join(dues, ", ") + ")", aw
	}
	// earlier_of: due if any clause is due, else awaiting if any awaits:
	// rank due 1, awaiting 2, none 3 ((st + 2) % 3 + 1), take the least,
	// and map 3 back to 0.
	ranks := make([]string, len(sts))
	for j, x := range sts {
		ranks[j] = "(" + x + " + 2) % 3 + 1"
	}
	return "LEAST(" + strings.Join(ranks, ", ") + ") % 3", "LEAST(" + strings.Join(dues, ", ") + ")", aw
}

// cutoffSQL moves the date a to the last day of the period containing it
// (cutoff in months.go).
func cutoffSQL(a string, c Cutoff) string {
	y := "CAST(EXTRACT(YEAR FROM " + a + ") AS INTEGER)"
	m := "CAST(EXTRACT(MONTH FROM " + a + ") AS INTEGER)"
	d := "CAST(EXTRACT(DAY FROM " + a + ") AS INTEGER)"
	switch c {
	case Month:
		return "(CAST(make_date(" + y + ", " + m + ", 1) + INTERVAL '1 month' AS DATE) - 1)"
	case CalendarYear:
		return "make_date(" + y + ", 12, 31)"
	case FinancialYear:
		return "make_date(" + y + " + CASE WHEN " + m + " > 3 THEN 1 ELSE 0 END, 3, 31)"
	case TaxYear:
		return "make_date(" + y + " + CASE WHEN " + m + " > 4 OR (" + m + " = 4 AND " + d + " > 5) THEN 1 ELSE 0 END, 4, 5)"
	case AcademicYear:
		return "make_date(" + y + " + CASE WHEN " + m + " > 8 THEN 1 ELSE 0 END, 8, 31)"
	}
	return a
}

func (g *sqlGen) evalCTE() {
	s := g.s
	g.w(",\nnk_e AS (SELECT f.id, f.rule, f.today, f.nk_held, f.nk_holds, ", g.reviewedSlot(), " AS d_rv, nr.*,")
	// The first malformed fact by name, as Record.fault keeps it.
	byName := make([]int, len(s.factNames))
	for i := range byName {
		byName[i] = i
	}
	sort.Slice(byName, func(a, b int) bool { return s.factNames[byName[a]] < s.factNames[byName[b]] })
	g.w("\n  CASE")
	for _, i := range byName {
		g.w(" WHEN s", strconv.Itoa(i), " = 3 THEN ", strconv.Itoa(i))
	}
	g.w(" END AS bad,")
	// The first fact the rule names (by slot) that is unknown or after
	// today, as Decide's loop over r.used finds it: the reason and the fact.
	for _, col := range []struct {
		name string
		val  func(slot int32, why Reason) string
	}{{"ufr", func(_ int32, why Reason) string { return rc(why) }}, {"ufn", func(slot int32, _ Reason) string { return itoa(slot) }}} {
		g.w("\n  ", g.perRule("INTEGER", func(r *rule) string {
			var b strings.Builder
			for _, slot := range r.used {
				b.WriteString(" WHEN s" + itoa(slot) + " = 0 THEN " + col.val(slot, FactUnknown) +
					" WHEN " + slotDate(slot) + " > today THEN " + col.val(slot, FactInFuture))
			}
			if b.Len() == 0 {
				return ""
			}
			return "CASE" + b.String() + " END"
		}), " AS ", col.name, ",")
	}
	// The first declared constraint a fact that has happened breaks, in
	// declaration order: requires (the other fact has not happened) or
	// not_before (the other is a later date). An unknown other fact breaks
	// neither.
	var chkr, chkn strings.Builder
	for _, c := range s.checks {
		cond := slotDate(c.fact) + " IS NOT NULL AND s" + itoa(c.other) + " = 1"
		why := PrerequisiteNotHappened
		if c.notBefore {
			cond, why = slotDate(c.fact)+" < "+slotDate(c.other), FactsOutOfOrder
		}
		chkr.WriteString(" WHEN " + cond + " THEN " + rc(why))
		chkn.WriteString(" WHEN " + cond + " THEN " + itoa(c.fact))
	}
	if chkr.Len() == 0 {
		g.w("\n  CAST(NULL AS INTEGER) AS chkr, CAST(NULL AS INTEGER) AS chkn,")
	} else {
		g.w("\n  CASE", chkr.String(), " END AS chkr,\n  CASE", chkn.String(), " END AS chkn,")
	}
	g.w("\n  ", g.perRule(g.text(), func(r *rule) string {
		var b strings.Builder
		for _, m := range r.morats {
			b.WriteString(" WHEN today BETWEEN " + dateLit(m.from) + " AND " + dateLit(m.until) + " THEN " + literal(m.holds[0]))
		}
		if b.Len() == 0 {
			return ""
		}
		return "CASE" + b.String() + " END"
	}), " AS morat,")
	var sts, dues, aws strings.Builder
	for i := range s.rules {
		r := &s.rules[i]
		if r.root < 0 {
			continue
		}
		st, due, aw := g.clause(r.root)
		when := "\n    WHEN " + strconv.Itoa(i+1) + " THEN "
		sts.WriteString(when + st)
		dues.WriteString(when + due)
		aws.WriteString(when + aw)
	}
	for _, c := range []struct {
		b         *strings.Builder
		name, typ string
	}{{&sts, "c_st", "INTEGER"}, {&dues, "c_due", "DATE"}, {&aws, "c_aw", "INTEGER"}} {
		if c.b.Len() == 0 {
			g.w("\n  CAST(NULL AS ", c.typ, ") AS ", c.name, ",")
			continue
		}
		g.w("\n  CASE ix", c.b.String(), " END AS ", c.name, ",")
	}
	g.w("\n  ", g.perRule("DATE", func(r *rule) string {
		if !r.cycle || r.revFrom < 0 {
			return ""
		}
		return slotDate(r.revFrom)
	}), " AS rev_base,")
	// rev_wait: a periodic cycle whose from has not happened, never
	// reviewed (nextReview's waits); rev_slot: that from's slot.
	g.w("\n  ", g.perRule("BOOLEAN", func(r *rule) string {
		if !r.cycle || r.revFrom < 0 {
			return ""
		}
		return "(" + slotDate(r.revFrom) + " IS NULL AND " + g.reviewedSlot() + " IS NULL)"
	}), " AS rev_wait,")
	g.w("\n  ", g.perRule("INTEGER", func(r *rule) string {
		if !r.cycle || r.revFrom < 0 {
			return ""
		}
		return itoa(r.revFrom)
	}), " AS rev_slot")
	g.w("\n  FROM nk_s AS f LEFT JOIN nk_rules AS nr ON nr.rule_id = f.rule", g.fence(), ")")
}

// reviewed is the date of the latest review (NULL: none, or the schedule
// declares no reviewed fact, and so has no review cycles).
func (g *sqlGen) reviewed() string { return "d_rv" }

// reviewedSlot is the reviewed fact's date column in nk_s.
func (g *sqlGen) reviewedSlot() string {
	if g.s.reviewed < 0 {
		return "CAST(NULL AS DATE)"
	}
	return "f." + slotDate(g.s.reviewed)
}

// datesCTE derives the dates of nextReview (decide.go) and dispose_within.
func (g *sqlGen) datesCTE() {
	rv := g.reviewed()
	base := "CASE WHEN rev_base IS NULL OR " + rv + " > rev_base THEN " + rv + " ELSE rev_base END"
	g.w(",\nnk_n AS (SELECT *,\n  CASE WHEN cyc AND rev_slot IS NOT NULL THEN ", g.addMD(base, "cyc_m", "cyc_d + 1"), " END AS rev_p,",
		"\n  CASE WHEN dis_m <> 0 OR dis_d <> 0 THEN ", g.addMD("c_due", "dis_m", "dis_d"), " END AS dis_by",
		"\n  FROM nk_e", g.fence(), "),")
	g.w("\nnk_x AS (SELECT *, CASE WHEN NOT cyc THEN NULL",
		"\n    WHEN acti = ", ac(Review), " AND c_st = 1 AND ", rv, " >= c_due THEN ", g.addMD(rv, "cyc_m", "cyc_d + 1"),
		"\n    WHEN acti = ", ac(Review), " AND c_st = 1 AND (rev_p IS NULL OR c_due < rev_p) THEN c_due",
		"\n    ELSE rev_p END AS nxt",
		"\n  FROM nk_n", g.fence(), ")")
}

// rc is a reason as the query carries it, its number; the final step
// writes its code.
func rc(r Reason) string { return itoa(int32(r)) }

// rcc is rc with the reason's code in a comment, for the reason ladder a
// person reads.
func rcc(r Reason) string { return rc(r) + " /* " + r.String() + " */" }

// ac is an action as the query compares it.
func ac(a Action) string { return itoa(int32(a)) }

// ended is true when the retention period has ended; never NULL.
const ended = "(c_st = 1 AND today >= c_due)"

func (g *sqlGen) reasonCTE() {
	g.w(",\nnk_r AS (SELECT *, CASE",
		"\n  WHEN bad IS NOT NULL THEN ", rcc(MalformedFact),
		"\n  WHEN ix IS NULL THEN ", rcc(UnknownRule),
		"\n  WHEN today IS NULL THEN ", rcc(NoToday),
		"\n  WHEN ufr IS NOT NULL THEN ufr",
		"\n  WHEN chkr IS NOT NULL THEN chkr",
		"\n  WHEN nk_held THEN ", rcc(RecordHold),
		"\n  WHEN morat IS NOT NULL THEN ", rcc(Moratorium),
		"\n  WHEN acti = ", ac(Keep), " THEN ", rcc(KeepPermanently),
		// A review of the cycle that has fallen due is reported whatever
		// else is pending, unless the record may now be disposed of.
		"\n  WHEN today >= nxt AND (", ended, " AND acti IN (", ac(Destroy), ", ", ac(Anonymise), ", ", ac(Transfer), ")) IS NOT TRUE THEN",
		"\n    CASE WHEN ", ended, " AND acti = ", ac(Review), " THEN ", rcc(ReviewAtEnd), " ELSE ", rcc(ReviewCycleDue), " END",
		"\n  WHEN c_st = 0 THEN ", rcc(NoClauseApplies),
		"\n  WHEN c_st = 2 THEN ", rcc(MissingFact),
		"\n  WHEN rev_wait AND (", ended, " AND acti IN (", ac(Destroy), ", ", ac(Anonymise), ", ", ac(Transfer), ")) IS NOT TRUE THEN ", rcc(MissingFact),
		"\n  WHEN c_st = 1 AND today < c_due THEN CASE WHEN c_due > ", sqlMaxDate, " THEN ", rcc(DueBeyondRange), " ELSE ", rcc(PeriodRunning), " END",
		"\n  WHEN ", ended, " AND acti = ", ac(Review), " THEN CASE WHEN nxt > ", sqlMaxDate, " THEN ", rcc(DueBeyondRange), " ELSE ", rcc(NextReviewCycle), " END",
		"\n  WHEN ", ended, " AND acti IN (", ac(Destroy), ", ", ac(Anonymise), ", ", ac(Transfer), ") THEN ", rcc(PeriodEnded),
		"\n  ELSE ", rcc(MalformedRecord), " END AS rc",
		"\n  FROM nk_x", g.fence(), ")")
}

// factName writes the name of the fact in the slot expression e.
func (g *sqlGen) factName(e string) string {
	var b strings.Builder
	b.WriteString("CASE " + e)
	for i, n := range g.s.factNames {
		b.WriteString(" WHEN " + strconv.Itoa(i) + " THEN " + literal(n))
	}
	return b.String() + " END"
}

func (g *sqlGen) final() {
	s := g.s
	g.w("\nSELECT id, rule, ", literal(s.version), " AS schedule_version,\n  CASE")
	var cannot []string
	for _, o := range Outcomes() {
		var codes []string
		for _, r := range Reasons() {
			if r.Outcome() == o {
				codes = append(codes, rc(r))
			}
		}
		g.w("\n    WHEN rc IN (", strings.Join(codes, ", "), ") THEN ", literal(o.String()))
		if o == CannotEvaluate {
			cannot = codes
		}
	}
	g.w(" END AS outcome,\n  CASE rc")
	for _, r := range Reasons() {
		g.w(" WHEN ", rc(r), " THEN ", literal(r.String()))
	}
	g.w(" END AS reason,")
	g.w("\n  CASE rc WHEN ", rc(ReviewCycleDue), " THEN nxt",
		" WHEN ", rc(PeriodRunning), " THEN c_due WHEN ", rc(PeriodEnded), " THEN c_due",
		" WHEN ", rc(NextReviewCycle), " THEN nxt",
		" WHEN ", rc(ReviewAtEnd), " THEN nxt END AS due,")
	g.w("\n  CASE WHEN nxt <= ", sqlMaxDate, " AND rc NOT IN (", strings.Join(cannot, ", "), ") THEN nxt END AS next_review,")
	g.w("\n  CASE WHEN rc = ", rc(PeriodEnded), " THEN act END AS action,")
	g.w("\n  CASE WHEN rc = ", rc(PeriodEnded), " AND dis_by <= ", sqlMaxDate, " THEN dis_by END AS must_dispose_by,")
	g.w("\n  CASE WHEN rc = ", rc(PeriodEnded), " AND dis_by <= ", sqlMaxDate, " AND today > dis_by THEN TRUE ELSE FALSE END AS overdue,")
	morat := "ARRAY[morat]"
	if g.d == DuckDB {
		morat = "[morat]"
	}
	recHolds := "nk_holds"
	if g.holdsTable != "" {
		agg := "array_agg"
		if g.d == DuckDB {
			agg = "list"
		}
		recHolds = "(SELECT " + agg + "(CAST(h." + g.holdsName + " AS " + g.text() + ") ORDER BY CAST(h." + g.holdsName + " AS " + g.text() + ")) FROM " +
			g.holdsTable + " AS h WHERE h." + g.holdsRec + " = z.id)"
	}
	g.w("\n  CASE rc WHEN ", rc(RecordHold), " THEN ", recHolds, " WHEN ", rc(Moratorium), " THEN ", morat, " END AS holds,")
	g.w("\n  ", g.factName("CASE rc WHEN "+rc(MissingFact)+" THEN CASE WHEN c_st = 2 THEN c_aw ELSE rev_slot END WHEN "+rc(NoClauseApplies)+" THEN na END"), " AS missing,")
	g.w("\n  CASE WHEN rc = ", rc(MalformedRecord), " THEN 'no decision: an unexpected NULL' ELSE ",
		g.factName("CASE rc WHEN "+rc(MalformedFact)+" THEN bad WHEN "+rc(FactUnknown)+" THEN ufn WHEN "+rc(FactInFuture)+" THEN ufn"+
			" WHEN "+rc(FactsOutOfOrder)+" THEN chkn WHEN "+rc(PrerequisiteNotHappened)+" THEN chkn END"), " END AS detail")
	g.w("\nFROM nk_r AS z")
	if g.view == "" {
		g.w("\n")
	} else {
		g.w(";\n")
	}
}
