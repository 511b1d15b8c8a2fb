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
	b.WriteString("Generated from `notice.Catalogue` by `go test ./notice -update`; do not edit by hand.\n\n")
	b.WriteString("Severities: **error**, the notice leaves out something UK GDPR Arts 13–14 or DPA 2018 s44 require,\n")
	b.WriteString("or says something the law does not allow; **warning**, probably incomplete or misleading;\n")
	b.WriteString("**info**, worth knowing. `go doc github.com/noticekit/noticekit/notice.Check`\n")
	b.WriteString("explains how to read a finding. A flag marks a finding that rests on a DERIVED or UNVERIFIED row of\n")
	b.WriteString("the legal reference.\n\n")
	b.WriteString("| code | severity | citation | meaning | flag |\n|---|---|---|---|---|\n")
	for _, e := range notice.Catalogue {
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s |\n", e.Code, e.Severity, cell(e.Citation), cell(e.Summary), cell(e.Flag))
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
