"""「参与码纸条…」: how many one-time codes each unit gets; the slips are saved as a PDF to print and cut."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget

from burden_survey.survey.survey_file import Wave
from burden_survey.survey_files.participation import MOST_PER_UNIT
from ui.common.screen_fit import FittedDialog
from ui.common.widgets import run_modal


class ParticipationDialog(FittedDialog):
    """Units (one per line, from the wave's roster when it has one) and slips per unit."""

    def __init__(self, wave: Wave, units: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("participationDialog")
        self.setWindowTitle(self.tr("参与码纸条"))
        intro = QLabel(self.tr(
            "为批次「{0}」生成一次性参与码：每张纸条一个码，填报人导出答卷时填写。导入时每个码只收一次，"
            "没有码或码不对的答卷不会导入，这样就无法编造答卷。\n"
            "纸条剪开后随机发放：程序只记录每个码属于哪个单位，不记录谁拿到哪张。").format(wave.id), self)
        intro.setWordWrap(True)
        self.units_edit = QPlainTextEdit("\n".join(units), self)
        self.units_edit.setObjectName("units")
        self.units_edit.setPlaceholderText(self.tr("每行一个单位，例如\n东港镇\n锡北镇"))
        self.units_edit.setMaximumHeight(140)
        self.count_box = QSpinBox(self)
        self.count_box.setObjectName("slipsPerUnit")
        self.count_box.setRange(1, MOST_PER_UNIT)
        self.count_box.setValue(20)
        self.count_box.setSuffix(self.tr(" 张"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("生成并保存 PDF…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        form = QFormLayout()
        form.addRow(self.tr("单位"), self.units_edit)
        form.addRow(self.tr("每个单位"), self.count_box)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def counts(self) -> dict[str, int]:
        units = [line.strip() for line in self.units_edit.toPlainText().splitlines() if line.strip()]
        return {unit: self.count_box.value() for unit in dict.fromkeys(units)}

    @classmethod
    def ask(cls, parent: QWidget | None, wave: Wave, units: list[str]) -> dict[str, int] | None:
        """{unit: slips}, or None when cancelled. Tests replace this classmethod."""
        return run_modal(cls(wave, units, parent), lambda dialog: dialog.counts())
