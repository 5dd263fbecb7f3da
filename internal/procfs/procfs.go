// Package procfs reads what the kernel says of processes in /proc.
package procfs

import (
	"os"
	"strconv"
	"strings"
)

// Stat is the part of /proc/PID/stat that goteach reads.
type Stat struct {
	PID, PPID, PGID int
	State           byte // R, S, D, Z (zombie), X (dead), ...
}

// Live reports whether the process has not exited (a zombie has).
func (s Stat) Live() bool { return s.State != 'Z' && s.State != 'X' }

// ReadStat reads /proc/pid/stat.
func ReadStat(pid int) (Stat, bool) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return Stat{}, false
	}
	// pid (comm) state ppid pgrp ...: comm may hold spaces and
	// parentheses, so fields are counted after the last ')'.
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return Stat{}, false
	}
	f := strings.Fields(s[i+1:])
	if len(f) < 3 || len(f[0]) != 1 {
		return Stat{}, false
	}
	ppid, err1 := strconv.Atoi(f[1])
	pgid, err2 := strconv.Atoi(f[2])
	if err1 != nil || err2 != nil {
		return Stat{}, false
	}
	return Stat{PID: pid, PPID: ppid, PGID: pgid, State: f[0][0]}, true
}

// Group lists the live processes of process group pgid.
func Group(pgid int) []int {
	ents, err := os.ReadDir("/proc")
	if err != nil {
		return nil
	}
	var out []int
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		if st, ok := ReadStat(pid); ok && st.PGID == pgid && st.Live() {
			out = append(out, pid)
		}
	}
	return out
}
