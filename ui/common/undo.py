"""Deleting with undo: storage only hides a deleted record, so undo brings it back with its id and history."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from .widgets import page_action


def _tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


def undo_action(page: QWidget, stack: QUndoStack, name: str) -> QAction:
    """The page's 「撤销」 (Ctrl+Z), enabled while there is something to undo. Its text stays put so the toolbar
    does not jump; what it would undo is in its tooltip."""
    action = page_action(page, name, _tr("撤销"), "", [QKeySequence("Ctrl+Z")])
    action.setEnabled(False)
    action.triggered.connect(stack.undo)
    stack.canUndoChanged.connect(action.setEnabled)
    stack.undoTextChanged.connect(lambda text: action.setToolTip(_tr("撤销：{0}（Ctrl+Z）").format(text) if text else ""))
    return action


class SoftDelete(QUndoCommand):
    """`hide()` on redo, `restore()` on undo; `after(message, restored)` then shows the page's new state."""

    def __init__(self, text: str, hide: Callable[[], None], restore: Callable[[], None],
                 after: Callable[[str, bool], None], done: str = "", undone: str = ""):
        super().__init__(text)
        self._hide, self._restore, self._after = hide, restore, after
        self._done, self._undone = done, undone

    def redo(self) -> None:
        self._hide()
        self._after(self._done, False)

    def undo(self) -> None:
        self._restore()
        self._after(self._undone, True)
