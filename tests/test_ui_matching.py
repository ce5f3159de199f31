"""「名称匹配」: a supervisor confirms, rejects or sets aside suggested matches, read back from the database file."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from uihelpers import show_active

from burden_survey.registry import matching, registry
from burden_survey.survey.model import Profile, Tool
from burden_survey.registry.registry import RegistryApp
from ui.registry.matching_page import MatchingPage

MONDAY = date(2026, 11, 16)


def register(storage, name, kind="app"):
    return registry.save_app(storage, RegistryApp(name=name, kind=kind, owner_unit="县委组织部")).id


def report(storage, name, kind="app", respondents=1, minutes=30):
    """`respondents` cadres each report a tool by this name with `minutes` on one Monday (as an import would)."""
    for _ in range(respondents):
        storage.add_respondent_bundle(Profile(township_name="城关镇"), [Tool(name=name, kind=kind)],
                                      [(0, MONDAY, minutes)], [], [])


@pytest.fixture
def county(storage):
    """Two registry apps, names typed the cadres' way, and a mini-program the registry does not hold."""
    apps = {"学习强国": register(storage, "学习强国"), "i国网": register(storage, "i国网")}
    report(storage, "学习强国APP", respondents=6)
    report(storage, "xxqg", respondents=2)
    report(storage, "i国网客户端", respondents=3)
    report(storage, "平安巡查小程序", kind="mini_program", respondents=7, minutes=20)
    report(storage, "城关镇防汛群", kind="work_group", respondents=2)
    return apps


def open_page(qtbot, storage):
    page = MatchingPage(storage)
    show_active(qtbot, page)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.refresh()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    return page


def column(model, header):
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    c = headers.index(header)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def selected_name(page):
    return page.selected_suggestion().reported


def test_suggestions_show_the_name_the_app_the_reason_and_small_groups_as_under_five(qtbot, storage, county):
    page = open_page(qtbot, storage)
    assert column(page.model, "上报名称") == ["学习强国APP", "i国网客户端", "xxqg"]
    # Six people typed 学习强国APP: their count comes through the disclosure guard, the others' not at all.
    assert column(page.model, "人数") == [str(matching.suggest_matches(storage)[0].respondents), "<5", "<5"]
    assert column(page.model, "建议匹配") == ["学习强国", "i国网", "学习强国"]
    assert column(page.model, "依据")[0] == "去掉「APP」后相同"
    assert column(page.model, "相似度")[2] == "90%"
    assert selected_name(page) == "学习强国APP"  # ready for the keyboard from the start


def test_enter_confirms_the_alias_the_row_leaves_and_the_next_one_is_selected(qtbot, storage, county, reopen):
    page = open_page(qtbot, storage)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert column(page.model, "上报名称") == ["i国网客户端", "xxqg"]
    assert selected_name(page) == "i国网客户端"
    assert "已确认" in page.status_label.text()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)

    page.table.selectRow(1)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # xxqg, the pinyin initials
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    assert column(page.model, "上报名称") == ["i国网客户端"]
    assert matching.resolve(reopen())["xxqg"] == county["学习强国"]


def test_the_confirm_button_writes_the_alias_too(qtbot, storage, county, reopen):
    page = open_page(qtbot, storage)
    page.table.selectRow(1)
    qtbot.mouseClick(page.findChild(type(page.buttons[0]), "confirmMatchButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    assert "i国网客户端" not in column(page.model, "上报名称")
    assert matching.resolve(reopen())["i国网"] == county["i国网"]


def test_a_rejected_suggestion_never_comes_back(qtbot, storage, county, reopen):
    page = open_page(qtbot, storage)
    page.table.selectRow(2)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert column(page.model, "上报名称") == ["学习强国APP", "i国网客户端"]
    assert selected_name(page) == "i国网客户端"  # the last row went, so the one above is next
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    assert "xxqg" not in column(page.model, "上报名称")

    again = open_page(qtbot, reopen())
    assert "xxqg" not in column(again.model, "上报名称")
    assert "xxqg" in column(again.unregistered_model, "上报名称")


def test_not_in_the_registry_moves_the_name_to_the_unregistered_tools(qtbot, storage, county):
    page = open_page(qtbot, storage)
    page.table.selectRow(1)
    qtbot.mouseClick(page.findChild(type(page.buttons[2]), "markUnregisteredButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    assert "i国网客户端" not in column(page.model, "上报名称")
    assert "i国网客户端" in column(page.unregistered_model, "上报名称")


def test_the_unregistered_tools_list_the_mini_program_and_hide_small_groups(qtbot, storage, county):
    page = open_page(qtbot, storage)
    names = column(page.unregistered_model, "上报名称")
    assert names[0] == "平安巡查小程序"
    assert column(page.unregistered_model, "类型")[0] == "小程序"
    shown = matching.unregistered(storage)[0]  # seven people, 140 minutes, through the disclosure guard
    assert column(page.unregistered_model, "人数")[0] == str(shown[2])
    assert column(page.unregistered_model, "累计用时（分钟）")[0] == str(shown[3])
    assert abs(shown[2] - 7) <= 2 and abs(shown[3] - 140) <= 0.45 * 20 + 1
    group = names.index("城关镇防汛群")
    assert column(page.unregistered_model, "人数")[group] == "<5"
    assert column(page.unregistered_model, "累计用时（分钟）")[group] == "—"


def test_an_empty_database_says_what_to_do_instead_of_showing_empty_tables(qtbot, storage):
    page = open_page(qtbot, storage)
    assert page.suggestion_stack.currentWidget() is page.suggestion_empty
    assert "没有待确认的匹配建议" in page.suggestion_empty.text()
    assert page.unregistered_stack.currentWidget() is page.unregistered_empty
    assert not page.confirm_action.isEnabled()


def test_both_models_pass_the_model_tester(qtbot, qtmodeltester, storage, county):
    page = open_page(qtbot, storage)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.unregistered_model)
