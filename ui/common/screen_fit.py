"""Dialogs that fit the screen: at 150 % Windows scaling a 1366×768 screen is 911×512 points, less the taskbar.

A dialog taller than that opens with its buttons below the screen's edge, out of reach. Every dialog of the app
derives from FittedDialog, which on showing keeps itself (frame included) inside the screen's free area; the
long parts of a dialog sit in a ScrollingPage, which is as big as its content when there is room and scrolls
when there is not. At 100 % nothing changes.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QWidget

TITLE_BAR = 32  # points a Windows title bar and frame take, before the dialog is shown and its frame is known


class FittedDialog(QDialog):
    def showEvent(self, event) -> None:
        super().showEvent(event)
        fit_to_screen(self)


def fit_to_screen(dialog: QWidget) -> None:
    """Shrink the dialog to the screen's free area (its minimum size too) and move it fully onto the screen."""
    screen = dialog.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    frame = max(dialog.frameGeometry().height() - dialog.height(), TITLE_BAR if dialog.isWindow() else 0)
    most = QSize(room.width() - 8, room.height() - frame - 8)
    if dialog.minimumWidth() > most.width() or dialog.minimumHeight() > most.height():
        dialog.setMinimumSize(min(dialog.minimumWidth(), most.width()), min(dialog.minimumHeight(), most.height()))
    # Qt opens a window at no more than 2/3 of the screen; a form that scrolls may have all the room it needs.
    wanted = dialog.size().expandedTo(dialog.sizeHint())
    fitted = QSize(min(wanted.width(), most.width()), min(wanted.height(), most.height()))
    if fitted != dialog.size():
        dialog.resize(fitted)
    spot = dialog.frameGeometry()
    whole_height = dialog.height() + frame  # with the title bar, even before the window manager has drawn it
    x = max(min(spot.x(), room.x() + room.width() - spot.width()), room.x())
    y = max(min(spot.y(), room.y() + room.height() - whole_height), room.y())
    if (x, y) != (spot.x(), spot.y()):
        dialog.move(x, y)


class ScrollingPage(QScrollArea):
    """Holds a form: asks for the form's whole size, gives way to a scroll bar when the screen is smaller."""

    def __init__(self, content: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setWidget(content)

    def sizeHint(self) -> QSize:
        hint = self.widget().sizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() + bar, hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.widget().minimumSizeHint().width(), 120)
