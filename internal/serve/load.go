package serve

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/noticekit/noticekit/examples"
	"github.com/noticekit/noticekit/internal/report"
	"github.com/noticekit/noticekit/notice"
	"github.com/noticekit/noticekit/retention"
	"github.com/noticekit/noticekit/schema"
	"github.com/noticekit/noticekit/strict"
)

// ScheduleInfo describes a loaded retention schedule: GET /v1/schedules
// lists them and GET /v1/schedules/{id} adds the document.
type ScheduleInfo struct {
	ID      string   `json:"id"`
	Version string   `json:"version"`
	SHA256  string   `json:"sha256"` // of the document's bytes as loaded
	Source  string   `json:"source"` // examples/<file> or the file under --schedules
	Rules   []string `json:"rules"`
	Facts   []string `json:"facts"`
}

// NoticeInfo describes a loaded notice, as GET /v1/notices lists them.
type NoticeInfo struct {
	ID      string `json:"id"`
	Version string `json:"version,omitempty"`
	SHA256  string `json:"sha256"`
	Source  string `json:"source"`
}

type loadedSchedule struct {
	info ScheduleInfo
	data []byte
	s    *retention.Schedule
	def  *retention.Definition
}

type loadedNotice struct {
	info NoticeInfo
	data []byte
	n    *notice.Notice
}

// store is everything Load reads; it is immutable once built.
type store struct {
	schedules []*loadedSchedule // sorted by id
	notices   []*loadedNotice   // sorted by id
	defs      []*retention.Definition
	// The lists GET /v1/schedules and GET /v1/notices answer.
	scheduleInfos []ScheduleInfo
	noticeInfos   []NoticeInfo
}

func (st *store) schedule(id string) *loadedSchedule {
	i, ok := slices.BinarySearchFunc(st.schedules, id, func(l *loadedSchedule, id string) int { return strings.Compare(l.info.ID, id) })
	if !ok {
		return nil
	}
	return st.schedules[i]
}

// checkOptions are the options of every check: rule references resolved
// against the loaded schedules, and a parent notice named by id resolved
// among the loaded notices.
func (st *store) checkOptions() notice.Options {
	return notice.Options{Schedules: st.defs, Resolve: func(id string) (*notice.Notice, bool) {
		if l := st.notice(id); l != nil {
			return l.n, true
		}
		return nil, false
	}}
}

func (st *store) notice(id string) *loadedNotice {
	i, ok := slices.BinarySearchFunc(st.notices, id, func(l *loadedNotice, id string) int { return strings.Compare(l.info.ID, id) })
	if !ok {
		return nil
	}
	return st.notices[i]
}

// Load reads the bundled example schedules and notices and every *.json
// file in the configured directories, compiles the schemas, and makes the
// server ready. An invalid document, or two documents with one id, is an
// error naming each problem as file:line:col: pointer: message, and the
// server stays not ready.
func (s *Server) Load() error {
	st := &store{}
	var errs []error
	type src struct {
		name string
		data []byte
	}
	read := func(dir string, bundled []examples.Example) []src {
		var out []src
		for _, e := range bundled {
			out = append(out, src{"examples/" + e.File, e.Data})
		}
		if dir == "" {
			return out
		}
		files, err := filepath.Glob(filepath.Join(dir, "*.json"))
		if err == nil && len(files) == 0 {
			if _, err = os.Stat(dir); err == nil {
				err = fmt.Errorf("%s: no *.json files", dir)
			}
		}
		if err != nil {
			errs = append(errs, err)
		}
		for _, f := range files {
			data, err := readDocFile(f)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			out = append(out, src{f, data})
		}
		return out
	}
	_ = schema.Notice() // compile both schemas now, not on the first request
	_ = schema.Schedule()
	for _, d := range read(s.cfg.SchedulesDir, examples.Schedules()) {
		def, sched, err := schema.LoadSchedule(d.data)
		if err != nil {
			errs = append(errs, problemsError(d.name, report.ProblemsOf(d.data, err)))
			continue
		}
		st.schedules = append(st.schedules, &loadedSchedule{
			info: ScheduleInfo{ID: sched.ID(), Version: sched.Version(), SHA256: sha(d.data), Source: d.name, Rules: sched.RuleIDs(), Facts: factNames(sched)},
			data: d.data, s: sched, def: def,
		})
		st.defs = append(st.defs, def)
	}
	for _, d := range read(s.cfg.NoticesDir, examples.All()) {
		n, err := notice.Parse(d.data)
		if err != nil {
			errs = append(errs, problemsError(d.name, report.ProblemsOf(d.data, err)))
			continue
		}
		st.notices = append(st.notices, &loadedNotice{info: NoticeInfo{ID: n.ID, Version: n.Version, SHA256: sha(d.data), Source: d.name}, data: d.data, n: n})
	}
	slices.SortStableFunc(st.schedules, func(a, b *loadedSchedule) int { return strings.Compare(a.info.ID, b.info.ID) })
	slices.SortStableFunc(st.notices, func(a, b *loadedNotice) int { return strings.Compare(a.info.ID, b.info.ID) })
	for i := 1; i < len(st.schedules); i++ {
		if a, b := st.schedules[i-1].info, st.schedules[i].info; a.ID == b.ID {
			errs = append(errs, fmt.Errorf("%s and %s are both schedule %q: give each schedule its own id", a.Source, b.Source, a.ID))
		}
	}
	for i := 1; i < len(st.notices); i++ {
		if a, b := st.notices[i-1].info, st.notices[i].info; a.ID == b.ID {
			errs = append(errs, fmt.Errorf("%s and %s are both notice %q: give each notice its own id", a.Source, b.Source, a.ID))
		}
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	st.scheduleInfos = make([]ScheduleInfo, 0, len(st.schedules))
	for _, l := range st.schedules {
		st.scheduleInfos = append(st.scheduleInfos, l.info)
	}
	st.noticeInfos = make([]NoticeInfo, 0, len(st.notices))
	for _, l := range st.notices {
		st.noticeInfos = append(st.noticeInfos, l.info)
	}
	s.store.Store(st)
	s.ready.Store(true)
	return nil
}

// readDocFile reads a document file, refusing one over the strict reader's
// size limit without reading it all.
func readDocFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, strict.DefaultMaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if len(data) > strict.DefaultMaxBytes {
		return nil, fmt.Errorf("%s: over the limit of %d bytes", name, strict.DefaultMaxBytes)
	}
	return data, nil
}

func problemsError(name string, probs []strict.Problem) error {
	var b strings.Builder
	for i, p := range probs {
		if i > 0 {
			b.WriteByte('\n')
		}
		ptr := p.Pointer
		if ptr == "" {
			ptr = "(document)"
		}
		fmt.Fprintf(&b, "%s:%d:%d: %s: %s", name, p.Line, p.Column, ptr, p.Message)
	}
	return errors.New(b.String())
}

func sha(data []byte) string {
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:])
}

// factNames returns the names of the facts a schedule declares, in order.
func factNames(s *retention.Schedule) []string {
	var names []string
	for _, f := range s.Facts() {
		names = append(names, f.Name)
	}
	return names
}
