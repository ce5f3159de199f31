"""Shared fixtures: every test runs headless and gets its own real SQLite file on disk."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import windows_sqlite  # noqa: E402  (before the first connection of the run)

if windows_sqlite.wanted():
    windows_sqlite.switch_uri_off()

import pytest  # noqa: E402

from burden_survey.storage import Storage


@pytest.fixture
def storage(tmp_path):
    """A fresh database file in a temporary folder, closed after the test."""
    store = Storage.open(tmp_path / "survey.db")
    yield store
    store.close()


@pytest.fixture
def reopen(tmp_path):
    """Open the same file again, as the next start of the app would, to read back what was saved."""
    opened = []

    def _reopen() -> Storage:
        store = Storage.open(tmp_path / "survey.db")
        opened.append(store)
        return store

    yield _reopen
    for store in opened:
        store.close()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """QSettings write into the test's folder, never into the user's real settings."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    # Qt reads XDG_CONFIG_HOME once per process; tell it each test's folder, or a choice one test saves (a ticked
    # box, a remembered folder) is what the next test starts with. Core tests never load Qt, so neither does this.
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        settings = qtcore.QSettings
        for fmt in (settings.Format.NativeFormat, settings.Format.IniFormat):
            settings.setPath(fmt, settings.Scope.UserScope, str(tmp_path / "config"))
