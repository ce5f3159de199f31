"""The privacy notice (告知书): read, tick "我已阅读并理解", agree — before the first answer is recorded."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from burden_survey.store.storage import Storage
from burden_survey.survey import notice
from ui.common.screen_fit import FittedDialog


def _tr(text: str) -> str:
    # The notice text lives in the core (no Qt there), so it is translated under one context here.
    return QCoreApplication.translate("notice", text)


def notice_html(organiser: str | None = None) -> str:
    """The notice as simple HTML for the text browser, each piece passed through the translator."""
    who = organiser or _tr(notice.DEFAULT_ORGANISER)
    parts = [f"<p>{escape(_tr(notice.NOTICE_INTRO))}</p>"]
    for heading, body in notice.NOTICE_SECTIONS:
        parts.append(f"<h3>{escape(_tr(heading))}</h3>")
        parts.append(f"<p>{escape(_tr(body).format(organiser=who))}</p>")
    parts.append(f"<p><b>{escape(_tr(notice.NOTICE_CLOSING))}</b></p>")
    return "\n".join(parts)


class NoticeDialog(FittedDialog):
    """Shows the notice; accepting records the acknowledgement (with its version) in the database."""

    def __init__(self, storage: Storage, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.setObjectName("noticeDialog")
        self.setWindowTitle(self.tr("告知书 — 指尖减负调查"))
        self.setMinimumSize(560, 520)

        heading = QLabel(_tr(notice.NOTICE_TITLE), self)
        heading.setObjectName("pageHeading")
        version = QLabel(self.tr("版本 {version}").format(version=notice.NOTICE_VERSION), self)
        version.setObjectName("noticeVersion")
        self.text = QTextBrowser(self)
        self.text.setObjectName("noticeText")
        self.text.setOpenLinks(False)
        self.text.setHtml(notice_html())
        self.agree_box = QCheckBox(self.tr("我已阅读并理解以上内容"), self)
        self.agree_box.setObjectName("noticeAgree")

        buttons = QDialogButtonBox(self)
        self.accept_button = QPushButton(self.tr("同意并开始"), self)
        self.accept_button.setObjectName("noticeAccept")
        self.accept_button.setEnabled(False)
        self.decline_button = QPushButton(self.tr("退出"), self)
        self.decline_button.setObjectName("noticeDecline")
        self.decline_button.setToolTip(self.tr("不同意则不记录任何内容，程序随即关闭。"))
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.decline_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(version)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.agree_box)
        layout.addWidget(buttons)

        self.agree_box.toggled.connect(self.accept_button.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Reading comes first: focus on the text so the keyboard scrolls it.
        self.text.setFocus()

    def accept(self) -> None:
        """Record the acknowledgement; without the tick nothing happens (Enter cannot skip reading)."""
        if not self.agree_box.isChecked():
            return
        self.storage.acknowledge_notice(notice.NOTICE_VERSION)
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, storage: Storage) -> bool:
        """Show the notice modally; True once the user agreed (and it is recorded), False if declined."""
        dialog = cls(storage, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
