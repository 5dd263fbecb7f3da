package layout

// curg returns the address of the calling goroutine's runtime descriptor.
func curg() uintptr

// Goroutine returns a non-zero value that identifies the calling goroutine
// among the goroutines of this process that are running now. A value may
// be reused by a later goroutine once this one has exited (as thread ids
// are). With the process id it names the owner of a recursive lock.
func Goroutine() uint64 { return uint64(curg()) }
