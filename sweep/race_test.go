//go:build race

package sweep

// raceEnabled is true when the tests run under the race detector, which
// makes streaming 200 MB take minutes: TestMemoryBounded streams a tenth.
const raceEnabled = true
