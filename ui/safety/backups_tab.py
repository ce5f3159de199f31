"""「备份」 tab: the database's backups, one made now on request, and a restore that asks first."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from burden_survey.store import backup_budget, backups
from burden_survey.store.backups import BackupInfo
from burden_survey.system.errors import BurdenSurveyError
from ui.common.confirm import Confirm
from ui.common.errors import show_error
from ui.common.table_model import RowsModel
from ui.common.widgets import empty_state, record_table
from ui.common.worker import BackgroundWorkMixin, start_job

from .safety_dialogs import fit_columns


class BackupsModel(RowsModel):
    COLUMNS = [
        (QT_TRANSLATE_NOOP("columns", "备份时间"), lambda b: f"{b.made_at:%Y-%m-%d %H:%M:%S}"),
        (QT_TRANSLATE_NOOP("columns", "类型"), lambda b: b.reason),  # shown translated, see data()
        (QT_TRANSLATE_NOOP("columns", "答卷份数"), lambda b: "?" if b.respondents is None else b.respondents),
        (QT_TRANSLATE_NOOP("columns", "大小"), lambda b: backup_budget.size_label(b.size)),
        (QT_TRANSLATE_NOOP("columns", "文件"), lambda b: b.path.name),
    ]
    NUMERIC_COLUMNS = frozenset({2, 3})

    def __init__(self, reason_labels: dict[str, str], parent=None):
        super().__init__(parent)
        self.reason_labels = reason_labels

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return super().data(index, role)
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 1:
            reason = self.rows[index.row()].reason
            return self.reason_labels.get(reason, reason)
        return super().data(index, role)


class BackupsTab(BackgroundWorkMixin, QWidget):
    """Lists backups newest first; `restored` is emitted after a backup replaced the open database's contents."""

    restored = Signal()

    def __init__(self, storage, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self._create_widgets()
        self._lay_out()
        self._connect()

    def _create_widgets(self) -> None:
        self.intro = QLabel(self.tr(
            "每天第一次打开程序时自动备份，保留最近 7 天；另保留最近 10 次手动备份。备份只存放在本机。"
            "全部备份合计超过上限（至少 4 GB，或数据文件大小的 3 倍）时，先删除最早的自动备份，手动备份最后删除；"
            "磁盘剩余空间不够时不备份，并说明原因。"
            "导入错了的答卷不必恢复备份：在「导入答卷」页的「导入记录」里选中那次导入，点「撤销这次导入」。"), self)
        self.intro.setWordWrap(True)
        self.model = BackupsModel({
            "import": self.tr("导入前"), "daily": self.tr("每日自动"), "manual": self.tr("手动"),
            "before-restore": self.tr("恢复前"), "before-destroy": self.tr("销毁前"),
        }, self)
        self.table = record_table(self, self.model, "backupsTable")
        self.table.setAccessibleName(self.tr("备份列表"))
        fit_columns(self.table, stretch=4)
        self.empty_label = empty_state(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        self.backup_button = QPushButton(self.tr("立即备份"), self)
        self.backup_button.setObjectName("backupNow")
        self.backup_button.setToolTip(self.tr("把当前数据完整复制一份，存入备份文件夹"))
        self.restore_button = QPushButton(self.tr("恢复所选备份…"), self)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.setToolTip(self.tr("用选中的备份替换当前数据；替换前会先备份当前数据"))
        self.folder_button = QPushButton(self.tr("打开备份文件夹"), self)
        self.folder_button.setObjectName("openBackupFolder")
        self.usage_label = QLabel(self)
        self.usage_label.setObjectName("backupUsage")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLine")
        self.status_label.setWordWrap(True)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.usage_label)
        layout.addWidget(self.status_label)

    def _connect(self) -> None:
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self.open_folder)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.restore_selected)

    def refresh(self) -> None:
        has_file = self.storage.path is not None
        rows = backups.list_backups(self.storage) if has_file else []
        self.model.set_rows(rows)
        if not has_file:
            self.empty_label.setText(self.tr("这个数据库只在内存中，没有文件，无法备份。"))
        else:
            self.empty_label.setText(self.tr(
                "还没有备份。\n点击「立即备份」备份一次；以后每天都会自动备份一次。"))
        self.stack.setCurrentWidget(self.table if rows else self.empty_label)
        self.usage_label.setVisible(bool(rows))
        if rows:
            self.usage_label.setText(self.tr("共 {0} 个备份，合计 {1}；上限 {2}").format(
                len(rows), backup_budget.size_label(sum(b.size for b in rows)),
                backup_budget.size_label(backups.size_limit(self.storage))))
        self.backup_button.setEnabled(has_file and self.job is None)
        self.folder_button.setEnabled(has_file)
        self._update_buttons()

    def _update_buttons(self, *_) -> None:
        self.restore_button.setEnabled(self.selected() is not None and self.job is None)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def back_up_now(self) -> None:
        """On a worker thread with its own connection (a city's database is a copy of 1.4 GB): the window stays
        usable, its writes wait only for each commit."""
        if self.job is not None or self.storage.path is None:
            return
        self.job = start_job(self, self.storage, _manual_backup)
        self.job.finished.connect(self._backed_up)  # bound methods: see MatchingPage.refresh
        self.job.failed.connect(self._backup_failed)
        self.backup_button.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.status_label.setText(self.tr("正在备份…"))
        self.job.start()

    def _backed_up(self, path) -> None:
        self._job_ended()
        self.refresh()
        self.table.selectRow(0)
        self.status_label.setText(self.tr("已备份：{0}").format(path.name))

    def _backup_failed(self, exc: BaseException) -> None:
        self._job_ended()
        self.status_label.clear()
        self.refresh()
        show_error(self, exc)

    def restore_selected(self, *_) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        count = self.tr("无法读取答卷份数") if chosen.respondents is None else self.tr("{0} 份答卷").format(chosen.respondents)
        if not Confirm.ask(
                self, self.tr("恢复备份"),
                self.tr("用 {0} 的备份（{1}）替换当前的全部数据？").format(f"{chosen.made_at:%Y-%m-%d %H:%M:%S}", count),
                self.tr("恢复前，程序会先把当前数据另存为一个「恢复前」备份，需要时可以再恢复回来。"
                        "备份之后导入或填写的内容将不在恢复后的数据中。"),
                self.tr("恢复")):
            return
        try:
            with _busy():
                safety = backups.restore(self.storage, chosen.path)
        except BurdenSurveyError as exc:
            show_error(self, exc)
            self.refresh()
            return
        self.refresh()
        self.status_label.setText(self.tr("已恢复 {0} 的备份。恢复前的数据已备份为 {1}。").format(
            f"{chosen.made_at:%Y-%m-%d %H:%M:%S}", safety.name))
        self.restored.emit()

    def open_folder(self) -> None:
        try:
            folder = backups.backup_folder(self.storage)
            folder.mkdir(parents=True, exist_ok=True)
        except (BurdenSurveyError, OSError) as exc:
            show_error(self, exc if isinstance(exc, BurdenSurveyError) else BurdenSurveyError(
                self.tr("无法打开备份文件夹（{0}）。").format(exc), self.tr("请检查磁盘和文件夹权限。")))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            # No file manager to open it with (a bare office Linux): before, nothing happened at all.
            QGuiApplication.clipboard().setText(str(folder))
            self.status_label.setText(self.tr("无法自动打开文件夹。备份文件夹在：{0}（路径已复制，可粘贴到文件管理器的地址栏）")
                                      .format(folder))


def _manual_backup(storage, progress, cancelled):
    return backups.make_backup(storage, "manual")


class _busy:
    """The wait cursor while a restore copies the file on this thread (seconds for a large county): it writes into
    the window's own connection."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_) -> None:
        QGuiApplication.restoreOverrideCursor()
