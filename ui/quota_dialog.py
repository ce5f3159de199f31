"""The dialog that adds or edits one download quota (摊派下载): every field of model.Quota."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox, QCompleter, QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget,
)

from burden_survey import catalogue
from burden_survey.choices import QUOTA_BASES, QUOTA_LEVELS, QUOTA_METHODS, QUOTA_TARGET_GROUPS
from burden_survey.errors import InputRejected
from burden_survey.model import Quota
from burden_survey.validation import personal_data_warning

from .screen_fit import FittedDialog, ScrollingPage
from .errors import show_error
from .widgets import ChoiceCombo, MultiChoice, YesNoCombo, run_modal

SHARE_BASES = frozenset({"share_registered", "share_resident"})
MAX_COUNT = 1_000_000


def optional_value(spin: QSpinBox | QDoubleSpinBox) -> int | float | None:
    """The spin box's number, or None while it shows its 「未填」 text (any value below zero)."""
    value = spin.value()
    return None if value < 0 else value


def set_optional_value(spin: QSpinBox | QDoubleSpinBox, value: int | float | None) -> None:
    spin.setValue(spin.minimum() if value is None else value)


class QuotaDialog(FittedDialog):
    """OK saves through storage.save_quota; a refusal keeps the dialog open with the message shown."""

    def __init__(self, storage, quota: Quota | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.quota_id = quota.id if quota else None
        self.saved_quota: Quota | None = None
        self.setObjectName("quotaDialog")
        self.setWindowTitle(self.tr("修改摊派下载任务") if quota else self.tr("添加摊派下载任务"))
        self._create_widgets()
        self._lay_out()
        self._connect()
        self._load(quota or Quota(tool_name=""))

    def _create_widgets(self) -> None:
        self.tool_name = QLineEdit(self)
        self.tool_name.setPlaceholderText(self.tr("要求群众或企业下载、注册的应用名称"))
        own_names = [t.name for t in self.storage.list_tools()] + self.storage.known_tool_names()
        completer = QCompleter(catalogue.suggestions(own_names), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tool_name.setCompleter(completer)
        self.assigned_by = ChoiceCombo(QUOTA_LEVELS, self)
        self.assigned_by.setToolTip(self.tr("哪一级下达的这项任务"))
        self.target_group = ChoiceCombo(QUOTA_TARGET_GROUPS, self)
        self.target_count = self._count_spin(self.tr("要求下载或注册的人数（户数）"))
        self.target_basis = ChoiceCombo(QUOTA_BASES, self)
        self.target_basis.setToolTip(self.tr("指标是固定数量，还是按人口的一定比例下达"))
        self.target_share_percent = QDoubleSpinBox(self)
        # -1 is the 「未填」 position; a share of 0 % would be no quota at all.
        self.target_share_percent.setRange(-1, 100)
        self.target_share_percent.setDecimals(1)
        self.target_share_percent.setSuffix(" %")
        self.target_share_percent.setSpecialValueText(self.tr("未填"))
        self.target_share_percent.setToolTip(self.tr("按人口比例下达时，要求达到的比例；只有按比例下达时才需要填"))
        self.deadline = QDateEdit(self)
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.deadline_unknown = QCheckBox(self.tr("未定"), self)
        self.deadline_unknown.setToolTip(self.tr("没有明确的截止日期，或记不清了"))
        self.counted_in_assessment = YesNoCombo(self)
        self.counted_in_assessment.setToolTip(self.tr("完成情况是否计入考核、排名或通报"))
        self.methods = MultiChoice(QUOTA_METHODS, columns=2, parent=self)
        self.methods.setToolTip(self.tr("为完成指标实际采用过的办法，可多选"))
        self.achieved_count = self._count_spin(self.tr("目前已经完成的数量"))
        self.hours_spent = QDoubleSpinBox(self)
        self.hours_spent.setRange(-0.5, 10_000)
        self.hours_spent.setSingleStep(0.5)
        self.hours_spent.setDecimals(1)
        self.hours_spent.setSuffix(self.tr(" 小时"))
        self.hours_spent.setSpecialValueText(self.tr("未填"))
        self.hours_spent.setToolTip(self.tr("您本人为这项任务累计花费的工作时间（估计即可）"))
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("补充说明（请勿填写任何人的姓名、电话或身份证号）"))
        self.note.setToolTip(self.tr("本调查是匿名的：请不要写出任何人的姓名、电话或身份证号"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.note_warning = QLabel(self)
        self.note_warning.setStyleSheet("color: #b35c00;")
        self.note_warning.setWordWrap(True)
        self.note_warning.hide()
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        for name in ("tool_name", "assigned_by", "target_group", "target_count", "target_basis",
                     "target_share_percent", "deadline", "deadline_unknown", "counted_in_assessment", "methods",
                     "achieved_count", "hours_spent", "note", "note_warning", "error_label"):
            getattr(self, name).setObjectName(name)

    def _count_spin(self, tooltip: str) -> QSpinBox:
        spin = QSpinBox(self)
        # -1 shows 「未填」 so that "not asked" and "zero" stay different answers.
        spin.setRange(-1, MAX_COUNT)
        spin.setSpecialValueText(self.tr("未填"))
        spin.setToolTip(tooltip)
        return spin

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("应用名称"), self.tool_name)
        form.addRow(self.tr("下达层级"), self.assigned_by)
        form.addRow(self.tr("动员对象"), self.target_group)
        form.addRow(self.tr("指标数量"), self.target_count)
        form.addRow(self.tr("指标依据"), self.target_basis)
        form.addRow(self.tr("人口比例"), self.target_share_percent)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.deadline, 1)
        deadline_row.addWidget(self.deadline_unknown)
        form.addRow(self.tr("截止日期"), deadline_row)
        form.addRow(self.tr("计入考核"), self.counted_in_assessment)
        form.addRow(self.tr("完成方式"), self.methods)
        form.addRow(self.tr("已完成数量"), self.achieved_count)
        form.addRow(self.tr("耗费工时"), self.hours_spent)
        form.addRow(self.tr("备注"), self.note)
        form.addRow("", self.note_warning)
        fields = QWidget(self)
        fields.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(ScrollingPage(fields, self), 1)  # scrolls on a small screen
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.target_basis.currentIndexChanged.connect(self._update_share_enabled)
        self.deadline_unknown.toggled.connect(lambda unknown: self.deadline.setEnabled(not unknown))
        self.note.textChanged.connect(self._update_note_warning)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _load(self, quota: Quota) -> None:
        self.tool_name.setText(quota.tool_name)
        self.assigned_by.set_value(quota.assigned_by)
        self.target_group.set_value(quota.target_group)
        set_optional_value(self.target_count, quota.target_count)
        self.target_basis.set_value(quota.target_basis)
        set_optional_value(self.target_share_percent, quota.target_share_percent)
        self.deadline.setDate(QDate(quota.deadline) if quota.deadline else QDate.currentDate())
        self.deadline_unknown.setChecked(quota.deadline is None)
        self.deadline.setEnabled(quota.deadline is not None)
        self.counted_in_assessment.set_value(quota.counted_in_assessment)
        self.methods.set_value(quota.methods)
        set_optional_value(self.achieved_count, quota.achieved_count)
        set_optional_value(self.hours_spent, quota.hours_spent)
        self.note.setPlainText(quota.note)
        self._update_share_enabled()

    def _update_share_enabled(self) -> None:
        self.target_share_percent.setEnabled(self.target_basis.value() in SHARE_BASES)

    def _update_note_warning(self) -> None:
        warning = personal_data_warning(self.note.toPlainText())
        self.note_warning.setText(warning)
        self.note_warning.setVisible(bool(warning))

    def quota(self) -> Quota:
        """What the widgets hold now, as a Quota (with the edited quota's id)."""
        share = optional_value(self.target_share_percent) if self.target_share_percent.isEnabled() else None
        deadline: date | None = None if self.deadline_unknown.isChecked() else self.deadline.date().toPython()
        return Quota(
            id=self.quota_id,
            tool_name=self.tool_name.text(),
            assigned_by=self.assigned_by.value(),
            target_group=self.target_group.value(),
            target_count=optional_value(self.target_count),
            target_basis=self.target_basis.value(),
            target_share_percent=share,
            deadline=deadline,
            counted_in_assessment=self.counted_in_assessment.value(),
            methods=self.methods.value(),
            achieved_count=optional_value(self.achieved_count),
            hours_spent=optional_value(self.hours_spent),
            note=self.note.toPlainText().strip(),
        )

    def accept(self) -> None:
        try:
            self.saved_quota = self.storage.save_quota(self.quota())
        except InputRejected as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            self._focus_field(exc.field)
            show_error(self, exc)
            return
        super().accept()

    def _focus_field(self, field: str) -> None:
        widgets = {"应用名称": self.tool_name, "指标数量": self.target_count,
                   "已完成数量": self.achieved_count, "耗费工时": self.hours_spent}
        if field in widgets:
            widgets[field].setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, storage, quota: Quota | None = None) -> Quota | None:
        """Show the dialog; the saved quota, or None if the user cancelled."""
        return run_modal(cls(storage, quota, parent), lambda dialog: dialog.saved_quota)
