package shm

import (
	"bytes"
	"os"
	"strconv"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
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

// WaitExit waits until process pid has exited (a zombie has: see Alive)
// or timeout has passed, and reports whether it exited. It waits on the
// process's pidfd, which the kernel makes readable when the process
// exits, rather than looking at the process table again and again.
func WaitExit(pid int, timeout time.Duration) (bool, error) {
	fd, err := unix.PidfdOpen(pid, 0)
	if err == unix.ESRCH {
		return true, nil // already reaped
	}
	if err != nil {
		return false, err
	}
	defer unix.Close(fd)
	deadline := time.Now().Add(timeout)
	for {
		left := time.Until(deadline)
		if left < 0 {
			left = 0
		}
		fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
		n, err := unix.Poll(fds, int(left.Milliseconds()))
		switch {
		case err == unix.EINTR:
			continue
		case err != nil:
			return false, err
		}
		return n > 0, nil
	}
}
