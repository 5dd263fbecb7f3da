"""What the tests know of processes: which run, which descend from a
kernel, and waiting until a condition on them holds (Linux /proc)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable


def running(pid: int) -> bool:
    """Whether pid is a process that has not exited (a zombie has)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


def descendants(pid: int) -> set[int]:
    """Pids of the live processes below pid."""
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if fields[0] in ("Z", "X"):
            continue
        children.setdefault(int(fields[1]), []).append(int(d))
    out: set[int] = set()
    todo = [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            out.add(c)
            todo.append(c)
    return out


def kernel_pid(km) -> int:
    """The pid of the kernel process a KernelManager launched."""
    return km.provisioner.process.pid


def wait_until(pred: Callable[[], bool], timeout: float = 5.0, step: float = 0.05) -> bool:
    """Poll pred until it holds or timeout seconds pass; its last value."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(step)
    return pred()
