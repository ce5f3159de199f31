"""「保留期限」 tab: a retention date per wave, destruction of what is past it, and the record of what was destroyed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from burden_survey.store import retention
from burden_survey.store.retention import WaveRetention
from burden_survey.system.errors import BurdenSurveyError
from ui.common.confirm import Confirm
from ui.common.errors import show_error
from ui.common.table_model import RowsModel
from ui.common.widgets import edit_on_enter, empty_state, record_table

from .safety_dialogs import RetentionDialog, fit_columns


class WavesModel(RowsModel):
    COLUMNS = [
        (QT_TRANSLATE_NOOP("columns", "编号"), lambda w: w.wave_id),
        (QT_TRANSLATE_NOOP("columns", "名称"), lambda w: w.title),
        (QT_TRANSLATE_NOOP("columns", "答卷份数"), lambda w: w.responses),
        (QT_TRANSLATE_NOOP("columns", "保留至"), lambda w: w.retain_until),  # shown with words, see data()
    ]
    NUMERIC_COLUMNS = frozenset({2})

    def __init__(self, words: dict[str, str], parent=None):
        super().__init__(parent)
        self.words = words
        self.today = date.today()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        wave: WaveRetention = self.rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return super().data(index, role)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3 and wave.is_due(self.today):
            return QBrush(QColor("#b2452f"))  # due for destruction: it should catch the eye
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 3:
            if wave.retain_until is None:
                return self.words["unlimited"]
            if wave.is_due(self.today):
                return self.words["due"].format(wave.retain_until.isoformat())
            return wave.retain_until.isoformat()
        return super().data(index, role)


class RecordsModel(RowsModel):
    COLUMNS = [
        (QT_TRANSLATE_NOOP("columns", "销毁时间"), lambda r: r.destroyed_at.replace("T", " ")[:19]),
        (QT_TRANSLATE_NOOP("columns", "批次"), lambda r: f"{r.wave_id} {r.wave_title}"),
        (QT_TRANSLATE_NOOP("columns", "保留至"), lambda r: r.retain_until.isoformat()),
        (QT_TRANSLATE_NOOP("columns", "答卷份数"), lambda r: r.responses),
        (QT_TRANSLATE_NOOP("columns", "删除数据行"), lambda r: r.rows_deleted),
        (QT_TRANSLATE_NOOP("columns", "删除备份"), lambda r: r.backups_removed),
        (QT_TRANSLATE_NOOP("columns", "说明"), lambda r: r.note),
    ]
    NUMERIC_COLUMNS = frozenset({3, 4, 5})


class RetentionTab(QWidget):
    """`data_destroyed` is emitted after answers were destroyed (the backups changed too)."""

    data_destroyed = Signal()

    def __init__(self, storage, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self._create_widgets()
        self._lay_out()
        self._connect()

    def _create_widgets(self) -> None:
        self.intro = QLabel(self.tr(
            "个人信息保护法要求答卷只保存到调查需要的最短期限。为每个调查批次设定保留期限；期限过后，"
            "「立即销毁到期数据…」会删除该批次的全部答卷和含有它们的备份，只留下销毁记录。销毁无法撤销。"), self)
        self.intro.setWordWrap(True)
        self.model = WavesModel({"unlimited": self.tr("不限"), "due": self.tr("{0}（已到期）")}, self)
        self.table = record_table(self, self.model, "retentionTable")
        self.table.setAccessibleName(self.tr("各调查批次的保留期限"))
        fit_columns(self.table, stretch=1)
        self.empty_label = empty_state(self, self.tr(
            "还没有调查批次。\n导入答卷或在「调查批次」页新建批次后，可以在这里设定保留期限。"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        self.set_button = QPushButton(self.tr("设置保留期限…"), self)
        self.set_button.setObjectName("setRetention")
        self.destroy_button = QPushButton(self.tr("立即销毁到期数据…"), self)
        self.destroy_button.setObjectName("destroyDue")
        self.destroy_button.setToolTip(self.tr("删除保留期限已过的批次的全部答卷及其备份，留下销毁记录"))
        self.due_label = QLabel(self)
        self.due_label.setObjectName("dueLine")
        self.due_label.setWordWrap(True)
        self.records_box = QGroupBox(self.tr("销毁记录"), self)
        self.records_model = RecordsModel(self)
        self.records_table = record_table(self.records_box, self.records_model, "destructionTable")
        self.records_table.setAccessibleName(self.tr("销毁记录"))
        fit_columns(self.records_table, stretch=6)
        self.no_records_label = empty_state(self.records_box, self.tr("还没有销毁过数据。"))

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.destroy_button)
        buttons.addStretch(1)
        records = QVBoxLayout(self.records_box)
        records.addWidget(self.records_table)
        records.addWidget(self.no_records_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 3)
        layout.addWidget(self.due_label)
        layout.addWidget(self.records_box, 2)

    def _connect(self) -> None:
        self.set_button.clicked.connect(self.set_retention)
        self.destroy_button.clicked.connect(self.destroy_due)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.set_retention)
        edit_on_enter(self.table, self.set_retention)

    def refresh(self) -> None:
        selected = self.selected()
        self.model.today = date.today()
        waves = retention.wave_retention(self.storage)
        self.model.set_rows(waves)
        self.stack.setCurrentWidget(self.table if waves else self.empty_label)
        ids = [w.wave_id for w in waves]
        if selected is not None and selected.wave_id in ids:
            self.table.selectRow(ids.index(selected.wave_id))
        due = [w for w in waves if w.is_due(self.model.today)]
        self.due_label.setText(self.tr("{0} 个批次已过保留期限，共 {1} 份答卷待销毁。").format(
            len(due), sum(w.responses for w in due)) if due else "")
        records = retention.destruction_records(self.storage)
        self.records_model.set_rows(records)
        self.records_table.setVisible(bool(records))
        self.no_records_label.setVisible(not records)
        self.destroy_button.setEnabled(bool(due))
        self._update_buttons()

    def _update_buttons(self, *_) -> None:
        self.set_button.setEnabled(self.selected() is not None)

    def selected(self) -> WaveRetention | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def set_retention(self, *_) -> None:
        wave = self.selected()
        if wave is None:
            return
        accepted, day = RetentionDialog.ask(self, wave, date.today())
        if not accepted:
            return
        try:
            retention.set_retain_until(self.storage, wave.wave_id, day)
        except BurdenSurveyError as exc:
            show_error(self, exc)
            return
        self.refresh()

    def destroy_due(self) -> None:
        today = date.today()
        due = retention.due_waves(self.storage, today)
        if not due:
            self.refresh()
            return
        lines = "\n".join(self.tr("· {0} {1}：{2} 份答卷（保留至 {3}）").format(
            w.wave_id, w.title, w.responses, w.retain_until.isoformat()) for w in due)
        if not Confirm.ask(
                self, self.tr("销毁到期数据"),
                self.tr("将永久销毁以下批次的全部答卷：\n{0}").format(lines),
                self.tr("含有这些答卷的备份也会一并删除，之后自动为其余数据重新备份。批次名称和销毁记录会保留。"
                        "销毁后无法恢复。"),
                self.tr("永久销毁")):
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            records = retention.destroy_due(self.storage, today)
        except BurdenSurveyError as exc:
            show_error(self, exc)
            records = []
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.refresh()
        if records:
            self.due_label.setText(self.tr("已销毁 {0} 个批次的 {1} 份答卷，删除备份 {2} 个。").format(
                len(records), sum(r.responses for r in records), records[0].backups_removed))
            self.data_destroyed.emit()
