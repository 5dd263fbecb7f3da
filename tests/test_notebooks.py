"""The tutorial notebooks (notebooks/NN-*.ipynb): each is executed with the
goteach kernel of this checkout, and the output of every Go cell is checked
against what CPython printed for the Python cell it translates, with the
checks of notebooks/checks.py and the tutorials' reference data,
notebooks/reference/<seed>.json (generated from the seed material by
notebooks/reference/generate.py), which also holds the prose of the original
articles that each notebook must keep.

The committed notebooks (with their stored outputs) are checked the same way,
except for what only a live run knows (the kernel's PID, cell durations).
Beyond the translated cells: every timing chart has Go's and Python's bars,
the race demo really loses updates and its fix loses none, the Go notes'
figures are those of the stored run, no helper cell comes before the first
lesson, and each notebook's take-home program builds with the Go toolchain.
The runs are the session's (the `tutorial_runs` fixture of conftest.py, which
test_browser.py opens in JupyterLab too): notebooks run two at a time, the
longest first, to keep the total time down.
"""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat
import pytest
from conftest import RUN_TIMEOUT, output_kinds

import build  # notebooks/build.py (pytest's pythonpath)
from checks import (  # notebooks/checks.py
    CHECKS,
    NOTE_CHECKS,
    Cell,
    cells_of,
    chart_bars,
    check_cell,
    check_note_cell,
    notebook_paths,
    notebook_refs,
    reference_files,
    references,
    short,
)

REPO = Path(__file__).resolve().parent.parent
NOTEBOOKS = REPO / "notebooks"

pytestmark = pytest.mark.timeout(RUN_TIMEOUT)


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
        if cell.ref or cell.check:
            try:
                (check_cell if cell.ref else check_note_cell)(cell)
            except AssertionError as e:
                failures.append(str(e))
        elif cell.error:
            failures.append(f"cell {cell.index}: {cell.error}")
    assert not failures, "\n\n".join(failures)


@pytest.mark.parametrize("path", notebook_paths(), ids=lambda p: p.name[:2])
def test_notebook_runs_cleanly(path, tutorial_runs):
    nb, seconds, pid, _ = tutorial_runs.result(path.name)
    assert pid, "no kernel pid"
    for cell in cells_of(nb, path.name, seconds, pid):
        assert cell.error is None, f"cell {cell.index}: {cell.error}"


@pytest.mark.parametrize("path", notebook_paths(), ids=lambda p: p.name[:2])
def test_run_shows_what_the_stored_notebook_shows(path, tutorial_runs):
    """Every cell of the run gets an execution count; cells that have
    outputs in the stored notebook have outputs (images where it has
    images), and no cell has an error or stderr text the stored notebook
    does not have."""
    nb, _, _, _ = tutorial_runs.result(path.name)
    stored = output_kinds(nbformat.read(path, as_version=4))
    ran = output_kinds(nb)
    assert len(ran) == len(stored), f"{len(ran)} code cells ran, the stored notebook has {len(stored)}"
    code = [c for c in nb.cells if c.cell_type == "code"]
    problems = [f"cell {i}: not executed" for i, c in enumerate(code) if c.execution_count is None]
    for i, (want, got) in enumerate(zip(stored, ran, strict=True)):
        if want["any"] and not got["any"]:
            problems.append(f"cell {i}: no output (the stored notebook has some)")
        if got["err"] and not want["err"]:
            problems.append(f"cell {i}: error or stderr output: {str(code[i].outputs)[:500]!r}")
        if want["image"] and not got["image"]:
            problems.append(f"cell {i}: no image (the stored notebook has one)")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name,ref", notebook_refs(), ids=lambda x: short(x) if "/" in x else x[:2])
def test_cell_output(name, ref, tutorial_runs):
    nb, seconds, pid, _ = tutorial_runs.result(name)
    cell = next(c for c in cells_of(nb, name, seconds, pid) if c.ref == ref)
    check_cell(cell)


def note_cells() -> list[tuple[str, str]]:
    """(notebook name, check name) of every Go cell with a check= name."""
    out = []
    for path in notebook_paths():
        nb = nbformat.read(path, as_version=4)
        out += [(path.name, c.metadata["goteach"]["check"]) for c in nb.cells
                if c.cell_type == "code" and (c.metadata.get("goteach") or {}).get("check")]
    return out


def test_the_race_demo_is_there():
    checks = [check for _, check in note_cells()]
    assert sorted(checks) == sorted(NOTE_CHECKS), checks


def test_unlocked_race_accepts_every_interleaving_and_no_other():
    """Cell 002/06 races two processes on a Value without a lock. The check
    admits what CPython printed in its terminal runs, a run where both
    processes re-read the other's sum (two 6s, as a busy machine printed
    once), and nothing the race cannot produce."""
    ref = references()[next(r for n, r in notebook_refs() if short(r) == "002/06")]

    def cell(*values: int) -> Cell:
        pids = [7, 7, 9, 7, 7, 7, 9, 9, 9, 9] if values[2] >= values[3] else [7, 7, 7, 9, 7, 7, 9, 9, 9, 9]
        text = "".join(f"curr process {p} {v}\n" for p, v in zip(pids, values, strict=True))
        return Cell(notebook="03", index=0, ref=ref.ref, source="", stdout=text)

    for run in ref.tty:
        CHECKS["002/06"](ref, cell(*(int(line.split()[-1]) for line in run)))
    CHECKS["002/06"](ref, cell(1, 2, 6, 6, 7, 8, 11, 14, 17, 20))
    for impossible in [(1, 2, 4, 6, 7, 8, 11, 14, 17, 20), (1, 2, 6, 6, 7, 8, 11, 14, 17, 21)]:
        with pytest.raises(AssertionError):
            CHECKS["002/06"](ref, cell(*impossible))


@pytest.mark.parametrize("name,check", note_cells(), ids=lambda x: x if "-" in x and "." not in x else x[:2])
def test_note_cell_output(name, check, tutorial_runs):
    """A live run: the unsynchronised increments lose updates, the locked
    ones lose none."""
    nb, seconds, pid, _ = tutorial_runs.result(name)
    cell = next(c for c in cells_of(nb, name, seconds, pid) if c.check == check)
    check_note_cell(cell)


@pytest.mark.parametrize("path", notebook_paths(), ids=lambda p: p.name[:2])
def test_no_helper_cell_before_the_first_lesson(path):
    """The first Go cell translates the original's first Python cell: what a
    notebook needs beyond Go and mpkit comes from the library (kernel/chart,
    kernel/display), not from cells defining helpers."""
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert (code[0].metadata.get("goteach") or {}).get("ref", "").endswith("/01.py"), code[0].source[:200]
    assert not any("include" in c.source for c in code[:1])


@pytest.mark.parametrize("path", notebook_paths(), ids=lambda p: p.name[:2])
def test_timing_charts_show_both_languages(path):
    """Every chart of the stored notebook is a kernel/chart Bars chart with
    a Go series and a Python series, each with bars."""
    nb = nbformat.read(path, as_version=4)
    charts = 0
    for cell in cells_of(nb, path.name):
        if not any("image/svg+xml" in m or "image/png" in m for m in cell.mimes):
            continue
        charts += 1
        bars = chart_bars(cell)
        series = list(dict.fromkeys(s for s, _, _ in bars))
        assert len(series) == 2 and series[0].startswith("Go") and series[1].startswith("Python"), \
            f"cell {cell.index}: series {series}"
        for name in series:
            assert any(s == name and v > 0 for s, _, v in bars), f"cell {cell.index}: no bar of {name}"
    timed = sum(CHECKS[short(r)].__name__ == "timed_with_chart" for n, r in notebook_refs() if n == path.name)
    assert charts == timed, f"{charts} charts, {timed} cells that time with a chart"


@pytest.mark.parametrize("path", notebook_paths(), ids=lambda p: p.name[:2])
def test_notes_quote_the_stored_run(path):
    """The figures of the Go notes are filled in from the stored outputs:
    filling the templates again gives the stored text, and no template is
    left unfilled."""
    nb = nbformat.read(path, as_version=4)
    again = copy.deepcopy(nb)
    build.render_notes(again)
    for old, new in zip(nb.cells, again.cells, strict=True):
        if old.cell_type == "markdown":
            assert "{{" not in old.source, old.source[:300]
            assert old.source == new.source, f"the note does not match the stored run:\n{old.source[:300]}"
    templates = sum(bool((c.metadata.get("goteach") or {}).get("template")) for c in nb.cells)
    assert templates >= (1 if path.name[:2] in ("01", "02", "04") else 0)


def session_members(sid: int) -> list[int]:
    """The live processes of session sid (from /proc)."""
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid and fields[0] != "Z":
            pids.append(int(entry))
    return pids


def take_home(path: Path) -> str:
    """The Go program of the notebook's last cell (a Go note in a quote)."""
    last = nbformat.read(path, as_version=4).cells[-1]
    assert last.cell_type == "markdown" and "mp.Main()" in last.source, "no take-home program at the end"
    text = "\n".join(line[2:] if line.startswith("> ") else line.lstrip(">") for line in last.source.split("\n"))
    m = re.search(r"```go\n(.*?)```", text, re.S)
    assert m, last.source[:300]
    return m.group(1)


@pytest.mark.timeout(240)
@pytest.mark.parametrize("path", notebook_paths(), ids=lambda p: p.name[:2])
def test_take_home_program_builds_and_runs(path, tmp_path):
    """The program to run outside the notebook is a real Go program: it
    calls mp.Main() first, is gofmt-formatted, builds against this
    checkout's mpkit (placed in the module by an overlay, not written
    there), and runs: it exits 0 with its output and no error, and no
    process it started outlives it."""
    src = take_home(path)
    assert re.search(r"func main\(\) \{\n\tmp\.Main\(\)", src), "mp.Main() must open main"
    main = tmp_path / "main.go"
    main.write_text(src, encoding="utf-8")
    fmt = subprocess.run(["gofmt", "-l", str(main)], capture_output=True, text=True, timeout=60)
    assert fmt.stdout == "" and fmt.returncode == 0, f"not gofmt-formatted:\n{fmt.stdout}{fmt.stderr}"
    pkg = f"notebooks/takehome{path.name[:2]}"
    overlay = tmp_path / "overlay.json"
    overlay.write_text(json.dumps({"Replace": {str(REPO / pkg / "main.go"): str(main)}}), encoding="utf-8")
    with tempfile.TemporaryDirectory() as out:
        cmd = ["go", "build", "-overlay", str(overlay), "-o", os.path.join(out, "prog"), "./" + pkg]
        proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=170)
        assert proc.returncode == 0, f"go build:\n{proc.stdout}{proc.stderr}"
        # In a session of its own, so that its processes can be found.
        run = subprocess.Popen([os.path.join(out, "prog")], cwd=out, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
        try:
            stdout, stderr = run.communicate(timeout=60)
        finally:
            left = session_members(run.pid)
            for pid in left:
                os.kill(pid, 9)
        assert run.returncode == 0 and stderr == "" and stdout.strip(), f"exit {run.returncode}\n{stdout}{stderr}"
        assert left == [], f"processes outlived the program: {left}"
