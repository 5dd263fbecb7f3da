#!/usr/bin/env python3
"""Wall time of each Go notebook next to its Python original, measured side
by side in one run: for each tutorial, its Python cells run as scripts (one
after the other, as REFERENCE.md ran them), then the Go notebook runs in the
goteach kernel.

    python3 notebooks/walltime.py            # every tutorial
    python3 notebooks/walltime.py 02 --cells # one, with a line per cell
    python3 notebooks/walltime.py --installed

The Python scripts are the seeds' python/<seed>/NN.py, found in
../shared/seeds next to the repository root (or GOTEACH_SEEDS). "Go cells"
adds up the Go cells that translate a Python cell; "Go notebook" is the
whole run, kernel start and helper cells included. Nothing is written.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import run  # noqa: E402  (notebooks/run.py)

SEEDS = Path(os.environ.get("GOTEACH_SEEDS") or HERE.parent.parent / "shared" / "seeds")


def python_cells(seed: str) -> dict[str, float]:
    """Runs python/<seed>/NN.py one by one in a scratch directory; returns
    each one's wall time."""
    times = {}
    with tempfile.TemporaryDirectory(prefix="goteach-py-") as cwd:
        for script in sorted((SEEDS / "python" / seed).glob("*.py")):
            start = time.monotonic()
            proc = subprocess.run([sys.executable, str(script)], cwd=cwd, stdin=subprocess.DEVNULL,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            times[f"{seed}/{script.name}"] = time.monotonic() - start
            if proc.returncode != 0:
                print(f"walltime: {script.name} exited {proc.returncode}:\n{proc.stderr}", file=sys.stderr)
    return times


def go_cells(path: Path) -> tuple[dict[str, float], float]:
    """Runs the notebook; returns the wall time of each translated cell and
    of the whole run."""
    nb = nbformat.read(path, as_version=4)
    times: dict[str, float] = {}

    def on_cell(index, cell, seconds):
        ref = (cell.metadata.get("goteach") or {}).get("ref")
        if ref:
            times[ref] = seconds

    start = time.monotonic()
    run.execute(nb, on_cell=on_cell)
    return times, time.monotonic() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="only notebooks whose name starts with these")
    ap.add_argument("--cells", action="store_true", help="also print a line per cell")
    ap.add_argument("--installed", action="store_true",
                    help="use the installed goteach kernelspec instead of building this checkout's")
    args = ap.parse_args()
    if not (SEEDS / "python").is_dir():
        print(f"walltime: no seeds at {SEEDS} (set GOTEACH_SEEDS)", file=sys.stderr)
        return 2
    paths = run.notebooks(args.names)
    rows = []
    with run.kernel_of_checkout(args.installed):
        for path in paths:
            seed = nbformat.read(path, as_version=4).metadata["goteach"]["seed"]
            py = python_cells(seed)
            go, total = go_cells(path)
            rows.append((path.name, py, go, total))
            print(f"walltime: {path.name} done", file=sys.stderr)

    print(f"{'notebook':<48} {'Python scripts':>14} {'Go cells':>9} {'Go notebook':>12}")
    for name, py, go, total in rows:
        print(f"{name:<48} {sum(py.values()):>12.1f} s {sum(go.values()):>7.1f} s {total:>10.1f} s")
        if args.cells:
            for ref in sorted(py):
                print(f"  {ref:<46} {py[ref]:>12.2f} s {go.get(ref, float('nan')):>7.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
