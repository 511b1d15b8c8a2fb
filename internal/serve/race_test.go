//go:build race

package serve

// raceEnabled: the race detector slows every memory access, so timing
// distributions say nothing about the code itself.
const raceEnabled = true
