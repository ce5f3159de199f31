"""The week grid of 每日用时: a table model and view of minutes per tool and day, saved cell by cell."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QTableView,
)

from burden_survey.indicators.metrics import week_start
from burden_survey.survey import validation, workdays
from burden_survey.survey.choices import TOOL_KINDS
from burden_survey.system.errors import InputRejected
from ui.common.widgets import choice_label

DAYS = 7
TOTAL_COLUMN = DAYS  # the 合计 column after Monday…Sunday
SUMMARY_ROWS = 2  # 合计 and 其中留痕 under the tools
# Semi-transparent tints read well on light and dark palettes alike.
WEEKEND_TINT = QBrush(QColor(128, 128, 160, 28))
FUTURE_TINT = QBrush(QColor(128, 128, 128, 70))
FUTURE_TEXT = QBrush(QColor(128, 128, 128))
Entries = list[tuple[int, date, int | None]]


class WeekModel(QAbstractTableModel):
    """Rows: live tools, then 合计 and 其中留痕; columns: the seven days, then 合计. Every edit is a write."""

    saved = Signal()
    rejected = Signal(object)  # the InputRejected; setData cannot raise through Qt

    def __init__(self, storage, today: Callable[[], date], parent=None):
        super().__init__(parent)
        self.storage = storage
        self.today = today
        self.monday = week_start(today())
        self.tools = []
        self.minutes: dict[tuple[int, date], int] = {}
        self.history: list[Entries] = []  # previous values of each write, for Ctrl+Z

    # loading ---------------------------------------------------------------------------
    def load(self, monday: date | None = None) -> None:
        self.beginResetModel()
        if monday is not None:
            self.monday = monday
        self.tools = self.storage.list_tools()
        self.minutes = self.storage.minutes_between(self.monday, self.monday + timedelta(days=DAYS - 1))
        self.endResetModel()

    def days(self) -> list[date]:
        return [self.monday + timedelta(days=i) for i in range(DAYS)]

    def _reload_minutes(self) -> None:
        self.minutes = self.storage.minutes_between(self.monday, self.monday + timedelta(days=DAYS - 1))
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        # The day totals also stand in the header, which stays in view however long the list of tools.
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, DAYS)

    # figures ---------------------------------------------------------------------------
    def cell(self, row: int, column: int) -> int | None:
        """The minutes shown at (row, column): a logged value, a sum, or None when nothing is logged."""
        days = self.days() if column == TOTAL_COLUMN else [self.days()[column]]
        tools = self.tools if row >= len(self.tools) else [self.tools[row]]
        values = [(t, self.minutes[(t.id, d)]) for t in tools for d in days if (t.id, d) in self.minutes]
        if not values:
            return None
        if row == len(self.tools) + 1:  # 其中留痕: a tool whose share is 未填 adds nothing, and is not read as 0 %
            given = [(t, m) for t, m in values if t.formality_share is not None]
            return round(sum(m * t.formality_share / 100 for t, m in given)) if given else None
        return sum(m for _, m in values)

    def is_editable(self, index: QModelIndex) -> bool:
        return (index.isValid() and index.row() < len(self.tools) and index.column() < DAYS
                and self.days()[index.column()] <= self.today())

    # Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.tools else len(self.tools) + SUMMARY_ROWS

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else DAYS + 1

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self.is_editable(index) else flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        future = column < DAYS and self.days()[column] > self.today()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = self.cell(row, column)
            return "" if value is None else str(value)  # a string, so the editor is a plain line edit
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            if future:
                return FUTURE_TINT
            # Days off are tinted: weekends and public holidays, not a 调休 Saturday that is a workday.
            off = column < DAYS and not workdays.is_workday(self.days()[column])
            return WEEKEND_TINT if off else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return FUTURE_TEXT if future else None
        if role == Qt.ItemDataRole.FontRole and (row >= len(self.tools) or column == TOTAL_COLUMN):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if future:
                return self.tr("将来的日期还不能填写。")
            if self.is_editable(index):
                return self.tr("这一天在该工具上花的分钟数（0–600）；留空表示没有记录，0 表示确实没用。")
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            total = self.cell(len(self.tools), section) if self.tools else None
            if section == TOTAL_COLUMN:
                return self.tr("合计") if total is None else self.tr("合计\n{0} 分钟").format(total)
            day = self.days()[section]
            note = workdays.day_note(day)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.day_tip(day, note)
            label = f"{self.weekday_names()[section]} {day.month}/{day.day}"
            if note:  # a holiday or a 调休 Saturday changes what counts as a workday: the cadre sees it where they type
                label += "\n" + QCoreApplication.translate("workdays", note)
            return label if total is None else self.tr("{0}\n{1} 分钟").format(label, total)
        if section < len(self.tools):
            tool = self.tools[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                if tool.formality_share is None:
                    return self.tr("{0}，留痕占比未填").format(choice_label(TOOL_KINDS, tool.kind))
                return self.tr("{0}，留痕占 {1}%").format(choice_label(TOOL_KINDS, tool.kind), tool.formality_share)
            return tool.name
        if section == len(self.tools):
            return self.tr("合计")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("分钟数 × 各工具的留痕比例，四舍五入；留痕占比未填的工具不计入")
        return self.tr("其中留痕")

    def day_tip(self, day, note: str | None) -> str:
        if not workdays.known(day):
            return self.tr("{0}：{1}年的节假日安排本程序尚未收录，暂按周一至周五计算工作日。").format(
                day.isoformat(), day.year)
        counted = self.tr("计为工作日") if workdays.is_workday(day) else self.tr("不计为工作日")
        if note:
            named = QCoreApplication.translate("workdays", note)
            return self.tr("{0}，{1}（{2}）").format(day.isoformat(), named, counted)
        return self.tr("{0}（{1}）").format(day.isoformat(), counted)

    def weekday_names(self) -> list[str]:
        return [self.tr("周一"), self.tr("周二"), self.tr("周三"), self.tr("周四"),
                self.tr("周五"), self.tr("周六"), self.tr("周日")]

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.is_editable(index):
            return False
        tool, day = self.tools[index.row()], self.days()[index.column()]
        text = "" if value is None else str(value).strip()
        try:
            # Checked here too so that the refusal names the cell, not just "分钟数".
            minutes = None if text == "" else validation.check_minutes(text, f"{tool.name} {day.month}月{day.day}日")
            if minutes != self.minutes.get((tool.id, day)):
                self.write([(tool.id, day, minutes)])
        except InputRejected as exc:
            self.rejected.emit(exc)
            return False
        return True

    # writes ----------------------------------------------------------------------------
    def write(self, entries: Entries, remember: bool = True) -> None:
        """Write through storage (which checks every rule), keep the old values for undo, refresh."""
        before = [(tool_id, day, self.minutes.get((tool_id, day))) for tool_id, day, _ in entries]
        self.storage.set_minutes_many(entries, today=self.today())
        if remember:
            self.history.append(before)
        self._reload_minutes()
        self.saved.emit()

    def clear(self, indexes: list[QModelIndex]) -> int:
        """Empty the given cells in one transaction; returns how many held a value."""
        entries = [(self.tools[i.row()].id, self.days()[i.column()], None) for i in indexes
                   if self.is_editable(i) and self.cell(i.row(), i.column()) is not None]
        if entries:
            self.write(entries)
        return len(entries)

    def copy_previous_day(self, column: int) -> int:
        """Copy the day before into this column; returns how many tools were copied (0: nothing logged)."""
        target = self.days()[column]
        validation.check_not_future(target, self.today(), f"{target.month}月{target.day}日")
        source = target - timedelta(days=1)
        if not self.storage.minutes_between(source, source):
            return 0  # copying an empty day would only wipe the target
        before = [(t.id, target, self.minutes.get((t.id, target))) for t in self.tools]
        copied = self.storage.copy_day(source, target, today=self.today())
        self.history.append(before)
        self._reload_minutes()
        self.saved.emit()
        return copied

    def copy_previous_week(self) -> int:
        """Last week's minutes into this week's empty cells, day for day, up to today; what the cadre already typed
        is never overwritten. Returns how many cells were filled (0: nothing to copy)."""
        shown = {t.id for t in self.tools}
        days = {day for day in self.days() if day <= self.today()}
        last = self.storage.minutes_between(self.monday - timedelta(days=7), self.monday - timedelta(days=1))
        entries = [(tool_id, day + timedelta(days=7), minutes) for (tool_id, day), minutes in last.items()
                   if tool_id in shown and day + timedelta(days=7) in days
                   and (tool_id, day + timedelta(days=7)) not in self.minutes]
        if entries:
            self.write(entries)  # one step of undo
        return len(entries)

    def undo(self) -> bool:
        if not self.history:
            return False
        self.write(self.history.pop(), remember=False)
        return True

    def summary(self) -> dict:
        """The week in figures: total, per logged workday, formality minutes and share."""
        totals = {d: self.cell(len(self.tools), c) for c, d in enumerate(self.days())}
        logged = {d: m for d, m in totals.items() if m is not None}
        worked = [m for d, m in logged.items() if workdays.is_workday(d)]
        total = sum(logged.values())
        formality = (self.cell(len(self.tools) + 1, TOTAL_COLUMN) if self.tools else None) or 0
        rated = {t.id for t in self.tools if t.formality_share is not None}
        given = sum(m for (tool_id, d), m in self.minutes.items() if d in totals and tool_id in rated)
        return {
            "total": total,
            "logged_days": len(logged),
            "logged_workdays": len(worked),
            "per_workday": round(sum(worked) / len(worked)) if worked else 0,
            "formality": formality,
            "formality_share": round(100 * formality / given) if given else None,  # None: every share 未填
            "formality_per_day": formality / len(logged) if logged else 0.0,
        }


class WeekTable(QTableView):
    """Spreadsheet keys: a digit starts editing, Enter saves and moves down, Delete clears the selection."""

    clear_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.stay_on_cell = False  # set when a value was refused, so the cadre can retype it
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # A day's column never gets too narrow for its date: with large text the grid scrolls sideways (the tool
        # names stay in view) rather than cutting 「周一 11/16」 off.
        self.horizontalHeader().setMinimumSectionSize(self.fontMetrics().horizontalAdvance("周一 12/30  ") + 8)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != QAbstractItemView.State.EditingState:
            self.clear_requested.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            if self.currentIndex().flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor, hint) -> None:
        super().closeEditor(editor, hint)
        # Enter in the editor arrives as SubmitModelCache: move down like a spreadsheet.
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and not self.stay_on_cell:
            below = self.currentIndex().siblingAtRow(self.currentIndex().row() + 1)
            if below.isValid() and below.flags() & Qt.ItemFlag.ItemIsEditable:
                self.setCurrentIndex(below)
        self.stay_on_cell = False

    def commit_open_editor(self) -> None:
        """Save what is being typed before the grid is reloaded (another week, a refresh)."""
        editor = self.indexWidget(self.currentIndex())
        if editor is not None and self.state() == QAbstractItemView.State.EditingState:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
