"""The first question of a new database: does a cadre fill in their own answers here, or a supervisor gather
everyone's? Asked before the cadre's notice, which a supervisor does not need."""

from __future__ import annotations

from PySide6.QtWidgets import QCommandLinkButton, QDialog, QLabel, QVBoxLayout, QWidget

from ui.common.screen_fit import FittedDialog

from . import roles


class RoleDialog(FittedDialog):
    """One button per role, its meaning beneath it; a click chooses. Closing chooses nothing (the program ends)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("roleDialog")
        self.setWindowTitle(self.tr("欢迎使用指尖减负调查"))
        self.chosen: str | None = None
        intro = QLabel(self.tr("您在这个数据文件里做什么？以后可以在「文件 → 设置」里更改。"), self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.buttons: dict[str, QCommandLinkButton] = {}
        for code, _, _ in roles.ROLES:
            button = QCommandLinkButton(roles.name(code), roles.meaning(code), self)
            button.setObjectName(f"role_{code}")
            button.clicked.connect(lambda _=False, c=code: self._choose(c))
            layout.addWidget(button)
            self.buttons[code] = button
        self.buttons[roles.CADRE].setDefault(True)
        self.resize(560, self.sizeHint().height())

    def _choose(self, role: str) -> None:
        self.chosen = role
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> str | None:
        """The role picked, or None when the dialog was closed. Tests replace this to skip the modal loop."""
        dialog = cls(parent)
        try:
            return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
