"""文件 → 设置…: the interface language and the large-text mode, remembered in QSettings, and who works in the open
database (its role, kept in the database)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.common import appearance
from ui.common.screen_fit import FittedDialog

from . import roles


class SettingsDialog(FittedDialog):
    """The text size takes effect at once; the language at the next start (pages are built in one language)."""

    def __init__(self, parent: QWidget | None = None, role: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("设置"))

        self.role = QComboBox(self)
        self.role.setObjectName("role")
        for code, _, _ in roles.ROLES:
            self.role.addItem(roles.name(code), code)
            self.role.setItemData(self.role.count() - 1, roles.meaning(code), Qt.ItemDataRole.ToolTipRole)
        self.role.setCurrentIndex(max(self.role.findData(role or roles.BOTH), 0))
        self.role_note = QLabel(self)
        self.role_note.setObjectName("roleNote")
        self.role_note.setWordWrap(True)

        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in appearance.LANGUAGES:
            self.language.addItem(name, code)
        self.font_scale = QComboBox(self)
        self.font_scale.setObjectName("fontScale")
        for percent in appearance.FONT_SCALES:
            text = self.tr("{0}%（标准）").format(percent) if percent == 100 else f"{percent}%"
            self.font_scale.addItem(text, percent)
        self.font_scale.setToolTip(self.tr("放大程序里所有的文字，适合看小字吃力时使用；立即生效"))
        self.restart_note = QLabel(self.tr("界面语言在下次启动程序时生效。"), self)
        self.restart_note.setObjectName("restartNote")
        self.restart_note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)

        form = QFormLayout()
        language_label = QLabel(self.tr("界面语言(&L)"), self)
        language_label.setBuddy(self.language)
        scale_label = QLabel(self.tr("文字大小(&T)"), self)
        scale_label.setBuddy(self.font_scale)
        role_label = QLabel(self.tr("用途(&U)"), self)
        role_label.setBuddy(self.role)
        form.addRow(role_label, self.role)
        form.addRow("", self.role_note)
        form.addRow(language_label, self.language)
        form.addRow(scale_label, self.font_scale)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.restart_note)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.language.currentIndexChanged.connect(self._show_restart_note)
        self.role.currentIndexChanged.connect(lambda _: self.role_note.setText(roles.meaning(self.role.currentData())))
        self.role_note.setText(roles.meaning(self.role.currentData()))

        self.language.setCurrentIndex(max(self.language.findData(appearance.saved_language()), 0))
        self.font_scale.setCurrentIndex(max(self.font_scale.findData(appearance.saved_font_scale()), 0))
        self._language_at_start = self.language.currentData()
        self._show_restart_note()

    def _show_restart_note(self) -> None:
        self.restart_note.setVisible(self.language.currentData() != self._language_at_start)

    def accept(self) -> None:
        appearance.save(self.language.currentData(), self.font_scale.currentData())
        app = QApplication.instance()
        if app is not None:
            appearance.apply_font_scale(app, self.font_scale.currentData())
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None, role: str | None = None) -> str | None:
        """Show the dialog; the role chosen when the user saved, None when they cancelled. Tests replace this to
        skip the modal loop."""
        dialog = cls(parent, role)
        try:
            return dialog.role.currentData() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
