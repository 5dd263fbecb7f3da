"""mpkit driven from notebook cells through a real Jupyter client: cell
funcs run in real child processes, their output reaches the cell live, and
interrupts, restarts and kills leave no process behind."""

from __future__ import annotations

import os
import re
import signal
import time

from kernel_helpers import execute, execute_ok
from processes import descendants, kernel_pid, running, wait_until

IMPORTS = 'import (\n\t"fmt"\n\t"os"\n\t"time"\n\tmp "github.com/goteach/goteach/mpkit"\n)'




def test_process_runs_cell_func_in_a_real_child(kc, km):
    execute_ok(kc, IMPORTS)
    ex = execute_ok(
        kc,
        "func job(a, d int) {\n\tfmt.Println(a*d, os.Getpid())\n}\n"
        "p1 := &mp.Process{Target: job, Args: mp.Args(1, 2)}\n"
        "p1.Start()\np1.Join()\nfmt.Println(\"parent\", os.Getpid(), p1.Pid())",
    )
    lines = ex.stream().split("\n")
    value, child = lines[0].split()
    _, parent, pid = lines[1].split()
    assert value == "2"
    # Cells run in the kernel's engine process, a child of the kernel.
    assert child == pid and child != parent and int(parent) in descendants(kernel_pid(km))


def test_queue_pool_value_and_lock_from_cells(kc):
    execute_ok(kc, IMPORTS)
    ex = execute_ok(
        kc,
        "func job(q *mp.Queue) {\n\tres := 0\n\tfor i := 0; i < 1000; i++ {\n\t\tres += i + i*i + i*i*i\n\t}\n\tq.Put(res)\n}\n"
        "q := mp.NewQueue()\np1 := &mp.Process{Target: job, Args: mp.Args(q)}\np2 := &mp.Process{Target: job, Args: mp.Args(q)}\n"
        "p1.Start(); p2.Start(); p1.Join(); p2.Join()\nfmt.Println(q.Get().(int) + q.Get().(int))",
    )
    assert ex.stream() == "499667166000\n"
    ex = execute_ok(kc, "func sq(x int) int { return x * x }\npool := mp.NewPool(2)\nfmt.Println(pool.Map(sq, mp.Range(10)))\nfmt.Println(pool.ApplyAsync(sq, mp.Args(2)).Get())")
    assert ex.stream() == "[0 1 4 9 16 25 36 49 64 81]\n4\n"
    ex = execute_ok(
        kc,
        "func add(v *mp.Value, l *mp.Lock, num int) {\n\tfor i := 0; i < 2000; i++ {\n\t\tl.Acquire()\n\t\tv.SetInt(v.Int() + num)\n\t\tl.Release()\n\t}\n}\n"
        "v := mp.NewValue(\"i\", 0)\nl := mp.NewLock()\n"
        "a := &mp.Process{Target: add, Args: mp.Args(v, l, 1)}\nb := &mp.Process{Target: add, Args: mp.Args(v, l, 3)}\n"
        "a.Start(); b.Start(); a.Join(); b.Join()\nfmt.Println(v.Value())",
    )
    assert ex.stream() == "8000\n"


def test_child_output_is_live_and_interleaved(kc):
    execute_ok(kc, IMPORTS)
    code = (
        "func job(v *mp.Value, num int) {\n\tfor i := 0; i < 5; i++ {\n\t\ttime.Sleep(100 * time.Millisecond)\n"
        "\t\tv.SetInt(v.Int() + num)\n\t\tfmt.Println(num, v.Int())\n\t}\n}\n"
        "v := mp.NewValue(\"i\", 0)\np1 := &mp.Process{Target: job, Args: mp.Args(v, 1)}\np2 := &mp.Process{Target: job, Args: mp.Args(v, 3)}\n"
        "p1.Start(); p2.Start(); p1.Join(); p2.Join()"
    )
    msg_id = kc.execute(code)
    arrivals = []
    while True:
        m = kc.get_iopub_msg(timeout=30)
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        if m["msg_type"] == "stream":
            arrivals.append((time.monotonic(), m["content"]["text"]))
        if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            break
    text = "".join(t for _, t in arrivals)
    who = [line.split()[0] for line in text.splitlines()]
    assert sorted(who) == ["1"] * 5 + ["3"] * 5
    # Both processes print while the other runs: their lines mix.
    assert who[:5] != ["1"] * 5 and who[:5] != ["3"] * 5, text
    # Streamed while running, not all at the end.
    assert arrivals[-1][0] - arrivals[0][0] > 0.25, arrivals


def test_closure_is_refused_with_advice(kc):
    execute_ok(kc, IMPORTS)
    ex = execute(kc, "f := func() { fmt.Println(1) }\np := &mp.Process{Target: f}\np.Start()")
    assert ex.status == "error"
    errors = [m for m in ex.iopub if m["header"]["msg_type"] == "error"]
    assert len(errors) == 1
    assert "top-level func" in errors[0]["content"]["evalue"]


def test_redefined_func_and_pool_made_before_it(kc):
    execute_ok(kc, IMPORTS)
    execute_ok(kc, "func job(x int) int { return x + 1 }\npool := mp.NewPool(2)")
    execute_ok(kc, "func job(x int) int { return x * 10 }")
    execute_ok(kc, "func later(x int) int { return -x }")
    ex = execute_ok(kc, "fmt.Println(pool.Map(job, mp.Range(3)), pool.Map(later, mp.Range(3)))")
    assert ex.stream() == "[0 10 20] [0 -1 -2]\n"


def test_globals_travel_as_at_start(kc):
    execute_ok(kc, IMPORTS)
    ex = execute_ok(
        kc,
        "type T struct{A int; B string}\nvar base = 10\nfunc useT(t T) int { return t.A + base + len(t.B) }\n"
        "func putT(q *mp.Queue, t T) { q.Put(useT(t)) }\nq := mp.NewQueue()\nbase = 100\n"
        "p := &mp.Process{Target: putT, Args: mp.Args(q, T{1, \"xy\"})}\np.Start()\nfmt.Println(q.Get())\np.Join()",
    )
    assert ex.stream() == "103\n"


def test_child_panic_shows_cell_line_and_exit_code(kc):
    execute_ok(kc, IMPORTS)
    ex = execute_ok(
        kc,
        "func boom(x int) {\n\tif x == 2 {\n\t\tpanic(\"two!\")\n\t}\n}\n"
        "p := &mp.Process{Target: boom, Args: mp.Args(2)}\np.Start()\np.Join()\nfmt.Println(p.ExitCode())",
    )
    assert ex.stream() == "1 true\n"
    err = re.sub(r"\x1b\[[0-9;]*m", "", ex.stream("stderr"))
    assert "two!" in err and "line 3, in boom" in err and 'panic("two!")' in err, err
    ex = execute_ok(kc, "func quit(n int) { os.Exit(n) }\nq := &mp.Process{Target: quit, Args: mp.Args(7)}\nq.Start()\nq.Join()\nfmt.Println(q.ExitCode())")
    assert ex.stream() == "7 true\n"
    ex = execute(kc, "func bad(x int) int { if x == 1 { panic(\"one\") }; return x }\npool := mp.NewPool(2)\npool.Map(bad, mp.Range(3))")
    assert ex.status == "error"
    errors = [m for m in ex.iopub if m["header"]["msg_type"] == "error"]
    assert len(errors) == 1 and "one" in errors[0]["content"]["evalue"]


def stream_lines(kc, msg_id, n, timeout=15):
    """The first n stdout lines a running cell prints."""
    text = ""
    end = time.monotonic() + timeout
    while text.count("\n") < n and time.monotonic() < end:
        m = kc.get_iopub_msg(timeout=timeout)
        if m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "stream":
            text += m["content"]["text"]
    return text.splitlines()[:n]




def test_interrupt_during_pool_map_leaves_no_process(kc, km):
    execute_ok(kc, IMPORTS)
    execute_ok(kc, 'func slow(x int) int { fmt.Println("busy", x); time.Sleep(30 * time.Second); return x }')
    execute_ok(kc, "func fast(x int) int { return x + 1 }\nold := mp.NewPool(2)")
    msg_id = kc.execute(
        "pool := mp.NewPool(2)\nfmt.Println(pool.Pids())\nfmt.Println(old.Pids())\n"
        "r := old.MapAsync(slow, mp.Range(4))\nfmt.Println(pool.Map(slow, mp.Range(8)))"
    )
    # the two pid lines, then a "busy" line from each of the four workers
    # once it runs its task
    lines = stream_lines(kc, msg_id, 6)
    workers = [int(x) for x in lines[0].strip("[]").split()]
    old_workers = [int(x) for x in lines[1].strip("[]").split()]
    assert len(workers) == 2 and all(running(p) for p in workers)
    assert sum(x.startswith("busy ") for x in lines[2:]) == 4, lines
    km.interrupt_kernel()
    reply = kc.get_shell_msg(timeout=10)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["status"] in ("error", "aborted")
    # The cell's own pool is gone; the older pool's busy workers were replaced.
    assert wait_until(lambda: not any(running(p) for p in workers + old_workers), 5), "workers survived the interrupt"
    ex = execute_ok(kc, "fmt.Println(old.Map(fast, mp.Range(3)))")
    assert ex.stream() == "[1 2 3]\n"
    # Each replacement joins the pool once it has started, which the
    # Map above need not wait for (CPython's pool repopulates so too).
    assert wait_until(lambda: execute_ok(kc, "fmt.Println(len(old.Pids()))").stream() == "2\n", 10), "the older pool was not repopulated"


def test_interrupt_stops_processes_the_cell_started(kc, km):
    execute_ok(kc, IMPORTS)
    msg_id = kc.execute("func spin() { for {} }\np := &mp.Process{Target: spin}\np.Start()\nfmt.Println(p.Pid())\np.Join()")
    pid = int(stream_lines(kc, msg_id, 1)[0])
    assert running(pid)
    km.interrupt_kernel()
    reply = kc.get_shell_msg(timeout=10)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["status"] in ("error", "aborted")
    assert wait_until(lambda: not running(pid), 5), "the spinning child survived"


def test_kernel_sigkill_leaves_no_orphans(km, kc):
    execute_ok(kc, IMPORTS)
    execute_ok(kc, "func slow(x int) int { time.Sleep(60 * time.Second); return x }\npool := mp.NewPool(2)\nr := pool.MapAsync(slow, mp.Range(4))\nq := mp.NewQueue()")
    kpid = kernel_pid(km)
    kids = descendants(kpid)
    assert len(kids) >= 2
    os.kill(kpid, signal.SIGKILL)

    def gone():
        for pid in kids:
            try:
                with open(f"/proc/{pid}/stat") as f:
                    state = f.read().rsplit(")", 1)[1].split()[0]
                if state not in ("Z", "X"):
                    return False
            except OSError:
                pass
        return True

    assert wait_until(gone, 5), "children outlived the killed kernel"
    memfds = []
    for pid in kids:
        try:
            memfds += os.listdir(f"/proc/{pid}/fd")
        except OSError:
            pass
    assert not memfds


def test_restart_leaves_no_process(km, kc):
    execute_ok(kc, IMPORTS)
    execute_ok(kc, "func slow(x int) int { time.Sleep(60 * time.Second); return x }\npool := mp.NewPool(2)\nr := pool.MapAsync(slow, mp.Range(4))")
    kpid = kernel_pid(km)
    kids = descendants(kpid)
    assert len(kids) >= 2
    km.restart_kernel(now=False)
    assert wait_until(lambda: not any(running(p) for p in kids), 8)


def test_declared_types_keep_their_type_across_processes(kc):
    # A value of a declared non-struct type is boxed in interfaces (its
    # reflect type is its underlying type's): as an argument, a queue item
    # and a pool task or result it arrives as what it is.
    execute_ok(kc, IMPORTS)
    execute_ok(
        kc,
        'type Celsius float64\nfunc (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }\n'
        "func warm(q *mp.Queue, c Celsius) { q.Put(c + 1) }\nfunc double(c Celsius) Celsius { return 2 * c }",
    )
    ex = execute_ok(
        kc,
        "q := mp.NewQueue()\np := &mp.Process{Target: warm, Args: mp.Args(q, Celsius(20))}\np.Start()\n"
        "got := q.Get()\np.Join()\nc, ok := got.(Celsius)\n_, isFloat := got.(float64)\nfmt.Println(got, c, ok, isFloat)",
    )
    assert ex.stream() == "21.0C 21.0C true false\n"
    ex = execute_ok(
        kc,
        "pool := mp.NewPool(2)\nfmt.Println(pool.Map(double, []Celsius{1, 2}))\n"
        "r := pool.Apply(double, mp.Args(Celsius(4)))\nfmt.Printf(\"%v %T\\n\", r, r)\npool.Close()",
    )
    assert ex.stream() == "[2.0C 4.0C]\n8.0C main.Celsius\n"
