"""「我的数字任务」: the list of apps, accounts and work groups the cadre has to feed."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from burden_survey.survey import validation
from burden_survey.survey.choices import (
    AFTER_HOURS,
    FREQUENCIES,
    OBLIGATIONS,
    PLATFORMS,
    RANKED,
    TOOL_KINDS,
    WORK_GROUP,
)
from burden_survey.survey.model import Tool
from ui.common.page import Page
from ui.common.said import joined
from ui.common.undo import SoftDelete, undo_action
from ui.common.table_model import RowsModel
from ui.common.widgets import ChoiceCombo, choice_label, edit_on_enter, empty_state, page_action, record_table

from .checklist_dialog import ChecklistDialog
from .tool_dialog import ToolDialog


def _share_text(tool: Tool) -> str:
    """「未填」, never a guessed 0 %: the cadre sees which shares still wait for an answer."""
    if tool.formality_share is None:
        return QCoreApplication.translate("ToolsModel", "未填")
    return f"{tool.formality_share}%"


class ToolsModel(RowsModel):
    """One row per tool, in the words of the survey."""

    COLUMNS = [
        (QT_TRANSLATE_NOOP("columns", "名称"), lambda t: t.name),
        (QT_TRANSLATE_NOOP("columns", "类型"), lambda t: choice_label(TOOL_KINDS, t.kind)),
        (QT_TRANSLATE_NOOP("columns", "平台"), lambda t: choice_label(PLATFORMS, t.platform)),
        (QT_TRANSLATE_NOOP("columns", "要求方式"), lambda t: choice_label(OBLIGATIONS, t.obligation)),
        # 要求频率 as the form and the first-start wizard say it (before: 「频率」 here, one field in two words).
        (QT_TRANSLATE_NOOP("columns", "要求频率"), lambda t: choice_label(FREQUENCIES, t.frequency)),
        (QT_TRANSLATE_NOOP("columns", "留痕占比"), _share_text),
        (QT_TRANSLATE_NOOP("columns", "排名"), lambda t: choice_label(RANKED, t.ranked)),
        (QT_TRANSLATE_NOOP("columns", "有用程度"), lambda t: t.usefulness),
        (QT_TRANSLATE_NOOP("columns", "下班后"), lambda t: choice_label(AFTER_HOURS, t.after_hours)),
    ]


class ToolsPage(Page):
    """Add, edit, delete (with undo) and filter the cadre's tools."""

    def __init__(self, storage, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.tools: list[Tool] = []
        self.undo_stack = QUndoStack(self)
        self._create_widgets()
        self._lay_out()
        self._connect()
        self.refresh()

    def _create_widgets(self) -> None:
        self.kind_filter = ChoiceCombo(TOOL_KINDS, self, empty_text=self.tr("全部类型"))
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.setToolTip(self.tr("只显示一种类型"))
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("kindCounts")
        self.counts_label.setWordWrap(True)  # many kinds, large text or English: wraps rather than widens the page
        self.counts_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("warningNote")
        self.note_label.setWordWrap(True)
        # A yellow note, not an error: unusual figures are worth a second look, never refused.
        self.note_label.hide()

        self.add_action = page_action(self, "addTool", self.tr("添加"), self.tr("添加一个应用、公众号或工作群（Ctrl+N）"),
                                       [QKeySequence("Ctrl+N"), QKeySequence(Qt.Key.Key_Insert)])
        self.group_action = page_action(
            self, "addGroup", self.tr("添加工作群"),
            self.tr("添加一个工作群：所有问题在一页上（Ctrl+G）"), [QKeySequence("Ctrl+G")])
        self.checklist_action = page_action(
            self, "addFromChecklist", self.tr("从常用清单添加…"),
            self.tr("勾选常见的政务应用、公众号和工作群，一次添加多项（Ctrl+Shift+N）"), [QKeySequence("Ctrl+Shift+N")])
        self.edit_action = page_action(self, "editTool", self.tr("编辑"), self.tr("编辑选中的一项（回车或双击）"), [])
        self.delete_action = page_action(self, "deleteTool", self.tr("删除"), self.tr("删除选中的一项，可按 Ctrl+Z 撤销"),
                                          [QKeySequence(Qt.Key.Key_Delete)])
        self.undo_action = undo_action(self, self.undo_stack, "undoDelete")
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("toolsToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.add_action, self.group_action, self.checklist_action, self.edit_action, self.delete_action,
                       self.undo_action):
            self.toolbar.addAction(action)

        self.model = ToolsModel(self)
        self.table = record_table(self, self.model, "toolsTable")
        edit_on_enter(self.table, self.edit_selected)
        self.empty_label = empty_state(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLine")

    def _lay_out(self) -> None:
        # The counts take the whole width and the filter sits beside the buttons: side by side, at 200 % in
        # English the counts wrapped onto five lines beside a wide filter and left the table three rows.
        actions = QHBoxLayout()
        actions.addWidget(self.toolbar, 1)
        actions.addWidget(self.kind_filter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.note_label)
        layout.addLayout(actions)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status_label)

    def _connect(self) -> None:
        self.add_action.triggered.connect(self.add_tool)
        self.group_action.triggered.connect(self.add_group)
        self.checklist_action.triggered.connect(self.add_from_checklist)
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.doubleClicked.connect(self.edit_selected)
        self.kind_filter.currentIndexChanged.connect(self._show_rows)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

    # loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the tools from storage, keeping the filter and, where possible, the selection."""
        selected = self.selected_tool()
        self.tools = self.storage.list_tools()
        self._show_counts()
        self._show_rows(select_id=selected.id if selected else None)

    def _show_rows(self, *_, select_id: int | None = None) -> None:
        kind = self.kind_filter.value()
        self.model.set_rows([t for t in self.tools if kind is None or t.kind == kind])
        if not self.tools:
            self.empty_label.setText(self.tr(
                "还没有记录任何应用、公众号或工作群——点击「从常用清单添加…」一次勾选多项，或「添加」（Ctrl+N）逐个填写。\n"
                "每一个要求您安装、登录、打卡或回复的工具都算一项。"))
        elif not self.model.rows:
            self.empty_label.setText(self.tr("没有「{0}」类型的记录——选择「全部类型」查看全部。").format(
                choice_label(TOOL_KINDS, kind)))
        self.stack.setCurrentWidget(self.table if self.model.rows else self.empty_label)
        for row, tool in enumerate(self.model.rows):
            if tool.id == select_id:
                self.table.selectRow(row)
        self._update_actions()

    def _show_counts(self) -> None:
        counts = Counter(t.kind for t in self.tools)
        parts = [f"{choice_label(TOOL_KINDS, code)} {counts[code]}" for code in TOOL_KINDS.codes() if counts[code]]
        self.counts_label.setText(" · ".join(parts))
        groups = counts[WORK_GROUP]
        warnings = validation.plausibility_warnings(len(self.tools) - groups, groups, 0)
        self.note_label.setText("\n".join(warnings))
        self.note_label.setVisible(bool(warnings))

    def _update_actions(self) -> None:
        has_selection = self.selected_tool() is not None
        self.edit_action.setEnabled(has_selection)
        self.delete_action.setEnabled(has_selection)

    def selected_tool(self) -> Tool | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    # editing -------------------------------------------------------------------------
    def add_tool(self) -> None:
        # With a kind filter on, the new tool most likely is of that kind.
        kind = self.kind_filter.value()
        self._add(Tool(name="", kind=kind) if kind else None)

    def add_group(self) -> None:
        self._add(Tool(name="", kind=WORK_GROUP))

    def _add(self, blank: Tool | None) -> None:
        tool = ToolDialog.ask(self, self.storage, blank)
        if tool is not None:
            self.after_change(self.tr("已添加「{0}」").format(tool.name), select_id=tool.id)

    def add_from_checklist(self) -> None:
        added = ChecklistDialog.ask(self, self.storage)
        if added:
            self.after_change(self.tr("已添加 {0} 项：{1}").format(len(added), joined(t.name for t in added)),
                              select_id=added[0].id)

    def edit_selected(self) -> None:
        selected = self.selected_tool()
        if selected is None:
            return
        tool = ToolDialog.ask(self, self.storage, selected)
        if tool is not None:
            self.after_change(self.tr("已保存「{0}」").format(tool.name), select_id=tool.id)

    def delete_selected(self) -> None:
        selected = self.selected_tool()
        if selected is not None:
            tool_id, name = selected.id, selected.name
            self.undo_stack.push(SoftDelete(
                self.tr("删除「{0}」").format(name), lambda: self.storage.delete_tool(tool_id),
                lambda: self.storage.restore_tool(tool_id),
                lambda message, restored: self.after_change(message, select_id=tool_id if restored else None),
                done=self.tr("已删除「{0}」——按 Ctrl+Z 撤销").format(name), undone=self.tr("已恢复「{0}」").format(name)))

    def after_change(self, message: str, select_id: int | None = None) -> None:
        """Show the new state and tell the other pages that the tools changed."""
        self.status_label.setText(message)
        self.tools = self.storage.list_tools()
        self._show_counts()
        self._show_rows(select_id=select_id)
        self.changed.emit()
