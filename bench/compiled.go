package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// A sample is one measurement's JSON output (or one kernel run's record).
type sample = map[string]any

// results are the compiled measurements: every sample of every job, and
// the failures.
type results struct {
	samples map[string][]sample
	errors  map[string][]string
}

// job is one program run that prints one JSON sample.
type job struct {
	id   string // e.g. "go/start", "py/start-fork"
	argv []string
}

// compiledJobs lists the jobs of one run: each goteach measurement next to
// its Python counterpart.
func compiledJobs(o options, root, mpbench, mpbenchStatic string) []job {
	py := func(args ...string) []string {
		return append([]string{o.python, filepath.Join(root, "bench", "python", "mp_bench.py")}, args...)
	}
	gob := func(args ...string) []string { return append([]string{mpbench}, args...) }
	starts, fs, spawns := "200", "50", "20"
	if o.quick {
		starts, fs, spawns = "50", "20", "5"
	}
	jobs := []job{
		{"go/start", gob("start", "-n", starts)},
		{"py/start-fork", py("start", "-n", starts, "--method", "fork")},
		{"go/start-spares", gob("start", "-n", starts, "-spares", "2")},
		{"go/start-static", []string{mpbenchStatic, "start", "-n", starts}},
		{"py/start-forkserver", py("start", "-n", fs, "--method", "forkserver")},
		{"py/start-spawn", py("start", "-n", spawns, "--method", "spawn")},
	}
	for _, m := range []string{"queue", "poolcreate", "poolmap", "poolsleep", "poolrss", "lock", "lockcontend", "value", "pipe", "array"} {
		jobs = append(jobs, job{"go/" + m, gob(m)}, job{"py/" + m, py(m)})
	}
	// The int loops of the %%compile rows, as a compiled program runs them.
	jobs = append(jobs, job{"go/loop", gob("loop")}, job{"go/loopchain", gob("loopchain")})
	return jobs
}

func runCompiled(o options, root, tmp string) (results, error) {
	res := results{samples: map[string][]sample{}, errors: map[string][]string{}}
	mpbench := filepath.Join(tmp, "mpbench")
	mpbenchStatic := filepath.Join(tmp, "mpbench-static")
	fmt.Fprintln(os.Stderr, "bench: building bench/mpbench")
	if _, err := command(root, nil, 10*time.Minute, "go", "build", "-o", mpbench, "./bench/mpbench"); err != nil {
		return res, fmt.Errorf("go build ./bench/mpbench: %w", err)
	}
	// The same program without cgo, to show what dynamic linking costs a
	// child's start (mpkit imports net, which links libc by default).
	env := append(os.Environ(), "CGO_ENABLED=0")
	if _, err := command(root, env, 10*time.Minute, "go", "build", "-o", mpbenchStatic, "./bench/mpbench"); err != nil {
		return res, fmt.Errorf("CGO_ENABLED=0 go build ./bench/mpbench: %w", err)
	}
	jobs := compiledJobs(o, root, mpbench, mpbenchStatic)
	for r := 0; r < o.runs; r++ {
		order := jobs
		if r%2 == 1 { // alternate who goes first
			order = make([]job, len(jobs))
			for i, j := range jobs {
				order[len(jobs)-1-i] = j
			}
		}
		for _, j := range order {
			s, err := runJob(tmp, j)
			if err != nil {
				res.errors[j.id] = append(res.errors[j.id], err.Error())
				fmt.Fprintf(os.Stderr, "bench: run %d/%d %s: %v\n", r+1, o.runs, j.id, err)
				continue
			}
			res.samples[j.id] = append(res.samples[j.id], s)
		}
		fmt.Fprintf(os.Stderr, "bench: compiled run %d/%d done\n", r+1, o.runs)
	}
	return res, nil
}

func runJob(dir string, j job) (sample, error) {
	out, err := command(dir, nil, 10*time.Minute, j.argv...)
	if err != nil {
		return nil, err
	}
	var s sample
	if err := json.Unmarshal(out, &s); err != nil {
		return nil, fmt.Errorf("output is not one JSON object: %q", truncate(string(out), 200))
	}
	return s, nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// number reads a numeric field of a sample.
func number(s sample, key string) (float64, bool) {
	switch v := s[key].(type) {
	case float64:
		return v, true
	case string:
		f, err := strconv.ParseFloat(v, 64)
		return f, err == nil
	}
	return 0, false
}
