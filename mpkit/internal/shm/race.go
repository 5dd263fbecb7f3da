//go:build race

package shm

// RaceEnabled reports whether the race detector is built in. The detector
// does not see synchronisation through memory outside the Go heap, such as
// a futex word in a Segment, so the users of this package tell it about
// the orderings their shared words provide when it is on.
const RaceEnabled = true
