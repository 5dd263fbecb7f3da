"""scripts/export.sh (`make export`): the five tutorials, as stored with their
outputs, become HTML, Markdown and PDF (typeset by xelatex) teaching material."""

from __future__ import annotations

import re
import subprocess
import zlib
from pathlib import Path

import nbformat
import pypdf
import pytest

REPO = Path(__file__).resolve().parent.parent


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


# The first test waits for the export of all five (xelatex, about a minute).
pytestmark = pytest.mark.timeout(600)

NOTEBOOKS = sorted((REPO / "notebooks").glob("[0-9][0-9]-*.ipynb"))


def charts(path: Path) -> int:
    """How many images the stored notebook shows."""
    nb = nbformat.read(path, as_version=4)
    return sum(
        any(k.startswith("image/") for k in out.get("data", {}))
        for cell in nb.cells if cell.cell_type == "code"
        for out in cell.outputs
    )


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    """make export of the five tutorials, done once: the output directory."""
    out = tmp_path_factory.mktemp("export") / "build"
    proc = subprocess.run(["bash", "scripts/export.sh", "notebooks", str(out)],
                          cwd=REPO, capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out


def test_the_five_tutorials_export_to_fifteen_files(exported):
    assert len(NOTEBOOKS) == 5
    for fmt, ext in (("html", ".html"), ("markdown", ".md"), ("pdf", ".pdf")):
        got = sorted(p.name for p in (exported / fmt).iterdir() if p.suffix == ext)
        assert got == [p.stem + ext for p in NOTEBOOKS], fmt


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name[:2])
def test_html_highlights_go_and_shows_the_charts(exported, path):
    html = (exported / "html" / (path.stem + ".html")).read_text(encoding="utf-8")
    nb = nbformat.read(path, as_version=4)
    go_cells = sum(c.cell_type == "code" for c in nb.cells)
    assert html.count('class="highlight hl-go"') == go_cells, "every Go cell is highlighted as Go"
    assert html.count("<img ") >= charts(path)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name[:2])
def test_markdown_keeps_go_fences(exported, path):
    md = (exported / "markdown" / (path.stem + ".md")).read_text(encoding="utf-8")
    nb = nbformat.read(path, as_version=4)
    # Code cells are fences at the start of a line; Go programs quoted in the
    # prose (the take-home program, in a "> " block) are not counted.
    assert len(re.findall(r"^```go", md, re.M)) == sum(c.cell_type == "code" for c in nb.cells)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name[:2])
def test_pdf_has_the_fonts_and_the_charts(exported, path):
    pdf = (exported / "pdf" / (path.stem + ".pdf")).read_bytes()
    assert pdf.startswith(b"%PDF")
    streams = pdf_streams(pdf)
    # A Noto CJK font is embedded, so the Chinese text is really there.
    assert any(b"/BaseFont" in s and b"CJK" in s for s in streams), "no CJK font in the PDF"
    # Each chart (an SVG output, converted to PDF) is an embedded form.
    forms = sum(len(re.findall(rb"/Subtype\s*/Form", s)) for s in streams)
    assert forms >= charts(path), f"{forms} embedded figures, {charts(path)} charts"


def test_no_character_lacks_a_glyph(exported):
    log = (exported / "pdf" / "xelatex.log").read_text(encoding="utf-8", errors="replace")
    assert "Output written on" in log
    assert "Missing character" not in log


def pdf_text(exported: Path, path: Path) -> str:
    reader = pypdf.PdfReader(exported / "pdf" / (path.stem + ".pdf"))
    return "\n".join(page.extract_text() for page in reader.pages)


def list_items(path: Path) -> int:
    """Bullet items of the notebook's prose (outside code fences)."""
    nb = nbformat.read(path, as_version=4)
    n = 0
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        fence = False
        for line in cell.source.splitlines():
            if line.lstrip("> ").startswith("```"):
                fence = not fence
            if not fence and re.match(r"^(> ?)*[-*] ", line):
                n += 1
    return n


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name[:2])
def test_html_speaks_the_notebooks_language_and_describes_its_charts(exported, path):
    html = (exported / "html" / (path.stem + ".html")).read_text(encoding="utf-8")
    nb = nbformat.read(path, as_version=4)
    assert f'<html lang="{nb.metadata.goteach.language}">' in html
    assert "No description has been provided" not in html
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            text = out.get("data", {}).get("text/plain", "")
            if "image/svg+xml" in out.get("data", {}) and text.startswith("<bars "):
                title = text[len("<bars "):].split(";")[0].strip('"')
                assert re.search(r'<img [^>]*alt="' + re.escape(title) + ";", html), title


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name[:2])
def test_pdf_reads_as_a_handout(exported, path):
    """Latin text in a Latin font and Chinese in a CJK one; the tutorials'
    own heading numbers not numbered again ("1.3 1. Create a process");
    every bullet of the prose kept as a bullet."""
    reader = pypdf.PdfReader(exported / "pdf" / (path.stem + ".pdf"))
    fonts = {str(f.get_object()["/BaseFont"]) for page in reader.pages
             for f in page["/Resources"].get("/Font", {}).values()}
    assert any("DejaVuSerif" in f for f in fonts), fonts
    assert any("NotoSerifCJK" in f for f in fonts), fonts
    text = pdf_text(exported, path)
    assert not re.findall(r"^[ \t]*\d+(?:\.\d+)*[ \t]+\d+\.[ \t]", text, re.M)
    bullets = sum(line.lstrip().startswith("•") for line in text.splitlines())
    assert bullets == list_items(path)


def test_export_without_notebooks_fails(tmp_path):
    proc = subprocess.run(
        ["bash", "scripts/export.sh", str(tmp_path), str(tmp_path / "out")],
        cwd=REPO, capture_output=True, text=True, timeout=28,
    )
    assert proc.returncode != 0
    assert "no notebooks" in proc.stderr
