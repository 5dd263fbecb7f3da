package mpkit

import (
	"bufio"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
)

// CPUCount returns the number of CPUs this process may use: the CPUs it
// may run on, lowered by a CPU quota of its cgroup (a container or a
// JupyterHub server limited to 2 CPUs on a 64-core host counts 2), and by
// CPU_LIMIT when set (as JupyterHub's spawners set it; 1.5 counts 2).
// NewPool(0) starts this many workers.
//
// Python's cpu_count() returns the host's count whatever the limits; a
// pool that large on a limited machine only queues for the same CPUs.
func CPUCount() int {
	return cpuCount(runtime.NumCPU(), "/", os.Getenv("CPU_LIMIT"))
}

// cpuCount is CPUCount with the CPUs the process may run on, the file
// system root the cgroup files are read from, and CPU_LIMIT's value.
func cpuCount(affinity int, root, limit string) int {
	n := affinity
	if q, ok := cgroupQuota(root); ok {
		n = min(n, q)
	}
	if l, err := strconv.ParseFloat(strings.TrimSpace(limit), 64); err == nil && l > 0 && !math.IsInf(l, 0) {
		n = min(n, int(math.Ceil(l)))
	}
	return max(n, 1)
}

// cgroupQuota reads this process's CPU quota in whole CPUs (rounded up),
// from cgroup v2 (cpu.max) or v1 (cpu.cfs_quota_us / cpu.cfs_period_us).
func cgroupQuota(root string) (int, bool) {
	f, err := os.Open(filepath.Join(root, "proc/self/cgroup"))
	if err != nil {
		return 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// hierarchy-ID:controllers:path
		parts := strings.SplitN(sc.Text(), ":", 3)
		if len(parts) != 3 {
			continue
		}
		switch {
		case parts[0] == "0" && parts[1] == "":
			if q, ok := quotaV2(filepath.Join(root, "sys/fs/cgroup", parts[2])); ok {
				return q, true
			}
		case hasController(parts[1], "cpu"):
			if q, ok := quotaV1(filepath.Join(root, "sys/fs/cgroup/cpu", parts[2])); ok {
				return q, true
			}
			if q, ok := quotaV1(filepath.Join(root, "sys/fs/cgroup/cpu,cpuacct", parts[2])); ok {
				return q, true
			}
		}
	}
	return 0, false
}

func hasController(list, name string) bool {
	for _, c := range strings.Split(list, ",") {
		if c == name {
			return true
		}
	}
	return false
}

// quotaV2 reads "QUOTA PERIOD" (or "max PERIOD": no limit) from cpu.max
// in dir and its parents, keeping the smallest limit.
func quotaV2(dir string) (int, bool) {
	best, found := 0, false
	for d := dir; ; d = filepath.Dir(d) {
		if b, err := os.ReadFile(filepath.Join(d, "cpu.max")); err == nil {
			f := strings.Fields(string(b))
			if len(f) == 2 && f[0] != "max" {
				if q, ok := ratio(f[0], f[1]); ok && (!found || q < best) {
					best, found = q, true
				}
			}
		}
		if !strings.Contains(d, "sys/fs/cgroup/") {
			break
		}
	}
	return best, found
}

func quotaV1(dir string) (int, bool) {
	q, err1 := os.ReadFile(filepath.Join(dir, "cpu.cfs_quota_us"))
	p, err2 := os.ReadFile(filepath.Join(dir, "cpu.cfs_period_us"))
	if err1 != nil || err2 != nil {
		return 0, false
	}
	return ratio(strings.TrimSpace(string(q)), strings.TrimSpace(string(p)))
}

// ratio is quota/period rounded up, for a positive quota.
func ratio(quota, period string) (int, bool) {
	q, err1 := strconv.ParseInt(quota, 10, 64)
	p, err2 := strconv.ParseInt(period, 10, 64)
	if err1 != nil || err2 != nil || q <= 0 || p <= 0 {
		return 0, false
	}
	return int((q + p - 1) / p), true
}
