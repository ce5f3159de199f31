"""What the main window asks of every page (the pages are listed in ui/shell/pages.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """A page of the main window.

    - It is made as `Page(storage, window)` the first time it is shown, and its object name is `page_<key>`.
    - `refresh()` reads the database again: the window calls it each time the page is shown and after a restore.
    - `changed` is emitted after the page wrote to the database; the window says 「已保存」 in its status bar.
    - `stop_background_work()` ends any thread of the page before the window closes (nothing to end by default).
    Its title, help section and Ctrl+digit shortcut come from its entry in ui/shell/pages.py, not from the page.
    """

    changed = Signal()

    def refresh(self) -> None:
        raise NotImplementedError

    def stop_background_work(self) -> None:
        pass
