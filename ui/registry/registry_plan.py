"""「数据处置方案」 (一应用一方案): per personal-data category of one app, 迁移 / 封存 / 销毁 with dates and sign-off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from burden_survey.registry import app_fields
from burden_survey.registry import registry
from burden_survey.registry.registry import DataPlanItem, RegistryApp
from burden_survey.system.errors import InputRejected
from ui.common.errors import show_error
from ui.common.optional_inputs import OptionalDate
from ui.common.screen_fit import FittedDialog
from ui.common.widgets import ChoiceCombo

CATEGORY, ACTION, PLANNED, DONE, SIGNED = range(5)


class DataPlanDialog(FittedDialog):
    """A small table, one row per data category; the whole plan is saved at once."""

    def __init__(self, storage, app: RegistryApp, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.app = app
        self.saved = False
        self.setObjectName("dataPlanDialog")
        self.setWindowTitle(self.tr("「{0}」的数据处置方案").format(app.name))

        intro = QLabel(self.tr("列出这个应用保存的每一类个人数据，以及对它的处置：迁移、封存或销毁。"
                               "每一行都有完成日期和签批，方案才算完成。"), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("planTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("数据类别"), self.tr("处置"), self.tr("计划日期"), self.tr("完成日期"), self.tr("签批单位/岗位")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SIGNED, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("添加一行"), self)
        self.add_button.setObjectName("addPlanRow")
        self.remove_button = QPushButton(self.tr("删除选中行"), self)
        self.remove_button.setObjectName("removePlanRow")
        # Clicking must leave the focus in the row being edited: that row is the one removed.
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The sign-off is a unit or post: a record naming a person would itself be personal data to dispose of.
        self.sign_off_note = QLabel(self.tr("「签批」请填写单位或岗位（如：县数据局、网信办主任），不要填写个人姓名。"), self)
        self.sign_off_note.setObjectName("signOffNote")
        self.sign_off_note.setWordWrap(True)
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("warningNote")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #a15c00;")
        self.warning_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))

        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.sign_off_note)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.buttons)
        self.resize(820, 400)

        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_selected)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for item in registry.data_plan(storage, app.id):
            self.add_row(item)

    def add_row(self, item: DataPlanItem | None = None) -> int:
        """Append a row of editors, filled from `item` or empty; returns its row number."""
        item = item or DataPlanItem(category="", action="migrate")
        row = self.table.rowCount()
        self.table.insertRow(row)
        category = QLineEdit(item.category, self.table)
        category.setPlaceholderText(self.tr("如：身份信息、联系方式"))
        action = ChoiceCombo(app_fields.DATA_ACTIONS, self.table)
        action.set_value(item.action)
        planned = OptionalDate(self.table)
        planned.set_value(item.planned_date)
        done = OptionalDate(self.table, self.tr("未完成"))
        done.set_value(item.done_date)
        signed = QLineEdit(item.signed_off_by, self.table)
        signed.setPlaceholderText(self.tr("如：县数据局"))
        signed.textChanged.connect(self._update_warning)
        for column, widget in zip(range(5), (category, action, planned, done, signed)):
            self.table.setCellWidget(row, column, widget)
        self.table.resizeRowsToContents()
        if not item.category:
            category.setFocus()
        return row

    def remove_selected(self) -> None:
        """Remove the row whose editor has the focus, or else the selected row."""
        row = self._focused_row()
        if row < 0:
            rows = self.table.selectionModel().selectedRows()
            row = rows[0].row() if rows else -1
        if row >= 0:
            self.table.removeRow(row)
            self._update_warning()

    def _focused_row(self) -> int:
        focused = QApplication.focusWidget()
        for row in range(self.table.rowCount()):
            for column in range(5):
                widget = self.cell(row, column)
                if focused is not None and (focused is widget or widget.isAncestorOf(focused)):
                    return row
        return -1

    def cell(self, row: int, column: int):
        return self.table.cellWidget(row, column)

    def items(self) -> list[DataPlanItem]:
        """The plan as the table shows it; rows left wholly blank are not part of it."""
        items = []
        for row in range(self.table.rowCount()):
            category = self.cell(row, CATEGORY).text().strip()
            signed = self.cell(row, SIGNED).text().strip()
            if not category and not signed:
                continue
            items.append(DataPlanItem(category, self.cell(row, ACTION).value() or "",
                                      self.cell(row, PLANNED).value(), self.cell(row, DONE).value(), signed))
        return items

    def _update_warning(self) -> None:
        warnings = [registry.sign_off_warning(self.cell(row, SIGNED).text()) for row in range(self.table.rowCount())]
        warning = next((w for w in warnings if w), "")
        self.warning_label.setText(warning)
        self.warning_label.setVisible(bool(warning))
        self.sign_off_note.setVisible(not warning)  # the warning says the same, louder

    def accept(self) -> None:
        try:
            registry.save_data_plan(self.storage, self.app.id, self.items())
        except InputRejected as exc:
            show_error(self, exc)
            return
        self.saved = True
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, storage, app: RegistryApp) -> bool:
        """Show the editor; True when the plan was saved."""
        dialog = cls(storage, app, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved
        finally:
            dialog.deleteLater()
