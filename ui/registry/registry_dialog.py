"""The dialog for one registry entry (DOMAIN.md §4): every field, on three tabs so it fits a 1366×768 screen."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from burden_survey.registry import registry
from burden_survey.registry.registry import RegistryApp
from burden_survey.survey.choices import TOOL_KINDS
from burden_survey.system.errors import InputRejected
from ui.common.errors import show_error
from ui.common.optional_inputs import OptionalAmount, OptionalCount, OptionalDate
from ui.common.screen_fit import FittedDialog, ScrollingPage
from ui.common.widgets import ChoiceCombo, MultiChoice, choice_label, run_modal

# Offered in the target-platform box; any other platform can be typed in.
KNOWN_PLATFORMS = ["苏服办", "浙里办", "粤省事", "皖事通", "闽政通", "赣服通", "渝快办", "一网通办", "本级统一平台"]


class RegistryAppDialog(FittedDialog):
    """Fill in one registry entry; OK saves it through the registry and stays open if the registry refuses."""

    def __init__(self, storage, app: RegistryApp | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.original = app if app is not None else RegistryApp(name="")
        self.saved_app: RegistryApp | None = None
        self.is_new = self.original.id is None
        self.setObjectName("registryAppDialog")
        self.setWindowTitle(self.tr("登记应用") if self.is_new else self.tr("编辑「{0}」").format(self.original.name))
        self._create_widgets()
        self._lay_out()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._load(self.original)

    def _create_widgets(self) -> None:
        self.name_edit = self._line("name", self.tr("如：学习强国、某某通"))
        self.kind_combo = self._choice("kind", TOOL_KINDS)
        self.owner_unit_edit = self._line("owner_unit", self.tr("建设或主管单位，如：县应急管理局"))
        self.owner_code_edit = self._line("owner_code", self.tr("18 位统一社会信用代码，没有可以留空"))
        self.owner_level_combo = self._choice("owner_level", registry.OWNER_LEVELS)
        self.functions_edit = QPlainTextEdit(self)
        self.functions_edit.setObjectName("functions")
        self.functions_edit.setPlaceholderText(self.tr("主要功能，如：隐患排查上报、值班打卡"))
        self.functions_edit.setMaximumHeight(70)
        self.audience_box = MultiChoice(registry.AUDIENCES, 3, self)
        self.audience_box.setObjectName("audience")
        self.similar_edit = self._line("similar_apps", self.tr("功能相近的其他应用，如：某某APP、某某小程序"))

        self.forced_box = MultiChoice(registry.FORCED_FEATURES, 3, self)
        self.forced_box.setObjectName("forced_features")
        self.forced_basis_edit = self._line("forced_basis", self.tr("强制使用的依据，如：县委办通知〔2024〕3号"))
        self.registered_spin = OptionalCount(self, self.tr(" 人"))
        self.registered_spin.setObjectName("registered_users")
        self.actives_spin = OptionalCount(self, self.tr(" 人"))
        self.actives_spin.setObjectName("monthly_actives")
        self.launch_date = OptionalDate(self, self.tr("不详"))
        self.launch_date.setObjectName("launch_date")
        self.filing_edit = self._line("filing_number", self.tr("备案编号"))
        self.budget_spin = OptionalAmount(self, " " + registry.BUDGET_UNIT)
        self.budget_spin.setObjectName("yearly_budget")
        self.budget_spin.setToolTip(self.tr("每年的运维经费"))

        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusText")
        self.status_combo = self._choice("status", registry.APP_STATUSES)
        self.status_combo.setToolTip(self.tr("登记时的状态；以后的变化请用「变更状态…」记录，留下变更历史"))
        self.disposition_combo = self._choice("disposition", registry.DISPOSITIONS)
        self.platform_combo = QComboBox(self)
        self.platform_combo.setObjectName("target_platform")
        self.platform_combo.setEditable(True)
        self.platform_combo.addItems([""] + KNOWN_PLATFORMS)
        self.platform_combo.lineEdit().setPlaceholderText(self.tr("整合或迁移到哪个平台"))
        self.planned_date = OptionalDate(self)
        self.planned_date.setObjectName("planned_date")
        self.done_date = OptionalDate(self, self.tr("未完成"))
        self.done_date.setObjectName("done_date")
        self.note_edit = self._line("note", self.tr("其他说明"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))

    def _choice(self, name: str, vocabulary) -> ChoiceCombo:
        combo = ChoiceCombo(vocabulary, self)
        combo.setObjectName(name)
        return combo

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _lay_out(self) -> None:
        basics = QWidget(self)
        form = QFormLayout(basics)
        form.addRow(self.tr("名称"), self.name_edit)
        form.addRow(self.tr("类型"), self.kind_combo)
        form.addRow(self.tr("主管单位"), self.owner_unit_edit)
        form.addRow(self.tr("统一社会信用代码"), self.owner_code_edit)
        form.addRow(self.tr("主管单位层级"), self.owner_level_combo)
        form.addRow(self.tr("主要功能"), self.functions_edit)
        form.addRow(self.tr("服务对象"), self.audience_box)
        form.addRow(self.tr("同类应用"), self.similar_edit)

        use = QWidget(self)
        form = QFormLayout(use)
        form.addRow(self.tr("强制功能"), self.forced_box)
        form.addRow(self.tr("强制依据"), self.forced_basis_edit)
        form.addRow(self.tr("注册用户数"), self.registered_spin)
        form.addRow(self.tr("月活跃用户数"), self.actives_spin)
        form.addRow(self.tr("上线日期"), self.launch_date)
        form.addRow(self.tr("备案号"), self.filing_edit)
        form.addRow(self.tr("年度运维经费"), self.budget_spin)

        disposal = QWidget(self)
        form = QFormLayout(disposal)
        # A new entry picks its starting status; afterwards only the status dialog moves it, so history stays whole.
        form.addRow(self.tr("状态"), self.status_combo if self.is_new else self.status_label)
        self.status_combo.setVisible(self.is_new)
        self.status_label.setVisible(not self.is_new)
        form.addRow(self.tr("处置方式"), self.disposition_combo)
        form.addRow(self.tr("目标平台"), self.platform_combo)
        form.addRow(self.tr("计划完成日期"), self.planned_date)
        form.addRow(self.tr("实际完成日期"), self.done_date)
        form.addRow(self.tr("备注"), self.note_edit)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(ScrollingPage(basics, self), self.tr("基本信息"))  # scrolls on a small screen
        self.tabs.addTab(ScrollingPage(use, self), self.tr("使用与强制"))
        self.tabs.addTab(ScrollingPage(disposal, self), self.tr("处置"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(640, 460)

    def _load(self, app: RegistryApp) -> None:
        self.name_edit.setText(app.name)
        self.kind_combo.set_value(app.kind)
        self.owner_unit_edit.setText(app.owner_unit)
        self.owner_code_edit.setText(app.owner_code)
        self.owner_level_combo.set_value(app.owner_level)
        self.functions_edit.setPlainText(app.functions)
        self.audience_box.set_value(app.audience)
        self.similar_edit.setText(app.similar_apps)
        self.forced_box.set_value(app.forced_features)
        self.forced_basis_edit.setText(app.forced_basis)
        self.registered_spin.set_number(app.registered_users)
        self.actives_spin.set_number(app.monthly_actives)
        self.launch_date.set_value(app.launch_date)
        self.filing_edit.setText(app.filing_number)
        self.budget_spin.set_number(app.yearly_budget)
        self.status_combo.set_value(app.status)
        self.status_label.setText(self.tr("{0}（用「变更状态…」修改）").format(
            choice_label(registry.APP_STATUSES, app.status)))
        self.disposition_combo.set_value(app.disposition)
        self.platform_combo.setCurrentText(app.target_platform)
        self.planned_date.set_value(app.planned_date)
        self.done_date.set_value(app.done_date)
        self.note_edit.setText(app.note)

    def app(self) -> RegistryApp:
        """The entry as the widgets describe it, keeping the original's id and status history."""
        return replace(
            self.original,
            name=self.name_edit.text().strip(),
            kind=self.kind_combo.value() or "app",
            owner_unit=self.owner_unit_edit.text().strip(),
            owner_code=self.owner_code_edit.text().strip(),
            owner_level=self.owner_level_combo.value(),
            functions=self.functions_edit.toPlainText().strip(),
            audience=self.audience_box.value(),
            similar_apps=self.similar_edit.text().strip(),
            forced_features=self.forced_box.value(),
            forced_basis=self.forced_basis_edit.text().strip(),
            registered_users=self.registered_spin.number(),
            monthly_actives=self.actives_spin.number(),
            launch_date=self.launch_date.value(),
            filing_number=self.filing_edit.text().strip(),
            yearly_budget=self.budget_spin.number(),
            status=(self.status_combo.value() or self.original.status) if self.is_new else self.original.status,
            disposition=self.disposition_combo.value(),
            target_platform=self.platform_combo.currentText().strip(),
            planned_date=self.planned_date.value(),
            done_date=self.done_date.value(),
            note=self.note_edit.text().strip(),
        )

    def accept(self) -> None:
        try:
            self.saved_app = registry.save_app(self.storage, self.app())
        except InputRejected as exc:
            show_error(self, exc)
            if exc.field == "名称":
                self.tabs.setCurrentIndex(0)
                self.name_edit.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, storage, app: RegistryApp | None = None) -> RegistryApp | None:
        """Show the dialog; the saved entry, or None if the user cancelled."""
        return run_modal(cls(storage, app, parent), lambda dialog: dialog.saved_app)
