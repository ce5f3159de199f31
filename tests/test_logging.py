"""A crash leaves a copyable report on screen and the same report in a log file in the data folder."""

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from burden_survey.system import logging_setup
from burden_survey.survey.model import Profile, Tool
from ui.common.errors import crash_box, install_excepthook


def fail_deep_inside():
    return {}["missing key"]


def caught() -> BaseException:
    try:
        fail_deep_inside()
    except KeyError as exc:
        return exc
    raise AssertionError("expected a KeyError")


def test_the_log_folder_is_inside_the_data_folder(tmp_path):
    path = logging_setup.setup_logging()
    assert path.is_relative_to(tmp_path / "data")
    assert path.parent.name == "logs"
    assert "启动" in path.read_text(encoding="utf-8")


def test_a_crash_dialog_shows_a_copyable_report_and_tells_where_the_log_is(qtbot, tmp_path):
    box = crash_box(None, caught())
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Critical
    assert "fail_deep_inside" in box.detailedText() and "KeyError" in box.detailedText()
    log = logging_setup.log_path()
    assert str(log) in box.informativeText()
    copy = next(b for b in box.buttons() if b.objectName() == "copyReport")
    copy.click()
    assert "fail_deep_inside" in QApplication.clipboard().text()
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "fail_deep_inside" in text


@pytest.mark.qt_no_exception_capture  # the app's own hook is under test, not pytest-qt's
def test_the_log_holds_the_traceback_and_nothing_the_user_typed(qtbot, storage, tmp_path):
    storage.save_profile(Profile(county_code="320205", township_name="东港镇"))
    storage.save_tool(Tool(name="某某镇工作群"))
    install_excepthook()
    try:
        exc = caught()
        sys.excepthook(type(exc), exc, exc.__traceback__)  # what an uncaught exception in a slot does
    finally:
        sys.excepthook = sys.__excepthook__
    text = logging_setup.log_path().read_text(encoding="utf-8")
    assert "fail_deep_inside" in text
    for private in ("东港镇", "某某镇工作群", str(Path.home())):
        assert private not in text


def test_the_home_folder_is_written_as_a_tilde():
    report = f'File "{Path.home() / "张三" / "app.py"}", line 1'
    assert logging_setup.scrub(report) == f'File "{Path("~") / "张三" / "app.py"}", line 1'


def test_the_log_rotates_instead_of_growing_without_end(tmp_path):
    report = "Traceback (most recent call last):\n" + "  x\n" * 2000
    for _ in range(4 * logging_setup.MAX_BYTES // len(report) + 4):
        logging_setup.log_crash(report)
    files = sorted(logging_setup.log_dir().iterdir())
    assert 1 < len(files) <= logging_setup.BACKUPS + 1
    assert all(f.stat().st_size <= logging_setup.MAX_BYTES + len(report) * 2 for f in files)
