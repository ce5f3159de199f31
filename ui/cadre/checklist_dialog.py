"""「从常用清单添加…」: tick the common apps, accounts and groups you must check, and they are listed at once,
with their kind (and, if you say so, the actions they usually ask) for you to correct later in each one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from burden_survey.store.storage import Storage
from burden_survey.survey import catalogue
from burden_survey.survey.choices import ACTIONS, TOOL_KINDS
from burden_survey.survey.model import Tool
from burden_survey.system.errors import InputRejected
from ui.common.errors import show_error
from ui.common.said import joined
from ui.common.screen_fit import FittedDialog
from ui.common.widgets import choice_label, run_modal

NAME, KIND, ACTIONS_COLUMN = range(3)


class ChecklistDialog(FittedDialog):
    """Names grouped by kind, each with a check box; those already listed are ticked and cannot be unticked here."""

    def __init__(self, storage: Storage, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.added: list[Tool] = []
        self.setObjectName("checklistDialog")
        self.setWindowTitle(self.tr("从常用清单添加"))
        intro = QLabel(self.tr("勾选要求您使用的每一项，点击「添加」。类型已按名称填好；频率、留痕占比等可以之后在每一项里补充。"
                               "清单里没有的，用「添加」（Ctrl+N）逐个填写。"), self)
        intro.setWordWrap(True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("checklistFilter")
        self.filter_edit.setPlaceholderText(self.tr("输入名称中的字，只显示相符的"))
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("checklist")
        self.tree.setHeaderLabels([self.tr("名称"), self.tr("类型"), self.tr("常见要求的操作")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.with_actions = QCheckBox(self.tr("同时记下「常见要求的操作」（请确认与您的实际情况相符）"), self)
        self.with_actions.setObjectName("checklistWithActions")
        self.with_actions.setToolTip(self.tr("不勾选时只记下名称和类型，要求的操作留空（未填），以后在每一项里填写"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("checklistCount")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.addButton(self.tr("添加"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("checklistAdd")
        self.add_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.with_actions)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        self._fill()
        self.tree.itemChanged.connect(lambda *_: self._show_count())
        self.filter_edit.textChanged.connect(self._filter)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(720, 600)
        self._show_count()

    def _fill(self) -> None:
        names_by_kind: dict[str, list[str]] = {}
        for name, kind in catalogue.catalogue().items():
            names_by_kind.setdefault(kind, []).append(name)
        existing = {t.name for t in self.storage.list_tools()}
        for kind in TOOL_KINDS.codes():
            if kind not in names_by_kind:
                continue
            group = QTreeWidgetItem(self.tree, [choice_label(TOOL_KINDS, kind)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for name in names_by_kind[kind]:
                actions = joined(choice_label(ACTIONS, code) for code in catalogue.typical_actions(name))
                item = QTreeWidgetItem(group, [name, choice_label(TOOL_KINDS, kind), actions])
                item.setData(NAME, Qt.ItemDataRole.UserRole, kind)
                if name in existing:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    item.setCheckState(NAME, Qt.CheckState.Checked)
                    item.setToolTip(NAME, self.tr("已在您的清单中"))
                else:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(NAME, Qt.CheckState.Unchecked)
        self.tree.expandAll()
        for column in (NAME, KIND):
            self.tree.resizeColumnToContents(column)

    def items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(g).child(c) for g in range(self.tree.topLevelItemCount())
                for c in range(self.tree.topLevelItem(g).childCount())]

    def ticked(self) -> list[QTreeWidgetItem]:
        return [item for item in self.items() if item.flags() & Qt.ItemFlag.ItemIsUserCheckable
                and item.checkState(NAME) == Qt.CheckState.Checked]

    def _show_count(self) -> None:
        count = len(self.ticked())
        self.count_label.setText(self.tr("已勾选 {0} 项").format(count))
        self.add_button.setEnabled(count > 0)

    def _filter(self, text: str) -> None:
        text = text.strip()
        for group in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(group)
            shown = 0
            for child in range(top.childCount()):
                item = top.child(child)
                item.setHidden(bool(text) and text not in item.text(NAME))
                shown += not item.isHidden()
            top.setHidden(shown == 0)

    def accept(self) -> None:
        with_actions = self.with_actions.isChecked()
        tools = [Tool(name=item.text(NAME), kind=item.data(NAME, Qt.ItemDataRole.UserRole),
                      actions=catalogue.typical_actions(item.text(NAME)) if with_actions else [])
                 for item in self.ticked()]
        try:
            self.added = self.storage.save_tools(tools)
        except InputRejected as exc:  # more tools than an answer may hold
            show_error(self, exc)
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, storage: Storage) -> list[Tool]:
        """The tools added (none when cancelled)."""
        return run_modal(cls(storage, parent), lambda dialog: dialog.added) or []
