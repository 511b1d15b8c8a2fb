package lawfulbasis

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/internal/enum"
)

var update = flag.Bool("update", false, "rewrite golden files")

// dateEq lets cmp compare civil.Date, whose field is unexported.
var dateEq = cmp.Comparer(func(a, b civil.Date) bool { return a == b })

// allItems lists every row of the three tables, with its kind.
func allItems() []struct {
	kind string
	it   Item
} {
	var out []struct {
		kind string
		it   Item
	}
	add := func(kind string, it Item) {
		out = append(out, struct {
			kind string
			it   Item
		}{kind, it})
	}
	for _, r := range Regimes() {
		add("regime", r.Info())
	}
	for _, b := range Bases() {
		add("basis", b.Info())
	}
	for _, c := range Conditions() {
		add("condition", c.Info())
	}
	return out
}

var kebab = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// TestEveryCodeHasNameAndCitation: every item has a kebab-case code, an
// English name, a citation and a flag; dated changes are dated and cited.
func TestEveryCodeHasNameAndCitation(t *testing.T) {
	seen := map[string]string{}
	for _, x := range allItems() {
		it := x.it
		if !kebab.MatchString(it.Code) {
			t.Errorf("%s %q: code is not kebab-case", x.kind, it.Code)
		}
		if prev, dup := seen[x.kind+"/"+it.Code]; dup {
			t.Errorf("%s %q: duplicate code (also %s)", x.kind, it.Code, prev)
		}
		seen[x.kind+"/"+it.Code] = it.Name
		if strings.TrimSpace(it.Name) == "" {
			t.Errorf("%s %q: no name", x.kind, it.Code)
		}
		if strings.TrimSpace(it.Citation) == "" {
			t.Errorf("%s %q: no citation", x.kind, it.Code)
		}
		if it.Flag == FlagUnspecified || it.Flag > Unverified {
			t.Errorf("%s %q: flag %v, want one of verified…unverified", x.kind, it.Code, it.Flag)
		}
		if it.From.IsZero() && !strings.Contains(it.Note, "not stated in the reference") {
			t.Errorf("%s %q: From is zero but the Note does not say the date is not in the reference: %q", x.kind, it.Code, it.Note)
		}
		if !it.Until.IsZero() && !it.From.IsZero() && it.Until.Before(it.From) {
			t.Errorf("%s %q: Until %v before From %v", x.kind, it.Code, it.Until, it.From)
		}
		var last civil.Date
		for i, ch := range it.Changes {
			if ch.On.IsZero() || ch.Citation == "" || ch.What == "" || ch.Flag == FlagUnspecified {
				t.Errorf("%s %q: change %d is incomplete: %+v", x.kind, it.Code, i, ch)
			}
			if ch.On.Before(last) {
				t.Errorf("%s %q: changes not oldest first", x.kind, it.Code)
			}
			last = ch.On
		}
	}
	if len(seen) != len(Regimes())+len(Bases())+len(Conditions()) {
		t.Errorf("got %d items, want %d", len(seen), len(Regimes())+len(Bases())+len(Conditions()))
	}
}

// TestCodesUnchanged pins the codes that existed before the tables were
// restructured: they are the JSON vocabulary and must never change.
func TestCodesUnchanged(t *testing.T) {
	tests := []struct {
		got  string
		want string
	}{
		{UKGDPR.String(), "uk-gdpr"}, {DPA2018Part3.String(), "dpa-2018-part-3"},
		{EUGDPR.String(), "eu-gdpr"}, {EULED.String(), "eu-led"},
		{Consent.String(), "consent"}, {Contract.String(), "contract"},
		{LegalObligation.String(), "legal-obligation"}, {VitalInterests.String(), "vital-interests"},
		{PublicTask.String(), "public-task"}, {RecognisedLegitimateInterests.String(), "recognised-legitimate-interests"},
		{LegitimateInterests.String(), "legitimate-interests"}, {LawEnforcementTask.String(), "law-enforcement-task"},
		{Art9A.String(), "art-9-2-a"}, {Art9J.String(), "art-9-2-j"},
		{Sch1Para1.String(), "sch-1-para-1"}, {Sch1Para4.String(), "sch-1-para-4"},
		{Sch1Para6.String(), "sch-1-para-6"}, {Sch1Para37.String(), "sch-1-para-37"},
		{Art10OfficialAuthority.String(), "art-10-official-authority"}, {S35Consent.String(), "s35-4-consent"},
		{Sch8Para1.String(), "sch-8-para-1"}, {Sch8Para9.String(), "sch-8-para-9"},
		{Annex1Para1.String(), "annex-1-para-1"}, {Annex1Para3.String(), "annex-1-para-3"},
		{Annex1Para5.String(), "annex-1-para-5"}, {Annex1Para6.String(), "annex-1-para-6"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("code %q, want %q", tt.got, tt.want)
		}
	}
	if n := len(Conditions()); n != int(Annex1Para6) {
		t.Errorf("len(Conditions()) = %d, want %d, the last constant", n, Annex1Para6)
	}
}

// TestConditionStructure keeps the family, Part and code of each condition in
// step with one another and with its citation.
func TestConditionStructure(t *testing.T) {
	prefix := map[Family]string{FamilyArt9: "art-9-2-", FamilySch1: "sch-1-para-", FamilyArt10: "art-10-",
		FamilyS35: "s35-4-", FamilySch8: "sch-8-para-", FamilyAnnex1: "annex-1-para-"}
	for _, c := range Conditions() {
		it := c.Info()
		f := c.Family()
		if f == FamilyUnspecified || !strings.HasPrefix(it.Code, prefix[f]) {
			t.Errorf("%v: family %v does not match its code", c, f)
		}
		if f == FamilySch1 {
			if want := fmt.Sprintf("Sch 1 Part %d para ", c.Part()); !strings.Contains(it.Citation, want) {
				t.Errorf("%v: Part() = %d but citation %q", c, c.Part(), it.Citation)
			}
			var para int
			fmt.Sscanf(strings.TrimPrefix(it.Code, "sch-1-para-"), "%d", &para)
			var want int
			switch {
			case para >= 1 && para <= 4:
				want = 1
			case para >= 6 && para <= 28:
				want = 2
			case para >= 29 && para <= 37:
				want = 3
			}
			if c.Part() != want {
				t.Errorf("%v: Part() = %d, want %d (docs/law.md §3.2)", c, c.Part(), want)
			}
		} else if c.Part() != 0 {
			t.Errorf("%v: Part() = %d for a non-Sch 1 condition", c, c.Part())
		}
		if (f == FamilyAnnex1) != (it.From == civil.MustParse("2026-02-05")) {
			t.Errorf("%v: From = %v; Annex 1 conditions, and only they, are from 2026-02-05", c, it.From)
		}
	}
	for _, x := range []Condition{ConditionUnspecified, Condition(200)} {
		if x.Family() != FamilyUnspecified || x.Part() != 0 || x.NeedsPolicyDocument() || x.Info().Code != "" {
			t.Errorf("%d: unknown condition has structure", x)
		}
		if p, ok := x.NeedsSch1(); ok || p != 0 {
			t.Errorf("%d: NeedsSch1 = %d, %v", x, p, ok)
		}
	}
}

func TestInfoUnknown(t *testing.T) {
	for _, it := range []Item{RegimeUnspecified.Info(), Regime(99).Info(), BasisUnspecified.Info(), Basis(99).Info(),
		ConditionUnspecified.Info(), Condition(255).Info()} {
		if diff := cmp.Diff(Item{}, it, dateEq); diff != "" {
			t.Errorf("Info of unknown value (-want +got):\n%s", diff)
		}
		if it.InForce(civil.MustParse("2026-03-01")) {
			t.Error("the zero Item is in force")
		}
	}
}

// TestInfoIsACopy: changing what Info returns does not change the tables.
func TestInfoIsACopy(t *testing.T) {
	it := PublicTask.Info()
	it.Changes[0].What = "changed"
	it.Name = "changed"
	if got := PublicTask.Info(); got.Name == "changed" || got.Changes[0].What == "changed" {
		t.Fatalf("Info exposes the table: %+v", got)
	}
	c := Art9F.Info()
	c.Changes[0].What = "changed"
	if Art9F.Info().Changes[0].What == "changed" {
		t.Fatal("Condition.Info exposes the table")
	}
}

func TestInForce(t *testing.T) {
	it := Item{Code: "x", From: civil.MustParse("2026-02-05"), Until: civil.MustParse("2026-06-18")}
	tests := []struct {
		on   string
		want bool
	}{
		{"", false}, {"2026-02-04", false}, {"2026-02-05", true}, {"2026-06-18", true}, {"2026-06-19", false},
	}
	for _, tt := range tests {
		var on civil.Date
		if tt.on != "" {
			on = civil.MustParse(tt.on)
		}
		if got := it.InForce(on); got != tt.want {
			t.Errorf("InForce(%q) = %v, want %v", tt.on, got, tt.want)
		}
	}
	if !(Item{Code: "x"}).InForce(civil.MinDate()) {
		t.Error("an unbounded item is not in force on MinDate()")
	}
}

func TestParseErrors(t *testing.T) {
	_, err := ParseBasis("legitimate-interest")
	var ue *enum.UnknownError
	if !errors.As(err, &ue) || ue.Kind != "basis" || !strings.Contains(err.Error(), "legitimate-interests") {
		t.Errorf("ParseBasis error = %v, want an UnknownError listing the codes", err)
	}
	if _, err := ParseCondition(""); err == nil {
		t.Error("ParseCondition(\"\") succeeded")
	}
	if _, err := ParseRegime("UK-GDPR"); err == nil {
		t.Error("ParseRegime is not case-sensitive")
	}
	if _, err := BasisUnspecified.MarshalText(); err == nil {
		t.Error("BasisUnspecified marshals")
	}
	if got, _ := Derived.MarshalText(); string(got) != "derived" {
		t.Errorf("Derived.MarshalText() = %q", got)
	}
	if _, err := FlagUnspecified.MarshalText(); err == nil {
		t.Error("FlagUnspecified marshals")
	}
	if got := Family(42).String(); got != "family(42)" {
		t.Errorf("Family(42).String() = %q", got)
	}
}

// TestGoldenItems renders every row of the law tables; review the diff of
// testdata/items.golden whenever the law changes. Regenerate with -update.
func TestGoldenItems(t *testing.T) {
	var buf bytes.Buffer
	for _, x := range allItems() {
		it := x.it
		fmt.Fprintf(&buf, "%s %s\n\tname: %s\n\tcitation: %s\n\tfrom: %s\n\tuntil: %s\n\tflag: %s\n",
			x.kind, it.Code, it.Name, it.Citation, orNone(it.From), orNone(it.Until), it.Flag)
		if it.Note != "" {
			fmt.Fprintf(&buf, "\tnote: %s\n", it.Note)
		}
		for _, ch := range it.Changes {
			fmt.Fprintf(&buf, "\tchange %s (%s, %s): %s\n", ch.On, ch.Citation, ch.Flag, ch.What)
			if ch.Note != "" {
				fmt.Fprintf(&buf, "\t\tnote: %s\n", ch.Note)
			}
		}
	}
	for _, c := range Conditions() {
		if part, ok := c.NeedsSch1(); ok {
			fmt.Fprintf(&buf, "needs-sch-1 %s: part %d: %s\n", c, part, codes(c.Sch1Conditions()))
		}
	}
	for _, c := range Conditions() {
		if c.NeedsPolicyDocument() {
			fmt.Fprintf(&buf, "needs-policy-document %s\n", c)
		}
	}
	golden(t, "items.golden", buf.Bytes())
}

func orNone(d civil.Date) string {
	if d.IsZero() {
		return "(none)"
	}
	return d.String()
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}
