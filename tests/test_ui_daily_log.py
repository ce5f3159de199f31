"""The 每日用时 week grid: typed minutes reach the file, refusals are explained, totals add up."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton

from burden_survey.survey.model import Tool
from ui.cadre.daily_log_page import DailyLogPage

TODAY = date(2026, 11, 18)  # a Wednesday; the week runs Monday 11/16 to Sunday 11/22
MONDAY, TUESDAY, WEDNESDAY, THURSDAY = (date(2026, 11, d) for d in (16, 17, 18, 19))
TOTAL = 7


@pytest.fixture
def tools(storage):
    return [
        storage.save_tool(Tool("学习强国", kind="app", formality_share=100)),
        storage.save_tool(Tool("村务通", kind="app", formality_share=50)),
        storage.save_tool(Tool("镇工作群", kind="work_group", formality_share=0)),
    ]


@pytest.fixture
def page(qtbot, storage, tools):
    widget = DailyLogPage(storage, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def type_into(qtbot, page, row, column, text):
    """Select a cell and type as a cadre would: the first key opens the editor, Enter saves."""
    table = page.table
    index = page.model.index(row, column)
    table.setCurrentIndex(index)
    qtbot.keyClick(table, text[0])
    editor = table.indexWidget(index)
    assert editor is not None, "typing a digit should start editing"
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Qt commits and closes the editor on a queued call after Enter.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState, timeout=1000)


def shown(page, row, column):
    return page.model.index(row, column).data()


def status(page):
    return page.findChild(QLabel, "statusLabel").text()


def test_typed_minutes_are_saved_to_the_file(qtbot, page, tools, reopen):
    type_into(qtbot, page, 0, 0, "45")
    type_into(qtbot, page, 1, 1, "0")
    saved = reopen().minutes_between(MONDAY, TODAY)
    assert saved == {(tools[0].id, MONDAY): 45, (tools[1].id, TUESDAY): 0}
    assert shown(page, 1, 1) == "0"  # zero is a real value, not an empty cell
    assert shown(page, 2, 1) == ""


def test_enter_saves_and_moves_down(qtbot, page):
    type_into(qtbot, page, 0, 2, "30")
    assert page.table.currentIndex() == page.model.index(1, 2)


def test_601_minutes_are_refused_with_the_field_named_and_nothing_saved(qtbot, page, tools, reopen):
    type_into(qtbot, page, 0, 0, "601")
    assert "学习强国 11月16日" in status(page)
    assert "600" in status(page)
    assert reopen().minutes_between(MONDAY, TODAY) == {}
    assert shown(page, 0, 0) == ""
    assert page.table.currentIndex() == page.model.index(0, 0)  # stays put for a retry


def test_text_that_is_not_a_number_is_refused(qtbot, page, reopen):
    type_into(qtbot, page, 0, 0, "1x")
    assert "不是整数分钟" in status(page)
    assert reopen().minutes_between(MONDAY, TODAY) == {}


def test_a_future_day_cannot_be_edited(qtbot, page, reopen):
    future = page.model.index(0, 3)  # Thursday 11/19
    assert not future.flags() & Qt.ItemFlag.ItemIsEditable
    page.table.setCurrentIndex(future)
    qtbot.keyClick(page.table, "5")
    assert page.table.indexWidget(future) is None
    assert not page.model.setData(future, "5")
    assert reopen().minutes_between(MONDAY, THURSDAY) == {}


def test_a_day_over_24_hours_is_refused(qtbot, page, tools, reopen):
    type_into(qtbot, page, 0, 0, "600")
    type_into(qtbot, page, 1, 0, "600")
    type_into(qtbot, page, 2, 0, "300")
    assert "11月16日合计" in status(page)
    assert "24 小时" in status(page)
    assert reopen().minutes_between(MONDAY, MONDAY) == {(tools[0].id, MONDAY): 600, (tools[1].id, MONDAY): 600}
    assert shown(page, 2, 0) == ""


def test_totals_per_day_per_tool_and_formality_are_shown(qtbot, page, storage, tools):
    storage.set_minutes_many([(tools[0].id, MONDAY, 30), (tools[1].id, MONDAY, 15), (tools[2].id, MONDAY, 60),
                              (tools[0].id, TUESDAY, 20)], today=TODAY)
    page.refresh()
    total_row, formality_row = 3, 4
    assert page.model.headerData(total_row, Qt.Orientation.Vertical) == "合计"
    assert page.model.headerData(formality_row, Qt.Orientation.Vertical) == "其中留痕"
    # The day's total also stands in the column header, in view however many tools there are.
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "周一 11/16\n105 分钟"
    assert page.model.headerData(2, Qt.Orientation.Horizontal) == "周三 11/18"
    assert shown(page, 0, TOTAL) == "50"  # 学习强国 over the week
    assert shown(page, total_row, 0) == "105"  # Monday, all tools
    assert shown(page, formality_row, 0) == "38"  # 30 + 7.5 + 0, rounded
    assert shown(page, total_row, TOTAL) == "125"
    assert shown(page, total_row, 2) == ""  # nothing logged on Wednesday
    summary = page.findChild(QLabel, "summaryLabel").text()
    assert "本周合计 125 分钟" in summary and "平均每个工作日 62 分钟" in summary


def test_totals_follow_each_typed_value(qtbot, page):
    type_into(qtbot, page, 0, 1, "40")
    type_into(qtbot, page, 1, 1, "20")
    assert shown(page, 3, 1) == "60"
    assert shown(page, 4, 1) == "50"


def test_copy_previous_day_fills_the_selected_day(qtbot, page, storage, tools, reopen):
    storage.set_minutes_many([(tools[0].id, MONDAY, 30), (tools[2].id, MONDAY, 60)], today=TODAY)
    page.refresh()
    page.table.setCurrentIndex(page.model.index(1, 1))
    qtbot.mouseClick(page.findChild(QPushButton, "copyPreviousDay"), Qt.MouseButton.LeftButton)
    saved = reopen().minutes_between(TUESDAY, TUESDAY)
    assert saved == {(tools[0].id, TUESDAY): 30, (tools[2].id, TUESDAY): 60}
    assert shown(page, 3, 1) == "90"


def test_copy_previous_day_refuses_a_future_day(qtbot, page, storage, tools, reopen):
    storage.set_minutes(tools[0].id, WEDNESDAY, 30, today=TODAY)
    page.refresh()
    page.table.setCurrentIndex(page.model.index(0, 3))
    qtbot.mouseClick(page.findChild(QPushButton, "copyPreviousDay"), Qt.MouseButton.LeftButton)
    assert "将来的日期" in status(page)
    assert reopen().minutes_between(THURSDAY, THURSDAY) == {}


def test_the_previous_week_shows_its_logged_minutes(qtbot, page, storage, tools):
    storage.set_minutes(tools[1].id, date(2026, 11, 13), 25, today=TODAY)  # Friday of last week
    assert not page.next_action.isEnabled()  # nothing beyond the current week
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_PageUp)
    assert page.model.monday == date(2026, 11, 9)
    assert shown(page, 1, 4) == "25"
    assert page.next_action.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.model.monday == MONDAY
    assert shown(page, 1, 4) == ""


def test_delete_clears_the_selected_cells_at_once(qtbot, page, storage, tools, reopen):
    storage.set_minutes_many([(tools[0].id, MONDAY, 30), (tools[1].id, MONDAY, 15), (tools[0].id, TUESDAY, 20)],
                             today=TODAY)
    page.refresh()
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.table.selectionModel().select(page.model.index(1, 0), page.table.selectionModel().SelectionFlag.Select)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert reopen().minutes_between(MONDAY, TODAY) == {(tools[0].id, TUESDAY): 20}
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(reopen().minutes_between(MONDAY, TODAY)) == 3


def test_without_tools_the_page_asks_to_add_some_first(qtbot, storage):
    empty = DailyLogPage(storage, today=lambda: TODAY)
    qtbot.addWidget(empty)
    assert "还没有记录任何应用" in empty.findChild(QLabel, "emptyLabel").text()
    with qtbot.waitSignal(empty.add_tools_requested):
        qtbot.mouseClick(empty.findChild(QPushButton, "addToolsButton"), Qt.MouseButton.LeftButton)


def test_the_week_model_passes_the_model_tester(qtmodeltester, page, storage, tools):
    storage.set_minutes(tools[0].id, MONDAY, 30, today=TODAY)
    page.refresh()
    qtmodeltester.check(page.model)


def test_tab_saves_and_moves_right_into_the_next_day(qtbot, page, tools, reopen):
    index = page.model.index(0, 0)
    page.table.setCurrentIndex(index)
    qtbot.keyClick(page.table, "2")
    qtbot.keyClick(page.table.indexWidget(index), Qt.Key.Key_Tab)
    assert page.table.currentIndex() == page.model.index(0, 1)
    assert reopen().minutes_between(MONDAY, MONDAY) == {(tools[0].id, MONDAY): 2}


def test_home_comes_back_to_the_current_week(qtbot, page):
    qtbot.keyClick(page.table, Qt.Key.Key_PageUp)
    qtbot.keyClick(page.table, Qt.Key.Key_PageUp)
    assert page.model.monday == date(2026, 11, 2)
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    assert page.model.monday == MONDAY
    assert "（本周）" in page.findChild(QLabel, "weekLabel").text()


def test_a_tool_whose_share_is_unanswered_adds_no_formality_minutes_and_says_so(qtbot, storage):
    unanswered = storage.save_tool(Tool("河长制", kind="app"))
    rated = storage.save_tool(Tool("学习强国", kind="app", formality_share=100))
    storage.set_minutes_many([(unanswered.id, MONDAY, 60), (rated.id, TUESDAY, 20)], today=TODAY)
    page = DailyLogPage(storage, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    formality_row = 3
    assert shown(page, formality_row, 0) == ""  # Monday only has 河长制: unknown, not 0
    assert shown(page, formality_row, 1) == "20"
    assert page.model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) == "政务APP，留痕占比未填"
    summary = page.findChild(QLabel, "summaryLabel").text()
    assert "其中留痕 20 分钟，占已填留痕占比工具时间的 100%" in summary


def test_same_as_last_week_fills_only_the_empty_cells_up_to_today_and_undoes_in_one_step(qtbot, page, storage,
                                                                                          tools, reopen):
    from datetime import timedelta

    week_ago = timedelta(days=7)
    storage.set_minutes_many([(tools[0].id, MONDAY - week_ago, 30), (tools[1].id, TUESDAY - week_ago, 20),
                              (tools[0].id, THURSDAY - week_ago, 40)])
    type_into(qtbot, page, 0, 0, "45")  # Monday already typed this week: kept
    qtbot.mouseClick(page.findChild(QPushButton, "copyPreviousWeek"), Qt.MouseButton.LeftButton)

    saved = reopen().minutes_between(MONDAY, THURSDAY)
    assert saved == {(tools[0].id, MONDAY): 45, (tools[1].id, TUESDAY): 20}  # Thursday is still to come
    assert "1 个格子" in status(page)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert reopen().minutes_between(MONDAY, THURSDAY) == {(tools[0].id, MONDAY): 45}
