package supervise

import (
	"os"
	"strconv"
	"syscall"

	"github.com/goteach/goteach/internal/procfs"
)

// killGroupMembers ends every other process of this process's group: what
// cells started with os/exec, and mpkit children, which the engine
// process (a group leader) must not leave behind.
func killGroupMembers() {
	self := os.Getpid()
	for _, pid := range procfs.Group(syscall.Getpgrp()) {
		if pid != self {
			_ = syscall.Kill(pid, syscall.SIGKILL)
		}
	}
}

// EndCommands ends the processes of the engine process's group that run
// another program than the engine's: what cells started with os/exec.
// mpkit's children (the engine's own program) are mpkit's to end. A
// session's %reset calls it, so that a reset leaves no command running.
func EndCommands() {
	self := os.Getpid()
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil {
		return
	}
	for _, pid := range procfs.Group(syscall.Getpgrp()) {
		if pid == self {
			continue
		}
		if other, err := os.Readlink("/proc/" + strconv.Itoa(pid) + "/exe"); err == nil && other == exe {
			continue
		}
		_ = syscall.Kill(pid, syscall.SIGKILL)
	}
}
