"""Helpers to drive a kernel through jupyter_client and collect what it sends.

Every message read here is checked against jupyter_kernel_test's JSON schema
of the messaging protocol (when the schema knows the message type), so a
missing or mistyped field fails the test that received it.
"""

from __future__ import annotations

import queue
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from jupyter_client.blocking.client import BlockingKernelClient
from jupyter_kernel_test.msgspec_v5 import schema_fragments, validate_message

Msg = dict[str, Any]

# Default wait for one reply or for a cell to go idle, in seconds.
TIMEOUT = 10.0


def check_message(msg: Msg) -> None:
    """Validates msg against the protocol schema.

    Replies with status "aborted" are what kernels send for requests dropped
    after an error (ipykernel does); the schema only knows "abort", so their
    content is checked by hand.
    """
    msg_type = msg["header"]["msg_type"]
    if msg.get("content", {}).get("status") == "aborted":
        assert set(msg) >= {"header", "parent_header", "metadata", "content"}, msg
        return
    if msg_type in schema_fragments:
        validate_message(msg, msg_type)


def parent_id(msg: Msg) -> str | None:
    return (msg.get("parent_header") or {}).get("msg_id")


def wait_reply(
    get: Callable[..., Msg], msg_id: str, timeout: float = TIMEOUT
) -> Msg:
    """Reads a channel (get = kc.get_shell_msg, kc.get_control_msg, ...)
    until the reply to msg_id arrives; other replies are dropped."""
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"no reply to {msg_id} within {timeout} s")
        try:
            msg = get(timeout=left)
        except queue.Empty:
            continue
        check_message(msg)
        if parent_id(msg) == msg_id:
            return msg


def iopub_until_idle(
    kc: BlockingKernelClient, msg_id: str, timeout: float = TIMEOUT
) -> list[Msg]:
    """Collects the IOPub messages whose parent is msg_id, from the first one
    up to and including its status "idle". Messages of other parents (late
    output of earlier cells) are left out."""
    deadline = time.monotonic() + timeout
    msgs: list[Msg] = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            types = [m["header"]["msg_type"] for m in msgs]
            raise AssertionError(
                f"no status idle for {msg_id} within {timeout} s; IOPub had {types}"
            )
        try:
            msg = kc.get_iopub_msg(timeout=left)
        except queue.Empty:
            continue
        check_message(msg)
        if parent_id(msg) != msg_id:
            continue
        msgs.append(msg)
        if msg["header"]["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return msgs


def wait_iopub(
    kc: BlockingKernelClient, match: Callable[[Msg], bool], timeout: float = TIMEOUT
) -> Msg:
    """Returns the first IOPub message for which match is true."""
    deadline = time.monotonic() + timeout
    seen = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"expected IOPub message not seen within {timeout} s; saw {seen}")
        try:
            msg = kc.get_iopub_msg(timeout=left)
        except queue.Empty:
            continue
        check_message(msg)
        if match(msg):
            return msg
        seen.append((msg["header"]["msg_type"], msg.get("content")))


def drain_iopub(kc: BlockingKernelClient, quiet: float = 0.2) -> list[Msg]:
    """Reads IOPub until it has been quiet for `quiet` seconds."""
    msgs = []
    while True:
        try:
            msg = kc.get_iopub_msg(timeout=quiet)
        except queue.Empty:
            return msgs
        check_message(msg)
        msgs.append(msg)


@dataclass
class Execution:
    """One execute_request and everything the kernel answered to it."""

    msg_id: str
    code: str
    reply: Msg
    iopub: list[Msg] = field(default_factory=list)

    @property
    def status(self) -> str:
        return self.reply["content"]["status"]

    @property
    def types(self) -> list[str]:
        """IOPub message types in order, with status shown as its state
        ("busy", "idle") and consecutive stream messages of one name merged."""
        out: list[str] = []
        last_stream = None
        for m in self.iopub:
            t = m["header"]["msg_type"]
            if t == "status":
                out.append(m["content"]["execution_state"])
                last_stream = None
                continue
            if t == "stream":
                if last_stream == m["content"]["name"]:
                    continue
                last_stream = m["content"]["name"]
            else:
                last_stream = None
            out.append(t)
        return out

    @property
    def outputs(self) -> list[Msg]:
        """The cell's outputs: IOPub messages other than status and execute_input."""
        return [
            m for m in self.iopub if m["header"]["msg_type"] not in ("status", "execute_input")
        ]

    def stream(self, name: str = "stdout") -> str:
        return "".join(
            m["content"]["text"]
            for m in self.iopub
            if m["header"]["msg_type"] == "stream" and m["content"]["name"] == name
        )

    def result(self, mime: str = "text/plain") -> str | None:
        for m in self.iopub:
            if m["header"]["msg_type"] == "execute_result":
                return m["content"]["data"].get(mime)
        return None

    def describe(self) -> str:
        """A short account of the execution for assertion messages."""
        lines = [f"code: {self.code!r}", f"reply: {self.reply['content']!r}"]
        for m in self.iopub:
            lines.append(f"  {m['header']['msg_type']}: {m['content']!r}")
        return "\n".join(lines)


def execute(
    kc: BlockingKernelClient, code: str, timeout: float = TIMEOUT, **kwargs: Any
) -> Execution:
    """Runs code and waits for both its execute_reply and its status idle."""
    msg_id = kc.execute(code, **kwargs)
    reply = wait_reply(kc.get_shell_msg, msg_id, timeout)
    msgs = iopub_until_idle(kc, msg_id, timeout)
    return Execution(msg_id, code, reply, msgs)


def execute_ok(kc: BlockingKernelClient, code: str, timeout: float = TIMEOUT, **kwargs: Any) -> Execution:
    """Like execute, and fails unless the cell succeeded."""
    ex = execute(kc, code, timeout, **kwargs)
    assert ex.status == "ok", ex.describe()
    return ex


def request(kc: BlockingKernelClient, channel: str, msg_type: str, content: dict | None = None,
            timeout: float = TIMEOUT) -> tuple[Msg, list[Msg]]:
    """Sends msg_type on the shell or control channel; returns the reply and
    the IOPub messages of that request up to its status idle."""
    msg = kc.session.msg(msg_type, content or {})
    chan = kc.shell_channel if channel == "shell" else kc.control_channel
    chan.send(msg)
    get = kc.get_shell_msg if channel == "shell" else kc.get_control_msg
    reply = wait_reply(get, msg["header"]["msg_id"], timeout)
    return reply, iopub_until_idle(kc, msg["header"]["msg_id"], timeout)
