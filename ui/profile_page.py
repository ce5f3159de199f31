"""Placeholder page, replaced by the real one."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ProfilePage(QWidget):
    changed = Signal()

    def __init__(self, storage, parent=None):
        super().__init__(parent)
        self.storage = storage
        QVBoxLayout(self).addWidget(QLabel("ProfilePage"))

    def refresh(self) -> None:
        pass
