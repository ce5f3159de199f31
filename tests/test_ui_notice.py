"""The privacy notice: nothing is recorded until the respondent ticks the box and agrees."""

import subprocess
import sys
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from burden_survey.survey import notice
from ui.shell.notice_dialog import NoticeDialog
from uihelpers import tick as tick_box


def make_dialog(qtbot, storage):
    dialog = NoticeDialog(storage)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def tick(qtbot, dialog):
    tick_box(qtbot, dialog.agree_box)


def test_the_accept_button_is_disabled_until_the_box_is_ticked(qtbot, storage):
    dialog = make_dialog(qtbot, storage)
    assert not dialog.accept_button.isEnabled()
    tick(qtbot, dialog)
    assert dialog.agree_box.isChecked()
    assert dialog.accept_button.isEnabled()
    tick(qtbot, dialog)
    assert not dialog.accept_button.isEnabled()


def test_accepting_records_the_time_in_the_file(qtbot, storage, reopen):
    dialog = make_dialog(qtbot, storage)
    tick(qtbot, dialog)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    recorded = reopen().notice_acknowledged_at()
    assert recorded is not None
    assert abs(datetime.now().astimezone() - datetime.fromisoformat(recorded)) < timedelta(minutes=1)


def test_declining_records_nothing(qtbot, storage, reopen):
    dialog = make_dialog(qtbot, storage)
    qtbot.mouseClick(dialog.decline_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert reopen().notice_acknowledged_at() is None


def test_accept_without_the_tick_does_nothing(qtbot, storage, reopen):
    dialog = make_dialog(qtbot, storage)
    dialog.accept()
    assert dialog.isVisible()
    assert reopen().notice_acknowledged_at() is None


def test_ask_returns_true_only_when_the_user_agreed(qtbot, storage, reopen, monkeypatch):
    def tick_and_agree(self):
        self.agree_box.setChecked(True)
        self.accept_button.click()
        return self.result()

    monkeypatch.setattr(NoticeDialog, "exec", lambda self: self.reject() or self.result())
    assert NoticeDialog.ask(None, storage) is False
    assert reopen().notice_acknowledged_at() is None
    monkeypatch.setattr(NoticeDialog, "exec", tick_and_agree)
    assert NoticeDialog.ask(None, storage) is True
    assert reopen().notice_acknowledged_at() is not None


def test_the_dialog_shows_what_is_and_is_not_collected(qtbot, storage):
    dialog = make_dialog(qtbot, storage)
    shown = dialog.text.toPlainText()
    for words in ("组织本次调查的单位", "不收集姓名、电话号码、身份证号", "不使用网络", "本轮调查结束", "跳过任何问题"):
        assert words in shown
    assert notice.NOTICE_VERSION in dialog.findChild(QLabel, "noticeVersion").text()


def test_the_notice_text_covers_who_why_what_where_how_long_and_rights():
    text = notice.notice_text()
    assert notice.NOTICE_VERSION == "2026.1"
    for heading in ("谁收集", "为什么收集", "收集什么", "存放在哪里", "保存多久", "您的权利"):
        assert heading in text
    assert "{organiser}" not in text
    assert "某县委组织部" in notice.notice_text("某县委组织部")


def test_the_notice_module_loads_without_qt():
    code = "import sys, burden_survey.survey.notice; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
