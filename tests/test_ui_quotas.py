"""The 「摊派下载」 page and its dialog, driven through real widgets and read back from the database file."""

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from burden_survey.survey.model import Quota, Tool
from ui.cadre.quota_dialog import QuotaDialog
from ui.cadre.quotas_page import QuotasPage


def make_dialog(qtbot, storage, quota=None):
    dialog = QuotaDialog(storage, quota)
    qtbot.addWidget(dialog)
    return dialog


def make_page(qtbot, storage):
    page = QuotasPage(storage)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # shortcuts only reach the active window
    return page


def type_text(widget, text):
    """Real key presses carrying text; QTest.keyClicks cannot type Chinese characters."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def typed_into(qtbot, spin, text):
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)


def test_adding_a_quota_through_the_dialog_saves_every_field(qtbot, storage, reopen):
    dialog = make_dialog(qtbot, storage)
    type_text(dialog.form["tool_name"], "某某政务APP")
    dialog.form["assigned_by"].set_value("county")
    dialog.form["target_group"].set_value("residents")
    typed_into(qtbot, dialog.form["target_count"], "300")
    dialog.form["target_basis"].set_value("share_resident")
    typed_into(qtbot, dialog.form["target_share_percent"], "5")
    dialog.form["deadline"].unknown.setChecked(False)
    dialog.form["deadline"].edit.setDate(QDate(2026, 3, 31))
    dialog.form["counted_in_assessment"].set_value(True)
    qtbot.mouseClick(dialog.form["methods"].boxes["door_to_door"], Qt.MouseButton.LeftButton)
    dialog.form["methods"].boxes["register_for_them"].setChecked(True)
    typed_into(qtbot, dialog.form["achieved_count"], "120")
    typed_into(qtbot, dialog.form["hours_spent"], "12.5")
    type_text(dialog.form["note"], "入户动员为主")
    dialog.accept()

    assert dialog.result() == QuotaDialog.DialogCode.Accepted
    [saved] = reopen().list_quotas()
    assert saved == Quota(
        id=saved.id, tool_name="某某政务APP", assigned_by="county", target_group="residents", target_count=300,
        target_basis="share_resident", target_share_percent=5.0, deadline=date(2026, 3, 31),
        counted_in_assessment=True, methods=["door_to_door", "register_for_them"], achieved_count=120,
        hours_spent=12.5, note="入户动员为主",
    )


def test_untouched_numbers_are_saved_as_not_filled_in(qtbot, storage, reopen):
    dialog = make_dialog(qtbot, storage)
    type_text(dialog.form["tool_name"], "学习强国")
    dialog.accept()
    [saved] = reopen().list_quotas()
    assert (saved.target_count, saved.achieved_count, saved.hours_spent, saved.deadline) == (None, None, None, None)


def test_the_share_field_is_enabled_only_for_share_bases(qtbot, storage):
    dialog = make_dialog(qtbot, storage)
    assert not dialog.form["target_share_percent"].isEnabled()
    dialog.form["target_basis"].set_value("fixed")
    assert not dialog.form["target_share_percent"].isEnabled()
    dialog.form["target_basis"].set_value("share_registered")
    assert dialog.form["target_share_percent"].isEnabled()
    dialog.form["target_basis"].set_value("share_resident")
    assert dialog.form["target_share_percent"].isEnabled()


def test_a_quota_without_a_name_is_refused_and_the_dialog_stays_open(qtbot, storage, reopen):
    dialog = make_dialog(qtbot, storage)
    dialog.show()
    typed_into(qtbot, dialog.form["target_count"], "160")
    dialog.accept()
    assert dialog.isVisible()
    assert "应用名称" in dialog.error_label.text()
    assert reopen().list_quotas() == []


def test_editing_a_quota_changes_the_same_row(qtbot, storage, reopen):
    original = storage.save_quota(Quota("某某APP", target_count=160))
    dialog = make_dialog(qtbot, storage, original)
    assert dialog.form["target_count"].value() == 160
    typed_into(qtbot, dialog.form["achieved_count"], "80")
    dialog.accept()
    [saved] = reopen().list_quotas()
    assert (saved.id, saved.target_count, saved.achieved_count) == (original.id, 160, 80)


def test_a_phone_number_in_the_note_shows_a_warning(qtbot, storage):
    dialog = make_dialog(qtbot, storage)
    type_text(dialog.form["note"], "联系13912345678")
    assert "手机号码" in dialog.note_warning.text()


def test_an_empty_page_says_how_to_begin(qtbot, storage):
    page = make_page(qtbot, storage)
    assert page.empty_state.isVisible()
    assert "点击「添加」" in page.empty_state.text()
    assert not page.view.isVisible()


def test_the_page_adds_through_the_dialog_and_sums_up(qtbot, storage, monkeypatch):
    def fake_ask(parent, store, quota=None):
        return store.save_quota(Quota("某某APP", target_count=300, achieved_count=150, hours_spent=6))

    monkeypatch.setattr(QuotaDialog, "ask", staticmethod(fake_ask))
    page = make_page(qtbot, storage)
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 5).data() == "50%"
    assert page.summary.text() == "任务数 1 · 指标合计 300 · 完成合计 150 · 耗时合计 6 小时"
    assert not page.empty_state.isVisible()


def test_a_deleted_quota_comes_back_with_undo(qtbot, storage, reopen):
    storage.save_quota(Quota("某某APP", target_count=160))
    page = make_page(qtbot, storage)
    page.view.selectRow(0)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert reopen().list_quotas() == []
    assert page.empty_state.isVisible()

    qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [q.tool_name for q in reopen().list_quotas()] == ["某某APP"]
    assert page.model.rowCount() == 1


def test_the_quota_table_model_passes_the_model_tester(qtbot, storage, qtmodeltester):
    storage.save_quota(Quota("甲APP", target_count=10, achieved_count=3, deadline=date(2026, 1, 5)))
    storage.save_quota(Quota("乙APP", target_basis="share_registered", target_share_percent=2.5))
    page = make_page(qtbot, storage)
    qtmodeltester.check(page.model)
    assert page.model.index(1, 3).data() == "2.5%"
    assert page.model.index(0, 6).data() == "2026-01-05"



def test_enter_on_a_row_opens_that_quota_for_editing(qtbot, storage, monkeypatch):
    storage.save_quota(Quota("某某APP", target_count=160))
    asked = []
    monkeypatch.setattr(QuotaDialog, "ask", staticmethod(lambda parent, store, quota=None: asked.append(quota)))
    page = make_page(qtbot, storage)
    page.view.selectRow(0)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert [q.tool_name for q in asked] == ["某某APP"]


def test_the_name_field_suggests_the_cadres_own_tools_and_the_catalogue(qtbot, storage):
    storage.save_tool(Tool("本镇网格通"))
    dialog = make_dialog(qtbot, storage)
    names = dialog.form["tool_name"].completer().model().stringList()
    assert names[0] == "本镇网格通"
    assert "学习强国" in names
