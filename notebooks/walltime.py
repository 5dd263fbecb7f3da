#!/usr/bin/env python3
"""Wall time of each Go notebook next to its Python original, measured side
by side in one run: for each tutorial, its Python cells run as scripts (one
after the other, as REFERENCE.md ran them), then the Go notebook runs in the
goteach kernel.

    python3 notebooks/walltime.py            # every tutorial
    python3 notebooks/walltime.py 02 --cells # one, with a line per cell
    python3 notebooks/walltime.py --installed
    python3 notebooks/walltime.py --json build/notebooks.json

Each Go notebook's outputs are also checked against the Python reference
(with the checks of tests/test_notebooks.py): the table says how many of its
translated cells matched.

The Python scripts are the cells' runnable Python kept in the reference
data, notebooks/reference/<seed>.json. "Go cells"
adds up the Go cells that translate a Python cell; "Go notebook" is the
whole run, kernel start and the cells of its own (Go notes' demos,
compiled cells) included. Nothing is written.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

import checks  # notebooks/checks.py, beside this script
import run  # notebooks/run.py

HERE = Path(__file__).resolve().parent

REFERENCE = HERE / "reference"


def python_cells(seed: str) -> dict[str, float]:
    """Runs the seed's Python cells one by one, each as a script in a
    scratch directory; returns each one's wall time."""
    data = json.loads((REFERENCE / f"{seed}.json").read_text(encoding="utf-8"))
    times = {}
    with tempfile.TemporaryDirectory(prefix="goteach-py-") as cwd:
        for name, cell in sorted(data["cells"].items()):
            script = Path(cwd) / name
            script.write_text(cell["python"], encoding="utf-8")
            start = time.monotonic()
            proc = subprocess.run([sys.executable, str(script)], cwd=cwd, stdin=subprocess.DEVNULL,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            times[f"{seed}/{name}"] = time.monotonic() - start
            if proc.returncode != 0:
                print(f"walltime: {name} exited {proc.returncode}:\n{proc.stderr}", file=sys.stderr)
    return times


def go_cells(path: Path) -> tuple[dict[str, float], float, nbformat.NotebookNode, int | None, dict[int, float]]:
    """Runs the notebook; returns the wall time of each translated cell and
    of the whole run, the executed notebook, its kernel's pid and the wall
    time of every cell by index."""
    nb = nbformat.read(path, as_version=4)
    times: dict[str, float] = {}
    by_index: dict[int, float] = {}

    def on_cell(index, cell, seconds):
        by_index[index] = seconds
        ref = (cell.metadata.get("goteach") or {}).get("ref")
        if ref:
            times[ref] = seconds

    start = time.monotonic()
    nb, pid = run.execute(nb, on_cell=on_cell)
    return times, time.monotonic() - start, nb, pid, by_index


def check_outputs(name: str, nb: nbformat.NotebookNode, pid: int | None,
                  seconds: dict[int, float]) -> tuple[int, list[str]]:
    """Checks the executed notebook's translated cells against the Python
    reference; returns how many passed and the failures."""
    passed, failures = 0, []
    for cell in checks.cells_of(nb, name, seconds=seconds, kernel_pid=pid):
        if not cell.ref:
            continue
        try:
            checks.check_cell(cell)
            passed += 1
        except AssertionError as e:
            failures.append(str(e).splitlines()[0])
    return passed, failures


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="only notebooks whose name starts with these")
    ap.add_argument("--cells", action="store_true", help="also print a line per cell")
    ap.add_argument("--json", metavar="PATH", help="also write the table as JSON to PATH")
    ap.add_argument("--installed", action="store_true",
                    help="use the installed goteach kernelspec instead of building this checkout's")
    args = ap.parse_args()
    paths = run.notebooks(args.names)
    rows = []
    with run.kernel_of_checkout(args.installed):
        for path in paths:
            seed = nbformat.read(path, as_version=4).metadata["goteach"]["seed"]
            py = python_cells(seed)
            go, total, nb, pid, by_index = go_cells(path)
            passed, failures = check_outputs(path.name, nb, pid, by_index)
            rows.append((path.name, py, go, total, passed, failures))
            print(f"walltime: {path.name} done", file=sys.stderr)

    print(f"{'notebook':<48} {'Python scripts':>14} {'Go cells':>9} {'Go notebook':>12} {'ratio':>6}  outputs as the reference")
    ok = True
    for name, py, go, total, passed, failures in rows:
        ratio = sum(go.values()) / max(sum(py.values()), 1e-9)
        print(f"{name:<48} {sum(py.values()):>12.1f} s {sum(go.values()):>7.1f} s {total:>10.1f} s {ratio:>5.2f}x  "
              f"{passed}/{passed + len(failures)} cells")
        for f in failures:
            ok = False
            print(f"  MISMATCH: {f}")
        if args.cells:
            for ref in sorted(py):
                print(f"  {ref:<46} {py[ref]:>12.2f} s {go.get(ref, float('nan')):>7.2f} s")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps([
            {"notebook": name, "python_scripts_s": sum(py.values()), "go_cells_s": sum(go.values()),
             "go_notebook_s": total, "cells_checked": passed + len(failures), "cells_matching": passed,
             "mismatches": failures, "python_cells_s": py, "go_cells_by_ref_s": go}
            for name, py, go, total, passed, failures in rows], indent=1))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
