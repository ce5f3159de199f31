"""每日用时: the week grid with its navigation and the week's figures, or an empty state without tools."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from burden_survey.indicators.metrics import week_start
from burden_survey.survey import validation, workdays
from burden_survey.system.errors import InputRejected
from ui.common.errors import show_error
from ui.common.page import Page
from ui.common.said import full_message

from .week_grid import DAYS, WeekModel, WeekTable


class DailyLogPage(Page):
    """The week grid with its navigation, the week's figures under it, or an empty state without tools."""

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
        self.week_label.setWordWrap(True)  # large text: wraps rather than pushing 「复制前一天」 off the page
        self.copy_button = QPushButton(self.tr("复制前一天"), self)
        self.copy_button.setObjectName("copyPreviousDay")
        self.copy_button.setToolTip(self.tr("把前一天各工具的分钟数复制到所选的那一天（覆盖那一天原有的记录）"))
        self.copy_week_button = QPushButton(self.tr("同上周"), self)
        self.copy_week_button.setObjectName("copyPreviousWeek")
        self.copy_week_button.setToolTip(self.tr("把上一周每天的分钟数填进本周还空着的格子：已填的不覆盖，今天以后的日子不填；Ctrl+Z 可撤销"))
        hint = QLabel(self.tr("在格子里输入当天花的分钟数：Enter 保存并下移，Tab 右移，Delete 清空所选格子。"
                              "留空表示没有记录，0 表示这一天确实没用。"), self)
        hint.setWordWrap(True)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
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
        bar.addWidget(self.copy_week_button)
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
        self.copy_week_button.clicked.connect(self.copy_previous_week)
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
            text = self.tr("本周合计 {0} 分钟（{1:.1f} 小时）；已记录 {2} 个工作日，平均每个工作日 {3} 分钟；").format(
                s["total"], s["total"] / 60, s["logged_workdays"], s["per_workday"])
            if s["formality_share"] is None:
                text += self.tr("留痕占比都未填，留痕时间无法计算。")
            else:
                text += self.tr("其中留痕 {0} 分钟，占已填留痕占比工具时间的 {1}%。").format(
                    s["formality"], s["formality_share"])
            self.summary_label.setText(text)
        warnings = [self.tr("提示：{0}").format(w) for w in validation.plausibility_warnings(0, 0, s["formality_per_day"])]
        unknown = sorted({day.year for day in self.model.days() if not workdays.known(day)})
        if unknown:  # the cadre should know why a holiday in that year may still count as a workday
            warnings.append(self.tr("提示：{0}年的节假日和调休安排本程序尚未收录，这一周暂按周一至周五计算工作日；"
                                    "更新程序后会自动按正式安排重算。").format(unknown[0]))
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))

    def _saved(self) -> None:
        self._set_status(self.tr("已保存。"))
        self._show_summary()
        self.changed.emit()

    def _rejected(self, exc: InputRejected) -> None:
        self.table.stay_on_cell = True
        self._set_status(full_message(exc), error=True)
        # Shown once the editor has closed: a modal box opened from inside a commit would steal its focus.
        QTimer.singleShot(0, self, lambda: show_error(self, exc))

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #c62828;" if error else "")

    def _try(self, work: Callable[[], object]) -> object:
        try:
            return work()
        except InputRejected as exc:
            self._set_status(full_message(exc), error=True)
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

    def copy_previous_week(self) -> None:
        self.table.commit_open_editor()
        copied = self._try(self.model.copy_previous_week)
        if copied == 0:
            self._set_status(self.tr("上一周没有可以填进本周空格的记录。"))
        elif copied:
            self._set_status(self.tr("已按上一周填好 {0} 个格子（已填的没有改动）；请核对，Ctrl+Z 可撤销。").format(copied))

    def undo(self) -> None:
        self.table.commit_open_editor()
        undone = self._try(self.model.undo)
        if undone is not None:
            self._set_status(self.tr("已撤销上一次修改。") if undone else self.tr("没有可撤销的修改。"))
