# goteach: set-up, tests and the everyday commands.
#
#   make lab     set up, then start JupyterLab on notebooks/
#   make check   the fast tier (a couple of minutes): formatting, vet,
#                staticcheck, ruff, and the Go unit tests that need no
#                interpreter session or child process
#   make test    set up, then the fast tier, then every test (Go, then Python)
#
# `make setup` is idempotent: it installs only what is missing.

SHELL := /bin/bash
GO ?= go
PYTHON ?= python3
GO_TEST_TIMEOUT ?= 30m
LAB_ARGS ?=
# Root may run JupyterLab only when it says so.
ifeq ($(shell id -u),0)
LAB_ARGS += --allow-root
endif

.PHONY: all setup setup-apt setup-python setup-go install-kernel uninstall-kernel \
	check test test-go test-python lab export bench clean

all: test

setup: setup-apt setup-python setup-go install-kernel

# Debian packages: chromium for the browser tests, xelatex/pandoc/CJK fonts
# for the PDF export.
setup-apt:
	bash scripts/setup-apt.sh

setup-python:
	$(PYTHON) -m pip install --disable-pip-version-check --root-user-action=ignore -q -r requirements.txt

setup-go:
	$(GO) mod download

# Builds the kernel and installs the `goteach` kernelspec for this user.
install-kernel: setup-go
	$(GO) run ./install --user

uninstall-kernel:
	$(GO) run ./install --user --uninstall

# The fast tier. The Go packages left out here (the cell engine, the
# symbol tables, mpkit's process tests, cells running children through
# workerhost, plugin builds of %%compile cells) run in test-go.
CHECK_SLOW := /kernel/engine$$|/kernel/symbols$$|/mpkit$$|/kernel/workerhost$$|/kernel/compiled$$
check: setup-go setup-python
	@# (testdata/compile_errors holds programs that do not compile, on purpose.)
	@unformatted=$$(find cmd install kernel mpkit bench -name '*.go' -not -path '*/testdata/compile_errors/*' | xargs gofmt -l); \
	if [ -n "$$unformatted" ]; then echo "gofmt -l:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) tool staticcheck ./...
	$(PYTHON) -m ruff check .
	$(GO) test $$($(GO) list ./... | grep -Ev '$(CHECK_SLOW)')

# Every test: the fast tier first, then both suites, which run even when
# the first fails; the exit status says whether either failed.
test: setup
	$(MAKE) --no-print-directory check
	@status=0; \
	$(MAKE) --no-print-directory test-go || status=1; \
	$(MAKE) --no-print-directory test-python || status=1; \
	exit $$status

test-go:
	$(GO) test -timeout $(GO_TEST_TIMEOUT) ./...

test-python:
	$(PYTHON) -m pytest tests/

lab: setup
	$(PYTHON) -m jupyter lab --ServerApp.root_dir=notebooks $(LAB_ARGS)

# HTML, Markdown and PDF of every notebook, into build/.
export: setup-apt setup-python
	bash scripts/export.sh notebooks build

# Side-by-side benchmarks against Python's multiprocessing and ipykernel
# (several minutes): the table goes to the terminal, the table and every
# sample to $(BENCH_OUT), the five notebooks end to end (outputs checked
# against the Python reference) included. BENCH_ARGS="-runs 3" or "-quick"
# for less.
BENCH_OUT ?= build/bench.json
BENCH_ARGS ?=
bench: setup
	mkdir -p $(dir $(BENCH_OUT))
	$(GO) run ./bench -o $(BENCH_OUT) $(BENCH_ARGS)

clean:
	rm -rf build
