# Open IOP Curriculum. On a fresh Debian/Ubuntu machine with python3 and make:
#   make serve   build and serve the site on http://127.0.0.1:8000
#   make test    run the whole test suite
# The first run creates .venv and installs the pinned dependencies; run as root, it also installs the
# system packages it needs (otherwise it prints the command to run).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
export PYTHONPATH := $(CURDIR)/hooks

.PHONY: serve build check lock csp test system clean benchmark

$(STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

system:
	@bash scripts/system-packages.sh

# axe-core, pinned in package-lock.json, for the browser accessibility tests.
AXE := node_modules/axe-core/axe.min.js
$(AXE): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(AXE)

check: $(STAMP)
	$(PY) -m iopc check

lock: $(STAMP)
	$(PY) -m iopc lock

# Builds into a fresh folder and swaps it in only when the build succeeded: never a half-written site/.
build: $(STAMP) system
	$(PY) -m iopc build

# After a theme update: put the new inline-script hashes into the shipped Content-Security-Policy.
csp: $(STAMP) system
	IOPC_CSP_CHECK=0 $(PY) -m iopc build
	$(PY) -m iopc csp

serve: $(STAMP) system
	$(PY) -m mkdocs serve --dev-addr 127.0.0.1:8000

test: $(STAMP) system $(AXE)
	$(PY) -m pytest

benchmark: $(STAMP) system
	$(PY) scripts/benchmark.py

clean:
	rm -rf site .site-new .cache
