"""JupyterLab 4 in Debian's headless Chromium, used the way a student uses
it: open a notebook, pick the Go (goteach) kernel, run every cell, see
the outputs (text, charts, progress bars), interrupt a runaway cell, ask
for completions, answer an input prompt and restart the kernel from the
menu. The tutorials are not run again here: each test opens the copy the
session already executed (the `tutorial_runs` fixture, shared with
test_notebooks.py) and checks what only the page shows.

Every step leaves a screenshot in tests/artifacts/ (not tracked by git).
Each test starts its own JupyterLab (the `jupyter_lab` fixture) with
settings and workspaces in the test's temporary directory, so nothing the
user saved in ~/.jupyter changes what the page shows.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import nbformat
import pytest
from conftest import CHROMIUM, IMAGE_TYPES, RUN_TIMEOUT, lab_notary, output_kinds
from playwright.sync_api import expect

pytestmark = pytest.mark.usefixtures("goteach_kernelspec")

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))

KERNEL_DISPLAY_NAME = "Go (goteach)"
KERNELSPEC = {"name": "goteach", "display_name": KERNEL_DISPLAY_NAME, "language": "go"}

# Chromium without anything that reaches out to the network or needs a
# GPU or a sandbox (the tests may run as root in a container).
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

# Waits on the page, in milliseconds. They are generous: a cold kernel
# start on a busy machine takes seconds.
STEP = 30_000


@pytest.fixture(scope="module")
def chromium(browser):
    """Debian's Chromium with the flags above, launched through the
    Playwright instance of the shared `browser` fixture (Playwright's sync
    API allows one instance per thread)."""
    b = browser.browser_type.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield b
    b.close()


@pytest.fixture(autouse=True)
def lab_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keeps JupyterLab's settings and workspaces in tmp_path (set before
    the `jupyter_lab` fixture starts the server) and turns off the news
    prompt, which would cover part of every screenshot."""
    settings = tmp_path / "lab-settings"
    notification = settings / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    notification.parent.mkdir(parents=True)
    notification.write_text(json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    monkeypatch.setenv("JUPYTERLAB_SETTINGS_DIR", str(settings))
    monkeypatch.setenv("JUPYTERLAB_WORKSPACES_DIR", str(tmp_path / "lab-workspaces"))


def shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


def scroll_to(locator) -> None:
    """Scrolls locator to the middle of the view and waits until it stays
    there: JupyterLab renders cells far out of view lazily, and cells that
    get rendered change their height and move what is below them."""
    locator.wait_for(state="attached")
    locator.page.wait_for_function(
        """el => new Promise(done => {
            const visible = () => { const r = el.getBoundingClientRect();
                return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; };
            let steady = 0;
            const step = () => {
                if (visible()) { if (++steady >= 3) { done(true); return; } }
                else { steady = 0; el.scrollIntoView({block: "center"}); }
                requestAnimationFrame(step);
            };
            step();
        })""",
        arg=locator.element_handle(), timeout=STEP)


def write_notebook(path: Path, cells: list[str], kernelspec: bool = True) -> None:
    nb = nbformat.v4.new_notebook()
    if kernelspec:
        nb.metadata["kernelspec"] = KERNELSPEC
    nb.cells = [nbformat.v4.new_code_cell(src) for src in cells]
    nbformat.write(nb, path)


# JavaScript predicates over the open notebook's input prompts ("[3]:",
# "[*]:" while queued or running, "[ ]:" never run or aborted).
_PROMPTS = "[...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputPrompt')].map(p => p.textContent.trim())"
_ANY_RUNNING = f"() => {_PROMPTS}.some(t => t.includes('*'))"
_STARTED_OR_DONE = f"() => {{ const ps = {_PROMPTS}; return ps.some(t => t.includes('*')) || (ps.length > 0 && ps.every(t => /^\\[\\d+\\]:$/.test(t))); }}"
_NONE_RUNNING = f"() => !{_PROMPTS}.some(t => t.includes('*'))"


class Notebook:
    """An open notebook in the page."""

    def __init__(self, page):
        self.page = page
        self.panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")
        self.cells = self.panel.locator(".jp-Notebook .jp-CodeCell")

    @classmethod
    def open(cls, page, lab, path: str, choose_kernel: bool = False) -> Notebook:
        base, token, _ = lab
        page.goto(f"{base}lab/tree/{path}?token={token}&reset")
        if choose_kernel:
            dialog = page.locator(".jp-Dialog")
            dialog.wait_for(timeout=STEP)
            dialog.locator("select").select_option(label=KERNEL_DISPLAY_NAME)
            dialog.locator(".jp-mod-accept").click()
            dialog.wait_for(state="detached", timeout=STEP)
        nb = cls(page)
        # "No Kernel" (and an idle indicator) until the session is up.
        kernel_name = nb.panel.locator(".jp-NotebookPanel-toolbar .jp-Toolbar-kernelName").first
        expect(kernel_name).to_have_text(KERNEL_DISPLAY_NAME, timeout=STEP)
        nb.wait_idle()
        return nb

    def status(self):
        return self.panel.locator(".jp-Notebook-ExecutionIndicator")

    def wait_idle(self, timeout: float = STEP) -> None:
        self.panel.locator(".jp-Notebook-ExecutionIndicator[data-status=idle]").wait_for(timeout=timeout)

    def menu(self, menu: str, command: str) -> None:
        self.page.locator(".lm-MenuBar-item", has_text=menu).first.click()
        self.page.locator(f'.lm-Menu li[data-command="{command}"]').click()

    def run_all(self, timeout: float = STEP) -> None:
        """Run > Run All Cells, then waits until no cell is queued or
        running."""
        self.menu("Run", "runmenu:run-all")
        self.page.wait_for_function(_STARTED_OR_DONE, timeout=STEP, polling=50)
        self.page.wait_for_function(_NONE_RUNNING, timeout=timeout, polling=200)
        self.wait_idle()

    def prompts(self) -> list[str]:
        # textContent, not innerText: cells scrolled far out of view are
        # not rendered (content-visibility), so their innerText is empty.
        return [t.strip() for t in self.cells.locator(".jp-InputPrompt").all_text_contents()]

    def output(self, i: int):
        return self.cells.nth(i).locator(".jp-OutputArea")

    def run_cell(self, i: int) -> None:
        """Selects cell i (command mode) and runs it with Shift+Enter."""
        self.cells.nth(i).locator(".jp-InputPrompt").click()
        self.page.keyboard.press("Shift+Enter")


def expect_text(locator, text: str, timeout: float = STEP) -> None:
    expect(locator).to_contain_text(text, timeout=timeout)


def loaded_images(locator) -> list[dict]:
    """The images under locator that really loaded, with their shown and
    natural sizes."""
    return locator.locator("img").evaluate_all(
        "imgs => imgs.filter(i => i.complete && i.naturalWidth > 0)"
        ".map(i => ({w: i.width, nw: i.naturalWidth, nh: i.naturalHeight, src: i.src.slice(0, 30)}))")


CHARTS_CELLS = [
    'import (\n\t"fmt"\n\t"time"\n\n\t"gonum.org/v1/plot"\n\t"gonum.org/v1/plot/plotter"\n\t"gonum.org/v1/plot/plotutil"\n'
    '\t"gonum.org/v1/plot/vg"\n\n\t"github.com/goteach/goteach/kernel/chart"\n\t"github.com/goteach/goteach/kernel/display"\n'
    '\tmp "github.com/goteach/goteach/mpkit"\n)',
    "squares := []int{}\nfor i := 0; i < 10; i++ {\n\tsquares = append(squares, i*i)\n}\nfmt.Println(squares)",
    # a line plot with points, as the cell's result
    'p := plot.New()\np.Title.Text = "squares"\nxys := make(plotter.XYs, len(squares))\nfor i, v := range squares {\n'
    "\txys[i] = plotter.XY{X: float64(i), Y: float64(v)}\n}\n"
    'if err := plotutil.AddLinePoints(p, "n²", xys); err != nil {\n\tpanic(err)\n}\nchart.Of(p)',
    # a bar chart and a scatter plot shown from the middle of a cell
    'bars := plot.New()\nb, _ := plotter.NewBarChart(plotter.Values{3, 5, 2}, vg.Points(40))\nbars.Add(b)\n'
    'bars.NominalX("a", "b", "c")\nchart.Show(bars)\nscatter := plot.New()\ns, _ := plotter.NewScatter(xys)\n'
    'scatter.Add(s)\nchart.Show(scatter)\nfmt.Println("two charts")',
    'chart.Timings(map[string]time.Duration{\n\t"normal":     1800 * time.Millisecond,\n'
    '\t"goroutines": 650 * time.Millisecond,\n\t"processes":  980 * time.Millisecond,\n})',
    'bar := display.ProgressBar("by hand")\nfor i := 1; i <= 30; i++ {\n\ttime.Sleep(10 * time.Millisecond)\n\tbar(i, 30)\n}',
    "func cube(x int) int {\n\ttime.Sleep(20 * time.Millisecond)\n\treturn x * x * x\n}\npool := mp.NewPool(2)\n"
    'pool.OnProgress(display.ProgressBar("cubes"))\nfmt.Println(pool.Map(cube, mp.Range(12)))',
]


@pytest.mark.timeout(180)
def test_new_notebook_runs_with_charts_and_progress(jupyter_lab, chromium):
    """A notebook without a kernel: choose Go (goteach) in the dialog, run
    all cells, and find the printed squares, four charts and two progress
    bars that reached the end (updated in place, one bar per cell)."""
    _, _, root = jupyter_lab
    write_notebook(root / "charts.ipynb", CHARTS_CELLS, kernelspec=False)
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.set_default_timeout(STEP)
        nb = Notebook.open(page, jupyter_lab, "charts.ipynb", choose_kernel=True)
        shot(page, "browser-01-kernel-chosen")
        nb.run_all(timeout=120_000)
        assert all(re.fullmatch(r"\[\d+\]:", p) for p in nb.prompts()), nb.prompts()
        expect_text(nb.output(1), "[0 1 4 9 16 25 36 49 64 81]")
        expect_text(nb.output(3), "two charts")
        # The pool's last progress report may land just after the cell.
        complete = nb.panel.locator(".goteach-progress[data-complete=true]")
        complete.nth(1).wait_for(timeout=STEP)
        assert nb.output(5).locator(".goteach-progress").count() == 1
        assert nb.output(6).locator(".goteach-progress").count() == 1
        expect_text(nb.output(6), "[0 1 8 27 64 125 216 343 512 729 1000 1331]")

        for i, want in ((2, 1), (3, 2), (4, 1)):
            imgs = loaded_images(nb.output(i))
            assert len(imgs) == want, (i, imgs)
            for img in imgs:
                # Drawn at twice the size it is shown at (sharp on HiDPI).
                assert img["src"].startswith("data:image/png"), img
                assert img["nw"] == 2 * img["w"] == 1152, img
        scroll_to(nb.output(2).locator("img"))
        shot(page, "browser-02-line-chart")
        nb.output(4).locator("img").screenshot(path=str(ARTIFACTS / "browser-03-timings-chart.png"))
        scroll_to(nb.output(6))
        shot(page, "browser-04-progress-bars")
    finally:
        page.close()


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _svg_size(svg: str) -> tuple[int, int] | None:
    """The width and height an SVG output declares (whole pixels), if any."""
    m = re.search(r"<svg\b[^>]*>", svg)
    w = m and re.search(r'\swidth="(\d+)"', m.group(0))
    h = m and re.search(r'\sheight="(\d+)"', m.group(0))
    return (int(w.group(1)), int(h.group(1))) if w and h else None


def _rendering_problems(nb: Notebook, cells: list, kinds: list[dict]) -> list[str]:
    """What of the stored outputs of cells (the notebook's code cells, with
    their output_kinds) the page does not show as it should."""
    problems = []
    for i, (cell, want) in enumerate(zip(cells, kinds, strict=True)):
        area = nb.output(i)
        n_out = area.locator(".jp-OutputArea-output").count()
        if n_out != len(cell.outputs):
            problems.append(f"cell {i}: {n_out} outputs shown, the notebook has {len(cell.outputs)}")
        # textContent: cells far out of view are not laid out (content-visibility)
        shown = _normalise(area.text_content() or "")
        for marker in ("Javascript Error", "No renderer could be found", "Cannot display an untrusted"):
            if marker in shown:
                problems.append(f"cell {i}: {marker}: {shown[:300]!r}")
        has_err = area.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]').count() > 0
        if has_err and not want["err"]:
            problems.append(f"cell {i}: error or stderr output: {shown[:500]!r}")
        images = []
        for o in cell.outputs:
            data = o.get("data", {})
            if o.output_type == "stream":
                text = o.text
            elif any(k in data for k in IMAGE_TYPES):
                images.append(_svg_size(data["image/svg+xml"]) if "image/svg+xml" in data else None)
                continue
            elif set(data) == {"text/plain"}:
                text = data["text/plain"]
            else:
                continue  # shown by a richer renderer than text
            if _normalise(text) not in shown:
                problems.append(f"cell {i}: the page does not show {_normalise(text)[:200]!r}")
        if not images:
            continue
        try:
            area.page.wait_for_function(
                "([el, n]) => [...el.querySelectorAll('img')].filter(i => i.complete && i.naturalWidth > 0).length >= n",
                arg=[area.element_handle(), len(images)], timeout=STEP)
        except Exception:
            problems.append(f"cell {i}: {len(loaded_images(area))} images loaded, the notebook has {len(images)}")
            continue
        for size, img in zip(images, loaded_images(area), strict=False):
            if size and (img["nw"], img["nh"]) != size:
                problems.append(f"cell {i}: image of {img['nw']}x{img['nh']}, the chart is {size[0]}x{size[1]}")
    return problems


@pytest.mark.timeout(RUN_TIMEOUT + 120)
@pytest.mark.parametrize("path", NOTEBOOKS or [None], ids=lambda p: p.stem if p else "none")
def test_tutorial_renders_in_lab(path, tutorial_runs, jupyter_lab, chromium, tmp_path):
    """Each tutorial as the session's run left it (test_notebooks.py checks
    that run's outputs), opened in the page: every cell shows its execution
    count, every output is there (text as printed, charts as loaded images
    of the chart's size), nothing renders as an error or as stderr text the
    run did not print, and the kernel connects: a cell added after the last
    code cell runs."""
    assert path is not None, "notebooks/ holds no .ipynb file: the tutorials must be there"
    _, _, root = jupyter_lab
    nbformat.write(copy.deepcopy(tutorial_runs.result(path.name)[0]), root / path.name)
    executed = nbformat.read(root / path.name, as_version=4)
    lab_notary(tmp_path).sign(executed)  # its outputs are the run's: trusted
    cells = [c for c in executed.cells if c.cell_type == "code"]
    kinds = output_kinds(executed)
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.set_default_timeout(STEP)
        nb = Notebook.open(page, jupyter_lab, path.name)
        expect(nb.cells).to_have_count(len(cells), timeout=STEP)
        prompts = nb.prompts()
        assert prompts == [f"[{c.execution_count}]:" for c in cells], f"execution counts shown: {prompts}"
        problems = _rendering_problems(nb, cells, kinds)
        shot(page, f"browser-notebook-{path.stem}-opened")
        assert not problems, "\n".join(problems)
        for i, want in enumerate(kinds):
            if want["image"]:
                scroll_to(nb.output(i).locator("img").first)
                shot(page, f"browser-notebook-{path.stem}-image")
                break

        last = nb.cells.nth(len(cells) - 1).locator(".jp-InputPrompt")
        scroll_to(last)
        last.click()
        page.keyboard.press("b")  # command mode: a new cell below
        expect(nb.cells).to_have_count(len(cells) + 1, timeout=STEP)
        nb.cells.nth(len(cells)).locator(".cm-content").click()
        page.keyboard.type("6 * 7")
        page.keyboard.press("Shift+Enter")
        expect_text(nb.output(len(cells)), "42")
        page.wait_for_function(_NONE_RUNNING, timeout=STEP)
        assert nb.prompts()[len(cells)] == "[1]:", nb.prompts()
        shot(page, f"browser-notebook-{path.stem}-new-cell")
    finally:
        page.close()


INTERACTIVE_CELLS = [
    'import "fmt"',
    'x := 42\nfmt.Println("x is", x)',
    "for {\n}",
    'fmt.Println("still", x)',
    'var name string\nfmt.Print("name? ")\nfmt.Scan(&name)\nfmt.Println("hello,", name)',
    "",
]


def _interactive(jupyter_lab, chromium, name: str):
    _, _, root = jupyter_lab
    write_notebook(root / f"{name}.ipynb", INTERACTIVE_CELLS)
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(STEP)
    return page, Notebook.open(page, jupyter_lab, f"{name}.ipynb")


@pytest.mark.timeout(120)
def test_interrupt_button_keeps_state(jupyter_lab, chromium):
    """Run all stops in `for {}`; the toolbar's interrupt button ends it,
    the kernel goes idle, and x, set before, is still there."""
    page, nb = _interactive(jupyter_lab, chromium, "interrupt")
    try:
        nb.menu("Run", "runmenu:run-all")
        expect_text(nb.output(1), "x is 42")
        page.wait_for_function(_ANY_RUNNING, timeout=STEP)
        assert nb.prompts()[2] == "[*]:"
        shot(page, "browser-05-running-loop")
        nb.panel.locator(".jp-NotebookPanel-toolbar [data-jp-item-name=interrupt] jp-button").click()
        page.wait_for_function(_NONE_RUNNING, timeout=STEP)
        nb.wait_idle()
        expect_text(nb.output(2), "interrupted")
        shot(page, "browser-06-interrupted")
        nb.run_cell(3)
        expect_text(nb.output(3), "still 42")
        shot(page, "browser-07-state-kept")
    finally:
        page.close()


@pytest.mark.timeout(120)
def test_tab_completion_offers_println(jupyter_lab, chromium):
    """fmt.Pr + Tab opens the completer with Print, Printf and Println."""
    page, nb = _interactive(jupyter_lab, chromium, "complete")
    try:
        nb.run_cell(0)
        page.wait_for_function(_NONE_RUNNING, timeout=STEP)
        assert nb.prompts()[0] == "[1]:"
        nb.cells.nth(5).locator(".cm-content").click()
        page.keyboard.type("fmt.Pr")
        completer = page.locator(".jp-Completer:not(.lm-mod-hidden)")
        # JupyterLab drops a completer that opens while the page is still
        # laying out the cell above; Tab again asks again.
        for attempt in range(3):
            page.keyboard.press("Tab")
            try:
                completer.wait_for(timeout=5_000 * (attempt + 1))
                break
            except Exception:
                if attempt == 2:
                    raise
        names = completer.locator(".jp-Completer-item").evaluate_all("items => items.map(i => i.dataset.value)")
        assert {"Print", "Printf", "Println"} <= set(names), names
        shot(page, "browser-08-completer")
        completer.locator('.jp-Completer-item[data-value="Println"]').click()
        page.keyboard.type('("done")')
        page.keyboard.press("Shift+Enter")
        expect_text(nb.output(5), "done")
    finally:
        page.close()


@pytest.mark.timeout(120)
def test_input_prompt_answered_in_page(jupyter_lab, chromium):
    """fmt.Scan asks the page for input: an input box appears under the
    cell, and what is typed there reaches the cell."""
    page, nb = _interactive(jupyter_lab, chromium, "stdin")
    try:
        nb.run_cell(0)
        nb.run_cell(4)
        box = nb.panel.locator(".jp-Stdin-input")
        box.wait_for()
        expect_text(nb.output(4), "name?")
        box.fill("Gopher")
        shot(page, "browser-09-input-prompt")
        box.press("Enter")
        expect_text(nb.output(4), "hello, Gopher")
        page.wait_for_function(_NONE_RUNNING, timeout=STEP)
        shot(page, "browser-10-input-answered")
    finally:
        page.close()


@pytest.mark.timeout(120)
def test_restart_from_menu(jupyter_lab, chromium):
    """Kernel > Restart Kernel…: the kernel restarts, comes back idle, and
    runs cells again with a fresh session (the count starts over)."""
    page, nb = _interactive(jupyter_lab, chromium, "restart")
    try:
        nb.run_cell(0)
        nb.run_cell(1)
        expect_text(nb.output(1), "x is 42")
        nb.menu("Kernel", "kernelmenu:restart")
        dialog = page.locator(".jp-Dialog")
        dialog.wait_for()
        assert "Restart" in dialog.inner_text()
        shot(page, "browser-11-restart-dialog")
        # Notes every status the kernel goes through from here on, so the
        # wait below cannot be satisfied by the idle state before the restart.
        nb.status().evaluate(
            "el => { window.__statuses = []; new MutationObserver(() => window.__statuses.push(el.dataset.status))"
            ".observe(el, {attributes: true, attributeFilter: ['data-status']}); }")
        dialog.locator(".jp-mod-accept").click()
        dialog.wait_for(state="detached")
        page.wait_for_function(
            "() => window.__statuses.some(s => s !== 'idle') && window.__statuses[window.__statuses.length - 1] === 'idle'",
            timeout=STEP)
        shot(page, "browser-12-restarted")
        nb.run_cell(3)
        # A fresh session: x is gone, so the cell fails to compile.
        expect_text(nb.output(3), "undefined")
        nb.run_cell(0)
        nb.run_cell(1)
        expect_text(nb.output(1), "x is 42")
        page.wait_for_function(_NONE_RUNNING, timeout=STEP)
        assert nb.prompts()[1] == "[3]:", nb.prompts()
        shot(page, "browser-13-after-restart")
    finally:
        page.close()
