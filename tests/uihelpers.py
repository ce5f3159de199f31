"""What a user's hands do, for widget tests: type Chinese, tick a box, bring a window to the front."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget


def type_chinese(widget: QWidget, text: str) -> None:
    """Chinese arrives through the input method as a commit string; QTest.keyClicks only knows ASCII keys."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def tick(qtbot, box: QCheckBox) -> None:
    """Click a check box on its indicator: a short label's centre can lie outside the clickable part."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def show_active(qtbot, widget: QWidget) -> QWidget:
    """Show a top-level widget and wait until it is active: shortcuts reach only the active window."""
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget
