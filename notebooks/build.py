#!/usr/bin/env python3
"""Assembles the tutorial notebooks from their sources in notebooks/src.

    python3 notebooks/build.py            # write every notebooks/NN-*.ipynb (no outputs)
    python3 notebooks/build.py 02-...     # only the notebooks whose name starts so
    python3 notebooks/build.py --check    # exit 1 if a committed notebook differs
                                          # from its source (outputs are ignored)

A source, notebooks/src/NN-name.md, is Markdown with Go cells:

* The first line is a comment with the notebook's metadata:
  <!-- seed: 000_6d5a0c842b57665f; language: zh-TW; title: ... -->
* A fence that opens with ```go at the start of a line is a Go code cell.
  Words after `go` are attributes: `ref=02` ties the cell to the seed's
  Python cell 02 (python/<seed>/02.py and its reference output), which the
  tests use; `check=NAME` names a check of notebooks/checks.py for a cell
  that translates no Python cell (NOTE_CHECKS there).
* In a Go cell, {{py-seconds 04:normal time|05:Run at}} (at the end of a
  line) becomes a Go []float64 of CPython's timings: for each cell:label, the median of the
  numbers that end the reference runs' line starting with that label
  (notebooks/reference/<seed>.json), with a comment saying so.
* Everything else is Markdown. A line <!-- cell --> starts a new Markdown
  cell; a Go cell also ends the Markdown cell before it.
* In Markdown, {{= EXPR }} is a figure taken from the run: run.py fills it
  in from the outputs of the nearest Go cell above (`above`) or below
  (`below`) when it stores them (see render_notes), so a note cannot
  disagree with the output beside it. The cell keeps its template in its
  metadata (goteach.template).

Cell ids are derived from the notebook name and the cell's position, so a
rebuild of an unchanged source gives the same file. `run.py` then executes
the notebooks and stores their outputs.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from pathlib import Path

import nbformat

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
REFERENCE = HERE / "reference"

KERNELSPEC = {"name": "goteach", "display_name": "Go (goteach)", "language": "go"}

_META = re.compile(r"^<!--\s*(.*?)\s*-->$")
_FENCE = re.compile(r"^```go(?:\s+(.*))?$")
_SPLIT = "<!-- cell -->"
_PY_SECONDS = re.compile(r"\{\{py-seconds\s+(.*?)\}\}")
_FIGURE = re.compile(r"\{\{=\s*(.*?)\s*\}\}")
_NUMBER = r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?"


def sources() -> list[Path]:
    return sorted(p for p in SRC.glob("[0-9][0-9]-*.md"))


def parse_meta(line: str, path: Path) -> dict:
    m = _META.match(line.strip())
    if not m:
        raise SystemExit(f"{path}: the first line must be <!-- seed: ...; language: ... -->")
    meta = {}
    for part in m.group(1).split(";"):
        key, _, value = part.partition(":")
        meta[key.strip()] = value.strip()
    if "seed" not in meta:
        raise SystemExit(f"{path}: no seed in the metadata line")
    return meta


def parse(path: Path) -> tuple[dict, list[nbformat.NotebookNode]]:
    """Returns the notebook metadata and its cells."""
    lines = path.read_text(encoding="utf-8").split("\n")
    meta = parse_meta(lines[0], path)
    cells: list[nbformat.NotebookNode] = []
    md: list[str] = []

    def flush_markdown() -> None:
        text = "\n".join(md).strip("\n")
        md.clear()
        if text.strip():
            cell = nbformat.v4.new_markdown_cell(text)
            if _FIGURE.search(text):
                cell.metadata["goteach"] = {"template": text}
            cells.append(cell)

    i = 1
    while i < len(lines):
        line = lines[i]
        fence = _FENCE.match(line)
        if fence:
            flush_markdown()
            attrs = dict(a.split("=", 1) for a in (fence.group(1) or "").split())
            body = []
            i += 1
            while i < len(lines) and lines[i] != "```":
                body.append(lines[i])
                i += 1
            if i == len(lines):
                raise SystemExit(f"{path}: a ```go fence is never closed")
            code = "\n".join(body).strip("\n")
            if "include" in attrs:
                if code:
                    raise SystemExit(f"{path}: a cell with include= must be empty")
                code = (SRC / attrs.pop("include")).read_text(encoding="utf-8").strip("\n")
            if any(_PY_SECONDS.search(line) and not line.rstrip().endswith("}}") for line in code.split("\n")):
                raise SystemExit(f"{path}: {{{{py-seconds ...}}}} must end its line (it ends with a comment)")
            code = _PY_SECONDS.sub(lambda m: python_seconds(meta["seed"], m.group(1), path), code)
            cell = nbformat.v4.new_code_cell(code)
            if "ref" in attrs:
                cell.metadata["goteach"] = {"ref": f"{meta['seed']}/{attrs.pop('ref')}.py"}
            if "check" in attrs:
                cell.metadata.setdefault("goteach", {})["check"] = attrs.pop("check")
            if attrs:
                raise SystemExit(f"{path}: unknown cell attributes {sorted(attrs)}")
            cells.append(cell)
        elif line.strip() == _SPLIT:
            flush_markdown()
        else:
            md.append(line)
        i += 1
    flush_markdown()
    return meta, cells


def reference_seconds(seed: str, cell: str, label: str) -> tuple[float, int]:
    """The median of the number ending the line that starts with label in
    each reference run of the seed's cell (NN or NN.py), and how many runs."""
    data = json.loads((REFERENCE / f"{seed}.json").read_text(encoding="utf-8"))
    runs = data["cells"][cell.removesuffix(".py") + ".py"]["runs"]
    values = []
    for text in runs.values():
        for line in text.splitlines():
            if line.strip().startswith(label.strip()):
                values.append(float(re.search(_NUMBER + r"$", line.strip()).group()))
                break
    if len(values) != len(runs):
        raise SystemExit(f"{seed}/{cell}: {label!r} is not in every reference run")
    return statistics.median(values), len(values)


def python_seconds(seed: str, spec: str, path: Path) -> str:
    """{{py-seconds 04:normal time|...}} as Go: a []float64 and where its
    figures come from."""
    figures, cells, counts = [], [], set()
    for item in spec.split("|"):
        cell, _, label = item.partition(":")
        if not label:
            raise SystemExit(f"{path}: py-seconds wants cell:label items, got {item!r}")
        value, n = reference_seconds(seed, cell.strip(), label)
        figures.append(f"{value:.3f}")
        cells.append(cell.strip() + ".py")
        counts.add(n)
    where = ", ".join(dict.fromkeys(cells))
    runs = "/".join(str(n) for n in sorted(counts))
    return (f"[]float64{{{', '.join(figures)}}} // CPython: median of {runs} recorded runs "
            f"of {where} (notebooks/reference/{seed}.json)")


# --- figures in notes, filled in from a run ---------------------------------

class Outputs:
    """What one executed code cell showed, as a note's template sees it."""

    def __init__(self, cell: nbformat.NotebookNode | None, seed: str) -> None:
        self.cell = cell
        self.seed = seed
        self.stdout = "".join(o.get("text", "") for o in (cell.outputs if cell else [])
                              if o.output_type == "stream" and o.name == "stdout")
        self.lines = self.stdout.splitlines()
        self.svg = "".join(o.data["image/svg+xml"] for o in (cell.outputs if cell else [])
                           if o.output_type in ("display_data", "execute_result")
                           and "image/svg+xml" in o.data)

    def num(self, label: str) -> float:
        """The number that ends the first output line starting with label."""
        for line in self.lines:
            if line.strip().startswith(label.strip()):
                return float(re.search(_NUMBER + r"$", line.strip()).group())
        raise ValueError(f"no output line starts with {label!r}")

    def int(self, k: int) -> int:
        """The integer that ends output line k."""
        return int(re.search(r"-?\d+$", self.lines[k].strip()).group())

    def bar(self, series: str, label: str) -> float:
        """The value of the chart's bar of series (a prefix of its name) and label."""
        for m in re.finditer(r'<rect class="bar" data-series="([^"]*)" data-label="([^"]*)" '
                             r'data-value="([^"]*)"', self.svg):
            if m.group(1).startswith(series) and m.group(2) == label:
                return float(m.group(3))
        raise ValueError(f"no bar {series}/{label} in the chart")

    def py(self, label: str) -> float:
        """CPython's reference figure for label (this cell's Python original)."""
        ref = (self.cell.metadata.get("goteach") or {}).get("ref", "")
        return reference_seconds(self.seed, ref.partition("/")[2], label)[0]


def _fmt(x: float, digits: int = 2) -> str:
    return f"{x:.{digits}f}"


def render_notes(nb: nbformat.NotebookNode) -> None:
    """Fills every {{= EXPR }} of the notebook's Markdown from its outputs.
    EXPR is Python over `above` and `below` (Outputs of the nearest code
    cell each way), ref("03") (Outputs of the cell that translates Python
    cell 03) and f(x, digits=2) to format a number."""
    seed = nb.metadata["goteach"]["seed"]
    for k, cell in enumerate(nb.cells):
        template = (cell.metadata.get("goteach") or {}).get("template")
        if cell.cell_type != "markdown" or not template:
            continue
        above = next((c for c in reversed(nb.cells[:k]) if c.cell_type == "code"), None)
        below = next((c for c in nb.cells[k + 1:] if c.cell_type == "code"), None)
        by_ref = {(c.metadata.get("goteach") or {}).get("ref", "").partition("/")[2].removesuffix(".py"): c
                   for c in nb.cells if c.cell_type == "code"}
        scope = {"above": Outputs(above, seed), "below": Outputs(below, seed), "f": _fmt,
                 "ref": lambda name, by_ref=by_ref: Outputs(by_ref[name], seed),
                 "__builtins__": {"abs": abs, "min": min, "max": max, "round": round, "int": int,
                                  "float": float, "len": len, "str": str}}

        def fill(m: re.Match, scope=scope, k=k) -> str:
            try:
                return str(eval(m.group(1), scope))  # noqa: S307 - the notebooks' own templates
            except Exception as e:
                raise ValueError(f"cell {k}: {{{{= {m.group(1)} }}}}: {e}") from e

        cell.source = _FIGURE.sub(fill, template)


def build(path: Path) -> nbformat.NotebookNode:
    meta, cells = parse(path)
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = {"name": "go"}
    nb.metadata["goteach"] = {"seed": meta["seed"], "language": meta.get("language", "")}
    if meta.get("title"):
        nb.metadata["title"] = meta["title"]
    for n, cell in enumerate(cells):
        cell["id"] = f"{path.stem[:2]}-{n:03d}"
    nb.cells = cells
    nbformat.validate(nb)
    return nb


def target(path: Path) -> Path:
    return HERE / (path.stem + ".ipynb")


def comparable(nb: nbformat.NotebookNode) -> list[tuple]:
    """What a rebuild decides: cell types, ids, sources and our metadata."""
    return [(c.cell_type, c.get("id"), (c.metadata.get("goteach") or {}).get("template", c.source),
             c.metadata.get("goteach")) for c in nb.cells] + [
        ("notebook", nb.metadata.get("goteach"), nb.metadata.get("title"))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="build only notebooks whose name starts with these")
    ap.add_argument("--check", action="store_true",
                    help="compare the committed notebooks with their sources instead of writing")
    args = ap.parse_args()
    paths = [p for p in sources() if not args.names or any(p.stem.startswith(n) for n in args.names)]
    if not paths:
        print("build: no sources match", file=sys.stderr)
        return 2
    stale = []
    for path in paths:
        nb = build(path)
        out = target(path)
        if args.check:
            if not out.exists() or comparable(nbformat.read(out, as_version=4)) != comparable(nb):
                stale.append(out.name)
            continue
        nbformat.write(nb, out)
        print(f"build: {out.relative_to(HERE.parent)} ({len(nb.cells)} cells)")
    if stale:
        print("build: out of date with notebooks/src (run build.py, then run.py): " + ", ".join(stale),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
