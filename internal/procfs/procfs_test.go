package procfs

import (
	"os"
	"os/exec"
	"slices"
	"syscall"
	"testing"
)

func TestGroupListsTheMembersOfAGroup(t *testing.T) {
	cmd := exec.Command("sleep", "60")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Skip("cannot start sleep:", err)
	}
	defer cmd.Process.Kill()
	pid := cmd.Process.Pid
	if got := Group(pid); !slices.Equal(got, []int{pid}) {
		t.Errorf("Group(%d) = %v, want just the leader", pid, got)
	}
	st, ok := ReadStat(pid)
	if !ok || st.PPID != os.Getpid() || st.PGID != pid || !st.Live() {
		t.Errorf("ReadStat(%d) = %+v, %v", pid, st, ok)
	}
	if !slices.Contains(Group(syscall.Getpgrp()), os.Getpid()) {
		t.Error("this process is not in its own group's list")
	}
}
