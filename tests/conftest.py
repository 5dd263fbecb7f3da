"""Shared fixtures: a freshly built goteach kernelspec, a running kernel and a
client connected to it.

Before the first test that needs the kernel, the kernel is built and its
kernelspec installed into a temporary prefix with `go run ./install --prefix`,
and that prefix is put first in JUPYTER_PATH, so the tests always run the
kernel of this checkout, never an older installed one. Set
GOTEACH_TEST_KERNELSPEC=installed to use the `goteach` kernelspec Jupyter
already finds instead.

The build runs outside the per-test time limit (it can take minutes on a cold
Go build cache); when it fails, every test that needs the kernel fails with
the build's output.

The tutorials of notebooks/ are executed once per session (the
`tutorial_runs` fixture), in the background and on first use: the nbclient
checks of test_notebooks.py and the browser checks of test_browser.py look
at the same executed copies, whichever runs first.
"""

from __future__ import annotations

import concurrent.futures
import copy
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
from jupyter_client.manager import KernelManager
from nbformat.sign import NotebookNotary

import run  # notebooks/run.py (pytest's pythonpath)
from checks import notebook_paths  # notebooks/checks.py

KERNEL_NAME = "goteach"
REPO = Path(__file__).resolve().parent.parent
# Playwright cannot download its own browser here: tests drive Debian's.
CHROMIUM = os.environ.get("GOTEACH_CHROMIUM", "/usr/bin/chromium")

_spec_key = pytest.StashKey[dict]()


def _needs_kernelspec(item: pytest.Item) -> bool:
    return "goteach_kernelspec" in getattr(item, "fixturenames", ())


def _report(config: pytest.Config, line: str) -> None:
    tr = config.pluginmanager.get_plugin("terminalreporter")
    if tr is not None:
        tr.write_line(line)


def _prepare_kernelspec(config: pytest.Config) -> dict:
    if os.environ.get("GOTEACH_TEST_KERNELSPEC") == "installed":
        try:
            spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
        except NoSuchKernel:
            return {"error": "GOTEACH_TEST_KERNELSPEC=installed, but Jupyter finds no "
                             f"'{KERNEL_NAME}' kernelspec: run `go run ./install --user`"}
        return {"dir": spec.resource_dir}

    prefix = tempfile.mkdtemp(prefix="goteach-kernelspec-")
    _report(config, f"building the goteach kernel into {prefix} (go run ./install --prefix)")
    try:
        proc = subprocess.run(
            ["go", "run", "./install", "--prefix", prefix],
            cwd=REPO, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True, timeout=1200,
        )
    except (OSError, subprocess.TimeoutExpired) as e:
        return {"prefix": prefix, "error": f"go run ./install --prefix {prefix}: {e}"}
    if proc.returncode != 0:
        return {"prefix": prefix,
                "error": f"the goteach kernel did not build or install "
                         f"(go run ./install exited {proc.returncode}):\n{proc.stdout}"}
    data = os.path.join(prefix, "share", "jupyter")
    old = os.environ.get("JUPYTER_PATH")
    os.environ["JUPYTER_PATH"] = data + (os.pathsep + old if old else "")
    return {"prefix": prefix, "dir": os.path.join(data, "kernels", KERNEL_NAME)}


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config,
                                  items: list[pytest.Item]) -> None:
    if config.option.collectonly or not any(_needs_kernelspec(i) for i in items):
        return
    config.stash[_spec_key] = _prepare_kernelspec(config)


def pytest_unconfigure(config: pytest.Config) -> None:
    prefix = config.stash.get(_spec_key, {}).get("prefix")
    if prefix:
        shutil.rmtree(prefix, ignore_errors=True)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """Turns a skip into a failure for tests marked `noskip`: the
    jupyter_kernel_test suite skips a check whose sample is missing or that
    the kernel says it does not support, and here every check must run."""
    rep = yield
    if rep.skipped and not hasattr(rep, "wasxfail") and item.get_closest_marker("noskip"):
        reason = rep.longrepr[2] if isinstance(rep.longrepr, tuple) else str(rep.longrepr)
        rep.outcome = "failed"
        rep.longrepr = f"skipped, but every test here must run: {reason}"
    return rep


@pytest.fixture(scope="session")
def goteach_kernelspec(request: pytest.FixtureRequest) -> str:
    """The directory of the goteach kernelspec that the tests use."""
    info = request.config.stash.get(_spec_key, None)
    if info is None:  # collected without the hook's help (should not happen)
        info = request.config.stash[_spec_key] = _prepare_kernelspec(request.config)
    if "error" in info:
        pytest.fail(info["error"], pytrace=False)
    return info["dir"]


@pytest.fixture
def km(goteach_kernelspec: str):
    """A running goteach kernel, shut down after the test."""
    manager = KernelManager(kernel_name=KERNEL_NAME)
    manager.start_kernel()
    yield manager
    if manager.has_kernel:
        manager.shutdown_kernel(now=True)


@pytest.fixture
def kc(km: KernelManager):
    """A blocking client of km, ready (it answered kernel_info)."""
    client = km.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=20)
    except RuntimeError as e:
        client.stop_channels()
        pytest.fail(f"the goteach kernel did not become ready: {e}", pytrace=False)
    yield client
    client.stop_channels()


@pytest.fixture(scope="session")
def browser():
    """A headless Chromium (Debian's, installed by `make setup`) driven by
    Playwright."""
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"no browser at {CHROMIUM}: run `make setup` (Debian package chromium) "
                    "or set GOTEACH_CHROMIUM", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM)
        yield b
        b.close()


def lab_notary(tmp_path: Path) -> NotebookNotary:
    """The notary (signature store and secret) of the `jupyter_lab` server
    of the test whose temporary directory is tmp_path: a notebook signed
    with it opens trusted, so its stored SVG and HTML outputs are shown."""
    return NotebookNotary(db_file=str(tmp_path / "nbsignatures.db"),
                          secret_file=str(tmp_path / "notebook_secret"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def jupyter_lab(goteach_kernelspec: str, tmp_path: Path):
    """A JupyterLab server on 127.0.0.1 that sees the goteach kernelspec,
    serving tmp_path/root, with its notebook signatures in tmp_path (see
    lab_notary). Yields (base_url, token, root_dir); open
    f"{base_url}lab?token={token}" in the browser."""
    root = tmp_path / "root"
    root.mkdir()
    port, token = _free_port(), secrets.token_hex(16)
    notary = lab_notary(tmp_path)
    log = open(tmp_path / "jupyter-lab.log", "w")  # noqa: SIM115 (closed when the server stops)
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--allow-root",
         "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
         "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
         f"--ServerApp.root_dir={root}",
         f"--NotebookNotary.db_file={notary.db_file}",
         f"--NotebookNotary.secret_file={notary.secret_file}"],
        stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 20
        while True:
            if proc.poll() is not None:
                pytest.fail(f"jupyter lab exited with {proc.returncode}:\n"
                            + (tmp_path / "jupyter-lab.log").read_text(), pytrace=False)
            try:
                with urllib.request.urlopen(f"{base}api/status?token={token}", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("jupyter lab did not answer within 20 s", pytrace=False)
                time.sleep(0.2)
        yield base, token, root
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


# --- the tutorials, executed once per session --------------------------------

NOTEBOOK_JOBS = int(os.environ.get("GOTEACH_NOTEBOOK_JOBS", "2"))
CELL_TIMEOUT = 300  # seconds for one cell; the slowest needs about 30
RUN_TIMEOUT = 900  # for a test that waits for a notebook run


class Runs:
    """Executes the tutorials in the background, a few at a time, each once
    per test session; result(name) waits for one. The first call starts
    them all, longest first."""

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
        """(notebook, seconds of each cell by index, pid of the process the
        cells ran in, seconds in all) of the run of notebooks/<name>. The
        notebook is shared by every test: copy it before changing it."""
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
def tutorial_runs(goteach_kernelspec):
    """The session's one execution of each tutorial (see Runs)."""
    r = Runs()
    yield r
    r.shutdown()


IMAGE_TYPES = ("image/png", "image/svg+xml", "image/jpeg")


def output_kinds(nb: nbformat.NotebookNode) -> list[dict]:
    """For each code cell of nb: whether it has outputs, an image, an error
    or stderr text."""
    out = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        outs = cell.get("outputs", [])
        out.append({
            "any": bool(outs),
            "image": any(k in o.get("data", {}) for o in outs for k in IMAGE_TYPES),
            "err": any(o.output_type == "error" or (o.output_type == "stream" and o.name == "stderr") for o in outs),
        })
    return out
