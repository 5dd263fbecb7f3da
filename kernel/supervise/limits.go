package supervise

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// MemoryEnv names the environment variable that sets the engine's memory
// limit: a size such as "2GiB", "512MiB", "1.5G" or a number of bytes;
// "off" for no limit; unset or "auto" for the default (DefaultMemoryLimit).
const MemoryEnv = "GOTEACH_MEMORY_LIMIT"

// MemoryLimit returns the limit GOTEACH_MEMORY_LIMIT asks for (0: none).
func MemoryLimit() (int64, error) {
	v := strings.TrimSpace(os.Getenv(MemoryEnv))
	switch strings.ToLower(v) {
	case "", "auto":
		return DefaultMemoryLimit(), nil
	case "off", "none", "0", "unlimited":
		return 0, nil
	}
	n, err := ParseSize(v)
	if err != nil {
		return 0, fmt.Errorf("%s=%q: %w", MemoryEnv, v, err)
	}
	if n < 64<<20 {
		return 0, fmt.Errorf("%s=%q: the engine needs at least 64 MiB", MemoryEnv, v)
	}
	return n, nil
}

// ParseSize reads a size: a number with an optional unit, binary (KiB,
// MiB, GiB, TiB) or decimal (kB, MB, GB, TB; K, M, G, T count as binary,
// as ulimit and Go's GOMEMLIMIT do).
func ParseSize(s string) (int64, error) {
	s = strings.TrimSpace(s)
	i := len(s)
	for i > 0 && (s[i-1] < '0' || s[i-1] > '9') && s[i-1] != '.' {
		i--
	}
	num, unit := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i:])
	f, err := strconv.ParseFloat(num, 64)
	if err != nil || f < 0 {
		return 0, fmt.Errorf("not a size (try 2GiB or 512MiB)")
	}
	mult := map[string]float64{
		"": 1, "B": 1,
		"K": 1 << 10, "KIB": 1 << 10, "KB": 1e3,
		"M": 1 << 20, "MIB": 1 << 20, "MB": 1e6,
		"G": 1 << 30, "GIB": 1 << 30, "GB": 1e9,
		"T": 1 << 40, "TIB": 1 << 40, "TB": 1e12,
	}[strings.ToUpper(unit)]
	if mult == 0 {
		return 0, fmt.Errorf("unknown unit %q (try GiB or MiB)", unit)
	}
	return int64(f * mult), nil
}

// DefaultMemoryLimit is three quarters of the memory the kernel may use:
// the machine's, or its cgroup's limit when that is lower (as in a
// container or under JupyterHub).
func DefaultMemoryLimit() int64 {
	total := memTotal()
	if c := cgroupMemory(); c > 0 && (total == 0 || c < total) {
		total = c
	}
	return total / 4 * 3
}

// memTotal reads MemTotal from /proc/meminfo, in bytes.
func memTotal() int64 {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "MemTotal:"); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				kb, _ := strconv.ParseInt(f[0], 10, 64)
				return kb << 10
			}
		}
	}
	return 0
}

// cgroupMemory reads this process's cgroup memory limit (v2, then v1);
// 0 when there is none.
func cgroupMemory() int64 {
	for _, p := range []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"} {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		v := strings.TrimSpace(string(b))
		if v == "max" {
			return 0
		}
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n <= 0 || n >= 1<<60 {
			return 0
		}
		return n
	}
	return 0
}

// ProcessEnv names the environment variable that bounds the processes of
// a session (mpkit children and commands cells started, together): a
// number, or "off". Unset: DefaultProcessLimit.
const ProcessEnv = "GOTEACH_PROCESS_LIMIT"

// DefaultProcessLimit is the bound on a session's processes when
// GOTEACH_PROCESS_LIMIT is not set: far above what a lesson starts, low
// enough that a fork bomb stops long before the machine does.
const DefaultProcessLimit = 512

// ProcessLimit returns the bound GOTEACH_PROCESS_LIMIT asks for (0: none).
func ProcessLimit() (int, error) {
	v := strings.TrimSpace(os.Getenv(ProcessEnv))
	switch strings.ToLower(v) {
	case "", "auto":
		return DefaultProcessLimit, nil
	case "off", "none", "0", "unlimited":
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 4 {
		return 0, fmt.Errorf("%s=%q: want a number of processes (at least 4) or off", ProcessEnv, v)
	}
	return n, nil
}
