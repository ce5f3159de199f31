"""A thin read-only table model over a list of dataclasses: set_rows() and one COLUMNS table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from .said import said

Column = tuple[str, Callable[[Any], Any]]  # (header marked with QT_TRANSLATE_NOOP("columns", …), getter)


class RowsModel(QAbstractTableModel):
    """Subclasses set COLUMNS; each getter turns a row into the text shown in that column."""

    COLUMNS: list[Column] = []
    NUMERIC_COLUMNS: frozenset[int] = frozenset()  # numbers line up on the right, as in a spreadsheet
    # Columns of what the core wrote (a reason, a finding), shown in the UI's language; every other column is shown
    # as it is: a name someone typed is never translated, even when it reads like a word or a message.
    CORE_TEXT_COLUMNS: frozenset[int] = frozenset()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() in self.NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # The full text as a tooltip too: a cell too narrow for it (a long name at 200 %) shows its two ends.
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        value = self.COLUMNS[index.column()][1](self.rows[index.row()])
        text = "" if value is None else str(value)
        if index.column() in self.CORE_TEXT_COLUMNS:
            text = said(text)
        return text if role == Qt.ItemDataRole.DisplayRole or len(text) > 6 else None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("columns", self.COLUMNS[section][0])
        return str(section + 1)
