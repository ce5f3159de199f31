"""「完整数据（仅限组织者）」: a warning of what the file holds, Excel or CSV, and the wave's passphrase, checked here."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from burden_survey.spreadsheets import full_export
from burden_survey.system.errors import BurdenSurveyError
from ui.common.errors import show_error
from ui.common.passphrase_dialog import passphrase_field, try_passphrase
from ui.common.screen_fit import FittedDialog
from ui.common.widgets import run_modal


class FullExportDialog(FittedDialog):
    """Accepted only once the passphrase opened the wave's key; `access` and `format` ("xlsx" or "csv") then say
    what to write. A wrong passphrase is said in the dialog, which stays open for another try."""

    def __init__(self, storage, wave, key, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.wave = wave
        self.access: full_export.FullAccess | None = None
        self.setObjectName("fullExportDialog")
        self.setWindowTitle(self.tr("完整数据（仅限组织者）"))

        self.warning = QLabel(self.tr(
            "完整数据包含每名答卷人的全部基本情况（乡镇、区划代码、单位类型、岗位、任职年限、编制性质、工作手机）、"
            "数据库中的答卷编号和原样填写的工具名称：多数答卷人可以据此被认出。只供组织者本人分析使用，"
            "请勿转发、打印分发或放在共享文件夹中；用完请删除。导出会记入操作记录。"), self)
        self.warning.setObjectName("fullExportWarning")
        self.warning.setWordWrap(True)
        self.wave_label = QLabel(f"{wave.id}（{wave.title}）", self)
        self.key_label = QLabel(key.shown_key_id, self)
        self.key_label.setObjectName("keyId")
        self.xlsx_choice = QRadioButton(self.tr("Excel 表格"), self)
        self.xlsx_choice.setObjectName("fullXlsx")
        self.xlsx_choice.setChecked(True)
        self.csv_choice = QRadioButton(self.tr("CSV 文件"), self)
        self.csv_choice.setObjectName("fullCsv")
        self.formats = QButtonGroup(self)
        self.formats.addButton(self.xlsx_choice)
        self.formats.addButton(self.csv_choice)
        self.passphrase_edit, self.problem_label = passphrase_field(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("核对口令并导出…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))

        formats = QHBoxLayout()
        formats.addWidget(self.xlsx_choice)
        formats.addWidget(self.csv_choice)
        formats.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("调查批次"), self.wave_label)
        form.addRow(self.tr("密钥编号"), self.key_label)
        form.addRow(self.tr("格式"), formats)
        form.addRow(self.tr("批次口令"), self.passphrase_edit)
        form.addRow("", self.problem_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.passphrase_edit.setFocus()

    @property
    def format(self) -> str:
        return "csv" if self.csv_choice.isChecked() else "xlsx"

    def accept(self) -> None:
        self.access = try_passphrase(self, self.passphrase_edit, self.problem_label,
                                     lambda text: full_export.unlock(self.storage, self.wave.id, text))
        if self.access is not None:
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, storage, wave) -> tuple[full_export.FullAccess, str] | None:
        """(the proof that the passphrase was given, "xlsx" or "csv"), or None. A wave without a key is refused
        with the reason before the dialog opens. Tests replace this classmethod to type into the real dialog."""
        try:
            key = full_export.require_key(storage, wave.id)
        except BurdenSurveyError as exc:
            show_error(parent, exc)
            return None
        return run_modal(cls(storage, wave, key, parent), lambda dialog: (dialog.access, dialog.format))
