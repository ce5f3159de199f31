"""Widgets shared by the pages: choice boxes, check-box sets, a yes/no box, record tables, page actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QGridLayout, QHeaderView, QLabel, QTableView, QWidget,
)

from burden_survey.choices import Vocabulary


def choice_label(vocabulary: Vocabulary, code: str | None) -> str:
    """A vocabulary label as shown: through Qt's translator, so English comes from the .qm file."""
    label = vocabulary.label(code)
    return QCoreApplication.translate("choices", label) if label else ""


class ChoiceCombo(QComboBox):
    """Pick one code of a vocabulary; the first entry, 「请选择」, stands for no answer (None)."""

    def __init__(self, vocabulary: Vocabulary, parent: QWidget | None = None, empty_text: str | None = None):
        super().__init__(parent)
        self.vocabulary = vocabulary
        self.addItem(empty_text if empty_text is not None else self.tr("（请选择）"), None)
        for choice in vocabulary:
            self.addItem(choice_label(vocabulary, choice.code), choice.code)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, code: str | None) -> None:
        index = self.findData(code) if code is not None else 0
        self.setCurrentIndex(max(index, 0))


class MultiChoice(QWidget):
    """Tick any number of codes of a vocabulary, laid out in a grid."""

    changed = Signal()

    def __init__(self, vocabulary: Vocabulary, columns: int = 3, parent: QWidget | None = None):
        super().__init__(parent)
        self.vocabulary = vocabulary
        self.boxes: dict[str, QCheckBox] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for i, choice in enumerate(vocabulary):
            box = QCheckBox(choice_label(vocabulary, choice.code), self)
            box.setObjectName(f"{vocabulary.name}_{choice.code}")
            box.toggled.connect(self.changed)
            layout.addWidget(box, i // columns, i % columns)
            self.boxes[choice.code] = box

    def value(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, codes: list[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)


class YesNoCombo(QComboBox):
    """是 / 否 / no answer, for the optional yes-or-no fields (True, False, None)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.addItem(self.tr("（请选择）"), None)
        self.addItem(self.tr("是"), True)
        self.addItem(self.tr("否"), False)

    def value(self) -> bool | None:
        return self.currentData()

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex({None: 0, True: 1, False: 2}[value])


def record_table(parent: QWidget, model, name: str) -> QTableView:
    """A read-only table of records: whole rows selected one at a time, edited through a dialog."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


def page_action(page: QWidget, name: str, text: str, tip: str, keys: list[QKeySequence]) -> QAction:
    """An action of one page; its shortcuts act only while the page has the focus, since pages share keys."""
    action = QAction(text, page)
    action.setObjectName(name)
    action.setToolTip(tip)
    action.setShortcuts(keys)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    page.addAction(action)
    return action


def empty_state(parent: QWidget, text: str = "") -> QLabel:
    """The centred grey line that tells a user with no records yet how to start (styled in style.qss)."""
    label = QLabel(text, parent)
    label.setObjectName("emptyState")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


def edit_on_enter(table: QTableView, slot) -> QAction:
    """Enter (either key) on a record table opens the selected record; only while the table has the focus,
    so it never steals Enter from a filter box or a field."""
    enter = QAction(table)
    enter.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
    enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    enter.triggered.connect(slot)
    table.addAction(enter)
    return enter
