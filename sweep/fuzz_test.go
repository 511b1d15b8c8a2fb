package sweep

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/noticekit/noticekit/retention"
)

// refRecord is the reference reader for FuzzJSONLine: encoding/json plus a
// token pass for duplicate keys, with the same rules as the record reader,
// written without package strict.
func refRecord(line []byte) (in retention.Input, ok bool) {
	if !utf8.Valid(line) || !json.Valid(line) {
		return in, false
	}
	if t := bytes.TrimLeft(line, " \t\r\n"); len(t) == 0 || t[0] != '{' {
		return in, false
	}
	if hasDuplicateKeys(line) {
		return in, false
	}
	var top map[string]json.RawMessage
	if json.Unmarshal(line, &top) != nil {
		return in, false
	}
	isString := func(raw json.RawMessage) bool { return len(raw) > 0 && raw[0] == '"' }
	for k, raw := range top {
		switch k {
		case "id", "rule":
			var s string
			if !isString(raw) || json.Unmarshal(raw, &s) != nil || s == "" {
				return in, false
			}
			if k == "id" {
				in.ID = s
			} else {
				in.Rule = s
			}
		case "facts":
			var m map[string]json.RawMessage
			if len(raw) == 0 || raw[0] != '{' || json.Unmarshal(raw, &m) != nil {
				return in, false
			}
			in.Facts = map[string]*string{}
			for name, v := range m {
				if string(v) == "null" { // has not happened
					in.Facts[name] = nil
					continue
				}
				var s string
				if !isString(v) || json.Unmarshal(v, &s) != nil {
					return in, false
				}
				in.Facts[name] = &s
			}
		case "holds":
			var hs []json.RawMessage
			if len(raw) == 0 || raw[0] != '[' || json.Unmarshal(raw, &hs) != nil {
				return in, false
			}
			for _, h := range hs {
				var s string
				if !isString(h) || json.Unmarshal(h, &s) != nil || s == "" {
					return in, false
				}
				in.Holds = append(in.Holds, s)
			}
		default:
			return in, false
		}
	}
	if _, ok := top["id"]; !ok {
		return in, false
	}
	if _, ok := top["rule"]; !ok {
		return in, false
	}
	return in, true
}

// hasDuplicateKeys reports whether any object in the JSON text repeats a
// key (after unescaping).
func hasDuplicateKeys(data []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(data))
	type frame struct {
		obj    bool
		keys   map[string]bool
		expect bool // object: the next string token is a key
	}
	var stack []*frame
	for {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if top != nil && top.obj && top.expect {
			if k, ok := tok.(string); ok {
				if top.keys[k] {
					return true
				}
				top.keys[k] = true
				top.expect = false
				continue
			}
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, &frame{obj: true, keys: map[string]bool{}, expect: true})
			continue
		case json.Delim('['):
			stack = append(stack, &frame{})
			continue
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 && stack[len(stack)-1].obj {
			stack[len(stack)-1].expect = true
		}
	}
}

// newTestDecoder is a decoder over the test schedule for one input.
func newTestDecoder(t testing.TB, format Format, opt Options) *decoder {
	s, src := schedule(t)
	if opt.Today.IsZero() {
		opt.Today = today
	}
	sw, err := New(s, src, opt)
	if err != nil {
		t.Fatal(err)
	}
	return sw.newDecoder(&input{name: "fuzz", format: format})
}

// FuzzJSONLine compares the record reader with refRecord: both accept or
// both reject a line, and what they read is the same. Deciding what was
// read never panics.
func FuzzJSONLine(f *testing.F) {
	for _, name := range []string{"outcomes.jsonl", "malformed.jsonl"} {
		for _, line := range bytes.Split(readFile(f, name), []byte{'\n'}) {
			f.Add(line)
		}
	}
	f.Add([]byte(`{"id":"a","rule":"b","facts":{"x\ud83d\ude00":"\ud800","y":null},"holds":["\u00e9"]}`))
	f.Add([]byte(`{"id":"a","rule":"b","facts":{"a1":"1","a2":"2","a3":"3","a4":"4","a5":"5","a6":"6","a7":"7","a8":"8","a9":"9","b1":"1","b2":"2","b3":"3","b4":"4","b5":"5","b6":"6","b7":"7","b8":"8","b8":"9"}}`))
	f.Add([]byte(`{"id":"a","rule":"b","facts":{"captured":nul}}`))
	d := newTestDecoder(f, JSONLines, Options{})
	b := newBatch()
	f.Fuzz(func(t *testing.T, line []byte) {
		if bytes.IndexByte(line, '\n') >= 0 {
			return // the reader splits lines first
		}
		d.startRecord()
		p := jsonParser{d: d, b: line}
		p.record()
		want, wantOK := refRecord(line)
		if gotOK := p.msg == ""; gotOK != wantOK {
			t.Fatalf("%q: reader ok=%v (%s), reference ok=%v", line, gotOK, p.msg, wantOK)
		}
		if !wantOK {
			if p.off < 0 || p.off > len(line) {
				t.Fatalf("%q: problem at offset %d, outside the line", line, p.off)
			}
			return
		}
		got := retention.Input{ID: p.id, Rule: p.rule}
		if p.have&4 != 0 { // "facts" was given
			got.Facts = map[string]*string{}
			for _, kv := range d.kv {
				if kv.null {
					got.Facts[kv.name] = nil
				} else {
					got.Facts[kv.name] = &kv.value
				}
			}
		}
		if len(d.holds) > 0 {
			got.Holds = append([]string(nil), d.holds...)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("%q: read differently (-reference +reader):\n%s", line, diff)
		}
		// Deciding what was read never panics and gives one line.
		setLine(b, line)
		d.decide(b)
		if bytes.Count(b.out, []byte{'\n'}) != 1 {
			t.Fatalf("%q: output %q is not one line", line, b.out)
		}
	})
}

// FuzzCSVLine compares the CSV reader with encoding/csv reading the same
// line as a whole file: the same fields, or both reject it; and deciding a
// row never panics and gives one decision.
func FuzzCSVLine(f *testing.F) {
	for _, line := range bytes.Split(readFile(f, "malformed.csv"), []byte{'\n'}) {
		f.Add(line)
	}
	f.Add([]byte(`"a""b",c,"",d`))
	d := newTestDecoder(f, CSV, Options{})
	d.in.header = d.readHeader([]byte("id,rule,holds,captured,case_opened,case_closed,colour"))
	b := newBatch()
	f.Fuzz(func(t *testing.T, line []byte) {
		if len(line) == 0 || bytes.ContainsAny(line, "\r\n") {
			return // the reader splits lines first
		}
		fields, p := d.split(line)
		r := csv.NewReader(bytes.NewReader(line))
		r.FieldsPerRecord = -1
		want, err := r.Read()
		if (p.Message == "") != (err == nil && utf8.Valid(line)) {
			t.Fatalf("%q: reader problem %q, encoding/csv error %v", line, p.Message, err)
		}
		if p.Message == "" {
			if diff := cmp.Diff(want, fields); diff != "" {
				t.Fatalf("%q: fields (-encoding/csv +reader):\n%s", line, diff)
			}
		} else if p.Column < 0 || p.Column > utf8.RuneCount(line)+1 {
			t.Fatalf("%q: problem at column %d, outside the line", line, p.Column)
		}
		setLine(b, line)
		d.decide(b)
		if bytes.Count(b.out, []byte{'\n'}) != 1 || !utf8.Valid(b.out) {
			t.Fatalf("%q: output %q is not one line of UTF-8", line, b.out)
		}
	})
}

// FuzzRun runs any input through a sweep with one worker and with two:
// the outputs are the same, one decision per line (the CSV header aside),
// and the manifest counts them.
func FuzzRun(f *testing.F) {
	for _, name := range []string{"outcomes.jsonl", "malformed.jsonl", "outcomes.csv", "malformed.csv"} {
		f.Add(readFile(f, name))
	}
	f.Add([]byte("\xef\xbb\xbfid,rule,holds\r\n\r\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		one, m, err := sweepAll(t, Options{Workers: 1, Limits: testLimits}, "in", in)
		if err != nil {
			t.Fatal(err)
		}
		two, _, _ := sweepAll(t, Options{Workers: 2, Limits: testLimits}, "in", in)
		if !bytes.Equal(one, two) {
			t.Fatalf("%q: 1 and 2 workers write different decisions", in)
		}
		lines := bytes.Count(in, []byte{'\n'})
		if len(in) > 0 && in[len(in)-1] != '\n' {
			lines++
		}
		header := 0
		if len(m.Inputs) == 1 && m.Inputs[0].Format == CSV && lines > 0 {
			header = 1
		}
		if n := bytes.Count(one, []byte{'\n'}); n != lines-header || int64(n) != m.Records || m.Inputs[0].Lines != int64(lines) {
			t.Fatalf("%q: %d lines, %d decisions, manifest %d records of %d lines", in, lines, n, m.Records, m.Inputs[0].Lines)
		}
		if !utf8.Valid(one) || strings.Count(string(one), "\n") != len(strings.Split(strings.TrimSuffix(string(one), "\n"), "\n"))-btoi(len(one) == 0) {
			t.Fatalf("%q: output is not lines of UTF-8", in)
		}
	})
}

// testLimits makes long lines easy for the fuzzer to find.
var testLimits = strictLimits(64)

// setLine makes b a batch of the one line l.
func setLine(b *batch, l []byte) {
	b.reset()
	b.first = 2
	b.data = append(b.data, l...)
	b.lines = append(b.lines, line{end: len(l)})
}
