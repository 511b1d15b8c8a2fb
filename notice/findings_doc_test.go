package notice_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/notice"
)

// findingsDoc is the path of the findings reference, generated from
// notice.Catalogue by TestFindingsDoc (go test ./notice -update).
const findingsDoc = "../FINDINGS.md"

// TestFindingsDoc keeps FINDINGS.md, the reference a DPO reads, generated
// from the one catalogue: a code, severity, citation or summary changed in
// code and not in the document fails here.
func TestFindingsDoc(t *testing.T) {
	var b strings.Builder
	b.WriteString("# Findings of `noticekit check`\n\n")
	b.WriteString("Generated from `notice.Catalogue()` by `go test ./notice -update`; do not edit by hand.\n")
	b.WriteString("`go doc github.com/noticekit/noticekit/notice.Check` explains how to read a finding.\n\n")
	b.WriteString("## Which law judges what\n\n")
	b.WriteString("Each activity is judged by its own regime only: UK GDPR Arts 13/14 for `uk-gdpr` (and the same\n")
	b.WriteString("articles of the EU GDPR for `eu-gdpr`), DPA 2018 s44(1) and s44(2) for `dpa-2018-part-3` (UK GDPR Art\n")
	b.WriteString("2(2)(b) takes law-enforcement processing out of the UK GDPR), LED Art 13(1) for `eu-led`. Items about\n")
	b.WriteString("the notice as a whole (controller, DPO, rights, complaints) are judged by the rules of every regime its\n")
	b.WriteString("activities fall under; cookies by PECR when the notice has UK processing. A code has no finding for a regime or a\n")
	b.WriteString("date its rules do not list (docs/law.md §11.1).\n\n")
	b.WriteString("## Severity policy\n\n")
	b.WriteString("- **error**: a statutory information item is absent (UK GDPR Arts 13-14, DPA 2018 s44(1), LED Art\n")
	b.WriteString("  13(1), PECR reg 6(2)), for the whole activity or for part of its data, or the notice states something\n")
	b.WriteString("  the law contradicts (including a stated condition that cannot apply).\n")
	b.WriteString("- **warning**: a likely defect that needs judgement (an item asked for only where it applies; a right\n")
	b.WriteString("  turning on facts a notice need not give, such as portability; silence about consent to cookies that\n")
	b.WriteString("  need it); every omission of a DPA 2018 s44(2) item (owed only \"in specific cases\"); a missing Art 9 /\n")
	b.WriteString("  Sch 1, Art 10 or Sch 8 condition, which a notice is not required to state (docs/law.md §11.5); a right\n")
	b.WriteString("  offered that does not apply (it misleads, but costs no one a right).\n")
	b.WriteString("- **info**: good practice (a condition named only generally; an appropriate policy document not\n")
	b.WriteString("  referenced), or a caveat about the law relied on.\n\n")
	b.WriteString("A finding that rests on an interpreted value (an `interpreted` mark in the notice), or on a parent\n")
	b.WriteString("notice that is named but not available, is a warning at most and says so. What only an interpreted\n")
	b.WriteString("value satisfies is found by judging the notice again with interpretations set aside: a warning naming\n")
	b.WriteString("the interpretation.\n\n")
	b.WriteString("A flag marks a rule that rests on a DERIVED or UNVERIFIED row of docs/law.md.\n\n")
	b.WriteString("## Codes\n\n")
	b.WriteString("| code | meaning | regimes | in force | citation | severity | flag |\n|---|---|---|---|---|---|---|\n")
	for _, e := range notice.Catalogue() {
		for i, r := range e.Rules {
			code, meaning := "`"+e.Code+"`", cell(e.Summary)
			if i > 0 {
				code, meaning = "", "″"
			}
			regimes := "any (notice-wide)"
			if r.Regimes != nil {
				var rs []string
				for _, x := range r.Regimes {
					rs = append(rs, "`"+x.String()+"`")
				}
				regimes = strings.Join(rs, ", ")
			}
			when := "from the regime's first day"
			switch {
			case !r.From.Date().IsZero() && !r.Until.Date().IsZero():
				when = fmt.Sprintf("%s to %s", r.From.Date(), r.Until.Date().AddDays(-1))
			case !r.From.Date().IsZero():
				when = fmt.Sprintf("from %s", r.From.Date())
			case !r.Until.Date().IsZero():
				when = fmt.Sprintf("until %s", r.Until.Date().AddDays(-1))
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s |\n", code, meaning, regimes, when, cell(r.Citation), r.Severity, cell(r.Flag))
		}
	}
	got := b.String()
	if *update {
		if err := os.WriteFile(findingsDoc, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(findingsDoc)
	if err != nil {
		t.Fatalf("%v (run go test ./notice -update)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s is out of step with notice.Catalogue (-want +got); run go test ./notice -update:\n%s", findingsDoc, diff)
	}
}

func cell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
