package supervise

import (
	"os"
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
