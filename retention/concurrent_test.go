package retention

import (
	"sync"
	"testing"
)

// TestConcurrentDecide decides the same records from several goroutines
// (run with -race) and checks every goroutine gets the same answers.
func TestConcurrentDecide(t *testing.T) {
	s := loadSchedule(t, "maidstone.json")
	recs := sampleRecords(s, 256)
	today := d("2026-04-01")
	want := make([]Decision, len(recs))
	s.DecideAll(recs, today, want)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out := make([]Decision, len(recs))
			for range 50 {
				s.DecideAll(recs, today, out)
				for i := range out {
					if out[i].Outcome != want[i].Outcome || out[i].Due != want[i].Due {
						t.Errorf("record %d: %v, want %v", i, out[i].Outcome, want[i].Outcome)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}
