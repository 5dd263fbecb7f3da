#!/usr/bin/env python3
"""Regenerates the tutorials' reference data, notebooks/reference/<seed>.json,
from the seed material: the original articles (original/), the runnable
Python of each cell (python/<seed>/NN.py) and the outputs CPython printed for
them (REFERENCE.md: several runs of each script on a terminal and to a pipe).

    python3 notebooks/reference/generate.py SEEDS_DIR          # write the JSON files
    python3 notebooks/reference/generate.py SEEDS_DIR --check  # exit 1 if they differ

Everything the tests and the benchmarks need from that material is in the
JSON files, so a clone needs nothing beside it. Each file holds:

* "seed" and "original": the seed's id and the name of its article;
* "prose": the lines of the article a notebook must keep (every line with
  Chinese text; every line of an English article), blank lines and the
  article's `In [n]` prompts left out;
* "cells": per Python cell ("01.py", ...): "what" it does, its "python"
  source (the script run as the reference), "deterministic" (what of its
  output is fixed, in the reference's words), "runtime" (median seconds of
  the reference runs, when recorded) and "runs" (run label -> output).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CJK = re.compile(r"[\u3400-\u9fff]")


def parse_reference(text: str) -> dict[str, dict]:
    """REFERENCE.md: one `## <seed>/NN.py` section per cell, bullet lines,
    then fenced outputs, each after a `<label> run:` line (the first fence
    has none: it is "tty run 0")."""
    refs: dict[str, dict] = {}
    for section in re.split(r"^## ", text, flags=re.M)[1:]:
        head, _, body = section.partition("\n")
        lines = body.split("\n")
        bullets = [line[2:] for line in lines if line.startswith("- ")]
        entry: dict = {"what": bullets[0] if bullets else "", "deterministic": "", "runs": {}}
        for b in bullets:
            if b.startswith("deterministic: "):
                entry["deterministic"] = b[len("deterministic: "):]
            m = re.match(r"runtime median ([0-9.]+)s", b)
            if m:
                entry["runtime"] = float(m.group(1))
        label = "tty run 0"
        i = 0
        while i < len(lines):
            line = lines[i]
            if line == "```":
                j = lines.index("```", i + 1)
                block = "\n".join(lines[i + 1:j])
                entry["runs"][label] = "" if block == "(no output)" else block + "\n"
                i = j + 1
                continue
            if line.endswith(" run:") or re.fullmatch(r"tty run \d+:", line):
                label = line[:-1]
            i += 1
        refs[head.strip()] = entry
    return refs


def prose_lines(text: str) -> list[str]:
    english = not CJK.search(text)
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("# coding") or line.startswith("In ["):
            continue
        if english or CJK.search(line):
            out.append(line)
    return out


def build(seeds: Path) -> dict[str, str]:
    """Returns file name -> JSON text for every seed."""
    refs = parse_reference((seeds / "REFERENCE.md").read_text(encoding="utf-8"))
    files = {}
    for original in sorted((seeds / "original").iterdir()):
        seed = original.name.split(".")[0]
        cells = {}
        for script in sorted((seeds / "python" / seed).glob("*.py")):
            ref = refs.get(f"{seed}/{script.name}")
            if ref is None:
                raise SystemExit(f"REFERENCE.md has no section for {seed}/{script.name}")
            cells[script.name] = {"python": script.read_text(encoding="utf-8"), **ref}
        data = {
            "seed": seed,
            "original": original.name,
            "prose": prose_lines(original.read_text(encoding="utf-8")),
            "cells": cells,
        }
        files[f"{seed}.json"] = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    return files


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("seeds", type=Path, help="the seed material: REFERENCE.md, original/, python/")
    ap.add_argument("--check", action="store_true", help="compare instead of writing")
    args = ap.parse_args()
    files = build(args.seeds)
    stale = []
    for name, text in files.items():
        path = HERE / name
        if args.check:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
    extra = sorted(p.name for p in HERE.glob("*.json") if p.name not in files)
    if args.check and (stale or extra):
        print("out of date: " + ", ".join(stale + extra), file=sys.stderr)
        return 1
    for name in extra:
        (HERE / name).unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
