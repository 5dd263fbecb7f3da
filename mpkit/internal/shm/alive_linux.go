package shm

import (
	"bytes"
	"os"
	"strconv"
	"syscall"
)

// Pid is this process's id, as recorded in the lock words it owns.
var Pid = os.Getpid()

// Alive reports whether process pid is running. A process that has exited
// but not been reaped yet (a zombie) counts as dead: it can never release
// a lock again.
func Alive(pid int) bool {
	if pid <= 0 {
		return false
	}
	if pid == Pid {
		return true
	}
	if err := syscall.Kill(pid, 0); err == syscall.ESRCH {
		return false
	}
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		// No /proc entry: gone (or /proc is not mounted, in which case
		// kill(2) above is all we know).
		return !os.IsNotExist(err) || !procMounted()
	}
	// "pid (comm) S ...": comm may hold spaces and parentheses, the state
	// follows the last ')'.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 || i+2 >= len(b) {
		return true
	}
	switch b[i+2] {
	case 'Z', 'X', 'x':
		return false
	}
	return true
}

func procMounted() bool {
	_, err := os.Stat("/proc/self/stat")
	return err == nil
}
