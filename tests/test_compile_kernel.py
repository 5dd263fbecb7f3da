"""%%compile cells through a real Jupyter client: declarations built with the
Go toolchain and bound into the interpreted session, redefinition, the error
for a reference to an interpreted name, compiled Pool tasks, interrupting a
long compiled call, and what restart and %reset leave behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kernel_helpers import execute, execute_ok, wait_iopub

# The first plugin build on a cold Go build cache compiles the standard
# library for dynamic linking (the installer warms the cache, but not every
# test machine keeps it).
pytestmark = pytest.mark.timeout(180)
BUILD = 150

REPO = Path(__file__).resolve().parent.parent

SUM = """%%compile
type stats struct {
	N   int
	Sum int
}

const scale = 2

// total adds 0..n-1, times scale.
func total(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s * scale
}

func describe(xs []int) stats {
	st := stats{N: len(xs)}
	for _, x := range xs {
		st.Sum += x
	}
	return st
}
"""


def compiled_dir(kc) -> str:
    ex = execute_ok(kc, 'import "os"\nfmt.Println(os.Getenv("GOTEACH_COMPILED_DIR"))')
    return ex.stream().strip()


def test_compile_cell_then_call_with_state_kept(kc):
    execute_ok(kc, "counter := 41\nfunc bump() { counter++ }")
    ex = execute_ok(kc, SUM, timeout=BUILD)
    assert "compiled in" in ex.stream(), ex.describe()
    ex = execute_ok(kc, "bump()\nfmt.Println(counter, total(counter+1), scale)")
    assert ex.stream() == "42 1806 2\n", ex.describe()
    ex = execute_ok(kc, "st := describe([]int{1, 2, 3})\nfmt.Printf(\"%d %d %T\\n\", st.N, st.Sum, st)")
    assert ex.stream() == "3 6 main.stats\n", ex.describe()
    # the session's values are untouched by a later compile
    execute_ok(kc, "%%compile\nfunc twice(x int) int { return 2 * x }", timeout=BUILD)
    ex = execute_ok(kc, "fmt.Println(counter, st.Sum, twice(total(3)))")
    assert ex.stream() == "42 6 12\n", ex.describe()


def test_unchanged_rerun_is_fast_and_redefinition_replaces(kc):
    execute_ok(kc, SUM, timeout=BUILD)
    again = execute_ok(kc, SUM, timeout=BUILD)
    assert "compiled in" in again.stream()
    execute_ok(kc, "%%compile\nfunc total(n int) int { return -n }", timeout=BUILD)
    ex = execute_ok(kc, "fmt.Println(total(5), describe([]int{4}).Sum)")
    assert ex.stream() == "-5 4\n", ex.describe()
    # an interpreted redefinition wins too
    execute_ok(kc, "func total(n int) int { return 100 + n }")
    ex = execute_ok(kc, "fmt.Println(total(5))")
    assert ex.stream() == "105\n", ex.describe()


def test_reference_to_interpreted_name_is_refused(kc):
    execute_ok(kc, "limit := 10\ntype celsius float64")
    ex = execute(kc, "%%compile\nfunc clamp(x int) int {\n\tif x > limit {\n\t\treturn limit\n\t}\n\treturn x\n}", timeout=BUILD)
    assert ex.status == "error", ex.describe()
    value = ex.reply["content"]["evalue"]
    assert value.startswith("3:9: limit is a var of the interpreted session"), value
    assert "lives in the interpreter" in value and "%%compile cell, or pass it" in value, value
    # the session is as it was
    ex = execute_ok(kc, "fmt.Println(limit)")
    assert ex.stream() == "10\n"


def test_compiled_pool_task(kc, km):
    execute_ok(kc, 'import mp "github.com/goteach/goteach/mpkit"')
    execute_ok(kc, "%%compile\nimport \"os\"\n\nfunc collatz(n int) int {\n\tsteps := 0\n\tfor n != 1 {\n\t\tif n%2 == 0 {\n\t\t\tn /= 2\n\t\t} else {\n\t\t\tn = 3*n + 1\n\t\t}\n\t\tsteps++\n\t}\n\treturn steps\n}\n\nfunc pid(int) int { return os.Getpid() }", timeout=BUILD)
    ex = execute_ok(kc, "pool := mp.NewPool(2)\nfmt.Println(pool.Map(collatz, []int{1, 6, 7, 27, 97}))\nfmt.Println(pool.Map(pid, mp.Range(8)))\npool.Close()\npool.Join()", timeout=60)
    steps, pids = ex.stream().splitlines()
    assert steps == "[0 8 16 111 118]", ex.describe()
    # the tasks ran in the pool's worker processes, not in the kernel
    workers = {int(p) for p in pids.strip("[]").split()}
    assert workers and km.provisioner.process.pid not in workers, ex.describe()


def test_interrupt_stops_a_long_compiled_call(kc, km):
    execute_ok(kc, "%%compile\nimport (\n\t\"fmt\"\n\t\"sync/atomic\"\n)\n\nfunc spin(done *atomic.Bool) int {\n\tdefer done.Store(true)\n\tfmt.Println(\"spinning\")\n\tx := 0\n\tfor i := 0; ; i++ {\n\t\tx ^= i\n\t}\n}\n\nfunc add(a, b int) int { return a + b }", timeout=BUILD)
    execute_ok(kc, 'import "sync/atomic"\nvar done atomic.Bool')
    msg_id = kc.execute("spin(&done)")
    wait_iopub(kc, lambda m: m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "stream" and "spinning" in m["content"]["text"])
    km.interrupt_kernel()
    reply = kc.get_shell_msg(timeout=10)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "Interrupted"
    # the compiled loop itself stopped: its deferred call ran
    ex = execute_ok(kc, 'import "runtime"\nfor !done.Load() { runtime.Gosched() }\nfmt.Println("stopped")')
    assert ex.stream() == "stopped\n"
    # and compiled code runs again
    ex = execute_ok(kc, "fmt.Println(add(2, 3))")
    assert ex.stream() == "5\n"


def test_reset_and_restart_leave_no_artefacts(kc, km):
    execute_ok(kc, SUM, timeout=BUILD)
    d = compiled_dir(kc)
    assert d and any(f.endswith(".so") for f in os.listdir(d)), d
    assert not (REPO / "goteach_compiled").exists()
    execute_ok(kc, "%reset")
    assert not os.path.exists(d)
    ex = execute(kc, "total(3)")
    assert ex.status == "error"
    execute_ok(kc, SUM, timeout=BUILD)
    assert os.path.exists(d)
    km.restart_kernel(now=False)
    kc.wait_for_ready(timeout=20)
    assert not os.path.exists(d)
    assert not (REPO / "goteach_compiled").exists()


def test_without_toolchain_the_cell_runs_interpreted(goteach_kernelspec):
    from jupyter_client.manager import KernelManager

    km = KernelManager(kernel_name="goteach")
    km.start_kernel(env={**os.environ, "GOTEACH_GO": "/nonexistent/go"})
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=20)
        ex = execute_ok(kc, "%%compile\nfunc triple(x int) int { return 3 * x }")
        assert "no such go command" in ex.stream("stderr") and "runs interpreted" in ex.stream("stderr"), ex.describe()
        ex = execute_ok(kc, "fmt.Println(triple(5))")
        assert ex.stream() == "15\n"
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
