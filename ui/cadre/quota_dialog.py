"""The dialog that adds or edits one download quota (摊派下载): every field of model.Quota, from its field table."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QFormLayout, QLabel, QVBoxLayout, QWidget

from burden_survey.survey import catalogue
from burden_survey.survey.fields import QUOTA_FIELDS
from burden_survey.survey.model import Quota
from burden_survey.survey.validation import personal_data_warning
from burden_survey.system.errors import InputRejected
from ui.common.record_dialog import RecordDialog
from ui.common.record_form import RecordForm
from ui.common.said import message_of
from ui.common.screen_fit import ScrollingPage


class QuotaDialog(RecordDialog):
    """保存 saves through storage.save_quota; a refusal keeps the dialog open with the message shown."""

    def __init__(self, storage, quota: Quota | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.quota_id = quota.id if quota else None
        self.setObjectName("quotaDialog")
        self.setWindowTitle(self.tr("修改摊派下载任务") if quota else self.tr("添加摊派下载任务"))
        self._create_widgets()
        self._lay_out()
        self._connect()
        self.form.load(asdict(quota or Quota(tool_name="")))

    def _create_widgets(self) -> None:
        self.form = RecordForm(QUOTA_FIELDS, self)
        own_names = [t.name for t in self.storage.list_tools()] + self.storage.known_tool_names()
        completer = QCompleter(catalogue.suggestions(own_names), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.form["tool_name"].setCompleter(completer)
        self.note_warning = self._message_label("note_warning", "#b35c00")
        self.error_label = self._message_label("error_label", "#c0392b")

    def _message_label(self, name: str, colour: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setStyleSheet(f"color: {colour};")
        label.setWordWrap(True)
        label.hide()
        return label

    def _lay_out(self) -> None:
        form = QFormLayout()
        self.form.add_rows(form, "")
        form.addRow("", self.note_warning)
        fields = QWidget(self)
        fields.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(ScrollingPage(fields, self), 1)  # scrolls on a small screen
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.form.changed.connect(self._update_note_warning)

    def _update_note_warning(self, *_) -> None:
        warning = next((w for w in map(personal_data_warning, self.form.free_texts()) if w), "")
        self.note_warning.setText(warning)
        self.note_warning.setVisible(bool(warning))

    def quota(self) -> Quota:
        """What the widgets hold now, as a Quota (with the edited quota's id)."""
        return Quota(id=self.quota_id, **self.form.values())

    def save(self) -> Quota:
        return self.storage.save_quota(self.quota())

    def refused(self, exc: InputRejected) -> None:
        self.error_label.setText(message_of(exc))  # stays in view after the message box is closed
        self.error_label.show()
        super().refused(exc)
