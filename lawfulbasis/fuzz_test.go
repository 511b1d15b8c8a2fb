package lawfulbasis

import (
	"strings"
	"testing"

	"github.com/noticekit/noticekit/civil"
)

// fuzzParse checks a code parser: it never panics; what it accepts round-trips
// through String and MarshalText; what it rejects gives the zero value and an
// error naming the kind.
func fuzzParse[T interface {
	~uint8
	String() string
	MarshalText() ([]byte, error)
}](t *testing.T, kind string, parse func(string) (T, error), s string) {
	v, err := parse(s)
	if err != nil {
		if v != 0 {
			t.Fatalf("Parse(%q) = %v with error %v, want the zero value", s, v, err)
		}
		if !strings.Contains(err.Error(), "unknown "+kind) {
			t.Fatalf("Parse(%q) error %q does not name the %s", s, err, kind)
		}
		return
	}
	if v == 0 {
		t.Fatalf("Parse(%q) gave the unspecified value without error", s)
	}
	if got := v.String(); got != s {
		t.Fatalf("String(Parse(%q)) = %q", s, got)
	}
	b, err := v.MarshalText()
	if err != nil || string(b) != s {
		t.Fatalf("MarshalText(Parse(%q)) = %q, %v", s, b, err)
	}
	if again, err := parse(string(b)); err != nil || again != v {
		t.Fatalf("Parse(MarshalText(%v)) = %v, %v", v, again, err)
	}
}

func seed(f *testing.F, codes []string) {
	for _, c := range codes {
		f.Add(c)
	}
	f.Add("")
	f.Add("UK-GDPR")
	f.Add("art-9-2-g ")
	f.Add("sch-1-para-5")
	f.Add("annex-1-para-4")
	f.Add("\x00")
}

func FuzzParseRegime(f *testing.F) {
	seed(f, regimeCodes)
	f.Fuzz(func(t *testing.T, s string) { fuzzParse(t, "regime", ParseRegime, s) })
}

func FuzzParseBasis(f *testing.F) {
	seed(f, basisCodes)
	f.Fuzz(func(t *testing.T, s string) { fuzzParse(t, "basis", ParseBasis, s) })
}

func FuzzParseCondition(f *testing.F) {
	seed(f, conditionCodes)
	f.Fuzz(func(t *testing.T, s string) { fuzzParse(t, "condition", ParseCondition, s) })
}

// FuzzRules feeds arbitrary codes (including out-of-range ones) and day
// numbers to every rule: none panics, none is OK on an unknown input, and an
// OK always carries a citation and a flag.
func FuzzRules(f *testing.F) {
	f.Add(uint8(1), uint8(5), []byte{byte(Art9G), byte(Sch1Para6)}, int32(739700), true, true)
	f.Add(uint8(2), uint8(8), []byte{byte(Sch8Para1)}, int32(0), false, false)
	f.Add(uint8(9), uint8(200), []byte{0, 255}, int32(-5), true, false)
	f.Fuzz(func(t *testing.T, r, b uint8, raw []byte, day int32, apd, task bool) {
		on := civil.FromDays(day)
		conds := make([]Condition, len(raw))
		unknown := false
		for i, x := range raw {
			conds[i] = Condition(x)
			unknown = unknown || conds[i].Info().Code == ""
		}
		results := map[string]Result{
			"BasisValid":                   BasisValid(Regime(r), Basis(b), on),
			"PublicAuthorityBasis":         PublicAuthorityBasis(Basis(b), task, on),
			"SpecialCategory":              SpecialCategory(Basis(b), conds, on),
			"CriminalOffence":              CriminalOffence(conds, on),
			"Part3Sensitive":               Part3Sensitive(conds, apd, on),
			"RecognisedLegitimateInterest": RecognisedLegitimateInterest(conds, on),
		}
		for name, res := range results {
			if res.Code == "" || res.Reason == "" {
				t.Errorf("%s: empty code or reason: %+v", name, res)
			}
			if !res.OK {
				continue
			}
			if on.IsZero() || res.Citation == "" || res.Flag == FlagUnspecified {
				t.Errorf("%s: OK on %v without citation or flag: %+v", name, on, res)
			}
			if unknown && name != "BasisValid" && name != "PublicAuthorityBasis" {
				t.Errorf("%s: OK with an unknown condition in %v", name, raw)
			}
		}
	})
}
