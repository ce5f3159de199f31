"""A cadre who never saw the app is walked through notice, profile and a first tool, once."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QMessageBox

from burden_survey.survey.model import Tool
from ui.shell import app as app_module
from ui.shell.first_start import FirstStartDialog
from ui.shell.main_window import MainWindow
from ui.shell.notice_dialog import NoticeDialog
from ui.shell.role_dialog import RoleDialog
from uihelpers import show_active, tick, type_chinese


def pick(combo: QComboBox, code) -> None:
    index = combo.findData(code)
    assert index >= 0, f"{code} not offered in {combo.objectName()}"
    combo.setCurrentIndex(index)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_guide(qtbot, storage):
    window = show_active(qtbot, MainWindow(storage))
    guide = window.first_start()
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    return window, guide


def test_the_guide_walks_from_the_notice_to_a_first_tool_and_the_file_holds_it(qtbot, storage, reopen):
    notice = NoticeDialog(storage)
    qtbot.addWidget(notice)
    notice.show()
    tick(qtbot, notice.agree_box)
    click(qtbot, notice.accept_button)

    window, guide = open_guide(qtbot, storage)
    assert guide.stack.currentIndex() == 0 and "基本情况" in guide.banner[1].text()
    profile = guide.profile_page
    pick(profile.province, "320000")
    pick(profile.city, "320200")
    pick(profile.county, "320205")
    pick(profile.post, "staff")
    click(qtbot, guide.next_button)

    assert guide.stack.currentIndex() == 1
    type_chinese(guide.tool_name, "学习强国")
    pick(guide.tool_kind, "app")
    pick(guide.tool_frequency, "daily")
    click(qtbot, guide.next_button)

    assert "学习强国" in guide.log_text.text() and "每日用时" in guide.log_text.text()
    assert guide.next_button.text() == "开始记录用时"
    click(qtbot, guide.next_button)

    assert not guide.isVisible()
    assert window.stack.currentWidget() is window.pages["daily_log"]
    saved = reopen()
    assert saved.notice_acknowledged_at() is not None
    assert saved.load_profile().county_code == "320205"
    assert saved.load_profile().post == "staff"
    assert [(t.name, t.kind, t.frequency) for t in saved.list_tools()] == [("学习强国", "app", "daily")]
    assert saved.get_setting("first_start") == "finished"
    assert window.first_start() is None


def test_going_back_and_renaming_the_first_tool_keeps_one_tool(qtbot, storage, reopen):
    _, guide = open_guide(qtbot, storage)
    click(qtbot, guide.next_button)
    type_chinese(guide.tool_name, "某某镇工作群")
    click(qtbot, guide.next_button)
    click(qtbot, guide.back_button)
    guide.tool_name.clear()
    type_chinese(guide.tool_name, "某某街道工作群")
    click(qtbot, guide.next_button)
    assert [t.name for t in reopen().list_tools()] == ["某某街道工作群"]


def test_a_first_tool_is_not_required(qtbot, storage, reopen):
    _, guide = open_guide(qtbot, storage)
    click(qtbot, guide.next_button)
    click(qtbot, guide.next_button)
    assert "某个应用" in guide.log_text.text()
    click(qtbot, guide.next_button)
    assert reopen().list_tools() == []
    assert reopen().get_setting("first_start") == "finished"


def test_skipping_is_remembered_and_the_guide_is_not_shown_twice(qtbot, storage, reopen):
    window, guide = open_guide(qtbot, storage)
    click(qtbot, guide.skip_button)
    assert not guide.isVisible()
    assert reopen().get_setting("first_start") == "skipped"
    assert window.first_start() is None


def test_escape_counts_as_skipping(qtbot, storage, reopen):
    _, guide = open_guide(qtbot, storage)
    qtbot.keyClick(guide, Qt.Key.Key_Escape)
    assert reopen().get_setting("first_start") == "skipped"


def test_the_help_menu_can_bring_the_guide_back(qtbot, storage):
    storage.set_setting("first_start", "skipped")
    window = show_active(qtbot, MainWindow(storage))
    window.findChild(QAction, "firstStartGuide").trigger()
    qtbot.waitUntil(lambda: window.findChild(FirstStartDialog) is not None
                    and window.findChild(FirstStartDialog).isVisible())


def test_someone_who_already_listed_tools_is_not_guided(qtbot, storage):
    storage.save_tool(Tool(name="学习强国"))
    window = show_active(qtbot, MainWindow(storage))
    assert window.first_start() is None


def test_starting_the_app_on_a_fresh_database_shows_the_guide_after_the_notice(qtbot, storage, monkeypatch):
    def agree(cls, parent, store):
        store.acknowledge_notice("2026.1")
        return True

    monkeypatch.setattr(RoleDialog, "ask", classmethod(lambda cls, parent=None: "cadre"))
    monkeypatch.setattr(NoticeDialog, "ask", classmethod(agree))
    window = app_module.open_window(storage)
    qtbot.addWidget(window)
    guide = window.findChild(FirstStartDialog)
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    assert guide.isModal()


def test_the_guide_can_be_finished_with_the_keyboard_alone(qtbot, storage, reopen):
    _, guide = open_guide(qtbot, storage)
    qtbot.waitUntil(lambda: guide.profile_page.province.hasFocus())
    qtbot.keyClick(guide.next_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: guide.tool_name.hasFocus())
    qtbot.keyClicks(guide.tool_name, "WeLink")
    qtbot.keyClick(guide.tool_name, Qt.Key.Key_Tab)  # the name does not tell the kind: the cadre picks it
    qtbot.keyClick(guide.tool_kind, Qt.Key.Key_Down)
    assert guide.tool_kind.value() == "app"
    qtbot.keyClick(guide.tool_kind, Qt.Key.Key_Return)  # Enter presses the default 「下一步」
    assert guide.stack.currentIndex() == 2
    qtbot.keyClick(guide.next_button, Qt.Key.Key_Return)
    assert [t.name for t in reopen().list_tools()] == ["WeLink"]
    assert reopen().get_setting("first_start") == "finished"


def test_the_guide_takes_the_kind_a_name_tells_and_never_guesses_one(qtbot, storage, reopen):
    _, guide = open_guide(qtbot, storage)
    guide.next_step()
    type_chinese(guide.tool_name, "东港镇工作群")
    assert guide.tool_kind.value() == "work_group"
    guide.tool_name.clear()
    type_chinese(guide.tool_name, "村务通")
    assert guide.tool_kind.value() is None

    guide.next_step()

    assert guide.stack.currentIndex() == 1 and "类型" in guide.findChildren(QMessageBox, "errorBox")[-1].text()
    assert reopen().list_tools() == []


def test_the_guide_asks_the_actions_and_the_share_and_leaves_an_unchosen_share_unanswered(qtbot, storage, reopen):
    _, guide = open_guide(qtbot, storage)
    guide.next_step()
    type_chinese(guide.tool_name, "学习强国")
    tick(qtbot, guide.tool_actions.boxes["points"])
    guide.next_step()
    assert [(t.actions, t.formality_share) for t in reopen().list_tools()] == [(["points"], None)]  # not 0 %, not 100 %

    guide.go(1)
    pick(guide.tool_share, "75")
    guide.next_step()
    assert [(t.name, t.formality_share) for t in reopen().list_tools()] == [("学习强国", 75)]
