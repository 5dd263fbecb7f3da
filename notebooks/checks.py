"""Checks of a tutorial notebook's Go cells against what CPython printed
for the Python cells they translate (notebooks/reference/<seed>.json).

Used by the tests (tests/test_notebooks.py) and by walltime.py:

* Deterministic output must equal the reference line for line.
* Timings: the same label, a number; cells that mostly sleep must take at
  least as long as the reference's sleeps.
* The rest has the shape the Python program allows: one of the two legal
  sequences of a lock demo, the queue's items in any order, the Event demo's
  order, the Semaphore demo's ~4 s, pool results in order, PIDs of real
  child processes (distinct, not the kernel's).
* Timing charts (kernel/chart's Bars) have a bar for Go and one for
  Python for each timing the cell prints, Go's being the printed figures.
* Go cells of the notebooks' own (no Python original) that carry a check
  name (`check=` in the source, NOTE_CHECKS): the race demo loses updates,
  its fix with the Value's lock loses none.

A check fails with an AssertionError that says what differs.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

NOTEBOOKS = Path(__file__).resolve().parent
REFERENCE = NOTEBOOKS / "reference"


# --- the reference ---------------------------------------------------------

@dataclass
class Reference:
    """What one Python cell printed: runs maps a run's label ("tty run 0",
    "tty run 1", "buffered (pipe) run", ...) to its output."""
    ref: str
    deterministic: str
    runs: dict[str, str]

    @property
    def first(self) -> list[str]:
        return next(iter(self.runs.values())).splitlines()

    @property
    def tty(self) -> list[list[str]]:
        """The runs on a terminal, where output reaches the screen line by
        line, in the order it was printed."""
        return [t.splitlines() for k, t in self.runs.items() if k.startswith("tty")]

    @property
    def all(self) -> list[list[str]]:
        return [t.splitlines() for t in self.runs.values()]


def reference_files() -> dict[str, dict]:
    """seed -> the seed's reference data."""
    files = {}
    for path in sorted(REFERENCE.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        files[data["seed"]] = data
    return files


_references: dict[str, Reference] | None = None


def references() -> dict[str, Reference]:
    global _references
    if _references is None:
        _references = {
            f"{seed}/{name}": Reference(f"{seed}/{name}", cell["deterministic"], cell["runs"])
            for seed, data in reference_files().items()
            for name, cell in data["cells"].items()
        }
    return _references


# --- what a Go cell printed ------------------------------------------------

@dataclass
class Cell:
    notebook: str
    index: int
    ref: str
    source: str
    check: str = ""  # the name of a NOTE_CHECKS check, for cells without ref
    stdout: str = ""
    stderr: str = ""
    mimes: list[dict] = field(default_factory=list)  # display_data / execute_result bundles
    error: str | None = None
    seconds: float | None = None  # live runs only
    kernel_pid: int | None = None  # live runs only: the process the cells ran in

    @property
    def lines(self) -> list[str]:
        return self.stdout.splitlines()

    @property
    def live(self) -> bool:
        return self.kernel_pid is not None


def cells_of(nb: nbformat.NotebookNode, name: str, seconds: dict[int, float] | None = None,
             kernel_pid: int | None = None) -> list[Cell]:
    out = []
    for index, c in enumerate(nb.cells):
        if c.cell_type != "code":
            continue
        meta = c.metadata.get("goteach") or {}
        cell = Cell(name, index, meta.get("ref", ""), c.source, meta.get("check", ""),
                    seconds=(seconds or {}).get(index), kernel_pid=kernel_pid)
        for o in c.get("outputs", []):
            if o.output_type == "stream":
                if o.name == "stdout":
                    cell.stdout += o.text
                else:
                    cell.stderr += o.text
            elif o.output_type in ("display_data", "execute_result"):
                cell.mimes.append(dict(o.data))
            elif o.output_type == "error":
                cell.error = f"{o.ename}: {o.evalue}"
        out.append(cell)
    return out


# --- checks ------------------------------------------------------------------

NUMBER = r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?"


def norm(line: str) -> str:
    """A line with its numbers replaced by #."""
    return re.sub(NUMBER, "#", line)


def usable_cpus() -> int:
    return len(os.sched_getaffinity(0))


def check_exact(ref: Reference, cell: Cell) -> None:
    runs = ref.all
    assert all(r == runs[0] for r in runs), f"{ref.ref}: the reference runs differ; not an exact check"
    assert cell.lines == runs[0]


def check_timed(ref: Reference, cell: Cell) -> None:
    """Lines the reference runs agree on are equal; the others are the same
    label around a number. A timing the reference runs agree on within 10 %
    (a program that mostly sleeps) must be close to it."""
    runs = ref.all
    assert len({len(r) for r in runs}) == 1, f"{ref.ref}: reference runs differ in length"
    assert len(cell.lines) == len(runs[0]), f"{len(cell.lines)} lines, the reference has {len(runs[0])}"
    for k, line in enumerate(cell.lines):
        at_k = [r[k] for r in runs]
        if all(x == at_k[0] for x in at_k):
            assert line == at_k[0], f"line {k + 1}"
            continue
        pattern = re.compile(r"^(.*?)(" + NUMBER + r")$")
        parts = [pattern.match(x) for x in at_k]
        assert all(parts) and len({p.group(1) for p in parts}) == 1, f"{ref.ref}: line {k + 1} is no timing"
        label = parts[0].group(1)
        m = pattern.match(line)
        assert m and m.group(1) == label, f"line {k + 1}: {line!r} should be {label!r} and a number"
        value = float(m.group(2))
        observed = [float(p.group(2)) for p in parts]
        assert value > 0, f"line {k + 1}: {value}"
        if max(observed) <= 1.1 * min(observed):
            lo, hi = 0.9 * min(observed) - 0.3, 1.25 * max(observed) + 1.0
            assert lo <= value <= hi, (f"line {k + 1}: {value} s, the reference took "
                                       f"{min(observed):.2f}-{max(observed):.2f} s")


BAR = re.compile(r'<rect class="bar" data-series="([^"]*)" data-label="([^"]*)" data-value="([^"]*)"')


def chart_bars(cell: Cell) -> list[tuple[str, str, float]]:
    """(series, label, value) of every bar of the cell's one SVG chart."""
    svgs = [m["image/svg+xml"] for m in cell.mimes if "image/svg+xml" in m]
    assert len(svgs) == 1, f"expected one SVG chart, got {[list(m) for m in cell.mimes]}"
    assert svgs[0].lstrip().startswith("<svg"), svgs[0][:200]
    return [(s, label, float(v)) for s, label, v in BAR.findall(svgs[0])]


def check_chart(ref: Reference, cell: Cell) -> None:
    """The chart has a Go and a Python series. Each timing the cell prints
    is one of the Go bars (the same figure); every Python bar (CPython's
    reference runs) has a Go bar of the same label beside it, and there
    are at least as many Python bars as printed timings."""
    bars = chart_bars(cell)
    series = list(dict.fromkeys(s for s, _, _ in bars))
    assert len(series) == 2 and series[0].startswith("Go") and series[1].startswith("Python"), series
    go = {label: v for s, label, v in bars if s == series[0]}
    py = {label: v for s, label, v in bars if s == series[1]}
    runs = ref.all
    timed = [float(re.search(NUMBER + r"$", line).group()) for k, line in enumerate(cell.lines)
             if k < len(runs[0]) and len({r[k] for r in runs}) > 1]
    for t in timed:
        assert any(abs(v - t) <= 1e-6 * max(1.0, t) for v in go.values()), f"printed {t} s is no Go bar: {go}"
    assert set(py) <= set(go), f"Python bars {py} without a Go bar beside them: {go}"
    assert len(py) >= max(len(timed), 1), f"Python bars {py}, printed timings {timed}"
    assert all(v > 0 for v in [*go.values(), *py.values()]), bars


def timed_with_chart(ref: Reference, cell: Cell) -> None:
    check_timed(ref, cell)
    check_chart(ref, cell)


def ints(lines: list[str]) -> list[int]:
    assert all(re.fullmatch(r"-?\d+", x) for x in lines), lines
    return [int(x) for x in lines]


def check_two_sequences(ref: Reference, cell: Cell) -> None:
    """A lock held around each process's whole loop: whichever process gets
    it first does all its additions, then the other: exactly two legal
    sequences, derived from a reference run."""
    values = ints(ref.first)
    steps = [values[0]] + [b - a for a, b in zip(values, values[1:], strict=False)]
    n = len(steps) // 2
    a, b = steps[0], steps[n]
    assert steps == [a] * n + [b] * n, f"{ref.ref}: unexpected reference {values}"

    def cumulative(s: list[int]) -> list[int]:
        out, t = [], 0
        for x in s:
            t += x
            out.append(t)
        return out

    legal = [cumulative([a] * n + [b] * n), cumulative([b] * n + [a] * n)]
    assert ints(cell.lines) in legal, f"{ints(cell.lines)} is neither of {legal}"


def check_unlocked(ref: Reference, cell: Cell) -> None:
    """No lock: the order varies and updates may even be lost, but every line
    is a value the shared counter can hold."""
    final = max(ints(ref.first))
    values = ints(cell.lines)
    assert len(values) == len(ref.first), f"{len(values)} values, the reference printed {len(ref.first)}"
    assert all(1 <= v <= final for v in values), values
    assert max(values) >= final // 2, values


def check_any_order(ref: Reference, cell: Cell) -> None:
    assert sorted(cell.lines) == sorted(ref.first)


def check_cpu_count(ref: Reference, cell: Cell) -> None:
    assert len(cell.lines) == len(ref.first) == 1
    count = int(cell.lines[0])
    assert count >= 1
    if cell.live:
        assert count == usable_cpus()


def child_pid(cell: Cell, pid: int) -> None:
    assert pid > 1
    if cell.live:
        assert pid != cell.kernel_pid, f"pid {pid} is the kernel's own: not a child process"


def same_shape(ref: Reference, cell: Cell) -> None:
    """The same lines as the reference once numbers are ignored, in any order."""
    assert sorted(map(norm, cell.lines)) == sorted(map(norm, ref.first))


def check_pool_tasks(ref: Reference, cell: Cell) -> None:
    """Pool(4), five apply_async tasks that sleep up to 3 s and print their
    worker's pid."""
    same_shape(ref, cell)
    lines = cell.lines
    parent = re.fullmatch(r"Parent process (\d+)\.", lines[0])
    assert parent, lines[0]
    assert lines[-1] == ref.first[-1] == "All subprocess done."
    if cell.live:
        assert int(parent.group(1)) == cell.kernel_pid, "the cell runs in the kernel's engine process"
    run_at, pids = {}, {}
    for k, line in enumerate(lines):
        if m := re.fullmatch(r"Run task (\d+) \((\d+)\)\.\.\.", line):
            run_at[int(m.group(1))], pids[int(m.group(1))] = k, int(m.group(2))
    tasks = sorted(int(x) for x in re.findall(r"Run task (\d+) ", "\n".join(ref.first)))
    assert sorted(pids) == tasks
    for task, pid in pids.items():
        child_pid(cell, pid)
        assert pid != int(parent.group(1))
        done = [k for k, line in enumerate(lines) if line.startswith(f"Task {task} runs ")]
        assert len(done) == 1 and done[0] > run_at[task], f"task {task}"
        secs = float(re.search(NUMBER, lines[done[0]][len(f"Task {task} runs "):]).group())
        assert 0 <= secs <= 3.3
    assert len(set(pids.values())) <= 4, "Pool(4) has four workers"
    last = max(tasks)
    assert pids[last] in {p for t, p in pids.items() if t != last}, "the fifth task reuses a worker"


def unlocked_tie_outcomes() -> set[tuple[int, ...]]:
    """Every sequence cell 002/06 may print. p1 adds 1 every second, p2 adds
    3 every 3 s, five times each, with no lock: at t = 3 s both wake at once
    with the Value at 2. Each one reads the Value, writes it plus its step,
    reads it again to print, and writes its line: the eight steps may
    interleave in any order, so a process may print the other's sum too
    (both lines say 6) or lose the other's update. After the tie the two
    are a second apart and the rest follows from the Value left behind."""
    outcomes = set()

    def run(order: tuple[int, ...]) -> None:
        value, read, shown, lines = 2, {}, {}, []
        step = {1: 0, 3: 0}
        for who in order:
            k = step[who]
            step[who] += 1
            if k == 0:
                read[who] = value
            elif k == 1:
                value = read[who] + who
            elif k == 2:
                shown[who] = value
            else:
                lines.append(shown[who])
        outcomes.add((1, 2, *lines, value + 1, value + 2, value + 5, value + 8, value + 11, value + 14))

    def orders(left1: int, left3: int, prefix: tuple[int, ...]) -> None:
        if not left1 and not left3:
            run(prefix)
        if left1:
            orders(left1 - 1, left3, prefix + (1,))
        if left3:
            orders(left1, left3 - 1, prefix + (3,))

    orders(4, 4, ())
    return outcomes


def check_unlocked_pids(ref: Reference, cell: Cell) -> None:
    """Cell 002/06: the sequence is fixed but for the tie at t = 3 s, where
    the two processes race (see unlocked_tie_outcomes)."""
    pattern = re.compile(r"curr process (\d+) (\d+)")
    parsed = [pattern.fullmatch(x) for x in cell.lines]
    assert all(parsed), cell.lines
    legal = unlocked_tie_outcomes()
    seen = {tuple(int(pattern.fullmatch(x).group(2)) for x in run) for run in ref.tty}
    assert len(seen) == 2 and seen <= legal, f"{ref.ref}: the model of the race misses CPython's runs {seen - legal}"
    values = tuple(int(m.group(2)) for m in parsed)
    assert values in legal, f"{values} is none of the race's outcomes {sorted(legal)}"
    pids = [int(m.group(1)) for m in parsed]
    for pid in set(pids):
        own = [v for p, v in zip(pids, values, strict=True) if p == pid]
        assert own == sorted(own), f"process {pid} printed {own}"
    assert len(set(pids)) == 2 and sorted(pids.count(p) for p in set(pids)) == [5, 5], pids
    for pid in set(pids):
        child_pid(cell, pid)
    if cell.live:
        # p2 sleeps 3 s five times: the cell cannot end sooner (how much
        # later depends on the machine's load, which is for `make bench`)
        assert cell.seconds >= 14, f"{cell.seconds:.1f} s (the reference took about 15 s)"


def check_alive(ref: Reference, cell: Cell) -> None:
    same_shape(ref, cell)
    pid = next(int(m.group(1)) for x in cell.lines if (m := re.fullmatch(r"Process: (\d+) is running", x)))
    child_pid(cell, pid)


def check_active_children(ref: Reference, cell: Cell) -> None:
    same_shape(ref, cell)
    lines = cell.lines
    assert norm(lines[-1]) == norm(ref.first[-1]) == "# processes take # seconds"
    assert 0.9 <= float(re.search(NUMBER, lines[-1][2:]).group()) <= 2.5
    cpus = next(int(x.split(":")[1]) for x in lines if x.startswith("The number of CPU is:"))
    if cell.live:
        assert cpus == usable_cpus()
    children = [re.fullmatch(r"child p\.name: Process-(\d+)\tp\.id: (\d+)", x) for x in lines
                if x.startswith("child ")]
    assert all(children) and len(children) == 3, lines
    numbers = sorted(int(m.group(1)) for m in children)
    assert numbers == list(range(numbers[0], numbers[0] + 3)), f"names Process-{numbers}"
    pids = [int(m.group(2)) for m in children]
    assert len(set(pids)) == 3, pids
    for pid in pids:
        child_pid(cell, pid)


def check_lock_file(ref: Reference, cell: Cell) -> None:
    lines = cell.lines
    assert len(lines) == 2, lines
    m = re.fullmatch(r"time cost: (" + NUMBER + r") seconds", lines[0])
    assert m and 1.9 <= float(m.group(1)) <= 4, lines[0]
    legal = {run[1] for run in ref.all}
    assert legal == {"hello world!", "hello "}, f"{ref.ref}: unexpected reference {legal}"
    assert lines[1] in legal


def check_semaphore(ref: Reference, cell: Cell) -> None:
    same_shape(ref, cell)
    hello = sorted(x for x in cell.lines if x.startswith("hello, "))
    assert hello == sorted(x for x in ref.first if x.startswith("hello, "))
    m = re.fullmatch(r"8 process takes (" + NUMBER + r") seconds", cell.lines[-1])
    # Semaphore(2) lets two of the eight 1 s sleeps run at once: at least
    # 4 s, and less than the 8 s they would take one at a time.
    assert m and 3.5 <= float(m.group(1)) < 8, f"{cell.lines[-1]!r}: Semaphore(2), 8 × 1 s is about 4 s"


def check_event(ref: Reference, cell: Cell) -> None:
    first = ref.tty[0]
    assert sorted(cell.lines[:2]) == sorted(first[:2])
    assert cell.lines[2:] == first[2:]
    if cell.live:
        assert cell.seconds >= 3.5, f"{cell.seconds:.1f} s (the reference took about 4 s)"


def hello_rounds(cell: Cell, n: int, workers: int = 4) -> None:
    hello = [int(x.split(", ")[1]) for x in cell.lines if x.startswith("hello, ")]
    assert sorted(hello) == list(range(n)), hello
    for start in range(0, n, workers):
        got = set(hello[start:start + workers])
        assert got == set(range(start, min(n, start + workers))), f"round of {workers}: {hello}"


def check_pool_done(ref: Reference, cell: Cell) -> None:
    same_shape(ref, cell)
    assert cell.lines[-1] == ref.first[-1]
    hello_rounds(cell, sum(x.startswith("hello, ") for x in ref.first))


def check_pool_results(ref: Reference, cell: Cell) -> None:
    same_shape(ref, cell)
    mark = "processes done, result:"
    assert cell.lines[cell.lines.index(mark):] == ref.first[ref.first.index(mark):]
    hello_rounds(cell, sum(x.startswith("hello, ") for x in ref.first))


def lost_update(cell: Cell) -> None:
    """Two processes increment a shared Value without its lock: updates are
    lost, so the count is short of the expected total."""
    assert len(cell.lines) == 1, cell.lines
    m = re.fullmatch(r"expected (\d+), got (\d+)", cell.lines[0])
    assert m, cell.lines[0]
    expected, got = int(m.group(1)), int(m.group(2))
    assert 0 < got < expected, f"{got} of {expected}: no update was lost"


def locked_count(cell: Cell) -> None:
    """The same increments under the Value's lock: none is lost."""
    assert len(cell.lines) == 1, cell.lines
    m = re.fullmatch(r"expected (\d+), got (\d+)", cell.lines[0])
    assert m and m.group(1) == m.group(2), cell.lines[0]


# check= name of a Go cell without a Python original -> its check
NOTE_CHECKS: dict[str, Callable[[Cell], None]] = {
    "lost-update": lost_update,
    "locked-count": locked_count,
}


def check_note_cell(cell: Cell) -> None:
    """A Go cell of the notebook's own with a check= name."""
    assert cell.error is None, f"{cell.notebook} cell {cell.index}: failed: {cell.error}"
    assert cell.stderr == "", f"{cell.notebook} cell {cell.index} wrote to stderr:\n{cell.stderr}"
    try:
        NOTE_CHECKS[cell.check](cell)
    except AssertionError as e:
        raise AssertionError(f"{cell.notebook} cell {cell.index} ({cell.check}): {e}\n"
                             f"--- Go output ---\n{cell.stdout}") from None


# seed prefix / cell -> how its Go translation is checked
CHECKS: dict[str, Callable[[Reference, Cell], None]] = {
    "000/01": check_exact, "000/02": check_exact, "000/03": check_exact,
    "000/04": timed_with_chart, "000/05": check_exact, "000/06": check_exact,
    "000/07": check_unlocked, "000/08": check_two_sequences,
    "001/01": check_exact, "001/02": check_timed, "001/03": timed_with_chart,
    "001/04": check_timed, "001/05": check_timed, "001/06": timed_with_chart,
    "001/07": check_exact, "001/08": check_unlocked, "001/09": check_two_sequences,
    "002/01": check_exact, "002/02": check_any_order, "002/03": check_exact,
    "002/04": check_pool_tasks, "002/05": check_exact, "002/06": check_unlocked_pids,
    "002/07": check_two_sequences,
    "003/01": check_exact, "003/02": check_exact, "003/03": timed_with_chart,
    "003/04": check_exact, "003/05": check_exact, "003/06": check_two_sequences,
    "003/07": check_cpu_count,
    "004/01": check_alive, "004/02": check_active_children, "004/03": check_lock_file,
    "004/04": check_semaphore, "004/05": check_event, "004/06": check_pool_done,
    "004/07": check_pool_results, "004/08": check_pool_results,
}


def short(ref: str) -> str:
    """000_6d5a0c842b57665f/02.py -> 000/02"""
    seed, _, cell = ref.partition("/")
    return seed.split("_")[0] + "/" + cell.removesuffix(".py")


def check_cell(cell: Cell) -> None:
    assert cell.error is None, f"the cell failed: {cell.error}"
    assert cell.stderr == "", f"the cell wrote to stderr:\n{cell.stderr}"
    ref = references().get(cell.ref)
    assert ref is not None, f"{cell.ref} is not in REFERENCE.md"
    try:
        CHECKS[short(cell.ref)](ref, cell)
    except AssertionError as e:
        raise AssertionError(f"{cell.notebook} cell {cell.index} ({short(cell.ref)}): {e}\n"
                             f"--- Go output ---\n{cell.stdout}--- Python reference ---\n"
                             f"{next(iter(ref.runs.values()))}") from None


# --- the notebooks -----------------------------------------------------------

def notebook_paths() -> list[Path]:
    return sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))


def notebook_refs() -> list[tuple[str, str]]:
    """(notebook name, ref) of every Go cell that translates a Python cell."""
    out = []
    for path in notebook_paths():
        nb = nbformat.read(path, as_version=4)
        out += [(path.name, c.metadata["goteach"]["ref"]) for c in nb.cells
                if c.cell_type == "code" and (c.metadata.get("goteach") or {}).get("ref")]
    return out
