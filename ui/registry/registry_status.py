"""「变更状态」: move a registry entry one allowed step along its workflow, with a date and a note; shows the history."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from burden_survey.registry import app_fields
from burden_survey.registry import registry
from burden_survey.registry.registry import RegistryApp
from burden_survey.system.errors import InputRejected
from ui.common.errors import show_error
from ui.common.screen_fit import FittedDialog
from ui.common.widgets import choice_label, run_modal


class StatusChangeDialog(FittedDialog):
    """Offers only the statuses the workflow allows next, so a forbidden step cannot even be picked."""

    def __init__(self, storage, app: RegistryApp, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.app = app
        self.changed_to: str | None = None
        self.setObjectName("statusChangeDialog")
        self.setWindowTitle(self.tr("变更「{0}」的状态").format(app.name))

        self.current_label = QLabel(self.tr("当前状态：{0}").format(self._label(app.status)), self)
        self.current_label.setObjectName("currentStatus")
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("nextStatus")
        allowed = registry.TRANSITIONS.get(app.status, set())
        for code in [c for c in app_fields.APP_STATUSES.codes() if c in allowed]:  # in workflow order
            self.status_combo.addItem(self._label(code), code)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("changedOn")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("note")
        self.note_edit.setPlaceholderText(self.tr("依据或说明，如：县政府常务会议决定"))
        self.final_label = QLabel(self.tr("「{0}」是最后一步，状态不能再变更。").format(self._label(app.status)), self)
        self.final_label.setObjectName("emptyState")
        self.history_list = QListWidget(self)
        self.history_list.setObjectName("history")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("记录变更"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("关闭"))

        form = QFormLayout()
        form.addRow(self.current_label)
        form.addRow(self.tr("变更为"), self.status_combo)
        form.addRow(self.tr("变更日期"), self.date_edit)
        form.addRow(self.tr("说明"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.final_label)
        layout.addWidget(QLabel(self.tr("变更历史"), self))
        layout.addWidget(self.history_list, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 420)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._show_history()
        has_next = self.status_combo.count() > 0
        for widget in (self.status_combo, self.date_edit, self.note_edit):
            widget.setEnabled(has_next)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(has_next)
        self.final_label.setVisible(not has_next)

    def _label(self, code: str | None) -> str:
        return choice_label(app_fields.APP_STATUSES, code) if code else self.tr("（新登记）")

    def offered_statuses(self) -> list[str]:
        return [self.status_combo.itemData(i) for i in range(self.status_combo.count())]

    def _show_history(self) -> None:
        self.history_list.clear()
        changes = registry.status_history(self.storage, self.app.id)
        for change in changes:
            line = self.tr("{0}  {1} → {2}").format(
                change.changed_on.isoformat(), self._label(change.from_status), self._label(change.to_status))
            self.history_list.addItem(f"{line}  {change.note}".rstrip())
        if not changes:
            self.history_list.addItem(self.tr("还没有变更记录"))

    def accept(self) -> None:
        to_status = self.status_combo.currentData()
        try:
            registry.change_status(self.storage, self.app.id, to_status, self.date_edit.date().toPython(),
                                   self.note_edit.text().strip())
        except InputRejected as exc:
            show_error(self, exc)
            return
        self.changed_to = to_status
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, storage, app: RegistryApp) -> str | None:
        """Show the dialog; the new status, or None if nothing changed."""
        return run_modal(cls(storage, app, parent), lambda dialog: dialog.changed_to)
