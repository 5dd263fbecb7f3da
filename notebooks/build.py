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
  tests use; `include=_helpers.gocell` takes the cell's code from that file.
* Everything else is Markdown. A line <!-- cell --> starts a new Markdown
  cell; a Go cell also ends the Markdown cell before it.

Cell ids are derived from the notebook name and the cell's position, so a
rebuild of an unchanged source gives the same file. `run.py` then executes
the notebooks and stores their outputs.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import nbformat

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

KERNELSPEC = {"name": "goteach", "display_name": "Go (goteach)", "language": "go"}

_META = re.compile(r"^<!--\s*(.*?)\s*-->$")
_FENCE = re.compile(r"^```go(?:\s+(.*))?$")
_SPLIT = "<!-- cell -->"


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
            cells.append(nbformat.v4.new_markdown_cell(text))

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
            cell = nbformat.v4.new_code_cell(code)
            if "ref" in attrs:
                cell.metadata["goteach"] = {"ref": f"{meta['seed']}/{attrs.pop('ref')}.py"}
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
    return [(c.cell_type, c.get("id"), c.source, c.metadata.get("goteach")) for c in nb.cells] + [
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
