"""每日用时: a week grid of minutes per tool and day, typed like a spreadsheet and saved cell by cell."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QStackedWidget,
    QTableView, QToolButton, QVBoxLayout, QWidget,
)

from burden_survey import validation
from burden_survey.choices import TOOL_KINDS
from burden_survey.errors import InputRejected

from .errors import show_error
from .widgets import choice_label

DAYS = 7
TOTAL_COLUMN = DAYS  # the 合计 column after Monday…Sunday
SUMMARY_ROWS = 2  # 合计 and 其中留痕 under the tools
# Semi-transparent tints read well on light and dark palettes alike.
WEEKEND_TINT = QBrush(QColor(128, 128, 160, 28))
FUTURE_TINT = QBrush(QColor(128, 128, 128, 70))
FUTURE_TEXT = QBrush(QColor(128, 128, 128))
Entries = list[tuple[int, date, int | None]]


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


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

    # figures ---------------------------------------------------------------------------
    def cell(self, row: int, column: int) -> int | None:
        """The minutes shown at (row, column): a logged value, a sum, or None when nothing is logged."""
        days = self.days() if column == TOTAL_COLUMN else [self.days()[column]]
        tools = self.tools if row >= len(self.tools) else [self.tools[row]]
        values = [(t, self.minutes[(t.id, d)]) for t in tools for d in days if (t.id, d) in self.minutes]
        if not values:
            return None
        if row == len(self.tools) + 1:  # 其中留痕
            return round(sum(m * t.effective_formality_share() / 100 for t, m in values))
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
            return WEEKEND_TINT if column in (5, 6) else None
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
            if section == TOTAL_COLUMN:
                return self.tr("合计")
            day = self.days()[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return day.isoformat()
            return f"{self.weekday_names()[section]} {day.month}/{day.day}"
        if section < len(self.tools):
            tool = self.tools[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{0}，留痕占 {1}%").format(choice_label(TOOL_KINDS, tool.kind),
                                                      tool.effective_formality_share())
            return tool.name
        if section == len(self.tools):
            return self.tr("合计")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("分钟数 × 各工具的留痕比例，四舍五入")
        return self.tr("其中留痕")

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

    def undo(self) -> bool:
        if not self.history:
            return False
        self.write(self.history.pop(), remember=False)
        return True

    def summary(self) -> dict:
        """The week in figures: total, per logged workday, formality minutes and share."""
        totals = {d: self.cell(len(self.tools), c) for c, d in enumerate(self.days())}
        logged = {d: m for d, m in totals.items() if m is not None}
        workdays = [m for d, m in logged.items() if d.weekday() < 5]
        total = sum(logged.values())
        formality = (self.cell(len(self.tools) + 1, TOTAL_COLUMN) if self.tools else None) or 0
        return {
            "total": total,
            "logged_days": len(logged),
            "logged_workdays": len(workdays),
            "per_workday": round(sum(workdays) / len(workdays)) if workdays else 0,
            "formality": formality,
            "formality_share": round(100 * formality / total) if total else 0,
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


class DailyLogPage(QWidget):
    """The week grid with its navigation, the week's figures under it, or an empty state without tools."""

    changed = Signal()
    add_tools_requested = Signal()

    def __init__(self, storage, parent=None, today: Callable[[], date] = date.today):
        super().__init__(parent)
        self.storage = storage
        self.today = today

        # create
        self.model = WeekModel(storage, today, self)
        self.table = WeekTable(self)
        self.table.setObjectName("weekTable")
        self.table.setModel(self.model)
        self.prev_action = self._action(self.tr("上一周"), ["Alt+Left", "PgUp"], self.tr("上一周（Alt+← 或 PageUp）"))
        self.next_action = self._action(self.tr("下一周"), ["Alt+Right", "PgDown"], self.tr("下一周（Alt+→ 或 PageDown）"))
        self.this_week_action = self._action(self.tr("本周"), ["Home"], self.tr("回到本周（Home）"))
        self.undo_action = self._action(self.tr("撤销"), [QKeySequence.StandardKey.Undo], self.tr("撤销上一次修改（Ctrl+Z）"))
        buttons = {}
        for name, action in (("prevWeek", self.prev_action), ("nextWeek", self.next_action),
                             ("thisWeek", self.this_week_action), ("undo", self.undo_action)):
            buttons[name] = QToolButton(self)
            buttons[name].setObjectName(name)
            buttons[name].setDefaultAction(action)
        self.week_label = QLabel(self)
        self.week_label.setObjectName("weekLabel")
        self.copy_button = QPushButton(self.tr("复制前一天"), self)
        self.copy_button.setObjectName("copyPreviousDay")
        self.copy_button.setToolTip(self.tr("把前一天各工具的分钟数复制到所选的那一天（覆盖那一天原有的记录）"))
        hint = QLabel(self.tr("在格子里输入当天花的分钟数：Enter 保存并下移，Tab 右移，Delete 清空所选格子。"
                              "留空表示没有记录，0 表示这一天确实没用。"), self)
        hint.setWordWrap(True)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summaryLabel")
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("warningLabel")
        self.warning_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        empty_label = QLabel(self.tr("还没有记录任何应用——请先在「我的数字任务」中添加"), self)
        empty_label.setObjectName("emptyLabel")
        empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_tools_button = QPushButton(self.tr("去添加应用、公众号或工作群"), self)
        self.add_tools_button.setObjectName("addToolsButton")

        # lay out
        bar = QHBoxLayout()
        for name in ("prevWeek", "thisWeek", "nextWeek"):
            bar.addWidget(buttons[name])
        bar.addWidget(self.week_label, 1)
        bar.addWidget(self.copy_button)
        bar.addWidget(buttons["undo"])
        grid_page = QWidget(self)
        grid_layout = QVBoxLayout(grid_page)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addLayout(bar)
        grid_layout.addWidget(hint)
        grid_layout.addWidget(self.table, 1)
        for label in (self.summary_label, self.warning_label, self.status_label):
            grid_layout.addWidget(label)
        empty_page = QWidget(self)
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(empty_label)
        empty_layout.addWidget(self.add_tools_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(grid_page)
        self.stack.addWidget(empty_page)
        QVBoxLayout(self).addWidget(self.stack)

        # connect
        self.prev_action.triggered.connect(lambda: self.show_week(self.model.monday - timedelta(days=7)))
        self.next_action.triggered.connect(lambda: self.show_week(self.model.monday + timedelta(days=7)))
        self.this_week_action.triggered.connect(lambda: self.show_week(week_start(self.today())))
        self.undo_action.triggered.connect(self.undo)
        self.copy_button.clicked.connect(self.copy_previous_day)
        self.table.clear_requested.connect(self.clear_selection)
        self.model.saved.connect(self._saved)
        self.model.rejected.connect(self._rejected)
        self.add_tools_button.clicked.connect(self.add_tools_requested)

        # load
        self.refresh()

    def _action(self, text: str, keys: list, tooltip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        # Only while this page has focus: Home and PageUp mean other things elsewhere.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(tooltip)
        self.addAction(action)
        return action

    def refresh(self) -> None:
        self.show_week(min(self.model.monday, week_start(self.today())))

    def show_week(self, monday: date) -> None:
        """Reload the grid for the week starting on `monday`, never beyond the current week."""
        self.table.commit_open_editor()
        this_week = week_start(self.today())
        current = self.table.currentIndex()
        self.model.load(min(monday, this_week))
        self.stack.setCurrentIndex(0 if self.model.tools else 1)
        self.next_action.setEnabled(self.model.monday < this_week)
        self.this_week_action.setEnabled(self.model.monday != this_week)
        first, last = self.model.days()[0], self.model.days()[-1]
        self.week_label.setText(self.tr("{0}年{1}月{2}日 至 {3}月{4}日{5}").format(
            first.year, first.month, first.day, last.month, last.day,
            self.tr("（本周）") if self.model.monday == this_week else ""))
        if self.model.tools:
            # Keep the cursor's place across weeks; start on today in the current week.
            if current.isValid():
                row, column = min(current.row(), len(self.model.tools) - 1), current.column()
            else:
                row, column = 0, self.today().weekday() if self.model.monday == this_week else 0
            self.table.setCurrentIndex(self.model.index(row, column))
        self._show_summary()

    def _show_summary(self) -> None:
        if not self.model.tools:
            return
        s = self.model.summary()
        if s["logged_days"] == 0:
            self.summary_label.setText(self.tr("这一周还没有记录。"))
        else:
            self.summary_label.setText(self.tr(
                "本周合计 {0} 分钟（{1:.1f} 小时）；已记录 {2} 个工作日，平均每个工作日 {3} 分钟；"
                "其中留痕 {4} 分钟，占 {5}%。").format(
                s["total"], s["total"] / 60, s["logged_workdays"], s["per_workday"], s["formality"],
                s["formality_share"]))
        warnings = validation.plausibility_warnings(0, 0, s["formality_per_day"])
        self.warning_label.setText("\n".join(self.tr("提示：{0}").format(w) for w in warnings))
        self.warning_label.setVisible(bool(warnings))

    def _saved(self) -> None:
        self._set_status(self.tr("已保存。"))
        self._show_summary()
        self.changed.emit()

    def _rejected(self, exc: InputRejected) -> None:
        self.table.stay_on_cell = True
        self._set_status(f"{exc.message} {exc.advice}".strip(), error=True)
        # Shown once the editor has closed: a modal box opened from inside a commit would steal its focus.
        QTimer.singleShot(0, self, lambda: show_error(self, exc))

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #c62828;" if error else "")

    def _try(self, work: Callable[[], object]) -> object:
        try:
            return work()
        except InputRejected as exc:
            self._set_status(f"{exc.message} {exc.advice}".strip(), error=True)
            show_error(self, exc)
            return None

    def clear_selection(self) -> None:
        indexes = self.table.selectionModel().selectedIndexes() or [self.table.currentIndex()]
        if self._try(lambda: self.model.clear(indexes)) == 0:
            self._set_status(self.tr("所选格子里没有可清空的记录（将来的日期和合计不能修改）。"))

    def copy_previous_day(self) -> None:
        column = self.table.currentIndex().column()
        if not 0 <= column < DAYS:
            self._set_status(self.tr("请先点选要填入的那一天（周一到周日中的一列）。"), error=True)
            return
        self.table.commit_open_editor()
        copied = self._try(lambda: self.model.copy_previous_day(column))
        if copied == 0:
            self._set_status(self.tr("前一天没有记录，没有可复制的内容。"))
        elif copied:
            self._set_status(self.tr("已把前一天 {0} 个工具的分钟数复制过来；Ctrl+Z 可撤销。").format(copied))

    def undo(self) -> None:
        self.table.commit_open_editor()
        undone = self._try(self.model.undo)
        if undone is not None:
            self._set_status(self.tr("已撤销上一次修改。") if undone else self.tr("没有可撤销的修改。"))
