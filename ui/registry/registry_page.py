"""「应用登记」: the county's app registry (户籍制) — entries, status changes, data plans, .xlsx in and out."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QStackedWidget, QToolBar, QVBoxLayout, QWidget

from burden_survey.registry import app_fields
from burden_survey.registry import registry, registry_xlsx
from burden_survey.registry.registry import RegistryApp
from burden_survey.spreadsheets.sheet_cells import SpreadsheetRejected
from burden_survey.survey.choices import TOOL_KINDS
from burden_survey.system.errors import BurdenSurveyError
from ui.common.errors import show_error
from ui.common.file_widgets import FileDialogs, ProblemList, remember_folder, remembered_folder, show_info
from ui.common.page import Page
from ui.common.progress_run import CANCELLED, run_with_progress
from ui.common.undo import SoftDelete, undo_action
from ui.common.table_model import RowsModel
from ui.common.widgets import ChoiceCombo, choice_label, edit_on_enter, empty_state, page_action, record_table

from .registry_dialog import RegistryAppDialog
from .registry_plan import DataPlanDialog
from .registry_status import StatusChangeDialog

FOLDER_KEY = "registry/folder"
LACKS_PLAN = QT_TRANSLATE_NOOP("RegistryModel", "方案未完成")


class RegistryModel(RowsModel):
    """One row per registry entry; rows are (app, lacks_plan) pairs so the 方案 column needs no database."""

    COLUMNS = [
        (QT_TRANSLATE_NOOP("columns", "名称"), lambda r: r[0].name),
        (QT_TRANSLATE_NOOP("columns", "类型"), lambda r: choice_label(TOOL_KINDS, r[0].kind)),
        (QT_TRANSLATE_NOOP("columns", "主管单位"), lambda r: r[0].owner_unit),
        (QT_TRANSLATE_NOOP("columns", "状态"), lambda r: choice_label(app_fields.APP_STATUSES, r[0].status)),
        (QT_TRANSLATE_NOOP("columns", "处置方式"), lambda r: choice_label(app_fields.DISPOSITIONS, r[0].disposition)),
        (QT_TRANSLATE_NOOP("columns", "目标平台"), lambda r: r[0].target_platform),
        (QT_TRANSLATE_NOOP("columns", "计划日期"), lambda r: r[0].planned_date and r[0].planned_date.isoformat()),
        (QT_TRANSLATE_NOOP("columns", "完成日期"), lambda r: r[0].done_date and r[0].done_date.isoformat()),
        (QT_TRANSLATE_NOOP("columns", "方案"),
         lambda r: QCoreApplication.translate("RegistryModel", LACKS_PLAN) if r[1] else ""),
    ]
    PLAN_COLUMN = len(COLUMNS) - 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # An ended app without a finished data plan is what the supervisor must chase: shown in red.
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == self.PLAN_COLUMN
                and self.rows[index.row()][1]):
            return QBrush(QColor("#c0392b"))
        return super().data(index, role)


class RegistryPage(Page):
    """Add, edit, move along the workflow, plan the data of, retire (with undo), import and export registry entries."""

    def __init__(self, storage, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.apps: list[RegistryApp] = []
        self.lacking: set[int] = set()
        self.undo_stack = QUndoStack(self)
        self._create_widgets()
        self._lay_out()
        self._connect()
        self.refresh()

    def _create_widgets(self) -> None:
        self.status_filter = ChoiceCombo(app_fields.APP_STATUSES, self, empty_text=self.tr("全部状态"))
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setToolTip(self.tr("只显示一种状态"))
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("registryCounts")
        self.add_action = page_action(self, "addApp", self.tr("添加"), self.tr("登记一个政务应用（Ctrl+N）"),
                                      [QKeySequence("Ctrl+N"), QKeySequence(Qt.Key.Key_Insert)])
        self.edit_action = page_action(self, "editApp", self.tr("编辑"), self.tr("编辑选中的应用（回车或双击）"), [])
        self.status_action = page_action(self, "changeStatus", self.tr("变更状态…"),
                                         self.tr("按流程变更状态并留下记录：在用 → 整改中 / 整合迁移中 → 已迁移 / 已关停 → 已注销备案"), [])
        self.plan_action = page_action(self, "dataPlan", self.tr("数据处置方案…"),
                                       self.tr("一应用一方案：每类个人数据迁移、封存还是销毁，何时完成，由谁签批"), [])
        self.retire_action = page_action(self, "retireApp", self.tr("停用"), self.tr("从登记表中移除选中的应用，可按 Ctrl+Z 撤销"),
                                         [QKeySequence(Qt.Key.Key_Delete)])
        self.undo_action = undo_action(self, self.undo_stack, "undoRetire")
        self.import_action = page_action(self, "importRegistry", self.tr("导入 .xlsx…"),
                                         self.tr("从 Excel 表格导入登记（先「下载模板…」按模板填写）"), [])
        self.export_action = page_action(self, "exportRegistry", self.tr("导出 .xlsx…"), self.tr("把登记表导出为 Excel 表格"), [])
        self.template_action = page_action(self, "registryTemplate", self.tr("下载模板…"),
                                           self.tr("保存一份空白的登记表模板，在 Excel 或 WPS 里填写"), [])
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("registryToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.add_action, self.edit_action, self.status_action, self.plan_action, self.retire_action,
                       self.undo_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (self.import_action, self.export_action, self.template_action):
            self.toolbar.addAction(action)

        self.model = RegistryModel(self)
        self.table = record_table(self, self.model, "registryTable")
        # Statuses such as 「已迁移（原应用已关停）」 are long; the name column takes what is left.
        for c in range(1, len(RegistryModel.COLUMNS)):
            self.table.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        edit_on_enter(self.table, self.edit_selected)
        self.empty_label = empty_state(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        self.problems = ProblemList(self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLine")

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.counts_label)
        top.addWidget(self.status_filter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.status_label)

    def _connect(self) -> None:
        self.add_action.triggered.connect(self.add_app)
        self.edit_action.triggered.connect(self.edit_selected)
        self.status_action.triggered.connect(self.change_status)
        self.plan_action.triggered.connect(self.edit_plan)
        self.retire_action.triggered.connect(self.retire_selected)
        self.import_action.triggered.connect(self.import_xlsx)
        self.export_action.triggered.connect(self.export_xlsx)
        self.template_action.triggered.connect(self.save_template)
        self.table.doubleClicked.connect(self.edit_selected)
        self.status_filter.currentIndexChanged.connect(self._show_rows)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

    # loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload from storage, keeping the filter and, where possible, the selection."""
        selected = self.selected_app()
        self._load()
        self._show_rows(select_id=selected.id if selected else None)

    def _load(self) -> None:
        self.apps = registry.list_apps(self.storage)
        self.lacking = {app.id for app in registry.apps_lacking_plan(self.storage)}
        parts = [self.tr("共 {0} 个").format(len(self.apps))]
        if self.lacking:
            parts.append(self.tr("{0} 个已关停或迁移的应用数据处置方案未完成").format(len(self.lacking)))
        self.counts_label.setText(" · ".join(parts))

    def _show_rows(self, *_, select_id: int | None = None) -> None:
        status = self.status_filter.value()
        self.model.set_rows([(a, a.id in self.lacking) for a in self.apps if status is None or a.status == status])
        if not self.apps:
            self.empty_label.setText(self.tr(
                "登记表还是空的——点击「添加」（或按 Ctrl+N）登记一个应用，\n"
                "或者「下载模板…」按模板填好后「导入 .xlsx…」。"))
        elif not self.model.rows:
            self.empty_label.setText(self.tr("没有状态为「{0}」的应用——选择「全部状态」查看全部。").format(
                choice_label(app_fields.APP_STATUSES, status)))
        self.stack.setCurrentWidget(self.table if self.model.rows else self.empty_label)
        for row, (app, _) in enumerate(self.model.rows):
            if app.id == select_id:
                self.table.selectRow(row)
        self._update_actions()

    def _update_actions(self) -> None:
        has_selection = self.selected_app() is not None
        for action in (self.edit_action, self.status_action, self.plan_action, self.retire_action):
            action.setEnabled(has_selection)

    def selected_app(self) -> RegistryApp | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row())[0] if rows else None

    def after_change(self, message: str, select_id: int | None = None) -> None:
        """Show the new state and tell the other pages that the registry changed."""
        self.status_label.setText(message)
        self._load()
        self._show_rows(select_id=select_id)
        self.changed.emit()

    # editing -------------------------------------------------------------------------
    def add_app(self) -> None:
        app = RegistryAppDialog.ask(self, self.storage)
        if app is not None:
            self.after_change(self.tr("已登记「{0}」").format(app.name), select_id=app.id)

    def edit_selected(self) -> None:
        selected = self.selected_app()
        if selected is not None:
            app = RegistryAppDialog.ask(self, self.storage, selected)
            if app is not None:
                self.after_change(self.tr("已保存「{0}」").format(app.name), select_id=app.id)

    def change_status(self) -> None:
        selected = self.selected_app()
        if selected is not None and StatusChangeDialog.ask(self, self.storage, selected) is not None:
            app = registry.get_app(self.storage, selected.id)
            self.after_change(self.tr("「{0}」已改为「{1}」").format(
                app.name, choice_label(app_fields.APP_STATUSES, app.status)), select_id=app.id)

    def edit_plan(self) -> None:
        selected = self.selected_app()
        if selected is not None and DataPlanDialog.ask(self, self.storage, selected):
            self.after_change(self.tr("已保存「{0}」的数据处置方案").format(selected.name), select_id=selected.id)

    def retire_selected(self) -> None:
        selected = self.selected_app()
        if selected is not None:
            app_id, name = selected.id, selected.name
            self.undo_stack.push(SoftDelete(
                self.tr("停用「{0}」").format(name), lambda: registry.retire_app(self.storage, app_id),
                lambda: registry.restore_app(self.storage, app_id),
                lambda message, restored: self.after_change(message, select_id=app_id if restored else None),
                done=self.tr("已停用「{0}」——按 Ctrl+Z 撤销").format(name), undone=self.tr("已恢复「{0}」").format(name)))

    # spreadsheets --------------------------------------------------------------------
    def import_xlsx(self) -> None:
        path = FileDialogs.open_file(self, self.tr("导入登记表"), remembered_folder(FOLDER_KEY),
                                     self.tr("Excel 表格 (*.xlsx)"))
        if path is None:
            return
        remember_folder(FOLDER_KEY, path.parent)
        self.problems.clear()
        try:
            count = run_with_progress(self, self.storage,
                                      lambda own, watch: registry_xlsx.import_registry(own, path, watch),
                                      self.tr("正在导入「{0}」……").format(path.name))
        except SpreadsheetRejected as exc:
            self.problems.show_rejection(exc)  # nothing was imported; the list stays while the file is fixed
            self.status_label.setText(self.tr("「{0}」没有导入：请按下面的提示修改").format(path.name))
            return
        except BurdenSurveyError as exc:
            show_error(self, exc)
            return
        if count is CANCELLED:
            self.status_label.setText(self.tr("已取消导入：登记表没有改变"))
            return
        self.after_change(self.tr("已从「{0}」导入 {1} 个应用").format(path.name, count))

    def export_xlsx(self) -> None:
        path = FileDialogs.save_file(self, self.tr("导出登记表"), remembered_folder(FOLDER_KEY) / self.tr("应用登记表.xlsx"),
                                     self.tr("Excel 表格 (*.xlsx)"))
        if path is None:
            return
        path = path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")
        try:
            registry_xlsx.export_registry(self.storage, path)
        except (BurdenSurveyError, OSError) as exc:
            show_error(self, exc)
            return
        remember_folder(FOLDER_KEY, path.parent)
        show_info(self, self.tr("已导出登记表"), self.tr("登记表已保存到：\n{0}").format(path))

    def save_template(self) -> None:
        path = FileDialogs.save_file(self, self.tr("保存登记表模板"),
                                     remembered_folder(FOLDER_KEY) / self.tr("应用登记表模板.xlsx"),
                                     self.tr("Excel 表格 (*.xlsx)"))
        if path is None:
            return
        path = path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")
        try:
            registry_xlsx.write_registry_template(path)
        except (BurdenSurveyError, OSError) as exc:
            show_error(self, exc)
            return
        remember_folder(FOLDER_KEY, path.parent)
        show_info(self, self.tr("已保存模板"), self.tr("模板已保存到：\n{0}\n填好后点击「导入 .xlsx…」。").format(path))
