"""What a notebook user reaches for besides plain Go, through a real
Jupyter client: the magics (%%time, %time, %who, %reset, %env, %help,
!cmd), standard input and password prompts, progress bars that update in
place, and gonum charts shown as images."""

from __future__ import annotations

import base64
import queue
import re
import struct
import time

from kernel_helpers import execute, execute_ok, iopub_until_idle, request, wait_iopub, wait_reply
from processes import running, wait_until

DISPLAY = '"github.com/goteach/goteach/kernel/display"'
IMPORTS = f'import (\n\t"bufio"\n\t"fmt"\n\t"os"\n\t"time"\n\n\t{DISPLAY}\n\tmp "github.com/goteach/goteach/mpkit"\n)'

_UNITS = {"ns": 1e-9, "µs": 1e-6, "us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, "h": 3600.0}


def seconds(go_duration: str) -> float:
    """Parses a Go duration as time.Duration prints it (1m2.5s, 12.3ms)."""
    parts = re.findall(r"([0-9.]+)(ns|µs|us|ms|s|m|h)", go_duration)
    assert parts and "".join(n + u for n, u in parts) == go_duration, go_duration
    return sum(float(n) * _UNITS[u] for n, u in parts)


def timing(text: str) -> tuple[float, float]:
    """The CPU total and wall time that %time and %%time print."""
    m = re.search(r"CPU times: user (\S+), sys: (\S+), total: (\S+)\nWall time: (\S+)\n", text)
    assert m, f"no timing in {text!r}"
    user, sys_, total, wall = (seconds(g) for g in m.groups())
    assert abs(user + sys_ - total) < 1e-3
    return total, wall


def test_time_cell_magic_reports_cpu_and_wall_time(kc):
    execute_ok(kc, IMPORTS)
    ex = execute_ok(kc, "%%time\ntime.Sleep(300 * time.Millisecond)\nfmt.Println(\"slept\")")
    out = ex.stream()
    assert out.startswith("slept\n"), out
    cpu, wall = timing(out)
    assert 0.3 <= wall < 5, out
    assert cpu < wall, out  # sleeping costs no CPU
    ex = execute_ok(kc, "%%time\nn := 0\nfor i := 0; i < 3000000; i++ {\n\tn += i % 7\n}\nn")
    cpu, wall = timing(ex.stream())
    assert cpu > 0.005, ex.stream()  # the loop does burn CPU
    assert ex.result() == str(sum(i % 7 for i in range(3_000_000)))
    # A cell of one statement (timed code is compiled from the cell's text
    # without its magic line).
    _, wall = timing(execute_ok(kc, "%%time\ntime.Sleep(100 * time.Millisecond)").stream())
    assert wall >= 0.1
    # The variable the timed cell declared stays in the session.
    assert execute_ok(kc, "n * 2").result() == str(2 * sum(i % 7 for i in range(3_000_000)))


def test_time_line_magic_times_one_statement(kc):
    execute_ok(kc, IMPORTS)
    ex = execute_ok(kc, "%time fmt.Println(6 * 7)")
    out = ex.stream()
    assert out.startswith("42\n"), out
    timing(out)
    ex = execute_ok(kc, "%time time.Sleep(150 * time.Millisecond)\nfmt.Println(\"after\")")
    _, wall = timing(ex.stream())
    assert wall >= 0.15
    assert ex.stream().endswith("after\n"), ex.stream()


def test_who_lists_variables_with_types_and_values(kc):
    execute_ok(kc, IMPORTS)
    assert "empty" in execute_ok(kc, "%who").stream()
    execute_ok(kc, 'count := 3\ngreeting := "hi"\nsquares := []int{0, 1, 4}\nfunc helper() {}')
    out = execute_ok(kc, "%who").stream()
    rows = {line.split()[0]: line.split(None, 2)[1:] for line in out.splitlines()[2:] if line.strip()}
    assert rows["count"] == ["int", "3"], out
    assert rows["greeting"] == ["string", '"hi"'], out
    assert rows["squares"] == ["[]int", "[0 1 4]"], out
    assert "helper" not in rows, out  # funcs are not variables




def test_reset_gives_a_fresh_session_and_stops_processes(kc):
    execute_ok(kc, IMPORTS)
    ex = execute_ok(
        kc,
        "func nap(x int) int {\n\ttime.Sleep(60 * time.Second)\n\treturn x\n}\nfunc sleeper() { time.Sleep(60 * time.Second) }\n"
        "keep := 7\npool := mp.NewPool(2)\nr := pool.MapAsync(nap, mp.Range(4))\n"
        "p := &mp.Process{Target: sleeper}\np.Start()\nfmt.Println(pool.Pids(), p.Pid())",
    )
    pids = [int(x) for x in re.findall(r"\d+", ex.stream())]
    assert len(pids) == 3 and all(running(p) for p in pids), ex.stream()
    ex = execute_ok(kc, "%reset")
    # Nothing of the old session is left: variables, funcs and imports
    # (a standard package used without its import is imported again, as
    # goimports would; the aliased mp is not).
    for code in ("keep", "nap(1)", "mp.CPUCount()"):
        ex = execute(kc, code)
        assert ex.status == "error" and "undefined" in ex.reply["content"]["evalue"], ex.describe()
    assert wait_until(lambda: not any(running(p) for p in pids)), \
        f"processes of the old session still run after %reset: {[p for p in pids if running(p)]}"
    # The fresh session works, mpkit included.
    execute_ok(kc, IMPORTS)
    ex = execute_ok(kc, "func sq(x int) int { return x * x }\nfmt.Println(mp.NewPool(2).Map(sq, mp.Range(4)))")
    assert ex.stream() == "[0 1 4 9]\n"


def test_env_shows_and_sets_variables(kc):
    execute_ok(kc, IMPORTS)
    ex = execute_ok(kc, "%env GOTEACH_LAB_TEST=blue sky")
    assert ex.stream() == "env: GOTEACH_LAB_TEST=blue sky\n"
    assert execute_ok(kc, "%env GOTEACH_LAB_TEST").stream() == "blue sky\n"
    assert execute_ok(kc, 'os.Getenv("GOTEACH_LAB_TEST")').result() == '"blue sky"'
    assert "GOTEACH_LAB_TEST=blue sky" in execute_ok(kc, "%env").stream().splitlines()
    # Commands started from the notebook see it too.
    assert execute_ok(kc, "!echo $GOTEACH_LAB_TEST").stream() == "blue sky\n"
    ex = execute(kc, "%env GOTEACH_NOT_SET_ANYWHERE")
    assert ex.status == "error" and "not set" in ex.reply["content"]["evalue"], ex.describe()


def test_help_lists_the_magics(kc):
    out = execute_ok(kc, "%help").stream()
    for magic in ("%%time", "%time", "%who", "%reset", "%env", "!COMMAND", "display."):
        assert magic in out, (magic, out)
    ex = execute(kc, "%nosuchmagic")
    assert ex.status == "error" and "%help" in ex.reply["content"]["evalue"], ex.describe()


def test_shell_command_output_streams_as_it_comes(kc):
    code = "!for i in 1 2 3; do echo line $i; sleep 0.4; done; echo oops >&2"
    msg_id = kc.execute(code)
    arrivals = []
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        msg = wait_iopub(kc, lambda m: m["parent_header"].get("msg_id") == msg_id)
        t = msg["header"]["msg_type"]
        if t == "stream":
            arrivals.append((time.monotonic(), msg["content"]["name"], msg["content"]["text"]))
        if t == "status" and msg["content"]["execution_state"] == "idle":
            end = time.monotonic()
            break
    wait_reply(kc.get_shell_msg, msg_id)
    stdout = "".join(text for _, name, text in arrivals if name == "stdout")
    stderr = "".join(text for _, name, text in arrivals if name == "stderr")
    assert stdout == "line 1\nline 2\nline 3\n"
    assert stderr == "oops\n"
    first = next(t for t, name, text in arrivals if "line 1" in text)
    # line 1 was shown while the command was still running (1.2 s in all).
    assert end - first > 0.6, arrivals


def _answer_input(kc, code: str, answer: str) -> tuple[dict, list[dict], dict]:
    """Runs code with allow_stdin, answers its one input_request; returns
    the request's content, the cell's IOPub messages and its reply."""
    msg_id = kc.execute(code, allow_stdin=True)
    try:
        req = kc.get_stdin_msg(timeout=10)
    except queue.Empty:
        msgs = iopub_until_idle(kc, msg_id)
        raise AssertionError(f"no input_request; the cell sent {[m['content'] for m in msgs]}") from None
    assert req["header"]["msg_type"] == "input_request"
    assert req["parent_header"]["msg_id"] == msg_id
    kc.input(answer)
    reply = wait_reply(kc.get_shell_msg, msg_id)
    return req["content"], iopub_until_idle(kc, msg_id), reply


def _stdout(msgs: list[dict]) -> str:
    return "".join(m["content"]["text"] for m in msgs
                   if m["header"]["msg_type"] == "stream" and m["content"]["name"] == "stdout")


def test_scan_asks_the_front_end_for_input(kc):
    execute_ok(kc, IMPORTS)
    req, msgs, reply = _answer_input(
        kc, 'var n int\nvar who string\nfmt.Print("n and name? ")\nfmt.Scan(&n, &who)\nfmt.Println(who, n*2)', "21 gopher")
    assert req["password"] is False
    assert reply["content"]["status"] == "ok"
    assert _stdout(msgs) == "n and name? gopher 42\n"
    req, msgs, reply = _answer_input(
        kc, "line, err := bufio.NewReader(os.Stdin).ReadString('\\n')\nfmt.Printf(\"%q %v\\n\", line, err)", "a whole line")
    assert reply["content"]["status"] == "ok"
    assert _stdout(msgs) == '"a whole line\\n" <nil>\n'


def test_password_prompt_hides_the_input(kc):
    execute_ok(kc, IMPORTS)
    req, msgs, reply = _answer_input(
        kc, 'secret, err := display.Password("token: ")\nfmt.Println(len(secret), err)', "s3cr3t")
    assert req == {"prompt": "token: ", "password": True}
    assert reply["content"]["status"] == "ok"
    assert _stdout(msgs) == "6 <nil>\n"
    req, msgs, reply = _answer_input(
        kc, 'name, err := display.Input("name: ")\nfmt.Println(name, err)', "Ada")
    assert req == {"prompt": "name: ", "password": False}
    assert _stdout(msgs) == "Ada <nil>\n"


def test_completion_and_inspection_answer_while_a_cell_waits(kc):
    """Tab and Shift+Tab are answered from the type check of the text
    being typed, also while another cell runs (here: waits for input):
    the members of a generic call's result, the inferred type of a
    local."""
    execute_ok(kc, IMPORTS + "\ntype Point struct{ X, Y int }\n"
               "func (p *Point) Move(dx int) { p.X += dx }\nvar pts = map[string][]Point{}")
    msg_id = kc.execute('name, _ := display.Input("name: ")\nfmt.Println(name)', allow_stdin=True)
    req = kc.get_stdin_msg(timeout=10)
    assert req["header"]["msg_type"] == "input_request"
    code = "all := slices.Concat(slices.Collect(maps.Values(pts))...)\nall[0]."
    reply, _ = request(kc, "shell", "complete_request", {"code": code, "cursor_pos": len(code)})
    assert reply["content"]["status"] == "ok"
    assert reply["content"]["matches"] == ["Move", "X", "Y"], reply["content"]
    code = "d := max(time.Second, 2*time.Millisecond)\nfmt.Println(d)"
    reply, _ = request(kc, "shell", "inspect_request",
                       {"code": code, "cursor_pos": len(code) - 2, "detail_level": 0})
    assert reply["content"]["found"], reply["content"]
    assert reply["content"]["data"]["text/plain"].startswith("var d time.Duration"), reply["content"]
    kc.input("Ada")
    assert wait_reply(kc.get_shell_msg, msg_id)["content"]["status"] == "ok"
    assert _stdout(iopub_until_idle(kc, msg_id)) == "Ada\n"


def test_reading_without_allow_stdin_reads_an_empty_input(kc):
    """Standard input is empty, as for go run < /dev/null (and Python's
    sys.stdin in a kernel); the notebook's own prompt says why it has no
    answer."""
    execute_ok(kc, IMPORTS)
    ex = execute(kc, "var n int\n_, err := fmt.Scan(&n)\nfmt.Println(err == io.EOF, err)", allow_stdin=False)
    assert ex.status == "ok"
    assert ex.stream() == "true EOF\n", ex.stream()
    ex = execute(kc, 'pw, perr := display.Password("pw: ")\nfmt.Println(len(pw), perr)', allow_stdin=False)
    assert ex.status == "ok"
    assert ex.stream().startswith("0 ") and "allow" in ex.stream(), ex.stream()


def _progress(msgs: list[dict]) -> list[tuple[str, str, str]]:
    """(msg_type, display_id, html) of the progress outputs in msgs."""
    out = []
    for m in msgs:
        t = m["header"]["msg_type"]
        if t in ("display_data", "update_display_data") and "goteach-progress" in m["content"]["data"].get("text/html", ""):
            out.append((t, m["content"]["transient"].get("display_id"), m["content"]["data"]["text/html"]))
    return out


def test_progress_bar_updates_in_place(kc):
    execute_ok(kc, IMPORTS)
    ex = execute_ok(kc, 'bar := display.ProgressBar("steps")\nfor i := 0; i <= 40; i++ {\n'
                        "\ttime.Sleep(10 * time.Millisecond)\n\tbar(i, 40)\n}")
    shown = _progress(ex.iopub)
    assert shown[0][0] == "display_data" and all(t == "update_display_data" for t, _, _ in shown[1:]), shown
    assert len({d for _, d, _ in shown}) == 1 and shown[0][1]
    # Updates are merged (at most about ten a second), the last one is complete.
    assert 2 <= len(shown) <= 10, len(shown)
    assert 'data-complete="true"' in shown[-1][2] and 'data-done="40"' in shown[-1][2]
    assert all('data-complete="false"' in h for _, _, h in shown[:-1])
    text = [m for m in ex.iopub if m["header"]["msg_type"] == "update_display_data"][-1]["content"]["data"]["text/plain"]
    assert text.startswith("steps [######") and "40/40 done in" in text, text


def test_pool_progress_reaches_the_end(kc):
    execute_ok(kc, IMPORTS)
    code = ("func cube(x int) int {\n\ttime.Sleep(15 * time.Millisecond)\n\treturn x * x * x\n}\n"
            'pool := mp.NewPool(2)\npool.OnProgress(display.ProgressBar("cubes"))\nfmt.Println(pool.Map(cube, mp.Range(30)))')
    msg_id = kc.execute(code)
    msgs = iopub_until_idle(kc, msg_id)
    shown = _progress(msgs)
    if not shown or 'data-complete="true"' not in shown[-1][2]:
        # The pool reports its last chunk from its callback goroutine, which
        # may run just after Map returned.
        late = wait_iopub(kc, lambda m: m["header"]["msg_type"] == "update_display_data"
                          and 'data-complete="true"' in m["content"]["data"].get("text/html", ""))
        shown += _progress([late])
    assert shown[0][0] == "display_data" and len({d for _, d, _ in shown}) == 1, shown
    assert 'data-done="30" data-total="30" data-complete="true"' in shown[-1][2], shown[-1]
    assert "[0 1 8 27" in _stdout(msgs)


def _png_size(b64: str) -> tuple[int, int]:
    png = base64.b64decode(b64)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", png[16:24])


CHART_IMPORTS = ('import (\n\t"time"\n\t"gonum.org/v1/plot"\n\t"gonum.org/v1/plot/plotter"\n\t"gonum.org/v1/plot/vg"\n'
                 '\t"github.com/goteach/goteach/kernel/chart"\n)')


def test_charts_are_shown_as_sharp_png_images(kc):
    execute_ok(kc, CHART_IMPORTS)
    execute_ok(kc, "xys := plotter.XYs{}\nfor i := 0; i < 10; i++ {\n"
                   "\txys = append(xys, plotter.XY{X: float64(i), Y: float64(i * i)})\n}")
    cells = {
        "line": 'p := plot.New()\np.Title.Text = "line"\nl, err := plotter.NewLine(xys)\nif err != nil {\n\tpanic(err)\n}\np.Add(l)\nchart.Of(p)',
        "scatter": "p := plot.New()\ns, _ := plotter.NewScatter(xys)\np.Add(s)\nchart.Of(p).Size(4*vg.Inch, 3*vg.Inch)",
        "bar": 'p := plot.New()\nb, _ := plotter.NewBarChart(plotter.Values{3, 1, 4}, vg.Points(30))\np.Add(b)\np.NominalX("x", "y", "z")\nchart.Of(p)',
        "timings": 'chart.Timings(map[string]time.Duration{"normal": time.Second, "goroutines": 300 * time.Millisecond, "processes": 450 * time.Millisecond})',
    }
    for name, code in cells.items():
        ex = execute_ok(kc, code)
        result = [m for m in ex.iopub if m["header"]["msg_type"] == "execute_result"]
        assert len(result) == 1, (name, ex.describe())
        data, md = result[0]["content"]["data"], result[0]["content"]["metadata"]
        assert set(data) == {"image/png", "text/plain"}, (name, set(data))
        assert data["text/plain"].startswith("<chart"), data["text/plain"]
        w, h = _png_size(data["image/png"])
        want = (384, 288) if name == "scatter" else (576, 360)
        assert md["image/png"] == {"width": want[0], "height": want[1]}, (name, md)
        assert (w, h) == (2 * want[0], 2 * want[1]), (name, w, h)
    ex = execute_ok(kc, 'p := plot.New()\nchart.Show(p)\nchart.Show(p)\n"shown"')
    assert [m["header"]["msg_type"] for m in ex.outputs] == ["display_data", "display_data", "execute_result"]
