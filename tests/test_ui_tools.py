"""「我的数字任务」: the tool dialog and the tools page, read back from the database file."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from burden_survey.survey.model import Tool
from ui.cadre.tool_dialog import ToolDialog
from ui.cadre.tools_page import ToolsPage
from uihelpers import tick as tick_box
from uihelpers import type_chinese as type_text


def open_dialog(qtbot, storage, tool=None):
    dialog = ToolDialog(storage, tool)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def tick(qtbot, multi_choice, code):
    tick_box(qtbot, multi_choice.boxes[code])


def pick(combo, code):
    """Choose an entry the way a user does, so `activated` fires like a real click."""
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def show_page(qtbot, storage):
    page = ToolsPage(storage)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def test_adding_a_tool_by_typing_its_name_saves_every_field(qtbot, storage, reopen):
    dialog = open_dialog(qtbot, storage)
    type_text(dialog.form["name"], "镇村防疫打卡")
    pick(dialog.form["kind"], "mini_program")
    pick(dialog.form["platform"], "wechat")
    pick(dialog.form["sponsor_level"], "county")
    type_text(dialog.form["line_department"], "应急")
    dialog.tabs.setCurrentIndex(1)
    pick(dialog.form["obligation"], "assessed")
    pick(dialog.form["frequency"], "daily")
    pick(dialog.form["after_hours"], "weekly")
    tick(qtbot, dialog.form["actions"], "check_in")
    tick(qtbot, dialog.form["actions"], "report_form")
    pick(dialog.form["ranked"], "notified")
    type_text(dialog.form["rank_metric"], "打卡率")
    pick(dialog.form["rank_frequency"], "weekly")
    tick(qtbot, dialog.form["consequences"], "score_deduction")
    dialog.tabs.setCurrentIndex(2)
    type_text(dialog.form["same_data_as"], "一表通")
    pick(dialog.form["usefulness"], "2")
    type_text(dialog.form["note"], "疫情后仍未停用")
    dialog.accept()

    [tool] = reopen().list_tools()
    assert (tool.name, tool.kind, tool.platform, tool.sponsor_level) == ("镇村防疫打卡", "mini_program", "wechat", "county")
    assert (tool.line_department, tool.obligation) == ("应急", "assessed")
    assert (tool.frequency, tool.after_hours) == ("daily", "weekly")
    assert tool.actions == ["check_in", "report_form"]
    assert tool.formality_share is None  # the actions suggest 50 %; only the cadre's own choice is saved
    assert (tool.ranked, tool.rank_metric, tool.rank_frequency) == ("notified", "打卡率", "weekly")
    assert tool.consequences == ["score_deduction"]
    assert (tool.same_data_as, tool.usefulness, tool.note, tool.installed) == ("一表通", 2, "疫情后仍未停用", True)
    assert tool.group_purpose is None


def test_ticked_actions_suggest_a_share_and_never_fill_it_in(qtbot, storage, reopen):
    dialog = open_dialog(qtbot, storage)
    type_text(dialog.form["name"], "某某平台")
    pick(dialog.form["kind"], "pc_system")
    dialog.tabs.setCurrentIndex(1)
    tick(qtbot, dialog.form["actions"], "screenshot")
    assert dialog.form["formality_share"].value() is None
    assert dialog.share_note.isVisible() and "就选这个" in dialog.share_note.text()
    dialog.share_note.linkActivated.emit("take")  # the cadre clicks 「就选这个」
    assert dialog.form["formality_share"].value() == "100" and not dialog.share_note.isVisible()
    pick(dialog.form["formality_share"], "25")
    tick(qtbot, dialog.form["actions"], "report_form")
    assert dialog.form["formality_share"].value() == "25"  # a share the cadre chose is never replaced
    dialog.accept()
    assert reopen().list_tools()[0].formality_share == 25


def test_a_tool_saved_without_a_share_reads_unanswered_in_the_list(qtbot, storage):
    storage.save_tool(Tool("河长制", kind="app", actions=["photo_video"]))
    storage.save_tool(Tool("学习强国", kind="app", formality_share=100))
    page = show_page(qtbot, storage)
    column = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())].index(
        "留痕占比")
    shares = {page.model.index(r, 0).data(): page.model.index(r, column).data() for r in range(page.model.rowCount())}
    assert shares == {"河长制": "未填", "学习强国": "100%"}


def test_editing_a_tool_changes_it(qtbot, storage, reopen):
    saved = storage.save_tool(Tool(name="学习强国", kind="app", obligation="verbal", usefulness=3))
    dialog = open_dialog(qtbot, storage, storage.get_tool(saved.id))
    assert dialog.form["name"].text() == "学习强国"
    dialog.form["name"].clear()
    type_text(dialog.form["name"], "学习强国（积分）")
    pick(dialog.form["obligation"], "assessed")
    pick(dialog.form["installed"], False)
    pick(dialog.form["usefulness"], None)
    dialog.accept()

    [tool] = reopen().list_tools()
    assert (tool.id, tool.name, tool.obligation, tool.installed, tool.usefulness) == (
        saved.id, "学习强国（积分）", "assessed", False, None)


def test_a_work_groups_own_fields_are_saved(qtbot, storage, reopen):
    dialog = open_dialog(qtbot, storage)
    assert not dialog.group_box.isVisibleTo(dialog)
    type_text(dialog.form["name"], "防汛专项群")
    pick(dialog.form["kind"], "work_group")
    assert dialog.group_box.isVisibleTo(dialog)
    pick(dialog.form["group_purpose"], "temporary")
    pick(dialog.form["group_temporary_undissolved"], True)
    pick(dialog.form["group_size"], "200_499")
    pick(dialog.form["group_instant_response"], "always_on")
    pick(dialog.form["group_messages"], "50_199")
    type_text(dialog.form["group_overlaps"], "镇防汛指挥群")
    dialog.accept()

    [tool] = reopen().list_tools()
    assert tool.kind == "work_group"
    assert (tool.group_purpose, tool.group_temporary_undissolved, tool.group_size) == ("temporary", True, "200_499")
    assert (tool.group_instant_response, tool.group_messages, tool.group_overlaps) == ("always_on", "50_199", "镇防汛指挥群")


def test_a_standing_group_is_not_asked_whether_its_temporary_group_was_dissolved(qtbot, storage, reopen):
    dialog = open_dialog(qtbot, storage)
    type_text(dialog.form["name"], "镇干部工作群")
    pick(dialog.form["kind"], "work_group")
    pick(dialog.form["group_purpose"], "temporary")
    pick(dialog.form["group_temporary_undissolved"], True)
    pick(dialog.form["group_purpose"], "standing")  # before: still asked, and saved as 是
    assert not dialog.form["group_temporary_undissolved"].isEnabled()
    dialog.accept()
    [tool] = reopen().list_tools()
    assert (tool.group_purpose, tool.group_temporary_undissolved) == ("standing", None)


def test_an_empty_name_is_refused_with_a_message_and_nothing_is_saved(qtbot, storage, reopen):
    dialog = open_dialog(qtbot, storage)
    pick(dialog.form["kind"], "app")
    type_text(dialog.form["name"], "   ")
    dialog.accept()

    assert dialog.isVisible()  # still open, so the user can fix the name
    box = dialog.findChild(QMessageBox, "errorBox")
    assert box is not None and "名称" in box.text() and "不能为空" in box.text()
    assert reopen().list_tools() == []


def test_a_catalogue_name_preselects_its_kind(qtbot, storage):
    dialog = open_dialog(qtbot, storage)
    type_text(dialog.form["name"], "全国防返贫监测信息系统")
    assert dialog.form["kind"].value() == "pc_system"


def test_name_suggestions_include_a_catalogue_name_and_a_previously_typed_name(qtbot, storage):
    storage.save_tool(Tool(name="村级事务报表群", kind="work_group"))
    dialog = open_dialog(qtbot, storage)
    names = dialog.form["name"].completer().model().stringList()
    assert "学习强国" in names
    assert names[0] == "村级事务报表群"  # the cadre's own names come first


def test_a_personal_number_in_a_free_text_field_shows_a_warning(qtbot, storage):
    dialog = open_dialog(qtbot, storage)
    type_text(dialog.form["note"], "有事找13812345678")
    assert dialog.privacy_label.isVisibleTo(dialog)
    assert "手机号码" in dialog.privacy_label.text()


def test_a_deleted_tool_comes_back_with_undo(qtbot, storage, reopen):
    storage.save_tool(Tool(name="学习强国"))
    storage.save_tool(Tool(name="网格通"))
    page = show_page(qtbot, storage)
    page.table.setFocus()
    page.table.selectRow(1)

    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert [t.name for t in reopen().list_tools()] == ["学习强国"]
    assert page.status_label.text() == "已删除「网格通」——按 Ctrl+Z 撤销"

    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [t.name for t in reopen().list_tools()] == ["学习强国", "网格通"]
    assert page.model.rowCount() == 2


def test_the_kind_filter_shows_only_that_kind(qtbot, storage):
    storage.save_tool(Tool(name="学习强国", kind="app"))
    storage.save_tool(Tool(name="镇工作群", kind="work_group"))
    storage.save_tool(Tool(name="党建群", kind="work_group"))
    page = show_page(qtbot, storage)
    assert page.counts_label.text() == "政务APP 1 · 工作群 2"

    page.kind_filter.setCurrentIndex(page.kind_filter.findData("work_group"))
    assert sorted(t.name for t in page.model.rows) == ["党建群", "镇工作群"]
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("official_account"))
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty_label


def test_an_empty_page_says_how_to_start(qtbot, storage):
    page = show_page(qtbot, storage)
    assert page.stack.currentWidget() is page.empty_label
    assert "添加" in page.empty_label.text()
    assert not page.delete_action.isEnabled()


def test_too_many_groups_shows_a_yellow_note_but_nothing_is_refused(qtbot, storage):
    for i in range(81):
        storage.save_tool(Tool(name=f"群{i}", kind="work_group"))
    page = show_page(qtbot, storage)
    assert page.note_label.isVisibleTo(page)
    assert "81 个工作群" in page.note_label.text()


def test_the_tools_table_model_passes_the_model_tester(qtbot, qtmodeltester, storage):
    storage.save_tool(Tool(name="学习强国", kind="app", usefulness=4, ranked="internal"))
    storage.save_tool(Tool(name="镇工作群", kind="work_group"))
    page = show_page(qtbot, storage)
    qtmodeltester.check(page.model)


def test_deleting_the_last_tool_shows_the_empty_state_and_undo_still_works(qtbot, storage, reopen):
    storage.save_tool(Tool(name="网格通"))
    page = show_page(qtbot, storage)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.stack.currentWidget() is page.empty_label
    assert reopen().list_tools() == []

    # The table is hidden now; Ctrl+Z goes to whatever kept the focus on this page.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [t.name for t in reopen().list_tools()] == ["网格通"]
    assert page.stack.currentWidget() is page.table


def test_ctrl_n_adds_a_tool_of_the_filtered_kind_and_selects_it(qtbot, storage, reopen, monkeypatch):
    def fill_in(parent, storage, tool=None):
        dialog = open_dialog(qtbot, storage, tool)
        type_text(dialog.form["name"], "党建工作群")
        dialog.accept()
        return dialog.saved

    monkeypatch.setattr(ToolDialog, "ask", fill_in)
    page = show_page(qtbot, storage)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("work_group"))
    page.kind_filter.setFocus()
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.kind_filter, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    [tool] = reopen().list_tools()
    assert (tool.name, tool.kind) == ("党建工作群", "work_group")
    assert page.selected_tool().id == tool.id
    assert page.status_label.text() == "已添加「党建工作群」"


def test_enter_edits_the_selected_tool(qtbot, storage, monkeypatch):
    storage.save_tool(Tool(name="学习强国"))
    storage.save_tool(Tool(name="网格通"))
    asked = []
    monkeypatch.setattr(ToolDialog, "ask", lambda parent, storage, tool=None: asked.append(tool.name))
    page = show_page(qtbot, storage)
    page.table.setFocus()
    page.table.selectRow(1)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert asked == ["网格通"]


def test_a_name_that_tells_its_kind_chooses_it_and_says_so(qtbot, storage):
    dialog = open_dialog(qtbot, storage)
    assert dialog.form["kind"].value() is None  # no kind until one is chosen or told

    type_text(dialog.form["name"], "东港镇工作群")

    assert dialog.form["kind"].value() == "work_group"
    assert dialog.kind_note.isVisibleTo(dialog) and "工作群" in dialog.kind_note.text()
    assert "不对请改选" in dialog.kind_note.text()


def test_a_catalogue_name_takes_the_catalogues_kind(qtbot, storage):
    dialog = open_dialog(qtbot, storage)
    type_text(dialog.form["name"], "学习强国")
    assert dialog.form["kind"].value() == "app" and "常见" in dialog.kind_note.text()


def test_a_name_that_tells_nothing_leaves_the_kind_to_the_cadre_and_saving_asks_for_it(qtbot, storage, reopen):
    dialog = open_dialog(qtbot, storage)
    type_text(dialog.form["name"], "村务通")
    assert dialog.form["kind"].value() is None and not dialog.kind_note.isVisibleTo(dialog)

    dialog.accept()

    assert dialog.saved is None and reopen().list_tools() == []
    assert "类型" in dialog.findChildren(QMessageBox, "errorBox")[-1].text()


def test_a_kind_the_cadre_picked_is_not_overridden_by_the_name(qtbot, storage):
    dialog = open_dialog(qtbot, storage)
    pick(dialog.form["kind"], "mini_program")
    type_text(dialog.form["name"], "东港镇工作群")
    assert dialog.form["kind"].value() == "mini_program"


def test_esc_on_a_filled_tool_form_asks_before_the_typing_is_lost(qtbot, storage, monkeypatch):
    from ui.common.confirm import Confirm

    asked = []
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, parent, title, *rest: asked.append(title) or False))
    dialog = ToolDialog(storage)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.form["name"], "东港镇工作群")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["放弃修改？"] and dialog.isVisible()  # 继续填写: the form and its text stay
    assert dialog.form["name"].text() == "东港镇工作群"
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *args: True))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and storage.list_tools() == []


def test_esc_on_an_untouched_form_closes_it_without_a_question(qtbot, storage, monkeypatch):
    from ui.common.confirm import Confirm

    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *args: pytest.fail("asked")))
    dialog = ToolDialog(storage)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_ctrl_n_still_adds_after_a_tool_was_added_with_the_button(qtbot, storage, monkeypatch):
    from ui.shell.main_window import MainWindow

    added = []

    def add(parent, storage, tool=None):
        added.append(storage.save_tool(Tool(name=f"应用{len(added)}")))
        return added[-1]

    monkeypatch.setattr(ToolDialog, "ask", add)
    window = MainWindow(storage)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_page("tools")
    page = window.pages["tools"]
    window.nav.setFocus()  # the user came here through the page list, then clicked 添加
    qtbot.mouseClick(page.toolbar.widgetForAction(page.add_action), Qt.MouseButton.LeftButton)
    focused = QApplication.focusWidget()
    # Before, the scroll area around the page took the focus, and Ctrl+N reached no page.
    assert focused is page or page.isAncestorOf(focused)
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(focused, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(added) == 2


def test_a_long_name_keeps_both_ends_when_cut_and_shows_whole_as_a_tooltip(qtbot, storage):
    storage.save_tool(Tool(name="智慧城市综合治理一网统管平台"))
    page = show_page(qtbot, storage)
    index = page.model.index(0, 0)
    assert page.table.textElideMode() == Qt.TextElideMode.ElideMiddle  # before: 「智…」 at 200 %
    assert page.model.data(index, Qt.ItemDataRole.ToolTipRole) == "智慧城市综合治理一网统管平台"


def test_ctrl_g_adds_a_work_group_on_one_screen_without_tabs(qtbot, storage, reopen, monkeypatch):
    """A cadre lists ten to sixty work groups: each was three tabs to go through (issue 16). Now 添加工作群 shows every
    question of a group on one page, its kind already chosen, and saves it like any tool."""
    seen = {}

    def fill_in(parent, storage, tool=None):
        dialog = open_dialog(qtbot, storage, tool)
        seen["tabs"] = dialog.tabs
        seen["sections"] = [box.title() for box in dialog.findChildren(type(dialog.group_box))
                            if box.objectName().startswith("section_") and box.isVisibleTo(dialog)]
        seen["group fields shown"] = dialog.group_box.isVisibleTo(dialog)
        type_text(dialog.form["name"], "村两委工作群")
        pick(dialog.form["group_purpose"], "standing")
        pick(dialog.form["group_instant_response"], "always_on")
        pick(dialog.form["after_hours"], "daily")  # a question of the second tab, on the same page
        pick(dialog.form["usefulness"], 2)  # and one of the third
        dialog.accept()
        return dialog.saved

    monkeypatch.setattr(ToolDialog, "ask", fill_in)
    page = show_page(qtbot, storage)
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)

    assert seen == {"tabs": None, "sections": ["基本情况", "要求与留痕", "评价"], "group fields shown": True}
    [tool] = reopen().list_tools()
    assert (tool.name, tool.kind, tool.group_purpose, tool.group_instant_response) == (
        "村两委工作群", "work_group", "standing", "always_on")
    assert (tool.after_hours, tool.usefulness) == ("daily", 2)
    assert page.status_label.text() == "已添加「村两委工作群」"


def test_a_tool_that_is_not_a_group_keeps_its_three_tabs(qtbot, storage):
    dialog = open_dialog(qtbot, storage, Tool(name="学习强国", kind="app"))
    assert dialog.tabs is not None and dialog.tabs.count() == 3
