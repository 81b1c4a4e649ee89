//go:build !race

package tests

// raceEnabled is true when the tests are built with -race: TestStress
// then builds pystm with -race too and runs fewer, smaller repetitions.
const raceEnabled = false
