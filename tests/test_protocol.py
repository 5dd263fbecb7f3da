"""The goteach kernel on the wire, driven by jupyter_client as Jupyter's
front ends drive it: message order, errors, aborts, interrupts, restarts,
late output, bad signatures and signals.

Each test starts its own kernel (fixtures `km` and `kc` in conftest.py).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import signal
import time
import uuid

import pytest
import zmq
from jupyter_client.session import Session

from kernel_helpers import (
    drain_iopub,
    execute,
    execute_ok,
    iopub_until_idle,
    parent_id,
    request,
    wait_iopub,
    wait_reply,
)

pytestmark = pytest.mark.usefixtures("goteach_kernelspec")

# Cells used below, in one place.
PRINT_AND_RESULT = 'import "fmt"\nfmt.Println("hi")\n1 + 2'
PANIC = 'panic("boom")'
COMPILE_ERROR = "x := undefinedName + 1"
SLOW_PANIC = 'import "time"\ntime.Sleep(300 * time.Millisecond)\npanic("first")'
MUST_NOT_RUN = 'import "fmt"\nfmt.Println("must not run")'
# A cell that says it runs, then spins until interrupted.
SPIN = 'import "fmt"\nfmt.Println("spinning")\nfor {\n}'


def spinning(kc, msg_id):
    """Waits until the SPIN cell is in its loop."""
    wait_iopub(kc, lambda m: parent_id(m) == msg_id and m["header"]["msg_type"] == "stream"
               and "spinning" in m["content"]["text"])
LATE_PRINT = """import (
\t"fmt"
\t"time"
)
go func() {
\ttime.Sleep(300 * time.Millisecond)
\tfmt.Println("late output")
}()"""


def test_kernel_info_reply(kc):
    reply, iopub = request(kc, "shell", "kernel_info_request")
    content = reply["content"]
    assert content["status"] == "ok"
    assert content["protocol_version"].startswith("5."), content
    info = content["language_info"]
    assert info["name"] == "go"
    assert info["file_extension"] == ".go"
    assert info["mimetype"] and info["version"], info
    assert info.get("pygments_lexer") == "go", info
    assert [m["content"]["execution_state"] for m in iopub if m["header"]["msg_type"] == "status"] == ["busy", "idle"]


def test_kernel_info_on_control_channel(kc):
    """Jupyter's server nudges a kernel with kernel_info on shell and control."""
    reply, iopub = request(kc, "control", "kernel_info_request")
    assert reply["header"]["msg_type"] == "kernel_info_reply"
    assert reply["content"]["status"] == "ok"
    assert reply["content"]["language_info"]["name"] == "go"
    states = [m["content"]["execution_state"] for m in iopub if m["header"]["msg_type"] == "status"]
    assert states == ["busy", "idle"]


def test_execute_iopub_order(kc):
    ex = execute(kc, PRINT_AND_RESULT)
    assert ex.status == "ok", ex.describe()
    assert ex.types == ["busy", "execute_input", "stream", "execute_result", "idle"], ex.describe()
    assert ex.stream("stdout") == "hi\n"
    assert ex.result() == "3"

    count = ex.reply["content"]["execution_count"]
    execute_input = next(m for m in ex.iopub if m["header"]["msg_type"] == "execute_input")
    execute_result = next(m for m in ex.iopub if m["header"]["msg_type"] == "execute_result")
    assert execute_input["content"]["code"] == PRINT_AND_RESULT
    assert execute_input["content"]["execution_count"] == count
    assert execute_result["content"]["execution_count"] == count

    again = execute_ok(kc, "1 + 1")
    assert again.reply["content"]["execution_count"] == count + 1


def test_silent_execute_shows_nothing(kc):
    first = execute_ok(kc, "1 + 1")
    ex = execute_ok(kc, "2 + 2", silent=True)
    assert ex.types == ["busy", "idle"], ex.describe()
    after = execute_ok(kc, "3 + 3")
    # silent executions do not count
    assert after.reply["content"]["execution_count"] == first.reply["content"]["execution_count"] + 1


@pytest.mark.parametrize("code", [PANIC, COMPILE_ERROR], ids=["panic", "compile-error"])
def test_error_is_exactly_one_output(kc, code):
    ex = execute(kc, code)
    assert ex.status == "error", ex.describe()
    assert len(ex.outputs) == 1, ex.describe()
    err = ex.outputs[0]
    assert err["header"]["msg_type"] == "error", ex.describe()
    c = err["content"]
    assert c["ename"] and isinstance(c["evalue"], str)
    assert isinstance(c["traceback"], list) and all(isinstance(t, str) for t in c["traceback"])
    assert ex.reply["content"]["ename"] == c["ename"]
    assert ex.reply["content"]["evalue"] == c["evalue"]
    if code == PANIC:
        assert "boom" in c["evalue"], c
    else:
        assert "undefinedName" in c["evalue"] + "".join(c["traceback"]), c


def test_stop_on_error_aborts_queued_executes(kc):
    failing = kc.execute(SLOW_PANIC, stop_on_error=True)
    queued = [kc.execute(MUST_NOT_RUN) for _ in range(2)]

    reply = wait_reply(kc.get_shell_msg, failing)
    assert reply["content"]["status"] == "error"
    for msg_id in queued:
        r = wait_reply(kc.get_shell_msg, msg_id)
        # "aborted" is what kernels send; protocol 5.1 allows "error" too.
        assert r["content"]["status"] in ("aborted", "error"), r["content"]

    out = drain_iopub(kc, quiet=0.5)
    printed = "".join(m["content"].get("text", "") for m in out if m["header"]["msg_type"] == "stream")
    assert "must not run" not in printed

    # Only what was queued is dropped: the next request runs.
    ex = execute_ok(kc, MUST_NOT_RUN)
    assert ex.stream() == "must not run\n"


def test_stop_on_error_false_keeps_the_queue(kc):
    failing = kc.execute(SLOW_PANIC, stop_on_error=False)
    queued = kc.execute(MUST_NOT_RUN)
    assert wait_reply(kc.get_shell_msg, failing)["content"]["status"] == "error"
    assert wait_reply(kc.get_shell_msg, queued)["content"]["status"] == "ok"


def test_interrupt_stops_a_busy_loop_and_keeps_state(kc):
    execute_ok(kc, "before := 41")
    msg_id = kc.execute(SPIN)
    spinning(kc, msg_id)
    # interrupt_mode is "message": the front end sends interrupt_request on control.
    interrupt = kc.session.msg("interrupt_request", {})
    kc.control_channel.send(interrupt)
    ireply = wait_reply(kc.get_control_msg, interrupt["header"]["msg_id"], timeout=5)
    assert ireply["content"]["status"] == "ok"
    reply = wait_reply(kc.get_shell_msg, msg_id, timeout=30)
    # ipykernel answers an interrupted cell with an error (KeyboardInterrupt).
    assert reply["content"]["status"] in ("error", "aborted"), reply["content"]
    iopub_until_idle(kc, msg_id, timeout=5)

    ex = execute_ok(kc, "before + 1")
    assert ex.result() == "42", ex.describe()


def test_interrupt_through_kernel_manager(km, kc):
    """What Jupyter's server does on the interrupt button."""
    msg_id = kc.execute(SPIN)
    spinning(kc, msg_id)
    km.interrupt_kernel()
    wait_reply(kc.get_shell_msg, msg_id, timeout=30)
    assert execute_ok(kc, "1 + 1").result() == "2"


def test_restart_then_kernel_info(km, kc):
    execute_ok(kc, "gone := 1")
    old = km.provisioner.process
    started = time.monotonic()
    km.restart_kernel(now=False)
    took = time.monotonic() - started
    # The old kernel honoured shutdown_request(restart=True) and exited by
    # itself, before jupyter_client's 5 s grace ran out and it killed it.
    # (Killed after the grace, its status would be -9.)
    assert old.poll() == 0, f"old kernel exit status {old.poll()} after {took:.1f} s"

    kc.wait_for_ready(timeout=20)
    reply, _ = request(kc, "shell", "kernel_info_request")
    assert reply["content"]["status"] == "ok"
    assert reply["content"]["language_info"]["name"] == "go"

    ex = execute(kc, "gone")
    assert ex.status == "error", "a restarted kernel still knows the old session's variables"
    assert execute_ok(kc, "1 + 1").result() == "2"


def test_late_goroutine_output_keeps_its_cell(kc):
    ex = execute_ok(kc, LATE_PRINT)
    assert "late output" not in ex.stream(), "the goroutine printed before the cell ended"
    late = wait_iopub(
        kc,
        lambda m: m["header"]["msg_type"] == "stream" and "late output" in m["content"]["text"],
        timeout=5,
    )
    assert late["content"]["name"] == "stdout"
    assert parent_id(late) == ex.msg_id, "late output is sent with the parent header of the cell that started it"


def _sign(key: bytes, parts: list[bytes]) -> bytes:
    mac = hmac.new(key, digestmod=hashlib.sha256)
    for p in parts:
        mac.update(p)
    return mac.hexdigest().encode()


def test_bad_signatures_are_dropped(km, kc):
    info = km.get_connection_info()
    key = info["key"] if isinstance(info["key"], bytes) else info["key"].encode()
    assert key, "the connection file has a key, so messages must be signed"
    assert info["signature_scheme"] == "hmac-sha256"
    session = Session(key=key, signature_scheme=info["signature_scheme"], username="tester")

    ctx = zmq.Context.instance()
    sock = ctx.socket(zmq.DEALER)
    sock.linger = 0
    sock.connect(f"{info['transport']}://{info['ip']}:{info['shell_port']}")
    try:
        good = session.serialize(session.msg("kernel_info_request", {}))
        wrong_sig = [good[0], b"0" * 64, *good[2:]]
        unsigned = [good[0], b"", *good[2:]]
        header = json.dumps({"msg_id": uuid.uuid4().hex, "msg_type": "kernel_info_request",
                             "username": "tester", "session": session.session,
                             "date": "2024-01-01T00:00:00Z", "version": "5.3"}).encode()
        not_json = [b"{not json", b"{}", b"{}", b"{}"]
        garbage = [
            wrong_sig,
            unsigned,
            [b"<IDS|MSG>", _sign(key, not_json), *not_json],
            [b"<IDS|MSG>", _sign(key, [header]), header],  # too few frames
            [b"no delimiter at all"],
        ]
        for frames in garbage:
            sock.send_multipart(frames)
        assert sock.poll(1000) == 0, "the kernel answered a message it should have dropped"
        assert km.is_alive()

        ok = session.msg("kernel_info_request", {})
        sock.send_multipart(session.serialize(ok))
        assert sock.poll(10000), "no reply to a well-signed request after the bad ones"
        _, frames = session.feed_identities(sock.recv_multipart())
        reply = session.deserialize(frames)  # checks the kernel's signature too
        assert reply["parent_header"]["msg_id"] == ok["header"]["msg_id"]
        assert reply["content"]["status"] == "ok"
    finally:
        sock.close()

    assert execute_ok(kc, "1 + 1").result() == "2"


def test_a_replayed_request_is_dropped(km, kc):
    """A signed message is accepted once (as ipykernel does): the same
    frames sent again do not run the cell again."""
    execute_ok(kc, "count := 0")
    info = km.get_connection_info()
    key = info["key"] if isinstance(info["key"], bytes) else info["key"].encode()
    session = Session(key=key, signature_scheme=info["signature_scheme"], username="tester")
    sock = zmq.Context.instance().socket(zmq.DEALER)
    sock.linger = 0
    sock.connect(f"{info['transport']}://{info['ip']}:{info['shell_port']}")
    try:
        first = session.msg("execute_request", {"code": "count++", "silent": False})
        frames = session.serialize(first)
        sock.send_multipart(frames)
        sock.send_multipart(frames)
        after = session.msg("execute_request", {"code": "count += 10", "silent": False})
        sock.send_multipart(session.serialize(after))
        # Executes run in order: the reply after the first one answers
        # `after`, not the replayed copy.
        parents = []
        while len(parents) < 2:
            assert sock.poll(30000), f"no reply; got {parents}"
            _, got = session.feed_identities(sock.recv_multipart())
            reply = session.deserialize(got)
            if reply["msg_type"] == "execute_reply":
                parents.append(reply["parent_header"]["msg_id"])
        assert parents == [first["header"]["msg_id"], after["header"]["msg_id"]]
    finally:
        sock.close()
    assert execute_ok(kc, "count").result() == "11"


def test_sigint_to_idle_kernel_is_harmless(km, kc):
    execute_ok(kc, "kept := 7")
    # Front ends without interrupt_mode "message", and the server before a
    # restart, signal the kernel's process group.
    km.signal_kernel(signal.SIGINT)
    # The signal is pending from the kill() on: the kernel has taken it
    # by the time it answers anything, so a reply is the event to wait for.
    ex = execute_ok(kc, "kept")
    assert ex.result() == "7"
    assert km.is_alive(), "SIGINT killed an idle kernel"


def test_heartbeat_echoes(km, kc):
    info = km.get_connection_info()
    sock = zmq.Context.instance().socket(zmq.REQ)
    sock.linger = 0
    sock.connect(f"{info['transport']}://{info['ip']}:{info['hb_port']}")
    try:
        sock.send(b"ping \x00\xff")
        assert sock.poll(5000), "no heartbeat echo"
        assert sock.recv() == b"ping \x00\xff"
    finally:
        sock.close()


def test_complete_member_against_cursor_start(kc):
    """Applying each match over [cursor_start, cursor_end) must give the
    completed text, whichever span the kernel chose to replace. Cursor
    positions count Unicode code points (protocol 5.2), not bytes."""
    execute_ok(kc, 'import "fmt"')
    for prefix in ("", 's := "世界"\n'):
        code = prefix + "fmt.Print"
        reply, _ = request(kc, "shell", "complete_request", {"code": code, "cursor_pos": len(code)})
        c = reply["content"]
        assert c["status"] == "ok"
        assert c["cursor_end"] == len(code), c
        completed = {code[: c["cursor_start"]] + m + code[c["cursor_end"]:] for m in c["matches"]}
        assert completed == {prefix + w for w in ("fmt.Print", "fmt.Printf", "fmt.Println")}, c


def test_is_complete_reports_indent(kc):
    reply, _ = request(kc, "shell", "is_complete_request", {"code": "func f() {"})
    assert reply["content"]["status"] == "incomplete"
    assert isinstance(reply["content"].get("indent"), str)


def test_comm_info_and_unknown_comm(kc):
    reply, _ = request(kc, "shell", "comm_info_request", {})
    assert reply["content"]["status"] == "ok"
    assert isinstance(reply["content"]["comms"], dict)

    # Widget extensions open comms; for an unknown target the kernel closes it.
    comm_id = uuid.uuid4().hex
    msg = kc.session.msg("comm_open", {"comm_id": comm_id, "target_name": "no.such.target", "data": {}})
    kc.shell_channel.send(msg)
    closed = wait_iopub(kc, lambda m: m["header"]["msg_type"] == "comm_close", timeout=5)
    assert closed["content"]["comm_id"] == comm_id
    iopub_until_idle(kc, msg["header"]["msg_id"])


def test_shutdown_request_exits_cleanly(km, kc):
    proc = km.provisioner.process
    msg = kc.session.msg("shutdown_request", {"restart": False})
    kc.control_channel.send(msg)
    reply = wait_reply(kc.get_control_msg, msg["header"]["msg_id"], timeout=5)
    assert reply["content"]["status"] == "ok"
    assert reply["content"]["restart"] is False
    assert proc.wait(timeout=5) == 0


def test_messages_carry_one_session_id(kc):
    """JupyterLab treats a new kernel session id as a restart."""
    first = execute_ok(kc, "1 + 1")
    second = execute_ok(kc, "2 + 2")
    sessions = {m["header"]["session"] for m in first.iopub + second.iopub}
    sessions |= {first.reply["header"]["session"], second.reply["header"]["session"]}
    assert len(sessions) == 1, sessions



def test_closing_stdout_and_stderr_loses_nothing_later(kc):
    """A cell that closes (or replaces) os.Stdout and os.Stderr: the next
    cells' output, compiled and interpreted, still reaches the notebook."""
    execute_ok(kc, 'import (\n\t"fmt"\n\t"os"\n)\nfmt.Println("before")')
    execute_ok(kc, "os.Stdout.Close()\nos.Stderr.Close()")
    ex = execute_ok(kc, 'fmt.Println("out")\nfmt.Fprintln(os.Stderr, "err")\nprintln("builtin")')
    assert ex.stream("stdout") == "out\n"
    err = ex.stream("stderr")
    assert "closed or replaced os.Stdout and os.Stderr" in err
    assert err.endswith("err\nbuiltin\n"), err
    execute_ok(kc, "os.Stdout = nil")
    ex = execute_ok(kc, 'fmt.Println("again")')
    assert ex.stream("stdout") == "again\n"
    assert "replaced os.Stdout" in ex.stream("stderr")
    ex = execute_ok(kc, 'fmt.Println("quiet")')
    assert ex.stream("stderr") == "", "the note comes once, when something was undone"


def test_a_client_stalled_in_the_handshake_does_not_delay_others(km, kc):
    import socket

    info = km.get_connection_info()
    stalled = socket.create_connection((info["ip"], info["shell_port"]))
    try:
        # The ZMTP signature, then nothing: the kernel answers with its
        # greeting and waits for the rest on that connection alone.
        stalled.sendall(b"\xff" + b"\x00" * 8 + b"\x7f")
        greeting = b""
        while len(greeting) < 64:
            chunk = stalled.recv(64 - len(greeting))
            assert chunk, "the kernel closed the connection instead of greeting"
            greeting += chunk
        other = km.client()
        other.start_channels()
        try:
            other.wait_for_ready(timeout=30)
            assert execute_ok(other, "1 + 1").result() == "2"
        finally:
            other.stop_channels()
        # The stalled connection is still open: the new client was not
        # served only after the kernel gave up on it.
        stalled.setblocking(False)
        with pytest.raises(BlockingIOError):
            stalled.recv(1)
    finally:
        stalled.close()
