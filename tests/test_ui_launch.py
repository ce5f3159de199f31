"""Starting the app: the window comes before the database, and a double-clicked survey file is imported."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from burden_survey.cli.cli import build_parser, with_command
from burden_survey.cli.demo import DEMO_WAVE, write_demo_files
from burden_survey.store.storage import Storage
from ui.shell import app as app_module
from uihelpers import answer_wave_key_dialogs

ROOT = Path(__file__).resolve().parent.parent

LAUNCH = """
import json, sys
from pathlib import Path
from ui.shell.app import create_application, launch
app = create_application([])
window = launch(Path(sys.argv[1]))
print(json.dumps({"shown": window.isVisible(), "database_loaded": "sqlite_utils" in sys.modules}))
"""


pytestmark = pytest.mark.usefixtures("one_program_per_test")


def test_the_window_is_on_screen_before_the_database_library_is_loaded(known_cadre, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path), HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", LAUNCH, str(known_cadre)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"shown": True, "database_loaded": False}


def test_the_first_page_and_the_menus_follow_right_after(qtbot, known_cadre):
    window = app_module.launch(known_cadre)
    qtbot.addWidget(window)
    assert window.isVisible()
    qtbot.waitUntil(lambda: window.storage is not None and window.stack.currentWidget() is not None)
    assert window.heading.text() == "基本情况"  # a cadre who has not filled in the profile starts there
    assert window.findChild(type(window.file_menu.actions()[0]), "exportSurveyFile") is not None
    window.storage.close()


def test_a_double_clicked_survey_file_is_imported_when_the_window_opens(qtbot, known_cadre, tmp_path):
    survey = write_demo_files(tmp_path / "files", 1, seed=5)[0]
    window = app_module.launch(known_cadre, [survey])
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.storage is not None, timeout=10_000)
    page = window.pages["import"]
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=30_000)
    assert window.heading.text() == "导入答卷"
    assert page.last_report.count("imported") == 1
    window.storage.close()


def test_the_file_managers_open_with_runs_the_window_with_the_file():
    args = build_parser().parse_args(with_command(["D:/收到的/东港镇.bsurvey"]))
    assert args.command == "gui" and args.files == [Path("D:/收到的/东港镇.bsurvey")]
    assert with_command(["import", "--db", "x.db", "a.bsurvey"])[0] == "import"


HOLD_LOCK = """
import sys, time
from burden_survey.system.instance_lock import acquire
lock = acquire(sys.argv[1])
print("held", flush=True)
time.sleep(60)
"""


def test_a_second_window_on_the_same_database_is_told_and_changes_nothing(qtbot, known_cadre, monkeypatch):
    before = known_cadre.read_bytes()
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(known_cadre)], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    told = []
    monkeypatch.setattr(app_module, "show_error", lambda parent, exc: told.append(exc))
    try:
        assert holder.stdout.readline().strip() == "held"
        assert app_module.run_gui(known_cadre) == 1
    finally:
        holder.kill()
        holder.wait()
    assert [type(exc).__name__ for exc in told] == ["DatabaseInUse"]
    assert str(known_cadre) in told[0].message and "另一个" in told[0].message
    assert known_cadre.read_bytes() == before
    # The first program has ended (even killed): the next start opens the database as usual.
    window = app_module.launch(known_cadre)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.storage is not None)
    window.storage.close()


def test_a_double_clicked_wave_file_prepares_the_cadres_encrypted_export(qtbot, known_cadre, tmp_path, monkeypatch):
    from burden_survey.survey.survey_file import Wave
    from burden_survey.survey_files.wave_file import write_wave_file
    from burden_survey.survey_files.wave_keys import create_wave_key, wave_key

    organiser = Storage.open(tmp_path / "county.db")
    organiser.add_wave(Wave("XS2026B", "锡山区第二轮", "2026.1"))
    key = create_wave_key(organiser, "XS2026B", "锡山区口令2026")
    handed_out = write_wave_file(organiser, "XS2026B", tmp_path / "XS2026B.bwave")
    organiser.close()
    seen = []
    answer_wave_key_dialogs(monkeypatch, qtbot, seen)
    window = app_module.launch(known_cadre, [tmp_path / "XS2026B.bwave"])
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.storage is not None)
    loaded = wave_key(window.storage, "XS2026B")
    assert loaded.key_id == key.key_id == handed_out.key_id and not loaded.has_private
    assert "XS2026B" in [w.id for w in window.storage.list_waves()]
    assert [key_id for _, key_id, _, _ in seen] == [handed_out.shown_key_id]  # confirmed before it was kept
    window.storage.close()


def test_answers_past_their_date_are_destroyed_after_start_while_the_window_stays_usable(qtbot, known_cadre, tmp_path):
    from datetime import date

    from burden_survey.survey_files.importer import import_paths
    from burden_survey.store.retention import destruction_records, set_retain_until

    store = Storage.open(known_cadre)
    import_paths(store, write_demo_files(tmp_path / "files", 2, seed=5))
    set_retain_until(store, DEMO_WAVE.id, date(2026, 1, 31))
    store.close()
    window = app_module.launch(known_cadre)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.storage is not None)
    qtbot.waitUntil(lambda: bool(destruction_records(window.storage)), timeout=20_000)
    assert [r.responses for r in destruction_records(window.storage)] == [2]
    assert window.storage.db.execute("SELECT count(*) FROM respondent WHERE wave_id = ?", [DEMO_WAVE.id]).fetchone()[0] == 0
    qtbot.waitUntil(lambda: window.housekeeping.job is None)  # the worker has ended and told the user
    window.storage.close()
