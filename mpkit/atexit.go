package mpkit

// JoinChildren does what Python's multiprocessing does when a program
// ends: it terminates the pools still open, then the daemon processes,
// and waits for the other (non-daemon) children to finish. A Go program
// ends when main returns, and every child of this package ends with its
// parent; a program whose children must finish their work first defers
// it at the top of main:
//
//	func main() {
//		mp.Main()
//		defer mp.JoinChildren()
//		...
//	}
//
// In a notebook the kernel outlives every cell, so cells do not need it.
func JoinChildren() {
	terminatePools()
	for _, p := range ActiveChildren() {
		if p.Daemon {
			p.Terminate()
		}
	}
	for _, p := range ActiveChildren() {
		p.Join()
	}
}
