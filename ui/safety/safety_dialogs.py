"""What the 「数据安全」 tabs share: their two questions ("really do this irreversible thing?", "keep this wave until
when?") and how their tables size their columns."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from burden_survey.store.retention import WaveRetention
from ui.common.screen_fit import FittedDialog


def fit_columns(table: QTableView, stretch: int) -> None:
    """Short columns as wide as their contents; the one with free text takes the rest of the width."""
    header = table.horizontalHeader()
    for column in range(table.model().columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)


class RetentionDialog(FittedDialog):
    """Pick the last day a wave's answers are kept, or 「不限」."""

    def __init__(self, wave: WaveRetention, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("设置保留期限"))
        self.setObjectName("retentionDialog")
        intro = QLabel(self.tr("「{0} {1}」共 {2} 份答卷。到期后的第二天起，可以销毁这些答卷；销毁无法撤销。")
                       .format(wave.wave_id, wave.title, wave.responses), self)
        intro.setWordWrap(True)
        self.unlimited_box = QCheckBox(self.tr("不限期限（一直保留）"), self)
        self.unlimited_box.setObjectName("unlimited")
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("retainUntil")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        initial = wave.retain_until or date(today.year + 1, 12, 31)  # the usual answer: the end of next year
        self.date_edit.setDate(QDate(initial.year, initial.month, initial.day))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))

        form = QFormLayout()
        form.addRow(self.tr("保留至（含当天）"), self.date_edit)
        form.addRow("", self.unlimited_box)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.unlimited_box.toggled.connect(lambda on: self.date_edit.setEnabled(not on))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.unlimited_box.setChecked(wave.retain_until is None)

    def chosen(self) -> date | None:
        return None if self.unlimited_box.isChecked() else self.date_edit.date().toPython()

    @classmethod
    def ask(cls, parent: QWidget | None, wave: WaveRetention, today: date) -> tuple[bool, date | None]:
        """(whether the user pressed 确定, the chosen day or None for 不限)."""
        dialog = cls(wave, today, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return accepted, dialog.chosen()
        finally:
            dialog.deleteLater()
