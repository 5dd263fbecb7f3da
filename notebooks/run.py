#!/usr/bin/env python3
"""Executes the tutorial notebooks with the goteach kernel and stores the
outputs in the notebooks themselves.

    python3 notebooks/run.py              # every notebooks/NN-*.ipynb
    python3 notebooks/run.py 03 05        # those whose name starts so
    python3 notebooks/run.py --installed  # use the goteach kernelspec Jupyter finds

By default the kernel of this checkout is built first and installed into a
temporary prefix (`go run ./install --prefix`), which is put first in
JUPYTER_PATH, so the stored outputs always come from this checkout's kernel.
Cells run with the notebook's directory as a scratch working directory
elsewhere (a temporary one), so files a cell writes do not land in the
repository. The figures of the Go notes ({{= ... }} in the sources, see
build.py) are then filled in from the outputs. A notebook with a failing
cell, or a note whose figures cannot be filled in, is not written.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

import build  # notebooks/build.py, beside this script

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
KERNEL_NAME = "goteach"
CELL_TIMEOUT = 300  # seconds; the slowest cell (02, section 3) needs about 30


def notebooks(names: list[str]) -> list[Path]:
    paths = sorted(HERE.glob("[0-9][0-9]-*.ipynb"))
    return [p for p in paths if not names or any(p.stem.startswith(n) for n in names)]


@contextlib.contextmanager
def kernel_of_checkout(installed: bool = False):
    """Puts a freshly built goteach kernelspec first in JUPYTER_PATH for the
    duration (unless installed is true)."""
    if installed:
        yield
        return
    prefix = tempfile.mkdtemp(prefix="goteach-kernelspec-")
    old = os.environ.get("JUPYTER_PATH")
    try:
        proc = subprocess.run(["go", "run", "./install", "--prefix", prefix], cwd=REPO,
                              stdin=subprocess.DEVNULL, capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"go run ./install --prefix failed:\n{proc.stdout}{proc.stderr}")
        data = os.path.join(prefix, "share", "jupyter")
        os.environ["JUPYTER_PATH"] = data + (os.pathsep + old if old else "")
        yield
    finally:
        if old is None:
            os.environ.pop("JUPYTER_PATH", None)
        else:
            os.environ["JUPYTER_PATH"] = old
        shutil.rmtree(prefix, ignore_errors=True)


def coalesce(outputs: list) -> list:
    """Joins consecutive stream outputs of the same stream (a child process
    writes line by line) into one, as Jupyter shows them anyway."""
    merged: list = []
    for out in outputs:
        if (out.output_type == "stream" and merged and merged[-1].output_type == "stream"
                and merged[-1].name == out.name):
            merged[-1].text += out.text
        else:
            merged.append(out)
    return merged


def execute(nb: nbformat.NotebookNode, timeout: int = CELL_TIMEOUT,
            on_cell=None) -> tuple[nbformat.NotebookNode, int | None]:
    """Runs every cell of nb in a new goteach kernel, in a scratch working
    directory. Returns the notebook with its outputs and the pid of the
    process its cells ran in (the kernel's engine process).
    on_cell(index, cell, seconds) is called after each cell. A failing cell
    raises nbclient's CellExecutionError."""
    with tempfile.TemporaryDirectory(prefix="goteach-nb-") as cwd:
        client = NotebookClient(nb, kernel_name=KERNEL_NAME, timeout=timeout,
                                startup_timeout=120, record_timing=False,
                                resources={"metadata": {"path": cwd}})
        with client.setup_kernel():
            pid = getattr(client.km.provisioner, "pid", None) if client.km else None
            info = client.wait_for_reply(client.kc.kernel_info())
            nb.metadata["language_info"] = info["content"]["language_info"]
            cells_pid = None
            for index, cell in enumerate(nb.cells):
                start = time.monotonic()
                client.execute_cell(cell, index)
                if cells_pid is None and pid is not None and cell.cell_type == "code":
                    cells_pid = engine_pid(pid)
                if on_cell:
                    on_cell(index, cell, time.monotonic() - start)
        spec = client.km.kernel_spec if client.km else None
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = coalesce(cell.outputs)
    if spec is not None:
        nb.metadata["kernelspec"] = {"name": KERNEL_NAME, "display_name": spec.display_name,
                                     "language": spec.language}
    return nb, cells_pid


def engine_pid(kernel_pid: int) -> int | None:
    """The kernel's engine process: its one child, where cells run."""
    found = []
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == kernel_pid and fields[0] not in ("Z", "X"):
            found.append(int(d))
    return found[0] if len(found) == 1 else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="run only notebooks whose name starts with these")
    ap.add_argument("--installed", action="store_true",
                    help="use the installed goteach kernelspec instead of building this checkout's")
    ap.add_argument("--timeout", type=int, default=CELL_TIMEOUT, help="seconds per cell")
    args = ap.parse_args()
    paths = notebooks(args.names)
    if not paths:
        print("run: no notebooks match (build them first: python3 notebooks/build.py)", file=sys.stderr)
        return 2
    failed = 0
    with kernel_of_checkout(args.installed):
        for path in paths:
            nb = nbformat.read(path, as_version=4)
            start = time.monotonic()
            try:
                nb, _ = execute(nb, args.timeout)
                build.render_notes(nb)
            except Exception as e:  # a failing cell: report it, keep the file as it was
                failed += 1
                print(f"run: {path.name}: FAILED\n{e}", file=sys.stderr)
                continue
            nbformat.write(nb, path)
            print(f"run: {path.name} ({time.monotonic() - start:.1f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
