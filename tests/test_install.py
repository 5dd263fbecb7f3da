"""The installed kernelspec as Jupyter sees it: `go run ./install --prefix`
(run by conftest.py) and JUPYTER_PATH make `jupyter kernelspec list` show
goteach, with a runnable binary and real logos."""

from __future__ import annotations

import base64
import json
import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytestmark = pytest.mark.usefixtures("goteach_kernelspec")


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_jupyter_lists_the_kernelspec(goteach_kernelspec):
    out = subprocess.run(
        [sys.executable, "-m", "jupyter", "kernelspec", "list", "--json"],
        check=True, capture_output=True, text=True, timeout=60,
    ).stdout
    specs = json.loads(out)["kernelspecs"]
    assert "goteach" in specs, f"jupyter kernelspec list shows {sorted(specs)}"
    entry = specs["goteach"]
    assert os.path.samefile(entry["resource_dir"], goteach_kernelspec)
    spec = entry["spec"]
    assert spec["display_name"] == "Go (goteach)"
    assert spec["language"] == "go"
    assert spec["interrupt_mode"] == "message"
    assert spec["metadata"] == {}
    argv = spec["argv"]
    assert argv[1:] == ["kernel", "-f", "{connection_file}"]
    binary = Path(argv[0])
    assert binary.is_absolute() and binary.parent == Path(goteach_kernelspec), argv
    assert os.access(binary, os.X_OK), f"{binary} is not executable"


def test_logos(goteach_kernelspec):
    d = Path(goteach_kernelspec)
    assert png_size(d / "logo-32x32.png") == (32, 32)
    assert png_size(d / "logo-64x64.png") == (64, 64)
    root = ET.parse(d / "logo-svg.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"


def test_svg_logo_looks_like_the_png(goteach_kernelspec, browser):
    """Chromium draws both logos on canvases; they must be the same picture."""
    d = Path(goteach_kernelspec)

    def data_url(name: str, mime: str) -> str:
        return f"data:{mime};base64," + base64.b64encode((d / name).read_bytes()).decode()

    page = browser.new_page()
    try:
        diff = page.evaluate(
            """async ([png, svg]) => {
                const load = src => new Promise((ok, fail) => {
                    const img = new Image(); img.onload = () => ok(img); img.onerror = fail; img.src = src;
                });
                const pixels = img => {
                    const c = document.createElement("canvas"); c.width = c.height = 64;
                    const ctx = c.getContext("2d"); ctx.drawImage(img, 0, 0, 64, 64);
                    return ctx.getImageData(0, 0, 64, 64).data;
                };
                const a = pixels(await load(png)), b = pixels(await load(svg));
                let sum = 0;
                for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
                return sum / a.length;
            }""",
            [data_url("logo-64x64.png", "image/png"), data_url("logo-svg.svg", "image/svg+xml")],
        )
    finally:
        page.close()
    # Anti-aliasing differs a little at the edges; a different picture is far off.
    assert diff < 3, f"mean channel difference {diff:.2f} between the PNG and the SVG logo"
