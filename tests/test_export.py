"""scripts/export.sh: a notebook with Go code, outputs and Chinese prose
becomes HTML, Markdown and a PDF typeset by xelatex."""

from __future__ import annotations

import os
import re
import subprocess
import zlib
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parent.parent


def sample_notebook() -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"name": "goteach", "display_name": "Go (goteach)", "language": "go"},
        "language_info": {"name": "go", "file_extension": ".go", "mimetype": "text/x-go",
                          "pygments_lexer": "go", "version": "1.26"},
    }
    nb.cells = [
        nbformat.v4.new_markdown_cell("# 建立 process\n\n用法和 threading 相同。Some *English* too."),
        nbformat.v4.new_code_cell(
            'import "fmt"\n// 佇列\nfmt.Println("hello, 世界")\n1 + 2',
            execution_count=1,
            outputs=[
                nbformat.v4.new_output("stream", name="stdout", text="hello, 世界\n"),
                nbformat.v4.new_output("execute_result", data={"text/plain": "3"}, execution_count=1),
            ],
        ),
    ]
    return nb


def pdf_streams(pdf: bytes) -> list[bytes]:
    """The PDF's raw and inflated streams (font names sit in compressed
    object streams)."""
    out = [pdf]
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        try:
            out.append(zlib.decompress(m.group(1)))
        except zlib.error:
            pass
    return out


def export(tmp_path: Path, fmt: str) -> Path:
    """Exports the sample notebook to fmt; returns the output directory."""
    src = tmp_path / "notebooks"
    src.mkdir()
    nbformat.write(sample_notebook(), src / "01-sample.ipynb")
    out = tmp_path / "build"
    proc = subprocess.run(
        ["bash", "scripts/export.sh", str(src), str(out)],
        cwd=REPO, capture_output=True, text=True, timeout=28,
        env={**os.environ, "FORMATS": fmt},
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert sorted(p.name for p in out.iterdir()) == [fmt]
    return out / fmt


def test_export_html(tmp_path):
    html = (export(tmp_path, "html") / "01-sample.html").read_text()
    assert "hello, 世界" in html and "建立 process" in html


def test_export_markdown(tmp_path):
    md = (export(tmp_path, "markdown") / "01-sample.md").read_text()
    assert "```go" in md and "hello, 世界" in md


def test_export_pdf(tmp_path):
    pdf = (export(tmp_path, "pdf") / "01-sample.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    # A Noto CJK font is embedded, so the Chinese text is really there.
    assert any(b"/BaseFont" in s and b"CJK" in s for s in pdf_streams(pdf)), "no CJK font in the PDF"


def test_export_without_notebooks_fails(tmp_path):
    proc = subprocess.run(
        ["bash", "scripts/export.sh", str(tmp_path), str(tmp_path / "out")],
        cwd=REPO, capture_output=True, text=True, timeout=28,
    )
    assert proc.returncode != 0
    assert "no notebooks" in proc.stderr
