"""jupyter_kernel_test's conformance suite against the goteach kernel.

Every sample attribute is set, so every check of the suite runs; a check
that skips anyway (a sample missing after an upgrade of the suite, or the
kernel declining a history operation) fails the run: see the `noskip`
marker in conftest.py.

What the suite checks, as read from jupyter_kernel_test 0.7:

- every reply and IOPub message matches the protocol's JSON schema; after the
  reply the first IOPub message is `busy`, and no gap longer than 0.1 s comes
  before `idle`;
- completion: the *set* of `matches` equals the sample's, whatever
  `cursor_start` says. The samples here complete a bare identifier at the
  start of the text, where both conventions (match = whole token, or match =
  the rest after cursor_start) give the same strings; member completion
  (`fmt.Print`) is checked in test_protocol.py against cursor_start;
- history: `tail` returns exactly the last executed codes; `range` one entry;
  `search` with the pattern (a glob, as in IPython) finds >= 1 entry, exactly
  1 with `unique`, exactly 3 with `n=3`;
- `code_generate_error` gives exactly one IOPub output, the error;
- `code_display_data` shows a display_data with the mime type (display.HTML
  and display.Text send display_data, as IPython's display() does).
"""

import jupyter_kernel_test
import pytest

pytestmark = [pytest.mark.noskip, pytest.mark.usefixtures("goteach_kernelspec")]

DISPLAY = 'import "github.com/goteach/goteach/kernel/display"\n'


class TestGoteachKernel(jupyter_kernel_test.KernelTests):
    kernel_name = "goteach"
    language_name = "go"
    file_extension = ".go"

    code_hello_world = 'import "fmt"\nfmt.Println("hello, world")'
    code_stderr = 'import (\n\t"fmt"\n\t"os"\n)\nfmt.Fprintln(os.Stderr, "oops")'

    completion_samples = [
        {"text": "printl", "matches": {"println"}},
        {"text": "fals", "matches": {"false"}},
    ]

    complete_code_samples = [
        'fmt.Println("hello")',
        "x := 1",
        'import "fmt"',
        "func f() int {\n\treturn 1\n}",
        "for i := 0; i < 3; i++ {\n\tfmt.Println(i)\n}",
    ]
    incomplete_code_samples = [
        "func f() {",
        "for i := 0; i < 3; i++ {\n\tfmt.Println(i)",
        "x := []int{\n\t1,",
        "fmt.Println(",
        "s := `raw string\nstill open",
    ]
    invalid_code_samples = [
        "x := )",
        "}",
        'fmt.Println("a"))',
    ]

    code_page_something = "fmt.Println?"

    code_generate_error = 'panic("boom")'

    code_execute_result = [
        {"code": "1 + 2", "result": "3"},
        {"code": "6 * 7", "result": "42"},
    ]

    code_display_data = [
        {"code": DISPLAY + 'display.HTML("<b>hello</b>")', "mime": "text/html"},
        {"code": DISPLAY + 'display.Text("hello")', "mime": "text/plain"},
    ]

    supported_history_operations = ("tail", "range", "search")
    # Matches "1 + 2" of code_execute_result, as a glob and as a substring.
    code_history_pattern = "1 + 2"

    code_inspect_sample = "fmt.Println"

    code_clear_output = DISPLAY + "display.ClearOutput(false)"
