"""Two roles, one path each: a cadre sees their six steps and the export, a supervisor starts at 调查批次 without
the cadre's notice and guide; the role is asked once, kept in the database and changed in 设置."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog
from uihelpers import show_active

from burden_survey.cli.demo import DEMO_WAVE
from burden_survey.store.first_look import ready_role
from burden_survey.survey.model import Tool
from ui.cadre.export_dialog import ExportDialog
from ui.shell import app as app_module
from ui.shell import roles
from ui.shell.first_start import FirstStartDialog
from ui.shell.main_window import MainWindow
from ui.shell.notice_dialog import NoticeDialog
from ui.shell.role_dialog import RoleDialog
from ui.shell.settings_dialog import SettingsDialog

CADRE_PAGES = ["基本情况", "我的数字任务", "每日用时", "摊派下载", "规定对照", "我的负担", "导出调查文件"]
SUPERVISOR_PAGES = ["调查批次", "导入答卷", "回收情况", "负担看板", "导出与上报", "应用登记", "名称匹配", "清理进度",
                    "数据安全"]


def nav_texts(window) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def action(window, name: str) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.objectName() == name)


def choose_role(monkeypatch, role: str | None, asked: list) -> None:
    monkeypatch.setattr(RoleDialog, "ask", classmethod(lambda cls, parent=None: asked.append("role") or role))


def test_the_role_dialog_chooses_with_one_click(qtbot):
    dialog = RoleDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert [b.text() for b in dialog.buttons.values()] == ["填报人", "汇总单位", "两者都用"]
    qtbot.mouseClick(dialog.buttons["supervisor"], Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen == "supervisor"


def test_a_supervisor_starts_at_the_waves_without_the_cadres_notice_or_guide(qtbot, storage, monkeypatch):
    asked = []
    choose_role(monkeypatch, "supervisor", asked)
    monkeypatch.setattr(NoticeDialog, "ask", classmethod(lambda cls, parent, store: asked.append("notice") or False))
    window = app_module.open_window(storage)
    qtbot.addWidget(window)

    assert asked == ["role"]
    assert nav_texts(window) == SUPERVISOR_PAGES
    assert window.stack.currentWidget() is window.pages["waves"]
    assert window.findChild(FirstStartDialog) is None
    assert not action(window, "exportSurveyFile").isVisible() and action(window, "importSurveyFiles").isVisible()
    assert not action(window, "firstStartGuide").isVisible()  # the cadre's guide is not offered
    assert roles.role_of(storage) == "supervisor"
    assert ready_role(Path(storage.path)) == "supervisor"  # the next start opens straight on the window


def test_a_supervisor_with_a_wave_starts_at_the_import(qtbot, storage):
    roles.set_role(storage, roles.SUPERVISOR)
    storage.add_wave(DEMO_WAVE)
    window = show_active(qtbot, MainWindow(storage))
    assert window.stack.currentWidget() is window.pages["import"]


def test_a_cadre_reads_the_notice_sees_only_the_cadres_pages_and_gets_the_guide(qtbot, storage, monkeypatch):
    asked = []
    choose_role(monkeypatch, "cadre", asked)

    def agree(cls, parent, store):
        asked.append("notice")
        store.acknowledge_notice("2026.1")
        return True

    monkeypatch.setattr(NoticeDialog, "ask", classmethod(agree))
    window = app_module.open_window(storage)
    qtbot.addWidget(window)

    assert asked == ["role", "notice"]
    assert nav_texts(window) == CADRE_PAGES
    assert window.findChild(FirstStartDialog) is not None
    assert not action(window, "importSurveyFiles").isVisible() and action(window, "exportSurveyFile").isVisible()
    assert [a.text() for a in window.go_menu.actions() if a.text()] == CADRE_PAGES
    assert window.go_menu.actions()[6].shortcut().toString() == "Ctrl+7"


def test_closing_the_role_question_opens_no_window_and_asks_again_next_time(qtbot, storage, monkeypatch):
    asked = []
    choose_role(monkeypatch, None, asked)
    assert app_module.open_window(storage) is None
    assert roles.role_of(storage) is None and ready_role(Path(storage.path)) is None


def test_a_cadre_who_has_not_read_the_notice_is_not_let_straight_in(storage):
    roles.set_role(storage, roles.CADRE)
    assert ready_role(Path(storage.path)) is None
    storage.acknowledge_notice("2026.1")
    assert ready_role(Path(storage.path)) == "cadre"


def test_the_role_changes_in_the_settings_and_the_page_on_screen_stays_when_listed(qtbot, storage, monkeypatch):
    roles.set_role(storage, roles.CADRE)
    window = show_active(qtbot, MainWindow(storage))
    window.show_page("tools")
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(lambda cls, parent=None, role=None: "both"))
    window.show_settings()
    assert nav_texts(window) == CADRE_PAGES + ["汇总（上级）"] + SUPERVISOR_PAGES
    assert window.stack.currentWidget() is window.pages["tools"]
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(lambda cls, parent=None, role=None: "supervisor"))
    window.show_settings()
    assert nav_texts(window) == SUPERVISOR_PAGES and window.stack.currentWidget() is window.pages["waves"]
    assert roles.role_of(storage) == "supervisor"


def test_the_settings_dialog_offers_the_role_and_says_what_it_means(qtbot):
    dialog = SettingsDialog(role="cadre")
    qtbot.addWidget(dialog)
    assert dialog.role.currentData() == "cadre" and "干部" in dialog.role_note.text()
    dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
    assert "导入下级交来的答卷" in dialog.role_note.text()


def test_survey_files_handed_to_a_cadres_database_are_refused_with_a_way_forward(qtbot, storage, monkeypatch,
                                                                                  tmp_path):
    roles.set_role(storage, roles.CADRE)
    window = show_active(qtbot, MainWindow(storage))
    told = []
    monkeypatch.setattr("ui.common.file_widgets.show_info", lambda parent, title, text: told.append(text))
    window.open_files([tmp_path / "东港镇.bsurvey"])
    assert not window.pages.is_made("import")
    assert told and "设置" in told[0] and "汇总单位" in told[0]


def test_the_step_bar_says_where_each_step_stands_and_next_goes_on(qtbot, storage):
    roles.set_role(storage, roles.CADRE)
    storage.save_tool(Tool(name="学习强国", kind="app"))
    window = show_active(qtbot, MainWindow(storage))
    window.show_page("tools")
    bar = window.step_bar
    assert bar.isVisible()
    assert bar.buttons["tools"].text() == "2 ✓ 数字任务 · 1 项" and bar.buttons["tools"].isChecked()
    assert bar.buttons["rules"].text() == "5 规定对照 · 0/28"
    assert bar.next_button.text() == "下一步：每日用时 →"
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.pages["daily_log"]
    qtbot.mouseClick(bar.buttons["export"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.pages["export"] and bar.next_button.isHidden()
    window.show_page("burden")
    assert bar.isHidden()  # not a step


def test_the_export_page_shows_what_the_file_holds_and_exports_it(qtbot, storage, monkeypatch, tmp_path):
    roles.set_role(storage, roles.CADRE)
    storage.save_tool(Tool(name="学习强国", kind="app"))
    window = show_active(qtbot, MainWindow(storage))
    window.show_page("export")
    page = window.pages["export"]
    assert "1 个工具" in page.contents.text()
    assert page.missing.isVisible() and "还没有记录任何一天的用时" in page.missing.text()
    written = tmp_path / "东港镇.bsurvey"
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, parent, store: written))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert str(written) in page.done_label.text()


def test_the_report_page_prints_the_meeting_pack_of_the_window(qtbot, storage, monkeypatch):
    roles.set_role(storage, roles.SUPERVISOR)
    window = show_active(qtbot, MainWindow(storage))
    window.show_page("report")
    asked = []
    monkeypatch.setattr(type(window.meeting_pack), "preview", lambda pack: asked.append(pack))
    qtbot.mouseClick(window.pages["report"].pack_buttons["preview"], Qt.MouseButton.LeftButton)
    assert asked == [window.meeting_pack]


def test_with_large_text_the_other_steps_shrink_to_their_number_and_keep_the_whole_text_in_the_tooltip(
        qtbot, storage, qapp):
    from ui.common.appearance import apply_font_scale

    roles.set_role(storage, roles.CADRE)
    storage.save_tool(Tool(name="学习强国", kind="app"))
    apply_font_scale(qapp, 200)
    try:
        window = show_active(qtbot, MainWindow(storage))
        window.show_page("daily_log")
        bar = window.step_bar
        assert bar.buttons["tools"].text() == "2 ✓" and "数字任务 · 1 项" in bar.buttons["tools"].toolTip()
        assert bar.buttons["daily_log"].text() == "3 每日用时 · 待填"
    finally:
        apply_font_scale(qapp, 100)
