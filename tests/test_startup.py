"""The window appears fast: charts, spreadsheets and name matching are loaded only when a page needs them."""

import json
import os
import subprocess
import sys
from pathlib import Path

from ui.shell.main_window import MainWindow
from ui.shell.pages import PAGES

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("matplotlib", "numpy", "openpyxl", "rapidfuzz", "pypinyin", "burden_survey.survey_files.importer", "burden_survey.report.report")

SHOW_WINDOW = """
import json, sys
from PySide6.QtWidgets import QApplication
from burden_survey.store.storage import Storage
from ui.shell.app import create_application
from ui.shell.main_window import MainWindow
app = create_application([])
storage = Storage.open(sys.argv[1])
storage.acknowledge_notice("2026.1")
window = MainWindow(storage)
window.show()
QApplication.processEvents()
print(json.dumps({"shown": window.isVisible(), "loaded": [m for m in sys.argv[2:] if m in sys.modules]}))
"""


def loaded_after_start(tmp_path, *modules):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path), HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", SHOW_WINDOW, str(tmp_path / "cadre.db"), *modules],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_showing_the_window_loads_no_chart_spreadsheet_or_matching_library(tmp_path):
    result = loaded_after_start(tmp_path, *HEAVY)
    assert result["shown"]
    assert result["loaded"] == []


def test_every_page_is_still_there_when_asked_for(qtbot, storage):
    window = MainWindow(storage)
    qtbot.addWidget(window)
    window.show()
    for key in (p.key for p in PAGES):
        window.show_page(key)
        assert window.stack.currentWidget() is window.pages[key]
        assert window.pages[key].objectName() == f"page_{key}"


def test_a_page_is_made_only_once(qtbot, storage):
    window = MainWindow(storage)
    qtbot.addWidget(window)
    dashboard = window.pages["dashboard"]
    window.show_page("tools")
    window.show_page("dashboard")
    assert window.pages["dashboard"] is dashboard
    assert window.stack.currentWidget() is dashboard
