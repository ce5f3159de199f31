# Burden Survey: `make run` installs into .venv and starts the app; `make test` runs the suite headless.
PYTHON ?= python3
VENV := .venv
# A venv keeps its programs in bin/, or Scripts\ on Windows (GNU make there, from MSYS2 or Git for Windows).
ifeq ($(OS),Windows_NT)
BIN := $(VENV)/Scripts
else
BIN := $(VENV)/bin
endif
PY := $(BIN)/python
STAMP := $(VENV)/.installed

.PHONY: run demo test test-windows-sqlite bench stress clean system-deps test-deps translations translations-update

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

run: $(STAMP) system-deps translations
	$(PY) -m ui gui

demo: $(STAMP) system-deps translations
	$(PY) -m burden_survey demo --db demo/sample_county.db --county --respondents 150 --seed 7 --replace
	$(PY) -m ui gui --db demo/sample_county.db

# The meeting-pack tests read the real PDFs with poppler (pdftotext, pdffonts, pdftoppm, pdfinfo, pdfimages);
# install poppler-utils when one is missing and we may, and do nothing when they are all there.
test-deps:
	@for tool in pdftotext pdffonts pdftoppm pdfinfo pdfimages; do command -v $$tool >/dev/null || missing=1; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(uname)" = Linux ] && command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && apt-get install -y -qq poppler-utils; \
	  else echo "make test: poppler-utils is missing; the PDF tests will be skipped" >&2; fi; fi

# The import contracts in pyproject.toml (the packages' layers) first: a broken one stops the run. The tests run on
# every core (pytest-xdist), a test file to a worker so that its shared fixtures are built once.
PYTEST_WORKERS := -n auto --dist loadfile
test: $(STAMP) test-deps translations
	$(BIN)/lint-imports --no-cache
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_WORKERS)

# The suites that read and write files, again under SQLite as python.org's Windows build has it (file: URIs read
# only where a connection asks; tests/windows_sqlite.py). CI runs it after `make test`.
WINDOWS_SQLITE_TESTS := tests/test_windows_sqlite.py tests/test_import*.py tests/test_fuzz_*.py \
  tests/test_survey_file.py tests/test_backups.py tests/test_retention.py tests/test_report.py tests/test_cli_*.py \
  tests/test_demo_and_cli.py tests/test_intake_template.py tests/test_spreadsheets.py tests/test_wave_file.py \
  tests/test_ui_import.py tests/test_ui_export.py tests/test_ui_sealed_import.py tests/test_ui_safety.py

test-windows-sqlite: $(STAMP) test-deps translations
	BURDEN_SURVEY_SIMULATE_WINDOWS_SQLITE=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider $(PYTEST_WORKERS) $(WINDOWS_SQLITE_TESTS)

# Translations: the .ts files in resources/translations are the sources (kept in git); the .qm files the app
# loads are build outputs (gitignored), compiled by tools/translations.py for run, demo, test and the installer
# (build_installer.py calls it too, for Windows, which has no make).
TS := $(wildcard resources/translations/*.ts)

translations: $(STAMP)
	$(PY) tools/translations.py

# After changing user-facing text: collect the strings lupdate cannot see, then refresh the .ts (translate the
# new entries in Qt Linguist or by hand; tests/test_ui_language.py fails while any is unfinished).
translations-update: $(STAMP)
	$(PY) tools/extract_core_strings.py
	$(BIN)/pyside6-lupdate -no-obsolete -locations relative $(wildcard ui/*.py ui/*/*.py) -ts $(TS)

# The one-folder bundle (dist/burden-survey/) and its .zip, built by PyInstaller from the `build` extras.
.PHONY: installer installer-test
BUILD_STAMP := $(VENV)/.installed-build
INSTALLER_TMP := build/installer-test

$(BUILD_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,build]'
	touch $(BUILD_STAMP)

# No `translations` prerequisite: build_installer.py compiles them itself (Windows has no make), and
# installer-test removes them first to prove it.
installer: $(BUILD_STAMP)
	$(PY) build_installer.py

# Runs the bundled program (not the venv) headless as a supervisor would (tools/bundle_check.sh), then the same
# from the .deb installed with dpkg -i under /opt (its menu entry and file types checked), and removes it again.
# Not root: the .deb is unpacked with dpkg-deb -x instead, and said so.
installer-test: $(BUILD_STAMP)
	rm -f resources/translations/*.qm dist/burden-survey_*.deb
	$(MAKE) installer
	test -f dist/burden-survey/_internal/resources/translations/burden_survey_en.qm
	tools/bundle_check.sh "$$PWD/dist/burden-survey/burden-survey" $(INSTALLER_TMP)/bundle
	@set -e; deb=$$(ls dist/burden-survey_*.deb); dpkg-deb --info "$$deb" | grep -q 'Package: burden-survey'; \
	if [ "$$(id -u)" = 0 ]; then \
	  dpkg -i "$$deb" >/dev/null; trap 'dpkg -r burden-survey >/dev/null' EXIT; \
	  grep -q 'MimeType=application/x-burden-survey;application/x-burden-wave;' \
	    /usr/share/applications/burden-survey.desktop; \
	  test -f /usr/share/icons/hicolor/256x256/apps/burden-survey.png; \
	  if command -v update-mime-database >/dev/null; then grep -q '\*\.bsurvey' /usr/share/mime/globs2; fi; \
	  test "$$(readlink -f /usr/bin/burden-survey)" = /opt/burden-survey/burden-survey; \
	  tools/bundle_check.sh /usr/bin/burden-survey $(INSTALLER_TMP)/deb; \
	  dpkg -r burden-survey >/dev/null; trap - EXIT; test ! -e /opt/burden-survey; \
	  echo "installer-test: $$deb installed with dpkg -i, ran, and removed"; \
	else \
	  rm -rf $(INSTALLER_TMP)/unpacked && dpkg-deb -x "$$deb" $(INSTALLER_TMP)/unpacked; \
	  tools/bundle_check.sh "$$PWD/$(INSTALLER_TMP)/unpacked/opt/burden-survey/burden-survey" $(INSTALLER_TMP)/deb; \
	  echo "installer-test: not root, so $$deb was unpacked (dpkg-deb -x) and run, not installed"; \
	fi

# Speed targets live here, printed as ratios against a baseline measured in the same run.
# Their backups, scratch files and settings go to a folder of the run, never into the user's profile.
bench: $(STAMP)
	@home=$$(mktemp -d); trap 'rm -rf "$$home"' EXIT; \
	export BURDEN_SURVEY_DATA_DIR="$$home/data" BURDEN_SURVEY_SETTINGS_DIR="$$home/config"; \
	for b in benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

# The long run of the robustness tests (`make test` runs a short, fixed sample of the same): thousands of damaged
# survey files per kind of damage, and 200 imports and exports killed at random moments.
stress: $(STAMP)
	HYPOTHESIS_PROFILE=stress BURDEN_SURVEY_KILLS=200 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider \
	  tests/test_fuzz_import.py tests/test_fuzz_sealed.py tests/test_import_kill.py --hypothesis-show-statistics

clean:
	rm -rf $(VENV) demo build dist *.egg-info

# The Windows installer script compiled for real by Inno Setup's own compiler (6.4.1, from the npm registry's
# `innosetup` package) under Wine, over the bundle `make installer` built: proof that installer.iss and our Chinese
# messages compile. ISCC.exe is a 32-bit program, so Wine comes with its i386 part; it is installed when missing and
# we may (root on Debian/Ubuntu). The setup.exe is written, not installed or run.
INNO := build/innosetup
INNO_VERSION := 6.4.1
.PHONY: installer-script-test
installer-script-test:
	@test -d dist/burden-survey || $(MAKE) installer
	@if ! command -v wine >/dev/null; then \
	  if [ "$$(uname)" = Linux ] && command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	    dpkg --add-architecture i386 && apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wine wine64 wine32:i386 >/dev/null; \
	  else echo "installer-script-test: Wine is missing; install it to compile the installer here" >&2; exit 1; fi; fi
	@test -f $(INNO)/package/bin/ISCC.exe || { mkdir -p $(INNO) && cd $(INNO) && npm pack --silent innosetup@$(INNO_VERSION) >/dev/null && tar xzf innosetup-$(INNO_VERSION).tgz; }
	$(PY) build_installer.py --inno-only
	rm -f dist/*-setup.exe
	WINEDEBUG=-all WINEPREFIX="$$PWD/build/wine" wine $(INNO)/package/bin/ISCC.exe /Q /DCompression=zip dist/installer.iss
	@setup=$$(ls dist/*-setup.exe); head -c 2 "$$setup" | grep -q MZ; \
	echo "installer-script-test: Inno Setup $(INNO_VERSION) compiled $$setup ($$(du -m "$$setup" | cut -f1) MB)"
