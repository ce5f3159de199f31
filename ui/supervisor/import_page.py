"""「导入答卷」: the supervisor adds survey files, folders or .zip archives (or drops them), and sees every file's
outcome, grouped by cause. Filled fill-in templates come here from 「导出与上报」 (report_page.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from burden_survey.spreadsheets.intake_template import template_to_survey_file
from burden_survey.store import set_aside
from burden_survey.spreadsheets.sheet_cells import SpreadsheetRejected
from burden_survey.survey.survey_file import EXTENSION
from burden_survey.survey_files.import_undo import undo_import, undo_problems
from burden_survey.survey_files.importer import ImportFailed, ImportReport, import_history, import_paths
from burden_survey.system.errors import BurdenSurveyError
from burden_survey.system.scratch import ScratchFolder
from ui.common.confirm import Confirm
from ui.common.errors import show_error
from ui.common.file_widgets import FileDialogs, ProblemList, remember_folder, remembered_folder
from ui.common.page import Page
from ui.common.passphrase_dialog import unlock_for
from ui.common.said import message_of, said
from ui.common.widgets import FlowLayout, empty_state, record_table
from ui.common.worker import BackgroundJob, start_job

from .import_results import HistoryModel, ResultsModel, groups_text, in_order, resend_text, short_name, summary
from .set_aside_dialog import SetAsideDialog

FOLDER_KEY = "import/folder"
NEW_WAVES_KEY = "import/new_waves"


def local_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders in a drag: survey files, folders and archives alike (the importer sorts them)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class ImportPage(Page):
    """Imports and exports run on a BackgroundJob, one at a time; the page shows its progress and outcome."""

    import_started = Signal(object)  # the BackgroundJob of an import, before it starts
    imported = Signal(object)  # the ImportReport, once an import has ended

    def __init__(self, storage, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.job: BackgroundJob | None = None
        self.last_report: ImportReport | None = None
        self._total = 0
        self._importing = False
        self._scratch: ScratchFolder | None = None  # converted fill-in templates
        self._waiting: list[Path] = []  # handed over while busy (import_when_free)
        self._create_widgets()
        self._lay_out()
        self._connect()
        self.new_waves_box.setChecked(QSettings().value(NEW_WAVES_KEY, False, type=bool))
        self.refresh()

    def _create_widgets(self) -> None:
        self.intro = QLabel(self.tr(
            "把干部交来的调查文件（{0}）、装着调查文件的文件夹或 .zip 压缩包拖到这里，或用下面的按钮选择。"
            "每个文件单独检查、单独导入：有问题的文件被拒绝，不影响其他文件。").format(EXTENSION), self)
        self.intro.setWordWrap(True)
        self.add_files_button = QPushButton(self.tr("添加文件…"), self)
        self.add_files_button.setObjectName("addFiles")
        self.add_folder_button = QPushButton(self.tr("添加文件夹…"), self)
        self.add_folder_button.setObjectName("addFolder")
        self.add_zip_button = QPushButton(self.tr("添加压缩包…"), self)
        self.add_zip_button.setObjectName("addZip")
        self.new_waves_box = QCheckBox(self.tr("自动登记新批次"), self)
        self.new_waves_box.setObjectName("acceptNewWaves")
        self.new_waves_box.setToolTip(self.tr("文件属于库中还没有的调查批次时，自动登记这个批次；不勾选则拒绝这些文件"))
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("importProgress")
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progressLabel")
        self.cancel_button = QPushButton(self.tr("取消"), self)
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.setToolTip(self.tr("当前文件完成后停止；已导入的文件保留"))
        self.progress_row = QWidget(self)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.groups_label = QLabel(self)  # one line per outcome and cause, with its count
        self.groups_label.setObjectName("importGroups")
        self.groups_label.setWordWrap(True)
        self.groups_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.groups_label.hide()
        self.resend_button = QPushButton(self.tr("复制需重发的文件清单"), self)
        self.resend_button.setObjectName("copyResend")
        self.resend_button.setToolTip(self.tr("把被拒绝的文件和原因复制下来，发给交文件的人，请他们重新发送"))
        self.resend_button.hide()
        self.set_aside_note = QLabel(self)
        self.set_aside_note.setObjectName("warningNote")
        self.set_aside_note.setWordWrap(True)
        self.set_aside_button = QPushButton(self.tr("查看未计入统计的答卷…"), self)
        self.set_aside_button.setObjectName("showSetAside")
        self.set_aside_row = QWidget(self)

        self.results_model = ResultsModel(self)
        self.results_table = record_table(self, self.results_model, "resultsTable")
        # The reason is what the supervisor reads: it gets the room, wrapped in full (before: cut off, the whole
        # text only in a tooltip), and the file name its own width.
        self.results_table.setWordWrap(True)
        header = self.results_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.sectionResized.connect(lambda column, *_: column == 2 and self._fit_reasons())
        self.results_empty = empty_state(self, self.tr("还没有导入文件。把调查文件、文件夹或压缩包拖到这里，或点击「添加文件…」。"))
        self.results_stack = QStackedWidget(self)
        self.results_stack.addWidget(self.results_table)
        self.results_stack.addWidget(self.results_empty)
        self.history_model = HistoryModel(self)
        self.history_table = record_table(self, self.history_model, "historyTable")
        self.history_empty = empty_state(self, self.tr("还没有导入记录。"))
        self.history_table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.undo_button = QPushButton(self.tr("撤销这次导入…"), self)
        self.undo_button.setObjectName("undoImport")
        self.undo_note = QLabel(self)  # why the chosen import cannot be undone, or what undoing it does
        self.undo_note.setObjectName("undoNote")
        self.undo_note.setWordWrap(True)
        history = QWidget(self)
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history_table, 1)
        undo_line = QHBoxLayout()
        undo_line.addWidget(self.undo_note, 1)
        undo_line.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        history_layout.addLayout(undo_line)
        self.history_page = history
        self.history_stack = QStackedWidget(self)
        self.history_stack.addWidget(history)
        self.history_stack.addWidget(self.history_empty)
        self._undo_problems: dict[int, str] = {}
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.results_stack, self.tr("本次结果"))
        self.tabs.addTab(self.history_stack, self.tr("导入记录"))
        self.problems = ProblemList(self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLine")
        self.status_label.setWordWrap(True)
        self.setAcceptDrops(True)

    def _lay_out(self) -> None:
        buttons = FlowLayout()  # a second row rather than sideways scrolling with large text or in English
        for widget in (self.add_files_button, self.add_folder_button, self.add_zip_button, self.new_waves_box):
            buttons.addWidget(widget)
        progress = QHBoxLayout(self.progress_row)
        progress.setContentsMargins(0, 0, 0, 0)
        progress.addWidget(self.progress_bar, 1)
        progress.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.summary_label)
        groups_line = QHBoxLayout()
        groups_line.addWidget(self.groups_label, 1)
        groups_line.addWidget(self.resend_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(groups_line)
        set_aside_line = QHBoxLayout(self.set_aside_row)
        set_aside_line.setContentsMargins(0, 0, 0, 0)
        set_aside_line.addWidget(self.set_aside_note, 1)
        set_aside_line.addWidget(self.set_aside_button)
        layout.addWidget(self.set_aside_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.status_label)

    def _connect(self) -> None:
        self.add_files_button.clicked.connect(self.add_files)
        self.add_folder_button.clicked.connect(self.add_folder)
        self.add_zip_button.clicked.connect(self.add_zip)
        self.new_waves_box.toggled.connect(lambda on: QSettings().setValue(NEW_WAVES_KEY, on))
        self.cancel_button.clicked.connect(self.cancel)
        self.set_aside_button.clicked.connect(self.show_set_aside)
        self.resend_button.clicked.connect(self.copy_resend_list)
        self.undo_button.clicked.connect(self.undo_chosen_import)

    def refresh(self) -> None:
        """History as stored now; the last import's results stay until the next one."""
        history = import_history(self.storage)
        self.history_model.set_rows(history)
        self.history_stack.setCurrentWidget(self.history_page if history else self.history_empty)
        self._undo_problems = undo_problems(self.storage)
        self.results_stack.setCurrentWidget(self.results_table if self.results_model.rows else self.results_empty)
        self.progress_row.setVisible(self.is_busy())
        self.progress_label.setVisible(self.is_busy())
        waiting = sum(1 for row in set_aside.listed(self.storage) if not row.taken_in)
        self.set_aside_note.setText(self.tr(
            "有 {0} 份答卷是空的或几乎是空的（没有任何工具和用时），已保存但未计入统计。").format(waiting))
        self.set_aside_row.setVisible(waiting > 0)
        self._update_actions()

    def show_set_aside(self) -> None:
        """The answers set aside, to take in; the figures follow at once."""
        SetAsideDialog(self.storage, self).exec()
        self.refresh()
        self.changed.emit()

    def is_busy(self) -> bool:
        return self.job is not None

    def _update_actions(self) -> None:
        idle = not self.is_busy()
        for button in (self.add_files_button, self.add_folder_button, self.add_zip_button):
            button.setEnabled(idle)
        batch = self.chosen_batch()
        problem = self._undo_problems.get(batch, "") if batch is not None else ""
        self.undo_button.setEnabled(idle and batch is not None and not problem)
        self.undo_note.setText(
            said(problem) if problem else
            self.tr("选中一次导入，可以撤销它：它新增的答卷移除，它替换掉的旧版本恢复，其他导入不受影响。")
            if batch is None else self.tr("撤销第 {0} 次导入：它新增的答卷移除，它替换掉的旧版本恢复。").format(batch))

    def chosen_batch(self) -> int | None:
        """The import chosen in 「导入记录」, if any."""
        rows = self.history_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.history_model.rows[rows[0].row()]["batch_id"]

    def undo_chosen_import(self) -> None:
        """Undo the chosen import once the supervisor confirms; the figures follow at once."""
        batch = self.chosen_batch()
        if batch is None or self.is_busy():
            return
        row = next(b for b in self.history_model.rows if b["batch_id"] == batch)
        if not Confirm.ask(self, self.tr("撤销这次导入"),
                           self.tr("撤销第 {0} 次导入（{1}，{2} 个文件，写入 {3} 份答卷）？").format(
                               batch, row["started_at"][:16].replace("T", " "), row["files"], row["responses"]),
                           self.tr("它新增的答卷从数据库中移除，它替换掉的旧版本恢复原样；导入记录保留，并注明已撤销。"
                                   "之后可以把同一批文件重新导入。"),
                           self.tr("撤销这次导入")):
            return
        try:
            undone = undo_import(self.storage, batch)
        except BurdenSurveyError as error:
            show_error(self, error)
            self.refresh()
            return
        self.status_label.setText(said(undone.text()))
        self.refresh()
        self.changed.emit()

    # choosing what to import ---------------------------------------------------------
    def add_files(self) -> None:
        paths = FileDialogs.open_files(self, self.tr("添加调查文件"), remembered_folder(FOLDER_KEY),
                                       self.tr("调查文件 (*{0});;所有文件 (*)").format(EXTENSION))
        if paths:
            remember_folder(FOLDER_KEY, paths[0].parent)
            self.start_import(paths)

    def add_folder(self) -> None:
        folder = FileDialogs.folder(self, self.tr("添加文件夹（含子文件夹中的调查文件）"), remembered_folder(FOLDER_KEY))
        if folder is not None:
            remember_folder(FOLDER_KEY, folder)
            self.start_import([folder])

    def add_zip(self) -> None:
        paths = FileDialogs.open_files(self, self.tr("添加压缩包"), remembered_folder(FOLDER_KEY),
                                       self.tr("压缩包 (*.zip)"))
        if paths:
            remember_folder(FOLDER_KEY, paths[0].parent)
            self.start_import(paths)

    def dragEnterEvent(self, event) -> None:
        if not self.is_busy() and local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    # importing -----------------------------------------------------------------------
    def import_when_free(self, paths: list[Path]) -> None:
        """Import now, or right after the import or export in progress (files double-clicked meanwhile)."""
        if not self.is_busy():
            self.start_import(paths)
            return
        self._waiting += [p for p in paths if p not in self._waiting]
        self.status_label.setText(self.tr("另有 {0} 个文件等待导入，当前这一批完成后自动开始。").format(len(self._waiting)))

    def _start_waiting(self) -> None:
        if self._waiting and not self.is_busy():
            paths, self._waiting = self._waiting, []
            self.start_import(paths)

    def start_import(self, paths: list[Path], before=None) -> bool:
        """Import in the background; False (with a note) while another import or export is running.

        `before(path)` turns one input into survey files first, on the worker thread (fill-in templates).
        """
        if self.is_busy():
            self.status_label.setText(self.tr("正在处理上一批文件，请等它完成或点击「取消」。"))
            return False
        accept_new = self.new_waves_box.isChecked()
        # Sealed files: the passphrases are asked here, before the job starts (only file headers are read).
        keys = unlock_for(self, self.storage, paths)

        def work(storage, progress, cancelled):
            inputs = [before(p) for p in paths] if before else paths
            return import_paths(storage, inputs, progress=progress, cancelled=cancelled, accept_new_waves=accept_new,
                                keys=keys)

        self.problems.clear()
        self.results_model.set_rows([])  # the last import's rows are not this one's
        self.groups_label.hide()
        self.resend_button.hide()
        self.summary_label.setText(self.tr("正在检查 {0} 项……").format(len(paths)))
        self._prepare(work, self._import_finished, importing=True)
        self.import_started.emit(self.job)
        self.job.start()
        return True

    def _prepare(self, work, on_finished, importing: bool) -> None:
        """Create (not start) the background job and put the page in its busy state; only imports can be cancelled."""
        self.job = start_job(self, self.storage, work)
        self._importing = importing
        self.job.progress.connect(self._show_progress)
        self.job.finished.connect(on_finished)
        self.job.failed.connect(self._job_failed)
        self._total = 0
        self.progress_bar.setRange(0, 0)  # busy until the first file is done
        self.progress_label.setText(self.tr("正在准备……"))
        self.cancel_button.setVisible(importing)
        self.cancel_button.setEnabled(True)
        self.progress_row.show()
        self.progress_label.show()
        self._update_actions()

    def _show_progress(self, done: int, total: int, name: str) -> None:
        self._total = total
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        if name and self.job is not None and not self.job.is_cancelled():
            self.progress_label.setText(self.tr("已处理 {0}/{1}：{2}").format(done, total, short_name(name)))

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("正在取消：当前文件完成后停止，已导入的文件保留……"))

    def _import_finished(self, report: ImportReport) -> None:
        self._job_ended()
        self.last_report = report
        self.results_model.set_rows(in_order(report.results))
        for column in (0, 1):
            self.results_table.resizeColumnToContents(column)
        self.results_table.setColumnWidth(0, min(self.results_table.columnWidth(0), 420))
        self.results_table.scrollToTop()
        QTimer.singleShot(0, self._fit_reasons)  # once the columns have their widths
        self.groups_label.setText(groups_text(report))
        self.groups_label.setVisible(bool(report.results))
        self.resend_button.setVisible(report.rejected > 0)
        self.summary_label.setText(summary(report, max(self._total, len(report.results))))
        self.tabs.setCurrentIndex(0)
        self.status_label.setText(self.tr("有文件被拒绝：原因见「说明」一栏。被拒绝的文件没有改动数据库。")
                                  if report.rejected else "")
        self.refresh()
        if report.stopped:  # one message for the whole batch; each file's line says whether it was done
            self.status_label.setText(self.tr("导入已停止：{0}").format(report.stopped))
            show_error(self, ImportFailed(report.stopped))
        self.imported.emit(report)

    def _fit_reasons(self, *_) -> None:
        """Each row with a reason as tall as the reason wrapped at its column's width; only those rows (a
        thousand plain 已导入 rows would take seconds) and again when the column is resized."""
        for row, result in enumerate(self.results_model.rows):
            if result.reason:
                self.results_table.resizeRowToContents(row)

    def copy_resend_list(self) -> None:
        if self.last_report is not None:
            QApplication.clipboard().setText(resend_text(self.last_report))
            self.status_label.setText(self.tr("已复制 {0} 个需重发的文件和原因，可以粘贴到消息里发给交文件的人。")
                                      .format(self.last_report.rejected))

    def _job_failed(self, exc: BaseException) -> None:
        was_import = self._importing
        self._job_ended()
        if was_import:
            self.summary_label.setText(self.tr("导入未完成：{0}").format(message_of(exc)))
        self.status_label.setText(self.tr("未完成：{0}").format(message_of(exc)))
        self.refresh()
        if isinstance(exc, SpreadsheetRejected):
            self.show_rejection(exc)
        else:
            show_error(self, exc)

    def _job_ended(self) -> None:
        if self.job is not None:
            self.job.deleteLater()  # its thread has ended; without this every import would leave one behind
        self.job = None
        self._importing = False
        if self._scratch is not None:
            self._scratch.remove()
            self._scratch = None
        self.progress_row.hide()
        self.progress_label.hide()
        self._update_actions()
        if self._waiting:  # after the results are shown (the finished handler goes on after this)
            QTimer.singleShot(0, self, self._start_waiting)

    def import_template(self, path: Path, wave) -> None:
        """A filled template becomes an ordinary survey file in a private folder, then is imported like any other."""
        scratch = self.scratch_folder()

        def to_survey_file(template: Path) -> Path:
            return template_to_survey_file(template, wave, scratch / (template.stem + EXTENSION))

        self.start_import([path], before=to_survey_file)

    def scratch_folder(self) -> Path:
        """A private temporary folder for files made on the way (converted templates), removed after the job."""
        if self._scratch is None:
            self._scratch = ScratchFolder("template").__enter__()
        return self._scratch.path

    def stop_background_work(self) -> None:
        """Before the page goes away: stop after the current file and wait for the thread to end."""
        if self.job is not None:
            self.job.stop_and_wait()

    def closeEvent(self, event) -> None:
        self.stop_background_work()
        super().closeEvent(event)

    def show_rejection(self, exc: SpreadsheetRejected) -> None:
        """A refused spreadsheet: its problems stay listed on the page, the message box says the same."""
        self.problems.show_rejection(exc)
        show_error(self, exc)
