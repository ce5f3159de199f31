"""A yes-or-no question whose buttons name both choices: deleting a backup, destroying a wave, dropping a form's
unsaved edits. Tests replace `Confirm.ask`; a headless run that did not is never left waiting for a click."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


class Confirm:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, details: str, yes_text: str,
            no_text: str = "") -> bool:
        """True when the user chose `yes_text`. The other button (`no_text`, else 取消) is the default: Enter
        never destroys by accident."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
        box.setObjectName("confirmBox")
        box.setInformativeText(details)
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if no_text:  # a named choice, not a cancel: without the cancel's red cross
            box.button(QMessageBox.StandardButton.Cancel).setText(no_text)
            box.button(QMessageBox.StandardButton.Cancel).setIcon(QIcon())
        if QApplication.platformName() == "offscreen":  # nobody to click: the safe answer
            box.show()
            box.close()
            return False
        box.exec()
        return box.clickedButton() is yes
