"""The tutorial notebooks (notebooks/NN-*.ipynb): each is executed with the
goteach kernel of this checkout, and the output of every Go cell is checked
against what CPython printed for the Python cell it translates, with the
checks of notebooks/checks.py and the tutorials' reference data,
notebooks/reference/<seed>.json (generated from the seed material by
notebooks/reference/generate.py), which also holds the prose of the original
articles that each notebook must keep.

The committed notebooks (with their stored outputs) are checked the same way,
except for what only a live run knows (the kernel's PID, cell durations).
Notebooks run two at a time, the longest first, to keep the total time down.
"""

from __future__ import annotations

import concurrent.futures
import copy
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import nbformat
import pytest

import run  # notebooks/run.py (pytest's pythonpath)
from checks import (  # notebooks/checks.py
    CHECKS,
    cells_of,
    check_cell,
    notebook_paths,
    notebook_refs,
    reference_files,
    short,
)

REPO = Path(__file__).resolve().parent.parent
NOTEBOOKS = REPO / "notebooks"
NOTEBOOK_JOBS = int(os.environ.get("GOTEACH_NOTEBOOK_JOBS", "2"))
CELL_TIMEOUT = 300  # seconds for one cell; the slowest needs about 30
RUN_TIMEOUT = 900  # for a test that waits for a notebook run

pytestmark = pytest.mark.timeout(RUN_TIMEOUT)


class Runs:
    """Executes the notebooks in the background, a few at a time, each once
    per test session; result(name) waits for one."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.pool: concurrent.futures.ThreadPoolExecutor | None = None
        self.futures: dict[str, concurrent.futures.Future] = {}

    def start(self) -> None:
        with self.lock:
            if self.pool is not None:
                return
            self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=max(1, NOTEBOOK_JOBS))
            # longest first: the stored notebooks know roughly how long each takes
            for path in sorted(notebook_paths(), key=lambda p: -expected_seconds(p)):
                self.futures[path.name] = self.pool.submit(self.execute, path)

    @staticmethod
    def execute(path: Path):
        nb = nbformat.read(path, as_version=4)
        seconds: dict[int, float] = {}
        start = time.monotonic()
        try:
            nb, pid = run.execute(copy.deepcopy(nb), timeout=CELL_TIMEOUT,
                                  on_cell=lambda i, c, s: seconds.__setitem__(i, s))
        except Exception as e:  # noqa: BLE001 - reported by the tests that need the run
            return None, f"{type(e).__name__}: {e}"
        return (nb, seconds, pid, time.monotonic() - start), None

    def result(self, name: str):
        self.start()
        value, error = self.futures[name].result()
        if error:
            pytest.fail(f"{name} did not run cleanly:\n{error}", pytrace=False)
        return value

    def shutdown(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


def expected_seconds(path: Path) -> float:
    """A rough duration from the sleeps in a notebook's sources (only used to
    order the runs)."""
    text = path.read_text(encoding="utf-8")
    return len(re.findall(r"time\.Second|Millisecond", text)) + 30 * text.count("powerSum(")


@pytest.fixture(scope="session")
def runs(goteach_kernelspec):
    r = Runs()
    yield r
    r.shutdown()


# --- tests -------------------------------------------------------------------

def test_notebooks_exist_one_per_seed():
    names = [p.name for p in notebook_paths()]
    seeds = sorted(reference_files())
    assert len(names) == len(seeds) == 5, names
    for n, (name, seed) in enumerate(zip(names, seeds, strict=True), start=1):
        assert name.startswith(f"{n:02d}-"), name
        nb = nbformat.read(NOTEBOOKS / name, as_version=4)
        assert nb.metadata["goteach"]["seed"] == seed


def test_every_python_cell_has_its_go_cell():
    refs = notebook_refs()
    expected = sorted(f"{seed}/{name}" for seed, data in reference_files().items() for name in data["cells"])
    assert sorted(r for _, r in refs) == expected
    assert sorted(short(r) for r in expected) == sorted(CHECKS)


def test_notebooks_are_built_from_their_sources():
    proc = subprocess.run([sys.executable, str(NOTEBOOKS / "build.py"), "--check"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _squash(s: str) -> str:
    return re.sub(r"[\s#]", "", s)


@pytest.mark.parametrize("path", notebook_paths(), ids=lambda p: p.name[:2])
def test_prose_is_kept(path):
    """Every line of the original's prose is in the notebook's Markdown (line
    breaks, spaces and heading marks aside): the lines with Chinese text,
    and for the English article every line but its code."""
    nb = nbformat.read(path, as_version=4)
    prose = reference_files()[nb.metadata["goteach"]["seed"]]["prose"]
    assert prose, "no prose in the reference data"
    markdown = _squash("\n".join(c.source for c in nb.cells if c.cell_type == "markdown"))
    missing = [line for line in prose if _squash(line) not in markdown]
    assert not missing, "lines of the original missing from the notebook:\n" + "\n".join(missing)


@pytest.mark.parametrize("path", notebook_paths(), ids=lambda p: p.name[:2])
def test_python_original_above_each_go_cell(path):
    nb = nbformat.read(path, as_version=4)
    seen_python = False
    for c in nb.cells:
        if c.cell_type == "markdown":
            seen_python |= "```python" in c.source or "print(multiprocessing" in c.source
        elif (c.metadata.get("goteach") or {}).get("ref"):
            assert seen_python, f"no Python original above the Go cell:\n{c.source[:200]}"
            seen_python = False


@pytest.mark.parametrize("path", notebook_paths(), ids=lambda p: p.name[:2])
def test_stored_notebook(path):
    """The committed notebook was executed by the goteach kernel, and its
    stored outputs pass the same checks as a live run."""
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "goteach"
    assert nb.metadata["language_info"]["name"] == "go"
    assert nb.metadata["language_info"].get("version"), "language_info comes from a run"
    failures = []
    for cell in cells_of(nb, path.name):
        code = nb.cells[cell.index]
        if code.execution_count is None:
            failures.append(f"cell {cell.index} was not executed")
            continue
        if cell.ref:
            try:
                check_cell(cell)
            except AssertionError as e:
                failures.append(str(e))
        elif cell.error:
            failures.append(f"cell {cell.index}: {cell.error}")
    assert not failures, "\n\n".join(failures)


@pytest.mark.parametrize("path", notebook_paths(), ids=lambda p: p.name[:2])
def test_notebook_runs_cleanly(path, runs):
    nb, seconds, pid, _ = runs.result(path.name)
    assert pid, "no kernel pid"
    for cell in cells_of(nb, path.name, seconds, pid):
        assert cell.error is None, f"cell {cell.index}: {cell.error}"


@pytest.mark.parametrize("name,ref", notebook_refs(), ids=lambda x: short(x) if "/" in x else x[:2])
def test_cell_output(name, ref, runs):
    nb, seconds, pid, _ = runs.result(name)
    cell = next(c for c in cells_of(nb, name, seconds, pid) if c.ref == ref)
    check_cell(cell)
