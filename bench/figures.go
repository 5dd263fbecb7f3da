package main

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"text/tabwriter"
)

// row is one line of the table, and of the JSON report.
type row struct {
	Section     string    `json:"section"`                // the table's section
	Figure      string    `json:"figure"`                 // what is measured
	Unit        string    `json:"unit"`                   // unit of the values
	Goteach     *float64  `json:"goteach"`                // median over the runs; null when not measured
	GoteachRuns []float64 `json:"goteach_runs,omitempty"` // one value per run
	GoteachNote string    `json:"goteach_note,omitempty"` // why there is no value, or a remark
	Peer        string    `json:"peer"`                   // what goteach is compared with
	PeerValue   *float64  `json:"peer_value"`             // its median (or the quoted figure)
	PeerRuns    []float64 `json:"peer_runs,omitempty"`    // one value per run
	PeerNote    string    `json:"peer_note,omitempty"`    // e.g. "quoted: not installable here"
	Ratio       *float64  `json:"ratio"`                  // goteach / peer
	Target      string    `json:"target"`                 // e.g. "≤ 0.5×", "≤ 25 ms", "" for none
	Met         string    `json:"met"`                    // "yes", "NO …", "—", "not measurable yet"
}

// src names where a value comes from: a compiled job or a kernel, and a key.
type src struct {
	job    string // compiled job id
	kernel string // kernelspec name
	key    string
}

// spec describes a row.
type spec struct {
	section, figure, unit string
	scale                 float64 // raw units (ns, KiB) per display unit
	ours, peer            src
	peerLabel             string
	quoted                *float64 // a quoted peer figure instead of a measured one
	quotedNote            string
	maxRatio              float64 // target ratio, 0 for none
	maxAbs                float64 // absolute target in the display unit, 0 for none
}

const (
	secCompiled = "Compiled programs: mpkit vs Python multiprocessing"
	secCells    = "Notebook cells: goteach kernel vs ipykernel"
	secKernel   = "Kernel, through jupyter_client"
	secMemory   = "Memory (resident set)"
)

const (
	ns  = 1.0
	us  = 1e3
	ms  = 1e6
	sec = 1e9
	mib = 1024.0 // from KiB
)

func q(f float64) *float64 { return &f }

// quoted figures from the notes on other Go kernels, measured on a machine
// like this one.
const quotedNote = "quoted from figures-to-beat, not measured here"

// buildRows makes the table; rows of a skipped part ("compiled",
// "kernels") are left out.
func buildRows(c results, k kernelResults, peers map[string]string, skip map[string]bool) []row {
	g := func(job, key string) src { return src{job: job, key: key} }
	kn := func(kernel, key string) src { return src{kernel: kernel, key: key} }
	specs := []spec{
		{secCompiled, "Process start+join, empty target", "ms", ms, g("go/start", "median_ns"), g("py/start-fork", "median_ns"), "Python fork", nil, "", 0.5, 0},
		{secCompiled, "  same, vs forkserver", "ms", ms, g("go/start", "median_ns"), g("py/start-forkserver", "median_ns"), "Python forkserver", nil, "", 0, 0},
		{secCompiled, "  same, vs spawn", "ms", ms, g("go/start", "median_ns"), g("py/start-spawn", "median_ns"), "Python spawn", nil, "", 0, 0},
		{secCompiled, "  with SetSpares(2)", "ms", ms, g("go/start-spares", "median_ns"), g("py/start-fork", "median_ns"), "Python fork", nil, "", 0, 0},
		{secCompiled, "  built with CGO_ENABLED=0", "ms", ms, g("go/start-static", "median_ns"), g("py/start-fork", "median_ns"), "Python fork", nil, "", 0, 0},
		{secCompiled, "Queue child→parent, 100k ints, per item", "µs", us, g("go/queue", "per_item_ns"), g("py/queue", "per_item_ns"), "Python", nil, "", 0.1, 0},
		{secCompiled, "Pool(2) creation", "ms", ms, g("go/poolcreate", "create_ns"), g("py/poolcreate", "create_ns"), "Python", nil, "", 0, 0},
		{secCompiled, "  creation until a first map returns", "ms", ms, g("go/poolcreate", "first_map_ns"), g("py/poolcreate", "first_map_ns"), "Python", nil, "", 0, 0},
		{secCompiled, "Pool(2).Map x*x, 100k items, default chunksize", "ms", ms, g("go/poolmap", "total_ns"), g("py/poolmap", "total_ns"), "Python", nil, "", 0.5, 0},
		{secCompiled, "Pool(2).Map of 10 tasks sleeping 0.1 s", "s", sec, g("go/poolsleep", "total_ns"), g("py/poolsleep", "total_ns"), "Python", nil, "", 0, 0},
		{secCompiled, "Lock acquire+release, uncontended", "ns", ns, g("go/lock", "pair_ns"), g("py/lock", "pair_ns"), "Python", nil, "", 0.2, 0},
		{secCompiled, "Lock, 2 processes × 200k contending, per pair", "ns", ns, g("go/lockcontend", "pair_ns"), g("py/lockcontend", "pair_ns"), "Python", nil, "", 0.2, 0},
		{secCompiled, "Value += 1 under its lock, 2 × 200k, per increment", "ns", ns, g("go/value", "per_increment_ns"), g("py/value", "per_increment_ns"), "Python", nil, "", 0, 0},
		{secCompiled, "Pipe round trip of an int", "µs", us, g("go/pipe", "roundtrip_ns"), g("py/pipe", "roundtrip_ns"), "Python", nil, "", 0.2, 0},
		{secCompiled, "Array 1e6 float64 summed in a child: view / memoryview", "ms", ms, g("go/array", "view_sum_ns"), g("py/array", "view_sum_ns"), "Python", nil, "", 0, 0},
		{secCompiled, "  item by item: a.Float(i) / sum(arr.get_obj())", "ms", ms, g("go/array", "items_sum_ns"), g("py/array", "items_sum_ns"), "Python", nil, "", 0, 0},
		{secCompiled, "  start → join, through the view", "ms", ms, g("go/array", "view_start_to_join_ns"), g("py/array", "view_start_to_join_ns"), "Python", nil, "", 0, 0},

		{secCells, "Process start+join from a cell, median of 50", "ms", ms, kn("goteach", "cell_start_ns"), kn("python3", "cell_start_ns"), "ipykernel fork", nil, "", 0.5, 0},
		{secCells, "  same, compiled target runtime.Gosched", "ms", ms, kn("goteach", "cell_start_compiled_ns"), kn("python3", "cell_start_ns"), "ipykernel fork", nil, "", 0, 0},
		{secCells, "Queue child→parent from a cell, 100k ints, per item", "µs", us, kn("goteach", "cell_queue_per_item_ns"), kn("python3", "cell_queue_per_item_ns"), "ipykernel", nil, "", 0.3, 0},
		{secCells, "Value += 1 under its lock from cells, 2 × 200k", "ns", ns, kn("goteach", "cell_value_per_increment_ns"), kn("python3", "cell_value_per_increment_ns"), "ipykernel", nil, "", 0.3, 0},
		{secCells, "1e8-step int loop (multiply chain), %%compile func vs go run", "ms", ms, kn("goteach", "loop_chain_compiled_ns"), g("go/loopchain", "loop_ns"), "go run", nil, "", 1.5, 0},
		{secCells, "1e8-step int loop (1-cycle body, placement-sensitive), %%compile vs go run", "ms", ms, kn("goteach", "loop_compiled_ns"), g("go/loop", "loop_ns"), "go run", nil, "", 0, 0},
		{secCells, "  same loop, %%compile func vs Python (1e7 steps ×10)", "ms", ms, kn("goteach", "loop_compiled_ns"), kn("python3", "loop_ns"), "ipykernel", nil, "", 0, 0},
		{secCells, "  same loop, interpreted cell vs Python (1e7 steps ×10)", "ms", ms, kn("goteach", "loop_interp_ns"), kn("python3", "loop_ns"), "ipykernel", nil, "", 0, 0},
		{secCells, "%%compile cell, cold (new code) vs warm (unchanged re-run)", "s", sec, kn("goteach", "compile_cold_ns"), kn("goteach", "compile_warm_ns"), "warm re-run", nil, "", 0, 0},
	}
	specs = append(specs, kernelSpecs(peers)...)
	specs = append(specs, []spec{
		{secMemory, "kernel, idle", "MiB", mib, kn("goteach", "rss_idle_kb"), kn("python3", "rss_idle_kb"), "ipykernel", nil, "", 0, 0},
		{secMemory, "kernel, after 100 process starts from a cell", "MiB", mib, kn("goteach", "rss_after_100_starts_kb"), kn("python3", "rss_after_100_starts_kb"), "ipykernel", nil, "", 0, 0},
		{secMemory, "one pool worker, started from a cell", "MiB", mib, kn("goteach", "pool_worker_rss_kb"), kn("python3", "pool_worker_rss_kb"), "ipykernel", nil, "", 0, 0},
		{secMemory, "one pool worker, compiled program", "MiB", mib, g("go/poolrss", "worker_rss_kb"), g("py/poolrss", "worker_rss_kb"), "Python", nil, "", 0, 0},
	}...)
	var rows []row
	for _, s := range specs {
		if s.ours.job != "" && skip["compiled"] || s.ours.kernel != "" && skip["kernels"] {
			continue
		}
		rows = append(rows, makeRow(s, c, k))
	}
	annotateInterrupt(rows, k, peers)
	annotateMemory(rows, k)
	return rows
}

// kernelSpecs are the kernel rows: goteach against ipykernel, then against
// the other Go kernels, measured when they could be installed here and
// quoted otherwise.
func kernelSpecs(peers map[string]string) []spec {
	kn := func(kernel, key string) src { return src{kernel: kernel, key: key} }
	quoted := map[string]map[string]*float64{ // ms
		"start_ns":      {"gonb": q(27), "gophernotes": q(358)},
		"rtt_median_ns": {"gonb": q(365), "gophernotes": q(5.6)},
		"restart_ns":    {"gonb": q(150), "gophernotes": q(420)},
	}
	var specs []spec
	for _, f := range []struct {
		figure, key string
		maxAbs      float64
	}{
		{"start → first kernel_info reply", "start_ns", 25},
		{"trivial cell round trip, median of 30", "rtt_median_ns", 2},
		{"restart → kernel_info reply", "restart_ns", 0},
		{"interrupt → idle, busy loop cell", "interrupt_ns", 0},
		{"fatal error in a cell → next cell ran, session restored (vs restart)", "fatal_ns", 0},
	} {
		theirs := f.key
		if f.key == "fatal_ns" {
			// ipykernel has no such path: a dead kernel is restarted.
			theirs = "restart_ns"
		}
		specs = append(specs, spec{secKernel, f.figure, "ms", ms, kn("goteach", f.key), kn("python3", theirs), "ipykernel", nil, "", 0, f.maxAbs})
		if f.key == "start_ns" {
			specs = append(specs, spec{secKernel, "  of which in jupyter_client's start_kernel", "ms", ms, kn("goteach", "start_launch_ns"), kn("python3", "start_launch_ns"), "ipykernel", nil, "", 0, 0})
		}
		if f.key == "start_ns" || f.key == "rtt_median_ns" {
			// What the supervision costs: the same kernel with its session
			// in the kernel process (GOTEACH_SUPERVISE=off).
			specs = append(specs, spec{secKernel, "  supervised vs session in the kernel process", "ms", ms, kn("goteach", f.key), kn("goteach-unsupervised", f.key), "GOTEACH_SUPERVISE=off", nil, "", 0, 0})
		}
		for _, peer := range []string{"gonb", "gophernotes"} {
			if f.key == "fatal_ns" {
				break // no other Go kernel survives it
			}
			s := spec{secKernel, "  vs " + peer, "ms", ms, kn("goteach", f.key), kn(peer, f.key), peer, nil, "", 0, 0}
			if peers[peer] != "measured" {
				if quoted[f.key] == nil {
					continue
				}
				s.quoted = quoted[f.key][peer]
				s.quotedNote = quotedNote + "; " + peers[peer]
			}
			specs = append(specs, s)
		}
	}
	return specs
}

// values returns the per-run values of s, or why there are none.
func values(s src, c results, k kernelResults) ([]float64, string) {
	var out []float64
	var why string
	if s.job != "" {
		for _, smp := range c.samples[s.job] {
			if v, ok := number(smp, s.key); ok {
				out = append(out, v)
			}
		}
		if len(out) == 0 {
			why = "not measured"
			if errs := c.errors[s.job]; len(errs) > 0 {
				why = "failed: " + firstLine(errs[0])
			}
		}
		return out, why
	}
	for _, rec := range k[s.kernel] {
		if v, ok := number(rec, s.key); ok {
			out = append(out, v)
			continue
		}
		if e, ok := rec[s.key+"_error"].(string); ok && why == "" {
			why = e
		} else if e, ok := rec["error"].(string); ok && why == "" {
			why = "the kernel did not run: " + e
		}
	}
	if len(out) == 0 && why == "" {
		why = "not measured"
	}
	return out, why
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func scaled(xs []float64, by float64) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = x / by
	}
	return out
}

func makeRow(s spec, c results, k kernelResults) row {
	r := row{Section: s.section, Figure: strings.TrimSpace(s.figure), Unit: s.unit, Peer: s.peerLabel, Met: "—"}
	if strings.HasPrefix(s.figure, "  ") {
		r.Figure = "· " + r.Figure
	}
	ours, why := values(s.ours, c, k)
	if len(ours) > 0 {
		r.GoteachRuns = scaled(ours, s.scale)
		r.Goteach = q(median(r.GoteachRuns))
	} else {
		r.GoteachNote = why
	}
	if s.quoted != nil {
		r.PeerValue, r.PeerNote = s.quoted, s.quotedNote
	} else if peer, why := values(s.peer, c, k); len(peer) > 0 {
		r.PeerRuns = scaled(peer, s.scale)
		r.PeerValue = q(median(r.PeerRuns))
	} else {
		r.PeerNote = why
	}
	if r.Goteach != nil && r.PeerValue != nil && *r.PeerValue > 0 {
		r.Ratio = q(*r.Goteach / *r.PeerValue)
	}
	switch {
	case s.maxRatio > 0:
		r.Target = fmt.Sprintf("≤ %g×", s.maxRatio)
		switch {
		case r.Goteach == nil:
			r.Met = "not measurable yet"
		case r.Ratio == nil:
			r.Met = "no comparison"
		case *r.Ratio <= s.maxRatio:
			r.Met = "yes"
		default:
			r.Met = fmt.Sprintf("NO: missed (%s×)", sig(*r.Ratio))
		}
	case s.maxAbs > 0:
		r.Target = fmt.Sprintf("≤ %g %s", s.maxAbs, s.unit)
		switch {
		case r.Goteach == nil:
			r.Met = "not measurable yet"
		case *r.Goteach <= s.maxAbs:
			r.Met = "yes"
		default:
			r.Met = fmt.Sprintf("NO: missed (%s %s)", sig(*r.Goteach), s.unit)
		}
	}
	return r
}

// annotateInterrupt adds how the interrupted cell ended.
func annotateInterrupt(rows []row, k kernelResults, peers map[string]string) {
	for i := range rows {
		if rows[i].Figure != "interrupt → idle, busy loop cell" {
			continue
		}
		rows[i].GoteachNote = joinNote(rows[i].GoteachNote, interruptOutcome(k["goteach"]))
		rows[i].PeerNote = joinNote(rows[i].PeerNote, interruptOutcome(k["python3"]))
		if peers["gonb"] != "measured" {
			rows[i].PeerNote = joinNote(rows[i].PeerNote, "gonb: ok, child killed; gophernotes: the kernel dies ("+quotedNote+")")
		}
	}
}

func interruptOutcome(recs []sample) string {
	var enames []string
	alive, n := 0, 0
	for _, r := range recs {
		if e, ok := r["interrupt_ename"].(string); ok {
			n++
			if e == "" {
				e = "no error"
			}
			if !slices.Contains(enames, e) {
				enames = append(enames, e)
			}
			if a, ok := r["alive_after_interrupt"].(bool); ok && a {
				alive++
			}
		}
	}
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("cell ended with %s; kernel answered afterwards in %d of %d runs", strings.Join(enames, ", "), alive, n)
}

// annotateMemory says which function the 100 starts ran.
func annotateMemory(rows []row, k kernelResults) {
	for i := range rows {
		if rows[i].Figure != "kernel, after 100 process starts from a cell" || len(k["goteach"]) == 0 {
			continue
		}
		if t, ok := k["goteach"][0]["rss_after_100_starts_target"].(string); ok && t != "empty" {
			rows[i].GoteachNote = joinNote(rows[i].GoteachNote, "target "+t+": the cell's own func cannot run in a child yet")
		}
	}
}

func joinNote(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}

// sig formats x with three significant digits.
func sig(x float64) string {
	switch ax := math.Abs(x); {
	case ax == 0:
		return "0"
	case ax >= 100:
		return fmt.Sprintf("%.0f", x)
	case ax >= 10:
		return fmt.Sprintf("%.1f", x)
	case ax >= 1:
		return fmt.Sprintf("%.2f", x)
	default:
		return fmt.Sprintf("%.3g", x)
	}
}

func printTable(w io.Writer, rep report) {
	m := rep.Machine
	fmt.Fprintf(w, "goteach benchmarks: medians of %d runs; %s CPUs, %s, Python %s, load %s → %s; %.0f s\n",
		rep.Runs, m["cpus"], m["go"], m["python"], m["load_before"], m["load_after"], rep.Seconds)
	if rep.Quick {
		fmt.Fprintln(w, "-quick: one short run, a smoke test; do not quote these figures")
	}
	var tw *tabwriter.Writer
	section := ""
	var missed, notes []string
	for _, r := range rep.Rows {
		if r.Section != section {
			if tw != nil {
				tw.Flush()
			}
			section = r.Section
			fmt.Fprintf(w, "\n%s\n", section)
			tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			fmt.Fprintf(tw, "figure\tgoteach\tPython or peer\tratio\ttarget\tmet?\n")
		}
		ours := "—"
		if r.Goteach != nil {
			ours = sig(*r.Goteach) + " " + r.Unit
		} else if r.Met == "not measurable yet" {
			ours = "not measurable yet"
		} else if r.GoteachNote != "" {
			ours = "failed (see notes)"
		}
		peer := r.Peer
		if r.PeerValue != nil {
			peer += " " + sig(*r.PeerValue) + " " + r.Unit
		} else {
			peer += " —"
		}
		quoted := strings.HasPrefix(r.PeerNote, quotedNote)
		if quoted {
			peer += " (quoted)"
		}
		ratio := "—"
		if r.Ratio != nil {
			ratio = sig(*r.Ratio) + "×"
		}
		target := r.Target
		if target == "" {
			target = "—"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", r.Figure, ours, peer, ratio, target, r.Met)
		if strings.HasPrefix(r.Met, "NO") {
			missed = append(missed, fmt.Sprintf("%s: goteach %s %s against %s, target %s", r.Figure, sig(*r.Goteach), r.Unit, strings.TrimSpace(peer), r.Target))
		}
		if r.Met == "not measurable yet" {
			missed = append(missed, fmt.Sprintf("%s: not measurable yet (%s)", r.Figure, firstLine(r.GoteachNote)))
		}
		if r.GoteachNote != "" && r.Met != "not measurable yet" {
			notes = appendNew(notes, fmt.Sprintf("%s — goteach: %s", r.Figure, r.GoteachNote))
		}
		switch {
		case quoted:
			notes = appendNew(notes, fmt.Sprintf("%s figures are %s", r.Peer, strings.Replace(r.PeerNote, "; ", ": ", 1)))
		case r.PeerNote != "":
			notes = appendNew(notes, fmt.Sprintf("%s — %s: %s", r.Figure, r.Peer, r.PeerNote))
		}
	}
	if tw != nil {
		tw.Flush()
	}
	if len(missed) > 0 {
		fmt.Fprintln(w, "\nTargets missed:")
		for _, s := range missed {
			fmt.Fprintln(w, "  -", s)
		}
	}
	if len(notes) > 0 {
		fmt.Fprintln(w, "\nNotes:")
		for _, s := range notes {
			fmt.Fprintln(w, "  -", s)
		}
	}
	for id, errs := range rep.Errors {
		fmt.Fprintf(w, "  - %s failed in %d run(s): %s\n", id, len(errs), firstLine(errs[0]))
	}
}

func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}
