"""「从常用清单添加…」: a cadre ticks the common apps and groups they must check, and they are listed at once —
with their kind, and with the usual actions only when the cadre says those are theirs."""

from PySide6.QtCore import Qt

from burden_survey.survey.model import Tool
from ui.cadre.checklist_dialog import NAME, ChecklistDialog
from ui.cadre.tools_page import ToolsPage


def open_checklist(qtbot, storage) -> ChecklistDialog:
    dialog = ChecklistDialog(storage)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def item(dialog, name: str):
    return next(i for i in dialog.items() if i.text(NAME) == name)


def tick(qtbot, dialog, name: str) -> None:
    """With the keyboard, as a cadre without a mouse would: select the row, press Space."""
    dialog.tree.setCurrentItem(item(dialog, name))
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    assert item(dialog, name).checkState(NAME) == Qt.CheckState.Checked


def test_ticked_names_are_saved_with_their_kind_and_no_guessed_actions(qtbot, storage, reopen):
    dialog = open_checklist(qtbot, storage)
    for name in ("学习强国", "青年大学习", "村两委工作群"):
        tick(qtbot, dialog, name)
    assert dialog.count_label.text() == "已勾选 3 项"
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    saved = {t.name: t for t in reopen().list_tools()}
    assert {n: t.kind for n, t in saved.items()} == {"学习强国": "app", "青年大学习": "official_account",
                                                    "村两委工作群": "work_group"}
    assert all(t.actions == [] and t.frequency is None and t.formality_share is None for t in saved.values())


def test_the_usual_actions_are_kept_only_when_the_cadre_confirms_them(qtbot, storage, reopen):
    dialog = open_checklist(qtbot, storage)
    assert item(dialog, "学习强国").text(2) == "学习刷积分、保持在线时长"
    tick(qtbot, dialog, "学习强国")
    dialog.with_actions.click()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    [tool] = reopen().list_tools()
    assert tool.actions == ["points", "online_time"]


def test_a_tool_already_listed_is_shown_ticked_and_not_added_twice(qtbot, storage, reopen):
    storage.save_tool(Tool(name="学习强国", kind="app"))
    dialog = open_checklist(qtbot, storage)
    listed = item(dialog, "学习强国")
    assert listed.checkState(NAME) == Qt.CheckState.Checked and not listed.flags() & Qt.ItemFlag.ItemIsEnabled
    assert not dialog.add_button.isEnabled()  # nothing new ticked
    tick(qtbot, dialog, "浙里办")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert sorted(t.name for t in reopen().list_tools()) == ["学习强国", "浙里办"]


def test_the_filter_shows_only_matching_names(qtbot, storage):
    dialog = open_checklist(qtbot, storage)
    dialog.filter_edit.setText("工作群")
    shown = [i.text(NAME) for i in dialog.items() if not i.isHidden()]
    assert shown and all("工作群" in name for name in shown)


def test_the_tools_page_lists_what_the_checklist_added(qtbot, storage, monkeypatch):
    page = ToolsPage(storage)
    qtbot.addWidget(page)

    def tick_two(cls, parent, store):
        return store.save_tools([Tool(name="学习强国", kind="app"), Tool(name="镇干部工作群", kind="work_group")])

    monkeypatch.setattr(ChecklistDialog, "ask", classmethod(tick_two))
    page.checklist_action.trigger()
    assert page.model.rowCount() == 2 and "已添加 2 项" in page.status_label.text()
