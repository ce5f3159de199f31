"""The stacked widget that shows one page at a time inside a scroll area."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget


class CurrentPageStack(QStackedWidget):
    """A stacked widget as tall as the page on show needs for a given width.

    Qt's own takes the tallest of all its pages, shown or not: in a scroll area one tall hidden page (the import
    page with large text) would make every other page scroll up and down.
    """

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        page = self.currentWidget()
        return page.heightForWidth(width) if page is not None and page.hasHeightForWidth() else -1
