package notice

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// Findings an interpretation hides.
//
// An interpreted value can satisfy an item as well as create a finding: a
// "cookie control system" read as a consent banner answers the rule that
// browser settings are not consent. So Check judges the notice a second
// time with its interpreted values set aside (treated as absent), and
// reports what only that judgement finds as a warning at most, naming the
// interpretation that hides it. An activity's regime is never set aside:
// without one there is no law to judge the activity by.

// family groups codes that report the same item in different ways, so that
// a finding the second judgement words differently is not reported twice.
func family(code string) string {
	switch code {
	case CodeRetentionMissing, CodeRetentionPeriodNotStated, CodeRetentionScheduleNotPublished, CodeRetentionCategoryNotCovered:
		return "retention"
	case CodePublicAuthorityLI, CodeLIPublicTaskUnclear:
		return "public-authority-li"
	case CodeSpecialCategoryNoCondition, CodeSpecialCategoryNoSch1, CodeConditionCannotApply:
		return "special-category-condition"
	case CodeCookieWithoutConsent, CodeCookieLegitimateInterests:
		return "cookie-consent"
	case CodeTransfersNotStated, CodeTransfersWrongTerritory:
		return "transfers"
	}
	return code
}

type findingKey struct{ family, pointer string }

func keyOf(f Finding) findingKey { return findingKey{family(f.Code), f.Pointer} }

// hidden adds the findings that only a judgement with interpreted values
// set aside gives.
func (c *checker) hidden() {
	var ptrs []string
	for q := range c.interp {
		if !strings.HasSuffix(q, "/regime") {
			ptrs = append(ptrs, q)
		}
	}
	if len(ptrs) == 0 {
		return
	}
	slices.SortFunc(ptrs, comparePointers)
	seen := map[findingKey]bool{}
	for _, f := range c.out {
		seen[keyOf(f)] = true
	}
	found := map[findingKey]Finding{}
	why := map[findingKey][]string{}
	var order []findingKey
	add := func(f Finding, q string) {
		k := keyOf(f)
		if _, ok := found[k]; !ok {
			found[k] = f
			order = append(order, k)
		}
		if !slices.Contains(why[k], q) {
			why[k] = append(why[k], q)
		}
	}
	newIn := func(aside []string) []Finding {
		var out []Finding
		for _, f := range c.judgeWithout(aside) {
			// Information (good practice, caveats) is not an item a reading
			// satisfies; and a date is no value of the notice.
			if !seen[keyOf(f)] && f.Severity > Info && f.Code != CodeDateBeforeRegime && f.Code != CodeLawDateUnknown {
				out = append(out, f)
			}
		}
		return out
	}
	// One interpretation at a time names the one that hides a finding.
	for _, q := range ptrs {
		for _, f := range newIn([]string{q}) {
			add(f, q)
		}
	}
	// Several readings may hide a finding together (a banner read twice):
	// those whose restoring alone hides it again are the ones named.
	all := newIn(ptrs)
	for _, f := range all {
		if _, ok := found[keyOf(f)]; ok {
			continue
		}
		for _, q := range ptrs {
			back := slices.DeleteFunc(slices.Clone(ptrs), func(p string) bool { return p == q })
			if !slices.ContainsFunc(newIn(back), func(g Finding) bool { return keyOf(g) == keyOf(f) }) {
				add(f, q)
			}
		}
		if _, ok := found[keyOf(f)]; !ok {
			for _, q := range ptrs {
				add(f, q)
			}
		}
	}
	for _, k := range order {
		f := found[k]
		f.Severity = min(f.Severity, Warning)
		f.Message += "; found with interpreted values set aside: the notice's words do not state what satisfies this, only an interpretation does: " + c.reasons(why[k])
		c.out = append(c.out, f)
	}
}

// judgeWithout checks a copy of the notice with the values at aside
// removed, without the hidden-findings pass.
func (c *checker) judgeWithout(aside []string) []Finding {
	n, ok := without(c.n, aside)
	if !ok {
		return nil
	}
	d := &checker{n: n, on: c.on, opt: c.opt}
	d.setup()
	d.run()
	return d.out
}

// without returns a copy of n with the members at ptrs (and their
// interpretation marks) removed; ok false if the copy cannot be made.
func without(n *Notice, ptrs []string) (*Notice, bool) {
	data, err := json.Marshal(n)
	if err != nil {
		return nil, false
	}
	var doc any
	if json.Unmarshal(data, &doc) != nil {
		return nil, false
	}
	for _, p := range ptrs {
		i := strings.LastIndexByte(p, '/')
		obj, ok := at(doc, p[:i]).(map[string]any)
		if !ok {
			continue
		}
		key := unescapePointer(p[i+1:])
		delete(obj, key)
		if marks, ok := obj["interpreted"].(map[string]any); ok {
			delete(marks, key)
		}
	}
	if data, err = json.Marshal(doc); err != nil {
		return nil, false
	}
	var out Notice
	if json.Unmarshal(data, &out) != nil {
		return nil, false
	}
	return &out, true
}

// at returns the value at JSON pointer p in doc, or nil.
func at(doc any, p string) any {
	if p == "" {
		return doc
	}
	for _, seg := range strings.Split(p[1:], "/") {
		switch v := doc.(type) {
		case map[string]any:
			doc = v[unescapePointer(seg)]
		case []any:
			i, ok := atoi(seg)
			if !ok || i >= len(v) {
				return nil
			}
			doc = v[i]
		default:
			return nil
		}
	}
	return doc
}

func unescapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~1", "/"), "~0", "~")
}

// reasons formats the reasons of the interpreted values at qs, each once
// with the pointers it marks.
func (c *checker) reasons(qs []string) string {
	where := map[string][]string{}
	for _, q := range qs {
		where[c.interp[q]] = append(where[c.interp[q]], q)
	}
	var why []string
	for reason, ps := range where {
		slices.SortFunc(ps, comparePointers)
		why = append(why, fmt.Sprintf("%s (%s)", reason, strings.Join(ps, ", ")))
	}
	slices.Sort(why)
	return strings.Join(why, "; ")
}
