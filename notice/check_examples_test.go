package notice_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/civil"
	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/retention"
)

// goldenDay is the date the example notices are judged at in the golden
// files: after every DUAA 2025 commencement (so complaints to the
// controller, s164A, are required).
var goldenDay = civil.MustParse("2026-11-22")

type wantFinding struct{ code, pointer string }

// reviewed lists, for each example notice, every finding Check must report,
// each reviewed by hand against the published notice (shared/seeds/), with
// the notice's own words in the comment.
var reviewed = map[string][]wantFinding{
	"maidstone-parking-bwv": {
		// No date or version anywhere in the published page.
		{notice.CodeNoticeUndated, ""},
		// "Our legal basis for using your information is: Legitimate Interest" — no interests named.
		{notice.CodeLegitimateInterestsNotStated, "/activities/0/lawful_bases/0"},
		// The same basis covers "Any Data collected may be used for research and statistical purposes",
		// which the notice does not place inside or outside the council's tasks.
		{notice.CodeLIPublicTaskUnclear, "/activities/0/lawful_bases/0/basis"},
		// A council relies on legitimate interest "To ensure safety of Civil Enforcement Officers, and as
		// evidence for disputes": parking enforcement is a public task (Art 6(1) second subparagraph).
		{notice.CodePublicAuthorityLI, "/activities/0/lawful_bases/0/basis"},
		// Footage is collected from people ("talk to us face to face"), but nothing says whether they must provide it.
		{notice.CodeRequirementNotStated, "/activities/0/requirement"},
		// The notice never mentions transfers outside the UK.
		{notice.CodeTransfersNotStated, "/activities/0/transfers"},
		// "Portability – you can ask us to transfer your personal data": Art 20 needs consent or contract.
		{notice.CodeRightClaimedDoesNotApply, "/rights/items/3"},
	},
	"staffordshire-opcc": {
		// Nothing on automated decisions.
		{notice.CodeAutomatedDecisionsNotStated, "/activities/0/automated_decisions"},
		// "To meet our legitimate interests to improve and set default web options": a PCC is a public
		// authority, and the notice does not say this is outside its tasks.
		{notice.CodeLIPublicTaskUnclear, "/activities/0/lawful_bases/1/basis"},
		// Data comes "through the use of a web form, signup sheet or social media": no statement of whether it is required.
		{notice.CodeRequirementNotStated, "/activities/0/requirement"},
		// Only "Not transferred to other countries without adequate protection", a principle, not a statement.
		{notice.CodeTransfersNotStated, "/activities/0/transfers"},
		// The notice points to "ICO Guidance on Personal Rights" but never says people may complain to the ICO.
		{notice.CodeComplaintToCommissionerAbsent, "/complaints/commissioner"},
		// Written in 2018 ("last updated on 12th June 2018"): no complaint route to the OPCC itself.
		{notice.CodeComplaintToControllerAbsent, "/complaints/controller"},
		// A public authority with no DPO contact anywhere in the notice.
		{notice.CodeDPOContactMissing, "/dpo"},
		// "Through consent provided as part of certain web forms", yet the rights list has no withdrawal.
		{notice.CodeWithdrawConsentNotMentioned, "/rights/items"},
	},
	"staffordshire-police": {
		// No date on the page.
		{notice.CodeNoticeUndated, ""},
		// Policing purpose (Part 3) with "Racial or ethnic origin", "Physical identifiers including DNA…": no s35 case or Sch 8 condition.
		{notice.CodeSensitiveProcessingNoCond, "/activities/0/conditions"},
		// Policing: "retained, reviewed and deleted in accordance with the agreed national retention
		// periods" and MoPI / the National Retention and Disposal Schedule: no period in the notice itself.
		{notice.CodeRetentionScheduleNotPublished, "/activities/0/retention"},
		// Support services (UK GDPR): nothing on automated decisions (Art 22 is described only as a right).
		{notice.CodeAutomatedDecisionsNotStated, "/activities/1/automated_decisions"},
		// "Offences (including alleged offences)" in the UK GDPR services: no Art 10 authority stated.
		{notice.CodeCriminalOffenceNoAuthority, "/activities/1/conditions"},
		// "Physical or mental health or condition" etc. in the UK GDPR services: no Art 9(2) condition stated.
		{notice.CodeSpecialCategoryNoCondition, "/activities/1/conditions"},
		// Five bases ("Consent", "Contract", "Legal obligation", "Vital interest", "Public Task") for 24 services, unlinked.
		{notice.CodeBasisNotLinked, "/activities/1/lawful_bases"},
		// Staff and others provide data directly; nothing says whether they must.
		{notice.CodeRequirementNotStated, "/activities/1/requirement"},
		// For the services, only "for as long as is necessary"; the MoPI/PNC schedules concern policing records.
		{notice.CodeRetentionPeriodNotStated, "/activities/1/retention"},
		// "situated outside of the European Union … we will take proper steps": no safeguard named.
		{notice.CodeTransferSafeguardNotStated, "/activities/1/transfers"},
		// Only the DPO's email (rightofaccess@staffordshire.pnn.police.uk) is given; no contact for the Chief Constable.
		{notice.CodeControllerContactMissing, "/controller"},
		// "Protect national security" listed as an access restriction ground: moved to s78A by DUAA s88 (date unverified).
		{notice.CodeRestrictionGroundMoved, "/rights/items/1/restrictions/3"},
	},
	"stockport-inclusion": {
		// No date on the page.
		{notice.CodeNoticeUndated, ""},
		// "Criminal convictions and offences" listed, with no Art 10 authority or Sch 1 condition.
		{notice.CodeCriminalOffenceNoAuthority, "/activities/0/conditions"},
		// "It is necessary for employment-related purposes" (Art 9(2)(b)) needs Sch 1 para 1; only para 14 (fraud) is given.
		{notice.CodeSpecialCategoryNoSch1, "/activities/0/conditions"},
		// Three purposes and six bases, never linked.
		{notice.CodeBasisNotLinked, "/activities/0/lawful_bases"},
		// "It is in our legitimate interests (or those of a third party)": the interests are not named.
		{notice.CodeLegitimateInterestsNotStated, "/activities/0/lawful_bases/5"},
		// …and a council service relying on them is not shown to be outside its public tasks.
		{notice.CodeLIPublicTaskUnclear, "/activities/0/lawful_bases/5/basis"},
		// "necessary for fraud prevention" (Sch 1 para 14) needs an appropriate policy document; none referenced.
		{notice.CodePolicyDocumentNotReferenced, "/activities/0/policy_document"},
		// "Our retention schedule outlines how long we retain…": referred to, not given.
		{notice.CodeRetentionScheduleNotPublished, "/activities/0/retention"},
		// "Who else we obtain or receive it from" is left to "other policies".
		{notice.CodeSourcesNotStated, "/activities/0/sources"},
		// "We will use one of these safeguards:-" is followed by nothing.
		{notice.CodeTransferSafeguardNotStated, "/activities/0/transfers"},
		// Only a DPO email for concerns; no contact for the service or council.
		{notice.CodeControllerContactMissing, "/controller"},
		// Rights are left to "other policies": access, rectification, erasure, restriction and
		// portability (consent, contract) apply but are not mentioned…
		{notice.CodeRightNotMentioned, "/rights/items"},
		{notice.CodeRightNotMentioned, "/rights/items"},
		{notice.CodeRightNotMentioned, "/rights/items"},
		{notice.CodeRightNotMentioned, "/rights/items"},
		{notice.CodeRightNotMentioned, "/rights/items"},
		// …nor the right to object to legitimate-interests processing…
		{notice.CodeObjectionNotMentioned, "/rights/items"},
		// …nor withdrawing consent ("You, or your legal representative, have given consent").
		{notice.CodeWithdrawConsentNotMentioned, "/rights/items"},
	},
	"stockport-soloprotect": {
		// No date on the page ("We may update or revise this privacy notice at any time").
		{notice.CodeNoticeUndated, ""},
		// Audio is recorded from "yourself": nothing on whether it must be provided.
		{notice.CodeRequirementNotStated, "/activities/0/requirement"},
		// "audio captured will not be kept longer than is necessary": no period, no criteria.
		{notice.CodeRetentionPeriodNotStated, "/activities/0/retention"},
		// No controller-contact-missing: "If you would like further information about this privacy
		// notice, please email dpa.officer@stockport.gov.uk" is a council address to reach it by.
		// "contact our Data Protection Officer" is left to a guide; no DPO contact given.
		{notice.CodeDPOContactMissing, "/dpo"},
		// Public task: rectification and restriction apply but are not mentioned (only access and "ask us not to use").
		{notice.CodeRightNotMentioned, "/rights/items"},
		{notice.CodeRightNotMentioned, "/rights/items"},
	},
}

// TestCheckExamplesGolden checks the examples against the reviewed list and
// against golden files holding every finding in full. -update rewrites the
// golden files but refuses to change how many findings one holds (as
// x/vulndb does): a change in number needs the reviewed list changed first.
func TestCheckExamplesGolden(t *testing.T) {
	var opt notice.Options
	for _, s := range examples.Schedules() {
		def, err := retention.ParseSchedule(s.Data)
		if err != nil {
			t.Fatal(err)
		}
		opt.Schedules = append(opt.Schedules, def)
	}
	if len(reviewed) != len(examples.All()) {
		t.Errorf("reviewed lists %d notices, examples has %d", len(reviewed), len(examples.All()))
	}
	for _, e := range examples.All() {
		t.Run(e.ID, func(t *testing.T) {
			n, err := notice.Parse(e.Data)
			if err != nil {
				t.Fatal(err)
			}
			got := notice.CheckWith(n, goldenDay, opt)
			var gotW []wantFinding
			for _, f := range got {
				gotW = append(gotW, wantFinding{f.Code, f.Pointer})
			}
			if diff := cmp.Diff(reviewed[e.ID], gotW, cmp.AllowUnexported(wantFinding{})); diff != "" {
				t.Errorf("findings differ from the reviewed list (-want +got):\n%s", diff)
			}
			out, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, '\n')
			path := filepath.Join("testdata", "check", e.ID+".golden")
			old, readErr := os.ReadFile(path)
			if *update {
				if readErr == nil {
					var prev []notice.Finding
					if err := json.Unmarshal(old, &prev); err == nil && len(prev) != len(got) {
						t.Fatalf("-update would change %s from %d to %d findings: update the reviewed list, then delete the file", path, len(prev), len(got))
					}
				}
				if err := os.WriteFile(path, out, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if readErr != nil {
				t.Fatalf("%v (run go test ./notice -run TestCheckExamplesGolden -update)", readErr)
			}
			if diff := cmp.Diff(string(old), string(out)); diff != "" {
				t.Errorf("%s differs (-want +got):\n%s", path, diff)
			}
			if !bytes.Contains(out, []byte(`"severity"`)) && len(got) > 0 {
				t.Error("golden output lacks severities")
			}
		})
	}
}
