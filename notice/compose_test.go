package notice_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	lb "github.com/noticekit/noticekit/lawfulbasis"
	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/retention"
)

// The fixtures in testdata/compose were written for these tests (they are
// not published notices): a district council's corporate notice, a
// planning enforcement service notice under it (part law enforcement, part
// general processing, every hedge the model types), and a county council's
// disabled facilities grants notice with no parent. Their words are the
// "text" values quoted below.

func loadFixture(t *testing.T, name string) *notice.Notice {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "compose", name))
	if err != nil {
		t.Fatal(err)
	}
	n, err := notice.Parse(data)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return n
}

// enforcementSchedule is the council's schedule: enforcement files are
// kept six years after closure.
var enforcementSchedule = &retention.Definition{ID: "example-district", Version: "2026-1", Rules: []retention.RuleDef{
	{ID: "enforcement-files", Retain: &retention.ClauseDef{From: "closed", Period: "P6Y"}, Then: "destroy"}}}

type sevFinding struct {
	code, pointer string
	sev           notice.Severity
}

func sevFindings(fs []notice.Finding) []sevFinding {
	var out []sevFinding
	for _, f := range fs {
		out = append(out, sevFinding{f.Code, f.Pointer, f.Severity})
	}
	return out
}

var composeReviewed = map[string][]sevFinding{
	// The planning enforcement notice judged with its parent, the corporate
	// notice, at 2026-11-22. The parent gives the controller ("Example
	// District Council"), its contact, the DPO ("dpo@example-district.gov.uk"),
	// the rights and both complaint routes, and marks the council a competent
	// authority: none of those is reported.
	"with-parent": {
		// "where it is necessary for reasons of substantial public interest" names no Sch 8 paragraph:
		// a condition named but not identified; a notice need not state it at all (docs/law.md §11.5): info.
		{notice.CodeConditionNotIdentified, "/activities/0/conditions/0/general", notice.Info},
		// "We keep enforcement files for 2 years" linked to rule enforcement-files, which keeps them 6 years:
		// the notice promises less time than the schedule keeps (s44(2)(b), s39): a warning needing judgement.
		{notice.CodeRetentionScheduleDisagrees, "/activities/0/retention/0/period", notice.Warning},
		// "You can object to our use of your information in an investigation", offered for the Part 3
		// activity only: Part 3 has no right to object (s43(1), docs/law.md §6): misleading, a warning.
		{notice.CodeRightClaimedDoesNotApply, "/rights/items/0", notice.Warning},
	},
	// The same notice with its parent named but not available: every item the
	// parent might supply is a warning saying "may be in" the parent's URL;
	// nothing is an error.
	"parent-absent": {
		{notice.CodeConditionNotIdentified, "/activities/0/conditions/0/general", notice.Info},
		// The competent-authority mark may be in the parent (s29, s30).
		{notice.CodePart3NotCompetentAuthority, "/activities/0/regime", notice.Warning},
		{notice.CodeRetentionScheduleDisagrees, "/activities/0/retention/0/period", notice.Warning},
		// No complaint routes in this notice (Art 13(2)(d), s165; s44(1)(e)): may be in the parent.
		{notice.CodeComplaintToCommissionerAbsent, "/complaints/commissioner", notice.Warning},
		// From 19 Jun 2026 (s164A; Art 13(2)(ca); s44(1)(da)): may be in the parent.
		{notice.CodeComplaintToControllerAbsent, "/complaints/controller", notice.Warning},
		// "controller": {"not_named": true} and no contact (Art 13(1)(a), s44(1)(a)): may be in the parent.
		{notice.CodeControllerContactMissing, "/controller", notice.Warning},
		{notice.CodeControllerNotNamed, "/controller", notice.Warning},
		// Part 3 controllers must have a DPO (s69(1), s44(1)(b)): may be in the parent.
		{notice.CodeDPOContactMissing, "/dpo", notice.Warning},
		// Neither activity has access, rectification and erasure/restriction offered for it (s44(1)(d);
		// Art 13(2)(b)), and the planning activity (public task) lacks objection (Art 21(1), 21(4)).
		{notice.CodeRightNotMentioned, "/rights/items", notice.Warning},
		{notice.CodeRightNotMentioned, "/rights/items", notice.Warning},
		{notice.CodeObjectionNotMentioned, "/rights/items", notice.Warning},
		// The notice's own statement, not the parent's to supply: as with the parent.
		{notice.CodeRightClaimedDoesNotApply, "/rights/items/0", notice.Warning},
	},
	// The disabled facilities grants notice, with no parent.
	"without-parent": {
		// "it is in the substantial public interest" for "Details of your disability": Art 9(2)(g) named
		// without its Sch 1 paragraph (docs/law.md §3.1, §11.5): info.
		{notice.CodeConditionNotIdentified, "/activities/0/conditions/0/general", notice.Info},
		// "We keep fraud records for varying lengths of time" names no criterion; s44(2)(b) is owed in
		// specific cases, so a warning (docs/law.md §11.1).
		{notice.CodeRetentionPeriodNotStated, "/activities/1/retention", notice.Warning},
		// "controller": {"not_named": true} and no parent: nobody is named (Art 13(1)(a), 14(1)(a);
		// s44(1)(a)): an error.
		{notice.CodeControllerNotNamed, "/controller", notice.Error},
		// "You can object to the use of your information in a fraud investigation" is offered for Part 3
		// only, so the grant applications (public task, Art 21(1)) have no objection right: an error
		// (Art 13(2)(b), 21(4)); a right offered for one regime does not silence the other.
		{notice.CodeObjectionNotMentioned, "/rights/items", notice.Error},
		// …and Part 3 has no right to object (s43(1)): misleading, a warning.
		{notice.CodeRightClaimedDoesNotApply, "/rights/items/4", notice.Warning},
	},
}

func composeCases(t *testing.T) map[string]struct {
	n   *notice.Notice
	opt notice.Options
} {
	corp := loadFixture(t, "corporate.json")
	sched := []*retention.Definition{enforcementSchedule}
	return map[string]struct {
		n   *notice.Notice
		opt notice.Options
	}{
		"with-parent":    {loadFixture(t, "service-with-parent.json"), notice.Options{Parent: corp, Schedules: sched}},
		"parent-absent":  {loadFixture(t, "service-with-parent.json"), notice.Options{Schedules: sched}},
		"without-parent": {loadFixture(t, "service-without-parent.json"), notice.Options{}},
	}
}

// TestComposeFixtures checks the fixtures against the reviewed lists and
// golden files holding every finding in full (-update rewrites them).
func TestComposeFixtures(t *testing.T) {
	if got := notice.Check(loadFixture(t, "corporate.json"), checkDay); len(got) != 0 {
		t.Errorf("the corporate notice has findings: %v", got)
	}
	for name, c := range composeCases(t) {
		t.Run(name, func(t *testing.T) {
			got := notice.CheckWith(c.n, checkDay, c.opt)
			if diff := cmp.Diff(composeReviewed[name], sevFindings(got), cmp.AllowUnexported(sevFinding{})); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
			out, _ := json.MarshalIndent(got, "", "  ")
			out = append(out, '\n')
			path := filepath.Join("testdata", "compose", name+".golden")
			if *update {
				if err := os.WriteFile(path, out, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if diff := cmp.Diff(string(want), string(out)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", path, diff)
			}
		})
	}
}

// TestParentSuppliesItems: a service notice whose parent supplies the DPO,
// the contact and the rights gets none of those findings, whether the
// parent is given directly or resolved by id; with the parent named but
// absent, every finding is a warning or info, and each one the parent could
// supply names the parent's URL.
func TestParentSuppliesItems(t *testing.T) {
	corp := loadFixture(t, "corporate.json")
	parentCodes := map[string]bool{notice.CodeControllerNotNamed: true, notice.CodeControllerContactMissing: true,
		notice.CodeDPOContactMissing: true, notice.CodeRightsNotStated: true, notice.CodeRightNotMentioned: true,
		notice.CodeObjectionNotMentioned: true, notice.CodeComplaintToCommissionerAbsent: true,
		notice.CodeComplaintToControllerAbsent: true, notice.CodePart3NotCompetentAuthority: true}
	resolve := func(id string) (*notice.Notice, bool) { return corp, id == corp.ID }
	for _, opt := range []notice.Options{{Parent: corp}, {Resolve: resolve}} {
		for _, f := range notice.CheckWith(loadFixture(t, "service-with-parent.json"), checkDay, opt) {
			if parentCodes[f.Code] {
				t.Errorf("the parent supplies it, yet: %v", f)
			}
		}
	}
	// A parent given with another id is not the named parent.
	other := *corp
	other.ID = "someone-else"
	absent := notice.CheckWith(loadFixture(t, "service-with-parent.json"), checkDay, notice.Options{Parent: &other})
	named := 0
	for _, f := range absent {
		if f.Severity == notice.Error {
			t.Errorf("parent named but absent, yet an error: %v", f)
		}
		if parentCodes[f.Code] {
			named++
			if !strings.Contains(f.Message, "may be in the parent notice https://www.example-district.gov.uk/privacy") {
				t.Errorf("does not name the parent: %v", f)
			}
		}
	}
	if named == 0 {
		t.Error("no finding the parent could supply was reported")
	}
	// A parent that is available but does not give the DPO: the finding is
	// reported once, on the service notice, saying the parent was consulted.
	noDPO := *corp
	noDPO.DPO = nil
	var dpo []notice.Finding
	for _, f := range notice.CheckWith(loadFixture(t, "service-with-parent.json"), checkDay, notice.Options{Parent: &noDPO}) {
		if f.Code == notice.CodeDPOContactMissing {
			dpo = append(dpo, f)
		}
	}
	if len(dpo) != 1 || dpo[0].Severity != notice.Error || !strings.Contains(dpo[0].Message, `the parent notice "example-district-corporate" was consulted`) {
		t.Errorf("DPO in neither notice: %v", dpo)
	}
	// Without the parent link, the same notice gets errors.
	n := loadFixture(t, "service-with-parent.json")
	n.Parent = nil
	errs := 0
	for _, f := range notice.Check(n, checkDay) {
		if f.Severity == notice.Error {
			errs++
		}
	}
	if errs == 0 {
		t.Error("a notice naming no controller and no parent has no errors")
	}
}

// TestHedges: removing each hedge changes exactly the findings the law
// says. The base is the grants notice (no parent), whose findings are
// composeReviewed["without-parent"].
func TestHedges(t *testing.T) {
	base := func(t *testing.T) *notice.Notice { return loadFixture(t, "service-without-parent.json") }
	codes := func(n *notice.Notice) map[string]int {
		m := map[string]int{}
		for _, f := range notice.Check(n, checkDay) {
			m[f.Code]++
		}
		return m
	}
	tests := []struct {
		name        string
		mutate      func(n *notice.Notice)
		added, gone []string
		law         string
	}{
		// "may" names recipients all the same: Art 13(1)(e) asks for recipients "if any", which a hedge still gives.
		{"sharing may → yes", func(n *notice.Notice) {
			n.Activities[0].Recipients.Shared = notice.Shared
			n.Activities[0].Recipients.Items[1].May = false
		}, nil, nil, "Art 13(1)(e)"},
		// Removing the recipients statement altogether is what the law reports (a warning: "if any").
		{"sharing may → not stated", func(n *notice.Notice) { n.Activities[0].Recipients.Shared = notice.SharingNotStated },
			[]string{notice.CodeRecipientsNotStated}, nil, "Art 13(1)(e)"},
		// An internal recipient is not a disclosure; dropping the mark changes nothing the law asks a notice to say.
		{"internal recipient → external", func(n *notice.Notice) { n.Activities[0].Recipients.Items[0].Internal = false }, nil, nil, "Art 4(9)"},
		// A conditional item is still a category of data (Art 14(1)(d)).
		{"conditional item → unconditional", func(n *notice.Notice) { n.Activities[0].DataCategories[2].Conditional = notice.Text{} }, nil, nil, "Art 14(1)(d)"},
		// may-be → yes: only Art 13 applies, so without categories nothing is owed under Art 14(1)(d).
		{"source may-be → yes, no categories", func(n *notice.Notice) {
			a := &n.Activities[0]
			a.Sources[0].DataSubject = notice.SourceIsSubject
			a.DataCategories, a.Conditions = nil, nil
		}, nil, []string{notice.CodeConditionNotIdentified}, "Art 13"},
		// may-be with no categories: Art 14 applies too, so the categories are owed (Art 14(1)(d)).
		{"source may-be, no categories", func(n *notice.Notice) { n.Activities[0].DataCategories, n.Activities[0].Conditions = nil, nil },
			[]string{notice.CodeDataCategoriesNotStated}, []string{notice.CodeConditionNotIdentified}, "Art 14(1)(d)"},
		// may-be → no: Art 13(2)(e) no longer applies, so a missing requirement statement is not reported.
		{"source may-be → no, no requirement", func(n *notice.Notice) {
			n.Activities[0].Sources[0].DataSubject = notice.SourceIsNotSubject
			n.Activities[0].Requirement = nil
		}, nil, nil, "Art 13(2)(e)"},
		// may-be with no requirement: Art 13 applies too, so the requirement is owed (Art 13(2)(e)).
		{"source may-be, no requirement", func(n *notice.Notice) { n.Activities[0].Requirement = nil },
			[]string{notice.CodeRequirementNotStated}, nil, "Art 13(2)(e)"},
		// A general condition removed: special-category data with no condition stated is a prompt (§11.5).
		{"general condition removed", func(n *notice.Notice) { n.Activities[0].Conditions = nil },
			[]string{notice.CodeSpecialCategoryNoCondition}, []string{notice.CodeConditionNotIdentified}, "§11.5"},
		// The condition identified (Art 9(2)(g) with Sch 1 para 6), with its policy document: nothing to report.
		{"general condition identified", func(n *notice.Notice) {
			a := &n.Activities[0]
			a.Conditions = []notice.Condition{{Condition: lb.Art9G, For: notice.ForSpecialCategory}, {Condition: lb.Sch1Para6, For: notice.ForSpecialCategory}}
			a.PolicyDocument = &notice.Document{Title: notice.Plain("Appropriate policy document")}
		}, nil, []string{notice.CodeConditionNotIdentified}, "Art 9(2)(g); Sch 1 para 6"},
		// The objection right unscoped: it now covers the public-task activity (no error), and applies to some
		// of the processing it is offered for (no misleading claim).
		{"object scope removed", func(n *notice.Notice) { n.Rights.Items[4].Regimes = nil },
			nil, []string{notice.CodeObjectionNotMentioned, notice.CodeRightClaimedDoesNotApply}, "Art 21(1), 21(4); s43(1)"},
		// The statement of an assurance is not an item the law asks for; removing it changes nothing.
		{"statement removed", func(n *notice.Notice) { n.Statements = nil }, nil, nil, "none"},
		// A parent named but absent turns the controller-not-named error into a warning naming the parent.
		{"parent named", func(n *notice.Notice) {
			n.Parent = &notice.Parent{ID: "example-county", URL: "https://example-county.gov.uk/privacy"}
		},
			nil, nil, "Art 13(1)(a)"},
	}
	before := codes(base(t))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := base(t)
			tt.mutate(n)
			after := codes(n)
			want := map[string]int{}
			for k, v := range before {
				want[k] = v
			}
			for _, c := range tt.added {
				want[c]++
			}
			for _, c := range tt.gone {
				want[c]--
				if want[c] == 0 {
					delete(want, c)
				}
			}
			if diff := cmp.Diff(want, after); diff != "" {
				t.Errorf("findings by code (-want +got), per %s:\n%s", tt.law, diff)
			}
		})
	}
	// The parent named: the controller finding is a warning naming it.
	n := base(t)
	n.Parent = &notice.Parent{ID: "example-county", URL: "https://example-county.gov.uk/privacy"}
	for _, f := range notice.Check(n, checkDay) {
		if f.Code == notice.CodeControllerNotNamed && (f.Severity != notice.Warning || !strings.Contains(f.Message, "https://example-county.gov.uk/privacy")) {
			t.Errorf("controller-not-named with a named parent: %v", f)
		}
	}
}
