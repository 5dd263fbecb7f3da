package mpkit

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// fakeRoot writes files (path relative to the root -> content) under a
// new directory and returns it.
func fakeRoot(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, text := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestCPUCountFollowsQuotaAndLimit(t *testing.T) {
	v2 := func(max string) map[string]string {
		return map[string]string{
			"proc/self/cgroup":                         "0::/user.slice/jupyter\n",
			"sys/fs/cgroup/user.slice/jupyter/cpu.max": max,
		}
	}
	cases := []struct {
		name     string
		files    map[string]string
		affinity int
		limit    string
		want     int
	}{
		{"no cgroup files", nil, 64, "", 64},
		{"v2 without a limit", v2("max 100000\n"), 64, "", 64},
		{"v2 quota of 2 CPUs", v2("200000 100000\n"), 64, "", 2},
		{"v2 quota of 1.5 CPUs rounds up", v2("150000 100000\n"), 64, "", 2},
		{"v2 quota above the CPUs", v2("800000 100000\n"), 4, "", 4},
		{"v2 limit on a parent", map[string]string{
			"proc/self/cgroup":          "0::/a/b\n",
			"sys/fs/cgroup/a/b/cpu.max": "max 100000\n",
			"sys/fs/cgroup/a/cpu.max":   "300000 100000\n",
		}, 64, "", 3},
		{"v1 quota", map[string]string{
			"proc/self/cgroup": "4:cpu,cpuacct:/docker/x\n",
			"sys/fs/cgroup/cpu,cpuacct/docker/x/cpu.cfs_quota_us":  "100000\n",
			"sys/fs/cgroup/cpu,cpuacct/docker/x/cpu.cfs_period_us": "100000\n",
		}, 8, "", 1},
		{"v1 without a quota", map[string]string{
			"proc/self/cgroup":                    "4:cpu:/\n",
			"sys/fs/cgroup/cpu/cpu.cfs_quota_us":  "-1\n",
			"sys/fs/cgroup/cpu/cpu.cfs_period_us": "100000\n",
		}, 8, "", 8},
		{"CPU_LIMIT", nil, 64, "4", 4},
		{"CPU_LIMIT fraction rounds up", nil, 64, "0.5", 1},
		{"CPU_LIMIT and a smaller quota", v2("100000 100000\n"), 64, "4", 1},
		{"CPU_LIMIT not a number", nil, 8, "lots", 8},
	}
	for _, c := range cases {
		root := fakeRoot(t, c.files)
		if got := cpuCount(c.affinity, root, c.limit); got != c.want {
			t.Errorf("%s: %d CPUs, want %d", c.name, got, c.want)
		}
	}
}

// Without a quota or CPU_LIMIT, CPUCount is the CPUs this process may run
// on, as coreutils' nproc counts them.
func TestCPUCountIsNprocWithoutLimits(t *testing.T) {
	if _, ok := cgroupQuota("/"); ok || os.Getenv("CPU_LIMIT") != "" {
		t.Skip("this machine limits CPUs; the fake-root test covers limits")
	}
	out, err := exec.Command("nproc").Output()
	if err != nil {
		t.Fatalf("nproc: %v", err)
	}
	want, _ := strconv.Atoi(strings.TrimSpace(string(out)))
	if got := CPUCount(); got != want {
		t.Fatalf("CPUCount() = %d, nproc = %d", got, want)
	}
}
