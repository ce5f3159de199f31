"""「操作记录」 tab: the audit log, newest first, filtered by action, and saved as CSV for an inspection."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from burden_survey.spreadsheets import safe_cells
from burden_survey.spreadsheets.spreadsheets import replace_when_done
from burden_survey.store import audit
from burden_survey.system.errors import BurdenSurveyError
from ui.common.errors import show_error
from ui.common.file_widgets import FileDialogs, remember_folder, remembered_folder, show_info
from ui.common.table_model import RowsModel
from ui.common.widgets import empty_state, record_table

from .safety_dialogs import fit_columns

FOLDER_KEY = "audit/folder"
SHOWN = 5000  # a log of many imports and decryptions grows; the newest lines are what one looks for


def shown_time(at: str) -> str:
    """The stored ISO time with offset, as local time to the second."""
    moment = QDateTime.fromString(at, Qt.DateFormat.ISODate)
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm:ss") if moment.isValid() else at


class AuditModel(RowsModel):
    COLUMNS = [
        (QT_TRANSLATE_NOOP("columns", "时间"), lambda e: shown_time(e.at)),
        (QT_TRANSLATE_NOOP("columns", "操作"), lambda e: e.action),  # shown translated, see data()
        (QT_TRANSLATE_NOOP("columns", "批次"), lambda e: e.wave_id or ""),
        (QT_TRANSLATE_NOOP("columns", "说明"), lambda e: e.detail),
    ]

    def __init__(self, labels: dict[str, str], parent=None):
        super().__init__(parent)
        self.labels = labels

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole and index.column() == 1:
            entry = self.rows[index.row()]
            return self.labels.get(entry.action, entry.action_label)
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return self.rows[index.row()].detail  # long lines are cut in the column
        return super().data(index, role)


class AuditTab(QWidget):
    def __init__(self, storage, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.labels = {
            "export": self.tr("导出"), "export_full": self.tr("导出完整数据"), "import": self.tr("导入"), "decrypt": self.tr("解密"),
            "key": self.tr("批次密钥"), "wave_file": self.tr("批次文件"), "backup": self.tr("备份"),
            "restore": self.tr("恢复备份"), "retention": self.tr("保留期限"), "destroy": self.tr("到期销毁"),
            "participation_codes": self.tr("参与码"), "wave_k": self.tr("最少显示人数"), "set_aside": self.tr("纳入统计"),
        }
        self._create_widgets()
        self._lay_out()
        self._connect()

    def _create_widgets(self) -> None:
        self.intro = QLabel(self.tr("导出、导入、解密、备份恢复、保留期限和销毁，每次都记在这里，供检查时查阅。"
                                    "记录中没有答卷内容。"), self)
        self.intro.setWordWrap(True)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("auditFilter")
        self.filter_combo.setAccessibleName(self.tr("按操作筛选"))
        self.filter_combo.addItem(self.tr("全部操作"), None)
        for action in audit.ACTIONS:
            self.filter_combo.addItem(self.labels.get(action, audit.ACTIONS[action]), action)
        self.export_button = QPushButton(self.tr("导出为 CSV…"), self)
        self.export_button.setObjectName("exportAudit")
        self.export_button.setToolTip(self.tr("把列表中的记录保存为 CSV 文件（Excel 和 WPS 可直接打开）"))
        self.model = AuditModel(self.labels, self)
        self.table = record_table(self, self.model, "auditTable")
        self.table.setAccessibleName(self.tr("操作记录"))
        self.table.setWordWrap(False)
        fit_columns(self.table, stretch=3)
        self.empty_label = empty_state(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("statusLine")

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("操作"), self))
        top.addWidget(self.filter_combo)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)

    def _connect(self) -> None:
        self.filter_combo.currentIndexChanged.connect(self.refresh)
        self.export_button.clicked.connect(self.export_csv)

    def refresh(self, *_) -> None:
        action = self.filter_combo.currentData()
        entries = audit.entries(self.storage, action, limit=SHOWN)
        self.model.set_rows(entries)
        if action is None:
            self.empty_label.setText(self.tr("还没有操作记录。导入、导出答卷等操作会记在这里。"))
        else:
            self.empty_label.setText(self.tr("没有「{0}」的记录。").format(self.filter_combo.currentText()))
        self.stack.setCurrentWidget(self.table if entries else self.empty_label)
        self.export_button.setEnabled(bool(entries))
        more = self.tr("（只显示最近 {0} 条）").format(SHOWN) if len(entries) == SHOWN else ""
        self.count_label.setText(self.tr("共 {0} 条记录").format(len(entries)) + more)

    def export_csv(self) -> None:
        suggested = remembered_folder(FOLDER_KEY) / self.tr("操作记录.csv")
        path = FileDialogs.save_file(self, self.tr("导出操作记录"), suggested, self.tr("CSV 文件 (*.csv)"))
        if path is None:
            return
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        headers = [self.model.headerData(i, Qt.Orientation.Horizontal) for i in range(self.model.columnCount())]
        rows = [[self.model.data(self.model.index(r, c)) for c in range(len(headers))]
                for r in range(self.model.rowCount())]
        try:
            replace_when_done(path, lambda part: _write_csv(part, headers, rows))
        except BurdenSurveyError as exc:
            show_error(self, exc)
            return
        remember_folder(FOLDER_KEY, path.parent)
        show_info(self, self.tr("已导出"), self.tr("操作记录已保存到：\n{0}").format(path))


def _write_csv(path: Path, headers: list[str], rows: list[list[str]]) -> None:
    # A byte-order mark, so that Excel and WPS read the Chinese.
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(headers)
        writer.writerows([[safe_cells.csv_value(v) for v in row] for row in rows])  # a file named 「=…」: text
