"""The 「摊派下载」 page: a table of the download quotas handed to the cadre, with add, edit, delete and undo."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from burden_survey.survey.choices import QUOTA_LEVELS, QUOTA_TARGET_GROUPS
from burden_survey.survey.fields import SHARE_BASES
from burden_survey.survey.model import Quota
from ui.common.page import Page
from ui.common.undo import SoftDelete, undo_action
from ui.common.table_model import RowsModel
from ui.common.widgets import choice_label, empty_state, page_action, record_table

from .quota_dialog import QuotaDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuotasPage", text)


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _target(quota: Quota) -> str:
    """The count, and for quotas set as a share of the population, the share too."""
    count = _number(quota.target_count)
    if quota.target_basis in SHARE_BASES and quota.target_share_percent is not None:
        share = f"{quota.target_share_percent:g}%"
        return f"{count}（{share}）" if count else share
    return count


def _completion(quota: Quota) -> str:
    if quota.target_count and quota.achieved_count is not None:
        return f"{quota.achieved_count / quota.target_count:.0%}"
    return ""


def _yes_no(value: bool | None) -> str:
    return "" if value is None else _tr("是") if value else _tr("否")


class QuotasModel(RowsModel):
    COLUMNS = [
        (QT_TRANSLATE_NOOP("columns", "应用"), lambda q: q.tool_name),
        (QT_TRANSLATE_NOOP("columns", "下达层级"), lambda q: choice_label(QUOTA_LEVELS, q.assigned_by)),
        (QT_TRANSLATE_NOOP("columns", "对象"), lambda q: choice_label(QUOTA_TARGET_GROUPS, q.target_group)),
        (QT_TRANSLATE_NOOP("columns", "指标"), _target),
        (QT_TRANSLATE_NOOP("columns", "已完成"), lambda q: _number(q.achieved_count)),
        (QT_TRANSLATE_NOOP("columns", "完成率"), _completion),
        (QT_TRANSLATE_NOOP("columns", "截止日期"), lambda q: q.deadline.isoformat() if q.deadline else _tr("未定")),
        (QT_TRANSLATE_NOOP("columns", "计入考核"), lambda q: _yes_no(q.counted_in_assessment)),
        (QT_TRANSLATE_NOOP("columns", "耗时(小时)"), lambda q: _number(q.hours_spent)),
    ]
    NUMERIC_COLUMNS = frozenset({3, 4, 5, 8})


class QuotasPage(Page):
    """Each add, edit or delete is written at once; the table is reloaded from storage afterwards."""

    def __init__(self, storage, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.undo_stack = QUndoStack(self)
        self._create_widgets()
        self._lay_out()
        self._connect()
        self.refresh()

    def _create_widgets(self) -> None:
        self.intro = QLabel(self.tr("记录上级分派给您的动员群众、企业下载或注册应用的任务（规定对照第 4 题）。"), self)
        self.intro.setWordWrap(True)
        self.model = QuotasModel(self)
        self.view = record_table(self, self.model, "quotas_table")
        # A handful of rows: columns fit their contents and the name takes the rest.
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.empty_state = empty_state(self, self.tr("还没有摊派下载任务——点击「添加」"))
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")

        self.add_action = page_action(self, "add", self.tr("添加(&A)"), self.tr("添加一项摊派下载任务（Ctrl+N 或 Insert）"),
                                       [QKeySequence("Ctrl+N"), QKeySequence(Qt.Key.Key_Insert)])
        self.edit_action = page_action(self, "edit", self.tr("修改(&E)"), self.tr("修改选中的任务（回车或双击）"), [])
        self.delete_action = page_action(self, "delete", self.tr("删除(&D)"), self.tr("删除选中的任务（Delete），可撤销"),
                                          [QKeySequence(Qt.Key.Key_Delete)])
        self.undo_action = undo_action(self, self.undo_stack, "undo")
        self.buttons = []
        for action in (self.add_action, self.edit_action, self.delete_action, self.undo_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setObjectName(f"{action.objectName()}_button")
            self.buttons.append(button)

    def _lay_out(self) -> None:
        toolbar = QHBoxLayout()
        for button in self.buttons:
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_state, 1)
        layout.addWidget(self.summary)

    def _connect(self) -> None:
        self.add_action.triggered.connect(self.add_quota)
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        # activated covers both double-click and Enter on the selected row.
        self.view.activated.connect(lambda _index: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(self._update_actions)

    def refresh(self) -> None:
        self.model.set_rows(self.storage.list_quotas())
        empty = not self.model.rows
        self.view.setHidden(empty)
        self.empty_state.setHidden(not empty)
        self.summary.setText(self._summary_text())
        self._update_actions()

    def _summary_text(self) -> str:
        rows = self.model.rows
        target = sum(q.target_count or 0 for q in rows)
        achieved = sum(q.achieved_count or 0 for q in rows)
        hours = sum(q.hours_spent or 0 for q in rows)
        return self.tr("任务数 {0} · 指标合计 {1} · 完成合计 {2} · 耗时合计 {3} 小时").format(
            len(rows), target, achieved, f"{hours:g}")

    def _update_actions(self) -> None:
        has_selection = self.selected_quota() is not None
        self.edit_action.setEnabled(has_selection)
        self.delete_action.setEnabled(has_selection)

    def selected_quota(self) -> Quota | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_quota(self, quota_id: int | None) -> None:
        for row, quota in enumerate(self.model.rows):
            if quota.id == quota_id:
                self.view.selectRow(row)
                return

    def after_change(self, select_id: int | None = None) -> None:
        """Reload, keep the cadre's place, and tell the window something was saved."""
        self.refresh()
        self.select_quota(select_id)
        self.changed.emit()

    def add_quota(self) -> None:
        quota = QuotaDialog.ask(self, self.storage)
        if quota is not None:
            self.after_change(select_id=quota.id)

    def edit_selected(self) -> None:
        current = self.selected_quota()
        if current is None:
            return
        quota = QuotaDialog.ask(self, self.storage, current)
        if quota is not None:
            self.after_change(select_id=quota.id)

    def delete_selected(self) -> None:
        current = self.selected_quota()
        if current is not None:
            quota_id = current.id
            self.undo_stack.push(SoftDelete(
                _tr("删除「{0}」").format(current.tool_name), lambda: self.storage.delete_quota(quota_id),
                lambda: self.storage.restore_quota(quota_id),
                lambda _, restored: self.after_change(select_id=quota_id if restored else None)))
