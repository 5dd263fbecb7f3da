"""Go programs through a real Jupyter client, compared with the Go toolchain.

Each program of kernel/engine/testdata/lowering and testdata/semantics is
built with the local `go` and run; the same program is pasted as one cell
into the goteach kernel over jupyter_client. Standard output and standard
error must be the same, and where the program panics or exits, the cell's
error must carry Go's message. Runs listed in
kernel/engine/testdata/known-differences.txt (as "<dir>/<file> kernel")
must still differ.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kernel_helpers import execute

ROOT = Path(__file__).resolve().parent.parent
TESTDATA = ROOT / "kernel" / "engine" / "testdata"
PROGRAMS = sorted(p for d in ("lowering", "semantics", "teaching") for p in (TESTDATA / d).glob("*.go"))


def _known() -> dict[str, str]:
    known = {}
    for line in (TESTDATA / "known-differences.txt").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, why = line.partition(": ")
            known[key] = why
    return known


@functools.cache
def _go_version() -> str:
    """The toolchain's version, as `go mod init` writes it in go.mod."""
    out = subprocess.run(["go", "env", "GOVERSION"], check=True, capture_output=True, text=True).stdout
    return out.strip().removeprefix("go")


def _go_run(src: Path, tmp: Path) -> dict:
    """Builds and runs the program: the oracle."""
    exe = tmp / "prog"
    # A module of its own, as `go mod init` makes it: the program gets the
    # toolchain's language version and GODEBUG defaults, as a student's does.
    mod = tmp / "mod"
    mod.mkdir()
    shutil.copy(src, mod / src.name)  # log lines name the file
    (mod / "go.mod").write_text(f"module prog\n\ngo {_go_version()}\n")
    subprocess.run(["go", "build", "-o", str(exe), "."], check=True, cwd=mod,
                   env={**os.environ, "GOTOOLCHAIN": "local"}, capture_output=True)
    p = subprocess.run([str(exe)], capture_output=True, text=True, errors="replace", cwd=tmp, timeout=60)
    out = {"stdout": p.stdout, "stderr": p.stderr, "exit": p.returncode, "panic": None, "chain": [],
           "fatal": None, "states": []}
    i = p.stderr.find("fatal error: ")
    if i >= 0:
        # A deadlock: the message, and the goroutines' states.
        out["fatal"] = p.stderr[i + len("fatal error: "):].split("\n", 1)[0]
        out["states"] = _GO_STATE.findall(p.stderr[i:])
        if "\nruntime.throw(" in p.stderr[i:]:
            # A throw lists the runtime's own goroutines too: only the
            # program's is the kernel's to name.
            out["states"] = out["states"][:1]
        out["stderr"] = p.stderr[:i]
        return out
    i = p.stderr.find("panic: ")
    if i >= 0:
        # A panic raised while deferred calls that recovered others run
        # names those first: "panic: A [recovered]", then "\tpanic: B".
        block = p.stderr[i:].split("\n\n", 1)[0]
        chain = []
        for line in block.split("\n"):
            if line.lstrip("\t").startswith("panic: "):
                chain.append(line.lstrip("\t").removeprefix("panic: "))
            elif chain and line.startswith("\t"):
                chain[-1] += "\n" + line  # a value's later line, after a tab
        last = chain[-1].removesuffix(" [recovered, repanicked]").removesuffix(" [recovered]")
        out["panic"] = last
        out["chain"] = [] if chain == [last] else chain
        out["stderr"] = p.stderr[:i]
    return out


# A goroutine's state in Go's dump ("goroutine 18 [chan send]:") and in
# the kernel's report of a deadlock.
_GO_STATE = re.compile(r"(?m)^goroutine (?:\d+ )?(?:gp=\S+ m=\S+ (?:mp=\S+ )?)?\[([^\]]+)\]")


# The color escapes of a traceback.
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


# A pointer as fmt and the runtime print it: no two processes print the
# same one, so runs compare with addresses masked.
_ADDRESS = re.compile(r"\b0x[0-9a-f]{6,}\b")


def _mask(s: str | None) -> str | None:
    return None if s is None else _ADDRESS.sub("0xADDR", s)


def _log_lines(s: str, name: str, count: int) -> str:
    """Names the program's lines in its log output (log.Lshortfile,
    log.Llongfile: "prog.go:16: ") as the kernel names the cell's."""
    return re.sub(r"(?:[^\s:]*/)?" + re.escape(name) + r":(\d+): ", lambda m: f"In[{count}]:{m[1]}: ", s)


def _differences(want: dict, ex, name: str) -> list[str]:
    diffs = []
    want = {**want, **{k: _mask(want[k]) for k in ("stdout", "stderr", "panic")}}
    count = ex.reply["content"].get("execution_count", 0)
    want["stdout"], want["stderr"] = _log_lines(want["stdout"], name, count), _log_lines(want["stderr"], name, count)
    stdout, stderr = _mask(ex.stream("stdout")), _mask(ex.stream("stderr"))
    if stdout != want["stdout"]:
        diffs.append(f"stdout {stdout!r} != {want['stdout']!r}")
    if stderr != want["stderr"]:
        diffs.append(f"stderr {stderr!r} != {want['stderr']!r}")
    content = ex.reply["content"]
    if want["fatal"] is not None:
        # The program's goroutine first, the others in any order.
        states = _GO_STATE.findall(_ANSI.sub("", "\n".join(content.get("traceback", []))))
        if ex.status != "error" or content.get("ename") != "fatal error" or content.get("evalue") != want["fatal"]:
            diffs.append(f"error {content!r}, go: fatal error: {want['fatal']!r}")
        elif states[:1] != want["states"][:1] or sorted(states[1:]) != sorted(want["states"][1:]):
            diffs.append(f"goroutine states {states!r}, go: {want['states']!r}")
    elif want["panic"] is not None:
        value = _mask(content.get("evalue", ""))
        if ex.status != "error" or want["panic"] not in (value, "runtime error: " + value):
            diffs.append(f"error {content!r}, go: {want['panic']!r}")
        traceback = _ANSI.sub("", "\n".join(content.get("traceback", [])))
        for line in want["chain"]:
            if "panic: " + _mask(line) not in _mask(traceback):
                diffs.append(f"traceback does not say {'panic: ' + line!r}, as Go does: {traceback!r}")
    elif want["exit"] != 0:
        if ex.status != "error" or content.get("evalue") != f"exit status {want['exit']}":
            diffs.append(f"error {content!r}, go exited {want['exit']}")
    elif ex.status != "ok":
        diffs.append(f"cell failed: {content.get('ename')}: {content.get('evalue')}")
    return diffs


@pytest.mark.skipif(shutil.which("go") is None, reason="the Go toolchain is the oracle")
@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_program_matches_go(program: Path, kc, tmp_path: Path):
    want = _go_run(program, tmp_path)
    ex = execute(kc, program.read_text(), timeout=120)
    key = f"{program.parent.name}/{program.name} kernel"
    known = _known()
    diffs = _differences(want, ex, program.name)
    if key in known:
        assert diffs, f"{key} now runs as Go does: remove it from known-differences.txt"
        if known[key].startswith("refused:"):
            # A refusal is a cell the kernel will not compile, with a message.
            assert ex.status == "error" and ex.reply["content"].get("ename") == "CompileError", f"{key} is listed as refused: {diffs}"
    else:
        assert not diffs, "\n".join(diffs)


def test_every_program_has_a_main():
    assert len(PROGRAMS) >= 20
    for p in PROGRAMS:
        assert re.search(r"(?m)^func main\(\)", p.read_text()), p
