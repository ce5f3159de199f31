"""Asking the supervisor for a wave's passphrase before sealed survey files are imported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from burden_survey.survey_files.crypto import WrongPassphrase, shown_key_id
from burden_survey.survey_files.wave_keys import KeyRing, WaveKey, unlock_wave, waves_needing_passphrase
from burden_survey.system.errors import BurdenSurveyError

from .errors import show_error
from .screen_fit import FittedDialog
from .widgets import run_modal

Unlocked = TypeVar("Unlocked")


def passphrase_field(parent: QWidget) -> tuple[QLineEdit, QLabel]:
    """A hidden-text passphrase box and the red line under it that says what was wrong (hidden until then)."""
    edit = QLineEdit(parent)
    edit.setObjectName("passphrase")
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    problem = QLabel(parent)
    problem.setObjectName("passphraseProblem")
    problem.setStyleSheet("color: #c0392b")
    problem.setWordWrap(True)
    problem.hide()
    edit.textEdited.connect(lambda _: problem.hide())
    return edit, problem


def try_passphrase(dialog: QDialog, edit: QLineEdit, problem: QLabel,
                   unlock: Callable[[str], Unlocked]) -> Unlocked | None:
    """`unlock(passphrase)`, or None: a wrong passphrase is said under the box and the dialog stays open for another
    try; a key gone from the database is shown as an error and the dialog closes (nothing to retry)."""
    text = edit.text()
    try:
        return unlock(text)
    except WrongPassphrase:
        wrong = QCoreApplication.translate("PassphraseDialog", "口令不正确，请再试一次（注意大小写和输入法的全角、半角）。")
        problem.setText(wrong if text else QCoreApplication.translate("PassphraseDialog", "请先输入口令。"))
        problem.show()
        edit.selectAll()
        edit.setFocus()
    except BurdenSurveyError as exc:
        show_error(dialog, exc)
        dialog.reject()
    return None


class PassphraseDialog(FittedDialog):
    """One wave's passphrase; a wrong one is said in the dialog, which stays open for another try."""

    def __init__(self, storage, wave_key: WaveKey, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.wave_key = wave_key
        self.unlocked = None  # the wave's private key, once the right passphrase was typed
        titles = {w.id: w.title for w in storage.list_waves()}
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("输入批次口令"))

        self.intro = QLabel(self.tr("要导入的文件中有批次「{0}」（{1}）的加密答卷。请输入建立这一批次时设置的口令。").format(
            wave_key.wave_id, titles.get(wave_key.wave_id, wave_key.wave_id)), self)
        self.intro.setWordWrap(True)
        self.key_label = QLabel(shown_key_id(wave_key.key_id), self)
        self.key_label.setObjectName("keyId")
        self.passphrase_edit, self.problem_label = passphrase_field(self)
        self.skip_note = QLabel(self.tr("点击「跳过」：这一批次的加密答卷这次不导入，其他文件照常导入。"), self)
        self.skip_note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("解锁"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("跳过"))

        form = QFormLayout()
        form.addRow(self.tr("密钥编号"), self.key_label)
        form.addRow(self.tr("口令"), self.passphrase_edit)
        form.addRow("", self.problem_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.skip_note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.passphrase_edit.setFocus()

    def accept(self) -> None:
        self.unlocked = try_passphrase(self, self.passphrase_edit, self.problem_label,
                                       lambda text: unlock_wave(self.storage, self.wave_key.wave_id, text))
        if self.unlocked is not None:
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, storage, wave_key: WaveKey):
        """Show the dialog; the wave's unlocked private key, or None when the user skipped the wave.

        The key, not the passphrase, comes back: the passphrase is derived once and then forgotten.
        Tests replace this classmethod to type into the real dialog without a modal loop.
        """
        return run_modal(cls(storage, wave_key, parent), lambda dialog: dialog.unlocked)


def unlock_for(parent: QWidget | None, storage, paths: list[Path]) -> KeyRing:
    """Ask for the passphrase of every wave whose sealed files are among `paths` and whose key this database holds.

    Only file headers are read, so it is quick even for a big folder. A skipped wave is simply missing from
    the ring: its files are then refused by the import with a reason that says to enter the passphrase.
    """
    ring = KeyRing()
    for key in waves_needing_passphrase(storage, paths):
        private_key = PassphraseDialog.ask(parent, storage, key)
        if private_key is not None:
            ring.add(key.key_id, private_key)
    return ring
