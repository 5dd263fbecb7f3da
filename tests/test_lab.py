"""JupyterLab in Debian's Chromium: the launcher offers the goteach kernel
under its display name, with its logo."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.usefixtures("goteach_kernelspec")

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def test_server_serves_the_kernelspec(jupyter_lab):
    base, token, _ = jupyter_lab
    with urllib.request.urlopen(f"{base}api/kernelspecs?token={token}", timeout=10) as r:
        specs = json.load(r)["kernelspecs"]
    assert "goteach" in specs, sorted(specs)
    spec = specs["goteach"]
    assert spec["spec"]["display_name"] == "Go (goteach)"
    resources = spec["resources"]
    assert {"logo-32x32", "logo-64x64", "logo-svg"} <= set(resources), resources
    with urllib.request.urlopen(f"{base.rstrip('/')}{resources['logo-64x64']}?token={token}", timeout=10) as r:
        assert r.headers["Content-Type"] == "image/png"
        assert r.read()[:8] == b"\x89PNG\r\n\x1a\n"


def test_launcher_shows_goteach(jupyter_lab, browser):
    base, token, _ = jupyter_lab
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    try:
        page.set_default_timeout(15_000)
        page.goto(f"{base}lab?token={token}")
        card = page.locator('.jp-LauncherCard[title="Go (goteach)"]').first
        card.wait_for()
        logo = card.locator("img")
        logo.wait_for()
        # The logo image really loaded (naturalWidth is 0 for a broken image).
        assert logo.evaluate("img => img.complete && img.naturalWidth > 0")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "launcher.png"))
    finally:
        page.close()
