"""What no cell can do to the kernel, through a real Jupyter client: a
fatal Go error (stack overflow, running out of memory, concurrent map
writes, a panic on a goroutine nobody recovers) fails its cell with the
cause in a student's words, the session's declarations come back in a new
engine process, and the next cell runs. The memory limit is set low here
(GOTEACH_MEMORY_LIMIT) so that the tests are quick and safe."""

from __future__ import annotations

import os
import signal

import pytest
from conftest import KERNEL_NAME
from jupyter_client import KernelManager

from kernel_helpers import execute, execute_ok, iopub_until_idle, parent_id, wait_iopub, wait_reply
from processes import descendants, running, wait_until

LIMIT = "256MiB"


@pytest.fixture
def km(goteach_kernelspec: str):
    """A goteach kernel whose session may use 256 MiB and 50 processes."""
    manager = KernelManager(kernel_name=KERNEL_NAME)
    manager.start_kernel(env={**os.environ, "GOTEACH_MEMORY_LIMIT": LIMIT, "GOTEACH_PROCESS_LIMIT": "50"})
    yield manager
    if manager.has_kernel:
        manager.shutdown_kernel(now=True)


def children(pid: int) -> list[int]:
    """The live child processes of pid."""
    return [p for p in descendants(pid) if running(p) and parent_of(p) == pid]


def parent_of(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return int(f.read().rsplit(")", 1)[1].split()[1])
    except OSError:
        return 0


def error_of(ex):
    assert ex.status == "error", ex.describe()
    errors = [m for m in ex.iopub if m["header"]["msg_type"] == "error"]
    assert len(errors) == 1, ex.describe()
    return errors[0]["content"]


SESSION = (
    'import "strings"\n'
    "type point struct{ X, Y int }\n"
    "const greeting = \"hello\"\n"
    "total := 42\n"
    "func countdown(n int) int {\n"
    "\treturn countdown(n-1) + 1\n"
    "}\n"
)


def session_survived(kc):
    """The declarations are back, the var lost its value."""
    ex = execute_ok(kc, 'fmt.Println(strings.ToUpper(greeting), point{1, 2}, total)')
    assert ex.stream() == "HELLO {1 2} 0\n", ex.describe()


def test_infinite_recursion_fails_the_cell_and_keeps_the_session(kc):
    execute_ok(kc, SESSION)
    ex = execute(kc, "fmt.Println(countdown(3))", timeout=60)
    err = error_of(ex)
    assert err["ename"] == "StackOverflow"
    # the func, the cell and the line of the recursive call
    assert "infinite recursion in countdown (In[1], line 6)" in err["evalue"], err
    tb = "\n".join(err["traceback"])
    assert "lost their values" in tb and "total" in tb, tb
    session_survived(kc)
    # the recursion is fixed by redefining the func
    ex = execute_ok(kc, "func countdown(n int) int {\n\tif n == 0 {\n\t\treturn 0\n\t}\n\treturn countdown(n-1) + 1\n}\nfmt.Println(countdown(3))")
    assert ex.stream() == "3\n"


def test_a_huge_allocation_names_the_size_and_the_limit(kc):
    execute_ok(kc, SESSION)
    err = error_of(execute(kc, "b := make([]byte, 30<<30)\nfmt.Println(len(b))", timeout=60))
    assert err["ename"] == "OutOfMemory"
    assert "30 GiB" in err["evalue"] and "256 MiB" in err["evalue"], err
    session_survived(kc)


def test_endless_growth_stops_at_the_limit(kc):
    execute_ok(kc, SESSION)
    code = "var chunks [][]byte\nfor {\n\tchunks = append(chunks, make([]byte, 1<<20))\n}"
    err = error_of(execute(kc, code, timeout=60))
    assert err["ename"] == "OutOfMemory" and "256 MiB" in err["evalue"], err
    session_survived(kc)


def test_concurrent_map_writes_are_explained(kc):
    execute_ok(kc, SESSION)
    code = (
        'import "sync"\n'
        "m := map[int]int{}\n"
        "var wg sync.WaitGroup\n"
        "for g := range 4 {\n"
        "\twg.Add(1)\n"
        "\tgo func() {\n"
        "\t\tdefer wg.Done()\n"
        "\t\tfor i := range 10000000 {\n"
        "\t\t\tm[i%100] = g\n"
        "\t\t}\n"
        "\t}()\n"
        "}\n"
        "wg.Wait()"
    )
    err = error_of(execute(kc, code, timeout=60))
    assert err["ename"] == "ConcurrentMapAccess" and "sync.Mutex" in err["evalue"], err
    session_survived(kc)


def test_a_panic_in_a_goroutine_of_compiled_code(kc):
    execute_ok(kc, SESSION)
    # os/exec copies the command's output to the Write method in a
    # goroutine of its own, where nothing recovers the method's panic.
    code = (
        'import "os/exec"\n'
        "type boom struct{}\n"
        'func (boom) Write(p []byte) (int, error) { panic("boom") }\n'
        'cmd := exec.Command("echo", "hi")\n'
        "cmd.Stdout = boom{}\n"
        "cmd.Run()"
    )
    err = error_of(execute(kc, code, timeout=60))
    assert err["ename"] == "GoroutinePanic" and "panic: boom" in err["evalue"], err
    session_survived(kc)


def test_a_panic_after_its_cell_ended_is_told_by_the_next_cell(kc, km):
    execute_ok(kc, SESSION)
    execute_ok(
        kc,
        'import "os/exec"\n'
        "type lateBoom struct{}\n"
        'func (lateBoom) Write(p []byte) (int, error) { panic("late boom") }\n'
        'cmd := exec.Command("sh", "-c", "sleep 0.05; echo hi")\n'
        "cmd.Stdout = lateBoom{}\n"
        "cmd.Start()",
    )
    engine = children(km.provisioner.process.pid)
    assert len(engine) == 1, engine
    # wait for the engine process that ran the cell to end
    assert wait_until(lambda: not running(engine[0]), 10)
    ex = execute_ok(kc, 'fmt.Println(strings.ToUpper(greeting), total)')
    assert ex.stream() == "HELLO 0\n", ex.describe()
    assert "late boom" in ex.stream("stderr") and "lost their values" in ex.stream("stderr"), ex.describe()


def test_shutdown_ends_what_cells_started(km, kc):
    execute_ok(kc, 'import "os/exec"\ncmd := exec.Command("sleep", "300")\nif err := cmd.Start(); err != nil {\n\tpanic(err)\n}\nfmt.Println(cmd.Process.Pid)')
    kpid = km.provisioner.process.pid
    kids = descendants(kpid)
    assert kids
    km.shutdown_kernel(now=False)
    assert wait_until(lambda: not any(running(p) for p in kids), 10), "a process outlived the kernel"


def test_kernel_death_ends_what_cells_started(km, kc):
    execute_ok(kc, 'import "os/exec"\ncmd := exec.Command("sleep", "300")\nif err := cmd.Start(); err != nil {\n\tpanic(err)\n}')
    kpid = km.provisioner.process.pid
    kids = descendants(kpid)
    assert kids
    os.kill(kpid, signal.SIGKILL)
    assert wait_until(lambda: not any(running(p) for p in kids), 10), "a process outlived the killed kernel"


def test_a_fork_bomb_stops_at_the_process_limit(km, kc):
    execute_ok(kc, 'import mp "github.com/goteach/goteach/mpkit"\nfunc wait(e *mp.Event) { e.Wait() }\nvar ps []*mp.Process\nnever := mp.NewEvent()')
    err = error_of(execute(kc, "for range 100 {\n\tp := mp.NewProcess(wait, never)\n\tp.Start()\n\tps = append(ps, p)\n}", timeout=60))
    assert "too many processes" in err["evalue"] and "limit is 50" in err["evalue"], err
    ex = execute_ok(kc, "for _, p := range ps {\n\tp.Terminate()\n\tp.Join()\n}\nfmt.Println(len(ps) > 40, len(mp.ActiveChildren()))")
    assert ex.stream() == "true 0\n", ex.describe()
    ex = execute_ok(kc, "q := mp.NewProcess(wait, never)\nq.Start()\nq.Terminate()\nq.Join()\nfmt.Println(q.ExitCode())")
    assert ex.stream().startswith("-15"), ex.describe()


def test_a_recursive_fork_bomb_is_stopped_with_its_cell(km, kc):
    execute_ok(kc, 'import mp "github.com/goteach/goteach/mpkit"\nfunc bomb() {\n\tfor {\n\t\tmp.NewProcess(bomb).Start()\n\t}\n}')
    ex = execute(kc, "bomb()", timeout=60)
    err = error_of(ex)
    assert "too many processes" in err["evalue"], err
    assert "were stopped" in ex.stream("stderr"), ex.describe()
    kpid = km.provisioner.process.pid
    # the engine, its spare children and nothing of the bomb
    assert wait_until(lambda: len(descendants(kpid)) <= 4, 10), descendants(kpid)
    ex = execute_ok(kc, "fmt.Println(len(mp.ActiveChildren()))")
    assert ex.stream() == "0\n", ex.describe()


def test_reset_ends_the_commands_cells_started(km, kc):
    execute_ok(kc, 'import (\n\t"os/exec"\n\tmp "github.com/goteach/goteach/mpkit"\n)')
    ex = execute_ok(kc, 'cmd := exec.Command("sleep", "300")\nif err := cmd.Start(); err != nil {\n\tpanic(err)\n}\nfmt.Println(cmd.Process.Pid)')
    pid = int(ex.stream())
    assert running(pid)
    execute_ok(kc, "%reset")
    assert wait_until(lambda: not running(pid), 10), "the command outlived %reset"
    # mpkit still starts processes after the reset
    ex = execute_ok(kc, 'import mp "github.com/goteach/goteach/mpkit"\nfunc hello() { fmt.Println("child") }\np := mp.NewProcess(hello)\np.Start()\np.Join()')
    assert ex.stream() == "child\n", ex.describe()


def test_goexit_stops_its_cell_where_it_is_called(kc):
    execute_ok(kc, SESSION)
    code = 'import "runtime"\ndefer fmt.Println("deferred")\nfmt.Println("before")\nruntime.Goexit()\nfmt.Println("after")'
    ex = execute(kc, code, timeout=60)
    err = error_of(ex)
    assert err["ename"] == "Goexit" and "stopped there" in err["evalue"], err
    assert ex.stream() == "before\ndeferred\n", ex.describe()
    ex = execute_ok(kc, "fmt.Println(total)")
    assert ex.stream() == "42\n", ex.describe()


def test_no_output_of_an_interrupted_cell_after_its_idle(km, kc):
    """A cell printing as fast as it can is interrupted: every chunk of its
    output comes before its idle, none after (checked up to the idle of
    the next cell, which IOPub delivers in order)."""
    execute_ok(kc, 'import "fmt"')
    for _ in range(5):
        msg_id = kc.execute('for i := 0; ; i++ {\n\tfmt.Println("line", i)\n}')
        wait_iopub(kc, lambda m, mid=msg_id: parent_id(m) == mid and m["header"]["msg_type"] == "stream")
        km.interrupt_kernel()
        iopub_until_idle(kc, msg_id)
        assert wait_reply(kc.get_shell_msg, msg_id)["content"]["status"] == "error"
        nxt = kc.execute('fmt.Println("next")')
        late = []
        while True:
            m = wait_iopub(kc, lambda m, ids=(msg_id, nxt): parent_id(m) in ids)
            if parent_id(m) == msg_id:
                late.append(m["header"]["msg_type"])
            elif m["header"]["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                break
        wait_reply(kc.get_shell_msg, nxt)
        assert late == [], f"after its idle the interrupted cell sent {late}"


def test_commands_count_against_the_process_limit(km, kc):
    """Commands a cell starts (os/exec) and mpkit's children share one
    bound: a loop starting commands gets Start's error saying the limit."""
    code = (
        'import "os/exec"\n'
        "var cmds []*exec.Cmd\n"
        "for range 80 {\n"
        '\tc := exec.Command("sleep", "300")\n'
        "\tif err := c.Start(); err != nil {\n"
        "\t\tfmt.Println(err)\n"
        "\t\tbreak\n"
        "\t}\n"
        "\tcmds = append(cmds, c)\n"
        "}\n"
        "fmt.Println(len(cmds) >= 40 && len(cmds) < 50)"
    )
    ex = execute_ok(kc, code)
    first, verdict = ex.stream().splitlines()
    assert "too many processes" in first and "limit is 50" in first, ex.describe()
    assert verdict == "true", ex.describe()
    ex = execute_ok(kc, "for _, c := range cmds {\n\tc.Process.Kill()\n\tc.Wait()\n}\n"
                        'out, err := exec.Command("echo", "again").Output()\nfmt.Print(string(out), err)')
    assert ex.stream() == "again\n<nil>", ex.describe()
