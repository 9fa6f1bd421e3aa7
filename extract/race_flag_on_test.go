//go:build race

package extract

// raceEnabled reports whether the tests run under the race detector, which
// multiplies memory use and time.
const raceEnabled = true
