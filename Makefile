# Burden Survey: `make run` installs into .venv and starts the app; `make test` runs the suite headless.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run demo test bench clean system-deps test-deps

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# A real screen on Debian/Ubuntu needs Qt's xcb libraries; install the missing ones when we may.
system-deps:
	@if [ "$$(uname)" = Linux ] && command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	  missing=""; for p in libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxkbcommon-x11-0 libegl1 libfontconfig1; do \
	    dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	  if [ -n "$$missing" ]; then apt-get update -qq && apt-get install -y -qq $$missing; fi; fi

run: $(STAMP) system-deps
	$(PY) -m burden_survey gui

demo: $(STAMP) system-deps
	$(PY) -m burden_survey demo --db demo/sample_county.db --respondents 40 --seed 7 --replace
	$(PY) -m burden_survey gui --db demo/sample_county.db

# The meeting-pack tests read the real PDFs with poppler (pdftotext, pdffonts, pdftoppm, pdfinfo, pdfimages);
# install poppler-utils when one is missing and we may, and do nothing when they are all there.
test-deps:
	@for tool in pdftotext pdffonts pdftoppm pdfinfo pdfimages; do command -v $$tool >/dev/null || missing=1; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(uname)" = Linux ] && command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && apt-get install -y -qq poppler-utils; \
	  else echo "make test: poppler-utils is missing; the PDF tests will be skipped" >&2; fi; fi

test: $(STAMP) test-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# Speed targets live here, printed as ratios against a baseline measured in the same run.
bench: $(STAMP)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) demo build dist *.egg-info
