//go:build !amd64

package layout

import (
	"bytes"
	"runtime"
	"strconv"
)

// Goroutine returns a non-zero value that identifies the calling goroutine
// among the goroutines of this process (its goroutine id). Together with
// the process id it names the owner of a recursive lock.
func Goroutine() uint64 {
	var buf [64]byte
	b := buf[:runtime.Stack(buf[:], false)]
	b = bytes.TrimPrefix(b, []byte("goroutine "))
	if i := bytes.IndexByte(b, ' '); i > 0 {
		b = b[:i]
	}
	id, _ := strconv.ParseUint(string(b), 10, 64)
	return id
}
