package retention

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/retention/internal/ref"
)

// clockChanges returns the UTC instants of London's spring and autumn clock
// changes in 1972–2037 (the last Sundays of March and October at 01:00
// UTC), computed with the time package, not civil.
func clockChanges() []time.Time {
	var out []time.Time
	for y := 1972; y <= 2037; y++ {
		for _, m := range []time.Month{time.March, time.October} {
			d := time.Date(y, m+1, 0, 1, 0, 0, 0, time.UTC) // the month's last day
			for d.Weekday() != time.Sunday {
				d = d.AddDate(0, 0, -1)
			}
			out = append(out, d)
		}
	}
	return out
}

// offsets are the UTC offsets timestamps are written in (seconds).
var offsets = []int{0, 0, 3600, -3600, 3600 + 30*60, -(5 * 3600), 9*3600 + 45*60, 14 * 3600, -(12 * 3600), 23*3600 + 59*60, -(23*3600 + 59*60), 59 * 60, -(59 * 60)}

// stamp writes the instant t as RFC 3339 at the UTC offset off (seconds),
// in one of the forms the grammar allows.
func stamp(r *rand.Rand, t time.Time, off int) string {
	local := t.In(time.FixedZone("", off))
	s := local.Format("2006-01-02T15:04:05")
	if r.IntN(4) == 0 {
		s += fmt.Sprintf(".%0*d", 1+r.IntN(6), r.IntN(10))
	}
	switch {
	case off == 0 && r.IntN(2) == 0:
		s += "Z"
	default:
		sign, a := '+', off
		if off < 0 {
			sign, a = '-', -off
		}
		s += fmt.Sprintf("%c%02d:%02d", sign, a/3600, a%3600/60)
	}
	if r.IntN(10) == 0 { // §5.6 allows t and z in lower case
		s = strings.NewReplacer("T", "t", "Z", "z").Replace(s)
	}
	return s
}

// refFactValue returns a random fact value near base: a date, or a
// timestamp within two hours of London midnight (often on a clock-change
// day) at a random offset, a leap second, or (rarely) a malformed value.
func refFactValue(r *rand.Rand, base time.Time, changes []time.Time) string {
	t := base
	switch r.IntN(10) {
	case 0, 1, 2: // near London midnight on a clock-change day of t's year
		c := time.Date(t.Year(), t.Month(), t.Day(), 1, 0, 0, 0, time.UTC) // before 1972: any day
		if i := (t.Year()-1972)*2 + r.IntN(2); i >= 0 && i < len(changes) {
			c = changes[i]
		}
		t = time.Date(c.Year(), c.Month(), c.Day()+r.IntN(3)-1, 23, 0, 0, 0, time.UTC).
			Add(time.Duration(r.IntN(4*3600)-2*3600) * time.Second)
	case 3: // near London midnight on an ordinary day
		t = time.Date(t.Year(), t.Month(), t.Day(), 23, 0, 0, 0, time.UTC).Add(time.Duration(r.IntN(3*3600)-3600) * time.Second)
	case 4: // a leap second, 23:59:60 UTC on 30 June or 31 December
		m, d := time.June, 30
		if r.IntN(2) == 0 {
			m, d = time.December, 31
		}
		u := time.Date(t.Year(), m, d, 23, 59, 59, 0, time.UTC)
		off := offsets[r.IntN(len(offsets))]
		l := u.In(time.FixedZone("", off))
		s := stamp(r, u, off)
		// replace the seconds 59 with 60: they follow the wall clock's hh:mm:
		i := len(l.Format("2006-01-02T15:04:"))
		return s[:i] + "60" + s[i+2:]
	case 5:
		if r.IntN(20) == 0 { // malformed: an offset of 24 hours, a comma, a bad day
			return []string{"2026-03-31T00:30:00+24:00", "2026-03-31T00:30:00,5Z", "2026-02-30", "2026-03-31T00:30:60Z"}[r.IntN(4)]
		}
	default:
		return t.Format("2006-01-02")
	}
	return stamp(r, t, offsets[r.IntN(len(offsets))])
}

// TestDecideMatchesIndependentReference is the differential test against
// retention/internal/ref, written from docs/retention.md alone (its own
// period parser, timestamp grammar, date arithmetic and London zone
// data): random schedules (declared constraints, when-leaves, combinators,
// review cycles, moratoria) and records whose facts are dates, timestamps
// near London midnight on clock-change days at many offsets, leap seconds,
// a few malformed values, null, or left out. Outcome, reason, due date,
// next review, action, dispose-by date and the fact awaited must agree;
// for cannot-evaluate the reason and the fact named must be one of the
// faults the reference finds. 200 000 decisions by default (about 5 s;
// 1 000 000 took 20–35 s on a loaded 2-core machine), -short 40 000, and
// NOTICEKIT_REF_DECISIONS sets the count: .ci/run sets 1 000 000.
func TestDecideMatchesIndependentReference(t *testing.T) {
	n := 200_000
	if testing.Short() {
		n = 40_000
	}
	if v := os.Getenv("NOTICEKIT_REF_DECISIONS"); v != "" {
		if _, err := fmt.Sscan(v, &n); err != nil {
			t.Fatalf("NOTICEKIT_REF_DECISIONS=%q: %v", v, err)
		}
	}
	r := rand.New(rand.NewPCG(10, 10))
	changes := clockChanges()
	counts := map[string]int{}
	const per = 20
	for done := 0; done < n; done += per {
		def := randDefinition(r, true)
		s, err := Compile(def)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := json.Marshal(def)
		if err != nil {
			t.Fatal(err)
		}
		rs, err := ref.Parse(doc)
		if err != nil {
			t.Fatal(err)
		}
		for range per {
			rule := def.Rules[r.IntN(len(def.Rules))].ID
			base := time.Date(1850+r.IntN(200), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
			facts := map[string]*string{}
			for _, f := range def.Facts {
				switch r.IntN(40) {
				case 0: // unknown
				case 1, 2, 3, 4:
					facts[f.Name] = nil
				default: // mostly in factPool order, as the constraints point
					k := slices.Index(factPool, f.Name)
					if k < 0 {
						k = len(factPool)
					}
					v := refFactValue(r, base.AddDate(0, 0, k*400+r.IntN(400)), changes)
					facts[f.Name] = &v
				}
			}
			today := base.AddDate(7+r.IntN(60), r.IntN(12), r.IntN(60))
			if r.IntN(10) == 0 {
				today = base.AddDate(r.IntN(7), r.IntN(12), r.IntN(60))
			}
			var holds []string
			if r.IntN(20) == 0 {
				holds = []string{"h"}
			}
			if r.IntN(50) == 0 {
				rule = "no-such-rule"
			}
			want := rs.Decide(ref.Record{Rule: rule, Facts: facts, Holds: holds}, today.Format("2006-01-02"))
			rec := s.Resolve(&Input{Rule: rule, Facts: facts, Holds: holds})
			dec := s.Decide(&rec, civil.MustParse(today.Format("2006-01-02")))
			counts[dec.Outcome.String()]++
			counts["  "+dec.Reason.String()]++
			fail := func() {
				t.Helper()
				t.Fatalf("rule %s of %s\nfacts %s holds %v today %s\ngot  %+v\nwant %+v", rule, doc, showFacts(facts), holds, today.Format("2006-01-02"), gotDecision(dec), want)
			}
			if dec.Outcome.String() != want.Outcome {
				fail()
			}
			if want.Outcome == "cannot-evaluate" {
				fault := ref.Fault{Reason: dec.Reason.String(), Fact: dec.Detail}
				if dec.Reason == UnknownRule {
					fault.Fact = ""
				}
				if !slices.Contains(want.Faults, fault) {
					fail()
				}
				continue
			}
			got := ref.Decision{Outcome: dec.Outcome.String(), Reason: dec.Reason.String(), Due: dec.Due.String(),
				NextReview: dec.NextReview.String(), Missing: dec.Missing, MustDisposeBy: dec.MustDisposeBy.String(), Overdue: dec.Overdue}
			if dec.Outcome == Eligible {
				got.Action = dec.Action.String()
			}
			want.Faults = nil
			if fmt.Sprint(got) != fmt.Sprint(want) {
				fail()
			}
		}
	}
	t.Logf("%d decisions: %v", n, counts)
	for _, o := range Outcomes() {
		if counts[o.String()] == 0 {
			t.Errorf("no %s decision in the run", o)
		}
	}
}
