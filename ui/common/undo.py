"""Deleting with undo: storage only hides a deleted record, so undo brings it back with its id and history."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


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
