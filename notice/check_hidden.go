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
// set aside gives. Values marked with one reason are one reading and are
// set aside together.
func (c *checker) hidden() {
	byReason := map[string][]string{}
	var reasons []string
	var all []string
	for q, why := range c.interp {
		if strings.HasSuffix(q, "/regime") {
			continue
		}
		if _, ok := byReason[why]; !ok {
			reasons = append(reasons, why)
		}
		byReason[why] = append(byReason[why], q)
		all = append(all, q)
	}
	if len(all) == 0 {
		return
	}
	slices.Sort(reasons)
	doc := c.doc
	if doc == nil {
		return
	}
	seen := map[findingKey]bool{}
	for _, f := range c.out {
		seen[keyOf(f)] = true
	}
	found := map[findingKey]Finding{}
	why := map[findingKey][]string{}
	var order []findingKey
	add := func(f Finding, qs []string) {
		k := keyOf(f)
		if _, ok := found[k]; !ok {
			found[k] = f
			order = append(order, k)
		}
		for _, q := range qs {
			if !slices.Contains(why[k], q) {
				why[k] = append(why[k], q)
			}
		}
	}
	newIn := func(aside []string) []Finding {
		var out []Finding
		for _, f := range c.judgeWithout(doc, aside) {
			// Information (good practice, caveats) is not an item a reading
			// satisfies; and a date is no value of the notice.
			if !seen[keyOf(f)] && f.Severity > Info && f.Code != CodeDateBeforeRegime && f.Code != CodeLawDateUnknown {
				out = append(out, f)
			}
		}
		return out
	}
	// One reading at a time names the one that hides a finding.
	for _, r := range reasons {
		for _, f := range newIn(byReason[r]) {
			add(f, byReason[r])
		}
	}
	if len(reasons) > 1 {
		// Several readings may hide a finding together (a banner read
		// twice): those whose restoring alone hides it again are named.
		var without map[string][]Finding // reason → findings with all but it set aside
		for _, f := range newIn(all) {
			if _, ok := found[keyOf(f)]; ok {
				continue
			}
			if without == nil {
				without = map[string][]Finding{}
				for _, r := range reasons {
					without[r] = newIn(slices.DeleteFunc(slices.Clone(all), func(q string) bool { return c.interp[q] == r }))
				}
			}
			for _, r := range reasons {
				if !slices.ContainsFunc(without[r], func(g Finding) bool { return keyOf(g) == keyOf(f) }) {
					add(f, byReason[r])
				}
			}
			if _, ok := found[keyOf(f)]; !ok {
				add(f, all)
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

// judgeWithout checks a copy of the notice (doc, its JSON form) with the
// values at aside removed, without the hidden-findings pass.
func (c *checker) judgeWithout(doc any, aside []string) []Finding {
	n, interp, ok := c.withoutReading(doc, aside)
	if !ok {
		return nil
	}
	d := &checker{n: n, on: c.on, opt: c.opt, interp: interp}
	d.setup()
	d.run()
	return d.out
}

// withoutReading is without, by withoutFast where it can: the notice with
// the members at aside removed, and its interpreted values.
func (c *checker) withoutReading(doc any, aside []string) (*Notice, map[string]string, bool) {
	if !c.baseDone {
		c.baseDone = true
		// The form's text decodes as doc marshalled again would: it holds
		// no numbers, and its strings decode alike however escaped.
		var n Notice
		if c.form != nil && json.Unmarshal(c.form, &n) == nil {
			c.base = &n
		}
	}
	if c.base != nil {
		if n, ok := withoutFast(c.base, aside); ok {
			return n, interpretationsLeft(c.interp, aside), true
		}
	}
	n, left, ok := without(doc, aside)
	if !ok {
		return nil, nil, false
	}
	return n, interpretationsOf(left), true
}

// interpretationsLeft is interp without the values at, or inside, the
// pointers aside, nor those whose marks (an "interpreted" member) are
// aside: the interpretations of the JSON form without removes.
func interpretationsLeft(interp map[string]string, aside []string) map[string]string {
	out := make(map[string]string, len(interp))
	for q, why := range interp {
		marks := q[:strings.LastIndexByte(q, '/')] + "/interpreted"
		if !slices.ContainsFunc(aside, func(p string) bool { return q == p || strings.HasPrefix(q, p+"/") || marks == p }) {
			out[q] = why
		}
	}
	return out
}

// without returns the notice doc (its JSON form, left unchanged) with the
// members at ptrs (and their interpretation marks) removed, as a Notice and
// as JSON; ok false if it cannot be read back.
func without(doc any, ptrs []string) (*Notice, any, bool) {
	doc = deepCopy(doc)
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
	data, err := json.Marshal(doc)
	if err != nil {
		return nil, nil, false
	}
	var out Notice
	if json.Unmarshal(data, &out) != nil {
		return nil, nil, false
	}
	return &out, doc, true
}

// deepCopy copies the objects and arrays of a decoded JSON value.
func deepCopy(v any) any {
	switch v := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(v))
		for k, x := range v {
			m[k] = deepCopy(x)
		}
		return m
	case []any:
		a := make([]any, len(v))
		for i, x := range v {
			a[i] = deepCopy(x)
		}
		return a
	}
	return v
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
